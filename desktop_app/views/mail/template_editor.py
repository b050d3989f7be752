"""Editing the email templates with a live preview for a real prospect.

Unknown merge fields and cliché openers are flagged as the rep types.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import tr
from desktop_app.domain.templates import MERGE_FIELDS, TemplateText, check_template
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.email import (
    is_customised,
    list_templates,
    merge_values,
    preview,
    problems,
    reset_template,
    sample_prospect_id,
    save_template,
)
from desktop_app.services.prospects import search_prospects
from desktop_app.views.common.colours import Tone, set_tone
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.refusal import FieldErrors
from desktop_app.views.common.screens import fit_to_screen


class TemplateEditorDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 prospect_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TemplateEditorDialog")
        self.setWindowTitle(tr("Email templates"))
        fit_to_screen(self, 1120, 680)
        self.ctx = ctx
        self._templates = {t.key: t for t in list_templates(ctx)}
        self._key: str | None = None
        self._dirty = False

        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(splitter, 1)

        self.list = QListWidget(splitter)
        self.list.setObjectName("TemplateList")
        self.list.setAccessibleName(tr("Templates"))
        for template in self._templates.values():
            self.list.addItem(template.name)
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 24)

        editor = QWidget(splitter)
        form_layout = QVBoxLayout(editor)
        form_layout.setContentsMargins(6, 0, 6, 0)
        form = QFormLayout()
        self.name_edit = QLineEdit(editor)
        self.subject_edit = QLineEdit(editor)
        self.subject_edit.setObjectName("TemplateSubject")
        self.invite_check = QCheckBox(
            tr("Attach the agreed callback as a calendar invite (.ics)"), editor)
        form.addRow(tr("&Name:"), self.name_edit)
        form.addRow(tr("S&ubject:"), self.subject_edit)
        self.errors = FieldErrors(fallback="body")
        form.addRow("", self.errors.add("subject", editor, self.subject_edit))
        form.addRow("", self.invite_check)
        form_layout.addLayout(form)
        self.body_edit = QPlainTextEdit(editor)
        self.body_edit.setProperty("tabTypes", True)  # Tab lines text up here (keyboard.py)
        self.body_edit.setObjectName("TemplateBody")
        self.body_edit.setAccessibleName(tr("Template text"))
        form_layout.addWidget(self.body_edit, 1)
        form_layout.addWidget(self.errors.add("body", editor, self.body_edit))
        self.issues = QLabel(editor)
        self.issues.setObjectName("TemplateIssues")
        self.issues.setWordWrap(True)
        form_layout.addWidget(self.issues)
        fields_row = QHBoxLayout()
        field_label = QLabel(tr("Insert &field:"), editor)
        fields_row.addWidget(field_label)
        self.field_combo = QComboBox(editor)
        field_label.setBuddy(self.field_combo)
        self.field_combo.addItem(tr("Choose…"), "")
        for name, description in MERGE_FIELDS.items():
            self.field_combo.addItem(f"{{{{{name}}}}} — {tr(description)}", name)
        # Long entries must not set the window's width (it needed 1362 px): the list opens
        # as wide as its entries, the box itself stays narrow.
        self.field_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(18)
        fields_row.addWidget(self.field_combo, 1)
        form_layout.addLayout(fields_row)
        self.field_combo.activated.connect(self._insert_field)

        right = QWidget(splitter)
        preview_layout = QVBoxLayout(right)
        preview_layout.setContentsMargins(6, 0, 0, 0)
        prospect_row = QHBoxLayout()
        preview_label = QLabel(tr("&Preview for:"), right)
        prospect_row.addWidget(preview_label)
        self.prospect_combo = QComboBox(right)
        self.prospect_combo.setObjectName("PreviewProspect")
        for row in search_prospects(ctx, "", 300):
            label = f"{row.name} — {row.company}" if row.company else row.name
            self.prospect_combo.addItem(label, row.id)
        if prospect_id is None:
            prospect_id = sample_prospect_id(ctx)
        if prospect_id is not None:
            index = self.prospect_combo.findData(prospect_id)
            if index >= 0:
                self.prospect_combo.setCurrentIndex(index)
        preview_label.setBuddy(self.prospect_combo)
        self.prospect_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.prospect_combo.setMinimumContentsLength(18)
        prospect_row.addWidget(self.prospect_combo, 1)
        preview_layout.addLayout(prospect_row)
        self.preview = QPlainTextEdit(right)
        self.preview.setObjectName("TemplatePreview")
        self.preview.setAccessibleName(tr("Preview"))
        self.preview.setReadOnly(True)
        preview_layout.addWidget(self.preview, 1)
        self.preview_note = QLabel(right)
        self.preview_note.setWordWrap(True)
        self.preview_note.setObjectName("PreviewNote")
        preview_layout.addWidget(self.preview_note)
        splitter.setSizes([self.list.minimumWidth(), 470, 450])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton(tr("&Save template"),
                                             QDialogButtonBox.ButtonRole.ApplyRole)
        self.reset_button = buttons.addButton(tr("&Reset to Tickler's text"),
                                              QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_current)
        self.reset_button.clicked.connect(self.reset_current)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setObjectName("TemplatePreviewDebounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        for signal in (self.subject_edit.textChanged, self.body_edit.textChanged,
                       self.name_edit.textChanged):
            signal.connect(self._edited)
        self.invite_check.toggled.connect(self._edited)
        self.prospect_combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        self.list.currentRowChanged.connect(self._select_row)
        self.list.setCurrentRow(0)
        apply_keyboard_rules(self)

    # -- state -----------------------------------------------------------------------------

    def current(self) -> TemplateText:
        assert self._key is not None
        return TemplateText(self._key, self.name_edit.text(), self.subject_edit.text(),
                            self.body_edit.toPlainText(), self.invite_check.isChecked())

    def select_template(self, key: str) -> None:
        self.list.setCurrentRow(list(self._templates).index(key))

    def _select_row(self, row: int) -> None:
        if row < 0:
            return
        if self._dirty and self._key is not None:
            answer = QMessageBox.question(
                self, tr("Unsaved template"),
                tr("Save the changes to “{name}”?").format(name=self.name_edit.text()),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save_current()):
                # stay on the template being edited, its text untouched
                self.list.blockSignals(True)
                self.list.setCurrentRow(list(self._templates).index(self._key))
                self.list.blockSignals(False)
                return
        key = list(self._templates)[row]
        template = self._templates[key]
        self._key = key
        for widget in (self.name_edit, self.subject_edit, self.body_edit, self.invite_check):
            widget.blockSignals(True)
        self.name_edit.setText(template.name)
        self.subject_edit.setText(template.subject)
        self.body_edit.setPlainText(template.body)
        self.invite_check.setChecked(template.invite)
        for widget in (self.name_edit, self.subject_edit, self.body_edit, self.invite_check):
            widget.blockSignals(False)
        self._dirty = False
        self.errors.withdraw()
        self.reset_button.setEnabled(is_customised(self.ctx, key))
        self._timer.stop()
        self.update_preview()

    def _edited(self, *_args: object) -> None:
        self._dirty = True
        self._timer.start()

    def _insert_field(self, index: int) -> None:
        name = self.field_combo.itemData(index)
        if name:
            self.body_edit.insertPlainText(f"{{{{{name}}}}}")
            self.body_edit.setFocus()
        self.field_combo.setCurrentIndex(0)

    # -- checks and preview ----------------------------------------------------------------

    def update_preview(self) -> None:
        if self._key is None:
            return
        template = self.current()
        check = check_template(template.subject, template.body)
        notes = []
        if check.unknown:
            notes.append(tr("Unknown field(s): {fields} — pick one from “Insert field”.",
                            None, len(check.unknown)).format(
                fields=", ".join(f"<b>{{{{{escape(u)}}}}}</b>" for u in check.unknown)))
        for hit in check.cliches:
            notes.append(tr("Cliché: <b>“{phrase}”</b> — say why it is worth their time "
                            "instead (a date, a change, a number).").format(
                phrase=escape(hit.text)))
        self.issues.setText("<br>".join(notes) if notes else
                            tr("No unknown fields, no clichés."))
        set_tone(self.issues, Tone.ERROR if notes else Tone.OK)
        prospect_id = self.prospect_combo.currentData()
        if prospect_id is None:
            self.preview.setPlainText(tr("Add a prospect to see a preview."))
            self.preview_note.setText("")
            return
        rendered = preview(self.ctx, template, int(prospect_id))
        self.preview.setPlainText(tr("Subject: {subject}\n\n{body}").format(
            subject=rendered.subject, body=rendered.body))
        issues = problems(rendered, merge_values(self.ctx, int(prospect_id)))
        if issues:
            note = tr("For this prospect: {problems}.").format(problems="; ".join(issues))
        elif template.invite:
            note = tr("Ready to send for this prospect. The invite is attached when the "
                      "callback is booked.")
        else:
            note = tr("Ready to send for this prospect.")
        self.preview_note.setText(note)
        set_tone(self.preview_note, Tone.WARNING if issues else Tone.OK)

    def save_current(self) -> bool:
        if self._key is None:
            return False
        try:
            save_template(self.ctx, self.current())
        except ValidationError as exc:
            self.errors.refuse_error(exc, focus=True)
            return False
        self._templates[self._key] = self.current()
        self.list.item(list(self._templates).index(self._key)).setText(self.current().name)
        self._dirty = False
        self.reset_button.setEnabled(True)
        return True

    def reset_current(self) -> None:
        if self._key is None:
            return
        answer = QMessageBox.question(
            self, tr("Reset template"),
            tr("Put back Tickler's own text for “{name}”? Your wording for it will be "
               "gone.").format(name=self.name_edit.text()),
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Reset:
            return
        reset_template(self.ctx, self._key)
        self._templates = {t.key: t for t in list_templates(self.ctx)}
        self._dirty = False
        row = self.list.currentRow()
        self.list.item(row).setText(self._templates[self._key].name)
        self._select_row(row)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    def reject(self) -> None:
        if self._dirty:
            answer = QMessageBox.question(
                self, tr("Unsaved template"), tr("Save the changes to this template?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_current():
                return
        super().reject()
