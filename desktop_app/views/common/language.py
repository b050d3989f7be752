"""The window in the rep's language: Qt's own words and Tickler's, loaded at start.

Tickler offers the languages it has a complete translation for (``OFFERED``); on any other
desktop it stays in English. The language is the first of the desktop's preferred ones
(``LANGUAGE``/``LANG`` on Linux, the system setting elsewhere) that Tickler offers, and
the rep can choose another with ``TICKLER_LANGUAGE`` (``en`` for English on a German
desktop). What prospects read never follows it: see ``desktop_app.domain.i18n``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.domain.i18n import set_translator
from desktop_app.resources import resource

log = logging.getLogger(__name__)

# Languages with a complete translation in resources/i18n (English is the source).
OFFERED = ("de",)


def chosen_language(preferred: Iterable[str], override: str | None = None) -> str:
    """The language to show, as a two-letter code ("en" when none offered is wanted).

    ``preferred`` are the desktop's languages, best first ("de-DE", "de_AT", "en-US"…);
    the first one Tickler offers (or English) wins. ``override`` goes before them all.
    """
    wanted = [override] if override else []
    for name in [*wanted, *preferred]:
        code = name.replace("_", "-").split("-")[0].strip().lower()
        if code == "en" or code in OFFERED:
            return code
    return "en"


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Load Qt's and Tickler's translations for ``language`` (by default the desktop's)
    into ``app``; returns the language installed ("en" needs none)."""
    if language is None:
        language = chosen_language(QLocale.system().uiLanguages(),
                                   os.environ.get("TICKLER_LANGUAGE"))
    if language == "en":
        set_translator(None)
        return "en"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_folder),
                         (f"tickler_{language}", str(resource("i18n")))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
        else:
            log.warning("The %s translation %s is missing from %s", language, name, folder)
    set_translator(QCoreApplication.translate)
    return language
