"""Reading vCard 2.1, 3.0 and 4.0 files as real programs write them, line numbers kept.

Covers what phones, address books and mail programs actually put in a .vcf: folded lines
(RFC 6350 / 2426, and vCard 2.1's RFC 822 folding), QUOTED-PRINTABLE values with and
without CHARSET and with soft line breaks, escaped TEXT and URI values
(``URL:http\\://www.apple.ch``), PREF in its three spellings (2.1 ``TEL;PREF``, 3.0
``TYPE=pref``, 4.0 ``PREF=1``), Apple's ``itemN.`` groups with their ``X-ABLabel``, and
broken cards, each reported with the line it is on. No Qt here.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..domain.i18n import tr
from .contact_points import ContactPoint, choose, postal_block, work_hint

# The columns a card becomes, in order (keys of importer.TARGETS).
CARD_COLUMNS = ("first_name", "last_name", "full_name", "company", "title", "email", "phone",
                "mobile", "timezone", "address", "website", "linkedin", "twitter", "notes",
                "other_contacts")


@dataclass(slots=True)
class Card:
    line: int
    version: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def cells(self) -> list[str]:
        return [self.fields.get(c, "") for c in CARD_COLUMNS]


@dataclass(slots=True)
class _Property:
    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: str  # raw: still escaped / encoded


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NAME = re.compile(r"[A-Za-z0-9-]+")
_STRUCTURED = re.compile(r"(?<!\\);")


def _split_params(text: str) -> list[str]:
    """Split ``NAME;A=1;B="x;y"`` on the semicolons outside quotes."""
    if '"' not in text:
        return text.split(";")
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _colon(line: str) -> int:
    """Where the value starts: the first colon outside a quoted parameter value."""
    first = line.find(":")
    if first < 0 or '"' not in line[:first]:
        return first
    quoted = False
    for index, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return index
    return -1


def _parse_property(number: int, line: str) -> _Property | None:
    at = _colon(line)
    if at <= 0:
        return None
    head, value = line[:at], line[at + 1:]
    name, *raw_params = _split_params(head)
    group, _, name = name.rpartition(".")
    if not _NAME.fullmatch(name):
        return None
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, eq, val = raw.partition("=")
        if not eq:  # vCard 2.1: a bare type (TEL;WORK;PREF) or a bare encoding
            upper = key.strip().upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                params.setdefault("ENCODING", []).append(upper)
            else:
                params.setdefault("TYPE", []).append(key.strip())
            continue
        if '"' in val:
            parts = re.split(r",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", val)
        else:
            parts = val.split(",")
        values = [v.strip().strip('"') for v in parts]
        params.setdefault(key.strip().upper(), []).extend(values)
    return _Property(number, group.lower(), name.upper(), params, value)


def _is_qp(params: dict[str, list[str]]) -> bool:
    return any(v.upper() == "QUOTED-PRINTABLE" for v in params.get("ENCODING", []))


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """Unfolded lines with the number of the physical line each starts on.

    A line starting with a space or tab continues the one before (3.0/4.0 drop that one
    character; 2.1's RFC 822 folding keeps it). A QUOTED-PRINTABLE value ending in "="
    continues on the next line whatever it starts with (a soft line break).
    """
    current: str | None = None
    start = 0
    soft = False
    keep_space = False  # vCard 2.1 folds at white space and keeps it
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        if current is not None and soft:
            if raw.strip().upper() not in ("END:VCARD", "BEGIN:VCARD"):
                current = current[:-1] + raw
                soft = current.endswith("=")
                continue
            current, soft = current[:-1], False  # a stray "=" before the card's end
        if current is not None and raw[:1] in (" ", "\t"):
            current += raw if keep_space else raw[1:]
            continue
        if current is not None:
            upper = current.strip().upper()
            if upper.startswith("VERSION:"):
                keep_space = upper == "VERSION:2.1"
            elif upper == "BEGIN:VCARD":
                keep_space = False
            yield start, current
        current, start = (raw, number) if raw.strip() else (None, number)
        if current is not None:
            head = current[:max(_colon(current), 0)].upper()
            soft = "QUOTED-PRINTABLE" in head and current.endswith("=")
    if current is not None:
        yield start, current


def _unescape(value: str, version: str) -> str:
    """TEXT and URI escapes as RFC 6350 / 2426 define them (\\\\ \\, \\; \\: \\n)."""
    if "\\" not in value:
        return value
    if version.startswith("2"):
        # 2.1 escapes only ";" (and writers add "\\", "," and the 3.0 habit "\:" in URLs);
        # a backslash before anything else is a character, as in a Windows path
        return re.sub(r"\\([;,:\\])", r"\1", value)
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split_structured(value: str) -> list[str]:
    return _STRUCTURED.split(value)


class _Decoder:
    def __init__(self, file_encoding: str, qp_charset: str) -> None:
        self.file_encoding = file_encoding
        self.qp_charset = qp_charset

    def decode(self, prop: _Property, version: str) -> tuple[str, str | None]:
        """The value as text (still escaped) and a problem, if any."""
        value = prop.value
        if not _is_qp(prop.params):
            return value, None
        try:
            raw = value.encode(self.file_encoding, errors="strict")
        except (UnicodeEncodeError, LookupError):
            raw = value.encode("utf-8")
        data = quopri.decodestring(raw)
        charset = (prop.params.get("CHARSET") or [self.qp_charset])[0]
        try:
            return data.decode(charset), None
        except (UnicodeDecodeError, LookupError):
            return data.decode("cp1252", errors="replace"), tr(
                "line {line}: {name} is not in {charset}; read as Windows-1252").format(
                line=prop.line, name=prop.name, charset=charset)


def qp_bytes_without_charset(text: str, file_encoding: str) -> bytes:
    """The decoded bytes of every QUOTED-PRINTABLE value that names no CHARSET (The Bat!)."""
    chunks: list[bytes] = []
    if "QUOTED-PRINTABLE" not in text.upper():
        return b""
    for number, line in logical_lines(text):
        if "QUOTED-PRINTABLE" not in line[:200].upper():
            continue
        prop = _parse_property(number, line)
        if prop is not None and _is_qp(prop.params) and "CHARSET" not in prop.params:
            try:
                chunks.append(quopri.decodestring(prop.value.encode(file_encoding)))
            except (UnicodeEncodeError, LookupError):
                continue
    return b"\n".join(chunks)


def _pref(prop: _Property, version: str) -> int:
    """1 for the most preferred, 100 when the card marks no preference."""
    for value in prop.params.get("PREF", []):
        if value.isdigit():
            return max(1, min(int(value), 100))
    types = {t.lower() for t in prop.params.get("TYPE", [])}
    return 1 if "pref" in types else 100


def _types(prop: _Property, labels: dict[str, str]) -> str:
    types = [t for t in prop.params.get("TYPE", []) if t.lower() != "pref"]
    if prop.group and prop.group in labels:
        types.insert(0, labels[prop.group])
    return ",".join(types)


def read_cards(text: str, file_encoding: str = "utf-8", qp_charset: str = "utf-8") -> tuple[
        list[Card], list[tuple[int, str]]]:
    """The cards, and problems found outside any card (each with its line)."""
    decoder = _Decoder(file_encoding, qp_charset)
    cards: list[Card] = []
    stray: list[tuple[int, str]] = []
    props: list[_Property] = []
    card: Card | None = None
    for number, line in logical_lines(text):
        prop = _parse_property(number, line)
        if prop is not None and prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            if card is not None:
                card.problems.append(tr("the card has no END:VCARD (line {line} starts the "
                                        "next card)").format(line=number))
                cards.append(_finish(card, props, decoder))
            card, props = Card(number), []
            continue
        if card is None:
            if prop is not None and prop.name == "END":
                stray.append((number, tr("line {line}: END:VCARD without a "
                                         "BEGIN:VCARD").format(line=number)))
            elif line.strip():
                stray.append((number, tr("line {line}: text outside any contact "
                                         "card").format(line=number)))
            continue
        if prop is None:
            card.problems.append(tr("line {line}: '{text}' is not a vCard line").format(
                line=number, text=line.strip()[:40]))
            continue
        if prop.name == "END":
            cards.append(_finish(card, props, decoder))
            card = None
            continue
        props.append(prop)
    if card is not None:
        card.problems.append(tr("the card has no END:VCARD: the file may be cut short"))
        cards.append(_finish(card, props, decoder))
    return cards, stray


def _finish(card: Card, props: list[_Property], decoder: _Decoder) -> Card:
    version = next((p.value.strip() for p in props if p.name == "VERSION"), "")
    card.version = version or "3.0"
    if version and version not in ("2.1", "3.0", "4.0"):
        card.problems.append(tr("vCard version {version} is not one Tickler reads "
                                "(2.1, 3.0 or 4.0)").format(version=version))
    labels: dict[str, str] = {}
    texts: list[tuple[_Property, str]] = []
    for prop in props:
        value, problem = decoder.decode(prop, card.version)
        if problem:
            card.problems.append(problem)
        texts.append((prop, value))
        if prop.name == "X-ABLABEL" and prop.group:
            labels[prop.group] = _unescape(value, card.version)
    fields = card.fields
    points: list[ContactPoint] = []
    notes: list[str] = []
    for order, (prop, value) in enumerate(texts):
        name = prop.name
        unescaped = _unescape(value, card.version).strip()
        if name == "N":
            parts = [_unescape(p, card.version).strip() for p in _split_structured(value)]
            parts += [""] * 5
            fields.setdefault("last_name", parts[0])
            fields.setdefault("first_name", parts[1])
        elif name == "FN":
            fields.setdefault("full_name", unescaped)
        elif name == "ORG":
            fields.setdefault("company",
                              _unescape(_split_structured(value)[0], card.version).strip())
        elif name == "TITLE":
            fields.setdefault("title", unescaped)
        elif name == "NOTE" and unescaped:
            notes.append(unescaped)
        elif name == "TZ":
            fields.setdefault("timezone", unescaped)
        elif name in ("EMAIL", "TEL"):
            kind = "email" if name == "EMAIL" else "phone"
            text = unescaped
            if text[:7].lower() == "mailto:":
                text = text[7:]
            elif text[:4].lower() == "tel:":
                text = text[4:]
            points.append(ContactPoint(kind, text, _types(prop, labels), _pref(prop, ""),
                                       order))
        elif name == "ADR":
            parts = [_unescape(p, card.version) for p in _split_structured(value)]
            parts += [""] * 7
            # PO box, extended, street, locality, region, postal code, country
            block = postal_block([parts[2], parts[1], parts[0], parts[3], parts[4], parts[5],
                                  parts[6]])
            points.append(ContactPoint("address", block, _types(prop, labels),
                                       _pref(prop, ""), order))
        elif name in ("URL", "X-SOCIALPROFILE"):
            url = unescaped
            lowered, types = url.lower(), _types(prop, labels).lower()
            if "linkedin" in lowered or "linkedin" in types:
                fields.setdefault("linkedin", url)
            elif "twitter.com" in lowered or "x.com/" in lowered or "twitter" in types:
                fields.setdefault("twitter", url)
            elif name == "URL":
                points.append(ContactPoint("website", url, _types(prop, labels),
                                           _pref(prop, ""), order))
    if notes:
        fields["notes"] = "\n".join(notes)
    hint = work_hint(fields.get("company", ""),
                     *(p.value for p in points if p.kind == "website"))
    chosen, others = choose(points, hint)
    linkedin = chosen.pop("linkedin", "")
    fields.update(chosen)
    if linkedin:
        fields.setdefault("linkedin", linkedin)
    if others:
        fields["other_contacts"] = "\n".join(others)
    return card
