"""Is a database file whole? Cheap checks at open, the full check in the backup job.

At open the cost must not grow with the data: the 100-byte header is checked against the
file size, the schema is read, and only a small database gets `PRAGMA quick_check`. The
full `PRAGMA integrity_check` runs on every backup copy (the start-up backup job).

An encrypted file (storage.cipher) has no readable header: it is checked through SQLCipher
with its key. A missing or wrong key is not damage: EncryptedDatabaseError is raised and the
file is left where it is.

A damaged file is moved aside (with its -wal and -shm, so the pair stays readable) to
`<name>.corrupt-<timestamp>`, never overwritten and never deleted.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from zeren_desktop.storage import cipher
from zeren_desktop.storage.cipher import SQLITE_DATABASE_ERRORS, SQLITE_ERRORS, SQLITE_MAGIC

if TYPE_CHECKING:
    import sqlite3

HEADER_SIZE = 100
# Up to this size the open also runs PRAGMA quick_check (about a second per 100 MiB).
QUICK_CHECK_MAX_BYTES = 32 * 1024 * 1024
COMPANIONS = ("-wal", "-shm", "-journal")

CORRUPT_MESSAGES = ("malformed", "not a database", "corrupt", "file is encrypted")


sqlite_uri = cipher.sqlite_uri


def header_problem(file: Path) -> str | None:
    """What is wrong with the file's header, or None. An empty file is a new database."""
    try:
        size = file.stat().st_size
        if size == 0:
            return None
        with open(file, "rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        return None
    if len(header) < HEADER_SIZE:
        return "truncated header"
    if cipher.looks_encrypted(file):
        return None  # checked through SQLCipher with its key
    if not header.startswith(SQLITE_MAGIC):
        return "not a SQLite header"
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "bad page size"
    if header[18] not in (1, 2) or header[19] not in (1, 2):
        return "bad file format version"
    if size % page_size:
        return "truncated (size is not a whole number of pages)"
    (change_counter,) = struct.unpack(">I", header[24:28])
    (pages,) = struct.unpack(">I", header[28:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    wal = file.with_name(file.name + "-wal")
    wal_has_frames = wal.exists() and wal.stat().st_size > 32
    # While a WAL holds frames a checkpoint may have been cut short: the header can then
    # name pages not yet in the file; SQLite recovers them from the WAL.
    if pages and change_counter == valid_for and not wal_has_frames and size < pages * page_size:
        return "truncated (fewer pages than the header says)"
    return None


def is_corruption(error: BaseException) -> bool:
    if not isinstance(error, SQLITE_DATABASE_ERRORS):
        return False
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or any(
        m in text for m in CORRUPT_MESSAGES)


def probe(file: Path, uri: str | None = None, *, quick_check_max: int = QUICK_CHECK_MAX_BYTES
          ) -> str | None:
    """Open the file, read its schema and (when small) quick_check it.

    Returns the problem when the file is damaged, None when it looks whole. Other errors
    (locked, I/O, no access) are raised: they are not the file's fault, and neither is a
    missing or wrong key of an encrypted file (EncryptedDatabaseError).
    """
    problem = header_problem(file)
    if problem is not None:
        return problem
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None
    connection = _connect(file, uri)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if size <= quick_check_max:
            rows = connection.execute("PRAGMA quick_check(5)").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                return "quick_check: " + "; ".join(str(r[0]) for r in rows)
    except SQLITE_DATABASE_ERRORS as error:
        if is_corruption(error):
            return str(error)
        raise
    finally:
        connection.close()
    return None


def _connect(file: Path, uri: str | None) -> sqlite3.Connection:
    """A connection for `probe`: `uri`'s parameters (mode=ro, immutable=1) are kept."""
    params: dict[str, str] = {}
    if uri is not None and "?" in uri:
        params = dict(p.split("=", 1) for p in uri.split("?", 1)[1].split("&") if "=" in p)
    if params.get("immutable") == "1":
        return cipher.connect(file, immutable=True)
    return cipher.connect(file, mode=params.get("mode"))


def integrity_problem(file: Path) -> str | None:
    """The full `PRAGMA integrity_check` of a (backup) file: None when it is ok."""
    problem = header_problem(file)
    if problem is not None:
        return problem
    from zeren_desktop.storage.errors import EncryptedDatabaseError

    try:
        connection = cipher.connect(file, mode="ro")
    except EncryptedDatabaseError as error:
        return f"encrypted, cannot be opened ({error.kind})"
    except SQLITE_ERRORS as error:
        return str(error)
    try:
        rows = connection.execute("PRAGMA integrity_check(5)").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            return "; ".join(str(r[0]) for r in rows)
        if cipher.is_cipher_connection(connection):
            failures = connection.execute("PRAGMA cipher_integrity_check").fetchall()
            if failures:
                return "; ".join(str(r[0]) for r in failures[:5])
        return None
    except SQLITE_DATABASE_ERRORS as error:
        return str(error)
    finally:
        connection.close()


def _rename_no_overwrite(source: Path, target: Path) -> None:
    if os.name == "posix":
        try:
            os.link(source, target)  # fails if target exists: never overwrites
        except FileExistsError:
            raise
        except OSError:
            pass  # no hard links on this file system (FAT USB sticks): plain rename below
        else:
            os.unlink(source)
            return
    if target.exists():
        raise FileExistsError(target)
    os.rename(source, target)  # Windows refuses to overwrite anyway


def move_aside(file: Path, label: str = "corrupt") -> Path:
    """Rename the file and its -wal/-shm to `<name>.<label>-<timestamp>`; return the new path.

    Never overwrites: a counter is added when the name is taken.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for counter in range(1000):
        suffix = f".{label}-{stamp}" + (f"-{counter}" if counter else "")
        target = file.with_name(file.name + suffix)
        if any(target.with_name(target.name + c).exists() for c in ("", *COMPANIONS)):
            continue
        try:
            _rename_no_overwrite(file, target)
        except FileExistsError:
            continue
        for companion in COMPANIONS:
            source = file.with_name(file.name + companion)
            if source.exists():
                with contextlib.suppress(OSError):
                    _rename_no_overwrite(source, target.with_name(target.name + companion))
        return target
    raise FileExistsError(file)
