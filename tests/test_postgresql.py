"""The county server: the program on PostgreSQL (ZEREN_TEST_PG_URL; skipped without it).

Migrations from an empty database to head, down to nothing and up again; the refusal of a
database from a newer program; writers taking turns; and two processes signing documents
at once get gapless, unique numbers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError, ProgrammingError

from tests.conftest import TEST_PASSWORD, pg_drop_database, pg_new_database
from tests.document_fixtures import Office, approved, decision, sign_in
from zeren_desktop.domain.documents import DocumentStatus
from zeren_desktop.services.app import Services
from zeren_desktop.storage.database import (
    WRITE_LOCK_KEY,
    create_database_engine,
    resolve_database_url,
)
from zeren_desktop.storage.migrate import (
    DatabaseTooNewError,
    alembic_config,
    script_directory,
)
from zeren_desktop.storage.models import Base, Document

pytestmark = pytest.mark.postgresql

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def empty_url() -> Iterator[str]:
    url = pg_new_database()
    yield url
    pg_drop_database(url)


def _tables(url: str) -> set[str]:
    engine = create_database_engine(resolve_database_url(url))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migrations_upgrade_an_empty_database_then_down_and_up_again(empty_url: str) -> None:
    with Services.open(empty_url) as services:
        assert services.migration.before is None
        assert services.migration.after == script_directory().get_current_head()
        assert services.db.url.get_backend_name() == "postgresql"
    assert set(Base.metadata.tables) <= _tables(empty_url)

    engine = create_database_engine(resolve_database_url(empty_url))
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert _tables(empty_url) <= {"alembic_version"}
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    finally:
        engine.dispose()
    assert set(Base.metadata.tables) <= _tables(empty_url)
    # The data migrations ran again: the program opens it and works.
    with Services.open(empty_url) as services:
        assert services.migration.before == services.migration.after
        services.auth.create_first_administrator("admin", TEST_PASSWORD)
        services.auth.sign_in("admin", TEST_PASSWORD)
        assert services.audit.verify().ok


def test_database_from_newer_program_is_refused_untouched(db_path: Path) -> None:
    engine = create_database_engine(resolve_database_url(db_path))
    try:
        with engine.begin() as connection:
            connection.execute(text("update alembic_version set version_num = 'ffff_future'"))
        with pytest.raises(DatabaseTooNewError):
            Services.open(db_path)
        with engine.connect() as connection:
            assert connection.execute(
                text("select version_num from alembic_version")).scalar() == "ffff_future"
    finally:
        engine.dispose()


def test_write_transactions_take_the_shared_advisory_lock(services: Services) -> None:
    query = text("select count(*) from pg_locks where locktype = 'advisory'"
                 " and pid = pg_backend_pid()")
    with services.db.read() as session:
        assert session.execute(query).scalar() == 0
    with services.db.write() as session:
        assert session.execute(query).scalar() == 1
        # the key is split into two 32-bit halves in pg_locks
        assert session.execute(text(
            "select (classid::bigint << 32) | objid::bigint from pg_locks"
            " where locktype = 'advisory' and pid = pg_backend_pid()")).scalar() == WRITE_LOCK_KEY
    with services.db.read() as session:
        assert session.execute(query).scalar() == 0  # gone with the commit


def test_the_unique_constraint_backs_the_counter_up(office: tuple[Services, Office]) -> None:
    services, o = office
    document = approved(services, decision(services, o))
    sign_in(services, "leader").documents.sign(document)
    draft = decision(services, o)
    with pytest.raises(IntegrityError), services.db.write() as session:
        first = session.get(Document, document)
        assert first is not None
        session.execute(Document.__table__.update().where(Document.id == draft).values(
            issuer_prefix=first.issuer_prefix, kind=first.kind, year=first.year,
            sequence=first.sequence))


# A process that signs the given approved documents one after another, as the leader,
# and prints the numbers it got.
SIGNER = textwrap.dedent("""
    import json, sys, uuid
    from zeren_desktop.services.app import Services
    url, ids = sys.argv[1], [uuid.UUID(i) for i in json.loads(sys.argv[2])]
    print("ready", flush=True)
    sys.stdin.readline()  # both start together
    with Services.open(url) as services:
        services.auth.sign_in("leader", sys.argv[3])
        numbers = [services.documents.sign(i).number for i in ids]
    print(json.dumps(numbers), flush=True)
""")


def test_two_processes_signing_at_once_get_gapless_unique_numbers(
        office: tuple[Services, Office]) -> None:
    services, o = office
    per_process = 12
    documents = [approved(services, decision(services, o)) for _ in range(2 * per_process)]
    url = str(o.path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    signers = [
        subprocess.Popen(
            [sys.executable, "-c", SIGNER, url,
             json.dumps([str(d) for d in documents[i::2]]), TEST_PASSWORD],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        for i in range(2)]
    try:
        for signer in signers:
            assert signer.stdout is not None and signer.stdout.readline().strip() == "ready"
        for signer in signers:
            assert signer.stdin is not None
            signer.stdin.write("go\n")
            signer.stdin.flush()
        outputs = [signer.communicate(timeout=240)[0] for signer in signers]
    finally:
        for signer in signers:
            if signer.poll() is None:
                signer.kill()
    assert [signer.returncode for signer in signers] == [0, 0], outputs
    numbers = [n for output in outputs for n in json.loads(output.strip().splitlines()[-1])]
    assert len(numbers) == len(set(numbers)) == 2 * per_process
    with services.db.read() as session:
        rows = session.execute(text(
            "select sequence, number, status from documents where id = any(:ids)"),
            {"ids": documents}).all()
    assert sorted(r.number for r in rows) == sorted(numbers)
    assert {DocumentStatus(r.status) for r in rows} == {DocumentStatus.SIGNED}
    # no gap: each counter's sequences are exactly 1..n, also counting any signed before
    with services.db.read() as session:
        series = session.execute(text(
            "select issuer_prefix, kind, year, array_agg(sequence order by sequence)"
            " from documents where sequence is not null group by 1, 2, 3")).all()
    assert sum(len(row[3]) for row in series) >= 2 * per_process
    for row in series:
        assert row[3] == list(range(1, len(row[3]) + 1)), row
    # and the three programs' audit records form one intact chain
    assert services.audit.verify().ok



def test_an_application_role_with_only_data_rights_runs_the_program(empty_url: str) -> None:
    """README, County server: the owner role migrates; the PCs' role has DML rights only,
    and may not change or remove audit records."""
    from sqlalchemy.engine import make_url

    from tests.conftest import pg_admin_url

    suffix = os.getpid()
    owner, app = f"zt_owner_{suffix}", f"zt_app_{suffix}"
    base = make_url(empty_url)
    name = base.database

    def as_role(role: str, password: str) -> str:
        return base.set(username=role, password=password).render_as_string(
            hide_password=False)

    import psycopg

    with psycopg.connect(pg_admin_url(), autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {owner} LOGIN PASSWORD 'owner-pw'")  # type: ignore[arg-type]
        admin.execute(f"CREATE ROLE {app} LOGIN PASSWORD 'app-pw'")  # type: ignore[arg-type]
        admin.execute(f'ALTER DATABASE "{name}" OWNER TO {owner}')  # type: ignore[arg-type]
    try:
        with psycopg.connect(make_url(empty_url).set(drivername="postgresql")
                             .render_as_string(hide_password=False), autocommit=True) as db:
            db.execute(f"ALTER SCHEMA public OWNER TO {owner}")  # type: ignore[arg-type]
            db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        with Services.open(as_role(owner, "owner-pw")) as services:
            assert services.migration.before is None
        with psycopg.connect(make_url(as_role(owner, "owner-pw")).set(drivername="postgresql")
                             .render_as_string(hide_password=False), autocommit=True) as db:
            for statement in (
                    f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC',
                    f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO {app}',
                    f"GRANT USAGE ON SCHEMA public TO {app}",
                    f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public"
                    f" TO {app}",
                    f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app}",
                    f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_records FROM {app}"):
                db.execute(statement)  # type: ignore[arg-type]
        with Services.open(as_role(app, "app-pw")) as services:
            assert services.migration.before == services.migration.after
            services.auth.create_first_administrator("admin", TEST_PASSWORD)
            services.auth.sign_in("admin", TEST_PASSWORD)
            assert services.audit.verify().ok
            for statement in ("create table intruder (x int)",
                              "delete from audit_records", "update audit_records set seq = 0"):
                with pytest.raises(ProgrammingError, match="permission denied"), \
                        services.db.write() as session:
                    session.execute(text(statement))
            assert services.audit.verify().ok
    finally:
        pg_drop_database(empty_url)
        with psycopg.connect(pg_admin_url(), autocommit=True) as admin:
            admin.execute(f"DROP ROLE IF EXISTS {app}")  # type: ignore[arg-type]
            admin.execute(f"DROP ROLE IF EXISTS {owner}")  # type: ignore[arg-type]


def test_two_pcs_share_one_audit_chain_and_each_keeps_its_own_head(
        db_path: Path, tmp_path: Path) -> None:
    from zeren_desktop.services.audit import Anchor

    first, second = Services.open(db_path), Services.open(db_path)
    try:
        # the second PC has its own data folder, so its own anchor (none yet)
        second.audit.anchor = Anchor(tmp_path / "second-pc.audit-head")
        assert second.audit.verify().ok
        for services in (first, second, first):  # a sign-in is an audit record
            services.auth.sign_in("clerk", TEST_PASSWORD)
            assert first.audit.verify().ok and second.audit.verify().ok
        second.auth.sign_in("clerk", TEST_PASSWORD)  # the second PC writes the newest record
        head = second.audit.head()
        assert head is not None and second.audit.anchor.read().head == head  # type: ignore[union-attr]
        # the newest record removed behind the program's back: the PC that wrote it sees it
        with second.db.write() as session:
            session.execute(text("delete from audit_records where seq = :seq"),
                            {"seq": head.seq})
            session.info.pop("before_commit", None)
        result = second.audit.verify()
        assert not result.ok and result.first_bad_seq == head.seq
    finally:
        first.close()
        second.close()


def test_a_writer_waits_for_another_pc_then_hears_the_database_is_busy(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from zeren_desktop.storage import database
    from zeren_desktop.storage.errors import DatabaseEnvironmentError

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    first, second = Services.open(db_path), Services.open(db_path)
    try:
        with first.db.write() as session:
            session.execute(text("select 1"))  # holds the write lock until the commit
            with pytest.raises(DatabaseEnvironmentError) as caught, \
                    second.db.write() as other:
                other.execute(text("select 1"))  # the transaction (and lock) starts here
            assert caught.value.kind == "locked"
        with second.db.write() as session:  # free again
            session.execute(text("select 1"))
    finally:
        first.close()
        second.close()


def test_an_unreachable_server_is_reported_as_such(empty_url: str) -> None:
    from sqlalchemy.engine import make_url

    from zeren_desktop.storage.errors import DatabaseEnvironmentError

    url = make_url(empty_url).set(host="127.0.0.1", port=1).render_as_string(
        hide_password=False)
    with pytest.raises(DatabaseEnvironmentError) as caught:
        Services.open(url)
    assert caught.value.kind == "server"
