"""Reading and changing one message's subject and text before it goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.cliches import find_cliches
from desktop_app.domain.i18n import tr
from desktop_app.views.common.colours import Tone, set_tone
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.refusal import FieldError
from desktop_app.views.common.screens import fit_to_screen


class ComposeDialog(QDialog):
    """``submit(subject, body)`` does the work on OK and returns None, or a problem to show:
    the dialog then stays open with the rep's text, so a refused send loses nothing."""

    def __init__(self, title: str, subject: str, body: str, ok_text: str = "",
                 parent: QWidget | None = None, note: str = "",
                 submit: Callable[[str, str], str | None] | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setObjectName("ComposeDialog")
        self.setWindowTitle(title)
        fit_to_screen(self, 680, 560)
        layout = QVBoxLayout(self)
        if note:
            self.note = QLabel(note, self)
            self.note.setWordWrap(True)
            set_tone(self.note, Tone.WARNING)
            layout.addWidget(self.note)
        form = QFormLayout()
        self.subject_edit = QLineEdit(subject, self)
        self.subject_edit.setObjectName("ComposeSubject")
        form.addRow(tr("&Subject:"), self.subject_edit)
        layout.addLayout(form)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("ComposeBody")
        self.body_edit.setAccessibleName(tr("Message"))
        self.body_edit.setPlainText(body)
        layout.addWidget(self.body_edit, 1)
        self.warning = QLabel(self)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        set_tone(self.warning, Tone.ERROR)
        layout.addWidget(self.warning)
        self.refusal = FieldError(self, field=self.body_edit, name="ComposeRefusal")
        layout.addWidget(self.refusal)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or tr("Send"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.body_edit.textChanged.connect(self._check)
        self._check()
        apply_keyboard_rules(self)

    def _check(self) -> None:
        hits = find_cliches(self.body_edit.toPlainText())
        self.warning.setText(
            tr("Cliché: {phrases} — give the reader a reason instead.").format(
                phrases=", ".join(f"“{h.text}”" for h in hits)) if hits else "")
        self.warning.setVisible(bool(hits))

    def accept(self) -> None:
        problem = self._submit(self.subject(), self.body()) if self._submit else None
        if problem:
            self.refusal.refuse(problem)
            return
        super().accept()

    def subject(self) -> str:
        return self.subject_edit.text()

    def body(self) -> str:
        return self.body_edit.toPlainText()
