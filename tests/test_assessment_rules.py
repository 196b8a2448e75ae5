"""The assessment's rules (domain.assessment): every rule kind, caps and floors, the veto,
the ranking's tie rule, the bottom N, checking and loading sheets. Pure: no database."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from zeren_desktop import paths
from zeren_desktop.domain.assessment import (
    Indicator,
    IndicatorSheet,
    ItemInput,
    Metric,
    RankEntry,
    RuleKind,
    SheetFileError,
    bottom,
    check_sheet,
    format_points,
    load_default_sheets,
    points,
    rank,
    score_item,
    score_sheet,
    sheet_from_dict,
    sheet_to_dict,
)
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.text import ValidationError

D = Decimal


def item(rule: RuleKind, code: str = "X1", category: str = "一、组织领导", **numbers: str
         ) -> Indicator:
    values = {k: D(v) for k, v in numbers.items() if k != "metric"}
    metric = Metric(numbers["metric"]) if "metric" in numbers else Metric.MANUAL
    return Indicator(code, category, f"item {code}", rule, metric=metric, **values)


# ---- each rule kind ----------------------------------------------------------------------


def test_all_or_nothing() -> None:
    rule = item(RuleKind.ALL_OR_NOTHING, points="4")
    met = score_item(rule, ItemInput(met=True))
    assert (met.points, met.deducted, met.vetoed) == (D("4"), D("0"), False)
    missed = score_item(rule, ItemInput(met=False))
    assert (missed.points, missed.deducted) == (D("0"), D("4"))
    assert score_item(rule, None).points == 0  # nothing given: not met
    assert "0 of 4" in missed.explanation.render()


def test_per_occurrence_is_capped_at_the_full_points() -> None:
    rule = item(RuleKind.PER_OCCURRENCE, points="6", per="2.5")
    assert score_item(rule, ItemInput(count=0)).points == 0
    assert score_item(rule, ItemInput(count=2)).points == D("5.0")
    capped = score_item(rule, ItemInput(count=7))
    assert (capped.points, capped.deducted) == (D("6"), D("0"))
    assert "7 × 2.5 = 17.5, at most 6: 6 points" in capped.explanation.render()


def test_deduction_stops_at_the_floor() -> None:
    rule = item(RuleKind.DEDUCTION, points="10", per="2", floor="2")
    assert score_item(rule, None).points == D("10")   # nothing given: no shortfall
    assert score_item(rule, ItemInput(count=3)).points == D("4")
    floored = score_item(rule, ItemInput(count=9))
    assert (floored.points, floored.deducted) == (D("2"), D("8"))
    no_floor = item(RuleKind.DEDUCTION, points="6", per="0.5")
    assert score_item(no_floor, ItemInput(count=3)).points == D("4.5")
    assert score_item(no_floor, ItemInput(count=40)).points == 0


def test_team_average_over_the_members() -> None:
    rule = item(RuleKind.TEAM_AVERAGE, points="20")
    shares = (D("1"), D("0.5"), D("0.75"), D("0"))
    scored = score_item(rule, ItemInput(shares=shares))
    assert scored.points == D("11.25") and scored.deducted == D("8.75")
    assert "4 members 56.25%" in scored.explanation.render()
    # Thirds round half up to the cent.
    assert score_item(rule, ItemInput(shares=(D(2) / D(3),))).points == D("13.33")
    assert score_item(rule, ItemInput(shares=())).points == 0
    with pytest.raises(ValidationError) as caught:
        score_item(rule, ItemInput(shares=(D("1.2"),)))
    assert caught.value.field == "X1"


def test_bonus_is_capped_and_adds_beyond_full_marks() -> None:
    bonus = item(RuleKind.BONUS, code="F1", category="六、加分", per="2", cap="5")
    assert score_item(bonus, ItemInput(count=2)).points == D("4")
    assert score_item(bonus, ItemInput(count=4)).points == D("5")
    sheet = IndicatorSheet(2026, UnitKind.TOWNSHIP, "表", (
        item(RuleKind.ALL_OR_NOTHING, code="A1", points="100"), bonus))
    assert sheet.full_marks == D("100")
    score = score_sheet(sheet, {"A1": ItemInput(met=True), "F1": ItemInput(count=3)})
    assert (score.base, score.bonus, score.total) == (D("100"), D("5"), D("105"))
    assert dict(score.subtotals) == {"一、组织领导": D("100"), "六、加分": D("5")}


def test_veto_scores_nothing_and_marks_the_sheet() -> None:
    veto = item(RuleKind.VETO, code="G1", category="七、否决")
    assert score_item(veto, ItemInput(met=True)).vetoed
    assert not score_item(veto, None).vetoed
    sheet = IndicatorSheet(2026, UnitKind.TOWNSHIP, "表", (
        item(RuleKind.ALL_OR_NOTHING, code="A1", points="100"), veto))
    score = score_sheet(sheet, {"A1": ItemInput(met=True), "G1": ItemInput(met=True)})
    assert score.vetoed and score.total == D("100")


def test_negative_counts_and_unknown_items_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        score_item(item(RuleKind.DEDUCTION, points="5", per="1"), ItemInput(count=-1))
    assert caught.value.field == "X1"
    sheet = IndicatorSheet(2026, UnitKind.TOWNSHIP, "表", (
        item(RuleKind.ALL_OR_NOTHING, code="A1", points="10"),))
    with pytest.raises(ValidationError) as unknown:
        score_sheet(sheet, {"Z9": ItemInput(met=True)})
    assert unknown.value.field == "Z9"


def test_points_are_exact_hundredths() -> None:
    assert points("0.1") + points("0.2") == points("0.3")
    assert points(2.345) == D("2.35")  # half up
    assert format_points(D("12.50")) == "12.5" and format_points(D("-0.00")) == "0"
    assert format_points(D("100.00")) == "100"
    with pytest.raises(ValueError):
        points("abc")
    with pytest.raises(ValueError):
        points("NaN")


# ---- ranking -----------------------------------------------------------------------------


def entry(name: str, total: str, *subtotals: str, vetoed: bool = False) -> RankEntry:
    return RankEntry(name, name, D(total), vetoed, tuple(D(s) for s in subtotals))


def test_higher_total_ranks_first() -> None:
    ranked = rank([entry("乙", "80"), entry("甲", "92.5"), entry("丙", "88")])
    assert [(r.entry.name, r.rank) for r in ranked] == [("甲", 1), ("丙", 2), ("乙", 3)]


def test_veto_ranks_last_even_with_the_top_score() -> None:
    ranked = rank([entry("甲", "99", vetoed=True), entry("乙", "60"), entry("丙", "70"),
                   entry("丁", "50", vetoed=True)])
    assert [r.entry.name for r in ranked] == ["丙", "乙", "甲", "丁"]
    assert [r.rank for r in ranked] == [1, 2, 3, 4]


def test_equal_totals_are_broken_by_the_category_subtotals_in_sheet_order() -> None:
    ranked = rank([entry("甲", "90", "30", "30", "30"), entry("乙", "90", "30", "31", "29"),
                   entry("丙", "90", "31", "20", "39")])
    assert [(r.entry.name, r.rank) for r in ranked] == [("丙", 1), ("乙", 2), ("甲", 3)]


def test_full_ties_share_the_rank_and_are_listed_by_name() -> None:
    ranked = rank([entry("乙", "85", "40"), entry("甲", "85", "40"), entry("丙", "90", "40"),
                   entry("丁", "70", "40")])
    assert [(r.entry.name, r.rank) for r in ranked] == [
        ("丙", 1), ("乙", 2), ("甲", 2), ("丁", 4)]   # competition ranking, 乙 < 甲 by name


def test_bottom_takes_everyone_tied_at_the_boundary() -> None:
    ranked = rank([entry("A", "95"), entry("B", "90"), entry("C", "80"), entry("D", "80"),
                   entry("E", "80"), entry("F", "70", vetoed=True)])
    assert [r.rank for r in ranked] == [1, 2, 3, 3, 3, 6]
    assert [r.entry.name for r in bottom(ranked, 1)] == ["F"]
    # The 2nd from the bottom is tied with two more: all three come along.
    assert [r.entry.name for r in bottom(ranked, 2)] == ["C", "D", "E", "F"]
    assert [r.entry.name for r in bottom(ranked, 3)] == ["C", "D", "E", "F"]
    assert [r.entry.name for r in bottom(ranked, 5)] == ["B", "C", "D", "E", "F"]
    assert len(bottom(ranked, 10)) == 6
    assert bottom(ranked, 0) == [] and bottom([], 3) == []


# ---- checking and loading sheets ---------------------------------------------------------


def good_sheet() -> IndicatorSheet:
    return IndicatorSheet(2026, UnitKind.TOWNSHIP, "2026年度考核表", (
        item(RuleKind.PER_OCCURRENCE, code="A1", points="6", per="3"),
        item(RuleKind.DEDUCTION, code="A2", points="6", per="1",
             metric="lists_signed_on_time"),
        item(RuleKind.TEAM_AVERAGE, code="B1", category="二、台账", points="20",
             metric="ledger_completeness"),
        item(RuleKind.BONUS, code="F1", category="六、加分", per="2", cap="5"),
        item(RuleKind.VETO, code="G1", category="七、否决")))


def replace_item(sheet: IndicatorSheet, index: int, **changes: object) -> IndicatorSheet:
    items = list(sheet.indicators)
    items[index] = dataclasses.replace(items[index], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(sheet, indicators=tuple(items))


@pytest.mark.parametrize(("changes", "field"), [
    ({"title": " "}, "title"),
    ({"indicators": ()}, "indicators"),
])
def test_check_sheet_refuses_an_empty_sheet(changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_sheet(dataclasses.replace(good_sheet(), **changes))  # type: ignore[arg-type]
    assert caught.value.field == field


@pytest.mark.parametrize(("index", "changes", "field", "words"), [
    (1, {"code": "A1"}, "A1", "used twice"),
    (0, {"code": ""}, "indicators", "code of at most"),
    (0, {"code": "X" * 13}, "X" * 13, "code of at most"),
    (0, {"name": " "}, "A1", "category and a name"),
    (0, {"points": D("-1")}, "A1", "between 0 and"),
    (0, {"points": D("0")}, "A1", "full points"),
    (0, {"per": D("0")}, "A1", "per occurrence"),
    (3, {"cap": D("0")}, "F1", "most it can add"),
    (1, {"floor": D("7")}, "A2", "floor is above"),
    (2, {"metric": Metric.TALKS_HELD}, "B1", "cannot be scored by this rule"),
    (1, {"rule": RuleKind.PER_OCCURRENCE, "metric": Metric.CLUES_VERIFIED}, "A2",
     "cannot be scored by this rule"),
])
def test_check_sheet_refusals(index: int, changes: dict[str, object], field: str,
                              words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_sheet(replace_item(good_sheet(), index, **changes))
    assert caught.value.field == field
    assert words in caught.value.message.render()


def test_a_good_sheet_passes_and_round_trips_through_its_dict() -> None:
    sheet = check_sheet(good_sheet())
    assert sheet_from_dict(sheet_to_dict(sheet)) == sheet
    assert [name for name, _ in sheet.categories()] == ["一、组织领导", "二、台账", "六、加分",
                                                        "七、否决"]


def test_shipped_sheets_load_and_score_to_one_hundred() -> None:
    sheets = load_default_sheets(paths.resources_dir() / "assessment")
    assert set(sheets) == {UnitKind.TOWNSHIP, UnitKind.DEPARTMENT}
    for kind, default in sheets.items():
        sheet = check_sheet(default.for_year(2025))
        assert sheet.year == 2025 and sheet.unit_kind is kind
        assert "2025年度" in sheet.title and "{year}" not in sheet.title
        assert sheet.full_marks == D("100")
        rules = {i.rule for i in sheet.indicators}
        assert {RuleKind.VETO, RuleKind.BONUS, RuleKind.TEAM_AVERAGE} <= rules
        assert any(i.automatic for i in sheet.indicators)


def test_a_broken_shipped_sheet_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text(
        'key = "x"\nunit_kind = "township"\ntitle = "t"\n[[indicators]]\ncode = "A1"\n'
        'category = "c"\nname = "n"\nrule = "deduction"\npoints = "5"\n', "utf-8")
    with pytest.raises(SheetFileError, match=r"broken\.toml"):
        load_default_sheets(tmp_path)
