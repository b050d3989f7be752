<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgelaufen: {error}</translation>
    </message>
    <message>
        <source>Your book is damaged: SQLite says “{error}”. Tickler will help you restore a backup.</source>
        <translation>Ihr Buch ist beschädigt: SQLite meldet „{error}“. Tickler hilft Ihnen, eine Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>{zone}: local time now {time}</source>
        <translation>{zone}: Ortszeit jetzt {time}</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Zeitzonen durchsuchen</translation>
    </message>
    <message>
        <source>Search zones: london, new york, tokyo…</source>
        <translation>Zeitzone suchen: berlin, new york, tokyo…</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>No time zone chosen yet.</source>
        <translation>Noch keine Zeitzone gewählt.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone Tickler knows.</source>
        <translation>„{zone}“ ist keine Zeitzone, die Tickler kennt.</translation>
    </message>
</context>
</TS>
