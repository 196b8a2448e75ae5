"""Add or edit one unit (单位)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import UnitInput
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.dto import UnitInfo
from zeren_desktop.ui.common import enum_label, error_text
from zeren_desktop.ui.widgets.form_state import DiscardGuard
from zeren_desktop.ui.widgets.quick_pick import install_enter_navigation, install_unit_pick

UNIT_KINDS: tuple[UnitKind, ...] = tuple(UnitKind)


def ordered_tree(units: list[UnitInfo]) -> list[tuple[UnitInfo, int]]:
    """Units in tree order (parents before their children) with their depth."""
    known = {u.id for u in units}
    children: dict[uuid.UUID | None, list[UnitInfo]] = {}
    for unit in units:
        parent = unit.parent_id if unit.parent_id in known else None
        children.setdefault(parent, []).append(unit)
    result: list[tuple[UnitInfo, int]] = []

    def walk(parent: uuid.UUID | None, depth: int) -> None:
        for unit in children.get(parent, []):
            result.append((unit, depth))
            walk(unit.id, depth + 1)

    walk(None, 0)
    return result


def descendants(units: list[UnitInfo], root: uuid.UUID) -> set[uuid.UUID]:
    """The unit `root` and every unit below it."""
    found = {root}
    changed = True
    while changed:
        changed = False
        for unit in units:
            if unit.parent_id in found and unit.id not in found:
                found.add(unit.id)
                changed = True
    return found


class UnitDialog(DiscardGuard, QDialog):
    """Name, short name, kind, parent, credit code and notes of a unit."""

    def __init__(self, services: Services, unit_id: uuid.UUID | None = None,
                 parent_id: uuid.UUID | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.unit_id = unit_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit unit") if unit_id else self.tr("Add unit"))
        self.setMinimumWidth(520)

        existing = services.units.get(unit_id) if unit_id is not None else None
        units = services.units.list_all()
        excluded = descendants(units, unit_id) if unit_id is not None else set()

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(100)
        self.short_name_edit = QLineEdit()
        self.short_name_edit.setMaxLength(50)
        self.kind_combo = QComboBox()
        for kind in UNIT_KINDS:
            self.kind_combo.addItem(enum_label(kind))
        self.parent_combo = QComboBox()
        self.parent_ids: list[uuid.UUID | None] = [None]
        self.parent_combo.addItem(self.tr("(top level)"))
        for unit, depth in ordered_tree(units):
            if unit.id in excluded:
                continue
            self.parent_ids.append(unit.id)
            self.parent_combo.addItem("\u3000" * depth + unit.name)
        self.parent_combo.setMaxVisibleItems(20)
        install_unit_pick(self.parent_combo, services, self.parent_ids)
        self.credit_code_edit = QLineEdit()
        self.credit_code_edit.setMaxLength(25)
        self.credit_code_edit.setPlaceholderText(self.tr("18 characters, optional"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(80)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._labels: dict[str, str] = {
            "name": self.tr("Name"), "short_name": self.tr("Short name"),
            "kind": self.tr("Kind"), "parent_id": self.tr("Parent unit"),
            "credit_code": self.tr("Unified social credit code"), "notes": self.tr("Notes"),
        }
        form.addRow(self.tr("&Name *"), self.name_edit)
        form.addRow(self.tr("&Short name"), self.short_name_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Parent unit"), self.parent_combo)
        form.addRow(self.tr("&Credit code"), self.credit_code_edit)
        form.addRow(self.tr("N&otes"), self.notes_edit)

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
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._fields: dict[str, QWidget] = {
            "name": self.name_edit, "short_name": self.short_name_edit,
            "kind": self.kind_combo, "parent_id": self.parent_combo,
            "credit_code": self.credit_code_edit, "notes": self.notes_edit,
        }
        # Enter to the next field; Ctrl+Enter (or Enter on OK) saves.
        install_enter_navigation(self, self.save)
        if existing is not None:
            self.name_edit.setText(existing.name)
            self.short_name_edit.setText(existing.short_name)
            self.kind_combo.setCurrentIndex(UNIT_KINDS.index(existing.kind))
            self._select_parent(existing.parent_id)
            self.credit_code_edit.setText(existing.credit_code)
            self.notes_edit.setPlainText(existing.notes)
        else:
            self._select_parent(parent_id)
            default_kind = UnitKind.TOWNSHIP if parent_id is not None else UnitKind.COUNTY
            self.kind_combo.setCurrentIndex(UNIT_KINDS.index(default_kind))
        self.name_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _select_parent(self, parent_id: uuid.UUID | None) -> None:
        if parent_id in self.parent_ids:
            self.parent_combo.setCurrentIndex(self.parent_ids.index(parent_id))

    def value(self) -> UnitInput:
        return UnitInput(
            name=self.name_edit.text(),
            kind=UNIT_KINDS[max(self.kind_combo.currentIndex(), 0)],
            parent_id=self.parent_ids[max(self.parent_combo.currentIndex(), 0)],
            short_name=self.short_name_edit.text(),
            credit_code=self.credit_code_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def show_error(self, text: str, field: str | None = None) -> None:
        label = self._labels.get(field or "")
        if label:
            text = self.tr("{field}: {message}").format(field=label, message=text)
        self.error_label.setText(text)
        self.error_label.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        data = self.value()
        try:
            if self.unit_id is None:
                self.saved_id = self.services.units.create(data)
            else:
                self.services.units.update(self.unit_id, data)
                self.saved_id = self.unit_id
        except ValidationError as err:
            self.show_error(error_text(err), err.field)
            return
        except ZerenError as err:
            self.show_error(error_text(err))
            return
        self.accept()
