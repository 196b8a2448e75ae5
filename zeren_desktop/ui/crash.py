"""The crash handler and the log (DESIGN.md pattern 8: anything else → a crash dialog
with the log path).

`install()` sends Python's `logging` to `<data dir>/logs/zeren-YYYYmmdd.log` (one file a
day, the newest 10 kept) and installs `sys.excepthook` and `threading.excepthook`: the
traceback goes into the log and a translated message box names the file.

Only the traceback text is written — never local variables, never the arguments of a
call — so a password typed into a dialog cannot reach the log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from zeren_desktop import paths

LOGGER_NAME = "zeren_desktop"
KEEP_LOGS = 10
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER_NAME)


def log_dir() -> Path:
    return paths.data_dir() / "logs"


def log_file(day: dt.date | None = None) -> Path:
    return log_dir() / f"zeren-{(day or dt.date.today()):%Y%m%d}.log"


def rotate(folder: Path, keep: int = KEEP_LOGS) -> None:
    """Delete all but the newest `keep` log files (their names sort by date)."""
    files = sorted(folder.glob("zeren-*.log"))
    for old in files[:-keep] if keep > 0 else files:
        with contextlib.suppress(OSError):
            old.unlink()


class _FileHandler(logging.FileHandler):
    """Marks the handler this module installed, so that install() does not repeat it."""


def setup_logging() -> Path:
    """Log INFO and above of the program to today's file; return the file."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = log_file()
    for handler in list(log.handlers):
        if isinstance(handler, _FileHandler):
            if Path(handler.baseFilename) == target.resolve():
                return target
            log.removeHandler(handler)
            handler.close()
    handler = _FileHandler(target, encoding="utf-8", delay=False)
    handler.setFormatter(logging.Formatter(_FORMAT))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    rotate(folder)
    return target


def crash_message(path: Path) -> str:
    return QCoreApplication.translate(
        "Crash", "An unexpected error happened; nothing was changed that you did not see"
        " saved. The details are in {path}.").format(path=path)


def show_crash_box(path: Path) -> None:
    if QApplication.instance() is None:
        print(crash_message(path), file=sys.stderr)
        return
    QMessageBox.critical(QApplication.activeWindow(),
                         QCoreApplication.translate("Crash", "Zeren Desktop"),
                         crash_message(path))


def record(exc_type: type[BaseException], value: BaseException,
           tb: TracebackType | None, where: str = "") -> Path:
    """Write the traceback (text only, no variables) to the log; return the log file."""
    try:
        target = setup_logging()
    except OSError:
        target = log_file()
    text = "".join(traceback.format_exception(exc_type, value, tb))
    log.error("Unexpected error%s:\n%s", f" in {where}" if where else "", text.rstrip())
    for handler in log.handlers:
        handler.flush()
    return target


class _Reporter(QObject):
    """Carries a crash in another thread to the GUI thread, where the box is shown."""

    crashed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.crashed.connect(lambda path: show_crash_box(Path(path)),
                             Qt.ConnectionType.QueuedConnection)


_reporter: _Reporter | None = None
_showing = False


def _excepthook(exc_type: type[BaseException], value: BaseException,
                tb: TracebackType | None) -> None:
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, value, tb)
        return
    path = record(exc_type, value, tb)
    if _showing:  # an error while the box is up: logged, not shown again
        return
    _showing = True
    try:
        show_crash_box(path)
    except Exception:  # the box itself failed: the log and stderr still have it
        sys.__excepthook__(exc_type, value, tb)
    finally:
        _showing = False


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    path = record(args.exc_type, args.exc_value, args.exc_traceback,
                  where=args.thread.name if args.thread is not None else "a thread")
    if _reporter is not None:
        _reporter.crashed.emit(str(path))


def install() -> Path | None:
    """Set up the log and the hooks (call once the QApplication exists)."""
    global _reporter
    try:
        target: Path | None = setup_logging()
    except OSError:
        target = None
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    return target


def uninstall() -> None:
    """Give the hooks back to Python (for tests) and close the log file."""
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__
    for handler in list(log.handlers):
        if isinstance(handler, _FileHandler):
            log.removeHandler(handler)
            handler.close()
