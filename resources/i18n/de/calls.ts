<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
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
        <source>If not planned: how would it be found?</source>
        <translation>Falls nicht geplant: Wie ließe es sich finden?</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>How the budget would be found</source>
        <translation>Wie sich das Budget finden ließe</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Compelling event</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Date of the compelling event</source>
        <translation>Datum des Anlasses</translation>
    </message>
    <message>
        <source>Names or roles, separated by commas</source>
        <translation>Namen oder Rollen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Ask about (open gaps)</source>
        <translation>Nachfragen (offene Lücken)</translation>
    </message>
    <message>
        <source>No gaps left: the profile is complete.</source>
        <translation>Keine Lücken mehr: Das Profil ist vollständig.</translation>
    </message>
    <message>
        <source>Save &amp;answers to the profile</source>
        <translation>&amp;Antworten ins Profil übernehmen</translation>
    </message>
    <message>
        <source>What they said before</source>
        <translation>Was sie bisher gesagt haben</translation>
    </message>
    <message>
        <source>No stalls logged with their words yet.</source>
        <translation>Noch keine Vertröstung mit ihren eigenen Worten erfasst.</translation>
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
        <source>Not interested</source>
        <translation>Kein Interesse</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>{name} anrufen</translation>
    </message>
    <message>
        <source>{action}: {touch} to {name}</source>
        <translation>{action}: {touch} an {name}</translation>
    </message>
    <message>
        <source>&amp;Reason for the call (your value statement)</source>
        <translation>&amp;Grund für den Anruf (Ihr Nutzenversprechen)</translation>
    </message>
    <message>
        <source>Reason for the call</source>
        <translation>Grund für den Anruf</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>What you learned on this call</source>
        <translation>Was Sie in diesem Gespräch erfahren haben</translation>
    </message>
    <message>
        <source>&amp;Book appointment</source>
        <translation>Termin &amp;buchen</translation>
    </message>
    <message>
        <source>Appointment on</source>
        <translation>Termin am</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>G&amp;espräch</translation>
    </message>
    <message>
        <source>A&amp;ppointment booked…</source>
        <translation>&amp;Termin vereinbart…</translation>
    </message>
    <message>
        <source>&amp;Voicemail left</source>
        <translation>&amp;Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>&amp;No answer</source>
        <translation>&amp;Keine Antwort</translation>
    </message>
    <message>
        <source>New &amp;stall…</source>
        <translation>Neue &amp;Vertröstung…</translation>
    </message>
    <message>
        <source>Not &amp;interested…</source>
        <translation>Kein &amp;Interesse…</translation>
    </message>
    <message>
        <source>Snooze:</source>
        <translation>Zurückstellen:</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resc&amp;hedule…</source>
        <translation>Ver&amp;schieben…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>no phone number on file</source>
        <translation>keine Telefonnummer hinterlegt</translation>
    </message>
    <message>
        <source>{touch} (attempt {attempt} of 4)</source>
        <translation>{touch} (Versuch {attempt} von 4)</translation>
    </message>
    <message>
        <source>Their time: &lt;b&gt;{when}&lt;/b&gt; ({zone})</source>
        <translation>Zeit dort: &lt;b&gt;{when}&lt;/b&gt; ({zone})</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n Min. zu spät</numerusform>
            <numerusform>%n Min. zu spät</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n Min. zu früh</numerusform>
            <numerusform>%n Min. zu früh</numerusform>
        </translation>
    </message>
    <message>
        <source>dialled {time}, {punctuality}</source>
        <translation>gewählt um {time}, {punctuality}</translation>
    </message>
    <message>
        <source>Agreed for {time} their time ({when})</source>
        <translation>Vereinbart für {time} dortiger Zeit ({when})</translation>
    </message>
    <message>
        <source>This call is already {status}.</source>
        <translation>Dieser Anruf ist bereits {status}.</translation>
    </message>
    <message>
        <source>Write the reason for the call first: the outcomes unlock when it is filled.</source>
        <translation>Schreiben Sie zuerst den Grund für den Anruf: Die Ergebnisse werden frei, sobald er ausgefüllt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) to the profile.</source>
        <translation>
            <numerusform>%n Antwort ins Profil übernommen.</numerusform>
            <numerusform>%n Antworten ins Profil übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>their time ({zone})</source>
        <translation>dortige Zeit ({zone})</translation>
    </message>
    <message>
        <source>Which one? (the clocks go back)</source>
        <translation>Welche? (die Uhren werden zurückgestellt)</translation>
    </message>
    <message>
        <source>The clocks go back that night, so this time happens twice: pick which one was agreed.</source>
        <translation>In dieser Nacht werden die Uhren zurückgestellt, diese Uhrzeit gibt es also zweimal: Wählen Sie, welche vereinbart wurde.</translation>
    </message>
    <message>
        <source>Logging a stall is not available in this build.</source>
        <translation>Vertröstungen lassen sich in dieser Version nicht erfassen.</translation>
    </message>
    <message>
        <source>Appointment with {name} booked for {when} their time.</source>
        <translation>Termin mit {name} gebucht für {when} dortiger Zeit.</translation>
    </message>
    <message>
        <source>{outcome} logged for {name}; the rest of that plan is cancelled.</source>
        <translation>{outcome} für {name} erfasst; der Rest dieses Plans ist abgebrochen.</translation>
    </message>
    <message>
        <source>{outcome} logged for {name}; gone-dark steps start: up to 4 calls over 2 weeks, then nurture.</source>
        <translation>{outcome} für {name} erfasst; die Schritte für „Funkstille“ beginnen: bis zu 4 Anrufe in 2 Wochen, danach Kontaktpflege.</translation>
    </message>
    <message>
        <source>{outcome} logged for {name} (call {attempt} of 4).</source>
        <translation>{outcome} für {name} erfasst (Anruf {attempt} von 4).</translation>
    </message>
    <message>
        <source>{outcome} logged for {name}.</source>
        <translation>{outcome} für {name} erfasst.</translation>
    </message>
    <message>
        <source>This call has already been logged or moved.</source>
        <translation>Dieser Anruf wurde bereits erfasst oder verschoben.</translation>
    </message>
    <message>
        <source>Moved {touch} for {name} to {when}.</source>
        <translation>{touch} für {name} verschoben auf {when}.</translation>
    </message>
    <message numerus="yes">
        <source>Snooze %n min</source>
        <translation>
            <numerusform>%n Min. zurückstellen</numerusform>
            <numerusform>%n Min. zurückstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snoozed %n min: {name} pops up again at {time}.</source>
        <translation>
            <numerusform>Um %n Min. zurückgestellt: {name} erscheint wieder um {time}.</numerusform>
            <numerusform>Um %n Min. zurückgestellt: {name} erscheint wieder um {time}.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{number}” is not a number Tickler can dial; fix it in the profile.</source>
        <translation>„{number}“ ist keine Nummer, die Tickler wählen kann; korrigieren Sie sie im Profil.</translation>
    </message>
    <message>
        <source>Calling {number}…</source>
        <translation>{number} wird angerufen…</translation>
    </message>
    <message>
        <source>No app on this computer takes phone calls from links, so {number} is copied: paste it into your phone.</source>
        <translation>Keine App auf diesem Computer nimmt Anrufe über Links an, daher wurde {number} kopiert: Fügen Sie sie in Ihr Telefon ein.</translation>
    </message>
    <message>
        <source>⚠ Cliché opener: {phrases}. Give them a reason instead: a date that matters, a new offer, an answer to the problem they named.</source>
        <translation>⚠ Floskel zum Einstieg: {phrases}. Nennen Sie stattdessen einen Grund: ein wichtiges Datum, ein neues Angebot, eine Antwort auf das Problem, das sie genannt haben.</translation>
    </message>
    <message>
        <source>Spoken length of the voicemail</source>
        <translation>Gesprochene Länge der Mailbox-Nachricht</translation>
    </message>
    <message>
        <source>{seconds} s spoken; aim for {low}–{high} s</source>
        <translation>{seconds} s gesprochen; Ziel: {low}–{high} s</translation>
    </message>
    <message>
        <source>Voice&amp;mail script</source>
        <translation>&amp;Mailbox-Text</translation>
    </message>
    <message>
        <source>Voicemail script</source>
        <translation>Mailbox-Text</translation>
    </message>
    <message>
        <source>Spoken at</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>Spoken at (words a minute)</source>
        <translation>Sprechtempo (Wörter pro Minute)</translation>
    </message>
    <message>
        <source>{seconds} s at {wpm} words a minute: within {low}–{high} s.</source>
        <translation>{seconds} s bei {wpm} Wörtern pro Minute: innerhalb von {low}–{high} s.</translation>
    </message>
    <message>
        <source>⚠ {seconds} s at {wpm} words a minute: too short, aim for {low}–{high} s. Say why it matters to them now.</source>
        <translation>⚠ {seconds} s bei {wpm} Wörtern pro Minute: zu kurz, Ziel {low}–{high} s. Sagen Sie, warum es jetzt für sie wichtig ist.</translation>
    </message>
    <message>
        <source>⚠ {seconds} s at {wpm} words a minute: too long, aim for {low}–{high} s. Cut to the reason and your number.</source>
        <translation>⚠ {seconds} s bei {wpm} Wörtern pro Minute: zu lang, Ziel {low}–{high} s. Kürzen Sie auf den Grund und Ihre Nummer.</translation>
    </message>
</context>
</TS>
