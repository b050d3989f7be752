"""Reading the rep's mailbox over IMAP, read-only, through imapclient.

Every folder is selected read-only (EXAMINE) and every body is fetched with BODY.PEEK, so
nothing Tickler does marks a message read; it never stores flags, copies, moves, expunges
or deletes. Only TLS connections are made: implicit TLS (port 993) or STARTTLS (143).
imapclient is imported on first use, never before the window paints.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ..domain.i18n import tr

log = logging.getLogger(__name__)

TIMEOUT = 30.0
HEADER_FIELDS = (
    "FROM SUBJECT MESSAGE-ID IN-REPLY-TO REFERENCES DATE CONTENT-TYPE AUTO-SUBMITTED "
    "X-AUTOREPLY X-AUTORESPOND PRECEDENCE")
BODY_PREFIX = 256 * 1024  # bytes of a message's body fetched: enough for any reply or report


class ImapSecurity(StrEnum):
    TLS = "tls"  # implicit TLS, port 993
    STARTTLS = "starttls"  # port 143, then STARTTLS before anything else


DEFAULT_IMAP_PORTS = {ImapSecurity.TLS: 993, ImapSecurity.STARTTLS: 143}


@dataclass(frozen=True, slots=True)
class ImapConfig:
    host: str
    port: int = 993
    security: ImapSecurity = ImapSecurity.TLS
    username: str = ""
    folders: tuple[str, ...] = ("INBOX",)
    same_password: bool = False  # use the outgoing server's password
    ca_file: str = ""  # a certificate to trust besides the system's


class ImapError(Exception):
    """A check that could not be made, in the rep's words.

    ``login_refused`` means the server said the user name or password is wrong: Tickler
    does not sign in again until the rep changes them.
    """

    def __init__(self, words: str, *, login_refused: bool = False) -> None:
        super().__init__(words)
        self.login_refused = login_refused


@dataclass(frozen=True, slots=True)
class FolderState:
    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True, slots=True)
class Fetched:
    uid: int
    raw: bytes  # the header, a blank line, and the start of the body
    size: int
    truncated: bool


class ImapSession:
    """One connection, signed in once. Use as a context manager."""

    def __init__(self, config: ImapConfig, password: str | None) -> None:
        self.config = config
        self._password = password
        self._client: Any = None
        self.capabilities: frozenset[str] = frozenset()

    def __enter__(self) -> ImapSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.config.ca_file:
            context.load_verify_locations(cafile=self.config.ca_file)
        return context

    def open(self) -> None:
        """Connect, secure and sign in; ImapError with words for the rep on any failure."""
        from imapclient import IMAPClient
        from imapclient.exceptions import IMAPClientError, LoginError

        config = self.config
        try:
            if config.security is ImapSecurity.TLS:
                client = IMAPClient(config.host, port=config.port, ssl=True,
                                    ssl_context=self._context(), timeout=TIMEOUT)
            else:
                client = IMAPClient(config.host, port=config.port, ssl=False,
                                    timeout=TIMEOUT)
                if not client.has_capability("STARTTLS"):
                    client.shutdown()
                    raise ImapError(tr("{host} does not offer STARTTLS on port {port}: "
                                       "Tickler never signs in unencrypted. Choose TLS "
                                       "(port 993).").format(host=config.host,
                                                             port=config.port))
                client.starttls(self._context())
        except ImapError:
            raise
        except ssl.SSLCertVerificationError as exc:
            raise ImapError(tr("The certificate of {host} could not be verified "
                               "({why}).").format(host=config.host,
                                                  why=exc.verify_message)) from None
        except ssl.SSLError as exc:
            raise ImapError(tr("A secure connection to {host}:{port} failed ({why}). Check "
                               "the port and the security choice.").format(
                host=config.host, port=config.port, why=exc.reason or exc)) from None
        except TimeoutError:
            raise ImapError(tr("{host}:{port} did not answer within {seconds} s.").format(
                host=config.host, port=config.port, seconds=int(TIMEOUT))) from None
        except OSError as exc:
            raise ImapError(tr("Tickler could not reach {host}:{port} ({why}).").format(
                host=config.host, port=config.port, why=exc.strerror or exc)) from None
        except IMAPClientError as exc:
            raise ImapError(tr("{host} answered in a way Tickler did not expect "
                               "({why}).").format(host=config.host, why=exc)) from None
        self._client = client
        try:
            client.login(config.username, self._password or "")
        except LoginError as exc:
            self.close()
            said = _server_words(exc)
            if said.upper().startswith(("[UNAVAILABLE]", "[SERVERBUG]", "[INUSE]")):
                # RFC 5530: the server cannot check the password just now; nothing says
                # it is wrong, so it is not held.
                raise ImapError(tr("{host} could not check the sign-in just now ({said}). "
                                   "Tickler tries again at the next check.").format(
                    host=config.host, said=said)) from None
            if said:
                words = tr("{host} refused the sign-in for {user} ({said}). Check the user "
                           "name and password in Email settings.")
            else:
                words = tr("{host} refused the sign-in for {user}. Check the user name and "
                           "password in Email settings.")
            raise ImapError(words.format(host=config.host, user=config.username, said=said),
                            login_refused=True) from None
        except (OSError, IMAPClientError) as exc:
            self.close()
            raise ImapError(tr("Signing in to {host} failed ({why}).").format(
                host=config.host, why=exc)) from None
        finally:
            self._password = None
        self.capabilities = frozenset(
            c.decode() if isinstance(c, bytes) else str(c) for c in client.capabilities())

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()

    @property
    def is_open(self) -> bool:
        return self._client is not None

    @property
    def client(self) -> Any:
        if self._client is None:
            raise ImapError(tr("Not connected."))
        return self._client

    def examine(self, folder: str) -> FolderState:
        """Select ``folder`` read-only."""
        from imapclient.exceptions import IMAPClientError

        try:
            info = self.client.select_folder(folder, readonly=True)
        except IMAPClientError as exc:
            raise ImapError(tr("The folder “{folder}” could not be opened ({why}).").format(
                folder=folder, why=exc)) from None
        return FolderState(int(info.get(b"UIDVALIDITY", 0)), int(info.get(b"UIDNEXT", 0)),
                           int(info.get(b"EXISTS", 0)))

    def uids_after(self, last_uid: int) -> list[int]:
        uids = self.client.search(["UID", f"{last_uid + 1}:*"])
        return sorted(u for u in uids if u > last_uid)  # "n:*" always names the newest

    def uids_since(self, day: date) -> list[int]:
        return sorted(self.client.search(["SINCE", day]))

    def headers(self, uids: Iterable[int]) -> dict[int, tuple[bytes, int]]:
        """The headers that say what a message is about, and its size, for each UID."""
        wanted = f"BODY.PEEK[HEADER.FIELDS ({HEADER_FIELDS})]"
        out: dict[int, tuple[bytes, int]] = {}
        for batch in _batches(list(uids), 200):
            for uid, data in self.client.fetch(batch, [wanted, "RFC822.SIZE"]).items():
                raw = next((v for k, v in data.items()
                            if k.startswith(b"BODY[HEADER.FIELDS")), b"") or b""
                out[int(uid)] = (bytes(raw), int(data.get(b"RFC822.SIZE", 0)))
        return out

    def messages(self, uids: Iterable[int], prefix: int = BODY_PREFIX) -> list[Fetched]:
        """The whole header and the first ``prefix`` bytes of the body, never marking read."""
        wanted = ["BODY.PEEK[HEADER]", f"BODY.PEEK[TEXT]<0.{prefix}>", "RFC822.SIZE"]
        out: list[Fetched] = []
        for batch in _batches(list(uids), 20):
            for uid, data in self.client.fetch(batch, wanted).items():
                head = bytes(data.get(b"BODY[HEADER]") or b"")
                body = next((v for k, v in data.items() if k.startswith(b"BODY[TEXT]")),
                            b"") or b""
                size = int(data.get(b"RFC822.SIZE", 0))
                body = bytes(body)
                out.append(Fetched(int(uid), head + body, size,
                                   len(head) + len(body) < size))
        return out

    def wait_for_news(self, seconds: float, stop: Callable[[], bool]) -> bool:
        """IDLE on the selected folder until something arrives (True), ``stop()`` says so or
        ``seconds`` pass (False). Servers without IDLE just wait."""
        deadline = time.monotonic() + seconds
        if "IDLE" not in self.capabilities:
            while time.monotonic() < deadline and not stop():
                time.sleep(0.5)
            return False
        client = self.client
        client.idle()
        try:
            while time.monotonic() < deadline and not stop():
                responses = client.idle_check(timeout=1)
                if any(len(r) > 1 and r[1] in (b"EXISTS", b"RECENT") for r in responses):
                    return True
            return False
        finally:
            try:
                client.idle_done()
            except Exception:
                log.info("IDLE ended with the connection")


def _batches(items: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _server_words(exc: Exception) -> str:
    text = str(exc)
    if text.startswith("b'") or text.startswith('b"'):
        text = text[2:-1]
    return " ".join(text.split())[:200]
