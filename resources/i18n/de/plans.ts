<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Their time</source>
        <translation>Zeit dort</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>Ihre Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Touch</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation>{title} (optional)</translation>
    </message>
    <message>
        <source>Log a stall</source>
        <translation>Vertröstung erfassen</translation>
    </message>
    <message>
        <source>Save stall and plan</source>
        <translation>Vertröstung und Plan speichern</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>&amp;Other prospect…</source>
        <translation>&amp;Anderer Interessent…</translation>
    </message>
    <message>
        <source>Find the prospect</source>
        <translation>Interessent suchen</translation>
    </message>
    <message>
        <source>Type a name, company, email or phone…</source>
        <translation>Name, Firma, E-Mail oder Telefon eingeben…</translation>
    </message>
    <message>
        <source>New prospect…</source>
        <translation>Neuer Interessent…</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Was gesagt wurde</translation>
    </message>
    <message>
        <source>Stall:</source>
        <translation>Vertröstung:</translation>
    </message>
    <message>
        <source>Their own words, e.g. “Call me next month, after the budget meeting.”</source>
        <translation>Ihre eigenen Worte, z. B. „Rufen Sie mich nächsten Monat an, nach der Budgetsitzung.“</translation>
    </message>
    <message>
        <source>Their words:</source>
        <translation>Ihre Worte:</translation>
    </message>
    <message>
        <source>Booked: they agreed a date and time</source>
        <translation>Fest: Datum und Uhrzeit vereinbart</translation>
    </message>
    <message>
        <source>Vague: no firm time</source>
        <translation>Vage: keine feste Zeit</translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation>Rückruf:</translation>
    </message>
    <message>
        <source>When, in words (their time)</source>
        <translation>Wann, in Worten (Zeit dort)</translation>
    </message>
    <message>
        <source>“next Tuesday 3pm”, “in two weeks 10am”…</source>
        <translation>„nächsten Dienstag 15 Uhr“, „in zwei Wochen um 10“…</translation>
    </message>
    <message>
        <source>When (their time)</source>
        <translation>Wann (Zeit dort)</translation>
    </message>
    <message>
        <source>This time happens twice the night the clocks go back: pick which one was agreed.</source>
        <translation>Diese Uhrzeit gibt es in der Nacht der Zeitumstellung zweimal: Wählen Sie, welche vereinbart wurde.</translation>
    </message>
    <message>
        <source>When (their time):</source>
        <translation>Wann (Zeit dort):</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>Which one? (the clocks go back)</source>
        <translation>Welche? (die Uhren werden zurückgestellt)</translation>
    </message>
    <message>
        <source>Tickler can&apos;t read that as a date or time; try “next Tuesday 3pm” or pick it on the right.</source>
        <translation>Tickler kann das nicht als Datum oder Uhrzeit lesen; versuchen Sie „nächsten Dienstag 15 Uhr“ oder wählen Sie rechts.</translation>
    </message>
    <message>
        <source>Tickler can&apos;t read “{words}” as a date or time; try “next Tuesday 3pm” or pick it on the right.</source>
        <translation>Tickler kann „{words}“ nicht als Datum oder Uhrzeit lesen; versuchen Sie „nächsten Dienstag 15 Uhr“ oder wählen Sie rechts.</translation>
    </message>
    <message>
        <source>That time</source>
        <translation>Diese Uhrzeit</translation>
    </message>
    <message>
        <source>Assumed: {what}.</source>
        <translation>Angenommen: {what}.</translation>
    </message>
    <message>
        <source>Try to pin it down while you are on the call: “Shall we say Tuesday at 10:00, your time?” A firm slot gets answered far more often than “next week”.</source>
        <translation>Legen Sie es noch im Gespräch fest: „Sagen wir Dienstag um 10:00 Uhr, Ihre Zeit?“ Ein fester Termin wird weit öfter wahrgenommen als „nächste Woche“.</translation>
    </message>
    <message>
        <source>Pick the prospect&apos;s time zone from the list.</source>
        <translation>Wählen Sie die Zeitzone des Interessenten aus der Liste.</translation>
    </message>
    <message>
        <source>Pick a prospect from the list, or add a new one.</source>
        <translation>Wählen Sie einen Interessenten aus der Liste oder legen Sie einen neuen an.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{playbook}&lt;/b&gt;: %n touch(es)</source>
        <translation>
            <numerusform>&lt;b&gt;{playbook}&lt;/b&gt;: %n Kontakt</numerusform>
            <numerusform>&lt;b&gt;{playbook}&lt;/b&gt;: %n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: {steps}.</source>
        <translation>Ausgelassen: {steps}.</translation>
    </message>
    <message>
        <source>Default slot (vague)</source>
        <translation>Standardtermin (vage)</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>{prefix}: {theirs} in {zone}
which is {mine} your time ({rep_zone})</source>
        <translation>{prefix}: {theirs} in {zone}
d. h. {mine} Ihre Zeit ({rep_zone})</translation>
    </message>
    <message>
        <source>No callback slot: the gone-dark calls start tomorrow.</source>
        <translation>Kein Rückruftermin: Die Nachfassanrufe beginnen morgen.</translation>
    </message>
    <message>
        <source>The clocks go back that night, so this time happens twice: pick which one was agreed.</source>
        <translation>In dieser Nacht werden die Uhren zurückgestellt, diese Uhrzeit gibt es also zweimal: Wählen Sie, welche vereinbart wurde.</translation>
    </message>
    <message numerus="yes">
        <source>This replaces the plan from {day}: %n touch(es) (its touches are cancelled: one live plan per prospect).</source>
        <translation>
            <numerusform>Dies ersetzt den Plan vom {day}: %n Kontakt (er entfällt: ein aktiver Plan je Interessent).</numerusform>
            <numerusform>Dies ersetzt den Plan vom {day}: %n Kontakte (sie entfallen: ein aktiver Plan je Interessent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This replaces the plan from {day}: %n touch(es), {call} {when} (its touches are cancelled: one live plan per prospect).</source>
        <translation>
            <numerusform>Dies ersetzt den Plan vom {day}: %n Kontakt, {call} {when} (er entfällt: ein aktiver Plan je Interessent).</numerusform>
            <numerusform>Dies ersetzt den Plan vom {day}: %n Kontakte, {call} {when} (sie entfallen: ein aktiver Plan je Interessent).</numerusform>
        </translation>
    </message>
    <message>
        <source>the prospect</source>
        <translation>den Interessenten</translation>
    </message>
    <message>
        <source>Log stall: {kind} for {name}</source>
        <translation>Vertröstung erfassen: {kind} für {name}</translation>
    </message>
    <message numerus="yes">
        <source>Stall logged: %n touch(es) planned.</source>
        <translation>
            <numerusform>Vertröstung erfasst: %n Kontakt geplant.</numerusform>
            <numerusform>Vertröstung erfasst: %n Kontakte geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Only when a time was agreed</source>
        <translation>Nur wenn eine Zeit vereinbart wurde</translation>
    </message>
    <message>
        <source>Only when no time was agreed</source>
        <translation>Nur wenn keine Zeit vereinbart wurde</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Due (their time)</source>
        <translation>Fällig (Zeit dort)</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>{name}  (edited)</source>
        <translation>{name}  (bearbeitet)</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>&lt;b&gt;Playbooks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Playbooks&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Edits apply to stalls you log from now on; touches already planned stay as they are.</source>
        <translation>Änderungen gelten für Vertröstungen, die Sie ab jetzt erfassen; bereits geplante Kontakte bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>days after the stall</source>
        <translation>Tage nach der Vertröstung</translation>
    </message>
    <message>
        <source>days from the agreed slot</source>
        <translation>Tage ab dem vereinbarten Termin</translation>
    </message>
    <message>
        <source>and minutes</source>
        <translation>und Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation>(keine E-Mail)</translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>App&amp;lies:</source>
        <translation>&amp;Gilt:</translation>
    </message>
    <message>
        <source>&amp;Optional: the rep may skip it</source>
        <translation>O&amp;ptional: darf übersprungen werden</translation>
    </message>
    <message>
        <source>Why it is worth their time; {slot} is the agreed time</source>
        <translation>Warum es sich für sie lohnt; {slot} ist die vereinbarte Zeit</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>G&amp;rund:</translation>
    </message>
    <message>
        <source>Preview on an example stall</source>
        <translation>Vorschau an einer Beispiel-Vertröstung</translation>
    </message>
    <message>
        <source>No time a&amp;greed (vague)</source>
        <translation>Keine Zeit vereinb&amp;art (vage)</translation>
    </message>
    <message>
        <source>Reset to &amp;built-in</source>
        <translation>Stan&amp;dard wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Save playbook</source>
        <translation>Playbook &amp;speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Unsaved playbook</source>
        <translation>Playbook nicht gespeichert</translation>
    </message>
    <message>
        <source>This playbook has changes that are not saved. Discard them?</source>
        <translation>Dieses Playbook hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>“{kind}”, logged {logged}, with a default slot (no time agreed) for {slot} ({zone}).</source>
        <translation>„{kind}“, erfasst {logged}, mit Standardtermin (keine Zeit vereinbart) am {slot} ({zone}).</translation>
    </message>
    <message>
        <source>“{kind}”, logged {logged}, with a callback agreed for {slot} ({zone}).</source>
        <translation>„{kind}“, erfasst {logged}, mit vereinbartem Rückruf am {slot} ({zone}).</translation>
    </message>
    <message>
        <source>“{kind}”, logged {logged} ({zone}).</source>
        <translation>„{kind}“, erfasst {logged} ({zone}).</translation>
    </message>
    <message>
        <source>Reset the playbook</source>
        <translation>Playbook zurücksetzen</translation>
    </message>
    <message>
        <source>Put Tickler&apos;s own “{name}” back? Your changes to it are lost; stalls already logged keep their touches.</source>
        <translation>Das ursprüngliche „{name}“ von Tickler wiederherstellen? Ihre Änderungen daran gehen verloren; bereits erfasste Vertröstungen behalten ihre Kontakte.</translation>
    </message>
    <message>
        <source>Reschedule touch</source>
        <translation>Kontakt verschieben</translation>
    </message>
    <message>
        <source>&lt;b&gt;{touch}&lt;/b&gt; for {name} ({company})</source>
        <translation>&lt;b&gt;{touch}&lt;/b&gt; für {name} ({company})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{touch}&lt;/b&gt; for {name}</source>
        <translation>&lt;b&gt;{touch}&lt;/b&gt; für {name}</translation>
    </message>
    <message>
        <source>New time ({zone}):</source>
        <translation>Neue Zeit ({zone}):</translation>
    </message>
    <message>
        <source>Which one:</source>
        <translation>Welche:</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Ihre Zeit:</translation>
    </message>
    <message>
        <source>— that time does not exist there (clocks go forward)</source>
        <translation>– diese Uhrzeit gibt es dort nicht (Uhren werden vorgestellt)</translation>
    </message>
    <message>
        <source>The clocks go back that night, so this time happens twice: pick which one.</source>
        <translation>In dieser Nacht werden die Uhren zurückgestellt, diese Uhrzeit gibt es zweimal: Wählen Sie eine.</translation>
    </message>
    <message>
        <source>Reschedule: {touch} to {name}</source>
        <translation>Verschieben: {touch} an {name}</translation>
    </message>
</context>
</TS>
