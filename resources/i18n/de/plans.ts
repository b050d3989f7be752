<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Their time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save stall and plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, company, email or phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own words, e.g. “Call me next month, after the budget meeting.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked: they agreed a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vague: no firm time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When, in words (their time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“next Tuesday 3pm”, “in two weeks 10am”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (their time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time happens twice the night the clocks go back: pick which one was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (their time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one? (the clocks go back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler can&apos;t read that as a date or time; try “next Tuesday 3pm” or pick it on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler can&apos;t read “{words}” as a date or time; try “next Tuesday 3pm” or pick it on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to pin it down while you are on the call: “Shall we say Tuesday at 10:00, your time?” A firm slot gets answered far more often than “next week”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the prospect&apos;s time zone from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a prospect from the list, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{playbook}&lt;/b&gt;: %n touch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This {replaces} (its touches are cancelled: one live plan per prospect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default slot (vague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix}: {theirs} in {zone}
which is {mine} your time ({rep_zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback slot: the gone-dark calls start tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks go back that night, so this time happens twice: pick which one was agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log stall: {kind} for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stall logged: %n touch(es) planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when a time was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when no time was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (their time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (edited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Playbooks&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits apply to stalls you log from now on; touches already planned stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days after the stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days from the agreed slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tem&amp;plate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App&amp;lies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optional: the rep may skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is worth their time; {slot} is the agreed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview on an example stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No time a&amp;greed (vague)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This playbook has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{kind}”, logged {logged}, with a default slot (no time agreed) for {slot} ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{kind}”, logged {logged}, with a callback agreed for {slot} ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{kind}”, logged {logged} ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put Tickler&apos;s own “{name}” back? Your changes to it are lost; stalls already logged keep their touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{touch}&lt;/b&gt; for {name} ({company})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{touch}&lt;/b&gt; for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time ({zone}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— that time does not exist there (clocks go forward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks go back that night, so this time happens twice: pick which one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule: {touch} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
