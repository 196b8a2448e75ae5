"""Problem clues (问题线索): the register, its filters, the verification rate per source, and
the bulk import of big-data comparison results with a preview and a progress dialog.

The table pages through the clues matching the filters, newest first or sorted by number
in SQL (ui/paged_model.py): the register can hold hundreds of thousands of imported rows.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import ClueHandling, ClueResult, ClueSource
from zeren_desktop.domain.parsing import parse_money_fen
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.clue_dto import ClueFilter, ClueImportResult, ClueInput, ClueRow
from zeren_desktop.services.clue_import import write_clue_template
from zeren_desktop.services.clues import ImportCancelled
from zeren_desktop.ui.common import enum_label, error_text, format_date, from_qdate, to_qdate
from zeren_desktop.ui.paged_model import PagedColumn, PagedTableModel, PagedTableView
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.ledger_page import documents_folder, failure_text, with_suffix
from zeren_desktop.ui.pages.lists_page import ERROR_STYLE, FormDialog, fill_unit_combo
from zeren_desktop.ui.pages.record_table import RecordTable
from zeren_desktop.ui.widgets import OptionalDateEdit, make_date_edit
from zeren_desktop.ui.widgets.phrases import attach_phrases
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen
from zeren_desktop.ui.worker import Task, TaskControl, run_task

SOURCES: tuple[ClueSource, ...] = tuple(ClueSource)
HANDLINGS: tuple[ClueHandling, ...] = tuple(ClueHandling)
RESULTS: tuple[ClueResult, ...] = tuple(ClueResult)
SEARCH_DELAY_MS = 300


def yuan_text(fen: int) -> str:
    """12345 fen → "123.45"; 0 → ""."""
    return f"{fen // 100:,}.{fen % 100:02d}" if fen else ""


def one_line(text: str) -> str:
    return " ".join(text.split())


def import_clues(services: Services, path: Path, dry_run: bool, total: int,
                 control: TaskControl) -> ClueImportResult:
    """In a worker: the import (or its dry run), reporting rows read; Cancel stops it and
    nothing is written."""
    def progress(rows: int) -> None:
        control.progress(rows, total)
        if control.cancelled:
            raise ImportCancelled()

    return services.clues.import_file(path, dry_run=dry_run, progress=progress,
                                      translate=QCoreApplication.translate)


class ClueDialog(FormDialog):
    """Register or edit one clue; everything can be reached with Tab and typed."""

    def __init__(self, services: Services, clue_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.clue_id = clue_id
        self.saved_id: uuid.UUID | None = None
        self.existing = services.clues.get(clue_id) if clue_id else None
        self.setWindowTitle(self.tr("Edit clue") if clue_id else self.tr("Register a clue"))
        self.setMinimumWidth(640)

        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(60)
        self.date_edit = make_date_edit()
        self.date_edit.dateChanged.connect(self._date_changed)
        self.source_combo = QComboBox()
        for source in SOURCES:
            self.source_combo.addItem(enum_label(source))
        self.names_edit = QLineEdit()
        self.names_edit.setPlaceholderText(self.tr("e.g. 张三、李四"))
        self.ids_edit = QLineEdit()
        self.ids_edit.setPlaceholderText(self.tr("ID numbers, separated by spaces (optional)"))
        self.unit_combo = QComboBox()
        self.unit_ids = fill_unit_combo(self.unit_combo, services,
                                        self.tr("(not a unit of the records)"))
        self.unit_text_edit = QLineEdit()
        self.unit_text_edit.setMaxLength(200)
        self.unit_text_edit.setPlaceholderText(self.tr("the unit as received (optional)"))
        self.summary_edit = self._text_edit()
        self.handling_combo = QComboBox()
        for handling in HANDLINGS:
            self.handling_combo.addItem(enum_label(handling))
        self.result_combo = QComboBox()
        self.result_combo.addItem(self.tr("(no result yet)"))
        for result in RESULTS:
            self.result_combo.addItem(enum_label(result))
        self.concluded_edit = OptionalDateEdit(self.tr("Not yet"))
        self.concluded_edit.set_date(None)
        self.recovered_edit = QLineEdit()
        self.recovered_edit.setPlaceholderText(self.tr("yuan, e.g. 1,200.50 or 1.5万"))
        self.corrected_edit = QLineEdit()
        self.corrected_edit.setPlaceholderText(self.tr("yuan"))
        self.persons_spin = QSpinBox()
        self.persons_spin.setRange(0, 1_000_000)
        self.remarks_edit = QLineEdit()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Number *"), self.number_edit)
        form.addRow(self.tr("&Received on *"), self.date_edit)
        form.addRow(self.tr("&Source"), self.source_combo)
        form.addRow(self.tr("&Persons named"), self.names_edit)
        form.addRow(self.tr("&ID numbers"), self.ids_edit)
        form.addRow(self.tr("&Unit"), self.unit_combo)
        form.addRow(self.tr("Unit as &written"), self.unit_text_edit)
        form.addRow(self.tr("S&ummary *"), self.summary_edit)
        form.addRow(self.tr("&Handling"), self.handling_combo)
        form.addRow(self.tr("Resul&t"), self.result_combo)
        form.addRow(self.tr("&Concluded on"), self.concluded_edit)
        form.addRow(self.tr("Money rec&overed"), self.recovered_edit)
        form.addRow(self.tr("Money co&rrected"), self.corrected_edit)
        form.addRow(self.tr("Persons &disqualified"), self.persons_spin)
        form.addRow(self.tr("Re&marks"), self.remarks_edit)
        self.field_labels = {
            "number": self.tr("Number"), "received_on": self.tr("Received on"),
            "summary": self.tr("Summary"), "subject_names": self.tr("Persons named"),
            "subject_id_numbers": self.tr("ID numbers"), "unit_text": self.tr("Unit"),
            "result": self.tr("Result"), "concluded_on": self.tr("Concluded on"),
            "money_recovered_fen": self.tr("Money recovered"),
            "money_corrected_fen": self.tr("Money corrected"),
            "persons_disqualified": self.tr("Persons disqualified"),
            "remarks": self.tr("Remarks")}
        self.field_widgets = {
            "number": self.number_edit, "received_on": self.date_edit,
            "summary": self.summary_edit, "subject_names": self.names_edit,
            "subject_id_numbers": self.ids_edit, "unit_text": self.unit_text_edit,
            "result": self.result_combo, "concluded_on": self.concluded_edit,
            "money_recovered_fen": self.recovered_edit,
            "money_corrected_fen": self.corrected_edit,
            "persons_disqualified": self.persons_spin, "remarks": self.remarks_edit}
        self.finish_layout(form)
        # Fast entry: phrases (F4) in the summary.
        self.summary_phrases = attach_phrases(self.summary_edit, services, "clue.summary")

        self._suggested = ""
        if self.existing is not None:
            self._fill(self.existing)
        else:
            self._suggested = services.clues.next_number(dt.date.today().year)
            self.number_edit.setText(self._suggested)
            self.source_combo.setCurrentIndex(SOURCES.index(ClueSource.PETITION))
        self.number_edit.setFocus()
        self.number_edit.selectAll()

    @staticmethod
    def _text_edit() -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(72)
        return edit

    def _fill(self, row: ClueRow) -> None:
        self.number_edit.setText(row.number)
        self.date_edit.setDate(to_qdate(row.received_on))
        self.source_combo.setCurrentIndex(SOURCES.index(row.source))
        self.names_edit.setText(row.subject_names)
        self.ids_edit.setText(row.subject_id_numbers)
        if row.unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(row.unit_id))
        self.unit_text_edit.setText(row.unit_text)
        self.summary_edit.setPlainText(row.summary)
        self.handling_combo.setCurrentIndex(HANDLINGS.index(row.handling))
        self.result_combo.setCurrentIndex(
            RESULTS.index(row.result) + 1 if row.result is not None else 0)
        self.concluded_edit.set_date(row.concluded_on)
        self.recovered_edit.setText(yuan_text(row.money_recovered_fen))
        self.corrected_edit.setText(yuan_text(row.money_corrected_fen))
        self.persons_spin.setValue(row.persons_disqualified)
        self.remarks_edit.setText(row.remarks)

    def _date_changed(self) -> None:
        # A number still as suggested follows the year of the date received.
        if self.existing is not None or self.number_edit.text() != self._suggested:
            return
        year = from_qdate(self.date_edit.date()).year
        if not self._suggested.startswith(f"XS{year}-"):
            try:
                self._suggested = self.services.clues.next_number(year)
            except ZerenError:
                return
            self.number_edit.setText(self._suggested)

    def select_unit(self, unit_id: uuid.UUID) -> None:
        if unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(unit_id))

    @staticmethod
    def _money(edit: QLineEdit, field: str) -> int:
        text = edit.text().strip()
        if not text:
            return 0
        try:
            return parse_money_fen(text)
        except ValidationError as err:
            raise ValidationError(field, err.message) from None

    def value(self) -> ClueInput:
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        result_index = self.result_combo.currentIndex()
        return ClueInput(
            number=self.number_edit.text(),
            received_on=from_qdate(self.date_edit.date()),
            source=SOURCES[max(self.source_combo.currentIndex(), 0)],
            summary=self.summary_edit.toPlainText(),
            handling=HANDLINGS[max(self.handling_combo.currentIndex(), 0)],
            subject_names=self.names_edit.text(),
            subject_id_numbers=self.ids_edit.text(),
            unit_id=unit_id, unit_text=self.unit_text_edit.text(),
            cadre_ids=self.existing.cadre_ids if self.existing is not None else (),
            result=RESULTS[result_index - 1] if result_index > 0 else None,
            concluded_on=self.concluded_edit.date(),
            money_recovered_fen=self._money(self.recovered_edit, "money_recovered_fen"),
            money_corrected_fen=self._money(self.corrected_edit, "money_corrected_fen"),
            persons_disqualified=self.persons_spin.value(),
            case_id=self.existing.case_id if self.existing is not None else None,
            remarks=self.remarks_edit.text())

    def save(self) -> None:
        def write() -> None:
            data = self.value()
            if self.clue_id is None:
                self.saved_id = self.services.clues.create(data)
            else:
                self.services.clues.update(self.clue_id, data)
                self.saved_id = self.clue_id

        if self.run(write):
            self.accept()


class ClueImportDialog(QDialog):
    """Choose a file; a dry run shows the first good rows and the rejected ones with their
    reasons; Import writes the good rows in one transaction, with progress and Cancel."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.path: Path | None = None
        self.preview: ClueImportResult | None = None
        self.import_result: ClueImportResult | None = None
        self.task: Task | None = None
        self.importing = False
        self.setWindowTitle(self.tr("Import clues"))
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("an .xlsx or .csv file"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.template_button = QPushButton(self.tr("Save a &template…"))
        self.template_button.setToolTip(self.tr(
            "An empty workbook with the right column headers and an example row"))
        self.template_button.clicked.connect(lambda: self.save_template())
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)
        self.summary_label = QLabel(self.tr(
            "The header row names the columns, in any order: 线索编号, 受理日期, 线索来源, "
            "被反映人, 身份证号, 单位, 问题摘要, 处置方式, 办理结果, 办结日期, 追缴金额(元), "
            "纠正金额(元), 取消资格人数, 备注. Date received, persons named and summary are "
            "required; the source defaults to big-data comparison."))
        self.summary_label.setWordWrap(True)
        self.summary_label.setMinimumHeight(self.summary_label.fontMetrics().lineSpacing() * 4)
        self.summary_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.good_label = QLabel(self.tr("First rows to import"))
        self.good_table = QTableWidget(0, 6)
        self.good_table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("Received"), self.tr("Source"), self.tr("Persons named"),
            self.tr("Unit"), self.tr("Summary")])
        self.good_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.good_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.good_table.verticalHeader().setVisible(False)
        self.good_table.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch)
        self.bad_label = QLabel(self.tr("Rows with problems (not imported)"))
        self.bad_list = QListWidget()
        self.bad_list.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(lambda: self.start_import())
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
        self.resize(820, 580)
        fit_to_screen(self)  # a 1366×768 screen at 125 % has 552 px

    def choose_file(self, name: str | None = None) -> Task | None:
        if self.task is not None:
            return None
        if name is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Import clues"), str(documents_folder()),
                self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if not name:
            return None
        self.path = Path(name)
        self.file_edit.setText(str(self.path))
        self.preview = None
        self.import_button.setEnabled(False)
        self.good_table.setRowCount(0)
        self.bad_list.clear()
        self.summary_label.setText(self.tr("Checking the file…"))
        task = run_task(import_clues, self.services, self.path, True, 0, control=True,
                        progress_label=self.tr("Checking the file…"), cancellable=True,
                        parent=self)
        task.succeeded.connect(lambda result: self._previewed(task, result))
        task.failed.connect(lambda error: self._failed(task, error))
        self.task = task
        return task

    def save_template(self, name: str | None = None) -> Path | None:
        if name is None:
            default = documents_folder() / (self.tr("Clue import template") + ".xlsx")
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save a template"), str(default),
                self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return None
        target = with_suffix(name, ".xlsx")
        try:
            write_clue_template(target, QCoreApplication.translate)
        except (ZerenError, OSError) as err:
            self.summary_label.setText(self.tr("The template was not saved: {reason}").format(
                reason=failure_text(err)))
            return None
        self.summary_label.setText(self.tr("Template saved: {file}").format(file=target))
        return target

    def _previewed(self, task: Task, result: object) -> None:
        self.task = None
        if task.control.cancelled or not self.isVisible():
            self.summary_label.setText(self.tr("Cancelled; nothing was read."))
            return
        assert isinstance(result, ClueImportResult)
        self.preview = result
        self.good_table.setRowCount(len(result.preview))
        for index, (row, clue) in enumerate(zip(result.preview_rows, result.preview,
                                                strict=True)):
            cells = [str(row), format_date(clue.received_on), enum_label(clue.source),
                     clue.subject_names, clue.unit_text, one_line(clue.summary)]
            for column, text in enumerate(cells):
                self.good_table.setItem(index, column, QTableWidgetItem(text))
        for column in range(5):
            self.good_table.resizeColumnToContents(column)
        for problem in result.problems:
            item = QListWidgetItem(self.tr("Row {row}: {reason}").format(
                row=problem.row, reason=problem.message.render(QCoreApplication.translate)))
            item.setForeground(QColor("#c00000"))
            self.bad_list.addItem(item)
        if result.rejected > len(result.problems):
            self.bad_list.addItem(self.tr("… and {n} more: see {file}").format(
                n=result.rejected - len(result.problems), file=result.report))
        self.good_label.setText(self.tr("Rows to import: {n} (the first {shown} shown)").format(
            n=result.imported, shown=len(result.preview)))
        self.bad_label.setText(self.tr("Rows with problems (not imported): {n}").format(
            n=result.rejected))
        text = self.tr("{good} of {total} rows can be imported; {already} were imported "
                       "before; {bad} have problems.").format(
            good=result.imported, total=result.total_rows, already=result.already,
            bad=result.rejected)
        if result.report is not None:
            text += " " + self.tr("The rejected rows and why: {file}").format(
                file=result.report)
        self.summary_label.setText(text)
        self.import_button.setEnabled(result.imported > 0)
        if result.imported:
            self.import_button.setFocus()

    def _failed(self, task: Task, error: object) -> None:
        self.task = None
        self.import_button.setEnabled(False)
        if task.control.cancelled or isinstance(error, ImportCancelled):
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
        task = run_task(import_clues, self.services, self.path, False,
                        self.preview.total_rows, control=True,
                        progress_label=self.tr("Importing…"), cancellable=True, parent=self)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._import_failed)
        self.task = task
        return task

    def _imported(self, result: object) -> None:
        self.task = None
        self.importing = False
        assert isinstance(result, ClueImportResult)
        self.import_result = result
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
            return  # Cancel in the progress dialog stops it; the dialog waits for that
        if self.task is not None:
            self.task.cancel()
        super().reject()


class ClueTableModel(PagedTableModel):
    """The clues of the filter, a page at a time (newest first, or by number). The headers
    are the page's words."""

    def __init__(self, parent: Any = None) -> None:
        columns = [
            PagedColumn(QCoreApplication.translate("CluesPage", "Number"),
                        lambda r: r.number, "number"),
            PagedColumn(QCoreApplication.translate("CluesPage", "Received"),
                        lambda r: format_date(r.received_on), "date", descending=True),
            PagedColumn(QCoreApplication.translate("CluesPage", "Source"),
                        lambda r: enum_label(r.source)),
            PagedColumn(QCoreApplication.translate("CluesPage", "Persons named"),
                        lambda r: r.subject_names or "、".join(r.cadre_names)),
            PagedColumn(QCoreApplication.translate("CluesPage", "Unit"),
                        lambda r: r.unit_display),
            PagedColumn(QCoreApplication.translate("CluesPage", "Summary"),
                        lambda r: one_line(r.summary), tooltip=lambda r: r.summary),
            PagedColumn(QCoreApplication.translate("CluesPage", "Handling"),
                        lambda r: enum_label(r.handling)),
            PagedColumn(QCoreApplication.translate("CluesPage", "Result"),
                        lambda r: enum_label(r.result)),
            PagedColumn(QCoreApplication.translate("CluesPage", "Recovered (yuan)"),
                        lambda r: yuan_text(r.money_recovered_fen),
                        alignment=Qt.AlignmentFlag.AlignRight),
        ]
        super().__init__(columns, sort_column=1, descending=True, parent=parent)


class CluesPage(RecordTable, GuardedPage):
    """The clues, newest first, filtered; the verification rate per source beside them."""

    table: PagedTableView  # type: ignore[assignment]  # the record pages' table, paged

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        self.editable = actor is not None and actor.can(Permission.EDIT_DRAFTS) \
            and not services.read_only
        self.stale = True
        self.dialog: QDialog | None = None
        self.import_dialog: ClueImportDialog | None = None
        self.unit_ids: list[uuid.UUID | None] = [None]

        self.source_combo = QComboBox()
        self.source_combo.addItem(self.tr("All sources"))
        for source in SOURCES:
            self.source_combo.addItem(enum_label(source))
        self.handling_combo = QComboBox()
        self.handling_combo.addItem(self.tr("Any handling"))
        for handling in HANDLINGS:
            self.handling_combo.addItem(enum_label(handling))
        self.result_combo = QComboBox()
        self.result_combo.addItem(self.tr("Any result"))
        self.result_combo.addItem(self.tr("No result yet"))
        for result in RESULTS:
            self.result_combo.addItem(enum_label(result))
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(10)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.from_edit = OptionalDateEdit(self.tr("Any"))
        self.from_edit.set_date(None)
        self.to_edit = OptionalDateEdit(self.tr("Any"))
        self.to_edit.set_date(None)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Number, name, ID number, unit, text…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(lambda: self.reload())
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        for combo in (self.source_combo, self.handling_combo, self.result_combo,
                      self.unit_combo):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.from_edit, self.to_edit):
            edit.changed.connect(lambda: self.reload())

        filters = QHBoxLayout()
        widget: QWidget
        for label, widget in ((self.tr("&Source"), self.source_combo),
                              (self.tr("&Handling"), self.handling_combo),
                              (self.tr("&Result"), self.result_combo),
                              (self.tr("&Unit"), self.unit_combo)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        period = QHBoxLayout()
        dated: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Received &from"), self.from_edit), (self.tr("&to"), self.to_edit),
            (self.tr("Searc&h"), self.search_edit))
        for label, widget in dated:
            caption = QLabel(label)
            caption.setBuddy(widget)
            period.addWidget(caption)
            period.addWidget(widget, 1 if widget is self.search_edit else 0)

        self.add_button = QPushButton(self.tr("&New clue…"))
        self.add_button.setToolTip(self.tr("Register a clue (Ctrl+N)"))
        self.add_button.clicked.connect(lambda: self.add_clue())
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(lambda: self.add_clue())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_clue())
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_clue())
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr(
            "Import big-data comparison results or other clues from .xlsx or .csv"))
        self.import_button.clicked.connect(lambda: self.import_clues())
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.import_button):
            actions.addWidget(button)
            button.setVisible(self.editable)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.model = ClueTableModel(self)
        self.table = PagedTableView(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for column in range(9):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_clue())
        self.table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self.delete_clue())

        self.rates_label = QLabel(self.tr("Verification rate (查实率) of the clues shown"))
        self.rates_table = QTableWidget(0, 5)
        self.rates_table.setHorizontalHeaderLabels([
            self.tr("Source"), self.tr("Received"), self.tr("Concluded"),
            self.tr("Confirmed"), self.tr("Rate")])
        self.rates_table.setToolTip(self.tr(
            "Confirmed and partly confirmed clues of those concluded, by the date received"))
        self.rates_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rates_table.verticalHeader().setVisible(False)
        self.rates_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        rates = QWidget()
        rates_layout = QVBoxLayout(rates)
        rates_layout.setContentsMargins(0, 0, 0, 0)
        rates_layout.addWidget(self.rates_label)
        rates_layout.addWidget(self.rates_table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(rates)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self.content)
        layout.addLayout(filters)
        layout.addLayout(period)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
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

    def current_filter(self) -> ClueFilter:
        source = self.source_combo.currentIndex()
        handling = self.handling_combo.currentIndex()
        result = self.result_combo.currentIndex()
        unit = self.unit_combo.currentIndex()
        return ClueFilter(
            source=SOURCES[source - 1] if source > 0 else None,
            handling=HANDLINGS[handling - 1] if handling > 0 else None,
            result=RESULTS[result - 2] if result > 1 else None,
            open_only=result == 1,
            unit_id=self.unit_ids[unit] if 0 <= unit < len(self.unit_ids) else None,
            date_from=self.from_edit.date(), date_to=self.to_edit.date(),
            text=self.search_edit.text())

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.search_timer.stop()
        keep = select if select is not None else self.selected_id()
        where = self.current_filter()
        clues = self.services.clues
        try:
            rates = clues.verification_rates(where.date_from, where.date_to,
                                             unit_id=where.unit_id)
            self.model.reset(lambda: clues.count(where),
                             lambda sort, descending, offset, limit: clues.page(
                                 where, sort, descending, offset, limit))
        except ACCESS_ERRORS as err:
            self.model.clear()
            self.show_notice(err)
            return
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.show_content()
        for column in (0, 1, 2, 3, 4, 6, 7, 8):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 8, 200))
        self.count_label.setText(self.tr("Clues: {n}").format(n=self.model.total))
        self._fill_rates(rates)
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    @property
    def rows(self) -> list[ClueRow]:  # type: ignore[override]
        """The clues of the pages fetched so far, in table order."""
        return self.model.rows()

    @property
    def total(self) -> int:
        return self.model.total

    def selected_id(self) -> uuid.UUID | None:
        row = self.model.row_at(self.table.selected_row())
        return row.id if row is not None else None

    def select(self, record_id: uuid.UUID) -> None:
        self.table.select_row(self.model.find(record_id))

    def _fill_rates(self, rates: list[Any]) -> None:
        self.rates_table.setRowCount(len(rates))
        for index, rate in enumerate(rates):
            source = enum_label(rate.source) if rate.source is not None else self.tr("Total")
            percent = "—" if rate.rate_percent is None else f"{rate.rate_percent:.1f}%"
            cells = [source, str(rate.received), str(rate.concluded),
                     str(rate.confirmed + rate.partly), percent]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if rate.source is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.rates_table.setItem(index, column, item)
        for column in range(1, 5):
            self.rates_table.resizeColumnToContents(column)

    def rate_rows(self) -> list[tuple[str, ...]]:
        """The rates table as text, for tests and the eye."""
        def text(row: int, column: int) -> str:
            item = self.rates_table.item(row, column)
            return item.text() if item is not None else ""

        return [tuple(text(r, c) for c in range(5)) for r in range(self.rates_table.rowCount())]

    # -- dialogs

    def add_clue(self) -> ClueDialog | None:
        if not self.editable or self.dialog is not None:
            return None
        try:
            dialog = ClueDialog(self.services, parent=self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return None
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        if unit_id is not None:
            dialog.select_unit(unit_id)
        self._open(dialog, self._saved)
        return dialog

    def edit_clue(self) -> ClueDialog | None:
        clue_id = self.selected_id()
        if clue_id is None or not self.editable or self.dialog is not None:
            return None
        try:
            dialog = ClueDialog(self.services, clue_id, parent=self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            self.reload()
            return None
        self._open(dialog, self._saved)
        return dialog

    def _saved(self, dialog: QDialog) -> None:
        assert isinstance(dialog, ClueDialog)
        self.reload(dialog.saved_id)
        if dialog.saved_id is not None and self.selected_id() != dialog.saved_id:
            self.clear_filters()   # hidden by the filters: show it
            self.reload(dialog.saved_id)
        self.show_message(self.tr("The clue was saved."))

    def open_clue(self, clue_id: uuid.UUID) -> ClueDialog | None:
        """Show one clue (from a statistics drill-down) and open it for an editor. The list
        holds only the newest rows, so when it is not among them, search for its number."""
        self.stale = False
        self.clear_filters()
        self.reload(clue_id)
        if self.selected_id() != clue_id:
            try:
                number = self.services.clues.get(clue_id).number
            except ZerenError as err:
                self.show_message(error_text(err), failed=True)
                return None
            self.search_edit.blockSignals(True)
            self.search_edit.setText(number)
            self.search_edit.blockSignals(False)
            self.reload(clue_id)
        if self.selected_id() != clue_id:
            return None
        self.table.setFocus()
        return self.edit_clue()

    def clear_filters(self) -> None:
        for combo in (self.source_combo, self.handling_combo, self.result_combo,
                      self.unit_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.set_date(None)
            edit.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)

    def delete_clue(self) -> None:
        clue_id = self.selected_id()
        if clue_id is None or not self.editable:
            return
        row = self.model.row_at(self.table.selected_row())
        if row is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete clue"),
            self.tr("Delete the clue {number} ({names})? This cannot be undone.").format(
                number=row.number, names=row.subject_names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.clues.delete(clue_id)
        except ZerenError as err:
            self.show_message(self.tr("The clue was not deleted: {reason}").format(
                reason=error_text(err)), failed=True)
            return
        self.reload()
        self.show_message(self.tr("The clue was deleted."))

    def import_clues(self) -> ClueImportDialog | None:
        if not self.editable or self.import_dialog is not None:
            return None
        dialog = ClueImportDialog(self.services, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        self.import_dialog = dialog
        dialog.show()
        return dialog

    def _import_closed(self, dialog: ClueImportDialog) -> None:
        self.import_dialog = None
        result = dialog.import_result
        if result is not None:
            text = self.tr("Imported {n} clues; {already} rows were imported before; {bad} "
                           "rows with problems were left out.").format(
                n=result.imported, already=result.already, bad=result.rejected)
            if result.report is not None:
                text += " " + self.tr("The rejected rows and why: {file}").format(
                    file=result.report)
            self.show_message(text)
            self.reload()
        if dialog.task is not None:
            dialog.task.finished.connect(dialog.deleteLater)
        else:
            dialog.deleteLater()

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if failed else "")
