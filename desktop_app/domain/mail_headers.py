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


# Encoded words next to each other, with only white space between them: RFC 2047 drops
# that space, and a character may be split across two words ("=?utf-8?q?M=C3?=
# =?utf-8?q?=BCller?=" is "Müller").
_RUN_RE = re.compile(ENCODED_WORD_RE.pattern + r"(?:\s+" + ENCODED_WORD_RE.pattern + r")*")


def _word_bytes(match: re.Match[str]) -> tuple[str, bytes] | None:
    """The charset and the bytes of one encoded word, or None when it does not decode."""
    charset, kind, data = match.group(1).split("*", 1)[0], match.group(2).upper(), match.group(3)
    try:
        if kind == "Q":
            raw = re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                         data.replace("_", " ").encode("ascii", "replace"))
        else:
            raw = base64.b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return None
    return charset.lower(), raw


def _text(charset: str, raw: bytes) -> str:
    try:
        return raw.decode(charset, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def _decode_run(run: re.Match[str]) -> str:
    pieces: list[tuple[str, bytes] | str] = []
    for word in ENCODED_WORD_RE.finditer(run.group(0)):
        got = _word_bytes(word)
        last = pieces[-1] if pieces else None
        if got is None:
            pieces.append(word.group(0))
        elif isinstance(last, tuple) and last[0] == got[0]:
            pieces[-1] = (got[0], last[1] + got[1])  # one character may span two words
        else:
            pieces.append(got)
    return "".join(p if isinstance(p, str) else _text(*p) for p in pieces)


def decode_encoded_words(text: str) -> str:
    """Every encoded word decoded, wherever it stands (readers differ in what they accept);
    adjacent words are read together, as RFC 2047 says."""
    return _RUN_RE.sub(_decode_run, text)


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
