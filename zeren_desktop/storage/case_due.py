"""The stored deadline of each case's stage (`accountability_cases.stage_due`).

The case service sets it whenever a case changes stage (create, advance, go back); the case
list filters and sorts on it in SQL. Cases written in bulk without it (the demo, the
county-scale generator, databases from before migration 0012) get it here, computed with
the same domain rule from the day the case reached its stage, its decision date and its
subjects' measures, and the office's deadline settings.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, select, update

from zeren_desktop.domain import cases as rules
from zeren_desktop.domain.enums import CaseStage
from zeren_desktop.storage.models import (
    AccountabilityCase,
    AppSetting,
    CaseStageEvent,
    CaseSubject,
)

# The stages that have a deadline (domain.cases.stage_due).
DUE_STAGES = (CaseStage.PROPOSED, CaseStage.OPENED, CaseStage.DECIDED, CaseStage.SERVED)
BATCH = 500


def office_deadlines(connection: Connection) -> rules.Deadlines:
    """The deadlines of the office settings (services.settings.OfficeSettings)."""
    defaults = rules.Deadlines()
    values = dict(connection.execute(select(AppSetting.key, AppSetting.value).where(
        AppSetting.key.startswith("office."))).all())

    def number(name: str) -> int:
        raw = values.get(f"office.{name}")
        return int(raw) if raw is not None and raw.isdigit() else int(getattr(defaults, name))

    return rules.Deadlines(number("investigation_days"), number("proposal_reply_days"),
                           number("execution_report_months"), number("org_handling_months"))


def _measures(text: str | None) -> list[str]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def fill_stage_due(connection: Connection, case_ids: Iterable[uuid.UUID] | None = None
                   ) -> int:
    """Set `stage_due` of the cases (all, or those given) in a stage with a deadline whose
    `stage_due` is empty; the number set."""
    deadlines = office_deadlines(connection)
    query = select(AccountabilityCase.id, AccountabilityCase.stage,
                   AccountabilityCase.decision_date).where(
        AccountabilityCase.stage_due.is_(None), AccountabilityCase.stage.in_(DUE_STAGES))
    wanted = None if case_ids is None else list(case_ids)
    cases = []
    if wanted is None:
        cases = list(connection.execute(query))
    else:
        for i in range(0, len(wanted), BATCH):
            cases += connection.execute(query.where(
                AccountabilityCase.id.in_(wanted[i:i + BATCH]))).all()
    statement = update(AccountabilityCase).where(
        AccountabilityCase.id == bindparam("case_id")).values(stage_due=bindparam("due"))
    done = 0
    for i in range(0, len(cases), BATCH):
        batch = cases[i:i + BATCH]
        ids = [row[0] for row in batch]
        reached: dict[uuid.UUID, dict[CaseStage, object]] = defaultdict(dict)
        for case_id, stage, happened_on in connection.execute(
                select(CaseStageEvent.case_id, CaseStageEvent.stage, CaseStageEvent.happened_on)
                .where(CaseStageEvent.case_id.in_(ids))
                .order_by(CaseStageEvent.created_at)):
            reached[case_id][stage] = happened_on      # the last event of each stage wins
        measures: dict[uuid.UUID, list[str]] = defaultdict(list)
        for case_id, text in connection.execute(
                select(CaseSubject.case_id, CaseSubject.measures)
                .where(CaseSubject.case_id.in_(ids))):
            measures[case_id] += _measures(text)
        updates = []
        for case_id, stage, decision_date in batch:
            on = reached[case_id].get(stage)
            if on is None:
                continue
            due = rules.stage_due(stage, on, decision_date,  # type: ignore[arg-type]
                                  measures[case_id], deadlines)
            if due is not None:
                updates.append({"case_id": case_id, "due": due})
        if updates:
            connection.execute(statement, updates)
            done += len(updates)
    return done
