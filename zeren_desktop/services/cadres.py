"""Cadres (干部) and their post history (职务)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from zeren_desktop.domain.enums import Rank, Sex
from zeren_desktop.domain.records import CadreInput
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP
from zeren_desktop.services.base import ServiceBase, not_found, still_referenced
from zeren_desktop.services.dto import CadreDetail, CadreRow, PostInfo
from zeren_desktop.storage.models import Cadre, Post, Unit
from zeren_desktop.storage.references import references_to

WHAT = QT_TRANSLATE_NOOP("Services", "The cadre was not found; it may have been deleted meanwhile.")
UNIT_WHAT = QT_TRANSLATE_NOOP(
    "Services", "The unit was not found; it may have been deleted meanwhile.")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class CadreService(ServiceBase):
    def _current_post_id(self) -> Select[Any]:
        # The main current post: the open post that started last.
        inner = aliased(Post)
        return (select(inner.id)
                .where(inner.cadre_id == Cadre.id, inner.end_date.is_(None))
                .order_by(inner.start_date.desc())
                .limit(1)
                .correlate(Cadre))

    def _search_query(self, text: str, unit_id: uuid.UUID | None) -> Select[
            uuid.UUID, str, Sex | None, dt.date | None, Rank, str, str]:
        current = self._current_post_id().scalar_subquery()
        query = (select(Cadre.id, Cadre.name, Cadre.sex, Cadre.birth_date, Cadre.rank,
                        Unit.name, Post.title)
                 .select_from(Cadre)
                 .outerjoin(Post, Post.id == current)
                 .outerjoin(Unit, Unit.id == Post.unit_id))
        text = text.strip()
        if text:
            pattern = f"%{_escape_like(text)}%"
            query = query.where(or_(
                Cadre.name.like(pattern, escape="\\"),
                Cadre.id_number.like(pattern, escape="\\"),
                Unit.name.like(pattern, escape="\\"),
                Post.title.like(pattern, escape="\\"),
            ))
        if unit_id is not None:
            held = aliased(Post)
            in_unit = (select(held.id)
                       .where(held.cadre_id == Cadre.id, held.unit_id == unit_id,
                              held.end_date.is_(None))
                       .correlate(Cadre).exists())
            query = query.where(in_unit)
        return query

    def search(self, text: str = "", unit_id: uuid.UUID | None = None,
               limit: int | None = None, offset: int = 0) -> list[CadreRow]:
        """Cadres whose name, ID number, unit or title contains `text`, by name."""
        query = self._search_query(text, unit_id).order_by(Cadre.name, Cadre.id).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.db.read() as session:
            return [CadreRow(row[0], row[1], row[2], row[3], row[4], row[5] or "", row[6] or "")
                    for row in session.execute(query)]

    def count(self, text: str = "", unit_id: uuid.UUID | None = None) -> int:
        query = self._search_query(text, unit_id).subquery()
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(query)) or 0)

    def get(self, cadre_id: uuid.UUID) -> CadreDetail:
        with self.db.read() as session:
            cadre = session.scalars(
                select(Cadre).where(Cadre.id == cadre_id)
                .options(selectinload(Cadre.posts).selectinload(Post.unit))).one_or_none()
            if cadre is None:
                raise not_found(WHAT, cadre_id)
            posts = tuple(PostInfo(p.id, p.unit_id, p.unit.name, p.title, p.portfolio,
                                   p.start_date, p.end_date) for p in cadre.posts)
            return CadreDetail(cadre.id, cadre.name, cadre.sex, cadre.birth_date,
                               cadre.ethnicity, cadre.id_number, cadre.party_standing,
                               cadre.rank, cadre.phone, cadre.notes, posts)

    def create(self, data: CadreInput) -> uuid.UUID:
        data = data.validated()
        with self.db.write() as session:
            cadre = Cadre(office_id=self.office_id)
            self._apply(session, cadre, data)
            session.add(cadre)
            session.flush()
            return cadre.id

    def update(self, cadre_id: uuid.UUID, data: CadreInput) -> None:
        data = data.validated()
        with self.db.write() as session:
            cadre = session.get(Cadre, cadre_id, options=[selectinload(Cadre.posts)])
            if cadre is None:
                raise not_found(WHAT, cadre_id)
            self._apply(session, cadre, data)

    def delete(self, cadre_id: uuid.UUID) -> None:
        with self.db.write() as session:
            cadre = session.get(Cadre, cadre_id)
            if cadre is None:
                raise not_found(WHAT, cadre_id)
            # Posts belong to the cadre; anything else that names them blocks deletion.
            refs = references_to(session, "cadres", cadre_id, owned=frozenset({"posts"}))
            if refs:
                raise still_referenced(refs)
            session.delete(cadre)

    def _apply(self, session: Session, cadre: Cadre, data: CadreInput) -> None:
        cadre.name, cadre.sex, cadre.birth_date = data.name, data.sex, data.birth_date
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
