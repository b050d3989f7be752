"""How the app behaves around the window: close to the tray or quit, start at login."""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.i18n import tr
from ..platform import autostart
from .context import SETTINGS, AppContext, ValidationError

CLOSE_KEY = "window.close_action"
LOGIN_KEY = "start_at_login"
CLOSE_ACTIONS = ("background", "quit")


def close_action(ctx: AppContext) -> str | None:
    """"background", "quit", or None when the rep has not been asked yet."""
    value = ctx.store.get_setting(CLOSE_KEY)
    return value if value in CLOSE_ACTIONS else None


def set_close_action(ctx: AppContext, action: str) -> None:
    if action not in CLOSE_ACTIONS:
        raise ValidationError(tr("Closing the window either keeps Tickler running or quits it."))
    ctx.store.set_setting(CLOSE_KEY, action)
    ctx.changes.emit(SETTINGS)


def start_at_login(ctx: AppContext) -> bool:
    return ctx.store.get_setting(LOGIN_KEY) == "1" and autostart.is_enabled()


def set_start_at_login(ctx: AppContext, enabled: bool, command: Sequence[str]) -> str:
    """Write or remove the login entry and remember the choice; returns a message."""
    if not autostart.supported():
        raise ValidationError(
            tr("Start at login is set by the installer on this system (see the README)."))
    try:
        path = autostart.set_enabled(enabled, command)
    except OSError as exc:
        raise ValidationError(tr("Could not change the login entry: {error}.").format(
            error=exc.strerror)) from exc
    ctx.store.set_setting(LOGIN_KEY, "1" if enabled else "0")
    ctx.changes.emit(SETTINGS)
    return (tr("Tickler will start at login ({path}).").format(path=path) if enabled
            else tr("Tickler will not start at login."))
