"""Fast entry found by the typing budget (issue 10): the talk's person fields pick cadres of
the records by pinyin initials, and a new meeting without its unit opens at the date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample, type_text
from zeren_desktop.domain.enums import LedgerCategory
from zeren_desktop.services.app import Services
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.ui.common import to_qdate
from zeren_desktop.ui.pages.integrity_page import TalkDialog
from zeren_desktop.ui.pages.meetings_page import MeetingDialog

HELD = dt.date(2026, 3, 12)


def shown(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """The offscreen platform leaves a closed pop-up the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def pick(qtbot: QtBot, edit: QLineEdit, initials: str, row: int = 0) -> list[str]:
    """Type initials into a person field, Down to the row, Enter; the pop-up's lines."""
    edit.setFocus()
    QTest.keyClicks(edit, initials)
    completer = edit.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    model = completer.completionModel()
    lines = [str(model.index(i, 0).data()) for i in range(model.rowCount())]
    for _ in range(row + 1):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    back_to(qtbot, edit.window())
    return lines


def test_talk_person_fields_pick_cadres_by_initials(qtbot: QtBot, services: Services,
                                                   sample: Sample) -> None:
    dialog = TalkDialog(services)
    shown(qtbot, dialog)
    dialog.date_edit.setDate(to_qdate(HELD))
    # The talker: initials only; the post and name are filled in.
    lines = pick(qtbot, dialog.talker_edit, "zjg")
    assert lines == ["张建国　城关镇　党委书记"]
    assert dialog.talker_edit.text() == "党委书记 张建国"
    assert services.cadres.recent()[0] == sample.cadre
    # Words typed before the name stay, and only the name is added.
    type_text(dialog.approved_edit, "县纪委书记 ")
    pick(qtbot, dialog.approved_edit, "lxy")
    assert dialog.approved_edit.text() == "县纪委书记 李秀英"
    # Someone not in the records is typed as before: no pop-up, nothing changed.
    type_text(dialog.note_taker_edit, "县纪委干部 张敏")
    completer = dialog.note_taker_edit.completer()
    assert completer is not None and completer.popup() is not None
    assert not completer.popup().isVisible()
    assert dialog.note_taker_edit.text() == "县纪委干部 张敏"

    # The talk with 李秀英; the picked talker gets the 廉政谈话提醒 entry.
    type_text(dialog.cadre_picker.search_edit, "lxy")
    qtbot.waitUntil(lambda: dialog.cadre_picker.cadre_id() == sample.cadre2)
    QTest.keyClick(dialog.statement_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (talk,) = services.talks.search()
    assert (talk.talker, talk.approved_by, talk.note_taker) == (
        "党委书记 张建国", "县纪委书记 李秀英", "县纪委干部 张敏")
    entries = services.ledger.search(LedgerFilter(date_from=HELD, date_to=HELD))
    assert [(e.cadre_id, e.category) for e in entries if e.source_id == talk.id] == [
        (sample.cadre, LedgerCategory.INTEGRITY_TALK)]


def test_a_new_meeting_opens_at_the_date_unless_its_unit_is_known(
        qtbot: QtBot, services: Services, sample: Sample) -> None:
    dialog = MeetingDialog(services)
    shown(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.date_edit
    dialog.reject()

    dialog = MeetingDialog(services, unit_id=sample.town)
    shown(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.title_edit
    dialog.reject()
