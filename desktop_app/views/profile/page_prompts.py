"""The questions the profile page asks before it loses, moves or trashes anything."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.services.slots import ZoneMove
from desktop_app.views.common.qt_dates import ui_datetime, ui_time

SHOWN_MOVES = 8


def ask_unsaved(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for a page with unsaved changes."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved changes"),
                      tr("This profile has changes that are not saved yet."),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("unsavedPrompt")
    box.setInformativeText(tr("Save them before closing?"))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


def confirm_zone_change(parent: QWidget, new_zone: str, moves: Sequence[ZoneMove],
                        rep_zone: str) -> bool:
    """Say what a corrected zone moves (each touch keeps its wall time) before saving."""
    box = QMessageBox(QMessageBox.Icon.Question, tr("Change the time zone"),
                      tr("Move their plan to {zone}?").format(zone=new_zone.replace("_", " ")),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName("zoneChangePrompt")
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 520px; }")
    lines = []
    for move in moves[:SHOWN_MOVES]:
        before = utc_to_local(move.before_utc, rep_zone)
        after = utc_to_local(move.after_utc, rep_zone)
        # a move across midnight on your clock names the day, or it would read wrong
        shown = ui_time if after.date() == before.date() else ui_datetime
        lines.append(tr("• {touch}, {their_time} their time: {after} your time (was {before})")
                     .format(touch=builtin_words(move.title), their_time=ui_datetime(move.wall),
                             after=shown(after), before=shown(before)))
    if len(moves) > SHOWN_MOVES:
        lines.append(tr("• and %n more", None, len(moves) - SHOWN_MOVES))
    box.setInformativeText(
        tr("What was agreed keeps its time on their clock, so these move for you:")
        + "\n\n" + "\n".join(lines) + "\n\n"
        + tr("An invite they already have gets an updated copy to send."))
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return box.exec() == QMessageBox.StandardButton.Save


def confirm_trash(parent: QWidget, name: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Move to trash"),
                      tr("Move {name} to the trash?").format(name=name),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setObjectName("trashPrompt")
    box.setInformativeText(tr("Their pending touches are cancelled; restoring them from "
                              "Prospect ▸ Trash brings those touches back."))
    return box.exec() == QMessageBox.StandardButton.Yes
