"""Reading big contact files: vCards from a phone and a Shift-JIS Outlook CSV.

    python benchmarks/bench_contact_files.py [--cards 20000] [--rows 100000] [--json]

vCard: the iOS test card (a dozen numbers, emails and addresses, labels, escapes) repeated
``--cards`` times, through ``read_source`` (parse, choose the preferred or work number,
keep the rest). Outlook: the Japanese Outlook test file's data row repeated ``--rows``
times in Shift-JIS without a byte-order mark, through ``read_source`` (charset detection,
layout recognition) and ``prepare_import``. Both run on the wizard's worker thread; the
figures say how long the rep watches the busy bar.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.services.importer import prepare_import, read_source  # noqa: E402
from desktop_app.store import Store  # noqa: E402

DATA = ROOT / "tests" / "data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=20_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="tickler-bench-contacts-"))
    cards = folder / "cards.vcf"
    cards.write_bytes((DATA / "ios_contacts.vcf").read_bytes() * args.cards)
    started = time.perf_counter()
    table = read_source(cards)
    vcard_s = time.perf_counter() - started
    header, row, *_ = (DATA / "outlook_japanese_shiftjis.csv").read_bytes().split(b"\r\n")
    outlook = folder / "outlook.csv"
    outlook.write_bytes(header + b"\r\n" + (row + b"\r\n") * args.rows)
    store = Store.open(folder / "book.sqlite3")
    try:
        started = time.perf_counter()
        csv_table = read_source(outlook)
        read_s = time.perf_counter() - started
        prepare_import(store, csv_table, csv_table.suggested_mapping(), "Asia/Tokyo")
        check_s = time.perf_counter() - started - read_s
    finally:
        store.close()
    figures = {"cards": len(table.rows), "vcard_read_s": round(vcard_s, 2),
               "outlook_rows": len(csv_table.rows), "outlook_encoding": csv_table.encoding,
               "outlook_read_s": round(read_s, 2), "outlook_check_s": round(check_s, 2)}
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:18} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
