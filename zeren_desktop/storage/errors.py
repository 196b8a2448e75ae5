"""Environment errors of the database, told apart and explained (DESIGN.md pattern 8).

Locked, read-only, full or corrupt databases are not bugs: each becomes a ZerenError with
a clear translated message; nothing else is swallowed.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError
from zeren_desktop.storage.cipher import SQLITE_ERRORS


class DatabaseEnvironmentError(ZerenError):
    """The database cannot be used as asked; `kind` says why."""

    def __init__(self, kind: str, message: Message) -> None:
        super().__init__(message)
        self.kind = kind


class CorruptDatabaseError(DatabaseEnvironmentError):
    """The database file is damaged. It was moved aside to `moved_to` (None when it could
    not be moved, e.g. on read-only media); `backups` are the backups that verified, newest
    first, for the user to choose from. No new empty database was created. `database_id`
    is the damaged database's id when it could be read ("" otherwise): pass it on to
    `restore_without_login(..., expected_database_id=...)` and `verified_backups`."""

    def __init__(self, message: Message, moved_to: Path | None,
                 backups: Sequence[Path] = (), database_id: str = "") -> None:
        super().__init__("corrupt", message)
        self.moved_to = moved_to
        self.backups: tuple[Path, ...] = tuple(backups)
        self.database_id = database_id


class DatabaseInUseError(DatabaseEnvironmentError):
    """Another window or program has the database open for writing."""

    def __init__(self, message: Message, holder: dict[str, str]) -> None:
        super().__init__("in_use", message)
        self.holder = holder


class DatabaseDamagedError(DatabaseEnvironmentError):
    """The open database failed its full integrity check (found by the backup job).

    The GUI closes the database and calls `Services.close_and_quarantine()`."""

    def __init__(self, message: Message, details: str = "") -> None:
        super().__init__("corrupt", message)
        self.details = details


class EncryptedDatabaseError(DatabaseEnvironmentError):
    """An encrypted database that cannot be opened: `kind` "needs_key" (no key was found),
    "wrong_key" (no key tried opens it) or "no_cipher" (no encryption support installed).
    The file is left unchanged and is not treated as damaged; the GUI asks for the
    passphrase and opens again with `Services.open(..., key=keys.from_passphrase(text))`."""

    def __init__(self, kind: str, file: Path, tried: Sequence[str] = ()) -> None:
        super().__init__(kind, Message("DatabaseErrors", MESSAGES[kind], {
            "file": str(file), "folder": str(_keys_folder()), "tried": len(tried)}))
        self.file = file
        self.tried: tuple[str, ...] = tuple(tried)


def _keys_folder() -> Path:
    from zeren_desktop.storage.keys import keys_dir

    return keys_dir()


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
    "server": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database server cannot be reached or refused the connection;"
        " nothing was saved. Check the network and that the server runs, then try again."),
    "cannot_open": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database file cannot be opened (missing folder or no access)."),
    "in_use": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "This database is already open in another window or program (process"
        " {pid} on {host}, since {since}). Close it there first, or open the database"
        " read-only."),
    "moved_aside": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database file is damaged ({problem}). It was moved aside to"
        " {moved_to} and kept unchanged; no new database was created. Restore the newest good"
        " backup ({backup})."),
    "not_moved": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database file is damaged ({problem}) and could not be moved aside"
        " (read-only media?). It was left unchanged. Restore the newest good backup ({backup})."),
    "no_backup": QT_TRANSLATE_NOOP("DatabaseErrors", "no verified backup was found"),
    "damaged_live": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "The database failed its integrity check; the backup made from it was"
        " not kept. Close the program: the damaged file will be moved aside and the newest"
        " good backup offered."),
    "upgrade_needed": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "This database was written by an older version of the program and"
        " must be upgraded before use, which needs writable media. Copy it to the local disk"
        " and open it there."),
    "needs_key": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "This database is encrypted, and its key is wrong or missing: no key"
        " for it was found on this computer. Enter its passphrase, put its key file (the escrow"
        " copy from the office safe) into {folder}, or set ZEREN_DB_KEY. The file {file} was"
        " left unchanged."),
    "wrong_key": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "This database is encrypted, and its key is wrong or missing: none of"
        " the {tried} key(s) tried opens it. The file {file} was left unchanged and is not"
        " treated as damaged."),
    "no_cipher": QT_TRANSLATE_NOOP(
        "DatabaseErrors", "This database is encrypted, but this installation of the program has"
        " no encryption support (the sqlcipher3 package). The file {file} was left unchanged."),
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
    if original is not None and type(original).__module__.startswith("psycopg"):
        return _classify_postgresql(original)
    if not isinstance(original, SQLITE_ERRORS):
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


# PostgreSQL's SQLSTATEs of the environment (the rest are the program's own errors).
_PG_STATES = {
    "55P03": "locked",  # lock_not_available: lock_timeout while another PC writes
    "40P01": "locked",  # deadlock_detected
    "40001": "locked",  # serialization_failure
    "53100": "full",  # disk_full
    "25006": "read_only",  # read_only_sql_transaction (e.g. a standby server)
    "57P01": "server",  # admin_shutdown
    "57P03": "server",  # cannot_connect_now (starting up)
}


def _classify_postgresql(original: BaseException) -> str | None:
    state = str(getattr(original, "sqlstate", None) or "")
    if state in _PG_STATES:
        return _PG_STATES[state]
    if state.startswith("08") or (not state and type(original).__name__ == "OperationalError"):
        return "server"  # connection_exception, or no connection at all
    return None


def explain(error: BaseException) -> DatabaseEnvironmentError | None:
    kind = classify(error)
    if kind is None:
        return None
    return DatabaseEnvironmentError(kind, Message("DatabaseErrors", MESSAGES[kind]))


_CAUGHT: tuple[type[Exception], ...] = (DBAPIError, *SQLITE_ERRORS, OSError)


@contextmanager
def environment_errors() -> Iterator[None]:
    """Turn environment errors of the block into DatabaseEnvironmentError."""
    try:
        yield
    except _CAUGHT as error:
        explained = explain(error)
        if explained is None:
            raise
        raise explained from error
