<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BranchConfigLoader</name>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation>unknown key; expected one of: %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>must be a non-empty text</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>needs a text in at least one language</translation>
    </message>
    <message>
        <source>is not a weekday or range such as &quot;mon&quot; or &quot;mon-fri&quot;</source>
        <translation>is not a weekday or range such as &quot;mon&quot; or &quot;mon-fri&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span such as &quot;09:00-17:30&quot;</source>
        <translation>&quot;%1&quot; is not a time span such as &quot;09:00-17:30&quot;</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and dashes</source>
        <translation>must be lowercase letters, digits and dashes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone such as &quot;Europe/Riga&quot;</source>
        <translation>&quot;%1&quot; is not a known time zone such as &quot;Europe/Riga&quot;</translation>
    </message>
    <message>
        <source>needs at least one language</source>
        <translation>needs at least one language</translation>
    </message>
    <message>
        <source>must be one of the languages</source>
        <translation>must be one of the languages</translation>
    </message>
    <message>
        <source>must be a time such as &quot;03:00&quot;</source>
        <translation>must be a time such as &quot;03:00&quot;</translation>
    </message>
    <message>
        <source>must be &quot;cancel&quot; or &quot;carryOver&quot;</source>
        <translation>must be &quot;cancel&quot; or &quot;carryOver&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be appointment, vip or priority, each at most once</source>
        <translation>&quot;%1&quot; must be appointment, vip or priority, each at most once</translation>
    </message>
    <message>
        <source>needs at least one outcome code</source>
        <translation>needs at least one outcome code</translation>
    </message>
    <message>
        <source>needs at least one service</source>
        <translation>needs at least one service</translation>
    </message>
    <message>
        <source>must be 1-32 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>must be 1-32 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another service</source>
        <translation>&quot;%1&quot; is used by another service</translation>
    </message>
    <message>
        <source>must be 1-3 capital letters A-Z</source>
        <translation>must be 1-3 capital letters A-Z</translation>
    </message>
    <message>
        <source>needs at least one counter</source>
        <translation>needs at least one counter</translation>
    </message>
    <message>
        <source>counter %1 is listed twice</source>
        <translation>counter %1 is listed twice</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>is not a service id</source>
        <translation>is not a service id</translation>
    </message>
    <message>
        <source>needs at least one service with a weight</source>
        <translation>needs at least one service with a weight</translation>
    </message>
    <message>
        <source>no counter serves &quot;%1&quot;; its tickets could never be called</source>
        <translation>no counter serves &quot;%1&quot;; its tickets could never be called</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>must be &quot;teller&quot; or &quot;supervisor&quot;</source>
        <translation>must be &quot;teller&quot; or &quot;supervisor&quot;</translation>
    </message>
    <message>
        <source>%1 (make one with: tessera-server hash-password)</source>
        <translation>%1 (make one with: tessera-server hash-password)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>the file must hold one JSON object</translation>
    </message>
    <message>
        <source>has no announcement phrases; one of: %1</source>
        <translation>has no announcement phrases; one of: %1</translation>
    </message>
    <message>
        <source>must be &quot;recorded&quot; or &quot;speech&quot;</source>
        <translation>must be &quot;recorded&quot; or &quot;speech&quot;</translation>
    </message>
    <message>
        <source>must be &quot;digits&quot; or &quot;whole&quot;</source>
        <translation>must be &quot;digits&quot; or &quot;whole&quot;</translation>
    </message>
    <message>
        <source>must be the https:// address phones reach the server at, such as https://queue.example.com</source>
        <translation>must be the https:// address phones reach the server at, such as https://queue.example.com</translation>
    </message>
</context>
<context>
    <name>BranchKey</name>
    <message>
        <source>A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from &quot;tessera-server key show&quot;.</source>
        <translation>A branch key is 64 hexadecimal digits (0-9, a-f); this one has %1 characters after removing spaces. Copy it again from &quot;tessera-server key show&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the branch key file %1: %2</source>
        <translation>Cannot read the branch key file %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the branch key file %1: %2</source>
        <translation>Cannot write the branch key file %1: %2</translation>
    </message>
</context>
<context>
    <name>DisplaySettings</name>
    <message>
        <source>%1: station.role is %2; a lobby display needs role=display</source>
        <translation>%1: station.role is %2; a lobby display needs role=display</translation>
    </message>
    <message>
        <source>%1: %2 must be a whole number from %3 to %4</source>
        <translation>%1: %2 must be a whole number from %3 to %4</translation>
    </message>
    <message>
        <source>%1: display.counters must list counter numbers, such as 1,2,3 (&quot;%2&quot; is not one)</source>
        <translation>%1: display.counters must list counter numbers, such as 1,2,3 (&quot;%2&quot; is not one)</translation>
    </message>
</context>
<context>
    <name>ForecastCommand</name>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>There is not enough history to forecast %1: the journal has no earlier day with customers.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation>The data directory %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>Cannot open the journal %1: %2</translation>
    </message>
    <message>
        <source>Cannot use the journal %1: %2</source>
        <translation>Cannot use the journal %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the journal %1: %2</source>
        <translation>Cannot upgrade the journal %1: %2</translation>
    </message>
    <message>
        <source>There is no journal at %1.</source>
        <translation>There is no journal at %1.</translation>
    </message>
    <message>
        <source>The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.</source>
        <translation>The journal %1 is at schema %2 and this Tessera reads schema %3: start tessera-server once (it upgrades the journal), then try again.</translation>
    </message>
    <message>
        <source>the journal was opened for reading only</source>
        <translation>the journal was opened for reading only</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: Qt&apos;s %2 database driver is not installed (on Debian: the package libqt6sql6-%3).</source>
        <translation>Cannot open the journal %1: Qt&apos;s %2 database driver is not installed (on Debian: the package libqt6sql6-%3).</translation>
    </message>
    <message>
        <source>another tessera-server is writing it. Stop that one first, or give this server a journal of its own.</source>
        <translation>another tessera-server is writing it. Stop that one first, or give this server a journal of its own.</translation>
    </message>
</context>
<context>
    <name>JournalLocation</name>
    <message>
        <source>No journal was given: give a file path or a postgresql:// URL.</source>
        <translation>No journal was given: give a file path or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the journal URL is not a PostgreSQL connection setting.</source>
        <translation>&quot;%1&quot; in the journal URL is not a PostgreSQL connection setting.</translation>
    </message>
    <message>
        <source>The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.</source>
        <translation>The journal URL %1 names no database: end it with /DATABASE, as in postgresql://tessera@localhost/tessera_journal.</translation>
    </message>
    <message>
        <source>The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.</source>
        <translation>The journal URL is not valid: write it as postgresql://USER@HOST:PORT/DATABASE, with any space, @, : or / in the password percent-encoded.</translation>
    </message>
</context>
<context>
    <name>KioskContext</name>
    <message>
        <source>No counter is open for this yet</source>
        <translation>No counter is open for this yet</translation>
    </message>
    <message>
        <source>No more tickets today</source>
        <translation>No more tickets today</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Closed now · opens at %1</source>
        <translation>Closed now · opens at %1</translation>
    </message>
    <message>
        <source>Closed now · opens %1 %2</source>
        <translation>Closed now · opens %1 %2</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 waiting · %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>up to %1 min</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>Estimated wait: not known yet</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Estimated wait: %1</translation>
    </message>
</context>
<context>
    <name>KioskSettings</name>
    <message>
        <source>%1: station.role is %2; a kiosk needs role=kiosk</source>
        <translation>%1: station.role is %2; a kiosk needs role=kiosk</translation>
    </message>
    <message>
        <source>%1: kiosk.paperWidth must be 80 or 58 (mm)</source>
        <translation>%1: kiosk.paperWidth must be 80 or 58 (mm)</translation>
    </message>
    <message>
        <source>%1: kiosk.idleSeconds must be a whole number from 5 to 600</source>
        <translation>%1: kiosk.idleSeconds must be a whole number from 5 to 600</translation>
    </message>
    <message>
        <source>%1: kiosk.ticketSeconds must be a whole number from 3 to 120</source>
        <translation>%1: kiosk.ticketSeconds must be a whole number from 3 to 120</translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>There is no service &quot;%1&quot; in this branch.</source>
        <translation>There is no service &quot;%1&quot; in this branch.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>That time has already passed: choose a later slot.</source>
        <translation>That time has already passed: choose a later slot.</translation>
    </message>
    <message>
        <source>Appointments start on %1-minute slots (such as 10:00 or 10:%2).</source>
        <translation>Appointments start on %1-minute slots (such as 10:00 or 10:%2).</translation>
    </message>
    <message>
        <source>%1 is closed at %2: choose a slot in its opening hours.</source>
        <translation>%1 is closed at %2: choose a slot in its opening hours.</translation>
    </message>
    <message>
        <source>We cannot find an appointment with code %1. Check the code, or take a ticket instead.</source>
        <translation>We cannot find an appointment with code %1. Check the code, or take a ticket instead.</translation>
    </message>
    <message>
        <source>This appointment is already checked in. Please wait for your number to be called.</source>
        <translation>This appointment is already checked in. Please wait for your number to be called.</translation>
    </message>
    <message>
        <source>Your appointment at %1 has passed. Please take a ticket or book a new time.</source>
        <translation>Your appointment at %1 has passed. Please take a ticket or book a new time.</translation>
    </message>
    <message>
        <source>Your appointment is at %1. You can check in from %2.</source>
        <translation>Your appointment is at %1. You can check in from %2.</translation>
    </message>
    <message>
        <source>There is no booked appointment with code %1.</source>
        <translation>There is no booked appointment with code %1.</translation>
    </message>
    <message>
        <source>Counter %1 still has %2: finish or transfer it first.</source>
        <translation>Counter %1 still has %2: finish or transfer it first.</translation>
    </message>
    <message>
        <source>There is no counter %1 in this branch.</source>
        <translation>There is no counter %1 in this branch.</translation>
    </message>
    <message>
        <source>Nobody is logged in at counter %1: log in first.</source>
        <translation>Nobody is logged in at counter %1: log in first.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>Counter %1 is already open.</translation>
    </message>
    <message>
        <source>Counter %1 is already closed.</source>
        <translation>Counter %1 is already closed.</translation>
    </message>
    <message>
        <source>The name or password is not right. Check them and try again.</source>
        <translation>The name or password is not right. Check them and try again.</translation>
    </message>
    <message>
        <source>%1 is already logged in at counter %2: log out there first.</source>
        <translation>%1 is already logged in at counter %2: log out there first.</translation>
    </message>
    <message>
        <source>%1 is logged in at counter %2.</source>
        <translation>%1 is logged in at counter %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is still in the queue for service &quot;%2&quot;: keep the service until it is done.</source>
        <translation>Ticket %1 is still in the queue for service &quot;%2&quot;: keep the service until it is done.</translation>
    </message>
    <message>
        <source>Ticket %1 waits for counter %2: keep the counter until it is done.</source>
        <translation>Ticket %1 waits for counter %2: keep the counter until it is done.</translation>
    </message>
    <message>
        <source>Counter %1 is in use: log out there before removing it.</source>
        <translation>Counter %1 is in use: log out there before removing it.</translation>
    </message>
    <message>
        <source>The branch has no configuration yet.</source>
        <translation>The branch has no configuration yet.</translation>
    </message>
    <message>
        <source>Counter %1 is closed: open it first.</source>
        <translation>Counter %1 is closed: open it first.</translation>
    </message>
    <message>
        <source>Counter %1 is paused: resume it first.</source>
        <translation>Counter %1 is paused: resume it first.</translation>
    </message>
    <message>
        <source>Counter %1 has no ticket: call one first.</source>
        <translation>Counter %1 has no ticket: call one first.</translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation>still waiting</translation>
    </message>
    <message>
        <source>being called</source>
        <translation>being called</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>already finished</source>
        <translation>already finished</translation>
    </message>
    <message>
        <source>already a no-show</source>
        <translation>already a no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be %3.</source>
        <translation>%1 is %2, so it cannot be %3.</translation>
    </message>
    <message>
        <source>No more tickets for %1 today: every number up to %2 has been issued.</source>
        <translation>No more tickets for %1 today: every number up to %2 has been issued.</translation>
    </message>
    <message>
        <source>Appointment tickets are issued by checking in with the code.</source>
        <translation>Appointment tickets are issued by checking in with the code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority reason of this branch.</source>
        <translation>&quot;%1&quot; is not a priority reason of this branch.</translation>
    </message>
    <message>
        <source>it has no opening hours</source>
        <translation>it has no opening hours</translation>
    </message>
    <message>
        <source>it opens at %1</source>
        <translation>it opens at %1</translation>
    </message>
    <message>
        <source>it opens %1</source>
        <translation>it opens %1</translation>
    </message>
    <message>
        <source>%1 is closed now; %2.</source>
        <translation>%1 is closed now; %2.</translation>
    </message>
    <message>
        <source>%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.</source>
        <translation>%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.</translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation>Nobody is waiting for counter %1.</translation>
    </message>
    <message>
        <source>There is no ticket %1 in the queue.</source>
        <translation>There is no ticket %1 in the queue.</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>recalled</source>
        <translation>recalled</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome code; use one of: %2.</source>
        <translation>&quot;%1&quot; is not an outcome code; use one of: %2.</translation>
    </message>
    <message>
        <source>%1 is being served, so it cannot be a no-show: finish it instead.</source>
        <translation>%1 is being served, so it cannot be a no-show: finish it instead.</translation>
    </message>
    <message>
        <source>%1 is already at counter %2: choose another counter.</source>
        <translation>%1 is already at counter %2: choose another counter.</translation>
    </message>
    <message>
        <source>Choose another service or a counter to transfer %1 to.</source>
        <translation>Choose another service or a counter to transfer %1 to.</translation>
    </message>
    <message>
        <source>That ticket is not from today.</source>
        <translation>That ticket is not from today.</translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation>Feedback is a score from 1 to 5.</translation>
    </message>
    <message>
        <source>%1 at %2 is fully booked: choose another time.</source>
        <translation>%1 at %2 is fully booked: choose another time.</translation>
    </message>
    <message numerus="yes">
        <source>This phone number already has %n appointment(s) on that day. Cancel one to book another.</source>
        <translation>
            <numerusform>This phone number already has %n appointment on that day. Cancel one to book another.</numerusform>
            <numerusform>This phone number already has %n appointments on that day. Cancel one to book another.</numerusform>
        </translation>
    </message>
    <message>
        <source>A comment is at most 500 characters.</source>
        <translation>A comment is at most 500 characters.</translation>
    </message>
    <message>
        <source>Feedback is given after the visit.</source>
        <translation>Feedback is given after the visit.</translation>
    </message>
    <message>
        <source>Feedback for this visit was already given.</source>
        <translation>Feedback for this visit was already given.</translation>
    </message>
</context>
<context>
    <name>QueueHost</name>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation>The journal %1 is damaged: %2</translation>
    </message>
    <message>
        <source>The server could not save this; nothing was changed. Try again. (%1)</source>
        <translation>The server could not save this; nothing was changed. Try again. (%1)</translation>
    </message>
    <message>
        <source>The server could not read its journal: %1</source>
        <translation>The server could not read its journal: %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>There is no journal at %1. Give the server&apos;s data directory with --data.</source>
        <translation>There is no journal at %1. Give the server&apos;s data directory with --data.</translation>
    </message>
    <message>
        <source>There is no &quot;%1&quot; translation; use en, zh_CN, zh_TW, lv or cy.</source>
        <translation>There is no &quot;%1&quot; translation; use en, zh_CN, zh_TW, lv or cy.</translation>
    </message>
    <message>
        <source>no &quot;%1&quot; translation; the PDF&apos;s words are in English.</source>
        <translation>no &quot;%1&quot; translation; the PDF&apos;s words are in English.</translation>
    </message>
</context>
<context>
    <name>SchemaUpgrade</name>
    <message>
        <source>it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.</source>
        <translation>it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.</translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation>schema upgrade to version %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>ServerOptionsParser</name>
    <message>
        <source>The branch configuration (JSON).</source>
        <translation>The branch configuration (JSON).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>directory</translation>
    </message>
    <message>
        <source>Too many arguments: %1

%2</source>
        <translation>Too many arguments: %1

%2</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation>Unknown command &quot;%1&quot;.

%2</translation>
    </message>
    <message>
        <source>Where the journal and the branch key live.</source>
        <translation>Where the journal and the branch key live.</translation>
    </message>
    <message>
        <source>The branch key file (default: branch.key in the data directory).</source>
        <translation>The branch key file (default: branch.key in the data directory).</translation>
    </message>
    <message>
        <source>TCP port for stations (default %1).</source>
        <translation>TCP port for stations (default %1).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to listen on (default: all).</source>
        <translation>Address to listen on (default: all).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>UDP port for announcing the server (default %1).</source>
        <translation>UDP port for announcing the server (default %1).</translation>
    </message>
    <message>
        <source>Do not announce the server; stations then need its address.</source>
        <translation>Do not announce the server; stations then need its address.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535.

%1</source>
        <translation>A port is a number from 1 to 65535.

%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address to listen on.</source>
        <translation>&quot;%1&quot; is not an IP address to listen on.</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>report: write the printable report to this PDF file.</source>
        <translation>report: write the printable report to this PDF file.</translation>
    </message>
    <message>
        <source>report: write the CSV tables into this directory.</source>
        <translation>report: write the CSV tables into this directory.</translation>
    </message>
    <message>
        <source>report: the PDF&apos;s language (en, zh_CN, zh_TW, lv, cy; default: the branch&apos;s).</source>
        <translation>report: the PDF&apos;s language (en, zh_CN, zh_TW, lv, cy; default: the branch&apos;s).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.</source>
        <translation>Say where the report goes: --pdf FILE, --csv DIRECTORY, or both.</translation>
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
        <translation>Tessera branch server: owns the queue, keeps the journal and serves the branch&apos;s stations.

Commands:
  run (default)      start the server
  check-config       validate the configuration file and exit
  hash-password      read a password on standard input and print its hash for the config
  key                print the branch key that every station needs (made on first use)
  new-key            replace the branch key; stations with the old one can no longer connect
  report             write a day&apos;s report: --date, then --pdf and/or --csv
  forecast           write a day&apos;s staffing plan: --date (default tomorrow), --pdf and/or --csv, or neither for the table on standard output</translation>
    </message>
    <message>
        <source>run, check-config, hash-password, key, new-key, report or forecast</source>
        <translation>run, check-config, hash-password, key, new-key, report or forecast</translation>
    </message>
    <message>
        <source>report and forecast: the business day, as YYYY-MM-DD, &quot;today&quot;, &quot;yesterday&quot; (the report&apos;s default) or &quot;tomorrow&quot; (the forecast&apos;s).</source>
        <translation>report and forecast: the business day, as YYYY-MM-DD, &quot;today&quot;, &quot;yesterday&quot; (the report&apos;s default) or &quot;tomorrow&quot; (the forecast&apos;s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.</source>
        <translation>&quot;%1&quot; is not a day: write it as YYYY-MM-DD (for example %2), today, yesterday or tomorrow.</translation>
    </message>
    <message>
        <source>The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).</source>
        <translation>The journal: a SQLite file, or a PostgreSQL database as postgresql://USER@HOST/DATABASE (default: journal.sqlite in the data directory).</translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>file or URL</translation>
    </message>
    <message>
        <source>Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).</source>
        <translation>Forward every journal event to the head office database, given as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full (see docs/HEADOFFICE.md).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Serve the customers&apos; web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.</source>
        <translation>Serve the customers&apos; web pages over HTTPS with this certificate (PEM, then any intermediates; see docs/WEB.md). Without it there are no web pages.</translation>
    </message>
    <message>
        <source>The web certificate&apos;s private key (PEM, unencrypted).</source>
        <translation>The web certificate&apos;s private key (PEM, unencrypted).</translation>
    </message>
    <message>
        <source>HTTPS port of the web pages (default %1).</source>
        <translation>HTTPS port of the web pages (default %1).</translation>
    </message>
    <message>
        <source>Plain HTTP port that only redirects to HTTPS (default %1; 0: none).</source>
        <translation>Plain HTTP port that only redirects to HTTPS (default %1; 0: none).</translation>
    </message>
    <message>
        <source>Give the web certificate and its key together: --web-certificate FILE --web-key FILE.</source>
        <translation>Give the web certificate and its key together: --web-certificate FILE --web-key FILE.</translation>
    </message>
    <message>
        <source>A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).

%1</source>
        <translation>A web port is a number from 1 to 65535 (0 turns the plain HTTP port off).

%1</translation>
    </message>
</context>
<context>
    <name>ServerRunner</name>
    <message>
        <source>Cannot read the configuration %1: %2</source>
        <translation>Cannot read the configuration %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
    </message>
    <message>
        <source>The data directory %1 is not writable by this user.</source>
        <translation>The data directory %1 is not writable by this user.</translation>
    </message>
</context>
<context>
    <name>ServerSecrets</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ServerTlsContext</name>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 with the stations&apos; PSK cipher suites (%1): %2. Install Debian 12&apos;s libssl3.</source>
        <translation>This OpenSSL cannot serve TLS 1.2 with the stations&apos; PSK cipher suites (%1): %2. Install Debian 12&apos;s libssl3.</translation>
    </message>
    <message>
        <source>This OpenSSL cannot serve TLS 1.2 or later: %1.</source>
        <translation>This OpenSSL cannot serve TLS 1.2 or later: %1.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.</source>
        <translation>Cannot use %1 as the web certificate: %2. Give a PEM file with the certificate first, then any intermediate certificates.</translation>
    </message>
    <message>
        <source>Cannot use %1 as the web certificate&apos;s private key: %2. Give an unencrypted PEM key readable by the server.</source>
        <translation>Cannot use %1 as the web certificate&apos;s private key: %2. Give an unencrypted PEM key readable by the server.</translation>
    </message>
    <message>
        <source>The private key %1 does not belong to the certificate %2.</source>
        <translation>The private key %1 does not belong to the certificate %2.</translation>
    </message>
</context>
<context>
    <name>StationPermissions</name>
    <message>
        <source>A display only shows the queue; it cannot change it.</source>
        <translation>A display only shows the queue; it cannot change it.</translation>
    </message>
    <message>
        <source>A kiosk can only issue tickets, check in appointments and take feedback.</source>
        <translation>A kiosk can only issue tickets, check in appointments and take feedback.</translation>
    </message>
    <message>
        <source>Log in with your name and password first.</source>
        <translation>Log in with your name and password first.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that. Ask a supervisor to log in.</source>
        <translation>Only a supervisor can do that. Ask a supervisor to log in.</translation>
    </message>
    <message>
        <source>%1 is logged in on this station; %2 cannot log in at a counter from here.</source>
        <translation>%1 is logged in on this station; %2 cannot log in at a counter from here.</translation>
    </message>
    <message>
        <source>Log in at your counter first.</source>
        <translation>Log in at your counter first.</translation>
    </message>
    <message>
        <source>You are at counter %1; you cannot act for counter %2.</source>
        <translation>You are at counter %1; you cannot act for counter %2.</translation>
    </message>
    <message>
        <source>This service does not take tickets on the web. Take one at the kiosk in the branch.</source>
        <translation>This service does not take tickets on the web. Take one at the kiosk in the branch.</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web. Call the branch to book it.</source>
        <translation>This service cannot be booked on the web. Call the branch to book it.</translation>
    </message>
    <message>
        <source>A customer&apos;s web page cannot do that.</source>
        <translation>A customer&apos;s web page cannot do that.</translation>
    </message>
    <message>
        <source>Give the booking&apos;s phone number.</source>
        <translation>Give the booking&apos;s phone number.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting: it has been called.</source>
        <translation>This ticket is no longer waiting: it has been called.</translation>
    </message>
</context>
<context>
    <name>StationSettingsFile</name>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as host:port, e.g. 192.168.1.10:47010.</source>
        <translation>&quot;%1&quot; is not a server address; write it as host:port, e.g. 192.168.1.10:47010.</translation>
    </message>
    <message>
        <source>Cannot read the station settings %1.</source>
        <translation>Cannot read the station settings %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file (INI format).</source>
        <translation>%1 is not a valid settings file (INI format).</translation>
    </message>
    <message>
        <source>must be kiosk, teller, display, supervisor or tool</source>
        <translation>must be kiosk, teller, display, supervisor or tool</translation>
    </message>
    <message>
        <source>is missing; give each station a unique id</source>
        <translation>is missing; give each station a unique id</translation>
    </message>
    <message>
        <source>is missing; it is the branchId of the server&apos;s configuration</source>
        <translation>is missing; it is the branchId of the server&apos;s configuration</translation>
    </message>
</context>
<context>
    <name>TellerSettings</name>
    <message>
        <source>%1: station.role is %2; a teller workstation needs role=teller or role=supervisor</source>
        <translation>%1: station.role is %2; a teller workstation needs role=teller or role=supervisor</translation>
    </message>
    <message>
        <source>%1: teller.chooseCounter must be true or false</source>
        <translation>%1: teller.chooseCounter must be true or false</translation>
    </message>
    <message>
        <source>%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true</source>
        <translation>%1: give station.counter (the counter this PC sits at), or set teller.chooseCounter=true</translation>
    </message>
    <message>
        <source>%1: teller.language must be one of %2</source>
        <translation>%1: teller.language must be one of %2</translation>
    </message>
</context>
<context>
    <name>TicketPaper</name>
    <message>
        <source>People ahead of you: %1</source>
        <translation>People ahead of you: %1</translation>
    </message>
</context>
<context>
    <name>TicketPrinter</name>
    <message>
        <source>there is no default printer</source>
        <translation>there is no default printer</translation>
    </message>
    <message>
        <source>there is no printer &quot;%1&quot;</source>
        <translation>there is no printer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; is stopped or failing</source>
        <translation>printer &quot;%1&quot; is stopped or failing</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; did not accept the ticket</source>
        <translation>printer &quot;%1&quot; did not accept the ticket</translation>
    </message>
    <message>
        <source>printer &quot;%1&quot; failed while printing</source>
        <translation>printer &quot;%1&quot; failed while printing</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Type the password on standard input.</source>
        <translation>Type the password on standard input.</translation>
    </message>
    <message>
        <source>Branch key in %1 (fingerprint %2). Enter it in each station&apos;s settings; keep it secret.</source>
        <translation>Branch key in %1 (fingerprint %2). Enter it in each station&apos;s settings; keep it secret.</translation>
    </message>
    <message>
        <source>A station on the command line, for checks, scripts and tests.

Commands:
  status   connect, print the queue&apos;s state as JSON, exit (1 if the server is not reached)
  watch    print every event as JSON lines until stopped
  script   read requests from standard input (see ToolScript.h; e.g. &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;)</source>
        <translation>A station on the command line, for checks, scripts and tests.

Commands:
  status   connect, print the queue&apos;s state as JSON, exit (1 if the server is not reached)
  watch    print every event as JSON lines until stopped
  script   read requests from standard input (see ToolScript.h; e.g. &apos;IssueTicket {&quot;service&quot;:&quot;cash&quot;}&apos;)</translation>
    </message>
    <message>
        <source>This program makes reports and forecasts for tessera-server; run tessera-server.</source>
        <translation>This program makes reports and forecasts for tessera-server; run tessera-server.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Cannot run %1: %2</translation>
    </message>
    <message>
        <source>tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.</source>
        <translation>tessera-server-documents, which makes reports and forecasts, is not in %1 or %2. Reinstall the tessera-server package.</translation>
    </message>
</context>
<context>
    <name>tessera-kiosk</name>
    <message>
        <source>This kiosk is not set up</source>
        <translation>This kiosk is not set up</translation>
    </message>
    <message>
        <source>%1

Fix the settings and restart the kiosk.</source>
        <translation>%1

Fix the settings and restart the kiosk.</translation>
    </message>
</context>
<context>
    <name>tessera::BranchClient</name>
    <message>
        <source>Not started.</source>
        <translation>Not started.</translation>
    </message>
    <message>
        <source>Looking for the server of branch %1 on the network...</source>
        <translation>Looking for the server of branch %1 on the network...</translation>
    </message>
    <message>
        <source>Connecting to the server at %1...</source>
        <translation>Connecting to the server at %1...</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1: %2</source>
        <translation>Cannot reach the server at %1: %2</translation>
    </message>
    <message>
        <source>it closed the connection</source>
        <translation>it closed the connection</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>The connection to the server was lost; log in again.</source>
        <translation>The connection to the server was lost; log in again.</translation>
    </message>
    <message>
        <source>Lost the server at %1 (%2). Reconnecting...</source>
        <translation>Lost the server at %1 (%2). Reconnecting...</translation>
    </message>
    <message>
        <source>Connected to %1 at %2.</source>
        <translation>Connected to %1 at %2.</translation>
    </message>
    <message>
        <source>Connected to %1; receiving the queue...</source>
        <translation>Connected to %1; receiving the queue...</translation>
    </message>
    <message>
        <source>snapshot part %1 arrived out of order</source>
        <translation>snapshot part %1 arrived out of order</translation>
    </message>
    <message>
        <source>the snapshot could not be read</source>
        <translation>the snapshot could not be read</translation>
    </message>
    <message>
        <source>event %1 arrived after %2</source>
        <translation>event %1 arrived after %2</translation>
    </message>
    <message>
        <source>event %1 (%2) could not be read</source>
        <translation>event %1 (%2) could not be read</translation>
    </message>
    <message>
        <source>Not connected to the server, so nothing was done. %1</source>
        <translation>Not connected to the server, so nothing was done. %1</translation>
    </message>
    <message>
        <source>Not connected to the server. %1</source>
        <translation>Not connected to the server. %1</translation>
    </message>
    <message>
        <source>The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.</source>
        <translation>The server did not confirm this in time. Check the queue before trying again: it may or may not have happened.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the report came. Try again.</source>
        <translation>The connection to the server was lost before the report came. Try again.</translation>
    </message>
    <message>
        <source>The server did not send the report in time. Try again.</source>
        <translation>The server did not send the report in time. Try again.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the plan came. Try again.</source>
        <translation>The connection to the server was lost before the plan came. Try again.</translation>
    </message>
    <message>
        <source>The server did not send the plan in time. Try again.</source>
        <translation>The server did not send the plan in time. Try again.</translation>
    </message>
    <message>
        <source>events arrived before the whole snapshot</source>
        <translation>events arrived before the whole snapshot</translation>
    </message>
</context>
<context>
    <name>tessera::BranchServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.</source>
        <translation>Cannot listen on %1 port %2: %3. Is another tessera-server running? Choose another port with --port.</translation>
    </message>
    <message>
        <source>No Hello within %1 ms.</source>
        <translation>No Hello within %1 ms.</translation>
    </message>
    <message>
        <source>The first message must be Hello, not %1.</source>
        <translation>The first message must be Hello, not %1.</translation>
    </message>
    <message>
        <source>A station does not send %1 messages.</source>
        <translation>A station does not send %1 messages.</translation>
    </message>
    <message>
        <source>Hello was already said.</source>
        <translation>Hello was already said.</translation>
    </message>
    <message>
        <source>This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.</source>
        <translation>This server speaks protocol %1 to %2; the station needs %3 to %4. Update the older one.</translation>
    </message>
    <message>
        <source>Hello has no stationId.</source>
        <translation>Hello has no stationId.</translation>
    </message>
    <message>
        <source>This server is branch %1; the station is set up for branch %2.</source>
        <translation>This server is branch %1; the station is set up for branch %2.</translation>
    </message>
    <message>
        <source>Your login has expired. Log in again with your password.</source>
        <translation>Your login has expired. Log in again with your password.</translation>
    </message>
    <message>
        <source>Unknown name or wrong password.</source>
        <translation>Unknown name or wrong password.</translation>
    </message>
    <message>
        <source>Too many failed logins on this connection.</source>
        <translation>Too many failed logins on this connection.</translation>
    </message>
    <message>
        <source>A command needs an id.</source>
        <translation>A command needs an id.</translation>
    </message>
    <message>
        <source>The station fell too far behind (%1 bytes unsent); reconnect to catch up.</source>
        <translation>The station fell too far behind (%1 bytes unsent); reconnect to catch up.</translation>
    </message>
    <message>
        <source>The server is shutting down.</source>
        <translation>The server is shutting down.</translation>
    </message>
    <message>
        <source>Only a supervisor may see the daily report: log in as a supervisor.</source>
        <translation>Only a supervisor may see the daily report: log in as a supervisor.</translation>
    </message>
    <message>
        <source>The report needs a day.</source>
        <translation>The report needs a day.</translation>
    </message>
    <message>
        <source>The station does not take the answer it asked for.</source>
        <translation>The station does not take the answer it asked for.</translation>
    </message>
    <message>
        <source>Only a supervisor may see the staffing plan: log in as a supervisor.</source>
        <translation>Only a supervisor may see the staffing plan: log in as a supervisor.</translation>
    </message>
    <message>
        <source>The plan needs a day.</source>
        <translation>The plan needs a day.</translation>
    </message>
    <message>
        <source>The answer to %1 does not fit a frame.</source>
        <translation>The answer to %1 does not fit a frame.</translation>
    </message>
    <message>
        <source>The web role is the server&apos;s own web front; a station says kiosk, teller, display, supervisor or tool.</source>
        <translation>The web role is the server&apos;s own web front; a station says kiosk, teller, display, supervisor or tool.</translation>
    </message>
    <message>
        <source>Cannot watch the stations&apos; connections: the server is out of file descriptors.</source>
        <translation>Cannot watch the stations&apos; connections: the server is out of file descriptors.</translation>
    </message>
</context>
<context>
    <name>tessera::DiscoveryListener</name>
    <message>
        <source>Cannot listen for the server&apos;s announcements on UDP port %1: %2</source>
        <translation>Cannot listen for the server&apos;s announcements on UDP port %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::DocumentOutput</name>
    <message>
        <source>The printer %1 reported an error; nothing may have been printed.</source>
        <translation>The printer %1 reported an error; nothing may have been printed.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Sent %n page to %1.</numerusform>
            <numerusform>Sent %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tessera::EventHistory</name>
    <message>
        <source>event %1 is missing from the journal (found %2 next)</source>
        <translation>event %1 is missing from the journal (found %2 next)</translation>
    </message>
    <message>
        <source>event %1 (%2) cannot be read</source>
        <translation>event %1 (%2) cannot be read</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeLink</name>
    <message>
        <source>The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.</source>
        <translation>The head office is a PostgreSQL database: give it as postgresql://ROLE@HOST/DATABASE?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office&apos;s CA certificate if it is not in ~/.postgresql/root.crt).</source>
        <translation>The head office link crosses the WAN: its URL must say sslmode=verify-full (with sslrootcert= the head office&apos;s CA certificate if it is not in ~/.postgresql/root.crt).</translation>
    </message>
</context>
<context>
    <name>tessera::HeadOfficeView</name>
    <message>
        <source>The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.</source>
        <translation>The head office database is a PostgreSQL database: give it as postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>Cannot open the head office database %1: %2</source>
        <translation>Cannot open the head office database %1: %2</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2 and this program reads schema %3: ask its administrator to run tessera-headoffice-admin init.</source>
        <translation>The head office database %1 is at schema %2 and this program reads schema %3: ask its administrator to run tessera-headoffice-admin init.</translation>
    </message>
    <message>
        <source>The head office database %1 is at schema %2, newer than this program reads (%3): install the Tessera version of the head office.</source>
        <translation>The head office database %1 is at schema %2, newer than this program reads (%3): install the Tessera version of the head office.</translation>
    </message>
    <message>
        <source>Cannot follow the head office database %1: %2</source>
        <translation>Cannot follow the head office database %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the branches: %1</source>
        <translation>Cannot read the branches: %1</translation>
    </message>
    <message>
        <source>Cannot read the daily figures: %1</source>
        <translation>Cannot read the daily figures: %1</translation>
    </message>
    <message>
        <source>The daily figures in the head office database cannot be read: ask its administrator to run tessera-headoffice-admin rebuild.</source>
        <translation>The daily figures in the head office database cannot be read: ask its administrator to run tessera-headoffice-admin rebuild.</translation>
    </message>
</context>
<context>
    <name>tessera::MessageCodec</name>
    <message>
        <source>The message has no &quot;msg&quot; type name.</source>
        <translation>The message has no &quot;msg&quot; type name.</translation>
    </message>
    <message>
        <source>Unknown message type &quot;%1&quot;.</source>
        <translation>Unknown message type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 message has a wrong value in &quot;%2&quot;.</source>
        <translation>The %1 message has a wrong value in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The %1 command has a wrong value in &quot;%2&quot;.</source>
        <translation>The %1 command has a wrong value in &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>tessera::NewTicketWait</name>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>up to %1 min</translation>
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
        <translation>Cannot create the directory %1 for the CSV files.</translation>
    </message>
</context>
<context>
    <name>tessera::PlanCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV file.</source>
        <translation>Cannot create the directory %1 for the CSV file.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::PlanSource</name>
    <message>
        <source>The plan needs a day.</source>
        <translation>The plan needs a day.</translation>
    </message>
</context>
<context>
    <name>tessera::ReportCsv</name>
    <message>
        <source>Cannot create the directory %1 for the CSV files.</source>
        <translation>Cannot create the directory %1 for the CSV files.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::ReportSource</name>
    <message>
        <source>The journal %1 is empty: the branch has not run yet.</source>
        <translation>The journal %1 is empty: the branch has not run yet.</translation>
    </message>
    <message>
        <source>The journal starts on %1; there are no figures for %2.</source>
        <translation>The journal starts on %1; there are no figures for %2.</translation>
    </message>
    <message>
        <source>The business day %1 has not begun yet.</source>
        <translation>The business day %1 has not begun yet.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be read: %2</source>
        <translation>The journal %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The journal %1 holds no branch configuration.</source>
        <translation>The journal %1 holds no branch configuration.</translation>
    </message>
    <message>
        <source>The journal has nothing for %1: the server was not running that day.</source>
        <translation>The journal has nothing for %1: the server was not running that day.</translation>
    </message>
</context>
<context>
    <name>tessera::StationSetup</name>
    <message>
        <source>kiosk</source>
        <translation>kiosk</translation>
    </message>
    <message>
        <source>teller&apos;s workstation</source>
        <translation>teller&apos;s workstation</translation>
    </message>
    <message>
        <source>lobby display</source>
        <translation>lobby display</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>tool</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Check and save</translation>
    </message>
    <message>
        <source>Set up this %1</source>
        <translation>Set up this %1</translation>
    </message>
    <message>
        <source>This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.</source>
        <translation>This PC is not set up yet. Enter the branch key (on the server PC: tessera-server key) and what this %1 needs. Tessera checks it all with the branch server before saving.</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, spaces allowed</source>
        <translation>64 hexadecimal digits, spaces allowed</translation>
    </message>
    <message>
        <source>only where the LAN blocks discovery, e.g. 192.168.1.10:47010</source>
        <translation>only where the LAN blocks discovery, e.g. 192.168.1.10:47010</translation>
    </message>
    <message>
        <source>Branch key:</source>
        <translation>Branch key:</translation>
    </message>
    <message>
        <source>Servers found:</source>
        <translation>Servers found:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Server address:</translation>
    </message>
    <message>
        <source>Station name:</source>
        <translation>Station name:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.</source>
        <translation>No server of this branch answered with this key. Check the key, that the server is running, and, where the LAN blocks discovery, type its address.</translation>
    </message>
    <message>
        <source>The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)</source>
        <translation>The server did not accept this station within %1 s: check the key (the server shows it with tessera-server key) and the address. (%2)</translation>
    </message>
    <message>
        <source>Enter the branch key: the servers of the branch then show here by themselves.</source>
        <translation>Enter the branch key: the servers of the branch then show here by themselves.</translation>
    </message>
    <message>
        <source>Cannot listen for servers on the LAN (%1); type the server&apos;s address.</source>
        <translation>Cannot listen for servers on the LAN (%1); type the server&apos;s address.</translation>
    </message>
    <message>
        <source>Looking for the branch&apos;s servers…</source>
        <translation>Looking for the branch&apos;s servers…</translation>
    </message>
    <message>
        <source>%1 (%2) at %3:%4</source>
        <translation>%1 (%2) at %3:%4</translation>
    </message>
    <message>
        <source>Found the branch&apos;s server. Fill in the rest and press Check and save.</source>
        <translation>Found the branch&apos;s server. Fill in the rest and press Check and save.</translation>
    </message>
    <message>
        <source>The branch key is not right: %1</source>
        <translation>The branch key is not right: %1</translation>
    </message>
    <message>
        <source>Server address: %1</source>
        <translation>Server address: %1</translation>
    </message>
    <message>
        <source>Connecting to the branch server…</source>
        <translation>Connecting to the branch server…</translation>
    </message>
    <message>
        <source>The server refused this station: %1</source>
        <translation>The server refused this station: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Cannot create the folder for %1.</translation>
    </message>
    <message>
        <source>all; or a zone such as 1, 2, 3</source>
        <translation>all; or a zone such as 1, 2, 3</translation>
    </message>
    <message>
        <source>all; or service ids such as cash, loans</source>
        <translation>all; or service ids such as cash, loans</translation>
    </message>
    <message>
        <source>Counters shown:</source>
        <translation>Counters shown:</translation>
    </message>
    <message>
        <source>Services shown:</source>
        <translation>Services shown:</translation>
    </message>
    <message>
        <source>The branch has no counter &quot;%1&quot;.</source>
        <translation>The branch has no counter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The branch has no service &quot;%1&quot;.</source>
        <translation>The branch has no service &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No printer: the number on screen only</source>
        <translation>No printer: the number on screen only</translation>
    </message>
    <message>
        <source>Ticket printer:</source>
        <translation>Ticket printer:</translation>
    </message>
    <message>
        <source>The teller chooses the counter when logging in</source>
        <translation>The teller chooses the counter when logging in</translation>
    </message>
    <message>
        <source>The supervisor&apos;s PC (branch overview and daily report)</source>
        <translation>The supervisor&apos;s PC (branch overview and daily report)</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Counter:</translation>
    </message>
    <message>
        <source>The branch has no counter %1; its counters are %2.</source>
        <translation>The branch has no counter %1; its counters are %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: check that this user may write there.</source>
        <translation>Cannot write %1: check that this user may write there.</translation>
    </message>
</context>
<context>
    <name>tessera::WebServer</name>
    <message>
        <source>Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.</source>
        <translation>Cannot listen for web pages on %1 port %2: %3. Choose another port with --web-port.</translation>
    </message>
    <message>
        <source>Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.</source>
        <translation>Cannot listen for plain HTTP on %1 port %2: %3. Choose another port with --web-http-port.</translation>
    </message>
    <message>
        <source>Cannot watch the web pages&apos; connections: the server is out of file descriptors.</source>
        <translation>Cannot watch the web pages&apos; connections: the server is out of file descriptors.</translation>
    </message>
</context>
<context>
    <name>tessera::display::Announcer</name>
    <message>
        <source>Sound: a part of the announcement did not finish playing; check the speakers.</source>
        <translation>Sound: a part of the announcement did not finish playing; check the speakers.</translation>
    </message>
    <message>
        <source>Voice pack %1 has no recording for: %2</source>
        <translation>Voice pack %1 has no recording for: %2</translation>
    </message>
    <message>
        <source>Sound: there is no audio output; calls are shown but not announced.</source>
        <translation>Sound: there is no audio output; calls are shown but not announced.</translation>
    </message>
    <message>
        <source>Sound: the audio output could not be opened (error %1).</source>
        <translation>Sound: the audio output could not be opened (error %1).</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Sound:</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer failed: %2</source>
        <translation>Speech: the &quot;%1&quot; synthesizer failed: %2</translation>
    </message>
    <message>
        <source>Speech: the &quot;%1&quot; synthesizer is not working: %2</source>
        <translation>Speech: the &quot;%1&quot; synthesizer is not working: %2</translation>
    </message>
</context>
<context>
    <name>tessera::display::DisplayWindow</name>
    <message>
        <source>Tessera display</source>
        <translation>Tessera display</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Not connected. Calls will appear here again as soon as the connection is back.</source>
        <translation>Not connected. Calls will appear here again as soon as the connection is back.</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Called again</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <source>Recent calls (may be out of date)</source>
        <translation>Recent calls (may be out of date)</translation>
    </message>
    <message>
        <source>%1: %2 waiting</source>
        <translation>%1: %2 waiting</translation>
    </message>
    <message>
        <source>%1: %2 waiting, new tickets %3</source>
        <translation>%1: %2 waiting, new tickets %3</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchDetailDialog</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Stations offline: %1</source>
        <translation>Stations offline: %1</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::BranchTableModel</name>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Waiting by service</source>
        <translation>Waiting by service</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Within target today</source>
        <translation>Within target today</translation>
    </message>
    <message>
        <source>Counters open</source>
        <translation>Counters open</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>Print failures today</translation>
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
        <translation>Refused</translation>
    </message>
    <message>
        <source>Not connected yet</source>
        <translation>Not connected yet</translation>
    </message>
    <message>
        <source>Online, catching up</source>
        <translation>Online, catching up</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline since %1</translation>
    </message>
    <message>
        <source>refused by the head office: %1</source>
        <translation>refused by the head office: %1</translation>
    </message>
    <message>
        <source>offline for %1</source>
        <translation>offline for %1</translation>
    </message>
    <message>
        <source>the kiosk could not print the last ticket (%1)</source>
        <translation>the kiosk could not print the last ticket (%1)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message>
        <source>%1 waiting %2, target %3</source>
        <translation>%1 waiting %2, target %3</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more service(s) past target)</source>
        <translation>
            <numerusform> (and %n more service past target)</numerusform>
            <numerusform> (and %n more services past target)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stations offline</source>
        <translation>Stations offline</translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::HeadOfficeWindow</name>
    <message>
        <source>Live from %1; last change %2</source>
        <translation>Live from %1; last change %2</translation>
    </message>
    <message>
        <source>The connection to the head office is lost; trying again. %1</source>
        <translation>The connection to the head office is lost; trying again. %1</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Tessera head office</translation>
    </message>
    <message>
        <source>Period report…</source>
        <translation>Period report…</translation>
    </message>
    <message>
        <source>Say which head office database to watch: tessera-headoffice &apos;postgresql://...&apos; (the administrator&apos;s tessera-headoffice-admin add-viewer prints it).</source>
        <translation>Say which head office database to watch: tessera-headoffice &apos;postgresql://...&apos; (the administrator&apos;s tessera-headoffice-admin add-viewer prints it).</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more branch(es) with alarms</source>
        <translation>
            <numerusform>…and %n more branch with alarms</numerusform>
            <numerusform>…and %n more branches with alarms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::headoffice::PeriodReportDialog</name>
    <message>
        <source>Period report</source>
        <translation>Period report</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Make the report</source>
        <translation>Make the report</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Tick at least one branch.</source>
        <translation>Tick at least one branch.</translation>
    </message>
    <message>
        <source>The first day comes after the last: swap them.</source>
        <translation>The first day comes after the last: swap them.</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) with figures; made in %1 s.</source>
        <translation>
            <numerusform>%n branch with figures; made in %1 s.</numerusform>
            <numerusform>%n branches with figures; made in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>No branch has figures for these days.</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>Save the period report</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>Save the report&apos;s tables in</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::CheckInScreen</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>Check in for your appointment</translation>
    </message>
    <message>
        <source>Enter the %1-digit code from your booking confirmation.</source>
        <translation>Enter the %1-digit code from your booking confirmation.</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Code entered: %1</source>
        <translation>Code entered: %1</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::KioskWindow</name>
    <message>
        <source>Tessera kiosk</source>
        <translation>Tessera kiosk</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>This kiosk cannot issue tickets right now. Please ask a member of staff for help.</source>
        <translation>This kiosk cannot issue tickets right now. Please ask a member of staff for help.</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>Sorry, no ticket was issued</translation>
    </message>
    <message>
        <source>Please try again, or ask a member of staff for help.</source>
        <translation>Please try again, or ask a member of staff for help.</translation>
    </message>
    <message>
        <source>All of today&apos;s numbers for this service have been given out. Please ask a member of staff.</source>
        <translation>All of today&apos;s numbers for this service have been given out. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>No tickets can be taken for this service now. Please come back when it is open.</source>
        <translation>No tickets can be taken for this service now. Please come back when it is open.</translation>
    </message>
    <message>
        <source>You could not be checked in</source>
        <translation>You could not be checked in</translation>
    </message>
    <message>
        <source>You are early: your appointment is at %1. You can check in from %2.</source>
        <translation>You are early: your appointment is at %1. You can check in from %2.</translation>
    </message>
    <message>
        <source>You are early. Please check in closer to your appointment time.</source>
        <translation>You are early. Please check in closer to your appointment time.</translation>
    </message>
    <message>
        <source>The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.</source>
        <translation>The time to check in for this appointment has passed. Please take a ticket on the start screen, or ask a member of staff.</translation>
    </message>
    <message>
        <source>This code has already been used. Your number is %1.</source>
        <translation>This code has already been used. Your number is %1.</translation>
    </message>
    <message>
        <source>This code has already been used. Please ask a member of staff.</source>
        <translation>This code has already been used. Please ask a member of staff.</translation>
    </message>
    <message>
        <source>We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.</source>
        <translation>We cannot find code %1. Check the code in your booking confirmation and try again, or take a ticket on the start screen.</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::NoticeScreen</name>
    <message>
        <source>Back to the start</source>
        <translation>Back to the start</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::PriorityScreen</name>
    <message>
        <source>I am 65 or older</source>
        <translation>I am 65 or older</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>I am pregnant</translation>
    </message>
    <message>
        <source>I have a disability</source>
        <translation>I have a disability</translation>
    </message>
    <message>
        <source>Do you need to be served first?</source>
        <translation>Do you need to be served first?</translation>
    </message>
    <message>
        <source>No, a standard ticket</source>
        <translation>No, a standard ticket</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::StartScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Touch the service you need to take a ticket.</source>
        <translation>Touch the service you need to take a ticket.</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>I have an appointment</translation>
    </message>
</context>
<context>
    <name>tessera::kiosk::TicketScreen</name>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>Your number is %1</source>
        <translation>Your number is %1</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>People ahead of you: %1</translation>
    </message>
    <message>
        <source>We will call you as soon as a counter opens.</source>
        <translation>We will call you as soon as a counter opens.</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>Please take your ticket below.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.</source>
        <translation>The ticket could not be printed. Please remember your number: %1. Your place in the queue is kept.</translation>
    </message>
    <message>
        <source>Please remember your number. It will be shown on the screens when it is your turn.</source>
        <translation>Please remember your number. It will be shown on the screens when it is your turn.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>QR code of your ticket&apos;s page</source>
        <translation>QR code of your ticket&apos;s page</translation>
    </message>
    <message>
        <source>Scan the code to follow your turn on your phone. You can also leave the queue there.</source>
        <translation>Scan the code to follow your turn on your phone. You can also leave the queue there.</translation>
    </message>
</context>
<context>
    <name>tessera::report::HourChart</name>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>Average wait (min)</translation>
    </message>
</context>
<context>
    <name>tessera::report::PdfFile</name>
    <message>
        <source>Cannot create the directory %1 for the PDF.</source>
        <translation>Cannot create the directory %1 for the PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>tessera::report::PeriodDocument</name>
    <message>
        <source>Branches from %1 to %2</source>
        <translation>Branches from %1 to %2</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% waited at most</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>(day running)</source>
        <translation>(day running)</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>All branches</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Tessera head office</source>
        <translation>Tessera head office</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es), business days from %1 to %2</source>
        <translation>
            <numerusform>%n branch, business days from %1 to %2</numerusform>
            <numerusform>%n branches, business days from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No branch has figures for these days.</source>
        <translation>No branch has figures for these days.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>How these figures are counted</translation>
    </message>
    <message>
        <source>A period&apos;s counts add up its business days. Its average, its 90th percentile and its share within target are of every wait in the period, not of the daily figures.</source>
        <translation>A period&apos;s counts add up its business days. Its average, its 90th percentile and its share within target are of every wait in the period, not of the daily figures.</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>The printer or the PDF file cannot be drawn on.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>The report could not be finished on the printer or in the PDF file.</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Rating (ratings)</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanChart</name>
    <message>
        <source>Customers expected</source>
        <translation>Customers expected</translation>
    </message>
    <message>
        <source>Counters advised</source>
        <translation>Counters advised</translation>
    </message>
    <message>
        <source>Counters open a week before</source>
        <translation>Counters open a week before</translation>
    </message>
</context>
<context>
    <name>tessera::report::PlanDocument</name>
    <message>
        <source>Staffing plan: %1</source>
        <translation>Staffing plan: %1</translation>
    </message>
    <message>
        <source>There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch&apos;s first day.</source>
        <translation>There is not enough history to forecast this day: the journal has no earlier day with customers. The plan appears after the branch&apos;s first day.</translation>
    </message>
    <message>
        <source>No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.</source>
        <translation>No customers are expected: on this weekday of the last weeks nobody came, so the branch is taken to be closed.</translation>
    </message>
    <message>
        <source>Customers expected</source>
        <translation>Customers expected</translation>
    </message>
    <message>
        <source>Most counters advised</source>
        <translation>Most counters advised</translation>
    </message>
    <message>
        <source>Counter hours advised</source>
        <translation>Counter hours advised</translation>
    </message>
    <message>
        <source>Counter hours open a week before</source>
        <translation>Counter hours open a week before</translation>
    </message>
    <message>
        <source>How the advice is worked out</source>
        <translation>How the advice is worked out</translation>
    </message>
    <message numerus="yes">
        <source>Forecast from the %n day(s) of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.</source>
        <translation>
            <numerusform>Forecast from the %n day of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.</numerusform>
            <numerusform>Forecast from the %n days of history there are, each alike: no earlier day of this weekday yet, so treat it as a rough guide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forecast from this weekday in the last %n week(s), the later weeks weighing more, spread over the day as on %1 past days of similar volume.</source>
        <translation>
            <numerusform>Forecast from this weekday in the last %n week, the later weeks weighing more, spread over the day as on %1 past days of similar volume.</numerusform>
            <numerusform>Forecast from this weekday in the last %n weeks, the later weeks weighing more, spread over the day as on %1 past days of similar volume.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counters advised: the fewest with which %1 of customers are called within their service&apos;s target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.</source>
        <translation>Counters advised: the fewest with which %1 of customers are called within their service&apos;s target wait, by Erlang A: random arrivals at the forecast rate, the learned service times, and customers who give up after the patience the journal shows. Erlang C, which assumes nobody gives up, is given beside it and asks for as many or more.</translation>
    </message>
    <message>
        <source>The branch&apos;s counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service&apos;s work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.</source>
        <translation>The branch&apos;s counters serve several services, so the advice is for all of them together, at the mean service time of the mix and the strictest target among them. The last column shares it out by each service&apos;s work (customers times service time): counters kept for one service alone need more, as separate lines cannot help each other.</translation>
    </message>
    <message>
        <source>Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.</source>
        <translation>Counters open a week before are averaged over each half hour: a counter open for 15 of its 30 minutes counts as half.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Service time</translation>
    </message>
    <message>
        <source>Erlang C</source>
        <translation>Erlang C</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Advised</translation>
    </message>
    <message>
        <source>Reaches</source>
        <translation>Reaches</translation>
    </message>
    <message>
        <source>Open a week before</source>
        <translation>Open a week before</translation>
    </message>
    <message>
        <source>Shared out</source>
        <translation>Shared out</translation>
    </message>
    <message>
        <source>Staffing plan, %1</source>
        <translation>Staffing plan, %1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>The printer or the PDF file cannot be drawn on.</translation>
    </message>
    <message>
        <source>The plan could not be finished on the printer or in the PDF file.</source>
        <translation>The plan could not be finished on the printer or in the PDF file.</translation>
    </message>
    <message>
        <source>Staffing plan: %1, %2</source>
        <translation>Staffing plan: %1, %2</translation>
    </message>
</context>
<context>
    <name>tessera::report::ReportDocument</name>
    <message>
        <source>Daily report: %1</source>
        <translation>Daily report: %1</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Called within target</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>Tellers</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Business day from %1 to %2 (%3)</source>
        <translation>Business day from %1 to %2 (%3)</translation>
    </message>
    <message>
        <source>The day is not over: figures up to %1.</source>
        <translation>The day is not over: figures up to %1.</translation>
    </message>
    <message>
        <source>Customers by service</source>
        <translation>Customers by service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Transferred in</source>
        <translation>Transferred in</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Still waiting</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>Waiting and service times</source>
        <translation>Waiting and service times</translation>
    </message>
    <message>
        <source>Times in minutes and seconds. Waits are to the first call; the target is the service&apos;s own.</source>
        <translation>Times in minutes and seconds. Waits are to the first call; the target is the service&apos;s own.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Median wait</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90% waited at most</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Median service</source>
        <translation>Median service</translation>
    </message>
    <message>
        <source>Hour by hour</source>
        <translation>Hour by hour</translation>
    </message>
    <message>
        <source>No customers this day.</source>
        <translation>No customers this day.</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <source>Longest line</source>
        <translation>Longest line</translation>
    </message>
    <message>
        <source>Nobody worked this day.</source>
        <translation>Nobody worked this day.</translation>
    </message>
    <message>
        <source>Open (h:mm)</source>
        <translation>Open (h:mm)</translation>
    </message>
    <message>
        <source>Paused (h:mm)</source>
        <translation>Paused (h:mm)</translation>
    </message>
    <message>
        <source>Serving (h:mm)</source>
        <translation>Serving (h:mm)</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Booked for this day</source>
        <translation>Booked for this day</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Wait estimates</source>
        <translation>Wait estimates</translation>
    </message>
    <message>
        <source>Tickets compared</source>
        <translation>Tickets compared</translation>
    </message>
    <message>
        <source>Waits ran longer, on average, by</source>
        <translation>Waits ran longer, on average, by</translation>
    </message>
    <message>
        <source>Waits ran shorter, on average, by</source>
        <translation>Waits ran shorter, on average, by</translation>
    </message>
    <message>
        <source>Mean error either way</source>
        <translation>Mean error either way</translation>
    </message>
    <message>
        <source>Waited longer than the ticket said</source>
        <translation>Waited longer than the ticket said</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>How these figures are counted</translation>
    </message>
    <message>
        <source>A wait runs from the moment a ticket joins a service&apos;s line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket&apos;s second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.</source>
        <translation>A wait runs from the moment a ticket joins a service&apos;s line (issued, or transferred to it) to its first call there; recalls do not restart it. A transferred ticket&apos;s second wait counts in the service it was transferred to. Tickets cancelled or never called have no wait.</translation>
    </message>
    <message>
        <source>Within target: called within the service&apos;s target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).</source>
        <translation>Within target: called within the service&apos;s target wait. The median of an even number of waits is the mean of the middle two; 90% waited at most the 90th percentile (nearest rank).</translation>
    </message>
    <message>
        <source>Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.</source>
        <translation>Service time runs from the start of service (or from the call, when the ticket was finished without being started) to its finish; every finish counts as served, whatever its outcome.</translation>
    </message>
    <message>
        <source>Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.</source>
        <translation>Open time runs from opening a counter to closing it, pauses included. Serving time also counts a customer transferred away, up to the transfer. Utilisation is serving time over open time less pauses.</translation>
    </message>
    <message>
        <source>Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.</source>
        <translation>Estimates compare the wait printed on a ticket with its wait to the first call, for tickets issued with one and called before any transfer. The longest line is the most tickets waiting at once in the whole branch.</translation>
    </message>
    <message>
        <source>Daily report, %1</source>
        <translation>Daily report, %1</translation>
    </message>
    <message>
        <source>Tessera, printed %1</source>
        <translation>Tessera, printed %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Daily report: %1, %2</source>
        <translation>Daily report: %1, %2</translation>
    </message>
    <message>
        <source>Every event counts on the business day the server filed it under, from one rollover to the next, in the branch&apos;s time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.</source>
        <translation>Every event counts on the business day the server filed it under, from one rollover to the next, in the branch&apos;s time zone; tickets still waiting at the rollover are cancelled, and counted, on the day that ended.</translation>
    </message>
    <message>
        <source>A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.</source>
        <translation>A counter left open overnight counts as open until it is closed; calling a customer who does not come is not serving time. An appointment not checked in by the end of its grace period counts as expired.</translation>
    </message>
    <message>
        <source>The printer or the PDF file cannot be drawn on.</source>
        <translation>The printer or the PDF file cannot be drawn on.</translation>
    </message>
    <message>
        <source>The report could not be finished on the printer or in the PDF file.</source>
        <translation>The report could not be finished on the printer or in the PDF file.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Estimates within range</source>
        <translation>Estimates within range</translation>
    </message>
    <message>
        <source>Within the printed range</source>
        <translation>Within the printed range</translation>
    </message>
    <message>
        <source>Within the printed range: the wait to the first call fell inside the range the ticket showed (&quot;3–6 min&quot;); the errors are against the estimate&apos;s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch&apos;s history expected in each hour when the day began, as in the staffing plan.</source>
        <translation>Within the printed range: the wait to the first call fell inside the range the ticket showed (&quot;3–6 min&quot;); the errors are against the estimate&apos;s own figure, before it was rounded to minutes. Estimates by the hour count the tickets issued in it. The forecast is what the branch&apos;s history expected in each hour when the day began, as in the staffing plan.</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Rating (ratings)</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Customer satisfaction</translation>
    </message>
    <message>
        <source>Ratings given</source>
        <translation>Ratings given</translation>
    </message>
    <message>
        <source>Average rating (1 to 5)</source>
        <translation>Average rating (1 to 5)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <source>Average rating</source>
        <translation>Average rating</translation>
    </message>
    <message>
        <source>What customers wrote</source>
        <translation>What customers wrote</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Ratings (1 to 5) are given by customers on their ticket&apos;s web page after the visit, at most once per ticket, and count on the day they were given for the service, counter and teller that finished the visit. Their comments are printed as typed.</source>
        <translation>Ratings (1 to 5) are given by customers on their ticket&apos;s web page after the visit, at most once per ticket, and count on the day they were given for the service, counter and teller that finished the visit. Their comments are printed as typed.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::AppointmentsPage</name>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>Cancel the selected appointment</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>Booked for %1. Give the customer the check-in code %2.</source>
        <translation>Booked for %1. Give the customer the check-in code %2.</translation>
    </message>
    <message>
        <source>Select the appointment to cancel.</source>
        <translation>Select the appointment to cancel.</translation>
    </message>
    <message>
        <source>The appointment with code %1 is cancelled.</source>
        <translation>The appointment with code %1 is cancelled.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CallNumberDialog</name>
    <message>
        <source>Call a number</source>
        <translation>Call a number</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>tessera::teller::CompactBar</name>
    <message>
        <source>Tessera counter</source>
        <translation>Tessera counter</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Full window</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>calling</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::teller::CounterDesk</name>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Not connected to the server (%1). This comes back by itself.</source>
        <translation>Not connected to the server (%1). This comes back by itself.</translation>
    </message>
    <message>
        <source>Log in at a counter first.</source>
        <translation>Log in at a counter first.</translation>
    </message>
    <message>
        <source>Waiting for the server to confirm the last action.</source>
        <translation>Waiting for the server to confirm the last action.</translation>
    </message>
    <message>
        <source>The counter is paused: resume it to call customers.</source>
        <translation>The counter is paused: resume it to call customers.</translation>
    </message>
    <message>
        <source>The counter is closed.</source>
        <translation>The counter is closed.</translation>
    </message>
    <message>
        <source>Nobody is being called at this counter.</source>
        <translation>Nobody is being called at this counter.</translation>
    </message>
    <message>
        <source>%1 is still being called: start service, recall or mark a no-show first.</source>
        <translation>%1 is still being called: start service, recall or mark a no-show first.</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>Nobody is waiting for this counter.</translation>
    </message>
    <message>
        <source>Start service for %1 first (or mark a no-show).</source>
        <translation>Start service for %1 first (or mark a no-show).</translation>
    </message>
    <message>
        <source>Nobody is being served at this counter.</source>
        <translation>Nobody is being served at this counter.</translation>
    </message>
    <message>
        <source>There is no customer at this counter to transfer.</source>
        <translation>There is no customer at this counter to transfer.</translation>
    </message>
    <message>
        <source>The counter is not open.</source>
        <translation>The counter is not open.</translation>
    </message>
    <message>
        <source>The counter is already open.</source>
        <translation>The counter is already open.</translation>
    </message>
    <message>
        <source>%1 is still at the counter: finish or transfer it first.</source>
        <translation>%1 is still at the counter: finish or transfer it first.</translation>
    </message>
    <message>
        <source>no counter open</source>
        <translation>no counter open</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>No customer at the counter</source>
        <translation>No customer at the counter</translation>
    </message>
    <message numerus="yes">
        <source>Calling (recalled %n time(s))</source>
        <translation>
            <numerusform>Calling (recalled %n time)</numerusform>
            <numerusform>Calling (recalled %n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Calling</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Serving</translation>
    </message>
    <message>
        <source>waited %1</source>
        <translation>waited %1</translation>
    </message>
    <message>
        <source>serving for %1</source>
        <translation>serving for %1</translation>
    </message>
    <message numerus="yes">
        <source>Transferred %n time(s). Note: %1</source>
        <translation>
            <numerusform>Transferred %n time. Note: %1</numerusform>
            <numerusform>Transferred %n times. Note: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tessera::teller::FinishDialog</name>
    <message>
        <source>Finish %1</source>
        <translation>Finish %1</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tessera::teller::LoginPanel</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Log in at your counter</source>
        <translation>Log in at your counter</translation>
    </message>
    <message>
        <source>Not connected to the server: %1</source>
        <translation>Not connected to the server: %1</translation>
    </message>
    <message>
        <source>Enter your name and password.</source>
        <translation>Enter your name and password.</translation>
    </message>
    <message>
        <source>This PC is set up for counter %1, which the branch configuration does not have. Correct counter= in the station settings.</source>
        <translation>This PC is set up for counter %1, which the branch configuration does not have. Correct counter= in the station settings.</translation>
    </message>
</context>
<context>
    <name>tessera::teller::PlanningPage</name>
    <message>
        <source>Show plan</source>
        <translation>Show plan</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Pick a day and press Show plan: the forecast and the counters advised come from the branch&apos;s history in the server&apos;s journal.</source>
        <translation>Pick a day and press Show plan: the forecast and the counters advised come from the branch&apos;s history in the server&apos;s journal.</translation>
    </message>
    <message>
        <source>Asking the server for the plan of %1…</source>
        <translation>Asking the server for the plan of %1…</translation>
    </message>
    <message>
        <source>There is not enough history to forecast %1: the journal has no earlier day with customers.</source>
        <translation>There is not enough history to forecast %1: the journal has no earlier day with customers.</translation>
    </message>
    <message>
        <source>No customers are expected on %1: nobody came on this weekday in the last weeks.</source>
        <translation>No customers are expected on %1: nobody came on this weekday in the last weeks.</translation>
    </message>
    <message>
        <source>%1: about %2 customers expected; at most %3 counters advised at once, so that %4 of customers are called within their target wait.</source>
        <translation>%1: about %2 customers expected; at most %3 counters advised at once, so that %4 of customers are called within their target wait.</translation>
    </message>
    <message numerus="yes">
        <source>%n counter(s) open now; the plan advises %1 for %2–%3, when about %4 customers are expected. Open more if you can.</source>
        <translation>
            <numerusform>%n counter open now; the plan advises %1 for %2–%3, when about %4 customers are expected. Open more if you can.</numerusform>
            <numerusform>%n counters open now; the plan advises %1 for %2–%3, when about %4 customers are expected. Open more if you can.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the plan first.</source>
        <translation>Show the plan first.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Staffing plan %1</source>
        <translation>Staffing plan %1</translation>
    </message>
    <message>
        <source>Save the staffing plan</source>
        <translation>Save the staffing plan</translation>
    </message>
    <message>
        <source>Save the plan&apos;s table in</source>
        <translation>Save the plan&apos;s table in</translation>
    </message>
</context>
<context>
    <name>tessera::teller::ReportPage</name>
    <message>
        <source>Show figures</source>
        <translation>Show figures</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save tables as CSV…</source>
        <translation>Save tables as CSV…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Business day:</source>
        <translation>Business day:</translation>
    </message>
    <message>
        <source>Pick a business day and press Show figures. The figures come from the server&apos;s journal.</source>
        <translation>Pick a business day and press Show figures. The figures come from the server&apos;s journal.</translation>
    </message>
    <message>
        <source>Asking the server for the figures of %1…</source>
        <translation>Asking the server for the figures of %1…</translation>
    </message>
    <message>
        <source>%1, a complete business day.</source>
        <translation>%1, a complete business day.</translation>
    </message>
    <message>
        <source>%1: the day is not over, so these are the figures so far.</source>
        <translation>%1: the day is not over, so these are the figures so far.</translation>
    </message>
    <message>
        <source>Show the figures first.</source>
        <translation>Show the figures first.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n table(s) in %1.</source>
        <translation>
            <numerusform>Saved %n table in %1.</numerusform>
            <numerusform>Saved %n tables in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily report %1</source>
        <translation>Daily report %1</translation>
    </message>
    <message>
        <source>Save the daily report</source>
        <translation>Save the daily report</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables in</source>
        <translation>Save the report&apos;s tables in</translation>
    </message>
    <message>
        <source>Rating (ratings)</source>
        <translation>Rating (ratings)</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Tellers</source>
        <translation>Tellers</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Issued %1 · served %2 · no-shows %3 · cancelled %4 · average wait %5 · called within target %6 · average service %7 · rating %8</source>
        <translation>Issued %1 · served %2 · no-shows %3 · cancelled %4 · average wait %5 · called within target %6 · average service %7 · rating %8</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
</context>
<context>
    <name>tessera::teller::SupervisorWindow</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Tessera branch overview</source>
        <translation>Tessera branch overview</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Print failures today</source>
        <translation>Print failures today</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>calling</source>
        <translation>calling</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>A new ticket is told</source>
        <translation>A new ticket is told</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerActions</name>
    <message>
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Call a number…</source>
        <translation>Call a number…</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>Start service</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Finish with outcome…</source>
        <translation>Finish with outcome…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TellerWindow</name>
    <message>
        <source>Tessera counter</source>
        <translation>Tessera counter</translation>
    </message>
    <message>
        <source>Waiting for this counter</source>
        <translation>Waiting for this counter</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Compact bar</source>
        <translation>Compact bar</translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation>&amp;Branch</translation>
    </message>
    <message>
        <source>Branch overview</source>
        <translation>Branch overview</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>OFFLINE</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached, so nothing can be called or finished. This clears by itself when the server is back; nothing is lost.
%1</source>
        <translation>Offline: the server cannot be reached, so nothing can be called or finished. This clears by itself when the server is back; nothing is lost.
%1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Counter paused. </source>
        <translation>Counter paused. </translation>
    </message>
    <message>
        <source>Served today: %1 · average service %2</source>
        <translation>Served today: %1 · average service %2</translation>
    </message>
    <message>
        <source>Another customer is at the counter now; nothing was done. Try again.</source>
        <translation>Another customer is at the counter now; nothing was done. Try again.</translation>
    </message>
    <message>
        <source>Daily report…</source>
        <translation>Daily report…</translation>
    </message>
    <message>
        <source>A new customer would be told: %1</source>
        <translation>A new customer would be told: %1</translation>
    </message>
</context>
<context>
    <name>tessera::teller::TransferDialog</name>
    <message>
        <source>To the service</source>
        <translation>To the service</translation>
    </message>
    <message>
        <source>To the counter</source>
        <translation>To the counter</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>Transfer %1</translation>
    </message>
    <message>
        <source>What the next teller should know</source>
        <translation>What the next teller should know</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tessera::teller::WaitingList</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <source>transferred here</source>
        <translation>transferred here</translation>
    </message>
    <message>
        <source>Waited longer than the service&apos;s target</source>
        <translation>Waited longer than the service&apos;s target</translation>
    </message>
</context>
<context>
    <name>tessera::web::Page</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>No connection to the branch. Trying again…</source>
        <translation>No connection to the branch. Trying again…</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
    <message>
        <source>The branch is very busy. Please try again in a moment.</source>
        <translation>The branch is very busy. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>Take a ticket</translation>
    </message>
    <message>
        <source>Join the queue from here. This page shows your number and tells you when it is your turn.</source>
        <translation>Join the queue from here. This page shows your number and tells you when it is your turn.</translation>
    </message>
    <message>
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>%1 waiting · %2</source>
        <translation>%1 waiting · %2</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Closed now</translation>
    </message>
    <message>
        <source>Tickets for this service are taken at the kiosk.</source>
        <translation>Tickets for this service are taken at the kiosk.</translation>
    </message>
    <message>
        <source>No counter is open for this yet</source>
        <translation>No counter is open for this yet</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>less than a minute</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>up to %1 min</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Your number</translation>
    </message>
    <message>
        <source>People ahead of you: %1</source>
        <translation>People ahead of you: %1</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Estimated wait: %1</translation>
    </message>
    <message>
        <source>Estimated wait: not known yet</source>
        <translation>Estimated wait: not known yet</translation>
    </message>
    <message>
        <source>Please wait. This page updates by itself.</source>
        <translation>Please wait. This page updates by itself.</translation>
    </message>
    <message>
        <source>It is your turn</source>
        <translation>It is your turn</translation>
    </message>
    <message>
        <source>Please go to</source>
        <translation>Please go to</translation>
    </message>
    <message>
        <source>You are being called again</source>
        <translation>You are being called again</translation>
    </message>
    <message>
        <source>You are being served at</source>
        <translation>You are being served at</translation>
    </message>
    <message>
        <source>Thank you for your visit</source>
        <translation>Thank you for your visit</translation>
    </message>
    <message>
        <source>This ticket is cancelled</source>
        <translation>This ticket is cancelled</translation>
    </message>
    <message>
        <source>You were called but did not come. Please take a new ticket.</source>
        <translation>You were called but did not come. Please take a new ticket.</translation>
    </message>
    <message>
        <source>I can&apos;t wait any more</source>
        <translation>I can&apos;t wait any more</translation>
    </message>
    <message>
        <source>Leave the queue? Ticket %1 will be cancelled.</source>
        <translation>Leave the queue? Ticket %1 will be cancelled.</translation>
    </message>
    <message>
        <source>Yes, leave the queue</source>
        <translation>Yes, leave the queue</translation>
    </message>
    <message>
        <source>No, keep my place</source>
        <translation>No, keep my place</translation>
    </message>
    <message>
        <source>Sound and vibration when I am called</source>
        <translation>Sound and vibration when I am called</translation>
    </message>
    <message>
        <source>Sound and vibration are on</source>
        <translation>Sound and vibration are on</translation>
    </message>
    <message>
        <source>This ticket link is not valid. Check the address, or take a ticket at the kiosk.</source>
        <translation>This ticket link is not valid. Check the address, or take a ticket at the kiosk.</translation>
    </message>
    <message>
        <source>This ticket was for an earlier day.</source>
        <translation>This ticket was for an earlier day.</translation>
    </message>
    <message>
        <source>Back to the branch&apos;s page</source>
        <translation>Back to the branch&apos;s page</translation>
    </message>
    <message>
        <source>Keep this page open, or save its address to come back.</source>
        <translation>Keep this page open, or save its address to come back.</translation>
    </message>
    <message>
        <source>This ticket is no longer waiting in the queue.</source>
        <translation>This ticket is no longer waiting in the queue.</translation>
    </message>
    <message>
        <source>This phone has taken as many tickets today as the branch allows.</source>
        <translation>This phone has taken as many tickets today as the branch allows.</translation>
    </message>
    <message>
        <source>This service cannot be booked on the web.</source>
        <translation>This service cannot be booked on the web.</translation>
    </message>
    <message>
        <source>Enter your name (at most 80 characters).</source>
        <translation>Enter your name (at most 80 characters).</translation>
    </message>
    <message>
        <source>Enter a phone number we can reach you at, such as +371 2000 0000.</source>
        <translation>Enter a phone number we can reach you at, such as +371 2000 0000.</translation>
    </message>
    <message>
        <source>We cannot find a booking with that code and phone number.</source>
        <translation>We cannot find a booking with that code and phone number.</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Book an appointment</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Choose a day</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Choose a time</translation>
    </message>
    <message>
        <source>No free times on this day. Choose another day.</source>
        <translation>No free times on this day. Choose another day.</translation>
    </message>
    <message>
        <source>%1, %2 at %3</source>
        <translation>%1, %2 at %3</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Your phone number</translation>
    </message>
    <message>
        <source>Book this time</source>
        <translation>Book this time</translation>
    </message>
    <message>
        <source>Move my booking to this time</source>
        <translation>Move my booking to this time</translation>
    </message>
    <message>
        <source>Cancel or move a booking</source>
        <translation>Cancel or move a booking</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Check-in code</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Find my booking</translation>
    </message>
    <message>
        <source>%1, %2 at %3, for %4</source>
        <translation>%1, %2 at %3, for %4</translation>
    </message>
    <message>
        <source>Cancel this booking</source>
        <translation>Cancel this booking</translation>
    </message>
    <message>
        <source>Move to another time</source>
        <translation>Move to another time</translation>
    </message>
    <message>
        <source>Your booking is cancelled.</source>
        <translation>Your booking is cancelled.</translation>
    </message>
    <message>
        <source>Your appointment is booked</source>
        <translation>Your appointment is booked</translation>
    </message>
    <message>
        <source>At the branch, type this code at the kiosk between %1 and %2.</source>
        <translation>At the branch, type this code at the kiosk between %1 and %2.</translation>
    </message>
    <message>
        <source>Save or bookmark this page: it holds your code.</source>
        <translation>Save or bookmark this page: it holds your code.</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>How was your visit?</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>Anything to tell us? (optional)</source>
        <translation>Anything to tell us? (optional)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>Thank you for your feedback.</translation>
    </message>
    <message>
        <source>Choose 1 to 5 stars; a comment is at most 500 characters.</source>
        <translation>Choose 1 to 5 stars; a comment is at most 500 characters.</translation>
    </message>
    <message>
        <source>There is no such page here.</source>
        <translation>There is no such page here.</translation>
    </message>
</context>
</TS>
