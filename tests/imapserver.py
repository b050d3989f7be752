"""A real IMAP server for the mailbox tests: Dovecot (Debian's ``dovecot-imapd``).

Each server is started by the test as its own process with a throwaway configuration in a
temporary folder: TLS only (implicit on one port, STARTTLS on the other) with a
self-signed certificate for localhost, users from a passwd-file, mail in a Maildir. Login
and mail processes never run as root: as root the login processes run as ``dovenull`` and
the mail user has a spare uid (1500); as any other user everything runs as that user.
Messages arrive by IMAP APPEND, exactly as another mail program would put them there.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.mailserver import free_port, make_certificate

USER = "rep@example.com"
PASSWORD = "Imap-S3cret-4471"
MAIL_UID = 1500


def dovecot_available() -> bool:
    return shutil.which("dovecot") is not None or Path("/usr/sbin/dovecot").exists()


@dataclass
class Dovecot:
    folder: Path
    starttls_port: int
    tls_port: int
    cert: Path
    process_started: bool = False

    @property
    def conf(self) -> Path:
        return self.folder / "dovecot.conf"

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.cert))

    def client(self):
        """An imapclient connection as the rep (implicit TLS), for putting mail in."""
        from imapclient import IMAPClient

        client = IMAPClient("localhost", port=self.tls_port, ssl=True,
                            ssl_context=self.ssl_context(), timeout=30)
        try:
            client.login(USER, PASSWORD)
        except BaseException:
            # a refused sign-in (the auth process not up yet) must not leave the socket
            # for the garbage collector: its ResourceWarning fails whatever test runs then
            client.shutdown()
            raise
        return client

    def deliver(self, *messages: bytes, folder: str = "INBOX") -> None:
        client = self.client()
        try:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            for raw in messages:
                client.append(folder, raw)
        finally:
            client.logout()

    def flags(self, folder: str = "INBOX") -> dict[int, tuple[bytes, ...]]:
        client = self.client()
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            if not uids:
                return {}
            return {uid: tuple(data[b"FLAGS"])
                    for uid, data in client.fetch(uids, ["FLAGS"]).items()}
        finally:
            client.logout()

    def start(self) -> None:
        binary = shutil.which("dovecot") or "/usr/sbin/dovecot"
        # Dovecot forks into the background; its children must not hold a pipe of ours.
        errors = self.folder / "start.err"
        with errors.open("wb") as err:
            done = subprocess.run([binary, "-c", str(self.conf)], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=err, check=False)
        if done.returncode:
            raise RuntimeError("Dovecot did not start: " + errors.read_text(errors="replace"))
        self.process_started = True
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:  # ready when the rep can sign in (the auth process starts on demand)
                self.client().logout()
                return
            except Exception:
                time.sleep(0.1)
        raise RuntimeError("Dovecot did not start: " + self.log())

    def stop(self) -> None:
        pid_file = self.folder / "run" / "master.pid"
        if not pid_file.exists():
            return
        pid = int(pid_file.read_text().strip())
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        # the ports are free again once nothing listens on them
        for port in (self.tls_port, self.starttls_port):
            while time.monotonic() < deadline:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                        time.sleep(0.05)
                except OSError:
                    break
        self.process_started = False

    def log(self) -> str:
        path = self.folder / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""


@contextlib.contextmanager
def running_dovecot() -> Iterator[Dovecot]:
    """A started Dovecot in a folder of its own, stopped and removed afterwards.

    Not under pytest's ``tmp_path``: Dovecot's auth worker runs as the ``dovecot`` user and
    must reach the passwd file, and pytest sets its own base folder back to 0700 whenever
    another pytest run starts on the machine.
    """
    folder = Path(tempfile.mkdtemp(prefix="tickler-dovecot-"))
    server = make_dovecot(folder / "dovecot")
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def make_dovecot(folder: Path) -> Dovecot:
    folder.mkdir(parents=True, exist_ok=True)
    for part in [folder, *folder.parents]:
        if str(part) in ("/", "/tmp"):
            continue
        with contextlib.suppress(PermissionError):
            part.chmod(part.stat().st_mode | 0o755)
    cert, key = make_certificate(folder)
    (folder / "run").mkdir()
    (folder / "mail" / "rep").mkdir(parents=True)
    root = os.geteuid() == 0
    if root:
        uid = gid = MAIL_UID
        login_user, internal_user, internal_group = "dovenull", "dovecot", "dovecot"
        for path in [folder / "mail", folder / "mail" / "rep"]:
            os.chown(path, uid, gid)
    else:
        import grp
        import pwd

        uid, gid = os.getuid(), os.getgid()
        login_user = internal_user = pwd.getpwuid(uid).pw_name
        internal_group = grp.getgrgid(gid).gr_name
    (folder / "passwd").write_text(
        f"{USER}:{{PLAIN}}{PASSWORD}:{uid}:{gid}::{folder / 'mail' / 'rep'}::\n")
    starttls_port, tls_port = free_port(), free_port()
    (folder / "dovecot.conf").write_text(f"""
base_dir = {folder}/run
state_dir = {folder}/run/state
log_path = {folder}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain login
disable_plaintext_auth = yes
mail_location = maildir:~/Maildir
first_valid_uid = 0
auth_failure_delay = 0
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {folder}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {folder}/passwd
}}
service imap-login {{
  inet_listener imap {{
    port = {starttls_port}
  }}
  inet_listener imaps {{
    port = {tls_port}
    ssl = yes
  }}
}}
""")
    return Dovecot(folder, starttls_port, tls_port, cert)
