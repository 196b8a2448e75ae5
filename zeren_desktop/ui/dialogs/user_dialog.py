"""Add or edit a user account (the administrator's): name, roles, data scope, password."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInfo, UserInput
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.dialogs.password_dialogs import (
    error_label,
    password_edit,
    passwords_differ_text,
    rules_label,
)
from zeren_desktop.ui.models import role_label
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS
from zeren_desktop.ui.pages.ledger_page import CadrePicker
from zeren_desktop.ui.widgets.quick_pick import install_unit_pick

ROLES: tuple[AccountRole, ...] = tuple(AccountRole)


class UserDialog(QDialog):
    """A new account (with its first password) or an existing one (`user`)."""

    def __init__(self, services: Services, user: UserInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit account") if user else self.tr("Add account"))
        self.setMinimumWidth(560)

        self.username_edit = QLineEdit()
        self.username_edit.setMaxLength(50)
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setMaxLength(50)
        self.role_boxes: dict[AccountRole, QCheckBox] = {}
        roles_widget = QWidget()
        roles_layout = QVBoxLayout(roles_widget)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        roles_layout.setSpacing(2)
        for role in ROLES:
            box = QCheckBox(role_label(role))
            self.role_boxes[role] = box
            roles_layout.addWidget(box)
        self.roles_note = QLabel(self.tr(
            "Separation of the three duties: administrator, leader (approver) and auditor"
            " are never held by one account."))
        self.roles_note.setWordWrap(True)
        self.roles_note.setStyleSheet("color: #555555;")
        roles_layout.addWidget(self.roles_note)

        self.scope_combo = QComboBox()
        self.scope_ids: list[uuid.UUID | None] = [None]
        self.scope_combo.addItem(self.tr("County (all records)"))
        try:
            townships = [u for u in services.units.list_all() if u.kind == UnitKind.TOWNSHIP]
        except ACCESS_ERRORS:
            townships = []
        for unit in townships:
            self.scope_ids.append(unit.id)
            self.scope_combo.addItem(unit.name)
        if user is not None and user.scope_unit_id is not None \
                and user.scope_unit_id not in self.scope_ids:
            self.scope_ids.append(user.scope_unit_id)
            self.scope_combo.addItem(user.scope_unit_name)
        install_unit_pick(self.scope_combo, services, self.scope_ids)
        # Who the account's holder is in the roster: their talks, scoring and reviews
        # feed that cadre's duty ledger. Found by name or pinyin initials.
        self.cadre_picker = CadrePicker(empty_allowed=True, services=services)
        self.cadre_picker.line_edit().setPlaceholderText(self.tr(
            "Name or pinyin initials; empty: not a cadre in the roster"))
        self.cadre_picker.cadre_changed.connect(self._cadre_chosen)
        self.active_box = QCheckBox(self.tr("The account may sign in"))
        self.active_box.setChecked(True)
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&User name *"), self.username_edit)
        form.addRow(self.tr("&Name"), self.display_name_edit)
        form.addRow(self.tr("Roles *"), roles_widget)
        form.addRow(self.tr("&Data scope"), self.scope_combo)
        form.addRow(self.tr("&Cadre"), self.cadre_picker)
        if user is not None:
            form.addRow(self.tr("Status"), self.active_box)
        else:
            form.addRow(self.tr("&Password *"), self.password_edit)
            form.addRow(self.tr("&Repeat password *"), self.repeat_edit)

        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if user is None:
            layout.addWidget(rules_label())
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._fields: dict[str, QWidget] = {
            "username": self.username_edit, "display_name": self.display_name_edit,
            "roles": self.role_boxes[ROLES[0]], "scope_unit_id": self.scope_combo,
            "password": self.password_edit, "cadre_id": self.cadre_picker}
        if user is not None:
            self.username_edit.setText(user.username)
            self.display_name_edit.setText(user.display_name)
            for role, box in self.role_boxes.items():
                box.setChecked(role in user.roles)
            self.scope_combo.setCurrentIndex(self.scope_ids.index(user.scope_unit_id))
            self.active_box.setChecked(user.is_active)
            if user.cadre_id is not None:
                try:
                    found = services.cadres.search(user.cadre_name, limit=50)
                except ACCESS_ERRORS:
                    found = []
                self.cadre_picker.set_cadres(found)
                self.cadre_picker.set_cadre(user.cadre_id)
        self.username_edit.setFocus()

    def _cadre_chosen(self) -> None:
        """A cadre picked for an account without a name gives it the cadre's name."""
        name = self.cadre_picker.cadre_name()
        if name and not self.display_name_edit.text().strip():
            self.display_name_edit.setText(name)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def value(self) -> UserInput:
        roles = frozenset(r for r, box in self.role_boxes.items() if box.isChecked())
        return UserInput(
            username=self.username_edit.text(),
            display_name=self.display_name_edit.text(),
            roles=roles,
            scope_unit_id=self.scope_ids[max(self.scope_combo.currentIndex(), 0)],
            is_active=self.active_box.isChecked(),
            cadre_id=self.cadre_picker.cadre_id())

    def show_error(self, text: str, field: str | None = None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget = self._fields.get(field or "")
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        if self.cadre_picker.typed() and self.cadre_picker.cadre_id() is None:
            self.show_error(self.tr(
                "No single cadre matches what is typed under Cadre: pick one from the list,"
                " or empty the field."), "cadre_id")
            return
        data = self.value()
        try:
            if self.user is None:
                if self.password_edit.text() != self.repeat_edit.text():
                    self.show_error(passwords_differ_text())
                    self.repeat_edit.setFocus()
                    return
                self.saved_id = self.services.auth.create_user(data, self.password_edit.text())
            else:
                self.services.auth.update_user(self.user.id, data)
                self.saved_id = self.user.id
        except ValidationError as err:
            self.show_error(error_text(err), err.field)
            return
        except ZerenError as err:
            self.show_error(error_text(err))
            return
        self.accept()
