"""Told at the next start: Tickler did not close normally last time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.platform.crash import UncleanEnd
from desktop_app.platform.environ import open_url
from desktop_app.views.common.qt_dates import ui_date, ui_time


def notice_text(last: UncleanEnd, rep_tz: str, prospects: int) -> str:
    if last.started_utc is not None:
        local = utc_to_local(last.started_utc, rep_tz)
        what = tr("Tickler did not close normally last time (started {date} at {time}).").format(
            date=ui_date(local, weekday=True, long=True), time=ui_time(local))
    else:
        what = tr("Tickler did not close normally last time.")
    cause = (tr("It stopped with an error: “{error}”.").format(error=last.fatal_error)
             if last.fatal_error else
             tr("It may have crashed, been ended from the task list, or the computer may have "
                "shut down while it ran."))
    return (f"{what} {cause}\n\n"
            + tr("Nothing you saved is lost: your book is here with its %n prospect(s). "
                 "Anything typed but not yet saved in an open window when it stopped is gone.",
                 None, prospects) + "\n\n"
            + tr("If it happens again, the lines below help whoever looks into it."))


class CrashNoticeDialog(QDialog):
    """Says what happened in words and shows the log's last lines; not modal."""

    def __init__(self, last: UncleanEnd, rep_tz: str, prospects: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashNotice")
        self.setWindowTitle(tr("Tickler closed unexpectedly"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last = last
        layout = QVBoxLayout(self)
        self.message = QLabel(notice_text(last, rep_tz, prospects), self)
        self.message.setObjectName("crashMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        where = tr("The last lines of the log ({path}):").format(path=last.log_path) \
            if last.log_path else tr("The last lines of the log:")
        heading = QLabel(where, self)
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlainText(self.details_text())
        self.details.setMinimumSize(640, 220)
        layout.addWidget(self.details, 1)
        self.details.verticalScrollBar().setValue(self.details.verticalScrollBar().maximum())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(tr("Copy details"), self)
        copy.clicked.connect(self.copy_details)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        if last.log_path is not None:
            folder = QPushButton(tr("Open log folder"), self)
            folder.clicked.connect(lambda: open_url(str(last.log_path.parent)))
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def details_text(self) -> str:
        parts = list(self.last.log_tail) or [tr("(the log is empty or could not be read)")]
        if self.last.fault:
            parts += ["", tr("What Python reported as it stopped:"), self.last.fault]
        return "\n".join(parts)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(
            self.message.text() + "\n\n" + self.details_text())


__all__ = ["CrashNoticeDialog", "notice_text"]
