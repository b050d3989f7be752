"""Email in the main window: the Send touch action (E), settings (Ctrl+,), templates, the
Outbox tab (Ctrl+4), and the sender that works off the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import tr
from desktop_app.domain.model import Channel
from desktop_app.platform.secrets import SecretStore, SecretStoreError
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.context import TOUCHES
from desktop_app.services.email import (
    NeedsEdit,
    load_identity,
    load_smtp,
    password_changed,
)
from desktop_app.services.outbox import (
    FAILED,
    HELD_SIGN_IN,
    OUTBOX,
    QUEUED,
    SENDING,
    SENT,
    UNCERTAIN,
    OutboxRow,
    get_message,
    list_outbox,
    message_for_touch,
    problem_text,
    queue_touch_email,
    recover_after_crash,
    retry_message,
)
from desktop_app.views.mail.outbox_sender import OutboxSender
from desktop_app.views.mail.outbox_view import OutboxPanel, hold_words

if TYPE_CHECKING:
    from desktop_app.views.shell.main_window import MainWindow


class EmailFeature(QObject):
    """The Send email action, the Outbox tab, email settings and templates, and the
    sender that works off the UI thread (started by ``start``)."""

    # The feature's sender (its public name) hides QObject.sender(), which it never calls.
    sender: OutboxSender  # type: ignore[assignment]

    def __init__(self, window: MainWindow, ctx: AppContext, *,
                 secrets: SecretStore | None = None) -> None:
        super().__init__(window)
        self.setObjectName("EmailFeature")
        self.window = window
        self.ctx = ctx
        self.secrets = secrets or SecretStore()
        self.sender = OutboxSender(ctx, self.secrets, self)
        self.panel = OutboxPanel(ctx, window)
        self.tab_index = window.add_tab(self.panel, tr("Outbox"), "Ctrl+4")

        self.send_action = QAction(tr("S&end email"), window)
        self.send_action.setShortcut(QKeySequence("E"))
        self.send_action.setStatusTip(tr("Send this touch's email now (with the invite when "
                                         "the callback is booked)"))
        self.send_action.setToolTip(tr("Send this touch's email now (E)"))
        self.send_action.triggered.connect(lambda _c=False: self.send_selected())
        window.queue_view.addAction(self.send_action)
        self.send_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.add_touch_action(self.send_action)
        window.limit_action_to(self.send_action, Channel.EMAIL)

        tools = window.menus["tools"]
        self.settings_action = QAction(tr("&Email settings…"), window)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.triggered.connect(lambda _c=False: self.open_settings())
        self.templates_action = QAction(tr("Email &templates…"), window)
        self.templates_action.triggered.connect(lambda _c=False: self.open_templates())
        for action in (self.settings_action, self.templates_action):
            tools.addAction(action)
            window.addAction(action)

        window.changes.changed.connect(self._on_changed)
        self.sender.message_progress.connect(self._on_progress)
        self.sender.password_needed.connect(self._ask_password)
        self.sender.problem.connect(lambda text: window.show_message(text, "warning"))
        self.panel.send_requested.connect(self.sender.kick)

        _requeued, uncertain = recover_after_crash(ctx)
        if uncertain:
            window.show_message(tr("%n email(s) may or may not have gone out before Tickler "
                                   "stopped: see the Outbox (Ctrl+4).", None, uncertain),
                                "warning")
        self._update_tab()
        self.sync_row_statuses()

    def start(self) -> None:
        """Send what is due now, and every half minute what comes due."""
        self.sender.start()

    def stop(self) -> None:
        """Tickler is closing: a send pass under way is cut short (see OutboxSender)."""
        self.sender.stop()

    # -- actions ---------------------------------------------------------------------------

    def send_selected(self) -> int | None:
        """Render, queue and send the selected email touch. Returns the outbox id."""
        touch = self.window.selected_touch()
        if touch is None:
            return None
        if touch.channel is not Channel.EMAIL:
            self.window.show_message(tr("“{touch}” is not an email: mark it done with D when "
                                        "you have made it.").format(
                touch=builtin_words(touch.title)))
            return None
        if (load_smtp(self.ctx) is None or not load_identity(self.ctx).email) \
                and not self.open_settings():
            return None
        label = tr("Send: {touch} to {prospect}").format(touch=builtin_words(touch.title),
                                                         prospect=touch.prospect)

        def queue(**text: str) -> int:
            return self.window.undo.run(label, touch.prospect_id,
                                        lambda: queue_touch_email(self.ctx, touch.id, **text))

        try:
            outbox_id = queue()
        except NeedsEdit as exc:
            from desktop_app.views.mail.compose_dialog import ComposeDialog

            queued: list[int] = []

            def send(subject: str, body: str) -> str | None:
                try:
                    queued.append(queue(subject=subject, body=body))
                except ValidationError as again:
                    return str(again)
                return None

            dialog = ComposeDialog(
                tr("{touch} to {prospect}").format(touch=builtin_words(touch.title),
                                                   prospect=touch.prospect),
                exc.rendered.subject, exc.rendered.body, tr("Send"), self.window,
                note=str(exc), submit=send)
            if not dialog.exec():
                return None
            outbox_id = queued[0]
        except ValidationError as exc:
            QMessageBox.warning(self.window, tr("Send email"), str(exc))
            return None
        self.window.queue_model.set_row_status(touch.id, tr("queued…"))
        if not self.sender.kick():
            self.window.queue_model.set_row_status(touch.id, tr("waiting in the Outbox"))
        return outbox_id

    def open_settings(self) -> bool:
        from desktop_app.views.mail.email_settings_dialog import EmailSettingsDialog

        dialog = EmailSettingsDialog(self.ctx, self.secrets, self.sender, self.window)
        saved = bool(dialog.exec())
        if saved:
            self.retry_after_settings()
        return saved

    def retry_after_settings(self) -> int:
        """New settings may be what the failed messages were waiting for (a wrong password,
        an untrusted certificate): send them again, so their warnings clear once they go.
        A message held for the rep to check (its call moved after an edit) stays held."""
        failed = [m.id for m in list_outbox(self.ctx) if m.state == FAILED and m.hold is None]
        for outbox_id in failed:
            try:
                retry_message(self.ctx, outbox_id)
            except ValidationError:
                continue
        self.sender.kick()
        return len(failed)

    def open_templates(self, key: str | None = None) -> None:
        from desktop_app.views.mail.template_editor import TemplateEditorDialog

        touch = self.window.selected_touch()
        dialog = TemplateEditorDialog(self.ctx, self.window,
                                      touch.prospect_id if touch else None)
        if key:
            dialog.select_template(key)
        dialog.exec()

    def _ask_password(self, account: str) -> None:
        from desktop_app.views.mail.email_settings_dialog import ask_password

        password = ask_password(self.window, account)
        if password is None:
            self.window.show_message(tr("Emails wait in the Outbox until you give the SMTP "
                                        "password (Ctrl+,)."), "warning")
            return
        try:
            self.secrets.set_password(account, password)
        except SecretStoreError as exc:
            self.window.show_message(str(exc), "warning")
        password_changed(self.ctx)
        self.sender.kick()

    # -- reports from the sender ---------------------------------------------------------------

    def _status_text(self, message: OutboxRow) -> str | None:
        state = message.state
        if state == SENDING:
            return tr("sending…")
        if state == SENT:
            return tr("sent ✓")
        if message.hold is not None and message.hold.reason == HELD_SIGN_IN:
            return tr("held: the server refused the sign-in — see Email settings (Ctrl+,)")
        if message.hold is not None:
            return tr("{held} — see the Outbox").format(
                held=hold_words(message.hold, self.ctx.rep_timezone))
        problem = problem_text(message, self.ctx.rep_timezone)
        if state == QUEUED and message.attempts and problem:
            return tr("not sent yet: {problem}").format(problem=problem)
        if state == QUEUED:
            return tr("queued…")
        if state == FAILED:
            return tr("failed: {problem}").format(problem=problem)
        if state == UNCERTAIN:
            return tr("uncertain: may have arrived — see the Outbox")
        return None

    def _on_progress(self, outbox_id: int, state: str) -> None:
        message = get_message(self.ctx.store, outbox_id)
        if message is None or message.touch_id is None:
            return
        who = message.recipient_name or message.recipient
        if state == SENT:
            self.window.show_message(tr("Sent “{subject}” to {who}.").format(
                subject=message.subject, who=who))
        elif state == FAILED:
            self.window.show_message(tr("Not sent to {who}: {problem}").format(
                who=who, problem=problem_text(message, self.ctx.rep_timezone)), "warning")
        elif state == UNCERTAIN:
            self.window.show_message(tr("The email to {who} may or may not have arrived: "
                                        "see the Outbox (Ctrl+4).").format(who=who), "warning")
        self.window.queue_model.set_row_status(message.touch_id, self._status_text(message),
                                               problem=_is_problem(message))

    def sync_row_statuses(self) -> None:
        """Email rows in the queue show where their message is (after a restart too)."""
        model = self.window.queue_model
        for row in model.rows():
            if row.channel is not Channel.EMAIL:
                continue
            message = message_for_touch(self.ctx.store, row.id)
            model.set_row_status(row.id, self._status_text(message) if message else None,
                                 problem=message is not None and _is_problem(message))

    def _on_changed(self, topics: frozenset[str]) -> None:
        if OUTBOX in topics:
            self.panel.refresh()
            self._update_tab()
        if topics & {OUTBOX, TOUCHES}:
            self.sync_row_statuses()

    def _update_tab(self) -> None:
        problems = self.panel.problem_count()
        self.window.tabs.setTabText(self.tab_index, tr("Outbox ({count} ⚠)").format(
            count=problems) if problems else tr("Outbox"))


def _is_problem(message: OutboxRow) -> bool:
    """A failed or uncertain message shows its queue row's note in the error colour (from
    its state: the note itself is in the rep's language)."""
    return message.hold is None and message.state in (FAILED, UNCERTAIN)
