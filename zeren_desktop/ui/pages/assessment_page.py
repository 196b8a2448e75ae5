"""Quantitative assessment of units (量化考核): score each unit through the wizard, review
and lock, then the ranking with its chart, the year before beside it, and the talks with
the principal leaders of the last units.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.assessment import AssessmentStatus, format_points
from zeren_desktop.domain.enums import TalkKind, UnitKind
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.assessment_dto import AssessmentRow, Ranking, TalkProposal
from zeren_desktop.ui.common import enum_label, error_text, format_utc
from zeren_desktop.ui.pages.assessment_dialogs import (
    ReviewDialog,
    ScoringWizard,
    unit_kind_choices,
)
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.ledger_page import documents_folder, failure_text, with_suffix
from zeren_desktop.ui.pages.lists_page import ERROR_STYLE
from zeren_desktop.ui.pages.record_table import DialogOwner
from zeren_desktop.ui.pages.statistics_page import Bar, BarChart
from zeren_desktop.ui.worker import Task, run_task

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS: dict[AssessmentStatus, tuple[str, str]] = {
    AssessmentStatus.DRAFT: ("#ffe8a8", "#4d3800"),
    AssessmentStatus.REVIEWED: ("#d6e6fb", "#0d2f5c"),
    AssessmentStatus.LOCKED: ("#d4edda", "#0b4020"),
}
VETO_COLOUR = QColor("#555555")
BOTTOM_COLOUR = QColor("#e08a00")


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, record_id: uuid.UUID | None = None, right: bool = False
          ) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if record_id is not None:
        item.setData(ID_ROLE, str(record_id))
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _points(value: Decimal | None) -> str:
    return format_points(value) if value is not None else ""


class AssessmentPage(DialogOwner, GuardedPage):
    """A year's assessment of one kind of unit: the units (tab 1), the ranking (tab 2)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        writable = not services.read_only

        def can(permission: Permission) -> bool:
            return actor is not None and actor.can(permission) and writable

        self.can_score = can(Permission.EDIT_DRAFTS)
        self.can_review = can(Permission.REVIEW)
        self.rows: list[AssessmentRow] = []
        self.ranking: Ranking | None = None
        self.proposals: list[TalkProposal] = []
        self.dialog: QDialog | None = None
        self.wizard: ScoringWizard | None = None
        self.task: Task | None = None
        self.stale = True

        today = dt.date.today()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, today.year + 1)
        # The assessment of a year is done early in the next one.
        self.year_spin.setValue(today.year - 1 if today.month <= 6 else today.year)
        self.kind_combo = QComboBox()
        self.kinds = unit_kind_choices()
        for kind in self.kinds:
            self.kind_combo.addItem(enum_label(kind))
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Year"), self.year_spin),
                             (self.tr("&Units"), self.kind_combo)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addStretch(1)
        self.sheet_label = QLabel()
        filters.addWidget(self.sheet_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._units_tab(), self.tr("&Scoring"))
        self.tabs.addTab(self._ranking_tab(), self.tr("&Ranking"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self.content)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        if services.actor is None:
            self.reload()

    # -- building

    def _button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _units_tab(self) -> QWidget:
        self.score_button = self._button(self.tr("S&core…"), self.tr(
            "Score the selected unit: the figures from the records, then the assessor's"
            " items (Enter)"), self.score)
        self.review_button = self._button(self.tr("Re&view…"), self.tr(
            "Pass the scores or send them back (a reviewer other than the assessor)"),
            self.review)
        self.lock_button = self._button(self.tr("&Lock"), self.tr(
            "Lock the reviewed result: it counts in the ranking and never changes"),
            self.lock)
        self.delete_button = self._button(self.tr("&Delete scores"), self.tr(
            "Delete scores not yet reviewed"), self.delete_draft)
        self.sheet_pdf_button = self._button(self.tr("Score sheet &PDF…"), self.tr(
            "The unit's score sheet as PDF"), self.export_score_sheet)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.score_button, self.review_button, self.lock_button,
                       self.delete_button, self.sheet_pdf_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        for button, allowed in ((self.score_button, self.can_score),
                                (self.delete_button, self.can_score),
                                (self.review_button, self.can_review),
                                (self.lock_button, self.can_review)):
            button.setVisible(allowed)
        self.units_table = _table([
            self.tr("Unit"), self.tr("Status"), self.tr("Total"), self.tr("Rank"),
            self.tr("Assessor"), self.tr("Reviewer"), self.tr("Locked")], 0)
        self.units_table.itemSelectionChanged.connect(self._update_buttons)
        self.units_table.activated.connect(lambda _i: self.score())
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(actions)
        layout.addWidget(self.units_table, 1)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.units_table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.score)
        return tab

    def _ranking_tab(self) -> QWidget:
        self.ranking_pdf_button = self._button(self.tr("Ranking P&DF…"), self.tr(
            "The ranking table as PDF"), lambda: self.export_ranking("pdf"))
        self.ranking_xlsx_button = self._button(self.tr("Ranking E&xcel…"), self.tr(
            "The ranking table as an Excel workbook"), lambda: self.export_ranking("xlsx"))
        self.propose_button = self._button(self.tr("Propose &talks…"), self.tr(
            "Talks (约谈) with the principal leaders of the last units of the ranking"),
            self.propose_talks)
        self.propose_button.setVisible(self.can_score)
        self.ranking_label = QLabel()
        self.ranking_label.setWordWrap(True)
        actions = QHBoxLayout()
        for button in (self.ranking_pdf_button, self.ranking_xlsx_button,
                       self.propose_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.ranking_table = _table([self.tr("Rank"), self.tr("Unit"), self.tr("Total"),
                                     self.tr("Note")], 3)
        self.chart = BarChart(self.tr("Totals (grey: the year before)"))
        chart_scroll = QScrollArea()
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setWidget(self.chart)
        self.proposal_table = _table([self.tr("Unit"), self.tr("Rank"), self.tr("Total"),
                                      self.tr("Principal leader"), self.tr("Talk")], 0)
        self.proposal_table.itemSelectionChanged.connect(self._update_buttons)
        self.record_talk_button = self._button(self.tr("Record the &talk…"), self.tr(
            "Record the talk held with the selected unit's principal leader"),
            self.record_talk)
        self.record_talk_button.setVisible(self.can_score)
        top = QHBoxLayout()
        top.addWidget(self.ranking_table, 3)
        top.addWidget(chart_scroll, 2)
        talks_row = QHBoxLayout()
        talks_row.addWidget(QLabel(self.tr("Proposed talks")))
        talks_row.addStretch(1)
        talks_row.addWidget(self.record_talk_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(actions)
        layout.addLayout(top, 3)
        layout.addWidget(self.ranking_label)
        layout.addLayout(talks_row)
        layout.addWidget(self.proposal_table, 1)
        return tab

    # -- loading

    def refresh_page(self) -> None:
        self.reload()

    def year(self) -> int:
        return self.year_spin.value()

    def unit_kind(self) -> UnitKind:
        return self.kinds[max(self.kind_combo.currentIndex(), 0)]

    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select if select is not None else self.selected_unit()
        try:
            rows = self.services.assessment.units(self.year(), self.unit_kind())
            ranking = self.services.assessment.ranking(self.year(), self.unit_kind())
            proposals = [p for p in self.services.assessment.talk_proposals(self.year())
                         if p.unit_id in {r.unit_id for r in rows}]
            comparison = self.services.assessment.comparison(
                self.unit_kind(), (self.year() - 1, self.year()))
            sheet = self.services.assessment.sheet(self.year(), self.unit_kind())
        except ACCESS_ERRORS as err:
            self.rows = []
            self.units_table.setRowCount(0)
            self.show_notice(err)
            return
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.show_content()
        self.sheet_label.setText(self.tr("{title} (version {n}, full marks {full})").format(
            title=sheet.sheet.title, n=sheet.version, full=format_points(
                sheet.sheet.full_marks)))
        self.rows = rows
        self._fill_units(rows)
        self.ranking = ranking
        self._fill_ranking(ranking, comparison)
        self.proposals = proposals
        self._fill_proposals(proposals)
        ids = [r.unit_id for r in rows]
        if keep in ids:
            self.units_table.selectRow(ids.index(keep))
        self._update_buttons()

    def _fill_units(self, rows: list[AssessmentRow]) -> None:
        table = self.units_table
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = enum_label(row.status) if row.status else self.tr("Not scored")
            total = _points(row.total) + (self.tr(" (vetoed)") if row.vetoed else "")
            cells = [_cell(row.unit_name, row.unit_id), _cell(status),
                     _cell(total, right=True), _cell(str(row.rank or ""), right=True),
                     _cell(row.assessor), _cell(row.reviewer), _cell(format_utc(row.locked_at))]
            if row.status is not None:
                background, foreground = STATUS_COLOURS[row.status]
                cells[1].setBackground(QBrush(QColor(background)))
                cells[1].setForeground(QBrush(QColor(foreground)))
            for column, cell in enumerate(cells):
                table.setItem(index, column, cell)
        scored = sum(1 for r in rows if r.status is AssessmentStatus.LOCKED)
        self.count_label.setText(self.tr("Units: {n}; locked: {locked}").format(
            n=len(rows), locked=scored))

    def _fill_ranking(self, ranking: Ranking,
                      comparison: dict[uuid.UUID, dict[int, Decimal]]) -> None:
        table = self.ranking_table
        table.setRowCount(len(ranking.rows))
        bars: list[Bar] = []
        before = self.year() - 1
        for index, row in enumerate(ranking.rows):
            notes = []
            if row.vetoed:
                notes.append(self.tr("one-vote veto"))
            if row.in_bottom:
                notes.append(self.tr("talk with the principal leader"))
            cells = [_cell(str(row.rank), row.unit_id, right=True), _cell(row.unit_name),
                     _cell(format_points(row.total), right=True), _cell("、".join(notes))]
            if row.in_bottom:
                for cell in cells:
                    cell.setForeground(QBrush(QColor("#8a4b00")))
            for column, cell in enumerate(cells):
                table.setItem(index, column, cell)
            earlier = comparison.get(row.unit_id, {}).get(before)
            text = format_points(row.total)
            if earlier is not None:
                text += self.tr(" (was {points})").format(points=format_points(earlier))
            bars.append(Bar(str(row.unit_id), row.unit_name, float(row.total),
                            tip=text, text=text,
                            colour=VETO_COLOUR if row.vetoed
                            else BOTTOM_COLOUR if row.in_bottom else None,
                            earlier=float(earlier) if earlier is not None else None))
        self.chart.set_bars(bars)
        lines = []
        if ranking.tie_rule is not None:
            lines.append(ranking.tie_rule.render(QCoreApplication.translate))
        if ranking.not_scored:
            lines.append(self.tr("Without a locked result: {units}").format(
                units="、".join(ranking.not_scored)))
        self.ranking_label.setText("\n".join(lines))

    def _fill_proposals(self, proposals: list[TalkProposal]) -> None:
        table = self.proposal_table
        table.setRowCount(len(proposals))
        for index, proposal in enumerate(proposals):
            talk = self.tr("held") if proposal.talk_id else self.tr("to be held")
            cells = [_cell(proposal.unit_name, proposal.id),
                     _cell(str(proposal.rank), right=True),
                     _cell(format_points(proposal.total), right=True),
                     _cell(proposal.cadre_name or self.tr("(no principal leader on record)")),
                     _cell(talk)]
            for column, cell in enumerate(cells):
                table.setItem(index, column, cell)

    # -- selection

    def selected_unit(self) -> uuid.UUID | None:
        rows = self.units_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.rows):
            return None
        return self.rows[rows[0].row()].unit_id

    def current_row(self) -> AssessmentRow | None:
        unit = self.selected_unit()
        return next((r for r in self.rows if r.unit_id == unit), None)

    def select_unit(self, unit_id: uuid.UUID) -> None:
        ids = [r.unit_id for r in self.rows]
        if unit_id in ids:
            self.units_table.selectRow(ids.index(unit_id))

    def current_proposal(self) -> TalkProposal | None:
        rows = self.proposal_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.proposals):
            return None
        return self.proposals[rows[0].row()]

    def _update_buttons(self) -> None:
        row = self.current_row()
        status = row.status if row is not None else None
        idle = self.dialog is None and self.wizard is None and self.task is None
        self.score_button.setEnabled(idle and row is not None and status in (
            None, AssessmentStatus.DRAFT))
        self.delete_button.setEnabled(idle and status is AssessmentStatus.DRAFT)
        self.review_button.setEnabled(idle and status is AssessmentStatus.DRAFT)
        self.lock_button.setEnabled(idle and status is AssessmentStatus.REVIEWED)
        self.sheet_pdf_button.setEnabled(idle and status is not None)
        has_ranking = self.ranking is not None and bool(self.ranking.rows)
        self.ranking_pdf_button.setEnabled(idle and has_ranking)
        self.ranking_xlsx_button.setEnabled(idle and has_ranking)
        self.propose_button.setEnabled(idle and has_ranking)
        proposal = self.current_proposal()
        self.record_talk_button.setEnabled(idle and proposal is not None
                                           and proposal.talk_id is None)

    # -- scoring

    def score(self) -> ScoringWizard | None:
        """Start (or go on with) the selected unit's scores in the wizard."""
        row = self.current_row()
        if row is None or not self.can_score or self.wizard is not None \
                or self.dialog is not None:
            return None
        if row.status not in (None, AssessmentStatus.DRAFT):
            return None
        try:
            assessment_id = row.assessment_id or self.services.assessment.start(
                self.year(), row.unit_id)
            detail = self.services.assessment.get(assessment_id)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return None
        wizard = ScoringWizard(self.services, detail, self)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        self.wizard = wizard

        def finished(_result: int) -> None:
            self.wizard = None
            saved = wizard.saved
            wizard.deleteLater()
            self.reload(row.unit_id)
            if saved:
                self.show_message(self.tr("The scores of {unit} were saved; a reviewer reviews"
                                          " them next.").format(unit=row.unit_name))

        wizard.finished.connect(finished)
        wizard.open()
        self._update_buttons()
        return wizard

    def review(self) -> ReviewDialog | None:
        row = self.current_row()
        if row is None or row.assessment_id is None or not self.can_review \
                or self.dialog is not None:
            return None
        try:
            detail = self.services.assessment.get(row.assessment_id)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return None
        dialog = ReviewDialog(self.services, detail, self)

        def done(finished: QDialog) -> None:
            assert isinstance(finished, ReviewDialog)
            self.reload(row.unit_id)
            self.show_message(self.tr("Reviewed: it can now be locked.")
                              if finished.outcome == "reviewed"
                              else self.tr("Sent back to the assessor."))

        self._open(dialog, done)
        dialog.finished.connect(lambda _r: self._update_buttons())
        self._update_buttons()
        return dialog

    def lock(self) -> bool:
        row = self.current_row()
        if row is None or row.assessment_id is None or not self.can_review:
            return False
        assessment_id = row.assessment_id
        answer = QMessageBox.question(
            self, self.tr("Lock the result"),
            self.tr("Lock the result of {unit} ({total})? A locked result counts in the"
                    " ranking and can never be changed.").format(
                unit=row.unit_name, total=_points(row.total)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._act(lambda: self.services.assessment.lock(assessment_id),
                         row.unit_id, self.tr("Locked; the ranking counts it."))

    def delete_draft(self) -> bool:
        row = self.current_row()
        if row is None or row.assessment_id is None or not self.can_score:
            return False
        assessment_id = row.assessment_id
        try:
            entries = len(self.services.assessment.ledger_names(assessment_id))
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return False
        question = self.tr(
            "Delete the scores of {unit} not yet reviewed and the {n} ledger entries made "
            "from them? This cannot be undone.") if entries else self.tr(
            "Delete the scores of {unit} not yet reviewed? This cannot be undone.")
        answer = QMessageBox.question(
            self, self.tr("Delete scores"),
            question.format(unit=row.unit_name, n=entries),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._act(lambda: self.services.assessment.delete_draft(assessment_id),
                         row.unit_id, self.tr("The scores were deleted."))

    def _act(self, call: Callable[[], object], unit_id: uuid.UUID, message: str) -> bool:
        try:
            call()
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            self.reload(unit_id)
            return False
        self.reload(unit_id)
        self.show_message(message)
        return True

    # -- talks

    def propose_talks(self) -> list[TalkProposal]:
        try:
            made = self.services.assessment.propose_talks(self.year(), self.unit_kind())
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return []
        self.reload()
        self.tabs.setCurrentIndex(1)
        self.show_message(self.tr("{n} talks are proposed with the principal leaders of the"
                                  " last units.").format(n=len(made)))
        return made

    def record_talk(self) -> QDialog | None:
        """The talk record form, filled in for the proposal; saving links it."""
        from zeren_desktop.ui.pages.integrity_page import KINDS as TALK_KINDS
        from zeren_desktop.ui.pages.integrity_page import TalkDialog

        proposal = self.current_proposal()
        if proposal is None or proposal.talk_id is not None or self.dialog is not None:
            return None
        dialog = TalkDialog(self.services, parent=self)
        dialog.kind_combo.setCurrentIndex(TALK_KINDS.index(TalkKind.SUMMONS))
        if proposal.cadre_id is not None:
            dialog.select_cadre(proposal.cadre_id, proposal.cadre_name)
        dialog.reason_edit.setPlainText(self.tr(
            "Ranked {rank} ({total} points) in the {year} quantitative assessment of the two"
            " responsibilities, among the last.").format(
                year=self.year(), rank=proposal.rank, total=format_points(proposal.total)))

        def done(finished: QDialog) -> None:
            talk_id = getattr(finished, "saved_id", None)
            if isinstance(talk_id, uuid.UUID):
                self._act(lambda: self.services.assessment.link_talk(proposal.id, talk_id),
                          proposal.unit_id, self.tr("The talk was recorded."))

        self._open(dialog, done)
        return dialog

    # -- files

    def _ask(self, title: str, name: str, suffix: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, title, str(documents_folder() / name),
            self.tr("PDF documents (*.pdf)") if suffix == ".pdf"
            else self.tr("Excel workbooks (*.xlsx)"))
        return with_suffix(chosen, suffix) if chosen else None

    def export_score_sheet(self, target: Path | None = None) -> Task | None:
        row = self.current_row()
        if row is None or row.assessment_id is None or self.task is not None:
            return None
        target = target or self._ask(self.tr("Save the score sheet"),
                                     f"{self.year()}-{row.unit_name}.pdf", ".pdf")
        if target is None:
            return None
        return self._run(self.services.assessment.export_score_sheet, row.assessment_id,
                         target)

    def export_ranking(self, kind: str, target: Path | None = None) -> Task | None:
        if self.task is not None:
            return None
        suffix = ".pdf" if kind == "pdf" else ".xlsx"
        target = target or self._ask(self.tr("Save the ranking"), self.tr(
            "Ranking {year} {kind}").format(year=self.year(),
                                            kind=enum_label(self.unit_kind())) + suffix,
                                     suffix)
        if target is None:
            return None
        work = (self.services.assessment.export_ranking_pdf if kind == "pdf"
                else self.services.assessment.export_ranking_xlsx)
        return self._run(work, self.year(), self.unit_kind(), target)

    def _run(self, work: Callable[..., object], *args: object) -> Task:
        target = args[-1]
        task = run_task(work, *args, translate=QCoreApplication.translate,
                        progress_label=self.tr("Writing the file…"), parent=self)
        task.succeeded.connect(lambda _r: self._file_done(
            self.tr("Saved to {file}.").format(file=target)))
        task.failed.connect(lambda error: self._file_done(
            self.tr("The file was not written: {reason}").format(
                reason=failure_text(error)), failed=True))
        self.task = task
        self._update_buttons()
        return task

    def _file_done(self, message: str, failed: bool = False) -> None:
        self.task = None
        self._update_buttons()
        self.show_message(message, failed=failed)

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if failed else "")
