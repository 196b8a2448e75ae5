"""The entry to every use case: open a database (migrating it) and get the services."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from zeren_desktop.services.audit import AuditTrail
from zeren_desktop.services.audit_log import AuditLogService
from zeren_desktop.services.auth import AuthService
from zeren_desktop.services.cadres import CadreService
from zeren_desktop.services.dto import DatabaseSummary
from zeren_desktop.services.session import Actor, SessionState
from zeren_desktop.services.settings import SettingsService
from zeren_desktop.services.teams import TeamService
from zeren_desktop.services.units import UnitService
from zeren_desktop.storage.database import (
    Database,
    create_database_engine,
    resolve_database_url,
)
from zeren_desktop.storage.errors import environment_errors
from zeren_desktop.storage.migrate import MigrationResult, upgrade_database
from zeren_desktop.storage.models import AppSetting, Cadre, LeadershipTeam, Office, Post, Unit


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
        return office_id


@dataclass
class Services:
    db: Database
    office_id: uuid.UUID
    migration: MigrationResult

    def __post_init__(self) -> None:
        self.state = SessionState()
        self.audit = AuditTrail(self.db, self.office_id, lambda: self.state.clock())
        parts = (self.db, self.office_id, self.state, self.audit)
        self.auth = AuthService(*parts)
        self.units = UnitService(*parts)
        self.cadres = CadreService(*parts)
        self.teams = TeamService(*parts)
        self.settings = SettingsService(*parts)
        self.audit_log = AuditLogService(*parts)

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, *,
             backup_dir: Path | None = None) -> Services:
        """Open (creating if new) the database at `target`, ZEREN_DB, or the default file."""
        url = resolve_database_url(target)
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

    def close(self) -> None:
        self.db.dispose()

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

    def rename_office(self, name: str) -> None:
        self.settings.rename_office(name)

    def summary(self) -> DatabaseSummary:
        with self.db.read() as session:
            def count(model: type[Unit | Cadre | Post | LeadershipTeam]) -> int:
                return int(session.scalar(select(func.count()).select_from(model)) or 0)
            name = session.scalar(select(Office.name).where(Office.id == self.office_id)) or ""
            return DatabaseSummary(name, count(Unit), count(Cadre), count(Post),
                                   count(LeadershipTeam))
