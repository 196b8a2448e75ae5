"""Backups and restore (备份与恢复): the backup folder, the backups, back up now, restore.

Everything slow (checking the backups, making one, restoring) runs in the worker; the
page shows a busy bar meanwhile. A restore changes every record, so afterwards the
window asks to sign out (`restored`), and the user signs in again on the restored data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.backups import BackupInfo, RestoreResult
from zeren_desktop.services.session import NotSignedInError, PermissionDeniedError
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.dialogs.recovery_dialog import format_size
from zeren_desktop.ui.pages.exchange_section import ExchangeSection
from zeren_desktop.ui.pages.guard import GuardedPage
from zeren_desktop.ui.worker import Task, run_task


def reason_label(reason: str) -> str:
    """The kind of backup, as the user reads it."""
    if reason == "auto":
        return QCoreApplication.translate("BackupsPage", "automatic")
    if reason == "manual":
        return QCoreApplication.translate("BackupsPage", "made by hand")
    return reason


def error_message(error: BaseException) -> str:
    if isinstance(error, ZerenError):
        return error_text(error)
    return QCoreApplication.translate("BackupsPage", "Unexpected error: {reason}").format(
        reason=f"{type(error).__name__}: {error}")


class BackupsPage(GuardedPage):
    # A backup was restored: the data changed under every page.
    restored = Signal(object)
    # A restore runs / has ended (succeeded or not): the window takes no input meanwhile
    # and the automatic backup waits.
    restore_started = Signal()
    restore_ended = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        self.may_backup = actor is not None and actor.can(Permission.BACKUP)
        self.may_restore = actor is not None and actor.can(Permission.RESTORE)
        self.may_change_folder = actor is not None and actor.can(Permission.MANAGE_SETTINGS)
        self.backups: list[BackupInfo] = []
        self.task: Task | None = None
        self.restoring = False
        self.loaded = False
        self.last_made: BackupInfo | None = None
        self.last_restore: RestoreResult | None = None
        # Shown once the list is loaded again (what the last action did).
        self.note = ""

        title = QLabel(self.tr("<b>Backups</b>"))
        note = QLabel(self.tr(
            "The program backs the database up automatically once a day and checks every"
            " copy before keeping it (7 daily, 4 weekly and 12 monthly backups are kept)."
            " Keep a copy of the backup folder on another disk as well."))
        note.setWordWrap(True)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder_button = QPushButton(self.tr("Change &folder…"))
        self.change_folder_button.clicked.connect(self.change_folder)
        self.default_folder_button = QPushButton(self.tr("Use &default"))
        self.default_folder_button.setToolTip(self.tr(
            "Keep the backups in the folder \"backups\" beside the database"))
        self.default_folder_button.clicked.connect(lambda: self.set_folder(None))
        for button in (self.change_folder_button, self.default_folder_button):
            button.setVisible(self.may_change_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder_button)
        folder_row.addWidget(self.default_folder_button)
        form = QFormLayout()
        form.addRow(self.tr("Backup folder:"), folder_row)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Made on"), self.tr("Kind"), self.tr("Size"), self.tr("Check"),
            self.tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.backup_button.setVisible(self.may_backup)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh_button = QPushButton(self.tr("Re&fresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(120)
        self.busy.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        if self.may_restore:
            buttons.addWidget(self.restore_button)
        else:
            # Only the administrator restores: the button is not there at all.
            self.restore_button.setParent(self)
            self.restore_button.hide()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)

        layout = QVBoxLayout(self.content)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        # 数据交换: packages between township and county (administrator, leader).
        self.exchange: ExchangeSection | None = None
        if actor is not None and actor.can(Permission.EXCHANGE):
            self.exchange = ExchangeSection(services)
            layout.addWidget(self.exchange)
        if actor is None or not self.may_backup:
            self._refuse()
        self._update_buttons()

    def _refuse(self) -> None:
        if self.services.actor is None:
            self.show_notice(NotSignedInError())
        else:
            self.show_notice(PermissionDeniedError(Message("BackupsPage", QT_TRANSLATE_NOOP(
                "BackupsPage", "Your role does not include making backups."))))

    # -- listing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.refused and self.task is None:
            self.reload()

    def reload(self) -> None:
        """Check the backups in the worker and show them."""
        if self.refused or self.task is not None:
            return
        try:
            folder = self.services.backups.backup_folder()
        except ZerenError as err:
            self.status_label.setText(error_text(err))
            return
        self.folder_label.setText(str(folder))
        self._start(self.services.backups.list_backups, self._listed,
                    self.tr("Checking the backups…"))

    def _listed(self, result: object) -> None:
        assert isinstance(result, list)
        self.backups = result
        self.loaded = True
        self.table.setRowCount(len(result))
        for row, info in enumerate(result):
            if info.verified:
                check = self.tr("✓ verified")
            elif info.verified is None:
                check = self.tr("not checked")
            else:
                check = self.tr("✗ damaged: {problem}").format(problem=info.problem)
            cells = (info.created.strftime("%Y-%m-%d %H:%M"), reason_label(info.reason),
                     format_size(info.size), check, info.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and info.verified is False:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(info.problem)
                self.table.setItem(row, column, item)
        if self.last_made is not None:
            self.select_backup(self.last_made.path)
        if not result:
            self.status_label.setText(self.tr("There are no backups in this folder yet."))
        elif self.note:
            self.status_label.setText(self.note)
        else:
            self.status_label.setText(self.tr("Backups: {n}").format(n=len(result)))
        self.note = ""
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def select_backup(self, path: Path) -> None:
        for row, info in enumerate(self.backups):
            if info.path == path:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        busy = self.task is not None
        selected = self.selected_backup()
        self.backup_button.setEnabled(not busy)
        self.refresh_button.setEnabled(not busy)
        self.restore_button.setEnabled(
            not busy and not self.services.read_only and selected is not None
            and bool(selected.verified))
        for button in (self.change_folder_button, self.default_folder_button):
            button.setEnabled(not busy and not self.services.read_only)

    # -- the worker

    def _start(self, fn: object, done: object, what: str, *args: object,
               modal: bool = False) -> None:
        assert callable(fn) and callable(done)
        self.status_label.setText(what)
        self.busy.show()
        if modal:
            # A progress dialog without Cancel, modal to the window, shown at once.
            self.task = run_task(fn, *args, progress_label=what, parent=self.window())
            if self.task.dialog is not None:
                self.task.dialog.setMinimumDuration(0)
                self.task.dialog.show()
        else:
            self.task = run_task(fn, *args)
        self.task.succeeded.connect(done)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._task_finished)
        self._update_buttons()

    def _task_finished(self) -> None:
        self.task = None
        self.busy.hide()
        self._update_buttons()
        if self.restoring:
            self.restoring = False
            self.restore_ended.emit()

    def _failed(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self.status_label.setText(error_message(error))
        QMessageBox.warning(self, self.tr("Backups"), error_message(error))

    # -- back up now

    def back_up_now(self) -> None:
        if self.task is not None or not self.may_backup:
            return
        self._start(self.services.backups.backup_now, self._made,
                    self.tr("Backing up…"), "manual")

    def _made(self, result: object) -> None:
        assert isinstance(result, BackupInfo)
        self.last_made = result
        self.note = self.tr("The backup {file} ({size}) was made and checked.").format(
            file=result.name, size=format_size(result.size))
        self.status_label.setText(self.note)
        # Once this task has finished: list again, the new backup selected.
        QTimer.singleShot(0, self.reload)

    # -- the folder

    def change_folder(self) -> None:
        if not self.may_change_folder:
            return
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder_label.text())
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        if not self.may_change_folder or self.task is not None:
            return
        try:
            self.services.backups.set_backup_folder(folder)
        except ZerenError as err:
            QMessageBox.warning(self, self.tr("Backups"), error_text(err))
            return
        self.last_made = None
        self.note = self.tr("The backup folder was changed.")
        self.reload()

    # -- restore

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not self.may_restore or self.task is not None:
            return
        live = self.services.location
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"), self.tr(
                "Restore the backup made on {date} ({file})?\n\n"
                "The current database is first kept aside as {database}.before-restore-…"
                " (nothing is deleted), then every record is replaced by the backup's."
                " Changes made after {date} are no longer shown.\n\n"
                "Afterwards you are signed out and sign in again.").format(
                    date=backup.created.strftime("%Y-%m-%d %H:%M"), file=backup.name,
                    database=live),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restoring = True
        self.restore_started.emit()
        self._start(self.services.backups.restore, self._restored,
                    self.tr("Restoring…"), backup.path, modal=True)

    def _restored(self, result: object) -> None:
        assert isinstance(result, RestoreResult)
        self.last_restore = result
        text = self.tr(
            "The database was restored from {file}. The previous database was kept as"
            " {kept}.\n\nPlease sign in again.").format(
                file=result.restored_from.name, kept=result.kept_aside or "-")
        self.status_label.setText(text)
        QMessageBox.information(self, self.tr("Restore a backup"), text)
        self.restored.emit(result)
