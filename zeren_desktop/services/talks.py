"""Talk records (谈话): 廉政谈话, 提醒谈话, 约谈 and 诫勉谈话, with their follow-up."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain.enums import LedgerCategory, LedgerSource, TalkKind
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import (
    CADRE_NOT_FOUND,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
    refuse_if_documents,
)
from zeren_desktop.services.ledger_derived import (
    DerivedEntry,
    derived_names,
    remove_derived,
    resolve_names,
    sync_derived,
)
from zeren_desktop.services.lists import post_unit
from zeren_desktop.services.session import Actor
from zeren_desktop.services.talks_dto import TalkInput, TalkRow
from zeren_desktop.storage.models import AccountabilityCase, Cadre, Talk, Unit

TALK_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The talk record was not found; it may have been deleted meanwhile.")
TALK_MATTER = QT_TRANSLATE_NOOP("Derived", "{kind} with {subject}")
TALK_LABEL = QT_TRANSLATE_NOOP("Derived", "{date} {kind}: {subject}")
CASE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The accountability case was not found; it may have been deleted meanwhile.")


def _pairs(session: Session, statement: Select[Any, Any]) -> Iterator[tuple[Any, Any]]:
    """(key, value) of each row of a two-column query (a Result is no mapping)."""
    for row in session.execute(statement):
        yield row[0], row[1]


def talk_row(t: Talk, unit_name: str, case_number: str) -> TalkRow:
    return TalkRow(
        t.id, t.kind, t.held_on, t.start_time, t.end_time, t.place, t.cadre_id,
        t.subject_name or (t.cadre.name if t.cadre is not None else ""), t.unit_id, unit_name,
        t.talker, t.note_taker, t.approved_by, t.basis, t.reason, t.content, t.statement,
        t.rectification, t.deadline, t.follow_up_on, t.follow_up_note, t.case_id, case_number)


def _values(t: Talk) -> dict[str, Any]:
    return {"kind": t.kind.value, "held_on": str(t.held_on), "start_time": t.start_time,
            "end_time": t.end_time, "place": t.place, "cadre_id": str(t.cadre_id or ""),
            "subject_name": t.subject_name, "unit_id": str(t.unit_id or ""),
            "talker": t.talker, "note_taker": t.note_taker, "approved_by": t.approved_by,
            "basis": t.basis, "reason": t.reason, "content": t.content,
            "statement": t.statement, "rectification": t.rectification,
            "deadline": str(t.deadline or ""), "follow_up_on": str(t.follow_up_on or ""),
            "follow_up_note": t.follow_up_note, "case_id": str(t.case_id or "")}


class TalkService(ServiceBase):
    def search(self, kind: TalkKind | None = None, unit_id: uuid.UUID | None = None,
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               cadre_id: uuid.UUID | None = None, follow_up_due: bool = False,
               today: dt.date | None = None, within_days: int = 0) -> list[TalkRow]:
        """Talks, newest first. `unit_id` includes the units under it; `follow_up_due`
        keeps the talks whose follow-up is planned by `today` + `within_days` and has no
        note yet."""
        actor = self._require(Permission.VIEW_RECORDS, "talks.search")
        today = today or self._today()
        with self.db.read() as session:
            query = select(Talk).options(selectinload(Talk.cadre))
            if kind is not None:
                query = query.where(Talk.kind == kind)
            if unit_id is not None:
                query = query.where(Talk.unit_id.in_(subtree(session, unit_id)))
            if cadre_id is not None:
                query = query.where(Talk.cadre_id == cadre_id)
            if date_from is not None:
                query = query.where(Talk.held_on >= date_from)
            if date_to is not None:
                query = query.where(Talk.held_on <= date_to)
            if follow_up_due:
                query = query.where(
                    Talk.follow_up_on.is_not(None),
                    Talk.follow_up_on <= today + dt.timedelta(days=within_days),
                    Talk.follow_up_note == "")
            if actor.scope_units is not None:
                query = query.where(Talk.unit_id.in_(actor.scope_units))
            query = query.order_by(Talk.held_on.desc(), Talk.start_time.desc(), Talk.id)
            return self._rows(session, list(session.scalars(query)))

    def follow_ups_due(self, today: dt.date | None = None,
                       within_days: int = 0) -> list[TalkRow]:
        """Follow-ups planned by `today` + `within_days` and not yet done, oldest first
        (for the dashboard)."""
        rows = self.search(follow_up_due=True, today=today, within_days=within_days)
        return sorted(rows, key=lambda r: (r.follow_up_on or dt.date.max, r.held_on))

    def get(self, talk_id: uuid.UUID) -> TalkRow:
        actor = self._require(Permission.VIEW_RECORDS, "talks.get")
        with self.db.read() as session:
            talk = self._talk(session, talk_id)
            self._require_scope(actor, {talk.unit_id}, "talks.get", "talks", talk_id)
            return self._rows(session, [talk])[0]

    def create(self, data: TalkInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_DRAFTS, "talks.create")
        data = data.validated(self._today())
        self._check_target(actor, data, "talks.create")
        with self.db.write() as session:
            talk = Talk(office_id=self.office_id, entered_by=actor.username)
            self._apply(session, talk, data)
            session.add(talk)
            session.flush()
            self._derive(session, actor, talk)
            self._audit(session, actor, "talk.create", "talks", talk.id, after=_values(talk))
            return talk.id

    def update(self, talk_id: uuid.UUID, data: TalkInput) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "talks.update")
        data = data.validated(self._today())
        self._check_existing(actor, talk_id, "talks.update")
        self._check_target(actor, data, "talks.update")
        with self.db.write() as session:
            talk = self._talk(session, talk_id)
            before = _values(talk)
            self._apply(session, talk, data)
            session.flush()
            self._derive(session, actor, talk)
            self._audit(session, actor, "talk.update", "talks", talk.id, before=before,
                        after=_values(talk))

    def ledger_names(self, talk_id: uuid.UUID) -> list[str]:
        """Whose ledgers hold an entry made from the talk (what deleting it removes)."""
        actor = self._require(Permission.VIEW_RECORDS, "talks.ledger_names")
        with self.db.read() as session:
            talk = self._talk(session, talk_id)
            self._require_scope(actor, {talk.unit_id}, "talks.ledger_names", "talks",
                                talk_id)
            return derived_names(session, LedgerSource.TALK, talk.id)

    def delete(self, talk_id: uuid.UUID) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "talks.delete")
        self._check_existing(actor, talk_id, "talks.delete")
        with self.db.write() as session:
            talk = self._talk(session, talk_id)
            refuse_if_documents(session, "talk_id", talk.id)
            remove_derived(session, LedgerSource.TALK, talk.id)
            self._audit(session, actor, "talk.delete", "talks", talk.id, before=_values(talk))
            session.delete(talk)

    # -- helpers

    def _derive(self, session: Session, actor: Actor, talk: Talk) -> int:
        return derive_talk(session, self.office_id, actor.username, talk,
                           self.state.translate)

    def _rows(self, session: Session, talks: list[Talk]) -> list[TalkRow]:
        unit_ids = {t.unit_id for t in talks if t.unit_id is not None}
        case_ids = {t.case_id for t in talks if t.case_id is not None}
        units = dict(_pairs(session, select(Unit.id, Unit.name).where(
            Unit.id.in_(unit_ids)))) if unit_ids else {}
        cases = dict(_pairs(session, select(AccountabilityCase.id, AccountabilityCase.number)
                                     .where(AccountabilityCase.id.in_(case_ids)))) \
            if case_ids else {}
        return [talk_row(t, units.get(t.unit_id, "") if t.unit_id else "",
                         cases.get(t.case_id, "") if t.case_id else "") for t in talks]

    def _talk(self, session: Session, talk_id: uuid.UUID) -> Talk:
        talk = session.get(Talk, talk_id, options=[selectinload(Talk.cadre)])
        if talk is None:
            raise not_found(TALK_NOT_FOUND, talk_id)
        return talk

    def _check_existing(self, actor: Actor, talk_id: uuid.UUID, operation: str) -> None:
        if actor.scope_units is None:
            return
        with self.db.read() as session:
            talk = session.get(Talk, talk_id)
            if talk is None:
                return  # the write reports "not found"
            unit_id = talk.unit_id
        self._require_scope(actor, {unit_id}, operation, "talks", talk_id)

    def _check_target(self, actor: Actor, data: TalkInput, operation: str) -> None:
        with self.db.read() as session:
            unit_id = self._target_unit(session, data)
            case = session.get(AccountabilityCase, data.case_id) if data.case_id else None
            case_unit = case.unit_id if case is not None else None
        self._require_scope(actor, {unit_id}, operation, "units", unit_id or uuid.UUID(int=0))
        if case is not None:  # a township user links only to a case of its own township
            self._require_scope(actor, {case_unit}, operation, "accountability_cases",
                                case.id)

    def _target_unit(self, session: Session, data: TalkInput) -> uuid.UUID | None:
        if data.unit_id is not None and session.get(Unit, data.unit_id) is None:
            raise not_found(UNIT_NOT_FOUND, data.unit_id)
        if data.case_id is not None and session.get(AccountabilityCase, data.case_id) is None:
            raise not_found(CASE_NOT_FOUND, data.case_id)
        if data.cadre_id is not None:
            if session.get(Cadre, data.cadre_id) is None:
                raise not_found(CADRE_NOT_FOUND, data.cadre_id)
            if data.unit_id is None:
                return post_unit(session, data.cadre_id, data.held_on)
        return data.unit_id

    def _apply(self, session: Session, talk: Talk, data: TalkInput) -> None:
        # A talk with a cadre is filed under the unit of their post that day, and keeps
        # their name as it was (art. 17: a later transfer changes nothing).
        talk.unit_id = self._target_unit(session, data)
        talk.cadre_id = data.cadre_id
        cadre = session.get(Cadre, data.cadre_id) if data.cadre_id is not None else None
        talk.subject_name = cadre.name if cadre is not None else data.subject_name
        talk.kind, talk.held_on = data.kind, data.held_on
        talk.start_time, talk.end_time, talk.place = data.start_time, data.end_time, data.place
        talk.talker, talk.note_taker = data.talker, data.note_taker
        talk.approved_by, talk.basis, talk.reason = data.approved_by, data.basis, data.reason
        talk.content, talk.statement = data.content, data.statement
        talk.rectification, talk.deadline = data.rectification, data.deadline
        talk.follow_up_on, talk.follow_up_note = data.follow_up_on, data.follow_up_note
        talk.case_id = data.case_id


def derive_talk(session: Session, office_id: uuid.UUID, entered_by: str, talk: Talk,
                words: Translate) -> int:
    """A 廉政谈话提醒 entry in the ledger of each leader who talked (named in `talker`),
    written in the language of `words`; the number of entries the talk has."""
    kind = words("TalkKind", talk.kind.label)  # i18n: marked elsewhere
    matter = words("Derived", TALK_MATTER).format(  # i18n: marked elsewhere
        kind=kind, subject=talk.subject_name)
    wanted = [DerivedEntry(cadre_id, talk.held_on, LedgerCategory.INTEGRITY_TALK, matter,
                           talk.place, talk.subject_name, talk.content or talk.reason)
              for cadre_id in resolve_names(session, talk.talker, talk.unit_id, talk.held_on)
              if cadre_id != talk.cadre_id]
    label = words("Derived", TALK_LABEL).format(  # i18n: marked elsewhere
        date=talk.held_on.isoformat(), kind=kind, subject=talk.subject_name)
    return sync_derived(session, office_id=office_id, entered_by=entered_by,
                        kind=LedgerSource.TALK, source_id=talk.id, label=label, wanted=wanted)
