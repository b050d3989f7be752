"""A real notification daemon for the tests: dunst on its own Xvfb display and D-Bus bus.

Each ``DesktopSession`` starts a private ``dbus-daemon`` (so nothing reaches the developer's
own desktop), an Xvfb server and dunst with a small configuration whose context menu
"dmenu" is a script that picks the line the test names, so a test can press a
notification's button the way dunst's menu would. ``dunstctl`` reads what dunst received.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

NEEDED = ("dbus-daemon", "Xvfb", "dunst", "dunstctl")

DUNSTRC = """\
[global]
    font = DejaVu Sans 10
    width = (360, 420)
    offset = 20x20
    origin = top-right
    frame_width = 1
    dmenu = {pick}
    show_indicators = yes
    mouse_left_click = do_action, close_current
[urgency_low]
    timeout = 10
[urgency_normal]
    timeout = 10
[urgency_critical]
    background = "#fff7ed"
    foreground = "#1f2937"
    frame_color = "#dc2626"
    timeout = 0
"""


def missing_tools() -> list[str]:
    return [tool for tool in NEEDED if shutil.which(tool) is None]


class DesktopSession:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.procs: list[subprocess.Popen[bytes]] = []
        self.env = dict(os.environ)
        self.pick_file = folder / "pick.txt"

    # -- start and stop --------------------------------------------------------------------

    def start(self) -> DesktopSession:
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.procs.append(bus)
        assert bus.stdout is not None
        self.address = bus.stdout.readline().decode().strip()
        bus.stdout.close()
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten",
             "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        self.procs.append(xvfb)
        with os.fdopen(read) as pipe:
            self.display = ":" + pipe.readline().strip()
        self.env.update(DBUS_SESSION_BUS_ADDRESS=self.address, DISPLAY=self.display)
        self.env.pop("WAYLAND_DISPLAY", None)
        pick = self.folder / "pick.sh"
        self.menu_file = self.folder / "menu.txt"
        pick.write_text(f"#!/bin/sh\ntee {self.menu_file} | grep -m1 -F -f {self.pick_file}\n")
        pick.chmod(0o755)
        self.pick_file.write_text("Call panel\n")
        config = self.folder / "dunstrc"
        config.write_text(DUNSTRC.format(pick=pick))
        dunst = subprocess.Popen(["dunst", "-config", str(config)], env=self.env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(dunst)
        deadline = time.monotonic() + 10
        while self._run("is-paused", check=False).returncode != 0:
            if time.monotonic() > deadline or dunst.poll() is not None:
                raise RuntimeError("dunst did not come up")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        for proc in reversed(self.procs):
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    # -- talking to dunst ------------------------------------------------------------------

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["dunstctl", *args], env=self.env, capture_output=True,
                              text=True, check=check, timeout=10)

    def displayed(self) -> int:
        return int(self._run("count", "displayed").stdout.strip())

    def history(self) -> list[dict[str, object]]:
        """What dunst received and no longer shows (newest first), as plain values."""
        data = json.loads(self._run("history").stdout)["data"][0]
        return [{key: field["data"] for key, field in entry.items()} for entry in data]

    def close_all(self) -> None:
        self._run("close-all")

    def press(self, label: str) -> None:
        """Open dunst's context menu and choose the action whose line holds ``label``."""
        self.pick_file.write_text(label + "\n")
        self._run("context")

    def menu(self) -> list[str]:
        """The lines dunst's context menu offered the last time it was opened."""
        return self.menu_file.read_text().splitlines() if self.menu_file.exists() else []

    def click_default(self) -> None:
        self._run("action", "0")

    def screenshot(self, path: Path) -> None:
        subprocess.run(["import", "-display", self.display, "-window", "root", str(path)],
                       env=self.env, check=True, timeout=20, capture_output=True)
