"""Python's cyclic garbage collector, paused while the window is built.

Starting Tickler makes tens of thousands of objects that live as long as the app (Qt's
classes and enums, the app's modules, the first queue) and almost no garbage, yet every
few hundred of them the collector walks the young ones again: about 5 ms of CPU before
the queue's first paint on the benchmark book, for nothing found. So the usual start
pauses it (``pause``) and, once the queue has painted, freezes what exists by then (the
weeks-long session's collections need not walk it again) and lets it run as before
(``resume``). A start that never paints (a dialog left open, a damaged book) resumes it
on a timer, so nothing runs for long without it.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop automatic collection, unless somebody else already has."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Undo ``pause``: keep what the start made out of later collections and collect as
    usual again. Safe to call more than once, and a no-op when nothing was paused here."""
    global _paused
    if not _paused:
        return
    _paused = False
    gc.freeze()
    gc.enable()


def paused() -> bool:
    return _paused
