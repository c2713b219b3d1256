<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>BranchConfigLoader</name>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>nezināma atslēga; sagaidāma kāda no šīm: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>jānorāda obligāti</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>jābūt tekstam, kas nav tukšs</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>jābūt veselam skaitlim no %1 līdz %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>jābūt true vai false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>jābūt objektam</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>jābūt sarakstam</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>nepieciešams teksts vismaz vienā valodā</translation>
    </message>
    <message>
        <source>is not a weekday or range such as &quot;mon&quot; or &quot;mon-fri&quot;</source>
        <translation>nav nedēļas diena vai diapazons, piemēram, &quot;mon&quot; vai &quot;mon-fri&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span such as &quot;09:00-17:30&quot;</source>
        <translation>&quot;%1&quot; nav laika posms, piemēram, &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and dashes</source>
        <translation>jāsastāv no mazajiem burtiem, cipariem un defisēm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone such as &quot;Europe/Riga&quot;</source>
        <translation>&quot;%1&quot; nav zināma laika josla, piemēram, &quot;Europe/Riga&quot;</translation>
    </message>
    <message>
        <source>needs at least one language</source>
        <translation>nepieciešama vismaz viena valoda</translation>
    </message>
    <message>
        <source>must be one of the languages</source>
        <translation>jābūt vienai no norādītajām valodām</translation>
    </message>
    <message>
        <source>must be a time such as &quot;03:00&quot;</source>
        <translation>jābūt laikam, piemēram, &quot;03:00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;cancel&quot; or &quot;carryOver&quot;</source>
        <translation>jābūt &quot;cancel&quot; vai &quot;carryOver&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be appointment, vip or priority, each at most once</source>
        <translation>&quot;%1&quot;: jābūt appointment, vip vai priority, katram ne vairāk kā vienu reizi</translation>
    </message>
    <message>
        <source>needs at least one outcome code</source>
        <translation>nepieciešams vismaz viens rezultāta kods</translation>
    </message>
    <message>
        <source>needs at least one service</source>
        <translation>nepieciešams vismaz viens pakalpojums</translation>
    </message>
    <message>
        <source>must be 1-32 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>jāsastāv no 1-32 mazajiem burtiem, cipariem, &apos;-&apos; vai &apos;_&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another service</source>
        <translation>&quot;%1&quot; jau izmanto cits pakalpojums</translation>
    </message>
    <message>
        <source>must be 1-3 capital letters A-Z</source>
        <translation>jāsastāv no 1-3 lielajiem burtiem A-Z</translation>
    </message>
    <message>
        <source>needs at least one counter</source>
        <translation>nepieciešams vismaz viens lodziņš</translation>
    </message>
    <message>
        <source>counter %1 is listed twice</source>
        <translation>lodziņš %1 norādīts divreiz</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Lodziņš %1</translation>
    </message>
    <message>
        <source>is not a service id</source>
        <translation>nav pakalpojuma id</translation>
    </message>
    <message>
        <source>needs at least one service with a weight</source>
        <translation>nepieciešams vismaz viens pakalpojums ar svaru</translation>
    </message>
    <message>
        <source>no counter serves &quot;%1&quot;; its tickets could never be called</source>
        <translation>neviens lodziņš neapkalpo &quot;%1&quot;; šī pakalpojuma biļetes nekad netiktu izsauktas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; norādīts divreiz</translation>
    </message>
    <message>
        <source>must be &quot;teller&quot; or &quot;supervisor&quot;</source>
        <translation>jābūt &quot;teller&quot; vai &quot;supervisor&quot;</translation>
    </message>
    <message>
        <source>%1 (make one with: tessera-server hash-password)</source>
        <translation>%1 (izveidojiet to ar: tessera-server hash-password)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>nevar nolasīt failu: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>nederīgs JSON: %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>failā jābūt vienam JSON objektam</translation>
    </message>
    <message>
        <source>has no announcement phrases; one of: %1</source>
        <translation>šai valodai nav paziņojumu frāžu; jābūt kādai no šīm: %1</translation>
    </message>
    <message>
        <source>must be &quot;recorded&quot; or &quot;speech&quot;</source>
        <translation>jābūt &quot;recorded&quot; vai &quot;speech&quot;</translation>
    </message>
    <message>
        <source>must be &quot;digits&quot; or &quot;whole&quot;</source>
        <translation>jābūt &quot;digits&quot; vai &quot;whole&quot;</translation>
    </message>
    <message>
        <source>must be the https:// address phones reach the server at, such as https://queue.example.com</source>
        <translation>jābūt https:// adresei, kurā telefoni sasniedz serveri, piemēram, https://queue.example.com</translation>
    </message>
</context>
<context>
    <name>BranchKey</name>
    <message>
        <source>A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from &quot;tessera-server key show&quot;.</source>
        <translation>Filiāles atslēga sastāv no 64 heksadecimāliem cipariem (0-9, a-f); šajā pēc atstarpju noņemšanas rakstzīmju skaits ir %1. Nokopējiet to vēlreiz no &quot;tessera-server key show&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the branch key file %1: %2</source>
        <translation>Nevar nolasīt filiāles atslēgas failu %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the branch key file %1: %2</source>
        <translation>Nevar ierakstīt filiāles atslēgas failu %1: %2</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>%1: station.role is %2; a lobby display needs role=display</source>
        <translation>%1: station.role ir %2; uzgaidāmās telpas displejam nepieciešams role=display</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number from %3 to %4</source>
        <translation>%1: %2 vērtībai jābūt veselam skaitlim no %3 līdz %4</translation>
    </message>
    <message>
        <source>%1: display.counters must list counter numbers, such as 1,2,3 (&quot;%2&quot; is not one)</source>
        <translation>%1: display.counters jābūt lodziņu numuru sarakstam, piemēram, 1,2,3 (&quot;%2&quot; nav lodziņa numurs)</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>Nepietiek vēstures, lai prognozētu %1: žurnālā nav nevienas agrākas dienas ar klientiem.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation>Datu mape %1 neeksistē.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Nevar atvērt žurnālu %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the journal %1: %2</source>
        <translation>Nevar izmantot žurnālu %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal %1: %2</source>
        <translation>Nevar atjaunināt žurnālu %1: %2</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Vietā %1 nav žurnāla.</translation>
    </message>
    <message>
        <source>The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.</source>
        <translation>Žurnāla %1 shēmas versija ir %2, bet šī Tessera lasa shēmu %3: vienreiz palaidiet tessera-server (tas atjaunina žurnālu) un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>the journal was opened for reading only</source>
        <translation>žurnāls ir atvērts tikai lasīšanai</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: Qt&apos;s %2 database driver is not installed (on Debian: the package libqt6sql6-%3).</source>
        <translation>Nevar atvērt žurnālu %1: nav instalēts Qt datubāzes draiveris %2 (Debian sistēmā: pakotne libqt6sql6-%3).</translation>
    </message>
    <message>
        <source>another tessera-server is writing it. Stop that one first, or give this server a journal of its own.</source>
        <translation>tajā raksta cits tessera-server. Vispirms apturiet to vai piešķiriet šim serverim savu žurnālu.</translation>
    </message>
</context>
<context>
    <name>JournalLocation</name>
    <message>
        <source>No journal was given: give a file path or a postgresql:// URL.</source>
        <translation>Žurnāls nav norādīts: norādiet faila ceļu vai postgresql:// URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the journal URL is not a PostgreSQL connection setting.</source>
        <translation>&quot;%1&quot; žurnāla URL nav PostgreSQL savienojuma iestatījums.</translation>
    </message>
    <message>
        <source>The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.</source>
        <translation>Žurnāla URL %1 nenorāda datubāzi: beidziet to ar /DATUBĀZE, piemēram, postgresql://tessera@localhost/tessera_journal.</translation>
    </message>
    <message>
        <source>The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.</source>
        <translation>Žurnāla URL nav derīgs: rakstiet to kā postgresql://LIETOTĀJS@RESURSDATORS:PORTS/DATUBĀZE, paroles atstarpes, @, : un / kodējot ar procentu kodējumu.</translation>
    </message>
</context>
<context>
    <name>KioskContext</name>
    <message>
        <source>No counter is open for this yet</source>
        <translation>Pagaidām neviens lodziņš to neapkalpo</translation>
    </message>
    <message>
        <source>No more tickets today</source>
        <translation>Šodien biļešu vairs nav</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slēgts</translation>
    </message>
    <message>
        <source>Closed now · opens at %1</source>
        <translation>Pašlaik slēgts · atver %1</translation>
    </message>
    <message>
        <source>Closed now · opens %1 %2</source>
        <translation>Pašlaik slēgts · atver %1 %2</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>Gaida: %1 · %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>mazāk par minūti</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>līdz %1 min</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>Gaidīšanas laiks: vēl nav zināms</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Gaidīšanas laiks: %1</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>%1: station.role is %2; a kiosk needs role=kiosk</source>
        <translation>%1: station.role ir %2; kioskam nepieciešams role=kiosk</translation>
    </message>
    <message>
        <source>%1: kiosk.paperWidth must be 80 or 58 (mm)</source>
        <translation>%1: kiosk.paperWidth vērtībai jābūt 80 vai 58 (mm)</translation>
    </message>
    <message>
        <source>%1: kiosk.idleSeconds must be a whole number from 5 to 600</source>
        <translation>%1: kiosk.idleSeconds vērtībai jābūt veselam skaitlim no 5 līdz 600</translation>
    </message>
    <message>
        <source>%1: kiosk.ticketSeconds must be a whole number from 3 to 120</source>
        <translation>%1: kiosk.ticketSeconds vērtībai jābūt veselam skaitlim no 3 līdz 120</translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>There is no service &quot;%1&quot; in this branch.</source>
        <translation>Šajā filiālē nav pakalpojuma &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Ievadiet klienta vārdu.</translation>
    </message>
    <message>
        <source>That time has already passed: choose a later slot.</source>
        <translation>Šis laiks jau ir pagājis: izvēlieties vēlāku laiku.</translation>
    </message>
    <message>
        <source>Appointments start on %1-minute slots (such as 10:00 or 10:%2).</source>
        <translation>Pieraksti sākas %1 minūšu intervālu sākumā (piemēram, 10:00 vai 10:%2).</translation>
    </message>
    <message>
        <source>%1 is closed at %2: choose a slot in its opening hours.</source>
        <translation>Pakalpojums %1 ir slēgts %2: izvēlieties laiku tā darba laikā.</translation>
    </message>
    <message>
        <source>We cannot find an appointment with code %1. Check the code, or take a ticket instead.</source>
        <translation>Pieraksts ar kodu %1 netika atrasts. Pārbaudiet kodu vai tā vietā paņemiet biļeti.</translation>
    </message>
    <message>
        <source>This appointment is already checked in. Please wait for your number to be called.</source>
        <translation>Šim pierakstam reģistrācija jau ir veikta. Lūdzu, gaidiet, kad tiks izsaukts jūsu numurs.</translation>
    </message>
    <message>
        <source>Your appointment at %1 has passed. Please take a ticket or book a new time.</source>
        <translation>Jūsu pieraksta laiks %1 ir pagājis. Lūdzu, paņemiet biļeti vai pierakstieties uz citu laiku.</translation>
    </message>
    <message>
        <source>Your appointment is at %1. You can check in from %2.</source>
        <translation>Jūsu pieraksts ir %1. Reģistrēties varat no %2.</translation>
    </message>
    <message>
        <source>There is no booked appointment with code %1.</source>
        <translation>Nav aktīva pieraksta ar kodu %1.</translation>
    </message>
    <message>
        <source>Counter %1 still has %2: finish or transfer it first.</source>
        <translation>Lodziņā %1 joprojām ir %2: vispirms pabeidziet vai pārsūtiet to.</translation>
    </message>
    <message>
        <source>There is no counter %1 in this branch.</source>
        <translation>Šajā filiālē nav lodziņa %1.</translation>
    </message>
    <message>
        <source>Nobody is logged in at counter %1: log in first.</source>
        <translation>Lodziņā %1 neviens nav pieteicies: vispirms piesakieties.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>Lodziņš %1 jau ir atvērts.</translation>
    </message>
    <message>
        <source>Counter %1 is already closed.</source>
        <translation>Lodziņš %1 jau ir slēgts.</translation>
    </message>
    <message>
        <source>The name or password is not right. Check them and try again.</source>
        <translation>Vārds vai parole nav pareiza. Pārbaudiet tos un mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>%1 is already logged in at counter %2: log out there first.</source>
        <translation>%1 jau ir pieteicies lodziņā %2: vispirms izrakstieties tur.</translation>
    </message>
    <message>
        <source>%1 is logged in at counter %2.</source>
        <translation>%1 ir pieteicies lodziņā %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is still in the queue for service &quot;%2&quot;: keep the service until it is done.</source>
        <translation>Biļete %1 joprojām ir pakalpojuma &quot;%2&quot; rindā: saglabājiet pakalpojumu, līdz tā ir apkalpota.</translation>
    </message>
    <message>
        <source>Ticket %1 waits for counter %2: keep the counter until it is done.</source>
        <translation>Biļete %1 gaida lodziņu %2: saglabājiet lodziņu, līdz tā ir apkalpota.</translation>
    </message>
    <message>
        <source>Counter %1 is in use: log out there before removing it.</source>
        <translation>Lodziņš %1 tiek izmantots: pirms tā noņemšanas izrakstieties tajā.</translation>
    </message>
    <message>
        <source>The branch has no configuration yet.</source>
        <translation>Filiālei vēl nav konfigurācijas.</translation>
    </message>
    <message>
        <source>Counter %1 is closed: open it first.</source>
        <translation>Lodziņš %1 ir slēgts: vispirms atveriet to.</translation>
    </message>
    <message>
        <source>Counter %1 is paused: resume it first.</source>
        <translation>Lodziņš %1 ir pauzē: vispirms atsāciet darbu.</translation>
    </message>
    <message>
        <source>Counter %1 has no ticket: call one first.</source>
        <translation>Lodziņā %1 nav biļetes: vispirms izsauciet kādu.</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>joprojām gaida</translation>
    </message>
    <message>
        <source>being called</source>
        <translation>tiek izsaukts</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>tiek apkalpots</translation>
    </message>
    <message>
        <source>already finished</source>
        <translation>jau ir pabeigts</translation>
    </message>
    <message>
        <source>already a no-show</source>
        <translation>jau ir atzīmēts kā neieradies</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ir atcelts</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be %3.</source>
        <translation>%1 %2, tāpēc to nevar %3.</translation>
    </message>
    <message>
        <source>No more tickets for %1 today: every number up to %2 has been issued.</source>
        <translation>Pakalpojumam %1 šodien biļešu vairs nav: visi numuri līdz %2 ir izsniegti.</translation>
    </message>
    <message>
        <source>Appointment tickets are issued by checking in with the code.</source>
        <translation>Pieraksta biļetes izsniedz, reģistrējoties ar kodu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority reason of this branch.</source>
        <translation>&quot;%1&quot; nav šīs filiāles prioritātes iemesls.</translation>
    </message>
    <message>
        <source>it has no opening hours</source>
        <translation>tam nav darba laika</translation>
    </message>
    <message>
        <source>it opens at %1</source>
        <translation>tas atvērsies plkst. %1</translation>
    </message>
    <message>
        <source>it opens %1</source>
        <translation>tas atvērsies %1</translation>
    </message>
    <message>
        <source>%1 is closed now; %2.</source>
        <translation>Pakalpojums %1 pašlaik ir slēgts; %2.</translation>
    </message>
    <message>
        <source>%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.</source>
        <translation>%1 joprojām tiek izsaukts lodziņā %2: vispirms sāciet apkalpošanu, izsauciet atkārtoti vai atzīmējiet, ka neieradās.</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>Lodziņu %1 neviens negaida.</translation>
    </message>
    <message>
        <source>There is no ticket %1 in the queue.</source>
        <translation>Rindā nav biļetes %1.</translation>
    </message>
    <message>
        <source>called</source>
        <translation>izsaukt</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>izsaukt atkārtoti</translation>
    </message>
    <message>
        <source>started</source>
        <translation>sākt apkalpot</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome code; use one of: %2.</source>
        <translation>&quot;%1&quot; nav rezultāta kods; izmantojiet kādu no šiem: %2.</translation>
    </message>
    <message>
        <source>%1 is being served, so it cannot be a no-show: finish it instead.</source>
        <translation>%1 tiek apkalpots, tāpēc to nevar atzīmēt kā neieradušos: tā vietā pabeidziet apkalpošanu.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2: choose another counter.</source>
        <translation>%1 jau ir pie lodziņa %2: izvēlieties citu lodziņu.</translation>
    </message>
    <message>
        <source>Choose another service or a counter to transfer %1 to.</source>
        <translation>Izvēlieties citu pakalpojumu vai lodziņu, uz kuru pārsūtīt %1.</translation>
    </message>
    <message>
        <source>That ticket is not from today.</source>
        <translation>Šī biļete nav šodienas biļete.</translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation>Atsauksme ir vērtējums no 1 līdz 5.</translation>
    </message>
    <message>
        <source>%1 at %2 is fully booked: choose another time.</source>
        <translation>%1 %2 ir pilnībā aizņemts: izvēlieties citu laiku.</translation>
    </message>
    <message numerus="yes">
        <source>This phone number already has %n appointment(s) on that day. Cancel one to book another.</source>
        <translation>
            <numerusform>Šim tālruņa numuram tajā dienā jau ir pierakstu: %n. Atceliet vienu, lai pierakstītos vēlreiz.</numerusform>
            <numerusform>Šim tālruņa numuram tajā dienā jau ir pierakstu: %n. Atceliet vienu, lai pierakstītos vēlreiz.</numerusform>
            <numerusform>Šim tālruņa numuram tajā dienā jau ir pierakstu: %n. Atceliet vienu, lai pierakstītos vēlreiz.</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment is at most 500 characters.</source>
        <translation>Komentārs ir ne garāks par 500 rakstzīmēm.</translation>
    </message>
    <message>
        <source>Feedback is given after the visit.</source>
        <translation>Atsauksmi sniedz pēc apmeklējuma.</translation>
    </message>
    <message>
        <source>Feedback for this visit was already given.</source>
        <translation>Atsauksme par šo apmeklējumu jau ir sniegta.</translation>
    </message>
</context>
<context>
    <name>QueueHost</name>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>Žurnāls %1 ir bojāts: %2</translation>
    </message>
    <message>
        <source>The server could not save this; nothing was changed. Try again. (%1)</source>
        <translation>Serveris to nevarēja saglabāt; nekas netika mainīts. Mēģiniet vēlreiz. (%1)</translation>
    </message>
    <message>
        <source>The server could not read its journal: %1</source>
        <translation>Serveris nevarēja nolasīt savu žurnālu: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>There is no journal at %1. Give the server&apos;s data directory with --data.</source>
        <translation>Ceļā %1 nav žurnāla. Norādiet servera datu mapi ar --data.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; translation; use en, zh_CN, zh_TW, lv or cy.</source>
        <translation>Tulkojuma &quot;%1&quot; nav; izmantojiet en, zh_CN, zh_TW, lv vai cy.</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; translation; the PDF&apos;s words are in English.</source>
        <translation>nav &quot;%1&quot; tulkojuma; PDF teksts būs angļu valodā.</translation>
    </message>
</context>
<context>
    <name>SchemaUpgrade</name>
    <message>
        <source>it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.</source>
        <translation>to ierakstījusi jaunāka Tessera versija (shēma %1, šī versija pazīst līdz %2); instalējiet jaunāko versiju.</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>shēmas atjaunināšana uz versiju %1 neizdevās: %2</translation>
    </message>
</context>
<context>
    <name>ServerOptionsParser</name>
    <message>
        <source>The branch configuration (JSON).</source>
        <translation>Filiāles konfigurācija (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fails</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>mape</translation>
    </message>
    <message>
        <source>Too many arguments: %1

%2</source>
        <translation>Pārāk daudz argumentu: %1

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Nezināma komanda &quot;%1&quot;.

%2</translation>
    </message>
    <message>
        <source>Where the journal and the branch key live.</source>
        <translation>Kur glabājas žurnāls un filiāles atslēga.</translation>
    </message>
    <message>
        <source>The branch key file (default: branch.key in the data directory).</source>
        <translation>Filiāles atslēgas fails (noklusējums: branch.key datu mapē).</translation>
    </message>
    <message>
        <source>TCP port for stations (default %1).</source>
        <translation>TCP ports stacijām (noklusējums: %1).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ports</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>Adrese, kurā klausīties (noklusējums: visas).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adrese</translation>
    </message>
    <message>
        <source>UDP port for announcing the server (default %1).</source>
        <translation>UDP ports servera izziņošanai (noklusējums: %1).</translation>
    </message>
    <message>
        <source>Do not announce the server; stations then need its address.</source>
        <translation>Neizziņot serveri; tad stacijām jānorāda tā adrese.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.

%1</source>
        <translation>Ports ir skaitlis no 1 līdz 65535.

%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>&quot;%1&quot; nav IP adrese, kurā klausīties.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>diena</translation>
    </message>
    <message>
        <source>report: write the printable report to this PDF file.</source>
        <translation>report: ierakstīt drukājamo atskaiti šajā PDF failā.</translation>
    </message>
    <message>
        <source>report: write the CSV tables into this directory.</source>
        <translation>report: ierakstīt CSV tabulas šajā mapē.</translation>
    </message>
    <message>
        <source>report: the PDF&apos;s language (en, zh_CN, zh_TW, lv, cy; default: the branch&apos;s).</source>
        <translation>report: PDF valoda (en, zh_CN, zh_TW, lv, cy; noklusējums: filiāles valoda).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kods</translation>
    </message>
    <message>
        <source>Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.</source>
        <translation>Norādiet, kur saglabāt atskaiti: --pdf FAILS, --csv MAPE vai abus.</translation>
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
        <translation>Tessera filiāles serveris: pārvalda rindu, uztur žurnālu un apkalpo filiāles stacijas.

Komandas:
  run (noklusējums)  palaist serveri
  check-config       pārbaudīt konfigurācijas failu un beigt darbu
  hash-password      nolasīt paroli no standartievades un izdrukāt tās jaucējkodu konfigurācijai
  key                izdrukāt filiāles atslēgu, kas vajadzīga katrai stacijai (to izveido pirmajā lietošanas reizē)
  new-key            aizstāt filiāles atslēgu; stacijas ar veco atslēgu vairs nevarēs pieslēgties
  report             izveidot dienas atskaiti: --date, pēc tam --pdf un/vai --csv
  forecast           izveidot dienas personāla plānu: --date (noklusējums – rītdiena), --pdf un/vai --csv, vai neko no tiem, lai tabulu izvadītu standartizvadē</translation>
    </message>
    <message>
        <source>run, check-config, hash-password, key, new-key, report or forecast</source>
        <translation>run, check-config, hash-password, key, new-key, report vai forecast</translation>
    </message>
    <message>
        <source>report and forecast: the business day, as YYYY-MM-DD, &quot;today&quot;, &quot;yesterday&quot; (the report&apos;s default) or &quot;tomorrow&quot; (the forecast&apos;s).</source>
        <translation>report un forecast: darba diena formātā YYYY-MM-DD, &quot;today&quot;, &quot;yesterday&quot; (noklusējums komandai report) vai &quot;tomorrow&quot; (noklusējums komandai forecast).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.</source>
        <translation>&quot;%1&quot; nav diena: rakstiet to formātā YYYY-MM-DD (piemēram, %2), today, yesterday vai tomorrow.</translation>
    </message>
    <message>
        <source>The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).</source>
        <translation>Žurnāls: SQLite fails vai PostgreSQL datubāze kā postgresql://LIETOTĀJS@RESURSDATORS/DATUBĀZE (noklusējums: journal.sqlite datu mapē).</translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>fails vai URL</translation>
    </message>
    <message>
        <source>Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).</source>
        <translation>Pārsūtīt katru žurnāla notikumu uz centrālā biroja datubāzi, kas norādīta kā postgresql://LOMA@RESURSDATORS/DATUBĀZE?sslmode=verify-full (skatiet docs/HEADOFFICE.md).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Serve the customers&apos; web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.</source>
        <translation>Pasniegt klientu tīmekļa lapas caur HTTPS ar šo sertifikātu (PEM, tad starpsertifikāti; sk. docs/WEB.md). Bez tā tīmekļa lapu nav.</translation>
    </message>
    <message>
        <source>The web certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>Tīmekļa sertifikāta privātā atslēga (PEM, nešifrēta).</translation>
    </message>
    <message>
        <source>HTTPS port of the web pages (default %1).</source>
        <translation>Tīmekļa lapu HTTPS ports (noklusējums %1).</translation>
    </message>
    <message>
        <source>Plain HTTP port that only redirects to HTTPS (default %1; 0: none).</source>
        <translation>Vienkāršs HTTP ports, kas tikai pāradresē uz HTTPS (noklusējums %1; 0 — nav).</translation>
    </message>
    <message>
        <source>Give the web certificate and its key together: --web-certificate FILE --web-key FILE.</source>
        <translation>Norādiet tīmekļa sertifikātu un tā atslēgu kopā: --web-certificate FAILS --web-key FAILS.</translation>
    </message>
    <message>
        <source>A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).

%1</source>
        <translation>Tīmekļa ports ir skaitlis no 1 līdz 65535 (0 izslēdz vienkāršo HTTP portu).

%1</translation>
    </message>
</context>
<context>
    <name>ServerRunner</name>
    <message>
        <source>Cannot read the configuration %1: %2</source>
        <translation>Nevar nolasīt konfigurāciju %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Nevar izveidot datu mapi %1.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable by this user.</source>
        <translation>Šim lietotājam nav rakstīšanas tiesību datu mapē %1.</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerTlsContext</name>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 with the stations&apos; PSK cipher suites (%1): %2. Install Debian 12&apos;s libssl3.</source>
        <translation>Šis OpenSSL nespēj nodrošināt TLS 1.2 ar staciju PSK šifru komplektiem (%1): %2. Instalējiet Debian 12 libssl3.</translation>
    </message>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 or later: %1.</source>
        <translation>Šis OpenSSL nevar nodrošināt TLS 1.2 vai jaunāku: %1.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.</source>
        <translation>Nevar izmantot %1 kā tīmekļa sertifikātu: %2. Norādiet PEM failu: vispirms sertifikāts, tad starpsertifikāti.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate&apos;s private key: %2. Give an unencrypted PEM key readable by the server.</source>
        <translation>Nevar izmantot %1 kā tīmekļa sertifikāta privāto atslēgu: %2. Norādiet nešifrētu PEM atslēgu, ko serveris var nolasīt.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>Privātā atslēga %1 nepieder sertifikātam %2.</translation>
    </message>
</context>
<context>
    <name>StationPermissions</name>
    <message>
        <source>A display only shows the queue; it cannot change it.</source>
        <translation>Displejs tikai rāda rindu; tas nevar to mainīt.</translation>
    </message>
    <message>
        <source>A kiosk can only issue tickets, check in appointments and take feedback.</source>
        <translation>Kiosks var tikai izsniegt biļetes, reģistrēt pierakstus un pieņemt atsauksmes.</translation>
    </message>
    <message>
        <source>Log in with your name and password first.</source>
        <translation>Vispirms piesakieties ar savu vārdu un paroli.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that. Ask a supervisor to log in.</source>
        <translation>To var darīt tikai vadītājs. Palūdziet vadītājam pieteikties.</translation>
    </message>
    <message>
        <source>%1 is logged in on this station; %2 cannot log in at a counter from here.</source>
        <translation>Šajā stacijā ir pieteicies %1; %2 nevar no šejienes pieteikties lodziņā.</translation>
    </message>
    <message>
        <source>Log in at your counter first.</source>
        <translation>Vispirms piesakieties savā lodziņā.</translation>
    </message>
    <message>
        <source>You are at counter %1; you cannot act for counter %2.</source>
        <translation>Jūs esat lodziņā %1; jūs nevarat rīkoties lodziņa %2 vārdā.</translation>
    </message>
    <message>
        <source>This service does not take tickets on the web. Take one at the kiosk in the branch.</source>
        <translation>Šim pakalpojumam biļetes tīmeklī neizsniedz. Ņemiet biļeti kioskā filiālē.</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web. Call the branch to book it.</source>
        <translation>Šo pakalpojumu nevar rezervēt tīmeklī. Zvaniet filiālei, lai pierakstītos.</translation>
    </message>
    <message>
        <source>A customer&apos;s web page cannot do that.</source>
        <translation>Klienta tīmekļa lapa to nevar izdarīt.</translation>
    </message>
    <message>
        <source>Give the booking&apos;s phone number.</source>
        <translation>Norādiet pierakstā izmantoto tālruņa numuru.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting: it has been called.</source>
        <translation>Šī biļete vairs negaida: tā jau ir izsaukta.</translation>
    </message>
</context>
<context>
    <name>StationSettingsFile</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as host:port, e.g. 192.168.1.10:47010.</source>
        <translation>&quot;%1&quot; nav servera adrese; rakstiet to formā host:port, piem., 192.168.1.10:47010.</translation>
    </message>
    <message>
        <source>Cannot read the station settings %1.</source>
        <translation>Nevar nolasīt stacijas iestatījumus %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file (INI format).</source>
        <translation>%1 nav derīgs iestatījumu fails (INI formātā).</translation>
    </message>
    <message>
        <source>must be kiosk, teller, display, supervisor or tool</source>
        <translation>jābūt kiosk, teller, display, supervisor vai tool</translation>
    </message>
    <message>
        <source>is missing; give each station a unique id</source>
        <translation>nav norādīts; piešķiriet katrai stacijai unikālu id</translation>
    </message>
    <message>
        <source>is missing; it is the branchId of the server&apos;s configuration</source>
        <translation>nav norādīts; tas ir branchId no servera konfigurācijas</translation>
    </message>
</context>
<context>
    <name>TellerSettings</name>
    <message>
        <source>%1: station.role is %2; a teller workstation needs role=teller or role=supervisor</source>
        <translation>%1: station.role ir %2; darbinieka darbstacijai nepieciešams role=teller vai role=supervisor</translation>
    </message>
    <message>
        <source>%1: teller.chooseCounter must be true or false</source>
        <translation>%1: teller.chooseCounter vērtībai jābūt true vai false</translation>
    </message>
    <message>
        <source>%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true</source>
        <translation>%1: norādiet station.counter (lodziņu, pie kura atrodas šis dators) vai iestatiet teller.chooseCounter=true</translation>
    </message>
    <message>
        <source>%1: teller.language must be one of %2</source>
        <translation>%1: teller.language vērtībai jābūt vienai no %2</translation>
    </message>
</context>
<context>
    <name>TicketPaper</name>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Cilvēki pirms jums: %1</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>there is no default printer</source>
        <translation>nav noklusējuma printera</translation>
    </message>
    <message>
        <source>there is no printer &quot;%1&quot;</source>
        <translation>nav printera &quot;%1&quot;</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; is stopped or failing</source>
        <translation>printeris &quot;%1&quot; ir apturēts vai darbojas ar kļūdām</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; did not accept the ticket</source>
        <translation>printeris &quot;%1&quot; nepieņēma biļeti</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; failed while printing</source>
        <translation>printerim &quot;%1&quot; drukāšanas laikā radās kļūme</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Type the password on standard input.</source>
        <translation>Ievadiet paroli standartievadē.</translation>
    </message>
    <message>
        <source>Branch key in %1 (fingerprint %2). Enter it in each station&apos;s settings; keep it secret.</source>
        <translation>Filiāles atslēga failā %1 (nospiedums %2). Ievadiet to katras stacijas iestatījumos; glabājiet to slepenībā.</translation>
    </message>
    <message>
        <source>A station on the command line, for checks, scripts and tests.

Commands:
  status   connect, print the queue&apos;s state as JSON, exit (1 if the server is not reached)
  watch    print every event as JSON lines until stopped
  script   read requests from standard input (see ToolScript.h; e.g. &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;)</source>
        <translation>Stacija komandrindā – pārbaudēm, skriptiem un testiem.

Komandas:
  status   pieslēgties, izdrukāt rindas stāvokli kā JSON, beigt darbu (ar kodu 1, ja serveris nav sasniedzams)
  watch    izdrukāt katru notikumu kā JSON rindas, līdz darbs tiek apturēts
  script   nolasīt pieprasījumus no standartievades (sk. ToolScript.h; piem., &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;)</translation>
    </message>
    <message>
        <source>This program makes reports and forecasts for tessera-server; run tessera-server.</source>
        <translation>Šī programma veido tessera-server atskaites un prognozes; palaidiet tessera-server.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Nevar palaist %1: %2</translation>
    </message>
    <message>
        <source>tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.</source>
        <translation>tessera-server-documents, kas veido atskaites un prognozes, nav ne %1, ne %2. Pārinstalējiet pakotni tessera-server.</translation>
    </message>
</context>
<context>
    <name>tessera-kiosk</name>
    <message>
        <source>This kiosk is not set up</source>
        <translation>Šis kiosks nav iestatīts</translation>
    </message>
    <message>
        <source>%1

Fix the settings and restart the kiosk.</source>
        <translation>%1

Izlabojiet iestatījumus un restartējiet kiosku.</translation>
    </message>
</context>
<context>
    <name>tessera::BranchClient</name>
    <message>
        <source>Not started.</source>
        <translation>Nav palaists.</translation>
    </message>
    <message>
        <source>Looking for the server of branch %1 on the network...</source>
        <translation>Meklē filiāles %1 serveri tīklā...</translation>
    </message>
    <message>
        <source>Connecting to the server at %1...</source>
        <translation>Savienojas ar serveri %1...</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Nevar sasniegt serveri %1: %2</translation>
    </message>
    <message>
        <source>it closed the connection</source>
        <translation>tas slēdza savienojumu</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nav atbildes</translation>
    </message>
    <message>
        <source>The connection to the server was lost; log in again.</source>
        <translation>Savienojums ar serveri tika zaudēts; piesakieties vēlreiz.</translation>
    </message>
    <message>
        <source>Lost the server at %1 (%2). Reconnecting...</source>
        <translation>Zaudēts savienojums ar serveri %1 (%2). Savienojas atkārtoti...</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>Savienots ar %1 (%2).</translation>
    </message>
    <message>
        <source>Connected to %1; receiving the queue...</source>
        <translation>Savienots ar %1; saņem rindu...</translation>
    </message>
    <message>
        <source>snapshot part %1 arrived out of order</source>
        <translation>momentuzņēmuma daļa %1 pienāca nepareizā secībā</translation>
    </message>
    <message>
        <source>the snapshot could not be read</source>
        <translation>momentuzņēmumu nevarēja nolasīt</translation>
    </message>
    <message>
        <source>event %1 arrived after %2</source>
        <translation>notikums %1 pienāca pēc %2</translation>
    </message>
    <message>
        <source>event %1 (%2) could not be read</source>
        <translation>notikumu %1 (%2) nevarēja nolasīt</translation>
    </message>
    <message>
        <source>Not connected to the server, so nothing was done. %1</source>
        <translation>Nav savienojuma ar serveri, tāpēc nekas netika darīts. %1</translation>
    </message>
    <message>
        <source>Not connected to the server. %1</source>
        <translation>Nav savienojuma ar serveri. %1</translation>
    </message>
    <message>
        <source>The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.</source>
        <translation>Serveris to laikus neapstiprināja. Pirms mēģināt vēlreiz, pārbaudiet rindu: darbība, iespējams, ir izpildīta, bet, iespējams, arī nav.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the report came. Try again.</source>
        <translation>Savienojums ar serveri tika zaudēts, pirms pienāca atskaite. Mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The server did not send the report in time. Try again.</source>
        <translation>Serveris nenosūtīja atskaiti laikā. Mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the plan came. Try again.</source>
        <translation>Savienojums ar serveri tika zaudēts, pirms pienāca plāns. Mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The server did not send the plan in time. Try again.</source>
        <translation>Serveris nenosūtīja plānu laikā. Mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>events arrived before the whole snapshot</source>
        <translation>notikumi pienāca pirms visa momentuzņēmuma</translation>
    </message>
</context>
<context>
    <name>tessera::BranchServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.</source>
        <translation>Nevar klausīties adresē %1, portā %2: %3. Vai darbojas vēl viens tessera-server? Izvēlieties citu portu ar --port.</translation>
    </message>
    <message>
        <source>No Hello within %1 ms.</source>
        <translation>%1 ms laikā nav saņemts Hello.</translation>
    </message>
    <message>
        <source>The first message must be Hello, not %1.</source>
        <translation>Pirmajam ziņojumam jābūt Hello, nevis %1.</translation>
    </message>
    <message>
        <source>A station does not send %1 messages.</source>
        <translation>Stacija nesūta ziņojumus %1.</translation>
    </message>
    <message>
        <source>Hello was already said.</source>
        <translation>Hello jau tika nosūtīts.</translation>
    </message>
    <message>
        <source>This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.</source>
        <translation>Šis serveris atbalsta protokola versijas no %1 līdz %2; stacijai vajadzīga versija no %3 līdz %4. Atjauniniet vecāko.</translation>
    </message>
    <message>
        <source>Hello has no stationId.</source>
        <translation>Ziņojumā Hello nav stationId.</translation>
    </message>
    <message>
        <source>This server is branch %1; the station is set up for branch %2.</source>
        <translation>Šis ir filiāles %1 serveris; stacija ir iestatīta filiālei %2.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation>Jūsu pieteikšanās ir beigusies. Piesakieties vēlreiz ar savu paroli.</translation>
    </message>
    <message>
        <source>Unknown name or wrong password.</source>
        <translation>Nezināms vārds vai nepareiza parole.</translation>
    </message>
    <message>
        <source>Too many failed logins on this connection.</source>
        <translation>Šajā savienojumā ir pārāk daudz neizdevušos pieteikšanās mēģinājumu.</translation>
    </message>
    <message>
        <source>A command needs an id.</source>
        <translation>Komandai nepieciešams id.</translation>
    </message>
    <message>
        <source>The station fell too far behind (%1 bytes unsent); reconnect to catch up.</source>
        <translation>Stacija pārāk atpalika (nenosūtīti baiti: %1); pieslēdzieties atkārtoti, lai to panāktu.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Serveris beidz darbu.</translation>
    </message>
    <message>
        <source>Only a supervisor may see the daily report: log in as a supervisor.</source>
        <translation>Dienas atskaiti drīkst skatīt tikai vadītājs: piesakieties kā vadītājs.</translation>
    </message>
    <message>
        <source>The report needs a day.</source>
        <translation>Atskaitei jānorāda diena.</translation>
    </message>
    <message>
        <source>The station does not take the answer it asked for.</source>
        <translation>Stacija nepieņem atbildi, ko pati pieprasīja.</translation>
    </message>
    <message>
        <source>Only a supervisor may see the staffing plan: log in as a supervisor.</source>
        <translation>Personāla plānu drīkst skatīt tikai vadītājs: piesakieties kā vadītājs.</translation>
    </message>
    <message>
        <source>The plan needs a day.</source>
        <translation>Plānam jānorāda diena.</translation>
    </message>
    <message>
        <source>The answer to %1 does not fit a frame.</source>
        <translation>Atbilde uz %1 neietilpst vienā kadrā.</translation>
    </message>
    <message>
        <source>The web role is the server&apos;s own web front; a station says kiosk, teller, display, supervisor or tool.</source>
        <translation>Loma web ir paša servera tīmekļa daļai; stacija norāda kiosk, teller, display, supervisor vai tool.</translation>
    </message>
    <message>
        <source>Cannot watch the stations&apos; connections: the server is out of file descriptors.</source>
        <translation>Nevar sekot staciju savienojumiem: serverim beigušies failu deskriptori.</translation>
    </message>
</context>
<context>
    <name>tessera::DiscoveryListener</name>
    <message>
        <source>Cannot listen for the server&apos;s announcements on UDP port %1: %2</source>
        <translation>Nevar klausīties servera izziņojumus UDP portā %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::DocumentOutput</name>
    <message>
        <source>The printer %1 reported an error; nothing may have been printed.</source>
        <translation>Printeris %1 ziņoja par kļūdu; iespējams, nekas netika izdrukāts.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Uz %1 nosūtīta %n lappuse.</numerusform>
            <numerusform>Uz %1 nosūtītas %n lappuses.</numerusform>
            <numerusform>Uz %1 nosūtītas %n lappuses.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF faili (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tessera::EventHistory</name>
    <message>
        <source>event %1 is missing from the journal (found %2 next)</source>
        <translation>žurnālā trūkst notikuma %1 (nākamais atrasts %2)</translation>
    </message>
    <message>
        <source>event %1 (%2) cannot be read</source>
        <translation>notikumu %1 (%2) nevar nolasīt</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeLink</name>
    <message>
        <source>The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>Centrālais birojs ir PostgreSQL datubāze: norādiet to kā postgresql://LOMA@RESURSDATORS/DATUBĀZE?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office&apos;s CA certificate if it is not in ~/.postgresql/root.crt).</source>
        <translation>Savienojums ar centrālo biroju šķērso WAN: tā URL jābūt sslmode=verify-full (ar sslrootcert= centrālā biroja CA sertifikātu, ja tas nav ~/.postgresql/root.crt).</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeView</name>
    <message>
        <source>The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.</source>
        <translation>Centrālā biroja datubāze ir PostgreSQL datubāze: norādiet to kā postgresql://LIETOTĀJS@DATORS/DATUBĀZE.</translation>
    </message>
    <message>
        <source>Cannot open the head office database %1: %2</source>
        <translation>Nevar atvērt centrālā biroja datubāzi %1: %2</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2 and this program reads schema %3: ask its administrator to run tessera-headoffice-admin init.</source>
        <translation>Centrālā biroja datubāzei %1 ir shēmas versija %2, bet šī programma lasa versiju %3: lūdziet administratoru palaist tessera-headoffice-admin init.</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2, newer than this program reads (%3): install the Tessera version of the head office.</source>
        <translation>Centrālā biroja datubāzei %1 ir shēmas versija %2, jaunāka nekā šī programma lasa (%3): uzstādiet centrālā biroja Tessera versiju.</translation>
    </message>
    <message>
        <source>Cannot follow the head office database %1: %2</source>
        <translation>Nevar sekot centrālā biroja datubāzei %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>Nevar nolasīt filiāles: %1</translation>
    </message>
    <message>
        <source>Cannot read the daily figures: %1</source>
        <translation>Nevar nolasīt dienu rādītājus: %1</translation>
    </message>
    <message>
        <source>The daily figures in the head office database cannot be read: ask its administrator to run tessera-headoffice-admin rebuild.</source>
        <translation>Dienu rādītājus centrālā biroja datubāzē nevar nolasīt: lūdziet administratoru palaist tessera-headoffice-admin rebuild.</translation>
    </message>
</context>
<context>
    <name>tessera::MessageCodec</name>
    <message>
        <source>The message has no &quot;msg&quot; type name.</source>
        <translation>Ziņojumam nav tipa nosaukuma &quot;msg&quot;.</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>Nezināms ziņojuma tips &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 message has a wrong value in &quot;%2&quot;.</source>
        <translation>Ziņojumā %1 laukā &quot;%2&quot; ir nepareiza vērtība.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Nezināma komanda &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 command has a wrong value in &quot;%2&quot;.</source>
        <translation>Komandā %1 laukā &quot;%2&quot; ir nepareiza vērtība.</translation>
    </message>
</context>
<context>
    <name>tessera::NewTicketWait</name>
    <message>
        <source>less than a minute</source>
        <translation>mazāk par minūti</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>līdz %1 min</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
</context>
<context>
    <name>tessera::PeriodCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>Nevar izveidot mapi %1 CSV failiem.</translation>
    </message>
</context>
<context>
    <name>tessera::PlanCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV file.</source>
        <translation>Nevar izveidot mapi %1 CSV failam.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::PlanSource</name>
    <message>
        <source>The plan needs a day.</source>
        <translation>Plānam jānorāda diena.</translation>
    </message>
</context>
<context>
    <name>tessera::ReportCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>Nevar izveidot mapi %1 CSV failiem.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ReportSource</name>
    <message>
        <source>The journal %1 is empty: the branch has not run yet.</source>
        <translation>Žurnāls %1 ir tukšs: filiāle vēl nav darbojusies.</translation>
    </message>
    <message>
        <source>The journal starts on %1; there are no figures for %2.</source>
        <translation>Žurnāls sākas %1; par %2 datu nav.</translation>
    </message>
    <message>
        <source>The business day %1 has not begun yet.</source>
        <translation>Darba diena %1 vēl nav sākusies.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Žurnālu %1 nevar nolasīt: %2</translation>
    </message>
    <message>
        <source>The journal %1 holds no branch configuration.</source>
        <translation>Žurnālā %1 nav filiāles konfigurācijas.</translation>
    </message>
    <message>
        <source>The journal has nothing for %1: the server was not running that day.</source>
        <translation>Žurnālā nav nekā par %1: serveris tajā dienā nedarbojās.</translation>
    </message>
</context>
<context>
    <name>tessera::StationSetup</name>
    <message>
        <source>kiosk</source>
        <translation>kiosks</translation>
    </message>
    <message>
        <source>teller&apos;s workstation</source>
        <translation>darbinieka darbstacija</translation>
    </message>
    <message>
        <source>lobby display</source>
        <translation>uzgaidāmās telpas displejs</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>rīks</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Pārbaudīt un saglabāt</translation>
    </message>
    <message>
        <source>Set up this %1</source>
        <translation>Stacijas iestatīšana: %1</translation>
    </message>
    <message>
        <source>This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.</source>
        <translation>Šis dators vēl nav iestatīts. Ievadiet filiāles atslēgu (servera datorā to parāda tessera-server key) un to, kas vajadzīgs šai stacijai (%1). Pirms saglabāšanas Tessera visu pārbauda, sazinoties ar filiāles serveri.</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, spaces allowed</source>
        <translation>64 heksadecimāli cipari; atstarpes atļautas</translation>
    </message>
    <message>
        <source>only where the LAN blocks discovery, e.g. 192.168.1.10:47010</source>
        <translation>tikai tad, ja lokālais tīkls bloķē automātisko atrašanu, piem., 192.168.1.10:47010</translation>
    </message>
    <message>
        <source>Branch key:</source>
        <translation>Filiāles atslēga:</translation>
    </message>
    <message>
        <source>Servers found:</source>
        <translation>Atrastie serveri:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Servera adrese:</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>Stacijas nosaukums:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Valoda:</translation>
    </message>
    <message>
        <source>No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.</source>
        <translation>Neviens šīs filiāles serveris neatbildēja uz šo atslēgu. Pārbaudiet atslēgu un to, vai serveris darbojas, un, ja lokālais tīkls bloķē automātisko atrašanu, ievadiet servera adresi.</translation>
    </message>
    <message>
        <source>The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)</source>
        <translation>Serveris %1 s laikā nepieņēma šo staciju: pārbaudiet atslēgu (serverī to parāda tessera-server key) un adresi. (%2)</translation>
    </message>
    <message>
        <source>Enter the branch key: the servers of the branch then show here by themselves.</source>
        <translation>Ievadiet filiāles atslēgu: pēc tam filiāles serveri šeit parādīsies paši.</translation>
    </message>
    <message>
        <source>Cannot listen for servers on the LAN (%1); type the server&apos;s address.</source>
        <translation>Nevar uztvert serveru izziņojumus lokālajā tīklā (%1); ievadiet servera adresi.</translation>
    </message>
    <message>
        <source>Looking for the branch&apos;s servers…</source>
        <translation>Meklē filiāles serverus…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3:%4</source>
        <translation>%1 (%2), adrese %3:%4</translation>
    </message>
    <message>
        <source>Found the branch&apos;s server. Fill in the rest and press Check and save.</source>
        <translation>Filiāles serveris atrasts. Aizpildiet pārējo un nospiediet &quot;Pārbaudīt un saglabāt&quot;.</translation>
    </message>
    <message>
        <source>The branch key is not right: %1</source>
        <translation>Filiāles atslēga nav pareiza: %1</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Servera adrese: %1</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>Savienojas ar filiāles serveri…</translation>
    </message>
    <message>
        <source>The server refused this station: %1</source>
        <translation>Serveris noraidīja šo staciju: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Nevar izveidot mapi failam %1.</translation>
    </message>
    <message>
        <source>all; or a zone such as 1, 2, 3</source>
        <translation>visi; vai zona, piemēram, 1, 2, 3</translation>
    </message>
    <message>
        <source>all; or service ids such as cash, loans</source>
        <translation>visi; vai pakalpojumu id, piemēram, cash, loans</translation>
    </message>
    <message>
        <source>Counters shown:</source>
        <translation>Rādītie lodziņi:</translation>
    </message>
    <message>
        <source>Services shown:</source>
        <translation>Rādītie pakalpojumi:</translation>
    </message>
    <message>
        <source>The branch has no counter &quot;%1&quot;.</source>
        <translation>Filiālē nav lodziņa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The branch has no service &quot;%1&quot;.</source>
        <translation>Filiālē nav pakalpojuma &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No printer: the number on screen only</source>
        <translation>Bez printera: numurs tikai ekrānā</translation>
    </message>
    <message>
        <source>Ticket printer:</source>
        <translation>Biļešu printeris:</translation>
    </message>
    <message>
        <source>The teller chooses the counter when logging in</source>
        <translation>Darbinieks izvēlas lodziņu pieteikšanās brīdī</translation>
    </message>
    <message>
        <source>The supervisor&apos;s PC (branch overview and daily report)</source>
        <translation>Vadītāja dators (filiāles pārskats un dienas atskaite)</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Lodziņš:</translation>
    </message>
    <message>
        <source>The branch has no counter %1; its counters are %2.</source>
        <translation>Filiālē nav lodziņa %1; tās lodziņi ir %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: check that this user may write there.</source>
        <translation>Nevar ierakstīt %1: pārbaudiet, vai šim lietotājam tur ir rakstīšanas tiesības.</translation>
    </message>
</context>
<context>
    <name>tessera::WebServer</name>
    <message>
        <source>Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.</source>
        <translation>Nevar gaidīt tīmekļa lapu pieprasījumus %1 portā %2: %3. Izvēlieties citu portu ar --web-port.</translation>
    </message>
    <message>
        <source>Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.</source>
        <translation>Nevar gaidīt vienkāršu HTTP %1 portā %2: %3. Izvēlieties citu portu ar --web-http-port.</translation>
    </message>
    <message>
        <source>Cannot watch the web pages&apos; connections: the server is out of file descriptors.</source>
        <translation>Nevar sekot tīmekļa lapu savienojumiem: serverim beigušies failu deskriptori.</translation>
    </message>
</context>
<context>
    <name>tessera::display::Announcer</name>
    <message>
        <source>Sound: a part of the announcement did not finish playing; check the speakers.</source>
        <translation>Skaņa: daļa paziņojuma netika atskaņota līdz galam; pārbaudiet skaļruņus.</translation>
    </message>
    <message>
        <source>Voice pack %1 has no recording for: %2</source>
        <translation>Balss pakotnē %1 nav ieraksta šim: %2</translation>
    </message>
    <message>
        <source>Sound: there is no audio output; calls are shown but not announced.</source>
        <translation>Skaņa: nav audio izvades; izsaukumi tiek rādīti, bet netiek paziņoti.</translation>
    </message>
    <message>
        <source>Sound: the audio output could not be opened (error %1).</source>
        <translation>Skaņa: audio izvadi nevarēja atvērt (kļūda %1).</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Skaņa:</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer failed: %2</source>
        <translation>Runa: sintezatoram &quot;%1&quot; radās kļūme: %2</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer is not working: %2</source>
        <translation>Runa: sintezators &quot;%1&quot; nedarbojas: %2</translation>
    </message>
</context>
<context>
    <name>tessera::display::DisplayWindow</name>
    <message>
        <source>Tessera display</source>
        <translation>Tessera displejs</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Lodziņš %1</translation>
    </message>
    <message>
        <source>Not connected. Calls will appear here again as soon as the connection is back.</source>
        <translation>Nav savienojuma. Izsaukumi šeit parādīsies, tiklīdz savienojums būs atjaunots.</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Izsaukts atkārtoti</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Tagad izsaucam</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Laipni lūdzam</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Pēdējie izsaukumi</translation>
    </message>
    <message>
        <source>Recent calls (may be out of date)</source>
        <translation>Pēdējie izsaukumi (var nebūt aktuāli)</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1: gaida %2</translation>
    </message>
    <message>
        <source>%1: %2 waiting, new tickets %3</source>
        <translation>%1: gaida %2, jaunām biļetēm %3</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchDetailDialog</name>
    <message>
        <source>Open</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pauzē</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Slēgts</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pakalpojums</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Gaida</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Ilgākā gaidīšana</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Lodziņš</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Biļete</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Šodien apkalpoti</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Pakalpojumi</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Lodziņi</translation>
    </message>
    <message>
        <source>Stations offline: %1</source>
        <translation>Bezsaistes stacijas: %1</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchTableModel</name>
    <message>
        <source>Branch</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Gaida</translation>
    </message>
    <message>
        <source>Waiting by service</source>
        <translation>Gaida pa pakalpojumiem</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Ilgākā gaidīšana</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Šodien apkalpoti</translation>
    </message>
    <message>
        <source>Within target today</source>
        <translation>Šodien mērķa laikā</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>Atvērti lodziņi</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>Šodien neizdrukāti</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Atteikts</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Vēl nav pieslēgusies</translation>
    </message>
    <message>
        <source>Online, catching up</source>
        <translation>Tiešsaistē, sūta iztrūkstošo</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Tiešsaistē</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Bezsaistē kopš %1</translation>
    </message>
    <message>
        <source>refused by the head office: %1</source>
        <translation>centrālais birojs atteica: %1</translation>
    </message>
    <message>
        <source>offline for %1</source>
        <translation>bezsaistē jau %1</translation>
    </message>
    <message>
        <source>the kiosk could not print the last ticket (%1)</source>
        <translation>kiosks nevarēja izdrukāt pēdējo biļeti (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>mazāk par minūti</translation>
    </message>
    <message>
        <source>%1 waiting %2, target %3</source>
        <translation>%1 gaida %2, mērķis %3</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more service(s) past target)</source>
        <translation>
            <numerusform> (un vēl %n pakalpojums pāri mērķim)</numerusform>
            <numerusform> (un vēl %n pakalpojumi pāri mērķim)</numerusform>
            <numerusform> (un vēl %n pakalpojumu pāri mērķim)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stations offline</source>
        <translation>Bezsaistes stacijas</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::HeadOfficeWindow</name>
    <message>
        <source>Live from %1; last change %2</source>
        <translation>Tiešraidē no %1; pēdējās izmaiņas %2</translation>
    </message>
    <message>
        <source>The connection to the head office is lost; trying again. %1</source>
        <translation>Savienojums ar centrālo biroju zudis; mēģina vēlreiz. %1</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Tessera centrālais birojs</translation>
    </message>
    <message>
        <source>Period report…</source>
        <translation>Perioda atskaite…</translation>
    </message>
    <message>
        <source>Say which head office database to watch: tessera-headoffice &apos;postgresql://...&apos; (the administrator&apos;s tessera-headoffice-admin add-viewer prints it).</source>
        <translation>Norādiet, kuru centrālā biroja datubāzi skatīt: tessera-headoffice &apos;postgresql://...&apos; (to izdrukā administratora komanda tessera-headoffice-admin add-viewer).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more branch(es) with alarms</source>
        <translation>
            <numerusform>…un vēl %n filiāle ar trauksmi</numerusform>
            <numerusform>…un vēl %n filiāles ar trauksmi</numerusform>
            <numerusform>…un vēl %n filiāļu ar trauksmi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::PeriodReportDialog</name>
    <message>
        <source>Period report</source>
        <translation>Perioda atskaite</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nevienu</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Sagatavot atskaiti</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Filiāles</translation>
    </message>
    <message>
        <source>From</source>
        <translation>No</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Saglabāt kā CSV…</translation>
    </message>
    <message>
        <source>Tick at least one branch.</source>
        <translation>Atzīmējiet vismaz vienu filiāli.</translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation>Pirmā diena ir pēc pēdējās: samainiet tās.</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) with figures; made in %1 s.</source>
        <translation>
            <numerusform>%n filiālei ir dati; sagatavots %1 s.</numerusform>
            <numerusform>%n filiālēm ir dati; sagatavots %1 s.</numerusform>
            <numerusform>%n filiālēm ir dati; sagatavots %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>Nevienai filiālei nav datu par šīm dienām.</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>Saglabāt perioda atskaiti</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saglabāts %1.</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>Saglabāt atskaites tabulas mapē</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::CheckInScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>Reģistrējieties pierakstam</translation>
    </message>
    <message>
        <source>Enter the %1-digit code from your booking confirmation.</source>
        <translation>Ievadiet %1 ciparu kodu no pieraksta apstiprinājuma.</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Dzēst pēdējo ciparu</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Reģistrēties</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
    <message>
        <source>Code entered: %1</source>
        <translation>Ievadītais kods: %1</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::KioskWindow</name>
    <message>
        <source>Tessera kiosk</source>
        <translation>Tessera kiosks</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Nedarbojas</translation>
    </message>
    <message>
        <source>This kiosk cannot issue tickets right now. Please ask a member of staff for help.</source>
        <translation>Šis kiosks pašlaik nevar izsniegt biļetes. Lūdzu, vērsieties pie darbinieka.</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>Atvainojiet, biļete netika izsniegta</translation>
    </message>
    <message>
        <source>Please try again, or ask a member of staff for help.</source>
        <translation>Lūdzu, mēģiniet vēlreiz vai vērsieties pie darbinieka.</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service have been given out. Please ask a member of staff.</source>
        <translation>Visi šodienas numuri šim pakalpojumam ir izsniegti. Lūdzu, vērsieties pie darbinieka.</translation>
    </message>
    <message>
        <source>No tickets can be taken for this service now. Please come back when it is open.</source>
        <translation>Šim pakalpojumam pašlaik nevar saņemt biļeti. Lūdzu, atnāciet, kad tas būs atvērts.</translation>
    </message>
    <message>
        <source>You could not be checked in</source>
        <translation>Reģistrēties neizdevās</translation>
    </message>
    <message>
        <source>You are early: your appointment is at %1. You can check in from %2.</source>
        <translation>Jūs esat ieradies agri: jūsu pieraksts ir %1. Reģistrēties varat no %2.</translation>
    </message>
    <message>
        <source>You are early. Please check in closer to your appointment time.</source>
        <translation>Jūs esat ieradies agri. Lūdzu, reģistrējieties tuvāk pieraksta laikam.</translation>
    </message>
    <message>
        <source>The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.</source>
        <translation>Reģistrācijas laiks šim pierakstam ir beidzies. Lūdzu, paņemiet biļeti sākuma ekrānā vai vērsieties pie darbinieka.</translation>
    </message>
    <message>
        <source>This code has already been used. Your number is %1.</source>
        <translation>Šis kods jau ir izmantots. Jūsu numurs ir %1.</translation>
    </message>
    <message>
        <source>This code has already been used. Please ask a member of staff.</source>
        <translation>Šis kods jau ir izmantots. Lūdzu, vērsieties pie darbinieka.</translation>
    </message>
    <message>
        <source>We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.</source>
        <translation>Kods %1 netika atrasts. Pārbaudiet kodu pieraksta apstiprinājumā un mēģiniet vēlreiz vai paņemiet biļeti sākuma ekrānā.</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::NoticeScreen</name>
    <message>
        <source>Back to the start</source>
        <translation>Uz sākumu</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::PriorityScreen</name>
    <message>
        <source>I am 65 or older</source>
        <translation>Man ir 65 gadi vai vairāk</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>Esmu grūtniece</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>Man ir invaliditāte</translation>
    </message>
    <message>
        <source>Do you need to be served first?</source>
        <translation>Vai jums nepieciešama apkalpošana bez rindas?</translation>
    </message>
    <message>
        <source>No, a standard ticket</source>
        <translation>Nē, parasta biļete</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atpakaļ</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::StartScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Laipni lūdzam</translation>
    </message>
    <message>
        <source>Touch the service you need to take a ticket.</source>
        <translation>Pieskarieties vajadzīgajam pakalpojumam, lai saņemtu biļeti.</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Man ir pieraksts</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>Jūsu numurs</translation>
    </message>
    <message>
        <source>Your number is %1</source>
        <translation>Jūsu numurs ir %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Cilvēki pirms jums: %1</translation>
    </message>
    <message>
        <source>We will call you as soon as a counter opens.</source>
        <translation>Mēs jūs izsauksim, tiklīdz atvērsies lodziņš.</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>Lūdzu, paņemiet biļeti zemāk.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.</source>
        <translation>Biļeti neizdevās izdrukāt. Lūdzu, atcerieties savu numuru: %1. Jūsu vieta rindā ir saglabāta.</translation>
    </message>
    <message>
        <source>Please remember your number. It will be shown on the screens when it is your turn.</source>
        <translation>Lūdzu, atcerieties savu numuru. Kad pienāks jūsu kārta, tas parādīsies ekrānos.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Drukājam jūsu biļeti…</translation>
    </message>
    <message>
        <source>QR code of your ticket&apos;s page</source>
        <translation>Jūsu biļetes lapas QR kods</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone. You can also leave the queue there.</source>
        <translation>Noskenējiet kodu ar tālruni, lai sekotu savai kārtai. Tur varat arī atteikties no rindas.</translation>
    </message>
</context>
<context>
    <name>tessera::report::HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation>Ieradās</translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>Vidēji gaidīja (min)</translation>
    </message>
</context>
<context>
    <name>tessera::report::PdfFile</name>
    <message>
        <source>Cannot create the directory %1 for the PDF.</source>
        <translation>Nevar izveidot mapi %1 PDF failam.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::report::PeriodDocument</name>
    <message>
        <source>Branches from %1 to %2</source>
        <translation>Filiāles no %1 līdz %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Filiāle</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dienas</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izsniegti</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Apkalpoti</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Neieradās</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Vidēji gaidīja</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% gaidīja ne ilgāk par</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Mērķa laikā</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Vid. apkalp. laiks</translation>
    </message>
    <message>
        <source>(day running)</source>
        <translation>(diena turpinās)</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Visas filiāles</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pakalpojums</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Noslodze</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Tessera centrālais birojs</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, izdrukāts %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. lappuse no %2</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es), business days from %1 to %2</source>
        <translation>
            <numerusform>%n filiāle, darba dienas no %1 līdz %2</numerusform>
            <numerusform>%n filiāles, darba dienas no %1 līdz %2</numerusform>
            <numerusform>%n filiāļu, darba dienas no %1 līdz %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>Nevienai filiālei nav datu par šīm dienām.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Kā aprēķināti šie rādītāji</translation>
    </message>
    <message>
        <source>A period&apos;s counts add up its business days. Its average, its 90th percentile and its share within target are of every wait in the period, not of the daily figures.</source>
        <translation>Perioda skaitļi ir tā darba dienu summa. Vidējais, 90. procentile un daļa mērķa laikā ir aprēķināti no katras perioda gaidīšanas, nevis no dienu rādītājiem.</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>Printerī vai PDF failā nevar zīmēt.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>Atskaiti nevarēja pabeigt printerī vai PDF failā.</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Vērtējums (skaits)</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanChart</name>
    <message>
        <source>Customers expected</source>
        <translation>Gaidāmie klienti</translation>
    </message>
    <message>
        <source>Counters advised</source>
        <translation>Ieteiktie lodziņi</translation>
    </message>
    <message>
        <source>Counters open a week before</source>
        <translation>Atvērtie lodziņi pirms nedēļas</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanDocument</name>
    <message>
        <source>Staffing plan: %1</source>
        <translation>Personāla plāns: %1</translation>
    </message>
    <message>
        <source>There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch&apos;s first day.</source>
        <translation>Vēstures datu nepietiek, lai prognozētu šo dienu: žurnālā nav agrākas dienas ar klientiem. Plāns būs pieejams pēc filiāles pirmās darba dienas.</translation>
    </message>
    <message>
        <source>No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.</source>
        <translation>Klienti nav gaidāmi: pēdējās nedēļās šajā nedēļas dienā neviens neieradās, tāpēc tiek pieņemts, ka filiāle ir slēgta.</translation>
    </message>
    <message>
        <source>Customers expected</source>
        <translation>Gaidāmie klienti</translation>
    </message>
    <message>
        <source>Most counters advised</source>
        <translation>Ieteikto lodziņu maksimums</translation>
    </message>
    <message>
        <source>Counter hours advised</source>
        <translation>Ieteiktās lodziņu stundas</translation>
    </message>
    <message>
        <source>Counter hours open a week before</source>
        <translation>Lodziņu atvērtās stundas pirms nedēļas</translation>
    </message>
    <message>
        <source>How the advice is worked out</source>
        <translation>Kā aprēķināts ieteikums</translation>
    </message>
    <message numerus="yes">
        <source>Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.</source>
        <translation>
            <numerusform>Prognoze pēc %n pieejamās vēstures dienas, katrai vienāds svars: agrāku datu par šo nedēļas dienu vēl nav, tāpēc uzskatiet to tikai par aptuvenu norādi.</numerusform>
            <numerusform>Prognoze pēc %n pieejamajām vēstures dienām, katrai vienāds svars: agrāku datu par šo nedēļas dienu vēl nav, tāpēc uzskatiet to tikai par aptuvenu norādi.</numerusform>
            <numerusform>Prognoze pēc %n pieejamajām vēstures dienām, katrai vienāds svars: agrāku datu par šo nedēļas dienu vēl nav, tāpēc uzskatiet to tikai par aptuvenu norādi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.</source>
        <translation>
            <numerusform>Prognoze pēc tās pašas nedēļas dienas datiem pēdējā %n nedēļā (vēlākās nedēļas sver vairāk), pa dienu sadalīta kā %1 agrākās dienās ar līdzīgu klientu skaitu.</numerusform>
            <numerusform>Prognoze pēc tās pašas nedēļas dienas datiem pēdējās %n nedēļās (vēlākās nedēļas sver vairāk), pa dienu sadalīta kā %1 agrākās dienās ar līdzīgu klientu skaitu.</numerusform>
            <numerusform>Prognoze pēc tās pašas nedēļas dienas datiem pēdējās %n nedēļās (vēlākās nedēļas sver vairāk), pa dienu sadalīta kā %1 agrākās dienās ar līdzīgu klientu skaitu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counters advised: the fewest with which %1 of customers are called within their service&apos;s target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.</source>
        <translation>Ieteiktie lodziņi: mazākais skaits, ar kuru %1 klientu tiek izsaukti sava pakalpojuma mērķa gaidīšanas laikā, pēc Erlang A modeļa: nejauša ierašanās ar prognozēto intensitāti, apgūtie apkalpošanas laiki un klienti, kas aiziet pēc žurnālā redzamā pacietības laika. Blakus norādītais Erlang C pieņem, ka neviens neaiziet, un prasa tikpat daudz vai vairāk.</translation>
    </message>
    <message>
        <source>The branch&apos;s counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service&apos;s work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.</source>
        <translation>Filiāles lodziņi apkalpo vairākus pakalpojumus, tāpēc ieteikums attiecas uz tiem visiem kopā – ar pakalpojumu kopuma vidējo apkalpošanas laiku un stingrāko mērķi no tiem. Pēdējā kolonna to sadala pēc katra pakalpojuma darba apjoma (klienti reiz apkalpošanas laiks): ja lodziņus atvēl tikai vienam pakalpojumam, to vajag vairāk, jo atsevišķas rindas nevar cita citai palīdzēt.</translation>
    </message>
    <message>
        <source>Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.</source>
        <translation>Pirms nedēļas atvērtos lodziņus vidējo katrai pusstundai: lodziņu, kas bija atvērts 15 no 30 minūtēm, skaita kā pusi.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Apkalp. laiks</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Ieteikts</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Sasniedz</translation>
    </message>
    <message>
        <source>Open a week before</source>
        <translation>Atvērti pirms nedēļas</translation>
    </message>
    <message>
        <source>Shared out</source>
        <translation>Pa pakalpojumiem</translation>
    </message>
    <message>
        <source>Staffing plan, %1</source>
        <translation>Personāla plāns, %1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, izdrukāts %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. lappuse no %2</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>Printerī vai PDF failā nevar zīmēt.</translation>
    </message>
    <message>
        <source>The plan could not be finished on the printer or in the PDF file.</source>
        <translation>Plānu nevarēja pabeigt printerī vai PDF failā.</translation>
    </message>
    <message>
        <source>Staffing plan: %1, %2</source>
        <translation>Personāla plāns: %1, %2</translation>
    </message>
</context>
<context>
    <name>tessera::report::ReportDocument</name>
    <message>
        <source>Daily report: %1</source>
        <translation>Dienas atskaite: %1</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Izsniegtās biļetes</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Apkalpoti</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Neieradās</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Vidēji gaidīja</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Izsaukti mērķa laikā</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Vid. apkalp. laiks</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Lodziņi</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Lodziņš</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Business day from %1 to %2 (%3)</source>
        <translation>Darba diena no %1 līdz %2 (%3)</translation>
    </message>
    <message>
        <source>The day is not over: figures up to %1.</source>
        <translation>Diena vēl nav beigusies: dati līdz %1.</translation>
    </message>
    <message>
        <source>Customers by service</source>
        <translation>Klienti pa pakalpojumiem</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pakalpojums</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izsniegti</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Neatnāca</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atcelti</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Pārsūtīti šurp</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Pārsūtīti citur</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Vēl gaida</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Visi pakalpojumi</translation>
    </message>
    <message>
        <source>Waiting and service times</source>
        <translation>Gaidīšanas un apkalpošanas laiki</translation>
    </message>
    <message>
        <source>Times in minutes and seconds. Waits are to the first call; the target is the service&apos;s own.</source>
        <translation>Laiki minūtēs un sekundēs. Gaidīšanu skaita līdz pirmajam izsaukumam; mērķa laiks katram pakalpojumam ir savs.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Gaidīja, mediāna</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% gaidīja ne ilgāk par</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Visilgāk gaidīja</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Mērķa laikā</translation>
    </message>
    <message>
        <source>Median service</source>
        <translation>Apkalp. laika mediāna</translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation>Pa stundām</translation>
    </message>
    <message>
        <source>No customers this day.</source>
        <translation>Šajā dienā klientu nebija.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunda</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Ieradās</translation>
    </message>
    <message>
        <source>Longest line</source>
        <translation>Garākā rinda</translation>
    </message>
    <message>
        <source>Nobody worked this day.</source>
        <translation>Šajā dienā neviens nestrādāja.</translation>
    </message>
    <message>
        <source>Open (h:mm)</source>
        <translation>Atvērts (h:mm)</translation>
    </message>
    <message>
        <source>Paused (h:mm)</source>
        <translation>Pauzē (h:mm)</translation>
    </message>
    <message>
        <source>Serving (h:mm)</source>
        <translation>Apkalpoja (h:mm)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Noslodze</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Pieraksti</translation>
    </message>
    <message>
        <source>Booked for this day</source>
        <translation>Pierakstīti uz šo dienu</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Reģistrējās</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Nokavēti</translation>
    </message>
    <message>
        <source>Wait estimates</source>
        <translation>Gaidīšanas laika prognozes</translation>
    </message>
    <message>
        <source>Tickets compared</source>
        <translation>Salīdzinātās biļetes</translation>
    </message>
    <message>
        <source>Waits ran longer, on average, by</source>
        <translation>Gaidīšana vidēji pārsniedza prognozi par</translation>
    </message>
    <message>
        <source>Waits ran shorter, on average, by</source>
        <translation>Prognoze vidēji pārsniedza gaidīšanu par</translation>
    </message>
    <message>
        <source>Mean error either way</source>
        <translation>Vidējā absolūtā kļūda</translation>
    </message>
    <message>
        <source>Waited longer than the ticket said</source>
        <translation>Gaidīja ilgāk, nekā norādīts biļetē</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Kā aprēķināti šie rādītāji</translation>
    </message>
    <message>
        <source>A wait runs from the moment a ticket joins a service&apos;s line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket&apos;s second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.</source>
        <translation>Gaidīšana ilgst no brīža, kad biļete nonāk pakalpojuma rindā (tiek izsniegta vai uz to pārsūtīta), līdz tās pirmajam izsaukumam tajā; atkārtots izsaukums gaidīšanu neatsāk. Pārsūtītas biļetes otro gaidīšanu ieskaita pakalpojumā, uz kuru tā pārsūtīta. Atceltām un nekad neizsauktām biļetēm gaidīšanas nav.</translation>
    </message>
    <message>
        <source>Within target: called within the service&apos;s target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).</source>
        <translation>Mērķa laikā: izsaukti pakalpojuma mērķa gaidīšanas laikā. Pāra skaita gaidīšanu mediāna ir abu vidējo vērtību vidējais; „90% gaidīja ne ilgāk par” ir 90. procentile (tuvākā ranga metode).</translation>
    </message>
    <message>
        <source>Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.</source>
        <translation>Apkalpošanas laiks ilgst no apkalpošanas sākuma (vai no izsaukuma, ja biļete pabeigta, apkalpošanu nesākot) līdz pabeigšanai; katru pabeigšanu ieskaita kā apkalpotu neatkarīgi no tās rezultāta.</translation>
    </message>
    <message>
        <source>Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.</source>
        <translation>Laiks „Atvērts” ilgst no lodziņa atvēršanas līdz tā slēgšanai, ieskaitot pauzes. Apkalpošanas laikā ieskaita arī citur pārsūtītu klientu līdz pārsūtīšanai. Noslodze ir apkalpošanas laika attiecība pret atvērto laiku bez pauzēm.</translation>
    </message>
    <message>
        <source>Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.</source>
        <translation>Prognozes salīdzina uz biļetes izdrukāto gaidīšanas laiku ar faktisko gaidīšanu līdz pirmajam izsaukumam – biļetēm, kas izsniegtas ar prognozi un izsauktas pirms jebkādas pārsūtīšanas. Garākā rinda ir lielākais vienlaikus gaidošo biļešu skaits visā filiālē.</translation>
    </message>
    <message>
        <source>Daily report, %1</source>
        <translation>Dienas atskaite, %1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, izdrukāts %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. lappuse no %2</translation>
    </message>
    <message>
        <source>Daily report: %1, %2</source>
        <translation>Dienas atskaite: %1, %2</translation>
    </message>
    <message>
        <source>Every event counts on the business day the server filed it under, from one rollover to the next, in the branch&apos;s time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.</source>
        <translation>Katrs notikums tiek ieskaitīts darba dienā, kurā serveris to reģistrējis (no vienas dienas maiņas līdz nākamajai, filiāles laika joslā); biļetes, kas dienas maiņas brīdī vēl gaida, tiek atceltas un ieskaitītas dienā, kas beidzās.</translation>
    </message>
    <message>
        <source>A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.</source>
        <translation>Lodziņš, kas atstāts atvērts pa nakti, tiek skaitīts kā atvērts, līdz to aizver; klienta aicināšana, kurš neierodas, nav apkalpošanas laiks. Pieraksts, kurā klients nav reģistrējies līdz pieļaujamā kavējuma beigām, tiek skaitīts kā nokavēts.</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>Printerī vai PDF failā nevar zīmēt.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>Atskaiti nevarēja pabeigt printerī vai PDF failā.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognozēti</translation>
    </message>
    <message>
        <source>Estimates within range</source>
        <translation>Prognozes diapazonā</translation>
    </message>
    <message>
        <source>Within the printed range</source>
        <translation>Biļetē norādītajā diapazonā</translation>
    </message>
    <message>
        <source>Within the printed range: the wait to the first call fell inside the range the ticket showed (&quot;3–6 min&quot;); the errors are against the estimate&apos;s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch&apos;s history expected in each hour when the day began, as in the staffing plan.</source>
        <translation>Biļetē norādītajā diapazonā: gaidīšana līdz pirmajam izsaukumam iekļāvās biļetē norādītajā diapazonā („3–6 min”); kļūdas mēra pret pašas prognozes vērtību, pirms tā noapaļota līdz minūtēm. Prognozes pa stundām aptver tajā stundā izsniegtās biļetes. Prognozētais klientu skaits ir tas, ko filiāles vēsture paredzēja katrai stundai dienas sākumā, tāpat kā personāla plānā.</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Vērtējums (skaits)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Klientu apmierinātība</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>Saņemti vērtējumi</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>Vidējais vērtējums (1–5)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vērtējumi</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Vidējais vērtējums</translation>
    </message>
    <message>
        <source>What customers wrote</source>
        <translation>Ko rakstīja klienti</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentārs</translation>
    </message>
    <message>
        <source>Ratings (1 to 5) are given by customers on their ticket&apos;s web page after the visit, at most once per ticket, and count on the day they were given for the service, counter and teller that finished the visit. Their comments are printed as typed.</source>
        <translation>Vērtējumus (no 1 līdz 5) klienti dod pēc apmeklējuma savas biļetes tīmekļa lapā, ne vairāk kā vienu reizi par biļeti; tie tiek skaitīti dienā, kad doti, pakalpojumam, lodziņam un darbiniekam, kas apmeklējumu pabeidza. Komentāri ir drukāti, kā tie rakstīti.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::AppointmentsPage</name>
    <message>
        <source>booked</source>
        <translation>pierakstīts</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>reģistrējies</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>neieradās</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>atcelts</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Pierakstīt</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>Atcelt atlasīto pierakstu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pakalpojums</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Reģistrācijas kods</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Ievadiet klienta vārdu.</translation>
    </message>
    <message>
        <source>Booked for %1. Give the customer the check-in code %2.</source>
        <translation>Pieraksts izveidots: %1. Iedodiet klientam reģistrācijas kodu %2.</translation>
    </message>
    <message>
        <source>Select the appointment to cancel.</source>
        <translation>Atlasiet pierakstu, ko atcelt.</translation>
    </message>
    <message>
        <source>The appointment with code %1 is cancelled.</source>
        <translation>Pieraksts ar kodu %1 ir atcelts.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CallNumberDialog</name>
    <message>
        <source>Call a number</source>
        <translation>Izsaukt numuru</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Izsaukt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CompactBar</name>
    <message>
        <source>Tessera counter</source>
        <translation>Tessera lodziņš</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Pilns logs</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Bezsaistē</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>izsauc</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>apkalpo</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>gaida: %n</numerusform>
            <numerusform>gaida: %n</numerusform>
            <numerusform>gaida: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::teller::CounterDesk</name>
    <message>
        <source>Counter %1</source>
        <translation>Lodziņš %1</translation>
    </message>
    <message>
        <source>Not connected to the server (%1). This comes back by itself.</source>
        <translation>Nav savienojuma ar serveri (%1). Tas atjaunosies pats.</translation>
    </message>
    <message>
        <source>Log in at a counter first.</source>
        <translation>Vispirms piesakieties lodziņā.</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the last action.</source>
        <translation>Gaida, kamēr serveris apstiprinās pēdējo darbību.</translation>
    </message>
    <message>
        <source>The counter is paused: resume it to call customers.</source>
        <translation>Lodziņš ir pauzē: atsāciet darbu, lai izsauktu klientus.</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>Lodziņš ir slēgts.</translation>
    </message>
    <message>
        <source>Nobody is being called at this counter.</source>
        <translation>Šajā lodziņā neviens netiek izsaukts.</translation>
    </message>
    <message>
        <source>%1 is still being called: start service, recall or mark a no-show first.</source>
        <translation>%1 joprojām tiek izsaukts: vispirms sāciet apkalpošanu, izsauciet atkārtoti vai atzīmējiet, ka neieradās.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>Šo lodziņu neviens negaida.</translation>
    </message>
    <message>
        <source>Start service for %1 first (or mark a no-show).</source>
        <translation>Vispirms sāciet apkalpot %1 (vai atzīmējiet, ka neieradās).</translation>
    </message>
    <message>
        <source>Nobody is being served at this counter.</source>
        <translation>Šajā lodziņā neviens netiek apkalpots.</translation>
    </message>
    <message>
        <source>There is no customer at this counter to transfer.</source>
        <translation>Šajā lodziņā nav klienta, ko pārsūtīt.</translation>
    </message>
    <message>
        <source>The counter is not open.</source>
        <translation>Lodziņš nav atvērts.</translation>
    </message>
    <message>
        <source>The counter is already open.</source>
        <translation>Lodziņš jau ir atvērts.</translation>
    </message>
    <message>
        <source>%1 is still at the counter: finish or transfer it first.</source>
        <translation>%1 joprojām ir pie lodziņa: vispirms pabeidziet vai pārsūtiet.</translation>
    </message>
    <message>
        <source>no counter open</source>
        <translation>neviens lodziņš nav atvērts</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CurrentTicketPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 st. %2 min</translation>
    </message>
    <message>
        <source>No customer at the counter</source>
        <translation>Lodziņā nav klienta</translation>
    </message>
    <message numerus="yes">
        <source>Calling (recalled %n time(s))</source>
        <translation>
            <numerusform>Izsauc (atkārtoti izsaukts: %n)</numerusform>
            <numerusform>Izsauc (atkārtoti izsaukts: %n)</numerusform>
            <numerusform>Izsauc (atkārtoti izsaukts: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Izsauc</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Apkalpo</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>gaidīja %1</translation>
    </message>
    <message>
        <source>serving for %1</source>
        <translation>apkalpo %1</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n time(s). Note: %1</source>
        <translation>
            <numerusform>Pārsūtīts (reizes: %n). Piezīme: %1</numerusform>
            <numerusform>Pārsūtīts (reizes: %n). Piezīme: %1</numerusform>
            <numerusform>Pārsūtīts (reizes: %n). Piezīme: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::teller::FinishDialog</name>
    <message>
        <source>Finish %1</source>
        <translation>Pabeigt %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Pabeigt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
</context>
<context>
    <name>tessera::teller::LoginPanel</name>
    <message>
        <source>Log in</source>
        <translation>Pieteikties</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Lodziņš</translation>
    </message>
    <message>
        <source>Log in at your counter</source>
        <translation>Piesakieties savā lodziņā</translation>
    </message>
    <message>
        <source>Not connected to the server: %1</source>
        <translation>Nav savienojuma ar serveri: %1</translation>
    </message>
    <message>
        <source>Enter your name and password.</source>
        <translation>Ievadiet vārdu un paroli.</translation>
    </message>
    <message>
        <source>This PC is set up for counter %1, which the branch configuration does not have. Correct counter= in the station settings.</source>
        <translation>Šis dators ir iestatīts lodziņam %1, kura nav filiāles konfigurācijā. Izlabojiet counter= stacijas iestatījumos.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::PlanningPage</name>
    <message>
        <source>Show plan</source>
        <translation>Rādīt plānu</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Saglabāt kā CSV…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Diena:</translation>
    </message>
    <message>
        <source>Pick a day and press Show plan: the forecast and the counters advised come from the branch&apos;s history in the server&apos;s journal.</source>
        <translation>Izvēlieties dienu un nospiediet „Rādīt plānu”: prognoze un ieteiktie lodziņi balstās uz filiāles vēsturi servera žurnālā.</translation>
    </message>
    <message>
        <source>Asking the server for the plan of %1…</source>
        <translation>Pieprasa no servera plānu par %1…</translation>
    </message>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>Vēstures datu nepietiek, lai prognozētu %1: žurnālā nav agrākas dienas ar klientiem.</translation>
    </message>
    <message>
        <source>No customers are expected on %1: nobody came on this weekday in the last weeks.</source>
        <translation>%1 klienti nav gaidāmi: pēdējās nedēļās šajā nedēļas dienā neviens neieradās.</translation>
    </message>
    <message>
        <source>%1: about %2 customers expected; at most %3 counters advised at once, so that %4 of customers are called within their target wait.</source>
        <translation>%1: gaidāmi aptuveni %2 klienti; ieteikto lodziņu maksimums vienlaikus ir %3, lai %4 klientu tiktu izsaukti mērķa gaidīšanas laikā.</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) open now; the plan advises %1 for %2–%3, when about %4 customers are expected. Open more if you can.</source>
        <translation>
            <numerusform>Pašlaik atvērts %n lodziņš; plāns posmā %2–%3 iesaka %1, kad gaidāmi aptuveni %4 klienti. Ja iespējams, atveriet vēl.</numerusform>
            <numerusform>Pašlaik atvērti %n lodziņi; plāns posmā %2–%3 iesaka %1, kad gaidāmi aptuveni %4 klienti. Ja iespējams, atveriet vēl.</numerusform>
            <numerusform>Pašlaik atvērti %n lodziņi; plāns posmā %2–%3 iesaka %1, kad gaidāmi aptuveni %4 klienti. Ja iespējams, atveriet vēl.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the plan first.</source>
        <translation>Vispirms parādiet plānu.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saglabāts %1 (%n lappuse).</numerusform>
            <numerusform>Saglabāts %1 (%n lappuses).</numerusform>
            <numerusform>Saglabāts %1 (%n lappuses).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saglabāts: %1.</translation>
    </message>
    <message>
        <source>Staffing plan %1</source>
        <translation>Personāla plāns %1</translation>
    </message>
    <message>
        <source>Save the staffing plan</source>
        <translation>Saglabāt personāla plānu</translation>
    </message>
    <message>
        <source>Save the plan&apos;s table in</source>
        <translation>Saglabāt plāna tabulu mapē</translation>
    </message>
</context>
<context>
    <name>tessera::teller::ReportPage</name>
    <message>
        <source>Show figures</source>
        <translation>Rādīt datus</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Saglabāt kā PDF…</translation>
    </message>
    <message>
        <source>Save tables as CSV…</source>
        <translation>Saglabāt tabulas kā CSV…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pakalpojums</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Izsniegti</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Apkalpoti</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Vidējais gaidīšanas laiks</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Mērķa laikā</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Vidējais apkalpošanas laiks</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>Darba diena:</translation>
    </message>
    <message>
        <source>Pick a business day and press Show figures. The figures come from the server&apos;s journal.</source>
        <translation>Izvēlieties darba dienu un nospiediet „Rādīt datus”. Dati tiek ņemti no servera žurnāla.</translation>
    </message>
    <message>
        <source>Asking the server for the figures of %1…</source>
        <translation>Pieprasa no servera datus par %1…</translation>
    </message>
    <message>
        <source>%1, a complete business day.</source>
        <translation>%1, pilna darba diena.</translation>
    </message>
    <message>
        <source>%1: the day is not over, so these are the figures so far.</source>
        <translation>%1: diena vēl nav beigusies, tāpēc šie ir līdzšinējie dati.</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translation>Vispirms parādiet datus.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saglabāts %1 (%n lappuse).</numerusform>
            <numerusform>Saglabāts %1 (%n lappuses).</numerusform>
            <numerusform>Saglabāts %1 (%n lappuses).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n table(s) in %1.</source>
        <translation>
            <numerusform>Mapē %1 saglabāta %n tabula.</numerusform>
            <numerusform>Mapē %1 saglabātas %n tabulas.</numerusform>
            <numerusform>Mapē %1 saglabātas %n tabulas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>Dienas atskaite %1</translation>
    </message>
    <message>
        <source>Save the daily report</source>
        <translation>Saglabāt dienas atskaiti</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>Saglabāt atskaites tabulas mapē</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Vērtējums (skaits)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Lodziņš</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentārs</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Pakalpojumi</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Lodziņi</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>Darbinieki</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Komentāri</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Noslodze</translation>
    </message>
    <message>
        <source>Issued %1 · served %2 · no-shows %3 · cancelled %4 · average wait %5 · called within target %6 · average service %7 · rating %8</source>
        <translation>Izsniegti %1 · apkalpoti %2 · neieradās %3 · atcelti %4 · vidējais gaidīšanas laiks %5 · izsaukti mērķa laikā %6 · vidējais apkalpošanas laiks %7 · vērtējums %8</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Komentāri (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::teller::SupervisorWindow</name>
    <message>
        <source>open</source>
        <translation>atvērts</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pauzē</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>slēgts</translation>
    </message>
    <message>
        <source>Tessera branch overview</source>
        <translation>Tessera filiāles pārskats</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Lodziņš</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Darbinieks</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Lodziņā</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Šodien apkalpoti</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Vidējais apkalpošanas laiks</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pakalpojums</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Gaida</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Ilgākā gaidīšana</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>Drukas kļūmes šodien</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Lodziņi</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Rindas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Pieraksti</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>izsauc</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>apkalpo</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Dienas atskaite</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Plānošana</translation>
    </message>
    <message>
        <source>A new ticket is told</source>
        <translation>Jaunai biļetei teiktu</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerActions</name>
    <message>
        <source>Call next</source>
        <translation>Izsaukt nākamo</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Izsaukt atkārtoti</translation>
    </message>
    <message>
        <source>Call a number…</source>
        <translation>Izsaukt numuru…</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>Sākt apkalpošanu</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Pabeigt</translation>
    </message>
    <message>
        <source>Finish with outcome…</source>
        <translation>Pabeigt ar rezultātu…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Neieradās</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Pārsūtīt…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Izrakstīties</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Atsākt</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerWindow</name>
    <message>
        <source>Tessera counter</source>
        <translation>Tessera lodziņš</translation>
    </message>
    <message>
        <source>Waiting for this counter</source>
        <translation>Gaida šo lodziņu</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Lodziņš</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>Compact bar</source>
        <translation>Kompaktā josla</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Filiāle</translation>
    </message>
    <message>
        <source>Branch overview</source>
        <translation>Filiāles pārskats</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Savienots ar %1</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>BEZSAISTĒ</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be called or finished. This clears by itself when the server is back; nothing is lost.
%1</source>
        <translation>Bezsaistē: serveris nav sasniedzams, tāpēc neko nevar izsaukt vai pabeigt. Tas atrisināsies pats, kad serveris atkal būs pieejams; nekas netiek zaudēts.
%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nav pieteicies</translation>
    </message>
    <message>
        <source>Counter paused. </source>
        <translation>Lodziņš ir pauzē. </translation>
    </message>
    <message>
        <source>Served today: %1 · average service %2</source>
        <translation>Šodien apkalpoti: %1 · vidējais apkalpošanas laiks %2</translation>
    </message>
    <message>
        <source>Another customer is at the counter now; nothing was done. Try again.</source>
        <translation>Pie lodziņa tagad ir cits klients; nekas netika darīts. Mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>Dienas atskaite…</translation>
    </message>
    <message>
        <source>A new customer would be told: %1</source>
        <translation>Jaunam klientam tagad teiktu: %1</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TransferDialog</name>
    <message>
        <source>To the service</source>
        <translation>Uz pakalpojumu</translation>
    </message>
    <message>
        <source>To the counter</source>
        <translation>Uz lodziņu</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Pārsūtīt %1</translation>
    </message>
    <message>
        <source>What the next teller should know</source>
        <translation>Kas jāzina nākamajam darbiniekam</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Pārsūtīt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
</context>
<context>
    <name>tessera::teller::WaitingList</name>
    <message>
        <source>Number</source>
        <translation>Numurs</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Pakalpojums</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritāte</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Gaidīja</translation>
    </message>
    <message>
        <source>transferred here</source>
        <translation>pārsūtīts šurp</translation>
    </message>
    <message>
        <source>Waited longer than the service&apos;s target</source>
        <translation>Gaidīja ilgāk par pakalpojuma mērķa laiku</translation>
    </message>
</context>
<context>
    <name>tessera::web::Page</name>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>No connection to the branch. Trying again…</source>
        <translation>Nav savienojuma ar filiāli. Mēģinām vēlreiz…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz.</translation>
    </message>
    <message>
        <source>The branch is very busy. Please try again in a moment.</source>
        <translation>Filiālē šobrīd ir ļoti daudz klientu. Lūdzu, mēģiniet pēc brīža.</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Ņemt biļeti</translation>
    </message>
    <message>
        <source>Join the queue from here. This page shows your number and tells you when it is your turn.</source>
        <translation>Stājieties rindā no šejienes. Šī lapa rāda jūsu numuru un pasaka, kad pienākusi jūsu kārta.</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Izvēlieties pakalpojumu</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>gaida %1 · %2</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Pašlaik slēgts</translation>
    </message>
    <message>
        <source>Tickets for this service are taken at the kiosk.</source>
        <translation>Biļetes šim pakalpojumam ņem kioskā filiālē.</translation>
    </message>
    <message>
        <source>No counter is open for this yet</source>
        <translation>Neviens lodziņš vēl nav atvērts</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>mazāk par minūti</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>līdz %1 min</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Jūsu numurs</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Cilvēki pirms jums: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Paredzamā gaidīšana: %1</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>Paredzamā gaidīšana: vēl nav zināma</translation>
    </message>
    <message>
        <source>Please wait. This page updates by itself.</source>
        <translation>Lūdzu, uzgaidiet. Šī lapa atjaunojas pati.</translation>
    </message>
    <message>
        <source>It is your turn</source>
        <translation>Pienākusi jūsu kārta</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation>Lūdzu, dodieties uz</translation>
    </message>
    <message>
        <source>You are being called again</source>
        <translation>Jūs tiekat aicināts vēlreiz</translation>
    </message>
    <message>
        <source>You are being served at</source>
        <translation>Jūs apkalpo</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>Paldies par apmeklējumu</translation>
    </message>
    <message>
        <source>This ticket is cancelled</source>
        <translation>Šī biļete ir atcelta</translation>
    </message>
    <message>
        <source>You were called but did not come. Please take a new ticket.</source>
        <translation>Jūs tikāt aicināts, bet neieradāties. Lūdzu, ņemiet jaunu biļeti.</translation>
    </message>
    <message>
        <source>I can&apos;t wait any more</source>
        <translation>Es vairs nevaru gaidīt</translation>
    </message>
    <message>
        <source>Leave the queue? Ticket %1 will be cancelled.</source>
        <translation>Iziet no rindas? Biļete %1 tiks atcelta.</translation>
    </message>
    <message>
        <source>Yes, leave the queue</source>
        <translation>Jā, iziet no rindas</translation>
    </message>
    <message>
        <source>No, keep my place</source>
        <translation>Nē, paturēt manu vietu</translation>
    </message>
    <message>
        <source>Sound and vibration when I am called</source>
        <translation>Skaņa un vibrācija, kad mani aicina</translation>
    </message>
    <message>
        <source>Sound and vibration are on</source>
        <translation>Skaņa un vibrācija ir ieslēgta</translation>
    </message>
    <message>
        <source>This ticket link is not valid. Check the address, or take a ticket at the kiosk.</source>
        <translation>Šī biļetes saite nav derīga. Pārbaudiet adresi vai ņemiet biļeti kioskā.</translation>
    </message>
    <message>
        <source>This ticket was for an earlier day.</source>
        <translation>Šī biļete bija kādai iepriekšējai dienai.</translation>
    </message>
    <message>
        <source>Back to the branch&apos;s page</source>
        <translation>Atpakaļ uz filiāles lapu</translation>
    </message>
    <message>
        <source>Keep this page open, or save its address to come back.</source>
        <translation>Turiet šo lapu atvērtu vai saglabājiet tās adresi, lai atgrieztos.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting in the queue.</source>
        <translation>Šī biļete vairs negaida rindā.</translation>
    </message>
    <message>
        <source>This phone has taken as many tickets today as the branch allows.</source>
        <translation>No šī tālruņa šodien jau paņemts tik biļešu, cik filiāle atļauj.</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web.</source>
        <translation>Šo pakalpojumu nevar rezervēt tīmeklī.</translation>
    </message>
    <message>
        <source>Enter your name (at most 80 characters).</source>
        <translation>Ievadiet savu vārdu (ne vairāk kā 80 rakstzīmes).</translation>
    </message>
    <message>
        <source>Enter a phone number we can reach you at, such as +371 2000 0000.</source>
        <translation>Ievadiet tālruņa numuru, pa kuru varam ar jums sazināties, piemēram, +371 2000 0000.</translation>
    </message>
    <message>
        <source>We cannot find a booking with that code and phone number.</source>
        <translation>Nevaram atrast pierakstu ar šo kodu un tālruņa numuru.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Pierakstīties uz vizīti</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Izvēlieties dienu</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Izvēlieties laiku</translation>
    </message>
    <message>
        <source>No free times on this day. Choose another day.</source>
        <translation>Šajā dienā brīvu laiku nav. Izvēlieties citu dienu.</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 plkst. %3</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jūsu vārds</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Jūsu tālruņa numurs</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Pierakstīties uz šo laiku</translation>
    </message>
    <message>
        <source>Move my booking to this time</source>
        <translation>Pārcelt manu pierakstu uz šo laiku</translation>
    </message>
    <message>
        <source>Cancel or move a booking</source>
        <translation>Atcelt vai pārcelt pierakstu</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Reģistrācijas kods</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Atrast manu pierakstu</translation>
    </message>
    <message>
        <source>%1, %2 at %3, for %4</source>
        <translation>%1, %2 plkst. %3, %4</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Atcelt šo pierakstu</translation>
    </message>
    <message>
        <source>Move to another time</source>
        <translation>Pārcelt uz citu laiku</translation>
    </message>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>Jūsu pieraksts ir atcelts.</translation>
    </message>
    <message>
        <source>Your appointment is booked</source>
        <translation>Jūsu vizīte ir pierakstīta</translation>
    </message>
    <message>
        <source>At the branch, type this code at the kiosk between %1 and %2.</source>
        <translation>Filiālē ievadiet šo kodu kioskā no %1 līdz %2.</translation>
    </message>
    <message>
        <source>Save or bookmark this page: it holds your code.</source>
        <translation>Saglabājiet šo lapu vai pievienojiet grāmatzīmi: tajā ir jūsu kods.</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>Kā jums patika apmeklējums?</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 no 5</translation>
    </message>
    <message>
        <source>Anything to tell us? (optional)</source>
        <translation>Vai vēlaties mums ko pateikt? (nav obligāti)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Nosūtīt</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>Paldies par jūsu atsauksmi.</translation>
    </message>
    <message>
        <source>Choose 1 to 5 stars; a comment is at most 500 characters.</source>
        <translation>Izvēlieties no 1 līdz 5 zvaigznēm; komentārs ne garāks par 500 rakstzīmēm.</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>Šeit nav tādas lapas.</translation>
    </message>
</context>
</TS>
