"""The today queue as a table model: display text is worked out once per refresh."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.domain.model import Channel
from desktop_app.services.queue import QueueCounts
from desktop_app.store.store import QueueRow
from desktop_app.views.common.colours import Tone, text_colour
from desktop_app.views.common.qt_dates import ui_date, ui_time, ui_weekday
from desktop_app.views.common.table_model import Index, RowTableModel, configure_list_table

COLUMNS: tuple[str, ...]  # grows below (the phone column)
COLUMNS = (QT_TR_NOOP("Due (you)"), QT_TR_NOOP("Their time"), QT_TR_NOOP("Prospect"),
           QT_TR_NOOP("Company"), QT_TR_NOOP("Channel"), QT_TR_NOOP("Touch"),
           QT_TR_NOOP("Reason"), QT_TR_NOOP("Gaps"))
COL_DUE, COL_THEIRS, COL_PROSPECT, COL_COMPANY, COL_CHANNEL, COL_TOUCH, COL_REASON, COL_GAPS = (
    range(len(COLUMNS)))

# Appended: the number to dial, shown as a link (clicking it hands a tel: link to the system).
COLUMNS = (*COLUMNS, QT_TR_NOOP("Phone"))
COL_PHONE = len(COLUMNS) - 1

CHANNEL_GLYPH = {Channel.CALL: "☎", Channel.EMAIL: "✉", Channel.POST: "✍", Channel.SOCIAL: "◎"}

# The roles the queue answers, as plain ints: a paint asks each visible cell for seven
# roles, and comparing with ``Qt.ItemDataRole.…`` looks the enum up again every time.
_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, _ALIGNMENT, _USER = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole))
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _FONT, _ALIGNMENT, _USER))
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)


class _Display:
    """A row's texts, worked out when it is first shown. (A plain class: a dataclass costs
    ~0.7 ms to define before the queue's first paint.)"""

    __slots__ = ("overdue", "texts", "tooltip")

    def __init__(self, texts: tuple[str, ...], tooltip: str, overdue: bool) -> None:
        self.texts = texts
        self.tooltip = tooltip
        self.overdue = overdue


def _zone_city(tz: str) -> str:
    return tz.rsplit("/", 1)[-1].replace("_", " ")


def _hm(moment: datetime) -> str:
    """The wall time in the rep's style (no strftime: it costs an import per call under
    PySide6's hook)."""
    return ui_time(moment)


def _day(moment: datetime) -> str:
    """"Thu 26 Nov" in the rep's language."""
    return ui_date(moment, weekday=True)


# A touch is due at its time and overdue only once this has passed too: the thank-you made
# with the stall is "due now", not overdue a minute later (the method says "the same hour").
OVERDUE_AFTER = timedelta(hours=1)


def is_overdue(due_utc: datetime, now: datetime, rep_tz: str, today: date) -> bool:
    """Overdue: from a day before today, or more than an hour past its time today."""
    # the plain comparison first: most overdue rows need no time zone lookup
    return due_utc < now - OVERDUE_AFTER or utc_to_local(due_utc, rep_tz).date() < today


def counts_words(counts: QueueCounts) -> str:
    """Today's queue in the rep's words: "5 touches due · 2 overdue · 3 calls". The window's
    header and the tray's tooltip both say this (the command line keeps
    ``QueueCounts.words``, in English)."""
    if not counts.total:
        return tr("nothing due")
    parts = [tr("%n touch(es) due", None, counts.total)]
    if counts.overdue:
        parts.append(tr("%n overdue", None, counts.overdue))
    if counts.calls:
        parts.append(tr("%n call(s)", None, counts.calls))
    return " · ".join(parts)


def describe_due(row: QueueRow, now: datetime, rep_tz: str, today: date) -> tuple[str, bool]:
    mine = utc_to_local(row.due_utc, rep_tz)
    overdue = is_overdue(row.due_utc, now, rep_tz, today)
    flag = "  " + tr("overdue") if overdue else ""
    if mine.date() == today:
        return (_hm(mine) + flag, overdue)
    return (f"{_day(mine)} {_hm(mine)}{flag}", overdue)


class QueueTableModel(RowTableModel[QueueRow]):
    """Rows are QueueRow values; refresh() replaces them all from the loader."""

    COLUMNS = COLUMNS

    def __init__(self, loader: Callable[[], Sequence[QueueRow]], now: Callable[[], datetime],
                 rep_tz: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._now = now
        self._rep_tz = rep_tz
        self._display: list[_Display | None] = []
        self._overdue: list[bool] = []
        self._context: tuple[datetime, str, date] = (datetime.min, "UTC", date.min)
        self._status: dict[int, str] = {}  # touch id -> progress shown on its row (email)
        self._problem: set[int] = set()  # touch ids whose progress is a problem (in red)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._link = QFont()
        self._link.setUnderline(True)

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        rows = list(self._loader())
        now = self._now()
        rep_tz = self._rep_tz()
        self._context = (now, rep_tz, utc_to_local(now, rep_tz).date())
        # A row's texts are worked out when the view first asks for them: a paint shows a
        # screenful, and each prospect's zone is loaded only when its row is seen.
        self._display = [None] * len(rows)
        self._overdue = [is_overdue(row.due_utc, *self._context) for row in rows]
        self.set_rows(rows)

    def _shown(self, row: int) -> _Display:
        display = self._display[row]
        if display is None:
            display = self._display[row] = self._describe(self._rows[row], *self._context)
        return display

    def _describe(self, row: QueueRow, now: datetime, rep_tz: str, today: date) -> _Display:
        due_text, overdue = describe_due(row, now, rep_tz, today)
        theirs = utc_to_local(row.due_utc, row.timezone)
        their_text = f"{_hm(theirs)} {theirs.tzname()} · {_zone_city(row.timezone)}"
        if theirs.date() != utc_to_local(row.due_utc, rep_tz).date():
            their_text = f"{ui_weekday(theirs)} {their_text}"
        gaps = tr("%n open", None, row.gaps) if row.gaps else tr("none", "no open gaps")
        from desktop_app.domain.builtin_words import builtin_words  # cached after the first

        title, reason = builtin_words(row.title), builtin_words(row.reason)
        texts = (due_text, their_text, row.prospect, row.company,
                 f"{CHANNEL_GLYPH[row.channel]} {tr(row.channel.label)}", title, reason,
                 gaps, row.phone)
        tooltip = f"{title} — {reason}"
        if row.due_utc != row.original_due_utc:
            planned = utc_to_local(row.original_due_utc, rep_tz)
            tooltip += "\n" + tr("Planned for {day} {time} (snoozed or moved)").format(
                day=_day(planned), time=_hm(planned))
        if row.optional:
            tooltip += "\n" + tr("Optional touch")
        return _Display(texts, tooltip, overdue)

    def row_of_touch(self, touch_id: int) -> int | None:
        for i, row in enumerate(self._rows):
            if row.id == touch_id:
                return i
        return None

    def set_row_status(self, touch_id: int, text: str | None, *,
                       problem: bool = False) -> None:
        """Show (or clear) a progress note at the start of the touch's reason, e.g. "sending…".
        ``problem`` shows it in the error colour (the caller knows; the note is in the
        rep's language, so its words are never read back)."""
        if text:
            self._status[touch_id] = text
        else:
            self._status.pop(touch_id, None)
        if problem and text:
            self._problem.add(touch_id)
        else:
            self._problem.discard(touch_id)
        row = self.row_of_touch(touch_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, COL_REASON), self.index(row, COL_REASON))

    def row_status(self, touch_id: int) -> str | None:
        return self._status.get(touch_id)

    def overdue_count(self) -> int:
        return sum(self._overdue)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES:  # most of what a paint asks for: one set lookup
            return None
        row, column = index.row(), index.column()  # -1 for an invalid index
        if not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return None
        return self.cell(row, column, role)

    def cell(self, row: int, column: int, role: int) -> Any:
        if role not in _ROLES:
            return None
        display = self._shown(row)
        if role == _DISPLAY:
            status = self._status.get(self._rows[row].id) if column == COL_REASON else None
            if status:
                return f"{status}  ·  {display.texts[column]}"
            return display.texts[column]
        if role == _FOREGROUND:  # a colour: the delegate takes it as the text's brush
            if column == COL_REASON and self._rows[row].id in self._status:
                return text_colour(Tone.ERROR if self._rows[row].id in self._problem
                                   else Tone.PROGRESS)
            if column == COL_DUE and display.overdue:
                return text_colour(Tone.ERROR)
            if column == COL_GAPS and not self._rows[row].gaps:
                return text_colour(Tone.MUTED)
            if column == COL_PHONE:
                return text_colour(Tone.LINK)
            return None
        if role == _FONT:
            if column == COL_PHONE:
                return self._link
            return self._italic if self._rows[row].optional else None
        if role == _ALIGNMENT:
            return _CENTRED if column == COL_GAPS else None
        if role == _TOOLTIP:
            if column == COL_PHONE and self._rows[row].phone:
                return tr("Call {phone} (click, or press T)").format(phone=self._rows[row].phone)
            status = self._status.get(self._rows[row].id)
            return f"{display.tooltip}\n{status}" if status else display.tooltip
        return self._rows[row].id  # the user role


def due_width(view: QTableView, *, overdue: bool) -> int:
    """Room for the widest "Due" text in the rep's language: a day and time in another
    week, "Wed 30 Sep 23:59" / "Mi., 30. Sept. 23:59", with "overdue" after it."""
    flag = "  " + tr("overdue") if overdue else ""
    metrics = view.fontMetrics()
    widest = max(metrics.horizontalAdvance(f"{_day(moment)} {_hm(moment)}{flag}")
                 for month in range(1, 13)
                 for moment in [datetime(2026, month, 28, 23, 59)])
    return widest + 16


# At a narrow window these give up width for the reason, down to their titles; the due
# time, the channel, the gaps and the phone keep theirs (they are short and exact).
_GIVE_WAY = (COL_THEIRS, COL_PROSPECT, COL_COMPANY, COL_TOUCH)
REASON_MIN_WIDTH = 170  # px: a few words of "why this touch"


class _ReasonKeepsRoom(QObject):
    """The reason takes the table's spare width; on a narrow window (a laptop, German's
    longer words) that would leave it a few letters. Then the columns in ``_GIVE_WAY``
    narrow in proportion, never below their titles, and widen again as the window grows.
    A column the rep has resized by hand is left as they set it."""

    def __init__(self, view: QTableView, wanted: dict[int, int], floors: dict[int, int]) -> None:
        super().__init__(view)
        self._view = view
        self._wanted = wanted
        self._floors = floors
        self._set: dict[int, int] = dict(wanted)  # what this last gave each column
        self._fitting = False
        # the reason stretches with the window: its resizing says the room changed (a
        # signal of ints; an event filter would hand every paint event to Python)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column == COL_REASON and not self._fitting:
            self._fitting = True  # (its own widths move the reason too)
            try:
                self.fit()
            finally:
                self._fitting = False

    def fit(self) -> None:
        header = self._view.horizontalHeader()
        ours = [c for c in self._wanted
                if not header.isSectionHidden(c) and header.sectionSize(c) == self._set[c]]
        if not ours:
            return
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != COL_REASON and c not in ours and not header.isSectionHidden(c))
        room = self._view.viewport().width() - others - REASON_MIN_WIDTH
        wanted = sum(self._wanted[c] for c in ours)
        spare = sum(self._wanted[c] - self._floors[c] for c in ours)
        short = min(max(wanted - room, 0), spare)
        for column in ours:
            give = self._wanted[column] - self._floors[column]
            width = self._wanted[column] - (round(short * give / spare) if spare else 0)
            if width != header.sectionSize(column):
                self._set[column] = width
                self._view.setColumnWidth(column, width)


def configure_queue_table(view: QTableView, widths: Sequence[int]) -> None:
    """A list of touches as Today and Upcoming show it: one line a row, the reason taking
    the spare width (and at least ``REASON_MIN_WIDTH`` while the other text columns can
    give way), the other columns at ``widths`` (0 leaves a column as it is), and never
    narrower than their title in the rep's language."""
    configure_list_table(view)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
    metrics = header.fontMetrics()
    model = view.model()
    cells = view.fontMetrics()
    # the longest channel in the rep's language ("◎ Soziale Netzwerke") fits its column
    channel = max(cells.horizontalAdvance(f"{glyph} {tr(channel.label)}")
                  for channel, glyph in CHANNEL_GLYPH.items()) + 16
    wanted: dict[int, int] = {}
    floors: dict[int, int] = {}
    for column, width in enumerate(widths):
        if width:
            title = metrics.horizontalAdvance(
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")) + 24
            fit = max(width, title)
            if column == COL_CHANNEL:
                fit = max(fit, channel)
            view.setColumnWidth(column, fit)
            if column in _GIVE_WAY:
                wanted[column], floors[column] = fit, min(fit, max(title, 90))
    if wanted:
        _ReasonKeepsRoom(view, wanted, floors)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
