"""Units (单位): the county's tree of townships, departments and villages."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from zeren_desktop.domain.pinyin import initials
from zeren_desktop.domain.records import UnitInput
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError
from zeren_desktop.services.base import UNIT_NOT_FOUND, ServiceBase, not_found, still_referenced
from zeren_desktop.services.cadres import initials_condition, like_pattern
from zeren_desktop.services.dto import UnitInfo
from zeren_desktop.services.recent import RecentPicks
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import Unit
from zeren_desktop.storage.references import references_to

if TYPE_CHECKING:
    from zeren_desktop.services.roster_import import RosterImportResult, RosterPreview

_CTX = "Services"
WHAT = UNIT_NOT_FOUND


def _info(unit: Unit) -> UnitInfo:
    return UnitInfo(unit.id, unit.name, unit.short_name, unit.kind, unit.parent_id,
                    unit.credit_code, unit.notes, unit.sort_order)


def _values(unit: Unit) -> dict[str, Any]:
    return {"name": unit.name, "short_name": unit.short_name, "kind": unit.kind.value,
            "parent_id": str(unit.parent_id or ""), "credit_code": unit.credit_code,
            "notes": unit.notes}


@dataclass
class UnitService(ServiceBase):
    # What each user picked lately (kept on this computer: services/recent.py).
    _recent: RecentPicks = field(default_factory=lambda: RecentPicks("units"), repr=False)

    def note_used(self, unit_id: uuid.UUID) -> None:
        """Remember that the signed-in user picked this unit (listed first by the pickers)."""
        actor = self.state.actor
        if actor is not None:
            self._recent.note(actor.user_id, unit_id)

    def recent(self) -> list[uuid.UUID]:
        """The units the signed-in user picked lately, most recent first."""
        actor = self.state.actor
        return self._recent.get(actor.user_id) if actor is not None else []

    def list_all(self) -> list[UnitInfo]:
        """The units the actor may see, by order and name (a township user: its subtree)."""
        actor = self._require(Permission.VIEW_MASTER_DATA, "units.list")
        with self.db.read() as session:
            query = select(Unit).order_by(Unit.sort_order, Unit.name)
            if actor.scope_units is not None:
                query = query.where(Unit.id.in_(actor.scope_units))
            return [_info(u) for u in session.scalars(query)]

    def search(self, text: str = "", limit: int | None = None) -> list[UnitInfo]:
        """The units (that the actor may see) whose name or short name contains `text`, or
        whose name's pinyin initials do (`cgz`: 城关镇); by order and name."""
        actor = self._require(Permission.VIEW_MASTER_DATA, "units.search")
        query = select(Unit).order_by(Unit.sort_order, Unit.name, Unit.id)
        text = text.strip()
        if text:
            pattern = like_pattern(text)
            conditions: list[ColumnElement[bool]] = [Unit.name.like(pattern, escape="\\"),
                          Unit.short_name.like(pattern, escape="\\")]
            by_initials = initials_condition(Unit.pinyin, text)
            if by_initials is not None:
                conditions.append(by_initials)
            query = query.where(or_(*conditions))
        if actor.scope_units is not None:
            query = query.where(Unit.id.in_(actor.scope_units))
        if limit is not None:
            query = query.limit(limit)
        with self.db.read() as session:
            return [_info(u) for u in session.scalars(query)]

    def get(self, unit_id: uuid.UUID) -> UnitInfo:
        actor = self._require(Permission.VIEW_MASTER_DATA, "units.get")
        self._require_scope(actor, {unit_id}, "units.get", "units", unit_id)
        with self.db.read() as session:
            return _info(self._load(session, unit_id))

    def create(self, data: UnitInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_MASTER_DATA, "units.create")
        data = data.validated()
        if actor.scope_units is not None:
            self._require_scope(actor, {data.parent_id}, "units.create", "units",
                                data.parent_id or uuid.UUID(int=0))
        with self.db.write() as session:
            self._check_parent(session, None, data.parent_id)
            order = session.scalar(select(func.coalesce(func.max(Unit.sort_order), 0)).where(
                Unit.parent_id.is_(None) if data.parent_id is None
                else Unit.parent_id == data.parent_id)) or 0
            unit = Unit(office_id=self.office_id, sort_order=order + 1)
            self._apply(unit, data)
            session.add(unit)
            session.flush()
            self._audit(session, actor, "unit.create", "units", unit.id, after=_values(unit))
            self._grow_scope(actor, unit)
            return unit.id

    def update(self, unit_id: uuid.UUID, data: UnitInput) -> None:
        actor = self._require(Permission.EDIT_MASTER_DATA, "units.update")
        data = data.validated()
        self._require_scope(actor, {unit_id}, "units.update", "units", unit_id)
        if actor.scope_units is not None and unit_id != actor.scope_unit_id:
            self._require_scope(actor, {data.parent_id}, "units.update", "units", unit_id)
        with self.db.write() as session:
            unit = self._load(session, unit_id)
            before = _values(unit)
            if actor.scope_unit_id == unit_id and data.parent_id != unit.parent_id:
                raise ValidationError("parent_id", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Services", "Your own township cannot be moved to another place in the tree.")))
            self._check_parent(session, unit_id, data.parent_id)
            self._apply(unit, data)
            self._audit(session, actor, "unit.update", "units", unit.id, before=before,
                        after=_values(unit))

    def delete(self, unit_id: uuid.UUID) -> None:
        actor = self._require(Permission.EDIT_MASTER_DATA, "units.delete")
        self._require_scope(actor, {unit_id}, "units.delete", "units", unit_id)
        with self.db.write() as session:
            unit = self._load(session, unit_id)
            refs = references_to(session, "units", unit_id)
            if refs:
                raise still_referenced(refs)
            self._audit(session, actor, "unit.delete", "units", unit.id, before=_values(unit))
            session.delete(unit)

    # -- the unit list from a spreadsheet (services/roster_import.py)

    def import_preview(self, source: Path) -> RosterPreview:
        """Every row of a unit list (.xlsx/.csv) with what importing it would do: new,
        update, already present, or error with the reason; nothing is written."""
        from zeren_desktop.services.roster_import import plan_units, read_unit_file

        actor = self._require(Permission.EDIT_MASTER_DATA, "units.import_preview")
        parsed = read_unit_file(Path(source))
        with self.db.read() as session:
            return plan_units(session, parsed, actor).preview

    def import_file(self, source: Path) -> RosterImportResult:
        """Import a unit list in one transaction: all rows, or none when any row has an
        error (the result names them). Rows already recorded add nothing."""
        from zeren_desktop.services.roster_import import (
            RosterImportResult,
            plan_units,
            read_unit_file,
            write_units,
        )

        actor = self._require(Permission.EDIT_MASTER_DATA, "units.import")
        source = Path(source)
        parsed = read_unit_file(source)
        with self.db.write() as session:
            plan = plan_units(session, parsed, actor)
            preview = plan.preview
            if not preview.can_import:
                return RosterImportResult(preview, written=False)
            created = write_units(session, plan, self.office_id, self._apply)
            self._audit(session, actor, "unit.import", "units", None,
                        summary=f"{preview.new} new, {preview.updated} updated from "
                                f"{source.name}",
                        after={"file": source.name, "created": preview.new,
                               "updated": preview.updated, "unchanged": preview.unchanged})
        if actor.scope_units is not None and self.state.actor is actor:
            self.state.actor = replace(actor, scope_units=actor.scope_units | set(created))
        return RosterImportResult(preview, written=True)

    def _grow_scope(self, actor: Actor, unit: Unit) -> None:
        """A township user's new sub-unit is theirs from now on."""
        if actor.scope_units is not None and self.state.actor is actor:
            self.state.actor = replace(actor, scope_units=actor.scope_units | {unit.id})

    @staticmethod
    def _apply(unit: Unit, data: UnitInput) -> None:
        unit.name, unit.short_name, unit.kind = data.name, data.short_name, data.kind
        unit.pinyin = initials(data.name, surname=False)
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
                    "Services",
                    "A unit cannot be placed under itself or under one of its own units.")))
            seen.add(current)
            parent = session.get(Unit, current)
            if parent is None:
                raise not_found(WHAT, current)
            current = parent.parent_id
