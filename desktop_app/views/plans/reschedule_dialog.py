"""Moving a touch to another date and time, shown in both time zones."""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import (
    OutOfRangeError,
    check_in_range,
    is_nonexistent,
    local_to_utc,
    repeated_choices,
    utc_to_local,
    zone,
)
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.touches import reschedule_touch
from desktop_app.store.store import QueueRow
from desktop_app.views.common.qt_dates import edit_format, from_qdatetime, to_qdatetime, ui_datetime
from desktop_app.views.common.refusal import FieldError
from desktop_app.views.shell.undo import UndoHistory


class RescheduleDialog(QDialog):
    def __init__(self, ctx: AppContext, touch: QueueRow, parent: QWidget | None = None,
                 undo: UndoHistory | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.undo = undo
        self.touch = touch
        self.setWindowTitle(tr("Reschedule touch"))
        layout = QVBoxLayout(self)
        if touch.company:
            text = tr("<b>{touch}</b> for {name} ({company})")
        else:
            text = tr("<b>{touch}</b> for {name}")
        heading = QLabel(text.format(touch=escape(builtin_words(touch.title)),
                                     name=escape(touch.prospect),
                                     company=escape(touch.company or "")), self)
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        form = QFormLayout()
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(edit_format(weekday=True, time=True))
        # An overdue touch starts at the next quarter hour, so OK at once moves it ahead
        # (its own time, or this very minute, would be refused as passed).
        now = ctx.now()
        start = touch.due_utc if touch.due_utc > now else now.replace(
            minute=now.minute - now.minute % 15, second=0, microsecond=0) + timedelta(minutes=15)
        theirs = utc_to_local(start, touch.timezone)
        self.when.setDateTime(to_qdatetime(theirs.replace(tzinfo=None)))
        form.addRow(tr("New time ({zone}):").format(zone=touch.timezone.replace("_", " ")),
                    self.when)
        # The hour the clocks repeat when they go back happens twice: the rep picks which.
        self.fold = QComboBox(self)
        self.fold.setObjectName("RepeatedHour")
        self.fold.hide()
        self.fold_label = QLabel(tr("Which one:"), self)
        self.fold_label.hide()
        form.addRow(self.fold_label, self.fold)
        self.mine = QLabel(self)
        form.addRow(tr("Your time:"), self.mine)
        layout.addLayout(form)
        self.error = FieldError(self, field=self.when, name="FieldError")
        self.fold.activated.connect(self.error.withdraw)  # the repeated hour was picked
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.when.dateTimeChanged.connect(self._update)
        self.fold.currentIndexChanged.connect(self._update)
        self._update()

    def _chosen(self) -> datetime:
        local = from_qdatetime(self.when.dateTime())
        if not self.fold.isHidden() and self.fold.currentIndex() == 1:
            local = local.replace(fold=1)  # the second time the clock shows it
        return local

    def _update(self, *_args: object) -> None:
        local = self._chosen()
        try:
            check_in_range(local, tr("That time"))
        except OutOfRangeError as exc:
            self.mine.setText(f"— {exc}")
            return
        choices = repeated_choices(local, self.touch.timezone)
        current = tuple(self.fold.itemText(i) for i in range(self.fold.count()))
        if choices != current and not (choices is None and self.fold.isHidden()):
            self.fold.blockSignals(True)
            self.fold.clear()
            self.fold.addItems(list(choices or ()))
            self.fold.setPlaceholderText(tr("Which one? (the clocks go back)"))
            self.fold.setCurrentIndex(-1)  # never a silent pick: the rep chooses
            self.fold.blockSignals(False)
            self.fold.setVisible(choices is not None)
            self.fold_label.setVisible(choices is not None)
            local = self._chosen()
        if is_nonexistent(local, zone(self.touch.timezone)):
            self.mine.setText(tr("— that time does not exist there (clocks go forward)"))
            return
        mine = utc_to_local(local_to_utc(local, self.touch.timezone), self.ctx.rep_timezone)
        self.mine.setText(f"{ui_datetime(mine, year=True, sep=', ')} ({self.ctx.rep_timezone})")

    def accept(self) -> None:
        if not self.fold.isHidden() and self.fold.currentIndex() < 0:
            self.error.refuse(tr("The clocks go back that night, so this time happens "
                                 "twice: pick which one."))
            return
        try:
            chosen = self._chosen()
            if self.undo is not None:
                self.undo.run(tr("Reschedule: {touch} to {name}").format(
                                  touch=builtin_words(self.touch.title), name=self.touch.prospect),
                              self.touch.prospect_id,
                              lambda: reschedule_touch(self.ctx, self.touch.id, chosen))
            else:
                reschedule_touch(self.ctx, self.touch.id, chosen)
        except ValidationError as exc:
            self.error.refuse(str(exc))
            self.adjustSize()  # a refusal of two lines is read whole, not clipped
            return
        super().accept()


__all__ = ["RescheduleDialog"]
