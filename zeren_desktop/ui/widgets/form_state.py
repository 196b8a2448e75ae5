"""Nothing typed is lost by Esc: a dialog asks before it throws away what was typed.

`form_state(dialog)` is what the dialog's inputs hold (texts, choices, dates, numbers,
ticks); `DiscardGuard`, mixed into a QDialog, takes it when the dialog is first shown and
compares it when the dialog is cancelled (Esc, Cancel, the window's close button: Qt sends
each through `reject()`), asking before anything changed is thrown away.
"""

from __future__ import annotations

import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from zeren_desktop.ui.common import ask_discard


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):  # ticks (attendees, list items), not the selection
        return tuple(widget.item(i).checkState().value for i in range(widget.count())
                     if widget.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    return None


def form_state(root: QWidget) -> tuple[Any, ...]:
    """What the inputs below `root` hold, in a comparable form."""
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox,
             QAbstractButton, QListWidget)
    return tuple((widget.objectName(), type(widget).__name__, _value(widget))
                 for widget in root.findChildren(QWidget)
                 if isinstance(widget, kinds))


def forget_typed_changes() -> None:
    """Let every guarded dialog close without asking: for a close the program does itself
    (the end of a test, when nobody is there to answer)."""
    for dialog in list(_GUARDED):
        dialog.closes_without_asking = True


class DiscardGuard:
    """Mixed into a QDialog (before it): cancelling asks when something was typed.

    A dialog with its own idea of "changed" overrides `has_unsaved_changes`; its own
    question, `discard_question`."""

    _opened_state: tuple[Any, ...] | None = None
    closes_without_asking = False

    def showEvent(self, event: QShowEvent) -> None:
        assert isinstance(self, QDialog)
        if self._opened_state is None:  # as filled in, before the user typed anything
            self._opened_state = form_state(self)
            _GUARDED.add(self)
        super().showEvent(event)  # type: ignore[misc]

    def has_unsaved_changes(self) -> bool:
        assert isinstance(self, QWidget)
        return self._opened_state is not None and form_state(self) != self._opened_state

    def discard_question(self) -> str:
        return QCoreApplication.translate("FormDialog", "Close without saving what you typed?")

    def reject(self) -> None:
        assert isinstance(self, QDialog)
        if not self.closes_without_asking and self.has_unsaved_changes() and not ask_discard(
                self, QCoreApplication.translate("FormDialog", "Discard changes"),
                self.discard_question()):
            return
        super().reject()  # type: ignore[misc]


# The guarded dialogs shown so far (weakly: a closed dialog that is gone drops out).
_GUARDED: weakref.WeakSet[DiscardGuard] = weakref.WeakSet()
