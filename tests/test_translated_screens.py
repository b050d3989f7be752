"""Today, Upcoming, the menus, the pop-ups, the tray and the shell's dialogs: every word a rep
reads there goes through translation, and the German translation shows on the real window.

Each screen is built on the sample book under a pseudo-translation (installed before the
window is built, as the app installs its translator before the window) and walked by
``tests/i18n_probe.py``: a word left outside ⟦…⟧ that is not the book's own data skipped
``tr()``. The window is built without the other screens' features (profile, mail, data…):
their strings are checked by their own tests; the tray and pop-ups are installed on top.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from desktop_app.composition import build_window
from desktop_app.platform.crash import UncleanEnd
from desktop_app.platform.tray import Tray
from desktop_app.scheduling.popups import Popup, PopupPlan
from desktop_app.services.reminders import pending_calls
from desktop_app.services.sample import write_sample_book
from tests.i18n_probe import data_words, leftover_words, pseudo_translation, untranslated

pytestmark = pytest.mark.gui


def build(qtbot, ctx):
    """The queue window on the sample book with the tray and pop-ups wired in (of the
    features, only the ones whose words these tests read)."""
    from desktop_app.views.tray.reminders import Reminders

    window = build_window(ctx, features=False)
    qtbot.addWidget(window)
    Reminders(window, ctx).start()
    window.show()
    qtbot.waitExposed(window)
    return window


def reminders_of(window):
    from desktop_app.views.tray.reminders import Reminders

    return window.findChild(Reminders, "reminders")


@pytest.fixture
def book(ctx):
    write_sample_book(ctx)
    return ctx


def zone_abbreviations(ctx) -> set[str]:
    """"CET", "GMT", "EST"…: what the prospects' zones are called around now (data)."""
    from desktop_app.domain.localtime import zone

    names = {r[0] for r in ctx.store.db.execute("SELECT DISTINCT timezone FROM prospects")}
    words = set()
    for name in names | {"Europe/London"}:
        for days in range(-2, 40):
            words.add((ctx.now() + timedelta(days=days)).astimezone(zone(name)).tzname() or "")
    return words


@pytest.fixture
def allowed(book) -> set[str]:
    # the rep's zone is named in the summary line; zone names and abbreviations are data,
    # and Tickler is Tickler in every language
    return data_words(book.store.path,
                      extra=["Europe/London", "Tickler", *zone_abbreviations(book)])


@pytest.fixture
def pseudo(qtbot, book):
    """The sample book's window, built under the pseudo-translation."""
    with pseudo_translation():
        window = build(qtbot, book)
        yield window
        reminders_of(window).stop()
        window.rollover.stop()


def menu_texts(menu: QMenu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts += [action.text(), action.statusTip()]
        if action.toolTip() != action.text().replace("&", ""):
            texts.append(action.toolTip())
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return [t for t in texts if t]


def test_today_is_all_translated(pseudo, allowed):
    window = pseudo
    window.tabs.setCurrentIndex(0)
    assert window.queue_model.rowCount() > 0
    assert untranslated(window, allowed) == []
    # tooltips in the table (the phone's, a moved touch's "Planned for…")
    model = window.queue_model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            tip = model.index(row, column).data(3) or ""  # ToolTipRole
            assert leftover_words(tip, allowed) == [], tip


def test_an_empty_today_and_its_hint_are_translated(qtbot, ctx):
    with pseudo_translation():
        window = build(qtbot, ctx)
        try:
            assert window.queue_empty.isVisible()
            assert untranslated(window, data_words(ctx.store.path, ["Tickler"])) == []
        finally:
            reminders_of(window).stop()
            window.rollover.stop()


def test_upcoming_is_all_translated(pseudo, allowed):
    window = pseudo
    window.tabs.setCurrentIndex(window.upcoming_tab_index)
    assert window.upcoming.day_model.rowCount() == 8
    assert untranslated(window.upcoming, allowed) == []
    days = window.upcoming.day_list
    for row in range(window.upcoming.day_model.rowCount()):
        days.setCurrentIndex(window.upcoming.day_model.index(row, 0))
        assert untranslated(window.upcoming, allowed) == []


def test_the_menus_toolbar_and_shortcut_menus_are_translated(pseudo, allowed):
    window = pseudo
    leftovers = [t for menu in window.menus.values() for t in menu_texts(menu)
                 if leftover_words(t, allowed)]
    leftovers += [t for t in menu_texts(window.snooze_menu) if leftover_words(t, allowed)]
    leftovers += [a.text() for a in window.toolbar.actions() if leftover_words(a.text(), allowed)]
    assert leftovers == []
    assert untranslated(window, allowed) == []  # the menu bar's titles too


def test_the_status_bar_and_the_undo_bar_speak_translated(pseudo, allowed, qtbot):
    window = pseudo
    window.tabs.setCurrentIndex(0)
    rows = window.queue_model.rows()
    target = next(r for r in rows if r.channel.value != "call")
    window.select_touch(target.id)
    window.snooze(60)
    assert window.undo_offer.isVisible()
    assert leftover_words(window.statusBar().currentMessage(), allowed) == []
    assert untranslated(window.undo_offer, allowed) == []
    assert leftover_words(window.undo.undo_action.text(), allowed) == []
    window.undo.undo()
    assert leftover_words(window.statusBar().currentMessage(), allowed) == []
    assert leftover_words(window.undo.redo_action.text(), allowed) == []


def test_the_pop_up_banner_and_its_notices_are_translated(pseudo, allowed, book):
    window = pseudo
    calls = pending_calls(book, until=book.now() + timedelta(days=30))
    assert len(calls) >= 2
    popups = tuple(Popup(call, call.due_utc) for call in calls)
    shown_before = len(reminders_of(window).notices)
    reminders_of(window).show_popups(PopupPlan(on_time=popups[:1], missed=popups[1:]))
    banner = reminders_of(window).banner
    assert banner.isVisible() and banner.touch_ids()
    assert untranslated(banner, allowed) == []
    notices = [notice for notice, _how in list(reminders_of(window).notices)[shown_before:]]
    assert len(notices) == 2
    for notice in notices:
        for text in (notice.title, notice.text, notice.click_hint):
            assert leftover_words(text, allowed) == [], text


def test_the_tray_menu_and_tooltip_are_translated(pseudo, allowed, book):
    window = pseudo
    tray = Tray(window)
    reminders_of(window).tray = tray
    reminders_of(window).update_tray()
    reminders_of(window).show_counts(window.counts)
    texts = [a.text() for a in tray.menu.actions() if a.text()] + [tray.icon.toolTip()]
    assert [t for t in texts if leftover_words(t, allowed)] == []
    tray.set_count(3)
    assert leftover_words(tray.icon.toolTip(), allowed) == []
    reminders_of(window).set_paused(True)
    reminders_of(window).update_tray()
    assert leftover_words(tray.pause_action.text(), allowed) == []
    assert leftover_words(window.statusBar().currentMessage(), allowed) == []


def test_the_desktop_notifications_buttons_are_translated():
    from desktop_app.platform.desktop_notify import CALL_ACTIONS, _actions

    with pseudo_translation():
        labels = _actions(CALL_ACTIONS)[1::2]
    assert labels and all(leftover_words(label, set()) == [] for label in labels)


def test_the_pop_up_settings_dialog_is_translated(pseudo, allowed, qtbot):
    from desktop_app.views.tray.popup_settings_dialog import PopupSettingsDialog

    dialog = PopupSettingsDialog(pseudo.ctx, pseudo)
    qtbot.addWidget(dialog)
    dialog.show()
    assert untranslated(dialog, allowed) == []
    texts = [dialog.lead_spin.suffix(), dialog.lead_spin.specialValueText()]
    assert [t for t in texts if leftover_words(t, allowed)] == []


def test_the_time_zone_chooser_is_translated(pseudo, allowed, qtbot):
    from desktop_app.views.common.zone_list import TimeZonePicker

    picker = TimeZonePicker(pseudo.ctx.now)
    qtbot.addWidget(picker)
    picker.show()
    # zone names are data; the words around them are not
    allowed = allowed | {w.lower() for name in ("Europe/London", "UTC") for w in name.split("/")}
    picker.set_zone("Europe/London")
    assert leftover_words(picker.current.text(), allowed) == []
    for widget in (picker.search, picker.list):
        assert leftover_words(widget.accessibleName(), allowed) == []
    assert leftover_words(picker.search.placeholderText(), allowed) == []
    picker.set_zone("")
    assert leftover_words(picker.current.text(), allowed) == []


def test_the_crash_notice_and_help_dialogs_are_translated(pseudo, allowed, qtbot, tmp_path):
    from desktop_app.views.shell.crash_notice import CrashNoticeDialog
    from desktop_app.views.shell.help_dialogs import DataPlacesDialog, ShortcutsDialog

    log = tmp_path / "tickler.log"
    last = UncleanEnd(started_utc=pseudo.ctx.now(), pid=1, version="1", fault="",
                      log_tail=("line one",), log_path=log)
    # the log's own lines, the file names and the command line are data
    data = f"{tmp_path} book.sqlite3.schemaN.bak before-restore line one tickler.log --db PATH"
    allowed = allowed | {w.lower() for w in re.findall(r"[^\W\d_]{2,}", data)}
    dialogs: list[QWidget] = [
        CrashNoticeDialog(last, pseudo.ctx.rep_timezone, 12, pseudo),
        ShortcutsDialog(pseudo),
        DataPlacesDialog(Path(tmp_path / "book.sqlite3"), log, pseudo),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        found = untranslated(dialog, allowed | {"lock", "tickler_db"})
        assert found == [], found
    assert leftover_words(dialogs[0].details_text(), allowed) == []


@pytest.fixture
def asked(monkeypatch):
    """Message boxes the window asks with, captured instead of shown."""
    boxes: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    return boxes


def test_the_windows_questions_are_translated(pseudo, allowed, asked):
    window = pseudo
    window._ask_remove_sample(7)
    email = next(r for r in window.queue_model.rows() if r.channel.value == "email")
    window._ask_unsent_done(email)
    reminders_of(window)._ask_close()
    assert len(asked) == 3
    for box in asked:
        texts = [box.windowTitle(), box.text(), *(b.text() for b in box.buttons())]
        assert [t for t in texts if leftover_words(t, allowed)] == []


# -- the real German translation --------------------------------------------------------------



def test_today_reads_german_on_a_german_desktop(german, qtbot, book):
    window = build(qtbot, book)
    try:
        assert window.queue_heading.text().startswith("Heute, ")
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert tabs[0].startswith("Heute (") and "Demnächst" in tabs and "Interessenten" in tabs
        model = window.queue_model
        titles = [model.headerData(c, Qt.Orientation.Horizontal)
                  for c in range(model.columnCount())]
        assert titles == ["Fällig (Ihre Zeit)", "Zeit dort", "Interessent", "Firma", "Kanal",
                          "Kontakt", "Grund", "Lücken", "Telefon"]
        assert "fällig" in window.queue_summary.text()
        # the longer German dates and "überfällig" fit their column (not "überf…")
        view, metrics = window.queue_view, window.queue_view.fontMetrics()
        overdue = [model.index(r, 0).data() for r in range(model.rowCount())
                   if "überfällig" in model.index(r, 0).data()]
        assert overdue
        assert max(metrics.horizontalAdvance(t) for t in overdue) < view.columnWidth(0) - 8
        # and so does the longest channel ("◎ Soziale Netzwerke", not "◎ Soziale…")
        channels = {model.index(r, 4).data() for r in range(model.rowCount())}
        assert any("Soziale" in c for c in channels)
        assert max(metrics.horizontalAdvance(c) for c in channels) < view.columnWidth(4) - 8
        menus = [a.text() for a in window.menuBar().actions()]
        assert menus[:2] == ["&Datei", "&Bearbeiten"]
        window.tabs.setCurrentIndex(window.upcoming_tab_index)
        assert window.upcoming.heading.text().startswith("Demnächst: ")
        assert window.upcoming.day_model.data(window.upcoming.day_model.index(0, 0)
                                              ).startswith("Alle 7 Tage")
    finally:
        reminders_of(window).stop()
        window.rollover.stop()
    assert QApplication.instance() is not None


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def test_german_menus_keep_one_key_per_item(german, qtbot, book):
    """Alt+letter reaches one item: the German words moved the "&" marks, none may clash
    in the menu bar or within a menu."""
    window = build(qtbot, book)
    try:
        menus = [("menu bar", window.menuBar().actions()),
                 *((m.title(), m.actions()) for m in window.menus.values()),
                 (window.snooze_menu.title(), window.snooze_menu.actions())]
        for name, actions in menus:
            keys = [mnemonic(a.text()) for a in actions if a.isVisible() and a.text()]
            keys = [k for k in keys if k]
            assert len(keys) == len(set(keys)), (name, [a.text() for a in actions])
    finally:
        reminders_of(window).stop()
        window.rollover.stop()


def test_the_desktop_notifications_buttons_read_german(german):
    from desktop_app.platform.desktop_notify import CALL_ACTIONS, _actions

    assert _actions(CALL_ACTIONS)[1::2] == ["Tickler öffnen", "Anruffenster",
                                            "10 Min. zurückstellen"]
