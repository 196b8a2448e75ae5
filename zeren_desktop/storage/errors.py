"""Environment errors of the database, told apart and explained (DESIGN.md pattern 8).

Locked, read-only, full or corrupt databases are not bugs: each becomes a ZerenError with
a clear translated message; nothing else is swallowed.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError


class DatabaseEnvironmentError(ZerenError):
    """The database cannot be used as asked; `kind` says why."""

    def __init__(self, kind: str, message: Message) -> None:
        super().__init__(message)
        self.kind = kind


MESSAGES: dict[str, str] = {
    "full": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The disk is full: nothing was saved. Free some space (or move the"
        " data folder to a larger disk) and try again; what you typed is still in the form."),
    "locked": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database is busy in another program or window; nothing was"
        " saved. Try again in a moment."),
    "read_only": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database cannot be written (read-only file, folder or media);"
        " nothing was saved."),
    "corrupt": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database file is damaged or is not a database."),
    "io": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The disk reported an error while reading or writing the database;"
        " nothing was saved. Check the disk and try again."),
    "cannot_open": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database file cannot be opened (missing folder or no access)."),
}


def classify(error: BaseException) -> str | None:
    """Which environment problem an exception reports, or None for anything else."""
    original = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(original, OSError):
        if original.errno == errno.ENOSPC:
            return "full"
        if original.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return "read_only"
        return "io"
    if not isinstance(original, sqlite3.Error):
        return None
    code = getattr(original, "sqlite_errorcode", None)
    name = getattr(original, "sqlite_errorname", "") or ""
    text = str(original).lower()
    if name.startswith("SQLITE_FULL") or "database or disk is full" in text:
        return "full"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return "locked"
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return "read_only"
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text \
            or "not a database" in text:
        return "corrupt"
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return "cannot_open"
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text or code == 10:
        return "io"
    return None


def explain(error: BaseException) -> DatabaseEnvironmentError | None:
    kind = classify(error)
    if kind is None:
        return None
    return DatabaseEnvironmentError(kind, Message("DatabaseErrors", MESSAGES[kind]))


@contextmanager
def environment_errors() -> Iterator[None]:
    """Turn environment errors of the block into DatabaseEnvironmentError."""
    try:
        yield
    except (DBAPIError, sqlite3.Error, OSError) as error:
        explained = explain(error)
        if explained is None:
            raise
        raise explained from error
