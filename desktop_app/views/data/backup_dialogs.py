"""File ▸ Restore's list of backups, and the one screen a damaged book meets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.services.backup import (
    BackupError,
    BackupFile,
    BackupInfo,
    backups_folder,
    list_backups,
    newest_good_backup,
    prospect_count,
)
from desktop_app.views.common.background import BackgroundJob
from desktop_app.views.common.colours import Tone, set_tone
from desktop_app.views.common.qt_dates import ui_date, ui_datetime
from desktop_app.views.common.refusal import FieldError
from desktop_app.views.common.table_model import RowTableModel, configure_list_table

KIND_LABELS = {"daily": QT_TR_NOOP("Daily backup"),
               "before-restore": QT_TR_NOOP("Kept before a restore"),
               "before-update": QT_TR_NOOP("Kept before an update")}
FILE_FILTER = QT_TR_NOOP("Tickler backups (*.sqlite3 *.db *.bak);;All files (*)")


def display_path(path: Path) -> str:
    """``path`` with the home folder written as ~."""
    try:
        return "~/" + path.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(path)


def made_label(file: BackupFile) -> str:
    """When a backup is of, in the rep's language (its day alone when only that is known)."""
    if file.day is not None and file.made.date() != file.day:
        return ui_date(file.day, weekday=True, year=True)
    return ui_datetime(file.made, year=True, sep=", ")


@dataclass(frozen=True, slots=True)
class BackupRow:
    file: BackupFile
    prospects: int | None


class BackupTableModel(RowTableModel[BackupRow]):
    COLUMNS = (QT_TR_NOOP("Made"), QT_TR_NOOP("Backup"), QT_TR_NOOP("Prospects"),
               QT_TR_NOOP("File"))

    def cell(self, row: int, column: int, role: int) -> Any:
        item = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return made_label(item.file)
            if column == 1:
                kind = KIND_LABELS.get(item.file.kind)
                return tr(kind) if kind else item.file.kind
            if column == 2:
                if item.prospects is None:
                    return tr("unreadable")
                from PySide6.QtCore import QLocale

                return QLocale().toString(item.prospects)
            return item.file.path.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.file.path)
        return None


class RestoreDialog(QDialog):
    """The backups Tickler keeps for this book, newest first; or any file the rep picks."""

    def __init__(self, book: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(tr("Restore a backup"))
        self.chosen: Path | None = None
        self.model = BackupTableModel(self)
        self.model.set_rows([BackupRow(f, prospect_count(f.path)) for f in list_backups(book)])
        self.table = QTableView(self)
        self.table.setObjectName("BackupTable")
        self.table.setModel(self.model)
        configure_list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self._restore_selected())
        intro = QLabel(tr(
            "Tickler backs up your book once a day you use it (it keeps the last 7 days, and "
            "one a week for the 4 weeks before), into {folder}. Choose the one to go back "
            "to; your current book is kept beside it as it is now.").format(
                folder=display_path(backups_folder(book))), self)
        intro.setWordWrap(True)
        self.empty = QLabel(tr("There are no backups yet: Tickler makes the first one "
                               "today."), self)
        self.empty.setVisible(self.model.rowCount() == 0)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(tr("Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button = buttons.addButton(tr("Choose a file…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button.clicked.connect(self._choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(720, 440)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def _restore_selected(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.chosen = row.file.path
            self.accept()

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Restore from a backup"),
                                                str(Path.home()), tr(FILE_FILTER))
        if chosen:
            self.chosen = Path(chosen)
            self.accept()


class DamagedBookDialog(QDialog):
    """"Your book is damaged": the newest good backup to restore, another file, or quit.

    ``restore(path, label)`` puts the backup in place (never writing over the damaged file)
    and returns a line for the rep, or raises BackupError, shown here.
    """

    def __init__(self, book: Path, detail: str, restore: Callable[[Path, str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DamagedBookDialog")
        self.setWindowTitle(tr("Your book is damaged"))
        self.setModal(True)
        self.book = book
        self._restore = restore
        self.result_message = ""
        self.backup: BackupFile | None = None
        heading = QLabel(tr("Your book is damaged"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        explain = QLabel(tr(
            "Tickler found damage inside {file}, the file that holds your prospects "
            "(this happens when a disk fails or the computer loses power while writing). "
            "Tickler has stopped using it, so nothing more is lost, and it will not write over "
            "it: when you restore a backup, the damaged file is kept beside it, untouched, "
            "for anyone who can repair it.").format(file=book.name), self)
        explain.setWordWrap(True)
        said = QLabel(tr("SQLite says: {detail}").format(detail=detail), self)
        said.setObjectName("DamageDetail")
        said.setWordWrap(True)
        said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_tone(said, Tone.MUTED)
        self.backup_label = QLabel(tr("Looking for your newest good backup…"), self)
        self.backup_label.setObjectName("NewestBackup")
        self.backup_label.setWordWrap(True)
        self.error = FieldError(self, name="RestoreError")
        self.restore_button = QPushButton(tr("Restore this backup"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.file_button = QPushButton(tr("Choose a backup file…"), self)
        self.quit_button = QPushButton(tr("Quit Tickler"), self)
        self.restore_button.clicked.connect(self.restore_newest)
        self.file_button.clicked.connect(self._choose_file)
        self.quit_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(said)
        layout.addWidget(self.backup_label)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.setMinimumWidth(560)
        # Checking backups reads every page of each: off the UI thread.
        self.search = BackgroundJob("NewestGoodBackup", self)
        self.search.finished.connect(self._found)
        self.search.failed.connect(lambda message: self._found(None))
        self.search.start(lambda _p, _c: newest_good_backup(book))

    def _found(self, found: tuple[BackupFile, BackupInfo] | None) -> None:
        if found is None:
            self.backup_label.setText(tr(
                "Tickler has no good backup of this book. Choose a backup file if you have "
                "one; otherwise quit and keep the damaged file as it is for repair."))
            self.file_button.setDefault(True)
            self.adjustSize()  # the longer words are read whole, not clipped
            return
        backup, info = found
        self.backup = backup
        from PySide6.QtCore import QLocale

        self.backup_label.setText(tr(
            "Your newest good backup is from <b>{made}</b>, with {prospects} prospects and "
            "{touches} touches. Anything you changed after it is in the damaged file "
            "only.").format(made=made_label(backup), prospects=QLocale().toString(info.prospects),
                            touches=QLocale().toString(info.touches)))
        self.restore_button.setEnabled(True)
        self.restore_button.setFocus()
        self.adjustSize()  # the backup's line may take two lines (and more in German)

    def _choose_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, tr("Restore from a backup"),
                                                str(self.book.parent), tr(FILE_FILTER))
        if chosen:
            self._restore_from(Path(chosen), Path(chosen).name)

    def _restore_from(self, path: Path, label: str) -> bool:
        try:
            self.result_message = self._restore(path, label)
        except BackupError as exc:
            self.error.refuse(tr("That backup could not be restored: {error}").format(
                error=exc))
            self.adjustSize()
            return False
        self.accept()
        return True

    def restore_newest(self) -> bool:
        """Restore the newest good backup (what the default button does), once found."""
        if self.backup is None:
            return False
        return self._restore_from(self.backup.path, made_label(self.backup))

    def done(self, result: int) -> None:
        self.search.wait()
        super().done(result)
