"""Today's columns at a laptop's width: the reason stays readable in every language.

The reason takes the table's spare width. With German's longer dates and channel names a
1240-pixel window left it three letters ("T…"); now the prospect's time, name, company and
touch give way first (never below their titles) and take their width back on a wider
window, and a column the rep widened by hand stays as they set it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.composition import build_window
from desktop_app.services.sample import write_sample_book
from desktop_app.views.queue.queue_model import (
    COL_CHANNEL,
    COL_COMPANY,
    COL_DUE,
    COL_PHONE,
    COL_PROSPECT,
    COL_REASON,
    COL_THEIRS,
    COL_TOUCH,
    REASON_MIN_WIDTH,
)

pytestmark = pytest.mark.gui

GIVING_WAY = (COL_THEIRS, COL_PROSPECT, COL_COMPANY, COL_TOUCH)


def _window(qtbot, ctx, width: int):
    write_sample_book(ctx)
    window = build_window(ctx)  # with the features: the phone column's link comes with them
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _widths(window) -> dict[int, int]:
    view = window.queue_view
    return {c: view.columnWidth(c) for c in range(window.queue_model.columnCount())}


def _title_width(window, column: int) -> int:
    header = window.queue_view.horizontalHeader()
    title = window.queue_model.headerData(column, Qt.Orientation.Horizontal)
    return header.fontMetrics().horizontalAdvance(title)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_reason_keeps_room_at_a_laptops_width_and_others_give_way(
        qtbot, ctx, request, language):
    if language == "de":
        request.getfixturevalue("german")
    window = _window(qtbot, ctx, 1240)
    try:
        qtbot.waitUntil(lambda: window.queue_view.columnWidth(COL_REASON) >= REASON_MIN_WIDTH)
        narrow = _widths(window)
        for column in GIVING_WAY:  # narrower, but the title still reads
            assert narrow[column] >= _title_width(window, column)
        # the exact columns keep their width: every due time, channel and number shows whole
        model, metrics = window.queue_model, window.queue_view.fontMetrics()
        for column in (COL_DUE, COL_CHANNEL, COL_PHONE):
            texts = [model.index(r, column).data() for r in range(model.rowCount())]
            assert max(metrics.horizontalAdvance(t) for t in texts) < narrow[column] - 8

        window.resize(1900, 700)  # a wider window gives the columns back their widths
        qtbot.waitUntil(lambda: all(window.queue_view.columnWidth(c) > narrow[c]
                                    for c in GIVING_WAY if narrow[c] < 150))
        wide = _widths(window)
        assert wide[COL_REASON] > narrow[COL_REASON]
        assert all(wide[c] >= narrow[c] for c in GIVING_WAY)
    finally:
        window.rollover.stop()
        window.features.stop()


def test_a_column_the_rep_widened_by_hand_stays_as_they_set_it(qtbot, ctx):
    window = _window(qtbot, ctx, 1900)
    try:
        view = window.queue_view
        view.setColumnWidth(COL_COMPANY, 260)  # as dragging the header's edge does
        window.resize(1240, 700)
        qtbot.waitUntil(lambda: view.columnWidth(COL_REASON) >= REASON_MIN_WIDTH
                        or view.columnWidth(COL_PROSPECT) <= _title_width(window, COL_PROSPECT)
                        + 30)
        assert view.columnWidth(COL_COMPANY) == 260
    finally:
        window.rollover.stop()
        window.features.stop()
