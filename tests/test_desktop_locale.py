"""Dates in the window follow the rep's desktop language, in one style."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from desktop_app.views.common.qt_dates import edit_format, ui_date, ui_datetime
from desktop_app.views.plans.log_stall_dialog import LogStallDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def german_dates(qapp):
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(QLocale.c())


def test_one_german_style_for_every_date_shown(german_dates, qtbot, window, ctx, prospect_id):
    assert window.queue_heading.text() == "Today, Montag, 23. November"
    dialog = LogStallDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "okaf")
    qtbot.waitUntil(lambda: bool(dialog.results.selectionModel().selectedRows()))
    qtbot.keyClicks(dialog.words_edit, "Ruf mich im Dezember an.")
    dialog.slot_edit.setDateTime(QDateTime(QDate(2026, 12, 22), QTime(10, 0)))
    dialog.recompute()
    assert "Callback: Di., 22. Dez. 2026, 10:00 in Europe/London" in dialog.slot_info.text()
    assert dialog.slot_edit.text() == "Di., 22. Dez. 2026  10:00"
    # the plan's rows use the same style
    first = dialog.plan_model.index(0, 0).data()
    assert first.startswith("Mo., 23. Nov.") and "Mon" not in first


def test_the_c_locale_keeps_the_apps_english_style():
    QLocale.setDefault(QLocale.c())
    assert ui_date(date(2026, 12, 3), weekday=True, year=True) == "Thu 03 Dec 2026"
    assert ui_datetime(datetime(2026, 12, 3, 9, 5), sep=", ") == "Thu 03 Dec, 09:05"
    assert edit_format(weekday=True, time=True) == "ddd dd MMM yyyy  HH:mm"


@pytest.mark.parametrize(("name", "expected"), [
    ("en_US", "Thu, Dec 3, 2026"), ("fr_FR", "jeu. 3 déc. 2026"),
    ("es_ES", "jue, 3 de dic de 2026"), ("ja_JP", "2026年12月3日木"),
])
def test_other_desktops_get_their_own_order_and_names(name, expected):
    QLocale.setDefault(QLocale(name))
    try:
        assert ui_date(date(2026, 12, 3), weekday=True, year=True) == expected
    finally:
        QLocale.setDefault(QLocale.c())
