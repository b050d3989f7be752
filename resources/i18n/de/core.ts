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
</context>
</TS>
