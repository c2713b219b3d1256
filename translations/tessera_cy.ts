<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>BranchConfigLoader</name>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>allwedd anhysbys; disgwylir un o: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>mae&apos;n ofynnol</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>rhaid iddo fod yn destun nad yw&apos;n wag</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>rhaid iddo fod yn rhif cyfan o %1 i %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>rhaid iddo fod yn rhestr</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>mae angen testun mewn o leiaf un iaith</translation>
    </message>
    <message>
        <source>is not a weekday or range such as &quot;mon&quot; or &quot;mon-fri&quot;</source>
        <translation>nid yw&apos;n ddiwrnod o&apos;r wythnos nac yn amrediad fel &quot;mon&quot; neu &quot;mon-fri&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span such as &quot;09:00-17:30&quot;</source>
        <translation>nid yw &quot;%1&quot; yn gyfnod amser fel &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and dashes</source>
        <translation>rhaid iddo fod yn llythrennau bach, digidau a chysylltnodau</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone such as &quot;Europe/Riga&quot;</source>
        <translation>nid yw &quot;%1&quot; yn gylchfa amser hysbys fel &quot;Europe/Riga&quot;</translation>
    </message>
    <message>
        <source>needs at least one language</source>
        <translation>mae angen o leiaf un iaith</translation>
    </message>
    <message>
        <source>must be one of the languages</source>
        <translation>rhaid iddo fod yn un o&apos;r ieithoedd</translation>
    </message>
    <message>
        <source>must be a time such as &quot;03:00&quot;</source>
        <translation>rhaid iddo fod yn amser fel &quot;03:00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;cancel&quot; or &quot;carryOver&quot;</source>
        <translation>rhaid iddo fod yn &quot;cancel&quot; neu &quot;carryOver&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be appointment, vip or priority, each at most once</source>
        <translation>rhaid i &quot;%1&quot; fod yn appointment, vip neu priority, pob un unwaith ar y mwyaf</translation>
    </message>
    <message>
        <source>needs at least one outcome code</source>
        <translation>mae angen o leiaf un cod canlyniad</translation>
    </message>
    <message>
        <source>needs at least one service</source>
        <translation>mae angen o leiaf un gwasanaeth</translation>
    </message>
    <message>
        <source>must be 1-32 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>rhaid iddo fod yn 1-32 o lythrennau bach, digidau, &apos;-&apos; neu &apos;_&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another service</source>
        <translation>mae gwasanaeth arall yn defnyddio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be 1-3 capital letters A-Z</source>
        <translation>rhaid iddo fod yn 1-3 o briflythrennau A-Z</translation>
    </message>
    <message>
        <source>needs at least one counter</source>
        <translation>mae angen o leiaf un cownter</translation>
    </message>
    <message>
        <source>counter %1 is listed twice</source>
        <translation>mae cownter %1 wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Cownter %1</translation>
    </message>
    <message>
        <source>is not a service id</source>
        <translation>nid yw&apos;n id gwasanaeth</translation>
    </message>
    <message>
        <source>needs at least one service with a weight</source>
        <translation>mae angen o leiaf un gwasanaeth gyda phwysiad</translation>
    </message>
    <message>
        <source>no counter serves &quot;%1&quot;; its tickets could never be called</source>
        <translation>does dim cownter yn gwasanaethu &quot;%1&quot;; ni fyddai modd galw ei docynnau byth</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>mae &quot;%1&quot; wedi&apos;i restru ddwywaith</translation>
    </message>
    <message>
        <source>must be &quot;teller&quot; or &quot;supervisor&quot;</source>
        <translation>rhaid iddo fod yn &quot;teller&quot; neu &quot;supervisor&quot;</translation>
    </message>
    <message>
        <source>%1 (make one with: tessera-server hash-password)</source>
        <translation>%1 (crëwch un gyda: tessera-server hash-password)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>methu darllen y ffeil: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>nid yw&apos;n JSON dilys: %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>rhaid i&apos;r ffeil gynnwys un gwrthrych JSON</translation>
    </message>
    <message>
        <source>has no announcement phrases; one of: %1</source>
        <translation>does dim ymadroddion cyhoeddi ar ei chyfer; dewiswch un o: %1</translation>
    </message>
    <message>
        <source>must be &quot;recorded&quot; or &quot;speech&quot;</source>
        <translation>rhaid iddo fod yn &quot;recorded&quot; neu &quot;speech&quot;</translation>
    </message>
    <message>
        <source>must be &quot;digits&quot; or &quot;whole&quot;</source>
        <translation>rhaid iddo fod yn &quot;digits&quot; neu &quot;whole&quot;</translation>
    </message>
    <message>
        <source>must be the https:// address phones reach the server at, such as https://queue.example.com</source>
        <translation>rhaid iddo fod y cyfeiriad https:// y mae ffonau&apos;n cyrraedd y gweinydd arno, fel https://queue.example.com</translation>
    </message>
</context>
<context>
    <name>BranchKey</name>
    <message>
        <source>A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from &quot;tessera-server key show&quot;.</source>
        <translation>Mae allwedd cangen yn 64 digid hecsadegol (0-9, a-f); mae gan hon %1 nod ar ôl tynnu&apos;r bylchau. Copïwch hi eto o &quot;tessera-server key show&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the branch key file %1: %2</source>
        <translation>Methu darllen ffeil allwedd y gangen %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the branch key file %1: %2</source>
        <translation>Methu ysgrifennu ffeil allwedd y gangen %1: %2</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>%1: station.role is %2; a lobby display needs role=display</source>
        <translation>%1: station.role yw %2; mae angen role=display ar sgrin y cyntedd</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number from %3 to %4</source>
        <translation>%1: rhaid i %2 fod yn rhif cyfan o %3 i %4</translation>
    </message>
    <message>
        <source>%1: display.counters must list counter numbers, such as 1,2,3 (&quot;%2&quot; is not one)</source>
        <translation>%1: rhaid i display.counters restru rhifau cownter, fel 1,2,3 (nid yw &quot;%2&quot; yn un)</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>Nid oes digon o hanes i ragweld %1: nid oes diwrnod cynharach gyda chwsmeriaid yn y dyddlyfr.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation>Nid yw&apos;r cyfeiriadur data %1 yn bodoli.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Methu agor y dyddlyfr %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the journal %1: %2</source>
        <translation>Methu defnyddio&apos;r dyddlyfr %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal %1: %2</source>
        <translation>Methu uwchraddio&apos;r dyddlyfr %1: %2</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>Nid oes dyddlyfr yn %1.</translation>
    </message>
    <message>
        <source>The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.</source>
        <translation>Mae&apos;r dyddlyfr %1 ar sgema %2 ac mae&apos;r Tessera hwn yn darllen sgema %3: dechreuwch tessera-server unwaith (mae&apos;n uwchraddio&apos;r dyddlyfr), yna ceisiwch eto.</translation>
    </message>
    <message>
        <source>the journal was opened for reading only</source>
        <translation>agorwyd y dyddlyfr i&apos;w ddarllen yn unig</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: Qt&apos;s %2 database driver is not installed (on Debian: the package libqt6sql6-%3).</source>
        <translation>Methu agor y cyfnodolyn %1: nid yw gyrrwr cronfa ddata %2 Qt wedi&apos;i osod (ar Debian: y pecyn libqt6sql6-%3).</translation>
    </message>
    <message>
        <source>another tessera-server is writing it. Stop that one first, or give this server a journal of its own.</source>
        <translation>mae tessera-server arall yn ysgrifennu ato. Stopiwch hwnnw yn gyntaf, neu rhowch gyfnodolyn ei hun i&apos;r gweinydd hwn.</translation>
    </message>
</context>
<context>
    <name>JournalLocation</name>
    <message>
        <source>No journal was given: give a file path or a postgresql:// URL.</source>
        <translation>Ni roddwyd cyfnodolyn: rhowch lwybr ffeil neu URL postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the journal URL is not a PostgreSQL connection setting.</source>
        <translation>Nid yw &quot;%1&quot; yn URL y cyfnodolyn yn osodiad cysylltu PostgreSQL.</translation>
    </message>
    <message>
        <source>The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.</source>
        <translation>Nid yw URL y cyfnodolyn %1 yn enwi cronfa ddata: gorffennwch ef gyda /CRONFA, fel yn postgresql://tessera@localhost/tessera_journal.</translation>
    </message>
    <message>
        <source>The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.</source>
        <translation>Nid yw URL y cyfnodolyn yn ddilys: ysgrifennwch ef fel postgresql://DEFNYDDIWR@GWESTEIWR:PORTH/CRONFA, gyda phob bwlch, @, : neu / yn y cyfrinair wedi&apos;i amgodio â chanran.</translation>
    </message>
</context>
<context>
    <name>KioskContext</name>
    <message>
        <source>No counter is open for this yet</source>
        <translation>Does dim cownter ar agor ar gyfer hyn eto</translation>
    </message>
    <message>
        <source>No more tickets today</source>
        <translation>Dim mwy o docynnau heddiw</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Closed now · opens at %1</source>
        <translation>Ar gau nawr · yn agor am %1</translation>
    </message>
    <message>
        <source>Closed now · opens %1 %2</source>
        <translation>Ar gau nawr · yn agor %1 %2</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 yn aros · %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>llai na munud</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>hyd at %1 mun</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 mun</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>Amser aros: ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Amser aros: %1</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>%1: station.role is %2; a kiosk needs role=kiosk</source>
        <translation>%1: station.role yw %2; mae angen role=kiosk ar giosg</translation>
    </message>
    <message>
        <source>%1: kiosk.paperWidth must be 80 or 58 (mm)</source>
        <translation>%1: rhaid i kiosk.paperWidth fod yn 80 neu 58 (mm)</translation>
    </message>
    <message>
        <source>%1: kiosk.idleSeconds must be a whole number from 5 to 600</source>
        <translation>%1: rhaid i kiosk.idleSeconds fod yn rhif cyfan o 5 i 600</translation>
    </message>
    <message>
        <source>%1: kiosk.ticketSeconds must be a whole number from 3 to 120</source>
        <translation>%1: rhaid i kiosk.ticketSeconds fod yn rhif cyfan o 3 i 120</translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>There is no service &quot;%1&quot; in this branch.</source>
        <translation>Does dim gwasanaeth &quot;%1&quot; yn y gangen hon.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Rhowch enw&apos;r cwsmer.</translation>
    </message>
    <message>
        <source>That time has already passed: choose a later slot.</source>
        <translation>Mae&apos;r amser hwnnw wedi mynd heibio: dewiswch slot hwyrach.</translation>
    </message>
    <message>
        <source>Appointments start on %1-minute slots (such as 10:00 or 10:%2).</source>
        <translation>Mae apwyntiadau&apos;n dechrau ar slotiau %1 munud (fel 10:00 neu 10:%2).</translation>
    </message>
    <message>
        <source>%1 is closed at %2: choose a slot in its opening hours.</source>
        <translation>Mae %1 ar gau am %2: dewiswch slot o fewn ei oriau agor.</translation>
    </message>
    <message>
        <source>We cannot find an appointment with code %1. Check the code, or take a ticket instead.</source>
        <translation>Ni allwn ddod o hyd i apwyntiad gyda&apos;r cod %1. Gwiriwch y cod, neu cymerwch docyn yn lle hynny.</translation>
    </message>
    <message>
        <source>This appointment is already checked in. Please wait for your number to be called.</source>
        <translation>Mae&apos;r apwyntiad hwn wedi&apos;i gofrestru eisoes. Arhoswch i&apos;ch rhif gael ei alw.</translation>
    </message>
    <message>
        <source>Your appointment at %1 has passed. Please take a ticket or book a new time.</source>
        <translation>Mae eich apwyntiad am %1 wedi mynd heibio. Cymerwch docyn neu trefnwch amser newydd.</translation>
    </message>
    <message>
        <source>Your appointment is at %1. You can check in from %2.</source>
        <translation>Mae eich apwyntiad am %1. Gallwch gofrestru o %2.</translation>
    </message>
    <message>
        <source>There is no booked appointment with code %1.</source>
        <translation>Does dim apwyntiad wedi&apos;i drefnu gyda&apos;r cod %1.</translation>
    </message>
    <message>
        <source>Counter %1 still has %2: finish or transfer it first.</source>
        <translation>Mae %2 wrth gownter %1 o hyd: gorffennwch neu trosglwyddwch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>There is no counter %1 in this branch.</source>
        <translation>Does dim cownter %1 yn y gangen hon.</translation>
    </message>
    <message>
        <source>Nobody is logged in at counter %1: log in first.</source>
        <translation>Does neb wedi mewngofnodi wrth gownter %1: mewngofnodwch yn gyntaf.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>Mae cownter %1 ar agor eisoes.</translation>
    </message>
    <message>
        <source>Counter %1 is already closed.</source>
        <translation>Mae cownter %1 ar gau eisoes.</translation>
    </message>
    <message>
        <source>The name or password is not right. Check them and try again.</source>
        <translation>Mae&apos;r enw neu&apos;r cyfrinair yn anghywir. Gwiriwch nhw a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>%1 is already logged in at counter %2: log out there first.</source>
        <translation>Mae %1 wedi mewngofnodi wrth gownter %2 eisoes: allgofnodwch yno yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 is logged in at counter %2.</source>
        <translation>Mae %1 wedi mewngofnodi wrth gownter %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is still in the queue for service &quot;%2&quot;: keep the service until it is done.</source>
        <translation>Mae tocyn %1 yn dal yn y ciw ar gyfer y gwasanaeth &quot;%2&quot;: cadwch y gwasanaeth nes bod y tocyn wedi&apos;i orffen.</translation>
    </message>
    <message>
        <source>Ticket %1 waits for counter %2: keep the counter until it is done.</source>
        <translation>Mae tocyn %1 yn aros am gownter %2: cadwch y cownter nes bod y tocyn wedi&apos;i orffen.</translation>
    </message>
    <message>
        <source>Counter %1 is in use: log out there before removing it.</source>
        <translation>Mae cownter %1 yn cael ei ddefnyddio: allgofnodwch yno cyn ei dynnu.</translation>
    </message>
    <message>
        <source>The branch has no configuration yet.</source>
        <translation>Nid oes gan y gangen gyfluniad eto.</translation>
    </message>
    <message>
        <source>Counter %1 is closed: open it first.</source>
        <translation>Mae cownter %1 ar gau: agorwch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>Counter %1 is paused: resume it first.</source>
        <translation>Mae cownter %1 wedi oedi: ailddechreuwch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>Counter %1 has no ticket: call one first.</source>
        <translation>Does dim tocyn wrth gownter %1: galwch un yn gyntaf.</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>yn dal i aros</translation>
    </message>
    <message>
        <source>being called</source>
        <translation>yn cael ei alw</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>yn cael ei wasanaethu</translation>
    </message>
    <message>
        <source>already finished</source>
        <translation>wedi&apos;i orffen eisoes</translation>
    </message>
    <message>
        <source>already a no-show</source>
        <translation>wedi&apos;i nodi fel heb ddod eisoes</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be %3.</source>
        <translation>Mae %1 %2, felly ni ellir %3.</translation>
    </message>
    <message>
        <source>No more tickets for %1 today: every number up to %2 has been issued.</source>
        <translation>Dim mwy o docynnau ar gyfer %1 heddiw: mae pob rhif hyd at %2 wedi&apos;i roi.</translation>
    </message>
    <message>
        <source>Appointment tickets are issued by checking in with the code.</source>
        <translation>Rhoddir tocynnau apwyntiad drwy gofrestru gyda&apos;r cod.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority reason of this branch.</source>
        <translation>Nid yw &quot;%1&quot; yn un o resymau blaenoriaeth y gangen hon.</translation>
    </message>
    <message>
        <source>it has no opening hours</source>
        <translation>nid oes ganddo oriau agor</translation>
    </message>
    <message>
        <source>it opens at %1</source>
        <translation>mae&apos;n agor am %1</translation>
    </message>
    <message>
        <source>it opens %1</source>
        <translation>mae&apos;n agor %1</translation>
    </message>
    <message>
        <source>%1 is closed now; %2.</source>
        <translation>Mae %1 ar gau nawr; %2.</translation>
    </message>
    <message>
        <source>%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.</source>
        <translation>Mae %1 yn dal i gael ei alw wrth gownter %2: dechreuwch wasanaethu, galwch eto neu nodwch nad yw wedi dod yn gyntaf.</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>Does neb yn aros am gownter %1.</translation>
    </message>
    <message>
        <source>There is no ticket %1 in the queue.</source>
        <translation>Does dim tocyn %1 yn y ciw.</translation>
    </message>
    <message>
        <source>called</source>
        <translation>ei alw</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>ei alw eto</translation>
    </message>
    <message>
        <source>started</source>
        <translation>dechrau ei wasanaethu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome code; use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn god canlyniad; defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>%1 is being served, so it cannot be a no-show: finish it instead.</source>
        <translation>Mae %1 yn cael ei wasanaethu, felly ni ellir ei nodi fel heb ddod: gorffennwch ef yn lle hynny.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2: choose another counter.</source>
        <translation>Mae %1 wrth gownter %2 eisoes: dewiswch gownter arall.</translation>
    </message>
    <message>
        <source>Choose another service or a counter to transfer %1 to.</source>
        <translation>Dewiswch wasanaeth arall neu gownter i drosglwyddo %1 iddo.</translation>
    </message>
    <message>
        <source>That ticket is not from today.</source>
        <translation>Nid yw&apos;r tocyn hwnnw o heddiw.</translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation>Mae adborth yn sgôr o 1 i 5.</translation>
    </message>
    <message>
        <source>%1 at %2 is fully booked: choose another time.</source>
        <translation>Mae %1 am %2 yn llawn: dewiswch amser arall.</translation>
    </message>
    <message numerus="yes">
        <source>This phone number already has %n appointment(s) on that day. Cancel one to book another.</source>
        <translation>
            <numerusform>Mae gan y rhif ffôn hwn apwyntiadau&apos;r diwrnod hwnnw eisoes: %n. Canslwch un i archebu un arall.</numerusform>
            <numerusform>Mae gan y rhif ffôn hwn apwyntiadau&apos;r diwrnod hwnnw eisoes: %n. Canslwch un i archebu un arall.</numerusform>
            <numerusform>Mae gan y rhif ffôn hwn apwyntiadau&apos;r diwrnod hwnnw eisoes: %n. Canslwch un i archebu un arall.</numerusform>
            <numerusform>Mae gan y rhif ffôn hwn apwyntiadau&apos;r diwrnod hwnnw eisoes: %n. Canslwch un i archebu un arall.</numerusform>
            <numerusform>Mae gan y rhif ffôn hwn apwyntiadau&apos;r diwrnod hwnnw eisoes: %n. Canslwch un i archebu un arall.</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment is at most 500 characters.</source>
        <translation>Mae sylw yn 500 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>Feedback is given after the visit.</source>
        <translation>Rhoddir adborth ar ôl yr ymweliad.</translation>
    </message>
    <message>
        <source>Feedback for this visit was already given.</source>
        <translation>Mae adborth am yr ymweliad hwn eisoes wedi&apos;i roi.</translation>
    </message>
</context>
<context>
    <name>QueueHost</name>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>Mae&apos;r dyddlyfr %1 wedi&apos;i ddifrodi: %2</translation>
    </message>
    <message>
        <source>The server could not save this; nothing was changed. Try again. (%1)</source>
        <translation>Ni allai&apos;r gweinydd gadw hyn; ni newidiwyd dim. Rhowch gynnig arall arni. (%1)</translation>
    </message>
    <message>
        <source>The server could not read its journal: %1</source>
        <translation>Ni allai&apos;r gweinydd ddarllen ei ddyddlyfr: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>There is no journal at %1. Give the server&apos;s data directory with --data.</source>
        <translation>Does dim dyddlyfr yn %1. Rhowch gyfeiriadur data&apos;r gweinydd gyda --data.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; translation; use en, zh_CN, zh_TW, lv or cy.</source>
        <translation>Does dim cyfieithiad &quot;%1&quot;; defnyddiwch en, zh_CN, zh_TW, lv neu cy.</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; translation; the PDF&apos;s words are in English.</source>
        <translation>dim cyfieithiad &quot;%1&quot;; bydd geiriau&apos;r PDF yn Saesneg.</translation>
    </message>
</context>
<context>
    <name>SchemaUpgrade</name>
    <message>
        <source>it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.</source>
        <translation>cafodd ei ysgrifennu gan Tessera mwy newydd (sgema %1; mae&apos;r un yma&apos;n deall hyd at %2); gosodwch y fersiwn mwy newydd.</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>methodd uwchraddio&apos;r sgema i fersiwn %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerOptionsParser</name>
    <message>
        <source>The branch configuration (JSON).</source>
        <translation>Cyfluniad y gangen (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>cyfeiriadur</translation>
    </message>
    <message>
        <source>Too many arguments: %1

%2</source>
        <translation>Gormod o ddadleuon: %1

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Gorchymyn anhysbys &quot;%1&quot;.

%2</translation>
    </message>
    <message>
        <source>Where the journal and the branch key live.</source>
        <translation>Lle mae&apos;r dyddlyfr ac allwedd y gangen yn cael eu cadw.</translation>
    </message>
    <message>
        <source>The branch key file (default: branch.key in the data directory).</source>
        <translation>Ffeil allwedd y gangen (diofyn: branch.key yn y cyfeiriadur data).</translation>
    </message>
    <message>
        <source>TCP port for stations (default %1).</source>
        <translation>Porth TCP ar gyfer gorsafoedd (diofyn %1).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porth</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>Cyfeiriad i wrando arno (diofyn: pob un).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>cyfeiriad</translation>
    </message>
    <message>
        <source>UDP port for announcing the server (default %1).</source>
        <translation>Porth UDP ar gyfer cyhoeddi&apos;r gweinydd (diofyn %1).</translation>
    </message>
    <message>
        <source>Do not announce the server; stations then need its address.</source>
        <translation>Peidio â chyhoeddi&apos;r gweinydd; bydd angen ei gyfeiriad ar orsafoedd wedyn.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.

%1</source>
        <translation>Mae porth yn rhif o 1 i 65535.

%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad IP i wrando arno.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>diwrnod</translation>
    </message>
    <message>
        <source>report: write the printable report to this PDF file.</source>
        <translation>report: ysgrifennu&apos;r adroddiad argraffadwy i&apos;r ffeil PDF hon.</translation>
    </message>
    <message>
        <source>report: write the CSV tables into this directory.</source>
        <translation>report: ysgrifennu&apos;r tablau CSV i&apos;r cyfeiriadur hwn.</translation>
    </message>
    <message>
        <source>report: the PDF&apos;s language (en, zh_CN, zh_TW, lv, cy; default: the branch&apos;s).</source>
        <translation>report: iaith y PDF (en, zh_CN, zh_TW, lv, cy; diofyn: iaith y gangen).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>cod</translation>
    </message>
    <message>
        <source>Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.</source>
        <translation>Dywedwch ble mae&apos;r adroddiad i fynd: --pdf FFEIL, --csv CYFEIRIADUR, neu&apos;r ddau.</translation>
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
        <translation>Gweinydd cangen Tessera: mae&apos;n berchen ar y ciw, yn cadw&apos;r dyddlyfr ac yn gwasanaethu gorsafoedd y gangen.

Gorchmynion:
  run (diofyn)       cychwyn y gweinydd
  check-config       dilysu&apos;r ffeil gyfluniad a gadael
  hash-password      darllen cyfrinair o&apos;r mewnbwn safonol ac argraffu ei stwnsh ar gyfer y cyfluniad
  key                argraffu allwedd y gangen sydd ei hangen ar bob gorsaf (caiff ei chreu y tro cyntaf)
  new-key            disodli allwedd y gangen; ni all gorsafoedd sydd â&apos;r hen un gysylltu mwyach
  report             ysgrifennu adroddiad diwrnod: --date, yna --pdf a/neu --csv
  forecast           ysgrifennu cynllun staffio diwrnod: --date (yfory yn ddiofyn), --pdf a/neu --csv, neu heb yr un o&apos;r ddau i gael y tabl ar yr allbwn safonol</translation>
    </message>
    <message>
        <source>run, check-config, hash-password, key, new-key, report or forecast</source>
        <translation>run, check-config, hash-password, key, new-key, report neu forecast</translation>
    </message>
    <message>
        <source>report and forecast: the business day, as YYYY-MM-DD, &quot;today&quot;, &quot;yesterday&quot; (the report&apos;s default) or &quot;tomorrow&quot; (the forecast&apos;s).</source>
        <translation>report a forecast: y diwrnod busnes, fel YYYY-MM-DD, &quot;today&quot;, &quot;yesterday&quot; (y diofyn ar gyfer report) neu &quot;tomorrow&quot; (y diofyn ar gyfer forecast).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.</source>
        <translation>Nid yw &quot;%1&quot; yn ddiwrnod: ysgrifennwch ef fel YYYY-MM-DD (er enghraifft %2), today, yesterday neu tomorrow.</translation>
    </message>
    <message>
        <source>The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).</source>
        <translation>Y cyfnodolyn: ffeil SQLite, neu gronfa ddata PostgreSQL fel postgresql://DEFNYDDIWR@GWESTEIWR/CRONFA (rhagosodiad: journal.sqlite yn y cyfeiriadur data).</translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>ffeil neu URL</translation>
    </message>
    <message>
        <source>Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).</source>
        <translation>Anfon pob digwyddiad yn y cyfnodolyn ymlaen i gronfa ddata&apos;r brif swyddfa, wedi&apos;i rhoi fel postgresql://RÔL@GWESTEIWR/CRONFA?sslmode=verify-full (gweler docs/HEADOFFICE.md).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Serve the customers&apos; web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.</source>
        <translation>Gweini tudalennau gwe&apos;r cwsmeriaid dros HTTPS gyda&apos;r dystysgrif hon (PEM, yna unrhyw rai canolradd; gweler docs/WEB.md). Hebddi does dim tudalennau gwe.</translation>
    </message>
    <message>
        <source>The web certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>Allwedd breifat tystysgrif y we (PEM, heb ei hamgryptio).</translation>
    </message>
    <message>
        <source>HTTPS port of the web pages (default %1).</source>
        <translation>Porth HTTPS y tudalennau gwe (rhagosodiad %1).</translation>
    </message>
    <message>
        <source>Plain HTTP port that only redirects to HTTPS (default %1; 0: none).</source>
        <translation>Porth HTTP plaen sydd ond yn ailgyfeirio i HTTPS (rhagosodiad %1; 0: dim).</translation>
    </message>
    <message>
        <source>Give the web certificate and its key together: --web-certificate FILE --web-key FILE.</source>
        <translation>Rhowch dystysgrif y we a&apos;i hallwedd gyda&apos;i gilydd: --web-certificate FFEIL --web-key FFEIL.</translation>
    </message>
    <message>
        <source>A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).

%1</source>
        <translation>Mae porth gwe yn rhif o 1 i 65535 (mae 0 yn diffodd y porth HTTP plaen).

%1</translation>
    </message>
</context>
<context>
    <name>ServerRunner</name>
    <message>
        <source>Cannot read the configuration %1: %2</source>
        <translation>Methu darllen y cyfluniad %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Methu creu&apos;r cyfeiriadur data %1.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable by this user.</source>
        <translation>Ni all y defnyddiwr hwn ysgrifennu yn y cyfeiriadur data %1.</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerTlsContext</name>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 with the stations&apos; PSK cipher suites (%1): %2. Install Debian 12&apos;s libssl3.</source>
        <translation>Ni all yr OpenSSL hwn weini TLS 1.2 gyda chyfresi seiffr PSK y gorsafoedd (%1): %2. Gosodwch libssl3 Debian 12.</translation>
    </message>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 or later: %1.</source>
        <translation>Ni all yr OpenSSL hwn weini TLS 1.2 neu ddiweddarach: %1.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.</source>
        <translation>Methu defnyddio %1 fel tystysgrif y we: %2. Rhowch ffeil PEM gyda&apos;r dystysgrif yn gyntaf, yna unrhyw dystysgrifau canolradd.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate&apos;s private key: %2. Give an unencrypted PEM key readable by the server.</source>
        <translation>Methu defnyddio %1 fel allwedd breifat tystysgrif y we: %2. Rhowch allwedd PEM heb ei hamgryptio y gall y gweinydd ei darllen.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>Nid yw&apos;r allwedd breifat %1 yn perthyn i&apos;r dystysgrif %2.</translation>
    </message>
</context>
<context>
    <name>StationPermissions</name>
    <message>
        <source>A display only shows the queue; it cannot change it.</source>
        <translation>Dim ond dangos y ciw y mae sgrin; ni all ei newid.</translation>
    </message>
    <message>
        <source>A kiosk can only issue tickets, check in appointments and take feedback.</source>
        <translation>Dim ond rhoi tocynnau, cofrestru apwyntiadau a derbyn adborth y gall ciosg ei wneud.</translation>
    </message>
    <message>
        <source>Log in with your name and password first.</source>
        <translation>Mewngofnodwch gyda&apos;ch enw a&apos;ch cyfrinair yn gyntaf.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that. Ask a supervisor to log in.</source>
        <translation>Dim ond goruchwyliwr sy&apos;n gallu gwneud hynny. Gofynnwch i oruchwyliwr fewngofnodi.</translation>
    </message>
    <message>
        <source>%1 is logged in on this station; %2 cannot log in at a counter from here.</source>
        <translation>Mae %1 wedi mewngofnodi ar yr orsaf hon; ni all %2 fewngofnodi wrth gownter o&apos;r fan hon.</translation>
    </message>
    <message>
        <source>Log in at your counter first.</source>
        <translation>Mewngofnodwch wrth eich cownter yn gyntaf.</translation>
    </message>
    <message>
        <source>You are at counter %1; you cannot act for counter %2.</source>
        <translation>Rydych wrth gownter %1; ni allwch weithredu ar ran cownter %2.</translation>
    </message>
    <message>
        <source>This service does not take tickets on the web. Take one at the kiosk in the branch.</source>
        <translation>Nid yw&apos;r gwasanaeth hwn yn rhoi tocynnau ar y we. Cymerwch un wrth y ciosg yn y gangen.</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web. Call the branch to book it.</source>
        <translation>Ni ellir archebu&apos;r gwasanaeth hwn ar y we. Ffoniwch y gangen i&apos;w archebu.</translation>
    </message>
    <message>
        <source>A customer&apos;s web page cannot do that.</source>
        <translation>Ni all tudalen we cwsmer wneud hynny.</translation>
    </message>
    <message>
        <source>Give the booking&apos;s phone number.</source>
        <translation>Rhowch rif ffôn yr archeb.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting: it has been called.</source>
        <translation>Nid yw&apos;r tocyn hwn yn aros mwyach: mae wedi&apos;i alw.</translation>
    </message>
</context>
<context>
    <name>StationSettingsFile</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as host:port, e.g. 192.168.1.10:47010.</source>
        <translation>Nid yw &quot;%1&quot; yn gyfeiriad gweinydd; ysgrifennwch ef fel host:port, e.e. 192.168.1.10:47010.</translation>
    </message>
    <message>
        <source>Cannot read the station settings %1.</source>
        <translation>Methu darllen gosodiadau&apos;r orsaf %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file (INI format).</source>
        <translation>Nid yw %1 yn ffeil gosodiadau ddilys (fformat INI).</translation>
    </message>
    <message>
        <source>must be kiosk, teller, display, supervisor or tool</source>
        <translation>rhaid iddo fod yn kiosk, teller, display, supervisor neu tool</translation>
    </message>
    <message>
        <source>is missing; give each station a unique id</source>
        <translation>ar goll; rhowch id unigryw i bob gorsaf</translation>
    </message>
    <message>
        <source>is missing; it is the branchId of the server&apos;s configuration</source>
        <translation>ar goll; dyma branchId cyfluniad y gweinydd</translation>
    </message>
</context>
<context>
    <name>TellerSettings</name>
    <message>
        <source>%1: station.role is %2; a teller workstation needs role=teller or role=supervisor</source>
        <translation>%1: station.role yw %2; mae angen role=teller neu role=supervisor ar weithfan ariannwr</translation>
    </message>
    <message>
        <source>%1: teller.chooseCounter must be true or false</source>
        <translation>%1: rhaid i teller.chooseCounter fod yn true neu false</translation>
    </message>
    <message>
        <source>%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true</source>
        <translation>%1: rhowch station.counter (y cownter y mae&apos;r cyfrifiadur hwn wrtho), neu gosodwch teller.chooseCounter=true</translation>
    </message>
    <message>
        <source>%1: teller.language must be one of %2</source>
        <translation>%1: rhaid i teller.language fod yn un o %2</translation>
    </message>
</context>
<context>
    <name>TicketPaper</name>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Pobl o&apos;ch blaen: %1</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>there is no default printer</source>
        <translation>does dim argraffydd diofyn</translation>
    </message>
    <message>
        <source>there is no printer &quot;%1&quot;</source>
        <translation>does dim argraffydd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; is stopped or failing</source>
        <translation>mae&apos;r argraffydd &quot;%1&quot; wedi stopio neu&apos;n methu</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; did not accept the ticket</source>
        <translation>ni dderbyniodd yr argraffydd &quot;%1&quot; y tocyn</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; failed while printing</source>
        <translation>methodd yr argraffydd &quot;%1&quot; wrth argraffu</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Type the password on standard input.</source>
        <translation>Teipiwch y cyfrinair ar y mewnbwn safonol.</translation>
    </message>
    <message>
        <source>Branch key in %1 (fingerprint %2). Enter it in each station&apos;s settings; keep it secret.</source>
        <translation>Allwedd y gangen yn %1 (ôl bys %2). Rhowch hi yng ngosodiadau pob gorsaf; cadwch hi&apos;n gyfrinachol.</translation>
    </message>
    <message>
        <source>A station on the command line, for checks, scripts and tests.

Commands:
  status   connect, print the queue&apos;s state as JSON, exit (1 if the server is not reached)
  watch    print every event as JSON lines until stopped
  script   read requests from standard input (see ToolScript.h; e.g. &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;)</source>
        <translation>Gorsaf ar y llinell orchymyn, ar gyfer gwiriadau, sgriptiau a phrofion.

Gorchmynion:
  status   cysylltu, argraffu cyflwr y ciw fel JSON, gadael (gyda chod 1 os na ellir cyrraedd y gweinydd)
  watch    argraffu pob digwyddiad fel llinellau JSON nes ei atal
  script   darllen ceisiadau o&apos;r mewnbwn safonol (gweler ToolScript.h; e.e. &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;)</translation>
    </message>
    <message>
        <source>This program makes reports and forecasts for tessera-server; run tessera-server.</source>
        <translation>Mae&apos;r rhaglen hon yn gwneud adroddiadau a rhagolygon i tessera-server; rhedwch tessera-server.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Methu rhedeg %1: %2</translation>
    </message>
    <message>
        <source>tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.</source>
        <translation>Nid yw tessera-server-documents, sy&apos;n gwneud adroddiadau a rhagolygon, yn %1 nac yn %2. Ailosodwch y pecyn tessera-server.</translation>
    </message>
</context>
<context>
    <name>tessera-kiosk</name>
    <message>
        <source>This kiosk is not set up</source>
        <translation>Nid yw&apos;r ciosg hwn wedi&apos;i osod</translation>
    </message>
    <message>
        <source>%1

Fix the settings and restart the kiosk.</source>
        <translation>%1

Cywirwch y gosodiadau ac ailgychwynnwch y ciosg.</translation>
    </message>
</context>
<context>
    <name>tessera::BranchClient</name>
    <message>
        <source>Not started.</source>
        <translation>Heb ddechrau.</translation>
    </message>
    <message>
        <source>Looking for the server of branch %1 on the network...</source>
        <translation>Yn chwilio am weinydd cangen %1 ar y rhwydwaith...</translation>
    </message>
    <message>
        <source>Connecting to the server at %1...</source>
        <translation>Yn cysylltu â&apos;r gweinydd yn %1...</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Methu cyrraedd y gweinydd yn %1: %2</translation>
    </message>
    <message>
        <source>it closed the connection</source>
        <translation>caeodd y cysylltiad</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>dim ateb</translation>
    </message>
    <message>
        <source>The connection to the server was lost; log in again.</source>
        <translation>Collwyd y cysylltiad â&apos;r gweinydd; mewngofnodwch eto.</translation>
    </message>
    <message>
        <source>Lost the server at %1 (%2). Reconnecting...</source>
        <translation>Collwyd y gweinydd yn %1 (%2). Yn ailgysylltu...</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>Wedi cysylltu â %1 yn %2.</translation>
    </message>
    <message>
        <source>Connected to %1; receiving the queue...</source>
        <translation>Wedi cysylltu â %1; yn derbyn y ciw...</translation>
    </message>
    <message>
        <source>snapshot part %1 arrived out of order</source>
        <translation>cyrhaeddodd rhan %1 o&apos;r ciplun allan o drefn</translation>
    </message>
    <message>
        <source>the snapshot could not be read</source>
        <translation>nid oedd modd darllen y ciplun</translation>
    </message>
    <message>
        <source>event %1 arrived after %2</source>
        <translation>cyrhaeddodd digwyddiad %1 ar ôl %2</translation>
    </message>
    <message>
        <source>event %1 (%2) could not be read</source>
        <translation>nid oedd modd darllen digwyddiad %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected to the server, so nothing was done. %1</source>
        <translation>Dim cysylltiad â&apos;r gweinydd, felly ni wnaed dim. %1</translation>
    </message>
    <message>
        <source>Not connected to the server. %1</source>
        <translation>Dim cysylltiad â&apos;r gweinydd. %1</translation>
    </message>
    <message>
        <source>The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.</source>
        <translation>Ni chadarnhaodd y gweinydd hyn mewn pryd. Gwiriwch y ciw cyn rhoi cynnig arall arni: efallai ei fod wedi digwydd, efallai ddim.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the report came. Try again.</source>
        <translation>Collwyd y cysylltiad â&apos;r gweinydd cyn i&apos;r adroddiad gyrraedd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The server did not send the report in time. Try again.</source>
        <translation>Ni anfonodd y gweinydd yr adroddiad mewn pryd. Ceisiwch eto.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the plan came. Try again.</source>
        <translation>Collwyd y cysylltiad â&apos;r gweinydd cyn i&apos;r cynllun gyrraedd. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The server did not send the plan in time. Try again.</source>
        <translation>Ni anfonodd y gweinydd y cynllun mewn pryd. Ceisiwch eto.</translation>
    </message>
    <message>
        <source>events arrived before the whole snapshot</source>
        <translation>cyrhaeddodd digwyddiadau cyn y ciplun cyfan</translation>
    </message>
</context>
<context>
    <name>tessera::BranchServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.</source>
        <translation>Methu gwrando ar %1 porth %2: %3. Oes tessera-server arall yn rhedeg? Dewiswch borth arall gyda --port.</translation>
    </message>
    <message>
        <source>No Hello within %1 ms.</source>
        <translation>Dim Hello o fewn %1 ms.</translation>
    </message>
    <message>
        <source>The first message must be Hello, not %1.</source>
        <translation>Rhaid i&apos;r neges gyntaf fod yn Hello, nid %1.</translation>
    </message>
    <message>
        <source>A station does not send %1 messages.</source>
        <translation>Nid yw gorsaf yn anfon negeseuon %1.</translation>
    </message>
    <message>
        <source>Hello was already said.</source>
        <translation>Mae Hello wedi&apos;i anfon eisoes.</translation>
    </message>
    <message>
        <source>This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.</source>
        <translation>Mae&apos;r gweinydd hwn yn siarad protocol %1 i %2; mae angen %3 i %4 ar yr orsaf. Diweddarwch yr un hynaf.</translation>
    </message>
    <message>
        <source>Hello has no stationId.</source>
        <translation>Does dim stationId yn Hello.</translation>
    </message>
    <message>
        <source>This server is branch %1; the station is set up for branch %2.</source>
        <translation>Gweinydd cangen %1 yw hwn; mae&apos;r orsaf wedi&apos;i gosod ar gyfer cangen %2.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation>Mae eich mewngofnodiad wedi dod i ben. Mewngofnodwch eto gyda&apos;ch cyfrinair.</translation>
    </message>
    <message>
        <source>Unknown name or wrong password.</source>
        <translation>Enw anhysbys neu gyfrinair anghywir.</translation>
    </message>
    <message>
        <source>Too many failed logins on this connection.</source>
        <translation>Gormod o ymdrechion mewngofnodi aflwyddiannus ar y cysylltiad hwn.</translation>
    </message>
    <message>
        <source>A command needs an id.</source>
        <translation>Mae angen id ar orchymyn.</translation>
    </message>
    <message>
        <source>The station fell too far behind (%1 bytes unsent); reconnect to catch up.</source>
        <translation>Mae&apos;r orsaf wedi mynd yn rhy bell ar ei hôl hi (%1 beit heb eu hanfon); ailgysylltwch i ddal i fyny.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>Mae&apos;r gweinydd yn cau.</translation>
    </message>
    <message>
        <source>Only a supervisor may see the daily report: log in as a supervisor.</source>
        <translation>Dim ond goruchwyliwr sy&apos;n cael gweld yr adroddiad dyddiol: mewngofnodwch fel goruchwyliwr.</translation>
    </message>
    <message>
        <source>The report needs a day.</source>
        <translation>Mae angen diwrnod ar yr adroddiad.</translation>
    </message>
    <message>
        <source>The station does not take the answer it asked for.</source>
        <translation>Nid yw&apos;r orsaf yn derbyn yr ateb a ofynnodd amdano.</translation>
    </message>
    <message>
        <source>Only a supervisor may see the staffing plan: log in as a supervisor.</source>
        <translation>Dim ond goruchwyliwr sy&apos;n cael gweld y cynllun staffio: mewngofnodwch fel goruchwyliwr.</translation>
    </message>
    <message>
        <source>The plan needs a day.</source>
        <translation>Mae angen diwrnod ar y cynllun.</translation>
    </message>
    <message>
        <source>The answer to %1 does not fit a frame.</source>
        <translation>Nid yw&apos;r ateb i %1 yn ffitio mewn ffrâm.</translation>
    </message>
    <message>
        <source>The web role is the server&apos;s own web front; a station says kiosk, teller, display, supervisor or tool.</source>
        <translation>Mae&apos;r rôl web yn perthyn i flaen gwe&apos;r gweinydd ei hun; mae gorsaf yn dweud kiosk, teller, display, supervisor neu tool.</translation>
    </message>
    <message>
        <source>Cannot watch the stations&apos; connections: the server is out of file descriptors.</source>
        <translation>Methu gwylio cysylltiadau&apos;r gorsafoedd: mae disgrifyddion ffeil y gweinydd wedi dod i ben.</translation>
    </message>
</context>
<context>
    <name>tessera::DiscoveryListener</name>
    <message>
        <source>Cannot listen for the server&apos;s announcements on UDP port %1: %2</source>
        <translation>Methu gwrando am gyhoeddiadau&apos;r gweinydd ar borth UDP %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::DocumentOutput</name>
    <message>
        <source>The printer %1 reported an error; nothing may have been printed.</source>
        <translation>Adroddodd yr argraffydd %1 wall; efallai na argraffwyd dim.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Anfonwyd %n tudalen i %1.</numerusform>
            <numerusform>Anfonwyd %n tudalen i %1.</numerusform>
            <numerusform>Anfonwyd %n tudalen i %1.</numerusform>
            <numerusform>Anfonwyd %n tudalen i %1.</numerusform>
            <numerusform>Anfonwyd %n o dudalennau i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tessera::EventHistory</name>
    <message>
        <source>event %1 is missing from the journal (found %2 next)</source>
        <translation>mae digwyddiad %1 ar goll o&apos;r dyddlyfr (daethpwyd o hyd i %2 nesaf)</translation>
    </message>
    <message>
        <source>event %1 (%2) cannot be read</source>
        <translation>methu darllen digwyddiad %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeLink</name>
    <message>
        <source>The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>Cronfa ddata PostgreSQL yw&apos;r brif swyddfa: rhowch hi fel postgresql://RÔL@GWESTEIWR/CRONFA?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office&apos;s CA certificate if it is not in ~/.postgresql/root.crt).</source>
        <translation>Mae&apos;r cysylltiad â&apos;r brif swyddfa yn croesi&apos;r WAN: rhaid i&apos;w URL ddweud sslmode=verify-full (gyda sslrootcert= tystysgrif CA y brif swyddfa os nad yw yn ~/.postgresql/root.crt).</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeView</name>
    <message>
        <source>The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.</source>
        <translation>Cronfa ddata PostgreSQL yw cronfa ddata&apos;r brif swyddfa: rhowch hi fel postgresql://DEFNYDDIWR@GWESTEIWR/CRONFA.</translation>
    </message>
    <message>
        <source>Cannot open the head office database %1: %2</source>
        <translation>Methu agor cronfa ddata&apos;r brif swyddfa %1: %2</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2 and this program reads schema %3: ask its administrator to run tessera-headoffice-admin init.</source>
        <translation>Mae cronfa ddata&apos;r brif swyddfa %1 ar sgema %2 ac mae&apos;r rhaglen hon yn darllen sgema %3: gofynnwch i&apos;w gweinyddwr redeg tessera-headoffice-admin init.</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2, newer than this program reads (%3): install the Tessera version of the head office.</source>
        <translation>Mae cronfa ddata&apos;r brif swyddfa %1 ar sgema %2, yn fwy newydd nag y mae&apos;r rhaglen hon yn ei ddarllen (%3): gosodwch fersiwn Tessera y brif swyddfa.</translation>
    </message>
    <message>
        <source>Cannot follow the head office database %1: %2</source>
        <translation>Methu dilyn cronfa ddata&apos;r brif swyddfa %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>Methu darllen y canghennau: %1</translation>
    </message>
    <message>
        <source>Cannot read the daily figures: %1</source>
        <translation>Methu darllen y ffigurau dyddiol: %1</translation>
    </message>
    <message>
        <source>The daily figures in the head office database cannot be read: ask its administrator to run tessera-headoffice-admin rebuild.</source>
        <translation>Ni ellir darllen y ffigurau dyddiol yng nghronfa ddata&apos;r brif swyddfa: gofynnwch i&apos;w gweinyddwr redeg tessera-headoffice-admin rebuild.</translation>
    </message>
</context>
<context>
    <name>tessera::MessageCodec</name>
    <message>
        <source>The message has no &quot;msg&quot; type name.</source>
        <translation>Does dim enw math &quot;msg&quot; yn y neges.</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>Math o neges anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 message has a wrong value in &quot;%2&quot;.</source>
        <translation>Mae gwerth anghywir yn &quot;%2&quot; yn y neges %1.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Gorchymyn anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 command has a wrong value in &quot;%2&quot;.</source>
        <translation>Mae gwerth anghywir yn &quot;%2&quot; yn y gorchymyn %1.</translation>
    </message>
</context>
<context>
    <name>tessera::NewTicketWait</name>
    <message>
        <source>less than a minute</source>
        <translation>llai na munud</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>hyd at %1 mun</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 mun</translation>
    </message>
</context>
<context>
    <name>tessera::PeriodCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>Methu creu&apos;r cyfeiriadur %1 ar gyfer y ffeiliau CSV.</translation>
    </message>
</context>
<context>
    <name>tessera::PlanCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV file.</source>
        <translation>Methu creu&apos;r cyfeiriadur %1 ar gyfer y ffeil CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::PlanSource</name>
    <message>
        <source>The plan needs a day.</source>
        <translation>Mae angen diwrnod ar y cynllun.</translation>
    </message>
</context>
<context>
    <name>tessera::ReportCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>Methu creu&apos;r cyfeiriadur %1 ar gyfer y ffeiliau CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ReportSource</name>
    <message>
        <source>The journal %1 is empty: the branch has not run yet.</source>
        <translation>Mae&apos;r dyddlyfr %1 yn wag: nid yw&apos;r gangen wedi rhedeg eto.</translation>
    </message>
    <message>
        <source>The journal starts on %1; there are no figures for %2.</source>
        <translation>Mae&apos;r dyddlyfr yn dechrau ar %1; does dim ffigurau ar gyfer %2.</translation>
    </message>
    <message>
        <source>The business day %1 has not begun yet.</source>
        <translation>Nid yw&apos;r diwrnod busnes %1 wedi dechrau eto.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>Methu darllen y dyddlyfr %1: %2</translation>
    </message>
    <message>
        <source>The journal %1 holds no branch configuration.</source>
        <translation>Does dim cyfluniad cangen yn y dyddlyfr %1.</translation>
    </message>
    <message>
        <source>The journal has nothing for %1: the server was not running that day.</source>
        <translation>Nid oes dim yn y dyddlyfr ar gyfer %1: nid oedd y gweinydd yn rhedeg y diwrnod hwnnw.</translation>
    </message>
</context>
<context>
    <name>tessera::StationSetup</name>
    <message>
        <source>kiosk</source>
        <translation>ciosg</translation>
    </message>
    <message>
        <source>teller&apos;s workstation</source>
        <translation>gweithfan ariannwr</translation>
    </message>
    <message>
        <source>lobby display</source>
        <translation>sgrin y cyntedd</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>teclyn</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Gwirio a chadw</translation>
    </message>
    <message>
        <source>Set up this %1</source>
        <translation>Gosod yr orsaf hon: %1</translation>
    </message>
    <message>
        <source>This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.</source>
        <translation>Nid yw&apos;r cyfrifiadur hwn wedi&apos;i osod eto. Rhowch allwedd y gangen (ar gyfrifiadur y gweinydd: tessera-server key) a&apos;r hyn sydd ei angen ar yr orsaf hon (%1). Mae Tessera yn gwirio&apos;r cyfan gyda gweinydd y gangen cyn cadw.</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, spaces allowed</source>
        <translation>64 digid hecsadegol, caniateir bylchau</translation>
    </message>
    <message>
        <source>only where the LAN blocks discovery, e.g. 192.168.1.10:47010</source>
        <translation>dim ond os yw&apos;r rhwydwaith lleol yn rhwystro canfod, e.e. 192.168.1.10:47010</translation>
    </message>
    <message>
        <source>Branch key:</source>
        <translation>Allwedd y gangen:</translation>
    </message>
    <message>
        <source>Servers found:</source>
        <translation>Gweinyddion a ganfuwyd:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Cyfeiriad y gweinydd:</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>Enw&apos;r orsaf:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Iaith:</translation>
    </message>
    <message>
        <source>No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.</source>
        <translation>Nid atebodd unrhyw weinydd o&apos;r gangen hon i&apos;r allwedd hon. Gwiriwch yr allwedd a bod y gweinydd yn rhedeg, ac os yw&apos;r rhwydwaith lleol yn rhwystro canfod, teipiwch ei gyfeiriad.</translation>
    </message>
    <message>
        <source>The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)</source>
        <translation>Ni dderbyniodd y gweinydd yr orsaf hon o fewn %1 eiliad: gwiriwch yr allwedd (mae&apos;r gweinydd yn ei dangos gyda tessera-server key) a&apos;r cyfeiriad. (%2)</translation>
    </message>
    <message>
        <source>Enter the branch key: the servers of the branch then show here by themselves.</source>
        <translation>Rhowch allwedd y gangen: yna bydd gweinyddion y gangen yn ymddangos yma ohonynt eu hunain.</translation>
    </message>
    <message>
        <source>Cannot listen for servers on the LAN (%1); type the server&apos;s address.</source>
        <translation>Methu gwrando am weinyddion ar y rhwydwaith lleol (%1); teipiwch gyfeiriad y gweinydd.</translation>
    </message>
    <message>
        <source>Looking for the branch&apos;s servers…</source>
        <translation>Yn chwilio am weinyddion y gangen…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3:%4</source>
        <translation>%1 (%2) yn %3:%4</translation>
    </message>
    <message>
        <source>Found the branch&apos;s server. Fill in the rest and press Check and save.</source>
        <translation>Daethpwyd o hyd i weinydd y gangen. Llenwch y gweddill a phwyswch &quot;Gwirio a chadw&quot;.</translation>
    </message>
    <message>
        <source>The branch key is not right: %1</source>
        <translation>Nid yw allwedd y gangen yn gywir: %1</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Cyfeiriad y gweinydd: %1</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>Yn cysylltu â gweinydd y gangen…</translation>
    </message>
    <message>
        <source>The server refused this station: %1</source>
        <translation>Gwrthododd y gweinydd yr orsaf hon: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Methu creu&apos;r ffolder ar gyfer %1.</translation>
    </message>
    <message>
        <source>all; or a zone such as 1, 2, 3</source>
        <translation>pob un; neu ardal, fel 1, 2, 3</translation>
    </message>
    <message>
        <source>all; or service ids such as cash, loans</source>
        <translation>pob un; neu id gwasanaethau, fel cash, loans</translation>
    </message>
    <message>
        <source>Counters shown:</source>
        <translation>Cownteri a ddangosir:</translation>
    </message>
    <message>
        <source>Services shown:</source>
        <translation>Gwasanaethau a ddangosir:</translation>
    </message>
    <message>
        <source>The branch has no counter &quot;%1&quot;.</source>
        <translation>Does dim cownter &quot;%1&quot; yn y gangen.</translation>
    </message>
    <message>
        <source>The branch has no service &quot;%1&quot;.</source>
        <translation>Does dim gwasanaeth &quot;%1&quot; yn y gangen.</translation>
    </message>
    <message>
        <source>No printer: the number on screen only</source>
        <translation>Dim argraffydd: y rhif ar y sgrin yn unig</translation>
    </message>
    <message>
        <source>Ticket printer:</source>
        <translation>Argraffydd tocynnau:</translation>
    </message>
    <message>
        <source>The teller chooses the counter when logging in</source>
        <translation>Mae&apos;r ariannwr yn dewis y cownter wrth fewngofnodi</translation>
    </message>
    <message>
        <source>The supervisor&apos;s PC (branch overview and daily report)</source>
        <translation>Cyfrifiadur y goruchwyliwr (trosolwg o&apos;r gangen ac adroddiad dyddiol)</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Cownter:</translation>
    </message>
    <message>
        <source>The branch has no counter %1; its counters are %2.</source>
        <translation>Does dim cownter %1 yn y gangen; ei chownteri yw %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: check that this user may write there.</source>
        <translation>Ni ellir ysgrifennu %1: gwiriwch fod gan y defnyddiwr hwn hawl i ysgrifennu yno.</translation>
    </message>
</context>
<context>
    <name>tessera::WebServer</name>
    <message>
        <source>Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.</source>
        <translation>Methu gwrando am dudalennau gwe ar %1 porth %2: %3. Dewiswch borth arall gyda --web-port.</translation>
    </message>
    <message>
        <source>Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.</source>
        <translation>Methu gwrando am HTTP plaen ar %1 porth %2: %3. Dewiswch borth arall gyda --web-http-port.</translation>
    </message>
    <message>
        <source>Cannot watch the web pages&apos; connections: the server is out of file descriptors.</source>
        <translation>Methu gwylio cysylltiadau&apos;r tudalennau gwe: mae disgrifyddion ffeil y gweinydd wedi dod i ben.</translation>
    </message>
</context>
<context>
    <name>tessera::display::Announcer</name>
    <message>
        <source>Sound: a part of the announcement did not finish playing; check the speakers.</source>
        <translation>Sain: ni orffennodd rhan o&apos;r cyhoeddiad chwarae; gwiriwch y seinyddion.</translation>
    </message>
    <message>
        <source>Voice pack %1 has no recording for: %2</source>
        <translation>Does dim recordiad yn y pecyn llais %1 ar gyfer: %2</translation>
    </message>
    <message>
        <source>Sound: there is no audio output; calls are shown but not announced.</source>
        <translation>Sain: does dim allbwn sain; mae galwadau&apos;n cael eu dangos ond nid eu cyhoeddi.</translation>
    </message>
    <message>
        <source>Sound: the audio output could not be opened (error %1).</source>
        <translation>Sain: nid oedd modd agor yr allbwn sain (gwall %1).</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Sain:</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer failed: %2</source>
        <translation>Lleferydd: methodd y syntheseisydd &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer is not working: %2</source>
        <translation>Lleferydd: nid yw&apos;r syntheseisydd &quot;%1&quot; yn gweithio: %2</translation>
    </message>
</context>
<context>
    <name>tessera::display::DisplayWindow</name>
    <message>
        <source>Tessera display</source>
        <translation>Sgrin Tessera</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Cownter %1</translation>
    </message>
    <message>
        <source>Not connected. Calls will appear here again as soon as the connection is back.</source>
        <translation>Dim cysylltiad. Bydd y galwadau&apos;n ymddangos yma eto cyn gynted ag y bydd y cysylltiad yn ôl.</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Galwyd eto</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Yn galw nawr</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Galwadau diweddar</translation>
    </message>
    <message>
        <source>Recent calls (may be out of date)</source>
        <translation>Galwadau diweddar (efallai&apos;n hen)</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1: %2 yn aros</translation>
    </message>
    <message>
        <source>%1: %2 waiting, new tickets %3</source>
        <translation>%1: %2 yn aros, tocynnau newydd %3</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchDetailDialog</name>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Aros hiraf</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Cownter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Ariannwr</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tocyn</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Wedi&apos;u gweini heddiw</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Cownteri</translation>
    </message>
    <message>
        <source>Stations offline: %1</source>
        <translation>Gorsafoedd all-lein: %1</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchTableModel</name>
    <message>
        <source>Branch</source>
        <translation>Cangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Waiting by service</source>
        <translation>Yn aros fesul gwasanaeth</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Aros hiraf</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Wedi&apos;u gweini heddiw</translation>
    </message>
    <message>
        <source>Within target today</source>
        <translation>O fewn y targed heddiw</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>Cownteri ar agor</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>Methiannau argraffu heddiw</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 awr %2 mun</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Wedi gwrthod</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Heb gysylltu eto</translation>
    </message>
    <message>
        <source>Online, catching up</source>
        <translation>Ar-lein, yn dal i fyny</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>All-lein ers %1</translation>
    </message>
    <message>
        <source>refused by the head office: %1</source>
        <translation>wedi&apos;i gwrthod gan y brif swyddfa: %1</translation>
    </message>
    <message>
        <source>offline for %1</source>
        <translation>all-lein ers %1</translation>
    </message>
    <message>
        <source>the kiosk could not print the last ticket (%1)</source>
        <translation>ni allai&apos;r ciosg argraffu&apos;r tocyn olaf (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>llai na munud</translation>
    </message>
    <message>
        <source>%1 waiting %2, target %3</source>
        <translation>%1 yn aros %2, targed %3</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more service(s) past target)</source>
        <translation>
            <numerusform> (a %n gwasanaeth arall dros y targed)</numerusform>
            <numerusform> (a %n gwasanaeth arall dros y targed)</numerusform>
            <numerusform> (a %n gwasanaeth arall dros y targed)</numerusform>
            <numerusform> (a %n gwasanaeth arall dros y targed)</numerusform>
            <numerusform> (a %n gwasanaeth arall dros y targed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stations offline</source>
        <translation>Gorsafoedd all-lein</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::HeadOfficeWindow</name>
    <message>
        <source>Live from %1; last change %2</source>
        <translation>Yn fyw o %1; newid olaf %2</translation>
    </message>
    <message>
        <source>The connection to the head office is lost; trying again. %1</source>
        <translation>Collwyd y cysylltiad â&apos;r brif swyddfa; yn ceisio eto. %1</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Prif swyddfa Tessera</translation>
    </message>
    <message>
        <source>Period report…</source>
        <translation>Adroddiad cyfnod…</translation>
    </message>
    <message>
        <source>Say which head office database to watch: tessera-headoffice &apos;postgresql://...&apos; (the administrator&apos;s tessera-headoffice-admin add-viewer prints it).</source>
        <translation>Dywedwch pa gronfa ddata&apos;r brif swyddfa i&apos;w gwylio: tessera-headoffice &apos;postgresql://...&apos; (mae tessera-headoffice-admin add-viewer y gweinyddwr yn ei argraffu).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more branch(es) with alarms</source>
        <translation>
            <numerusform>…a %n cangen arall â larymau</numerusform>
            <numerusform>…a %n cangen arall â larymau</numerusform>
            <numerusform>…a %n cangen arall â larymau</numerusform>
            <numerusform>…a %n cangen arall â larymau</numerusform>
            <numerusform>…a %n cangen arall â larymau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::PeriodReportDialog</name>
    <message>
        <source>Period report</source>
        <translation>Adroddiad cyfnod</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Pob un</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim un</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Gwneud yr adroddiad</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Canghennau</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>To</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Cadw fel CSV…</translation>
    </message>
    <message>
        <source>Tick at least one branch.</source>
        <translation>Ticiwch o leiaf un gangen.</translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation>Mae&apos;r diwrnod cyntaf ar ôl yr olaf: cyfnewidiwch nhw.</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) with figures; made in %1 s.</source>
        <translation>
            <numerusform>%n gangen â ffigurau; gwnaed mewn %1 e.</numerusform>
            <numerusform>%n gangen â ffigurau; gwnaed mewn %1 e.</numerusform>
            <numerusform>%n gangen â ffigurau; gwnaed mewn %1 e.</numerusform>
            <numerusform>%n changen â ffigurau; gwnaed mewn %1 e.</numerusform>
            <numerusform>%n cangen â ffigurau; gwnaed mewn %1 e.</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>Nid oes gan unrhyw gangen ffigurau ar gyfer y dyddiau hyn.</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>Cadw&apos;r adroddiad cyfnod</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>Cadw tablau&apos;r adroddiad yn</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::CheckInScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>Cofrestrwch ar gyfer eich apwyntiad</translation>
    </message>
    <message>
        <source>Enter the %1-digit code from your booking confirmation.</source>
        <translation>Rhowch y cod %1 digid o gadarnhad eich archeb.</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Dileu&apos;r digid olaf</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Cofrestru</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Code entered: %1</source>
        <translation>Cod a roddwyd: %1</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::KioskWindow</name>
    <message>
        <source>Tessera kiosk</source>
        <translation>Ciosg Tessera</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Allan o wasanaeth</translation>
    </message>
    <message>
        <source>This kiosk cannot issue tickets right now. Please ask a member of staff for help.</source>
        <translation>Ni all y ciosg hwn roi tocynnau ar hyn o bryd. Gofynnwch i aelod o staff am help.</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>Mae&apos;n ddrwg gennym, ni roddwyd tocyn</translation>
    </message>
    <message>
        <source>Please try again, or ask a member of staff for help.</source>
        <translation>Rhowch gynnig arall arni, neu gofynnwch i aelod o staff am help.</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service have been given out. Please ask a member of staff.</source>
        <translation>Mae holl rifau heddiw ar gyfer y gwasanaeth hwn wedi&apos;u rhoi. Gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>No tickets can be taken for this service now. Please come back when it is open.</source>
        <translation>Ni ellir cymryd tocynnau ar gyfer y gwasanaeth hwn nawr. Dewch yn ôl pan fydd ar agor.</translation>
    </message>
    <message>
        <source>You could not be checked in</source>
        <translation>Nid oedd modd eich cofrestru</translation>
    </message>
    <message>
        <source>You are early: your appointment is at %1. You can check in from %2.</source>
        <translation>Rydych yn gynnar: mae eich apwyntiad am %1. Gallwch gofrestru o %2.</translation>
    </message>
    <message>
        <source>You are early. Please check in closer to your appointment time.</source>
        <translation>Rydych yn gynnar. Cofrestrwch yn nes at amser eich apwyntiad.</translation>
    </message>
    <message>
        <source>The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.</source>
        <translation>Mae&apos;r amser i gofrestru ar gyfer yr apwyntiad hwn wedi mynd heibio. Cymerwch docyn ar y sgrin gychwyn, neu gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>This code has already been used. Your number is %1.</source>
        <translation>Mae&apos;r cod hwn wedi&apos;i ddefnyddio eisoes. Eich rhif yw %1.</translation>
    </message>
    <message>
        <source>This code has already been used. Please ask a member of staff.</source>
        <translation>Mae&apos;r cod hwn wedi&apos;i ddefnyddio eisoes. Gofynnwch i aelod o staff.</translation>
    </message>
    <message>
        <source>We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.</source>
        <translation>Ni allwn ddod o hyd i&apos;r cod %1. Gwiriwch y cod yng nghadarnhad eich archeb a rhowch gynnig arall arni, neu cymerwch docyn ar y sgrin gychwyn.</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::NoticeScreen</name>
    <message>
        <source>Back to the start</source>
        <translation>Yn ôl i&apos;r dechrau</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::PriorityScreen</name>
    <message>
        <source>I am 65 or older</source>
        <translation>Rwy&apos;n 65 oed neu&apos;n hŷn</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>Rwy’n feichiog</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>Mae gen i anabledd</translation>
    </message>
    <message>
        <source>Do you need to be served first?</source>
        <translation>Oes angen i chi gael eich gweld yn gyntaf?</translation>
    </message>
    <message>
        <source>No, a standard ticket</source>
        <translation>Na, tocyn arferol</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::StartScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Touch the service you need to take a ticket.</source>
        <translation>Cyffyrddwch â&apos;r gwasanaeth sydd ei angen arnoch i gael tocyn.</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>Mae gen i apwyntiad</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>Eich rhif</translation>
    </message>
    <message>
        <source>Your number is %1</source>
        <translation>Eich rhif yw %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Pobl o&apos;ch blaen: %1</translation>
    </message>
    <message>
        <source>We will call you as soon as a counter opens.</source>
        <translation>Byddwn yn eich galw cyn gynted ag y bydd cownter yn agor.</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>Cymerwch eich tocyn isod.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.</source>
        <translation>Nid oedd modd argraffu&apos;r tocyn. Cofiwch eich rhif: %1. Mae eich lle yn y ciw yn cael ei gadw.</translation>
    </message>
    <message>
        <source>Please remember your number. It will be shown on the screens when it is your turn.</source>
        <translation>Cofiwch eich rhif. Bydd yn ymddangos ar y sgriniau pan ddaw eich tro.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Yn argraffu eich tocyn…</translation>
    </message>
    <message>
        <source>QR code of your ticket&apos;s page</source>
        <translation>Cod QR tudalen eich tocyn</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone. You can also leave the queue there.</source>
        <translation>Sganiwch y cod i ddilyn eich tro ar eich ffôn. Gallwch hefyd adael y ciw yno.</translation>
    </message>
</context>
<context>
    <name>tessera::report::HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>Cymedr aros (mun)</translation>
    </message>
</context>
<context>
    <name>tessera::report::PdfFile</name>
    <message>
        <source>Cannot create the directory %1 for the PDF.</source>
        <translation>Methu creu&apos;r cyfeiriadur %1 ar gyfer y PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Methu ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::report::PeriodDocument</name>
    <message>
        <source>Branches from %1 to %2</source>
        <translation>Canghennau o %1 i %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Cangen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dyddiau</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wedi&apos;u rhoi</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Wedi&apos;u gweini</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Heb ddod</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Cymedr aros</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% wedi aros hyd at</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>O fewn y targed</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Cymedr gweini</translation>
    </message>
    <message>
        <source>(day running)</source>
        <translation>(y diwrnod heb orffen)</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Pob cangen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Ariannwr</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ar agor</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Cyfradd defnyddio</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Prif swyddfa Tessera</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, argraffwyd %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es), business days from %1 to %2</source>
        <translation>
            <numerusform>%n cangen, diwrnodau busnes o %1 i %2</numerusform>
            <numerusform>%n gangen, diwrnodau busnes o %1 i %2</numerusform>
            <numerusform>%n gangen, diwrnodau busnes o %1 i %2</numerusform>
            <numerusform>%n changen, diwrnodau busnes o %1 i %2</numerusform>
            <numerusform>%n cangen, diwrnodau busnes o %1 i %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>Nid oes gan unrhyw gangen ffigurau ar gyfer y dyddiau hyn.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Sut mae&apos;r ffigurau hyn yn cael eu cyfrif</translation>
    </message>
    <message>
        <source>A period&apos;s counts add up its business days. Its average, its 90th percentile and its share within target are of every wait in the period, not of the daily figures.</source>
        <translation>Mae cyfrifon cyfnod yn adio ei ddiwrnodau busnes. Mae ei gymedr, ei 90fed canradd a&apos;i gyfran o fewn y targed yn deillio o bob arhosiad yn y cyfnod, nid o&apos;r ffigurau dyddiol.</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>Ni ellir tynnu ar yr argraffydd na&apos;r ffeil PDF.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>Nid oedd modd gorffen yr adroddiad ar yr argraffydd nac yn y ffeil PDF.</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Sgôr (nifer)</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanChart</name>
    <message>
        <source>Customers expected</source>
        <translation>Cwsmeriaid a ddisgwylir</translation>
    </message>
    <message>
        <source>Counters advised</source>
        <translation>Cownteri a argymhellir</translation>
    </message>
    <message>
        <source>Counters open a week before</source>
        <translation>Cownteri ar agor wythnos ynghynt</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanDocument</name>
    <message>
        <source>Staffing plan: %1</source>
        <translation>Cynllun staffio: %1</translation>
    </message>
    <message>
        <source>There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch&apos;s first day.</source>
        <translation>Nid oes digon o hanes i ragweld y diwrnod hwn: nid oes diwrnod cynharach gyda chwsmeriaid yn y dyddlyfr. Bydd y cynllun ar gael ar ôl diwrnod cyntaf y gangen.</translation>
    </message>
    <message>
        <source>No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.</source>
        <translation>Ni ddisgwylir unrhyw gwsmeriaid: ni ddaeth neb ar y dydd hwn o&apos;r wythnos yn yr wythnosau diwethaf, felly cymerir bod y gangen ar gau.</translation>
    </message>
    <message>
        <source>Customers expected</source>
        <translation>Cwsmeriaid a ddisgwylir</translation>
    </message>
    <message>
        <source>Most counters advised</source>
        <translation>Uchafswm cownteri a argymhellir</translation>
    </message>
    <message>
        <source>Counter hours advised</source>
        <translation>Oriau cownter a argymhellir</translation>
    </message>
    <message>
        <source>Counter hours open a week before</source>
        <translation>Oriau cownter ar agor wythnos ynghynt</translation>
    </message>
    <message>
        <source>How the advice is worked out</source>
        <translation>Sut mae&apos;r cyngor yn cael ei gyfrifo</translation>
    </message>
    <message numerus="yes">
        <source>Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.</source>
        <translation>
            <numerusform>Rhagolwg o&apos;r %n diwrnod o hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod cynharach ar y dydd hwn o&apos;r wythnos eto, felly ystyriwch ef yn ganllaw bras.</numerusform>
            <numerusform>Rhagolwg o&apos;r %n diwrnod o hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod cynharach ar y dydd hwn o&apos;r wythnos eto, felly ystyriwch ef yn ganllaw bras.</numerusform>
            <numerusform>Rhagolwg o&apos;r %n diwrnod o hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod cynharach ar y dydd hwn o&apos;r wythnos eto, felly ystyriwch ef yn ganllaw bras.</numerusform>
            <numerusform>Rhagolwg o&apos;r %n diwrnod o hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod cynharach ar y dydd hwn o&apos;r wythnos eto, felly ystyriwch ef yn ganllaw bras.</numerusform>
            <numerusform>Rhagolwg o&apos;r %n o ddiwrnodau hanes sydd ar gael, pob un yn cyfrif yr un fath: nid oes diwrnod cynharach ar y dydd hwn o&apos;r wythnos eto, felly ystyriwch ef yn ganllaw bras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.</source>
        <translation>
            <numerusform>Rhagolwg o&apos;r dydd hwn o&apos;r wythnos yn ystod y %n wythnos ddiwethaf, gyda&apos;r wythnosau diweddaraf yn pwyso mwy, wedi&apos;i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o gwsmeriaid.</numerusform>
            <numerusform>Rhagolwg o&apos;r dydd hwn o&apos;r wythnos yn ystod y %n wythnos ddiwethaf, gyda&apos;r wythnosau diweddaraf yn pwyso mwy, wedi&apos;i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o gwsmeriaid.</numerusform>
            <numerusform>Rhagolwg o&apos;r dydd hwn o&apos;r wythnos yn ystod y %n wythnos ddiwethaf, gyda&apos;r wythnosau diweddaraf yn pwyso mwy, wedi&apos;i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o gwsmeriaid.</numerusform>
            <numerusform>Rhagolwg o&apos;r dydd hwn o&apos;r wythnos yn ystod y %n wythnos ddiwethaf, gyda&apos;r wythnosau diweddaraf yn pwyso mwy, wedi&apos;i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o gwsmeriaid.</numerusform>
            <numerusform>Rhagolwg o&apos;r dydd hwn o&apos;r wythnos yn ystod y %n o wythnosau diwethaf, gyda&apos;r wythnosau diweddaraf yn pwyso mwy, wedi&apos;i wasgaru dros y diwrnod fel ar %1 diwrnod blaenorol â nifer tebyg o gwsmeriaid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counters advised: the fewest with which %1 of customers are called within their service&apos;s target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.</source>
        <translation>Cownteri a argymhellir: y nifer lleiaf sy&apos;n sicrhau bod %1 o gwsmeriaid yn cael eu galw o fewn amser aros targed eu gwasanaeth, yn ôl Erlang A: cwsmeriaid yn cyrraedd ar hap ar y gyfradd a ragwelir, yr amseroedd gweini a ddysgwyd, a chwsmeriaid sy&apos;n rhoi&apos;r gorau iddi ar ôl yr amynedd a ddangosir yn y dyddlyfr. Rhoddir Erlang C, sy&apos;n tybio nad oes neb yn rhoi&apos;r gorau iddi, wrth ei ochr, ac mae&apos;n gofyn am gymaint neu ragor.</translation>
    </message>
    <message>
        <source>The branch&apos;s counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service&apos;s work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.</source>
        <translation>Mae cownteri&apos;r gangen yn gwasanaethu sawl gwasanaeth, felly mae&apos;r cyngor ar gyfer pob un gyda&apos;i gilydd, ar amser gweini cymedrig y cymysgedd a&apos;r targed llymaf yn eu plith. Mae&apos;r golofn olaf yn ei rannu yn ôl gwaith pob gwasanaeth (cwsmeriaid wedi&apos;u lluosi ag amser gweini): mae angen mwy o gownteri os cânt eu cadw ar gyfer un gwasanaeth yn unig, gan na all ciwiau ar wahân helpu ei gilydd.</translation>
    </message>
    <message>
        <source>Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.</source>
        <translation>Cyfartaleddir y cownteri a oedd ar agor wythnos ynghynt dros bob hanner awr: mae cownter a oedd ar agor am 15 o&apos;i 30 munud yn cyfrif fel hanner.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Amser gweini</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Argymhellir</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Yn cyflawni</translation>
    </message>
    <message>
        <source>Open a week before</source>
        <translation>Ar agor wythnos ynghynt</translation>
    </message>
    <message>
        <source>Shared out</source>
        <translation>Fesul gwasanaeth</translation>
    </message>
    <message>
        <source>Staffing plan, %1</source>
        <translation>Cynllun staffio, %1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, argraffwyd %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>Ni ellir tynnu ar yr argraffydd na&apos;r ffeil PDF.</translation>
    </message>
    <message>
        <source>The plan could not be finished on the printer or in the PDF file.</source>
        <translation>Nid oedd modd gorffen y cynllun ar yr argraffydd nac yn y ffeil PDF.</translation>
    </message>
    <message>
        <source>Staffing plan: %1, %2</source>
        <translation>Cynllun staffio: %1, %2</translation>
    </message>
</context>
<context>
    <name>tessera::report::ReportDocument</name>
    <message>
        <source>Daily report: %1</source>
        <translation>Adroddiad dyddiol: %1</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tocynnau a roddwyd</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Wedi&apos;u gweini</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Heb ddod</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Cymedr aros</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Wedi&apos;u galw o fewn y targed</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Cymedr gweini</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Cownteri</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Cownter</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>Arianwyr</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Ariannwr</translation>
    </message>
    <message>
        <source>Business day from %1 to %2 (%3)</source>
        <translation>Diwrnod busnes o %1 i %2 (%3)</translation>
    </message>
    <message>
        <source>The day is not over: figures up to %1.</source>
        <translation>Nid yw&apos;r diwrnod ar ben: ffigurau hyd at %1.</translation>
    </message>
    <message>
        <source>Customers by service</source>
        <translation>Cwsmeriaid fesul gwasanaeth</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wedi&apos;u rhoi</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Heb ddod</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;u canslo</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Trosglwyddo i mewn</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Trosglwyddo allan</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Yn aros o hyd</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Pob gwasanaeth</translation>
    </message>
    <message>
        <source>Waiting and service times</source>
        <translation>Amseroedd aros a gweini</translation>
    </message>
    <message>
        <source>Times in minutes and seconds. Waits are to the first call; the target is the service&apos;s own.</source>
        <translation>Amseroedd mewn munudau ac eiliadau. Mae&apos;r aros hyd at yr alwad gyntaf; targed y gwasanaeth ei hun yw&apos;r targed.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Canolrif aros</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% wedi aros hyd at</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Aros hiraf</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>O fewn y targed</translation>
    </message>
    <message>
        <source>Median service</source>
        <translation>Canolrif gweini</translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation>Fesul awr</translation>
    </message>
    <message>
        <source>No customers this day.</source>
        <translation>Dim cwsmeriaid y diwrnod hwn.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Awr</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <source>Longest line</source>
        <translation>Ciw hiraf</translation>
    </message>
    <message>
        <source>Nobody worked this day.</source>
        <translation>Ni weithiodd neb y diwrnod hwn.</translation>
    </message>
    <message>
        <source>Open (h:mm)</source>
        <translation>Ar agor (h:mm)</translation>
    </message>
    <message>
        <source>Paused (h:mm)</source>
        <translation>Wedi oedi (h:mm)</translation>
    </message>
    <message>
        <source>Serving (h:mm)</source>
        <translation>Gweini (h:mm)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Cyfradd defnyddio</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Apwyntiadau</translation>
    </message>
    <message>
        <source>Booked for this day</source>
        <translation>Wedi&apos;u trefnu ar gyfer y diwrnod</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Wedi cofrestru</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>Wait estimates</source>
        <translation>Amcangyfrifon aros</translation>
    </message>
    <message>
        <source>Tickets compared</source>
        <translation>Tocynnau a gymharwyd</translation>
    </message>
    <message>
        <source>Waits ran longer, on average, by</source>
        <translation>Roedd yr aros yn hirach, ar gyfartaledd, o</translation>
    </message>
    <message>
        <source>Waits ran shorter, on average, by</source>
        <translation>Roedd yr aros yn fyrrach, ar gyfartaledd, o</translation>
    </message>
    <message>
        <source>Mean error either way</source>
        <translation>Gwall cymedrig, y naill ffordd neu&apos;r llall</translation>
    </message>
    <message>
        <source>Waited longer than the ticket said</source>
        <translation>Wedi aros yn hirach na&apos;r hyn oedd ar y tocyn</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Sut mae&apos;r ffigurau hyn yn cael eu cyfrif</translation>
    </message>
    <message>
        <source>A wait runs from the moment a ticket joins a service&apos;s line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket&apos;s second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.</source>
        <translation>Mae aros yn rhedeg o&apos;r eiliad y mae tocyn yn ymuno â chiw gwasanaeth (wedi&apos;i roi, neu wedi&apos;i drosglwyddo iddo) hyd at yr alwad gyntaf yno; nid yw galw eto yn ei ailddechrau. Mae ail aros tocyn a drosglwyddwyd yn cyfrif yn y gwasanaeth y trosglwyddwyd ef iddo. Does dim aros i docynnau a ganslwyd neu na chawsant eu galw erioed.</translation>
    </message>
    <message>
        <source>Within target: called within the service&apos;s target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).</source>
        <translation>O fewn y targed: wedi&apos;u galw o fewn amser aros targed y gwasanaeth. Canolrif nifer eilrif o arosiadau yw cymedr y ddau yn y canol; ‘90% wedi aros hyd at’ yw&apos;r 90fed canradd (rheng agosaf).</translation>
    </message>
    <message>
        <source>Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.</source>
        <translation>Mae amser gweini&apos;n rhedeg o ddechrau&apos;r gwasanaeth (neu o&apos;r alwad, pan gafodd y tocyn ei orffen heb ei ddechrau) hyd at ei orffen; mae pob gorffen yn cyfrif fel wedi&apos;i weini, beth bynnag fo&apos;r canlyniad.</translation>
    </message>
    <message>
        <source>Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.</source>
        <translation>Mae amser ar agor yn rhedeg o agor cownter hyd at ei gau, gan gynnwys cyfnodau oedi. Mae amser gweini hefyd yn cyfrif cwsmer a drosglwyddwyd i rywle arall, hyd at y trosglwyddo. Cyfradd defnyddio yw amser gweini wedi&apos;i rannu â&apos;r amser ar agor heb y cyfnodau oedi.</translation>
    </message>
    <message>
        <source>Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.</source>
        <translation>Mae&apos;r amcangyfrifon yn cymharu&apos;r aros a argraffwyd ar docyn â&apos;i aros hyd at yr alwad gyntaf, ar gyfer tocynnau a roddwyd gydag amcangyfrif ac a alwyd cyn unrhyw drosglwyddo. Y ciw hiraf yw&apos;r nifer fwyaf o docynnau a oedd yn aros ar yr un pryd yn y gangen gyfan.</translation>
    </message>
    <message>
        <source>Daily report, %1</source>
        <translation>Adroddiad dyddiol, %1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, argraffwyd %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Daily report: %1, %2</source>
        <translation>Adroddiad dyddiol: %1, %2</translation>
    </message>
    <message>
        <source>Every event counts on the business day the server filed it under, from one rollover to the next, in the branch&apos;s time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.</source>
        <translation>Mae pob digwyddiad yn cyfrif ar y diwrnod busnes y cofnododd y gweinydd ef arno, o un newid diwrnod i&apos;r nesaf, yng nghylchfa amser y gangen; caiff tocynnau sy&apos;n dal i aros adeg y newid eu canslo, a&apos;u cyfrif, ar y diwrnod a ddaeth i ben.</translation>
    </message>
    <message>
        <source>A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.</source>
        <translation>Mae cownter a adawyd ar agor dros nos yn cyfrif fel un ar agor nes ei gau; nid yw galw cwsmer nad yw&apos;n dod yn amser gweini. Mae apwyntiad na chofrestrwyd ar ei gyfer erbyn diwedd ei gyfnod gras yn cyfrif fel un wedi dod i ben.</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>Ni ellir tynnu ar yr argraffydd na&apos;r ffeil PDF.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>Nid oedd modd gorffen yr adroddiad ar yr argraffydd nac yn y ffeil PDF.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Rhagolwg</translation>
    </message>
    <message>
        <source>Estimates within range</source>
        <translation>Amcangyfrifon o fewn ystod</translation>
    </message>
    <message>
        <source>Within the printed range</source>
        <translation>O fewn yr ystod a argraffwyd</translation>
    </message>
    <message>
        <source>Within the printed range: the wait to the first call fell inside the range the ticket showed (&quot;3–6 min&quot;); the errors are against the estimate&apos;s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch&apos;s history expected in each hour when the day began, as in the staffing plan.</source>
        <translation>O fewn yr ystod a argraffwyd: roedd yr aros hyd at yr alwad gyntaf o fewn yr ystod a ddangoswyd ar y tocyn (‘3–6 mun’); mae&apos;r gwallau yn erbyn ffigur yr amcangyfrif ei hun, cyn ei dalgrynnu i funudau. Mae&apos;r amcangyfrifon fesul awr yn cyfrif y tocynnau a roddwyd yn yr awr honno. Y rhagolwg yw&apos;r hyn yr oedd hanes y gangen yn ei ddisgwyl ym mhob awr pan ddechreuodd y diwrnod, fel yn y cynllun staffio.</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Sgôr (nifer)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Boddhad cwsmeriaid</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>Sgoriau a roddwyd</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>Sgôr cyfartalog (1 i 5)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Sgoriau</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Sgôr cyfartalog</translation>
    </message>
    <message>
        <source>What customers wrote</source>
        <translation>Beth ysgrifennodd cwsmeriaid</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tocyn</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Ratings (1 to 5) are given by customers on their ticket&apos;s web page after the visit, at most once per ticket, and count on the day they were given for the service, counter and teller that finished the visit. Their comments are printed as typed.</source>
        <translation>Mae cwsmeriaid yn rhoi sgoriau (1 i 5) ar dudalen we eu tocyn ar ôl yr ymweliad, unwaith y tocyn ar y mwyaf, ac maent yn cyfrif ar y diwrnod y&apos;u rhoddwyd i&apos;r gwasanaeth, y cownter a&apos;r ariannwr a orffennodd yr ymweliad. Caiff eu sylwadau eu hargraffu fel y&apos;u teipiwyd.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::AppointmentsPage</name>
    <message>
        <source>booked</source>
        <translation>wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>wedi cofrestru</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>heb ddod</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Trefnu</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>Canslo&apos;r apwyntiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cwsmer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Rhowch enw&apos;r cwsmer.</translation>
    </message>
    <message>
        <source>Booked for %1. Give the customer the check-in code %2.</source>
        <translation>Apwyntiad wedi&apos;i drefnu i %1. Rhowch y cod cofrestru %2 i&apos;r cwsmer.</translation>
    </message>
    <message>
        <source>Select the appointment to cancel.</source>
        <translation>Dewiswch yr apwyntiad i&apos;w ganslo.</translation>
    </message>
    <message>
        <source>The appointment with code %1 is cancelled.</source>
        <translation>Mae&apos;r apwyntiad gyda&apos;r cod %1 wedi&apos;i ganslo.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CallNumberDialog</name>
    <message>
        <source>Call a number</source>
        <translation>Galw rhif</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Galw</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CompactBar</name>
    <message>
        <source>Tessera counter</source>
        <translation>Cownter Tessera</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Ffenestr lawn</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>All-lein</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>yn galw</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>yn gwasanaethu</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n yn aros</numerusform>
            <numerusform>%n yn aros</numerusform>
            <numerusform>%n yn aros</numerusform>
            <numerusform>%n yn aros</numerusform>
            <numerusform>%n yn aros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::teller::CounterDesk</name>
    <message>
        <source>Counter %1</source>
        <translation>Cownter %1</translation>
    </message>
    <message>
        <source>Not connected to the server (%1). This comes back by itself.</source>
        <translation>Dim cysylltiad â&apos;r gweinydd (%1). Bydd yn dod yn ôl ohono&apos;i hun.</translation>
    </message>
    <message>
        <source>Log in at a counter first.</source>
        <translation>Mewngofnodwch wrth gownter yn gyntaf.</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the last action.</source>
        <translation>Yn aros i&apos;r gweinydd gadarnhau&apos;r weithred olaf.</translation>
    </message>
    <message>
        <source>The counter is paused: resume it to call customers.</source>
        <translation>Mae&apos;r cownter wedi oedi: ailddechreuwch i alw cwsmeriaid.</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>Mae&apos;r cownter ar gau.</translation>
    </message>
    <message>
        <source>Nobody is being called at this counter.</source>
        <translation>Does neb yn cael ei alw wrth y cownter hwn.</translation>
    </message>
    <message>
        <source>%1 is still being called: start service, recall or mark a no-show first.</source>
        <translation>Mae %1 yn dal i gael ei alw: dechreuwch wasanaethu, galwch eto neu nodwch nad yw wedi dod yn gyntaf.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>Does neb yn aros am y cownter hwn.</translation>
    </message>
    <message>
        <source>Start service for %1 first (or mark a no-show).</source>
        <translation>Dechreuwch wasanaethu %1 yn gyntaf (neu nodwch nad yw wedi dod).</translation>
    </message>
    <message>
        <source>Nobody is being served at this counter.</source>
        <translation>Does neb yn cael ei wasanaethu wrth y cownter hwn.</translation>
    </message>
    <message>
        <source>There is no customer at this counter to transfer.</source>
        <translation>Does dim cwsmer wrth y cownter hwn i&apos;w drosglwyddo.</translation>
    </message>
    <message>
        <source>The counter is not open.</source>
        <translation>Nid yw&apos;r cownter ar agor.</translation>
    </message>
    <message>
        <source>The counter is already open.</source>
        <translation>Mae&apos;r cownter ar agor eisoes.</translation>
    </message>
    <message>
        <source>%1 is still at the counter: finish or transfer it first.</source>
        <translation>Mae %1 wrth y cownter o hyd: gorffennwch neu trosglwyddwch yn gyntaf.</translation>
    </message>
    <message>
        <source>no counter open</source>
        <translation>dim cownter ar agor</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CurrentTicketPanel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 mun</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 awr %2 mun</translation>
    </message>
    <message>
        <source>No customer at the counter</source>
        <translation>Dim cwsmer wrth y cownter</translation>
    </message>
    <message numerus="yes">
        <source>Calling (recalled %n time(s))</source>
        <translation>
            <numerusform>Yn galw (galwyd eto: %n)</numerusform>
            <numerusform>Yn galw (galwyd eto: %n)</numerusform>
            <numerusform>Yn galw (galwyd eto: %n)</numerusform>
            <numerusform>Yn galw (galwyd eto: %n)</numerusform>
            <numerusform>Yn galw (galwyd eto: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Yn galw</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Yn gwasanaethu</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>wedi aros %1</translation>
    </message>
    <message>
        <source>serving for %1</source>
        <translation>yn gwasanaethu ers %1</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n time(s). Note: %1</source>
        <translation>
            <numerusform>Trosglwyddiadau: %n. Nodyn: %1</numerusform>
            <numerusform>Trosglwyddiadau: %n. Nodyn: %1</numerusform>
            <numerusform>Trosglwyddiadau: %n. Nodyn: %1</numerusform>
            <numerusform>Trosglwyddiadau: %n. Nodyn: %1</numerusform>
            <numerusform>Trosglwyddiadau: %n. Nodyn: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::teller::FinishDialog</name>
    <message>
        <source>Finish %1</source>
        <translation>Gorffen %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>tessera::teller::LoginPanel</name>
    <message>
        <source>Log in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Cownter</translation>
    </message>
    <message>
        <source>Log in at your counter</source>
        <translation>Mewngofnodwch wrth eich cownter</translation>
    </message>
    <message>
        <source>Not connected to the server: %1</source>
        <translation>Dim cysylltiad â&apos;r gweinydd: %1</translation>
    </message>
    <message>
        <source>Enter your name and password.</source>
        <translation>Rhowch eich enw a&apos;ch cyfrinair.</translation>
    </message>
    <message>
        <source>This PC is set up for counter %1, which the branch configuration does not have. Correct counter= in the station settings.</source>
        <translation>Mae&apos;r cyfrifiadur hwn wedi&apos;i osod ar gyfer cownter %1, nad yw yng nghyfluniad y gangen. Cywirwch counter= yng ngosodiadau&apos;r orsaf.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::PlanningPage</name>
    <message>
        <source>Show plan</source>
        <translation>Dangos cynllun</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Cadw fel CSV…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Diwrnod:</translation>
    </message>
    <message>
        <source>Pick a day and press Show plan: the forecast and the counters advised come from the branch&apos;s history in the server&apos;s journal.</source>
        <translation>Dewiswch ddiwrnod a phwyswch ‘Dangos cynllun’: daw&apos;r rhagolwg a&apos;r cownteri a argymhellir o hanes y gangen yn nyddlyfr y gweinydd.</translation>
    </message>
    <message>
        <source>Asking the server for the plan of %1…</source>
        <translation>Yn gofyn i&apos;r gweinydd am gynllun %1…</translation>
    </message>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>Nid oes digon o hanes i ragweld %1: nid oes diwrnod cynharach gyda chwsmeriaid yn y dyddlyfr.</translation>
    </message>
    <message>
        <source>No customers are expected on %1: nobody came on this weekday in the last weeks.</source>
        <translation>Ni ddisgwylir unrhyw gwsmeriaid ar %1: ni ddaeth neb ar y dydd hwn o&apos;r wythnos yn yr wythnosau diwethaf.</translation>
    </message>
    <message>
        <source>%1: about %2 customers expected; at most %3 counters advised at once, so that %4 of customers are called within their target wait.</source>
        <translation>%1: disgwylir tua %2 o gwsmeriaid; argymhellir %3 cownter ar y mwyaf ar yr un pryd, fel bod %4 o gwsmeriaid yn cael eu galw o fewn eu hamser aros targed.</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) open now; the plan advises %1 for %2–%3, when about %4 customers are expected. Open more if you can.</source>
        <translation>
            <numerusform>Mae %n cownter ar agor nawr; mae&apos;r cynllun yn argymell %1 ar gyfer %2–%3, pan ddisgwylir tua %4 o gwsmeriaid. Agorwch ragor os gallwch.</numerusform>
            <numerusform>Mae %n cownter ar agor nawr; mae&apos;r cynllun yn argymell %1 ar gyfer %2–%3, pan ddisgwylir tua %4 o gwsmeriaid. Agorwch ragor os gallwch.</numerusform>
            <numerusform>Mae %n cownter ar agor nawr; mae&apos;r cynllun yn argymell %1 ar gyfer %2–%3, pan ddisgwylir tua %4 o gwsmeriaid. Agorwch ragor os gallwch.</numerusform>
            <numerusform>Mae %n cownter ar agor nawr; mae&apos;r cynllun yn argymell %1 ar gyfer %2–%3, pan ddisgwylir tua %4 o gwsmeriaid. Agorwch ragor os gallwch.</numerusform>
            <numerusform>Mae %n o gownteri ar agor nawr; mae&apos;r cynllun yn argymell %1 ar gyfer %2–%3, pan ddisgwylir tua %4 o gwsmeriaid. Agorwch ragor os gallwch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the plan first.</source>
        <translation>Dangoswch y cynllun yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wedi cadw %1 (%n tudalen).</numerusform>
            <numerusform>Wedi cadw %1 (%n tudalen).</numerusform>
            <numerusform>Wedi cadw %1 (%n tudalen).</numerusform>
            <numerusform>Wedi cadw %1 (%n tudalen).</numerusform>
            <numerusform>Wedi cadw %1 (%n o dudalennau).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Wedi cadw %1.</translation>
    </message>
    <message>
        <source>Staffing plan %1</source>
        <translation>Cynllun staffio %1</translation>
    </message>
    <message>
        <source>Save the staffing plan</source>
        <translation>Cadw&apos;r cynllun staffio</translation>
    </message>
    <message>
        <source>Save the plan&apos;s table in</source>
        <translation>Cadw tabl y cynllun yn</translation>
    </message>
</context>
<context>
    <name>tessera::teller::ReportPage</name>
    <message>
        <source>Show figures</source>
        <translation>Dangos ffigurau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Save tables as CSV…</source>
        <translation>Cadw&apos;r tablau fel CSV…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Rhoddwyd</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Gwasanaethwyd</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Amser aros cyfartalog</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>O fewn y targed</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Amser gwasanaeth cyfartalog</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>Diwrnod busnes:</translation>
    </message>
    <message>
        <source>Pick a business day and press Show figures. The figures come from the server&apos;s journal.</source>
        <translation>Dewiswch ddiwrnod busnes a phwyswch ‘Dangos ffigurau’. Daw&apos;r ffigurau o gofnodion y gweinydd.</translation>
    </message>
    <message>
        <source>Asking the server for the figures of %1…</source>
        <translation>Yn gofyn i&apos;r gweinydd am ffigurau %1…</translation>
    </message>
    <message>
        <source>%1, a complete business day.</source>
        <translation>%1, diwrnod busnes cyfan.</translation>
    </message>
    <message>
        <source>%1: the day is not over, so these are the figures so far.</source>
        <translation>%1: nid yw&apos;r diwrnod ar ben, felly dyma&apos;r ffigurau hyd yma.</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translation>Dangoswch y ffigurau yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wedi cadw %1 (%n tudalen).</numerusform>
            <numerusform>Wedi cadw %1 (%n tudalen).</numerusform>
            <numerusform>Wedi cadw %1 (%n tudalen).</numerusform>
            <numerusform>Wedi cadw %1 (%n tudalen).</numerusform>
            <numerusform>Wedi cadw %1 (%n o dudalennau).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n table(s) in %1.</source>
        <translation>
            <numerusform>Wedi cadw %n tabl yn %1.</numerusform>
            <numerusform>Wedi cadw %n tabl yn %1.</numerusform>
            <numerusform>Wedi cadw %n tabl yn %1.</numerusform>
            <numerusform>Wedi cadw %n tabl yn %1.</numerusform>
            <numerusform>Wedi cadw %n o dablau yn %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>Adroddiad dyddiol %1</translation>
    </message>
    <message>
        <source>Save the daily report</source>
        <translation>Cadw&apos;r adroddiad dyddiol</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>Cadw tablau&apos;r adroddiad yn</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Sgôr (nifer)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Cownter</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Ariannwr</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tocyn</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Gwasanaethau</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Cownteri</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>Arianwyr</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Sylwadau</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Cyfradd defnyddio</translation>
    </message>
    <message>
        <source>Issued %1 · served %2 · no-shows %3 · cancelled %4 · average wait %5 · called within target %6 · average service %7 · rating %8</source>
        <translation>Rhoddwyd %1 · gwasanaethwyd %2 · heb ddod %3 · canslwyd %4 · amser aros cyfartalog %5 · galwyd o fewn y targed %6 · amser gwasanaeth cyfartalog %7 · sgôr %8</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Sylwadau (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::teller::SupervisorWindow</name>
    <message>
        <source>open</source>
        <translation>ar agor</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>wedi oedi</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ar gau</translation>
    </message>
    <message>
        <source>Tessera branch overview</source>
        <translation>Trosolwg cangen Tessera</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Cownter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Ariannwr</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Wrth y cownter</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Gwasanaethwyd heddiw</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Amser gwasanaeth cyfartalog</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Aros hiraf</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>Methiannau argraffu heddiw</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Cownteri</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Ciwiau</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Apwyntiadau</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>yn galw</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>yn gwasanaethu</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Adroddiad dyddiol</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Cynllunio</translation>
    </message>
    <message>
        <source>A new ticket is told</source>
        <translation>Aros a ddywedir wrth docyn newydd</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerActions</name>
    <message>
        <source>Call next</source>
        <translation>Galw&apos;r nesaf</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Galw eto</translation>
    </message>
    <message>
        <source>Call a number…</source>
        <translation>Galw rhif…</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>Dechrau gwasanaethu</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Finish with outcome…</source>
        <translation>Gorffen gyda chanlyniad…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Heb ddod</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Trosglwyddo…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Oedi</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerWindow</name>
    <message>
        <source>Tessera counter</source>
        <translation>Cownter Tessera</translation>
    </message>
    <message>
        <source>Waiting for this counter</source>
        <translation>Yn aros am y cownter hwn</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Cownter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Golwg</translation>
    </message>
    <message>
        <source>Compact bar</source>
        <translation>Bar cryno</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>Ca&amp;ngen</translation>
    </message>
    <message>
        <source>Branch overview</source>
        <translation>Trosolwg o&apos;r gangen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Wedi cysylltu â %1</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>ALL-LEIN</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be called or finished. This clears by itself when the server is back; nothing is lost.
%1</source>
        <translation>All-lein: does dim modd cyrraedd y gweinydd, felly ni ellir galw na gorffen dim. Bydd hyn yn clirio ohono&apos;i hun pan fydd y gweinydd yn ôl; does dim yn cael ei golli.
%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 wrth %2</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Heb fewngofnodi</translation>
    </message>
    <message>
        <source>Counter paused. </source>
        <translation>Cownter wedi oedi. </translation>
    </message>
    <message>
        <source>Served today: %1 · average service %2</source>
        <translation>Gwasanaethwyd heddiw: %1 · amser gwasanaeth cyfartalog %2</translation>
    </message>
    <message>
        <source>Another customer is at the counter now; nothing was done. Try again.</source>
        <translation>Mae cwsmer arall wrth y cownter nawr; ni wnaed dim. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>Adroddiad dyddiol…</translation>
    </message>
    <message>
        <source>A new customer would be told: %1</source>
        <translation>Byddai cwsmer newydd yn cael clywed: %1</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TransferDialog</name>
    <message>
        <source>To the service</source>
        <translation>I&apos;r gwasanaeth</translation>
    </message>
    <message>
        <source>To the counter</source>
        <translation>I&apos;r cownter</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Trosglwyddo %1</translation>
    </message>
    <message>
        <source>What the next teller should know</source>
        <translation>Beth ddylai&apos;r ariannwr nesaf ei wybod</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trosglwyddo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>tessera::teller::WaitingList</name>
    <message>
        <source>Number</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Blaenoriaeth</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Wedi aros</translation>
    </message>
    <message>
        <source>transferred here</source>
        <translation>wedi&apos;i drosglwyddo yma</translation>
    </message>
    <message>
        <source>Waited longer than the service&apos;s target</source>
        <translation>Wedi aros yn hirach na tharged y gwasanaeth</translation>
    </message>
</context>
<context>
    <name>tessera::web::Page</name>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>No connection to the branch. Trying again…</source>
        <translation>Dim cysylltiad â’r gangen. Yn ceisio eto…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Aeth rhywbeth o’i le. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The branch is very busy. Please try again in a moment.</source>
        <translation>Mae’r gangen yn brysur iawn. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Cymerwch docyn</translation>
    </message>
    <message>
        <source>Join the queue from here. This page shows your number and tells you when it is your turn.</source>
        <translation>Ymunwch â’r ciw o’r fan hon. Mae’r dudalen hon yn dangos eich rhif ac yn dweud pan ddaw eich tro.</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Dewiswch wasanaeth</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 yn aros · %2</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Ar gau nawr</translation>
    </message>
    <message>
        <source>Tickets for this service are taken at the kiosk.</source>
        <translation>Cymerir tocynnau ar gyfer y gwasanaeth hwn wrth y ciosg.</translation>
    </message>
    <message>
        <source>No counter is open for this yet</source>
        <translation>Does dim cownter ar agor ar gyfer hyn eto</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>llai na munud</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>hyd at %1 munud</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 munud</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Eich rhif</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>Pobl o’ch blaen: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Amser aros amcangyfrifedig: %1</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>Amser aros amcangyfrifedig: ddim yn hysbys eto</translation>
    </message>
    <message>
        <source>Please wait. This page updates by itself.</source>
        <translation>Arhoswch os gwelwch yn dda. Mae’r dudalen hon yn diweddaru ei hun.</translation>
    </message>
    <message>
        <source>It is your turn</source>
        <translation>Eich tro chi yw hi</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation>Ewch i</translation>
    </message>
    <message>
        <source>You are being called again</source>
        <translation>Rydych yn cael eich galw eto</translation>
    </message>
    <message>
        <source>You are being served at</source>
        <translation>Rydych yn cael eich gwasanaethu yn</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>Diolch am eich ymweliad</translation>
    </message>
    <message>
        <source>This ticket is cancelled</source>
        <translation>Mae’r tocyn hwn wedi’i ganslo</translation>
    </message>
    <message>
        <source>You were called but did not come. Please take a new ticket.</source>
        <translation>Cawsoch eich galw ond ni ddaethoch. Cymerwch docyn newydd os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>I can&apos;t wait any more</source>
        <translation>Alla i ddim aros mwy</translation>
    </message>
    <message>
        <source>Leave the queue? Ticket %1 will be cancelled.</source>
        <translation>Gadael y ciw? Bydd tocyn %1 yn cael ei ganslo.</translation>
    </message>
    <message>
        <source>Yes, leave the queue</source>
        <translation>Ie, gadael y ciw</translation>
    </message>
    <message>
        <source>No, keep my place</source>
        <translation>Na, cadw fy lle</translation>
    </message>
    <message>
        <source>Sound and vibration when I am called</source>
        <translation>Sain a dirgryniad pan gaf fy ngalw</translation>
    </message>
    <message>
        <source>Sound and vibration are on</source>
        <translation>Mae sain a dirgryniad ymlaen</translation>
    </message>
    <message>
        <source>This ticket link is not valid. Check the address, or take a ticket at the kiosk.</source>
        <translation>Nid yw’r ddolen tocyn hon yn ddilys. Gwiriwch y cyfeiriad, neu cymerwch docyn wrth y ciosg.</translation>
    </message>
    <message>
        <source>This ticket was for an earlier day.</source>
        <translation>Roedd y tocyn hwn ar gyfer diwrnod cynharach.</translation>
    </message>
    <message>
        <source>Back to the branch&apos;s page</source>
        <translation>Yn ôl i dudalen y gangen</translation>
    </message>
    <message>
        <source>Keep this page open, or save its address to come back.</source>
        <translation>Cadwch y dudalen hon ar agor, neu cadwch ei chyfeiriad i ddod yn ôl.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting in the queue.</source>
        <translation>Nid yw&apos;r tocyn hwn yn aros yn y ciw mwyach.</translation>
    </message>
    <message>
        <source>This phone has taken as many tickets today as the branch allows.</source>
        <translation>Mae&apos;r ffôn hwn wedi cymryd cymaint o docynnau heddiw ag y mae&apos;r gangen yn ei ganiatáu.</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web.</source>
        <translation>Ni ellir archebu&apos;r gwasanaeth hwn ar y we.</translation>
    </message>
    <message>
        <source>Enter your name (at most 80 characters).</source>
        <translation>Rhowch eich enw (80 nod ar y mwyaf).</translation>
    </message>
    <message>
        <source>Enter a phone number we can reach you at, such as +371 2000 0000.</source>
        <translation>Rhowch rif ffôn y gallwn gysylltu â chi arno, fel +371 2000 0000.</translation>
    </message>
    <message>
        <source>We cannot find a booking with that code and phone number.</source>
        <translation>Allwn ni ddim dod o hyd i archeb gyda&apos;r cod a&apos;r rhif ffôn hwnnw.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Archebu apwyntiad</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Dewiswch ddiwrnod</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Dewiswch amser</translation>
    </message>
    <message>
        <source>No free times on this day. Choose another day.</source>
        <translation>Does dim amseroedd rhydd ar y diwrnod hwn. Dewiswch ddiwrnod arall.</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 am %3</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Eich rhif ffôn</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Archebu&apos;r amser hwn</translation>
    </message>
    <message>
        <source>Move my booking to this time</source>
        <translation>Symud fy archeb i&apos;r amser hwn</translation>
    </message>
    <message>
        <source>Cancel or move a booking</source>
        <translation>Canslo neu symud archeb</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Dod o hyd i&apos;m harcheb</translation>
    </message>
    <message>
        <source>%1, %2 at %3, for %4</source>
        <translation>%1, %2 am %3, ar gyfer %4</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Canslo&apos;r archeb hon</translation>
    </message>
    <message>
        <source>Move to another time</source>
        <translation>Symud i amser arall</translation>
    </message>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>Mae eich archeb wedi&apos;i chanslo.</translation>
    </message>
    <message>
        <source>Your appointment is booked</source>
        <translation>Mae eich apwyntiad wedi&apos;i archebu</translation>
    </message>
    <message>
        <source>At the branch, type this code at the kiosk between %1 and %2.</source>
        <translation>Yn y gangen, teipiwch y cod hwn wrth y ciosg rhwng %1 a %2.</translation>
    </message>
    <message>
        <source>Save or bookmark this page: it holds your code.</source>
        <translation>Cadwch y dudalen hon neu rhowch nod tudalen arni: mae&apos;n cynnwys eich cod.</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>Sut oedd eich ymweliad?</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 o 5</translation>
    </message>
    <message>
        <source>Anything to tell us? (optional)</source>
        <translation>Unrhyw beth i&apos;w ddweud wrthym? (dewisol)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Anfon</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>Diolch am eich adborth.</translation>
    </message>
    <message>
        <source>Choose 1 to 5 stars; a comment is at most 500 characters.</source>
        <translation>Dewiswch 1 i 5 seren; mae sylw yn 500 nod ar y mwyaf.</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>Does dim tudalen o&apos;r fath yma.</translation>
    </message>
</context>
</TS>
