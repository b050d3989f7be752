"""The incoming (IMAP) server in Email settings: where replies arrive, and the Test button.

Its password goes to the keyring like the SMTP one (or "same as outgoing"); Test signs in
and opens the folders on a worker thread, changing nothing on the server.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.platform.imap import DEFAULT_IMAP_PORTS, ImapConfig, ImapSecurity
from desktop_app.platform.secrets import SecretStore, SecretStoreError
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.mailbox import (
    imap_account,
    imap_hold,
    imap_password,
    imap_password_changed,
    load_imap,
    parse_folders,
    save_imap,
    stop_watching,
)
from desktop_app.views.common.background import BackgroundJob
from desktop_app.views.common.colours import Tone
from desktop_app.views.common.refusal import FieldError, FieldErrors, error_row

WARN = Tone.WARNING
ERROR = Tone.ERROR
OK = Tone.OK
SECURITY_LABELS = {ImapSecurity.TLS: QT_TR_NOOP("TLS (port 993)"),
                   ImapSecurity.STARTTLS: QT_TR_NOOP("STARTTLS (143)")}


class IncomingMailBox(QGroupBox):
    def __init__(self, ctx: AppContext, secrets: SecretStore, parent: QWidget | None = None,
                 smtp_user: str = "") -> None:
        super().__init__(tr("Incoming mail server (IMAP): replies"), parent)
        self.setObjectName("IncomingMailBox")
        self.ctx, self.secrets = ctx, secrets
        config = load_imap(ctx.store)
        form = QFormLayout(self)
        self.watch_check = QCheckBox(tr("Watc&h my mailbox for replies, out-of-office notes "
                                        "and bounces"), self)
        self.watch_check.setChecked(config is not None)
        form.addRow(self.watch_check)
        about = QLabel(tr("A reply pauses that prospect's emails until you decide. Tickler "
                          "only reads: it never marks, moves or deletes mail, and keeps only "
                          "messages about your prospects."), self)
        about.setWordWrap(True)
        form.addRow(about)
        config = config or ImapConfig("", 993, ImapSecurity.TLS, smtp_user)
        self.host_edit = QLineEdit(config.host, self)
        self.host_edit.setObjectName("ImapHost")
        self.host_edit.setPlaceholderText(tr("imap.example.com"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(config.port)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host_edit, 1)
        host_row.addWidget(QLabel(tr("Port:"), self))
        host_row.addWidget(self.port_spin)
        form.addRow(tr("Server:"), host_row)
        self.security_combo = QComboBox(self)
        for security in ImapSecurity:
            self.security_combo.addItem(tr(SECURITY_LABELS[security]), security.value)
        self.security_combo.setCurrentIndex(list(ImapSecurity).index(config.security))
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        form.addRow(tr("Secur&ity:"), self.security_combo)
        self.user_edit = QLineEdit(config.username, self)
        self.user_edit.setObjectName("ImapUser")
        form.addRow(tr("&Login:"), self.user_edit)
        self.same_check = QCheckBox(tr("Same passw&ord as the outgoing server"), self)
        self.same_check.setChecked(config.same_password)
        self.same_check.toggled.connect(self._same_changed)
        form.addRow(self.same_check)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("ImapPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._stored = bool(config.host and not config.same_password
                            and secrets.get_password(imap_account(config)))
        form.addRow(tr("Passwor&d:"), self.password_edit)
        self.folders_edit = QLineEdit(", ".join(config.folders), self)
        self.folders_edit.setObjectName("ImapFolders")
        self.folders_edit.setToolTip(tr("Folders to read, separated by commas (INBOX when "
                                        "empty)"))
        form.addRow(tr("&Folders to watch:"), self.folders_edit)
        self.ca_edit = QLineEdit(config.ca_file, self)
        self.ca_edit.setPlaceholderText(tr("Optional: your company's certificate (.pem)"))
        form.addRow(tr("Trust also:"), self.ca_edit)
        self.test_button = QPushButton(tr("Chec&k the incoming server"), self)
        self.test_button.setObjectName("ImapTest")
        self.test_button.clicked.connect(self.test)
        form.addRow(self.test_button)
        self.status = FieldError(self, name="ImapStatus")
        # a refusal sits under the field it names; one that names none, on the status line
        self.errors = FieldErrors(fallback="status")
        self.errors.put("status", self.status)
        for key, row, field in (("imap_host", host_row, self.host_edit),
                                ("imap_port", host_row, self.port_spin),
                                ("imap_username", self.user_edit, self.user_edit),
                                ("imap_ca_file", self.ca_edit, self.ca_edit)):
            error_row(form, row, self.errors.add(key, self, field))
        form.addRow(self.status)
        self._job = BackgroundJob("ImapTestJob", self)
        self._job.finished.connect(self._tested)
        self._job.failed.connect(lambda words: self._show(words, ERROR))
        self.watch_check.toggled.connect(self._enable)
        self._same_changed()
        self._enable()
        held = imap_hold(ctx.store)
        if held:
            self._show(tr("{held} Tickler stopped checking; enter the password again and "
                          "save.").format(held=held), ERROR)

    # -- helpers ---------------------------------------------------------------------------

    def _enable(self, *_args: object) -> None:
        on = self.watch_check.isChecked()
        for widget in (self.host_edit, self.port_spin, self.security_combo, self.user_edit,
                       self.same_check, self.folders_edit, self.ca_edit, self.test_button):
            widget.setEnabled(on)
        self.password_edit.setEnabled(on and not self.same_check.isChecked())

    def _same_changed(self, *_args: object) -> None:
        same = self.same_check.isChecked()
        self.password_edit.setEnabled(self.watch_check.isChecked() and not same)
        self.password_edit.setPlaceholderText(
            tr("The outgoing server's password is used") if same else
            tr("Stored — leave empty to keep it") if self._stored else "")

    def _security_changed(self, *_args: object) -> None:
        if self.port_spin.value() in DEFAULT_IMAP_PORTS.values():
            self.port_spin.setValue(DEFAULT_IMAP_PORTS[self._security()])

    def _security(self) -> ImapSecurity:
        return ImapSecurity(self.security_combo.currentData())

    def _show(self, text: str, style: Tone | None) -> None:
        self.status.say(text, style)

    def config(self) -> ImapConfig:
        return ImapConfig(self.host_edit.text().strip(), self.port_spin.value(),
                          self._security(), self.user_edit.text().strip(),
                          parse_folders(self.folders_edit.text()),
                          self.same_check.isChecked(), self.ca_edit.text().strip())

    # -- saving and testing ----------------------------------------------------------------------

    def save(self) -> bool:
        """Keep the settings (the password in the keyring). False, with words, on a problem."""
        if not self.watch_check.isChecked():
            if load_imap(self.ctx.store) is not None:
                stop_watching(self.ctx)
            return True
        self.errors.withdraw()
        try:
            config = save_imap(self.ctx, self.config())
        except ValidationError as exc:
            self.errors.refuse_error(exc, focus=True)
            return False
        password = self.password_edit.text()
        if password and not config.same_password:
            try:
                self.secrets.set_password(imap_account(config), password)
            except SecretStoreError as exc:
                self._show(str(exc), WARN)
            self.password_edit.clear()
            self._stored = True
            self._same_changed()
        imap_password_changed(self.ctx)
        return True

    def test(self) -> None:
        if self._job.running:
            return
        config = self.config()
        if not config.host or not config.username:
            self._show(tr("Give the server and the user name first."), ERROR)
            return
        password = self.password_edit.text() or imap_password(self.ctx, self.secrets, config)
        if not password:
            self._show(tr("Enter the password (or tick “same as outgoing”)."), ERROR)
            return
        self._show(tr("Signing in to {host}…").format(host=config.host), None)
        from desktop_app.services.mailbox import test_incoming

        self._job.start(lambda _progress, _cancelled: test_incoming(config, password))

    def _tested(self, result: object) -> None:
        worked, words = cast("tuple[bool, str]", result)  # what test_incoming returns
        self._show(words, OK if worked else ERROR)
