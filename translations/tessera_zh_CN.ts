<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BranchConfigLoader</name>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>未知的键；应为以下之一：%1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必须是非空文本</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>至少需要一种语言的文本</translation>
    </message>
    <message>
        <source>is not a weekday or range such as &quot;mon&quot; or &quot;mon-fri&quot;</source>
        <translation>不是星期或星期范围，例如 &quot;mon&quot; 或 &quot;mon-fri&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span such as &quot;09:00-17:30&quot;</source>
        <translation>&quot;%1&quot; 不是时间段，时间段的格式如 &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and dashes</source>
        <translation>只能由小写字母、数字和连字符组成</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone such as &quot;Europe/Riga&quot;</source>
        <translation>&quot;%1&quot; 不是已知的时区，时区的格式如 &quot;Europe/Riga&quot;</translation>
    </message>
    <message>
        <source>needs at least one language</source>
        <translation>至少需要一种语言</translation>
    </message>
    <message>
        <source>must be one of the languages</source>
        <translation>必须是 languages 中所列的语言之一</translation>
    </message>
    <message>
        <source>must be a time such as &quot;03:00&quot;</source>
        <translation>必须是时间，例如 &quot;03:00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;cancel&quot; or &quot;carryOver&quot;</source>
        <translation>必须是 &quot;cancel&quot; 或 &quot;carryOver&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be appointment, vip or priority, each at most once</source>
        <translation>&quot;%1&quot;：只能是 appointment、vip 或 priority，且每项最多出现一次</translation>
    </message>
    <message>
        <source>needs at least one outcome code</source>
        <translation>至少需要一个结果代码</translation>
    </message>
    <message>
        <source>needs at least one service</source>
        <translation>至少需要一项业务</translation>
    </message>
    <message>
        <source>must be 1-32 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>必须由 1-32 个小写字母、数字、&apos;-&apos; 或 &apos;_&apos; 组成</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another service</source>
        <translation>&quot;%1&quot; 已被其他业务使用</translation>
    </message>
    <message>
        <source>must be 1-3 capital letters A-Z</source>
        <translation>必须是 1-3 个大写字母 A-Z</translation>
    </message>
    <message>
        <source>needs at least one counter</source>
        <translation>至少需要一个窗口</translation>
    </message>
    <message>
        <source>counter %1 is listed twice</source>
        <translation>%1 号窗口重复列出</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>is not a service id</source>
        <translation>不是业务 id</translation>
    </message>
    <message>
        <source>needs at least one service with a weight</source>
        <translation>至少需要一项带权重的业务</translation>
    </message>
    <message>
        <source>no counter serves &quot;%1&quot;; its tickets could never be called</source>
        <translation>没有窗口办理 &quot;%1&quot;；该业务的号码将永远无法被叫号</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; 重复列出</translation>
    </message>
    <message>
        <source>must be &quot;teller&quot; or &quot;supervisor&quot;</source>
        <translation>必须是 &quot;teller&quot; 或 &quot;supervisor&quot;</translation>
    </message>
    <message>
        <source>%1 (make one with: tessera-server hash-password)</source>
        <translation>%1（可用 tessera-server hash-password 生成）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>has no announcement phrases; one of: %1</source>
        <translation>没有该语言的播报用语；可选语言：%1</translation>
    </message>
    <message>
        <source>must be &quot;recorded&quot; or &quot;speech&quot;</source>
        <translation>必须是 &quot;recorded&quot; 或 &quot;speech&quot;</translation>
    </message>
    <message>
        <source>must be &quot;digits&quot; or &quot;whole&quot;</source>
        <translation>必须是 &quot;digits&quot; 或 &quot;whole&quot;</translation>
    </message>
    <message>
        <source>must be the https:// address phones reach the server at, such as https://queue.example.com</source>
        <translation>必须是手机访问服务器所用的 https:// 地址，例如 https://queue.example.com</translation>
    </message>
</context>
<context>
    <name>BranchKey</name>
    <message>
        <source>A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from &quot;tessera-server key show&quot;.</source>
        <translation>网点密钥是 64 位十六进制数字（0-9、a-f）；此密钥去掉空格后有 %1 个字符。请从 &quot;tessera-server key show&quot; 重新复制。</translation>
    </message>
    <message>
        <source>Cannot read the branch key file %1: %2</source>
        <translation>无法读取网点密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the branch key file %1: %2</source>
        <translation>无法写入网点密钥文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>%1: station.role is %2; a lobby display needs role=display</source>
        <translation>%1：station.role 为 %2；大厅叫号显示屏需要 role=display</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number from %3 to %4</source>
        <translation>%1：%2 必须是 %3 到 %4 之间的整数</translation>
    </message>
    <message>
        <source>%1: display.counters must list counter numbers, such as 1,2,3 (&quot;%2&quot; is not one)</source>
        <translation>%1：display.counters 必须列出窗口编号，例如 1,2,3（&quot;%2&quot; 不是窗口编号）</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>历史数据不足，无法预测 %1：业务日志中没有更早的有客户的日子。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation>数据目录 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>无法打开业务日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot use the journal %1: %2</source>
        <translation>无法使用业务日志 %1：%2</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal %1: %2</source>
        <translation>无法升级业务日志 %1：%2</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>%1 处没有业务日志。</translation>
    </message>
    <message>
        <source>The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.</source>
        <translation>业务日志 %1 的结构版本为 %2，而本版 Tessera 读取的是版本 %3：请先启动一次 tessera-server（它会升级业务日志），然后重试。</translation>
    </message>
    <message>
        <source>the journal was opened for reading only</source>
        <translation>业务日志以只读方式打开</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: Qt&apos;s %2 database driver is not installed (on Debian: the package libqt6sql6-%3).</source>
        <translation>无法打开日志 %1：未安装 Qt 的 %2 数据库驱动（Debian 上的软件包为 libqt6sql6-%3）。</translation>
    </message>
    <message>
        <source>another tessera-server is writing it. Stop that one first, or give this server a journal of its own.</source>
        <translation>另一个 tessera-server 正在写入它。请先停止那个服务器，或为本服务器指定单独的日志。</translation>
    </message>
</context>
<context>
    <name>JournalLocation</name>
    <message>
        <source>No journal was given: give a file path or a postgresql:// URL.</source>
        <translation>未指定日志：请给出文件路径或 postgresql:// 网址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the journal URL is not a PostgreSQL connection setting.</source>
        <translation>日志网址中的“%1”不是 PostgreSQL 连接设置。</translation>
    </message>
    <message>
        <source>The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.</source>
        <translation>日志网址 %1 没有指明数据库：请以 /数据库 结尾，例如 postgresql://tessera@localhost/tessera_journal。</translation>
    </message>
    <message>
        <source>The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.</source>
        <translation>日志网址无效：请写成 postgresql://用户@主机:端口/数据库，密码中的空格、@、: 或 / 须用百分号编码。</translation>
    </message>
</context>
<context>
    <name>KioskContext</name>
    <message>
        <source>No counter is open for this yet</source>
        <translation>暂无窗口办理此业务</translation>
    </message>
    <message>
        <source>No more tickets today</source>
        <translation>今日号码已发完</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>暂停办理</translation>
    </message>
    <message>
        <source>Closed now · opens at %1</source>
        <translation>现在暂停办理 · %1 开始</translation>
    </message>
    <message>
        <source>Closed now · opens %1 %2</source>
        <translation>现在暂停办理 · %1 %2 开始</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 人等候 · %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>最多 %1 分钟</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 分钟</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>预计等候时间：暂无</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>预计等候：%1</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>%1: station.role is %2; a kiosk needs role=kiosk</source>
        <translation>%1：station.role 为 %2；取号机需要 role=kiosk</translation>
    </message>
    <message>
        <source>%1: kiosk.paperWidth must be 80 or 58 (mm)</source>
        <translation>%1：kiosk.paperWidth 必须是 80 或 58（毫米）</translation>
    </message>
    <message>
        <source>%1: kiosk.idleSeconds must be a whole number from 5 to 600</source>
        <translation>%1：kiosk.idleSeconds 必须是 5 到 600 之间的整数</translation>
    </message>
    <message>
        <source>%1: kiosk.ticketSeconds must be a whole number from 3 to 120</source>
        <translation>%1：kiosk.ticketSeconds 必须是 3 到 120 之间的整数</translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>There is no service &quot;%1&quot; in this branch.</source>
        <translation>本网点没有业务 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>That time has already passed: choose a later slot.</source>
        <translation>该时间已过：请选择更晚的时段。</translation>
    </message>
    <message>
        <source>Appointments start on %1-minute slots (such as 10:00 or 10:%2).</source>
        <translation>预约只能从每 %1 分钟一个时段的起点开始（例如 10:00 或 10:%2）。</translation>
    </message>
    <message>
        <source>%1 is closed at %2: choose a slot in its opening hours.</source>
        <translation>%1 在 %2 不办理：请选择其营业时间内的时段。</translation>
    </message>
    <message>
        <source>We cannot find an appointment with code %1. Check the code, or take a ticket instead.</source>
        <translation>找不到签到码为 %1 的预约。请核对签到码，或改为直接取号。</translation>
    </message>
    <message>
        <source>This appointment is already checked in. Please wait for your number to be called.</source>
        <translation>此预约已签到。请等候叫号。</translation>
    </message>
    <message>
        <source>Your appointment at %1 has passed. Please take a ticket or book a new time.</source>
        <translation>您 %1 的预约已过时。请取号，或重新预约时间。</translation>
    </message>
    <message>
        <source>Your appointment is at %1. You can check in from %2.</source>
        <translation>您的预约时间是 %1，%2 起可以签到。</translation>
    </message>
    <message>
        <source>There is no booked appointment with code %1.</source>
        <translation>没有签到码为 %1、状态为“已预约”的预约。</translation>
    </message>
    <message>
        <source>Counter %1 still has %2: finish or transfer it first.</source>
        <translation>%1 号窗口仍有 %2：请先完成或转移。</translation>
    </message>
    <message>
        <source>There is no counter %1 in this branch.</source>
        <translation>本网点没有 %1 号窗口。</translation>
    </message>
    <message>
        <source>Nobody is logged in at counter %1: log in first.</source>
        <translation>%1 号窗口无人登录：请先登录。</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>%1 号窗口已开放。</translation>
    </message>
    <message>
        <source>Counter %1 is already closed.</source>
        <translation>%1 号窗口已关闭。</translation>
    </message>
    <message>
        <source>The name or password is not right. Check them and try again.</source>
        <translation>用户名或密码不正确。请检查后重试。</translation>
    </message>
    <message>
        <source>%1 is already logged in at counter %2: log out there first.</source>
        <translation>%1 已登录 %2 号窗口：请先在该窗口退出登录。</translation>
    </message>
    <message>
        <source>%1 is logged in at counter %2.</source>
        <translation>%1 已登录 %2 号窗口。</translation>
    </message>
    <message>
        <source>Ticket %1 is still in the queue for service &quot;%2&quot;: keep the service until it is done.</source>
        <translation>号码 %1 仍在业务 &quot;%2&quot; 的队列中：请保留该业务，直到该号码办理完毕。</translation>
    </message>
    <message>
        <source>Ticket %1 waits for counter %2: keep the counter until it is done.</source>
        <translation>号码 %1 正在等候 %2 号窗口：请保留该窗口，直到该号码办理完毕。</translation>
    </message>
    <message>
        <source>Counter %1 is in use: log out there before removing it.</source>
        <translation>%1 号窗口正在使用中：请先在该窗口退出登录，再将其删除。</translation>
    </message>
    <message>
        <source>The branch has no configuration yet.</source>
        <translation>网点尚未配置。</translation>
    </message>
    <message>
        <source>Counter %1 is closed: open it first.</source>
        <translation>%1 号窗口已关闭：请先开放。</translation>
    </message>
    <message>
        <source>Counter %1 is paused: resume it first.</source>
        <translation>%1 号窗口已暂停：请先恢复。</translation>
    </message>
    <message>
        <source>Counter %1 has no ticket: call one first.</source>
        <translation>%1 号窗口当前没有号码：请先叫号。</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>仍在等候</translation>
    </message>
    <message>
        <source>being called</source>
        <translation>正在叫号</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>already finished</source>
        <translation>已办理完成</translation>
    </message>
    <message>
        <source>already a no-show</source>
        <translation>已过号</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be %3.</source>
        <translation>%1 %2，因此无法%3。</translation>
    </message>
    <message>
        <source>No more tickets for %1 today: every number up to %2 has been issued.</source>
        <translation>%1 今日已无号可取：%2 及之前的所有号码均已发出。</translation>
    </message>
    <message>
        <source>Appointment tickets are issued by checking in with the code.</source>
        <translation>预约号码须凭签到码签到后发放。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority reason of this branch.</source>
        <translation>&quot;%1&quot; 不是本网点的优先原因。</translation>
    </message>
    <message>
        <source>it has no opening hours</source>
        <translation>该业务没有营业时间</translation>
    </message>
    <message>
        <source>it opens at %1</source>
        <translation>将于 %1 开始办理</translation>
    </message>
    <message>
        <source>it opens %1</source>
        <translation>将于 %1 开始办理</translation>
    </message>
    <message>
        <source>%1 is closed now; %2.</source>
        <translation>%1 现在暂停办理；%2。</translation>
    </message>
    <message>
        <source>%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.</source>
        <translation>%1 仍在 %2 号窗口叫号中：请先开始办理、重呼或标记过号。</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>%1 号窗口没有等候的客户。</translation>
    </message>
    <message>
        <source>There is no ticket %1 in the queue.</source>
        <translation>队列中没有号码 %1。</translation>
    </message>
    <message>
        <source>called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome code; use one of: %2.</source>
        <translation>&quot;%1&quot; 不是结果代码；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>%1 is being served, so it cannot be a no-show: finish it instead.</source>
        <translation>%1 正在办理，因此不能标记为过号：请改为完成办理。</translation>
    </message>
    <message>
        <source>%1 is already at counter %2: choose another counter.</source>
        <translation>%1 已在 %2 号窗口：请选择其他窗口。</translation>
    </message>
    <message>
        <source>Choose another service or a counter to transfer %1 to.</source>
        <translation>请选择要将 %1 转移到的其他业务或窗口。</translation>
    </message>
    <message>
        <source>That ticket is not from today.</source>
        <translation>该号码不是今天的号码。</translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation>评价须为 1 到 5 分。</translation>
    </message>
    <message>
        <source>%1 at %2 is fully booked: choose another time.</source>
        <translation>%1 在 %2 已约满：请选择其他时间。</translation>
    </message>
    <message numerus="yes">
        <source>This phone number already has %n appointment(s) on that day. Cancel one to book another.</source>
        <translation>
            <numerusform>此电话号码当天已有 %n 个预约。请取消一个后再预约。</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment is at most 500 characters.</source>
        <translation>留言最多 500 个字符。</translation>
    </message>
    <message>
        <source>Feedback is given after the visit.</source>
        <translation>反馈需在服务结束后提交。</translation>
    </message>
    <message>
        <source>Feedback for this visit was already given.</source>
        <translation>本次服务的反馈已提交过。</translation>
    </message>
</context>
<context>
    <name>QueueHost</name>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>业务日志 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The server could not save this; nothing was changed. Try again. (%1)</source>
        <translation>服务器无法保存此操作，未做任何更改。请重试。（%1）</translation>
    </message>
    <message>
        <source>The server could not read its journal: %1</source>
        <translation>服务器无法读取其业务日志：%1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>There is no journal at %1. Give the server&apos;s data directory with --data.</source>
        <translation>%1 处没有业务日志。请用 --data 指定服务器的数据目录。</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; translation; use en, zh_CN, zh_TW, lv or cy.</source>
        <translation>没有 &quot;%1&quot; 的译文；请使用 en、zh_CN、zh_TW、lv 或 cy。</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; translation; the PDF&apos;s words are in English.</source>
        <translation>没有“%1”的翻译；PDF 中的文字将使用英文。</translation>
    </message>
</context>
<context>
    <name>SchemaUpgrade</name>
    <message>
        <source>it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.</source>
        <translation>它由较新版本的 Tessera 写入（数据结构版本 %1，本版本最高只支持 %2）；请安装较新版本。</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>数据结构升级到版本 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>ServerOptionsParser</name>
    <message>
        <source>The branch configuration (JSON).</source>
        <translation>网点配置文件（JSON）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Too many arguments: %1

%2</source>
        <translation>参数过多：%1

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>未知命令 &quot;%1&quot;。

%2</translation>
    </message>
    <message>
        <source>Where the journal and the branch key live.</source>
        <translation>业务日志和网点密钥所在的目录。</translation>
    </message>
    <message>
        <source>The branch key file (default: branch.key in the data directory).</source>
        <translation>网点密钥文件（默认：数据目录中的 branch.key）。</translation>
    </message>
    <message>
        <source>TCP port for stations (default %1).</source>
        <translation>供站点连接的 TCP 端口（默认 %1）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>监听地址（默认：全部地址）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>UDP port for announcing the server (default %1).</source>
        <translation>用于广播服务器位置的 UDP 端口（默认 %1）。</translation>
    </message>
    <message>
        <source>Do not announce the server; stations then need its address.</source>
        <translation>不广播服务器位置；此时各站点需要设置服务器地址。</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.

%1</source>
        <translation>端口必须是 1 到 65535 之间的数字。

%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>&quot;%1&quot; 不是可监听的 IP 地址。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>report: write the printable report to this PDF file.</source>
        <translation>report：将可打印的报表写入此 PDF 文件。</translation>
    </message>
    <message>
        <source>report: write the CSV tables into this directory.</source>
        <translation>report：将 CSV 表格写入此目录。</translation>
    </message>
    <message>
        <source>report: the PDF&apos;s language (en, zh_CN, zh_TW, lv, cy; default: the branch&apos;s).</source>
        <translation>report：PDF 的语言（en、zh_CN、zh_TW、lv、cy；默认：网点的语言）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.</source>
        <translation>请指定报表的输出位置：--pdf 文件、--csv 目录，或两者都指定。</translation>
    </message>
    <message>
        <source>Tessera branch server: owns the queue, keeps the journal and serves the branch&apos;s stations.

Commands:
  run (default)      start the server
  check-config       validate the configuration file and exit
  hash-password      read a password on standard input and print its hash for the config
  key                print the branch key that every station needs (made on first use)
  new-key            replace the branch key; stations with the old one can no longer connect
  report             write a day&apos;s report: --date, then --pdf and/or --csv
  forecast           write a day&apos;s staffing plan: --date (default tomorrow), --pdf and/or --csv, or neither for the table on standard output</source>
        <translation>Tessera 网点服务器：管理队列、记录业务日志，并为网点的各站点提供服务。

命令：
  run（默认）        启动服务器
  check-config       校验配置文件后退出
  hash-password      从标准输入读取密码，输出其哈希值，供配置文件使用
  key                输出每个站点都需要的网点密钥（首次使用时生成）
  new-key            更换网点密钥；使用旧密钥的站点将无法再连接
  report             生成某一天的报表：--date，再加 --pdf 和/或 --csv
  forecast           生成某一天的排班计划：--date（默认为明天），再加 --pdf 和/或 --csv；两者都不加则将表格输出到标准输出</translation>
    </message>
    <message>
        <source>run, check-config, hash-password, key, new-key, report or forecast</source>
        <translation>run、check-config、hash-password、key、new-key、report 或 forecast</translation>
    </message>
    <message>
        <source>report and forecast: the business day, as YYYY-MM-DD, &quot;today&quot;, &quot;yesterday&quot; (the report&apos;s default) or &quot;tomorrow&quot; (the forecast&apos;s).</source>
        <translation>report 和 forecast：营业日，格式为 YYYY-MM-DD、&quot;today&quot;、&quot;yesterday&quot;（report 的默认值）或 &quot;tomorrow&quot;（forecast 的默认值）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.</source>
        <translation>&quot;%1&quot; 不是日期：请写成 YYYY-MM-DD（例如 %2）、today、yesterday 或 tomorrow。</translation>
    </message>
    <message>
        <source>The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).</source>
        <translation>日志：SQLite 文件，或写成 postgresql://用户@主机/数据库 的 PostgreSQL 数据库（默认：数据目录中的 journal.sqlite）。</translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>文件或网址</translation>
    </message>
    <message>
        <source>Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).</source>
        <translation>把每个日志事件转发到总部数据库，写成 postgresql://角色@主机/数据库?sslmode=verify-full（见 docs/HEADOFFICE.md）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Serve the customers&apos; web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.</source>
        <translation>使用此证书通过 HTTPS 提供客户网页（PEM，其后为中间证书；见 docs/WEB.md）。没有证书就没有网页。</translation>
    </message>
    <message>
        <source>The web certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>网页证书的私钥（PEM，未加密）。</translation>
    </message>
    <message>
        <source>HTTPS port of the web pages (default %1).</source>
        <translation>网页的 HTTPS 端口（默认 %1）。</translation>
    </message>
    <message>
        <source>Plain HTTP port that only redirects to HTTPS (default %1; 0: none).</source>
        <translation>仅重定向到 HTTPS 的普通 HTTP 端口（默认 %1；0 表示不用）。</translation>
    </message>
    <message>
        <source>Give the web certificate and its key together: --web-certificate FILE --web-key FILE.</source>
        <translation>请同时提供网页证书和私钥：--web-certificate 文件 --web-key 文件。</translation>
    </message>
    <message>
        <source>A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).

%1</source>
        <translation>网页端口是 1 到 65535 之间的数字（0 关闭普通 HTTP 端口）。

%1</translation>
    </message>
</context>
<context>
    <name>ServerRunner</name>
    <message>
        <source>Cannot read the configuration %1: %2</source>
        <translation>无法读取配置 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable by this user.</source>
        <translation>当前用户无法写入数据目录 %1。</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ServerTlsContext</name>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 with the stations&apos; PSK cipher suites (%1): %2. Install Debian 12&apos;s libssl3.</source>
        <translation>此 OpenSSL 无法以工作站使用的 PSK 密码套件（%1）提供 TLS 1.2：%2。请安装 Debian 12 的 libssl3。</translation>
    </message>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 or later: %1.</source>
        <translation>此 OpenSSL 无法提供 TLS 1.2 或更高版本：%1。</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.</source>
        <translation>无法将 %1 用作网页证书：%2。请提供 PEM 文件，证书在前，中间证书在后。</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate&apos;s private key: %2. Give an unencrypted PEM key readable by the server.</source>
        <translation>无法将 %1 用作网页证书的私钥：%2。请提供服务器可读取的未加密 PEM 私钥。</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>私钥 %1 与证书 %2 不匹配。</translation>
    </message>
</context>
<context>
    <name>StationPermissions</name>
    <message>
        <source>A display only shows the queue; it cannot change it.</source>
        <translation>叫号显示屏只能显示队列，不能更改队列。</translation>
    </message>
    <message>
        <source>A kiosk can only issue tickets, check in appointments and take feedback.</source>
        <translation>取号机只能取号、办理预约签到和收集评价。</translation>
    </message>
    <message>
        <source>Log in with your name and password first.</source>
        <translation>请先用用户名和密码登录。</translation>
    </message>
    <message>
        <source>Only a supervisor can do that. Ask a supervisor to log in.</source>
        <translation>只有主管才能执行此操作。请主管登录。</translation>
    </message>
    <message>
        <source>%1 is logged in on this station; %2 cannot log in at a counter from here.</source>
        <translation>%1 已在此站点登录；%2 不能在这里登录窗口。</translation>
    </message>
    <message>
        <source>Log in at your counter first.</source>
        <translation>请先登录您的窗口。</translation>
    </message>
    <message>
        <source>You are at counter %1; you cannot act for counter %2.</source>
        <translation>您在 %1 号窗口；不能代 %2 号窗口操作。</translation>
    </message>
    <message>
        <source>This service does not take tickets on the web. Take one at the kiosk in the branch.</source>
        <translation>此业务不能在网上取号。请在网点的取号机取号。</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web. Call the branch to book it.</source>
        <translation>此业务不能在网上预约。请致电网点预约。</translation>
    </message>
    <message>
        <source>A customer&apos;s web page cannot do that.</source>
        <translation>客户的网页不能执行此操作。</translation>
    </message>
    <message>
        <source>Give the booking&apos;s phone number.</source>
        <translation>请提供预约时使用的电话号码。</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting: it has been called.</source>
        <translation>此号码已不在等候：已被叫号。</translation>
    </message>
</context>
<context>
    <name>StationSettingsFile</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as host:port, e.g. 192.168.1.10:47010.</source>
        <translation>&quot;%1&quot; 不是服务器地址；请写成 host:port，例如 192.168.1.10:47010。</translation>
    </message>
    <message>
        <source>Cannot read the station settings %1.</source>
        <translation>无法读取站点设置 %1。</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file (INI format).</source>
        <translation>%1 不是有效的设置文件（INI 格式）。</translation>
    </message>
    <message>
        <source>must be kiosk, teller, display, supervisor or tool</source>
        <translation>必须是 kiosk、teller、display、supervisor 或 tool</translation>
    </message>
    <message>
        <source>is missing; give each station a unique id</source>
        <translation>缺失；请为每个站点指定唯一的 id</translation>
    </message>
    <message>
        <source>is missing; it is the branchId of the server&apos;s configuration</source>
        <translation>缺失；应填写服务器配置中的 branchId</translation>
    </message>
</context>
<context>
    <name>TellerSettings</name>
    <message>
        <source>%1: station.role is %2; a teller workstation needs role=teller or role=supervisor</source>
        <translation>%1：station.role 为 %2；柜员工作站需要 role=teller 或 role=supervisor</translation>
    </message>
    <message>
        <source>%1: teller.chooseCounter must be true or false</source>
        <translation>%1：teller.chooseCounter 必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true</source>
        <translation>%1：请设置 station.counter（本机所在的窗口），或设置 teller.chooseCounter=true</translation>
    </message>
    <message>
        <source>%1: teller.language must be one of %2</source>
        <translation>%1：teller.language 必须是 %2 之一</translation>
    </message>
</context>
<context>
    <name>TicketPaper</name>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面还有 %1 人</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>there is no default printer</source>
        <translation>没有默认打印机</translation>
    </message>
    <message>
        <source>there is no printer &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的打印机</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; is stopped or failing</source>
        <translation>打印机 &quot;%1&quot; 已停止或出现故障</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; did not accept the ticket</source>
        <translation>打印机 &quot;%1&quot; 未接受号票打印任务</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; failed while printing</source>
        <translation>打印机 &quot;%1&quot; 在打印时出错</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Type the password on standard input.</source>
        <translation>请在标准输入中键入密码。</translation>
    </message>
    <message>
        <source>Branch key in %1 (fingerprint %2). Enter it in each station&apos;s settings; keep it secret.</source>
        <translation>网点密钥位于 %1（指纹 %2）。请将其填入每个站点的设置，并妥善保密。</translation>
    </message>
    <message>
        <source>A station on the command line, for checks, scripts and tests.

Commands:
  status   connect, print the queue&apos;s state as JSON, exit (1 if the server is not reached)
  watch    print every event as JSON lines until stopped
  script   read requests from standard input (see ToolScript.h; e.g. &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;)</source>
        <translation>命令行站点，用于检查、脚本和测试。

命令：
  status   连接服务器，以 JSON 输出队列状态后退出（无法连接服务器时退出码为 1）
  watch    以 JSON 行输出每个事件，直到被停止
  script   从标准输入读取请求（参见 ToolScript.h；例如 &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;）</translation>
    </message>
    <message>
        <source>This program makes reports and forecasts for tessera-server; run tessera-server.</source>
        <translation>本程序为 tessera-server 制作报表和预测；请运行 tessera-server。</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>无法运行 %1：%2</translation>
    </message>
    <message>
        <source>tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.</source>
        <translation>制作报表和预测的 tessera-server-documents 不在 %1 或 %2 中。请重新安装 tessera-server 软件包。</translation>
    </message>
</context>
<context>
    <name>tessera-kiosk</name>
    <message>
        <source>This kiosk is not set up</source>
        <translation>本取号机尚未设置</translation>
    </message>
    <message>
        <source>%1

Fix the settings and restart the kiosk.</source>
        <translation>%1

请修正设置后重新启动取号机。</translation>
    </message>
</context>
<context>
    <name>tessera::BranchClient</name>
    <message>
        <source>Not started.</source>
        <translation>尚未启动。</translation>
    </message>
    <message>
        <source>Looking for the server of branch %1 on the network...</source>
        <translation>正在网络上查找网点 %1 的服务器…</translation>
    </message>
    <message>
        <source>Connecting to the server at %1...</source>
        <translation>正在连接 %1 上的服务器…</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>无法连接 %1 上的服务器：%2</translation>
    </message>
    <message>
        <source>it closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>The connection to the server was lost; log in again.</source>
        <translation>与服务器的连接已断开；请重新登录。</translation>
    </message>
    <message>
        <source>Lost the server at %1 (%2). Reconnecting...</source>
        <translation>与 %1 上的服务器失去连接（%2）。正在重新连接…</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>已连接到 %1（%2）。</translation>
    </message>
    <message>
        <source>Connected to %1; receiving the queue...</source>
        <translation>已连接到 %1；正在接收队列…</translation>
    </message>
    <message>
        <source>snapshot part %1 arrived out of order</source>
        <translation>快照第 %1 部分的到达顺序有误</translation>
    </message>
    <message>
        <source>the snapshot could not be read</source>
        <translation>无法读取快照</translation>
    </message>
    <message>
        <source>event %1 arrived after %2</source>
        <translation>事件 %1 在事件 %2 之后到达</translation>
    </message>
    <message>
        <source>event %1 (%2) could not be read</source>
        <translation>无法读取事件 %1（%2）</translation>
    </message>
    <message>
        <source>Not connected to the server, so nothing was done. %1</source>
        <translation>未连接到服务器，因此未执行任何操作。%1</translation>
    </message>
    <message>
        <source>Not connected to the server. %1</source>
        <translation>未连接到服务器。%1</translation>
    </message>
    <message>
        <source>The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.</source>
        <translation>服务器未及时确认此操作。重试前请先检查队列：该操作可能已执行，也可能未执行。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the report came. Try again.</source>
        <translation>收到报表前与服务器的连接已断开。请重试。</translation>
    </message>
    <message>
        <source>The server did not send the report in time. Try again.</source>
        <translation>服务器未能及时发送报表，请重试。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the plan came. Try again.</source>
        <translation>收到排班计划前与服务器的连接已断开。请重试。</translation>
    </message>
    <message>
        <source>The server did not send the plan in time. Try again.</source>
        <translation>服务器未能及时发送排班计划，请重试。</translation>
    </message>
    <message>
        <source>events arrived before the whole snapshot</source>
        <translation>在快照完整之前收到了事件</translation>
    </message>
</context>
<context>
    <name>tessera::BranchServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.</source>
        <translation>无法在 %1 的端口 %2 上监听：%3。是否有另一个 tessera-server 正在运行？请用 --port 选择其他端口。</translation>
    </message>
    <message>
        <source>No Hello within %1 ms.</source>
        <translation>%1 毫秒内未收到 Hello。</translation>
    </message>
    <message>
        <source>The first message must be Hello, not %1.</source>
        <translation>第一条消息必须是 Hello，而不是 %1。</translation>
    </message>
    <message>
        <source>A station does not send %1 messages.</source>
        <translation>站点不能发送 %1 消息。</translation>
    </message>
    <message>
        <source>Hello was already said.</source>
        <translation>已经发送过 Hello。</translation>
    </message>
    <message>
        <source>This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.</source>
        <translation>此服务器支持协议版本 %1 至 %2；该站点需要 %3 至 %4。请更新较旧的一方。</translation>
    </message>
    <message>
        <source>Hello has no stationId.</source>
        <translation>Hello 中没有 stationId。</translation>
    </message>
    <message>
        <source>This server is branch %1; the station is set up for branch %2.</source>
        <translation>此服务器属于网点 %1；该站点设置的是网点 %2。</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation>您的登录已过期。请用密码重新登录。</translation>
    </message>
    <message>
        <source>Unknown name or wrong password.</source>
        <translation>用户名不存在或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed logins on this connection.</source>
        <translation>此连接上登录失败次数过多。</translation>
    </message>
    <message>
        <source>A command needs an id.</source>
        <translation>命令必须带有 id。</translation>
    </message>
    <message>
        <source>The station fell too far behind (%1 bytes unsent); reconnect to catch up.</source>
        <translation>该站点落后太多（%1 字节未发送）；请重新连接以同步。</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>服务器正在关闭。</translation>
    </message>
    <message>
        <source>Only a supervisor may see the daily report: log in as a supervisor.</source>
        <translation>只有主管可以查看日报表：请以主管身份登录。</translation>
    </message>
    <message>
        <source>The report needs a day.</source>
        <translation>报表需要指定日期。</translation>
    </message>
    <message>
        <source>The station does not take the answer it asked for.</source>
        <translation>该站点未接收它所请求的答复。</translation>
    </message>
    <message>
        <source>Only a supervisor may see the staffing plan: log in as a supervisor.</source>
        <translation>只有主管可以查看排班计划：请以主管身份登录。</translation>
    </message>
    <message>
        <source>The plan needs a day.</source>
        <translation>排班计划需要指定日期。</translation>
    </message>
    <message>
        <source>The answer to %1 does not fit a frame.</source>
        <translation>对 %1 的回复超出了一帧的大小。</translation>
    </message>
    <message>
        <source>The web role is the server&apos;s own web front; a station says kiosk, teller, display, supervisor or tool.</source>
        <translation>web 角色属于服务器自己的网页前端；工作站应为 kiosk、teller、display、supervisor 或 tool。</translation>
    </message>
    <message>
        <source>Cannot watch the stations&apos; connections: the server is out of file descriptors.</source>
        <translation>无法监视工作站的连接：服务器的文件描述符已用尽。</translation>
    </message>
</context>
<context>
    <name>tessera::DiscoveryListener</name>
    <message>
        <source>Cannot listen for the server&apos;s announcements on UDP port %1: %2</source>
        <translation>无法在 UDP 端口 %1 上监听服务器广播：%2</translation>
    </message>
</context>
<context>
    <name>tessera::DocumentOutput</name>
    <message>
        <source>The printer %1 reported an error; nothing may have been printed.</source>
        <translation>打印机 %1 报告了错误，可能什么都没有打印出来。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页发送到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tessera::EventHistory</name>
    <message>
        <source>event %1 is missing from the journal (found %2 next)</source>
        <translation>业务日志中缺少事件 %1（其后找到的是 %2）</translation>
    </message>
    <message>
        <source>event %1 (%2) cannot be read</source>
        <translation>无法读取事件 %1（%2）</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeLink</name>
    <message>
        <source>The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>总部是一个 PostgreSQL 数据库：请写成 postgresql://角色@主机/数据库?sslmode=verify-full。</translation>
    </message>
    <message>
        <source>The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office&apos;s CA certificate if it is not in ~/.postgresql/root.crt).</source>
        <translation>到总部的连接经过广域网：网址必须包含 sslmode=verify-full（若总部的 CA 证书不在 ~/.postgresql/root.crt 中，用 sslrootcert= 指明）。</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeView</name>
    <message>
        <source>The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.</source>
        <translation>总部数据库是 PostgreSQL 数据库：请写成 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>Cannot open the head office database %1: %2</source>
        <translation>无法打开总部数据库 %1：%2</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2 and this program reads schema %3: ask its administrator to run tessera-headoffice-admin init.</source>
        <translation>总部数据库 %1 的结构版本为 %2，本程序读取版本 %3：请管理员运行 tessera-headoffice-admin init。</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2, newer than this program reads (%3): install the Tessera version of the head office.</source>
        <translation>总部数据库 %1 的结构版本为 %2，比本程序能读取的版本（%3）更新：请安装与总部相同的 Tessera 版本。</translation>
    </message>
    <message>
        <source>Cannot follow the head office database %1: %2</source>
        <translation>无法跟踪总部数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>无法读取网点：%1</translation>
    </message>
    <message>
        <source>Cannot read the daily figures: %1</source>
        <translation>无法读取每日数据：%1</translation>
    </message>
    <message>
        <source>The daily figures in the head office database cannot be read: ask its administrator to run tessera-headoffice-admin rebuild.</source>
        <translation>总部数据库中的每日数据无法读取：请管理员运行 tessera-headoffice-admin rebuild。</translation>
    </message>
</context>
<context>
    <name>tessera::MessageCodec</name>
    <message>
        <source>The message has no &quot;msg&quot; type name.</source>
        <translation>消息中没有 &quot;msg&quot; 类型名。</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>未知的消息类型 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The %1 message has a wrong value in &quot;%2&quot;.</source>
        <translation>%1 消息中 &quot;%2&quot; 的值有误。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The %1 command has a wrong value in &quot;%2&quot;.</source>
        <translation>%1 命令中 &quot;%2&quot; 的值有误。</translation>
    </message>
</context>
<context>
    <name>tessera::NewTicketWait</name>
    <message>
        <source>less than a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>最多 %1 分钟</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 分钟</translation>
    </message>
</context>
<context>
    <name>tessera::PeriodCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>无法创建用于存放 CSV 文件的目录 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::PlanCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV file.</source>
        <translation>无法创建用于存放 CSV 文件的目录 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::PlanSource</name>
    <message>
        <source>The plan needs a day.</source>
        <translation>排班计划需要指定日期。</translation>
    </message>
</context>
<context>
    <name>tessera::ReportCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>无法创建用于存放 CSV 文件的目录 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::ReportSource</name>
    <message>
        <source>The journal %1 is empty: the branch has not run yet.</source>
        <translation>业务日志 %1 为空：网点尚未运行过。</translation>
    </message>
    <message>
        <source>The journal starts on %1; there are no figures for %2.</source>
        <translation>业务日志从 %1 开始；没有 %2 的数据。</translation>
    </message>
    <message>
        <source>The business day %1 has not begun yet.</source>
        <translation>营业日 %1 尚未开始。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>无法读取业务日志 %1：%2</translation>
    </message>
    <message>
        <source>The journal %1 holds no branch configuration.</source>
        <translation>业务日志 %1 中没有网点配置。</translation>
    </message>
    <message>
        <source>The journal has nothing for %1: the server was not running that day.</source>
        <translation>业务日志中没有 %1 的记录：服务器当天未运行。</translation>
    </message>
</context>
<context>
    <name>tessera::StationSetup</name>
    <message>
        <source>kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>teller&apos;s workstation</source>
        <translation>柜员工作站</translation>
    </message>
    <message>
        <source>lobby display</source>
        <translation>大厅叫号显示屏</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>检查并保存</translation>
    </message>
    <message>
        <source>Set up this %1</source>
        <translation>设置本%1</translation>
    </message>
    <message>
        <source>This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.</source>
        <translation>本机尚未设置。请输入网点密钥（在服务器电脑上用 tessera-server key 查看）以及本%1所需的设置。保存前，Tessera 会向网点服务器核对所有信息。</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, spaces allowed</source>
        <translation>64 位十六进制数字，可含空格</translation>
    </message>
    <message>
        <source>only where the LAN blocks discovery, e.g. 192.168.1.10:47010</source>
        <translation>仅在局域网阻止自动发现时填写，例如 192.168.1.10:47010</translation>
    </message>
    <message>
        <source>Branch key:</source>
        <translation>网点密钥：</translation>
    </message>
    <message>
        <source>Servers found:</source>
        <translation>找到的服务器：</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>站点名称：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.</source>
        <translation>本网点没有服务器响应此密钥。请检查密钥以及服务器是否正在运行；如果局域网阻止自动发现，请输入服务器地址。</translation>
    </message>
    <message>
        <source>The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)</source>
        <translation>服务器未在 %1 秒内接受此站点：请检查密钥（在服务器上用 tessera-server key 查看）和地址。（%2）</translation>
    </message>
    <message>
        <source>Enter the branch key: the servers of the branch then show here by themselves.</source>
        <translation>请输入网点密钥：随后本网点的服务器会自动显示在这里。</translation>
    </message>
    <message>
        <source>Cannot listen for servers on the LAN (%1); type the server&apos;s address.</source>
        <translation>无法在局域网上监听服务器（%1）；请输入服务器地址。</translation>
    </message>
    <message>
        <source>Looking for the branch&apos;s servers…</source>
        <translation>正在查找本网点的服务器…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3:%4</source>
        <translation>%1（%2），地址 %3:%4</translation>
    </message>
    <message>
        <source>Found the branch&apos;s server. Fill in the rest and press Check and save.</source>
        <translation>已找到本网点的服务器。请填写其余各项，然后点击“检查并保存”。</translation>
    </message>
    <message>
        <source>The branch key is not right: %1</source>
        <translation>网点密钥不正确：%1</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>服务器地址：%1</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>正在连接网点服务器…</translation>
    </message>
    <message>
        <source>The server refused this station: %1</source>
        <translation>服务器拒绝了此站点：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法创建存放 %1 的文件夹。</translation>
    </message>
    <message>
        <source>all; or a zone such as 1, 2, 3</source>
        <translation>全部；或某一区域的窗口，例如 1, 2, 3</translation>
    </message>
    <message>
        <source>all; or service ids such as cash, loans</source>
        <translation>全部；或业务 id，例如 cash, loans</translation>
    </message>
    <message>
        <source>Counters shown:</source>
        <translation>显示的窗口：</translation>
    </message>
    <message>
        <source>Services shown:</source>
        <translation>显示的业务：</translation>
    </message>
    <message>
        <source>The branch has no counter &quot;%1&quot;.</source>
        <translation>本网点没有窗口 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The branch has no service &quot;%1&quot;.</source>
        <translation>本网点没有业务 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No printer: the number on screen only</source>
        <translation>不用打印机：仅在屏幕上显示号码</translation>
    </message>
    <message>
        <source>Ticket printer:</source>
        <translation>号票打印机：</translation>
    </message>
    <message>
        <source>The teller chooses the counter when logging in</source>
        <translation>柜员登录时选择窗口</translation>
    </message>
    <message>
        <source>The supervisor&apos;s PC (branch overview and daily report)</source>
        <translation>主管电脑（网点概览和日报表）</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>The branch has no counter %1; its counters are %2.</source>
        <translation>本网点没有 %1 号窗口；现有窗口为 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: check that this user may write there.</source>
        <translation>无法写入 %1：请检查此用户是否有权写入该位置。</translation>
    </message>
</context>
<context>
    <name>tessera::WebServer</name>
    <message>
        <source>Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.</source>
        <translation>无法在 %1 端口 %2 上提供网页：%3。请用 --web-port 选择其他端口。</translation>
    </message>
    <message>
        <source>Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.</source>
        <translation>无法在 %1 端口 %2 上监听普通 HTTP：%3。请用 --web-http-port 选择其他端口。</translation>
    </message>
    <message>
        <source>Cannot watch the web pages&apos; connections: the server is out of file descriptors.</source>
        <translation>无法监视网页的连接：服务器的文件描述符已用尽。</translation>
    </message>
</context>
<context>
    <name>tessera::display::Announcer</name>
    <message>
        <source>Sound: a part of the announcement did not finish playing; check the speakers.</source>
        <translation>声音：播报的一部分未能播放完毕；请检查扬声器。</translation>
    </message>
    <message>
        <source>Voice pack %1 has no recording for: %2</source>
        <translation>语音包 %1 缺少以下内容的录音：%2</translation>
    </message>
    <message>
        <source>Sound: there is no audio output; calls are shown but not announced.</source>
        <translation>声音：没有音频输出设备；叫号会显示，但不会播报。</translation>
    </message>
    <message>
        <source>Sound: the audio output could not be opened (error %1).</source>
        <translation>声音：无法打开音频输出（错误 %1）。</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>声音：</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer failed: %2</source>
        <translation>语音合成：合成器 &quot;%1&quot; 出错：%2</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer is not working: %2</source>
        <translation>语音合成：合成器 &quot;%1&quot; 无法工作：%2</translation>
    </message>
</context>
<context>
    <name>tessera::display::DisplayWindow</name>
    <message>
        <source>Tessera display</source>
        <translation>Tessera 叫号显示屏</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Not connected. Calls will appear here again as soon as the connection is back.</source>
        <translation>连接中断。连接恢复后，叫号会重新显示在这里。</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>请到窗口办理</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Recent calls (may be out of date)</source>
        <translation>最近叫号（可能不是最新）</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1：%2 人等候</translation>
    </message>
    <message>
        <source>%1: %2 waiting, new tickets %3</source>
        <translation>%1：%2 人等候，新取号约 %3</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchDetailDialog</name>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已办理</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Stations offline: %1</source>
        <translation>离线终端：%1</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchTableModel</name>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Waiting by service</source>
        <translation>各业务等候</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已办理</translation>
    </message>
    <message>
        <source>Within target today</source>
        <translation>今日达标率</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>今日打印失败</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>尚未连接</translation>
    </message>
    <message>
        <source>Online, catching up</source>
        <translation>在线，正在补传</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>自 %1 起离线</translation>
    </message>
    <message>
        <source>refused by the head office: %1</source>
        <translation>被总部拒绝：%1</translation>
    </message>
    <message>
        <source>offline for %1</source>
        <translation>已离线 %1</translation>
    </message>
    <message>
        <source>the kiosk could not print the last ticket (%1)</source>
        <translation>取号机未能打印最近一张号票（%1）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到一分钟</translation>
    </message>
    <message>
        <source>%1 waiting %2, target %3</source>
        <translation>%1 已等候 %2，目标 %3</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more service(s) past target)</source>
        <translation>
            <numerusform>（另有 %n 项业务超过目标）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stations offline</source>
        <translation>离线终端</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::HeadOfficeWindow</name>
    <message>
        <source>Live from %1; last change %2</source>
        <translation>实时数据来自 %1；最近更新 %2</translation>
    </message>
    <message>
        <source>The connection to the head office is lost; trying again. %1</source>
        <translation>与总部的连接已断开，正在重试。%1</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Tessera 总部</translation>
    </message>
    <message>
        <source>Period report…</source>
        <translation>期间报表…</translation>
    </message>
    <message>
        <source>Say which head office database to watch: tessera-headoffice &apos;postgresql://...&apos; (the administrator&apos;s tessera-headoffice-admin add-viewer prints it).</source>
        <translation>请指定要查看的总部数据库：tessera-headoffice &apos;postgresql://...&apos;（管理员运行 tessera-headoffice-admin add-viewer 时会给出）。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more branch(es) with alarms</source>
        <translation>
            <numerusform>……另有 %n 个网点有警报</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::PeriodReportDialog</name>
    <message>
        <source>Period report</source>
        <translation>期间报表</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>生成报表</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Tick at least one branch.</source>
        <translation>请至少勾选一个网点。</translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation>开始日期晚于结束日期：请对调。</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) with figures; made in %1 s.</source>
        <translation>
            <numerusform>%n 个网点有数据；用时 %1 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>这些日期内没有网点的数据。</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>保存期间报表</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>将报表的表格保存到</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::CheckInScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Enter the %1-digit code from your booking confirmation.</source>
        <translation>请输入预约确认中的 %1 位签到码。</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Code entered: %1</source>
        <translation>已输入：%1</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::KioskWindow</name>
    <message>
        <source>Tessera kiosk</source>
        <translation>Tessera 取号机</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>This kiosk cannot issue tickets right now. Please ask a member of staff for help.</source>
        <translation>本机暂时无法取号。请向工作人员寻求帮助。</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>抱歉，未能取号</translation>
    </message>
    <message>
        <source>Please try again, or ask a member of staff for help.</source>
        <translation>请重试，或向工作人员寻求帮助。</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service have been given out. Please ask a member of staff.</source>
        <translation>此业务今日的号码已全部发完。请咨询工作人员。</translation>
    </message>
    <message>
        <source>No tickets can be taken for this service now. Please come back when it is open.</source>
        <translation>此业务现在不能取号。请在办理时间内再来。</translation>
    </message>
    <message>
        <source>You could not be checked in</source>
        <translation>签到未成功</translation>
    </message>
    <message>
        <source>You are early: your appointment is at %1. You can check in from %2.</source>
        <translation>您来早了：您的预约时间是 %1，%2 起可以签到。</translation>
    </message>
    <message>
        <source>You are early. Please check in closer to your appointment time.</source>
        <translation>您来早了。请在接近预约时间时签到。</translation>
    </message>
    <message>
        <source>The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.</source>
        <translation>此预约的签到时间已过。请在首页取号，或咨询工作人员。</translation>
    </message>
    <message>
        <source>This code has already been used. Your number is %1.</source>
        <translation>此签到码已使用。您的号码是 %1。</translation>
    </message>
    <message>
        <source>This code has already been used. Please ask a member of staff.</source>
        <translation>此签到码已使用。请咨询工作人员。</translation>
    </message>
    <message>
        <source>We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.</source>
        <translation>找不到签到码 %1。请核对预约确认中的签到码后重试，或在首页取号。</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::NoticeScreen</name>
    <message>
        <source>Back to the start</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::PriorityScreen</name>
    <message>
        <source>I am 65 or older</source>
        <translation>我已年满 65 岁</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>我是孕妇</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>我是残障人士</translation>
    </message>
    <message>
        <source>Do you need to be served first?</source>
        <translation>您需要优先办理吗？</translation>
    </message>
    <message>
        <source>No, a standard ticket</source>
        <translation>不需要，取普通号</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::StartScreen</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Touch the service you need to take a ticket.</source>
        <translation>请点击您要办理的业务取号。</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>我有预约</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Your number is %1</source>
        <translation>您的号码是 %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面还有 %1 人</translation>
    </message>
    <message>
        <source>We will call you as soon as a counter opens.</source>
        <translation>窗口开放后我们会尽快叫您的号。</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>请在下方取走号票。</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.</source>
        <translation>号票未能打印。请记住您的号码：%1。您的排队位置不变。</translation>
    </message>
    <message>
        <source>Please remember your number. It will be shown on the screens when it is your turn.</source>
        <translation>请记住您的号码。轮到您时，号码会显示在屏幕上。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <source>QR code of your ticket&apos;s page</source>
        <translation>您的号码网页的二维码</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone. You can also leave the queue there.</source>
        <translation>用手机扫描二维码，即可随时查看排队进度，也可以在网页上取消排队。</translation>
    </message>
</context>
<context>
    <name>tessera::report::HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation>到达人数</translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>平均等候时间（分钟）</translation>
    </message>
</context>
<context>
    <name>tessera::report::PdfFile</name>
    <message>
        <source>Cannot create the directory %1 for the PDF.</source>
        <translation>无法为 PDF 创建目录 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::report::PeriodDocument</name>
    <message>
        <source>Branches from %1 to %2</source>
        <translation>各网点 %1 至 %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号数</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候时间</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% 的客户等候不超过</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>(day running)</source>
        <translation>（当日未结束）</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Tessera 总部</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera，打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es), business days from %1 to %2</source>
        <translation>
            <numerusform>%n 个网点，营业日 %1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>这些日期内没有网点的数据。</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>统计口径说明</translation>
    </message>
    <message>
        <source>A period&apos;s counts add up its business days. Its average, its 90th percentile and its share within target are of every wait in the period, not of the daily figures.</source>
        <translation>期间的计数为各营业日之和；其平均值、第 90 百分位数和达标率按期间内的每一次等候计算，而非由每日数据平均得出。</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>无法在打印机或 PDF 文件上绘制。</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>报表无法在打印机或 PDF 文件中完成。</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>评分（人数）</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanChart</name>
    <message>
        <source>Customers expected</source>
        <translation>预计客户数</translation>
    </message>
    <message>
        <source>Counters advised</source>
        <translation>建议窗口数</translation>
    </message>
    <message>
        <source>Counters open a week before</source>
        <translation>一周前开放窗口数</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanDocument</name>
    <message>
        <source>Staffing plan: %1</source>
        <translation>排班计划：%1</translation>
    </message>
    <message>
        <source>There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch&apos;s first day.</source>
        <translation>历史数据不足，无法预测这一天：业务日志中没有更早的有客户的营业日。网点第一个营业日之后才会有排班计划。</translation>
    </message>
    <message>
        <source>No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.</source>
        <translation>预计没有客户：最近几周每周的这一天都没有客户到来，因此视为网点当天不营业。</translation>
    </message>
    <message>
        <source>Customers expected</source>
        <translation>预计客户数</translation>
    </message>
    <message>
        <source>Most counters advised</source>
        <translation>建议窗口数峰值</translation>
    </message>
    <message>
        <source>Counter hours advised</source>
        <translation>建议窗口时数</translation>
    </message>
    <message>
        <source>Counter hours open a week before</source>
        <translation>一周前窗口开放时数</translation>
    </message>
    <message>
        <source>How the advice is worked out</source>
        <translation>建议的计算方法</translation>
    </message>
    <message numerus="yes">
        <source>Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.</source>
        <translation>
            <numerusform>预测依据现有的 %n 天历史数据，各天权重相同：此前还没有同为星期几的日子，因此仅供粗略参考。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.</source>
        <translation>
            <numerusform>预测依据最近 %n 周中同为星期几的日子（越近的周权重越大），并按 %1 个客流量相近的往日在全天各时段分布。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counters advised: the fewest with which %1 of customers are called within their service&apos;s target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.</source>
        <translation>建议窗口数：按 Erlang A 模型，使 %1 的客户在其业务的目标等候时间内被叫号所需的最少窗口数；模型假设客户按预测的到达率随机到达，采用学习所得的办理时长，并考虑客户在业务日志所示的耐心时长后放弃等候。旁列的 Erlang C 假设无人放弃等候，所需窗口数与之相同或更多。</translation>
    </message>
    <message>
        <source>The branch&apos;s counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service&apos;s work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.</source>
        <translation>本网点的窗口办理多项业务，因此建议针对全部业务合并计算，采用业务组合的平均办理时长和其中最严格的目标时长。最后一列按各业务的工作量（客户数乘以办理时长）分摊建议窗口数：专办单一业务的窗口需要更多，因为相互独立的队列无法彼此分担。</translation>
    </message>
    <message>
        <source>Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.</source>
        <translation>一周前开放的窗口数按每半小时取平均值：30 分钟中开放了 15 分钟的窗口计为半个。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>办理时长</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>预计达标率</translation>
    </message>
    <message>
        <source>Open a week before</source>
        <translation>一周前开放</translation>
    </message>
    <message>
        <source>Shared out</source>
        <translation>按业务分摊</translation>
    </message>
    <message>
        <source>Staffing plan, %1</source>
        <translation>排班计划，%1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera，打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>无法在打印机或 PDF 文件上绘制。</translation>
    </message>
    <message>
        <source>The plan could not be finished on the printer or in the PDF file.</source>
        <translation>排班计划无法在打印机或 PDF 文件中完成。</translation>
    </message>
    <message>
        <source>Staffing plan: %1, %2</source>
        <translation>排班计划：%1，%2</translation>
    </message>
</context>
<context>
    <name>tessera::report::ReportDocument</name>
    <message>
        <source>Daily report: %1</source>
        <translation>日报表：%1</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取号数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号数</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候时间</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>目标时间内叫号率</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Business day from %1 to %2 (%3)</source>
        <translation>营业日：%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>The day is not over: figures up to %1.</source>
        <translation>本营业日尚未结束：数据截至 %1。</translation>
    </message>
    <message>
        <source>Customers by service</source>
        <translation>各业务客户统计</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>转入</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>转出</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>仍在等候</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>全部业务</translation>
    </message>
    <message>
        <source>Waiting and service times</source>
        <translation>等候与办理时长</translation>
    </message>
    <message>
        <source>Times in minutes and seconds. Waits are to the first call; the target is the service&apos;s own.</source>
        <translation>时间以“分:秒”表示。等候时间计至首次叫号；目标时长按各业务自身的设定。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标时长</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>等候中位数</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% 的客户等候不超过</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Median service</source>
        <translation>办理时长中位数</translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation>分时段统计</translation>
    </message>
    <message>
        <source>No customers this day.</source>
        <translation>当日无客户。</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>到达人数</translation>
    </message>
    <message>
        <source>Longest line</source>
        <translation>排队峰值</translation>
    </message>
    <message>
        <source>Nobody worked this day.</source>
        <translation>当日无人上岗。</translation>
    </message>
    <message>
        <source>Open (h:mm)</source>
        <translation>开放 (h:mm)</translation>
    </message>
    <message>
        <source>Paused (h:mm)</source>
        <translation>暂停 (h:mm)</translation>
    </message>
    <message>
        <source>Serving (h:mm)</source>
        <translation>办理 (h:mm)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Booked for this day</source>
        <translation>当日预约</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Wait estimates</source>
        <translation>等候时间预估</translation>
    </message>
    <message>
        <source>Tickets compared</source>
        <translation>比对号码数</translation>
    </message>
    <message>
        <source>Waits ran longer, on average, by</source>
        <translation>实际等候平均比预估长</translation>
    </message>
    <message>
        <source>Waits ran shorter, on average, by</source>
        <translation>实际等候平均比预估短</translation>
    </message>
    <message>
        <source>Mean error either way</source>
        <translation>平均绝对误差</translation>
    </message>
    <message>
        <source>Waited longer than the ticket said</source>
        <translation>实际等候超过号票预估</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>统计口径说明</translation>
    </message>
    <message>
        <source>A wait runs from the moment a ticket joins a service&apos;s line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket&apos;s second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.</source>
        <translation>等候时间从号码进入某业务的队列（取号或转入该业务）时起，计至在该业务首次叫号时止；重呼不重新计时。转移号码的第二段等候计入转入的业务。已取消或从未叫号的号码不计等候时间。</translation>
    </message>
    <message>
        <source>Within target: called within the service&apos;s target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).</source>
        <translation>达标率：在该业务目标等候时间内叫号的比例。等候次数为偶数时，中位数取中间两个值的平均值；“90% 的客户等候不超过”为第 90 百分位数（最近秩法）。</translation>
    </message>
    <message>
        <source>Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.</source>
        <translation>办理时长从开始办理时起（未开始办理即完成的，从叫号时起），计至办理完成时止；每次完成均计为已办理，不论结果如何。</translation>
    </message>
    <message>
        <source>Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.</source>
        <translation>开放时长从窗口开放时起计至关闭时止，包括暂停时间。办理时长也计入转出客户在转出前的办理时间。利用率为办理时长除以扣除暂停后的开放时长。</translation>
    </message>
    <message>
        <source>Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.</source>
        <translation>预估比对针对取号时打印了预计等候时间、且在转移之前被叫号的号码，比较号票上的预计等候时间与其至首次叫号的实际等候时间。排队峰值为全网点同一时刻等候号码数的最大值。</translation>
    </message>
    <message>
        <source>Daily report, %1</source>
        <translation>日报表，%1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera，打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Daily report: %1, %2</source>
        <translation>日报表：%1，%2</translation>
    </message>
    <message>
        <source>Every event counts on the business day the server filed it under, from one rollover to the next, in the branch&apos;s time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.</source>
        <translation>每个事件计入服务器为其记录的营业日（从一次日切到下一次日切，按网点时区）；日切时仍在等候的号码被取消，并计入刚结束的那一天。</translation>
    </message>
    <message>
        <source>A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.</source>
        <translation>隔夜未关闭的窗口在关闭前一直计为开放；呼叫未到场的客户不计入办理时间。在宽限期结束前未签到的预约计为已过期。</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>无法在打印机或 PDF 文件上绘制。</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>报表无法在打印机或 PDF 文件中完成。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Estimates within range</source>
        <translation>预估在范围内</translation>
    </message>
    <message>
        <source>Within the printed range</source>
        <translation>在号票所示范围内</translation>
    </message>
    <message>
        <source>Within the printed range: the wait to the first call fell inside the range the ticket showed (&quot;3–6 min&quot;); the errors are against the estimate&apos;s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch&apos;s history expected in each hour when the day began, as in the staffing plan.</source>
        <translation>在号票所示范围内：至首次叫号的等候时间落在号票所示的范围内（如“3–6 分钟”）；误差按预估本身的数值计算，即取整到分钟之前的数值。分时段的预估按该时段内取号的号码统计。预测是营业日开始时依据网点历史数据对各时段客户数的预计，与排班计划中的相同。</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>评分（人数）</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>平均评分（1 至 5）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分次数</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
    <message>
        <source>What customers wrote</source>
        <translation>客户留言</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Ratings (1 to 5) are given by customers on their ticket&apos;s web page after the visit, at most once per ticket, and count on the day they were given for the service, counter and teller that finished the visit. Their comments are printed as typed.</source>
        <translation>评分（1 至 5）由客户在办理结束后于其号码的网页上给出，每个号码最多一次，计入给出当天，归于完成该次办理的业务、窗口和柜员。客户留言按原文打印。</translation>
    </message>
</context>
<context>
    <name>tessera::teller::AppointmentsPage</name>
    <message>
        <source>booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>取消所选预约</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户姓名。</translation>
    </message>
    <message>
        <source>Booked for %1. Give the customer the check-in code %2.</source>
        <translation>已为 %1 预约。请将签到码 %2 告知客户。</translation>
    </message>
    <message>
        <source>Select the appointment to cancel.</source>
        <translation>请选择要取消的预约。</translation>
    </message>
    <message>
        <source>The appointment with code %1 is cancelled.</source>
        <translation>签到码为 %1 的预约已取消。</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CallNumberDialog</name>
    <message>
        <source>Call a number</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CompactBar</name>
    <message>
        <source>Tessera counter</source>
        <translation>Tessera 窗口</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>完整界面</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>叫号中</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>办理中</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::teller::CounterDesk</name>
    <message>
        <source>Counter %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Not connected to the server (%1). This comes back by itself.</source>
        <translation>未连接到服务器（%1）。连接会自动恢复。</translation>
    </message>
    <message>
        <source>Log in at a counter first.</source>
        <translation>请先登录窗口。</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the last action.</source>
        <translation>正在等待服务器确认上一步操作。</translation>
    </message>
    <message>
        <source>The counter is paused: resume it to call customers.</source>
        <translation>窗口已暂停：恢复后才能叫号。</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>窗口已关闭。</translation>
    </message>
    <message>
        <source>Nobody is being called at this counter.</source>
        <translation>本窗口当前没有叫号。</translation>
    </message>
    <message>
        <source>%1 is still being called: start service, recall or mark a no-show first.</source>
        <translation>%1 仍在叫号中：请先开始办理、重呼或标记过号。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口没有等候的客户。</translation>
    </message>
    <message>
        <source>Start service for %1 first (or mark a no-show).</source>
        <translation>请先为 %1 开始办理（或标记过号）。</translation>
    </message>
    <message>
        <source>Nobody is being served at this counter.</source>
        <translation>本窗口当前没有正在办理的客户。</translation>
    </message>
    <message>
        <source>There is no customer at this counter to transfer.</source>
        <translation>本窗口没有可转移的客户。</translation>
    </message>
    <message>
        <source>The counter is not open.</source>
        <translation>窗口未开放。</translation>
    </message>
    <message>
        <source>The counter is already open.</source>
        <translation>窗口已开放。</translation>
    </message>
    <message>
        <source>%1 is still at the counter: finish or transfer it first.</source>
        <translation>%1 仍在窗口办理：请先完成或转移。</translation>
    </message>
    <message>
        <source>no counter open</source>
        <translation>暂无窗口办理</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CurrentTicketPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>No customer at the counter</source>
        <translation>窗口暂无客户</translation>
    </message>
    <message numerus="yes">
        <source>Calling (recalled %n time(s))</source>
        <translation>
            <numerusform>叫号中（已重呼 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>叫号中</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>已等候 %1</translation>
    </message>
    <message>
        <source>serving for %1</source>
        <translation>已办理 %1</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n time(s). Note: %1</source>
        <translation>
            <numerusform>已转移 %n 次。备注：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::teller::FinishDialog</name>
    <message>
        <source>Finish %1</source>
        <translation>完成 %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tessera::teller::LoginPanel</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Log in at your counter</source>
        <translation>登录您的窗口</translation>
    </message>
    <message>
        <source>Not connected to the server: %1</source>
        <translation>未连接到服务器：%1</translation>
    </message>
    <message>
        <source>Enter your name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>This PC is set up for counter %1, which the branch configuration does not have. Correct counter= in the station settings.</source>
        <translation>本机设置为 %1 号窗口，但网点配置中没有该窗口。请更正站点设置中的 counter=。</translation>
    </message>
</context>
<context>
    <name>tessera::teller::PlanningPage</name>
    <message>
        <source>Show plan</source>
        <translation>显示计划</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Pick a day and press Show plan: the forecast and the counters advised come from the branch&apos;s history in the server&apos;s journal.</source>
        <translation>请选择日期，然后点击“显示计划”。预测和建议窗口数依据服务器业务日志中的网点历史数据。</translation>
    </message>
    <message>
        <source>Asking the server for the plan of %1…</source>
        <translation>正在向服务器获取 %1 的排班计划…</translation>
    </message>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>历史数据不足，无法预测 %1：业务日志中没有更早的有客户的营业日。</translation>
    </message>
    <message>
        <source>No customers are expected on %1: nobody came on this weekday in the last weeks.</source>
        <translation>预计 %1 没有客户：最近几周每周的这一天都没有客户到来。</translation>
    </message>
    <message>
        <source>%1: about %2 customers expected; at most %3 counters advised at once, so that %4 of customers are called within their target wait.</source>
        <translation>%1：预计约 %2 位客户；同一时间最多建议开放 %3 个窗口，以使 %4 的客户在目标等候时间内被叫号。</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) open now; the plan advises %1 for %2–%3, when about %4 customers are expected. Open more if you can.</source>
        <translation>
            <numerusform>当前开放 %n 个窗口；排班计划建议 %2–%3 开放 %1 个窗口，届时预计约有 %4 位客户。请尽量增开窗口。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the plan first.</source>
        <translation>请先显示排班计划。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Staffing plan %1</source>
        <translation>排班计划 %1</translation>
    </message>
    <message>
        <source>Save the staffing plan</source>
        <translation>保存排班计划</translation>
    </message>
    <message>
        <source>Save the plan&apos;s table in</source>
        <translation>将排班计划的表格保存到</translation>
    </message>
</context>
<context>
    <name>tessera::teller::ReportPage</name>
    <message>
        <source>Show figures</source>
        <translation>显示数据</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Save tables as CSV…</source>
        <translation>将表格保存为 CSV…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候时间</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>营业日：</translation>
    </message>
    <message>
        <source>Pick a business day and press Show figures. The figures come from the server&apos;s journal.</source>
        <translation>请选择营业日，然后点击“显示数据”。数据来自服务器的业务日志。</translation>
    </message>
    <message>
        <source>Asking the server for the figures of %1…</source>
        <translation>正在向服务器获取 %1 的数据…</translation>
    </message>
    <message>
        <source>%1, a complete business day.</source>
        <translation>%1，完整营业日。</translation>
    </message>
    <message>
        <source>%1: the day is not over, so these are the figures so far.</source>
        <translation>%1：营业日尚未结束，以下为截至目前的数据。</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translation>请先显示数据。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n table(s) in %1.</source>
        <translation>
            <numerusform>已将 %n 个表格保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>日报表 %1</translation>
    </message>
    <message>
        <source>Save the daily report</source>
        <translation>保存日报表</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>将报表的表格保存到</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>评分（人数）</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <source>Issued %1 · served %2 · no-shows %3 · cancelled %4 · average wait %5 · called within target %6 · average service %7 · rating %8</source>
        <translation>取号 %1 · 已办理 %2 · 过号 %3 · 已取消 %4 · 平均等候时间 %5 · 目标时间内叫号率 %6 · 平均办理时长 %7 · 评分 %8</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>留言（%1）</translation>
    </message>
</context>
<context>
    <name>tessera::teller::SupervisorWindow</name>
    <message>
        <source>open</source>
        <translation>开放中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Tessera branch overview</source>
        <translation>Tessera 网点概览</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>当前号码</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已办理</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标时长</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>今日打印失败</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>叫号中</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报表</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>A new ticket is told</source>
        <translation>新取号会看到</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerActions</name>
    <message>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Call a number…</source>
        <translation>指定叫号…</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Finish with outcome…</source>
        <translation>完成并记录结果…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转移…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerWindow</name>
    <message>
        <source>Tessera counter</source>
        <translation>Tessera 窗口</translation>
    </message>
    <message>
        <source>Waiting for this counter</source>
        <translation>本窗口等候客户</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>窗口(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Compact bar</source>
        <translation>精简工具栏</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>网点(&amp;B)</translation>
    </message>
    <message>
        <source>Branch overview</source>
        <translation>网点概览</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be called or finished. This clears by itself when the server is back; nothing is lost.
%1</source>
        <translation>离线：无法连接服务器，暂时不能叫号或完成办理。服务器恢复后会自动解除，数据不会丢失。
%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Counter paused. </source>
        <translation>窗口已暂停。</translation>
    </message>
    <message>
        <source>Served today: %1 · average service %2</source>
        <translation>今日已办理：%1 · 平均办理时长 %2</translation>
    </message>
    <message>
        <source>Another customer is at the counter now; nothing was done. Try again.</source>
        <translation>窗口现在是另一位客户，本次操作未执行，请重试。</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>日报表…</translation>
    </message>
    <message>
        <source>A new customer would be told: %1</source>
        <translation>新客户现在取号会看到：%1</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TransferDialog</name>
    <message>
        <source>To the service</source>
        <translation>转到业务</translation>
    </message>
    <message>
        <source>To the counter</source>
        <translation>转到窗口</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>转移 %1</translation>
    </message>
    <message>
        <source>What the next teller should know</source>
        <translation>需要告知下一位柜员的事项</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>tessera::teller::WaitingList</name>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>transferred here</source>
        <translation>转入本窗口</translation>
    </message>
    <message>
        <source>Waited longer than the service&apos;s target</source>
        <translation>等候时间已超过该业务的目标时长</translation>
    </message>
</context>
<context>
    <name>tessera::web::Page</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>No connection to the branch. Trying again…</source>
        <translation>与网点的连接已中断，正在重试…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>出了点问题，请重试。</translation>
    </message>
    <message>
        <source>The branch is very busy. Please try again in a moment.</source>
        <translation>网点现在非常繁忙，请稍后再试。</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Join the queue from here. This page shows your number and tells you when it is your turn.</source>
        <translation>在这里排队。本页显示您的号码，轮到您时会通知您。</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>请选择业务</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 人等候 · %2</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>现在暂停办理</translation>
    </message>
    <message>
        <source>Tickets for this service are taken at the kiosk.</source>
        <translation>此业务请在网点取号机取号。</translation>
    </message>
    <message>
        <source>No counter is open for this yet</source>
        <translation>暂无窗口办理此业务</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>最多 %1 分钟</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 分钟</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面还有 %1 人</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>预计等候：%1</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>预计等候时间：暂无</translation>
    </message>
    <message>
        <source>Please wait. This page updates by itself.</source>
        <translation>请稍候，本页会自动更新。</translation>
    </message>
    <message>
        <source>It is your turn</source>
        <translation>轮到您了</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation>请前往</translation>
    </message>
    <message>
        <source>You are being called again</source>
        <translation>再次呼叫您</translation>
    </message>
    <message>
        <source>You are being served at</source>
        <translation>正在为您办理：</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>感谢您的光临</translation>
    </message>
    <message>
        <source>This ticket is cancelled</source>
        <translation>此号码已取消</translation>
    </message>
    <message>
        <source>You were called but did not come. Please take a new ticket.</source>
        <translation>叫号时您未到场，请重新取号。</translation>
    </message>
    <message>
        <source>I can&apos;t wait any more</source>
        <translation>我不能再等了</translation>
    </message>
    <message>
        <source>Leave the queue? Ticket %1 will be cancelled.</source>
        <translation>确定离开队伍吗？号码 %1 将被取消。</translation>
    </message>
    <message>
        <source>Yes, leave the queue</source>
        <translation>是，离开队伍</translation>
    </message>
    <message>
        <source>No, keep my place</source>
        <translation>不，保留我的位置</translation>
    </message>
    <message>
        <source>Sound and vibration when I am called</source>
        <translation>叫到我时响铃并振动</translation>
    </message>
    <message>
        <source>Sound and vibration are on</source>
        <translation>响铃和振动已开启</translation>
    </message>
    <message>
        <source>This ticket link is not valid. Check the address, or take a ticket at the kiosk.</source>
        <translation>此号码链接无效。请检查网址，或在取号机取号。</translation>
    </message>
    <message>
        <source>This ticket was for an earlier day.</source>
        <translation>这是之前某天的号码。</translation>
    </message>
    <message>
        <source>Back to the branch&apos;s page</source>
        <translation>返回网点页面</translation>
    </message>
    <message>
        <source>Keep this page open, or save its address to come back.</source>
        <translation>请保持本页打开，或保存网址以便返回。</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting in the queue.</source>
        <translation>此号码已不在队伍中等候。</translation>
    </message>
    <message>
        <source>This phone has taken as many tickets today as the branch allows.</source>
        <translation>此手机今天取号的次数已达网点上限。</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web.</source>
        <translation>此业务不能在网上预约。</translation>
    </message>
    <message>
        <source>Enter your name (at most 80 characters).</source>
        <translation>请输入您的姓名（最多 80 个字符）。</translation>
    </message>
    <message>
        <source>Enter a phone number we can reach you at, such as +371 2000 0000.</source>
        <translation>请输入可联系到您的电话号码，例如 +371 2000 0000。</translation>
    </message>
    <message>
        <source>We cannot find a booking with that code and phone number.</source>
        <translation>找不到与此签到码和电话号码相符的预约。</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>选择时间</translation>
    </message>
    <message>
        <source>No free times on this day. Choose another day.</source>
        <translation>这一天没有空闲时段。请选择其他日期。</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>您的电话号码</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>预约这个时间</translation>
    </message>
    <message>
        <source>Move my booking to this time</source>
        <translation>把我的预约改到这个时间</translation>
    </message>
    <message>
        <source>Cancel or move a booking</source>
        <translation>取消或更改预约</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>签到码</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>查找我的预约</translation>
    </message>
    <message>
        <source>%1, %2 at %3, for %4</source>
        <translation>%1，%2 %3，预约人 %4</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>取消此预约</translation>
    </message>
    <message>
        <source>Move to another time</source>
        <translation>改到其他时间</translation>
    </message>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>您的预约已取消。</translation>
    </message>
    <message>
        <source>Your appointment is booked</source>
        <translation>您的预约已成功</translation>
    </message>
    <message>
        <source>At the branch, type this code at the kiosk between %1 and %2.</source>
        <translation>到网点后，请在 %1 至 %2 之间在取号机输入此签到码。</translation>
    </message>
    <message>
        <source>Save or bookmark this page: it holds your code.</source>
        <translation>请保存本页或加入书签：其中有您的签到码。</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5 分）</translation>
    </message>
    <message>
        <source>Anything to tell us? (optional)</source>
        <translation>有什么想告诉我们的吗？（可选）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>感谢您的反馈。</translation>
    </message>
    <message>
        <source>Choose 1 to 5 stars; a comment is at most 500 characters.</source>
        <translation>请选择 1 到 5 颗星；留言最多 500 个字符。</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>这里没有这个页面。</translation>
    </message>
</context>
</TS>
