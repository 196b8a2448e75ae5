"""A page for an area that this version does not have yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    """Says what the area will hold and that it is not available in this version."""

    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(description + "\n\n" + self.tr(
            "This area is not available in this version of Zeren Desktop."))
        self.text_label.setWordWrap(True)
        self.text_label.setMaximumWidth(640)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(self.title_label)
        layout.addSpacing(12)
        layout.addWidget(self.text_label)
        layout.addStretch(1)
