"""Signing in: the first administrator, the login dialog and the idle-lock dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.security import LOCKOUT_MINUTES, MAX_FAILED_LOGINS
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.session import Actor
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.dialogs.password_dialogs import (
    error_label,
    password_edit,
    passwords_differ_text,
    rules_label,
)

DEFAULT_ADMIN_NAME = "admin"


def _title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class LoginDialog(QDialog):
    """User name and password; stays open with the reason when signing in fails."""

    def __init__(self, services: Services, parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Sign in — Zeren Desktop"))
        self.setMinimumWidth(440)
        office = services.office_name()
        self.title_label = _title_label(office or self.tr("Zeren Desktop"))
        self.subtitle_label = QLabel(self.tr("Responsibility ledger — please sign in"))
        self.username_edit = QLineEdit(username)
        self.username_edit.setMaxLength(50)
        self.password_edit = password_edit()
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        self.error_label = error_label()
        self.demo_label = QLabel()
        self.demo_label.setWordWrap(True)
        self.demo_label.hide()
        if services.settings.is_demo():
            from zeren_desktop.services.demo import DEMO_PASSWORD

            self.demo_label.setTextFormat(Qt.TextFormat.RichText)
            self.demo_label.setText(html.escape(self.tr(
                "Demo database: sign in as clerk, reviewer, leader, admin or auditor; the"
                " password of each is:")) + f"<br/><b>{DEMO_PASSWORD}</b>")
            self.demo_label.show()
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.quit_button)
        self.location_label = QLabel(self.tr("Database: {location}").format(
            location=services.location))
        self.location_label.setWordWrap(True)
        self.location_label.setStyleSheet("color: #666666;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.demo_label)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        layout.addWidget(self.location_label)
        (self.password_edit if username else self.username_edit).setFocus()

    def sign_in(self) -> None:
        username = self.username_edit.text().strip()
        if not username:
            self._error(self.tr("Enter your user name."), self.username_edit)
            return
        try:
            self.actor = self.services.auth.sign_in(username, self.password_edit.text())
        except ZerenError as err:
            self.password_edit.clear()
            self._error(error_text(err), self.password_edit)
            return
        self.accept()

    def _error(self, text: str, widget: QLineEdit) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        widget.setFocus()


class AdministratorForm(QWidget):
    """The fields that create the first administrator and sign them in.

    Used by FirstAdministratorDialog and by the first-run wizard's administrator page.
    """

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.intro_label = QLabel(self.tr(
            "This database has no user accounts yet. Create the system administrator's"
            " account: the administrator then creates the accounts of the clerks, reviewers,"
            " leaders and the auditor. Keep the password safe; nobody can read it back."))
        self.intro_label.setWordWrap(True)
        self.username_edit = QLineEdit(DEFAULT_ADMIN_NAME)
        self.username_edit.setMaxLength(50)
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setMaxLength(50)
        self.display_name_edit.setPlaceholderText(self.tr("e.g. the name of the person"))
        self.password_edit = password_edit()
        self.repeat_edit = password_edit()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Name"), self.display_name_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow(self.tr("&Repeat password"), self.repeat_edit)
        self.rules_label = rules_label()
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.error_label)
        self._fields: dict[str, QLineEdit] = {
            "username": self.username_edit, "display_name": self.display_name_edit,
            "password": self.password_edit}

    def create_account(self) -> bool:
        """Create the administrator and sign in; False (with the reason shown) if not."""
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self._error(passwords_differ_text(), self.repeat_edit)
            return False
        try:
            self.services.auth.create_first_administrator(
                username, password, self.display_name_edit.text())
        except ValidationError as err:
            self._error(error_text(err), self._fields.get(err.field, self.password_edit))
            return False
        except ZerenError as err:
            self._error(error_text(err), None)
            return False
        try:
            self.actor = self.services.auth.sign_in(username, password)
        except ZerenError as err:
            self._error(error_text(err), None)
            return False
        self.error_label.hide()
        return True

    def _error(self, text: str, widget: QLineEdit | None) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        if widget is not None:
            widget.setFocus()
            widget.selectAll()


class FirstAdministratorDialog(QDialog):
    """The first start on a database without accounts creates its administrator."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Create the administrator — Zeren Desktop"))
        self.setMinimumWidth(520)
        title = _title_label(self.tr("Create the system administrator"))
        self.form = AdministratorForm(services)
        self.username_edit = self.form.username_edit
        self.display_name_edit = self.form.display_name_edit
        self.password_edit = self.form.password_edit
        self.repeat_edit = self.form.repeat_edit
        self.rules_label = self.form.rules_label
        self.error_label = self.form.error_label
        self.create_button = QPushButton(self.tr("&Create and sign in"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_account)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.display_name_edit.setFocus()

    def create_account(self) -> None:
        if self.form.create_account():
            self.actor = self.form.actor
            self.accept()


class LockDialog(QDialog):
    """Covers an idle or locked screen until the signed-in user's password is given.

    `exec()`/`finished` give Accepted when unlocked, SWITCH_USER for "sign in as another
    user". Escape and the close button do nothing: the screen stays locked.
    """

    SWITCH_USER = 2

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Screen locked — Zeren Desktop"))
        self.setMinimumWidth(440)
        actor = services.actor
        name = actor.display_name or actor.username if actor else ""
        self.title_label = _title_label(self.tr("The screen is locked"))
        self.text_label = QLabel(self.tr(
            "{name} ({user}) is signed in. Enter the password to continue.").format(
                name=name, user=actor.username if actor else ""))
        self.text_label.setWordWrap(True)
        self.password_edit = password_edit()
        form = QFormLayout()
        form.addRow(self.tr("&Password"), self.password_edit)
        self.error_label = error_label()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button = QPushButton(self.tr("Sign in as &another user"))
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(lambda: self.done(self.SWITCH_USER))
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.password_edit.setFocus()

    def unlock(self) -> None:
        try:
            ok = self.services.auth.confirm_password(self.password_edit.text())
        except ZerenError as err:
            text = error_text(err)
            ok = False
        else:
            text = self.tr(
                "The password is wrong, or the account is now locked. After {n} wrong"
                " passwords the account is locked for {minutes} minutes; sign in as another"
                " user or ask the administrator.").format(
                    n=MAX_FAILED_LOGINS, minutes=LOCKOUT_MINUTES)
        if ok:
            self.accept()
            return
        self.password_edit.clear()
        self.error_label.setText(text)
        self.error_label.show()
        self.password_edit.setFocus()

    def reject(self) -> None:
        """Escape and the close button do not unlock (QDialog's closeEvent calls this)."""
