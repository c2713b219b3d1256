"""The kiosk's texts for customers, by language, keyed by the English source text."""

PHRASES = {
    'zh_CN': {
        'No counter is open for this yet': '暂无窗口办理此业务',
        '%1 waiting · %2': '%1 人等候 · %2',
        'less than a minute': '不到 1 分钟',
        'up to %1 min': '最多 %1 分钟',
        '%1–%2 min': '%1–%2 分钟',
        'No more tickets today': '今日号码已发完',
        'Closed': '暂停办理',
        'Closed now · opens at %1': '现在暂停办理 · %1 开始',
        'Closed now · opens %1 %2': '现在暂停办理 · %1 %2 开始',
        'People ahead of you: %1': '您前面还有 %1 人',
        'Estimated wait: not known yet': '预计等候时间：暂无',
        'Estimated wait: %1': '预计等候：%1',
        'Check in for your appointment': '预约签到',
        'Enter the %1-digit code from your booking confirmation.': '请输入预约确认中的 %1 位签到码。',
        'Delete the last digit': '删除最后一位',
        'Check in': '签到',
        'Back': '返回',
        'Code entered: %1': '已输入：%1',
        'Tessera kiosk': 'Tessera 取号机',
        'Out of service': '暂停服务',
        'This kiosk cannot issue tickets right now. Please ask a member of staff for help.':
            '本机暂时无法取号。请向工作人员寻求帮助。',
        'Sorry, no ticket was issued': '抱歉，未能取号',
        'Please try again, or ask a member of staff for help.': '请重试，或向工作人员寻求帮助。',
        "All of today's numbers for this service have been given out. Please ask a member of staff.":
            '此业务今日的号码已全部发完。请咨询工作人员。',
        'No tickets can be taken for this service now. Please come back when it is open.':
            '此业务现在不能取号。请在办理时间内再来。',
        'You could not be checked in': '签到未成功',
        'You are early: your appointment is at %1. You can check in from %2.':
            '您来早了：您的预约时间是 %1，%2 起可以签到。',
        'You are early. Please check in closer to your appointment time.': '您来早了。请在接近预约时间时签到。',
        'The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.':
            '此预约的签到时间已过。请在首页取号，或咨询工作人员。',
        'This code has already been used. Your number is %1.': '此签到码已使用。您的号码是 %1。',
        'This code has already been used. Please ask a member of staff.': '此签到码已使用。请咨询工作人员。',
        'We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.':
            '找不到签到码 %1。请核对预约确认中的签到码后重试，或在首页取号。',
        'Back to the start': '返回首页',
        'I am 65 or older': '我已年满 65 岁',
        'I am pregnant': '我是孕妇',
        'I have a disability': '我是残障人士',
        'Do you need to be served first?': '您需要优先办理吗？',
        'No, a standard ticket': '不需要，取普通号',
        'Welcome': '欢迎',
        'Touch the service you need to take a ticket.': '请点击您要办理的业务取号。',
        'I have an appointment': '我有预约',
        'Your number': '您的号码',
        'Your number is %1': '您的号码是 %1',
        'We will call you as soon as a counter opens.': '窗口开放后我们会尽快叫您的号。',
        'Please take your ticket below.': '请在下方取走号票。',
        'Printing your ticket…': '正在打印号票…',
        'The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.':
            '号票未能打印。请记住您的号码：%1。您的排队位置不变。',
        'Please remember your number. It will be shown on the screens when it is your turn.':
            '请记住您的号码。轮到您时，号码会显示在屏幕上。',
        'Done': '完成',
    },
    'zh_TW': {
        'No counter is open for this yet': '暫無櫃檯辦理此業務',
        '%1 waiting · %2': '%1 人等候 · %2',
        'less than a minute': '不到 1 分鐘',
        'up to %1 min': '最多 %1 分鐘',
        '%1–%2 min': '%1–%2 分鐘',
        'No more tickets today': '今日號碼已發完',
        'Closed': '暫停辦理',
        'Closed now · opens at %1': '現在暫停辦理 · %1 開始',
        'Closed now · opens %1 %2': '現在暫停辦理 · %1 %2 開始',
        'People ahead of you: %1': '您前面還有 %1 人',
        'Estimated wait: not known yet': '預計等候時間：暫無',
        'Estimated wait: %1': '預計等候：%1',
        'Check in for your appointment': '預約報到',
        'Enter the %1-digit code from your booking confirmation.': '請輸入預約確認中的 %1 位報到碼。',
        'Delete the last digit': '刪除最後一位',
        'Check in': '報到',
        'Back': '返回',
        'Code entered: %1': '已輸入：%1',
        'Tessera kiosk': 'Tessera 取號機',
        'Out of service': '暫停服務',
        'This kiosk cannot issue tickets right now. Please ask a member of staff for help.':
            '本機暫時無法取號。請向工作人員尋求協助。',
        'Sorry, no ticket was issued': '抱歉，未能取號',
        'Please try again, or ask a member of staff for help.': '請重試，或向工作人員尋求協助。',
        "All of today's numbers for this service have been given out. Please ask a member of staff.":
            '此業務今日的號碼已全部發完。請洽詢工作人員。',
        'No tickets can be taken for this service now. Please come back when it is open.':
            '此業務現在不能取號。請於辦理時間內再來。',
        'You could not be checked in': '報到未成功',
        'You are early: your appointment is at %1. You can check in from %2.':
            '您來早了：您的預約時間是 %1，%2 起可以報到。',
        'You are early. Please check in closer to your appointment time.': '您來早了。請於接近預約時間時報到。',
        'The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.':
            '此預約的報到時間已過。請於首頁取號，或洽詢工作人員。',
        'This code has already been used. Your number is %1.': '此報到碼已使用。您的號碼是 %1。',
        'This code has already been used. Please ask a member of staff.': '此報到碼已使用。請洽詢工作人員。',
        'We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.':
            '找不到報到碼 %1。請核對預約確認中的報到碼後重試，或於首頁取號。',
        'Back to the start': '返回首頁',
        'I am 65 or older': '我已年滿 65 歲',
        'I am pregnant': '我是孕婦',
        'I have a disability': '我是身心障礙人士',
        'Do you need to be served first?': '您需要優先辦理嗎？',
        'No, a standard ticket': '不需要，取一般號碼',
        'Welcome': '歡迎',
        'Touch the service you need to take a ticket.': '請點選您要辦理的業務取號。',
        'I have an appointment': '我有預約',
        'Your number': '您的號碼',
        'Your number is %1': '您的號碼是 %1',
        'We will call you as soon as a counter opens.': '櫃檯開放後我們會盡快叫您的號碼。',
        'Please take your ticket below.': '請於下方取走號碼牌。',
        'Printing your ticket…': '正在列印號碼牌…',
        'The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.':
            '號碼牌未能列印。請記住您的號碼：%1。您的排隊順序不變。',
        'Please remember your number. It will be shown on the screens when it is your turn.':
            '請記住您的號碼。輪到您時，號碼會顯示在螢幕上。',
        'Done': '完成',
    },
    'lv': {
        'No counter is open for this yet': 'Pagaidām neviens lodziņš to neapkalpo',
        '%1 waiting · %2': 'Gaida: %1 · %2',
        'less than a minute': 'mazāk par minūti',
        'up to %1 min': 'līdz %1 min',
        '%1–%2 min': '%1–%2 min',
        'No more tickets today': 'Šodien biļešu vairs nav',
        'Closed': 'Slēgts',
        'Closed now · opens at %1': 'Pašlaik slēgts · atver %1',
        'Closed now · opens %1 %2': 'Pašlaik slēgts · atver %1 %2',
        'People ahead of you: %1': 'Cilvēki pirms jums: %1',
        'Estimated wait: not known yet': 'Gaidīšanas laiks: vēl nav zināms',
        'Estimated wait: %1': 'Gaidīšanas laiks: %1',
        'Check in for your appointment': 'Reģistrējieties pierakstam',
        'Enter the %1-digit code from your booking confirmation.': 'Ievadiet %1 ciparu kodu no pieraksta apstiprinājuma.',
        'Delete the last digit': 'Dzēst pēdējo ciparu',
        'Check in': 'Reģistrēties',
        'Back': 'Atpakaļ',
        'Code entered: %1': 'Ievadītais kods: %1',
        'Tessera kiosk': 'Tessera kiosks',
        'Out of service': 'Nedarbojas',
        'This kiosk cannot issue tickets right now. Please ask a member of staff for help.':
            'Šis kiosks pašlaik nevar izsniegt biļetes. Lūdzu, vērsieties pie darbinieka.',
        'Sorry, no ticket was issued': 'Atvainojiet, biļete netika izsniegta',
        'Please try again, or ask a member of staff for help.': 'Lūdzu, mēģiniet vēlreiz vai vērsieties pie darbinieka.',
        "All of today's numbers for this service have been given out. Please ask a member of staff.":
            'Visi šodienas numuri šim pakalpojumam ir izsniegti. Lūdzu, vērsieties pie darbinieka.',
        'No tickets can be taken for this service now. Please come back when it is open.':
            'Šim pakalpojumam pašlaik nevar saņemt biļeti. Lūdzu, atnāciet, kad tas būs atvērts.',
        'You could not be checked in': 'Reģistrēties neizdevās',
        'You are early: your appointment is at %1. You can check in from %2.':
            'Jūs esat ieradies agri: jūsu pieraksts ir %1. Reģistrēties varat no %2.',
        'You are early. Please check in closer to your appointment time.':
            'Jūs esat ieradies agri. Lūdzu, reģistrējieties tuvāk pieraksta laikam.',
        'The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.':
            'Reģistrācijas laiks šim pierakstam ir beidzies. Lūdzu, paņemiet biļeti sākuma ekrānā vai vērsieties pie darbinieka.',
        'This code has already been used. Your number is %1.': 'Šis kods jau ir izmantots. Jūsu numurs ir %1.',
        'This code has already been used. Please ask a member of staff.':
            'Šis kods jau ir izmantots. Lūdzu, vērsieties pie darbinieka.',
        'We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.':
            'Kods %1 netika atrasts. Pārbaudiet kodu pieraksta apstiprinājumā un mēģiniet vēlreiz vai paņemiet biļeti sākuma ekrānā.',
        'Back to the start': 'Uz sākumu',
        'I am 65 or older': 'Man ir 65 gadi vai vairāk',
        'I am pregnant': 'Esmu grūtniece',
        'I have a disability': 'Man ir invaliditāte',
        'Do you need to be served first?': 'Vai jums nepieciešama apkalpošana bez rindas?',
        'No, a standard ticket': 'Nē, parasta biļete',
        'Welcome': 'Laipni lūdzam',
        'Touch the service you need to take a ticket.': 'Pieskarieties vajadzīgajam pakalpojumam, lai saņemtu biļeti.',
        'I have an appointment': 'Man ir pieraksts',
        'Your number': 'Jūsu numurs',
        'Your number is %1': 'Jūsu numurs ir %1',
        'We will call you as soon as a counter opens.': 'Mēs jūs izsauksim, tiklīdz atvērsies lodziņš.',
        'Please take your ticket below.': 'Lūdzu, paņemiet biļeti zemāk.',
        'Printing your ticket…': 'Drukājam jūsu biļeti…',
        'The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.':
            'Biļeti neizdevās izdrukāt. Lūdzu, atcerieties savu numuru: %1. Jūsu vieta rindā ir saglabāta.',
        'Please remember your number. It will be shown on the screens when it is your turn.':
            'Lūdzu, atcerieties savu numuru. Kad pienāks jūsu kārta, tas parādīsies ekrānos.',
        'Done': 'Gatavs',
    },
    'cy': {
        'No counter is open for this yet': "Does dim cownter ar agor ar gyfer hyn eto",
        '%1 waiting · %2': '%1 yn aros · %2',
        'less than a minute': 'llai na munud',
        'up to %1 min': 'hyd at %1 mun',
        '%1–%2 min': '%1–%2 mun',
        'No more tickets today': 'Dim mwy o docynnau heddiw',
        'Closed': 'Ar gau',
        'Closed now · opens at %1': 'Ar gau nawr · yn agor am %1',
        'Closed now · opens %1 %2': 'Ar gau nawr · yn agor %1 %2',
        'People ahead of you: %1': "Pobl o'ch blaen: %1",
        'Estimated wait: not known yet': 'Amser aros: ddim yn hysbys eto',
        'Estimated wait: %1': 'Amser aros: %1',
        'Check in for your appointment': "Cofrestrwch ar gyfer eich apwyntiad",
        'Enter the %1-digit code from your booking confirmation.': "Rhowch y cod %1 digid o gadarnhad eich archeb.",
        'Delete the last digit': "Dileu'r digid olaf",
        'Check in': 'Cofrestru',
        'Back': 'Yn ôl',
        'Code entered: %1': "Cod a roddwyd: %1",
        'Tessera kiosk': 'Ciosg Tessera',
        'Out of service': 'Allan o wasanaeth',
        'This kiosk cannot issue tickets right now. Please ask a member of staff for help.':
            "Ni all y ciosg hwn roi tocynnau ar hyn o bryd. Gofynnwch i aelod o staff am help.",
        'Sorry, no ticket was issued': "Mae'n ddrwg gennym, ni roddwyd tocyn",
        'Please try again, or ask a member of staff for help.': "Rhowch gynnig arall arni, neu gofynnwch i aelod o staff am help.",
        "All of today's numbers for this service have been given out. Please ask a member of staff.":
            "Mae holl rifau heddiw ar gyfer y gwasanaeth hwn wedi'u rhoi. Gofynnwch i aelod o staff.",
        'No tickets can be taken for this service now. Please come back when it is open.':
            "Ni ellir cymryd tocynnau ar gyfer y gwasanaeth hwn nawr. Dewch yn ôl pan fydd ar agor.",
        'You could not be checked in': 'Nid oedd modd eich cofrestru',
        'You are early: your appointment is at %1. You can check in from %2.':
            "Rydych yn gynnar: mae eich apwyntiad am %1. Gallwch gofrestru o %2.",
        'You are early. Please check in closer to your appointment time.':
            "Rydych yn gynnar. Cofrestrwch yn nes at amser eich apwyntiad.",
        'The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.':
            "Mae'r amser i gofrestru ar gyfer yr apwyntiad hwn wedi mynd heibio. Cymerwch docyn ar y sgrin gychwyn, neu gofynnwch i aelod o staff.",
        'This code has already been used. Your number is %1.': "Mae'r cod hwn wedi'i ddefnyddio eisoes. Eich rhif yw %1.",
        'This code has already been used. Please ask a member of staff.':
            "Mae'r cod hwn wedi'i ddefnyddio eisoes. Gofynnwch i aelod o staff.",
        'We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.':
            "Ni allwn ddod o hyd i'r cod %1. Gwiriwch y cod yng nghadarnhad eich archeb a rhowch gynnig arall arni, neu cymerwch docyn ar y sgrin gychwyn.",
        'Back to the start': "Yn ôl i'r dechrau",
        'I am 65 or older': "Rwy'n 65 oed neu'n hŷn",
        'I am pregnant': 'Rwy’n feichiog',
        'I have a disability': 'Mae gen i anabledd',
        'Do you need to be served first?': 'Oes angen i chi gael eich gweld yn gyntaf?',
        'No, a standard ticket': 'Na, tocyn arferol',
        'Welcome': 'Croeso',
        'Touch the service you need to take a ticket.': "Cyffyrddwch â'r gwasanaeth sydd ei angen arnoch i gael tocyn.",
        'I have an appointment': 'Mae gen i apwyntiad',
        'Your number': 'Eich rhif',
        'Your number is %1': 'Eich rhif yw %1',
        'We will call you as soon as a counter opens.': "Byddwn yn eich galw cyn gynted ag y bydd cownter yn agor.",
        'Please take your ticket below.': "Cymerwch eich tocyn isod.",
        'Printing your ticket…': "Yn argraffu eich tocyn…",
        'The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.':
            "Nid oedd modd argraffu'r tocyn. Cofiwch eich rhif: %1. Mae eich lle yn y ciw yn cael ei gadw.",
        'Please remember your number. It will be shown on the screens when it is your turn.':
            "Cofiwch eich rhif. Bydd yn ymddangos ar y sgriniau pan ddaw eich tro.",
        'Done': 'Wedi gorffen',
    },
}

# The ticket screen's QR code, where the branch has web pages.
_SCAN = 'Scan the code to follow your turn on your phone. You can also leave the queue there.'
_QR = "QR code of your ticket's page"
_PHONE = {
    'zh_CN': {_QR: '您的号码网页的二维码', _SCAN: '用手机扫描二维码，即可随时查看排队进度，也可以在网页上取消排队。'},
    'zh_TW': {_QR: '您的號碼網頁的 QR 碼', _SCAN: '用手機掃描 QR 碼，即可隨時查看排隊進度，也可以在網頁上取消排隊。'},
    'lv': {_QR: 'Jūsu biļetes lapas QR kods',
           _SCAN: 'Noskenējiet kodu ar tālruni, lai sekotu savai kārtai. Tur varat arī atteikties no rindas.'},
    'cy': {_QR: 'Cod QR tudalen eich tocyn',
           _SCAN: 'Sganiwch y cod i ddilyn eich tro ar eich ffôn. Gallwch hefyd adael y ciw yno.'},
}
for _language, _phrases in _PHONE.items():
    PHRASES[_language].update(_phrases)
