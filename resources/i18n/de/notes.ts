<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>&amp;Notes to write today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s handwritten notes: addresses, envelopes and cards printed, marked posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the prospect&apos;s number with your phone app (a tel: link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open their LinkedIn page (or a search for them), then mark the step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number for {name}: add one in their profile (O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser answered; the LinkedIn link is copied: paste it into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LinkedIn page on file for {name}: searching LinkedIn for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you connect with {name} on LinkedIn?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes marks the step done. No leaves it on today&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: connected with {name} on LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note “{start}…” does not fit the {size}, even in small print. Shorten it, then print again: no card was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}  overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{touch} — tick it to print it and mark it posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to write today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street
Town
Postcode
Country (if abroad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save address to the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (printed on the card; edit it as you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text every note starts from, with merge fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your return address (top left on each envelope): name, company, street, town, postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards (envelopes only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envelopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark ticked notes posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No notes to write today.&lt;/b&gt; A handwritten note comes due the day a prospect stalls on “call me next month”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n note(s) to write&lt;/b&gt; (today&apos;s and overdue)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{missing}: fill it in on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without a postal address</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✓ On the envelope as: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No postal address yet. Ask for it or look it up, write it here and save it to their profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Before you copy it: {problems}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the address to {name}&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the postal address for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the notes to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postal address yet for {names}: fill it in (or untick them) before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your return address first: it goes top left on every envelope, and is kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to {path}. Tick off what you post, then “Mark ticked notes posted”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save envelopes and cards as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print %n envelope(s) ({size})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}. Tick off what you post, then “Mark ticked notes posted”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked %n note(s) posted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note to write starts from this text. Merge fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
