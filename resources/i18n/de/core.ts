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
        <translation>DL (220 × 110 mm)</translation>
    </message>
    <message>
        <source>C5 (229 × 162 mm)</source>
        <translation>C5 (229 × 162 mm)</translation>
    </message>
    <message>
        <source>US #10 (4 1/8 × 9 1/2 in)</source>
        <translation>US #10 (4 1/8 × 9 1/2 Zoll)</translation>
    </message>
    <message>
        <source>A6 card (148 × 105 mm)</source>
        <translation>A6-Karte (148 × 105 mm)</translation>
    </message>
    <message>
        <source>4 × 6 in card</source>
        <translation>4 × 6 Zoll-Karte</translation>
    </message>
    <message>
        <source>{what} ({date}) is outside the years Tickler can plan in ({first} to {last}). Check the year.</source>
        <translation>{what} ({date}) liegt außerhalb der Jahre, in denen Tickler planen kann ({first} bis {last}). Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>That date</source>
        <translation>Dieses Datum</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone name (for example Europe/London).</source>
        <translation>„{zone}“ ist kein Zeitzonenname (zum Beispiel Europe/Berlin).</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone Tickler knows.</source>
        <translation>„{zone}“ ist keine Zeitzone, die Tickler kennt.</translation>
    </message>
    <message>
        <source>{time} {zone} (UTC{offset}, first time)</source>
        <translation>{time} {zone} (UTC{offset}, erstes Mal)</translation>
    </message>
    <message>
        <source>{time} {zone} (UTC{offset}, second time)</source>
        <translation>{time} {zone} (UTC{offset}, zweites Mal)</translation>
    </message>
    <message>
        <source>That time</source>
        <translation>Diese Uhrzeit</translation>
    </message>
    <message>
        <source>{date} is more than ten years away. Check the year.</source>
        <translation>{date} liegt mehr als zehn Jahre in der Zukunft. Prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks go forward that night. Pick a time outside the jump.</source>
        <translation>{time} gibt es in {zone} nicht: In dieser Nacht werden die Uhren vorgestellt. Wählen Sie eine Zeit außerhalb des Sprungs.</translation>
    </message>
    <message>
        <source>{time} in {zone} has already passed. Agree a time in the future.</source>
        <translation>{time} in {zone} ist schon vorbei. Vereinbaren Sie eine Zeit in der Zukunft.</translation>
    </message>
    <message>
        <source>Call me next month</source>
        <translation>Rufen Sie nächsten Monat an</translation>
    </message>
    <message>
        <source>Call me next week</source>
        <translation>Rufen Sie nächste Woche an</translation>
    </message>
    <message>
        <source>Call me back later</source>
        <translation>Rufen Sie später zurück</translation>
    </message>
    <message>
        <source>Thank-you email + invite</source>
        <translation>Dankesmail + Einladung</translation>
    </message>
    <message>
        <source>Handwritten note + card</source>
        <translation>Notiz von Hand + Karte</translation>
    </message>
    <message>
        <source>Connect on LinkedIn</source>
        <translation>Auf LinkedIn vernetzen</translation>
    </message>
    <message>
        <source>Value touch</source>
        <translation>Nutzen-Kontakt</translation>
    </message>
    <message>
        <source>Reminder email</source>
        <translation>Erinnerungs-E-Mail</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Ask for a firm time</source>
        <translation>Festen Termin erfragen</translation>
    </message>
    <message>
        <source>Call attempt 1 of 4</source>
        <translation>Anrufversuch 1 von 4</translation>
    </message>
    <message>
        <source>Call attempt 2 of 4</source>
        <translation>Anrufversuch 2 von 4</translation>
    </message>
    <message>
        <source>Call attempt 3 of 4</source>
        <translation>Anrufversuch 3 von 4</translation>
    </message>
    <message>
        <source>Call attempt 4 of 4</source>
        <translation>Anrufversuch 4 von 4</translation>
    </message>
    <message>
        <source>Follow-up email</source>
        <translation>Nachfass-E-Mail</translation>
    </message>
    <message>
        <source>Nurture call</source>
        <translation>Pflegeanruf</translation>
    </message>
    <message>
        <source>Updated invite</source>
        <translation>Geänderte Einladung</translation>
    </message>
    <message>
        <source>Cancel the invite</source>
        <translation>Einladung absagen</translation>
    </message>
    <message>
        <source>They replied by email</source>
        <translation>Per E-Mail geantwortet</translation>
    </message>
    <message>
        <source>Their reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>A tangible touch the same day: note and business card by post</source>
        <translation>Am selben Tag etwas zum Anfassen: Notiz und Visitenkarte per Post</translation>
    </message>
    <message>
        <source>Stay close in between: connect and follow their company</source>
        <translation>Dazwischen in Kontakt bleiben: vernetzen und dem Unternehmen folgen</translation>
    </message>
    <message>
        <source>Send proof of value: a sample, a case study or a testimonial</source>
        <translation>Nutzen belegen: ein Muster, eine Fallstudie oder eine Referenz</translation>
    </message>
    <message>
        <source>The agreed call: open with the value statement</source>
        <translation>Der vereinbarte Anruf: mit dem Nutzenversprechen beginnen</translation>
    </message>
    <message>
        <source>No time was agreed: ask them to pick one</source>
        <translation>Keine Zeit vereinbart: um einen Termin bitten</translation>
    </message>
    <message>
        <source>Leave a 20–40 s voicemail with a compelling reason</source>
        <translation>20–40 s Sprachnachricht mit einem überzeugenden Grund hinterlassen</translation>
    </message>
    <message>
        <source>Give them a new reason to reply</source>
        <translation>Einen neuen Grund zum Antworten geben</translation>
    </message>
    <message>
        <source>Try another time of day; voicemail with a new reason</source>
        <translation>Andere Tageszeit versuchen; Sprachnachricht mit neuem Grund</translation>
    </message>
    <message>
        <source>Share something useful they can act on</source>
        <translation>Etwas Nützliches teilen, mit dem sie arbeiten können</translation>
    </message>
    <message>
        <source>Voicemail: the problem they named and your answer to it</source>
        <translation>Sprachnachricht: das genannte Problem und Ihre Antwort darauf</translation>
    </message>
    <message>
        <source>Offer a better time and a clear next step</source>
        <translation>Eine bessere Zeit und einen klaren nächsten Schritt anbieten</translation>
    </message>
    <message>
        <source>Last try: say you will check back next quarter</source>
        <translation>Letzter Versuch: sagen, dass Sie sich nächstes Quartal melden</translation>
    </message>
    <message>
        <source>Call back next quarter with something new</source>
        <translation>Nächstes Quartal mit etwas Neuem zurückrufen</translation>
    </message>
    <message>
        <source>The call moved: send the new time ({slot}) to their calendar</source>
        <translation>Der Anruf ist verschoben: die neue Zeit ({slot}) in ihren Kalender senden</translation>
    </message>
    <message>
        <source>The plan ended: take {slot} out of their calendar</source>
        <translation>Der Plan ist beendet: {slot} aus ihrem Kalender nehmen</translation>
    </message>
    <message>
        <source>Thank them and confirm the callback on {slot}</source>
        <translation>Bedanken und den Rückruf am {slot} bestätigen</translation>
    </message>
    <message>
        <source>Remind them of the call they agreed: {slot}</source>
        <translation>An den vereinbarten Anruf erinnern: {slot}</translation>
    </message>
    <message>
        <source>Thank them and put {slot} in their calendar</source>
        <translation>Bedanken und {slot} in ihren Kalender eintragen</translation>
    </message>
    <message>
        <source>One hour to go: remind them of {slot}</source>
        <translation>Noch eine Stunde: an {slot} erinnern</translation>
    </message>
    <message>
        <source>Fifteen minutes to go: remind them of {slot}</source>
        <translation>Noch fünfzehn Minuten: an {slot} erinnern</translation>
    </message>
    <message>
        <source>the agreed time</source>
        <translation>die vereinbarte Zeit</translation>
    </message>
    <message>
        <source>%a %d %b %Y, %H:%M</source>
        <comment>a slot named in a plan&apos;s reason</comment>
        <translation>%a., %-d. %B %Y, %H:%M</translation>
    </message>
    <message>
        <source>Value touch: {event}</source>
        <translation>Nutzen: {event}</translation>
    </message>
    <message>
        <source>{event} on {date}</source>
        <translation>{event} am {date}</translation>
    </message>
    <message>
        <source>%d %b %Y</source>
        <comment>an event&apos;s date in a touch&apos;s reason</comment>
        <translation>%-d. %B %Y</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Noch nicht so weit</translation>
    </message>
    <message>
        <source>Too busy right now</source>
        <translation>Gerade zu beschäftigt</translation>
    </message>
    <message>
        <source>Gone dark / no answer</source>
        <translation>Abgetaucht / keine Antwort</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Soziale Netzwerke</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Not compelling</source>
        <translation>Nicht überzeugend</translation>
    </message>
    <message>
        <source>Too busy</source>
        <translation>Zu beschäftigt</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>Vormittag</translation>
    </message>
    <message>
        <source>midday</source>
        <translation>Mittag</translation>
    </message>
    <message>
        <source>noon</source>
        <translation>Mittag</translation>
    </message>
    <message>
        <source>lunchtime</source>
        <translation>Mittagszeit</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>Nachmittag</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>end of the day</source>
        <translation>Tagesende</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language code of this translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>“{words}” names no day or time: saved as a vague “{kind}” stall</source>
        <translation>„{words}“ nennt keinen Tag und keine Uhrzeit: als vage Vertröstung „{kind}“ gespeichert</translation>
    </message>
    <message>
        <source>{phrase} taken as {time}</source>
        <translation>„{phrase}“ als {time} gelesen</translation>
    </message>
    <message>
        <source>“{words}” read as {date}</source>
        <translation>„{words}“ gelesen als {date}</translation>
    </message>
    <message>
        <source>the {day} is in {month}</source>
        <translation>der {day} liegt im {month}</translation>
    </message>
    <message>
        <source>the same weekday next week</source>
        <translation>derselbe Wochentag nächste Woche</translation>
    </message>
    <message>
        <source>today&apos;s date next month</source>
        <translation>das heutige Datum im nächsten Monat</translation>
    </message>
    <message>
        <source>{written} read as {day} {month}</source>
        <translation>{written} gelesen als {day}. {month}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow: {time} has passed today</source>
        <translation>morgen: {time} ist heute schon vorbei</translation>
    </message>
    <message>
        <source>{time}: no time was given</source>
        <translation>{time}: keine Uhrzeit angegeben</translation>
    </message>
    <message>
        <source>Choose another file: that is the live book itself.</source>
        <translation>Wählen Sie eine andere Datei: Das ist der laufende Bestand selbst.</translation>
    </message>
    <message>
        <source>A change is still being saved; try the backup again.</source>
        <translation>Eine Änderung wird noch gespeichert; versuchen Sie die Sicherung erneut.</translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} existiert nicht.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {error}</source>
        <translation>{file} konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>{file} is not a Tickler backup (or it is damaged).</source>
        <translation>{file} ist keine Tickler-Sicherung (oder sie ist beschädigt).</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}).</source>
        <translation>{file} ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>{file} is an SQLite file but not a Tickler book.</source>
        <translation>{file} ist eine SQLite-Datei, aber kein Tickler-Bestand.</translation>
    </message>
    <message>
        <source>{file} has schema {version}, not {schema}.</source>
        <translation>{file} hat Schema {version}, nicht {schema}.</translation>
    </message>
    <message>
        <source>{file} was made by a newer Tickler (schema {version}; this version understands up to {newest}). Update Tickler to restore it.</source>
        <translation>{file} stammt von einem neueren Tickler (Schema {version}; diese Version versteht bis {newest}). Aktualisieren Sie Tickler, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>A change is still being saved; try the restore again.</source>
        <translation>Eine Änderung wird noch gespeichert; versuchen Sie die Wiederherstellung erneut.</translation>
    </message>
    <message>
        <source>That is the live book itself; choose a backup file.</source>
        <translation>Das ist der laufende Bestand selbst; wählen Sie eine Sicherungsdatei.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message>
        <source>The book as it was is kept as {file}.</source>
        <translation>Der bisherige Bestand ist als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>The backup was copied in but could not be brought up to this version ({error}).</source>
        <translation>Die Sicherung wurde eingespielt, konnte aber nicht auf diese Version gebracht werden ({error}).</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {error}</source>
        <translation>Die heutige automatische Sicherung konnte nicht angelegt werden: {error}</translation>
    </message>
    <message>
        <source>That is the damaged book itself; choose a backup.</source>
        <translation>Das ist der beschädigte Bestand selbst; wählen Sie eine Sicherung.</translation>
    </message>
    <message>
        <source>The damaged book could not be kept aside: {error}</source>
        <translation>Der beschädigte Bestand konnte nicht beiseitegelegt werden: {error}</translation>
    </message>
    <message>
        <source>The backup could not be put in place: {error}. The damaged book is still there, and kept as {file}.</source>
        <translation>Die Sicherung konnte nicht eingesetzt werden: {error}. Der beschädigte Bestand ist noch da und als {file} aufbewahrt.</translation>
    </message>
    <message>
        <source>The book could not be opened for its backup: {error}</source>
        <translation>Der Bestand konnte für die Sicherung nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address: street</source>
        <translation>Adresse: Straße</translation>
    </message>
    <message>
        <source>Address: city</source>
        <translation>Adresse: Ort</translation>
    </message>
    <message>
        <source>Address: state or region</source>
        <translation>Adresse: Bundesland oder Region</translation>
    </message>
    <message>
        <source>Address: postal code</source>
        <translation>Adresse: Postleitzahl</translation>
    </message>
    <message>
        <source>Address: country</source>
        <translation>Adresse: Land</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Twitter / X</source>
        <translation>Twitter / X</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Other numbers and addresses</source>
        <translation>Weitere Nummern und Adressen</translation>
    </message>
    <message>
        <source>no name and no company</source>
        <translation>kein Name und keine Firma</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (with byte-order mark)</source>
        <translation>UTF-16 (mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 Little Endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 Big Endian</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <source>Latin-9 (ISO 8859-15)</source>
        <translation>Latin-9 (ISO 8859-15)</translation>
    </message>
    <message>
        <source>Mac OS Roman</source>
        <translation>Mac OS Roman</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Mitteleuropäisch)</translation>
    </message>
    <message>
        <source>Latin-2 (ISO 8859-2)</source>
        <translation>Latin-2 (ISO 8859-2)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (Kyrillisch)</translation>
    </message>
    <message>
        <source>KOI8-R (Russian)</source>
        <translation>KOI8-R (Russisch)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (Griechisch)</translation>
    </message>
    <message>
        <source>Windows-1254 (Turkish)</source>
        <translation>Windows-1254 (Türkisch)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (Baltisch)</translation>
    </message>
    <message>
        <source>Shift-JIS (Japanese, Windows)</source>
        <translation>Shift-JIS (Japanisch, Windows)</translation>
    </message>
    <message>
        <source>EUC-JP (Japanese)</source>
        <translation>EUC-JP (Japanisch)</translation>
    </message>
    <message>
        <source>ISO-2022-JP (Japanese mail)</source>
        <translation>ISO-2022-JP (Japanische E-Mail)</translation>
    </message>
    <message>
        <source>GB18030 (Chinese, simplified)</source>
        <translation>GB18030 (Chinesisch, vereinfacht)</translation>
    </message>
    <message>
        <source>Big5 (Chinese, traditional)</source>
        <translation>Big5 (Chinesisch, traditionell)</translation>
    </message>
    <message>
        <source>EUC-KR (Korean)</source>
        <translation>EUC-KR (Koreanisch)</translation>
    </message>
    <message>
        <source>Windows-1255 (Hebrew)</source>
        <translation>Windows-1255 (Hebräisch)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic)</source>
        <translation>Windows-1256 (Arabisch)</translation>
    </message>
    <message>
        <source>Windows-874 (Thai)</source>
        <translation>Windows-874 (Thailändisch)</translation>
    </message>
    <message>
        <source>The file is {encoding} without a byte-order mark.</source>
        <translation>Die Datei ist {encoding} ohne Byte-Order-Mark.</translation>
    </message>
    <message>
        <source>The file is UTF-8 but for line {lines}, written in Windows-1252 (a row pasted in from elsewhere); it was read as such. Check it in the preview.</source>
        <translation>Die Datei ist UTF-8, bis auf Zeile {lines} in Windows-1252 (eine von anderswo eingefügte Zeile); sie wurde so gelesen. Prüfen Sie sie in der Vorschau.</translation>
    </message>
    <message>
        <source>The file is UTF-8 but for lines {lines}, written in Windows-1252 (rows pasted in from elsewhere); they were read as such. Check them in the preview.</source>
        <translation>Die Datei ist UTF-8, bis auf die Zeilen {lines} in Windows-1252 (von anderswo eingefügte Zeilen); sie wurden so gelesen. Prüfen Sie sie in der Vorschau.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as {encoding}. Check the names in the preview, or choose another encoding.</source>
        <translation>Die Datei ist nicht UTF-8; sie wurde als {encoding} gelesen. Prüfen Sie die Namen in der Vorschau oder wählen Sie eine andere Zeichenkodierung.</translation>
    </message>
    <message>
        <source>Could not read {file}: {error}.</source>
        <translation>{file} konnte nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>The file is empty: there is no header row.</source>
        <translation>Die Datei ist leer: Es gibt keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Line {line} is past the end of the file.</source>
        <translation>Zeile {line} liegt hinter dem Dateiende.</translation>
    </message>
    <message>
        <source>The qualification answers come in too.</source>
        <translation>Die Qualifizierungsantworten werden mit übernommen.</translation>
    </message>
    <message>
        <source>Columns are separated by semicolons.</source>
        <translation>Die Spalten sind durch Semikolons getrennt.</translation>
    </message>
    <message>
        <source>Columns are separated by tabs.</source>
        <translation>Die Spalten sind durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Columns are separated by bars.</source>
        <translation>Die Spalten sind durch senkrechte Striche getrennt.</translation>
    </message>
    <message numerus="yes">
        <source>The header row is line {line}; the %n line(s) above it are not contacts.</source>
        <translation>
            <numerusform>Die Kopfzeile ist Zeile {line}; die %n Zeile darüber ist kein Kontakt.</numerusform>
            <numerusform>Die Kopfzeile ist Zeile {line}; die %n Zeilen darüber sind keine Kontakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{file}: it is a ZIP file but not a Tickler export.</source>
        <translation>{file}: eine ZIP-Datei, aber kein Tickler-Export.</translation>
    </message>
    <message>
        <source>The whole book: qualification answers, compelling events and history come in with each new prospect.</source>
        <translation>Der ganze Bestand: Qualifizierungsantworten, zwingende Ereignisse und Verlauf kommen mit jedem neuen Interessenten.</translation>
    </message>
    <message>
        <source>Line {line}: the file is not a readable CSV ({error}).</source>
        <translation>Zeile {line}: Die Datei ist keine lesbare CSV-Datei ({error}).</translation>
    </message>
    <message>
        <source>line {line}: a cell opens a quote (&quot;) that is never closed, so the lines after it would all be read into that cell. This row is left out and the rows after it are read; close the quote in the file to import it</source>
        <translation>Zeile {line}: Eine Zelle öffnet ein Anführungszeichen (&quot;), das nie geschlossen wird, sodass alle folgenden Zeilen in diese Zelle gelesen würden. Diese Zeile wird ausgelassen und die folgenden werden gelesen; schließen Sie das Anführungszeichen in der Datei, um sie zu importieren</translation>
    </message>
    <message>
        <source>Some values are QUOTED-PRINTABLE without a CHARSET; they were read as {encoding}.</source>
        <translation>Einige Werte sind QUOTED-PRINTABLE ohne CHARSET; sie wurden als {encoding} gelesen.</translation>
    </message>
    <message>
        <source>No contact cards (BEGIN:VCARD … END:VCARD) were found.</source>
        <translation>Es wurden keine Kontaktkarten (BEGIN:VCARD … END:VCARD) gefunden.</translation>
    </message>
    <message>
        <source>Choose at least one column to import.</source>
        <translation>Wählen Sie mindestens eine Spalte zum Importieren.</translation>
    </message>
    <message>
        <source>Map a column to a name or a company: a prospect needs one.</source>
        <translation>Ordnen Sie eine Spalte einem Namen oder einer Firma zu: Ein Interessent braucht eins davon.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with fewer cells than the header; the missing cells are read as empty.</source>
        <translation>
            <numerusform>%n Zeile hat weniger Zellen als die Kopfzeile; die fehlenden Zellen gelten als leer.</numerusform>
            <numerusform>%n Zeilen haben weniger Zellen als die Kopfzeile; die fehlenden Zellen gelten als leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>the email address &apos;{email}&apos; is on a reserved test domain (.{domain}) that cannot receive mail</source>
        <translation>die E-Mail-Adresse „{email}“ liegt auf einer reservierten Testdomain (.{domain}), die keine E-Mails empfangen kann</translation>
    </message>
    <message>
        <source>the email address &apos;{email}&apos; does not look right</source>
        <translation>die E-Mail-Adresse „{email}“ sieht nicht richtig aus</translation>
    </message>
    <message>
        <source>&apos;{zone}&apos; is not a time zone Tickler knows (use a name like America/New_York)</source>
        <translation>„{zone}“ ist keine Zeitzone, die Tickler kennt (verwenden Sie einen Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>the same email as line {line}; only the first is imported</source>
        <translation>dieselbe E-Mail wie Zeile {line}; nur die erste wird importiert</translation>
    </message>
    <message>
        <source>Write the note: it is what every card suggests.</source>
        <translation>Schreiben Sie den Kartentext: Jede Karte schlägt ihn vor.</translation>
    </message>
    <message>
        <source>{fields}: not a merge field Tickler knows (a typo?).</source>
        <translation>{fields}: kein Seriendruckfeld, das Tickler kennt (ein Tippfehler?).</translation>
    </message>
    <message>
        <source>Write the postal address: the street, the town and the postcode, one a line.</source>
        <translation>Geben Sie die Postanschrift ein: Straße, Ort und Postleitzahl, je eine Zeile.</translation>
    </message>
    <message>
        <source>Why is this call worth their time today?</source>
        <translation>Warum lohnt sich dieser Anruf heute für den Interessenten?</translation>
    </message>
    <message>
        <source>The call panel is for call touches.</source>
        <translation>Das Anruffenster ist für Anruf-Kontakte da.</translation>
    </message>
    <message>
        <source>Speak between 80 and 250 words a minute.</source>
        <translation>Wählen Sie zwischen 80 und 250 Wörtern pro Minute.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a gap Tickler asks about.</source>
        <translation>„{key}“ ist keine Lücke, nach der Tickler fragt.</translation>
    </message>
    <message>
        <source>That prospect is not in the book any more.</source>
        <translation>Dieser Interessent ist nicht mehr im Bestand.</translation>
    </message>
    <message>
        <source>Write the reason for the call before logging it.</source>
        <translation>Schreiben Sie den Grund für den Anruf auf, bevor Sie ihn erfassen.</translation>
    </message>
    <message>
        <source>Pick why: not compelling, too busy or not interested.</source>
        <translation>Wählen Sie den Grund: nicht überzeugend, zu beschäftigt oder kein Interesse.</translation>
    </message>
    <message>
        <source>This call has already been logged.</source>
        <translation>Dieser Anruf ist bereits erfasst.</translation>
    </message>
    <message>
        <source>Give the appointment a date and a time.</source>
        <translation>Geben Sie dem Termin ein Datum und eine Uhrzeit.</translation>
    </message>
    <message>
        <source>The appointment has to be in the future.</source>
        <translation>Der Termin muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Write your return address: it goes top left on every envelope.</source>
        <translation>Geben Sie Ihre Absenderadresse ein: Sie steht oben links auf jedem Umschlag.</translation>
    </message>
    <message>
        <source>Pick DL, C5 or US #10 envelopes.</source>
        <translation>Wählen Sie DL-, C5- oder US-#10-Umschläge.</translation>
    </message>
    <message>
        <source>Pick an A6 or a 4 × 6 in card, or no cards.</source>
        <translation>Wählen Sie eine A6- oder 4 × 6 Zoll-Karte oder keine Karten.</translation>
    </message>
    <message>
        <source>Tick the notes you have posted.</source>
        <translation>Haken Sie die Karten ab, die Sie versandt haben.</translation>
    </message>
    <message>
        <source>One of those notes no longer exists; nothing was marked.</source>
        <translation>Eine dieser Karten gibt es nicht mehr; nichts wurde markiert.</translation>
    </message>
    <message>
        <source>“{touch}” is not a touch by post; nothing was marked.</source>
        <translation>„{touch}“ ist kein Kontakt per Post; nichts wurde markiert.</translation>
    </message>
    <message>
        <source>“{touch}” is already {status}; nothing was marked.</source>
        <translation>„{touch}“ ist bereits {status}; nichts wurde markiert.</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>Schritt {number}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>the slot {offset}</source>
        <translation>Termin {offset}</translation>
    </message>
    <message>
        <source>the slot</source>
        <translation>der Termin</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>Tag {number}</translation>
    </message>
    <message>
        <source>the stall {offset}</source>
        <translation>Vertröstung {offset}</translation>
    </message>
    <message>
        <source>Give the playbook a name.</source>
        <translation>Geben Sie dem Playbook einen Namen.</translation>
    </message>
    <message>
        <source>A playbook needs at least one step.</source>
        <translation>Ein Playbook braucht mindestens einen Schritt.</translation>
    </message>
    <message>
        <source>give it a title.</source>
        <translation>geben Sie ihm einen Titel.</translation>
    </message>
    <message>
        <source>two steps share one key; remove one of them.</source>
        <translation>zwei Schritte haben denselben Schlüssel; entfernen Sie einen davon.</translation>
    </message>
    <message>
        <source>count it from the stall or from the agreed slot.</source>
        <translation>zählen Sie ihn ab der Vertröstung oder ab dem vereinbarten Termin.</translation>
    </message>
    <message>
        <source>a step counted from the stall cannot come before the stall.</source>
        <translation>ein ab der Vertröstung gezählter Schritt kann nicht vor der Vertröstung liegen.</translation>
    </message>
    <message>
        <source>keep it within {days} days.</source>
        <translation>bleiben Sie innerhalb von {days} Tagen.</translation>
    </message>
    <message>
        <source>use days for more than 24 hours.</source>
        <translation>verwenden Sie für mehr als 24 Stunden Tage.</translation>
    </message>
    <message>
        <source>choose when it applies: always, booked slot or vague slot.</source>
        <translation>wählen Sie, wann er gilt: immer, bei festem oder bei vagem Termin.</translation>
    </message>
    <message>
        <source>an email step needs an email template.</source>
        <translation>ein E-Mail-Schritt braucht eine E-Mail-Vorlage.</translation>
    </message>
    <message>
        <source>there is no email template called “{name}”.</source>
        <translation>es gibt keine E-Mail-Vorlage namens „{name}“.</translation>
    </message>
    <message>
        <source>only an email step sends a template.</source>
        <translation>nur ein E-Mail-Schritt versendet eine Vorlage.</translation>
    </message>
    <message>
        <source>write the reason for the touch: why it is worth their time.</source>
        <translation>schreiben Sie den Grund für den Kontakt: warum er sich für sie lohnt.</translation>
    </message>
    <message>
        <source>“{field}” is not understood in the reason; {slot} is the agreed time.</source>
        <translation>„{field}“ wird im Grund nicht verstanden; {slot} ist die vereinbarte Zeit.</translation>
    </message>
    <message>
        <source>the reason has a stray brace; write {slot} for the agreed time.</source>
        <translation>der Grund enthält eine einzelne Klammer; schreiben Sie {slot} für die vereinbarte Zeit.</translation>
    </message>
    <message>
        <source>There is no built-in playbook called {key!r}.</source>
        <translation>Es gibt kein mitgeliefertes Playbook namens {key!r}.</translation>
    </message>
    <message>
        <source>That playbook is not in the book any more.</source>
        <translation>Dieses Playbook ist nicht mehr im Bestand.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Kein Grund genannt</translation>
    </message>
    <message>
        <source>Booked slot</source>
        <translation>Fester Termin</translation>
    </message>
    <message>
        <source>Vague slot</source>
        <translation>Vager Termin</translation>
    </message>
    <message>
        <source>No slot (gone dark)</source>
        <translation>Kein Termin (abgetaucht)</translation>
    </message>
    <message>
        <source>All stalls</source>
        <translation>Alle Vertröstungen</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} bis {last}</translation>
    </message>
    <message numerus="yes">
        <source>replaces the plan from {day}: %n touch(es)</source>
        <translation>
            <numerusform>ersetzt den Plan vom {day}: %n Kontakt</numerusform>
            <numerusform>ersetzt den Plan vom {day}: %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a prospect first.</source>
        <translation>Wählen Sie zuerst einen Interessenten.</translation>
    </message>
    <message>
        <source>That would make more than {calls} chasing calls to them in {days} days, counting the calls made and planned. Pick a later time, or log one of the other calls first.</source>
        <translation>Das wären mehr als {calls} Nachfassanrufe in {days} Tagen, gezählt mit den geführten und geplanten Anrufen. Wählen Sie eine spätere Zeit oder erfassen Sie zuerst einen der anderen Anrufe.</translation>
    </message>
    <message>
        <source>Agree a date and a time with the prospect, or save the stall as vague.</source>
        <translation>Vereinbaren Sie Datum und Uhrzeit mit dem Interessenten oder speichern Sie die Vertröstung als vage.</translation>
    </message>
    <message>
        <source>That touch no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That touch is already {status}.</source>
        <translation>Dieser Kontakt ist bereits {status}.</translation>
    </message>
    <message>
        <source>Only an optional touch can be skipped; reschedule or snooze this one instead.</source>
        <translation>Nur ein optionaler Kontakt kann übersprungen werden; verschieben oder zurückstellen Sie diesen stattdessen.</translation>
    </message>
    <message>
        <source>Snooze for at least one minute.</source>
        <translation>Stellen Sie mindestens eine Minute zurück.</translation>
    </message>
    <message>
        <source>Snooze for a year at most; to move a touch further, reschedule it.</source>
        <translation>Stellen Sie höchstens ein Jahr zurück; um einen Kontakt weiter zu verschieben, planen Sie ihn neu.</translation>
    </message>
    <message>
        <source>Pick a time in the future.</source>
        <translation>Wählen Sie eine Zeit in der Zukunft.</translation>
    </message>
    <message>
        <source>Only a call touch is dialled.</source>
        <translation>Nur ein Anruf-Kontakt wird gewählt.</translation>
    </message>
    <message>
        <source>Only a call has a call outcome.</source>
        <translation>Nur ein Anruf hat ein Anrufergebnis.</translation>
    </message>
    <message>
        <source>{step} (no time left before the callback)</source>
        <translation>{step} (keine Zeit mehr vor dem Rückruf)</translation>
    </message>
    <message>
        <source>{step} (it would come after the callback)</source>
        <translation>{step} (käme erst nach dem Rückruf)</translation>
    </message>
    <message>
        <source>{step} (at most {calls} chasing calls in {days} days)</source>
        <translation>{step} (höchstens {calls} Nachfassanrufe in {days} Tagen)</translation>
    </message>
    <message>
        <source>in the subject</source>
        <translation>im Betreff</translation>
    </message>
    <message>
        <source>on line {number}</source>
        <translation>in Zeile {number}</translation>
    </message>
    <message>
        <source>on lines {numbers} and {last}</source>
        <translation>in den Zeilen {numbers} und {last}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>in the text</source>
        <translation>im Text</translation>
    </message>
    <message>
        <source>{field} {where} is not a merge field Tickler knows (a typo?)</source>
        <translation>{field} {where} ist kein Seriendruckfeld, das Tickler kennt (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>{field} has nothing to fill in for this prospect ({where})</source>
        <translation>{field} hat für diesen Interessenten keinen Wert ({where})</translation>
    </message>
    <message>
        <source>{field} has nothing to fill in for this prospect</source>
        <translation>{field} hat für diesen Interessenten keinen Wert</translation>
    </message>
    <message>
        <source>a part only you can write {where}: {placeholder}</source>
        <translation>ein Teil, den nur Sie schreiben können, {where}: {placeholder}</translation>
    </message>
    <message>
        <source>{field} {where} would go out as typed: write out what it stands for.</source>
        <translation>{field} {where} würde so verschickt: Schreiben Sie aus, wofür es steht.</translation>
    </message>
    <message>
        <source>{field} {where} would go out as typed: it is not a merge field Tickler knows (a typo?). Write the words instead.</source>
        <translation>{field} {where} würde so verschickt: Es ist kein Seriendruckfeld, das Tickler kennt (ein Tippfehler?). Schreiben Sie stattdessen die Worte.</translation>
    </message>
    <message>
        <source>Replace {placeholder} {where} with your own words before this goes.</source>
        <translation>Ersetzen Sie {placeholder} {where} durch Ihre eigenen Worte, bevor dies verschickt wird.</translation>
    </message>
    <message>
        <source>“{line}” {where} greets no one: a name is missing. Add it before this goes.</source>
        <translation>„{line}“ {where} begrüßt niemanden: Ein Name fehlt. Ergänzen Sie ihn, bevor dies verschickt wird.</translation>
    </message>
    <message>
        <source>it is a spreadsheet or office file, not a CSV. Save it from your spreadsheet as “CSV UTF-8” and import that file</source>
        <translation>es ist eine Tabellen- oder Office-Datei, keine CSV-Datei. Speichern Sie sie in Ihrer Tabellenkalkulation als „CSV UTF-8“ und importieren Sie diese Datei</translation>
    </message>
    <message>
        <source>it is a ZIP file but not a Tickler export (it holds no prospects.csv)</source>
        <translation>es ist eine ZIP-Datei, aber kein Tickler-Export (sie enthält keine prospects.csv)</translation>
    </message>
    <message>
        <source>it is a damaged or unreadable ZIP file ({error})</source>
        <translation>es ist eine beschädigte oder unlesbare ZIP-Datei ({error})</translation>
    </message>
    <message>
        <source>line {line}: {name} is not in {charset}; read as Windows-1252</source>
        <translation>Zeile {line}: {name} ist nicht in {charset}; als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>the card has no END:VCARD (line {line} starts the next card)</source>
        <translation>die Karte hat kein END:VCARD (Zeile {line} beginnt die nächste Karte)</translation>
    </message>
    <message>
        <source>line {line}: END:VCARD without a BEGIN:VCARD</source>
        <translation>Zeile {line}: END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <source>line {line}: text outside any contact card</source>
        <translation>Zeile {line}: Text außerhalb einer Kontaktkarte</translation>
    </message>
    <message>
        <source>line {line}: &apos;{text}&apos; is not a vCard line</source>
        <translation>Zeile {line}: „{text}“ ist keine vCard-Zeile</translation>
    </message>
    <message>
        <source>the card has no END:VCARD: the file may be cut short</source>
        <translation>die Karte hat kein END:VCARD: Die Datei ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <source>vCard version {version} is not one Tickler reads (2.1, 3.0 or 4.0)</source>
        <translation>vCard-Version {version} kann Tickler nicht lesen (nur 2.1, 3.0 oder 4.0)</translation>
    </message>
    <message>
        <source>Prospect&apos;s first name</source>
        <translation>Vorname des Interessenten</translation>
    </message>
    <message>
        <source>Prospect&apos;s last name</source>
        <translation>Nachname des Interessenten</translation>
    </message>
    <message>
        <source>Prospect&apos;s full name</source>
        <translation>Voller Name des Interessenten</translation>
    </message>
    <message>
        <source>Prospect&apos;s job title</source>
        <translation>Position des Interessenten</translation>
    </message>
    <message>
        <source>Prospect&apos;s company</source>
        <translation>Firma des Interessenten</translation>
    </message>
    <message>
        <source>The agreed callback, in the prospect&apos;s local time</source>
        <translation>Der vereinbarte Rückruf, in der Ortszeit des Interessenten</translation>
    </message>
    <message>
        <source>Date of the agreed callback (prospect&apos;s time)</source>
        <translation>Datum des vereinbarten Rückrufs (Zeit des Interessenten)</translation>
    </message>
    <message>
        <source>Time of the agreed callback (prospect&apos;s time)</source>
        <translation>Uhrzeit des vereinbarten Rückrufs (Zeit des Interessenten)</translation>
    </message>
    <message>
        <source>Prospect&apos;s time zone, as a place</source>
        <translation>Zeitzone des Interessenten, als Ort</translation>
    </message>
    <message>
        <source>What the prospect said when they stalled</source>
        <translation>Was der Interessent beim Aufschub sagte</translation>
    </message>
    <message>
        <source>The compelling reason: next dated event, what will change, or your value statement</source>
        <translation>Der zwingende Grund: nächster Termin, was sich ändert, oder Ihr Nutzenversprechen</translation>
    </message>
    <message>
        <source>Your value statement (Settings)</source>
        <translation>Ihr Nutzenversprechen (Einstellungen)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Ihr Vorname</translation>
    </message>
    <message>
        <source>Your job title</source>
        <translation>Ihre Position</translation>
    </message>
    <message>
        <source>Your company</source>
        <translation>Ihre Firma</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Ihre Telefonnummer</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Your website</source>
        <translation>Ihre Website</translation>
    </message>
    <message>
        <source>Your full contact block (name, title, company, phone, email, web)</source>
        <translation>Ihr ganzer Kontaktblock (Name, Position, Firma, Telefon, E-Mail, Web)</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS on port {port}: Tickler never signs in unencrypted. Choose TLS (port 993).</source>
        <translation>{host} bietet auf Port {port} kein STARTTLS an: Tickler meldet sich nie unverschlüsselt an. Wählen Sie TLS (Port 993).</translation>
    </message>
    <message>
        <source>The certificate of {host} could not be verified ({why}).</source>
        <translation>Das Zertifikat von {host} konnte nicht geprüft werden ({why}).</translation>
    </message>
    <message>
        <source>A secure connection to {host}:{port} failed ({why}). Check the port and the security choice.</source>
        <translation>Eine sichere Verbindung zu {host}:{port} ist fehlgeschlagen ({why}). Prüfen Sie den Port und die Verschlüsselung.</translation>
    </message>
    <message>
        <source>{host}:{port} did not answer within {seconds} s.</source>
        <translation>{host}:{port} hat nicht innerhalb von {seconds} s geantwortet.</translation>
    </message>
    <message>
        <source>Tickler could not reach {host}:{port} ({why}).</source>
        <translation>Tickler konnte {host}:{port} nicht erreichen ({why}).</translation>
    </message>
    <message>
        <source>{host} answered in a way Tickler did not expect ({why}).</source>
        <translation>{host} hat unerwartet geantwortet ({why}).</translation>
    </message>
    <message>
        <source>{host} could not check the sign-in just now ({said}). Tickler tries again at the next check.</source>
        <translation>{host} konnte die Anmeldung gerade nicht prüfen ({said}). Tickler versucht es bei der nächsten Prüfung erneut.</translation>
    </message>
    <message>
        <source>{host} refused the sign-in for {user} ({said}). Check the user name and password in Email settings.</source>
        <translation>{host} hat die Anmeldung für {user} abgelehnt ({said}). Prüfen Sie Benutzername und Passwort in den E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>{host} refused the sign-in for {user}. Check the user name and password in Email settings.</source>
        <translation>{host} hat die Anmeldung für {user} abgelehnt. Prüfen Sie Benutzername und Passwort in den E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>Signing in to {host} failed ({why}).</source>
        <translation>Die Anmeldung bei {host} ist fehlgeschlagen ({why}).</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The folder “{folder}” could not be opened ({why}).</source>
        <translation>Der Ordner „{folder}“ konnte nicht geöffnet werden ({why}).</translation>
    </message>
    <message>
        <source>The keyring in use ({name}) keeps passwords in a plain file. Tickler will keep your SMTP password in memory for this session only.</source>
        <translation>Der verwendete Schlüsselbund ({name}) speichert Passwörter in einer unverschlüsselten Datei. Tickler behält Ihr SMTP-Passwort nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>No system keyring is available, so Tickler cannot store your SMTP password. It is kept in memory until you close Tickler and you will be asked for it again next time.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher kann Tickler Ihr SMTP-Passwort nicht speichern. Es bleibt im Speicher, bis Sie Tickler beenden, und wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>The system keyring refused to store the password ({what}). It is kept in memory for this session only.</source>
        <translation>Der Schlüsselbund des Systems hat das Speichern des Passworts abgelehnt ({what}). Es bleibt nur für diese Sitzung im Speicher.</translation>
    </message>
    <message>
        <source>TLS (SSL), usually port 465</source>
        <translation>TLS (SSL), meist Port 465</translation>
    </message>
    <message>
        <source>STARTTLS, usually port 587</source>
        <translation>STARTTLS, meist Port 587</translation>
    </message>
    <message>
        <source>None — unencrypted (not recommended)</source>
        <translation>Keine – unverschlüsselt (nicht empfohlen)</translation>
    </message>
    <message>
        <source>Microsoft 365 / Outlook.com</source>
        <translation>Microsoft 365 / Outlook.com</translation>
    </message>
    <message>
        <source>Microsoft is switching off password sign-in for sending mail (SMTP AUTH) for most Microsoft 365 and Outlook.com accounts during 2026; it then refuses the password with “550 5.7.30”. Tickler signs in with a password only. Ask whoever runs your email whether SMTP AUTH is still allowed for your mailbox (and whether you may use an app password); if not, use another outgoing server, such as your company&apos;s mail relay or a sending service.</source>
        <translation>Microsoft schaltet 2026 für die meisten Microsoft-365- und Outlook.com-Konten die Anmeldung mit Passwort zum Senden (SMTP AUTH) ab; das Passwort wird dann mit „550 5.7.30“ abgelehnt. Tickler meldet sich nur mit Passwort an. Fragen Sie Ihre E-Mail-Verwaltung, ob SMTP AUTH für Ihr Postfach noch erlaubt ist (und ob Sie ein App-Passwort verwenden dürfen); wenn nicht, nutzen Sie einen anderen Ausgangsserver, etwa das Mail-Relay Ihrer Firma oder einen Versanddienst.</translation>
    </message>
    <message>
        <source>Microsoft no longer accepts a password for sending mail from this account (SMTP AUTH is switched off for it). Changing the password will not help. Ask whoever runs your email to allow SMTP AUTH for your mailbox, or to give you an app password; otherwise use another outgoing server (your company&apos;s mail relay or a sending service) in Email settings (Ctrl+,).</source>
        <translation>Microsoft nimmt für das Senden von diesem Konto kein Passwort mehr an (SMTP AUTH ist dafür abgeschaltet). Ein neues Passwort hilft nicht. Bitten Sie Ihre E-Mail-Verwaltung, SMTP AUTH für Ihr Postfach zu erlauben oder Ihnen ein App-Passwort zu geben; sonst tragen Sie in den E-Mail-Einstellungen (Strg+,) einen anderen Ausgangsserver ein (das Mail-Relay Ihrer Firma oder einen Versanddienst).</translation>
    </message>
    <message>
        <source>Google (Gmail)</source>
        <translation>Google (Gmail)</translation>
    </message>
    <message>
        <source>Google accepts only an app password here, never your Google password: turn on 2-Step Verification, create an app password at myaccount.google.com/apppasswords and enter its 16 letters as the password. (A Google Workspace administrator may have switched app passwords off; then ask them for an SMTP relay.)</source>
        <translation>Google nimmt hier nur ein App-Passwort an, nie Ihr Google-Passwort: Schalten Sie die Bestätigung in zwei Schritten ein, erstellen Sie unter myaccount.google.com/apppasswords ein App-Passwort und geben Sie seine 16 Buchstaben als Passwort ein. (Ein Google-Workspace-Administrator kann App-Passwörter abgeschaltet haben; bitten Sie ihn dann um ein SMTP-Relay.)</translation>
    </message>
    <message>
        <source>Google refused the password. It accepts only an app password from mail programs, never your Google password: turn on 2-Step Verification, create an app password at myaccount.google.com/apppasswords and enter its 16 letters in Email settings (Ctrl+,).</source>
        <translation>Google hat das Passwort abgelehnt. Von E-Mail-Programmen nimmt Google nur ein App-Passwort an, nie Ihr Google-Passwort: Schalten Sie die Bestätigung in zwei Schritten ein, erstellen Sie unter myaccount.google.com/apppasswords ein App-Passwort und geben Sie seine 16 Buchstaben in den E-Mail-Einstellungen (Strg+,) ein.</translation>
    </message>
    <message>
        <source>{name} does not accept your normal password from mail programs: create an app password in your {name} account&apos;s security settings ({where}) and enter it here instead.</source>
        <translation>{name} nimmt von E-Mail-Programmen Ihr normales Passwort nicht an: Erstellen Sie in den Sicherheitseinstellungen Ihres {name}-Kontos ({where}) ein App-Passwort und geben Sie stattdessen dieses hier ein.</translation>
    </message>
    <message>
        <source>{name} refused the password. {advice} Then enter it in Email settings (Ctrl+,).</source>
        <translation>{name} hat das Passwort abgelehnt. {advice} Geben Sie es dann in den E-Mail-Einstellungen (Strg+,) ein.</translation>
    </message>
    <message>
        <source>Account security ▸ Generate app password</source>
        <translation>Kontosicherheit ▸ App-Passwort generieren</translation>
    </message>
    <message>
        <source>account.apple.com ▸ App-Specific Passwords</source>
        <translation>account.apple.com ▸ App-spezifische Passwörter</translation>
    </message>
    <message>
        <source>(The server said: {code} {words})</source>
        <translation>(Der Server sagte: {code} {words})</translation>
    </message>
    <message>
        <source>The server refused the login: {code} {words}. Check the password in Email settings (Ctrl+,). If it is right, Microsoft may have switched off password sign-in for your mailbox: ask whoever runs your email, or use another outgoing server.</source>
        <translation>Der Server hat die Anmeldung abgelehnt: {code} {words}. Prüfen Sie das Passwort in den E-Mail-Einstellungen (Strg+,). Wenn es stimmt, hat Microsoft die Anmeldung mit Passwort für Ihr Postfach vielleicht abgeschaltet: Fragen Sie Ihre E-Mail-Verwaltung, oder nutzen Sie einen anderen Ausgangsserver.</translation>
    </message>
    <message>
        <source>The server refused the login: {code} {words}. Check the user name and password in Email settings (Ctrl+,).</source>
        <translation>Der Server hat die Anmeldung abgelehnt: {code} {words}. Prüfen Sie Benutzername und Passwort in den E-Mail-Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>No sign-in method Tickler knows (the server offers {methods}).</source>
        <translation>Keine Anmeldemethode, die Tickler kennt (der Server bietet {methods} an).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Tickler will not send a password over an unencrypted connection. Choose TLS or STARTTLS, or clear the password.</source>
        <translation>Tickler sendet kein Passwort über eine unverschlüsselte Verbindung. Wählen Sie TLS oder STARTTLS, oder löschen Sie das Passwort.</translation>
    </message>
    <message>
        <source>{host} does not offer STARTTLS, so the connection would not be encrypted. Check the port and the security setting.</source>
        <translation>{host} bietet kein STARTTLS an, die Verbindung wäre also unverschlüsselt. Prüfen Sie den Port und die Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server does not offer this ({problem}). Check the security setting (TLS or STARTTLS) and the port in Email settings.</source>
        <translation>Der Server bietet das nicht an ({problem}). Prüfen Sie die Verschlüsselung (TLS oder STARTTLS) und den Port in den E-Mail-Einstellungen.</translation>
    </message>
    <message>
        <source>The user name or password has a character (an accent, say) that an SMTP login can&apos;t carry. Use one of plain letters, digits and symbols, or an app password from your provider.</source>
        <translation>Benutzername oder Passwort enthält ein Zeichen (etwa einen Akzent), das eine SMTP-Anmeldung nicht übertragen kann. Verwenden Sie nur einfache Buchstaben, Ziffern und Symbole, oder ein App-Passwort Ihres Anbieters.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: {why}</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden: {why}</translation>
    </message>
    <message>
        <source>The secure connection failed: {why}</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: {why}</translation>
    </message>
    <message>
        <source>Could not find the server {host} (no network, or a typo in the host name).</source>
        <translation>Der Server {host} wurde nicht gefunden (kein Netz oder ein Tippfehler im Servernamen).</translation>
    </message>
    <message>
        <source>{host} refused the connection (server down, or the wrong port).</source>
        <translation>{host} hat die Verbindung abgelehnt (Server aus oder falscher Port).</translation>
    </message>
    <message>
        <source>{host} did not answer in time.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>{host} closed the connection: {why}</source>
        <translation>{host} hat die Verbindung geschlossen: {why}</translation>
    </message>
    <message>
        <source>Network problem talking to {host}: {why}</source>
        <translation>Netzwerkproblem mit {host}: {why}</translation>
    </message>
    <message>
        <source>Unexpected problem: {what}</source>
        <translation>Unerwartetes Problem: {what}</translation>
    </message>
    <message>
        <source>Tickler was closing.</source>
        <translation>Tickler wurde beendet.</translation>
    </message>
    <message>
        <source>{host} closed the connection before the message was complete. Nothing was delivered.</source>
        <translation>{host} hat die Verbindung geschlossen, bevor die Nachricht vollständig war. Nichts wurde zugestellt.</translation>
    </message>
    <message>
        <source>{words} (before the message was complete: nothing was delivered)</source>
        <translation>{words} (bevor die Nachricht vollständig war: nichts wurde zugestellt)</translation>
    </message>
    <message>
        <source>Not connected to {host}.</source>
        <translation>Nicht mit {host} verbunden.</translation>
    </message>
    <message>
        <source>An address can&apos;t be used: {why}</source>
        <translation>Eine Adresse ist nicht verwendbar: {why}</translation>
    </message>
    <message>
        <source>{names} has letters before the @ that your mail server ({host}) cannot carry: it does not offer SMTPUTF8. The message waits here: ask for another address, or send through a server that offers SMTPUTF8.</source>
        <translation>{names} hat vor dem @ Zeichen, die Ihr Mailserver ({host}) nicht übertragen kann: Er bietet kein SMTPUTF8 an. Die Nachricht wartet hier: Fragen Sie nach einer anderen Adresse, oder senden Sie über einen Server mit SMTPUTF8.</translation>
    </message>
    <message>
        <source>{host} takes only 7-bit mail and this message is not 7-bit.</source>
        <translation>{host} nimmt nur 7-Bit-E-Mails an, und diese Nachricht ist nicht 7-Bit.</translation>
    </message>
    <message>
        <source>An address in this message has characters {host} cannot take ({addresses}).</source>
        <translation>Eine Adresse in dieser Nachricht enthält Zeichen, die {host} nicht annimmt ({addresses}).</translation>
    </message>
    <message>
        <source>The whole message went to {host} but no answer came back (Tickler was closing) ({what}). It may or may not have been delivered.</source>
        <translation>Die ganze Nachricht ging an {host}, aber es kam keine Antwort (Tickler wurde beendet) ({what}). Sie wurde vielleicht zugestellt, vielleicht nicht.</translation>
    </message>
    <message>
        <source>The whole message went to {host} but no answer came back ({what}). It may or may not have been delivered.</source>
        <translation>Die ganze Nachricht ging an {host}, aber es kam keine Antwort ({what}). Sie wurde vielleicht zugestellt, vielleicht nicht.</translation>
    </message>
    <message>
        <source>Proposed another time for the call (their calendar)</source>
        <translation>Hat einen anderen Termin für den Anruf vorgeschlagen (ihr Kalender)</translation>
    </message>
    <message>
        <source>Proposed {when} instead (their calendar)</source>
        <translation>Hat stattdessen {when} vorgeschlagen (ihr Kalender)</translation>
    </message>
    <message>
        <source>Accepted the invite (their calendar)</source>
        <translation>Einladung angenommen (ihr Kalender)</translation>
    </message>
    <message>
        <source>Accepted the invite for {when} (their calendar)</source>
        <translation>Einladung für {when} angenommen (ihr Kalender)</translation>
    </message>
    <message>
        <source>Tentatively accepted the invite (their calendar)</source>
        <translation>Einladung vorläufig angenommen (ihr Kalender)</translation>
    </message>
    <message>
        <source>Tentatively accepted the invite for {when} (their calendar)</source>
        <translation>Einladung für {when} vorläufig angenommen (ihr Kalender)</translation>
    </message>
    <message>
        <source>Declined the invite (their calendar)</source>
        <translation>Einladung abgelehnt (ihr Kalender)</translation>
    </message>
    <message>
        <source>Declined the invite for {when} (their calendar)</source>
        <translation>Einladung für {when} abgelehnt (ihr Kalender)</translation>
    </message>
    <message>
        <source>an earlier time: the call is now {when}</source>
        <translation>ein früherer Termin: der Anruf ist jetzt {when}</translation>
    </message>
    <message>
        <source>accepted in their calendar</source>
        <translation>in ihrem Kalender angenommen</translation>
    </message>
    <message>
        <source>tentatively accepted in their calendar</source>
        <translation>in ihrem Kalender vorläufig angenommen</translation>
    </message>
    <message>
        <source>declined in their calendar</source>
        <translation>in ihrem Kalender abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>{folder}: %n message(s)</source>
        <translation>
            <numerusform>{folder}: %n Nachricht</numerusform>
            <numerusform>{folder}: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in to {host}. {folders}. While Tickler runs, new mail is noticed as it arrives (IDLE); it only reads, and marks, moves or deletes nothing.</source>
        <translation>Bei {host} angemeldet. {folders}. Solange Tickler läuft, wird neue Post bemerkt, sobald sie eintrifft (IDLE); Tickler liest nur und markiert, verschiebt oder löscht nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in to {host}. {folders}. While Tickler runs, it looks every %n minute(s); it only reads, and marks, moves or deletes nothing.</source>
        <translation>
            <numerusform>Bei {host} angemeldet. {folders}. Solange Tickler läuft, schaut es jede Minute nach; es liest nur und markiert, verschiebt oder löscht nichts.</numerusform>
            <numerusform>Bei {host} angemeldet. {folders}. Solange Tickler läuft, schaut es alle %n Minuten nach; es liest nur und markiert, verschiebt oder löscht nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>They replied</source>
        <translation>Sie haben geantwortet</translation>
    </message>
    <message>
        <source>Automatic reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Address bounced</source>
        <translation>Adresse unzustellbar</translation>
    </message>
    <message>
        <source>Delivery delayed</source>
        <translation>Zustellung verzögert</translation>
    </message>
    <message>
        <source>Accepted the invite</source>
        <translation>Einladung angenommen</translation>
    </message>
    <message>
        <source>Tentatively accepted the invite</source>
        <translation>Einladung vorläufig angenommen</translation>
    </message>
    <message>
        <source>Declined the invite</source>
        <translation>Einladung abgelehnt</translation>
    </message>
    <message>
        <source>Proposed another time</source>
        <translation>Anderen Termin vorgeschlagen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Held: {detail}</source>
        <translation>Angehalten: {detail}</translation>
    </message>
    <message>
        <source>Warranty expiry</source>
        <translation>Garantieende</translation>
    </message>
    <message>
        <source>Maintenance contract ends</source>
        <translation>Wartungsvertrag endet</translation>
    </message>
    <message>
        <source>New regulation</source>
        <translation>Neue Vorschrift</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Price drop</source>
        <translation>Preissenkung</translation>
    </message>
    <message>
        <source>Special offer</source>
        <translation>Sonderangebot</translation>
    </message>
    <message>
        <source>Better system</source>
        <translation>Besseres System</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>What will be different for you by the time we speak again?</source>
        <translation>Was wird bei Ihnen anders sein, wenn wir das nächste Mal sprechen?</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Who makes the final decision on this?</source>
        <translation>Wer trifft hier die endgültige Entscheidung?</translation>
    </message>
    <message>
        <source>Others involved</source>
        <translation>Weitere Beteiligte</translation>
    </message>
    <message>
        <source>Who else will have a say, or will use it day to day?</source>
        <translation>Wer redet noch mit oder wird es täglich nutzen?</translation>
    </message>
    <message>
        <source>How they buy</source>
        <translation>Wie sie einkaufen</translation>
    </message>
    <message>
        <source>What are the steps and the paperwork to buy something like this?</source>
        <translation>Welche Schritte und Formalitäten braucht es, um so etwas zu kaufen?</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Is there budget planned for this, and if not, how would it be found?</source>
        <translation>Ist dafür Budget eingeplant, und wenn nicht, wie würde es gefunden?</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>When would you want this in place?</source>
        <translation>Ab wann möchten Sie das im Einsatz haben?</translation>
    </message>
    <message>
        <source>Compelling events</source>
        <translation>Zwingende Ereignisse</translation>
    </message>
    <message>
        <source>Is anything coming up with a date: a contract ending, a warranty, a new rule?</source>
        <translation>Steht etwas mit festem Datum an: ein Vertragsende, eine Garantie, eine neue Vorschrift?</translation>
    </message>
    <message>
        <source>{known} of {total} known</source>
        <translation>{known} von {total} bekannt</translation>
    </message>
    <message>
        <source>Pick between 0 and 365 days before the event.</source>
        <translation>Wählen Sie zwischen 0 und 365 Tagen vor dem Ereignis.</translation>
    </message>
    <message>
        <source>“{number}” is not a number Tickler can read; it was kept as typed.</source>
        <translation>„{number}“ ist keine Nummer, die Tickler lesen kann; sie wurde wie eingegeben übernommen.</translation>
    </message>
    <message>
        <source>“{country}” is not a country Tickler knows the holidays of: use its two-letter code (DE, GB, US…), or leave it empty to go by the time zone.</source>
        <translation>„{country}“ ist kein Land, dessen Feiertage Tickler kennt: Verwenden Sie den Ländercode aus zwei Buchstaben (DE, GB, US…) oder lassen Sie das Feld leer, um nach der Zeitzone zu gehen.</translation>
    </message>
    <message>
        <source>Pick planned, not planned or unknown.</source>
        <translation>Wählen Sie eingeplant, nicht eingeplant oder unbekannt.</translation>
    </message>
    <message>
        <source>An event date must be a date.</source>
        <translation>Das Datum eines Ereignisses muss ein Datum sein.</translation>
    </message>
    <message>
        <source>The event&apos;s date</source>
        <translation>Das Datum des Ereignisses</translation>
    </message>
    <message>
        <source>This prospect is in the trash; restore it to edit it.</source>
        <translation>Dieser Interessent liegt im Papierkorb; stellen Sie ihn wieder her, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>That prospect is not in the book (is it in the trash?).</source>
        <translation>Dieser Interessent ist nicht im Bestand (liegt er im Papierkorb?).</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Dieses Ereignis gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That prospect no longer exists.</source>
        <translation>Diesen Interessenten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
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
        <source>Voicemail</source>
        <translation>Mailbox-Nachricht</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>New stall</source>
        <translation>Neue Vertröstung</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>fest vereinbart</translation>
    </message>
    <message>
        <source>vague</source>
        <translation>vage</translation>
    </message>
    <message>
        <source>Plan: {plan}</source>
        <translation>Plan: {plan}</translation>
    </message>
    <message>
        <source>Callback {slot} ({quality})</source>
        <translation>Rückruf {slot} ({quality})</translation>
    </message>
    <message>
        <source>closed: {reason}</source>
        <translation>beendet: {reason}</translation>
    </message>
    <message>
        <source>Stall: {kind}</source>
        <translation>Vertröstung: {kind}</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message numerus="yes">
        <source>Planned (snoozed %n×)</source>
        <translation>
            <numerusform>Geplant (%n× zurückgestellt)</numerusform>
            <numerusform>Geplant (%n× zurückgestellt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: they declined the invite</source>
        <translation>Pausiert: Einladung abgelehnt</translation>
    </message>
    <message>
        <source>Paused: they replied</source>
        <translation>Pausiert: Antwort erhalten</translation>
    </message>
    <message>
        <source>on the minute</source>
        <translation>auf die Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n Min. zu spät</numerusform>
            <numerusform>%n Min. zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n Min. zu früh</numerusform>
            <numerusform>%n Min. zu früh</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: {subject}</source>
        <translation>Gesendet: {subject}</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-Mail gesendet</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>Plan resumed</source>
        <translation>Plan fortgesetzt</translation>
    </message>
    <message>
        <source>Plan ended</source>
        <translation>Plan beendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>That email address does not look right: {problem}</source>
        <translation>Diese E-Mail-Adresse sieht nicht richtig aus: {problem}</translation>
    </message>
    <message>
        <source>Give the prospect a name or a company.</source>
        <translation>Geben Sie dem Interessenten einen Namen oder eine Firma.</translation>
    </message>
    <message>
        <source>Pick the prospect&apos;s time zone from the list (for example America/New_York).</source>
        <translation>Wählen Sie die Zeitzone des Interessenten aus der Liste (zum Beispiel Europe/Berlin).</translation>
    </message>
    <message>
        <source>Look between 1 and {days} days ahead.</source>
        <translation>Schauen Sie zwischen 1 und {days} Tagen voraus.</translation>
    </message>
    <message>
        <source>That is beyond the dates Tickler plans in.</source>
        <translation>Das liegt außerhalb der Jahre, in denen Tickler plant.</translation>
    </message>
    <message>
        <source>Pop up between 0 and {minutes} minutes before a call.</source>
        <translation>Erinnern Sie zwischen 0 und {minutes} Minuten vor einem Anruf.</translation>
    </message>
    <message>
        <source>The working day has to end after it starts.</source>
        <translation>Der Arbeitstag muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>Pick at least one working day.</source>
        <translation>Wählen Sie mindestens einen Arbeitstag.</translation>
    </message>
    <message>
        <source>Pause for at least one minute.</source>
        <translation>Pausieren Sie mindestens eine Minute.</translation>
    </message>
    <message>
        <source>An email to a sample prospect is being sent right now. Try again in a moment.</source>
        <translation>Gerade wird eine E-Mail an einen Beispiel-Interessenten gesendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Closing the window either keeps Tickler running or quits it.</source>
        <translation>Beim Schließen des Fensters läuft Tickler entweder weiter oder wird beendet.</translation>
    </message>
    <message>
        <source>Start at login is set by the installer on this system (see the README).</source>
        <translation>Der Start bei der Anmeldung wird auf diesem System vom Installationsprogramm eingerichtet (siehe README).</translation>
    </message>
    <message>
        <source>Could not change the login entry: {error}.</source>
        <translation>Der Anmeldeeintrag konnte nicht geändert werden: {error}.</translation>
    </message>
    <message>
        <source>Tickler will start at login ({path}).</source>
        <translation>Tickler startet bei der Anmeldung ({path}).</translation>
    </message>
    <message>
        <source>Tickler will not start at login.</source>
        <translation>Tickler startet nicht bei der Anmeldung.</translation>
    </message>
    <message>
        <source>Can&apos;t undo {change}: the email has already gone to the mail server, and a sent email can&apos;t be called back.</source>
        <translation>„{change}“ lässt sich nicht rückgängig machen: Die E-Mail ist bereits beim Mailserver, und eine gesendete E-Mail lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>Can&apos;t undo {change}: this prospect&apos;s plan has changed since (in another window or by the outbox), and undoing would lose that.</source>
        <translation>„{change}“ lässt sich nicht rückgängig machen: Der Plan dieses Interessenten hat sich seitdem geändert (in einem anderen Fenster oder durch den Postausgang), und das Rückgängigmachen würde das verwerfen.</translation>
    </message>
    <message>
        <source>Can&apos;t redo {change}: {refusal}</source>
        <translation>„{change}“ lässt sich nicht wiederholen: {refusal}</translation>
    </message>
    <message>
        <source>Marked as sent by you.</source>
        <translation>Von Ihnen als gesendet markiert.</translation>
    </message>
    <message>
        <source>Tickler stopped while the server had this message and before it answered. It may or may not have been delivered: check your Sent folder or ask the recipient, then mark it sent or send it again.</source>
        <translation>Tickler wurde beendet, während der Server diese Nachricht hatte und bevor er antwortete. Sie wurde vielleicht zugestellt, vielleicht nicht: Sehen Sie in Ihrem Ordner „Gesendet“ nach oder fragen Sie den Empfänger, und markieren Sie sie dann als gesendet oder senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Restored from a backup: this message may have gone out after the backup was made. Check your Sent folder, then mark it sent or send it again.</source>
        <translation>Aus einer Sicherung wiederhergestellt: Diese Nachricht ist vielleicht nach der Sicherung hinausgegangen. Sehen Sie in Ihrem Ordner „Gesendet“ nach und markieren Sie sie dann als gesendet oder senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>The call moved after you edited this message: check the time in it, then send it again.</source>
        <translation>Der Anruf wurde verlegt, nachdem Sie diese Nachricht bearbeitet hatten: Prüfen Sie die Uhrzeit darin und senden Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>{address} bounced</source>
        <translation>{address} ist unzustellbar</translation>
    </message>
    <message>
        <source>Not sent: {reason}. Ask for a new address.</source>
        <translation>Nicht gesendet: {reason}. Fragen Sie nach einer neuen Adresse.</translation>
    </message>
    <message>
        <source>Trying again at {time} (attempt {attempt} of {total}).</source>
        <translation>Neuer Versuch um {time} (Versuch {attempt} von {total}).</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
</context>
</TS>
