"""What the wizard collects: the case's subjects as drafts, and the case JSON they make."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

CADRE_FLAGS: tuple[str, ...] = ("directly_in_charge", "objected", "retired", "transferred",
                                "participated", "in_portfolio")
FLAG_DEFAULTS: dict[str, bool] = {
    "directly_in_charge": False, "objected": False, "retired": False, "transferred": False,
    "participated": True, "in_portfolio": True,
}
PROBATION_CHOICES: tuple[int, ...] = (12, 24)

_SUBJECT_FIELD = re.compile(r"^subjects\[(\d+)\](?:\.(\w+))?")

# Which wizard page a field of the case input belongs to.
CASE_PAGE, SUBJECTS_PAGE, CLAUSES_PAGE, DETERMINATION_PAGE, SUMMARY_PAGE = range(5)
_SUBJECT_KEY_PAGES: dict[str, int] = {
    "clauses": CLAUSES_PAGE, "severity": CLAUSES_PAGE, "grounds": CLAUSES_PAGE,
    "adjustment": CLAUSES_PAGE, "measures": DETERMINATION_PAGE,
    "probation_months": DETERMINATION_PAGE,
}


@dataclass
class SubjectDraft:
    """One subject as the clerk builds it up over the pages."""

    id: str
    kind: str  # party_team, discipline_team or cadre
    name: str
    role: str | None = None  # cadres only
    flags: dict[str, bool] = field(default_factory=lambda: dict(FLAG_DEFAULTS))
    clauses: list[str] = field(default_factory=list)
    severity: str = ""
    grounds: list[str] = field(default_factory=list)
    adjustment: str = ""
    measures: list[str] = field(default_factory=list)
    probation_months: int = 12

    @property
    def subject_class(self) -> str:
        """What a clause's `applies_to` names: the team kind or the cadre's role."""
        return self.role or "" if self.kind == "cadre" else self.kind

    def to_input(self, with_measures: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "kind": self.kind, "name": self.name,
                                "clauses": list(self.clauses), "severity": self.severity,
                                "grounds": list(self.grounds)}
        if self.kind == "cadre":
            data["role"] = self.role
            data.update({key: bool(self.flags.get(key, FLAG_DEFAULTS[key]))
                         for key in CADRE_FLAGS})
        if self.adjustment:
            data["adjustment"] = self.adjustment
        if with_measures:
            data["measures"] = list(self.measures)
            if "party_probation" in self.measures:
                data["probation_months"] = self.probation_months
        return data


def page_of_field(field_name: str) -> tuple[int, int | None]:
    """The page an input field belongs to, and the subject's index when it is a subject's."""
    match = _SUBJECT_FIELD.match(field_name)
    if match is None:
        return (SUBJECTS_PAGE if field_name == "subjects" else CASE_PAGE), None
    index = int(match.group(1))
    key = match.group(2) or ""
    return _SUBJECT_KEY_PAGES.get(key, SUBJECTS_PAGE), index
