"""One day ahead in the Upcoming tab and ``tickler queue --days``: its touches and load."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.model import Channel
from ..store.store import QueueRow


@dataclass(frozen=True, slots=True)
class DayLoad:
    """One day ahead on the rep's clock: its touches in time order and how heavy it is."""

    day: date
    rows: tuple[QueueRow, ...]

    def count(self, *channels: Channel) -> int:
        return sum(1 for r in self.rows if r.channel in channels)

    @property
    def calls(self) -> int:
        return self.count(Channel.CALL)

    @property
    def emails(self) -> int:
        return self.count(Channel.EMAIL)

    @property
    def posts(self) -> int:
        """Handwritten notes by post and social touches: the rep's own hands."""
        return self.count(Channel.POST, Channel.SOCIAL)

    def load_text(self) -> str:
        from .queue import load_text

        return load_text(self.calls, self.emails, self.posts)
