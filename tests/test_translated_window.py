"""The whole window at once, every tab and its toolbar and menus, with every feature the
app installs: no word a rep reads skipped translation (tests/i18n_probe.py), and on the
real German translation the tabs and menus read German.

The screens' own tests open their dialogs; this one catches what lives between them — a
tab title, a toolbar button or a menu entry a feature adds to the shared window."""

from __future__ import annotations

import pytest

from desktop_app.composition import build_window
from desktop_app.services.sample import write_sample_book
from tests.i18n_probe import data_words, pseudo_translation, untranslated
from tests.test_translated_screens import zone_abbreviations

pytestmark = pytest.mark.gui


@pytest.fixture
def book(ctx):
    write_sample_book(ctx)
    return ctx


def open_every_tab(qtbot, window, allowed):
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        found += [f"tab {index}: {line}" for line in untranslated(window, allowed)]
    return found


def test_every_tab_of_the_full_window_is_translated(qtbot, book):
    allowed = data_words(book.store.path,
                         extra=["Europe/London", "Tickler", *zone_abbreviations(book)])
    with pseudo_translation():
        window = build_window(book)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        try:
            assert window.features is not None
            assert open_every_tab(qtbot, window, allowed) == []
        finally:
            window.rollover.stop()
            window.features.stop()
