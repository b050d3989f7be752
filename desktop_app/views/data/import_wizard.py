"""Import wizard: pick a file, map its columns, check every row, then import in one go."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.services import AppContext
from desktop_app.services.context import PROFILE, PROSPECTS
from desktop_app.services.importer import (
    ADDRESS_PARTS,
    ENCODINGS,
    MULTI_TARGETS,
    TARGETS,
    ImportPlan,
    ImportResult,
    PreparedRow,
    SourceTable,
    encoding_label,
    encoding_name,
    prepare_import,
    preview_rows,
    read_source,
    reread,
    run_import,
)
from desktop_app.services.layouts import address_group
from desktop_app.store import Store
from desktop_app.views.common.background import BackgroundJob, IsCancelled, Progress
from desktop_app.views.common.colours import Tone, coloured, text_colour
from desktop_app.views.common.refusal import FieldError
from desktop_app.views.common.screens import fit_to_screen
from desktop_app.views.common.table_model import Index, RowTableModel, configure_list_table

PREVIEW_ROWS = 500
FILE_FILTER = QT_TR_NOOP("Contacts (*.csv *.txt *.tsv *.vcf *.vcard *.zip);;All files (*)")


class PreviewTableModel(RowTableModel[PreparedRow]):
    """The checked rows as they will be imported (or why they won't be)."""

    COLUMNS = (QT_TR_NOOP("Line"), QT_TR_NOOP("Action"), QT_TR_NOOP("Problem"),
               QT_TR_NOOP("Name"), QT_TR_NOOP("Company"), QT_TR_NOOP("Email"),
               QT_TR_NOOP("Phone"), QT_TR_NOOP("Time zone"))

    def cell(self, row: int, column: int, role: int) -> Any:
        item = self._rows[row]
        if role == Qt.ItemDataRole.ForegroundRole and item.action == "bad":
            return text_colour(Tone.ERROR)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        f = item.fields
        if column == 0:
            return item.line
        if column == 1:
            if item.action == "merge":
                return tr("Merge into {name}").format(name=item.existing_name)
            return tr("Add") if item.action == "new" else tr("Skip")
        if column == 2:
            return "; ".join(item.problems)
        if column == 3:
            return f"{f.get('first_name', '')} {f.get('last_name', '')}".strip()
        if column == 4:
            return f.get("company", "")
        if column == 5:
            return f.get("email", "")
        if column == 6:
            return f.get("phone") or f.get("mobile", "")
        zone = f.get("timezone", "")
        return tr("{zone} (yours)").format(zone=zone) if item.zone_defaulted else zone


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("Choose a file"))
        self.setSubTitle(tr("A CSV export from a spreadsheet or another CRM, or contacts "
                            "saved as vCard (.vcf)."))
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("ImportPath")
        self.path_edit.setAccessibleName(tr("File to import"))
        self.path_edit.setPlaceholderText(tr("The file to import"))
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.info = FieldError(self, field=self.path_edit, name="ReadInfo")
        self.busy = QProgressBar(self)
        self.busy.setObjectName("ReadProgress")
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.loaded_path: str | None = None
        self.job = BackgroundJob("ImportReadJob", self)
        self.job.finished.connect(self._on_read)
        self.job.failed.connect(self._on_failed)
        self.path_edit.textChanged.connect(self._path_changed)

    def _path_changed(self, _text: str) -> None:
        self.loaded_path = None
        self.info.withdraw()  # a file picked with Browse… too
        self.completeChanged.emit()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Import prospects"),
                                                str(Path.home()), tr(FILE_FILTER))
        if chosen:
            self.path_edit.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and not self.job.running

    def validatePage(self) -> bool:
        """Next reads the file on a worker thread, then moves on by itself."""
        path = self.path_edit.text().strip()
        if self.wiz.table is not None and self.loaded_path == path:
            return True
        if not self.job.running:
            self.info.say(tr("Reading {file}…").format(file=Path(path).name), None)
            self.busy.setVisible(True)
            self.job.start(lambda _progress, _cancelled: read_source(Path(path)))
            self.completeChanged.emit()
        return False

    def _on_read(self, table: SourceTable) -> None:
        self.busy.setVisible(False)
        self.info.withdraw()
        self.wiz.table = table
        self.loaded_path = self.path_edit.text().strip()
        self.completeChanged.emit()
        self.wiz.next()

    def _on_failed(self, message: str) -> None:
        self.busy.setVisible(False)
        self.info.refuse(message)
        self.completeChanged.emit()


class RawRowsModel(QAbstractTableModel):
    """The file's first rows as read with the chosen encoding and header row."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[tuple[int, list[str]]] = []

    def set_table(self, table: SourceTable | None, limit: int = 12) -> None:
        self.beginResetModel()
        self._headers = list(table.headers) if table else []
        self._rows = list(table.rows[:limit]) if table else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return tr("Line")
        return self._headers[section - 1] if section - 1 < len(self._headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (not index.isValid() or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= index.row() < len(self._rows)):
            return None
        line, cells = self._rows[index.row()]
        if index.column() == 0:
            return line
        column = index.column() - 1
        return " ".join(cells[column].split())[:80] if column < len(cells) else ""


class ReadPage(QWizardPage):
    """What the file is, in which encoding and from which header row: all changeable."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("Read the file"))
        self.layout_label = QLabel(self)
        self.layout_label.setObjectName("DetectedLayout")
        self.layout_label.setWordWrap(True)
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("EncodingChoice")
        for key, label in ENCODINGS.items():
            self.encoding.addItem(tr(label), key)
        self.encoding_note = QLabel(self)
        self.encoding_note.setObjectName("EncodingNote")
        self.header = QComboBox(self)
        self.header.setObjectName("HeaderRowChoice")
        self.header.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.header.setMinimumContentsLength(60)
        self.header_label = QLabel(tr("Header row"), self)
        form = QFormLayout()
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding)
        encoding_row.addWidget(self.encoding_note, 1)
        form.addRow(tr("Encoding"), encoding_row)
        form.addRow(self.header_label, self.header)
        self.error = FieldError(self, name="ReadError")
        self.model = RawRowsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("RawPreview")
        self.view.setModel(self.model)
        configure_list_table(self.view)
        self.view.setWordWrap(False)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.layout_label)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        self.detected_encoding = ""
        self.chosen_header: int | None = None
        self._filling = False
        self.job = BackgroundJob("ImportRereadJob", self)
        self.job.finished.connect(self._on_reread)
        self.job.failed.connect(self._on_failed)
        self.encoding.currentIndexChanged.connect(self._encoding_changed)
        self.header.currentIndexChanged.connect(self._header_changed)

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        if table.encoding_guessed or not self.detected_encoding:
            self.detected_encoding = _encoding_key(table.encoding)
            self.chosen_header = None
        self._show(table)

    def _show(self, table: SourceTable) -> None:
        self._filling = True
        try:
            key = _encoding_key(table.encoding)
            if self.encoding.findData(key) < 0:
                self.encoding.addItem(tr(encoding_label(key)), key)
            self.encoding.setCurrentIndex(self.encoding.findData(key))
            self.header.clear()
            for line, text in table.header_choices:
                self.header.addItem(tr("Line {line}: {text}").format(line=line, text=text), line)
            self.header.setCurrentIndex(max(0, self.header.findData(table.header_line)))
        finally:
            self._filling = False
        csv_file = table.kind == "csv"
        self.header.setVisible(csv_file)
        self.header_label.setVisible(csv_file)
        if key == self.detected_encoding:
            self.encoding_note.setText(tr("chosen by Tickler") if table.encoding_guessed
                                       else tr("as Tickler chose it"))
        else:
            self.encoding_note.setText(tr("your choice (Tickler chose {encoding})").format(
                encoding=tr(encoding_label(self.detected_encoding))))
        self.layout_label.setText(_layout_sentence(table))
        count = len(table.rows)
        if table.kind == "vcard":
            caption = tr("%n contact card(s). The first ones as read — if names look garbled, "
                         "choose another encoding:", None, count)
        else:
            caption = tr("%n row(s). The first ones as read — if names look garbled, choose "
                         "another encoding:", None, count)
        self.caption.setText(caption)
        self.model.set_table(table)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 220))
        self.error.withdraw()

    def _encoding_changed(self, _index: int) -> None:
        if not self._filling:
            self._reread()

    def _header_changed(self, _index: int) -> None:
        if not self._filling:
            self.chosen_header = self.header.currentData()
            self._reread()

    def _reread(self) -> None:
        table = self.wiz.table
        if table is None:
            return
        if self.job.running:
            self.job.cancel()
            self.job.wait()
        encoding, header = self.encoding.currentData(), self.chosen_header
        self.completeChanged.emit()
        self.job.start(lambda _p, _c: reread(table, encoding=encoding, header_line=header))
        self.completeChanged.emit()

    def _on_reread(self, table: SourceTable) -> None:
        self.wiz.table = table
        self._show(table)
        self.completeChanged.emit()

    def _on_failed(self, message: str) -> None:
        self.error.refuse(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.job.running and not self.error.text()

    def cleanupPage(self) -> None:
        self.job.wait()


def _encoding_key(name: str) -> str:
    return "utf-8" if name == "utf-8-sig" else encoding_name(name)


def _layout_sentence(table: SourceTable) -> str:
    if table.kind == "vcard":
        return tr("These are vCard contact cards; each card becomes one prospect.")
    if table.layout:
        return tr("This looks like a <b>{program}</b> export: its columns are matched by "
                  "their exact names.").format(program=_html(table.layout))
    return tr("Tickler does not recognise the program that wrote this file; it matches the "
              "columns by their names. Check them on the next page.")


class StoredPreviewModel(RowTableModel[PreparedRow]):
    """The first rows as they will be stored, with the columns as now matched."""

    COLUMNS = (QT_TR_NOOP("Line"), QT_TR_NOOP("Name"), QT_TR_NOOP("Company"),
               QT_TR_NOOP("Job title"), QT_TR_NOOP("Email"), QT_TR_NOOP("Phone"),
               QT_TR_NOOP("Mobile"), QT_TR_NOOP("Address"), QT_TR_NOOP("LinkedIn"),
               QT_TR_NOOP("Website"), QT_TR_NOOP("Time zone"),
               QT_TR_NOOP("Other numbers and addresses"))
    KEYS = ("", "", "company", "title", "email", "phone", "mobile", "address", "linkedin",
            "website", "timezone", "other_contacts")

    def cell(self, row: int, column: int, role: int) -> Any:
        item = self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole and item.problems:
            return "; ".join(item.problems)
        if role == Qt.ItemDataRole.ForegroundRole and item.action == "bad":
            return text_colour(Tone.ERROR)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        f = item.fields
        if column == 0:
            return item.line
        if column == 1:
            return f"{f.get('first_name', '')} {f.get('last_name', '')}".strip()
        value = f.get(self.KEYS[column], "")
        if column == 10 and item.zone_defaulted:
            return tr("{zone} (yours)").format(zone=value)
        return "; ".join(value.splitlines())


class MappingPage(QWizardPage):
    """One drop-down per column of the file, pre-set from its header, and the first rows as
    they will be stored with the columns as matched now."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("Match the columns"))
        self.combos: list[QComboBox] = []
        self.notes = QLabel(self)
        self.notes.setObjectName("MappingNotes")
        self.notes.setWordWrap(True)
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.clash = FieldError(self, name="MappingClash")
        self.several = QLabel(self)
        self.several.setObjectName("MappingSeveral")
        self.several.setWordWrap(True)
        self.several.hide()
        self.preview_caption = QLabel(tr("The first rows as they will be stored:"), self)
        self.preview = StoredPreviewModel(self)
        self.preview_view = QTableView(self)
        self.preview_view.setObjectName("StoredPreview")
        self.preview_view.setModel(self.preview)
        configure_list_table(self.preview_view)
        self.preview_view.setWordWrap(False)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.setFixedHeight(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.clash)
        layout.addWidget(self.several)
        layout.addWidget(self.preview_caption)
        layout.addWidget(self.preview_view)

    def initializePage(self) -> None:
        table = self.wiz.table
        assert table is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        guesses = table.suggested_mapping()
        samples = [cells for _line, cells in table.rows[:3]]
        for column, (header, guess) in enumerate(zip(table.headers, guesses, strict=True)):
            combo = QComboBox(self.form_host)
            combo.setObjectName(f"MapColumn{column}")
            combo.addItem(tr("(don't import)"), None)
            for key, label in TARGETS.items():
                combo.addItem(tr(label), key)
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.currentIndexChanged.connect(self._changed)
            example = next((cells[column] for cells in samples
                            if column < len(cells) and cells[column]), "")
            example = " ".join(example.split())
            caption = QLabel(f"<b>{_html(header)}</b><br>"
                             + coloured(_html(example[:40]) or tr("(empty)"), Tone.MUTED),
                             self.form_host)
            self.form.addRow(caption, combo)
            self.combos.append(combo)
        name = table.path.name if table.path else ""
        if table.kind == "vcard":
            found = tr("%n vCard contact(s) found in {file}.", None, len(table.rows))
        else:
            found = tr("%n row(s) found in {file}.", None, len(table.rows))
        notes = [found.format(file=_html(name))]
        if table.kind == "csv":
            notes.append(_layout_sentence(table))
        notes += [_html(n) for n in table.notes]
        self.notes.setText(" ".join(notes))
        self._changed()

    def mapping(self) -> list[str | None]:
        return [combo.currentData() for combo in self.combos]

    def _changed(self, *_args: object) -> None:
        table = self.wiz.table
        mapping = self.mapping()
        chosen = [key for key in mapping if key]
        several = {tr(TARGETS[k]) for k in chosen
                   if chosen.count(k) > 1 and k in MULTI_TARGETS
                   and k not in ("other_contacts", *ADDRESS_PARTS)}
        if table is not None:  # the parts of two addresses (Business…, Home…)
            groups = {address_group(h) for h, k in zip(table.headers, mapping, strict=False)
                      if k in ADDRESS_PARTS}
            if len(groups) > 1 or (groups and "address" in chosen):
                several.add(tr(TARGETS["address"]))
        self.several.setText(
            tr("Several columns go to {fields}: the preferred or work one is kept there, the "
               "others under Other numbers and addresses.").format(
                fields=", ".join(sorted(several))) if several else "")
        self.several.setVisible(bool(several))
        if table is not None and set(chosen) & {"first_name", "last_name", "full_name",
                                                 "company"}:
            self.preview.set_rows(preview_rows(table, mapping, self.wiz.ctx.rep_timezone))
        else:
            self.preview.set_rows([])
        widths = (44, 140, 150, 130, 200, 140, 140, 240, 200, 160, 130)
        for column, width in enumerate(widths):
            self.preview_view.setColumnWidth(column, width)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        chosen = [key for key in self.mapping() if key]
        twice = sorted({tr(TARGETS[key]) for key in chosen
                        if chosen.count(key) > 1 and key not in MULTI_TARGETS})
        # two columns into one name or company would silently keep only one of them
        if twice:
            self.clash.refuse(tr("Two columns go to the same field: {fields}. Pick another "
                                 "field for one of them, or don't import it.").format(
                fields=", ".join(twice)))
        else:
            self.clash.withdraw()
        return not twice and bool(set(chosen) & {"first_name", "last_name", "full_name",
                                                 "company"})


class CheckPage(QWizardPage):
    """Checks every row off the UI thread, then shows what will happen."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("Check and preview"))
        self.summary = QLabel(self)
        self.summary.setObjectName("ImportSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("CheckProgress")
        self.model = PreviewTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("ImportPreview")
        self.view.setModel(self.model)
        configure_list_table(self.view)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.skip_bad = QCheckBox(tr("Skip the rows with problems and import the rest"), self)
        self.skip_bad.setObjectName("SkipBadRows")
        self.merge = QCheckBox(tr("Merge rows whose email matches a prospect you already "
                                  "have (fills in empty fields; nothing is overwritten)"), self)
        self.merge.setObjectName("MergeMatches")
        self.merge.setChecked(True)
        self.skip_bad.toggled.connect(lambda _c: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        self.failure = FieldError(self, name="CheckError")
        layout.addWidget(self.summary)
        layout.addWidget(self.failure)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.skip_bad)
        layout.addWidget(self.merge)
        self.job = BackgroundJob("ImportCheckJob", self)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_checked)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(lambda: self.summary.setText(tr("Check cancelled.")))

    def initializePage(self) -> None:
        self.wiz.plan = None
        self.model.set_rows([])
        self.skip_bad.setChecked(False)
        self.skip_bad.setVisible(False)
        self.merge.setVisible(False)
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.failure.withdraw()
        self.summary.setText(tr("Checking every row…"))
        table, mapping = self.wiz.table, self.wiz.mapping_page.mapping()
        tz = self.wiz.ctx.rep_timezone
        assert table is not None

        def work(store: Store, progress: Progress, cancelled: IsCancelled) -> ImportPlan:
            return prepare_import(store, table, mapping, tz, progress, cancelled)

        self.job.start_with_store(self.wiz.ctx.store, work)

    def cleanupPage(self) -> None:
        self.job.cancel()
        self.job.wait()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.summary.setText("")
        self.failure.refuse(message)

    def _on_checked(self, plan: ImportPlan) -> None:
        self.wiz.plan = plan
        self.progress.setVisible(False)
        bad = plan.bad_rows
        shown = (bad + [r for r in plan.rows if r.action != "bad"])[:PREVIEW_ROWS]
        self.model.set_rows(shown)
        widths = (44, 110 if not plan.count("merge") else 200, 250 if bad else 60, 140, 150,
                  200, 130)
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        new = plan.count("new")
        parts = [tr("<b>%n</b> new prospect(s)", None, new)]
        if plan.count("merge"):
            parts.append(tr("<b>%n</b> match prospects you have (by email)",
                            None, plan.count("merge")))
        if bad:
            parts.append(tr("%n row(s) with problems (listed first, with their line numbers)",
                            None, len(bad)).replace(
                str(len(bad)), coloured(str(len(bad)), Tone.ERROR, "b"), 1))
        text = tr("{parts}.").format(parts="; ".join(parts))
        if plan.zone_defaulted:
            text += " " + tr("%n row(s) without a time zone: they get yours ({zone}); you can "
                             "change it on each profile.", None, plan.zone_defaulted).format(
                zone=_html(plan.rep_timezone))
        if plan.notes:
            text += "<br>" + " ".join(_html(n) for n in plan.notes)
        if len(plan.rows) > PREVIEW_ROWS:
            text += "<br>" + tr("The preview shows the first %n rows.", None, PREVIEW_ROWS)
        self.summary.setText(text)
        self.skip_bad.setVisible(bool(bad))
        self.merge.setVisible(bool(plan.count("merge")))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        if plan is None or self.job.running:
            return False
        if plan.count("new") + plan.count("merge") == 0:
            return False
        return not plan.bad_rows or self.skip_bad.isChecked()


class RunPage(QWizardPage):
    """Writes the prospects on a worker thread, in one transaction; Cancel rolls back."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(tr("Importing"))
        self.result: ImportResult | None = None
        self.progress = QProgressBar(self)
        self.progress.setObjectName("ImportProgress")
        self.label = FieldError(self, name="ImportResult")
        self.cancel_button = QPushButton(tr("Cancel import"), self)
        self.cancel_button.setObjectName("CancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.job = BackgroundJob("ImportJob", self)
        self.job.progress.connect(self._on_progress)
        self.job.finished.connect(self._on_done)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        plan = self.wiz.plan
        assert plan is not None
        self.result = None
        merge = self.wiz.check_page.merge.isChecked()
        ctx = self.wiz.ctx
        now = ctx.now()
        self.label.say(tr("Importing… Cancel leaves your book exactly as it was."), None)
        self.progress.setValue(0)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)

        def work(store: Store, progress: Progress, cancelled: IsCancelled) -> ImportResult:
            return run_import(store, plan, now, merge=merge, progress=progress,
                              cancelled=cancelled)

        self.job.start_with_store(ctx.store, work)
        self._buttons(QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)

    def cancel(self) -> None:
        if self.job.running:
            self.label.say(tr("Cancelling…"), None)
            self.cancel_button.setEnabled(False)
            self.job.cancel()

    def isComplete(self) -> bool:
        return self.result is not None

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, result: ImportResult) -> None:
        self.result = result
        self.cancel_button.setVisible(False)
        self.progress.setValue(self.progress.maximum())
        self.label.say(
            tr("Done: %n prospect(s) added, {merged} merged, {skipped}.",
               None, result.created).format(
                merged=result.merged, skipped=tr("%n row(s) skipped", None, result.skipped)),
            None)
        self.wiz.ctx.changes.emit(PROSPECTS, PROFILE)
        self._buttons(QWizard.WizardButton.FinishButton)  # no way back to import twice
        self.completeChanged.emit()

    def _on_failed(self, message: str) -> None:
        self.cancel_button.setEnabled(False)
        self.label.refuse(message + " " + tr("Nothing was imported; your book is as it was."))
        self._buttons(QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)

    def _on_cancelled(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.say(tr("Import cancelled. Nothing was imported; your book is as it was."),
                       None)
        self._buttons(QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)

    def cleanupPage(self) -> None:
        self._buttons(QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)

    def _buttons(self, *buttons: QWizard.WizardButton) -> None:
        self.wiz.setButtonLayout([QWizard.WizardButton.Stretch, *buttons])


class ImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(tr("Import prospects"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        fit_to_screen(self, 1100, 640)
        self.ctx = ctx
        self.table: SourceTable | None = None
        self.plan: ImportPlan | None = None
        self.file_page = FilePage(self)
        self.read_page = ReadPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        for page in (self.file_page, self.read_page, self.mapping_page, self.check_page,
                     self.run_page):
            self.addPage(page)
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    def reject(self) -> None:
        if self.run_page.job.running:
            answer = QMessageBox.question(
                self, tr("Cancel the import?"),
                tr("Stop the import? Nothing will be imported; your book stays as it was."))
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.run_page.cancel()
            self.run_page.job.wait()
        for job in (self.file_page.job, self.read_page.job, self.check_page.job):
            job.cancel()
            job.wait()
        super().reject()


def _html(text: str) -> str:
    from html import escape

    return escape(text)
