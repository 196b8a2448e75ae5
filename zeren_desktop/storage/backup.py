"""Consistent copies of a live SQLite database.

A file copy of an open database can be broken; the backup API copies a consistent
snapshot. One step (pages=-1) so that a writer elsewhere cannot restart it forever.
The copy is written to a temporary name, flushed, verified, then renamed, so a file
with the final name is always a whole backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path


def _fsync_dir(path: Path) -> None:
    # Directory fsync makes the rename durable on POSIX; Windows has no such call.
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy the database at `source` to `destination` atomically; return the destination."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    temporary = destination.with_name(destination.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=DELETE")
            result = dst.execute("PRAGMA quick_check").fetchone()
            if not result or result[0] != "ok":
                raise sqlite3.DatabaseError(f"backup copy failed its check: {result}")
        finally:
            dst.close()
    finally:
        src.close()
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, destination)
    _fsync_dir(destination.parent)
    return destination


def timestamped_name(stem: str, reason: str) -> str:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return f"{stem}-{reason}-{stamp}.sqlite"
