"""The mailbox in the window: a watcher off the UI thread, and "They replied" on Today.

The watcher is one worker thread that checks the mailbox, then waits: in IDLE on the
first watched folder when the server offers it (a new message wakes it), else for a few
minutes; ``kick`` (after each send pass, or after the settings changed) wakes it early.
It opens its own database connection for each look (``own_store``, as every piece of work
off the UI thread does); the window only hears the results, by signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.inbound import first_lines
from desktop_app.domain.localtime import utc_to_local
from desktop_app.platform.imap import ImapConfig
from desktop_app.platform.secrets import SecretStore
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.context import PROFILE, PROSPECTS, SETTINGS, TOUCHES
from desktop_app.services.mailbox import (
    CHECK_MINUTES,
    MAIL,
    CheckReport,
    answer_words,
    bad_addresses_of,
    dismiss_bounce,
    end_plan_after_reply,
    imap_hold,
    imap_password,
    load_imap,
    log_reply_conversation,
    open_notices,
    resume_plan,
)
from desktop_app.store.mail import MailRow
from desktop_app.views.common.background import own_store
from desktop_app.views.common.colours import Tone, text_colour
from desktop_app.views.common.qt_dates import ui_date, ui_datetime, ui_time
from desktop_app.views.common.table_model import RowTableModel, configure_list_table

if TYPE_CHECKING:
    from desktop_app.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class _WatchSignals(QObject):
    checked = Signal(object)  # CheckReport


class MailboxWatcher(QObject):
    """Checks the rep's mailbox while Tickler runs, never on the UI thread."""

    checked = Signal(object)  # CheckReport, on the UI thread

    def __init__(self, ctx: AppContext, secrets: SecretStore,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MailboxWatcher")
        self.ctx, self.secrets = ctx, secrets
        self.interval = CHECK_MINUTES * 60.0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._signals = _WatchSignals(self)
        self._signals.checked.connect(self._on_checked)
        self.last_report: CheckReport | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def kick(self) -> bool:
        """Check now (start watching if an incoming server is set). False when none is."""
        if load_imap(self.ctx.store) is None or self._stop.is_set():
            return False
        self._wake.set()
        if not self.running:
            self._thread = threading.Thread(target=self._loop, name="tickler-mailbox",
                                            daemon=True)
            self._thread.start()
        return True

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    # -- the worker thread ---------------------------------------------------------------------

    def _settings(self) -> tuple[ImapConfig | None, str | None, bool]:
        """What to check with, read on the worker's own connection."""
        with own_store(self.ctx.store) as store:
            ctx = AppContext(store, self.ctx.clock)
            config = load_imap(store)
            if config is None or imap_hold(store) is not None:
                return config, None, imap_hold(store) is not None
            return config, imap_password(ctx, self.secrets, config), False

    def _loop(self) -> None:
        from desktop_app.platform.imap import ImapSession
        from desktop_app.services.mailbox import check_mailbox

        while not self._stop.is_set():
            self._wake.clear()
            session = None
            try:
                config, password, held = self._settings()
                if config is None:
                    return
                if held:
                    self._wake.wait()  # a refused sign-in waits for the rep
                    continue
                if password is None:
                    self._signals.checked.emit(CheckReport(problem=tr(
                        "Tickler has no password for your incoming mail server: enter it in "
                        "Email settings (Ctrl+,) to see replies.")))
                    self._wake.wait()
                    continue
                with own_store(self.ctx.store) as store:
                    session = ImapSession(config, password)
                    report = check_mailbox(store, self.ctx.clock, config, None,
                                           session=session, stop=self._stop.is_set)
                self._signals.checked.emit(report)
                if self._stop.is_set():
                    break
                if session.is_open and not report.problem and not self._wake.is_set():
                    session.examine(config.folders[0])
                    session.wait_for_news(self.interval,
                                          lambda: self._stop.is_set() or self._wake.is_set())
                    continue
            except Exception:
                log.exception("The mailbox watcher hit a problem")
            finally:
                if session is not None:
                    session.close()
            self._wake.wait(self.interval)

    def _on_checked(self, report: CheckReport) -> None:
        self.last_report = report
        if report.kept:
            self.ctx.changes.emit(MAIL, TOUCHES, PROSPECTS)
        if report.login_refused:
            self.ctx.changes.emit(SETTINGS)
        self.checked.emit(report)


# -- "They replied" at the top of Today ------------------------------------------------------


def _replies(count: int) -> str:
    return tr("%n reply", None, count) if count == 1 else tr("%n replies", None, count)


def _first_lines(body: str) -> str:
    return first_lines(body) or tr("(no text)")


def _what_they_said(mail: MailRow) -> str:
    """The row's words: what they wrote, or what their calendar answered (with their words
    when they wrote some beside it)."""
    from desktop_app.domain.inbound import written_by_them

    if not mail.invite_answer:
        return f"“{_first_lines(mail.body)}”"
    words = answer_words(mail)
    return f"{words} · “{_first_lines(mail.body)}”" if written_by_them(mail.body) else words


class NoticeTableModel(RowTableModel[MailRow]):
    COLUMNS = (QT_TR_NOOP("Mail"), QT_TR_NOOP("Who"), QT_TR_NOOP("What they wrote"),
               QT_TR_NOOP("When"))

    def __init__(self, rep_tz: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rep_tz = rep_tz

    def cell(self, row: int, column: int, role: int) -> object:
        mail = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"✉ {tr(mail.label)}"
            if column == 1:
                return f"{mail.prospect} · {mail.company}" if mail.company else mail.prospect
            if column == 2:
                if mail.kind == "bounce":
                    return tr("{address} bounced — ask for a new address ({effect})").format(
                        address=mail.failed_address, effect=mail.effect)
                return _what_they_said(mail)
            if column == 3:
                when = utc_to_local(mail.sent_utc or mail.received_utc, self._rep_tz())
                return ui_datetime(when)
        if role == Qt.ItemDataRole.ToolTipRole:
            if mail.invite_answer:
                return f"{mail.subject}\n\n{_what_they_said(mail)}"
            return f"{mail.subject}\n\n{_first_lines(mail.body)}\n\n{mail.effect}"
        if role == Qt.ItemDataRole.FontRole and column == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            from PySide6.QtGui import QBrush

            return QBrush(text_colour(Tone.ERROR if mail.kind == "bounce" else Tone.PROGRESS))
        return None


class RepliesPanel(QWidget):
    """What came back and waits for the rep: read it, resume the plan, log a conversation,
    end the plan (a bounce: give a new address). Hidden when nothing waits."""

    prospect_requested = Signal(int)  # New address…: the prospect's profile, to fix it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RepliesPanel")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        self.model = NoticeTableModel(lambda: ctx.rep_timezone, self)
        self.view = QTableView(self)
        self.view.setObjectName("RepliesView")
        self.view.setModel(self.model)
        configure_list_table(self.view)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 170), (1, 280), (3, 120)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _i: self.read_selected())
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.read_button = QPushButton(tr("&Read it all…"), self)
        self.resume_button = QPushButton(tr("Res&ume plan"), self)
        self.conversation_button = QPushButton(tr("Log con&versation"), self)
        self.end_button = QPushButton(tr("End p&lan"), self)
        self.address_button = QPushButton(tr("New &address…"), self)
        self.dismiss_button = QPushButton(tr("Dis&miss"), self)
        self.read_button.clicked.connect(self.read_selected)
        self.resume_button.clicked.connect(lambda: self._decide(resume_plan))
        self.conversation_button.clicked.connect(
            lambda: self._decide(log_reply_conversation))
        self.end_button.clicked.connect(lambda: self._decide(end_plan_after_reply))
        self.address_button.clicked.connect(self._new_address)
        self.dismiss_button.clicked.connect(lambda: self._decide(dismiss_bounce))
        self.resume_button.setToolTip(tr("Their reply changes nothing: the paused emails go "
                                         "on"))
        self.conversation_button.setToolTip(tr("The reply is a conversation: the plan ends, "
                                               "counted as one in the report"))
        self.end_button.setToolTip(tr("They said no: the plan ends and nothing more goes"))
        for button in (self.read_button, self.resume_button, self.conversation_button,
                       self.end_button, self.address_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def selected(self) -> MailRow | None:
        rows = self.view.selectionModel().selectedRows()
        index = rows[0] if rows else self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        chosen = self.selected()
        notices = open_notices(self.ctx)
        self.model.set_rows(notices)
        ids = [n.id for n in notices]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        if notices:
            self.view.selectRow(row)
            # "✉ They replied" reads whole in any language (German is longer)
            wanted = min(260, self.view.sizeHintForColumn(0))
            if wanted > self.view.columnWidth(0):
                self.view.setColumnWidth(0, wanted)
        shown = min(len(notices), 4)
        self.view.setFixedHeight(self.view.horizontalHeader().height() + 4
                                 + shown * self.view.verticalHeader().defaultSectionSize())
        self.setVisible(bool(notices))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        mail = self.selected()
        reply = mail is not None and mail.kind == "reply"
        bounce = mail is not None and mail.kind == "bounce"
        for button in (self.resume_button, self.conversation_button, self.end_button):
            button.setVisible(reply)
        self.address_button.setVisible(bounce)
        self.dismiss_button.setVisible(bounce)
        self.read_button.setEnabled(mail is not None)

    def _decide(self, action: Callable[[AppContext, int], object]) -> None:
        mail = self.selected()
        if mail is None:
            return
        try:
            action(self.ctx, mail.id)
        except ValidationError as exc:
            QMessageBox.warning(self, tr("Tickler"), str(exc))

    def read_selected(self) -> None:
        mail = self.selected()
        if mail is None:
            return
        dialog = ReadMailDialog(self.ctx, mail, self)
        dialog.exec()

    def _new_address(self) -> None:
        mail = self.selected()
        if mail is not None:
            self.prospect_requested.emit(mail.prospect_id)


class ReadMailDialog(QDialog):
    """The whole message as Tickler kept it, with the same decisions as the row."""

    def __init__(self, ctx: AppContext, mail: MailRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReadMailDialog")
        self.setWindowTitle(tr("{kind}: {prospect}").format(kind=tr(mail.label),
                                                            prospect=mail.prospect))
        self.ctx, self.mail = ctx, mail
        layout = QVBoxLayout(self)
        when = utc_to_local(mail.sent_utc or mail.received_utc, ctx.rep_timezone)
        head = QLabel(self)
        head.setTextFormat(Qt.TextFormat.PlainText)
        head.setWordWrap(True)
        sender = f"{mail.sender_name} <{mail.sender}>" if mail.sender_name else mail.sender
        head.setText(tr("From: {sender}\nSubject: {subject}\nDate: {date} {time}\n{effect}")
                     .format(sender=sender, subject=mail.subject or tr("(no subject)"),
                             date=ui_date(when, weekday=True, long=True, year=True),
                             time=ui_time(when),
                             effect=answer_words(mail) if mail.invite_answer else mail.effect))
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(head)
        text = QPlainTextEdit(self)
        text.setObjectName("MailText")
        text.setReadOnly(True)
        body = mail.body or tr("(The message has no text Tickler could read.)")
        if mail.truncated:
            body += "\n\n" + tr("[Only the start of this large message was read. The rest, "
                                "and any attachments, are in your mail program.]")
        text.setPlainText(body)
        layout.addWidget(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if mail.kind == "reply" and mail.state == "open":
            for label, action in ((tr("Res&ume plan"), resume_plan),
                                  (tr("Log con&versation"), log_reply_conversation),
                                  (tr("End p&lan"), end_plan_after_reply)):
                button = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
                button.clicked.connect(lambda _c=False, a=action: self._decide(a))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _decide(self, action: Callable[[AppContext, int], object]) -> None:
        try:
            action(self.ctx, self.mail.id)
        except ValidationError as exc:
            QMessageBox.warning(self, tr("Tickler"), str(exc))
            return
        self.accept()


class MailboxFeature(QObject):
    """Wires the watcher and the replies panel into the window; the watcher starts
    looking with ``start``."""

    def __init__(self, window: MainWindow, ctx: AppContext, *,
                 secrets: SecretStore | None = None) -> None:
        super().__init__(window)
        self.setObjectName("MailboxFeature")
        self.window, self.ctx = window, ctx
        self.watcher = MailboxWatcher(ctx, secrets or SecretStore(), self)
        self.panel = RepliesPanel(ctx)
        self.panel.prospect_requested.connect(window.open_prospect)
        page = window.queue_view.parentWidget()
        page_layout = page.layout() if page is not None else None
        assert isinstance(page_layout, QBoxLayout), "the queue's page lays out in a column"
        page_layout.insertWidget(page_layout.indexOf(window.queue_view), self.panel)
        self.check_action = QAction(tr("Check &mail for replies"), window)
        self.check_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.check_action.triggered.connect(lambda _c=False: self.check_now())
        window.menus["tools"].addAction(self.check_action)
        window.addAction(self.check_action)
        window.changes.changed.connect(self._on_changed)
        self.watcher.checked.connect(self._on_checked)
        window.destroyed.connect(lambda *_a: self.watcher.stop(0))
        self._mark_bad_addresses()

    def start(self) -> None:
        """Start watching the mailbox (when an incoming server is set)."""
        self.watcher.kick()

    def stop(self) -> None:
        self.watcher.stop()

    def check_now(self) -> None:
        if not self.watcher.kick():
            self.window.show_message(tr("Set up your incoming mail server in Email settings "
                                        "(Ctrl+,) so Tickler can see replies."))
            return
        self.window.show_message(tr("Checking your mailbox for replies…"))

    def _on_checked(self, report: CheckReport) -> None:
        if report.problem:
            self.window.show_message(tr("Mailbox: {problem}").format(problem=report.problem),
                                     "warning")
        elif report.replies and report.bounces:
            self.window.show_message(tr("{replies} and {bounces} came in: see the top of "
                                        "Today.").format(
                replies=_replies(report.replies),
                bounces=tr("%n bounce(s)", None, report.bounces)))
        elif report.replies:
            self.window.show_message(tr("{replies} came in: see the top of Today.").format(
                replies=_replies(report.replies)))
        elif report.bounces:
            self.window.show_message(tr("%n bounce(s) came in: see the top of Today.", None,
                                        report.bounces))
        elif report.calendar_answers:
            self.window.show_message(tr("%n answer(s) from their calendar noted in the "
                                        "history; nothing paused.", None,
                                        report.calendar_answers))

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & {MAIL, TOUCHES, PROSPECTS, PROFILE}:
            self.panel.refresh()
            self._mark_bad_addresses()
        if SETTINGS in topics and imap_hold(self.ctx.store) is None:
            self.watcher.kick()

    def _mark_bad_addresses(self) -> None:
        """Rows of a prospect whose address bounced say so (their calls stay)."""
        model = self.window.queue_model
        bad = bad_addresses_of(self.ctx.store, {r.prospect_id for r in model.rows()})
        for row in model.rows():
            if row.prospect_id in bad:
                model.set_row_status(row.id, tr("✉ address bounced"))

