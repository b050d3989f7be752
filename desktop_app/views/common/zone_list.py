"""A searchable list of IANA time zones, each with its current local time.

``TimeZonePicker`` puts ``TimeZoneListModel`` and ``TimeZoneFilterProxy`` behind a search
field; the profile editor, the log-stall dialog and ``choose_zone`` (the rep's own zone)
all use it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import lru_cache
from html import escape

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import zone
from desktop_app.views.common.qt_dates import ui_datetime, ui_time, ui_weekday

Index = QModelIndex | QPersistentModelIndex
ZONE_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Canonical zone names a rep would pick (Area/City and UTC), sorted."""
    from zoneinfo import available_timezones

    names = {
        n for n in available_timezones()
        if "/" in n and not n.startswith(("Etc/", "SystemV/", "US/", "Canada/", "Brazil/",
                                          "Mexico/", "Chile/", "posix/", "right/"))
    }
    names.add("UTC")
    return tuple(sorted(names))


def utc_offset_text(moment: datetime) -> str:
    """E.g. "UTC+9", "UTC−3:30", "UTC+0"."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "−"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{mins:02d}" if mins else f"UTC{sign}{hours}"


def zone_label(name: str, now_utc: datetime) -> str:
    """E.g. "Asia/Tokyo  18:05 Mon, UTC+9"."""
    local = now_utc.astimezone(zone(name))
    return (f"{name.replace('_', ' ')}  {ui_time(local)} {ui_weekday(local)}, "
            f"{utc_offset_text(local)}")


class TimeZoneListModel(QAbstractListModel):
    """Every zone, showing its local time now; ZONE_ROLE is the IANA name."""

    def __init__(self, now: Callable[[], datetime] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(UTC))
        self._names = zone_names()
        self._stamp = self._now()
        self._labels: dict[int, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        name = self._names[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._labels.get(index.row())
            if label is None:
                label = self._labels[index.row()] = zone_label(name, self._stamp)
            return label
        if role in (ZONE_ROLE, Qt.ItemDataRole.EditRole):
            return name
        if role == SEARCH_ROLE:
            return name.replace("_", " ").replace("/", " ").lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{zone}: local time now {time}").format(
                zone=name, time=ui_time(self._stamp.astimezone(zone(name))))
        return None

    def row_of(self, name: str) -> int:
        try:
            return self._names.index(name)
        except ValueError:
            return -1

    def refresh(self) -> None:
        """Re-read the clock (call once a minute) so the local times stay right."""
        self._stamp = self._now()
        self._labels.clear()
        if self._names:
            self.dataChanged.emit(self.index(0), self.index(len(self._names) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])


class TimeZoneFilterProxy(QSortFilterProxyModel):
    """Keeps zones where every typed word starts a part of the name: "new york", "asia tok"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        words = text.replace("_", " ").replace("/", " ").lower().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        text = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        tokens = text.split()
        return all(any(token.startswith(word) for token in tokens) for word in self._words)


class TimeZonePicker(QWidget):
    """A search field over the zone list, the chosen zone and its local time now."""

    zoneChanged = Signal(str)

    def __init__(self, now: Callable[[], datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now or (lambda: datetime.now(UTC))
        self._zone = ""
        self.model = TimeZoneListModel(self._now, self)
        self.proxy = TimeZoneFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("zoneSearch")
        self.search.setAccessibleName(tr("Search time zones"))
        self.search.setPlaceholderText(tr("Search zones: london, new york, tokyo…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setObjectName("zoneList")
        self.list.setAccessibleName(tr("Time zones"))
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(96)
        self.current = QLabel(self)
        self.current.setObjectName("zoneCurrent")
        self.current.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.current)

        self.search.textChanged.connect(self._on_search)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self.search.returnPressed.connect(self._take_first)

        self._tick = QTimer(self)
        self._tick.setObjectName("zonePickerMinuteTimer")
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self._show_current()

    def zone(self) -> str:
        return self._zone

    def set_zone(self, name: str) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.proxy.set_search("")
        self._select(name)
        self._zone = name
        self._show_current()

    def refresh(self) -> None:
        self.model.refresh()
        self._show_current()

    def _select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row < 0:
            self.list.clearSelection()
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row))
        if proxy_index.isValid():
            self.list.blockSignals(True)
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(proxy_index)
            self.list.selectionModel().blockSignals(False)
            self.list.blockSignals(False)
            self.list.scrollTo(proxy_index, QListView.ScrollHint.PositionAtCenter)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        if self._zone:
            self._select(self._zone)

    def _take_first(self) -> None:
        if self.proxy.rowCount() > 0:
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        name = current.data(ZONE_ROLE) if current.isValid() else None
        if name and name != self._zone:
            self._zone = name
            self._show_current()
            self.zoneChanged.emit(name)

    def _show_current(self) -> None:
        if not self._zone:
            self.current.setText(tr("No time zone chosen yet."))
            return
        try:
            local = self._now().astimezone(zone(self._zone))
        except ValueError:
            self.current.setText(tr("“{zone}” is not a time zone Tickler knows.").format(
                zone=escape(self._zone)))
            return
        self.current.setText(
            f"<b>{self._zone}</b>: {ui_datetime(local, sep=', ')} ({utc_offset_text(local)})")


def choose_zone(parent: QWidget, title: str, current: str,
                now: Callable[[], datetime] | None = None) -> str | None:
    """Ask for a time zone in a small dialog; the chosen IANA name, or None on Cancel."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    picker = TimeZonePicker(now, dialog)
    picker.set_zone(current)
    layout.addWidget(picker)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(420, 420)
    picker.search.setFocus()
    if not dialog.exec():
        return None
    return picker.zone() or None
