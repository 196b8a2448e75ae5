"""Regulations with overrides in the database, and saved determinations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from zeren_desktop.domain.regulations import RegulationFileError
from zeren_desktop.domain.text import ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.session import PermissionDeniedError

SEED_CASE = Path(__file__).resolve().parent.parent / "docs" / "assess-schema.md"


def _case() -> dict[str, object]:
    return {
        "conduct_date": "2016-02-10", "decision_date": "2016-05-31",
        "subjects": [{"id": "wei", "kind": "cadre", "role": "first_responsible",
                      "name": "魏某", "clauses": ["hubei-2016/7.7"], "severity": "grave",
                      "measures": ["party_serious_warning", "dismissal"]}],
    }


def test_assess_and_save_keep_input_and_result(services: Services) -> None:
    result = services.regulations.assess(_case())
    assert result["regulation"] == "hubei-2016"
    saved = services.regulations.save_determination("县安监局班子成员奖案", _case())
    stored = services.regulations.determination(saved)
    assert stored.case_input == _case()
    assert stored.result == result
    assert stored.created_by == "clerk"
    assert [d.id for d in services.regulations.determinations()] == [saved]
    with pytest.raises(ValidationError) as caught:
        services.regulations.save_determination("", _case())
    assert caught.value.field == "title"


def test_invalid_case_names_the_field_and_saves_nothing(services: Services) -> None:
    case = _case()
    case["decision_date"] = "2015-01-01"
    with pytest.raises(ValidationError):
        services.regulations.save_determination("倒序日期", case)
    assert services.regulations.determinations() == []


def test_override_is_versioned_and_changes_the_periods(open_services: Services) -> None:
    services = open_services
    services.auth.sign_in("admin", TEST_PASSWORD)
    before = services.regulations.summaries()
    assert {s.id for s in before} >= {"hubei-2016", "ccp-accountability-2019"}
    hubei = services.regulations.regulations().get("hubei-2016")
    assert hubei is not None and hubei.appeal is not None
    assert (hubei.appeal.submit_within.value, hubei.appeal.submit_within.unit) == (1, "months")
    # The office follows the older national rule: 15 days to appeal.
    override = {"appeal": {"submit_within": {"value": 15, "unit": "days"}}}
    v1 = services.regulations.set_override("hubei-2016", override, "县纪委会议决定")
    hubei = services.regulations.regulations().get("hubei-2016")
    assert hubei is not None and hubei.appeal is not None
    assert (hubei.appeal.submit_within.value, hubei.appeal.submit_within.unit) == (15, "days")
    assert hubei.appeal.answer_within.value == 1  # the rest of the file stays
    v2 = services.regulations.set_override("hubei-2016", override, "再次确认")
    assert (v1, v2) == (1, 2)
    history = services.regulations.overrides("hubei-2016")
    assert [h.version for h in history] == [2, 1]
    assert history[0].created_by == "admin"
    with pytest.raises((RegulationFileError, ValidationError)):
        services.regulations.set_override("hubei-2016", {"bands": "not a table"})
    with pytest.raises(ValidationError):
        services.regulations.set_override("no-such-regulation", {})
    assert len(services.regulations.overrides("hubei-2016")) == 2
    services.auth.sign_in("clerk", TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        services.regulations.set_override("hubei-2016", override)


def test_worked_example_document_matches_the_engine(services: Services) -> None:
    """docs/assess-schema.md shows the engine's real output for the seed's case."""
    text = SEED_CASE.read_text("utf-8")
    blocks = [b.split("```", 1)[0] for b in text.split("```json\n")[1:]]
    case, shown = json.loads(blocks[0]), json.loads(blocks[1])
    assert services.regulations.assess(case) == shown


def test_office_settings_round_trip_and_rules(open_services: Services) -> None:
    from zeren_desktop.services.settings import OfficeSettings

    services = open_services
    assert services.settings.office_settings() == OfficeSettings()
    services.auth.sign_in("admin", TEST_PASSWORD)
    wanted = OfficeSettings(issuer_name="中共青山县纪律检查委员会", issuer_short="青纪",
                            number_prefixes=(("decision", "青纪发"), ("proposal", "青纪建")),
                            investigation_days=60)
    services.settings.set_office_settings(wanted)
    got = services.settings.office_settings()
    assert got == wanted and got.prefix("decision") == "青纪发"
    for bad, field in [(OfficeSettings(investigation_days=0), "investigation_days"),
                       (OfficeSettings(number_prefixes=(("decision", "青纪发〔2026〕"),)),
                        "number_prefixes.decision"),
                       (OfficeSettings(number_prefixes=(("poster", "青纪"),)), "number_prefixes")]:
        with pytest.raises(ValidationError) as caught:
            services.settings.set_office_settings(bad)
        assert caught.value.field == field
    assert services.settings.office_settings() == wanted
    services.auth.sign_in("clerk", TEST_PASSWORD)
    with pytest.raises(PermissionDeniedError):
        services.settings.set_office_settings(OfficeSettings())
