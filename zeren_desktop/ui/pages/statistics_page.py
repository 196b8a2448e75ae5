"""Statistics (统计): the figures of a period, bar charts per dimension, drill-down, export.

The charts are drawn with QPainter (PySide6-Essentials has no QtCharts). Every figure and
every bar opens the records behind it (cases' problems, persons or clues).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain import statistics as st
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.statistics import DRILL_CLUE_LIMIT, DrillRow, bucket_label
from zeren_desktop.ui.common import error_text, format_date, from_qdate, to_qdate
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.ledger_page import documents_folder, failure_text, with_suffix
from zeren_desktop.ui.pages.lists_page import CadreFinder, fill_unit_combo, make_year_spin
from zeren_desktop.ui.widgets import make_date_edit
from zeren_desktop.ui.widgets.pdf_preview import (
    PdfPreviewDialog,
    PdfPreviewOwner,
    preview_path,
)
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen
from zeren_desktop.ui.worker import Task, run_task

BAR_COLOUR = QColor("#b22222")
BAR_HOVER = QColor("#d9534f")
TRACK = QColor("#eeeeee")
EARLIER_COLOUR = QColor("#8a8a8a")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)  # i18n: marked elsewhere


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    value: float
    tip: str = ""
    text: str = ""                    # the value as shown, when not str(value)
    colour: QColor | None = None      # instead of the chart's colour (e.g. a vetoed unit)
    earlier: float | None = None      # a second, thinner bar below: the year before
    earlier_text: str = ""

    @property
    def shown(self) -> str:
        return self.text or str(self.value)


class BarChart(QWidget):
    """Horizontal bars with their labels and values; a click on a bar emits its key."""

    bar_clicked = Signal(str)

    ROW = 24
    GAP = 6

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.hovered = -1
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.hovered = -1
        self.setFixedHeight(self._top() + max(len(bars), 1) * (self.ROW + self.GAP) + self.GAP)
        self.update()

    def _top(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 12, int(self.width() * 0.42))

    def _value_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(b.shown) for b in self.bars), default=0) + 12

    def bar_rect(self, index: int) -> QRect:
        """Where bar `index` may be clicked: its whole row right of the label."""
        left = self._label_width()
        top = self._top() + self.GAP + index * (self.ROW + self.GAP)
        return QRect(left, top, max(self.width() - left - 4, 1), self.ROW)

    def index_at(self, point: QPoint) -> int:
        for index in range(len(self.bars)):
            if self.bar_rect(index).contains(point):
                return index
        return -1

    def sizeHint(self) -> QSize:
        return QSize(380, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRect(0, 0, self.width(), self._top()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         self.title)
        painter.setFont(self.font())
        if not self.bars:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(QRect(0, self._top(), self.width(), self.ROW + self.GAP),
                             int(Qt.AlignmentFlag.AlignCenter), self.tr("No data"))
            return
        largest = max((max(b.value, b.earlier or 0) for b in self.bars), default=0) or 1
        label_width = self._label_width()
        value_width = self._value_width()
        for index, bar in enumerate(self.bars):
            area = self.bar_rect(index)
            painter.setPen(self.palette().text().color())
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QRect(0, area.top(), label_width - 8, area.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)
            track = QRect(area.left(), area.top() + 3, area.width() - value_width,
                          area.height() - 6)
            painter.fillRect(track, TRACK)
            if bar.earlier is not None:     # the year before: a grey bar in the lower third
                lower = track.height() // 3
                if bar.earlier:
                    painter.fillRect(QRect(track.left(), track.bottom() - lower + 1,
                                           max(2, int(track.width() * bar.earlier / largest)),
                                           lower), EARLIER_COLOUR)
                track = QRect(track.left(), track.top(), track.width(),
                              track.height() - lower - 1)
            if bar.value:
                filled = QRect(track.left(), track.top(),
                               max(2, int(track.width() * bar.value / largest)), track.height())
                colour = bar.colour or BAR_COLOUR
                painter.fillRect(filled, BAR_HOVER if index == self.hovered else colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(track.right() + 6, area.top(), value_width, area.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             bar.shown)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if index != self.hovered:
            self.hovered = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0
                           else Qt.CursorShape.ArrowCursor)
            if index >= 0 and self.bars[index].tip:
                QToolTip.showText(event.globalPosition().toPoint(), self.bars[index].tip, self)
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.hovered = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.bar_clicked.emit(self.bars[index].key)
        super().mouseReleaseEvent(event)


class FigureButton(QPushButton):
    """A big number with its caption; clicking it lists the records behind it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.value = ""
        self.setMinimumSize(120, 64)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QPushButton { text-align: center; padding: 6px; }")

    def set_value(self, value: str) -> None:
        self.value = value
        self.setText(f"{value}\n{self.caption}")
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.15)
        font.setBold(True)
        self.setFont(font)


class DrillDialog(QDialog):
    """The records behind one figure; Enter or a double click opens one."""

    # ("case" or "clue", its id): the main window shows it in its own area.
    open_record = Signal(str, object)

    def __init__(self, title: str, rows: list[DrillRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.setWindowTitle(title)
        self.resize(900, 480)
        fit_to_screen(self)  # a 1366×768 screen at 125 % has 552 px
        clue = bool(rows) and rows[0].kind == "clue"
        problem = bool(rows) and rows[0].kind == "problem"
        if clue:
            headers = [self.tr("Clue no."), self.tr("Received"), self.tr("Unit"),
                       self.tr("Persons named"), self.tr("Result"), self.tr("Summary")]
        elif problem:
            headers = [self.tr("Case no."), self.tr("Decided"), self.tr("Unit"),
                       self.tr("Case"), self.tr("Category"), self.tr("Problem")]
        else:
            headers = [self.tr("Case no."), self.tr("Decided"), self.tr("Unit"),
                       self.tr("Name"), self.tr("Measures"), self.tr("Post")]
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        for index, row in enumerate(rows):
            label = translate(row.label_context, row.label) if row.label_context else row.label
            cells = [row.number, format_date(row.date), row.unit_name, row.name, label,
                     " ".join(row.detail.split())]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(row.id))
                if column == 5 and row.detail:
                    item.setToolTip(row.detail)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        if clue and len(rows) >= DRILL_CLUE_LIMIT:
            count = self.tr("The first {n} clues (by date received)").format(n=len(rows))
        else:
            count = self.tr("{n} records").format(n=len(rows))
        self.count_label = QLabel(count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setToolTip(self.tr("Show the selected record in its own area"))
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(self.selected_row() is not None))
        self.table.activated.connect(lambda _index: self.open_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)


    def selected_row(self) -> DrillRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.kind == "clue":
            self.open_record.emit("clue", row.id)
        elif row.case_id is not None:
            self.open_record.emit("case", row.case_id)
        else:
            return
        self.accept()


def quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def last_complete_quarter(today: dt.date) -> tuple[int, int]:
    """(year, quarter) of the last quarter that has ended before `today`."""
    last = quarter_start(today) - dt.timedelta(days=1)
    return last.year, (last.month - 1) // 3 + 1


def period_of(choice: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The quick choices of the period; None for "custom"."""
    if choice == "month":
        start = today.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return start, end
    if choice == "quarter":
        start = quarter_start(today)
        end = (start + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)
        return start, end
    if choice == "year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if choice == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    return None


class PeriodicReportsPanel(QWidget):
    """定期报表: the monthly statistics table, the quarterly ledger completeness summary and
    the year-end duty report drafts, generated from the records into a file (in the worker),
    with the folder to open afterwards."""

    MONTHLY, COMPLETENESS, DUTY = "monthly", "completeness", "duty"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.task: Task | None = None
        self.written: Path | None = None
        today = dt.date.today()
        last_month = today.replace(day=1) - dt.timedelta(days=1)
        self.unit_ids: dict[str, list[uuid.UUID | None]] = {}
        self.buttons: dict[tuple[str, str], QPushButton] = {}

        # (a) the monthly statistics table
        self.month_edit = make_date_edit(last_month.replace(day=1))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(False)
        self.month_unit_combo = self._unit_combo()
        monthly = QGroupBox(self.tr("Monthly accountability statistics"))
        form = QFormLayout()
        form.addRow(self.tr("&Month"), self.month_edit)
        form.addRow(self.tr("U&nit"), self.month_unit_combo)
        note = QLabel(self.tr("The month's figures beside the year to date, as the statistics"
                              " count them."))
        note.setWordWrap(True)
        box = QVBoxLayout(monthly)
        box.addWidget(note)
        box.addLayout(form)
        box.addLayout(self._buttons(self.MONTHLY, ("pdf", "xlsx")))

        # (b) the quarterly ledger completeness summary: the last complete quarter
        quarter_year, quarter_number = last_complete_quarter(today)
        self.quarter_year_spin = make_year_spin(quarter_year)
        self.quarter_combo = QComboBox()
        for quarter in range(1, 5):
            self.quarter_combo.addItem(self.tr("Quarter {n}").format(n=quarter))
        self.quarter_combo.setCurrentIndex(quarter_number - 1)
        self.quarter_unit_combo = self._unit_combo()
        completeness = QGroupBox(self.tr("Quarterly ledger completeness"))
        form = QFormLayout()
        form.addRow(self.tr("&Year"), self.quarter_year_spin)
        form.addRow(self.tr("&Quarter"), self.quarter_combo)
        form.addRow(self.tr("Un&it"), self.quarter_unit_combo)
        note = QLabel(self.tr("Per township and county department, per member of its Party"
                              " committee team: the entries of each must-record kind, the"
                              " kinds missing, and the units ranked by completeness."))
        note.setWordWrap(True)
        box = QVBoxLayout(completeness)
        box.addWidget(note)
        box.addLayout(form)
        box.addLayout(self._buttons(self.COMPLETENESS, ("pdf", "xlsx")))

        # (c) the year-end duty report drafts
        self.duty_year_spin = make_year_spin(today.year if today.month >= 11
                                             else today.year - 1)
        self.leader_radio = QRadioButton(self.tr("One &leader"))
        self.unit_radio = QRadioButton(self.tr("Every leader of a uni&t"))
        self.leader_radio.setChecked(True)
        self.finder = CadreFinder(services)
        self.duty_unit_combo = self._unit_combo(first=False)
        self.duty_unit_combo.setEnabled(False)
        self.leader_radio.toggled.connect(self._whom_changed)
        self.finder.changed.connect(self._update_buttons)
        duty = QGroupBox(self.tr("Year-end duty report (draft)"))
        form = QFormLayout()
        form.addRow(self.tr("Y&ear"), self.duty_year_spin)
        form.addRow(self.leader_radio, self.finder)
        form.addRow(self.unit_radio, self.duty_unit_combo)
        note = QLabel(self.tr("A draft from the records for the leader to edit: the list items,"
                              " the ledger, the talks and meetings, the unit's cases and"
                              " assessment, and what is still to fix."))
        note.setWordWrap(True)
        box = QVBoxLayout(duty)
        box.addWidget(note)
        box.addLayout(form)
        box.addLayout(self._buttons(self.DUTY, ("pdf", "xlsx", "docx")))

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.open_folder_button = QPushButton(self.tr("Open the &folder"))
        self.open_folder_button.setToolTip(self.tr("Open the folder of the file just written"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(monthly)
        left.addWidget(completeness)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(duty)
        right.addStretch(1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def _unit_combo(self, first: bool = True) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setProperty("all_units", first)
        return combo

    def _buttons(self, report: str, formats: tuple[str, ...]) -> QHBoxLayout:
        labels = {"pdf": self.tr("Generate &PDF…"), "xlsx": self.tr("Generate E&xcel…"),
                  "docx": self.tr("Generate &Word…")}
        row = QHBoxLayout()
        row.addStretch(1)
        for fmt in formats:
            button = QPushButton(labels[fmt])
            button.clicked.connect(lambda _c=False, r=report, f=fmt: self.generate(r, f))
            self.buttons[(report, fmt)] = button
            row.addWidget(button)
        return row

    def load_units(self) -> None:
        combos = {self.MONTHLY: self.month_unit_combo, self.COMPLETENESS: self.quarter_unit_combo,
                  self.DUTY: self.duty_unit_combo}
        for key, combo in combos.items():
            first = self.tr("All units") if combo.property("all_units") else None
            self.unit_ids[key] = fill_unit_combo(combo, self.services, first)

    def unit_id(self, report: str) -> uuid.UUID | None:
        combo = {self.MONTHLY: self.month_unit_combo, self.COMPLETENESS: self.quarter_unit_combo,
                 self.DUTY: self.duty_unit_combo}[report]
        ids = self.unit_ids.get(report, [])
        index = combo.currentIndex()
        return ids[index] if 0 <= index < len(ids) else None

    def _whom_changed(self, _checked: bool = False) -> None:
        self.finder.setEnabled(self.leader_radio.isChecked())
        self.duty_unit_combo.setEnabled(self.unit_radio.isChecked())
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        for (report, _fmt), button in self.buttons.items():
            ready = idle
            if report == self.DUTY:
                ready = ready and (self.finder.cadre_id() is not None
                                   if self.leader_radio.isChecked()
                                   else self.unit_id(self.DUTY) is not None)
            button.setEnabled(ready)

    def month(self) -> tuple[int, int]:
        day = from_qdate(self.month_edit.date())
        return day.year, day.month

    def default_name(self, report: str) -> str:
        """A file name (without suffix) saying what the file holds, in the UI language."""
        if report == self.MONTHLY:
            year, month = self.month()
            name = self.tr("Accountability statistics {year}-{month}").format(
                year=year, month=month)
            unit = self.month_unit_combo.currentText().strip() if self.unit_id(report) else ""
        elif report == self.COMPLETENESS:
            name = self.tr("Ledger completeness {year} Q{quarter}").format(
                year=self.quarter_year_spin.value(),
                quarter=self.quarter_combo.currentIndex() + 1)
            unit = (self.quarter_unit_combo.currentText().strip() if self.unit_id(report)
                    else "")
        else:
            who = (self.finder.cadre_name() if self.leader_radio.isChecked()
                   else self.duty_unit_combo.currentText().strip())
            name = self.tr("Duty report {year} {who}").format(
                year=self.duty_year_spin.value(), who=who)
            unit = ""
        return f"{unit} {name}".strip() if unit else name

    def generate(self, report: str, fmt: str, target: Path | None = None) -> Task | None:
        """Write one report in the worker (asks for the file unless `target` is given)."""
        if self.task is not None:
            return None
        by_leader = self.leader_radio.isChecked()
        cadre_id = self.finder.cadre_id() if by_leader else None
        unit_id = None if by_leader else self.unit_id(self.DUTY)
        if report == self.DUTY and cadre_id is None and unit_id is None:
            self.show_message(self.tr("Choose a leader or a unit first."), failed=True)
            return None
        suffix = f".{fmt}"
        if target is None:
            filters = {"pdf": self.tr("PDF documents (*.pdf)"),
                       "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                       "docx": self.tr("Word documents (*.docx)")}
            default = documents_folder() / (safe_file_name(self.default_name(report)) + suffix)
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the report"), str(default), filters[fmt])
            if not name:
                return None
            target = with_suffix(name, suffix)
        reports = self.services.periodic_reports
        work: Callable[..., int]
        if report == self.MONTHLY:
            year, month = self.month()
            work = (reports.export_monthly_pdf if fmt == "pdf"
                    else reports.export_monthly_xlsx)
            task = run_task(work, year, month, target, self.unit_id(report),
                            translate=QCoreApplication.translate,
                            progress_label=self.tr("Generating…"),
                            parent=self)
        elif report == self.COMPLETENESS:
            work = (reports.export_ledger_completeness_pdf if fmt == "pdf"
                    else reports.export_ledger_completeness_xlsx)
            task = run_task(work, self.quarter_year_spin.value(),
                            self.quarter_combo.currentIndex() + 1, target,
                            self.unit_id(report), translate=QCoreApplication.translate,
                            progress_label=self.tr("Generating…"), parent=self)
        else:
            task = run_task(reports.export_duty_report, self.duty_year_spin.value(), target,
                            fmt, cadre_id=cadre_id, unit_id=unit_id,
                            translate=QCoreApplication.translate,
                            progress_label=self.tr("Generating…"), parent=self)
        task.succeeded.connect(lambda _count: self._written(target))
        task.failed.connect(self._failed)
        self.task = task
        self.open_folder_button.hide()
        self._update_buttons()
        self.show_message(self.tr("Generating…"))
        return task

    def _written(self, target: Path) -> None:
        self.task = None
        self.written = target
        self._update_buttons()
        self.show_message(self.tr("Saved to {file}.").format(file=target))
        self.open_folder_button.show()

    def _failed(self, error: object) -> None:
        self.task = None
        self._update_buttons()
        self.show_message(self.tr("The report was not written: {reason}").format(
            reason=failure_text(error)), failed=True)

    def open_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #a01010;" if failed else "")


def safe_file_name(name: str) -> str:
    """`name` without the characters Windows forbids in file names."""
    return "".join("_" if char in '<>:"/\\|?*' or ord(char) < 32 else char
                   for char in name).strip(" .") or "report"


class StatisticsPage(PdfPreviewOwner, GuardedPage):
    """The statistics of a period and a unit, with charts that drill down."""

    open_record = Signal(str, object)  # from a drill-down list: ("case"|"clue", id)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.report: st.StatisticsReport | None = None
        self.unloaded = True   # counted when first shown, not at start
        self.task: Task | None = None      # an export or a preview being built
        self.preview_dialog: PdfPreviewDialog | None = None
        self.loading: Task | None = None   # counting the figures
        self.generation = 0
        self.dialog: DrillDialog | None = None
        self.unit_ids: list[uuid.UUID | None] = [None]
        self.today = dt.date.today()

        self.quick_combo = QComboBox()
        self.quick_keys = ["year", "quarter", "month", "last_year", "custom"]
        for text in (self.tr("This year"), self.tr("This quarter"), self.tr("This month"),
                     self.tr("Last year"), self.tr("Custom period")):
            self.quick_combo.addItem(text)
        start, end = period_of("year", self.today) or (self.today, self.today)
        self.from_edit: QDateEdit = make_date_edit(start)
        self.to_edit: QDateEdit = make_date_edit(end)
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(12)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.quick_combo.currentIndexChanged.connect(self._quick_chosen)
        self.from_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.to_edit.dateChanged.connect(lambda _d: self._dates_edited())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setToolTip(self.tr(
            "The statistics table of this period as it will print, to read or print"))
        self.preview_button.clicked.connect(lambda: self.preview())
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.setToolTip(self.tr("The statistics table of this period as a PDF to print"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Export E&xcel…"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Period"), self.quick_combo),
                              (self.tr("&From"), self.from_edit),
                              (self.tr("&To"), self.to_edit),
                              (self.tr("&Unit"), self.unit_combo)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addStretch(1)
        filters.addWidget(self.preview_button)
        filters.addWidget(self.pdf_button)
        filters.addWidget(self.xlsx_button)

        self.figures: dict[str, FigureButton] = {
            st.FIG_PROBLEMS: FigureButton(self.tr("Problems")),
            st.FIG_PERSONS: FigureButton(self.tr("Persons held accountable")),
            st.FIG_TEAMS: FigureButton(self.tr("Teams held accountable")),
            st.FIG_CLUES: FigureButton(self.tr("Clues received")),
            st.FIG_CLUES_CONFIRMED: FigureButton(self.tr("Confirmed (verification rate)")),
        }
        figures = QHBoxLayout()
        for key, button in self.figures.items():
            button.clicked.connect(lambda _c=False, k=key: self.drill(k, None))
            figures.addWidget(button)

        self.charts: dict[str, BarChart] = {
            st.FIG_CATEGORY: BarChart(self.tr("Problems by category")),
            st.FIG_MEASURE: BarChart(self.tr("Persons by heaviest measure")),
            st.FIG_RANK: BarChart(self.tr("Persons by rank")),
            st.FIG_FORM: BarChart(self.tr("Persons by the four forms")),
            st.FIG_UNIT_PROBLEMS: BarChart(self.tr("Problems by unit")),
            st.FIG_UNIT_PERSONS: BarChart(self.tr("Persons by unit")),
            st.FIG_MONTH_PROBLEMS: BarChart(self.tr("Problems by month")),
            st.FIG_MONTH_PERSONS: BarChart(self.tr("Persons by month")),
            st.FIG_CLUES: BarChart(self.tr("Clues received by source (verification rate)")),
        }
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(16)
        for index, (key, chart) in enumerate(self.charts.items()):
            chart.bar_clicked.connect(lambda value, k=key: self.drill(k, value))
            grid.addWidget(chart, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(self.charts) // 2 + 1, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(grid_widget)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.rule_label = QLabel(self.tr(
            "Cases count in the period of their decision date; each person counts once, under"
            " the heaviest measure. Clues count by the date received. Click a figure or a bar"
            " to see the records behind it."))
        self.rule_label.setWordWrap(True)
        self.figures_tab = QWidget()
        layout = QVBoxLayout(self.figures_tab)
        layout.addLayout(filters)
        layout.addLayout(figures)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.message_label)
        # 定期报表: the monthly table, the quarterly ledger completeness, the duty reports
        self.periodic = PeriodicReportsPanel(services)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.figures_tab, self.tr("&Figures"))
        self.tabs.addTab(self.periodic, self.tr("Periodic &reports"))
        outer = QVBoxLayout(self.content)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.load_units()

    # -- loading

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.unloaded and not event.spontaneous():
            self.unloaded = False
            self.reload()

    def load_units(self) -> None:
        self.unit_combo.blockSignals(True)
        try:
            self.unit_ids = fill_unit_combo(self.unit_combo, self.services, self.tr("All units"))
            self.periodic.load_units()
        except ACCESS_ERRORS as err:
            self.show_notice(err)
        finally:
            self.unit_combo.blockSignals(False)

    def period(self) -> tuple[dt.date, dt.date]:
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def unit_id(self) -> uuid.UUID | None:
        index = self.unit_combo.currentIndex()
        return self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None

    def set_period(self, start: dt.date, end: dt.date) -> None:
        """Set both dates (a custom period) and reload once."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self.quick_combo.blockSignals(True)
        self.quick_combo.setCurrentIndex(self.quick_keys.index("custom"))
        self.quick_combo.blockSignals(False)
        self.reload()

    def _quick_chosen(self, index: int) -> None:
        period = period_of(self.quick_keys[index], dt.date.today())
        if period is None:
            return
        for edit, day in zip((self.from_edit, self.to_edit), period, strict=True):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self.reload()

    def _dates_edited(self) -> None:
        self.quick_combo.blockSignals(True)
        self.quick_combo.setCurrentIndex(self.quick_keys.index("custom"))
        self.quick_combo.blockSignals(False)
        self.reload()

    def reload(self) -> Task | None:
        """Count in the worker (400,000 clues take about a second); a newer reload wins."""
        start, end = self.period()
        if end < start:
            self.show_message(self.tr("The period ends before it starts."), failed=True)
            return None
        self.generation += 1
        generation = self.generation
        task = run_task(self.services.statistics.report, start, end, self.unit_id())
        task.succeeded.connect(lambda report: self._loaded(generation, report))
        task.failed.connect(lambda error: self._load_failed(generation, error))
        self.loading = task
        self.show_message(self.tr("Counting…"))
        return task

    def _loaded(self, generation: int, report: object) -> None:
        if generation != self.generation:
            return
        assert isinstance(report, st.StatisticsReport)
        self.loading = None
        self.show_content()
        self.show_message("")
        self.report = report
        self._fill(report)

    def _load_failed(self, generation: int, error: object) -> None:
        if generation != self.generation:
            return
        self.loading = None
        if isinstance(error, ACCESS_ERRORS):
            self.show_notice(error)
        else:
            self.show_message(self.tr("The statistics could not be counted: {reason}").format(
                reason=failure_text(error)), failed=True)

    def _fill(self, report: st.StatisticsReport) -> None:
        clues = report.clues
        rate = (self.tr("{n}%").format(n=f"{clues.rate_percent:.1f}")
                if clues.rate_percent is not None else "–")
        values = {st.FIG_PROBLEMS: str(report.problems), st.FIG_PERSONS: str(report.persons),
                  st.FIG_TEAMS: str(report.teams), st.FIG_CLUES: str(clues.received),
                  st.FIG_CLUES_CONFIRMED: f"{clues.confirmed} ({rate})"}
        for key, value in values.items():
            self.figures[key].set_value(value)
        for key in (st.FIG_CATEGORY, st.FIG_MEASURE, st.FIG_RANK, st.FIG_FORM):
            self.charts[key].set_bars([Bar(b.key, bucket_label(b, translate), b.count)
                                       for b in report.dimension(key)])
        for key in (st.FIG_UNIT_PROBLEMS, st.FIG_MONTH_PROBLEMS):
            self.charts[key].set_bars([Bar(b.key, bucket_label(b, translate), b.count)
                                       for b in report.dimension(key)])
        for key in (st.FIG_UNIT_PERSONS, st.FIG_MONTH_PERSONS):
            self.charts[key].set_bars([Bar(b.key, bucket_label(b, translate), b.persons)
                                       for b in report.dimension(key)])
        bars = []
        for c in report.clues_by_source:
            rate_text = f"{c.rate_percent:.1f}%" if c.rate_percent is not None else "–"
            label = bucket_label(c, translate)
            bars.append(Bar(c.key, f"{label} ({rate_text})", c.received, self.tr(
                "{source}: {received} received, {concluded} concluded, {confirmed} confirmed"
                ).format(source=label, received=c.received, concluded=c.concluded,
                         confirmed=c.confirmed)))
        self.charts[st.FIG_CLUES].set_bars(bars)

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet("color: #a01010;" if failed else "")

    # -- drilling down

    def drill(self, figure: str, value: str | None) -> DrillDialog | None:
        """Open the list of the records behind a figure (a bar: `value` is its key)."""
        start, end = self.period()
        try:
            rows = self.services.statistics.drill(figure, value, start, end, self.unit_id())
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return None
        title = self._drill_title(figure, value)
        dialog = DrillDialog(self.tr("{what}: {n} records").format(what=title, n=len(rows)),
                             rows, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_closed(d))
        dialog.open_record.connect(self.open_record)
        dialog.show()
        return dialog

    def _dialog_closed(self, dialog: DrillDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _drill_title(self, figure: str, value: str | None) -> str:
        if figure in self.figures and value is None:
            return self.figures[figure].caption
        chart = self.charts.get(figure)
        if chart is None:
            return figure
        label = next((b.label for b in chart.bars if b.key == (value or "")), value or "")
        return f"{chart.title} — {label}"

    # -- export

    def export(self, kind: str, target: Path | None = None) -> Task | None:
        """Write the report as PDF or xlsx in the worker (asks for the file unless given)."""
        if self.task is not None:
            return None
        start, end = self.period()
        suffix = ".pdf" if kind == "pdf" else ".xlsx"
        if target is None:
            stem = self.tr("Statistics")
            name = f"{stem}-{start:%Y%m%d}-{end:%Y%m%d}{suffix}"
            default = documents_folder() / name
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the statistics"), str(default),
                self.tr("PDF documents (*.pdf)") if kind == "pdf"
                else self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return None
            target = with_suffix(name, suffix)
        work = (self.services.statistics.export_pdf if kind == "pdf"
                else self.services.statistics.export_xlsx)
        task = run_task(work, target, start, end, self.unit_id(),
                        translate=QCoreApplication.translate,
                        progress_label=self.tr("Exporting the statistics…"), parent=self)
        task.succeeded.connect(lambda _result: self._exported(target))
        task.failed.connect(self._export_failed)
        self.task = task
        self._update_buttons()
        return task

    def preview(self) -> Task | None:
        """Build the PDF into a temporary file in the worker, then show it in the program."""
        if self.task is not None:
            return None
        start, end = self.period()
        stem = self.tr("Statistics")
        target = preview_path(f"{stem}-{start:%Y%m%d}-{end:%Y%m%d}.pdf")
        title = self.tr("Statistics {start} to {end}").format(start=format_date(start),
                                                              end=format_date(end))
        task = self.preview_in_worker(
            target, title, self.services.statistics.export_pdf, target, start, end,
            self.unit_id(), translate=QCoreApplication.translate,
            progress_label=self.tr("Preparing the preview…"),
            on_ready=lambda _pages: self._task_done(""),
            on_failed=lambda error: self._task_done(
                self.tr("The preview could not be made: {reason}").format(
                    reason=failure_text(error)), failed=True))
        self.task = task
        self._update_buttons()
        return task

    def _exported(self, target: Path) -> None:
        self._task_done(self.tr("Exported to {file}.").format(file=target))

    def _export_failed(self, error: object) -> None:
        self._task_done(self.tr("The export failed: {reason}").format(
            reason=failure_text(error)), failed=True)

    def _task_done(self, message: str, failed: bool = False) -> None:
        self.task = None
        self._update_buttons()
        self.show_message(message, failed=failed)

    def _update_buttons(self) -> None:
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            button.setEnabled(self.task is None)
