"""Openers that waste a prospect's time, and the spoken length of a voicemail."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Each pattern matches a family of openers the method forbids, case-insensitively.
_CLICHE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("just calling to follow up", r"\b(?:just\s+)?(?:calling|ringing|phoning|emailing|writing|"
                                  r"reaching\s+out|wanted|want|getting\s+back)\s+to\s+"
                                  r"follow(?:\s*-?\s*up)\b"),
    ("following up", r"\b(?:just\s+)?following\s+up\b|\bjust\s+a\s+(?:quick\s+)?follow"
                     r"\s*-?\s*up\b"),
    ("checking in", r"\b(?:just\s+)?check(?:ing)?\s+in\b|\bjust\s+checking\b"
                    r"|\bcheck(?:ing)?\s+back\s+in\b"),
    ("touching base", r"\btouch(?:ing)?\s+base\b"),
    ("since you said next month",
     r"\b(?:since|as|because)\s+you\s+(?:said|told\s+me|asked\s+me)\b"
     r"|\byou\s+(?:said|told\s+me)\s+to\s+(?:call|ring|phone)\b"),
    ("wanted to see if you'd made up your mind",
     r"\b(?:made|make)\s+up\s+your\s+mind\b|\bwanted\s+to\s+see\s+if\s+you(?:['’]ve|\s+have"
     r"|['’]d|\s+had)?\s+(?:decided|made)"
     r"|\b(?:see|know)\s+(?:where|how)\s+(?:things|you)\s+(?:stand|are\s+at)\b"),
    ("circling back", r"\bcircl(?:e|ing)\s+back\b"),
    ("any update", r"\bany\s+(?:updates?|news)\s+(?:on|for|about)\b"),
)

_COMPILED = tuple((label, re.compile(rx, re.IGNORECASE)) for label, rx in _CLICHE_PATTERNS)

DEFAULT_WORDS_PER_MINUTE = 150
VOICEMAIL_MIN_SECONDS = 20
VOICEMAIL_MAX_SECONDS = 40


@dataclass(frozen=True, slots=True)
class ClicheHit:
    label: str
    start: int
    end: int
    text: str


def find_cliches(text: str) -> list[ClicheHit]:
    """Every cliché opener in ``text``, in order of appearance."""
    hits = [
        ClicheHit(label, m.start(), m.end(), m.group(0))
        for label, rx in _COMPILED
        for m in rx.finditer(text or "")
    ]
    hits.sort(key=lambda h: h.start)
    kept: list[ClicheHit] = []
    for hit in hits:  # overlapping patterns report the phrase once
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def spoken_seconds(text: str, words_per_minute: int = DEFAULT_WORDS_PER_MINUTE) -> float:
    words = len(re.findall(r"[\w'’-]+", text or ""))
    return words * 60.0 / max(words_per_minute, 1)


def voicemail_verdict(seconds: float) -> str:
    if seconds < VOICEMAIL_MIN_SECONDS:
        return "short"
    if seconds > VOICEMAIL_MAX_SECONDS:
        return "long"
    return "ok"
