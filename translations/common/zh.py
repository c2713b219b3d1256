"""Simplified and Traditional Chinese for the messages of the server, the library and the station
settings (every context not in the kiosk, teller, display or report tables), keyed by the English
source text."""

PHRASES = {
    'zh_CN': {
        'Cannot write %1: check that this user may write there.': '无法写入 %1：请检查此用户是否有权写入该位置。',
        'There is no journal at %1.': '%1 处没有业务日志。',
        'The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.': '业务日志 %1 的结构版本为 %2，而本版 Tessera 读取的是版本 %3：请先启动一次 tessera-server（它会升级业务日志），然后重试。',
        'the journal was opened for reading only': '业务日志以只读方式打开',
        'no "%1" translation; the PDF\'s words are in English.': '没有“%1”的翻译；PDF 中的文字将使用英文。',
        'The server did not send the report in time. Try again.': '服务器未能及时发送报表，请重试。',
        'The station does not take the answer it asked for.': '该站点未接收它所请求的答复。',
        'The journal has nothing for %1: the server was not running that day.': '业务日志中没有 %1 的记录：服务器当天未运行。',
        # BranchConfigLoader: appended to a key path such as "services[2].prefix: "
        'unknown key; expected one of: %1': '未知的键；应为以下之一：%1',
        'is required': '为必填项',
        'must be a non-empty text': '必须是非空文本',
        'must be a whole number from %1 to %2': '必须是 %1 到 %2 之间的整数',
        'must be true or false': '必须是 true 或 false',
        'must be an object': '必须是 JSON 对象',
        'must be a list': '必须是列表',
        'needs a text in at least one language': '至少需要一种语言的文本',
        'is not a weekday or range such as "mon" or "mon-fri"': '不是星期或星期范围，例如 "mon" 或 "mon-fri"',
        '"%1" is not a time span such as "09:00-17:30"': '"%1" 不是时间段，时间段的格式如 "09:00-17:30"',
        'must be lowercase letters, digits and dashes': '只能由小写字母、数字和连字符组成',
        '"%1" is not a known time zone such as "Europe/Riga"': '"%1" 不是已知的时区，时区的格式如 "Europe/Riga"',
        'needs at least one language': '至少需要一种语言',
        'must be one of the languages': '必须是 languages 中所列的语言之一',
        'must be a time such as "03:00"': '必须是时间，例如 "03:00"',
        'must be "cancel" or "carryOver"': '必须是 "cancel" 或 "carryOver"',
        '"%1" must be appointment, vip or priority, each at most once':
            '"%1"：只能是 appointment、vip 或 priority，且每项最多出现一次',
        'needs at least one outcome code': '至少需要一个结果代码',
        'needs at least one service': '至少需要一项业务',
        "must be 1-32 lowercase letters, digits, '-' or '_'": "必须由 1-32 个小写字母、数字、'-' 或 '_' 组成",
        '"%1" is used by another service': '"%1" 已被其他业务使用',
        'must be 1-3 capital letters A-Z': '必须是 1-3 个大写字母 A-Z',
        'needs at least one counter': '至少需要一个窗口',
        'counter %1 is listed twice': '%1 号窗口重复列出',
        'Counter %1': '%1 号窗口',
        'is not a service id': '不是业务 id',
        'needs at least one service with a weight': '至少需要一项带权重的业务',
        'no counter serves "%1"; its tickets could never be called': '没有窗口办理 "%1"；该业务的号码将永远无法被叫号',
        '"%1" is listed twice': '"%1" 重复列出',
        'must be "teller" or "supervisor"': '必须是 "teller" 或 "supervisor"',
        '%1 (make one with: tessera-server hash-password)': '%1（可用 tessera-server hash-password 生成）',
        'cannot read the file: %1': '无法读取文件：%1',
        'not valid JSON: %1': '不是有效的 JSON：%1',
        'the file must hold one JSON object': '文件必须包含一个 JSON 对象',
        'has no announcement phrases; one of: %1': '没有该语言的播报用语；可选语言：%1',
        'must be "recorded" or "speech"': '必须是 "recorded" 或 "speech"',
        'must be "digits" or "whole"': '必须是 "digits" 或 "whole"',
        # BranchKey
        'A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from "tessera-server key show".':
            '网点密钥是 64 位十六进制数字（0-9、a-f）；此密钥去掉空格后有 %1 个字符。请从 "tessera-server key show" 重新复制。',
        'Cannot read the branch key file %1: %2': '无法读取网点密钥文件 %1：%2',
        'Cannot write the branch key file %1: %2': '无法写入网点密钥文件 %1：%2',
        # DisplaySettings
        '%1: station.role is %2; a lobby display needs role=display': '%1：station.role 为 %2；大厅叫号显示屏需要 role=display',
        '%1: %2 must be a whole number from %3 to %4': '%1：%2 必须是 %3 到 %4 之间的整数',
        '%1: display.counters must list counter numbers, such as 1,2,3 ("%2" is not one)':
            '%1：display.counters 必须列出窗口编号，例如 1,2,3（"%2" 不是窗口编号）',
        # Journal
        'The data directory %1 does not exist.': '数据目录 %1 不存在。',
        'Cannot open the journal %1: %2': '无法打开业务日志 %1：%2',
        'Cannot use the journal %1: %2': '无法使用业务日志 %1：%2',
        'Cannot upgrade the journal %1: %2': '无法升级业务日志 %1：%2',
        'it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.':
            '它由较新版本的 Tessera 写入（数据结构版本 %1，本版本最高只支持 %2）；请安装较新版本。',
        'schema upgrade to version %1 failed: %2': '数据结构升级到版本 %1 失败：%2',
        'event %1 is missing from the journal (found %2 next)': '业务日志中缺少事件 %1（其后找到的是 %2）',
        'event %1 (%2) cannot be read': '无法读取事件 %1（%2）',
        # KioskSettings
        '%1: station.role is %2; a kiosk needs role=kiosk': '%1：station.role 为 %2；取号机需要 role=kiosk',
        '%1: kiosk.paperWidth must be 80 or 58 (mm)': '%1：kiosk.paperWidth 必须是 80 或 58（毫米）',
        '%1: kiosk.idleSeconds must be a whole number from 5 to 600': '%1：kiosk.idleSeconds 必须是 5 到 600 之间的整数',
        '%1: kiosk.ticketSeconds must be a whole number from 3 to 120': '%1：kiosk.ticketSeconds 必须是 3 到 120 之间的整数',
        # QueueEngine
        'There is no service "%1" in this branch.': '本网点没有业务 "%1"。',
        "Enter the customer's name.": '请输入客户姓名。',
        'That time has already passed: choose a later slot.': '该时间已过：请选择更晚的时段。',
        'Appointments start on %1-minute slots (such as 10:00 or 10:%2).':
            '预约只能从每 %1 分钟一个时段的起点开始（例如 10:00 或 10:%2）。',
        '%1 is closed at %2: choose a slot in its opening hours.': '%1 在 %2 不办理：请选择其营业时间内的时段。',
        'We cannot find an appointment with code %1. Check the code, or take a ticket instead.':
            '找不到签到码为 %1 的预约。请核对签到码，或改为直接取号。',
        'This appointment is already checked in. Please wait for your number to be called.':
            '此预约已签到。请等候叫号。',
        'Your appointment at %1 has passed. Please take a ticket or book a new time.':
            '您 %1 的预约已过时。请取号，或重新预约时间。',
        'Your appointment is at %1. You can check in from %2.': '您的预约时间是 %1，%2 起可以签到。',
        'There is no booked appointment with code %1.': '没有签到码为 %1、状态为“已预约”的预约。',
        'Counter %1 still has %2: finish or transfer it first.': '%1 号窗口仍有 %2：请先完成或转移。',
        'There is no counter %1 in this branch.': '本网点没有 %1 号窗口。',
        'Nobody is logged in at counter %1: log in first.': '%1 号窗口无人登录：请先登录。',
        'Counter %1 is already open.': '%1 号窗口已开放。',
        'Counter %1 is already closed.': '%1 号窗口已关闭。',
        'The name or password is not right. Check them and try again.': '用户名或密码不正确。请检查后重试。',
        '%1 is already logged in at counter %2: log out there first.': '%1 已登录 %2 号窗口：请先在该窗口退出登录。',
        '%1 is logged in at counter %2.': '%1 已登录 %2 号窗口。',
        'Ticket %1 is still in the queue for service "%2": keep the service until it is done.':
            '号码 %1 仍在业务 "%2" 的队列中：请保留该业务，直到该号码办理完毕。',
        'Ticket %1 waits for counter %2: keep the counter until it is done.':
            '号码 %1 正在等候 %2 号窗口：请保留该窗口，直到该号码办理完毕。',
        'Counter %1 is in use: log out there before removing it.': '%1 号窗口正在使用中：请先在该窗口退出登录，再将其删除。',
        'The branch has no configuration yet.': '网点尚未配置。',
        'Counter %1 is closed: open it first.': '%1 号窗口已关闭：请先开放。',
        'Counter %1 is paused: resume it first.': '%1 号窗口已暂停：请先恢复。',
        'Counter %1 has no ticket: call one first.': '%1 号窗口当前没有号码：请先叫号。',
        # '%1 is %2, so it cannot be %3.': %2 is one of the states, %3 one of the actions below
        'still waiting': '仍在等候',
        'being called': '正在叫号',
        'being served': '正在办理',
        'already finished': '已办理完成',
        'already a no-show': '已过号',
        'cancelled': '已取消',
        '%1 is %2, so it cannot be %3.': '%1 %2，因此无法%3。',
        'called': '叫号',
        'recalled': '重呼',
        'started': '开始办理',
        'No more tickets for %1 today: every number up to %2 has been issued.':
            '%1 今日已无号可取：%2 及之前的所有号码均已发出。',
        'Appointment tickets are issued by checking in with the code.': '预约号码须凭签到码签到后发放。',
        '"%1" is not a priority reason of this branch.': '"%1" 不是本网点的优先原因。',
        # '%1 is closed now; %2.': %2 is one of these
        'it has no opening hours': '该业务没有营业时间',
        'it opens at %1': '将于 %1 开始办理',
        'it opens %1': '将于 %1 开始办理',
        '%1 is closed now; %2.': '%1 现在暂停办理；%2。',
        '%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.':
            '%1 仍在 %2 号窗口叫号中：请先开始办理、重呼或标记过号。',
        'Nobody is waiting for counter %1.': '%1 号窗口没有等候的客户。',
        'There is no ticket %1 in the queue.': '队列中没有号码 %1。',
        '"%1" is not an outcome code; use one of: %2.': '"%1" 不是结果代码；请使用以下之一：%2。',
        '%1 is being served, so it cannot be a no-show: finish it instead.':
            '%1 正在办理，因此不能标记为过号：请改为完成办理。',
        '%1 is already at counter %2: choose another counter.': '%1 已在 %2 号窗口：请选择其他窗口。',
        'Choose another service or a counter to transfer %1 to.': '请选择要将 %1 转移到的其他业务或窗口。',
        'That ticket is not from today.': '该号码不是今天的号码。',
        'Feedback is a score from 1 to 5.': '评价须为 1 到 5 分。',
        # QueueHost
        'The journal %1 is damaged: %2': '业务日志 %1 已损坏：%2',
        'The server could not save this; nothing was changed. Try again. (%1)':
            '服务器无法保存此操作，未做任何更改。请重试。（%1）',
        'The server could not read its journal: %1': '服务器无法读取其业务日志：%1',
        # ReportCommand
        "There is no journal at %1. Give the server's data directory with --data.":
            '%1 处没有业务日志。请用 --data 指定服务器的数据目录。',
        'There is no "%1" translation; use en, zh_CN, zh_TW, lv or cy.':
            '没有 "%1" 的译文；请使用 en、zh_CN、zh_TW、lv 或 cy。',
        # ServerOptionsParser: the server's command-line help
        'The branch configuration (JSON).': '网点配置文件（JSON）。',
        'file': '文件',
        'directory': '目录',
        'Too many arguments: %1\n\n%2': '参数过多：%1\n\n%2',
        'Unknown command "%1".\n\n%2': '未知命令 "%1"。\n\n%2',
        'Where the journal and the branch key live.': '业务日志和网点密钥所在的目录。',
        'The branch key file (default: branch.key in the data directory).': '网点密钥文件（默认：数据目录中的 branch.key）。',
        'TCP port for stations (default %1).': '供站点连接的 TCP 端口（默认 %1）。',
        'port': '端口',
        'Address to listen on (default: all).': '监听地址（默认：全部地址）。',
        'address': '地址',
        'UDP port for announcing the server (default %1).': '用于广播服务器位置的 UDP 端口（默认 %1）。',
        'Do not announce the server; stations then need its address.': '不广播服务器位置；此时各站点需要设置服务器地址。',
        'A port is a number from 1 to 65535.\n\n%1': '端口必须是 1 到 65535 之间的数字。\n\n%1',
        '"%1" is not an IP address to listen on.': '"%1" 不是可监听的 IP 地址。',
        "Tessera branch server: owns the queue, keeps the journal and serves the branch's stations.\n\nCommands:\n  run (default)      start the server\n  check-config       validate the configuration file and exit\n  hash-password      read a password on standard input and print its hash for the config\n  key                print the branch key that every station needs (made on first use)\n  new-key            replace the branch key; stations with the old one can no longer connect\n  report             write a day's report: --date, then --pdf and/or --csv\n  forecast           write a day's staffing plan: --date (default tomorrow), --pdf and/or --csv, or neither for the table on standard output":
            'Tessera 网点服务器：管理队列、记录业务日志，并为网点的各站点提供服务。\n\n'
            '命令：\n'
            '  run（默认）        启动服务器\n'
            '  check-config       校验配置文件后退出\n'
            '  hash-password      从标准输入读取密码，输出其哈希值，供配置文件使用\n'
            '  key                输出每个站点都需要的网点密钥（首次使用时生成）\n'
            '  new-key            更换网点密钥；使用旧密钥的站点将无法再连接\n'
            '  report             生成某一天的报表：--date，再加 --pdf 和/或 --csv\n'
            '  forecast           生成某一天的排班计划：--date（默认为明天），再加 --pdf 和/或 --csv；两者都不加则将表格输出到标准输出',
        'run, check-config, hash-password, key, new-key, report or forecast':
            'run、check-config、hash-password、key、new-key、report 或 forecast',
        'report and forecast: the business day, as YYYY-MM-DD, "today", "yesterday" (the report\'s default) or "tomorrow" (the forecast\'s).':
            'report 和 forecast：营业日，格式为 YYYY-MM-DD、"today"、"yesterday"（report 的默认值）或 "tomorrow"（forecast 的默认值）。',
        'day': '日期',
        'report: write the printable report to this PDF file.': 'report：将可打印的报表写入此 PDF 文件。',
        'report: write the CSV tables into this directory.': 'report：将 CSV 表格写入此目录。',
        "report: the PDF's language (en, zh_CN, zh_TW, lv, cy; default: the branch's).":
            'report：PDF 的语言（en、zh_CN、zh_TW、lv、cy；默认：网点的语言）。',
        'code': '代码',
        '"%1" is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.':
            '"%1" 不是日期：请写成 YYYY-MM-DD（例如 %2）、today、yesterday 或 tomorrow。',
        'Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.':
            '请指定报表的输出位置：--pdf 文件、--csv 目录，或两者都指定。',
        # ServerRunner, ServerSecrets, ReportCsv
        'Cannot read the configuration %1: %2': '无法读取配置 %1：%2',
        'Cannot create the data directory %1.': '无法创建数据目录 %1。',
        'The data directory %1 is not writable by this user.': '当前用户无法写入数据目录 %1。',
        'Cannot write %1: %2': '无法写入 %1：%2',
        # StationPermissions
        'A display only shows the queue; it cannot change it.': '叫号显示屏只能显示队列，不能更改队列。',
        'A kiosk can only issue tickets, check in appointments and take feedback.':
            '取号机只能取号、办理预约签到和收集评价。',
        'Log in with your name and password first.': '请先用用户名和密码登录。',
        'Only a supervisor can do that. Ask a supervisor to log in.': '只有主管才能执行此操作。请主管登录。',
        '%1 is logged in on this station; %2 cannot log in at a counter from here.':
            '%1 已在此站点登录；%2 不能在这里登录窗口。',
        'Log in at your counter first.': '请先登录您的窗口。',
        'You are at counter %1; you cannot act for counter %2.': '您在 %1 号窗口；不能代 %2 号窗口操作。',
        # StationSettingsFile (the last three follow "<file>: station.<key>: ")
        '"%1" is not a server address; write it as host:port, e.g. 192.168.1.10:47010.':
            '"%1" 不是服务器地址；请写成 host:port，例如 192.168.1.10:47010。',
        'Cannot read the station settings %1.': '无法读取站点设置 %1。',
        '%1 is not a valid settings file (INI format).': '%1 不是有效的设置文件（INI 格式）。',
        'must be kiosk, teller, display, supervisor or tool': '必须是 kiosk、teller、display、supervisor 或 tool',
        'is missing; give each station a unique id': '缺失；请为每个站点指定唯一的 id',
        "is missing; it is the branchId of the server's configuration": '缺失；应填写服务器配置中的 branchId',
        # TellerSettings
        '%1: station.role is %2; a teller workstation needs role=teller or role=supervisor':
            '%1：station.role 为 %2；柜员工作站需要 role=teller 或 role=supervisor',
        '%1: teller.chooseCounter must be true or false': '%1：teller.chooseCounter 必须是 true 或 false',
        '%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true':
            '%1：请设置 station.counter（本机所在的窗口），或设置 teller.chooseCounter=true',
        '%1: teller.language must be one of %2': '%1：teller.language 必须是 %2 之一',
        # TicketPrinter
        'there is no default printer': '没有默认打印机',
        'there is no printer "%1"': '没有名为 "%1" 的打印机',
        'printer "%1" is stopped or failing': '打印机 "%1" 已停止或出现故障',
        'printer "%1" did not accept the ticket': '打印机 "%1" 未接受号票打印任务',
        'printer "%1" failed while printing': '打印机 "%1" 在打印时出错',
        # main (tessera-server and tessera-tool)
        'Type the password on standard input.': '请在标准输入中键入密码。',
        "Branch key in %1 (fingerprint %2). Enter it in each station's settings; keep it secret.":
            '网点密钥位于 %1（指纹 %2）。请将其填入每个站点的设置，并妥善保密。',
        'A station on the command line, for checks, scripts and tests.\n\nCommands:\n  status   connect, print the queue\'s state as JSON, exit (1 if the server is not reached)\n  watch    print every event as JSON lines until stopped\n  script   read requests from standard input (see ToolScript.h; e.g. \'IssueTicket {"service":"cash"}\')':
            '命令行站点，用于检查、脚本和测试。\n\n'
            '命令：\n'
            '  status   连接服务器，以 JSON 输出队列状态后退出（无法连接服务器时退出码为 1）\n'
            '  watch    以 JSON 行输出每个事件，直到被停止\n'
            '  script   从标准输入读取请求（参见 ToolScript.h；例如 \'IssueTicket {"service":"cash"}\'）',
        # tessera-kiosk
        'This kiosk is not set up': '本取号机尚未设置',
        '%1\n\nFix the settings and restart the kiosk.': '%1\n\n请修正设置后重新启动取号机。',
        # tessera::BranchClient
        'Not started.': '尚未启动。',
        'Looking for the server of branch %1 on the network...': '正在网络上查找网点 %1 的服务器…',
        'Connecting to the server at %1...': '正在连接 %1 上的服务器…',
        'Cannot reach the server at %1: %2': '无法连接 %1 上的服务器：%2',
        'it closed the connection': '服务器关闭了连接',
        'no answer': '无应答',
        'The connection to the server was lost; log in again.': '与服务器的连接已断开；请重新登录。',
        'Lost the server at %1 (%2). Reconnecting...': '与 %1 上的服务器失去连接（%2）。正在重新连接…',
        'Connected to %1 at %2.': '已连接到 %1（%2）。',
        'Connected to %1; receiving the queue...': '已连接到 %1；正在接收队列…',
        'snapshot part %1 arrived out of order': '快照第 %1 部分的到达顺序有误',
        'the snapshot could not be read': '无法读取快照',
        'events arrived before the whole snapshot': '在快照完整之前收到了事件',
        'event %1 arrived after %2': '事件 %1 在事件 %2 之后到达',
        'event %1 (%2) could not be read': '无法读取事件 %1（%2）',
        'Not connected to the server, so nothing was done. %1': '未连接到服务器，因此未执行任何操作。%1',
        'Not connected to the server. %1': '未连接到服务器。%1',
        'The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.':
            '服务器未及时确认此操作。重试前请先检查队列：该操作可能已执行，也可能未执行。',
        'The connection to the server was lost before the report came. Try again.':
            '收到报表前与服务器的连接已断开。请重试。',
        'The connection to the server was lost before the plan came. Try again.':
            '收到排班计划前与服务器的连接已断开。请重试。',
        'The server did not send the plan in time. Try again.': '服务器未能及时发送排班计划，请重试。',
        # tessera::BranchServer
        'Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.':
            '无法在 %1 的端口 %2 上监听：%3。是否有另一个 tessera-server 正在运行？请用 --port 选择其他端口。',
        "This OpenSSL cannot serve TLS 1.2 with the stations' PSK cipher suites (%1): %2. Install Debian 12's libssl3.":
            '此 OpenSSL 无法以工作站使用的 PSK 密码套件（%1）提供 TLS 1.2：%2。请安装 Debian 12 的 libssl3。',
        'No Hello within %1 ms.': '%1 毫秒内未收到 Hello。',
        'The first message must be Hello, not %1.': '第一条消息必须是 Hello，而不是 %1。',
        'A station does not send %1 messages.': '站点不能发送 %1 消息。',
        'Hello was already said.': '已经发送过 Hello。',
        'This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.':
            '此服务器支持协议版本 %1 至 %2；该站点需要 %3 至 %4。请更新较旧的一方。',
        'Hello has no stationId.': 'Hello 中没有 stationId。',
        'This server is branch %1; the station is set up for branch %2.': '此服务器属于网点 %1；该站点设置的是网点 %2。',
        'The answer to %1 does not fit a frame.': '对 %1 的回复超出了一帧的大小。',
        'Your login has expired. Log in again with your password.': '您的登录已过期。请用密码重新登录。',
        'Unknown name or wrong password.': '用户名不存在或密码错误。',
        'Too many failed logins on this connection.': '此连接上登录失败次数过多。',
        'A command needs an id.': '命令必须带有 id。',
        'The station fell too far behind (%1 bytes unsent); reconnect to catch up.':
            '该站点落后太多（%1 字节未发送）；请重新连接以同步。',
        'The server is shutting down.': '服务器正在关闭。',
        'Only a supervisor may see the daily report: log in as a supervisor.': '只有主管可以查看日报表：请以主管身份登录。',
        'The report needs a day.': '报表需要指定日期。',
        'Only a supervisor may see the staffing plan: log in as a supervisor.': '只有主管可以查看排班计划：请以主管身份登录。',
        # also tessera::PlanSource
        'The plan needs a day.': '排班计划需要指定日期。',
        'less than a minute': '不到 1 分钟',
        'up to %1 min': '最多 %1 分钟',
        '%1–%2 min': '%1–%2 分钟',
        'There is not enough history to forecast %1: the journal has no earlier day with customers.': '历史数据不足，无法预测 %1：业务日志中没有更早的有客户的日子。',
        # tessera::DiscoveryListener
        "Cannot listen for the server's announcements on UDP port %1: %2": '无法在 UDP 端口 %1 上监听服务器广播：%2',
        # tessera::MessageCodec
        'The message has no "msg" type name.': '消息中没有 "msg" 类型名。',
        'Unknown message type "%1".': '未知的消息类型 "%1"。',
        'The %1 message has a wrong value in "%2".': '%1 消息中 "%2" 的值有误。',
        'Unknown command "%1".': '未知命令 "%1"。',
        'The %1 command has a wrong value in "%2".': '%1 命令中 "%2" 的值有误。',
        # tessera::ReportCsv ('Cannot write %1: %2' is above)
        'Cannot create the directory %1 for the CSV files.': '无法创建用于存放 CSV 文件的目录 %1。',
        # tessera::PlanCsv
        'Cannot create the directory %1 for the CSV file.': '无法创建用于存放 CSV 文件的目录 %1。',
        # tessera::ReportSource
        'The journal %1 is empty: the branch has not run yet.': '业务日志 %1 为空：网点尚未运行过。',
        'The journal starts on %1; there are no figures for %2.': '业务日志从 %1 开始；没有 %2 的数据。',
        'The business day %1 has not begun yet.': '营业日 %1 尚未开始。',
        'The journal %1 cannot be read: %2': '无法读取业务日志 %1：%2',
        'The journal %1 holds no branch configuration.': '业务日志 %1 中没有网点配置。',
        # tessera::display::Announcer ('Sound:' must stay the start of the three sound messages)
        'Sound: a part of the announcement did not finish playing; check the speakers.':
            '声音：播报的一部分未能播放完毕；请检查扬声器。',
        'Voice pack %1 has no recording for: %2': '语音包 %1 缺少以下内容的录音：%2',
        'Sound: there is no audio output; calls are shown but not announced.': '声音：没有音频输出设备；叫号会显示，但不会播报。',
        'Sound: the audio output could not be opened (error %1).': '声音：无法打开音频输出（错误 %1）。',
        'Sound:': '声音：',
        'Speech: the "%1" synthesizer failed: %2': '语音合成：合成器 "%1" 出错：%2',
        'Speech: the "%1" synthesizer is not working: %2': '语音合成：合成器 "%1" 无法工作：%2',
        # first-run setup (StationSetup)
        'kiosk': '取号机',
        "teller's workstation": '柜员工作站',
        'lobby display': '大厅叫号显示屏',
        'tool': '工具',
        'Check and save': '检查并保存',
        'Set up this %1': '设置本%1',
        'This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.':
            '本机尚未设置。请输入网点密钥（在服务器电脑上用 tessera-server key 查看）以及本%1所需的设置。'
            '保存前，Tessera 会向网点服务器核对所有信息。',
        '64 hexadecimal digits, spaces allowed': '64 位十六进制数字，可含空格',
        'only where the LAN blocks discovery, e.g. 192.168.1.10:47010': '仅在局域网阻止自动发现时填写，例如 192.168.1.10:47010',
        'Branch key:': '网点密钥：',
        'Servers found:': '找到的服务器：',
        'Server address:': '服务器地址：',
        'Station name:': '站点名称：',
        'Language:': '语言：',
        'No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.':
            '本网点没有服务器响应此密钥。请检查密钥以及服务器是否正在运行；如果局域网阻止自动发现，请输入服务器地址。',
        'The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)':
            '服务器未在 %1 秒内接受此站点：请检查密钥（在服务器上用 tessera-server key 查看）和地址。（%2）',
        'Enter the branch key: the servers of the branch then show here by themselves.':
            '请输入网点密钥：随后本网点的服务器会自动显示在这里。',
        "Cannot listen for servers on the LAN (%1); type the server's address.":
            '无法在局域网上监听服务器（%1）；请输入服务器地址。',
        "Looking for the branch's servers…": '正在查找本网点的服务器…',
        '%1 (%2) at %3:%4': '%1（%2），地址 %3:%4',
        "Found the branch's server. Fill in the rest and press Check and save.":
            '已找到本网点的服务器。请填写其余各项，然后点击“检查并保存”。',
        'The branch key is not right: %1': '网点密钥不正确：%1',
        'Server address: %1': '服务器地址：%1',
        'Connecting to the branch server…': '正在连接网点服务器…',
        'The server refused this station: %1': '服务器拒绝了此站点：%1',
        'Cannot create the folder for %1.': '无法创建存放 %1 的文件夹。',
        'all; or a zone such as 1, 2, 3': '全部；或某一区域的窗口，例如 1, 2, 3',
        'all; or service ids such as cash, loans': '全部；或业务 id，例如 cash, loans',
        'Counters shown:': '显示的窗口：',
        'Services shown:': '显示的业务：',
        'The branch has no counter "%1".': '本网点没有窗口 "%1"。',
        'The branch has no service "%1".': '本网点没有业务 "%1"。',
        'No printer: the number on screen only': '不用打印机：仅在屏幕上显示号码',
        'Ticket printer:': '号票打印机：',
        'The teller chooses the counter when logging in': '柜员登录时选择窗口',
        "The supervisor's PC (branch overview and daily report)": '主管电脑（网点概览和日报表）',
        'Counter:': '窗口：',
        'The branch has no counter %1; its counters are %2.': '本网点没有 %1 号窗口；现有窗口为 %2。',
        "Cannot open the journal %1: Qt's %2 database driver is not installed (on Debian: the package libqt6sql6-%3).": '无法打开日志 %1：未安装 Qt 的 %2 数据库驱动（Debian 上的软件包为 libqt6sql6-%3）。',
        'another tessera-server is writing it. Stop that one first, or give this server a journal of its own.': '另一个 tessera-server 正在写入它。请先停止那个服务器，或为本服务器指定单独的日志。',
        'No journal was given: give a file path or a postgresql:// URL.': '未指定日志：请给出文件路径或 postgresql:// 网址。',
        'The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.': '日志网址无效：请写成 postgresql://用户@主机:端口/数据库，密码中的空格、@、: 或 / 须用百分号编码。',
        '"%1" in the journal URL is not a PostgreSQL connection setting.': '日志网址中的“%1”不是 PostgreSQL 连接设置。',
        'The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.': '日志网址 %1 没有指明数据库：请以 /数据库 结尾，例如 postgresql://tessera@localhost/tessera_journal。',
        'The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).': '日志：SQLite 文件，或写成 postgresql://用户@主机/数据库 的 PostgreSQL 数据库（默认：数据目录中的 journal.sqlite）。',
        'file or URL': '文件或网址',
        'Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).': '把每个日志事件转发到总部数据库，写成 postgresql://角色@主机/数据库?sslmode=verify-full（见 docs/HEADOFFICE.md）。',
        'URL': '网址',
        'The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.': '总部是一个 PostgreSQL 数据库：请写成 postgresql://角色@主机/数据库?sslmode=verify-full。',
        "The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office's CA certificate if it is not in ~/.postgresql/root.crt).": '到总部的连接经过广域网：网址必须包含 sslmode=verify-full（若总部的 CA 证书不在 ~/.postgresql/root.crt 中，用 sslrootcert= 指明）。',
        'This OpenSSL cannot serve TLS 1.2 or later: %1.': '此 OpenSSL 无法提供 TLS 1.2 或更高版本：%1。',
        'Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.': '无法将 %1 用作网页证书：%2。请提供 PEM 文件，证书在前，中间证书在后。',
        "Cannot use %1 as the web certificate's private key: %2. Give an unencrypted PEM key readable by the server.": '无法将 %1 用作网页证书的私钥：%2。请提供服务器可读取的未加密 PEM 私钥。',
        'The private key %1 does not belong to the certificate %2.': '私钥 %1 与证书 %2 不匹配。',
        'This service does not take tickets on the web. Take one at the kiosk in the branch.': '此业务不能在网上取号。请在网点的取号机取号。',
        'This service cannot be booked on the web. Call the branch to book it.': '此业务不能在网上预约。请致电网点预约。',
        "A customer's web page cannot do that.": '客户的网页不能执行此操作。',
        "The web role is the server's own web front; a station says kiosk, teller, display, supervisor or tool.": 'web 角色属于服务器自己的网页前端；工作站应为 kiosk、teller、display、supervisor 或 tool。',
        'Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.': '无法在 %1 端口 %2 上提供网页：%3。请用 --web-port 选择其他端口。',
        'Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.': '无法在 %1 端口 %2 上监听普通 HTTP：%3。请用 --web-http-port 选择其他端口。',
        "Cannot watch the stations' connections: the server is out of file descriptors.": '无法监视工作站的连接：服务器的文件描述符已用尽。',
        "Cannot watch the web pages' connections: the server is out of file descriptors.": '无法监视网页的连接：服务器的文件描述符已用尽。',
        'This program makes reports and forecasts for tessera-server; run tessera-server.': '本程序为 tessera-server 制作报表和预测；请运行 tessera-server。',
        'tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.': '制作报表和预测的 tessera-server-documents 不在 %1 或 %2 中。请重新安装 tessera-server 软件包。',
        'Cannot run %1: %2': '无法运行 %1：%2',
        'must be the https:// address phones reach the server at, such as https://queue.example.com': '必须是手机访问服务器所用的 https:// 地址，例如 https://queue.example.com',
        '%1 at %2 is fully booked: choose another time.': '%1 在 %2 已约满：请选择其他时间。',
        'This phone number already has %n appointment(s) on that day. Cancel one to book another.': '此电话号码当天已有 %n 个预约。请取消一个后再预约。',
        "Serve the customers' web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.": '使用此证书通过 HTTPS 提供客户网页（PEM，其后为中间证书；见 docs/WEB.md）。没有证书就没有网页。',
        "The web certificate's private key (PEM, unencrypted).": '网页证书的私钥（PEM，未加密）。',
        'HTTPS port of the web pages (default %1).': '网页的 HTTPS 端口（默认 %1）。',
        'Plain HTTP port that only redirects to HTTPS (default %1; 0: none).': '仅重定向到 HTTPS 的普通 HTTP 端口（默认 %1；0 表示不用）。',
        'Give the web certificate and its key together: --web-certificate FILE --web-key FILE.': '请同时提供网页证书和私钥：--web-certificate 文件 --web-key 文件。',
        'A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).\n\n%1': '网页端口是 1 到 65535 之间的数字（0 关闭普通 HTTP 端口）。\n\n%1',
        "Give the booking's phone number.": '请提供预约时使用的电话号码。',
        'A comment is at most 500 characters.': '留言最多 500 个字符。',
        'Feedback is given after the visit.': '反馈需在服务结束后提交。',
        'Feedback for this visit was already given.': '本次服务的反馈已提交过。',
        'This ticket is no longer waiting: it has been called.': '此号码已不在等候：已被叫号。',
    },
    'zh_TW': {
        'Cannot write %1: check that this user may write there.': '無法寫入 %1：請檢查此使用者是否有權寫入該位置。',
        'There is no journal at %1.': '%1 沒有業務日誌。',
        'The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.': '業務日誌 %1 的結構版本為 %2，而此版 Tessera 讀取的是版本 %3：請先啟動一次 tessera-server（它會升級業務日誌），然後重試。',
        'the journal was opened for reading only': '業務日誌以唯讀方式開啟',
        'no "%1" translation; the PDF\'s words are in English.': '沒有「%1」的翻譯；PDF 中的文字將使用英文。',
        'The server did not send the report in time. Try again.': '伺服器未能及時傳送報表，請重試。',
        'The station does not take the answer it asked for.': '該站點未接收它所請求的回覆。',
        'The journal has nothing for %1: the server was not running that day.': '業務日誌中沒有 %1 的記錄：伺服器當天未執行。',
        # BranchConfigLoader: appended to a key path such as "services[2].prefix: "
        'unknown key; expected one of: %1': '未知的鍵；應為下列之一：%1',
        'is required': '為必填項目',
        'must be a non-empty text': '必須是非空白文字',
        'must be a whole number from %1 to %2': '必須是 %1 到 %2 之間的整數',
        'must be true or false': '必須是 true 或 false',
        'must be an object': '必須是 JSON 物件',
        'must be a list': '必須是清單',
        'needs a text in at least one language': '至少需要一種語言的文字',
        'is not a weekday or range such as "mon" or "mon-fri"': '不是星期或星期範圍，例如 "mon" 或 "mon-fri"',
        '"%1" is not a time span such as "09:00-17:30"': '"%1" 不是時段，時段的格式如 "09:00-17:30"',
        'must be lowercase letters, digits and dashes': '只能由小寫字母、數字和連字號組成',
        '"%1" is not a known time zone such as "Europe/Riga"': '"%1" 不是已知的時區，時區的格式如 "Europe/Riga"',
        'needs at least one language': '至少需要一種語言',
        'must be one of the languages': '必須是 languages 中所列的語言之一',
        'must be a time such as "03:00"': '必須是時間，例如 "03:00"',
        'must be "cancel" or "carryOver"': '必須是 "cancel" 或 "carryOver"',
        '"%1" must be appointment, vip or priority, each at most once':
            '"%1"：只能是 appointment、vip 或 priority，且每項最多出現一次',
        'needs at least one outcome code': '至少需要一個結果代碼',
        'needs at least one service': '至少需要一項業務',
        "must be 1-32 lowercase letters, digits, '-' or '_'": "必須由 1-32 個小寫字母、數字、'-' 或 '_' 組成",
        '"%1" is used by another service': '"%1" 已被其他業務使用',
        'must be 1-3 capital letters A-Z': '必須是 1-3 個大寫字母 A-Z',
        'needs at least one counter': '至少需要一個櫃檯',
        'counter %1 is listed twice': '%1 號櫃檯重複列出',
        'Counter %1': '%1 號櫃檯',
        'is not a service id': '不是業務 id',
        'needs at least one service with a weight': '至少需要一項設有權重的業務',
        'no counter serves "%1"; its tickets could never be called': '沒有櫃檯辦理 "%1"；該業務的號碼將永遠無法被叫號',
        '"%1" is listed twice': '"%1" 重複列出',
        'must be "teller" or "supervisor"': '必須是 "teller" 或 "supervisor"',
        '%1 (make one with: tessera-server hash-password)': '%1（可用 tessera-server hash-password 產生）',
        'cannot read the file: %1': '無法讀取檔案：%1',
        'not valid JSON: %1': '不是有效的 JSON：%1',
        'the file must hold one JSON object': '檔案必須包含一個 JSON 物件',
        'has no announcement phrases; one of: %1': '沒有該語言的廣播用語；可選語言：%1',
        'must be "recorded" or "speech"': '必須是 "recorded" 或 "speech"',
        'must be "digits" or "whole"': '必須是 "digits" 或 "whole"',
        # BranchKey
        'A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from "tessera-server key show".':
            '分行金鑰是 64 位十六進位數字（0-9、a-f）；此金鑰去除空格後有 %1 個字元。請從 "tessera-server key show" 重新複製。',
        'Cannot read the branch key file %1: %2': '無法讀取分行金鑰檔案 %1：%2',
        'Cannot write the branch key file %1: %2': '無法寫入分行金鑰檔案 %1：%2',
        # DisplaySettings
        '%1: station.role is %2; a lobby display needs role=display': '%1：station.role 為 %2；大廳叫號顯示螢幕需要 role=display',
        '%1: %2 must be a whole number from %3 to %4': '%1：%2 必須是 %3 到 %4 之間的整數',
        '%1: display.counters must list counter numbers, such as 1,2,3 ("%2" is not one)':
            '%1：display.counters 必須列出櫃檯編號，例如 1,2,3（"%2" 不是櫃檯編號）',
        # Journal
        'The data directory %1 does not exist.': '資料目錄 %1 不存在。',
        'Cannot open the journal %1: %2': '無法開啟業務日誌 %1：%2',
        'Cannot use the journal %1: %2': '無法使用業務日誌 %1：%2',
        'Cannot upgrade the journal %1: %2': '無法升級業務日誌 %1：%2',
        'it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.':
            '它由較新版本的 Tessera 寫入（資料結構版本 %1，此版本最高只支援 %2）；請安裝較新版本。',
        'schema upgrade to version %1 failed: %2': '資料結構升級至版本 %1 失敗：%2',
        'event %1 is missing from the journal (found %2 next)': '業務日誌中缺少事件 %1（其後找到的是 %2）',
        'event %1 (%2) cannot be read': '無法讀取事件 %1（%2）',
        # KioskSettings
        '%1: station.role is %2; a kiosk needs role=kiosk': '%1：station.role 為 %2；取號機需要 role=kiosk',
        '%1: kiosk.paperWidth must be 80 or 58 (mm)': '%1：kiosk.paperWidth 必須是 80 或 58（公釐）',
        '%1: kiosk.idleSeconds must be a whole number from 5 to 600': '%1：kiosk.idleSeconds 必須是 5 到 600 之間的整數',
        '%1: kiosk.ticketSeconds must be a whole number from 3 to 120': '%1：kiosk.ticketSeconds 必須是 3 到 120 之間的整數',
        # QueueEngine
        'There is no service "%1" in this branch.': '本分行沒有業務 "%1"。',
        "Enter the customer's name.": '請輸入客戶姓名。',
        'That time has already passed: choose a later slot.': '該時間已過：請選擇較晚的時段。',
        'Appointments start on %1-minute slots (such as 10:00 or 10:%2).':
            '預約只能從每 %1 分鐘一個時段的起點開始（例如 10:00 或 10:%2）。',
        '%1 is closed at %2: choose a slot in its opening hours.': '%1 在 %2 不辦理：請選擇其營業時間內的時段。',
        'We cannot find an appointment with code %1. Check the code, or take a ticket instead.':
            '找不到報到碼為 %1 的預約。請核對報到碼，或改為直接取號。',
        'This appointment is already checked in. Please wait for your number to be called.':
            '此預約已報到。請等候叫號。',
        'Your appointment at %1 has passed. Please take a ticket or book a new time.':
            '您 %1 的預約已過時。請取號，或重新預約時間。',
        'Your appointment is at %1. You can check in from %2.': '您的預約時間是 %1，%2 起可以報到。',
        'There is no booked appointment with code %1.': '沒有報到碼為 %1、狀態為「已預約」的預約。',
        'Counter %1 still has %2: finish or transfer it first.': '%1 號櫃檯仍有 %2：請先完成或轉移。',
        'There is no counter %1 in this branch.': '本分行沒有 %1 號櫃檯。',
        'Nobody is logged in at counter %1: log in first.': '%1 號櫃檯無人登入：請先登入。',
        'Counter %1 is already open.': '%1 號櫃檯已開放。',
        'Counter %1 is already closed.': '%1 號櫃檯已關閉。',
        'The name or password is not right. Check them and try again.': '使用者名稱或密碼不正確。請檢查後重試。',
        '%1 is already logged in at counter %2: log out there first.': '%1 已登入 %2 號櫃檯：請先在該櫃檯登出。',
        '%1 is logged in at counter %2.': '%1 已登入 %2 號櫃檯。',
        'Ticket %1 is still in the queue for service "%2": keep the service until it is done.':
            '號碼 %1 仍在業務 "%2" 的佇列中：請保留該業務，直到該號碼辦理完畢。',
        'Ticket %1 waits for counter %2: keep the counter until it is done.':
            '號碼 %1 正在等候 %2 號櫃檯：請保留該櫃檯，直到該號碼辦理完畢。',
        'Counter %1 is in use: log out there before removing it.': '%1 號櫃檯正在使用中：請先在該櫃檯登出，再將其刪除。',
        'The branch has no configuration yet.': '分行尚未設定。',
        'Counter %1 is closed: open it first.': '%1 號櫃檯已關閉：請先開放。',
        'Counter %1 is paused: resume it first.': '%1 號櫃檯已暫停：請先恢復。',
        'Counter %1 has no ticket: call one first.': '%1 號櫃檯目前沒有號碼：請先叫號。',
        # '%1 is %2, so it cannot be %3.': %2 is one of the states, %3 one of the actions below
        'still waiting': '仍在等候',
        'being called': '正在叫號',
        'being served': '正在辦理',
        'already finished': '已辦理完成',
        'already a no-show': '已過號',
        'cancelled': '已取消',
        '%1 is %2, so it cannot be %3.': '%1 %2，因此無法%3。',
        'called': '叫號',
        'recalled': '重呼',
        'started': '開始辦理',
        'No more tickets for %1 today: every number up to %2 has been issued.':
            '%1 今日已無號碼可取：%2 及之前的所有號碼均已發出。',
        'Appointment tickets are issued by checking in with the code.': '預約號碼須憑報到碼報到後發放。',
        '"%1" is not a priority reason of this branch.': '"%1" 不是本分行的優先原因。',
        # '%1 is closed now; %2.': %2 is one of these
        'it has no opening hours': '該業務沒有營業時間',
        'it opens at %1': '將於 %1 開始辦理',
        'it opens %1': '將於 %1 開始辦理',
        '%1 is closed now; %2.': '%1 現在暫停辦理；%2。',
        '%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.':
            '%1 仍在 %2 號櫃檯叫號中：請先開始辦理、重呼或標記過號。',
        'Nobody is waiting for counter %1.': '%1 號櫃檯沒有等候的客戶。',
        'There is no ticket %1 in the queue.': '佇列中沒有號碼 %1。',
        '"%1" is not an outcome code; use one of: %2.': '"%1" 不是結果代碼；請使用下列之一：%2。',
        '%1 is being served, so it cannot be a no-show: finish it instead.':
            '%1 正在辦理，因此不能標記為過號：請改為完成辦理。',
        '%1 is already at counter %2: choose another counter.': '%1 已在 %2 號櫃檯：請選擇其他櫃檯。',
        'Choose another service or a counter to transfer %1 to.': '請選擇要將 %1 轉移到的其他業務或櫃檯。',
        'That ticket is not from today.': '該號碼不是今天的號碼。',
        'Feedback is a score from 1 to 5.': '評價須為 1 到 5 分。',
        # QueueHost
        'The journal %1 is damaged: %2': '業務日誌 %1 已損毀：%2',
        'The server could not save this; nothing was changed. Try again. (%1)':
            '伺服器無法儲存此操作，未做任何變更。請重試。（%1）',
        'The server could not read its journal: %1': '伺服器無法讀取其業務日誌：%1',
        # ReportCommand
        "There is no journal at %1. Give the server's data directory with --data.":
            '%1 沒有業務日誌。請用 --data 指定伺服器的資料目錄。',
        'There is no "%1" translation; use en, zh_CN, zh_TW, lv or cy.':
            '沒有 "%1" 的翻譯；請使用 en、zh_CN、zh_TW、lv 或 cy。',
        # ServerOptionsParser: the server's command-line help
        'The branch configuration (JSON).': '分行設定檔（JSON）。',
        'file': '檔案',
        'directory': '目錄',
        'Too many arguments: %1\n\n%2': '引數過多：%1\n\n%2',
        'Unknown command "%1".\n\n%2': '未知的命令 "%1"。\n\n%2',
        'Where the journal and the branch key live.': '業務日誌和分行金鑰所在的目錄。',
        'The branch key file (default: branch.key in the data directory).': '分行金鑰檔案（預設：資料目錄中的 branch.key）。',
        'TCP port for stations (default %1).': '供站點連線的 TCP 連接埠（預設 %1）。',
        'port': '連接埠',
        'Address to listen on (default: all).': '監聽位址（預設：全部位址）。',
        'address': '位址',
        'UDP port for announcing the server (default %1).': '用於廣播伺服器位置的 UDP 連接埠（預設 %1）。',
        'Do not announce the server; stations then need its address.': '不廣播伺服器位置；此時各站點需要設定伺服器位址。',
        'A port is a number from 1 to 65535.\n\n%1': '連接埠必須是 1 到 65535 之間的數字。\n\n%1',
        '"%1" is not an IP address to listen on.': '"%1" 不是可監聽的 IP 位址。',
        "Tessera branch server: owns the queue, keeps the journal and serves the branch's stations.\n\nCommands:\n  run (default)      start the server\n  check-config       validate the configuration file and exit\n  hash-password      read a password on standard input and print its hash for the config\n  key                print the branch key that every station needs (made on first use)\n  new-key            replace the branch key; stations with the old one can no longer connect\n  report             write a day's report: --date, then --pdf and/or --csv\n  forecast           write a day's staffing plan: --date (default tomorrow), --pdf and/or --csv, or neither for the table on standard output":
            'Tessera 分行伺服器：管理佇列、記錄業務日誌，並為分行的各站點提供服務。\n\n'
            '命令：\n'
            '  run（預設）        啟動伺服器\n'
            '  check-config       驗證設定檔後結束\n'
            '  hash-password      從標準輸入讀取密碼，輸出其雜湊值，供設定檔使用\n'
            '  key                輸出每個站點都需要的分行金鑰（首次使用時產生）\n'
            '  new-key            更換分行金鑰；使用舊金鑰的站點將無法再連線\n'
            '  report             產生某一天的報表：--date，再加上 --pdf 和/或 --csv\n'
            '  forecast           產生某一天的排班計畫：--date（預設為明天），再加上 --pdf 和/或 --csv；兩者皆未指定時，將表格輸出至標準輸出',
        'run, check-config, hash-password, key, new-key, report or forecast':
            'run、check-config、hash-password、key、new-key、report 或 forecast',
        'report and forecast: the business day, as YYYY-MM-DD, "today", "yesterday" (the report\'s default) or "tomorrow" (the forecast\'s).':
            'report 和 forecast：營業日，格式為 YYYY-MM-DD、"today"、"yesterday"（report 的預設值）或 "tomorrow"（forecast 的預設值）。',
        'day': '日期',
        'report: write the printable report to this PDF file.': 'report：將可列印的報表寫入此 PDF 檔案。',
        'report: write the CSV tables into this directory.': 'report：將 CSV 表格寫入此目錄。',
        "report: the PDF's language (en, zh_CN, zh_TW, lv, cy; default: the branch's).":
            'report：PDF 的語言（en、zh_CN、zh_TW、lv、cy；預設：分行的語言）。',
        'code': '代碼',
        '"%1" is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.':
            '"%1" 不是日期：請寫成 YYYY-MM-DD（例如 %2）、today、yesterday 或 tomorrow。',
        'Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.':
            '請指定報表的輸出位置：--pdf 檔案、--csv 目錄，或兩者都指定。',
        # ServerRunner, ServerSecrets, ReportCsv
        'Cannot read the configuration %1: %2': '無法讀取設定 %1：%2',
        'Cannot create the data directory %1.': '無法建立資料目錄 %1。',
        'The data directory %1 is not writable by this user.': '目前的使用者無法寫入資料目錄 %1。',
        'Cannot write %1: %2': '無法寫入 %1：%2',
        # StationPermissions
        'A display only shows the queue; it cannot change it.': '叫號顯示螢幕只能顯示佇列，不能變更佇列。',
        'A kiosk can only issue tickets, check in appointments and take feedback.':
            '取號機只能取號、辦理預約報到和收集評價。',
        'Log in with your name and password first.': '請先用使用者名稱和密碼登入。',
        'Only a supervisor can do that. Ask a supervisor to log in.': '只有主管才能執行此操作。請主管登入。',
        '%1 is logged in on this station; %2 cannot log in at a counter from here.':
            '%1 已在此站點登入；%2 不能在這裡登入櫃檯。',
        'Log in at your counter first.': '請先登入您的櫃檯。',
        'You are at counter %1; you cannot act for counter %2.': '您在 %1 號櫃檯；不能代 %2 號櫃檯操作。',
        # StationSettingsFile (the last three follow "<file>: station.<key>: ")
        '"%1" is not a server address; write it as host:port, e.g. 192.168.1.10:47010.':
            '"%1" 不是伺服器位址；請寫成 host:port，例如 192.168.1.10:47010。',
        'Cannot read the station settings %1.': '無法讀取站點設定 %1。',
        '%1 is not a valid settings file (INI format).': '%1 不是有效的設定檔（INI 格式）。',
        'must be kiosk, teller, display, supervisor or tool': '必須是 kiosk、teller、display、supervisor 或 tool',
        'is missing; give each station a unique id': '缺少此項；請為每個站點指定唯一的 id',
        "is missing; it is the branchId of the server's configuration": '缺少此項；應填寫伺服器設定中的 branchId',
        # TellerSettings
        '%1: station.role is %2; a teller workstation needs role=teller or role=supervisor':
            '%1：station.role 為 %2；櫃員工作站需要 role=teller 或 role=supervisor',
        '%1: teller.chooseCounter must be true or false': '%1：teller.chooseCounter 必須是 true 或 false',
        '%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true':
            '%1：請設定 station.counter（本機所在的櫃檯），或設定 teller.chooseCounter=true',
        '%1: teller.language must be one of %2': '%1：teller.language 必須是 %2 之一',
        # TicketPrinter
        'there is no default printer': '沒有預設印表機',
        'there is no printer "%1"': '沒有名為 "%1" 的印表機',
        'printer "%1" is stopped or failing': '印表機 "%1" 已停止或發生故障',
        'printer "%1" did not accept the ticket': '印表機 "%1" 未接受號碼牌列印工作',
        'printer "%1" failed while printing': '印表機 "%1" 在列印時發生錯誤',
        # main (tessera-server and tessera-tool)
        'Type the password on standard input.': '請在標準輸入中鍵入密碼。',
        "Branch key in %1 (fingerprint %2). Enter it in each station's settings; keep it secret.":
            '分行金鑰位於 %1（指紋 %2）。請將其填入每個站點的設定，並妥善保密。',
        'A station on the command line, for checks, scripts and tests.\n\nCommands:\n  status   connect, print the queue\'s state as JSON, exit (1 if the server is not reached)\n  watch    print every event as JSON lines until stopped\n  script   read requests from standard input (see ToolScript.h; e.g. \'IssueTicket {"service":"cash"}\')':
            '命令列站點，用於檢查、指令碼和測試。\n\n'
            '命令：\n'
            '  status   連線至伺服器，以 JSON 輸出佇列狀態後結束（無法連線至伺服器時結束代碼為 1）\n'
            '  watch    以 JSON 行輸出每個事件，直到被停止\n'
            '  script   從標準輸入讀取請求（參見 ToolScript.h；例如 \'IssueTicket {"service":"cash"}\'）',
        # tessera-kiosk
        'This kiosk is not set up': '本取號機尚未設定',
        '%1\n\nFix the settings and restart the kiosk.': '%1\n\n請修正設定後重新啟動取號機。',
        # tessera::BranchClient
        'Not started.': '尚未啟動。',
        'Looking for the server of branch %1 on the network...': '正在網路上尋找分行 %1 的伺服器…',
        'Connecting to the server at %1...': '正在連線至 %1 上的伺服器…',
        'Cannot reach the server at %1: %2': '無法連線至 %1 上的伺服器：%2',
        'it closed the connection': '伺服器關閉了連線',
        'no answer': '沒有回應',
        'The connection to the server was lost; log in again.': '與伺服器的連線已中斷；請重新登入。',
        'Lost the server at %1 (%2). Reconnecting...': '與 %1 上的伺服器失去連線（%2）。正在重新連線…',
        'Connected to %1 at %2.': '已連線到 %1（%2）。',
        'Connected to %1; receiving the queue...': '已連線到 %1；正在接收佇列…',
        'snapshot part %1 arrived out of order': '快照第 %1 部分的到達順序有誤',
        'the snapshot could not be read': '無法讀取快照',
        'events arrived before the whole snapshot': '在快照完整之前收到了事件',
        'event %1 arrived after %2': '事件 %1 在事件 %2 之後到達',
        'event %1 (%2) could not be read': '無法讀取事件 %1（%2）',
        'Not connected to the server, so nothing was done. %1': '未連線到伺服器，因此未執行任何操作。%1',
        'Not connected to the server. %1': '未連線到伺服器。%1',
        'The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.':
            '伺服器未及時確認此操作。重試前請先檢查佇列：該操作可能已執行，也可能未執行。',
        'The connection to the server was lost before the report came. Try again.':
            '收到報表前與伺服器的連線已中斷。請重試。',
        'The connection to the server was lost before the plan came. Try again.':
            '收到排班計畫前與伺服器的連線已中斷。請重試。',
        'The server did not send the plan in time. Try again.': '伺服器未能及時傳送排班計畫，請重試。',
        # tessera::BranchServer
        'Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.':
            '無法在 %1 的連接埠 %2 上監聽：%3。是否有另一個 tessera-server 正在執行？請用 --port 選擇其他連接埠。',
        "This OpenSSL cannot serve TLS 1.2 with the stations' PSK cipher suites (%1): %2. Install Debian 12's libssl3.":
            '此 OpenSSL 無法以工作站使用的 PSK 加密套件（%1）提供 TLS 1.2：%2。請安裝 Debian 12 的 libssl3。',
        'No Hello within %1 ms.': '%1 毫秒內未收到 Hello。',
        'The first message must be Hello, not %1.': '第一則訊息必須是 Hello，而不是 %1。',
        'A station does not send %1 messages.': '站點不能傳送 %1 訊息。',
        'Hello was already said.': '已經傳送過 Hello。',
        'This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.':
            '此伺服器支援通訊協定版本 %1 至 %2；該站點需要 %3 至 %4。請更新較舊的一方。',
        'Hello has no stationId.': 'Hello 中沒有 stationId。',
        'This server is branch %1; the station is set up for branch %2.': '此伺服器屬於分行 %1；該站點設定的是分行 %2。',
        'The answer to %1 does not fit a frame.': '對 %1 的回覆超出了一幀的大小。',
        'Your login has expired. Log in again with your password.': '您的登入已逾時。請用密碼重新登入。',
        'Unknown name or wrong password.': '使用者名稱不存在或密碼錯誤。',
        'Too many failed logins on this connection.': '此連線上登入失敗次數過多。',
        'A command needs an id.': '命令必須帶有 id。',
        'The station fell too far behind (%1 bytes unsent); reconnect to catch up.':
            '該站點落後太多（%1 位元組未傳送）；請重新連線以同步。',
        'The server is shutting down.': '伺服器正在關閉。',
        'Only a supervisor may see the daily report: log in as a supervisor.': '只有主管可以檢視每日報表：請以主管身分登入。',
        'The report needs a day.': '報表需要指定日期。',
        'Only a supervisor may see the staffing plan: log in as a supervisor.': '只有主管可以檢視排班計畫：請以主管身分登入。',
        # also tessera::PlanSource
        'The plan needs a day.': '排班計畫需要指定日期。',
        'less than a minute': '不到 1 分鐘',
        'up to %1 min': '最多 %1 分鐘',
        '%1–%2 min': '%1–%2 分鐘',
        'There is not enough history to forecast %1: the journal has no earlier day with customers.': '歷史資料不足，無法預測 %1：業務日誌中沒有更早的有客戶的日子。',
        # tessera::DiscoveryListener
        "Cannot listen for the server's announcements on UDP port %1: %2": '無法在 UDP 連接埠 %1 上監聽伺服器廣播：%2',
        # tessera::MessageCodec
        'The message has no "msg" type name.': '訊息中沒有 "msg" 類型名稱。',
        'Unknown message type "%1".': '未知的訊息類型 "%1"。',
        'The %1 message has a wrong value in "%2".': '%1 訊息中 "%2" 的值有誤。',
        'Unknown command "%1".': '未知的命令 "%1"。',
        'The %1 command has a wrong value in "%2".': '%1 命令中 "%2" 的值有誤。',
        # tessera::ReportCsv ('Cannot write %1: %2' is above)
        'Cannot create the directory %1 for the CSV files.': '無法建立用於存放 CSV 檔案的目錄 %1。',
        # tessera::PlanCsv
        'Cannot create the directory %1 for the CSV file.': '無法建立用於存放 CSV 檔案的目錄 %1。',
        # tessera::ReportSource
        'The journal %1 is empty: the branch has not run yet.': '業務日誌 %1 是空的：分行尚未運作過。',
        'The journal starts on %1; there are no figures for %2.': '業務日誌從 %1 開始；沒有 %2 的資料。',
        'The business day %1 has not begun yet.': '營業日 %1 尚未開始。',
        'The journal %1 cannot be read: %2': '無法讀取業務日誌 %1：%2',
        'The journal %1 holds no branch configuration.': '業務日誌 %1 中沒有分行設定。',
        # tessera::display::Announcer ('Sound:' must stay the start of the three sound messages)
        'Sound: a part of the announcement did not finish playing; check the speakers.':
            '聲音：廣播的一部分未能播放完畢；請檢查喇叭。',
        'Voice pack %1 has no recording for: %2': '語音包 %1 缺少下列內容的錄音：%2',
        'Sound: there is no audio output; calls are shown but not announced.': '聲音：沒有音訊輸出裝置；叫號會顯示，但不會廣播。',
        'Sound: the audio output could not be opened (error %1).': '聲音：無法開啟音訊輸出（錯誤 %1）。',
        'Sound:': '聲音：',
        'Speech: the "%1" synthesizer failed: %2': '語音合成：合成器 "%1" 發生錯誤：%2',
        'Speech: the "%1" synthesizer is not working: %2': '語音合成：合成器 "%1" 無法運作：%2',
        # first-run setup (StationSetup)
        'kiosk': '取號機',
        "teller's workstation": '櫃員工作站',
        'lobby display': '大廳叫號顯示螢幕',
        'tool': '工具',
        'Check and save': '檢查並儲存',
        'Set up this %1': '設定本%1',
        'This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.':
            '本機尚未設定。請輸入分行金鑰（在伺服器電腦上以 tessera-server key 查看）以及本%1所需的設定。'
            '儲存前，Tessera 會向分行伺服器核對所有資訊。',
        '64 hexadecimal digits, spaces allowed': '64 位十六進位數字，可含空格',
        'only where the LAN blocks discovery, e.g. 192.168.1.10:47010': '僅在區域網路阻擋自動探索時填寫，例如 192.168.1.10:47010',
        'Branch key:': '分行金鑰：',
        'Servers found:': '找到的伺服器：',
        'Server address:': '伺服器位址：',
        'Station name:': '站點名稱：',
        'Language:': '語言：',
        'No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.':
            '本分行沒有伺服器回應此金鑰。請檢查金鑰以及伺服器是否正在執行；若區域網路阻擋自動探索，請輸入伺服器位址。',
        'The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)':
            '伺服器未在 %1 秒內接受此站點：請檢查金鑰（在伺服器上以 tessera-server key 查看）和位址。（%2）',
        'Enter the branch key: the servers of the branch then show here by themselves.':
            '請輸入分行金鑰：之後本分行的伺服器會自動顯示在這裡。',
        "Cannot listen for servers on the LAN (%1); type the server's address.":
            '無法在區域網路上監聽伺服器（%1）；請輸入伺服器位址。',
        "Looking for the branch's servers…": '正在尋找本分行的伺服器…',
        '%1 (%2) at %3:%4': '%1（%2），位址 %3:%4',
        "Found the branch's server. Fill in the rest and press Check and save.":
            '已找到本分行的伺服器。請填寫其餘欄位，然後按「檢查並儲存」。',
        'The branch key is not right: %1': '分行金鑰不正確：%1',
        'Server address: %1': '伺服器位址：%1',
        'Connecting to the branch server…': '正在連線至分行伺服器…',
        'The server refused this station: %1': '伺服器拒絕了此站點：%1',
        'Cannot create the folder for %1.': '無法建立存放 %1 的資料夾。',
        'all; or a zone such as 1, 2, 3': '全部；或某一區域的櫃檯，例如 1, 2, 3',
        'all; or service ids such as cash, loans': '全部；或業務 id，例如 cash, loans',
        'Counters shown:': '顯示的櫃檯：',
        'Services shown:': '顯示的業務：',
        'The branch has no counter "%1".': '本分行沒有櫃檯 "%1"。',
        'The branch has no service "%1".': '本分行沒有業務 "%1"。',
        'No printer: the number on screen only': '不使用印表機：僅在螢幕上顯示號碼',
        'Ticket printer:': '號碼牌印表機：',
        'The teller chooses the counter when logging in': '櫃員登入時選擇櫃檯',
        "The supervisor's PC (branch overview and daily report)": '主管電腦（分行總覽和每日報表）',
        'Counter:': '櫃檯：',
        'The branch has no counter %1; its counters are %2.': '本分行沒有 %1 號櫃檯；現有櫃檯為 %2。',
        "Cannot open the journal %1: Qt's %2 database driver is not installed (on Debian: the package libqt6sql6-%3).": '無法開啟日誌 %1：未安裝 Qt 的 %2 資料庫驅動程式（Debian 上的套件為 libqt6sql6-%3）。',
        'another tessera-server is writing it. Stop that one first, or give this server a journal of its own.': '另一個 tessera-server 正在寫入它。請先停止那個伺服器，或為本伺服器指定獨立的日誌。',
        'No journal was given: give a file path or a postgresql:// URL.': '未指定日誌：請提供檔案路徑或 postgresql:// 網址。',
        'The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.': '日誌網址無效：請寫成 postgresql://使用者@主機:埠/資料庫，密碼中的空格、@、: 或 / 須以百分比編碼。',
        '"%1" in the journal URL is not a PostgreSQL connection setting.': '日誌網址中的「%1」不是 PostgreSQL 連線設定。',
        'The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.': '日誌網址 %1 沒有指明資料庫：請以 /資料庫 結尾，例如 postgresql://tessera@localhost/tessera_journal。',
        'The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).': '日誌：SQLite 檔案，或寫成 postgresql://使用者@主機/資料庫 的 PostgreSQL 資料庫（預設：資料目錄中的 journal.sqlite）。',
        'file or URL': '檔案或網址',
        'Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).': '將每個日誌事件轉送到總部資料庫，寫成 postgresql://角色@主機/資料庫?sslmode=verify-full（見 docs/HEADOFFICE.md）。',
        'URL': '網址',
        'The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.': '總部是一個 PostgreSQL 資料庫：請寫成 postgresql://角色@主機/資料庫?sslmode=verify-full。',
        "The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office's CA certificate if it is not in ~/.postgresql/root.crt).": '到總部的連線經過廣域網路：網址必須包含 sslmode=verify-full（若總部的 CA 憑證不在 ~/.postgresql/root.crt 中，以 sslrootcert= 指明）。',
        'This OpenSSL cannot serve TLS 1.2 or later: %1.': '此 OpenSSL 無法提供 TLS 1.2 或更高版本：%1。',
        'Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.': '無法將 %1 用作網頁憑證：%2。請提供 PEM 檔案，憑證在前，中繼憑證在後。',
        "Cannot use %1 as the web certificate's private key: %2. Give an unencrypted PEM key readable by the server.": '無法將 %1 用作網頁憑證的私鑰：%2。請提供伺服器可讀取的未加密 PEM 私鑰。',
        'The private key %1 does not belong to the certificate %2.': '私鑰 %1 與憑證 %2 不相符。',
        'This service does not take tickets on the web. Take one at the kiosk in the branch.': '此業務不能在網路上取號。請在分行的取號機取號。',
        'This service cannot be booked on the web. Call the branch to book it.': '此業務不能在網路上預約。請致電分行預約。',
        "A customer's web page cannot do that.": '客戶的網頁不能執行此操作。',
        "The web role is the server's own web front; a station says kiosk, teller, display, supervisor or tool.": 'web 角色屬於伺服器自己的網頁前端；工作站應為 kiosk、teller、display、supervisor 或 tool。',
        'Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.': '無法在 %1 連接埠 %2 上提供網頁：%3。請用 --web-port 選擇其他連接埠。',
        'Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.': '無法在 %1 連接埠 %2 上監聽一般 HTTP：%3。請用 --web-http-port 選擇其他連接埠。',
        "Cannot watch the stations' connections: the server is out of file descriptors.": '無法監視工作站的連線：伺服器的檔案描述元已用盡。',
        "Cannot watch the web pages' connections: the server is out of file descriptors.": '無法監視網頁的連線：伺服器的檔案描述元已用盡。',
        'This program makes reports and forecasts for tessera-server; run tessera-server.': '本程式為 tessera-server 製作報表和預測；請執行 tessera-server。',
        'tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.': '製作報表和預測的 tessera-server-documents 不在 %1 或 %2 中。請重新安裝 tessera-server 套件。',
        'Cannot run %1: %2': '無法執行 %1：%2',
        'must be the https:// address phones reach the server at, such as https://queue.example.com': '必須是手機存取伺服器所用的 https:// 位址，例如 https://queue.example.com',
        '%1 at %2 is fully booked: choose another time.': '%1 在 %2 已額滿：請選擇其他時間。',
        'This phone number already has %n appointment(s) on that day. Cancel one to book another.': '此電話號碼當天已有 %n 個預約。請取消一個後再預約。',
        "Serve the customers' web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.": '使用此憑證透過 HTTPS 提供客戶網頁（PEM，其後為中繼憑證；見 docs/WEB.md）。沒有憑證就沒有網頁。',
        "The web certificate's private key (PEM, unencrypted).": '網頁憑證的私鑰（PEM，未加密）。',
        'HTTPS port of the web pages (default %1).': '網頁的 HTTPS 連接埠（預設 %1）。',
        'Plain HTTP port that only redirects to HTTPS (default %1; 0: none).': '僅重新導向至 HTTPS 的一般 HTTP 連接埠（預設 %1；0 表示不用）。',
        'Give the web certificate and its key together: --web-certificate FILE --web-key FILE.': '請同時提供網頁憑證和私鑰：--web-certificate 檔案 --web-key 檔案。',
        'A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).\n\n%1': '網頁連接埠是 1 到 65535 之間的數字（0 關閉一般 HTTP 連接埠）。\n\n%1',
        "Give the booking's phone number.": '請提供預約時使用的電話號碼。',
        'A comment is at most 500 characters.': '留言最多 500 個字元。',
        'Feedback is given after the visit.': '意見需在服務結束後提交。',
        'Feedback for this visit was already given.': '本次服務的意見已提交過。',
        'This ticket is no longer waiting: it has been called.': '此號碼已不在等候：已被叫號。',
    },
}
