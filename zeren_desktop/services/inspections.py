"""Supervision inspections (监督检查) and the rectifications they demand."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain.enums import LedgerCategory, LedgerSource
from zeren_desktop.domain.ledger import InspectionInput
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import (
    CADRE_NOT_FOUND,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
)
from zeren_desktop.services.ledger_derived import (
    DerivedEntry,
    derived_names,
    remove_derived,
    resolve_names,
    sync_derived,
)
from zeren_desktop.services.ledger_dto import InspectionRow
from zeren_desktop.services.lists import post_unit
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import Cadre, Inspection, Unit

INSPECTION_MATTER = QT_TRANSLATE_NOOP("Derived", "{kind} of {target}")
INSPECTION_LABEL = QT_TRANSLATE_NOOP("Derived", "{date} {kind}: {target}")
INSPECTION_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The inspection was not found; it may have been deleted meanwhile.")


def _row(i: Inspection) -> InspectionRow:
    return InspectionRow(i.id, i.inspected_on, i.kind, i.inspectors, i.unit_id,
                         i.unit.name if i.unit is not None else "", i.cadre_id,
                         i.cadre.name if i.cadre is not None else "", i.findings,
                         i.rectification, i.deadline, i.result, i.result_date)


def _values(i: Inspection) -> dict[str, Any]:
    return {"inspected_on": str(i.inspected_on), "kind": i.kind.value,
            "inspectors": i.inspectors, "unit_id": str(i.unit_id or ""),
            "cadre_id": str(i.cadre_id or ""), "findings": i.findings,
            "rectification": i.rectification, "deadline": str(i.deadline or ""),
            "result": i.result, "result_date": str(i.result_date or "")}


class InspectionService(ServiceBase):
    def search(self, unit_id: uuid.UUID | None = None, cadre_id: uuid.UUID | None = None,
               year: int | None = None, open_only: bool = False) -> list[InspectionRow]:
        """Inspections, newest first; `unit_id` includes the units under it and the cadres
        inspected there."""
        actor = self._require(Permission.VIEW_RECORDS, "inspections.search")
        with self.db.read() as session:
            query = select(Inspection).options(selectinload(Inspection.unit),
                                               selectinload(Inspection.cadre))
            if unit_id is not None:
                query = query.where(Inspection.unit_id.in_(subtree(session, unit_id)))
            if cadre_id is not None:
                query = query.where(Inspection.cadre_id == cadre_id)
            if year is not None:
                query = query.where(Inspection.inspected_on.between(
                    dt.date(year, 1, 1), dt.date(year, 12, 31)))
            if open_only:  # no result yet
                query = query.where(Inspection.result_date.is_(None))
            if actor.scope_units is not None:
                query = query.where(Inspection.unit_id.in_(actor.scope_units))
            query = query.order_by(Inspection.inspected_on.desc(), Inspection.id)
            return [_row(i) for i in session.scalars(query)]

    def overdue(self, today: dt.date | None = None) -> list[InspectionRow]:
        """Rectifications past their deadline with no result, oldest deadline first."""
        today = today or self._today()
        rows = [r for r in self.search(open_only=True) if r.is_overdue(today)]
        return sorted(rows, key=lambda r: (r.deadline or today, r.inspected_on))

    def get(self, inspection_id: uuid.UUID) -> InspectionRow:
        actor = self._require(Permission.VIEW_RECORDS, "inspections.get")
        with self.db.read() as session:
            inspection = self._inspection(session, inspection_id)
            self._require_scope(actor, {inspection.unit_id}, "inspections.get", "inspections",
                                inspection_id)
            return _row(inspection)

    def create(self, data: InspectionInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_DRAFTS, "inspections.create")
        data = data.validated(self._today())
        self._check_target(actor, data, "inspections.create")
        with self.db.write() as session:
            inspection = Inspection(office_id=self.office_id)
            self._apply(session, inspection, data)
            session.add(inspection)
            session.flush()
            self._derive(session, actor, inspection)
            self._audit(session, actor, "inspection.create", "inspections", inspection.id,
                        after=_values(inspection))
            return inspection.id

    def update(self, inspection_id: uuid.UUID, data: InspectionInput) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "inspections.update")
        data = data.validated(self._today())
        self._check_existing(actor, inspection_id, "inspections.update")
        self._check_target(actor, data, "inspections.update")
        with self.db.write() as session:
            inspection = self._inspection(session, inspection_id)
            before = _values(inspection)
            self._apply(session, inspection, data)
            session.flush()
            self._derive(session, actor, inspection)
            self._audit(session, actor, "inspection.update", "inspections", inspection.id,
                        before=before, after=_values(inspection))

    def ledger_names(self, inspection_id: uuid.UUID) -> list[str]:
        """Whose ledgers hold an entry made from the inspection (what deleting it removes)."""
        actor = self._require(Permission.VIEW_RECORDS, "inspections.ledger_names")
        with self.db.read() as session:
            inspection = self._inspection(session, inspection_id)
            self._require_scope(actor, {inspection.unit_id}, "inspections.ledger_names",
                                "inspections", inspection_id)
            return derived_names(session, LedgerSource.INSPECTION, inspection.id)

    def delete(self, inspection_id: uuid.UUID) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "inspections.delete")
        self._check_existing(actor, inspection_id, "inspections.delete")
        with self.db.write() as session:
            inspection = self._inspection(session, inspection_id)
            remove_derived(session, LedgerSource.INSPECTION, inspection.id)
            self._audit(session, actor, "inspection.delete", "inspections", inspection.id,
                        before=_values(inspection))
            session.delete(inspection)

    # -- helpers

    def _derive(self, session: Session, actor: Actor, inspection: Inspection) -> None:
        """A 日常监督管理 entry in the ledger of each leader among the inspectors."""
        words = self.state.translate  # i18n: marked elsewhere
        kind = words("InspectionKind", inspection.kind.label)  # i18n: marked elsewhere
        # By id: the relationships may still hold the values from before an update.
        unit = session.get(Unit, inspection.unit_id) if inspection.unit_id else None
        cadre = session.get(Cadre, inspection.cadre_id) if inspection.cadre_id else None
        target = cadre.name if cadre is not None else unit.name if unit is not None else ""
        matter = words("Derived", INSPECTION_MATTER).format(  # i18n: marked elsewhere
            kind=kind, target=target)
        content = "\n".join(filter(None, [inspection.findings, inspection.rectification]))
        wanted = [DerivedEntry(cadre_id, inspection.inspected_on,
                               LedgerCategory.DAILY_SUPERVISION, matter, target,
                               inspection.inspectors, content)
                  for cadre_id in resolve_names(session, inspection.inspectors,
                                                inspection.unit_id, inspection.inspected_on)
                  if cadre_id != inspection.cadre_id]
        label = words("Derived", INSPECTION_LABEL).format(  # i18n: marked elsewhere
            date=inspection.inspected_on.isoformat(), kind=kind, target=target)
        sync_derived(session, office_id=self.office_id, entered_by=actor.username,
                     kind=LedgerSource.INSPECTION, source_id=inspection.id, label=label,
                     wanted=wanted)

    def _inspection(self, session: Session, inspection_id: uuid.UUID) -> Inspection:
        inspection = session.get(Inspection, inspection_id, options=[
            selectinload(Inspection.unit), selectinload(Inspection.cadre)])
        if inspection is None:
            raise not_found(INSPECTION_NOT_FOUND, inspection_id)
        return inspection

    def _check_existing(self, actor: Actor, inspection_id: uuid.UUID, operation: str) -> None:
        if actor.scope_units is None:
            return
        with self.db.read() as session:
            inspection = session.get(Inspection, inspection_id)
            if inspection is None:
                return
            unit_id = inspection.unit_id
        self._require_scope(actor, {unit_id}, operation, "inspections", inspection_id)

    def _check_target(self, actor: Actor, data: InspectionInput, operation: str) -> None:
        with self.db.read() as session:
            unit_id = self._target_unit(session, data)
        self._require_scope(actor, {unit_id}, operation, "units", unit_id or uuid.UUID(int=0))

    def _target_unit(self, session: Session, data: InspectionInput) -> uuid.UUID | None:
        if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
            raise not_found(UNIT_NOT_FOUND, data.unit_id)
        if data.cadre_id is not None:
            if session.get(Cadre, data.cadre_id) is None:
                raise not_found(CADRE_NOT_FOUND, data.cadre_id)
            if data.unit_id is None:
                return post_unit(session, data.cadre_id, data.inspected_on)
        return data.unit_id

    def _apply(self, session: Session, inspection: Inspection, data: InspectionInput) -> None:
        # An inspection of a cadre is filed under the unit of their post that day.
        inspection.unit_id = self._target_unit(session, data)
        inspection.cadre_id = data.cadre_id
        inspection.inspected_on, inspection.kind = data.inspected_on, data.kind
        inspection.inspectors, inspection.findings = data.inspectors, data.findings
        inspection.rectification, inspection.deadline = data.rectification, data.deadline
        inspection.result, inspection.result_date = data.result, data.result_date
