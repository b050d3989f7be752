"""CSV layouts of the programs reps export from, known by their header row.

A known layout maps its columns by their exact names — the value columns, never the label
or phonetic columns beside them — so the fuzzy guess is only the fallback for a file no
program is recognised in. Each layout lists the headers that identify it (its signature)
and the column names (exact, or a pattern for numbered groups) with the field each fills.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Layout:
    key: str
    name: str  # as the wizard says it: "This looks like a {name} export"
    signature: frozenset[str]
    columns: tuple[tuple[str, str | None], ...]  # (exact header or /regex/, target)
    enough: int = 0  # signature headers that must be present (0: all of them)

    def matches(self, headers: Sequence[str]) -> bool:
        present = {h.strip() for h in headers}
        need = self.enough or len(self.signature)
        return len(self.signature & present) >= need

    def target(self, header: str) -> str | None:
        header = header.strip()
        for pattern, target in self.columns:
            if pattern.startswith("/"):
                if re.fullmatch(pattern.strip("/"), header):
                    return target
            elif pattern == header:
                return target
        return None


_OUTLOOK_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("Title", None),  # the courtesy title: "Mr.", "Herr", never the job title
    ("First Name", "first_name"), ("Last Name", "last_name"), ("Company", "company"),
    ("Job Title", "title"),
    ("Business Street", "street"), ("Business Street 2", "street"),
    ("Business Street 3", "street"), ("Business City", "city"),
    ("Business State", "region"), ("Business Postal Code", "postcode"),
    ("Business Country/Region", "country"), ("Business Country", "country"),
    ("Home Street", "street"), ("Home Street 2", "street"), ("Home Street 3", "street"),
    ("Home City", "city"), ("Home State", "region"), ("Home Postal Code", "postcode"),
    ("Home Country/Region", "country"), ("Home Country", "country"),
    ("Other Street", "street"), ("Other Street 2", "street"), ("Other Street 3", "street"),
    ("Other City", "city"), ("Other State", "region"), ("Other Postal Code", "postcode"),
    ("Other Country/Region", "country"), ("Other Country", "country"),
    ("Business Phone", "phone"), ("Business Phone 2", "phone"),
    ("Company Main Phone", "phone"), ("Primary Phone", "phone"), ("Home Phone", "phone"),
    ("Home Phone 2", "phone"), ("Other Phone", "phone"), ("Car Phone", "phone"),
    ("Mobile Phone", "mobile"),
    ("Assistant's Phone", "other_contacts"), ("Business Fax", "other_contacts"),
    ("Home Fax", "other_contacts"), ("Other Fax", "other_contacts"),
    ("Pager", "other_contacts"),
    ("E-mail Address", "email"), ("E-mail 2 Address", "email"), ("E-mail 3 Address", "email"),
    ("Notes", "notes"), ("Web Page", "website"),
)

# Outlook on a German Windows writes the same layout with German names.
_OUTLOOK_DE_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("Anrede", None), ("Vorname", "first_name"), ("Nachname", "last_name"),
    ("Firma", "company"), ("Position", "title"),
    ("Straße geschäftlich", "street"), ("Straße geschäftlich 2", "street"),
    ("Straße geschäftlich 3", "street"), ("Ort geschäftlich", "city"),
    ("Region geschäftlich", "region"), ("Postleitzahl geschäftlich", "postcode"),
    ("Land/Region geschäftlich", "country"), ("Land geschäftlich", "country"),
    ("Straße privat", "street"), ("Ort privat", "city"), ("Region privat", "region"),
    ("Postleitzahl privat", "postcode"), ("Land/Region privat", "country"),
    ("Telefon geschäftlich", "phone"), ("Telefon geschäftlich 2", "phone"),
    ("Telefon Firma", "phone"), ("Haupttelefon", "phone"), ("Telefon privat", "phone"),
    ("Telefon privat 2", "phone"), ("Weiteres Telefon", "phone"),
    ("Mobiltelefon", "mobile"),
    ("Telefon Assistent", "other_contacts"), ("Fax geschäftlich", "other_contacts"),
    ("Fax privat", "other_contacts"), ("Weiteres Fax", "other_contacts"),
    ("Pager", "other_contacts"),
    ("E-Mail-Adresse", "email"), ("E-Mail 2: Adresse", "email"),
    ("E-Mail 3: Adresse", "email"), ("Notizen", "notes"), ("Webseite", "website"),
)

# Outlook on a Japanese Windows (the file comes as Shift-JIS).
_OUTLOOK_JA_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("敬称", None), ("姓", "last_name"), ("名", "first_name"), ("会社名", "company"),
    ("役職", "title"),
    ("番地 (会社)", "street"), ("番地 2 (会社)", "street"), ("番地 3 (会社)", "street"),
    ("市区町村 (会社)", "city"), ("都道府県 (会社)", "region"),
    ("郵便番号 (会社)", "postcode"), ("国/地域 (会社)", "country"),
    ("番地 (自宅)", "street"), ("市区町村 (自宅)", "city"), ("都道府県 (自宅)", "region"),
    ("郵便番号 (自宅)", "postcode"), ("国/地域 (自宅)", "country"),
    ("会社電話", "phone"), ("会社電話 2", "phone"), ("会社代表電話", "phone"),
    ("自宅電話", "phone"), ("その他の電話", "phone"), ("携帯電話", "mobile"),
    ("会社 FAX", "other_contacts"), ("自宅 FAX", "other_contacts"),
    ("アシスタントの電話", "other_contacts"),
    ("電子メール アドレス", "email"), ("電子メール 2 アドレス", "email"),
    ("電子メール 3 アドレス", "email"), ("メモ", "notes"), ("Web ページ", "website"),
)

_GOOGLE_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("First Name", "first_name"), ("Last Name", "last_name"),
    ("Organization Name", "company"), ("Organization Title", "title"), ("Notes", "notes"),
    ("/E-mail \\d+ - Value/", "email"), ("/Phone \\d+ - Value/", "phone"),
    ("/Address \\d+ - Formatted/", "address"), ("/Website \\d+ - Value/", "website"),
)

_GOOGLE_OLD_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("Name", "full_name"), ("Given Name", "first_name"), ("Family Name", "last_name"),
    ("Organization 1 - Name", "company"), ("Organization 1 - Title", "title"),
    ("Notes", "notes"),
    ("/E-mail \\d+ - Value/", "email"), ("/Phone \\d+ - Value/", "phone"),
    ("/Address \\d+ - Formatted/", "address"), ("/Website \\d+ - Value/", "website"),
)

_LINKEDIN_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("First Name", "first_name"), ("Last Name", "last_name"), ("URL", "linkedin"),
    ("Email Address", "email"), ("Company", "company"), ("Position", "title"),
)

_HUBSPOT_COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("First Name", "first_name"), ("Last Name", "last_name"), ("Email", "email"),
    ("Phone Number", "phone"), ("Mobile Phone Number", "mobile"),
    ("Company Name", "company"), ("Job Title", "title"),
    ("Street Address", "street"), ("City", "city"), ("State/Region", "region"),
    ("Postal Code", "postcode"), ("Zip", "postcode"), ("Country/Region", "country"),
    ("Website URL", "website"), ("LinkedIn Bio", None), ("Twitter Username", "twitter"),
    ("Time Zone", "timezone"), ("Fax Number", "other_contacts"),
    ("Additional email addresses", "email"),
)

LAYOUTS: tuple[Layout, ...] = (
    Layout("google", "Google Contacts",
           frozenset({"First Name", "Last Name", "Organization Name", "Organization Title",
                      "E-mail 1 - Value", "Phone 1 - Value", "Phonetic First Name",
                      "E-mail 1 - Label", "Labels", "File As"}), _GOOGLE_COLUMNS, enough=4),
    Layout("google-old", "Google Contacts (older “Google CSV”)",
           frozenset({"Name", "Given Name", "Family Name", "Additional Name", "Yomi Name",
                      "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
                      "Organization 1 - Name"}), _GOOGLE_OLD_COLUMNS, enough=4),
    Layout("outlook", "Microsoft Outlook",
           frozenset({"First Name", "Last Name", "Job Title", "Business Street",
                      "Business Phone", "E-mail Address", "Mobile Phone",
                      "Assistant's Phone", "Company", "Home Phone"}), _OUTLOOK_COLUMNS,
           enough=5),
    Layout("outlook-de", "Microsoft Outlook (German)",
           frozenset({"Vorname", "Nachname", "Firma", "Position", "Telefon geschäftlich",
                      "E-Mail-Adresse", "Mobiltelefon", "Straße geschäftlich"}),
           _OUTLOOK_DE_COLUMNS, enough=4),
    Layout("outlook-ja", "Microsoft Outlook (Japanese)",
           frozenset({"姓", "名", "会社名", "役職", "電子メール アドレス", "会社電話",
                      "携帯電話", "敬称"}), _OUTLOOK_JA_COLUMNS, enough=4),
    Layout("linkedin", "LinkedIn Connections",
           frozenset({"First Name", "Last Name", "Company", "Position", "Connected On"}),
           _LINKEDIN_COLUMNS),
    Layout("hubspot", "HubSpot",
           frozenset({"Record ID", "First Name", "Last Name", "Email", "Contact owner",
                      "Lifecycle Stage", "Phone Number", "Create Date",
                      "Associated Company"}), _HUBSPOT_COLUMNS, enough=4),
)


def detect_layout(headers: Sequence[str]) -> Layout | None:
    """The program whose export this header row is, if Tickler knows it."""
    for layout in LAYOUTS:
        if layout.matches(headers):
            return layout
    return None


def layout_mapping(layout: Layout, headers: Sequence[str]) -> list[str | None]:
    return [layout.target(h) for h in headers]


_LABEL_COLUMN = re.compile(r"(.*) - (Label|Type)", re.I)
_ADDRESS_PART = re.compile(
    r"\b(?:(?:address(?: line)?|street(?: address)?|line|adresse)\s*\d*|city|"
    r"state(?:/region)?|region|postal code|zip(?: code)?|town|province|county|"
    r"country(?:/region)?|straße(?:\s*\d+)?|ort|postleitzahl|land(?:/region)?)\b|番地\s*\d*|"
    r"市区町村|都道府県|郵便番号|国/地域", re.I)


def column_labels(headers: Sequence[str]) -> list[str | int]:
    """Per column: the index of the column holding its label per row ("E-mail 1 - Label"
    for "E-mail 1 - Value"), or the label its own header gives ("Business Phone")."""
    index = {h.strip().lower(): i for i, h in enumerate(headers)}
    labels: list[str | int] = []
    for header in headers:
        stem = re.match(r"(.*) - (?:Value|Formatted|Street|City|Region|Postal Code|Country)$",
                        header.strip(), re.I)
        found: str | int = header
        if stem:
            for word in ("label", "type"):
                at = index.get(f"{stem.group(1)} - {word}".lower())
                if at is not None:
                    found = at
                    break
        labels.append(found)
    return labels


def address_group(header: str) -> str:
    """Which address a part column belongs to: "Business Street 2" -> "business",
    "Address 2 - City" -> "address 2", "Zip" -> ""."""
    stem, dash, _part = header.partition(" - ")
    if dash:
        return stem.strip().lower()
    text = _ADDRESS_PART.sub(" ", header)
    text = re.sub(r"\b\d+\b", " ", re.sub(r"[^\w\s()]", " ", text))
    return " ".join(text.split()).lower()


def is_label_column(header: str) -> bool:
    return bool(_LABEL_COLUMN.fullmatch(header.strip()))
