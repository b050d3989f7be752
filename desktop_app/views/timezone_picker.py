"""Choosing an IANA time zone from a searchable list that shows each zone's time now."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QInputDialog, QWidget


@cache
def all_zones() -> tuple[str, ...]:
    from zoneinfo import available_timezones

    skip = ("Etc/", "SystemV/", "US/", "Canada/", "Brazil/", "Chile/", "Mexico/")
    zones = sorted(z for z in available_timezones()
                   if "/" in z and not z.startswith(skip) and not z.startswith("posix"))
    return tuple(["UTC", *zones])


def zone_label(name: str, now: datetime | None = None) -> str:
    from ..domain.localtime import zone

    now = now or datetime.now(UTC)
    local = now.astimezone(zone(name))
    return f"{name.replace('_', ' ')} — {local:%H:%M} now"


class TimezoneCombo(QComboBox):
    """An editable combo: type any part of a zone name; the list shows local time now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self._zones = all_zones()
        now = datetime.now(UTC)
        for name in self._zones:
            self.addItem(zone_label(name, now), name)
        completer = QCompleter(QStringListModel([zone_label(z, now) for z in self._zones]),
                               self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(28)

    def zone_name(self) -> str:
        text = self.currentText().strip()
        name = text.split(" — ", 1)[0].replace(" ", "_")
        if name in self._zones:
            return name
        data = self.currentData()
        if data and self.itemText(self.currentIndex()) == text:
            return str(data)
        return name

    def set_zone(self, name: str) -> None:
        index = self.findData(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)


def choose_timezone(parent: QWidget, title: str, current: str) -> str | None:
    zones = list(all_zones())
    labels = [zone_label(z) for z in zones]
    start = zones.index(current) if current in zones else 0
    label, ok = QInputDialog.getItem(parent, title, "Time zone:", labels, start, True)
    if not ok:
        return None
    name = label.split(" — ", 1)[0].replace(" ", "_")
    return name if name in zones else None
