"""Settings (设置): interface language, the office name, where the data lives."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.settings import LANGUAGES, load_settings, save_settings

# Each language is named in itself, so anyone can find their own.
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}


class SettingsPage(QWidget):
    office_renamed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services

        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code])
        current = load_settings().language
        self.language_combo.setCurrentIndex(LANGUAGES.index(current))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("A new language takes effect after a restart."))
        self.language_note.setWordWrap(True)
        language_box = QGroupBox(self.tr("Interface"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("&Language"), self.language_combo)
        language_form.addRow("", self.language_note)

        self.office_edit = QLineEdit(services.office_name())
        self.office_edit.setMaxLength(100)
        self.office_edit.setPlaceholderText(self.tr("e.g. the county discipline commission"))
        self.office_save_button = QPushButton(self.tr("&Save"))
        self.office_save_button.clicked.connect(self.save_office_name)
        self.office_edit.returnPressed.connect(self.save_office_name)
        self.office_status = QLabel()
        office_row = QHBoxLayout()
        office_row.addWidget(self.office_edit, 1)
        office_row.addWidget(self.office_save_button)
        self.location_label = QLabel(services.location)
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        data_box = QGroupBox(self.tr("Data"))
        data_form = QFormLayout(data_box)
        data_form.addRow(self.tr("&Office name"), office_row)
        data_form.addRow("", self.office_status)
        data_form.addRow(self.tr("Database"), self.location_label)

        # Only the administrator renames the office; everyone else sees the name.
        actor = services.actor
        self.may_rename = actor is not None and actor.can(Permission.MANAGE_SETTINGS) \
            and not services.read_only
        self.office_edit.setReadOnly(not self.may_rename)
        self.office_save_button.setVisible(self.may_rename)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(language_box)
        layout.addWidget(data_box)
        layout.addStretch(1)
        for box in (language_box, data_box):
            box.setMaximumWidth(760)

    def _language_chosen(self, index: int) -> None:
        if not 0 <= index < len(LANGUAGES):
            return
        settings = load_settings()
        settings.language = LANGUAGES[index]
        save_settings(settings)
        self.language_note.setText(self.tr(
            "Saved. The new language takes effect after a restart."))

    def save_office_name(self) -> None:
        if not self.may_rename:
            return
        try:
            self.services.rename_office(self.office_edit.text())
        except ZerenError as err:
            self.office_status.setText(error_text(err))
            return
        name = self.services.office_name()
        self.office_edit.setText(name)
        self.office_status.setText(self.tr("Saved."))
        self.office_renamed.emit(name)
