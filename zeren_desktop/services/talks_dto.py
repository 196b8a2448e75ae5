"""Talk records (廉政谈话、提醒谈话、约谈、诫勉谈话): the input with its checks, and the rows.

Pure data; the fields follow the talk record of REFERENCE.md §6 (kind, basis, approved by,
subject, talker and note-taker, start and end time, place, reason, content, the subject's
statement, rectification demanded and deadline, later the follow-up).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, replace

from zeren_desktop.domain.enums import TalkKind
from zeren_desktop.domain.records import EARLIEST_DATE, clean_text
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_CTX = "Validation"
SHORT_MAX = 200     # names, place, approved by
TEXT_MAX = 10_000   # basis, reason, content, statement, rectification, follow-up note
_TIME = re.compile(r"^([01]?\d|2[0-3])[:：]([0-5]\d)$")


def _limited(value: str, field_name: str, limit: int) -> str:
    value = clean_text(value)
    if len(value) > limit:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "At most {limit} characters are allowed here ({n} given)."),
            {"limit": limit, "n": len(value)}))
    return value


def _required(value: str, field_name: str, limit: int) -> str:
    value = _limited(value, field_name, limit)
    if not value:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "This field is required.")))
    return value


def _time(value: str, field_name: str) -> str:
    """"" or HH:MM (a full-width colon and a one-digit hour are accepted)."""
    value = clean_text(value)
    if not value:
        return ""
    match = _TIME.match(value)
    if match is None:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "Give the time as hours and minutes, e.g. 09:30 ({text} given)."),
            {"text": value[:20]}))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


@dataclass(frozen=True)
class TalkInput:
    kind: TalkKind
    held_on: dt.date
    talker: str
    # The subject: a cadre of the records, or a name typed in (someone not in them).
    cadre_id: uuid.UUID | None = None
    subject_name: str = ""
    # The subject's unit; None: the unit of the cadre's post on the day.
    unit_id: uuid.UUID | None = None
    start_time: str = ""
    end_time: str = ""
    place: str = ""
    note_taker: str = ""
    approved_by: str = ""
    basis: str = ""
    reason: str = ""
    content: str = ""
    statement: str = ""
    rectification: str = ""
    deadline: dt.date | None = None
    follow_up_on: dt.date | None = None
    follow_up_note: str = ""
    case_id: uuid.UUID | None = None

    def validated(self, today: dt.date) -> TalkInput:
        """The input cleaned, or ValidationError naming the first bad field."""
        if self.held_on < EARLIEST_DATE or self.held_on > today:
            raise ValidationError("held_on", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "{date} is not plausible: a talk recorded here has "
                "taken place, so it lies between 1900 and today."),
                {"date": self.held_on.isoformat()}))
        subject_name = _limited(self.subject_name, "subject_name", SHORT_MAX)
        if self.cadre_id is None and not subject_name:
            raise ValidationError("subject_name", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "Say who was talked to: choose a cadre or type the name.")))
        if self.cadre_id is None and self.unit_id is None:
            raise ValidationError("unit_id", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "Choose the unit of the person talked to.")))
        start = _time(self.start_time, "start_time")
        end = _time(self.end_time, "end_time")
        if start and end and end < start:
            raise ValidationError("end_time", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "The talk cannot end ({end}) before it starts ({start})."),
                {"start": start, "end": end}))
        if self.deadline is not None and self.deadline < self.held_on:
            raise ValidationError("deadline", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "The rectification deadline cannot come before the talk.")))
        if self.follow_up_on is not None and self.follow_up_on < self.held_on:
            raise ValidationError("follow_up_on", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "The follow-up cannot come before the talk.")))
        follow_up_note = _limited(self.follow_up_note, "follow_up_note", TEXT_MAX)
        if follow_up_note and self.follow_up_on is None:
            raise ValidationError("follow_up_on", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "Give the date of the follow-up its note reports.")))
        if self.follow_up_on is not None and follow_up_note and self.follow_up_on > today:
            raise ValidationError("follow_up_on", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "A follow-up with its result cannot lie in the future.")))
        return replace(
            self,
            talker=_required(self.talker, "talker", SHORT_MAX),
            subject_name=subject_name,
            start_time=start, end_time=end,
            place=_limited(self.place, "place", SHORT_MAX),
            note_taker=_limited(self.note_taker, "note_taker", SHORT_MAX),
            approved_by=_limited(self.approved_by, "approved_by", SHORT_MAX),
            basis=_limited(self.basis, "basis", TEXT_MAX),
            reason=_limited(self.reason, "reason", TEXT_MAX),
            content=_limited(self.content, "content", TEXT_MAX),
            statement=_limited(self.statement, "statement", TEXT_MAX),
            rectification=_limited(self.rectification, "rectification", TEXT_MAX),
            follow_up_note=follow_up_note,
        )


@dataclass(frozen=True)
class TalkRow:
    id: uuid.UUID
    kind: TalkKind
    held_on: dt.date
    start_time: str
    end_time: str
    place: str
    cadre_id: uuid.UUID | None
    subject_name: str          # the cadre's name when a cadre was chosen
    unit_id: uuid.UUID | None
    unit_name: str
    talker: str
    note_taker: str
    approved_by: str
    basis: str
    reason: str
    content: str
    statement: str
    rectification: str
    deadline: dt.date | None
    follow_up_on: dt.date | None
    follow_up_note: str
    case_id: uuid.UUID | None
    case_number: str

    def follow_up_due(self, today: dt.date, within_days: int = 0) -> bool:
        """A follow-up planned for today + `within_days` or earlier, with no note yet."""
        return (self.follow_up_on is not None and not self.follow_up_note
                and self.follow_up_on <= today + dt.timedelta(days=within_days))

    def as_input(self) -> TalkInput:
        return TalkInput(
            kind=self.kind, held_on=self.held_on, talker=self.talker, cadre_id=self.cadre_id,
            subject_name="" if self.cadre_id is not None else self.subject_name,
            unit_id=self.unit_id, start_time=self.start_time, end_time=self.end_time,
            place=self.place, note_taker=self.note_taker, approved_by=self.approved_by,
            basis=self.basis, reason=self.reason, content=self.content,
            statement=self.statement, rectification=self.rectification,
            deadline=self.deadline, follow_up_on=self.follow_up_on,
            follow_up_note=self.follow_up_note, case_id=self.case_id)
