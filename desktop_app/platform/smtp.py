"""Handing messages to an SMTP server, and saying exactly how far each one got.

The outbox needs to know three things after an attempt: the server accepted the message
(sent), the server certainly did not get it (failed, temporary or permanent), or it may
have got it (uncertain: the whole message went out but no reply came back). So the DATA
phase is done by hand, and ``on_handoff`` is called just before the final dot is written.

A send pass uses one ``SmtpSession``: one connection and at most one login for all its
messages. A refused login ends the session (``SendResult.login_refused``); nothing here
ever tries a second mechanism or a second time with the same password.
"""

from __future__ import annotations

import contextlib
import re
import select
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from ..domain.i18n import QT_TR_NOOP, in_english, tr
from ..domain.problem import Problem

DEFAULT_TIMEOUT = 30.0  # connecting, and each command's reply: a dead server shows quickly
DATA_END_TIMEOUT = 600.0  # the reply to the final dot: RFC 5321 4.5.3.2.6 asks for 10 min
HANGUP_WAIT = 0.01  # before the final dot, how long to look for a server that hung up


class Security(StrEnum):
    TLS = "tls"  # implicit TLS, usually port 465
    STARTTLS = "starttls"  # usually port 587
    PLAIN = "plain"  # no encryption: only after a warning, never with a password

    @property
    def label(self) -> str:
        """The choice's name in English; the settings translate it (``tr``)."""
        return {
            "tls": QT_TR_NOOP("TLS (SSL), usually port 465"),
            "starttls": QT_TR_NOOP("STARTTLS, usually port 587"),
            "plain": QT_TR_NOOP("None — unencrypted (not recommended)"),
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
    data_timeout: float = DATA_END_TIMEOUT
    hangup_wait: float = HANGUP_WAIT


class Outcome(StrEnum):
    SENT = "sent"
    TEMPORARY = "temporary"  # certainly not delivered; worth retrying later
    PERMANENT = "permanent"  # certainly not delivered; retrying will not help
    UNCERTAIN = "uncertain"  # the server may have it; do not resend on our own


@dataclass(frozen=True, slots=True)
class SendResult:
    outcome: Outcome
    problem: Problem  # what went wrong (or the server's words), as data
    login_refused: bool = False  # the password (or the way of signing in) was refused

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.SENT

    @property
    def code(self) -> int | None:
        return self.problem.code

    @property
    def detail(self) -> str:
        """The server's own words, or what went wrong, in the rep's language of now."""
        return problem_words(self.problem)


def _result(outcome: Outcome, kind: str, code: int | None = None, *,
            login_refused: bool = False, **values: object) -> SendResult:
    problem = Problem(kind, tuple((k, str(v)) for k, v in values.items()), code,
                      outcome is Outcome.TEMPORARY)
    return SendResult(outcome, problem, login_refused)


class TransportError(RuntimeError):
    """A connection Tickler will not use; ``problem`` says why (as data)."""

    def __init__(self, kind: str, **values: object) -> None:
        self.problem = Problem.of(kind, **values)
        with in_english():
            super().__init__(problem_words(self.problem))


# -- what went wrong, in words ------------------------------------------------------------
# Each kind's sentence; the values (host names, the server's own reply) go in untranslated.
_WORDS = {
    "plain_password": QT_TR_NOOP(
        "Tickler will not send a password over an unencrypted connection. Choose TLS or "
        "STARTTLS, or clear the password."),
    "no_starttls": QT_TR_NOOP(
        "{host} does not offer STARTTLS, so the connection would not be encrypted. Check "
        "the port and the security setting."),
    "no_sign_in_method": QT_TR_NOOP("No sign-in method Tickler knows (the server offers "
                                    "{methods})."),
    "not_supported": QT_TR_NOOP(
        "The server does not offer this ({problem}). Check the security setting (TLS or "
        "STARTTLS) and the port in Email settings."),
    "login_characters": QT_TR_NOOP(
        "The user name or password has a character (an accent, say) that an SMTP login "
        "can't carry. Use one of plain letters, digits and symbols, or an app password "
        "from your provider."),
    "certificate": QT_TR_NOOP("The server's certificate could not be verified: {why}"),
    "tls": QT_TR_NOOP("The secure connection failed: {why}"),
    "no_host": QT_TR_NOOP("Could not find the server {host} (no network, or a typo in the "
                          "host name)."),
    "refused": QT_TR_NOOP("{host} refused the connection (server down, or the wrong port)."),
    "timeout": QT_TR_NOOP("{host} did not answer in time."),
    "disconnected": QT_TR_NOOP("{host} closed the connection: {why}"),
    "network": QT_TR_NOOP("Network problem talking to {host}: {why}"),
    "unexpected": QT_TR_NOOP("Unexpected problem: {what}"),
    "closing": QT_TR_NOOP("Tickler was closing."),
    "not_connected": QT_TR_NOOP("Not connected to {host}."),
    "bad_address": QT_TR_NOOP("An address can't be used: {why}"),
    "no_smtputf8": QT_TR_NOOP(
        "{names} has letters before the @ that your mail server ({host}) cannot carry: it "
        "does not offer SMTPUTF8. The message waits here: ask for another address, or send "
        "through a server that offers SMTPUTF8."),
    "not_7bit": QT_TR_NOOP("{host} takes only 7-bit mail and this message is not 7-bit."),
    "hung_up_early": QT_TR_NOOP("{host} closed the connection before the message was "
                                "complete. Nothing was delivered."),
    "address_characters": QT_TR_NOOP("An address in this message has characters {host} "
                                     "cannot take ({addresses})."),
    "no_answer": QT_TR_NOOP("The whole message went to {host} but no answer came back "
                            "({what}). It may or may not have been delivered."),
    "no_answer_closing": QT_TR_NOOP(
        "The whole message went to {host} but no answer came back (Tickler was closing) "
        "({what}). It may or may not have been delivered."),
}


def problem_words(problem: Problem) -> str:
    """``problem`` in the rep's language of the moment (``tr``): the server's own reply
    exactly as it came; Tickler's explanation of anything else. '' for an unknown kind."""
    values = problem.value_map
    said = " ".join(f"{problem.code or ''} {values.get('words', '')}".split())
    if problem.kind == "server":
        return said
    if problem.kind == "server_early":
        return tr("{words} (before the message was complete: nothing was delivered)").format(
            words=said)
    if problem.kind == "login":
        return _login_words(values.get("host", ""), problem.code or 0,
                            values.get("words", ""))
    if problem.kind == "other":  # smtplib's own words, with the host
        return f"{values.get('host', '')}: {values.get('what', '')}"
    text = _WORDS.get(problem.kind)
    if text is None:
        return values.get("words", "")
    values = _Blank(values)  # a value a stored problem lacks reads as '', never a crash
    if problem.kind == "no_sign_in_method" and not values.get("methods"):
        values["methods"] = tr("none")
    return tr(text).format_map(values)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


# -- providers that refuse plain passwords ------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProviderNote:
    provider: str
    before: str  # shown in Email settings as soon as the host is typed
    refused: str  # what a refused login means with this provider, and what to do
    key: str = ""  # "microsoft", "google", "yahoo", "icloud"


# The notes are made when asked for, so they read in the rep's language (``tr``).
def _microsoft() -> ProviderNote:
    return ProviderNote(
        tr("Microsoft 365 / Outlook.com"),
        tr("Microsoft is switching off password sign-in for sending mail (SMTP AUTH) for "
           "most Microsoft 365 and Outlook.com accounts during 2026; it then refuses the "
           "password with “550 5.7.30”. Tickler signs in with a password only. Ask whoever "
           "runs your email whether SMTP AUTH is still allowed for your mailbox (and whether "
           "you may use an app password); if not, use another outgoing server, such as your "
           "company's mail relay or a sending service."),
        tr("Microsoft no longer accepts a password for sending mail from this account (SMTP "
           "AUTH is switched off for it). Changing the password will not help. Ask whoever "
           "runs your email to allow SMTP AUTH for your mailbox, or to give you an app "
           "password; otherwise use another outgoing server (your company's mail relay or a "
           "sending service) in Email settings (Ctrl+,)."), "microsoft")


def _google() -> ProviderNote:
    return ProviderNote(
        tr("Google (Gmail)"),
        tr("Google accepts only an app password here, never your Google password: turn on "
           "2-Step Verification, create an app password at "
           "myaccount.google.com/apppasswords and enter its 16 letters as the password. (A "
           "Google Workspace administrator may have switched app passwords off; then ask "
           "them for an SMTP relay.)"),
        tr("Google refused the password. It accepts only an app password from mail "
           "programs, never your Google password: turn on 2-Step Verification, create an "
           "app password at myaccount.google.com/apppasswords and enter its 16 letters in "
           "Email settings (Ctrl+,)."), "google")


def _app_password_note(key: str, name: str, where: str) -> ProviderNote:
    text = tr("{name} does not accept your normal password from mail programs: create an "
              "app password in your {name} account's security settings ({where}) and enter "
              "it here instead.").format(name=name, where=where)
    return ProviderNote(name, text, tr("{name} refused the password. {advice} Then enter it "
                                       "in Email settings (Ctrl+,).").format(
                                           name=name, advice=text), key)


_PROVIDERS: tuple[tuple[tuple[str, ...], Callable[[], ProviderNote]], ...] = (
    (("office365.com", "outlook.com", "hotmail.com", "live.com", "office.com",
      "microsoft.com"), _microsoft),
    (("gmail.com", "googlemail.com", "google.com"), _google),
    (("yahoo.com", "yahoo.co.uk", "aol.com"),
     lambda: _app_password_note("yahoo", "Yahoo / AOL",
                                tr("Account security ▸ Generate app password"))),
    (("mail.me.com", "icloud.com"),
     lambda: _app_password_note("icloud", "iCloud Mail",
                                tr("account.apple.com ▸ App-Specific Passwords"))),
)


def provider_note(host: str) -> ProviderNote | None:
    """What a known provider expects instead of the account password, or None."""
    host = host.strip().lower().rstrip(".")
    for suffixes, note in _PROVIDERS:
        if any(host == s or host.endswith("." + s) for s in suffixes):
            return note()
    return None


def _login_words(host: str, code: int, words: str) -> str:
    """A refused login in the rep's words: the provider's policy first, then the server's."""
    note = provider_note(host)
    said = tr("(The server said: {code} {words})").format(code=code, words=words)
    if "5.7.30" in words or "5.7.139" in words:  # Microsoft: password sign-in switched off
        return f"{_microsoft().refused} {said}"
    if note is not None and note.key == "microsoft":
        return tr("The server refused the login: {code} {words}. Check the password in "
                  "Email settings (Ctrl+,). If it is right, Microsoft may have switched off "
                  "password sign-in for your mailbox: ask whoever runs your email, or use "
                  "another outgoing server.").format(code=code, words=words)
    if note is not None:
        return f"{note.refused} {said}"
    return tr("The server refused the login: {code} {words}. Check the user name and "
              "password in Email settings (Ctrl+,).").format(code=code, words=words)


# -- addresses ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Envelope:
    sender: str
    recipients: tuple[str, ...]
    needs_smtputf8: bool  # an address has letters outside ASCII before the @
    international: tuple[str, ...] = ()  # those addresses, as the rep knows them


def envelope_address(address: str) -> tuple[str, bool]:
    """The address as it goes on the wire: the domain in IDNA (xn--…); True when the local
    part is not ASCII (then only a server offering SMTPUTF8 can carry it)."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        raise ValueError(f"{address!r} is not an email address")
    if not domain.isascii():
        from email_validator import EmailNotValidError, validate_email

        try:
            domain = validate_email(address, check_deliverability=False).ascii_domain
        except EmailNotValidError as exc:
            raise ValueError(str(exc)) from exc
    return f"{local}@{domain}", not local.isascii()


def make_envelope(sender: str, recipients: Sequence[str]) -> Envelope:
    wire_sender, utf8_sender = envelope_address(sender)
    wire, international = [], [sender] if utf8_sender else []
    for rcpt in recipients:
        address, utf8 = envelope_address(rcpt)
        wire.append(address)
        if utf8:
            international.append(rcpt)
    return Envelope(wire_sender, tuple(wire), bool(international), tuple(international))


# -- the connection -----------------------------------------------------------------------


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Certificates and host names verified; an extra trusted CA when the rep names one."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def _words(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())


def _by_code(code: int, words: str, kind: str = "server") -> SendResult:
    """The server's reply: its code and its own words, as data."""
    outcome = Outcome.TEMPORARY if 400 <= code < 500 else Outcome.PERMANENT
    return _result(outcome, kind, code, words=words)


def _dot_stuffed(message: bytes) -> bytes:
    lines = re.sub(rb"\r\n|\r|\n", b"\r\n", message)
    lines = re.sub(rb"(?m)^\.", b"..", lines)
    if not lines.endswith(b"\r\n"):
        lines += b"\r\n"
    return lines + b".\r\n"


_MECHANISMS = ("PLAIN", "LOGIN", "CRAM-MD5")  # one of them, once


def _login_once(server: smtplib.SMTP, username: str, password: str) -> None:
    """Sign in with the one best mechanism the server offers (smtplib's ``login`` tries every
    mechanism in turn, which doubles the failed logins a wrong password costs)."""
    if not server.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    offered = server.esmtp_features["auth"].upper().split()
    mechanism = next((m for m in _MECHANISMS if m in offered), None)
    if mechanism is None:
        raise TransportError("no_sign_in_method", methods=" ".join(offered))
    server.user, server.password = username, password
    authobject = getattr(server, "auth_" + mechanism.lower().replace("-", "_"))
    server.auth(mechanism, authobject, initial_response_ok=True)


def _connect(config: SmtpConfig, password: str | None) -> smtplib.SMTP:
    if config.security is Security.PLAIN and password:
        raise TransportError("plain_password")
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
                raise TransportError("no_starttls", host=config.host)
            server.starttls(context=tls_context(config.ca_file))
            server.ehlo()
        if config.username and password:
            _login_once(server, config.username, password)
    except BaseException:
        server.close()
        raise
    return server


def _classify_exception(exc: BaseException, host: str) -> SendResult:
    temporary, permanent = Outcome.TEMPORARY, Outcome.PERMANENT
    if isinstance(exc, TransportError):
        return SendResult(permanent, exc.problem)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _result(permanent, "login", exc.smtp_code, login_refused=True, host=host,
                       words=_words(exc.smtp_error))
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return _result(permanent, "not_supported", problem=exc)
    if isinstance(exc, UnicodeEncodeError):  # smtplib sends the login as plain ASCII
        return _result(permanent, "login_characters", login_refused=True)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, words = next(iter(exc.recipients.values()))
        return _by_code(code, _words(words))
    if isinstance(exc, smtplib.SMTPResponseException):
        return _by_code(exc.smtp_code, _words(exc.smtp_error))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return _result(permanent, "certificate", why=exc.verify_message or exc.reason)
    if isinstance(exc, ssl.SSLError):
        return _result(permanent, "tls", why=exc.reason)
    if isinstance(exc, socket.gaierror):
        return _result(temporary, "no_host", host=host)
    if isinstance(exc, ConnectionRefusedError):
        return _result(temporary, "refused", host=host)
    if isinstance(exc, TimeoutError):
        return _result(temporary, "timeout", host=host)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return _result(temporary, "disconnected", host=host, why=exc)
    if isinstance(exc, OSError):
        return _result(temporary, "network", host=host,
                       why=exc.strerror or type(exc).__name__)
    if isinstance(exc, smtplib.SMTPException):
        return _result(permanent, "other", host=host, what=exc)
    return _result(temporary, "unexpected", what=type(exc).__name__)


class Abort:
    """Lets another thread end a pass at once (Tickler is closing): the socket in use is
    shut down, so even a ten-minute wait for the server's answer ends now."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self.requested = False

    def request(self) -> None:
        with self._lock:
            self.requested = True
            if self._sock is not None:
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_RDWR)

    def _watch(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._sock = sock
            if sock is not None and self.requested:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class SmtpSession:
    """One connection and at most one login, for every message of a send pass.

    ``open()`` returns None when ready, or the result that ends the pass (server down,
    bad certificate, refused login). After a message that leaves the connection in doubt
    ``alive`` is False and the pass ends; the rest wait for the next one.
    """

    def __init__(self, config: SmtpConfig, password: str | None,
                 abort: Abort | None = None) -> None:
        self.config = config
        self._password = password
        self._abort = abort or Abort()
        self._server: smtplib.SMTP | None = None

    def open(self) -> SendResult | None:
        password, self._password = self._password, None
        if self._abort.requested:
            return _result(Outcome.TEMPORARY, "closing")
        try:
            self._server = _connect(self.config, password)
        except Exception as exc:
            return _classify_exception(exc, self.config.host)
        self._abort._watch(self._server.sock)
        return None

    @property
    def alive(self) -> bool:
        return self._server is not None and self._server.sock is not None \
            and not self._abort.requested

    def offers(self, extension: str) -> bool:
        return self._server is not None and self._server.has_extn(extension)

    def close(self) -> None:
        server, self._server = self._server, None
        self._abort._watch(None)
        if server is None:
            return
        try:
            if server.sock is not None:
                server.quit()
        except Exception:
            pass
        server.close()

    def __enter__(self) -> SmtpSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _drop(self) -> None:
        if self._server is not None:
            self._server.close()

    def _reset(self) -> None:
        """After a refusal, make the connection ready for the next message (or drop it)."""
        assert self._server is not None
        try:
            code, _reply = self._server.rset()
            if code != 250:
                self._drop()
        except Exception:
            self._drop()

    def _hung_up_before_dot(self, server: smtplib.SMTP) -> SendResult | None:
        """The server closed or spoke before the final dot: it cannot have taken the
        message, so this is a safe retry, never "uncertain"."""
        sock = server.sock
        if sock is None:
            return _result(Outcome.TEMPORARY, "hung_up_early", host=self.config.host)
        pending = isinstance(sock, ssl.SSLSocket) and sock.pending() > 0
        if not pending:
            readable, _w, _x = select.select([sock], [], [], self.config.hangup_wait)
            if not readable:
                return None
        try:
            code, reply = server.getreply()
        except Exception:
            self._drop()
            return _result(Outcome.TEMPORARY, "hung_up_early", host=self.config.host)
        self._drop()
        return _by_code(code if code >= 400 else 451, _words(reply), "server_early")

    def _final_reply(self, server: smtplib.SMTP) -> tuple[int, bytes]:
        sock = server.sock
        assert sock is not None
        sock.settimeout(self.config.data_timeout)
        try:
            return server.getreply()
        finally:
            if server.sock is not None:
                server.sock.settimeout(self.config.timeout)

    def send(self, sender: str, recipients: Sequence[str], message: bytes,
             on_handoff: Callable[[], None] = lambda: None) -> SendResult:
        """Hand ``message`` over once. Never raises for SMTP, network or address trouble.

        ``on_handoff`` runs when everything but the final dot has been written; if it
        raises, nothing more is sent and the message is certainly not delivered.
        """
        host = self.config.host
        server = self._server
        if server is None or server.sock is None:
            return _result(Outcome.TEMPORARY, "not_connected", host=host)
        try:
            envelope = make_envelope(sender, recipients)
        except ValueError as exc:
            return _result(Outcome.PERMANENT, "bad_address", why=exc)
        if envelope.needs_smtputf8 and not server.has_extn("smtputf8"):
            return _result(Outcome.PERMANENT, "no_smtputf8", host=host,
                           names=", ".join(envelope.international))
        options = []
        if not message.isascii():
            if server.has_extn("8bitmime"):
                options.append("BODY=8BITMIME")
            elif not envelope.needs_smtputf8:
                return _result(Outcome.PERMANENT, "not_7bit", host=host)
        if envelope.needs_smtputf8:
            options.append("SMTPUTF8")
        server.command_encoding = "ascii"
        handed_off = False
        try:
            code, reply = server.mail(envelope.sender, options)
            if code != 250:
                self._reset()
                return _by_code(code, _words(reply))
            for rcpt in envelope.recipients:
                code, reply = server.rcpt(rcpt)
                if code not in (250, 251):
                    self._reset()
                    return _by_code(code, _words(reply))
            code, reply = server.docmd("DATA")
            if code != 354:
                self._reset()
                return _by_code(code, _words(reply))
            payload = _dot_stuffed(message)
            server.send(payload[:-3])
            early = self._hung_up_before_dot(server)
            if early is not None:
                return early
            on_handoff()
            handed_off = True
            server.send(payload[-3:])
            code, reply = self._final_reply(server)
            if code == 250:
                return _result(Outcome.SENT, "server", code, words=_words(reply))
            return _by_code(code, _words(reply))
        except Exception as exc:
            self._drop()
            if isinstance(exc, UnicodeError) and not handed_off:  # never blame the password
                return _result(Outcome.PERMANENT, "address_characters", host=host,
                               addresses=", ".join(recipients))
            if handed_off:
                kind = "no_answer_closing" if self._abort.requested else "no_answer"
                return _result(Outcome.UNCERTAIN, kind, host=host, what=type(exc).__name__)
            return _classify_exception(exc, host)


def send_message(
    config: SmtpConfig,
    password: str | None,
    sender: str,
    recipients: Sequence[str],
    message: bytes,
    on_handoff: Callable[[], None] = lambda: None,
) -> SendResult:
    """Try once to hand ``message`` to the server on a connection of its own."""
    with SmtpSession(config, password) as session:
        failed = session.open()
        if failed is not None:
            return failed
        return session.send(sender, recipients, message, on_handoff)
