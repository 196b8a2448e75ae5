"""Ledger entries derived from another record (no fact typed twice, issue "Less paperwork").

A meeting, a talk, a step of an accountability case, the scoring of a unit and an
inspection each imply entries in the leaders' duty ledgers. The service that writes the
source record calls `sync_derived` in the same transaction with the entries the record now
implies: missing ones are made, changed ones updated, the rest removed. A derived entry
carries its source (`source_kind`, `source_id`, `source_label`) and the ledger service
refuses to change or delete it on its own.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain.enums import LedgerCategory, LedgerSource
from zeren_desktop.domain.ledger import SHORT_MAX, TEXT_MAX, LedgerEntryInput
from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, ConflictError, Message
from zeren_desktop.services.lists import current_post, post_unit
from zeren_desktop.storage.models import (
    Cadre,
    LedgerEntry,
    ResponsibilityItem,
    ResponsibilityList,
    TeamMembership,
    ledger_entry_items,
)

DERIVED_READ_ONLY = QT_TRANSLATE_NOOP(
    "Services", "This ledger entry was made from a {source} ({label}); it changes only with "
    "that record. Open the record to change or delete it.")

# Names in a free-text field: "魏明、李华" or "魏明（镇党委书记）, 李华".
_SEPARATORS = re.compile(r"[、,，;；/\s]+")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")


@dataclass(frozen=True)
class DerivedEntry:
    """One entry a source record implies: at most one per cadre and kind."""

    cadre_id: uuid.UUID
    entry_date: dt.date
    category: LedgerCategory
    matter: str
    place: str = ""
    participants: str = ""
    content: str = ""
    item_ids: tuple[uuid.UUID, ...] = field(default_factory=tuple)


def refuse_if_derived(entry: LedgerEntry) -> None:
    """Called by every ledger write that would change one entry on its own."""
    if entry.source_kind is not None:
        raise ConflictError(Message("Services", DERIVED_READ_ONLY, {
            "source": Message(entry.source_kind.context(), entry.source_kind.label),
            "label": entry.source_label}))


def _clip(text: str, limit: int) -> str:
    text = clean_text(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def allowed_items(session: Session, cadre_id: uuid.UUID, year: int) -> set[uuid.UUID]:
    """Items an entry of this cadre may serve: their own lists and their teams' lists."""
    teams = select(TeamMembership.team_id).where(TeamMembership.cadre_id == cadre_id)
    return set(session.scalars(
        select(ResponsibilityItem.id).join(ResponsibilityList)
        .where(ResponsibilityList.year == year,
               or_(ResponsibilityList.cadre_id == cadre_id,
                   ResponsibilityList.cadre_id.is_(None)
                   & ResponsibilityList.team_id.in_(teams)))))


def sync_derived(session: Session, *, office_id: uuid.UUID, entered_by: str,
                 kind: LedgerSource, source_id: uuid.UUID, label: str,
                 wanted: Sequence[DerivedEntry]) -> int:
    """Make the source's derived entries exactly `wanted`; the number of entries it has.

    An entry whose content changed needs review again, as a hand-typed one would."""
    # Imported here: the ledger service imports this module for refuse_if_derived.
    from zeren_desktop.services.ledger import reindex, search_fields, search_text_of

    existing = {(e.cadre_id, e.category): e for e in session.scalars(
        select(LedgerEntry).where(LedgerEntry.source_kind == kind,
                                  LedgerEntry.source_id == source_id)
        .options(selectinload(LedgerEntry.items)))}
    label = _clip(label, 300)
    kept = 0
    for want in {(w.cadre_id, w.category): w for w in wanted}.values():
        cadre = session.get(Cadre, want.cadre_id)
        if cadre is None:
            continue
        data = LedgerEntryInput(
            cadre.id, want.entry_date, want.category, _clip(want.matter, SHORT_MAX) or label,
            place=_clip(want.place, SHORT_MAX), participants=_clip(want.participants, TEXT_MAX),
            content=_clip(want.content, TEXT_MAX))
        allowed = allowed_items(session, cadre.id, want.entry_date.year)
        item_ids = [i for i in dict.fromkeys(want.item_ids) if i in allowed]
        entry = existing.pop((cadre.id, want.category), None)
        new_text = search_text_of(search_fields(cadre.name, data))
        if entry is None:
            entry = LedgerEntry(office_id=office_id, entered_by=entered_by, search_text="",
                                source_kind=kind, source_id=source_id)
        elif _same(entry, data, item_ids, label):
            kept += 1
            continue
        else:
            entry.reviewed_by, entry.reviewed_at = "", None
        entry.cadre_id, entry.entry_date, entry.category = cadre.id, data.entry_date, data.category
        entry.unit_id = post_unit(session, cadre.id, data.entry_date)
        entry.matter, entry.place, entry.participants = data.matter, data.place, data.participants
        entry.content = data.content
        entry.items = list(session.scalars(select(ResponsibilityItem).where(
            ResponsibilityItem.id.in_(item_ids)))) if item_ids else []
        entry.duplicate_key = data.duplicate_key()
        entry.search_text = new_text
        entry.source_label = label
        session.add(entry)  # after its fields: the queries above autoflush
        session.flush()
        reindex(session, entry.id, new_text)
        kept += 1
    for entry in existing.values():
        _remove(session, entry)
    return kept


def remove_derived(session: Session, kind: LedgerSource, source_id: uuid.UUID) -> int:
    """Remove every entry derived from the source (it is being deleted); how many."""
    entries = list(session.scalars(select(LedgerEntry).where(
        LedgerEntry.source_kind == kind, LedgerEntry.source_id == source_id)))
    for entry in entries:
        _remove(session, entry)
    return len(entries)


def derived_count(session: Session, kind: LedgerSource, source_ids: Collection[uuid.UUID]
                  ) -> dict[uuid.UUID, int]:
    counts: dict[uuid.UUID, int] = dict.fromkeys(source_ids, 0)
    if source_ids:
        for source_id, n in session.execute(
                select(LedgerEntry.source_id, func.count()).where(
                    LedgerEntry.source_kind == kind, LedgerEntry.source_id.in_(set(source_ids)))
                .group_by(LedgerEntry.source_id)):
            if source_id is not None:
                counts[source_id] = n
    return counts


def _same(entry: LedgerEntry, data: LedgerEntryInput, item_ids: Sequence[uuid.UUID],
          label: str) -> bool:
    return (entry.entry_date == data.entry_date and entry.matter == data.matter
            and entry.place == data.place and entry.participants == data.participants
            and entry.content == data.content and entry.source_label == label
            and {i.id for i in entry.items} == set(item_ids))


def _remove(session: Session, entry: LedgerEntry) -> None:
    from zeren_desktop.services.ledger import reindex

    reindex(session, entry.id, "")
    session.execute(delete(ledger_entry_items).where(
        ledger_entry_items.c.entry_id == entry.id))
    session.delete(entry)


def resolve_names(session: Session, text: str, unit_id: uuid.UUID | None,
                  on: dt.date) -> list[uuid.UUID]:
    """The cadres a free-text list of names means, in its order. A name may follow its
    post without a space ("党委书记谢武华"): a token counts for the cadre whose name it is
    or ends with, the longest such name first. A name shared by several cadres counts only
    when one of them holds a post in `unit_id` on the day; a name that matches nobody (or
    a title like 王书记) is left out."""
    found: list[uuid.UUID] = []
    for token in _SEPARATORS.split(_BRACKETED.sub(" ", text or "")):
        ids = _cadres_named_by(session, token)
        if len(ids) > 1 and unit_id is not None:
            ids = [i for i in ids
                   if (post := current_post(session, i, on)) is not None
                   and post.unit_id == unit_id]
        if len(ids) == 1 and ids[0] not in found:
            found.append(ids[0])
    return found


def _cadres_named_by(session: Session, token: str) -> list[uuid.UUID]:
    """The cadres of the longest name that `token` is or ends with; a single character
    after a post is no name (党委书记王 is not 王)."""
    if not token:
        return []
    tails = [token[start:] for start in range(len(token) - 1)] or [token]
    by_name: dict[str, list[uuid.UUID]] = {}
    for cadre_id, name in session.execute(
            select(Cadre.id, Cadre.name).where(Cadre.name.in_(tails)).limit(200)):
        by_name.setdefault(name, []).append(cadre_id)
    for tail in tails:  # longest first
        if tail in by_name:
            return by_name[tail][:20]
    return []


def derived_names(session: Session, kind: LedgerSource, source_id: uuid.UUID) -> list[str]:
    """The names of the cadres whose ledgers hold an entry made from the source."""
    return list(session.scalars(
        select(Cadre.name).join(LedgerEntry, LedgerEntry.cadre_id == Cadre.id)
        .where(LedgerEntry.source_kind == kind, LedgerEntry.source_id == source_id)
        .order_by(LedgerEntry.created_at, Cadre.name)))
