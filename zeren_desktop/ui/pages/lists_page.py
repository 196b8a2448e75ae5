"""Responsibility lists (责任清单): the year's lists, their items, signing and printing.

The page shows the lists (filtered by year, unit, kind and text) and, below, the selected
list's particulars and items with a status per item. Dialogs issue lists in bulk or one
at a time, record the signature and the year-end report, and (for the administrator)
edit the templates the lists are copied from.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import ItemStatus, ListRole, TeamKind
from zeren_desktop.domain.ledger import (
    YEAR_MAX,
    YEAR_MIN,
    IssueRequest,
    ItemStatusInput,
    SignatureInput,
    TemplateInput,
    TemplateItemInput,
    YearEndInput,
)
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.dto import CadreRow, TeamInfo
from zeren_desktop.services.ledger_dto import (
    IssueResult,
    ListDetail,
    ListRow,
    TemplateInfo,
)
from zeren_desktop.services.lists import display_title
from zeren_desktop.ui.common import enum_label, error_text, format_date, from_qdate
from zeren_desktop.ui.dialogs.unit_dialog import ordered_tree
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.record_table import DialogOwner
from zeren_desktop.ui.widgets import make_date_edit
from zeren_desktop.ui.widgets.form_state import DiscardGuard
from zeren_desktop.ui.widgets.pdf_preview import (
    PdfPreviewDialog,
    PdfPreviewOwner,
    preview_path,
)
from zeren_desktop.ui.widgets.quick_pick import install_enter_navigation, install_unit_pick
from zeren_desktop.ui.widgets.screen_fit import FormScrollArea, fit_to_screen
from zeren_desktop.ui.worker import Task, run_task

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 250
CADRE_LIMIT = 50
ROLES: tuple[ListRole, ...] = tuple(ListRole)
STATUSES: tuple[ItemStatus, ...] = tuple(ItemStatus)
ERROR_STYLE = "color: #c00000;"
NOTE_STYLE = "color: #555555;"
# An item field of a template ("items[3].text"): which row, which column.
_ITEM_FIELD = re.compile(r"items\[(\d+)\]\.(area|text)")


def list_title(row: ListRow) -> str:
    """The list's title in the interface language."""
    return display_title(row.year, row.role, row.title, QCoreApplication.translate)


def role_text(role: ListRole) -> str:
    return enum_label(role)


def this_year() -> int:
    return dt.date.today().year


def make_year_spin(year: int | None, all_text: str | None = None) -> QSpinBox:
    """A year; with `all_text`, the value below the first year means "every year"."""
    spin = QSpinBox()
    spin.setRange(YEAR_MIN - (1 if all_text else 0), YEAR_MAX)
    if all_text:
        spin.setSpecialValueText(all_text)
    spin.setValue(year if year is not None else spin.minimum())
    spin.setMinimumWidth(90)
    return spin


def spin_year(spin: QSpinBox) -> int | None:
    """The chosen year, None for "every year"."""
    if spin.specialValueText() and spin.value() == spin.minimum():
        return None
    return spin.value()


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def fill_unit_combo(combo: QComboBox, services: Services,
                    first: str | None = None) -> list[uuid.UUID | None]:
    """Units in tree order, indented; `first` is an entry for "no unit"/"all units".
    The combo becomes searchable by name and pinyin initials, recent units first
    (ui/widgets/quick_pick.py); its indices stay those of the returned ids."""
    ids: list[uuid.UUID | None] = []
    combo.clear()
    if first is not None:
        combo.addItem(first)
        ids.append(None)
    for unit, depth in ordered_tree(services.units.list_all()):
        combo.addItem("\u3000" * depth + unit.name)
        ids.append(unit.id)
    combo.setMaxVisibleItems(20)
    install_unit_pick(combo, services, ids)
    return ids


class FormDialog(DiscardGuard, QDialog):
    """A dialog with a form, an error line and OK/Cancel; `save()` is the OK button.
    Cancelling asks before what was typed is thrown away (DiscardGuard)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Field names of the services' ValidationError: label and widget.
        self.field_labels: dict[str, str] = {}
        self.field_widgets: dict[str, QWidget] = {}

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish_layout(self, body: QFormLayout | QVBoxLayout, *, scroll: bool = False) -> None:
        """The form, the error line and the buttons. With `scroll`, a tall form scrolls
        between the title and the buttons when the screen is lower than the form (the
        buttons stay in sight), and the dialog keeps within its screen."""
        layout = QVBoxLayout(self)
        self.form_scroll: FormScrollArea | None = None
        if scroll:
            form = QWidget()
            form.setObjectName("formBody")
            form.setLayout(body)
            body.setContentsMargins(0, 0, 0, 0)
            self.form_scroll = FormScrollArea(form)
            layout.addWidget(self.form_scroll, 1)
        else:
            layout.addLayout(body)
        layout.addWidget(self.error_label)
        layout.addStretch(0 if scroll else 1)   # the scrolling form takes the height
        layout.addWidget(self.buttons)
        # Every form the same way (fast entry): Enter to the next field, a new line in a
        # text; Enter on the last field or Ctrl+Enter anywhere is OK.
        self.enter_navigation = install_enter_navigation(self, self.save)
        if scroll:
            # The whole form where the screen has room (a window's first size is at most
            # 2/3 of the screen otherwise), else as high as the screen.
            self.resize(self.sizeHint())
            fit_to_screen(self)

    def show_error(self, text: str, field: str | None = None) -> None:
        label = self.field_labels.get(field or "")
        if label:
            text = QCoreApplication.translate("ListsPage", "{field}: {message}").format(
                field=label, message=text)
        self.error_label.setText(text)
        self.error_label.show()
        widget = self.field_widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def run(self, call: Callable[[], object]) -> bool:
        """Call a service; show its refusal here and say whether it went through."""
        try:
            call()
        except ValidationError as err:
            self.show_error(error_text(err), err.field)
            return False
        except ZerenError as err:
            self.show_error(error_text(err))
            return False
        return True

    def save(self) -> None:  # pragma: no cover - every dialog has its own
        self.accept()


class CadreFinder(QWidget):
    """Find a cadre by typing part of the name or its pinyin initials (`wm`: 魏明); the list
    shows the matches, the cadres the user picked lately first."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.cadre_ids: list[uuid.UUID] = []
        self.names: list[str] = []
        self._filling = False
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Type part of a name, unit or post, or the pinyin initials of a name"))
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMinimumHeight(110)
        self.results.setMaximumHeight(150)
        self.results.currentRowChanged.connect(self._row_changed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.search_edit.textEdited.connect(lambda _text: self.timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results)
        self.setFocusProxy(self.search_edit)
        self.search()

    def search(self, select: uuid.UUID | None = None) -> None:
        self.timer.stop()
        keep = select if select is not None else self.cadre_id()
        try:
            rows = self.services.cadres.search(self.search_edit.text(), limit=CADRE_LIMIT,
                                               recent_first=True)
        except ZerenError:
            rows = []
        self._filling = True
        try:
            self._fill(rows, keep)
        finally:
            self._filling = False
        self.changed.emit()

    def _fill(self, rows: list[CadreRow], keep: uuid.UUID | None) -> None:
        self.results.clear()
        self.cadre_ids = [r.id for r in rows]
        self.names = [r.name for r in rows]
        for row in rows:
            where = "　".join(part for part in (row.unit_name, row.title) if part)
            item = QListWidgetItem(f"{row.name}　{where}" if where else row.name)
            self.results.addItem(item)
        if keep in self.cadre_ids:
            self.results.setCurrentRow(self.cadre_ids.index(keep))
        elif len(rows) == 1:
            self.results.setCurrentRow(0)

    def _row_changed(self, row: int) -> None:
        if self._filling:
            return
        if 0 <= row < len(self.cadre_ids):
            # picked by the user (not by a new search): listed first from now on
            self.services.cadres.note_used(self.cadre_ids[row])
        self.changed.emit()

    def cadre_id(self) -> uuid.UUID | None:
        row = self.results.currentRow()
        return self.cadre_ids[row] if 0 <= row < len(self.cadre_ids) else None

    def cadre_name(self) -> str:
        row = self.results.currentRow()
        return self.names[row] if 0 <= row < len(self.names) else ""

    def select(self, cadre_id: uuid.UUID | None, name: str = "") -> None:
        if cadre_id is None:
            return
        self.search_edit.setText(name)
        self.search(select=cadre_id)


class IssueDialog(FormDialog):
    """Issue the year's lists to the teams and team members of some units at once."""

    def __init__(self, services: Services, year: int, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("Issue lists"))
        self.setMinimumWidth(520)
        self.result_value: IssueResult | None = None
        self.year_spin = make_year_spin(year)
        self.date_edit = make_date_edit()
        self.subunits_box = QCheckBox(self.tr("Also the &units under the chosen ones"))
        self.subunits_box.setChecked(True)
        self.unit_tree = QTreeWidget()
        self.unit_tree.setHeaderHidden(True)
        self.unit_tree.setMinimumHeight(240)
        self.unit_items: dict[uuid.UUID, QTreeWidgetItem] = {}
        for unit, _depth in ordered_tree(services.units.list_all()):
            parent_item = self.unit_items.get(unit.parent_id) if unit.parent_id else None
            item = QTreeWidgetItem([unit.name])
            item.setData(0, ID_ROLE, str(unit.id))
            item.setCheckState(0, Qt.CheckState.Unchecked)
            if parent_item is not None:
                parent_item.addChild(item)
            else:
                self.unit_tree.addTopLevelItem(item)
                item.setExpanded(True)
            self.unit_items[unit.id] = item
        note = QLabel(self.tr(
            "Every leadership team of the chosen units gets its list for the year, and every"
            " member of a Party committee team the list of their role, copied from the active"
            " templates. Whoever already has the year's list of that kind is skipped."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Year"), self.year_spin)
        form.addRow(self.tr("Issued &on"), self.date_edit)
        form.addRow(self.tr("Units"), self.unit_tree)
        form.addRow("", self.subunits_box)
        form.addRow(note)
        self.ok_button.setText(self.tr("&Issue"))
        self.field_labels = {"year": self.tr("Year"), "issued_on": self.tr("Issued on"),
                             "unit_ids": self.tr("Units")}
        self.field_widgets = {"year": self.year_spin, "issued_on": self.date_edit,
                              "unit_ids": self.unit_tree}
        self.finish_layout(form)

    def check_unit(self, unit_id: uuid.UUID, checked: bool = True) -> None:
        self.unit_items[unit_id].setCheckState(
            0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_units(self) -> list[uuid.UUID]:
        return [uid for uid, item in self.unit_items.items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def save(self) -> None:
        request = IssueRequest(self.year_spin.value(), tuple(self.checked_units()),
                               from_qdate(self.date_edit.date()),
                               self.subunits_box.isChecked())

        def issue() -> None:
            self.result_value = self.services.lists.issue(request)

        if self.run(issue):
            self.accept()


class NewListDialog(FormDialog):
    """One list from a chosen template: for a leadership team or for a cadre."""

    def __init__(self, services: Services, year: int, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.setWindowTitle(self.tr("New responsibility list"))
        self.setMinimumWidth(560)
        self.saved_id: uuid.UUID | None = None
        self.saved_year = year
        self.templates: list[TemplateInfo] = services.lists.templates()
        self.template_combo = QComboBox()
        for template in self.templates:
            self.template_combo.addItem(self.tr("{role}: {name}").format(
                name=template.name, role=role_text(template.role)))
        self.year_spin = make_year_spin(year)
        self.date_edit = make_date_edit()

        # The holder: a team (unit, then its team) or a cadre, by the template's role.
        self.unit_combo = QComboBox()
        self.unit_ids = fill_unit_combo(self.unit_combo, services)
        self.team_combo = QComboBox()
        self.teams: list[TeamInfo] = []
        team_page = QWidget()
        team_form = QFormLayout(team_page)
        team_form.setContentsMargins(0, 0, 0, 0)
        team_form.addRow(self.tr("U&nit"), self.unit_combo)
        team_form.addRow(self.tr("&Team"), self.team_combo)
        self.cadre_picker = CadreFinder(services)
        self.holder_stack = QStackedWidget()
        self.holder_stack.addWidget(team_page)
        self.holder_stack.addWidget(self.cadre_picker)
        self.holder_label = QLabel()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("T&emplate"), self.template_combo)
        form.addRow(self.holder_label, self.holder_stack)
        form.addRow(self.tr("&Year"), self.year_spin)
        form.addRow(self.tr("&Issued on"), self.date_edit)
        self.field_labels = {"year": self.tr("Year"), "issued_on": self.tr("Issued on")}
        self.field_widgets = {"year": self.year_spin, "issued_on": self.date_edit}
        self.finish_layout(form)

        self.template_combo.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._load_teams())
        self._template_changed()

    def template(self) -> TemplateInfo | None:
        index = self.template_combo.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def select_template(self, role: ListRole) -> None:
        for index, template in enumerate(self.templates):
            if template.role is role:
                self.template_combo.setCurrentIndex(index)
                return

    def for_team(self) -> bool:
        template = self.template()
        return template is not None and template.role.for_team

    def _template_changed(self) -> None:
        team = self.for_team()
        self.holder_stack.setCurrentIndex(0 if team else 1)
        self.holder_label.setText(self.tr("Leadership team") if team else self.tr("&Cadre"))
        self.holder_label.setBuddy(self.unit_combo if team else self.cadre_picker)
        self._load_teams()

    def _load_teams(self) -> None:
        self.team_combo.clear()
        self.teams = []
        index = self.unit_combo.currentIndex()
        template = self.template()
        if not 0 <= index < len(self.unit_ids) or template is None:
            return
        unit_id = self.unit_ids[index]
        if unit_id is None:
            return
        kind = (TeamKind.DISCIPLINE if template.role is ListRole.SUPERVISORY
                else TeamKind.PARTY_COMMITTEE)
        try:
            teams = self.services.teams.for_unit(unit_id)
        except ZerenError:
            teams = []
        self.teams = [t for t in teams if t.kind is kind]
        for team in self.teams:
            self.team_combo.addItem(team.name)
        if not self.teams:
            self.team_combo.addItem(self.tr("(this unit has no such team)"))
        self.team_combo.setEnabled(bool(self.teams))

    def select_unit(self, unit_id: uuid.UUID) -> None:
        if unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(unit_id))

    def save(self) -> None:
        template = self.template()
        if template is None:
            self.show_error(self.tr("There is no active list template."))
            return
        year, issued_on = self.year_spin.value(), from_qdate(self.date_edit.date())
        if self.for_team():
            index = self.team_combo.currentIndex()
            if not self.teams or not 0 <= index < len(self.teams):
                self.show_error(self.tr("Choose a unit that has such a leadership team."))
                self.unit_combo.setFocus()
                return
            team_id = self.teams[index].id

            def issue() -> None:
                self.saved_id = self.services.lists.issue_one(
                    year, template.id, issued_on, team_id=team_id)
        else:
            cadre_id = self.cadre_picker.cadre_id()
            if cadre_id is None:
                self.show_error(self.tr("Choose the cadre the list is for."))
                self.cadre_picker.setFocus()
                return

            def issue() -> None:
                self.saved_id = self.services.lists.issue_one(
                    year, template.id, issued_on, cadre_id=cadre_id)

        if self.run(issue):
            self.saved_year = year
            self.accept()


class SignDialog(FormDialog):
    """Record that the holder signed the paper list (责任书)."""

    def __init__(self, services: Services, row: ListRow, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.row = row
        self.setWindowTitle(self.tr("Sign the list"))
        self.setMinimumWidth(460)
        what = QLabel(self.tr("{title}<br>{holder}, {unit} — No. {number}").format(
            title=html.escape(list_title(row)), holder=html.escape(row.holder),
            unit=html.escape(row.unit_name), number=html.escape(row.number)))
        what.setWordWrap(True)
        self.date_edit = make_date_edit()
        self.name_edit = QLineEdit(row.holder)
        self.name_edit.setMaxLength(50)
        self.name_edit.selectAll()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(what)
        form.addRow(self.tr("Signed &on"), self.date_edit)
        form.addRow(self.tr("Signed &by"), self.name_edit)
        note = QLabel(self.tr(
            "A signed list cannot be deleted, and its signature cannot be changed."))
        note.setStyleSheet(NOTE_STYLE)
        form.addRow(note)
        self.field_labels = {"signed_on": self.tr("Signed on"),
                             "signed_by": self.tr("Signed by")}
        self.field_widgets = {"signed_on": self.date_edit, "signed_by": self.name_edit}
        self.finish_layout(form)
        self.name_edit.setFocus()

    def save(self) -> None:
        data = SignatureInput(from_qdate(self.date_edit.date()), self.name_edit.text())
        if self.run(lambda: self.services.lists.sign(self.row.id, data)):
            self.accept()


class YearEndDialog(FormDialog):
    """The year-end page: the holder's self-report and the assessment result."""

    def __init__(self, services: Services, detail: ListDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.list_id = detail.row.id
        self.setWindowTitle(self.tr("Year-end report"))
        self.setMinimumWidth(560)
        what = QLabel(self.tr("{title} — {holder}").format(
            title=html.escape(list_title(detail.row)), holder=html.escape(detail.row.holder)))
        what.setWordWrap(True)
        self.report_edit = QPlainTextEdit(detail.self_report)
        self.report_edit.setTabChangesFocus(True)
        self.report_edit.setMinimumHeight(180)
        self.result_edit = QLineEdit(detail.assessment_result)
        self.result_edit.setMaxLength(200)
        self.result_edit.setPlaceholderText(self.tr("e.g. 好, 较好, 一般 or 差"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(what)
        form.addRow(self.tr("&Self-report"), self.report_edit)
        form.addRow(self.tr("&Assessment result"), self.result_edit)
        self.field_labels = {"self_report": self.tr("Self-report"),
                             "assessment_result": self.tr("Assessment result")}
        self.field_widgets = {"self_report": self.report_edit,
                              "assessment_result": self.result_edit}
        self.finish_layout(form)
        self.report_edit.setFocus()

    def save(self) -> None:
        data = YearEndInput(self.report_edit.toPlainText(), self.result_edit.text())
        if self.run(lambda: self.services.lists.set_year_end(self.list_id, data)):
            self.accept()


class TemplatesDialog(QDialog):
    """The list templates: name, items (area and text, in order) and whether in use.

    Removing an item retires it: lists issued before keep their own copy of the text, and
    new lists no longer get it. Unsaved changes are never dropped without asking.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        self.editable = actor is not None and actor.can(Permission.MANAGE_SETTINGS) \
            and not services.read_only
        self.templates: list[TemplateInfo] = []
        self.current: TemplateInfo | None = None
        self.dirty = False
        self._loading = False
        self.setWindowTitle(self.tr("Responsibility list templates"))
        self.resize(980, 640)
        fit_to_screen(self)  # a 1366×768 screen at 125 % has 552 px

        self.template_list = QListWidget()
        self.template_list.setMinimumWidth(250)
        self.template_list.setSpacing(3)
        self.template_list.currentRowChanged.connect(self._template_chosen)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.name_edit.textEdited.connect(lambda _text: self._changed())
        self.role_label = QLabel()
        self.active_box = QCheckBox(self.tr("&In use: new lists of this kind are copied from it"))
        self.active_box.toggled.connect(lambda _on: self._changed())

        self.items_table = QTableWidget(0, 2)
        self.items_table.setHorizontalHeaderLabels([self.tr("Area"), self.tr("Item")])
        self.items_table.setWordWrap(True)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.items_table.setColumnWidth(0, 190)
        self.items_table.itemChanged.connect(self._item_changed)
        self.items_table.currentCellChanged.connect(lambda *_args: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("&Remove item"))
        self.remove_button.setToolTip(self.tr(
            "The item is retired, not deleted: lists already issued keep their text; new"
            " lists no longer get it."))
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        item_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            item_buttons.addWidget(button)
        item_buttons.addStretch(1)
        self.retired_label = QLabel()
        self.retired_label.setStyleSheet(NOTE_STYLE)
        self.retired_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.role_label)
        form.addRow("", self.active_box)
        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.items_table, 1)
        editor_layout.addLayout(item_buttons)
        editor_layout.addWidget(self.retired_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.template_list)
        splitter.addWidget(editor)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.error_label = error_label()
        self.status_label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)

        if not self.editable:
            self.name_edit.setReadOnly(True)
            self.active_box.setEnabled(False)
            self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            for button in (self.add_button, self.remove_button, self.up_button,
                           self.down_button, self.save_button):
                button.hide()
            self.status_label.setText(self.tr(
                "Only the administrator edits the templates; they are shown read-only."))
        self.reload()

    # -- loading

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.templates = self.services.lists.templates(include_inactive=True)
        order = list(ListRole)
        self.templates.sort(key=lambda t: (order.index(t.role), not t.is_active, t.name))
        keep = select if select is not None else (self.current.id if self.current else None)
        self.template_list.blockSignals(True)
        self.template_list.clear()
        for template in self.templates:
            text = f"{role_text(template.role)}\n{template.name}"
            if not template.is_active:
                text += self.tr(" (not in use)")
            item = QListWidgetItem(text)
            if not template.is_active:
                item.setForeground(QBrush(QColor("#777777")))
            self.template_list.addItem(item)
        self.template_list.blockSignals(False)
        ids = [t.id for t in self.templates]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.template_list.setCurrentRow(row)
        self._show(self.templates[row] if row >= 0 else None)

    def _show(self, template: TemplateInfo | None) -> None:
        self._loading = True
        self.current = template
        self.items_table.setRowCount(0)
        self.error_label.hide()
        if template is None:
            self.name_edit.clear()
            self.role_label.clear()
        else:
            self.name_edit.setText(template.name)
            self.role_label.setText(role_text(template.role))
            self.active_box.setChecked(template.is_active)
            current = template.current_items
            self.items_table.setRowCount(len(current))
            for row, info in enumerate(current):
                self._set_row(row, info.area, info.text, info.id)
            retired = [i for i in template.items if i.retired_on is not None]
            self.retired_label.setText(self.tr(
                "{n} retired items are kept only in the lists issued before they were"
                " retired.").format(n=len(retired)) if retired else "")
            self.retired_label.setToolTip("\n".join(
                f"{format_date(i.retired_on)}  {i.text}" for i in retired))
            self.items_table.resizeRowsToContents()
        self._loading = False
        self.dirty = False
        self._update_buttons()

    def _set_row(self, row: int, area: str, text: str, item_id: uuid.UUID | None) -> None:
        area_item = QTableWidgetItem(area)
        area_item.setData(ID_ROLE, str(item_id) if item_id is not None else "")
        self.items_table.setItem(row, 0, area_item)
        self.items_table.setItem(row, 1, QTableWidgetItem(text))

    def _template_chosen(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self.templates):
            return
        if self.current is not None and self.templates[row].id == self.current.id:
            return
        if self.dirty and not self.confirm_discard():
            back = [t.id for t in self.templates].index(self.current.id) if self.current else -1
            self.template_list.blockSignals(True)
            self.template_list.setCurrentRow(back)
            self.template_list.blockSignals(False)
            return
        self._show(self.templates[row])

    # -- editing

    def _changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.status_label.clear()

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self._changed()

    def _update_buttons(self) -> None:
        row = self.items_table.currentRow()
        has = self.current is not None
        self.add_button.setEnabled(has)
        self.remove_button.setEnabled(has and row >= 0)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and 0 <= row < self.items_table.rowCount() - 1)
        self.save_button.setEnabled(has)

    def add_item(self) -> None:
        """A new item below the current one, in the same area; its text is edited at once."""
        if self.current is None or not self.editable:
            return
        current = self.items_table.currentRow()
        row = current + 1 if current >= 0 else self.items_table.rowCount()
        area_item = self.items_table.item(current, 0) if current >= 0 else None
        area = area_item.text() if area_item is not None else ""
        self._loading = True
        self.items_table.insertRow(row)
        self._set_row(row, area, "", None)
        self._loading = False
        self._changed()
        self.items_table.setCurrentCell(row, 1)
        text_item = self.items_table.item(row, 1)
        if text_item is not None:
            self.items_table.editItem(text_item)
        self._update_buttons()

    def remove_item(self) -> None:
        row = self.items_table.currentRow()
        if row < 0 or not self.editable:
            return
        self.items_table.removeRow(row)
        self._changed()
        if self.items_table.rowCount():
            self.items_table.setCurrentCell(min(row, self.items_table.rowCount() - 1), 1)
        self._update_buttons()

    def move_item(self, step: int) -> None:
        row = self.items_table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.items_table.rowCount() or not self.editable:
            return
        self._loading = True
        for column in (0, 1):
            a = self.items_table.takeItem(row, column)
            b = self.items_table.takeItem(target, column)
            self.items_table.setItem(row, column, b)
            self.items_table.setItem(target, column, a)
        self._loading = False
        self.items_table.resizeRowToContents(row)
        self.items_table.resizeRowToContents(target)
        self._changed()
        self.items_table.setCurrentCell(target, self.items_table.currentColumn())
        self._update_buttons()

    def items(self) -> list[TemplateItemInput]:
        """The items as shown; rows left entirely empty are ignored."""
        found: list[TemplateItemInput] = []
        for row in range(self.items_table.rowCount()):
            area_item, text_item = self.items_table.item(row, 0), self.items_table.item(row, 1)
            area = area_item.text() if area_item is not None else ""
            text = text_item.text() if text_item is not None else ""
            if not area.strip() and not text.strip():
                continue
            raw = area_item.data(ID_ROLE) if area_item is not None else ""
            item_id = uuid.UUID(raw) if isinstance(raw, str) and raw else None
            found.append(TemplateItemInput(area, text, item_id))
        return found

    def save(self) -> bool:
        template = self.current
        if template is None or not self.editable:
            return False
        if self.items_table.state() == QAbstractItemView.State.EditingState:
            # Take the text being typed, as Enter would.
            self.items_table.setCurrentCell(-1, -1)
        if not self.dirty:
            self.status_label.setText(self.tr("Nothing was changed."))
            return True
        items = self.items()
        data = TemplateInput(self.name_edit.text(), template.role, tuple(items))
        try:
            self.services.lists.update_template(template.id, data)
            if self.active_box.isChecked() != template.is_active:
                self.services.lists.set_template_active(template.id,
                                                        self.active_box.isChecked())
        except ValidationError as err:
            self._show_error(error_text(err), err.field, items)
            return False
        except ZerenError as err:
            self._show_error(error_text(err), None, items)
            return False
        self.dirty = False
        self.reload(select=template.id)
        self.status_label.setText(self.tr("The template was saved."))
        return True

    def _show_error(self, text: str, field: str | None, items: list[TemplateItemInput]
                    ) -> None:
        match = _ITEM_FIELD.fullmatch(field or "")
        if field == "name":
            text = self.tr("Name: {message}").format(message=text)
            self.name_edit.setFocus()
        elif match is not None:
            index = int(match.group(1))
            text = self.tr("Item {n}: {message}").format(n=index + 1, message=text)
            # The index counts the non-empty rows only: find the table row.
            wanted = items[index] if index < len(items) else None
            for row in range(self.items_table.rowCount()):
                text_item = self.items_table.item(row, 1)
                area_item = self.items_table.item(row, 0)
                if wanted is not None and text_item is not None and area_item is not None \
                        and (area_item.text(), text_item.text()) == (wanted.area, wanted.text):
                    self.items_table.setCurrentCell(row, 1 if match.group(2) == "text" else 0)
                    self.items_table.setFocus()
                    break
        self.error_label.setText(text)
        self.error_label.show()

    # -- closing

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The template “{name}” has unsaved changes. Discard them?").format(
                name=self.current.name if self.current else ""),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        """Close, Esc and the window's close button: unsaved changes are asked about."""
        if self.dirty and not self.confirm_discard():
            return
        super().reject()


class ListsPage(DialogOwner, PdfPreviewOwner, GuardedPage):
    """The lists of a year and the selected list's items; issuing, signing, printing."""

    data_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        self.editable = actor is not None and actor.can(Permission.EDIT_DRAFTS) \
            and not services.read_only
        self.may_edit_templates = actor is not None and actor.can(Permission.MANAGE_SETTINGS)
        self.rows: list[ListRow] = []
        self.stale = True  # loaded when first shown: the window makes every page at start
        self.detail: ListDetail | None = None
        self.dialog: QDialog | None = None
        self.print_task: Task | None = None
        self.printed: Path | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.unit_ids: list[uuid.UUID | None] = [None]
        self.status_combos: dict[uuid.UUID, QComboBox] = {}

        # -- filters
        self.year_spin = make_year_spin(this_year(), self.tr("All years"))
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(12)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("All kinds"))
        for role in ROLES:
            self.role_combo.addItem(role_text(role))
        self.role_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search holder, unit, title or number"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Year"), self.year_spin),
                              (self.tr("&Unit"), self.unit_combo),
                              (self.tr("&Kind"), self.role_combo)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.search_edit, 1)

        # -- actions
        self.issue_button = QPushButton(self.tr("&Issue lists…"))
        self.issue_button.setToolTip(self.tr(
            "Issue the year's lists to every team and team member of some units at once"))
        self.issue_button.clicked.connect(self.issue_lists)
        self.new_button = QPushButton(self.tr("&New list…"))
        self.new_button.setToolTip(self.tr("One list from a template, for a team or a cadre"
                                           " (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_list)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_list)
        self.sign_button = QPushButton(self.tr("&Sign…"))
        self.sign_button.setToolTip(self.tr("Record that the holder signed the paper list"))
        self.sign_button.clicked.connect(self.sign_list)
        self.year_end_button = QPushButton(self.tr("Year-&end…"))
        self.year_end_button.setToolTip(self.tr("The holder's self-report and the assessment"
                                                " result at the end of the year"))
        self.year_end_button.clicked.connect(self.year_end)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("The selected lists as a PDF to print and sign"))
        self.print_button.clicked.connect(self.print_lists)
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setToolTip(self.tr("The selected lists as they will print, to read"
                                               " or print before signing"))
        self.preview_button.clicked.connect(lambda: self.preview_lists())
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Withdraw a list issued by mistake (only while"
                                              " unsigned)"))
        self.delete_button.clicked.connect(self.delete_list)
        self.templates_button = QPushButton(self.tr("&Templates…"))
        self.templates_button.setToolTip(
            self.tr("Edit the templates the lists are copied from") if self.may_edit_templates
            else self.tr("Only the administrator edits the list templates (in Settings)"))
        self.templates_button.setEnabled(self.may_edit_templates)
        self.templates_button.clicked.connect(self.edit_templates)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.issue_button, self.new_button, self.sign_button,
                       self.year_end_button, self.preview_button, self.print_button,
                       self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addSpacing(8)
        actions.addWidget(self.templates_button)
        for button in (self.issue_button, self.new_button, self.sign_button,
                       self.year_end_button, self.delete_button):
            button.setVisible(self.editable)

        # -- the lists
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Year"), self.tr("List"), self.tr("Holder"),
            self.tr("Unit"), self.tr("Issued"), self.tr("Signed"), self.tr("Done")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        # Sized once per load (sizing to contents on every cell set is quadratic).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(200)
        self.table.currentCellChanged.connect(lambda *_args: self.show_detail())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_list)

        # -- the selected list
        self.detail_title = QLabel()
        font = self.detail_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.detail_title.setFont(font)
        self.detail_title.setWordWrap(True)
        self.detail_info = QLabel()
        self.detail_info.setWordWrap(True)
        self.detail_info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_info.setMinimumWidth(240)
        self.detail_info.setMaximumWidth(330)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr(
            "Note kept with the next status change (optional)"))
        self.note_edit.setVisible(self.editable)
        self.items_table = QTableWidget(0, 4)
        self.items_table.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Responsibility"), self.tr("Status"),
            self.tr("Ledger entries")])
        self.items_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items_table.setWordWrap(True)
        self.items_table.verticalHeader().setVisible(False)
        items_header = self.items_table.horizontalHeader()
        items_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        items_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        items_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        items_header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.items_table.setColumnWidth(2, 110)
        # Wrapped texts need their rows sized again whenever the text column's width changes.
        self.rows_timer = QTimer(self)
        self.rows_timer.setSingleShot(True)
        self.rows_timer.setInterval(0)
        self.rows_timer.timeout.connect(self.items_table.resizeRowsToContents)
        items_header.sectionResized.connect(lambda *_args: self.rows_timer.start())
        self.placeholder = QLabel(self.tr("Select a list to see its items."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(NOTE_STYLE)

        items_column = QVBoxLayout()
        items_column.setContentsMargins(0, 0, 0, 0)
        items_column.addWidget(self.note_edit)
        items_column.addWidget(self.items_table, 1)
        detail_row = QHBoxLayout()
        detail_row.setContentsMargins(0, 0, 0, 0)
        detail_row.addWidget(self.detail_info)
        detail_row.addLayout(items_column, 1)
        detail_body = QWidget()
        detail_layout = QVBoxLayout(detail_body)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(detail_row, 1)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.placeholder)
        self.detail_stack.addWidget(detail_body)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 420])
        splitter.setChildrenCollapsible(False)

        # -- messages and the printed file
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_printed_button = QPushButton(self.tr("&Open"))
        self.open_printed_button.clicked.connect(self.open_printed)
        self.open_printed_button.hide()
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_label, 1)
        message_row.addWidget(self.open_printed_button)

        layout = QVBoxLayout(self.content)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addLayout(message_row)

        self.load_units()

    # -- loading

    def refresh_page(self) -> None:
        self.reload()

    def load_units(self) -> None:
        try:
            self.unit_combo.blockSignals(True)
            self.unit_ids = fill_unit_combo(self.unit_combo, self.services, self.tr("All units"))
        except ACCESS_ERRORS as err:
            self.show_notice(err)
        finally:
            self.unit_combo.blockSignals(False)

    def filters(self) -> tuple[int | None, uuid.UUID | None, ListRole | None, str]:
        unit_index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[unit_index] if 0 <= unit_index < len(self.unit_ids) else None
        role_index = self.role_combo.currentIndex() - 1
        role = ROLES[role_index] if 0 <= role_index < len(ROLES) else None
        return spin_year(self.year_spin), unit_id, role, self.search_edit.text()

    def reload(self, select: uuid.UUID | None = None) -> None:
        """The lists for the filters; keeps (or moves to) the selected list."""
        self.search_timer.stop()
        keep = select if select is not None else self.selected_id()
        year, unit_id, role, text = self.filters()
        try:
            rows = self.services.lists.search(year=year, unit_id=unit_id, role=role, text=text,
                                              translate=QCoreApplication.translate)
        except ACCESS_ERRORS as err:
            self.rows = []
            self.table.setRowCount(0)
            self.show_notice(err)
            return
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.show_content()
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill_row(index, row)
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.setCurrentCell(ids.index(keep), 0)
            self.table.selectRow(ids.index(keep))
        else:
            self.table.clearSelection()
            self.table.setCurrentCell(-1, -1)
        self.table.blockSignals(False)
        self._size_columns()
        self.count_label.setText(self.tr("Lists: {n}").format(n=len(rows)))
        self.show_detail()
        self._update_buttons()

    def _size_columns(self) -> None:
        for column in (0, 1, 3, 4, 5, 6, 7):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 6, 240))

    def _fill_row(self, index: int, row: ListRow) -> None:
        signed = (f"{format_date(row.signed_on)} {row.signed_by}" if row.signed_on
                  else self.tr("Not signed"))
        cells = [row.number, str(row.year), list_title(row), row.holder, row.unit_name,
                 format_date(row.issued_on), signed, f"{row.done}/{row.items}"]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, str(row.id))
            if column == 2:
                item.setToolTip(text)
            if column == 6 and row.signed_on is None:
                item.setForeground(QBrush(QColor("#a00000")))
            if column in (1, 7):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(index, column, item)

    def selected_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def selected_row(self) -> ListRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def selected_ids(self) -> list[uuid.UUID]:
        """Every selected list, in table order (the current one when none is selected)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.rows[r].id for r in rows if 0 <= r < len(self.rows)]
        current = self.selected_id()
        return ids or ([current] if current is not None else [])

    def select_list(self, list_id: uuid.UUID) -> None:
        ids = [r.id for r in self.rows]
        if list_id in ids:
            self.table.setCurrentCell(ids.index(list_id), 0)
            self.table.selectRow(ids.index(list_id))

    def show_detail(self) -> None:
        list_id = self.selected_id()
        self.detail = None
        self.status_combos = {}
        if list_id is None:
            self.detail_stack.setCurrentIndex(0)
            self._update_buttons()
            return
        try:
            detail = self.services.lists.get(list_id)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail = detail
        row = detail.row
        self.detail_title.setText(html.escape(list_title(row)))
        self.detail_info.setText(self._particulars(detail))
        self.items_table.setRowCount(0)
        table_row = 0
        area = None
        for item in detail.items:
            if item.area != area:
                area = item.area
                if area:
                    self.items_table.insertRow(table_row)
                    head = QTableWidgetItem(area)
                    bold = head.font()
                    bold.setBold(True)
                    head.setFont(bold)
                    head.setBackground(QBrush(QColor("#eef2f7")))
                    self.items_table.setItem(table_row, 0, head)
                    self.items_table.setSpan(table_row, 0, 1, 4)
                    table_row += 1
            self.items_table.insertRow(table_row)
            number = QTableWidgetItem(str(item.number))
            number.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.items_table.setItem(table_row, 0, number)
            text = QTableWidgetItem(item.text)
            text.setToolTip(item.text)
            self.items_table.setItem(table_row, 1, text)
            combo = QComboBox()
            for status in STATUSES:
                combo.addItem(enum_label(status))
            combo.setCurrentIndex(STATUSES.index(item.status))
            combo.setEnabled(self.editable)
            combo.currentIndexChanged.connect(
                lambda index, item_id=item.id: self.set_status(item_id, index))
            holder = QWidget()  # keeps the combo at its own height in a tall row
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(3, 0, 3, 0)
            holder_layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
            self.items_table.setCellWidget(table_row, 2, holder)
            self.status_combos[item.id] = combo
            entries = QTableWidgetItem(str(item.entries))
            entries.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.items_table.setItem(table_row, 3, entries)
            table_row += 1
        self.detail_stack.setCurrentIndex(1)
        self.items_table.resizeRowsToContents()
        self.rows_timer.start()
        self._update_buttons()

    def _particulars(self, detail: ListDetail) -> str:
        row = detail.row
        lines = [
            (self.tr("Kind"), role_text(row.role)),
            (self.tr("Holder"), row.holder),
            (self.tr("Post"), detail.holder_title),
            (self.tr("Portfolio"), detail.portfolio),
            (self.tr("Unit"), row.unit_name),
            (self.tr("No."), row.number),
            (self.tr("Issued"), self.tr("{date} by {user}").format(
                date=format_date(row.issued_on), user=detail.issued_by)),
            (self.tr("Signed"), self.tr("{date}, {name}").format(
                date=format_date(row.signed_on), name=row.signed_by) if row.signed_on
             else self.tr("not yet")),
            (self.tr("Done"), self.tr("{done} of {n} items").format(done=row.done,
                                                                     n=row.items)),
            (self.tr("Assessment"), detail.assessment_result),
        ]
        parts = [f"<tr><td style='color:#555555; padding-right:8px'>{html.escape(k)}</td>"
                 f"<td>{html.escape(v)}</td></tr>" for k, v in lines if v]
        text = "<table cellspacing='2'>" + "".join(parts) + "</table>"
        if detail.self_report:
            report = html.escape(detail.self_report[:400]).replace("\n", "<br>")
            label = html.escape(self.tr("Self-report"))
            text += (f"<p><span style='color:#555555'>{label}"
                     f"</span><br>{report}</p>")
        return text

    def _update_buttons(self) -> None:
        row = self.selected_row()
        signed = row is not None and row.signed_on is not None
        self.sign_button.setEnabled(row is not None and not signed)
        self.year_end_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and not signed)
        self.print_button.setEnabled(row is not None and self.print_task is None)
        self.preview_button.setEnabled(row is not None and self.print_task is None)

    # -- item status

    def set_status(self, item_id: uuid.UUID, index: int) -> None:
        if not self.editable or not 0 <= index < len(STATUSES):
            return
        data = ItemStatusInput(STATUSES[index], dt.date.today(), self.note_edit.text())
        try:
            self.services.lists.set_item_status(item_id, data)
        except ZerenError as err:
            self.show_message(self.tr("The status was not changed: {reason}").format(
                reason=error_text(err)), failed=True)
            QTimer.singleShot(0, self.show_detail)  # back to the saved status
            return
        self.note_edit.clear()
        self.show_message(self.tr("Status saved: {status}.").format(
            status=enum_label(STATUSES[index])))
        self._refresh_current_row()
        self.data_changed.emit()

    def _refresh_current_row(self) -> None:
        """The completion count of the current list, without rebuilding its items."""
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        try:
            detail = self.services.lists.get(self.rows[index].id)
        except ZerenError:
            return
        self.rows[index] = detail.row
        self.detail = detail
        self._fill_row(index, detail.row)
        self.detail_info.setText(self._particulars(detail))

    # -- dialogs

    def issue_lists(self) -> None:
        if not self.editable or self.dialog is not None:
            return
        try:
            dialog = IssueDialog(self.services, spin_year(self.year_spin) or this_year(), self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self._open(dialog, self._issued)

    def _issued(self, dialog: QDialog) -> None:
        assert isinstance(dialog, IssueDialog)
        result = dialog.result_value
        if result is None:
            return
        text = self.tr("Issued {created} lists; skipped {skipped} (the holder already had"
                       " one).").format(created=len(result.created), skipped=result.skipped)
        if result.without_template:
            text += " " + self.tr("No active template for: {roles}.").format(
                roles=self.tr(", ").join(role_text(r) for r in result.without_template))
        year = dialog.year_spin.value()
        if spin_year(self.year_spin) not in (None, year):
            self.year_spin.setValue(year)
        self.reload(result.created[0] if result.created else None)
        self.show_message(text, failed=bool(result.without_template))
        self.data_changed.emit()

    def new_list(self) -> None:
        if not self.editable or self.dialog is not None:
            return
        try:
            dialog = NewListDialog(self.services, spin_year(self.year_spin) or this_year(), self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self._open(dialog, self._created)

    def _created(self, dialog: QDialog) -> None:
        assert isinstance(dialog, NewListDialog)
        if dialog.saved_id is None:
            return
        if spin_year(self.year_spin) not in (None, dialog.saved_year):
            self.year_spin.setValue(dialog.saved_year)
        self.reload(dialog.saved_id)
        if self.selected_id() != dialog.saved_id:  # hidden by the other filters: show it
            self.unit_combo.setCurrentIndex(0)
            self.role_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.reload(dialog.saved_id)
        self.show_message(self.tr("The list was issued."))
        self.data_changed.emit()

    def sign_list(self) -> None:
        row = self.selected_row()
        if row is None or row.signed_on is not None or not self.editable \
                or self.dialog is not None:
            return
        self._open(SignDialog(self.services, row, self), self._changed)

    def year_end(self) -> None:
        if self.detail is None or not self.editable or self.dialog is not None:
            return
        self._open(YearEndDialog(self.services, self.detail, self), self._changed)

    def _changed(self, _dialog: QDialog) -> None:
        self.reload()
        self.data_changed.emit()

    def edit_templates(self) -> None:
        if not self.may_edit_templates or self.dialog is not None:
            return
        try:
            dialog = TemplatesDialog(self.services, self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self._open(dialog, lambda _d: None)

    def delete_list(self) -> None:
        row = self.selected_row()
        if row is None or row.signed_on is not None or not self.editable:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete list"),
            self.tr("Delete the list {number} “{title}” of {holder}? This cannot be undone."
                    ).format(number=row.number, title=list_title(row), holder=row.holder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.lists.delete(row.id)
        except ZerenError as err:
            self.show_message(self.tr("The list was not deleted: {reason}").format(
                reason=error_text(err)), failed=True)
            return
        self.reload()
        self.show_message(self.tr("The list {number} was deleted.").format(number=row.number))
        self.data_changed.emit()

    # -- printing

    def default_print_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("Responsibility lists")
        return Path(folder) / f"{name}-{dt.date.today():%Y%m%d}.pdf"

    def print_lists(self) -> Task | None:
        """Ask where to save, then make the PDF of the selected lists in the worker."""
        ids = self.selected_ids()
        if not ids or self.print_task is not None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the responsibility lists"), str(self.default_print_path()),
            self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.show_message(self.tr("Making the PDF…"))
        task = run_task(self.services.books.list_documents, target, ids,
                        translate=QCoreApplication.translate,
                        progress_label=self.tr("Making the responsibility lists…"), parent=self)
        task.succeeded.connect(lambda pages: self._printed(target, pages))
        task.failed.connect(self._print_failed)
        self.print_task = task
        self._update_buttons()
        return task

    def preview_lists(self) -> Task | None:
        """Make the PDF of the selected lists into a temporary file, then show it."""
        ids = self.selected_ids()
        if not ids or self.print_task is not None:
            return None
        target = preview_path(self.default_print_path().name)
        self.show_message(self.tr("Making the PDF…"))
        task = self.preview_in_worker(
            target, self.tr("Responsibility lists"), self.services.books.list_documents,
            target, ids, translate=QCoreApplication.translate,
            progress_label=self.tr("Making the responsibility lists…"),
            on_ready=lambda _pages: self._print_done(""), on_failed=self._print_failed)
        self.print_task = task
        self._update_buttons()
        return task

    def _printed(self, target: Path, pages: object) -> None:
        self.print_task = None
        self.printed = target
        self._update_buttons()
        self.show_message(self.tr("Saved: {file} ({pages} pages)").format(
            file=target, pages=pages))
        self.open_printed_button.show()

    def _print_failed(self, error: object) -> None:
        if isinstance(error, ZerenError):
            reason = error_text(error)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:
            reason = f"{type(error).__name__}: {error}"
        self._print_done(self.tr("The PDF was not made: {reason}").format(reason=reason),
                         failed=True)

    def _print_done(self, message: str, failed: bool = False) -> None:
        self.print_task = None
        self._update_buttons()
        self.show_message(message, failed=failed)

    def open_printed(self) -> None:
        if self.printed is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.printed)))

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if failed else "")
        self.open_printed_button.hide()
