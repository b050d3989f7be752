<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Cohorts are the stalls logged in the period; what became of them is counted up to now. &lt;b&gt;Reached&lt;/b&gt;: a call for the stall connected (a conversation, an appointment, a new stall or “not interested”). &lt;b&gt;Conversation&lt;/b&gt;: a call logged as a conversation or an appointment. &lt;b&gt;Punctuality&lt;/b&gt;: calls planned for the agreed slot, minutes after the slot they were logged. &lt;b&gt;Touches before the first conversation&lt;/b&gt;: touches made for the stall, up to and including that call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalls logged in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-block report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of the stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked against vague slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punctuality at the agreed slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches before the first conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why prospects went quiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stall(s) logged · {period}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5 min late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 5 min late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median lateness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls at an agreed slot were logged for these stalls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6+ touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody said “not interested” in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler call-block report: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;h1&gt;Call-block report&lt;/h1&gt;&lt;p&gt;Stalls logged: {period} · %n stall(s)&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
