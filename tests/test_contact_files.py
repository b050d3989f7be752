"""Contact files as real programs write them: CSV layouts, vCard 2.1/3.0/4.0, encodings.

Every file under tests/data used here was written for these tests, byte for byte in the
layout of the program named in its file name (see each test).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from desktop_app.services.contact_points import ContactPoint, choose, nice_label
from desktop_app.services.importer import (
    guess_mapping,
    prepare_import,
    preview_rows,
    read_source,
    reread,
    run_import,
)
from desktop_app.services.profile import load_profile

DATA = Path(__file__).parent / "data"


def _rows(name: str, **read) -> dict[int, dict[str, str]]:
    table = read_source(DATA / name, **read)
    rows = preview_rows(table, table.suggested_mapping(), "Europe/London", limit=50)
    return {r.line: r.fields for r in rows}


def _plan(ctx, name: str):
    table = read_source(DATA / name)
    return prepare_import(ctx.store, table, table.suggested_mapping(), ctx.rep_timezone)


# -- CSV layouts ---------------------------------------------------------------------------


def test_google_contacts_takes_value_columns_never_labels():
    table = read_source(DATA / "google_contacts.csv")
    assert table.layout == "Google Contacts"
    mapping = dict(zip(table.headers, table.suggested_mapping(), strict=True))
    assert mapping["Organization Title"] == "title"
    assert mapping["Name Prefix"] is None  # "Herr" is no job title
    for header, target in mapping.items():
        if " - Label" in header or header.startswith("Phonetic") or header == "Labels":
            assert target is None, header
    plan_rows = {r.line: r for r in preview_rows(table, table.suggested_mapping(), "UTC")}
    assert all(r.action == "new" for r in plan_rows.values())
    jurgen = plan_rows[2].fields
    assert (jurgen["first_name"], jurgen["title"]) == ("Jürgen", "Einkaufsleiter")
    # "* Work" is Google's preferred mark; its cell holds two addresses: the first is kept.
    assert jurgen["email"] == "j.mueller@baeckerei-mueller.example"
    assert jurgen["phone"] == "+49 221 123456"  # the Work one, not Home listed before it
    assert jurgen["mobile"] == "+49 171 2345678"  # labelled Mobile in a Phone column
    assert jurgen["address"] == "Hauptstraße 5, 50667 Köln, Deutschland"  # the Work one
    assert jurgen["linkedin"] == "https://www.linkedin.com/in/juergen-mueller"
    assert jurgen["website"] == "https://baeckerei-mueller.example"
    assert jurgen["other_contacts"].splitlines() == [
        "Work email: einkauf@baeckerei-mueller.example",
        "Home email: juergen.mueller@privat.example",
        "Home phone: +49 221 987654",
        "Home address: Lindenweg 3, 50733 Köln, Deutschland",
    ]
    assert plan_rows[8].fields["other_contacts"] == "Work fax: +1 415-555-0199"
    assert plan_rows[9].fields["last_name"] == "渡辺"  # not the phonetic ワタナベ


def test_the_fuzzy_guess_alone_also_leaves_label_and_phonetic_columns_out():
    headers = ["Phonetic First Name", "First Name", "E-mail 1 - Label", "E-mail 1 - Value",
               "Address 1 - Type", "Business Address PO Box", "Organization Title"]
    assert guess_mapping(headers) == [None, "first_name", None, "email", None, None, "title"]


def test_outlook_full_layout_courtesy_title_business_phone_and_street():
    table = read_source(DATA / "outlook_full.csv")
    assert (table.layout, table.encoding) == ("Microsoft Outlook", "cp1252")
    rows = _rows("outlook_full.csv")
    jurgen, daniel = rows[2], rows[4]
    assert jurgen["title"] == "Einkaufsleiter"  # not "Herr"
    assert jurgen["phone"] == "+49 221 123456"  # Business Phone, not Assistant's Phone
    assert jurgen["address"] == "Hauptstraße 5, Hinterhaus, Köln, 50667, Deutschland"
    assert "Postfach" not in jurgen["address"] and "Postfach" not in jurgen["other_contacts"]
    assert jurgen["notes"] == "Messe Köln, Stand 14.\nRückruf nach der Inventur."
    assert "Assistant's Phone: +49 221 123459" in jurgen["other_contacts"]
    assert "Business Fax: +49 221 123450" in jurgen["other_contacts"]
    assert "Home address: Lindenweg 3, Köln, 50733, Deutschland" in jurgen["other_contacts"]
    assert daniel["title"] == "Head of Facilities"
    assert "phone" not in daniel  # only an assistant's number: never dialled as his
    assert daniel["other_contacts"] == "Assistant's Phone: +44 117 496 0999"
    assert daniel["address"] == "1 Quay Street, Bristol, BS1 4XX, United Kingdom"


def test_outlook_com_web_export_unlabelled_emails_take_the_company_one():
    table = read_source(DATA / "outlook_com_contacts.csv")
    assert (table.layout, table.encoding) == ("Microsoft Outlook", "utf-8-sig")
    row = _rows("outlook_com_contacts.csv")[2]
    assert row["title"] == "VP Operations"  # not "Ms."
    # Neither address is labelled: the one at the company's own domain is the work one.
    assert row["email"] == "priya.raman@northwind.example"
    assert row["address"] == "500 Howard St, Suite 400, San Francisco, CA 94105, United States"
    assert row["website"] == "https://northwind.example"  # Web Page, not Personal Web Page
    assert row["other_contacts"].splitlines() == [
        "Assistant's Phone: +1 415-555-0101", "Email: priya@home.example",
        "Home phone: +1 415-555-0177"]


def test_outlook_on_german_windows_anrede_is_no_job_title():
    table = read_source(DATA / "outlook_german.csv")
    assert (table.layout, table.encoding) == ("Microsoft Outlook (German)", "cp1252")
    rows = _rows("outlook_german.csv")
    assert rows[2]["title"] == "Einkaufsleiter"  # not "Herr"
    assert rows[2]["phone"] == "+49 221 123456"  # not the assistant's
    assert rows[2]["address"] == "Hauptstraße 5, Köln, 50667, Deutschland"  # no Postfach
    assert rows[3]["title"] == "Geschäftsführerin"
    assert rows[3]["phone"] == "+49 40 555 1234"
    assert rows[3]["other_contacts"] == "Telefon Assistent: +49 40 555 1299"


def test_google_contacts_older_layout_with_several_emails_in_one_cell():
    table = read_source(DATA / "google_contacts_old.csv")
    assert table.layout == "Google Contacts (older “Google CSV”)"
    row = _rows("google_contacts_old.csv")[2]
    assert (row["first_name"], row["title"]) == ("Rui", "Director Comercial")
    assert row["email"] == "rui.carvalho@portovinhos.example"  # the first of "a ::: b"
    assert row["phone"] == "+351 22 123 4567"  # Work, though Home is Phone 1
    assert row["address"] == "Rua das Flores 120, 4050-265 Porto, Portugal"
    assert row["other_contacts"] == "Other email: rui@casa.example\nHome phone: +351 22 765 4321"


def test_outlook_on_japanese_windows_is_read_as_shift_jis():
    table = read_source(DATA / "outlook_japanese_shiftjis.csv")
    assert table.encoding == "cp932" and table.encoding_guessed
    assert table.layout == "Microsoft Outlook (Japanese)"
    assert any("Shift-JIS" in note for note in table.notes)
    rows = _rows("outlook_japanese_shiftjis.csv")
    assert (rows[2]["last_name"], rows[2]["first_name"]) == ("渡辺", "健二")
    assert rows[2]["title"] == "営業部長"  # 役職, not the courtesy 様
    assert rows[2]["phone"] == "017-734-5678" and rows[2]["mobile"] == "090-1234-5678"
    assert rows[3]["phone"] == "03-3333-4444"  # only a home number: better than none


def test_linkedin_connections_header_under_the_notes_preamble():
    table = read_source(DATA / "linkedin_connections.csv")
    assert (table.layout, table.header_line) == ("LinkedIn Connections", 4)
    assert [line for line, _text in table.header_choices][:4] == [1, 2, 4, 5]
    rows = _rows("linkedin_connections.csv")
    assert sorted(rows) == [5, 6, 7]
    assert rows[5]["linkedin"] == "https://www.linkedin.com/in/maria-okafor-4b1a2c"
    assert "website" not in rows[5]
    assert rows[6]["title"] == "Director, Procurement"
    assert rows[6]["email"] == "sven.lindqvist@fjord.example"
    # The rep can take another line as the header; the wizard reads the file again.
    other = reread(table, header_line=1)
    assert other.headers == ["Notes:"] and other.header_line == 1 and other.layout == ""
    assert reread(other, header_line=4).headers[2] == "URL"


def test_hubspot_export_address_parts_become_one_block(ctx):
    table = read_source(DATA / "hubspot_contacts.csv")
    assert table.layout == "HubSpot"
    rows = _rows("hubspot_contacts.csv")
    assert rows[2]["address"] == ("500 Howard St, Suite 400, San Francisco, California 94105, "
                                  "United States")
    assert rows[2]["timezone"] == "America/Los_Angeles"
    assert rows[2]["mobile"] == "+1 415-555-0142"
    plan = _plan(ctx, "hubspot_contacts.csv")
    assert plan.bad_rows == [] and plan.count("new") == 2


def test_an_unknown_spreadsheet_with_several_numbers_and_address_parts(tmp_path):
    path = tmp_path / "crm.csv"
    path.write_text(
        "Contact,Account,Home Phone,Work Phone,Fax Phone,Home Email,Work Email,"
        "Address Line 1,Address Line 2,City,State,Zip,Country\n"
        "Dana Whitfield,Cedar Dental,555-0101,555-0199,555-0198,dana@home.example,"
        "dana@cedar.example,12 Main St,Suite 4,Austin,TX,78701,USA\n", encoding="utf-8")
    table = read_source(path)
    assert table.layout == ""
    assert table.suggested_mapping() == [
        "full_name", "company", "phone", "phone", "phone", "email", "email", "street",
        "street", "city", "region", "postcode", "country"]
    row = preview_rows(table, table.suggested_mapping(), "UTC")[0].fields
    assert (row["phone"], row["email"]) == ("555-0199", "dana@cedar.example")
    assert row["address"] == "12 Main St, Suite 4, Austin, TX 78701, USA"
    assert row["other_contacts"].splitlines() == [
        "Home email: dana@home.example", "Home phone: 555-0101", "Fax: 555-0198"]


def test_a_merge_keeps_a_different_number_from_the_file(ctx):
    from desktop_app.services.prospects import create_prospect

    existing = create_prospect(ctx, {"first_name": "Maria", "last_name": "Okafor",
                                     "email": "maria.okafor@harbourview.example",
                                     "phone": "+44 20 7000 0000",
                                     "other_contacts": "Desk: 1234",
                                     "timezone": "Europe/London"})
    plan = _plan(ctx, "ios_contacts.vcf")
    assert plan.rows[0].action == "merge"
    run_import(ctx.store, plan, ctx.now())
    row = ctx.store.get_prospect(existing)
    assert row.phone == "+44 20 7000 0000"  # nothing overwritten
    lines = row.other_contacts.splitlines()
    assert lines[0] == "Desk: 1234" and "Phone: +44 20 7946 0321" in lines
    assert "Home phone: +44 117 496 0111" in lines
    run_import(ctx.store, _plan(ctx, "ios_contacts.vcf"), ctx.now())  # again: no repeats
    assert ctx.store.get_prospect(existing).other_contacts.splitlines() == lines


def test_a_file_that_looks_like_a_known_layout_keeps_its_own_columns(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Record ID,First Name,Last Name,Email,Company,Phone\n"
                    "7,Ann,Lee,ann@lee.example,Lee Ltd,555-0100\n", encoding="utf-8")
    table = read_source(path)
    assert table.layout == "HubSpot"
    row = _rows(str(path))[2]
    assert (row["company"], row["phone"], row["email"]) == ("Lee Ltd", "555-0100",
                                                            "ann@lee.example")


# -- vCards ---------------------------------------------------------------------------------


def test_ios_card_takes_pref_then_work_and_keeps_the_rest():
    card = _rows("ios_contacts.vcf")[1]
    assert card["mobile"] == "+44 7700 900123"  # type=pref
    assert card["phone"] == "+44 20 7946 0321"  # WORK, though HOME comes first
    assert card["email"] == "maria.okafor@harbourview.example"
    assert card["address"] == "1 Quay Street, Floor 3, Bristol, BS1 4XX, United Kingdom"
    assert card["website"] == "https://www.harbourview.example"  # "https\://" unescaped
    assert card["linkedin"] == "https://www.linkedin.com/in/maria-okafor"
    assert card["notes"] == ("Budget signed off in March, call after the 15th.\n"
                             "Ask for Daniel about the second site; he runs facilities.")
    assert card["other_contacts"].splitlines() == [
        "Home email: maria.okafor@home.example",
        "Other phone: +44 20 7946 0300",  # Apple's _$!<Other>!$_ label
        "Home phone: +44 117 496 0111",
        "Work fax: +44 20 7946 0399",
        "Home address: 12 Elm Row, Bristol, BS8 1AB, United Kingdom",
    ]


def test_mac_address_book_utf16_big_endian_without_bom():
    table = read_source(DATA / "mac_addressbook_utf16be.vcf")
    assert table.encoding == "utf-16-be"
    assert any("without a byte-order mark" in note for note in table.notes)
    rows = _rows("mac_addressbook_utf16be.vcf")
    assert (rows[1]["first_name"], rows[1]["last_name"]) == ("Jürgen", "Müller")
    assert rows[1]["title"] == "Einkaufsleiter"  # N's "Herr" prefix is no job title
    assert rows[1]["website"] == "http://www.baeckerei-mueller.example"
    assert rows[17] == {"company": "Apple Inc.", "email": "no-reply@apple.example",
                        "phone": "1-800-MY-APPLE", "website": "http://www.apple.ch",
                        "address": "Infinite Loop 1, Cupertino, CA, 95014, United States",
                        "timezone": "Europe/London"}


def test_android_vcard_21_quoted_printable_with_soft_breaks_and_a_cut_card():
    table = read_source(DATA / "android_contacts.vcf")
    rows = {r.line: r for r in preview_rows(table, table.suggested_mapping(), "UTC")}
    jurgen = rows[1].fields
    assert (jurgen["first_name"], jurgen["last_name"]) == ("Jürgen", "Müller")
    assert jurgen["company"] == "Bäckerei Müller GmbH"
    assert jurgen["notes"] == ("Messe Köln, Stand 14.\nRückruf nach der Inventur, nicht vor "
                               "dem 15. – er ist bis dahin im Urlaub.")  # not cut at "="
    assert jurgen["phone"] == "+49 221 123456" and jurgen["mobile"] == "+49 171 2345678"
    assert jurgen["email"] == "j.mueller@baeckerei-mueller.example"
    daniel = rows[18].fields
    assert daniel["phone"] == "+44 117 496 0222"  # TEL;PREF;HOME beats TEL;WORK
    assert rows[27].action == "bad"
    assert rows[27].problems == ["the card has no END:VCARD: the file may be cut short"]
    assert rows[27].fields["last_name"] == "Bello"  # shown, so the rep sees what it is


def test_blackberry_card_without_end_is_reported_with_its_line(ctx):
    plan = _plan(ctx, "blackberry_contacts.vcf")
    bad = {r.line: r.problems for r in plan.bad_rows}
    assert bad == {1: ["the card has no END:VCARD (line 13 starts the next card)"]}
    anna = next(r for r in plan.rows if r.line == 13).fields
    assert anna["phone"] == "+46 8 123 456 78"  # WORK;VOICE, not the HOME before it
    rui = next(r for r in plan.rows if r.line == 1).fields
    assert rui["other_contacts"] == "Work fax: +351 22 123 4568\nPager: +351 96 000 0000"


def test_outlook_2003_save_as_vcard_windows_1252():
    table = read_source(DATA / "outlook2003_save_as.vcf")
    assert table.encoding == "cp1252"
    card = _rows("outlook2003_save_as.vcf")[1]
    assert (card["first_name"], card["last_name"], card["title"]) == (
        "Jürgen", "Müller", "Einkaufsleiter")
    assert card["address"] == "Hauptstraße 5, Köln, 50667, Deutschland"  # ADR;WORK;PREF
    assert card["notes"] == ("Messe Köln, Stand 14. Bestellt zweimal im Jahr, immer kurz "
                             "nach der Inventur.\nRückruf nach dem 15.")
    assert card["email"] == "j.mueller@baeckerei-mueller.example"


def test_evolution_gmail_fullcontact_and_thunderbird_cards():
    sven = _rows("evolution_contacts.vcf")[1]
    assert sven["title"] == "Director, Procurement"
    assert sven["email"] == "sven.lindqvist@fjord.example"  # WORK, after HOME
    assert sven["phone"] == "+46 8 123 456 78"
    priya = _rows("gmail_contacts.vcf")[1]
    assert priya["website"] == "http://www.northwind.example"  # URL:http\://…
    assert priya["linkedin"] == "https://www.linkedin.com/in/priya-raman"
    assert priya["address"] == "500 Howard St, San Francisco, CA, 94105, US"
    tom = _rows("fullcontact.vcf")[1]
    assert (tom["phone"], tom["mobile"]) == ("+44 161 496 0100", "+44 7700 900001")
    others = tom["other_contacts"].splitlines()
    assert len(others) == 12  # 12 numbers, 2 emails, 2 addresses: 4 kept, 12 further
    assert "Fax: +44 161 496 0199" in others and "Pager: +44 7623 900004" in others
    anna = _rows("thunderbird.vcf")[1]
    assert anna["email"] == "anna.lindqvist@fjord.example"  # PREF=1, listed second
    assert anna["timezone"] == "Europe/Stockholm"
    assert anna["other_contacts"] == "Email: anna@hemma.example\nHome phone: +46 8 765 43 21"


def test_the_bat_quoted_printable_without_charset():
    table = read_source(DATA / "thebat_contacts.vcf")
    assert any("Windows-1251" in note for note in table.notes)
    card = _rows("thebat_contacts.vcf")[1]
    assert (card["first_name"], card["last_name"]) == ("Иван", "Иванов")
    assert card["company"] == "ООО «Ромашка»"
    assert card["notes"].startswith("Звонить после обеда")
    # The rep may say which encoding the values are in; the choice is used for them.
    latin = _rows("thebat_contacts.vcf", encoding="cp1252")[1]
    assert latin["last_name"] == "Èâàíîâ"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
@pytest.mark.parametrize(("name", "line", "field", "value"), [
    ("android_contacts.vcf", 1, "last_name", "Müller"),
    ("outlook2003_save_as.vcf", 1, "notes", "Messe Köln, Stand 14. Bestellt zweimal im Jahr, "
     "immer kurz nach der Inventur.\nRückruf nach dem 15."),
    ("thebat_contacts.vcf", 1, "company", "ООО «Ромашка»"),
])
def test_quoted_printable_cards_saved_as_utf16_decode_the_same(tmp_path, codec, name, line,
                                                                 field, value):
    """A card file saved again as UTF-16 (with or without a byte-order mark): its
    QUOTED-PRINTABLE "=C3=BC" is still ASCII text standing for bytes, not UTF-16 ones."""
    source = read_source(DATA / name)
    path = tmp_path / name
    path.write_bytes(source.data.decode(source.encoding).encode(codec))
    assert _rows_of(path)[line][field] == value


def _rows_of(path: Path) -> dict[int, dict[str, str]]:
    table = read_source(path)
    return {r.line: r.fields
            for r in preview_rows(table, table.suggested_mapping(), "Europe/London", limit=50)}


def test_a_quote_never_closed_loses_no_later_row_and_is_reported_with_its_line(ctx,
                                                                                 tmp_path):
    """Outlook-style CSV where one Notes cell opens a quote and never closes it: csv would
    read every later row into that cell, and two contacts would vanish without a word."""
    path = tmp_path / "contacts.csv"
    path.write_bytes(
        b"First Name,Last Name,E-mail Address,Notes\r\n"
        b'Ann,Lee,ann@lee.example,"Met at the fair\r\n'
        b"Bob,Ray,bob@ray.example,Call after Easter\r\n"
        b"Cy,Dee,cy@dee.example,\r\n")
    table = read_source(path)
    plan = prepare_import(ctx.store, table, table.suggested_mapping(), ctx.rep_timezone)
    assert [(r.line, r.action) for r in plan.rows] == [(2, "bad"), (3, "new"), (4, "new")]
    assert "never closed" in plan.rows[0].problems[0]
    assert plan.rows[0].fields["first_name"] == "Ann"  # shown, so the rep knows which
    assert plan.rows[1].fields == {"first_name": "Bob", "last_name": "Ray",
                                   "email": "bob@ray.example", "notes": "Call after Easter",
                                   "timezone": ctx.rep_timezone}
    assert plan.rows[2].fields["email"] == "cy@dee.example"


def test_outlook_exchange_contacts_take_the_address_from_the_display_name(ctx, tmp_path):
    """Outlook exports a contact from an Exchange directory with its directory name in
    "E-mail Address" (E-mail Type "EX"); the address is only in "E-mail Display Name"."""
    text = (DATA / "outlook_full.csv").read_bytes().decode("cp1252").replace(
        '"j.mueller@baeckerei-mueller.example","SMTP"',
        '"/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/'
        'cn=3f2a1b0c-jmueller","EX"')
    path = tmp_path / "outlook_exchange.csv"
    path.write_bytes(text.encode("cp1252"))
    plan = _plan_of(ctx, path)
    juergen = next(r for r in plan.rows if r.line == 2)
    assert juergen.action == "new", juergen.problems
    assert juergen.fields["email"] == "j.mueller@baeckerei-mueller.example"
    assert "/o=" not in juergen.fields.get("other_contacts", "")


def test_control_characters_in_a_file_are_not_stored(ctx, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"First Name,Last Name,E-mail Address,Notes\r\n"
                     b"Ann\x00,Lee\x1b,ann@lee.example,\"Met\x07 at the fair\nCall\x00 back\"\r\n")
    row = _plan_of(ctx, path).rows[0]
    assert row.action == "new", row.problems
    assert (row.fields["first_name"], row.fields["last_name"]) == ("Ann", "Lee")
    assert row.fields["notes"] == "Met at the fair\nCall back"


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_a_card_folded_inside_a_character_reads_as_utf8(tmp_path, bom):
    """Writers that fold at 75 octets split "ü" (C3 BC) across two lines; RFC 6350 asks
    readers to join it again. The whole file was read as ISO-8859-14 instead."""
    line = "NOTE:Rückruf über Köln".encode()
    cut = line.index("ü".encode()) + 1
    path = tmp_path / "octets.vcf"
    path.write_bytes(bom + b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:M\xc3\xbcller;J\xc3\xbcrgen;;;\r\n"
                     + line[:cut] + b"\r\n " + line[cut:] + b"\r\nORG:B\xc3\xa4ckerei\r\n"
                     b"EMAIL:bad-address\r\nEND:VCARD\r\n")
    table = read_source(path)
    assert table.encoding in ("utf-8", "utf-8-sig")
    (row,) = preview_rows(table, table.suggested_mapping(), "Europe/Berlin")
    assert (row.fields["first_name"], row.fields["company"]) == ("Jürgen", "Bäckerei")
    assert row.fields["notes"] == "Rückruf über Köln"
    assert row.line == 1
    assert _rows_of(path)[1]["last_name"] == "Müller"
    assert reread(table, encoding="utf-8").rows == table.rows  # the rep's choice too


def test_one_windows_1252_row_in_a_utf8_file_garbles_no_other_row(ctx, tmp_path):
    """Two exports pasted into one file: twenty UTF-8 rows and one row Excel wrote in
    Windows-1252. Reading the whole file as Windows-1252 made every UTF-8 name
    "JÃ¼rgen"; each row is now read in its own encoding, and the stray line is named."""
    rows = ["First Name,Last Name,Company,E-mail Address"] + [
        f"Jürgen{i},Müller,Bäckerei Grüße,j{i}@mueller.example" for i in range(20)]
    path = tmp_path / "pasted.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8")
                     + "Zoë,Brontë,Café Ñu,zoe@cafe.example\r\n".encode("cp1252"))
    table = read_source(path)
    assert any("but for line 22" in note for note in table.notes)
    plan = _plan_of(ctx, path)
    assert {r.fields["last_name"] for r in plan.rows} == {"Müller", "Brontë"}
    assert plan.rows[-1].fields["company"] == "Café Ñu"
    assert all(r.fields["company"] == "Bäckerei Grüße" for r in plan.rows[:-1])


def _plan_of(ctx, path: Path):
    table = read_source(path)
    return prepare_import(ctx.store, table, table.suggested_mapping(), ctx.rep_timezone)


def test_reserved_test_domains_are_refused_with_the_line(ctx):
    plan = _plan(ctx, "gmail_contacts.vcf")
    assert [(r.line, r.problems) for r in plan.bad_rows] == [
        (20, ["the email address 'test.person@example.invalid' is on a reserved test domain "
              "(.invalid) that cannot receive mail"])]


def test_escapes_and_pref_spellings(tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\\, B\r\nN:B;A;;;\r\n"
        b"URL:http\\://www.apple.ch\r\nNOTE:one\\ntwo\\\\three\\;four\r\n"
        b"EMAIL;TYPE=INTERNET:first@a.example\r\nEMAIL;TYPE=INTERNET,pref:second@a.example\r\n"
        b"END:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:C\r\nN:C;;;;\r\n"
        b"TEL;VALUE=uri;TYPE=work:tel:+1-555-0100\r\nTEL;VALUE=uri;PREF=1:tel:+1-555-0111\r\n"
        b"EMAIL;PREF=2:x@c.example\r\nEMAIL;PREF=1:y@c.example\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:D\r\nTEL;HOME:1\r\nTEL;PREF;VOICE:2\r\nEND:VCARD\r\n"
        b"END:VCARD\r\nstray words\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:E\r\nURL;WORK:http\\://www.e.example/\r\n"
        b"NOTE:Files in C:\\temp\\new\\, see\\; ok\r\nEND:VCARD\r\n")
    table = read_source(path)
    rows = {r.line: r for r in preview_rows(table, table.suggested_mapping(), "UTC", 50)}
    first = rows[1].fields
    assert first["website"] == "http://www.apple.ch"
    assert first["notes"] == "one\ntwo\\three;four"
    assert first["email"] == "second@a.example"
    assert rows[10].fields["phone"] == "+1-555-0111"
    assert rows[10].fields["email"] == "y@c.example"
    assert rows[19].fields["phone"] == "2"
    assert rows[25].problems == ["line 25: END:VCARD without a BEGIN:VCARD"]
    assert rows[26].problems == ["line 26: text outside any contact card"]
    assert rows[27].fields["website"] == "http://www.e.example/"  # 2.1 with a 3.0 habit
    assert rows[27].fields["notes"] == "Files in C:\\temp\\new, see; ok"


# -- choosing among numbers -------------------------------------------------------------------


def test_preferred_then_work_then_first_and_the_rest_kept():
    fields, others = choose([
        ContactPoint("phone", "+1 555 0100", "HOME", order=0),
        ContactPoint("phone", "+1 555 0199", "WORK,VOICE", order=1),
        ContactPoint("phone", "(555) 0199", "", order=2),
        ContactPoint("phone", "+1 555 0122", "WORK,FAX", order=3),
        ContactPoint("email", "a@x.example", "HOME", order=4),
        ContactPoint("email", "b@x.example", "* Other", order=5),
    ])
    assert fields == {"phone": "+1 555 0199", "email": "b@x.example"}
    assert others == ["Home email: a@x.example", "Phone: (555) 0199", "Home phone: +1 555 0100",
                      "Work fax: +1 555 0122"]
    assert nice_label("_$!<Other>!$_", "phone") == "Other phone"
    assert nice_label("Assistant's Phone", "other") == "Assistant's phone"


# -- into the book -------------------------------------------------------------------------


def test_further_numbers_are_stored_and_shown_on_the_profile(ctx):
    plan = _plan(ctx, "google_contacts.csv")
    assert run_import(ctx.store, plan, ctx.now()).created == 3
    row = ctx.store.db.execute(
        "SELECT id, phone, other_contacts FROM prospects WHERE last_name = 'Müller'").fetchone()
    assert row[1] == "+49 221 123456"
    page = load_profile(ctx, row[0])
    assert page.prospect.other_contacts.startswith("Work email: einkauf@")


def test_migration_adds_other_contacts_and_keeps_the_prospects(db_path):
    from sqlite_utils import Database

    from desktop_app.store.database import migrate, user_version
    from desktop_app.store.migrations import MIGRATIONS, m010_other_contacts

    number = MIGRATIONS.index(m010_other_contacts) + 1
    db = Database(sqlite3.connect(db_path), execute_plugins=False)
    migrate(db, db_path, upto=number - 1)
    db.execute("INSERT INTO prospects (first_name, timezone, created_utc, updated_utc) "
               "VALUES ('Ann', 'UTC', '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    db.conn.commit()
    migrate(db, db_path, upto=number)
    assert user_version(db) == number
    assert db.execute("SELECT first_name, other_contacts FROM prospects").fetchall() == [
        ("Ann", "")]


@pytest.mark.parametrize("name", [
    "google_contacts.csv", "google_contacts_old.csv", "outlook_full.csv",
    "outlook_com_contacts.csv",
    "outlook_german.csv", "outlook_japanese_shiftjis.csv",
    "linkedin_connections.csv", "hubspot_contacts.csv", "ios_contacts.vcf",
    "mac_addressbook_utf16be.vcf", "evolution_contacts.vcf", "fullcontact.vcf",
    "thunderbird.vcf", "thebat_contacts.vcf", "outlook2003_save_as.vcf",
])
def test_every_real_file_imports_without_a_problem(ctx, name):
    plan = _plan(ctx, name)
    assert plan.bad_rows == []
    assert run_import(ctx.store, plan, ctx.now()).created == len(plan.rows)


# -- the wizard ------------------------------------------------------------------------------


def _read_page(qtbot, window, name):
    wizard = window.features.data.import_file(DATA / name)
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.read_page)
    return wizard, wizard.read_page


def test_wizard_names_the_layout_and_lets_the_rep_pick_the_header_row(qtbot, qtmodeltester,
                                                                      window, ctx):
    wizard, page = _read_page(qtbot, window, "linkedin_connections.csv")
    assert "LinkedIn Connections" in page.layout_label.text()
    assert page.header.isVisibleTo(page) and page.header.currentData() == 4
    assert page.model.headerData(3, Qt.Orientation.Horizontal) == "URL"
    qtmodeltester.check(page.model)
    page.header.setCurrentIndex(page.header.findData(1))  # "Notes:" as the header
    qtbot.waitUntil(lambda: wizard.table.header_line == 1)
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Notes:"
    assert "does not recognise" in page.layout_label.text()
    page.header.setCurrentIndex(page.header.findData(4))
    qtbot.waitUntil(lambda: wizard.table.header_line == 4)
    wizard.next()
    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    assert "LinkedIn Connections" in mapping.notes.text()
    assert mapping.mapping()[2] == "linkedin"
    qtmodeltester.check(mapping.preview)
    assert mapping.preview.rowCount() == 3
    assert mapping.preview.data(mapping.preview.index(1, 3)) == "Director, Procurement"
    mapping.combos[5].setCurrentIndex(0)  # the rep corrects a column: Position left out
    assert mapping.preview.data(mapping.preview.index(1, 3)) == ""
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None)
    assert wizard.plan.count("new") == 3
    wizard.reject()


def test_wizard_shows_the_encoding_it_chose_and_a_live_preview(qtbot, window):
    wizard, page = _read_page(qtbot, window, "outlook_japanese_shiftjis.csv")
    assert page.encoding.currentData() == "cp932"
    assert "Shift-JIS" in page.encoding.currentText()
    assert page.encoding_note.text() == "chosen by Tickler"
    assert "Microsoft Outlook (Japanese)" in page.layout_label.text()
    column = next(c for c in range(page.model.columnCount())
                  if page.model.headerData(c, Qt.Orientation.Horizontal) == "姓")
    assert page.model.data(page.model.index(0, column)) == "渡辺"
    page.encoding.setCurrentIndex(page.encoding.findData("cp1252"))
    qtbot.waitUntil(lambda: wizard.table.encoding == "cp1252")
    assert "Tickler chose Shift-JIS" in page.encoding_note.text()
    assert page.model.headerData(1, Qt.Orientation.Horizontal) != "敬称"  # garbled now
    page.encoding.setCurrentIndex(page.encoding.findData("cp932"))
    qtbot.waitUntil(lambda: wizard.table.encoding == "cp932")
    assert page.model.data(page.model.index(0, column)) == "渡辺"
    wizard.reject()


def test_wizard_on_a_vcard_has_no_header_row_choice(qtbot, window):
    wizard, page = _read_page(qtbot, window, "mac_addressbook_utf16be.vcf")
    assert not page.header.isVisibleTo(page)
    assert page.encoding.currentData() == "utf-16-be"
    assert "vCard" in page.layout_label.text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page.encoding.setCurrentIndex(page.encoding.findData("utf-8"))  # a wrong choice
    qtbot.waitUntil(lambda: page.error.isVisibleTo(page))
    assert "No contact cards" in page.error.text() and not next_button.isEnabled()
    page.encoding.setCurrentIndex(page.encoding.findData("utf-16-be"))
    qtbot.waitUntil(lambda: not page.error.isVisibleTo(page))
    assert next_button.isEnabled()
    wizard.next()
    preview = wizard.mapping_page.preview
    assert preview.data(preview.index(0, 1)) == "Jürgen Müller"
    wizard.reject()


def test_other_details_survive_an_export_and_import(ctx, tmp_path):
    from desktop_app.services.exporter import export_prospects_csv
    from desktop_app.services.prospects import create_prospect
    from desktop_app.store import Store

    create_prospect(ctx, {"first_name": "Tom", "company": "Baker Build Ltd",
                          "other_contacts": "Home phone: +44 161 496 0001\n"
                                            "Home address: 4 Mill Lane, Stockport",
                          "timezone": "Europe/London"})
    path = tmp_path / "out.csv"
    export_prospects_csv(ctx.store, path)
    other = Store.open(tmp_path / "other.sqlite3")
    try:
        table = read_source(path)
        plan = prepare_import(other, table, table.suggested_mapping(), "UTC")
        run_import(other, plan, ctx.now())
        stored = other.db.execute("SELECT other_contacts FROM prospects").fetchone()[0]
    finally:
        other.close()
    assert stored == "Home phone: +44 161 496 0001\nHome address: 4 Mill Lane, Stockport"


def test_a_single_multi_line_address_becomes_one_postal_line(tmp_path):
    path = tmp_path / "google.csv"
    header = (DATA / "google_contacts.csv").read_text("utf-8").splitlines()[0]
    columns = header.split(",")
    row = ["" for _ in columns]
    row[columns.index("First Name")] = "Ann"
    row[columns.index("Address 1 - Label")] = "Work"
    row[columns.index("Address 1 - Formatted")] = '"1 Quay Street\nBristol BS1 4XX\nUK"'
    path.write_text(header + "\n" + ",".join(row) + "\n", encoding="utf-8")
    assert _rows(str(path))[2]["address"] == "1 Quay Street, Bristol BS1 4XX, UK"
