"""Cadres (干部) and their post history (职务)."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from zeren_desktop.domain.enums import Rank, Sex
from zeren_desktop.domain.pinyin import initials, is_initials_query, normalized_query
from zeren_desktop.domain.records import CadreInput
from zeren_desktop.domain.security import Permission
from zeren_desktop.services.base import (
    CADRE_NOT_FOUND,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
    still_referenced,
)
from zeren_desktop.services.dto import CadreDetail, CadreRow, PostInfo
from zeren_desktop.services.ledger import rename_in_search
from zeren_desktop.services.recent import RecentPicks
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import Cadre, Post, Unit
from zeren_desktop.storage.references import references_to

if TYPE_CHECKING:
    from zeren_desktop.services.roster_import import RosterImportResult, RosterPreview

WHAT = CADRE_NOT_FOUND
UNIT_WHAT = UNIT_NOT_FOUND


# id, name, sex, birth date, rank, current unit name, current title
CadreQuery = Select[uuid.UUID, str, Sex | None, dt.date | None, Rank, str, str]


def _values(cadre: Cadre) -> dict[str, Any]:
    """What the audit keeps of a cadre before and after a change."""
    return {"name": cadre.name, "sex": cadre.sex.value if cadre.sex else "",
            "birth_date": str(cadre.birth_date or ""), "ethnicity": cadre.ethnicity,
            "id_number": cadre.id_number, "party_standing": cadre.party_standing,
            "rank": cadre.rank.value, "phone": cadre.phone, "notes": cadre.notes,
            "posts": [{"unit_id": str(p.unit_id), "title": p.title, "portfolio": p.portfolio,
                       "start_date": str(p.start_date), "end_date": str(p.end_date or "")}
                      for p in cadre.posts]}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_pattern(text: str) -> str:
    """A LIKE pattern (escape "\\") for values containing `text`."""
    return f"%{_escape_like(text)}%"


def initials_condition(column: Any, text: str) -> ColumnElement[bool] | None:
    """`column` (pinyin initials) contains the query, if the query may be initials."""
    if not is_initials_query(text):
        return None
    pattern = like_pattern(normalized_query(text))
    result: ColumnElement[bool] = column.like(pattern, escape="\\")
    return result


@dataclass
class CadreService(ServiceBase):
    # What each user picked lately (kept on this computer: services/recent.py).
    _recent: RecentPicks = field(default_factory=lambda: RecentPicks("cadres"), repr=False)

    def note_used(self, cadre_id: uuid.UUID) -> None:
        """Remember that the signed-in user picked this cadre (listed first by searches)."""
        actor = self.state.actor
        if actor is not None:
            self._recent.note(actor.user_id, cadre_id)

    def recent(self) -> list[uuid.UUID]:
        """The cadres the signed-in user picked lately, most recent first."""
        actor = self.state.actor
        return self._recent.get(actor.user_id) if actor is not None else []

    def _current_post_id(self) -> Select[Any]:
        # The main current post: the open post that started last.
        inner = aliased(Post)
        return (select(inner.id)
                .where(inner.cadre_id == Cadre.id, inner.end_date.is_(None))
                .order_by(inner.start_date.desc())
                .limit(1)
                .correlate(Cadre))

    def _search_query(self, text: str, unit_id: uuid.UUID | None) -> CadreQuery:
        current = self._current_post_id().scalar_subquery()
        query = (select(Cadre.id, Cadre.name, Cadre.sex, Cadre.birth_date, Cadre.rank,
                        Unit.name, Post.title)
                 .select_from(Cadre)
                 .outerjoin(Post, Post.id == current)
                 .outerjoin(Unit, Unit.id == Post.unit_id))
        text = text.strip()
        if text:
            pattern = f"%{_escape_like(text)}%"
            conditions: list[ColumnElement[bool]] = [
                Cadre.name.like(pattern, escape="\\"),
                Cadre.id_number.like(pattern, escape="\\"),
                Unit.name.like(pattern, escape="\\"),
                Post.title.like(pattern, escape="\\"),
            ]
            by_initials = initials_condition(Cadre.pinyin, text)
            if by_initials is not None:
                conditions.append(by_initials)
            query = query.where(or_(*conditions))
        if unit_id is not None:
            held = aliased(Post)
            in_unit = (select(held.id)
                       .where(held.cadre_id == Cadre.id, held.unit_id == unit_id,
                              held.end_date.is_(None))
                       .correlate(Cadre).exists())
            query = query.where(in_unit)
        return query

    def _scoped(self, query: CadreQuery, actor: Actor) -> CadreQuery:
        """A township user sees cadres who hold or held a post in its units."""
        if actor.scope_units is None:
            return query
        held = aliased(Post)
        return query.where(select(held.id).where(
            held.cadre_id == Cadre.id, held.unit_id.in_(actor.scope_units))
            .correlate(Cadre).exists())

    def search(self, text: str = "", unit_id: uuid.UUID | None = None,
               limit: int | None = None, offset: int = 0, *,
               recent_first: bool = False) -> list[CadreRow]:
        """Cadres whose name, ID number, unit or title contains `text`, by name.

        Latin letters also find cadres by the pinyin initials of their names (`wm`: 魏明).
        `recent_first`: the cadres the user picked lately (note_used) come first.
        """
        actor = self._require(Permission.VIEW_MASTER_DATA, "cadres.search")
        query = self._scoped(self._search_query(text, unit_id), actor)
        recent = self.recent() if recent_first else []
        if recent:
            query = query.order_by(case({cid: i for i, cid in enumerate(recent)},
                                        value=Cadre.id, else_=len(recent)))
        query = query.order_by(Cadre.name, Cadre.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.db.read() as session:
            return [CadreRow(row[0], row[1], row[2], row[3], row[4], row[5] or "", row[6] or "")
                    for row in session.execute(query)]

    def count(self, text: str = "", unit_id: uuid.UUID | None = None) -> int:
        actor = self._require(Permission.VIEW_MASTER_DATA, "cadres.count")
        query = self._scoped(self._search_query(text, unit_id), actor).subquery()
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(query)) or 0)

    def get(self, cadre_id: uuid.UUID) -> CadreDetail:
        actor = self._require(Permission.VIEW_MASTER_DATA, "cadres.get")
        with self.db.read() as session:
            cadre = session.scalars(
                select(Cadre).where(Cadre.id == cadre_id)
                .options(selectinload(Cadre.posts).selectinload(Post.unit))).one_or_none()
            if cadre is None:
                raise not_found(WHAT, cadre_id)
            self._check_cadre_scope(actor, cadre, "cadres.get")
            posts = tuple(PostInfo(p.id, p.unit_id, p.unit.name, p.title, p.portfolio,
                                   p.start_date, p.end_date) for p in cadre.posts)
            return CadreDetail(cadre.id, cadre.name, cadre.sex, cadre.birth_date,
                               cadre.ethnicity, cadre.id_number, cadre.party_standing,
                               cadre.rank, cadre.phone, cadre.notes, posts)

    def create(self, data: CadreInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_MASTER_DATA, "cadres.create")
        data = data.validated()
        self._check_change_scope(actor, "cadres.create", None, data)
        with self.db.write() as session:
            cadre = Cadre(office_id=self.office_id)
            self._apply(session, cadre, data)
            session.add(cadre)
            session.flush()
            self._audit(session, actor, "cadre.create", "cadres", cadre.id,
                        after=_values(cadre))
            return cadre.id

    def update(self, cadre_id: uuid.UUID, data: CadreInput) -> None:
        actor = self._require(Permission.EDIT_MASTER_DATA, "cadres.update")
        data = data.validated()
        self._check_change_scope(actor, "cadres.update", cadre_id, data)
        with self.db.write() as session:
            cadre = session.get(Cadre, cadre_id, options=[selectinload(Cadre.posts)])
            if cadre is None:
                raise not_found(WHAT, cadre_id)
            before = _values(cadre)
            old_name = cadre.name
            self._apply(session, cadre, data)
            session.flush()
            if cadre.name != old_name:
                rename_in_search(session, cadre.id, cadre.name)
            self._audit(session, actor, "cadre.update", "cadres", cadre.id, before=before,
                        after=_values(cadre))

    def delete(self, cadre_id: uuid.UUID) -> None:
        actor = self._require(Permission.EDIT_MASTER_DATA, "cadres.delete")
        self._check_change_scope(actor, "cadres.delete", cadre_id, None)
        with self.db.write() as session:
            cadre = session.get(Cadre, cadre_id, options=[selectinload(Cadre.posts)])
            if cadre is None:
                raise not_found(WHAT, cadre_id)
            # Posts belong to the cadre; anything else that names them blocks deletion.
            refs = references_to(session, "cadres", cadre_id, owned=frozenset({"posts"}))
            if refs:
                raise still_referenced(refs)
            self._audit(session, actor, "cadre.delete", "cadres", cadre.id,
                        before=_values(cadre))
            session.delete(cadre)

    # -- the cadre roster from a spreadsheet (services/roster_import.py)

    def import_preview(self, source: Path) -> RosterPreview:
        """Every row of a cadre roster (.xlsx/.csv) with what importing it would do: new,
        update, already present, or error with the reason; nothing is written."""
        from zeren_desktop.services.roster_import import plan_cadres, read_cadre_file

        actor = self._require(Permission.EDIT_MASTER_DATA, "cadres.import_preview")
        today = self._today()
        parsed = read_cadre_file(Path(source), today)
        with self.db.read() as session:
            return plan_cadres(session, parsed, actor, today).preview

    def import_file(self, source: Path) -> RosterImportResult:
        """Import a cadre roster in one transaction: all rows, or none when any row has an
        error (the result names them). Rows already recorded add nothing."""
        from zeren_desktop.services.roster_import import (
            RosterImportResult,
            plan_cadres,
            read_cadre_file,
            write_cadres,
        )

        actor = self._require(Permission.EDIT_MASTER_DATA, "cadres.import")
        source = Path(source)
        today = self._today()
        parsed = read_cadre_file(source, today)
        with self.db.write() as session:
            plan = plan_cadres(session, parsed, actor, today)
            preview = plan.preview
            if not preview.can_import:
                return RosterImportResult(preview, written=False)
            write_cadres(session, plan, self.office_id, self._apply)
            self._audit(session, actor, "cadre.import", "cadres", None,
                        summary=f"{preview.new} new, {preview.updated} updated from "
                                f"{source.name}",
                        after={"file": source.name, "created": preview.new,
                               "updated": preview.updated, "unchanged": preview.unchanged})
        return RosterImportResult(preview, written=True)

    def _check_cadre_scope(self, actor: Actor, cadre: Cadre, operation: str) -> None:
        """A township user sees a cadre who holds or held a post in its township."""
        if actor.scope_units is not None:
            self._require_scope(actor, {p.unit_id for p in cadre.posts}, operation,
                                "cadres", cadre.id)

    def _check_change_scope(self, actor: Actor, operation: str, cadre_id: uuid.UUID | None,
                            data: CadreInput | None) -> None:
        """What a township user may change: posts in its own units, and nothing else.

        Checked before the write transaction, so that a refusal (audited in a write of its
        own) never waits behind the refused write.
        """
        if actor.scope_units is None:
            return
        existing: list[tuple[uuid.UUID, uuid.UUID, str, str, dt.date, dt.date | None]] = []
        if cadre_id is not None:
            with self.db.read() as session:
                if session.get(Cadre, cadre_id) is None:
                    return  # the write reports "not found"
                existing = [(p.id, p.unit_id, p.title, p.portfolio, p.start_date, p.end_date)
                            for p in session.scalars(select(Post).where(
                                Post.cadre_id == cadre_id))]
        target = cadre_id or uuid.UUID(int=0)
        if cadre_id is not None:
            # Theirs at all: at least one post in their township.
            self._require_scope(actor, {e[1] for e in existing}, operation, "cadres", target)
        if data is None:
            # Deleting takes every post with it: all of them must be theirs.
            if any(not actor.sees_unit(e[1]) for e in existing):
                self._refuse_out_of_scope(actor, operation, "cadres", target)
            return
        # Another unit's posts stay exactly as they are; new or changed posts are theirs.
        outside = {e[0]: e for e in existing if not actor.sees_unit(e[1])}
        kept_outside = {p.id for p in data.posts if p.id in outside and outside[p.id] == (
            p.id, p.unit_id, p.title, p.portfolio, p.start_date, p.end_date)}
        changed_outside = set(outside) - kept_outside
        new_outside = [p for p in data.posts
                       if not actor.sees_unit(p.unit_id) and p.id not in kept_outside]
        if changed_outside or new_outside or not any(
                actor.sees_unit(p.unit_id) for p in data.posts):
            self._refuse_out_of_scope(actor, operation, "cadres", target)

    def _apply(self, session: Session, cadre: Cadre, data: CadreInput) -> None:
        cadre.name, cadre.sex, cadre.birth_date = data.name, data.sex, data.birth_date
        cadre.pinyin = initials(data.name)
        cadre.ethnicity, cadre.id_number = data.ethnicity, data.id_number
        cadre.party_standing, cadre.rank = data.party_standing, data.rank
        cadre.phone, cadre.notes = data.phone, data.notes
        existing = {p.id: p for p in cadre.posts}
        kept: list[Post] = []
        for item in data.posts:
            if session.get(Unit, item.unit_id) is None:
                raise not_found(UNIT_WHAT, item.unit_id)
            post = existing.get(item.id) if item.id is not None else None
            if post is None:
                post = Post(office_id=self.office_id)
            post.unit_id, post.title, post.portfolio = item.unit_id, item.title, item.portfolio
            post.start_date, post.end_date = item.start_date, item.end_date
            kept.append(post)
        cadre.posts = kept
