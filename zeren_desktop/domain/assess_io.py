"""The JSON of `zeren assess`: parse a case (errors name the field), write a determination.

The schema is documented in docs/assess-schema.md. Every error is a ValidationError whose
`field` is a path such as `subjects[1].clauses[0]` and whose message starts with it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from zeren_desktop.domain.engine import (
    ADJUSTMENTS,
    CaseInput,
    Determination,
    SubjectDetermination,
    SubjectInput,
    UnitYear,
)
from zeren_desktop.domain.regulations import (
    CADRE_ROLES,
    CIRCUMSTANCE_KINDS,
    GROUND_KINDS,
    MEASURE_CODES,
    SEVERITIES,
    SUBJECT_KINDS,
    UNIT_YEAR_COUNTS,
    UNIT_YEAR_FLAGS,
    RegulationSet,
)
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ValidationError,
    untranslated,
)

_CTX = "Assess"

CASE_KEYS = ("regulation", "conduct_date", "decision_date", "subjects", "unit_year")
SUBJECT_KEYS = ("id", "kind", "role", "name", "directly_in_charge", "objected", "retired",
                "transferred", "participated", "in_portfolio", "clauses", "severity",
                "grounds", "adjustment", "probation_months", "measures")
_FLAGS_DEFAULT_FALSE = ("directly_in_charge", "objected", "retired", "transferred")
_FLAGS_DEFAULT_TRUE = ("participated", "in_portfolio")
PROBATION_MONTHS = (12, 24)


def _error(field: str, text: str, **params: Any) -> ValidationError:
    return ValidationError(field, Message(_CTX, text, {"field": field, **params}))


def _one_of(values: tuple[str, ...] | tuple[int, ...]) -> str:
    return ", ".join(str(v) for v in values)


def _check_keys(data: Mapping[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
    for key in data:
        if key not in allowed:
            field = f"{prefix}{key}"
            raise _error(field, QT_TRANSLATE_NOOP(
                "Assess", "{field}: unknown field (known fields: {known})."),
                known=_one_of(allowed))


def _required(data: Mapping[str, Any], key: str, prefix: str) -> Any:
    if key not in data or data[key] is None:
        field = f"{prefix}{key}"
        raise _error(field, QT_TRANSLATE_NOOP("Assess", "{field}: this field is required."))
    return data[key]


def _string(value: Any, field: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _error(field, QT_TRANSLATE_NOOP("Assess", "{field}: a non-empty text is expected."))
    return value.strip()


def _date(value: Any, field: str) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _error(field, QT_TRANSLATE_NOOP(
        "Assess", "{field}: {value} is not a date in the form YYYY-MM-DD."), value=repr(value))


def _bool(data: Mapping[str, Any], key: str, prefix: str, default: bool) -> bool:
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, bool):
        raise _error(f"{prefix}{key}", QT_TRANSLATE_NOOP(
            "Assess", "{field}: true or false is expected, not {value}."), value=repr(value))
    return value


def _choice(value: Any, field: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise _error(field, QT_TRANSLATE_NOOP(
            "Assess", "{field}: {value} is not one of {allowed}."),
            value=repr(value), allowed=_one_of(allowed))
    return str(value)


def _list(data: Mapping[str, Any], key: str, prefix: str, *, required: bool) -> list[Any]:
    value = data.get(key)
    if value is None:
        if required:
            return list(_required(data, key, prefix))
        return []
    if not isinstance(value, list):
        raise _error(f"{prefix}{key}", QT_TRANSLATE_NOOP("Assess", "{field}: a list is expected."))
    return value


def _clause_ids(values: list[Any], field: str, regs: RegulationSet,
                kinds: frozenset[str]) -> tuple[str, ...]:
    result: list[str] = []
    for index, value in enumerate(values):
        where = f"{field}[{index}]"
        clause_id = _string(value, where)
        clause = regs.clause(clause_id)
        if clause is None:
            raise _error(where, QT_TRANSLATE_NOOP(
                "Assess", "{field}: {clause} is not a clause of any known regulation (known: "
                "{known}; a clause id looks like hubei-2016/6.3)."),
                clause=clause_id, known=_one_of(tuple(regs.ids())))
        if clause.kind not in kinds:
            if kinds is GROUND_KINDS:
                text = QT_TRANSLATE_NOOP(
                    "Assess", "{field}: {clause} is not a mitigating, aggravating or exemption "
                    "ground.")
            else:
                text = QT_TRANSLATE_NOOP(
                    "Assess", "{field}: {clause} is not a circumstance for which one is held "
                    "accountable.")
            raise _error(where, text, clause=clause_id)
        reg = regs.get(clause.regulation_id)
        if clause.item is None and reg is not None:
            article = next(a for a in reg.articles if a.number == clause.article)
            if article.items:
                raise _error(where, QT_TRANSLATE_NOOP(
                    "Assess", "{field}: {clause} is a whole article; name one of its items "
                    "({first} to {last})."),
                    clause=clause_id, first=article.items[0].id, last=article.items[-1].id)
        if clause_id not in result:
            result.append(clause_id)
    return tuple(result)


def _subject(data: Any, index: int, regs: RegulationSet) -> SubjectInput:
    prefix = f"subjects[{index}]."
    if not isinstance(data, Mapping):
        raise _error(f"subjects[{index}]", QT_TRANSLATE_NOOP(
            "Assess", "{field}: an object is expected."))
    _check_keys(data, SUBJECT_KEYS, prefix)
    raw_id = _required(data, "id", prefix)
    subject_id = str(raw_id) if isinstance(raw_id, int) else _string(raw_id, prefix + "id")
    kind = _choice(_required(data, "kind", prefix), prefix + "kind", SUBJECT_KINDS)
    role: str | None = None
    if kind == "cadre":
        role = _choice(_required(data, "role", prefix), prefix + "role", CADRE_ROLES)
    elif data.get("role") is not None:
        raise _error(prefix + "role", QT_TRANSLATE_NOOP(
            "Assess", "{field}: a role is given for cadres only, not for a {kind}."), kind=kind)
    name = data.get("name") or ""
    if not isinstance(name, str):
        raise _error(prefix + "name", QT_TRANSLATE_NOOP("Assess", "{field}: a text is expected."))
    severity = _choice(_required(data, "severity", prefix), prefix + "severity", SEVERITIES)
    clauses = _clause_ids(_list(data, "clauses", prefix, required=True), prefix + "clauses",
                          regs, CIRCUMSTANCE_KINDS)
    grounds = _clause_ids(_list(data, "grounds", prefix, required=False), prefix + "grounds",
                          regs, GROUND_KINDS)
    adjustment = data.get("adjustment")
    if adjustment is not None:
        adjustment = _choice(adjustment, prefix + "adjustment", ADJUSTMENTS)
    measures: list[str] = []
    for m_index, code in enumerate(_list(data, "measures", prefix, required=False)):
        _choice(code, f"{prefix}measures[{m_index}]", MEASURE_CODES)
        if code not in measures:
            measures.append(code)
    probation = data.get("probation_months")
    if probation is not None and (isinstance(probation, bool) or
                                  probation not in PROBATION_MONTHS):
        raise _error(prefix + "probation_months", QT_TRANSLATE_NOOP(
            "Assess", "{field}: {value} is not one of {allowed}."),
            value=repr(probation), allowed=_one_of(PROBATION_MONTHS))
    if "party_probation" in measures and probation is None:
        raise _error(prefix + "probation_months", QT_TRANSLATE_NOOP(
            "Assess", "{field}: party_probation is decided, so the probation period (12 or 24 "
            "months) is required."))
    flags = {key: _bool(data, key, prefix, False) for key in _FLAGS_DEFAULT_FALSE}
    flags.update({key: _bool(data, key, prefix, True) for key in _FLAGS_DEFAULT_TRUE})
    return SubjectInput(
        id=subject_id, kind=kind, severity=severity, clauses=clauses, role=role, name=name,
        grounds=grounds, adjustment=adjustment, probation_months=probation,
        measures=tuple(measures), **flags)


def _unit_year(data: Any) -> UnitYear:
    if not isinstance(data, Mapping):
        raise _error("unit_year", QT_TRANSLATE_NOOP("Assess", "{field}: an object is expected."))
    _check_keys(data, (*UNIT_YEAR_COUNTS, *UNIT_YEAR_FLAGS), "unit_year.")
    counts: dict[str, int] = {}
    for key in UNIT_YEAR_COUNTS:
        value = data.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _error(f"unit_year.{key}", QT_TRANSLATE_NOOP(
                "Assess", "{field}: a whole number of 0 or more is expected, not {value}."),
                value=repr(value))
        counts[key] = value
    flags = {key: _bool(data, key, "unit_year.", False) for key in UNIT_YEAR_FLAGS}
    return UnitYear(
        members_given_party_post_removal_or_heavier=counts[
            "members_given_party_post_removal_or_heavier"],
        major_cases=counts["major_cases"],
        corruption_ring=flags["corruption_ring"],
        grave_political_case=flags["grave_political_case"],
        wrongful_appointment=flags["wrongful_appointment"])


def parse_case(data: Any, regs: RegulationSet) -> CaseInput:
    """Check a decoded case JSON against the schema and the loaded regulations."""
    if not isinstance(data, Mapping):
        raise _error("(case)", QT_TRANSLATE_NOOP(
            "Assess", "{field}: the case must be a JSON object."))
    _check_keys(data, CASE_KEYS, "")
    regulation = data.get("regulation")
    if regulation is not None:
        regulation = _string(regulation, "regulation")
        if regs.get(regulation) is None:
            raise _error("regulation", QT_TRANSLATE_NOOP(
                "Assess", "{field}: {value} is not a known regulation (known: {known})."),
                value=regulation, known=_one_of(tuple(regs.ids())))
    conduct = _date(_required(data, "conduct_date", ""), "conduct_date")
    decision = _date(_required(data, "decision_date", ""), "decision_date")
    if decision < conduct:
        raise _error("decision_date", QT_TRANSLATE_NOOP(
            "Assess", "{field}: the decision ({decision}) cannot come before the conduct "
            "({conduct})."), decision=decision.isoformat(), conduct=conduct.isoformat())
    raw_subjects = _list(data, "subjects", "", required=True)
    if not raw_subjects:
        raise _error("subjects", QT_TRANSLATE_NOOP(
            "Assess", "{field}: at least one subject is required."))
    subjects = [_subject(item, i, regs) for i, item in enumerate(raw_subjects)]
    seen: set[str] = set()
    for i, subject in enumerate(subjects):
        if subject.id in seen:
            raise _error(f"subjects[{i}].id", QT_TRANSLATE_NOOP(
                "Assess", "{field}: the id {value} is used twice."), value=subject.id)
        seen.add(subject.id)
    unit_year = _unit_year(data["unit_year"]) if data.get("unit_year") is not None else None
    return CaseInput(conduct, decision, tuple(subjects), regulation, unit_year)


# --------------------------------------------------------------------------------------
# Output


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def subject_to_dict(result: SubjectDetermination,
                    translate: Translate = untranslated) -> dict[str, Any]:
    return {
        "id": result.id,
        "clauses": list(result.clauses),
        "responsibility": result.responsibility,
        "band": result.band,
        "adjustment": result.adjustment,
        "exemption_possible": result.exemption_possible,
        "exemption_grounds": list(result.exemption_grounds),
        "allowed_measures": list(result.allowed_measures),
        "consequences": {
            "no_excellent_rating_year": result.consequences.no_excellent_rating_year,
            "influence_until": _iso(result.consequences.influence_until),
            "periods": [{"measure": p.measure, "months": p.months, "until": p.until.isoformat()}
                        for p in result.consequences.periods],
        },
        "warnings": [w.render(translate) for w in result.warnings],
    }


def determination_to_dict(result: Determination,
                          translate: Translate = untranslated) -> dict[str, Any]:
    """The output JSON, keys as in docs/assess-schema.md.

    The top-level `warnings` holds the case's own warnings followed by every subject's,
    each prefixed with the subject's id; each subject also lists its own.
    """
    prefix = Message(_CTX, QT_TRANSLATE_NOOP("Assess", "subject {id}: {warning}"))
    warnings = [w.render(translate) for w in result.warnings]
    for subject in result.subjects:
        warnings.extend(
            Message(prefix.context, prefix.text, {"id": subject.id, "warning": w})
            .render(translate) for w in subject.warnings)
    return {
        "regulation": result.regulation,
        "regulation_reason": result.regulation_reason.render(translate),
        "subjects": [subject_to_dict(s, translate) for s in result.subjects],
        "dual_inquiry": {"required": result.dual_inquiry.required,
                         "grounds": list(result.dual_inquiry.grounds)},
        "warnings": warnings,
    }
