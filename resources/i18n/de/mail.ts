<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cliché: {phrases} — give the reader a reason instead.</source>
        <translation>Floskel: {phrases} – geben Sie dem Leser stattdessen einen Grund.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>S&amp;end email</source>
        <translation>E-Mail &amp;senden</translation>
    </message>
    <message>
        <source>Send this touch&apos;s email now (with the invite when the callback is booked)</source>
        <translation>Die E-Mail dieses Kontaktpunkts jetzt senden (mit Einladung, wenn der Rückruf vereinbart ist)</translation>
    </message>
    <message>
        <source>Send this touch&apos;s email now (E)</source>
        <translation>Die E-Mail dieses Kontaktpunkts jetzt senden (E)</translation>
    </message>
    <message>
        <source>&amp;Email settings…</source>
        <translation>&amp;E-Mail-Einstellungen…</translation>
    </message>
    <message>
        <source>Email &amp;templates…</source>
        <translation>E-Mail-&amp;Vorlagen…</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s) may or may not have gone out before Tickler stopped: see the Outbox (Ctrl+4).</source>
        <translation>
            <numerusform>%n E-Mail ist vielleicht vor dem Beenden von Tickler hinausgegangen, vielleicht nicht: siehe Postausgang (Strg+4).</numerusform>
            <numerusform>%n E-Mails sind vielleicht vor dem Beenden von Tickler hinausgegangen, vielleicht nicht: siehe Postausgang (Strg+4).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{touch}” is not an email: mark it done with D when you have made it.</source>
        <translation>„{touch}“ ist keine E-Mail: Markieren Sie ihn mit D als erledigt, wenn Sie ihn gemacht haben.</translation>
    </message>
    <message>
        <source>Send: {touch} to {prospect}</source>
        <translation>Senden: {touch} an {prospect}</translation>
    </message>
    <message>
        <source>{touch} to {prospect}</source>
        <translation>{touch} an {prospect}</translation>
    </message>
    <message>
        <source>Send email</source>
        <translation>E-Mail senden</translation>
    </message>
    <message>
        <source>queued…</source>
        <translation>in der Warteschlange…</translation>
    </message>
    <message>
        <source>waiting in the Outbox</source>
        <translation>wartet im Postausgang</translation>
    </message>
    <message>
        <source>Emails wait in the Outbox until you give the SMTP password (Ctrl+,).</source>
        <translation>E-Mails warten im Postausgang, bis Sie das SMTP-Passwort angeben (Strg+,).</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>sent ✓</source>
        <translation>gesendet ✓</translation>
    </message>
    <message>
        <source>held: the server refused the sign-in — see Email settings (Ctrl+,)</source>
        <translation>angehalten: Der Server hat die Anmeldung abgelehnt – siehe E-Mail-Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <source>{held} — see the Outbox</source>
        <translation>{held} – siehe Postausgang</translation>
    </message>
    <message>
        <source>not sent yet: {problem}</source>
        <translation>noch nicht gesendet: {problem}</translation>
    </message>
    <message>
        <source>failed: {problem}</source>
        <translation>fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <source>uncertain: may have arrived — see the Outbox</source>
        <translation>unsicher: vielleicht angekommen – siehe Postausgang</translation>
    </message>
    <message>
        <source>Sent “{subject}” to {who}.</source>
        <translation>„{subject}“ an {who} gesendet.</translation>
    </message>
    <message>
        <source>Not sent to {who}: {problem}</source>
        <translation>Nicht an {who} gesendet: {problem}</translation>
    </message>
    <message>
        <source>The email to {who} may or may not have arrived: see the Outbox (Ctrl+4).</source>
        <translation>Die E-Mail an {who} ist vielleicht angekommen, vielleicht nicht: siehe Postausgang (Strg+4).</translation>
    </message>
    <message>
        <source>Outbox ({count} ⚠)</source>
        <translation>Postausgang ({count} ⚠)</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <source>You (every email carries this contact block)</source>
        <translation>Sie (jede E-Mail trägt diesen Kontaktblock)</translation>
    </message>
    <message>
        <source>Your postal address, one line each: the return address on envelopes</source>
        <translation>Ihre Postanschrift, je Zeile eine Angabe: der Absender auf Umschlägen</translation>
    </message>
    <message>
        <source>One sentence: what you change for customers, with a number</source>
        <translation>Ein Satz: was Sie für Kunden verändern, mit einer Zahl</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Si&amp;gnature lines:</source>
        <translation>Si&amp;gnaturzeilen:</translation>
    </message>
    <message>
        <source>&amp;Value statement:</source>
        <translation>Nutzen&amp;versprechen:</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Postansc&amp;hrift:</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Ausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Ve&amp;rschlüsselung:</translation>
    </message>
    <message>
        <source>Without encryption anyone on the network can read your mail, and Tickler will not send a password this way.</source>
        <translation>Ohne Verschlüsselung kann jeder im Netz Ihre E-Mails lesen, und Tickler sendet auf diesem Weg kein Passwort.</translation>
    </message>
    <message>
        <source>I understand: send unencrypted, without a password</source>
        <translation>Verstanden: unverschlüsselt senden, ohne Passwort</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Passwo&amp;rd:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>The password is kept in your system keyring ({name}), never in Tickler&apos;s files.</source>
        <translation>Das Passwort liegt im Schlüsselbund Ihres Systems ({name}), nie in Ticklers Dateien.</translation>
    </message>
    <message>
        <source>Optional: your company&apos;s certificate (.pem)</source>
        <translation>Optional: das Zertifikat Ihrer Firma (.pem)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Trust also:</source>
        <translation>Zusätzlich vertrauen:</translation>
    </message>
    <message>
        <source>Save and send a test e&amp;mail</source>
        <translation>Speichern und Test-E-&amp;Mail senden</translation>
    </message>
    <message>
        <source>{held} Enter the password again (or the app password) and save: the emails waiting in the Outbox then go.</source>
        <translation>{held} Geben Sie das Passwort (oder das App-Passwort) neu ein und speichern Sie: Dann gehen die E-Mails im Postausgang hinaus.</translation>
    </message>
    <message>
        <source>Not used without encryption</source>
        <translation>Ohne Verschlüsselung nicht verwendet</translation>
    </message>
    <message>
        <source>Stored — leave empty to keep it</source>
        <translation>Gespeichert – leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Zertifikat, dem vertraut wird</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was saved: the incoming server needs a look (see its note).</source>
        <translation>Nichts wurde gespeichert: Der Eingangsserver braucht Ihre Aufmerksamkeit (siehe seinen Hinweis).</translation>
    </message>
    <message>
        <source>Saved. The password is kept in memory until Tickler closes.</source>
        <translation>Gespeichert. Das Passwort bleibt im Speicher, bis Tickler beendet wird.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Sending a test message to {address}…</source>
        <translation>Testnachricht an {address} wird gesendet…</translation>
    </message>
    <message>
        <source>The test message is in the Outbox; it will go once the password is known.</source>
        <translation>Die Testnachricht liegt im Postausgang; sie geht hinaus, sobald das Passwort bekannt ist.</translation>
    </message>
    <message>
        <source>Test message sent to {address}. The server accepted it.</source>
        <translation>Testnachricht an {address} gesendet. Der Server hat sie angenommen.</translation>
    </message>
    <message>
        <source>The test message did not go. {held} Enter the password again (or the app password) and send the test again.</source>
        <translation>Die Testnachricht ging nicht hinaus. {held} Geben Sie das Passwort (oder das App-Passwort) neu ein und senden Sie den Test noch einmal.</translation>
    </message>
    <message>
        <source>The test message did not go: {problem}</source>
        <translation>Die Testnachricht ging nicht hinaus: {problem}</translation>
    </message>
    <message>
        <source>Not sent yet: {problem}</source>
        <translation>Noch nicht gesendet: {problem}</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>Password for {account}:</source>
        <translation>Passwort für {account}:</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (Port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (143)</source>
        <translation>STARTTLS (143)</translation>
    </message>
    <message>
        <source>Incoming mail server (IMAP): replies</source>
        <translation>Eingangsserver (IMAP): Antworten</translation>
    </message>
    <message>
        <source>Watc&amp;h my mailbox for replies, out-of-office notes and bounces</source>
        <translation>Postfach auf Antworten, Abwesenheitsnotizen und Unzustellbares &amp;überwachen</translation>
    </message>
    <message>
        <source>A reply pauses that prospect&apos;s emails until you decide. Tickler only reads: it never marks, moves or deletes mail, and keeps only messages about your prospects.</source>
        <translation>Eine Antwort hält die E-Mails an diesen Interessenten an, bis Sie entscheiden. Tickler liest nur: Es markiert, verschiebt und löscht nie E-Mails und behält nur Nachrichten zu Ihren Interessenten.</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Secur&amp;ity:</source>
        <translation>Vers&amp;chlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Same passw&amp;ord as the outgoing server</source>
        <translation>Gleiches Passwort wie der &amp;Ausgangsserver</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <source>Folders to read, separated by commas (INBOX when empty)</source>
        <translation>Zu lesende Ordner, durch Kommas getrennt (INBOX, wenn leer)</translation>
    </message>
    <message>
        <source>&amp;Folders to watch:</source>
        <translation>&amp;Zu überwachende Ordner:</translation>
    </message>
    <message>
        <source>Chec&amp;k the incoming server</source>
        <translation>Verb&amp;indung zum Eingangsserver prüfen</translation>
    </message>
    <message>
        <source>{held} Tickler stopped checking; enter the password again and save.</source>
        <translation>{held} Tickler prüft nicht mehr; geben Sie das Passwort neu ein und speichern Sie.</translation>
    </message>
    <message>
        <source>The outgoing server&apos;s password is used</source>
        <translation>Das Passwort des Ausgangsservers wird verwendet</translation>
    </message>
    <message>
        <source>Give the server and the user name first.</source>
        <translation>Geben Sie zuerst den Server und den Benutzernamen an.</translation>
    </message>
    <message>
        <source>Enter the password (or tick “same as outgoing”).</source>
        <translation>Geben Sie das Passwort ein (oder haken Sie „Gleiches Passwort“ an).</translation>
    </message>
    <message>
        <source>Signing in to {host}…</source>
        <translation>Anmeldung bei {host}…</translation>
    </message>
    <message>
        <source>Tickler has no password for your incoming mail server: enter it in Email settings (Ctrl+,) to see replies.</source>
        <translation>Tickler hat kein Passwort für Ihren Eingangsserver: Geben Sie es in den E-Mail-Einstellungen (Strg+,) ein, um Antworten zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What they wrote</source>
        <translation>Was sie schrieben</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>{address} bounced — ask for a new address ({effect})</source>
        <translation>{address} ist unzustellbar – fragen Sie nach einer neuen Adresse ({effect})</translation>
    </message>
    <message>
        <source>&amp;Read it all…</source>
        <translation>Ganz &amp;lesen…</translation>
    </message>
    <message>
        <source>Res&amp;ume plan</source>
        <translation>Plan &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Log con&amp;versation</source>
        <translation>Gespräch &amp;erfassen</translation>
    </message>
    <message>
        <source>End p&amp;lan</source>
        <translation>Pla&amp;n beenden</translation>
    </message>
    <message>
        <source>New &amp;address…</source>
        <translation>Neue &amp;Adresse…</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Their reply changes nothing: the paused emails go on</source>
        <translation>Ihre Antwort ändert nichts: Die angehaltenen E-Mails gehen weiter</translation>
    </message>
    <message>
        <source>The reply is a conversation: the plan ends, counted as one in the report</source>
        <translation>Die Antwort ist ein Gespräch: Der Plan endet und zählt im Bericht als Gespräch</translation>
    </message>
    <message>
        <source>They said no: the plan ends and nothing more goes</source>
        <translation>Sie haben abgesagt: Der Plan endet, und nichts geht mehr hinaus</translation>
    </message>
    <message>
        <source>Tickler</source>
        <translation>Tickler</translation>
    </message>
    <message>
        <source>{kind}: {prospect}</source>
        <translation>{kind}: {prospect}</translation>
    </message>
    <message>
        <source>From: {sender}
Subject: {subject}
Date: {date} {time}
{effect}</source>
        <translation>Von: {sender}
Betreff: {subject}
Datum: {date} {time}
{effect}</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>(The message has no text Tickler could read.)</source>
        <translation>(Die Nachricht hat keinen Text, den Tickler lesen konnte.)</translation>
    </message>
    <message>
        <source>[Only the start of this large message was read. The rest, and any attachments, are in your mail program.]</source>
        <translation>[Von dieser großen Nachricht wurde nur der Anfang gelesen. Der Rest und alle Anhänge sind in Ihrem E-Mail-Programm.]</translation>
    </message>
    <message>
        <source>Check &amp;mail for replies</source>
        <translation>&amp;Postfach auf Antworten prüfen</translation>
    </message>
    <message>
        <source>Set up your incoming mail server in Email settings (Ctrl+,) so Tickler can see replies.</source>
        <translation>Richten Sie Ihren Eingangsserver in den E-Mail-Einstellungen (Strg+,) ein, damit Tickler Antworten sieht.</translation>
    </message>
    <message>
        <source>Checking your mailbox for replies…</source>
        <translation>Postfach wird auf Antworten geprüft…</translation>
    </message>
    <message>
        <source>Mailbox: {problem}</source>
        <translation>Postfach: {problem}</translation>
    </message>
    <message>
        <source>{replies} and {bounces} came in: see the top of Today.</source>
        <translation>{replies} und {bounces} sind eingegangen: siehe oben unter Heute.</translation>
    </message>
    <message>
        <source>{replies} came in: see the top of Today.</source>
        <translation>{replies} eingegangen: siehe oben unter Heute.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) from their calendar noted in the history; nothing paused.</source>
        <translation>
            <numerusform>%n Antwort aus ihrem Kalender im Verlauf vermerkt; nichts pausiert.</numerusform>
            <numerusform>%n Antworten aus ihrem Kalender im Verlauf vermerkt; nichts pausiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s)</source>
        <translation>
            <numerusform>%n Unzustellbarkeit</numerusform>
            <numerusform>%n Unzustellbarkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bounce(s) came in: see the top of Today.</source>
        <translation>
            <numerusform>%n Unzustellbarkeitsmeldung eingegangen: siehe oben unter Heute.</numerusform>
            <numerusform>%n Unzustellbarkeitsmeldungen eingegangen: siehe oben unter Heute.</numerusform>
        </translation>
    </message>
    <message>
        <source>✉ address bounced</source>
        <translation>✉ Adresse unzustellbar</translation>
    </message>
    <message>
        <source>{held} Emails wait in the Outbox (Ctrl+4) until you enter the password again in Email settings (Ctrl+,).</source>
        <translation>{held} E-Mails warten im Postausgang (Strg+4), bis Sie das Passwort in den E-Mail-Einstellungen (Strg+,) neu eingeben.</translation>
    </message>
    <message>
        <source>Sending stopped early ({detail}). Nothing was lost: the messages wait in the Outbox (Ctrl+4), and any Tickler can&apos;t be sure went out are marked uncertain.</source>
        <translation>Das Senden hat vorzeitig aufgehört ({detail}). Nichts ging verloren: Die Nachrichten warten im Postausgang (Strg+4), und solche, bei denen Tickler nicht sicher ist, ob sie hinausgingen, sind als unsicher markiert.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Updated (you)</source>
        <translation>Geändert (Ihre Zeit)</translation>
    </message>
    <message>
        <source>Last word from the server</source>
        <translation>Letzte Meldung des Servers</translation>
    </message>
    <message>
        <source>Held: they replied on {day}</source>
        <translation>Angehalten: Antwort am {day}</translation>
    </message>
    <message>
        <source>Held: they replied</source>
        <translation>Angehalten: Sie haben geantwortet</translation>
    </message>
    <message>
        <source>Held: they declined the invite on {day}</source>
        <translation>Angehalten: Einladung am {day} abgelehnt</translation>
    </message>
    <message>
        <source>Held: they declined the invite</source>
        <translation>Angehalten: Einladung abgelehnt</translation>
    </message>
    <message>
        <source>Held: the plan ended</source>
        <translation>Angehalten: Plan beendet</translation>
    </message>
    <message>
        <source>Held: the server refused the sign-in</source>
        <translation>Angehalten: Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Held: the call moved to {when}</source>
        <translation>Angehalten: Anruf verlegt auf {when}</translation>
    </message>
    <message>
        <source>Held: the call moved</source>
        <translation>Angehalten: Anruf verlegt</translation>
    </message>
    <message>
        <source>Their reply waits at the top of Today: resume the plan there and this message goes; end it and it never does.</source>
        <translation>Die Antwort wartet oben unter Heute: Setzen Sie dort den Plan fort, dann geht diese Nachricht hinaus; beenden Sie ihn, dann nie.</translation>
    </message>
    <message>
        <source>Their calendar declined the invite; it waits at the top of Today: resume the plan there and this message goes; end it and it never does.</source>
        <translation>Der Kalender des Kontakts hat die Einladung abgelehnt. Die Absage wartet oben unter Heute: Setzen Sie dort den Plan fort, dann geht diese Nachricht hinaus; beenden Sie ihn, dann nie.</translation>
    </message>
    <message>
        <source>Its plan ended (a new stall, not interested, or the trash), so it will not go. Discard it, or undo the end of the plan to send it.</source>
        <translation>Ihr Plan ist beendet (ein neuer Aufschub, kein Interesse oder der Papierkorb), daher geht sie nicht hinaus. Verwerfen Sie sie, oder machen Sie das Ende des Plans rückgängig, um sie zu senden.</translation>
    </message>
    <message>
        <source>{words} Enter the password again in Email settings (Ctrl+,): the waiting emails then go.</source>
        <translation>{words} Geben Sie das Passwort in den E-Mail-Einstellungen (Strg+,) neu ein: Dann gehen die wartenden E-Mails hinaus.</translation>
    </message>
    <message>
        <source>You had edited this message by hand, so it was not changed: check the time in it (Edit…), then send it again (Retry now).</source>
        <translation>Sie hatten diese Nachricht von Hand bearbeitet, daher wurde sie nicht geändert: Prüfen Sie die Uhrzeit darin (Ändern…) und senden Sie sie dann erneut (Jetzt erneut senden).</translation>
    </message>
    <message>
        <source>Retry at {time}</source>
        <translation>Neuer Versuch um {time}</translation>
    </message>
    <message>
        <source>Outbox messages</source>
        <translation>Nachrichten im Postausgang</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>Jetzt erne&amp;ut senden</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>It &amp;arrived: mark sent</source>
        <translation>Ist &amp;angekommen: als gesendet markieren</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to go</source>
        <translation>
            <numerusform>%n wartet auf den Versand</numerusform>
            <numerusform>%n warten auf den Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held</source>
        <translation>
            <numerusform>%n angehalten</numerusform>
            <numerusform>%n angehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n for you to check</source>
        <translation>
            <numerusform>%n zum Prüfen für Sie</numerusform>
            <numerusform>%n zum Prüfen für Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>{counts}. Nothing is resent on its own once a server may have it.</source>
        <translation>{counts}. Was ein Server vielleicht schon hat, wird nie von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>No messages yet. Send an email touch from Today (E).</source>
        <translation>Noch keine Nachrichten. Senden Sie einen E-Mail-Kontaktpunkt unter Heute (E).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{state}&lt;/b&gt; — Message-ID {id}</source>
        <translation>&lt;b&gt;{state}&lt;/b&gt; – Message-ID {id}</translation>
    </message>
    <message>
        <source>Edited after it was tried, so it goes as a new message; it replaces {ids}.</source>
        <translation>Nach einem Versuch bearbeitet, daher geht sie als neue Nachricht hinaus; sie ersetzt {ids}.</translation>
    </message>
    <message>
        <source>Subject: {subject}
To: {to}

{body}</source>
        <translation>Betreff: {subject}
An: {to}

{body}</translation>
    </message>
    <message>
        <source>Send it again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>The server may already have delivered this message. Sending it again could give the recipient two copies.

Send it again?</source>
        <translation>Der Server hat diese Nachricht vielleicht schon zugestellt. Wenn Sie sie erneut senden, erhält der Empfänger sie womöglich zweimal.

Erneut senden?</translation>
    </message>
    <message>
        <source>Discard this message?</source>
        <translation>Diese Nachricht verwerfen?</translation>
    </message>
    <message>
        <source>Discard “{subject}” to {to}? It will not be sent.</source>
        <translation>„{subject}“ an {to} verwerfen? Sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Edit message to {to}</source>
        <translation>Nachricht an {to} ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Email templates</source>
        <translation>E-Mail-Vorlagen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Attach the agreed callback as a calendar invite (.ics)</source>
        <translation>Den vereinbarten Rückruf als Kalendereinladung (.ics) anhängen</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Vorlagentext</translation>
    </message>
    <message>
        <source>Insert &amp;field:</source>
        <translation>&amp;Feld einfügen:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Preview for:</source>
        <translation>&amp;Vorschau für:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Reset to Tickler&apos;s text</source>
        <translation>&amp;Zurück zu Ticklers Text</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Nicht gespeicherte Vorlage</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Änderungen an „{name}“ speichern?</translation>
    </message>
    <message numerus="yes">
        <source>Unknown field(s): {fields} — pick one from “Insert field”.</source>
        <translation>
            <numerusform>Unbekanntes Feld: {fields} – wählen Sie eines unter „Feld einfügen“.</numerusform>
            <numerusform>Unbekannte Felder: {fields} – wählen Sie eines unter „Feld einfügen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cliché: &lt;b&gt;“{phrase}”&lt;/b&gt; — say why it is worth their time instead (a date, a change, a number).</source>
        <translation>Floskel: &lt;b&gt;„{phrase}“&lt;/b&gt; – sagen Sie stattdessen, warum es ihre Zeit wert ist (ein Datum, eine Änderung, eine Zahl).</translation>
    </message>
    <message>
        <source>No unknown fields, no clichés.</source>
        <translation>Keine unbekannten Felder, keine Floskeln.</translation>
    </message>
    <message>
        <source>Add a prospect to see a preview.</source>
        <translation>Legen Sie einen Interessenten an, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Subject: {subject}

{body}</source>
        <translation>Betreff: {subject}

{body}</translation>
    </message>
    <message>
        <source>For this prospect: {problems}.</source>
        <translation>Für diesen Interessenten: {problems}.</translation>
    </message>
    <message>
        <source>Ready to send for this prospect. The invite is attached when the callback is booked.</source>
        <translation>Bereit zum Senden an diesen Interessenten. Die Einladung wird angehängt, wenn der Rückruf vereinbart ist.</translation>
    </message>
    <message>
        <source>Ready to send for this prospect.</source>
        <translation>Bereit zum Senden an diesen Interessenten.</translation>
    </message>
    <message>
        <source>Reset template</source>
        <translation>Vorlage zurücksetzen</translation>
    </message>
    <message>
        <source>Put back Tickler&apos;s own text for “{name}”? Your wording for it will be gone.</source>
        <translation>Ticklers eigenen Text für „{name}“ wiederherstellen? Ihre Formulierung geht dabei verloren.</translation>
    </message>
    <message>
        <source>Save the changes to this template?</source>
        <translation>Änderungen an dieser Vorlage speichern?</translation>
    </message>
</context>
</TS>
