"""Meeting records (会议记录): the input and its checks. Pure Python."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, replace

from zeren_desktop.domain.enums import MeetingKind
from zeren_desktop.domain.ledger import SHORT_MAX, TEXT_MAX, _date_in_range, _limited, _required
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

MAX_ATTENDEES = 60


@dataclass(frozen=True)
class MeetingInput:
    held_on: dt.date
    kind: MeetingKind
    unit_id: uuid.UUID
    title: str
    attendee_ids: tuple[uuid.UUID, ...]
    place: str = ""
    presided_by: str = ""
    agenda: str = ""          # one item per line
    decisions: str = ""
    # It studied integrity work (党风廉政建设): then each attendee's ledger gets a 研究部署 entry.
    integrity: bool = True
    item_ids: tuple[uuid.UUID, ...] = field(default_factory=tuple)

    def validated(self, today: dt.date) -> MeetingInput:
        _date_in_range(self.held_on, "held_on", today)
        attendees = tuple(dict.fromkeys(self.attendee_ids))
        if not attendees:
            raise ValidationError("attendee_ids", Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "Choose who attended the meeting.")))
        if len(attendees) > MAX_ATTENDEES:
            raise ValidationError("attendee_ids", Message("Validation", QT_TRANSLATE_NOOP(
                "Validation", "At most {limit} attendees can be recorded ({n} given)."),
                {"limit": MAX_ATTENDEES, "n": len(attendees)}))
        return replace(
            self, title=_required(self.title, "title", SHORT_MAX),
            place=_limited(self.place, "place", SHORT_MAX),
            presided_by=_limited(self.presided_by, "presided_by", SHORT_MAX),
            agenda=_limited(self.agenda, "agenda", TEXT_MAX),
            decisions=_limited(self.decisions, "decisions", TEXT_MAX),
            attendee_ids=attendees, item_ids=tuple(dict.fromkeys(self.item_ids)))


@dataclass(frozen=True)
class MeetingRow:
    id: uuid.UUID
    held_on: dt.date
    kind: MeetingKind
    unit_id: uuid.UUID
    unit_name: str
    title: str
    place: str
    presided_by: str
    agenda: str
    decisions: str
    integrity: bool
    attendee_ids: tuple[uuid.UUID, ...]
    attendee_names: tuple[str, ...]
    item_ids: tuple[uuid.UUID, ...]
    entries: int              # ledger entries derived from it
    entered_by: str


@dataclass(frozen=True)
class AttendeeChoice:
    """A member of the unit's leadership teams on the day, for the attendee list."""

    cadre_id: uuid.UUID
    name: str
    post_title: str
    # Ticked for a new meeting: the usual attendees of its kind (a 党委会 is the Party
    # committee's, not the discipline committee's).
    ticked: bool = True


@dataclass(frozen=True)
class MeetingItemChoice:
    """A list item of the unit's team or its members that a meeting may serve."""

    id: uuid.UUID
    holder: str
    number: int
    text: str
