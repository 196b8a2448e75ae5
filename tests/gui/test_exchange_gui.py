"""数据交换 on the backups page: key, register, export, verify-then-import, conflicts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import TEST_PASSWORD
from tests.document_fixtures import Office as TownOffice
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.storage.models import Cadre, Talk
from zeren_desktop.ui.pages.backups_page import BackupsPage
from zeren_desktop.ui.pages.exchange_section import ExchangeSection


@pytest.fixture
def county(tmp_path: Path) -> Iterator[Services]:
    """A county database of its own (another office), its leader signed in."""
    with Services.open(tmp_path / "county" / "zeren.sqlite") as services:
        services.rename_office("青山县纪委监委")
        services.auth.create_first_administrator("admin", TEST_PASSWORD)
        services.auth.sign_in("admin", TEST_PASSWORD)
        services.auth.create_user(UserInput("leader", "leader",
                                            frozenset({AccountRole.APPROVER})), TEST_PASSWORD)
        services.auth.create_user(UserInput("clerk", "clerk",
                                            frozenset({AccountRole.CLERK})), TEST_PASSWORD)
        services.auth.sign_in("leader", TEST_PASSWORD)
        yield services


def _set_notes(services: Services, cadre_id: uuid.UUID, notes: str) -> None:
    with services.db.write() as session:
        cadre = session.get(Cadre, cadre_id)
        assert cadre is not None
        cadre.notes = notes


def _section(qtbot: QtBot, services: Services) -> ExchangeSection:
    section = ExchangeSection(services)
    qtbot.addWidget(section)
    section.resize(900, 420)
    section.show()
    return section


def test_export_verify_import_and_decide_a_conflict(
        qtbot: QtBot, office: tuple[Services, TownOffice], county: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    township, ids = office
    township.auth.sign_in("leader", TEST_PASSWORD)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    town = _section(qtbot, township)
    town.write_key(tmp_path / "town.pub")
    assert "town.pub" in town.status_label.text() and (tmp_path / "town.pub").is_file()
    town.export_package(tmp_path / "1.zrx", None, None, ask=False)
    assert not town.export_button.isEnabled()
    qtbot.waitUntil(lambda: town.task is None and town.last_export is not None, timeout=20_000)
    assert (tmp_path / "1.zrx").is_file() and "1.zrx" in town.status_label.text()

    desk = _section(qtbot, county)
    # not registered yet: refused with the reason, nothing imported
    desk.import_package(tmp_path / "1.zrx", confirm=False)
    assert desk.task is None and desk.last_info is None
    assert warnings and ("not registered" in warnings[-1] or "登记" in warnings[-1])
    desk.trust_key(tmp_path / "town.pub")
    assert "fingerprint" in desk.status_label.text() or "指纹" in desk.status_label.text()
    desk.import_package(tmp_path / "1.zrx", confirm=False)
    assert desk.last_info is not None and not desk.last_info.already_imported
    qtbot.waitUntil(lambda: desk.task is None and desk.last_import is not None,
                    timeout=20_000)
    assert desk.last_import is not None and desk.last_import.inserted > 0
    assert desk.conflicts.rowCount() == 0

    # changed on both sides: a conflict in the list, decided by taking the township's
    _set_notes(county, ids.secretary, "县里补充")
    _set_notes(township, ids.secretary, "乡镇更新")
    town.export_package(tmp_path / "2.zrx", None, None, ask=False)
    qtbot.waitUntil(lambda: town.task is None and town.last_export is not None
                    and town.last_export.path.name == "2.zrx", timeout=20_000)
    desk.last_import = None
    desk.import_package(tmp_path / "2.zrx", confirm=False)
    qtbot.waitUntil(lambda: desk.task is None and desk.last_import is not None,
                    timeout=20_000)
    assert desk.last_import is not None and desk.last_import.conflicts == 1
    assert desk.conflicts.rowCount() == 1
    assert "乡镇更新" in desk.conflicts.item(0, 3).text()
    assert "县里补充" in desk.conflicts.item(0, 2).text()
    desk.grab().save(str(tmp_path / "exchange.png"))
    assert not desk.take_button.isEnabled()
    desk.conflicts.selectRow(0)
    assert desk.take_button.isEnabled()
    QTest.mouseClick(desk.take_button, Qt.MouseButton.LeftButton)
    assert desk.conflicts.rowCount() == 0
    with county.db.read() as session:
        cadre = session.get(Cadre, ids.secretary)
        assert cadre is not None and cadre.notes == "乡镇更新"

    # the same package again: shown as imported before, nothing started
    desk.last_import = None
    desk.import_package(tmp_path / "2.zrx", confirm=False)
    assert desk.task is None and desk.last_info is not None and desk.last_info.already_imported
    assert desk.last_import is None


def test_the_section_is_on_the_backups_page_for_the_leader_only(
        qtbot: QtBot, county: Services) -> None:
    page = BackupsPage(county)
    qtbot.addWidget(page)
    assert page.exchange is not None and page.exchange.conflicts.isVisibleTo(page.exchange)
    county.auth.sign_in("admin", TEST_PASSWORD)
    page = BackupsPage(county)
    qtbot.addWidget(page)
    # the administrator exchanges packages but sees no record content (the conflicts)
    assert page.exchange is not None
    assert not page.exchange.conflicts.isVisibleTo(page.exchange)
    county.auth.sign_in("clerk", TEST_PASSWORD)
    page = BackupsPage(county)
    qtbot.addWidget(page)
    assert page.exchange is None


def test_a_deletion_is_shown_and_a_deletion_conflict_decided(
        qtbot: QtBot, office: tuple[Services, TownOffice], county: Services,
        tmp_path: Path) -> None:
    township, ids = office
    township.auth.sign_in("leader", TEST_PASSWORD)
    township.exchange.write_public_key(tmp_path / "town.pub")
    county.auth.sign_in("admin", TEST_PASSWORD)
    county.exchange.trust(tmp_path / "town.pub")
    county.auth.sign_in("leader", TEST_PASSWORD)
    county.exchange.import_file(township.exchange.export(tmp_path / "1.zrx").path)
    township.auth.sign_in("clerk", TEST_PASSWORD)
    township.talks.delete(ids.talk)
    with county.db.write() as session:   # changed at the county after the deletion
        talk = session.get(Talk, ids.talk)
        assert talk is not None
        talk.place = "县纪委第三谈话室"
    township.auth.sign_in("leader", TEST_PASSWORD)
    township.exchange.export(tmp_path / "2.zrx")

    desk = _section(qtbot, county)
    desk.import_package(tmp_path / "2.zrx", confirm=False)
    assert desk.last_info is not None and desk.last_info.deletions >= 1
    assert "deleted there" in desk.describe(desk.last_info) or "删除" in desk.describe(
        desk.last_info)
    qtbot.waitUntil(lambda: desk.task is None and desk.last_import is not None,
                    timeout=20_000)
    assert desk.last_import is not None and desk.last_import.conflicts == 1
    assert desk.conflicts.rowCount() == 1
    assert "deleted there" in desk.conflicts.item(0, 3).text() or \
        "删除" in desk.conflicts.item(0, 3).text()
    desk.grab().save(str(tmp_path / "deleted.png"))
    desk.conflicts.selectRow(0)
    QTest.mouseClick(desk.take_button, Qt.MouseButton.LeftButton)
    assert desk.conflicts.rowCount() == 0
    with county.db.read() as session:
        assert session.get(Talk, ids.talk) is None
