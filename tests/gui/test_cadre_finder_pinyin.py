"""CadreFinder: typing pinyin initials lists the cadres, the recently picked one first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from zeren_desktop.domain.enums import Rank, UnitKind
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.ui.pages.lists_page import CadreFinder


def _listed(finder: CadreFinder) -> list[str]:
    return [finder.results.item(i).text().split("　")[0] for i in range(finder.results.count())]


def test_initials_find_cadres_and_the_recent_pick_comes_first(qtbot: QtBot,
                                                            services: Services) -> None:
    town = services.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP))
    start = dt.date(2024, 1, 1)
    ids = {name: services.cadres.create(CadreInput(
        name, Rank.GENERAL, posts=(PostInput(town, "干事", start),)))
        for name in ("王敏", "魏明", "张建国")}

    finder = CadreFinder(services)
    qtbot.addWidget(finder)
    finder.show()
    QTest.keyClicks(finder.search_edit, "wm")
    qtbot.waitUntil(lambda: _listed(finder) == ["王敏", "魏明"])  # by name at first

    # the user picks 魏明 from the list
    rect = finder.results.visualItemRect(finder.results.item(1))
    QTest.mouseClick(finder.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert finder.cadre_id() == ids["魏明"]
    assert services.cadres.recent()[0] == ids["魏明"]

    # the next time, 魏明 comes first
    again = CadreFinder(services)
    qtbot.addWidget(again)
    again.show()
    QTest.keyClicks(again.search_edit, "wm")
    qtbot.waitUntil(lambda: _listed(again) == ["魏明", "王敏"])
    assert again.cadre_id() is None  # nothing chosen for the user

    # other initials: only that cadre
    again.search_edit.clear()
    QTest.keyClicks(again.search_edit, "zjg")
    qtbot.waitUntil(lambda: _listed(again) == ["张建国"])
    assert again.cadre_id() == ids["张建国"]  # the single match is selected
