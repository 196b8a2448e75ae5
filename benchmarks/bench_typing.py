"""The typing budget (issue 10): the five most common tasks replayed through the real
widgets, keystrokes and clicks counted, beside a spreadsheet row per record.

    .venv/bin/python benchmarks/bench_typing.py [--detail]

The script runs pytest (with pytest-qt, offscreen) on itself; it is not part of the test
run (testpaths is tests/). It prints one line per task,

    typing <task>: app K keys + C clicks = T, spreadsheet S, ratio R (target ≤ 0.5) ok|short

and a total; `--detail` also prints what each key and click of the replay did and each
cell of the spreadsheet baseline.

Method
------
Setup: a fresh database in a temporary folder through `Services.open`, an administrator and
a clerk (the clerk does everything), 青山县 → 城关镇 (→ 东门社区) and 河口镇, the Party
committee team of 城关镇 (seven leaders with posts), a few other cadres (王敏 shares the
initials wm with 魏明, 李桦 lh with 李华, 李艳 ly with the township's discipline clerk 刘洋),
the year's responsibility lists (`services.lists.issue`), an earlier ledger entry, two
earlier clues, and case WZ2026-003 in the 提出建议 stage. The GUI runs in Chinese with the
bundled font, as the GUI tests do.

Counting happens at the driver: the replay acts only through `key` (a chord such as
Ctrl+Enter counts 2), `keys_ascii` (1 a character), `chinese` (the cost model of
typing_budget.py: the letters of each character's pinyin, 1 to commit each run of Chinese
characters, 1 for anything else), `click` (1) and `double_click` (2 clicks). Each first
checks that the keyboard is really where the replay types (the focused widget, or the open
pop-up), so no field is reached for free; keys go where the keyboard would send them. The
replay never sets a widget's value; it reads widgets only to check and to see, as a user
does, how far down a pop-up list the wanted name is. Free of charge: showing the page (the
spreadsheet's switching of sheets is free too), and the window manager activating a dialog
or giving the focus back after a pop-up closes.

What the user does: a person or unit picked by pinyin initials in the fields that search
so, the office's phrases (常用语, F4, a few initials, Enter) where the facts are one of them,
defaults and kept values left as they are, and all other text typed in full (the same cost
as in the spreadsheet). Task 1 is the session's second entry: the first (same leader and
day) is typed before it through the same form and not counted. After each task the
records are read back from the database and compared with the facts (a replay that saves
nothing fails).

The spreadsheet baseline and the facts are in typing_budget.py (one definition for both).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the real user's folders.
os.environ["ZEREN_HOME"] = tempfile.mkdtemp(prefix="zeren-bench-home-")
os.environ.pop("ZEREN_DB", None)

import datetime as dt  # noqa: E402
import uuid  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import pytest  # noqa: E402
import typing_budget as tb  # noqa: E402
from PySide6.QtCore import QCoreApplication, QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QWidget,
)

from tests.gui.conftest import type_text  # noqa: E402
from zeren_desktop.domain.enums import (  # noqa: E402
    CaseStage,
    LedgerCategory,
    ProblemCategory,
    Rank,
    SubjectKind,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.ledger import IssueRequest, LedgerEntryInput  # noqa: E402
from zeren_desktop.domain.records import (  # noqa: E402
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.domain.security import AccountRole  # noqa: E402
from zeren_desktop.services.app import Services  # noqa: E402
from zeren_desktop.services.auth import UserInput  # noqa: E402
from zeren_desktop.services.cases_dto import CaseInput, ProblemInput, SubjectInput  # noqa: E402
from zeren_desktop.services.clue_dto import ClueInput  # noqa: E402
from zeren_desktop.services.ledger_dto import LedgerFilter, LedgerRow  # noqa: E402
from zeren_desktop.ui.i18n import install_translators, load_bundled_font  # noqa: E402
from zeren_desktop.ui.pages.cases_page import CasesPage, StageDialog  # noqa: E402
from zeren_desktop.ui.pages.clues_page import ClueDialog, CluesPage  # noqa: E402
from zeren_desktop.ui.pages.integrity_page import IntegrityPage, TalkDialog  # noqa: E402
from zeren_desktop.ui.pages.ledger_page import EntryDateEdit, LedgerPage  # noqa: E402
from zeren_desktop.ui.pages.meetings_page import MeetingDialog, MeetingsPage  # noqa: E402
from zeren_desktop.ui.widgets.phrases import PhraseHelper  # noqa: E402
from zeren_desktop.ui.widgets.quick_pick import next_in_tab_order  # noqa: E402
from zeren_desktop.ui.worker import wait_for_workers  # noqa: E402

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

PASSWORD = "Bench-Typing-2026"
RESULTS_ENV = "ZEREN_TYPING_RESULTS"
DETAIL_ENV = "ZEREN_TYPING_DETAIL"
WAIT_MS = 5000


# -- the driver: every action counted


@dataclass
class Count:
    keys: int = 0
    clicks: int = 0
    log: list[tuple[str, int, int]] = field(default_factory=list)

    def add(self, what: str, keys: int = 0, clicks: int = 0) -> None:
        self.keys += keys
        self.clicks += clicks
        self.log.append((what, keys, clicks))


COUNT = Count()
BOT: QtBot | None = None


def counting(count: Count) -> Count:
    """Count the following actions in `count`."""
    global COUNT
    COUNT = count
    return count


def receiver() -> QWidget | None:
    """Where a key goes (as QWidgetWindow sends it): the open pop-up's focus widget or the
    pop-up, else the focus widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    return QApplication.focusWidget()


def _is(widget: QWidget, target: QWidget | None) -> bool:
    """Whether the keyboard at `target` is in `widget` (itself, its focus proxy, or the
    pop-up of matches that a quick pick shows for it)."""
    if target is None:
        return False
    return target is widget or widget.focusProxy() is target or target.focusProxy() is widget


def _where(widget: QWidget) -> QWidget:
    target = receiver()
    assert target is not None and _is(widget, target), (
        f"the keyboard is in {type(target).__name__} {getattr(target, 'objectName', str)()!r},"
        f" not in {type(widget).__name__}")
    return target


def settle() -> None:
    """What the desktop does for free: events processed, and the focus back in the window
    after a pop-up closed (the offscreen platform leaves the pop-up active)."""
    QApplication.processEvents()
    if QApplication.activePopupWidget() is not None:
        return
    focus = QApplication.focusWidget()
    window = focus.window() if focus is not None else None
    modal = QApplication.activeModalWidget()
    if modal is not None and (window is None or not modal.isAncestorOf(focus or modal)):
        window = modal
    if window is not None and QApplication.activeWindow() is not window:
        window.activateWindow()
        wait_until(lambda: QApplication.activeWindow() is window)


def wait_until(condition: Callable[[], bool]) -> None:
    assert BOT is not None
    BOT.waitUntil(condition, timeout=WAIT_MS)


def _chord(modifiers: Qt.KeyboardModifier) -> int:
    count = 0
    for modifier in (Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier,
                     Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.MetaModifier):
        if modifiers & modifier:
            count += 1
    return count


def key(widget: QWidget, which: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        what: str = "") -> None:
    """Press one key (a chord counts each key: Ctrl+Enter is 2) where the keyboard is."""
    target = _where(widget)
    QTest.keyClick(target, which, modifiers)
    COUNT.add(what or f"key {which.name}", keys=1 + _chord(modifiers))
    settle()


def keys_ascii(widget: QWidget, text: str, what: str = "") -> None:
    """Type ASCII text key by key (1 a character)."""
    assert text.isascii()
    for char in text:
        target = _where(widget)
        if isinstance(target, QComboBox) and not target.isEditable():
            # A list's type-ahead adds to what was typed within the keyboard interval; a
            # person is never that quick from one field to the next.
            QTest.qWait(QApplication.keyboardInputInterval() + 20)
        QTest.keyClick(target, char)  # type: ignore[call-overload]  # a character key
        QApplication.processEvents()
    COUNT.add(what or f"type {text!r}", keys=len(text))
    settle()


def chinese(widget: QWidget, text: str, what: str = "") -> None:
    """Type text with Chinese in it; costs what the cost model says (typing_budget.py)."""
    _where(widget)
    assert QApplication.activePopupWidget() is None, "a pop-up is open"
    type_text(widget, text)
    COUNT.add(what or f"type {text!r}", keys=tb.typed_cost(text))
    settle()


def click(widget: QWidget, what: str = "", pos: QPoint | None = None) -> None:
    """One click of the left button (in the middle of `widget`, or at `pos`)."""
    point = pos if pos is not None else widget.rect().center()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     point)
    COUNT.add(what or f"click {type(widget).__name__}", clicks=1)
    settle()


def double_click(widget: QWidget, what: str = "", pos: QPoint | None = None) -> None:
    """A double click: 2 clicks."""
    point = pos if pos is not None else widget.rect().center()
    QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      point)
    COUNT.add(what or f"double-click {type(widget).__name__}", clicks=2)
    settle()


# -- what a user does with the fast-entry features, in those terms


ENTER = Qt.Key.Key_Return
TAB = Qt.Key.Key_Tab
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def enter_text(widget: QWidget, fact: tb.Fact, phrases: PhraseHelper | None = None,
               what: str = "") -> None:
    """A text fact as the user enters it: typed, a phrase (F4, initials, Enter) and what
    follows it typed, or a person picked by initials."""
    if not fact.value:
        return
    if isinstance(fact, tb.Pick):
        assert isinstance(widget, (QLineEdit, QComboBox))
        pick(widget, fact, what=what)
        assert _text(widget) == fact.value, _text(widget)
    elif isinstance(fact, tb.Phrase):
        assert phrases is not None, f"{what}: the field offers no phrases"
        before = _text(widget)
        key(widget, Qt.Key.Key_F4, what=f"{what}: F4 (phrases)")
        wait_until(lambda: phrases.popup is not None and phrases.popup.isVisible())
        popup = phrases.popup
        assert popup is not None
        keys_ascii(popup.filter_edit, fact.filter, what=f"{what}: filter {fact.filter!r}")
        visible = popup.visible_phrases()
        assert visible and visible[0] == fact.phrase, (
            f"{what}: {fact.filter!r} leaves {visible[:3]} first, not {fact.phrase!r}")
        key(popup.filter_edit, ENTER, what=f"{what}: Enter inserts the phrase")
        wait_until(lambda: phrases.popup is None or not phrases.popup.isVisible())
        settle()
        assert _text(widget) == before + fact.phrase
        if fact.then:
            chinese(widget, fact.then, what=f"{what}: type the rest")
    else:
        assert isinstance(fact, tb.Typed), fact
        chinese(widget, fact.text, what=f"{what}: type")


def _text(widget: QWidget) -> str:
    for getter in ("toPlainText", "text", "currentText"):
        if hasattr(widget, getter):
            return str(getattr(widget, getter)())
    raise TypeError(widget)


def pick(combo: QComboBox | QLineEdit, fact: tb.Pick, what: str = "") -> None:
    """Pinyin initials in a field that finds by them, then Down to the wanted line of the
    pop-up and Enter."""
    keys_ascii(combo, fact.keys, what=f"{what}: initials {fact.keys!r}")
    completer = combo.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    wait_until(popup.isVisible)
    model = completer.completionModel()
    texts = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
    row = next(i for i, text in enumerate(texts) if text.startswith(fact.name))
    for _ in range(row + 1 - max(popup.currentIndex().row() + 1, 0)):
        key(popup, Qt.Key.Key_Down, what=f"{what}: Down in the matches {texts}")
    key(popup, ENTER, what=f"{what}: Enter chooses {fact.name}")
    wait_until(lambda: not popup.isVisible())
    settle()


def move_to(target: QWidget, what: str) -> None:
    """On to the next field the facts need: one Enter or Tab when it is the next in the
    form's order (what the user knows of the form), else a click on it."""
    focus = QApplication.focusWidget()
    assert focus is not None
    if focus is target:
        return
    if next_in_tab_order(focus) is target:
        plain_date = isinstance(focus, QDateEdit) and not isinstance(focus, EntryDateEdit)
        step = ENTER if plain_date else TAB   # Tab walks a plain date edit's sections
        key(focus, step, what=f"{what}: {'Enter' if step == ENTER else 'Tab'} to it")
    else:
        click(target, what=f"{what}: click it")
    assert QApplication.focusWidget() is target


def type_date(edit: QDateEdit, day: dt.date, what: str = "") -> None:
    """A date: nothing when the field shows it already, else the digits of each section
    typed from the year (selected when the field is reached forward), each section moving
    on by itself."""
    if edit.date().toPython() == day:
        return
    line = edit.lineEdit()
    assert line is not None
    year = edit.sectionText(QDateEdit.Section.YearSection)
    if QApplication.focusWidget() is not edit or line.selectedText() != year:
        # Not in the year: a double click on it selects it.
        rect = line.rect()
        double_click(line, what=f"{what}: double-click the year of the date",
                     pos=QPoint(rect.left() + 12, rect.center().y()))
    assert line.selectedText() == year
    keys_ascii(edit, tb.date_keys(day), what=f"{what}: date")
    assert edit.date().toPython() == day, edit.date()


def _activate(window: QWidget) -> bool:
    window.activateWindow()
    return QApplication.activeWindow() is window


def show_page(qtbot: QtBot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


# -- the office


@dataclass
class Office:
    path: Path
    town: uuid.UUID
    village: uuid.UUID
    team: dict[str, uuid.UUID]
    cadres: dict[str, uuid.UUID]
    case: uuid.UUID


def build_office(services: Services, path: Path) -> Office:
    s = services
    s.auth.create_first_administrator("admin", PASSWORD)
    s.auth.sign_in("admin", PASSWORD)
    s.auth.create_user(UserInput("clerk", "纪委干事", frozenset({AccountRole.CLERK})),
                       PASSWORD)
    s.auth.sign_out()
    s.auth.sign_in("clerk", PASSWORD)
    county = s.units.create(UnitInput(tb.COUNTY, UnitKind.COUNTY))
    town = s.units.create(UnitInput(tb.TOWN, UnitKind.TOWNSHIP, county))
    village = s.units.create(UnitInput(tb.VILLAGE, UnitKind.VILLAGE, town))
    other_town = s.units.create(UnitInput(tb.OTHER_TOWN, UnitKind.TOWNSHIP, county))
    units = {tb.TOWN: town, tb.VILLAGE: village, tb.OTHER_TOWN: other_town}
    since = dt.date(tb.YEAR - 3, 1, 1)
    team_id = s.teams.create(TeamInput(town, TeamKind.PARTY_COMMITTEE, tb.TEAM_NAME))
    team: dict[str, uuid.UUID] = {}
    for index, member in enumerate(tb.TEAM):
        cadre = s.cadres.create(CadreInput(member.name, Rank.TOWNSHIP_SECTION, posts=(
            PostInput(town, member.post, since),)))
        role = (TeamRole.PRINCIPAL if member.principal
                else TeamRole.DEPUTY if index <= 2 else TeamRole.MEMBER)
        s.teams.add_member(MembershipInput(team_id, cadre, role, since))
        team[member.name] = cadre
    cadres = dict(team)
    for name, unit, post in tb.OTHERS:
        cadres[name] = s.cadres.create(CadreInput(name, Rank.GENERAL, posts=(
            PostInput(units[unit], post, since),)))
    s.lists.issue(IssueRequest(tb.YEAR, (town,), dt.date(tb.YEAR, 1, 5)))
    s.ledger.create(LedgerEntryInput(
        team["欧阳晓燕"], dt.date(tb.YEAR, 3, 2), LedgerCategory.DEPLOYMENT,
        "学习传达上级党风廉政建设会议精神", "党委会议室", "党委班子成员"))
    for number, day, names, summary in (
            ("0001", dt.date(tb.YEAR, 1, 20), "陈刚", "反映其违规公款吃喝问题"),
            ("0002", dt.date(tb.YEAR, 2, 14), "张建军", "反映其违规发放津贴补贴问题")):
        s.clues.create(ClueInput(f"XS{tb.YEAR}-{number}", day, tb.CLUE.source, summary,
                                 subject_names=names, unit_id=town))
    for number, title, subject, proposed in (
            (f"WZ{tb.YEAR}-001", "河口镇违规发放津贴补贴问责案", "张建军", dt.date(tb.YEAR, 2, 3)),
            (f"WZ{tb.YEAR}-002", "东门社区集体资金管理混乱问责案", "陈刚",
             dt.date(tb.YEAR, 2, 20)),
            (tb.CASE.number, tb.CASE.title, tb.CASE.subject, tb.CASE.proposed_on)):
        case_unit = other_town if subject == "张建军" else village
        case = s.cases.create(CaseInput(
            number, title, case_unit,
            (ProblemInput(ProblemCategory.OTHER, "履行职责不力"),),
            (SubjectInput(SubjectKind.CADRE, cadre_id=cadres[subject]),),
            conduct_date=proposed - dt.timedelta(days=40), proposed_on=proposed))
    return Office(path, town, village, team, cadres, case)


@pytest.fixture(autouse=True)
def chinese_ui(qapp: QApplication) -> Iterator[None]:
    load_bundled_font(qapp)
    install_translators("zh_CN")
    yield


@pytest.fixture(scope="module")
def office_services(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
                    ) -> Iterator[tuple[Services, Office]]:
    load_bundled_font(qapp)
    install_translators("zh_CN")
    path = tmp_path_factory.mktemp("typing") / "zeren.sqlite"
    services = Services.open(path)
    # As the main window does: records derived by the services are written in Chinese.
    services.state.translate = QCoreApplication.translate  # i18n: marked elsewhere
    try:
        yield services, build_office(services, path)
    finally:
        wait_for_workers()
        services.close()


@pytest.fixture
def bot(qtbot: QtBot) -> QtBot:
    global BOT
    BOT = qtbot
    return qtbot


RESULTS: dict[str, dict[str, object]] = {}


def record(task: str, count: Count, extra: dict[str, object] | None = None) -> None:
    spreadsheet = next(t for t in tb.tasks() if t.key == task)
    RESULTS[task] = {"keys": count.keys, "clicks": count.clicks,
                     "spreadsheet": spreadsheet.spreadsheet, "log": count.log,
                     "sheet": [(s.what, s.keys) for s in tb.spreadsheet_steps(
                         spreadsheet.work)], **(extra or {})}
    target = os.environ.get(RESULTS_ENV)
    if target:
        Path(target).write_text(json.dumps(RESULTS, ensure_ascii=False, indent=1), "utf-8")


def entries(services: Services, day: dt.date) -> list[LedgerRow]:
    return services.ledger.search(LedgerFilter(date_from=day, date_to=day))


# -- the five tasks


def ledger_entry(form: object, facts: tb.LedgerFacts, keep: bool) -> None:
    """One entry in the ledger form; `keep`: cadre and date are those kept from the last."""
    from zeren_desktop.ui.pages.ledger_page import CATEGORIES, LedgerEntryForm

    assert isinstance(form, LedgerEntryForm)
    what = "ledger"
    if not keep:
        click(form.cadre_picker, what="ledger: click the cadre field")
        pick(form.cadre_picker, facts.cadre, what="ledger: cadre")
        key(form.cadre_picker, ENTER, what="ledger: Enter to the date")
        type_date(form.date_edit, facts.day, what="ledger")
        key(form.date_edit, ENTER, what="ledger: Enter to the kind")
    else:
        assert form.cadre_picker.cadre_name() == facts.cadre.name
        assert form.date_edit.date().toPython() == facts.day
        assert QApplication.focusWidget() is form.matter_edit
        if form.category() is not facts.category:
            key(form.matter_edit, TAB, SHIFT, what="ledger: Shift+Tab back to the kind")
    if form.category() is not facts.category:
        keys_ascii(form.category_combo, str(CATEGORIES.index(facts.category) + 1),
                   what="ledger: the kind's digit")
        assert form.category() is facts.category
    if QApplication.focusWidget() is form.category_combo:
        key(form.category_combo, ENTER, what="ledger: Enter to the matter")
    fields = ((form.matter_edit, facts.matter, "matter"),
              (form.place_edit, facts.place, "place"),
              (form.participants_edit, facts.participants, "participants"),
              (form.content_edit, facts.content, "content"),
              (form.evidence_edit, facts.evidence, "evidence"))
    last = max(i for i, (_w, fact, _f) in enumerate(fields) if fact.value)
    for index, (widget, fact, name) in enumerate(fields[:last + 1]):
        enter_text(widget, fact, form.phrases.get(f"ledger.{name}"), what=f"{what}: {name}")
        if index < last:
            # Enter moves on, but makes a new line in the multi-line content: Tab there.
            move = TAB if widget is form.content_edit else ENTER
            key(widget, move, what=f"{what}: {'Tab' if move == TAB else 'Enter'} to the next")
    key(fields[last][0], ENTER, CTRL, what="ledger: Ctrl+Enter saves")


def test_ledger_entry(bot: QtBot, office_services: tuple[Services, Office]) -> None:
    services, office = office_services
    page = LedgerPage(services)
    show_page(bot, page)
    first = counting(Count())
    ledger_entry(page.form, tb.FIRST_ENTRY, keep=False)
    facts = tb.LEDGER_ENTRY
    wait_until(lambda: len([r for r in entries(services, facts.day)]) == 1)
    count = counting(Count())
    ledger_entry(page.form, facts, keep=True)
    wait_until(lambda: len(entries(services, facts.day)) == 2)
    saved = next(r for r in entries(services, facts.day) if r.category is facts.category)
    assert (saved.cadre_id, saved.entry_date, saved.matter, saved.place, saved.participants,
            saved.content, saved.evidence) == (
        office.team[facts.cadre.name], facts.day, facts.matter.value, facts.place.value,
        facts.participants.value, facts.content.value, facts.evidence.value)
    assert not saved.derived
    record("ledger entry", count, {"first_entry": [first.keys, first.clicks],
                                   "first_log": first.log})


def test_talk(bot: QtBot, office_services: tuple[Services, Office]) -> None:
    services, office = office_services
    facts = tb.TALK
    page = IntegrityPage(services)
    show_page(bot, page)
    tab = page.talks_tab
    count = counting(Count())
    click(tab.add_button, what="talk: New talk record")
    dialog = tab.dialog
    assert isinstance(dialog, TalkDialog)
    wait_until(lambda: _activate(dialog))
    # The kind: 廉政谈话 is the first.
    assert dialog.kind_combo.currentIndex() == 0 and QApplication.focusWidget() is \
        dialog.kind_combo
    key(dialog.kind_combo, ENTER, what="talk: Enter to the date")
    type_date(dialog.date_edit, facts.day, what="talk")
    key(dialog.date_edit, ENTER, what="talk: Enter to the start")
    keys_ascii(dialog.start_edit, facts.start, what="talk: start time")
    key(dialog.start_edit, ENTER, what="talk: Enter to the end")
    keys_ascii(dialog.end_edit, facts.end, what="talk: end time")
    key(dialog.end_edit, ENTER, what="talk: Enter to the place")
    enter_text(dialog.place_edit, facts.place, dialog.phrases["talk.place"], "talk: place")
    key(dialog.place_edit, ENTER, what="talk: Enter to who")
    # "A cadre of the records" is chosen: on to the finder.
    while QApplication.focusWidget() is not dialog.cadre_picker.search_edit:
        focus = QApplication.focusWidget()
        assert focus is not None and focus in (dialog.cadre_radio, dialog.name_radio), focus
        key(focus, ENTER, what="talk: Enter past the choice of who")
    finder = dialog.cadre_picker
    keys_ascii(finder.search_edit, facts.subject.keys, what="talk: initials of who")
    wait_until(lambda: not finder.timer.isActive() and finder.results.count() > 0)
    if finder.cadre_name() != facts.subject.name:
        row = finder.names.index(facts.subject.name)
        key(finder.search_edit, ENTER, what="talk: Enter to the matches")
        while finder.results.currentRow() != row:
            key(finder.results, Qt.Key.Key_Down, what=f"talk: Down in {finder.names}")
    assert finder.cadre_name() == facts.subject.name
    while QApplication.focusWidget() is not dialog.talker_edit:
        focus = QApplication.focusWidget()
        assert focus is not None
        key(focus, ENTER, what="talk: Enter to the talker")
    enter_text(dialog.talker_edit, facts.talker, what="talk: talker")
    key(dialog.talker_edit, ENTER, what="talk: Enter to the note-taker")
    enter_text(dialog.note_taker_edit, facts.note_taker, what="talk: note-taker")
    for widget in (dialog.note_taker_edit, dialog.approved_edit):
        key(widget, ENTER, what="talk: Enter to the next")
    for text_edit in (dialog.basis_edit, dialog.reason_edit):
        key(text_edit, TAB, what="talk: Tab past an empty text")
    enter_text(dialog.content_edit, facts.content, dialog.phrases["talk.content"],
               "talk: content")
    key(dialog.content_edit, TAB, what="talk: Tab to the statement")
    enter_text(dialog.statement_edit, facts.statement, dialog.phrases["talk.statement"],
               "talk: statement")
    key(dialog.statement_edit, ENTER, CTRL, what="talk: Ctrl+Enter saves")
    wait_until(lambda: tab.dialog is None)
    (talk,) = [t for t in services.talks.search() if t.held_on == facts.day]
    assert (talk.kind, talk.subject_name, talk.talker, talk.place, talk.start_time,
            talk.end_time, talk.note_taker, talk.content, talk.statement, talk.cadre_id) == (
        facts.kind, facts.subject.name, facts.talker.value, facts.place.value, facts.start,
        facts.end, facts.note_taker.value, facts.content.value, facts.statement.value,
        office.team[facts.subject.name])
    (derived,) = [r for r in entries(services, facts.day) if r.source_id == talk.id]
    assert (derived.cadre_id, derived.category, derived.matter, derived.place,
            derived.participants) == (
        office.team[facts.talker_name], LedgerCategory.INTEGRITY_TALK, tb.talk_matter(facts),
        facts.place.value, facts.subject.name)
    record("talk", count)


def test_meeting(bot: QtBot, office_services: tuple[Services, Office]) -> None:
    services, office = office_services
    facts = tb.MEETING
    page = MeetingsPage(services)
    show_page(bot, page)
    count = counting(Count())
    click(page.add_button, what="meeting: New meeting")
    dialog = page.dialog
    assert isinstance(dialog, MeetingDialog)
    wait_until(lambda: _activate(dialog))
    type_date(dialog.date_edit, facts.day, what="meeting")
    key(dialog.date_edit, ENTER, what="meeting: Enter to the kind")
    assert dialog.kind_combo.currentIndex() == 0  # 党委会
    key(dialog.kind_combo, ENTER, what="meeting: Enter to the unit")
    if dialog.unit_id() != office.town:
        pick(dialog.unit_combo, facts.unit, what="meeting: unit")
    assert dialog.unit_id() == office.town
    key(dialog.unit_combo, ENTER, what="meeting: Enter to the title")
    enter_text(dialog.title_edit, facts.title, dialog.phrases.get("meeting.title"),
               "meeting: title")
    key(dialog.title_edit, ENTER, what="meeting: Enter to the place")
    enter_text(dialog.place_edit, facts.place, what="meeting: place")
    # The team on the day is listed and ticked: nothing to do for seven attendees.
    names = [dialog.attendees.item(i).text().split("（")[0]
             for i in range(dialog.attendees.count())
             if dialog.attendees.item(i).checkState() == Qt.CheckState.Checked]
    assert sorted(names) == sorted(facts.attendees), names
    move_to(dialog.agenda_edit, "meeting: the agenda")
    enter_text(dialog.agenda_edit, tb.Typed("\n".join(facts.agenda)), what="meeting: agenda")
    key(dialog.agenda_edit, TAB, what="meeting: Tab to the decisions")
    enter_text(dialog.decisions_edit, facts.decisions, dialog.phrases["meeting.decisions"],
               "meeting: decisions")
    key(dialog.decisions_edit, ENTER, CTRL, what="meeting: Ctrl+Enter saves")
    wait_until(lambda: page.dialog is None)
    (meeting,) = [m for m in services.meetings.search() if m.held_on == facts.day]
    assert (meeting.title, meeting.place, meeting.agenda, meeting.decisions,
            meeting.integrity) == (facts.title.value, facts.place.value,
                                   "\n".join(facts.agenda), facts.decisions.value, True)
    derived = [r for r in entries(services, facts.day) if r.source_id == meeting.id]
    assert sorted(r.cadre_id for r in derived) == sorted(office.team.values())
    for row in derived:
        assert (row.category, row.matter, row.place) == (
            LedgerCategory.DEPLOYMENT, facts.title.value, facts.place.value)
        assert all(name in row.participants for name in facts.attendees)
        assert all(item in row.content for item in facts.agenda)
        assert facts.decisions.value in row.content
    record("meeting", count)


def test_clue(bot: QtBot, office_services: tuple[Services, Office]) -> None:
    services, office = office_services
    facts = tb.CLUE
    page = CluesPage(services)
    show_page(bot, page)
    count = counting(Count())
    click(page.add_button, what="clue: New clue")
    dialog = page.dialog
    assert isinstance(dialog, ClueDialog)
    wait_until(lambda: _activate(dialog))
    assert QApplication.focusWidget() is dialog.number_edit
    key(dialog.number_edit, TAB, what="clue: the number suggested; Tab to the date")
    type_date(dialog.date_edit, facts.day, what="clue")
    assert dialog.number_edit.text() == facts.number
    key(dialog.date_edit, ENTER, what="clue: Enter to the source")
    assert dialog.source_combo.currentText() == tb.SOURCE_WORDS[facts.source]
    key(dialog.source_combo, ENTER, what="clue: Enter to the persons named")
    enter_text(dialog.names_edit, facts.names, what="clue: persons named")
    for widget in (dialog.names_edit, dialog.ids_edit):
        key(widget, TAB, what="clue: Tab to the next")
    pick(dialog.unit_combo, facts.unit, what="clue: unit")
    for field_widget in (dialog.unit_combo, dialog.unit_text_edit):
        key(field_widget, TAB, what="clue: Tab to the next")
    enter_text(dialog.summary_edit, facts.summary, dialog.summary_phrases, "clue: summary")
    key(dialog.summary_edit, TAB, what="clue: Tab to the handling")
    from zeren_desktop.ui.pages.clues_page import HANDLINGS

    while HANDLINGS[dialog.handling_combo.currentIndex()] is not facts.handling:
        key(dialog.handling_combo, Qt.Key.Key_Down, what="clue: Down to the handling")
    key(dialog.handling_combo, ENTER, CTRL, what="clue: Ctrl+Enter saves")
    wait_until(lambda: page.dialog is None)
    (clue,) = [c for c in services.clues.search() if c.number == facts.number]
    assert (clue.received_on, clue.source, clue.subject_names, clue.unit_id, clue.summary,
            clue.handling) == (facts.day, facts.source, facts.names.value, office.village,
                               facts.summary.value, facts.handling)
    record("clue", count)


def test_case_stage(bot: QtBot, office_services: tuple[Services, Office]) -> None:
    services, office = office_services
    facts = tb.CASE
    page = CasesPage(services)
    show_page(bot, page)
    count = counting(Count())
    table = page.case_table
    row = next(i for i, r in enumerate(page.case_rows) if r.number == facts.number)
    rect = table.visualRect(table.model().index(row, 0))
    assert table.viewport().rect().contains(rect.center())
    click(table.viewport(), what="cases: click the case's row", pos=rect.center())
    assert page.selected_case_id() == office.case
    click(page.advance_button, what="cases: Advance to 启动调查")
    dialog = page.dialog
    assert isinstance(dialog, StageDialog) and dialog.stage is CaseStage.OPENED
    wait_until(lambda: _activate(dialog))
    assert QApplication.focusWidget() is dialog.date_edit
    type_date(dialog.date_edit, facts.day, what="stage")
    key(dialog.date_edit, TAB, what="stage: Tab to approved by")
    enter_text(dialog.approved_by_edit, facts.approved_by, what="stage: approved by")
    key(dialog.approved_by_edit, ENTER, what="stage: Enter to acted by (optional)")
    assert QApplication.focusWidget() is dialog.acted_by_edit
    key(dialog.acted_by_edit, ENTER, what="stage: Enter on the last field sends (OK)")
    wait_until(lambda: page.dialog is None)
    detail = services.cases.get(office.case)
    assert detail.stage is CaseStage.OPENED
    event = detail.events[-1] if hasattr(detail, "events") else None
    if event is not None:
        assert (event.happened_on, event.approved_by) == (facts.day, facts.approved_by.value)
    derived = [r for r in entries(services, facts.day) if r.derived]
    assert [(r.cadre_id, r.category, r.matter) for r in derived] == [
        (office.team[facts.leader], LedgerCategory.CASE_HANDLING, tb.case_matter(facts))]
    record("case stage", count)


# -- running it


def summary(results: dict[str, dict[str, object]], detail: bool) -> list[str]:
    lines: list[str] = []
    total_app = total_sheet = 0
    keys_sum = clicks_sum = 0
    for task in tb.tasks():
        got = results.get(task.key)
        if got is None:
            lines.append(f"typing {task.key}: not measured (the replay failed)")
            continue
        keys, clicks = int(str(got["keys"])), int(str(got["clicks"]))
        sheet = int(str(got["spreadsheet"]))
        assert sheet == task.spreadsheet
        lines.append(tb.result_line(task.key, keys, clicks, sheet))
        keys_sum += keys
        clicks_sum += clicks
        total_app += keys + clicks
        total_sheet += sheet
        if detail:
            if "first_log" in got:
                first = got["first_entry"]
                assert isinstance(first, list)
                keys_first, clicks_first = int(first[0]), int(first[1])
                lines.append(
                    f"  the session's first entry (not counted): app {keys_first} keys + "
                    f"{clicks_first} clicks, spreadsheet "
                    f"{tb.spreadsheet_cost(tb.ledger_work(tb.FIRST_ENTRY))}")
            for what, k, c in got["log"]:  # type: ignore[attr-defined]
                lines.append(f"    app   {k:3d} keys {c} clicks  {what}")
            for what, k in got["sheet"]:  # type: ignore[attr-defined]
                lines.append(f"    sheet {k:3d} keys           {what}")
    if total_sheet:
        lines.append(tb.result_line("total", keys_sum, clicks_sum, total_sheet))
    return lines


def main() -> int:
    detail = "--detail" in sys.argv[1:]
    rest = [a for a in sys.argv[1:] if a != "--detail"]
    with tempfile.TemporaryDirectory(prefix="zeren-typing-") as folder:
        results_path = Path(folder) / "results.json"
        os.environ[RESULTS_ENV] = str(results_path)
        code = pytest.main([__file__, "-q", "-p", "no:cacheprovider", "-W",
                            "ignore::DeprecationWarning", f"--basetemp={Path(folder) / 'tmp'}",
                            *rest])
        results = json.loads(results_path.read_text("utf-8")) if results_path.exists() \
            else {}
    for line in summary(results, detail):
        print(line)
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
