"""Composition root: parse the command line, open the store, build services, show the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not on the usual start: see plain_gui_args

    class _VersionAction(argparse.Action):
        """--version, looked up only when asked for (not on every start)."""

        def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                     default: str = argparse.SUPPRESS, help: str | None = None) -> None:
            super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

        def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                     values: object, option_string: str | None = None) -> None:
            from . import __version__

            print(f"Tickler {__version__}")
            parser.exit()

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the database file (default: TICKLER_DB, else the user data folder)")
    parser = argparse.ArgumentParser(
        prog="tickler", parents=[common],
        description="Turns every stall into a dated plan of follow-up touches.")
    parser.add_argument("--version", action=_VersionAction,
                        help="show the version and exit")
    parser.add_argument("--sample", action="store_true",
                        help="on first start, write the sample book without asking")
    parser.add_argument("--empty", action="store_true",
                        help="on first start, begin with an empty book without asking")
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    # The soak (desktop_app/soak.py): thousands of queue keys and a simulated day, for CI.
    parser.add_argument("--soak", metavar="REPORT", help=argparse.SUPPRESS)
    parser.add_argument("--soak-keys", type=int, default=3000, help=argparse.SUPPRESS)
    parser.add_argument("--soak-minutes", type=int, default=1800, help=argparse.SUPPRESS)
    # For the packaged app's tests: a TLS handshake as the email sender makes it, and a
    # link opened as the profile opens it (its child process's environment is checked).
    parser.add_argument("--check-tls", metavar="HOST:PORT", help=argparse.SUPPRESS)
    parser.add_argument("--open-url", metavar="URL", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("demo", parents=[common], help="write the sample book to a new file")
    queue = commands.add_parser("queue", parents=[common],
                                help="print a day's queue without opening a window")
    queue.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today)")
    queue.add_argument("--json", action="store_true", help="print JSON, one object per touch")
    queue.add_argument("--days", metavar="N", type=int,
                       help="also the N days after it, by day with each day's load")
    return parser


def check_tls(address: str) -> int:
    """Connect and verify a server's certificate with the app's own TLS settings."""
    import os
    import socket

    from .platform.smtp import tls_context

    host, _, port = address.rpartition(":")
    print(f"CA file: {os.environ.get('SSL_CERT_FILE', '(OpenSSL default)')}", flush=True)
    try:
        with socket.create_connection((host, int(port)), timeout=10) as raw, \
                tls_context().wrap_socket(raw, server_hostname=host) as tls:
            print(f"verified: {tls.version()}", flush=True)
    except OSError as exc:
        print(f"failed: {exc}", flush=True)
        return 1
    return 0


def open_url_and_wait(url: str) -> int:
    """Open ``url`` the way the profile's links do, then give the child a moment."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from .platform.environ import open_url

    app = QApplication.instance() or QApplication(sys.argv[:1])
    opened = open_url(url)
    QTimer.singleShot(1500, app.quit)
    app.exec()
    return 0 if opened else 1


_GUI_FLAGS = ("--sample", "--empty", "--quit-after-paint")
_GUI_OPTIONS = ("--db", "--screenshot")


def plain_gui_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The usual start (no command, only the window's own options), read without building
    the parser: argparse's parser and help formatter cost about 10 ms before the window can
    paint. Anything else (a command, --help, a typo, a missing value) goes to argparse."""
    values: dict[str, object] = {
        "db": None, "sample": False, "empty": False, "screenshot": None,
        "quit_after_paint": False, "command": None, "soak": None, "soak_keys": 3000,
        "soak_minutes": 1800, "check_tls": None, "open_url": None}
    args = iter(argv)
    for arg in args:
        name, eq, value = arg.partition("=")
        if arg in _GUI_FLAGS:
            values[arg[2:].replace("-", "_")] = True
        elif name in _GUI_OPTIONS:
            if not eq:
                value = next(args, "")
            if not value or value.startswith("-"):
                return None
            values[name[2:]] = value
        else:
            return None
    return SimpleNamespace(**values)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args: argparse.Namespace | SimpleNamespace | None = plain_gui_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    from .platform.certs import use_system_ca_bundle

    use_system_ca_bundle()  # the packaged app on Linux only; a few stat() calls
    if args.check_tls:
        return check_tls(args.check_tls)
    if args.open_url:
        return open_url_and_wait(args.open_url)
    if args.command in ("demo", "queue"):
        from . import cli

        try:
            return int(getattr(cli, args.command)(args))
        except BrokenPipeError:  # e.g. `tickler queue | head`: the reader left early
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if args.soak:
        from pathlib import Path

        from .soak import run_soak

        return run_soak(Path(args.soak), args.db, args.soak_keys, args.soak_minutes)
    from .platform import collector
    from .views.common.qt_import import load_qt

    collector.pause()  # until the queue has painted (run_gui resumes it)
    load_qt()  # without PySide6's import hook: ~15 ms less before the queue paints
    from .composition import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
