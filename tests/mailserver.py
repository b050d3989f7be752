"""A real SMTP server on 127.0.0.1 for the email tests: aiosmtpd with STARTTLS and AUTH.

Its certificate is self-signed for localhost/127.0.0.1 and made here with cryptography; the
client trusts it explicitly through the ``ca_file`` setting, so verification stays on.
Knobs on ``MailServer`` inject the failures and quirks a rep meets: a 4xx or 5xx answer to
RCPT or DATA, a dropped connection mid-message or just before the final dot, a dropped
connection after the whole message arrived but before the answer, a slow answer to the
final dot, no 8BITMIME, SMTPUTF8 offered or not, and a login refused with the provider's
own words (550 5.7.30). It counts connections and failed logins.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

from desktop_app.platform.smtp import Security, SmtpConfig
from desktop_app.services import AppContext
from desktop_app.services.email import RepIdentity, save_identity, save_smtp

USER = "rep@example.com"
PASSWORD = "S3cret-Pa55-xyzzy-7731"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([
            x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    mail_options: list[str] = field(default_factory=list)

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)  # type: ignore[return-value]


@dataclass
class MailServer:
    host: str
    port: int
    cert: Path
    received: list[Received] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    rcpt_reply: str | None = None  # e.g. "550 5.1.1 No such user here"
    data_reply: str | None = None  # e.g. "421 4.3.2 Try again later"
    drop_mid_message: bool = False  # close after the first line of DATA
    drop_after_data: bool = False  # keep the message, then close without answering
    drop_before_dot: bool = False  # answer DATA with 354, then hang up at once
    reply_delay: float = 0.0  # seconds before answering the final dot (a slow server)
    offer_8bitmime: bool = True
    offer_smtputf8: bool = False
    auth_reply: str | None = None  # refuse every login with these words
    connections: int = 0
    failed_logins: int = 0
    controller: Controller | None = None

    @property
    def messages(self) -> list[EmailMessage]:
        return [r.message for r in self.received]


class _Handler:
    def __init__(self, server: MailServer) -> None:
        self.server = server

    async def handle_EHLO(self, smtp, session, envelope, hostname, responses):
        session.host_name = hostname
        if not self.server.offer_8bitmime:
            responses = [r for r in responses if r[4:] != "8BITMIME"]
        return responses

    async def handle_RCPT(self, smtp, session, envelope, address, rcpt_options):
        if self.server.rcpt_reply:
            return self.server.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp, session, envelope):
        if self.server.reply_delay:
            await asyncio.sleep(self.server.reply_delay)
        if self.server.data_reply:
            return self.server.data_reply
        self.server.received.append(
            Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content),
                     list(envelope.mail_options)))
        if self.server.drop_after_data:
            smtp.transport.close()
            return "250 never heard"
        return "250 2.0.0 Message accepted for delivery"


class _DroppingSMTP(SMTP):
    async def smtp_DATA(self, arg: str) -> None:
        server = self._server  # type: ignore[attr-defined]
        if not (server.drop_mid_message or server.drop_before_dot) or not self.envelope \
                or not self.envelope.rcpt_tos:
            await super().smtp_DATA(arg)
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        if server.drop_mid_message:
            await self._reader.readuntil(b"\r\n")
        self.transport.close()
        await asyncio.sleep(0)


class _Controller(Controller):
    def __init__(self, server: MailServer, **kwargs):
        self._mail_server = server
        super().__init__(_Handler(server), **kwargs)

    def factory(self):
        smtp = _DroppingSMTP(self.handler, **self.SMTP_kwargs)
        smtp._server = self._mail_server  # type: ignore[attr-defined]
        smtp.enable_SMTPUTF8 = self._mail_server.offer_smtputf8
        self._mail_server.connections += 1
        return smtp


def start_server(folder: Path) -> MailServer:
    cert, key = make_certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server = MailServer("127.0.0.1", free_port(), cert)

    def authenticate(smtp, session, envelope, mechanism, auth_data):
        if isinstance(auth_data, LoginPassword):
            user = auth_data.login.decode()
            server.logins.append(user)
            if user == USER and auth_data.password.decode() == PASSWORD \
                    and not server.auth_reply:
                return AuthResult(success=True)
        server.failed_logins += 1
        return AuthResult(success=False, handled=False, message=server.auth_reply)

    controller = _Controller(
        server, hostname="127.0.0.1", port=server.port, tls_context=context,
        require_starttls=True, authenticator=authenticate, auth_required=True,
        server_hostname="localhost")
    controller.start()
    server.connections = 0  # start() connects once to see the server is up
    server.controller = controller
    return server


# The rep every email test writes as.
REP = RepIdentity(
    name="Sam Rivers", title="Account Executive", company="Northwind Maintenance Software",
    phone="+44 20 7946 0000", email=USER, website="https://northwind.example",
    value_statement="Clinics like yours cut reactive call-outs by a third in six months.")


def configure_rep(ctx: AppContext, server: MailServer) -> SmtpConfig:
    """Save REP and settings for ``server`` (STARTTLS, AUTH, its certificate trusted)."""
    save_identity(ctx, REP)
    return save_smtp(ctx, SmtpConfig("127.0.0.1", server.port, Security.STARTTLS,
                                     username=USER, ca_file=str(server.cert)),
                     has_password=True)
