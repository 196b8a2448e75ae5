"""Consistent copies of a live SQLite database.

A file copy of an open database can be broken; the backup API copies a consistent
snapshot. One step (pages=-1) so that a writer elsewhere cannot restart it forever.
The copy is written to a temporary name, flushed, verified, then renamed, so a file
with the final name is always a whole backup. The copy of an encrypted database is
encrypted with the same key (SQLCipher's backup API between two keyed connections).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path
from typing import Any

from zeren_desktop.storage import cipher


def _fsync_dir(path: Path) -> None:
    # Directory fsync makes the rename durable on POSIX; Windows has no such call.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BackupCheckError(sqlite3.DatabaseError):
    """The copy failed its check and was not kept."""


def backup_sqlite(source: Path | sqlite3.Connection | Any, destination: Path, *,
                  check: str = "quick_check") -> Path:
    """Copy the database `source` (a file, or an open connection) to `destination`
    atomically and return the destination.

    `check` is the PRAGMA run on the copy before it is kept ("quick_check" or
    "integrity_check"). On any failure (disk full, kill, a failed check) no file with the
    final name is written and the temporary copy is removed. An encrypted source (a file,
    or a sqlcipher3 connection) gives a copy encrypted with the same key.
    """
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(destination.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        src = (cipher.connect(source, mode="ro") if isinstance(source, Path) else source)
        try:
            dst = cipher.create(temporary, cipher.connection_key(src))
            try:
                src.backup(dst, pages=-1)
                dst.execute("PRAGMA journal_mode=DELETE")
                result = dst.execute(f"PRAGMA {check}").fetchone()
                if not result or result[0] != "ok":
                    raise BackupCheckError(f"backup copy failed its check: {result}")
            finally:
                dst.close()
        finally:
            if src is not source:
                src.close()
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _fsync_dir(destination.parent)
    return destination


def timestamped_name(stem: str, reason: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return f"{stem}-{reason}-{stamp}.sqlite"
