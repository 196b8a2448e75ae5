"""Who is at the keyboard: first administrator or login, the main window, signing out;
and the automatic backup while the program runs."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.backups import BackupInfo, verified_backups
from zeren_desktop.services.errors import DatabaseDamagedError
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.first_run import FirstRunDialog
from zeren_desktop.ui.idle import DEFAULT_IDLE_MS
from zeren_desktop.ui.login import FirstAdministratorDialog, LoginDialog
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.widgets.screen_fit import keep_on_screen, room_for
from zeren_desktop.ui.worker import Task, run_task

# How often the running program asks whether a backup is due (it decides: once a day).
AUTO_BACKUP_CHECK_MS = 60 * 60 * 1000


class SessionController(QObject):
    """Runs the sign-in dialogs and owns the main window of the signed-in user.

    With `auto_backup`, the first main window starts the automatic backup in the worker,
    and a timer asks again every hour. A backup job that finds the database damaged
    offers to close it, move it aside and restore the newest good backup.
    """

    # The services were replaced (a damaged database was restored from a backup).
    services_changed = Signal(object)

    def __init__(self, services: Services, idle_lock_ms: int = DEFAULT_IDLE_MS,
                 quit_app: Callable[[], None] | None = None,
                 parent: QObject | None = None, *, auto_backup: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.idle_lock_ms = idle_lock_ms
        self.window: MainWindow | None = None
        self._quit = quit_app or QApplication.quit
        self.auto_backup = auto_backup
        self.backup_task: Task | None = None
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(AUTO_BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.run_auto_backup)
        self.damage_reported = False
        self.closed_for_recovery = False
        # A restore is running: no automatic backup until it has ended.
        self.auto_backup_paused = False

    def start(self) -> bool:
        """Sign someone in and show the main window; False when the user quits instead.

        Someone already signed in (the first-run wizard's administrator) gets the window.
        """
        if self.services.actor is not None:
            pass
        elif not self.services.auth.has_accounts():
            first = FirstAdministratorDialog(self.services)
            if first.exec() != QDialog.DialogCode.Accepted:
                return False
            if self.services.summary().is_empty and _demo_available():
                FirstRunDialog(self.services).exec()
        elif not self.login():
            return False
        self.open_window()
        return True

    def login(self, username: str = "") -> bool:
        dialog = LoginDialog(self.services, username=username)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return accepted and self.services.actor is not None

    def open_window(self) -> MainWindow:
        window = MainWindow(self.services, idle_lock_ms=self.idle_lock_ms)
        window.sign_out_requested.connect(self.sign_out)
        window.closed.connect(self._window_closed)
        window.long_work_started.connect(self.pause_auto_backup)
        window.long_work_ended.connect(self.resume_auto_backup)
        # A 1366×768 laptop has about 700 pixels for the window: its default size must not
        # put the status bar under the taskbar (its minimum size already fits).
        room = room_for(window)
        if room is not None:
            window.resize(window.size().boundedTo(room))
        window.show()
        keep_on_screen(window)
        self.window = window
        if self.auto_backup and not self.backup_timer.isActive():
            # After the window is on screen with its first page (MainWindow.ready): the
            # backup and its full integrity check never delay the start.
            if window.is_ready:
                QTimer.singleShot(0, self.run_auto_backup)
            else:
                window.ready.connect(self._window_ready)
            self.backup_timer.start()
        return window

    def _window_ready(self) -> None:
        if self.window is not None and self.auto_backup:
            QTimer.singleShot(0, self.run_auto_backup)

    def sign_out(self) -> None:
        """Back to the login dialog in the same process; quitting there ends the program."""
        window, self.window = self.window, None
        self._sign_out_service()
        if window is not None:
            window.close()
            window.deleteLater()
        if self.login():
            self.open_window()
        else:
            self._quit()

    def _window_closed(self) -> None:
        self.window = None
        self.backup_timer.stop()
        self._sign_out_service()
        self._quit()

    def _sign_out_service(self) -> None:
        if self.services.actor is None:
            return
        # sign_out() clears the actor even when the logout cannot be recorded.
        with contextlib.suppress(ZerenError):
            self.services.auth.sign_out()

    # -- the automatic backup

    def pause_auto_backup(self) -> None:
        """A restore started: stop the hourly timer until resume_auto_backup()."""
        self.auto_backup_paused = True
        self.backup_timer.stop()

    def resume_auto_backup(self) -> None:
        self.auto_backup_paused = False
        if self.auto_backup and self.window is not None and not self.closed_for_recovery:
            self.backup_timer.start()

    def run_auto_backup(self) -> Task | None:
        """Start `auto_backup_if_due()` in the worker (unless one is running)."""
        if self.backup_task is not None or self.closed_for_recovery \
                or self.auto_backup_paused or self.services.read_only:
            return None
        task = run_task(self.services.backups.auto_backup_if_due)
        task.succeeded.connect(self._auto_backup_done)
        task.failed.connect(self._auto_backup_failed)
        task.finished.connect(self._auto_backup_finished)
        self.backup_task = task
        return task

    def _auto_backup_finished(self) -> None:
        self.backup_task = None

    def _auto_backup_done(self, result: object) -> None:
        if isinstance(result, BackupInfo) and self.window is not None:
            self.window.show_backup_note(QCoreApplication.translate(
                "Session", "Automatically backed up to {file}.").format(file=result.path))

    def _auto_backup_failed(self, error: object) -> None:
        if isinstance(error, DatabaseDamagedError):
            # Asked from the event loop, not inside the task's signal.
            QTimer.singleShot(0, lambda: self.database_damaged(error))
            return
        if isinstance(error, ZerenError):
            text = error_text(error)
        else:
            text = f"{type(error).__name__}: {error}"
        if self.window is not None:
            self.window.show_backup_note(QCoreApplication.translate(
                "Session", "The automatic backup failed: {reason}").format(reason=text),
                failed=True)

    # -- a damaged database found while running

    def database_damaged(self, error: DatabaseDamagedError) -> None:
        """Explain the damage and offer to close, move aside and restore a backup."""
        window = self.window
        if self.damage_reported or self.closed_for_recovery:
            return
        self.damage_reported = True
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate(
            "Session", "The database is damaged"), QCoreApplication.translate(
            "Session", "The automatic backup found the database damaged: {reason}\n\n"
            "Working on with it risks losing more records. The program can close the"
            " database now, move the damaged file aside (it is kept, not deleted) and restore"
            " the newest good backup. Changes made since that backup will be missing."
            ).format(reason=error_text(error)), QMessageBox.StandardButton.NoButton, window)
        if error.details:
            box.setDetailedText(error.details)
        self.recover_button = box.addButton(QCoreApplication.translate(
            "Session", "Close and &restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("Session", "&Not now"),
                      QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(self.recover_button)
        self.damage_box = box
        box.exec()
        if box.clickedButton() is not self.recover_button:
            if self.window is not None:
                self.window.show_backup_note(error_text(error), failed=True)
            return
        self.recover_damaged()

    def recover_damaged(self) -> bool:
        """Close the database, move it aside and offer the backups; True when a backup
        was restored and someone signed in on it."""
        from zeren_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

        services = self.services
        file = services.db.file
        folder: Path | None = None
        with contextlib.suppress(ZerenError):
            folder = services.backups.backup_folder()
        self.backup_timer.stop()
        self.closed_for_recovery = True
        window, self.window = self.window, None
        with contextlib.suppress(ZerenError):
            self._sign_out_service()
        if window is not None:
            window.sign_out_requested.disconnect(self.sign_out)
            window.closed.disconnect(self._window_closed)
            window.close()
            window.deleteLater()
        error = services.close_and_quarantine()
        assert file is not None
        extra = (verified_backups([folder], full=True, database_id=error.database_id or None)
                 if folder is not None else [])
        dialog = RecoveryDialog(error, file, extra)
        self.recovery_dialog = dialog
        restored = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not restored:
            self._quit()
            return False
        try:
            reopened = Services.open(file)
        except ZerenError as err:
            QMessageBox.critical(None, QCoreApplication.translate("Session", "Zeren Desktop"),
                                 error_text(err))
            self._quit()
            return False
        self.services = reopened
        self.services_changed.emit(reopened)
        self.closed_for_recovery = False
        self.damage_reported = False
        if not self.login():
            self._quit()
            return False
        self.open_window()
        return True


def _demo_available() -> bool:
    from zeren_desktop.ui.app import _demo_module

    return _demo_module() is not None
