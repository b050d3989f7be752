<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Open Tickler</source>
        <translation>Tickler öffnen</translation>
    </message>
    <message>
        <source>Call panel</source>
        <translation>Anruffenster</translation>
    </message>
    <message>
        <source>Snooze {minutes} min</source>
        <translation>{minutes} Min. zurückstellen</translation>
    </message>
    <message>
        <source>Next call: none planned</source>
        <translation>Nächster Anruf: keiner geplant</translation>
    </message>
    <message>
        <source>Pause pop-ups for an hour</source>
        <translation>Erinnerungen eine Stunde pausieren</translation>
    </message>
    <message>
        <source>Start Tickler at login</source>
        <translation>Tickler bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Quit Tickler</source>
        <translation>Tickler beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due</source>
        <translation>
            <numerusform>%n Kontakt fällig</numerusform>
            <numerusform>%n Kontakte fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <source>Tickler — {words}</source>
        <translation>Tickler – {words}</translation>
    </message>
    <message>
        <source>Tickler can&apos;t open its data file</source>
        <translation>Tickler kann seine Datendatei nicht öffnen</translation>
    </message>
    <message>
        <source>DL (220 × 110 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C5 (229 × 162 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US #10 (4 1/8 × 9 1/2 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6 card (148 × 105 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 × 6 in card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ({date}) is outside the years Tickler can plan in ({first} to {last}). Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone name (for example Europe/London).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone Tickler knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {zone} (UTC{offset}, first time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {zone} (UTC{offset}, second time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} is more than ten years away. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks go forward that night. Pick a time outside the jump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} in {zone} has already passed. Agree a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call me next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call me next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call me back later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too busy right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone dark / no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{words}” names no day or time: saved as a vague “{kind}” stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phrase} taken as {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {day} is in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same weekday next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today&apos;s date next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{written} read as {day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow: {time} has passed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}: no time was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: that is the live book itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is still being saved; try the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a Tickler backup (or it is damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an SQLite file but not a Tickler book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has schema {version}, not {schema}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was made by a newer Tickler (schema {version}; this version understands up to {newest}). Update Tickler to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is still being saved; try the restore again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the live book itself; choose a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book as it was is kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was copied in but could not be brought up to this version ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the damaged book itself; choose a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged book could not be kept aside: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place: {error}. The damaged book is still there, and kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The book could not be opened for its backup: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: state or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter / X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other numbers and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name and no company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (with byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-9 (ISO 8859-15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac OS Roman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-2 (ISO 8859-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KOI8-R (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese, Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC-JP (Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO-2022-JP (Japanese mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (Chinese, simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1255 (Hebrew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-874 (Thai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {encoding} without a byte-order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-8 but for line {lines}, written in Windows-1252 (a row pasted in from elsewhere); it was read as such. Check it in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-8 but for lines {lines}, written in Windows-1252 (rows pasted in from elsewhere); they were read as such. Check them in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as {encoding}. Check the names in the preview, or choose another encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {file}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is past the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The qualification answers come in too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns are separated by bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The header row is line {line}; the %n line(s) above it are not contacts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: it is a ZIP file but not a Tickler export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole book: qualification answers, compelling events and history come in with each new prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: the file is not a readable CSV ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: a cell opens a quote (&quot;) that is never closed, so the lines after it would all be read into that cell. This row is left out and the rows after it are read; close the quote in the file to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are QUOTED-PRINTABLE without a CHARSET; they were read as {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact cards (BEGIN:VCARD … END:VCARD) were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to a name or a company: a prospect needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with fewer cells than the header; the missing cells are read as empty.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the email address &apos;{email}&apos; is on a reserved test domain (.{domain}) that cannot receive mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email address &apos;{email}&apos; does not look right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone Tickler knows (use a name like America/New_York)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same email as line {line}; only the first is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note: it is what every card suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fields}: not a merge field Tickler knows (a typo?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the postal address: the street, the town and the postcode, one a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That prospect is not in the book any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your return address: it goes top left on every envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick DL, C5 or US #10 envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an A6 or a 4 × 6 in card, or no cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the notes you have posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of those notes no longer exists; nothing was marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{touch}” is not a touch by post; nothing was marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{touch}” is already {status}; nothing was marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stall {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the playbook a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A playbook needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give it a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two steps share one key; remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count it from the stall or from the agreed slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a step counted from the stall cannot come before the stall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep it within {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use days for more than 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose when it applies: always, booked slot or vague slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email step needs an email template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no email template called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an email step sends a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the reason for the touch: why it is worth their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is not understood in the reason; {slot} is the agreed time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason has a stray brace; write {slot} for the agreed time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in playbook called {key!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That playbook is not in the book any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vague slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No slot (gone dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>replaces the plan from {day}: %n touch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a prospect first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would make more than {calls} chasing calls to them in {days} days, counting the calls made and planned. Pick a later time, or log one of the other calls first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree a date and a time with the prospect, or save the stall as vague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That touch no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That touch is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an optional touch can be skipped; reschedule or snooze this one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for at least one minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for a year at most; to move a touch further, reschedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a call touch is dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a call has a call outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
