<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>BranchConfigLoader</name>
    <message>
        <source>unknown key; expected one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a weekday or range such as &quot;mon&quot; or &quot;mon-fri&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time span such as &quot;09:00-17:30&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone such as &quot;Europe/Riga&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time such as &quot;03:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;cancel&quot; or &quot;carryOver&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be appointment, vip or priority, each at most once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one outcome code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1-32 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1-3 capital letters A-Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a service id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one service with a weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no counter serves &quot;%1&quot;; its tickets could never be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;teller&quot; or &quot;supervisor&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (make one with: tessera-server hash-password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The data directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade the journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Tessera (schema %1, this one knows up to %2); install the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is missing from the journal (found %2 next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (%2) cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueEngine</name>
    <message>
        <source>There is no service &quot;%1&quot; in this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has already passed: choose a later slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments start on %1-minute slots (such as 10:00 or 10:%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed at %2: choose a slot in its opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We cannot find an appointment with code %1. Check the code, or take a ticket instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is already checked in. Please wait for your number to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appointment at %1 has passed. Please take a ticket or book a new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your appointment is at %1. You can check in from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no booked appointment with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 still has %2: finish or transfer it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counter %1 in this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in at counter %1: log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or password is not right. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already logged in at counter %2: log out there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is logged in at counter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is still in the queue for service &quot;%2&quot;: keep the service until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 waits for counter %2: keep the counter until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is in use: log out there before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch has no configuration yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is closed: open it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 is paused: resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 has no ticket: call one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already a no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, so it cannot be %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more tickets for %1 today: every number up to %2 has been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment tickets are issued by checking in with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority reason of this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it opens at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it opens %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed now; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still being called at counter %2: start service, recall it or mark it as a no-show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for counter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket %1 in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome code; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being served, so it cannot be a no-show: finish it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already at counter %2: choose another counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another service or a counter to transfer %1 to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That ticket is not from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueHost</name>
    <message>
        <source>The journal %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not save this; nothing was changed. Try again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerOptionsParser</name>
    <message>
        <source>Tessera branch server: owns the queue, keeps the journal and serves the branch&apos;s stations.

Commands:
  run (default)      start the server
  check-config       validate the configuration file and exit
  hash-password      read a password on standard input and print its hash for the config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run, check-config or hash-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch configuration (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the journal lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRunner</name>
    <message>
        <source>Cannot read the configuration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 is not writable by this user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Type the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
