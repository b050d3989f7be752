"""Start at login. Linux: an XDG autostart entry. Other systems: see the README."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ENTRY_NAME = "tickler.desktop"


def supported(platform: str = sys.platform) -> bool:
    return platform.startswith("linux") or platform.startswith("freebsd")


def autostart_file(env: Mapping[str, str] = os.environ) -> Path:
    config = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME", "~")) / ".config")
    return Path(config).expanduser() / "autostart" / ENTRY_NAME


def launch_command(db_path: Path | None = None) -> list[str]:
    """How to start this Tickler again: the frozen binary, or this Python with -m."""
    command = [sys.executable] if getattr(sys, "frozen", False) else [
        sys.executable, "-m", "desktop_app"]
    if db_path is not None:
        command += ["--db", str(db_path)]
    return command


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(arg: str) -> str:
    """One argument as the Desktop Entry spec quotes it for ``Exec`` (not as a shell
    would: a single-quoted path is an error there, and a ``%`` a field code)."""
    text = arg.replace("%", "%%")
    if not arg or any(ch in _RESERVED for ch in arg):
        text = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in text) + '"'
    return text.replace("\\", "\\\\")  # the string escape, read before the quoting


def desktop_entry(command: Sequence[str]) -> str:
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Tickler",
        "Comment=Follow-up touches and call pop-ups at the agreed minute",
        f"Exec={' '.join(exec_argument(a) for a in command)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def is_enabled(env: Mapping[str, str] = os.environ) -> bool:
    return autostart_file(env).exists()


def set_enabled(enabled: bool, command: Sequence[str],
                env: Mapping[str, str] = os.environ) -> Path:
    """Write or remove the autostart entry; returns its path."""
    path = autostart_file(env)
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(desktop_entry(command), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
    return path
