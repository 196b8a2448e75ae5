"""Encryption at rest: turn SQLCipher encryption of the open database on and off.

For machines whose policy requires it (RELIABILITY.md T18). Only the administrator
(MANAGE_SETTINGS) may do it; each change is audited, never with the key.

Encrypting: a verified backup is made first (it is plain, and stays in the backup folder
like every backup: keep or delete it by the office's policy); the database is exported
with `sqlcipher_export` into an encrypted copy beside it; the copy is checked with the key
(integrity check, the same row count in every table, the same audit chain head); the
key is put in its key file (storage.keys) unless it came from ZEREN_DB_KEY or a
passphrase; then the copy replaces the database in one rename. Decrypting is the same in
reverse; the key file is kept, because the encrypted backups still need it. The audit
anchor beside the database holds only hashes and does not change.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError
from zeren_desktop.services.backups import BackupService
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.services.session import Actor, ReadOnlyDatabaseError
from zeren_desktop.storage import cipher, keys
from zeren_desktop.storage.cipher import SQLITE_ERRORS
from zeren_desktop.storage.database import create_database_engine
from zeren_desktop.storage.errors import environment_errors
from zeren_desktop.storage.keys import DatabaseKey
from zeren_desktop.storage.models import AppSetting

_CTX = "Encryption"


class EncryptionError(ZerenError):
    """Encryption could not be turned on or off; the database was left as it was."""


@dataclass(frozen=True)
class EncryptionStatus:
    available: bool  # sqlcipher3 is installed
    encrypted: bool
    key_source: str  # "" (plain), "key_file", "env" or "passphrase"
    key_file: Path | None


@dataclass(frozen=True)
class EncryptionResult:
    database: Path
    encrypted: bool
    backup: Path  # the backup made first: plain when encrypting
    key_source: str  # "key_file", "env" or "passphrase"
    key_file: Path | None  # where the key is kept, when in a key file


def _source_of(key: DatabaseKey) -> str:
    if key.source in ("env", "passphrase"):
        return key.source
    return "key_file"


def fingerprint(connection: sqlite3.Connection) -> dict[str, Any]:
    """What must be the same in a converted copy: every table's row count and the audit
    chain head."""
    tables = [str(r[0]) for r in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name")]
    counts = {t: int(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
              for t in tables}
    head = connection.execute(
        "SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1").fetchone()
    return {"counts": counts, "audit_head": tuple(head) if head else None}


class EncryptionService(ServiceBase):
    def status(self) -> EncryptionStatus:
        """Is the database encrypted, and where does its key come from? (No sign-in.)"""
        file = self.db.file
        encrypted = file is not None and cipher.is_encrypted(file)
        source, key_file = "", None
        if encrypted and file is not None:
            with contextlib.suppress(ZerenError, *SQLITE_ERRORS, OSError):
                key = cipher.key_for(file)
                source = _source_of(key)
                key_file = Path(key.source) if source == "key_file" else None
        return EncryptionStatus(cipher.available(), encrypted, source, key_file)

    def key_file(self) -> Path | None:
        """Administrator: the key file of this (encrypted) database, for the escrow copy."""
        self._require(Permission.MANAGE_SETTINGS, "database.key_file")
        return self.status().key_file

    def export_key(self, target: Path) -> Path:
        """Administrator: write an escrow copy of the key file to `target` (e.g. a USB
        stick that goes into the office safe). The copy is not sealed to this computer:
        put it into the keys folder of any computer to open the database and its backups
        there. Audited (where to, never the key)."""
        actor = self._require(Permission.MANAGE_SETTINGS, "database.export_key")
        status = self.status()
        key_path = status.key_file
        key = keys.read_key_file(key_path) if key_path is not None else None
        if key is None:
            raise EncryptionError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Encryption", "This database has no key file on this computer (it is not"
                " encrypted, or its key comes from ZEREN_DB_KEY or a passphrase): there is"
                " nothing to export.")))
        target = Path(target)
        if target.exists():
            raise EncryptionError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Encryption", "{file} exists already; nothing was written."),
                {"file": str(target)}))
        written = keys.write_key_file(self._database_id(), key, target, protect=False)
        with self.db.write() as session:
            self._audit(session, actor, "database.key_exported", "database", None,
                        summary=str(written))
        return written

    # ---- on and off ------------------------------------------------------------------
    def encrypt(self, passphrase: str | None = None) -> EncryptionResult:
        """Administrator: encrypt the database in place.

        The key is ZEREN_DB_KEY when set, else `passphrase` when given (the GUI asks for
        it at every start then), else a new random 256-bit key kept in this computer's key
        file. A backup is made first (plain: tell the user it stays in the backup folder).
        """
        actor = self._require(Permission.MANAGE_SETTINGS, "database.encrypt")
        live = self._writable_file()
        if not cipher.available():
            raise EncryptionError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Encryption", "This installation of the program has no encryption support"
                " (the sqlcipher3 package); nothing was changed.")))
        if cipher.is_encrypted(live):
            raise EncryptionError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Encryption", "The database is encrypted already; nothing was changed.")))
        database_id = self._database_id()
        # Encrypted again after a decrypt: the key of the key file kept for the encrypted
        # backups is reused, so that they stay readable.
        kept = keys.key_file_path(database_id)
        key = (keys.from_environment()
               or (keys.from_passphrase(passphrase) if passphrase else None)
               or (keys.read_key_file(kept) if kept.exists() else None)
               or keys.generate())
        source = _source_of(key)
        backup = self._backups().backup_now("before_encrypt")
        key_file: Path | None = None

        def keep_key() -> None:
            nonlocal key_file
            if source == "key_file":
                key_file = kept if key.source == str(kept) else keys.write_key_file(
                    database_id, key)
            elif source == "passphrase":
                keys.remember(key)

        def drop_key() -> None:
            if key_file is not None and key.source != str(kept):
                with contextlib.suppress(OSError):
                    key_file.unlink()

        self._convert(actor, live, key, keep_key, drop_key, "database.encrypt")
        with self.db.write() as session:
            self._audit(session, actor, "database.encrypt", "database", None,
                        summary=f"encrypted at rest; key from {source}",
                        after={"key_source": source, "key_file": str(key_file or ""),
                               "backup_before": str(backup.path)})
        return EncryptionResult(live, True, backup.path, source, key_file)

    def decrypt(self) -> EncryptionResult:
        """Administrator: store the database unencrypted again. A backup (encrypted) is
        made first; the key file is kept, because the encrypted backups need it."""
        actor = self._require(Permission.MANAGE_SETTINGS, "database.decrypt")
        live = self._writable_file()
        if not cipher.is_encrypted(live):
            raise EncryptionError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Encryption", "The database is not encrypted; nothing was changed.")))
        old_key = cipher.key_for(live)
        backup = self._backups().backup_now("before_decrypt")
        self._convert(actor, live, None, lambda: None, lambda: None, "database.decrypt")
        source = _source_of(old_key)
        key_file = Path(old_key.source) if source == "key_file" else None
        with self.db.write() as session:
            self._audit(session, actor, "database.decrypt", "database", None,
                        summary="stored unencrypted again",
                        after={"backup_before": str(backup.path),
                               "key_file_kept": str(key_file or "")})
        return EncryptionResult(live, False, backup.path, source, key_file)

    # ---- helpers -----------------------------------------------------------------------
    def _convert(self, actor: Actor, live: Path, key: DatabaseKey | None,
                 keep_key: Any, drop_key: Any, action: str) -> None:
        """Export `live` to a copy encrypted with `key` (None: plain), verify it, keep the
        key, and put the copy in place; the engine follows. On any failure the database
        is left as it was and the failure is audited."""
        part = live.with_name(live.name + ".convert.part")
        replaced = False
        try:
            with self.db.exclusive(), environment_errors():
                self.db.engine.dispose()
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
                try:
                    before = self._fingerprint(live, None)
                    cipher.export(live, part, key)
                    problem = self._check_copy(part, key, before)
                    if problem is not None:
                        raise EncryptionError(Message(_CTX, QT_TRANSLATE_NOOP(
                            "Encryption", "The converted copy failed its check ({problem});"
                            " the database was left as it was."), {"problem": problem}))
                    keep_key()
                    cipher.replace_file(part, live)
                    replaced = True
                finally:
                    if not replaced:
                        drop_key()
                    with contextlib.suppress(FileNotFoundError):
                        part.unlink()
                    self.db.reopen(create_database_engine(self.db.url))
        except BaseException as error:
            if not replaced:
                with contextlib.suppress(ZerenError, *SQLITE_ERRORS, OSError), \
                        self.db.write() as session:
                    self._audit(session, actor, action + "_failed", "database", None,
                                summary=type(error).__name__)
            raise

    @staticmethod
    def _fingerprint(file: Path, key: DatabaseKey | None) -> dict[str, Any]:
        connection = cipher.connect(file, key=key)
        try:
            return fingerprint(connection)
        finally:
            connection.close()

    @staticmethod
    def _check_copy(copy: Path, key: DatabaseKey | None,
                    expected: dict[str, Any]) -> str | None:
        if cipher.is_encrypted(copy) != (key is not None):
            return "encryption state"
        connection = (cipher.connect_with_key(str(copy), key) if key is not None
                      else sqlite3.connect(copy))
        try:
            rows = connection.execute("PRAGMA integrity_check(5)").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                return "; ".join(str(r[0]) for r in rows)
            if key is not None and connection.execute(
                    "PRAGMA cipher_integrity_check").fetchall():
                return "cipher_integrity_check"
            found = fingerprint(connection)
        finally:
            connection.close()
        if found["counts"] != expected["counts"]:
            return "row counts differ"
        if found["audit_head"] != expected["audit_head"]:
            return "audit chain head differs"
        return None

    def _writable_file(self) -> Path:
        file = self.db.file
        if file is None:
            raise EncryptionError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Encryption", "Only a database file on this computer can be encrypted by the"
                " program.")))
        if self.state.read_only:
            raise ReadOnlyDatabaseError(Message("Services", QT_TRANSLATE_NOOP(
                "Services", "The database is open read-only (read-only media or another copy of"
                " the program is using it); nothing can be changed.")))
        return file

    def _database_id(self) -> str:
        with self.db.read() as session:
            value = session.scalar(select(AppSetting.value)
                                   .where(AppSetting.key == "database_id"))
        return value or "database"

    def _backups(self) -> BackupService:
        return BackupService(self.db, self.office_id, self.state, self.audit)
