"""Start the desktop program: `zeren-desktop` and `python -m zeren_desktop`."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from zeren_desktop import __version__, paths
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.ui.settings import LANGUAGES, load_settings

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_DATABASE = 2


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
    value = target or os.environ.get("ZEREN_DB") or str(paths.default_database_path())
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

    from zeren_desktop.ui.i18n import load_bundled_font

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        [sys.argv[0] if sys.argv else "zeren-desktop", *qt_args])
    app.setApplicationName("Zeren Desktop")
    app.setOrganizationName("Zeren")
    app.setApplicationVersion(__version__)
    load_bundled_font(app)
    apply_language(args.lang)

    if args.smoke_test:
        return smoke_test(args.db)

    target = args.db
    try:
        services = Services.open(target)
    except (ZerenError, OSError) as err:
        show_open_error(err, database_display(target))
        return EXIT_DATABASE

    from zeren_desktop.ui.first_run import FirstRunDialog
    from zeren_desktop.ui.main_window import MainWindow

    try:
        if services.summary().is_empty and _demo_module() is not None:
            dialog = FirstRunDialog(services)
            dialog.exec()
        window = MainWindow(services)
        window.show()
        code = app.exec()
    finally:
        services.close()
    return int(code)


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
    """Open (or create) a database, show every page once, and report."""
    from PySide6.QtWidgets import QApplication

    from zeren_desktop.ui.main_window import MainWindow

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
            if services.summary().is_empty:
                load_demo_if_available(services)
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
            summary = services.summary()
            window.deleteLater()
            QApplication.processEvents()
        finally:
            services.close()
    except Exception as err:
        print(f"smoke test failed: {type(err).__name__}: {err}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if temp is not None:
            temp.cleanup()
    print(f"smoke test ok: {summary.units} units, {summary.cadres} cadres", flush=True)
    return EXIT_OK
