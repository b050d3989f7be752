"""Handing one message to an SMTP server, and saying exactly how far it got.

The outbox needs to know three things after an attempt: the server accepted the message
(sent), the server certainly did not get it (failed, temporary or permanent), or it may
have got it (uncertain: the whole message went out but no reply came back). So the DATA
phase is done by hand, and ``on_handoff`` is called just before the final dot is written.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_TIMEOUT = 30.0


class Security(StrEnum):
    TLS = "tls"  # implicit TLS, usually port 465
    STARTTLS = "starttls"  # usually port 587
    PLAIN = "plain"  # no encryption: only after a warning, never with a password

    @property
    def label(self) -> str:
        return {
            "tls": "TLS (SSL), usually port 465",
            "starttls": "STARTTLS, usually port 587",
            "plain": "None — unencrypted (not recommended)",
        }[self.value]


DEFAULT_PORTS = {Security.TLS: 465, Security.STARTTLS: 587, Security.PLAIN: 25}


@dataclass(frozen=True, slots=True)
class SmtpConfig:
    host: str
    port: int
    security: Security
    username: str = ""
    ca_file: str = ""  # an extra certificate to trust (a company CA); system CAs otherwise
    timeout: float = DEFAULT_TIMEOUT


class Outcome(StrEnum):
    SENT = "sent"
    TEMPORARY = "temporary"  # certainly not delivered; worth retrying later
    PERMANENT = "permanent"  # certainly not delivered; retrying will not help
    UNCERTAIN = "uncertain"  # the server may have it; do not resend on our own


@dataclass(frozen=True, slots=True)
class SendResult:
    outcome: Outcome
    detail: str = ""  # the server's own words, or what went wrong
    code: int | None = None

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.SENT


class TransportError(RuntimeError):
    pass


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Certificates and host names verified; an extra trusted CA when the rep names one."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def _words(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())


def _by_code(code: int, words: str) -> SendResult:
    outcome = Outcome.TEMPORARY if 400 <= code < 500 else Outcome.PERMANENT
    return SendResult(outcome, f"{code} {words}".strip(), code)


def _dot_stuffed(message: bytes) -> bytes:
    lines = re.sub(rb"\r\n|\r|\n", b"\r\n", message)
    lines = re.sub(rb"(?m)^\.", b"..", lines)
    if not lines.endswith(b"\r\n"):
        lines += b"\r\n"
    return lines + b".\r\n"


def _connect(config: SmtpConfig, password: str | None) -> smtplib.SMTP:
    if config.security is Security.PLAIN and password:
        raise TransportError(
            "Tickler will not send a password over an unencrypted connection. Choose TLS or "
            "STARTTLS, or clear the password.")
    if config.security is Security.TLS:
        server: smtplib.SMTP = smtplib.SMTP_SSL(
            config.host, config.port, timeout=config.timeout,
            context=tls_context(config.ca_file))
    else:
        server = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
    try:
        server.ehlo()
        if config.security is Security.STARTTLS:
            if not server.has_extn("starttls"):
                raise TransportError(
                    f"{config.host} does not offer STARTTLS, so the connection would not be "
                    "encrypted. Check the port and the security setting.")
            server.starttls(context=tls_context(config.ca_file))
            server.ehlo()
        if config.username and password:
            server.login(config.username, password)
    except BaseException:
        server.close()
        raise
    return server


def _classify_exception(exc: BaseException, host: str) -> SendResult:
    if isinstance(exc, TransportError):
        return SendResult(Outcome.PERMANENT, str(exc))
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return SendResult(Outcome.PERMANENT, f"The server refused the login: "
                          f"{exc.smtp_code} {_words(exc.smtp_error)}", exc.smtp_code)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SendResult(Outcome.PERMANENT, f"The server does not offer this ({exc}). Check "
                          "the security setting (TLS or STARTTLS) and the port in Email "
                          "settings.")
    if isinstance(exc, UnicodeEncodeError):  # smtplib sends the login as plain ASCII
        return SendResult(Outcome.PERMANENT, "The user name or password has a character "
                          "(an accent, say) that an SMTP login can't carry. Use one of plain "
                          "letters, digits and symbols, or an app password from your provider.")
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, words = next(iter(exc.recipients.values()))
        return _by_code(code, _words(words))
    if isinstance(exc, smtplib.SMTPResponseException):
        return _by_code(exc.smtp_code, _words(exc.smtp_error))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SendResult(Outcome.PERMANENT,
                          f"The server's certificate could not be verified: "
                          f"{exc.verify_message or exc.reason}")
    if isinstance(exc, ssl.SSLError):
        return SendResult(Outcome.PERMANENT, f"The secure connection failed: {exc.reason}")
    if isinstance(exc, socket.gaierror):
        return SendResult(Outcome.TEMPORARY, f"Could not find the server {host} "
                          "(no network, or a typo in the host name).")
    if isinstance(exc, ConnectionRefusedError):
        return SendResult(Outcome.TEMPORARY, f"{host} refused the connection (server down, "
                          "or the wrong port).")
    if isinstance(exc, TimeoutError):
        return SendResult(Outcome.TEMPORARY, f"{host} did not answer in time.")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SendResult(Outcome.TEMPORARY, f"{host} closed the connection: {exc}")
    if isinstance(exc, OSError):
        return SendResult(Outcome.TEMPORARY, f"Network problem talking to {host}: "
                          f"{exc.strerror or type(exc).__name__}")
    return SendResult(Outcome.TEMPORARY, f"Unexpected problem: {type(exc).__name__}")


def send_message(
    config: SmtpConfig,
    password: str | None,
    sender: str,
    recipients: Sequence[str],
    message: bytes,
    on_handoff: Callable[[], None] = lambda: None,
) -> SendResult:
    """Try once to hand ``message`` to the server. Never raises for SMTP or network trouble.

    ``on_handoff`` runs when everything but the final dot has been written; if it raises,
    nothing more is sent and the message is certainly not delivered.
    """
    try:
        server = _connect(config, password)
    except BaseException as exc:
        if not isinstance(exc, Exception):
            raise
        return _classify_exception(exc, config.host)
    handed_off = False
    try:
        code, reply = server.mail(sender)
        if code != 250:
            return _by_code(code, _words(reply))
        for rcpt in recipients:
            code, reply = server.rcpt(rcpt)
            if code not in (250, 251):
                return _by_code(code, _words(reply))
        code, reply = server.docmd("DATA")
        if code != 354:
            return _by_code(code, _words(reply))
        payload = _dot_stuffed(message)
        server.send(payload[:-3])
        on_handoff()
        handed_off = True
        server.send(payload[-3:])
        code, reply = server.getreply()
        if code == 250:
            return SendResult(Outcome.SENT, _words(reply), code)
        return _by_code(code, _words(reply))
    except Exception as exc:
        if handed_off:
            return SendResult(
                Outcome.UNCERTAIN,
                f"The whole message went to {config.host} but no answer came back "
                f"({type(exc).__name__}). It may or may not have been delivered.")
        return _classify_exception(exc, config.host)
    finally:
        try:
            server.quit()
        except Exception:
            server.close()
