"""Meeting records (会议记录): typed once, they feed every attending leader's duty ledger.

A meeting that studied integrity work makes one 研究部署 entry per attendee, linked to
the meeting and to the list items it served (services/ledger_derived.py); editing the
meeting updates them, deleting it removes them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop.domain.enums import (
    LedgerCategory,
    LedgerSource,
    MeetingKind,
    TeamKind,
    TeamRole,
)
from zeren_desktop.domain.ledger import normalise_for_search
from zeren_desktop.domain.meetings import (
    AttendeeChoice,
    MeetingInput,
    MeetingItemChoice,
    MeetingRow,
)
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import LIST_SEPARATOR, QT_TRANSLATE_NOOP, Translate
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import (
    CADRE_NOT_FOUND,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
)
from zeren_desktop.services.ledger_derived import (
    DerivedEntry,
    derived_count,
    remove_derived,
    sync_derived,
)
from zeren_desktop.services.lists import ITEM_NOT_FOUND, current_post
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import (
    Cadre,
    LeadershipTeam,
    Meeting,
    ResponsibilityItem,
    ResponsibilityList,
    TeamMembership,
    Unit,
)

MEETING_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The meeting record was not found; it may have been deleted meanwhile.")
AGENDA_LABEL = QT_TRANSLATE_NOOP("Derived", "Agenda: {agenda}")
DECISIONS_LABEL = QT_TRANSLATE_NOOP("Derived", "Decisions: {decisions}")
MEETING_LABEL = QT_TRANSLATE_NOOP("Derived", "{date} {kind}: {title}")
# The meetings of a unit's Party committee (党委会) or Party group (党组会): its members
# attend, not the discipline committee's.
_TEAM_MEETINGS = frozenset({MeetingKind.PARTY_COMMITTEE, MeetingKind.PARTY_GROUP})


def _values(m: Meeting) -> dict[str, Any]:
    return {"held_on": str(m.held_on), "kind": m.kind.value, "unit_id": str(m.unit_id),
            "title": m.title, "place": m.place, "presided_by": m.presided_by,
            "agenda": m.agenda, "decisions": m.decisions, "integrity": m.integrity,
            "attendees": sorted(str(c.id) for c in m.attendees),
            "items": sorted(str(i.id) for i in m.items)}


class MeetingService(ServiceBase):
    # -- reading

    def search(self, unit_id: uuid.UUID | None = None, year: int | None = None,
               kind: MeetingKind | None = None, text: str = "") -> list[MeetingRow]:
        """Meetings, newest first; `unit_id` includes the units under it; `text` matches
        the title, agenda, decisions and attendees' names."""
        actor = self._require(Permission.VIEW_RECORDS, "meetings.search")
        with self.db.read() as session:
            query = select(Meeting).options(selectinload(Meeting.attendees),
                                            selectinload(Meeting.items),
                                            selectinload(Meeting.unit))
            if unit_id is not None:
                query = query.where(Meeting.unit_id.in_(subtree(session, unit_id)))
            if year is not None:
                query = query.where(Meeting.held_on.between(dt.date(year, 1, 1),
                                                            dt.date(year, 12, 31)))
            if kind is not None:
                query = query.where(Meeting.kind == kind)
            if actor.scope_units is not None:
                query = query.where(Meeting.unit_id.in_(actor.scope_units))
            meetings = list(session.scalars(query.order_by(Meeting.held_on.desc(),
                                                           Meeting.created_at.desc())))
            needle = normalise_for_search(text)
            if needle:  # a meeting book holds dozens a year: filtering here is enough
                meetings = [m for m in meetings if needle in normalise_for_search(" ".join(
                    [m.title, m.agenda, m.decisions, m.place, m.presided_by,
                     *(c.name for c in m.attendees)]))]
            return self._rows(session, meetings)

    def get(self, meeting_id: uuid.UUID) -> MeetingRow:
        actor = self._require(Permission.VIEW_RECORDS, "meetings.get")
        with self.db.read() as session:
            meeting = self._meeting(session, meeting_id)
            self._require_scope(actor, {meeting.unit_id}, "meetings.get", "meetings",
                                meeting_id)
            return self._rows(session, [meeting])[0]

    def attendee_choices(self, unit_id: uuid.UUID, on: dt.date,
                         kind: MeetingKind | None = None,
                         also: Sequence[uuid.UUID] = ()) -> list[AttendeeChoice]:
        """The members of the unit's leadership teams on the day (the usual attendees),
        principal leader first. A 党委会 or 党组会 is its Party committee's (or group's)
        meeting: only that team's members are ticked, the discipline committee's come
        after them unticked; any other kind ticks everyone. Then the cadres of `also`
        outside the teams (added by hand), unticked, with their post on the day too."""
        self._require(Permission.VIEW_RECORDS, "meetings.attendee_choices")
        with self.db.read() as session:
            rows = [(membership, team_kind, cadre)
                    for membership, team_kind, cadre in session.execute(
                select(TeamMembership, LeadershipTeam.kind, Cadre).join(LeadershipTeam)
                .join(Cadre, Cadre.id == TeamMembership.cadre_id)
                .where(LeadershipTeam.unit_id == unit_id, TeamMembership.start_date <= on,
                       or_(TeamMembership.end_date.is_(None), TeamMembership.end_date >= on))
                .order_by(Cadre.name))]
            own = {cadre.id for _m, team_kind, cadre in rows
                   if team_kind is TeamKind.PARTY_COMMITTEE}
            # Only the team's own: when the unit has that team (else, as before, everyone).
            ticked = own if kind in _TEAM_MEETINGS and own else {c.id for _m, _k, c in rows}
            roles = list(TeamRole)
            # stable: by name within a role; the unticked after the ticked
            rows.sort(key=lambda r: (r[2].id not in ticked, roles.index(r[0].role)))
            choices: dict[uuid.UUID, AttendeeChoice] = {}
            for membership, _kind, cadre in rows:
                if cadre.id in choices:
                    continue
                post = current_post(session, cadre.id, on)
                choices[cadre.id] = AttendeeChoice(
                    cadre.id, cadre.name, post.title if post is not None
                    else membership.role.label, cadre.id in ticked)
            for cadre_id in also:
                other = session.get(Cadre, cadre_id) if cadre_id not in choices else None
                if other is not None:
                    post = current_post(session, other.id, on)
                    choices[other.id] = AttendeeChoice(
                        other.id, other.name, post.title if post is not None else "", False)
            return list(choices.values())

    def item_choices(self, unit_id: uuid.UUID, year: int) -> list[MeetingItemChoice]:
        """Items of the year's lists of the unit (team and members) a meeting may serve."""
        self._require(Permission.VIEW_RECORDS, "meetings.item_choices")
        with self.db.read() as session:
            lists = session.scalars(
                select(ResponsibilityList).where(ResponsibilityList.unit_id == unit_id,
                                                 ResponsibilityList.year == year)
                .options(selectinload(ResponsibilityList.items),
                         selectinload(ResponsibilityList.cadre),
                         selectinload(ResponsibilityList.team))
                .order_by(ResponsibilityList.cadre_id.is_not(None), ResponsibilityList.number))

            def rank(lst: ResponsibilityList) -> tuple[bool, bool]:
                # The Party committee's (党组's) team list first, then the 纪委's, then
                # the members' lists: the items a committee meeting serves come on top.
                discipline = lst.team is not None and lst.team.kind is TeamKind.DISCIPLINE
                return (lst.cadre_id is not None, discipline)

            return [MeetingItemChoice(item.id, _holder(lst), n, item.text)
                    for lst in sorted(lists, key=rank)
                    for n, item in enumerate(lst.items, 1)]

    # -- writing

    def create(self, data: MeetingInput) -> uuid.UUID:
        actor = self._require(Permission.EDIT_DRAFTS, "meetings.create")
        data = data.validated(self._today())
        self._require_scope(actor, {data.unit_id}, "meetings.create", "units", data.unit_id)
        with self.db.write() as session:
            meeting = Meeting(office_id=self.office_id, entered_by=actor.username)
            self._apply(session, meeting, data)
            session.add(meeting)
            session.flush()
            entries = self._derive(session, actor, meeting)
            self._audit(session, actor, "meeting.create", "meetings", meeting.id,
                        after={**_values(meeting), "ledger_entries": entries})
            return meeting.id

    def update(self, meeting_id: uuid.UUID, data: MeetingInput) -> None:
        """The derived entries follow: an attendee added gets one, one removed loses it."""
        actor = self._require(Permission.EDIT_DRAFTS, "meetings.update")
        data = data.validated(self._today())
        self._require_scope(actor, {data.unit_id}, "meetings.update", "units", data.unit_id)
        self._check_existing(actor, meeting_id, "meetings.update")
        with self.db.write() as session:
            meeting = self._meeting(session, meeting_id)
            before = _values(meeting)
            self._apply(session, meeting, data)
            session.flush()
            entries = self._derive(session, actor, meeting)
            self._audit(session, actor, "meeting.update", "meetings", meeting.id,
                        before=before, after={**_values(meeting), "ledger_entries": entries})

    def delete(self, meeting_id: uuid.UUID) -> None:
        """The meeting and every ledger entry made from it."""
        actor = self._require(Permission.EDIT_DRAFTS, "meetings.delete")
        self._check_existing(actor, meeting_id, "meetings.delete")
        with self.db.write() as session:
            meeting = self._meeting(session, meeting_id)
            before = _values(meeting)
            removed = remove_derived(session, LedgerSource.MEETING, meeting.id)
            meeting.attendees, meeting.items = [], []
            session.delete(meeting)
            self._audit(session, actor, "meeting.delete", "meetings", meeting_id,
                        before={**before, "ledger_entries_removed": removed})

    # -- helpers

    def _check_existing(self, actor: Actor, meeting_id: uuid.UUID, operation: str) -> None:
        # Read first: a refusal writes its audit record in a transaction of its own, which
        # would wait for a write transaction held open here ("database busy").
        with self.db.read() as session:
            unit_id = self._meeting(session, meeting_id).unit_id
        self._require_scope(actor, {unit_id}, operation, "meetings", meeting_id)

    def _meeting(self, session: Session, meeting_id: uuid.UUID) -> Meeting:
        meeting = session.get(Meeting, meeting_id, options=[
            selectinload(Meeting.attendees), selectinload(Meeting.items),
            selectinload(Meeting.unit)])
        if meeting is None:
            raise not_found(MEETING_NOT_FOUND, meeting_id)
        return meeting

    def _apply(self, session: Session, meeting: Meeting, data: MeetingInput) -> None:
        if session.get(Unit, data.unit_id) is None:
            raise not_found(UNIT_NOT_FOUND, data.unit_id)
        attendees = []
        for cadre_id in data.attendee_ids:
            cadre = session.get(Cadre, cadre_id)
            if cadre is None:
                raise not_found(CADRE_NOT_FOUND, cadre_id)
            attendees.append(cadre)
        items = []
        for item_id in data.item_ids:
            item = session.get(ResponsibilityItem, item_id)
            if item is None:
                raise not_found(ITEM_NOT_FOUND, item_id)
            items.append(item)
        meeting.held_on, meeting.kind, meeting.unit_id = data.held_on, data.kind, data.unit_id
        meeting.title, meeting.place, meeting.presided_by = (
            data.title, data.place, data.presided_by)
        meeting.agenda, meeting.decisions, meeting.integrity = (
            data.agenda, data.decisions, data.integrity)
        meeting.attendees, meeting.items = attendees, items

    def _derive(self, session: Session, actor: Actor, meeting: Meeting) -> int:
        return derive_meeting(session, self.office_id, actor.username, meeting,
                              self.state.translate)

    def _rows(self, session: Session, meetings: list[Meeting]) -> list[MeetingRow]:
        counts = derived_count(session, LedgerSource.MEETING, [m.id for m in meetings])
        return [MeetingRow(
            m.id, m.held_on, m.kind, m.unit_id, m.unit.name, m.title, m.place, m.presided_by,
            m.agenda, m.decisions, m.integrity, tuple(c.id for c in m.attendees),
            tuple(c.name for c in m.attendees), tuple(i.id for i in m.items),
            counts.get(m.id, 0), m.entered_by) for m in meetings]


def _holder(lst: ResponsibilityList) -> str:
    if lst.cadre is not None:
        return lst.cadre.name
    return lst.team.name if lst.team is not None else lst.title


def derive_meeting(session: Session, office_id: uuid.UUID, entered_by: str, meeting: Meeting,
                   words: Translate) -> int:
    """The meeting's ledger entries: a 研究部署 entry for each attendee when it studied
    integrity work, none otherwise; written in the language of `words`."""
    wanted: list[DerivedEntry] = []
    if meeting.integrity:
        agenda = words("Derived", AGENDA_LABEL)  # i18n: marked elsewhere
        decided = words("Derived", DECISIONS_LABEL)  # i18n: marked elsewhere
        content = "\n".join(filter(None, [
            agenda.format(agenda=meeting.agenda) if meeting.agenda else "",
            decided.format(decisions=meeting.decisions) if meeting.decisions else ""]))
        separator = words("Message", LIST_SEPARATOR)  # i18n: marked elsewhere
        names = separator.join(c.name for c in meeting.attendees)
        item_ids = tuple(i.id for i in meeting.items)
        wanted = [DerivedEntry(c.id, meeting.held_on, LedgerCategory.DEPLOYMENT,
                               meeting.title, meeting.place, names, content, item_ids)
                  for c in meeting.attendees]
    kind = words("MeetingKind", meeting.kind.label)  # i18n: marked elsewhere
    label = words("Derived", MEETING_LABEL).format(  # i18n: marked elsewhere
        date=meeting.held_on.isoformat(), kind=kind, title=meeting.title)
    return sync_derived(session, office_id=office_id, entered_by=entered_by,
                        kind=LedgerSource.MEETING, source_id=meeting.id, label=label,
                        wanted=wanted)
