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
from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]

# One context for the whole app: the same English words read the same everywhere.
CONTEXT = ""

_translate: Translator | None = None
_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def set_translator(translate: Translator | None) -> None:
    """Route ``tr`` through ``translate`` (Qt's ``QCoreApplication.translate``), or back
    to plain English with None."""
    global _translate
    _translate = translate


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the rep's language; ``%n`` stands for ``n`` when a count is given."""
    if n < 0:
        return _translate(CONTEXT, text, disambiguation, n) if _translate else text
    english = text.replace("%n", str(n))
    result = _translate(CONTEXT, text, disambiguation, n) if _translate else english
    if result == english:  # the English source: "(es)" is "es" but for one
        result = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", result)
    return result


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for translation where it is defined; ``tr`` it where it is shown."""
    return text
