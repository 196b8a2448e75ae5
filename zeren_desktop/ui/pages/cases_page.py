"""Accountability cases (问责案件) from proposal to archive, and the saved determinations.

The "Cases" tab lists the cases (the stage's due date red when overdue, amber when due
within a week, like the inspections), shows the one selected with its stage history, and
moves it on: a strip of the seven stages (the next one opens its dialog with exactly the
fields that stage needs; a later one is refused, no stage may be skipped; an earlier one
goes back, with a reason), appeals, circulation as a typical case and the dual-inquiry
proposal. The "Determinations" tab keeps the assessment wizard's saved results; a case can
be started from one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import uuid
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain import cases as rules
from zeren_desktop.domain.cases import StageInput, SubjectStageInput
from zeren_desktop.domain.documents import DocumentKind
from zeren_desktop.domain.enums import (
    CASE_STAGES,
    AppealOutcome,
    CaseStage,
    ProblemCategory,
    SubjectKind,
    TeamKind,
)
from zeren_desktop.domain.regulations import RegulationSet
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ValidationError, ZerenError, untranslated
from zeren_desktop.services.app import Services
from zeren_desktop.services.cases_dto import (
    AppealAnswer,
    AppealInput,
    CaseDetail,
    CaseFilter,
    CaseInput,
    CaseRow,
    ProblemInput,
    SubjectInfo,
    SubjectInput,
)
from zeren_desktop.services.regulations import DeterminationInfo
from zeren_desktop.ui.common import enum_label, error_text, format_date, format_utc, from_qdate
from zeren_desktop.ui.paged_model import PagedColumn, PagedTableModel, PagedTableView
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.inspections_page import (
    DUE_SOON_BACKGROUND,
    DUE_SOON_TEXT,
    OVERDUE_BACKGROUND,
    OVERDUE_TEXT,
    one_line,
)
from zeren_desktop.ui.pages.lists_page import (
    ERROR_STYLE,
    CadreFinder,
    FormDialog,
    fill_unit_combo,
    make_year_spin,
    spin_year,
)
from zeren_desktop.ui.pages.record_table import DialogOwner
from zeren_desktop.ui.widgets import OptionalDateEdit, make_date_edit
from zeren_desktop.ui.widgets.phrases import attach_phrases
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen
from zeren_desktop.ui.wizard import AssessmentWizard
from zeren_desktop.ui.wizard.labels import (
    RESPONSIBILITY_LABELS,
    SEVERITY_LABELS,
    clause_citation,
    label,
    measure_name,
)
from zeren_desktop.ui.wizard.render import determination_html

ID_ROLE = Qt.ItemDataRole.UserRole
CATEGORIES: tuple[ProblemCategory, ...] = tuple(ProblemCategory)
OUTCOMES: tuple[AppealOutcome, ...] = tuple(AppealOutcome)
TEAM_MEASURES = ("org_examination", "org_circulation", "org_reorganisation", "team_adjustment")
DUE_FILTERS = ("", "overdue", "due_soon", "attention")
# The case table: the widest each column but the title may get from its text (then
# elided, the whole text in the tooltip); the title takes what they leave.
TITLE_COLUMN = 1
CASE_COLUMN_WIDEST = {0: 200, 2: 112, 3: 120, 4: 120, 5: 120}

CASE_DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind.PROPOSAL, DocumentKind.DECISION, DocumentKind.RECEIPT, DocumentKind.NOTICE)

# The least height of a case form that scrolls (a 1366×768 screen at 125 % has 552 px).
SCROLL_MIN = 240


def stage_text(stage: CaseStage | None) -> str:
    return enum_label(stage)


def _text_edit(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _line(max_length: int = 200, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


# --------------------------------------------------------------------------------------
# New or edited case


class CaseDialog(FormDialog):
    """A case's particulars: number, title, unit, problems and subjects (before the
    decision); optionally started from a saved determination, which fills the subjects."""

    def __init__(self, services: Services, case_id: uuid.UUID | None = None,
                 determination_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.case_id = case_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit case") if case_id else self.tr("New case"))
        self.setMinimumWidth(720)
        existing = services.cases.get(case_id) if case_id else None
        self.subjects: list[SubjectInput] = []
        self.subject_names: list[str] = []

        self.number_edit = _line(60)
        self.title_edit = _line(200, self.tr("e.g. 城关镇违规发放津贴问责案"))
        self.unit_combo = QComboBox()
        self.unit_ids = fill_unit_combo(self.unit_combo, services, self.tr("(choose a unit)"))
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._load_teams())
        self.determinations: list[DeterminationInfo] = services.regulations.determinations()
        self.determination_combo = QComboBox()
        self.determination_combo.addItem(self.tr("(none)"))
        for info in self.determinations:
            self.determination_combo.addItem(info.title)
        self.determination_combo.currentIndexChanged.connect(self._determination_chosen)
        self.conduct_edit = OptionalDateEdit(self.tr("Not known"))
        self.conduct_edit.set_date(None)
        self.proposed_edit = make_date_edit()
        self.proposed_by_edit = _line(200, self.tr("e.g. 县纪委党风政风监督室"))

        self.problem_rows: list[tuple[QComboBox, QLineEdit]] = []
        self.problem_box = QVBoxLayout()
        self.add_problem_button = QPushButton(self.tr("Add a p&roblem"))
        self.add_problem_button.clicked.connect(lambda: self.add_problem())
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addLayout(self.problem_box)
        problems_layout.addWidget(self.add_problem_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.subject_list = QListWidget()
        self.subject_list.setMaximumHeight(90)
        self.cadre_finder = CadreFinder(services)
        self.add_cadre_button = QPushButton(self.tr("Add the &cadre"))
        self.add_cadre_button.clicked.connect(self.add_cadre)
        self.team_combo = QComboBox()
        self.team_ids: list[tuple[uuid.UUID, TeamKind, str]] = []
        self.add_team_button = QPushButton(self.tr("Add the &team"))
        self.add_team_button.clicked.connect(self.add_team)
        self.remove_subject_button = QPushButton(self.tr("Remo&ve subject"))
        self.remove_subject_button.clicked.connect(self.remove_subject)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_combo, 1)
        team_row.addWidget(self.add_team_button)
        cadre_row = QHBoxLayout()
        cadre_row.addWidget(self.cadre_finder, 1)
        cadre_row.addWidget(self.add_cadre_button, 0, Qt.AlignmentFlag.AlignTop)
        subjects = QWidget()
        subjects_layout = QVBoxLayout(subjects)
        subjects_layout.setContentsMargins(0, 0, 0, 0)
        subjects_layout.addWidget(self.subject_list)
        subjects_layout.addWidget(self.remove_subject_button, 0, Qt.AlignmentFlag.AlignLeft)
        subjects_layout.addLayout(cadre_row)
        subjects_layout.addLayout(team_row)
        self.summary_edit = _text_edit()
        self.clues_edit = _line(1000, self.tr("Numbers of the clues that led to the case,"
                                              " separated by 、 or commas"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Number *"), self.number_edit)
        form.addRow(self.tr("T&itle *"), self.title_edit)
        form.addRow(self.tr("&Unit *"), self.unit_combo)
        form.addRow(self.tr("&Determination"), self.determination_combo)
        form.addRow(self.tr("Con&duct date"), self.conduct_edit)
        if existing is None:
            form.addRow(self.tr("&Proposed on"), self.proposed_edit)
            form.addRow(self.tr("Proposed &by"), self.proposed_by_edit)
        form.addRow(self.tr("Problems *"), problems)
        form.addRow(self.tr("Subjects *"), subjects)
        form.addRow(self.tr("C&lues"), self.clues_edit)
        form.addRow(self.tr("Su&mmary"), self.summary_edit)
        self.field_labels = {
            "number": self.tr("Number"), "title": self.tr("Title"), "unit_id": self.tr("Unit"),
            "problems": self.tr("Problems"), "subjects": self.tr("Subjects"),
            "conduct_date": self.tr("Conduct date"), "proposed_on": self.tr("Proposed on"),
            "determination_id": self.tr("Determination"), "clue_ids": self.tr("Clues")}
        self.field_widgets = {
            "number": self.number_edit, "title": self.title_edit, "unit_id": self.unit_combo,
            "problems": self.add_problem_button, "subjects": self.cadre_finder,
            "conduct_date": self.conduct_edit, "proposed_on": self.proposed_edit,
            "clue_ids": self.clues_edit}
        scroll_body = QWidget()
        scroll_body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(scroll_body)
        # The form scrolls: 520 px where the screen has room, less on a small one.
        scroll.setMinimumHeight(SCROLL_MIN)
        outer = QVBoxLayout()
        outer.addWidget(scroll)
        self.finish_layout(outer)
        self.resize(self.sizeHint().width(), self.sizeHint().height() + 520 - SCROLL_MIN)
        fit_to_screen(self)

        if existing is not None:
            self._fill(existing)
        else:
            with contextlib.suppress(ZerenError):
                self.number_edit.setText(services.cases.suggest_number())
            self.add_problem()
            if determination_id is not None:
                ids = [d.id for d in self.determinations]
                if determination_id in ids:
                    self.determination_combo.setCurrentIndex(ids.index(determination_id) + 1)
        self._load_teams()
        self.title_edit.setFocus()

    def _fill(self, detail: CaseDetail) -> None:
        self.number_edit.setText(detail.number)
        self.title_edit.setText(detail.title)
        if detail.unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(detail.unit_id))
        ids = [d.id for d in self.determinations]
        if detail.determination_id in ids:
            self.determination_combo.blockSignals(True)
            self.determination_combo.setCurrentIndex(ids.index(detail.determination_id) + 1)
            self.determination_combo.blockSignals(False)
        self.conduct_edit.set_date(detail.conduct_date)
        for problem in detail.problems:
            self.add_problem(problem.category, problem.description)
        for subject in detail.subjects:
            self._add_subject(SubjectInput(
                subject.kind, subject.cadre_id, subject.team_id, subject.responsibility,
                subject.severity, subject.measures), subject.name)
        self.summary_edit.setPlainText(detail.summary)
        self.clues_edit.setText("、".join(detail.clue_numbers))

    def add_problem(self, category: ProblemCategory = ProblemCategory.OTHER,
                    description: str = "") -> None:
        combo = QComboBox()
        for member in CATEGORIES:
            combo.addItem(enum_label(member))
        combo.setCurrentIndex(CATEGORIES.index(category))
        edit = _line(1000, self.tr("What the problem was"))
        edit.setText(description)
        row = QHBoxLayout()
        row.addWidget(combo)
        row.addWidget(edit, 1)
        self.problem_box.addLayout(row)
        self.problem_rows.append((combo, edit))

    def _load_teams(self) -> None:
        self.team_combo.clear()
        self.team_ids = []
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        if unit_id is None:
            return
        try:
            teams = self.services.teams.for_unit(unit_id)
        except ZerenError:
            teams = []
        for team in teams:
            self.team_combo.addItem(team.name)
            self.team_ids.append((team.id, team.kind, team.name))

    def _add_subject(self, subject: SubjectInput, name: str) -> None:
        key = (subject.kind, subject.cadre_id or subject.team_id)
        if any((s.kind, s.cadre_id or s.team_id) == key for s in self.subjects):
            return
        self.subjects.append(subject)
        self.subject_names.append(name)
        kind = enum_label(subject.kind)
        extra = "、".join(part for part in (label(RESPONSIBILITY_LABELS, subject.responsibility)
                                            if subject.responsibility else "",
                                            label(SEVERITY_LABELS, subject.severity)
                                            if subject.severity else "") if part)
        self.subject_list.addItem(f"{name}（{kind}）" + (f"　{extra}" if extra else ""))

    def add_cadre(self) -> None:
        cadre_id = self.cadre_finder.cadre_id()
        if cadre_id is not None:
            self._add_subject(SubjectInput(SubjectKind.CADRE, cadre_id=cadre_id),
                              self.cadre_finder.cadre_name())

    def add_team(self) -> None:
        index = self.team_combo.currentIndex()
        if not 0 <= index < len(self.team_ids):
            return
        team_id, kind, name = self.team_ids[index]
        subject_kind = (SubjectKind.DISCIPLINE_TEAM if kind is TeamKind.DISCIPLINE
                        else SubjectKind.PARTY_TEAM)
        self._add_subject(SubjectInput(subject_kind, team_id=team_id), name)

    def remove_subject(self) -> None:
        row = self.subject_list.currentRow()
        if 0 <= row < len(self.subjects):
            del self.subjects[row]
            del self.subject_names[row]
            self.subject_list.takeItem(row)

    def _determination_chosen(self, index: int) -> None:
        if not 1 <= index <= len(self.determinations):
            return
        info = self.determinations[index - 1]
        if info.unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(info.unit_id))
        if not self.title_edit.text().strip():
            self.title_edit.setText(info.title)
        conduct = info.case_input.get("conduct_date")
        if isinstance(conduct, str):
            with contextlib.suppress(ValueError):
                self.conduct_edit.set_date(dt.date.fromisoformat(conduct))
        try:
            prefill = self.services.cases.subjects_from_determination(info.id)
        except ZerenError as err:
            self.show_error(error_text(err))
            return
        names = {str(s.get("id")): str(s.get("name", "")) for s in
                 info.case_input.get("subjects", []) if isinstance(s, dict)}
        self.subjects, self.subject_names = [], []
        self.subject_list.clear()
        for subject in prefill:
            key = (f"cadre-{subject.cadre_id}" if subject.kind is SubjectKind.CADRE
                   else f"team-{subject.team_id}")
            self._add_subject(subject, names.get(key, ""))

    def value(self, clue_ids: tuple[uuid.UUID, ...] = ()) -> CaseInput:
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        det_index = self.determination_combo.currentIndex()
        determination_id = (self.determinations[det_index - 1].id
                            if 1 <= det_index <= len(self.determinations) else None)
        problems = tuple(ProblemInput(CATEGORIES[max(combo.currentIndex(), 0)], edit.text())
                         for combo, edit in self.problem_rows
                         if edit.text().strip() or len(self.problem_rows) == 1)
        return CaseInput(
            number=self.number_edit.text(), title=self.title_edit.text(), unit_id=unit_id,
            problems=problems, subjects=tuple(self.subjects), clue_ids=clue_ids,
            determination_id=determination_id,
            conduct_date=self.conduct_edit.date(),
            proposed_on=from_qdate(self.proposed_edit.date()),
            proposed_by=self.proposed_by_edit.text(), summary=self.summary_edit.toPlainText())

    def save(self) -> None:
        def write() -> None:
            clue_ids = self.services.cases.find_clues(rules.split_names(self.clues_edit.text()))
            data = self.value(tuple(clue_ids))
            if self.case_id is None:
                self.saved_id = self.services.cases.create(data)
            else:
                self.services.cases.update(self.case_id, data)
                self.saved_id = self.case_id

        if self.run(write):
            self.accept()


# --------------------------------------------------------------------------------------
# One stage forward


class StageDialog(FormDialog):
    """The fields of one stage, and nothing else."""

    def __init__(self, services: Services, detail: CaseDetail, stage: CaseStage,
                 regulations: RegulationSet | None, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.detail = detail
        self.stage = stage
        self.regulations = regulations
        self.setWindowTitle(self.tr("{number}: {stage}").format(
            number=detail.number, stage=stage_text(stage)))
        self.setMinimumWidth(640)
        self.date_edit = make_date_edit()
        self.acted_by_edit = _line(200)
        self.approved_by_edit = _line(200, self.tr("e.g. 县纪委书记 孙立新"))
        self.team_edit = _line(200, self.tr("At least two names, e.g. 王磊、刘芳"))
        self.facts_edit = _text_edit(80)
        self.deciding_body_edit = _line(200, self.tr("e.g. 中共青山县委"))
        self.note_edit = _text_edit()
        self.statement_edits: dict[uuid.UUID, QPlainTextEdit] = {}
        self.accepted_combos: dict[uuid.UUID, QComboBox] = {}
        self.measure_lists: dict[uuid.UUID, QListWidget] = {}
        self.measure_codes: dict[uuid.UUID, list[str]] = {}
        self.probation_combos: dict[uuid.UUID, QComboBox] = {}
        self.adjusted_edits: dict[uuid.UUID, OptionalDateEdit] = {}
        self.self_exam_edits: dict[uuid.UUID, OptionalDateEdit] = {}

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        date_labels = {
            CaseStage.OPENED: self.tr("&Started on *"),
            CaseStage.INVESTIGATED: self.tr("&Report date *"),
            CaseStage.DECIDED: self.tr("&Decision date *"),
            CaseStage.SERVED: self.tr("&Served on *"),
            CaseStage.EXECUTED: self.tr("&Executed on *"),
            CaseStage.ARCHIVED: self.tr("&Archived on *"),
        }
        form.addRow(date_labels.get(stage, self.tr("&Date *")), self.date_edit)
        self.field_labels = {"happened_on": self.tr("Date"), "stage": self.tr("Stage")}
        self.field_widgets: dict[str, QWidget] = {"happened_on": self.date_edit}
        subjects = detail.subjects
        if stage is CaseStage.OPENED:
            form.addRow(self.tr("A&pproved by *"), self.approved_by_edit)
            self.field_labels["approved_by"] = self.tr("Approved by")
            self.field_widgets["approved_by"] = self.approved_by_edit
        elif stage is CaseStage.INVESTIGATED:
            form.addRow(self.tr("Investigation &team *"), self.team_edit)
            form.addRow(self.tr("&Facts found *"), self.facts_edit)
            self.field_labels |= {"team": self.tr("Investigation team"),
                                  "facts": self.tr("Facts found")}
            self.field_widgets |= {"team": self.team_edit, "facts": self.facts_edit}
            for index, subject in enumerate(subjects):
                if subject.kind is not SubjectKind.CADRE:
                    continue
                edit = _text_edit()
                edit.setPlainText(subject.statement)
                combo = QComboBox()
                combo.addItems([self.tr("(say whether accepted)"), self.tr("Accepted"),
                                self.tr("Not accepted")])
                if subject.statement_accepted is not None:
                    combo.setCurrentIndex(1 if subject.statement_accepted else 2)
                self.statement_edits[subject.id] = edit
                self.accepted_combos[subject.id] = combo
                form.addRow(self.tr("Statement and defence of {name} *").format(
                    name=subject.name), edit)
                form.addRow(self.tr("Accepted? *"), combo)
                self._subject_field(index, "statement", subject.name, edit)
                self._subject_field(index, "statement_accepted", subject.name, combo)
        elif stage is CaseStage.DECIDED:
            form.addRow(self.tr("Deciding &body *"), self.deciding_body_edit)
            self.field_labels["deciding_body"] = self.tr("Deciding body")
            self.field_widgets["deciding_body"] = self.deciding_body_edit
            for index, subject in enumerate(subjects):
                measures = self._measure_list(subject)
                form.addRow(self.tr("Measures for {name} *").format(name=subject.name),
                            measures)
                self._subject_field(index, "measures", subject.name, measures)
                if subject.kind is SubjectKind.CADRE:
                    combo = QComboBox()
                    combo.addItems([self.tr("(no probation)"), self.tr("12 months"),
                                    self.tr("24 months")])
                    if subject.probation_months in (12, 24):
                        combo.setCurrentIndex(1 if subject.probation_months == 12 else 2)
                    self.probation_combos[subject.id] = combo
                    form.addRow(self.tr("Probation period (留党察看)"), combo)
                    self._subject_field(index, "probation_months", subject.name, combo)
        elif stage is CaseStage.EXECUTED:
            for index, subject in enumerate(subjects):
                codes = set(subject.measures)
                if codes & rules.ORG_ADJUSTMENT_MEASURES:
                    adjusted = OptionalDateEdit(self.tr("Not yet"))
                    adjusted.set_date(subject.adjusted_on)
                    self.adjusted_edits[subject.id] = adjusted
                    form.addRow(self.tr("Organisational adjustment of {name} done on *")
                                .format(name=subject.name), adjusted)
                    self._subject_field(index, "adjusted_on", subject.name, adjusted)
                if codes & rules.SELF_EXAMINATION_MEASURES:
                    received = OptionalDateEdit(self.tr("Not yet"))
                    received.set_date(subject.self_examination_on)
                    self.self_exam_edits[subject.id] = received
                    form.addRow(self.tr("Written self-examination of {name} received on *")
                                .format(name=subject.name), received)
                    self._subject_field(index, "self_examination_on", subject.name, received)
            if self.adjusted_edits:
                hint = QLabel(self.tr("An organisational adjustment is due within the office's"
                                      " deadline after the decision of {date}; a later one"
                                      " needs a note saying why.").format(
                    date=format_date(detail.decision_date)))
                hint.setWordWrap(True)
                form.addRow(hint)
            form.addRow(self.tr("&Note"), self.note_edit)
            self.field_labels["note"] = self.tr("Note")
            self.field_widgets["note"] = self.note_edit
        if stage in (CaseStage.OPENED, CaseStage.SERVED, CaseStage.EXECUTED,
                     CaseStage.ARCHIVED):
            form.addRow(self.tr("Acted b&y"), self.acted_by_edit)
            self.field_labels["acted_by"] = self.tr("Acted by")
            self.field_widgets["acted_by"] = self.acted_by_edit
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        wanted = min(160 + 90 * len(subjects), 560)
        scroll.setMinimumHeight(min(wanted, SCROLL_MIN))
        outer = QVBoxLayout()
        outer.addWidget(scroll)
        self.finish_layout(outer)
        self.resize(self.sizeHint().width(),
                    self.sizeHint().height() + wanted - min(wanted, SCROLL_MIN))
        fit_to_screen(self)
        # The office's phrases (F4) in the free texts of the stage.
        self.phrases = [attach_phrases(self.facts_edit, services, "case.facts"),
                        attach_phrases(self.note_edit, services, "case.stage_note")]
        self.date_edit.setFocus()

    def _subject_field(self, index: int, name: str, subject_name: str,
                       widget: QWidget) -> None:
        key = f"subjects[{index}].{name}"
        self.field_labels[key] = subject_name
        self.field_widgets[key] = widget

    def _measure_list(self, subject: SubjectInfo) -> QListWidget:
        reg = self.regulations.get(self.detail.regulation_id) if self.regulations else None
        codes = list(reg.measures) if reg is not None else list(subject.measures)
        if subject.kind is SubjectKind.CADRE:
            codes = [c for c in codes if c not in TEAM_MEASURES]
        else:
            codes = [c for c in codes if c in TEAM_MEASURES]
        allowed = [c for c in subject.allowed_measures if c in codes]
        codes = allowed + [c for c in codes if c not in allowed]
        widget = QListWidget()
        widget.setMaximumHeight(120)
        for code in codes:
            text = measure_name(self.regulations, self.detail.regulation_id, code)
            if code in allowed:
                text = self.tr("{measure} (allowed by the determination)").format(measure=text)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in subject.measures
                               else Qt.CheckState.Unchecked)
            widget.addItem(item)
        self.measure_lists[subject.id] = widget
        self.measure_codes[subject.id] = codes
        return widget

    def set_measures(self, subject_id: uuid.UUID, codes: tuple[str, ...]) -> None:
        """Check exactly `codes` (what a user does by clicking the boxes)."""
        widget = self.measure_lists[subject_id]
        for row, code in enumerate(self.measure_codes[subject_id]):
            item = widget.item(row)
            item.setCheckState(Qt.CheckState.Checked if code in codes
                               else Qt.CheckState.Unchecked)

    def value(self) -> StageInput:
        subjects: list[SubjectStageInput] = []
        for subject in self.detail.subjects:
            sid = subject.id
            measures: tuple[str, ...] = ()
            if sid in self.measure_lists:
                widget = self.measure_lists[sid]
                measures = tuple(code for row, code in enumerate(self.measure_codes[sid])
                                 if widget.item(row).checkState() == Qt.CheckState.Checked)
            accepted: bool | None = None
            if sid in self.accepted_combos:
                index = self.accepted_combos[sid].currentIndex()
                accepted = None if index <= 0 else index == 1
            probation = None
            if sid in self.probation_combos:
                probation = {1: 12, 2: 24}.get(self.probation_combos[sid].currentIndex())
            subjects.append(SubjectStageInput(
                sid,
                statement=self.statement_edits[sid].toPlainText()
                if sid in self.statement_edits else "",
                statement_accepted=accepted, measures=measures, probation_months=probation,
                adjusted_on=self.adjusted_edits[sid].date() if sid in self.adjusted_edits
                else None,
                self_examination_on=self.self_exam_edits[sid].date()
                if sid in self.self_exam_edits else None))
        return StageInput(
            self.stage, from_qdate(self.date_edit.date()), acted_by=self.acted_by_edit.text(),
            approved_by=self.approved_by_edit.text(),
            team=rules.split_names(self.team_edit.text()), facts=self.facts_edit.toPlainText(),
            deciding_body=self.deciding_body_edit.text(), subjects=tuple(subjects),
            note=self.note_edit.toPlainText())

    def save(self) -> None:
        data = self.value()
        if self.run(lambda: self.services.cases.advance(self.detail.id, data)):
            self.accept()


class GoBackDialog(FormDialog):
    """Back to an earlier stage; the reason is required and kept in the history."""

    def __init__(self, services: Services, detail: CaseDetail, target: CaseStage | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("{number}: go back").format(number=detail.number))
        self.setMinimumWidth(520)
        self.stages = list(CASE_STAGES[:rules.stage_index(detail.stage)])
        self.stage_combo = QComboBox()
        for stage in self.stages:
            self.stage_combo.addItem(stage_text(stage))
        if self.stages:
            self.stage_combo.setCurrentIndex(
                self.stages.index(target) if target in self.stages else len(self.stages) - 1)
        self.date_edit = make_date_edit()
        self.reason_edit = _text_edit(80)
        self.reason_edit.setPlaceholderText(self.tr("Why the case goes back (kept in its"
                                                    " history)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Back &to"), self.stage_combo)
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow(self.tr("&Reason *"), self.reason_edit)
        self.field_labels = {"stage": self.tr("Back to"), "reason": self.tr("Reason"),
                             "happened_on": self.tr("Date")}
        self.field_widgets = {"stage": self.stage_combo, "reason": self.reason_edit,
                              "happened_on": self.date_edit}
        self.finish_layout(form)
        self.reason_edit.setFocus()

    def save(self) -> None:
        index = self.stage_combo.currentIndex()
        if not 0 <= index < len(self.stages):
            return
        stage, reason = self.stages[index], self.reason_edit.toPlainText()
        on = from_qdate(self.date_edit.date())
        if self.run(lambda: self.services.cases.go_back(self.detail.id, stage, reason, on)):
            self.accept()


class AppealDialog(FormDialog):
    """An appeal against the decision: the window comes from the regulation data."""

    def __init__(self, services: Services, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.detail = detail
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("{number}: appeal").format(number=detail.number))
        self.setMinimumWidth(560)
        self.subject_ids: list[uuid.UUID | None] = [None]
        self.subject_combo = QComboBox()
        self.subject_combo.addItem(self.tr("(not given)"))
        for subject in detail.subjects:
            self.subject_combo.addItem(subject.name)
            self.subject_ids.append(subject.id)
        if len(self.subject_ids) > 1:
            self.subject_combo.setCurrentIndex(1)
        self.filed_edit = make_date_edit()
        self.body_edit = _line(200, detail.deciding_body)
        self.grounds_edit = _text_edit(80)
        window = QLabel(self.tr("Within the window until {date} (regulation {id}); execution"
                                " continues during the appeal.").format(
            date=format_date(detail.appeal_window_ends), id=detail.regulation_id))
        window.setWordWrap(True)
        self.window_label = window
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("A&ppellant"), self.subject_combo)
        form.addRow(self.tr("&Filed on *"), self.filed_edit)
        form.addRow(self.tr("&Heard by"), self.body_edit)
        form.addRow(self.tr("&Grounds"), self.grounds_edit)
        form.addRow(window)
        self.field_labels = {"filed_on": self.tr("Filed on"), "grounds": self.tr("Grounds"),
                             "subject_id": self.tr("Appellant")}
        self.field_widgets = {"filed_on": self.filed_edit, "grounds": self.grounds_edit,
                              "subject_id": self.subject_combo}
        self.finish_layout(form)
        self.grounds_edit.setFocus()

    def save(self) -> None:
        index = self.subject_combo.currentIndex()
        data = AppealInput(from_qdate(self.filed_edit.date()),
                           self.subject_ids[index] if 0 <= index < len(self.subject_ids)
                           else None, self.grounds_edit.toPlainText(), self.body_edit.text())

        def write() -> None:
            self.saved_id = self.services.cases.record_appeal(self.detail.id, data)

        if self.run(write):
            self.accept()


class AnswerDialog(FormDialog):
    """The answer to an open appeal."""

    def __init__(self, services: Services, detail: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.detail = detail
        self.setWindowTitle(self.tr("{number}: answer to an appeal").format(
            number=detail.number))
        self.setMinimumWidth(560)
        self.appeals = [a for a in detail.appeals if a.answered_on is None]
        self.appeal_combo = QComboBox()
        for appeal in self.appeals:
            self.appeal_combo.addItem(self.tr("{date} {name} (answer due {due})").format(
                date=format_date(appeal.filed_on), name=appeal.subject_name,
                due=format_date(appeal.answer_due)))
        self.date_edit = make_date_edit()
        self.outcome_combo = QComboBox()
        for outcome in OUTCOMES:
            self.outcome_combo.addItem(enum_label(outcome))
        self.answer_edit = _text_edit(80)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("A&ppeal"), self.appeal_combo)
        form.addRow(self.tr("Answered &on *"), self.date_edit)
        form.addRow(self.tr("Out&come"), self.outcome_combo)
        form.addRow(self.tr("&Answer"), self.answer_edit)
        self.field_labels = {"answered_on": self.tr("Answered on"),
                             "answer": self.tr("Answer")}
        self.field_widgets = {"answered_on": self.date_edit, "answer": self.answer_edit}
        self.finish_layout(form)

    def save(self) -> None:
        index = self.appeal_combo.currentIndex()
        if not 0 <= index < len(self.appeals):
            return
        appeal_id = self.appeals[index].id
        data = AppealAnswer(from_qdate(self.date_edit.date()),
                            OUTCOMES[max(self.outcome_combo.currentIndex(), 0)],
                            self.answer_edit.toPlainText())
        if self.run(lambda: self.services.cases.answer_appeal(appeal_id, data)):
            self.accept()


# --------------------------------------------------------------------------------------
# The page


class CaseTableModel(PagedTableModel):
    """The cases of the filter, a page at a time: newest first, or by number or deadline;
    an overdue or nearly due stage coloured. The words are the page's."""

    def __init__(self, parent: Any = None) -> None:
        self.today = dt.date.today()
        columns = [
            PagedColumn(QCoreApplication.translate("CasesPage", "Number"),
                        lambda r: r.number, "number"),
            PagedColumn(QCoreApplication.translate("CasesPage", "Title"), self._title,
                        tooltip=lambda r: r.title),
            PagedColumn(QCoreApplication.translate("CasesPage", "Unit"),
                        lambda r: r.unit_name, tooltip=lambda r: r.unit_name),
            PagedColumn(QCoreApplication.translate("CasesPage", "Stage"),
                        lambda r: stage_text(r.stage)),
            PagedColumn(QCoreApplication.translate("CasesPage", "Due"),
                        lambda r: format_date(r.stage_due), "due", tooltip=self._due_note),
            PagedColumn(QCoreApplication.translate("CasesPage", "Subjects"),
                        lambda r: r.subjects, tooltip=lambda r: r.subjects or None),
        ]
        columns = [replace(c, background=self._background, foreground=self._foreground)
                   for c in columns]
        super().__init__(columns, sort_column=-1, descending=True, parent=parent,
                         default_sort="date")

    @staticmethod
    def _title(row: CaseRow) -> str:
        flags = []
        if row.circulate:
            flags.append(QCoreApplication.translate("CasesPage", "circulated"))
        if row.open_appeals:
            flags.append(QCoreApplication.translate("CasesPage", "appeal open"))
        if row.dual_inquiry_of:
            flags.append(QCoreApplication.translate("CasesPage", "dual inquiry"))
        return row.title + (f"（{'、'.join(flags)}）" if flags else "")

    def _due_note(self, row: CaseRow) -> str | None:
        if row.stage_due is None:
            return None
        if row.due_status == "overdue":
            return QCoreApplication.translate("CasesPage", "Overdue by {n} days").format(
                n=(self.today - row.stage_due).days)
        if row.due_status == "due_soon":
            return QCoreApplication.translate("CasesPage", "Due in {n} days").format(
                n=(row.stage_due - self.today).days)
        return None

    @staticmethod
    def _background(row: CaseRow) -> QColor | None:
        if row.stage_due is None:
            return None
        return {"overdue": QColor(OVERDUE_BACKGROUND),
                "due_soon": QColor(DUE_SOON_BACKGROUND)}.get(row.due_status)

    @staticmethod
    def _foreground(row: CaseRow) -> QColor | None:
        if row.stage_due is None:
            return None
        return {"overdue": QColor(OVERDUE_TEXT), "due_soon": QColor(DUE_SOON_TEXT)}.get(
            row.due_status)


class CasesPage(DialogOwner, GuardedPage):
    """The cases and the saved determinations (a tab each)."""

    # A document of the case to draft: (DocumentKind, case id); the documents page does it.
    document_requested = Signal(object, object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[DeterminationInfo] = []
        self.current: CaseDetail | None = None
        self.regulations: RegulationSet | None = None
        self.wizard: AssessmentWizard | None = None
        self.dialog: QDialog | None = None
        self.stale = False
        self.today = dt.date.today()
        self.filter_unit_ids: list[uuid.UUID | None] = [None]

        self.new_case_button = QPushButton(self.tr("New &case…"))
        self.new_case_button.setToolTip(self.tr("Register an accountability case at the"
                                                " proposal stage"))
        self.new_case_button.clicked.connect(lambda: self.new_case())
        self.new_button = QPushButton(self.tr("&New assessment…"))
        # On the page, not the button: Ctrl+N belongs to whichever page is shown.
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_assessment)
        self.new_button.setToolTip(self.tr(
            "Assess a case against the regulations and save the determination (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_assessment)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(ERROR_STYLE)
        top = QHBoxLayout()
        top.addWidget(self.message_label, 1)
        top.addWidget(self.new_case_button)
        top.addWidget(self.new_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_cases_tab(), self.tr("Cases"))
        self.tabs.addTab(self._build_determinations_tab(), self.tr("Determinations"))

        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.load_units()
        self.reload()

    # -- building

    def _build_cases_tab(self) -> QWidget:
        self.stage_filter = QComboBox()
        self.stage_filter.addItem(self.tr("All stages"))
        for stage in CASE_STAGES:
            self.stage_filter.addItem(stage_text(stage))
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumContentsLength(10)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year_spin = make_year_spin(None, self.tr("All years"))
        self.due_filter = QComboBox()
        self.due_filter.addItems([self.tr("Any deadline"), self.tr("Overdue"),
                                  self.tr("Due within 7 days"), self.tr("Overdue or due soon")])
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Number, title or name"))
        self.search_edit.setClearButtonEnabled(True)
        for combo in (self.stage_filter, self.unit_filter, self.due_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload_cases())
        self.year_spin.valueChanged.connect(lambda _v: self.reload_cases())
        self.search_edit.returnPressed.connect(self.reload_cases)
        filters = QHBoxLayout()
        for caption_text, widget in ((self.tr("&Stage"), self.stage_filter),
                                     (self.tr("U&nit"), self.unit_filter),
                                     (self.tr("&Year"), self.year_spin),
                                     (self.tr("Dead&line"), self.due_filter),
                                     (self.tr("Fin&d"), self.search_edit)):
            caption = QLabel(caption_text)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(6)
        filters.addStretch(1)

        self.case_model = CaseTableModel(self)
        self.case_table = PagedTableView(self.case_model)
        self.case_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_table.verticalHeader().setDefaultSectionSize(26)
        header = self.case_table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # The other columns fit their text (up to a limit); the title takes what is left
        # (fit_title_column), elided with the whole title as its tooltip.
        header.setStretchLastSection(False)
        self.case_table.setMinimumWidth(300)
        self.case_viewport = self.case_table.viewport()
        self.case_viewport.installEventFilter(self)
        self.case_table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self.show_case())
        self.count_label = QLabel()
        # The colours' legend under the table, beside the count (the filter row is full).
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addStretch(1)
        for text, background, colour in (
                (self.tr("Overdue"), OVERDUE_BACKGROUND, OVERDUE_TEXT),
                (self.tr("Due within 7 days"), DUE_SOON_BACKGROUND, DUE_SOON_TEXT)):
            legend = QLabel(text)
            legend.setStyleSheet(f"background: {background}; color: {colour};"
                                 " padding: 1px 8px; border-radius: 3px;")
            count_row.addWidget(legend)

        self.stage_buttons: list[QPushButton] = []
        strip = QHBoxLayout()
        strip.setSpacing(2)
        for stage in CASE_STAGES:
            button = QPushButton(stage_text(stage))
            button.setCheckable(True)
            button.setStyleSheet("QPushButton:checked { background: #2f6fb0; color: white; }")
            # As wide as the stage's name needs, not the style's 80 pixels a button: the
            # seven stages must fit beside the table on a 1366-pixel screen at 125%.
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(button.text()) + 16)
            button.setToolTip(self.tr("Click the next stage to advance; an earlier one to go"
                                      " back"))
            button.clicked.connect(lambda _checked=False, s=stage: self.stage_clicked(s))
            strip.addWidget(button)
            self.stage_buttons.append(button)
        self.case_detail = QTextBrowser()
        self.case_detail.setPlaceholderText(self.tr("Select a case to see it in full."))
        self.advance_button = QPushButton(self.tr("&Advance…"))
        self.advance_button.clicked.connect(lambda: self.advance())
        self.back_button = QPushButton(self.tr("Go &back…"))
        self.back_button.clicked.connect(lambda: self.go_back())
        self.appeal_button = QPushButton(self.tr("A&ppeal…"))
        self.appeal_button.clicked.connect(self.record_appeal)
        self.answer_button = QPushButton(self.tr("Ans&wer appeal…"))
        self.answer_button.clicked.connect(self.answer_appeal)
        self.edit_case_button = QPushButton(self.tr("&Edit…"))
        self.edit_case_button.clicked.connect(self.edit_case)
        self.delete_case_button = QPushButton(self.tr("&Delete"))
        self.delete_case_button.clicked.connect(self.delete_case)
        self.dual_button = QPushButton(self.tr("Propose d&ual inquiry"))
        self.dual_button.setToolTip(self.tr("一案双查: a linked case against the unit's Party"
                                            " committee team and its principal leader"))
        self.dual_button.clicked.connect(self.propose_dual_inquiry)
        self.circulate_box = QCheckBox(self.tr("T&ypical case for circulation"))
        self.circulate_box.clicked.connect(self.set_circulate)
        self.document_button = QPushButton(self.tr("D&ocument…"))
        self.document_button.setToolTip(self.tr(
            "Draft the proposal, decision, receipt of service or circulated notice of this"
            " case, filled from it"))
        menu = QMenu(self.document_button)
        for kind in CASE_DOCUMENT_KINDS:
            action = menu.addAction(enum_label(kind))
            action.triggered.connect(lambda _checked=False, k=kind: self.request_document(k))
        self.document_button.setMenu(menu)
        # Two rows: the stage's own actions, then the case's (one row is cut off at 1280 px).
        actions = QHBoxLayout()
        for button in (self.advance_button, self.back_button, self.appeal_button,
                       self.answer_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions2 = QHBoxLayout()
        for button in (self.edit_case_button, self.delete_case_button, self.dual_button,
                       self.document_button):
            actions2.addWidget(button)
        actions2.addWidget(self.circulate_box)
        actions2.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(strip)
        right_layout.addWidget(self.case_detail, 1)
        right_layout.addLayout(actions)
        right_layout.addLayout(actions2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.case_table, 1)
        left_layout.addLayout(count_row)
        self.case_splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # Scaled to the width the page gets: the table the wider, so that at 1366 pixels
        # its columns up to the deadline show beside a readable title.
        splitter.setSizes([690, 510])
        splitter.setChildrenCollapsible(False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        return tab

    def _build_determinations_tab(self) -> QWidget:
        self.from_determination_button = QPushButton(self.tr("New case from this"
                                                             " determination…"))
        self.from_determination_button.clicked.connect(self.case_from_determination)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Title"), self.tr("Regulation"), self.tr("Saved"), self.tr("By")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(360)
        self.table.currentCellChanged.connect(lambda *_args: self.show_selected())
        self.detail = QTextBrowser()
        self.detail.setPlaceholderText(self.tr("Select a determination to see it in full."))
        self.detail.setMinimumWidth(360)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 600])  # scaled to the width the page gets
        splitter.setChildrenCollapsible(False)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.from_determination_button)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        return tab

    # -- loading

    def refresh_page(self) -> None:
        self.reload(self.selected_id())

    def can_edit(self) -> bool:
        actor = self.services.actor
        return (actor is not None and actor.can(Permission.EDIT_DRAFTS)
                and not self.services.read_only)

    def can_decide(self) -> bool:
        actor = self.services.actor
        return (actor is not None and actor.can(Permission.REVIEW)
                and not self.services.read_only)

    def load_units(self) -> None:
        self.unit_filter.blockSignals(True)
        try:
            self.filter_unit_ids = fill_unit_combo(self.unit_filter, self.services,
                                                   self.tr("All units"))
        except ZerenError:
            self.filter_unit_ids = [None]
        finally:
            self.unit_filter.blockSignals(False)

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Both tabs; `select` is a determination id (the wizard's saved one)."""
        try:
            rows = self.services.regulations.determinations()
        except ACCESS_ERRORS as err:
            self.rows = []
            self.table.setRowCount(0)
            self.case_model.clear()
            self.new_button.setEnabled(False)
            self.show_notice(err)
            return
        except ZerenError as err:
            self.message_label.setText(error_text(err))
            return
        self.show_content()
        self.message_label.clear()
        try:
            self.regulations = self.services.regulations.regulations()
        except ZerenError:
            self.regulations = None
        editable = self.can_edit()
        for button in (self.new_button, self.new_case_button, self.from_determination_button):
            button.setVisible(editable)
            button.setEnabled(editable)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, info in enumerate(rows):
            reg = self.regulations.get(info.regulation_id) if self.regulations else None
            cells = [info.title, reg.short_title if reg else info.regulation_id,
                     format_utc(info.created_at), info.created_by]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(info.id))
                self.table.setItem(index, column, item)
        row = next((i for i, info in enumerate(rows) if info.id == select), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentCell(row, 0)
        self.show_selected()
        self.reload_cases()

    def reload_cases(self, select: uuid.UUID | None = None) -> None:
        keep = select if select is not None else self.selected_case_id()
        stage_index = self.stage_filter.currentIndex()
        unit_index = self.unit_filter.currentIndex()
        self.today = dt.date.today()
        due = DUE_FILTERS[max(self.due_filter.currentIndex(), 0)] or None
        where = CaseFilter(
            stage=CASE_STAGES[stage_index - 1] if stage_index > 0 else None,
            unit_id=self.filter_unit_ids[unit_index]
            if 0 <= unit_index < len(self.filter_unit_ids) else None,
            year=spin_year(self.year_spin), due=due, text=self.search_edit.text(),
            today=self.today)
        cases = self.services.cases
        try:
            self.case_model.today = self.today
            self.case_model.reset(lambda: cases.count(where),
                                  lambda sort, descending, offset, limit: cases.page(
                                      where, sort, descending, offset, limit))
            overdue = cases.count(replace(where, due="overdue")) \
                if due in (None, "overdue", "attention") else 0
        except ACCESS_ERRORS as err:
            self.show_notice(err)
            return
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        for column, widest in CASE_COLUMN_WIDEST.items():
            self.case_table.resizeColumnToContents(column)
            self.case_table.setColumnWidth(
                column, min(self.case_table.columnWidth(column) + 8, widest))
        self.fit_title_column()
        self.count_label.setText(self.tr("Cases: {n}; overdue: {overdue}").format(
            n=self.case_model.total, overdue=overdue))
        if keep is not None:
            selection = self.case_table.selectionModel()
            selection.blockSignals(True)
            self.case_table.select_row(self.case_model.find(keep))
            selection.blockSignals(False)
        self.show_case()

    def fit_title_column(self) -> None:
        """The title column takes the width the other columns leave (at least a few
        words' worth: below that the table scrolls)."""
        table = self.case_table
        others = sum(table.columnWidth(c) for c in range(self.case_model.columnCount())
                     if c != TITLE_COLUMN and not table.isColumnHidden(c))
        least = table.fontMetrics().horizontalAdvance("国" * 8) + 12
        table.setColumnWidth(TITLE_COLUMN, max(table.viewport().width() - others, least))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.case_viewport:
            self.fit_title_column()
        return super().eventFilter(watched, event)

    @property
    def case_rows(self) -> list[CaseRow]:
        """The cases of the pages fetched so far, in table order."""
        return self.case_model.rows()

    def row_state(self, index: int) -> str:
        """What the colour of a case row says: "overdue", "due_soon" or ""."""
        row = self.case_model.row_at(index)
        return row.due_status if row is not None else ""

    def selected_case_id(self) -> uuid.UUID | None:
        row = self.case_model.row_at(self.case_table.selected_row())
        return row.id if row is not None else None

    def select_case(self, case_id: uuid.UUID) -> None:
        self.case_table.select_row(self.case_model.find(case_id))

    def show_case(self) -> None:
        case_id = self.selected_case_id()
        self.current = None
        if case_id is not None:
            try:
                self.current = self.services.cases.get(case_id)
            except ZerenError as err:
                self.show_message(error_text(err), failed=True)
        if self.current is None:
            self.case_detail.clear()
        else:
            self.case_detail.setHtml(self.case_html(self.current))
        self._update_actions()

    def _update_actions(self) -> None:
        case = self.current
        editable, decides = self.can_edit(), self.can_decide()
        reached = rules.stage_index(case.stage) if case else -1
        for index, button in enumerate(self.stage_buttons):
            button.setChecked(index <= reached)
            button.setEnabled(case is not None)
        following = rules.next_stage(case.stage) if case else None
        may_advance = following is not None and (
            decides if following is CaseStage.DECIDED else editable)
        self.advance_button.setVisible(editable or decides)
        self.advance_button.setEnabled(may_advance)
        self.advance_button.setText(
            self.tr("&Advance to {stage}…").format(stage=stage_text(following))
            if following else self.tr("&Advance…"))
        decided = case is not None and rules.is_decided(case.stage)
        self.back_button.setVisible(editable or decides)
        self.back_button.setEnabled(case is not None and reached > 0)
        for button in (self.appeal_button, self.answer_button, self.edit_case_button,
                       self.delete_case_button, self.dual_button):
            button.setVisible(editable)
        self.circulate_box.setVisible(editable)
        self.document_button.setVisible(editable)
        self.document_button.setEnabled(case is not None)
        self.appeal_button.setEnabled(decided)
        self.answer_button.setEnabled(
            case is not None and any(a.answered_on is None for a in case.appeals))
        self.edit_case_button.setEnabled(case is not None and not decided)
        self.delete_case_button.setEnabled(case is not None and not decided)
        self.dual_button.setEnabled(case is not None and case.dual_inquiry.required
                                    and not case.dual_inquiry.linked_case_ids)
        self.circulate_box.blockSignals(True)
        self.circulate_box.setChecked(case is not None and case.circulate)
        self.circulate_box.setEnabled(decided)
        self.circulate_box.blockSignals(False)

    def request_document(self, kind: DocumentKind) -> None:
        if self.current is not None:
            self.document_requested.emit(kind, self.current.id)

    # -- the case in full

    def _measures_text(self, detail: CaseDetail, codes: tuple[str, ...]) -> str:
        return "、".join(measure_name(self.regulations, detail.regulation_id, c) for c in codes)

    def _regulation_title(self, regulation_id: str) -> str:
        reg = self.regulations.get(regulation_id) if self.regulations and regulation_id \
            else None
        return reg.short_title if reg is not None else regulation_id

    def case_html(self, d: CaseDetail) -> str:
        esc = html.escape
        parts = [f"<h3>{esc(d.number)}　{esc(d.title)}</h3>"]
        facts = [
            (self.tr("Unit"), d.unit_name),
            (self.tr("Stage"), stage_text(d.stage)),
            (self.tr("Due"), format_date(d.stage_due)),
            (self.tr("Conduct date"), format_date(d.conduct_date)),
            (self.tr("Decision"), " ".join(p for p in (format_date(d.decision_date),
                                                        d.deciding_body) if p)),
            (self.tr("Served on"), format_date(d.served_on)),
            (self.tr("Regulation"), self._regulation_title(d.regulation_id)),
            (self.tr("Appeal window until"), format_date(d.appeal_window_ends)),
            (self.tr("Circulated as a typical case"),
             format_date(d.circulated_on) or self.tr("yes") if d.circulate else ""),
            (self.tr("Dual inquiry of case"), d.dual_inquiry_of_number),
            (self.tr("Clues"), "、".join(d.clue_numbers)),
        ]
        parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(
            f"<tr><td><b>{esc(k)}</b></td><td>{esc(v)}</td></tr>" for k, v in facts if v)
            + "</table>")
        if d.summary:
            parts.append(f"<p>{esc(d.summary)}</p>")
        heading = esc(self.tr("Problems"))
        parts.append(f"<h4>{heading}</h4><ol>" + "".join(
            f"<li>{esc(enum_label(p.category))}{'：' + esc(p.description) if p.description else ''}"
            "</li>" for p in d.problems) + "</ol>")
        heading = esc(self.tr("Subjects"))
        parts.append(f"<h4>{heading}</h4>")
        rows = []
        for s in d.subjects:
            who = s.name + (f"（{s.post_title}）" if s.post_title else "")
            bits = [enum_label(s.kind), enum_label(s.rank) if s.rank else "",
                    label(RESPONSIBILITY_LABELS, s.responsibility) if s.responsibility else "",
                    label(SEVERITY_LABELS, s.severity) if s.severity else ""]
            line = f"<b>{esc(who)}</b>　{esc('，'.join(b for b in bits if b))}"
            if s.measures:
                line += "<br>" + esc(self.tr("Measures: {m}").format(
                    m=self._measures_text(d, s.measures)))
            if s.statement:
                accepted = ("" if s.statement_accepted is None else self.tr(" (accepted)")
                            if s.statement_accepted else self.tr(" (not accepted)"))
                line += "<br>" + esc(self.tr("Statement and defence: {text}{accepted}").format(
                    text=one_line(s.statement), accepted=accepted))
            for p in s.periods:
                text = self.tr("Influence period of {measure}: {months} months, until {date}"
                               ).format(measure=p.measure_name, months=p.months,
                                        date=format_date(p.until))
                if p.governs:
                    text += self.tr(" (the longest: governs)")
                line += "<br>" + esc(text)
            if s.no_excellent_rating_year:
                line += "<br>" + esc(self.tr("No excellent rating or award for {year}").format(
                    year=s.no_excellent_rating_year))
            if s.adjusted_on:
                line += "<br>" + esc(self.tr("Organisational adjustment done on {date}").format(
                    date=format_date(s.adjusted_on)))
            if s.self_examination_on:
                line += "<br>" + esc(self.tr("Written self-examination received on {date}")
                                     .format(date=format_date(s.self_examination_on)))
            rows.append(f"<li>{line}</li>")
        parts.append("<ul>" + "".join(rows) + "</ul>")
        if d.dual_inquiry.required:
            grounds = "、".join(clause_citation(self.regulations, g)
                                for g in d.dual_inquiry.grounds)
            text = (self.tr("The determination calls for a dual inquiry (一案双查; {grounds}):"
                            " proposed.") if d.dual_inquiry.linked_case_ids else
                    self.tr("The determination calls for a dual inquiry (一案双查; {grounds}):"
                            " propose the linked case against the unit's Party committee team"
                            " and its principal leader.")).format(grounds=grounds)
            parts.append(f"<p style='color:#8a4b00'><b>{esc(text)}</b></p>")
        heading = esc(self.tr("Stage history"))
        parts.append(f"<h4>{heading}</h4><table border='1'"
                     " cellspacing='0' cellpadding='3'>")
        parts.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in (
            self.tr("Date"), self.tr("Stage"), self.tr("Acted by"), self.tr("Details")))
                     + "</tr>")
        for e in d.events:
            stage = stage_text(e.stage)
            if e.reverted:
                stage = self.tr("Back to {stage} from {previous}").format(
                    stage=stage, previous=stage_text(e.from_stage))
            details = [self.tr("Approved by {name}").format(name=e.approved_by)
                       if e.approved_by else ""]
            team = e.details.get("team")
            if isinstance(team, list):
                details.append(self.tr("Team: {names}").format(
                    names="、".join(str(n) for n in team)))
            elif isinstance(team, str) and team:
                details.append(self.tr("Team: {names}").format(names=team))
            for key in ("facts", "note"):
                value = e.details.get(key)
                if isinstance(value, str) and value:
                    details.append(one_line(value))
            if e.reverted:
                details.append(self.tr("Reason: {reason}").format(reason=e.reason))
            style = " style='color:#8a1010'" if e.reverted else ""
            parts.append(
                f"<tr{style}><td>{esc(format_date(e.happened_on))}</td><td>{esc(stage)}</td>"
                f"<td>{esc(e.acted_by or e.entered_by)}</td>"
                f"<td>{esc('；'.join(x for x in details if x))}</td></tr>")
        parts.append("</table>")
        if d.appeals:
            heading = esc(self.tr("Appeals"))
            parts.append(f"<h4>{heading}</h4><ul>")
            for a in d.appeals:
                text = self.tr("{date} {name}: answer due {due}").format(
                    date=format_date(a.filed_on), name=a.subject_name or "—",
                    due=format_date(a.answer_due))
                if not a.within_window:
                    text += self.tr(" (filed after the window)")
                if a.answered_on:
                    text += self.tr("; answered {date}: {outcome}").format(
                        date=format_date(a.answered_on), outcome=enum_label(a.outcome))
                parts.append(f"<li>{esc(text)}</li>")
            parts.append("</ul>")
        return "".join(parts)

    # -- actions

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if failed else "")

    def _after(self, text: str) -> Callable[[QDialog], None]:
        def done(_dialog: QDialog) -> None:
            case_id = self.current.id if self.current else None
            self.reload_cases(case_id)
            self.show_message(text)
        return done

    def stage_clicked(self, stage: CaseStage) -> None:
        """The stage strip: the next stage advances, an earlier one goes back, a later
        one is refused (no stage may be skipped)."""
        self._update_actions()  # the buttons show where the case is, not the click
        case = self.current
        if case is None or stage == case.stage:
            return
        if rules.stage_index(stage) < rules.stage_index(case.stage):
            self.go_back(stage)
            return
        try:
            rules.check_transition(case.stage, stage)
        except ValidationError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.advance()

    def new_case(self, determination_id: uuid.UUID | None = None) -> None:
        if not self.can_edit() or self.dialog is not None:
            return
        try:
            dialog = CaseDialog(self.services, determination_id=determination_id, parent=self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self._open(dialog, self._case_saved)

    def case_from_determination(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.new_case(self.rows[row].id)

    def edit_case(self) -> None:
        if self.current is None or not self.can_edit() or self.dialog is not None:
            return
        try:
            dialog = CaseDialog(self.services, self.current.id, parent=self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self._open(dialog, self._case_saved)

    def _case_saved(self, dialog: QDialog) -> None:
        assert isinstance(dialog, CaseDialog)
        self.tabs.setCurrentIndex(0)
        self.reload_cases(dialog.saved_id)
        if dialog.saved_id is not None and self.selected_case_id() != dialog.saved_id:
            self.clear_filters()  # hidden by the filters: show it
            self.reload_cases(dialog.saved_id)
        self.show_message(self.tr("The case was saved."))

    def clear_filters(self) -> None:
        self.stage_filter.setCurrentIndex(0)
        self.unit_filter.setCurrentIndex(0)
        self.due_filter.setCurrentIndex(0)
        self.year_spin.setValue(self.year_spin.minimum())
        self.search_edit.clear()

    def open_case(self, case_id: uuid.UUID) -> None:
        """Show one case (from a statistics drill-down), whatever the filters were."""
        self.stale = False
        self.tabs.setCurrentIndex(0)
        self.reload_cases(case_id)
        if self.selected_case_id() != case_id:
            self.clear_filters()
            self.reload_cases(case_id)
        if self.selected_case_id() != case_id:   # not among the first rows: find its number
            try:
                number = self.services.cases.get(case_id).number
            except ZerenError as err:
                self.show_message(error_text(err), failed=True)
                return
            self.search_edit.setText(number)
            self.reload_cases(case_id)

    def advance(self) -> None:
        case = self.current
        if case is None or self.dialog is not None:
            return
        following = rules.next_stage(case.stage)
        if following is None:
            return
        dialog = StageDialog(self.services, case, following, self.regulations, self)
        reached = self.tr("The case is now at \"{stage}\".").format(stage=stage_text(following))

        def done(_dialog: QDialog) -> None:
            self._after(reached)(_dialog)
            # One entry, every use: say whose ledgers the stage now feeds.
            current = self.current
            if current is None or not current.events:
                return
            try:
                names = self.services.cases.stage_ledger_names(current.id,
                                                               current.events[-1].id)
            except ZerenError:
                return
            if names:
                self.show_message(reached + " " + self.tr(
                    "The ledger of {names} has an entry for it.").format(
                    names="、".join(names)))
        self._open(dialog, done)

    def go_back(self, target: CaseStage | None = None) -> None:
        case = self.current
        if case is None or self.dialog is not None or rules.stage_index(case.stage) == 0:
            return
        dialog = GoBackDialog(self.services, case, target, self)
        self._open(dialog, self._after(self.tr("The case went back; the reason is kept in its"
                                               " history.")))

    def record_appeal(self) -> None:
        case = self.current
        if case is None or self.dialog is not None:
            return
        dialog = AppealDialog(self.services, case, self)

        def done(d: QDialog) -> None:
            self.reload_cases(case.id)
            assert isinstance(d, AppealDialog)
            late = self.current is not None and any(
                a.id == d.saved_id and not a.within_window for a in self.current.appeals)
            self.show_message(self.tr("The appeal was recorded after the window; it is kept"
                                      " as late.") if late else
                              self.tr("The appeal was recorded; execution continues."))
        self._open(dialog, done)

    def answer_appeal(self) -> None:
        case = self.current
        if case is None or self.dialog is not None:
            return
        self._open(AnswerDialog(self.services, case, self),
                   self._after(self.tr("The answer was recorded.")))

    def set_circulate(self) -> None:
        case = self.current
        if case is None:
            return
        try:
            self.services.cases.set_circulate(case.id, self.circulate_box.isChecked())
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
        self.reload_cases(case.id)

    def propose_dual_inquiry(self) -> None:
        case = self.current
        if case is None:
            return
        title = self.tr("Dual inquiry: {title}").format(title=case.title)
        description = self.tr("Principal and supervisory responsibility for case {number}"
                              " (dual inquiry; grounds: {grounds}).").format(
            number=case.number, grounds="、".join(
                clause_citation(self.regulations, g) for g in case.dual_inquiry.grounds))
        try:
            new_id = self.services.cases.propose_dual_inquiry(case.id, title[:200],
                                                              description=description)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.reload_cases(new_id)
        self.show_message(self.tr("The dual inquiry was proposed as a linked case."))

    def delete_case(self) -> None:
        case = self.current
        if case is None or not self.can_edit():
            return
        try:
            effects = self.services.cases.delete_effects(case.id)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        # What goes with the case: its stages' ledger entries, and the links to it.
        unlinked = [text.format(n=n) for text, n in (
            (self.tr("{n} problem clues"), effects.clues),
            (self.tr("{n} talk records"), effects.talks),
            (self.tr("{n} dual-inquiry cases"), effects.cases)) if n]
        parts = []
        if effects.entries:
            parts.append(self.tr("the {n} ledger entries made from it will be deleted too")
                         .format(n=effects.entries))
        if unlinked:
            parts.append(self.tr("{items} will be unlinked from it").format(
                items=self.tr(", ").join(unlinked)))
        what = self.tr("; ").join(parts)
        question = self.tr(
            "Delete case {number} ({title})? {effects}. This cannot be undone.") if parts \
            else self.tr("Delete case {number} ({title})? This cannot be undone.")
        answer = QMessageBox.question(
            self, self.tr("Delete case"),
            question.format(number=case.number, title=case.title,
                            effects=what[:1].upper() + what[1:]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.cases.delete(case.id)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.reload_cases()
        self.show_message(self.tr("The case was deleted."))

    # -- determinations

    def selected_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def show_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.detail.clear()
            self.from_determination_button.setEnabled(False)
            return
        self.from_determination_button.setEnabled(self.can_edit())
        info = self.rows[row]
        self.detail.setHtml(determination_html(
            info.case_input, self._translated(info), self.regulations, title=info.title))

    def _translated(self, info: DeterminationInfo) -> dict[str, Any]:
        """The saved result, with its texts (reason, warnings) in the user's language.

        The services store the result untranslated; when assessing the saved input again
        still gives exactly the saved result, its translated texts are shown instead.
        """
        try:
            again = self.services.regulations.assess(info.case_input, untranslated)
            if again != info.result:
                return info.result
            return self.services.regulations.assess(info.case_input,
                                                    QCoreApplication.translate)
        except ZerenError:
            return info.result

    def new_assessment(self) -> None:
        if not self.can_edit():
            return
        try:
            wizard = AssessmentWizard(self.services, self)
        except ACCESS_ERRORS as err:
            self.message_label.setText(error_text(err))
            return
        wizard.saved.connect(self._saved)
        wizard.finished.connect(lambda _result: self._wizard_closed(wizard))
        self.wizard = wizard
        wizard.open()

    def _wizard_closed(self, wizard: AssessmentWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    def _saved(self, determination_id: object) -> None:
        self.reload(determination_id if isinstance(determination_id, uuid.UUID) else None)
        self.tabs.setCurrentIndex(1)
