"""The call panel: who, why now, what to ask, what to say on voicemail, and how it went."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.domain.model import STATUS_WORDS, CallOutcome, DeclineReason
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.calls import (
    CallBrief,
    answer_gaps,
    call_brief,
    log_call_outcome,
    set_words_per_minute,
    voicemail_draft,
    words_per_minute,
)
from desktop_app.services.context import PROFILE, STALLS, TOUCHES
from desktop_app.services.touches import snooze_touch
from desktop_app.services.undo import PlanRows, plan_rows
from desktop_app.views.calls.ask_parts import AskBox, GapEditor, PastStallsBox
from desktop_app.views.calls.voicemail_box import (
    VoicemailBox,
    VoicemailMeter,
    cliche_warning,
    warning_label,
)
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.qt_dates import (
    edit_format,
    from_qdatetime,
    to_qdatetime,
    ui_date,
    ui_datetime,
    ui_time,
    ui_weekday,
)
from desktop_app.views.common.refusal import FieldError
from desktop_app.views.common.screens import fit_to_screen
from desktop_app.views.shell.undo import UndoHistory

__all__ = ["OUTCOME_LABELS", "SNOOZE_MINUTES", "CallPanel", "VoicemailMeter", "cliche_warning"]

T = TypeVar("T")
OUTCOME_LABELS = {
    CallOutcome.CONVERSATION: QT_TR_NOOP("Conversation"),
    CallOutcome.APPOINTMENT: QT_TR_NOOP("Appointment"),
    CallOutcome.VOICEMAIL: QT_TR_NOOP("Voicemail"),
    CallOutcome.NO_ANSWER: QT_TR_NOOP("No answer"),
    CallOutcome.NEW_STALL: QT_TR_NOOP("New stall"),
    CallOutcome.NOT_INTERESTED: QT_TR_NOOP("Not interested"),
}

SNOOZE_MINUTES = (5, 10, 30)


class CallPanel(QDialog):
    """Opened from the queue (C) or by clicking a pop-up; one per call touch."""

    call_logged = Signal(int, str)  # touch id, a message for the rep
    snoozed = Signal(int, str)
    status_message = Signal(str)

    def __init__(self, ctx: AppContext, touch_id: int, parent: QWidget | None = None,
                 changes: QObject | None = None, undo: UndoHistory | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.touch_id = touch_id
        self.undo = undo
        self._plan_before: PlanRows | None = None  # read when a new stall is being logged
        self.brief: CallBrief = call_brief(ctx, touch_id)
        self.setObjectName("callPanel")
        self.setWindowTitle(tr("Call {name}").format(name=self.brief.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build()
        self._fill()
        self.clock_timer = QTimer(self)
        self.clock_timer.setObjectName("callPanelClock")
        self.clock_timer.setInterval(15_000)
        self.clock_timer.timeout.connect(self._update_times)
        self.clock_timer.start()
        if changes is not None and hasattr(changes, "changed"):
            changes.changed.connect(self._on_changes)
        if undo is not None:
            self.addAction(undo.undo_action)
        apply_keyboard_rules(self)

    def _undoable(self, label: str, action: Callable[[], T]) -> T:
        """Run a service call, undoable from the main window when it has a history."""
        if self.undo is None:
            return action()
        before, self._plan_before = self._plan_before, None
        return self.undo.run(tr("{action}: {touch} to {name}").format(
            action=label, touch=builtin_words(self.brief.title), name=self.brief.name),
                             self.brief.prospect_id, action, before)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addLayout(self._build_who())
        outer.addWidget(self._build_reason())
        columns = QHBoxLayout()
        columns.addLayout(self._build_ask(), 1)
        self.voicemail_box = VoicemailBox(self)
        self.script_edit = self.voicemail_box.script_edit
        self.meter = self.voicemail_box.meter
        self.meter_label = self.voicemail_box.meter_label
        self.wpm_spin = self.voicemail_box.wpm_spin
        self.script_warning = self.voicemail_box.script_warning
        columns.addWidget(self.voicemail_box, 1)
        outer.addLayout(columns, 1)
        outer.addLayout(self._build_notes())
        outer.addWidget(self._build_appointment())
        # what is needed before an outcome can be logged, and the service's refusals
        self.outcome_hint = FieldError(self, name="outcomeHint")
        outer.addWidget(self.outcome_hint)
        outer.addLayout(self._build_outcomes())
        outer.addLayout(self._build_snooze_row())

        self.reason_edit.textChanged.connect(self._reason_changed)
        self.script_edit.textChanged.connect(self._update_meter)
        self.wpm_spin.valueChanged.connect(self._wpm_changed)
        fit_to_screen(self, 940, 720)

    def _build_who(self) -> QGridLayout:
        """Who: name and company, their numbers (click to dial), their time, the slot."""
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setObjectName("callName")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_label = QLabel(self)
        self.phone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_label.setObjectName("callPhone")
        self.phone_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.phone_label.setTextFormat(Qt.TextFormat.RichText)
        self.phone_label.linkActivated.connect(self.dial)
        self.local_time_label = QLabel(self)
        self.local_time_label.setObjectName("prospectLocalTime")
        self.slot_label = QLabel(self)
        self.slot_label.setTextFormat(Qt.TextFormat.PlainText)
        self.slot_label.setObjectName("slotLabel")
        header = QGridLayout()
        header.addWidget(self.name_label, 0, 0)
        header.addWidget(self.local_time_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.phone_label, 1, 0)
        header.addWidget(self.slot_label, 1, 1, Qt.AlignmentFlag.AlignRight)
        return header

    def _build_reason(self) -> QGroupBox:
        """Why now: the value statement, with a warning on cliché openers."""
        reason_box = QGroupBox(tr("&Reason for the call (your value statement)"), self)
        reason_layout = QVBoxLayout(reason_box)
        self.reason_edit = QPlainTextEdit(reason_box)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setAccessibleName(tr("Reason for the call"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.reason_warning = warning_label(reason_box, "reasonWarning")
        reason_layout.addWidget(self.reason_edit)
        reason_layout.addWidget(self.reason_warning)
        return reason_box

    def _build_ask(self) -> QVBoxLayout:
        """What to ask: the open gaps, and what they said before."""
        left = QVBoxLayout()
        self.ask_box = AskBox(self)
        self.ask_box.save_requested.connect(self.save_answers)
        self.gaps_box = self.ask_box.gaps_box
        self.gaps_layout = self.ask_box.gaps_layout
        left.addWidget(self.ask_box, 1)
        self.stalls_box = PastStallsBox(self)
        self.stalls_label = self.stalls_box.label
        left.addWidget(self.stalls_box)
        return left

    def _build_notes(self) -> QHBoxLayout:
        notes_row = QHBoxLayout()
        notes_label = QLabel(tr("N&otes"), self)
        self.notes_edit = QLineEdit(self)
        self.notes_edit.setObjectName("callNotes")
        self.notes_edit.setPlaceholderText(tr("What you learned on this call"))
        notes_label.setBuddy(self.notes_edit)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.notes_edit, 1)
        return notes_row

    def _build_appointment(self) -> QWidget:
        """The row that books an appointment, hidden until "Appointment booked…"."""
        self.appointment_row = QWidget(self)
        self.appointment_row.setObjectName("appointmentRow")
        appt = QHBoxLayout(self.appointment_row)
        appt.setContentsMargins(0, 0, 0, 0)
        self.appointment_edit = QDateTimeEdit(self.appointment_row)
        self.appointment_edit.setObjectName("appointmentWhen")
        self.appointment_edit.setCalendarPopup(True)
        self.appointment_edit.setDisplayFormat(edit_format(weekday=True, time=True))
        self.appointment_zone = QLabel(self.appointment_row)
        self.appointment_zone.setTextFormat(Qt.TextFormat.PlainText)
        # The hour the clocks repeat when they go back happens twice: the rep picks which.
        self.appointment_fold = QComboBox(self.appointment_row)
        self.appointment_fold.setObjectName("appointmentRepeatedHour")
        self.appointment_fold.hide()
        self.appointment_edit.dateTimeChanged.connect(self._update_appointment_fold)
        self.book_button = QPushButton(tr("&Book appointment"), self.appointment_row)
        self.book_button.setObjectName("bookAppointment")
        self.book_button.clicked.connect(self._book_appointment)
        self.appointment_edit.setAccessibleName(tr("Appointment on"))
        appt.addWidget(QLabel(tr("Appointment on"), self.appointment_row))
        appt.addWidget(self.appointment_edit)
        appt.addWidget(self.appointment_zone)
        appt.addWidget(self.appointment_fold)
        appt.addStretch(1)
        appt.addWidget(self.book_button)
        self.appointment_row.hide()
        return self.appointment_row

    def _build_outcomes(self) -> QHBoxLayout:
        """How it went: one button per outcome; "Not interested" asks why."""
        outcomes = QHBoxLayout()
        self.outcome_buttons: dict[CallOutcome, QPushButton | QToolButton] = {}
        for outcome, text in (
            (CallOutcome.CONVERSATION, tr("&Conversation")),
            (CallOutcome.APPOINTMENT, tr("A&ppointment booked…")),
            (CallOutcome.VOICEMAIL, tr("&Voicemail left")),
            (CallOutcome.NO_ANSWER, tr("&No answer")),
            (CallOutcome.NEW_STALL, tr("New &stall…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"outcome_{outcome.value}")
            button.clicked.connect(lambda _=False, o=outcome: self._outcome_clicked(o))
            outcomes.addWidget(button)
            self.outcome_buttons[outcome] = button
        decline = QToolButton(self)
        decline.setObjectName("outcome_not_interested")
        decline.setText(tr("Not &interested…"))
        decline.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # room for the menu's arrow, which the style draws over the end of the text
        arrow = decline.style().pixelMetric(decline.style().PixelMetric.PM_MenuButtonIndicator)
        decline.setMinimumWidth(decline.sizeHint().width() + arrow)
        menu = QMenu(decline)
        self.decline_actions: dict[DeclineReason, QAction] = {}
        for reason in DeclineReason:
            action = menu.addAction(tr(reason.label))
            action.setObjectName(f"decline_{reason.name.lower()}")
            action.triggered.connect(lambda _=False, r=reason: self._decline(r))
            self.decline_actions[reason] = action
        decline.setMenu(menu)
        outcomes.addWidget(decline)
        self.outcome_buttons[CallOutcome.NOT_INTERESTED] = decline
        return outcomes

    def _build_snooze_row(self) -> QHBoxLayout:
        """Not now: snooze, reschedule, or close."""
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(tr("Snooze:"), self))
        self.snooze_buttons: dict[int, QPushButton] = {}
        for minutes in SNOOZE_MINUTES:
            button = QPushButton(tr("%n min", None, minutes), self)
            button.setObjectName(f"snooze_{minutes}")
            button.clicked.connect(lambda _=False, m=minutes: self.snooze(m))
            bottom.addWidget(button)
            self.snooze_buttons[minutes] = button
        # The agreed time moved on the call: the slot, its reminder and invite follow it.
        self.reschedule_button = QPushButton(tr("Resc&hedule…"), self)
        self.reschedule_button.setObjectName("reschedule")
        self.reschedule_button.clicked.connect(lambda _=False: self.reschedule())
        bottom.addWidget(self.reschedule_button)
        bottom.addStretch(1)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.close)
        bottom.addWidget(close)
        return bottom

    def _fill(self) -> None:
        b = self.brief
        company = f" · {b.company}" if b.company else ""
        self.name_label.setText(f"{b.name}{company}")
        from desktop_app.views.calls.dialer import phone_links_html

        phones = phone_links_html([("", b.phone), (tr("mobile"), b.mobile)], b.timezone) \
            or html.escape(tr("no phone number on file"))
        title = builtin_words(b.title)
        touch = html.escape(title)
        if b.attempt:
            touch = html.escape(tr("{touch} (attempt {attempt} of 4)").format(
                touch=title, attempt=b.attempt))
        self.phone_label.setText(f"☎ {phones} \u00a0 — \u00a0 {touch}")
        self.reason_edit.setPlaceholderText(builtin_words(b.reason_hint))
        self.reason_edit.setPlainText(b.reason)
        self._drafted_script = b.voicemail
        self.script_edit.setPlainText(b.voicemail)
        self.wpm_spin.blockSignals(True)
        self.wpm_spin.setValue(words_per_minute(self.ctx))
        self.wpm_spin.blockSignals(False)
        self._fill_gaps()
        self._fill_stalls()
        self._update_times()
        self._reason_changed()
        self._update_meter()

    def _fill_gaps(self) -> None:
        self.ask_box.fill(self.brief.gaps)

    @property
    def _gap_editors(self) -> list[GapEditor]:
        return self.ask_box.editors

    @property
    def save_answers_button(self) -> QPushButton | None:
        return self.ask_box.save_button

    def _fill_stalls(self) -> None:
        self.stalls_box.fill(self.brief.stalls, self.ctx.rep_timezone)

    # -- live parts ------------------------------------------------------------------------

    def _update_times(self) -> None:
        now = self.ctx.now()
        tz = self.brief.timezone
        local = utc_to_local(now, tz)
        self.local_time_label.setText(
            tr("Their time: <b>{when}</b> ({zone})").format(
                when=html.escape(f"{ui_weekday(local)} {ui_time(local)}"), zone=html.escape(tz)))
        slot_local = utc_to_local(self.brief.original_due_utc, tz)
        minutes = int((now - self.brief.original_due_utc).total_seconds() // 60)
        if minutes > 0:
            when = tr("%n min ago", None, minutes)
        elif minutes == 0:
            when = tr("now")
        else:
            when = tr("in %n min", None, -minutes)
        if abs(minutes) >= 120:
            when = ui_date(slot_local)
        dialled = self.brief.dialled_utc
        if dialled is not None:  # the figure logged with the call, taken at the first dial
            late = int((dialled - self.brief.original_due_utc).total_seconds() // 60)
            punctual = (tr("%n min late", None, late) if late > 0 else tr("on time") if late == 0
                        else tr("%n min early", None, -late))
            when = tr("dialled {time}, {punctuality}").format(
                time=ui_time(utc_to_local(dialled, tz)), punctuality=punctual)
        text = tr("Agreed for {time} their time ({when})").format(
            time=ui_time(slot_local), when=when)
        if self.brief.calendar:  # what their calendar said of this slot
            text += f" · {self.brief.calendar}"
        self.slot_label.setText(text)

    def _reason_changed(self) -> None:
        text = self.reason_edit.toPlainText()
        self._redraft_script(text)
        warning = cliche_warning(text)
        self.reason_warning.setText(warning)
        self.reason_warning.setVisible(bool(warning))
        self._update_outcomes()

    def _redraft_script(self, reason: str) -> None:
        """The script follows the reason as it is typed, until the rep edits the script."""
        drafted = getattr(self, "_drafted_script", None)
        if drafted is None or self.script_edit.toPlainText() != drafted:
            return
        b = self.brief
        self._drafted_script = voicemail_draft(b.first_name, reason, b.rep_name, b.rep_phone,
                                               b.rep_company)
        self.script_edit.setPlainText(self._drafted_script)

    def _update_outcomes(self) -> None:
        open_call = self.brief.status == "pending"
        has_reason = bool(self.reason_edit.toPlainText().strip())
        for button in self.outcome_buttons.values():
            button.setEnabled(open_call and has_reason)
        self.book_button.setEnabled(open_call and has_reason)
        for button in self.snooze_buttons.values():
            button.setEnabled(open_call)
        if not open_call:
            status = STATUS_WORDS.get(self.brief.status)
            self.outcome_hint.say(tr("This call is already {status}.").format(
                status=tr(status) if status else self.brief.status), None)
        elif not has_reason:
            self.outcome_hint.say(
                tr("Write the reason for the call first: the outcomes unlock when it is "
                   "filled."), None)
        else:
            self.outcome_hint.withdraw()

    def _update_meter(self) -> None:
        self.meter_verdict = self.voicemail_box.update_meter()

    def _wpm_changed(self, value: int) -> None:
        self._update_meter()
        try:
            set_words_per_minute(self.ctx, value)
        except ValidationError as exc:
            self.status_message.emit(str(exc))

    def _on_changes(self, topics: object) -> None:
        if not isinstance(topics, frozenset) or topics & {PROFILE, TOUCHES, STALLS}:
            self.reload()

    def reload(self) -> None:
        """Read the touch again (another window may have changed it); keep what is typed."""
        try:
            fresh = call_brief(self.ctx, self.touch_id)
        except ValidationError:
            self.close()
            return
        gaps_changed = [g.key for g in fresh.gaps] != [g.key for g in self.brief.gaps]
        self.brief = fresh
        if gaps_changed:
            self._fill_gaps()
        self._fill_stalls()
        self._update_times()
        self._update_outcomes()

    # -- actions ---------------------------------------------------------------------------

    def save_answers(self) -> list[str]:
        answers = self.ask_box.answers()
        if not answers:
            return []
        try:
            filled = answer_gaps(self.ctx, self.brief.prospect_id, answers)
        except ValidationError as exc:
            self.ask_box.refusal.refuse(str(exc))
            self.status_message.emit(str(exc))
            return []
        self.ask_box.refusal.withdraw()
        self.reload()
        if filled:
            self.status_message.emit(
                tr("Saved %n answer(s) to the profile.", None, len(filled)))
        return filled

    def _outcome_clicked(self, outcome: CallOutcome) -> None:
        if outcome is CallOutcome.APPOINTMENT:
            self._show_appointment_row()
        elif outcome is CallOutcome.NEW_STALL:
            self._new_stall()
        else:
            self.log_outcome(outcome)

    def _show_appointment_row(self) -> None:
        tz = self.brief.timezone
        local = utc_to_local(self.ctx.now(), tz) + timedelta(days=7)
        local = local.replace(hour=10, minute=0, second=0, microsecond=0)
        self.appointment_edit.setDateTime(to_qdatetime(local.replace(tzinfo=None)))
        self.appointment_zone.setText(tr("their time ({zone})").format(zone=tz))
        self.appointment_row.show()
        self.appointment_edit.setFocus()

    def _update_appointment_fold(self, *_args: object) -> None:
        from desktop_app.domain.localtime import repeated_choices

        choices = repeated_choices(from_qdatetime(self.appointment_edit.dateTime()),
                                   self.brief.timezone)
        current = tuple(self.appointment_fold.itemText(i)
                        for i in range(self.appointment_fold.count()))
        if choices == current or (choices is None and self.appointment_fold.isHidden()):
            return
        self.appointment_fold.clear()
        if choices:
            self.appointment_fold.addItems(list(choices))
            self.appointment_fold.setPlaceholderText(tr("Which one? (the clocks go back)"))
            self.appointment_fold.setCurrentIndex(-1)  # never a silent pick: the rep chooses
        self.appointment_fold.setVisible(choices is not None)

    def _book_appointment(self) -> None:
        local = from_qdatetime(self.appointment_edit.dateTime())
        if not self.appointment_fold.isHidden():
            if self.appointment_fold.currentIndex() < 0:
                self.outcome_hint.refuse(tr("The clocks go back that night, so this time "
                                            "happens twice: pick which one was agreed."))
                return
            local = local.replace(fold=self.appointment_fold.currentIndex())
        self.log_outcome(CallOutcome.APPOINTMENT, appointment_local=local)

    def _decline(self, reason: DeclineReason) -> None:
        self.log_outcome(CallOutcome.NOT_INTERESTED, decline_reason=reason.value)

    def _new_stall(self) -> None:
        if not self.reason_edit.toPlainText().strip():
            self._update_outcomes()
            return
        try:
            from desktop_app.views.plans.log_stall_dialog import LogStallDialog
        except ImportError:
            self.status_message.emit(tr("Logging a stall is not available in this build."))
            return
        # Undo of "New stall" takes back the stall logged here as well as the outcome
        self._plan_before = plan_rows(self.ctx, self.brief.prospect_id)
        dialog = LogStallDialog(self.ctx, prospect_id=self.brief.prospect_id, parent=self,
                                origin_touch_id=self.touch_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.log_outcome(CallOutcome.NEW_STALL))
        dialog.rejected.connect(lambda: setattr(self, "_plan_before", None))
        self.stall_dialog = dialog
        dialog.open()

    def log_outcome(self, outcome: CallOutcome, *, decline_reason: str | None = None,
                    appointment_local: datetime | None = None) -> bool:
        """Save the answers typed, log the attempt, say what changed, close."""
        self.save_answers()
        notes = self.notes_edit.text().strip()
        if outcome is CallOutcome.VOICEMAIL:
            script = " ".join(self.script_edit.toPlainText().split())
            notes = f"{notes}\nVoicemail: {script}".strip()
        try:
            reason = self.reason_edit.toPlainText()
            added = self._undoable(tr(OUTCOME_LABELS[outcome]), lambda: log_call_outcome(
                self.ctx, self.touch_id, outcome, reason=reason, notes=notes,
                decline_reason=decline_reason, appointment_local=appointment_local))
        except ValidationError as exc:
            self.outcome_hint.refuse(str(exc))
            return False
        message = self._outcome_message(outcome, added, appointment_local)
        self.call_logged.emit(self.touch_id, message)
        self.brief = call_brief(self.ctx, self.touch_id)
        self.close()
        return True

    def _outcome_message(self, outcome: CallOutcome, added: list[int],
                         appointment_local: datetime | None) -> str:
        who = self.brief.name
        if outcome is CallOutcome.APPOINTMENT and appointment_local is not None:
            when = appointment_local
            return tr("Appointment with {name} booked for {when} their time.").format(
                name=who, when=ui_datetime(when, sep=", "))
        label = tr(OUTCOME_LABELS[outcome])
        if outcome.stops_plan:
            return tr("{outcome} logged for {name}; the rest of that plan is cancelled.").format(
                outcome=label, name=who)
        if added:
            return tr("{outcome} logged for {name}; gone-dark steps start: up to 4 calls over "
                      "2 weeks, then nurture.").format(outcome=label, name=who)
        if self.brief.attempt:
            return tr("{outcome} logged for {name} (call {attempt} of 4).").format(
                outcome=label, name=who, attempt=self.brief.attempt)
        return tr("{outcome} logged for {name}.").format(outcome=label, name=who)

    def dial(self, href: str) -> None:
        """A number was clicked: keep the moment (minutes late are taken now) and hand the
        tel: link to the system, or copy the number when nothing takes it."""
        from desktop_app.domain.contact import tel_uri
        from desktop_app.services.touches import start_call
        from desktop_app.views.calls.dialer import dial

        b = self.brief
        number = next((n for n in (b.phone, b.mobile) if n and tel_uri(n, b.timezone) == href),
                      href.removeprefix("tel:"))
        if b.status == "pending":
            try:
                start_call(self.ctx, self.touch_id)
            except ValidationError as exc:
                self.status_message.emit(str(exc))
            self.reload()
        result = dial(number, b.timezone)
        self.outcome_hint.say(result.message, None)
        self.status_message.emit(result.message)

    def reschedule(self) -> bool:
        """Move this call to another time (the queue's R): for the agreed call the stall's
        slot moves with its reminder, and an invite that went out gets an updated copy."""
        from datetime import timedelta

        from desktop_app.views.plans.reschedule_dialog import RescheduleDialog

        due = self.brief.due_utc
        row = next((r for r in self.ctx.store.queue(due + timedelta(minutes=1), since_utc=due)
                    if r.id == self.touch_id), None)
        if row is None:
            self.outcome_hint.refuse(tr("This call has already been logged or moved."))
            return False
        dialog = RescheduleDialog(self.ctx, row, self, undo=self.undo)
        self.reschedule_dialog = dialog
        if not dialog.exec():
            return False
        moved = call_brief(self.ctx, self.touch_id).due_utc
        when = utc_to_local(moved, self.ctx.rep_timezone)
        self.snoozed.emit(self.touch_id, tr("Moved {touch} for {name} to {when}.").format(
            touch=builtin_words(self.brief.title), name=self.brief.name, when=ui_datetime(when)))
        self.close()
        return True

    def snooze(self, minutes: int) -> None:
        try:
            due = self._undoable(tr("Snooze %n min", None, minutes),
                                 lambda: snooze_touch(self.ctx, self.touch_id, minutes))
        except ValidationError as exc:
            self.outcome_hint.refuse(str(exc))
            return
        when = utc_to_local(due, self.ctx.rep_timezone)
        self.snoozed.emit(self.touch_id,
                          tr("Snoozed %n min: {name} pops up again at {time}.", None, minutes)
                          .format(name=self.brief.name, time=f"{when:%H:%M}"))
        self.close()
