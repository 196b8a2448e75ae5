"""A demo year of the quantitative assessment: every township and county department
scored, reviewed and locked, the ranking populated and talks proposed with the principal
leaders of the last three of each kind.

Nobody is signed in while the demo loads, so the rows are built with the building blocks
of services.assessment (the shipped sheets, `compute_automatic` from the demo's records,
`check_manual_score` on every manual input, `score_of`, `propose_in`) instead of its
permission-checked methods. The demo accounts are named as the people who scored
("clerk") and reviewed and locked ("reviewer"), in January after the year.

Same seed, same scores: the manual inputs come from `rng`, in the order of the units'
names.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from zeren_desktop.domain.assessment import (
    AssessmentStatus,
    Indicator,
    IndicatorSheet,
    ItemInput,
    RuleKind,
)
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.services.assessment import (
    ASSESSED_KINDS,
    DEFAULT_BOTTOM_N,
    apply_score,
    check_manual_score,
    compute_automatic,
    deadlines_in,
    figures_to_json,
    install_sheet,
    manual_to_json,
    propose_in,
    score_of,
    sheet_of,
)
from zeren_desktop.services.assessment_dto import ManualScore
from zeren_desktop.storage.models import Unit, UnitAssessment


@dataclass(frozen=True)
class DemoAssessmentResult:
    year: int
    assessments: int       # locked results, townships and departments
    proposals: int         # talks proposed with the last of each kind


def add_demo_assessment(session: Session, office_id: uuid.UUID, rng: random.Random,
                        year: int, *, today: dt.date, assessor: str = "clerk",
                        reviewer: str = "reviewer",
                        bottom_n: int = DEFAULT_BOTTOM_N) -> DemoAssessmentResult:
    """Score, review and lock `year` for every township and county department.

    Call it inside load_demo's write transaction, after the ledger, cases and talks are
    added (the automatic figures are computed from them), e.g.::

        from zeren_desktop.services.demo_assessment import add_demo_assessment
        assessment = add_demo_assessment(session, services.office_id,
                                         random.Random(seed + 4), until.year - 1,
                                         today=until)

    `today` is the demo's last day of records (`until`); the results are dated in the
    second half of January after `year` (never after `today`), and the automatic figures
    are computed as of the day each result is locked. Units already scored for `year` are
    left as they are. Returns the counts.
    """
    session.flush()
    deadlines = deadlines_in(session)
    locked_on = min(today, dt.date(year + 1, 1, 25))
    made = 0
    vetoed_name = _pick_vetoed(session, rng)
    for kind in ASSESSED_KINDS:
        sheet_row = install_sheet(session, office_id, year, kind)
        sheet = sheet_of(sheet_row)
        done = set(session.scalars(select(UnitAssessment.unit_id).where(
            UnitAssessment.office_id == office_id, UnitAssessment.year == year)))
        units = session.execute(select(Unit.id, Unit.name).where(Unit.kind == kind)
                                .order_by(Unit.name))
        for unit_id, name in units:
            if unit_id in done:
                continue
            quality = rng.uniform(0.55, 1.0)
            manual = _manual(sheet, rng, quality, veto=name == vetoed_name)
            figures = compute_automatic(session, sheet, unit_id, year, locked_on, deadlines)
            scored_at = dt.datetime.combine(
                locked_on - dt.timedelta(days=rng.randint(6, 12)), dt.time(9, 30))
            reviewed_at = scored_at + dt.timedelta(days=2, hours=rng.randint(0, 6))
            row = UnitAssessment(
                office_id=office_id, year=year, unit_id=unit_id, sheet_id=sheet_row.id,
                status=AssessmentStatus.LOCKED, manual=manual_to_json(manual),
                automatic=figures_to_json(figures), assessor=assessor, reviewer=reviewer,
                review_note="经复核，评分依据充分。", reviewed_at=reviewed_at,
                locked_at=dt.datetime.combine(locked_on, dt.time(16, 0)),
                created_at=scored_at, updated_at=dt.datetime.combine(locked_on,
                                                                     dt.time(16, 0)))
            apply_score(row, score_of(sheet, figures, manual))
            session.add(row)
            made += 1
    session.flush()
    proposals = 0
    for kind in ASSESSED_KINDS:
        added, _, _ = propose_in(session, office_id, year, kind, bottom_n, assessor)
        proposals += len(added)
    return DemoAssessmentResult(year, made, proposals)


def _pick_vetoed(session: Session, rng: random.Random) -> str:
    """One department vetoed (a team member investigated): the veto shows in the demo."""
    names = list(session.scalars(select(Unit.name).where(
        Unit.kind == UnitKind.DEPARTMENT).order_by(Unit.name)))
    return rng.choice(names) if names else ""


def _manual(sheet: IndicatorSheet, rng: random.Random, quality: float, *,
            veto: bool) -> dict[str, ManualScore]:
    """Plausible inputs of the manual items, checked like the assessor's (a comment
    wherever points are lost)."""
    out: dict[str, ManualScore] = {}
    for item in sheet.indicators:
        if item.automatic:
            continue
        out[item.code] = check_manual_score(item, _input(item, rng, quality, veto=veto))
    return out


def _input(item: Indicator, rng: random.Random, quality: float, *,
           veto: bool) -> ManualScore:
    rule = item.rule
    if rule is RuleKind.PER_OCCURRENCE:
        most = math.ceil(item.points / item.per)
        count = most if rng.random() < quality else rng.randrange(most)
        return ManualScore(ItemInput(count=count), f"查阅会议记录和活动资料，全年共{count}次。")
    if rule is RuleKind.ALL_OR_NOTHING:
        if rng.random() < min(quality + 0.15, 0.97):
            return ManualScore(ItemInput(met=True), "资料齐全，符合要求。")
        return ManualScore(ItemInput(met=False), "查阅资料未见相关材料，本项不得分。")
    if rule is RuleKind.DEDUCTION:
        count = 0 if rng.random() < quality + 0.1 else rng.randint(1, 2)
        return ManualScore(ItemInput(count=count),
                           f"年内被查处相关问题{count}起，按标准扣分。" if count else "")
    if rule is RuleKind.BONUS:
        count = rng.choice((0, 0, 0, 1, 1, 2)) if quality > 0.75 else 0
        return ManualScore(ItemInput(count=count),
                           f"工作经验被上级推广或获上级表彰{count}项。" if count else "")
    if rule is RuleKind.VETO:
        if veto:
            return ManualScore(ItemInput(met=True),
                               "班子成员发生严重违纪违法问题被立案审查，实行一票否决。")
        return ManualScore(ItemInput(met=False))
    # Team average entered by hand: each member's share.
    shares = tuple(Decimal(rng.choice(("1", "1", "0.75", "0.5")))
                   for _ in range(rng.randint(4, 7)))
    return ManualScore(ItemInput(shares=shares), "按班子成员逐一核对。")
