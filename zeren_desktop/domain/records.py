"""Input records for the core entities, with the checks every caller gets.

Services accept these, validate them, and write nothing when a check fails.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field, replace

from zeren_desktop.domain.enums import Rank, Sex, TeamKind, TeamRole, UnitKind
from zeren_desktop.domain.identity import (
    birth_date_from_resident_id,
    sex_from_resident_id,
    validate_credit_code,
    validate_resident_id,
)
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_CTX = "Validation"
NAME_MAX = 50
UNIT_NAME_MAX = 100
TEXT_MAX = 2000
EARLIEST_DATE = dt.date(1900, 1, 1)


# The Unicode control characters (category Cc) except tab and newline.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(value: str) -> str:
    """Strip, and drop control characters that break display and printing."""
    return _CONTROL.sub("", value.strip())


def years_after(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _required(value: str, field_name: str, limit: int) -> str:
    value = clean_text(value)
    if not value:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "This field is required.")))
    return _limited(value, field_name, limit)


def _limited(value: str, field_name: str, limit: int) -> str:
    value = clean_text(value)
    if len(value) > limit:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "At most {limit} characters are allowed here ({n} given)."),
            {"limit": limit, "n": len(value)}))
    return value


def _sane_date(value: dt.date | None, field_name: str, today: dt.date) -> None:
    if value is None:
        return
    if value < EARLIEST_DATE or value > today:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Validation", "{date} is not plausible: it must lie between 1900 and today."),
            {"date": value.isoformat()}))


@dataclass(frozen=True)
class UnitInput:
    name: str
    kind: UnitKind
    parent_id: uuid.UUID | None = None
    short_name: str = ""
    credit_code: str = ""
    notes: str = ""

    def validated(self) -> UnitInput:
        return replace(
            self,
            name=_required(self.name, "name", UNIT_NAME_MAX),
            short_name=_limited(self.short_name, "short_name", NAME_MAX),
            credit_code=validate_credit_code(self.credit_code) if self.credit_code.strip() else "",
            notes=_limited(self.notes, "notes", TEXT_MAX),
        )


@dataclass(frozen=True)
class PostInput:
    """One post (职务) a cadre held: where, what, and when."""

    unit_id: uuid.UUID
    title: str
    start_date: dt.date
    end_date: dt.date | None = None
    portfolio: str = ""
    id: uuid.UUID | None = None

    def validated(self, index: int, birth_date: dt.date | None, today: dt.date) -> PostInput:
        prefix = f"posts[{index}]."
        title = _required(self.title, prefix + "title", NAME_MAX * 2)
        _sane_date(self.start_date, prefix + "start_date", today)
        if self.end_date is not None:
            _sane_date(self.end_date, prefix + "end_date", today)
            if self.end_date < self.start_date:
                raise ValidationError(prefix + "end_date", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Validation", "A post cannot end ({end}) before it starts ({start}).",
                ), {"end": self.end_date.isoformat(), "start": self.start_date.isoformat()}))
        if birth_date is not None and self.start_date < years_after(birth_date, 16):
            raise ValidationError(prefix + "start_date", Message(_CTX, QT_TRANSLATE_NOOP(
                "Validation", "A post starting on {start} would begin before the cadre was 16."),
                {"start": self.start_date.isoformat()}))
        return replace(self, title=title,
                       portfolio=_limited(self.portfolio, prefix + "portfolio", TEXT_MAX))


@dataclass(frozen=True)
class CadreInput:
    name: str
    rank: Rank = Rank.GENERAL
    sex: Sex | None = None
    birth_date: dt.date | None = None
    ethnicity: str = ""
    id_number: str = ""
    party_standing: str = ""
    phone: str = ""
    notes: str = ""
    posts: tuple[PostInput, ...] = field(default_factory=tuple)

    def validated(self, today: dt.date | None = None) -> CadreInput:
        today = today or dt.date.today()
        name = _required(self.name, "name", NAME_MAX)
        _sane_date(self.birth_date, "birth_date", today)
        id_number = ""
        sex, birth = self.sex, self.birth_date
        if self.id_number.strip():
            id_number = validate_resident_id(self.id_number, today=today)
            id_birth = birth_date_from_resident_id(id_number)
            if birth is not None and birth != id_birth:
                raise ValidationError("birth_date", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Validation",
                    "The birth date {date} differs from the one in the ID number ({id_date})."
                ), {"date": birth.isoformat(), "id_date": id_birth.isoformat()}))
            id_sex = Sex(sex_from_resident_id(id_number))
            if sex is not None and sex != id_sex:
                raise ValidationError("sex", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Validation", "The sex differs from the one the ID number shows.")))
            birth, sex = id_birth, id_sex
        posts = tuple(p.validated(i, birth, today) for i, p in enumerate(self.posts))
        return replace(
            self, name=name, sex=sex, birth_date=birth, id_number=id_number, posts=posts,
            ethnicity=_limited(self.ethnicity, "ethnicity", 20),
            party_standing=_limited(self.party_standing, "party_standing", 20),
            phone=_limited(self.phone, "phone", 30),
            notes=_limited(self.notes, "notes", TEXT_MAX),
        )


@dataclass(frozen=True)
class TeamInput:
    unit_id: uuid.UUID
    kind: TeamKind
    name: str

    def validated(self) -> TeamInput:
        return replace(self, name=_required(self.name, "name", UNIT_NAME_MAX))


@dataclass(frozen=True)
class MembershipInput:
    team_id: uuid.UUID
    cadre_id: uuid.UUID
    role: TeamRole
    start_date: dt.date
    end_date: dt.date | None = None
    portfolio: str = ""

    def validated(self, today: dt.date | None = None) -> MembershipInput:
        today = today or dt.date.today()
        _sane_date(self.start_date, "start_date", today)
        if self.end_date is not None:
            _sane_date(self.end_date, "end_date", today)
            if self.end_date < self.start_date:
                raise ValidationError("end_date", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Validation", "A membership cannot end ({end}) before it starts ({start})."),
                    {"end": self.end_date.isoformat(), "start": self.start_date.isoformat()}))
        return replace(self, portfolio=_limited(self.portfolio, "portfolio", TEXT_MAX))
