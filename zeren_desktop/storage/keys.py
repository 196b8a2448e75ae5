"""Where the key of an encrypted database comes from (encryption at rest; no Qt).

A database encrypted by the program (SQLCipher, see `storage.cipher`) is opened with the
first key that works from these sources, tried in this order:

1. Passphrases the caller supplied for this process (`remember(from_passphrase(text))`,
   or `Services.open(..., key=...)`): the GUI asks for one when the database needs it.
   They are kept in memory only.
2. The environment variable ZEREN_DB_KEY (scripts and CI): 64 hexadecimal digits are a
   raw 256-bit key, anything else a passphrase. When it is set, the key files are not
   tried, so a wrong value is refused rather than silently bypassed.
3. The key files in `<config dir>/keys/<database id>.key`, written when the program
   encrypts a database with a key it generated (`generate()`: 256 random bits). On POSIX
   the file has mode 0600 in a 0700 folder; on Windows the key inside it is protected with
   DPAPI (CryptProtectData, user scope): only this Windows account on this computer can
   read it. An escrow copy for the office safe (`export_key_file`) holds the key
   unprotected: it opens the database on any computer when put into that folder.

A generated key is sent to SQLCipher in its raw form (PRAGMA key = "x'<64 hex>'": no key
derivation); a passphrase in the passphrase form (PRAGMA key = '<text>': PBKDF2).

The key is never logged or printed, never written into the database, its audit trail,
settings.json or a backup: only into the key file (and an escrow copy when asked).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import os
import re
import secrets
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from zeren_desktop import paths

ENV_KEY = "ZEREN_DB_KEY"
KEY_FOLDER = "keys"
KEY_SUFFIX = ".key"
KEY_FORMAT = "zeren-database-key"
_HEX_KEY = re.compile(r"^[0-9a-fA-F]{64}$")

KeyKind = Literal["raw", "passphrase"]


@dataclass(frozen=True)
class DatabaseKey:
    """A database key. `repr()`/`str()` never show the secret; `source` says where it came
    from ("generated", "env", "passphrase" or the key file's path)."""

    kind: KeyKind
    secret: str = field(repr=False)
    source: str = field(default="", compare=False)

    def pragma_value(self) -> str:
        """The value for `PRAGMA key = …` and `ATTACH … KEY …` (SQL literal)."""
        if self.kind == "raw":
            return f"\"x'{self.secret.lower()}'\""
        return "'" + self.secret.replace("'", "''") + "'"


class KeyFileError(OSError):
    """A key file could not be written or read."""


def generate() -> DatabaseKey:
    """A new random 256-bit key (for encrypting a database)."""
    return DatabaseKey("raw", secrets.token_hex(32), "generated")


def from_passphrase(text: str) -> DatabaseKey:
    """The key of a passphrase typed by the user (the GUI's prompt)."""
    if not text:
        raise ValueError("an empty passphrase is no key")
    return DatabaseKey("passphrase", text, "passphrase")


def parse(text: str, source: str) -> DatabaseKey:
    """64 hex digits are a raw key, anything else a passphrase."""
    text = text.strip()
    if _HEX_KEY.match(text):
        return DatabaseKey("raw", text.lower(), source)
    return DatabaseKey("passphrase", text, source)


def from_environment() -> DatabaseKey | None:
    value = os.environ.get(ENV_KEY)
    return parse(value, "env") if value and value.strip() else None


# ---- keys given for this process -------------------------------------------------------
_remembered: list[DatabaseKey] = []


def remember(key: DatabaseKey) -> None:
    """Try `key` (first) for every encrypted file this process opens; memory only."""
    if key not in _remembered:
        _remembered.insert(0, key)


def forget(key: DatabaseKey) -> None:
    """Stop trying `key` (e.g. a mistyped passphrase that opened nothing)."""
    with contextlib.suppress(ValueError):
        _remembered.remove(key)


def forget_all() -> None:
    _remembered.clear()


def candidates() -> list[DatabaseKey]:
    """The keys to try on an encrypted file, in order (see the module's docstring)."""
    found = list(_remembered)
    env = from_environment()
    found += [env] if env is not None else stored_keys()
    unique: list[DatabaseKey] = []
    for key in found:
        if key not in unique:
            unique.append(key)
    return unique


# ---- key files -------------------------------------------------------------------------
def keys_dir(create: bool = False) -> Path:
    folder = paths.config_dir() / KEY_FOLDER
    if create:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    return folder


def key_file_path(database_id: str) -> Path:
    if not re.fullmatch(r"[0-9A-Za-z-]{1,64}", database_id):
        raise ValueError("bad database id")
    return keys_dir() / f"{database_id}{KEY_SUFFIX}"


def write_key_file(database_id: str, key: DatabaseKey, target: Path | None = None, *,
                   protect: bool = True) -> Path:
    """Write `key` to its key file (or to `target`) and return the path.

    Mode 0600 on POSIX, written to a temporary name, flushed and renamed. With `protect`
    on Windows the key is sealed with DPAPI (this user on this computer); without it (an
    escrow copy) it is stored as is.
    """
    if key.kind != "raw":
        raise ValueError("only generated keys are kept in key files")
    if target is None:
        keys_dir(create=True)
        target = key_file_path(database_id)
    sealed = protect and sys.platform == "win32"
    payload: dict[str, Any] = {
        "format": KEY_FORMAT, "version": 1, "database_id": database_id,
        "created": dt.datetime.now().isoformat(timespec="seconds"),
        "protection": "dpapi" if sealed else "none",
        "key": (base64.b64encode(_dpapi_protect(key.secret.encode("ascii"))).decode("ascii")
                if sealed else key.secret),
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".part")
    with contextlib.suppress(FileNotFoundError):
        temporary.unlink()
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return target


def read_key_file(path: Path) -> DatabaseKey | None:
    """The key in a key file (or escrow copy); None when it is not one or cannot be read
    (another Windows account's DPAPI seal, a damaged file)."""
    try:
        data = json.loads(path.read_text("utf-8"))
        if not isinstance(data, dict) or data.get("format") != KEY_FORMAT:
            return None
        value = str(data["key"])
        if data.get("protection") == "dpapi":
            if sys.platform != "win32":
                return None
            value = _dpapi_unprotect(base64.b64decode(value)).decode("ascii")
        elif data.get("protection") != "none":
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not _HEX_KEY.match(value):
        return None
    return DatabaseKey("raw", value.lower(), str(path))


def stored_keys() -> list[DatabaseKey]:
    """The readable keys of this computer's key files, the newest file first."""
    folder = keys_dir()
    try:
        files = sorted(folder.glob(f"*{KEY_SUFFIX}"), key=lambda p: p.stat().st_mtime,
                       reverse=True)
    except OSError:
        return []
    found = []
    for file in files:
        key = read_key_file(file)
        if key is not None:
            found.append(key)
    return found


def key_file_of(key: DatabaseKey) -> Path | None:
    """The key file that holds `key`, if it came from one."""
    if key.kind != "raw":
        return None
    for stored in stored_keys():
        if stored == key:
            return Path(stored.source)
    return None


# ---- Windows DPAPI (user scope) --------------------------------------------------------
def _dpapi_protect(data: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi(data, protect=True)


def _dpapi_unprotect(data: bytes) -> bytes:  # pragma: no cover - Windows only
    return _dpapi(data, protect=False)


def _dpapi(data: bytes, *, protect: bool) -> bytes:  # pragma: no cover - Windows only
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    windll: Any = getattr(ctypes, "windll")  # noqa: B009 - absent off Windows (mypy)
    crypt32, kernel32 = windll.crypt32, windll.kernel32
    buffer = ctypes.create_string_buffer(data, len(data))
    source = Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    result = Blob()
    entropy = b"ZerenDesktop database key"
    entropy_buffer = ctypes.create_string_buffer(entropy, len(entropy))
    entropy_blob = Blob(len(entropy), ctypes.cast(entropy_buffer, ctypes.POINTER(ctypes.c_char)))
    CRYPTPROTECT_UI_FORBIDDEN = 0x01
    call = crypt32.CryptProtectData if protect else crypt32.CryptUnprotectData
    description = "zeren" if protect else None
    if not call(ctypes.byref(source), description, ctypes.byref(entropy_blob), None, None,
                CRYPTPROTECT_UI_FORBIDDEN, ctypes.byref(result)):
        raise KeyFileError(f"DPAPI failed (error {kernel32.GetLastError()})")
    try:
        return ctypes.string_at(result.pbData, result.cbData)
    finally:
        kernel32.LocalFree(result.pbData)
