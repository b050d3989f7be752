"""The Linux package a rep downloads: built from a clean copy of this checkout with
``packaging/build.py``, unpacked, and run the way a rep (or the desktop menu) runs it.

Slow (about a minute): skip it with ``-m "not packaging"``. The archive's size and the
build time are printed in the terminal summary.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import time
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.platform.paths import APP_ID, resolve_db_path

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Package:
    archive: Path
    folder: Path  # the unpacked tickler-VERSION/
    version: str

    @property
    def binary(self) -> Path:
        return self.folder / "tickler"


def clean_checkout(dest: Path) -> Path:
    """The files git would check out (tracked plus new, unignored ones), nothing else:
    no virtualenv, caches or earlier build output."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT, capture_output=True, check=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):  # an unpacked source archive
        shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(
            ".git", ".venv", "__pycache__", "*.pyc", ".*_cache", "build", "dist", "*.sqlite3*"))
        return dest
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    return dest


def app_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TICKLER_DB", "PYTHONPATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run_app(package: Package, *args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(package.binary), *args], cwd=cwd, env=app_env(**env),
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, summary_lines: list[str]) -> Package:
    pytest.importorskip("PyInstaller", reason="the build extra is not installed")
    base = tmp_path_factory.mktemp("packaging")
    source = clean_checkout(base / "checkout")
    started = time.monotonic()
    # This Python's packages (they must match packaging/constraints.txt: build.py checks)
    # rather than a fresh build venv, which would download 400 MB on every run.
    build = subprocess.run(
        [sys.executable, str(source / "packaging" / "build.py"),
         "--dist", str(base / "dist"), "--work", str(base / "work"),
         "--python", sys.executable],
        cwd=source, env=app_env(), capture_output=True, text=True, timeout=900)
    seconds = time.monotonic() - started
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    archives = list((base / "dist").glob("tickler-*-linux-*.tar.gz"))
    assert len(archives) == 1, archives
    archive = archives[0]
    with tarfile.open(archive) as tar:
        tar.extractall(base / "unpacked", filter="tar")
    with (ROOT / "pyproject.toml").open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    folder = base / "unpacked" / f"tickler-{version}"
    app_folder_mb = sum(p.stat().st_size for p in folder.rglob("*")
                        if p.is_file() and not p.is_symlink()) / 1e6
    summary_lines.append(
        f"Linux package {archive.name}: {archive.stat().st_size / 1e6:.1f} MB archive, "
        f"{app_folder_mb:.0f} MB unpacked, built in {seconds:.0f} s")
    print(summary_lines[-1])
    return Package(archive, folder, version)


def test_the_archive_holds_the_app_its_menu_entry_and_icons(package: Package):
    assert os.access(package.binary, os.X_OK)
    assert os.access(package.folder / "install.sh", os.X_OK)
    broken = [p for p in package.folder.rglob("*") if p.is_symlink() and not p.exists()]
    assert not broken, f"links to files left out of the build: {broken}"
    share = package.folder / "share"
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(share / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "Tickler"
    assert desktop["Icon"] == APP_ID and desktop["Exec"] == "tickler"
    assert "Office" in desktop["Categories"].split(";")
    for size in ICON_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()
    meta = ET.parse(share / "metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == f"{APP_ID}.desktop"
    assert meta.find("releases/release").get("version") == package.version


def test_the_built_app_prints_its_version(package: Package, tmp_path: Path):
    done = run_app(package, "--version", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Tickler {package.version}"


def test_the_built_app_finds_its_sample_book_without_the_source_tree(
        package: Package, tmp_path: Path):
    db = tmp_path / "demo.sqlite3"
    done = run_app(package, "demo", "--db", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Wrote the sample book" in done.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM prospects").fetchone()[0] > 0
    queue = run_app(package, "queue", "--db", str(db), "--json", cwd=tmp_path)
    assert queue.returncode == 0, queue.stderr
    assert queue.stdout.lstrip().startswith("[")


def test_the_built_app_keeps_data_where_a_source_install_does(package: Package, tmp_path: Path):
    """No --db: both find the book in the platform's user data folder."""
    done = run_app(package, "demo", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    expected = resolve_db_path(None)  # XDG_DATA_HOME is this test's own (conftest)
    assert expected.exists() and str(expected) in done.stdout


def test_the_built_app_opens_its_window_headless_and_exits_cleanly(
        package: Package, tmp_path: Path):
    db = tmp_path / "gui.sqlite3"
    for first_start in (True, False):
        done = run_app(package, "--db", str(db), "--sample", "--quit-after-paint", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr and "Could not load" not in done.stderr
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM prospects").fetchone()[0] > 0, first_start


def test_install_sh_adds_the_menu_entry_and_uninstall_keeps_the_data(
        package: Package, tmp_path: Path):
    home = tmp_path / "home"
    data_home = home / ".local" / "share"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(data_home),
           "XDG_CONFIG_HOME": str(home / ".config")}
    done = subprocess.run([str(package.folder / "install.sh")], env=app_env(**env),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"{home}/.local/bin is not on your PATH" in done.stdout, done.stdout
    installed = home / ".local" / "opt" / "tickler" / "tickler"
    entry = (data_home / "applications" / f"{APP_ID}.desktop").read_text()
    assert f'Exec="{installed}"' in entry.splitlines()
    for size in ICON_SIZES:
        assert (data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps"
                / f"{APP_ID}.png").exists()
    command = home / ".local" / "bin" / "tickler"
    started = subprocess.run([str(command), "demo"], env=app_env(**env),
                             capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    book = data_home / "Tickler" / "tickler.sqlite3"
    assert book.exists()

    # Tools > Start Tickler at login, as the installed app writes it
    from desktop_app.platform.autostart import desktop_entry

    autostart = home / ".config" / "autostart" / "tickler.desktop"
    autostart.parent.mkdir(parents=True)
    autostart.write_text(desktop_entry([str(installed), "--db", str(book)]))

    done = subprocess.run([str(installed.parent / "install.sh"), "--uninstall"],
                          env=app_env(**env), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not installed.exists() and not command.exists()
    assert not (data_home / "applications" / f"{APP_ID}.desktop").exists()
    assert book.exists(), "uninstalling must leave the rep's book alone"
    assert not autostart.exists(), "a login entry for the removed program was left behind"


def test_the_built_app_survives_the_soak_on_the_pinned_qt(package: Package, tmp_path: Path,
                                                          summary_lines: list[str]):
    """The packaged app runs the same compressed working day as tests/test_soak.py (keys go
    to the window's shortcuts: the package leaves QtTest out), on the Qt it bundles."""
    import json

    from tests.test_constraints import _build_module

    report = tmp_path / "soak.json"
    done = subprocess.run(
        [str(package.binary), "--soak", str(report), "--db", str(tmp_path / "soak.sqlite3"),
         "--soak-keys", "800", "--soak-minutes", "1500"],
        cwd=tmp_path, env=app_env(), capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), f"the packaged app died: {done.stderr[-3000:]}"
    result = json.loads(report.read_text())
    assert result["ok"], "\n".join(result["problems"])
    assert result["frozen"] and result["keys_via"] == "shortcut actions"
    assert result["actions"].get("Reschedule…", 0) > 10, result["actions"]
    pinned = _build_module().read_constraints()["pyside6-essentials"]
    assert result["pyside6"] == pinned, "the package must bundle the pinned Qt bindings"
    summary_lines.append(
        f"packaged soak: {result['keys']} keys, {result['minute_ticks']} minutes in "
        f"{result['seconds']} s on PySide6 {result['pyside6']}")


def test_build_refuses_an_environment_that_differs_from_the_pins(tmp_path: Path):
    """A build from packages other than the pinned ones is refused before anything is made."""
    pins = tmp_path / "constraints.txt"
    pins.write_text("PySide6-Essentials==6.12.0\n")
    from tests.test_constraints import _build_module

    build = _build_module()
    build.CONSTRAINTS = pins
    with pytest.raises(SystemExit, match=r"pyside6-essentials 6\.11\.\d+ \(pinned 6\.12\.0\)"):
        build.check_pins(Path(sys.executable))


# --- the systems it runs on ------------------------------------------------------------------

GLIBC_FLOOR = (2, 35)  # Ubuntu 22.04, Linux Mint 21 (the oldest the README names)
GLIBCXX_FLOOR = (3, 4, 30)  # their libstdc++ (GCC 12)
HOST_LIBS = ("libstdc++.so", "libgcc_s.so", "libexpat.so", "libz.so", "libfontconfig.so",
             "libfreetype.so", "libX11.so", "libxcb.so", "libdbus-1.so", "libglib-2.0.so",
             "libcups.so")


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def _needed_versions(path: Path) -> dict[str, tuple[int, ...]]:
    """The newest GLIBC_ and GLIBCXX_ symbol versions an ELF file asks for (objdump -p)."""
    import re

    dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                          check=True).stdout
    newest: dict[str, tuple[int, ...]] = {}
    for family, version in re.findall(r"\b(GLIBC|GLIBCXX)_(\d+(?:\.\d+)+)\b", dump):
        numbers = tuple(int(n) for n in version.split("."))
        newest[family] = max(newest.get(family, ()), numbers)
    return newest


def test_every_bundled_library_runs_on_glibc_2_35(package: Package):
    if shutil.which("objdump") is None:
        pytest.skip("objdump (binutils) is not installed")
    files = _elf_files(package.folder)
    assert len(files) > 50
    too_new = {}
    for path in files:
        needed = _needed_versions(path)
        if needed.get("GLIBC", ()) > GLIBC_FLOOR or needed.get("GLIBCXX", ()) > GLIBCXX_FLOOR:
            too_new[str(path.relative_to(package.folder))] = needed
    assert not too_new, f"these need a newer glibc/libstdc++ than Ubuntu 22.04's: {too_new}"
    top = [p.name for p in (package.folder / "_internal").iterdir()]
    shipped = [name for name in top if name.startswith(HOST_LIBS)]
    assert not shipped, f"host libraries the target system provides were bundled: {shipped}"


def test_unused_qt_translations_and_opengl_bindings_are_left_out(package: Package):
    internal = package.folder / "_internal"
    qt_words = sorted(p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir())
    assert qt_words == ["qtbase_de.qm"]  # Qt's own words only for the languages offered
    assert (internal / "resources" / "i18n" / "tickler_de.qm").is_file()
    assert not list(internal.glob("PySide6/QtOpenGL*.so"))
    assert (internal / "PySide6" / "QtCharts.abi3.so").exists()  # the report still has it


def test_a_link_opens_with_the_sessions_environment_not_the_bundles(
        package: Package, tmp_path: Path):
    """xdg-open (and the browser it starts) gets the rep's LD_LIBRARY_PATH and
    QT_PLUGIN_PATH back, and nothing of the bundle's."""
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed (Qt's offscreen platform opens no links)")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    seen = tmp_path / "child-env.txt"
    fake = bin_dir / "xdg-open"
    fake.write_text(f'#!/bin/sh\nenv > "{seen}"\necho "ARGS $*" >> "{seen}"\n')
    fake.chmod(0o755)
    env = app_env(PATH=f"{bin_dir}:{os.environ['PATH']}", LD_LIBRARY_PATH="/opt/rep/lib",
                  QT_PLUGIN_PATH="/opt/rep/plugins")
    for key in ("QT_QPA_PLATFORM", "XDG_CURRENT_DESKTOP", "QML2_IMPORT_PATH",
                "SSL_CERT_FILE", "SSL_CERT_DIR"):
        env.pop(key, None)
    url = "https://www.linkedin.com/in/maria-okafor"
    done = subprocess.run(["xvfb-run", "-a", str(package.binary), "--open-url", url],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = seen.read_text().splitlines()
    child = dict(line.split("=", 1) for line in lines if "=" in line and
                 not line.startswith("ARGS "))
    assert f"ARGS {url}" in lines
    assert child["LD_LIBRARY_PATH"] == "/opt/rep/lib"
    assert child["QT_PLUGIN_PATH"] == "/opt/rep/plugins"
    leaked = {k: v for k, v in child.items() if "_internal" in v or k.endswith("_ORIG")
              or k in ("QML2_IMPORT_PATH", "SSL_CERT_FILE", "TICKLER_SET_SSL_CERT_FILE")}
    assert not leaked, f"the bundle's environment reached the child: {leaked}"


def _can_hide_folders() -> bool:
    if shutil.which("unshare") is None:
        return False
    done = subprocess.run(["unshare", "-m", "--propagation", "private", "sh", "-c",
                           "mount -t tmpfs none /etc/ssl"], capture_output=True)
    return done.returncode == 0


def _tls_server(tmp_path: Path):
    """A TLS server on 127.0.0.1 with a self-signed certificate (its own CA)."""
    import socket
    import ssl
    import threading

    from tests.mailserver import make_certificate

    cert, key = make_certificate(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            try:
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)
            except (OSError, ssl.SSLError):
                pass

    threading.Thread(target=serve, daemon=True).start()
    return listener, port, cert


@pytest.mark.parametrize("layout", ["opensuse", "none"])
def test_the_tls_check_finds_certificates_with_debians_folders_hidden(
        package: Package, tmp_path: Path, layout: str):
    """In a mount namespace /etc/ssl and /usr/lib/ssl are empty: Debian's paths are gone.
    With openSUSE's bundle there, the app verifies a server signed by it; with no bundle at
    all it falls back to certifi's (which does not know the test's private CA)."""
    if not _can_hide_folders():
        pytest.skip("cannot make a private mount namespace here (needs root or userns)")
    listener, port, cert = _tls_server(tmp_path)
    setup = "mount -t tmpfs none /etc/ssl && " \
            "{ [ ! -d /usr/lib/ssl ] || mount -t tmpfs none /usr/lib/ssl; } && "
    if layout == "opensuse":
        setup += f'cp "{cert}" /etc/ssl/ca-bundle.pem && '
    env = app_env()
    env.pop("SSL_CERT_FILE", None)
    env.pop("SSL_CERT_DIR", None)
    try:
        done = subprocess.run(
            ["unshare", "-m", "--propagation", "private", "sh", "-c",
             setup + f'exec "{package.binary}" --check-tls 127.0.0.1:{port}'],
            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    finally:
        listener.close()
    if layout == "opensuse":
        assert "CA file: /etc/ssl/ca-bundle.pem" in done.stdout, done.stdout + done.stderr
        assert done.returncode == 0 and "verified" in done.stdout, done.stdout + done.stderr
    else:
        assert "certifi" in done.stdout and "cacert.pem" in done.stdout, done.stdout
        assert done.returncode == 1 and "CERTIFICATE_VERIFY_FAILED" in done.stdout, \
            done.stdout + done.stderr
