"""Test helpers that act like a user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, Chinese included, one key event per character.

    qtbot.keyClicks() aborts the process on non-ASCII text (DESIGN.md, known traps).
    """
    widget.setFocus()
    for char in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char,
                           Qt.KeyboardModifier.NoModifier)
    QTest.qWait(0)

