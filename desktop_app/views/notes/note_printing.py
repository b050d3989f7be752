"""Painting envelopes and note cards onto a printer or a PDF, to the millimetre.

No dialogs here: ``write_pdf`` and ``print_pages`` take a device and paint, so tests read
the PDF back. Pages are laid out with the paper's exact size (long side across, zero
margins) and everything is placed in millimetres from the paper's top-left corner, as the
positions in ``domain.envelopes`` are given. A printer is used in full-page mode for the
same reason: its unprintable edge must not shift the addresses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextOption,
)

from desktop_app.domain.envelopes import Box, CardSize, EnvelopeSize, address_lines
from desktop_app.domain.i18n import tr

RECIPIENT_PT = 12.0
RETURN_PT = 8.0
CARD_PT = 14.0
MIN_PT = 6.5


@dataclass(frozen=True, slots=True)
class Envelope:
    recipient: tuple[str, ...]


def page_layout(width_mm: float, height_mm: float, name: str = "") -> QPageLayout:
    """An exact paper size, long side across, no margins."""
    portrait = QSizeF(min(width_mm, height_mm), max(width_mm, height_mm))
    size = QPageSize(portrait, QPageSize.Unit.Millimeter, name,
                     QPageSize.SizeMatchPolicy.ExactMatch)
    orientation = (QPageLayout.Orientation.Landscape if width_mm > height_mm
                   else QPageLayout.Orientation.Portrait)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


class _Pen:
    """A painter with millimetre helpers for one page device."""

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        self.painter = painter
        self.per_mm = device.logicalDpiX() / 25.4
        self.device = device

    def rect(self, box: Box) -> QRectF:
        k = self.per_mm
        return QRectF(box.x * k, box.y * k, box.width * k, box.height * k)

    def font(self, points: float, family: str = "", italic: bool = False) -> QFont:
        font = QFont(family) if family else QFont()
        font.setPointSizeF(points)
        font.setItalic(italic)
        # no "fi"/"fl" ligatures: sorting machines and the PDF's text read plain letters
        for tag in ("liga", "clig"):
            font.setFeature(QFont.Tag(tag), 0)
        return font

    def fit(self, lines: Sequence[str], box: Box, points: float) -> tuple[QFont, list[str]]:
        """The largest size up to ``points`` at which every line fits the box, and the
        lines to paint. When no size fits them as they are, a line too wide is broken at
        its spaces onto the next line (a company's "mbH & Co. KG" is never cut off)."""
        rect = self.rect(box)
        for wrap in (False, True):
            size = points
            while True:
                font = self.font(size)
                metrics = QFontMetricsF(font, self.device)
                shown = _wrapped(lines, metrics, rect.width()) if wrap else list(lines)
                wide = max((metrics.horizontalAdvance(line) for line in shown), default=0.0)
                tall = metrics.lineSpacing() * len(shown)
                if wide <= rect.width() and tall <= rect.height():
                    return font, shown
                if size <= MIN_PT:
                    break
                size -= 0.5
        return font, shown

    def lines(self, lines: Sequence[str], box: Box, font: QFont) -> None:
        """Lines top-left in the box; a line still too wide is cut with an ellipsis."""
        painter = self.painter
        painter.setFont(font)
        metrics = QFontMetricsF(font, self.device)
        rect = self.rect(box)
        y = rect.top() + metrics.ascent()
        for line in lines:
            if y - metrics.ascent() + metrics.height() > rect.bottom() + 0.5:
                break
            text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QPointF(rect.left(), y), text)
            y += metrics.lineSpacing()


def _wrapped(lines: Sequence[str], metrics: QFontMetricsF, width: float) -> list[str]:
    """Each line too wide for ``width`` broken at its spaces into lines that fit (a single
    word wider than that stays whole)."""
    out: list[str] = []
    for line in lines:
        current = ""
        for word in line.split(" "):
            trial = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(trial) > width:
                out.append(current)
                current = word
            else:
                current = trial
        out.append(current)
    return out


def paint_envelope(pen: _Pen, size: EnvelopeSize, return_lines: Sequence[str],
                   envelope: Envelope) -> None:
    font, shown = pen.fit(return_lines, size.return_box, RETURN_PT)
    pen.lines(shown, size.return_box, font)
    font, shown = pen.fit(list(envelope.recipient), size.recipient_box, RECIPIENT_PT)
    pen.lines(shown, size.recipient_box, font)


class NoteTooLong(OSError):
    """A note that does not fit its card even in the smallest print. An OSError, as a
    printer that cannot be opened is, so every print path shows the words to the rep."""


def _card_option() -> QTextOption:
    option = QTextOption()
    # words wrap at spaces; a word wider than the card (a long link) breaks inside itself
    # rather than running off the paper
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return option


def _wrapped_height(text: str, font: QFont, width: float, device: QPagedPaintDevice) -> float:
    """The height ``text`` takes in ``width``, wrapped as ``_card_option`` wraps it."""
    from PySide6.QtGui import QTextLayout

    metrics = QFontMetricsF(font, device)
    height = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font, device)
        layout.setTextOption(_card_option())
        layout.beginLayout()
        lines = 0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines += 1
        layout.endLayout()
        height += max(lines, 1) * metrics.lineSpacing()
    return height


def _card_box(size: CardSize) -> Box:
    return Box(size.margin, size.margin, size.width - 2 * size.margin,
               size.height - 2 * size.margin)


def card_font(pen: _Pen, size: CardSize, text: str) -> QFont | None:
    """The largest print, from CARD_PT down to MIN_PT, in which the whole note fits the
    card; None when it does not fit even in MIN_PT."""
    rect = pen.rect(_card_box(size))
    points = CARD_PT
    while points >= MIN_PT:
        font = pen.font(points, "DejaVu Serif", italic=True)
        if _wrapped_height(text, font, rect.width(), pen.device) <= rect.height():
            return font
        points -= 0.5
    return None


def paint_card(pen: _Pen, size: CardSize, text: str) -> None:
    font = card_font(pen, size, text)
    if font is None:
        raise NoteTooLong(_too_long(size, text))
    pen.painter.setFont(font)
    pen.painter.drawText(pen.rect(_card_box(size)), text, _card_option())


def _too_long(size: CardSize, text: str) -> str:
    start = " ".join(text.split()[:5])
    return tr("The note “{start}…” does not fit the {size}, even in small print. Shorten "
              "it, then print again: no card was printed.").format(start=start,
                                                                     size=tr(size.label))


def print_pages(device: QPagedPaintDevice, *, envelope_size: EnvelopeSize | None = None,
                return_address: str = "", envelopes: Sequence[Envelope] = (),
                card_size: CardSize | None = None, cards: Sequence[str] = ()) -> int:
    """Paint one page per envelope, then one per card. Returns the pages painted.

    The device must not be painting yet. Its layout is set to each paper in turn, so a PDF
    carries envelopes and cards at their own sizes.
    """
    pages: list[tuple[QPageLayout, Envelope | str]] = []  # an envelope, or a card's text
    return_lines = address_lines(return_address)
    if envelope_size is not None:
        layout = page_layout(envelope_size.width, envelope_size.height, envelope_size.label)
        pages += [(layout, e) for e in envelopes]
    if card_size is not None:
        layout = page_layout(card_size.width, card_size.height, card_size.label)
        pages += [(layout, text) for text in cards]
    if not pages:
        return 0
    if card_size is not None and cards:
        # every note is measured before anything is painted: a half-printed batch is worse
        # than none
        device.setPageLayout(page_layout(card_size.width, card_size.height, card_size.label))
        measuring = _Pen(QPainter(), device)
        for text in cards:
            if card_font(measuring, card_size, text) is None:
                raise NoteTooLong(_too_long(card_size, text))
    device.setPageLayout(pages[0][0])
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(tr("The printer or file could not be opened for printing."))
    try:
        for number, (layout, what) in enumerate(pages):
            if number:
                device.setPageLayout(layout)
                device.newPage()
            pen = _Pen(painter, device)
            if isinstance(what, Envelope):
                assert envelope_size is not None
                paint_envelope(pen, envelope_size, return_lines, what)
            else:
                assert card_size is not None
                paint_card(pen, card_size, what)
    finally:
        painter.end()
    return len(pages)


def write_pdf(path: Path | str, *, envelope_size: EnvelopeSize | None = None,
              return_address: str = "", envelopes: Sequence[Envelope] = (),
              card_size: CardSize | None = None, cards: Sequence[str] = ()) -> int:
    """``print_pages`` into a PDF file at ``path``; returns the pages written."""
    writer = QPdfWriter(str(path))
    writer.setResolution(1200)
    writer.setCreator("Tickler")
    writer.setTitle(tr("Notes to write"))
    return print_pages(writer, envelope_size=envelope_size, return_address=return_address,
                       envelopes=envelopes, card_size=card_size, cards=cards)
