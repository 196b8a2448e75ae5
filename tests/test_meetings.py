"""Meetings and the ledger entries derived from records (issue "Less paperwork").

A meeting with 7 attendees makes 7 linked entries; editing it updates them, deleting it
removes them, and none of them can be changed on its own. Talks, case stages, inspections
and assessment scoring derive their entries the same way.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from tests.conftest import TEST_PASSWORD
from tests.document_fixtures import Office, sign_in
from zeren_desktop.domain.enums import (
    InspectionKind,
    LedgerCategory,
    LedgerSource,
    MeetingKind,
    TalkKind,
)
from zeren_desktop.domain.ledger import InspectionInput, LedgerEntryInput
from zeren_desktop.domain.meetings import MeetingInput
from zeren_desktop.domain.text import ConflictError, ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.services.talks_dto import TalkInput
from zeren_desktop.storage import search_index
from zeren_desktop.storage.models import LedgerEntry, ledger_entry_items

HELD = dt.date(2025, 3, 12)


def meeting_input(ids: Office, attendees: list[uuid.UUID], **changes: object) -> MeetingInput:
    data = MeetingInput(
        HELD, MeetingKind.PARTY_COMMITTEE, ids.town, "党委会研究部署2025年党风廉政建设工作",
        tuple(attendees), place="镇党委会议室", presided_by="欧阳晓燕",
        agenda="传达县纪委全会精神\n研究部署本年度党风廉政建设工作",
        decisions="印发责任清单，一季度完成签订")
    return replace(data, **changes)  # type: ignore[arg-type]


def derived(services: Services, source_id: uuid.UUID) -> list[LedgerEntry]:
    with services.db.read() as session:
        return list(session.scalars(select(LedgerEntry).where(
            LedgerEntry.source_id == source_id).order_by(LedgerEntry.cadre_id)))


def test_meeting_with_seven_attendees_makes_seven_linked_entries(office_team) -> None:
    services, ids, members = office_team
    item = services.lists.get(ids.list_id).items[0]
    meeting = services.meetings.create(meeting_input(ids, members, item_ids=(item.id,)))

    entries = derived(services, meeting)
    assert len(entries) == 7
    assert {e.cadre_id for e in entries} == set(members)
    for entry in entries:
        assert entry.source_kind is LedgerSource.MEETING
        assert entry.category is LedgerCategory.DEPLOYMENT
        assert entry.entry_date == HELD
        assert entry.matter == "党委会研究部署2025年党风廉政建设工作"
        assert "魏明" in entry.participants and "欧阳晓燕" in entry.participants
        assert "印发责任清单" in entry.content
        assert "2025-03-12" in entry.source_label
    row = services.meetings.get(meeting)
    assert row.entries == 7 and len(row.attendee_ids) == 7
    # The ledger shows each as derived, with its source; search finds them by the names.
    rows = services.ledger.search(LedgerFilter(text="廉政建设工作"))
    assert len([r for r in rows if r.source_id == meeting]) == 7
    assert all(r.derived and r.source_kind is LedgerSource.MEETING for r in rows
               if r.source_id == meeting)
    # The list item the meeting served counts the entries that serve it.
    assert services.lists.get(ids.list_id).items[0].entries >= 1


def test_editing_the_meeting_updates_its_entries(office_team) -> None:
    services, ids, members = office_team
    meeting = services.meetings.create(meeting_input(ids, members))
    first = {e.cadre_id: e.id for e in derived(services, meeting)}
    # One attendee left out, the date and title corrected.
    services.meetings.update(meeting, meeting_input(
        ids, members[:6], held_on=dt.date(2025, 3, 13), title="党委会专题研究党风廉政建设"))
    entries = derived(services, meeting)
    assert len(entries) == 6
    assert members[6] not in {e.cadre_id for e in entries}
    assert all(e.entry_date == dt.date(2025, 3, 13) for e in entries)
    assert all(e.matter == "党委会专题研究党风廉政建设" for e in entries)
    # The kept ones are the same rows, updated (their ids and links survive).
    assert {e.cadre_id: e.id for e in entries}.items() <= first.items()
    found = services.ledger.search(LedgerFilter(text="专题研究"))
    assert len([r for r in found if r.source_id == meeting]) == 6
    assert not [r for r in services.ledger.search(LedgerFilter(text="研究部署2025"))
                if r.source_id == meeting]
    # Not studying integrity work: no ledger entries at all.
    services.meetings.update(meeting, meeting_input(ids, members, integrity=False))
    assert derived(services, meeting) == []
    assert services.meetings.get(meeting).entries == 0


def test_deleting_the_meeting_removes_its_entries_and_their_index(office_team) -> None:
    services, ids, members = office_team
    item = services.lists.get(ids.list_id).items[0]
    meeting = services.meetings.create(meeting_input(ids, members, item_ids=(item.id,)))
    entry_ids = [e.id for e in derived(services, meeting)]
    services.meetings.delete(meeting)
    assert derived(services, meeting) == []
    with services.db.read() as session:
        assert search_index.indexed_ids(session.connection(), "ledger", entry_ids) == set()
        assert session.scalar(select(func.count()).select_from(ledger_entry_items).where(
            ledger_entry_items.c.entry_id.in_(entry_ids))) == 0
    assert services.meetings.search(unit_id=ids.town) == []


def test_no_derived_entry_can_be_edited_or_deleted_on_its_own(office_team, tmp_path) -> None:
    services, ids, members = office_team
    meeting = services.meetings.create(meeting_input(ids, members))
    entry = derived(services, meeting)[0]
    change = LedgerEntryInput(entry.cadre_id, entry.entry_date, entry.category, "改过的事项")
    with pytest.raises(ConflictError, match="meeting"):
        services.ledger.update(entry.id, change)
    with pytest.raises(ConflictError):
        services.ledger.delete(entry.id)
    evidence = tmp_path / "photo.jpg"
    evidence.write_bytes(b"\xff\xd8 not really a photo")
    with pytest.raises(ConflictError):
        services.ledger.add_attachment(entry.id, evidence)
    assert derived(services, meeting)[0].matter == "党委会研究部署2025年党风廉政建设工作"
    assert len(derived(services, meeting)) == 7
    # Review is not a change of the entry: the reviewer still ticks it.
    sign_in(services, "reviewer")
    assert services.ledger.review([entry.id]) == 1


def test_meeting_input_is_checked_and_nothing_is_written(office_team) -> None:
    services, ids, members = office_team
    with pytest.raises(ValidationError) as error:
        services.meetings.create(meeting_input(ids, []))
    assert error.value.field == "attendee_ids"
    with pytest.raises(ValidationError) as error:
        services.meetings.create(meeting_input(ids, members, title="  "))
    assert error.value.field == "title"
    assert services.meetings.search() == []
    sign_in(services, "auditor")
    with pytest.raises(PermissionDeniedError):
        services.meetings.create(meeting_input(ids, members))


def test_attendee_and_item_choices(office_team) -> None:
    services, ids, members = office_team
    choices = services.meetings.attendee_choices(ids.town, HELD)
    assert {c.cadre_id for c in choices} == set(members)
    assert choices[0].cadre_id == ids.secretary  # the principal leader first
    items = services.meetings.item_choices(ids.town, 2025)
    assert items and all(i.text for i in items)
    assert services.meetings.search(text="魏明") == []
    meeting = services.meetings.create(meeting_input(ids, members))
    assert [m.id for m in services.meetings.search(text="魏明")] == [meeting]
    assert [m.id for m in services.meetings.search(year=2025, unit_id=ids.town)] == [meeting]
    assert services.meetings.search(year=2024) == []


def test_a_talk_makes_an_entry_for_the_talker_and_follows_it(office_team) -> None:
    services, ids, members = office_team
    talk = services.talks.create(TalkInput(
        TalkKind.INTEGRITY, dt.date(2025, 4, 1), "镇党委书记 欧阳晓燕、魏明（党委委员）",
        cadre_id=members[3], place="镇党委书记办公室", content="提醒严守廉洁纪律。"))
    entries = derived(services, talk)
    assert {e.cadre_id for e in entries} == {ids.secretary, members[1]}
    assert all(e.category is LedgerCategory.INTEGRITY_TALK for e in entries)
    assert all("张建国" in e.matter and e.content == "提醒严守廉洁纪律。" for e in entries)
    row = services.talks.get(talk)
    services.talks.update(talk, TalkInput(
        row.kind, row.held_on, "魏明", cadre_id=members[3], place=row.place,
        content="再次提醒。"))
    entries = derived(services, talk)
    assert [(e.cadre_id, e.content) for e in entries] == [(members[1], "再次提醒。")]
    services.talks.delete(talk)
    assert derived(services, talk) == []


def test_an_inspection_makes_daily_supervision_entries(office_team) -> None:
    services, ids, members = office_team
    inspection = services.inspections.create(InspectionInput(
        dt.date(2025, 5, 6), InspectionKind.SPECIAL, "魏明、县纪委干部 张敏",
        unit_id=ids.town, findings="台账记录不全", rectification="一周内补齐"))
    entries = derived(services, inspection)
    assert [(e.cadre_id, e.category) for e in entries] == [
        (members[1], LedgerCategory.DAILY_SUPERVISION)]
    assert "台账记录不全" in entries[0].content
    services.inspections.delete(inspection)
    assert derived(services, inspection) == []


def test_acting_on_a_case_stage_makes_entries_for_the_leaders_who_acted(office_team) -> None:
    services, ids, members = office_team
    from zeren_desktop.domain.cases import StageInput
    from zeren_desktop.domain.enums import CaseStage

    services.cases.advance(ids.undecided_case, StageInput(
        CaseStage.OPENED, dt.date(2025, 3, 20), approved_by="魏明"))
    with services.db.read() as session:
        entries = list(session.scalars(select(LedgerEntry).where(
            LedgerEntry.source_kind == LedgerSource.CASE_STAGE)))
    assert [(e.cadre_id, e.category) for e in entries] == [
        (members[1], LedgerCategory.CASE_HANDLING)]
    assert "WZ2025-002" in entries[0].matter
    services.cases.delete(ids.undecided_case)
    with services.db.read() as session:
        assert session.scalar(select(func.count()).select_from(LedgerEntry).where(
            LedgerEntry.source_kind == LedgerSource.CASE_STAGE,
            LedgerEntry.cadre_id == members[1])) == 0


def test_scoring_a_unit_makes_an_inspection_entry_for_the_assessor(office_team) -> None:
    services, ids, members = office_team
    from zeren_desktop.domain.security import AccountRole
    from zeren_desktop.services.auth import UserInput

    sign_in(services, "admin").auth.create_user(
        UserInput("weiming", "魏明", frozenset({AccountRole.CLERK})),
        TEST_PASSWORD)
    sign_in(services, "weiming")
    assessment = services.assessment.start(2025, ids.town)
    services.assessment.save_scores(assessment, {})
    entries = derived(services, assessment)
    assert [(e.cadre_id, e.category) for e in entries] == [
        (members[1], LedgerCategory.INSPECTION)]
    assert "城关镇" in entries[0].matter
    services.assessment.delete_draft(assessment)
    assert derived(services, assessment) == []


def test_the_ledger_opens_the_source_of_a_derived_entry(office_team) -> None:
    services, ids, members = office_team
    from zeren_desktop.domain.cases import StageInput
    from zeren_desktop.domain.enums import CaseStage

    meeting = services.meetings.create(meeting_input(ids, members))
    entry = derived(services, meeting)[0]
    assert services.ledger.source_record(entry.id) == (LedgerSource.MEETING, meeting)
    services.cases.advance(ids.undecided_case, StageInput(
        CaseStage.OPENED, dt.date(2025, 3, 20), approved_by="魏明"))
    with services.db.read() as session:
        stage_entry = session.scalars(select(LedgerEntry.id).where(
            LedgerEntry.source_kind == LedgerSource.CASE_STAGE)).one()
    assert services.ledger.source_record(stage_entry) == (
        LedgerSource.CASE_STAGE, ids.undecided_case)
    typed = services.ledger.create(LedgerEntryInput(
        members[1], HELD, LedgerCategory.EDUCATION, "廉政党课"))
    assert services.ledger.source_record(typed) is None
    assert not services.ledger.get(typed).row.derived


def test_another_townships_meeting_is_refused_not_busy(office_team) -> None:
    """A township clerk changing or deleting a meeting of another township is told it is
    out of their scope (audited), not that the database is busy; nothing changes."""
    from zeren_desktop.domain.security import AccountRole
    from zeren_desktop.services.auth import UserInput
    from zeren_desktop.storage.models import AuditRecord

    services, ids, members = office_team
    meeting = services.meetings.create(meeting_input(ids, members))
    sign_in(services, "admin").auth.create_user(UserInput(
        "hekou", "", frozenset({AccountRole.CLERK}), ids.other_town), TEST_PASSWORD)
    sign_in(services, "hekou")
    with pytest.raises(PermissionDeniedError):
        services.meetings.update(meeting, meeting_input(ids, members, unit_id=ids.other_town))
    with pytest.raises(PermissionDeniedError):
        services.meetings.delete(meeting)
    assert len(derived(services, meeting)) == 7
    with services.db.read() as session:
        refused = list(session.scalars(select(AuditRecord.summary).where(
            AuditRecord.action == "refused", AuditRecord.entity_id == str(meeting))))
    assert len(refused) == 2 and all("meetings." in r for r in refused)


def _discipline_team(services: Services, ids: Office) -> list[uuid.UUID]:
    """A 纪委 team in 城关镇 beside its Party committee: a deputy secretary and a clerk."""
    from zeren_desktop.domain.enums import Rank, TeamKind, TeamRole
    from zeren_desktop.domain.records import CadreInput, MembershipInput, PostInput, TeamInput

    team = services.teams.create(TeamInput(ids.town, TeamKind.DISCIPLINE, "城关镇纪委"))
    people = []
    for name, title, role in (("纪晓东", "纪委副书记", TeamRole.DEPUTY),
                              ("干思雨", "纪检干事", TeamRole.MEMBER)):
        cadre = services.cadres.create(CadreInput(name, Rank.TOWNSHIP_SECTION, posts=(
            PostInput(ids.town, title, dt.date(2020, 1, 1)),)))
        services.teams.add_member(MembershipInput(team, cadre, role, dt.date(2020, 1, 1)))
        people.append(cadre)
    return people


def test_a_party_committee_meeting_ticks_only_the_party_committee(office_team) -> None:
    services, ids, members = office_team
    discipline = _discipline_team(services, ids)
    choices = services.meetings.attendee_choices(ids.town, HELD, MeetingKind.PARTY_COMMITTEE)
    # Everyone of the unit's teams is listed, the Party committee ticked and first.
    assert {c.cadre_id for c in choices} == set(members) | set(discipline)
    assert {c.cadre_id for c in choices if c.ticked} == set(members)
    assert [c.cadre_id for c in choices[-2:]] == discipline
    assert choices[0].cadre_id == ids.secretary
    group = services.meetings.attendee_choices(ids.town, HELD, MeetingKind.PARTY_GROUP)
    assert {c.cadre_id for c in group if c.ticked} == set(members)
    # Another kind of meeting (专题会) ticks everyone, as before.
    special = services.meetings.attendee_choices(ids.town, HELD, MeetingKind.SPECIAL)
    assert all(c.ticked for c in special)
    # Someone added from outside the teams is listed with their post on the day.
    from zeren_desktop.domain.enums import Rank
    from zeren_desktop.domain.records import CadreInput, PostInput

    other = services.cadres.create(CadreInput("外镇人", Rank.TOWNSHIP_SECTION, posts=(
        PostInput(ids.other_town, "副镇长", dt.date(2020, 1, 1)),)))
    listed = services.meetings.attendee_choices(ids.town, HELD, also=[other, members[2]])
    assert [(c.cadre_id, c.post_title, c.ticked) for c in listed if c.cadre_id == other] == [
        (other, "副镇长", False)]
    assert len(listed) == len(choices) + 1  # a team member in `also` is not listed twice


def test_the_party_committee_list_items_come_before_the_discipline_team_s(
        office_team) -> None:
    from zeren_desktop.domain.enums import ListRole, TeamKind
    from zeren_desktop.services.lists import IssueRequest

    services, ids, _members = office_team
    _discipline_team(services, ids)
    # The 纪委's list issued first, so its number is lower (as in the demo county).
    discipline = next(t.id for t in services.teams.for_unit(ids.town)
                      if t.kind is TeamKind.DISCIPLINE)
    supervisory = next(t.id for t in services.lists.templates()
                       if t.role is ListRole.SUPERVISORY)
    services.lists.issue_one(2026, supervisory, dt.date(2026, 1, 5), team_id=discipline)
    services.lists.issue(IssueRequest(2026, (ids.town,), dt.date(2026, 1, 5)))
    holders = [c.holder for c in services.meetings.item_choices(ids.town, 2026)]
    order = list(dict.fromkeys(holders))        # each list once, in the order offered
    assert "城关镇纪委" in order and len(order) > 2
    committee = order[0]
    assert committee != "城关镇纪委" and order[1] == "城关镇纪委"   # then the members'


def test_a_post_written_before_the_name_still_finds_the_leader(office_team) -> None:
    services, ids, members = office_team
    talk = services.talks.create(TalkInput(
        TalkKind.INTEGRITY, dt.date(2025, 4, 1), "党委书记欧阳晓燕，党委委员魏明",
        cadre_id=members[3], content="提醒严守廉洁纪律。"))
    assert {e.cadre_id for e in derived(services, talk)} == {ids.secretary, members[1]}
    assert set(services.talks.ledger_names(talk)) == {"欧阳晓燕", "魏明"}
    # No name at the end (a title only) or an unknown one: nothing, as before.
    services.talks.update(talk, TalkInput(
        TalkKind.INTEGRITY, dt.date(2025, 4, 1), "党委书记、王书记、镇长张三丰",
        cadre_id=members[3]))
    assert derived(services, talk) == [] and services.talks.ledger_names(talk) == []


def test_the_longest_name_a_token_ends_with_wins(office_team) -> None:
    from zeren_desktop.domain.enums import Rank
    from zeren_desktop.domain.records import CadreInput, PostInput
    from zeren_desktop.services.ledger_derived import resolve_names

    services, ids, _members = office_team
    short = services.cadres.create(CadreInput("晓燕", Rank.TOWNSHIP_SECTION, posts=(
        PostInput(ids.town, "干部", dt.date(2020, 1, 1)),)))
    with services.db.read() as session:
        assert resolve_names(session, "党委书记欧阳晓燕", ids.town, HELD) == [ids.secretary]
        assert resolve_names(session, "干部晓燕", ids.town, HELD) == [short]
        assert resolve_names(session, "党委书记 欧阳晓燕", ids.town, HELD) == [ids.secretary]


def test_a_stage_approved_by_post_and_name_together_makes_its_entry(office_team) -> None:
    services, ids, members = office_team
    from zeren_desktop.domain.cases import StageInput
    from zeren_desktop.domain.enums import CaseStage

    services.cases.advance(ids.undecided_case, StageInput(
        CaseStage.OPENED, dt.date(2025, 3, 20), approved_by="党委委员魏明"))
    with services.db.read() as session:
        entries = list(session.scalars(select(LedgerEntry).where(
            LedgerEntry.source_kind == LedgerSource.CASE_STAGE)))
    assert [(e.cadre_id, e.category) for e in entries] == [
        (members[1], LedgerCategory.CASE_HANDLING)]
