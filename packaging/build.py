"""Build Tickler as an app a rep can install without Python.

    python3 packaging/build.py [--dist DIR] [--work DIR] [--python PY] [--no-archive]

Steps: make the build environment (a venv in WORK/venv with exactly the versions in
packaging/constraints.txt; ``--python`` names an existing one instead, which must hold the
same versions), render the icon from resources/icons/tickler.svg to every size the platforms want,
write the version metadata the frozen app reads, run PyInstaller on packaging/tickler.spec
(one folder), then package it for this platform:

- Linux: ``tickler-VERSION-linux-ARCH.tar.gz`` holding the app folder, ``install.sh``, the
  .desktop entry, AppStream metadata and the hicolor icons.
- macOS: ``Tickler.app`` (made by the spec) and a ``.dmg`` via packaging/macos/make_dmg.sh.
- Windows: the Inno Setup installer via packaging/windows/tickler.iss when ``iscc`` is found.

The version comes from pyproject.toml. Icons are drawn with Qt's QSvgRenderer, so nothing
beyond PySide6 and PyInstaller is needed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICON_SVG = ROOT / "resources" / "icons" / "tickler.svg"
CONSTRAINTS = PACKAGING / "constraints.txt"
APP_ID = "io.github.tickler.Tickler"
APP_NAME = "Tickler"
EXE_NAME = "tickler"

# Freedesktop hicolor sizes; Windows .ico; macOS .icns (type code -> pixel size).
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def read_version(root: Path = ROOT) -> str:
    with (root / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


# --- the build environment ------------------------------------------------------------------

def normal_name(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_constraints(path: Path | None = None) -> dict[str, str]:
    """Pinned distribution (normalised name) -> exact version."""
    path = path or CONSTRAINTS
    pins: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, sep, version = line.partition("==")
        if not sep or not version.strip():
            raise SystemExit(f"build: {path.name}: not an exact pin: {line!r}")
        pins[normal_name(name.strip())] = version.strip()
    return pins


def requirements(root: Path = ROOT) -> list[str]:
    """What the app and the build need: pyproject's dependencies and its ``build`` extra."""
    with (root / "pyproject.toml").open("rb") as f:
        project = tomllib.load(f)["project"]
    return [*project["dependencies"], *project["optional-dependencies"]["build"]]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def make_build_env(work: Path) -> Path:
    """WORK/venv with the pinned versions (made once, brought back to the pins each build)."""
    venv = work / "venv"
    python = venv_python(venv)
    if not python.exists():
        log(f"making the build environment {venv}")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    command = [str(python), "-m", "pip", "install", "--disable-pip-version-check",
               "--quiet", "--constraint", str(CONSTRAINTS), *requirements()]
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"build: pip could not install the pinned packages (exit "
                         f"{done.returncode}); nothing was built")
    return python


def check_pins(python: Path) -> dict[str, str]:
    """Refuse to build from an environment whose packages differ from the constraints."""
    script = ("import importlib.metadata as m, json; print(json.dumps("
              "{d.metadata['Name']: d.version for d in m.distributions()}))")
    done = subprocess.run([str(python), "-c", script], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"build: cannot run {python}: {done.stderr.strip()}")
    installed = {normal_name(k): v for k, v in json.loads(done.stdout).items()}
    pins = read_constraints()
    wrong = [f"{name} {installed[name]} (pinned {version})" for name, version in pins.items()
             if name in installed and installed[name] != version]
    needed = {normal_name(re.split(r"[ <>=!~;\[]", r, maxsplit=1)[0]) for r in requirements()}
    missing = sorted(n for n in needed if n not in installed
                     and not (n == "tzdata" and sys.platform != "win32"))
    if wrong or missing:
        raise SystemExit(
            "build: the packages in " + str(python) + " are not the pinned ones in "
            "packaging/constraints.txt:\n  " + "\n  ".join(wrong + [f"{n} missing"
                                                               for n in missing])
            + "\nBuild without --python (a fresh build environment), or install with "
            "`pip install -c packaging/constraints.txt ...`.")
    return {name: installed[name] for name in pins if name in installed}


# --- icons --------------------------------------------------------------------------------

def render_pngs(svg: Path, sizes: set[int]) -> dict[int, bytes]:
    """Render the SVG to square PNGs, one per size, with Qt (offscreen, no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build: cannot read the icon {svg}")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    del app
    return pngs


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns whose entries are PNGs (what ``iconutil`` writes for an .iconset)."""
    body = b"".join(
        code + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for code, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path) -> Path:
    """Write hicolor PNGs, tickler.ico, tickler.icns and the SVG under ``out``."""
    if out.exists():
        shutil.rmtree(out)
    sizes = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES} | {1024}
    pngs = render_pngs(ICON_SVG, sizes)
    for size in PNG_SIZES:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        (folder / f"{APP_ID}.png").write_bytes(pngs[size])
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICON_SVG, scalable / f"{APP_ID}.svg")
    (out / "tickler.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (out / "tickler.icns").write_bytes(icns_bytes(pngs))
    iconset = out / "tickler.iconset"  # for Apple's `iconutil -c icns`, if preferred
    iconset.mkdir()
    for size in (16, 32, 128, 256, 512):
        (iconset / f"icon_{size}x{size}.png").write_bytes(pngs[size])
        (iconset / f"icon_{size}x{size}@2x.png").write_bytes(pngs[size * 2])
    return out


# --- version metadata -----------------------------------------------------------------------

def write_metadata(out: Path, version: str) -> Path:
    """A minimal ``tickler-VERSION.dist-info`` so ``importlib.metadata.version("tickler")``
    (what ``tickler --version`` prints) works in the frozen app without an installed wheel."""
    if out.exists():
        shutil.rmtree(out)
    dist_info = out / f"tickler-{version}.dist-info"
    dist_info.mkdir(parents=True)
    with (ROOT / "pyproject.toml").open("rb") as f:
        summary = tomllib.load(f)["project"].get("description", "")
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: tickler\nVersion: {version}\nSummary: {summary}\n",
        encoding="utf-8")
    (dist_info / "INSTALLER").write_text("packaging/build.py\n", encoding="utf-8")
    return dist_info


# --- PyInstaller ----------------------------------------------------------------------------

def run_pyinstaller(python: Path, work: Path, dist: Path) -> Path:
    env = dict(os.environ, TICKLER_BUILD_DIR=str(work))
    env.pop("QT_QPA_PLATFORM", None)
    command = [str(python), "-m", "PyInstaller", str(PACKAGING / "tickler.spec"),
               "--noconfirm", "--clean", "--log-level", "WARN",
               "--workpath", str(work / "pyinstaller"), "--distpath", str(dist)]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    app = dist / EXE_NAME
    if not (app / (EXE_NAME + (".exe" if sys.platform == "win32" else ""))).exists():
        raise SystemExit(f"build: PyInstaller did not produce {app}")
    return app


# --- Linux archive --------------------------------------------------------------------------

def fill_template(path: Path, version: str) -> str:
    text = path.read_text(encoding="utf-8")
    today = datetime.now(UTC).date().isoformat()
    for key, value in {"@APP_ID@": APP_ID, "@VERSION@": version, "@DATE@": today,
                       "@EXE@": EXE_NAME, "@APP_NAME@": APP_NAME}.items():
        text = text.replace(key, value)
    return text


def linux_share(work: Path, icons: Path, version: str) -> Path:
    """The ``share/`` tree that install.sh copies under ~/.local/share."""
    share = work / "share"
    if share.exists():
        shutil.rmtree(share)
    linux = PACKAGING / "linux"
    (share / "applications").mkdir(parents=True)
    (share / "applications" / f"{APP_ID}.desktop").write_text(
        fill_template(linux / "tickler.desktop.in", version), encoding="utf-8")
    (share / "metainfo").mkdir()
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        fill_template(linux / "tickler.metainfo.xml.in", version), encoding="utf-8")
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    return share


def _tar_filter(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def linux_archive(app: Path, share: Path, dist: Path, version: str) -> Path:
    arch = platform.machine() or "unknown"
    top = f"{EXE_NAME}-{version}"
    archive = dist / f"{top}-linux-{arch}.tar.gz"
    install_sh = fill_template(PACKAGING / "linux" / "install.sh", version)
    staged_install = share.parent / "install.sh"
    staged_install.write_text(install_sh, encoding="utf-8")
    staged_install.chmod(0o755)
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(app, arcname=top, filter=_tar_filter)
        tar.add(share, arcname=f"{top}/share", filter=_tar_filter)
        tar.add(staged_install, arcname=f"{top}/install.sh", filter=_tar_filter)
    return archive


# --- other platforms ------------------------------------------------------------------------

def macos_dmg(dist: Path, version: str) -> Path:
    dmg = dist / f"Tickler-{version}-macos-{platform.machine()}.dmg"
    subprocess.run(["sh", str(PACKAGING / "macos" / "make_dmg.sh"), str(dist / "Tickler.app"),
                    str(dmg)], check=True)
    return dmg


def windows_installer(dist: Path, icons: Path, version: str) -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if not iscc:
        log("Inno Setup's iscc is not on PATH: skipping the installer "
            "(see packaging/windows/README.md)")
        return None
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DDistDir={dist / EXE_NAME}",
                    f"/DIconFile={icons / 'tickler.ico'}",
                    f"/O{dist}", str(PACKAGING / "windows" / "tickler.iss")], check=True)
    return dist / f"Tickler-{version}-setup.exe"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=PACKAGING / "dist",
                        help="where the app and the archive go (default: packaging/dist)")
    parser.add_argument("--work", type=Path, default=PACKAGING / "build",
                        help="scratch folder (default: packaging/build)")
    parser.add_argument("--icons-only", action="store_true",
                        help="only render the icons into WORK/icons")
    parser.add_argument("--no-archive", action="store_true",
                        help="stop after the one-folder app")
    parser.add_argument("--python", type=Path, metavar="PY",
                        help="build with this Python's packages (they must match "
                             "packaging/constraints.txt) instead of WORK/venv")
    args = parser.parse_args(argv)
    work, dist = args.work.resolve(), args.dist.resolve()
    work.mkdir(parents=True, exist_ok=True)
    dist.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    version = read_version()
    log(f"Tickler {version} on {sys.platform}/{platform.machine()}")

    if args.icons_only:
        log(f"icons: {make_icons(work / 'icons')}")
        return 0
    # absolute, not resolved: a venv's python is a link to the base interpreter
    python = args.python.absolute() if args.python else make_build_env(work)
    pinned = check_pins(python)
    log(f"build environment {python}: PySide6 {pinned.get('pyside6-essentials')}, "
        f"PyInstaller {pinned.get('pyinstaller')} (as pinned)")
    # The icons are drawn by the build environment's Qt: this Python may have none.
    subprocess.run([str(python), __file__, "--icons-only", "--work", str(work)], check=True)
    icons = work / "icons"
    write_metadata(work / "metadata", version)
    app = run_pyinstaller(python, work, dist)
    log(f"app folder: {app} ({folder_size(app) / 1e6:.0f} MB)")

    result: Path | None = app
    if not args.no_archive:
        if sys.platform.startswith("linux"):
            result = linux_archive(app, linux_share(work, icons, version), dist, version)
        elif sys.platform == "darwin":
            result = macos_dmg(dist, version)
        elif sys.platform == "win32":
            result = windows_installer(dist, icons, version) or app
    if result is not None and result.is_file():
        log(f"package: {result} ({result.stat().st_size / 1e6:.1f} MB)")
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
