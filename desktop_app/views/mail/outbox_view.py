"""The Outbox tab: every message with its state, and the rep's retry / edit / discard."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.email import login_hold
from desktop_app.services.outbox import (
    FAILED,
    HELD_DECLINED,
    HELD_PLAN_ENDED,
    HELD_REPLIED,
    HELD_SIGN_IN,
    HELD_SLOT_MOVED,
    QUEUED,
    SENDING,
    SENT,
    UNCERTAIN,
    Hold,
    OutboxRow,
    discard_message,
    edit_message,
    list_outbox,
    mark_sent,
    problem_text,
    retry_message,
)
from desktop_app.views.common.colours import Tone, text_colour
from desktop_app.views.common.qt_dates import ui_date, ui_datetime, ui_time

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (QT_TR_NOOP("State"), QT_TR_NOOP("To"), QT_TR_NOOP("Subject"),
           QT_TR_NOOP("Attempts"), QT_TR_NOOP("Updated (you)"),
           QT_TR_NOOP("Last word from the server"))
COL_STATE, COL_TO, COL_SUBJECT, COL_ATTEMPTS, COL_UPDATED, COL_DETAIL = range(len(COLUMNS))

STATE_COLOURS = {FAILED: Tone.ERROR, UNCERTAIN: Tone.WARNING, SENT: Tone.OK,
                 SENDING: Tone.PROGRESS}


def hold_words(hold: Hold, rep_tz: str) -> str:
    """``Held: they replied on 3 Dec``: why a message waits, in the rep's words."""
    if hold.reason == HELD_REPLIED and hold.since_utc is not None:
        day = ui_date(utc_to_local(hold.since_utc, rep_tz).date())
        return tr("Held: they replied on {day}").format(day=day)
    if hold.reason == HELD_REPLIED:
        return tr("Held: they replied")
    if hold.reason == HELD_DECLINED and hold.since_utc is not None:
        day = ui_date(utc_to_local(hold.since_utc, rep_tz).date())
        return tr("Held: they declined the invite on {day}").format(day=day)
    if hold.reason == HELD_DECLINED:
        return tr("Held: they declined the invite")
    if hold.reason == HELD_PLAN_ENDED:
        return tr("Held: the plan ended")
    if hold.reason == HELD_SIGN_IN:
        return tr("Held: the server refused the sign-in")
    if hold.reason == HELD_SLOT_MOVED and hold.since_utc is not None:
        local = utc_to_local(hold.since_utc, rep_tz)
        when = f"{ui_date(local.date(), weekday=True)} {ui_time(local)}"
        return tr("Held: the call moved to {when}").format(when=when)
    return tr("Held: the call moved")


def hold_advice(hold: Hold) -> str:
    """What the rep can do about a hold (shown under the list)."""
    if hold.reason == HELD_REPLIED:
        return tr("Their reply waits at the top of Today: resume the plan there and this "
                  "message goes; end it and it never does.")
    if hold.reason == HELD_DECLINED:
        return tr("Their calendar declined the invite; it waits at the top of Today: resume "
                  "the plan there and this message goes; end it and it never does.")
    if hold.reason == HELD_PLAN_ENDED:
        return tr("Its plan ended (a new stall, not interested, or the trash), so it will "
                  "not go. Discard it, or undo the end of the plan to send it.")
    if hold.reason == HELD_SIGN_IN:
        return tr("{words} Enter the password again in Email settings (Ctrl+,): the "
                  "waiting emails then go.").format(words=hold.detail)
    return tr("You had edited this message by hand, so it was not changed: check the time "
              "in it (Edit…), then send it again (Retry now).")


class OutboxTableModel(QAbstractTableModel):
    def __init__(self, loader: Callable[[], Sequence[OutboxRow]], rep_tz: Callable[[], str],
                 now: Callable[[], datetime], parent: QObject | None = None,
                 held: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self._loader = loader
        self._held = held
        self._rep_tz = rep_tz
        self._now = now
        self._rows: list[OutboxRow] = []

    def refresh(self) -> None:
        rows = list(self._loader())
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> OutboxRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, outbox_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == outbox_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return tr(COLUMNS[section])
        return None

    def _state_text(self, row: OutboxRow) -> str:
        if row.hold is not None:
            return hold_words(row.hold, self._rep_tz())
        if row.state == QUEUED and self._held():
            return tr("Held: the server refused the sign-in")
        if row.state == QUEUED and row.attempts and row.next_attempt_utc:
            when = utc_to_local(row.next_attempt_utc, self._rep_tz())
            return tr("Retry at {time}").format(time=f"{when:%H:%M}")
        return tr(row.state_label)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_STATE:
                return self._state_text(row)
            if column == COL_TO:
                return f"{row.recipient_name} <{row.recipient}>" if row.recipient_name \
                    else row.recipient
            if column == COL_SUBJECT:
                return row.subject + ("  📅" if row.has_invite else "")
            if column == COL_ATTEMPTS:
                return str(row.attempts)
            if column == COL_UPDATED:
                stamp = row.sent_utc or row.updated_utc
                return ui_datetime(utc_to_local(stamp, self._rep_tz()))
            if column == COL_DETAIL:
                return problem_text(row, self._rep_tz())
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (COL_DETAIL, COL_STATE):
                if row.hold is not None:
                    return hold_advice(row.hold)
                return problem_text(row, self._rep_tz()) or tr(row.state_label)
            if column in (COL_TO, COL_SUBJECT):
                return f"{row.recipient_name} <{row.recipient}>\n{row.subject}"
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATE:
            if row.hold is not None:
                return QBrush(text_colour(Tone.WARNING))
            if row.state in STATE_COLOURS:
                return QBrush(text_colour(STATE_COLOURS[row.state]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class OutboxPanel(QWidget):
    """The list of messages, the selected one's text and reason, and what the rep can do."""

    send_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutboxPanel")
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        self.summary = QLabel(self)
        self.summary.setObjectName("OutboxSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.model = OutboxTableModel(lambda: list_outbox(ctx), lambda: ctx.rep_timezone,
                                      ctx.now, self,
                                      held=lambda: login_hold(ctx.store) is not None)
        view = QTableView(self)
        view.setObjectName("OutboxView")
        view.setAccessibleName(tr("Outbox messages"))
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 230, 280, 70, 130)):
            view.setColumnWidth(column, width)
        self.view = view

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        self.reason = QLabel(detail)
        self.reason.setObjectName("OutboxReason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_layout.addWidget(self.reason)
        self.body = QPlainTextEdit(detail)
        self.body.setReadOnly(True)
        self.body.setObjectName("OutboxBody")
        self.body.setAccessibleName(tr("Message text"))
        detail_layout.addWidget(self.body, 1)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton(tr("&Retry now"), detail)
        self.edit_button = QPushButton(tr("E&dit…"), detail)
        self.mark_sent_button = QPushButton(tr("It &arrived: mark sent"), detail)
        self.discard_button = QPushButton(tr("D&iscard"), detail)
        for button in (self.retry_button, self.edit_button, self.mark_sent_button,
                       self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(view)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

        self.retry_button.clicked.connect(self.retry_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.mark_sent_button.clicked.connect(self.mark_selected_sent)
        self.discard_button.clicked.connect(self.discard_selected)
        view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.refresh()

    def selected(self) -> OutboxRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, outbox_id: int) -> None:
        row = self.model.row_of(outbox_id)
        if row is not None:
            self.view.selectRow(row)

    def refresh(self) -> None:
        selected = self.selected()
        self.model.refresh()
        if selected is not None:
            self.select(selected.id)
        if self.selected() is None and self.model.rowCount():
            self.view.selectRow(0)
        self._fit_columns()
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        problems = self.problem_count()
        waiting = sum(1 for r in rows if r and r.state in (QUEUED, SENDING) and r.hold is None)
        held = sum(1 for r in rows if r and r.state == QUEUED and r.hold is not None
                   and r.hold.reason != HELD_SIGN_IN)
        parts = [tr("%n message(s)", None, len(rows))]
        if waiting:
            parts.append(tr("%n waiting to go", None, waiting))
        if held:
            parts.append(tr("%n held", None, held))
        if problems:
            parts.append(tr("%n for you to check", None, problems))
        self.summary.setText(tr("{counts}. Nothing is resent on its own once a server may "
                                "have it.").format(counts=" · ".join(parts)))
        self._show_selected()

    def _fit_columns(self) -> None:
        """The state (a held message's reason) and the time read whole, in any language:
        those columns grow to their text, never past a share of the table."""
        header = self.view.horizontalHeader()
        for column, cap in ((COL_STATE, 340), (COL_UPDATED, 220)):
            wanted = min(cap, max(self.view.sizeHintForColumn(column),
                                  header.sectionSizeHint(column)))
            if wanted > self.view.columnWidth(column):
                self.view.setColumnWidth(column, wanted)

    def problem_count(self) -> int:
        """Failed and uncertain messages, and those a refused login holds: each needs the rep."""
        needs_you = (FAILED, UNCERTAIN, QUEUED) if login_hold(self.ctx.store) else (
            FAILED, UNCERTAIN)
        return sum(1 for i in range(self.model.rowCount())
                   if (r := self.model.row_at(i)) and r.state in needs_you)

    def _show_selected(self) -> None:
        row = self.selected()
        self.retry_button.setEnabled(bool(row and row.state in (FAILED, UNCERTAIN)))
        self.edit_button.setEnabled(bool(row and row.state in (QUEUED, FAILED, UNCERTAIN)))
        self.mark_sent_button.setEnabled(bool(row and row.state == UNCERTAIN))
        self.discard_button.setEnabled(bool(row and row.state in (QUEUED, FAILED, UNCERTAIN)))
        if row is None:
            self.reason.setText(tr("No messages yet. Send an email touch from Today (E)."))
            self.body.setPlainText("")
            return
        label = self.model.data(self.model.index(self.model.row_of(row.id) or 0, COL_STATE))
        lines = [tr("<b>{state}</b> — Message-ID {id}").format(
            state=_escape(str(label)), id=_escape(row.message_id.strip("<>")))]
        if row.superseded_ids:
            lines.append(tr("Edited after it was tried, so it goes as a new message; it "
                            "replaces {ids}.").format(
                ids=", ".join(_escape(i.strip("<>")) for i in row.superseded_ids)))
        if row.hold is not None:
            lines.append(_escape(hold_advice(row.hold)))
        problem = problem_text(row, self.ctx.rep_timezone)
        if problem and (row.hold is None  # a hold's advice above says it all
                        or row.hold.reason not in (HELD_SIGN_IN, HELD_SLOT_MOVED)):
            lines.append(_escape(problem))
        self.reason.setText("<br>".join(lines))
        self.body.setPlainText(tr("Subject: {subject}\nTo: {to}\n\n{body}").format(
            subject=row.subject, to=row.recipient, body=row.body))

    def _run(self, call: Callable[[], object]) -> bool:
        try:
            call()
        except ValidationError as exc:
            QMessageBox.warning(self, tr("Outbox"), str(exc))
            return False
        return True

    def retry_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        confirm = False
        if row.state == UNCERTAIN:
            answer = QMessageBox.question(
                self, tr("Send it again?"),
                tr("The server may already have delivered this message. Sending it again "
                   "could give the recipient two copies.\n\nSend it again?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            confirm = True
        if self._run(lambda: retry_message(self.ctx, row.id, confirm_uncertain=confirm)):
            self.send_requested.emit()

    def mark_selected_sent(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: mark_sent(self.ctx, row.id))

    def discard_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self, tr("Discard this message?"),
            tr("Discard “{subject}” to {to}? It will not be sent.").format(
                subject=row.subject, to=row.recipient),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: discard_message(self.ctx, row.id))

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        from desktop_app.views.mail.compose_dialog import ComposeDialog

        def save(subject: str, body: str) -> str | None:
            try:
                edit_message(self.ctx, row.id, subject, body)
            except ValidationError as exc:
                return str(exc)
            return None

        ComposeDialog(tr("Edit message to {to}").format(to=row.recipient), row.subject,
                      row.body, tr("Save"), self, submit=save).exec()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
