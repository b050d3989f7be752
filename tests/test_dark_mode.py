"""Colours come from one place, follow the palette, and stay readable (WCAG 4.5:1)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.views.common import colours
from desktop_app.views.common.colours import Box, Tone, contrast, set_tone, text_colour
from tests.desktop_helpers import dark_palette, light_palette

pytestmark = pytest.mark.gui

# Windows and lists of the themes reps have: Fusion, GNOME Adwaita, KDE Breeze, Windows.
LIGHT_BACKGROUNDS = ("#ffffff", "#efefef", "#f6f5f4", "#fafafa", "#eff0f1", "#f0f0f0")
DARK_BACKGROUNDS = ("#353535", "#232323", "#2d2d2d", "#242424", "#1e1e1e", "#2a2e32",
                    "#202020", "#303030")


@pytest.fixture
def palette(qapp):
    before = QApplication.palette()
    yield lambda pal: QApplication.setPalette(pal)
    QApplication.setPalette(before)


@pytest.mark.parametrize("tone", list(Tone))
def test_every_status_colour_is_readable_in_both_schemes_as_designed(tone):
    for background in LIGHT_BACKGROUNDS:
        ratio = contrast(QColor(colours._TEXT["light"][tone]), QColor(background))
        assert ratio >= 4.5, f"{tone} on {background}: {ratio:.2f}:1"
    for background in DARK_BACKGROUNDS:
        ratio = contrast(QColor(colours._TEXT["dark"][tone]), QColor(background))
        assert ratio >= 4.5, f"{tone} on {background}: {ratio:.2f}:1"


@pytest.mark.parametrize("tone", list(Tone))
def test_status_colours_on_the_live_light_and_dark_palettes(palette, tone):
    for pal in (light_palette(), dark_palette()):
        palette(pal)
        colour = text_colour(tone)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                     QPalette.ColorRole.AlternateBase):
            assert contrast(colour, pal.color(role)) >= 4.5, (tone, role)
    assert colours.is_dark()


@pytest.mark.parametrize("box", list(Box))
def test_every_coloured_box_carries_a_readable_text_colour(box):
    for scheme in ("light", "dark"):
        background, text, _border = colours._BOXES[scheme][box]
        assert contrast(QColor(text), QColor(background)) >= 4.5, (scheme, box)
    css = colours.box_css(box)
    assert "background:" in css and re.search(r"(^|[ ;])color:", css)


def test_an_odd_theme_still_gets_readable_text(palette):
    """A mid-grey window (neither light nor dark) pulls the colour until it reads."""
    pal = light_palette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base,
                 QPalette.ColorRole.AlternateBase):
        pal.setColor(role, QColor("#bdbdbd"))
    palette(pal)
    for tone in Tone:
        assert contrast(text_colour(tone), QColor("#bdbdbd")) >= 4.5


def test_a_label_follows_a_change_of_scheme(qtbot, palette):
    palette(light_palette())
    label = QLabel("Overdue")
    qtbot.addWidget(label)
    set_tone(label, Tone.ERROR)
    assert colours._TEXT["light"][Tone.ERROR] in label.styleSheet()
    palette(dark_palette())
    assert colours._TEXT["dark"][Tone.ERROR] in label.styleSheet()


def test_no_colour_is_written_outside_the_palette_module():
    views = Path(__file__).resolve().parents[1] / "desktop_app" / "views"
    offenders = []
    for path in views.rglob("*.py"):
        if path.name == "colours.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"#[0-9a-fA-F]{3,8}\b['\";]", r"QColor\(\"", r"color:\s*#",
                        r"Qt\.GlobalColor\.(?!white\)|transparent)"):
            offenders += [f"{path.name}: {m.group(0)}" for m in re.finditer(pattern, text)]
    assert offenders == []


def test_in_dark_mode_the_profiles_open_gap_field_keeps_its_text_readable(
        qtbot, palette, ctx, prospect_id):
    from desktop_app.views.profile.profile_editor import page_style

    palette(dark_palette())
    sheet = page_style()
    rule = next(line for line in sheet.splitlines() if 'invalid="true"' in line)
    background = QColor(re.search(r"background: (#\w+)", rule).group(1))
    text = QColor(re.search(r" color: (#\w+)", rule).group(1))
    assert contrast(text, background) >= 4.5
    assert background.lightnessF() < 0.5  # a dark box, not the light one on a dark window


def test_the_undo_bar_reads_in_both_schemes():
    for scheme in ("light", "dark"):
        background, *texts = (QColor(c) for c in colours._TOAST[scheme])
        assert all(contrast(text, background) >= 4.5 for text in texts), scheme
