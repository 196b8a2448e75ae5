"""The regulations as data: the shipped files, the schema check, overrides, the choice."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest

from zeren_desktop.domain.regulations import (
    MEASURE_CODES,
    Duration,
    RegulationFileError,
    RegulationSet,
    canonical,
    deep_merge,
    load_regulation,
    load_regulations,
    load_schema,
    regulation_from_mapping,
)
from zeren_desktop.services.regulations import default_regulations_dir, list_regulations

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "resources" / "regulations"
MADE_UP = ROOT / "tests" / "data" / "regulations" / "made-up.toml"
SEED = ROOT.parent / "shared" / "seeds" / "000_ab446f79ac69d370.txt"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return load_schema(SHIPPED / "schema.json")


@pytest.fixture(scope="module")
def regs() -> RegulationSet:
    return load_regulations(SHIPPED)


def raw(name: str) -> dict[str, Any]:
    with (SHIPPED / name).open("rb") as handle:
        return tomllib.load(handle)


def test_the_service_finds_the_shipped_folder() -> None:
    assert default_regulations_dir().resolve() == SHIPPED.resolve()
    ids = [r.id for r in list_regulations()]
    assert ids == ["hubei-2016", "ccp-accountability-2019"]


def test_hubei_metadata(regs: RegulationSet) -> None:
    hubei = regs.get("hubei-2016")
    assert hubei is not None
    assert hubei.doc_number == "鄂发〔2016〕11号"
    assert hubei.in_force == dt.date(2016, 4, 30)
    assert hubei.text_verified is True
    assert [a.number for a in hubei.articles] == list(range(1, 25))


def test_hubei_has_every_item_of_the_circumstance_articles(regs: RegulationSet) -> None:
    hubei = regs.get("hubei-2016")
    assert hubei is not None
    counts = {a.number: len(a.items) for a in hubei.articles}
    # arts. 6, 7, 8, 9, 10, 11, 14, 15 have 9, 8, 7, 7, 6, 4, 4, 5 items; 16 two paragraphs
    assert [counts[n] for n in (6, 7, 8, 9, 10, 11, 14, 15, 16)] == [9, 8, 7, 7, 6, 4, 4, 5, 2]
    assert hubei.clauses["hubei-2016/10.4"].text == (
        "(四)本地区、本部门、本系统和本单位党组织年度内有2名以上领导班子成员受到撤销党内职务"
        "以上处分的;")
    assert hubei.clauses["hubei-2016/16.2"].kind == "accountability"
    assert hubei.clauses["hubei-2016/16.1"].kind == "exemption"
    assert hubei.clauses["hubei-2016/7.1"].pulls_in == 6
    assert hubei.clauses["hubei-2016/8.1"].pull_scope == "portfolio"


@pytest.mark.skipif(not SEED.is_file(), reason="shared/seeds is not beside the repository")
def test_hubei_text_is_verbatim_from_the_seed(regs: RegulationSet) -> None:
    seed = re.sub(r"\s+", "", SEED.read_text("utf-8"))
    hubei = regs.get("hubei-2016")
    assert hubei is not None
    texts = [a.text for a in hubei.articles if a.text] + [
        i.text for a in hubei.articles for i in a.items]
    assert len(texts) > 70
    missing = [t for t in texts if re.sub(r"\s+", "", t) not in seed]
    assert missing == []


def test_ccp_2019_is_marked_unverified_and_its_map_is_office_practice(
        regs: RegulationSet) -> None:
    ccp = regs.get("ccp-accountability-2019")
    assert ccp is not None
    assert ccp.text_verified is False
    assert len(ccp.clauses) == 3 + 11 + 2 + 3  # arts. 7, 8, 17 and their items
    assert all(not c.text_verified for c in ccp.clauses.values())
    organisations = ccp.band_for("party_team")
    cadres = ccp.band_for("member")
    assert organisations is not None and cadres is not None
    assert not organisations.verified and not cadres.verified
    assert organisations.by_severity == {"minor": ("org_examination",),
                                         "serious": ("org_circulation",),
                                         "grave": ("org_reorganisation",)}
    adjustments = ["adjust_post", "ordered_resignation", "dismissal", "demotion",
                   "suspension_for_examination"]
    assert cadres.by_severity["minor"] == ("circulated_criticism", "admonishment")
    assert list(cadres.by_severity["serious"]) == ["admonishment", *adjustments]
    assert list(cadres.by_severity["grave"]) == adjustments
    assert ccp.appeal is not None and not ccp.appeal.verified


def test_every_shipped_file_names_all_measure_codes(regs: RegulationSet) -> None:
    for reg in regs:
        assert canonical(reg.measures) == list(MEASURE_CODES), reg.id


def test_influence_periods_in_the_data(regs: RegulationSet) -> None:
    hubei = regs.get("hubei-2016")
    assert hubei is not None
    months = {code: rule.months for code, rule in hubei.measures.items() if rule.months}
    assert months == {
        "admonishment": 6, "ordered_resignation": 12, "dismissal": 12, "demotion": 24,
        "party_warning": 12, "party_serious_warning": 18, "party_post_removal": 24,
        "party_probation": 24, "party_expulsion": 60, "gov_warning": 6, "gov_demerit": 12,
        "gov_major_demerit": 18, "gov_downgrade": 24, "gov_removal": 24,
    }
    assert hubei.measures["admonishment"].verified is False
    assert hubei.measures["party_probation"].period_months(12) == 36
    assert hubei.measures["party_probation"].period_months(24) == 48


def test_the_made_up_regulation_loads_beside_the_shipped_ones() -> None:
    regs = load_regulations(SHIPPED, extra_files=[MADE_UP])
    assert regs.ids() == ["hubei-2016", "ccp-accountability-2019", "testland-2021"]
    made_up = regs.get("testland-2021")
    assert made_up is not None and made_up.clauses["testland-2021/2.2"].pulls_in == 1


# -- the schema check -------------------------------------------------------------------


def broken(schema: dict[str, Any], override: dict[str, Any]) -> RegulationFileError:
    with pytest.raises(RegulationFileError) as caught:
        regulation_from_mapping(raw("hubei-2016.toml"), schema, overrides=override,
                                source="hubei-2016.toml")
    return caught.value


def test_a_missing_key_is_named(schema: dict[str, Any]) -> None:
    data = raw("hubei-2016.toml")
    del data["in_force"]
    with pytest.raises(RegulationFileError) as caught:
        regulation_from_mapping(data, schema, source="x.toml")
    assert "'in_force' is a required property" in str(caught.value)
    assert "x.toml" in str(caught.value)


def test_an_unknown_measure_code_in_a_band_is_named(schema: dict[str, Any]) -> None:
    error = broken(schema, {"bands": {"cadres": {"grave": ["exile"]}}})
    assert error.location == "bands.cadres.grave[0]"
    assert "'exile' is not one of" in str(error)


def test_a_bad_period_is_named(schema: dict[str, Any]) -> None:
    error = broken(schema, {"measures": {"dismissal": {"months": 0}}})
    assert error.location == "measures.dismissal.months"


def test_a_band_citing_a_missing_clause_is_named(schema: dict[str, Any]) -> None:
    error = broken(schema, {"bands": {"teams": {"clause": "99.1"}}})
    assert error.location == "bands.teams.clause"
    assert "99.1" in str(error)


def test_a_band_measure_without_a_rank_is_named(schema: dict[str, Any]) -> None:
    data = raw("hubei-2016.toml")
    del data["measures"]["demotion"]
    with pytest.raises(RegulationFileError) as caught:
        regulation_from_mapping(data, schema, source="x.toml")
    assert caught.value.location == "bands.cadres.grave"
    assert "demotion" in str(caught.value)


def test_a_subject_class_in_two_bands_is_refused(schema: dict[str, Any]) -> None:
    error = broken(schema, {"bands": {"more": {"applies_to": ["member"], "minor": [],
                                               "serious": [], "grave": []}}})
    assert error.location == "bands.more.applies_to"


def test_a_dual_inquiry_count_needs_a_threshold(schema: dict[str, Any]) -> None:
    data = raw("hubei-2016.toml")
    del data["dual_inquiry"][3]["threshold"]
    with pytest.raises(RegulationFileError) as caught:
        regulation_from_mapping(data, schema, source="x.toml")
    assert caught.value.location == "dual_inquiry[3]"


def test_an_impossible_date_is_named(schema: dict[str, Any]) -> None:
    error = broken(schema, {"in_force": "2016-02-30"})
    assert error.location == "in_force"


def test_a_file_that_is_not_toml(tmp_path: Path) -> None:
    shutil.copy(SHIPPED / "schema.json", tmp_path / "schema.json")
    (tmp_path / "bad.toml").write_text("id = [", "utf-8")
    with pytest.raises(RegulationFileError, match="not valid TOML"):
        load_regulation(tmp_path / "bad.toml")


def test_two_files_with_one_id_are_refused(tmp_path: Path) -> None:
    for name in ("schema.json", "hubei-2016.toml"):
        shutil.copy(SHIPPED / name, tmp_path / name)
    shutil.copy(SHIPPED / "hubei-2016.toml", tmp_path / "copy.toml")
    with pytest.raises(RegulationFileError, match="hubei-2016"):
        load_regulations(tmp_path)


# -- overrides --------------------------------------------------------------------------


def test_deep_merge_merges_tables_and_replaces_lists() -> None:
    base = {"a": {"b": 1, "c": [1, 2]}, "d": 1}
    assert deep_merge(base, {"a": {"c": [3]}}) == {"a": {"b": 1, "c": [3]}, "d": 1}
    assert base == {"a": {"b": 1, "c": [1, 2]}, "d": 1}


def test_an_override_changes_periods_windows_and_the_measure_map() -> None:
    overrides: dict[str, dict[str, Any]] = {
        "hubei-2016": {"measures": {"admonishment": {"months": 12, "verified": True}},
                       "appeal": {"submit_within": {"value": 15, "unit": "days"}}},
        "ccp-accountability-2019": {"bands": {"cadres": {"minor": ["circulated_criticism"]}}},
    }
    regs = load_regulations(SHIPPED, overrides)
    hubei = regs.get("hubei-2016")
    ccp = regs.get("ccp-accountability-2019")
    assert hubei is not None and ccp is not None
    assert hubei.measures["admonishment"].months == 12
    assert hubei.measures["admonishment"].verified is True
    assert hubei.appeal is not None
    assert hubei.appeal.submit_within == Duration(15, "days")
    assert hubei.appeal.answer_within == Duration(1, "months")
    band = ccp.band_for("member")
    assert band is not None and band.by_severity["minor"] == ("circulated_criticism",)
    # the shipped file is untouched
    assert raw("hubei-2016.toml")["measures"]["admonishment"]["months"] == 6


def test_an_invalid_override_is_refused_like_a_bad_file() -> None:
    with pytest.raises(RegulationFileError) as caught:
        load_regulation(SHIPPED / "hubei-2016.toml",
                        {"appeal": {"submit_within": {"unit": "weeks"}}})
    assert caught.value.location.startswith("appeal.submit_within")


# -- which regulation is in force -------------------------------------------------------


def test_in_force_on_picks_the_latest_in_force(regs: RegulationSet) -> None:
    assert regs.in_force_on(dt.date(2016, 4, 29)) is None
    assert getattr(regs.in_force_on(dt.date(2016, 4, 30)), "id", None) == "hubei-2016"
    assert getattr(regs.in_force_on(dt.date(2019, 8, 31)), "id", None) == "hubei-2016"
    assert getattr(regs.in_force_on(dt.date(2019, 9, 1)), "id", None) == (
        "ccp-accountability-2019")


def test_a_repealed_regulation_is_not_in_force(schema: dict[str, Any]) -> None:
    hubei = regulation_from_mapping(raw("hubei-2016.toml"), schema,
                                    overrides={"repealed": "2018-01-01"})
    assert hubei.in_force_on(dt.date(2017, 12, 31))
    assert not hubei.in_force_on(dt.date(2018, 1, 1))
