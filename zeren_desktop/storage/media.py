"""What kind of place a database file lives in: local disk, removable or network media,
and whether it can be written at all.

A live database on a USB stick or a network share loses data when the stick is pulled or
the link drops in the middle of a commit (DESIGN.md); the program warns and offers to move
it. A database on read-only media is opened read-only, and nothing is written beside it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Literal

LocationKind = Literal["local", "removable", "network"]

NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "davfs",
    "fuse.sshfs", "sshfs", "fuse.davfs2", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.smbnetfs",
    "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gfs2", "ocfs2", "afpfs",
    "fuse.curlftpfs", "coda",
})
# Windows GetDriveTypeW results.
DRIVE_REMOVABLE, DRIVE_REMOTE, DRIVE_CDROM = 2, 4, 5


def _existing(path: Path) -> Path:
    """The path itself or its nearest existing parent."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


# ---- Linux -----------------------------------------------------------------------------
def _unescape(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as octal.
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))


def _mount_of(path: Path, mountinfo: str) -> tuple[str, str, str] | None:
    """(major:minor, fs type, source) of the mount holding `path`: the longest mount point."""
    target = os.path.realpath(path)
    best: tuple[int, tuple[str, str, str]] | None = None
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if not sep or len(fields) < 5 or len(tail) < 2:
            continue
        point = _unescape(fields[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), (fields[2], tail[0], tail[1]))
    return best[1] if best else None


def _block_device_removable(dev: str) -> bool:
    """Is the block device major:minor (or the disk it is a partition of) removable/USB?"""
    node = Path("/sys/dev/block") / dev
    try:
        real = node.resolve(strict=True)
    except OSError:
        return False
    if "/usb" in str(real):
        return True
    for candidate in (real, real.parent):
        with contextlib.suppress(OSError, ValueError):
            if (candidate / "removable").read_text().strip() == "1":
                return True
    return False


def _linux_kind(path: Path) -> LocationKind:
    try:
        mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "local"
    mount = _mount_of(path, mountinfo)
    if mount is None:
        return "local"
    dev, fs_type, source = mount
    if fs_type in NETWORK_FS_TYPES or fs_type.startswith(("nfs", "cifs", "smb")) or \
            source.startswith("//"):
        return "network"
    if dev.split(":")[0] != "0" and _block_device_removable(dev):
        return "removable"
    return "local"


# ---- Windows ---------------------------------------------------------------------------
def _windows_kind(path: Path) -> LocationKind:  # pragma: no cover - Windows only
    import ctypes

    text = os.path.abspath(path)
    if text.startswith("\\\\"):
        return "network"
    root = os.path.splitdrive(text)[0] + "\\"
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined,unused-ignore]
    if kind == DRIVE_REMOTE:
        return "network"
    if kind in (DRIVE_REMOVABLE, DRIVE_CDROM):
        return "removable"
    return "local"


def location_kind(path: Path) -> LocationKind:
    """"local", "removable" (USB stick, SD card, CD) or "network" (share, NFS, sshfs)."""
    existing = _existing(path)
    if sys.platform.startswith("linux"):
        return _linux_kind(existing)
    if os.name == "nt":  # pragma: no cover
        return _windows_kind(existing)
    return "local"


# ---- writability -----------------------------------------------------------------------
def is_read_only_location(file: Path) -> bool:
    """True when the database file or its folder cannot be written.

    A read-only mount (statvfs ST_RDONLY), no write access, or a failed test-open of the
    file for writing (which changes nothing). Root ignores permissions, but not a read-only
    mount: that is the case this is for.
    """
    folder = _existing(file.parent)
    if hasattr(os, "statvfs"):
        with contextlib.suppress(OSError):
            if os.statvfs(folder).f_flag & os.ST_RDONLY:
                return True
    if not os.access(folder, os.W_OK):
        return True
    if file.exists():
        if not os.access(file, os.W_OK):
            return True
        try:
            with open(file, "r+b"):
                pass
        except PermissionError:
            return True
        except OSError as error:
            import errno

            if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return True
    return False
