"""One writer per database file: `<db>.lock` beside it, held with an OS lock.

The lock is an advisory OS lock (flock on POSIX, msvcrt.locking on Windows) on the lock
file, held for as long as the database is open. The operating system drops it when the
process ends in any way (also when killed), so a lock file left behind by a dead process
is stale and simply taken over. The file's text (pid, host, since) only explains who holds
it; it is never what decides.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import sys
import threading
from pathlib import Path
from typing import IO, Any

from zeren_desktop.domain.text import Message
from zeren_desktop.storage.errors import MESSAGES, DatabaseInUseError

# Windows locks byte ranges and then refuses to read them: lock one byte far beyond the
# text, so other processes can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 20

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _os_lock(handle: IO[Any]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        handle.seek(0)

    def _os_unlock(handle: IO[Any]) -> None:
        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _os_lock(handle: IO[Any]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _os_unlock(handle: IO[Any]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

_held: set[Path] = set()
_held_guard = threading.Lock()


def lock_path_for(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + ".lock")


def _try_lock(handle: IO[Any]) -> bool:
    try:
        _os_lock(handle)
    except OSError:
        return False
    return True


def _unlock(handle: IO[Any]) -> None:
    with contextlib.suppress(OSError):
        _os_unlock(handle)


def read_holder(path: Path) -> dict[str, str]:
    """What the lock file says about its holder (may be stale or empty)."""
    try:
        data = json.loads(path.read_text("utf-8") or "{}")
        return {k: str(v) for k, v in data.items()} if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def in_use_error(holder: dict[str, str]) -> DatabaseInUseError:
    return DatabaseInUseError(Message("DatabaseErrors", MESSAGES["in_use"], {
        "pid": holder.get("pid", "?"), "host": holder.get("host", "?"),
        "since": holder.get("since", "?")}), holder)


class InstanceLock:
    """The held lock of one database file. `release()` (or close of the services) ends it."""

    def __init__(self, path: Path, handle: IO[Any]) -> None:
        self.path = path
        self._handle: IO[Any] | None = handle

    @classmethod
    def acquire(cls, database_file: Path) -> InstanceLock:
        """Take the lock of `database_file` or raise DatabaseInUseError."""
        path = lock_path_for(database_file).resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        with _held_guard:
            if path in _held:
                # This process holds it already (a second window of the same program).
                raise in_use_error(read_holder(path))
            for _attempt in range(5):
                handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open
                if not _try_lock(handle):
                    handle.close()
                    raise in_use_error(read_holder(path))
                if os.name != "nt" and not _same_file(handle, path):
                    # Another process released and removed it between our open and lock:
                    # we locked a file no longer at the path. Try again on the new one.
                    _unlock(handle)
                    handle.close()
                    continue
                lock = cls(path, handle)
                lock._write_holder()
                _held.add(path)
                return lock
        raise in_use_error(read_holder(path))

    def _write_holder(self) -> None:
        assert self._handle is not None
        text = json.dumps({
            "pid": os.getpid(), "host": socket.gethostname(),
            "since": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")})
        handle = self._handle
        with contextlib.suppress(OSError):  # a full disk must not stop the lock itself
            handle.seek(0)
            handle.truncate()
            handle.write(text)
            handle.flush()

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        with _held_guard:
            _held.discard(self.path)
            if os.name != "nt":
                # Remove while still locked, so nobody can lock the old file afterwards.
                with contextlib.suppress(OSError):
                    self.path.unlink()
            _unlock(handle)
            handle.close()
            if os.name == "nt":  # pragma: no cover
                with contextlib.suppress(OSError):
                    self.path.unlink()


def _same_file(handle: IO[Any], path: Path) -> bool:
    try:
        here, there = os.fstat(handle.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)
