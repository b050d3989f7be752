"""Bringing prospects in from a CSV or vCard file another tool exported.

Three steps, each usable without a window: ``read_source`` reads a messy file into rows with
their line numbers; ``prepare_import`` maps and checks every row against the book (bad rows,
duplicates in the file, merges with existing prospects by email); ``run_import`` writes the
chosen rows in ONE transaction, so a cancel or a crash leaves the book as it was.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..domain.i18n import QT_TR_NOOP, tr
from ..domain.localtime import is_valid_zone
from ..store import imports
from ..store.book_tables import set_columns
from ..store.store import PROSPECT_FIELDS, Store, db_time
from . import book_layout
from .contact_points import (
    ContactPoint,
    choose,
    one_line,
    postal_block,
    route,
    work_hint,
)
from .context import Cancelled, ValidationError
from .layouts import (
    address_group,
    column_labels,
    detect_layout,
    is_label_column,
    layout_mapping,
)
from .prospects import MULTILINE_FIELDS, check_email

# The fields a column can be imported as; "full_name" is split into first and last, and
# the address parts of one address (Business Street, Business City…) become one block.
TARGETS: dict[str, str] = {
    "first_name": QT_TR_NOOP("First name"),
    "last_name": QT_TR_NOOP("Last name"),
    "full_name": QT_TR_NOOP("Full name"),
    "company": QT_TR_NOOP("Company"),
    "title": QT_TR_NOOP("Job title"),
    "email": QT_TR_NOOP("Email"),
    "phone": QT_TR_NOOP("Phone"),
    "mobile": QT_TR_NOOP("Mobile"),
    "timezone": QT_TR_NOOP("Time zone"),
    "address": QT_TR_NOOP("Address"),
    "street": QT_TR_NOOP("Address: street"),
    "city": QT_TR_NOOP("Address: city"),
    "region": QT_TR_NOOP("Address: state or region"),
    "postcode": QT_TR_NOOP("Address: postal code"),
    "country": QT_TR_NOOP("Address: country"),
    "website": QT_TR_NOOP("Website"),
    "linkedin": QT_TR_NOOP("LinkedIn"),
    "blog": QT_TR_NOOP("Blog"),
    "twitter": QT_TR_NOOP("Twitter / X"),
    "facebook": QT_TR_NOOP("Facebook"),
    "notes": QT_TR_NOOP("Notes"),
    "other_contacts": QT_TR_NOOP("Other numbers and addresses"),
}
NO_NAME = QT_TR_NOOP("no name and no company")
ADDRESS_PARTS = ("street", "city", "region", "postcode", "country")
# Fields several columns may go to: the preferred or work one is kept in the field, the
# others under Other numbers and addresses; nothing is silently dropped.
MULTI_TARGETS = frozenset({"email", "phone", "mobile", "address", "website", "other_contacts",
                           *ADDRESS_PARTS})
_POINT_TARGETS = ("email", "phone", "mobile", "address", "website")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("firstname", "first", "givenname", "given", "forename", "prenom",
                   "vorname", "nombre", "contactfirstname", "fname", "名"),
    "last_name": ("lastname", "last", "surname", "familyname", "family", "nom", "nachname",
                  "apellido", "apellidos", "contactlastname", "lname", "姓"),
    "full_name": ("fullname", "name", "contact", "contactname", "displayname", "person",
                  "prospect", "fn", "氏名", "名前"),
    "company": ("company", "companyname", "organization", "organisation", "org", "account",
                "accountname", "business", "employer", "firm", "firma", "empresa", "会社名",
                "会社"),
    "title": ("title", "jobtitle", "position", "role", "job", "designation", "役職"),
    "email": ("email", "emailaddress", "mail", "email1", "primaryemail", "workemail",
              "businessemail", "emailaddress1", "courriel", "correo", "電子メールアドレス",
              "メールアドレス", "メール"),
    "phone": ("phone", "phonenumber", "telephone", "tel", "workphone", "businessphone",
              "officephone", "directphone", "phone1", "direct", "landline", "telefon",
              "telefono", "会社電話", "電話", "電話番号"),
    "mobile": ("mobile", "mobilephone", "cell", "cellphone", "cellular", "mobilenumber",
               "handy", "movil", "gsm", "携帯電話", "携帯"),
    "timezone": ("timezone", "tz", "zone", "tzname", "ianatimezone", "zeitzone", "fuseau",
                 "fuseauhoraire", "zonahoraria"),
    "address": ("address", "mailingaddress", "postaladdress", "businessaddress",
                "workaddress", "fulladdress", "adr", "住所"),
    "street": ("street", "streetaddress", "addressline1", "addressline2", "addressline3",
               "address1", "address2", "address3", "street1", "street2", "strasse", "straße",
               "rue", "calle", "番地"),
    "city": ("city", "town", "locality", "ort", "stadt", "ville", "ciudad", "市区町村"),
    "region": ("state", "region", "province", "county", "stateregion", "stateprovince",
               "bundesland", "都道府県"),
    "postcode": ("zip", "zipcode", "postcode", "postalcode", "plz", "postleitzahl",
                 "codepostal", "郵便番号"),
    "country": ("country", "countryregion", "pays", "pais", "国", "国地域"),
    "website": ("website", "web", "url", "homepage", "site", "webpage", "companywebsite",
                "www"),
    "linkedin": ("linkedin", "linkedinurl", "linkedinprofile", "personlinkedinurl", "li"),
    "blog": ("blog", "blogurl"),
    "twitter": ("twitter", "twitterhandle", "x", "xhandle", "twitterurl"),
    "facebook": ("facebook", "facebookurl", "fb"),
    "notes": ("notes", "note", "comments", "comment", "description", "remarks", "memo",
              "bemerkung", "notizen", "remarques", "notas", "メモ"),
}
_HEADER_TO_TARGET = {syn: target for target, syns in _SYNONYMS.items() for syn in syns}
_HEADER_TO_TARGET.update({re.sub(r"[^\w]", "", label.lower()): key
                          for key, label in TARGETS.items() if key not in ADDRESS_PARTS})

# Zones people type that are not IANA names.
ZONE_ALIASES = {
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "et": "America/New_York", "cst": "America/Chicago", "cdt": "America/Chicago",
    "central": "America/Chicago", "ct": "America/Chicago", "mst": "America/Denver",
    "mdt": "America/Denver", "mountain": "America/Denver", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles", "gmt": "UTC", "utc": "UTC", "z": "UTC",
    "bst": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "aest": "Australia/Sydney",
}

CHUNK = 2000

# A plain ASCII address (dot-atom local part, letters-digits-hyphens domain, alphabetic top
# level): every one of these passes email-validator unchanged but for a lower-cased domain.
# Anything else goes through check_email (email-validator), which is 30x slower.
_PLAIN_EMAIL = re.compile(
    r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})")
_SPECIAL_USE_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


class ImportCancelled(Cancelled):
    """The rep cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class SourceTable:
    """A file's rows, as text, each with the line it starts on.

    ``layout`` names the program whose export this is ("Google Contacts"), or is empty;
    ``header_line`` is the line the header row was taken from (0 for vCards), and
    ``header_choices`` the first lines the rep may pick as the header instead.
    ``problems`` holds, by line, what is wrong with a row the file itself got wrong (a card
    with no END:VCARD); ``data`` is the file's bytes, to read it again another way.
    """

    path: Path | None
    kind: str  # "csv" | "vcard"
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str = ","
    notes: tuple[str, ...] = ()
    layout: str = ""
    header_line: int = 0
    header_choices: tuple[tuple[int, str], ...] = ()
    problems: dict[int, tuple[str, ...]] = field(default_factory=dict)
    encoding_guessed: bool = False
    data: bytes = field(default=b"", repr=False)
    extras: book_layout.BookExtras | None = None  # a Tickler export's answers and history

    def suggested_mapping(self) -> list[str | None]:
        """The known layout's columns by their exact names, else the fuzzy guess."""
        layout = detect_layout(self.headers) if self.kind == "csv" else None
        if layout is None:
            mapping = guess_mapping(self.headers)
            if self.kind == "csv":  # "Work Phone" and "Home Phone": both, the work one first
                for column, header in enumerate(self.headers):
                    target = _guess_one(header)
                    if mapping[column] is None and target in _POINT_TARGETS:
                        mapping[column] = target
            return mapping
        mapping = layout_mapping(layout, self.headers)
        named = {h for h in self.headers if any(p == h.strip() for p, _ in layout.columns)}
        # A column the program's layout does not name ("Time Zone" added to an Outlook
        # file) is matched only by an exact known name, and only to a field still free.
        used = {t for t in mapping if t}
        if used & set(ADDRESS_PARTS):
            used.add("address")
        for column, header in enumerate(self.headers):
            if mapping[column] is None and header not in named and not is_label_column(header):
                target = _HEADER_TO_TARGET.get(_normal_header(header))
                if target and target not in used:
                    mapping[column] = target
                    used.add(target)
        return mapping


@dataclass(slots=True)
class PreparedRow:
    line: int
    fields: dict[str, str]
    action: str  # "new" | "merge" | "bad"
    problems: list[str] = field(default_factory=list)
    existing_id: int | None = None
    existing_name: str = ""
    zone_defaulted: bool = False


@dataclass(slots=True)
class ImportPlan:
    rows: list[PreparedRow]
    rep_timezone: str
    notes: list[str] = field(default_factory=list)
    extras: book_layout.BookExtras | None = None

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def zone_defaulted(self) -> int:
        return sum(1 for r in self.rows if r.zone_defaulted and r.action != "bad")

    @property
    def bad_rows(self) -> list[PreparedRow]:
        return [r for r in self.rows if r.action == "bad"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: int
    merged: int
    skipped: int


Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


# -- reading ----------------------------------------------------------------------------


# Encodings a rep can choose in the wizard: the codec name and how it is shown.
ENCODINGS: dict[str, str] = {
    "utf-8": QT_TR_NOOP("UTF-8"),
    "utf-16": QT_TR_NOOP("UTF-16 (with byte-order mark)"),
    "utf-16-le": QT_TR_NOOP("UTF-16 little-endian"),
    "utf-16-be": QT_TR_NOOP("UTF-16 big-endian"),
    "cp1252": QT_TR_NOOP("Windows-1252 (Western European)"),
    "iso8859-1": QT_TR_NOOP("Latin-1 (ISO 8859-1)"),
    "iso8859-15": QT_TR_NOOP("Latin-9 (ISO 8859-15)"),
    "mac-roman": QT_TR_NOOP("Mac OS Roman"),
    "cp1250": QT_TR_NOOP("Windows-1250 (Central European)"),
    "iso8859-2": QT_TR_NOOP("Latin-2 (ISO 8859-2)"),
    "cp1251": QT_TR_NOOP("Windows-1251 (Cyrillic)"),
    "koi8-r": QT_TR_NOOP("KOI8-R (Russian)"),
    "cp1253": QT_TR_NOOP("Windows-1253 (Greek)"),
    "cp1254": QT_TR_NOOP("Windows-1254 (Turkish)"),
    "cp1257": QT_TR_NOOP("Windows-1257 (Baltic)"),
    "cp932": QT_TR_NOOP("Shift-JIS (Japanese, Windows)"),
    "euc-jp": QT_TR_NOOP("EUC-JP (Japanese)"),
    "iso2022-jp": QT_TR_NOOP("ISO-2022-JP (Japanese mail)"),
    "gb18030": QT_TR_NOOP("GB18030 (Chinese, simplified)"),
    "big5": QT_TR_NOOP("Big5 (Chinese, traditional)"),
    "euc-kr": QT_TR_NOOP("EUC-KR (Korean)"),
    "cp1255": QT_TR_NOOP("Windows-1255 (Hebrew)"),
    "cp1256": QT_TR_NOOP("Windows-1256 (Arabic)"),
    "cp874": QT_TR_NOOP("Windows-874 (Thai)"),
}


def encoding_name(name: str) -> str:
    """The key in ENCODINGS for any spelling of a codec ("utf_16_be", "Shift_JIS")."""
    import codecs

    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return name
    if codec == "shift_jis":
        return "cp932"  # Windows writes cp932, a superset; it reads plain Shift-JIS too
    for key in ENCODINGS:
        if codecs.lookup(key).name == codec:
            return key
    return codec


def encoding_label(name: str) -> str:
    key = encoding_name(name)
    return ENCODINGS.get(key, key)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no byte-order mark (Mac Address Book) shows as NULs on every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even > 3 * max(odd, 1):
        return "utf-16-be"
    if odd > 3 * max(even, 1):
        return "utf-16-le"
    return None


def detect_encoding(data: bytes, declared: str | None = None) -> str:
    """The most likely encoding of bytes that are not UTF-8 (charset-normalizer decides).

    ``declared`` is what the file itself names (a vCard's CHARSET=), used when it fits.
    Among Western single-byte code pages that read the bytes the same, Windows-1252 wins.
    """
    if declared:
        try:
            data.decode(declared)
            return encoding_name(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return "cp1252"
    could_be = {encoding_name(c) for c in best.could_be_from_charset}
    if "cp1252" in could_be:
        return "cp1252"
    return encoding_name(best.encoding)


def decode_bytes(data: bytes, encoding: str | None = None,
                 declared: str | None = None) -> tuple[str, str, list[str]]:
    """Text, the encoding used, and notes for the rep about what was guessed.

    ``encoding`` is the rep's own choice; without it a byte-order mark decides, then UTF-8,
    then the detector.
    """
    notes: list[str] = []
    if encoding:
        key = encoding_name(encoding)
        if key == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        if key == "utf-8":
            data = _mend_split_folds(data)
        return data.decode(key, errors="replace").lstrip("\ufeff"), key, notes
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", notes
    if data.startswith(b"\xef\xbb\xbf"):
        return (_mend_split_folds(data[3:]).decode("utf-8", errors="replace"), "utf-8-sig",
                notes)
    wide = _utf16_without_bom(data)
    if wide is not None:
        notes.append(tr("The file is {encoding} without a byte-order mark.").format(
            encoding=tr(ENCODINGS[wide])))
        return data.decode(wide, errors="replace").lstrip("\ufeff"), wide, notes
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    mended = _mend_split_folds(data)
    if mended is not data:
        try:
            return mended.decode("utf-8"), "utf-8", notes
        except UnicodeDecodeError:
            pass
    mixed = _utf8_with_stray_lines(data)
    if mixed is not None:
        text, lines = mixed
        listed = ", ".join(str(n) for n in lines)
        if len(lines) == 1:
            note = tr("The file is UTF-8 but for line {lines}, written in Windows-1252 (a row "
                      "pasted in from elsewhere); it was read as such. Check it in the "
                      "preview.")
        else:
            note = tr("The file is UTF-8 but for lines {lines}, written in Windows-1252 (rows "
                      "pasted in from elsewhere); they were read as such. Check them in the "
                      "preview.")
        notes.append(note.format(lines=listed))
        return text, "utf-8", notes
    key = detect_encoding(data, declared)
    notes.append(tr("The file is not UTF-8; it was read as {encoding}. Check the names in "
                    "the preview, or choose another encoding.").format(
        encoding=tr(encoding_label(key))))
    return data.decode(key, errors="replace"), key, notes


# A vCard line folded after a fixed number of octets, in the middle of a UTF-8 character
# ("M\xc3" CRLF SPACE "\xbcller"): RFC 6350 asks readers to put the character back together.
_FOLD_IN_CHARACTER = re.compile(rb"(\r\n|\r|\n)([ \t])([\x80-\xbf]+)")


_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|"
                         rb"[\xf0-\xf4][\x80-\xbf]{3}")
_MAX_STRAY = 50
_STRAY_BYTE = re.compile("[\udc80-\udcff]")


def _utf8_with_stray_lines(data: bytes) -> tuple[str, list[int]] | None:
    """A UTF-8 file with a few lines in Windows-1252 (rows pasted together from two
    programs): the text, each stray byte read as Windows-1252, and the lines they are on.
    None when the file is not mostly UTF-8: then it is one code page, which the detector
    finds (one stray row must not turn every other name into "JÃ¼rgen")."""
    head = data[:65536]  # a file in one code page shows it at once: cheap to turn away
    if len(_STRAY_BYTE.findall(head.decode("utf-8", errors="surrogateescape"))) > \
            len(_UTF8_MULTI.findall(head)):
        return None
    good = len(_UTF8_MULTI.findall(data))
    if not good:
        return None
    text = data.decode("utf-8", errors="surrogateescape")  # a stray byte: U+DC80…U+DCFF
    stray = [m.start() for m in _STRAY_BYTE.finditer(text)]
    if len(stray) >= good:
        return None
    lines = sorted({text.count("\n", 0, at) + 1 for at in stray[:_MAX_STRAY * 4]})
    if len(lines) > _MAX_STRAY:
        return None
    return _STRAY_BYTE.sub(
        lambda m: bytes([ord(m.group(0)) - 0xDC00]).decode("cp1252", errors="replace"),
        text), lines


def _mend_split_folds(data: bytes) -> bytes:
    """A vCard's folds moved to after the character they split (the line count stays, so
    every problem keeps its line number). Other data, and a vCard in valid UTF-8, are
    returned as they are."""
    if data.lstrip(b" \t\r\n")[:11].upper() != b"BEGIN:VCARD" or not \
            _FOLD_IN_CHARACTER.search(data):
        return data
    return _FOLD_IN_CHARACTER.sub(lambda m: m.group(3) + m.group(1) + m.group(2), data)


_CHARSET_PARAM = re.compile(rb"CHARSET=\"?([A-Za-z0-9_.:-]+)", re.I)


def read_source(path: Path | str, *, encoding: str | None = None,
                header_line: int | None = None) -> SourceTable:
    """Read a CSV (any common delimiter) or a vCard file into rows with line numbers.

    ``encoding`` and ``header_line`` are the rep's choices; without them both are detected.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(tr("Could not read {file}: {error}.").format(
            file=path.name, error=exc.strerror or exc)) from exc
    return parse_source(data, path, encoding=encoding, header_line=header_line)


def parse_source(data: bytes, path: Path | None = None, *, encoding: str | None = None,
                 header_line: int | None = None) -> SourceTable:
    """``read_source`` for bytes already read: the wizard reads a file again this way."""
    if data.startswith(b"PK\x03\x04"):
        return replace(read_tickler_zip(data, path), data=data)
    declared = _CHARSET_PARAM.search(data[:200_000])
    text, used, notes = decode_bytes(data, encoding,
                                     declared.group(1).decode("ascii") if declared else None)
    looks_vcard = text.lstrip("\ufeff \r\n\t")[:11].upper() == "BEGIN:VCARD"
    if looks_vcard or (path is not None and path.suffix.lower() in (".vcf", ".vcard")):
        table = read_vcards(text, path, used, notes, chosen=encoding)
    else:
        table = read_csv_text(text, path, used, notes, header_line=header_line)
    return replace(table, data=data, encoding_guessed=encoding is None)


def reread(table: SourceTable, *, encoding: str | None = None,
           header_line: int | None = None) -> SourceTable:
    """The same file read with another encoding or header row (the wizard's live preview)."""
    return parse_source(table.data, table.path, encoding=encoding or table.encoding,
                        header_line=header_line)


def _choose_delimiter(lines: Sequence[str]) -> str:
    """The delimiter that splits the most of the first lines into the same number of cells.

    A preamble (LinkedIn's "Notes:") or a sentence with commas in it does not fool it.
    """
    sample = "\n".join(lines)
    best, best_score = ",", 0
    for delimiter in ",;\t|":
        try:
            widths = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter)
                      if any(c.strip() for c in r)]
        except csv.Error:
            continue
        wide = [w for w in widths if w > 1]
        if not wide:
            continue
        common = max(set(wide), key=lambda w: (wide.count(w), w))
        score = wide.count(common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def sniff_delimiter(text: str) -> str:
    return _choose_delimiter([line for line in text.splitlines()[:40] if line.strip()])


def _find_header(records: Sequence[tuple[int, list[str]]]) -> int:
    """Which of the first records is the header row: a known program's, else the one with
    the most column names Tickler knows, else the first as wide as most rows."""
    head = records[:30]
    for index, (_line, cells) in enumerate(head):
        if detect_layout(cells) is not None:
            return index
    hits = [sum(1 for c in cells if _normal_header(c) in _HEADER_TO_TARGET)
            for _line, cells in head]
    if hits and max(hits) >= 2:
        return hits.index(max(hits))
    widths = [len([c for c in cells if c]) for _line, cells in head]
    if not widths:
        return 0
    common = max(set(widths), key=lambda w: (widths.count(w), w))
    return next(i for i, w in enumerate(widths) if w >= common)


def read_csv_text(text: str, path: Path | None = None, encoding: str = "utf-8",
                  notes: Sequence[str] = (), *, header_line: int | None = None) -> SourceTable:
    notes = list(notes)
    text = text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text)
    records, problems = _csv_records(text, delimiter)
    if not records:
        raise ValidationError(tr("The file is empty: there is no header row."))
    if header_line is not None:
        found = next((i for i, (ln, _c) in enumerate(records) if ln >= header_line), None)
        if found is None:
            raise ValidationError(tr("Line {line} is past the end of the file.").format(
                line=header_line))
        at = found
    else:
        at = _find_header(records)
    header_at, headers = records[at]
    rows = records[at + 1:]
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    extras = None
    if book_layout.is_tickler_export(headers):
        headers, rows, extras = book_layout.split_prospects(headers, rows)
        notes.append(tr("The qualification answers come in too."))
    names = {";": tr("Columns are separated by semicolons."),
             "\t": tr("Columns are separated by tabs."),
             "|": tr("Columns are separated by bars.")}
    if delimiter in names:
        notes.append(names[delimiter])
    if at:
        notes.append(tr("The header row is line {line}; the %n line(s) above it are not "
                        "contacts.", None, at).format(line=header_at))
    choices = tuple((ln, ", ".join(c for c in cells if c)[:120]) for ln, cells in records[:30])
    layout = detect_layout(headers)
    name = book_layout.LAYOUT_NAME if extras is not None else layout.name if layout else ""
    return SourceTable(path, "csv", headers, rows, encoding, delimiter, tuple(notes),
                       layout=name, header_line=header_at, header_choices=choices,
                       extras=extras,
                       problems={ln: p for ln, p in problems.items() if ln > header_at})


def read_tickler_zip(data: bytes, path: Path | None = None) -> SourceTable:
    """A whole-book export (a ZIP of Tickler's CSV files): prospects, answers and history."""
    name = path.name if path else tr("The file")
    try:
        prospects, history = book_layout.read_book_zip(data)
    except ValueError as exc:
        raise ValidationError(f"{name}: {exc}.") from exc
    table = read_csv_text(prospects, path, "utf-8")
    if table.extras is None:
        raise ValidationError(tr("{file}: it is a ZIP file but not a Tickler export.").format(
            file=name))
    book_layout.attach_history(table.extras, history)
    notes = (tr("The whole book: qualification answers, compelling events and history come "
                "in with each new prospect."),)
    return replace(table, notes=notes)


_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def _csv_records(text: str, delimiter: str) -> tuple[list[tuple[int, list[str]]],
                                                     dict[int, tuple[str, ...]]]:
    """The non-empty records with the line each starts on, and the rows the file broke.

    A cell that opens a quote and never closes it would swallow every later row into one
    cell without a word: that row is reported with its line, and reading goes on from the
    line after it, so the rows below it are not lost.
    """
    records: list[tuple[int, list[str]]] = []
    problems: dict[int, tuple[str, ...]] = {}
    offset, chunk = 0, text
    while True:
        reader = csv.reader(io.StringIO(chunk, newline=""), delimiter=delimiter)
        line = start = 1
        kept = False  # whether the last record read was kept
        try:
            for record in reader:
                start, line = line, reader.line_num + 1
                cells = [c.strip() for c in record]
                kept = any(cells)
                if kept:
                    records.append((offset + start, cells))
        except csv.Error as exc:
            raise ValidationError(tr("Line {line}: the file is not a readable CSV "
                                     "({error}).").format(line=offset + reader.line_num,
                                                          error=exc)) from exc
        unclosed = None
        if line - start > 1:  # the last record runs over several lines
            physical = [m.group(0) for m in _PHYSICAL_LINE.finditer(chunk) if m.group(0)]
            rest = "".join(physical[start - 1:])
            try:
                list(csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter,
                                strict=True))
            except csv.Error as exc:
                if "unexpected end of data" in str(exc):
                    unclosed = start, physical
                    if kept:
                        records.pop()
        if unclosed is None:
            return records, problems
        start, physical = unclosed
        first = next(csv.reader(io.StringIO(physical[start - 1], newline=""),
                                delimiter=delimiter), [])
        records.append((offset + start, [c.strip() for c in first]))
        problems[offset + start] = (tr(
            'line {line}: a cell opens a quote (") that is never closed, so the lines after '
            "it would all be read into that cell. This row is left out and the rows after it "
            "are read; close the quote in the file to import it").format(line=offset + start),)
        offset += start
        chunk = "".join(physical[start:])


# -- vCard 2.1, 3.0 and 4.0 ----------------------------------------------------------------


def read_vcards(text: str, path: Path | None = None, encoding: str = "utf-8",
                notes: Sequence[str] = (), *, chosen: str | None = None) -> SourceTable:
    """Contact cards as rows: one column per field a prospect has (see vcard.py).

    QUOTED-PRINTABLE values that name no CHARSET (The Bat!) are read in the encoding the
    rep chose, else the one the decoded bytes are detected in.
    """
    from .vcard import CARD_COLUMNS, qp_bytes_without_charset, read_cards

    notes = list(notes)
    # QUOTED-PRINTABLE stands for bytes, and a UTF-16 file's own bytes are not them (its
    # "=C3=BC" is ASCII text): there the bytes are UTF-8 unless a CHARSET says otherwise.
    file_codec = "utf-8" if encoding == "utf-8-sig" or _is_wide(encoding) else encoding
    if chosen is not None and _is_wide(chosen):
        chosen = None
    qp_charset = chosen or file_codec
    if chosen is None:
        loose = qp_bytes_without_charset(text, file_codec)
        try:
            loose.decode(file_codec)
        except (UnicodeDecodeError, LookupError):
            qp_charset = detect_encoding(loose)
            notes.append(tr("Some values are QUOTED-PRINTABLE without a CHARSET; they were "
                            "read as {encoding}.").format(
                encoding=tr(encoding_label(qp_charset))))
    cards, stray = read_cards(text, file_codec, qp_charset)
    if not cards:
        raise ValidationError(tr("No contact cards (BEGIN:VCARD … END:VCARD) were found."))
    rows = [(card.line, card.cells()) for card in cards]
    problems = {card.line: tuple(card.problems) for card in cards if card.problems}
    for line, problem in stray:
        rows.append((line, [""] * len(CARD_COLUMNS)))
        problems[line] = (problem,)
    rows.sort(key=lambda r: r[0])
    versions = sorted({card.version for card in cards})
    notes.insert(0, f"vCard {', '.join(versions)}.")
    headers = [TARGETS[c] for c in CARD_COLUMNS]
    return SourceTable(path, "vcard", headers, rows, encoding, "", tuple(notes),
                       problems=problems)


def _is_wide(encoding: str) -> bool:
    """UTF-16 or UTF-32: text whose characters are not single bytes of a code page."""
    return encoding_name(encoding).startswith(("utf-16", "utf-32"))


# -- mapping ------------------------------------------------------------------------------


def _normal_header(header: str) -> str:
    return re.sub(r"[\W_]", "", header.lower())


def _guess_one(header: str) -> str | None:
    key = _normal_header(header)
    if is_label_column(header) or any(w in key for w in ("phonetic", "yomi", "pobox")):
        return None  # the label beside a value, a reading aid, never the value
    target = _HEADER_TO_TARGET.get(key)
    if target is None and (key.endswith("jobtitle") or key == "organizationtitle"):
        return "title"
    if target is None:
        for pattern, candidate in (("linkedin", "linkedin"), ("email", "email"),
                                   ("mail", "email"), ("mobile", "mobile"),
                                   ("cell", "mobile"), ("phone", "phone"),
                                   ("timezone", "timezone"), ("company", "company"),
                                   ("organi", "company"), ("website", "website"),
                                   ("firstname", "first_name"), ("lastname", "last_name"),
                                   ("surname", "last_name"), ("jobtitle", "title"),
                                   ("note", "notes"), ("address", "address")):
            if pattern in key:
                return candidate
    return target


def guess_mapping(headers: Sequence[str]) -> list[str | None]:
    """A target field for each column, from common header names; each target used once
    (but the parts of an address: "Address line 1", "Address line 2", "City"…)."""
    mapping: list[str | None] = []
    used: set[str] = set()
    for header in headers:
        target = _guess_one(header)
        if target in used and target not in ADDRESS_PARTS:
            target = None
        if target is not None:
            used.add(target)
        mapping.append(target)
    return mapping


def split_full_name(full: str) -> tuple[str, str]:
    """'Okafor, Maria' and 'Maria Okafor' both give ('Maria', 'Okafor')."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    if " " not in full:
        return full, ""
    first, _, last = full.rpartition(" ")
    return first, last


def resolve_zone(text: str) -> str | None:
    """An IANA name for what the file says, or None when it is not one Tickler knows.

    A whole-hour UTC offset (vCard 3 writes "TZ:-05:00") becomes the IANA fixed zone
    Etc/GMT+5 (whose sign is inverted by definition); it does not follow summer time.
    """
    text = text.strip()
    if not text:
        return None
    offset = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?00)?", text, flags=re.I)
    if offset:
        hours = int(offset.group(2))
        if hours == 0:
            return "UTC"
        if hours <= 14:
            return f"Etc/GMT{'-' if offset.group(1) == '+' else '+'}{hours}"
    if "/" in text or text == "UTC":
        candidate = text.replace(" ", "_")
        if is_valid_zone(candidate):
            return candidate
        return _zones_by_lower_name().get(candidate.lower())
    return ZONE_ALIASES.get(text.lower())


@lru_cache(maxsize=1)
def _zones_by_lower_name() -> dict[str, str]:
    from zoneinfo import available_timezones

    return {name.lower(): name for name in available_timezones()}


# -- checking -----------------------------------------------------------------------------


def normal_email(text: str) -> str:
    """The same answer as check_email, quickly for the common plain address."""
    match = _PLAIN_EMAIL.fullmatch(text)
    if (match and len(text) <= 254 and len(match.group(1)) <= 64
            and match.group(2).rsplit(".", 1)[1].lower() not in _SPECIAL_USE_TLDS):
        return f"{match.group(1)}@{match.group(2).lower()}"
    return check_email(text)


def _existing_emails(store: Store) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for pid, email, name in imports.live_emails(store):
        found.setdefault(email.strip().lower(), (pid, name))
    return found


class _RowReader:
    """Turns one row's cells into a prospect's fields, as the mapping says.

    Single fields take the first filled column. Emails, numbers, addresses and sites may
    come from several columns (and several values in one cell, "a ::: b"): the preferred or
    work one becomes the field, the others lines under Other numbers and addresses.
    """

    def __init__(self, table: SourceTable, mapping: Sequence[str | None]) -> None:
        self.mapping = list(mapping)
        headers = table.headers
        labels = column_labels(headers) if table.kind == "csv" else [""] * len(headers)
        self.single: list[tuple[int, str]] = []
        self.points: list[tuple[int, str, str | int]] = []
        self.parts: list[tuple[int, str, str, str | int]] = []
        self.others: list[tuple[int, str]] = []
        own_label = _normal_header(TARGETS["other_contacts"])
        for column, target in enumerate(self.mapping):
            if not target:
                continue
            label = labels[column] if column < len(labels) else ""
            if target in _POINT_TARGETS:
                self.points.append((column, target, label))
            elif target in ADDRESS_PARTS:
                group = address_group(headers[column])
                group_label: str | int = label if isinstance(label, int) else group
                self.parts.append((column, target, group, group_label))
            elif target == "other_contacts":
                header = headers[column]
                self.others.append((column, "" if table.kind == "vcard"
                                    or _normal_header(header) == own_label else header))
            else:
                self.single.append((column, target))
        # Outlook writes a contact from an Exchange directory with its directory name
        # ("/o=ExchangeLabs/ou=…/cn=…") as the address, and the address itself only in the
        # display name beside it: "Jane Doe (jane@x.example)".
        where = {h.strip(): i for i, h in enumerate(headers)}
        self.exchange = [(column, where[_EXCHANGE_DISPLAY[headers[column].strip()]])
                         for column, target in enumerate(self.mapping)
                         if target == "email"
                         and _EXCHANGE_DISPLAY.get(headers[column].strip()) in where]
        # A row needs the careful path only when a field can have more than one source.
        kinds = [t for _c, t, _l in self.points]
        self.simple = (not self.parts and len(kinds) == len(set(kinds))
                       and not any(isinstance(label, int) for _c, _t, label in self.points))

    def values(self, cells: Sequence[str]) -> dict[str, str]:
        width = len(self.mapping)
        if len(cells) < width:
            cells = [*cells, *([""] * (width - len(cells)))]
        for column, display in self.exchange:
            if cells[column][:3].lower() == "/o=" and display < len(cells):
                shown = _ADDRESS_IN_NAME.search(cells[display])
                if shown:
                    cells = [*cells[:column], shown.group(1), *cells[column + 1:]]
        cell = cells.__getitem__

        values: dict[str, str] = {}
        for column, target in self.single:
            text = cell(column)
            if text and target not in values:
                values[target] = text
        extra = []
        for column, prefix in self.others:
            text = cell(column).strip()
            if text:
                extra.append(f"{prefix}: {' '.join(text.split())}" if prefix else text)
        if self.simple and not any(":::" in cell(c) for c, _t, _l in self.points):
            for column, target, _label in self.points:
                if cell(column):
                    values[target] = cell(column)
        else:
            points = self._points(cell)
            kinds = {route(p) for p in points}
            if len(kinds) == len(points) and "other" not in kinds and "website" not in kinds:
                for point in points:  # one of each: nothing to choose between
                    values[route(point)] = (one_line(point.value) if point.kind == "address"
                                            else point.value)
                points = []
            hint = work_hint(values.get("company", ""), *(
                cell(c) for c, t, _l in self.points if t == "website")) if points else ""
            found, further = choose(points, hint)
            linkedin = found.pop("linkedin", "")
            values.update(found)
            if linkedin:
                values.setdefault("linkedin", linkedin)
            extra += further
        if extra:
            values["other_contacts"] = "\n".join(extra)
        return values

    def _points(self, cell: Callable[[int], str]) -> list[ContactPoint]:
        points: list[ContactPoint] = []
        for column, target, label in self.points:
            text = cell(column)
            if not text:
                continue
            label_text = cell(label) if isinstance(label, int) else label
            values = _split_multi(text, target)
            labels = [part.strip() for part in label_text.split(":::")]
            for index, value in enumerate(values):
                # "* Work" marks the first value of the cell as the preferred one, not all
                this = labels[index] if index < len(labels) else labels[-1].lstrip("* ")
                points.append(ContactPoint(target, value, this, order=len(points)))
        groups: dict[str, dict[str, list[str]]] = {}
        group_labels: dict[str, str] = {}
        for column, target, group, group_label in self.parts:
            text = cell(column)
            if text:
                groups.setdefault(group, {}).setdefault(target, []).append(text)
                group_labels.setdefault(group, cell(group_label)
                                        if isinstance(group_label, int) else group_label)
        for group, parts in groups.items():
            region = " ".join(parts.get("region", []) + parts.get("postcode", []))
            block = postal_block([*parts.get("street", []), *parts.get("city", []), region,
                                  *parts.get("country", [])])
            points.append(ContactPoint("address", block, group_labels.get(group, ""),
                                       order=len(points)))
        return points


# Outlook's address column → the display-name column beside it (English, German, Japanese)
_EXCHANGE_DISPLAY = {
    "E-mail Address": "E-mail Display Name", "E-mail 2 Address": "E-mail 2 Display Name",
    "E-mail 3 Address": "E-mail 3 Display Name",
    "E-Mail-Adresse": "E-Mail: Angezeigter Name",
    "E-Mail 2: Adresse": "E-Mail 2: Angezeigter Name",
    "E-Mail 3: Adresse": "E-Mail 3: Angezeigter Name",
    "電子メール アドレス": "電子メール 表示名", "電子メール 2 アドレス": "電子メール 2 表示名",
    "電子メール 3 アドレス": "電子メール 3 表示名",
}
_ADDRESS_IN_NAME = re.compile(r"\(([^()\s]+@[^()\s]+)\)\s*$")


def _split_multi(text: str, target: str) -> list[str]:
    """Google writes several values of one label in a cell as "a@x ::: b@y"."""
    parts = [p.strip() for p in text.split(":::")]
    if target == "email" and len(parts) == 1 and text.count("@") > 1:
        parts = [p.strip() for p in re.split(r"[;,\s]+", text)]
    return [p for p in parts if p]


def preview_rows(table: SourceTable, mapping: Sequence[str | None], rep_timezone: str,
                 limit: int = 5) -> list[PreparedRow]:
    """The first rows as they will be stored (no book needed: merges are not looked up)."""
    reader = _RowReader(table, mapping)
    rows = []
    for line, cells in table.rows[:limit]:
        row = _check_row(line, reader.values(cells), rep_timezone, {}, {})
        _add_file_problems(row, table)
        rows.append(row)
    return rows


def _add_file_problems(row: PreparedRow, table: SourceTable) -> None:
    problems = table.problems.get(row.line)
    if problems:
        if not any(row.fields.get(k) for k in ("first_name", "last_name", "company")):
            row.problems = [p for p in row.problems if p != tr(NO_NAME)]
        row.problems = [*problems, *row.problems]
        row.action = "bad"


def prepare_import(
    store: Store, table: SourceTable, mapping: Sequence[str | None], rep_timezone: str,
    progress: Progress | None = None, cancelled: IsCancelled | None = None,
) -> ImportPlan:
    """Map and check every row. Nothing is written."""
    if not any(mapping):
        raise ValidationError(tr("Choose at least one column to import."))
    if not ({"first_name", "last_name", "full_name", "company"} & set(filter(None, mapping))):
        raise ValidationError(tr("Map a column to a name or a company: a prospect needs "
                                 "one."))
    existing = _existing_emails(store)
    seen: dict[str, int] = {}
    rows: list[PreparedRow] = []
    width = len(mapping)
    short_rows = 0
    total = len(table.rows)
    reader = _RowReader(table, mapping)
    for index, (line, cells) in enumerate(table.rows):
        if index % CHUNK == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(index, total)
        if len(cells) < width:
            short_rows += 1
        row = _check_row(line, reader.values(cells), rep_timezone, existing, seen)
        if table.problems:
            _add_file_problems(row, table)
        rows.append(row)
    if progress is not None:
        progress(total, total)
    notes = list(table.notes)
    if short_rows:
        notes.append(tr("%n row(s) with fewer cells than the header; the missing cells are "
                        "read as empty.", None, short_rows))
    return ImportPlan(rows, rep_timezone, notes, table.extras)


# Control characters (a NUL, a stray escape) no program means as text; tab and line
# breaks are left to the rules above.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _check_row(line: int, values: dict[str, str], rep_timezone: str,
               existing: dict[str, tuple[int, str]], seen: dict[str, int]) -> PreparedRow:
    problems: list[str] = []
    full = values.pop("full_name", "")
    if (full and not (values.get("first_name") or values.get("last_name"))
            and full != values.get("company")):
        values["first_name"], values["last_name"] = split_full_name(full)
    fields = {k: " ".join(_CONTROL.sub(" ", v).split()) if k not in MULTILINE_FIELDS
              else "\n".join(_CONTROL.sub("", v).strip().splitlines())
              for k, v in values.items() if k in PROSPECT_FIELDS}
    row = PreparedRow(line, fields, "new")
    if not (fields.get("first_name") or fields.get("last_name") or fields.get("company")):
        problems.append(tr(NO_NAME))
    if fields.get("email"):
        try:
            fields["email"] = normal_email(fields["email"])
        except ValidationError:
            domain = fields["email"].rpartition("@")[2].rstrip(".").lower()
            reserved = domain.rpartition(".")[2] if "." in domain else domain
            problems.append(
                tr("the email address '{email}' is on a reserved test domain (.{domain}) that "
                   "cannot receive mail").format(email=fields["email"], domain=reserved)
                if reserved in _SPECIAL_USE_TLDS
                else tr("the email address '{email}' does not look right").format(
                    email=fields["email"]))
    zone_text = fields.get("timezone", "")
    if zone_text:
        resolved = resolve_zone(zone_text)
        if resolved is None:
            problems.append(tr("'{zone}' is not a time zone Tickler knows (use a name like "
                               "America/New_York)").format(zone=zone_text))
        else:
            fields["timezone"] = resolved
    else:
        fields["timezone"] = rep_timezone
        row.zone_defaulted = True
    email_key = fields.get("email", "").lower()
    if email_key and not problems:
        if email_key in seen:
            problems.append(tr("the same email as line {line}; only the first is "
                               "imported").format(line=seen[email_key]))
        else:
            seen[email_key] = line
            if email_key in existing:
                row.action = "merge"
                row.existing_id, row.existing_name = existing[email_key]
    if problems:
        row.action = "bad"
        row.problems = problems
    return row


# -- writing ------------------------------------------------------------------------------

def merged_fields(current: dict[str, Any], incoming: dict[str, str]) -> dict[str, str]:
    """What a merge changes: empty fields filled in, new notes appended; nothing overwritten.

    A number, email, address or site that differs from the one on file is kept under
    Other numbers and addresses, so the merge loses nothing either.
    """
    changes: dict[str, str] = {}
    further: list[str] = []
    for key, value in incoming.items():
        if not value or key == "timezone":
            continue
        old = str(current.get(key) or "")
        if key == "notes":
            if value not in old:
                changes[key] = f"{old}\n{value}".strip()
        elif key == "other_contacts":
            further.extend(value.splitlines())
        elif not old:
            changes[key] = value
        elif key in _POINT_TARGETS and old.strip().lower() != value.strip().lower():
            further.append(f"{TARGETS[key]}: {one_line(value)}")  # theirs stays the field
    current_lines = str(current.get("other_contacts") or "").splitlines()
    new_lines = [line for line in dict.fromkeys(further) if line not in current_lines]
    if new_lines:
        changes["other_contacts"] = "\n".join([*current_lines, *new_lines]).strip()
    return changes


def run_import(
    store: Store, plan: ImportPlan, now: datetime, *, merge: bool = True,
    progress: Progress | None = None, cancelled: IsCancelled | None = None,
) -> ImportResult:
    """Write the plan's good rows in one transaction (bad rows are skipped).

    ``merge=False`` skips rows whose email matches an existing prospect instead of merging.
    A cancel (ImportCancelled) or any error rolls everything back.
    """
    new_rows = [r for r in plan.rows if r.action == "new"]
    merge_rows = [r for r in plan.rows if r.action == "merge"] if merge else []
    total = len(new_rows) + len(merge_rows)
    stamp = db_time(now)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done, total)

    db = store.db
    with store.transaction():
        step(0)
        before = imports.last_prospect_id(db)
        search_trigger = imports.suspend_search_trigger(db) if len(new_rows) > CHUNK else None
        for start in range(0, len(new_rows), CHUNK):
            chunk = new_rows[start:start + CHUNK]
            imports.insert_prospects(db, [
                [*(r.fields.get(k, "") for k in PROSPECT_FIELDS), stamp, stamp] for r in chunk])
            step(len(chunk))
        imports.add_profiles_after(db, before)
        if search_trigger is not None:
            imports.index_for_search(db, search_trigger, before)
        merged = 0
        for start in range(0, len(merge_rows), CHUNK):
            chunk = merge_rows[start:start + CHUNK]
            for row in chunk:
                assert row.existing_id is not None
                current = store.get_prospect(row.existing_id)
                changes = merged_fields(current.contact() if current else {}, row.fields)
                if changes:
                    changes["updated_utc"] = stamp
                    set_columns(db, "prospects", "id", row.existing_id, changes)
                merged += 1
            step(len(chunk))
        if plan.extras is not None:
            _write_extras(db, plan, new_rows, merge_rows, before)
    return ImportResult(len(new_rows), merged, len(plan.rows) - len(new_rows) - merged)


def _write_extras(db: Any, plan: ImportPlan, new_rows: list[PreparedRow],
                  merge_rows: list[PreparedRow], before: int) -> None:
    """A Tickler export's answers and history, for the prospects just written."""
    assert plan.extras is not None
    new_ids = imports.prospect_ids_after(db, before)
    targets = [(row, pid, False) for row, pid in zip(new_rows, new_ids, strict=True)]
    targets += [(row, int(row.existing_id or 0), True) for row in merge_rows]
    for row, pid, merged in targets:
        extras = plan.extras.by_line.get(row.line)
        if extras is not None:
            book_layout.write_extras(db, pid, extras, merged=merged)
