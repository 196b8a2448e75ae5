"""The first start of the program on this computer, and the guided tour.

`FirstRunWizard` runs when no database was ever chosen here (no `--db`, no ZEREN_DB, no
"database" in settings.json, no file at the default place): choose the data folder,
create the administrator, load the demo county or start empty, then a short tour of
the main areas. `TourWizard` is the tour alone (Help → Quick tour).

`FirstRunDialog` is the older two-button choice for a new, empty database opened with
`--db` (after its administrator was created).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from zeren_desktop import config, paths
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.dialogs.password_dialogs import error_label
from zeren_desktop.ui.login import AdministratorForm
from zeren_desktop.ui.worker import Task, run_task

DATABASE_NAME = "zeren.sqlite"
# Files SQLite and the program put beside a database file.
_COMPANIONS = ("", "-wal", "-shm", ".lock", ".audit-head")


def needs_first_run(target: str | None) -> bool:
    """True when this computer has never chosen a database: show the first-run wizard."""
    if target is not None or os.environ.get("ZEREN_DB"):
        return False
    if config.database_location() is not None:
        return False
    return not paths.default_database_path().exists()


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _application_pixmap(size: int = 48) -> QPixmap:
    icon = QGuiApplication.windowIcon()
    return icon.pixmap(QSize(size, size)) if not icon.isNull() else QPixmap()


def _style_wizard(wizard: QWizard) -> None:
    """The same look everywhere but on Windows and macOS, which have their own."""
    if sys.platform not in ("win32", "darwin"):
        wizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    wizard.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
    wizard.setPixmap(QWizard.WizardPixmap.LogoPixmap, _application_pixmap())
    button = QWizard.WizardButton
    wizard.setButtonText(button.BackButton, QCoreApplication.translate("Tour", "< &Back"))
    wizard.setButtonText(button.NextButton, QCoreApplication.translate("Tour", "&Next >"))
    wizard.setButtonText(button.FinishButton, QCoreApplication.translate("Tour", "&Finish"))
    wizard.setButtonText(button.CancelButton, QCoreApplication.translate("Tour", "&Cancel"))
    wizard.setButtonText(button.CustomButton1,
                         QCoreApplication.translate("Tour", "&Skip the tour"))
    wizard.setMinimumSize(680, 440)


# ---- the tour ---------------------------------------------------------------------------

class TourPage(QWizardPage):
    """One main area: its name, where to find it, one sentence."""

    def __init__(self, title: str, text: str, icon: QStyle.StandardPixmap,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(self.tr("A short tour of the main areas (in the list on the left"
                                 " of the main window)."))
        picture = QLabel()
        picture.setPixmap(self.style().standardIcon(icon).pixmap(QSize(48, 48)))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text_label = _wrapped(text)
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text_label.setFont(font)
        row = QHBoxLayout(self)
        row.addWidget(picture)
        row.addSpacing(12)
        row.addWidget(self.text_label, 1)


def tour_pages() -> list[TourPage]:
    sp = QStyle.StandardPixmap
    return [
        TourPage(QCoreApplication.translate("Tour", "Units & cadres"),
                 QCoreApplication.translate(
                     "Tour", "Keep the tree of units and every cadre with their posts; find"
                     " anyone by name or ID number and print the roster of cadres."),
                 sp.SP_DirHomeIcon),
        TourPage(QCoreApplication.translate("Tour", "Accountability cases"),
                 QCoreApplication.translate(
                     "Tour", "Register accountability cases; the assessment wizard finds the"
                     " clauses that apply, weighs the grounds for lighter or heavier"
                     " handling and proposes the measures the regulations allow."),
                 sp.SP_MessageBoxWarning),
        TourPage(QCoreApplication.translate("Tour", "Backups & restore"),
                 QCoreApplication.translate(
                     "Tour", "The program backs the database up by itself once a day; back"
                     " up now, choose the backup folder or restore a verified backup here."),
                 sp.SP_DriveHDIcon),
        TourPage(QCoreApplication.translate("Tour", "Accounts and audit trail"),
                 QCoreApplication.translate(
                     "Tour", "For administrators and the auditor: create the accounts of"
                     " clerks, reviewers and leaders, and read the audit trail that records"
                     " every change and cannot be altered unnoticed."),
                 sp.SP_ComputerIcon),
        TourPage(QCoreApplication.translate("Tour", "Settings"),
                 QCoreApplication.translate(
                     "Tour", "Choose the language, the issuer names and number prefixes"
                     " printed on documents, their fonts, the deadlines and the backup"
                     " folder. Help → Quick tour shows this tour again."),
                 sp.SP_FileDialogInfoView),
    ]


class TourWizard(QWizard):
    """The tour alone, from Help → Quick tour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick tour — Zeren Desktop"))
        _style_wizard(self)
        self.pages = tour_pages()
        for page in self.pages:
            self.addPage(page)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        button = QWizard.WizardButton
        self.setButtonLayout([button.CustomButton1, button.Stretch, button.BackButton,
                              button.NextButton, button.FinishButton])
        self.customButtonClicked.connect(lambda _which: self.accept())


# ---- the first run ----------------------------------------------------------------------

class FolderPage(QWizardPage):
    """Welcome, and where the data lives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Zeren Desktop"))
        self.setSubTitle(self.tr("Responsibility ledgers, clues and accountability cases"
                                 " for discipline-inspection offices. Works offline."))
        intro = _wrapped(self.tr(
            "First choose the folder for the data. The program keeps its database there,"
            " and its daily backups in a folder beside it. Choose a folder on this"
            " computer's own disk: never a USB stick or a network share."))
        self.folder_edit = QLineEdit(str(paths.data_dir()))
        self.folder_edit.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        folder_label = QLabel(self.tr("Data &folder"))
        folder_label.setBuddy(self.folder_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(folder_label, row)
        self.file_note = _wrapped("")
        self.file_note.setStyleSheet("color: #555555;")
        self.folder_edit.textChanged.connect(self._update_note)
        self.error_label = error_label()
        steps = _wrapped(self.tr(
            "Then: create the administrator's account, choose the demo county or an empty"
            " database, and take a short tour of the main areas."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.file_note)
        layout.addWidget(self.error_label)
        layout.addSpacing(16)
        layout.addWidget(steps)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))
        self._update_note()

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def _update_note(self) -> None:
        text = self.folder_edit.text().strip()
        if not text:
            self.file_note.setText("")
            return
        file = self.folder() / DATABASE_NAME
        if file.exists():
            self.file_note.setText(self.tr(
                "This folder holds a database already ({file}); it will be opened.").format(
                    file=file))
        else:
            self.file_note.setText(self.tr("The database will be {file}.").format(file=file))

    def isComplete(self) -> bool:
        return bool(self.folder_edit.text().strip())

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the data folder"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(str(Path(chosen)))

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        if wizard.existing:
            # QWizard.accept() validates the current page again: it was.
            return True
        folder = self.folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            self._error(self.tr("The folder cannot be created: {reason}").format(
                reason=err.strerror or err))
            return False
        file = folder / DATABASE_NAME
        existed = file.exists()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            services = Services.open(file)
        except (ZerenError, OSError) as err:
            self._error(self.tr("The database cannot be opened there: {reason}").format(
                reason=error_text(err) if isinstance(err, ZerenError) else str(err)))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        warning = services.location_warning
        if warning is not None and not services.read_only:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Zeren Desktop"),
                              warning.render(QCoreApplication.translate),
                              QMessageBox.StandardButton.NoButton, self)
            other = box.addButton(self.tr("Choose &another folder"),
                                  QMessageBox.ButtonRole.RejectRole)
            box.addButton(self.tr("&Use this folder anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.setDefaultButton(other)
            box.exec()
            if box.clickedButton() is other:
                services.close()
                if not existed:
                    _remove_new_database(file)
                return False
        self.error_label.hide()
        config.update(database=str(file))
        wizard.services = services
        if existed and services.auth.has_accounts():
            # A database with accounts: no set-up to do; the login dialog follows.
            wizard.existing = True
            wizard.accept()
            return False
        return True

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _remove_new_database(file: Path) -> None:
    """Remove a database this wizard has just created (empty) and left behind."""
    for suffix in _COMPANIONS:
        with contextlib.suppress(OSError):
            file.with_name(file.name + suffix).unlink(missing_ok=True)


class AdministratorPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Create the system administrator"))
        self.setSubTitle(self.tr("The administrator manages accounts, settings and backups."))
        self.form: AdministratorForm | None = None
        self.box = QVBoxLayout(self)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create and sign in"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard) and wizard.services is not None
        if self.form is None:
            self.form = AdministratorForm(wizard.services)
            self.box.addWidget(self.form)
            self.box.addStretch(1)
        self.form.display_name_edit.setFocus()

    def validatePage(self) -> bool:
        return self.form is not None and self.form.create_account()


class StartDataPage(QWizardPage):
    """The demo county, or an empty database with the office's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Demo county or your own data"))
        self.setSubTitle(self.tr("Try the program on a fictional county, or start with your"
                                 " own units."))
        self.demo_radio = QRadioButton(self.tr("Load the &demo county"))
        self.demo_note = _wrapped(self.tr(
            "A fictional county with townships, departments and a few hundred cadres. It"
            " also makes the demo accounts clerk, reviewer, leader and auditor (the"
            " password of each: {password}). Good for trying the program and for training;"
            " use a separate data folder for real work.").format(password=_demo_password()))
        self.empty_radio = QRadioButton(self.tr("Start with an &empty database"))
        self.office_edit = QLineEdit()
        self.office_edit.setMaxLength(100)
        self.office_edit.setPlaceholderText(self.tr("e.g. the county discipline commission"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.demo_radio)
        self.group.addButton(self.empty_radio)
        self.empty_radio.setChecked(True)
        self.empty_radio.toggled.connect(self.office_edit.setEnabled)
        office_form = QFormLayout()
        office_form.setContentsMargins(24, 0, 0, 0)
        office_form.addRow(self.tr("&Office name"), self.office_edit)
        self.demo_note.setStyleSheet("color: #555555;")
        self.demo_note.setContentsMargins(24, 0, 0, 0)
        self.error_label = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_radio)
        layout.addLayout(office_form)
        layout.addSpacing(12)
        layout.addWidget(self.demo_radio)
        layout.addWidget(self.demo_note)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.loaded = False
        self.task: Task | None = None
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard) and wizard.services is not None
        from zeren_desktop.ui.app import _demo_module

        summary = wizard.services.summary()
        # The demo fills an empty database only.
        self.demo_radio.setEnabled(_demo_module() is not None and summary.units == 0
                                   and summary.cadres == 0)
        if not self.office_edit.text():
            self.office_edit.setText(wizard.services.office_name())

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard) and wizard.services is not None
        services = wizard.services
        if self.demo_radio.isChecked():
            if self.loaded:
                return True
            if self.task is None:
                self._load_demo(services)
            return False
        name = self.office_edit.text().strip()
        if name and name != services.office_name():
            try:
                services.rename_office(name)
            except ZerenError as err:
                self.error_label.setText(error_text(err))
                self.error_label.show()
                return False
        return True

    def _load_demo(self, services: Services) -> None:
        from zeren_desktop.ui.app import load_demo_if_available

        self.error_label.hide()
        self._set_busy(True)
        task = run_task(load_demo_if_available, services,
                        progress_label=self.tr("Loading the demo county…"),
                        parent=self.wizard())
        task.succeeded.connect(self._demo_loaded)
        task.failed.connect(self._demo_failed)
        self.task = task

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.demo_radio, self.empty_radio, self.office_edit):
            widget.setEnabled(not busy and (widget is not self.office_edit
                                            or self.empty_radio.isChecked()))
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.CommitButton).setEnabled(not busy)

    def _demo_loaded(self, _result: object) -> None:
        self.task = None
        self.loaded = True
        self._set_busy(False)
        self.demo_radio.setEnabled(False)
        self.empty_radio.setEnabled(False)
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        wizard.demo_loaded = True
        wizard.next()

    def _demo_failed(self, error: object) -> None:
        self.task = None
        self._set_busy(False)
        text = error_text(error) if isinstance(error, ZerenError) else \
            f"{type(error).__name__}: {error}"
        self.error_label.setText(text)
        self.error_label.show()


def _demo_password() -> str:
    from zeren_desktop.ui.app import _demo_module

    demo = _demo_module()
    return str(getattr(demo, "DEMO_PASSWORD", "")) if demo is not None else ""


class FirstRunWizard(QWizard):
    """The first start on this computer. Afterwards `services` is the opened database
    (None when cancelled before choosing a folder); the administrator is signed in,
    unless `existing` (a folder with a database that has accounts: log in as usual)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.existing = False
        self.demo_loaded = False
        self.tour_finished = False
        self.setWindowTitle(self.tr("First start — Zeren Desktop"))
        _style_wizard(self)
        self.folder_page = FolderPage()
        self.admin_page = AdministratorPage()
        self.data_page = StartDataPage()
        self.addPage(self.folder_page)
        self.addPage(self.admin_page)
        self.data_id = self.addPage(self.data_page)
        self.tour = tour_pages()
        self.tour_ids = [self.addPage(page) for page in self.tour]
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.customButtonClicked.connect(lambda _which: self.accept())
        self.currentIdChanged.connect(self._page_changed)
        self._page_changed(self.currentId())

    def _page_changed(self, page_id: int) -> None:
        button = QWizard.WizardButton
        if page_id in self.tour_ids:
            self.setButtonLayout([button.CustomButton1, button.Stretch, button.BackButton,
                                  button.NextButton, button.FinishButton])
        elif page_id == self.data_id:
            # The administrator exists: cancelling now would leave half a set-up.
            self.setButtonLayout([button.Stretch, button.CommitButton])
        else:
            self.setButtonLayout([button.Stretch, button.BackButton, button.NextButton,
                                  button.CommitButton, button.CancelButton])

    def accept(self) -> None:
        if self.currentId() == self.tour_ids[-1]:
            self.tour_finished = True
        super().accept()

    def signed_in(self) -> bool:
        return self.services is not None and self.services.actor is not None


class FirstRunDialog(QDialog):
    """Two choices; closing the dialog means starting with the empty database."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.demo_loaded = False
        self.setWindowTitle(self.tr("Welcome to Zeren Desktop"))
        self.setMinimumWidth(520)
        text = QLabel(self.tr(
            "<p>The database is empty.</p>"
            "<p>You can load a fictional demo county (townships, departments and a few "
            "hundred cadres) to try the program, or start with an empty database and "
            "enter your own units.</p>"
            "<p>Database: {location}</p>").format(location=services.location))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.demo_button = QPushButton(self.tr("Load the &demo county"))
        self.demo_button.clicked.connect(self.load_demo)
        self.empty_button = QPushButton(self.tr("Start with an &empty database"))
        self.empty_button.clicked.connect(self.accept)
        self.empty_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.empty_button)

    def load_demo(self) -> None:
        from zeren_desktop.ui.app import load_demo_if_available

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.demo_loaded = load_demo_if_available(self.services)
        except ZerenError as err:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Zeren Desktop"), error_text(err))
            return
        finally:
            if QGuiApplication.overrideCursor() is not None:
                QGuiApplication.restoreOverrideCursor()
        self.accept()
