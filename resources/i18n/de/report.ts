<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Cohorts are the stalls logged in the period; what became of them is counted up to now. &lt;b&gt;Reached&lt;/b&gt;: a call for the stall connected (a conversation, an appointment, a new stall or “not interested”). &lt;b&gt;Conversation&lt;/b&gt;: a call logged as a conversation or an appointment. &lt;b&gt;Punctuality&lt;/b&gt;: calls planned for the agreed slot, minutes after the slot they were logged. &lt;b&gt;Touches before the first conversation&lt;/b&gt;: touches made for the stall, up to and including that call.</source>
        <translation>Kohorten sind die im Zeitraum erfassten Vertröstungen; was daraus wurde, zählt bis heute. &lt;b&gt;Erreicht&lt;/b&gt;: ein Anruf zur Vertröstung kam durch (ein Gespräch, ein Termin, eine neue Vertröstung oder „kein Interesse“). &lt;b&gt;Gespräch&lt;/b&gt;: ein Anruf, als Gespräch oder Termin erfasst. &lt;b&gt;Pünktlichkeit&lt;/b&gt;: Anrufe zum vereinbarten Termin, Minuten nach dem Termin, zu denen sie erfasst wurden. &lt;b&gt;Kontakte bis zum ersten Gespräch&lt;/b&gt;: Kontakte zur Vertröstung bis einschließlich dieses Anrufs.</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number} %</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{section}: figures</source>
        <translation>{section}: Zahlen</translation>
    </message>
    <message>
        <source>Stalls logged in:</source>
        <translation>Vertröstungen erfasst:</translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation>Zeitraum wählen…</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Call-block report</source>
        <translation>Anrufblock-Bericht</translation>
    </message>
    <message>
        <source>Stall kind</source>
        <translation>Art der Vertröstung</translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation>Vertröstungen</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>What became of the stalls</source>
        <translation>Was aus den Vertröstungen wurde</translation>
    </message>
    <message>
        <source>Booked against vague slots</source>
        <translation>Feste gegen vage Termine</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Punctuality at the agreed slot</source>
        <translation>Pünktlichkeit zum vereinbarten Termin</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Touches before the first conversation</source>
        <translation>Kontakte bis zum ersten Gespräch</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Why prospects went quiet</source>
        <translation>Warum Interessenten abgesprungen sind</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Zahlen werden berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>%n stall(s) logged · {period}</source>
        <translation>
            <numerusform>%n Vertröstung erfasst · {period}</numerusform>
            <numerusform>%n Vertröstungen erfasst · {period}</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Pünktlich</translation>
    </message>
    <message>
        <source>1–5 min late</source>
        <translation>1–5 Min. zu spät</translation>
    </message>
    <message>
        <source>More than 5 min late</source>
        <translation>Mehr als 5 Min. zu spät</translation>
    </message>
    <message>
        <source>Median lateness</source>
        <translation>Verspätung (Median)</translation>
    </message>
    <message>
        <source>No calls at an agreed slot were logged for these stalls.</source>
        <translation>Zu diesen Vertröstungen wurden keine Anrufe zu einem vereinbarten Termin erfasst.</translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation>1–5 Min.</translation>
    </message>
    <message>
        <source>&gt; 5 min</source>
        <translation>&gt; 5 Min.</translation>
    </message>
    <message>
        <source>6+ touches</source>
        <translation>6+ Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Nobody said “not interested” in this period.</source>
        <translation>In diesem Zeitraum hat niemand „kein Interesse“ gesagt.</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation>{file} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Tickler call-block report: {period}</source>
        <translation>Tickler-Anrufblock-Bericht: {period}</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>{file} konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h1&gt;Call-block report&lt;/h1&gt;&lt;p&gt;Stalls logged: {period} · %n stall(s)&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h1&gt;Anrufblock-Bericht&lt;/h1&gt;&lt;p&gt;Vertröstungen erfasst: {period} · %n Vertröstung&lt;/p&gt;</numerusform>
            <numerusform>&lt;h1&gt;Anrufblock-Bericht&lt;/h1&gt;&lt;p&gt;Vertröstungen erfasst: {period} · %n Vertröstungen&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Noch nicht so weit</translation>
    </message>
    <message>
        <source>Too busy</source>
        <translation>Zu beschäftigt</translation>
    </message>
    <message>
        <source>Gone dark</source>
        <translation>Abgetaucht</translation>
    </message>
</context>
</TS>
