"""Writing a document file so that a crash or a full disk never leaves half of one."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

# What a new document gets: the user's files are readable by others as any saved file is
# (mkstemp alone makes them private, 0600, unlike every other program's output).
NEW_FILE_MODE = 0o644


def write_atomically(target: Path, build: Callable[[Path], int]) -> int:
    """Build into a temporary file beside the target, fsync, then rename into place.

    `build` writes the temporary file and returns a count (pages, rows) passed back. A file
    being replaced keeps its permissions; a new one gets NEW_FILE_MODE."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}-",
                                suffix=target.suffix or ".tmp")
    os.close(fd)
    temp = Path(name)
    try:
        count = build(temp)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = NEW_FILE_MODE
        with contextlib.suppress(OSError):  # e.g. a FAT USB stick has no modes
            os.chmod(temp, mode)
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return count
