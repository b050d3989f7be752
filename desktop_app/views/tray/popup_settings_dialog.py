"""When call pop-ups come: a lead time, and the rep's working hours and days."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import tr
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.reminders import (
    MAX_LEAD_MINUTES,
    PopupSettings,
    popup_settings,
    save_popup_settings,
)
from desktop_app.views.common.qt_dates import from_qtime, to_qtime, ui_weekday
from desktop_app.views.common.refusal import FieldErrors

A_MONDAY = date(2024, 1, 1)


class PopupSettingsDialog(QDialog):
    """Lead time and working hours; a problem is shown beside its field and nothing is saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PopupSettingsDialog")
        self.setWindowTitle(tr("Call pop-ups"))
        self.ctx = ctx
        current = popup_settings(ctx)
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.lead_spin = QSpinBox(self)
        self.lead_spin.setRange(0, MAX_LEAD_MINUTES)
        self.lead_spin.setSuffix(" " + tr("min before the call"))
        self.lead_spin.setSpecialValueText(tr("At the agreed minute"))
        self.lead_spin.setValue(current.lead_minutes)
        form.addRow(tr("&Pop up:"), self.lead_spin)
        self.errors = FieldErrors(fallback="work_end")
        self.lead_error = self.errors.add("lead_minutes", self, self.lead_spin)
        form.addRow("", self.lead_error)

        self.hold_check = QCheckBox(tr("&Hold pop-ups outside my working hours"), self)
        self.hold_check.setChecked(current.hold_outside_hours)
        form.addRow("", self.hold_check)

        self.start_edit = QTimeEdit(to_qtime(current.work_start), self)
        self.end_edit = QTimeEdit(to_qtime(current.work_end), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        hours.addWidget(self.start_edit)
        hours.addWidget(QLabel(tr("to", "from a time to a time"), self))
        hours.addWidget(self.end_edit)
        hours.addStretch(1)
        self.hours_label = QLabel(tr("&Working hours:"), self)
        self.hours_label.setBuddy(self.start_edit)
        form.addRow(self.hours_label, hours)
        self.hours_error = self.errors.add("work_end", self, self.end_edit)
        self.start_edit.timeChanged.connect(self.hours_error.withdraw)
        form.addRow("", self.hours_error)

        self.day_checks: list[QCheckBox] = []
        days = QHBoxLayout()
        for number in range(7):
            check = QCheckBox(ui_weekday(A_MONDAY + timedelta(days=number)), self)
            check.setChecked(number in current.work_days)
            self.day_checks.append(check)
            days.addWidget(check)
        days.addStretch(1)
        form.addRow(tr("Working days:"), days)
        self.days_error = self.errors.add("work_days", self, self.day_checks[0])
        for check in self.day_checks[1:]:
            check.clicked.connect(self.days_error.withdraw)
        form.addRow("", self.days_error)
        layout.addLayout(form)

        note = QLabel(tr("Calls that come due while pop-ups are held show together when your "
                         "working hours start. They always stay in today's queue."), self)
        note.setWordWrap(True)
        layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.hold_check.toggled.connect(self._hold_changed)
        self._hold_changed(self.hold_check.isChecked())
        self.setMinimumWidth(480)

    def _hold_changed(self, hold: bool) -> None:
        for widget in (self.start_edit, self.end_edit, *self.day_checks):
            widget.setEnabled(hold)

    def settings(self) -> PopupSettings:
        return PopupSettings(
            lead_minutes=self.lead_spin.value(),
            hold_outside_hours=self.hold_check.isChecked(),
            work_start=from_qtime(self.start_edit.time()),
            work_end=from_qtime(self.end_edit.time()),
            work_days=frozenset(i for i, check in enumerate(self.day_checks)
                                if check.isChecked()),
        )

    def save(self) -> None:
        self.errors.withdraw()
        try:
            save_popup_settings(self.ctx, self.settings())
        except ValidationError as exc:
            self.errors.refuse_error(exc, focus=True)
            return
        self.accept()
