"""Fast entry everywhere (issue 10), acting like a user: cadres and units found by pinyin
initials with the recent picks first, the office's phrases (常用语) inserted with F4 or the
button and kept in Settings, Enter to the next field, and a new entry that keeps the last
date and cadre."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as
from tests.helpers import type_text
from zeren_desktop.domain.enums import LedgerCategory, Rank, UnitKind
from zeren_desktop.domain.ledger import LedgerEntryInput
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.ui.common import to_qdate
from zeren_desktop.ui.pages.clues_page import ClueDialog
from zeren_desktop.ui.pages.inspections_page import InspectionDialog
from zeren_desktop.ui.pages.integrity_page import IntegrityPage, TalkDialog
from zeren_desktop.ui.pages.ledger_page import CadrePicker, LedgerPage
from zeren_desktop.ui.pages.settings_page import SettingsPage
from zeren_desktop.ui.widgets.phrases import PhraseHelper, PhrasePopup
from zeren_desktop.ui.worker import wait_for_workers

TODAY = dt.date.today()
YEAR = TODAY.year
DAY1 = dt.date(YEAR, 1, 6)
DAY2 = dt.date(YEAR, 1, 9)
STUDY = "学习传达上级党风廉政建设会议精神"
SHOTS = os.environ.get("ZEREN_SHOTS", "")


class County:
    """青山县 > 城关镇 (> 东门社区), 河口镇, 长港镇; 王敏 and 魏明 share the initials wm."""

    def __init__(self, services: Services) -> None:
        units = services.units
        self.county = units.create(UnitInput("青山县", UnitKind.COUNTY))
        self.chengguan = units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, self.county))
        self.dongmen = units.create(UnitInput("东门社区", UnitKind.VILLAGE, self.chengguan))
        self.hekou = units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, self.county))
        self.changgang = units.create(UnitInput("长港镇", UnitKind.TOWNSHIP, self.county))
        start = dt.date(YEAR - 3, 1, 1)

        def cadre(name: str, unit: uuid.UUID, title: str) -> uuid.UUID:
            return services.cadres.create(CadreInput(
                name, Rank.TOWNSHIP_SECTION, posts=(PostInput(unit, title, start),)))

        self.wang = cadre("王敏", self.chengguan, "党委书记")
        self.wei = cadre("魏明", self.hekou, "纪委书记")
        self.zhang = cadre("张建国", self.chengguan, "镇长")


@pytest.fixture
def county(services: Services) -> County:
    return County(services)


@pytest.fixture
def ledger_page(qtbot: QtBot, services: Services, county: County) -> Iterator[LedgerPage]:
    page = LedgerPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    yield page
    wait_for_workers()


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"fast-entry-{name}.png"))


def back_to(qtbot: QtBot, widget: QWidget) -> None:
    """After a pop-up closed: the offscreen platform leaves the pop-up the active window
    (a desktop gives the activation back to the window that opened it)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def popup_names(combo: QComboBox) -> list[str]:
    """The names in a quick pick's pop-up, in order (the unit or title after them cut)."""
    completer = combo.completer()
    assert completer is not None
    model = completer.completionModel()
    texts = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    return [text.split("　")[0].split("（")[0] for text in texts]


def choose(qtbot: QtBot, combo: QComboBox, typed: str, row: int) -> None:
    """Type into a combo (ASCII key by key, else as committed text), then Down to the
    row and Enter in the pop-up, as a user does."""
    line = combo.lineEdit()
    assert line is not None
    line.clear()
    if typed.isascii():
        combo.setFocus()
        QTest.keyClicks(combo, typed)
    else:
        type_text(line, typed)
    popup = combo.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(row + 1):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    back_to(qtbot, combo)


def open_phrases(qtbot: QtBot, helper: PhraseHelper, key: bool = True) -> PhrasePopup:
    """F4 in the field (or a click on its button): the pop-up of phrases."""
    if key:
        helper.edit.setFocus()
        QTest.keyClick(helper.edit, Qt.Key.Key_F4)
    else:
        QTest.mouseClick(helper.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: helper.popup is not None and helper.popup.isVisible())
    assert helper.popup is not None
    return helper.popup


# -- persons and units by pinyin initials, recent first


def test_cadre_combo_finds_initials_and_lists_the_recent_pick_first(
        qtbot: QtBot, services: Services, county: County, ledger_page: LedgerPage) -> None:
    picker = ledger_page.form.cadre_picker
    picker.setFocus()
    QTest.keyClicks(picker, "wm")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup_names(picker) == ["王敏", "魏明"]          # by name at first
    assert popup.currentIndex().row() == -1                 # nothing chosen for the user
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    back_to(qtbot, picker)
    assert picker.cadre_id() == county.wei
    assert picker.currentText() == "魏明（河口镇）"
    assert services.cadres.recent()[0] == county.wei

    # The next time (here in the filter bar), 魏明 comes first.
    choose(qtbot, ledger_page.filter_cadre, "wm", 0)
    assert ledger_page.filter_cadre.cadre_id() == county.wei
    assert popup_names(ledger_page.filter_cadre) == ["魏明", "王敏"]

    # Chinese, part of a name: the pop-up lists the match.
    picker.line_edit().clear()
    type_text(picker.line_edit(), "建国")
    qtbot.waitUntil(picker.completer().popup().isVisible)
    assert popup_names(picker) == ["张建国"]
    QTest.keyClick(picker.completer().popup(), Qt.Key.Key_Escape)

    # Initials only one cadre has count as chosen without the list.
    picker.line_edit().clear()
    QTest.keyClicks(picker, "zjg")
    QTest.keyClick(picker.completer().popup(), Qt.Key.Key_Escape)
    back_to(qtbot, picker)
    assert picker.cadre_id() == county.zhang
    QTest.keyClick(picker, Qt.Key.Key_Tab)
    assert picker.currentText() == "张建国（城关镇）"


def test_a_picker_without_services_matches_the_cadres_it_holds(qtbot: QtBot,
                                                               services: Services,
                                                               county: County) -> None:
    picker = CadrePicker()
    qtbot.addWidget(picker)
    picker.set_cadres(services.cadres.search(""))
    picker.show()
    choose(qtbot, picker, "wm", 1)
    assert picker.cadre_id() == county.wei


def test_unit_combos_find_initials_and_list_the_recent_unit_first(
        qtbot: QtBot, services: Services, county: County, ledger_page: LedgerPage) -> None:
    combo = ledger_page.filter_unit
    line = combo.lineEdit()
    assert line is not None
    # "All units" is shown as the hint of the empty box, the tree without indentation.
    assert line.text() == "" and line.placeholderText() == combo.itemText(0)
    choose(qtbot, combo, "cgz", 1)
    assert popup_names(combo) == ["城关镇", "长港镇"]     # 长 reads chang or zhang
    assert ledger_page.filter_unit_id() == county.changgang
    assert line.text() == "长港镇"
    assert services.units.recent() == [county.changgang]

    # The next unit combo (a clue's) lists 长港镇 first.
    dialog = ClueDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    back_to(qtbot, dialog)
    choose(qtbot, dialog.unit_combo, "cgz", 0)
    assert popup_names(dialog.unit_combo) == ["长港镇", "城关镇"]
    assert dialog.unit_ids[dialog.unit_combo.currentIndex()] == county.changgang

    # A village under its township, typed in Chinese: unique, so Tab chooses it.
    unit_line = dialog.unit_combo.lineEdit()
    assert unit_line is not None
    unit_line.clear()
    type_text(unit_line, "东门")
    QTest.keyClick(dialog.unit_combo.completer().popup(), Qt.Key.Key_Escape)
    back_to(qtbot, dialog)
    QTest.keyClick(dialog.unit_combo, Qt.Key.Key_Tab)
    assert dialog.unit_ids[dialog.unit_combo.currentIndex()] == county.dongmen
    assert unit_line.text() == "东门社区"
    # Nonsense gives back the unit chosen before; an empty box is "no unit".
    dialog.unit_combo.setFocus()
    unit_line.clear()
    QTest.keyClicks(dialog.unit_combo, "xyz")
    assert not dialog.unit_combo.completer().popup().isVisible()  # no match
    QTest.keyClick(dialog.unit_combo, Qt.Key.Key_Tab)
    assert dialog.unit_ids[dialog.unit_combo.currentIndex()] == county.dongmen
    assert unit_line.text() == "东门社区"
    dialog.unit_combo.setFocus()
    unit_line.selectAll()
    QTest.keyClick(dialog.unit_combo, Qt.Key.Key_Backspace)
    QTest.keyClick(dialog.unit_combo, Qt.Key.Key_Tab)
    assert dialog.unit_ids[dialog.unit_combo.currentIndex()] is None
    assert unit_line.text() == "" and unit_line.placeholderText() == dialog.unit_combo.itemText(0)
    dialog.reject()

    # The filter shows everything again when emptied.
    back_to(qtbot, combo)
    combo.setFocus()
    line.selectAll()
    QTest.keyClick(combo, Qt.Key.Key_Backspace)
    QTest.keyClick(combo, Qt.Key.Key_Tab)
    assert ledger_page.filter_unit_id() is None


# -- phrases


def test_phrase_key_and_button_insert_into_the_ledger_entry(
        qtbot: QtBot, services: Services, county: County, ledger_page: LedgerPage) -> None:
    form = ledger_page.form
    choose(qtbot, form.cadre_picker, "zjg", 0)
    form.date_edit.setDate(to_qdate(DAY1))

    popup = open_phrases(qtbot, form.phrases["ledger.matter"])
    assert popup.visible_phrases() == services.phrases.phrases("ledger.matter")
    shot(ledger_page, "phrase-popup")
    QTest.keyClicks(popup.filter_edit, "xxcd")      # 学习传达…, by its initials
    assert popup.visible_phrases() == [STUDY]
    QTest.keyClick(popup.filter_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    back_to(qtbot, form)
    assert form.matter_edit.text() == STUDY
    assert QApplication.focusWidget() is form.matter_edit

    # The button of the content field; a click on a phrase inserts it at the cursor.
    type_text(form.content_edit, "会上")
    popup = open_phrases(qtbot, form.phrases["ledger.content"], key=False)
    item = popup.list.item(1)
    QTest.mouseClick(popup.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=popup.list.visualItemRect(item).center())
    qtbot.waitUntil(lambda: not popup.isVisible())
    back_to(qtbot, form)
    phrase = services.phrases.phrases("ledger.content")[1]
    assert form.content_edit.toPlainText() == "会上" + phrase

    QTest.keyClick(form.matter_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (row,) = services.ledger.search()
    assert (row.cadre_id, row.entry_date, row.matter, row.content) == (
        county.zhang, DAY1, STUDY, "会上" + phrase)


def test_settings_phrase_editor_saves_a_phrase_that_the_popup_offers(
        qtbot: QtBot, services: Services, county: County, tmp_path: Path) -> None:
    sign_in_as(services, "admin")
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    assert page.phrases_box.isVisible()
    fields = page.phrase_field_list
    row = next(i for i in range(fields.count())
               if fields.item(i).data(Qt.ItemDataRole.UserRole) == "ledger.matter")
    fields.setCurrentRow(row)
    defaults = services.phrases.default_phrases("ledger.matter")
    assert page.shown_phrases() == defaults
    assert not page.save_phrases_button.isEnabled()

    new = "传达学习县纪委全会精神"
    type_text(page.new_phrase_edit, new)
    QTest.keyClick(page.new_phrase_edit, Qt.Key.Key_Return)
    assert page.shown_phrases() == [*defaults, new]
    # The editor's buttons by their mnemonics (a mnemonic clicks after a short animation):
    # up twice, down once, then remove the first.
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    alt = Qt.KeyboardModifier.AltModifier
    QTest.keyClick(page.phrase_list, Qt.Key.Key_P, alt)
    qtbot.waitUntil(lambda: page.shown_phrases() == [*defaults[:-1], new, defaults[-1]])
    QTest.keyClick(page.phrase_list, Qt.Key.Key_P, alt)
    qtbot.waitUntil(lambda: page.shown_phrases()[-3:] == [new, *defaults[-2:]])
    QTest.keyClick(page.phrase_list, Qt.Key.Key_W, alt)
    qtbot.waitUntil(lambda: page.shown_phrases() == [*defaults[:-1], new, defaults[-1]])
    page.phrase_list.setCurrentRow(0)
    QTest.keyClick(page.phrase_list, Qt.Key.Key_V, alt)
    qtbot.waitUntil(lambda: len(page.shown_phrases()) == len(defaults))
    expected = [*defaults[1:-1], new, defaults[-1]]
    assert page.shown_phrases() == expected
    assert services.phrases.phrases("ledger.matter") == defaults     # not saved yet
    page.phrases_box.grab().save(str(tmp_path / "settings-phrases.png"))
    shot(page.phrases_box, "settings-phrases")
    QTest.mouseClick(page.save_phrases_button, Qt.MouseButton.LeftButton)
    assert services.phrases.phrases("ledger.matter") == expected
    assert page.phrases_status.text() == page.tr("The phrases were saved.")

    # Restore defaults, but not saved: the office's list stays.
    QTest.keyClick(page.phrase_list, Qt.Key.Key_A, alt)
    qtbot.waitUntil(lambda: page.shown_phrases() == defaults)
    assert page.shown_phrases() == defaults
    assert services.phrases.phrases("ledger.matter") == expected

    # The clerk's ledger form offers the new phrase.
    sign_in_as(services, "clerk")
    ledger = LedgerPage(services)
    qtbot.addWidget(ledger)
    ledger.resize(1280, 800)
    ledger.show()
    assert QTest.qWaitForWindowExposed(ledger)
    ledger.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ledger)
    popup = open_phrases(qtbot, ledger.form.phrases["ledger.matter"])
    assert popup.visible_phrases() == expected
    type_text(popup.filter_edit, "全会")
    assert popup.visible_phrases() == [new]
    QTest.keyClick(popup.filter_edit, Qt.Key.Key_Return)
    assert ledger.form.matter_edit.text() == new
    wait_for_workers()


def test_a_clerk_reads_the_phrases_in_settings_but_cannot_change_them(
        qtbot: QtBot, services: Services) -> None:
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.show()
    assert page.phrases_box.isVisible() and page.phrase_list.count() > 0
    assert not page.save_phrases_button.isVisible()
    assert not page.new_phrase_edit.isVisible()
    item = page.phrase_list.item(0)
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable


# -- Enter to the next field; a new entry keeps the last date and cadre


def test_enter_moves_through_the_ledger_form(qtbot: QtBot, services: Services,
                                             county: County, ledger_page: LedgerPage) -> None:
    form = ledger_page.form
    form.cadre_picker.setFocus()
    QTest.keyClicks(form.cadre_picker, "wm")
    QTest.keyClick(form.cadre_picker.completer().popup(), Qt.Key.Key_Down)
    QTest.keyClick(form.cadre_picker.completer().popup(), Qt.Key.Key_Return)  # picks
    back_to(qtbot, form)
    assert QApplication.focusWidget() is form.cadre_picker
    assert form.cadre_picker.cadre_id() == county.wang
    order = [form.cadre_picker, form.date_edit, form.category_combo, form.matter_edit,
             form.place_edit, form.participants_edit, form.content_edit]
    for here, there in itertools.pairwise(order):
        assert QApplication.focusWidget() is here
        QTest.keyClick(here, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is there, there
    # In a multi-line text Enter is a new line; Tab leaves it.
    type_text(form.content_edit, "第一行")
    QTest.keyClick(form.content_edit, Qt.Key.Key_Return)
    type_text(form.content_edit, "第二行")
    assert form.content_edit.toPlainText() == "第一行\n第二行"
    assert QApplication.focusWidget() is form.content_edit
    # Enter (keypad too) never saves the entry by itself.
    form.matter_edit.setFocus()
    type_text(form.matter_edit, "督促整改")
    QTest.keyClick(form.matter_edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert QApplication.focusWidget() is form.place_edit
    assert services.ledger.search() == []


def test_enter_and_ctrl_enter_in_the_inspection_dialog(qtbot: QtBot, services: Services,
                                                       county: County) -> None:
    dialog = InspectionDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.date_edit.setFocus()
    QTest.keyClick(dialog.date_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.kind_combo
    QTest.keyClick(dialog.kind_combo, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.inspectors_edit
    type_text(dialog.inspectors_edit, "县纪委第二监督检查室 张三、李四")
    QTest.keyClick(dialog.inspectors_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.unit_radio
    assert dialog.isVisible()                    # Enter did not send the half-typed form
    choose(qtbot, dialog.unit_combo, "hkz", 0)
    popup = open_phrases(qtbot, dialog.phrases["inspection.findings"])
    QTest.keyClick(popup.filter_edit, Qt.Key.Key_Return)   # the first phrase
    back_to(qtbot, dialog)
    findings = services.phrases.phrases("inspection.findings")[0]
    assert dialog.findings_edit.toPlainText() == findings
    QTest.keyClick(dialog.findings_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (row,) = services.inspections.search()
    assert (row.unit_id, row.inspectors, row.findings) == (
        county.hekou, "县纪委第二监督检查室 张三、李四", findings)


def test_a_new_ledger_entry_keeps_the_last_date_and_cadre(
        qtbot: QtBot, services: Services, county: County, ledger_page: LedgerPage) -> None:
    other = services.ledger.create(LedgerEntryInput(
        county.wang, DAY2, LedgerCategory.INSPECTION, "检查村级财务"))
    ledger_page.reload()
    form = ledger_page.form
    choose(qtbot, form.cadre_picker, "wm", 1)        # 魏明
    form.date_edit.setDate(QDate(DAY1.year, DAY1.month, DAY1.day))
    type_text(form.matter_edit, "对分管领域干部开展廉政提醒谈话")
    QTest.keyClick(form.matter_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(services.ledger.search()) == 2

    # Another entry opened in the form, then New: the last entry's date and cadre.
    ledger_page.edit_row(ledger_page.model.row_of(other))
    assert form.cadre_picker.cadre_id() == county.wang
    assert form.date_edit.date() == to_qdate(DAY2)
    QTest.keyClick(ledger_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.editing_id is None
    assert form.cadre_picker.cadre_id() == county.wei
    assert form.date_edit.date() == to_qdate(DAY1)
    assert form.matter_edit.text() == ""
    assert QApplication.focusWidget() is form.matter_edit


def test_a_new_talk_keeps_the_last_date_and_talker(qtbot: QtBot, services: Services,
                                                   county: County) -> None:
    page = IntegrityPage(services)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    tab = page.talks_tab
    QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, TalkDialog)
    assert dialog.date_edit.date() == to_qdate(TODAY) and dialog.talker_edit.text() == ""
    dialog.date_edit.setDate(to_qdate(DAY1))
    type_text(dialog.cadre_picker.search_edit, "wm")
    qtbot.waitUntil(lambda: dialog.cadre_picker.results.count() == 2)
    dialog.cadre_picker.results.setCurrentRow(0)
    type_text(dialog.talker_edit, "县纪委书记 陈立")
    popup = open_phrases(qtbot, dialog.phrases["talk.reason"])
    QTest.keyClick(popup.filter_edit, Qt.Key.Key_Return)
    back_to(qtbot, dialog)
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None)
    (talk,) = services.talks.search()
    assert (talk.held_on, talk.talker, talk.reason) == (
        DAY1, "县纪委书记 陈立", services.phrases.phrases("talk.reason")[0])

    QTest.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, TalkDialog)
    assert dialog.date_edit.date() == to_qdate(DAY1)
    assert dialog.talker_edit.text() == "县纪委书记 陈立"
    assert dialog.reason_edit.toPlainText() == ""
    dialog.reject()
    qtbot.waitUntil(lambda: tab.dialog is None)


def test_unit_dialog_enter_and_parent_by_initials(qtbot: QtBot, services: Services,
                                                  county: County) -> None:
    from zeren_desktop.ui.dialogs.unit_dialog import UnitDialog

    dialog = UnitDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    back_to(qtbot, dialog)
    type_text(dialog.name_edit, "西门社区")
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.short_name_edit
    assert dialog.isVisible()
    QTest.keyClick(dialog.short_name_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.kind_combo
    QTest.keyClick(dialog.kind_combo, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.parent_combo
    choose(qtbot, dialog.parent_combo, "cgz", 0)
    assert dialog.parent_ids[dialog.parent_combo.currentIndex()] == county.chengguan
    QTest.keyClick(dialog.parent_combo, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.credit_code_edit
    QTest.keyClick(dialog.credit_code_edit, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved_id is not None
    saved = services.units.get(dialog.saved_id)
    assert (saved.name, saved.parent_id) == ("西门社区", county.chengguan)


# -- every way of choosing is a recent pick; the pop-up shows whole lines


class Noted:
    """The cadres (or units) noted as recent picks, in order, by wrapping note_used."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, service: object) -> None:
        self.ids: list[uuid.UUID] = []
        note = service.note_used  # type: ignore[attr-defined]

        def noting(item_id: uuid.UUID) -> None:
            self.ids.append(item_id)
            note(item_id)

        monkeypatch.setattr(service, "note_used", noting)


def test_a_cadre_chosen_by_typing_alone_is_a_recent_pick(
        qtbot: QtBot, services: Services, county: County, ledger_page: LedgerPage,
        monkeypatch: pytest.MonkeyPatch) -> None:
    noted = Noted(monkeypatch, services.cadres)
    picker = ledger_page.form.cadre_picker
    # Initials only one cadre has, the pop-up closed, Tab out: chosen, and noted once.
    picker.setFocus()
    QTest.keyClicks(picker, "zjg")
    QTest.keyClick(picker.completer().popup(), Qt.Key.Key_Escape)
    back_to(qtbot, picker)
    QTest.keyClick(picker, Qt.Key.Key_Tab)
    assert picker.currentText() == "张建国（城关镇）"
    assert noted.ids == [county.zhang]
    assert services.cadres.recent()[0] == county.zhang
    # Leaving the box again changes nothing and notes nothing.
    picker.setFocus()
    QTest.keyClick(picker, Qt.Key.Key_Tab)
    assert noted.ids == [county.zhang]
    # From the pop-up: noted once too (not again when the box is left).
    choose(qtbot, picker, "wm", 1)
    assert picker.cadre_id() == county.wei
    picker.setFocus()
    QTest.keyClick(picker, Qt.Key.Key_Tab)
    assert noted.ids == [county.zhang, county.wei]
    # A whole name typed, then Tab.
    picker.line_edit().clear()
    picker.setFocus()
    type_text(picker.line_edit(), "王敏")
    QTest.keyClick(picker.completer().popup(), Qt.Key.Key_Escape)
    back_to(qtbot, picker)
    QTest.keyClick(picker, Qt.Key.Key_Tab)
    assert picker.cadre_id() == county.wang
    assert noted.ids == [county.zhang, county.wei, county.wang]


def test_a_unit_chosen_from_the_combo_list_or_by_typing_is_noted_once(
        qtbot: QtBot, services: Services, county: County, ledger_page: LedgerPage,
        monkeypatch: pytest.MonkeyPatch) -> None:
    noted = Noted(monkeypatch, services.units)
    combo = ledger_page.filter_unit
    # Typed, unique, Tab out.
    combo.setFocus()
    QTest.keyClicks(combo, "hkz")
    QTest.keyClick(combo.completer().popup(), Qt.Key.Key_Escape)
    back_to(qtbot, combo)
    QTest.keyClick(combo, Qt.Key.Key_Tab)
    assert ledger_page.filter_unit_id() == county.hekou
    assert noted.ids == [county.hekou]
    # The combo box's own list (its arrow), as a click there does.
    row = ledger_page.filter_unit_ids.index(county.changgang)
    combo.setCurrentIndex(row)
    combo.activated.emit(row)
    assert noted.ids == [county.hekou, county.changgang]
    # From the pop-up.
    choose(qtbot, combo, "cgz", 0)
    assert len(noted.ids) == 3


def test_the_cadre_pop_up_is_as_wide_as_its_longest_line(
        qtbot: QtBot, services: Services, county: County, ledger_page: LedgerPage) -> None:
    services.cadres.create(CadreInput("高松", Rank.TOWNSHIP_SECTION, posts=(PostInput(
        county.chengguan, "党委副书记、镇长、人民武装部第一部长、党校校长", DAY1),)))
    picker = ledger_page.form.cadre_picker
    picker.setFocus()
    QTest.keyClicks(picker, "gs")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup_names(picker) == ["高松"]
    line = str(popup.model().index(0, 0).data())
    assert line.endswith("党校校长")
    needed = popup.fontMetrics().horizontalAdvance(line) + 2 * popup.frameWidth()
    screen = picker.screen().availableGeometry()
    assert popup.width() >= min(needed, screen.width()) > picker.width()
    assert screen.left() <= popup.geometry().left() and popup.geometry().right() <= screen.right()
    shot(popup, "cadre-popup-wide")
    QTest.keyClick(popup, Qt.Key.Key_Escape)
