"""Header values that stay one line for every program that reads them.

A name, a company or a subject may hold an RFC 2047 encoded word (``=?utf-8?q?…?=``) whose
decoded text is a line break followed by ``Bcc: …``. Mail programs decode such words, and
Python 3.11's email package decodes them when it parses a value and may then write the
decoded line break out as a real one. So every value is decoded here the way a lenient
reader would, its control characters and line breaks folded to spaces, and that repeated
until nothing changes: what is left decodes to itself and holds no line break.
"""

from __future__ import annotations

import base64
import binascii
import re

ENCODED_WORD_RE = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")
_MAX_ROUNDS = 8
_LEFTOVER_RE = re.compile(r"=\?.*\?=", re.DOTALL)


def _decode_word(match: re.Match[str]) -> str:
    charset, kind, data = match.group(1).split("*", 1)[0], match.group(2).upper(), match.group(3)
    try:
        if kind == "Q":
            raw = re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                         data.replace("_", " ").encode("ascii", "replace"))
        else:
            raw = base64.b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return match.group(0)
    try:
        return raw.decode(charset, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def decode_encoded_words(text: str) -> str:
    """Every encoded word decoded, wherever it stands (readers differ in what they accept)."""
    return ENCODED_WORD_RE.sub(_decode_word, text)


def fold_controls(text: str) -> str:
    """Line breaks and other control characters folded to single spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text or "").split())


def header_text(value: str) -> str:
    """``value`` made safe to write as (part of) a header: decoded, then one plain line."""
    text = fold_controls(value)
    for _ in range(_MAX_ROUNDS):
        decoded = fold_controls(decode_encoded_words(text))
        if decoded == text:
            break
        text = decoded
    if _LEFTOVER_RE.search(text):  # a word some lenient reader might still decode
        text = fold_controls(text.replace("=?", "= ?"))
    return text


def is_header_safe(value: str) -> bool:
    return header_text(value) == value
