"""How long the day's envelopes and note cards take to paint into a PDF.

    python benchmarks/bench_note_printing.py [--notes 50] [--runs 5]

Prints the median time to write N envelopes (DL) and N A6 cards into one PDF, and the file
size. A rep writes a handful of notes a day; 50 is a heavy day after a call block.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notes", type=int, default=50)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    from desktop_app.domain.envelopes import CARDS, ENVELOPES, recipient_lines
    from desktop_app.views.notes.note_printing import Envelope, write_pdf

    envelopes = [Envelope(tuple(recipient_lines(f"Prospect {n}", f"Company {n} Ltd",
                                                f"{n} High Street\nTown {n}\nAB{n} 1CD")))
                 for n in range(args.notes)]
    cards = [f"Dear Prospect {n},\n\nThank you for your time today. As agreed, I will call "
             "you on Tuesday 22 December at 10:00.\n\nWith best wishes,\nSam Rivers"
             for n in range(args.notes)]
    times = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "notes.pdf"
        for _ in range(args.runs):
            start = time.perf_counter()
            write_pdf(path, envelope_size=ENVELOPES["dl"], return_address="Sam Rivers\n"
                      "1 Quay Street\nBristol BS1 4DJ", envelopes=envelopes,
                      card_size=CARDS["a6"], cards=cards)
            times.append(time.perf_counter() - start)
        size = path.stat().st_size
    print(f"{args.notes} envelopes + {args.notes} cards: median "
          f"{statistics.median(times) * 1000:.0f} ms over {args.runs} runs, "
          f"PDF {size / 1024:.0f} KiB")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
