"""The dashboard (工作台): its counts, and its links to the areas that do the work."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as
from tests.gui.test_lists_page import JAN, YEAR, Town
from zeren_desktop.domain.enums import InspectionKind, TalkKind
from zeren_desktop.domain.ledger import InspectionInput, IssueRequest, SignatureInput
from zeren_desktop.services.app import Services
from zeren_desktop.services.talks_dto import TalkInput
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.home_page import HomePage

TODAY = dt.date.today()


@pytest.fixture
def town(services: Services) -> Town:
    return Town(services)


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def issue_and_inspect(services: Services, town: Town) -> None:
    services.lists.issue(IssueRequest(YEAR, (town.town,), JAN))
    services.inspections.create(InspectionInput(
        TODAY - dt.timedelta(days=20), InspectionKind.SPECIAL, "县纪委第二监督检查室",
        unit_id=town.town, findings="三重一大事项未集体研究", rectification="补充集体研究程序",
        deadline=TODAY - dt.timedelta(days=2)))
    services.inspections.create(InspectionInput(
        TODAY - dt.timedelta(days=5), InspectionKind.LEDGER, "县纪委党风政风监督室",
        cadre_id=town.member, findings="台账记录不全", rectification="按月补记台账",
        deadline=TODAY + dt.timedelta(days=5)))


def test_dashboard_counts(qtbot: QtBot, services: Services, town: Town) -> None:
    issue_and_inspect(services, town)
    member = next(r for r in services.lists.search(year=YEAR) if r.holder == "欧阳晓燕")
    services.lists.sign(member.id, SignatureInput(JAN, "欧阳晓燕"))
    page = HomePage(services)
    qtbot.addWidget(page)
    page.show()
    assert not page.refused
    assert str(TODAY.year) in page.title_label.text()
    assert page.overdue_card.count_label.text() == "1"
    assert "补充集体研究程序" in page.overdue_card.lines_label.text()
    assert page.due_card.count_label.text() == "1"
    assert "欧阳晓燕" in page.due_card.lines_label.text()
    # Both cadres with a list have no ledger entry this quarter.
    assert page.reminder_card.count_label.text() == "2"
    assert "魏某" in page.reminder_card.lines_label.text()
    assert "欧阳晓燕" in page.reminder_card.lines_label.text()
    # The team's and the secretary's lists are unsigned; the member's is signed.
    assert page.unsigned_card.count_label.text() == "2"
    assert "魏某" in page.unsigned_card.lines_label.text()
    assert "欧阳晓燕" not in page.unsigned_card.lines_label.text()

    with qtbot.waitSignal(page.open_area) as opened:
        click(page.reminder_card.button)
    assert opened.args == ["ledger"]


def test_land_on_the_dashboard_and_follow_its_links(qtbot: QtBot, services: Services,
                                                    town: Town) -> None:
    issue_and_inspect(services, town)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    assert window.current_area() == "home"
    home = window.home_page
    assert home is not None
    # Counted in the background once the window is on screen.
    qtbot.waitUntil(lambda: home.loaded, timeout=10_000)
    assert home.unsigned_card.count_label.text() == "3"

    click(home.unsigned_card.button)
    assert window.current_area() == "lists"
    lists = window.lists_page
    assert lists is not None and lists.table.rowCount() == 3
    window.show_area_key("home")
    click(home.overdue_card.button)
    assert window.current_area() == "inspections"
    inspections = window.inspections_page
    assert inspections is not None and inspections.row_state(1) == "overdue"

    # Shown again, the dashboard counts afresh.
    for row in services.lists.search(year=YEAR):
        services.lists.sign(row.id, SignatureInput(JAN, row.holder))
    window.show_area_key("home")
    qtbot.waitUntil(lambda: home.unsigned_card.count_label.text() == "0", timeout=10_000)


def test_talk_follow_ups_on_the_dashboard(qtbot: QtBot, services: Services,
                                         town: Town) -> None:
    def talk(kind: TalkKind, cadre: uuid.UUID, held: int, follow_up: int | None,
             note: str = "") -> None:
        services.talks.create(TalkInput(
            kind, TODAY - dt.timedelta(days=held), "县纪委副书记 刘明", cadre_id=cadre,
            reason="落实主体责任不力", follow_up_on=None if follow_up is None
            else TODAY + dt.timedelta(days=follow_up), follow_up_note=note))

    talk(TalkKind.ADMONISHMENT, town.secretary, 40, -3)              # overdue
    talk(TalkKind.SUMMONS, town.member, 10, 6)                       # due within 7 days
    talk(TalkKind.REMINDER, town.member, 30, -10, note="已回访，整改到位")  # done
    talk(TalkKind.REMINDER, town.secretary, 5, 30)                   # not yet near
    talk(TalkKind.INTEGRITY, town.secretary, 5, None)                # none planned
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    home = window.home_page
    assert home is not None
    qtbot.waitUntil(lambda: home.loaded, timeout=10_000)
    card = home.talks_card
    assert card.count_label.text() == "2"
    assert card.summary_label.text() == "项谈话回访：已逾期 1 项，7 天内到期 1 项。"
    lines = card.lines_label.text()
    assert lines.index("魏某") < lines.index("欧阳晓燕")   # the oldest first
    assert "诫勉谈话" in lines and "约谈" in lines
    click(card.button)
    assert window.current_area() == "integrity"


def test_without_record_access_no_dashboard(qtbot: QtBot, services: Services) -> None:
    sign_in_as(services, "admin")
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.home_page is None and "home" not in window.area_keys()
    assert window.current_area() == "units"


def test_the_cards_scroll_on_a_short_window(qtbot: QtBot, services: Services,
                                            town: Town) -> None:
    issue_and_inspect(services, town)
    page = HomePage(services)
    qtbot.addWidget(page)
    page.resize(1000, 450)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    # Three rows of cards never set the page's (and so the main window's) least height.
    assert page.minimumSizeHint().height() < 300
    cards = (page.overdue_card, page.due_card, page.reminder_card, page.unsigned_card,
             page.cases_card, page.talks_card)
    assert all(card.height() >= 250 for card in cards)   # still readable
    bar = page.cards_area.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() > 0
    assert page.title_label.isVisible() and page.refresh_button.isVisible()
    page.cards_area.ensureWidgetVisible(page.talks_card.button)
    assert bar.value() > 0
