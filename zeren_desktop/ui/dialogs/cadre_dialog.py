"""Add or edit one cadre (干部) with their post history (职务)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import Rank, Sex
from zeren_desktop.domain.identity import (
    birth_date_from_resident_id,
    sex_from_resident_id,
    validate_resident_id,
)
from zeren_desktop.domain.records import CadreInput, PostInput
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.dto import PostInfo
from zeren_desktop.ui.common import enum_label, error_text
from zeren_desktop.ui.dialogs.unit_dialog import ordered_tree
from zeren_desktop.ui.widgets import OptionalDateEdit, make_date_edit
from zeren_desktop.ui.widgets.form_state import DiscardGuard
from zeren_desktop.ui.widgets.quick_pick import install_enter_navigation, install_unit_pick
from zeren_desktop.ui.widgets.screen_fit import fit_to_screen

RANKS: tuple[Rank, ...] = tuple(Rank)
SEXES: tuple[Sex | None, ...] = (None, Sex.MALE, Sex.FEMALE)
# Values of the records themselves (stored as written), not interface text.
ETHNICITIES = ("汉族", "回族", "满族", "蒙古族", "藏族", "维吾尔族", "苗族", "彝族", "壮族",
               "布依族", "朝鲜族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族",
               "傣族", "黎族", "畲族")
PARTY_STANDINGS = ("中共党员", "中共预备党员", "共青团员", "群众", "民主党派", "无党派人士")
_POST_FIELD = re.compile(r"^posts\[(\d+)\]\.(\w+)$")


@dataclass
class PostRow:
    """The editors of one line of the post table; `post_id` keeps an existing post."""

    post_id: uuid.UUID | None
    unit_combo: QComboBox
    title_edit: QLineEdit
    portfolio_edit: QLineEdit
    start_edit: QDateEdit
    end_edit: OptionalDateEdit

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.unit_combo, self.title_edit, self.portfolio_edit, self.start_edit,
                self.end_edit)


class CadreDialog(DiscardGuard, QDialog):
    """Personal data and the post history of a cadre."""

    def __init__(self, services: Services, cadre_id: uuid.UUID | None = None,
                 default_unit_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.cadre_id = cadre_id
        self.default_unit_id = default_unit_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit cadre") if cadre_id else self.tr("Add cadre"))
        self.setMinimumWidth(860)

        tree = ordered_tree(services.units.list_all())
        self.unit_ids: list[uuid.UUID] = [unit.id for unit, _ in tree]
        self.unit_names: list[str] = ["\u3000" * depth + unit.name for unit, depth in tree]
        self.post_rows: list[PostRow] = []

        # Personal data, in two columns.
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(50)
        self.sex_combo = QComboBox()
        self.sex_combo.addItem(self.tr("Unknown"))
        for sex in SEXES[1:]:
            self.sex_combo.addItem(enum_label(sex))
        self.birth_edit = OptionalDateEdit(self.tr("Not recorded"))
        self.birth_edit.set_date(None)
        self.ethnicity_combo = QComboBox()
        self.ethnicity_combo.setEditable(True)
        self.ethnicity_combo.addItems(list(ETHNICITIES))
        self.ethnicity_combo.setCurrentIndex(0)
        self.id_number_edit = QLineEdit()
        self.id_number_edit.setMaxLength(22)
        self.id_number_edit.setPlaceholderText(
            self.tr("18 characters; fills in birth date and sex"))
        self.id_number_edit.textChanged.connect(self._id_number_changed)
        self.party_combo = QComboBox()
        self.party_combo.setEditable(True)
        self.party_combo.addItems(list(PARTY_STANDINGS))
        self.party_combo.setCurrentIndex(0)
        self.rank_combo = QComboBox()
        for rank in RANKS:
            self.rank_combo.addItem(enum_label(rank))
        self.rank_combo.setCurrentIndex(RANKS.index(Rank.GENERAL))
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(30)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.addRow(self.tr("&Name *"), self.name_edit)
        left.addRow(self.tr("&ID number"), self.id_number_edit)
        left.addRow(self.tr("&Sex"), self.sex_combo)
        left.addRow(self.tr("&Birth date"), self.birth_edit)
        left.addRow(self.tr("&Ethnicity"), self.ethnicity_combo)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.addRow(self.tr("&Party standing"), self.party_combo)
        right.addRow(self.tr("&Rank"), self.rank_combo)
        right.addRow(self.tr("P&hone"), self.phone_edit)
        right.addRow(self.tr("N&otes"), self.notes_edit)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)

        # Post history.
        self.post_table = QTableWidget(0, 5)
        self.post_table.setHorizontalHeaderLabels([
            self.tr("Unit"), self.tr("Post title"), self.tr("Portfolio"),
            self.tr("Start date"), self.tr("End date")])
        header = self.post_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.post_table.setColumnWidth(1, 150)
        self.post_table.setColumnWidth(2, 140)
        self.post_table.verticalHeader().setDefaultSectionSize(34)
        self.post_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.post_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.post_table.setMinimumHeight(150)
        self.add_post_button = QPushButton(self.tr("&Add post"))
        self.add_post_button.clicked.connect(lambda: self.add_post_row())
        if not self.unit_ids:
            self.add_post_button.setEnabled(False)
            self.add_post_button.setToolTip(self.tr("Add a unit first."))
        self.remove_post_button = QPushButton(self.tr("Re&move post"))
        self.remove_post_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_post_button.clicked.connect(self.remove_current_post)
        post_buttons = QHBoxLayout()
        post_buttons.addWidget(self.add_post_button)
        post_buttons.addWidget(self.remove_post_button)
        post_buttons.addStretch(1)
        post_hint = QLabel(self.tr(
            "Keep earlier posts with their end date: accountability follows the person."))
        post_hint.setWordWrap(True)
        post_buttons.addWidget(post_hint, 3)
        posts_box = QGroupBox(self.tr("Posts"))
        posts_layout = QVBoxLayout(posts_box)
        posts_layout.addWidget(self.post_table)
        posts_layout.addLayout(post_buttons)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c00000;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(posts_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._fields: dict[str, QWidget] = {
            "name": self.name_edit, "sex": self.sex_combo, "birth_date": self.birth_edit,
            "ethnicity": self.ethnicity_combo, "id_number": self.id_number_edit,
            "party_standing": self.party_combo, "rank": self.rank_combo,
            "phone": self.phone_edit, "notes": self.notes_edit,
        }
        self._labels: dict[str, str] = {
            "name": self.tr("Name"), "sex": self.tr("Sex"), "birth_date": self.tr("Birth date"),
            "ethnicity": self.tr("Ethnicity"), "id_number": self.tr("ID number"),
            "party_standing": self.tr("Party standing"), "rank": self.tr("Rank"),
            "phone": self.tr("Phone"), "notes": self.tr("Notes"),
            "unit_id": self.tr("Unit"), "title": self.tr("Post title"),
            "portfolio": self.tr("Portfolio"), "start_date": self.tr("Start date"),
            "end_date": self.tr("End date"),
        }
        # Enter to the next field; Ctrl+Enter (or Enter on OK) saves.
        install_enter_navigation(self, self.save)
        if cadre_id is not None:
            self._load(cadre_id)
        self.resize(self.minimumWidth(), 620)
        fit_to_screen(self)  # a 1366×768 screen at 125 % has 552 px
        self.name_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # -- loading and editing

    def _load(self, cadre_id: uuid.UUID) -> None:
        detail = self.services.cadres.get(cadre_id)
        self.name_edit.setText(detail.name)
        self.id_number_edit.blockSignals(True)
        self.id_number_edit.setText(detail.id_number)
        self.id_number_edit.blockSignals(False)
        self.sex_combo.setCurrentIndex(SEXES.index(detail.sex))
        self.birth_edit.set_date(detail.birth_date)
        self.ethnicity_combo.setCurrentText(detail.ethnicity)
        self.party_combo.setCurrentText(detail.party_standing)
        self.rank_combo.setCurrentIndex(RANKS.index(detail.rank))
        self.phone_edit.setText(detail.phone)
        self.notes_edit.setPlainText(detail.notes)
        for post in sorted(detail.posts, key=lambda p: (p.start_date, p.end_date is None)):
            self.add_post_row(post)

    def _id_number_changed(self, text: str) -> None:
        """A complete, valid ID number fills in the birth date and the sex."""
        try:
            value = validate_resident_id(text)
        except ValidationError:
            return
        self.birth_edit.set_date(birth_date_from_resident_id(value))
        self.sex_combo.setCurrentIndex(SEXES.index(Sex(sex_from_resident_id(value))))

    def add_post_row(self, post: PostInfo | None = None) -> PostRow:
        row_index = len(self.post_rows)
        unit_combo = QComboBox()
        unit_combo.addItems(self.unit_names)
        unit_combo.setMaxVisibleItems(20)
        install_unit_pick(unit_combo, self.services, self.unit_ids)
        unit_id = post.unit_id if post is not None else self.default_unit_id
        if unit_id in self.unit_ids:
            unit_combo.setCurrentIndex(self.unit_ids.index(unit_id))
        title_edit = QLineEdit(post.title if post is not None else "")
        portfolio_edit = QLineEdit(post.portfolio if post is not None else "")
        start_edit = make_date_edit(post.start_date if post is not None else dt.date.today())
        end_edit = OptionalDateEdit(self.tr("Current"))
        end_edit.set_date(post.end_date if post is not None else None)
        row = PostRow(post.id if post is not None else None, unit_combo, title_edit,
                      portfolio_edit, start_edit, end_edit)
        self.post_rows.append(row)
        self.post_table.insertRow(row_index)
        for column, widget in enumerate(row.widgets()):
            self.post_table.setCellWidget(row_index, column, widget)
        self.post_table.setCurrentCell(row_index, 1)
        if post is None:
            title_edit.setFocus()
        return row

    def _focused_post_row(self) -> int:
        focus = QApplication.focusWidget()
        if focus is not None:
            for index, row in enumerate(self.post_rows):
                if any(w is focus or w.isAncestorOf(focus) for w in row.widgets()):
                    return index
        return self.post_table.currentRow()

    def remove_current_post(self) -> None:
        index = self._focused_post_row()
        if index < 0 and self.post_rows:
            index = len(self.post_rows) - 1
        if not 0 <= index < len(self.post_rows):
            return
        del self.post_rows[index]
        self.post_table.removeRow(index)

    # -- saving

    def value(self) -> CadreInput:
        posts = []
        for row in self.post_rows:
            unit_index = row.unit_combo.currentIndex()
            if unit_index < 0:
                continue
            posts.append(PostInput(
                unit_id=self.unit_ids[unit_index], title=row.title_edit.text(),
                start_date=dt.date(row.start_edit.date().year(), row.start_edit.date().month(),
                                   row.start_edit.date().day()),
                end_date=row.end_edit.date(), portfolio=row.portfolio_edit.text(),
                id=row.post_id))
        return CadreInput(
            name=self.name_edit.text(),
            rank=RANKS[max(self.rank_combo.currentIndex(), 0)],
            sex=SEXES[max(self.sex_combo.currentIndex(), 0)],
            birth_date=self.birth_edit.date(),
            ethnicity=self.ethnicity_combo.currentText(),
            id_number=self.id_number_edit.text(),
            party_standing=self.party_combo.currentText(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
            posts=tuple(posts),
        )

    def show_error(self, text: str, field: str | None = None) -> None:
        field = field or ""
        widget = self._fields.get(field)
        label = self._labels.get(field)
        match = _POST_FIELD.match(field)
        if match is not None:
            index, name = int(match.group(1)), match.group(2)
            if 0 <= index < len(self.post_rows):
                row = self.post_rows[index]
                widget = {"unit_id": row.unit_combo, "title": row.title_edit,
                          "portfolio": row.portfolio_edit, "start_date": row.start_edit,
                          "end_date": row.end_edit}.get(name, row.title_edit)
                self.post_table.setCurrentCell(index, 1)
            label = self.tr("Post {n}, {field}").format(
                n=index + 1, field=self._labels.get(name, name))
        if label:
            text = self.tr("{field}: {message}").format(field=label, message=text)
        self.error_label.setText(text)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        data = self.value()
        try:
            if self.cadre_id is None:
                self.saved_id = self.services.cadres.create(data)
            else:
                self.services.cadres.update(self.cadre_id, data)
                self.saved_id = self.cadre_id
        except ValidationError as err:
            self.show_error(error_text(err), err.field)
            return
        except ZerenError as err:
            self.show_error(error_text(err))
            return
        self.accept()
