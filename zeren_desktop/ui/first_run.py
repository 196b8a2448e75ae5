"""The first start on an empty database: load the demo county or start empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.ui.common import error_text


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
