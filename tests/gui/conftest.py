"""GUI tests run in Chinese, the default language, with the bundled CJK font."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from zeren_desktop.domain.enums import Rank, UnitKind
from zeren_desktop.domain.identity import resident_id_check_char
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.ui.i18n import install_translators, load_bundled_font

if TYPE_CHECKING:
    from zeren_desktop.ui.main_window import MainWindow

TEST_PASSWORD = "Test-Pass-2026"  # the password of the template accounts (tests/conftest.py)


@pytest.fixture(autouse=True)
def chinese(qapp: QApplication) -> Iterator[None]:
    """Every test starts in Chinese (a test may switch and is switched back)."""
    load_bundled_font(qapp)
    install_translators("zh_CN")
    yield
    install_translators("zh_CN")


def resident_id(birth: str = "19850312", region: str = "420621", seq: str = "123") -> str:
    """A valid ID number; an odd last sequence digit means male."""
    first17 = region + birth + seq
    return first17 + resident_id_check_char(first17)


class Sample:
    """A small county: 青山县 > 城关镇, 河口镇; one cadre posted in 城关镇."""

    def __init__(self, services: Services) -> None:
        units = services.units
        self.county = units.create(UnitInput("青山县", UnitKind.COUNTY))
        self.town = units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, self.county))
        self.village = units.create(UnitInput("东门社区", UnitKind.VILLAGE, self.town))
        self.other_town = units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, self.county))
        self.cadre = services.cadres.create(CadreInput(
            "张建国", Rank.TOWNSHIP_SECTION, id_number=resident_id("19700101", seq="011"),
            posts=(PostInput(self.town, "党委书记", dt.date(2020, 1, 1)),)))
        self.cadre2 = services.cadres.create(CadreInput(
            "李秀英", Rank.GENERAL,
            posts=(PostInput(self.other_town, "纪委书记", dt.date(2021, 3, 1)),)))


@pytest.fixture
def sample(services: Services) -> Sample:
    return Sample(services)


def sign_in_as(services: Services, username: str) -> Services:
    """Switch the signed-in user of `services` (a template account)."""
    services.auth.sign_out()
    services.auth.sign_in(username, TEST_PASSWORD)
    return services


def type_text(widget: QWidget, text: str) -> None:
    """Type as a user would: ASCII key by key, Enter for a new line, and Chinese committed
    by the input method one character at a time (QTest cannot key non-ASCII text)."""
    widget.setFocus()
    for char in text:
        if char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            QTest.keyClick(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def mnemonics(window: MainWindow) -> list[str]:
    """The mnemonic letters shown in the window: its menus, and the visible buttons, labels
    and group boxes of the page on show."""
    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
    return [letter.upper() for text in texts
            for letter in re.findall(r"(?<!&)&([^&\s])", text.replace("&&", ""))]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """pytest-qt closes the test's widgets after it; a dialog holding typed text would ask
    (DiscardGuard) in a modal box nobody answers. Before that, every guarded dialog is
    told to close without asking."""
    from zeren_desktop.ui.widgets.form_state import forget_typed_changes

    forget_typed_changes()
    return (yield)
