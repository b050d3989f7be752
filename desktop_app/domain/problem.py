"""What went wrong with a message, kept as data and put into words only when it is shown.

A send runs on a worker thread and its result is stored; the rep may read it hours later,
after switching the desktop's language. So nothing stores a sentence: a ``Problem`` holds
a kind (which sentence), the values the sentence needs (a host name, the server's own
reply, which are never translated) and the server's reply code. The layer that knows the
kind words it with ``tr`` at the moment it is shown (``platform/smtp.py`` for what the
server and the network did, ``services/outbox.py`` for Tickler's own reasons).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

# Tickler's own reasons (worded in services/outbox.py); the server's and the network's
# kinds are platform/smtp.py's.
MARKED_SENT = "marked_sent"  # the rep said the uncertain message did arrive
INTERRUPTED = "interrupted"  # Tickler stopped while the server had the whole message
RESTORED = "restored"  # a backup was restored: the message may have gone since
SLOT_MOVED = "slot_moved"  # the call moved after the rep edited the message by hand
BOUNCED = "bounced"  # the address bounced (values: address, status, words)


@dataclass(frozen=True, slots=True)
class Problem:
    kind: str
    values: tuple[tuple[str, str], ...] = ()
    code: int | None = None
    temporary: bool = False  # worth another attempt (a 4xx, a dropped connection)

    @classmethod
    def of(cls, kind: str, /, **values: object) -> Problem:
        """A problem with ``values`` (no code, not worth a retry)."""
        return cls(kind, tuple((k, str(v)) for k, v in values.items()))

    def get(self, name: str, default: str = "") -> str:
        return next((v for k, v in self.values if k == name), default)

    @property
    def value_map(self) -> Mapping[str, str]:
        return dict(self.values)

    def to_json(self) -> str:
        data: dict[str, object] = {"kind": self.kind, "values": dict(self.values)}
        if self.code is not None:
            data["code"] = self.code
        if self.temporary:
            data["temporary"] = True
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> Problem | None:
        """The stored problem, or None for '' and for anything this version cannot read."""
        if not text:
            return None
        try:
            data = json.loads(text)
            values = data.get("values") or {}
            code = data.get("code")
            return cls(str(data["kind"]), tuple((str(k), str(v)) for k, v in values.items()),
                       int(code) if code is not None else None, bool(data.get("temporary")))
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
