"""The main window: navigation on the left, one page per area on the right.

The areas and buttons follow the signed-in user's permissions; the window locks itself
after a while without input and on Ctrl+L.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop import __version__
from zeren_desktop.domain.documents import DocumentKind
from zeren_desktop.domain.security import Permission
from zeren_desktop.services.app import Services
from zeren_desktop.services.session import Actor
from zeren_desktop.ui.dialogs.password_dialogs import ChangePasswordDialog
from zeren_desktop.ui.idle import DEFAULT_IDLE_MS, IdleWatcher
from zeren_desktop.ui.login import LockDialog
from zeren_desktop.ui.pages.accounts_page import AccountsPage
from zeren_desktop.ui.pages.assessment_page import AssessmentPage
from zeren_desktop.ui.pages.audit_page import AuditPage
from zeren_desktop.ui.pages.backups_page import BackupsPage
from zeren_desktop.ui.pages.cases_page import CasesPage
from zeren_desktop.ui.pages.clues_page import CluesPage
from zeren_desktop.ui.pages.documents_page import DocumentsPage
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS
from zeren_desktop.ui.pages.home_page import HomePage
from zeren_desktop.ui.pages.inspections_page import InspectionsPage
from zeren_desktop.ui.pages.integrity_page import IntegrityPage
from zeren_desktop.ui.pages.ledger_page import LedgerPage
from zeren_desktop.ui.pages.lists_page import ListsPage
from zeren_desktop.ui.pages.meetings_page import MeetingsPage
from zeren_desktop.ui.pages.placeholder import PlaceholderPage
from zeren_desktop.ui.pages.settings_page import SettingsPage
from zeren_desktop.ui.pages.statistics_page import StatisticsPage
from zeren_desktop.ui.pages.units_cadres import UnitsCadresPage

_P = TypeVar("_P", bound=QWidget)


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    description: str = ""  # only for areas that are not built yet
    # Shown to users with this permission (None: to everybody).
    permission: Permission | None = None


def user_text(actor: Actor) -> str:
    if actor.display_name and actor.display_name != actor.username:
        return QCoreApplication.translate("MainWindow", "{name} ({user})").format(
            name=actor.display_name, user=actor.username)
    return actor.username


class MainWindow(QMainWindow):
    # The user chose "Sign out" or "Sign in as another user" on the lock screen.
    sign_out_requested = Signal()
    # The window was closed (quit), not signed out.
    closed = Signal()
    # Work that replaces the database (a restore) started / ended: the window takes no
    # input meanwhile, and the session's automatic backup waits.
    long_work_started = Signal()
    long_work_ended = Signal()
    # On screen with its first page's records (the dashboard counts in the background
    # after the window shows): work that can wait, such as the start-up backup, starts now.
    ready = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None,
                 idle_lock_ms: int = DEFAULT_IDLE_MS) -> None:
        super().__init__(parent)
        self.services = services
        # Text the services write into records (derived ledger entries) in the UI language.
        services.write_records_in(QCoreApplication.translate)
        self.actor = services.actor
        self.locked = False
        self.lock_dialog: LockDialog | None = None
        self.tour: QWidget | None = None
        self._signing_out = False
        self.working = False
        self.is_ready = False
        self._shown_once = False
        sp = QStyle.StandardPixmap
        records = Permission.VIEW_RECORDS
        every_area: list[Area] = [
            Area("home", self.tr("Dashboard"), sp.SP_DesktopIcon, permission=records),
            Area("units", self.tr("Units & cadres"), sp.SP_DirHomeIcon,
                 permission=Permission.VIEW_MASTER_DATA),
            Area("ledger", self.tr("Ledger"), sp.SP_FileDialogDetailedView, self.tr(
                "The duty ledger (履责纪实) of every leader: one entry per event in the nine "
                "must-record categories, with the quarterly ledger book for printing."),
                records),
            Area("meetings", self.tr("Meetings"), sp.SP_FileDialogNewFolder,
                 permission=records),
            Area("lists", self.tr("Responsibility lists"), sp.SP_FileDialogListView, self.tr(
                "The yearly responsibility lists of party committees, discipline commissions "
                "and their members, and the signed responsibility letters."), records),
            Area("inspections", self.tr("Inspections"), sp.SP_DialogYesButton,
                 permission=records),
            Area("clues", self.tr("Clues"), sp.SP_MessageBoxQuestion, self.tr(
                "Registration and handling of problem clues from petitions, inspections, "
                "audits, tours and higher-level referrals."), records),
            Area("cases", self.tr("Accountability cases"), sp.SP_MessageBoxWarning, self.tr(
                "Accountability cases from opening to decision: subjects, findings, "
                "circumstances under the regulations, measures, appeals and influence "
                "periods."), records),
            Area("integrity", self.tr("Talks & integrity files"), sp.SP_DirOpenIcon,
                 permission=records),
            Area("assessment", self.tr("Assessment"), sp.SP_DialogApplyButton, self.tr(
                "The yearly quantitative assessment of units: indicators, scores and "
                "rankings."), records),
            Area("statistics", self.tr("Statistics"), sp.SP_FileDialogContentsView, self.tr(
                "Monthly and yearly statistics of ledgers, clues and accountability cases, "
                "and merging the data of the townships."), records),
            Area("documents", self.tr("Documents"), sp.SP_FileIcon, self.tr(
                "Official documents (文书) with document numbers and sign-off, printed in "
                "the national format."), records),
            Area("accounts", self.tr("Accounts"), sp.SP_ComputerIcon,
                 permission=Permission.MANAGE_ACCOUNTS),
            Area("audit", self.tr("Audit trail"), sp.SP_MessageBoxInformation,
                 permission=Permission.READ_AUDIT),
            Area("backups", self.tr("Backups & restore"), sp.SP_DriveHDIcon,
                 permission=Permission.BACKUP),
            Area("settings", self.tr("Settings"), sp.SP_FileDialogInfoView),
        ]
        # Nobody signed in (the smoke test of a real database): every area, each page
        # saying "please sign in".
        actor = self.actor
        self.areas: list[Area] = [
            a for a in every_area
            if actor is None or a.permission is None or actor.can(a.permission)]

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        # Each area's page is made when it is first shown or asked for (the properties
        # below): the start makes only the first page, whatever the other pages hold.
        self.pages: dict[str, QWidget] = {}
        self.settings_page = SettingsPage(services)
        self.settings_page.office_renamed.connect(lambda _name: self.update_title())
        for area in self.areas:
            self.stack.addWidget(QWidget())   # stands in until the page is made
            item = QListWidgetItem(self.style().standardIcon(area.icon), area.title)
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 24, 150))
        if actor is None:
            # Nobody signed in: no page reads records, each says "please sign in".
            for area in self.areas:
                self.page(area.key)
        self.nav.currentRowChanged.connect(self._area_changed)

        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(4, 4, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        # While locked, the records are covered, not just behind a dialog.
        self.cover = QWidget()
        self.cover.setAutoFillBackground(True)
        cover_layout = QVBoxLayout(self.cover)
        self.cover_label = QLabel(self.tr("The screen is locked."))
        self.cover_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cover_layout.addWidget(self.cover_label)
        # Opened read-only (another window has it, or read-only media): say so on top.
        self.read_only_banner = QLabel(self.tr(
            "Read-only: changes cannot be saved. (Another window or program has the"
            " database open, or it is on read-only media.)"))
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fff3c4; color: #5c4400;"
            " border: 1px solid #e0c060; padding: 6px; }")
        self.read_only_banner.setVisible(services.read_only)
        framed = QWidget()
        framed_layout = QVBoxLayout(framed)
        framed_layout.setContentsMargins(0, 0, 0, 0)
        framed_layout.setSpacing(0)
        framed_layout.addWidget(self.read_only_banner)
        framed_layout.addWidget(workspace, 1)
        self.screen_stack = QStackedWidget()
        self.screen_stack.addWidget(framed)
        self.screen_stack.addWidget(self.cover)
        self.setCentralWidget(self.screen_stack)

        self._build_menus()
        self.location_label = QLabel()
        self.counts_label = QLabel()
        self.user_label = QLabel()
        self.statusBar().addWidget(self.location_label, 1)
        # The last automatic backup failed: a short note that stays, details on hover.
        self.backup_label = QLabel()
        self.backup_label.setStyleSheet("color: #c00000;")
        self.backup_label.hide()
        self.statusBar().addPermanentWidget(self.backup_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.update_title()
        self.update_status()
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)

        self.idle = IdleWatcher(idle_lock_ms, self)
        self.idle.idle.connect(self.lock_screen)
        if self.actor is not None:
            self.idle.start()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.area_actions: list[QAction] = []
        for number, area in enumerate(self.areas, start=1):
            action = QAction(area.title, self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_area(row))
            go_menu.addAction(action)
            self.area_actions.append(action)

        self.user_menu = self.menuBar().addMenu(self.tr("&User"))
        self.change_password_action = QAction(self.tr("&Change password…"), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self.tr("&Lock screen"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_screen)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.triggered.connect(self.request_sign_out)
        for action in (self.change_password_action, self.lock_action, self.sign_out_action):
            action.setEnabled(self.actor is not None)
            self.user_menu.addAction(action)
        self.user_menu.insertSeparator(self.sign_out_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.tour_action = QAction(self.tr("Quick &tour"), self)
        self.tour_action.triggered.connect(self.show_tour)
        help_menu.addAction(self.tour_action)
        about_action = QAction(self.tr("&About Zeren Desktop"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    # -- areas

    def show_area(self, row: int) -> None:
        if 0 <= row < len(self.areas) and not self.locked:
            self.nav.setCurrentRow(row)

    def show_area_key(self, key: str) -> None:
        """Switch to an area by its key (nothing happens for an area the user lacks)."""
        if key in self.area_keys():
            self.show_area(self.area_keys().index(key))

    def open_record(self, kind: str, record_id: object) -> None:
        """Show a record in its own area: a case or a clue from a statistics drill-down,
        the source of a derived ledger entry (meeting, talk, case, inspection, scoring)."""
        assert isinstance(record_id, uuid.UUID)
        keys = self.area_keys()
        if kind in ("case", "case_stage") and self.cases_page is not None and "cases" in keys:
            self.show_area_key("cases")
            self.cases_page.open_case(record_id)
        elif kind == "clue" and self.clues_page is not None and "clues" in keys:
            self.show_area_key("clues")
            self.clues_page.open_clue(record_id)
        elif kind == "meeting" and self.meetings_page is not None and "meetings" in keys:
            self.show_area_key("meetings")
            self.meetings_page.show_meeting(record_id)
        elif kind == "talk" and self.integrity_page is not None and "integrity" in keys:
            self.show_area_key("integrity")
            self.integrity_page.show_talk(record_id)
        elif kind == "inspection" and self.inspections_page is not None \
                and "inspections" in keys:
            self.show_area_key("inspections")
            self.inspections_page.show_inspection(record_id)
        elif kind == "assessment" and "assessment" in keys:
            self.show_area_key("assessment")

    def draft_document(self, kind: object, record_id: object) -> None:
        """A new draft of `kind` from a case or talk: the documents page's dialog."""
        assert isinstance(kind, DocumentKind) and isinstance(record_id, uuid.UUID)
        page = self.documents_page
        if page is None or "documents" not in self.area_keys():
            return
        self.show_area_key("documents")
        if kind is DocumentKind.TALK_RECORD:
            page.new_document(kind, talk_id=record_id)
        else:
            page.new_document(kind, case_id=record_id)

    def open_document(self, document_id: object) -> None:
        assert isinstance(document_id, uuid.UUID)
        if self.documents_page is not None and "documents" in self.area_keys():
            self.show_area_key("documents")
            self.documents_page.show_document(document_id)

    def area_keys(self) -> list[str]:
        return [area.key for area in self.areas]

    def current_area(self) -> str:
        return self.areas[self.stack.currentIndex()].key

    def _area_changed(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.page(self.areas[row].key)
            self.stack.setCurrentIndex(row)

    # -- the pages, made on first use

    def page(self, key: str) -> QWidget | None:
        """The page of area `key` (made now if it was not yet), None for an area the user
        does not have."""
        made = self.pages.get(key)
        if made is not None:
            return made
        keys = self.area_keys()
        if key not in keys:
            return None
        index = keys.index(key)
        page = self._make_page(self.areas[index])
        self.pages[key] = page
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        return page

    def _make_page(self, area: Area) -> QWidget:
        services = self.services
        key = area.key
        page: QWidget
        if key == "units":
            units = UnitsCadresPage(services)
            units.data_changed.connect(self.update_status)
            page = units
        elif key == "accounts":
            page = AccountsPage(services)
        elif key == "audit":
            page = AuditPage(services)
        elif key == "backups":
            backups = BackupsPage(services)
            # A restore changed every record: sign in again on the restored data.
            backups.restored.connect(lambda _result: QTimer.singleShot(0, self.request_sign_out))
            backups.restore_started.connect(self.begin_long_work)
            backups.restore_ended.connect(self.end_long_work)
            page = backups
        elif key == "cases":
            cases = CasesPage(services)
            # Documents are drafted from the cases and talks pages on the documents page.
            cases.document_requested.connect(self.draft_document)
            page = cases
        elif key == "home":
            # Counted once the window is on screen (showEvent), in the background; with
            # nobody signed in it says so at once (the services refuse before any query).
            home = HomePage(services, load=self.actor is None)
            home.open_area.connect(self.show_area_key)
            page = home
        elif key == "lists":
            page = ListsPage(services)
        elif key == "inspections":
            page = InspectionsPage(services)
        elif key == "clues":
            page = CluesPage(services)
        elif key == "integrity":
            integrity = IntegrityPage(services)
            integrity.document_requested.connect(self.draft_document)
            integrity.document_created.connect(self.open_document)
            page = integrity
        elif key == "ledger":
            ledger = LedgerPage(services)
            ledger.open_record.connect(self.open_record)
            page = ledger
        elif key == "meetings":
            page = MeetingsPage(services)
        elif key == "statistics":
            statistics = StatisticsPage(services)
            statistics.open_record.connect(self.open_record)
            page = statistics
        elif key == "assessment":
            page = AssessmentPage(services)
        elif key == "documents":
            page = DocumentsPage(services)
        elif key == "settings":
            page = self.settings_page
        else:
            page = PlaceholderPage(area.title, area.description)
        return page

    def _typed_page(self, key: str, kind: type[_P]) -> _P | None:
        page = self.page(key)
        return page if isinstance(page, kind) else None

    @property
    def units_page(self) -> UnitsCadresPage | None:
        return self._typed_page("units", UnitsCadresPage)

    @property
    def home_page(self) -> HomePage | None:
        return self._typed_page("home", HomePage)

    @property
    def lists_page(self) -> ListsPage | None:
        return self._typed_page("lists", ListsPage)

    @property
    def ledger_page(self) -> LedgerPage | None:
        return self._typed_page("ledger", LedgerPage)

    @property
    def meetings_page(self) -> MeetingsPage | None:
        return self._typed_page("meetings", MeetingsPage)

    @property
    def inspections_page(self) -> InspectionsPage | None:
        return self._typed_page("inspections", InspectionsPage)

    @property
    def clues_page(self) -> CluesPage | None:
        return self._typed_page("clues", CluesPage)

    @property
    def cases_page(self) -> CasesPage | None:
        return self._typed_page("cases", CasesPage)

    @property
    def integrity_page(self) -> IntegrityPage | None:
        return self._typed_page("integrity", IntegrityPage)

    @property
    def statistics_page(self) -> StatisticsPage | None:
        return self._typed_page("statistics", StatisticsPage)

    @property
    def documents_page(self) -> DocumentsPage | None:
        return self._typed_page("documents", DocumentsPage)

    @property
    def assessment_page(self) -> AssessmentPage | None:
        return self._typed_page("assessment", AssessmentPage)

    @property
    def accounts_page(self) -> AccountsPage | None:
        return self._typed_page("accounts", AccountsPage)

    @property
    def audit_page(self) -> AuditPage | None:
        return self._typed_page("audit", AuditPage)

    @property
    def backups_page(self) -> BackupsPage | None:
        return self._typed_page("backups", BackupsPage)

    def update_title(self) -> None:
        office = self.services.office_name()
        actor = self.actor
        if office and actor is not None:
            title = self.tr("Zeren Desktop — {office} — {user}").format(
                office=office, user=user_text(actor))
        elif actor is not None:
            title = self.tr("Zeren Desktop — {user}").format(user=user_text(actor))
        elif office:
            title = self.tr("Zeren Desktop — {office}").format(office=office)
        else:
            title = self.tr("Zeren Desktop")
        if self.services.read_only:
            title = self.tr("{title} [read-only]").format(title=title)
        self.setWindowTitle(title)

    def update_status(self) -> None:
        self.location_label.setText(
            self.tr("Database: {location}").format(location=self.services.location))
        actor = self.actor
        self.counts_label.setText("")
        if actor is not None and actor.can(Permission.VIEW_MASTER_DATA):
            # What this user sees: a township user counts its township only.
            try:
                units = len(self.services.units.list_all())
                cadres = self.services.cadres.count()
            except ACCESS_ERRORS:
                pass
            else:
                self.counts_label.setText(self.tr("Units: {units}   Cadres: {cadres}").format(
                    units=units, cadres=cadres))
        self.user_label.setText(
            self.tr("Signed in: {user}").format(user=user_text(actor)) if actor is not None
            else self.tr("Not signed in"))

    def show_backup_note(self, text: str, failed: bool = False) -> None:
        """The automatic backup's outcome: a note in the status bar, never a dialog."""
        self.statusBar().showMessage(text, 30_000 if failed else 10_000)
        if failed:
            self.backup_label.setText(self.tr("Automatic backup failed"))
            self.backup_label.setToolTip(text)
            self.backup_label.show()
        else:
            self.backup_label.hide()

    # -- the user menu

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.services, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(self.tr("The password was changed."), 5000)

    def lock_screen(self) -> None:
        """Cover the records and ask for the signed-in user's password."""
        if self.locked or self.actor is None or self.services.actor is None:
            return
        self.locked = True
        self.idle.stop()
        self.screen_stack.setCurrentWidget(self.cover)
        self.menuBar().setEnabled(False)
        self.lock_dialog = LockDialog(self.services, self)
        self.lock_dialog.finished.connect(self._lock_finished)
        self.lock_dialog.open()

    def _lock_finished(self, result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == LockDialog.SWITCH_USER:
            self.request_sign_out()
            return
        self.locked = False
        self.screen_stack.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.actor = self.services.actor
        self.idle.start()

    def begin_long_work(self) -> None:
        """Take no input (pages, menus, idle lock) until end_long_work()."""
        self.working = True
        self.idle.stop()
        self.screen_stack.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.long_work_started.emit()

    def end_long_work(self) -> None:
        if not self.working:
            return
        self.working = False
        self.screen_stack.setEnabled(True)
        if not self.locked:
            self.menuBar().setEnabled(True)
            if not self._signing_out:
                self.idle.start()
        self.long_work_ended.emit()

    def request_sign_out(self) -> None:
        self._signing_out = True
        self.idle.stop()
        self.sign_out_requested.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            # After this show has been handled: the window paints before any counting.
            QTimer.singleShot(0, self._first_load)

    def _first_load(self) -> None:
        home = self.pages.get("home")
        if not isinstance(home, HomePage) or home.loaded:
            self._become_ready()
            return
        home.first_loaded.connect(self._become_ready)
        home.load_in_background()

    def _become_ready(self) -> None:
        if not self.is_ready:
            self.is_ready = True
            self.ready.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing a locked window quits the program: the next start asks for a password.
        self.idle.stop()
        if self.lock_dialog is not None:
            self.lock_dialog.hide()
        super().closeEvent(event)
        if not self._signing_out:
            self.closed.emit()

    def show_tour(self) -> None:
        from zeren_desktop.ui.first_run import TourWizard

        tour = TourWizard(self)
        self.tour = tour
        tour.finished.connect(tour.deleteLater)
        tour.open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Zeren Desktop"), self.tr(
            "<h3>Zeren Desktop {version}</h3>"
            "<p>Responsibility ledgers, clues and accountability cases for county and "
            "township discipline-inspection offices. Works offline; the data stays on "
            "this computer.</p>").format(version=__version__))
