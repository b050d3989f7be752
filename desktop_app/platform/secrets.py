"""The SMTP password, kept only in the OS keyring.

A small wrapper around the ``keyring`` package that can say which backend it uses and
whether that backend really protects a secret. With no usable backend the password is
held in memory for this run only: never written to the database or a settings file.
Nothing here logs a password or puts one in an exception message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from ..domain.i18n import tr

log = logging.getLogger(__name__)

SERVICE = "Tickler SMTP"

# Backends that do not keep a secret safely: the "fail" and "null" keyrings store nothing,
# keyrings.alt's file keyrings write it in plain text (or with a key kept next to it).
_NOT_REAL = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True, slots=True)
class BackendInfo:
    name: str  # e.g. "SecretService Keyring"
    module: str
    real: bool
    warning: str  # for the rep; empty when the backend is a real one


class SecretStoreError(RuntimeError):
    """The keyring refused; the message is for the rep and never contains the secret."""


def describe_backend(backend: Any) -> BackendInfo:
    module = type(backend).__module__
    name = getattr(backend, "name", type(backend).__name__)
    chained = getattr(backend, "backends", None)
    if module.startswith("keyring.backends.chainer") and chained is not None:
        real_parts = [b for b in chained if describe_backend(b).real]
        if real_parts:
            return BackendInfo(f"{name} ({', '.join(b.name for b in real_parts)})", module,
                               True, "")
        chained = []
    if module.startswith(_NOT_REAL) or chained == []:
        if module.startswith("keyrings.alt"):
            warning = tr("The keyring in use ({name}) keeps passwords in a plain file. "
                         "Tickler will keep your SMTP password in memory for this session "
                         "only.").format(name=name)
        else:
            warning = tr("No system keyring is available, so Tickler cannot store your SMTP "
                         "password. It is kept in memory until you close Tickler and you "
                         "will be asked for it again next time.")
        return BackendInfo(str(name), module, False, warning)
    return BackendInfo(str(name), module, True, "")


class SecretStore:
    """Get, set and delete the SMTP password for one account (``user@host``).

    ``backend`` is a keyring backend instance (default: whatever ``keyring`` picks, looked
    up on first use so importing this module never talks to D-Bus).
    """

    def __init__(self, backend: Any | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service
        self._memory: dict[str, str] = {}

    @property
    def backend(self) -> Any:
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def info(self) -> BackendInfo:
        return describe_backend(self.backend)

    @property
    def persistent(self) -> bool:
        return self.info().real

    def set_password(self, account: str, password: str) -> bool:
        """Store the password; True when it went to a real keyring, False when in memory."""
        if not self.persistent:
            self._memory[account] = password
            return False
        try:
            self.backend.set_password(self._service, account, password)
        except Exception as exc:
            log.warning("The keyring refused to store the SMTP password (%s)",
                        type(exc).__name__)
            self._memory[account] = password
            raise SecretStoreError(tr(
                "The system keyring refused to store the password ({what}). It is kept in "
                "memory for this session only.").format(what=type(exc).__name__)) from None
        self._memory.pop(account, None)
        return True

    def get_password(self, account: str) -> str | None:
        if account in self._memory:
            return self._memory[account]
        if not self.persistent:
            return None
        try:
            value = self.backend.get_password(self._service, account)
        except Exception as exc:
            log.warning("The keyring could not be read (%s)", type(exc).__name__)
            return None
        return None if value is None else str(value)

    def delete_password(self, account: str) -> None:
        self._memory.pop(account, None)
        if not self.persistent:
            return
        try:
            self.backend.delete_password(self._service, account)
        except Exception as exc:  # PasswordDeleteError when there was none
            log.info("No stored password removed (%s)", type(exc).__name__)
