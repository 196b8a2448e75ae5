"""Meeting records (会议记录): a meeting typed once feeds every attending leader's ledger.

The dialog lists the unit's leadership team on the meeting day, all ticked (they usually
all attend): untick who was absent, add anyone else by name or pinyin initials. Saving a
meeting that studied integrity work makes one 研究部署 entry per attendee (shown in the
ledger as derived from the meeting); editing or deleting the meeting changes them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
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
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import MeetingKind
from zeren_desktop.domain.meetings import MeetingInput, MeetingRow
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.ui.common import (
    enum_label,
    error_text,
    format_date,
    from_qdate,
    to_qdate,
)
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.lists_page import (
    ERROR_STYLE,
    CadreFinder,
    FormDialog,
    fill_unit_combo,
    make_year_spin,
    spin_year,
)
from zeren_desktop.ui.pages.record_table import (
    RecordTable,
    filter_row,
    record_table,
    unit_filter_combo,
)
from zeren_desktop.ui.widgets import make_date_edit
from zeren_desktop.ui.widgets.phrases import attach_phrases

KINDS: tuple[MeetingKind, ...] = tuple(MeetingKind)
ID_ROLE = Qt.ItemDataRole.UserRole
# What a search box needs beside its hint: the frame, the margins and the clear button.
SEARCH_ROOM = 44


def checked_ids(widget: QListWidget) -> list[uuid.UUID]:
    return [uuid.UUID(widget.item(i).data(ID_ROLE)) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class MeetingDialog(FormDialog):
    """Record or correct one meeting."""

    def __init__(self, services: Services, meeting_id: uuid.UUID | None = None,
                 unit_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.meeting_id = meeting_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit meeting") if meeting_id else self.tr("New meeting"))
        self.setMinimumWidth(960)
        existing = services.meetings.get(meeting_id) if meeting_id else None
        self._extra: list[uuid.UUID] = []  # attendees from outside the teams
        # The user ticked or unticked someone: a new meeting's other kind or unit keeps
        # their choice instead of ticking its usual attendees again.
        self._ticks_touched = False

        self.date_edit = make_date_edit()
        self.kind_combo = QComboBox()
        for kind in KINDS:
            self.kind_combo.addItem(enum_label(kind))
        self.unit_combo = QComboBox()
        self.unit_ids = fill_unit_combo(self.unit_combo, services, self.tr("(choose a unit)"))
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(
            self.tr("e.g. 党委会研究部署2026年党风廉政建设工作"))
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(200)
        self.presided_edit = QLineEdit()
        self.presided_edit.setMaxLength(200)
        self.integrity_box = QCheckBox(self.tr(
            "It studied integrity work: a “deployment” entry in each attendee's ledger"))
        self.integrity_box.setChecked(True)

        self.attendees = QListWidget()
        self.attendees.setMinimumHeight(170)
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.all_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("Unt&ick all"))
        self.none_button.clicked.connect(lambda: self._tick_all(Qt.CheckState.Unchecked))
        self.finder = CadreFinder(services)
        self.add_button = QPushButton(self.tr("Add atte&ndee"))
        self.add_button.setToolTip(self.tr("Add the cadre found above to the attendees"))
        self.add_button.clicked.connect(self._add_found)
        self.attendee_count = QLabel()
        self.attendees.itemChanged.connect(self._tick_changed)
        # Enter in the search box (or its list) adds the cadre found, as the button does.
        self.finder.search_edit.installEventFilter(self)
        self.finder.results.installEventFilter(self)
        attendee_buttons = QHBoxLayout()
        attendee_buttons.addWidget(self.all_button)
        attendee_buttons.addWidget(self.none_button)
        attendee_buttons.addStretch(1)
        attendee_buttons.addWidget(self.attendee_count)
        add_row = QHBoxLayout()
        add_row.addWidget(self.finder, 1)
        add_row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        attendee_box = QWidget()
        attendee_layout = QVBoxLayout(attendee_box)
        attendee_layout.setContentsMargins(0, 0, 0, 0)
        attendee_layout.addWidget(self.attendees)
        attendee_layout.addLayout(attendee_buttons)
        attendee_layout.addLayout(add_row)

        self.agenda_edit = self._text_edit(90)
        self.agenda_edit.setPlaceholderText(self.tr("One agenda item per line"))
        self.decisions_edit = self._text_edit(90)
        self.items = QListWidget()
        self.items.setMinimumHeight(90)
        self.items.setWordWrap(True)  # an item is a sentence or two: all of it readable
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.items.setToolTip(self.tr("The responsibility list items this meeting served; "
                                      "each attendee's entry counts for them"))

        # Two columns, so that the dialog fits a 1366×768 screen: the meeting on the left,
        # who attended and the list items it served on the right.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Date *"), self.date_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Unit *"), self.unit_combo)
        form.addRow(self.tr("&Title *"), self.title_edit)
        form.addRow(self.tr("P&lace"), self.place_edit)
        form.addRow(self.tr("&Presided by"), self.presided_edit)
        form.addRow(self.tr("A&genda"), self.agenda_edit)
        form.addRow(self.tr("Deci&sions"), self.decisions_edit)
        form.addRow("", self.integrity_box)
        attendees_label = QLabel(self.tr("Att&endees *"))
        attendees_label.setBuddy(self.attendees)
        items_label = QLabel(self.tr("List items ser&ved"))
        items_label.setBuddy(self.items)
        right = QVBoxLayout()
        right.addWidget(attendees_label)
        right.addWidget(attendee_box, 3)
        right.addWidget(items_label)
        right.addWidget(self.items, 2)
        columns = QHBoxLayout()
        columns.addLayout(form, 5)
        columns.addSpacing(12)
        columns.addLayout(right, 4)
        body = QVBoxLayout()
        body.addLayout(columns)
        self.field_labels = {
            "held_on": self.tr("Date"), "unit_id": self.tr("Unit"),
            "title": self.tr("Title"), "place": self.tr("Place"),
            "presided_by": self.tr("Presided by"), "attendee_ids": self.tr("Attendees"),
            "agenda": self.tr("Agenda"), "decisions": self.tr("Decisions")}
        self.field_widgets = {
            "held_on": self.date_edit, "unit_id": self.unit_combo,
            "title": self.title_edit, "place": self.place_edit,
            "presided_by": self.presided_edit, "attendee_ids": self.attendees,
            "agenda": self.agenda_edit, "decisions": self.decisions_edit}
        self.finish_layout(body)
        # Tab and Enter go down the left column first, then to who attended.
        order: list[QWidget] = [
            self.date_edit, self.kind_combo, self.unit_combo, self.title_edit,
            self.place_edit, self.presided_edit, self.agenda_edit, self.decisions_edit,
            self.integrity_box, self.attendees, self.all_button, self.none_button,
            self.finder, self.add_button, self.items]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self.phrases = {field: attach_phrases(edit, services, field) for field, edit in (
            ("meeting.title", self.title_edit), ("meeting.agenda", self.agenda_edit),
            ("meeting.decisions", self.decisions_edit))}

        if existing is not None:
            self.date_edit.setDate(to_qdate(existing.held_on))
            self.kind_combo.setCurrentIndex(KINDS.index(existing.kind))
            self._set_unit(existing.unit_id)
            self.title_edit.setText(existing.title)
            self.place_edit.setText(existing.place)
            self.presided_edit.setText(existing.presided_by)
            self.agenda_edit.setPlainText(existing.agenda)
            self.decisions_edit.setPlainText(existing.decisions)
            self.integrity_box.setChecked(existing.integrity)
        elif unit_id is not None:
            self._set_unit(unit_id)
        self._load_choices(existing)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self._load_choices())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._load_choices())
        self.date_edit.dateChanged.connect(self._date_changed)
        # What Esc or Cancel would discard: asked about only when something changed.
        self._opened_with = self._state()
        # A new meeting whose unit is not known yet starts at the top (date, kind, unit,
        # then the title, Enter by Enter); otherwise at the title.
        first = self.date_edit if existing is None and self.unit_id() is None \
            else self.title_edit
        first.setFocus()

    @staticmethod
    def _text_edit(height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def _set_unit(self, unit_id: uuid.UUID) -> None:
        if unit_id in self.unit_ids:
            self.unit_combo.setCurrentIndex(self.unit_ids.index(unit_id))

    def unit_id(self) -> uuid.UUID | None:
        index = self.unit_combo.currentIndex()
        return self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None

    def _date_changed(self, old: QDate) -> None:
        # The team on the day and the year's list items may differ on another date.
        self._load_choices()

    def _load_choices(self, existing: MeetingRow | None = None) -> None:
        """The teams on the day and the year's list items. A new meeting whose ticks the
        user left alone ticks the usual attendees of its kind; otherwise what the user
        ticked so far stays ticked."""
        ticked = set(existing.attendee_ids) if existing is not None \
            else set(checked_ids(self.attendees))
        served = set(existing.item_ids) if existing is not None \
            else set(checked_ids(self.items))
        usual = self.meeting_id is None and (
            self.attendees.count() == 0 or not self._ticks_touched)
        if existing is not None:
            self._extra.extend(i for i in existing.attendee_ids if i not in self._extra)
        unit_id = self.unit_id()
        day = from_qdate(self.date_edit.date())
        kind = KINDS[max(self.kind_combo.currentIndex(), 0)]
        choices = self.services.meetings.attendee_choices(
            unit_id, day, kind, also=self._extra) if unit_id else []
        items = self.services.meetings.item_choices(unit_id, day.year) if unit_id else []
        self.attendees.blockSignals(True)
        self.attendees.clear()
        for person in choices:
            item = QListWidgetItem(f"{person.name}（{person.post_title}）"
                                   if person.post_title else person.name)
            item.setData(ID_ROLE, str(person.cadre_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = (person.ticked and person.cadre_id not in self._extra) if usual \
                else person.cadre_id in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.attendees.blockSignals(False)
        self.items.clear()
        for choice in items:
            label = f"{choice.holder} {choice.number}. {choice.text}"
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(ID_ROLE, str(choice.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in served
                               else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        if not items:
            placeholder = QListWidgetItem(self.tr("(no responsibility lists of this unit for "
                                                  "the year)"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.items.addItem(placeholder)
        self._count()

    def _tick_changed(self, _item: QListWidgetItem) -> None:
        self._ticks_touched = True
        self._count()

    def _tick_all(self, state: Qt.CheckState) -> None:
        for i in range(self.attendees.count()):
            self.attendees.item(i).setCheckState(state)

    def _add_found(self) -> None:
        if self.finder.timer.isActive():  # typed, not searched yet (Enter was quick)
            self.finder.search()
        cadre_id = self.finder.cadre_id()
        if cadre_id is None:
            self.show_error(self.tr("Find the cadre by name or pinyin initials first."))
            return
        self.error_label.hide()
        self._ticks_touched = True
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            if item.data(ID_ROLE) == str(cadre_id):
                item.setCheckState(Qt.CheckState.Checked)
                self.attendees.setCurrentRow(i)
                return
        # Listed like the team, with the post on the meeting day.
        self._extra.append(cadre_id)
        self._load_choices()
        for i in range(self.attendees.count()):
            item = self.attendees.item(i)
            if item.data(ID_ROLE) == str(cadre_id):
                item.setCheckState(Qt.CheckState.Checked)
                self.attendees.setCurrentRow(i)
        self.services.cadres.note_used(cadre_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched in (self.finder.search_edit, self.finder.results)
                and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self._add_found()
            return True
        return super().eventFilter(watched, event)

    def _count(self) -> None:
        self.attendee_count.setText(self.tr("{n} attending").format(
            n=len(checked_ids(self.attendees))))

    def value(self) -> MeetingInput:
        unit_id = self.unit_id()
        return MeetingInput(
            held_on=from_qdate(self.date_edit.date()),
            kind=KINDS[max(self.kind_combo.currentIndex(), 0)],
            unit_id=unit_id if unit_id is not None else uuid.UUID(int=0),
            title=self.title_edit.text(), attendee_ids=tuple(checked_ids(self.attendees)),
            place=self.place_edit.text(), presided_by=self.presided_edit.text(),
            agenda=self.agenda_edit.toPlainText(), decisions=self.decisions_edit.toPlainText(),
            integrity=self.integrity_box.isChecked(), item_ids=tuple(checked_ids(self.items)))

    def save(self) -> None:
        if self.unit_id() is None:
            self.show_error(self.tr("Choose the unit that held the meeting."), "unit_id")
            return
        data = self.value()

        def write() -> None:
            if self.meeting_id is None:
                self.saved_id = self.services.meetings.create(data)
            else:
                self.services.meetings.update(self.meeting_id, data)
                self.saved_id = self.meeting_id

        if self.run(write):
            self.accept()

    def _state(self) -> tuple[object, ...]:
        return (self.date_edit.date(), self.kind_combo.currentIndex(), self.unit_id(),
                self.title_edit.text(), self.place_edit.text(), self.presided_edit.text(),
                self.agenda_edit.toPlainText(), self.decisions_edit.toPlainText(),
                self.integrity_box.isChecked(), tuple(checked_ids(self.attendees)),
                tuple(checked_ids(self.items)))

    def has_unsaved_changes(self) -> bool:
        """Esc, Cancel or closing asks only when something changed since it opened."""
        return self._state() != self._opened_with

    def discard_question(self) -> str:
        return self.tr("Discard the unsaved meeting record?")


class MeetingsPage(RecordTable, GuardedPage):
    """The meetings, newest first, with what each put into the ledgers."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        self.editable = actor is not None and actor.can(Permission.EDIT_DRAFTS) \
            and not services.read_only
        self.rows: list[MeetingRow] = []
        self.stale = True
        self.dialog: QDialog | None = None
        self.unit_ids: list[uuid.UUID | None] = [None]

        self.year_spin = make_year_spin(dt.date.today().year, self.tr("All years"))
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.unit_combo = unit_filter_combo()
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"))
        for kind in KINDS:
            self.kind_combo.addItem(enum_label(kind))
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Title, agenda, decisions or attendee"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self.reload())
        # The whole hint shows (with room for the clear button); wider when there is room.
        self.search_edit.setMinimumWidth(self.search_edit.fontMetrics().horizontalAdvance(
            self.search_edit.placeholderText()) + SEARCH_ROOM)
        filters = filter_row(((self.tr("&Year"), self.year_spin),
                              (self.tr("&Unit"), self.unit_combo),
                              (self.tr("&Kind"), self.kind_combo),
                              (self.tr("&Search"), self.search_edit)))
        filters.setStretchFactor(self.search_edit, 1)
        filters.addStretch(1)

        self.add_button = QPushButton(self.tr("&New meeting…"))
        self.add_button.setToolTip(self.tr("Record a meeting (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_meeting)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.add_meeting)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected meeting; its ledger entries "
                                            "follow (Enter)"))
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_meeting)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
            button.setVisible(self.editable)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        headers = [self.tr("Date"), self.tr("Kind"), self.tr("Unit"), self.tr("Title"),
                   self.tr("Attendees"), self.tr("Ledger entries")]
        self.table = record_table(headers, self.delete_meeting)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.edit_meeting())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(90)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        hint = QLabel(self.tr(
            "A meeting is typed once: each attending leader's duty ledger gets its entry, "
            "marked as made from the meeting. Change or delete the meeting, not the entries."))
        hint.setWordWrap(True)
        hint.setObjectName("hintLabel")

        layout = QVBoxLayout(self.content)
        layout.addLayout(filters)
        layout.addWidget(hint)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
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

    def current_unit(self) -> uuid.UUID | None:
        index = self.unit_combo.currentIndex()
        return self.unit_ids[index] if 0 <= index < len(self.unit_ids) else None

    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        kind_index = self.kind_combo.currentIndex()
        try:
            rows = self.services.meetings.search(
                unit_id=self.current_unit(), year=spin_year(self.year_spin),
                kind=KINDS[kind_index - 1] if kind_index > 0 else None,
                text=self.search_edit.text())
        except ACCESS_ERRORS as err:
            self.rows = []
            self.table.setRowCount(0)
            self.show_notice(err)
            return
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.show_content()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = [format_date(row.held_on), enum_label(row.kind), row.unit_name, row.title,
                     str(len(row.attendee_ids)), str(row.entries)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if column == 3:
                    item.setToolTip(row.title)
                self.table.setItem(index, column, item)
        self.count_label.setText(self.tr("Meetings: {n}; ledger entries made: {e}").format(
            n=len(rows), e=sum(r.entries for r in rows)))
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._selection_changed()

    def show_meeting(self, meeting_id: uuid.UUID) -> None:
        """Select a meeting whatever the filters (e.g. from a ledger entry made from it)."""
        self.year_spin.setValue(self.year_spin.minimum())
        self.unit_combo.setCurrentIndex(0)
        self.kind_combo.setCurrentIndex(0)
        self.search_edit.clear()
        self.reload(meeting_id)

    def _selection_changed(self) -> None:
        self._update_buttons()
        meeting_id = self.selected_id()
        row = next((r for r in self.rows if r.id == meeting_id), None)
        if row is None:
            self.details.setText("")
            return
        parts = [self.tr("Attendees: {names}").format(names="、".join(row.attendee_names))]
        if row.presided_by:
            parts.append(self.tr("Presided by: {name}").format(name=row.presided_by))
        if row.place:
            parts.append(self.tr("Place: {place}").format(place=row.place))
        if row.agenda:
            parts.append(self.tr("Agenda: {agenda}").format(agenda=" / ".join(
                row.agenda.splitlines())))
        if row.decisions:
            parts.append(self.tr("Decisions: {decisions}").format(decisions=row.decisions))
        parts.append(self.tr("{n} ledger entries made from it").format(n=row.entries)
                     if row.integrity else
                     self.tr("Not an integrity-work meeting: no ledger entries"))
        self.details.setText("\n".join(parts))

    # -- dialogs

    def add_meeting(self) -> None:
        if not self.editable or self.dialog is not None:
            return
        try:
            dialog = MeetingDialog(self.services, unit_id=self.current_unit(), parent=self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self._open(dialog, self._saved)

    def edit_meeting(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None or not self.editable or self.dialog is not None:
            return
        try:
            dialog = MeetingDialog(self.services, meeting_id, parent=self)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            self.reload()
            return
        self._open(dialog, self._saved)

    def _saved(self, dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        self.reload(dialog.saved_id)
        if dialog.saved_id is not None and self.selected_id() != dialog.saved_id:
            self.year_spin.setValue(self.year_spin.minimum())
            self.unit_combo.setCurrentIndex(0)
            self.kind_combo.setCurrentIndex(0)
            self.search_edit.clear()
            self.reload(dialog.saved_id)
        row = next((r for r in self.rows if r.id == dialog.saved_id), None)
        self.show_message(self.tr("The meeting was saved; {n} ledger entries follow it.")
                          .format(n=row.entries if row is not None else 0))

    def delete_meeting(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None or not self.editable:
            return
        row = self.rows[[r.id for r in self.rows].index(meeting_id)]
        answer = QMessageBox.question(
            self, self.tr("Delete meeting"),
            self.tr("Delete the meeting “{title}” of {date} and the {n} ledger entries made "
                    "from it? This cannot be undone.").format(
                title=row.title, date=format_date(row.held_on), n=row.entries),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.meetings.delete(meeting_id)
        except ZerenError as err:
            self.show_message(self.tr("The meeting was not deleted: {reason}").format(
                reason=error_text(err)), failed=True)
            return
        self.reload()
        self.show_message(self.tr("The meeting and its ledger entries were deleted."))

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if failed else "")
