"""The accountability engine, one rule per test.

Every expected value is worked out by hand from the text of the rules (REFERENCE.md
§1–§3 and the Hubei 2016 measures), not copied from the engine's output.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from zeren_desktop.domain.assess_io import parse_case
from zeren_desktop.domain.engine import Determination, SubjectDetermination, assess
from zeren_desktop.domain.periods import add_months, influence_period, longest
from zeren_desktop.domain.regulations import RegulationSet, load_regulations

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "resources" / "regulations"
MADE_UP = ROOT / "tests" / "data" / "regulations" / "made-up.toml"

H = "hubei-2016/"
DISCIPLINE = ["party_warning", "party_serious_warning", "party_post_removal",
              "party_probation", "party_expulsion", "gov_warning", "gov_demerit",
              "gov_major_demerit", "gov_downgrade", "gov_removal", "gov_expulsion",
              "judicial_transfer"]


@pytest.fixture(scope="module")
def regs() -> RegulationSet:
    return load_regulations(SHIPPED)


@pytest.fixture(scope="module")
def with_made_up() -> RegulationSet:
    return load_regulations(SHIPPED, extra_files=[MADE_UP])


def cadre(role: str = "member", **fields: Any) -> dict[str, Any]:
    subject: dict[str, Any] = {"id": "s", "kind": "cadre", "role": role,
                               "clauses": [H + "8.2"], "severity": "serious"}
    subject.update(fields)
    return subject


def team(kind: str = "party_team", **fields: Any) -> dict[str, Any]:
    subject: dict[str, Any] = {"id": "t", "kind": kind, "clauses": [H + "6.3"],
                               "severity": "serious"}
    subject.update(fields)
    return subject


def run(regs: RegulationSet, *subjects: dict[str, Any], conduct: str = "2017-03-01",
        decision: str = "2017-06-15", **case: Any) -> Determination:
    data = {"conduct_date": conduct, "decision_date": decision, "subjects": list(subjects),
            **case}
    return assess(parse_case(data, regs), regs)


def one(regs: RegulationSet, subject: dict[str, Any], **case: Any) -> SubjectDetermination:
    return run(regs, subject, **case).subjects[0]


def texts(result: SubjectDetermination | Determination) -> str:
    return " | ".join(w.render() for w in result.warnings)


# -- clauses of every kind, and pulling-in (arts. 6–10) ---------------------------------


def test_art6_applies_to_the_party_team(regs: RegulationSet) -> None:
    result = one(regs, team(clauses=[H + "6.3", H + "6.9"]))
    assert result.clauses == (H + "6.3", H + "6.9")
    assert result.warnings == ()


def test_art7_1_pulls_in_the_whole_of_art6(regs: RegulationSet) -> None:
    result = one(regs, cadre("first_responsible", clauses=[H + "7.1"]))
    assert result.clauses == (H + "7.1", H + "6")


def test_pulled_in_article_is_listed_by_the_items_the_subject_names(
        regs: RegulationSet) -> None:
    result = one(regs, cadre("first_responsible", clauses=[H + "7.1", H + "6.3", H + "7.7"]))
    assert result.clauses == (H + "7.1", H + "6.3", H + "7.7")


def test_naming_an_art6_item_for_the_principal_brings_in_art7_1(regs: RegulationSet) -> None:
    result = one(regs, cadre("first_responsible", clauses=[H + "6.2"]))
    assert result.clauses == (H + "7.1", H + "6.2")
    assert result.warnings == ()


def test_art8_1_pulls_in_art6_within_the_portfolio(regs: RegulationSet) -> None:
    result = one(regs, cadre("member", clauses=[H + "8.1"]))
    assert result.clauses == (H + "8.1", H + "6")


def test_art8_1_outside_the_portfolio_pulls_in_nothing(regs: RegulationSet) -> None:
    result = one(regs, cadre("member", in_portfolio=False,
                             clauses=[H + "8.1", H + "6.4", H + "8.6"]))
    assert result.clauses == (H + "8.6",)
    assert "only within the member's portfolio" in texts(result)


def test_art7_does_not_apply_to_a_team(regs: RegulationSet) -> None:
    result = one(regs, team(clauses=[H + "6.1", H + "7.2"]))
    assert result.clauses == (H + "6.1",)
    assert "Clause hubei-2016/7.2 does not apply to this subject (party_team)" in texts(result)


def test_art9_applies_to_the_discipline_team_and_its_leader(regs: RegulationSet) -> None:
    group = one(regs, team("discipline_team", clauses=[H + "9.5"]))
    leader = one(regs, cadre("discipline_leader", clauses=[H + "9.6"]))
    assert (group.clauses, group.responsibility) == ((H + "9.5",), "collective")
    assert (leader.clauses, leader.responsibility) == ((H + "9.6",), "primary")
    assert group.allowed_measures == ("circulated_criticism",)  # art. 12, serious


def test_art10_items_are_circumstances_for_every_subject(regs: RegulationSet) -> None:
    result = run(regs, team(clauses=[H + "10.2"]), cadre(id="c", clauses=[H + "10.6"]))
    assert result.subjects[0].clauses == (H + "10.2",)
    assert result.subjects[1].clauses == (H + "10.6",)
    assert result.dual_inquiry.required
    assert result.dual_inquiry.grounds == (H + "10.2", H + "10.6")


def test_no_applying_clause_is_a_warning(regs: RegulationSet) -> None:
    result = one(regs, cadre("member", clauses=[H + "7.2"]))
    assert result.clauses == ()
    assert "No circumstance clause applies" in texts(result)


# -- art. 10: 一案双查 thresholds -------------------------------------------------------


@pytest.mark.parametrize(("members", "required"), [(0, False), (1, False), (2, True), (5, True)])
def test_art10_item4_two_members_removed_in_one_year(regs: RegulationSet, members: int,
                                                     required: bool) -> None:
    result = run(regs, team(), unit_year={
        "members_given_party_post_removal_or_heavier": members})
    assert result.dual_inquiry.required is required
    assert result.dual_inquiry.grounds == ((H + "10.4",) if required else ())


@pytest.mark.parametrize(("cases", "required"), [(2, False), (3, True), (4, True)])
def test_art10_item5_three_major_cases_in_one_year(regs: RegulationSet, cases: int,
                                                   required: bool) -> None:
    result = run(regs, team(), unit_year={"major_cases": cases})
    assert result.dual_inquiry.required is required
    assert result.dual_inquiry.grounds == ((H + "10.5",) if required else ())


@pytest.mark.parametrize(("flag", "item"), [("corruption_ring", "10.1"),
                                            ("grave_political_case", "10.2"),
                                            ("wrongful_appointment", "10.3")])
def test_art10_items1_to_3(regs: RegulationSet, flag: str, item: str) -> None:
    assert run(regs, team(), unit_year={flag: True}).dual_inquiry.grounds == (H + item,)
    assert not run(regs, team(), unit_year={flag: False}).dual_inquiry.required


def test_art10_several_triggers_in_the_order_of_the_article(regs: RegulationSet) -> None:
    result = run(regs, team(), unit_year={"major_cases": 3, "corruption_ring": True,
                                          "members_given_party_post_removal_or_heavier": 2})
    assert result.dual_inquiry.grounds == (H + "10.1", H + "10.4", H + "10.5")


def test_no_unit_year_no_dual_inquiry(regs: RegulationSet) -> None:
    result = run(regs, team())
    assert (result.dual_inquiry.required, result.dual_inquiry.grounds) == (False, ())


# -- art. 11: responsibility ------------------------------------------------------------


def test_art11_team_bears_collective_responsibility(regs: RegulationSet) -> None:
    assert one(regs, team()).responsibility == "collective"


def test_art11_principal_leader_bears_primary(regs: RegulationSet) -> None:
    assert one(regs, cadre("first_responsible", clauses=[H + "7.2"])).responsibility == (
        "primary")


def test_art11_directly_in_charge_member_bears_primary(regs: RegulationSet) -> None:
    assert one(regs, cadre(directly_in_charge=True)).responsibility == "primary"


def test_art11_other_participating_member_bears_important(regs: RegulationSet) -> None:
    assert one(regs, cadre()).responsibility == "important"


def test_art11_overruled_objection_bears_none(regs: RegulationSet) -> None:
    result = one(regs, cadre(objected=True, measures=["admonishment"]))
    assert result.responsibility == "none"
    assert result.allowed_measures == ()
    assert result.consequences.no_excellent_rating_year is None
    assert "the subject bears no responsibility" in texts(result)


def test_art11_objection_outweighs_being_the_principal(regs: RegulationSet) -> None:
    result = one(regs, cadre("first_responsible", clauses=[H + "7.2"], objected=True))
    assert result.responsibility == "none"


def test_art11_member_neither_in_charge_nor_participating_bears_none(
        regs: RegulationSet) -> None:
    result = one(regs, cadre(participated=False))
    assert result.responsibility == "none"
    assert "bears no leadership responsibility" in texts(result)


# -- arts. 12–13: measures per band ------------------------------------------------------


@pytest.mark.parametrize(("severity", "measures"), [
    ("minor", ("written_examination",)),
    ("serious", ("circulated_criticism",)),
    ("grave", ("team_adjustment", "org_reorganisation")),
])
def test_art12_team_measures(regs: RegulationSet, severity: str,
                             measures: tuple[str, ...]) -> None:
    result = one(regs, team(severity=severity))
    assert (result.band, result.allowed_measures) == (severity, measures)


@pytest.mark.parametrize(("severity", "measures"), [
    ("minor", ["criticism_education", "written_examination"]),
    ("serious", ["circulated_criticism", "admonishment"]),
    ("grave", ["adjust_post", "ordered_resignation", "dismissal", "demotion"]),
])
def test_art13_cadre_measures_then_discipline(regs: RegulationSet, severity: str,
                                              measures: list[str]) -> None:
    result = one(regs, cadre(severity=severity))
    assert result.allowed_measures == tuple(measures + DISCIPLINE)


def test_a_measure_outside_the_band_is_a_warning_not_a_crash(regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="minor", measures=["dismissal", "written_examination"]))
    assert len(result.warnings) == 1
    assert "Measure dismissal is not among those the minor band allows" in texts(result)
    assert [p.measure for p in result.consequences.periods] == ["dismissal"]


def test_discipline_is_allowed_in_every_band(regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="minor", measures=["party_warning"]))
    assert result.warnings == ()


# -- arts. 14–15: grounds and bands -----------------------------------------------------


def test_art14_ground_defaults_to_lighter_and_keeps_the_band(regs: RegulationSet) -> None:
    result = one(regs, cadre(grounds=[H + "14.1"]))
    assert (result.adjustment, result.band) == ("lighter", "serious")


def test_art14_reduced_moves_one_band_down(regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="grave", grounds=[H + "14.3"], adjustment="reduced"))
    assert (result.adjustment, result.band) == ("reduced", "serious")
    assert result.allowed_measures[:2] == ("circulated_criticism", "admonishment")


def test_art14_reduced_is_bounded_at_minor(regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="minor", grounds=[H + "14.2"], adjustment="reduced"))
    assert result.band == "minor"


def test_art15_ground_defaults_to_heavier(regs: RegulationSet) -> None:
    result = one(regs, team(severity="minor", grounds=[H + "15.2"]))
    assert (result.adjustment, result.band) == ("heavier", "minor")


def test_art15_aggravated_moves_one_band_up(regs: RegulationSet) -> None:
    result = one(regs, team(severity="minor", grounds=[H + "15.4"], adjustment="aggravated"))
    assert (result.adjustment, result.band) == ("aggravated", "serious")
    assert result.allowed_measures == ("circulated_criticism",)


def test_art15_aggravated_is_bounded_at_grave(regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="grave", grounds=[H + "15.1"], adjustment="aggravated"))
    assert result.band == "grave"


def test_grounds_of_both_kinds_give_no_adjustment_and_a_warning(regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="serious", grounds=[H + "14.1", H + "15.3"],
                             adjustment="reduced"))
    assert (result.adjustment, result.band) == ("none", "serious")
    assert "Both mitigating (hubei-2016/14.1) and aggravating (hubei-2016/15.3)" in texts(
        result)


def test_an_adjustment_against_the_grounds_falls_back_with_a_warning(
        regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="serious", grounds=[H + "14.1"], adjustment="aggravated"))
    assert (result.adjustment, result.band) == ("lighter", "serious")
    assert "does not match the grounds" in texts(result)


def test_an_adjustment_without_grounds_is_ignored_with_a_warning(regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="serious", adjustment="reduced"))
    assert (result.adjustment, result.band) == ("none", "serious")
    assert "no mitigating or aggravating ground" in texts(result)


# -- arts. 16–17: exemption --------------------------------------------------------------


def test_art16_1_makes_exemption_possible(regs: RegulationSet) -> None:
    result = one(regs, cadre(grounds=[H + "16.1"]))
    assert result.exemption_possible is True
    assert result.exemption_grounds == (H + "16.1",)
    assert result.adjustment == "none"


def test_art16_1_needs_the_problem_in_the_portfolio(regs: RegulationSet) -> None:
    result = one(regs, cadre(grounds=[H + "16.1"], in_portfolio=False))
    assert (result.exemption_possible, result.exemption_grounds) == (False, ())
    assert "gives no exemption" in texts(result)


def test_art16_2_is_a_ground_for_accountability_not_an_exemption(regs: RegulationSet) -> None:
    result = one(regs, cadre(clauses=[H + "8.3"], grounds=[H + "16.2"]))
    assert (result.exemption_possible, result.exemption_grounds) == (False, ())
    assert result.clauses == (H + "8.3", H + "16.2")
    assert result.adjustment == "none"


def test_art16_does_not_apply_to_a_team(regs: RegulationSet) -> None:
    result = one(regs, team(grounds=[H + "16.1"]))
    assert result.exemption_possible is False
    assert "Ground hubei-2016/16.1 does not apply to this subject" in texts(result)


@pytest.mark.parametrize("flag", ["retired", "transferred"])
def test_art17_retirement_or_transfer_never_exempts(regs: RegulationSet, flag: str) -> None:
    plain = one(regs, cadre("first_responsible", clauses=[H + "7.3"], severity="grave"))
    moved = one(regs, cadre("first_responsible", clauses=[H + "7.3"], severity="grave",
                            **{flag: True}))
    assert moved.exemption_possible is False
    assert moved.clauses == (H + "7.3", H + "17")
    assert moved.responsibility == plain.responsibility == "primary"
    assert moved.allowed_measures == plain.allowed_measures
    assert moved.band == "grave"


def test_art17_a_retired_cadre_keeps_an_art16_exemption(regs: RegulationSet) -> None:
    result = one(regs, cadre(retired=True, grounds=[H + "16.1"]))
    assert result.exemption_possible is True


# -- art. 19 and influence periods -------------------------------------------------------


@pytest.mark.parametrize(("start", "months", "end"), [
    ("2021-01-31", 1, "2021-02-28"),
    ("2024-01-31", 1, "2024-02-29"),  # leap year
    ("2023-03-31", 11, "2024-02-29"),
    ("2024-02-29", 12, "2025-02-28"),
    ("2024-02-29", 48, "2028-02-29"),
    ("2016-05-31", 18, "2017-11-30"),
    ("2016-08-31", 6, "2017-02-28"),
    ("2019-12-15", 1, "2020-01-15"),
    ("2019-12-15", 0, "2019-12-15"),
])
def test_calendar_months_clamped_to_month_end(start: str, months: int, end: str) -> None:
    assert add_months(dt.date.fromisoformat(start), months) == dt.date.fromisoformat(end)


def test_negative_months_are_refused() -> None:
    with pytest.raises(ValueError):
        add_months(dt.date(2020, 1, 1), -1)


def test_longest_period_helper() -> None:
    day = dt.date(2020, 1, 31)
    periods = [influence_period("a", 1, day), influence_period("b", 13, day)]
    assert longest(periods) == dt.date(2021, 2, 28)
    assert longest([]) is None


def test_art19_the_longest_period_governs(regs: RegulationSet) -> None:
    # demotion 24 months (art. 19), party warning 12: the demotion's end governs
    result = one(regs, cadre(severity="grave", measures=["party_warning", "demotion"]),
                 decision="2020-01-31")
    periods = [(p.measure, p.months, p.until.isoformat()) for p in result.consequences.periods]
    assert periods == [("demotion", 24, "2022-01-31"), ("party_warning", 12, "2021-01-31")]
    assert result.consequences.influence_until == dt.date(2022, 1, 31)


def test_art19_dismissal_one_year_to_the_month_end(regs: RegulationSet) -> None:
    result = one(regs, cadre(severity="grave", measures=["dismissal"]),
                 conduct="2019-03-01", decision="2019-03-31", regulation="hubei-2016")
    assert result.consequences.influence_until == dt.date(2020, 3, 31)


def test_admonishment_six_months_from_31_august(regs: RegulationSet) -> None:
    result = one(regs, cadre(measures=["admonishment"]), decision="2017-08-31")
    assert result.consequences.influence_until == dt.date(2018, 2, 28)


@pytest.mark.parametrize(("probation", "months", "until"), [(12, 36, "2021-01-31"),
                                                            (24, 48, "2022-01-31")])
def test_party_probation_adds_24_months_after_the_probation(
        regs: RegulationSet, probation: int, months: int, until: str) -> None:
    result = one(regs, cadre(severity="grave", measures=["party_probation"],
                             probation_months=probation), decision="2018-01-31")
    assert [(p.months, p.until.isoformat()) for p in result.consequences.periods] == [
        (months, until)]


def test_no_excellent_rating_in_the_decision_year(regs: RegulationSet) -> None:
    result = one(regs, cadre(measures=["circulated_criticism"]), decision="2017-12-31")
    assert result.consequences.no_excellent_rating_year == 2017
    assert result.consequences.influence_until is None
    assert result.consequences.periods == ()


# -- which regulation applies ------------------------------------------------------------


def test_conduct_before_every_regulation_uses_the_one_in_force_at_decision(
        regs: RegulationSet) -> None:
    # the seed's own case: conduct in February 2016, measures in force 30 April 2016
    result = run(regs, team(), conduct="2016-02-26", decision="2016-05-31")
    assert result.regulation == "hubei-2016"
    assert "predates every regulation" in result.regulation_reason.render()
    assert "The conduct (2016-02-26) predates hubei-2016, in force from 2016-04-30" in texts(
        result)


def test_explicit_regulation_wins_but_early_conduct_still_warns(regs: RegulationSet) -> None:
    result = run(regs, team(), conduct="2016-02-26", decision="2016-05-31",
                 regulation="hubei-2016")
    assert result.regulation == "hubei-2016"
    assert result.regulation_reason.render() == "hubei-2016 was named in the case."
    assert len(result.warnings) == 1


def test_explicit_regulation_overrides_the_dates(regs: RegulationSet) -> None:
    result = run(regs, team(), conduct="2020-03-01", decision="2020-06-01",
                 regulation="hubei-2016")
    assert result.regulation == "hubei-2016"
    assert result.warnings == ()


def test_conduct_date_decides(regs: RegulationSet) -> None:
    result = run(regs, team(), conduct="2017-03-01", decision="2017-06-15")
    assert result.regulation == "hubei-2016"
    assert result.regulation_reason.render() == (
        "hubei-2016 was in force on the conduct date 2017-03-01.")
    assert result.warnings == ()


def test_a_later_regulation_that_is_not_lighter_is_not_used(regs: RegulationSet) -> None:
    # ccp-2019 for a grave cadre: heaviest band measure demotion (65) = hubei's demotion
    # (65): not lighter; for a minor cadre admonishment (40) > written examination (20)
    result = run(regs, cadre(severity="grave", clauses=[H + "8.2"]),
                 cadre(id="m", severity="minor", clauses=[H + "8.5"]),
                 conduct="2019-06-01", decision="2019-12-01")
    assert result.regulation == "hubei-2016"
    assert "is not lighter" in result.regulation_reason.render()


def test_a_later_lighter_regulation_is_used(with_made_up: RegulationSet) -> None:
    # conduct under ccp-2019; testland-2021 in force at the decision: grave cadre
    # admonishment (40) < demotion (65), grave team org_circulation (30) < reorganisation (70)
    case = {"conduct_date": "2020-06-01", "decision_date": "2021-03-01", "subjects": [
        {"id": "a", "kind": "cadre", "role": "member", "severity": "grave",
         "clauses": ["ccp-accountability-2019/7.5"]},
        {"id": "b", "kind": "party_team", "severity": "grave",
         "clauses": ["ccp-accountability-2019/7.8"]}]}
    result = assess(parse_case(case, with_made_up), with_made_up)
    assert result.regulation == "testland-2021"
    assert "is lighter" in result.regulation_reason.render()
    assert result.subject("a").allowed_measures == ("admonishment", "party_warning")
    assert result.subject("b").allowed_measures == ("org_circulation",)
    assert "cite the corresponding clauses of testland-2021" in texts(result.subject("a"))


def test_lighter_for_one_subject_but_heavier_for_another_is_not_lighter(
        with_made_up: RegulationSet) -> None:
    # discipline_team: testland has no band for it, so it cannot be shown lighter
    case = {"conduct_date": "2020-06-01", "decision_date": "2021-03-01", "subjects": [
        {"id": "a", "kind": "cadre", "role": "member", "severity": "grave",
         "clauses": ["ccp-accountability-2019/7.5"]},
        {"id": "b", "kind": "discipline_team", "severity": "grave",
         "clauses": ["ccp-accountability-2019/7.8"]}]}
    assert assess(parse_case(case, with_made_up), with_made_up).regulation == (
        "ccp-accountability-2019")


def test_ccp_2019_applies_to_conduct_after_it_came_into_force(regs: RegulationSet) -> None:
    case = {"conduct_date": "2020-01-10", "decision_date": "2020-04-30", "subjects": [
        {"id": "o", "kind": "party_team", "severity": "minor",
         "clauses": ["ccp-accountability-2019/7.5"]},
        {"id": "c", "kind": "cadre", "role": "member", "severity": "serious",
         "clauses": ["ccp-accountability-2019/7.7"], "objected": False,
         "grounds": ["ccp-accountability-2019/17.3"]}]}
    result = assess(parse_case(case, regs), regs)
    assert result.regulation == "ccp-accountability-2019"
    assert result.subject("o").allowed_measures == ("org_examination",)
    assert result.subject("c").allowed_measures == (
        "admonishment", "adjust_post", "ordered_resignation", "dismissal", "demotion",
        "suspension_for_examination", *DISCIPLINE)
    assert result.subject("c").exemption_possible is True
    assert result.subject("c").responsibility == "important"


# -- a third regulation needs no code ----------------------------------------------------


def test_the_made_up_regulation_runs_through_the_engine(with_made_up: RegulationSet) -> None:
    case = {"regulation": "testland-2021", "conduct_date": "2021-02-01",
            "decision_date": "2021-05-31", "unit_year": {"major_cases": 1},
            "subjects": [
                {"id": "p", "kind": "cadre", "role": "first_responsible", "severity": "grave",
                 "clauses": ["testland-2021/1.2"], "measures": ["admonishment"]},
                {"id": "m", "kind": "cadre", "role": "member", "severity": "serious",
                 "clauses": ["testland-2021/2.2"], "grounds": ["testland-2021/5"],
                 "adjustment": "reduced"},
                {"id": "t", "kind": "party_team", "severity": "minor",
                 "clauses": ["testland-2021/1.1"]}]}
    result = assess(parse_case(case, with_made_up), with_made_up)
    assert result.regulation == "testland-2021"
    assert result.warnings == ()
    principal = result.subject("p")
    assert principal.clauses == ("testland-2021/2.2", "testland-2021/1.2")
    assert principal.responsibility == "primary"
    assert principal.allowed_measures == ("admonishment", "party_warning")
    assert principal.consequences.influence_until == dt.date(2021, 8, 31)  # 3 months
    member = result.subject("m")
    assert member.clauses == ("testland-2021/2.2", "testland-2021/1")
    assert (member.band, member.allowed_measures) == ("minor",
                                                      ("criticism_education", "party_warning"))
    assert result.subject("t").allowed_measures == ("org_examination",)
    assert result.dual_inquiry.grounds == ("testland-2021/2.1",)
