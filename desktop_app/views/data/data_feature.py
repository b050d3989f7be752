"""The Report tab and the File menu's import, export, back-up and restore entries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import tr
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.backup import (
    BackupError,
    backup_database,
    check_backup,
    default_backup_name,
)
from desktop_app.services.backup import restore_backup as restore_service
from desktop_app.store import Store
from desktop_app.views.common.background import BackgroundJob
from desktop_app.views.report.report_view import ReportPanel

if TYPE_CHECKING:
    from desktop_app.views.data.import_wizard import ImportWizard
    from desktop_app.views.shell.main_window import MainWindow


class ExportDialog(QDialog):
    """What to export: the whole book (ZIP of CSVs), the prospects as one CSV, or the
    upcoming callbacks as a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle(tr("Export"))
        self.book = QRadioButton(tr(
            "Everything: prospects with their qualification answers, compelling events and "
            "history,\nas a ZIP of CSV files (each opens in any spreadsheet)"), self)
        self.prospects = QRadioButton(tr(
            "All prospects with their qualification answers, as one CSV file"), self)
        self.callbacks = QRadioButton(tr(
            "Upcoming calls, as a calendar file (.ics) for Outlook, Google or Apple Calendar"),
            self)
        self.book.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("What would you like to export?"), self))
        layout.addWidget(self.book)
        layout.addWidget(self.prospects)
        layout.addWidget(self.callbacks)
        note = QLabel(tr("Both CSV forms import back into Tickler as they were (File ▸ "
                         "Import). The call-block report has its own CSV and PDF export on "
                         "the Report tab."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choice(self) -> str:
        if self.book.isChecked():
            return "book"
        return "prospects" if self.prospects.isChecked() else "callbacks"


class DataFeature:
    """Wires the report tab and the File menu entries into the main window."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        self.window = window
        self.ctx = ctx
        self.report = ReportPanel(ctx, window.changes, window)
        self.report_tab_index = window.add_tab(self.report, tr("Report"), "Ctrl+5")
        # Exports and backups of a large book take seconds: they run on a worker with its
        # own connection while a small window says what is happening.
        self.files = BackgroundJob("FileJob", window)
        self.files.finished.connect(self._file_done)
        self.files.failed.connect(self._file_failed)
        self._file_progress: QProgressDialog | None = None
        self._file_messages: tuple[str, Callable[[Any], str]] = ("", str)
        self.restore_dialog: Any = None
        file_menu = window.menus["file"]
        self.import_action = self._action(tr("&Import…"), "Ctrl+I", self.import_file,
                                          tr("Bring prospects in from a CSV or vCard file"))
        self.export_action = self._action(tr("&Export…"), "Ctrl+Shift+E", self.export,
                                          tr("Prospects to CSV, upcoming calls to a calendar"))
        self.backup_action = self._action(tr("&Back up…"), None, self.back_up,
                                          tr("Save a full copy of your book"))
        self.restore_action = self._action(tr("&Restore…"), None, self.restore,
                                           tr("Replace your book with a backup"))
        actions = [self.import_action, self.export_action, self.backup_action,
                   self.restore_action]
        file_menu.insertActions(window.quit_action, actions)
        file_menu.insertSeparator(window.quit_action)

    def start(self) -> None:
        """Nothing runs in the background until the rep asks."""

    def stop(self) -> None:
        """Nothing to stop: an export or backup under way finishes on its worker."""

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object],
                tip: str) -> QAction:
        return self.window.add_action(text, shortcut, slot, tip=tip)

    # -- import / export ------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> ImportWizard:
        from desktop_app.views.data.import_wizard import (
            ImportWizard,  # loaded when the rep first imports
        )

        wizard = ImportWizard(self.ctx, self.window, path)
        wizard.finished.connect(lambda _r: self._after_import(wizard))
        wizard.open()
        return wizard

    def _after_import(self, wizard: ImportWizard) -> None:
        result = wizard.run_page.result
        if result is not None:
            self.window.show_message(
                tr("Imported %n prospect(s), merged {merged}.", None, result.created).format(
                    merged=result.merged))
        wizard.deleteLater()

    def export(self, choice: str | None = None, path: Path | None = None) -> Path | None:
        if choice is None:
            dialog = ExportDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        suffix, pattern, name = {
            "book": ("zip", tr("ZIP files (*.zip)"),
                     f"tickler-book-{self.ctx.now():%Y-%m-%d}.zip"),
            "prospects": ("csv", tr("CSV files (*.csv)"), "tickler-prospects.csv"),
            "callbacks": ("ics", tr("Calendar files (*.ics)"), "tickler-callbacks.ics"),
        }[choice]
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self.window, tr("Export"),
                                                    str(Path.home() / name), pattern)
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(f".{suffix}")
        from desktop_app.services.exporter import (
            export_book_zip,
            export_callbacks_ics,
            export_prospects_csv,
        )

        target, now = path, self.ctx.now()
        if choice == "book":
            def write(store: Store) -> int:
                return export_book_zip(store, target)

            def said(count: int) -> str:
                return tr("Exported %n prospect(s) with their history to {file}.",
                          None, count).format(file=target)
        elif choice == "prospects":
            def write(store: Store) -> int:
                return export_prospects_csv(store, target)

            def said(count: int) -> str:
                return tr("Exported %n prospect(s) to {file}.", None, count).format(file=target)
        else:
            def write(store: Store) -> int:
                return export_callbacks_ics(store, target, now)

            def said(count: int) -> str:
                return tr("Exported %n upcoming call(s) to {file}.", None, count).format(
                    file=target)
        self._run_file_job(tr("Exporting to {file}…").format(file=path.name),
                           tr("Export failed"), write, said)
        return path

    # -- backup / restore -----------------------------------------------------------------

    def back_up(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, tr("Back up your book"),
                str(Path.home() / default_backup_name(self.ctx.now())),
                tr("Tickler backups (*.sqlite3);;All files (*)"))
            if not chosen:
                return None
            path = Path(chosen)
        target = path

        def copy(store: Store) -> Any:
            return backup_database(AppContext(store), target)

        self._run_file_job(tr("Backing up to {file}…").format(file=path.name),
                           tr("Backup failed"), copy,
                           lambda info: tr("Backed up %n prospect(s) and {touches} touches "
                                           "to {file}.", None, info.prospects).format(
                               touches=info.touches, file=target))
        return path

    def _run_file_job(self, doing: str, failure_title: str, work: Callable[[Store], Any],
                      done: Callable[[Any], str]) -> None:
        if self.files.running:
            self.window.show_message(tr("An export or backup is still running; try again "
                                        "when it has finished."), "warning")
            return

        def run(store: Store, _progress: Any, _cancelled: Any) -> Any:
            try:
                return work(store)
            except OSError as exc:
                raise ValidationError(tr("Could not write the file: {error}").format(
                    error=exc.strerror or exc)) from exc
            except BackupError as exc:
                raise ValidationError(str(exc)) from exc

        progress = QProgressDialog(doing, "", 0, 0, self.window)
        progress.setWindowTitle("Tickler")
        progress.setCancelButton(None)  # a half-written file helps nobody: let it finish
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumWidth(360)
        self._file_progress = progress
        self._file_messages = (failure_title, done)
        self.files.start_with_store(self.ctx.store, run)
        # shown only if the work takes a moment (a quick export just reports when done)
        def show_if_still_working() -> None:
            if self._file_progress is progress:
                progress.show()

        QTimer.singleShot(300, show_if_still_working)

    def _close_file_progress(self) -> None:
        if self._file_progress is not None:
            self._file_progress.reset()
            self._file_progress.deleteLater()
            self._file_progress = None

    def _file_done(self, result: Any) -> None:
        self._close_file_progress()
        self.window.show_message(self._file_messages[1](result))

    def _file_failed(self, message: str) -> None:
        self._close_file_progress()
        QMessageBox.warning(self.window, self._file_messages[0], message)

    def restore(self, path: Path | None = None, confirm: bool = True) -> bool:
        if path is None:
            path = self.choose_backup()
            if path is None:
                return False
        if self.files.running:
            self.window.show_message(tr("A backup or export is still running; restore when "
                                        "it has finished."), "warning")
            return False
        try:
            info = check_backup(path)
        except BackupError as exc:
            QMessageBox.warning(self.window, tr("That backup can't be restored"), str(exc))
            return False
        if confirm:
            answer = QMessageBox.question(
                self.window, tr("Restore this backup?"),
                tr("{file} holds %n prospect(s) and {touches} touches.\n\nRestoring replaces "
                   "your current book with it. A copy of the current book is kept beside it "
                   "(…before-restore.bak).", None, info.prospects).format(
                    file=path.name, touches=info.touches))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            restore_service(self.ctx, path)
        except BackupError as exc:
            QMessageBox.warning(self.window, tr("Restore failed"),
                                tr("{error}\n\nYour book is unchanged.").format(error=exc))
            return False
        self.window.undo.clear()  # the actions on it were made in the book just replaced
        self.window.show_message(tr("Restored %n prospect(s) from {file}.",
                                    None, info.prospects).format(file=path.name))
        return True


    def choose_backup(self) -> Path | None:
        """The backup list (dates, prospect counts) with a way to pick any file instead."""
        from desktop_app.views.data.backup_dialogs import FILE_FILTER, RestoreDialog

        book = self.ctx.store.path
        if book is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, tr("Restore from a backup"), str(Path.home()), tr(FILE_FILTER))
            return Path(chosen) if chosen else None
        dialog = RestoreDialog(book, self.window)
        self.restore_dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen
        finally:
            self.restore_dialog = None
            dialog.deleteLater()

