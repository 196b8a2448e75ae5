"""A damaged database at start-up (or found by the backup job): restore a verified backup.

The damaged file was moved aside (never deleted); no empty database is created in its
place. The user picks one of the verified backups (newest first) or quits.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.backups import RestoreResult, parse_name, restore_without_login
from zeren_desktop.services.errors import CorruptDatabaseError
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.worker import Task, run_task


def format_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(size, 0) / 1024:.0f} KB"


def backup_date(path: Path) -> dt.datetime | None:
    parsed = parse_name(path)
    return parsed[0] if parsed is not None else None


class RecoveryDialog(QDialog):
    """Says where the damaged file went and restores the backup the user selects."""

    def __init__(self, error: CorruptDatabaseError, target: Path,
                 extra_backups: Sequence[Path] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.target = Path(target)
        self.result_info: RestoreResult | None = None
        self.task: Task | None = None
        backups = list(dict.fromkeys([*error.backups, *extra_backups]))
        backups.sort(key=lambda p: (backup_date(p) or dt.datetime.min, p.name), reverse=True)
        self.backups: list[Path] = backups
        self.setWindowTitle(self.tr("Damaged database"))
        self.setMinimumWidth(640)

        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading_label = QLabel(self.tr("<b>The database file is damaged.</b>"))
        if error.moved_to is not None:
            where = self.tr(
                "It was moved aside to {moved_to} and kept unchanged. No new, empty database"
                " was created.").format(moved_to=error.moved_to)
        else:
            where = self.tr(
                "It could not be moved aside (read-only media?) and was left unchanged at"
                " {file}.").format(file=self.target)
        self.where_label = QLabel(where)
        self.where_label.setWordWrap(True)
        self.where_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel(error_text(error))
        self.details_label.setWordWrap(True)
        self.details_label.setStyleSheet("color: #555555;")
        self.details_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_label = QLabel(self.tr(
            "Choose a backup to restore (newest first; each one passed the integrity check)."
            " It will be put in place of the database at {file}.").format(file=self.target))
        self.choose_label.setWordWrap(True)

        self.table = QTableWidget(len(backups), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Size"), self.tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        for row, path in enumerate(backups):
            made = backup_date(path)
            try:
                size = format_size(path.stat().st_size)
            except OSError:
                size = ""
            for column, text in enumerate((
                    made.strftime("%Y-%m-%d %H:%M") if made else "", size, path.name)):
                item = QTableWidgetItem(text)
                item.setToolTip(str(path))
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setMinimumHeight(160)
        if not backups:
            self.choose_label.setText(self.tr(
                "No verified backup was found beside the database. Quit, and copy a backup"
                " file into the folder {folder}, or ask the administrator.").format(
                    folder=self.target.parent / "backups"))
            self.table.hide()

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c00000;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore selected backup"))
        self.restore_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.quit_button.clicked.connect(self.reject)

        text_column = QVBoxLayout()
        text_column.addWidget(self.heading_label)
        text_column.addWidget(self.where_label)
        text_column.addWidget(self.details_label)
        top = QVBoxLayout()
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addLayout(text_column, 1)
        top.addLayout(head)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self.choose_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        if backups:
            self.table.selectRow(0)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows and self.backups else None

    def select_backup(self, path: Path) -> None:
        self.table.selectRow(self.backups.index(path))

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.restore_button.setEnabled(not busy and self.selected_backup() is not None)
        self.restore_button.setVisible(bool(self.backups))
        self.quit_button.setEnabled(not busy)

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.task is not None:
            return
        self.error_label.hide()
        self.busy.show()
        # Only a backup of this very database goes in its place (when its id is known).
        self.task = run_task(restore_without_login, backup, self.target,
                             self.error.database_id or None)
        self.task.succeeded.connect(self._restored)
        self.task.failed.connect(self._failed)
        self._update_buttons()

    def _restored(self, result: object) -> None:
        self.task = None
        self.busy.hide()
        assert isinstance(result, RestoreResult)
        self.result_info = result
        if result.warning is not None:
            # ui/app.py shows it to the user once the database is open again.
            logging.getLogger(__name__).warning(result.warning.render())
        self.accept()

    def _failed(self, error: object) -> None:
        self.task = None
        self.busy.hide()
        if isinstance(error, ZerenError):
            text = error_text(error)
        else:
            text = self.tr("The backup could not be restored: {reason}").format(
                reason=str(error))
        self.error_label.setText(text)
        self.error_label.show()
        self._update_buttons()

    def reject(self) -> None:
        if self.task is not None:  # a restore is running: let it finish
            return
        super().reject()
