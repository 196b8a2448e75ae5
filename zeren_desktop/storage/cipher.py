"""Encrypted database files: SQLCipher through the optional `sqlcipher3` package.

Without the package (the `encryption` extra) everything here still imports: plain files
open with the standard sqlite3 module as before, and an encrypted file is refused with a
clear message ("no_cipher") instead of being taken for a damaged one.

An encrypted file has no "SQLite format 3" header: its first 16 bytes are SQLCipher's
salt and the rest of each page is ciphertext. `looks_encrypted` tells it apart from a
damaged plain file by its size (whole pages) and the randomness of its first page; the
key comes from `storage.keys`. Wrong key and damaged file are told apart by SQLCipher's
answer to the first read ("file is not a database" on page 1 with every key tried).
"""

from __future__ import annotations

import contextlib
import math
import os
import sqlite3
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from zeren_desktop.storage import keys
from zeren_desktop.storage.keys import DatabaseKey

dbapi: ModuleType | None
try:
    from sqlcipher3 import dbapi2 as _sqlcipher_dbapi
except ImportError:  # the `encryption` extra is not installed
    dbapi = None
else:
    dbapi = _sqlcipher_dbapi

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_SIZE = 16
SMALLEST_PAGE = 512
FIRST_PAGE = 4096  # SQLCipher 4's default page size
# Bits per byte of the first page after the salt: ciphertext is about 7.95, a SQLite page
# (b-tree headers, schema text, zero-filled free space) well below 6.
RANDOM_ENTROPY = 7.0
EXPORT_SCHEMA = "zeren_export"

# The exception classes of both drivers, for `except` clauses and classification.
SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error,) + (
    (dbapi.Error,) if dbapi is not None else ())
SQLITE_DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,) + (
    (dbapi.DatabaseError,) if dbapi is not None else ())
SQLITE_OR_OS_ERRORS: tuple[type[Exception], ...] = (*SQLITE_ERRORS, OSError)

# Which key opened which file, by the file's salt: a file is tried once per process (a
# passphrase costs a key derivation per try). Reused only while the key is still offered.
_working: dict[bytes, DatabaseKey] = {}
_quiet = False


def available() -> bool:
    """Is encryption support (sqlcipher3) installed?"""
    return dbapi is not None


def sqlite_uri(file: Path, **params: str) -> str:
    """A `file:` URI for connect(uri=True), safe for any characters in the path."""
    uri = Path(os.path.abspath(file)).as_uri()
    if params:
        uri += "?" + "&".join(f"{key}={value}" for key, value in params.items())
    return uri


def _entropy(data: bytes) -> float:
    if not data:
        return 0.0
    counts = Counter(data)
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in counts.values())


def looks_encrypted(file: Path) -> bool:
    """Does `file` look like an encrypted database (not a plain or damaged SQLite file)?"""
    try:
        size = file.stat().st_size
        if size < 2 * SMALLEST_PAGE or size % SMALLEST_PAGE:
            return False
        with open(file, "rb") as handle:
            head = handle.read(min(size, FIRST_PAGE))
    except OSError:
        return False
    if head.startswith(SQLITE_MAGIC):
        return False
    return _entropy(head[SALT_SIZE:]) >= RANDOM_ENTROPY


def is_encrypted(file: Path) -> bool:
    """Is the database file encrypted? (False for a missing or plain file.)"""
    return looks_encrypted(file)


def is_cipher_connection(connection: object) -> bool:
    return dbapi is not None and isinstance(connection, dbapi.Connection)


def _salt(file: Path) -> bytes:
    with open(file, "rb") as handle:
        return handle.read(SALT_SIZE)


def _quieten() -> None:
    """SQLCipher logs a failed page decryption (a wrong key) to stderr: keep it quiet."""
    global _quiet
    if _quiet or dbapi is None:
        return
    connection = dbapi.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()
    _quiet = True


def connect_with_key(target: str, key: DatabaseKey, *, uri: bool = False,
                     timeout: float = 10.0, check_same_thread: bool = True) -> Any:
    """A sqlcipher3 connection to `target` whose first statement is `PRAGMA key`."""
    if dbapi is None:
        raise RuntimeError("sqlcipher3 is not installed")
    _quieten()
    connection = dbapi.connect(target, uri=uri, timeout=timeout,
                               check_same_thread=check_same_thread)
    try:
        connection.execute(f"PRAGMA key = {key.pragma_value()}")
    except BaseException:
        connection.close()
        raise
    return connection


def _wrong_key(error: BaseException) -> bool:
    name = getattr(error, "sqlite_errorname", "") or ""
    return name.startswith("SQLITE_NOTADB") or "not a database" in str(error).lower()


def _opens(file: Path, key: DatabaseKey, params: Mapping[str, str]) -> bool:
    connection = connect_with_key(sqlite_uri(file, **params), key, uri=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except SQLITE_DATABASE_ERRORS as error:
        if _wrong_key(error):
            return False
        raise
    finally:
        connection.close()
    return True


def key_for(file: Path, params: Mapping[str, str] | None = None) -> DatabaseKey:
    """The key that opens the encrypted `file`, from `keys.candidates()`.

    Raises EncryptedDatabaseError: "no_cipher" without sqlcipher3, "needs_key" when there
    is no key to try, "wrong_key" when none opens it. The file is never changed.
    """
    from zeren_desktop.storage.errors import EncryptedDatabaseError

    if dbapi is None:
        raise EncryptedDatabaseError("no_cipher", file)
    offered = keys.candidates()
    salt = _salt(file)
    known = _working.get(salt)
    if known is not None and known in offered:
        return known
    tried: list[str] = []
    for key in offered:
        if _opens(file, key, params or {"mode": "ro"}):
            _working[salt] = key
            return key
        tried.append(key.source)
    raise EncryptedDatabaseError("wrong_key" if tried else "needs_key", file, tried)


def connect(file: Path, *, key: DatabaseKey | None = None, timeout: float = 10.0,
            check_same_thread: bool = True, mode: str | None = None,
            immutable: bool = False) -> sqlite3.Connection:
    """Open an existing database file: a plain one with sqlite3, an encrypted one with
    sqlcipher3 and its key (`key`, else found by `key_for`). `mode` ("ro") and
    `immutable` go into the URI. The sqlcipher3 connection has the same interface."""
    params = {"immutable": "1"} if immutable else {"mode": mode} if mode else {}
    uri = sqlite_uri(file, **params)
    if looks_encrypted(file):
        key = key or key_for(file, params or None)
        return cast(sqlite3.Connection, connect_with_key(
            uri, key, uri=True, timeout=timeout, check_same_thread=check_same_thread))
    return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=check_same_thread)


def create(file: Path, key: DatabaseKey | None) -> sqlite3.Connection:
    """A connection that creates `file`: plain without a key, encrypted with one."""
    if key is None:
        return sqlite3.connect(file)
    return cast(sqlite3.Connection, connect_with_key(str(file), key))


def connection_key(connection: object) -> DatabaseKey | None:
    """The key of an open connection's main database (None for a plain one)."""
    if not is_cipher_connection(connection):
        return None
    rows = cast(sqlite3.Connection, connection).execute("PRAGMA database_list").fetchall()
    main = next(str(row[2]) for row in rows if row[1] == "main")
    return key_for(Path(main))


def export(source: Path, target: Path, key: DatabaseKey | None) -> None:
    """Write a copy of the database `source` into the new file `target`, encrypted with
    `key` (None: plain), with SQLCipher's `sqlcipher_export`; flushed to disk.

    The backup API cannot copy between a plain and an encrypted database; this can."""
    if dbapi is None:
        raise RuntimeError("sqlcipher3 is not installed")
    if target.exists():
        raise FileExistsError(target)
    if looks_encrypted(source):
        connection = connect_with_key(str(source), key_for(source))
    else:
        connection = dbapi.connect(str(source))
    try:
        target_key = key.pragma_value() if key is not None else "''"
        connection.execute(f"ATTACH DATABASE ? AS {EXPORT_SCHEMA} KEY {target_key}",
                           (str(target),))
        try:
            connection.execute(f"SELECT sqlcipher_export('{EXPORT_SCHEMA}')").fetchall()
            version = connection.execute("PRAGMA main.user_version").fetchone()[0]
            connection.execute(f"PRAGMA {EXPORT_SCHEMA}.user_version = {int(version)}")
        finally:
            connection.execute(f"DETACH DATABASE {EXPORT_SCHEMA}")
    finally:
        connection.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())


def settle(file: Path) -> None:
    """Fold the WAL into the file and leave no -wal/-shm beside it (all other connections
    closed), so that the file alone is the whole database: before it is replaced."""
    connection = connect(file, timeout=10.0)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        connection.close()
    for companion in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            leftover = file.with_name(file.name + companion)
            if leftover.stat().st_size == 0:
                leftover.unlink()


def replace_file(new: Path, live: Path) -> None:
    """Put the whole database file `new` (flushed, verified by the caller) in place of
    `live` with one rename. Every connection to `live` must be closed; its WAL is folded
    in first so that no -wal of the old file is applied to the new one."""
    if live.exists():
        settle(live)
        wal = live.with_name(live.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise OSError(f"{wal} is still in use; the database was not replaced")
    os.replace(new, live)
    if os.name == "posix":
        fd = os.open(live.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
