<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Due (you)</source>
        <translation>Fällig (Ihre Zeit)</translation>
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
        <source>Company</source>
        <translation>Firma</translation>
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
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lücken</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es) due</source>
        <translation>
            <numerusform>%n Kontakt fällig</numerusform>
            <numerusform>%n Kontakte fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>no open gaps</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Planned for {day} {time} (snoozed or moved)</source>
        <translation>Geplant für {day} {time} (zurückgestellt oder verschoben)</translation>
    </message>
    <message>
        <source>Optional touch</source>
        <translation>Optionaler Kontakt</translation>
    </message>
    <message>
        <source>Call {phone} (click, or press T)</source>
        <translation>{phone} anrufen (klicken oder T drücken)</translation>
    </message>
    <message>
        <source>Tomorrow, {date}</source>
        <translation>Morgen, {date}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <comment>a day ahead: Tuesday 1 Dec</comment>
        <translation>{weekday}, {date}</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n email(s)</source>
        <translation>
            <numerusform>%n E-Mail</numerusform>
            <numerusform>%n E-Mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post/social</source>
        <translation>
            <numerusform>%n Post/Social</numerusform>
            <numerusform>%n Post/Social</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touch(es)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message numerus="yes">
        <source>All %n days</source>
        <translation>
            <numerusform>Der %n Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>{touches}: {load}</source>
        <translation>{touches}: {load}</translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Kommende Tage</translation>
    </message>
    <message>
        <source>Touches on the chosen day</source>
        <translation>Kontakte am gewählten Tag</translation>
    </message>
    <message>
        <source>Upcoming: {first} to {last}</source>
        <translation>Demnächst: {first} bis {last}</translation>
    </message>
    <message numerus="yes">
        <source>{touches} planned in the next %n days.</source>
        <translation>
            <numerusform>{touches} geplant für den nächsten Tag.</numerusform>
            <numerusform>{touches} geplant in den nächsten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same keys work here: D done, S snooze, R reschedule, K skip, E send, C call, T dial, O open.</source>
        <translation>Hier gelten dieselben Tasten: D erledigt, S zurückstellen, R verschieben, K überspringen, E senden, C Anruf, T wählen, O öffnen.</translation>
    </message>
</context>
</TS>
