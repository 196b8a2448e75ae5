"""Closed vocabularies of the core records, with their display labels (translatable)."""

from __future__ import annotations

from enum import StrEnum

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A string enum whose members have a source-language label for the UI."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def context(cls) -> str:
        return cls.__name__


class UnitKind(LabelledEnum):
    COUNTY = "county"
    TOWNSHIP = "township"
    DEPARTMENT = "department"
    VILLAGE = "village"
    ENTERPRISE = "enterprise"
    OTHER = "other"


class Rank(LabelledEnum):
    """Cadre rank (职级) as the rules distinguish it."""

    COUNTY_DIVISION = "county_division"
    TOWNSHIP_SECTION = "township_section"
    GENERAL = "general"
    OTHER = "other"


class Sex(LabelledEnum):
    MALE = "male"
    FEMALE = "female"


class TeamKind(LabelledEnum):
    PARTY_COMMITTEE = "party_committee"
    DISCIPLINE = "discipline"


class TeamRole(LabelledEnum):
    """A member's place in a leadership team (art. 3: first responsibility vs. members)."""

    PRINCIPAL = "principal"
    DEPUTY = "deputy"
    MEMBER = "member"


_LABELS: dict[str, dict[str, str]] = {
    "UnitKind": {
        "county": QT_TRANSLATE_NOOP("UnitKind", "County"),
        "township": QT_TRANSLATE_NOOP("UnitKind", "Township"),
        "department": QT_TRANSLATE_NOOP("UnitKind", "County department"),
        "village": QT_TRANSLATE_NOOP("UnitKind", "Village or community"),
        "enterprise": QT_TRANSLATE_NOOP("UnitKind", "State enterprise or institution"),
        "other": QT_TRANSLATE_NOOP("UnitKind", "Other"),
    },
    "Rank": {
        "county_division": QT_TRANSLATE_NOOP("Rank", "County/division level"),
        "township_section": QT_TRANSLATE_NOOP("Rank", "Township/section level"),
        "general": QT_TRANSLATE_NOOP("Rank", "General cadre"),
        "other": QT_TRANSLATE_NOOP("Rank", "Other"),
    },
    "Sex": {
        "male": QT_TRANSLATE_NOOP("Sex", "Male"),
        "female": QT_TRANSLATE_NOOP("Sex", "Female"),
    },
    "TeamKind": {
        "party_committee": QT_TRANSLATE_NOOP("TeamKind", "Party committee (leading group)"),
        "discipline": QT_TRANSLATE_NOOP("TeamKind", "Discipline commission (inspection group)"),
    },
    "TeamRole": {
        "principal": QT_TRANSLATE_NOOP("TeamRole", "Principal leader"),
        "deputy": QT_TRANSLATE_NOOP("TeamRole", "Deputy"),
        "member": QT_TRANSLATE_NOOP("TeamRole", "Member"),
    },
}
