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


def _spec_argv(exec_value: str) -> list[str]:
    """``Exec`` read back as the Desktop Entry spec says a launcher reads it: the string
    escapes first, then double-quoted arguments with \\ before " ` $ \\, then %% as %."""
    text = exec_value.replace("\\\\", "\x00")
    assert "\\" not in text, "a lone backslash is not a valid string escape"
    text = text.replace("\x00", "\\")
    args, current, quoted, i, started = [], "", False, 0, False
    while i < len(text):
        ch = text[i]
        if quoted and ch == "\\":
            assert text[i + 1] in '"`$\\', f"bad escape in {exec_value!r}"
            current += text[i + 1]
            i += 2
            continue
        if ch == '"':
            quoted, started = not quoted, True
        elif ch == " " and not quoted:
            if started:
                args.append(current)
            current, started = "", False
        else:
            assert quoted or ch not in "\t\n'\\><~|&;$*?#()`", f"unquoted {ch!r}"
            current += ch
            started = True
        i += 1
    assert not quoted
    if started:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


@pytest.mark.parametrize("command", [
    ["/home/ann/.local/opt/tickler/tickler"],
    ["/home/Ann Smith/.local/opt/tickler/tickler", "--db",
     "/home/Ann Smith/Sales 100% (2026)/book's \"main\" $file`.sqlite3"],
    ["/usr/bin/python3", "-m", "desktop_app", "--db", "C:\\odd\\path.sqlite3"],
], ids=["plain", "spaces-percent-quotes", "backslashes"])
def test_the_start_at_login_entry_is_valid_for_any_path(tmp_path: Path, command):
    """A home folder or a book with a space, a %, quotes in its name: the login entry still
    passes the validator and starts exactly that program on exactly that book."""
    from desktop_app.platform.autostart import desktop_entry

    entry = tmp_path / "tickler.desktop"
    entry.write_text(desktop_entry(command), encoding="utf-8")
    line = next(x for x in entry.read_text().splitlines() if x.startswith("Exec="))
    assert _spec_argv(line[len("Exec="):]) == command
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-utils is not installed (.ci/run installs it)")
    done = subprocess.run([tool, str(entry)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
