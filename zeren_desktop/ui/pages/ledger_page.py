"""Duty ledger (履责纪实): the entries, the fast entry form, reminders, import, export, books.

The table asks the service for the count and then only for the pages the view shows,
sorted in SQL (ui/paged_model.py), so a ledger of any size opens, scrolls and sorts at
once. Below it the entry form is made for typing a pile of paper records in a row: after
Save it keeps the cadre, the date and the kind, clears the rest and puts the cursor back in
"Matter".
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import LedgerCategory
from zeren_desktop.domain.ledger import LedgerEntryInput, quarter_of
from zeren_desktop.domain.pinyin import initials
from zeren_desktop.domain.pinyin import matches as pinyin_matches
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.dto import CadreRow, UnitInfo
from zeren_desktop.services.ledger_dto import (
    AttachmentInfo,
    CadreItemChoice,
    LedgerFilter,
    LedgerRow,
    Reminder,
)
from zeren_desktop.services.ledger_import import write_ledger_template
from zeren_desktop.ui.common import enum_label, error_text, format_date, from_qdate, to_qdate
from zeren_desktop.ui.paged_model import PagedColumn, PagedTableModel, PagedTableView
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.widgets import OptionalDateEdit, make_date_edit
from zeren_desktop.ui.widgets.pdf_preview import (
    PdfPreviewDialog,
    PdfPreviewOwner,
    preview_path,
)
from zeren_desktop.ui.widgets.phrases import attach_phrases
from zeren_desktop.ui.widgets.quick_pick import (
    Match,
    QuickPick,
    install_enter_navigation,
    install_unit_pick,
    mark_unit_ids,
)
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen
from zeren_desktop.ui.worker import Task, TaskControl, run_task

PAGE_SIZE = 200           # rows asked of the service per fetch
SEARCH_DELAY_MS = 250
CADRE_LIMIT = 5000        # cadres offered by the pickers
PICK_LIMIT = 30           # matches listed in a picker's pop-up
FIND_LIMIT = 2000         # rows fetched at most to show a just-saved entry
EXPAND_AT_MOST = 20       # reminders of more cadres than this open collapsed
CONTENT_CHARS = 40        # "Content and measures" in the table: the start of it
CONTENT_COLUMN = 6        # … its column, which takes the width the others leave
CATEGORIES: tuple[LedgerCategory, ...] = tuple(LedgerCategory)
OK_STYLE = "color: #1a7f37;"
BAD_STYLE = "color: #c00000;"
LABEL_ERROR_STYLE = "color: #c00000; font-weight: bold;"
_Index = QModelIndex | QPersistentModelIndex
_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
_ITEM_ROLE = Qt.ItemDataRole.UserRole + 3


def category_text(category: LedgerCategory) -> str:
    """"1 研究部署": the number lets the user pick a kind by typing its digit."""
    return f"{CATEGORIES.index(category) + 1} {enum_label(category)}"


def failure_text(error: object) -> str:
    if isinstance(error, ZerenError):
        return error_text(error)
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return f"{type(error).__name__}: {error}"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def with_suffix(name: str, suffix: str) -> Path:
    target = Path(name)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    return target


def shortcut(key: QKeySequence, widget: QWidget, slot: Callable[[], object],
             context: Qt.ShortcutContext) -> QShortcut:
    """A shortcut active in `context` of `widget` (set explicitly: PySide's constructor
    takes a fourth positional argument as the ambiguity slot, not the context)."""
    made = QShortcut(key, widget)
    made.setContext(context)
    made.activated.connect(slot)
    return made


# -- small widgets


class CadrePicker(QComboBox):
    """Type a few characters of a name (or unit), or the pinyin initials of a name (`wm`:
    魏明), and pick from the pop-up list.

    Keyboard first: the pop-up lists the matches as you type, the cadres the user picked
    lately first; Down and Enter choose. With `services` the matches come from the
    service (CadreService.search: any number of cadres); without, from the cadres given
    to `set_cadres`. A typed text that only one cadre matches counts as chosen even
    without the list. `empty_allowed`: an empty box means "all cadres" (the filter bar).
    """

    cadre_changed = Signal()

    def __init__(self, empty_allowed: bool = False, parent: QWidget | None = None, *,
                 services: Services | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)
        self.empty_allowed = empty_allowed
        self.services = services
        self._rows: list[CadreRow] = []
        self._texts: list[str] = []
        self._initials: dict[str, str] = {}
        self._last: uuid.UUID | None = None
        self.pick = QuickPick(self, self._find, self._choose)
        line = self.line_edit()
        line.setClearButtonEnabled(empty_allowed)
        line.editingFinished.connect(self._settle)
        line.textChanged.connect(lambda _text: self._check())
        self.currentIndexChanged.connect(lambda _index: self._check())
        # The combo box's own list (its arrow): a pick as the pop-up's is.
        self.activated.connect(self._picked_from_list)

    def line_edit(self) -> QLineEdit:
        line = self.lineEdit()
        assert line is not None  # editable
        return line

    @staticmethod
    def display(row: CadreRow) -> str:
        return f"{row.name}（{row.unit_name}）" if row.unit_name else row.name

    def set_cadres(self, rows: Sequence[CadreRow]) -> None:
        keep = self.cadre_id()
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        self._rows = list(rows)
        self._texts = [self.display(r) for r in self._rows]
        self.addItems(self._texts)
        self.blockSignals(False)
        if keep is not None and self.set_cadre(keep):
            return
        self.setEditText(text)
        self._check()

    def rows(self) -> list[CadreRow]:
        return list(self._rows)

    def cadre_id(self) -> uuid.UUID | None:
        """The cadre chosen, or None (nothing typed, or what was typed fits none or many)."""
        index = self._resolve(self.currentText())
        return self._rows[index].id if index >= 0 else None

    def cadre_name(self) -> str:
        index = self._resolve(self.currentText())
        return self._rows[index].name if index >= 0 else ""

    def typed(self) -> bool:
        return bool(self.currentText().strip())

    def set_cadre(self, cadre_id: uuid.UUID | None) -> bool:
        if cadre_id is None:
            self.setCurrentIndex(-1)
            self.setEditText("")
            self._check()
            return True
        for index, row in enumerate(self._rows):
            if row.id == cadre_id:
                self.setCurrentIndex(index)
                self.setEditText(self._texts[index])
                self._check()
                return True
        return False

    # -- the pop-up: the service's search (or the cadres held), recent first

    def _find(self, text: str) -> list[Match]:
        if self.services is not None:
            rows = self.services.cadres.search(text, limit=PICK_LIMIT, recent_first=True)
        else:
            rows = [r for r in self._rows if self._matches(text, r)][:PICK_LIMIT]
        return [Match(self.display(r), r, r.title) for r in rows]

    def _matches(self, text: str, row: CadreRow) -> bool:
        if text.casefold() in self.display(row).casefold():
            return True
        if row.name not in self._initials:
            self._initials[row.name] = initials(row.name)
        return pinyin_matches(text, row.name, self._initials[row.name])

    def _choose(self, key: object) -> None:
        assert isinstance(key, CadreRow)
        index = self._index_of(key)
        self.setCurrentIndex(index)
        self.setEditText(self._texts[index])
        self._check()
        self._note_used(key.id)

    def _picked_from_list(self, index: int) -> None:
        if 0 <= index < len(self._rows):
            self._note_used(self._rows[index].id)

    def _note_used(self, cadre_id: uuid.UUID) -> None:
        """A cadre the user chose, whichever way: listed first next time."""
        if self.services is not None:
            self.services.cadres.note_used(cadre_id)

    def _index_of(self, row: CadreRow) -> int:
        """The row's index in the list, added when the list does not hold it yet."""
        for index, held in enumerate(self._rows):
            if held.id == row.id:
                return index
        text = self.currentText()
        self.blockSignals(True)
        self._rows.append(row)
        self._texts.append(self.display(row))
        self.addItem(self._texts[-1])
        self.blockSignals(False)
        self.setEditText(text)
        return len(self._rows) - 1

    def _resolve(self, text: str) -> int:
        text = text.strip()
        if not text:
            return -1
        if text in self._texts:
            return self._texts.index(text)
        named = [i for i, r in enumerate(self._rows) if r.name == text]
        if len(named) == 1:
            return named[0]
        folded = text.casefold()
        found = [i for i, t in enumerate(self._texts) if folded in t.casefold()]
        if len(found) == 1:
            return found[0]
        only = self.pick.unique(text)  # e.g. initials only one cadre has
        if only is not None and isinstance(only.key, CadreRow):
            return next((i for i, r in enumerate(self._rows) if r.id == only.key.id), -1)
        return -1

    def _settle(self) -> None:
        """Leaving the box: show the full "name（unit）" of what the typing chose."""
        if self.pick.popup_visible():
            return
        only = self.pick.unique(self.currentText())
        if only is not None and isinstance(only.key, CadreRow) \
                and self._resolve(self.currentText()) < 0:
            self._index_of(only.key)  # beyond the cadres loaded: add it
        index = self._resolve(self.currentText())
        if index >= 0 and self.currentText() != self._texts[index]:
            # What was typed (initials only one cadre has, a unique name) chose a cadre:
            # as a pick from the pop-up (which shows the full text already: noted then).
            self.setCurrentIndex(index)
            self.setEditText(self._texts[index])
            self._note_used(self._rows[index].id)
        self._check()

    def _check(self) -> None:
        now = self.cadre_id()
        if now != self._last:
            self._last = now
            self.cadre_changed.emit()


class EntryDateEdit(QDateEdit):
    """A date edit that Tab leaves at once (Left/Right or "-" move between year, month and
    day): fast entry keeps the date from one entry to the next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        template = make_date_edit()
        self.setCalendarPopup(True)
        self.setDisplayFormat(template.displayFormat())
        self.setMinimumDate(template.minimumDate())
        self.setMaximumDate(template.maximumDate())
        self.setDate(template.date())
        template.deleteLater()

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def unit_combo(units: Sequence[UnitInfo], all_text: str | None) -> tuple[QComboBox,
                                                                          list[uuid.UUID | None]]:
    """A combo of units indented by depth, optionally led by an "all units" entry."""
    combo = QComboBox()
    ids: list[uuid.UUID | None] = []
    fill_units(combo, ids, units, all_text)
    return combo, ids


def fill_units(combo: QComboBox, ids: list[uuid.UUID | None], units: Sequence[UnitInfo],
               all_text: str | None) -> None:
    keep = ids[combo.currentIndex()] if 0 <= combo.currentIndex() < len(ids) else None
    known = {u.id for u in units}
    children: dict[uuid.UUID | None, list[UnitInfo]] = {}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in known else None
        children.setdefault(parent, []).append(unit)
    combo.blockSignals(True)
    combo.clear()
    ids.clear()
    if all_text is not None:
        combo.addItem(all_text)
        ids.append(None)

    def add(parent_id: uuid.UUID | None, depth: int) -> None:
        for unit in children.get(parent_id, []):
            combo.addItem("　" * depth + unit.name)
            ids.append(unit.id)
            add(unit.id, depth + 1)

    add(None, 0)
    mark_unit_ids(combo, ids)
    combo.setCurrentIndex(ids.index(keep) if keep in ids else 0 if ids else -1)
    combo.blockSignals(False)


# -- the table


def source_text(row: LedgerRow) -> str:
    """What a derived entry was made from, and that only its source changes it."""
    if row.source_kind is None:
        return ""
    return QCoreApplication.translate(
        "LedgerPage", "Made from the {source} “{label}”: it changes only with that record."
    ).format(source=enum_label(row.source_kind), label=row.source_label)


def _content_text(row: LedgerRow) -> str:
    text = " ".join(row.content.split())
    return text if len(text) <= CONTENT_CHARS else text[:CONTENT_CHARS] + "…"


class LedgerTableModel(PagedTableModel):
    """The entries of the filter, a page at a time from the service, sorted in SQL by the
    date (newest first), the cadre or the kind (ui/paged_model.py)."""

    COLUMNS = 10
    SOURCE_COLUMN = 9

    def __init__(self, parent: Any = None) -> None:
        grey, blue = QColor("#8a8a8a"), QColor("#1f5f99")
        link = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)

        def derived_tip(row: LedgerRow) -> str | None:
            return source_text(row) if row.derived else None

        def review_tip(row: LedgerRow) -> str | None:
            if row.reviewed_at is not None:
                return self.tr("Reviewed by {user} on {date}").format(
                    user=row.reviewed_by, date=format_date(row.reviewed_at.date()))
            return derived_tip(row)

        def review_text(row: LedgerRow) -> str:
            return "✓ " + row.reviewed_by if row.reviewed else self.tr("not yet")

        columns = [
            PagedColumn(self.tr("Date"), lambda r: format_date(r.entry_date), "date",
                        descending=True, tooltip=derived_tip),
            PagedColumn(self.tr("Cadre"), lambda r: r.cadre_name, "cadre",
                        tooltip=derived_tip),
            PagedColumn(self.tr("Unit"), lambda r: r.unit_name, tooltip=derived_tip),
            PagedColumn(self.tr("Category"), lambda r: enum_label(r.category), "category",
                        tooltip=derived_tip),
            # Seen at a glance: made from a meeting, talk … (the last column says which).
            PagedColumn(self.tr("Matter"), lambda r: r.matter, tooltip=lambda r: r.matter,
                        decoration=lambda r: link if r.derived else None),
            PagedColumn(self.tr("Place"), lambda r: r.place, tooltip=derived_tip),
            PagedColumn(self.tr("Content and measures"), _content_text,
                        tooltip=lambda r: r.content),
            PagedColumn(self.tr("Entered by"), lambda r: r.entered_by, tooltip=derived_tip),
            PagedColumn(self.tr("Review"), review_text, tooltip=review_tip,
                        foreground=lambda r: None if r.reviewed else grey),
            PagedColumn(self.tr("Made from"), lambda r: enum_label(r.source_kind)
                        if r.source_kind is not None else "", tooltip=derived_tip,
                        foreground=lambda r: blue if r.derived else None),
        ]
        super().__init__(columns, sort_column=0, descending=True, parent=parent,
                         page_rows=PAGE_SIZE)


class HeaderFit(QObject):
    """Every column at least as wide as its header's text, and one column (the content)
    taking the width the others leave, never less than its header (a stretched section
    of QHeaderView may shrink to the header's one minimum size and cut its title)."""

    def __init__(self, table: PagedTableView, fill_column: int) -> None:
        super().__init__(table)
        self.table = table
        self.fill_column = fill_column
        self._busy = False
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._resized)
        viewport = table.viewport()
        assert viewport is not None
        viewport.installEventFilter(self)

    def least(self, column: int) -> int:
        """The width the header's text (and sort arrow) needs."""
        return self.table.horizontalHeader().sectionSizeHint(column)

    def fit(self) -> None:
        """The fill column: the rest of the width, at least its header's."""
        header = self.table.horizontalHeader()
        viewport = self.table.viewport()
        if viewport is None or not 0 <= self.fill_column < header.count():
            return
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.fill_column and not header.isSectionHidden(c))
        width = max(self.least(self.fill_column), viewport.width() - others)
        if header.sectionSize(self.fill_column) != width:
            self._busy = True
            try:
                header.resizeSection(self.fill_column, width)
            finally:
                self._busy = False

    def _resized(self, column: int, _old: int, new: int) -> None:
        if self._busy:
            return
        least = self.least(column)
        if new < least:   # dragged narrower than its title
            self._busy = True
            try:
                self.table.horizontalHeader().resizeSection(column, least)
            finally:
                self._busy = False
        if column != self.fill_column:
            self.fit()

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        # Only the viewport is watched; the type first: nothing else is touched while
        # the table is being destroyed (its viewport still sends events then).
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


# -- the entry form


class LedgerEntryForm(QGroupBox):
    """Type one entry after another. Emits `saved(entry_id)` after each save."""

    saved = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editing_id: uuid.UUID | None = None
        self.editing_cadre: uuid.UUID | None = None
        # The cadres whose ledger the last save changed (two when an edit moved the entry).
        self.saved_cadres: tuple[uuid.UUID, ...] = ()
        # The date and cadre of the new entry saved last: a new entry starts with them.
        self.last_date: dt.date | None = None
        self.last_cadre: uuid.UUID | None = None
        self._choices_key: tuple[uuid.UUID | None, int] | None = None
        self.setTitle(self.tr("New entry"))

        self.cadre_picker = CadrePicker(services=services)
        self.cadre_picker.line_edit().setPlaceholderText(self.tr("type a name"))
        self.date_edit = EntryDateEdit()
        self.category_combo = QComboBox()
        for category in CATEGORIES:
            self.category_combo.addItem(category_text(category))
        self.category_combo.setToolTip(self.tr(
            "Type the digit 1–9 of the kind, or use the arrow keys"))
        self.matter_edit = QLineEdit()
        self.matter_edit.setPlaceholderText(self.tr("what was done, in a few words"))
        self.place_edit = QLineEdit()
        self.participants_edit = QLineEdit()
        self.content_edit = QPlainTextEdit()
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setPlaceholderText(self.tr(
            "what was decided or done, and the measures taken"))
        self.content_edit.setMinimumHeight(56)
        self.evidence_edit = QLineEdit()
        self.evidence_edit.setPlaceholderText(self.tr("e.g. minutes no. 3"))
        self.remarks_edit = QLineEdit()
        self.items_list = QListWidget()
        self.items_list.setUniformItemSizes(True)
        self.items_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.items_label = QLabel(self.tr("List items served"))
        self.items_hint = QLabel()
        self.items_hint.setWordWrap(True)
        self.items_hint.setStyleSheet("color: #6a6a6a;")

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the entry (Ctrl+Enter or Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setToolTip(self.tr("Empty the form and start a new entry"))
        self.clear_button.clicked.connect(self.clear_all)
        self.message_label = QLabel()
        self.message_label.setObjectName("ledgerFormMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.labels: dict[str, QLabel] = {
            "cadre_id": QLabel(self.tr("Cadre")),
            "entry_date": QLabel(self.tr("Date")),
            "category": QLabel(self.tr("Category")),
            "matter": QLabel(self.tr("Matter")),
            "place": QLabel(self.tr("Place")),
            "participants": QLabel(self.tr("Participants")),
            "content": QLabel(self.tr("Content and measures")),
            "evidence": QLabel(self.tr("Evidence no.")),
            "remarks": QLabel(self.tr("Remarks")),
        }
        self.fields: dict[str, QWidget] = {
            "cadre_id": self.cadre_picker, "entry_date": self.date_edit,
            "category": self.category_combo, "matter": self.matter_edit,
            "place": self.place_edit, "participants": self.participants_edit,
            "content": self.content_edit, "evidence": self.evidence_edit,
            "remarks": self.remarks_edit, "item_ids": self.items_list,
        }
        self.labels["item_ids"] = self.items_label
        for name, label in self.labels.items():
            label.setBuddy(self.fields[name])

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(5)
        lab = self.labels
        grid.addWidget(lab["cadre_id"], 0, 0)
        grid.addWidget(self.cadre_picker, 0, 1)
        grid.addWidget(lab["entry_date"], 0, 2)
        grid.addWidget(self.date_edit, 0, 3)
        grid.addWidget(lab["category"], 0, 4)
        grid.addWidget(self.category_combo, 0, 5)
        grid.addWidget(lab["matter"], 1, 0)
        grid.addWidget(self.matter_edit, 1, 1, 1, 5)
        grid.addWidget(lab["place"], 2, 0)
        grid.addWidget(self.place_edit, 2, 1)
        grid.addWidget(lab["participants"], 2, 2)
        grid.addWidget(self.participants_edit, 2, 3, 1, 3)
        grid.addWidget(lab["content"], 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.content_edit, 3, 1, 1, 5)
        grid.addWidget(lab["evidence"], 4, 0)
        grid.addWidget(self.evidence_edit, 4, 1)
        grid.addWidget(lab["remarks"], 4, 2)
        grid.addWidget(self.remarks_edit, 4, 3, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 2)
        grid.setRowStretch(3, 1)

        items_box = QVBoxLayout()
        items_box.setSpacing(3)
        items_box.addWidget(self.items_label)
        items_box.addWidget(self.items_list, 1)
        items_box.addWidget(self.items_hint)

        top = QHBoxLayout()
        top.addLayout(grid, 5)
        top.addLayout(items_box, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top, 1)
        layout.addLayout(bottom)

        order: list[QWidget] = [self.cadre_picker, self.date_edit, self.category_combo,
                                self.matter_edit, self.place_edit, self.participants_edit,
                                self.content_edit, self.evidence_edit, self.remarks_edit,
                                self.items_list, self.save_button, self.clear_button]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key in (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
                    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
                    QKeySequence(QKeySequence.StandardKey.Save)):
            shortcut(key, self, self.save, context)

        # Fast entry: Enter to the next field, the office's phrases (F4) in the text fields.
        install_enter_navigation(self)
        self.phrases = {field: attach_phrases(edit, services, field) for field, edit in (
            ("ledger.matter", self.matter_edit), ("ledger.place", self.place_edit),
            ("ledger.participants", self.participants_edit),
            ("ledger.content", self.content_edit))}

        self.cadre_picker.cadre_changed.connect(self.reload_choices)
        self.date_edit.dateChanged.connect(lambda _date: self.reload_choices())
        for edit in (self.matter_edit, self.place_edit, self.participants_edit,
                     self.evidence_edit, self.remarks_edit):
            edit.textEdited.connect(lambda _text: self._clear_error())
        self.reload_choices()

    # -- reading and filling

    def set_cadres(self, rows: Sequence[CadreRow]) -> None:
        self.cadre_picker.set_cadres(rows)

    def category(self) -> LedgerCategory:
        return CATEGORIES[max(self.category_combo.currentIndex(), 0)]

    def set_category(self, category: LedgerCategory) -> None:
        self.category_combo.setCurrentIndex(CATEGORIES.index(category))

    def checked_items(self) -> tuple[uuid.UUID, ...]:
        ids: list[uuid.UUID] = []
        for row in range(self.items_list.count()):
            item = self.items_list.item(row)
            value = str(item.data(_ID_ROLE))
            if value and item.checkState() == Qt.CheckState.Checked:
                ids.append(uuid.UUID(value))
        return tuple(ids)

    def set_checked_items(self, ids: Sequence[uuid.UUID]) -> None:
        wanted = {str(i) for i in ids}
        for row in range(self.items_list.count()):
            item = self.items_list.item(row)
            value = str(item.data(_ID_ROLE))
            if value:
                item.setCheckState(Qt.CheckState.Checked if value in wanted
                                   else Qt.CheckState.Unchecked)

    def reload_choices(self) -> None:
        """The list items the chosen cadre's entries may serve in the date's year."""
        cadre_id = self.cadre_picker.cadre_id()
        year = self.date_edit.date().year()
        key = (cadre_id, year)
        if key == self._choices_key:
            return
        keep = set(self.checked_items())
        self._choices_key = key
        self.items_list.clear()
        choices: list[CadreItemChoice] = []
        if cadre_id is not None:
            try:
                choices = self.services.ledger.item_choices(
                    cadre_id, year, translate=QCoreApplication.translate)
            except ZerenError:
                choices = []
        title = None
        for choice in choices:
            if choice.list_title != title:
                title = choice.list_title
                heading = QListWidgetItem(title)
                heading.setData(_ID_ROLE, "")
                heading.setToolTip(title)
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.items_list.addItem(heading)
            item = QListWidgetItem(f"{choice.number}. {choice.text}")
            item.setToolTip(f"{choice.list_title}\n{choice.number}. {choice.text}")
            item.setData(_ID_ROLE, str(choice.id))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in keep
                               else Qt.CheckState.Unchecked)
            self.items_list.addItem(item)
        if cadre_id is None:
            self.items_hint.setText(self.tr("Choose a cadre to see the items of their list."))
        elif not choices:
            self.items_hint.setText(self.tr("No responsibility list for {year}.").format(
                year=year))
        else:
            self.items_hint.setText(self.tr("Space ticks the item under the cursor."))

    def input(self) -> LedgerEntryInput | None:
        cadre_id = self.cadre_picker.cadre_id()
        if cadre_id is None:
            return None
        return LedgerEntryInput(
            cadre_id=cadre_id, entry_date=from_qdate(self.date_edit.date()),
            category=self.category(), matter=self.matter_edit.text(),
            place=self.place_edit.text(), participants=self.participants_edit.text(),
            content=self.content_edit.toPlainText(), evidence=self.evidence_edit.text(),
            remarks=self.remarks_edit.text(), item_ids=self.checked_items())

    # -- actions

    def save(self) -> uuid.UUID | None:
        if not self.isEnabled():
            return None
        self._clear_error()
        data = self.input()
        if data is None:
            if self.cadre_picker.typed():
                text = self.tr("No single cadre matches “{text}”: choose one from the list."
                               ).format(text=self.cadre_picker.currentText().strip())
            else:
                text = self.tr("Choose the cadre this entry is about.")
            self.show_error(text, "cadre_id")
            return None
        try:
            if self.editing_id is None:
                entry_id = self.services.ledger.create(data)
            else:
                entry_id = self.editing_id
                self.services.ledger.update(entry_id, data)
        except ValidationError as err:
            self.show_error(error_text(err), err.field)
            return None
        except ZerenError as err:
            self.show_error(error_text(err), None)
            return None
        if self.editing_id is None:
            self.last_date, self.last_cadre = data.entry_date, data.cadre_id
        self.saved_cadres = tuple(dict.fromkeys(
            c for c in (data.cadre_id, self.editing_cadre) if c is not None))
        self.editing_id = self.editing_cadre = None
        self.setTitle(self.tr("New entry"))
        self.clear_fields()
        self.message_label.setStyleSheet(OK_STYLE)
        self.message_label.setText(self.tr("Saved."))
        self.matter_edit.setFocus()
        self.saved.emit(entry_id)
        return entry_id

    def show_error(self, text: str, field: str | None) -> None:
        field = field or ""
        base = field.split("[")[0].split(".")[0]
        label = self.labels.get(base)
        widget = self.fields.get(base)
        if label is not None:
            label.setStyleSheet(LABEL_ERROR_STYLE)
            text = self.tr("{field}: {message}").format(
                field=label.text().replace("&", ""), message=text)
        self.message_label.setStyleSheet(BAD_STYLE)
        self.message_label.setText(text)
        if widget is not None:
            widget.setFocus()

    def _clear_error(self) -> None:
        for label in self.labels.values():
            label.setStyleSheet("")
        if self.message_label.styleSheet() == BAD_STYLE:
            self.message_label.clear()

    def clear_fields(self) -> None:
        """Empty what changes from entry to entry; keep cadre, date and kind."""
        for edit in (self.matter_edit, self.place_edit, self.participants_edit,
                     self.evidence_edit, self.remarks_edit):
            edit.clear()
        self.content_edit.clear()
        self.set_checked_items(())

    def new_entry(self) -> None:
        """Leave editing; a fresh entry with the date and cadre of the entry saved last
        (else those in the form) and the same kind."""
        self.editing_id = self.editing_cadre = None
        self.setTitle(self.tr("New entry"))
        self._clear_error()
        self.message_label.clear()
        self.clear_fields()
        if self.last_cadre is not None:
            self.cadre_picker.set_cadre(self.last_cadre)
        if self.last_date is not None:
            self.date_edit.setDate(to_qdate(self.last_date))
        if self.cadre_picker.cadre_id() is None:
            self.cadre_picker.setFocus()
        else:
            self.matter_edit.setFocus()

    def clear_all(self) -> None:
        self.new_entry()
        self.cadre_picker.set_cadre(None)
        self.date_edit.setDate(to_qdate(dt.date.today()))
        self.category_combo.setCurrentIndex(0)
        self.cadre_picker.setFocus()

    def prefill(self, cadre_id: uuid.UUID, category: LedgerCategory | None,
                item_id: uuid.UUID | None = None) -> None:
        """From a reminder: a new entry of this cadre (and kind, or serving this list
        item). What is typed in a new entry stays; an entry being edited is left."""
        if self.editing_id is not None:
            self.new_entry()
        self._clear_error()
        self.cadre_picker.set_cadre(cadre_id)
        if category is not None:
            self.set_category(category)
        self.reload_choices()
        if item_id is not None:
            self.set_checked_items((*self.checked_items(), item_id))
        self.matter_edit.setFocus()

    def edit(self, entry_id: uuid.UUID) -> bool:
        try:
            detail = self.services.ledger.get(entry_id)
        except ZerenError as err:
            self.show_error(error_text(err), None)
            return False
        row = detail.row
        self._clear_error()
        self.message_label.clear()
        self.editing_id = entry_id
        self.editing_cadre = row.cadre_id
        self.setTitle(self.tr("Editing the entry of {date}, {cadre}").format(
            date=format_date(row.entry_date), cadre=row.cadre_name))
        self.cadre_picker.set_cadre(row.cadre_id)
        self.date_edit.setDate(to_qdate(row.entry_date))
        self.set_category(row.category)
        self.matter_edit.setText(row.matter)
        self.place_edit.setText(row.place)
        self.participants_edit.setText(row.participants)
        self.content_edit.setPlainText(row.content)
        self.evidence_edit.setText(row.evidence)
        self.remarks_edit.setText(row.remarks)
        self.reload_choices()
        self.set_checked_items(detail.item_ids)
        self.matter_edit.setFocus()
        return True


# -- reminders


class RemindersPanel(QGroupBox):
    """Per cadre: the must-record kinds with no entry in the quarter, and the list items no
    entry serves yet. Activating a line emits `chosen(cadre_id, category, item_id)`, the
    last two None unless the line is a kind or a list item."""

    chosen = Signal(object, object, object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.unit_id: uuid.UUID | None = None
        self.reminders: list[Reminder] = []
        self.setTitle(self.tr("Reminders"))
        today = dt.date.today()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(today.year)
        self.quarter_combo = QComboBox()
        self.quarter_combo.addItems([self.tr("Q1"), self.tr("Q2"), self.tr("Q3"),
                                     self.tr("Q4")])
        self.quarter_combo.setCurrentIndex(quarter_of(today) - 1)
        self.year_spin.valueChanged.connect(lambda _value: self.reload())
        self.quarter_combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setIndentation(14)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.itemActivated.connect(lambda item, _column: self._activated(item))
        self.tree.itemClicked.connect(lambda item, _column: self._activated(item))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("color: #6a6a6a;")
        period = QHBoxLayout()
        period.addWidget(self.year_spin)
        period.addWidget(self.quarter_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(period)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)

    def period(self) -> tuple[int, int]:
        return self.year_spin.value(), self.quarter_combo.currentIndex() + 1

    def reload(self) -> None:
        year, quarter = self.period()
        try:
            reminders = self.services.ledger.reminders(year, quarter, unit_id=self.unit_id)
        except ZerenError as err:
            self.reminders = []
            self.tree.clear()
            self.summary_label.setText(error_text(err))
            return
        self._show(reminders)

    def refresh_cadres(self, cadre_ids: set[uuid.UUID]) -> None:
        """After entries of a few cadres changed: ask again for theirs only (a county's
        full list takes a moment)."""
        year, quarter = self.period()
        fresh: dict[uuid.UUID, Reminder | None] = {}
        try:
            for cadre_id in cadre_ids:
                found = self.services.ledger.reminders(year, quarter, unit_id=self.unit_id,
                                                       cadre_id=cadre_id)
                fresh[cadre_id] = found[0] if found else None
        except ZerenError:
            self.reload()
            return
        known = {r.cadre_id for r in self.reminders}
        if any(cadre_id not in known and r is not None for cadre_id, r in fresh.items()):
            self.reload()  # a cadre with no gaps before (rare): keep the order right
            return
        reminders = [fresh.get(r.cadre_id, r) for r in self.reminders]
        self._show([r for r in reminders if r is not None])

    def _show(self, reminders: list[Reminder]) -> None:
        year, quarter = self.period()
        tops = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        expanded = {self._cadre_of(t) for t in tops if t is not None and t.isExpanded()}
        first = not self.reminders and self.tree.topLevelItemCount() == 0
        scrolled = self.tree.verticalScrollBar().value()
        self.reminders = reminders
        self.tree.clear()
        for reminder in reminders:
            top = QTreeWidgetItem([self.tr("{name} · {unit}").format(
                name=reminder.cadre_name, unit=reminder.unit_name)])
            top.setData(0, _ID_ROLE, str(reminder.cadre_id))
            top.setToolTip(0, top.text(0))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for category in reminder.missing_categories:
                child = QTreeWidgetItem([self.tr("not recorded: {kind}").format(
                    kind=category_text(category))])
                child.setData(0, _ID_ROLE, str(reminder.cadre_id))
                child.setData(0, _CATEGORY_ROLE, category.value)
                child.setToolTip(0, self.tr("Click to enter one for {name}").format(
                    name=reminder.cadre_name))
                top.addChild(child)
            if reminder.unserved_items:
                items = QTreeWidgetItem([self.tr("{n} list items served by no entry").format(
                    n=len(reminder.unserved_items))])
                items.setData(0, _ID_ROLE, str(reminder.cadre_id))
                for info in reminder.unserved_items:
                    leaf = QTreeWidgetItem([f"{info.number}. {info.text}"])
                    leaf.setToolTip(0, f"{info.area}\n{info.number}. {info.text}")
                    leaf.setData(0, _ID_ROLE, str(reminder.cadre_id))
                    leaf.setData(0, _ITEM_ROLE, str(info.id))
                    items.addChild(leaf)
                top.addChild(items)
            self.tree.addTopLevelItem(top)
            top.setExpanded((first and len(reminders) <= EXPAND_AT_MOST)
                            or reminder.cadre_id in expanded)
        self.tree.verticalScrollBar().setValue(scrolled)
        if reminders:
            self.summary_label.setText(self.tr(
                "{n} cadres have gaps in Q{quarter} {year}.").format(
                    n=len(reminders), quarter=quarter, year=year))
        else:
            self.summary_label.setText(self.tr("Nothing missing in Q{quarter} {year}.").format(
                quarter=quarter, year=year))

    def reminder_of(self, cadre_id: uuid.UUID) -> Reminder | None:
        return next((r for r in self.reminders if r.cadre_id == cadre_id), None)

    @staticmethod
    def _cadre_of(item: QTreeWidgetItem) -> uuid.UUID | None:
        value = item.data(0, _ID_ROLE)
        return uuid.UUID(value) if isinstance(value, str) and value else None

    def _activated(self, item: QTreeWidgetItem) -> None:
        cadre_id = self._cadre_of(item)
        if cadre_id is None:
            return
        value = item.data(0, _CATEGORY_ROLE)
        category = LedgerCategory(value) if isinstance(value, str) and value else None
        value = item.data(0, _ITEM_ROLE)
        item_id = uuid.UUID(value) if isinstance(value, str) and value else None
        self.chosen.emit(cadre_id, category, item_id)


# -- dialogs


class AttachmentsDialog(QDialog):
    """The evidence files of one entry: add, open, remove."""

    def __init__(self, services: Services, entry_id: uuid.UUID, title: str, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.entry_id = entry_id
        self.editable = editable
        self.attachments: list[AttachmentInfo] = []
        self.setWindowTitle(self.tr("Attachments"))
        self.title_label = QLabel(title)
        self.title_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update())
        self.add_button = QPushButton(self.tr("&Add file…"))
        self.add_button.clicked.connect(lambda: self.add_file())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(BAD_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(close)
        self.add_button.setVisible(editable)
        self.remove_button.setVisible(editable)
        self.resize(560, 320)
        self.reload()

    def reload(self) -> None:
        try:
            self.attachments = list(self.services.ledger.get(self.entry_id).attachments)
        except ZerenError as err:
            self.attachments = []
            self.message_label.setText(error_text(err))
        self.list.clear()
        for info in self.attachments:
            size = self.tr("{kb} KB").format(kb=max(1, round(info.size / 1024)))
            self.list.addItem(f"{info.file_name}  ({size})")
        if self.attachments:
            self.list.setCurrentRow(0)
        self._update()

    def selected(self) -> AttachmentInfo | None:
        row = self.list.currentRow()
        return self.attachments[row] if 0 <= row < len(self.attachments) else None

    def _update(self) -> None:
        has = self.selected() is not None
        self.open_button.setEnabled(has)
        self.remove_button.setEnabled(has and self.editable)

    def add_file(self, name: str | None = None) -> None:
        if not self.editable:
            return
        if name is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Attach a file"), str(documents_folder()))
        if not name:
            return
        try:
            self.services.ledger.add_attachment(self.entry_id, Path(name))
        except ZerenError as err:
            self.message_label.setText(error_text(err))
            return
        except OSError as err:
            self.message_label.setText(failure_text(err))
            return
        self.message_label.clear()
        self.reload()
        self.list.setCurrentRow(self.list.count() - 1)

    def open_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        try:
            path = self.services.ledger.attachment_path(info.id)
        except ZerenError as err:
            self.message_label.setText(error_text(err))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def remove_selected(self) -> None:
        info = self.selected()
        if info is None or not self.editable:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove attachment"),
            self.tr("Remove the attachment “{name}” from this entry?").format(
                name=info.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.ledger.remove_attachment(info.id)
        except ZerenError as err:
            self.message_label.setText(error_text(err))
            return
        self.reload()


class LedgerImportDialog(QDialog):
    """Choose a spreadsheet, see which rows are good and which are not (and why), import.

    Nothing is written before Import is pressed; the import is one transaction.
    """

    def __init__(self, services: Services, cadre_names: dict[uuid.UUID, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.cadre_names = cadre_names
        self.path: Path | None = None
        self.preview: Any = None
        self.task: Task | None = None
        self.imported: int | None = None
        self.problems: int | None = None
        self.importing = False
        self.setWindowTitle(self.tr("Import ledger entries"))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("an .xlsx or .csv file"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.template_button = QPushButton(self.tr("Save a &template…"))
        self.template_button.setToolTip(self.tr(
            "An empty workbook with the right column headers and an example row"))
        self.template_button.clicked.connect(lambda: self.save_template())
        file_row.addWidget(self.template_button)
        self.summary_label = QLabel(self.tr(
            "The first row names the columns: name, ID number (optional), date, category,"
            " matter, place, participants, content and measures, list items, evidence,"
            " remarks. Name, date, category and matter are required."))
        self.summary_label.setWordWrap(True)
        self.good_table = QTableWidget(0, 5)
        self.good_table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Date"), self.tr("Cadre"), self.tr("Category"),
            self.tr("Matter")])
        self.good_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.good_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.good_table.verticalHeader().setVisible(False)
        self.good_table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.good_label = QLabel(self.tr("Rows to import"))
        self.bad_label = QLabel(self.tr("Rows with problems (not imported)"))
        self.bad_list = QListWidget()
        self.bad_list.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.good_label)
        layout.addWidget(self.good_table, 3)
        layout.addWidget(self.bad_label)
        layout.addWidget(self.bad_list, 2)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        fit_to_screen(self)  # a 1366×768 screen at 125 % has 552 px

    def choose_file(self, name: str | None = None) -> Task | None:
        if self.task is not None:
            return None
        if name is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import ledger entries"), str(documents_folder()),
                self.tr("Spreadsheets (*.xlsx *.csv)"))
        if not name:
            return None
        self.path = Path(name)
        self.file_edit.setText(str(self.path))
        self.preview = None
        self.import_button.setEnabled(False)
        self.good_table.setRowCount(0)
        self.bad_list.clear()
        self.summary_label.setText(self.tr("Reading the file…"))
        task = run_task(self.services.ledger.import_preview, self.path,
                        progress_label=self.tr("Reading the file…"), cancellable=True,
                        parent=self)
        task.succeeded.connect(lambda result: self._previewed(task, result))
        task.failed.connect(lambda error: self._failed(task, error))
        self.task = task
        return task

    def save_template(self, name: str | None = None) -> Path | None:
        if name is None:
            default = documents_folder() / (self.tr("Ledger import template") + ".xlsx")
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save a template"), str(default),
                self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return None
        target = with_suffix(name, ".xlsx")
        try:
            write_ledger_template(target, QCoreApplication.translate)
        except (ZerenError, OSError) as err:
            self.summary_label.setText(self.tr("The template was not saved: {reason}").format(
                reason=failure_text(err)))
            return None
        self.summary_label.setText(self.tr("Template saved: {file}").format(file=target))
        return target

    def _previewed(self, task: Task, preview: object) -> None:
        self.task = None
        if task.control.cancelled or not self.isVisible():
            self.summary_label.setText(self.tr("Cancelled; nothing was read."))
            return
        self.preview = preview
        rows = list(getattr(preview, "rows", []))
        problems = list(getattr(preview, "problems", []))
        total = getattr(preview, "total_rows", len(rows) + len(problems))
        self.good_table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            entry: LedgerEntryInput = row.entry
            cells = [str(row.row), format_date(entry.entry_date),
                     self.cadre_names.get(entry.cadre_id, ""), enum_label(entry.category),
                     entry.matter]
            for column, text in enumerate(cells):
                self.good_table.setItem(index, column, QTableWidgetItem(text))
        for column in range(4):
            self.good_table.resizeColumnToContents(column)
        for problem in problems:
            text = problem.message.render(QCoreApplication.translate)
            item = QListWidgetItem(self.tr("Row {row}: {reason}").format(
                row=problem.row, reason=text))
            item.setForeground(QColor("#c00000"))
            self.bad_list.addItem(item)
        self.good_label.setText(self.tr("Rows to import: {n}").format(n=len(rows)))
        self.bad_label.setText(self.tr("Rows with problems (not imported): {n}").format(
            n=len(problems)))
        self.summary_label.setText(self.tr(
            "{good} of {total} rows can be imported; {bad} have problems.").format(
                good=len(rows), total=total, bad=len(problems)))
        self.import_button.setEnabled(bool(rows))
        if rows:
            self.import_button.setFocus()

    def _failed(self, task: Task, error: object) -> None:
        self.task = None
        self.import_button.setEnabled(False)
        if task.control.cancelled:
            self.summary_label.setText(self.tr("Cancelled; nothing was read."))
            return
        self.summary_label.setText(self.tr("The file could not be read: {reason}").format(
            reason=failure_text(error)))

    def start_import(self) -> Task | None:
        if self.task is not None or self.path is None or self.preview is None:
            return None
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.importing = True
        task = run_task(self.services.ledger.import_file, self.path,
                        progress_label=self.tr("Importing…"), parent=self)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._import_failed)
        self.task = task
        return task

    def _imported(self, result: object) -> None:
        self.task = None
        self.importing = False
        self.imported = int(getattr(result, "imported", 0))
        self.problems = int(getattr(result, "problems", 0))
        self.accept()

    def _import_failed(self, error: object) -> None:
        self.task = None
        self.importing = False
        self.choose_button.setEnabled(True)
        self.import_button.setEnabled(self.preview is not None)
        self.summary_label.setText(self.tr("Nothing was imported: {reason}").format(
            reason=failure_text(error)))

    def reject(self) -> None:
        if self.importing:
            return  # the import is being written: it finishes (all or nothing) first
        if self.task is not None:
            self.task.cancel()  # the preview's result is dropped when it arrives
        super().reject()


@dataclass(frozen=True)
class BookChoice:
    target: Path
    year: int
    cadre_ids: tuple[uuid.UUID, ...]
    unit_id: uuid.UUID | None
    blank: bool


class LedgerBookDialog(QDialog):
    """Which ledger books to print: one cadre's or every cadre's of a unit, for a year."""

    def __init__(self, cadres: Sequence[CadreRow], units: Sequence[UnitInfo],
                 cadre_id: uuid.UUID | None, unit_id: uuid.UUID | None, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print ledger book"))
        self.choice: BookChoice | None = None
        self.wants_preview = False   # shown in the program instead of saved
        self.cadre_radio = QRadioButton(self.tr("This &cadre"))
        self.unit_radio = QRadioButton(self.tr("All cadres of a &unit"))
        group = QButtonGroup(self)
        group.addButton(self.cadre_radio)
        group.addButton(self.unit_radio)
        self.cadre_picker = CadrePicker()
        self.cadre_picker.set_cadres(cadres)
        self.cadre_picker.set_cadre(cadre_id)
        self.unit_combo, self.unit_ids = unit_combo(units, None)
        install_unit_pick(self.unit_combo)
        if unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(unit_id))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.blank_box = QCheckBox(self.tr("&Blank book (headings and list only, to fill in"
                                           " by hand)"))
        self.file_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("Bro&wse…"))
        self.browse_button.clicked.connect(self.browse)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(BAD_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.cadre_radio, self.cadre_picker)
        form.addRow(self.unit_radio, self.unit_combo)
        form.addRow(self.tr("Year"), self.year_spin)
        form.addRow("", self.blank_box)
        form.addRow(self.tr("File"), file_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Print"))
        self.preview_button = buttons.addButton(self.tr("Pre&view…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(self.tr("Show the book in the program, to read or print"
                                               " (no file is kept)"))
        self.preview_button.clicked.connect(self.preview)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        (self.cadre_radio if cadre_id is not None or unit_id is None
         else self.unit_radio).setChecked(True)
        self.cadre_radio.toggled.connect(lambda _on: self._suggest())
        self.cadre_picker.cadre_changed.connect(self._suggest)
        self.unit_combo.currentIndexChanged.connect(lambda _index: self._suggest())
        self.year_spin.valueChanged.connect(lambda _value: self._suggest())
        self.blank_box.toggled.connect(lambda _on: self._suggest())
        self._suggested = ""
        self._suggest()
        self.resize(560, self.sizeHint().height())

    def default_name(self) -> str:
        if self.cadre_radio.isChecked():
            who = self.cadre_picker.cadre_name() or self.tr("cadre")
        else:
            index = self.unit_combo.currentIndex()
            who = self.unit_combo.itemText(index).strip("　") if index >= 0 else ""
        if self.blank_box.isChecked():
            title = self.tr("Blank ledger book")
        else:
            title = self.tr("Ledger book")
        return f"{title}-{who}-{self.year_spin.value()}.pdf"

    def _suggest(self) -> None:
        """Follow the choice with the suggested name until the user types their own."""
        current = self.file_edit.text()
        if not current or current == self._suggested:
            self._suggested = str(documents_folder() / self.default_name())
            self.file_edit.setText(self._suggested)

    def browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the ledger book"), self.file_edit.text(),
            self.tr("PDF documents (*.pdf)"))
        if name:
            self.file_edit.setText(str(with_suffix(name, ".pdf")))

    def preview(self) -> None:
        self.wants_preview = True
        self.accept()

    def accept(self) -> None:
        name = self.file_edit.text().strip()
        if self.cadre_radio.isChecked():
            cadre_id = self.cadre_picker.cadre_id()
            if cadre_id is None:
                self._error(self.tr("Choose the cadre."), self.cadre_picker)
                return
            cadre_ids: tuple[uuid.UUID, ...] = (cadre_id,)
            unit_id = None
        else:
            index = self.unit_combo.currentIndex()
            unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
            if unit_id is None:
                self._error(self.tr("Choose the unit."), self.unit_combo)
                return
            cadre_ids = ()
        if not name and not self.wants_preview:
            self._error(self.tr("Say where to save the PDF."), self.file_edit)
            return
        self.choice = BookChoice(with_suffix(name or self.default_name(), ".pdf"),
                                 self.year_spin.value(), cadre_ids, unit_id,
                                 self.blank_box.isChecked())
        super().accept()

    def _error(self, text: str, widget: QWidget) -> None:
        self.wants_preview = False
        self.error_label.setText(text)
        self.error_label.show()
        widget.setFocus()


def build_books(services: Services, choice: BookChoice, control: TaskControl) -> int:
    """In the worker: print the books; the progress callback reports and asks to go on."""

    def progress(done: int, total: int) -> bool:
        control.progress(done, total)
        return not control.cancelled

    return services.books.ledger_books(
        choice.target, choice.year, cadre_ids=choice.cadre_ids, unit_id=choice.unit_id,
        blank=choice.blank, translate=QCoreApplication.translate, progress=progress)


# -- the page


class LedgerPage(PdfPreviewOwner, GuardedPage):
    """履责纪实: filters, the paged entry table, the entry form and the reminders."""

    data_changed = Signal()
    # A derived entry's source to show: (LedgerSource value, record id).
    open_record = Signal(str, object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.editable = False
        self.can_review = False
        self.units: list[UnitInfo] = []
        self.task: Task | None = None
        self.import_dialog: LedgerImportDialog | None = None
        self.printed: Path | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self._sized = False
        today = dt.date.today()

        # -- filters
        self.filter_cadre = CadrePicker(empty_allowed=True, services=services)
        self.filter_cadre.line_edit().setPlaceholderText(self.tr("all cadres"))
        self.filter_unit, self.filter_unit_ids = unit_combo([], self.tr("All units"))
        install_unit_pick(self.filter_unit, services)
        self.filter_unit.setMinimumContentsLength(8)
        self.filter_unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.date_from = OptionalDateEdit(self.tr("any"))
        self.date_from.set_date(dt.date(today.year, 1, 1))
        self.date_to = OptionalDateEdit(self.tr("any"))
        self.date_to.set_date(dt.date(today.year, 12, 31))
        self.filter_category = QComboBox()
        self.filter_category.addItem(self.tr("All kinds"))
        for category in CATEGORIES:
            self.filter_category.addItem(category_text(category))
        self.filter_reviewed = QComboBox()
        self.filter_reviewed.addItems([self.tr("All"), self.tr("Reviewed"),
                                       self.tr("Not reviewed")])
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search names, matters, content…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self.reload())
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        widget_only = Qt.ShortcutContext.WidgetShortcut
        shortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit, self.search_edit.clear,
                 widget_only)
        self.filter_cadre.cadre_changed.connect(lambda: self.reload())
        self.filter_unit.currentIndexChanged.connect(lambda _index: self._unit_changed())
        self.date_from.changed.connect(lambda: self.reload())
        self.date_to.changed.connect(lambda: self.reload())
        self.filter_category.currentIndexChanged.connect(lambda _index: self.reload())
        self.filter_reviewed.currentIndexChanged.connect(lambda _index: self.reload())

        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        filters.addWidget(QLabel(self.tr("Cadre")), 0, 0)
        filters.addWidget(self.filter_cadre, 0, 1)
        filters.addWidget(QLabel(self.tr("Unit")), 0, 2)
        filters.addWidget(self.filter_unit, 0, 3)
        filters.addWidget(QLabel(self.tr("Category")), 0, 4)
        filters.addWidget(self.filter_category, 0, 5)
        filters.addWidget(QLabel(self.tr("Review")), 0, 6)
        filters.addWidget(self.filter_reviewed, 0, 7)
        filters.addWidget(QLabel(self.tr("Period")), 1, 0)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.date_to)
        filters.addLayout(period, 1, 1, 1, 3)
        filters.addWidget(QLabel(self.tr("Search")), 1, 4)
        filters.addWidget(self.search_edit, 1, 5, 1, 3)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 2)
        filters.setColumnStretch(5, 2)

        # -- actions
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("A new entry in the form (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_entry)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected entry (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.review_button = QPushButton(self.tr("&Approve"))
        self.review_button.setToolTip(self.tr(
            "Mark the selected entries as reviewed (reviewers and leaders)"))
        self.review_button.clicked.connect(self.review_selected)
        self.attachments_button = QPushButton(self.tr("A&ttachments…"))
        self.attachments_button.setToolTip(self.tr(
            "The evidence files of the selected entry"))
        self.attachments_button.clicked.connect(self.show_attachments)
        self.open_source_button = QPushButton(self.tr("Go to so&urce"))
        self.open_source_button.setToolTip(self.tr(
            "Open the meeting, talk, case or inspection the selected entry was made from"))
        self.open_source_button.clicked.connect(self.open_source)
        self.open_source_button.hide()
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Import entries from an Excel or CSV file"))
        self.import_button.clicked.connect(lambda: self.import_entries())
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr("Export the entries shown to an Excel file"))
        self.export_button.clicked.connect(lambda: self.export_entries())
        self.print_button = QPushButton(self.tr("&Print ledger book…"))
        self.print_button.setToolTip(self.tr(
            "The ledger book of a cadre or of every cadre of a unit, as a PDF"))
        self.print_button.clicked.connect(lambda: self.print_books())
        self.reminders_button = QPushButton(self.tr("Re&minders"))
        self.reminders_button.setCheckable(True)
        self.reminders_button.setChecked(True)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.review_button,
                       self.attachments_button, self.open_source_button, self.import_button,
                       self.export_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addWidget(self.reminders_button)

        # -- table
        self.model = LedgerTableModel(self)
        self.table = PagedTableView(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        # The content column takes the rest; no column narrower than its title.
        self.header_fit = HeaderFit(self.table, CONTENT_COLUMN)
        self.table.activated.connect(lambda index: self.edit_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_actions())
        shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                 self.delete_selected, widget_only)

        # -- form and reminders
        self.form = LedgerEntryForm(services)
        self.form.saved.connect(self._saved)
        self.readonly_label = QLabel(self.tr(
            "Your role can read the ledger but not enter or change it."))
        self.readonly_label.setStyleSheet("color: #6a6a6a;")
        self.readonly_label.hide()
        self.reminders = RemindersPanel(services)
        self.reminders.chosen.connect(self._reminder_chosen)
        self.reminders.setMinimumWidth(220)
        self.reminders_button.toggled.connect(self._toggle_reminders)
        self.status_label = QLabel()
        self.status_label.setObjectName("ledgerStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_printed_button = QPushButton(self.tr("&Open"))
        self.open_printed_button.clicked.connect(self.open_printed)
        self.open_printed_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.open_printed_button)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        form_holder = QWidget()
        form_layout = QVBoxLayout(form_holder)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(2)
        form_layout.addWidget(self.readonly_label)
        form_layout.addWidget(self.form, 1)
        left.addWidget(form_holder)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        left.setChildrenCollapsible(False)
        left.setSizes([440, 290])
        self.form.setMinimumHeight(250)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.reminders)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 260])

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(5)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(status_row)

        shortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_entry,
                 Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QWidget.setTabOrder(self.search_edit, self.table)

        # The cadres of the pickers and the reminders come when the page is first shown
        # (the main window makes every page at start); the count shows a refusal now.
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload_lookups()
            self.reload(self.selected_id())
            self.refresh_reminders()

    # -- loading

    def _apply_permissions(self) -> None:
        actor = self.services.actor
        writable = not self.services.read_only
        self.editable = actor is not None and actor.can(Permission.EDIT_DRAFTS) and writable
        self.can_review = actor is not None and actor.can(Permission.REVIEW) and writable
        self.form.setEnabled(self.editable)
        self.readonly_label.setVisible(not self.editable)
        for button in (self.new_button, self.import_button):
            button.setEnabled(self.editable)
        self._update_actions()

    def reload_lookups(self) -> None:
        """The cadres of the pickers and the units of the filter."""
        try:
            cadres = self.services.cadres.search("", limit=CADRE_LIMIT)
            self.units = self.services.units.list_all()
        except ACCESS_ERRORS as err:
            self.show_notice(err)
            return
        except ZerenError:
            return
        self.filter_cadre.set_cadres(cadres)
        self.form.set_cadres(cadres)
        self.filter_unit.blockSignals(True)
        fill_units(self.filter_unit, self.filter_unit_ids, self.units, self.tr("All units"))
        self.filter_unit.blockSignals(False)

    def current_filter(self) -> LedgerFilter:
        index = self.filter_category.currentIndex()
        reviewed = {1: True, 2: False}.get(self.filter_reviewed.currentIndex())
        return LedgerFilter(
            cadre_id=self.filter_cadre.cadre_id(), unit_id=self.filter_unit_id(),
            date_from=self.date_from.date(), date_to=self.date_to.date(),
            category=CATEGORIES[index - 1] if index >= 1 else None, reviewed=reviewed,
            text=self.search_edit.text().strip())

    def filter_unit_id(self) -> uuid.UUID | None:
        index = self.filter_unit.currentIndex()
        return self.filter_unit_ids[index] if 0 <= index < len(self.filter_unit_ids) else None

    def _unit_changed(self) -> None:
        self.reload()
        self.refresh_reminders()

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Count and load the first page under the filter; keep or make a selection."""
        self.search_timer.stop()
        where = self.current_filter()
        ledger = self.services.ledger
        try:
            self.model.reset(lambda: ledger.count(where),
                             lambda sort, descending, offset, limit: ledger.page(
                                 where, sort, descending, offset, limit))
        except ACCESS_ERRORS as err:
            self.model.clear()
            self.show_notice(err)
            return
        except ZerenError as err:
            self._status(error_text(err), False)
            return
        self.show_content()
        self._apply_permissions()
        if self.model.rowCount() and not self._sized:
            self._size_columns()
        self._update_count()
        if select is not None:
            self.select_entry(select)
        self._update_actions()

    def refresh_reminders(self, cadre_ids: set[uuid.UUID] | None = None) -> None:
        """All reminders, or those of some cadres only (after their entries changed)."""
        if self.reminders.isHidden():
            return
        unit_id = self.filter_unit_id()
        if cadre_ids is not None and unit_id == self.reminders.unit_id:
            self.reminders.refresh_cadres(cadre_ids)
            return
        self.reminders.unit_id = unit_id
        self.reminders.reload()

    def _size_columns(self) -> None:
        """Fit the columns to their contents within bounds; the content column takes the
        rest. Only on screen: a hidden view counts every row as shown and would fetch
        them all (a county's 1,000,000) to measure them; showing the page sizes them."""
        if not self.table.isVisible():
            return
        self.table.resizeColumnsToContents()
        bounds = {0: (80, 100), 1: (56, 110), 2: (64, 160), 3: (80, 170), 4: (140, 260),
                  5: (60, 130), 7: (56, 100), 8: (56, 110)}
        for column, (least, most) in bounds.items():
            least = max(least, self.header_fit.least(column))
            width = self.table.columnWidth(column) + 8
            self.table.setColumnWidth(column, min(max(width, least), max(most, least)))
        # Too wide for the view with the content column's title whole: the matter and
        # the place give way first (to their least), rather than a scroll bar.
        viewport = self.table.viewport()
        over = sum(self.table.columnWidth(c) for c in range(self.model.columnCount())
                   if c != CONTENT_COLUMN) + self.header_fit.least(CONTENT_COLUMN) \
            - (viewport.width() if viewport is not None else 0)
        for column in (4, 5, 2, 3):
            if over <= 0:
                break
            least = max(bounds[column][0], self.header_fit.least(column))
            give = min(over, self.table.columnWidth(column) - least)
            if give > 0:
                self.table.setColumnWidth(column, self.table.columnWidth(column) - give)
                over -= give
        self.header_fit.fit()
        self._sized = True

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} entries").format(n=self.model.total))

    def select_entry(self, entry_id: uuid.UUID) -> bool:
        """Select an entry: among the pages already fetched, else in the first rows (a
        just-saved entry is among the newest)."""
        row = self.model.find(entry_id, FIND_LIMIT)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_rows(self) -> list[LedgerRow]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def selected_id(self) -> uuid.UUID | None:
        rows = self.selected_rows()
        return rows[0].id if rows else None

    def _update_actions(self) -> None:
        selected = self.selected_rows()
        # Derived entries change only with their source (meeting, talk …); the Delete
        # key asks the same (delete_selected).
        self.delete_button.setEnabled(self.editable and bool(selected)
                                      and self.delete_refusal(selected) is None)
        self.open_source_button.setVisible(len(selected) == 1 and selected[0].derived)
        self.review_button.setEnabled(self.can_review and any(not r.reviewed
                                                              for r in selected))
        self.attachments_button.setEnabled(len(selected) == 1 and not selected[0].derived)
        self.export_button.setEnabled(self.task is None and self.model.total > 0)
        self.print_button.setEnabled(self.task is None)

    def _status(self, text: str, ok: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)
        self.open_printed_button.hide()

    # -- the form

    def new_entry(self) -> None:
        if not self.editable:
            return
        self.form.new_entry()

    def edit_row(self, row: int) -> None:
        info = self.model.row_at(row)
        if info is None:
            return
        if info.derived:
            # Typed once in its source record: open that record instead of the form.
            self._status(source_text(info), True)
            return
        self.form.edit(info.id)

    def open_source(self) -> None:
        """Show the meeting, talk, case, inspection or scoring a derived entry came from."""
        rows = self.selected_rows()
        if len(rows) != 1 or not rows[0].derived:
            return
        try:
            source = self.services.ledger.source_record(rows[0].id)
        except ZerenError as err:
            self._status(error_text(err), False)
            return
        if source is None:
            self._status(self.tr("The record this entry was made from no longer exists."),
                         False)
            return
        kind, record_id = source
        self.open_record.emit(kind.value, record_id)

    def _saved(self, entry_id: object) -> None:
        assert isinstance(entry_id, uuid.UUID)
        self.reload(select=entry_id)
        if self.model.row_of(entry_id) < 0:
            self._status(self.tr("Saved. The entry is not shown under the current filter."),
                         True)
        else:
            self._status(self.tr("Saved."), True)
        self.refresh_reminders(set(self.form.saved_cadres))
        self.form.matter_edit.setFocus()
        self.data_changed.emit()

    def _toggle_reminders(self, on: bool) -> None:
        self.reminders.setVisible(on)
        self.refresh_reminders()

    def _reminder_chosen(self, cadre_id: object, category: object, item_id: object) -> None:
        if not self.editable or not isinstance(cadre_id, uuid.UUID):
            return
        self.form.prefill(cadre_id, category if isinstance(category, LedgerCategory)
                          else None, item_id if isinstance(item_id, uuid.UUID) else None)

    # -- actions on the table

    def delete_refusal(self, rows: Sequence[LedgerRow]) -> str | None:
        """Why the selected entries cannot be deleted (None: they can). A derived entry
        changes only with its source, so a selection holding one deletes nothing."""
        derived = [r for r in rows if r.derived and r.source_kind is not None]
        if not derived:
            return None
        if len(rows) == 1:
            row = derived[0]
            return self.tr("Not deleted: this entry was made from the {source} “{label}”;"
                           " change or delete it in that record.").format(
                source=enum_label(row.source_kind), label=row.source_label)
        kinds = list(dict.fromkeys(enum_label(r.source_kind) for r in derived
                                   if r.source_kind is not None))
        return self.tr("Nothing deleted: the selection holds entries made from other records"
                       " ({sources}); change or delete them in their source records.").format(
            sources=QCoreApplication.translate("Message", ", ").join(kinds))

    def delete_selected(self) -> None:
        """The Delete button and the Delete key: all the selected entries or none."""
        rows = self.selected_rows()
        if not self.editable or not rows:
            return
        refusal = self.delete_refusal(rows)
        if refusal is not None:
            self._status(refusal, False)
            return
        if len(rows) == 1:
            row = rows[0]
            question = self.tr("Delete the entry of {date}, {cadre}: “{matter}”? This cannot"
                               " be undone.").format(date=format_date(row.entry_date),
                                                     cadre=row.cadre_name, matter=row.matter)
        else:
            question = self.tr("Delete these {n} entries? This cannot be undone.").format(
                n=len(rows))
        answer = QMessageBox.question(
            self, self.tr("Delete entry"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        # The service deletes one entry at a time; what it could refuse (a derived entry)
        # was checked above, so a failure here is rare (e.g. deleted meanwhile elsewhere).
        deleted = 0
        try:
            for row in rows:
                self.services.ledger.delete(row.id)
                deleted += 1
                if self.form.editing_id == row.id:
                    self.form.new_entry()
        except ZerenError as err:
            if deleted:
                self._status(self.tr("Deleted {n} of {total} entries; the others not: {reason}")
                             .format(n=deleted, total=len(rows), reason=error_text(err)),
                             False)
            else:
                self._status(self.tr("Not deleted: {reason}").format(reason=error_text(err)),
                             False)
        else:
            self._status(self.tr("Deleted {n} entries.").format(n=deleted), True)
        self.reload()
        self.refresh_reminders({r.cadre_id for r in rows})
        self.data_changed.emit()

    def review_selected(self) -> None:
        if not self.can_review:
            return
        rows = self.selected_rows()
        if not rows:
            return
        try:
            marked = self.services.ledger.review([r.id for r in rows])
        except ZerenError as err:
            self._status(error_text(err), False)
            return
        self._status(self.tr("Marked {n} entries as reviewed.").format(n=marked), True)
        self.reload(select=rows[0].id)

    def show_attachments(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return
        row = rows[0]
        title = self.tr("Attachments of the entry of {date}, {cadre}: {matter}").format(
            date=format_date(row.entry_date), cadre=row.cadre_name, matter=row.matter)
        dialog = AttachmentsDialog(self.services, row.id, title, self.editable, self)
        dialog.exec()
        dialog.deleteLater()

    # -- import, export, books

    def import_entries(self) -> LedgerImportDialog | None:
        """Open the import dialog (not modal to the caller: it reports through `finished`)."""
        if not self.editable or self.import_dialog is not None:
            return None
        names = {r.id: r.name for r in self.form.cadre_picker.rows()}
        dialog = LedgerImportDialog(self.services, names, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        self.import_dialog = dialog
        dialog.show()
        return dialog

    def _import_closed(self, dialog: LedgerImportDialog) -> None:
        self.import_dialog = None
        if dialog.imported is not None:
            self._status(self.tr("Imported {n} entries; {bad} rows with problems were left"
                                 " out.").format(n=dialog.imported, bad=dialog.problems or 0),
                         True)
            self.reload()
            self.refresh_reminders()
            self.data_changed.emit()
        if dialog.task is not None:  # a cancelled preview still reports: delete after it
            dialog.task.finished.connect(dialog.deleteLater)
        else:
            dialog.deleteLater()

    def export_entries(self) -> Task | None:
        if self.task is not None:
            return None
        title = self.tr("Duty ledger")
        default = documents_folder() / f"{title}-{dt.date.today():%Y%m%d}.xlsx"
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the ledger"), str(default),
            self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return None
        target = with_suffix(name, ".xlsx")
        task = run_task(self.services.ledger.export_xlsx, target, self.current_filter(),
                        translate=QCoreApplication.translate,
                        progress_label=self.tr("Exporting the ledger…"), parent=self)
        task.succeeded.connect(lambda count: self._exported(target, count))
        task.failed.connect(lambda error: self._task_failed(
            self.tr("The export failed: {reason}"), error))
        self.task = task
        self._update_actions()
        return task

    def _exported(self, target: Path, count: object) -> None:
        self._task_done(self.tr("Exported {n} entries to {file}.").format(n=count, file=target),
                        True)

    def _task_failed(self, template: str, error: object) -> None:
        self._task_done(template.format(reason=failure_text(error)), False)

    def _task_done(self, text: str, ok: bool) -> None:
        self.task = None
        self._update_actions()
        self._status(text, ok)

    def print_books(self, choice: BookChoice | None = None,
                    preview: bool = False) -> Task | None:
        """Ask what to print (unless given), then build the PDF in the worker; with
        `preview` (or the dialog's Preview button) into a temporary file shown in the
        program."""
        if self.task is not None:
            return None
        if choice is None:
            year = self.date_from.date() or dt.date.today()
            dialog = LedgerBookDialog(
                self.form.cadre_picker.rows(), self.units,
                self.filter_cadre.cadre_id() or self.form.cadre_picker.cadre_id(),
                self.filter_unit_id(), year.year, self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            choice = dialog.choice
            preview = dialog.wants_preview
            dialog.deleteLater()
            if not accepted or choice is None:
                return None
        if preview:
            choice = replace(choice, target=preview_path(choice.target.name))
        label = self.tr("Printing the ledger book…")
        self._status(label, True)
        target = choice.target
        if preview:
            task = self.preview_in_worker(
                target, target.stem, build_books, self.services, choice, control=True,
                progress_label=label, cancellable=True,
                on_ready=lambda _pages: self._task_done("", True))
        else:
            task = run_task(build_books, self.services, choice, control=True,
                            progress_label=label, cancellable=True, parent=self)
            task.succeeded.connect(lambda pages: self._printed(target, pages))
        task.failed.connect(lambda error: self._print_failed(task, error))
        self.task = task
        self._update_actions()
        return task

    def _printed(self, target: Path, pages: object) -> None:
        self.task = None
        self._update_actions()
        self.printed = target
        self._status(self.tr("The ledger book was saved ({pages} pages): {file}").format(
            pages=pages, file=target), True)
        self.open_printed_button.show()
        self.open_printed_button.setFocus()

    def _print_failed(self, task: Task, error: object) -> None:
        if task.control.cancelled:
            self._task_done(self.tr("Printing was cancelled; no file was written."), False)
            return
        self._task_failed(self.tr("The ledger book was not printed: {reason}"), error)

    def open_printed(self) -> None:
        if self.printed is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.printed)))
