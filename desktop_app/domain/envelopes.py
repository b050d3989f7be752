"""Paper for the handwritten-note touch: envelope and card sizes, and where the addresses go.

Every measure is in millimetres from the top-left corner of the paper as it lies for
printing (long side across). Pure data and text rules: the Qt painting is in the views.

Where the addresses go follows what the postal services ask of a plain envelope:

- the sender's (return) address in the top-left corner, small;
- the stamp or franking zone in the top-right corner (Deutsche Post and Royal Mail keep
  about 74 × 40 mm clear there on DL and C5; USPS the top-right 1.5 in), so the recipient
  block starts below it;
- the recipient's address in the lower right part, parallel to the long side, at least
  15 mm above the bottom edge and 15 mm from the right edge (DL, C5), and inside the USPS
  OCR read area on a US #10: 5/8 in to 2 3/4 in above the bottom, 1/2 in from each side,
  starting about 4 in from the left.
"""

from __future__ import annotations

from dataclasses import dataclass

from .i18n import QT_TR_NOOP

INCH = 25.4


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in mm from the paper's top-left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains(self, x: float, y: float, slack: float = 0.0) -> bool:
        return (self.x - slack <= x <= self.right + slack
                and self.y - slack <= y <= self.bottom + slack)


@dataclass(frozen=True, slots=True)
class EnvelopeSize:
    key: str
    label: str
    width: float  # mm, the long side
    height: float
    return_box: Box
    recipient_box: Box


@dataclass(frozen=True, slots=True)
class CardSize:
    key: str
    label: str
    width: float  # mm, the long side (cards print landscape)
    height: float
    margin: float


ENVELOPES: dict[str, EnvelopeSize] = {
    "dl": EnvelopeSize("dl", QT_TR_NOOP("DL (220 × 110 mm)"), 220.0, 110.0,
                       return_box=Box(10.0, 8.0, 85.0, 30.0),
                       recipient_box=Box(95.0, 45.0, 110.0, 50.0)),
    "c5": EnvelopeSize("c5", QT_TR_NOOP("C5 (229 × 162 mm)"), 229.0, 162.0,
                       return_box=Box(10.0, 8.0, 90.0, 35.0),
                       recipient_box=Box(100.0, 75.0, 114.0, 72.0)),
    "us10": EnvelopeSize("us10", QT_TR_NOOP("US #10 (4 1/8 × 9 1/2 in)"), 9.5 * INCH,
                         4.125 * INCH,
                         return_box=Box(0.3 * INCH, 0.3 * INCH, 3.5 * INCH, 1.2 * INCH),
                         recipient_box=Box(4.0 * INCH, 1.75 * INCH, 5.0 * INCH, 1.75 * INCH)),
}

CARDS: dict[str, CardSize] = {
    "a6": CardSize("a6", QT_TR_NOOP("A6 card (148 × 105 mm)"), 148.0, 105.0, margin=12.0),
    "4x6": CardSize("4x6", QT_TR_NOOP("4 × 6 in card"), 6 * INCH, 4 * INCH, margin=12.0),
}

DEFAULT_ENVELOPE = "dl"
DEFAULT_CARD = "a6"


def envelope_size(key: str | None) -> EnvelopeSize:
    return ENVELOPES.get(key or "", ENVELOPES[DEFAULT_ENVELOPE])


def card_size(key: str | None) -> CardSize:
    return CARDS.get(key or "", CARDS[DEFAULT_CARD])


def address_lines(text: str) -> list[str]:
    """A postal address as lines: line breaks kept, a one-line address split at its commas,
    blank lines and stray spaces dropped."""
    raw = [" ".join(line.split()) for line in (text or "").replace("\r", "\n").split("\n")]
    lines = [line for line in raw if line]
    if len(lines) == 1 and "," in lines[0]:
        lines = [part.strip() for part in lines[0].split(",") if part.strip()]
    return lines


def recipient_lines(name: str, company: str, address: str) -> list[str]:
    """The recipient block: the person, their company, then the address (nothing twice)."""
    lines = address_lines(address)
    head = [v for v in (" ".join((name or "").split()), " ".join((company or "").split())) if v]
    lowered = {line.casefold() for line in lines}
    return [h for h in head if h.casefold() not in lowered] + lines


def has_postal_address(address: str) -> bool:
    return bool(address_lines(address))
