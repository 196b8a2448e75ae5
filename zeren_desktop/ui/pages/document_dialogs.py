"""The dialogs of the documents page: a new draft, editing a draft, returning it, signing
it, checking a PDF, and the administrator's template editor.

Every dialog writes through `DocumentService`; a refusal is shown in the dialog and
nothing is written.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.document_templates import DocumentParts, FieldInfo, fields_for
from zeren_desktop.domain.documents import DocumentKind
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.documents import CASE_KINDS, PER_SUBJECT_KINDS
from zeren_desktop.services.documents_dto import (
    DocumentDetail,
    DocumentRow,
    DraftEdit,
    TemplateInfo,
    VerifyResult,
)
from zeren_desktop.ui.common import (
    enum_label,
    error_text,
    format_date,
    format_utc,
    from_qdate,
)
from zeren_desktop.ui.pages.lists_page import ERROR_STYLE, NOTE_STYLE, FormDialog, error_label
from zeren_desktop.ui.widgets import make_date_edit
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen

# The kinds a user starts from this page, and what each is made from.
NEW_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind.PROPOSAL, DocumentKind.DECISION, DocumentKind.RECEIPT, DocumentKind.NOTICE,
    DocumentKind.TALK_RECORD, DocumentKind.LIST, DocumentKind.STATISTICS)
OK_STYLE = "color: #0b6b2b;"
PART_NAMES: tuple[str, ...] = ("title", "addressee", "signer", "copies_to", "page_signature",
                               "body")


def field_description(info: FieldInfo) -> str:
    return QCoreApplication.translate(  # i18n: marked elsewhere
        "DocumentFields", info.description)


def part_labels() -> dict[str, str]:
    """The names of a document's texts, as the forms label them."""
    return {
        "title": QCoreApplication.translate("DocumentDialogs", "Title"),
        "addressee": QCoreApplication.translate("DocumentDialogs", "Addressee (主送)"),
        "signer": QCoreApplication.translate("DocumentDialogs", "Issuer's signature (署名)"),
        "copies_to": QCoreApplication.translate("DocumentDialogs",
                                                "Copies to (抄送, one a line)"),
        "page_signature": QCoreApplication.translate("DocumentDialogs",
                                                     "Line at the foot of every page"),
        "body": QCoreApplication.translate("DocumentDialogs", "Body")}


def document_label(row: DocumentRow) -> str:
    """A document as one line: number (or kind), title."""
    head = row.number or enum_label(row.kind)
    return f"{head} {row.title}".strip()


def _part_edit(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(12 + lines * edit.fontMetrics().lineSpacing())
    return edit


class FieldList(QTableWidget):
    """The fields a kind's texts may use: `{name}` and, for a template, what it is; for a
    draft, its value instead, which the user may change (what it is shows below the list
    and as the tooltip). Double-click on a name inserts it where the cursor was."""

    insert_requested = Signal(str)

    def __init__(self, with_values: bool, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.with_values = with_values
        self.names: list[str] = []
        self.descriptions: list[str] = []
        self.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value") if with_values else self.tr("What it is")])
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if with_values:
            self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                 | QAbstractItemView.EditTrigger.EditKeyPressed
                                 | QAbstractItemView.EditTrigger.AnyKeyPressed)
        else:
            self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cellDoubleClicked.connect(self._double_clicked)

    def show_fields(self, kind: DocumentKind, values: dict[str, str] | None = None) -> None:
        infos = fields_for(kind)
        self.names = [info.name for info in infos]
        self.descriptions = [field_description(info) for info in infos]
        self.setRowCount(len(infos))
        for row, info in enumerate(infos):
            description = self.descriptions[row]
            name = QTableWidgetItem("{" + info.name + "}")
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setToolTip(self.tr("{what}. Double-click to put it into the text.").format(
                what=description))
            if self.with_values:
                value = (values or {}).get(info.name, "")
                second = QTableWidgetItem(value)
                second.setToolTip(f"{description}\n{value}" if value else description)
            else:
                second = QTableWidgetItem(description)
                second.setFlags(second.flags() & ~Qt.ItemFlag.ItemIsEditable)
                second.setToolTip(description)
            self.setItem(row, 0, name)
            self.setItem(row, 1, second)

    def values(self) -> dict[str, str]:
        if not self.with_values:
            return {}
        out: dict[str, str] = {}
        for row, name in enumerate(self.names):
            item = self.item(row, 1)
            text = item.text() if item is not None else ""
            if text:
                out[name] = text
        return out

    def value_item(self, name: str) -> QTableWidgetItem | None:
        return self.item(self.names.index(name), 1) if name in self.names else None

    def description(self, row: int) -> str:
        return self.descriptions[row] if 0 <= row < len(self.descriptions) else ""

    def select_field(self, name: str) -> None:
        if name in self.names:
            self.setCurrentCell(self.names.index(name), 1)

    def _double_clicked(self, row: int, column: int) -> None:
        if column == 0 and 0 <= row < len(self.names):
            self.insert_requested.emit(self.names[row])


class PartsEditor(QWidget):
    """The six texts of a template or a draft, with the field list beside them; the
    field chosen in the list goes into the text last edited, at its cursor."""

    changed = Signal()

    def __init__(self, with_values: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = part_labels()
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        for name in PART_NAMES:
            edit: QLineEdit | QPlainTextEdit
            if name == "body":
                body = QPlainTextEdit()
                body.setTabChangesFocus(True)
                body.setMinimumHeight(200)   # the dialogs fit a 1366×768 screen at 125 %
                body.setPlaceholderText(self.tr(
                    "One paragraph a line. Lines beginning 一、 （一） 1. are headings; a line"
                    " of | cells | is a table row. {field} is replaced by the field's value;"
                    " write {{ and }} for braces."))
                edit = body
            elif name == "copies_to":
                edit = _part_edit(3)
            else:
                edit = QLineEdit()
            self.edits[name] = edit
            if isinstance(edit, QLineEdit):
                edit.textEdited.connect(lambda _t: self.changed.emit())
            else:
                edit.textChanged.connect(self.changed.emit)
            label = QLabel(labels[name])
            label.setBuddy(edit)
            form.addRow(label, edit)
        self.last_edit: QLineEdit | QPlainTextEdit = self.edits["body"]
        for edit in self.edits.values():
            edit.installEventFilter(self)
        self.fields = FieldList(with_values)
        self.fields.insert_requested.connect(self.insert_field)
        hint = QLabel(self.tr("Fields: double-click a name to put it into the text where the"
                              " cursor is.") + (self.tr(" A value changed here prints"
                                                         " instead of the record's.")
                                                 if with_values else ""))
        hint.setStyleSheet(NOTE_STYLE)
        hint.setWordWrap(True)
        self.field_note = QLabel()
        self.field_note.setWordWrap(True)
        self.fields.currentCellChanged.connect(
            lambda row, _c, _r, _p: self.field_note.setText(self.fields.description(row)))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(hint)
        right_layout.addWidget(self.fields, 1)
        right_layout.addWidget(self.field_note)
        left = QWidget()
        left.setLayout(form)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.FocusIn and event.type() == QEvent.Type.FocusIn
                and isinstance(watched, QLineEdit | QPlainTextEdit)):
            self.last_edit = watched
        return False

    def set_parts(self, parts: DocumentParts) -> None:
        for name, text in parts.items():
            edit = self.edits[name]
            if isinstance(edit, QLineEdit):
                edit.setText(text)
                edit.setCursorPosition(0)
            else:
                edit.setPlainText(text)

    def parts(self) -> DocumentParts:
        texts = {name: (edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText())
                 for name, edit in self.edits.items()}
        return DocumentParts(**texts)

    def insert_field(self, name: str) -> None:
        edit = self.last_edit
        if isinstance(edit, QLineEdit):
            edit.insert("{" + name + "}")
        else:
            edit.insertPlainText("{" + name + "}")
        edit.setFocus()
        self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            edit.setReadOnly(read_only)

    def focus_part(self, name: str) -> QWidget | None:
        edit = self.edits.get(name)
        if edit is not None:
            edit.setFocus()
        return edit


class DraftEditor(FormDialog):
    """Edit a draft: its texts, the values of its fields, 份号, 密级 and the red issuer
    mark. Saving checks everything in the service; an unknown field or a bad value is
    shown and nothing is written."""

    def __init__(self, services: Services, detail: DocumentDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.detail = detail
        self.document_id = detail.id
        self.dirty = False
        self.setWindowTitle(self.tr("Edit draft — {title}").format(title=detail.title))
        self.issuer_edit = QLineEdit(detail.issuer_mark)
        self.issuer_edit.setMaxLength(100)
        self.issuer_edit.setPlaceholderText(
            self.tr("e.g. 中共青山县纪律检查委员会文件 (red, on top)"))
        self.copy_edit = QLineEdit(detail.copy_number)
        self.copy_edit.setMaxLength(6)
        self.copy_edit.setPlaceholderText(self.tr("e.g. 000012, or empty"))
        self.secrecy_edit = QLineEdit(detail.secrecy)
        self.secrecy_edit.setMaxLength(40)
        self.secrecy_edit.setPlaceholderText(self.tr("e.g. 秘密★1年, or empty"))
        head = QHBoxLayout()
        for label_text, edit, stretch in (
                (self.tr("Issuer &mark"), self.issuer_edit, 3),
                (self.tr("&份号"), self.copy_edit, 1),
                (self.tr("&密级"), self.secrecy_edit, 1)):
            label = QLabel(label_text)
            label.setBuddy(edit)
            head.addWidget(label)
            head.addWidget(edit, stretch)
            edit.textEdited.connect(self._changed)
        self.parts_editor = PartsEditor(with_values=True)
        self.parts_editor.set_parts(detail.parts)
        self.parts_editor.fields.show_fields(detail.kind, dict(detail.fields))
        self.parts_editor.changed.connect(self._changed)
        self.parts_editor.fields.itemChanged.connect(lambda _item: self._changed())
        self.parts_editor.fields.setToolTip(self.tr("Double-click a value to change it"))

        note = QLabel(self.tr("{kind}, made from the template version {version}. What prints"
                              " is the text with the fields filled in; Preview shows it.")
                      .format(kind=enum_label(detail.kind),
                              version=detail.template_version or "—"))
        note.setStyleSheet(NOTE_STYLE)
        note.setWordWrap(True)
        self.refill_button = self.buttons.addButton(
            self.tr("&Refill from the records"), QDialogButtonBox.ButtonRole.ActionRole)
        self.refill_button.setToolTip(self.tr(
            "Read the field values again from the case, talk or list (after they changed);"
            " the texts stay as edited"))
        self.refill_button.clicked.connect(self.refill)
        self.ok_button.setText(self.tr("&Save"))
        self.field_labels = dict(part_labels()) | {
            "issuer_mark": self.tr("Issuer mark"), "copy_number": "份号", "secrecy": "密级"}
        self.field_widgets = {"issuer_mark": self.issuer_edit, "copy_number": self.copy_edit,
                              "secrecy": self.secrecy_edit}
        body = QVBoxLayout()
        body.addWidget(note)
        body.addLayout(head)
        body.addWidget(self.parts_editor, 1)
        self.finish_layout(body)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.setStretch(0, 1)     # the texts take the height, not the space above the buttons
        layout.setStretch(2, 0)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)
        self.resize(1100, 760)
        fit_to_screen(self)
        self.parts_editor.edits["body"].setFocus()

    def _changed(self) -> None:
        self.dirty = True

    def value(self) -> DraftEdit:
        return DraftEdit(self.parts_editor.parts(), self.parts_editor.fields.values(),
                         self.issuer_edit.text(), self.copy_edit.text(),
                         self.secrecy_edit.text())

    def show_error(self, text: str, field: str | None = None) -> None:
        super().show_error(text, field)
        name = field or ""
        if name in PART_NAMES:
            self.parts_editor.focus_part(name)
        elif name.startswith("fields."):
            self.parts_editor.fields.select_field(name.removeprefix("fields."))
            self.parts_editor.fields.setFocus()

    def save(self) -> None:
        edit = self.value()
        if self.run(lambda: self.services.documents.update_draft(self.document_id, edit)):
            self.dirty = False
            self.accept()

    def refill(self) -> None:
        if self.dirty:
            answer = QMessageBox.question(
                self, self.tr("Refill from the records"),
                self.tr("Save your changes first? The field values are then read again from"
                        " the records; the texts stay as you wrote them."),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save)
            if answer != QMessageBox.StandardButton.Save:
                return
            edit = self.value()
            if not self.run(lambda: self.services.documents.update_draft(
                    self.document_id, edit)):
                return
        if not self.run(lambda: self.services.documents.refill(
                self.document_id, translate=QCoreApplication.translate)):
            return
        try:
            detail = self.services.documents.get(self.document_id)
        except ZerenError as err:
            self.show_error(error_text(err))
            return
        self.parts_editor.fields.blockSignals(True)
        self.parts_editor.fields.show_fields(detail.kind, dict(detail.fields))
        self.parts_editor.fields.blockSignals(False)
        self.dirty = False
        self.error_label.hide()

    def has_unsaved_changes(self) -> bool:
        return self.dirty

    def discard_question(self) -> str:
        return self.tr("Close without saving your changes to the draft?")

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)


class SourcePicker(QWidget):
    """Find a record by typing; the list shows what matches (number, title, names)."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[uuid.UUID, str]] = []
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Type part of a number, title or name"))
        self.search_edit.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.itemSelectionChanged.connect(self.chosen.emit)
        self.search_edit.returnPressed.connect(self.list.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list, 1)

    def set_entries(self, entries: Sequence[tuple[uuid.UUID, str]]) -> None:
        self.entries = list(entries)
        self._filter(self.search_edit.text())

    def _filter(self, text: str) -> None:
        words = text.split()
        self.list.clear()
        for record_id, label in self.entries:
            if all(word in label for word in words):
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, str(record_id))
                self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.chosen.emit()

    def current_id(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return uuid.UUID(str(item.data(Qt.ItemDataRole.UserRole)))

    def select(self, record_id: uuid.UUID) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == str(record_id):
                self.list.setCurrentRow(row)
                return


class NewDocumentDialog(FormDialog):
    """A new draft: the kind, then what it is made from (a case and its subject, a
    talk, a list, or the statistics period). The draft is filled from the records."""

    def __init__(self, services: Services, parent: QWidget | None = None, *,
                 kind: DocumentKind | None = None, case_id: uuid.UUID | None = None,
                 talk_id: uuid.UUID | None = None) -> None:
        super().__init__(services, parent)
        self.created_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("New document"))
        self.kind_combo = QComboBox()
        for item in NEW_KINDS:
            self.kind_combo.addItem(enum_label(item))
        self.loaded: set[str] = set()
        self.case_picker = SourcePicker()
        self.subject_combo = QComboBox()
        self.subject_ids: list[uuid.UUID] = []
        self.subject_label = QLabel(self.tr("&For"))
        self.subject_label.setBuddy(self.subject_combo)
        self.case_picker.chosen.connect(self._case_chosen)
        case_page = QWidget()
        case_layout = QFormLayout(case_page)
        case_layout.setContentsMargins(0, 0, 0, 0)
        case_layout.addRow(self.tr("&Case"), self.case_picker)
        case_layout.addRow(self.subject_label, self.subject_combo)
        self.talk_picker = SourcePicker()
        self.list_picker = SourcePicker()
        today = dt.date.today()
        quarter_start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        last_quarter_end = quarter_start - dt.timedelta(days=1)
        last_quarter_start = dt.date(last_quarter_end.year,
                                     3 * ((last_quarter_end.month - 1) // 3) + 1, 1)
        self.start_edit = make_date_edit(last_quarter_start)
        self.end_edit = make_date_edit(last_quarter_end)
        period_page = QWidget()
        period_layout = QFormLayout(period_page)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.addRow(self.tr("&From"), self.start_edit)
        period_layout.addRow(self.tr("&To"), self.end_edit)
        self.sources = QStackedWidget()
        for page in (case_page, self.talk_picker, self.list_picker, period_page):
            self.sources.addWidget(page)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(NOTE_STYLE)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.hint_label)
        form.addRow(self.sources)
        self.field_labels = {"kind": self.tr("Kind"), "subject_id": self.tr("For")}
        self.field_widgets = {"kind": self.kind_combo, "subject_id": self.subject_combo}
        self.ok_button.setText(self.tr("&Create draft"))
        self.finish_layout(form)
        self.resize(640, 560)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if kind is not None and kind in NEW_KINDS:
            self.kind_combo.setCurrentIndex(NEW_KINDS.index(kind))
        self._kind_changed()
        if case_id is not None:
            self.case_picker.select(case_id)
        if talk_id is not None:
            self.talk_picker.select(talk_id)

    def kind(self) -> DocumentKind:
        return NEW_KINDS[max(self.kind_combo.currentIndex(), 0)]

    def _kind_changed(self) -> None:
        kind = self.kind()
        hints = {
            DocumentKind.PROPOSAL: self.tr("Proposed to the body that decides: from a case."),
            DocumentKind.DECISION: self.tr("One per person or team held accountable: from a"
                                           " decided case."),
            DocumentKind.RECEIPT: self.tr("The receipt the person served signs: from a"
                                          " decided case, one per person."),
            DocumentKind.NOTICE: self.tr("The circulated notice of a typical case: from a"
                                         " case marked for circulation."),
            DocumentKind.TALK_RECORD: self.tr("The record of a talk, signed on every page by"
                                              " the person talked to."),
            DocumentKind.LIST: self.tr("A responsibility list as a document."),
            DocumentKind.STATISTICS: self.tr("The statistics report of a period."),
        }
        self.hint_label.setText(hints.get(kind, ""))
        self.error_label.hide()
        try:
            if kind in CASE_KINDS:
                self.sources.setCurrentIndex(0)
                self._load_cases()
                self._case_chosen()
            elif kind is DocumentKind.TALK_RECORD:
                self.sources.setCurrentIndex(1)
                self._load_talks()
            elif kind is DocumentKind.LIST:
                self.sources.setCurrentIndex(2)
                self._load_lists()
            else:
                self.sources.setCurrentIndex(3)
        except ZerenError as err:
            self.show_error(error_text(err))

    def _load_cases(self) -> None:
        if "cases" in self.loaded:
            return
        rows = self.services.cases.search()
        self.case_picker.set_entries([
            (r.id, f"{r.number}  {r.title}  {r.subjects}  [{enum_label(r.stage)}]")
            for r in rows])
        self.loaded.add("cases")

    def _load_talks(self) -> None:
        if "talks" in self.loaded:
            return
        rows = self.services.talks.search()
        self.talk_picker.set_entries([
            (r.id, f"{format_date(r.held_on)}  {enum_label(r.kind)}  {r.subject_name}"
                   f"  {r.unit_name}") for r in rows])
        self.loaded.add("talks")

    def _load_lists(self) -> None:
        if "lists" in self.loaded:
            return
        from zeren_desktop.ui.pages.lists_page import list_title

        rows = self.services.lists.search(year=dt.date.today().year,
                                          translate=QCoreApplication.translate)
        self.list_picker.set_entries([(r.id, list_title(r)) for r in rows])
        self.loaded.add("lists")

    def _case_chosen(self) -> None:
        kind = self.kind()
        per_subject = kind in PER_SUBJECT_KINDS
        self.subject_label.setVisible(per_subject)
        self.subject_combo.setVisible(per_subject)
        self.subject_combo.clear()
        self.subject_ids = []
        case_id = self.case_picker.current_id()
        if not per_subject or case_id is None:
            return
        try:
            detail = self.services.cases.get(case_id)
        except ZerenError as err:
            self.show_error(error_text(err))
            return
        for subject in detail.subjects:
            self.subject_ids.append(subject.id)
            self.subject_combo.addItem(subject.name)

    def save(self) -> None:
        kind = self.kind()
        documents = self.services.documents
        call: Callable[[], uuid.UUID]
        if kind in CASE_KINDS:
            case_id = self.case_picker.current_id()
            if case_id is None:
                self.show_error(self.tr("Choose the case the document is made from."))
                self.case_picker.search_edit.setFocus()
                return
            index = self.subject_combo.currentIndex()
            subject = (self.subject_ids[index] if kind in PER_SUBJECT_KINDS
                       and 0 <= index < len(self.subject_ids) else None)
            call = lambda: documents.create_from_case(  # noqa: E731 - one call
                case_id, kind, subject, translate=QCoreApplication.translate)
        elif kind is DocumentKind.TALK_RECORD:
            talk_id = self.talk_picker.current_id()
            if talk_id is None:
                self.show_error(self.tr("Choose the talk the record is of."))
                self.talk_picker.search_edit.setFocus()
                return
            call = lambda: documents.create_from_talk(talk_id)  # noqa: E731
        elif kind is DocumentKind.LIST:
            list_id = self.list_picker.current_id()
            if list_id is None:
                self.show_error(self.tr("Choose the responsibility list."))
                self.list_picker.search_edit.setFocus()
                return
            call = lambda: documents.create_from_list(list_id)  # noqa: E731
        else:
            start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
            if end < start:
                self.show_error(self.tr("The period ends before it starts."))
                self.end_edit.setFocus()
                return
            call = lambda: documents.create_statistics(  # noqa: E731
                start, end, translate=QCoreApplication.translate)

        def create() -> None:
            self.created_id = call()

        if self.run(create):
            self.accept()


class ReasonDialog(FormDialog):
    """Back to draft: the reason is required and kept with the document."""

    def __init__(self, services: Services, row: DocumentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.document_id = row.id
        self.setWindowTitle(self.tr("Return to draft"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("What must change, e.g. 处分依据条款有误"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("“{title}” goes back to its author as a draft.").format(
            title=row.title)))
        label = QLabel(self.tr("&Reason *"))
        label.setBuddy(self.reason_edit)
        form.addRow(label, self.reason_edit)
        self.field_labels = {"reason": self.tr("Reason")}
        self.field_widgets = {"reason": self.reason_edit}
        self.ok_button.setText(self.tr("&Return to draft"))
        self.finish_layout(form)
        self.resize(520, 280)
        self.reason_edit.setFocus()

    def save(self) -> None:
        reason = self.reason_edit.toPlainText()
        if self.run(lambda: self.services.documents.return_to_draft(self.document_id, reason)):
            self.accept()


class SignDialog(FormDialog):
    """Sign an approved document on a day (today by default, never a day to come)."""

    preview_requested = Signal()

    def __init__(self, services: Services, row: DocumentRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.document_id = row.id
        self.signed: DocumentRow | None = None
        self.setWindowTitle(self.tr("Sign the document"))
        self.date_edit = make_date_edit()
        self.date_edit.setMaximumDate(self.date_edit.date())
        warning = QLabel(self.tr(
            "Signing gives “{title}” its document number and makes its final PDF with a"
            " verification code. A signed document can never be edited again, only replaced"
            " by a new version that refers to it.").format(title=row.title))
        warning.setWordWrap(True)
        self.preview_button = self.buttons.addButton(
            self.tr("Pre&view…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview_requested.emit)
        form = QFormLayout()
        form.addRow(warning)
        form.addRow(self.tr("Signed &on (成文日期)"), self.date_edit)
        self.field_labels = {"on": self.tr("Signed on")}
        self.field_widgets = {"on": self.date_edit}
        self.ok_button.setText(self.tr("&Sign"))
        self.finish_layout(form)
        self.resize(560, 240)
        self.date_edit.setFocus()

    def save(self) -> None:
        day = from_qdate(self.date_edit.date())

        def sign() -> None:
            self.signed = self.services.documents.sign(self.document_id, day)

        if self.run(sign):
            self.accept()


class DropArea(QFrame):
    """A box a PDF can be dropped on."""

    dropped = Signal(Path)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumHeight(70)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.dropped.emit(Path(urls[0].toLocalFile()))
            event.acceptProposedAction()


class VerifyDialog(QDialog):
    """Is this PDF exactly a signed document of the office, and which?"""

    show_document = Signal(uuid.UUID)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.verified: VerifyResult | None = None
        self.setWindowTitle(self.tr("Verify a signed PDF"))
        intro = QLabel(self.tr(
            "Choose a PDF, or drop it here. The program compares it byte for byte with the"
            " signed documents kept in the database; the verification code in its footer"
            " names the document it claims to be."))
        intro.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("&Choose a PDF…"))
        self.choose_button.clicked.connect(lambda _c=False: self.choose())
        self.drop_area = DropArea(self.tr("Drop a PDF here"))
        self.drop_area.dropped.connect(self.check)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        font = self.verdict_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.verdict_label.setFont(font)
        # Scrolls rather than being cut off: a problem, the document named and the hash.
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.viewport().setAutoFillBackground(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.show_button = self.buttons.addButton(
            self.tr("&Show the document"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self._show_document)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.drop_area)
        layout.addWidget(self.file_label)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 460)

    def choose(self) -> None:
        from zeren_desktop.ui.pages.ledger_page import documents_folder

        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a PDF to verify"), str(documents_folder()),
            self.tr("PDF documents (*.pdf);;All files (*)"))
        if name:
            self.check(Path(name))

    def check(self, path: Path) -> VerifyResult | None:
        self.file_label.setText(self.tr("File: {file}").format(file=path))
        self.show_button.setEnabled(False)
        try:
            result = self.services.documents.verify(path)
        except (OSError, ZerenError) as err:
            reason = error_text(err) if isinstance(err, ZerenError) else str(err)
            self._verdict(self.tr("The file could not be checked: {reason}").format(
                reason=reason), ok=False)
            self.details.setPlainText("")
            self.verified = None
            return None
        self.verified = result
        lines: list[str] = []
        if result.matched and result.document is not None:
            doc = result.document
            self._verdict(self.tr("Genuine: this is exactly the signed document {label}.")
                          .format(label=document_label(doc)), ok=True)
            lines.append(self.tr("Signed by {name} on {date}; verification code {code}.")
                         .format(name=doc.signed_by_name or doc.signed_by,
                                 date=format_date(doc.document_date),
                                 code=doc.verification_code))
            if doc.superseded:
                lines.append(self.tr("Note: it has been superseded by a newer version."))
        else:
            problem = (result.problem.render(QCoreApplication.translate)
                       if result.problem is not None else "")
            self._verdict(self.tr("Not a signed document of this office as it was issued."),
                          ok=False)
            if problem:
                lines.append(problem)
            if result.resembles is not None and not problem:
                lines.append(self.tr("Its footer names {label}; the file differs from it.")
                             .format(label=document_label(result.resembles)))
        if not result.stored_intact:
            lines.append(self.tr("Warning: the copy kept in the database no longer matches"
                                 " its recorded fingerprint. Tell the administrator."))
        lines.append(self.tr("SHA-256 of the file: {hash}").format(hash=result.sha256))
        self.details.setPlainText("\n".join(lines))
        self.show_button.setEnabled((result.document or result.resembles) is not None)
        return result

    def _verdict(self, text: str, ok: bool) -> None:
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    def _show_document(self) -> None:
        found = None if self.verified is None else (
            self.verified.document or self.verified.resembles)
        if found is not None:
            self.show_document.emit(found.id)
            self.accept()


class TemplatesDialog(QDialog):
    """The administrator's editor of the templates: one kind at a time, any version to
    look at, saving always a new version (drafts keep their own copy)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.versions: list[TemplateInfo] = []
        self.dirty = False
        self.setWindowTitle(self.tr("Document templates"))
        self.kind_list = QListWidget()
        for kind in DocumentKind:
            self.kind_list.addItem(enum_label(kind))
        self.kind_list.setFixedWidth(max(self.kind_list.sizeHintForColumn(0) + 30, 150))
        self.version_combo = QComboBox()
        self.version_combo.currentIndexChanged.connect(lambda _i: self._show_version())
        self.in_use_label = QLabel()
        self.in_use_label.setStyleSheet(NOTE_STYLE)
        self.parts_editor = PartsEditor(with_values=False)
        self.parts_editor.changed.connect(self._changed)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("What changed and why (kept with the"
                                                  " version)"))
        self.note_edit.textEdited.connect(lambda _t: self._changed())
        self.error_label = error_label()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("&Save as a new version"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.restore_button = self.buttons.addButton(
            self.tr("Restore the &shipped text"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(lambda _c=False: self.restore_default())
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        version_label = QLabel(self.tr("&Version"))
        version_label.setBuddy(self.version_combo)
        top.addWidget(version_label)
        top.addWidget(self.version_combo, 1)
        top.addWidget(self.in_use_label)
        note_row = QHBoxLayout()
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note_edit)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note_edit, 1)
        right = QVBoxLayout()
        right.addLayout(top)
        right.addWidget(self.parts_editor, 1)
        right.addLayout(note_row)
        right.addWidget(self.error_label)
        right.addWidget(self.message_label)
        main = QHBoxLayout()
        main.addWidget(self.kind_list)
        main.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(main, 1)
        layout.addWidget(self.buttons)
        self.resize(1180, 780)
        fit_to_screen(self)
        self.kind_list.currentRowChanged.connect(self._kind_changed)
        self.kind_list.setCurrentRow(0)

    def kind(self) -> DocumentKind:
        return list(DocumentKind)[max(self.kind_list.currentRow(), 0)]

    def _changed(self) -> None:
        self.dirty = True

    def _confirm_discard(self) -> bool:
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Discard changes"),
            self.tr("Your changes to this template are not saved. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _kind_changed(self, _row: int) -> None:
        self.parts_editor.fields.show_fields(self.kind())
        self.load_versions()

    def load_versions(self, select: int | None = None) -> None:
        try:
            self.versions = self.services.documents.template_versions(self.kind())
        except ZerenError as err:
            self._error(error_text(err))
            self.versions = []
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        for info in self.versions:
            who = info.created_by or self.tr("shipped")
            text = self.tr("Version {n} — {when}, {who}").format(
                n=info.version, when=format_utc(info.created_at), who=who)
            if info.is_active:
                text += self.tr(" (in use)")
            self.version_combo.addItem(text)
        self.version_combo.blockSignals(False)
        numbers = [v.version for v in self.versions]
        self.version_combo.setCurrentIndex(numbers.index(select) if select in numbers else 0)
        self._show_version()

    def _show_version(self) -> None:
        index = self.version_combo.currentIndex()
        if not 0 <= index < len(self.versions):
            return
        info = self.versions[index]
        self.parts_editor.set_parts(info.parts)
        self.note_edit.setText(info.note)
        self.in_use_label.setText(self.tr("New drafts use this version.") if info.is_active
                                  else self.tr("An earlier version: saving makes it the one"
                                               " in use."))
        self.error_label.hide()
        self.dirty = False

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def save(self) -> bool:
        parts = self.parts_editor.parts()
        try:
            self.services.documents.save_template(self.kind(), parts, self.note_edit.text())
        except ValidationError as err:
            self._error(part_labels().get(err.field, "") + ("：" if err.field in PART_NAMES
                                                            else "") + error_text(err))
            if err.field in PART_NAMES:
                self.parts_editor.focus_part(err.field)
            return False
        except ZerenError as err:
            self._error(error_text(err))
            return False
        self.dirty = False
        self.load_versions()
        self.message_label.setText(self.tr("Saved as version {n}; new drafts use it.").format(
            n=self.versions[0].version if self.versions else "?"))
        return True

    def restore_default(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore the shipped text"),
            self.tr("Make the text shipped with the program the version in use for {kind}?"
                    " The current versions are kept.").format(kind=enum_label(self.kind())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.services.documents.restore_default_template(self.kind())
        except ZerenError as err:
            self._error(error_text(err))
            return False
        self.dirty = False
        self.load_versions()
        self.message_label.setText(self.tr("The shipped text is in use again."))
        return True

    def reject(self) -> None:
        if self._confirm_discard():
            super().reject()
