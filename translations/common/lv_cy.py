"""Latvian and Welsh for the messages of the server, the library and the station settings (every
context not in the kiosk, teller, display or report tables), keyed by the English source text."""

PHRASES = {
    'lv': {
        'Cannot write %1: check that this user may write there.': 'Nevar ierakstīt %1: pārbaudiet, vai šim lietotājam tur ir rakstīšanas tiesības.',
        'There is no journal at %1.': 'Vietā %1 nav žurnāla.',
        'The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.': 'Žurnāla %1 shēmas versija ir %2, bet šī Tessera lasa shēmu %3: vienreiz palaidiet tessera-server (tas atjaunina žurnālu) un mēģiniet vēlreiz.',
        'the journal was opened for reading only': 'žurnāls ir atvērts tikai lasīšanai',
        'no "%1" translation; the PDF\'s words are in English.': 'nav "%1" tulkojuma; PDF teksts būs angļu valodā.',
        'The server did not send the report in time. Try again.': 'Serveris nenosūtīja atskaiti laikā. Mēģiniet vēlreiz.',
        'The station does not take the answer it asked for.': 'Stacija nepieņem atbildi, ko pati pieprasīja.',
        'The journal has nothing for %1: the server was not running that day.': 'Žurnālā nav nekā par %1: serveris tajā dienā nedarbojās.',
        # BranchConfigLoader: fragments after a key path such as "services[2].prefix: "
        'unknown key; expected one of: %1': 'nezināma atslēga; sagaidāma kāda no šīm: %1',
        'is required': 'jānorāda obligāti',
        'must be a non-empty text': 'jābūt tekstam, kas nav tukšs',
        'must be a whole number from %1 to %2': 'jābūt veselam skaitlim no %1 līdz %2',
        'must be true or false': 'jābūt true vai false',
        'must be an object': 'jābūt objektam',
        'must be a list': 'jābūt sarakstam',
        'needs a text in at least one language': 'nepieciešams teksts vismaz vienā valodā',
        'is not a weekday or range such as "mon" or "mon-fri"':
            'nav nedēļas diena vai diapazons, piemēram, "mon" vai "mon-fri"',
        '"%1" is not a time span such as "09:00-17:30"': '"%1" nav laika posms, piemēram, "09:00-17:30"',
        'must be lowercase letters, digits and dashes': 'jāsastāv no mazajiem burtiem, cipariem un defisēm',
        '"%1" is not a known time zone such as "Europe/Riga"':
            '"%1" nav zināma laika josla, piemēram, "Europe/Riga"',
        'needs at least one language': 'nepieciešama vismaz viena valoda',
        'must be one of the languages': 'jābūt vienai no norādītajām valodām',
        'must be a time such as "03:00"': 'jābūt laikam, piemēram, "03:00"',
        'must be "cancel" or "carryOver"': 'jābūt "cancel" vai "carryOver"',
        '"%1" must be appointment, vip or priority, each at most once':
            '"%1": jābūt appointment, vip vai priority, katram ne vairāk kā vienu reizi',
        'needs at least one outcome code': 'nepieciešams vismaz viens rezultāta kods',
        'needs at least one service': 'nepieciešams vismaz viens pakalpojums',
        "must be 1-32 lowercase letters, digits, '-' or '_'":
            "jāsastāv no 1-32 mazajiem burtiem, cipariem, '-' vai '_'",
        '"%1" is used by another service': '"%1" jau izmanto cits pakalpojums',
        'must be 1-3 capital letters A-Z': 'jāsastāv no 1-3 lielajiem burtiem A-Z',
        'needs at least one counter': 'nepieciešams vismaz viens lodziņš',
        'counter %1 is listed twice': 'lodziņš %1 norādīts divreiz',
        'Counter %1': 'Lodziņš %1',
        'is not a service id': 'nav pakalpojuma id',
        'needs at least one service with a weight': 'nepieciešams vismaz viens pakalpojums ar svaru',
        'no counter serves "%1"; its tickets could never be called':
            'neviens lodziņš neapkalpo "%1"; šī pakalpojuma biļetes nekad netiktu izsauktas',
        '"%1" is listed twice': '"%1" norādīts divreiz',
        'must be "teller" or "supervisor"': 'jābūt "teller" vai "supervisor"',
        '%1 (make one with: tessera-server hash-password)': '%1 (izveidojiet to ar: tessera-server hash-password)',
        'cannot read the file: %1': 'nevar nolasīt failu: %1',
        'not valid JSON: %1': 'nederīgs JSON: %1',
        'the file must hold one JSON object': 'failā jābūt vienam JSON objektam',
        'has no announcement phrases; one of: %1': 'šai valodai nav paziņojumu frāžu; jābūt kādai no šīm: %1',
        'must be "recorded" or "speech"': 'jābūt "recorded" vai "speech"',
        'must be "digits" or "whole"': 'jābūt "digits" vai "whole"',
        # BranchKey
        'A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from "tessera-server key show".':
            'Filiāles atslēga sastāv no 64 heksadecimāliem cipariem (0-9, a-f); šajā pēc atstarpju noņemšanas '
            'rakstzīmju skaits ir %1. Nokopējiet to vēlreiz no "tessera-server key show".',
        'Cannot read the branch key file %1: %2': 'Nevar nolasīt filiāles atslēgas failu %1: %2',
        'Cannot write the branch key file %1: %2': 'Nevar ierakstīt filiāles atslēgas failu %1: %2',
        # DisplaySettings
        '%1: station.role is %2; a lobby display needs role=display':
            '%1: station.role ir %2; uzgaidāmās telpas displejam nepieciešams role=display',
        '%1: %2 must be a whole number from %3 to %4': '%1: %2 vērtībai jābūt veselam skaitlim no %3 līdz %4',
        '%1: display.counters must list counter numbers, such as 1,2,3 ("%2" is not one)':
            '%1: display.counters jābūt lodziņu numuru sarakstam, piemēram, 1,2,3 ("%2" nav lodziņa numurs)',
        # Journal
        'The data directory %1 does not exist.': 'Datu mape %1 neeksistē.',
        'Cannot open the journal %1: %2': 'Nevar atvērt žurnālu %1: %2',
        'Cannot use the journal %1: %2': 'Nevar izmantot žurnālu %1: %2',
        'Cannot upgrade the journal %1: %2': 'Nevar atjaunināt žurnālu %1: %2',
        'it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.':
            'to ierakstījusi jaunāka Tessera versija (shēma %1, šī versija pazīst līdz %2); '
            'instalējiet jaunāko versiju.',
        'schema upgrade to version %1 failed: %2': 'shēmas atjaunināšana uz versiju %1 neizdevās: %2',
        'event %1 is missing from the journal (found %2 next)': 'žurnālā trūkst notikuma %1 (nākamais atrasts %2)',
        'event %1 (%2) cannot be read': 'notikumu %1 (%2) nevar nolasīt',
        # KioskSettings
        '%1: station.role is %2; a kiosk needs role=kiosk': '%1: station.role ir %2; kioskam nepieciešams role=kiosk',
        '%1: kiosk.paperWidth must be 80 or 58 (mm)': '%1: kiosk.paperWidth vērtībai jābūt 80 vai 58 (mm)',
        '%1: kiosk.idleSeconds must be a whole number from 5 to 600':
            '%1: kiosk.idleSeconds vērtībai jābūt veselam skaitlim no 5 līdz 600',
        '%1: kiosk.ticketSeconds must be a whole number from 3 to 120':
            '%1: kiosk.ticketSeconds vērtībai jābūt veselam skaitlim no 3 līdz 120',
        # QueueEngine
        'There is no service "%1" in this branch.': 'Šajā filiālē nav pakalpojuma "%1".',
        "Enter the customer's name.": 'Ievadiet klienta vārdu.',
        'That time has already passed: choose a later slot.': 'Šis laiks jau ir pagājis: izvēlieties vēlāku laiku.',
        'Appointments start on %1-minute slots (such as 10:00 or 10:%2).':
            'Pieraksti sākas %1 minūšu intervālu sākumā (piemēram, 10:00 vai 10:%2).',
        '%1 is closed at %2: choose a slot in its opening hours.':
            'Pakalpojums %1 ir slēgts %2: izvēlieties laiku tā darba laikā.',
        'We cannot find an appointment with code %1. Check the code, or take a ticket instead.':
            'Pieraksts ar kodu %1 netika atrasts. Pārbaudiet kodu vai tā vietā paņemiet biļeti.',
        'This appointment is already checked in. Please wait for your number to be called.':
            'Šim pierakstam reģistrācija jau ir veikta. Lūdzu, gaidiet, kad tiks izsaukts jūsu numurs.',
        'Your appointment at %1 has passed. Please take a ticket or book a new time.':
            'Jūsu pieraksta laiks %1 ir pagājis. Lūdzu, paņemiet biļeti vai pierakstieties uz citu laiku.',
        'Your appointment is at %1. You can check in from %2.': 'Jūsu pieraksts ir %1. Reģistrēties varat no %2.',
        'There is no booked appointment with code %1.': 'Nav aktīva pieraksta ar kodu %1.',
        'Counter %1 still has %2: finish or transfer it first.':
            'Lodziņā %1 joprojām ir %2: vispirms pabeidziet vai pārsūtiet to.',
        'There is no counter %1 in this branch.': 'Šajā filiālē nav lodziņa %1.',
        'Nobody is logged in at counter %1: log in first.': 'Lodziņā %1 neviens nav pieteicies: vispirms piesakieties.',
        'Counter %1 is already open.': 'Lodziņš %1 jau ir atvērts.',
        'Counter %1 is already closed.': 'Lodziņš %1 jau ir slēgts.',
        'The name or password is not right. Check them and try again.':
            'Vārds vai parole nav pareiza. Pārbaudiet tos un mēģiniet vēlreiz.',
        '%1 is already logged in at counter %2: log out there first.':
            '%1 jau ir pieteicies lodziņā %2: vispirms izrakstieties tur.',
        '%1 is logged in at counter %2.': '%1 ir pieteicies lodziņā %2.',
        'Ticket %1 is still in the queue for service "%2": keep the service until it is done.':
            'Biļete %1 joprojām ir pakalpojuma "%2" rindā: saglabājiet pakalpojumu, līdz tā ir apkalpota.',
        'Ticket %1 waits for counter %2: keep the counter until it is done.':
            'Biļete %1 gaida lodziņu %2: saglabājiet lodziņu, līdz tā ir apkalpota.',
        'Counter %1 is in use: log out there before removing it.':
            'Lodziņš %1 tiek izmantots: pirms tā noņemšanas izrakstieties tajā.',
        'The branch has no configuration yet.': 'Filiālei vēl nav konfigurācijas.',
        'Counter %1 is closed: open it first.': 'Lodziņš %1 ir slēgts: vispirms atveriet to.',
        'Counter %1 is paused: resume it first.': 'Lodziņš %1 ir pauzē: vispirms atsāciet darbu.',
        'Counter %1 has no ticket: call one first.': 'Lodziņā %1 nav biļetes: vispirms izsauciet kādu.',
        # the %2 of '%1 is %2, so it cannot be %3.' (%1 is the ticket number, masculine as in the teller table)
        'still waiting': 'joprojām gaida',
        'being called': 'tiek izsaukts',
        'being served': 'tiek apkalpots',
        'already finished': 'jau ir pabeigts',
        'already a no-show': 'jau ir atzīmēts kā neieradies',
        'cancelled': 'ir atcelts',
        '%1 is %2, so it cannot be %3.': '%1 %2, tāpēc to nevar %3.',
        'No more tickets for %1 today: every number up to %2 has been issued.':
            'Pakalpojumam %1 šodien biļešu vairs nav: visi numuri līdz %2 ir izsniegti.',
        'Appointment tickets are issued by checking in with the code.':
            'Pieraksta biļetes izsniedz, reģistrējoties ar kodu.',
        '"%1" is not a priority reason of this branch.': '"%1" nav šīs filiāles prioritātes iemesls.',
        # the %2 of '%1 is closed now; %2.'
        'it has no opening hours': 'tam nav darba laika',
        'it opens at %1': 'tas atvērsies plkst. %1',
        'it opens %1': 'tas atvērsies %1',
        '%1 is closed now; %2.': 'Pakalpojums %1 pašlaik ir slēgts; %2.',
        '%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.':
            '%1 joprojām tiek izsaukts lodziņā %2: vispirms sāciet apkalpošanu, izsauciet atkārtoti vai '
            'atzīmējiet, ka neieradās.',
        'Nobody is waiting for counter %1.': 'Lodziņu %1 neviens negaida.',
        'There is no ticket %1 in the queue.': 'Rindā nav biļetes %1.',
        # the %3 of '%1 is %2, so it cannot be %3.'
        'called': 'izsaukt',
        'recalled': 'izsaukt atkārtoti',
        'started': 'sākt apkalpot',
        '"%1" is not an outcome code; use one of: %2.': '"%1" nav rezultāta kods; izmantojiet kādu no šiem: %2.',
        '%1 is being served, so it cannot be a no-show: finish it instead.':
            '%1 tiek apkalpots, tāpēc to nevar atzīmēt kā neieradušos: tā vietā pabeidziet apkalpošanu.',
        '%1 is already at counter %2: choose another counter.': '%1 jau ir pie lodziņa %2: izvēlieties citu lodziņu.',
        'Choose another service or a counter to transfer %1 to.':
            'Izvēlieties citu pakalpojumu vai lodziņu, uz kuru pārsūtīt %1.',
        'That ticket is not from today.': 'Šī biļete nav šodienas biļete.',
        'Feedback is a score from 1 to 5.': 'Atsauksme ir vērtējums no 1 līdz 5.',
        # QueueHost
        'The journal %1 is damaged: %2': 'Žurnāls %1 ir bojāts: %2',
        'The server could not save this; nothing was changed. Try again. (%1)':
            'Serveris to nevarēja saglabāt; nekas netika mainīts. Mēģiniet vēlreiz. (%1)',
        'The server could not read its journal: %1': 'Serveris nevarēja nolasīt savu žurnālu: %1',
        # ReportCommand
        "There is no journal at %1. Give the server's data directory with --data.":
            'Ceļā %1 nav žurnāla. Norādiet servera datu mapi ar --data.',
        'There is no "%1" translation; use en, zh_CN, zh_TW, lv or cy.':
            'Tulkojuma "%1" nav; izmantojiet en, zh_CN, zh_TW, lv vai cy.',
        # ServerOptionsParser
        'The branch configuration (JSON).': 'Filiāles konfigurācija (JSON).',
        'file': 'fails',
        'directory': 'mape',
        'Too many arguments: %1\n\n%2': 'Pārāk daudz argumentu: %1\n\n%2',
        'Unknown command "%1".\n\n%2': 'Nezināma komanda "%1".\n\n%2',
        'Where the journal and the branch key live.': 'Kur glabājas žurnāls un filiāles atslēga.',
        'The branch key file (default: branch.key in the data directory).':
            'Filiāles atslēgas fails (noklusējums: branch.key datu mapē).',
        'TCP port for stations (default %1).': 'TCP ports stacijām (noklusējums: %1).',
        'port': 'ports',
        'Address to listen on (default: all).': 'Adrese, kurā klausīties (noklusējums: visas).',
        'address': 'adrese',
        'UDP port for announcing the server (default %1).': 'UDP ports servera izziņošanai (noklusējums: %1).',
        'Do not announce the server; stations then need its address.':
            'Neizziņot serveri; tad stacijām jānorāda tā adrese.',
        'A port is a number from 1 to 65535.\n\n%1': 'Ports ir skaitlis no 1 līdz 65535.\n\n%1',
        '"%1" is not an IP address to listen on.': '"%1" nav IP adrese, kurā klausīties.',
        "Tessera branch server: owns the queue, keeps the journal and serves the branch's stations.\n\n"
        "Commands:\n"
        "  run (default)      start the server\n"
        "  check-config       validate the configuration file and exit\n"
        "  hash-password      read a password on standard input and print its hash for the config\n"
        "  key                print the branch key that every station needs (made on first use)\n"
        "  new-key            replace the branch key; stations with the old one can no longer connect\n"
        "  report             write a day's report: --date, then --pdf and/or --csv\n"
        "  forecast           write a day's staffing plan: --date (default tomorrow), --pdf and/or --csv, or neither "
        "for the table on standard output":
            'Tessera filiāles serveris: pārvalda rindu, uztur žurnālu un apkalpo filiāles stacijas.\n\n'
            'Komandas:\n'
            '  run (noklusējums)  palaist serveri\n'
            '  check-config       pārbaudīt konfigurācijas failu un beigt darbu\n'
            '  hash-password      nolasīt paroli no standartievades un izdrukāt tās jaucējkodu konfigurācijai\n'
            '  key                izdrukāt filiāles atslēgu, kas vajadzīga katrai stacijai (to izveido pirmajā '
            'lietošanas reizē)\n'
            '  new-key            aizstāt filiāles atslēgu; stacijas ar veco atslēgu vairs nevarēs pieslēgties\n'
            '  report             izveidot dienas atskaiti: --date, pēc tam --pdf un/vai --csv\n'
            '  forecast           izveidot dienas personāla plānu: --date (noklusējums – rītdiena), --pdf un/vai '
            '--csv, vai neko no tiem, lai tabulu izvadītu standartizvadē',
        'run, check-config, hash-password, key, new-key, report or forecast':
            'run, check-config, hash-password, key, new-key, report vai forecast',
        'report and forecast: the business day, as YYYY-MM-DD, "today", "yesterday" (the report\'s default) or "tomorrow" (the forecast\'s).':
            'report un forecast: darba diena formātā YYYY-MM-DD, "today", "yesterday" (noklusējums komandai report) '
            'vai "tomorrow" (noklusējums komandai forecast).',
        'day': 'diena',
        'report: write the printable report to this PDF file.': 'report: ierakstīt drukājamo atskaiti šajā PDF failā.',
        'report: write the CSV tables into this directory.': 'report: ierakstīt CSV tabulas šajā mapē.',
        "report: the PDF's language (en, zh_CN, zh_TW, lv, cy; default: the branch's).":
            'report: PDF valoda (en, zh_CN, zh_TW, lv, cy; noklusējums: filiāles valoda).',
        'code': 'kods',
        '"%1" is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.':
            '"%1" nav diena: rakstiet to formātā YYYY-MM-DD (piemēram, %2), today, yesterday vai tomorrow.',
        'Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.':
            'Norādiet, kur saglabāt atskaiti: --pdf FAILS, --csv MAPE vai abus.',
        # ServerRunner, ServerSecrets, ReportCsv
        'Cannot read the configuration %1: %2': 'Nevar nolasīt konfigurāciju %1: %2',
        'Cannot create the data directory %1.': 'Nevar izveidot datu mapi %1.',
        'The data directory %1 is not writable by this user.': 'Šim lietotājam nav rakstīšanas tiesību datu mapē %1.',
        'Cannot write %1: %2': 'Nevar ierakstīt %1: %2',
        # StationPermissions
        'A display only shows the queue; it cannot change it.': 'Displejs tikai rāda rindu; tas nevar to mainīt.',
        'A kiosk can only issue tickets, check in appointments and take feedback.':
            'Kiosks var tikai izsniegt biļetes, reģistrēt pierakstus un pieņemt atsauksmes.',
        'Log in with your name and password first.': 'Vispirms piesakieties ar savu vārdu un paroli.',
        'Only a supervisor can do that. Ask a supervisor to log in.':
            'To var darīt tikai vadītājs. Palūdziet vadītājam pieteikties.',
        '%1 is logged in on this station; %2 cannot log in at a counter from here.':
            'Šajā stacijā ir pieteicies %1; %2 nevar no šejienes pieteikties lodziņā.',
        'Log in at your counter first.': 'Vispirms piesakieties savā lodziņā.',
        'You are at counter %1; you cannot act for counter %2.':
            'Jūs esat lodziņā %1; jūs nevarat rīkoties lodziņa %2 vārdā.',
        # StationSettingsFile
        '"%1" is not a server address; write it as host:port, e.g. 192.168.1.10:47010.':
            '"%1" nav servera adrese; rakstiet to formā host:port, piem., 192.168.1.10:47010.',
        'Cannot read the station settings %1.': 'Nevar nolasīt stacijas iestatījumus %1.',
        '%1 is not a valid settings file (INI format).': '%1 nav derīgs iestatījumu fails (INI formātā).',
        'must be kiosk, teller, display, supervisor or tool': 'jābūt kiosk, teller, display, supervisor vai tool',
        'is missing; give each station a unique id': 'nav norādīts; piešķiriet katrai stacijai unikālu id',
        "is missing; it is the branchId of the server's configuration":
            'nav norādīts; tas ir branchId no servera konfigurācijas',
        # TellerSettings
        '%1: station.role is %2; a teller workstation needs role=teller or role=supervisor':
            '%1: station.role ir %2; darbinieka darbstacijai nepieciešams role=teller vai role=supervisor',
        '%1: teller.chooseCounter must be true or false': '%1: teller.chooseCounter vērtībai jābūt true vai false',
        '%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true':
            '%1: norādiet station.counter (lodziņu, pie kura atrodas šis dators) vai iestatiet teller.chooseCounter=true',
        '%1: teller.language must be one of %2': '%1: teller.language vērtībai jābūt vienai no %2',
        # TicketPrinter
        'there is no default printer': 'nav noklusējuma printera',
        'there is no printer "%1"': 'nav printera "%1"',
        'printer "%1" is stopped or failing': 'printeris "%1" ir apturēts vai darbojas ar kļūdām',
        'printer "%1" did not accept the ticket': 'printeris "%1" nepieņēma biļeti',
        'printer "%1" failed while printing': 'printerim "%1" drukāšanas laikā radās kļūme',
        # main (tessera-server, tessera-tool)
        'Type the password on standard input.': 'Ievadiet paroli standartievadē.',
        "Branch key in %1 (fingerprint %2). Enter it in each station's settings; keep it secret.":
            'Filiāles atslēga failā %1 (nospiedums %2). Ievadiet to katras stacijas iestatījumos; glabājiet to '
            'slepenībā.',
        'A station on the command line, for checks, scripts and tests.\n\n'
        'Commands:\n'
        '  status   connect, print the queue\'s state as JSON, exit (1 if the server is not reached)\n'
        '  watch    print every event as JSON lines until stopped\n'
        '  script   read requests from standard input (see ToolScript.h; e.g. \'IssueTicket {"service":"cash"}\')':
            'Stacija komandrindā – pārbaudēm, skriptiem un testiem.\n\n'
            'Komandas:\n'
            '  status   pieslēgties, izdrukāt rindas stāvokli kā JSON, beigt darbu (ar kodu 1, ja serveris nav '
            'sasniedzams)\n'
            '  watch    izdrukāt katru notikumu kā JSON rindas, līdz darbs tiek apturēts\n'
            '  script   nolasīt pieprasījumus no standartievades (sk. ToolScript.h; piem., '
            '\'IssueTicket {"service":"cash"}\')',
        # tessera-kiosk
        'This kiosk is not set up': 'Šis kiosks nav iestatīts',
        '%1\n\nFix the settings and restart the kiosk.': '%1\n\nIzlabojiet iestatījumus un restartējiet kiosku.',
        # tessera::BranchClient
        'Not started.': 'Nav palaists.',
        'Looking for the server of branch %1 on the network...': 'Meklē filiāles %1 serveri tīklā...',
        'Connecting to the server at %1...': 'Savienojas ar serveri %1...',
        'Cannot reach the server at %1: %2': 'Nevar sasniegt serveri %1: %2',
        'it closed the connection': 'tas slēdza savienojumu',
        'no answer': 'nav atbildes',
        'The connection to the server was lost; log in again.': 'Savienojums ar serveri tika zaudēts; piesakieties vēlreiz.',
        'Lost the server at %1 (%2). Reconnecting...': 'Zaudēts savienojums ar serveri %1 (%2). Savienojas atkārtoti...',
        'Connected to %1 at %2.': 'Savienots ar %1 (%2).',
        'Connected to %1; receiving the queue...': 'Savienots ar %1; saņem rindu...',
        'snapshot part %1 arrived out of order': 'momentuzņēmuma daļa %1 pienāca nepareizā secībā',
        'the snapshot could not be read': 'momentuzņēmumu nevarēja nolasīt',
        'events arrived before the whole snapshot': 'notikumi pienāca pirms visa momentuzņēmuma',
        'event %1 arrived after %2': 'notikums %1 pienāca pēc %2',
        'event %1 (%2) could not be read': 'notikumu %1 (%2) nevarēja nolasīt',
        'Not connected to the server, so nothing was done. %1':
            'Nav savienojuma ar serveri, tāpēc nekas netika darīts. %1',
        'Not connected to the server. %1': 'Nav savienojuma ar serveri. %1',
        'The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.':
            'Serveris to laikus neapstiprināja. Pirms mēģināt vēlreiz, pārbaudiet rindu: darbība, iespējams, ir '
            'izpildīta, bet, iespējams, arī nav.',
        'The connection to the server was lost before the report came. Try again.':
            'Savienojums ar serveri tika zaudēts, pirms pienāca atskaite. Mēģiniet vēlreiz.',
        'The connection to the server was lost before the plan came. Try again.':
            'Savienojums ar serveri tika zaudēts, pirms pienāca plāns. Mēģiniet vēlreiz.',
        'The server did not send the plan in time. Try again.': 'Serveris nenosūtīja plānu laikā. Mēģiniet vēlreiz.',
        # tessera::BranchServer
        'Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.':
            'Nevar klausīties adresē %1, portā %2: %3. Vai darbojas vēl viens tessera-server? Izvēlieties citu '
            'portu ar --port.',
        "This OpenSSL cannot serve TLS 1.2 with the stations' PSK cipher suites (%1): %2. Install Debian 12's libssl3.":
            'Šis OpenSSL nespēj nodrošināt TLS 1.2 ar staciju PSK šifru komplektiem (%1): %2. Instalējiet Debian 12 libssl3.',
        'No Hello within %1 ms.': '%1 ms laikā nav saņemts Hello.',
        'The first message must be Hello, not %1.': 'Pirmajam ziņojumam jābūt Hello, nevis %1.',
        'A station does not send %1 messages.': 'Stacija nesūta ziņojumus %1.',
        'Hello was already said.': 'Hello jau tika nosūtīts.',
        'This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.':
            'Šis serveris atbalsta protokola versijas no %1 līdz %2; stacijai vajadzīga versija no %3 līdz %4. '
            'Atjauniniet vecāko.',
        'Hello has no stationId.': 'Ziņojumā Hello nav stationId.',
        'This server is branch %1; the station is set up for branch %2.':
            'Šis ir filiāles %1 serveris; stacija ir iestatīta filiālei %2.',
        'The answer to %1 does not fit a frame.': 'Atbilde uz %1 neietilpst vienā kadrā.',
        'Your login has expired. Log in again with your password.':
            'Jūsu pieteikšanās ir beigusies. Piesakieties vēlreiz ar savu paroli.',
        'Unknown name or wrong password.': 'Nezināms vārds vai nepareiza parole.',
        'Too many failed logins on this connection.':
            'Šajā savienojumā ir pārāk daudz neizdevušos pieteikšanās mēģinājumu.',
        'A command needs an id.': 'Komandai nepieciešams id.',
        'The station fell too far behind (%1 bytes unsent); reconnect to catch up.':
            'Stacija pārāk atpalika (nenosūtīti baiti: %1); pieslēdzieties atkārtoti, lai to panāktu.',
        'The server is shutting down.': 'Serveris beidz darbu.',
        'Only a supervisor may see the daily report: log in as a supervisor.':
            'Dienas atskaiti drīkst skatīt tikai vadītājs: piesakieties kā vadītājs.',
        'The report needs a day.': 'Atskaitei jānorāda diena.',
        'Only a supervisor may see the staffing plan: log in as a supervisor.':
            'Personāla plānu drīkst skatīt tikai vadītājs: piesakieties kā vadītājs.',
        # also tessera::PlanSource
        'The plan needs a day.': 'Plānam jānorāda diena.',
        'less than a minute': 'mazāk par minūti',
        'up to %1 min': 'līdz %1 min',
        '%1–%2 min': '%1–%2 min',
        'There is not enough history to forecast %1: the journal has no earlier day with customers.': 'Nepietiek vēstures, lai prognozētu %1: žurnālā nav nevienas agrākas dienas ar klientiem.',
        # tessera::DiscoveryListener
        "Cannot listen for the server's announcements on UDP port %1: %2":
            'Nevar klausīties servera izziņojumus UDP portā %1: %2',
        # tessera::MessageCodec
        'The message has no "msg" type name.': 'Ziņojumam nav tipa nosaukuma "msg".',
        'Unknown message type "%1".': 'Nezināms ziņojuma tips "%1".',
        'The %1 message has a wrong value in "%2".': 'Ziņojumā %1 laukā "%2" ir nepareiza vērtība.',
        'Unknown command "%1".': 'Nezināma komanda "%1".',
        'The %1 command has a wrong value in "%2".': 'Komandā %1 laukā "%2" ir nepareiza vērtība.',
        # tessera::ReportCsv
        'Cannot create the directory %1 for the CSV files.': 'Nevar izveidot mapi %1 CSV failiem.',
        # tessera::PlanCsv
        'Cannot create the directory %1 for the CSV file.': 'Nevar izveidot mapi %1 CSV failam.',
        # tessera::ReportSource
        'The journal %1 is empty: the branch has not run yet.': 'Žurnāls %1 ir tukšs: filiāle vēl nav darbojusies.',
        'The journal starts on %1; there are no figures for %2.': 'Žurnāls sākas %1; par %2 datu nav.',
        'The business day %1 has not begun yet.': 'Darba diena %1 vēl nav sākusies.',
        'The journal %1 cannot be read: %2': 'Žurnālu %1 nevar nolasīt: %2',
        'The journal %1 holds no branch configuration.': 'Žurnālā %1 nav filiāles konfigurācijas.',
        # tessera::display::Announcer ('Sound:' must begin each 'Sound: ...' message: the code tests for it)
        'Sound: a part of the announcement did not finish playing; check the speakers.':
            'Skaņa: daļa paziņojuma netika atskaņota līdz galam; pārbaudiet skaļruņus.',
        'Voice pack %1 has no recording for: %2': 'Balss pakotnē %1 nav ieraksta šim: %2',
        'Sound: there is no audio output; calls are shown but not announced.':
            'Skaņa: nav audio izvades; izsaukumi tiek rādīti, bet netiek paziņoti.',
        'Sound: the audio output could not be opened (error %1).':
            'Skaņa: audio izvadi nevarēja atvērt (kļūda %1).',
        'Sound:': 'Skaņa:',
        'Speech: the "%1" synthesizer failed: %2': 'Runa: sintezatoram "%1" radās kļūme: %2',
        'Speech: the "%1" synthesizer is not working: %2': 'Runa: sintezators "%1" nedarbojas: %2',
        # first-run setup (StationSetup)
        # the first four are inserted, in the nominative, into 'Set up this %1', the intro below and the
        # default station name "<host> %1": the sentences are phrased so that any of them fits
        'kiosk': 'kiosks',
        "teller's workstation": 'darbinieka darbstacija',
        'lobby display': 'uzgaidāmās telpas displejs',
        'tool': 'rīks',
        'Check and save': 'Pārbaudīt un saglabāt',
        'Set up this %1': 'Stacijas iestatīšana: %1',
        'This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.':
            'Šis dators vēl nav iestatīts. Ievadiet filiāles atslēgu (servera datorā to parāda tessera-server key) '
            'un to, kas vajadzīgs šai stacijai (%1). Pirms saglabāšanas Tessera visu pārbauda, sazinoties ar '
            'filiāles serveri.',
        '64 hexadecimal digits, spaces allowed': '64 heksadecimāli cipari; atstarpes atļautas',
        'only where the LAN blocks discovery, e.g. 192.168.1.10:47010':
            'tikai tad, ja lokālais tīkls bloķē automātisko atrašanu, piem., 192.168.1.10:47010',
        'Branch key:': 'Filiāles atslēga:',
        'Servers found:': 'Atrastie serveri:',
        'Server address:': 'Servera adrese:',
        'Station name:': 'Stacijas nosaukums:',
        'Language:': 'Valoda:',
        'No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.':
            'Neviens šīs filiāles serveris neatbildēja uz šo atslēgu. Pārbaudiet atslēgu un to, vai serveris '
            'darbojas, un, ja lokālais tīkls bloķē automātisko atrašanu, ievadiet servera adresi.',
        'The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)':
            'Serveris %1 s laikā nepieņēma šo staciju: pārbaudiet atslēgu (serverī to parāda tessera-server key) '
            'un adresi. (%2)',
        'Enter the branch key: the servers of the branch then show here by themselves.':
            'Ievadiet filiāles atslēgu: pēc tam filiāles serveri šeit parādīsies paši.',
        "Cannot listen for servers on the LAN (%1); type the server's address.":
            'Nevar uztvert serveru izziņojumus lokālajā tīklā (%1); ievadiet servera adresi.',
        "Looking for the branch's servers…": 'Meklē filiāles serverus…',
        '%1 (%2) at %3:%4': '%1 (%2), adrese %3:%4',
        "Found the branch's server. Fill in the rest and press Check and save.":
            'Filiāles serveris atrasts. Aizpildiet pārējo un nospiediet "Pārbaudīt un saglabāt".',
        'The branch key is not right: %1': 'Filiāles atslēga nav pareiza: %1',
        'Server address: %1': 'Servera adrese: %1',
        'Connecting to the branch server…': 'Savienojas ar filiāles serveri…',
        'The server refused this station: %1': 'Serveris noraidīja šo staciju: %1',
        'Cannot create the folder for %1.': 'Nevar izveidot mapi failam %1.',
        'all; or a zone such as 1, 2, 3': 'visi; vai zona, piemēram, 1, 2, 3',
        'all; or service ids such as cash, loans': 'visi; vai pakalpojumu id, piemēram, cash, loans',
        'Counters shown:': 'Rādītie lodziņi:',
        'Services shown:': 'Rādītie pakalpojumi:',
        'The branch has no counter "%1".': 'Filiālē nav lodziņa "%1".',
        'The branch has no service "%1".': 'Filiālē nav pakalpojuma "%1".',
        'No printer: the number on screen only': 'Bez printera: numurs tikai ekrānā',
        'Ticket printer:': 'Biļešu printeris:',
        'The teller chooses the counter when logging in': 'Darbinieks izvēlas lodziņu pieteikšanās brīdī',
        "The supervisor's PC (branch overview and daily report)": 'Vadītāja dators (filiāles pārskats un dienas atskaite)',
        'Counter:': 'Lodziņš:',
        'The branch has no counter %1; its counters are %2.': 'Filiālē nav lodziņa %1; tās lodziņi ir %2.',
        "Cannot open the journal %1: Qt's %2 database driver is not installed (on Debian: the package libqt6sql6-%3).": 'Nevar atvērt žurnālu %1: nav instalēts Qt datubāzes draiveris %2 (Debian sistēmā: pakotne libqt6sql6-%3).',
        'another tessera-server is writing it. Stop that one first, or give this server a journal of its own.': 'tajā raksta cits tessera-server. Vispirms apturiet to vai piešķiriet šim serverim savu žurnālu.',
        'No journal was given: give a file path or a postgresql:// URL.': 'Žurnāls nav norādīts: norādiet faila ceļu vai postgresql:// URL.',
        'The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.': 'Žurnāla URL nav derīgs: rakstiet to kā postgresql://LIETOTĀJS@RESURSDATORS:PORTS/DATUBĀZE, paroles atstarpes, @, : un / kodējot ar procentu kodējumu.',
        '"%1" in the journal URL is not a PostgreSQL connection setting.': '"%1" žurnāla URL nav PostgreSQL savienojuma iestatījums.',
        'The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.': 'Žurnāla URL %1 nenorāda datubāzi: beidziet to ar /DATUBĀZE, piemēram, postgresql://tessera@localhost/tessera_journal.',
        'The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).': 'Žurnāls: SQLite fails vai PostgreSQL datubāze kā postgresql://LIETOTĀJS@RESURSDATORS/DATUBĀZE (noklusējums: journal.sqlite datu mapē).',
        'file or URL': 'fails vai URL',
        'Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).': 'Pārsūtīt katru žurnāla notikumu uz centrālā biroja datubāzi, kas norādīta kā postgresql://LOMA@RESURSDATORS/DATUBĀZE?sslmode=verify-full (skatiet docs/HEADOFFICE.md).',
        'URL': 'URL',
        'The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.': 'Centrālais birojs ir PostgreSQL datubāze: norādiet to kā postgresql://LOMA@RESURSDATORS/DATUBĀZE?sslmode=verify-full.',
        "The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office's CA certificate if it is not in ~/.postgresql/root.crt).": 'Savienojums ar centrālo biroju šķērso WAN: tā URL jābūt sslmode=verify-full (ar sslrootcert= centrālā biroja CA sertifikātu, ja tas nav ~/.postgresql/root.crt).',
        'This OpenSSL cannot serve TLS 1.2 or later: %1.': 'Šis OpenSSL nevar nodrošināt TLS 1.2 vai jaunāku: %1.',
        'Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.': 'Nevar izmantot %1 kā tīmekļa sertifikātu: %2. Norādiet PEM failu: vispirms sertifikāts, tad starpsertifikāti.',
        "Cannot use %1 as the web certificate's private key: %2. Give an unencrypted PEM key readable by the server.": 'Nevar izmantot %1 kā tīmekļa sertifikāta privāto atslēgu: %2. Norādiet nešifrētu PEM atslēgu, ko serveris var nolasīt.',
        'The private key %1 does not belong to the certificate %2.': 'Privātā atslēga %1 nepieder sertifikātam %2.',
        'This service does not take tickets on the web. Take one at the kiosk in the branch.': 'Šim pakalpojumam biļetes tīmeklī neizsniedz. Ņemiet biļeti kioskā filiālē.',
        'This service cannot be booked on the web. Call the branch to book it.': 'Šo pakalpojumu nevar rezervēt tīmeklī. Zvaniet filiālei, lai pierakstītos.',
        "A customer's web page cannot do that.": 'Klienta tīmekļa lapa to nevar izdarīt.',
        "The web role is the server's own web front; a station says kiosk, teller, display, supervisor or tool.": 'Loma web ir paša servera tīmekļa daļai; stacija norāda kiosk, teller, display, supervisor vai tool.',
        'Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.': 'Nevar gaidīt tīmekļa lapu pieprasījumus %1 portā %2: %3. Izvēlieties citu portu ar --web-port.',
        'Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.': 'Nevar gaidīt vienkāršu HTTP %1 portā %2: %3. Izvēlieties citu portu ar --web-http-port.',
        "Cannot watch the stations' connections: the server is out of file descriptors.": 'Nevar sekot staciju savienojumiem: serverim beigušies failu deskriptori.',
        "Cannot watch the web pages' connections: the server is out of file descriptors.": 'Nevar sekot tīmekļa lapu savienojumiem: serverim beigušies failu deskriptori.',
        'This program makes reports and forecasts for tessera-server; run tessera-server.': 'Šī programma veido tessera-server atskaites un prognozes; palaidiet tessera-server.',
        'tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.': 'tessera-server-documents, kas veido atskaites un prognozes, nav ne %1, ne %2. Pārinstalējiet pakotni tessera-server.',
        'Cannot run %1: %2': 'Nevar palaist %1: %2',
        'must be the https:// address phones reach the server at, such as https://queue.example.com': 'jābūt https:// adresei, kurā telefoni sasniedz serveri, piemēram, https://queue.example.com',
        '%1 at %2 is fully booked: choose another time.': '%1 %2 ir pilnībā aizņemts: izvēlieties citu laiku.',
        'This phone number already has %n appointment(s) on that day. Cancel one to book another.': 'Šim tālruņa numuram tajā dienā jau ir pierakstu: %n. Atceliet vienu, lai pierakstītos vēlreiz.',
        "Serve the customers' web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.": 'Pasniegt klientu tīmekļa lapas caur HTTPS ar šo sertifikātu (PEM, tad starpsertifikāti; sk. docs/WEB.md). Bez tā tīmekļa lapu nav.',
        "The web certificate's private key (PEM, unencrypted).": 'Tīmekļa sertifikāta privātā atslēga (PEM, nešifrēta).',
        'HTTPS port of the web pages (default %1).': 'Tīmekļa lapu HTTPS ports (noklusējums %1).',
        'Plain HTTP port that only redirects to HTTPS (default %1; 0: none).': 'Vienkāršs HTTP ports, kas tikai pāradresē uz HTTPS (noklusējums %1; 0 — nav).',
        'Give the web certificate and its key together: --web-certificate FILE --web-key FILE.': 'Norādiet tīmekļa sertifikātu un tā atslēgu kopā: --web-certificate FAILS --web-key FAILS.',
        'A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).\n\n%1': 'Tīmekļa ports ir skaitlis no 1 līdz 65535 (0 izslēdz vienkāršo HTTP portu).\n\n%1',
        "Give the booking's phone number.": 'Norādiet pierakstā izmantoto tālruņa numuru.',
        'A comment is at most 500 characters.': 'Komentārs ir ne garāks par 500 rakstzīmēm.',
        'Feedback is given after the visit.': 'Atsauksmi sniedz pēc apmeklējuma.',
        'Feedback for this visit was already given.': 'Atsauksme par šo apmeklējumu jau ir sniegta.',
        'This ticket is no longer waiting: it has been called.': 'Šī biļete vairs negaida: tā jau ir izsaukta.',
    },
    'cy': {
        'Cannot write %1: check that this user may write there.': 'Ni ellir ysgrifennu %1: gwiriwch fod gan y defnyddiwr hwn hawl i ysgrifennu yno.',
        'There is no journal at %1.': 'Nid oes dyddlyfr yn %1.',
        'The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.': "Mae'r dyddlyfr %1 ar sgema %2 ac mae'r Tessera hwn yn darllen sgema %3: dechreuwch tessera-server unwaith (mae'n uwchraddio'r dyddlyfr), yna ceisiwch eto.",
        'the journal was opened for reading only': "agorwyd y dyddlyfr i'w ddarllen yn unig",
        'no "%1" translation; the PDF\'s words are in English.': 'dim cyfieithiad "%1"; bydd geiriau\'r PDF yn Saesneg.',
        'The server did not send the report in time. Try again.': 'Ni anfonodd y gweinydd yr adroddiad mewn pryd. Ceisiwch eto.',
        'The station does not take the answer it asked for.': "Nid yw'r orsaf yn derbyn yr ateb a ofynnodd amdano.",
        'The journal has nothing for %1: the server was not running that day.': 'Nid oes dim yn y dyddlyfr ar gyfer %1: nid oedd y gweinydd yn rhedeg y diwrnod hwnnw.',
        # BranchConfigLoader: fragments after a key path such as "services[2].prefix: "
        'unknown key; expected one of: %1': 'allwedd anhysbys; disgwylir un o: %1',
        'is required': "mae'n ofynnol",
        'must be a non-empty text': "rhaid iddo fod yn destun nad yw'n wag",
        'must be a whole number from %1 to %2': 'rhaid iddo fod yn rhif cyfan o %1 i %2',
        'must be true or false': 'rhaid iddo fod yn true neu false',
        'must be an object': 'rhaid iddo fod yn wrthrych',
        'must be a list': 'rhaid iddo fod yn rhestr',
        'needs a text in at least one language': 'mae angen testun mewn o leiaf un iaith',
        'is not a weekday or range such as "mon" or "mon-fri"':
            'nid yw\'n ddiwrnod o\'r wythnos nac yn amrediad fel "mon" neu "mon-fri"',
        '"%1" is not a time span such as "09:00-17:30"': 'nid yw "%1" yn gyfnod amser fel "09:00-17:30"',
        'must be lowercase letters, digits and dashes': 'rhaid iddo fod yn llythrennau bach, digidau a chysylltnodau',
        '"%1" is not a known time zone such as "Europe/Riga"':
            'nid yw "%1" yn gylchfa amser hysbys fel "Europe/Riga"',
        'needs at least one language': 'mae angen o leiaf un iaith',
        'must be one of the languages': "rhaid iddo fod yn un o'r ieithoedd",
        'must be a time such as "03:00"': 'rhaid iddo fod yn amser fel "03:00"',
        'must be "cancel" or "carryOver"': 'rhaid iddo fod yn "cancel" neu "carryOver"',
        '"%1" must be appointment, vip or priority, each at most once':
            'rhaid i "%1" fod yn appointment, vip neu priority, pob un unwaith ar y mwyaf',
        'needs at least one outcome code': 'mae angen o leiaf un cod canlyniad',
        'needs at least one service': 'mae angen o leiaf un gwasanaeth',
        "must be 1-32 lowercase letters, digits, '-' or '_'":
            "rhaid iddo fod yn 1-32 o lythrennau bach, digidau, '-' neu '_'",
        '"%1" is used by another service': 'mae gwasanaeth arall yn defnyddio "%1"',
        'must be 1-3 capital letters A-Z': 'rhaid iddo fod yn 1-3 o briflythrennau A-Z',
        'needs at least one counter': 'mae angen o leiaf un cownter',
        'counter %1 is listed twice': "mae cownter %1 wedi'i restru ddwywaith",
        'Counter %1': 'Cownter %1',
        'is not a service id': "nid yw'n id gwasanaeth",
        'needs at least one service with a weight': 'mae angen o leiaf un gwasanaeth gyda phwysiad',
        'no counter serves "%1"; its tickets could never be called':
            'does dim cownter yn gwasanaethu "%1"; ni fyddai modd galw ei docynnau byth',
        '"%1" is listed twice': 'mae "%1" wedi\'i restru ddwywaith',
        'must be "teller" or "supervisor"': 'rhaid iddo fod yn "teller" neu "supervisor"',
        '%1 (make one with: tessera-server hash-password)': '%1 (crëwch un gyda: tessera-server hash-password)',
        'cannot read the file: %1': 'methu darllen y ffeil: %1',
        'not valid JSON: %1': "nid yw'n JSON dilys: %1",
        'the file must hold one JSON object': "rhaid i'r ffeil gynnwys un gwrthrych JSON",
        'has no announcement phrases; one of: %1': 'does dim ymadroddion cyhoeddi ar ei chyfer; dewiswch un o: %1',
        'must be "recorded" or "speech"': 'rhaid iddo fod yn "recorded" neu "speech"',
        'must be "digits" or "whole"': 'rhaid iddo fod yn "digits" neu "whole"',
        # BranchKey
        'A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from "tessera-server key show".':
            "Mae allwedd cangen yn 64 digid hecsadegol (0-9, a-f); mae gan hon %1 nod ar ôl tynnu'r bylchau. "
            'Copïwch hi eto o "tessera-server key show".',
        'Cannot read the branch key file %1: %2': 'Methu darllen ffeil allwedd y gangen %1: %2',
        'Cannot write the branch key file %1: %2': 'Methu ysgrifennu ffeil allwedd y gangen %1: %2',
        # DisplaySettings
        '%1: station.role is %2; a lobby display needs role=display':
            '%1: station.role yw %2; mae angen role=display ar sgrin y cyntedd',
        '%1: %2 must be a whole number from %3 to %4': '%1: rhaid i %2 fod yn rhif cyfan o %3 i %4',
        '%1: display.counters must list counter numbers, such as 1,2,3 ("%2" is not one)':
            '%1: rhaid i display.counters restru rhifau cownter, fel 1,2,3 (nid yw "%2" yn un)',
        # Journal
        'The data directory %1 does not exist.': "Nid yw'r cyfeiriadur data %1 yn bodoli.",
        'Cannot open the journal %1: %2': 'Methu agor y dyddlyfr %1: %2',
        'Cannot use the journal %1: %2': "Methu defnyddio'r dyddlyfr %1: %2",
        'Cannot upgrade the journal %1: %2': "Methu uwchraddio'r dyddlyfr %1: %2",
        'it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.':
            "cafodd ei ysgrifennu gan Tessera mwy newydd (sgema %1; mae'r un yma'n deall hyd at %2); "
            'gosodwch y fersiwn mwy newydd.',
        'schema upgrade to version %1 failed: %2': "methodd uwchraddio'r sgema i fersiwn %1: %2",
        'event %1 is missing from the journal (found %2 next)':
            "mae digwyddiad %1 ar goll o'r dyddlyfr (daethpwyd o hyd i %2 nesaf)",
        'event %1 (%2) cannot be read': 'methu darllen digwyddiad %1 (%2)',
        # KioskSettings
        '%1: station.role is %2; a kiosk needs role=kiosk': '%1: station.role yw %2; mae angen role=kiosk ar giosg',
        '%1: kiosk.paperWidth must be 80 or 58 (mm)': '%1: rhaid i kiosk.paperWidth fod yn 80 neu 58 (mm)',
        '%1: kiosk.idleSeconds must be a whole number from 5 to 600':
            '%1: rhaid i kiosk.idleSeconds fod yn rhif cyfan o 5 i 600',
        '%1: kiosk.ticketSeconds must be a whole number from 3 to 120':
            '%1: rhaid i kiosk.ticketSeconds fod yn rhif cyfan o 3 i 120',
        # QueueEngine
        'There is no service "%1" in this branch.': 'Does dim gwasanaeth "%1" yn y gangen hon.',
        "Enter the customer's name.": "Rhowch enw'r cwsmer.",
        'That time has already passed: choose a later slot.': "Mae'r amser hwnnw wedi mynd heibio: dewiswch slot hwyrach.",
        'Appointments start on %1-minute slots (such as 10:00 or 10:%2).':
            "Mae apwyntiadau'n dechrau ar slotiau %1 munud (fel 10:00 neu 10:%2).",
        '%1 is closed at %2: choose a slot in its opening hours.':
            'Mae %1 ar gau am %2: dewiswch slot o fewn ei oriau agor.',
        'We cannot find an appointment with code %1. Check the code, or take a ticket instead.':
            "Ni allwn ddod o hyd i apwyntiad gyda'r cod %1. Gwiriwch y cod, neu cymerwch docyn yn lle hynny.",
        'This appointment is already checked in. Please wait for your number to be called.':
            "Mae'r apwyntiad hwn wedi'i gofrestru eisoes. Arhoswch i'ch rhif gael ei alw.",
        'Your appointment at %1 has passed. Please take a ticket or book a new time.':
            'Mae eich apwyntiad am %1 wedi mynd heibio. Cymerwch docyn neu trefnwch amser newydd.',
        'Your appointment is at %1. You can check in from %2.': 'Mae eich apwyntiad am %1. Gallwch gofrestru o %2.',
        'There is no booked appointment with code %1.': "Does dim apwyntiad wedi'i drefnu gyda'r cod %1.",
        'Counter %1 still has %2: finish or transfer it first.':
            'Mae %2 wrth gownter %1 o hyd: gorffennwch neu trosglwyddwch ef yn gyntaf.',
        'There is no counter %1 in this branch.': 'Does dim cownter %1 yn y gangen hon.',
        'Nobody is logged in at counter %1: log in first.':
            'Does neb wedi mewngofnodi wrth gownter %1: mewngofnodwch yn gyntaf.',
        'Counter %1 is already open.': 'Mae cownter %1 ar agor eisoes.',
        'Counter %1 is already closed.': 'Mae cownter %1 ar gau eisoes.',
        'The name or password is not right. Check them and try again.':
            "Mae'r enw neu'r cyfrinair yn anghywir. Gwiriwch nhw a rhowch gynnig arall arni.",
        '%1 is already logged in at counter %2: log out there first.':
            'Mae %1 wedi mewngofnodi wrth gownter %2 eisoes: allgofnodwch yno yn gyntaf.',
        '%1 is logged in at counter %2.': 'Mae %1 wedi mewngofnodi wrth gownter %2.',
        'Ticket %1 is still in the queue for service "%2": keep the service until it is done.':
            'Mae tocyn %1 yn dal yn y ciw ar gyfer y gwasanaeth "%2": cadwch y gwasanaeth nes bod y tocyn '
            "wedi'i orffen.",
        'Ticket %1 waits for counter %2: keep the counter until it is done.':
            "Mae tocyn %1 yn aros am gownter %2: cadwch y cownter nes bod y tocyn wedi'i orffen.",
        'Counter %1 is in use: log out there before removing it.':
            'Mae cownter %1 yn cael ei ddefnyddio: allgofnodwch yno cyn ei dynnu.',
        'The branch has no configuration yet.': 'Nid oes gan y gangen gyfluniad eto.',
        'Counter %1 is closed: open it first.': 'Mae cownter %1 ar gau: agorwch ef yn gyntaf.',
        'Counter %1 is paused: resume it first.': 'Mae cownter %1 wedi oedi: ailddechreuwch ef yn gyntaf.',
        'Counter %1 has no ticket: call one first.': 'Does dim tocyn wrth gownter %1: galwch un yn gyntaf.',
        # the %2 of '%1 is %2, so it cannot be %3.' (%1 is the ticket number)
        'still waiting': 'yn dal i aros',
        'being called': 'yn cael ei alw',
        'being served': 'yn cael ei wasanaethu',
        'already finished': "wedi'i orffen eisoes",
        'already a no-show': "wedi'i nodi fel heb ddod eisoes",
        'cancelled': "wedi'i ganslo",
        '%1 is %2, so it cannot be %3.': 'Mae %1 %2, felly ni ellir %3.',
        'No more tickets for %1 today: every number up to %2 has been issued.':
            "Dim mwy o docynnau ar gyfer %1 heddiw: mae pob rhif hyd at %2 wedi'i roi.",
        'Appointment tickets are issued by checking in with the code.':
            "Rhoddir tocynnau apwyntiad drwy gofrestru gyda'r cod.",
        '"%1" is not a priority reason of this branch.': 'Nid yw "%1" yn un o resymau blaenoriaeth y gangen hon.',
        # the %2 of '%1 is closed now; %2.'
        'it has no opening hours': 'nid oes ganddo oriau agor',
        'it opens at %1': "mae'n agor am %1",
        'it opens %1': "mae'n agor %1",
        '%1 is closed now; %2.': 'Mae %1 ar gau nawr; %2.',
        '%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.':
            'Mae %1 yn dal i gael ei alw wrth gownter %2: dechreuwch wasanaethu, galwch eto neu nodwch nad yw '
            'wedi dod yn gyntaf.',
        'Nobody is waiting for counter %1.': 'Does neb yn aros am gownter %1.',
        'There is no ticket %1 in the queue.': 'Does dim tocyn %1 yn y ciw.',
        # the %3 of '%1 is %2, so it cannot be %3.'
        'called': 'ei alw',
        'recalled': 'ei alw eto',
        'started': 'dechrau ei wasanaethu',
        '"%1" is not an outcome code; use one of: %2.': 'Nid yw "%1" yn god canlyniad; defnyddiwch un o: %2.',
        '%1 is being served, so it cannot be a no-show: finish it instead.':
            'Mae %1 yn cael ei wasanaethu, felly ni ellir ei nodi fel heb ddod: gorffennwch ef yn lle hynny.',
        '%1 is already at counter %2: choose another counter.': 'Mae %1 wrth gownter %2 eisoes: dewiswch gownter arall.',
        'Choose another service or a counter to transfer %1 to.':
            'Dewiswch wasanaeth arall neu gownter i drosglwyddo %1 iddo.',
        'That ticket is not from today.': "Nid yw'r tocyn hwnnw o heddiw.",
        'Feedback is a score from 1 to 5.': 'Mae adborth yn sgôr o 1 i 5.',
        # QueueHost
        'The journal %1 is damaged: %2': "Mae'r dyddlyfr %1 wedi'i ddifrodi: %2",
        'The server could not save this; nothing was changed. Try again. (%1)':
            "Ni allai'r gweinydd gadw hyn; ni newidiwyd dim. Rhowch gynnig arall arni. (%1)",
        'The server could not read its journal: %1': "Ni allai'r gweinydd ddarllen ei ddyddlyfr: %1",
        # ReportCommand
        "There is no journal at %1. Give the server's data directory with --data.":
            "Does dim dyddlyfr yn %1. Rhowch gyfeiriadur data'r gweinydd gyda --data.",
        'There is no "%1" translation; use en, zh_CN, zh_TW, lv or cy.':
            'Does dim cyfieithiad "%1"; defnyddiwch en, zh_CN, zh_TW, lv neu cy.',
        # ServerOptionsParser
        'The branch configuration (JSON).': 'Cyfluniad y gangen (JSON).',
        'file': 'ffeil',
        'directory': 'cyfeiriadur',
        'Too many arguments: %1\n\n%2': 'Gormod o ddadleuon: %1\n\n%2',
        'Unknown command "%1".\n\n%2': 'Gorchymyn anhysbys "%1".\n\n%2',
        'Where the journal and the branch key live.': "Lle mae'r dyddlyfr ac allwedd y gangen yn cael eu cadw.",
        'The branch key file (default: branch.key in the data directory).':
            'Ffeil allwedd y gangen (diofyn: branch.key yn y cyfeiriadur data).',
        'TCP port for stations (default %1).': 'Porth TCP ar gyfer gorsafoedd (diofyn %1).',
        'port': 'porth',
        'Address to listen on (default: all).': 'Cyfeiriad i wrando arno (diofyn: pob un).',
        'address': 'cyfeiriad',
        'UDP port for announcing the server (default %1).': "Porth UDP ar gyfer cyhoeddi'r gweinydd (diofyn %1).",
        'Do not announce the server; stations then need its address.':
            "Peidio â chyhoeddi'r gweinydd; bydd angen ei gyfeiriad ar orsafoedd wedyn.",
        'A port is a number from 1 to 65535.\n\n%1': 'Mae porth yn rhif o 1 i 65535.\n\n%1',
        '"%1" is not an IP address to listen on.': 'Nid yw "%1" yn gyfeiriad IP i wrando arno.',
        "Tessera branch server: owns the queue, keeps the journal and serves the branch's stations.\n\n"
        "Commands:\n"
        "  run (default)      start the server\n"
        "  check-config       validate the configuration file and exit\n"
        "  hash-password      read a password on standard input and print its hash for the config\n"
        "  key                print the branch key that every station needs (made on first use)\n"
        "  new-key            replace the branch key; stations with the old one can no longer connect\n"
        "  report             write a day's report: --date, then --pdf and/or --csv\n"
        "  forecast           write a day's staffing plan: --date (default tomorrow), --pdf and/or --csv, or neither "
        "for the table on standard output":
            "Gweinydd cangen Tessera: mae'n berchen ar y ciw, yn cadw'r dyddlyfr ac yn gwasanaethu gorsafoedd "
            "y gangen.\n\n"
            "Gorchmynion:\n"
            "  run (diofyn)       cychwyn y gweinydd\n"
            "  check-config       dilysu'r ffeil gyfluniad a gadael\n"
            "  hash-password      darllen cyfrinair o'r mewnbwn safonol ac argraffu ei stwnsh ar gyfer y "
            "cyfluniad\n"
            "  key                argraffu allwedd y gangen sydd ei hangen ar bob gorsaf (caiff ei chreu y tro "
            "cyntaf)\n"
            "  new-key            disodli allwedd y gangen; ni all gorsafoedd sydd â'r hen un gysylltu mwyach\n"
            "  report             ysgrifennu adroddiad diwrnod: --date, yna --pdf a/neu --csv\n"
            "  forecast           ysgrifennu cynllun staffio diwrnod: --date (yfory yn ddiofyn), --pdf a/neu --csv, "
            "neu heb yr un o'r ddau i gael y tabl ar yr allbwn safonol",
        'run, check-config, hash-password, key, new-key, report or forecast':
            'run, check-config, hash-password, key, new-key, report neu forecast',
        'report and forecast: the business day, as YYYY-MM-DD, "today", "yesterday" (the report\'s default) or "tomorrow" (the forecast\'s).':
            'report a forecast: y diwrnod busnes, fel YYYY-MM-DD, "today", "yesterday" (y diofyn ar gyfer report) '
            'neu "tomorrow" (y diofyn ar gyfer forecast).',
        'day': 'diwrnod',
        'report: write the printable report to this PDF file.': "report: ysgrifennu'r adroddiad argraffadwy i'r ffeil PDF hon.",
        'report: write the CSV tables into this directory.': "report: ysgrifennu'r tablau CSV i'r cyfeiriadur hwn.",
        "report: the PDF's language (en, zh_CN, zh_TW, lv, cy; default: the branch's).":
            'report: iaith y PDF (en, zh_CN, zh_TW, lv, cy; diofyn: iaith y gangen).',
        'code': 'cod',
        '"%1" is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.':
            'Nid yw "%1" yn ddiwrnod: ysgrifennwch ef fel YYYY-MM-DD (er enghraifft %2), today, yesterday neu '
            'tomorrow.',
        'Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.':
            "Dywedwch ble mae'r adroddiad i fynd: --pdf FFEIL, --csv CYFEIRIADUR, neu'r ddau.",
        # ServerRunner, ServerSecrets, ReportCsv
        'Cannot read the configuration %1: %2': 'Methu darllen y cyfluniad %1: %2',
        'Cannot create the data directory %1.': "Methu creu'r cyfeiriadur data %1.",
        'The data directory %1 is not writable by this user.':
            'Ni all y defnyddiwr hwn ysgrifennu yn y cyfeiriadur data %1.',
        'Cannot write %1: %2': 'Methu ysgrifennu %1: %2',
        # StationPermissions
        'A display only shows the queue; it cannot change it.': 'Dim ond dangos y ciw y mae sgrin; ni all ei newid.',
        'A kiosk can only issue tickets, check in appointments and take feedback.':
            'Dim ond rhoi tocynnau, cofrestru apwyntiadau a derbyn adborth y gall ciosg ei wneud.',
        'Log in with your name and password first.': "Mewngofnodwch gyda'ch enw a'ch cyfrinair yn gyntaf.",
        'Only a supervisor can do that. Ask a supervisor to log in.':
            "Dim ond goruchwyliwr sy'n gallu gwneud hynny. Gofynnwch i oruchwyliwr fewngofnodi.",
        '%1 is logged in on this station; %2 cannot log in at a counter from here.':
            "Mae %1 wedi mewngofnodi ar yr orsaf hon; ni all %2 fewngofnodi wrth gownter o'r fan hon.",
        'Log in at your counter first.': 'Mewngofnodwch wrth eich cownter yn gyntaf.',
        'You are at counter %1; you cannot act for counter %2.':
            'Rydych wrth gownter %1; ni allwch weithredu ar ran cownter %2.',
        # StationSettingsFile
        '"%1" is not a server address; write it as host:port, e.g. 192.168.1.10:47010.':
            'Nid yw "%1" yn gyfeiriad gweinydd; ysgrifennwch ef fel host:port, e.e. 192.168.1.10:47010.',
        'Cannot read the station settings %1.': "Methu darllen gosodiadau'r orsaf %1.",
        '%1 is not a valid settings file (INI format).': 'Nid yw %1 yn ffeil gosodiadau ddilys (fformat INI).',
        'must be kiosk, teller, display, supervisor or tool':
            'rhaid iddo fod yn kiosk, teller, display, supervisor neu tool',
        'is missing; give each station a unique id': 'ar goll; rhowch id unigryw i bob gorsaf',
        "is missing; it is the branchId of the server's configuration":
            'ar goll; dyma branchId cyfluniad y gweinydd',
        # TellerSettings
        '%1: station.role is %2; a teller workstation needs role=teller or role=supervisor':
            '%1: station.role yw %2; mae angen role=teller neu role=supervisor ar weithfan ariannwr',
        '%1: teller.chooseCounter must be true or false': '%1: rhaid i teller.chooseCounter fod yn true neu false',
        '%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true':
            "%1: rhowch station.counter (y cownter y mae'r cyfrifiadur hwn wrtho), neu gosodwch "
            'teller.chooseCounter=true',
        '%1: teller.language must be one of %2': '%1: rhaid i teller.language fod yn un o %2',
        # TicketPrinter
        'there is no default printer': 'does dim argraffydd diofyn',
        'there is no printer "%1"': 'does dim argraffydd "%1"',
        'printer "%1" is stopped or failing': 'mae\'r argraffydd "%1" wedi stopio neu\'n methu',
        'printer "%1" did not accept the ticket': 'ni dderbyniodd yr argraffydd "%1" y tocyn',
        'printer "%1" failed while printing': 'methodd yr argraffydd "%1" wrth argraffu',
        # main (tessera-server, tessera-tool)
        'Type the password on standard input.': 'Teipiwch y cyfrinair ar y mewnbwn safonol.',
        "Branch key in %1 (fingerprint %2). Enter it in each station's settings; keep it secret.":
            "Allwedd y gangen yn %1 (ôl bys %2). Rhowch hi yng ngosodiadau pob gorsaf; cadwch hi'n gyfrinachol.",
        'A station on the command line, for checks, scripts and tests.\n\n'
        'Commands:\n'
        '  status   connect, print the queue\'s state as JSON, exit (1 if the server is not reached)\n'
        '  watch    print every event as JSON lines until stopped\n'
        '  script   read requests from standard input (see ToolScript.h; e.g. \'IssueTicket {"service":"cash"}\')':
            'Gorsaf ar y llinell orchymyn, ar gyfer gwiriadau, sgriptiau a phrofion.\n\n'
            'Gorchmynion:\n'
            '  status   cysylltu, argraffu cyflwr y ciw fel JSON, gadael (gyda chod 1 os na ellir cyrraedd y '
            'gweinydd)\n'
            '  watch    argraffu pob digwyddiad fel llinellau JSON nes ei atal\n'
            '  script   darllen ceisiadau o\'r mewnbwn safonol (gweler ToolScript.h; e.e. '
            '\'IssueTicket {"service":"cash"}\')',
        # tessera-kiosk
        'This kiosk is not set up': "Nid yw'r ciosg hwn wedi'i osod",
        '%1\n\nFix the settings and restart the kiosk.': '%1\n\nCywirwch y gosodiadau ac ailgychwynnwch y ciosg.',
        # tessera::BranchClient
        'Not started.': 'Heb ddechrau.',
        'Looking for the server of branch %1 on the network...': 'Yn chwilio am weinydd cangen %1 ar y rhwydwaith...',
        'Connecting to the server at %1...': "Yn cysylltu â'r gweinydd yn %1...",
        'Cannot reach the server at %1: %2': 'Methu cyrraedd y gweinydd yn %1: %2',
        'it closed the connection': 'caeodd y cysylltiad',
        'no answer': 'dim ateb',
        'The connection to the server was lost; log in again.': "Collwyd y cysylltiad â'r gweinydd; mewngofnodwch eto.",
        'Lost the server at %1 (%2). Reconnecting...': 'Collwyd y gweinydd yn %1 (%2). Yn ailgysylltu...',
        'Connected to %1 at %2.': 'Wedi cysylltu â %1 yn %2.',
        'Connected to %1; receiving the queue...': "Wedi cysylltu â %1; yn derbyn y ciw...",
        'snapshot part %1 arrived out of order': "cyrhaeddodd rhan %1 o'r ciplun allan o drefn",
        'the snapshot could not be read': 'nid oedd modd darllen y ciplun',
        'events arrived before the whole snapshot': "cyrhaeddodd digwyddiadau cyn y ciplun cyfan",
        'event %1 arrived after %2': 'cyrhaeddodd digwyddiad %1 ar ôl %2',
        'event %1 (%2) could not be read': 'nid oedd modd darllen digwyddiad %1 (%2)',
        'Not connected to the server, so nothing was done. %1':
            "Dim cysylltiad â'r gweinydd, felly ni wnaed dim. %1",
        'Not connected to the server. %1': "Dim cysylltiad â'r gweinydd. %1",
        'The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.':
            'Ni chadarnhaodd y gweinydd hyn mewn pryd. Gwiriwch y ciw cyn rhoi cynnig arall arni: efallai ei fod '
            'wedi digwydd, efallai ddim.',
        'The connection to the server was lost before the report came. Try again.':
            "Collwyd y cysylltiad â'r gweinydd cyn i'r adroddiad gyrraedd. Rhowch gynnig arall arni.",
        'The connection to the server was lost before the plan came. Try again.':
            "Collwyd y cysylltiad â'r gweinydd cyn i'r cynllun gyrraedd. Rhowch gynnig arall arni.",
        'The server did not send the plan in time. Try again.': 'Ni anfonodd y gweinydd y cynllun mewn pryd. Ceisiwch eto.',
        # tessera::BranchServer
        'Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.':
            'Methu gwrando ar %1 porth %2: %3. Oes tessera-server arall yn rhedeg? Dewiswch borth arall gyda --port.',
        "This OpenSSL cannot serve TLS 1.2 with the stations' PSK cipher suites (%1): %2. Install Debian 12's libssl3.":
            'Ni all yr OpenSSL hwn weini TLS 1.2 gyda chyfresi seiffr PSK y gorsafoedd (%1): %2. Gosodwch libssl3 Debian 12.',
        'No Hello within %1 ms.': 'Dim Hello o fewn %1 ms.',
        'The first message must be Hello, not %1.': "Rhaid i'r neges gyntaf fod yn Hello, nid %1.",
        'A station does not send %1 messages.': 'Nid yw gorsaf yn anfon negeseuon %1.',
        'Hello was already said.': "Mae Hello wedi'i anfon eisoes.",
        'This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.':
            "Mae'r gweinydd hwn yn siarad protocol %1 i %2; mae angen %3 i %4 ar yr orsaf. Diweddarwch yr un hynaf.",
        'Hello has no stationId.': 'Does dim stationId yn Hello.',
        'This server is branch %1; the station is set up for branch %2.':
            "Gweinydd cangen %1 yw hwn; mae'r orsaf wedi'i gosod ar gyfer cangen %2.",
        'The answer to %1 does not fit a frame.': "Nid yw'r ateb i %1 yn ffitio mewn ffrâm.",
        'Your login has expired. Log in again with your password.':
            "Mae eich mewngofnodiad wedi dod i ben. Mewngofnodwch eto gyda'ch cyfrinair.",
        'Unknown name or wrong password.': 'Enw anhysbys neu gyfrinair anghywir.',
        'Too many failed logins on this connection.':
            'Gormod o ymdrechion mewngofnodi aflwyddiannus ar y cysylltiad hwn.',
        'A command needs an id.': 'Mae angen id ar orchymyn.',
        'The station fell too far behind (%1 bytes unsent); reconnect to catch up.':
            "Mae'r orsaf wedi mynd yn rhy bell ar ei hôl hi (%1 beit heb eu hanfon); ailgysylltwch i ddal i fyny.",
        'The server is shutting down.': "Mae'r gweinydd yn cau.",
        'Only a supervisor may see the daily report: log in as a supervisor.':
            "Dim ond goruchwyliwr sy'n cael gweld yr adroddiad dyddiol: mewngofnodwch fel goruchwyliwr.",
        'The report needs a day.': 'Mae angen diwrnod ar yr adroddiad.',
        'Only a supervisor may see the staffing plan: log in as a supervisor.':
            "Dim ond goruchwyliwr sy'n cael gweld y cynllun staffio: mewngofnodwch fel goruchwyliwr.",
        # also tessera::PlanSource
        'The plan needs a day.': 'Mae angen diwrnod ar y cynllun.',
        'less than a minute': 'llai na munud',
        'up to %1 min': 'hyd at %1 mun',
        '%1–%2 min': '%1–%2 mun',
        'There is not enough history to forecast %1: the journal has no earlier day with customers.': 'Nid oes digon o hanes i ragweld %1: nid oes diwrnod cynharach gyda chwsmeriaid yn y dyddlyfr.',
        # tessera::DiscoveryListener
        "Cannot listen for the server's announcements on UDP port %1: %2":
            "Methu gwrando am gyhoeddiadau'r gweinydd ar borth UDP %1: %2",
        # tessera::MessageCodec
        'The message has no "msg" type name.': 'Does dim enw math "msg" yn y neges.',
        'Unknown message type "%1".': 'Math o neges anhysbys "%1".',
        'The %1 message has a wrong value in "%2".': 'Mae gwerth anghywir yn "%2" yn y neges %1.',
        'Unknown command "%1".': 'Gorchymyn anhysbys "%1".',
        'The %1 command has a wrong value in "%2".': 'Mae gwerth anghywir yn "%2" yn y gorchymyn %1.',
        # tessera::ReportCsv
        'Cannot create the directory %1 for the CSV files.': "Methu creu'r cyfeiriadur %1 ar gyfer y ffeiliau CSV.",
        # tessera::PlanCsv
        'Cannot create the directory %1 for the CSV file.': "Methu creu'r cyfeiriadur %1 ar gyfer y ffeil CSV.",
        # tessera::ReportSource
        'The journal %1 is empty: the branch has not run yet.':
            "Mae'r dyddlyfr %1 yn wag: nid yw'r gangen wedi rhedeg eto.",
        'The journal starts on %1; there are no figures for %2.':
            "Mae'r dyddlyfr yn dechrau ar %1; does dim ffigurau ar gyfer %2.",
        'The business day %1 has not begun yet.': "Nid yw'r diwrnod busnes %1 wedi dechrau eto.",
        'The journal %1 cannot be read: %2': 'Methu darllen y dyddlyfr %1: %2',
        'The journal %1 holds no branch configuration.': 'Does dim cyfluniad cangen yn y dyddlyfr %1.',
        # tessera::display::Announcer ('Sound:' must begin each 'Sound: ...' message: the code tests for it)
        'Sound: a part of the announcement did not finish playing; check the speakers.':
            "Sain: ni orffennodd rhan o'r cyhoeddiad chwarae; gwiriwch y seinyddion.",
        'Voice pack %1 has no recording for: %2': 'Does dim recordiad yn y pecyn llais %1 ar gyfer: %2',
        'Sound: there is no audio output; calls are shown but not announced.':
            "Sain: does dim allbwn sain; mae galwadau'n cael eu dangos ond nid eu cyhoeddi.",
        'Sound: the audio output could not be opened (error %1).':
            'Sain: nid oedd modd agor yr allbwn sain (gwall %1).',
        'Sound:': 'Sain:',
        'Speech: the "%1" synthesizer failed: %2': 'Lleferydd: methodd y syntheseisydd "%1": %2',
        'Speech: the "%1" synthesizer is not working: %2': 'Lleferydd: nid yw\'r syntheseisydd "%1" yn gweithio: %2',
        # first-run setup (StationSetup)
        # the first four are inserted, unmutated, into 'Set up this %1', the intro below and the default
        # station name "<host> %1": the sentences are phrased so that any of them fits
        'kiosk': 'ciosg',
        "teller's workstation": 'gweithfan ariannwr',
        'lobby display': 'sgrin y cyntedd',
        'tool': 'teclyn',
        'Check and save': 'Gwirio a chadw',
        'Set up this %1': 'Gosod yr orsaf hon: %1',
        'This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.':
            "Nid yw'r cyfrifiadur hwn wedi'i osod eto. Rhowch allwedd y gangen (ar gyfrifiadur y gweinydd: "
            "tessera-server key) a'r hyn sydd ei angen ar yr orsaf hon (%1). Mae Tessera yn gwirio'r cyfan "
            'gyda gweinydd y gangen cyn cadw.',
        '64 hexadecimal digits, spaces allowed': '64 digid hecsadegol, caniateir bylchau',
        'only where the LAN blocks discovery, e.g. 192.168.1.10:47010':
            "dim ond os yw'r rhwydwaith lleol yn rhwystro canfod, e.e. 192.168.1.10:47010",
        'Branch key:': 'Allwedd y gangen:',
        'Servers found:': 'Gweinyddion a ganfuwyd:',
        'Server address:': 'Cyfeiriad y gweinydd:',
        'Station name:': "Enw'r orsaf:",
        'Language:': 'Iaith:',
        'No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.':
            "Nid atebodd unrhyw weinydd o'r gangen hon i'r allwedd hon. Gwiriwch yr allwedd a bod y gweinydd yn "
            "rhedeg, ac os yw'r rhwydwaith lleol yn rhwystro canfod, teipiwch ei gyfeiriad.",
        'The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)':
            "Ni dderbyniodd y gweinydd yr orsaf hon o fewn %1 eiliad: gwiriwch yr allwedd (mae'r gweinydd yn ei "
            "dangos gyda tessera-server key) a'r cyfeiriad. (%2)",
        'Enter the branch key: the servers of the branch then show here by themselves.':
            'Rhowch allwedd y gangen: yna bydd gweinyddion y gangen yn ymddangos yma ohonynt eu hunain.',
        "Cannot listen for servers on the LAN (%1); type the server's address.":
            'Methu gwrando am weinyddion ar y rhwydwaith lleol (%1); teipiwch gyfeiriad y gweinydd.',
        "Looking for the branch's servers…": 'Yn chwilio am weinyddion y gangen…',
        '%1 (%2) at %3:%4': '%1 (%2) yn %3:%4',
        "Found the branch's server. Fill in the rest and press Check and save.":
            'Daethpwyd o hyd i weinydd y gangen. Llenwch y gweddill a phwyswch "Gwirio a chadw".',
        'The branch key is not right: %1': 'Nid yw allwedd y gangen yn gywir: %1',
        'Server address: %1': 'Cyfeiriad y gweinydd: %1',
        'Connecting to the branch server…': 'Yn cysylltu â gweinydd y gangen…',
        'The server refused this station: %1': 'Gwrthododd y gweinydd yr orsaf hon: %1',
        'Cannot create the folder for %1.': "Methu creu'r ffolder ar gyfer %1.",
        'all; or a zone such as 1, 2, 3': 'pob un; neu ardal, fel 1, 2, 3',
        'all; or service ids such as cash, loans': 'pob un; neu id gwasanaethau, fel cash, loans',
        'Counters shown:': 'Cownteri a ddangosir:',
        'Services shown:': 'Gwasanaethau a ddangosir:',
        'The branch has no counter "%1".': 'Does dim cownter "%1" yn y gangen.',
        'The branch has no service "%1".': 'Does dim gwasanaeth "%1" yn y gangen.',
        'No printer: the number on screen only': 'Dim argraffydd: y rhif ar y sgrin yn unig',
        'Ticket printer:': 'Argraffydd tocynnau:',
        'The teller chooses the counter when logging in': "Mae'r ariannwr yn dewis y cownter wrth fewngofnodi",
        "The supervisor's PC (branch overview and daily report)":
            "Cyfrifiadur y goruchwyliwr (trosolwg o'r gangen ac adroddiad dyddiol)",
        'Counter:': 'Cownter:',
        'The branch has no counter %1; its counters are %2.': 'Does dim cownter %1 yn y gangen; ei chownteri yw %2.',
        "Cannot open the journal %1: Qt's %2 database driver is not installed (on Debian: the package libqt6sql6-%3).": "Methu agor y cyfnodolyn %1: nid yw gyrrwr cronfa ddata %2 Qt wedi'i osod (ar Debian: y pecyn libqt6sql6-%3).",
        'another tessera-server is writing it. Stop that one first, or give this server a journal of its own.': "mae tessera-server arall yn ysgrifennu ato. Stopiwch hwnnw yn gyntaf, neu rhowch gyfnodolyn ei hun i'r gweinydd hwn.",
        'No journal was given: give a file path or a postgresql:// URL.': 'Ni roddwyd cyfnodolyn: rhowch lwybr ffeil neu URL postgresql://.',
        'The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.': "Nid yw URL y cyfnodolyn yn ddilys: ysgrifennwch ef fel postgresql://DEFNYDDIWR@GWESTEIWR:PORTH/CRONFA, gyda phob bwlch, @, : neu / yn y cyfrinair wedi'i amgodio â chanran.",
        '"%1" in the journal URL is not a PostgreSQL connection setting.': 'Nid yw "%1" yn URL y cyfnodolyn yn osodiad cysylltu PostgreSQL.',
        'The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.': 'Nid yw URL y cyfnodolyn %1 yn enwi cronfa ddata: gorffennwch ef gyda /CRONFA, fel yn postgresql://tessera@localhost/tessera_journal.',
        'The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).': 'Y cyfnodolyn: ffeil SQLite, neu gronfa ddata PostgreSQL fel postgresql://DEFNYDDIWR@GWESTEIWR/CRONFA (rhagosodiad: journal.sqlite yn y cyfeiriadur data).',
        'file or URL': 'ffeil neu URL',
        'Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).': "Anfon pob digwyddiad yn y cyfnodolyn ymlaen i gronfa ddata'r brif swyddfa, wedi'i rhoi fel postgresql://RÔL@GWESTEIWR/CRONFA?sslmode=verify-full (gweler docs/HEADOFFICE.md).",
        'URL': 'URL',
        'The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.': "Cronfa ddata PostgreSQL yw'r brif swyddfa: rhowch hi fel postgresql://RÔL@GWESTEIWR/CRONFA?sslmode=verify-full.",
        "The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office's CA certificate if it is not in ~/.postgresql/root.crt).": "Mae'r cysylltiad â'r brif swyddfa yn croesi'r WAN: rhaid i'w URL ddweud sslmode=verify-full (gyda sslrootcert= tystysgrif CA y brif swyddfa os nad yw yn ~/.postgresql/root.crt).",
        'This OpenSSL cannot serve TLS 1.2 or later: %1.': 'Ni all yr OpenSSL hwn weini TLS 1.2 neu ddiweddarach: %1.',
        'Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.': "Methu defnyddio %1 fel tystysgrif y we: %2. Rhowch ffeil PEM gyda'r dystysgrif yn gyntaf, yna unrhyw dystysgrifau canolradd.",
        "Cannot use %1 as the web certificate's private key: %2. Give an unencrypted PEM key readable by the server.": 'Methu defnyddio %1 fel allwedd breifat tystysgrif y we: %2. Rhowch allwedd PEM heb ei hamgryptio y gall y gweinydd ei darllen.',
        'The private key %1 does not belong to the certificate %2.': "Nid yw'r allwedd breifat %1 yn perthyn i'r dystysgrif %2.",
        'This service does not take tickets on the web. Take one at the kiosk in the branch.': "Nid yw'r gwasanaeth hwn yn rhoi tocynnau ar y we. Cymerwch un wrth y ciosg yn y gangen.",
        'This service cannot be booked on the web. Call the branch to book it.': "Ni ellir archebu'r gwasanaeth hwn ar y we. Ffoniwch y gangen i'w archebu.",
        "A customer's web page cannot do that.": 'Ni all tudalen we cwsmer wneud hynny.',
        "The web role is the server's own web front; a station says kiosk, teller, display, supervisor or tool.": "Mae'r rôl web yn perthyn i flaen gwe'r gweinydd ei hun; mae gorsaf yn dweud kiosk, teller, display, supervisor neu tool.",
        'Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.': 'Methu gwrando am dudalennau gwe ar %1 porth %2: %3. Dewiswch borth arall gyda --web-port.',
        'Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.': 'Methu gwrando am HTTP plaen ar %1 porth %2: %3. Dewiswch borth arall gyda --web-http-port.',
        "Cannot watch the stations' connections: the server is out of file descriptors.": "Methu gwylio cysylltiadau'r gorsafoedd: mae disgrifyddion ffeil y gweinydd wedi dod i ben.",
        "Cannot watch the web pages' connections: the server is out of file descriptors.": "Methu gwylio cysylltiadau'r tudalennau gwe: mae disgrifyddion ffeil y gweinydd wedi dod i ben.",
        'This program makes reports and forecasts for tessera-server; run tessera-server.': "Mae'r rhaglen hon yn gwneud adroddiadau a rhagolygon i tessera-server; rhedwch tessera-server.",
        'tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.': "Nid yw tessera-server-documents, sy'n gwneud adroddiadau a rhagolygon, yn %1 nac yn %2. Ailosodwch y pecyn tessera-server.",
        'Cannot run %1: %2': 'Methu rhedeg %1: %2',
        'must be the https:// address phones reach the server at, such as https://queue.example.com': "rhaid iddo fod y cyfeiriad https:// y mae ffonau'n cyrraedd y gweinydd arno, fel https://queue.example.com",
        '%1 at %2 is fully booked: choose another time.': 'Mae %1 am %2 yn llawn: dewiswch amser arall.',
        'This phone number already has %n appointment(s) on that day. Cancel one to book another.': "Mae gan y rhif ffôn hwn apwyntiadau'r diwrnod hwnnw eisoes: %n. Canslwch un i archebu un arall.",
        "Serve the customers' web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.": "Gweini tudalennau gwe'r cwsmeriaid dros HTTPS gyda'r dystysgrif hon (PEM, yna unrhyw rai canolradd; gweler docs/WEB.md). Hebddi does dim tudalennau gwe.",
        "The web certificate's private key (PEM, unencrypted).": 'Allwedd breifat tystysgrif y we (PEM, heb ei hamgryptio).',
        'HTTPS port of the web pages (default %1).': 'Porth HTTPS y tudalennau gwe (rhagosodiad %1).',
        'Plain HTTP port that only redirects to HTTPS (default %1; 0: none).': 'Porth HTTP plaen sydd ond yn ailgyfeirio i HTTPS (rhagosodiad %1; 0: dim).',
        'Give the web certificate and its key together: --web-certificate FILE --web-key FILE.': "Rhowch dystysgrif y we a'i hallwedd gyda'i gilydd: --web-certificate FFEIL --web-key FFEIL.",
        'A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).\n\n%1': 'Mae porth gwe yn rhif o 1 i 65535 (mae 0 yn diffodd y porth HTTP plaen).\n\n%1',
        "Give the booking's phone number.": 'Rhowch rif ffôn yr archeb.',
        'A comment is at most 500 characters.': 'Mae sylw yn 500 nod ar y mwyaf.',
        'Feedback is given after the visit.': 'Rhoddir adborth ar ôl yr ymweliad.',
        'Feedback for this visit was already given.': "Mae adborth am yr ymweliad hwn eisoes wedi'i roi.",
        'This ticket is no longer waiting: it has been called.': "Nid yw'r tocyn hwn yn aros mwyach: mae wedi'i alw.",
    },
}
