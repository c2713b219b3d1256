"""The printed daily report's texts (tessera::report::ReportDocument and HourChart) and the staffing
plan's (PlanDocument and PlanChart), by language, keyed by the English source text. One entry serves
every tessera::report:: context that uses the source ('Arrivals' is both the chart's legend and the
hourly table's column). The short labels are column headers on A4 portrait, at 8 pt in columns 13
to 21 mm wide: keep every word of them short enough to fit, because a header wraps only between
words."""

PHRASES = {
    'zh_CN': {
        "Every event counts on the business day the server filed it under, from one rollover to the next, in the branch's time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.": '每个事件计入服务器为其记录的营业日（从一次日切到下一次日切，按网点时区）；日切时仍在等候的号码被取消，并计入刚结束的那一天。',
        'A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.': '隔夜未关闭的窗口在关闭前一直计为开放；呼叫未到场的客户不计入办理时间。在宽限期结束前未签到的预约计为已过期。',
        'The printer or the PDF file cannot be drawn on.': '无法在打印机或 PDF 文件上绘制。',
        'The report could not be finished on the printer or in the PDF file.': '报表无法在打印机或 PDF 文件中完成。',
        # Title and key figures
        'Daily report: %1': '日报表：%1',
        'Tickets issued': '取号数',
        'Served': '已办理',
        'No-shows': '过号数',
        'Average wait': '平均等候时间',
        'Called within target': '目标时间内叫号率',
        'Average service': '平均办理时长',
        'Counters': '窗口',
        'Counter': '窗口',
        'Tellers': '柜员',
        'Teller': '柜员',
        'Business day from %1 to %2 (%3)': '营业日：%1 至 %2（%3）',
        'The day is not over: figures up to %1.': '本营业日尚未结束：数据截至 %1。',
        # Customers by service
        'Customers by service': '各业务客户统计',
        'Service': '业务',
        'Issued': '取号',
        'No-show': '过号',
        'Cancelled': '已取消',
        'Transferred in': '转入',
        'Transferred out': '转出',
        'Still waiting': '仍在等候',
        'All services': '全部业务',
        # Waiting and service times
        'Waiting and service times': '等候与办理时长',
        "Times in minutes and seconds. Waits are to the first call; the target is the service's own.":
            '时间以“分:秒”表示。等候时间计至首次叫号；目标时长按各业务自身的设定。',
        'Target': '目标时长',
        'Median wait': '等候中位数',
        '90% waited at most': '90% 的客户等候不超过',
        'Longest wait': '最长等候',
        'Within target': '达标率',
        'Median service': '办理时长中位数',
        # Hour by hour, and the chart
        'Hour by hour': '分时段统计',
        'No customers this day.': '当日无客户。',
        'Hour': '时段',
        'Arrivals': '到达人数',
        'Longest line': '排队峰值',
        'Average wait (min)': '平均等候时间（分钟）',
        # Counters and tellers
        'Nobody worked this day.': '当日无人上岗。',
        'Open (h:mm)': '开放 (h:mm)',
        'Paused (h:mm)': '暂停 (h:mm)',
        'Serving (h:mm)': '办理 (h:mm)',
        'Utilisation': '利用率',
        # Appointments and wait estimates
        'Appointments': '预约',
        'Booked for this day': '当日预约',
        'Checked in': '已签到',
        'Expired': '已过期',
        'Wait estimates': '等候时间预估',
        'Tickets compared': '比对号码数',
        'Waits ran longer, on average, by': '实际等候平均比预估长',
        'Waits ran shorter, on average, by': '实际等候平均比预估短',
        'Mean error either way': '平均绝对误差',
        'Waited longer than the ticket said': '实际等候超过号票预估',
        # The forecast beside the hours, and estimates within the printed range
        'Forecast': '预测',
        'Estimates within range': '预估在范围内',
        'Within the printed range': '在号票所示范围内',
        'Within the printed range: the wait to the first call fell inside the range the ticket showed ("3–6 min"); the errors are against the estimate\'s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch\'s history expected in each hour when the day began, as in the staffing plan.':
            '在号票所示范围内：至首次叫号的等候时间落在号票所示的范围内（如“3–6 分钟”）；误差按预估本身的数值计算，即取整到分钟之前的数值。分时段的预估按该时段内取号的号码统计。预测是营业日开始时依据网点历史数据对各时段客户数的预计，与排班计划中的相同。',
        # How these figures are counted
        'How these figures are counted': '统计口径说明',
        "A wait runs from the moment a ticket joins a service's line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket's second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.":
            '等候时间从号码进入某业务的队列（取号或转入该业务）时起，计至在该业务首次叫号时止；'
            '重呼不重新计时。转移号码的第二段等候计入转入的业务。已取消或从未叫号的号码不计等候时间。',
        "Within target: called within the service's target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).":
            '达标率：在该业务目标等候时间内叫号的比例。等候次数为偶数时，中位数取中间两个值的平均值；'
            '“90% 的客户等候不超过”为第 90 百分位数（最近秩法）。',
        'Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.':
            '办理时长从开始办理时起（未开始办理即完成的，从叫号时起），计至办理完成时止；'
            '每次完成均计为已办理，不论结果如何。',
        'Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.':
            '开放时长从窗口开放时起计至关闭时止，包括暂停时间。办理时长也计入转出客户在转出前的办理时间。'
            '利用率为办理时长除以扣除暂停后的开放时长。',
        'Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.':
            '预估比对针对取号时打印了预计等候时间、且在转移之前被叫号的号码，比较号票上的预计等候时间与其至首次叫号的实际等候时间。'
            '排队峰值为全网点同一时刻等候号码数的最大值。',
        # Page decoration, PDF
        'Daily report, %1': '日报表，%1',
        'Tessera, printed %1': 'Tessera，打印于 %1',
        'Page %1 of %2': '第 %1 页，共 %2 页',
        'Cannot create the directory %1 for the PDF.': '无法为 PDF 创建目录 %1。',
        'Cannot write %1: %2': '无法写入 %1：%2',
        'Daily report: %1, %2': '日报表：%1，%2',
        # The staffing plan (PlanDocument and PlanChart)
        'Staffing plan: %1': '排班计划：%1',
        "There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch's first day.":
            '历史数据不足，无法预测这一天：业务日志中没有更早的有客户的营业日。网点第一个营业日之后才会有排班计划。',
        'No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.':
            '预计没有客户：最近几周每周的这一天都没有客户到来，因此视为网点当天不营业。',
        'Customers expected': '预计客户数',
        'Most counters advised': '建议窗口数峰值',
        'Counter hours advised': '建议窗口时数',
        'Counter hours open a week before': '一周前窗口开放时数',
        'Counters advised': '建议窗口数',
        'Counters open a week before': '一周前开放窗口数',
        'Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.':
            '预测依据现有的 %n 天历史数据，各天权重相同：此前还没有同为星期几的日子，因此仅供粗略参考。',
        'Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.':
            '预测依据最近 %n 周中同为星期几的日子（越近的周权重越大），并按 %1 个客流量相近的往日在全天各时段分布。',
        'How the advice is worked out': '建议的计算方法',
        "Counters advised: the fewest with which %1 of customers are called within their service's target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.":
            '建议窗口数：按 Erlang A 模型，使 %1 的客户在其业务的目标等候时间内被叫号所需的最少窗口数；模型假设客户按预测的到达率随机到达，采用学习所得的办理时长，并考虑客户在业务日志所示的耐心时长后放弃等候。旁列的 Erlang C 假设无人放弃等候，所需窗口数与之相同或更多。',
        "The branch's counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service's work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.":
            '本网点的窗口办理多项业务，因此建议针对全部业务合并计算，采用业务组合的平均办理时长和其中最严格的目标时长。最后一列按各业务的工作量（客户数乘以办理时长）分摊建议窗口数：专办单一业务的窗口需要更多，因为相互独立的队列无法彼此分担。',
        'Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.':
            '一周前开放的窗口数按每半小时取平均值：30 分钟中开放了 15 分钟的窗口计为半个。',
        'Time': '时间',
        'Service time': '办理时长',
        'Erlang C': 'Erlang C',
        'Advised': '建议',
        'Reaches': '预计达标率',
        'Open a week before': '一周前开放',
        'Shared out': '按业务分摊',
        'Staffing plan, %1': '排班计划，%1',
        'The plan could not be finished on the printer or in the PDF file.': '排班计划无法在打印机或 PDF 文件中完成。',
        'Staffing plan: %1, %2': '排班计划：%1，%2',
    },
    'zh_TW': {
        "Every event counts on the business day the server filed it under, from one rollover to the next, in the branch's time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.": '每個事件計入伺服器為其記錄的營業日（從一次日切到下一次日切，依分行時區）；日切時仍在等候的號碼被取消，並計入剛結束的那一天。',
        'A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.': '隔夜未關閉的櫃檯在關閉前一直計為開放；呼叫未到場的客戶不計入辦理時間。在寬限期結束前未報到的預約計為已逾期。',
        'The printer or the PDF file cannot be drawn on.': '無法在印表機或 PDF 檔案上繪製。',
        'The report could not be finished on the printer or in the PDF file.': '報表無法在印表機或 PDF 檔案中完成。',
        # Title and key figures
        'Daily report: %1': '每日報表：%1',
        'Tickets issued': '取號數',
        'Served': '已辦理',
        'No-shows': '過號數',
        'Average wait': '平均等候時間',
        'Called within target': '目標時間內叫號率',
        'Average service': '平均辦理時間',
        'Counters': '櫃檯',
        'Counter': '櫃檯',
        'Tellers': '櫃員',
        'Teller': '櫃員',
        'Business day from %1 to %2 (%3)': '營業日：%1 至 %2（%3）',
        'The day is not over: figures up to %1.': '本營業日尚未結束：資料統計至 %1。',
        # Customers by service
        'Customers by service': '各業務客戶統計',
        'Service': '業務',
        'Issued': '取號',
        'No-show': '過號',
        'Cancelled': '已取消',
        'Transferred in': '轉入',
        'Transferred out': '轉出',
        'Still waiting': '仍在等候',
        'All services': '所有業務',
        # Waiting and service times
        'Waiting and service times': '等候與辦理時間',
        "Times in minutes and seconds. Waits are to the first call; the target is the service's own.":
            '時間以「分:秒」表示。等候時間計至第一次叫號；目標時間依各業務本身的設定。',
        'Target': '目標時間',
        'Median wait': '等候中位數',
        '90% waited at most': '90% 的客戶等候不超過',
        'Longest wait': '最長等候',
        'Within target': '達標率',
        'Median service': '辦理時間中位數',
        # Hour by hour, and the chart
        'Hour by hour': '分時段統計',
        'No customers this day.': '當日無客戶。',
        'Hour': '時段',
        'Arrivals': '到達人數',
        'Longest line': '排隊高峰',
        'Average wait (min)': '平均等候時間（分鐘）',
        # Counters and tellers
        'Nobody worked this day.': '當日無人值班。',
        'Open (h:mm)': '開放 (h:mm)',
        'Paused (h:mm)': '暫停 (h:mm)',
        'Serving (h:mm)': '辦理 (h:mm)',
        'Utilisation': '使用率',
        # Appointments and wait estimates
        'Appointments': '預約',
        'Booked for this day': '當日預約',
        'Checked in': '已報到',
        'Expired': '已逾期',
        'Wait estimates': '等候時間預估',
        'Tickets compared': '比對號碼數',
        'Waits ran longer, on average, by': '實際等候平均比預估長',
        'Waits ran shorter, on average, by': '實際等候平均比預估短',
        'Mean error either way': '平均絕對誤差',
        'Waited longer than the ticket said': '實際等候超過號碼牌預估',
        # The forecast beside the hours, and estimates within the printed range
        'Forecast': '預測',
        'Estimates within range': '預估在範圍內',
        'Within the printed range': '在號碼牌所示範圍內',
        'Within the printed range: the wait to the first call fell inside the range the ticket showed ("3–6 min"); the errors are against the estimate\'s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch\'s history expected in each hour when the day began, as in the staffing plan.':
            '在號碼牌所示範圍內：至第一次叫號的等候時間落在號碼牌所示的範圍內（如「3–6 分鐘」）；誤差依預估本身的數值計算，即四捨五入至分鐘之前的數值。分時段的預估依該時段內取號的號碼統計。預測是營業日開始時依據分行歷史資料對各時段客戶數的預估，與排班計畫中的相同。',
        # How these figures are counted
        'How these figures are counted': '統計方式說明',
        "A wait runs from the moment a ticket joins a service's line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket's second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.":
            '等候時間自號碼進入某業務的排隊行列（取號或轉入該業務）時起，計至在該業務第一次叫號時止；'
            '重呼不會重新計時。轉移號碼的第二段等候計入轉入的業務。已取消或從未叫號的號碼不計等候時間。',
        "Within target: called within the service's target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).":
            '達標率：在該業務目標等候時間內叫號的比例。等候筆數為偶數時，中位數取中間兩個值的平均值；'
            '「90% 的客戶等候不超過」為第 90 百分位數（最近排名法）。',
        'Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.':
            '辦理時間自開始辦理時起（未開始辦理即完成者，自叫號時起），計至辦理完成時止；'
            '每次完成皆計為已辦理，不論結果為何。',
        'Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.':
            '開放時間自櫃檯開放時起計至關閉時止，包含暫停時間。辦理時間也計入轉出客戶在轉出前的辦理時間。'
            '使用率為辦理時間除以扣除暫停後的開放時間。',
        'Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.':
            '預估比對針對取號時號碼牌上印有預估等候時間、且在轉移之前被叫號的號碼，比較號碼牌上的預估等候時間與其至第一次叫號的實際等候時間。'
            '排隊高峰為全分行同一時間等候號碼數的最大值。',
        # Page decoration, PDF
        'Daily report, %1': '每日報表，%1',
        'Tessera, printed %1': 'Tessera，列印於 %1',
        'Page %1 of %2': '第 %1 頁，共 %2 頁',
        'Cannot create the directory %1 for the PDF.': '無法為 PDF 建立資料夾 %1。',
        'Cannot write %1: %2': '無法寫入 %1：%2',
        'Daily report: %1, %2': '每日報表：%1，%2',
        # The staffing plan (PlanDocument and PlanChart)
        'Staffing plan: %1': '排班計畫：%1',
        "There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch's first day.":
            '歷史資料不足，無法預測這一天：業務日誌中沒有更早的有客戶的營業日。分行第一個營業日之後才會有排班計畫。',
        'No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.':
            '預計沒有客戶：最近幾週每週的這一天都沒有客戶上門，因此視為分行當天不營業。',
        'Customers expected': '預估客戶數',
        'Most counters advised': '建議櫃檯數峰值',
        'Counter hours advised': '建議櫃檯時數',
        'Counter hours open a week before': '一週前櫃檯開放時數',
        'Counters advised': '建議櫃檯數',
        'Counters open a week before': '一週前開放櫃檯數',
        'Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.':
            '預測依據現有的 %n 天歷史資料，各天權重相同：此前尚無同為星期幾的日子，因此僅供粗略參考。',
        'Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.':
            '預測依據最近 %n 週中同為星期幾的日子（越近的週權重越大），並依 %1 個客流量相近的過往日子分配到全天各時段。',
        'How the advice is worked out': '建議的計算方式',
        "Counters advised: the fewest with which %1 of customers are called within their service's target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.":
            '建議櫃檯數：依 Erlang A 模型，使 %1 的客戶在其業務的目標等候時間內被叫號所需的最少櫃檯數；模型假設客戶依預估的到達率隨機到達，採用學習所得的辦理時間，並考慮客戶在業務日誌所示的耐心時間後放棄等候。並列的 Erlang C 假設無人放棄等候，所需櫃檯數與之相同或更多。',
        "The branch's counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service's work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.":
            '本分行的櫃檯辦理多項業務，因此建議是針對所有業務合併計算，採用業務組合的平均辦理時間及其中最嚴格的目標時間。最後一欄依各業務的工作量（客戶數乘以辦理時間）分攤建議櫃檯數：專辦單一業務的櫃檯需要更多，因為各自獨立的排隊行列無法互相支援。',
        'Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.':
            '一週前開放的櫃檯數按每半小時取平均值：30 分鐘中開放 15 分鐘的櫃檯計為半個。',
        'Time': '時間',
        'Service time': '辦理時間',
        'Erlang C': 'Erlang C',
        'Advised': '建議',
        'Reaches': '預估達標率',
        'Open a week before': '一週前開放',
        'Shared out': '依業務分攤',
        'Staffing plan, %1': '排班計畫，%1',
        'The plan could not be finished on the printer or in the PDF file.': '排班計畫無法在印表機或 PDF 檔案中完成。',
        'Staffing plan: %1, %2': '排班計畫：%1，%2',
    },
    'lv': {
        "Every event counts on the business day the server filed it under, from one rollover to the next, in the branch's time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.": 'Katrs notikums tiek ieskaitīts darba dienā, kurā serveris to reģistrējis (no vienas dienas maiņas līdz nākamajai, filiāles laika joslā); biļetes, kas dienas maiņas brīdī vēl gaida, tiek atceltas un ieskaitītas dienā, kas beidzās.',
        'A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.': 'Lodziņš, kas atstāts atvērts pa nakti, tiek skaitīts kā atvērts, līdz to aizver; klienta aicināšana, kurš neierodas, nav apkalpošanas laiks. Pieraksts, kurā klients nav reģistrējies līdz pieļaujamā kavējuma beigām, tiek skaitīts kā nokavēts.',
        'The printer or the PDF file cannot be drawn on.': 'Printerī vai PDF failā nevar zīmēt.',
        'The report could not be finished on the printer or in the PDF file.': 'Atskaiti nevarēja pabeigt printerī vai PDF failā.',
        # Title and key figures
        'Daily report: %1': 'Dienas atskaite: %1',
        'Tickets issued': 'Izsniegtās biļetes',
        'Served': 'Apkalpoti',
        'No-shows': 'Neieradās',
        'Average wait': 'Vidēji gaidīja',
        'Called within target': 'Izsaukti mērķa laikā',
        'Average service': 'Vid. apkalp. laiks',
        'Counters': 'Lodziņi',
        'Counter': 'Lodziņš',
        'Tellers': 'Darbinieki',
        'Teller': 'Darbinieks',
        'Business day from %1 to %2 (%3)': 'Darba diena no %1 līdz %2 (%3)',
        'The day is not over: figures up to %1.': 'Diena vēl nav beigusies: dati līdz %1.',
        # Customers by service
        'Customers by service': 'Klienti pa pakalpojumiem',
        'Service': 'Pakalpojums',
        'Issued': 'Izsniegti',
        'No-show': 'Neatnāca',
        'Cancelled': 'Atcelti',
        'Transferred in': 'Pārsūtīti šurp',
        'Transferred out': 'Pārsūtīti citur',
        'Still waiting': 'Vēl gaida',
        'All services': 'Visi pakalpojumi',
        # Waiting and service times
        'Waiting and service times': 'Gaidīšanas un apkalpošanas laiki',
        "Times in minutes and seconds. Waits are to the first call; the target is the service's own.":
            'Laiki minūtēs un sekundēs. Gaidīšanu skaita līdz pirmajam izsaukumam; mērķa laiks katram '
            'pakalpojumam ir savs.',
        'Target': 'Mērķis',
        'Median wait': 'Gaidīja, mediāna',
        '90% waited at most': '90% gaidīja ne ilgāk par',
        'Longest wait': 'Visilgāk gaidīja',
        'Within target': 'Mērķa laikā',
        'Median service': 'Apkalp. laika mediāna',
        # Hour by hour, and the chart
        'Hour by hour': 'Pa stundām',
        'No customers this day.': 'Šajā dienā klientu nebija.',
        'Hour': 'Stunda',
        'Arrivals': 'Ieradās',
        'Longest line': 'Garākā rinda',
        'Average wait (min)': 'Vidēji gaidīja (min)',
        # Counters and tellers
        'Nobody worked this day.': 'Šajā dienā neviens nestrādāja.',
        'Open (h:mm)': 'Atvērts (h:mm)',
        'Paused (h:mm)': 'Pauzē (h:mm)',
        'Serving (h:mm)': 'Apkalpoja (h:mm)',
        'Utilisation': 'Noslodze',
        # Appointments and wait estimates
        'Appointments': 'Pieraksti',
        'Booked for this day': 'Pierakstīti uz šo dienu',
        'Checked in': 'Reģistrējās',
        'Expired': 'Nokavēti',
        'Wait estimates': 'Gaidīšanas laika prognozes',
        'Tickets compared': 'Salīdzinātās biļetes',
        'Waits ran longer, on average, by': 'Gaidīšana vidēji pārsniedza prognozi par',
        'Waits ran shorter, on average, by': 'Prognoze vidēji pārsniedza gaidīšanu par',
        'Mean error either way': 'Vidējā absolūtā kļūda',
        'Waited longer than the ticket said': 'Gaidīja ilgāk, nekā norādīts biļetē',
        # The forecast beside the hours, and estimates within the printed range
        'Forecast': 'Prognozēti',
        'Estimates within range': 'Prognozes diapazonā',
        'Within the printed range': 'Biļetē norādītajā diapazonā',
        'Within the printed range: the wait to the first call fell inside the range the ticket showed ("3–6 min"); the errors are against the estimate\'s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch\'s history expected in each hour when the day began, as in the staffing plan.':
            'Biļetē norādītajā diapazonā: gaidīšana līdz pirmajam izsaukumam iekļāvās biļetē norādītajā diapazonā („3–6 min”); kļūdas mēra pret pašas prognozes vērtību, pirms tā noapaļota līdz minūtēm. Prognozes pa stundām aptver tajā stundā izsniegtās biļetes. Prognozētais klientu skaits ir tas, ko filiāles vēsture paredzēja katrai stundai dienas sākumā, tāpat kā personāla plānā.',
        # How these figures are counted
        'How these figures are counted': 'Kā aprēķināti šie rādītāji',
        "A wait runs from the moment a ticket joins a service's line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket's second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.":
            'Gaidīšana ilgst no brīža, kad biļete nonāk pakalpojuma rindā (tiek izsniegta vai uz to pārsūtīta), '
            'līdz tās pirmajam izsaukumam tajā; atkārtots izsaukums gaidīšanu neatsāk. Pārsūtītas biļetes otro '
            'gaidīšanu ieskaita pakalpojumā, uz kuru tā pārsūtīta. Atceltām un nekad neizsauktām biļetēm '
            'gaidīšanas nav.',
        "Within target: called within the service's target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).":
            'Mērķa laikā: izsaukti pakalpojuma mērķa gaidīšanas laikā. Pāra skaita gaidīšanu mediāna ir abu '
            'vidējo vērtību vidējais; „90% gaidīja ne ilgāk par” ir 90. procentile (tuvākā ranga metode).',
        'Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.':
            'Apkalpošanas laiks ilgst no apkalpošanas sākuma (vai no izsaukuma, ja biļete pabeigta, apkalpošanu '
            'nesākot) līdz pabeigšanai; katru pabeigšanu ieskaita kā apkalpotu neatkarīgi no tās rezultāta.',
        'Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.':
            'Laiks „Atvērts” ilgst no lodziņa atvēršanas līdz tā slēgšanai, ieskaitot pauzes. Apkalpošanas laikā '
            'ieskaita arī citur pārsūtītu klientu līdz pārsūtīšanai. Noslodze ir apkalpošanas laika attiecība '
            'pret atvērto laiku bez pauzēm.',
        'Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.':
            'Prognozes salīdzina uz biļetes izdrukāto gaidīšanas laiku ar faktisko gaidīšanu līdz pirmajam '
            'izsaukumam – biļetēm, kas izsniegtas ar prognozi un izsauktas pirms jebkādas pārsūtīšanas. Garākā '
            'rinda ir lielākais vienlaikus gaidošo biļešu skaits visā filiālē.',
        # Page decoration, PDF
        'Daily report, %1': 'Dienas atskaite, %1',
        'Tessera, printed %1': 'Tessera, izdrukāts %1',
        'Page %1 of %2': '%1. lappuse no %2',
        'Cannot create the directory %1 for the PDF.': 'Nevar izveidot mapi %1 PDF failam.',
        'Cannot write %1: %2': 'Nevar ierakstīt %1: %2',
        'Daily report: %1, %2': 'Dienas atskaite: %1, %2',
        # The staffing plan (PlanDocument and PlanChart)
        'Staffing plan: %1': 'Personāla plāns: %1',
        "There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch's first day.":
            'Vēstures datu nepietiek, lai prognozētu šo dienu: žurnālā nav agrākas dienas ar klientiem. Plāns būs pieejams pēc filiāles pirmās darba dienas.',
        'No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.':
            'Klienti nav gaidāmi: pēdējās nedēļās šajā nedēļas dienā neviens neieradās, tāpēc tiek pieņemts, ka filiāle ir slēgta.',
        'Customers expected': 'Gaidāmie klienti',
        'Most counters advised': 'Ieteikto lodziņu maksimums',
        'Counter hours advised': 'Ieteiktās lodziņu stundas',
        'Counter hours open a week before': 'Lodziņu atvērtās stundas pirms nedēļas',
        'Counters advised': 'Ieteiktie lodziņi',
        'Counters open a week before': 'Atvērtie lodziņi pirms nedēļas',
        'Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.':
            ('Prognoze pēc %n pieejamās vēstures dienas, katrai vienāds svars: agrāku datu par šo nedēļas '
             'dienu vēl nav, tāpēc uzskatiet to tikai par aptuvenu norādi.',
             'Prognoze pēc %n pieejamajām vēstures dienām, katrai vienāds svars: agrāku datu par šo nedēļas '
             'dienu vēl nav, tāpēc uzskatiet to tikai par aptuvenu norādi.',
             'Prognoze pēc %n pieejamajām vēstures dienām, katrai vienāds svars: agrāku datu par šo nedēļas '
             'dienu vēl nav, tāpēc uzskatiet to tikai par aptuvenu norādi.'),
        'Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.':
            ('Prognoze pēc tās pašas nedēļas dienas datiem pēdējā %n nedēļā (vēlākās nedēļas sver '
             'vairāk), pa dienu sadalīta kā %1 agrākās dienās ar līdzīgu klientu skaitu.',
             'Prognoze pēc tās pašas nedēļas dienas datiem pēdējās %n nedēļās (vēlākās nedēļas sver '
             'vairāk), pa dienu sadalīta kā %1 agrākās dienās ar līdzīgu klientu skaitu.',
             'Prognoze pēc tās pašas nedēļas dienas datiem pēdējās %n nedēļās (vēlākās nedēļas sver '
             'vairāk), pa dienu sadalīta kā %1 agrākās dienās ar līdzīgu klientu skaitu.'),
        'How the advice is worked out': 'Kā aprēķināts ieteikums',
        "Counters advised: the fewest with which %1 of customers are called within their service's target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.":
            'Ieteiktie lodziņi: mazākais skaits, ar kuru %1 klientu tiek izsaukti sava pakalpojuma mērķa gaidīšanas laikā, pēc Erlang A modeļa: nejauša ierašanās ar prognozēto intensitāti, apgūtie apkalpošanas laiki un klienti, kas aiziet pēc žurnālā redzamā pacietības laika. Blakus norādītais Erlang C pieņem, ka neviens neaiziet, un prasa tikpat daudz vai vairāk.',
        "The branch's counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service's work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.":
            'Filiāles lodziņi apkalpo vairākus pakalpojumus, tāpēc ieteikums attiecas uz tiem visiem kopā – ar pakalpojumu kopuma vidējo apkalpošanas laiku un stingrāko mērķi no tiem. Pēdējā kolonna to sadala pēc katra pakalpojuma darba apjoma (klienti reiz apkalpošanas laiks): ja lodziņus atvēl tikai vienam pakalpojumam, to vajag vairāk, jo atsevišķas rindas nevar cita citai palīdzēt.',
        'Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.':
            'Pirms nedēļas atvērtos lodziņus vidējo katrai pusstundai: lodziņu, kas bija atvērts 15 no 30 minūtēm, skaita kā pusi.',
        'Time': 'Laiks',
        'Service time': 'Apkalp. laiks',
        'Erlang C': 'Erlang C',
        'Advised': 'Ieteikts',
        'Reaches': 'Sasniedz',
        'Open a week before': 'Atvērti pirms nedēļas',
        'Shared out': 'Pa pakalpojumiem',
        'Staffing plan, %1': 'Personāla plāns, %1',
        'The plan could not be finished on the printer or in the PDF file.':
            'Plānu nevarēja pabeigt printerī vai PDF failā.',
        'Staffing plan: %1, %2': 'Personāla plāns: %1, %2',
    },
    'cy': {
        "Every event counts on the business day the server filed it under, from one rollover to the next, in the branch's time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.": "Mae pob digwyddiad yn cyfrif ar y diwrnod busnes y cofnododd y gweinydd ef arno, o un newid diwrnod i'r nesaf, yng nghylchfa amser y gangen; caiff tocynnau sy'n dal i aros adeg y newid eu canslo, a'u cyfrif, ar y diwrnod a ddaeth i ben.",
        'A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.': "Mae cownter a adawyd ar agor dros nos yn cyfrif fel un ar agor nes ei gau; nid yw galw cwsmer nad yw'n dod yn amser gweini. Mae apwyntiad na chofrestrwyd ar ei gyfer erbyn diwedd ei gyfnod gras yn cyfrif fel un wedi dod i ben.",
        'The printer or the PDF file cannot be drawn on.': "Ni ellir tynnu ar yr argraffydd na'r ffeil PDF.",
        'The report could not be finished on the printer or in the PDF file.': 'Nid oedd modd gorffen yr adroddiad ar yr argraffydd nac yn y ffeil PDF.',
        # Title and key figures
        'Daily report: %1': 'Adroddiad dyddiol: %1',
        'Tickets issued': 'Tocynnau a roddwyd',
        'Served': "Wedi'u gweini",
        'No-shows': 'Heb ddod',
        'Average wait': 'Cymedr aros',
        'Called within target': "Wedi'u galw o fewn y targed",
        'Average service': 'Cymedr gweini',
        'Counters': 'Cownteri',
        'Counter': 'Cownter',
        'Tellers': 'Arianwyr',
        'Teller': 'Ariannwr',
        'Business day from %1 to %2 (%3)': 'Diwrnod busnes o %1 i %2 (%3)',
        'The day is not over: figures up to %1.': "Nid yw'r diwrnod ar ben: ffigurau hyd at %1.",
        # Customers by service
        'Customers by service': 'Cwsmeriaid fesul gwasanaeth',
        'Service': 'Gwasanaeth',
        'Issued': "Wedi'u rhoi",
        'No-show': 'Heb ddod',
        'Cancelled': "Wedi'u canslo",
        'Transferred in': 'Trosglwyddo i mewn',
        'Transferred out': 'Trosglwyddo allan',
        'Still waiting': 'Yn aros o hyd',
        'All services': 'Pob gwasanaeth',
        # Waiting and service times
        'Waiting and service times': 'Amseroedd aros a gweini',
        "Times in minutes and seconds. Waits are to the first call; the target is the service's own.":
            "Amseroedd mewn munudau ac eiliadau. Mae'r aros hyd at yr alwad gyntaf; targed y gwasanaeth ei hun "
            "yw'r targed.",
        'Target': 'Targed',
        'Median wait': 'Canolrif aros',
        '90% waited at most': '90% wedi aros hyd at',
        'Longest wait': 'Aros hiraf',
        'Within target': 'O fewn y targed',
        'Median service': 'Canolrif gweini',
        # Hour by hour, and the chart
        'Hour by hour': 'Fesul awr',
        'No customers this day.': 'Dim cwsmeriaid y diwrnod hwn.',
        'Hour': 'Awr',
        'Arrivals': 'Cyrraedd',
        'Longest line': 'Ciw hiraf',
        'Average wait (min)': 'Cymedr aros (mun)',
        # Counters and tellers
        'Nobody worked this day.': 'Ni weithiodd neb y diwrnod hwn.',
        'Open (h:mm)': 'Ar agor (h:mm)',
        'Paused (h:mm)': 'Wedi oedi (h:mm)',
        'Serving (h:mm)': 'Gweini (h:mm)',
        'Utilisation': 'Cyfradd defnyddio',
        # Appointments and wait estimates
        'Appointments': 'Apwyntiadau',
        'Booked for this day': "Wedi'u trefnu ar gyfer y diwrnod",
        'Checked in': 'Wedi cofrestru',
        'Expired': 'Wedi dod i ben',
        'Wait estimates': 'Amcangyfrifon aros',
        'Tickets compared': 'Tocynnau a gymharwyd',
        'Waits ran longer, on average, by': "Roedd yr aros yn hirach, ar gyfartaledd, o",
        'Waits ran shorter, on average, by': "Roedd yr aros yn fyrrach, ar gyfartaledd, o",
        'Mean error either way': "Gwall cymedrig, y naill ffordd neu'r llall",
        'Waited longer than the ticket said': "Wedi aros yn hirach na'r hyn oedd ar y tocyn",
        # The forecast beside the hours, and estimates within the printed range
        'Forecast': 'Rhagolwg',
        'Estimates within range': 'Amcangyfrifon o fewn ystod',
        'Within the printed range': 'O fewn yr ystod a argraffwyd',
        'Within the printed range: the wait to the first call fell inside the range the ticket showed ("3–6 min"); the errors are against the estimate\'s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch\'s history expected in each hour when the day began, as in the staffing plan.':
            "O fewn yr ystod a argraffwyd: roedd yr aros hyd at yr alwad gyntaf o fewn yr ystod a ddangoswyd ar y tocyn (‘3–6 mun’); mae'r gwallau yn erbyn ffigur yr amcangyfrif ei hun, cyn ei dalgrynnu i funudau. Mae'r amcangyfrifon fesul awr yn cyfrif y tocynnau a roddwyd yn yr awr honno. Y rhagolwg yw'r hyn yr oedd hanes y gangen yn ei ddisgwyl ym mhob awr pan ddechreuodd y diwrnod, fel yn y cynllun staffio.",
        # How these figures are counted
        'How these figures are counted': "Sut mae'r ffigurau hyn yn cael eu cyfrif",
        "A wait runs from the moment a ticket joins a service's line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket's second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.":
            "Mae aros yn rhedeg o'r eiliad y mae tocyn yn ymuno â chiw gwasanaeth (wedi'i roi, neu wedi'i "
            "drosglwyddo iddo) hyd at yr alwad gyntaf yno; nid yw galw eto yn ei ailddechrau. Mae ail aros tocyn "
            "a drosglwyddwyd yn cyfrif yn y gwasanaeth y trosglwyddwyd ef iddo. Does dim aros i docynnau a "
            "ganslwyd neu na chawsant eu galw erioed.",
        "Within target: called within the service's target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).":
            "O fewn y targed: wedi'u galw o fewn amser aros targed y gwasanaeth. Canolrif nifer eilrif o "
            "arosiadau yw cymedr y ddau yn y canol; ‘90% wedi aros hyd at’ yw'r 90fed canradd (rheng agosaf).",
        'Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.':
            "Mae amser gweini'n rhedeg o ddechrau'r gwasanaeth (neu o'r alwad, pan gafodd y tocyn ei orffen heb "
            "ei ddechrau) hyd at ei orffen; mae pob gorffen yn cyfrif fel wedi'i weini, beth bynnag fo'r "
            "canlyniad.",
        'Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.':
            "Mae amser ar agor yn rhedeg o agor cownter hyd at ei gau, gan gynnwys cyfnodau oedi. Mae amser "
            "gweini hefyd yn cyfrif cwsmer a drosglwyddwyd i rywle arall, hyd at y trosglwyddo. Cyfradd defnyddio "
            "yw amser gweini wedi'i rannu â'r amser ar agor heb y cyfnodau oedi.",
        'Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.':
            "Mae'r amcangyfrifon yn cymharu'r aros a argraffwyd ar docyn â'i aros hyd at yr alwad gyntaf, ar "
            "gyfer tocynnau a roddwyd gydag amcangyfrif ac a alwyd cyn unrhyw drosglwyddo. Y ciw hiraf yw'r nifer "
            "fwyaf o docynnau a oedd yn aros ar yr un pryd yn y gangen gyfan.",
        # Page decoration, PDF
        'Daily report, %1': 'Adroddiad dyddiol, %1',
        'Tessera, printed %1': 'Tessera, argraffwyd %1',
        'Page %1 of %2': 'Tudalen %1 o %2',
        'Cannot create the directory %1 for the PDF.': "Methu creu'r cyfeiriadur %1 ar gyfer y PDF.",
        'Cannot write %1: %2': 'Methu ysgrifennu %1: %2',
        'Daily report: %1, %2': 'Adroddiad dyddiol: %1, %2',
        # The staffing plan (PlanDocument and PlanChart)
        'Staffing plan: %1': 'Cynllun staffio: %1',
        "There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch's first day.":
            'Nid oes digon o hanes i ragweld y diwrnod hwn: nid oes diwrnod cynharach gyda chwsmeriaid yn y dyddlyfr. Bydd y cynllun ar gael ar ôl diwrnod cyntaf y gangen.',
        'No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.':
            "Ni ddisgwylir unrhyw gwsmeriaid: ni ddaeth neb ar y dydd hwn o'r wythnos yn yr wythnosau diwethaf, felly cymerir bod y gangen ar gau.",
        'Customers expected': 'Cwsmeriaid a ddisgwylir',
        'Most counters advised': 'Uchafswm cownteri a argymhellir',
        'Counter hours advised': 'Oriau cownter a argymhellir',
        'Counter hours open a week before': 'Oriau cownter ar agor wythnos ynghynt',
        'Counters advised': 'Cownteri a argymhellir',
        'Counters open a week before': 'Cownteri ar agor wythnos ynghynt',
        'Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.':
            ("Rhagolwg o'r %n diwrnod o hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod "
             "cynharach ar y dydd hwn o'r wythnos eto, felly ystyriwch ef yn ganllaw bras.",
             "Rhagolwg o'r %n diwrnod o hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod "
             "cynharach ar y dydd hwn o'r wythnos eto, felly ystyriwch ef yn ganllaw bras.",
             "Rhagolwg o'r %n diwrnod o hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod "
             "cynharach ar y dydd hwn o'r wythnos eto, felly ystyriwch ef yn ganllaw bras.",
             "Rhagolwg o'r %n diwrnod o hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod "
             "cynharach ar y dydd hwn o'r wythnos eto, felly ystyriwch ef yn ganllaw bras.",
             "Rhagolwg o'r %n o ddiwrnodau hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod "
             "cynharach ar y dydd hwn o'r wythnos eto, felly ystyriwch ef yn ganllaw bras."),
        'Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.':
            ("Rhagolwg o'r dydd hwn o'r wythnos yn ystod y %n wythnos ddiwethaf, gyda'r wythnosau diweddaraf "
             "yn pwyso mwy, wedi'i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o "
             "gwsmeriaid.",
             "Rhagolwg o'r dydd hwn o'r wythnos yn ystod y %n wythnos ddiwethaf, gyda'r wythnosau diweddaraf "
             "yn pwyso mwy, wedi'i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o "
             "gwsmeriaid.",
             "Rhagolwg o'r dydd hwn o'r wythnos yn ystod y %n wythnos ddiwethaf, gyda'r wythnosau diweddaraf "
             "yn pwyso mwy, wedi'i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o "
             "gwsmeriaid.",
             "Rhagolwg o'r dydd hwn o'r wythnos yn ystod y %n wythnos ddiwethaf, gyda'r wythnosau diweddaraf "
             "yn pwyso mwy, wedi'i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o "
             "gwsmeriaid.",
             "Rhagolwg o'r dydd hwn o'r wythnos yn ystod y %n o wythnosau diwethaf, gyda'r wythnosau diweddaraf "
             "yn pwyso mwy, wedi'i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o "
             "gwsmeriaid."),
        'How the advice is worked out': "Sut mae'r cyngor yn cael ei gyfrifo",
        "Counters advised: the fewest with which %1 of customers are called within their service's target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.":
            "Cownteri a argymhellir: y nifer lleiaf sy'n sicrhau bod %1 o gwsmeriaid yn cael eu galw o fewn amser aros targed eu gwasanaeth, yn ôl Erlang A: cwsmeriaid yn cyrraedd ar hap ar y gyfradd a ragwelir, yr amseroedd gweini a ddysgwyd, a chwsmeriaid sy'n rhoi'r gorau iddi ar ôl yr amynedd a ddangosir yn y dyddlyfr. Rhoddir Erlang C, sy'n tybio nad oes neb yn rhoi'r gorau iddi, wrth ei ochr, ac mae'n gofyn am gymaint neu ragor.",
        "The branch's counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service's work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.":
            "Mae cownteri'r gangen yn gwasanaethu sawl gwasanaeth, felly mae'r cyngor ar gyfer pob un gyda'i gilydd, ar amser gweini cymedrig y cymysgedd a'r targed llymaf yn eu plith. Mae'r golofn olaf yn ei rannu yn ôl gwaith pob gwasanaeth (cwsmeriaid wedi'u lluosi ag amser gweini): mae angen mwy o gownteri os cânt eu cadw ar gyfer un gwasanaeth yn unig, gan na all ciwiau ar wahân helpu ei gilydd.",
        'Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.':
            "Cyfartaleddir y cownteri a oedd ar agor wythnos ynghynt dros bob hanner awr: mae cownter a oedd ar agor am 15 o'i 30 munud yn cyfrif fel hanner.",
        'Time': 'Amser',
        'Service time': 'Amser gweini',
        'Erlang C': 'Erlang C',
        'Advised': 'Argymhellir',
        'Reaches': 'Yn cyflawni',
        'Open a week before': 'Ar agor wythnos ynghynt',
        'Shared out': 'Fesul gwasanaeth',
        'Staffing plan, %1': 'Cynllun staffio, %1',
        'The plan could not be finished on the printer or in the PDF file.':
            'Nid oedd modd gorffen y cynllun ar yr argraffydd nac yn y ffeil PDF.',
        'Staffing plan: %1, %2': 'Cynllun staffio: %1, %2',
    },
}

# The customers' ratings and comments (given on the ticket's web page).
_DEFINITION = ("Ratings (1 to 5) are given by customers on their ticket's web page after the visit, at most once per "
               "ticket, and count on the day they were given for the service, counter and teller that finished the "
               "visit. Their comments are printed as typed.")
_RATINGS = {
    'zh_CN': {'Rating (ratings)': '评分（人数）', 'Customer satisfaction': '客户满意度', 'Ratings given': '评分次数',
              'Average rating (1 to 5)': '平均评分（1 至 5）', 'Ratings': '评分次数', 'Average rating': '平均评分',
              'What customers wrote': '客户留言', 'Time': '时间', 'Ticket': '号码', 'Rating': '评分', 'Comment': '留言',
              _DEFINITION: '评分（1 至 5）由客户在办理结束后于其号码的网页上给出，每个号码最多一次，计入给出当天，'
                           '归于完成该次办理的业务、窗口和柜员。客户留言按原文打印。'},
    'zh_TW': {'Rating (ratings)': '評分（人數）', 'Customer satisfaction': '客戶滿意度', 'Ratings given': '評分次數',
              'Average rating (1 to 5)': '平均評分（1 至 5）', 'Ratings': '評分次數', 'Average rating': '平均評分',
              'What customers wrote': '客戶留言', 'Time': '時間', 'Ticket': '號碼', 'Rating': '評分', 'Comment': '留言',
              _DEFINITION: '評分（1 至 5）由客戶在辦理結束後於其號碼的網頁上給出，每個號碼最多一次，計入給出當天，'
                           '歸於完成該次辦理的業務、櫃檯和櫃員。客戶留言按原文列印。'},
    'lv': {'Rating (ratings)': 'Vērtējums (skaits)', 'Customer satisfaction': 'Klientu apmierinātība',
           'Ratings given': 'Saņemti vērtējumi', 'Average rating (1 to 5)': 'Vidējais vērtējums (1–5)',
           'Ratings': 'Vērtējumi', 'Average rating': 'Vidējais vērtējums', 'What customers wrote': 'Ko rakstīja klienti',
           'Time': 'Laiks', 'Ticket': 'Numurs', 'Rating': 'Vērtējums', 'Comment': 'Komentārs',
           _DEFINITION: 'Vērtējumus (no 1 līdz 5) klienti dod pēc apmeklējuma savas biļetes tīmekļa lapā, ne vairāk kā '
                        'vienu reizi par biļeti; tie tiek skaitīti dienā, kad doti, pakalpojumam, lodziņam un '
                        'darbiniekam, kas apmeklējumu pabeidza. Komentāri ir drukāti, kā tie rakstīti.'},
    'cy': {'Rating (ratings)': 'Sgôr (nifer)', 'Customer satisfaction': 'Boddhad cwsmeriaid',
           'Ratings given': 'Sgoriau a roddwyd', 'Average rating (1 to 5)': 'Sgôr cyfartalog (1 i 5)',
           'Ratings': 'Sgoriau', 'Average rating': 'Sgôr cyfartalog', 'What customers wrote': 'Beth ysgrifennodd cwsmeriaid',
           'Time': 'Amser', 'Ticket': 'Tocyn', 'Rating': 'Sgôr', 'Comment': 'Sylw',
           _DEFINITION: "Mae cwsmeriaid yn rhoi sgoriau (1 i 5) ar dudalen we eu tocyn ar ôl yr ymweliad, unwaith y "
                        "tocyn ar y mwyaf, ac maent yn cyfrif ar y diwrnod y'u rhoddwyd i'r gwasanaeth, y cownter a'r "
                        "ariannwr a orffennodd yr ymweliad. Caiff eu sylwadau eu hargraffu fel y'u teipiwyd."},
}
for _language, _phrases in _RATINGS.items():
    for _source, _text in _phrases.items():
        PHRASES[_language].setdefault(_source, _text)
