"""Keep Tickler's translations in step with the code.

    python packaging/translations.py update    # new strings into resources/i18n/<lang>/*.ts
    python packaging/translations.py release   # the .ts files into resources/i18n/tickler_<lang>.qm
    python packaging/translations.py check     # what is still untranslated, by file

Strings are found by Qt's ``lupdate`` (``pyside6-lupdate``) from the ``tr(...)`` and
``QT_TR_NOOP(...)`` calls (see ``desktop_app/domain/i18n.py``). Each language keeps one
.ts file per part of the code (a folder of ``desktop_app/views`` or ``core`` for the rest),
so people translating different screens do not edit the same file. ``release`` joins them
into the one .qm file the app loads. Translate in Qt Linguist (``pyside6-linguist``) or any
editor: a finished message has a <translation> without ``type="unfinished"``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"de": "de_DE"}


def _tool(name: str) -> str:
    for candidate in (Path(sys.executable).parent / f"pyside6-{name}", Path(f"pyside6-{name}")):
        found = shutil.which(str(candidate))
        if found:
            return found
    raise SystemExit(f"pyside6-{name} is missing: install PySide6-Essentials")


def part_of(path: Path) -> str:
    """The .ts file a source file's strings go to: its views folder, or "core"."""
    relative = path.relative_to(PACKAGE).parts
    if relative[0] == "views" and len(relative) > 2:
        return relative[1]
    return "core"


def sources_by_part() -> dict[str, list[Path]]:
    parts: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(PACKAGE.rglob("*.py")):
        parts[part_of(path)].append(path)
    return dict(parts)


def update(root: Path = I18N) -> None:
    """Bring the .ts files under ``root`` in step with the code: new strings are added
    unfinished, strings no longer in the code are dropped, translations are kept."""
    lupdate = _tool("lupdate")
    for language, qt_name in LANGUAGES.items():
        folder = root / language
        folder.mkdir(parents=True, exist_ok=True)
        for part, files in sources_by_part().items():
            target = folder / f"{part}.ts"
            subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete",
                            "-target-language", qt_name, *map(str, files), "-ts", str(target)],
                           check=True)


def release(root: Path = I18N) -> None:
    """Join each language's .ts files under ``root`` into its tickler_<lang>.qm."""
    lrelease = _tool("lrelease")
    for language in LANGUAGES:
        files = sorted((root / language).glob("*.ts"))
        if not files:
            continue
        subprocess.run([lrelease, "-silent", *map(str, files),
                        "-qm", str(root / f"tickler_{language}.qm")], check=True)


def messages(language: str, root: Path = I18N) -> dict[str, set[tuple[str, str]]]:
    """(source, disambiguation) of every message, by .ts file name."""
    found: dict[str, set[tuple[str, str]]] = {}
    for path in sorted((root / language).glob("*.ts")):
        found[path.name] = {(m.findtext("source", ""), m.findtext("comment", ""))
                            for m in ET.parse(path).getroot().iter("message")}
    return found


def unfinished(language: str, root: Path = I18N) -> dict[str, list[str]]:
    """The source texts without a finished translation, by .ts file name."""
    missing: dict[str, list[str]] = {}
    for path in sorted((root / language).glob("*.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            empty = translation is None or not (
                (translation.text or "").strip()
                or any((form.text or "").strip() for form in translation.iter("numerusform")))
            if empty or (translation is not None
                         and translation.get("type") in {"unfinished", "vanished", "obsolete"}):
                missing.setdefault(path.name, []).append(source)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "release":
        release()
    else:
        bad = 0
        for language in LANGUAGES:
            for name, sources in unfinished(language).items():
                bad += len(sources)
                print(f"{language}/{name}: {len(sources)} untranslated")
                for source in sources[:20]:
                    print(f"    {source!r}")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
