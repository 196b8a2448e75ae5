"""What the record pages share: one dialog at a time, and a table of rows with ids."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QPushButton, QTableWidget


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
