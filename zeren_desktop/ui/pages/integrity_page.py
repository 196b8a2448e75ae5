"""Talks & integrity files (谈话与廉政档案).

Four tabs: the talk records (廉政谈话、提醒谈话、约谈、诫勉谈话) with their follow-ups; who is
under an influence period on a day (for appointment checks); a cadre's integrity file
(all cases, measures, talks, clues and influence periods, across every post held); and
the integrity-clearance reply to the organisation department's list.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import re
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.documents import DocumentKind
from zeren_desktop.domain.enums import TalkKind
from zeren_desktop.domain.pinyin import is_initials_query
from zeren_desktop.domain.pinyin import matches as pinyin_matches
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.dto import CadreRow
from zeren_desktop.services.integrity import (
    ClearanceResult,
    InfluenceRow,
    IntegrityFile,
    chinese_date,
)
from zeren_desktop.services.talks_dto import TalkInput, TalkRow
from zeren_desktop.ui.common import enum_label, error_text, format_date, from_qdate, to_qdate
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.ledger_page import documents_folder, failure_text, with_suffix
from zeren_desktop.ui.pages.lists_page import (
    ERROR_STYLE,
    CadreFinder,
    FormDialog,
    fill_unit_combo,
    make_year_spin,
    spin_year,
)
from zeren_desktop.ui.pages.record_table import RecordTable
from zeren_desktop.ui.widgets import OptionalDateEdit, make_date_edit
from zeren_desktop.ui.widgets.pdf_preview import (
    PdfPreviewDialog,
    PdfPreviewOwner,
    preview_path,
)
from zeren_desktop.ui.widgets.phrases import attach_phrases
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen
from zeren_desktop.ui.worker import Task, run_task

KINDS: tuple[TalkKind, ...] = tuple(TalkKind)
FOLLOW_UP_SOON_DAYS = 7
DUE_BACKGROUND, DUE_TEXT = "#ffe8a8", "#4d3800"
UNKNOWN_BACKGROUND, UNKNOWN_TEXT = "#f8d7da", "#5f1018"


def one_line(text: str) -> str:
    return " ".join(text.split())


def _table(headers: Sequence[str], stretch: Sequence[int] = ()) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return table


def _fit(table: QTableWidget, columns: Sequence[int], widest: int = 220) -> None:
    for column in columns:
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, min(table.columnWidth(column) + 8, widest))


def _set_row(table: QTableWidget, index: int, cells: Sequence[str],
             tips: Sequence[str | None] = (), colours: tuple[str, str] | None = None) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        tip = tips[column] if column < len(tips) else None
        if tip:
            item.setToolTip(tip)
        if colours is not None:
            item.setBackground(QBrush(QColor(colours[0])))
            item.setForeground(QBrush(QColor(colours[1])))
        table.setItem(index, column, item)


# -- person fields


# Where one name ends in a free-text person field ("党委书记 欧阳晓燕", "王磊、刘芳").
_NAME_END = re.compile(r"[、,，;；/\s]")
PERSON_LIMIT = 20
_PERSON_TEXT_ROLE = Qt.ItemDataRole.UserRole + 60
# What the completer matches its prefix against: never set, so nothing is preselected.
_PERSON_NO_MATCH_ROLE = Qt.ItemDataRole.UserRole + 61


class _PersonCompleter(QCompleter):
    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        value = index.data(_PERSON_TEXT_ROLE)
        return value if isinstance(value, str) else ""


class PersonPick(QObject):
    """A free-text person field (talker, note-taker, approved by…) that finds the cadres of
    the records as a name or its pinyin initials is typed (`oyxy`: 欧阳晓燕), those picked
    lately first. Down and Enter (or a click) put the cadre's post and name
    (“党委书记 欧阳晓燕”) in place of what was typed, or only the name after words typed
    before it (“县纪委书记 ” or “王磊、”); other text stays as typed."""

    def __init__(self, edit: QLineEdit, services: Services) -> None:
        super().__init__(edit)
        self.edit = edit
        self.services = services
        self.rows: list[CadreRow] = []
        self.model = QStandardItemModel(self)
        self.completer = _PersonCompleter(self.model, edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(_PERSON_NO_MATCH_ROLE)
        self.completer.setMaxVisibleItems(10)
        edit.setCompleter(self.completer)
        # the QModelIndex overload (the stubs know no overloaded signals)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        edit.textEdited.connect(self.refresh)

    def refresh(self, text: str) -> None:
        """The cadres whose name or initials the name being typed matches."""
        start = max((m.end() for m in _NAME_END.finditer(text)), default=0)
        head, name = text[:start], text[start:]
        rows: list[CadreRow] = []
        if name and (is_initials_query(name) or not name.isascii()):
            try:
                found = self.services.cadres.search(name, limit=PERSON_LIMIT,
                                                    recent_first=True)
            except ZerenError:
                found = []
            rows = [r for r in found if pinyin_matches(name, r.name)]
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for row in rows:
            item = QStandardItem("　".join(p for p in (row.name, row.unit_name, row.title) if p))
            said = f"{row.title} {row.name}" if row.title and not head.strip() else row.name
            item.setData(head + said, _PERSON_TEXT_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and 0 <= index.row() < len(self.rows):
            self.services.cadres.note_used(self.rows[index.row()].id)


# -- talks


class TalkDialog(FormDialog):
    """Record or edit one talk; every field is reached with Tab, the form sent with Enter
    on OK (Ctrl+Enter from a text box)."""

    def __init__(self, services: Services, talk_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.talk_id = talk_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit talk record") if talk_id
                            else self.tr("New talk record"))
        self.setMinimumWidth(680)
        existing = services.talks.get(talk_id) if talk_id else None

        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(enum_label(kind))
        self.date_edit = make_date_edit()
        self.start_edit = self._line(5, self.tr("e.g. 09:30"))
        self.end_edit = self._line(5, self.tr("e.g. 10:15"))
        times = QHBoxLayout()
        times.addWidget(self.date_edit, 2)
        times.addWidget(QLabel(self.tr("from")))
        times.addWidget(self.start_edit, 1)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end_edit, 1)
        self.place_edit = self._line(200, self.tr("e.g. 县纪委谈话室"))

        self.cadre_radio = QRadioButton(self.tr("A ca&dre of the records"))
        self.name_radio = QRadioButton(self.tr("Someone &else"))
        self.subject_group = QButtonGroup(self)
        self.subject_group.addButton(self.cadre_radio, 0)
        self.subject_group.addButton(self.name_radio, 1)
        self.cadre_radio.setChecked(True)
        self.cadre_picker = CadreFinder(services)
        self.cadre_picker.results.setMinimumHeight(60)
        self.cadre_picker.results.setMaximumHeight(84)
        self.name_edit = self._line(200, self.tr("Name, e.g. 赵新（村党支部书记）"))
        self.unit_combo = QComboBox()
        self.unit_ids = fill_unit_combo(self.unit_combo, services,
                                        self.tr("(unit of the cadre's post that day)"))
        self.name_edit.hide()
        self.subject_group.idToggled.connect(self._subject_toggled)
        radios = QHBoxLayout()
        radios.addWidget(self.cadre_radio)
        radios.addWidget(self.name_radio)
        radios.addStretch(1)
        subject = QWidget()
        subject_layout = QVBoxLayout(subject)
        subject_layout.setContentsMargins(0, 0, 0, 0)
        subject_layout.addLayout(radios)
        subject_layout.addWidget(self.cadre_picker)
        subject_layout.addWidget(self.name_edit)

        self.talker_edit = self._line(200, self.tr("Unit, post and name, e.g. 县纪委书记 陈立"))
        self.note_taker_edit = self._line(200, self.tr("Unit, post and name"))
        self.approved_edit = self._line(200, self.tr("Who approved the talk"))
        self.basis_edit = self._text(40)
        self.reason_edit = self._text()
        self.content_edit = self._text(80)
        self.statement_edit = self._text()
        self.rectification_edit = self._text()
        self.deadline_edit = OptionalDateEdit(self.tr("No deadline"))
        self.deadline_edit.set_date(None)
        self.follow_up_edit = OptionalDateEdit(self.tr("None planned"))
        self.follow_up_edit.set_date(None)
        self.follow_up_note_edit = self._text(40)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("Date and time *"), times)
        form.addRow(self.tr("&Place"), self.place_edit)
        form.addRow(self.tr("Talked to *"), subject)
        form.addRow(self.tr("&Unit"), self.unit_combo)
        form.addRow(self.tr("&Talker *"), self.talker_edit)
        form.addRow(self.tr("&Note-taker"), self.note_taker_edit)
        form.addRow(self.tr("&Approved by"), self.approved_edit)
        form.addRow(self.tr("&Basis"), self.basis_edit)
        form.addRow(self.tr("&Reason"), self.reason_edit)
        form.addRow(self.tr("C&ontent"), self.content_edit)
        form.addRow(self.tr("&Statement of the person"), self.statement_edit)
        form.addRow(self.tr("Rectification re&quired"), self.rectification_edit)
        form.addRow(self.tr("Dead&line"), self.deadline_edit)
        form.addRow(self.tr("&Follow-up on"), self.follow_up_edit)
        form.addRow(self.tr("Follo&w-up result"), self.follow_up_note_edit)
        self.field_labels = {
            "kind": self.tr("Kind"), "held_on": self.tr("Date"),
            "start_time": self.tr("Start time"), "end_time": self.tr("End time"),
            "place": self.tr("Place"), "cadre_id": self.tr("Talked to"),
            "subject_name": self.tr("Talked to"), "unit_id": self.tr("Unit"),
            "talker": self.tr("Talker"), "note_taker": self.tr("Note-taker"),
            "approved_by": self.tr("Approved by"), "basis": self.tr("Basis"),
            "reason": self.tr("Reason"), "content": self.tr("Content"),
            "statement": self.tr("Statement of the person"),
            "rectification": self.tr("Rectification required"),
            "deadline": self.tr("Deadline"), "follow_up_on": self.tr("Follow-up on"),
            "follow_up_note": self.tr("Follow-up result")}
        self.field_widgets = {
            "kind": self.kind_combo, "held_on": self.date_edit, "start_time": self.start_edit,
            "end_time": self.end_edit, "place": self.place_edit,
            "cadre_id": self.cadre_picker, "subject_name": self.name_edit,
            "unit_id": self.unit_combo, "talker": self.talker_edit,
            "note_taker": self.note_taker_edit, "approved_by": self.approved_edit,
            "basis": self.basis_edit, "reason": self.reason_edit,
            "content": self.content_edit, "statement": self.statement_edit,
            "rectification": self.rectification_edit, "deadline": self.deadline_edit,
            "follow_up_on": self.follow_up_edit, "follow_up_note": self.follow_up_note_edit}
        # Taller than a 1366×768 screen: the form scrolls above the buttons there.
        self.finish_layout(form, scroll=True)
        # Fast entry: the office's phrases (F4) in the text fields.
        self.phrases = {field: attach_phrases(edit, services, field) for field, edit in (
            ("talk.place", self.place_edit), ("talk.basis", self.basis_edit),
            ("talk.reason", self.reason_edit), ("talk.content", self.content_edit),
            ("talk.statement", self.statement_edit),
            ("talk.rectification", self.rectification_edit))}
        # The people of the talk found in the records by name or pinyin initials.
        self.person_picks = [PersonPick(edit, services) for edit in (
            self.talker_edit, self.note_taker_edit, self.approved_edit)]
        for edit in (self.talker_edit, self.note_taker_edit, self.approved_edit):
            edit.setToolTip(self.tr("Type a name or its pinyin initials to choose a cadre of"
                                    " the records (post and name are filled in), or type"
                                    " the post and name yourself"))

        self.case_id: uuid.UUID | None = None
        if existing is not None:
            self._fill(existing)
        self.kind_combo.setFocus()

    def _line(self, limit: int, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(limit)
        edit.setPlaceholderText(placeholder)
        return edit

    @staticmethod
    def _text(height: int = 48) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def _subject_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.cadre_picker.setVisible(button_id == 0)
            self.name_edit.setVisible(button_id == 1)
            self.unit_combo.setItemText(0, self.tr("(unit of the cadre's post that day)")
                                        if button_id == 0 else self.tr("(choose a unit)"))

    def _fill(self, row: TalkRow) -> None:
        self.kind_combo.setCurrentIndex(KINDS.index(row.kind))
        self.date_edit.setDate(to_qdate(row.held_on))
        self.start_edit.setText(row.start_time)
        self.end_edit.setText(row.end_time)
        self.place_edit.setText(row.place)
        if row.cadre_id is not None:
            self.cadre_picker.select(row.cadre_id, row.subject_name)
        else:
            self.name_radio.setChecked(True)
            self.name_edit.setText(row.subject_name)
        if row.unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(row.unit_id))
        self.talker_edit.setText(row.talker)
        self.note_taker_edit.setText(row.note_taker)
        self.approved_edit.setText(row.approved_by)
        self.basis_edit.setPlainText(row.basis)
        self.reason_edit.setPlainText(row.reason)
        self.content_edit.setPlainText(row.content)
        self.statement_edit.setPlainText(row.statement)
        self.rectification_edit.setPlainText(row.rectification)
        self.deadline_edit.set_date(row.deadline)
        self.follow_up_edit.set_date(row.follow_up_on)
        self.follow_up_note_edit.setPlainText(row.follow_up_note)
        self.case_id = row.case_id

    def select_cadre(self, cadre_id: uuid.UUID, name: str) -> None:
        self.cadre_radio.setChecked(True)
        self.cadre_picker.select(cadre_id, name)

    def start_from(self, held_on: dt.date, talker: str) -> None:
        """A new talk: the date and talker of the talk recorded last."""
        self.date_edit.setDate(to_qdate(held_on))
        self.talker_edit.setText(talker)

    def value(self) -> TalkInput:
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        by_cadre = self.cadre_radio.isChecked()
        return TalkInput(
            kind=KINDS[max(self.kind_combo.currentIndex(), 0)],
            held_on=from_qdate(self.date_edit.date()),
            talker=self.talker_edit.text(),
            cadre_id=self.cadre_picker.cadre_id() if by_cadre else None,
            subject_name="" if by_cadre else self.name_edit.text(),
            unit_id=unit_id, start_time=self.start_edit.text(), end_time=self.end_edit.text(),
            place=self.place_edit.text(), note_taker=self.note_taker_edit.text(),
            approved_by=self.approved_edit.text(), basis=self.basis_edit.toPlainText(),
            reason=self.reason_edit.toPlainText(), content=self.content_edit.toPlainText(),
            statement=self.statement_edit.toPlainText(),
            rectification=self.rectification_edit.toPlainText(),
            deadline=self.deadline_edit.date(), follow_up_on=self.follow_up_edit.date(),
            follow_up_note=self.follow_up_note_edit.toPlainText(), case_id=self.case_id)

    def save(self) -> None:
        data = self.value()
        if self.cadre_radio.isChecked() and data.cadre_id is None:
            self.show_error(self.tr("Choose the cadre from the list, or choose “Someone else”"
                                    " and type the name."), "cadre_id")
            return

        def write() -> None:
            if self.talk_id is None:
                self.saved_id = self.services.talks.create(data)
            else:
                self.services.talks.update(self.talk_id, data)
                self.saved_id = self.talk_id

        if self.run(write):
            self.accept()


class TalksTab(RecordTable, QWidget):
    def __init__(self, services: Services, page: IntegrityPage) -> None:
        super().__init__()
        self.services = services
        self.page = page
        actor = services.actor
        self.editable = actor is not None and actor.can(Permission.EDIT_DRAFTS) \
            and not services.read_only
        self.rows: list[TalkRow] = []
        self.unit_ids: list[uuid.UUID | None] = [None]
        self.dialog: QDialog | None = None
        self.today = dt.date.today()
        # The date and talker of the talk saved last: a new talk starts with them.
        self.last_talk: tuple[dt.date, str] | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"))
        for kind in KINDS:
            self.kind_combo.addItem(enum_label(kind))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.year_spin = make_year_spin(None, self.tr("All years"))
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(12)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.due_box = QCheckBox(self.tr("Only follow-ups &due"))
        self.due_box.setToolTip(self.tr("Follow-ups planned within the next 7 days or earlier"
                                        " and not yet recorded"))
        self.due_box.toggled.connect(lambda _on: self.reload())
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Kind"), self.kind_combo),
                              (self.tr("&Year"), self.year_spin),
                              (self.tr("&Unit"), self.unit_combo)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.due_box)
        filters.addStretch(1)
        legend = QLabel(self.tr("Follow-up due"))
        legend.setStyleSheet(f"background: {DUE_BACKGROUND}; color: {DUE_TEXT};"
                             " padding: 2px 8px; border-radius: 3px;")
        filters.addWidget(legend)

        self.add_button = QPushButton(self.tr("&New talk record…"))
        self.add_button.setToolTip(self.tr("Record a talk (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_talk)
        new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_shortcut.activated.connect(self.add_talk)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected talk, e.g. to record the"
                                            " follow-up (Enter)"))
        self.edit_button.clicked.connect(self.edit_talk)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_talk)
        self.document_button = QPushButton(self.tr("Record for si&gning…"))
        self.document_button.setToolTip(self.tr(
            "Draft the talk record as a document (约谈/诫勉谈话记录) filled from this talk"))
        self.document_button.clicked.connect(self.request_document)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.document_button):
            actions.addWidget(button)
            button.setVisible(self.editable)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.table = _table([
            self.tr("Date"), self.tr("Kind"), self.tr("Talked to"), self.tr("Unit"),
            self.tr("Talker"), self.tr("Reason"), self.tr("Rectification deadline"),
            self.tr("Follow-up")], stretch=(5, 7))
        self.table.activated.connect(lambda _index: self.edit_talk())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_talk)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    def request_document(self) -> None:
        talk_id = self.selected_id()
        if talk_id is not None:
            self.page.document_requested.emit(DocumentKind.TALK_RECORD, talk_id)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        self.document_button.setEnabled(self.selected_id() is not None)

    def load_units(self) -> None:
        self.unit_combo.blockSignals(True)
        try:
            self.unit_ids = fill_unit_combo(self.unit_combo, self.services, self.tr("All units"))
        finally:
            self.unit_combo.blockSignals(False)

    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        kind_index = self.kind_combo.currentIndex()
        year = spin_year(self.year_spin)
        self.today = dt.date.today()
        try:
            rows = self.services.talks.search(
                kind=KINDS[kind_index - 1] if kind_index > 0 else None, unit_id=unit_id,
                date_from=dt.date(year, 1, 1) if year else None,
                date_to=dt.date(year, 12, 31) if year else None,
                follow_up_due=self.due_box.isChecked(), today=self.today,
                within_days=FOLLOW_UP_SOON_DAYS)
        except ACCESS_ERRORS as err:
            self.rows = []
            self.table.setRowCount(0)
            self.page.show_notice(err)
            return
        except ZerenError as err:
            self.page.show_message(error_text(err), failed=True)
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            follow_up = " ".join(part for part in (format_date(row.follow_up_on),
                                                   one_line(row.follow_up_note)) if part)
            due = row.follow_up_due(self.today, FOLLOW_UP_SOON_DAYS)
            _set_row(self.table, index, [
                format_date(row.held_on), enum_label(row.kind), row.subject_name,
                row.unit_name, row.talker, one_line(row.reason), format_date(row.deadline),
                follow_up], [None, None, None, None, None, row.reason, None,
                             row.follow_up_note or None],
                (DUE_BACKGROUND, DUE_TEXT) if due else None)
        _fit(self.table, (0, 1, 2, 3, 4, 6))
        due_count = sum(1 for r in rows if r.follow_up_due(self.today, FOLLOW_UP_SOON_DAYS))
        self.count_label.setText(self.tr("Talks: {n}; follow-ups due: {due}").format(
            n=len(rows), due=due_count))
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._update_buttons()

    def row_state(self, index: int) -> str:
        return "due" if self.rows[index].follow_up_due(self.today, FOLLOW_UP_SOON_DAYS) else ""

    def add_talk(self) -> None:
        if not self.editable or self.dialog is not None:
            return
        try:
            dialog = TalkDialog(self.services, parent=self)
        except ZerenError as err:
            self.page.show_message(error_text(err), failed=True)
            return
        if self.last_talk is not None:
            dialog.start_from(*self.last_talk)
        self._open(dialog, self._saved)

    def edit_talk(self) -> None:
        talk_id = self.selected_id()
        if talk_id is None or not self.editable or self.dialog is not None:
            return
        try:
            dialog = TalkDialog(self.services, talk_id, parent=self)
        except ZerenError as err:
            self.page.show_message(error_text(err), failed=True)
            self.reload()
            return
        self._open(dialog, self._saved)

    def _saved(self, dialog: QDialog) -> None:
        assert isinstance(dialog, TalkDialog)
        if dialog.talk_id is None:
            self.last_talk = (from_qdate(dialog.date_edit.date()),
                              dialog.talker_edit.text().strip())
        self.reload(dialog.saved_id)
        if dialog.saved_id is not None and self.selected_id() != dialog.saved_id:
            # Hidden by the filters: show everything so the user sees what was saved.
            self.kind_combo.setCurrentIndex(0)
            self.year_spin.setValue(self.year_spin.minimum())
            self.unit_combo.setCurrentIndex(0)
            self.due_box.setChecked(False)
            self.reload(dialog.saved_id)
        # One entry, every use: say whose ledgers the talk now feeds (or that none).
        names: list[str] = []
        if dialog.saved_id is not None:
            with contextlib.suppress(ZerenError):
                names = self.services.talks.ledger_names(dialog.saved_id)
        if names:
            self.page.show_message(self.tr(
                "The talk record was saved; the ledger of {names} has an entry for it.")
                .format(names="、".join(names)))
        else:
            self.page.show_message(self.tr(
                "The talk record was saved. No talker was found among the cadres of the"
                " records, so no ledger entry was made (write the talker's name as in the"
                " roster)."))

    def delete_talk(self) -> None:
        talk_id = self.selected_id()
        if talk_id is None or not self.editable:
            return
        row = self.rows[[r.id for r in self.rows].index(talk_id)]
        try:
            entries = len(self.services.talks.ledger_names(talk_id))
        except ZerenError as err:
            self.page.show_message(error_text(err), failed=True)
            return
        question = self.tr(
            "Delete the record of the talk with {name} on {date} and the {n} ledger entries "
            "made from it? This cannot be undone.") if entries else self.tr(
            "Delete the record of the talk with {name} on {date}? This cannot be undone.")
        answer = QMessageBox.question(
            self, self.tr("Delete talk record"),
            question.format(name=row.subject_name, date=format_date(row.held_on), n=entries),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.talks.delete(talk_id)
        except ZerenError as err:
            self.page.show_message(self.tr("The talk record was not deleted: {reason}").format(
                reason=error_text(err)), failed=True)
            return
        self.reload()
        self.page.show_message(self.tr("The talk record was deleted."))


# -- influence periods


class InfluenceTab(QWidget):
    """Who is under an influence period on a day (starts on or before it, ends after it)."""

    def __init__(self, services: Services, page: IntegrityPage) -> None:
        super().__init__()
        self.services = services
        self.page = page
        self.rows: list[InfluenceRow] = []
        self.line_rows: list[InfluenceRow] = []   # the cadre of each table row
        self.unit_ids: list[uuid.UUID | None] = [None]
        self.date_edit = make_date_edit()
        self.unit_combo = QComboBox()
        self.unit_combo.setMinimumContentsLength(12)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.date_edit.dateChanged.connect(lambda _d: self.search())
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.search())
        self.file_button = QPushButton(self.tr("Integrity fi&le…"))
        self.file_button.setToolTip(self.tr("The integrity file of the selected cadre"))
        self.file_button.clicked.connect(self.open_file)
        row = QHBoxLayout()
        for label, widget in ((self.tr("On &date"), self.date_edit),
                              (self.tr("&Unit"), self.unit_combo)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(8)
        row.addWidget(self.search_button)
        row.addStretch(1)
        row.addWidget(self.file_button)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.table = _table([
            self.tr("Name"), self.tr("Unit that day"), self.tr("Post that day"),
            self.tr("Measure"), self.tr("Until"), self.tr("Restriction"), self.tr("Case")],
            stretch=(5,))
        self.table.activated.connect(lambda _index: self.open_file())
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)

    def load_units(self) -> None:
        self.unit_combo.blockSignals(True)
        try:
            self.unit_ids = fill_unit_combo(self.unit_combo, self.services, self.tr("All units"))
        finally:
            self.unit_combo.blockSignals(False)

    def search(self) -> None:
        on = from_qdate(self.date_edit.date())
        index = self.unit_combo.currentIndex()
        unit_id = self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None
        try:
            self.rows = self.services.integrity.under_influence(on, unit_id)
        except ACCESS_ERRORS as err:
            self.rows = []
            self.table.setRowCount(0)
            self.page.show_notice(err)
            return
        except ZerenError as err:
            self.page.show_message(error_text(err), failed=True)
            return
        lines: list[tuple[InfluenceRow, int]] = []
        for row in self.rows:
            lines += [(row, n) for n in range(len(row.periods))]
        self.table.setRowCount(len(lines))
        for index, (row, n) in enumerate(lines):
            period = row.periods[n]
            first = n == 0
            _set_row(self.table, index, [
                row.name if first else "", row.unit_name if first else "",
                row.post_title if first else "", period.measure_name,
                format_date(period.until), period.restriction, period.case_number])
        _fit(self.table, (0, 1, 2, 3, 4, 6))
        self.line_rows = [row for row, _n in lines]
        self.count_label.setText(self.tr(
            "{n} cadres are under an influence period on {date}.").format(
            n=len(self.rows), date=format_date(on)))

    def selected_cadre(self) -> InfluenceRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.line_rows[index] if 0 <= index < len(self.line_rows) else None

    def open_file(self) -> None:
        row = self.selected_cadre()
        if row is not None:
            self.page.show_file(row.cadre_id, row.name, from_qdate(self.date_edit.date()))


# -- the integrity file


class FileView(QTextBrowser):
    """A cadre's integrity file as one readable page."""

    def show_file(self, f: IntegrityFile) -> None:
        self.file = f
        self.setHtml(self.file_html(f))

    def file_html(self, f: IntegrityFile) -> str:
        e = html.escape

        def heading(level: int, text: str) -> str:
            return f"<h{level}>{e(text)}</h{level}>"

        def table(headers: Sequence[str], rows: Sequence[Sequence[str]], empty: str) -> str:
            if not rows:
                return f"<p><i>{e(empty)}</i></p>"
            head = "".join(f"<th align='left'>{e(h)}</th>" for h in headers)
            body = "".join("<tr>" + "".join(
                f"<td>{e(c).replace(chr(10), '<br>')}</td>" for c in row) + "</tr>"
                for row in rows)
            return (f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
                    f"<tr style='background:#eeeeee'>{head}</tr>{body}</table>")

        particulars = "　".join(part for part in (
            enum_label(f.sex), format_date(f.birth_date), f.id_number, f.party_standing,
            enum_label(f.rank)) if part)
        title = self.tr("Integrity file of {name}").format(name=f.name)
        note = self.tr("Influence periods are shown as active on {date}.").format(
            date=format_date(f.on))
        parts = [heading(2, title), f"<p>{e(particulars)}</p>", f"<p>{e(note)}</p>"]
        parts.append(heading(3, self.tr("Posts held")))
        parts.append(table(
            [self.tr("Unit"), self.tr("Post"), self.tr("From"), self.tr("To")],
            [[p.unit_name, p.title, format_date(p.start_date),
              format_date(p.end_date) or self.tr("now")] for p in f.posts],
            self.tr("No posts recorded.")))
        parts.append(heading(3, self.tr("Accountability cases")))
        parts.append(table(
            [self.tr("Case"), self.tr("Stage"), self.tr("Decided"), self.tr("Unit and post then"),
             self.tr("Measures"), self.tr("Appeal")],
            [[f"{c.number}\n{c.title}", enum_label(c.stage), format_date(c.decision_date),
              "　".join(filter(None, (c.unit_name, c.post_title))), "、".join(c.measure_names),
              "\n".join(self.tr("Filed {filed}; {state}").format(
                  filed=format_date(a.filed_on),
                  state=enum_label(a.outcome) if a.outcome else self.tr("answer due {date}").format(
                      date=format_date(a.answer_due))) for a in c.appeals)]
             for c in f.cases],
            self.tr("No accountability cases.")))
        parts.append(heading(3, self.tr("Influence periods")))
        parts.append(table(
            [self.tr("Measure"), self.tr("Months"), self.tr("From"), self.tr("Until"),
             self.tr("Restriction"), self.tr("Case"), self.tr("State")],
            [[p.measure_name, str(p.months), format_date(p.starts_on), format_date(p.until),
              p.restriction, p.case_number,
              self.tr("Active") if p.active_on(f.on) else (
                  self.tr("Ended") if p.until <= f.on else self.tr("Not yet begun"))]
             for p in f.periods],
            self.tr("No influence periods.")))
        parts.append(heading(3, self.tr("Talks")))
        parts.append(table(
            [self.tr("Date"), self.tr("Kind"), self.tr("Talker"), self.tr("Reason"),
             self.tr("Follow-up")],
            [[format_date(t.held_on), enum_label(t.kind), t.talker, t.reason,
              " ".join(filter(None, (format_date(t.follow_up_on), t.follow_up_note)))]
             for t in f.talks],
            self.tr("No talks.")))
        parts.append(heading(3, self.tr("Problem clues")))
        parts.append(table(
            [self.tr("Number"), self.tr("Received"), self.tr("Source"), self.tr("Handling"),
             self.tr("Result"), self.tr("State")],
            [[c.number, format_date(c.received_on), enum_label(c.source),
              enum_label(c.handling), enum_label(c.result),
              self.tr("Open") if c.is_open else self.tr("Concluded")] for c in f.clues],
            self.tr("No problem clues.")))
        return "\n".join(parts)


class FileTab(QWidget):
    def __init__(self, services: Services, page: IntegrityPage) -> None:
        super().__init__()
        self.services = services
        self.page = page
        self.finder = CadreFinder(services)
        self.finder.results.setMaximumHeight(120)
        self.date_edit = make_date_edit()
        self.show_button = QPushButton(self.tr("&Show file"))
        self.show_button.clicked.connect(self.show_selected)
        self.finder.results.activated.connect(lambda _i: self.show_selected())
        self.print_button = QPushButton(self.tr("&Print to PDF…"))
        self.print_button.clicked.connect(lambda: self.print_pdf())
        self.print_button.setEnabled(False)
        self.view = FileView()
        controls = QHBoxLayout()
        caption = QLabel(self.tr("Periods active &on"))
        caption.setBuddy(self.date_edit)
        controls.addWidget(caption)
        controls.addWidget(self.date_edit)
        controls.addWidget(self.show_button)
        controls.addStretch(1)
        controls.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Ca&dre"))
        label.setBuddy(self.finder)
        layout.addWidget(label)
        layout.addWidget(self.finder)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)

    def show_cadre(self, cadre_id: uuid.UUID, name: str, on: dt.date | None = None) -> None:
        if on is not None:
            self.date_edit.setDate(to_qdate(on))
        self.finder.select(cadre_id, name)
        self.show_selected()

    def show_selected(self) -> None:
        cadre_id = self.finder.cadre_id()
        if cadre_id is None:
            self.page.show_message(self.tr("Choose a cadre first."), failed=True)
            return
        try:
            f = self.services.integrity.file(cadre_id, from_qdate(self.date_edit.date()))
        except ZerenError as err:
            self.page.show_message(error_text(err), failed=True)
            return
        self.view.show_file(f)
        self.print_button.setEnabled(True)
        self.page.show_message("")

    def print_pdf(self, target: Path | None = None) -> Path | None:
        if not self.print_button.isEnabled():
            return None
        if target is None:
            default = documents_folder() / (self.tr("Integrity file {name}").format(
                name=self.view.file.name) + ".pdf")
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Print the integrity file"), str(default),
                self.tr("PDF files (*.pdf)"))
            if not name:
                return None
            target = with_suffix(name, ".pdf")
        return print_document(self.view, target, self.page.show_message)


def print_document(view: QTextBrowser, target: Path,
                   report: Callable[..., None]) -> Path | None:
    """The text of the view as an A4 PDF (Qt's own writer; the font is embedded)."""
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(target))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    writer.setCreator("Zeren Desktop")
    document = view.document().clone()
    document.setPageSize(QSizeF())   # laid out afresh for the page, at the page's scale
    document.print_(writer)
    del writer
    if not target.exists():
        report(QCoreApplication.translate("IntegrityPage", "The file was not written: {file}")
               .format(file=target), failed=True)
        return None
    report(QCoreApplication.translate("IntegrityPage", "Saved: {file}").format(file=target))
    return target


class IntegrityFileDialog(QDialog):
    """A cadre's integrity file in a window of its own (from the cadre list)."""

    def __init__(self, services: Services, cadre_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Integrity file"))
        self.resize(820, 640)
        fit_to_screen(self)  # a 1366×768 screen at 125 % has 552 px
        self.view = FileView()
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        file = services.integrity.file(cadre_id)   # a refusal is the caller's to show
        self.view.show_file(file)
        self.setWindowTitle(self.tr("Integrity file of {name}").format(name=file.name))


# -- the clearance reply


class ClearanceTab(PdfPreviewOwner, QWidget):
    def __init__(self, services: Services, page: IntegrityPage) -> None:
        super().__init__()
        self.services = services
        self.page = page
        self.path: Path | None = None
        self.result: ClearanceResult | None = None
        self.task: Task | None = None
        self.written: Path | None = None
        self.preview_dialog: PdfPreviewDialog | None = None

        self.date_edit = make_date_edit()
        self.date_edit.setToolTip(self.tr("Influence periods and measures as on this day"))
        self.addressee_edit = QLineEdit()
        self.addressee_edit.setMaxLength(100)
        self.addressee_edit.setPlaceholderText(self.tr("e.g. 中共青山县委组织部"))
        self.load_button = QPushButton(self.tr("&Load the list…"))
        self.load_button.setToolTip(self.tr(
            "The organisation department's list (.xlsx, .xls, .ods or .csv) with the columns "
            "姓名, 身份证号, 单位, 职务 in any order"))
        self.load_button.clicked.connect(lambda: self.load_list())
        self.preview_button = QPushButton(self.tr("Pre&view…"))
        self.preview_button.setToolTip(self.tr("The reply as it will print, to read or print"
                                               " before it is signed"))
        self.preview_button.clicked.connect(lambda: self.preview_pdf())
        self.pdf_button = QPushButton(self.tr("Write &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.write_pdf())
        self.xlsx_button = QPushButton(self.tr("Write E&xcel…"))
        self.xlsx_button.clicked.connect(lambda: self.write_xlsx())
        self.open_button = QPushButton(self.tr("Op&en"))
        self.open_button.clicked.connect(self.open_written)
        self.open_button.hide()
        self.document_button = QPushButton(self.tr("Draft for si&gning"))
        self.document_button.setToolTip(self.tr(
            "Make the reply a document on the Documents page, to submit, sign and number"))
        self.document_button.clicked.connect(lambda: self.draft_document())
        actor = services.actor
        self.document_button.setVisible(
            actor is not None and actor.can(Permission.EDIT_DRAFTS) and not services.read_only)
        self.addressee_edit.setMinimumWidth(360)
        self.date_edit.dateChanged.connect(lambda _d: self._date_changed())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Records as &on"), self.date_edit)
        form.addRow(self.tr("&Addressed to"), self.addressee_edit)
        buttons = QHBoxLayout()
        for button in (self.load_button, self.preview_button, self.pdf_button,
                       self.xlsx_button, self.document_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.summary_label = QLabel(self.tr("Load the list the organisation department sent."))
        self.summary_label.setWordWrap(True)
        self.table = _table([
            self.tr("Row"), self.tr("Name"), self.tr("ID number"), self.tr("Unit"),
            self.tr("Post"), self.tr("Found by"), self.tr("Conclusion")], stretch=(6,))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        self.load_button.setEnabled(idle)
        self.pdf_button.setEnabled(idle and self.result is not None)
        self.preview_button.setEnabled(idle and self.result is not None)
        self.xlsx_button.setEnabled(idle and self.result is not None)
        self.document_button.setEnabled(idle and self.result is not None)

    def draft_document(self) -> uuid.UUID | None:
        """The reply as a draft document, to go through sign-off like the others."""
        if self.result is None or self.task is not None:
            return None
        try:
            document_id = self.services.documents.create_clearance(
                self.result.requests, self.result.on, addressee=self.addressee_edit.text(),
                translate=QCoreApplication.translate)
        except ZerenError as err:
            self.page.show_message(error_text(err), failed=True)
            return None
        self.page.document_created.emit(document_id)
        return document_id

    def on(self) -> dt.date:
        return from_qdate(self.date_edit.date())

    def _date_changed(self) -> None:
        # The answers depend on the day: answer the loaded list again.
        if self.path is not None and self.result is not None and self.task is None:
            self.load_list(self.path)

    def load_list(self, path: Path | None = None) -> Task | None:
        if self.task is not None:
            return None
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("The organisation department's list"), str(documents_folder()),
                self.tr("Spreadsheets (*.xlsx *.xls *.ods *.csv)"))
            if not name:
                return None
            path = Path(name)
        self.path = path
        self.result = None
        self.table.setRowCount(0)
        self.summary_label.setText(self.tr("Reading {file}…").format(file=path.name))
        task = run_task(self.services.integrity.clearance_file, path, self.on(),
                        progress_label=self.tr("Reading the list…"), parent=self)
        task.succeeded.connect(self._loaded)
        task.failed.connect(lambda error: self._failed(
            self.tr("The list was not read: {reason}"), error))
        self.task = task
        self._update_buttons()
        return task

    def _loaded(self, result: object) -> None:
        assert isinstance(result, ClearanceResult)
        self.task = None
        self.result = result
        found = {"id_number": self.tr("ID number"), "name_unit": self.tr("Name and unit"),
                 "": self.tr("Not found")}
        self.table.setRowCount(len(result.answers))
        for index, answer in enumerate(result.answers):
            r = answer.request
            conclusion = answer.conclusion(QCoreApplication.translate)
            _set_row(self.table, index, [
                str(r.row), r.name, r.id_number, r.unit, r.post, found[answer.matched_by],
                conclusion], [None] * 6 + [conclusion],
                None if answer.matched else (UNKNOWN_BACKGROUND, UNKNOWN_TEXT))
        _fit(self.table, (0, 1, 2, 3, 4, 5))
        text = self.tr("{n} people; {unknown} not found in the records (red). Records as on "
                       "{date}.").format(n=len(result.answers), unknown=len(result.unknown),
                                         date=chinese_date(result.on))
        if result.problems:
            text += " " + self.tr("Rows left out: {rows}").format(
                rows=", ".join(str(p.row) for p in result.problems))
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet("")
        self._update_buttons()
        if result.on != self.on() and self.path is not None:
            self.load_list(self.path)   # the day was changed while the list was read

    def _failed(self, template: str, error: object) -> None:
        self.task = None
        self.summary_label.setText(template.format(reason=failure_text(error)))
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self._update_buttons()

    def _target(self, target: Path | None, suffix: str, kind: str) -> Path | None:
        if target is not None:
            return target
        default = documents_folder() / (self.tr("Integrity clearance reply") +
                                        f"-{dt.date.today():%Y%m%d}{suffix}")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the reply"),
                                                    str(default), kind)
        return with_suffix(name, suffix) if name else None

    def write_pdf(self, target: Path | None = None) -> Task | None:
        if self.task is not None or self.result is None:
            return None
        target = self._target(target, ".pdf", self.tr("PDF files (*.pdf)"))
        if target is None:
            return None
        task = run_task(self.services.integrity.clearance_pdf, target, self.result.requests,
                        self.result.on, addressee=self.addressee_edit.text(),
                        translate=QCoreApplication.translate,
                        progress_label=self.tr("Writing the reply…"), parent=self)
        task.succeeded.connect(lambda _pages: self._written(target))
        task.failed.connect(lambda error: self._failed(
            self.tr("The reply was not written: {reason}"), error))
        self.task = task
        self._update_buttons()
        return task

    def preview_pdf(self) -> Task | None:
        """Write the reply into a temporary file in the worker, then show it."""
        if self.task is not None or self.result is None:
            return None
        name = self.tr("Integrity clearance reply")
        target = preview_path(f"{name}-{dt.date.today():%Y%m%d}.pdf")
        task = self.preview_in_worker(
            target, name, self.services.integrity.clearance_pdf, target, self.result.requests,
            self.result.on, addressee=self.addressee_edit.text(),
            translate=QCoreApplication.translate,
            progress_label=self.tr("Writing the reply…"),
            on_ready=lambda _pages: self._task_done(),
            on_failed=lambda error: self._failed(
                self.tr("The reply was not written: {reason}"), error))
        self.task = task
        self._update_buttons()
        return task

    def _task_done(self) -> None:
        self.task = None
        self._update_buttons()

    def write_xlsx(self, target: Path | None = None) -> Task | None:
        if self.task is not None or self.result is None:
            return None
        target = self._target(target, ".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if target is None:
            return None
        task = run_task(self.services.integrity.clearance_xlsx, target, self.result.requests,
                        self.result.on, translate=QCoreApplication.translate,
                        progress_label=self.tr("Writing the reply…"), parent=self)
        task.succeeded.connect(lambda _rows: self._written(target))
        task.failed.connect(lambda error: self._failed(
            self.tr("The reply was not written: {reason}"), error))
        self.task = task
        self._update_buttons()
        return task

    def _written(self, target: Path) -> None:
        self.task = None
        self.written = target
        self.summary_label.setStyleSheet("")
        self.summary_label.setText(self.tr("Saved: {file}").format(file=target))
        self.open_button.show()
        self._update_buttons()

    def open_written(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))


# -- the page


class IntegrityPage(GuardedPage):
    # (DocumentKind, talk id): a document to draft on the documents page.
    document_requested = Signal(object, object)
    document_created = Signal(object)   # the id of a draft made here

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stale = False
        self.tabs = QTabWidget()
        self.talks_tab = TalksTab(services, self)
        self.influence_tab = InfluenceTab(services, self)
        self.file_tab = FileTab(services, self)
        self.clearance_tab = ClearanceTab(services, self)
        self.tabs.addTab(self.talks_tab, self.tr("&Talk records"))
        self.tabs.addTab(self.influence_tab, self.tr("&Influence periods"))
        self.tabs.addTab(self.file_tab, self.tr("Integrity &files"))
        self.tabs.addTab(self.clearance_tab, self.tr("&Clearance reply"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        self.reload()

    def reload(self) -> None:
        self.show_content()
        try:
            self.talks_tab.load_units()
            self.influence_tab.load_units()
        except ACCESS_ERRORS as err:
            self.show_notice(err)
            return
        self.talks_tab.reload()     # a refusal covers the page with its notice
        if not self.refused:
            self.influence_tab.search()

    def refresh_page(self) -> None:
        self.reload()

    def show_talk(self, talk_id: uuid.UUID) -> None:
        """Select a talk record whatever the filters (e.g. from a ledger entry)."""
        self.tabs.setCurrentWidget(self.talks_tab)
        tab = self.talks_tab
        tab.year_spin.setValue(tab.year_spin.minimum())
        tab.unit_combo.setCurrentIndex(0)
        tab.kind_combo.setCurrentIndex(0)
        tab.due_box.setChecked(False)
        tab.reload(talk_id)

    def show_file(self, cadre_id: uuid.UUID, name: str, on: dt.date | None = None) -> None:
        self.tabs.setCurrentWidget(self.file_tab)
        self.file_tab.show_cadre(cadre_id, name, on)

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if failed else "")
