"""The in-window banner: the call pop-ups that always work, with snooze on every row."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import is_valid_zone, utc_to_local
from desktop_app.scheduling.popups import PendingCall, Popup
from desktop_app.views.common.colours import Box, box_colours, box_css, themed
from desktop_app.views.common.qt_dates import ui_datetime, ui_time

SNOOZE_MINUTES = (5, 10, 30)
MAX_ROWS = 5


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when the row is too narrow for it."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        text = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()


def slot_words(call: PendingCall, tz: str) -> str:
    """The agreed slot, and the time it was snoozed or moved to, each named as what it is:
    "Agreed for 12:05 · snoozed to 12:10" (on ``tz``'s clock; days shown when they differ)."""
    due = utc_to_local(call.due_utc, tz)
    if not call.moved or call.agreed_utc is None:
        return tr("Agreed for {time}").format(time=ui_time(due))
    agreed = utc_to_local(call.agreed_utc, tz)
    shown = ui_time if agreed.date() == due.date() else ui_datetime
    words = (tr("Agreed for {agreed} · snoozed to {due}") if call.snoozed
             else tr("Agreed for {agreed} · moved to {due}"))
    return words.format(agreed=shown(agreed), due=shown(due))


def popup_line(popup: Popup, rep_tz: str, missed: bool) -> tuple[str, str]:
    """The bold lead (rich text) and the plain detail for a pop-up's row."""
    call = popup.call
    mine = utc_to_local(call.due_utc, rep_tz)
    # a zone this machine does not know (a book from elsewhere): the rep's clock alone
    theirs = utc_to_local(call.due_utc, call.timezone) if is_valid_zone(call.timezone) \
        else mine
    when = ui_time(mine)
    if theirs.utcoffset() != mine.utcoffset():
        when = tr("{time} ({their_time} their time)").format(time=when,
                                                            their_time=ui_time(theirs))
    lead = (tr("Missed at {when}: call {name}") if missed
            else tr("Now, {when}: call {name}")).format(when=when,
                                                        name=html.escape(call.prospect))
    moved = slot_words(call, rep_tz) if call.moved else ""
    detail = " — ".join(part for part in (moved, call.company, builtin_words(call.reason)) if part)
    return f"<b>{lead}</b>", detail


class _Row(QWidget):
    def __init__(self, banner: PopupBanner, popup: Popup, text: tuple[str, str]) -> None:
        super().__init__(banner)
        self.touch_id = popup.call.touch_id
        self.setObjectName(f"popupRow_{self.touch_id}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text[0], self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)
        self.detail = ElidedLabel(text[1], self)
        layout.addWidget(self.detail, 1)
        self.open_button = QPushButton(tr("Call panel"), self)
        self.open_button.setObjectName("openCallPanel")
        self.open_button.clicked.connect(lambda: banner.open_requested.emit(self.touch_id))
        layout.addWidget(self.open_button)
        layout.addWidget(QLabel(tr("Snooze:"), self))
        self.snooze_buttons: dict[int, QPushButton] = {}
        for minutes in SNOOZE_MINUTES:
            button = QPushButton(tr("{minutes} min").format(minutes=minutes), self)
            button.setObjectName(f"bannerSnooze_{minutes}")
            button.setToolTip(tr("Pop up again in %n minute(s)", None, minutes))
            button.clicked.connect(
                lambda _=False, m=minutes: banner.snooze_requested.emit(self.touch_id, m))
            layout.addWidget(button)
            self.snooze_buttons[minutes] = button
        dismiss = QPushButton("✕", self)
        dismiss.setObjectName("dismissPopup")
        dismiss.setToolTip(tr("Dismiss (the call stays in today's queue)"))
        dismiss.setFixedWidth(dismiss.sizeHint().height() + 4)
        dismiss.clicked.connect(lambda: banner.remove(self.touch_id))
        layout.addWidget(dismiss)


class PopupBanner(QFrame):
    """Rows of calls due now or missed; hidden when there are none."""

    open_requested = Signal(int)
    snooze_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("popupBanner")
        themed(self, lambda: box_css(Box.INFO, "#popupBanner").replace(
            "}", "border-radius: 4px; }") + " #popupBanner QLabel { color: "
            + box_colours(Box.INFO)[1].name() + "; background: transparent; border: none; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        self.header = QLabel(self)
        self.header.setObjectName("popupBannerHeader")
        layout.addWidget(self.header)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(2)
        layout.addLayout(self.rows_box)
        self.more = QLabel(self)
        layout.addWidget(self.more)
        self.rows: dict[int, _Row] = {}
        self._overflow: list[tuple[Popup, tuple[str, str]]] = []
        self._refresh()

    def add(self, popups: Sequence[Popup], rep_tz: str, *, missed: bool) -> None:
        for popup in popups:
            self.remove(popup.call.touch_id, refresh=False)
            self._overflow.append((popup, popup_line(popup, rep_tz, missed)))
        self._refresh()

    def remove(self, touch_id: int, refresh: bool = True) -> None:
        row = self.rows.pop(touch_id, None)
        if row is not None:
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self._overflow = [(p, t) for p, t in self._overflow if p.call.touch_id != touch_id]
        if refresh:
            self._refresh()

    def prune(self, keep: Callable[[int], bool]) -> None:
        """Drop rows for calls that were logged, snoozed or cancelled elsewhere."""
        ids = [*self.rows, *(p.call.touch_id for p, _ in self._overflow)]
        for touch_id in [t for t in ids if not keep(t)]:
            self.remove(touch_id, refresh=False)
        self._refresh()

    def touch_ids(self) -> list[int]:
        return list(self.rows)

    def row(self, touch_id: int) -> _Row | None:
        return self.rows.get(touch_id)

    def _refresh(self) -> None:
        while self._overflow and len(self.rows) < MAX_ROWS:
            popup, text = self._overflow.pop(0)
            row = _Row(self, popup, text)
            self.rows[popup.call.touch_id] = row
            self.rows_box.addWidget(row)
        count = len(self.rows) + len(self._overflow)
        self.header.setText(tr("Call now") if count == 1
                            else tr("%n call(s) to make", None, count))
        self.more.setText(tr("…and %n more in today's queue", None, len(self._overflow))
                          if self._overflow else "")
        self.more.setVisible(bool(self._overflow))
        self.setVisible(count > 0)
