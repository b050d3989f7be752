"""Relays the services' plain-Python change notices as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.services.context import ChangeBus


class QtChanges(QObject):
    """``changed`` carries the frozenset of topics a service touched."""

    changed = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("QtChanges")
        self._unsubscribe = bus.subscribe(self.changed.emit)

