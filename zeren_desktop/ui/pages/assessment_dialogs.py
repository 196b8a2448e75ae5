"""The dialogs of the assessment page: the scoring wizard of one unit, the review, and the
administrator's indicator-sheet editor.

The wizard shows what the records say for the automatic items (with the records behind
them), takes the assessor's input for the manual ones, and explains every deduction
before saving; the service checks everything again and writes nothing on a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from zeren_desktop.domain.assessment import (
    Indicator,
    IndicatorSheet,
    ItemInput,
    Metric,
    RuleKind,
    SheetScore,
    format_points,
    indicator_from_dict,
    points,
    score_sheet,
)
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.assessment_dto import AssessmentDetail, ManualScore, SheetInfo
from zeren_desktop.ui.common import enum_label, error_text, format_date, format_utc
from zeren_desktop.ui.pages.lists_page import ERROR_STYLE, NOTE_STYLE, FormDialog, error_label
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen

RULES: tuple[RuleKind, ...] = tuple(RuleKind)
METRICS: tuple[Metric, ...] = tuple(Metric)


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _cell(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tip or text)
    return item


def explain(score: SheetScore, code: str) -> str:
    return score.item(code).explanation.render(QCoreApplication.translate)


def score_html(sheet: IndicatorSheet, score: SheetScore, comments: dict[str, str]) -> str:
    """The scored sheet as a table: category, item, points, score, how; subtotals, the
    total, and the veto when there is one."""
    from html import escape

    headers = (QCoreApplication.translate("AssessmentDialogs", "Item"),
               QCoreApplication.translate("AssessmentDialogs", "Full"),
               QCoreApplication.translate("AssessmentDialogs", "Score"),
               QCoreApplication.translate("AssessmentDialogs", "How"))
    rows = ["<tr style='background:#e8e8e8'>"
            + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr>"]
    subtotals = dict(score.subtotals)
    for category, items in sheet.categories():
        rows.append(f"<tr><td colspan='4'><b>{escape(category)}</b>"
                    f" — {escape(format_points(subtotals.get(category, Decimal(0))))}</td></tr>")
        for item in items:
            got = score.item(item.code)
            how = explain(score, item.code)
            if comments.get(item.code):
                how += "（" + comments[item.code] + "）"
            colour = " style='color:#a00000'" if got.deducted > 0 or got.vetoed else ""
            full = format_points(item.points) if item.counts_toward_total else ""
            rows.append(f"<tr><td>{escape(item.code)} {escape(item.name)}</td>"
                        f"<td align='right'>{escape(full)}</td>"
                        f"<td align='right'{colour}>{escape(format_points(got.points))}</td>"
                        f"<td{colour}>{escape(how)}</td></tr>")
    total = QCoreApplication.translate(
        "AssessmentDialogs", "Base {base} + bonus {bonus} = total {total} of {full}").format(
        base=format_points(score.base), bonus=format_points(score.bonus),
        total=format_points(score.total), full=format_points(sheet.full_marks))
    veto = ("<p style='color:#a00000'><b>" + escape(QCoreApplication.translate(
        "AssessmentDialogs", "One-vote veto: the unit ranks last whatever its score.")) +
            "</b></p>") if score.vetoed else ""
    return (f"<table border='1' cellspacing='0' cellpadding='3' width='100%'>{''.join(rows)}"
            f"</table><p><b>{escape(total)}</b></p>{veto}")


class ManualInput(QWidget):
    """The assessor's input for one manual item, by its rule, and the comment."""

    def __init__(self, item: Indicator, on_change: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.check: QCheckBox | None = None
        self.count: QSpinBox | None = None
        self.share: QDoubleSpinBox | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        rule = item.rule
        if rule is RuleKind.ALL_OR_NOTHING:
            self.check = QCheckBox(self.tr("Met"))
            self.check.toggled.connect(lambda _on: on_change())
            layout.addWidget(self.check)
        elif rule is RuleKind.VETO:
            self.check = QCheckBox(self.tr("The veto applies"))
            self.check.toggled.connect(lambda _on: on_change())
            layout.addWidget(self.check)
        elif rule is RuleKind.TEAM_AVERAGE:
            self.share = QDoubleSpinBox()
            self.share.setRange(0, 100)
            self.share.setDecimals(1)
            self.share.setSuffix(" %")
            self.share.valueChanged.connect(lambda _v: on_change())
            layout.addWidget(self.share)
        else:
            self.count = QSpinBox()
            self.count.setRange(0, 999)
            self.count.setSuffix(self.tr(" shortfalls") if rule is RuleKind.DEDUCTION
                                 else self.tr(" times"))
            self.count.valueChanged.connect(lambda _v: on_change())
            layout.addWidget(self.count)
        self.score_label = QLabel()
        self.score_label.setMinimumWidth(70)
        layout.addWidget(self.score_label)
        self.comment = QLineEdit()
        self.comment.setMaxLength(500)
        self.comment.setPlaceholderText(self.tr("Comment: what was found (required for a"
                                                " deduction)"))
        self.comment.textEdited.connect(lambda _t: on_change())
        layout.addWidget(self.comment, 1)

    def editor(self) -> QWidget:
        return self.check or self.count or self.share or self.comment

    def value(self) -> ManualScore:
        if self.check is not None:
            given = ItemInput(met=self.check.isChecked())
        elif self.share is not None:
            given = ItemInput(shares=(points(self.share.value() / 100),))
        else:
            assert self.count is not None
            given = ItemInput(count=self.count.value())
        return ManualScore(given, self.comment.text())

    def set_value(self, value: ManualScore) -> None:
        given = value.given
        if self.check is not None:
            self.check.setChecked(bool(given.met))
        elif self.share is not None:
            shares = given.shares or ()
            self.share.setValue(float(sum(shares) / len(shares) * 100) if shares else 0)
        elif self.count is not None:
            self.count.setValue(given.count or 0)
        self.comment.setText(value.comment)


class AutomaticPage(QWizardPage):
    """What the records say, item by item, with the records behind each figure."""

    def __init__(self, wizard: ScoringWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Items computed from the records"))
        self.setSubTitle(self.tr("Check the figures and the records they come from; refresh"
                                 " them after correcting a record."))
        self.table = _table([self.tr("Item"), self.tr("From the records"), self.tr("Score"),
                             self.tr("How")], 1)
        self.table.itemSelectionChanged.connect(self._show_evidence)
        self.evidence = _table([self.tr("Date"), self.tr("Record"), self.tr("Counts")], 1)
        self.refresh_button = QPushButton(self.tr("&Refresh from the records"))
        self.refresh_button.clicked.connect(lambda _c=False: self.owner.refresh())
        self.evidence_label = QLabel(self.tr("Records behind the selected item:"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.refresh_button)
        layout.addLayout(row)

    def show_detail(self, detail: AssessmentDetail) -> None:
        figures = detail.automatic
        self.table.setRowCount(len(figures))
        for index, figure in enumerate(figures):
            item = detail.sheet.sheet.indicator(figure.code)
            got = detail.score.item(figure.code)
            self.table.setItem(index, 0, _cell(f"{item.code} {item.name}", item.standard))
            self.table.setItem(index, 1, _cell(
                figure.summary.render(QCoreApplication.translate)))
            score = _cell(format_points(got.points))
            score.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, 2, score)
            self.table.setItem(index, 3, _cell(explain(detail.score, figure.code)))
        if figures:
            self.table.selectRow(0)
        self._show_evidence()

    def _show_evidence(self) -> None:
        detail = self.owner.detail
        rows = self.table.selectionModel().selectedRows()
        index = rows[0].row() if rows else -1
        evidence = detail.automatic[index].evidence if 0 <= index < len(
            detail.automatic) else ()
        self.evidence.setRowCount(len(evidence))
        for row, found in enumerate(evidence):
            self.evidence.setItem(row, 0, _cell(format_date(found.day)))
            self.evidence.setItem(row, 1, _cell(
                found.message.render(QCoreApplication.translate) if found.message is not None
                else found.text))
            self.evidence.setItem(row, 2, _cell("✓" if found.counts else ""))


class ManualPage(QWizardPage):
    """The items the assessor scores, each with its rule's input and a comment."""

    def __init__(self, wizard: ScoringWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Items the assessor scores"))
        self.setSubTitle(self.tr("Enter what was found; a deduction, a veto or an item not"
                                 " met needs a comment saying why."))
        self.inputs: dict[str, ManualInput] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)

    def build(self, detail: AssessmentDetail) -> None:
        sheet = detail.sheet.sheet
        for category, items in sheet.categories():
            manual = [i for i in items if not i.automatic]
            if not manual:
                continue
            title = QLabel(f"<b>{category}</b>")
            self.form.addRow(title)
            for item in manual:
                field = ManualInput(item, self.owner.changed)
                label = QLabel(f"{item.code} {item.name}")
                label.setWordWrap(True)
                label.setToolTip(item.standard)
                field.setToolTip(item.standard)
                label.setBuddy(field.editor())
                self.form.addRow(label, field)
                self.inputs[item.code] = field
                if item.code in detail.manual:
                    field.set_value(detail.manual[item.code])

    def values(self) -> dict[str, ManualScore]:
        return {code: field.value() for code, field in self.inputs.items()}

    def show_scores(self, score: SheetScore) -> None:
        for code, field in self.inputs.items():
            got = score.item(code)
            field.score_label.setText(format_points(got.points))
            field.score_label.setToolTip(explain(score, code))
            field.score_label.setStyleSheet(ERROR_STYLE if got.deducted > 0 or got.vetoed
                                            else "")


class SummaryPage(QWizardPage):
    """The whole sheet scored: subtotals, the total, every deduction explained."""

    def __init__(self, wizard: ScoringWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check and save"))
        self.setSubTitle(self.tr("Saved scores go to a reviewer, who reviews them before they"
                                 " are locked."))
        self.view = QTextBrowser()
        self.total_label = QLabel()
        font = self.total_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.total_label.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total_label)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        score = self.owner.preview_score()
        comments = {c: m.comment for c, m in self.owner.manual_page.values().items()}
        sheet = self.owner.detail.sheet.sheet
        self.total_label.setText(self.tr("Total: {total} of {full}").format(
            total=format_points(score.total), full=format_points(sheet.full_marks)) + (
            self.tr(" — vetoed") if score.vetoed else ""))
        self.view.setHtml(score_html(sheet, score, comments))

    def validatePage(self) -> bool:
        return self.owner.save()


class ScoringWizard(QWizard):
    """Score one unit: automatic items, manual items, then the summary that saves."""

    def __init__(self, services: Services, detail: AssessmentDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.detail = detail
        self.saved = False
        self.setWindowTitle(self.tr("Score {unit} for {year}").format(
            unit=detail.unit_name, year=detail.year))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.automatic_page = AutomaticPage(self)
        self.manual_page = ManualPage(self)
        self.summary_page = SummaryPage(self)
        self.addPage(self.automatic_page)
        self.addPage(self.manual_page)
        self.addPage(self.summary_page)
        self.manual_page.build(detail)
        self.automatic_page.show_detail(detail)
        self.changed()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Save scores"))
        self.resize(1000, 720)
        fit_to_screen(self)

    def inputs(self) -> dict[str, ItemInput]:
        given = {f.code: f.given for f in self.detail.automatic}
        given.update({code: m.given for code, m in self.manual_page.values().items()})
        return given

    def preview_score(self) -> SheetScore:
        return score_sheet(self.detail.sheet.sheet, self.inputs())

    def changed(self) -> None:
        try:
            self.manual_page.show_scores(self.preview_score())
            self.manual_page.error_label.hide()
        except ValidationError as err:
            self.manual_page.error_label.setText(error_text(err))
            self.manual_page.error_label.show()

    def refresh(self) -> None:
        try:
            self.services.assessment.refresh_automatic(self.detail.id)
            self.detail = self.services.assessment.get(self.detail.id)
        except ZerenError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return
        self.automatic_page.show_detail(self.detail)
        self.changed()

    def save(self) -> bool:
        """Write the manual scores; a refusal goes back to the item it names."""
        values = self.manual_page.values()
        try:
            self.services.assessment.save_scores(self.detail.id, values)
        except ValidationError as err:
            self.back()
            self.manual_page.error_label.setText(error_text(err))
            self.manual_page.error_label.show()
            field = self.manual_page.inputs.get(err.field)
            if field is not None:     # most refusals are a missing comment
                field.comment.setFocus()
            return False
        except ZerenError as err:
            QMessageBox.warning(self, self.windowTitle(), error_text(err))
            return False
        self.saved = True
        return True


class ReviewDialog(FormDialog):
    """The reviewer reads the scored sheet and passes it, or sends it back with a reason."""

    def __init__(self, services: Services, detail: AssessmentDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.detail = detail
        self.outcome = ""
        self.setWindowTitle(self.tr("Review the scores of {unit}").format(
            unit=detail.unit_name))
        view = QTextBrowser()
        view.setHtml(score_html(detail.sheet.sheet, detail.score, dict(detail.comments)))
        who = QLabel(self.tr("Scored by {name}, last saved {when}.").format(
            name=detail.assessor, when=format_utc(detail.updated_at)))
        who.setStyleSheet(NOTE_STYLE)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        self.note_edit.setPlaceholderText(self.tr("Review note; required when sending the"
                                                  " scores back"))
        self.ok_button.setText(self.tr("&Pass the review"))
        self.back_button = self.buttons.addButton(
            self.tr("Send &back to the assessor"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(self.send_back)
        form = QVBoxLayout()
        form.addWidget(who)
        form.addWidget(view, 1)
        label = QLabel(self.tr("&Note"))
        label.setBuddy(self.note_edit)
        form.addWidget(label)
        form.addWidget(self.note_edit)
        self.field_labels = {"reason": self.tr("Note"), "note": self.tr("Note")}
        self.field_widgets = {"reason": self.note_edit, "note": self.note_edit}
        self.finish_layout(form)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(0, 1)
        layout.setStretch(2, 0)
        self.resize(900, 700)
        fit_to_screen(self)

    def save(self) -> None:
        note = self.note_edit.toPlainText()
        if self.run(lambda: self.services.assessment.review(self.detail.id, note)):
            self.outcome = "reviewed"
            self.accept()

    def send_back(self) -> None:
        reason = self.note_edit.toPlainText()
        if self.run(lambda: self.services.assessment.reopen(self.detail.id, reason)):
            self.outcome = "reopened"
            self.accept()


SHEET_COLUMNS = ("code", "category", "name", "rule", "points", "per", "cap", "floor",
                 "metric", "standard")
# The long texts of the sheet: they share the width the other columns leave, over lines.
ITEM_COLUMN, STANDARD_COLUMN = SHEET_COLUMNS.index("name"), SHEET_COLUMNS.index("standard")
MIN_ITEM_WIDTH, MIN_STANDARD_WIDTH = 120, 160


class SheetEditor(QDialog):
    """The administrator edits a year's indicator sheet for a kind of unit as a table.
    A sheet that has scored a unit is kept; saving it makes a new version."""

    def __init__(self, services: Services, year: int, unit_kind: UnitKind,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.year = year
        self.unit_kind = unit_kind
        self.info: SheetInfo | None = None
        self.dirty = False
        self.setWindowTitle(self.tr("Indicator sheets"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.kind_combo = QComboBox()
        for kind in unit_kind_choices():
            self.kind_combo.addItem(enum_label(kind))
        self.kind_combo.setCurrentIndex(unit_kind_choices().index(unit_kind))
        self.year_spin.valueChanged.connect(lambda _v: self._switch())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._switch())
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.version_label = QLabel()
        self.version_label.setStyleSheet(NOTE_STYLE)
        self.version_label.setWordWrap(True)
        headers = [self.tr("Code"), self.tr("Category"), self.tr("Item"), self.tr("Rule"),
                   self.tr("Points"), self.tr("Per time"), self.tr("Bonus cap"),
                   self.tr("Floor"), self.tr("From the records"), self.tr("Scoring standard")]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # The item and its scoring standard wrap over lines (the rows grow to show them),
        # so that the standard is read in full beside the other columns.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.viewport().installEventFilter(self)
        self.table.itemChanged.connect(lambda _i: self._changed())
        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.clicked.connect(lambda _c=False: self.add_row())
        self.remove_button = QPushButton(self.tr("&Remove item"))
        self.remove_button.clicked.connect(lambda _c=False: self.remove_row())
        self.error_label = error_label()
        self.message_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.buttons.rejected.connect(self.reject)
        choose = QHBoxLayout()
        for text, widget in ((self.tr("&Year"), self.year_spin),
                             (self.tr("&Units"), self.kind_combo)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            choose.addWidget(caption)
            choose.addWidget(widget)
        choose.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("N&ote"), self.note_edit)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.remove_button)
        rows.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.version_label)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.error_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(1200, 720)
        fit_to_screen(self)
        self.load()

    def _changed(self) -> None:
        self.dirty = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The item and the scoring standard share the width the other columns leave
        (the item at most its one-line width), so no column goes past the right edge."""
        table = self.table
        others = sum(table.columnWidth(column) for column in range(table.columnCount())
                     if column not in (ITEM_COLUMN, STANDARD_COLUMN))
        room = table.viewport().width() - others
        item = min(max(room * 2 // 5, MIN_ITEM_WIDTH),
                   max(table.sizeHintForColumn(ITEM_COLUMN), MIN_ITEM_WIDTH))
        table.setColumnWidth(ITEM_COLUMN, item)
        table.setColumnWidth(STANDARD_COLUMN, max(room - item, MIN_STANDARD_WIDTH))

    def _switch(self) -> None:
        """Another year or kind: the unsaved changes are discarded after asking."""
        wanted = (self.year_spin.value(), unit_kind_choices()[self.kind_combo.currentIndex()])
        if wanted == (self.year, self.unit_kind):
            return
        if self.dirty and not self._discard():
            for widget in (self.year_spin, self.kind_combo):
                widget.blockSignals(True)
            self.year_spin.setValue(self.year)
            self.kind_combo.setCurrentIndex(unit_kind_choices().index(self.unit_kind))
            for widget in (self.year_spin, self.kind_combo):
                widget.blockSignals(False)
            return
        self.year, self.unit_kind = wanted
        self.message_label.clear()
        self.load()

    def _discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard changes"),
            self.tr("Your changes to the sheet are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def load(self) -> None:
        try:
            self.info = self.services.assessment.sheet(self.year, self.unit_kind)
        except ZerenError as err:
            self._error(error_text(err))
            return
        sheet = self.info.sheet
        self.table.blockSignals(True)
        self.title_edit.setText(sheet.title)
        self.note_edit.setText(sheet.note)
        self.table.setRowCount(0)
        for item in sheet.indicators:
            self.add_row(item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        self._fit_columns()
        self.version_label.setText(
            self.tr("Version {n}. It has scored units: saving makes a new version and the"
                    " scored ones keep this one.").format(n=self.info.version)
            if self.info.in_use else self.tr("Version {n}.").format(n=self.info.version))
        self.dirty = False

    def add_row(self, item: Indicator | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = ["", "", "", "", "", "", "", "", "", ""]
        if item is not None:
            values = [item.code, item.category, item.name, "", format_points(item.points),
                      format_points(item.per), format_points(item.cap),
                      format_points(item.floor), "", item.standard]
        for column, text in enumerate(values):
            if column in (3, 8):
                continue
            self.table.setItem(row, column, QTableWidgetItem(text))
        rule = QComboBox()
        for kind in RULES:
            rule.addItem(enum_label(kind))
        metric = QComboBox()
        for source in METRICS:
            metric.addItem(enum_label(source))
        if item is not None:
            rule.setCurrentIndex(RULES.index(item.rule))
            metric.setCurrentIndex(METRICS.index(item.metric))
        rule.currentIndexChanged.connect(lambda _i: self._changed())
        metric.currentIndexChanged.connect(lambda _i: self._changed())
        self.table.setCellWidget(row, 3, rule)
        self.table.setCellWidget(row, 8, metric)
        if item is None:
            self.table.setCurrentCell(row, 0)
            self._changed()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def sheet(self) -> IndicatorSheet:
        """The table as a sheet; ValueError names the row with a bad number."""
        items: list[Indicator] = []
        for row in range(self.table.rowCount()):
            def text(column: int, row: int = row) -> str:
                cell = self.table.item(row, column)
                return cell.text().strip() if cell is not None else ""

            rule = self.table.cellWidget(row, 3)
            metric = self.table.cellWidget(row, 8)
            assert isinstance(rule, QComboBox) and isinstance(metric, QComboBox)
            try:
                items.append(indicator_from_dict({
                    "code": text(0), "category": text(1), "name": text(2),
                    "rule": RULES[rule.currentIndex()].value,
                    "points": text(4) or "0", "per": text(5) or "0", "cap": text(6) or "0",
                    "floor": text(7) or "0", "metric": METRICS[metric.currentIndex()].value,
                    "standard": text(9)}))
            except ValueError as exc:
                raise ValueError(row) from exc
        return IndicatorSheet(self.year, self.unit_kind, self.title_edit.text().strip(),
                              tuple(items), self.note_edit.text().strip())

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> bool:
        self.error_label.hide()
        try:
            sheet = self.sheet()
        except ValueError as exc:
            row = int(exc.args[0]) if exc.args and isinstance(exc.args[0], int) else 0
            self._error(self.tr("Row {n}: the points must be numbers, e.g. 5 or 0.5.").format(
                n=row + 1))
            self.table.setCurrentCell(row, 4)
            return False
        try:
            self.info = self.services.assessment.save_sheet(self.year, self.unit_kind, sheet)
        except ValidationError as err:
            cells = [self.table.item(r, 0) for r in range(self.table.rowCount())]
            codes = [cell.text().strip() if cell is not None else "" for cell in cells]
            self._error(error_text(err))
            if err.field in codes:
                self.table.setCurrentCell(codes.index(err.field), 0)
            return False
        except ZerenError as err:
            self._error(error_text(err))
            return False
        self.load()
        self.message_label.setText(self.tr("Saved as version {n}.").format(
            n=self.info.version))
        return True

    def reject(self) -> None:
        if self.dirty and not self._discard():
            return
        super().reject()


def unit_kind_choices() -> tuple[UnitKind, ...]:
    """The kinds of unit the county assesses."""
    return (UnitKind.TOWNSHIP, UnitKind.DEPARTMENT)
