"""The lobby display's own words (not the announcements: those are in libqueue/voice), by
language, keyed by the English source text."""

PHRASES = {
    'zh_CN': {
        'Tessera display': 'Tessera 叫号显示屏',
        'Not connected. Calls will appear here again as soon as the connection is back.':
            '连接中断。连接恢复后，叫号会重新显示在这里。',
        'Called again': '再次呼叫',
        'Now calling': '请到窗口办理',
        'Welcome': '欢迎光临',
        'Recent calls': '最近叫号',
        'Recent calls (may be out of date)': '最近叫号（可能不是最新）',
        'Counter %1': '%1号窗口',
        '%1: %2 waiting': '%1：%2 人等候',
        '%1: %2 waiting, new tickets %3': '%1：%2 人等候，新取号约 %3',
    },
    'zh_TW': {
        'Tessera display': 'Tessera 叫號顯示螢幕',
        'Not connected. Calls will appear here again as soon as the connection is back.':
            '連線中斷。連線恢復後，叫號會重新顯示在這裡。',
        'Called again': '再次呼叫',
        'Now calling': '請到櫃檯辦理',
        'Welcome': '歡迎光臨',
        'Recent calls': '最近叫號',
        'Recent calls (may be out of date)': '最近叫號（可能不是最新）',
        'Counter %1': '%1號櫃檯',
        '%1: %2 waiting': '%1：%2 人等候',
        '%1: %2 waiting, new tickets %3': '%1：%2 人等候，新取號約 %3',
    },
    'lv': {
        'Tessera display': 'Tessera displejs',
        'Not connected. Calls will appear here again as soon as the connection is back.':
            'Nav savienojuma. Izsaukumi šeit parādīsies, tiklīdz savienojums būs atjaunots.',
        'Called again': 'Izsaukts atkārtoti',
        'Now calling': 'Tagad izsaucam',
        'Welcome': 'Laipni lūdzam',
        'Recent calls': 'Pēdējie izsaukumi',
        'Recent calls (may be out of date)': 'Pēdējie izsaukumi (var nebūt aktuāli)',
        'Counter %1': 'Lodziņš %1',
        '%1: %2 waiting': '%1: gaida %2',
        '%1: %2 waiting, new tickets %3': '%1: gaida %2, jaunām biļetēm %3',
    },
    'cy': {
        'Tessera display': 'Sgrin Tessera',
        'Not connected. Calls will appear here again as soon as the connection is back.':
            "Dim cysylltiad. Bydd y galwadau'n ymddangos yma eto cyn gynted ag y bydd y cysylltiad yn ôl.",
        'Called again': 'Galwyd eto',
        'Now calling': 'Yn galw nawr',
        'Welcome': 'Croeso',
        'Recent calls': 'Galwadau diweddar',
        'Recent calls (may be out of date)': "Galwadau diweddar (efallai'n hen)",
        'Counter %1': 'Cownter %1',
        '%1: %2 waiting': '%1: %2 yn aros',
        '%1: %2 waiting, new tickets %3': '%1: %2 yn aros, tocynnau newydd %3',
    },
}
