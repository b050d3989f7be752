"""Words the rep reads, in the rep's language.

Every string a rep sees goes through ``tr``. The window installs Qt's translator at start
(``set_translator``); without one (the CLI, scripts, tests of the lower layers) ``tr``
gives the English text back unchanged. The domain stays free of Qt: this module only
holds the function the window hands it.

What a *prospect* reads (emails, invites, notes by post) follows its template's language
and never goes through ``tr``: the rep's desktop language must not leak into it.

Conventions, so ``pyside6-lupdate`` finds every string (``packaging/translations.py``):
- call ``tr`` with a literal: ``tr("Save")``, never ``tr(f"...")`` or ``tr(name)``;
- fill values in after translating: ``tr("Due {when}").format(when=...)``;
- counts go in ``n``, passed third and by position so ``lupdate`` sees a plural message:
  ``tr("%n touch(es) due", None, count)`` (the translation has the forms; in English,
  "(s)"/"(es)" read "1 touch due", "3 touches due");
- a word with two meanings gets a disambiguation: ``tr("Open", "verb")``;
- strings built at import time (column titles, menu tables) are marked with
  ``QT_TR_NOOP("...")`` and translated where they are shown: ``tr(TITLE)``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Translator = Callable[[str, str, "str | None", int], str]

# One context for the whole app: the same English words read the same everywhere.
CONTEXT = ""

_translate: Translator | None = None
_thread = threading.local()
_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def set_translator(translate: Translator | None) -> None:
    """Route ``tr`` through ``translate`` (Qt's ``QCoreApplication.translate``), or back
    to plain English with None."""
    global _translate
    _translate = translate


@contextmanager
def in_english() -> Iterator[None]:
    """Within the block, ``tr`` on this thread gives the English source text: for words
    that are kept (a log, a plain-text fallback in the book), never for what is shown."""
    before = getattr(_thread, "english", False)
    _thread.english = True
    try:
        yield
    finally:
        _thread.english = before


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the rep's language; ``%n`` stands for ``n`` when a count is given."""
    translate = None if getattr(_thread, "english", False) else _translate
    if n < 0:
        return translate(CONTEXT, text, disambiguation, n) if translate else text
    english = text.replace("%n", str(n))
    result = translate(CONTEXT, text, disambiguation, n) if translate else english
    if result == english:  # the English source: "(es)" is "es" but for one
        result = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", result)
    return result


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for translation where it is defined; ``tr`` it where it is shown."""
    return text
