<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Agreed for {time}</source>
        <translation>Vereinbart für {time}</translation>
    </message>
    <message>
        <source>Agreed for {agreed} · snoozed to {due}</source>
        <translation>Vereinbart für {agreed} · zurückgestellt auf {due}</translation>
    </message>
    <message>
        <source>Agreed for {agreed} · moved to {due}</source>
        <translation>Vereinbart für {agreed} · verschoben auf {due}</translation>
    </message>
    <message>
        <source>{time} ({their_time} their time)</source>
        <translation>{time} ({their_time} dort)</translation>
    </message>
    <message>
        <source>Missed at {when}: call {name}</source>
        <translation>Verpasst um {when}: {name} anrufen</translation>
    </message>
    <message>
        <source>Now, {when}: call {name}</source>
        <translation>Jetzt, {when}: {name} anrufen</translation>
    </message>
    <message>
        <source>Call panel</source>
        <translation>Anruffenster</translation>
    </message>
    <message>
        <source>Snooze:</source>
        <translation>Zurückstellen:</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message numerus="yes">
        <source>Pop up again in %n minute(s)</source>
        <translation>
            <numerusform>In %n Minute erneut erinnern</numerusform>
            <numerusform>In %n Minuten erneut erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss (the call stays in today&apos;s queue)</source>
        <translation>Schließen (der Anruf bleibt in der Liste für heute)</translation>
    </message>
    <message>
        <source>Call now</source>
        <translation>Jetzt anrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to make</source>
        <translation>
            <numerusform>%n Anruf zu erledigen</numerusform>
            <numerusform>%n Anrufe zu erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in today&apos;s queue</source>
        <translation>
            <numerusform>…und %n weiterer in der Liste für heute</numerusform>
            <numerusform>…und %n weitere in der Liste für heute</numerusform>
        </translation>
    </message>
    <message>
        <source>Call pop-ups</source>
        <translation>Anruferinnerungen</translation>
    </message>
    <message>
        <source>min before the call</source>
        <translation>Min. vor dem Anruf</translation>
    </message>
    <message>
        <source>At the agreed minute</source>
        <translation>Zur vereinbarten Minute</translation>
    </message>
    <message>
        <source>&amp;Pop up:</source>
        <translation>&amp;Erinnern:</translation>
    </message>
    <message>
        <source>&amp;Hold pop-ups outside my working hours</source>
        <translation>Erinnerungen außerhalb meiner &amp;Arbeitszeit zurückhalten</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a time to a time</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Working hours:</source>
        <translation>Arbeits&amp;zeit:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Arbeitstage:</translation>
    </message>
    <message>
        <source>Calls that come due while pop-ups are held show together when your working hours start. They always stay in today&apos;s queue.</source>
        <translation>Anrufe, die fällig werden, während Erinnerungen zurückgehalten werden, erscheinen gesammelt zu Beginn Ihrer Arbeitszeit. In der Liste für heute bleiben sie immer.</translation>
    </message>
    <message>
        <source>&amp;Call panel…</source>
        <translation>&amp;Anruffenster…</translation>
    </message>
    <message>
        <source>Open the call panel for the selected call</source>
        <translation>Das Anruffenster für den gewählten Anruf öffnen</translation>
    </message>
    <message>
        <source>&amp;Pause pop-ups for an hour</source>
        <translation>Erinnerungen eine Stunde &amp;pausieren</translation>
    </message>
    <message>
        <source>Call pop-up &amp;hours and lead time…</source>
        <translation>Anruferinnerungen: &amp;Zeiten und Vorlauf…</translation>
    </message>
    <message>
        <source>When pop-ups come: a lead time, your working hours and days</source>
        <translation>Wann Erinnerungen kommen: Vorlauf, Ihre Arbeitszeiten und -tage</translation>
    </message>
    <message>
        <source>&amp;Keep running when the window closes</source>
        <translation>Nach dem Schließen des Fensters &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Start Tickler at &amp;login</source>
        <translation>Tickler bei der &amp;Anmeldung starten</translation>
    </message>
    <message>
        <source>{slot} their time ({company}).</source>
        <translation>{slot} Ortszeit dort ({company}).</translation>
    </message>
    <message>
        <source>{slot} their time.</source>
        <translation>{slot} Ortszeit dort.</translation>
    </message>
    <message>
        <source>{slot} your time ({company}).</source>
        <translation>{slot} Ihre Zeit ({company}).</translation>
    </message>
    <message>
        <source>{slot} your time.</source>
        <translation>{slot} Ihre Zeit.</translation>
    </message>
    <message>
        <source>Call {name} now</source>
        <translation>{name} jetzt anrufen</translation>
    </message>
    <message>
        <source>Click to open the call panel.</source>
        <translation>Klicken Sie, um das Anruffenster zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…und %n weiterer</numerusform>
            <numerusform>…und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>A call came due while Tickler was away</source>
        <translation>Ein Anruf wurde fällig, während Tickler nicht lief</translation>
    </message>
    <message numerus="yes">
        <source>%n calls came due while Tickler was away</source>
        <translation>
            <numerusform>%n Anruf wurde fällig, während Tickler nicht lief</numerusform>
            <numerusform>%n Anrufe wurden fällig, während Tickler nicht lief</numerusform>
        </translation>
    </message>
    <message>
        <source>That touch no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Snooze {minutes} min: {touch} to {name}</source>
        <translation>{minutes} Min. zurückgestellt: {touch} an {name}</translation>
    </message>
    <message>
        <source>Snoozed {minutes} min: pops up again at {time}.</source>
        <translation>{minutes} Min. zurückgestellt: erinnert wieder um {time}.</translation>
    </message>
    <message>
        <source>The call panel is for calls; this touch is an email.</source>
        <translation>Das Anruffenster ist für Anrufe; dieser Kontakt ist eine E-Mail.</translation>
    </message>
    <message>
        <source>The call panel is for calls; this touch is a note by post.</source>
        <translation>Das Anruffenster ist für Anrufe; dieser Kontakt ist eine Karte per Post.</translation>
    </message>
    <message>
        <source>The call panel is for calls; this touch is a social touch.</source>
        <translation>Das Anruffenster ist für Anrufe; dieser Kontakt läuft über soziale Netzwerke.</translation>
    </message>
    <message>
        <source>Pop-ups paused until {time} (click to resume)</source>
        <translation>Erinnerungen pausiert bis {time} (klicken zum Fortsetzen)</translation>
    </message>
    <message>
        <source>Pause pop-ups for an hour</source>
        <translation>Erinnerungen eine Stunde pausieren</translation>
    </message>
    <message>
        <source>Next call: none planned</source>
        <translation>Nächster Anruf: keiner geplant</translation>
    </message>
    <message>
        <source>Next call: {name} · {when}</source>
        <translation>Nächster Anruf: {name} · {when}</translation>
    </message>
    <message>
        <source>Pop-up settings saved.</source>
        <translation>Einstellungen für Erinnerungen gespeichert.</translation>
    </message>
    <message>
        <source>Pop-ups paused until {time}; calls that come due meanwhile pop up together after.</source>
        <translation>Erinnerungen pausiert bis {time}; Anrufe, die inzwischen fällig werden, erscheinen danach gesammelt.</translation>
    </message>
    <message>
        <source>Pop-ups are back on.</source>
        <translation>Erinnerungen sind wieder an.</translation>
    </message>
    <message>
        <source>Tickler is still running</source>
        <translation>Tickler läuft weiter</translation>
    </message>
    <message>
        <source>Call pop-ups come at the agreed minute. Quit from this icon&apos;s menu.</source>
        <translation>Anruferinnerungen kommen zur vereinbarten Minute. Beenden können Sie über das Menü dieses Symbols.</translation>
    </message>
    <message>
        <source>When you close the window, should Tickler keep running in the tray, so call pop-ups still come at the agreed minute?</source>
        <translation>Soll Tickler nach dem Schließen des Fensters im Infobereich weiterlaufen, damit Anruferinnerungen weiter zur vereinbarten Minute kommen?</translation>
    </message>
    <message>
        <source>When you close the window, should Tickler keep running in the background (start Tickler again to bring the window back), so call pop-ups still come at the agreed minute?</source>
        <translation>Soll Tickler nach dem Schließen des Fensters im Hintergrund weiterlaufen (starten Sie Tickler erneut, um das Fenster zurückzuholen), damit Anruferinnerungen weiter zur vereinbarten Minute kommen?</translation>
    </message>
    <message>
        <source>Keep Tickler running?</source>
        <translation>Tickler weiterlaufen lassen?</translation>
    </message>
    <message>
        <source>Tickler asks this once; change it under Tools.</source>
        <translation>Tickler fragt das nur einmal; ändern können Sie es unter Extras.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
</TS>
