"""What every service needs: the store, the clock and a way to say what changed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ..scheduling.clock import Clock, system_clock
from ..store import Store, is_damage

log = logging.getLogger(__name__)

Listener = Callable[[frozenset[str]], None]

# Topics a change can touch; views refresh on the ones they show.
PROSPECTS, TOUCHES, STALLS, SETTINGS, PROFILE = (
    "prospects", "touches", "stalls", "settings", "profile")


class Cancelled(Exception):
    """Long work the rep cancelled; whatever it was writing was rolled back."""


class ValidationError(ValueError):
    """Bad input, with a message for the rep and the field it belongs to."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ChangeBus:
    """Services announce what they changed; views listen and refresh."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._defer: Callable[[Callable[[], None]], None] | None = None

    def defer_with(self, defer: Callable[[Callable[[], None]], None]) -> None:
        """Hold announcements until ``defer`` runs them: the store's after-commit queue, so a
        view never refreshes on a change that is not saved yet, or that gets rolled back."""
        self._defer = defer

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, *topics: str) -> None:
        changed = frozenset(topics)
        if self._defer is not None:
            self._defer(lambda: self._deliver(changed))
        else:
            self._deliver(changed)

    def _deliver(self, changed: frozenset[str]) -> None:
        for listener in list(self._listeners):
            try:
                listener(changed)
            except Exception as exc:  # one broken view must not stop the others refreshing
                if is_damage(exc):  # but a damaged book is everyone's business: it goes up
                    raise
                log.exception("change listener failed")


@dataclass
class AppContext:
    store: Store
    clock: Clock = system_clock
    changes: ChangeBus = field(default_factory=ChangeBus)
    _rep_tz: str | None = None

    def __post_init__(self) -> None:
        self.changes.defer_with(self.store.after_commit)

    def now(self) -> datetime:
        return self.clock()

    @property
    def rep_timezone(self) -> str:
        """The rep's own IANA zone: a setting, else the machine's zone, else UTC."""
        if self._rep_tz is None:
            stored = self.store.get_setting("rep_timezone")
            self._rep_tz = stored or detect_local_zone()
        return self._rep_tz

    def forget_cached_settings(self) -> None:
        """Read settings afresh (after a restore replaced the book)."""
        self._rep_tz = None

    def reread_machine_zone(self) -> bool:
        """The system's time zone may have changed: look it up afresh. A zone the rep chose
        stays; a rep who never chose follows the machine. True when the zone in use moved
        (then the views and the pop-ups hear of it)."""
        before = self._rep_tz
        self._rep_tz = None
        detect_local_zone(reload=True)
        if before is not None and self.rep_timezone != before:
            log.info("the rep's time zone is now %s (was %s)", self.rep_timezone, before)
            self.changes.emit(SETTINGS, TOUCHES)
            return True
        return False

    def set_rep_timezone(self, name: str) -> None:
        from ..domain.i18n import tr
        from ..domain.localtime import is_valid_zone

        if not is_valid_zone(name):
            raise ValidationError(tr("'{zone}' is not a time zone Tickler knows.").format(
                zone=name), "timezone")
        self.store.set_setting("rep_timezone", name)
        self._rep_tz = name
        self.changes.emit(SETTINGS, TOUCHES)


def detect_local_zone(*, reload: bool = False) -> str:
    """The machine's IANA zone name (``reload``: not the one remembered from the last look)."""
    from ..domain.localtime import is_valid_zone

    try:
        import tzlocal

        if reload:
            tzlocal.reload_localzone()
        name = str(tzlocal.get_localzone_name() or "")
    except Exception:  # no zone configured on this machine
        name = ""
    if name in ("Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu"):
        name = "UTC"
    return name if name and is_valid_zone(name) else "UTC"
