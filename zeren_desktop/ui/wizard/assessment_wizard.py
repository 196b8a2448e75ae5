"""The assessment wizard: case, subjects, clauses, determination and measures, summary.

Every page validates before Next; Back keeps what was entered (the state lives in the
wizard, not in registered fields). Finish saves the determination through the services,
which assess the case again from the rules.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from zeren_desktop.domain.enums import TeamKind
from zeren_desktop.domain.regulations import (
    CIRCUMSTANCE_KINDS,
    GROUND_KINDS,
    Article,
    Clause,
    Regulation,
    RegulationSet,
)
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.dto import CadreRow, TeamInfo
from zeren_desktop.ui.common import error_text, from_qdate, to_qdate
from zeren_desktop.ui.widgets import make_date_edit
from zeren_desktop.ui.widgets.quick_pick import install_unit_pick
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen
from zeren_desktop.ui.wizard.labels import (
    ADJUSTMENT_LABELS,
    FLAG_LABELS,
    ROLE_LABELS,
    SEVERITY_LABELS,
    clause_citation,
    clause_text,
    label,
)
from zeren_desktop.ui.wizard.render import determination_html, subject_heading
from zeren_desktop.ui.wizard.state import (
    CADRE_FLAGS,
    CASE_PAGE,
    CLAUSES_PAGE,
    DETERMINATION_PAGE,
    PROBATION_CHOICES,
    SUBJECTS_PAGE,
    SUMMARY_PAGE,
    SubjectDraft,
    page_of_field,
)

ERROR_STYLE = "color: #c00000; font-weight: bold;"
SEARCH_LIMIT = 100
CLAUSE_ROLE = Qt.ItemDataRole.UserRole


def _error_label() -> QLabel:
    error = QLabel()
    error.setObjectName("errorLabel")
    error.setStyleSheet(ERROR_STYLE)
    error.setWordWrap(True)
    error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    error.hide()
    return error


class _Page(QWizardPage):
    """Shared plumbing of the pages (no translated text here: see DESIGN.md, tr context)."""

    def __init__(self, wizard: AssessmentWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.error_label = _error_label()

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""


# --------------------------------------------------------------------------------------
# 1. The case


class CasePage(_Page):
    def __init__(self, wizard: AssessmentWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("The case"))
        self.setSubTitle(self.tr(
            "Name the assessment, give the dates and, if needed, the regulation and the unit."))
        today = dt.date.today()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("e.g. the case's name"))
        self.conduct_edit = make_date_edit(today)
        self.decision_edit = make_date_edit(today)
        self.regulation_combo = QComboBox()
        self.regulation_combo.addItem(self.tr("Automatic (by the dates)"), "")
        for reg in wizard.regulations:
            self.regulation_combo.addItem(self.tr("{title} (in force from {date})").format(
                title=reg.short_title, date=reg.in_force.isoformat()), reg.id)
        self.regulation_info = QLabel()
        self.regulation_info.setWordWrap(True)
        self.regulation_info.setSizePolicy(QSizePolicy.Policy.Expanding,
                                           QSizePolicy.Policy.Preferred)
        self.unit_combo = QComboBox()
        self.unit_ids: list[uuid.UUID | None] = []
        if not wizard.township_user:
            self.unit_combo.addItem(self.tr("(no unit)"))
            self.unit_ids.append(None)
        for unit in wizard.units:
            self.unit_combo.addItem(unit.name)
            self.unit_ids.append(unit.id)
        # Searchable by name and pinyin initials, like every unit field.
        install_unit_pick(self.unit_combo, wizard.services, self.unit_ids)

        # Art. 10 (dual inquiry): what happened in the unit this year.
        self.members_spin = QSpinBox()
        self.members_spin.setRange(0, 99)
        self.cases_spin = QSpinBox()
        self.cases_spin.setRange(0, 999)
        self.ring_box = QCheckBox(self.tr("A corruption ring with several leaders punished"))
        self.political_box = QCheckBox(self.tr(
            "A grave case of political or organisational discipline"))
        self.appointment_box = QCheckBox(self.tr("Wrongful appointment with grave results"))
        year_box = QGroupBox(self.tr("The unit's year (for dual inquiry, art. 10)"))
        year_form = QFormLayout(year_box)
        year_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        year_form.addRow(self.tr("Team members given removal from Party post or heavier:"),
                         self.members_spin)
        year_form.addRow(self.tr("Major cases of violations this year:"), self.cases_spin)
        year_form.addRow(self.ring_box)
        year_form.addRow(self.political_box)
        year_form.addRow(self.appointment_box)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._buddy(self.tr("&Title:"), self.title_edit), self.title_edit)
        form.addRow(self._buddy(self.tr("&Conduct date:"), self.conduct_edit),
                    self.conduct_edit)
        form.addRow(self._buddy(self.tr("&Decision date:"), self.decision_edit),
                    self.decision_edit)
        form.addRow(self._buddy(self.tr("&Regulation:"), self.regulation_combo),
                    self.regulation_combo)
        form.addRow("", self.regulation_info)
        form.addRow(self._buddy(self.tr("&Unit:"), self.unit_combo), self.unit_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(year_box)
        layout.addStretch(1)
        layout.addWidget(self.error_label)

        self.conduct_edit.dateChanged.connect(self._update_info)
        self.decision_edit.dateChanged.connect(self._update_info)
        self.regulation_combo.currentIndexChanged.connect(self._update_info)
        self.title_edit.textEdited.connect(lambda _text: self.set_error(""))
        self._update_info()

    @staticmethod
    def _buddy(text: str, widget: QWidget) -> QLabel:
        buddy = QLabel(text)
        buddy.setBuddy(widget)
        return buddy

    @property
    def conduct_date(self) -> dt.date:
        return from_qdate(self.conduct_edit.date())

    @property
    def decision_date(self) -> dt.date:
        return from_qdate(self.decision_edit.date())

    def set_dates(self, conduct: dt.date, decision: dt.date) -> None:
        self.conduct_edit.setDate(to_qdate(conduct))
        self.decision_edit.setDate(to_qdate(decision))

    def chosen_regulation_id(self) -> str:
        index = self.regulation_combo.currentIndex()
        return str(self.regulation_combo.itemData(index)) if index > 0 else ""

    def unit_id(self) -> uuid.UUID | None:
        index = self.unit_combo.currentIndex()
        return self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None

    def unit_year(self) -> dict[str, Any] | None:
        data: dict[str, Any] = {
            "members_given_party_post_removal_or_heavier": self.members_spin.value(),
            "major_cases": self.cases_spin.value(),
            "corruption_ring": self.ring_box.isChecked(),
            "grave_political_case": self.political_box.isChecked(),
            "wrongful_appointment": self.appointment_box.isChecked(),
        }
        return data if any(data.values()) else None

    def _update_info(self) -> None:
        self.set_error("")
        chosen = self.chosen_regulation_id()
        regs = self.owner.regulations
        if chosen:
            reg = regs.get(chosen)
            if reg is not None and not reg.in_force_on(self.decision_date):
                self.regulation_info.setText(self.tr(
                    "{title} is not in force at the decision date.").format(
                    title=reg.short_title))
            else:
                self.regulation_info.setText("")
            return
        reg = regs.in_force_on(self.conduct_date)
        if reg is not None:
            text = self.tr("By the dates: {title}, in force at the conduct date. A later "
                           "regulation applies instead if it is lighter; the determination "
                           "page says which is applied and why.").format(title=reg.short_title)
        else:
            reg = regs.in_force_on(self.decision_date)
            if reg is not None:
                text = self.tr("By the dates: {title}, in force at the decision date (no "
                               "regulation was in force at the conduct date).").format(
                    title=reg.short_title)
            else:
                text = self.tr("No regulation is in force at these dates.")
        self.regulation_info.setText(text)

    def validatePage(self) -> bool:
        if not self.title_edit.text().strip():
            self.set_error(self.tr("Give the assessment a title, e.g. the case's name."))
            self.title_edit.setFocus()
            return False
        if self.decision_date < self.conduct_date:
            self.set_error(self.tr(
                "The decision date ({decision}) cannot come before the conduct date "
                "({conduct}).").format(decision=self.decision_date.isoformat(),
                                       conduct=self.conduct_date.isoformat()))
            self.decision_edit.setFocus()
            return False
        if self.owner.township_user and self.unit_id() is None:
            self.set_error(self.tr("Choose the unit of the case."))
            self.unit_combo.setFocus()
            return False
        if self.owner.effective_regulation() is None:
            self.set_error(self.tr("No regulation is in force at these dates."))
            return False
        self.set_error("")
        return True


# --------------------------------------------------------------------------------------
# 2. The subjects


class SubjectsPage(_Page):
    def __init__(self, wizard: AssessmentWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Subjects"))
        self.setSubTitle(self.tr(
            "Add the cadres and leadership teams held to account, from the records."))
        self.cadre_rows: list[CadreRow] = []
        self.teams: list[tuple[str, TeamInfo]] = []

        # -- a cadre
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("name, unit or post"))
        self.search_edit.setClearButtonEnabled(True)
        self.cadre_list = QListWidget()
        self.cadre_list.setMinimumHeight(120)
        self.role_combo = QComboBox()
        for role in ("first_responsible", "member", "discipline_leader"):
            self.role_combo.addItem(label(ROLE_LABELS, role), role)
        self.flag_boxes: dict[str, QCheckBox] = {}
        flags = QGridLayout()
        for index, key in enumerate(CADRE_FLAGS):
            box = QCheckBox(label(FLAG_LABELS, key))
            box.setChecked(key in ("participated", "in_portfolio"))
            self.flag_boxes[key] = box
            flags.addWidget(box, index // 2, index % 2)
        self.add_cadre_button = QPushButton(self.tr("Add &cadre"))
        self.add_cadre_button.clicked.connect(self.add_selected_cadre)
        cadre_box = QGroupBox(self.tr("A cadre"))
        cadre_form = QFormLayout(cadre_box)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search_edit)
        cadre_form.addRow(search_label, self.search_edit)
        cadre_form.addRow(self.cadre_list)
        role_label = QLabel(self.tr("R&ole:"))
        role_label.setBuddy(self.role_combo)
        cadre_form.addRow(role_label, self.role_combo)
        cadre_form.addRow(flags)
        cadre_form.addRow(self.add_cadre_button)

        # -- a team
        self.team_combo = QComboBox()
        self.team_combo.setMinimumContentsLength(20)
        self.add_team_button = QPushButton(self.tr("Add &team"))
        self.add_team_button.clicked.connect(self.add_selected_team)
        team_box = QGroupBox(self.tr("A leadership team"))
        team_row = QHBoxLayout(team_box)
        team_row.addWidget(self.team_combo, 1)
        team_row.addWidget(self.add_team_button)

        left = QVBoxLayout()
        left.addWidget(cadre_box, 1)
        left.addWidget(team_box)

        # -- the subjects so far
        self.subject_list = QListWidget()
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        right_box = QGroupBox(self.tr("Subjects of this case"))
        right = QVBoxLayout(right_box)
        right.addWidget(self.subject_list, 1)
        right.addWidget(self.remove_button)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(right_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error_label)

        self.search_edit.textChanged.connect(lambda _text: self.search())
        self.cadre_list.itemDoubleClicked.connect(lambda _item: self.add_selected_cadre())
        self.subject_list.currentRowChanged.connect(lambda _row: self._update_buttons())

    def initializePage(self) -> None:
        self.search()
        self.load_teams()
        self.refresh_subjects()

    def search(self) -> None:
        try:
            self.cadre_rows = self.owner.services.cadres.search(
                self.search_edit.text(), None, SEARCH_LIMIT)
        except ZerenError as err:
            self.cadre_rows = []
            self.set_error(error_text(err))
        self.cadre_list.clear()
        for row in self.cadre_rows:
            where = "　".join(part for part in (row.unit_name, row.title) if part)
            self.cadre_list.addItem(f"{row.name}（{where}）" if where else row.name)
        if self.cadre_rows:
            self.cadre_list.setCurrentRow(0)
        self._update_buttons()

    def load_teams(self) -> None:
        unit_id = self.owner.case_page.unit_id()
        units = self.owner.units if unit_id is None else [
            u for u in self.owner.units if u.id == unit_id]
        self.teams = []
        for unit in units:
            try:
                self.teams.extend((unit.name, team)
                                  for team in self.owner.services.teams.for_unit(unit.id))
            except ZerenError:
                continue
        self.team_combo.clear()
        for unit_name, team in self.teams:
            self.team_combo.addItem(self.tr("{unit}: {team}").format(unit=unit_name,
                                                                      team=team.name))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_cadre_button.setEnabled(bool(self.cadre_rows))
        self.add_team_button.setEnabled(bool(self.teams))
        self.remove_button.setEnabled(self.subject_list.currentRow() >= 0)

    def _add(self, draft: SubjectDraft) -> bool:
        if any(s.id == draft.id for s in self.owner.subjects):
            self.set_error(self.tr("{name} is already a subject of this case.").format(
                name=draft.name))
            return False
        self.owner.subjects.append(draft)
        self.set_error("")
        self.refresh_subjects()
        self.subject_list.setCurrentRow(len(self.owner.subjects) - 1)
        return True

    def add_cadre(self, row: CadreRow, role: str, **flags: bool) -> bool:
        values = {key: box.isChecked() for key, box in self.flag_boxes.items()}
        values.update(flags)
        return self._add(SubjectDraft(id=f"cadre-{row.id}", kind="cadre", name=row.name,
                                      role=role, flags=values))

    def add_selected_cadre(self) -> None:
        index = self.cadre_list.currentRow()
        if not 0 <= index < len(self.cadre_rows):
            self.set_error(self.tr("Select a cadre in the search results first."))
            return
        role = str(self.role_combo.itemData(self.role_combo.currentIndex()))
        self.add_cadre(self.cadre_rows[index], role)

    def add_team(self, team: TeamInfo) -> bool:
        kind = "discipline_team" if team.kind == TeamKind.DISCIPLINE else "party_team"
        unit = next((u.name for u in self.owner.units if u.id == team.unit_id), "")
        name = team.name if unit and unit in team.name else f"{unit}{team.name}"
        return self._add(SubjectDraft(id=f"team-{team.id}", kind=kind, name=name))

    def add_selected_team(self) -> None:
        index = self.team_combo.currentIndex()
        if 0 <= index < len(self.teams):
            self.add_team(self.teams[index][1])

    def remove_selected(self) -> None:
        index = self.subject_list.currentRow()
        if 0 <= index < len(self.owner.subjects):
            del self.owner.subjects[index]
            self.refresh_subjects()

    def refresh_subjects(self) -> None:
        self.subject_list.clear()
        for draft in self.owner.subjects:
            text = subject_heading(draft.to_input(with_measures=False))
            marks = [label(FLAG_LABELS, key) for key in CADRE_FLAGS
                     if draft.kind == "cadre" and draft.flags.get(key)
                     and key not in ("participated", "in_portfolio")]
            if draft.kind == "cadre" and not draft.flags.get("participated", True):
                marks.append(self.tr("did not take part"))
            if draft.kind == "cadre" and not draft.flags.get("in_portfolio", True):
                marks.append(self.tr("outside the portfolio"))
            if marks:
                text += "（" + "、".join(marks) + "）"
            self.subject_list.addItem(QListWidgetItem(text))
        self._update_buttons()

    def validatePage(self) -> bool:
        if not self.owner.subjects:
            self.set_error(self.tr("Add at least one subject: a cadre or a leadership team."))
            return False
        self.set_error("")
        return True


# --------------------------------------------------------------------------------------
# 3. Clauses, severity and grounds per subject


class ClausesPage(_Page):
    def __init__(self, wizard: AssessmentWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Clauses, severity and grounds"))
        self.setSubTitle(self.tr(
            "For each subject tick the circumstances that apply and the grounds for a "
            "lighter or heavier treatment; the selected clause's full text is shown."))
        self.regulation: Regulation | None = None
        self.subject_combo = QComboBox()
        self.subject_combo.setMinimumContentsLength(24)
        self.clause_tree = self._tree(self.tr("Circumstances"))
        self.ground_tree = self._tree(self.tr("Grounds (mitigating, aggravating, exemption)"))
        self.text_view = QTextBrowser()
        self.text_view.setPlaceholderText(self.tr("Select a clause to read its full text."))
        self.text_view.setMinimumWidth(260)
        self.severity_combo = QComboBox()
        self.severity_combo.addItem(self.tr("— choose —"), "")
        for code in ("minor", "serious", "grave"):
            self.severity_combo.addItem(label(SEVERITY_LABELS, code), code)
        self.adjustment_combo = QComboBox()

        trees = QSplitter(Qt.Orientation.Vertical)
        trees.addWidget(self.clause_tree)
        trees.addWidget(self.ground_tree)
        trees.setStretchFactor(0, 3)
        trees.setStretchFactor(1, 2)
        trees.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(trees)
        splitter.addWidget(self.text_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        subject_label = QLabel(self.tr("&Subject:"))
        subject_label.setBuddy(self.subject_combo)
        top.addWidget(subject_label)
        top.addWidget(self.subject_combo, 1)
        bottom = QHBoxLayout()
        severity_label = QLabel(self.tr("Se&verity:"))
        severity_label.setBuddy(self.severity_combo)
        adjustment_label = QLabel(self.tr("&Adjustment for the grounds:"))
        adjustment_label.setBuddy(self.adjustment_combo)
        bottom.addWidget(severity_label)
        bottom.addWidget(self.severity_combo)
        bottom.addSpacing(24)
        bottom.addWidget(adjustment_label)
        bottom.addWidget(self.adjustment_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error_label)

        self.subject_combo.currentIndexChanged.connect(lambda _i: self.show_subject())
        for tree in (self.clause_tree, self.ground_tree):
            tree.itemChanged.connect(self._item_changed)
            tree.currentItemChanged.connect(self._current_changed)
        self.severity_combo.currentIndexChanged.connect(self._severity_changed)
        self.adjustment_combo.currentIndexChanged.connect(self._adjustment_changed)

    @staticmethod
    def _tree(header: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([header])
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setMinimumHeight(140)
        return tree

    def initializePage(self) -> None:
        regulation = self.owner.effective_regulation()
        if regulation is not None and (self.regulation is None
                                       or regulation.id != self.regulation.id):
            # Another regulation now: its clauses, not the old one's.
            prefix = regulation.id + "/"
            for draft in self.owner.subjects:
                draft.clauses = [c for c in draft.clauses if c.startswith(prefix)]
                draft.grounds = [g for g in draft.grounds if g.startswith(prefix)]
        self.regulation = regulation
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        for draft in self.owner.subjects:
            self.subject_combo.addItem(subject_heading(draft.to_input(with_measures=False)))
        self.subject_combo.setCurrentIndex(0)
        self.subject_combo.blockSignals(False)
        self.show_subject()

    @property
    def draft(self) -> SubjectDraft | None:
        index = self.subject_combo.currentIndex()
        subjects = self.owner.subjects
        return subjects[index] if 0 <= index < len(subjects) else None

    def select_subject(self, index: int) -> None:
        self.subject_combo.setCurrentIndex(index)

    def show_subject(self) -> None:
        draft = self.draft
        self.set_error("")
        for tree in (self.clause_tree, self.ground_tree):
            tree.blockSignals(True)
            tree.clear()
        self.text_view.clear()
        if draft is None or self.regulation is None:
            for tree in (self.clause_tree, self.ground_tree):
                tree.blockSignals(False)
            return
        self._fill(self.clause_tree, CIRCUMSTANCE_KINDS, draft.subject_class, draft.clauses)
        self._fill(self.ground_tree, GROUND_KINDS, draft.subject_class, draft.grounds)
        for tree in (self.clause_tree, self.ground_tree):
            tree.blockSignals(False)
        self.severity_combo.blockSignals(True)
        self.severity_combo.setCurrentIndex(max(0, self.severity_combo.findData(
            draft.severity)) if draft.severity else 0)
        self.severity_combo.blockSignals(False)
        self._fill_adjustments()

    def _fill(self, tree: QTreeWidget, kinds: frozenset[str], subject_class: str,
              ticked: list[str]) -> None:
        assert self.regulation is not None
        first: QTreeWidgetItem | None = None
        for article in self.regulation.articles:
            items = [c for c in article.items
                     if c.kind in kinds and subject_class in c.applies_to]
            whole = (not article.items and article.kind in kinds
                     and subject_class in article.clause.applies_to)
            if not items and not whole:
                continue
            node = QTreeWidgetItem([self._article_label(article)])
            node.setData(0, CLAUSE_ROLE, article.clause.id)
            node.setToolTip(0, article.text)
            if whole:
                self._make_checkable(node, article.clause.id in ticked)
            for clause in items:
                child = QTreeWidgetItem([self._item_label(article, clause)])
                child.setData(0, CLAUSE_ROLE, clause.id)
                child.setToolTip(0, clause.text)
                self._make_checkable(child, clause.id in ticked)
                node.addChild(child)
            tree.addTopLevelItem(node)
            first = first or node
        tree.expandAll()
        if first is not None:
            tree.setCurrentItem(first)

    @staticmethod
    def _make_checkable(item: QTreeWidgetItem, checked: bool) -> None:
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _article_label(self, article: Article) -> str:
        title = f"　{article.title}" if article.title else ""
        return self.tr("Article {number}").format(number=article.number) + title

    def _item_label(self, article: Article, clause: Clause) -> str:
        text = clause.text.replace("\n", " ")
        short = text if len(text) <= 48 else text[:47] + "…"
        if article.item_style == "paragraph":
            return self.tr("Paragraph {number}: {text}").format(number=clause.item, text=short)
        return short

    def _checked(self, tree: QTreeWidget) -> list[str]:
        return [str(item.data(0, CLAUSE_ROLE)) for item in _tree_items(tree)
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable
                and item.checkState(0) == Qt.CheckState.Checked]

    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        draft = self.draft
        if draft is None:
            return
        draft.clauses = self._checked(self.clause_tree)
        draft.grounds = self._checked(self.ground_tree)
        self.set_error("")
        self._fill_adjustments()

    def _current_changed(self, current: QTreeWidgetItem | None,
                         _previous: QTreeWidgetItem | None) -> None:
        if current is None:
            return
        clause_id = str(current.data(0, CLAUSE_ROLE))
        regs = self.owner.regulations
        self.text_view.setPlainText(clause_citation(regs, clause_id) + "\n\n"
                                    + clause_text(regs, clause_id))

    def tick(self, clause_id: str, checked: bool = True) -> None:
        """Tick a clause or ground of the current subject (as a click on its box would)."""
        for tree in (self.clause_tree, self.ground_tree):
            for item in _tree_items(tree):
                if item.data(0, CLAUSE_ROLE) == clause_id and (
                        item.flags() & Qt.ItemFlag.ItemIsUserCheckable):
                    tree.setCurrentItem(item)
                    item.setCheckState(0, Qt.CheckState.Checked if checked
                                       else Qt.CheckState.Unchecked)
                    return
        raise KeyError(clause_id)

    def _ground_kinds(self, draft: SubjectDraft) -> set[str]:
        regs = self.owner.regulations
        kinds: set[str] = set()
        for ground in draft.grounds:
            clause = regs.clause(ground)
            if clause is not None:
                kinds.add(clause.kind)
        return kinds

    def _fill_adjustments(self) -> None:
        draft = self.draft
        self.adjustment_combo.blockSignals(True)
        self.adjustment_combo.clear()
        offered: list[str] = []
        if draft is not None:
            kinds = self._ground_kinds(draft)
            if "mitigating" in kinds:
                offered += ["lighter", "reduced"]
            if "aggravating" in kinds:
                offered += ["heavier", "aggravated"]
        if offered:
            self.adjustment_combo.addItem(self.tr("Default ({label})").format(
                label=label(ADJUSTMENT_LABELS, offered[0])), "")
            for code in offered:
                self.adjustment_combo.addItem(label(ADJUSTMENT_LABELS, code), code)
        else:
            self.adjustment_combo.addItem(self.tr("(no mitigating or aggravating ground)"), "")
        if draft is not None:
            if draft.adjustment not in offered:
                draft.adjustment = ""
            self.adjustment_combo.setCurrentIndex(
                max(0, self.adjustment_combo.findData(draft.adjustment))
                if draft.adjustment else 0)
        self.adjustment_combo.setEnabled(bool(offered))
        self.adjustment_combo.blockSignals(False)

    def _severity_changed(self, index: int) -> None:
        draft = self.draft
        if draft is not None:
            draft.severity = str(self.severity_combo.itemData(index)) if index > 0 else ""
            self.set_error("")

    def _adjustment_changed(self, index: int) -> None:
        draft = self.draft
        if draft is not None:
            draft.adjustment = (str(self.adjustment_combo.itemData(index))
                                if index > 0 else "")

    def set_severity(self, code: str) -> None:
        self.severity_combo.setCurrentIndex(self.severity_combo.findData(code))

    def validatePage(self) -> bool:
        for index, draft in enumerate(self.owner.subjects):
            problem = ""
            if not draft.clauses and not draft.grounds:
                problem = self.tr("Tick at least one circumstance for {name}.")
            elif not draft.severity:
                problem = self.tr("Choose the severity for {name}.")
            if problem:
                self.select_subject(index)
                self.set_error(problem.format(name=draft.name))
                return False
        try:
            self.owner.assess(with_measures=False)
        except ValidationError as err:
            self.owner.show_error(err)
            return False
        except ZerenError as err:
            self.set_error(error_text(err))
            return False
        self.set_error("")
        return True


def _tree_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every item of a two-level tree (articles and their items), in order."""
    found: list[QTreeWidgetItem] = []
    for top in range(tree.topLevelItemCount()):
        node = tree.topLevelItem(top)
        if node is None:
            continue
        found.append(node)
        for index in range(node.childCount()):
            child = node.child(index)
            if child is not None:
                found.append(child)
    return found


# --------------------------------------------------------------------------------------
# 4. The determination, and the measures chosen


class DeterminationPage(_Page):
    def __init__(self, wizard: AssessmentWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Determination and measures"))
        self.setSubTitle(self.tr(
            "What the rules give for each subject. Choose the measures among those allowed; "
            "the influence periods follow."))
        self.result: dict[str, Any] = {}
        self.view = QTextBrowser()
        self.view.setMinimumWidth(360)
        self.measure_boxes: dict[tuple[str, str], QCheckBox] = {}
        self.probation_combos: dict[str, QComboBox] = {}
        self.measure_panel = QWidget()
        self.measure_layout = QVBoxLayout(self.measure_panel)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.measure_panel)
        scroll.setMinimumWidth(300)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:
        self.set_error("")
        try:
            allowed_result = self.owner.assess(with_measures=False)
        except ValidationError as err:
            self.set_error(self.owner.error_message(err))
            return
        except ZerenError as err:
            self.set_error(error_text(err))
            return
        self._build_measures(allowed_result)
        self.refresh()

    def _build_measures(self, result: dict[str, Any]) -> None:
        while self.measure_layout.count():
            child = self.measure_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        self.measure_boxes = {}
        self.probation_combos = {}
        reg_id = str(result["regulation"])
        regs = self.owner.regulations
        by_id = {str(s["id"]): s for s in result["subjects"]}
        for draft in self.owner.subjects:
            allowed = [str(c) for c in by_id.get(draft.id, {}).get("allowed_measures", [])]
            draft.measures = [m for m in draft.measures if m in allowed]
            box = QGroupBox(subject_heading(draft.to_input(with_measures=False)))
            grid = QGridLayout(box)
            if not allowed:
                grid.addWidget(QLabel(self.tr("No measure: no responsibility is borne.")),
                               0, 0)
            reg = regs.get(reg_id)
            own = _band_measures(reg, draft, str(by_id.get(draft.id, {}).get("band", "")))
            row = 0
            for group in ([c for c in allowed if c in own], [c for c in allowed if c not in own]):
                if not group:
                    continue
                if row and group:
                    grid.addWidget(QLabel(self.tr(
                        "Discipline and transfer (by their own rules):")), row, 0, 1, 2)
                    row += 1
                for index, code in enumerate(group):
                    name = reg.measures[code].name if reg and code in reg.measures else code
                    check = QCheckBox(name)
                    check.setChecked(code in draft.measures)
                    check.toggled.connect(
                        lambda on, d=draft, c=code: self._measure_toggled(d, c, on))
                    self.measure_boxes[(draft.id, code)] = check
                    grid.addWidget(check, row + index // 2, index % 2)
                row += (len(group) + 1) // 2
            if "party_probation" in allowed:
                combo = QComboBox()
                for months in PROBATION_CHOICES:
                    combo.addItem(self.tr("{n} months").format(n=months), months)
                combo.setCurrentIndex(max(0, combo.findData(draft.probation_months)))
                combo.setEnabled("party_probation" in draft.measures)
                combo.currentIndexChanged.connect(
                    lambda i, d=draft, c=combo: self._probation_changed(d, c, i))
                self.probation_combos[draft.id] = combo
                probation_label = QLabel(self.tr("Probation period:"))
                probation_label.setBuddy(combo)
                grid.addWidget(probation_label, row, 0)
                grid.addWidget(combo, row, 1)
            self.measure_layout.addWidget(box)
        self.measure_layout.addStretch(1)

    def _measure_toggled(self, draft: SubjectDraft, code: str, on: bool) -> None:
        chosen = set(draft.measures)
        if on:
            chosen.add(code)
        else:
            chosen.discard(code)
        draft.measures = [c for c in _allowed_order(self.measure_boxes, draft.id)
                          if c in chosen]
        combo = self.probation_combos.get(draft.id)
        if combo is not None:
            combo.setEnabled("party_probation" in draft.measures)
        self.refresh()

    def _probation_changed(self, draft: SubjectDraft, combo: QComboBox, index: int) -> None:
        draft.probation_months = int(combo.itemData(index))
        self.refresh()

    def choose(self, subject_id: str, code: str, on: bool = True) -> None:
        self.measure_boxes[(subject_id, code)].setChecked(on)

    def refresh(self) -> None:
        """Assess again with the measures chosen: the influence periods follow."""
        try:
            self.result = self.owner.assess(with_measures=True)
        except ValidationError as err:
            self.set_error(self.owner.error_message(err))
            return
        except ZerenError as err:
            self.set_error(error_text(err))
            return
        self.set_error("")
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(determination_html(self.owner.case(), self.result,
                                             self.owner.regulations))
        self.view.verticalScrollBar().setValue(scroll)

    def validatePage(self) -> bool:
        self.refresh()
        return not self.error_text


def _band_measures(reg: Regulation | None, draft: SubjectDraft, band: str) -> set[str]:
    """The measures of the subject's band itself (not those allowed in every band)."""
    rule = reg.band_for(draft.subject_class) if reg is not None else None
    if rule is None or band not in rule.by_severity:
        return set()
    return set(rule.by_severity[band])


def _allowed_order(boxes: dict[tuple[str, str], QCheckBox], subject_id: str) -> list[str]:
    return [code for (sid, code) in boxes if sid == subject_id]


# --------------------------------------------------------------------------------------
# 5. Summary and save


class SummaryPage(_Page):
    def __init__(self, wizard: AssessmentWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr(
            "The clauses cited and the measures chosen. Finish saves the determination."))
        self.view = QTextBrowser()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.set_error("")
        try:
            result = self.owner.assess(with_measures=True)
        except ZerenError as err:
            self.set_error(self.owner.error_message(err) if isinstance(err, ValidationError)
                           else error_text(err))
            self.view.clear()
            return
        self.view.setHtml(determination_html(
            self.owner.case(), result, self.owner.regulations,
            title=self.owner.case_page.title_edit.text().strip(), with_allowed=False))

    def validatePage(self) -> bool:
        return self.owner.save()


# --------------------------------------------------------------------------------------


class AssessmentWizard(QWizard):
    """Walks a clerk from the facts of a case to a saved determination."""

    saved = Signal(object)  # the new determination's id (uuid.UUID)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # May raise NotSignedInError / PermissionDeniedError: the caller checks first.
        self.regulations: RegulationSet = services.regulations.regulations()
        self.units = services.units.list_all()
        actor = services.actor
        self.township_user = actor is not None and actor.scope_units is not None
        self.subjects: list[SubjectDraft] = []
        self.saved_id: uuid.UUID | None = None

        self.setWindowTitle(self.tr("New assessment"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveFinishButtonOnEarlyPages, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save"))
        self.case_page = CasePage(self)
        self.subjects_page = SubjectsPage(self)
        self.clauses_page = ClausesPage(self)
        self.determination_page = DeterminationPage(self)
        self.summary_page = SummaryPage(self)
        self.setPage(CASE_PAGE, self.case_page)
        self.setPage(SUBJECTS_PAGE, self.subjects_page)
        self.setPage(CLAUSES_PAGE, self.clauses_page)
        self.setPage(DETERMINATION_PAGE, self.determination_page)
        self.setPage(SUMMARY_PAGE, self.summary_page)
        self.setMinimumSize(QSize(900, 640))
        self.resize(1040, 720)
        fit_to_screen(self)

    def _page(self, page_id: int) -> _Page:
        page = self.page(page_id)
        assert isinstance(page, _Page)
        return page

    def effective_regulation(self) -> Regulation | None:
        """The regulation whose clauses are offered: the chosen one, else by the dates."""
        chosen = self.case_page.chosen_regulation_id()
        if chosen:
            return self.regulations.get(chosen)
        return (self.regulations.in_force_on(self.case_page.conduct_date)
                or self.regulations.in_force_on(self.case_page.decision_date))

    def case(self, with_measures: bool = True) -> dict[str, Any]:
        """The case input of `zeren assess` (docs/assess-schema.md)."""
        page = self.case_page
        data: dict[str, Any] = {
            "conduct_date": page.conduct_date.isoformat(),
            "decision_date": page.decision_date.isoformat(),
            "subjects": [s.to_input(with_measures) for s in self.subjects],
        }
        regulation = page.chosen_regulation_id()
        if regulation:
            data["regulation"] = regulation
        unit_year = page.unit_year()
        if unit_year is not None:
            data["unit_year"] = unit_year
        return data

    def assess(self, with_measures: bool = True) -> dict[str, Any]:
        return self.services.regulations.assess(self.case(with_measures),
                                                QCoreApplication.translate)

    def error_message(self, error: ValidationError) -> str:
        """The translated message, naming the subject when the field is a subject's."""
        text = error_text(error)
        _page_id, index = page_of_field(error.field)
        if index is not None and 0 <= index < len(self.subjects):
            return self.tr("{name}: {problem}").format(name=self.subjects[index].name,
                                                       problem=text)
        return text

    def show_error(self, error: ValidationError) -> None:
        """Show an invalid-input message on the page its field belongs to (going back)."""
        page_id, index = page_of_field(error.field)
        text = self.error_message(error)
        while self.currentId() > page_id:
            self.back()
        if page_id == CLAUSES_PAGE and index is not None and self.currentId() == CLAUSES_PAGE:
            self.clauses_page.select_subject(index)
        self._page(page_id).set_error(text)

    def save(self) -> bool:
        """Save the determination; False (and a message on its page) when refused."""
        if self.saved_id is not None:  # Finish validates once more before closing
            return True
        title = self.case_page.title_edit.text().strip()
        try:
            self.saved_id = self.services.regulations.save_determination(
                title, self.case(), self.case_page.unit_id())
        except ValidationError as err:
            if err.field == "title":
                while self.currentId() > CASE_PAGE:
                    self.back()
                self.case_page.set_error(error_text(err))
            else:
                self.show_error(err)
            return False
        except ZerenError as err:
            self.summary_page.set_error(error_text(err))
            return False
        self.saved.emit(self.saved_id)
        return True
