"""Notes to write today: the addresses, the suggested notes, the envelopes and cards printed,
and the notes marked posted together."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.envelopes import (
    CARDS,
    ENVELOPES,
    card_size,
    envelope_size,
    has_postal_address,
)
from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.notes import (
    NOTE_TOPICS,
    NoteToWrite,
    mark_notes_posted,
    note_template,
    notes_to_write,
    print_choices,
    reset_note_template,
    return_address,
    save_note_template,
    save_postal_address,
    save_print_choices,
    save_return_address,
)
from desktop_app.views.common.changes import QtChanges
from desktop_app.views.common.colours import Box, Tone, coloured, set_tone, text_colour
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.qt_dates import ui_date
from desktop_app.views.common.refusal import FieldError, FieldErrors, error_row
from desktop_app.views.common.screens import fit_to_screen
from desktop_app.views.common.table_model import Index, RowTableModel, configure_list_table
from desktop_app.views.notes.note_printing import Envelope, page_layout, print_pages, write_pdf

GAP_STYLE = Box.WARNING
OK_STYLE = Tone.OK
ERROR_STYLE = Tone.ERROR


class NotesTableModel(RowTableModel[NoteToWrite]):
    """The notes, each with a tick: ticked ones are printed and marked posted."""

    COLUMNS = ("", QT_TR_NOOP("Prospect"), QT_TR_NOOP("Company"), QT_TR_NOOP("Address"),
               QT_TR_NOOP("Due"))

    def __init__(self, rep_tz: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rep_tz = rep_tz
        self.ticked: set[int] = set()

    def set_notes(self, notes: list[NoteToWrite]) -> None:
        known = {n.touch_id for n in self._rows}
        # new notes start ticked; untouched ticks survive a refresh
        self.ticked = {n.touch_id for n in notes
                       if n.touch_id in self.ticked or n.touch_id not in known}
        self.set_rows(notes)

    def ticked_notes(self) -> list[NoteToWrite]:
        return [n for n in self._rows if n.touch_id in self.ticked]

    def row_of(self, touch_id: int) -> int | None:
        return next((i for i, n in enumerate(self._rows) if n.touch_id == touch_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 \
                or role != Qt.ItemDataRole.CheckStateRole:
            return False
        note = self._rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(note.touch_id)
        else:
            self.ticked.discard(note.touch_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def cell(self, row: int, column: int, role: int) -> Any:
        note = self._rows[row]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (Qt.CheckState.Checked if note.touch_id in self.ticked
                    else Qt.CheckState.Unchecked)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                return note.name or note.company
            if column == 2:
                return note.company
            if column == 3:
                return ", ".join(note.recipient[-2:]) if note.has_address else tr("⚠ missing")
            if column == 4:
                due = utc_to_local(note.due_utc, self._rep_tz())
                day = ui_date(due, weekday=True)
                return tr("{day}  overdue").format(day=day) if note.overdue else day
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and not note.has_address:
            from PySide6.QtGui import QBrush

            return QBrush(text_colour(Tone.ERROR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{touch} — tick it to print it and mark it posted").format(
                touch=builtin_words(note.title))
        return None


class NotesDialog(QDialog):
    """One motion for the day's handwritten notes."""

    status_message = Signal(str)

    def __init__(self, ctx: AppContext, changes: QtChanges | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("notesDialog")
        self.setWindowTitle(tr("Notes to write today"))
        self.texts: dict[int, str] = {}  # note text as the rep edited it, by touch id
        self._shown: int | None = None
        self._build()
        self.reload()
        self._listening = changes is not None
        if changes is not None:
            changes.changed.connect(self._on_changes)
        fit_to_screen(self, 1040, 640)
        apply_keyboard_rules(self)

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("notesHeading")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.model = NotesTableModel(lambda: self.ctx.rep_timezone, self)
        self.view = QTableView(split)
        self.view.setObjectName("notesView")
        self.view.setAccessibleName(tr("Notes to write"))
        self.view.setModel(self.model)
        configure_list_table(self.view)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((28, 124, 132, 112)):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        detail = QWidget(split)
        right = QVBoxLayout(detail)
        right.setContentsMargins(6, 0, 0, 0)
        self.recipient_label = QLabel(detail)
        self.recipient_label.setObjectName("recipientPreview")
        self.recipient_label.setTextFormat(Qt.TextFormat.RichText)
        self.recipient_label.setWordWrap(True)
        right.addWidget(self.recipient_label)
        address_box = QGroupBox(tr("Postal &address"), detail)
        address_layout = QVBoxLayout(address_box)
        self.address_edit = QPlainTextEdit(address_box)
        self.address_edit.setObjectName("addressEdit")
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setPlaceholderText(tr("Street\nTown\nPostcode\nCountry (if abroad)"))
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.address_gap = QLabel(address_box)
        self.address_gap.setObjectName("addressGap")
        self.address_gap.setTextFormat(Qt.TextFormat.PlainText)
        self.address_gap.setWordWrap(True)
        self.save_address_button = QPushButton(tr("&Save address to the profile"), address_box)
        self.save_address_button.setObjectName("saveAddress")
        self.save_address_button.clicked.connect(self.save_address)
        address_layout.addWidget(self.address_edit)
        # a refusal sits under the field it names; one that names none, on the status line
        self.errors = FieldErrors(fallback="status")
        address_layout.addWidget(self.errors.add("address", address_box, self.address_edit))
        address_layout.addWidget(self.address_gap)
        address_layout.addWidget(self.save_address_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(address_box)
        note_box = QGroupBox(tr("&Note (printed on the card; edit it as you like)"), detail)
        note_layout = QVBoxLayout(note_box)
        self.note_edit = QPlainTextEdit(note_box)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._note_edited)
        self.note_warning = QLabel(note_box)
        self.note_warning.setObjectName("noteWarning")
        self.note_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.note_warning.setWordWrap(True)
        set_tone(self.note_warning, GAP_STYLE, "padding: 4px;")
        note_layout.addWidget(self.note_edit, 1)
        note_layout.addWidget(self.note_warning)
        self.template_button = QPushButton(tr("Note &template…"), note_box)
        self.template_button.setObjectName("noteTemplate")
        self.template_button.setToolTip(tr("The text every note starts from, with merge fields"))
        self.template_button.clicked.connect(self.edit_template)
        note_layout.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addWidget(note_box, 1)
        split.addWidget(self.view)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 480])
        outer.addWidget(split, 1)

        paper = QGroupBox(tr("Printing"), self)
        form = QFormLayout(paper)
        self.return_edit = QPlainTextEdit(paper)
        self.return_edit.setObjectName("returnAddress")
        self.return_edit.setTabChangesFocus(True)
        self.return_edit.setPlaceholderText(tr("Your return address (top left on each "
                                               "envelope): name, company, street, town, "
                                               "postcode"))
        self.return_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.envelope_combo = QComboBox(paper)
        self.envelope_combo.setObjectName("envelopeSize")
        for key, size in ENVELOPES.items():
            self.envelope_combo.addItem(tr(size.label), key)
        self.card_combo = QComboBox(paper)
        self.card_combo.setObjectName("cardSize")
        for key, card in CARDS.items():
            self.card_combo.addItem(tr(card.label), key)
        self.card_combo.addItem(tr("No cards (envelopes only)"), None)
        paper_row = QHBoxLayout()
        envelopes_label = QLabel(tr("&Envelopes:"), paper)
        envelopes_label.setBuddy(self.envelope_combo)
        paper_row.addWidget(envelopes_label)
        paper_row.addWidget(self.envelope_combo)
        paper_row.addSpacing(16)
        cards_label = QLabel(tr("Note &cards:"), paper)
        cards_label.setBuddy(self.card_combo)
        paper_row.addWidget(cards_label)
        paper_row.addWidget(self.card_combo)
        paper_row.addStretch(1)
        return_label = QLabel(tr("&Return address:"), paper)
        return_label.setBuddy(self.return_edit)
        form.addRow(return_label, self.return_edit)
        error_row(form, self.return_edit, self.errors.add("return_address", paper,
                                                          self.return_edit))
        form.addRow(paper_row)
        outer.addWidget(paper)

        self.problem = self.errors.put("status", FieldError(self, name="notesProblem"))
        outer.addWidget(self.problem)

        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(tr("&Print…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button = buttons.addButton(tr("Save as P&DF…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.posted_button = buttons.addButton(tr("&Mark ticked notes posted"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.posted_button.setObjectName("markPosted")
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.pdf_button.clicked.connect(self.save_pdf_with_dialog)
        self.posted_button.clicked.connect(self.mark_posted)
        outer.addWidget(buttons)

        envelope, card_key = print_choices(self.ctx)
        self.envelope_combo.setCurrentIndex(max(0, self.envelope_combo.findData(envelope)))
        self.card_combo.setCurrentIndex(self.card_combo.findData(card_key))
        self.return_edit.setPlainText(return_address(self.ctx))

    # -- data ------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self._shown
        self._store_note_text()
        notes = notes_to_write(self.ctx)
        self.model.set_notes(notes)
        live = {n.touch_id for n in notes}
        self.texts = {k: v for k, v in self.texts.items() if k in live}
        missing = sum(1 for n in notes if not n.has_address)
        if not notes:
            self.heading.setText(tr("<b>No notes to write today.</b> A handwritten note "
                                    "comes due the day a prospect stalls on “call me next "
                                    "month”."))
        else:
            text = tr("<b>%n note(s) to write</b> (today's and overdue)", None, len(notes))
            if missing:
                text += " · " + tr("{missing}: fill it in on the right").format(
                    missing=coloured(tr("%n without a postal address", None, missing),
                                     Tone.ERROR))
            self.heading.setText(text)
        row = self.model.row_of(selected) if selected is not None else None
        if row is None and notes:
            row = 0
        self._shown = None
        if row is not None:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 1), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        self._show_selected()
        for button in (self.print_button, self.pdf_button, self.posted_button):
            button.setEnabled(bool(notes))

    def _on_changes(self, topics: object) -> None:
        if not isinstance(topics, frozenset) or topics & NOTE_TOPICS:
            self.reload()

    def selected_note(self) -> NoteToWrite | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_note(self, touch_id: int) -> bool:
        row = self.model.row_of(touch_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self._show_selected()
        return True

    def note_text(self, note: NoteToWrite) -> str:
        return self.texts.get(note.touch_id, note.note)

    def _store_note_text(self) -> None:
        """Keep the rep's own words for the note on show (only where they changed the
        suggestion, so a new template still reaches the notes left as suggested)."""
        if self._shown is None:
            return
        note = next((n for n in self.model.rows() if n.touch_id == self._shown), None)
        text = self.note_edit.toPlainText()
        if note is not None and text.strip() == note.note.strip():
            self.texts.pop(self._shown, None)
        else:
            self.texts[self._shown] = text

    def _note_edited(self) -> None:
        self._store_note_text()

    def _show_selected(self) -> None:
        note = self.selected_note()
        if note is not None and note.touch_id == self._shown:
            return
        self._store_note_text()
        self._shown = None
        enabled = note is not None
        for widget in (self.address_edit, self.save_address_button, self.note_edit):
            widget.setEnabled(enabled)
        if note is None:
            self.recipient_label.setText("")
            self.address_edit.setPlainText("")
            self.note_edit.setPlainText("")
            self.address_gap.hide()
            self.note_warning.hide()
            return
        self.recipient_label.setText(
            f"<b>{html.escape(note.name or note.company)}</b>"
            + (f" · {html.escape(note.company)}" if note.company and note.name else "")
            + "<br>" + coloured(html.escape(builtin_words(note.title)), Tone.MUTED))
        self.address_edit.setPlainText(note.address)
        if note.has_address:
            self.address_gap.setText(tr("✓ On the envelope as: {address}").format(
                address=" / ".join(note.recipient)))
            set_tone(self.address_gap, OK_STYLE)
        else:
            self.address_gap.setText(tr("⚠ No postal address yet. Ask for it or look it up, "
                                        "write it here and save it to their profile."))
            set_tone(self.address_gap, GAP_STYLE, "padding: 4px;")
        self.address_gap.show()
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(self.note_text(note))
        self.note_edit.blockSignals(False)
        if note.note_problems:
            self.note_warning.setText(tr("⚠ Before you copy it: {problems}.").format(
                problems="; ".join(note.note_problems)))
            self.note_warning.show()
        else:
            self.note_warning.hide()
        self._shown = note.touch_id

    # -- actions ---------------------------------------------------------------------------

    def _say(self, text: str, style: Tone = ERROR_STYLE) -> None:
        self.problem.say(text, style)

    def _refuse(self, error: ValueError) -> None:
        self.problem.withdraw()
        self.errors.refuse_error(error, focus=True)

    def save_address(self) -> bool:
        note = self.selected_note()
        if note is None:
            return False
        try:
            save_postal_address(self.ctx, note.prospect_id, self.address_edit.toPlainText())
        except ValidationError as exc:
            self._refuse(exc)
            return False
        if not self._listening:
            self.reload()
        who = note.name or note.company
        self._say(tr("Saved the address to {name}'s profile.").format(name=who), OK_STYLE)
        self.status_message.emit(tr("Saved the postal address for {name}.").format(name=who))
        return True

    def _ready(self) -> tuple[list[NoteToWrite], str] | None:
        """The ticked notes and the return address, or None with the problem shown."""
        self._store_note_text()
        note = self.selected_note()
        if note is not None and not note.has_address \
                and has_postal_address(self.address_edit.toPlainText()):
            if not self.save_address():  # typed but not saved yet: save it first
                return None
            self.reload()
        notes = self.model.ticked_notes()
        if not notes:
            self._say(tr("Tick the notes to print."))
            return None
        missing = [n.name or n.company for n in notes if not n.has_address]
        if missing:
            self._say(tr("No postal address yet for {names}: fill it in (or untick them) "
                         "before printing.").format(names=", ".join(missing)))
            first = next(n for n in notes if not n.has_address)
            self.select_note(first.touch_id)
            self.address_edit.setFocus()
            return None
        sender = self.return_edit.toPlainText()
        if not has_postal_address(sender):
            self.problem.withdraw()
            self.errors["return_address"].refuse(
                tr("Give your return address first: it goes top left on every envelope, "
                   "and is kept for next time."))
            self.return_edit.setFocus()
            return None
        try:
            if sender.strip() != return_address(self.ctx):
                save_return_address(self.ctx, sender)
            save_print_choices(self.ctx, self.envelope_combo.currentData(),
                               self.card_combo.currentData())
        except ValidationError as exc:
            self._refuse(exc)
            return None
        return notes, sender

    def _content(self, notes: list[NoteToWrite], sender: str) -> dict[str, Any]:
        card_key = self.card_combo.currentData()
        return {
            "envelope_size": envelope_size(self.envelope_combo.currentData()),
            "return_address": sender,
            "envelopes": [Envelope(tuple(n.recipient)) for n in notes],
            "card_size": card_size(card_key) if card_key else None,
            "cards": [self.note_text(n).strip() for n in notes] if card_key else [],
        }

    def save_pdf(self, path: str) -> int:
        """Envelopes then cards into one PDF at ``path``; returns the pages (0: not saved)."""
        ready = self._ready()
        if ready is None:
            return 0
        try:
            pages = write_pdf(path, **self._content(*ready))
        except OSError as exc:
            self._say(tr("Could not write the PDF: {error}").format(error=exc))
            return 0
        self._say(tr("Saved %n page(s) to {path}. Tick off what you post, then “Mark ticked "
                     "notes posted”.", None, pages).format(path=path), OK_STYLE)
        self.posted_button.setDefault(True)
        return pages

    def save_pdf_with_dialog(self) -> None:
        from pathlib import Path

        folder = Path.home() / "Documents"
        start = str((folder if folder.is_dir() else Path.home()) / "notes-to-post.pdf")
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save envelopes and cards as PDF"),
                                                    start, tr("PDF files (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_pdf(path)

    def print_with_dialog(self) -> None:
        """Envelopes in one print job, the cards in a second (each paper in its own tray)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        ready = self._ready()
        if ready is None:
            return
        content = self._content(*ready)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName("Tickler envelopes")
        size = content["envelope_size"]
        printer.setPageLayout(page_layout(size.width, size.height, size.label))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print %n envelope(s) ({size})",
                                 None, len(content["envelopes"])).format(size=tr(size.label)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
                pages = print_pages(printer, **content)  # one file: a second job would
            else:                                        # overwrite it
                pages = print_pages(printer, envelope_size=size,
                                    return_address=content["return_address"],
                                    envelopes=content["envelopes"])
                if content["card_size"] is not None:
                    printer.setDocName("Tickler note cards")
                    pages += print_pages(printer, card_size=content["card_size"],
                                         cards=content["cards"])
        except OSError as exc:
            self._say(str(exc))
            return
        self._say(tr("Sent %n page(s) to {printer}. Tick off what you post, then “Mark "
                     "ticked notes posted”.", None, pages).format(
            printer=printer.printerName() or tr("the printer")), OK_STYLE)
        self.posted_button.setDefault(True)

    def template_dialog(self) -> NoteTemplateDialog:
        return NoteTemplateDialog(self.ctx, self)

    def edit_template(self) -> None:
        dialog = self.template_dialog()
        if dialog.exec() and not self._listening:
            self.reload()

    def mark_posted(self) -> int:
        notes = self.model.ticked_notes()
        try:
            done = mark_notes_posted(self.ctx, [n.touch_id for n in notes])
        except ValidationError as exc:
            self._refuse(exc)
            return 0
        if not self._listening:
            self.reload()
        self._say(tr("Marked %n note(s) posted.", None, done), OK_STYLE)
        self.status_message.emit(tr("Marked %n note(s) posted.", None, done))
        return done


class NoteTemplateDialog(QDialog):
    """The note-card template: the suggestion every note starts from."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.domain.templates import MERGE_FIELDS

        self.ctx = ctx
        self.setObjectName("noteTemplateDialog")
        self.setWindowTitle(tr("Note template"))
        layout = QVBoxLayout(self)
        fields = ", ".join("{{" + k + "}}" for k in (
            "first_name", "company", "slot_date", "slot_time", "slot",
            "reason", "rep_name", "rep_phone") if k in MERGE_FIELDS)
        hint = QLabel(tr("Every note to write starts from this text. Merge fields: "
                         "{fields}.").format(fields=fields), self)
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(hint)
        self.body_edit = QPlainTextEdit(note_template(ctx), self)
        self.body_edit.setObjectName("templateBody")
        self.body_edit.setAccessibleName(tr("Note text"))
        layout.addWidget(self.body_edit, 1)
        self.problem = FieldError(self, field=self.body_edit)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_default)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 340)
        apply_keyboard_rules(self)

    def save(self) -> bool:
        try:
            save_note_template(self.ctx, self.body_edit.toPlainText())
        except ValidationError as exc:
            self.problem.refuse(str(exc))
            return False
        self.accept()
        return True

    def restore_default(self) -> None:
        reset_note_template(self.ctx)
        self.body_edit.setPlainText(note_template(self.ctx))
