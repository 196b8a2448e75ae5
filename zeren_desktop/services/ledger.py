"""The duty ledger (履责纪实): entries, review, search, reminders, attachments, Excel.

Search finds any two characters of an entry (names like 魏某) through the search index of
character bigrams (storage/search_index.py) the service keeps in step with each entry's
normalised text; it works the same on SQLite and PostgreSQL (DESIGN.md, known traps).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from zeren_desktop import paths
from zeren_desktop.domain.enums import LedgerCategory, LedgerSource
from zeren_desktop.domain.ledger import (
    LedgerEntryInput,
    normalise_for_search,
    quarter_bounds,
)
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    Translate,
    untranslated,
)
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import CADRE_NOT_FOUND, ServiceBase, not_found
from zeren_desktop.services.files import write_atomically
from zeren_desktop.services.ledger_derived import refuse_if_derived
from zeren_desktop.services.ledger_dto import (
    AttachmentInfo,
    CadreItemChoice,
    LedgerEntryDetail,
    LedgerFilter,
    LedgerImportResult,
    LedgerRow,
    ListItemInfo,
    Reminder,
)
from zeren_desktop.services.lists import ITEM_NOT_FOUND, display_title, post_unit
from zeren_desktop.services.paging import page_rows
from zeren_desktop.services.session import Actor
from zeren_desktop.storage import search_index
from zeren_desktop.storage.models import (
    Attachment,
    AttachmentBlob,
    Cadre,
    CaseStageEvent,
    LedgerEntry,
    ResponsibilityItem,
    ResponsibilityList,
    TeamMembership,
    Unit,
    ledger_entry_items,
)
from zeren_desktop.storage.query_plan import no_index, straight_join

_CTX = "Services"
ENTRY_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The ledger entry was not found; it may have been deleted meanwhile.")
ATTACHMENT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The attachment was not found; it may have been deleted meanwhile.")
MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
NO_FILTER = LedgerFilter()


# The columns of a LedgerRow, in its order, for pages built without ORM objects.
_LEDGER_ROW_COLUMNS = (
    LedgerEntry.id, LedgerEntry.entry_date, LedgerEntry.cadre_id, Cadre.name,
    func.coalesce(Unit.name, ""), LedgerEntry.category, LedgerEntry.matter,
    LedgerEntry.place, LedgerEntry.participants, LedgerEntry.content, LedgerEntry.evidence,
    LedgerEntry.remarks, LedgerEntry.entered_by, LedgerEntry.reviewed_by,
    LedgerEntry.reviewed_at, LedgerEntry.source_kind, LedgerEntry.source_id,
    LedgerEntry.source_label)
# What `LedgerService.page` sorts by: the key's columns, the id last (a total order, so a
# page counted from the end is the same rows reversed).
LEDGER_SORTS: dict[str, tuple[Any, ...]] = {
    "date": (LedgerEntry.entry_date, LedgerEntry.created_at, LedgerEntry.id),
    "cadre": (Cadre.name, LedgerEntry.cadre_id, LedgerEntry.entry_date, LedgerEntry.id),
    "unit": (Unit.name, LedgerEntry.unit_id, LedgerEntry.entry_date, LedgerEntry.id),
    "category": (LedgerEntry.category, LedgerEntry.entry_date, LedgerEntry.id),
}


def _without_idle_period(session: Session, where: LedgerFilter) -> LedgerFilter:
    """The filter without the ends of its period that no entry lies beyond (each end one
    index seek)."""
    if where.date_from is None and where.date_to is None:
        return where
    if where.date_from is not None:
        first = session.scalar(select(func.min(LedgerEntry.entry_date)))
        if first is None or where.date_from <= first:
            where = replace(where, date_from=None)
    if where.date_to is not None:
        last = session.scalar(select(func.max(LedgerEntry.entry_date)))
        if last is None or where.date_to >= last:
            where = replace(where, date_to=None)
    return where


def _ledger_sort(sort: str) -> tuple[Any, ...]:
    try:
        return LEDGER_SORTS[sort]
    except KeyError:
        raise ValueError(f"unknown ledger sort key {sort!r}") from None


def _row(entry: LedgerEntry) -> LedgerRow:
    return LedgerRow(entry.id, entry.entry_date, entry.cadre_id, entry.cadre.name,
                     entry.unit.name if entry.unit is not None else "", entry.category,
                     entry.matter, entry.place, entry.participants, entry.content,
                     entry.evidence, entry.remarks, entry.entered_by, entry.reviewed_by,
                     entry.reviewed_at, entry.source_kind, entry.source_id, entry.source_label)


def _values(entry: LedgerEntry) -> dict[str, Any]:
    return {"cadre_id": str(entry.cadre_id), "entry_date": str(entry.entry_date),
            "category": entry.category.value, "matter": entry.matter, "place": entry.place,
            "participants": entry.participants, "content": entry.content,
            "evidence": entry.evidence, "remarks": entry.remarks,
            "items": sorted(str(i.id) for i in entry.items),
            "reviewed_by": entry.reviewed_by}


def search_fields(cadre_name: str, data: LedgerEntryInput) -> list[str]:
    return [cadre_name, data.matter, data.place, data.participants, data.content,
            data.evidence, data.remarks]


def search_text_of(fields: Sequence[str]) -> str:
    # A separator that normalising removes from the needle, so no match spans two fields.
    return search_index.document_text("ledger", fields)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# Above this many entries holding the words, a page walks the sort's index and checks the
# text instead of fetching every match by id (measured on 1,000,000 entries: 2.5 s → ms).
COMMON_WORD = 5000

ATTACHMENTS_DIR = "attachments"


def attachments_folder(database_file: Path | None) -> Path:
    """Evidence files live beside the database; for a server this is this PC's cache of
    the files stored in the database (`attachment_blobs`)."""
    base = database_file.parent if database_file is not None else paths.data_dir()
    return base / ATTACHMENTS_DIR


def store_blob(session: Session, digest: str, data: bytes) -> bool:
    """Keep an evidence file's bytes in the database (a server); False when it was there."""
    if session.scalar(select(AttachmentBlob.sha256).where(
            AttachmentBlob.sha256 == digest)) is not None:
        return False
    session.add(AttachmentBlob(sha256=digest, size=len(data), content=data))
    return True


def evidence_bytes(session: Session, database_file: Path | None, digest: str) -> bytes | None:
    """An evidence file's bytes: the copy in the data folder if intact, else the
    database's (a server); None when neither has it."""
    path = attachments_folder(database_file) / digest[:2] / digest
    if path.is_file():
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() == digest:
            return data
    content = session.scalar(select(AttachmentBlob.content).where(
        AttachmentBlob.sha256 == digest))
    if content is None or hashlib.sha256(bytes(content)).hexdigest() != digest:
        return None
    return bytes(content)


class LedgerService(ServiceBase):
    # -- reading

    def search(self, where: LedgerFilter = NO_FILTER, limit: int | None = None,
               offset: int = 0) -> list[LedgerRow]:
        """Entries matching the filter, newest first."""
        actor = self._require(Permission.VIEW_RECORDS, "ledger.search")
        with self.db.read() as session:
            query = self._filtered(session, select(LedgerEntry), where, actor)
            query = (query.options(selectinload(LedgerEntry.cadre),
                                   selectinload(LedgerEntry.unit))
                     .order_by(LedgerEntry.entry_date.desc(), LedgerEntry.created_at.desc(),
                               LedgerEntry.id).offset(offset))
            if limit is not None:
                query = query.limit(limit)
            return [_row(e) for e in session.scalars(query)]

    def count(self, where: LedgerFilter = NO_FILTER) -> int:
        actor = self._require(Permission.VIEW_RECORDS, "ledger.count")
        with self.db.read() as session:
            # count(*): counted in an index, where count(id) reads every row for its id;
            # a period that holds every entry is no filter (SQLite counts a whole table's
            # index page by page, a period entry by entry).
            query = self._filtered(session, select(func.count()).select_from(LedgerEntry),
                                   _without_idle_period(session, where), actor)
            return int(session.scalar(query) or 0)

    def page(self, where: LedgerFilter = NO_FILTER, sort: str = "date",
             descending: bool = True, offset: int = 0, limit: int = 200) -> list[LedgerRow]:
        """One page of the entries matching the filter, sorted in SQL by a key of
        `LEDGER_SORTS` (the id breaks ties), built from the columns a row shows: the
        table views page through a ledger of any size with it. First the ids of the page
        (an index walk in the sort's order), then their rows."""
        actor = self._require(Permission.VIEW_RECORDS, "ledger.page")
        keys = _ledger_sort(sort)
        with self.db.read() as session:
            return [LedgerRow(*row) for row in page_rows(
                session, self._page_ids(session, where, sort, actor), keys, descending,
                offset, limit, lambda ids: select(*_LEDGER_ROW_COLUMNS)
                .join(Cadre, Cadre.id == LedgerEntry.cadre_id)
                .outerjoin(Unit, Unit.id == LedgerEntry.unit_id)
                .where(LedgerEntry.id.in_(ids)))]

    def _page_ids(self, session: Session, where: LedgerFilter, sort: str,
                  actor: Actor) -> Select[Any]:
        """The ids under the filter, joined to what the sort needs. Unless the filter
        picks a cadre or words (few rows: any index will do), the walk follows the sort's
        index and the unit and date terms are checked in it (storage/query_plan.py)."""
        query = select(LedgerEntry.id)
        if sort == "cadre":
            query = query.select_from(straight_join(
                Cadre.__table__, LedgerEntry.__table__, Cadre.id == LedgerEntry.cadre_id))
        elif sort == "unit":
            query = query.outerjoin(Unit, Unit.id == LedgerEntry.unit_id)
        needle = normalise_for_search(where.text)
        dense = bool(needle) and where.cadre_id is None and self._common(session, needle)
        if where.cadre_id is not None or (needle and not dense):
            return self._filtered(session, query, where, actor)
        query = self._filtered(session, query, replace(
            where, unit_id=None, date_from=None, date_to=None, text=""),
            replace(actor, scope_units=None))
        if dense:
            # A word in thousands of entries (整改): fetching every match by id through the
            # index and sorting them costs seconds; walking the sort's index and checking
            # each entry's own text finds a page's worth after a few thousand rows.
            query = query.where(no_index(LedgerEntry.search_text).like(
                f"%{_escape_like(needle)}%", escape="\\"))
        if actor.scope_units is not None:   # a township account: checked in the index too
            query = query.where(no_index(LedgerEntry.unit_id).in_(actor.scope_units))
        date = LedgerEntry.entry_date if sort in ("date", "cadre") \
            else no_index(LedgerEntry.entry_date)
        if where.date_from is not None:
            query = query.where(date >= where.date_from)
        if where.date_to is not None:
            query = query.where(date <= where.date_to)
        if where.unit_id is not None:
            query = query.where(no_index(LedgerEntry.unit_id).in_(
                subtree(session, where.unit_id)))
        return query

    @staticmethod
    def _common(session: Session, needle: str) -> bool:
        """Does the index find the words in more than COMMON_WORD entries? (It stops
        counting there.)"""
        if len(needle) < 2:
            return False
        hits = search_index.matching_ids("ledger", needle).limit(COMMON_WORD + 1).subquery()
        return int(session.scalar(select(func.count()).select_from(hits)) or 0) \
            > COMMON_WORD

    def get(self, entry_id: uuid.UUID) -> LedgerEntryDetail:
        actor = self._require(Permission.VIEW_RECORDS, "ledger.get")
        with self.db.read() as session:
            entry = self._entry(session, entry_id)
            self._require_scope(actor, {entry.unit_id}, "ledger.get", "ledger_entries",
                                entry_id)
            return LedgerEntryDetail(
                _row(entry), tuple(i.id for i in entry.items),
                tuple(AttachmentInfo(a.id, a.file_name, a.sha256, a.size)
                      for a in entry.attachments))

    def source_record(self, entry_id: uuid.UUID) -> tuple[LedgerSource, uuid.UUID] | None:
        """The record a derived entry was made from, to open it (for a case stage: the
        case); None for an entry typed by hand or whose source is gone."""
        actor = self._require(Permission.VIEW_RECORDS, "ledger.source_record")
        with self.db.read() as session:
            entry = self._entry(session, entry_id)
            self._require_scope(actor, {entry.unit_id}, "ledger.source_record",
                                "ledger_entries", entry_id)
            if entry.source_kind is None or entry.source_id is None:
                return None
            if entry.source_kind is LedgerSource.CASE_STAGE:
                case_id = session.scalar(select(CaseStageEvent.case_id).where(
                    CaseStageEvent.id == entry.source_id))
                return (entry.source_kind, case_id) if case_id is not None else None
            return entry.source_kind, entry.source_id

    def item_choices(self, cadre_id: uuid.UUID, year: int, *,
                     translate: Translate = untranslated) -> list[CadreItemChoice]:
        """The list items an entry of this cadre may serve in a year: their own list's and
        those of the teams they belong to."""
        actor = self._require(Permission.VIEW_RECORDS, "ledger.item_choices")
        with self.db.read() as session:
            lists = self._lists_of(session, cadre_id, year)
            if actor.scope_units is not None:
                lists = [lst for lst in lists if actor.sees_unit(lst.unit_id)]
            return [CadreItemChoice(item.id, display_title(lst.year, lst.role, lst.title,
                                                           translate), n, item.text)
                    for lst in lists for n, item in enumerate(lst.items, start=1)]

    def reminders(self, year: int, quarter: int, unit_id: uuid.UUID | None = None,
                  cadre_id: uuid.UUID | None = None) -> list[Reminder]:
        """Per cadre with a list this year: the must-record kinds with no entry in the
        quarter, and the items of their list that no entry serves yet."""
        actor = self._require(Permission.VIEW_RECORDS, "ledger.reminders")
        start, end = quarter_bounds(year, quarter)
        with self.db.read() as session:
            query = (select(ResponsibilityList)
                     .where(ResponsibilityList.year == year,
                            ResponsibilityList.cadre_id.is_not(None))
                     .options(selectinload(ResponsibilityList.items),
                              selectinload(ResponsibilityList.cadre),
                              selectinload(ResponsibilityList.unit)))
            if unit_id is not None:
                query = query.where(ResponsibilityList.unit_id.in_(subtree(session, unit_id)))
            if cadre_id is not None:
                query = query.where(ResponsibilityList.cadre_id == cadre_id)
            if actor.scope_units is not None:
                query = query.where(ResponsibilityList.unit_id.in_(actor.scope_units))
            lists = list(session.scalars(query))
            missing_of = missing_must_record(
                session, {lst.cadre_id for lst in lists if lst.cadre_id is not None},
                start, end)
            item_ids = [i.id for lst in lists for i in lst.items]
            served = set(session.scalars(
                select(ledger_entry_items.c.item_id).distinct()
                .join(LedgerEntry, LedgerEntry.id == ledger_entry_items.c.entry_id)
                .where(ledger_entry_items.c.item_id.in_(item_ids),
                       LedgerEntry.entry_date <= end)))
            reminders: list[Reminder] = []
            for lst in sorted(lists, key=lambda x: (x.unit.name, x.cadre.name if x.cadre
                                                     else "")):
                assert lst.cadre is not None
                missing = missing_of[lst.cadre.id]
                unserved = tuple(ListItemInfo(i.id, n, i.area, i.text, i.status, 0)
                                 for n, i in enumerate(lst.items, start=1)
                                 if i.id not in served)
                if missing or unserved:
                    reminders.append(Reminder(lst.cadre.id, lst.cadre.name, lst.unit.name,
                                              year, quarter, missing, unserved))
            return reminders

    # -- writing

    def create(self, data: LedgerEntryInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_DRAFTS, "ledger.create")
        data = data.validated(self._today())
        self._check_cadre_scope(actor, data.cadre_id, data.entry_date, "ledger.create")
        with self.db.write() as session:
            entry = self._insert(session, actor, data)
            self._audit(session, actor, "ledger.create", "ledger_entries", entry.id,
                        after=_values(entry))
            return entry.id

    def update(self, entry_id: uuid.UUID, data: LedgerEntryInput) -> None:
        """A changed entry needs review again."""
        actor = self._require(Permission.EDIT_DRAFTS, "ledger.update")
        data = data.validated(self._today())
        self._check_entry_scope(actor, entry_id, "ledger.update")
        self._check_cadre_scope(actor, data.cadre_id, data.entry_date, "ledger.update")
        with self.db.write() as session:
            entry = self._entry(session, entry_id)
            refuse_if_derived(entry)
            before = _values(entry)
            self._check_duplicate(session, data, entry_id)
            self._apply(session, entry, data)
            entry.reviewed_by, entry.reviewed_at = "", None
            session.flush()
            self._audit(session, actor, "ledger.update", "ledger_entries", entry.id,
                        before=before, after=_values(entry))

    def delete(self, entry_id: uuid.UUID) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "ledger.delete")
        self._check_entry_scope(actor, entry_id, "ledger.delete")
        with self.db.write() as session:
            entry = self._entry(session, entry_id)
            refuse_if_derived(entry)
            before = _values(entry)
            before["attachments"] = [{"file_name": a.file_name, "sha256": a.sha256}
                                     for a in entry.attachments]
            reindex(session, entry.id, "")
            entry.items = []
            session.delete(entry)
            self._audit(session, actor, "ledger.delete", "ledger_entries", entry_id,
                        before=before)

    def review(self, entry_ids: Sequence[uuid.UUID]) -> int:
        """Mark entries checked by the reviewer; the number newly marked."""
        actor = self._require(Permission.REVIEW, "ledger.review")
        for entry_id in entry_ids:
            self._check_entry_scope(actor, entry_id, "ledger.review")
        now = self.state.clock()
        marked = 0
        with self.db.write() as session:
            for entry_id in entry_ids:
                entry = self._entry(session, entry_id)
                if entry.reviewed_at is not None:
                    continue
                entry.reviewed_by, entry.reviewed_at = actor.username, now
                marked += 1
                self._audit(session, actor, "ledger.review", "ledger_entries", entry.id,
                            after={"reviewed_by": actor.username})
        return marked

    # -- attachments

    def add_attachment(self, entry_id: uuid.UUID, source: Path) -> uuid.UUID:
        """Copy an evidence file into the data folder, named by its SHA-256."""
        actor = self._require(Permission.EDIT_DRAFTS, "ledger.add_attachment")
        self._check_entry_scope(actor, entry_id, "ledger.add_attachment")
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Services", "The file is larger than {mb} MB; attach a smaller copy."),
                {"mb": MAX_ATTACHMENT_BYTES // (1024 * 1024)}))
        with self.db.read() as session:
            # Evidence of a meeting or talk belongs to that record, not to each entry.
            refuse_if_derived(self._entry(session, entry_id))
        digest = self._store_file(source)
        with self.db.write() as session:
            self._entry(session, entry_id)
            if self.db.file is None:
                # A server: the file goes into the database with its record, so that every
                # PC of the county opens it; the data folder keeps a copy as a cache.
                store_blob(session, digest, self._stored_path(digest).read_bytes())
            attachment = Attachment(office_id=self.office_id, entry_id=entry_id,
                                    file_name=source.name[:255], sha256=digest, size=size)
            session.add(attachment)
            session.flush()
            self._audit(session, actor, "ledger.add_attachment", "attachments", attachment.id,
                        after={"entry_id": str(entry_id), "file_name": attachment.file_name,
                               "sha256": digest, "size": size})
            return attachment.id

    def attachment_path(self, attachment_id: uuid.UUID) -> Path:
        """The stored file, after checking that its bytes still match the recorded hash."""
        actor = self._require(Permission.VIEW_RECORDS, "ledger.attachment_path")
        with self.db.read() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise not_found(ATTACHMENT_NOT_FOUND, attachment_id)
            self._require_scope(actor, {attachment.entry.unit_id}, "ledger.attachment_path",
                                "attachments", attachment_id)
            digest = attachment.sha256
        path = self._stored_path(digest)
        if not path.is_file() or _sha256(path) != digest:
            with self.db.read() as session:
                data = evidence_bytes(session, self.db.file, digest)
            if data is not None:
                # Filled from the database (a server): this PC's cached copy.
                write_atomically(path, lambda temp: temp.write_bytes(data))
        if not path.is_file() or _sha256(path) != digest:
            raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Services", "The stored copy of this attachment is missing or was changed"
                " outside the program ({path}).") , {"path": str(path)}))
        return path

    def remove_attachment(self, attachment_id: uuid.UUID) -> None:
        """Unlink the attachment from its entry; the stored file stays (other entries or
        backups may name it)."""
        actor = self._require(Permission.EDIT_DRAFTS, "ledger.remove_attachment")
        with self.db.read() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise not_found(ATTACHMENT_NOT_FOUND, attachment_id)
            entry_id = attachment.entry_id
        self._check_entry_scope(actor, entry_id, "ledger.remove_attachment")
        with self.db.write() as session:
            attachment = session.get(Attachment, attachment_id)
            if attachment is None:
                raise not_found(ATTACHMENT_NOT_FOUND, attachment_id)
            self._audit(session, actor, "ledger.remove_attachment", "attachments",
                        attachment.id, before={"entry_id": str(attachment.entry_id),
                                               "file_name": attachment.file_name,
                                               "sha256": attachment.sha256})
            session.delete(attachment)

    # -- spreadsheets

    def import_preview(self, source: Path) -> Any:
        """Parse a spreadsheet of entries: the good rows and every bad row with its reason."""
        self._require(Permission.EDIT_DRAFTS, "ledger.import_preview")
        return self._parse(source)

    def import_file(self, source: Path) -> LedgerImportResult:
        """Import the good rows of a spreadsheet, all in one transaction (all or none)."""
        actor = self._require(Permission.EDIT_DRAFTS, "ledger.import")
        preview = self._parse(source)
        if actor.scope_units is not None:
            with self.db.read() as session:
                for row in preview.rows:
                    unit = post_unit(session, row.entry.cadre_id, row.entry.entry_date)
                    if not actor.sees_unit(unit):
                        self._refuse_out_of_scope(actor, "ledger.import", "cadres",
                                                  row.entry.cadre_id)
        with self.db.write() as session:
            for row in preview.rows:
                entry = row.entry
                if row.item_numbers:
                    entry = _with_items(entry, self._items_by_number(
                        session, entry.cadre_id, entry.entry_date.year, row.item_numbers))
                self._insert(session, actor, entry, check_duplicate=False)
            self._audit(session, actor, "ledger.import", "ledger_entries", None,
                        summary=f"{len(preview.rows)} entries from {source.name}",
                        after={"file": source.name, "imported": len(preview.rows),
                               "problems": len(preview.problems)})
        return LedgerImportResult(len(preview.rows), len(preview.problems))

    def export_xlsx(self, target: Path, where: LedgerFilter = NO_FILTER, *,
                    translate: Translate = untranslated) -> int:
        """The filtered entries as an .xlsx workbook; the number of rows written."""
        from zeren_desktop.services.spreadsheets import write_xlsx

        actor = self._require(Permission.VIEW_RECORDS, "ledger.export")
        rows = self.search(where)
        headers = [translate("LedgerExport", h) for h in EXPORT_HEADERS]
        def source(r: LedgerRow) -> str:
            if r.source_kind is None:
                return ""
            kind = translate(r.source_kind.context(), r.source_kind.label)
            return f"{kind}：{r.source_label}"

        data = ([r.entry_date, r.cadre_name, r.unit_name,
                 translate(r.category.context(), r.category.label), r.matter, r.place,
                 r.participants, r.content, r.evidence, r.remarks, r.entered_by,
                 r.reviewed_by, source(r)] for r in rows)
        written = write_xlsx(target, translate("LedgerExport", EXPORT_SHEET), headers, data,
                             column_widths=[12, 10, 18, 14, 30, 16, 24, 60, 16, 20, 10, 10,
                                            30])
        with self.db.write() as session:
            self._audit(session, actor, "export.ledger", "ledger_entries", None,
                        summary=f"{written} entries to {target.name}",
                        after={"rows": written, "filter": _filter_values(where)})
        return written

    # -- helpers

    def _parse(self, source: Path) -> Any:
        from zeren_desktop.services.ledger_import import parse_ledger_file

        def find_cadres(name: str, id_number: str) -> list[uuid.UUID]:
            with self.db.read() as session:
                query = select(Cadre.id).where(Cadre.name == name.strip())
                if id_number.strip():
                    query = query.where(Cadre.id_number == id_number.strip().upper())
                return list(session.scalars(query))

        def existing_keys(keys: set[str]) -> set[str]:
            found: set[str] = set()
            with self.db.read() as session:
                batch = list(keys)
                for i in range(0, len(batch), 500):
                    found |= set(session.scalars(select(LedgerEntry.duplicate_key).where(
                        LedgerEntry.duplicate_key.in_(batch[i:i + 500]))))
            return found

        return parse_ledger_file(source, find_cadres, today=self._today(),
                                 existing_keys=existing_keys)

    def _filtered(self, session: Session, query: Select[Any], where: LedgerFilter,
                  actor: Actor) -> Select[Any]:
        if where.cadre_id is not None:
            query = query.where(LedgerEntry.cadre_id == where.cadre_id)
        if where.unit_id is not None:
            query = query.where(LedgerEntry.unit_id.in_(subtree(session, where.unit_id)))
        if where.date_from is not None:
            query = query.where(LedgerEntry.entry_date >= where.date_from)
        if where.date_to is not None:
            query = query.where(LedgerEntry.entry_date <= where.date_to)
        if where.category is not None:
            query = query.where(LedgerEntry.category == where.category)
        if where.reviewed is not None:
            query = query.where(LedgerEntry.reviewed_at.is_not(None) if where.reviewed
                                else LedgerEntry.reviewed_at.is_(None))
        if actor.scope_units is not None:
            query = query.where(LedgerEntry.unit_id.in_(actor.scope_units))
        needle = normalise_for_search(where.text)
        if len(needle) == 1:  # no bigram to look up: a scan, narrowed by the other filters
            query = query.where(LedgerEntry.search_text.like(
                f"%{_escape_like(needle)}%", escape="\\"))
        elif needle:
            query = query.where(LedgerEntry.id.in_(search_index.matching_ids("ledger", needle)))
        return query

    def _entry(self, session: Session, entry_id: uuid.UUID) -> LedgerEntry:
        entry = session.get(LedgerEntry, entry_id, options=[
            selectinload(LedgerEntry.items), selectinload(LedgerEntry.attachments),
            selectinload(LedgerEntry.cadre), selectinload(LedgerEntry.unit)])
        if entry is None:
            raise not_found(ENTRY_NOT_FOUND, entry_id)
        return entry

    def _check_entry_scope(self, actor: Actor, entry_id: uuid.UUID, operation: str) -> None:
        if actor.scope_units is None:
            return
        with self.db.read() as session:
            entry = session.get(LedgerEntry, entry_id)
            if entry is None:
                return  # the write reports "not found"
            unit_id = entry.unit_id
        self._require_scope(actor, {unit_id}, operation, "ledger_entries", entry_id)

    def _check_cadre_scope(self, actor: Actor, cadre_id: uuid.UUID, on: dt.date,
                           operation: str) -> None:
        with self.db.read() as session:
            if session.get(Cadre, cadre_id) is None:
                raise not_found(CADRE_NOT_FOUND, cadre_id)
            unit_id = post_unit(session, cadre_id, on)
        if actor.scope_units is not None:
            self._require_scope(actor, {unit_id}, operation, "cadres", cadre_id)

    def _check_duplicate(self, session: Session, data: LedgerEntryInput,
                         entry_id: uuid.UUID | None) -> None:
        query = select(LedgerEntry.id).where(LedgerEntry.duplicate_key == data.duplicate_key())
        if entry_id is not None:
            query = query.where(LedgerEntry.id != entry_id)
        if session.scalar(query.limit(1)) is not None:
            raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Services", "This cadre already has an entry of this kind for the same matter"
                " on {date}.") , {"date": data.entry_date.isoformat()}))

    def _insert(self, session: Session, actor: Actor, data: LedgerEntryInput, *,
                check_duplicate: bool = True) -> LedgerEntry:
        if check_duplicate:
            self._check_duplicate(session, data, None)
        entry = LedgerEntry(office_id=self.office_id, entered_by=actor.username,
                            search_text="")
        self._apply(session, entry, data)
        session.add(entry)
        session.flush()
        reindex(session, entry.id, entry.search_text)
        return entry

    def _apply(self, session: Session, entry: LedgerEntry, data: LedgerEntryInput) -> None:
        cadre = session.get(Cadre, data.cadre_id)
        if cadre is None:
            raise not_found(CADRE_NOT_FOUND, data.cadre_id)
        allowed = {c.id for lst in self._lists_of(session, cadre.id, data.entry_date.year)
                   for c in lst.items}
        items = []
        for item_id in data.item_ids:
            item = session.get(ResponsibilityItem, item_id)
            if item is None or item_id not in allowed:
                raise not_found(ITEM_NOT_FOUND, item_id)
            items.append(item)
        entry.cadre_id, entry.entry_date, entry.category = (
            cadre.id, data.entry_date, data.category)
        entry.unit_id = post_unit(session, cadre.id, data.entry_date)
        entry.matter, entry.place, entry.participants = data.matter, data.place, data.participants
        entry.content, entry.evidence, entry.remarks = data.content, data.evidence, data.remarks
        entry.items = items
        entry.duplicate_key = data.duplicate_key()
        entry.search_text = search_text_of(search_fields(cadre.name, data))
        if entry.id is not None:  # an update: a new entry is indexed after its flush
            reindex(session, entry.id, entry.search_text)

    def _lists_of(self, session: Session, cadre_id: uuid.UUID,
                  year: int) -> list[ResponsibilityList]:
        teams = select(TeamMembership.team_id).where(TeamMembership.cadre_id == cadre_id)
        return list(session.scalars(
            select(ResponsibilityList)
            .where(ResponsibilityList.year == year,
                   or_(ResponsibilityList.cadre_id == cadre_id,
                       (ResponsibilityList.cadre_id.is_(None))
                       & ResponsibilityList.team_id.in_(teams)))
            .options(selectinload(ResponsibilityList.items))
            .order_by(ResponsibilityList.cadre_id.is_(None), ResponsibilityList.number)))

    def _items_by_number(self, session: Session, cadre_id: uuid.UUID, year: int,
                         numbers: Sequence[int]) -> tuple[uuid.UUID, ...]:
        """Item numbers of the cadre's own list for the year (unknown numbers are ignored:
        the parser has already reported them)."""
        own = [lst for lst in self._lists_of(session, cadre_id, year)
               if lst.cadre_id == cadre_id]
        if not own:
            return ()
        items = own[0].items
        return tuple(items[n - 1].id for n in numbers if 1 <= n <= len(items))

    def _stored_path(self, digest: str) -> Path:
        return attachments_folder(self.db.file) / digest[:2] / digest

    def _store_file(self, source: Path) -> str:
        digest = _sha256(source)
        target = self._stored_path(digest)
        if target.is_file() and _sha256(target) == digest:
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out, 1024 * 1024)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, target)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return digest


EXPORT_SHEET = QT_TRANSLATE_NOOP("LedgerExport", "Duty ledger")
EXPORT_HEADERS = (
    QT_TRANSLATE_NOOP("LedgerExport", "Date"), QT_TRANSLATE_NOOP("LedgerExport", "Cadre"),
    QT_TRANSLATE_NOOP("LedgerExport", "Unit"), QT_TRANSLATE_NOOP("LedgerExport", "Category"),
    QT_TRANSLATE_NOOP("LedgerExport", "Matter"), QT_TRANSLATE_NOOP("LedgerExport", "Place"),
    QT_TRANSLATE_NOOP("LedgerExport", "Participants"),
    QT_TRANSLATE_NOOP("LedgerExport", "Content and measures"),
    QT_TRANSLATE_NOOP("LedgerExport", "Evidence"), QT_TRANSLATE_NOOP("LedgerExport", "Remarks"),
    QT_TRANSLATE_NOOP("LedgerExport", "Entered by"),
    QT_TRANSLATE_NOOP("LedgerExport", "Reviewed by"),
    # Derived entries: the record they were made from (meeting, talk …).
    QT_TRANSLATE_NOOP("LedgerExport", "Made from"))


def reindex(session: Session, entry_id: uuid.UUID, search_text: str) -> None:
    """Index an entry under its (new) normalised text; "" takes it out of the index."""
    if search_text:
        search_index.index_records(session.connection(), "ledger", [(entry_id, search_text)])
    else:
        search_index.remove_records(session.connection(), "ledger", [entry_id])


def rename_in_search(session: Session, cadre_id: uuid.UUID, name: str) -> int:
    """A renamed cadre is found by the new name in all their entries (the first field)."""
    rows = session.execute(select(LedgerEntry.id, LedgerEntry.search_text)
                           .where(LedgerEntry.cadre_id == cadre_id)).all()
    changed: list[tuple[uuid.UUID, str]] = []
    for entry_id, old_text in rows:
        fields = old_text.split(search_index.SEPARATOR)
        fields[0] = normalise_for_search(name)
        changed.append((entry_id, search_index.SEPARATOR.join(fields)))
    for entry_id, new_text in changed:  # re-indexed as it runs (search_index's hook)
        session.execute(update(LedgerEntry).where(LedgerEntry.id == entry_id)
                        .values(search_text=new_text))
    return len(rows)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _with_items(entry: LedgerEntryInput, item_ids: tuple[uuid.UUID, ...]) -> LedgerEntryInput:
    from dataclasses import replace
    return replace(entry, item_ids=item_ids)


def _filter_values(where: LedgerFilter) -> dict[str, str]:
    return {k: str(v) for k, v in where.__dict__.items() if v not in (None, "")}


def missing_must_record(session: Session, cadre_ids: Collection[uuid.UUID], start: dt.date,
                        end: dt.date) -> dict[uuid.UUID, tuple[LedgerCategory, ...]]:
    """Per cadre: the must-record kinds (九必记) with no ledger entry from `start` to `end`
    (both included), in the seed's order; () when the ledger has every kind. One query;
    the reminders and the assessment's ledger completeness both use it."""
    seen: dict[uuid.UUID, set[LedgerCategory]] = defaultdict(set)
    if cadre_ids:
        for cid, category in session.execute(
                select(LedgerEntry.cadre_id, LedgerEntry.category).distinct()
                .where(LedgerEntry.cadre_id.in_(set(cadre_ids)),
                       LedgerEntry.entry_date.between(start, end))):
            seen[cid].add(category)
    return {cid: tuple(c for c in LedgerCategory if c not in seen[cid]) for cid in cadre_ids}


def iter_units(session: Session, unit_id: uuid.UUID) -> Iterator[Unit]:
    for uid in subtree(session, unit_id):
        unit = session.get(Unit, uid)
        if unit is not None:
            yield unit
