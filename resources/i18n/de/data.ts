<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler backups (*.sqlite3 *.db *.bak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler backs up your book once a day you use it (it keeps the last 7 days, and one a week for the 4 weeks before), into {folder}. Choose the one to go back to; your current book is kept beside it as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet: Tickler makes the first one today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your book is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler found damage inside {file}, the file that holds your prospects (this happens when a disk fails or the computer loses power while writing). Tickler has stopped using it, so nothing more is lost, and it will not write over it: when you restore a backup, the damaged file is kept beside it, untouched, for anyone who can repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite says: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for your newest good backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tickler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler has no good backup of this book. Choose a backup file if you have one; otherwise quit and keep the damaged file as it is for repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your newest good backup is from &lt;b&gt;{made}&lt;/b&gt;, with {prospects} prospects and {touches} touches. Anything you changed after it is in the damaged file only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup could not be restored: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup of {backup} (%n prospect(s)). The damaged book is kept as {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything: prospects with their qualification answers, compelling events and history,
as a ZIP of CSV files (each opens in any spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All prospects with their qualification answers, as one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming calls, as a calendar file (.ics) for Outlook, Google or Apple Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both CSV forms import back into Tickler as they were (File ▸ Import). The call-block report has its own CSV and PDF export on the Report tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring prospects in from a CSV or vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects to CSV, upcoming calls to a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a full copy of your book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your book with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prospect(s), merged {merged}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prospect(s) with their history to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prospect(s) to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n upcoming call(s) to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n prospect(s) and {touches} touches to {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>An export or backup is still running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup or export is still running; restore when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup can&apos;t be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{file} holds %n prospect(s) and {touches} touches.

Restoring replaces your current book with it. A copy of the current book is kept beside it (…before-restore.bak).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Your book is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored %n prospect(s) from {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.vcf *.vcard *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone} (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV export from a spreadsheet or another CRM, or contacts saved as vCard (.vcf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by Tickler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as Tickler chose it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice (Tickler chose {encoding})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact card(s). The first ones as read — if names look garbled, choose another encoding:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). The first ones as read — if names look garbled, choose another encoding:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These are vCard contact cards; each card becomes one prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a &lt;b&gt;{program}&lt;/b&gt; export: its columns are matched by their exact names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickler does not recognise the program that wrote this file; it matches the columns by their names. Check them on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other numbers and addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(don&apos;t import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vCard contact(s) found in {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) found in {file}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Several columns go to {fields}: the preferred or work one is kept there, the others under Other numbers and addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two columns go to the same field: {fields}. Pick another field for one of them, or don&apos;t import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge rows whose email matches a prospect you already have (fills in empty fields; nothing is overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; new prospect(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; match prospects you have (by email)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems (listed first, with their line numbers)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n prospect(s) added, {merged} merged, {skipped}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a time zone: they get yours ({zone}); you can change it on each profile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… Cancel leaves your book exactly as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; your book is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported; your book is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import? Nothing will be imported; your book stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
