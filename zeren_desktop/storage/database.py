"""Opening the database: URL resolution, connection settings, sessions, one writer."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from zeren_desktop import config, paths
from zeren_desktop.storage import cipher
from zeren_desktop.storage.errors import environment_errors
from zeren_desktop.storage.health import sqlite_uri

ENV_DATABASE = "ZEREN_DB"
BUSY_TIMEOUT_MS = 10_000


def resolve_database_url(target: str | os.PathLike[str] | None) -> URL:
    """`--db` (a path or any SQLAlchemy URL) wins over ZEREN_DB, then the database chosen
    on this computer (settings.json), then the default file."""
    value = (os.fspath(target) if target is not None
             else os.environ.get(ENV_DATABASE) or config.database_location())
    if value is None:
        return URL.create("sqlite", database=str(paths.default_database_path()))
    if "://" in value:
        return make_url(value)
    return URL.create("sqlite", database=str(Path(value).expanduser().resolve()))


def sqlite_file(url: URL) -> Path | None:
    """The database file of a SQLite URL, or None for other back ends and memory."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(str(url.database))


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over transaction control from the sqlite3 module, so that BEGIN is
        # emitted by us (and writes can BEGIN IMMEDIATE).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            # Changing the journal mode would be a write; refuse any write on this link.
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("zeren_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


@dataclass
class Database:
    """One open database. `read()` and `write()` give sessions in a transaction."""

    url: URL
    engine: Engine

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(zeren_write=True)
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)
        # One writer: SQLite before 3.51.3 can corrupt WAL when two connections write
        # or checkpoint at once (DESIGN.md), so this process writes through one lane.
        self._write_lock = threading.RLock()

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with environment_errors(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction. Callables in session.info["before_commit"] and
        ["after_commit"] run around the commit (the audit anchor uses them)."""
        with environment_errors(), self._write_lock, self._write_sessions() as session:
            session.begin()
            try:
                yield session
                for hook in session.info.pop("before_commit", []):
                    hook()
                session.commit()
            except BaseException:
                session.rollback()
                raise
            for hook in session.info.pop("after_commit", []):
                hook()

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the write lane (no write of this process runs meanwhile): for a restore."""
        with self._write_lock:
            yield

    def dispose(self) -> None:
        self.engine.dispose()

    @property
    def encrypted(self) -> bool:
        """Is the database file encrypted at rest (SQLCipher)?"""
        file = self.file
        return file is not None and cipher.is_encrypted(file)

    def reopen(self, engine: Engine) -> None:
        """Use `engine` from now on (after the file was encrypted or decrypted in place).
        The caller holds `exclusive()`; the old engine is disposed."""
        old = self.engine
        self.engine = engine
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_engine = self.engine.execution_options(zeren_write=True)
        self._write_sessions = sessionmaker(self._write_engine, expire_on_commit=False)
        old.dispose()


def create_database_engine(url: URL, *, read_only: bool = False,
                           immutable: bool = False) -> Engine:
    """An engine for `url`. A read-only SQLite engine opens the file with `mode=ro`, or
    with `immutable=1` (read-only media: no -wal/-shm or lock is ever created beside it).

    An encrypted file (storage.cipher) is opened through sqlcipher3 with its key (from
    storage.keys; EncryptedDatabaseError when there is none that opens it): `PRAGMA key`
    is the first statement of every connection, then the usual settings.

    Error texts never carry row values (names, ID numbers, hashes): `hide_parameters`."""
    if url.get_backend_name() == "sqlite":
        file = sqlite_file(url)
        if file is not None and file.exists() and cipher.looks_encrypted(file):
            return _encrypted_engine(url, file, read_only=read_only, immutable=immutable)
        if file is not None and (read_only or immutable):
            uri = sqlite_uri(file, **({"immutable": "1"} if immutable else {"mode": "ro"}))

            def connect() -> sqlite3.Connection:
                return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                       check_same_thread=False)

            engine = create_engine(url, creator=connect, hide_parameters=True)
            _configure_sqlite(engine, read_only=True)
            return engine
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                           hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    if url.get_backend_name() == "postgresql":
        _configure_postgresql(engine)
    return engine


# The key of the advisory lock that makes the writers of every PC take turns on a
# PostgreSQL server ("zeren" in ASCII); migrations take WRITE_LOCK_KEY + 1.
WRITE_LOCK_KEY = 0x7A6572656E
MIGRATION_LOCK_KEY = WRITE_LOCK_KEY + 1


def _configure_postgresql(engine: Engine) -> None:
    """A write transaction on the server starts by taking a transaction-level advisory
    lock: writers on every PC take turns as on SQLite (BEGIN IMMEDIATE), so the audit
    chain and the numbering of documents never see two writers at once. Readers are not
    blocked (READ COMMITTED); the lock goes with the commit or rollback."""

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("zeren_write"):
            # As SQLite's busy timeout: a writer waits this long, then "database is busy".
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = {int(BUSY_TIMEOUT_MS)}")
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _encrypted_engine(url: URL, file: Path, *, read_only: bool, immutable: bool) -> Engine:
    params = {"immutable": "1"} if immutable else {"mode": "ro"} if read_only else {}
    key = cipher.key_for(file, params or None)
    uri = sqlite_uri(file, **params)

    def connect() -> Any:
        return cipher.connect_with_key(uri, key, uri=True, timeout=BUSY_TIMEOUT_MS / 1000,
                                       check_same_thread=False)

    engine = create_engine(url, creator=connect, module=cipher.dbapi,
                           hide_parameters=True)
    _configure_sqlite(engine, read_only=read_only or immutable)
    return engine
