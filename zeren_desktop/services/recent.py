"""What each user picked lately in the person and unit pickers, most recent first.

Kept on this computer (config.recent_picks), so the list outlasts a session and a restart,
like a list of recent files; it is a convenience, not a record, so it is not in the
database, the audit trail or exchange packages."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field

from zeren_desktop import config

RECENT_LIMIT = 20  # records remembered per user and kind


@dataclass
class RecentPicks:
    kind: str  # "cadres" or "units"
    limit: int = RECENT_LIMIT
    _lists: dict[uuid.UUID, list[uuid.UUID]] = field(default_factory=dict, repr=False)

    def get(self, user_id: uuid.UUID) -> list[uuid.UUID]:
        """What `user_id` picked lately, most recent first (read from the file once)."""
        if user_id not in self._lists:
            ids: list[uuid.UUID] = []
            for value in config.recent_picks(str(user_id), self.kind):
                try:
                    ids.append(uuid.UUID(value))
                except ValueError:
                    continue  # a damaged entry is skipped, not fatal
            self._lists[user_id] = ids[:self.limit]
        return list(self._lists[user_id])

    def note(self, user_id: uuid.UUID, item_id: uuid.UUID) -> None:
        """`user_id` picked `item_id`: first from now on, and saved."""
        ids = [i for i in self.get(user_id) if i != item_id]
        ids.insert(0, item_id)
        del ids[self.limit:]
        self._lists[user_id] = ids
        # A read-only profile: remembered for this session only.
        with contextlib.suppress(OSError):
            config.save_recent_picks(str(user_id), self.kind, [str(i) for i in ids])
