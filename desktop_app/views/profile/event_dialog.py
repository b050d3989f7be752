"""Add or change one compelling event: its kind, its date (picked or typed in words), a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.events import EventDraft, EventKind
from desktop_app.domain.i18n import tr
from desktop_app.views.common.colours import Tone
from desktop_app.views.common.qt_dates import edit_format, from_qdate, to_qdate, ui_date
from desktop_app.views.common.refusal import FieldError


class EventDialog(QDialog):
    """Add or change one compelling event."""

    def __init__(self, draft: EventDraft | None, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle(tr("Compelling event") if draft is None else tr("Change event"))
        self._draft = draft
        self.kind = QComboBox(self)
        self.kind.setObjectName("eventKind")
        for kind in EventKind:
            self.kind.addItem(tr(kind.label), kind.value)
        self.has_date = QCheckBox(tr("It has a date"), self)
        self.has_date.setObjectName("eventHasDate")
        self.date = QDateEdit(self)
        self.date.setObjectName("eventDate")
        self.date.setAccessibleName(tr("Date of the event"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(edit_format(weekday=True))
        self.note = QLineEdit(self)
        self.note.setObjectName("eventNote")
        self.note.setPlaceholderText(tr("What happens, e.g. “Warranty on the chiller runs out”"))
        self.note.setMinimumWidth(360)

        start = draft.event_date if draft and draft.event_date else today
        self.date.setDate(to_qdate(start))
        self.has_date.setChecked(draft is None or draft.event_date is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.date.setEnabled(self.has_date.isChecked())
        if draft is not None:
            self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
            self.note.setText(draft.note)

        self._today = today
        self.words = QLineEdit(self)
        self.words.setObjectName("eventWhenWords")
        self.words.setAccessibleName(tr("When, in words"))
        self.words.setPlaceholderText(tr("or in words: “in 45 days”, “31 March”, “next June”"))
        # made before the words are watched, so its own clearing on an edit runs first
        self.words_note = FieldError(self, field=self.words, name="eventWordsNote")
        self.words.textEdited.connect(self._words_edited)

        form = QFormLayout()
        form.addRow(tr("Kind"), self.kind)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        form.addRow(tr("Date"), date_row)
        form.addRow("", self.words)
        form.addRow("", self.words_note)
        form.addRow(tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _words_edited(self, text: str) -> None:
        """A date typed as words sets the date field, or says which words it could not read."""
        from datetime import datetime, time

        from desktop_app.domain.slot_words import parse_slot_words

        if not text.strip():
            self.words_note.withdraw()
            return
        parsed = parse_slot_words(text, datetime.combine(self._today, time(9, 0)))
        if parsed is None or not parsed.has_date or parsed.unread:
            if parsed and parsed.unread:
                note = tr("Tickler can't read that as a date (“{words}”); try “in 45 days” or "
                          "“31 March 2027”, or pick it above.").format(
                              words=" ".join(parsed.unread))
            else:
                note = tr("Tickler can't read that as a date; try “in 45 days” or "
                          "“31 March 2027”, or pick it above.")
            self.words_note.refuse(note)
        else:
            day = parsed.when.date()
            self.has_date.setChecked(True)
            self.date.setDate(to_qdate(day))
            self.words_note.say(f"→ {ui_date(day, weekday=True, long=True, year=True)}",
                                Tone.OK)

    def draft(self) -> EventDraft:
        when = from_qdate(self.date.date()) if self.has_date.isChecked() else None
        kind = EventKind(self.kind.currentData())
        event_id = self._draft.id if self._draft else None
        return EventDraft(kind, when, self.note.text().strip(), event_id)
