"""What the record pages share: one dialog at a time, and a table of rows with ids."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)


class DialogOwner:
    """A page that shows one window-modal (not blocking) dialog at a time in `dialog`."""

    dialog: QDialog | None

    def _open(self, dialog: QDialog, done: Callable[[QDialog], None]) -> None:
        """Show `dialog`; `done` runs when it was accepted."""
        self.dialog = dialog

        def finished(result: int) -> None:
            if self.dialog is dialog:
                self.dialog = None
            if result == QDialog.DialogCode.Accepted:
                done(dialog)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()


class RecordTable(DialogOwner):
    """A table whose row i shows `rows[i]` (which has an `id`), with Edit and Delete."""

    table: QTableWidget
    rows: Sequence[Any]
    edit_button: QPushButton
    delete_button: QPushButton

    def selected_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0].row()
        return self.rows[index].id if 0 <= index < len(self.rows) else None

    def select(self, record_id: uuid.UUID) -> None:
        ids = [r.id for r in self.rows]
        if record_id in ids:
            self.table.selectRow(ids.index(record_id))

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)


def filter_row(pairs: Sequence[tuple[str, QWidget]]) -> QHBoxLayout:
    """Caption (its mnemonic focuses the field) and field, for each filter of a page."""
    row = QHBoxLayout()
    for label, widget in pairs:
        caption = QLabel(label)
        caption.setBuddy(widget)
        row.addWidget(caption)
        row.addWidget(widget)
        row.addSpacing(8)
    return row


def unit_filter_combo() -> QComboBox:
    """A unit filter wide enough for a township's name, filled by `fill_unit_combo`."""
    combo = QComboBox()
    combo.setMinimumContentsLength(12)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def record_table(headers: Sequence[str], on_delete: Callable[[], None]) -> QTableWidget:
    """A read-only table of one record per row, single selection; Del calls `on_delete`."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), table)
    delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
    delete_key.activated.connect(on_delete)
    return table
