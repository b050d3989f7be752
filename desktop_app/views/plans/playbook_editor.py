"""Tools ▸ Playbooks: the rep edits the steps each stall lays out, with a live preview."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.domain.model import Channel, PlannedTouch, Playbook, PlaybookStep, SlotQuality
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.email import list_templates
from desktop_app.services.playbook_editing import (
    MAX_DAYS,
    MAX_MINUTES,
    check_playbook,
    is_customised,
    new_step_key,
    preview_playbook,
    reset_playbook,
    save_playbook,
    step_when,
)
from desktop_app.views.common.colours import Tone, set_tone
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.qt_dates import ui_datetime
from desktop_app.views.common.refusal import FieldError
from desktop_app.views.common.screens import fit_to_screen
from desktop_app.views.common.table_model import RowTableModel, configure_list_table

CONDITION_LABELS = (("always", QT_TR_NOOP("Always")),
                    ("booked", QT_TR_NOOP("Only when a time was agreed")),
                    ("vague", QT_TR_NOOP("Only when no time was agreed")))


class StepsTableModel(RowTableModel[PlaybookStep]):
    COLUMNS = (QT_TR_NOOP("When"), QT_TR_NOOP("Channel"), QT_TR_NOOP("Step"),
               QT_TR_NOOP("Template"), QT_TR_NOOP("Applies"), QT_TR_NOOP("Reason"))

    def __init__(self, template_names: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.template_names = template_names

    def cell(self, row: int, column: int, role: int) -> Any:
        step = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            title = builtin_words(step.title)
            if step.optional:
                title = tr("{title} (optional)").format(title=title)
            template = self.template_names.get(step.template or "", step.template or "—")
            condition = dict(CONDITION_LABELS).get(step.condition)
            applies = tr(condition) if condition else step.condition
            return (step_when(step), tr(step.channel.label), title, template,
                    applies, builtin_words(step.reason))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return builtin_words(step.reason)
        return None


class PreviewTableModel(RowTableModel[PlannedTouch]):
    COLUMNS = (QT_TR_NOOP("Due (their time)"), QT_TR_NOOP("Channel"), QT_TR_NOOP("Touch"),
               QT_TR_NOOP("Reason"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = "UTC"

    def cell(self, row: int, column: int, role: int) -> Any:
        touch = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            local = utc_to_local(touch.due_utc, self.tz)
            return (ui_datetime(local, sep=", "), tr(touch.channel.label),
                    builtin_words(touch.title), builtin_words(touch.reason))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return builtin_words(touch.reason)
        return None


class PlaybookListModel(RowTableModel[Playbook]):
    COLUMNS = (QT_TR_NOOP("Playbook"),)

    def __init__(self, customised: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._customised = customised

    def cell(self, row: int, column: int, role: int) -> Any:
        playbook = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if self._customised(playbook.key):
                return tr("{name}  (edited)").format(name=builtin_words(playbook.name))
            return builtin_words(playbook.name)
        return None


class PlaybookEditorDialog(QDialog):
    """Pick a playbook, change its steps, see the plan it makes, save or reset."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("PlaybookEditorDialog")
        self.setWindowTitle(tr("Playbooks"))
        fit_to_screen(self, 1180, 760)
        self._loading = False
        self.working: Playbook | None = None
        self.templates = {t.key: t.name for t in list_templates(ctx)}
        self._build()
        self._load_list()
        apply_keyboard_rules(self)

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("<b>Playbooks</b>"), self))
        self.list_model = PlaybookListModel(lambda key: is_customised(self.ctx, key), self)
        self.playbook_list = QListView(self)
        self.playbook_list.setObjectName("PlaybookList")
        self.playbook_list.setAccessibleName(tr("Playbooks"))
        self.playbook_list.setModel(self.list_model)
        self.playbook_list.setFixedWidth(230)
        self.playbook_list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._choose(current.row()))
        left.addWidget(self.playbook_list, 1)
        note = QLabel(tr("Edits apply to stalls you log from now on; touches already "
                         "planned stay as they are."), self)
        note.setWordWrap(True)
        note.setFixedWidth(230)
        set_tone(note, Tone.MUTED)
        left.addWidget(note)
        outer.addLayout(left)

        right = QVBoxLayout()
        head = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("PlaybookName")
        head.addRow(tr("&Name:"), self.name_edit)
        self.description_edit = QLineEdit(self)
        self.description_edit.setObjectName("PlaybookDescription")
        head.addRow(tr("&Description:"), self.description_edit)
        right.addLayout(head)

        steps_box = QGroupBox(tr("Steps"), self)
        steps_layout = QVBoxLayout(steps_box)
        self.steps_model = StepsTableModel(self.templates, self)
        self.steps_view = QTableView(steps_box)
        self.steps_view.setObjectName("PlaybookSteps")
        self.steps_view.setModel(self.steps_model)
        configure_list_table(self.steps_view)
        self.steps_view.setWordWrap(False)
        header = self.steps_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.steps_view.setMinimumHeight(84)  # fits a 1280×720 screen with the form
        self.steps_view.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_step(current.row()))
        steps_layout.addWidget(self.steps_view, 1)
        step_buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add step"), steps_box)
        self.remove_button = QPushButton(tr("Re&move step"), steps_box)
        self.up_button = QPushButton(tr("Move &up"), steps_box)
        self.down_button = QPushButton(tr("Move do&wn"), steps_box)
        for button, slot in ((self.add_button, self.add_step),
                             (self.remove_button, self.remove_step),
                             (self.up_button, lambda: self.move_step(-1)),
                             (self.down_button, lambda: self.move_step(1))):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        steps_layout.addLayout(step_buttons)

        form_widget = QWidget(steps_box)
        form = QFormLayout(form_widget)
        form.setContentsMargins(0, 4, 0, 0)
        self.title_edit = QLineEdit(form_widget)
        self.title_edit.setObjectName("StepTitle")
        form.addRow(tr("&Title:"), self.title_edit)
        self.channel_combo = QComboBox(form_widget)
        self.channel_combo.setObjectName("StepChannel")
        for channel in Channel:
            self.channel_combo.addItem(tr(channel.label), channel.value)
        form.addRow(tr("C&hannel:"), self.channel_combo)
        when = QHBoxLayout()
        self.anchor_combo = QComboBox(form_widget)
        self.anchor_combo.setObjectName("StepAnchor")
        self.anchor_combo.addItem(tr("days after the stall"), "stall")
        self.anchor_combo.addItem(tr("days from the agreed slot"), "slot")
        self.days_spin = QSpinBox(form_widget)
        self.days_spin.setObjectName("StepDays")
        self.days_spin.setRange(-MAX_DAYS, MAX_DAYS)
        self.minutes_spin = QSpinBox(form_widget)
        self.minutes_spin.setObjectName("StepMinutes")
        self.minutes_spin.setAccessibleName(tr("and minutes"))
        self.minutes_spin.setRange(-MAX_MINUTES, MAX_MINUTES)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setSuffix(tr(" min"))
        when.addWidget(self.days_spin)
        when.addWidget(self.anchor_combo)
        when.addWidget(QLabel(tr("and"), form_widget))
        when.addWidget(self.minutes_spin)
        when.addStretch(1)
        when_label = QLabel(tr("Wh&en:"), form_widget)
        when_label.setBuddy(self.days_spin)
        form.addRow(when_label, when)
        self.template_combo = QComboBox(form_widget)
        self.template_combo.setObjectName("StepTemplate")
        self.template_combo.addItem(tr("(no email)"), None)
        for key, name in self.templates.items():
            self.template_combo.addItem(name, key)
        form.addRow(tr("Tem&plate:"), self.template_combo)
        self.condition_combo = QComboBox(form_widget)
        self.condition_combo.setObjectName("StepCondition")
        for value, label in CONDITION_LABELS:
            self.condition_combo.addItem(tr(label), value)
        form.addRow(tr("App&lies:"), self.condition_combo)
        self.optional_check = QCheckBox(tr("&Optional: the rep may skip it"), form_widget)
        self.optional_check.setObjectName("StepOptional")
        form.addRow("", self.optional_check)
        self.reason_edit = QLineEdit(form_widget)
        self.reason_edit.setObjectName("StepReason")
        self.reason_edit.setPlaceholderText(tr("Why it is worth their time; {slot} is the "
                                               "agreed time"))
        form.addRow(tr("&Reason:"), self.reason_edit)
        steps_layout.addWidget(form_widget)
        self.step_form = form_widget
        right.addWidget(steps_box, 3)

        self.problems_label = FieldError(self, name="PlaybookProblems")
        right.addWidget(self.problems_label)

        preview_box = QGroupBox(tr("Preview on an example stall"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_top = QHBoxLayout()
        self.example_label = QLabel(preview_box)
        self.example_label.setObjectName("PreviewExample")
        self.example_label.setWordWrap(True)
        preview_top.addWidget(self.example_label, 1)
        self.vague_check = QCheckBox(tr("No time a&greed (vague)"), preview_box)
        self.vague_check.setObjectName("PreviewVague")
        self.vague_check.toggled.connect(lambda _on: self._refresh_preview())
        preview_top.addWidget(self.vague_check)
        preview_layout.addLayout(preview_top)
        self.preview_model = PreviewTableModel(self)
        self.preview_view = QTableView(preview_box)
        self.preview_view.setObjectName("PlaybookPreview")
        self.preview_view.setModel(self.preview_model)
        configure_list_table(self.preview_view)
        self.preview_view.setWordWrap(False)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        pheader = self.preview_view.horizontalHeader()
        pheader.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        pheader.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.preview_view.setMinimumHeight(72)
        # the preview takes the height left over, never the step form's: on a 720-pixel
        # screen its size hint squeezed every field of the form to a sliver
        self.preview_view.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Ignored)
        preview_layout.addWidget(self.preview_view)
        right.addWidget(preview_box, 2)

        buttons = QDialogButtonBox(self)
        self.reset_button = buttons.addButton(tr("Reset to &built-in"),
                                              QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button = buttons.addButton(tr("&Save playbook"),
                                             QDialogButtonBox.ButtonRole.ApplyRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(tr("Close"))
        self.save_button.setDefault(True)
        self.reset_button.clicked.connect(self.reset)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        right.addWidget(buttons)
        outer.addLayout(right, 1)

        for edit in (self.name_edit, self.description_edit):
            edit.textEdited.connect(lambda _t: self._playbook_edited())
        self.title_edit.textEdited.connect(lambda _t: self._step_edited())
        self.reason_edit.textEdited.connect(lambda _t: self._step_edited())
        for combo in (self.channel_combo, self.anchor_combo, self.template_combo,
                      self.condition_combo):
            combo.currentIndexChanged.connect(lambda _i: self._step_edited())
        for spin in (self.days_spin, self.minutes_spin):
            spin.valueChanged.connect(lambda _v: self._step_edited())
        self.optional_check.toggled.connect(lambda _on: self._step_edited())

    # -- state -------------------------------------------------------------------------------

    def _load_list(self, key: str | None = None) -> None:
        playbooks = self.ctx.store.load_playbooks()
        self.list_model.set_rows(playbooks)
        row = next((i for i, p in enumerate(playbooks) if p.key == key), 0)
        if playbooks:
            self.playbook_list.selectionModel().setCurrentIndex(
                self.list_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._choose(row)

    def is_dirty(self) -> bool:
        if self.working is None:
            return False
        stored = next((p for p in self.ctx.store.load_playbooks()
                       if p.key == self.working.key), None)
        return stored != self.working

    def _choose(self, row: int) -> None:
        playbook = self.list_model.row_at(row)
        if playbook is None or (self.working is not None
                                and playbook.key == self.working.key):
            return
        if self.is_dirty() and not self.confirm_discard():
            self._select_key(self.working.key if self.working else None)
            return
        self.working = playbook
        self._loading = True
        self.name_edit.setText(playbook.name)
        self.description_edit.setText(playbook.description)
        self._loading = False
        self._show_steps(0)

    def _select_key(self, key: str | None) -> None:
        row = next((i for i, p in enumerate(self.list_model.rows()) if p.key == key), None)
        if row is not None:
            self.playbook_list.selectionModel().blockSignals(True)
            self.playbook_list.selectionModel().setCurrentIndex(
                self.list_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.playbook_list.selectionModel().blockSignals(False)

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Unsaved playbook"),
                          tr("This playbook has changes that are not saved. Discard them?"),
                          QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        return box.exec() == QMessageBox.StandardButton.Discard

    def _show_steps(self, select: int) -> None:
        assert self.working is not None
        self.steps_model.set_rows(self.working.steps)
        if self.working.steps:
            select = max(0, min(select, len(self.working.steps) - 1))
            self.steps_view.selectionModel().setCurrentIndex(
                self.steps_model.index(select, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_step(select if self.working.steps else -1)
        self._revalidate()

    def current_step(self) -> int:
        index = self.steps_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _show_step(self, row: int) -> None:
        step = self.steps_model.row_at(row)
        self.step_form.setEnabled(step is not None)
        self.remove_button.setEnabled(step is not None)
        self.up_button.setEnabled(step is not None and row > 0)
        self.down_button.setEnabled(step is not None and row < self.steps_model.rowCount() - 1)
        if step is None:
            return
        self._loading = True
        self.title_edit.setText(step.title)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(step.channel.value))
        self.anchor_combo.setCurrentIndex(self.anchor_combo.findData(step.anchor))
        self.days_spin.setValue(step.offset_days)
        self.minutes_spin.setValue(step.offset_minutes)
        template = self.template_combo.findData(step.template)
        if template < 0 and step.template:
            self.template_combo.addItem(step.template, step.template)
            template = self.template_combo.count() - 1
        self.template_combo.setCurrentIndex(max(template, 0))
        self.condition_combo.setCurrentIndex(self.condition_combo.findData(step.condition))
        self.optional_check.setChecked(step.optional)
        self.reason_edit.setText(step.reason)
        self._loading = False

    def _playbook_edited(self) -> None:
        if self._loading or self.working is None:
            return
        self.working = replace(self.working, name=self.name_edit.text(),
                               description=self.description_edit.text())
        self._revalidate()

    def _step_edited(self) -> None:
        row = self.current_step()
        if self._loading or self.working is None or row < 0:
            return
        channel = Channel(self.channel_combo.currentData())
        template = self.template_combo.currentData() if channel is Channel.EMAIL else None
        if channel is Channel.EMAIL and template is None:
            template = next(iter(self.templates), None)
        step = replace(
            self.working.steps[row], title=self.title_edit.text(), channel=channel,
            anchor=self.anchor_combo.currentData(), offset_days=self.days_spin.value(),
            offset_minutes=self.minutes_spin.value(), template=template,
            condition=self.condition_combo.currentData(),
            optional=self.optional_check.isChecked(), reason=self.reason_edit.text())
        steps = list(self.working.steps)
        steps[row] = step
        self.working = replace(self.working, steps=tuple(steps))
        self.steps_model.set_rows(self.working.steps)
        self.steps_view.selectionModel().setCurrentIndex(
            self.steps_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        if step.template != self.template_combo.currentData():
            self._show_step(row)
        self._revalidate()

    def add_step(self) -> None:
        if self.working is None:
            return
        step = PlaybookStep(new_step_key(self.working, "New step"), "New step", Channel.CALL,
                            reason="")
        row = self.current_step() + 1 if self.current_step() >= 0 else len(self.working.steps)
        steps = list(self.working.steps)
        steps.insert(row, step)
        self.working = replace(self.working, steps=tuple(steps))
        self._show_steps(row)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def remove_step(self) -> None:
        row = self.current_step()
        if self.working is None or row < 0:
            return
        steps = list(self.working.steps)
        del steps[row]
        self.working = replace(self.working, steps=tuple(steps))
        self._show_steps(row)

    def move_step(self, delta: int) -> None:
        row = self.current_step()
        if self.working is None or not 0 <= row + delta < len(self.working.steps):
            return
        steps = list(self.working.steps)
        steps[row], steps[row + delta] = steps[row + delta], steps[row]
        self.working = replace(self.working, steps=tuple(steps))
        self._show_steps(row + delta)

    def _revalidate(self) -> None:
        if self.working is None:
            return
        problems = check_playbook(self.working, set(self.templates))
        if problems:
            self.problems_label.refuse("\n".join(f"⚠ {p}" for p in problems))
        else:
            self.problems_label.withdraw()
        self.save_button.setEnabled(not problems and self.is_dirty())
        self.reset_button.setEnabled(is_customised(self.ctx, self.working.key)
                                     or self.is_dirty())
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        if self.working is None:
            return
        quality = SlotQuality.VAGUE if self.vague_check.isChecked() else SlotQuality.BOOKED
        example, plan = preview_playbook(self.ctx, self.working, quality)
        self.preview_model.tz = example.timezone
        self.preview_model.set_rows(plan.touches)
        logged = utc_to_local(example.logged_utc, example.timezone)
        if example.slot_utc is not None:
            slot = utc_to_local(example.slot_utc, example.timezone)
            if example.quality is SlotQuality.VAGUE:
                text = tr("“{kind}”, logged {logged}, with a default slot (no time agreed) "
                          "for {slot} ({zone}).")
            else:
                text = tr("“{kind}”, logged {logged}, with a callback agreed for {slot} "
                          "({zone}).")
            text = text.format(kind=tr(example.kind.label), logged=ui_datetime(logged),
                               slot=ui_datetime(slot), zone=example.timezone)
        else:
            text = tr("“{kind}”, logged {logged} ({zone}).").format(
                kind=tr(example.kind.label), logged=ui_datetime(logged), zone=example.timezone)
        if plan.dropped:
            text += " " + tr("Left out: {steps}.").format(steps="; ".join(plan.dropped))
        self.example_label.setText(text)
        self.vague_check.setEnabled(example.slot_utc is not None)

    # -- actions -------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.working is None:
            return False
        try:
            save_playbook(self.ctx, self.working)
        except ValidationError as exc:
            self.problems_label.refuse(f"⚠ {exc}")
            return False
        key, row = self.working.key, self.current_step()
        self.working = None
        self._load_list(key)
        self._show_steps(row)
        return True

    def reset(self) -> bool:
        if self.working is None:
            return False
        box = QMessageBox(QMessageBox.Icon.Question, tr("Reset the playbook"),
                          tr("Put Tickler's own “{name}” back? Your changes to it are lost; "
                             "stalls already logged keep their touches.").format(
                              name=self.working.name),
                          QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
                          self)
        if self.ask_reset(box) != QMessageBox.StandardButton.Reset:
            return False
        key = self.working.key
        try:
            reset_playbook(self.ctx, key)
        except ValidationError as exc:
            self.problems_label.refuse(f"⚠ {exc}")
            return False
        self.working = None
        self._load_list(key)
        return True

    def ask_reset(self, box: QMessageBox) -> int:
        return box.exec()

    def reject(self) -> None:
        if self.is_dirty() and not self.confirm_discard():
            return
        super().reject()
