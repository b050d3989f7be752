<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Tickler hit a problem</source>
        <translation>Tickler ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong, and Tickler has written the details to its log. Your data is safe; you can keep working.</source>
        <translation>Etwas ist schiefgelaufen; Tickler hat die Einzelheiten in sein Protokoll geschrieben. Ihre Daten sind sicher, Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>Welcome to Tickler</source>
        <translation>Willkommen bei Tickler</translation>
    </message>
    <message>
        <source>This is your first start. Would you like to look around a sample book of prospects first, or start with an empty book?</source>
        <translation>Dies ist Ihr erster Start. Möchten Sie sich zuerst in einem Beispielbuch mit Interessenten umsehen oder mit einem leeren Buch beginnen?</translation>
    </message>
    <message>
        <source>Open the sample book</source>
        <translation>Beispielbuch öffnen</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Tickler is already running</source>
        <translation>Tickler läuft bereits</translation>
    </message>
    <message>
        <source>Another Tickler has {file} open but is not answering. If its window is not on screen, quit it (or end it from your system&apos;s task list) and start Tickler again.</source>
        <translation>Ein anderes Tickler hat {file} geöffnet, antwortet aber nicht. Wenn sein Fenster nicht zu sehen ist, beenden Sie es (oder über die Prozessliste Ihres Systems) und starten Sie Tickler erneut.</translation>
    </message>
    <message>
        <source>Tickler did not close normally last time (started {date} at {time}).</source>
        <translation>Tickler wurde beim letzten Mal nicht normal beendet (gestartet {date} um {time}).</translation>
    </message>
    <message>
        <source>Tickler did not close normally last time.</source>
        <translation>Tickler wurde beim letzten Mal nicht normal beendet.</translation>
    </message>
    <message>
        <source>It stopped with an error: “{error}”.</source>
        <translation>Es wurde mit einem Fehler beendet: „{error}“.</translation>
    </message>
    <message>
        <source>It may have crashed, been ended from the task list, or the computer may have shut down while it ran.</source>
        <translation>Vielleicht ist es abgestürzt, wurde über die Prozessliste beendet, oder der Computer wurde heruntergefahren, während es lief.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing you saved is lost: your book is here with its %n prospect(s). Anything typed but not yet saved in an open window when it stopped is gone.</source>
        <translation>
            <numerusform>Nichts Gespeichertes ist verloren: Ihr Buch ist mit seinem %n Interessenten da. Was in einem offenen Fenster getippt, aber noch nicht gespeichert war, ist weg.</numerusform>
            <numerusform>Nichts Gespeichertes ist verloren: Ihr Buch ist mit seinen %n Interessenten da. Was in einem offenen Fenster getippt, aber noch nicht gespeichert war, ist weg.</numerusform>
        </translation>
    </message>
    <message>
        <source>If it happens again, the lines below help whoever looks into it.</source>
        <translation>Falls es wieder passiert, helfen die Zeilen unten bei der Fehlersuche.</translation>
    </message>
    <message>
        <source>Tickler closed unexpectedly</source>
        <translation>Tickler wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>The last lines of the log ({path}):</source>
        <translation>Die letzten Zeilen des Protokolls ({path}):</translation>
    </message>
    <message>
        <source>The last lines of the log:</source>
        <translation>Die letzten Zeilen des Protokolls:</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>(the log is empty or could not be read)</source>
        <translation>(das Protokoll ist leer oder konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>What Python reported as it stopped:</source>
        <translation>Was Python beim Beenden gemeldet hat:</translation>
    </message>
    <message>
        <source>In Today and Upcoming (the list must have the focus)</source>
        <translation>In „Heute“ und „Demnächst“ (die Liste muss den Fokus haben)</translation>
    </message>
    <message>
        <source>Done (a call opens its call panel; an email never sent asks first)</source>
        <translation>Erledigt (ein Anruf öffnet sein Anruffenster; bei einer nie gesendeten E-Mail wird zuerst nachgefragt)</translation>
    </message>
    <message>
        <source>Snooze an hour</source>
        <translation>Eine Stunde zurückstellen</translation>
    </message>
    <message>
        <source>Snooze for… (15 minutes, 3 hours, tomorrow morning)</source>
        <translation>Zurückstellen für… (15 Minuten, 3 Stunden, morgen früh)</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Skip an optional touch</source>
        <translation>Einen optionalen Kontakt überspringen</translation>
    </message>
    <message>
        <source>Send the email</source>
        <translation>Die E-Mail senden</translation>
    </message>
    <message>
        <source>Call panel</source>
        <translation>Anruffenster</translation>
    </message>
    <message>
        <source>Open the prospect</source>
        <translation>Den Interessenten öffnen</translation>
    </message>
    <message>
        <source>Dial their number</source>
        <translation>Die Nummer wählen</translation>
    </message>
    <message>
        <source>Open LinkedIn (then mark the step done)</source>
        <translation>LinkedIn öffnen (danach den Schritt als erledigt markieren)</translation>
    </message>
    <message>
        <source>Notes to write today</source>
        <translation>Heute zu schreibende Karten</translation>
    </message>
    <message>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>Undo the last action (named in Edit ▸ Undo)</source>
        <translation>Die letzte Aktion rückgängig machen (benannt unter Bearbeiten ▸ Rückgängig)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Log a stall (for the prospect of the row selected)</source>
        <translation>Eine Vertröstung erfassen (für den Interessenten der gewählten Zeile)</translation>
    </message>
    <message>
        <source>Edit the selected prospect</source>
        <translation>Den gewählten Interessenten bearbeiten</translation>
    </message>
    <message>
        <source>Find a prospect</source>
        <translation>Einen Interessenten suchen</translation>
    </message>
    <message>
        <source>Today, Prospects, Gaps, Outbox, Report, Upcoming</source>
        <translation>Heute, Interessenten, Lücken, Postausgang, Bericht, Demnächst</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>In a prospect&apos;s profile</source>
        <translation>Im Profil eines Interessenten</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Nächstes Feld</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Close (unsaved changes are asked about)</source>
        <translation>Schließen (bei ungespeicherten Änderungen wird nachgefragt)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>Your book (one SQLite file, readable only by you)</source>
        <translation>Ihr Buch (eine SQLite-Datei, nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>Copies kept before a schema upgrade</source>
        <translation>Kopien vor einer Schema-Aktualisierung</translation>
    </message>
    <message>
        <source>The book before a restore</source>
        <translation>Das Buch vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Lock held while Tickler runs</source>
        <translation>Sperre, solange Tickler läuft</translation>
    </message>
    <message>
        <source>Log (errors and what Tickler did)</source>
        <translation>Protokoll (Fehler und was Tickler getan hat)</translation>
    </message>
    <message>
        <source>Email password</source>
        <translation>E-Mail-Passwort</translation>
    </message>
    <message>
        <source>your system keyring (never in the book)</source>
        <translation>der Schlüsselbund Ihres Systems (nie im Buch)</translation>
    </message>
    <message>
        <source>Use another file with {command} or the {variable} variable.</source>
        <translation>Eine andere Datei nutzen Sie mit {command} oder der Variablen {variable}.</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>{touch} to {name}</source>
        <translation>{touch} an {name}</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Touch</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>&amp;Prospect</source>
        <translation>&amp;Interessent</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Today&apos;s touches</source>
        <translation>Kontakte für heute</translation>
    </message>
    <message>
        <source>Nothing due today. Log a stall (Ctrl+N) when a prospect says “call me later”.</source>
        <translation>Heute ist nichts fällig. Erfassen Sie eine Vertröstung (Strg+N), wenn ein Interessent „rufen Sie später an“ sagt.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation>Interessenten durchsuchen</translation>
    </message>
    <message>
        <source>Search name, company, email, phone or notes…</source>
        <translation>Name, Firma, E-Mail, Telefon oder Notizen suchen…</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Log a stall for this prospect…</source>
        <translation>Vertröstung für diesen Interessenten erfassen…</translation>
    </message>
    <message>
        <source>&amp;Log stall…</source>
        <translation>&amp;Vertröstung erfassen…</translation>
    </message>
    <message>
        <source>Log a stall and lay out its follow-up plan</source>
        <translation>Eine Vertröstung erfassen und ihren Nachfassplan anlegen</translation>
    </message>
    <message>
        <source>Your &amp;time zone…</source>
        <translation>Ihre &amp;Zeitzone…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>Mark the touch done (a call opens its panel)</source>
        <translation>Den Kontakt als erledigt markieren (ein Anruf öffnet sein Fenster)</translation>
    </message>
    <message>
        <source>&amp;Snooze 1 h</source>
        <translation>1 Std. &amp;zurückstellen</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>Eine Stunde zurückstellen</translation>
    </message>
    <message>
        <source>Snooze &amp;for</source>
        <translation>Zurückstellen &amp;für</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Tomorrow morning ({time})</source>
        <translation>Morgen früh ({time})</translation>
    </message>
    <message>
        <source>Snooze for…</source>
        <translation>Zurückstellen für…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>Move the touch to another date and time</source>
        <translation>Den Kontakt auf einen anderen Tag und eine andere Zeit legen</translation>
    </message>
    <message>
        <source>&amp;Open prospect</source>
        <translation>Interessent ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the prospect of this touch</source>
        <translation>Den Interessenten dieses Kontakts öffnen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Skip an optional touch (a LinkedIn connect, cancelling an invite)</source>
        <translation>Einen optionalen Kontakt überspringen (eine LinkedIn-Vernetzung, die Absage einer Einladung)</translation>
    </message>
    <message>
        <source>&amp;Find prospect</source>
        <translation>Interessent &amp;suchen</translation>
    </message>
    <message>
        <source>Remove the &amp;sample prospects…</source>
        <translation>&amp;Beispiel-Interessenten entfernen…</translation>
    </message>
    <message>
        <source>Delete the sample book&apos;s prospects with their touches and history</source>
        <translation>Die Interessenten des Beispielbuchs mit ihren Kontakten und ihrem Verlauf löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Play&amp;books…</source>
        <translation>Play&amp;books…</translation>
    </message>
    <message>
        <source>Change the touches each kind of stall lays out</source>
        <translation>Ändern, welche Kontakte jede Art von Vertröstung anlegt</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Where your data lives…</source>
        <translation>&amp;Wo Ihre Daten liegen…</translation>
    </message>
    <message>
        <source>&amp;About Tickler</source>
        <translation>Ü&amp;ber Tickler</translation>
    </message>
    <message>
        <source>Show {screen}</source>
        <translation>{screen} zeigen</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>{counts}  —  your times in {zone}</source>
        <translation>{counts}  –  Ihre Zeiten in {zone}</translation>
    </message>
    <message>
        <source>Today ({count})</source>
        <translation>Heute ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>500+ found</source>
        <translation>500+ gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) (first 500 shown)</source>
        <translation>
            <numerusform>%n Interessent (die ersten 500 gezeigt)</numerusform>
            <numerusform>%n Interessenten (die ersten 500 gezeigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n Interessent</numerusform>
            <numerusform>%n Interessenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Tickler</source>
        <translation>Tickler</translation>
    </message>
    <message>
        <source>Done: {touch}</source>
        <translation>Erledigt: {touch}</translation>
    </message>
    <message>
        <source>There are no sample prospects left in this book.</source>
        <translation>In diesem Buch sind keine Beispiel-Interessenten mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Removed the %n sample prospect(s) with their touches and history; your own prospects are as they were.</source>
        <translation>
            <numerusform>Den %n Beispiel-Interessenten mit Kontakten und Verlauf entfernt; Ihre eigenen Interessenten sind unverändert.</numerusform>
            <numerusform>Die %n Beispiel-Interessenten mit Kontakten und Verlauf entfernt; Ihre eigenen Interessenten sind unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the sample prospects?</source>
        <translation>Beispiel-Interessenten entfernen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n sample prospect(s) Tickler wrote when you started, with their touches, history and emails? Your own prospects are not touched. This cannot be undone.</source>
        <translation>
            <numerusform>Den %n Beispiel-Interessenten, den Tickler beim ersten Start angelegt hat, mit Kontakten, Verlauf und E-Mails löschen? Ihre eigenen Interessenten bleiben unberührt. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %n Beispiel-Interessenten, die Tickler beim ersten Start angelegt hat, mit Kontakten, Verlauf und E-Mails löschen? Ihre eigenen Interessenten bleiben unberührt. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove them</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Mark done without sending?</source>
        <translation>Ohne Senden als erledigt markieren?</translation>
    </message>
    <message>
        <source>Tickler has not sent “{touch}” to {name}.</source>
        <translation>Tickler hat „{touch}“ nicht an {name} gesendet.</translation>
    </message>
    <message>
        <source>Did it go some other way (from your own mail, by phone, in person)? Then mark it done. Otherwise send it now.</source>
        <translation>Ging es auf anderem Weg hinaus (aus Ihrem eigenen Mailprogramm, per Telefon, persönlich)? Dann markieren Sie es als erledigt. Sonst senden Sie es jetzt.</translation>
    </message>
    <message>
        <source>It went another way: mark &amp;done</source>
        <translation>Ging anders hinaus: als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Send it now</source>
        <translation>Jetzt &amp;senden</translation>
    </message>
    <message>
        <source>Skip: {touch}</source>
        <translation>Überspringen: {touch}</translation>
    </message>
    <message>
        <source>Skipped: {touch} for {name}</source>
        <translation>Übersprungen: {touch} für {name}</translation>
    </message>
    <message>
        <source>Snooze: {touch}</source>
        <translation>Zurückstellen: {touch}</translation>
    </message>
    <message>
        <source>Snoozed {touch} for {name} until {time}</source>
        <translation>{touch} für {name} zurückgestellt bis {time}</translation>
    </message>
    <message>
        <source>Moved {touch} for {name}</source>
        <translation>{touch} für {name} verschoben</translation>
    </message>
    <message>
        <source>Your time zone</source>
        <translation>Ihre Zeitzone</translation>
    </message>
    <message>
        <source>Times now shown in {zone}</source>
        <translation>Zeiten werden jetzt in {zone} gezeigt</translation>
    </message>
    <message>
        <source>About Tickler</source>
        <translation>Über Tickler</translation>
    </message>
    <message>
        <source>Turns every “call me next month” into a dated plan of touches, and taps you on the shoulder at the agreed minute.</source>
        <translation>Macht aus jedem „rufen Sie mich nächsten Monat an“ einen Plan mit festen Kontakten und tippt Ihnen zur vereinbarten Minute auf die Schulter.</translation>
    </message>
    <message>
        <source>Data file: {path}</source>
        <translation>Datendatei: {path}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Undone: {action}</source>
        <translation>Rückgängig gemacht: {action}</translation>
    </message>
    <message>
        <source>Redone: {action}</source>
        <translation>Wiederhergestellt: {action}</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Wiederherstellen: {action}</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
</TS>
