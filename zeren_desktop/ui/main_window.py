"""The main window: navigation on the left, one page per area on the right."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from zeren_desktop import __version__
from zeren_desktop.services.app import Services
from zeren_desktop.ui.pages.placeholder import PlaceholderPage
from zeren_desktop.ui.pages.settings_page import SettingsPage
from zeren_desktop.ui.pages.units_cadres import UnitsCadresPage


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: QStyle.StandardPixmap
    description: str = ""  # only for areas that are not built yet


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        sp = QStyle.StandardPixmap
        self.areas: list[Area] = [
            Area("units", self.tr("Units & cadres"), sp.SP_DirHomeIcon),
            Area("ledger", self.tr("Ledger"), sp.SP_FileDialogDetailedView, self.tr(
                "The duty ledger (履责纪实) of every leader: one entry per event in the nine "
                "must-record categories, with the quarterly ledger book for printing.")),
            Area("lists", self.tr("Responsibility lists"), sp.SP_FileDialogListView, self.tr(
                "The yearly responsibility lists of party committees, discipline commissions "
                "and their members, and the signed responsibility letters.")),
            Area("clues", self.tr("Clues"), sp.SP_MessageBoxQuestion, self.tr(
                "Registration and handling of problem clues from petitions, inspections, "
                "audits, tours and higher-level referrals.")),
            Area("cases", self.tr("Accountability cases"), sp.SP_MessageBoxWarning, self.tr(
                "Accountability cases from opening to decision: subjects, findings, "
                "circumstances under the regulations, measures, appeals and influence "
                "periods.")),
            Area("assessment", self.tr("Assessment"), sp.SP_DialogApplyButton, self.tr(
                "The yearly quantitative assessment of units: indicators, scores and "
                "rankings.")),
            Area("statistics", self.tr("Statistics"), sp.SP_FileDialogContentsView, self.tr(
                "Monthly and yearly statistics of ledgers, clues and accountability cases, "
                "and merging the data of the townships.")),
            Area("documents", self.tr("Documents"), sp.SP_FileIcon, self.tr(
                "Official documents (文书) with document numbers and sign-off, printed in "
                "the national format.")),
            Area("settings", self.tr("Settings"), sp.SP_FileDialogInfoView),
        ]

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.units_page = UnitsCadresPage(services)
        self.units_page.data_changed.connect(self.update_status)
        self.settings_page = SettingsPage(services)
        self.settings_page.office_renamed.connect(lambda _name: self.update_title())
        for area in self.areas:
            page: QWidget
            if area.key == "units":
                page = self.units_page
            elif area.key == "settings":
                page = self.settings_page
            else:
                page = PlaceholderPage(area.title, area.description)
            self.pages[area.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self.style().standardIcon(area.icon), area.title)
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0) + 24, 150))
        self.nav.currentRowChanged.connect(self._area_changed)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.location_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.update_title()
        self.update_status()
        self.nav.setCurrentRow(0)
        self.resize(1280, 800)

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

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Zeren Desktop"), self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def show_area(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.nav.setCurrentRow(row)

    def area_keys(self) -> list[str]:
        return [area.key for area in self.areas]

    def current_area(self) -> str:
        return self.areas[self.stack.currentIndex()].key

    def _area_changed(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.stack.setCurrentIndex(row)

    def update_title(self) -> None:
        office = self.services.office_name()
        if office:
            self.setWindowTitle(self.tr("Zeren Desktop — {office}").format(office=office))
        else:
            self.setWindowTitle(self.tr("Zeren Desktop"))

    def update_status(self) -> None:
        summary = self.services.summary()
        self.location_label.setText(
            self.tr("Database: {location}").format(location=self.services.location))
        self.counts_label.setText(self.tr("Units: {units}   Cadres: {cadres}").format(
            units=summary.units, cadres=summary.cadres))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Zeren Desktop"), self.tr(
            "<h3>Zeren Desktop {version}</h3>"
            "<p>Responsibility ledgers, clues and accountability cases for county and "
            "township discipline-inspection offices. Works offline; the data stays on "
            "this computer.</p>").format(version=__version__))
