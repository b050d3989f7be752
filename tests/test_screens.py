"""Every window fits a 1280×720 desktop, at 100 % and at 200 %; the main window remembers
where the rep left it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from desktop_app.composition import build_window

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[1]


def probe(tmp_path: Path, width: int, height: int, scale: float = 1) -> dict:
    """Open every window in a fresh process on an offscreen screen of this size."""
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{
        "name": "probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=str(scale))
    run = subprocess.run([sys.executable, "-m", "tests.screen_probe",
                          str(tmp_path / f"probe-{width}.sqlite3")],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale"), [
    (1280, 720, 1), (2560, 1440, 2), (1366, 768, 1), (1920, 1080, 1.5)])
def test_every_window_fits_the_screen_and_nothing_overlaps(tmp_path, width, height, scale):
    result = probe(tmp_path, width, height, scale)
    screen = QRect(0, 0, *result["screen"])
    assert result["screen"] == [round(width / scale), round(height / scale)]
    problems = []
    for name, window in result["windows"].items():
        frame = QRect(*window["frame"])
        if not screen.contains(frame):
            problems.append(f"{name}: {window['frame']} is off a {result['screen']} screen")
        if window["minimum"][0] > screen.width() or window["minimum"][1] > screen.height():
            problems.append(f"{name} cannot shrink to the screen: needs {window['minimum']}")
        problems += [f"{name}: {pair} overlap" for pair in window["overlaps"]]
    assert problems == [], "\n".join(problems)
    # Log stall sizes to the screen, no longer a fixed 860×780.
    assert result["windows"]["log stall"]["size"][1] <= screen.height() - 60


def test_the_main_window_comes_back_where_the_rep_left_it(qtbot, ctx):
    first = build_window(ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(60, 50, 700, 500)
    first.close()
    first.rollover.stop()
    again = build_window(ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == (700, 500)
    assert (again.geometry().x(), again.geometry().y()) == (60, 50)
    again.rollover.stop()


def test_a_place_saved_on_a_bigger_screen_is_not_restored_off_this_one(qtbot, ctx):
    from desktop_app.services.window_state import save_window_geometry

    big = build_window(ctx)
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 3000, 2000)
    save_window_geometry(ctx, big.saveGeometry().toBase64().data().decode("ascii"))
    big.rollover.stop()
    big.deleteLater()
    small = build_window(ctx)
    qtbot.addWidget(small)
    area = small.screen().availableGeometry()
    assert small.width() <= area.width() and small.height() <= area.height()
    small.rollover.stop()
