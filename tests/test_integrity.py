"""Integrity files, the influence-period search and the integrity-clearance reply."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.conftest import TEST_PASSWORD
from tests.integrity_fixtures import DECIDED, UNTIL, Records, resident_id
from zeren_desktop.domain.enums import CaseStage, ClueHandling, Rank, TalkKind
from zeren_desktop.domain.records import CadreInput, PostInput
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.integrity import (
    C_AMBIGUOUS,
    C_ID_DIFFERS,
    C_NOT_FOUND,
    ClearanceRequest,
    read_clearance_list,
    under_influence_query,
)
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.services.spreadsheets import SpreadsheetError, iter_rows, write_xlsx
from zeren_desktop.storage.models import AuditRecord


@pytest.fixture
def records(services: Services) -> Records:
    return Records(services)


def sign_in(services: Services, username: str) -> None:
    services.auth.sign_out()
    services.auth.sign_in(username, TEST_PASSWORD)


def test_file_follows_the_cadre_after_transfer(services: Services, records: Records) -> None:
    c = records.county
    # Today he is 河口镇镇长; the case was decided when he was 城关镇党委书记.
    assert services.cadres.get(c.zhang).posts[-1].unit_name == "河口镇"
    file = services.integrity.file(c.zhang, on=dt.date(2025, 12, 1))
    assert (file.name, file.id_number, file.rank) == ("张建国", c.zhang_id_number,
                                                     Rank.TOWNSHIP_SECTION)
    assert [(p.unit_name, p.title, p.end_date) for p in file.posts] == [
        ("中共青山县城关镇委员会", "党委书记", dt.date(2025, 6, 30)), ("河口镇", "镇长", None)]

    (case,) = file.cases
    assert (case.number, case.stage, case.decision_date) == (
        "青纪问〔2025〕3号", CaseStage.EXECUTED, DECIDED)
    assert (case.unit_name, case.post_title) == ("中共青山县城关镇委员会", "党委书记")
    assert case.measures == ("party_warning", "dismissal")
    assert case.measure_names == ("党内警告", "免职")
    assert case.decided
    (appeal,) = case.appeals
    assert appeal.filed_on == dt.date(2025, 3, 20) and appeal.outcome is None

    assert [p.measure_name for p in file.periods] == ["免职", "党内警告"]
    assert len(file.active_periods) == 2
    assert all(p.until == UNTIL for p in file.periods)

    (talk,) = file.talks
    assert (talk.kind, talk.subject_name, talk.unit_name) == (
        TalkKind.ADMONISHMENT, "张建国", "中共青山县城关镇委员会")

    assert [c.number for c in file.clues] == ["XF-2024-017", "XF-2025-001", "DSJ-2025-0042"]
    assert [c.number for c in file.open_clues] == ["XF-2025-001", "DSJ-2025-0042"]

    # After the period, the file still holds everything; nothing is active.
    later = services.integrity.file(c.zhang, on=UNTIL)
    assert len(later.cases) == 1 and len(later.periods) == 2 and later.active_periods == ()

    # Somebody with nothing on file has an empty file, not an error.
    empty = services.integrity.file(c.wang)
    assert (empty.cases, empty.talks, empty.clues, empty.periods) == ((), (), (), ())


def test_file_refused_to_roles_that_must_not_read_cases(services: Services,
                                                        records: Records) -> None:
    for username in ("admin", "auditor"):
        sign_in(services, username)
        with pytest.raises(PermissionDeniedError):
            services.integrity.file(records.county.zhang)
        with pytest.raises(PermissionDeniedError):
            services.integrity.under_influence(dt.date(2025, 12, 1))
        with pytest.raises(PermissionDeniedError):
            services.integrity.clearance([ClearanceRequest("张建国")], dt.date(2025, 12, 1))
    sign_in(services, "leader")
    assert services.integrity.file(records.county.zhang).name == "张建国"


@pytest.mark.parametrize(("on", "expected"), [
    (DECIDED - dt.timedelta(days=1), []),
    (DECIDED, ["张建国"]),
    (UNTIL - dt.timedelta(days=1), ["张建国"]),
    (UNTIL, []),                      # the period ends on its until date
    (UNTIL + dt.timedelta(days=1), []),
])
def test_under_influence_before_at_and_after(services: Services, records: Records,
                                             on: dt.date, expected: list[str]) -> None:
    rows = services.integrity.under_influence(on)
    assert [r.name for r in rows] == expected
    for row in rows:
        assert row.until == UNTIL
        assert {p.measure_name for p in row.periods} == {"党内警告", "免职"}


def test_under_influence_by_the_unit_of_the_post_that_day(services: Services,
                                                          records: Records) -> None:
    c = records.county
    integrity = services.integrity
    # In May 2025 he was still in 城关镇; in December in 河口镇.
    assert [r.name for r in integrity.under_influence(dt.date(2025, 5, 1), c.town)] == ["张建国"]
    assert integrity.under_influence(dt.date(2025, 5, 1), c.other_town) == []
    (row,) = integrity.under_influence(dt.date(2025, 12, 1), c.other_town)
    assert (row.unit_name, row.post_title) == ("河口镇", "镇长")
    assert integrity.under_influence(dt.date(2025, 12, 1), c.town) == []
    assert [r.name for r in integrity.under_influence(dt.date(2025, 12, 1), c.county)] == [
        "张建国"]


@pytest.mark.sqlite_only("reads SQLite's EXPLAIN QUERY PLAN")
def test_under_influence_uses_an_index(services: Services) -> None:
    statement = under_influence_query(dt.date(2025, 12, 1)).compile(
        compile_kwargs={"literal_binds": True})
    with services.db.read() as session:
        plan = " ".join(str(row[-1]) for row in session.execute(
            text(f"EXPLAIN QUERY PLAN {statement}")))
    assert "USING INDEX ix_influence_periods_until" in plan, plan


def test_clearance_matches_by_id_then_name_and_unit(services: Services,
                                                    records: Records) -> None:
    c = records.county
    other_wang = services.cadres.create(CadreInput(
        "王伟", Rank.GENERAL, posts=(PostInput(c.other_town, "武装部长", dt.date(2023, 1, 1)),)))
    on = dt.date(2025, 12, 1)
    requests = [
        ClearanceRequest("张建国", c.zhang_id_number.lower(), "", "镇长"),  # ID first
        ClearanceRequest("李秀英", "", "河口镇", "纪委书记"),
        ClearanceRequest("王伟", "", "城关镇", "副镇长"),     # short name of the unit
        ClearanceRequest("王伟", "", "", ""),                  # two of them
        ClearanceRequest("赵六", resident_id("19900101", seq="055"), "河口镇", "站长"),
        ClearanceRequest("张建国", resident_id("19700101", seq="033"), "河口镇", "镇长"),
    ]
    result = services.integrity.clearance(requests, on)
    zhang, li, wang, wangs, zhao, wrong_id = result.answers
    assert (zhang.cadre_id, zhang.matched_by) == (c.zhang, "id_number")
    assert (li.cadre_id, li.matched_by) == (c.li, "name_unit")
    assert (wang.cadre_id, wang.matched_by) == (c.wang, "name_unit")
    assert wangs.cadre_id is None and wangs.findings[0].text == C_AMBIGUOUS
    assert zhao.cadre_id is None and zhao.findings[0].text == C_NOT_FOUND
    assert wrong_id.cadre_id is None and wrong_id.findings[0].text == C_ID_DIFFERS
    assert [a.request.name for a in result.unknown] == ["王伟", "赵六", "张建国"]
    assert other_wang not in {a.cadre_id for a in result.answers}

    assert zhang.open_clues == ("XF-2025-001", "DSJ-2025-0042")
    assert zhang.open_cases == ()
    assert [(m.case_number, m.names) for m in zhang.measures] == [
        ("青纪问〔2025〕3号", ("党内警告", "免职"))]
    assert {p.until for p in zhang.periods} == {UNTIL}
    assert zhang.conclusion() == (
        "Problem clues not yet concluded (2); Under an influence period until 2026年3月10日; "
        "Held accountable in 2025: no excellent rating or awards this year")
    assert li.open_cases == ("青纪问〔2025〕9号",)
    assert li.conclusion() == "Accountability case under way (1)"
    assert wang.conclusion() == "No problems found"
    assert zhao.conclusion() == "Not in the records of this office; check by hand"

    # In 2027 the period is over and the year has changed: only the clues remain.
    later = services.integrity.clearance(requests[:1], dt.date(2027, 1, 5)).answers[0]
    assert later.periods == () and len(later.measures) == 1
    assert later.conclusion() == "Problem clues not yet concluded (2)"
    # Before the decision, it was not yet decided.
    before = services.integrity.clearance(requests[:1], dt.date(2025, 3, 1)).answers[0]
    assert before.measures == () and before.periods == ()


def test_clearance_list_from_xlsx_and_csv(tmp_path: Path, records: Records,
                                          services: Services) -> None:
    c = records.county
    workbook = tmp_path / "拟提拔人选.xlsx"
    write_xlsx(workbook, "名单", ["序号", "单位", "职务", "姓名", "公民身份号码"], [
        [1, "河口镇", "镇长", "张建国", c.zhang_id_number],
        [2, "河口镇", "纪委书记", "李秀英", ""],
        [3, "河口镇", "", "", ""],
    ])
    sheet = read_clearance_list(workbook)
    assert [(r.name, r.id_number, r.unit, r.post, r.row) for r in sheet.requests] == [
        ("张建国", c.zhang_id_number, "河口镇", "镇长", 2),
        ("李秀英", "", "河口镇", "纪委书记", 3)]
    assert [p.row for p in sheet.problems] == [4]

    # A csv with a title row above the header, other header names, another order.
    listing = tmp_path / "名单.csv"
    with listing.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["2025年拟评先评优人选名单"])
        writer.writerow(["【姓名】", "工作单位", "现任职务"])
        writer.writerow(["王伟", "城关镇", "副镇长"])
        writer.writerow([])
        writer.writerow(["赵六", "河口镇", "站长"])
    result = services.integrity.clearance_file(listing, dt.date(2025, 12, 1))
    assert [(a.request.name, a.request.row, a.matched) for a in result.answers] == [
        ("王伟", 3, True), ("赵六", 5, False)]

    no_names = tmp_path / "无姓名.csv"
    no_names.write_text("单位,职务\n河口镇,镇长\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="姓名"):
        read_clearance_list(no_names)


def test_clearance_xlsx_read_back(tmp_path: Path, services: Services,
                                  records: Records) -> None:
    c = records.county
    target = tmp_path / "回复.xlsx"
    count = services.integrity.clearance_xlsx(target, [
        ClearanceRequest("张建国", c.zhang_id_number, "河口镇", "镇长"),
        ClearanceRequest("赵六", "", "河口镇", "站长")], dt.date(2025, 12, 1))
    assert count == 2
    rows = [cells for _n, cells in iter_rows(target)]
    assert rows[0][:2] == ["No.", "Name"]
    zhang = rows[1]
    assert zhang[1] == "张建国" and zhang[5] == "ID number"
    assert "XF-2025-001" in zhang[6] and "党内警告、免职" in zhang[8]
    assert "until 2026年3月10日" in zhang[9]
    assert rows[2][5] == "Not matched" and rows[2][10].startswith("Not in the records")
    with services.db.read() as session:
        summaries = list(session.scalars(select(AuditRecord.summary).where(
            AuditRecord.action == "export.clearance_reply")))
    assert summaries == ["2 people on 2025-12-01, 2 to 回复.xlsx"]


def test_clue_turned_into_a_case_is_answered_by_the_case(services: Services,
                                                        records: Records) -> None:
    c = records.county
    records.builder.clue("XF-2025-050", dt.date(2025, 10, 1), cadre_ids=[c.li],
                         handling=ClueHandling.FILED, case_id=records.open_case)
    file = services.integrity.file(c.li, on=dt.date(2025, 12, 1))
    (clue,) = file.clues
    assert (clue.case_number, clue.is_open) == ("青纪问〔2025〕9号", False)
    (case,) = file.cases
    assert case.stage == CaseStage.INVESTIGATED and not case.decided
    (answer,) = services.integrity.clearance([ClearanceRequest("李秀英", "", "河口镇")],
                                             dt.date(2025, 12, 1)).answers
    assert (answer.open_clues, answer.open_cases) == ((), ("青纪问〔2025〕9号",))


def test_township_user_sees_only_cadres_of_its_township(services: Services,
                                                       records: Records) -> None:
    c = records.county
    sign_in(services, "admin")
    services.auth.create_user(UserInput("town_clerk", "城关镇纪委", frozenset(
        {AccountRole.CLERK}), scope_unit_id=c.town), TEST_PASSWORD)
    sign_in(services, "town_clerk")
    # 张建国 held a post in 城关镇 (when the case was decided): his file is theirs to read.
    assert len(services.integrity.file(c.zhang).cases) == 1
    with pytest.raises(PermissionDeniedError):
        services.integrity.file(c.li)           # 河口镇 only
    assert [r.name for r in services.integrity.under_influence(DECIDED)] == ["张建国"]
    answers = services.integrity.clearance([ClearanceRequest("张建国"),
                                            ClearanceRequest("李秀英", "", "河口镇")],
                                           dt.date(2025, 12, 1)).answers
    assert [a.matched for a in answers] == [True, False]
