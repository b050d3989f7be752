"""Log a stall: who, what they said, the agreed slot, and the plan it makes, before saving."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import (
    OutOfRangeError,
    check_in_range,
    is_valid_zone,
    repeated_choices,
    utc_to_local,
)
from desktop_app.domain.model import PlannedTouch, SlotQuality, StallKind
from desktop_app.domain.slot_words import read_slot_words
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.prospects import search_prospects
from desktop_app.services.stalls import (
    StallPreview,
    StallRequest,
    log_stall,
    log_stall_for_new_prospect,
    preview_plan,
    suggested_slot_local,
)
from desktop_app.views.common.colours import Box, Tone, set_tone
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.qt_dates import (
    edit_format,
    from_qdatetime,
    to_qdatetime,
    ui_date,
    ui_datetime,
)
from desktop_app.views.common.refusal import FieldError, FieldErrors
from desktop_app.views.common.screens import fit_to_screen
from desktop_app.views.common.table_model import RowTableModel
from desktop_app.views.common.zone_list import TimeZonePicker
from desktop_app.views.profile.prospect_model import ProspectTableModel


class PlanPreviewModel(RowTableModel[PlannedTouch]):
    """The touches a stall will create, in both time zones."""

    COLUMNS = (QT_TR_NOOP("Their time"), QT_TR_NOOP("Your time"), QT_TR_NOOP("Channel"),
               QT_TR_NOOP("Touch"), QT_TR_NOOP("Why"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = "UTC"
        self._rep_tz = "UTC"

    def set_plan(self, touches: list[PlannedTouch], tz: str, rep_tz: str) -> None:
        self._tz, self._rep_tz = tz, rep_tz
        self.set_rows(touches)

    def cell(self, row: int, column: int, role: int) -> Any:
        touch = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return ui_datetime(utc_to_local(touch.due_utc, self._tz))
            if column == 1:
                return ui_datetime(utc_to_local(touch.due_utc, self._rep_tz))
            if column == 2:
                return tr(touch.channel.label)
            if column == 3:
                title = builtin_words(touch.title)
                return tr("{title} (optional)").format(title=title) if touch.optional else title
            return builtin_words(touch.reason)
        if role == Qt.ItemDataRole.ToolTipRole:
            return builtin_words(touch.reason)
        return None


class LogStallDialog(QDialog):
    """Nothing is saved until Save; a bad field gets its message beside it."""

    def __init__(self, ctx: AppContext, prospect_id: int | None = None,
                 parent: QWidget | None = None, *, origin_touch_id: int | None = None,
                 undo: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # The window's UndoHistory: a stall logged for a prospect in the book ends their
        # plan, so Ctrl+Z must bring that plan back (the call panel's "New stall" is undone
        # with the call's outcome instead, so it passes none).
        self.undo = undo
        self.origin_touch_id = origin_touch_id  # the call this stall was heard on
        self.setObjectName("LogStallDialog")
        self.setWindowTitle(tr("Log a stall"))
        fit_to_screen(self, 860, 780)
        self.stall_id: int | None = None
        self.prospect_id: int | None = prospect_id
        self.saved_message = ""
        self.preview: StallPreview | None = None
        self._errors = FieldErrors(fallback="slot")
        self._words_problem: str | None = None  # the slot words could not be read in full

        self._recompute_timer = QTimer(self)
        self._recompute_timer.setObjectName("StallPreviewDebounce")
        self._recompute_timer.setSingleShot(True)
        self._recompute_timer.setInterval(60)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_prospect_box())
        layout.addWidget(self._build_stall_box())
        layout.addWidget(self._build_plan_box(), 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("Save stall and plan"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._recompute_timer.timeout.connect(self.recompute)
        if prospect_id is not None:
            self._fix_prospect(prospect_id)
        self._set_default_slot()
        self.recompute()
        apply_keyboard_rules(self)

    # -- layout ---------------------------------------------------------------------------

    def _error_label(self, key: str, field: QWidget) -> FieldError:
        cleared_by = field.zoneChanged if isinstance(field, TimeZonePicker) else None
        return self._errors.add(key, self, field, cleared_by=cleared_by)

    def _build_prospect_box(self) -> QGroupBox:
        box = QGroupBox(tr("Prospect"), self)
        layout = QVBoxLayout(box)
        chosen_row = QHBoxLayout()
        self.chosen_label = QLabel(box)
        self.chosen_label.setObjectName("ChosenProspect")
        self.chosen_label.hide()
        chosen_row.addWidget(self.chosen_label, 1)
        self.other_button = QPushButton(tr("&Other prospect…"), box)
        self.other_button.setObjectName("OtherProspect")
        self.other_button.clicked.connect(self._unfix_prospect)
        self.other_button.hide()
        chosen_row.addWidget(self.other_button)
        layout.addLayout(chosen_row)

        self.search_row = QWidget(box)
        row = QHBoxLayout(self.search_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit(self.search_row)
        self.search_edit.setObjectName("ProspectSearch")
        self.search_edit.setAccessibleName(tr("Find the prospect"))
        self.search_edit.setPlaceholderText(tr("Type a name, company, email or phone…"))
        row.addWidget(self.search_edit, 1)
        self.new_button = QPushButton(tr("New prospect…"), self.search_row)
        self.new_button.setCheckable(True)
        row.addWidget(self.new_button)
        layout.addWidget(self.search_row)

        self.results_model = ProspectTableModel(
            lambda text: search_prospects(self.ctx, text, 50), self)
        self.results = QTableView(box)
        self.results.setObjectName("ProspectResults")
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setStretchLastSection(True)
        for column in (2, 3):
            self.results.hideColumn(column)
        self.results.setColumnWidth(0, 200)
        self.results.setColumnWidth(1, 230)
        self.results.setMaximumHeight(112)
        layout.addWidget(self.results)

        self.new_box = QWidget(box)
        grid = QGridLayout(self.new_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.new_fields: dict[str, QLineEdit] = {}
        for i, (key, label) in enumerate((("first_name", tr("First name:")),
                                          ("last_name", tr("Last name:")),
                                          ("company", tr("Company:")), ("title", tr("Title:")),
                                          ("email", tr("Email:")), ("phone", tr("Phone:")))):
            edit = QLineEdit(self.new_box)
            edit.setObjectName(f"new_{key}")
            self.new_fields[key] = edit
            grid.addWidget(QLabel(label, self.new_box), (i // 2) * 2, (i % 2) * 2)
            grid.addWidget(edit, (i // 2) * 2, (i % 2) * 2 + 1)
            grid.addWidget(self._error_label(key, edit), (i // 2) * 2 + 1, (i % 2) * 2 + 1)
            edit.textChanged.connect(self._schedule_recompute)
        self.tz_picker = TimeZonePicker(self.ctx.now, self.new_box)
        self.tz_picker.setObjectName("new_timezone")
        self.tz_picker.list.setMinimumHeight(56)  # gives way rather than being cut off
        self.tz_picker.list.setMaximumHeight(92)
        self.tz_picker.current.hide()  # the list shows their time; the slot line names the zone
        self.tz_picker.set_zone(self.ctx.rep_timezone)
        zone_label = QLabel(tr("Time zone:"), self.new_box)
        zone_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(zone_label, 6, 0)
        grid.addWidget(self.tz_picker, 6, 1, 1, 3)
        grid.addWidget(self._error_label("timezone", self.tz_picker), 7, 1, 1, 3)
        self.tz_picker.zoneChanged.connect(self._schedule_recompute)
        self.new_box.hide()
        layout.addWidget(self.new_box)
        layout.addWidget(self._error_label("prospect", self.search_edit))

        self.search_edit.textChanged.connect(self.results_model.set_filter)
        self.results_model.modelReset.connect(self._select_first_result)
        self.results.selectionModel().selectionChanged.connect(self._schedule_recompute)
        self.new_button.toggled.connect(self._toggle_new)
        self.results_model.refresh()
        return box

    def _build_stall_box(self) -> QGroupBox:
        box = QGroupBox(tr("What they said"), self)
        form = QFormLayout(box)
        self.kind_combo = QComboBox(box)
        self.kind_combo.setObjectName("StallKind")
        for kind in StallKind:
            self.kind_combo.addItem(tr(kind.label), kind.value)
        form.addRow(tr("Stall:"), self.kind_combo)
        self.words_edit = QPlainTextEdit(box)
        self.words_edit.setObjectName("TheirWords")
        self.words_edit.setPlaceholderText(tr("Their own words, e.g. “Call me next month, "
                                              "after the budget meeting.”"))
        self.words_edit.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.words_edit.setTabChangesFocus(True)
        form.addRow(tr("Their words:"), self.words_edit)

        quality_row = QWidget(box)
        quality_layout = QHBoxLayout(quality_row)
        quality_layout.setContentsMargins(0, 0, 0, 0)
        self.booked_radio = QRadioButton(tr("Booked: they agreed a date and time"), quality_row)
        self.vague_radio = QRadioButton(tr("Vague: no firm time"), quality_row)
        self.booked_radio.setChecked(True)
        self.quality_group = QButtonGroup(self)
        self.quality_group.addButton(self.booked_radio)
        self.quality_group.addButton(self.vague_radio)
        quality_layout.addWidget(self.booked_radio)
        quality_layout.addWidget(self.vague_radio)
        quality_layout.addStretch(1)
        form.addRow(tr("Callback:"), quality_row)

        self.slot_row = QWidget(box)
        slot_layout = QHBoxLayout(self.slot_row)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        self.slot_words = QLineEdit(self.slot_row)
        self.slot_words.setObjectName("SlotWords")
        self.slot_words.setAccessibleName(tr("When, in words (their time)"))
        self.slot_words.setPlaceholderText(tr("“next Tuesday 3pm”, “in two weeks 10am”…"))
        slot_layout.addWidget(self.slot_words, 1)
        self.slot_edit = QDateTimeEdit(self.slot_row)
        self.slot_edit.setObjectName("SlotEdit")
        self.slot_edit.setAccessibleName(tr("When (their time)"))
        self.slot_edit.setCalendarPopup(True)
        self.slot_edit.setDisplayFormat(edit_format(weekday=True, time=True))
        slot_layout.addWidget(self.slot_edit)
        # The hour the clocks repeat when they go back happens twice: the rep picks which.
        self.fold_combo = QComboBox(self.slot_row)
        self.fold_combo.setObjectName("RepeatedHour")
        self.fold_combo.setToolTip(tr("This time happens twice the night the clocks go back: "
                                      "pick which one was agreed."))
        self.fold_combo.hide()
        slot_layout.addWidget(self.fold_combo)
        form.addRow(tr("When (their time):"), self.slot_row)
        self.slot_assumed = QLabel(box)
        self.slot_assumed.setObjectName("SlotAssumed")
        self.slot_assumed.setWordWrap(True)
        set_tone(self.slot_assumed, Tone.MUTED)
        self.slot_assumed.hide()
        form.addRow("", self.slot_assumed)
        self.slot_info = QLabel(box)
        self.slot_info.setTextFormat(Qt.TextFormat.PlainText)
        self.slot_info.setObjectName("SlotInfo")
        form.addRow("", self.slot_info)
        form.addRow("", self._error_label("slot", self.slot_edit))
        self.nudge = QLabel(box)
        self.nudge.setObjectName("BookingNudge")
        self.nudge.setWordWrap(True)
        set_tone(self.nudge, Box.WARNING, "padding: 6px; border-radius: 4px;")
        form.addRow("", self.nudge)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.booked_radio.toggled.connect(self._schedule_recompute)
        self.slot_edit.dateTimeChanged.connect(self._slot_picked)
        self.fold_combo.currentIndexChanged.connect(self._schedule_recompute)
        self.slot_words.textEdited.connect(self._words_changed)
        return box

    def _build_plan_box(self) -> QGroupBox:
        box = QGroupBox(tr("The plan"), self)
        layout = QVBoxLayout(box)
        self.plan_title = QLabel(box)
        self.plan_title.setObjectName("PlanTitle")
        layout.addWidget(self.plan_title)
        self.replaces_label = QLabel(box)
        self.replaces_label.setObjectName("ReplacesPlan")
        self.replaces_label.setWordWrap(True)
        set_tone(self.replaces_label, Box.WARNING, "padding: 4px; border-radius: 4px;")
        self.replaces_label.hide()
        layout.addWidget(self.replaces_label)
        self.plan_model = PlanPreviewModel(self)
        self.plan_view = QTableView(box)
        self.plan_view.setObjectName("PlanPreview")
        self.plan_view.setModel(self.plan_model)
        self.plan_view.verticalHeader().setVisible(False)
        self.plan_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.plan_view.setTabKeyNavigation(False)
        self.plan_view.setWordWrap(False)
        header = self.plan_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.plan_view, 1)
        self.plan_note = QLabel(box)
        self.plan_note.setObjectName("PlanNote")
        self.plan_note.setWordWrap(True)
        set_tone(self.plan_note, Tone.MUTED)
        layout.addWidget(self.plan_note)
        return box

    # -- state ----------------------------------------------------------------------------

    def _fix_prospect(self, prospect_id: int) -> None:
        prospect = self.ctx.store.get_prospect(prospect_id)
        if prospect is None:
            return
        self.prospect_id = prospect_id
        name = f"{prospect.first_name} {prospect.last_name}".strip()
        company = f" — {prospect.company}" if prospect.company else ""
        self.chosen_label.setTextFormat(Qt.TextFormat.RichText)
        self.chosen_label.setText(f"<b>{escape(name)}</b>{escape(company)} · "
                                  f"{escape(prospect.timezone)}")
        self.chosen_label.show()
        self.other_button.show()
        self.search_row.hide()
        self.results.hide()

    def _unfix_prospect(self) -> None:
        """Pick someone else than the prospect the dialog was opened for."""
        self.prospect_id = None
        self.chosen_label.hide()
        self.other_button.hide()
        self.search_row.show()
        self.results.show()
        self.results.clearSelection()
        self.search_edit.setFocus()
        self._schedule_recompute()

    def _select_first_result(self) -> None:
        # Only a search picks its best match; the unfiltered list waits for the rep's choice.
        if self.results_model.rowCount() and self.search_edit.text().strip():
            self.results.selectRow(0)

    def _toggle_new(self, on: bool) -> None:
        self.new_box.setVisible(on)
        self.results.setVisible(not on)
        self.search_edit.setEnabled(not on)
        if on:
            text = self.search_edit.text().strip()
            if text and not self.new_fields["first_name"].text():
                first, _, last = text.partition(" ")
                self.new_fields["first_name"].setText(first)
                self.new_fields["last_name"].setText(last)
            self.new_fields["first_name"].setFocus()
        self._schedule_recompute()

    def _chosen_prospect(self) -> int | None:
        if self.prospect_id is not None:
            return self.prospect_id
        if self.new_button.isChecked():
            return None
        rows = self.results.selectionModel().selectedRows()
        row = self.results_model.row_at(rows[0].row()) if rows else None
        return row.id if row else None

    def _zone(self) -> str | None:
        if self.new_button.isChecked() and self.prospect_id is None:
            name = self.tz_picker.zone()
            return name if is_valid_zone(name) else None
        prospect_id = self._chosen_prospect()
        if prospect_id is None:
            return None
        prospect = self.ctx.store.get_prospect(prospect_id)
        return prospect.timezone if prospect else None

    def kind(self) -> StallKind:
        return StallKind(self.kind_combo.currentData())

    def quality(self) -> SlotQuality:
        return SlotQuality.BOOKED if self.booked_radio.isChecked() else SlotQuality.VAGUE

    def _set_default_slot(self) -> None:
        """Start the picker where this stall would land (a month on for "next month", a
        week for "next week", a couple of hours for "later"), until the rep picks a time."""
        tz = self._zone() or self.ctx.rep_timezone
        existing = None if self.new_button.isChecked() else self._chosen_prospect()
        suggested = suggested_slot_local(self.ctx, self.kind(), tz, existing)
        if suggested is None:
            local_now = utc_to_local(self.ctx.now(), tz).replace(tzinfo=None)
            suggested = datetime.combine(local_now.date() + timedelta(days=1), time(10, 0))
        self.slot_edit.blockSignals(True)
        self.slot_edit.setDateTime(to_qdatetime(suggested))
        self.slot_edit.blockSignals(False)
        self._update_fold_choice()

    def _slot_picked(self, *_args: object) -> None:
        self._slot_chosen = True
        self._update_fold_choice()
        self._schedule_recompute()

    def _update_fold_choice(self) -> None:
        tz = self._zone() or self.ctx.rep_timezone
        choices = repeated_choices(from_qdatetime(self.slot_edit.dateTime()), tz)
        current = tuple(self.fold_combo.itemText(i) for i in range(self.fold_combo.count()))
        if choices == current or (choices is None and self.fold_combo.isHidden()):
            return
        self.fold_combo.blockSignals(True)
        self.fold_combo.clear()
        if choices:
            self.fold_combo.addItems(list(choices))
            self.fold_combo.setPlaceholderText(tr("Which one? (the clocks go back)"))
            self.fold_combo.setCurrentIndex(-1)  # never a silent pick: the rep chooses
        self.fold_combo.blockSignals(False)
        self.fold_combo.setVisible(choices is not None)

    def _kind_changed(self) -> None:
        dark = self.kind() is StallKind.GONE_DARK
        for widget in (self.booked_radio, self.vague_radio, self.slot_row):
            widget.setEnabled(not dark)
        if not getattr(self, "_slot_chosen", False):
            self._set_default_slot()
        self._schedule_recompute()

    def _words_changed(self, text: str) -> None:
        """The words alone decide the slot: what they leave open is assumed and said, and
        "next week" or "next month" alone make a vague stall of that kind."""
        tz = self._zone() or self.ctx.rep_timezone
        local_now = utc_to_local(self.ctx.now(), tz).replace(tzinfo=None)
        reading = read_slot_words(text, local_now)
        self._words_problem = None
        self.slot_assumed.hide()
        if reading is None or reading.unread:
            if text.strip():
                if reading is None:
                    self._words_problem = tr("Tickler can't read that as a date or time; try "
                                             "“next Tuesday 3pm” or pick it on the right.")
                else:
                    self._words_problem = tr(
                        "Tickler can't read “{words}” as a date or time; try “next Tuesday "
                        "3pm” or pick it on the right.").format(words=" ".join(reading.unread))
            self._schedule_recompute()
            return
        if reading.when is not None:
            try:  # year 1 or 9999 is refused in words, not clamped by the picker
                check_in_range(reading.when, tr("That time"))
            except OutOfRangeError as exc:
                self._words_problem = str(exc)
                self._schedule_recompute()
                return
        if reading.assumed:
            self.slot_assumed.setText(tr("Assumed: {what}.").format(
                what="; ".join(reading.assumed)))
            self.slot_assumed.show()
        if reading.vague is not None:
            # "next month" said as "not ready yet" stays that kind (the same playbook)
            same = {StallKind.NEXT_MONTH: (StallKind.NOT_READY,),
                    StallKind.LATER: (StallKind.TOO_BUSY,)}.get(reading.vague, ())
            index = self.kind_combo.findData(reading.vague.value)
            if index >= 0 and self.kind() is not reading.vague and self.kind() not in same:
                self.kind_combo.setCurrentIndex(index)
            self.vague_radio.setChecked(True)
            self._schedule_recompute()
            return
        assert reading.when is not None
        self.booked_radio.setChecked(True)
        self.slot_edit.setDateTime(to_qdatetime(reading.when))
        self.slot_words.setEnabled(True)

    def _schedule_recompute(self, *_args: object) -> None:
        self._recompute_timer.start()

    def recompute(self) -> bool:
        """Refresh the preview; returns whether the stall could be saved as it stands."""
        self._errors.withdraw()
        self._update_fold_choice()
        kind = self.kind()
        vague = self.quality() is SlotQuality.VAGUE and kind is not StallKind.GONE_DARK
        self.slot_edit.setEnabled(not vague and kind is not StallKind.GONE_DARK)
        self.slot_words.setEnabled(kind is not StallKind.GONE_DARK)
        self.nudge.setVisible(vague)
        words_problem = self._words_problem if self.slot_words.isEnabled() else None
        self.nudge.setText(tr("Try to pin it down while you are on the call: “Shall we say "
                              "Tuesday at 10:00, your time?” A firm slot gets answered far "
                              "more often than “next week”."))
        tz = self._zone()
        ok = True
        if tz is None:
            if self.new_button.isChecked():
                self._errors.refuse("timezone",
                                    tr("Pick the prospect's time zone from the list."))
            else:
                self._errors.refuse("prospect",
                                    tr("Pick a prospect from the list, or add a new one."))
            ok = False
            tz = self.ctx.rep_timezone
        new_prospect = self.new_button.isChecked() and self.prospect_id is None
        existing = None if new_prospect else self._chosen_prospect()
        try:
            preview = preview_plan(self.ctx, kind, tz, self._slot_local(), self.quality(),
                                   prospect_id=existing, origin_touch_id=self.origin_touch_id)
        except ValidationError as exc:
            self._errors.refuse_error(exc)
            self.plan_model.set_plan([], tz, self.ctx.rep_timezone)
            self.plan_title.setText("")
            self.replaces_label.hide()
            self.plan_note.setText("")
            self.slot_info.setText("")
            self.preview = None
            self.save_button.setEnabled(False)
            return False
        self.preview = preview
        self.plan_model.set_plan(list(preview.plan.touches), tz, self.ctx.rep_timezone)
        self.plan_title.setText(tr("<b>{playbook}</b>: %n touch(es)",
                                   None, len(preview.plan.touches)).format(
            playbook=escape(builtin_words(preview.playbook_name))))
        if preview.replaces is not None:
            self.replaces_label.setText(self._replaces_text(preview.replaces))
        self.replaces_label.setVisible(preview.replaces is not None)
        notes = []
        if preview.plan.dropped:
            notes.append(tr("Left out: {steps}.").format(steps="; ".join(preview.plan.dropped)))
        self.plan_note.setText(" ".join(notes))
        if preview.plan.slot_utc is not None:
            theirs = utc_to_local(preview.plan.slot_utc, tz)
            mine = utc_to_local(preview.plan.slot_utc, self.ctx.rep_timezone)
            prefix = tr("Default slot (vague)") if vague else tr("Callback")
            # a time the clocks show twice is named with its zone abbreviation (BST / GMT)
            chosen = not self.fold_combo.isHidden() and self.fold_combo.currentIndex() >= 0
            abbreviation = f" {theirs:%Z}" if chosen else ""
            self.slot_info.setText(
                tr("{prefix}: {theirs} in {zone}\nwhich is {mine} your time ({rep_zone})").format(
                    prefix=prefix,
                    theirs=ui_datetime(theirs, year=True, sep=", ") + abbreviation,
                    zone=tz.replace("_", " "), mine=ui_datetime(mine, sep=", "),
                    rep_zone=self.ctx.rep_timezone.replace("_", " ")))
        else:
            self.slot_info.setText(tr("No callback slot: the gone-dark calls start tomorrow."))
        if not self.fold_combo.isHidden() and self.fold_combo.currentIndex() < 0 \
                and self._slot_local() is not None:
            self._errors.refuse("slot", tr("The clocks go back that night, so this time "
                                           "happens twice: pick which one was agreed."))
            ok = False
        if words_problem:  # the typed words were not (fully) read: don't save a guess
            self._errors.refuse("slot", words_problem)
            ok = False
        self.save_button.setEnabled(ok)
        return ok

    @staticmethod
    def _replaces_text(plan: Any) -> str:
        """"This replaces the plan from 23 Nov: 5 touches, callback Mon 7 Dec 10:00 (…)",
        its dates in the rep's language."""
        day = ui_date(utc_to_local(plan.logged_utc, plan.timezone))
        if plan.next_call_utc is None:
            text = tr("This replaces the plan from {day}: %n touch(es) (its touches are "
                      "cancelled: one live plan per prospect).", None, plan.pending)
            return text.format(day=day)
        text = tr("This replaces the plan from {day}: %n touch(es), {call} {when} (its "
                  "touches are cancelled: one live plan per prospect).", None, plan.pending)
        return text.format(day=day, call=plan.next_call_title,
                           when=ui_datetime(utc_to_local(plan.next_call_utc, plan.timezone)))

    def _slot_local(self) -> datetime | None:
        if self.kind() is StallKind.GONE_DARK or self.quality() is SlotQuality.VAGUE:
            return None
        local = from_qdatetime(self.slot_edit.dateTime())
        if not self.fold_combo.isHidden() and self.fold_combo.currentIndex() == 1:
            local = local.replace(fold=1)  # the second time the clock shows it
        return local

    def _prospect_name(self, prospect_id: int) -> str:
        prospect = self.ctx.store.get_prospect(prospect_id)
        if prospect is None:
            return tr("the prospect")
        name = f"{prospect.first_name} {prospect.last_name}".strip()
        return name or prospect.company or tr("the prospect")

    def new_prospect_fields(self) -> dict[str, str]:
        fields = {key: edit.text() for key, edit in self.new_fields.items()}
        fields["timezone"] = self.tz_picker.zone()
        return fields

    # -- saving ---------------------------------------------------------------------------

    def accept(self) -> None:
        self._recompute_timer.stop()
        if not self.recompute():
            return
        request = StallRequest(self._chosen_prospect() or 0, self.kind(),
                               self.words_edit.toPlainText(), self._slot_local(),
                               self.quality(), origin_touch_id=self.origin_touch_id)
        try:
            if self.new_button.isChecked() and self.prospect_id is None:
                _pid, self.stall_id = log_stall_for_new_prospect(
                    self.ctx, self.new_prospect_fields(), request, self.preview)
            elif self.undo is not None and self.origin_touch_id is None:
                name = self._prospect_name(request.prospect_id)
                preview = self.preview  # the plan saved is the one just shown
                self.stall_id = self.undo.run(
                    tr("Log stall: {kind} for {name}").format(kind=tr(request.kind.label),
                                                             name=name),
                    request.prospect_id,
                    lambda: log_stall(self.ctx, request, preview))
            else:  # the plan saved is the one just shown
                self.stall_id = log_stall(self.ctx, request, self.preview)
        except ValidationError as exc:
            self._errors.refuse_error(exc, focus=True)
            return
        count = len(self.preview.plan.touches) if self.preview else 0
        self.saved_message = tr("Stall logged: %n touch(es) planned.", None, count)
        super().accept()


__all__ = ["LogStallDialog", "PlanPreviewModel"]
