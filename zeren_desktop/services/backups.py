"""Backups: made with SQLite's backup API in one step, checked, rotated, restored.

Every backup is written to a temporary name, passes `PRAGMA integrity_check`, is flushed
and only then renamed to `zeren-<db>-YYYYmmdd-HHMMSS-<reason>.sqlite` in the backup folder
(`backups/` beside the database, or the folder of the setting "backup_dir"); <db> is the
first 8 hex digits of the database's id, so that several databases can share a folder:
each sees, rotates and restores only its own backups. Names without it (older versions)
are of an unknown database: offered only when there is no backup of this one. Beside each
backup lies `<backup>.audit-head`: the audit chain head of the copy, so a restored database
verifies. Rotation keeps 7 daily, 4 weekly and 12 monthly automatic backups, never the
newest verified one, and never touches a file it did not create (other names, manual
backups).

There are no attachments yet: when documents with files arrive, the backup must include
them (see the administrators' section of README.md).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select

from zeren_desktop import paths
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError
from zeren_desktop.services.audit import GENESIS, Anchor, ChainHead
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.services.ledger import ATTACHMENTS_DIR, attachments_folder
from zeren_desktop.services.session import Actor
from zeren_desktop.storage import cipher
from zeren_desktop.storage.backup import (
    NAME,
    BackupCheckError,
    backup_sqlite,
    mirror_files,
    short_database_id,
    unique_backup_path,
)
from zeren_desktop.storage.cipher import (
    SQLITE_DATABASE_ERRORS,
    SQLITE_ERRORS,
    SQLITE_OR_OS_ERRORS,
)
from zeren_desktop.storage.database import BUSY_TIMEOUT_MS
from zeren_desktop.storage.errors import (
    MESSAGES,
    DatabaseDamagedError,
    DatabaseEnvironmentError,
    EncryptedDatabaseError,
    explain,
)
from zeren_desktop.storage.health import integrity_problem, move_aside
from zeren_desktop.storage.instance_lock import InstanceLock
from zeren_desktop.storage.migrate import script_directory
from zeren_desktop.storage.models import AppSetting

_CTX = "Backups"
BACKUP_DIR_SETTING = "backup_dir"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
SYSTEM_USER = "system"
# Beside a database restored without login: recorded in its audit trail at the next open.
RESTORED_MARKER = ".restored"
# A `.part` file this old was left by a killed process; a younger one may be a backup
# being written right now (by another thread, or another program on a shared folder).
STALE_PART_SECONDS = 3600
# One backup at a time in this process (start-up auto backup, "Back up now", encrypt()).
_MAKE_LOCK = threading.Lock()


class BackupError(ZerenError):
    pass


_ZEREN_OR_SQLITE_OR_OS_ERRORS: tuple[type[Exception], ...] = (ZerenError, *SQLITE_OR_OS_ERRORS)


class BackupFailedError(DatabaseEnvironmentError):
    """The backup could not be made; `kind` as DatabaseEnvironmentError (full, read_only…)."""


class BackupInvalidError(BackupError):
    """The backup file is damaged, not ours, or of another database: nothing was restored."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int
    verified: bool | None  # None: not checked
    problem: str = ""
    database: str = ""  # short database id from the name; "" for an unknown database

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def database_known(self) -> bool:
        """False for a backup named by an older version: of which database is unknown."""
        return bool(self.database)

    @property
    def database_label(self) -> Message | None:
        """A label to show beside a backup of an unknown database (None otherwise)."""
        return None if self.database else Message(_CTX, UNKNOWN_DATABASE)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    database: Path
    kept_aside: Path | None  # the replaced database, or None when there was none
    # False when it could not be checked that the backup is of the replaced database
    # (its id unknown: missing or unreadable, none given); `warning` then says so.
    database_checked: bool = True
    warning: Message | None = None


UNKNOWN_DATABASE = QT_TRANSLATE_NOOP("Backups", "unknown database")


# ---- finding and checking backups ------------------------------------------------------
class BackupName(NamedTuple):
    created: dt.datetime
    reason: str
    database: str  # short database id; "" when the name has none (an older version's)


def parse_backup_name(path: Path) -> BackupName | None:
    match = NAME.match(path.name)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match[2] + match[3], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return BackupName(created, match[4], match[1] or "")


def parse_name(path: Path) -> tuple[dt.datetime, str] | None:
    """(created, reason) of a backup name, or None when it is not one."""
    parsed = parse_backup_name(path)
    return (parsed.created, parsed.reason) if parsed is not None else None


def of_database(backups: Sequence[BackupInfo], database_id: str | None, *,
                unknown: bool = True) -> list[BackupInfo]:
    """The backups of the database `database_id` (all when None). With `unknown`, when
    there is none of it, the backups whose database is unknown (named by older versions)
    instead; never those of another database."""
    if database_id is None:
        return list(backups)
    short = short_database_id(database_id)
    mine = [b for b in backups if short and b.database == short]
    if mine or not unknown:
        return mine
    return [b for b in backups if not b.database]


def scan(folder: Path, database_id: str | None = None, *,
         unknown: bool = True) -> list[BackupInfo]:
    """The backups this program made in `folder`, newest first (not checked). Given a
    `database_id`, only those of that database (see `of_database`)."""
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for path in entries:
        parsed = parse_backup_name(path)
        if parsed is None or not path.is_file():
            continue
        with contextlib.suppress(OSError):
            found.append(BackupInfo(path, parsed.created, parsed.reason, path.stat().st_size,
                                    None, database=parsed.database))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return of_database(found, database_id, unknown=unknown)


def backup_problem(path: Path, *, full: bool = True) -> str | None:
    """Why `path` cannot be restored (damaged, not a Zeren database, too new), or None."""
    if not path.is_file():
        return "missing"
    problem = integrity_problem(path) if full else _quick_problem(path)
    if problem is not None:
        return problem
    try:
        connection = cipher.connect(path, mode="ro")
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except EncryptedDatabaseError as error:
        return f"encrypted, cannot be opened ({error.kind})"
    except SQLITE_ERRORS as error:
        return f"not a Zeren Desktop database ({error})"
    known = {rev.revision for rev in script_directory().walk_revisions()}
    if row is None or row[0] not in known:
        return "written by a newer program" if row else "not a Zeren Desktop database"
    return None


def _quick_problem(path: Path) -> str | None:
    try:
        connection = cipher.connect(path, mode="ro")
    except EncryptedDatabaseError as error:
        return f"encrypted, cannot be opened ({error.kind})"
    except SQLITE_ERRORS as error:
        return str(error)
    try:
        rows = connection.execute("PRAGMA quick_check(5)").fetchall()
        return None if [r[0] for r in rows] == ["ok"] else "; ".join(str(r[0]) for r in rows)
    except SQLITE_DATABASE_ERRORS as error:
        return str(error)
    finally:
        connection.close()


def verified_backups(folders: Iterable[Path], *, full: bool = False,
                     database_id: str | None = None) -> list[Path]:
    """The backups in `folders` that verify, newest first. Given a `database_id`, those
    of that database; only when none of them verifies, those of an unknown database."""
    candidates: list[BackupInfo] = []
    for folder in dict.fromkeys(folders):
        candidates += scan(folder)
    candidates.sort(key=lambda b: (b.created, b.path.name), reverse=True)

    def good(backups: Sequence[BackupInfo]) -> list[Path]:
        return [b.path for b in backups if backup_problem(b.path, full=full) is None]

    if database_id is None:
        return good(candidates)
    return (good(of_database(candidates, database_id, unknown=False))
            or good([b for b in candidates if not b.database]))


def backup_folders_for(database: Path, extra: Sequence[Path | None] = ()) -> list[Path]:
    """Where backups of `database` may be, without opening it (it may be damaged)."""
    folders = [f for f in extra if f is not None]
    folders.append(paths.backup_dir_for(database))
    return folders


def _copy_head(copy: Path) -> ChainHead:
    connection = cipher.connect(copy, mode="ro")
    try:
        row = connection.execute(
            "SELECT seq, hash FROM audit_records ORDER BY seq DESC LIMIT 1").fetchone()
    except SQLITE_ERRORS:
        row = None
    finally:
        connection.close()
    return ChainHead(int(row[0]), str(row[1])) if row else ChainHead(0, GENESIS)


def anchor_path(database: Path) -> Path:
    return database.with_name(database.name + ".audit-head")


def _database_id(path: Path | sqlite3.Connection) -> str:
    connection = path if not isinstance(path, Path) else cipher.connect(path, mode="ro")
    try:
        row = connection.execute(
            "SELECT value FROM app_settings WHERE key = 'database_id'").fetchone()
        return str(row[0]) if row else ""
    except SQLITE_ERRORS:
        return ""
    finally:
        if connection is not path:
            connection.close()


def database_id_of(path: Path) -> str:
    """The id of the database in `path` ("" when it is missing, damaged or unreadable)."""
    try:
        return _database_id(path) if path.is_file() else ""
    except _ZEREN_OR_SQLITE_OR_OS_ERRORS:
        return ""


def same_database(first: str, second: str) -> bool:
    """Are the two (full or short) database ids of one database? Both must be known."""
    if not first or not second:
        return False
    if len(first) > 8 and len(second) > 8:
        return first.lower() == second.lower()
    return short_database_id(first) == short_database_id(second) != ""


def rotation_victims(backups: Sequence[BackupInfo], keep: Iterable[Path] = ()) -> list[Path]:
    """Automatic backups beyond 7 daily, 4 weekly and 12 monthly ones (newest of each)."""
    automatic = sorted((b for b in backups if b.reason == "auto"),
                       key=lambda b: (b.created, b.path.name), reverse=True)
    kept = set(keep)

    def keep_newest_of(period: Any, count: int) -> None:
        seen: list[object] = []
        for backup in automatic:
            key = period(backup.created)
            if key in seen:
                continue
            seen.append(key)
            kept.add(backup.path)
            if len(seen) >= count:
                return

    keep_newest_of(lambda d: d.date(), KEEP_DAILY)
    keep_newest_of(lambda d: d.isocalendar()[:2], KEEP_WEEKLY)
    keep_newest_of(lambda d: (d.year, d.month), KEEP_MONTHLY)
    return [b.path for b in automatic if b.path not in kept]


def _remove_stale_parts(folder: Path) -> None:
    """Remove `.part` files of backups, and of their audit heads, left by a killed process
    (older than an hour)."""
    limit = time.time() - STALE_PART_SECONDS
    for stale in [*folder.glob("zeren-*.sqlite.part"),
                  *folder.glob("zeren-*.sqlite.audit-head.part")]:
        backup = stale.with_suffix("")
        if backup.suffix == ".audit-head":
            backup = backup.with_suffix("")
        if parse_backup_name(backup) is None:
            continue
        with contextlib.suppress(FileNotFoundError):
            if stale.stat().st_mtime < limit:
                stale.unlink()


def _failed(error: BaseException, folder: Path) -> BackupFailedError:
    explained = explain(error)
    kind = explained.kind if explained is not None else "io"
    return BackupFailedError(kind, Message(_CTX, QT_TRANSLATE_NOOP(
        "Backups", "The backup could not be written to {folder}: {reason} The database itself"
        " is unchanged and the earlier backups were kept."),
        {"folder": str(folder), "reason": Message("DatabaseErrors", MESSAGES.get(
            kind, MESSAGES["io"]))}))


def _write_anchor(database: Path, head: ChainHead) -> None:
    Anchor(anchor_path(database)).write(head)


# ---- restore without an open database --------------------------------------------------
def database_file(target: str | Path | None) -> Path | None:
    """The SQLite file that `Services.open(target)` would open (None for a server URL)."""
    from zeren_desktop.storage.database import resolve_database_url, sqlite_file

    return sqlite_file(resolve_database_url(target))


def restore_without_login(backup: Path, target: Path,
                          expected_database_id: str | None = None) -> RestoreResult:
    """Put `backup` in place of the database `target` (missing, damaged or closed).

    For the start-up path of a damaged database, when nobody can sign in. The backup must
    verify and be of the replaced database: of `expected_database_id` (the caller's, e.g.
    read from the moved-aside file: `CorruptDatabaseError.database_id`), else of the file
    at `target` when its id can be read. When neither is known the restore is made but
    the result says so (`database_checked` False, `warning`). A file at `target` is kept
    aside (renamed to `<name>.before-restore-<ts>`). The restore is written to the audit
    trail at the next open (marker file beside it).
    """
    backup, target = Path(backup).resolve(), Path(target).resolve()
    problem = backup_problem(backup, full=True)
    if problem is not None:
        raise _invalid(backup, problem)
    lock = InstanceLock.acquire(target)
    try:
        expected = expected_database_id or database_id_of(target)
        if expected and not same_database(_database_id(backup), expected):
            raise _invalid(backup, "a backup of another database")
        kept = move_aside(target, "before-restore") if target.exists() else None
        if kept is not None and anchor_path(target).exists():
            shutil.copy2(anchor_path(target), anchor_path(kept))
        try:
            backup_sqlite(backup, target, check="quick_check")
            mirror_files(backup.parent / ATTACHMENTS_DIR, attachments_folder(target))
        except SQLITE_OR_OS_ERRORS as error:
            raise _failed(error, target.parent) from error
        _write_anchor(target, _copy_head(target))
        marker = target.with_name(target.name + RESTORED_MARKER)
        marker.write_text(json.dumps({
            "from": str(backup), "kept_aside": str(kept or ""),
            "at": dt.datetime.now().isoformat(timespec="seconds")}), "utf-8")
    finally:
        lock.release()
    if expected:
        return RestoreResult(backup, target, kept)
    return RestoreResult(backup, target, kept, database_checked=False, warning=Message(
        _CTX, QT_TRANSLATE_NOOP(
            "Backups", "It could not be checked that {file} is a backup of this database:"
            " the database it replaced was missing or unreadable. Check the data."),
        {"file": backup.name}))


def _invalid(backup: Path, problem: str) -> BackupInvalidError:
    return BackupInvalidError(Message(_CTX, QT_TRANSLATE_NOOP(
        "Backups", "The backup {file} cannot be restored: {problem}. Nothing was changed;"
        " choose another backup."), {"file": backup.name, "problem": problem}))


# ---- the service -----------------------------------------------------------------------
class BackupService(ServiceBase):
    def backup_folder(self) -> Path:
        """The folder of the setting "backup_dir", else `backups/` beside the database."""
        with self.db.read() as session:
            value = session.scalar(select(AppSetting.value)
                                   .where(AppSetting.key == BACKUP_DIR_SETTING))
        if value:
            return Path(value).expanduser()
        return paths.backup_dir_for(self._file())

    def set_backup_folder(self, folder: Path | None) -> None:
        """Administrator: keep backups in `folder` (None: `backups/` beside the database)."""
        actor = self._require(Permission.MANAGE_SETTINGS, "settings.backup_dir")
        with self.db.write() as session:
            row = session.get(AppSetting, BACKUP_DIR_SETTING)
            before = row.value if row else ""
            value = str(Path(folder).expanduser().resolve()) if folder else ""
            if row is None:
                session.add(AppSetting(key=BACKUP_DIR_SETTING, value=value))
            else:
                row.value = value
            self._audit(session, actor, "settings.backup_dir", "app_settings",
                        BACKUP_DIR_SETTING, before={"value": before}, after={"value": value})

    def _file(self) -> Path:
        file = self.db.file
        if file is None:
            raise BackupError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Backups", "This database is on a PostgreSQL server: the program's backups"
                " and restores apply to a database file only. The server's administrator"
                " backs it up with pg_dump and restores it with pg_restore (README, County"
                " server).")))
        return file

    def list_backups(self, verify: bool = True) -> list[BackupInfo]:
        """The program's backups in the backup folder, newest first; `verified` says
        whether each passes `PRAGMA quick_check` now (None when not asked)."""
        found = scan(self.backup_folder(), self._live_database_id())
        if not verify:
            return found
        result = []
        for backup in found:
            problem = backup_problem(backup.path, full=False)
            result.append(BackupInfo(backup.path, backup.created, backup.reason, backup.size,
                                     problem is None, problem or "", backup.database))
        return result

    def newest_verified(self) -> BackupInfo | None:
        """The newest backup of this database that passes the full integrity check (of an
        unknown database only when there is none)."""
        found = verified_backups([self.backup_folder()], full=True,
                                 database_id=self._live_database_id())
        for backup in scan(self.backup_folder()):
            if found and backup.path == found[0]:
                return BackupInfo(backup.path, backup.created, backup.reason, backup.size, True,
                                  database=backup.database)
        return None

    def backup_now(self, reason: str = "manual", folder: Path | None = None) -> BackupInfo:
        """A verified backup now (BACKUP permission); returns it."""
        actor = self._require(Permission.BACKUP, "backup.create")
        return self._make(reason, folder, actor, dt.datetime.now())

    def auto_backup_if_due(self, now: dt.datetime | None = None) -> BackupInfo | None:
        """At start-up and daily: a backup unless one was made today (local time). Needs no
        sign-in; audited as the system. Also runs the full integrity check of the data."""
        now = now or dt.datetime.now()
        if self.state.read_only or self.db.file is None:
            return None  # a server database is backed up on the server (pg_dump)
        folder = self.backup_folder()
        mine = scan(folder, self._live_database_id(), unknown=False)
        if any(b.created.date() == now.date() for b in mine):
            return None
        return self._make("auto", folder, None, now)

    def _make(self, reason: str, folder: Path | None, actor: Actor | None,
              now: dt.datetime) -> BackupInfo:
        with _MAKE_LOCK:  # two at once would share names and folders
            return self._make_locked(reason, folder, actor, now)

    def _make_locked(self, reason: str, folder: Path | None, actor: Actor | None,
                     now: dt.datetime) -> BackupInfo:
        if not re.fullmatch(r"[a-z0-9_]+", reason):
            raise ValueError(f"bad backup reason {reason!r}")
        self._file()
        folder = Path(folder) if folder is not None else self.backup_folder()
        database_id = self._live_database_id()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _remove_stale_parts(folder)
            target = unique_backup_path(folder, now, reason, database_id)
            with self.db.engine.connect() as connection:
                source = connection.connection.driver_connection
                assert source is not None
                backup_sqlite(source, target, check="integrity_check")
            _write_anchor(target, _copy_head(target))
            # The ledger's evidence files go beside the copies (named by their hash).
            mirror_files(attachments_folder(self._file()), folder / ATTACHMENTS_DIR)
        except BackupCheckError as error:
            damaged = self._live_problem()
            self._audit_failure(actor, reason, f"copy failed its check: {error}")
            if damaged is not None:
                raise DatabaseDamagedError(Message("DatabaseErrors", MESSAGES["damaged_live"]),
                                           damaged) from error
            raise _failed(error, folder) from error
        except SQLITE_OR_OS_ERRORS as error:
            self._audit_failure(actor, reason, str(error))
            raise _failed(error, folder) from error
        info = BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size,
                          True, database=short_database_id(database_id))
        if not self.state.read_only:
            with self.db.write() as session:
                self.audit.append(
                    session, user_id=actor.user_id if actor else None,
                    username=actor.username if actor else SYSTEM_USER, action="backup.create",
                    entity="backups", entity_id=target.name, summary=reason,
                    after={"file": str(target), "size": info.size})
        self._rotate(folder, target, database_id)
        return info

    def _live_problem(self) -> str | None:
        try:
            with self.db.engine.connect() as connection:
                raw = connection.connection.driver_connection
                assert raw is not None
                rows = raw.execute("PRAGMA integrity_check(5)").fetchall()
        except SQLITE_DATABASE_ERRORS as error:
            return str(error)
        return None if [r[0] for r in rows] == ["ok"] else "; ".join(str(r[0]) for r in rows)

    def _audit_failure(self, actor: Actor | None, reason: str, problem: str) -> None:
        if self.state.read_only:
            return
        # The failure is recorded when the database can take it; it is raised regardless.
        with contextlib.suppress(ZerenError, *SQLITE_ERRORS, OSError), \
                self.db.write() as session:
            self.audit.append(
                session, user_id=actor.user_id if actor else None,
                username=actor.username if actor else SYSTEM_USER, action="backup.failed",
                entity="backups", summary=f"{reason}: {problem}"[:500])

    def _rotate(self, folder: Path, newest: Path, database_id: str) -> list[Path]:
        # Only this database's own backups: never another's in a shared folder, nor those
        # of an unknown database (named by an older version).
        if not short_database_id(database_id):
            return []
        backups = scan(folder, database_id, unknown=False)
        keep = {newest}
        for backup in backups:  # never delete the newest backup that verifies
            if backup_problem(backup.path, full=False) is None:
                keep.add(backup.path)
                break
        removed = []
        for victim in rotation_victims(backups, keep):
            with contextlib.suppress(OSError):
                victim.unlink()
                removed.append(victim)
                with contextlib.suppress(FileNotFoundError):
                    anchor_path(victim).unlink()
        return removed

    # ---- restore -----------------------------------------------------------------------
    def restore(self, file: Path) -> RestoreResult:
        """Replace the open database's contents with the backup `file` (RESTORE permission).

        The backup must pass the integrity check and be a backup of this database; the
        current database is first copied aside to `<name>.before-restore-<ts>`. The restore
        is audited and the audit anchor follows the restored chain, so `verify` stays green.
        """
        actor = self._require(Permission.RESTORE, "backup.restore")
        live = self._file()
        file = Path(file).resolve()
        problem = backup_problem(file, full=True)
        if problem is None and _database_id(file) != self._live_database_id():
            problem = "a backup of another database"
        if problem is not None:
            self._audit_refused_restore(actor, file, problem)
            raise BackupInvalidError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Backups", "The backup {file} cannot be restored: {problem}. Nothing was"
                " changed; choose another backup."), {"file": file.name, "problem": problem}))
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = live.with_name(f"{live.name}.before-restore-{stamp}")
        counter = 1
        while kept.exists():
            counter += 1
            kept = live.with_name(f"{live.name}.before-restore-{stamp}-{counter}")
        folder = self.backup_folder()
        # The whole restore holds the write lane: no other write of this process lands
        # between the copy, the schema upgrade, the new audit anchor and the audit record.
        with self.db.exclusive():
            try:
                with self.db.engine.connect() as connection:
                    source = connection.connection.driver_connection
                    assert source is not None
                    backup_sqlite(source, kept, check="quick_check")
                if self.audit.anchor.path.exists():
                    shutil.copy2(self.audit.anchor.path, anchor_path(kept))
                self.db.engine.dispose()
                self._copy_into_live(file, live)
                # Evidence files the restored records name and this folder lost.
                mirror_files(file.parent / ATTACHMENTS_DIR, attachments_folder(live))
            except SQLITE_OR_OS_ERRORS as error:
                self._audit_refused_restore(actor, file, str(error))
                raise _failed(error, live.parent) from error
            finally:
                self.db.engine.dispose()
            self._upgrade_restored(actor, file, live, kept, folder)
            self.audit.reanchor()
            with self.db.write() as session:
                self._audit(session, actor, "backup.restore", "backups", file.name,
                            summary=f"restored from {file.name}",
                            after={"from": str(file), "kept_aside": str(kept)})
        return RestoreResult(file, live, kept)

    def _upgrade_restored(self, actor: Actor, file: Path, live: Path, kept: Path,
                          folder: Path) -> None:
        """Bring the restored copy to this program's schema. When that fails the replaced
        database (kept aside a moment ago) is put back, and a BackupError says so."""
        from zeren_desktop.storage.migrate import upgrade_database

        try:
            upgrade_database(self.db.engine, folder)
            return
        except Exception as error:  # any failure: the database is put back
            reason = (error.message.render() if isinstance(error, ZerenError)
                      else f"{type(error).__name__}: {error}")
            cause: BaseException = error
        finally:
            self.db.engine.dispose()
        try:
            self._copy_into_live(kept, live)
            if anchor_path(kept).exists():
                shutil.copy2(anchor_path(kept), self.audit.anchor.path)
            else:
                self.audit.reanchor()
        except _ZEREN_OR_SQLITE_OR_OS_ERRORS as error:
            raise BackupError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Backups", "The backup {file} was copied in but could not be brought up to"
                " this version of the program ({reason}), and the database could not be"
                " put back ({error}). The replaced database was kept at {kept}; restore it"
                " from there."), {"file": file.name, "reason": reason, "error": str(error),
                                  "kept": str(kept)})) from cause
        finally:
            self.db.engine.dispose()
        self._audit_refused_restore(actor, file, f"upgrade failed: {reason}")
        raise BackupError(Message(_CTX, QT_TRANSLATE_NOOP(
            "Backups", "The backup {file} could not be brought up to this version of the"
            " program ({reason}). The database was put back as it was; nothing was"
            " changed."), {"file": file.name, "reason": reason})) from cause

    @staticmethod
    def _copy_into_live(backup: Path, live: Path) -> None:
        """One backup-API step from the backup into the live file: one transaction, so a
        kill leaves either the old or the restored database.

        An encrypted database stays encrypted with its own key, a plain one stays plain.
        When the backup differs (a plain backup made before the database was encrypted,
        or the reverse) the backup API cannot copy it: the restored copy is written beside
        the live file with sqlcipher_export, checked, and renamed over it."""
        live_key = cipher.key_for(live) if cipher.looks_encrypted(live) else None
        if cipher.looks_encrypted(backup) != (live_key is not None):
            part = live.with_name(live.name + ".restore.part")
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
            try:
                cipher.export(backup, part, live_key)
                problem = integrity_problem(part)
                if problem is not None:
                    raise BackupCheckError(f"restored copy failed its check: {problem}")
                cipher.replace_file(part, live)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    part.unlink()
            return
        source = cipher.connect(backup, mode="ro")
        try:
            target = cipher.connect(live, key=live_key, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                source.backup(target, pages=-1)
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                target.close()
        finally:
            source.close()

    def _live_database_id(self) -> str:
        with self.db.read() as session:
            return session.scalar(select(AppSetting.value)
                                  .where(AppSetting.key == "database_id")) or ""

    def _audit_refused_restore(self, actor: Actor, file: Path, problem: str) -> None:
        with contextlib.suppress(ZerenError, *SQLITE_ERRORS, OSError), \
                self.db.write() as session:
            self._audit(session, actor, "backup.restore_failed", "backups", file.name,
                        summary=problem[:500])

    def record_restore_without_login(self) -> bool:
        """At open: write the audit record of a restore made before sign-in, if any."""
        file = self.db.file
        if file is None or self.state.read_only:
            return False
        marker = file.with_name(file.name + RESTORED_MARKER)
        try:
            data = json.loads(marker.read_text("utf-8"))
        except FileNotFoundError:
            return False
        except (OSError, ValueError):
            data = {}
        source = Path(str(data.get("from", "")))
        with self.db.write() as session:
            self.audit.append(session, user_id=None, username=SYSTEM_USER,
                              action="backup.restore_without_login", entity="backups",
                              entity_id=source.name,
                              summary=f"restored from {source.name} before sign-in",
                              after={k: str(v) for k, v in data.items()})
        with contextlib.suppress(OSError):
            marker.unlink()
        return True
