"""Dialogs on a 1366×768 laptop (728 pixels above the taskbar, less a 30-pixel title bar):
no dialog is taller than the screen, its buttons stay in sight, a tall form scrolls."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.document_fixtures import sign_in
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.services.app import Services
from zeren_desktop.ui.pages.assessment_dialogs import STANDARD_COLUMN, SheetEditor
from zeren_desktop.ui.pages.cases_page import CaseDialog
from zeren_desktop.ui.pages.clues_page import ClueImportDialog
from zeren_desktop.ui.pages.document_dialogs import TemplatesDialog
from zeren_desktop.ui.pages.integrity_page import TalkDialog
from zeren_desktop.ui.pages.ledger_page import LedgerImportDialog
from zeren_desktop.ui.pages.lists_page import TemplatesDialog as ListTemplatesDialog
from zeren_desktop.ui.pages.roster_import_dialog import RosterImportDialog
from zeren_desktop.ui.widgets import screen_fit
from zeren_desktop.ui.widgets.screen_fit import TITLE_BAR, fit_to_screen
from zeren_desktop.ui.wizard import AssessmentWizard

# Set ZEREN_SHOTS=FOLDER to keep PNGs of the dialogs, to look at them.
SHOTS = os.environ.get("ZEREN_SHOTS", "")
LAPTOP = QRect(0, 0, 1366, 728)          # 1366×768 less a 40-pixel taskbar
ROOM = QSize(LAPTOP.width(), LAPTOP.height() - TITLE_BAR)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Every screen is the laptop's (the offscreen screen has no taskbar)."""
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: LAPTOP)
    return LAPTOP


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"screen-fit-{name}.png"))


def fits(size: QSize) -> bool:
    return size.width() <= ROOM.width() and size.height() <= ROOM.height()


def show(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)


def assert_fits(dialog: QDialog) -> None:
    assert fits(dialog.minimumSizeHint()), dialog.minimumSizeHint()
    assert fits(dialog.minimumSize()), dialog.minimumSize()
    assert fits(dialog.size()), dialog.size()


def bottom_in(widget: QWidget, dialog: QDialog) -> int:
    return widget.mapTo(dialog, QPoint(0, widget.height())).y()


def test_the_talk_form_scrolls_above_its_buttons(qtbot: QtBot, services: Services,
                                                 laptop: QRect) -> None:
    dialog = TalkDialog(services)
    assert fits(dialog.size())
    show(qtbot, dialog)
    assert_fits(dialog)
    assert dialog.form_scroll is not None
    assert dialog.form_scroll.verticalScrollBar().maximum() > 0   # the form is higher
    for button in (dialog.ok_button, dialog.buttons.button(dialog.buttons.StandardButton.Cancel)):
        assert button.isVisible() and bottom_in(button, dialog) <= dialog.height()
    # A field out of sight comes into view when it gets the focus (also by Enter).
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    edit = dialog.follow_up_note_edit
    viewport = dialog.form_scroll.viewport()
    assert edit.mapTo(viewport, QPoint(0, edit.height())).y() > viewport.height()
    edit.setFocus()
    QApplication.processEvents()
    top = edit.mapTo(viewport, QPoint(0, 0)).y()
    assert top >= 0 and top + edit.height() <= viewport.height()
    shot(dialog, "talk")


def test_enter_still_moves_through_the_scrolling_talk_form(
        qtbot: QtBot, services: Services, laptop: QRect) -> None:
    dialog = TalkDialog(services)
    show(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.kind_combo.setFocus()
    QTest.keyClick(dialog.kind_combo, Qt.Key.Key_Return)
    assert dialog.focusWidget() is not dialog.kind_combo
    dialog.talker_edit.setFocus()
    QTest.keyClick(dialog.talker_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.note_taker_edit
    QTest.keyClick(dialog.note_taker_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.approved_edit
    QTest.keyClick(dialog.approved_edit, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.basis_edit
    assert dialog.form_scroll is not None
    assert not dialog.form_scroll.hasFocus()


def test_the_document_templates_fit(qtbot: QtBot, services: Services, laptop: QRect) -> None:
    sign_in(services, "admin")
    dialog = TemplatesDialog(services)
    show(qtbot, dialog)
    assert_fits(dialog)
    assert bottom_in(dialog.buttons, dialog) <= dialog.height()
    shot(dialog, "templates")


def test_the_assessment_wizard_fits(qtbot: QtBot, services: Services, laptop: QRect) -> None:
    wizard = AssessmentWizard(services)
    show(qtbot, wizard)
    assert_fits(wizard)
    shot(wizard, "wizard")


def test_the_indicator_sheet_fits_and_shows_the_standard(
        qtbot: QtBot, services: Services, laptop: QRect) -> None:
    sign_in(services, "admin")
    dialog = SheetEditor(services, dt.date.today().year, UnitKind.TOWNSHIP)
    show(qtbot, dialog)
    assert_fits(dialog)
    table = dialog.table
    assert table.rowCount() > 0
    # Every column within the table: the scoring standard wraps instead of going past
    # the right edge.
    right = table.columnViewportPosition(STANDARD_COLUMN) + table.columnWidth(STANDARD_COLUMN)
    assert right <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    assert table.wordWrap()
    shot(dialog, "sheet")


def test_a_window_shown_is_held_within_its_screen(qtbot: QtBot, laptop: QRect) -> None:
    dialog = QDialog()
    dialog.resize(1500, 900)
    fit_to_screen(dialog)
    assert dialog.size() == ROOM
    dialog.resize(1500, 900)            # grown again before it is shown
    show(qtbot, dialog)
    assert fits(dialog.size())


LAPTOP_125 = QRect(0, 0, 1093, 582)     # the same laptop at 125 % (logical pixels)


@pytest.mark.parametrize("make", [
    lambda s: CaseDialog(s),
    lambda s: ListTemplatesDialog(s),
    lambda s: RosterImportDialog(s, "cadres"),
    lambda s: ClueImportDialog(s),
    lambda s: LedgerImportDialog(s, {}),
], ids=["case", "list-templates", "roster-import", "clue-import", "ledger-import"])
def test_dialogs_fit_the_laptop_at_125_percent(qtbot: QtBot, services: Services,
                                                monkeypatch: pytest.MonkeyPatch,
                                                make: object) -> None:
    monkeypatch.setattr(screen_fit, "available_area", lambda _window: LAPTOP_125)
    room = QSize(LAPTOP_125.width(), LAPTOP_125.height() - TITLE_BAR)
    sign_in(services, "reviewer")
    dialog = make(services)  # type: ignore[operator]
    show(qtbot, dialog)
    for size in (dialog.minimumSizeHint(), dialog.minimumSize(), dialog.size()):
        assert size.width() <= room.width() and size.height() <= room.height(), size
    dialog.reject()
