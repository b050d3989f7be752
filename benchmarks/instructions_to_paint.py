"""Instructions to the queue's first paint, the app against the bare table window.

    python benchmarks/instructions_to_paint.py BOOK [--child app|table]

Runs each under valgrind's callgrind (it must be installed: ``apt-get install valgrind``),
each process ending in its first paint's callback, and prints the instructions each
executed and their ratio. Unlike CPU time this is the same from one run to the next
(within ~0.5 %), whatever else the machine is doing, so a change of 1 ms shows; it leaves
out what the kernel does for the process (page faults, reading the book), which CPU time
includes, so the CPU ratio from ``bench_app.py`` is a little higher. Each process runs
once first to write its ``.pyc`` files. Takes about half a minute.
"""

from __future__ import annotations

import argparse
import builtins
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent


def _app_child(book: str) -> None:
    """The app as ``tickler --db BOOK`` starts it, ending where it prints painted_at=."""
    shown = builtins.print

    def at_paint(*args: object, **kwargs: object) -> None:
        if args and str(args[0]).startswith("painted_at="):
            sys.stdout.flush()
            os._exit(0)
        shown(*args, **kwargs)  # type: ignore[call-overload]

    builtins.print = at_paint
    sys.path.insert(0, str(ROOT))
    from desktop_app.__main__ import main

    main(["--db", book, "--quit-after-paint"])


def _table_child() -> None:
    sys.path.insert(0, str(HERE))
    import empty_window
    import table_window

    empty_window._painted = lambda: os._exit(0)  # the same callback the app ends in
    table_window.main()


def _count(child: str, book: Path) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    argv = [sys.executable, str(Path(__file__).resolve()), str(book), "--child", child]
    subprocess.run(argv, env=env, cwd=ROOT, check=True, capture_output=True)  # .pyc files
    marker = book.with_name(book.name + ".running")
    marker.unlink(missing_ok=True)  # a child that ends at its paint leaves its marker
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                               *argv], env=env, cwd=ROOT, capture_output=True, text=True)
    marker.unlink(missing_ok=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind reported no count for {child}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("book", type=Path, help="a book written by generate_book.py")
    parser.add_argument("--child", choices=("app", "table"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "app":
        _app_child(str(args.book))
        return 1  # not reached: the child ends at its paint
    if args.child == "table":
        _table_child()
        return 1
    app = _count("app", args.book.resolve())
    table = _count("table", args.book.resolve())
    print(f"app to its first paint:         {app / 1e6:8.1f} M instructions")
    print(f"bare table window to its paint: {table / 1e6:8.1f} M instructions")
    print(f"ratio:                          {app / table:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
