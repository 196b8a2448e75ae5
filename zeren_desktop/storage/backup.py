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
import re
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


# ---- names -------------------------------------------------------------------------------
# zeren-[<database>-]YYYYmmdd-HHMMSS-<reason>[-<n>].sqlite; <database> is the first 8 hex
# digits of the database's id (app_settings "database_id"). Names without it were written
# by older versions: their database is unknown.
NAME = re.compile(
    r"^zeren-(?:([0-9a-f]{8})-)?(\d{8})-(\d{6})-([a-z0-9_]+?)(?:-(\d+))?\.sqlite$")
REASON = re.compile(r"[a-z0-9_]+")


def short_database_id(database_id: str | None) -> str:
    """The part of a database id that goes into backup names ("" when there is none)."""
    digits = re.sub(r"[^0-9a-f]", "", (database_id or "").lower())
    return digits[:8] if len(digits) >= 8 else ""


def backup_file_name(when: dt.datetime, reason: str, database_id: str | None,
                     counter: int = 1) -> str:
    """The name of a backup made at `when` for `reason` of the database `database_id`."""
    if not REASON.fullmatch(reason):
        raise ValueError(f"bad backup reason {reason!r}")
    short = short_database_id(database_id)
    return (f"zeren-{short + '-' if short else ''}{when:%Y%m%d-%H%M%S}-{reason}"
            f"{f'-{counter}' if counter > 1 else ''}.sqlite")


def unique_backup_path(folder: Path, when: dt.datetime, reason: str,
                       database_id: str | None) -> Path:
    """A backup name in `folder` that is not taken yet (a counter is added if needed). A
    name whose `.part` is there is taken too: that may be a backup another process is
    writing this second, and writing under its name would delete its copy."""
    for counter in range(1, 1000):
        path = folder / backup_file_name(when, reason, database_id, counter)
        if not path.exists() and not path.with_name(path.name + ".part").exists():
            return path
    raise FileExistsError(folder / backup_file_name(when, reason, database_id))


def mirror_files(source: Path, destination: Path) -> int:
    """Copy the files of a content-addressed folder (`ab/<sha256>`) that `destination`
    lacks; a file's name is its hash, so one already there is the same file. Each copy
    is written under a temporary name and renamed, so a pulled stick leaves no half
    file under a final name. Returns how many were copied."""
    if not source.is_dir():
        return 0
    copied = 0
    for shard in sorted(p for p in source.iterdir() if p.is_dir()):
        for file in sorted(p for p in shard.iterdir() if p.is_file()):
            if file.name.endswith(".part"):
                continue
            target = destination / shard.name / file.name
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            part = target.with_name(target.name + ".part")
            with file.open("rb") as src, part.open("wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(part, target)
            copied += 1
    if copied:
        _fsync_dir(destination)
    return copied
