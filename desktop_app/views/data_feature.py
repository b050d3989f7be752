"""The Report tab and the File menu's import, export, back-up and restore entries."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..services import AppContext
from ..services.backup import BackupError, backup_database, check_backup, default_backup_name
from ..services.backup import restore_backup as restore_service
from .report_view import ReportPanel

if TYPE_CHECKING:
    from .import_wizard import ImportWizard


class ExportDialog(QDialog):
    """What to export: the prospect book as CSV, or the upcoming callbacks as a calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self.setWindowTitle("Export")
        self.prospects = QRadioButton("All prospects, as a CSV file (opens in any spreadsheet)",
                                      self)
        self.callbacks = QRadioButton(
            "Upcoming calls, as a calendar file (.ics) for Outlook, Google or Apple Calendar",
            self)
        self.prospects.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What would you like to export?", self))
        layout.addWidget(self.prospects)
        layout.addWidget(self.callbacks)
        layout.addWidget(QLabel("The call-block report has its own CSV and PDF export on the "
                                "Report tab.", self))
        layout.addWidget(buttons)

    def choice(self) -> str:
        return "prospects" if self.prospects.isChecked() else "callbacks"


class DataFeature:
    """Wires the report tab and the File menu entries into the main window."""

    def __init__(self, window: Any, ctx: AppContext) -> None:
        self.window = window
        self.ctx = ctx
        self.report = ReportPanel(ctx, window.changes, window)
        self.report_tab_index = window.add_tab(self.report, "Report", "Ctrl+5")
        file_menu = window.menus["file"]
        before = getattr(window, "quit_action", None)
        self.import_action = self._action("&Import…", "Ctrl+I", self.import_file,
                                          "Bring prospects in from a CSV or vCard file")
        self.export_action = self._action("&Export…", "Ctrl+Shift+E", self.export,
                                          "Prospects to CSV, upcoming calls to a calendar")
        self.backup_action = self._action("&Back up…", None, self.back_up,
                                          "Save a full copy of your book")
        self.restore_action = self._action("&Restore…", None, self.restore,
                                           "Replace your book with a backup")
        actions = [self.import_action, self.export_action, self.backup_action,
                   self.restore_action]
        if before is not None:
            file_menu.insertActions(before, actions)
            file_menu.insertSeparator(before)
        else:
            file_menu.addActions(actions)

    def _action(self, text: str, shortcut: str | None, slot: Any, tip: str) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    # -- import / export ------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> ImportWizard:
        from .import_wizard import ImportWizard  # loaded when the rep first imports

        wizard = ImportWizard(self.ctx, self.window, path)
        wizard.finished.connect(lambda _r: self._after_import(wizard))
        wizard.open()
        return wizard

    def _after_import(self, wizard: ImportWizard) -> None:
        result = wizard.run_page.result
        if result is not None:
            self.window.show_message(
                f"Imported {result.created:,} prospects, merged {result.merged:,}.")
        wizard.deleteLater()

    def export(self, choice: str | None = None, path: Path | None = None) -> Path | None:
        if choice is None:
            dialog = ExportDialog(self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choice = dialog.choice()
        suffix, pattern = (("csv", "CSV files (*.csv)") if choice == "prospects"
                           else ("ics", "Calendar files (*.ics)"))
        if path is None:
            name = ("tickler-prospects.csv" if choice == "prospects"
                    else "tickler-callbacks.ics")
            chosen, _ = QFileDialog.getSaveFileName(self.window, "Export",
                                                    str(Path.home() / name), pattern)
            if not chosen:
                return None
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(f".{suffix}")
        from ..services.exporter import export_callbacks_ics, export_prospects_csv

        try:
            if choice == "prospects":
                count = export_prospects_csv(self.ctx.store, path)
                what = f"{count:,} prospects"
            else:
                count = export_callbacks_ics(self.ctx.store, path, self.ctx.now())
                what = f"{count:,} upcoming calls"
        except OSError as exc:
            QMessageBox.warning(self.window, "Export failed",
                                f"Could not write {path.name}: {exc.strerror or exc}")
            return None
        self.window.show_message(f"Exported {what} to {path}.")
        return path

    # -- backup / restore -----------------------------------------------------------------

    def back_up(self, path: Path | None = None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, "Back up your book",
                str(Path.home() / default_backup_name(self.ctx.now())),
                "Tickler backups (*.sqlite3);;All files (*)")
            if not chosen:
                return None
            path = Path(chosen)
        try:
            info = backup_database(self.ctx, path)
        except BackupError as exc:
            QMessageBox.warning(self.window, "Backup failed", str(exc))
            return None
        self.window.show_message(
            f"Backed up {info.prospects:,} prospects and {info.touches:,} touches to {path}.")
        return path

    def restore(self, path: Path | None = None, confirm: bool = True) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, "Restore from a backup", str(Path.home()),
                "Tickler backups (*.sqlite3 *.db *.bak);;All files (*)")
            if not chosen:
                return False
            path = Path(chosen)
        try:
            info = check_backup(path)
        except BackupError as exc:
            QMessageBox.warning(self.window, "That backup can't be restored", str(exc))
            return False
        if confirm:
            answer = QMessageBox.question(
                self.window, "Restore this backup?",
                f"{path.name} holds {info.prospects:,} prospects and {info.touches:,} touches."
                "\n\nRestoring replaces your current book with it. A copy of the current book "
                "is kept beside it (…before-restore.bak).")
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            restore_service(self.ctx, path)
        except BackupError as exc:
            QMessageBox.warning(self.window, "Restore failed", f"{exc}\n\nYour book is "
                                "unchanged.")
            return False
        self.window.show_message(f"Restored {info.prospects:,} prospects from {path.name}.")
        return True


def install_data_features(window: Any, ctx: AppContext) -> DataFeature:
    """Wire report, import, export and backup into the window (kept as ``window.data``)."""
    feature = DataFeature(window, ctx)
    window.data = feature
    return feature
