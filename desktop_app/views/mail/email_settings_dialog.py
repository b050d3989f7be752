"""Email settings: who the rep is (the contact block) and how mail leaves (SMTP).

The password goes to the OS keyring through SecretStore; the dialog says which keyring is
in use and warns when there is none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import tr
from desktop_app.platform.secrets import SecretStore, SecretStoreError
from desktop_app.platform.smtp import DEFAULT_PORTS, Security, SmtpConfig, provider_note
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.email import (
    RepIdentity,
    keyring_account,
    load_identity,
    load_smtp,
    login_hold,
    password_changed,
    save_email_settings,
)
from desktop_app.services.outbox import (
    FAILED,
    QUEUED,
    SENT,
    UNCERTAIN,
    get_message,
    problem_text,
    queue_test_email,
)
from desktop_app.views.common.colours import Tone, set_tone
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.refusal import FieldError, FieldErrors, error_row

if TYPE_CHECKING:
    from desktop_app.views.mail.outbox_sender import OutboxSender

WARN = Tone.WARNING
ERROR = Tone.ERROR
OK = Tone.OK


class EmailSettingsDialog(QDialog):
    # The outbox's sender (its public name) hides QObject.sender(), which it never calls.
    sender: OutboxSender | None  # type: ignore[assignment]

    def __init__(self, ctx: AppContext, secrets: SecretStore, sender: OutboxSender | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmailSettingsDialog")
        self.setWindowTitle(tr("Email settings"))
        self.ctx, self.secrets, self.sender = ctx, secrets, sender
        self._test_id: int | None = None
        layout = QVBoxLayout(self)

        who = QGroupBox(tr("You (every email carries this contact block)"), self)
        form = QFormLayout(who)
        identity = load_identity(ctx)
        self.name_edit = QLineEdit(identity.name, who)
        self.title_edit = QLineEdit(identity.title, who)
        self.company_edit = QLineEdit(identity.company, who)
        self.phone_edit = QLineEdit(identity.phone, who)
        self.email_edit = QLineEdit(identity.email, who)
        self.website_edit = QLineEdit(identity.website, who)
        self.signature_edit = QPlainTextEdit(identity.signature, who)
        self.signature_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.value_edit = QLineEdit(identity.value_statement, who)
        self.address_edit = QPlainTextEdit(identity.address, who)
        self.address_edit.setObjectName("repAddress")
        self.address_edit.setPlaceholderText(tr("Your postal address, one line each: the "
                                                "return address on envelopes"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.value_edit.setPlaceholderText(
            tr("One sentence: what you change for customers, with a number"))
        for label, widget in ((tr("&Name:"), self.name_edit), (tr("&Title:"), self.title_edit),
                              (tr("&Company:"), self.company_edit),
                              (tr("&Phone:"), self.phone_edit),
                              (tr("&Email:"), self.email_edit),
                              (tr("&Website:"), self.website_edit),
                              (tr("Si&gnature lines:"), self.signature_edit),
                              (tr("&Value statement:"), self.value_edit),
                              (tr("Postal &address:"), self.address_edit)):
            form.addRow(label, widget)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        columns.addLayout(left, 3)
        layout.addLayout(columns)
        left.addWidget(who)

        server = QGroupBox(tr("Outgoing mail server (SMTP)"), self)
        sform = QFormLayout(server)
        config = load_smtp(ctx) or SmtpConfig("", 587, Security.STARTTLS)
        self.host_edit = QLineEdit(config.host, server)
        self.host_edit.setPlaceholderText(tr("smtp.example.com"))
        self.security_combo = QComboBox(server)
        for security in Security:
            self.security_combo.addItem(tr(security.label), security.value)
        self.security_combo.setCurrentIndex(list(Security).index(config.security))
        self.port_spin = QSpinBox(server)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(config.port)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(QLabel(tr("Port:"), server))
        host_row.addWidget(self.port_spin)
        server_label = QLabel(tr("&Server:"), server)
        server_label.setBuddy(self.host_edit)
        sform.addRow(server_label, host_row)
        sform.addRow(tr("Securit&y:"), self.security_combo)
        self.plain_warning = QLabel(
            tr("Without encryption anyone on the network can read your mail, and Tickler "
               "will not send a password this way."), server)
        self.plain_warning.setWordWrap(True)
        set_tone(self.plain_warning, ERROR)
        self.plain_confirm = QCheckBox(
            tr("I understand: send unencrypted, without a password"), server)
        sform.addRow("", self.plain_warning)
        sform.addRow("", self.plain_confirm)
        # a stored plain connection was confirmed when it was saved: not asked again
        self.plain_confirm.setChecked(config.security is Security.PLAIN)
        self.user_edit = QLineEdit(config.username, server)
        sform.addRow(tr("&User name:"), self.user_edit)
        self.password_edit = QLineEdit(server)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setObjectName("SmtpPassword")
        sform.addRow(tr("Passwo&rd:"), self.password_edit)
        self.provider_label = QLabel(server)
        self.provider_label.setObjectName("SmtpProviderNote")
        self.provider_label.setWordWrap(True)
        set_tone(self.provider_label, WARN)
        self.provider_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        sform.addRow(self.provider_label)
        info = secrets.info()
        self.keyring_label = QLabel(server)
        self.keyring_label.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_label.setWordWrap(True)
        if info.real:
            self.keyring_label.setText(tr("The password is kept in your system keyring "
                                          "({name}), never in Tickler's files.").format(
                name=info.name))
        else:
            self.keyring_label.setText(info.warning)
            set_tone(self.keyring_label, WARN)
        sform.addRow("", self.keyring_label)
        self.ca_edit = QLineEdit(config.ca_file, server)
        self.ca_edit.setPlaceholderText(tr("Optional: your company's certificate (.pem)"))
        browse = QPushButton(tr("&Browse…"), server)
        browse.clicked.connect(self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        sform.addRow(tr("Trust also:"), ca_row)
        left.addWidget(server)
        from desktop_app.views.mail.incoming_settings import IncomingMailBox

        self.incoming = IncomingMailBox(ctx, secrets, self, smtp_user=config.username)
        right = QVBoxLayout()
        right.addWidget(self.incoming)
        right.addStretch(1)
        columns.addLayout(right, 2)

        self.status = FieldError(self, name="EmailSettingsStatus")
        # a refusal sits under the field it names; one that names none, on the status line
        self.errors = FieldErrors(fallback="status")
        self.errors.put("status", self.status)
        rows: tuple[tuple[str, QWidget, QFormLayout, QWidget | QLayout, QWidget], ...] = (
            ("name", who, form, self.name_edit, self.name_edit),
            ("email", who, form, self.email_edit, self.email_edit),
            ("host", server, sform, host_row, self.host_edit),
            ("port", server, sform, host_row, self.port_spin),
            ("security", server, sform, self.plain_confirm, self.security_combo),
            ("ca_file", server, sform, ca_row, self.ca_edit))
        for key, box, form_, row, field in rows:
            error_row(form_, row, self.errors.add(key, box, field))
        self.plain_confirm.clicked.connect(self.errors["security"].withdraw)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.test_button = buttons.addButton(tr("Save and send a test e&mail"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._save_and_close)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.send_test)
        layout.addWidget(buttons)

        self._stored_password = bool(config.host and config.username and secrets.get_password(
            keyring_account(config)))
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.host_edit.textChanged.connect(self._host_changed)
        self._security_changed()
        self._host_changed()
        held = login_hold(ctx.store)
        if held is not None:
            self._show(tr("{held} Enter the password again (or the app password) and save: "
                          "the emails waiting in the Outbox then go.").format(held=held),
                       ERROR)
        self._listening = sender is not None
        if sender is not None:
            sender.message_progress.connect(self._on_progress)
        self.setMinimumWidth(1000)
        self.resize(1040, self.heightForWidth(1040))
        apply_keyboard_rules(self)

    # -- helpers ---------------------------------------------------------------------------

    def _security(self) -> Security:
        return Security(self.security_combo.currentData())

    def _security_changed(self, *_args: object) -> None:
        plain = self._security() is Security.PLAIN
        self.plain_warning.setVisible(plain)
        self.plain_confirm.setVisible(plain)
        self.password_edit.setEnabled(not plain)
        if self.port_spin.value() in DEFAULT_PORTS.values():
            self.port_spin.setValue(DEFAULT_PORTS[self._security()])
        self.password_edit.setPlaceholderText(
            tr("Not used without encryption") if plain else
            tr("Stored — leave empty to keep it") if self._stored_password else "")
        if self.isVisible():
            needed = self.heightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _host_changed(self, *_args: object) -> None:
        """Providers that refuse a plain password say so before the rep tries."""
        note = provider_note(self.host_edit.text())
        self.provider_label.setText(f"<b>{tr(note.provider)}:</b> {tr(note.before)}"
                                    if note else "")
        self.provider_label.setVisible(note is not None)
        if self.isVisible():
            needed = self.heightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Certificate to trust"), "",
            tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ca_edit.setText(path)

    def _show(self, text: str, style: Tone | None) -> None:
        self.status.say(text, style)

    def _refuse(self, error: ValueError) -> None:
        self.errors.refuse_error(error, focus=True)

    def save(self) -> bool:
        """Store identity, SMTP details and (in the keyring) the password. False on a problem."""
        self.errors.withdraw()
        if not self.incoming.save():
            self._show(tr("Nothing was saved: the incoming server needs a look (see its "
                          "note)."), ERROR)
            return False
        identity = RepIdentity(
            name=self.name_edit.text(), title=self.title_edit.text(),
            company=self.company_edit.text(), phone=self.phone_edit.text(),
            email=self.email_edit.text(), website=self.website_edit.text(),
            signature=self.signature_edit.toPlainText(), value_statement=self.value_edit.text(),
            address=self.address_edit.toPlainText())
        password = self.password_edit.text()
        security = self._security()
        try:
            server = SmtpConfig(self.host_edit.text(), self.port_spin.value(), security,
                                self.user_edit.text(), self.ca_edit.text().strip())
            config = save_email_settings(
                self.ctx, identity, server,
                plain_confirmed=self.plain_confirm.isChecked(),
                has_password=bool(password) and security is Security.PLAIN)
        except ValidationError as exc:
            self._refuse(exc)
            return False
        if password and security is not Security.PLAIN:
            try:
                kept = self.secrets.set_password(keyring_account(config), password)
            except SecretStoreError as exc:
                self._show(str(exc), WARN)
                kept = False
            self.password_edit.clear()
            self._stored_password = True
            password_changed(self.ctx)
            if not kept:
                self._show(tr("Saved. The password is kept in memory until Tickler closes."),
                           WARN)
                return True
        self._show(tr("Saved."), OK)
        return True

    def _save_and_close(self) -> None:
        if self.save():
            self.accept()

    def send_test(self) -> None:
        if not self.save():
            return
        waiting = get_message(self.ctx.store, self._test_id) if self._test_id else None
        try:
            if waiting is None or waiting.state != QUEUED:  # one held test goes, not two
                self._test_id = queue_test_email(self.ctx)
        except ValidationError as exc:
            self._refuse(exc)
            return
        self._show(tr("Sending a test message to {address}…").format(
            address=self.email_edit.text().strip()), None)
        if self.sender is None or not self.sender.kick():
            self._show(tr("The test message is in the Outbox; it will go once the password "
                          "is known."), WARN)

    def _on_progress(self, outbox_id: int, state: str) -> None:
        if outbox_id != self._test_id:
            return
        message = get_message(self.ctx.store, outbox_id)
        if message is None:
            return
        held = login_hold(self.ctx.store)
        if state == SENT:
            self._show(tr("Test message sent to {address}. The server accepted it.").format(
                address=message.recipient), OK)
        elif held is not None:
            self._show(tr("The test message did not go. {held} Enter the password again "
                          "(or the app password) and send the test again.").format(held=held),
                       ERROR)
        elif state in (FAILED, UNCERTAIN):
            self._show(tr("The test message did not go: {problem}").format(
                problem=problem_text(message, self.ctx.rep_timezone)), ERROR)
        elif problem := problem_text(message, self.ctx.rep_timezone):
            self._show(tr("Not sent yet: {problem}").format(problem=problem), WARN)

    def done(self, result: int) -> None:
        if self.sender is not None and self._listening:
            self._listening = False
            self.sender.message_progress.disconnect(self._on_progress)
        super().done(result)


def ask_password(parent: QWidget, account: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(
        parent, tr("SMTP password"),
        tr("Password for {account}:").format(account=account.rpartition(":")[0]),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None


