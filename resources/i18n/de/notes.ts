<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;Notes to write today…</source>
        <translation>Heute zu schreibende &amp;Karten…</translation>
    </message>
    <message>
        <source>Today&apos;s handwritten notes: addresses, envelopes and cards printed, marked posted</source>
        <translation>Die handschriftlichen Karten von heute: Adressen, Umschläge und Karten drucken, als versandt markieren</translation>
    </message>
    <message>
        <source>D&amp;ial number</source>
        <translation>Nummer &amp;wählen</translation>
    </message>
    <message>
        <source>Call the prospect&apos;s number with your phone app (a tel: link)</source>
        <translation>Die Nummer des Interessenten mit Ihrer Telefon-App anrufen (ein tel:-Link)</translation>
    </message>
    <message>
        <source>Open &amp;LinkedIn</source>
        <translation>&amp;LinkedIn öffnen</translation>
    </message>
    <message>
        <source>Open their LinkedIn page (or a search for them), then mark the step done</source>
        <translation>Die LinkedIn-Seite öffnen (oder danach suchen), dann den Schritt als erledigt markieren</translation>
    </message>
    <message>
        <source>No phone number for {name}: add one in their profile (O).</source>
        <translation>Keine Telefonnummer für {name}: Tragen Sie eine im Profil ein (O).</translation>
    </message>
    <message>
        <source>No web browser answered; the LinkedIn link is copied: paste it into your browser.</source>
        <translation>Kein Webbrowser hat geantwortet; der LinkedIn-Link ist kopiert: Fügen Sie ihn in Ihren Browser ein.</translation>
    </message>
    <message>
        <source>No LinkedIn page on file for {name}: searching LinkedIn for them.</source>
        <translation>Keine LinkedIn-Seite für {name} hinterlegt: Tickler sucht auf LinkedIn.</translation>
    </message>
    <message>
        <source>Did you connect with {name} on LinkedIn?</source>
        <translation>Haben Sie sich mit {name} auf LinkedIn vernetzt?</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Yes marks the step done. No leaves it on today&apos;s queue.</source>
        <translation>Ja markiert den Schritt als erledigt. Nein lässt ihn in der Liste für heute.</translation>
    </message>
    <message>
        <source>Done: connected with {name} on LinkedIn.</source>
        <translation>Erledigt: mit {name} auf LinkedIn vernetzt.</translation>
    </message>
    <message>
        <source>The note “{start}…” does not fit the {size}, even in small print. Shorten it, then print again: no card was printed.</source>
        <translation>Die Karte „{start}…“ passt auch in kleiner Schrift nicht auf {size}. Kürzen Sie den Text und drucken Sie erneut: Es wurde keine Karte gedruckt.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>Der Drucker oder die Datei konnte nicht zum Drucken geöffnet werden.</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>⚠ missing</source>
        <translation>⚠ fehlt</translation>
    </message>
    <message>
        <source>{day}  overdue</source>
        <translation>{day}  überfällig</translation>
    </message>
    <message>
        <source>{touch} — tick it to print it and mark it posted</source>
        <translation>{touch} – abhaken, um sie zu drucken und als versandt zu markieren</translation>
    </message>
    <message>
        <source>Notes to write today</source>
        <translation>Heute zu schreibende Karten</translation>
    </message>
    <message>
        <source>Notes to write</source>
        <translation>Zu schreibende Karten</translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation>&amp;Postanschrift</translation>
    </message>
    <message>
        <source>Street
Town
Postcode
Country (if abroad)</source>
        <translation>Straße
Ort
Postleitzahl
Land (falls Ausland)</translation>
    </message>
    <message>
        <source>&amp;Save address to the profile</source>
        <translation>Adresse im Profil &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Note (printed on the card; edit it as you like)</source>
        <translation>&amp;Text (wird auf die Karte gedruckt; frei änderbar)</translation>
    </message>
    <message>
        <source>Note &amp;template…</source>
        <translation>Kartenvor&amp;lage…</translation>
    </message>
    <message>
        <source>The text every note starts from, with merge fields</source>
        <translation>Der Text, mit dem jede Karte beginnt, mit Seriendruckfeldern</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Your return address (top left on each envelope): name, company, street, town, postcode</source>
        <translation>Ihre Absenderadresse (oben links auf jedem Umschlag): Name, Firma, Straße, Ort, PLZ</translation>
    </message>
    <message>
        <source>No cards (envelopes only)</source>
        <translation>Keine Karten (nur Umschläge)</translation>
    </message>
    <message>
        <source>&amp;Envelopes:</source>
        <translation>&amp;Umschläge:</translation>
    </message>
    <message>
        <source>Note &amp;cards:</source>
        <translation>&amp;Karten:</translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>&amp;Mark ticked notes posted</source>
        <translation>Abgehakte als &amp;versandt markieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;No notes to write today.&lt;/b&gt; A handwritten note comes due the day a prospect stalls on “call me next month”.</source>
        <translation>&lt;b&gt;Heute keine Karten zu schreiben.&lt;/b&gt; Eine handschriftliche Karte wird fällig, sobald ein Interessent mit „Rufen Sie mich nächsten Monat an“ vertröstet.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n note(s) to write&lt;/b&gt; (today&apos;s and overdue)</source>
        <translation>
            <numerusform>&lt;b&gt;%n Karte zu schreiben&lt;/b&gt; (heute und überfällig)</numerusform>
            <numerusform>&lt;b&gt;%n Karten zu schreiben&lt;/b&gt; (heute und überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>{missing}: fill it in on the right</source>
        <translation>{missing}: rechts ergänzen</translation>
    </message>
    <message numerus="yes">
        <source>%n without a postal address</source>
        <translation>
            <numerusform>%n ohne Postanschrift</numerusform>
            <numerusform>%n ohne Postanschrift</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ On the envelope as: {address}</source>
        <translation>✓ Auf dem Umschlag: {address}</translation>
    </message>
    <message>
        <source>⚠ No postal address yet. Ask for it or look it up, write it here and save it to their profile.</source>
        <translation>⚠ Noch keine Postanschrift. Erfragen oder recherchieren, hier eintragen und im Profil speichern.</translation>
    </message>
    <message>
        <source>⚠ Before you copy it: {problems}.</source>
        <translation>⚠ Bevor Sie sie abschreiben: {problems}.</translation>
    </message>
    <message>
        <source>Saved the address to {name}&apos;s profile.</source>
        <translation>Adresse im Profil von {name} gespeichert.</translation>
    </message>
    <message>
        <source>Saved the postal address for {name}.</source>
        <translation>Postanschrift für {name} gespeichert.</translation>
    </message>
    <message>
        <source>Tick the notes to print.</source>
        <translation>Haken Sie die zu druckenden Karten ab.</translation>
    </message>
    <message>
        <source>No postal address yet for {names}: fill it in (or untick them) before printing.</source>
        <translation>Noch keine Postanschrift für {names}: Vor dem Drucken ergänzen (oder den Haken entfernen).</translation>
    </message>
    <message>
        <source>Give your return address first: it goes top left on every envelope, and is kept for next time.</source>
        <translation>Geben Sie zuerst Ihre Absenderadresse an: Sie steht oben links auf jedem Umschlag und wird für das nächste Mal gespeichert.</translation>
    </message>
    <message>
        <source>Could not write the PDF: {error}</source>
        <translation>Das PDF konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}. Tick off what you post, then “Mark ticked notes posted”.</source>
        <translation>
            <numerusform>%n Seite in {path} gespeichert. Haken Sie ab, was Sie versenden, dann „Abgehakte als versandt markieren“.</numerusform>
            <numerusform>%n Seiten in {path} gespeichert. Haken Sie ab, was Sie versenden, dann „Abgehakte als versandt markieren“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save envelopes and cards as PDF</source>
        <translation>Umschläge und Karten als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Print %n envelope(s) ({size})</source>
        <translation>
            <numerusform>%n Umschlag drucken ({size})</numerusform>
            <numerusform>%n Umschläge drucken ({size})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}. Tick off what you post, then “Mark ticked notes posted”.</source>
        <translation>
            <numerusform>%n Seite an {printer} gesendet. Haken Sie ab, was Sie versenden, dann „Abgehakte als versandt markieren“.</numerusform>
            <numerusform>%n Seiten an {printer} gesendet. Haken Sie ab, was Sie versenden, dann „Abgehakte als versandt markieren“.</numerusform>
        </translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>den Drucker</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n note(s) posted.</source>
        <translation>
            <numerusform>%n Karte als versandt markiert.</numerusform>
            <numerusform>%n Karten als versandt markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Kartenvorlage</translation>
    </message>
    <message>
        <source>Every note to write starts from this text. Merge fields: {fields}.</source>
        <translation>Jede zu schreibende Karte beginnt mit diesem Text. Seriendruckfelder: {fields}.</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Kartentext</translation>
    </message>
</context>
</TS>
