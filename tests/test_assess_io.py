"""The case JSON: errors that name the field, the output keys, and `assess_command`."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest

from zeren_desktop.domain.assess_io import parse_case
from zeren_desktop.domain.regulations import RegulationSet, load_regulations
from zeren_desktop.domain.text import ValidationError
from zeren_desktop.services.regulations import assess, assess_command

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "resources" / "regulations"

# REFERENCE.md §1: the county safety bureau's 9,000 yuan "team member bonus" (seed text):
# conduct February 2016, decision May 2016; the principal leader 魏某 got 党内严重警告 and
# was removed from post (免职); the proposer 桂某 and the team were dealt with too.
WORKED_EXAMPLE: dict[str, Any] = {
    "conduct_date": "2016-02-26",
    "decision_date": "2016-05-31",
    "subjects": [
        {"id": "team", "kind": "party_team", "name": "县安监局党组",
         "clauses": ["hubei-2016/6.3"], "severity": "serious",
         "measures": ["circulated_criticism"]},
        {"id": "wei", "kind": "cadre", "role": "first_responsible", "name": "魏某",
         "clauses": ["hubei-2016/7.1", "hubei-2016/6.3", "hubei-2016/7.7"],
         "severity": "grave", "measures": ["party_serious_warning", "dismissal"]},
        {"id": "gui", "kind": "cadre", "role": "member", "name": "桂某",
         "clauses": ["hubei-2016/8.6"], "severity": "serious", "measures": ["admonishment"]},
    ],
}
DISCIPLINE = ["party_warning", "party_serious_warning", "party_post_removal",
              "party_probation", "party_expulsion", "gov_warning", "gov_demerit",
              "gov_major_demerit", "gov_downgrade", "gov_removal", "gov_expulsion",
              "judicial_transfer"]


@pytest.fixture(scope="module")
def regs() -> RegulationSet:
    return load_regulations(SHIPPED)


def case(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(WORKED_EXAMPLE)
    data.update(changes)
    return data


def subject_case(**fields: Any) -> dict[str, Any]:
    data = copy.deepcopy(WORKED_EXAMPLE)
    data["subjects"][1].update(fields)
    return data


def refused(regs: RegulationSet, data: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_case(data, regs)
    assert str(caught.value).startswith(caught.value.field)
    return caught.value


# -- errors name the field ---------------------------------------------------------------


def test_missing_field(regs: RegulationSet) -> None:
    data = case()
    del data["decision_date"]
    error = refused(regs, data)
    assert error.field == "decision_date"
    assert str(error) == "decision_date: this field is required."


def test_missing_subject_field(regs: RegulationSet) -> None:
    data = case()
    del data["subjects"][2]["severity"]
    assert refused(regs, data).field == "subjects[2].severity"


def test_unknown_clause_id(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(clauses=["hubei-2016/7.1", "hubei-2016/6.12"]))
    assert error.field == "subjects[1].clauses[1]"
    assert "hubei-2016/6.12 is not a clause of any known regulation" in str(error)


def test_clause_of_an_unknown_regulation(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(clauses=["hunan-2017/6.1"]))
    assert error.field == "subjects[1].clauses[0]"


def test_a_ground_cited_as_a_clause(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(clauses=["hubei-2016/14.1"]))
    assert error.field == "subjects[1].clauses[0]"
    assert "is not a circumstance" in str(error)


def test_a_circumstance_cited_as_a_ground(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(grounds=["hubei-2016/6.1"]))
    assert error.field == "subjects[1].grounds[0]"
    assert "is not a mitigating, aggravating or exemption ground" in str(error)


def test_a_whole_article_with_items(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(clauses=["hubei-2016/7"]))
    assert "name one of its items (hubei-2016/7.1 to hubei-2016/7.8)" in str(error)


def test_decision_before_conduct(regs: RegulationSet) -> None:
    error = refused(regs, case(conduct_date="2016-06-01", decision_date="2016-05-31"))
    assert error.field == "decision_date"
    assert "cannot come before the conduct (2016-06-01)" in str(error)


def test_not_a_date(regs: RegulationSet) -> None:
    error = refused(regs, case(conduct_date="2016-02-30"))
    assert error.field == "conduct_date"
    assert "YYYY-MM-DD" in str(error)


def test_unknown_measure_code(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(measures=["dismissal", "exile"]))
    assert error.field == "subjects[1].measures[1]"
    assert "'exile' is not one of criticism_education," in str(error)


def test_bad_severity(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(severity="very grave"))
    assert error.field == "subjects[1].severity"
    assert "minor, serious, grave" in str(error)


def test_bad_kind_and_role(regs: RegulationSet) -> None:
    assert refused(regs, subject_case(kind="village")).field == "subjects[1].kind"
    assert refused(regs, subject_case(role="deputy")).field == "subjects[1].role"
    data = subject_case()
    del data["subjects"][1]["role"]
    assert refused(regs, data).field == "subjects[1].role"
    team = case()
    team["subjects"][0]["role"] = "member"
    assert refused(regs, team).field == "subjects[0].role"


def test_bad_adjustment(regs: RegulationSet) -> None:
    assert refused(regs, subject_case(adjustment="softer")).field == "subjects[1].adjustment"


def test_unknown_field(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(serverity="grave"))
    assert error.field == "subjects[1].serverity"
    assert "unknown field" in str(error)
    assert refused(regs, case(regulations="x")).field == "regulations"


def test_unknown_regulation(regs: RegulationSet) -> None:
    error = refused(regs, case(regulation="hunan-2017"))
    assert error.field == "regulation"
    assert "known: hubei-2016, ccp-accountability-2019" in str(error)


def test_flags_must_be_booleans(regs: RegulationSet) -> None:
    assert refused(regs, subject_case(retired="yes")).field == "subjects[1].retired"


def test_probation_needs_its_months(regs: RegulationSet) -> None:
    error = refused(regs, subject_case(measures=["party_probation"]))
    assert error.field == "subjects[1].probation_months"
    error = refused(regs, subject_case(measures=["party_probation"], probation_months=18))
    assert error.field == "subjects[1].probation_months"


def test_unit_year_counts(regs: RegulationSet) -> None:
    error = refused(regs, case(unit_year={"major_cases": -1}))
    assert error.field == "unit_year.major_cases"
    assert refused(regs, case(unit_year={"cases": 1})).field == "unit_year.cases"


def test_subjects_must_be_given_and_unique(regs: RegulationSet) -> None:
    assert refused(regs, case(subjects=[])).field == "subjects"
    data = case()
    data["subjects"][2]["id"] = "wei"
    assert refused(regs, data).field == "subjects[2].id"


def test_not_an_object(regs: RegulationSet) -> None:
    assert refused(regs, [1, 2]).field == "(case)"


def test_defaults(regs: RegulationSet) -> None:
    parsed = parse_case(case(), regs)
    wei = parsed.subjects[1]
    assert (wei.participated, wei.in_portfolio) == (True, True)
    assert (wei.directly_in_charge, wei.objected, wei.retired, wei.transferred) == (
        False, False, False, False)
    assert (wei.grounds, wei.adjustment, wei.probation_months) == ((), None, None)


# -- the worked example, end to end ------------------------------------------------------


def test_worked_example_output(regs: RegulationSet) -> None:
    result = assess(WORKED_EXAMPLE, regulations=regs)
    assert list(result) == ["regulation", "regulation_reason", "subjects", "dual_inquiry",
                            "warnings"]
    assert result["regulation"] == "hubei-2016"
    team, wei, gui = result["subjects"]
    assert list(wei) == ["id", "clauses", "responsibility", "band", "adjustment",
                         "exemption_possible", "exemption_grounds", "allowed_measures",
                         "consequences", "warnings"]
    # the team: art. 6 (3), collective, art. 12 serious → 通报批评
    assert team["responsibility"] == "collective"
    assert team["allowed_measures"] == ["circulated_criticism"]
    # 魏某: art. 7 (1) taking in art. 6 (3), and 7 (7); primary; grave band of art. 13
    assert wei["clauses"] == ["hubei-2016/7.1", "hubei-2016/6.3", "hubei-2016/7.7"]
    assert wei["responsibility"] == "primary"
    assert wei["band"] == "grave"
    assert wei["allowed_measures"] == ["adjust_post", "ordered_resignation", "dismissal",
                                       "demotion", *DISCIPLINE]
    # 免职: 12 months (art. 19); 党内严重警告: 18 months; 31 May + 18 months = 30 November
    assert wei["consequences"] == {
        "no_excellent_rating_year": 2016,
        "influence_until": "2017-11-30",
        "periods": [{"measure": "dismissal", "months": 12, "until": "2017-05-31"},
                    {"measure": "party_serious_warning", "months": 18,
                     "until": "2017-11-30"}],
    }
    assert wei["warnings"] == []
    # 桂某: a participating member: important; 诫勉 6 months (unverified value)
    assert gui["responsibility"] == "important"
    assert gui["consequences"]["influence_until"] == "2016-11-30"
    assert result["dual_inquiry"] == {"required": False, "grounds": []}
    assert result["warnings"] == [
        "The conduct (2016-02-26) predates hubei-2016, in force from 2016-04-30: check that "
        "it may be applied to this case."]


def test_subject_warnings_are_repeated_at_the_top_with_the_id(regs: RegulationSet) -> None:
    result = assess(subject_case(severity="minor"), regulations=regs)
    wei = result["subjects"][1]
    # party_serious_warning is discipline (allowed in every band): only dismissal is
    # outside the minor band
    assert len(wei["warnings"]) == 1
    assert wei["warnings"][0].startswith("Measure dismissal is not among")
    assert result["warnings"][1] == "subject wei: " + wei["warnings"][0]


def test_messages_are_translated_by_the_callable(regs: RegulationSet,
                                                 tmp_path: Path) -> None:
    def to_chinese(context: str, text: str) -> str:
        if text == "{field}: this field is required.":
            return "{field}：必须填写。"
        return text

    out, err = io.StringIO(), io.StringIO()
    data = case()
    del data["conduct_date"]
    path = write(tmp_path, data)
    assert assess_command(str(path), out, err, translate=to_chinese, regulations=regs) == 2
    assert err.getvalue() == "conduct_date：必须填写。\n"


# -- assess_command (the `zeren assess` verb) --------------------------------------------

def write(folder: Path, data: Any, text: str | None = None) -> Path:
    path = folder / "case.json"
    path.write_text(text if text is not None else json.dumps(data, ensure_ascii=False),
                    "utf-8")
    return path


def test_command_prints_the_json(regs: RegulationSet, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert assess_command(str(write(tmp_path, WORKED_EXAMPLE)), out, err) == 0
    assert err.getvalue() == ""
    printed = json.loads(out.getvalue())
    assert printed == assess(WORKED_EXAMPLE, regulations=regs)
    assert "魏某" not in out.getvalue()  # names are not echoed; ids are


def test_command_exit_2_names_the_field(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = assess_command(str(write(tmp_path, subject_case(measures=["exile"]))), out, err)
    assert code == 2
    assert out.getvalue() == ""
    assert err.getvalue().startswith("subjects[1].measures[0]: 'exile' is not one of")
    assert err.getvalue().count("\n") == 1


def test_command_exit_2_on_bad_json(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert assess_command(str(write(tmp_path, None, "{\"subjects\": [")), out, err) == 2
    assert "is not valid JSON (line 1" in err.getvalue()


def test_command_exit_1_when_the_file_cannot_be_read(tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    missing = tmp_path / "nope.json"
    assert assess_command(str(missing), out, err) == 1
    assert err.getvalue().startswith(f"Cannot read {missing}:")
