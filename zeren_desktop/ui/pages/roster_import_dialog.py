"""The import dialog of the unit list (单位名单) and the cadre roster (干部名册).

Choose a spreadsheet (or drop it on the dialog); the file is read in the worker and every
row is shown with what importing it would do — new, update, already present, or error and
why. Import stays disabled while any row has an error: the import is all or none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.roster_import import (
    CADRES,
    UNITS,
    RosterImportResult,
    RosterPreview,
    RowStatus,
    render_value,
    status_label,
    write_cadre_template,
    write_unit_template,
)
from zeren_desktop.services.spreadsheets import SUPPORTED_SUFFIXES
from zeren_desktop.ui.pages.ledger_page import documents_folder, failure_text, with_suffix
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen
from zeren_desktop.ui.worker import Task, run_task

# Status cell colours: background, text
STATUS_COLOURS: dict[RowStatus, tuple[str, str]] = {
    RowStatus.NEW: ("#e2f0d9", "#1e5c1e"),
    RowStatus.UPDATE: ("#ddebf7", "#1f4e79"),
    RowStatus.UNCHANGED: ("#f2f2f2", "#595959"),
    RowStatus.ERROR: ("#fbe2e2", "#c00000"),
}
VALUE_WIDTH_MAX = 240
REASON_WIDTH = 340


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local spreadsheet being dragged, if that is what it is."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    urls = mime.urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUPPORTED_SUFFIXES else None


class RosterImportDialog(QDialog):
    """Import the unit list (`kind` UNITS) or the cadre roster (CADRES).

    After a successful import `import_result` holds what was written and the dialog is accepted.
    """

    def __init__(self, services: Services, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.kind = kind
        self.path: Path | None = None
        self.preview: RosterPreview | None = None
        self.import_result: RosterImportResult | None = None
        self.task: Task | None = None
        self.importing = False
        self.setAcceptDrops(True)
        if kind == UNITS:
            self.setWindowTitle(self.tr("Import units"))
            hint = self.tr(
                "The header row names the columns, in any order: 单位名称 (required), 简称, "
                "单位类型, 上级单位, 统一社会信用代码, 排序, 备注. A parent unit may be a recorded "
                "unit or one further up in the same file.")
        else:
            self.setWindowTitle(self.tr("Import cadre roster"))
            hint = self.tr(
                "The header row names the columns, in any order: 姓名 (required), 性别, "
                "出生年月, 民族, 身份证号, 政治面貌, 单位, 职务, 职级, 任职时间, 分工, 手机, 备注. "
                "Units must be recorded first; a cadre is recognised by the ID number, else by "
                "name and unit.")
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("an .xlsx or .csv file; or drop it here"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.reload_button = QPushButton(self.tr("&Read again"))
        self.reload_button.setToolTip(self.tr(
            "Read the same file again, after correcting it in Excel or WPS"))
        self.reload_button.setEnabled(False)
        self.reload_button.clicked.connect(self.read_again)
        self.template_button = QPushButton(self.tr("Save a &template…"))
        self.template_button.setToolTip(self.tr(
            "An empty workbook with the right column headers and an example row"))
        self.template_button.clicked.connect(lambda: self.save_template())
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.reload_button)
        file_row.addWidget(self.template_button)

        self.summary_label = QLabel(hint)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setMinimumHeight(self.summary_label.fontMetrics().lineSpacing() * 3)
        self.counts_label = QLabel()
        self.only_errors_box = QCheckBox(self.tr("Only rows with errors"))
        self.only_errors_box.toggled.connect(lambda _checked: self._filter_rows())
        self.only_errors_box.setEnabled(False)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts_label, 1)
        counts_row.addWidget(self.only_errors_box)

        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(lambda: self.start_import())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addLayout(counts_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 600)
        fit_to_screen(self)  # a 1366×768 screen at 125 % has 552 px

    # -- the file

    def _service_preview(self, path: Path) -> RosterPreview:
        if self.kind == UNITS:
            return self.services.units.import_preview(path)
        return self.services.cadres.import_preview(path)

    def _service_import(self, path: Path) -> RosterImportResult:
        if self.kind == UNITS:
            return self.services.units.import_file(path)
        return self.services.cadres.import_file(path)

    def choose_file(self, name: str | None = None) -> Task | None:
        """Ask for a file (or take `name`) and read it in the worker."""
        if self.task is not None:
            return None
        if name is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.windowTitle(), str(documents_folder()),
                self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"))
        if not name:
            return None
        self.path = Path(name)
        self.file_edit.setText(str(self.path))
        return self.read_again()

    def read_again(self) -> Task | None:
        if self.task is not None or self.path is None:
            return None
        self.preview = None
        self.import_button.setEnabled(False)
        self.reload_button.setEnabled(False)
        self.only_errors_box.setEnabled(False)
        self.table.setRowCount(0)
        self.counts_label.clear()
        self.summary_label.setText(self.tr("Reading the file…"))
        task = run_task(self._service_preview, self.path,
                        progress_label=self.tr("Reading the file…"), cancellable=True,
                        parent=self)
        task.succeeded.connect(lambda result: self._previewed(task, result))
        task.failed.connect(lambda error: self._failed(task, error))
        self.task = task
        return task

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.task is None and not self.importing and dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_file(event)
        if path is None or self.task is not None or self.importing:
            event.ignore()
            return
        event.acceptProposedAction()
        self.choose_file(str(path))

    def save_template(self, name: str | None = None) -> Path | None:
        if name is None:
            title = (self.tr("Unit list template") if self.kind == UNITS
                     else self.tr("Cadre roster template"))
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save a template"), str(documents_folder() / (title + ".xlsx")),
                self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return None
        target = with_suffix(name, ".xlsx")
        write = write_unit_template if self.kind == UNITS else write_cadre_template
        try:
            write(target, QCoreApplication.translate)
        except (ZerenError, OSError) as err:
            self.summary_label.setText(self.tr("The template was not saved: {reason}").format(
                reason=failure_text(err)))
            return None
        self.summary_label.setText(self.tr("Template saved: {file}").format(file=target))
        return target

    # -- the preview

    def _previewed(self, task: Task, result: object) -> None:
        self.task = None
        self.reload_button.setEnabled(self.path is not None)
        if task.control.cancelled or not self.isVisible():
            self.summary_label.setText(self.tr("Cancelled; nothing was read."))
            return
        assert isinstance(result, RosterPreview)
        self.show_preview(result)

    def show_preview(self, preview: RosterPreview) -> None:
        self.preview = preview
        # the reason right after the status: an error must be seen without scrolling
        headers = [self.tr("Row"), self.tr("Status"), self.tr("Reason")]
        headers += [column.render(QCoreApplication.translate) for column in preview.columns]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(preview.rows))
        for index, row in enumerate(preview.rows):
            background, foreground = (QColor(c) for c in STATUS_COLOURS[row.status])
            number = QTableWidgetItem(str(row.row))
            number.setData(Qt.ItemDataRole.UserRole, row.status.value)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            status = QTableWidgetItem(status_label(row.status).render(QCoreApplication.translate))
            status.setBackground(QBrush(background))
            status.setForeground(QBrush(foreground))
            self.table.setItem(index, 0, number)
            self.table.setItem(index, 1, status)
            reason = row.reason(QCoreApplication.translate)
            item = QTableWidgetItem(reason)
            item.setToolTip(reason)
            if row.status == RowStatus.ERROR:
                item.setForeground(QBrush(foreground))
            self.table.setItem(index, 2, item)
            for column, value in enumerate(row.values, 3):
                text = render_value(value, QCoreApplication.translate)
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        for column in range(3, len(headers)):
            if self.table.columnWidth(column) > VALUE_WIDTH_MAX:
                self.table.setColumnWidth(column, VALUE_WIDTH_MAX)
        if any(row.messages for row in preview.rows):
            self.table.setColumnWidth(2, REASON_WIDTH)
        self.table.resizeRowsToContents()
        self.counts_label.setText(self.tr(
            "New: {new}   Update: {updated}   Already present: {unchanged}   Errors: {errors}"
        ).format(new=preview.new, updated=preview.updated, unchanged=preview.unchanged,
                 errors=preview.errors))
        self.counts_label.setStyleSheet("color: #c00000;" if preview.errors else "")
        self.only_errors_box.setEnabled(bool(preview.errors))
        if not preview.errors:
            self.only_errors_box.setChecked(False)
        self._filter_rows()
        if preview.errors:
            text = self.tr(
                "{errors} of {total} rows have errors (in red): correct them in the file and "
                "read it again. Nothing is imported while any row has an error.").format(
                    errors=preview.errors, total=len(preview.rows))
        elif preview.can_import:
            text = self.tr(
                "{total} rows read: {new} new, {updated} to update, {unchanged} already "
                "present. Import writes them all at once.").format(
                    total=len(preview.rows), new=preview.new, updated=preview.updated,
                    unchanged=preview.unchanged)
        elif not preview.rows:
            text = self.tr("The file has no data rows, only the header row: there is "
                           "nothing to import.")
        else:
            text = self.tr("Every row of the file is already recorded: there is nothing "
                           "to import.")
        if preview.ignored_headers:
            text += " " + self.tr("Columns not imported: {columns}.").format(
                columns="、".join(preview.ignored_headers))
        self.summary_label.setText(text)
        self.import_button.setEnabled(preview.can_import)
        self.import_button.setToolTip("" if preview.can_import or not preview.errors
                                      else self.tr("Correct the rows with errors first"))
        if preview.can_import:
            self.import_button.setFocus()

    def _filter_rows(self) -> None:
        only_errors = self.only_errors_box.isChecked()
        for index in range(self.table.rowCount()):
            item = self.table.item(index, 0)
            error = item is not None and \
                item.data(Qt.ItemDataRole.UserRole) == RowStatus.ERROR.value
            self.table.setRowHidden(index, only_errors and not error)

    def _failed(self, task: Task, error: object) -> None:
        self.task = None
        self.reload_button.setEnabled(self.path is not None)
        self.import_button.setEnabled(False)
        if task.control.cancelled:
            self.summary_label.setText(self.tr("Cancelled; nothing was read."))
            return
        self.summary_label.setText(self.tr("The file could not be read: {reason}").format(
            reason=failure_text(error)))

    # -- the import

    def start_import(self) -> Task | None:
        if self.task is not None or self.path is None or self.preview is None or \
                not self.preview.can_import:
            return None
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.reload_button.setEnabled(False)
        self.importing = True
        task = run_task(self._service_import, self.path, progress_label=self.tr("Importing…"),
                        parent=self)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._import_failed)
        self.task = task
        return task

    def _imported(self, result: object) -> None:
        self.task = None
        self.importing = False
        self.choose_button.setEnabled(True)
        self.reload_button.setEnabled(True)
        assert isinstance(result, RosterImportResult)
        if not result.written:
            # the file or the records changed since the preview: show what stands now
            self.show_preview(result.preview)
            self.summary_label.setText(self.tr("Nothing was imported: {reason}").format(
                reason=self.summary_label.text()))
            return
        self.import_result = result
        self.accept()

    def _import_failed(self, error: object) -> None:
        self.task = None
        self.importing = False
        self.choose_button.setEnabled(True)
        self.reload_button.setEnabled(self.path is not None)
        self.import_button.setEnabled(self.preview is not None and self.preview.can_import)
        self.summary_label.setText(self.tr("Nothing was imported: {reason}").format(
            reason=failure_text(error)))

    def reject(self) -> None:
        if self.importing:
            return  # the import is being written: it finishes (all or nothing) first
        if self.task is not None:
            self.task.cancel()  # the preview's result is dropped when it arrives
        super().reject()


__all__ = ["CADRES", "UNITS", "RosterImportDialog", "dropped_file"]
