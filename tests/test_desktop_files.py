"""The Linux menu entry and AppStream data pass the validators Debian 12 and Ubuntu 22.04
ship (desktop-file-validate 0.26, appstreamcli 0.15/0.16), as software centres read them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.platform.paths import APP_ID
from tests.test_constraints import _build_module

ROOT = Path(__file__).resolve().parent.parent


def _filled(tmp_path: Path, template: str, suffix: str) -> Path:
    build = _build_module()
    path = tmp_path / f"{APP_ID}{suffix}"
    path.write_text(build.fill_template(ROOT / "packaging" / "linux" / template, "0.1.0"),
                    encoding="utf-8")
    return path


def test_the_desktop_entry_passes_desktop_file_validate(tmp_path: Path):
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-utils is not installed (.ci/run installs it)")
    entry = _filled(tmp_path, "tickler.desktop.in", ".desktop")
    done = subprocess.run([tool, str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_appstream_data_passes_appstreamcli_with_homepage_screenshots_and_notes(
        tmp_path: Path):
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstream is not installed (.ci/run installs it)")
    meta = _filled(tmp_path, "tickler.metainfo.xml.in", ".metainfo.xml")
    done = subprocess.run([tool, "validate", "--no-net", str(meta)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if line[:2] in ("W:", "E:")]
    assert not problems, done.stdout
    import xml.etree.ElementTree as ET

    root = ET.parse(meta).getroot()
    assert root.find("url[@type='homepage']") is not None
    assert root.findall("screenshots/screenshot/image")
    assert root.find("releases/release/description/p") is not None
