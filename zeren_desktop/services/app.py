"""The entry to every use case: open a database (migrating it) and get the services."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from zeren_desktop.services.cadres import CadreService
from zeren_desktop.services.dto import DatabaseSummary
from zeren_desktop.services.teams import TeamService
from zeren_desktop.services.units import UnitService
from zeren_desktop.storage.database import (
    Database,
    create_database_engine,
    resolve_database_url,
)
from zeren_desktop.storage.migrate import MigrationResult, upgrade_database
from zeren_desktop.storage.models import Cadre, LeadershipTeam, Office, Post, Unit


def _ensure_local_office(db: Database) -> uuid.UUID:
    """Each database knows the office that keeps it; made on first open."""
    with db.write() as session:
        office_id = session.scalar(select(Office.id).where(Office.is_local.is_(True)))
        if office_id is None:
            office = Office(name="", is_local=True)
            session.add(office)
            session.flush()
            office_id = office.id
        return office_id


@dataclass
class Services:
    db: Database
    office_id: uuid.UUID
    migration: MigrationResult

    def __post_init__(self) -> None:
        self.units = UnitService(self.db, self.office_id)
        self.cadres = CadreService(self.db, self.office_id)
        self.teams = TeamService(self.db, self.office_id)

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, *,
             backup_dir: Path | None = None) -> Services:
        """Open (creating if new) the database at `target`, ZEREN_DB, or the default file."""
        url = resolve_database_url(target)
        engine = create_database_engine(url)
        try:
            migration = upgrade_database(engine, backup_dir)
            db = Database(url, engine)
            office_id = _ensure_local_office(db)
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
        with self.db.read() as session:
            return session.scalar(select(Office.name).where(Office.id == self.office_id)) or ""

    def rename_office(self, name: str) -> None:
        with self.db.write() as session:
            office = session.get(Office, self.office_id)
            assert office is not None
            office.name = name.strip()[:100]

    def summary(self) -> DatabaseSummary:
        with self.db.read() as session:
            def count(model: type[Unit | Cadre | Post | LeadershipTeam]) -> int:
                return int(session.scalar(select(func.count()).select_from(model)) or 0)
            name = session.scalar(select(Office.name).where(Office.id == self.office_id)) or ""
            return DatabaseSummary(name, count(Unit), count(Cadre), count(Post),
                                   count(LeadershipTeam))
