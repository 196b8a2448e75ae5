"""Units (单位): the county's tree of townships, departments and villages."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zeren_desktop.domain.records import UnitInput
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError
from zeren_desktop.services.base import ServiceBase, not_found, still_referenced
from zeren_desktop.services.dto import UnitInfo
from zeren_desktop.storage.models import Unit
from zeren_desktop.storage.references import references_to

_CTX = "Services"
WHAT = QT_TRANSLATE_NOOP(
    "Services", "The unit was not found; it may have been deleted meanwhile.")


def _info(unit: Unit) -> UnitInfo:
    return UnitInfo(unit.id, unit.name, unit.short_name, unit.kind, unit.parent_id,
                    unit.credit_code, unit.notes, unit.sort_order)


class UnitService(ServiceBase):
    def list_all(self) -> list[UnitInfo]:
        """Every unit, parents before children order not guaranteed; sorted by order, name."""
        with self.db.read() as session:
            units = session.scalars(select(Unit).order_by(Unit.sort_order, Unit.name))
            return [_info(u) for u in units]

    def get(self, unit_id: uuid.UUID) -> UnitInfo:
        with self.db.read() as session:
            return _info(self._load(session, unit_id))

    def create(self, data: UnitInput) -> uuid.UUID:
        data = data.validated()
        with self.db.write() as session:
            self._check_parent(session, None, data.parent_id)
            order = session.scalar(select(func.coalesce(func.max(Unit.sort_order), 0)).where(
                Unit.parent_id.is_(None) if data.parent_id is None
                else Unit.parent_id == data.parent_id)) or 0
            unit = Unit(office_id=self.office_id, sort_order=order + 1)
            self._apply(unit, data)
            session.add(unit)
            session.flush()
            return unit.id

    def update(self, unit_id: uuid.UUID, data: UnitInput) -> None:
        data = data.validated()
        with self.db.write() as session:
            unit = self._load(session, unit_id)
            self._check_parent(session, unit_id, data.parent_id)
            self._apply(unit, data)

    def delete(self, unit_id: uuid.UUID) -> None:
        with self.db.write() as session:
            unit = self._load(session, unit_id)
            refs = references_to(session, "units", unit_id)
            if refs:
                raise still_referenced(refs)
            session.delete(unit)

    @staticmethod
    def _apply(unit: Unit, data: UnitInput) -> None:
        unit.name, unit.short_name, unit.kind = data.name, data.short_name, data.kind
        unit.parent_id, unit.credit_code, unit.notes = (
            data.parent_id, data.credit_code, data.notes)

    def _load(self, session: Session, unit_id: uuid.UUID) -> Unit:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise not_found(WHAT, unit_id)
        return unit

    def _check_parent(self, session: Session, unit_id: uuid.UUID | None,
                      parent_id: uuid.UUID | None) -> None:
        """The parent must exist and must not be the unit itself or one of its descendants."""
        seen: set[uuid.UUID] = set()
        current = parent_id
        while current is not None:
            if current == unit_id or current in seen:
                raise ValidationError("parent_id", Message(_CTX, QT_TRANSLATE_NOOP(
                    _CTX, "A unit cannot be placed under itself or under one of its own units.")))
            seen.add(current)
            parent = session.get(Unit, current)
            if parent is None:
                raise not_found(WHAT, current)
            current = parent.parent_id
