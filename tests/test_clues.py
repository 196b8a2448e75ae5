"""Problem clues: register, numbers, search, cadre matching, case link, 查实率, permissions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from tests.integrity_fixtures import Builder, County, resident_id
from zeren_desktop.domain.enums import ClueHandling, ClueResult, ClueSource, Rank
from zeren_desktop.domain.records import CadreInput, PostInput
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import ConflictError, NotFoundError, ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.clue_dto import ClueFilter, ClueInput
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.storage.models import AuditRecord, Clue, clue_cadres

TODAY = dt.date.today()


@pytest.fixture
def county(services: Services) -> County:
    return County(services)


def petition(number: str = "XS2025-0001", **changes: object) -> ClueInput:
    clue = ClueInput(number, dt.date(2025, 3, 5), ClueSource.PETITION,
                     "群众反映镇民政办违规为亲属办理低保", subject_names="张建国")
    return dataclasses.replace(clue, **changes)  # type: ignore[arg-type]


def sign_in(services: Services, username: str) -> None:
    services.auth.sign_out()
    services.auth.sign_in(username, TEST_PASSWORD)


def test_register_read_update_delete_with_audit(services: Services, county: County) -> None:
    clues = services.clues
    assert clues.next_number(2025) == "XS2025-0001"
    clue_id = clues.create(petition(
        unit_id=county.town, money_recovered_fen=360_000, remarks="县纪委转办"))
    assert clues.next_number(2025) == "XS2025-0002"
    assert clues.next_number(2026) == "XS2026-0001"
    row = clues.get(clue_id)
    assert (row.number, row.unit_name, row.money_recovered_fen, row.handling, row.result) == (
        "XS2025-0001", "中共青山县城关镇委员会", 360_000, ClueHandling.PENDING, None)
    assert not row.imported

    done = dataclasses.replace(row.as_input(), handling=ClueHandling.CLOSED,
                               result=ClueResult.PARTLY, concluded_on=dt.date(2025, 4, 30),
                               persons_disqualified=2)
    clues.update(clue_id, done)
    row = clues.get(clue_id)
    assert (row.result, row.concluded_on, row.persons_disqualified) == (
        ClueResult.PARTLY, dt.date(2025, 4, 30), 2)

    with pytest.raises(ConflictError) as caught:   # numbers are unique in the office
        clues.create(petition())
    assert "XS2025-0002" in caught.value.message.render()
    clues.delete(clue_id)
    with pytest.raises(NotFoundError):
        clues.get(clue_id)
    with services.db.read() as session:
        actions = list(session.scalars(select(AuditRecord.action).where(
            AuditRecord.entity == "clues").order_by(AuditRecord.seq)))
    assert actions == ["clue.create", "clue.update", "clue.delete"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"number": "  "}, "number"),
    ({"summary": ""}, "summary"),
    ({"received_on": TODAY + dt.timedelta(days=1)}, "received_on"),
    ({"concluded_on": dt.date(2025, 3, 1), "handling": ClueHandling.CLOSED}, "concluded_on"),
    ({"result": ClueResult.CONFIRMED}, "result"),          # still only held
    ({"money_recovered_fen": -1}, "money_recovered_fen"),
    ({"persons_disqualified": -2}, "persons_disqualified"),
    ({"number": "X" * 61}, "number"),
])
def test_invalid_input_writes_nothing(services: Services, changes: dict[str, object],
                                      field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.clues.create(petition(**changes))
    assert caught.value.field == field
    with services.db.read() as session:
        assert session.scalars(select(Clue)).first() is None


def test_id_numbers_are_matched_to_cadres(services: Services, county: County) -> None:
    clues = services.clues
    # 张建国's ID number, typed with a comma after an unknown one: linked to him, and filed
    # under the unit of his post on the day received (城关镇 until June 2025).
    unknown = resident_id("19900101", seq="555")
    clue_id = clues.create(petition(subject_id_numbers=f"{unknown}，{county.zhang_id_number}"))
    row = clues.get(clue_id)
    assert row.cadre_ids == (county.zhang,) and row.cadre_names == ("张建国",)
    assert row.subject_id_numbers == f"{unknown} {county.zhang_id_number}"
    assert row.unit_id == county.town
    # A cadre chosen by hand, received after his move: 河口镇.
    later = clues.create(petition("XS2025-0002", received_on=dt.date(2025, 8, 1),
                                  cadre_ids=(county.zhang,)))
    assert clues.get(later).unit_id == county.other_town

    # A cadre entered after the clue: match_cadres links the old clue to him.
    newcomer = services.cadres.create(CadreInput(
        "赵新", Rank.GENERAL, id_number=unknown,
        posts=(PostInput(county.town, "村支书", dt.date(2020, 1, 1)),)))
    assert clues.match_cadres() == 1
    assert set(clues.get(clue_id).cadre_ids) == {county.zhang, newcomer}
    assert clues.match_cadres() == 0
    # The integrity file of the cadre finds the clue.
    assert [c.number for c in services.integrity.file(newcomer).clues] == ["XS2025-0001"]


def test_search_filters_and_case_link(services: Services, county: County) -> None:
    clues = services.clues
    a = clues.create(petition(unit_id=county.town, handling=ClueHandling.CLOSED,
                              result=ClueResult.CONFIRMED))
    b = clues.create(petition("XS2025-0002", source=ClueSource.BIG_DATA,
                              received_on=dt.date(2025, 6, 1), unit_id=county.other_town,
                              summary="违规领取耕地地力保护补贴", subject_names="李秀英"))
    c = clues.create(petition("XS2024-0007", received_on=dt.date(2024, 12, 30),
                              handling=ClueHandling.TALK_INQUIRY, unit_text="青山县财政局"))
    assert [r.id for r in clues.search()] == [b, a, c]
    assert clues.count() == 3
    assert [r.id for r in clues.search(ClueFilter(source=ClueSource.BIG_DATA))] == [b]
    assert [r.id for r in clues.search(ClueFilter(handling=ClueHandling.TALK_INQUIRY))] == [c]
    assert [r.id for r in clues.search(ClueFilter(result=ClueResult.CONFIRMED))] == [a]
    assert [r.id for r in clues.search(ClueFilter(open_only=True))] == [b, c]
    assert [r.id for r in clues.search(ClueFilter(unit_id=county.county))] == [b, a]
    assert [r.id for r in clues.search(ClueFilter(unit_id=county.town))] == [a]
    assert [r.id for r in clues.search(ClueFilter(date_from=dt.date(2025, 1, 1),
                                                  date_to=dt.date(2025, 3, 31)))] == [a]
    assert [r.id for r in clues.search(ClueFilter(text="耕地"))] == [b]
    assert [r.id for r in clues.search(ClueFilter(text="财政局"))] == [c]
    assert [r.id for r in clues.search(ClueFilter(text="XS2024"))] == [c]
    assert [r.id for r in clues.search(ClueFilter(text="100%"))] == []
    assert [r.id for r in clues.search(limit=1, offset=1)] == [a]
    assert clues.count(ClueFilter(text="李秀英")) == 1

    case_id = Builder(services).case("青纪问〔2025〕3号", decision_date=dt.date(2025, 5, 10))
    clues.link_case(a, case_id)
    assert clues.get(a).case_number == "青纪问〔2025〕3号"
    assert [r.id for r in clues.search(ClueFilter(case_id=case_id))] == [a]
    clues.link_case(a, None)
    assert clues.get(a).case_id is None
    with pytest.raises(NotFoundError):
        clues.link_case(a, county.zhang)    # not a case


def test_verification_rate_per_source_and_period(services: Services) -> None:
    clues = services.clues
    made = 0

    def clue(source: ClueSource, received: dt.date, result: ClueResult | None) -> None:
        nonlocal made
        made += 1
        clues.create(ClueInput(
            f"XS{received.year}-{made:04d}", received, source, "问题", ClueHandling.CLOSED
            if result else ClueHandling.PRELIMINARY, subject_names="某某", result=result))

    jan, feb = dt.date(2025, 1, 10), dt.date(2025, 2, 10)
    for result in (ClueResult.CONFIRMED, ClueResult.CONFIRMED, ClueResult.PARTLY,
                   ClueResult.UNFOUNDED, None):
        clue(ClueSource.PETITION, jan, result)
    clue(ClueSource.PETITION, feb, ClueResult.UNFOUNDED)
    clue(ClueSource.BIG_DATA, feb, ClueResult.PARTLY)
    clue(ClueSource.BIG_DATA, feb, None)
    clue(ClueSource.AUDIT, dt.date(2024, 11, 1), ClueResult.CONFIRMED)

    whole = {r.source: r for r in clues.verification_rates(dt.date(2025, 1, 1),
                                                            dt.date(2025, 12, 31))}
    assert set(whole) == {ClueSource.PETITION, ClueSource.BIG_DATA, None}
    pet = whole[ClueSource.PETITION]
    assert (pet.received, pet.concluded, pet.confirmed, pet.partly, pet.unfounded) == (
        6, 5, 2, 1, 2)
    assert pet.rate_percent == 60.0          # (2 + 1) / 5
    assert whole[ClueSource.BIG_DATA].rate == 1.0
    total = whole[None]
    assert (total.received, total.concluded, total.rate_percent) == (8, 6, 66.7)

    by_month = {(r.period, r.source): r for r in clues.verification_rates(period="month")}
    assert sorted({p for p, _ in by_month}) == ["2024-11", "2025-01", "2025-02"]
    assert by_month["2025-01", ClueSource.PETITION].rate == 0.75
    assert by_month["2025-02", ClueSource.PETITION].rate == 0.0
    assert by_month["2025-02", None].concluded == 2
    assert by_month["2024-11", ClueSource.AUDIT].rate == 1.0
    by_year = {(r.period, r.source): r for r in clues.verification_rates(period="year")}
    assert by_year["2025", None].received == 8 and by_year["2024", None].received == 1
    # nothing concluded: no rate rather than 0 %
    clue(ClueSource.SUPERVISION, dt.date(2025, 3, 1), None)
    rows = clues.verification_rates(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert [(r.source, r.rate) for r in rows] == [(ClueSource.SUPERVISION, None), (None, None)]


def test_permissions_and_township_scope(services: Services, county: County) -> None:
    ours = services.clues.create(petition(unit_id=county.town))
    theirs = services.clues.create(petition("XS2025-0002", unit_id=county.other_town))
    unplaced = services.clues.create(petition("XS2025-0003", unit_text="青山县财政局"))
    sign_in(services, "admin")
    services.auth.create_user(UserInput("town_clerk", "城关镇纪委", frozenset(
        {AccountRole.CLERK}), scope_unit_id=county.town), TEST_PASSWORD)
    for username in ("admin", "auditor"):   # neither reads case content
        sign_in(services, username)
        for call in (services.clues.search, services.clues.count,
                     services.clues.verification_rates, services.clues.next_number):
            with pytest.raises(PermissionDeniedError):
                call()
        with pytest.raises(PermissionDeniedError):
            services.clues.get(ours)
        with pytest.raises(PermissionDeniedError):
            services.clues.create(petition("XS2025-0009"))
    sign_in(services, "leader")             # reads, does not write
    assert services.clues.count() == 3
    with pytest.raises(PermissionDeniedError):
        services.clues.create(petition("XS2025-0009"))
    with pytest.raises(PermissionDeniedError):
        services.clues.delete(ours)
    sign_in(services, "reviewer")           # writes
    services.clues.update(unplaced, petition("XS2025-0003", unit_text="青山县财政局",
                                             remarks="待分办"))

    sign_in(services, "town_clerk")
    assert [r.id for r in services.clues.search()] == [ours]
    assert [r.received for r in services.clues.verification_rates()] == [1, 1]
    for clue_id in (theirs, unplaced):
        with pytest.raises(PermissionDeniedError):
            services.clues.get(clue_id)
        with pytest.raises(PermissionDeniedError):
            services.clues.delete(clue_id)
        with pytest.raises(PermissionDeniedError):
            services.clues.link_case(clue_id, None)
    with pytest.raises(PermissionDeniedError):   # a clue of another township
        services.clues.create(petition("XS2025-0009", unit_id=county.other_town))
    with pytest.raises(PermissionDeniedError):   # or of no unit at all
        services.clues.create(petition("XS2025-0009"))
    with pytest.raises(PermissionDeniedError):   # moving ours away
        services.clues.update(ours, petition(unit_id=county.other_town))
    services.clues.update(ours, petition(unit_id=county.town, remarks="镇纪委自办"))
    assert services.clues.get(ours).remarks == "镇纪委自办"
    with services.db.read() as session:
        refused = list(session.scalars(select(AuditRecord.summary).where(
            AuditRecord.action == "refused", AuditRecord.summary.like("clues.%"))))
    assert any(s == "clues.get (scope)" for s in refused)


def test_delete_removes_the_cadre_links(services: Services, county: County) -> None:
    clue_id = services.clues.create(petition(cadre_ids=(county.li, county.zhang)))
    with services.db.read() as session:
        assert len(session.execute(select(clue_cadres)).all()) == 2
    services.clues.delete(clue_id)
    with services.db.read() as session:
        assert session.execute(select(clue_cadres)).all() == []


def test_next_number_follows_the_highest_whatever_the_width(services: Services) -> None:
    """Numbers typed or imported in other widths and forms: the next one follows the
    highest sequence, not the last in text order (XS2025-99 sorts after XS2025-0123)."""
    clues = services.clues
    for number in ("XS2025-0009", "XS2025-99", "XS2025-00007", "XS2025-0123",
                   "XS2025-12甲", "XS2026-5000", "XS2024-9999"):
        clues.create(petition(number))
    assert clues.next_number(2025) == "XS2025-0124"
    clues.create(petition("XS2025-000000200"))
    assert clues.next_number(2025) == "XS2025-0201"
    assert clues.next_number(2026) == "XS2026-5001"
    assert clues.next_number(2023) == "XS2023-0001"
