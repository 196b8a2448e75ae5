"""Print the ledger book (履责纪实簿) and responsibility lists (责任书) from the records."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop import paths
from zeren_desktop.domain.enums import ItemStatus, LabelledEnum, ListRole
from zeren_desktop.domain.ledger import check_year, quarter_bounds
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, ConflictError, Message, Translate
from zeren_desktop.domain.text import untranslated as _untranslated
from zeren_desktop.reports.book_data import (
    BookEntry,
    BookInspection,
    BookListItem,
    LedgerBook,
    ListDocument,
)
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import CADRE_NOT_FOUND, UNIT_NOT_FOUND, ServiceBase, not_found
from zeren_desktop.services.files import write_atomically
from zeren_desktop.services.lists import LIST_NOT_FOUND, current_post, display_title, holder_name
from zeren_desktop.services.settings import SettingsService
from zeren_desktop.storage.models import (
    Cadre,
    Inspection,
    LedgerEntry,
    Post,
    ResponsibilityItem,
    ResponsibilityList,
    Unit,
)

_CTX = "Services"
Progress = Callable[[int, int], bool]
NOTHING_TO_PRINT = QT_TRANSLATE_NOOP("Services", "There is nothing to print for this choice.")


def _label(member: LabelledEnum, translate: Translate) -> str:
    return translate(member.context(), member.label)


def _status_at(item: ResponsibilityItem, day: dt.date) -> ItemStatus:
    status = ItemStatus.NOT_STARTED
    for update in item.updates:
        if update.on <= day:
            status = update.status
    return status


def _quarter_statuses(item: ResponsibilityItem, year: int, today: dt.date,
                      translate: Translate) -> tuple[str, str, str, str]:
    out: list[str] = []
    for quarter in range(1, 5):
        start, end = quarter_bounds(year, quarter)
        if start > today:
            out.append("")
            continue
        status = _status_at(item, min(end, today))
        out.append(translate(status.context(), status.label))
    return (out[0], out[1], out[2], out[3])


class LedgerBookService(ServiceBase):
    def ledger_books(self, target: Path, year: int, *, cadre_ids: Sequence[uuid.UUID] = (),
                     unit_id: uuid.UUID | None = None, blank: bool = False,
                     translate: Translate = _untranslated,
                     progress: Progress | None = None) -> int:
        """The ledger books of some cadres (or of every cadre with a post in a unit and the
        units under it) for a year, in one PDF; the number of pages.

        Written to a temporary file and renamed, so a cancelled or failed print leaves no
        file under the target name. Raises the builder's BuildCancelled when cancelled.
        """
        from zeren_desktop.reports.ledger_book import build_ledger_books

        actor = self._require(Permission.VIEW_RECORDS, "reports.ledger_book")
        check_year(year)
        today = self._today()
        with self.db.read() as session:
            cadres = self._cadres(session, cadre_ids, unit_id, year)
            for cadre in cadres:
                units: set[uuid.UUID | None] = {p.unit_id for p in cadre.posts}
                self._require_scope(actor, units, "reports.ledger_book", "cadres", cadre.id)
            issuer = self._issuer()
            books = [self._book(session, cadre, year, issuer, blank, today, translate)
                     for cadre in cadres]
        if not books:
            raise ConflictError(Message(_CTX, NOTHING_TO_PRINT))
        font = register_bundled_font(paths.resources_dir())
        pages = write_atomically(target, lambda temp: build_ledger_books(
            temp, books, font, translate=translate, progress=progress))
        with self.db.write() as session:
            self._audit(session, actor, "print.ledger_book", "cadres",
                        cadres[0].id if len(cadres) == 1 else None,
                        summary=f"{len(books)} books, {pages} pages to {target.name}",
                        after={"year": year, "cadres": [str(c.id) for c in cadres],
                               "blank": blank, "pages": pages})
        return pages

    def list_documents(self, target: Path, list_ids: Sequence[uuid.UUID], *,
                       translate: Translate = _untranslated) -> int:
        """Responsibility lists to sign (责任书), one after another in one PDF."""
        from zeren_desktop.reports.list_document import build_list_documents

        actor = self._require(Permission.VIEW_RECORDS, "reports.list_documents")
        if not list_ids:
            raise ConflictError(Message(_CTX, NOTHING_TO_PRINT))
        with self.db.read() as session:
            issuer = self._issuer()
            docs: list[ListDocument] = []
            for list_id in list_ids:
                lst = session.scalars(
                    select(ResponsibilityList).where(ResponsibilityList.id == list_id)
                    .options(selectinload(ResponsibilityList.items),
                             selectinload(ResponsibilityList.unit),
                             selectinload(ResponsibilityList.cadre),
                             selectinload(ResponsibilityList.team))).one_or_none()
                if lst is None:
                    raise not_found(LIST_NOT_FOUND, list_id)
                self._require_scope(actor, {lst.unit_id}, "reports.list_documents",
                                    "responsibility_lists", list_id)
                docs.append(ListDocument(
                    lst.year, display_title(lst.year, lst.role, lst.title, translate),
                    holder_name(lst), lst.unit.name, lst.holder_title, lst.portfolio,
                    _label(lst.role, translate), issuer, lst.number,
                    tuple(BookListItem(n, i.area, i.text)
                          for n, i in enumerate(lst.items, start=1)),
                    lst.issued_on, lst.signed_on, lst.signed_by))
        font = register_bundled_font(paths.resources_dir())
        pages = write_atomically(target, lambda temp: build_list_documents(
            temp, docs, font, translate=translate))
        with self.db.write() as session:
            self._audit(session, actor, "print.responsibility_lists", "responsibility_lists",
                        list_ids[0] if len(list_ids) == 1 else None,
                        summary=f"{len(docs)} lists, {pages} pages to {target.name}",
                        after={"lists": [str(i) for i in list_ids], "pages": pages})
        return pages

    # -- gathering

    def _issuer(self) -> str:
        """The issuing body's full name from the office settings, else the office's name."""
        settings = SettingsService(self.db, self.office_id, self.state, self.audit)
        return settings.office_settings().issuer_name or settings.office_name()

    def _cadres(self, session: Session, cadre_ids: Sequence[uuid.UUID],
                unit_id: uuid.UUID | None, year: int) -> list[Cadre]:
        options = [selectinload(Cadre.posts)]
        if cadre_ids:
            cadres = []
            for cadre_id in cadre_ids:
                cadre = session.get(Cadre, cadre_id, options=options)
                if cadre is None:
                    raise not_found(CADRE_NOT_FOUND, cadre_id)
                cadres.append(cadre)
            return cadres
        if unit_id is None or session.get(Unit, unit_id) is None:
            raise not_found(UNIT_NOT_FOUND, unit_id or uuid.UUID(int=0))
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        units = subtree(session, unit_id)
        held = (select(Post.cadre_id).where(
            Post.unit_id.in_(units), Post.start_date <= last,
            (Post.end_date.is_(None)) | (Post.end_date >= first)))
        listed = select(ResponsibilityList.cadre_id).where(
            ResponsibilityList.year == year, ResponsibilityList.unit_id.in_(units))
        actor = self.state.actor
        cadres = list(session.scalars(
            select(Cadre).where(Cadre.id.in_(held) | Cadre.id.in_(listed))
            .options(*options).order_by(Cadre.name)))
        if actor is not None and actor.scope_units is not None:
            cadres = [c for c in cadres if any(actor.sees_unit(p.unit_id) for p in c.posts)]
        return cadres

    def _book(self, session: Session, cadre: Cadre, year: int, issuer: str, blank: bool,
              today: dt.date, translate: Translate) -> LedgerBook:
        lst = session.scalars(
            select(ResponsibilityList)
            .where(ResponsibilityList.year == year, ResponsibilityList.cadre_id == cadre.id)
            .options(selectinload(ResponsibilityList.items)
                     .selectinload(ResponsibilityItem.updates))
            .order_by(ResponsibilityList.number)).first()
        post = current_post(session, cadre.id, min(dt.date(year, 12, 31), today))
        unit = session.get(Unit, post.unit_id) if post is not None else None
        items: tuple[BookListItem, ...] = ()
        if lst is not None:
            items = tuple(BookListItem(
                n, i.area, i.text,
                ("", "", "", "") if blank else _quarter_statuses(i, year, today, translate))
                for n, i in enumerate(lst.items, start=1))
        entries: tuple[BookEntry, ...] = ()
        inspections: tuple[BookInspection, ...] = ()
        if not blank:
            entries = self._entries(session, cadre.id, year, lst, translate)
            rows = session.scalars(
                select(Inspection).where(
                    Inspection.inspected_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                    (Inspection.cadre_id == cadre.id) | (
                        Inspection.cadre_id.is_(None)
                        & Inspection.unit_id.in_({p.unit_id for p in cadre.posts})))
                .order_by(Inspection.inspected_on))
            inspections = tuple(BookInspection(
                i.inspected_on, _label(i.kind, translate), i.inspectors, i.findings,
                i.rectification, i.deadline, i.result, i.result_date) for i in rows)
        return LedgerBook(
            year=year, cadre_name=cadre.name, unit_name=unit.name if unit else "",
            title=(lst.holder_title if lst and lst.holder_title else
                   post.title if post else ""),
            portfolio=(lst.portfolio if lst and lst.portfolio else
                       post.portfolio if post else ""),
            book_number=lst.number if lst is not None else "", issuer=issuer,
            list_title=display_title(year, lst.role if lst else ListRole.MEMBER,
                                     lst.title if lst else "", translate) if lst else "",
            list_signed_on=lst.signed_on if lst else None,
            list_signed_by=lst.signed_by if lst else "",
            items=items, entries=entries, inspections=inspections,
            self_report="" if blank or lst is None else lst.self_report,
            assessment_result="" if blank or lst is None else lst.assessment_result,
            blank=blank)

    def _entries(self, session: Session, cadre_id: uuid.UUID, year: int,
                 lst: ResponsibilityList | None,
                 translate: Translate) -> tuple[BookEntry, ...]:
        numbers = {i.id: n for n, i in enumerate(lst.items, start=1)} if lst else {}
        rows = session.scalars(
            select(LedgerEntry).where(
                LedgerEntry.cadre_id == cadre_id,
                LedgerEntry.entry_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
            .options(selectinload(LedgerEntry.items), selectinload(LedgerEntry.attachments))
            .order_by(LedgerEntry.entry_date, LedgerEntry.created_at))
        out: list[BookEntry] = []
        for n, e in enumerate(rows, start=1):
            served = sorted(numbers[i.id] for i in e.items if i.id in numbers)
            evidence = "；".join(filter(None, [e.evidence, *(a.file_name for a in e.attachments)]))
            out.append(BookEntry(
                n, e.entry_date, _label(e.category, translate), e.matter, e.place,
                e.participants, e.content, "、".join(str(s) for s in served), evidence,
                e.remarks, e.reviewed_at is not None))
        return tuple(out)



