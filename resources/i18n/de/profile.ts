<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
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
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>+44 20 7946 0321, or local to their zone</source>
        <translation>+49 30 901820 oder national in ihrer Zone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Further numbers, emails and addresses, one a line (Home: +1 555 0100)</source>
        <translation>Weitere Nummern, E-Mails und Adressen, je eine pro Zeile (Privat: +1 555 0100)</translation>
    </message>
    <message>
        <source>Other details</source>
        <translation>Weitere Angaben</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>verb</comment>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call this number with your phone app (a tel: link)</source>
        <translation>Diese Nummer mit Ihrer Telefon-App anrufen (ein tel:-Link)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Feiertage von</translation>
    </message>
    <message>
        <source>The two-letter country code (DE, GB, US…) whose public holidays their plan skips. Empty: the country of their zone.</source>
        <translation>Der zweistellige Ländercode (DE, GB, US…), dessen Feiertage ihr Plan auslässt. Leer: das Land ihrer Zeitzone.</translation>
    </message>
    <message>
        <source>empty: {country}, from the time zone</source>
        <translation>leer: {country}, aus der Zeitzone</translation>
    </message>
    <message>
        <source>empty: weekends only</source>
        <translation>leer: nur Wochenenden</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Not planned</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>What we know about the deal</source>
        <translation>Was wir über das Geschäft wissen</translation>
    </message>
    <message>
        <source>e.g. a new site opens, the team grows, a contract ends</source>
        <translation>z. B. ein neuer Standort eröffnet, das Team wächst, ein Vertrag endet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>One person or group per line</source>
        <translation>Eine Person oder Gruppe pro Zeile</translation>
    </message>
    <message>
        <source>Steps and paperwork, e.g. three quotes, then a PO</source>
        <translation>Schritte und Unterlagen, z. B. drei Angebote, dann eine Bestellung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>If not planned: how would it be found?</source>
        <translation>Falls nicht geplant: Wie ließe es sich finden?</translation>
    </message>
    <message>
        <source>When they want it in place</source>
        <translation>Bis wann es stehen soll</translation>
    </message>
    <message>
        <source>Ask: “{question}”</source>
        <translation>Fragen Sie: „{question}“</translation>
    </message>
    <message>
        <source>What we know about the deal — {known} of {total}</source>
        <translation>Was wir über das Geschäft wissen – {known} von {total}</translation>
    </message>
    <message>
        <source>● open gap</source>
        <translation>● offene Lücke</translation>
    </message>
    <message>
        <source>✓ known</source>
        <translation>✓ bekannt</translation>
    </message>
    <message>
        <source>Compelling event</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>Anlass ändern</translation>
    </message>
    <message>
        <source>It has a date</source>
        <translation>Mit Datum</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Datum des Anlasses</translation>
    </message>
    <message>
        <source>What happens, e.g. “Warranty on the chiller runs out”</source>
        <translation>Was passiert, z. B. „Garantie der Kältemaschine läuft aus“</translation>
    </message>
    <message>
        <source>When, in words</source>
        <translation>Wann, in Worten</translation>
    </message>
    <message>
        <source>or in words: “in 45 days”, “31 March”, “next June”</source>
        <translation>oder in Worten: „in 45 Tagen“, „31. März“, „nächsten Juni“</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tickler can&apos;t read that as a date (“{words}”); try “in 45 days” or “31 March 2027”, or pick it above.</source>
        <translation>Tickler kann das nicht als Datum lesen („{words}“); versuchen Sie „in 45 Tagen“ oder „31. März 2027“, oder wählen Sie es oben.</translation>
    </message>
    <message>
        <source>Tickler can&apos;t read that as a date; try “in 45 days” or “31 March 2027”, or pick it above.</source>
        <translation>Tickler kann das nicht als Datum lesen; versuchen Sie „in 45 Tagen“ oder „31. März 2027“, oder wählen Sie es oben.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Value touch</source>
        <translation>Nutzen-Kontakt</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>noch ohne Datum</translation>
    </message>
    <message>
        <source>Compelling events</source>
        <translation>Zwingende Ereignisse</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Anlass hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Value email %n day(s) before a dated event</source>
        <translation>
            <numerusform>Nutzen-E-Mail %n Tag vor einem Anlass mit Datum</numerusform>
            <numerusform>Nutzen-E-Mail %n Tage vor einem Anlass mit Datum</numerusform>
        </translation>
    </message>
    <message>
        <source>Callback (you)</source>
        <translation>Rückruf (Ihre Zeit)</translation>
    </message>
    <message>
        <source>Their time</source>
        <translation>Zeit dort</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Ask about</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>{when}  overdue</source>
        <translation>{when}  überfällig</translation>
    </message>
    <message>
        <source>{known} of {total}</source>
        <translation>{known} von {total}</translation>
    </message>
    <message>
        <source>Prospects with open gaps</source>
        <translation>Interessenten mit offenen Lücken</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) with a callback coming and something still unknown. Ask about the gaps on the call; open a profile (Return) to fill them in.</source>
        <translation>
            <numerusform>%n Interessent mit anstehendem Rückruf, über den noch etwas unbekannt ist. Fragen Sie im Gespräch nach den Lücken; öffnen Sie ein Profil (Eingabetaste), um sie zu füllen.</numerusform>
            <numerusform>%n Interessenten mit anstehendem Rückruf, über die noch etwas unbekannt ist. Fragen Sie im Gespräch nach den Lücken; öffnen Sie ein Profil (Eingabetaste), um sie zu füllen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open gaps before the next callbacks. Well prepared.</source>
        <translation>Keine offenen Lücken vor den nächsten Rückrufen. Gut vorbereitet.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything worth remembering about them</source>
        <translation>Alles, was man sich über sie merken sollte</translation>
    </message>
    <message>
        <source>When (your time)</source>
        <translation>Wann (Ihre Zeit)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Their time: {when} ({zone})</source>
        <translation>Zeit dort: {when} ({zone})</translation>
    </message>
    <message>
        <source>They said: “{words}”</source>
        <translation>Sie sagten: „{words}“</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Nothing has happened yet: log a stall from the queue.</source>
        <translation>Noch ist nichts passiert: Erfassen Sie eine Vertröstung aus der Liste „Heute“.</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Company site</source>
        <translation>Firmenwebsite</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>X / Twitter</source>
        <translation>X / Twitter</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Relationship links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>verb</comment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open {link} in your browser</source>
        <translation>{link} im Browser öffnen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>This profile has changes that are not saved yet.</source>
        <translation>Dieses Profil hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Change the time zone</source>
        <translation>Zeitzone ändern</translation>
    </message>
    <message>
        <source>Move their plan to {zone}?</source>
        <translation>Ihren Plan nach {zone} verlegen?</translation>
    </message>
    <message>
        <source>• {touch}, {their_time} their time: {after} your time (was {before})</source>
        <translation>• {touch}, {their_time} dortiger Zeit: {after} Ihrer Zeit (bisher {before})</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• und %n weiterer</numerusform>
            <numerusform>• und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>What was agreed keeps its time on their clock, so these move for you:</source>
        <translation>Was vereinbart wurde, behält seine Uhrzeit auf ihrer Uhr; deshalb verschiebt sich für Sie:</translation>
    </message>
    <message>
        <source>An invite they already have gets an updated copy to send.</source>
        <translation>Für eine Einladung, die sie schon haben, wird eine aktualisierte Fassung zum Senden erstellt.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <source>Move {name} to the trash?</source>
        <translation>{name} in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Their pending touches are cancelled; restoring them from Prospect ▸ Trash brings those touches back.</source>
        <translation>Die offenen Kontakte werden abgebrochen; eine Wiederherstellung über Interessent ▸ Papierkorb bringt sie zurück.</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>&amp;Edit prospect…</source>
        <translation>Interessent b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Open the selected prospect&apos;s profile</source>
        <translation>Das Profil des gewählten Interessenten öffnen</translation>
    </message>
    <message>
        <source>&amp;New prospect…</source>
        <translation>&amp;Neuer Interessent…</translation>
    </message>
    <message>
        <source>Add a prospect to the book</source>
        <translation>Einen Interessenten ins Buch aufnehmen</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>In den &amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Move the selected prospect to the trash</source>
        <translation>Den gewählten Interessenten in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>Papier&amp;korb…</translation>
    </message>
    <message>
        <source>Prospects in the trash; restore them from here</source>
        <translation>Interessenten im Papierkorb; von hier aus wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Value-touch lead time…</source>
        <translation>Vorlauf für &amp;Nutzen-Kontakte…</translation>
    </message>
    <message>
        <source>Select a prospect first (in Today, Prospects or Gaps).</source>
        <translation>Wählen Sie zuerst einen Interessenten (unter Heute, Interessenten oder Lücken).</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the prospect.</source>
        <translation>Interessent gespeichert.</translation>
    </message>
    <message>
        <source>Moved to the trash. Prospect ▸ Trash… restores it.</source>
        <translation>In den Papierkorb verschoben. Interessent ▸ Papierkorb… stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Select a prospect first.</source>
        <translation>Wählen Sie zuerst einen Interessenten.</translation>
    </message>
    <message>
        <source>Move this prospect to the trash?</source>
        <translation>Diesen Interessenten in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <source>Their pending touches are cancelled; restoring brings them back.</source>
        <translation>Die offenen Kontakte werden abgebrochen; eine Wiederherstellung bringt sie zurück.</translation>
    </message>
    <message numerus="yes">
        <source>Moved {name} to the trash (%n pending touch(es) held).</source>
        <translation>
            <numerusform>{name} in den Papierkorb verschoben (%n offener Kontakt angehalten).</numerusform>
            <numerusform>{name} in den Papierkorb verschoben (%n offene Kontakte angehalten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved the prospect to the trash (%n pending touch(es) held).</source>
        <translation>
            <numerusform>Interessent in den Papierkorb verschoben (%n offener Kontakt angehalten).</numerusform>
            <numerusform>Interessent in den Papierkorb verschoben (%n offene Kontakte angehalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Value-touch lead time</source>
        <translation>Vorlauf für Nutzen-Kontakte</translation>
    </message>
    <message>
        <source>Send a value touch this many days before a dated compelling event:</source>
        <translation>So viele Tage vor einem Anlass mit Datum einen Nutzen-Kontakt senden:</translation>
    </message>
    <message numerus="yes">
        <source>Value touches now %n day(s) before each event ({moved} moved).</source>
        <translation>
            <numerusform>Nutzen-Kontakte jetzt %n Tag vor jedem Anlass ({moved} verschoben).</numerusform>
            <numerusform>Nutzen-Kontakte jetzt %n Tage vor jedem Anlass ({moved} verschoben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Prospect profile</source>
        <translation>Profil des Interessenten</translation>
    </message>
    <message>
        <source>Move to trash…</source>
        <translation>In den Papierkorb…</translation>
    </message>
    <message>
        <source>This prospect is in the trash.</source>
        <translation>Dieser Interessent liegt im Papierkorb.</translation>
    </message>
    <message>
        <source>New prospect</source>
        <translation>Neuer Interessent</translation>
    </message>
    <message>
        <source>{name} * · Tickler</source>
        <translation>{name} * · Tickler</translation>
    </message>
    <message>
        <source>{name} · Tickler</source>
        <translation>{name} · Tickler</translation>
    </message>
    <message>
        <source>{known} of {total} known</source>
        <translation>{known} von {total} bekannt</translation>
    </message>
    <message>
        <source>Still to find out: {gaps}</source>
        <translation>Noch herauszufinden: {gaps}</translation>
    </message>
    <message>
        <source>Every gap is filled.</source>
        <translation>Alle Lücken sind gefüllt.</translation>
    </message>
    <message>
        <source>Pick their time zone to see their local time.</source>
        <translation>Wählen Sie ihre Zeitzone, um ihre Ortszeit zu sehen.</translation>
    </message>
    <message>
        <source>Local time for {name}: {when} ({zone}, {offset})</source>
        <translation>Ortszeit bei {name}: {when} ({zone}, {offset})</translation>
    </message>
    <message>
        <source>Local time for them: {when} ({zone}, {offset})</source>
        <translation>Ortszeit dort: {when} ({zone}, {offset})</translation>
    </message>
    <message>
        <source>{their_time} · yours: {my_time}</source>
        <translation>{their_time} · bei Ihnen: {my_time}</translation>
    </message>
    <message>
        <source>✉ {problem}. Ask them for a new address.</source>
        <translation>✉ {problem}. Fragen Sie nach einer neuen Adresse.</translation>
    </message>
    <message>
        <source>Fill in the number first.</source>
        <translation>Tragen Sie zuerst die Nummer ein.</translation>
    </message>
    <message>
        <source>Fill in the link first.</source>
        <translation>Tragen Sie zuerst den Link ein.</translation>
    </message>
    <message>
        <source>Only web links (http or https) open from here.</source>
        <translation>Von hier öffnen sich nur Web-Links (http oder https).</translation>
    </message>
    <message>
        <source>none (no future date)</source>
        <translation>keiner (kein künftiges Datum)</translation>
    </message>
    <message>
        <source>none until it has a date</source>
        <translation>keiner, solange ein Datum fehlt</translation>
    </message>
    <message>
        <source>email {date}</source>
        <translation>E-Mail am {date}</translation>
    </message>
    <message>
        <source>Nothing was saved: fix the marked fields.</source>
        <translation>Nichts wurde gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>In den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Touches held</source>
        <translation>Angehaltene Kontakte</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Trash · Tickler</source>
        <translation>Papierkorb · Tickler</translation>
    </message>
    <message>
        <source>Prospects in the trash are out of the queue, search and reports. Restoring one brings back the touches that were pending when it was moved here.</source>
        <translation>Interessenten im Papierkorb erscheinen nicht in „Heute“, in der Suche und in Berichten. Eine Wiederherstellung bringt die Kontakte zurück, die beim Verschieben offen waren.</translation>
    </message>
    <message>
        <source>Prospects in the trash</source>
        <translation>Interessenten im Papierkorb</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>Restored {name} with %n touch(es).</source>
        <translation>
            <numerusform>{name} mit %n Kontakt wiederhergestellt.</numerusform>
            <numerusform>{name} mit %n Kontakten wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
</TS>
