"""The entry to every use case: open a database (migrating it) and get the services."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Translate
from zeren_desktop.services.assessment import AssessmentService
from zeren_desktop.services.audit import AuditTrail
from zeren_desktop.services.audit_log import AuditLogService
from zeren_desktop.services.auth import AuthService
from zeren_desktop.services.backups import (
    BackupService,
    backup_folders_for,
    database_id_of,
    verified_backups,
)
from zeren_desktop.services.cadres import CadreService
from zeren_desktop.services.cases import CaseService
from zeren_desktop.services.clues import ClueService
from zeren_desktop.services.documents import DocumentService, install_default_document_templates
from zeren_desktop.services.dto import DatabaseSummary
from zeren_desktop.services.encryption import EncryptionService
from zeren_desktop.services.exchange import ExchangeService, ensure_private_key
from zeren_desktop.services.inspections import InspectionService
from zeren_desktop.services.integrity import IntegrityService
from zeren_desktop.services.ledger import LedgerService
from zeren_desktop.services.ledger_books import LedgerBookService
from zeren_desktop.services.lists import ListService, install_default_templates
from zeren_desktop.services.meetings import MeetingService
from zeren_desktop.services.periodic_reports import PeriodicReportService
from zeren_desktop.services.phrases import PhraseService
from zeren_desktop.services.regulations import RegulationService
from zeren_desktop.services.reports import ReportService
from zeren_desktop.services.session import Actor, SessionState
from zeren_desktop.services.settings import SettingsService
from zeren_desktop.services.statistics import StatisticsService
from zeren_desktop.services.talks import TalkService
from zeren_desktop.services.teams import TeamService
from zeren_desktop.services.units import UnitService
from zeren_desktop.storage import health, keys, media
from zeren_desktop.storage.backup import backup_sqlite
from zeren_desktop.storage.database import (
    Database,
    create_database_engine,
    resolve_database_url,
    sqlite_file,
)
from zeren_desktop.storage.errors import (
    MESSAGES,
    CorruptDatabaseError,
    DatabaseEnvironmentError,
    environment_errors,
)
from zeren_desktop.storage.instance_lock import InstanceLock
from zeren_desktop.storage.migrate import (
    DatabaseTooNewError,
    MigrationResult,
    current_revision,
    script_directory,
    upgrade_database,
)
from zeren_desktop.storage.models import AppSetting, Cadre, LeadershipTeam, Office, Post, Unit

LOCATION_WARNINGS: dict[str, str] = {
    "removable": QT_TRANSLATE_NOOP(
        "App", "The database is on removable media ({location}). Pulling the stick or card"
        " while the program runs can destroy records. Move it to this computer's disk; keep"
        " only backups on removable media."),
    "network": QT_TRANSLATE_NOOP(
        "App", "The database is on a network share ({location}). A dropped connection in the"
        " middle of saving can destroy records. Move it to this computer's disk."),
}


def _ensure_identity(db: Database) -> uuid.UUID:
    """Each database knows the office that keeps it and its own id; made on first open."""
    with db.write() as session:
        office_id = session.scalar(select(Office.id).where(Office.is_local.is_(True)))
        if office_id is None:
            office = Office(name="", is_local=True)
            session.add(office)
            session.flush()
            office_id = office.id
        if session.get(AppSetting, "database_id") is None:
            session.add(AppSetting(key="database_id", value=str(uuid.uuid4())))
        # The shipped responsibility-list templates, once; an administrator edits them.
        install_default_templates(session, office_id)
        # The shipped document templates as version 1 of each kind, once.
        install_default_document_templates(session, office_id)
        # The office's key pair for exchange packages, once (kept here, never exported).
        ensure_private_key(session)
        return office_id


@dataclass
class Services:
    db: Database
    office_id: uuid.UUID
    migration: MigrationResult
    read_only: bool = False
    # "local", "removable" or "network" (see storage.media); a warning when not local.
    location_kind: str = "local"
    lock: InstanceLock | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.state = SessionState(read_only=self.read_only)
        self.audit = AuditTrail(self.db, self.office_id, lambda: self.state.clock())
        parts = (self.db, self.office_id, self.state, self.audit)
        self.auth = AuthService(*parts)
        self.units = UnitService(*parts)
        self.cadres = CadreService(*parts)
        self.teams = TeamService(*parts)
        self.settings = SettingsService(*parts)
        self.audit_log = AuditLogService(*parts)
        self.regulations = RegulationService(*parts)
        self.reports = ReportService(*parts)
        self.backups = BackupService(*parts)
        self.encryption = EncryptionService(*parts)
        self.lists = ListService(*parts)
        self.ledger = LedgerService(*parts)
        self.inspections = InspectionService(*parts)
        self.books = LedgerBookService(*parts)
        self.cases = CaseService(*parts)
        self.clues = ClueService(*parts)
        self.statistics = StatisticsService(*parts)
        self.talks = TalkService(*parts)
        self.meetings = MeetingService(*parts)
        self.integrity = IntegrityService(*parts)
        self.documents = DocumentService(*parts)
        self.assessment = AssessmentService(*parts)
        self.periodic_reports = PeriodicReportService(*parts)
        self.phrases = PhraseService(*parts)
        self.exchange = ExchangeService(*parts)

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, *,
             backup_dir: Path | None = None, read_only: bool = False,
             key: keys.DatabaseKey | None = None) -> Services:
        """Open (creating if new) the database at `target`, ZEREN_DB, or the default file.

        An encrypted database is opened with the first key that works (storage.keys):
        `key` (e.g. `keys.from_passphrase(typed)`, then kept in memory for this process),
        ZEREN_DB_KEY, or this computer's key file. Without one, EncryptedDatabaseError
        (kind "needs_key" or "wrong_key"): the file is left unchanged, not moved aside.

        A SQLite file is locked for this program (a second opener is refused with
        DatabaseInUseError) unless `read_only` is asked. A file on read-only media is
        opened read-only (`state.read_only`; nothing is written beside it). A damaged file
        is moved aside and CorruptDatabaseError offers the verified backups; no new
        database is created in its place.
        """
        if key is not None:
            keys.remember(key)
        try:
            return cls._open(target, backup_dir, read_only)
        except BaseException:
            if key is not None:
                keys.forget(key)  # a mistyped passphrase is not tried again
            raise

    @classmethod
    def _open(cls, target: str | os.PathLike[str] | None, backup_dir: Path | None,
              read_only: bool) -> Services:
        url = resolve_database_url(target)
        file = sqlite_file(url)
        if file is None:
            return cls._open_engine(url, backup_dir)
        if read_only or (file.exists() and media.is_read_only_location(file)):
            return cls._open_read_only(url, file, backup_dir,
                                       immutable=media.is_read_only_location(file))
        with environment_errors():
            lock = InstanceLock.acquire(file)
        try:
            problem = cls._probe(file)
            if problem is not None:
                raise _quarantine(file, problem, backup_dir)
            try:
                services = cls._open_engine(url, backup_dir)
            except DatabaseEnvironmentError as error:
                if error.kind != "corrupt" or not file.exists():
                    raise
                raise _quarantine(file, str(error.__cause__ or error), backup_dir) from error
        except BaseException:
            lock.release()
            raise
        services.lock = lock
        services.location_kind = media.location_kind(file)
        with contextlib.suppress(DatabaseEnvironmentError):
            services.backups.record_restore_without_login()
        return services

    @staticmethod
    def _probe(file: Path) -> str | None:
        with environment_errors():
            return health.probe(file)

    @classmethod
    def _open_engine(cls, url: URL, backup_dir: Path | None) -> Services:
        with environment_errors():
            engine = create_database_engine(url)
            try:
                migration = upgrade_database(engine, backup_dir)
                db = Database(url, engine)
                office_id = _ensure_identity(db)
            except BaseException:
                engine.dispose()
                raise
        return cls(db, office_id, migration)

    @classmethod
    def _open_read_only(cls, url: URL, file: Path, backup_dir: Path | None, *,
                        immutable: bool) -> Services:
        if not file.exists():
            raise DatabaseEnvironmentError("cannot_open", Message(
                "DatabaseErrors", MESSAGES["cannot_open"]))
        # A WAL holding commits is read through SQLite's read-only WAL support; immutable
        # would not see them.
        wal = file.with_name(file.name + "-wal")
        if immutable and wal.exists() and wal.stat().st_size > 0:
            immutable = False
        uri = health.sqlite_uri(file, **({"immutable": "1"} if immutable else {"mode": "ro"}))
        with environment_errors():
            problem = health.probe(file, uri)
        if problem is not None:
            # Read-only media: the file cannot be moved; say so and offer the backups.
            raise _quarantine(file, problem, backup_dir, move=False)
        with environment_errors():
            engine = create_database_engine(url, read_only=True, immutable=immutable)
            try:
                migration = _check_schema_current(engine)
                db = Database(url, engine)
                with db.read() as session:
                    office_id = session.scalar(
                        select(Office.id).where(Office.is_local.is_(True)))
                if office_id is None:
                    raise _upgrade_needed()
            except BaseException:
                engine.dispose()
                raise
        return cls(db, office_id, migration, read_only=True,
                   location_kind=media.location_kind(file))

    def close(self) -> None:
        self.db.dispose()
        if self.lock is not None:
            self.lock.release()

    @property
    def location_warning(self) -> Message | None:
        """A warning to show when the database is on removable or network media."""
        text = LOCATION_WARNINGS.get(self.location_kind)
        return Message("App", text, {"location": self.location}) if text else None

    def move_database(self, target_dir: Path) -> Path:
        """Copy the database (backup API, verified, with its audit anchor) into
        `target_dir` (e.g. paths.data_dir()) and return the new file. The original stays
        where it is; the caller closes these services and opens the new file."""
        from zeren_desktop.services.backups import _copy_head, _write_anchor

        file = self.db.file
        if file is None:
            raise ValueError("only a SQLite file can be moved")
        target = Path(target_dir) / file.name
        if target.exists():
            raise DatabaseEnvironmentError("cannot_open", Message("App", QT_TRANSLATE_NOOP(
                "App", "{file} exists already; nothing was copied."), {"file": str(target)}))
        with environment_errors(), self.db.engine.connect() as connection:
            source = connection.connection.driver_connection
            assert source is not None
            backup_sqlite(source, target, check="integrity_check")
            _write_anchor(target, _copy_head(target))
        if not self.state.read_only:
            with self.db.write() as session:
                actor = self.state.actor
                self.audit.append(session, user_id=actor.user_id if actor else None,
                                  username=actor.username if actor else "system",
                                  action="database.copy_to_local", entity="database",
                                  summary=str(target))
        return target

    def close_and_quarantine(self) -> CorruptDatabaseError:
        """After the backup job found the open database damaged: close it, move it aside
        and return the error that offers the verified backups (for the GUI to show)."""
        file = self.db.file
        database_id = ""
        with contextlib.suppress(DatabaseEnvironmentError, SQLAlchemyError, OSError):
            database_id = self.backups._live_database_id()
        self.db.dispose()
        try:
            assert file is not None
            return _quarantine(file, "integrity_check failed", None,
                               move=not self.read_only, database_id=database_id)
        finally:
            if self.lock is not None:
                self.lock.release()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def location(self) -> str:
        """Where the data lives, for showing to the user (no password in URLs)."""
        file = self.db.file
        return str(file) if file is not None else self.db.url.render_as_string(hide_password=True)

    def office_name(self) -> str:
        return self.settings.office_name()

    @property
    def actor(self) -> Actor | None:
        return self.state.actor

    def now(self) -> dt.datetime:
        """The session's clock (a test may set it): what "now" is for lockouts, expiries
        and audit records."""
        return self.state.clock()

    def write_records_in(self, translate: Translate) -> None:
        """The language of the text the services write into records themselves (the
        ledger entries derived from a meeting, a talk …): the UI's or the CLI's."""
        self.state.translate = translate

    def rename_office(self, name: str) -> None:
        self.settings.rename_office(name)

    def summary(self) -> DatabaseSummary:
        with self.db.read() as session:
            def count(model: type[Unit | Cadre | Post | LeadershipTeam]) -> int:
                return int(session.scalar(select(func.count()).select_from(model)) or 0)
            name = session.scalar(select(Office.name).where(Office.id == self.office_id)) or ""
            return DatabaseSummary(name, count(Unit), count(Cadre), count(Post),
                                   count(LeadershipTeam))


def _upgrade_needed() -> DatabaseEnvironmentError:
    return DatabaseEnvironmentError("read_only", Message("DatabaseErrors",
                                                         MESSAGES["upgrade_needed"]))


def _check_schema_current(engine: Engine) -> MigrationResult:
    """Read-only: no migration can run, so the schema must be the program's newest."""
    head = script_directory().get_current_head()
    assert head is not None
    revision = current_revision(engine)
    if revision == head:
        return MigrationResult(revision, head, None)
    if revision is not None and revision not in {
            r.revision for r in script_directory().walk_revisions()}:
        raise DatabaseTooNewError(Message("Migrations", QT_TRANSLATE_NOOP(
            "Migrations",
            "This database was written by a newer version of the program (schema {rev})."
            " Please install the newer version; the database was left unchanged."),
            {"rev": revision}))
    raise _upgrade_needed()


def _quarantine(file: Path, problem: str, backup_dir: Path | None, *,
                move: bool = True, database_id: str = "") -> CorruptDatabaseError:
    """Move a damaged database aside (never overwriting, never deleting) and make the
    error that offers the verified backups of that database, newest first (any when its
    id cannot be read from the damaged file)."""
    moved: Path | None = None
    if move:
        with contextlib.suppress(OSError):
            moved = health.move_aside(file)
    database_id = database_id or database_id_of(moved or file)
    backups = verified_backups(backup_folders_for(file, [backup_dir]), full=True,
                               database_id=database_id or None)
    newest = str(backups[0]) if backups else Message("DatabaseErrors", MESSAGES["no_backup"])
    if moved is not None:
        message = Message("DatabaseErrors", MESSAGES["moved_aside"],
                          {"problem": problem, "moved_to": str(moved), "backup": newest})
    else:
        message = Message("DatabaseErrors", MESSAGES["not_moved"],
                          {"problem": problem, "backup": newest})
    return CorruptDatabaseError(message, moved, backups, database_id)
