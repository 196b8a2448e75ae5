"""Start the desktop program: `zeren-desktop` and `python -m zeren_desktop`."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from zeren_desktop import __version__, config, paths
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.ui.settings import LANGUAGES, load_settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_DATABASE = 2
# The demo account the smoke test signs in with: it sees every page with content.
SMOKE_TEST_USER = "reviewer"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(
        prog="zeren-desktop",
        description="Zeren Desktop (责任台账): accountability records for "
                    "discipline-inspection offices.")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="database file or SQLAlchemy URL (wins over ZEREN_DB)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start without a display, visit every page, print a summary, quit")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="interface language for this run (overrides the saved setting)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_known_args(argv)


def database_display(target: str | None) -> str:
    """Where the program will look for the database, for error messages."""
    value = (target or os.environ.get("ZEREN_DB") or config.database_location()
             or str(paths.default_database_path()))
    return value if "://" in value else str(Path(value).expanduser().resolve())


def _demo_module() -> ModuleType | None:
    try:
        from zeren_desktop.services import demo
    except ImportError:
        return None
    return demo


def load_demo_if_available(services: Services) -> bool:
    demo = _demo_module()
    loader: Callable[[Services], object] | None = getattr(demo, "load_demo", None)
    if loader is None:
        return False
    loader(services)
    return True


def apply_language(override: str | None = None) -> str:
    """Install the translators of `override`, else of the saved setting; return it."""
    from zeren_desktop.ui.i18n import install_translators

    language = override or load_settings().language
    install_translators(language)
    return language


def main(argv: list[str] | None = None) -> int:
    args, qt_args = parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Qt is imported only now, after the platform is settled.
    from PySide6.QtWidgets import QApplication

    from zeren_desktop.ui.i18n import load_bundled_font, set_application_icon

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        [sys.argv[0] if sys.argv else "zeren-desktop", *qt_args])
    app.setApplicationName("Zeren Desktop")
    app.setOrganizationName("Zeren")
    app.setApplicationVersion(__version__)
    load_bundled_font(app)
    set_application_icon(app)
    apply_language(args.lang)

    from zeren_desktop.ui import crash

    # Anything unexpected: the traceback into the log and a box naming it (pattern 8).
    hooks = sys.excepthook, threading.excepthook
    crash.install()
    crash.log.info("Zeren Desktop %s started", __version__)
    try:
        if args.smoke_test:
            return smoke_test(args.db)
        return run(app, args.db)
    finally:
        crash.log.info("Zeren Desktop stopped")
        sys.excepthook, threading.excepthook = hooks


def run(app: QApplication, target: str | None) -> int:
    """Open the database, sign someone in and run the event loop; the exit code."""
    services: Services | None
    if needs_first_run(target):
        services = run_first_run()
        if services is None:
            return EXIT_OK
    else:
        opened = open_database(target)
        if opened is None:
            return EXIT_DATABASE
        services = offer_local_copy(opened)
        if services is None:
            return EXIT_DATABASE

    from zeren_desktop.ui.session import SessionController
    from zeren_desktop.ui.worker import wait_for_workers

    # Signing out closes the main window and shows the login dialog: the program ends
    # when the user quits, not when the last window closes.
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    controller: SessionController | None = None
    try:
        controller = SessionController(services, auto_backup=True)
        try:
            started = controller.start()
        except ZerenError as err:
            show_open_error(err, services.location)
            return EXIT_DATABASE
        if not started:
            return EXIT_OK
        code = int(app.exec())
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
        # A backup still running finishes before its database is closed.
        wait_for_workers()
        if controller is not None:
            services = controller.services
        sign_out_quietly(services)
        services.close()
    return code


def needs_first_run(target: str | None) -> bool:
    from zeren_desktop.ui.first_run import needs_first_run as first_run_needed

    return first_run_needed(target)


def run_first_run() -> Services | None:
    """The first-run wizard: the opened database (its administrator signed in, unless
    the chosen folder held a database with accounts), or None when cancelled first."""
    from zeren_desktop.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard()
    wizard.exec()
    services = wizard.services
    wizard.deleteLater()
    return services


def open_database(target: str | None) -> Services | None:
    """Open the database for the desktop, with the dialogs of DESIGN.md pattern 8.

    In use by another window: offer to open it read-only. Damaged: it was moved aside;
    offer the verified backups (RecoveryDialog), then open the restored file normally.
    None when the user quits or nothing can be opened (the reason was shown).
    """
    from PySide6.QtWidgets import QDialog

    from zeren_desktop.services.backups import database_file
    from zeren_desktop.services.errors import (
        CorruptDatabaseError,
        DatabaseEnvironmentError,
        DatabaseInUseError,
        DatabaseKey,
        from_passphrase,
    )
    from zeren_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

    read_only = False
    key: DatabaseKey | None = None
    while True:
        try:
            return Services.open(target, read_only=read_only, key=key)
        except DatabaseInUseError as err:
            if read_only or not ask_open_read_only(err, database_display(target)):
                return None
            read_only = True
        except CorruptDatabaseError as err:
            file = database_file(target)
            if file is None or not err.backups:
                # Nothing to offer: the message says where the damaged file went.
                show_open_error(err, database_display(target))
                return None
            dialog = RecoveryDialog(err, file)
            restored = dialog.exec() == QDialog.DialogCode.Accepted
            result = dialog.result_info
            dialog.deleteLater()
            if not restored:
                return None
            if result is not None and result.warning is not None:
                from PySide6.QtCore import QCoreApplication

                show_notice(result.warning.render(QCoreApplication.translate))
        except DatabaseEnvironmentError as err:
            if err.kind not in ("needs_key", "wrong_key"):
                # no_cipher too: no passphrase helps.
                show_open_error(err, database_display(target))
                return None
            # Encrypted, and no key of this computer opens it: ask for the passphrase.
            passphrase = ask_passphrase(database_display(target), wrong=key is not None)
            if passphrase is None:
                show_open_error(err, database_display(target))
                return None
            key = from_passphrase(passphrase)
        except (ZerenError, OSError) as err:
            show_open_error(err, database_display(target))
            return None


_notices: list[object] = []


def show_notice(text: str) -> None:
    """A warning that does not stop the start (non-modal; stays until closed)."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("App", "Zeren Desktop"), text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.show()
    _notices.append(box)


def ask_passphrase(location: str, *, wrong: bool = False) -> str | None:
    """The passphrase of an encrypted database; None when the user cancels."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text = QCoreApplication.translate(
        "App", "The database is encrypted. Enter its passphrase to open it.\n\n"
        "Database: {location}").format(location=location)
    if wrong:
        text = QCoreApplication.translate(
            "App", "That passphrase does not open the database. Check it (and the"
            " keyboard's language and Caps Lock) and try again.") + "\n\n" + text
    dialog = QInputDialog()
    dialog.setWindowTitle(QCoreApplication.translate("App", "Encrypted database"))
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("App", "&Open"))
    dialog.setCancelButtonText(QCoreApplication.translate("App", "&Quit"))
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    passphrase = dialog.textValue()
    dialog.deleteLater()
    return passphrase if accepted and passphrase else None


def ask_open_read_only(error: ZerenError, location: str) -> bool:
    """The database is open elsewhere: True for "Open read-only", False for "Quit"."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from zeren_desktop.ui.common import error_text

    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("App", "Zeren Desktop"),
                      QCoreApplication.translate("App", "The database is already in use."))
    box.setInformativeText(QCoreApplication.translate(
        "App", "{reason}\n\nRead-only, you can look at every record and print, but not"
        " change anything.\n\nDatabase: {location}").format(
            reason=error_text(error), location=location))
    read_only = box.addButton(QCoreApplication.translate("App", "Open &read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def offer_local_copy(services: Services) -> Services | None:
    """On removable or network media: warn, and offer to copy the database to this
    computer and work on the copy. Returns the services to work with."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QCursor
    from PySide6.QtWidgets import QApplication, QMessageBox

    from zeren_desktop.ui.common import error_text

    warning = services.location_warning
    if warning is None or services.read_only:
        return services
    title = QCoreApplication.translate("App", "Zeren Desktop")
    box = QMessageBox(QMessageBox.Icon.Warning, title,
                      warning.render(QCoreApplication.translate))
    copy_button = box.addButton(QCoreApplication.translate("App", "&Copy to this computer"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("App", "C&ontinue anyway"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(copy_button)
    box.exec()
    if box.clickedButton() is not copy_button:
        return services
    old = services.location
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        new_file = services.move_database(paths.data_dir())
    except (ZerenError, OSError) as err:
        QApplication.restoreOverrideCursor()
        reason = error_text(err) if isinstance(err, ZerenError) else str(err)
        QMessageBox.warning(None, title, QCoreApplication.translate(
            "App", "The database could not be copied: {reason}\n\nThe program goes on with"
            " the database at {location}.").format(reason=reason, location=old))
        return services
    QApplication.restoreOverrideCursor()
    services.close()
    try:
        reopened = Services.open(new_file)
    except (ZerenError, OSError) as err:
        show_open_error(err, str(new_file))
        return None
    # The next start opens the copy (unless --db or ZEREN_DB say otherwise).
    with contextlib.suppress(OSError):
        config.update(database=str(new_file))
    QMessageBox.information(None, title, QCoreApplication.translate(
        "App", "The database was copied to this computer and the program now works on the"
        " copy:\n\n{new}\n\nThe original at {old} was left unchanged; keep it as a spare"
        " copy or delete it once you have checked the copy. The program opens the copy"
        " from now on.").format(new=new_file, old=old))
    return reopened


def sign_out_quietly(services: Services) -> None:
    """Record the end of the session if someone is still signed in; never fail."""
    if services.actor is None:
        return
    # sign_out() clears the actor even when the logout cannot be recorded.
    with contextlib.suppress(ZerenError):
        services.auth.sign_out()


def show_open_error(error: BaseException, location: str) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from zeren_desktop.ui.common import error_text

    if isinstance(error, ZerenError):
        reason = error_text(error)
    else:
        reason = str(getattr(error, "orig", None) or error).strip()
    text = QCoreApplication.translate(
        "App", "The database could not be opened.\n\n{reason}\n\nDatabase: {location}"
    ).format(reason=reason, location=location)
    print(text, file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("App", "Zeren Desktop"), text)


def smoke_test(target: str | None) -> int:
    """Open (or create) a database, show every page once, and report.

    No dialog and no login prompt. A new database gets the demo county; on a demo
    database the demo reviewer signs in so that the pages have content. On any other
    database nobody signs in and every page must show its "please sign in" state.
    """
    from PySide6.QtWidgets import QApplication

    from zeren_desktop.ui.main_window import MainWindow
    from zeren_desktop.ui.worker import wait_for_workers

    temp: tempfile.TemporaryDirectory[str] | None = None
    if target is None:
        temp = tempfile.TemporaryDirectory(prefix="zeren-smoke-")
        target = str(Path(temp.name) / "zeren.sqlite")
    try:
        try:
            services = Services.open(target)
        except (ZerenError, OSError) as err:
            reason = err.message.render() if isinstance(err, ZerenError) else str(err)
            print(f"smoke test failed: cannot open {database_display(target)}: {reason}",
                  file=sys.stderr)
            return EXIT_DATABASE
        try:
            if services.summary().is_empty and not services.auth.has_accounts():
                load_demo_if_available(services)
            demo = _demo_module()
            if demo is not None and services.settings.is_demo():
                services.auth.sign_in(SMOKE_TEST_USER, demo.DEMO_PASSWORD)
            window = MainWindow(services)
            window.show()
            QApplication.processEvents()
            for row in range(len(window.areas)):
                window.show_area(row)
                QApplication.processEvents()
                if window.stack.currentIndex() != row:
                    raise RuntimeError(f"area {window.areas[row].key} did not open")
            window.close()
            QApplication.processEvents()
            wait_for_workers()
            QApplication.processEvents()
            summary = services.summary()
            roster_pages = smoke_test_roster(services) if services.actor is not None else None
            window.deleteLater()
            QApplication.processEvents()
            sign_out_quietly(services)
        finally:
            services.close()
    except Exception as err:
        print(f"smoke test failed: {type(err).__name__}: {err}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if temp is not None:
            temp.cleanup()
    roster = f", roster {roster_pages} pages" if roster_pages is not None else ""
    print(f"smoke test ok: {summary.units} units, {summary.cadres} cadres{roster}", flush=True)
    return EXIT_OK


def smoke_test_roster(services: Services) -> int:
    """Build the roster of cadres in a temporary folder, as a print would; its pages."""
    from PySide6.QtCore import QCoreApplication

    with tempfile.TemporaryDirectory(prefix="zeren-smoke-roster-") as folder:
        pdf = services.reports.cadre_roster(Path(folder) / "roster.pdf",
                                            translate=QCoreApplication.translate)
        return pdf_page_count(pdf)


def pdf_page_count(pdf: Path) -> int:
    """The pages of a PDF (pypdf when present); raises when the file is no PDF."""
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF"):
        raise RuntimeError(f"{pdf.name} is not a PDF")
    try:
        from pypdf import PdfReader
    except ImportError:
        # Without pypdf: count the page objects (ReportLab writes one "/Type /Page" each).
        return max(data.count(b"/Type /Page\n") + data.count(b"/Type /Page ")
                   + data.count(b"/Type /Page>"), 1)
    return len(PdfReader(str(pdf)).pages)
