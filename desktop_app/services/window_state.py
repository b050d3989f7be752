"""Where the rep left the main window, kept with the other settings in the book."""

from __future__ import annotations

from .context import AppContext

MAIN_WINDOW_KEY = "window.main_geometry"


def load_window_geometry(ctx: AppContext, key: str = MAIN_WINDOW_KEY) -> str | None:
    """The geometry saved last (Qt's saveGeometry, as base64), or None."""
    return ctx.store.get_setting(key) or None


def save_window_geometry(ctx: AppContext, geometry: str, key: str = MAIN_WINDOW_KEY) -> None:
    """Not announced as a change: nothing else shows it, so no view needs refreshing."""
    if geometry != ctx.store.get_setting(key):
        ctx.store.set_setting(key, geometry)
