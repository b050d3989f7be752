"""What to ask on the call: an editor for each open gap, and what they said before."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.events import EventKind
from desktop_app.domain.gaps import GapField
from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.services.calls import EventAnswer, PastStall
from desktop_app.views.calls.voicemail_box import OK_STYLE
from desktop_app.views.common.colours import set_tone
from desktop_app.views.common.qt_dates import edit_format, from_qdate, ui_date
from desktop_app.views.common.refusal import FieldError

EVENT_KINDS = tuple((kind.value, kind.label) for kind in EventKind)


class GapEditor(QObject):
    """The editor for one gap question, and how to read its answer."""

    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.widget: QWidget
        self._line: QLineEdit | None = None
        if key == "budget":
            box = QWidget(parent)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            self.status = QComboBox(box)
            self.status.addItem(tr("Not asked yet"), "unknown")
            self.status.addItem(tr("Planned"), "planned")
            self.status.addItem(tr("Not planned"), "not_planned")
            self.source = QLineEdit(box)
            self.source.setPlaceholderText(tr("If not planned: how would it be found?"))
            self.status.setAccessibleName(tr("Budget"))
            self.source.setAccessibleName(tr("How the budget would be found"))
            row.addWidget(self.status)
            row.addWidget(self.source, 1)
            self.widget = box
        elif key == "compelling_events":
            box = QWidget(parent)
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            self.kind = QComboBox(box)
            self.kind.addItem(tr("Not asked yet"), "")
            for value, label in EVENT_KINDS:
                self.kind.addItem(tr(label), value)
            self.day = QDateEdit(box)
            self.day.setCalendarPopup(True)
            self.day.setDisplayFormat(edit_format())
            self.day.setDate(QDate.currentDate().addMonths(1))
            self.note = QLineEdit(box)
            self.note.setPlaceholderText(tr("What happens"))
            self.kind.setAccessibleName(tr("Compelling event"))
            self.day.setAccessibleName(tr("Date of the compelling event"))
            self.note.setAccessibleName(tr("What happens"))
            row.addWidget(self.kind)
            row.addWidget(self.day)
            row.addWidget(self.note, 1)
            self.widget = box
        else:
            self._line = QLineEdit(parent)
            if key == "others_involved":
                self._line.setPlaceholderText(tr("Names or roles, separated by commas"))
            self.widget = self._line
        self.widget.setObjectName(f"gap_{key}")

    def answer(self) -> object | None:
        if self.key == "budget":
            status = self.status.currentData()
            return (status, self.source.text()) if status != "unknown" else None
        if self.key == "compelling_events":
            kind = self.kind.currentData()
            if not kind:
                return None
            return EventAnswer(kind, from_qdate(self.day.date()), self.note.text())
        assert self._line is not None
        return self._line.text().strip() or None


class AskBox(QGroupBox):
    """Each open gap's question with a field for the answer, and a button that saves the
    answers to the profile (or a line saying the profile is complete)."""

    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Ask about (open gaps)"), parent)
        group_layout = QVBoxLayout(self)
        group_layout.setContentsMargins(2, 2, 2, 2)
        scroll = QScrollArea(self)
        scroll.setObjectName("gapsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.gaps_box = QWidget(scroll)
        self.gaps_box.setObjectName("gapsBox")
        scroll.setWidget(self.gaps_box)
        group_layout.addWidget(scroll)
        # a refused answer, under the questions (the answers stay as typed)
        self.refusal = FieldError(self, name="answersRefused")
        group_layout.addWidget(self.refusal)
        self.gaps_layout = QVBoxLayout(self.gaps_box)
        self.gaps_layout.setSpacing(2)
        self.editors: list[GapEditor] = []
        self.save_button: QPushButton | None = None

    def fill(self, gaps: Sequence[GapField]) -> None:
        self.refusal.withdraw()
        while self.gaps_layout.count():
            item = self.gaps_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for editor in self.editors:
            editor.deleteLater()
        self.editors = []
        self.save_button = None
        if not gaps:
            done = QLabel(tr("No gaps left: the profile is complete."), self.gaps_box)
            set_tone(done, OK_STYLE)
            self.gaps_layout.addWidget(done)
            self.gaps_layout.addStretch(1)
            return
        for gap in gaps:
            editor = GapEditor(gap.key, self.gaps_box)
            label = QLabel(tr(gap.question), self.gaps_box)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(editor.widget)
            self.gaps_layout.addWidget(label)
            self.gaps_layout.addWidget(editor.widget)
            self.gaps_layout.addSpacing(4)
            self.editors.append(editor)
        self.save_button = QPushButton(tr("Save &answers to the profile"), self.gaps_box)
        self.save_button.setObjectName("saveAnswers")
        self.save_button.clicked.connect(self.save_requested)
        self.gaps_layout.addWidget(self.save_button)
        self.gaps_layout.addStretch(1)

    def answers(self) -> dict[str, object]:
        return {e.key: a for e in self.editors if (a := e.answer()) is not None}


class PastStallsBox(QGroupBox):
    """The prospect's own words from each stall logged, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("What they said before"), parent)
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("pastStalls")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)

    def fill(self, stalls: Sequence[PastStall], rep_zone: str) -> None:
        if not stalls:
            none_yet = tr("No stalls logged with their words yet.")
            self.label.setText(f"<i>{html.escape(none_yet)}</i>")
            return
        items = []
        for stall in stalls:
            day = ui_date(utc_to_local(stall.logged_utc, rep_zone), year=True)
            items.append(f"<p><b>{html.escape(day)}</b> · {html.escape(tr(stall.kind_label))}<br>"
                         f"“{html.escape(stall.words)}”</p>")
        self.label.setText("".join(items))
