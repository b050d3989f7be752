<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Vor einer Wiederherstellung behalten</translation>
    </message>
    <message>
        <source>Kept before an update</source>
        <translation>Vor einem Update behalten</translation>
    </message>
    <message>
        <source>Tickler backups (*.sqlite3 *.db *.bak);;All files (*)</source>
        <translation>Tickler-Sicherungen (*.sqlite3 *.db *.bak);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Tickler backs up your book once a day you use it (it keeps the last 7 days, and one a week for the 4 weeks before), into {folder}. Choose the one to go back to; your current book is kept beside it as it is now.</source>
        <translation>Tickler sichert Ihren Bestand einmal an jedem Tag, an dem Sie ihn nutzen (es behält die letzten 7 Tage und für die 4 Wochen davor eine pro Woche), in {folder}. Wählen Sie, zu welcher Sie zurückkehren möchten; Ihr aktueller Bestand wird unverändert daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>There are no backups yet: Tickler makes the first one today.</source>
        <translation>Noch keine Sicherungen: Tickler legt heute die erste an.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Your book is damaged</source>
        <translation>Ihr Bestand ist beschädigt</translation>
    </message>
    <message>
        <source>Tickler found damage inside {file}, the file that holds your prospects (this happens when a disk fails or the computer loses power while writing). Tickler has stopped using it, so nothing more is lost, and it will not write over it: when you restore a backup, the damaged file is kept beside it, untouched, for anyone who can repair it.</source>
        <translation>Tickler hat in {file}, der Datei mit Ihren Interessenten, Schäden gefunden (das passiert, wenn eine Festplatte ausfällt oder der Computer beim Schreiben den Strom verliert). Tickler nutzt sie nicht mehr, damit nichts weiter verloren geht, und überschreibt sie nicht: Wenn Sie eine Sicherung wiederherstellen, bleibt die beschädigte Datei unberührt daneben liegen, für alle, die sie reparieren können.</translation>
    </message>
    <message>
        <source>SQLite says: {detail}</source>
        <translation>SQLite meldet: {detail}</translation>
    </message>
    <message>
        <source>Looking for your newest good backup…</source>
        <translation>Suche nach Ihrer neuesten intakten Sicherung…</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Sicherungsdatei wählen…</translation>
    </message>
    <message>
        <source>Quit Tickler</source>
        <translation>Tickler beenden</translation>
    </message>
    <message>
        <source>Tickler has no good backup of this book. Choose a backup file if you have one; otherwise quit and keep the damaged file as it is for repair.</source>
        <translation>Tickler hat keine intakte Sicherung dieses Bestands. Wählen Sie eine Sicherungsdatei, falls Sie eine haben; andernfalls beenden Sie Tickler und bewahren die beschädigte Datei für eine Reparatur auf.</translation>
    </message>
    <message>
        <source>Your newest good backup is from &lt;b&gt;{made}&lt;/b&gt;, with {prospects} prospects and {touches} touches. Anything you changed after it is in the damaged file only.</source>
        <translation>Ihre neueste intakte Sicherung ist vom &lt;b&gt;{made}&lt;/b&gt;, mit {prospects} Interessenten und {touches} Kontakten. Was Sie danach geändert haben, steht nur in der beschädigten Datei.</translation>
    </message>
    <message>
        <source>That backup could not be restored: {error}</source>
        <translation>Diese Sicherung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup of {backup} (%n prospect(s)). The damaged book is kept as {file}.</source>
        <translation>
            <numerusform>Sicherung vom {backup} wiederhergestellt (%n Interessent). Der beschädigte Bestand ist als {file} aufbewahrt.</numerusform>
            <numerusform>Sicherung vom {backup} wiederhergestellt (%n Interessenten). Der beschädigte Bestand ist als {file} aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Everything: prospects with their qualification answers, compelling events and history,
as a ZIP of CSV files (each opens in any spreadsheet)</source>
        <translation>Alles: Interessenten mit Qualifizierungsantworten, zwingenden Ereignissen und Verlauf,
als ZIP mit CSV-Dateien (jede öffnet sich in jeder Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>All prospects with their qualification answers, as one CSV file</source>
        <translation>Alle Interessenten mit ihren Qualifizierungsantworten als eine CSV-Datei</translation>
    </message>
    <message>
        <source>Upcoming calls, as a calendar file (.ics) for Outlook, Google or Apple Calendar</source>
        <translation>Anstehende Anrufe als Kalenderdatei (.ics) für Outlook, Google oder Apple Kalender</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>What would you like to export?</source>
        <translation>Was möchten Sie exportieren?</translation>
    </message>
    <message>
        <source>Both CSV forms import back into Tickler as they were (File ▸ Import). The call-block report has its own CSV and PDF export on the Report tab.</source>
        <translation>Beide CSV-Formen lassen sich unverändert wieder in Tickler importieren (Datei ▸ Importieren). Der Anrufblock-Bericht hat einen eigenen CSV- und PDF-Export auf dem Reiter Bericht.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Bring prospects in from a CSV or vCard file</source>
        <translation>Interessenten aus einer CSV- oder vCard-Datei übernehmen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Prospects to CSV, upcoming calls to a calendar</source>
        <translation>Interessenten als CSV, anstehende Anrufe als Kalender</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Save a full copy of your book</source>
        <translation>Eine vollständige Kopie Ihres Bestands speichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace your book with a backup</source>
        <translation>Ihren Bestand durch eine Sicherung ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prospect(s), merged {merged}.</source>
        <translation>
            <numerusform>%n Interessent importiert, {merged} zusammengeführt.</numerusform>
            <numerusform>%n Interessenten importiert, {merged} zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prospect(s) with their history to {file}.</source>
        <translation>
            <numerusform>%n Interessent mit Verlauf nach {file} exportiert.</numerusform>
            <numerusform>%n Interessenten mit Verlauf nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prospect(s) to {file}.</source>
        <translation>
            <numerusform>%n Interessent nach {file} exportiert.</numerusform>
            <numerusform>%n Interessenten nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n upcoming call(s) to {file}.</source>
        <translation>
            <numerusform>%n anstehenden Anruf nach {file} exportiert.</numerusform>
            <numerusform>%n anstehende Anrufe nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Export nach {file}…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Back up your book</source>
        <translation>Bestand sichern</translation>
    </message>
    <message>
        <source>Tickler backups (*.sqlite3);;All files (*)</source>
        <translation>Tickler-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up to {file}…</source>
        <translation>Sicherung nach {file}…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n prospect(s) and {touches} touches to {file}.</source>
        <translation>
            <numerusform>%n Interessent und {touches} Kontakte nach {file} gesichert.</numerusform>
            <numerusform>%n Interessenten und {touches} Kontakte nach {file} gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>An export or backup is still running; try again when it has finished.</source>
        <translation>Ein Export oder eine Sicherung läuft noch; versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>A backup or export is still running; restore when it has finished.</source>
        <translation>Eine Sicherung oder ein Export läuft noch; stellen Sie wieder her, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>That backup can&apos;t be restored</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n prospect(s) and {touches} touches.

Restoring replaces your current book with it. A copy of the current book is kept beside it (…before-restore.bak).</source>
        <translation>
            <numerusform>{file} enthält %n Interessenten und {touches} Kontakte.

Die Wiederherstellung ersetzt Ihren aktuellen Bestand. Eine Kopie des aktuellen Bestands wird daneben aufbewahrt (…before-restore.bak).</numerusform>
            <numerusform>{file} enthält %n Interessenten und {touches} Kontakte.

Die Wiederherstellung ersetzt Ihren aktuellen Bestand. Eine Kopie des aktuellen Bestands wird daneben aufbewahrt (…before-restore.bak).</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>{error}

Your book is unchanged.</source>
        <translation>{error}

Ihr Bestand ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n prospect(s) from {file}.</source>
        <translation>
            <numerusform>%n Interessent aus {file} wiederhergestellt.</numerusform>
            <numerusform>%n Interessenten aus {file} wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard *.zip);;All files (*)</source>
        <translation>Kontakte (*.csv *.txt *.tsv *.vcf *.vcard *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation>Zusammenführen mit {name}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>{zone} (yours)</source>
        <translation>{zone} (Ihre)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A CSV export from a spreadsheet or another CRM, or contacts saved as vCard (.vcf).</source>
        <translation>Ein CSV-Export aus einer Tabellenkalkulation oder einem anderen CRM, oder als vCard (.vcf) gespeicherte Kontakte.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Interessenten importieren</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Datei lesen</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Line {line}: {text}</source>
        <translation>Zeile {line}: {text}</translation>
    </message>
    <message>
        <source>chosen by Tickler</source>
        <translation>von Tickler gewählt</translation>
    </message>
    <message>
        <source>as Tickler chose it</source>
        <translation>wie von Tickler gewählt</translation>
    </message>
    <message>
        <source>your choice (Tickler chose {encoding})</source>
        <translation>Ihre Wahl (Tickler wählte {encoding})</translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s). The first ones as read — if names look garbled, choose another encoding:</source>
        <translation>
            <numerusform>%n Kontaktkarte. Die ersten, wie gelesen – sehen Namen verstümmelt aus, wählen Sie eine andere Zeichenkodierung:</numerusform>
            <numerusform>%n Kontaktkarten. Die ersten, wie gelesen – sehen Namen verstümmelt aus, wählen Sie eine andere Zeichenkodierung:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). The first ones as read — if names look garbled, choose another encoding:</source>
        <translation>
            <numerusform>%n Zeile. Die ersten, wie gelesen – sehen Namen verstümmelt aus, wählen Sie eine andere Zeichenkodierung:</numerusform>
            <numerusform>%n Zeilen. Die ersten, wie gelesen – sehen Namen verstümmelt aus, wählen Sie eine andere Zeichenkodierung:</numerusform>
        </translation>
    </message>
    <message>
        <source>These are vCard contact cards; each card becomes one prospect.</source>
        <translation>Dies sind vCard-Kontaktkarten; jede Karte wird ein Interessent.</translation>
    </message>
    <message>
        <source>This looks like a &lt;b&gt;{program}&lt;/b&gt; export: its columns are matched by their exact names.</source>
        <translation>Das sieht nach einem Export aus &lt;b&gt;{program}&lt;/b&gt; aus: Die Spalten werden über ihre genauen Namen zugeordnet.</translation>
    </message>
    <message>
        <source>Tickler does not recognise the program that wrote this file; it matches the columns by their names. Check them on the next page.</source>
        <translation>Tickler erkennt das Programm nicht, das diese Datei geschrieben hat; es ordnet die Spalten über ihre Namen zu. Prüfen Sie sie auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Other numbers and addresses</source>
        <translation>Weitere Nummern und Adressen</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>The first rows as they will be stored:</source>
        <translation>Die ersten Zeilen, wie sie gespeichert werden:</translation>
    </message>
    <message>
        <source>(don&apos;t import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%n vCard contact(s) found in {file}.</source>
        <translation>
            <numerusform>%n vCard-Kontakt in {file} gefunden.</numerusform>
            <numerusform>%n vCard-Kontakte in {file} gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found in {file}.</source>
        <translation>
            <numerusform>%n Zeile in {file} gefunden.</numerusform>
            <numerusform>%n Zeilen in {file} gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Several columns go to {fields}: the preferred or work one is kept there, the others under Other numbers and addresses.</source>
        <translation>Mehrere Spalten gehen nach {fields}: Die bevorzugte bzw. geschäftliche bleibt dort, die anderen kommen unter Weitere Nummern und Adressen.</translation>
    </message>
    <message>
        <source>Two columns go to the same field: {fields}. Pick another field for one of them, or don&apos;t import it.</source>
        <translation>Zwei Spalten gehen in dasselbe Feld: {fields}. Wählen Sie für eine davon ein anderes Feld oder importieren Sie sie nicht.</translation>
    </message>
    <message>
        <source>Check and preview</source>
        <translation>Prüfen und Vorschau</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the rest</source>
        <translation>Zeilen mit Problemen überspringen und den Rest importieren</translation>
    </message>
    <message>
        <source>Merge rows whose email matches a prospect you already have (fills in empty fields; nothing is overwritten)</source>
        <translation>Zeilen zusammenführen, deren E-Mail zu einem vorhandenen Interessenten passt (füllt leere Felder; nichts wird überschrieben)</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; new prospect(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; neuer Interessent</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; neue Interessenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; match prospects you have (by email)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; passt zu einem vorhandenen Interessenten (per E-Mail)</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; passen zu vorhandenen Interessenten (per E-Mail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (listed first, with their line numbers)</source>
        <translation>
            <numerusform>%n Zeile mit Problemen (oben aufgeführt, mit Zeilennummer)</numerusform>
            <numerusform>%n Zeilen mit Problemen (oben aufgeführt, mit Zeilennummern)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n prospect(s) added, {merged} merged, {skipped}.</source>
        <translation>
            <numerusform>Fertig: %n Interessent hinzugefügt, {merged} zusammengeführt, {skipped}.</numerusform>
            <numerusform>Fertig: %n Interessenten hinzugefügt, {merged} zusammengeführt, {skipped}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation>{parts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a time zone: they get yours ({zone}); you can change it on each profile.</source>
        <translation>
            <numerusform>%n Zeile ohne Zeitzone: Sie erhält Ihre ({zone}); Sie können sie im Profil ändern.</numerusform>
            <numerusform>%n Zeilen ohne Zeitzone: Sie erhalten Ihre ({zone}); Sie können sie in jedem Profil ändern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n rows.</source>
        <translation>
            <numerusform>Die Vorschau zeigt die erste Zeile.</numerusform>
            <numerusform>Die Vorschau zeigt die ersten %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Importing… Cancel leaves your book exactly as it was.</source>
        <translation>Import läuft… Abbrechen lässt Ihren Bestand genau so, wie er war.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Nothing was imported; your book is as it was.</source>
        <translation>Nichts wurde importiert; Ihr Bestand ist unverändert.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported; your book is as it was.</source>
        <translation>Import abgebrochen. Nichts wurde importiert; Ihr Bestand ist unverändert.</translation>
    </message>
    <message>
        <source>Cancel the import?</source>
        <translation>Import abbrechen?</translation>
    </message>
    <message>
        <source>Stop the import? Nothing will be imported; your book stays as it was.</source>
        <translation>Den Import beenden? Nichts wird importiert; Ihr Bestand bleibt unverändert.</translation>
    </message>
</context>
</TS>
