"""Phrase templates (常用语): the shipped defaults, the office's own lists, who may change
them, and the audit trail."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from zeren_desktop import paths
from zeren_desktop.domain.text import ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.phrases import FIELD_LABELS, MAX_PHRASE_CHARS, MAX_PHRASES
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.storage.models import AppSetting, AuditRecord


def _sign_in(services: Services, username: str) -> Services:
    services.auth.sign_out()
    services.auth.sign_in(username, TEST_PASSWORD)
    return services


def test_the_shipped_file_names_exactly_the_known_fields() -> None:
    with (paths.resources_dir() / "phrases.toml").open("rb") as handle:
        data = tomllib.load(handle)
    in_file = {f"{kind}.{name}" for kind, table in data.items() for name in table}
    assert in_file == set(FIELD_LABELS)


def test_defaults_until_the_office_changes_them(services: Services) -> None:
    fields = services.phrases.fields()
    assert fields == list(FIELD_LABELS)
    assert {"ledger.matter", "ledger.content", "ledger.place", "talk.content", "talk.reason",
            "talk.rectification", "clue.summary", "case.stage_note",
            "meeting.decisions"} <= set(fields)
    for field in fields:
        assert services.phrases.phrases(field), f"no shipped phrases for {field}"
        assert services.phrases.phrases(field) == services.phrases.default_phrases(field)
    matter = services.phrases.phrases("ledger.matter")
    assert "学习传达上级党风廉政建设会议精神" in matter
    assert "研究部署本单位党风廉政建设工作" in matter
    assert "对分管领域干部开展廉政提醒谈话" in services.phrases.phrases("talk.content")[0]
    with services.db.read() as session:
        assert session.scalars(select(AppSetting).where(
            AppSetting.key.startswith("phrases."))).all() == []


def test_the_administrator_sets_a_field_and_it_is_audited(services: Services) -> None:
    _sign_in(services, "admin")
    kept = services.phrases.set_phrases("ledger.place", [
        "  村委会会议室 ", "镇党委会议室", "", "村委会会议室", "两行\n合为一行", "\x07响铃"])
    assert kept == ["村委会会议室", "镇党委会议室", "两行 合为一行", "响铃"]
    assert services.phrases.phrases("ledger.place") == kept
    # other fields keep their defaults
    assert services.phrases.phrases("ledger.matter") == \
        services.phrases.default_phrases("ledger.matter")
    # the clerk who types the records sees the office's list
    _sign_in(services, "clerk")
    assert services.phrases.phrases("ledger.place") == kept
    with services.db.read() as session:
        stored = session.get(AppSetting, "phrases.ledger.place")
        assert stored is not None and json.loads(stored.value) == kept
        record = session.scalars(select(AuditRecord).where(
            AuditRecord.action == "phrases.set")).one()
    assert record.username == "admin"
    assert record.entity == "app_settings" and record.entity_id == "phrases.ledger.place"
    assert json.loads(record.after)["phrases"] == kept
    assert json.loads(record.before)["phrases"] == \
        services.phrases.default_phrases("ledger.place")

    # an empty list is the office's choice too (no phrases offered), not "the defaults"
    _sign_in(services, "admin")
    assert services.phrases.set_phrases("ledger.place", []) == []
    assert services.phrases.phrases("ledger.place") == []
    # restoring the defaults is setting them again
    services.phrases.set_phrases("ledger.place",
                                 services.phrases.default_phrases("ledger.place"))
    assert services.phrases.phrases("ledger.place") == \
        services.phrases.default_phrases("ledger.place")


@pytest.mark.parametrize("role", ["clerk", "reviewer", "leader", "auditor"])
def test_only_the_administrator_changes_phrases(services: Services, role: str) -> None:
    _sign_in(services, role)
    with pytest.raises(PermissionDeniedError):
        services.phrases.set_phrases("ledger.matter", ["自拟的常用语"])
    _sign_in(services, "admin")
    assert "自拟的常用语" not in services.phrases.phrases("ledger.matter")
    with services.db.read() as session:
        refused = session.scalars(select(AuditRecord).where(
            AuditRecord.action == "refused")).all()
    assert [r.summary for r in refused] == [
        "phrases.set_phrases (permission:manage_settings)"]
    assert refused[0].username == role


def test_bad_input_writes_nothing(services: Services) -> None:
    _sign_in(services, "admin")
    with pytest.raises(ValidationError) as unknown:
        services.phrases.set_phrases("ledger.nonsense", ["x"])
    assert unknown.value.field == "field"
    with pytest.raises(ValidationError):
        services.phrases.phrases("ledger.nonsense")
    with pytest.raises(ValidationError) as too_long:
        services.phrases.set_phrases("ledger.matter", ["短语", "长" * (MAX_PHRASE_CHARS + 1)])
    assert too_long.value.field == "phrases[1]"
    with pytest.raises(ValidationError) as too_many:
        services.phrases.set_phrases("ledger.matter",
                                     [f"第{i}条" for i in range(MAX_PHRASES + 1)])
    assert too_many.value.field == "phrases"
    assert services.phrases.phrases("ledger.matter") == \
        services.phrases.default_phrases("ledger.matter")
    with services.db.read() as session:
        assert session.scalars(select(AuditRecord).where(
            AuditRecord.action == "phrases.set")).all() == []


def test_a_damaged_setting_falls_back_on_the_defaults(services: Services) -> None:
    with services.db.write() as session:
        session.add(AppSetting(key="phrases.talk.reason", value="{not json"))
    assert services.phrases.phrases("talk.reason") == \
        services.phrases.default_phrases("talk.reason")


def test_units_remember_the_recent_picks_per_user(services: Services) -> None:
    import uuid

    first, second = uuid.uuid4(), uuid.uuid4()
    services.units.note_used(first)
    services.units.note_used(second)
    services.units.note_used(first)
    assert services.units.recent() == [first, second]
    _sign_in(services, "reviewer")
    assert services.units.recent() == []
    services.auth.sign_out()
    services.units.note_used(first)  # nobody signed in: nothing remembered
    assert services.units.recent() == []


def test_recent_picks_outlast_a_restart_and_a_damaged_file(services: Services,
                                                            db_path: Path) -> None:
    import uuid

    from zeren_desktop import config

    unit, cadre, other = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    services.units.note_used(unit)
    services.cadres.note_used(other)
    services.cadres.note_used(cadre)
    services.close()
    reopened = Services.open(db_path)        # the program started again
    try:
        reopened.auth.sign_in("clerk", TEST_PASSWORD)
        assert reopened.units.recent() == [unit]
        assert reopened.cadres.recent() == [cadre, other]
        _sign_in(reopened, "reviewer")       # each user their own
        assert reopened.cadres.recent() == []
    finally:
        reopened.close()
    # A damaged file forgets the picks; it neither stops the program nor is kept broken.
    (paths.config_dir() / config.RECENT_FILE).write_text("{not json", "utf-8")
    again = Services.open(db_path)
    try:
        again.auth.sign_in("clerk", TEST_PASSWORD)
        assert again.cadres.recent() == []
        again.cadres.note_used(cadre)
        actor = again.cadres.state.actor
        assert actor is not None
        assert config.recent_picks(str(actor.user_id), "cadres") == [str(cadre)]
    finally:
        again.close()
