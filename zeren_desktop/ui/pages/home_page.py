"""The dashboard (工作台): what needs doing, each with a way to the area that does it.

Overdue and soon-due rectifications, the quarter's ledger reminders and the year's lists
not yet signed; counted afresh whenever the page is shown.

The main window asks for the first figures in the background once it is on screen
(`load_in_background`): the county's year of ledgers never holds up the start.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import LedgerCategory
from zeren_desktop.domain.ledger import quarter_of
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.cases_dto import CaseDeadline
from zeren_desktop.services.ledger_dto import InspectionRow, ListRow, Reminder
from zeren_desktop.services.talks_dto import TalkRow
from zeren_desktop.ui.common import enum_label, error_text, format_date
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.inspections_page import is_due_soon, one_line, target_text
from zeren_desktop.ui.pages.lists_page import list_title
from zeren_desktop.ui.worker import Task, run_task

SHOWN = 8          # lines per block; the rest is counted
LINE_CHARS = 46    # a line is cut after this many characters


def cut(text: str, limit: int = LINE_CHARS) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


class Card(QFrame):
    """One block of the dashboard: a title, a big number, a few lines and a button."""

    def __init__(self, title: str, button_text: str, accent: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardCard")
        self.setStyleSheet(
            "QFrame#dashboardCard { background: palette(base); border: 1px solid #d0d4da;"
            f" border-top: 3px solid {accent}; border-radius: 4px; }}")
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.count_label = QLabel("0")
        big = self.count_label.font()
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.count_label.setFont(big)
        self.count_label.setStyleSheet(f"color: {accent};")
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.lines_label = QLabel()
        self.lines_label.setWordWrap(True)
        self.lines_label.setTextFormat(Qt.TextFormat.RichText)
        self.lines_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Readable with a few lines; the cards scroll when the window is shorter (HomePage).
        self.setMinimumHeight(250)
        self.button = QPushButton(button_text)
        head = QHBoxLayout()
        head.addWidget(self.count_label)
        head.addSpacing(6)
        head.addWidget(self.summary_label, 1)
        foot = QHBoxLayout()
        foot.addStretch(1)
        foot.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title_label)
        layout.addLayout(head)
        layout.addWidget(self.lines_label, 1)
        layout.addLayout(foot)

    def set_content(self, count: int, summary: str, lines: list[str]) -> None:
        """`lines` are plain text; they are escaped here."""
        self.count_label.setText(str(count))
        self.summary_label.setText(summary)
        self.lines_label.setText("<div style='line-height: 140%'>" + "<br>".join(
            html.escape(line) for line in lines) + "</div>")


@dataclass(frozen=True)
class Figures:
    """What the dashboard shows, read from the services (plain data: made in a worker)."""

    today: dt.date
    overdue: list[InspectionRow]
    open_rows: list[InspectionRow]
    reminders: list[Reminder]
    lists: list[ListRow]
    case_deadlines: list[CaseDeadline]
    follow_ups: list[TalkRow]


def gather(services: Services, today: dt.date) -> Figures:
    """The dashboard's figures; the services' errors (refusals too) are raised."""
    year, quarter = today.year, quarter_of(today)
    return Figures(today,
                   services.inspections.overdue(today),
                   services.inspections.search(open_only=True),
                   services.ledger.reminders(year, quarter),
                   services.lists.search(year=year),
                   services.cases.deadlines(today),
                   services.talks.follow_ups_due(today, within_days=7))


class HomePage(GuardedPage):
    """The landing page of everyone who works with the records.

    `HomePage(services)` counts at once; `HomePage(services, load=False)` waits for
    `refresh()` or `load_in_background()` (the main window's start). `loaded` tells
    whether figures (or the reason there are none) are shown; `first_loaded` says so.
    """

    # The area to switch to: "inspections", "ledger", "lists", "cases" or "integrity".
    open_area = Signal(str)
    # The first figures (or the reason there are none) are on the page.
    first_loaded = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 load: bool = True) -> None:
        super().__init__(parent)
        self.services = services
        self.stale = False
        self.loaded = False
        self.task: Task | None = None
        self.again = False
        self.today = dt.date.today()
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.load_in_background)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c00000;")
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.refresh_button)

        self.overdue_card = Card(self.tr("Overdue rectifications"),
                                 self.tr("Open &inspections"), "#c0392b")
        self.due_card = Card(self.tr("Rectifications due within 7 days"),
                             self.tr("Open ins&pections"), "#d48806")
        self.reminder_card = Card(self.tr("Ledger reminders this quarter"),
                                  self.tr("Open the &ledger"), "#2f6fb0")
        self.unsigned_card = Card(self.tr("Lists not yet signed"),
                                  self.tr("Open the lis&ts"), "#6a4fb0")
        self.overdue_card.button.clicked.connect(lambda: self.open_area.emit("inspections"))
        self.due_card.button.clicked.connect(lambda: self.open_area.emit("inspections"))
        self.reminder_card.button.clicked.connect(lambda: self.open_area.emit("ledger"))
        self.unsigned_card.button.clicked.connect(lambda: self.open_area.emit("lists"))
        self.cases_card = Card(self.tr("Cases overdue or due within 7 days"),
                               self.tr("Open the &cases"), "#8e44ad")
        self.cases_card.button.clicked.connect(lambda: self.open_area.emit("cases"))
        self.talks_card = Card(self.tr("Talk follow-ups due within 7 days"),
                               self.tr("Open the tal&ks"), "#16a085")
        self.talks_card.button.clicked.connect(lambda: self.open_area.emit("integrity"))
        cards = QWidget()
        grid = QGridLayout(cards)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        grid.addWidget(self.overdue_card, 0, 0)
        grid.addWidget(self.due_card, 0, 1)
        grid.addWidget(self.reminder_card, 1, 0)
        grid.addWidget(self.unsigned_card, 1, 1)
        grid.addWidget(self.cases_card, 2, 0)
        grid.addWidget(self.talks_card, 2, 1)
        for n in (0, 1):
            grid.setColumnStretch(n, 1)
        grid.setRowStretch(3, 1)
        # The cards scroll, the title stays: the page (and so the main window) never asks
        # for the height of three rows of cards, which a 768-pixel screen lacks.
        self.cards_area = QScrollArea()
        self.cards_area.setWidgetResizable(True)
        self.cards_area.setFrameShape(QFrame.Shape.NoFrame)
        self.cards_area.setWidget(cards)
        self.cards_area.viewport().setAutoFillBackground(False)
        cards.setAutoFillBackground(False)

        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.cards_area, 1)
        self.message_label.hide()
        if load:
            self.refresh()
        else:
            self.title_label.setText(self.tr("Counting…"))

    def refresh_page(self) -> None:
        """Shown again: counted afresh in the background (the old figures stay meanwhile)."""
        self.load_in_background()

    def refresh(self) -> None:
        """Count now (the window waits)."""
        try:
            figures = gather(self.services, dt.date.today())
        except ZerenError as err:
            self._failed(err)
            return
        self._show(figures)

    def load_in_background(self) -> Task | None:
        """Count in the worker and show the figures when they arrive. Asked while counting:
        counted once more when that count has arrived (it may have missed a change)."""
        if self.task is not None:
            self.again = True
            return None
        self.again = False
        self.task = task = run_task(gather, self.services, dt.date.today())
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)
        task.finished.connect(self._task_finished)
        return task

    def _task_finished(self) -> None:
        self.task = None
        if self.again:
            self.load_in_background()

    def _failed(self, error: object) -> None:
        if isinstance(error, ACCESS_ERRORS):
            self.show_notice(error)
        elif isinstance(error, ZerenError):
            self.message_label.setText(error_text(error))
            self.message_label.show()
        else:
            self._loaded()
            raise error if isinstance(error, BaseException) else RuntimeError(error)
        self._loaded()

    def _loaded(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.first_loaded.emit()

    def _show(self, figures: object) -> None:
        assert isinstance(figures, Figures)
        self.today = today = figures.today
        year, quarter = today.year, quarter_of(today)
        self.show_content()
        self.message_label.hide()
        self.title_label.setText(self.tr("Today is {date}: quarter {quarter} of {year}").format(
            date=format_date(today), quarter=quarter, year=year))
        self._show_overdue(figures.overdue)
        due = sorted((r for r in figures.open_rows if is_due_soon(r, today)),
                     key=lambda r: (r.deadline or today, r.inspected_on))
        self._show_due(due)
        self._show_reminders([r for r in figures.reminders if r.missing_categories],
                             year, quarter)
        self._show_unsigned([r for r in figures.lists if r.signed_on is None],
                            len(figures.lists), year)
        self._show_cases(figures.case_deadlines)
        self._show_follow_ups(figures.follow_ups)
        self._loaded()

    def _more(self, lines: list[str], total: int) -> list[str]:
        if total > len(lines):
            lines.append(self.tr("… and {n} more").format(n=total - len(lines)))
        return lines

    def _inspection_line(self, row: InspectionRow) -> str:
        return self.tr("{deadline}  {target}: {what}").format(
            deadline=format_date(row.deadline), target=target_text(row),
            what=cut(row.rectification or row.findings, 30))

    def _show_overdue(self, rows: list[InspectionRow]) -> None:
        if rows:
            summary = self.tr("rectifications are past their deadline without a result.")
        else:
            summary = self.tr("No rectification is overdue.")
        lines = [self._inspection_line(r) for r in rows[:SHOWN]]
        self.overdue_card.set_content(len(rows), summary, self._more(lines, len(rows)))

    def _show_due(self, rows: list[InspectionRow]) -> None:
        summary = (self.tr("rectifications reach their deadline in the coming week.") if rows
                   else self.tr("No deadline in the coming week."))
        lines = [self._inspection_line(r) for r in rows[:SHOWN]]
        self.due_card.set_content(len(rows), summary, self._more(lines, len(rows)))

    def _missing_text(self, missing: tuple[LedgerCategory, ...]) -> str:
        if len(missing) == len(LedgerCategory):
            return self.tr("no entry yet this quarter")
        shown = self.tr(", ").join(enum_label(c) for c in missing[:3])
        if len(missing) > 3:
            return self.tr("missing {kinds} and {n} more kinds").format(
                kinds=shown, n=len(missing) - 3)
        return self.tr("missing {kinds}").format(kinds=shown)

    def _show_reminders(self, reminders: list[Reminder], year: int, quarter: int) -> None:
        if reminders:
            summary = self.tr("cadres lack some of the must-record kinds in quarter {quarter}"
                              " of {year}.").format(quarter=quarter, year=year)
        else:
            summary = self.tr("Every cadre with a list has entries of every must-record kind"
                              " this quarter.")
        lines = [self.tr("{name} ({unit}): {missing}").format(
            name=r.cadre_name, unit=r.unit_name,
            missing=cut(self._missing_text(r.missing_categories), 34))
            for r in reminders[:SHOWN]]
        self.reminder_card.set_content(len(reminders), summary,
                                       self._more(lines, len(reminders)))

    def _show_unsigned(self, rows: list[ListRow], total: int, year: int) -> None:
        if rows:
            summary = self.tr("of the {total} lists of {year} are not signed yet.").format(
                total=total, year=year)
        elif total:
            summary = self.tr("All {total} lists of {year} are signed.").format(
                total=total, year=year)
        else:
            summary = self.tr("No list has been issued for {year} yet.").format(year=year)
        lines = [self.tr("{holder}: {title}").format(holder=r.holder,
                                                     title=cut(list_title(r), 32))
                 for r in rows[:SHOWN]]
        self.unsigned_card.set_content(len(rows), summary, self._more(lines, len(rows)))

    def _show_cases(self, rows: list[CaseDeadline]) -> None:
        overdue = sum(1 for r in rows if r.status == "overdue")
        summary = (self.tr("deadlines of cases: {overdue} overdue, {soon} due within 7"
                           " days.").format(overdue=overdue, soon=len(rows) - overdue)
                   if rows else self.tr("No case deadline is overdue or near."))
        lines = []
        for r in rows[:SHOWN]:
            what = (self.tr("answer to an appeal") if r.kind == "appeal"
                    else enum_label(r.stage))
            lines.append(self.tr("{due}  {number} {title}: {what}").format(
                due=format_date(r.due), number=r.number, title=cut(r.title, 20), what=what))
        self.cases_card.set_content(len(rows), summary, self._more(lines, len(rows)))

    def _show_follow_ups(self, rows: list[TalkRow]) -> None:
        overdue = sum(1 for r in rows if r.follow_up_on is not None
                      and r.follow_up_on < self.today)
        summary = (self.tr("follow-ups of talks: {overdue} overdue, {soon} due within 7"
                           " days.").format(overdue=overdue, soon=len(rows) - overdue)
                   if rows else self.tr("No talk follow-up is overdue or near."))
        lines = [self.tr("{due}  {name}: {kind}").format(
            due=format_date(r.follow_up_on), name=r.subject_name or r.unit_name,
            kind=enum_label(r.kind)) for r in rows[:SHOWN]]
        self.talks_card.set_content(len(rows), summary, self._more(lines, len(rows)))
