"""Every colour the window uses, for a light and a dark desktop, from one place.

Status text (errors, warnings, "✓ known", outbox states…) is a ``Tone``; a coloured box (the
cliché warning, the profile's "open gap" badge, an invalid field…) is a ``Box`` that always
carries its text colour with its background, so typed text never vanishes on it. Which set
applies follows the palette (a dark window means the dark set; Qt switches the palette when
the desktop's colour scheme changes) and each text colour is checked against the actual
window and base colours at use, so it keeps WCAG's 4.5:1 even on an unusual theme.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

MIN_CONTRAST = 4.5


class Tone(StrEnum):
    ERROR = "error"  # a problem to fix, an overdue row, a failed email
    WARNING = "warning"  # worth a look: an open gap, an uncertain email, a provider note
    OK = "ok"  # done, sent, "✓ known"
    MUTED = "muted"  # secondary text
    PROGRESS = "progress"  # something under way: sending
    LINK = "link"  # something to click: a phone number


class Box(StrEnum):
    WARNING = "warning"  # cliché and voicemail warnings, the booking nudge
    OPEN = "open"  # the profile's "4 of 7 known" while gaps are open
    DONE = "done"  # …and when all are known
    GAP_FIELD = "gap_field"  # a profile field still unknown
    INVALID = "invalid"  # a field that will not save as typed
    INFO = "info"  # the pop-up banner


_TEXT = {
    "light": {Tone.ERROR: "#b3261e", Tone.WARNING: "#7f4a00", Tone.OK: "#1e6b2f",
              Tone.MUTED: "#595959", Tone.PROGRESS: "#1f5fa8", Tone.LINK: "#1f5fa8"},
    "dark": {Tone.ERROR: "#ff8f86", Tone.WARNING: "#f5c26b", Tone.OK: "#86d69b",
             Tone.MUTED: "#b4b4b4", Tone.PROGRESS: "#92bdfa", Tone.LINK: "#92bdfa"},
}
# (background, text, border)
_BOXES = {
    "light": {Box.WARNING: ("#fff4e0", "#7a3410", "#f2b36b"),
              Box.OPEN: ("#fff1cc", "#6b4000", "#e0a800"),
              Box.DONE: ("#dff3e3", "#1e6b2f", "#8fd19e"),
              Box.GAP_FIELD: ("#fffaf0", "#1f1f1f", "#c98f00"),
              Box.INVALID: ("#fff5f5", "#1f1f1f", "#b3261e"),
              Box.INFO: ("#eff6ff", "#1e3a8a", "#93c5fd")},
    "dark": {Box.WARNING: ("#3d2a12", "#ffd6a8", "#a86a2a"),
             Box.OPEN: ("#3a2f10", "#ffe08a", "#a8861e"),
             Box.DONE: ("#16351f", "#a6e8b6", "#3f8a52"),
             Box.GAP_FIELD: ("#2f2a1c", "#f2f2f2", "#b08a2a"),
             Box.INVALID: ("#3b1c1c", "#f2f2f2", "#ff8f86"),
             Box.INFO: ("#17263f", "#d4e4ff", "#4a6fa8")},
}
# Bars of the report's charts, readable on both the light and the dark chart theme.
SERIES = {
    "light": ("#8a96a3", "#4c78a8", "#e07b10", "#4c9a44", "#a66a96"),
    "dark": ("#aab4bf", "#7aa6d6", "#f5a040", "#7cc474", "#d09ac2"),
}


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    a, b = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark window: the desktop's dark scheme, or a dark palette set by the rep's theme."""
    window = _palette(palette).color(QPalette.ColorRole.Window)
    return window.lightnessF() < 0.5


def scheme(palette: QPalette | None = None) -> str:
    return "dark" if is_dark(palette) else "light"


def readable(colour: QColor, *backgrounds: QColor) -> QColor:
    """``colour``, moved towards black or white just enough for 4.5:1 on every background."""
    if all(contrast(colour, bg) >= MIN_CONTRAST for bg in backgrounds):
        return colour
    dark_bg = sum(relative_luminance(bg) for bg in backgrounds) / len(backgrounds) < 0.18
    target = QColor("#ffffff" if dark_bg else "#000000")
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(colour.redF() + (target.redF() - colour.redF()) * t,
                                colour.greenF() + (target.greenF() - colour.greenF()) * t,
                                colour.blueF() + (target.blueF() - colour.blueF()) * t)
        if all(contrast(mixed, bg) >= MIN_CONTRAST for bg in backgrounds):
            return mixed
    return target


_readable_cache: dict[tuple[Tone, int, int, int], QColor] = {}


def text_colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The tone's colour for the current scheme, readable on the window and on lists.
    (Cached per palette: item models ask for it while painting.)"""
    pal = _palette(palette)
    backgrounds = (pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Base),
                   pal.color(QPalette.ColorRole.AlternateBase))
    window, base, alternate = backgrounds
    key = (tone, window.rgba(), base.rgba(), alternate.rgba())
    colour = _readable_cache.get(key)
    if colour is None:
        colour = _readable_cache[key] = readable(QColor(_TEXT[scheme(pal)][tone]),
                                                 *backgrounds)
    return QColor(colour)


def box_colours(box: Box, palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    background, text, border = _BOXES[scheme(palette)][box]
    return QColor(background), QColor(text), QColor(border)


def series_colours(palette: QPalette | None = None) -> tuple[QColor, ...]:
    return tuple(QColor(c) for c in SERIES[scheme(palette)])


def text_css(tone: Tone) -> str:
    return f"color: {text_colour(tone).name()};"


def box_css(box: Box, selector: str = "") -> str:
    """Background, text and border together (never a background without its text colour)."""
    background, text, border = (c.name() for c in box_colours(box))
    rules = f"background: {background}; color: {text}; border: 1px solid {border};"
    return f"{selector} {{ {rules} }}" if selector else rules


def html_colour(tone: Tone) -> str:
    """For a ``<span style='color:…'>`` in rich text."""
    return text_colour(tone).name()


# -- following the scheme ---------------------------------------------------------------------

_themed: weakref.WeakKeyDictionary[QWidget, Callable[[], str]] = weakref.WeakKeyDictionary()
_palette_toned: weakref.WeakKeyDictionary[QWidget, Callable[[], None]] = (
    weakref.WeakKeyDictionary())
_watching = False


def themed(widget: QWidget, css: Callable[[], str]) -> None:
    """Give ``widget`` the style sheet ``css()`` now and again whenever the scheme changes."""
    _themed[widget] = css
    widget.setStyleSheet(css())
    _watch()


def set_tone(widget: QWidget, tone: Tone | Box | None, extra: str = "") -> None:
    """Colour a label's text (a Tone) or make it a coloured box (a Box); None: plain again."""
    if tone is None:
        _themed.pop(widget, None)
        widget.setStyleSheet(extra)
        return
    if isinstance(tone, Box):
        themed(widget, lambda: box_css(tone) + (" " + extra if extra else ""))
    else:
        themed(widget, lambda: text_css(tone) + (" " + extra if extra else ""))


def set_palette_tone(widget: QWidget, tone: Tone) -> None:
    """Colour a label's text through its palette (no style sheet: cheaper before the first
    paint), again whenever the scheme changes."""
    def apply() -> None:
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.WindowText, text_colour(tone))
        widget.setPalette(palette)

    _palette_toned[widget] = apply
    apply()
    _watch()


def reapply() -> None:
    for widget, apply in list(_palette_toned.items()):
        try:
            apply()
        except RuntimeError:
            _palette_toned.pop(widget, None)
    for styled, css in list(_themed.items()):
        try:
            styled.setStyleSheet(css())
        except RuntimeError:  # the C++ widget is gone
            _themed.pop(styled, None)


def _watch() -> None:
    global _watching
    app = QGuiApplication.instance()
    if _watching or app is None:
        return
    _watching = True
    # A new application palette (a theme change, or the desktop switching scheme) re-styles
    # at once; the scheme signal covers a platform that changes the scheme before the palette.
    app.paletteChanged.connect(lambda *_: reapply())  # type: ignore[attr-defined]
    QGuiApplication.styleHints().colorSchemeChanged.connect(
        lambda *_: QTimer.singleShot(0, reapply))


# Printed pages (the report's PDF) are white paper whatever the screen's scheme.
PAPER_MUTED = "#555555"


def coloured(html: str, tone: Tone, tag: str = "span") -> str:
    """Rich text in the tone's colour (``html`` must already be escaped)."""
    return f"<{tag} style='color:{html_colour(tone)}'>{html}</{tag}>"


# The undo bar stands out from the window: dark on a light desktop, light on a dark one.
# (background, text, action, quiet)
_TOAST = {"light": ("#2b2b2b", "#f5f5f5", "#9ecbff", "#cccccc"),
          "dark": ("#e8e8e8", "#1f1f1f", "#0b57d0", "#444444")}


def toast_colours(palette: QPalette | None = None) -> tuple[QColor, ...]:
    return tuple(QColor(c) for c in _TOAST[scheme(palette)])


def toast_css(name: str) -> str:
    """The style sheet for a bar whose object name is ``name``."""
    background, text, action, quiet = (c.name() for c in toast_colours())
    return (f"#{name} {{ background: {background}; border-radius: 6px; }}"
            f"#{name} QLabel {{ color: {text}; background: transparent; }}"
            f"#{name} QPushButton {{ color: {action}; font-weight: bold; border: none;"
            " padding: 2px 8px; background: transparent; }"
            f"#{name} QToolButton {{ color: {quiet}; border: none; background: transparent; }}")
