"""Supervision inspections (监督检查): what was found, the rectification and its deadline.

Rectifications past their deadline without a result are shown red, those due within a
week amber, so that nothing is forgotten.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import InspectionKind
from zeren_desktop.domain.ledger import InspectionInput
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.ledger_dto import InspectionRow
from zeren_desktop.ui.common import enum_label, error_text, format_date, from_qdate, to_qdate
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.lists_page import (
    ERROR_STYLE,
    CadreFinder,
    FormDialog,
    fill_unit_combo,
    make_year_spin,
    spin_year,
)
from zeren_desktop.ui.pages.record_table import (
    RecordTable,
    filter_row,
    record_table,
    unit_filter_combo,
)
from zeren_desktop.ui.widgets import OptionalDateEdit, make_date_edit
from zeren_desktop.ui.widgets.phrases import attach_phrases

KINDS: tuple[InspectionKind, ...] = tuple(InspectionKind)
DUE_SOON_DAYS = 7
# Readable on both: dark text on a light tint.
OVERDUE_BACKGROUND, OVERDUE_TEXT = "#f8d7da", "#5f1018"
DUE_SOON_BACKGROUND, DUE_SOON_TEXT = "#ffe8a8", "#4d3800"


def is_due_soon(row: InspectionRow, today: dt.date) -> bool:
    """An open rectification whose deadline is today or within the next week."""
    return (row.deadline is not None and row.result_date is None
            and today <= row.deadline <= today + dt.timedelta(days=DUE_SOON_DAYS))


def target_text(row: InspectionRow) -> str:
    """The cadre (with their unit) or the unit inspected."""
    if row.cadre_name:
        return f"{row.cadre_name}（{row.unit_name}）" if row.unit_name else row.cadre_name
    return row.unit_name


def one_line(text: str) -> str:
    return " ".join(text.split())


class InspectionDialog(FormDialog):
    """Add or edit one inspection."""

    def __init__(self, services: Services, inspection_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.inspection_id = inspection_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit inspection") if inspection_id
                            else self.tr("New inspection"))
        self.setMinimumWidth(620)
        existing = services.inspections.get(inspection_id) if inspection_id else None

        self.date_edit = make_date_edit()
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(enum_label(kind))
        self.inspectors_edit = QLineEdit()
        self.inspectors_edit.setMaxLength(200)
        self.inspectors_edit.setPlaceholderText(self.tr("e.g. 县纪委第二监督检查室 张三、李四"))

        self.unit_radio = QRadioButton(self.tr("A &unit"))
        self.cadre_radio = QRadioButton(self.tr("A &cadre"))
        self.target_group = QButtonGroup(self)
        self.target_group.addButton(self.unit_radio, 0)
        self.target_group.addButton(self.cadre_radio, 1)
        self.unit_radio.setChecked(True)
        self.unit_combo = QComboBox()
        self.unit_ids = fill_unit_combo(self.unit_combo, services, self.tr("(choose a unit)"))
        self.cadre_picker = CadreFinder(services)
        self.cadre_picker.hide()
        self.target_group.idToggled.connect(self._target_toggled)
        radios = QHBoxLayout()
        radios.addWidget(self.unit_radio)
        radios.addWidget(self.cadre_radio)
        radios.addStretch(1)
        target = QWidget()
        target_layout = QVBoxLayout(target)
        target_layout.setContentsMargins(0, 0, 0, 0)
        target_layout.addLayout(radios)
        target_layout.addWidget(self.unit_combo)
        target_layout.addWidget(self.cadre_picker)

        self.findings_edit = self._text_edit()
        self.rectification_edit = self._text_edit()
        self.deadline_edit = OptionalDateEdit(self.tr("No deadline"))
        self.deadline_edit.set_date(None)
        self.result_edit = self._text_edit()
        self.result_date_edit = OptionalDateEdit(self.tr("Not yet"))
        self.result_date_edit.set_date(None)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Date *"), self.date_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Inspectors *"), self.inspectors_edit)
        form.addRow(self.tr("Inspected *"), target)
        form.addRow(self.tr("&Findings"), self.findings_edit)
        form.addRow(self.tr("&Rectification required"), self.rectification_edit)
        form.addRow(self.tr("Dead&line"), self.deadline_edit)
        form.addRow(self.tr("Re&sult"), self.result_edit)
        form.addRow(self.tr("Result d&ate"), self.result_date_edit)
        self.field_labels = {
            "inspected_on": self.tr("Date"), "kind": self.tr("Kind"),
            "inspectors": self.tr("Inspectors"), "unit_id": self.tr("Inspected"),
            "cadre_id": self.tr("Inspected"), "findings": self.tr("Findings"),
            "rectification": self.tr("Rectification required"),
            "deadline": self.tr("Deadline"), "result": self.tr("Result"),
            "result_date": self.tr("Result date")}
        self.field_widgets = {
            "inspected_on": self.date_edit, "kind": self.kind_combo,
            "inspectors": self.inspectors_edit, "unit_id": self.unit_combo,
            "cadre_id": self.cadre_picker, "findings": self.findings_edit,
            "rectification": self.rectification_edit, "deadline": self.deadline_edit,
            "result": self.result_edit, "result_date": self.result_date_edit}
        self.finish_layout(form)
        # Fast entry: phrases (F4) in the texts.
        self.phrases = {field: attach_phrases(edit, services, field) for field, edit in (
            ("inspection.findings", self.findings_edit),
            ("inspection.rectification", self.rectification_edit),
            ("inspection.result", self.result_edit))}

        if existing is not None:
            self.date_edit.setDate(to_qdate(existing.inspected_on))
            self.kind_combo.setCurrentIndex(KINDS.index(existing.kind))
            self.inspectors_edit.setText(existing.inspectors)
            if existing.cadre_id is not None:
                self.cadre_radio.setChecked(True)
                self.cadre_picker.select(existing.cadre_id, existing.cadre_name)
            elif existing.unit_id in self.unit_ids:
                self.unit_combo.setCurrentIndex(self.unit_ids.index(existing.unit_id))
            self.findings_edit.setPlainText(existing.findings)
            self.rectification_edit.setPlainText(existing.rectification)
            self.deadline_edit.set_date(existing.deadline)
            self.result_edit.setPlainText(existing.result)
            self.result_date_edit.set_date(existing.result_date)
        self.inspectors_edit.setFocus()

    @staticmethod
    def _text_edit() -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        return edit

    def _target_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.unit_combo.setVisible(button_id == 0)
            self.cadre_picker.setVisible(button_id == 1)

    def select_unit(self, unit_id: uuid.UUID) -> None:
        self.unit_radio.setChecked(True)
        if unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(unit_id))

    def value(self) -> InspectionInput:
        unit_id: uuid.UUID | None = None
        cadre_id: uuid.UUID | None = None
        if self.cadre_radio.isChecked():
            cadre_id = self.cadre_picker.cadre_id()
        else:
            index = self.unit_combo.currentIndex()
            unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        return InspectionInput(
            inspected_on=from_qdate(self.date_edit.date()),
            kind=KINDS[max(self.kind_combo.currentIndex(), 0)],
            inspectors=self.inspectors_edit.text(),
            unit_id=unit_id, cadre_id=cadre_id,
            findings=self.findings_edit.toPlainText(),
            rectification=self.rectification_edit.toPlainText(),
            deadline=self.deadline_edit.date(),
            result=self.result_edit.toPlainText(),
            result_date=self.result_date_edit.date())

    def save(self) -> None:
        data = self.value()

        def write() -> None:
            if self.inspection_id is None:
                self.saved_id = self.services.inspections.create(data)
            else:
                self.services.inspections.update(self.inspection_id, data)
                self.saved_id = self.inspection_id

        if self.run(write):
            self.accept()


class InspectionsPage(RecordTable, GuardedPage):
    """The inspections, newest first, with open rectifications coloured by urgency."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        self.editable = actor is not None and actor.can(Permission.EDIT_DRAFTS) \
            and not services.read_only
        self.rows: list[InspectionRow] = []
        self.stale = True  # loaded when first shown: the window makes every page at start
        self.dialog: QDialog | None = None
        self.unit_ids: list[uuid.UUID | None] = [None]
        self.today = dt.date.today()

        self.year_spin = make_year_spin(None, self.tr("All years"))
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.unit_combo = unit_filter_combo()
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_box = QCheckBox(self.tr("Only &open rectifications"))
        self.open_box.toggled.connect(lambda _on: self.reload())
        filters = filter_row(((self.tr("&Year"), self.year_spin),
                              (self.tr("&Unit"), self.unit_combo)))
        filters.addWidget(self.open_box)
        filters.addStretch(1)
        for text, background, colour in (
                (self.tr("Overdue"), OVERDUE_BACKGROUND, OVERDUE_TEXT),
                (self.tr("Due within 7 days"), DUE_SOON_BACKGROUND, DUE_SOON_TEXT)):
            legend = QLabel(text)
            legend.setStyleSheet(f"background: {background}; color: {colour};"
                                 " padding: 2px 8px; border-radius: 3px;")
            filters.addWidget(legend)

        self.add_button = QPushButton(self.tr("&New inspection…"))
        self.add_button.setToolTip(self.tr("Record an inspection (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_inspection)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.add_inspection)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected inspection, e.g. to enter the"
                                            " rectification result (Enter)"))
        self.edit_button.clicked.connect(self.edit_inspection)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_inspection)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
            button.setVisible(self.editable)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.table = record_table([
            self.tr("Date"), self.tr("Kind"), self.tr("Inspectors"),
            self.tr("Unit or cadre inspected"), self.tr("Findings"),
            self.tr("Rectification required"), self.tr("Deadline"), self.tr("Result")],
            self.delete_inspection)
        header = self.table.horizontalHeader()
        for column in (4, 5, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(200)
        self.table.activated.connect(lambda _index: self.edit_inspection())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)

        layout = QVBoxLayout(self.content)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)

        self.load_units()

    def refresh_page(self) -> None:
        self.reload()

    def load_units(self) -> None:
        self.unit_combo.blockSignals(True)
        try:
            self.unit_ids = fill_unit_combo(self.unit_combo, self.services, self.tr("All units"))
        except ACCESS_ERRORS as err:
            self.show_notice(err)
        finally:
            self.unit_combo.blockSignals(False)

    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        try:
            rows = self.services.inspections.search(
                unit_id=unit_id, year=spin_year(self.year_spin),
                open_only=self.open_box.isChecked())
        except ACCESS_ERRORS as err:
            self.rows = []
            self.table.setRowCount(0)
            self.show_notice(err)
            return
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.show_content()
        self.today = dt.date.today()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill_row(index, row)
        self._size_columns()
        overdue = sum(1 for r in rows if r.is_overdue(self.today))
        self.count_label.setText(self.tr("Inspections: {n}; overdue: {overdue}").format(
            n=len(rows), overdue=overdue))
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._update_buttons()

    def show_inspection(self, inspection_id: uuid.UUID) -> None:
        """Select an inspection whatever the filters (e.g. from a ledger entry)."""
        self.year_spin.setValue(self.year_spin.minimum())
        self.unit_combo.setCurrentIndex(0)
        self.open_box.setChecked(False)
        self.reload(inspection_id)

    def _size_columns(self) -> None:
        for column in (0, 1, 2, 3, 6):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 8, 220))

    def _fill_row(self, index: int, row: InspectionRow) -> None:
        result = " ".join(part for part in (format_date(row.result_date), one_line(row.result))
                          if part)
        cells = [format_date(row.inspected_on), enum_label(row.kind), row.inspectors,
                 target_text(row), one_line(row.findings), one_line(row.rectification),
                 format_date(row.deadline), result]
        full = [None, None, None, None, row.findings, row.rectification, None, row.result]
        background: QBrush | None = None
        foreground: QBrush | None = None
        note = ""
        if row.is_overdue(self.today):
            assert row.deadline is not None
            background, foreground = QBrush(QColor(OVERDUE_BACKGROUND)), \
                QBrush(QColor(OVERDUE_TEXT))
            note = self.tr("Overdue by {n} days").format(n=(self.today - row.deadline).days)
        elif is_due_soon(row, self.today):
            assert row.deadline is not None
            background, foreground = QBrush(QColor(DUE_SOON_BACKGROUND)), \
                QBrush(QColor(DUE_SOON_TEXT))
            note = self.tr("Due in {n} days").format(n=(row.deadline - self.today).days)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            tip = full[column]
            if column == 6 and note:
                tip = note
            if tip:
                item.setToolTip(tip)
            if background is not None and foreground is not None:
                item.setBackground(background)
                item.setForeground(foreground)
            self.table.setItem(index, column, item)

    def row_state(self, index: int) -> str:
        """What the colour of a table row says: overdue, due_soon or nothing ("")."""
        row = self.rows[index]
        if row.is_overdue(self.today):
            return "overdue"
        return "due_soon" if is_due_soon(row, self.today) else ""

    # -- dialogs

    def add_inspection(self) -> None:
        if not self.editable or self.dialog is not None:
            return
        try:
            dialog = InspectionDialog(self.services, parent=self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        if unit_id is not None:
            dialog.select_unit(unit_id)
        self._open(dialog, self._saved)

    def edit_inspection(self) -> None:
        inspection_id = self.selected_id()
        if inspection_id is None or not self.editable or self.dialog is not None:
            return
        try:
            dialog = InspectionDialog(self.services, inspection_id, parent=self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            self.reload()
            return
        self._open(dialog, self._saved)

    def _saved(self, dialog: QDialog) -> None:
        assert isinstance(dialog, InspectionDialog)
        self.reload(dialog.saved_id)
        if dialog.saved_id is not None and self.selected_id() != dialog.saved_id:
            # Hidden by the filters: show everything so the user sees what was saved.
            self.year_spin.setValue(self.year_spin.minimum())
            self.unit_combo.setCurrentIndex(0)
            self.open_box.setChecked(False)
            self.reload(dialog.saved_id)
        self.show_message(self.tr("The inspection was saved."))

    def delete_inspection(self) -> None:
        inspection_id = self.selected_id()
        if inspection_id is None or not self.editable:
            return
        row = self.rows[[r.id for r in self.rows].index(inspection_id)]
        try:
            entries = len(self.services.inspections.ledger_names(inspection_id))
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        question = self.tr(
            "Delete the inspection of {target} on {date} and the {n} ledger entries made "
            "from it? This cannot be undone.") if entries else self.tr(
            "Delete the inspection of {target} on {date}? This cannot be undone.")
        answer = QMessageBox.question(
            self, self.tr("Delete inspection"),
            question.format(target=target_text(row), date=format_date(row.inspected_on),
                            n=entries),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.inspections.delete(inspection_id)
        except ZerenError as err:
            self.show_message(self.tr("The inspection was not deleted: {reason}").format(
                reason=error_text(err)), failed=True)
            return
        self.reload()
        self.show_message(self.tr("The inspection was deleted."))

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if failed else "")
