"""Talk records: CRUD, validation, search, follow-ups due, permissions, scope and audit."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from tests.integrity_fixtures import Builder, County
from zeren_desktop.domain.enums import TalkKind
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import NotFoundError, ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.services.talks_dto import TalkInput
from zeren_desktop.storage.models import AuditRecord, Talk

TODAY = dt.date.today()


@pytest.fixture
def county(services: Services) -> County:
    return County(services)


def summons(county: County, **changes: object) -> TalkInput:
    talk = TalkInput(
        TalkKind.SUMMONS, dt.date(2025, 11, 3), "县纪委书记 陈立", cadre_id=county.zhang,
        start_time="9:05", end_time="10：20", place="县纪委第一谈话室",
        note_taker="县纪委干部 周敏",
        approved_by="县委书记 王刚", basis="《问责条例》第八条",
        reason="分管领域发生违规发放补贴问题", content="指出问题，听取说明",
        statement="以上记录我已看过，与我所说一致", rectification="一个月内提交整改报告",
        deadline=dt.date(2025, 12, 3), follow_up_on=dt.date(2025, 12, 10))
    return dataclasses.replace(talk, **changes)  # type: ignore[arg-type]


def sign_in(services: Services, username: str) -> None:
    services.auth.sign_out()
    services.auth.sign_in(username, TEST_PASSWORD)


def test_create_read_update_delete_with_audit(services: Services, county: County) -> None:
    talks = services.talks
    talk_id = talks.create(summons(county))
    row = talks.get(talk_id)
    # The unit of his post on the day (河口镇 since July 2025), times normalised.
    assert (row.subject_name, row.unit_id, row.unit_name) == ("张建国", county.other_town,
                                                              "河口镇")
    assert (row.start_time, row.end_time) == ("09:05", "10:20")
    assert row.follow_up_due(dt.date(2025, 12, 10)) and not row.follow_up_due(
        dt.date(2025, 12, 9))

    done = dataclasses.replace(row.as_input(), follow_up_note="已提交整改报告，整改到位")
    talks.update(talk_id, done)
    assert talks.get(talk_id).follow_up_note == "已提交整改报告，整改到位"

    # A person not in the records: a typed name and a unit.
    other = talks.create(TalkInput(TalkKind.INTEGRITY, dt.date(2025, 1, 8), "镇纪委书记 李秀英",
                                   subject_name="赵新（新任村支书）", unit_id=county.town))
    assert talks.get(other).subject_name == "赵新（新任村支书）"
    talks.delete(other)
    with pytest.raises(NotFoundError):
        talks.get(other)

    with services.db.read() as session:
        actions = list(session.scalars(select(AuditRecord.action).where(
            AuditRecord.entity == "talks").order_by(AuditRecord.seq)))
    assert actions == ["talk.create", "talk.update", "talk.create", "talk.delete"]


@pytest.mark.parametrize(("changes", "field"), [
    ({"talker": "  "}, "talker"),
    ({"cadre_id": None}, "subject_name"),
    ({"cadre_id": None, "subject_name": "赵新"}, "unit_id"),
    ({"start_time": "25:00"}, "start_time"),
    ({"start_time": "10:30", "end_time": "09:00"}, "end_time"),
    ({"deadline": dt.date(2025, 11, 1)}, "deadline"),
    ({"follow_up_on": dt.date(2025, 10, 1)}, "follow_up_on"),
    ({"follow_up_on": None, "follow_up_note": "已整改"}, "follow_up_on"),
    ({"held_on": TODAY + dt.timedelta(days=1)}, "held_on"),
    ({"place": "室" * 201}, "place"),
])
def test_invalid_input_writes_nothing(services: Services, county: County,
                                      changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.talks.create(summons(county, **changes))
    assert caught.value.field == field
    with services.db.read() as session:
        assert session.scalars(select(Talk)).first() is None


def test_search_by_kind_unit_period_and_follow_ups_due(services: Services,
                                                       county: County) -> None:
    talks = services.talks
    a = talks.create(summons(county))
    b = talks.create(TalkInput(TalkKind.REMINDER, dt.date(2025, 5, 6), "镇党委书记 张建国",
                               cadre_id=county.wang, follow_up_on=dt.date(2025, 6, 6)))
    c = talks.create(TalkInput(TalkKind.INTEGRITY, dt.date(2024, 2, 1), "镇纪委书记",
                               cadre_id=county.li))
    assert [r.id for r in talks.search()] == [a, b, c]
    assert [r.id for r in talks.search(kind=TalkKind.REMINDER)] == [b]
    assert [r.id for r in talks.search(unit_id=county.town)] == [b]
    assert [r.id for r in talks.search(unit_id=county.county)] == [a, b, c]
    assert [r.id for r in talks.search(date_from=dt.date(2025, 1, 1),
                                       date_to=dt.date(2025, 6, 30))] == [b]
    assert [r.id for r in talks.search(cadre_id=county.li)] == [c]
    # On 2025-12-05 only b's follow-up is due; within a week a's is due too.
    day = dt.date(2025, 12, 5)
    assert [r.id for r in talks.follow_ups_due(day)] == [b]
    assert [r.id for r in talks.follow_ups_due(day, within_days=7)] == [b, a]
    assert [r.id for r in talks.search(follow_up_due=True, today=day)] == [b]


def test_talk_linked_to_a_case(services: Services, county: County) -> None:
    case_id = Builder(services).case("青纪问〔2025〕3号", decision_date=dt.date(2025, 3, 10))
    talk_id = services.talks.create(summons(county, kind=TalkKind.ADMONISHMENT,
                                            case_id=case_id))
    assert services.talks.get(talk_id).case_number == "青纪问〔2025〕3号"
    with pytest.raises(NotFoundError):
        services.talks.create(summons(county, case_id=county.zhang))  # not a case


def test_permissions_and_township_scope(services: Services, county: County) -> None:
    talk_id = services.talks.create(summons(county))  # 河口镇
    town_talk = services.talks.create(summons(county, cadre_id=county.wang))  # 城关镇
    sign_in(services, "admin")
    services.auth.create_user(UserInput("town_clerk", "城关镇纪委", frozenset(
        {AccountRole.CLERK}), scope_unit_id=county.town), TEST_PASSWORD)
    for username in ("admin", "auditor"):
        sign_in(services, username)
        with pytest.raises(PermissionDeniedError):
            services.talks.search()
    sign_in(services, "leader")  # reads, does not write
    assert len(services.talks.search()) == 2
    with pytest.raises(PermissionDeniedError):
        services.talks.create(summons(county))
    sign_in(services, "town_clerk")
    assert [r.id for r in services.talks.search()] == [town_talk]
    with pytest.raises(PermissionDeniedError):
        services.talks.get(talk_id)
    with pytest.raises(PermissionDeniedError):
        services.talks.delete(talk_id)
    with pytest.raises(PermissionDeniedError):
        services.talks.create(summons(county))  # 张建国 is in 河口镇 now
    services.talks.update(town_talk, summons(county, cadre_id=county.wang, place="镇会议室"))
    assert services.talks.get(town_talk).place == "镇会议室"
