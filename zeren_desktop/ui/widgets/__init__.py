"""Reusable widgets: date edits here; the PDF preview in pdf_preview.py."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from zeren_desktop.ui.common import from_qdate, to_qdate

DATE_FORMAT = "yyyy-MM-dd"


def make_date_edit(day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    edit.setDate(to_qdate(day or dt.date.today()))
    return edit


class OptionalDateEdit(QWidget):
    """A date, or none: a check box ("not recorded", "current") switches the date off."""

    changed = Signal()

    def __init__(self, none_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = make_date_edit()
        self.none_box = QCheckBox(none_text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date_edit, 1)
        layout.addWidget(self.none_box)
        self.none_box.toggled.connect(self._toggled)
        self.date_edit.dateChanged.connect(self.changed)
        self.setFocusProxy(self.date_edit)

    def _toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(not checked)
        self.changed.emit()

    def date(self) -> dt.date | None:
        if self.none_box.isChecked():
            return None
        return from_qdate(self.date_edit.date())

    def set_date(self, day: dt.date | None) -> None:
        self.none_box.setChecked(day is None)
        if day is not None:
            self.date_edit.setDate(to_qdate(day))
        self.date_edit.setEnabled(day is not None)
