<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BranchConfigLoader</name>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>未知的鍵；應為下列之一：%1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>為必填項目</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>必須是非空白文字</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必須是 %1 到 %2 之間的整數</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必須是 true 或 false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必須是 JSON 物件</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必須是清單</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>至少需要一種語言的文字</translation>
    </message>
    <message>
        <source>is not a weekday or range such as &quot;mon&quot; or &quot;mon-fri&quot;</source>
        <translation>不是星期或星期範圍，例如 &quot;mon&quot; 或 &quot;mon-fri&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span such as &quot;09:00-17:30&quot;</source>
        <translation>&quot;%1&quot; 不是時段，時段的格式如 &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and dashes</source>
        <translation>只能由小寫字母、數字和連字號組成</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone such as &quot;Europe/Riga&quot;</source>
        <translation>&quot;%1&quot; 不是已知的時區，時區的格式如 &quot;Europe/Riga&quot;</translation>
    </message>
    <message>
        <source>needs at least one language</source>
        <translation>至少需要一種語言</translation>
    </message>
    <message>
        <source>must be one of the languages</source>
        <translation>必須是 languages 中所列的語言之一</translation>
    </message>
    <message>
        <source>must be a time such as &quot;03:00&quot;</source>
        <translation>必須是時間，例如 &quot;03:00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;cancel&quot; or &quot;carryOver&quot;</source>
        <translation>必須是 &quot;cancel&quot; 或 &quot;carryOver&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be appointment, vip or priority, each at most once</source>
        <translation>&quot;%1&quot;：只能是 appointment、vip 或 priority，且每項最多出現一次</translation>
    </message>
    <message>
        <source>needs at least one outcome code</source>
        <translation>至少需要一個結果代碼</translation>
    </message>
    <message>
        <source>needs at least one service</source>
        <translation>至少需要一項業務</translation>
    </message>
    <message>
        <source>must be 1-32 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>必須由 1-32 個小寫字母、數字、&apos;-&apos; 或 &apos;_&apos; 組成</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another service</source>
        <translation>&quot;%1&quot; 已被其他業務使用</translation>
    </message>
    <message>
        <source>must be 1-3 capital letters A-Z</source>
        <translation>必須是 1-3 個大寫字母 A-Z</translation>
    </message>
    <message>
        <source>needs at least one counter</source>
        <translation>至少需要一個櫃檯</translation>
    </message>
    <message>
        <source>counter %1 is listed twice</source>
        <translation>%1 號櫃檯重複列出</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <source>is not a service id</source>
        <translation>不是業務 id</translation>
    </message>
    <message>
        <source>needs at least one service with a weight</source>
        <translation>至少需要一項設有權重的業務</translation>
    </message>
    <message>
        <source>no counter serves &quot;%1&quot;; its tickets could never be called</source>
        <translation>沒有櫃檯辦理 &quot;%1&quot;；該業務的號碼將永遠無法被叫號</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; 重複列出</translation>
    </message>
    <message>
        <source>must be &quot;teller&quot; or &quot;supervisor&quot;</source>
        <translation>必須是 &quot;teller&quot; 或 &quot;supervisor&quot;</translation>
    </message>
    <message>
        <source>%1 (make one with: tessera-server hash-password)</source>
        <translation>%1（可用 tessera-server hash-password 產生）</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>無法讀取檔案：%1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>檔案必須包含一個 JSON 物件</translation>
    </message>
    <message>
        <source>has no announcement phrases; one of: %1</source>
        <translation>沒有該語言的廣播用語；可選語言：%1</translation>
    </message>
    <message>
        <source>must be &quot;recorded&quot; or &quot;speech&quot;</source>
        <translation>必須是 &quot;recorded&quot; 或 &quot;speech&quot;</translation>
    </message>
    <message>
        <source>must be &quot;digits&quot; or &quot;whole&quot;</source>
        <translation>必須是 &quot;digits&quot; 或 &quot;whole&quot;</translation>
    </message>
    <message>
        <source>must be the https:// address phones reach the server at, such as https://queue.example.com</source>
        <translation>必須是手機存取伺服器所用的 https:// 位址，例如 https://queue.example.com</translation>
    </message>
</context>
<context>
    <name>BranchKey</name>
    <message>
        <source>A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from &quot;tessera-server key show&quot;.</source>
        <translation>分行金鑰是 64 位十六進位數字（0-9、a-f）；此金鑰去除空格後有 %1 個字元。請從 &quot;tessera-server key show&quot; 重新複製。</translation>
    </message>
    <message>
        <source>Cannot read the branch key file %1: %2</source>
        <translation>無法讀取分行金鑰檔案 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the branch key file %1: %2</source>
        <translation>無法寫入分行金鑰檔案 %1：%2</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>%1: station.role is %2; a lobby display needs role=display</source>
        <translation>%1：station.role 為 %2；大廳叫號顯示螢幕需要 role=display</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number from %3 to %4</source>
        <translation>%1：%2 必須是 %3 到 %4 之間的整數</translation>
    </message>
    <message>
        <source>%1: display.counters must list counter numbers, such as 1,2,3 (&quot;%2&quot; is not one)</source>
        <translation>%1：display.counters 必須列出櫃檯編號，例如 1,2,3（&quot;%2&quot; 不是櫃檯編號）</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>歷史資料不足，無法預測 %1：業務日誌中沒有更早的有客戶的日子。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation>資料目錄 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>無法開啟業務日誌 %1：%2</translation>
    </message>
    <message>
        <source>Cannot use the journal %1: %2</source>
        <translation>無法使用業務日誌 %1：%2</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal %1: %2</source>
        <translation>無法升級業務日誌 %1：%2</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>%1 沒有業務日誌。</translation>
    </message>
    <message>
        <source>The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.</source>
        <translation>業務日誌 %1 的結構版本為 %2，而此版 Tessera 讀取的是版本 %3：請先啟動一次 tessera-server（它會升級業務日誌），然後重試。</translation>
    </message>
    <message>
        <source>the journal was opened for reading only</source>
        <translation>業務日誌以唯讀方式開啟</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: Qt&apos;s %2 database driver is not installed (on Debian: the package libqt6sql6-%3).</source>
        <translation>無法開啟日誌 %1：未安裝 Qt 的 %2 資料庫驅動程式（Debian 上的套件為 libqt6sql6-%3）。</translation>
    </message>
    <message>
        <source>another tessera-server is writing it. Stop that one first, or give this server a journal of its own.</source>
        <translation>另一個 tessera-server 正在寫入它。請先停止那個伺服器，或為本伺服器指定獨立的日誌。</translation>
    </message>
</context>
<context>
    <name>JournalLocation</name>
    <message>
        <source>No journal was given: give a file path or a postgresql:// URL.</source>
        <translation>未指定日誌：請提供檔案路徑或 postgresql:// 網址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the journal URL is not a PostgreSQL connection setting.</source>
        <translation>日誌網址中的「%1」不是 PostgreSQL 連線設定。</translation>
    </message>
    <message>
        <source>The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.</source>
        <translation>日誌網址 %1 沒有指明資料庫：請以 /資料庫 結尾，例如 postgresql://tessera@localhost/tessera_journal。</translation>
    </message>
    <message>
        <source>The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.</source>
        <translation>日誌網址無效：請寫成 postgresql://使用者@主機:埠/資料庫，密碼中的空格、@、: 或 / 須以百分比編碼。</translation>
    </message>
</context>
<context>
    <name>KioskContext</name>
    <message>
        <source>No counter is open for this yet</source>
        <translation>暫無櫃檯辦理此業務</translation>
    </message>
    <message>
        <source>No more tickets today</source>
        <translation>今日號碼已發完</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>暫停辦理</translation>
    </message>
    <message>
        <source>Closed now · opens at %1</source>
        <translation>現在暫停辦理 · %1 開始</translation>
    </message>
    <message>
        <source>Closed now · opens %1 %2</source>
        <translation>現在暫停辦理 · %1 %2 開始</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 人等候 · %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到 1 分鐘</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>最多 %1 分鐘</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 分鐘</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>預計等候時間：暫無</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>預計等候：%1</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>%1: station.role is %2; a kiosk needs role=kiosk</source>
        <translation>%1：station.role 為 %2；取號機需要 role=kiosk</translation>
    </message>
    <message>
        <source>%1: kiosk.paperWidth must be 80 or 58 (mm)</source>
        <translation>%1：kiosk.paperWidth 必須是 80 或 58（公釐）</translation>
    </message>
    <message>
        <source>%1: kiosk.idleSeconds must be a whole number from 5 to 600</source>
        <translation>%1：kiosk.idleSeconds 必須是 5 到 600 之間的整數</translation>
    </message>
    <message>
        <source>%1: kiosk.ticketSeconds must be a whole number from 3 to 120</source>
        <translation>%1：kiosk.ticketSeconds 必須是 3 到 120 之間的整數</translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>There is no service &quot;%1&quot; in this branch.</source>
        <translation>本分行沒有業務 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>請輸入客戶姓名。</translation>
    </message>
    <message>
        <source>That time has already passed: choose a later slot.</source>
        <translation>該時間已過：請選擇較晚的時段。</translation>
    </message>
    <message>
        <source>Appointments start on %1-minute slots (such as 10:00 or 10:%2).</source>
        <translation>預約只能從每 %1 分鐘一個時段的起點開始（例如 10:00 或 10:%2）。</translation>
    </message>
    <message>
        <source>%1 is closed at %2: choose a slot in its opening hours.</source>
        <translation>%1 在 %2 不辦理：請選擇其營業時間內的時段。</translation>
    </message>
    <message>
        <source>We cannot find an appointment with code %1. Check the code, or take a ticket instead.</source>
        <translation>找不到報到碼為 %1 的預約。請核對報到碼，或改為直接取號。</translation>
    </message>
    <message>
        <source>This appointment is already checked in. Please wait for your number to be called.</source>
        <translation>此預約已報到。請等候叫號。</translation>
    </message>
    <message>
        <source>Your appointment at %1 has passed. Please take a ticket or book a new time.</source>
        <translation>您 %1 的預約已過時。請取號，或重新預約時間。</translation>
    </message>
    <message>
        <source>Your appointment is at %1. You can check in from %2.</source>
        <translation>您的預約時間是 %1，%2 起可以報到。</translation>
    </message>
    <message>
        <source>There is no booked appointment with code %1.</source>
        <translation>沒有報到碼為 %1、狀態為「已預約」的預約。</translation>
    </message>
    <message>
        <source>Counter %1 still has %2: finish or transfer it first.</source>
        <translation>%1 號櫃檯仍有 %2：請先完成或轉移。</translation>
    </message>
    <message>
        <source>There is no counter %1 in this branch.</source>
        <translation>本分行沒有 %1 號櫃檯。</translation>
    </message>
    <message>
        <source>Nobody is logged in at counter %1: log in first.</source>
        <translation>%1 號櫃檯無人登入：請先登入。</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>%1 號櫃檯已開放。</translation>
    </message>
    <message>
        <source>Counter %1 is already closed.</source>
        <translation>%1 號櫃檯已關閉。</translation>
    </message>
    <message>
        <source>The name or password is not right. Check them and try again.</source>
        <translation>使用者名稱或密碼不正確。請檢查後重試。</translation>
    </message>
    <message>
        <source>%1 is already logged in at counter %2: log out there first.</source>
        <translation>%1 已登入 %2 號櫃檯：請先在該櫃檯登出。</translation>
    </message>
    <message>
        <source>%1 is logged in at counter %2.</source>
        <translation>%1 已登入 %2 號櫃檯。</translation>
    </message>
    <message>
        <source>Ticket %1 is still in the queue for service &quot;%2&quot;: keep the service until it is done.</source>
        <translation>號碼 %1 仍在業務 &quot;%2&quot; 的佇列中：請保留該業務，直到該號碼辦理完畢。</translation>
    </message>
    <message>
        <source>Ticket %1 waits for counter %2: keep the counter until it is done.</source>
        <translation>號碼 %1 正在等候 %2 號櫃檯：請保留該櫃檯，直到該號碼辦理完畢。</translation>
    </message>
    <message>
        <source>Counter %1 is in use: log out there before removing it.</source>
        <translation>%1 號櫃檯正在使用中：請先在該櫃檯登出，再將其刪除。</translation>
    </message>
    <message>
        <source>The branch has no configuration yet.</source>
        <translation>分行尚未設定。</translation>
    </message>
    <message>
        <source>Counter %1 is closed: open it first.</source>
        <translation>%1 號櫃檯已關閉：請先開放。</translation>
    </message>
    <message>
        <source>Counter %1 is paused: resume it first.</source>
        <translation>%1 號櫃檯已暫停：請先恢復。</translation>
    </message>
    <message>
        <source>Counter %1 has no ticket: call one first.</source>
        <translation>%1 號櫃檯目前沒有號碼：請先叫號。</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>仍在等候</translation>
    </message>
    <message>
        <source>being called</source>
        <translation>正在叫號</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>正在辦理</translation>
    </message>
    <message>
        <source>already finished</source>
        <translation>已辦理完成</translation>
    </message>
    <message>
        <source>already a no-show</source>
        <translation>已過號</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be %3.</source>
        <translation>%1 %2，因此無法%3。</translation>
    </message>
    <message>
        <source>No more tickets for %1 today: every number up to %2 has been issued.</source>
        <translation>%1 今日已無號碼可取：%2 及之前的所有號碼均已發出。</translation>
    </message>
    <message>
        <source>Appointment tickets are issued by checking in with the code.</source>
        <translation>預約號碼須憑報到碼報到後發放。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority reason of this branch.</source>
        <translation>&quot;%1&quot; 不是本分行的優先原因。</translation>
    </message>
    <message>
        <source>it has no opening hours</source>
        <translation>該業務沒有營業時間</translation>
    </message>
    <message>
        <source>it opens at %1</source>
        <translation>將於 %1 開始辦理</translation>
    </message>
    <message>
        <source>it opens %1</source>
        <translation>將於 %1 開始辦理</translation>
    </message>
    <message>
        <source>%1 is closed now; %2.</source>
        <translation>%1 現在暫停辦理；%2。</translation>
    </message>
    <message>
        <source>%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.</source>
        <translation>%1 仍在 %2 號櫃檯叫號中：請先開始辦理、重呼或標記過號。</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>%1 號櫃檯沒有等候的客戶。</translation>
    </message>
    <message>
        <source>There is no ticket %1 in the queue.</source>
        <translation>佇列中沒有號碼 %1。</translation>
    </message>
    <message>
        <source>called</source>
        <translation>叫號</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>started</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome code; use one of: %2.</source>
        <translation>&quot;%1&quot; 不是結果代碼；請使用下列之一：%2。</translation>
    </message>
    <message>
        <source>%1 is being served, so it cannot be a no-show: finish it instead.</source>
        <translation>%1 正在辦理，因此不能標記為過號：請改為完成辦理。</translation>
    </message>
    <message>
        <source>%1 is already at counter %2: choose another counter.</source>
        <translation>%1 已在 %2 號櫃檯：請選擇其他櫃檯。</translation>
    </message>
    <message>
        <source>Choose another service or a counter to transfer %1 to.</source>
        <translation>請選擇要將 %1 轉移到的其他業務或櫃檯。</translation>
    </message>
    <message>
        <source>That ticket is not from today.</source>
        <translation>該號碼不是今天的號碼。</translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation>評價須為 1 到 5 分。</translation>
    </message>
    <message>
        <source>%1 at %2 is fully booked: choose another time.</source>
        <translation>%1 在 %2 已額滿：請選擇其他時間。</translation>
    </message>
    <message numerus="yes">
        <source>This phone number already has %n appointment(s) on that day. Cancel one to book another.</source>
        <translation>
            <numerusform>此電話號碼當天已有 %n 個預約。請取消一個後再預約。</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment is at most 500 characters.</source>
        <translation>留言最多 500 個字元。</translation>
    </message>
    <message>
        <source>Feedback is given after the visit.</source>
        <translation>意見需在服務結束後提交。</translation>
    </message>
    <message>
        <source>Feedback for this visit was already given.</source>
        <translation>本次服務的意見已提交過。</translation>
    </message>
</context>
<context>
    <name>QueueHost</name>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>業務日誌 %1 已損毀：%2</translation>
    </message>
    <message>
        <source>The server could not save this; nothing was changed. Try again. (%1)</source>
        <translation>伺服器無法儲存此操作，未做任何變更。請重試。（%1）</translation>
    </message>
    <message>
        <source>The server could not read its journal: %1</source>
        <translation>伺服器無法讀取其業務日誌：%1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>There is no journal at %1. Give the server&apos;s data directory with --data.</source>
        <translation>%1 沒有業務日誌。請用 --data 指定伺服器的資料目錄。</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; translation; use en, zh_CN, zh_TW, lv or cy.</source>
        <translation>沒有 &quot;%1&quot; 的翻譯；請使用 en、zh_CN、zh_TW、lv 或 cy。</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; translation; the PDF&apos;s words are in English.</source>
        <translation>沒有「%1」的翻譯；PDF 中的文字將使用英文。</translation>
    </message>
</context>
<context>
    <name>SchemaUpgrade</name>
    <message>
        <source>it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.</source>
        <translation>它由較新版本的 Tessera 寫入（資料結構版本 %1，此版本最高只支援 %2）；請安裝較新版本。</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>資料結構升級至版本 %1 失敗：%2</translation>
    </message>
</context>
<context>
    <name>ServerOptionsParser</name>
    <message>
        <source>The branch configuration (JSON).</source>
        <translation>分行設定檔（JSON）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>目錄</translation>
    </message>
    <message>
        <source>Too many arguments: %1

%2</source>
        <translation>引數過多：%1

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>未知的命令 &quot;%1&quot;。

%2</translation>
    </message>
    <message>
        <source>Where the journal and the branch key live.</source>
        <translation>業務日誌和分行金鑰所在的目錄。</translation>
    </message>
    <message>
        <source>The branch key file (default: branch.key in the data directory).</source>
        <translation>分行金鑰檔案（預設：資料目錄中的 branch.key）。</translation>
    </message>
    <message>
        <source>TCP port for stations (default %1).</source>
        <translation>供站點連線的 TCP 連接埠（預設 %1）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>監聽位址（預設：全部位址）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>位址</translation>
    </message>
    <message>
        <source>UDP port for announcing the server (default %1).</source>
        <translation>用於廣播伺服器位置的 UDP 連接埠（預設 %1）。</translation>
    </message>
    <message>
        <source>Do not announce the server; stations then need its address.</source>
        <translation>不廣播伺服器位置；此時各站點需要設定伺服器位址。</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.

%1</source>
        <translation>連接埠必須是 1 到 65535 之間的數字。

%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>&quot;%1&quot; 不是可監聽的 IP 位址。</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>report: write the printable report to this PDF file.</source>
        <translation>report：將可列印的報表寫入此 PDF 檔案。</translation>
    </message>
    <message>
        <source>report: write the CSV tables into this directory.</source>
        <translation>report：將 CSV 表格寫入此目錄。</translation>
    </message>
    <message>
        <source>report: the PDF&apos;s language (en, zh_CN, zh_TW, lv, cy; default: the branch&apos;s).</source>
        <translation>report：PDF 的語言（en、zh_CN、zh_TW、lv、cy；預設：分行的語言）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代碼</translation>
    </message>
    <message>
        <source>Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.</source>
        <translation>請指定報表的輸出位置：--pdf 檔案、--csv 目錄，或兩者都指定。</translation>
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
        <translation>Tessera 分行伺服器：管理佇列、記錄業務日誌，並為分行的各站點提供服務。

命令：
  run（預設）        啟動伺服器
  check-config       驗證設定檔後結束
  hash-password      從標準輸入讀取密碼，輸出其雜湊值，供設定檔使用
  key                輸出每個站點都需要的分行金鑰（首次使用時產生）
  new-key            更換分行金鑰；使用舊金鑰的站點將無法再連線
  report             產生某一天的報表：--date，再加上 --pdf 和/或 --csv
  forecast           產生某一天的排班計畫：--date（預設為明天），再加上 --pdf 和/或 --csv；兩者皆未指定時，將表格輸出至標準輸出</translation>
    </message>
    <message>
        <source>run, check-config, hash-password, key, new-key, report or forecast</source>
        <translation>run、check-config、hash-password、key、new-key、report 或 forecast</translation>
    </message>
    <message>
        <source>report and forecast: the business day, as YYYY-MM-DD, &quot;today&quot;, &quot;yesterday&quot; (the report&apos;s default) or &quot;tomorrow&quot; (the forecast&apos;s).</source>
        <translation>report 和 forecast：營業日，格式為 YYYY-MM-DD、&quot;today&quot;、&quot;yesterday&quot;（report 的預設值）或 &quot;tomorrow&quot;（forecast 的預設值）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.</source>
        <translation>&quot;%1&quot; 不是日期：請寫成 YYYY-MM-DD（例如 %2）、today、yesterday 或 tomorrow。</translation>
    </message>
    <message>
        <source>The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).</source>
        <translation>日誌：SQLite 檔案，或寫成 postgresql://使用者@主機/資料庫 的 PostgreSQL 資料庫（預設：資料目錄中的 journal.sqlite）。</translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>檔案或網址</translation>
    </message>
    <message>
        <source>Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).</source>
        <translation>將每個日誌事件轉送到總部資料庫，寫成 postgresql://角色@主機/資料庫?sslmode=verify-full（見 docs/HEADOFFICE.md）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>網址</translation>
    </message>
    <message>
        <source>Serve the customers&apos; web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.</source>
        <translation>使用此憑證透過 HTTPS 提供客戶網頁（PEM，其後為中繼憑證；見 docs/WEB.md）。沒有憑證就沒有網頁。</translation>
    </message>
    <message>
        <source>The web certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>網頁憑證的私鑰（PEM，未加密）。</translation>
    </message>
    <message>
        <source>HTTPS port of the web pages (default %1).</source>
        <translation>網頁的 HTTPS 連接埠（預設 %1）。</translation>
    </message>
    <message>
        <source>Plain HTTP port that only redirects to HTTPS (default %1; 0: none).</source>
        <translation>僅重新導向至 HTTPS 的一般 HTTP 連接埠（預設 %1；0 表示不用）。</translation>
    </message>
    <message>
        <source>Give the web certificate and its key together: --web-certificate FILE --web-key FILE.</source>
        <translation>請同時提供網頁憑證和私鑰：--web-certificate 檔案 --web-key 檔案。</translation>
    </message>
    <message>
        <source>A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).

%1</source>
        <translation>網頁連接埠是 1 到 65535 之間的數字（0 關閉一般 HTTP 連接埠）。

%1</translation>
    </message>
</context>
<context>
    <name>ServerRunner</name>
    <message>
        <source>Cannot read the configuration %1: %2</source>
        <translation>無法讀取設定 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>無法建立資料目錄 %1。</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable by this user.</source>
        <translation>目前的使用者無法寫入資料目錄 %1。</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ServerTlsContext</name>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 with the stations&apos; PSK cipher suites (%1): %2. Install Debian 12&apos;s libssl3.</source>
        <translation>此 OpenSSL 無法以工作站使用的 PSK 加密套件（%1）提供 TLS 1.2：%2。請安裝 Debian 12 的 libssl3。</translation>
    </message>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 or later: %1.</source>
        <translation>此 OpenSSL 無法提供 TLS 1.2 或更高版本：%1。</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.</source>
        <translation>無法將 %1 用作網頁憑證：%2。請提供 PEM 檔案，憑證在前，中繼憑證在後。</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate&apos;s private key: %2. Give an unencrypted PEM key readable by the server.</source>
        <translation>無法將 %1 用作網頁憑證的私鑰：%2。請提供伺服器可讀取的未加密 PEM 私鑰。</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>私鑰 %1 與憑證 %2 不相符。</translation>
    </message>
</context>
<context>
    <name>StationPermissions</name>
    <message>
        <source>A display only shows the queue; it cannot change it.</source>
        <translation>叫號顯示螢幕只能顯示佇列，不能變更佇列。</translation>
    </message>
    <message>
        <source>A kiosk can only issue tickets, check in appointments and take feedback.</source>
        <translation>取號機只能取號、辦理預約報到和收集評價。</translation>
    </message>
    <message>
        <source>Log in with your name and password first.</source>
        <translation>請先用使用者名稱和密碼登入。</translation>
    </message>
    <message>
        <source>Only a supervisor can do that. Ask a supervisor to log in.</source>
        <translation>只有主管才能執行此操作。請主管登入。</translation>
    </message>
    <message>
        <source>%1 is logged in on this station; %2 cannot log in at a counter from here.</source>
        <translation>%1 已在此站點登入；%2 不能在這裡登入櫃檯。</translation>
    </message>
    <message>
        <source>Log in at your counter first.</source>
        <translation>請先登入您的櫃檯。</translation>
    </message>
    <message>
        <source>You are at counter %1; you cannot act for counter %2.</source>
        <translation>您在 %1 號櫃檯；不能代 %2 號櫃檯操作。</translation>
    </message>
    <message>
        <source>This service does not take tickets on the web. Take one at the kiosk in the branch.</source>
        <translation>此業務不能在網路上取號。請在分行的取號機取號。</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web. Call the branch to book it.</source>
        <translation>此業務不能在網路上預約。請致電分行預約。</translation>
    </message>
    <message>
        <source>A customer&apos;s web page cannot do that.</source>
        <translation>客戶的網頁不能執行此操作。</translation>
    </message>
    <message>
        <source>Give the booking&apos;s phone number.</source>
        <translation>請提供預約時使用的電話號碼。</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting: it has been called.</source>
        <translation>此號碼已不在等候：已被叫號。</translation>
    </message>
</context>
<context>
    <name>StationSettingsFile</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as host:port, e.g. 192.168.1.10:47010.</source>
        <translation>&quot;%1&quot; 不是伺服器位址；請寫成 host:port，例如 192.168.1.10:47010。</translation>
    </message>
    <message>
        <source>Cannot read the station settings %1.</source>
        <translation>無法讀取站點設定 %1。</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file (INI format).</source>
        <translation>%1 不是有效的設定檔（INI 格式）。</translation>
    </message>
    <message>
        <source>must be kiosk, teller, display, supervisor or tool</source>
        <translation>必須是 kiosk、teller、display、supervisor 或 tool</translation>
    </message>
    <message>
        <source>is missing; give each station a unique id</source>
        <translation>缺少此項；請為每個站點指定唯一的 id</translation>
    </message>
    <message>
        <source>is missing; it is the branchId of the server&apos;s configuration</source>
        <translation>缺少此項；應填寫伺服器設定中的 branchId</translation>
    </message>
</context>
<context>
    <name>TellerSettings</name>
    <message>
        <source>%1: station.role is %2; a teller workstation needs role=teller or role=supervisor</source>
        <translation>%1：station.role 為 %2；櫃員工作站需要 role=teller 或 role=supervisor</translation>
    </message>
    <message>
        <source>%1: teller.chooseCounter must be true or false</source>
        <translation>%1：teller.chooseCounter 必須是 true 或 false</translation>
    </message>
    <message>
        <source>%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true</source>
        <translation>%1：請設定 station.counter（本機所在的櫃檯），或設定 teller.chooseCounter=true</translation>
    </message>
    <message>
        <source>%1: teller.language must be one of %2</source>
        <translation>%1：teller.language 必須是 %2 之一</translation>
    </message>
</context>
<context>
    <name>TicketPaper</name>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面還有 %1 人</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>there is no default printer</source>
        <translation>沒有預設印表機</translation>
    </message>
    <message>
        <source>there is no printer &quot;%1&quot;</source>
        <translation>沒有名為 &quot;%1&quot; 的印表機</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; is stopped or failing</source>
        <translation>印表機 &quot;%1&quot; 已停止或發生故障</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; did not accept the ticket</source>
        <translation>印表機 &quot;%1&quot; 未接受號碼牌列印工作</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; failed while printing</source>
        <translation>印表機 &quot;%1&quot; 在列印時發生錯誤</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Type the password on standard input.</source>
        <translation>請在標準輸入中鍵入密碼。</translation>
    </message>
    <message>
        <source>Branch key in %1 (fingerprint %2). Enter it in each station&apos;s settings; keep it secret.</source>
        <translation>分行金鑰位於 %1（指紋 %2）。請將其填入每個站點的設定，並妥善保密。</translation>
    </message>
    <message>
        <source>A station on the command line, for checks, scripts and tests.

Commands:
  status   connect, print the queue&apos;s state as JSON, exit (1 if the server is not reached)
  watch    print every event as JSON lines until stopped
  script   read requests from standard input (see ToolScript.h; e.g. &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;)</source>
        <translation>命令列站點，用於檢查、指令碼和測試。

命令：
  status   連線至伺服器，以 JSON 輸出佇列狀態後結束（無法連線至伺服器時結束代碼為 1）
  watch    以 JSON 行輸出每個事件，直到被停止
  script   從標準輸入讀取請求（參見 ToolScript.h；例如 &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;）</translation>
    </message>
    <message>
        <source>This program makes reports and forecasts for tessera-server; run tessera-server.</source>
        <translation>本程式為 tessera-server 製作報表和預測；請執行 tessera-server。</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>無法執行 %1：%2</translation>
    </message>
    <message>
        <source>tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.</source>
        <translation>製作報表和預測的 tessera-server-documents 不在 %1 或 %2 中。請重新安裝 tessera-server 套件。</translation>
    </message>
</context>
<context>
    <name>tessera-kiosk</name>
    <message>
        <source>This kiosk is not set up</source>
        <translation>本取號機尚未設定</translation>
    </message>
    <message>
        <source>%1

Fix the settings and restart the kiosk.</source>
        <translation>%1

請修正設定後重新啟動取號機。</translation>
    </message>
</context>
<context>
    <name>tessera::BranchClient</name>
    <message>
        <source>Not started.</source>
        <translation>尚未啟動。</translation>
    </message>
    <message>
        <source>Looking for the server of branch %1 on the network...</source>
        <translation>正在網路上尋找分行 %1 的伺服器…</translation>
    </message>
    <message>
        <source>Connecting to the server at %1...</source>
        <translation>正在連線至 %1 上的伺服器…</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>無法連線至 %1 上的伺服器：%2</translation>
    </message>
    <message>
        <source>it closed the connection</source>
        <translation>伺服器關閉了連線</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>沒有回應</translation>
    </message>
    <message>
        <source>The connection to the server was lost; log in again.</source>
        <translation>與伺服器的連線已中斷；請重新登入。</translation>
    </message>
    <message>
        <source>Lost the server at %1 (%2). Reconnecting...</source>
        <translation>與 %1 上的伺服器失去連線（%2）。正在重新連線…</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>已連線到 %1（%2）。</translation>
    </message>
    <message>
        <source>Connected to %1; receiving the queue...</source>
        <translation>已連線到 %1；正在接收佇列…</translation>
    </message>
    <message>
        <source>snapshot part %1 arrived out of order</source>
        <translation>快照第 %1 部分的到達順序有誤</translation>
    </message>
    <message>
        <source>the snapshot could not be read</source>
        <translation>無法讀取快照</translation>
    </message>
    <message>
        <source>event %1 arrived after %2</source>
        <translation>事件 %1 在事件 %2 之後到達</translation>
    </message>
    <message>
        <source>event %1 (%2) could not be read</source>
        <translation>無法讀取事件 %1（%2）</translation>
    </message>
    <message>
        <source>Not connected to the server, so nothing was done. %1</source>
        <translation>未連線到伺服器，因此未執行任何操作。%1</translation>
    </message>
    <message>
        <source>Not connected to the server. %1</source>
        <translation>未連線到伺服器。%1</translation>
    </message>
    <message>
        <source>The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.</source>
        <translation>伺服器未及時確認此操作。重試前請先檢查佇列：該操作可能已執行，也可能未執行。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the report came. Try again.</source>
        <translation>收到報表前與伺服器的連線已中斷。請重試。</translation>
    </message>
    <message>
        <source>The server did not send the report in time. Try again.</source>
        <translation>伺服器未能及時傳送報表，請重試。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the plan came. Try again.</source>
        <translation>收到排班計畫前與伺服器的連線已中斷。請重試。</translation>
    </message>
    <message>
        <source>The server did not send the plan in time. Try again.</source>
        <translation>伺服器未能及時傳送排班計畫，請重試。</translation>
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
        <translation>無法在 %1 的連接埠 %2 上監聽：%3。是否有另一個 tessera-server 正在執行？請用 --port 選擇其他連接埠。</translation>
    </message>
    <message>
        <source>No Hello within %1 ms.</source>
        <translation>%1 毫秒內未收到 Hello。</translation>
    </message>
    <message>
        <source>The first message must be Hello, not %1.</source>
        <translation>第一則訊息必須是 Hello，而不是 %1。</translation>
    </message>
    <message>
        <source>A station does not send %1 messages.</source>
        <translation>站點不能傳送 %1 訊息。</translation>
    </message>
    <message>
        <source>Hello was already said.</source>
        <translation>已經傳送過 Hello。</translation>
    </message>
    <message>
        <source>This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.</source>
        <translation>此伺服器支援通訊協定版本 %1 至 %2；該站點需要 %3 至 %4。請更新較舊的一方。</translation>
    </message>
    <message>
        <source>Hello has no stationId.</source>
        <translation>Hello 中沒有 stationId。</translation>
    </message>
    <message>
        <source>This server is branch %1; the station is set up for branch %2.</source>
        <translation>此伺服器屬於分行 %1；該站點設定的是分行 %2。</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation>您的登入已逾時。請用密碼重新登入。</translation>
    </message>
    <message>
        <source>Unknown name or wrong password.</source>
        <translation>使用者名稱不存在或密碼錯誤。</translation>
    </message>
    <message>
        <source>Too many failed logins on this connection.</source>
        <translation>此連線上登入失敗次數過多。</translation>
    </message>
    <message>
        <source>A command needs an id.</source>
        <translation>命令必須帶有 id。</translation>
    </message>
    <message>
        <source>The station fell too far behind (%1 bytes unsent); reconnect to catch up.</source>
        <translation>該站點落後太多（%1 位元組未傳送）；請重新連線以同步。</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>伺服器正在關閉。</translation>
    </message>
    <message>
        <source>Only a supervisor may see the daily report: log in as a supervisor.</source>
        <translation>只有主管可以檢視每日報表：請以主管身分登入。</translation>
    </message>
    <message>
        <source>The report needs a day.</source>
        <translation>報表需要指定日期。</translation>
    </message>
    <message>
        <source>The station does not take the answer it asked for.</source>
        <translation>該站點未接收它所請求的回覆。</translation>
    </message>
    <message>
        <source>Only a supervisor may see the staffing plan: log in as a supervisor.</source>
        <translation>只有主管可以檢視排班計畫：請以主管身分登入。</translation>
    </message>
    <message>
        <source>The plan needs a day.</source>
        <translation>排班計畫需要指定日期。</translation>
    </message>
    <message>
        <source>The answer to %1 does not fit a frame.</source>
        <translation>對 %1 的回覆超出了一幀的大小。</translation>
    </message>
    <message>
        <source>The web role is the server&apos;s own web front; a station says kiosk, teller, display, supervisor or tool.</source>
        <translation>web 角色屬於伺服器自己的網頁前端；工作站應為 kiosk、teller、display、supervisor 或 tool。</translation>
    </message>
    <message>
        <source>Cannot watch the stations&apos; connections: the server is out of file descriptors.</source>
        <translation>無法監視工作站的連線：伺服器的檔案描述元已用盡。</translation>
    </message>
</context>
<context>
    <name>tessera::DiscoveryListener</name>
    <message>
        <source>Cannot listen for the server&apos;s announcements on UDP port %1: %2</source>
        <translation>無法在 UDP 連接埠 %1 上監聽伺服器廣播：%2</translation>
    </message>
</context>
<context>
    <name>tessera::DocumentOutput</name>
    <message>
        <source>The printer %1 reported an error; nothing may have been printed.</source>
        <translation>印表機 %1 回報了錯誤，可能什麼都沒有印出來。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>已將 %n 頁傳送至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tessera::EventHistory</name>
    <message>
        <source>event %1 is missing from the journal (found %2 next)</source>
        <translation>業務日誌中缺少事件 %1（其後找到的是 %2）</translation>
    </message>
    <message>
        <source>event %1 (%2) cannot be read</source>
        <translation>無法讀取事件 %1（%2）</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeLink</name>
    <message>
        <source>The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>總部是一個 PostgreSQL 資料庫：請寫成 postgresql://角色@主機/資料庫?sslmode=verify-full。</translation>
    </message>
    <message>
        <source>The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office&apos;s CA certificate if it is not in ~/.postgresql/root.crt).</source>
        <translation>到總部的連線經過廣域網路：網址必須包含 sslmode=verify-full（若總部的 CA 憑證不在 ~/.postgresql/root.crt 中，以 sslrootcert= 指明）。</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeView</name>
    <message>
        <source>The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.</source>
        <translation>總行資料庫是 PostgreSQL 資料庫：請寫成 postgresql://使用者@主機/資料庫。</translation>
    </message>
    <message>
        <source>Cannot open the head office database %1: %2</source>
        <translation>無法開啟總行資料庫 %1：%2</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2 and this program reads schema %3: ask its administrator to run tessera-headoffice-admin init.</source>
        <translation>總行資料庫 %1 的結構版本為 %2，本程式讀取版本 %3：請管理員執行 tessera-headoffice-admin init。</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2, newer than this program reads (%3): install the Tessera version of the head office.</source>
        <translation>總行資料庫 %1 的結構版本為 %2，比本程式能讀取的版本（%3）更新：請安裝與總行相同的 Tessera 版本。</translation>
    </message>
    <message>
        <source>Cannot follow the head office database %1: %2</source>
        <translation>無法追蹤總行資料庫 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>無法讀取分行：%1</translation>
    </message>
    <message>
        <source>Cannot read the daily figures: %1</source>
        <translation>無法讀取每日資料：%1</translation>
    </message>
    <message>
        <source>The daily figures in the head office database cannot be read: ask its administrator to run tessera-headoffice-admin rebuild.</source>
        <translation>總行資料庫中的每日資料無法讀取：請管理員執行 tessera-headoffice-admin rebuild。</translation>
    </message>
</context>
<context>
    <name>tessera::MessageCodec</name>
    <message>
        <source>The message has no &quot;msg&quot; type name.</source>
        <translation>訊息中沒有 &quot;msg&quot; 類型名稱。</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>未知的訊息類型 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The %1 message has a wrong value in &quot;%2&quot;.</source>
        <translation>%1 訊息中 &quot;%2&quot; 的值有誤。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知的命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The %1 command has a wrong value in &quot;%2&quot;.</source>
        <translation>%1 命令中 &quot;%2&quot; 的值有誤。</translation>
    </message>
</context>
<context>
    <name>tessera::NewTicketWait</name>
    <message>
        <source>less than a minute</source>
        <translation>不到 1 分鐘</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>最多 %1 分鐘</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 分鐘</translation>
    </message>
</context>
<context>
    <name>tessera::PeriodCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>無法建立用於存放 CSV 檔案的目錄 %1。</translation>
    </message>
</context>
<context>
    <name>tessera::PlanCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV file.</source>
        <translation>無法建立用於存放 CSV 檔案的目錄 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::PlanSource</name>
    <message>
        <source>The plan needs a day.</source>
        <translation>排班計畫需要指定日期。</translation>
    </message>
</context>
<context>
    <name>tessera::ReportCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>無法建立用於存放 CSV 檔案的目錄 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::ReportSource</name>
    <message>
        <source>The journal %1 is empty: the branch has not run yet.</source>
        <translation>業務日誌 %1 是空的：分行尚未運作過。</translation>
    </message>
    <message>
        <source>The journal starts on %1; there are no figures for %2.</source>
        <translation>業務日誌從 %1 開始；沒有 %2 的資料。</translation>
    </message>
    <message>
        <source>The business day %1 has not begun yet.</source>
        <translation>營業日 %1 尚未開始。</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>無法讀取業務日誌 %1：%2</translation>
    </message>
    <message>
        <source>The journal %1 holds no branch configuration.</source>
        <translation>業務日誌 %1 中沒有分行設定。</translation>
    </message>
    <message>
        <source>The journal has nothing for %1: the server was not running that day.</source>
        <translation>業務日誌中沒有 %1 的記錄：伺服器當天未執行。</translation>
    </message>
</context>
<context>
    <name>tessera::StationSetup</name>
    <message>
        <source>kiosk</source>
        <translation>取號機</translation>
    </message>
    <message>
        <source>teller&apos;s workstation</source>
        <translation>櫃員工作站</translation>
    </message>
    <message>
        <source>lobby display</source>
        <translation>大廳叫號顯示螢幕</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>檢查並儲存</translation>
    </message>
    <message>
        <source>Set up this %1</source>
        <translation>設定本%1</translation>
    </message>
    <message>
        <source>This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.</source>
        <translation>本機尚未設定。請輸入分行金鑰（在伺服器電腦上以 tessera-server key 查看）以及本%1所需的設定。儲存前，Tessera 會向分行伺服器核對所有資訊。</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, spaces allowed</source>
        <translation>64 位十六進位數字，可含空格</translation>
    </message>
    <message>
        <source>only where the LAN blocks discovery, e.g. 192.168.1.10:47010</source>
        <translation>僅在區域網路阻擋自動探索時填寫，例如 192.168.1.10:47010</translation>
    </message>
    <message>
        <source>Branch key:</source>
        <translation>分行金鑰：</translation>
    </message>
    <message>
        <source>Servers found:</source>
        <translation>找到的伺服器：</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>伺服器位址：</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>站點名稱：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <source>No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.</source>
        <translation>本分行沒有伺服器回應此金鑰。請檢查金鑰以及伺服器是否正在執行；若區域網路阻擋自動探索，請輸入伺服器位址。</translation>
    </message>
    <message>
        <source>The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)</source>
        <translation>伺服器未在 %1 秒內接受此站點：請檢查金鑰（在伺服器上以 tessera-server key 查看）和位址。（%2）</translation>
    </message>
    <message>
        <source>Enter the branch key: the servers of the branch then show here by themselves.</source>
        <translation>請輸入分行金鑰：之後本分行的伺服器會自動顯示在這裡。</translation>
    </message>
    <message>
        <source>Cannot listen for servers on the LAN (%1); type the server&apos;s address.</source>
        <translation>無法在區域網路上監聽伺服器（%1）；請輸入伺服器位址。</translation>
    </message>
    <message>
        <source>Looking for the branch&apos;s servers…</source>
        <translation>正在尋找本分行的伺服器…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3:%4</source>
        <translation>%1（%2），位址 %3:%4</translation>
    </message>
    <message>
        <source>Found the branch&apos;s server. Fill in the rest and press Check and save.</source>
        <translation>已找到本分行的伺服器。請填寫其餘欄位，然後按「檢查並儲存」。</translation>
    </message>
    <message>
        <source>The branch key is not right: %1</source>
        <translation>分行金鑰不正確：%1</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>伺服器位址：%1</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>正在連線至分行伺服器…</translation>
    </message>
    <message>
        <source>The server refused this station: %1</source>
        <translation>伺服器拒絕了此站點：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>無法建立存放 %1 的資料夾。</translation>
    </message>
    <message>
        <source>all; or a zone such as 1, 2, 3</source>
        <translation>全部；或某一區域的櫃檯，例如 1, 2, 3</translation>
    </message>
    <message>
        <source>all; or service ids such as cash, loans</source>
        <translation>全部；或業務 id，例如 cash, loans</translation>
    </message>
    <message>
        <source>Counters shown:</source>
        <translation>顯示的櫃檯：</translation>
    </message>
    <message>
        <source>Services shown:</source>
        <translation>顯示的業務：</translation>
    </message>
    <message>
        <source>The branch has no counter &quot;%1&quot;.</source>
        <translation>本分行沒有櫃檯 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The branch has no service &quot;%1&quot;.</source>
        <translation>本分行沒有業務 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>No printer: the number on screen only</source>
        <translation>不使用印表機：僅在螢幕上顯示號碼</translation>
    </message>
    <message>
        <source>Ticket printer:</source>
        <translation>號碼牌印表機：</translation>
    </message>
    <message>
        <source>The teller chooses the counter when logging in</source>
        <translation>櫃員登入時選擇櫃檯</translation>
    </message>
    <message>
        <source>The supervisor&apos;s PC (branch overview and daily report)</source>
        <translation>主管電腦（分行總覽和每日報表）</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>櫃檯：</translation>
    </message>
    <message>
        <source>The branch has no counter %1; its counters are %2.</source>
        <translation>本分行沒有 %1 號櫃檯；現有櫃檯為 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: check that this user may write there.</source>
        <translation>無法寫入 %1：請檢查此使用者是否有權寫入該位置。</translation>
    </message>
</context>
<context>
    <name>tessera::WebServer</name>
    <message>
        <source>Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.</source>
        <translation>無法在 %1 連接埠 %2 上提供網頁：%3。請用 --web-port 選擇其他連接埠。</translation>
    </message>
    <message>
        <source>Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.</source>
        <translation>無法在 %1 連接埠 %2 上監聽一般 HTTP：%3。請用 --web-http-port 選擇其他連接埠。</translation>
    </message>
    <message>
        <source>Cannot watch the web pages&apos; connections: the server is out of file descriptors.</source>
        <translation>無法監視網頁的連線：伺服器的檔案描述元已用盡。</translation>
    </message>
</context>
<context>
    <name>tessera::display::Announcer</name>
    <message>
        <source>Sound: a part of the announcement did not finish playing; check the speakers.</source>
        <translation>聲音：廣播的一部分未能播放完畢；請檢查喇叭。</translation>
    </message>
    <message>
        <source>Voice pack %1 has no recording for: %2</source>
        <translation>語音包 %1 缺少下列內容的錄音：%2</translation>
    </message>
    <message>
        <source>Sound: there is no audio output; calls are shown but not announced.</source>
        <translation>聲音：沒有音訊輸出裝置；叫號會顯示，但不會廣播。</translation>
    </message>
    <message>
        <source>Sound: the audio output could not be opened (error %1).</source>
        <translation>聲音：無法開啟音訊輸出（錯誤 %1）。</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>聲音：</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer failed: %2</source>
        <translation>語音合成：合成器 &quot;%1&quot; 發生錯誤：%2</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer is not working: %2</source>
        <translation>語音合成：合成器 &quot;%1&quot; 無法運作：%2</translation>
    </message>
</context>
<context>
    <name>tessera::display::DisplayWindow</name>
    <message>
        <source>Tessera display</source>
        <translation>Tessera 叫號顯示螢幕</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>%1號櫃檯</translation>
    </message>
    <message>
        <source>Not connected. Calls will appear here again as soon as the connection is back.</source>
        <translation>連線中斷。連線恢復後，叫號會重新顯示在這裡。</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>請到櫃檯辦理</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎光臨</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近叫號</translation>
    </message>
    <message>
        <source>Recent calls (may be out of date)</source>
        <translation>最近叫號（可能不是最新）</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1：%2 人等候</translation>
    </message>
    <message>
        <source>%1: %2 waiting, new tickets %3</source>
        <translation>%1：%2 人等候，新取號約 %3</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchDetailDialog</name>
    <message>
        <source>Open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人數</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>號碼牌</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已辦理</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Stations offline: %1</source>
        <translation>離線終端：%1</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchTableModel</name>
    <message>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人數</translation>
    </message>
    <message>
        <source>Waiting by service</source>
        <translation>各業務等候</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已辦理</translation>
    </message>
    <message>
        <source>Within target today</source>
        <translation>今日達標率</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>開放櫃檯</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>今日列印失敗</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>遭拒絕</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>尚未連線</translation>
    </message>
    <message>
        <source>Online, catching up</source>
        <translation>連線中，正在補傳</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>連線中</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>自 %1 起離線</translation>
    </message>
    <message>
        <source>refused by the head office: %1</source>
        <translation>遭總行拒絕：%1</translation>
    </message>
    <message>
        <source>offline for %1</source>
        <translation>已離線 %1</translation>
    </message>
    <message>
        <source>the kiosk could not print the last ticket (%1)</source>
        <translation>取號機未能列印最近一張號碼牌（%1）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到一分鐘</translation>
    </message>
    <message>
        <source>%1 waiting %2, target %3</source>
        <translation>%1 已等候 %2，目標 %3</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more service(s) past target)</source>
        <translation>
            <numerusform>（另有 %n 項業務超過目標）</numerusform>
        </translation>
    </message>
    <message>
        <source>Stations offline</source>
        <translation>離線終端</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::HeadOfficeWindow</name>
    <message>
        <source>Live from %1; last change %2</source>
        <translation>即時資料來自 %1；最近更新 %2</translation>
    </message>
    <message>
        <source>The connection to the head office is lost; trying again. %1</source>
        <translation>與總行的連線已中斷，正在重試。%1</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Tessera 總行</translation>
    </message>
    <message>
        <source>Period report…</source>
        <translation>期間報表…</translation>
    </message>
    <message>
        <source>Say which head office database to watch: tessera-headoffice &apos;postgresql://...&apos; (the administrator&apos;s tessera-headoffice-admin add-viewer prints it).</source>
        <translation>請指定要檢視的總行資料庫：tessera-headoffice &apos;postgresql://...&apos;（管理員執行 tessera-headoffice-admin add-viewer 時會列出）。</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more branch(es) with alarms</source>
        <translation>
            <numerusform>……另有 %n 家分行有警示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::PeriodReportDialog</name>
    <message>
        <source>Period report</source>
        <translation>期間報表</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不選</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>產生報表</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>分行</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存為 CSV…</translation>
    </message>
    <message>
        <source>Tick at least one branch.</source>
        <translation>請至少勾選一家分行。</translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation>開始日期晚於結束日期：請對調。</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) with figures; made in %1 s.</source>
        <translation>
            <numerusform>%n 家分行有資料；用時 %1 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>這些日期內沒有分行的資料。</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>儲存期間報表</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>將報表的表格儲存至</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::CheckInScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>預約報到</translation>
    </message>
    <message>
        <source>Enter the %1-digit code from your booking confirmation.</source>
        <translation>請輸入預約確認中的 %1 位報到碼。</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>刪除最後一位</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>報到</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Code entered: %1</source>
        <translation>已輸入：%1</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::KioskWindow</name>
    <message>
        <source>Tessera kiosk</source>
        <translation>Tessera 取號機</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <source>This kiosk cannot issue tickets right now. Please ask a member of staff for help.</source>
        <translation>本機暫時無法取號。請向工作人員尋求協助。</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>抱歉，未能取號</translation>
    </message>
    <message>
        <source>Please try again, or ask a member of staff for help.</source>
        <translation>請重試，或向工作人員尋求協助。</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service have been given out. Please ask a member of staff.</source>
        <translation>此業務今日的號碼已全部發完。請洽詢工作人員。</translation>
    </message>
    <message>
        <source>No tickets can be taken for this service now. Please come back when it is open.</source>
        <translation>此業務現在不能取號。請於辦理時間內再來。</translation>
    </message>
    <message>
        <source>You could not be checked in</source>
        <translation>報到未成功</translation>
    </message>
    <message>
        <source>You are early: your appointment is at %1. You can check in from %2.</source>
        <translation>您來早了：您的預約時間是 %1，%2 起可以報到。</translation>
    </message>
    <message>
        <source>You are early. Please check in closer to your appointment time.</source>
        <translation>您來早了。請於接近預約時間時報到。</translation>
    </message>
    <message>
        <source>The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.</source>
        <translation>此預約的報到時間已過。請於首頁取號，或洽詢工作人員。</translation>
    </message>
    <message>
        <source>This code has already been used. Your number is %1.</source>
        <translation>此報到碼已使用。您的號碼是 %1。</translation>
    </message>
    <message>
        <source>This code has already been used. Please ask a member of staff.</source>
        <translation>此報到碼已使用。請洽詢工作人員。</translation>
    </message>
    <message>
        <source>We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.</source>
        <translation>找不到報到碼 %1。請核對預約確認中的報到碼後重試，或於首頁取號。</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::NoticeScreen</name>
    <message>
        <source>Back to the start</source>
        <translation>返回首頁</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::PriorityScreen</name>
    <message>
        <source>I am 65 or older</source>
        <translation>我已年滿 65 歲</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>我是孕婦</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>我是身心障礙人士</translation>
    </message>
    <message>
        <source>Do you need to be served first?</source>
        <translation>您需要優先辦理嗎？</translation>
    </message>
    <message>
        <source>No, a standard ticket</source>
        <translation>不需要，取一般號碼</translation>
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
        <translation>歡迎</translation>
    </message>
    <message>
        <source>Touch the service you need to take a ticket.</source>
        <translation>請點選您要辦理的業務取號。</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>我有預約</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <source>Your number is %1</source>
        <translation>您的號碼是 %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面還有 %1 人</translation>
    </message>
    <message>
        <source>We will call you as soon as a counter opens.</source>
        <translation>櫃檯開放後我們會盡快叫您的號碼。</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>請於下方取走號碼牌。</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.</source>
        <translation>號碼牌未能列印。請記住您的號碼：%1。您的排隊順序不變。</translation>
    </message>
    <message>
        <source>Please remember your number. It will be shown on the screens when it is your turn.</source>
        <translation>請記住您的號碼。輪到您時，號碼會顯示在螢幕上。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在列印號碼牌…</translation>
    </message>
    <message>
        <source>QR code of your ticket&apos;s page</source>
        <translation>您的號碼網頁的 QR 碼</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone. You can also leave the queue there.</source>
        <translation>用手機掃描 QR 碼，即可隨時查看排隊進度，也可以在網頁上取消排隊。</translation>
    </message>
</context>
<context>
    <name>tessera::report::HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation>到達人數</translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>平均等候時間（分鐘）</translation>
    </message>
</context>
<context>
    <name>tessera::report::PdfFile</name>
    <message>
        <source>Cannot create the directory %1 for the PDF.</source>
        <translation>無法為 PDF 建立資料夾 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>tessera::report::PeriodDocument</name>
    <message>
        <source>Branches from %1 to %2</source>
        <translation>各分行 %1 至 %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天數</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已辦理</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>過號數</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候時間</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% 的客戶等候不超過</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>達標率</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均辦理時間</translation>
    </message>
    <message>
        <source>(day running)</source>
        <translation>（當日未結束）</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>全部分行</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開放</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Tessera 總行</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera，列印於 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es), business days from %1 to %2</source>
        <translation>
            <numerusform>%n 家分行，營業日 %1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>這些日期內沒有分行的資料。</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>統計方式說明</translation>
    </message>
    <message>
        <source>A period&apos;s counts add up its business days. Its average, its 90th percentile and its share within target are of every wait in the period, not of the daily figures.</source>
        <translation>期間的計數為各營業日之和；其平均值、第 90 百分位數與達標率依期間內的每一次等候計算，而非由每日資料平均而得。</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>無法在印表機或 PDF 檔案上繪製。</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>報表無法在印表機或 PDF 檔案中完成。</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>評分（人數）</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanChart</name>
    <message>
        <source>Customers expected</source>
        <translation>預估客戶數</translation>
    </message>
    <message>
        <source>Counters advised</source>
        <translation>建議櫃檯數</translation>
    </message>
    <message>
        <source>Counters open a week before</source>
        <translation>一週前開放櫃檯數</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanDocument</name>
    <message>
        <source>Staffing plan: %1</source>
        <translation>排班計畫：%1</translation>
    </message>
    <message>
        <source>There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch&apos;s first day.</source>
        <translation>歷史資料不足，無法預測這一天：業務日誌中沒有更早的有客戶的營業日。分行第一個營業日之後才會有排班計畫。</translation>
    </message>
    <message>
        <source>No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.</source>
        <translation>預計沒有客戶：最近幾週每週的這一天都沒有客戶上門，因此視為分行當天不營業。</translation>
    </message>
    <message>
        <source>Customers expected</source>
        <translation>預估客戶數</translation>
    </message>
    <message>
        <source>Most counters advised</source>
        <translation>建議櫃檯數峰值</translation>
    </message>
    <message>
        <source>Counter hours advised</source>
        <translation>建議櫃檯時數</translation>
    </message>
    <message>
        <source>Counter hours open a week before</source>
        <translation>一週前櫃檯開放時數</translation>
    </message>
    <message>
        <source>How the advice is worked out</source>
        <translation>建議的計算方式</translation>
    </message>
    <message numerus="yes">
        <source>Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.</source>
        <translation>
            <numerusform>預測依據現有的 %n 天歷史資料，各天權重相同：此前尚無同為星期幾的日子，因此僅供粗略參考。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.</source>
        <translation>
            <numerusform>預測依據最近 %n 週中同為星期幾的日子（越近的週權重越大），並依 %1 個客流量相近的過往日子分配到全天各時段。</numerusform>
        </translation>
    </message>
    <message>
        <source>Counters advised: the fewest with which %1 of customers are called within their service&apos;s target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.</source>
        <translation>建議櫃檯數：依 Erlang A 模型，使 %1 的客戶在其業務的目標等候時間內被叫號所需的最少櫃檯數；模型假設客戶依預估的到達率隨機到達，採用學習所得的辦理時間，並考慮客戶在業務日誌所示的耐心時間後放棄等候。並列的 Erlang C 假設無人放棄等候，所需櫃檯數與之相同或更多。</translation>
    </message>
    <message>
        <source>The branch&apos;s counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service&apos;s work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.</source>
        <translation>本分行的櫃檯辦理多項業務，因此建議是針對所有業務合併計算，採用業務組合的平均辦理時間及其中最嚴格的目標時間。最後一欄依各業務的工作量（客戶數乘以辦理時間）分攤建議櫃檯數：專辦單一業務的櫃檯需要更多，因為各自獨立的排隊行列無法互相支援。</translation>
    </message>
    <message>
        <source>Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.</source>
        <translation>一週前開放的櫃檯數按每半小時取平均值：30 分鐘中開放 15 分鐘的櫃檯計為半個。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>辦理時間</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>建議</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>預估達標率</translation>
    </message>
    <message>
        <source>Open a week before</source>
        <translation>一週前開放</translation>
    </message>
    <message>
        <source>Shared out</source>
        <translation>依業務分攤</translation>
    </message>
    <message>
        <source>Staffing plan, %1</source>
        <translation>排班計畫，%1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera，列印於 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>無法在印表機或 PDF 檔案上繪製。</translation>
    </message>
    <message>
        <source>The plan could not be finished on the printer or in the PDF file.</source>
        <translation>排班計畫無法在印表機或 PDF 檔案中完成。</translation>
    </message>
    <message>
        <source>Staffing plan: %1, %2</source>
        <translation>排班計畫：%1，%2</translation>
    </message>
</context>
<context>
    <name>tessera::report::ReportDocument</name>
    <message>
        <source>Daily report: %1</source>
        <translation>每日報表：%1</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取號數</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已辦理</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>過號數</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候時間</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>目標時間內叫號率</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均辦理時間</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Business day from %1 to %2 (%3)</source>
        <translation>營業日：%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>The day is not over: figures up to %1.</source>
        <translation>本營業日尚未結束：資料統計至 %1。</translation>
    </message>
    <message>
        <source>Customers by service</source>
        <translation>各業務客戶統計</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>轉入</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>轉出</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>仍在等候</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>所有業務</translation>
    </message>
    <message>
        <source>Waiting and service times</source>
        <translation>等候與辦理時間</translation>
    </message>
    <message>
        <source>Times in minutes and seconds. Waits are to the first call; the target is the service&apos;s own.</source>
        <translation>時間以「分:秒」表示。等候時間計至第一次叫號；目標時間依各業務本身的設定。</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標時間</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>等候中位數</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% 的客戶等候不超過</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>達標率</translation>
    </message>
    <message>
        <source>Median service</source>
        <translation>辦理時間中位數</translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation>分時段統計</translation>
    </message>
    <message>
        <source>No customers this day.</source>
        <translation>當日無客戶。</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>時段</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>到達人數</translation>
    </message>
    <message>
        <source>Longest line</source>
        <translation>排隊高峰</translation>
    </message>
    <message>
        <source>Nobody worked this day.</source>
        <translation>當日無人值班。</translation>
    </message>
    <message>
        <source>Open (h:mm)</source>
        <translation>開放 (h:mm)</translation>
    </message>
    <message>
        <source>Paused (h:mm)</source>
        <translation>暫停 (h:mm)</translation>
    </message>
    <message>
        <source>Serving (h:mm)</source>
        <translation>辦理 (h:mm)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Booked for this day</source>
        <translation>當日預約</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已報到</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Wait estimates</source>
        <translation>等候時間預估</translation>
    </message>
    <message>
        <source>Tickets compared</source>
        <translation>比對號碼數</translation>
    </message>
    <message>
        <source>Waits ran longer, on average, by</source>
        <translation>實際等候平均比預估長</translation>
    </message>
    <message>
        <source>Waits ran shorter, on average, by</source>
        <translation>實際等候平均比預估短</translation>
    </message>
    <message>
        <source>Mean error either way</source>
        <translation>平均絕對誤差</translation>
    </message>
    <message>
        <source>Waited longer than the ticket said</source>
        <translation>實際等候超過號碼牌預估</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>統計方式說明</translation>
    </message>
    <message>
        <source>A wait runs from the moment a ticket joins a service&apos;s line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket&apos;s second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.</source>
        <translation>等候時間自號碼進入某業務的排隊行列（取號或轉入該業務）時起，計至在該業務第一次叫號時止；重呼不會重新計時。轉移號碼的第二段等候計入轉入的業務。已取消或從未叫號的號碼不計等候時間。</translation>
    </message>
    <message>
        <source>Within target: called within the service&apos;s target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).</source>
        <translation>達標率：在該業務目標等候時間內叫號的比例。等候筆數為偶數時，中位數取中間兩個值的平均值；「90% 的客戶等候不超過」為第 90 百分位數（最近排名法）。</translation>
    </message>
    <message>
        <source>Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.</source>
        <translation>辦理時間自開始辦理時起（未開始辦理即完成者，自叫號時起），計至辦理完成時止；每次完成皆計為已辦理，不論結果為何。</translation>
    </message>
    <message>
        <source>Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.</source>
        <translation>開放時間自櫃檯開放時起計至關閉時止，包含暫停時間。辦理時間也計入轉出客戶在轉出前的辦理時間。使用率為辦理時間除以扣除暫停後的開放時間。</translation>
    </message>
    <message>
        <source>Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.</source>
        <translation>預估比對針對取號時號碼牌上印有預估等候時間、且在轉移之前被叫號的號碼，比較號碼牌上的預估等候時間與其至第一次叫號的實際等候時間。排隊高峰為全分行同一時間等候號碼數的最大值。</translation>
    </message>
    <message>
        <source>Daily report, %1</source>
        <translation>每日報表，%1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera，列印於 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
    </message>
    <message>
        <source>Daily report: %1, %2</source>
        <translation>每日報表：%1，%2</translation>
    </message>
    <message>
        <source>Every event counts on the business day the server filed it under, from one rollover to the next, in the branch&apos;s time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.</source>
        <translation>每個事件計入伺服器為其記錄的營業日（從一次日切到下一次日切，依分行時區）；日切時仍在等候的號碼被取消，並計入剛結束的那一天。</translation>
    </message>
    <message>
        <source>A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.</source>
        <translation>隔夜未關閉的櫃檯在關閉前一直計為開放；呼叫未到場的客戶不計入辦理時間。在寬限期結束前未報到的預約計為已逾期。</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>無法在印表機或 PDF 檔案上繪製。</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>報表無法在印表機或 PDF 檔案中完成。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Estimates within range</source>
        <translation>預估在範圍內</translation>
    </message>
    <message>
        <source>Within the printed range</source>
        <translation>在號碼牌所示範圍內</translation>
    </message>
    <message>
        <source>Within the printed range: the wait to the first call fell inside the range the ticket showed (&quot;3–6 min&quot;); the errors are against the estimate&apos;s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch&apos;s history expected in each hour when the day began, as in the staffing plan.</source>
        <translation>在號碼牌所示範圍內：至第一次叫號的等候時間落在號碼牌所示的範圍內（如「3–6 分鐘」）；誤差依預估本身的數值計算，即四捨五入至分鐘之前的數值。分時段的預估依該時段內取號的號碼統計。預測是營業日開始時依據分行歷史資料對各時段客戶數的預估，與排班計畫中的相同。</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>評分（人數）</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客戶滿意度</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>評分次數</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>平均評分（1 至 5）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評分次數</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>平均評分</translation>
    </message>
    <message>
        <source>What customers wrote</source>
        <translation>客戶留言</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Ratings (1 to 5) are given by customers on their ticket&apos;s web page after the visit, at most once per ticket, and count on the day they were given for the service, counter and teller that finished the visit. Their comments are printed as typed.</source>
        <translation>評分（1 至 5）由客戶在辦理結束後於其號碼的網頁上給出，每個號碼最多一次，計入給出當天，歸於完成該次辦理的業務、櫃檯和櫃員。客戶留言按原文列印。</translation>
    </message>
</context>
<context>
    <name>tessera::teller::AppointmentsPage</name>
    <message>
        <source>booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已報到</translation>
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
        <translation>預約</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>取消所選預約</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>報到碼</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>請輸入客戶姓名。</translation>
    </message>
    <message>
        <source>Booked for %1. Give the customer the check-in code %2.</source>
        <translation>已為 %1 預約。請將報到碼 %2 告知客戶。</translation>
    </message>
    <message>
        <source>Select the appointment to cancel.</source>
        <translation>請選擇要取消的預約。</translation>
    </message>
    <message>
        <source>The appointment with code %1 is cancelled.</source>
        <translation>報到碼為 %1 的預約已取消。</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CallNumberDialog</name>
    <message>
        <source>Call a number</source>
        <translation>指定叫號</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>叫號</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CompactBar</name>
    <message>
        <source>Tessera counter</source>
        <translation>Tessera 櫃檯</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>完整畫面</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>叫號中</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>辦理中</translation>
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
        <translation>%1 號櫃檯</translation>
    </message>
    <message>
        <source>Not connected to the server (%1). This comes back by itself.</source>
        <translation>未連線到伺服器（%1）。連線會自動恢復。</translation>
    </message>
    <message>
        <source>Log in at a counter first.</source>
        <translation>請先登入櫃檯。</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the last action.</source>
        <translation>正在等候伺服器確認上一步操作。</translation>
    </message>
    <message>
        <source>The counter is paused: resume it to call customers.</source>
        <translation>櫃檯已暫停：恢復後才能叫號。</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>櫃檯已關閉。</translation>
    </message>
    <message>
        <source>Nobody is being called at this counter.</source>
        <translation>本櫃檯目前沒有叫號。</translation>
    </message>
    <message>
        <source>%1 is still being called: start service, recall or mark a no-show first.</source>
        <translation>%1 仍在叫號中：請先開始辦理、重呼或標記過號。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>本櫃檯沒有等候的客戶。</translation>
    </message>
    <message>
        <source>Start service for %1 first (or mark a no-show).</source>
        <translation>請先為 %1 開始辦理（或標記過號）。</translation>
    </message>
    <message>
        <source>Nobody is being served at this counter.</source>
        <translation>本櫃檯目前沒有正在辦理的客戶。</translation>
    </message>
    <message>
        <source>There is no customer at this counter to transfer.</source>
        <translation>本櫃檯沒有可轉移的客戶。</translation>
    </message>
    <message>
        <source>The counter is not open.</source>
        <translation>櫃檯未開放。</translation>
    </message>
    <message>
        <source>The counter is already open.</source>
        <translation>櫃檯已開放。</translation>
    </message>
    <message>
        <source>%1 is still at the counter: finish or transfer it first.</source>
        <translation>%1 仍在櫃檯辦理：請先完成或轉移。</translation>
    </message>
    <message>
        <source>no counter open</source>
        <translation>暫無櫃檯辦理</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CurrentTicketPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <source>No customer at the counter</source>
        <translation>櫃檯暫無客戶</translation>
    </message>
    <message numerus="yes">
        <source>Calling (recalled %n time(s))</source>
        <translation>
            <numerusform>叫號中（已重呼 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>叫號中</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>已等候 %1</translation>
    </message>
    <message>
        <source>serving for %1</source>
        <translation>已辦理 %1</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n time(s). Note: %1</source>
        <translation>
            <numerusform>已轉移 %n 次。備註：%1</numerusform>
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
        <translation>結果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>tessera::teller::LoginPanel</name>
    <message>
        <source>Log in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Log in at your counter</source>
        <translation>登入您的櫃檯</translation>
    </message>
    <message>
        <source>Not connected to the server: %1</source>
        <translation>未連線到伺服器：%1</translation>
    </message>
    <message>
        <source>Enter your name and password.</source>
        <translation>請輸入使用者名稱和密碼。</translation>
    </message>
    <message>
        <source>This PC is set up for counter %1, which the branch configuration does not have. Correct counter= in the station settings.</source>
        <translation>本機設定為 %1 號櫃檯，但分行設定中沒有該櫃檯。請更正站點設定中的 counter=。</translation>
    </message>
</context>
<context>
    <name>tessera::teller::PlanningPage</name>
    <message>
        <source>Show plan</source>
        <translation>顯示計畫</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存為 CSV…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Pick a day and press Show plan: the forecast and the counters advised come from the branch&apos;s history in the server&apos;s journal.</source>
        <translation>請選擇日期，然後按「顯示計畫」。預測與建議櫃檯數依據伺服器業務日誌中的分行歷史資料。</translation>
    </message>
    <message>
        <source>Asking the server for the plan of %1…</source>
        <translation>正在向伺服器取得 %1 的排班計畫…</translation>
    </message>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>歷史資料不足，無法預測 %1：業務日誌中沒有更早的有客戶的營業日。</translation>
    </message>
    <message>
        <source>No customers are expected on %1: nobody came on this weekday in the last weeks.</source>
        <translation>預計 %1 沒有客戶：最近幾週每週的這一天都沒有客戶上門。</translation>
    </message>
    <message>
        <source>%1: about %2 customers expected; at most %3 counters advised at once, so that %4 of customers are called within their target wait.</source>
        <translation>%1：預估約 %2 位客戶；同一時間最多建議開放 %3 個櫃檯，以使 %4 的客戶在目標等候時間內被叫號。</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) open now; the plan advises %1 for %2–%3, when about %4 customers are expected. Open more if you can.</source>
        <translation>
            <numerusform>目前開放 %n 個櫃檯；排班計畫建議 %2–%3 開放 %1 個櫃檯，屆時預估約有 %4 位客戶。請盡量加開櫃檯。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the plan first.</source>
        <translation>請先顯示排班計畫。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已儲存 %1（共 %n 頁）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已儲存 %1。</translation>
    </message>
    <message>
        <source>Staffing plan %1</source>
        <translation>排班計畫 %1</translation>
    </message>
    <message>
        <source>Save the staffing plan</source>
        <translation>儲存排班計畫</translation>
    </message>
    <message>
        <source>Save the plan&apos;s table in</source>
        <translation>將排班計畫的表格儲存至</translation>
    </message>
</context>
<context>
    <name>tessera::teller::ReportPage</name>
    <message>
        <source>Show figures</source>
        <translation>顯示資料</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>Save tables as CSV…</source>
        <translation>將表格儲存為 CSV…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已辦理</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候時間</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>達標率</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均辦理時間</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>營業日：</translation>
    </message>
    <message>
        <source>Pick a business day and press Show figures. The figures come from the server&apos;s journal.</source>
        <translation>請選擇營業日，然後按「顯示資料」。資料來自伺服器的業務日誌。</translation>
    </message>
    <message>
        <source>Asking the server for the figures of %1…</source>
        <translation>正在向伺服器取得 %1 的資料…</translation>
    </message>
    <message>
        <source>%1, a complete business day.</source>
        <translation>%1，完整營業日。</translation>
    </message>
    <message>
        <source>%1: the day is not over, so these are the figures so far.</source>
        <translation>%1：營業日尚未結束，以下為截至目前的資料。</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translation>請先顯示資料。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已儲存 %1（共 %n 頁）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n table(s) in %1.</source>
        <translation>
            <numerusform>已將 %n 個表格儲存至 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>每日報表 %1</translation>
    </message>
    <message>
        <source>Save the daily report</source>
        <translation>儲存每日報表</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>將報表的表格儲存至</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>評分（人數）</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>留言</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Issued %1 · served %2 · no-shows %3 · cancelled %4 · average wait %5 · called within target %6 · average service %7 · rating %8</source>
        <translation>取號 %1 · 已辦理 %2 · 過號 %3 · 已取消 %4 · 平均等候時間 %5 · 目標時間內叫號率 %6 · 平均辦理時間 %7 · 評分 %8</translation>
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
        <translation>開放中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <source>Tessera branch overview</source>
        <translation>Tessera 分行總覽</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>櫃員</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>目前號碼</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已辦理</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>平均辦理時間</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人數</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最長等候</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標時間</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>今日列印失敗</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>佇列</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>叫號中</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>每日報表</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>排班</translation>
    </message>
    <message>
        <source>A new ticket is told</source>
        <translation>新取號會看到</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerActions</name>
    <message>
        <source>Call next</source>
        <translation>叫號</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Call a number…</source>
        <translation>指定叫號…</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Finish with outcome…</source>
        <translation>完成並記錄結果…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>轉移…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerWindow</name>
    <message>
        <source>Tessera counter</source>
        <translation>Tessera 櫃檯</translation>
    </message>
    <message>
        <source>Waiting for this counter</source>
        <translation>本櫃檯等候客戶</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>櫃檯(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Compact bar</source>
        <translation>精簡工具列</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>分行(&amp;B)</translation>
    </message>
    <message>
        <source>Branch overview</source>
        <translation>分行總覽</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已連線到 %1</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>離線</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be called or finished. This clears by itself when the server is back; nothing is lost.
%1</source>
        <translation>離線：無法連線到伺服器，暫時不能叫號或完成辦理。伺服器恢復後會自動解除，資料不會遺失。
%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <source>Counter paused. </source>
        <translation>櫃檯已暫停。</translation>
    </message>
    <message>
        <source>Served today: %1 · average service %2</source>
        <translation>今日已辦理：%1 · 平均辦理時間 %2</translation>
    </message>
    <message>
        <source>Another customer is at the counter now; nothing was done. Try again.</source>
        <translation>櫃檯現在是另一位客戶，本次操作未執行，請重試。</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>每日報表…</translation>
    </message>
    <message>
        <source>A new customer would be told: %1</source>
        <translation>新客戶現在取號會看到：%1</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TransferDialog</name>
    <message>
        <source>To the service</source>
        <translation>轉到業務</translation>
    </message>
    <message>
        <source>To the counter</source>
        <translation>轉到櫃檯</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>轉移 %1</translation>
    </message>
    <message>
        <source>What the next teller should know</source>
        <translation>需要告知下一位櫃員的事項</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>tessera::teller::WaitingList</name>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>transferred here</source>
        <translation>轉入本櫃檯</translation>
    </message>
    <message>
        <source>Waited longer than the service&apos;s target</source>
        <translation>等候時間已超過該業務的目標時間</translation>
    </message>
</context>
<context>
    <name>tessera::web::Page</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>No connection to the branch. Trying again…</source>
        <translation>與分行的連線已中斷，正在重試…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>發生問題，請重試。</translation>
    </message>
    <message>
        <source>The branch is very busy. Please try again in a moment.</source>
        <translation>分行現在非常忙碌，請稍後再試。</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>取號</translation>
    </message>
    <message>
        <source>Join the queue from here. This page shows your number and tells you when it is your turn.</source>
        <translation>在這裡排隊。本頁顯示您的號碼，輪到您時會通知您。</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>請選擇業務</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 人等候 · %2</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>現在暫停辦理</translation>
    </message>
    <message>
        <source>Tickets for this service are taken at the kiosk.</source>
        <translation>此業務請在分行取號機取號。</translation>
    </message>
    <message>
        <source>No counter is open for this yet</source>
        <translation>暫無櫃檯辦理此業務</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>不到 1 分鐘</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>最多 %1 分鐘</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 分鐘</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>您前面還有 %1 人</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>預計等候：%1</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>預計等候時間：暫無</translation>
    </message>
    <message>
        <source>Please wait. This page updates by itself.</source>
        <translation>請稍候，本頁會自動更新。</translation>
    </message>
    <message>
        <source>It is your turn</source>
        <translation>輪到您了</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation>請前往</translation>
    </message>
    <message>
        <source>You are being called again</source>
        <translation>再次呼叫您</translation>
    </message>
    <message>
        <source>You are being served at</source>
        <translation>正在為您辦理：</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>感謝您的光臨</translation>
    </message>
    <message>
        <source>This ticket is cancelled</source>
        <translation>此號碼已取消</translation>
    </message>
    <message>
        <source>You were called but did not come. Please take a new ticket.</source>
        <translation>叫號時您未到場，請重新取號。</translation>
    </message>
    <message>
        <source>I can&apos;t wait any more</source>
        <translation>我不能再等了</translation>
    </message>
    <message>
        <source>Leave the queue? Ticket %1 will be cancelled.</source>
        <translation>確定離開隊伍嗎？號碼 %1 將被取消。</translation>
    </message>
    <message>
        <source>Yes, leave the queue</source>
        <translation>是，離開隊伍</translation>
    </message>
    <message>
        <source>No, keep my place</source>
        <translation>不，保留我的位置</translation>
    </message>
    <message>
        <source>Sound and vibration when I am called</source>
        <translation>叫到我時響鈴並震動</translation>
    </message>
    <message>
        <source>Sound and vibration are on</source>
        <translation>響鈴和震動已開啟</translation>
    </message>
    <message>
        <source>This ticket link is not valid. Check the address, or take a ticket at the kiosk.</source>
        <translation>此號碼連結無效。請檢查網址，或在取號機取號。</translation>
    </message>
    <message>
        <source>This ticket was for an earlier day.</source>
        <translation>這是之前某天的號碼。</translation>
    </message>
    <message>
        <source>Back to the branch&apos;s page</source>
        <translation>返回分行頁面</translation>
    </message>
    <message>
        <source>Keep this page open, or save its address to come back.</source>
        <translation>請保持本頁開啟，或儲存網址以便返回。</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting in the queue.</source>
        <translation>此號碼已不在隊伍中等候。</translation>
    </message>
    <message>
        <source>This phone has taken as many tickets today as the branch allows.</source>
        <translation>此手機今天取號的次數已達分行上限。</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web.</source>
        <translation>此業務不能在網路上預約。</translation>
    </message>
    <message>
        <source>Enter your name (at most 80 characters).</source>
        <translation>請輸入您的姓名（最多 80 個字元）。</translation>
    </message>
    <message>
        <source>Enter a phone number we can reach you at, such as +371 2000 0000.</source>
        <translation>請輸入可聯絡到您的電話號碼，例如 +371 2000 0000。</translation>
    </message>
    <message>
        <source>We cannot find a booking with that code and phone number.</source>
        <translation>找不到與此報到碼和電話號碼相符的預約。</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>選擇日期</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>選擇時間</translation>
    </message>
    <message>
        <source>No free times on this day. Choose another day.</source>
        <translation>這一天沒有空閒時段。請選擇其他日期。</translation>
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
        <translation>您的電話號碼</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>預約這個時間</translation>
    </message>
    <message>
        <source>Move my booking to this time</source>
        <translation>把我的預約改到這個時間</translation>
    </message>
    <message>
        <source>Cancel or move a booking</source>
        <translation>取消或更改預約</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>報到碼</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>查找我的預約</translation>
    </message>
    <message>
        <source>%1, %2 at %3, for %4</source>
        <translation>%1，%2 %3，預約人 %4</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>取消此預約</translation>
    </message>
    <message>
        <source>Move to another time</source>
        <translation>改到其他時間</translation>
    </message>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>您的預約已取消。</translation>
    </message>
    <message>
        <source>Your appointment is booked</source>
        <translation>您的預約已成功</translation>
    </message>
    <message>
        <source>At the branch, type this code at the kiosk between %1 and %2.</source>
        <translation>到分行後，請在 %1 至 %2 之間在取號機輸入此報到碼。</translation>
    </message>
    <message>
        <source>Save or bookmark this page: it holds your code.</source>
        <translation>請儲存本頁或加入書籤：其中有您的報到碼。</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>您對本次服務滿意嗎？</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 分（滿分 5 分）</translation>
    </message>
    <message>
        <source>Anything to tell us? (optional)</source>
        <translation>有什麼想告訴我們的嗎？（可選）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送出</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>感謝您的意見。</translation>
    </message>
    <message>
        <source>Choose 1 to 5 stars; a comment is at most 500 characters.</source>
        <translation>請選擇 1 到 5 顆星；留言最多 500 個字元。</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>這裡沒有這個頁面。</translation>
    </message>
</context>
</TS>
