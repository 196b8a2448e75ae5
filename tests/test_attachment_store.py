"""Evidence files: beside a SQLite file; in the database on a server, so every PC opens them;
and exchange packages between two offices on the same back end (evidence, deletions).

Runs on SQLite and, with ZEREN_TEST_PG_URL, on PostgreSQL (tasks.py PG_TEST_FILES): there a
second Services on the same database with its own data folder is another PC of the county.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import PG_URL, TEST_PASSWORD, drop_copy, pg_new_database
from tests.document_fixtures import Office
from zeren_desktop.domain.enums import LedgerCategory
from zeren_desktop.domain.ledger import LedgerEntryInput
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.storage.models import Attachment, AttachmentBlob, Deletion, LedgerEntry

# Not text: every byte value, so an encoding slip shows.
EVIDENCE = bytes(range(256)) * 1200


def _attach(services: Services, ids: Office, folder: Path) -> tuple[uuid.UUID, uuid.UUID]:
    entry = services.ledger.create(LedgerEntryInput(
        ids.secretary, dt.date(2025, 3, 1), LedgerCategory.DEPLOYMENT, "专题研究廉政风险排查"))
    source = folder / "现场照片.jpg"
    source.write_bytes(EVIDENCE)
    return entry, services.ledger.add_attachment(entry, source)


def _blobs(services: Services) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AttachmentBlob)) or 0)


def test_evidence_opens_on_every_pc(office: tuple[Services, Office], tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    services, ids = office
    _entry, attachment = _attach(services, ids, tmp_path)
    path = services.ledger.attachment_path(attachment)
    assert path.read_bytes() == EVIDENCE
    if services.db.file is not None:
        # A SQLite office: the file beside the database (backups mirror that folder); the
        # database itself stays small.
        assert path.is_relative_to(services.db.file.parent / "attachments")
        assert _blobs(services) == 0
        path.unlink()
        with pytest.raises(Exception, match="missing or was changed"):
            services.ledger.attachment_path(attachment)
        return
    # A server: the bytes are in the database, written with the attachment's record.
    assert _blobs(services) == 1
    monkeypatch.setenv("ZEREN_HOME", str(tmp_path / "second-pc"))
    with Services.open(ids.path) as other:
        other.auth.sign_in("clerk", TEST_PASSWORD)
        there = other.ledger.attachment_path(attachment)
        assert there != path and there.is_relative_to(tmp_path / "second-pc")
        assert there.read_bytes() == EVIDENCE
        there.write_bytes(b"changed outside the program")   # a spoilt cache copy
        assert other.ledger.attachment_path(attachment).read_bytes() == EVIDENCE
        # The same file attached again on this PC is stored once.
        source = tmp_path / "again.jpg"
        source.write_bytes(EVIDENCE)
        other.ledger.add_attachment(_entry, source)
        assert _blobs(other) == 1


@pytest.fixture
def county(tmp_path: Path) -> Iterator[Services]:
    """A second office (its own id and key), on the same backend as the township."""
    target: Path = tmp_path / "county" / "zeren.sqlite"
    if PG_URL:
        target = pg_new_database()  # type: ignore[assignment]
    try:
        with Services.open(target) as services:
            services.auth.create_first_administrator("admin", TEST_PASSWORD)
            services.auth.sign_in("admin", TEST_PASSWORD)
            yield services
    finally:
        drop_copy(target)


def test_exchange_packages_carry_evidence(office: tuple[Services, Office], county: Services,
                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                          ) -> None:
    township, ids = office
    _entry, attachment = _attach(township, ids, tmp_path)
    if township.db.file is None:
        # Exported from the database's copy, not only from this PC's cache.
        township.ledger.attachment_path(attachment).unlink()
    township.auth.sign_in("leader", TEST_PASSWORD)
    township.exchange.write_public_key(tmp_path / "town.pub")
    package = township.exchange.export(tmp_path / "t.zrx")
    assert package.attachments == 1
    county.exchange.trust(tmp_path / "town.pub")

    result = county.exchange.import_file(package.path)

    assert result.attachments == 1 and result.inserted > 0
    assert _blobs(county) == (1 if county.db.file is None else 0)
    # The county's clerk opens it (on a server: on a PC that never saw the file).
    county.auth.create_user(UserInput("clerk", "clerk", frozenset({AccountRole.CLERK})),
                            TEST_PASSWORD)
    county.auth.sign_in("clerk", TEST_PASSWORD)
    monkeypatch.setenv("ZEREN_HOME", str(tmp_path / "county-pc"))
    opened = county.ledger.attachment_path(attachment)
    assert opened.read_bytes() == EVIDENCE
    if county.db.file is None:
        assert opened.is_relative_to(tmp_path / "county-pc")


def test_a_deletion_travels_between_two_offices(office: tuple[Services, Office],
                                                county: Services, tmp_path: Path) -> None:
    """The tombstones on this back end (savepoints, the delete hooks): an entry deleted with
    its attachment at the township goes at the county too; the package again adds nothing."""
    township, ids = office
    entry, attachment = _attach(township, ids, tmp_path)
    township.auth.sign_in("leader", TEST_PASSWORD)
    township.exchange.write_public_key(tmp_path / "town.pub")
    county.exchange.trust(tmp_path / "town.pub")
    county.exchange.import_file(township.exchange.export(tmp_path / "1.zrx").path)
    township.auth.sign_in("clerk", TEST_PASSWORD)
    township.ledger.delete(entry)
    township.auth.sign_in("leader", TEST_PASSWORD)
    package = township.exchange.export(tmp_path / "2.zrx", dt.date(2020, 1, 1))
    assert package.deletions == 2              # the entry and its attachment

    result = county.exchange.import_file(package.path)

    assert (result.deleted, result.conflicts) == (2, 0)
    with county.db.read() as session:
        assert session.get(LedgerEntry, entry) is None
        assert session.get(Attachment, attachment) is None
        assert {d.record_id for d in session.scalars(select(Deletion))} >= {entry, attachment}
    assert county.exchange.import_file(package.path).already_imported
