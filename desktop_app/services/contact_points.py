"""Choosing which of a contact's numbers, emails and addresses Tickler dials and writes to.

Real contact files carry up to a dozen numbers and several addresses, often HOME before
WORK. The prospect keeps one of each kind — the one marked preferred, else the work one,
else the first — and every other one as a "Label: value" line under Other numbers and
addresses, so nothing the file held is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

# Kinds a contact point can be stored as; "other" never becomes a field to dial.
FIELD_KINDS = ("email", "phone", "mobile", "address", "website")

_NOISE = {"voice", "internet", "x400", "pref", "type", "value", "uri", "text", "msg", "intl",
          "dom", "postal", "parcel", "tel", "email", "e", "mail", "e-mail", "phone", "number", "1",
          "2", "3", "4", "5", "address", "adr"}
_WORK = {"work", "business", "office", "company", "main", "primary", "arbeit", "geschäftlich",
         "dienstlich", "büro", "travail", "bureau", "trabajo", "勤務先", "会社"}
_HOME = {"home", "private", "personal", "privat", "zuhause", "domicile", "casa", "自宅"}
_MOBILE = {"cell", "mobile", "iphone", "handy", "mobil", "mobiltelefon", "portable", "móvil",
           "movil", "gsm", "携帯", "携帯電話"}
# Numbers a rep should never dial as the prospect's: kept, but only as further numbers.
_NOT_TO_DIAL = {"fax", "pager", "assistant", "assistants", "assistant's", "tty", "tdd",
                "telex", "isdn", "callback", "radio", "car", "beeper", "modem", "bbs",
                "textphone", "video", "ファックス", "ファクス"}

_MAIL_PROVIDERS = {"gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "icloud",
                   "aol", "gmx", "web", "proton", "protonmail", "mail", "yandex", "orange"}
_DIAL_NOISE = re.compile(r"[\s().-]")
_APPLE_LABEL = re.compile(r"_\$!<(.*?)>!\$_")
_WORD_BREAK = re.compile(r"[^\w'\u3040-\u30ff\u4e00-\u9fff]+")
_NAMES_A_LINE = {"fax", "pager", "telex", "tty", "tdd", "isdn", "beeper", "modem", "ファックス",
                 "ファクス"}


@dataclass(frozen=True, slots=True)
class ContactPoint:
    """One number, email, address or site as the file wrote it, with its label."""

    kind: str  # "email" | "phone" | "mobile" | "address" | "website"
    value: str
    label: str = ""
    pref: int = 100  # 1 is most preferred; 100 when the file marks no preference
    order: int = 0


@lru_cache(maxsize=512)
def label_words(label: str) -> frozenset[str]:
    """Lower-case words of a label: "* Work", "HOME,VOICE", "Business Phone 2"."""
    label = _APPLE_LABEL.sub(r"\1", label)  # Apple's "_$!<Other>!$_"
    return frozenset(w for w in _WORD_BREAK.split(label.lower()) if w)


def is_preferred_label(label: str) -> bool:
    """Google marks the primary one "* Work"; vCard writes PREF / type=pref."""
    return label.lstrip().startswith("*") or "pref" in label_words(label)


def route(point: ContactPoint) -> str:
    """The kind a point is stored as: a cell number goes to mobile, a fax to "other"."""
    if point.kind not in ("phone", "mobile"):
        return point.kind
    return _route(point.kind, point.label)


@lru_cache(maxsize=1024)
def _route(kind: str, label: str) -> str:
    words = label_words(label)
    if words & _NOT_TO_DIAL or any(w.startswith(("fax", "pager", "assistant")) for w in words):
        return "other"
    if kind == "mobile" or words & _MOBILE or any("携帯" in w for w in words):
        return "mobile"
    return "phone"


@lru_cache(maxsize=1024)
def _label_rank(label: str) -> tuple[bool, int]:
    """Whether a label marks the preferred one, and 0 for work, 1 neither, 2 home."""
    words = label_words(label)
    if words & _WORK or any(w in word for w in ("勤務先", "会社") for word in words):
        place = 0
    elif words & _HOME or any("自宅" in w for w in words):
        place = 2
    else:
        place = 1
    return is_preferred_label(label), place


def _rank(point: ContactPoint, work_hint: str = "") -> tuple[int, int, int]:
    preferred, place = _label_rank(point.label)
    if place == 1 and work_hint and point.kind == "email":
        # No label says "work": an address at the company's own domain is the work one.
        domain = point.value.rpartition("@")[2].lower().split(".")
        name = domain[-2] if len(domain) >= 2 else ""
        if len(name) >= 3 and name not in _MAIL_PROVIDERS and name in work_hint:
            place = 0
    return (min(point.pref, 1) if preferred else point.pref, place, point.order)


def work_hint(*texts: str) -> str:
    """The company's name and web address, letters and digits only, for ``choose``."""
    return re.sub(r"[\W_]", "", " ".join(texts).lower())


@lru_cache(maxsize=512)
def nice_label(label: str, kind: str) -> str:
    """ "HOME,VOICE" + phone -> "Home phone"; "Business Fax" -> "Business fax"."""
    label = re.sub(r"_\$!<(.*?)>!\$_", r"\1", label).strip().lstrip("*").strip()
    words = [w for w in re.split(r"[\s,;/]+", label) if w]
    kept = [w for w in words if w.lower().strip("-:") not in _NOISE and not w.isdigit()]
    noun = {"email": "email", "phone": "phone", "mobile": "mobile", "address": "address",
            "website": "website", "linkedin": "LinkedIn", "other": "phone"}[kind]
    if not kept:
        return noun.capitalize()
    kept = [w.lower() if (w.isupper() or w.istitle()) and i else w for i, w in enumerate(kept)]
    first = kept[0]
    kept[0] = first.capitalize() if first.isupper() or first.islower() else first
    lowered = {w.lower() for w in kept}
    named = (lowered & (_MOBILE | _NAMES_A_LINE)) if kind in ("phone", "mobile", "other") \
        else {w for w in lowered if kind == "website" and w.startswith(("web", "site", "blog",
                                                                        "home", "page"))}
    return " ".join(kept) if named else " ".join([*kept, noun])


def choose(points: Iterable[ContactPoint], hint: str = "") -> tuple[dict[str, str], list[str]]:
    """The field value for each kind, and the further ones as "Label: value" lines.

    ``hint`` (see ``work_hint``) lets an unlabelled email at the company's domain count as
    the work one.
    """
    pools: dict[str, list[ContactPoint]] = {}
    undialled: list[str] = []
    for point in points:
        value = point.value.strip()
        if not value:
            continue
        kind = route(point)
        if kind == "other":
            undialled.append(f"{nice_label(point.label, 'other')}: {' '.join(value.split())}")
            continue
        pools.setdefault(kind, []).append(point)
    fields: dict[str, str] = {}
    others: list[str] = []
    for point in list(pools.get("website", [])):
        if "linkedin.com/" in point.value.lower():  # a profile belongs in LinkedIn
            pools["website"].remove(point)
            pools.setdefault("linkedin", []).append(point)
    for kind in (*FIELD_KINDS, "linkedin"):
        if kind == "address":
            others += undialled
        pool = sorted(pools.get(kind, []), key=lambda point: _rank(point, hint))
        seen: set[str] = set()
        for point in pool:
            value = " ".join(point.value.split()) if kind != "address" \
                else one_line(point.value)
            key = _DIAL_NOISE.sub("", value.lower())
            if key in seen:
                continue
            seen.add(key)
            if kind not in fields:
                fields[kind] = value
            else:
                others.append(f"{nice_label(point.label, kind)}: {one_line(value)}")
    return fields, _unique(others)


def one_line(value: str) -> str:
    return ", ".join(part.strip() for part in value.splitlines() if part.strip())


def _unique(lines: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for line in lines:
        if line.lower() not in seen:
            seen.add(line.lower())
            kept.append(line)
    return kept


def postal_block(parts: Sequence[str]) -> str:
    """An address as one line a letter can be written from, in the order given.

    Parts that hold several lines (a street with a second line) are joined with commas.
    """
    pieces = []
    for part in parts:
        part = one_line(part)
        if part:
            pieces.append(part)
    return ", ".join(pieces)
