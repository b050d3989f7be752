"""Palettes and window walks shared by the desktop tests (dark mode, keyboard, screens)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory


def light_palette() -> QPalette:
    """Fusion's own light palette."""
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def dark_palette() -> QPalette:
    """The usual Fusion dark palette (what a dark desktop theme gives Qt apps)."""
    pal = QPalette()
    window, base, text = QColor(53, 53, 53), QColor(35, 35, 35), QColor(240, 240, 240)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        pal.setColor(group, QPalette.ColorRole.Window, window)
        pal.setColor(group, QPalette.ColorRole.WindowText, text)
        pal.setColor(group, QPalette.ColorRole.Base, base)
        pal.setColor(group, QPalette.ColorRole.AlternateBase, QColor(45, 45, 45))
        pal.setColor(group, QPalette.ColorRole.ToolTipBase, QColor(25, 25, 25))
        pal.setColor(group, QPalette.ColorRole.ToolTipText, text)
        pal.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(160, 160, 160))
        pal.setColor(group, QPalette.ColorRole.Text, text)
        pal.setColor(group, QPalette.ColorRole.Button, window)
        pal.setColor(group, QPalette.ColorRole.ButtonText, text)
        pal.setColor(group, QPalette.ColorRole.BrightText, QColor(255, 80, 80))
        pal.setColor(group, QPalette.ColorRole.Link, QColor(120, 170, 255))
        pal.setColor(group, QPalette.ColorRole.Highlight, QColor(42, 130, 218))
        pal.setColor(group, QPalette.ColorRole.HighlightedText, QColor(0, 0, 0))
        pal.setColor(group, QPalette.ColorRole.Light, QColor(80, 80, 80))
        pal.setColor(group, QPalette.ColorRole.Midlight, QColor(66, 66, 66))
        pal.setColor(group, QPalette.ColorRole.Mid, QColor(40, 40, 40))
        pal.setColor(group, QPalette.ColorRole.Dark, QColor(25, 25, 25))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(disabled, role, QColor(127, 127, 127))
    pal.setColor(disabled, QPalette.ColorRole.Window, window)
    pal.setColor(disabled, QPalette.ColorRole.Base, base)
    pal.setColor(disabled, QPalette.ColorRole.Button, window)
    return pal
