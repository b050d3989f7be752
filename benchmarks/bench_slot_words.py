"""Measure slot words read per keystroke, English and German, against a target.

    python benchmarks/bench_slot_words.py [--json]

The log-stall and event dialogs read the words on every keystroke, so each prefix of a few
phrases a rep types is read (``read_slot_words`` and ``parse_slot_words``), after one
warm-up pass; the median and 95th percentile per read are reported.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.domain.slot_words import parse_slot_words, read_slot_words

TARGET_P95_MS = 5.0
PHRASES = {
    "en": ("next Tuesday 3pm", "tomorrow at 9", "the 15th of March at 11", "in two weeks",
           "end of the month", "31 March 2027"),
    "de": ("nächsten Dienstag 15 Uhr", "morgen um halb drei", "Montag in einer Woche",
           "in zwei Wochen", "Ende des Monats", "31.03.2027", "übermorgen 14:30"),
}


def measure(phrases: tuple[str, ...], now: datetime) -> list[float]:
    prefixes = [phrase[:end] for phrase in phrases for end in range(1, len(phrase) + 1)]
    for text in prefixes:  # warm-up: regex compilation, the parser's first import
        read_slot_words(text, now)
        parse_slot_words(text, now)
    took: list[float] = []
    for text in prefixes:
        start = time.perf_counter()
        read_slot_words(text, now)
        parse_slot_words(text, now)
        took.append((time.perf_counter() - start) * 1000)
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    now = datetime(2026, 11, 24, 14, 30)
    results = {}
    for language, phrases in PHRASES.items():
        took = sorted(measure(phrases, now))
        results[language] = {"reads": len(took), "median_ms": statistics.median(took),
                             "p95_ms": took[int(len(took) * 0.95) - 1]}
    ok = all(r["p95_ms"] <= TARGET_P95_MS for r in results.values())
    if args.json:
        print(json.dumps({"results": results, "target_p95_ms": TARGET_P95_MS, "ok": ok}))
    else:
        for language, r in results.items():
            print(f"{language}: {r['reads']} keystrokes, median {r['median_ms']:.2f} ms, "
                  f"p95 {r['p95_ms']:.2f} ms (target ≤ {TARGET_P95_MS} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
