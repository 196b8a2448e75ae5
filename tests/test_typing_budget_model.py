"""The arithmetic of the typing budget (benchmarks/typing_budget.py, issue 10): what a text
costs to type and what a spreadsheet row costs. The GUI replay itself is a benchmark
(benchmarks/bench_typing.py), not a test."""

from __future__ import annotations

import datetime as dt

from benchmarks import typing_budget as tb
from zeren_desktop.domain.enums import LedgerCategory

DAY = dt.date(2026, 3, 12)


def test_chinese_costs_its_full_pinyin_and_one_key_to_commit_a_run() -> None:
    assert tb.typed_cost("魏明") == len("wei") + len("ming") + 1
    assert tb.typed_cost("党委书记 欧阳晓燕") == (
        len("dangweishuji") + 1 + 1 + len("ouyangxiaoyan") + 1)
    # Digits, ASCII and Chinese punctuation cost 1 each; each run of characters commits.
    assert tb.typed_cost("2026年") == 4 + len("nian") + 1
    assert tb.typed_cost("研究，部署。") == (len("yanjiu") + 1 + 1 + len("bushu") + 1 + 1)
    assert tb.typed_cost("XS2026-0003") == 11
    assert tb.typed_cost("一\n二") == len("yi") + 1 + 1 + len("er") + 1
    assert tb.typed_cost("") == 0


def test_a_polyphonic_character_reads_as_in_its_word() -> None:
    assert tb.typed_cost("银行") == len("yinhang") + 1       # hang, not xing
    assert tb.typed_cost("绿色") == len("lvse") + 1           # ü is typed v


def test_dates_as_typed_in_the_sheet_and_in_the_date_field() -> None:
    assert tb.date_text(DAY) == "2026-3-12"
    assert tb.cell_cost(DAY) == 1 + 9
    assert tb.date_keys(DAY) == "20260312"


def test_a_new_row_costs_a_move_per_cell_up_to_the_last_filled_one() -> None:
    row = tb.NewRow(tb.LEDGER_SHEET, {"日期": DAY, "姓名": "魏明", "事项": "督促整改"})
    steps = row.steps()
    assert [s.what.split(": ")[1] for s in steps] == ["日期", "姓名", "单位", "类别", "事项"]
    assert [s.keys for s in steps] == [
        10, 1 + len("weiming") + 1, 1, 1, 1 + len("ducuzhenggai") + 1]
    assert tb.spreadsheet_cost([row]) == 10 + 9 + 1 + 1 + 14


def test_copied_rows_found_rows_and_copied_cells() -> None:
    above = tb.ledger_row("魏明", DAY, LedgerCategory.DEPLOYMENT, "研究部署")
    below = tb.ledger_row("李华", DAY, LedgerCategory.DEPLOYMENT, "研究部署")
    copied = tb.CopiedRow(tb.LEDGER_SHEET, above, below)
    assert [s.keys for s in copied.steps()] == [6, 1 + len("lihua") + 1]

    found = tb.ChangedRow(tb.CASE_SHEET, "WZ2026-003", {"当前阶段": "启动调查"})
    assert [s.keys for s in found.steps()] == [
        2 + 10 + 1 + 1, 1 + len("qidongdiaocha") + 1]

    long = "对发现的问题当场交办、限期整改。"
    assert tb.cell_cost(tb.Copied(long)) == 1 + 9                # copying is cheaper
    assert tb.cell_cost(tb.Copied("魏明")) == 1 + tb.typed_cost("魏明")   # typing is


def test_the_sheets_hold_the_facts_the_replay_types() -> None:
    (ledger,) = tb.ledger_work()
    assert isinstance(ledger, tb.NewRow)
    facts = tb.LEDGER_ENTRY
    assert ledger.values["事项"] == facts.matter.value
    assert ledger.values["内容及措施"] == facts.content.value
    assert ledger.values["姓名"] == facts.cadre.name

    talk, talker = tb.talk_work()
    assert isinstance(talk, tb.NewRow) and isinstance(talker, tb.NewRow)
    assert talk.values["谈话人"] == tb.TALK.talker.value == "党委书记 欧阳晓燕"
    assert talker.values["姓名"] == tb.TALK.talker_name
    assert talker.values["内容及措施"] == tb.Copied(tb.TALK.content.value)

    meeting = tb.meeting_work()
    assert len(meeting) == 7
    first, *copies = meeting
    assert isinstance(first, tb.NewRow)
    assert first.values["参加人员"] == "、".join(m.name for m in tb.TEAM)
    for copy, member in zip(copies, tb.TEAM[1:], strict=True):
        assert isinstance(copy, tb.CopiedRow)
        assert [s.what for s in copy.steps()][1:] == [f"{tb.LEDGER_SHEET.name}: 姓名"]
        assert copy.values["姓名"] == member.name


def test_the_result_line() -> None:
    assert tb.result_line("talk", 10, 2, 30) == (
        "typing talk: app 10 keys + 2 clicks = 12, spreadsheet 30, ratio 0.40 "
        "(target ≤ 0.5) ok")
    assert tb.result_line("clue", 16, 0, 30).endswith("ratio 0.53 (target ≤ 0.5) short")
    assert [t.key for t in tb.tasks()] == [
        "ledger entry", "talk", "meeting", "clue", "case stage"]
