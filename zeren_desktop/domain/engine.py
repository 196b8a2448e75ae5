"""The accountability engine: a case description in, a determination with citations out.

Pure Python over the regulations as data (`regulations.py`): no regulation-specific code.
`assess()` expects a case that `assess_io.parse_case()` has validated; whatever the rules
themselves do not allow (a measure outside the band, grounds pulling both ways, a clause
that does not fit the subject) becomes a warning, never an exception.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from zeren_desktop.domain.periods import InfluencePeriod, influence_period, longest
from zeren_desktop.domain.regulations import (
    SEVERITIES,
    UNIT_YEAR_COUNTS,
    UNIT_YEAR_FLAGS,
    Clause,
    Regulation,
    RegulationSet,
    canonical,
)
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_CTX = "Engine"

RESPONSIBILITIES = ("collective", "primary", "important", "none")
ADJUSTMENTS = ("lighter", "reduced", "heavier", "aggravated")
_MITIGATING = ("lighter", "reduced")
_AGGRAVATING = ("heavier", "aggravated")


# --------------------------------------------------------------------------------------
# Input


@dataclass(frozen=True)
class SubjectInput:
    id: str
    kind: str  # party_team | discipline_team | cadre
    severity: str  # minor | serious | grave
    clauses: tuple[str, ...]
    role: str | None = None  # cadres: first_responsible | member | discipline_leader
    name: str = ""
    directly_in_charge: bool = False
    objected: bool = False
    retired: bool = False
    transferred: bool = False
    participated: bool = True
    in_portfolio: bool = True
    grounds: tuple[str, ...] = ()
    adjustment: str | None = None
    probation_months: int | None = None
    measures: tuple[str, ...] = ()

    @property
    def subject_class(self) -> str:
        """What clauses apply to: the team kind, or the cadre's role."""
        return self.kind if self.kind != "cadre" else (self.role or "member")

    @property
    def is_team(self) -> bool:
        return self.kind != "cadre"


@dataclass(frozen=True)
class UnitYear:
    """The unit's year, for the dual-inquiry triggers (Hubei art. 10)."""

    members_given_party_post_removal_or_heavier: int = 0
    major_cases: int = 0
    corruption_ring: bool = False
    grave_political_case: bool = False
    wrongful_appointment: bool = False

    def flag(self, name: str) -> bool:
        assert name in UNIT_YEAR_FLAGS
        return bool(getattr(self, name))

    def count(self, name: str) -> int:
        assert name in UNIT_YEAR_COUNTS
        return int(getattr(self, name))


@dataclass(frozen=True)
class CaseInput:
    conduct_date: dt.date
    decision_date: dt.date
    subjects: tuple[SubjectInput, ...]
    regulation: str | None = None
    unit_year: UnitYear | None = None


# --------------------------------------------------------------------------------------
# Output


@dataclass(frozen=True)
class Consequences:
    no_excellent_rating_year: int | None
    influence_until: dt.date | None
    periods: tuple[InfluencePeriod, ...]


@dataclass(frozen=True)
class SubjectDetermination:
    id: str
    clauses: tuple[str, ...]
    responsibility: str
    band: str
    adjustment: str
    exemption_possible: bool
    exemption_grounds: tuple[str, ...]
    allowed_measures: tuple[str, ...]
    consequences: Consequences
    warnings: tuple[Message, ...]


@dataclass(frozen=True)
class DualInquiry:
    required: bool
    grounds: tuple[str, ...]


@dataclass(frozen=True)
class Determination:
    regulation: str
    regulation_reason: Message
    subjects: tuple[SubjectDetermination, ...]
    dual_inquiry: DualInquiry
    warnings: tuple[Message, ...]  # about the case as a whole

    def subject(self, subject_id: str) -> SubjectDetermination:
        return next(s for s in self.subjects if s.id == subject_id)


def _msg(text: str, **params: object) -> Message:
    return Message(_CTX, text, params)


# --------------------------------------------------------------------------------------
# Severity and grounds


@dataclass
class _Grounds:
    mitigating: list[str] = field(default_factory=list)
    aggravating: list[str] = field(default_factory=list)
    exemption: list[str] = field(default_factory=list)
    accountability: list[str] = field(default_factory=list)


def _sort_grounds(subject: SubjectInput, regs: RegulationSet,
                  warnings: list[Message]) -> _Grounds:
    grounds = _Grounds()
    for clause_id in subject.grounds:
        clause = regs.clause(clause_id)
        if clause is None:  # parse_case refuses these; stay robust
            continue
        if subject.subject_class not in clause.applies_to:
            warnings.append(_msg(QT_TRANSLATE_NOOP(
                "Engine", "Ground {clause} does not apply to this subject ({cls}); ignored."),
                clause=clause_id, cls=subject.subject_class))
            continue
        if clause.kind == "exemption" and clause.requires_portfolio and not subject.in_portfolio:
            warnings.append(_msg(QT_TRANSLATE_NOOP(
                "Engine", "Ground {clause} covers problems within the subject's own portfolio "
                "only; the subject acted outside it, so it gives no exemption."),
                clause=clause_id))
            continue
        bucket: list[str] = getattr(grounds, clause.kind)
        if clause_id not in bucket:
            bucket.append(clause_id)
    return grounds


def _adjustment(subject: SubjectInput, grounds: _Grounds, warnings: list[Message]) -> str:
    chosen = subject.adjustment
    if grounds.mitigating and grounds.aggravating:
        warnings.append(_msg(QT_TRANSLATE_NOOP(
            "Engine", "Both mitigating ({mitigating}) and aggravating ({aggravating}) grounds "
            "are given: no adjustment is applied; weigh them in the decision."),
            mitigating=", ".join(grounds.mitigating),
            aggravating=", ".join(grounds.aggravating)))
        return "none"
    for present, allowed, default in ((grounds.mitigating, _MITIGATING, "lighter"),
                                      (grounds.aggravating, _AGGRAVATING, "heavier")):
        if present:
            if chosen is None or chosen in allowed:
                return chosen or default
            warnings.append(_msg(QT_TRANSLATE_NOOP(
                "Engine", "Adjustment \"{chosen}\" does not match the grounds given ({grounds}); "
                "\"{default}\" is used."),
                chosen=chosen, grounds=", ".join(present), default=default))
            return default
    if chosen is not None:
        warnings.append(_msg(QT_TRANSLATE_NOOP(
            "Engine", "Adjustment \"{chosen}\" is ignored: no mitigating or aggravating ground "
            "is given."), chosen=chosen))
    return "none"


def shifted_band(severity: str, adjustment: str) -> str:
    """`reduced` one band down, `aggravated` one up, bounded; others keep the band."""
    index = SEVERITIES.index(severity)
    if adjustment == "reduced":
        index = max(index - 1, 0)
    elif adjustment == "aggravated":
        index = min(index + 1, len(SEVERITIES) - 1)
    return SEVERITIES[index]


# --------------------------------------------------------------------------------------
# Clauses that apply, with pulling-in


def _gateway(clause: Clause, subject: SubjectInput, regs: RegulationSet) -> Clause | None:
    """An item applicable to the subject that pulls in `clause`'s article (art. 7 (1))."""
    reg = regs.get(clause.regulation_id)
    if reg is None:
        return None
    for article in reg.articles:
        for item in article.items:
            if item.pulls_in == clause.article and subject.subject_class in item.applies_to:
                return item
    return None


def _applying_clauses(subject: SubjectInput, regs: RegulationSet,
                      warnings: list[Message]) -> list[str]:
    result: list[str] = []
    cited = [regs.clause(c) for c in subject.clauses]
    cited_clauses = [c for c in cited if c is not None]
    named_articles = {(c.regulation_id, c.article) for c in cited_clauses}

    def add(clause_id: str) -> None:
        if clause_id not in result:
            result.append(clause_id)

    def outside_portfolio(gateway: Clause) -> bool:
        if gateway.pull_scope == "portfolio" and not subject.in_portfolio:
            warnings.append(_msg(QT_TRANSLATE_NOOP(
                "Engine", "{gateway} takes in article {article} only within the member's "
                "portfolio; the subject acted outside it, so neither applies."),
                gateway=gateway.id, article=gateway.pulls_in))
            return True
        return False

    for clause in cited_clauses:
        if subject.subject_class in clause.applies_to:
            if clause.pulls_in is not None:
                if outside_portfolio(clause):
                    continue
                add(clause.id)
                if (clause.regulation_id, clause.pulls_in) not in named_articles:
                    add(f"{clause.regulation_id}/{clause.pulls_in}")
            else:
                add(clause.id)
            continue
        gateway = _gateway(clause, subject, regs)
        if gateway is None:
            warnings.append(_msg(QT_TRANSLATE_NOOP(
                "Engine", "Clause {clause} does not apply to this subject ({cls}); it is left "
                "out."), clause=clause.id, cls=subject.subject_class))
            continue
        if outside_portfolio(gateway):
            continue
        add(gateway.id)
        add(clause.id)
    return result


def _kind(regs: RegulationSet, clause_id: str) -> str | None:
    clause = regs.clause(clause_id)
    return clause.kind if clause else None


# --------------------------------------------------------------------------------------
# Responsibility (art. 11)


def responsibility(subject: SubjectInput, reg: Regulation) -> str:
    rule = reg.responsibility
    if subject.is_team:
        return "collective" if subject.kind in rule.collective_kinds else "none"
    if subject.objected:
        return "none"
    if subject.subject_class in rule.primary_roles or subject.directly_in_charge:
        return "primary"
    if subject.participated:
        return "important"
    return "none"


# --------------------------------------------------------------------------------------
# Which regulation (从旧兼从轻)


@dataclass(frozen=True)
class _Choice:
    regulation: Regulation
    reason: Message
    warnings: tuple[Message, ...]


def _is_lighter(later: Regulation, earlier: Regulation,
                bands: Mapping[str, tuple[str, str]]) -> bool:
    """Lighter for the case: for no subject heavier, for at least one strictly lighter.

    For each subject the heaviest measure its band allows (arts. 12–13, not counting the
    discipline that follows its own rules) is compared by the measures' `rank`.
    """
    strictly = False
    for subject_class, band in bands.values():
        late = later.heaviest_band_rank(subject_class, band)
        early = earlier.heaviest_band_rank(subject_class, band)
        if late is None or early is None or late > early:
            return False
        strictly = strictly or late < early
    return strictly


def choose_regulation(case: CaseInput, regs: RegulationSet,
                      bands: Mapping[str, tuple[str, str]]) -> _Choice:
    """`bands` maps each subject id to (subject class, band after grounds)."""
    warnings: list[Message] = []
    if case.regulation is not None:
        reg = regs.get(case.regulation)
        if reg is None:
            raise ValidationError("regulation", _msg(QT_TRANSLATE_NOOP(
                "Engine", "regulation: {id} is not a known regulation."), id=case.regulation))
        reason = _msg(QT_TRANSLATE_NOOP("Engine", "{id} was named in the case."), id=reg.id)
        if not reg.in_force_on(case.decision_date):
            warnings.append(_msg(QT_TRANSLATE_NOOP(
                "Engine", "{id} is not in force on the decision date {date}."),
                id=reg.id, date=case.decision_date.isoformat()))
    else:
        at_conduct = regs.in_force_on(case.conduct_date)
        at_decision = regs.in_force_on(case.decision_date)
        if at_decision is None and at_conduct is None:
            raise ValidationError("decision_date", _msg(QT_TRANSLATE_NOOP(
                "Engine", "decision_date: no regulation is in force on {date}."),
                date=case.decision_date.isoformat()))
        if at_conduct is None:
            assert at_decision is not None
            reg = at_decision
            reason = _msg(QT_TRANSLATE_NOOP(
                "Engine", "The conduct ({conduct}) predates every regulation; {id}, in force on "
                "the decision date {decision}, is used."),
                conduct=case.conduct_date.isoformat(), id=reg.id,
                decision=case.decision_date.isoformat())
        elif at_decision is None or at_decision.id == at_conduct.id:
            reg = at_conduct
            reason = _msg(QT_TRANSLATE_NOOP(
                "Engine", "{id} was in force on the conduct date {conduct}."),
                id=reg.id, conduct=case.conduct_date.isoformat())
        elif _is_lighter(at_decision, at_conduct, bands):
            reg = at_decision
            reason = _msg(QT_TRANSLATE_NOOP(
                "Engine", "{old} was in force on the conduct date {conduct}, but {new}, in force "
                "on the decision date {decision}, is lighter for the subjects (the heaviest "
                "measure its bands allow), so it applies (从旧兼从轻)."),
                old=at_conduct.id, conduct=case.conduct_date.isoformat(), new=reg.id,
                decision=case.decision_date.isoformat())
        else:
            reg = at_conduct
            reason = _msg(QT_TRANSLATE_NOOP(
                "Engine", "{id} was in force on the conduct date {conduct}; {new}, in force on "
                "the decision date, is not lighter for the subjects (从旧兼从轻)."),
                id=reg.id, conduct=case.conduct_date.isoformat(), new=at_decision.id)
    if case.conduct_date < reg.in_force:
        warnings.append(_msg(QT_TRANSLATE_NOOP(
            "Engine", "The conduct ({conduct}) predates {id}, in force from {in_force}: check "
            "that it may be applied to this case."),
            conduct=case.conduct_date.isoformat(), id=reg.id,
            in_force=reg.in_force.isoformat()))
    return _Choice(reg, reason, tuple(warnings))


# --------------------------------------------------------------------------------------
# Dual inquiry (art. 10)


def dual_inquiry(case: CaseInput, reg: Regulation, regs: RegulationSet) -> DualInquiry:
    grounds: list[str] = []
    year = case.unit_year
    for trigger in reg.dual_inquiry:
        if year is None:
            break
        if trigger.flag is not None and year.flag(trigger.flag):
            grounds.append(trigger.clause)
        if (trigger.count is not None and trigger.threshold is not None
                and year.count(trigger.count) >= trigger.threshold):
            grounds.append(trigger.clause)
    for subject in case.subjects:
        for clause_id in subject.clauses:
            clause = regs.clause(clause_id)
            if (clause is not None and clause.kind == "dual_inquiry" and clause.item is not None
                    and clause_id not in grounds):
                grounds.append(clause_id)
    return DualInquiry(bool(grounds), tuple(grounds))


# --------------------------------------------------------------------------------------
# The determination


def assess(case: CaseInput, regs: RegulationSet) -> Determination:
    warnings_by_subject: dict[str, list[Message]] = {s.id: [] for s in case.subjects}
    grounds_by_subject: dict[str, _Grounds] = {}
    adjustments: dict[str, str] = {}
    bands: dict[str, tuple[str, str]] = {}
    for subject in case.subjects:
        warnings = warnings_by_subject[subject.id]
        grounds = _sort_grounds(subject, regs, warnings)
        grounds_by_subject[subject.id] = grounds
        adjustments[subject.id] = _adjustment(subject, grounds, warnings)
        bands[subject.id] = (subject.subject_class,
                             shifted_band(subject.severity, adjustments[subject.id]))

    choice = choose_regulation(case, regs, bands)
    reg = choice.regulation
    results = [
        _assess_subject(subject, case, reg, regs, grounds_by_subject[subject.id],
                        adjustments[subject.id], bands[subject.id][1],
                        warnings_by_subject[subject.id])
        for subject in case.subjects
    ]
    return Determination(reg.id, choice.reason, tuple(results),
                         dual_inquiry(case, reg, regs), choice.warnings)


def _assess_subject(subject: SubjectInput, case: CaseInput, reg: Regulation,
                    regs: RegulationSet, grounds: _Grounds, adjustment: str, band: str,
                    warnings: list[Message]) -> SubjectDetermination:
    foreign = sorted({c.partition("/")[0] for c in (*subject.clauses, *subject.grounds)}
                     - {reg.id})
    for other in foreign:
        warnings.append(_msg(QT_TRANSLATE_NOOP(
            "Engine", "Clauses of {other} are cited, but the case is assessed under {id}: cite "
            "the corresponding clauses of {id}."), other=other, id=reg.id))

    clauses = _applying_clauses(subject, regs, warnings)
    for clause_id in grounds.accountability:
        if clause_id not in clauses:
            clauses.append(clause_id)
    if (subject.retired or subject.transferred) and reg.no_exemption_clause:
        clauses.append(reg.no_exemption_clause)
    citing = {"circumstance", "dual_inquiry", "accountability"}
    if not any(_kind(regs, c) in citing for c in clauses):
        warnings.append(_msg(QT_TRANSLATE_NOOP(
            "Engine", "No circumstance clause applies to this subject.")))

    resp = responsibility(subject, reg)
    if resp == "none" and not subject.is_team and not subject.objected:
        warnings.append(_msg(QT_TRANSLATE_NOOP(
            "Engine", "Neither the principal leader, nor directly in charge, nor taking part in "
            "the decision: the subject bears no leadership responsibility.")))

    allowed: list[str] = []
    band_rule = reg.band_for(subject.subject_class)
    if band_rule is None:
        warnings.append(_msg(QT_TRANSLATE_NOOP(
            "Engine", "{id} gives no measures for this kind of subject ({cls})."),
            id=reg.id, cls=subject.subject_class))
    elif resp != "none":
        allowed = band_rule.measures(band)

    for code in canonical(subject.measures):
        if code not in allowed:
            if resp == "none":
                text = QT_TRANSLATE_NOOP(
                    "Engine", "Measure {code} is decided, but the subject bears no "
                    "responsibility.")
            else:
                text = QT_TRANSLATE_NOOP(
                    "Engine", "Measure {code} is not among those the {band} band allows for "
                    "this subject under {id}.")
            warnings.append(_msg(text, code=code, band=band, id=reg.id))

    periods: list[InfluencePeriod] = []
    for code in canonical(subject.measures):
        rule = reg.measures.get(code)
        months = rule.period_months(subject.probation_months) if rule else None
        if months is not None:
            periods.append(influence_period(code, months, case.decision_date))

    consequences = Consequences(
        case.decision_date.year if resp != "none" else None, longest(periods), tuple(periods))
    return SubjectDetermination(
        subject.id, tuple(clauses), resp, band, adjustment, bool(grounds.exemption),
        tuple(grounds.exemption), tuple(allowed), consequences, tuple(warnings))
