"""Passwords: change one's own (old, new, repeat) and, for the administrator, reset a user's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.security import PASSWORD_MIN_LENGTH
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInfo
from zeren_desktop.ui.common import error_text

ERROR_STYLE = "color: #c00000;"


def password_rules_text() -> str:
    return QCoreApplication.translate(
        "PasswordRules", "A password has at least {n} characters with at least 3 of: lower-case"
        " letters, upper-case letters, digits, other characters; it must not contain the user"
        " name or repeat one of the last 5 passwords.").format(n=PASSWORD_MIN_LENGTH)


def passwords_differ_text() -> str:
    return QCoreApplication.translate("PasswordRules", "The two new passwords differ.")


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def rules_label() -> QLabel:
    label = QLabel(password_rules_text())
    label.setObjectName("rulesLabel")
    label.setWordWrap(True)
    label.setStyleSheet("color: #555555;")
    return label


class ChangePasswordDialog(QDialog):
    """The signed-in user's own password: the current one, the new one twice."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(460)
        self.old_edit = password_edit()
        self.new_edit = password_edit()
        self.repeat_edit = password_edit()
        form = QFormLayout()
        form.addRow(self.tr("&Current password"), self.old_edit)
        form.addRow(self.tr("&New password"), self.new_edit)
        form.addRow(self.tr("&Repeat new password"), self.repeat_edit)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rules_label())
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.old_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _error(self, text: str, widget: QLineEdit | None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def save(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            self._error(passwords_differ_text(), self.repeat_edit)
            return
        try:
            self.services.auth.change_own_password(self.old_edit.text(), self.new_edit.text())
        except ValidationError as err:
            field = self.old_edit if err.field == "old_password" else self.new_edit
            self._error(error_text(err), field)
            return
        except ZerenError as err:
            self._error(error_text(err), None)
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    """The administrator gives a user a new password (the new one twice)."""

    def __init__(self, services: Services, user: UserInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.user = user
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("New password for {name} ({user}):").format(
            name=user.display_name or user.username, user=user.username))
        intro.setWordWrap(True)
        self.new_edit = password_edit()
        self.repeat_edit = password_edit()
        form = QFormLayout()
        form.addRow(self.tr("&New password"), self.new_edit)
        form.addRow(self.tr("&Repeat new password"), self.repeat_edit)
        self.error_label = error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(rules_label())
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.new_edit.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        if self.new_edit.text() != self.repeat_edit.text():
            text = passwords_differ_text()
        else:
            try:
                self.services.auth.reset_password(self.user.id, self.new_edit.text())
            except ZerenError as err:
                text = error_text(err)
            else:
                self.accept()
                return
        self.error_label.setText(text)
        self.error_label.show()
        self.new_edit.setFocus()
        self.new_edit.selectAll()
