"""Fast entry: find a person or unit by typing, and Enter to the next field.

One mechanism for every person and unit field (issue 10, "fast entry everywhere"):

- `QuickPick`: an editable combo box whose pop-up lists what `find(text)` returns for the
  typed text; Down and Enter (or a click) call `choose(key)`. Matching is done by
  `find`, never by the completer, so a query may be pinyin initials (`wm` finds 魏明).
- `install_unit_pick(combo, services)`: the units the combo holds, matched in memory by
  part of the name or its pinyin initials (`cgz`: 城关镇), the units the user picked
  lately first (UnitService.note_used / recent). The combo keeps its items and indices,
  so the page's own code (index → id lists) is unchanged; the tree's indentation and
  the "all units" entry are shown tidily in the edit.
- The ledger's cadre picker (ui/pages/ledger_page.py CadrePicker) asks the service
  (cadres may be thousands; CadreService.search matches initials in SQL, recent first).
- `install_enter_navigation(form)`: in a data-entry form Enter moves to the next field
  (line edits, combo boxes, date edits, spin boxes, check boxes, lists); in a multi-line
  text Enter stays a new line; Ctrl+Enter saves when a `submit` is given. Enter on the
  last field does what it did before (a dialog's default button, else nothing).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from zeren_desktop.domain.pinyin import initials, matches
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services

# The unit id (str) of a row of a unit combo box; rows without one ("all units", "none")
# are not offered when typing.
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 40
_TEXT_ROLE = Qt.ItemDataRole.UserRole + 41   # what choosing puts in the edit
# What QCompleter matches its prefix against: never set, so it never preselects a row and
# Down always starts at the first match.
_NO_MATCH_ROLE = Qt.ItemDataRole.UserRole + 42
POPUP_ROWS = 12
UNIT_LIMIT = 50
INDENT = "\u3000 "   # the tree indentation of unit names in combo boxes

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Match:
    """One line of the pop-up: `text` goes into the edit, `detail` is shown beside it."""

    text: str
    key: object
    detail: str = ""


class _Completer(QCompleter):
    def pathFromIndex(self, index: _Index) -> str:
        value = index.data(_TEXT_ROLE)
        return value if isinstance(value, str) else ""


class QuickPick(QObject):
    """Type-to-find in an editable combo box: `find(text)` gives the matches, best first;
    choosing one (Down and Enter, or a click) calls `choose(key)`."""

    def __init__(self, combo: QComboBox, find: Callable[[str], Sequence[Match]],
                 choose: Callable[[object], None]) -> None:
        super().__init__(combo)
        self.combo = combo
        self.find = find
        self.choose = choose
        self.query = ""
        self.matches: list[Match] = []
        if not combo.isEditable():
            combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model = QStandardItemModel(self)
        self.completer = _Completer(self.model, combo)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(_NO_MATCH_ROLE)
        self.completer.setMaxVisibleItems(POPUP_ROWS)
        # On the line edit (not QComboBox.setCompleter, which would choose by the pop-up's
        # text itself), shown under the whole combo box.
        self.line.setCompleter(self.completer)
        self.completer.setWidget(combo)
        # the QModelIndex overload (the stubs know no overloaded signals)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.line.textEdited.connect(self.refresh)
        popup = self.completer.popup()
        assert popup is not None
        popup.installEventFilter(self)

    @property
    def line(self) -> QLineEdit:
        line = self.combo.lineEdit()
        assert line is not None  # editable
        return line

    def popup_visible(self) -> bool:
        popup = self.completer.popup()
        return popup is not None and popup.isVisible()

    def refresh(self, text: str) -> None:
        """The matches of `text` into the pop-up (QLineEdit shows it right after)."""
        query = text.strip()
        try:
            found = list(self.find(query)) if query else []
        except ZerenError:
            found = []
        self.query, self.matches = query, found
        self.model.removeRows(0, self.model.rowCount())
        for match in found:
            shown = f"{match.text}　{match.detail}" if match.detail else match.text
            item = QStandardItem(shown)
            item.setData(match.text, _TEXT_ROLE)
            item.setToolTip(shown)
            item.setEditable(False)
            self.model.appendRow(item)
        self._fit_popup()

    def popup_width(self) -> int:
        """The width the pop-up needs to show its longest line whole (a cadre's post
        after the name), at least the box's; at most the screen's."""
        popup = self.completer.popup()
        assert popup is not None
        width = self.combo.width()
        if self.model.rowCount():
            needed = popup.sizeHintForColumn(0) + 2 * popup.frameWidth() + 8
            if self.model.rowCount() > self.completer.maxVisibleItems():
                scroll_bar = popup.verticalScrollBar()
                needed += scroll_bar.sizeHint().width() if scroll_bar is not None else 0
            width = max(width, needed)
        screen = self.combo.screen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width())
        return width

    def _fit_popup(self) -> None:
        popup = self.completer.popup()
        assert popup is not None
        popup.setMinimumWidth(self.popup_width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The pop-up shown (under the box, as wide as the box: QCompleter's rule): as
        wide as its lines need, moved left where it would leave the screen."""
        # The type first: nothing is touched on the pop-up's other events (some come
        # while the widgets are being destroyed).
        placed = (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.Move)
        if event.type() not in placed:
            return False
        popup = self.completer.popup()
        if watched is popup and popup is not None and popup.isVisible():
            if event.type() == QEvent.Type.Show:
                self._fit_popup()
            geometry = popup.geometry()
            screen = self.combo.screen()
            if screen is not None:
                area = screen.availableGeometry()
                if geometry.right() > area.right():
                    geometry.moveRight(area.right())
                if geometry.left() < area.left():
                    geometry.moveLeft(area.left())
            if geometry != popup.geometry():
                popup.setGeometry(geometry)
        return False

    def unique(self, text: str) -> Match | None:
        """The only match of `text`, if it was the last query and found exactly one."""
        if text.strip() == self.query and len(self.matches) == 1:
            return self.matches[0]
        return None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.matches):
            self.choose(self.matches[index.row()].key)


# -- units


def mark_unit_ids(combo: QComboBox, ids: Sequence[uuid.UUID | None]) -> None:
    """Note the unit id of each row (None: the "all"/"none" entry) for the quick pick."""
    for row, unit_id in enumerate(ids[:combo.count()]):
        combo.setItemData(row, str(unit_id) if unit_id is not None else "", UNIT_ID_ROLE)


class UnitPick(QuickPick):
    """The quick pick of a combo box holding units (tree-indented names, ids marked with
    `mark_unit_ids`)."""

    def __init__(self, combo: QComboBox, services: Services | None = None) -> None:
        super().__init__(combo, self._find, self._choose)
        self.services = services
        self._initials: dict[str, str] = {}
        self.line.textChanged.connect(self._tidy)
        self.line.editingFinished.connect(self.settle)
        # Every way of choosing a unit ends here: the pop-up and typing (`_choose` emits
        # it) and the combo box's own list.
        combo.activated.connect(self._note_used)
        model = combo.model()
        model.dataChanged.connect(lambda *_args: self._tidy(self.line.text()))
        self._tidy(self.line.text())

    # -- the rows

    def unit_id(self, row: int) -> str:
        """The unit id of a row; "" for the "all"/"none" entry (or unmarked rows)."""
        if not 0 <= row < self.combo.count():
            return ""
        value = self.combo.itemData(row, UNIT_ID_ROLE)
        return value if isinstance(value, str) else ""

    def _marked(self) -> bool:
        return any(self.unit_id(row) for row in range(self.combo.count()))

    def _is_none_row(self, row: int) -> bool:
        return self._marked() and not self.unit_id(row)

    def name(self, row: int) -> str:
        return self.combo.itemText(row).lstrip(INDENT)

    def shown_text(self, row: int) -> str:
        """What the edit shows for a row: the name without indentation; "" for the
        "all"/"none" entry (its text is then the placeholder)."""
        if row < 0 or self._is_none_row(row):
            return ""
        return self.name(row)

    def _parent_name(self, row: int) -> str:
        text = self.combo.itemText(row)
        depth = len(text) - len(text.lstrip("\u3000"))
        for above in range(row - 1, -1, -1):
            other = self.combo.itemText(above)
            if len(other) - len(other.lstrip("\u3000")) < depth:
                return other.lstrip(INDENT)
        return ""

    def _tidy(self, text: str) -> None:
        row = self.combo.currentIndex()
        if row < 0:
            return
        item = self.combo.itemText(row)
        if self._is_none_row(row):
            if self.line.placeholderText() != item:
                self.line.setPlaceholderText(item)
            if text == item:
                self.line.setText("")
        elif text == item and item != self.name(row):
            self.line.setText(self.name(row))

    # -- finding and choosing

    def _find(self, text: str) -> list[Match]:
        recent: list[uuid.UUID] = []
        if self.services is not None:
            recent = self.services.units.recent()
        rank = {str(unit_id): index for index, unit_id in enumerate(recent)}
        marked = self._marked()
        found: list[tuple[int, int, str]] = []
        for row in range(self.combo.count()):
            unit_id = self.unit_id(row)
            if marked and not unit_id:
                continue
            name = self.name(row)
            if not name:
                continue
            if name not in self._initials:
                self._initials[name] = initials(name, surname=False)
            if matches(text, name, self._initials[name]):
                found.append((rank.get(unit_id, len(rank)), row, name))
        found.sort()
        return [Match(name, row, self._parent_name(row)) for _, row, name in found[:UNIT_LIMIT]]

    def _choose(self, key: object) -> None:
        assert isinstance(key, int)
        if self.combo.currentIndex() != key:
            self.combo.setCurrentIndex(key)
        self.line.setText(self.shown_text(key))
        self.combo.activated.emit(key)  # noted as used (_note_used)

    def _note_used(self, row: int) -> None:
        """A unit the user chose: listed first next time."""
        unit_id = self.unit_id(row)
        if unit_id and self.services is not None:
            self.services.units.note_used(uuid.UUID(unit_id))

    def settle(self) -> None:
        """Leaving the box: what was typed chooses the unit it names or alone matches;
        anything else gives back the unit chosen before."""
        if self.popup_visible():
            return
        row = self.combo.currentIndex()
        text = self.line.text().strip()
        if text == self.shown_text(row):
            return
        if not text:
            none_rows = [r for r in range(self.combo.count()) if self._is_none_row(r)]
            if none_rows:
                self._choose(none_rows[0])
                return
        found = self._find(text) if text else []
        exact = [m for m in found if m.text == text]
        pick = exact[0] if exact else found[0] if len(found) == 1 else None
        if pick is not None:
            self._choose(pick.key)
        else:
            self.line.setText(self.shown_text(row))


def install_unit_pick(combo: QComboBox, services: Services | None = None,
                      ids: Sequence[uuid.UUID | None] | None = None) -> UnitPick:
    """Make a combo box of units searchable by name and pinyin initials, recent first.
    `ids`: the unit of each row, when the code that filled it did not mark them."""
    if ids is not None:
        mark_unit_ids(combo, ids)
    existing = combo.findChild(UnitPick)
    if isinstance(existing, UnitPick):
        return existing
    return UnitPick(combo, services)


# -- Enter to the next field


def _deepest_proxy(widget: QWidget) -> QWidget | None:
    proxy = widget.focusProxy()
    while proxy is not None and proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()
    return proxy


def next_in_tab_order(current: QWidget) -> QWidget | None:
    """The widget Tab would move to from `current` (Qt's rule, without the widget's own
    override: a date edit's Tab steps through its sections, Enter does not)."""
    window = current.window()
    test = current.nextInFocusChain()
    tab = Qt.FocusPolicy.TabFocus.value
    while test is not None and test is not current:
        proxy = _deepest_proxy(test)
        target = proxy if proxy is not None else test
        can_take = target.isEnabled() and (target.focusPolicy().value & tab) == tab
        composite = proxy is not None and proxy.isAncestorOf(test)
        if (can_take and not composite and test.isVisibleTo(window) and test.isEnabled()
                and proxy is not current):
            return test
        test = test.nextInFocusChain()
    return None


def is_field(widget: QWidget) -> bool:
    """Whether Enter may move into `widget`: any input, not a push button or tab."""
    target = _deepest_proxy(widget) or widget
    if isinstance(target, (QCheckBox, QRadioButton)):
        return True
    if isinstance(target, (QAbstractButton, QTabBar)):
        return False
    parent = target.parentWidget()
    return not isinstance(parent, QDialogButtonBox)


def is_multiline(widget: QWidget) -> bool:
    return isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly()


class EnterNavigation(QObject):
    """The event filter of `install_enter_navigation`."""

    def __init__(self, form: QWidget, submit: Callable[[], object] | None) -> None:
        super().__init__(form)
        self.form = form
        self.shortcuts: list[QShortcut] = []
        if submit is not None:
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | key), form)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(submit)
                self.shortcuts.append(shortcut)
        form.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        focus = QApplication.focusWidget()
        if focus is None or not (focus is self.form or self.form.isAncestorOf(focus)):
            return False
        if isinstance(focus, (QPushButton, QToolButton)) or is_multiline(focus):
            return False
        target = next_in_tab_order(focus)
        if target is None or not self.form.isAncestorOf(target) or not is_field(target):
            return False  # the last field: as before (a dialog's default button)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def install_enter_navigation(form: QWidget,
                             submit: Callable[[], object] | None = None) -> EnterNavigation:
    """In `form`, Enter moves to the next field as Tab does; in multi-line text it stays a
    new line. `submit`: also Ctrl+Enter calls it (leave it out where the form has that
    shortcut already)."""
    return EnterNavigation(form, submit)
