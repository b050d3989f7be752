"""Windows sized to the screen they open on, and the main window where the rep left it.

Every window fits a 1280×720 desktop (and so a 2560×1440 one at 200 %, the same size in
logical pixels): it asks for its comfortable size and gets at most the screen's free area
less room for the title bar and the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop_app.services import AppContext
from desktop_app.services.window_state import load_window_geometry, save_window_geometry

SIDE_MARGIN = 40
TITLE_AND_PANEL = 60  # a title bar and a desktop panel or dock, as most desktops have


def free_area(widget: QWidget) -> QSize:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return QSize(area.width() - SIDE_MARGIN, area.height() - TITLE_AND_PANEL)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height``, or to what the screen has room for."""
    room = free_area(widget)
    widget.resize(max(min(width, room.width()), 320), max(min(height, room.height()), 240))


class _GeometryKeeper(QObject):
    def __init__(self, window: QWidget, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("GeometryKeeper")
        self._window = window
        self._ctx = ctx
        window.installEventFilter(self)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self._window and event.type() in (QEvent.Type.Hide, QEvent.Type.Close):
            self.save()
        return False

    def save(self) -> None:
        try:
            data = bytes(self._window.saveGeometry().toBase64().data()).decode("ascii")
            save_window_geometry(self._ctx, data)
        except Exception:  # a closed book at quit: the size is not worth an error
            return


def remember_geometry(window: QWidget, ctx: AppContext, width: int, height: int) -> None:
    """Put the window where it was last time (Qt keeps it on a screen that exists now), or
    size it to the screen; save its place whenever it is hidden or the app quits."""
    saved = load_window_geometry(ctx)
    restored = False
    if saved:
        restored = window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))
    if restored:
        room = free_area(window)
        if window.width() > room.width() + SIDE_MARGIN or \
                window.height() > room.height() + TITLE_AND_PANEL:
            restored = False  # saved on a bigger screen than this one
    if not restored:
        fit_to_screen(window, width, height)
    _GeometryKeeper(window, ctx)
