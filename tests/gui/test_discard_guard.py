"""Nothing typed is lost by Esc: a record dialog with typed text asks before closing;
Cancel keeps the dialog and the text, Discard closes it; an untouched dialog just closes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as, type_text
from zeren_desktop.services.app import Services
from zeren_desktop.ui.dialogs.cadre_dialog import CadreDialog
from zeren_desktop.ui.dialogs.unit_dialog import UnitDialog
from zeren_desktop.ui.pages.cases_page import CaseDialog
from zeren_desktop.ui.pages.clues_page import ClueDialog
from zeren_desktop.ui.pages.integrity_page import TalkDialog

DIALOGS: dict[str, tuple[Callable[[Services], QDialog], str]] = {
    "clue": (lambda s: ClueDialog(s), "names_edit"),
    "case": (lambda s: CaseDialog(s), "title_edit"),
    "talk": (lambda s: TalkDialog(s), "talker_edit"),
    "cadre": (lambda s: CadreDialog(s), "name_edit"),
    "unit": (lambda s: UnitDialog(s), "name_edit"),
}


@pytest.mark.parametrize("kind", list(DIALOGS))
def test_esc_asks_before_typed_text_is_thrown_away(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    sign_in_as(services, "clerk")
    make, field = DIALOGS[kind]
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = make(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    edit = getattr(dialog, field)
    assert isinstance(edit, QLineEdit)
    type_text(edit, "审查打字内容")
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    question = QCoreApplication.translate("FormDialog", "Close without saving what you typed?")
    assert asked == [question]
    assert dialog.isVisible() and edit.text() == "审查打字内容"     # Cancel: kept, as typed
    QTest.keyClick(edit, Qt.Key.Key_Escape)
    assert asked == [question, question] and not dialog.isVisible()   # Discard: closed


def test_an_untouched_dialog_closes_without_a_question(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    sign_in_as(services, "clerk")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(str(args)) or QMessageBox.StandardButton.No)
    dialog = ClueDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    QTest.keyClick(dialog.number_edit, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()
