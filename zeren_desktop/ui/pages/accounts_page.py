"""Accounts (账户): the administrator's list of user accounts and what can be done to them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInfo
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.dialogs.password_dialogs import ResetPasswordDialog
from zeren_desktop.ui.dialogs.user_dialog import UserDialog
from zeren_desktop.ui.models import AccountTableModel
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage


class AccountsPage(GuardedPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = AccountTableModel(services.now, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(lambda _index: self.edit_user())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_user)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_user)
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock_user)
        self.status_label = QLabel()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button,
                       self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)

        title = QLabel(self.tr("<b>User accounts</b>"))
        note = QLabel(self.tr(
            "Each person signs in with their own account. Roles decide what an account may"
            " do; a township account sees only its township's records."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self.content)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select if select is not None else self.selected_id()
        try:
            users = self.services.auth.list_users()
        except ACCESS_ERRORS as err:
            self.show_notice(err)
            return
        self.show_content()
        self.model.set_rows(users)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.selectRow(row)
        self.status_label.setText(self.tr("Accounts: {n}").format(n=len(users)))
        self._update_buttons()

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_id(self) -> uuid.UUID | None:
        user = self.selected_user()
        return user.id if user is not None else None

    def select_user(self, username: str) -> None:
        for row in range(self.model.rowCount()):
            user = self.model.row_at(row)
            if user is not None and user.username == username:
                self.table.selectRow(row)
                return

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.selected_user()
        self.edit_button.setEnabled(user is not None)
        self.reset_button.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and (
            self.model.is_locked(user) or user.failed_logins > 0))

    def add_user(self) -> None:
        dialog = UserDialog(self.services, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.reload(select=dialog.saved_id)

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = UserDialog(self.services, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=user.id)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = ResetPasswordDialog(self.services, user, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(select=user.id)

    def unlock_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            self.services.auth.unlock(user.id)
        except ZerenError as err:
            QMessageBox.warning(self, self.tr("Zeren Desktop"), error_text(err))
        self.reload(select=user.id)
