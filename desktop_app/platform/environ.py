"""The environment the rep's session gave Tickler, for the programs Tickler starts.

The packaged app changes its own environment to find what it bundles: PyInstaller's
bootloader sets ``LD_LIBRARY_PATH`` and its Qt hook sets ``QT_PLUGIN_PATH`` and
``QML2_IMPORT_PATH`` to folders inside the bundle (and Tickler may set ``SSL_CERT_FILE``,
see ``certs``). A browser or file manager started with those loads Tickler's Qt and
libraries instead of its own and can crash. The originals are kept in ``VAR_ORIG`` (by the
bootloader, and by packaging/rthook_environ.py for the others) and given back to every
child process; a variable that was not set before is removed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager

BUNDLE_VARIABLES = ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH", "QML2_IMPORT_PATH",
                    "DYLD_LIBRARY_PATH", "SSL_CERT_FILE")


def bundle_dir() -> str | None:
    """The packaged app's own folder (``sys._MEIPASS``), None when run from Python."""
    return getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None


def original_environment(env: Mapping[str, str] | None = None,
                         bundle: str | None = None) -> dict[str, str]:
    """``env`` (default: this process's) as it was before the bundle changed it."""
    env = os.environ if env is None else env
    bundle = bundle_dir() if bundle is None else bundle
    out = dict(env)
    if not bundle:
        return out
    for var in BUNDLE_VARIABLES:
        original = out.pop(f"{var}_ORIG", None)
        if original is not None:
            out[var] = original
        elif var in out and (bundle in out[var] or (var == "SSL_CERT_FILE"
                             and out.get("TICKLER_SET_SSL_CERT_FILE") == "1")):
            del out[var]  # set by the bundle alone
    out.pop("TICKLER_SET_SSL_CERT_FILE", None)
    return out


@contextmanager
def original_environ(environ: MutableMapping[str, str] | None = None) -> Iterator[None]:
    """This process's environment as the session gave it, for the length of a call that
    starts a program (Qt's xdg-open, ``subprocess``): the child copies it as it starts."""
    environ = os.environ if environ is None else environ
    if not bundle_dir():
        yield
        return
    saved = dict(environ)
    wanted = original_environment(saved)
    try:
        for key in [k for k in saved if k not in wanted]:
            del environ[key]
        environ.update(wanted)
        yield
    finally:
        for key in [k for k in environ if k not in saved]:
            del environ[key]
        environ.update(saved)


def open_url(url: str) -> bool:
    """Open a web link or a folder with the desktop's program, in the session's environment."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    qurl = QUrl.fromLocalFile(url) if os.path.isabs(url) else QUrl(url)
    with original_environ():
        return bool(QDesktopServices.openUrl(qurl))
