"""How did the call go? One button per outcome; the plan adjusts itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import CallOutcome
from ..store.store import QueueRow

OUTCOME_LABELS: tuple[tuple[CallOutcome, str], ...] = (
    (CallOutcome.CONVERSATION, "Conversation"),
    (CallOutcome.APPOINTMENT, "Appointment booked"),
    (CallOutcome.VOICEMAIL, "Voicemail left"),
    (CallOutcome.NO_ANSWER, "No answer"),
    (CallOutcome.NEW_STALL, "New stall…"),
    (CallOutcome.NOT_INTERESTED, "Not interested"),
)
WHY_NOT = ("not compelling", "too busy", "not interested")


class CallOutcomeDialog(QDialog):
    def __init__(self, touch: QueueRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Call with {touch.prospect}")
        self.outcome: CallOutcome | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{touch.title}</b> — {touch.reason}", self))
        grid = QGridLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[CallOutcome, QPushButton] = {}
        for i, (outcome, label) in enumerate(OUTCOME_LABELS):
            button = QPushButton(label, self)
            button.setCheckable(True)
            self.group.addButton(button)
            self.buttons[outcome] = button
            button.clicked.connect(lambda _c=False, o=outcome: self._pick(o))
            grid.addWidget(button, i // 3, i % 3)
        layout.addLayout(grid)
        self.why_label = QLabel("Why?", self)
        self.why_box = QComboBox(self)
        self.why_box.addItems(WHY_NOT)
        layout.addWidget(self.why_label)
        layout.addWidget(self.why_box)
        self.notes_box = QPlainTextEdit(self)
        self.notes_box.setPlaceholderText("Notes from the call (optional)")
        self.notes_box.setFixedHeight(70)
        layout.addWidget(self.notes_box)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self._pick(None)

    def _pick(self, outcome: CallOutcome | None) -> None:
        self.outcome = outcome
        show_why = outcome is CallOutcome.NOT_INTERESTED
        self.why_label.setVisible(show_why)
        self.why_box.setVisible(show_why)
        self.box.button(QDialogButtonBox.StandardButton.Save).setEnabled(outcome is not None)

    @property
    def why(self) -> str | None:
        return self.why_box.currentText() if self.outcome is CallOutcome.NOT_INTERESTED else None

    @property
    def notes(self) -> str:
        return self.notes_box.toPlainText().strip()
