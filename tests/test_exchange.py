"""Exchange packages township → county: keys, export, verification, import, conflicts.

Two demo databases (same seed, so the same demo key; different office ids and record
ids) are made once for the module: the package of the first imports into copies of the
second. The small township of `office` (tests/document_fixtures.py) serves the update,
overlap, conflict and passphrase cases.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, text

from tests.conftest import TEST_PASSWORD
from tests.document_fixtures import Office as TownOffice
from zeren_desktop.cli import main
from zeren_desktop.domain.enums import LedgerCategory, MeetingKind
from zeren_desktop.domain.exchange import ExchangeError
from zeren_desktop.domain.ledger import LedgerEntryInput
from zeren_desktop.domain.meetings import MeetingInput
from zeren_desktop.services import files as files_module
from zeren_desktop.services.app import Services
from zeren_desktop.services.demo import DEMO_PASSWORD, load_demo
from zeren_desktop.services.exchange import exchanged_tables
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.storage import search_index
from zeren_desktop.storage.backup import backup_sqlite
from zeren_desktop.storage.models import (
    Attachment,
    AuditRecord,
    Base,
    Cadre,
    CaseProblem,
    CaseStageEvent,
    CaseSubject,
    Deletion,
    ExchangeConflict,
    InfluencePeriodRecord,
    LedgerEntry,
    Meeting,
    Office,
    Talk,
    ledger_entry_items,
    meeting_attendees,
    meeting_items,
    utcnow,
)

UNTIL = dt.date(2026, 10, 31)


def _copy(source: Path, target: Path) -> Path:
    """A SQLite database with its audit anchor (the demo pair is SQLite on any backend)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    backup_sqlite(source, target)
    anchor = source.with_name(source.name + ".audit-head")
    if anchor.exists():
        shutil.copy2(anchor, target.with_name(target.name + ".audit-head"))
    return target


@dataclass(frozen=True)
class DemoPair:
    township: Path          # demo database A
    county: Path            # demo database B
    package: Path           # all of A's records
    township_office: uuid.UUID
    township_unit: uuid.UUID  # A's first township unit (城关镇 or the like)


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> DemoPair:
    folder = tmp_path_factory.mktemp("exchange-demo")
    paths = []
    for name in ("a", "b"):
        path = folder / name / "zeren.sqlite"
        path.parent.mkdir()
        with Services.open(path) as services:
            load_demo(services, ledger_until=UNTIL)
        paths.append(path)
    package = folder / "a.zrx"
    with Services.open(paths[0]) as services:
        services.auth.sign_in("leader", DEMO_PASSWORD)
        services.exchange.export(package)
        office = services.office_id
        with services.db.read() as session:
            unit = session.scalar(text("SELECT id FROM units WHERE kind = 'township' "
                                       "ORDER BY sort_order, name LIMIT 1"))
    return DemoPair(paths[0], paths[1], package, office, uuid.UUID(hex=unit))


@pytest.fixture
def county(pair: DemoPair, tmp_path: Path) -> Iterator[Services]:
    path = _copy(pair.county, tmp_path / "county" / "zeren.sqlite")
    with Services.open(path) as services:
        services.auth.sign_in("leader", DEMO_PASSWORD)
        yield services


def snapshot(services: Services) -> dict[str, tuple[int, str]]:
    """Rows and a checksum of every table but the audit trail (refusals are audited)."""
    found = {}
    with services.db.read() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "audit_records":
                continue
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            digest = hashlib.sha256(repr([tuple(r) for r in rows]).encode()).hexdigest()
            found[table.name] = (len(rows), digest)
    return found


def _origin_counts(services: Services, office: uuid.UUID) -> dict[str, int]:
    counts = {}
    with services.db.read() as session:
        for table in exchanged_tables():
            n = session.scalar(select(func.count()).select_from(table).where(
                table.c.office_id == office))
            if n:
                counts[table.name] = int(n)
    return counts


# -- the demo round trip

def test_demo_package_round_trip(pair: DemoPair, county: Services) -> None:
    manifest_counts = county.exchange.inspect(pair.package).counts
    stats_before = county.statistics.report(dt.date(2025, 1, 1), UNTIL)
    with Services.open(_copy(pair.township, county.db.file.parent.parent / "a" / "z.sqlite")
                       ) as township:
        township.auth.sign_in("leader", DEMO_PASSWORD)
        automatic_there = township.assessment.automatic(UNTIL.year, pair.township_unit)
        stats_there = township.statistics.report(dt.date(2025, 1, 1), UNTIL)

    result = county.exchange.import_file(pair.package)

    assert not result.already_imported and result.conflicts == 0 and result.updated == 0
    links = {"ledger_entry_items", "clue_cadres", "meeting_attendees", "meeting_items"}
    records = {k: v for k, v in manifest_counts.items() if k not in links}
    assert result.inserted == sum(records.values())
    assert _origin_counts(county, pair.township_office) == records
    with county.db.read() as session:
        source = session.get(Office, pair.township_office)
        assert source is not None and not source.is_local and source.name
        for name in links:
            table = Base.metadata.tables[name]
            assert session.scalar(select(func.count()).select_from(table)) == \
                2 * manifest_counts[name]
        # the search index covers the imported entries
        entry = session.scalars(select(LedgerEntry).where(
            LedgerEntry.office_id == pair.township_office).limit(1)).one()
        assert search_index.indexed_ids(session.connection(), "ledger", [entry.id]) == \
            {entry.id}
        audits = session.scalars(select(AuditRecord).where(
            AuditRecord.action == "exchange.import")).all()
        assert len(audits) == 1 and json.loads(audits[0].after)["inserted"] == result.inserted

    # statistics and assessment of the county count the township's records; the unit's
    # automatic figures there are those of the township itself
    stats_after = county.statistics.report(dt.date(2025, 1, 1), UNTIL)
    assert stats_after.cases == stats_before.cases + stats_there.cases
    assert stats_after.persons == stats_before.persons + stats_there.persons
    assert county.assessment.automatic(UNTIL.year, pair.township_unit) == automatic_there

    before = snapshot(county)
    again = county.exchange.import_file(pair.package)
    assert again.already_imported and again.inserted == 0
    assert county.exchange.inspect(pair.package).already_imported
    assert snapshot(county) == before


# -- refusals: nothing changes

def _refused(services: Services, package: Path, expected: str,
             passphrase: str | None = None) -> None:
    before = snapshot(services)
    with pytest.raises(ExchangeError) as error:
        services.exchange.import_file(package, passphrase)
    assert expected in str(error.value)
    assert snapshot(services) == before


def test_a_truncated_package_is_refused(pair: DemoPair, county: Services,
                                        tmp_path: Path) -> None:
    data = pair.package.read_bytes()
    for cut in (len(data) // 2, len(data) - 10):
        short = tmp_path / f"cut{cut}.zrx"
        short.write_bytes(data[:cut])
        _refused(county, short, "damaged or incomplete")


def test_a_changed_byte_inside_a_compressed_part_is_damage_not_a_crash(
        pair: DemoPair) -> None:
    # zipfile leaves a broken deflate stream to zlib, whose error is neither BadZipFile nor
    # OSError: every byte changed inside a part's compressed data must read as damage.
    import zipfile

    from zeren_desktop.domain import exchange as fmt

    data = pair.package.read_bytes()
    with zipfile.ZipFile(pair.package) as archive:
        infos = [i for i in archive.infolist() if i.compress_type == zipfile.ZIP_DEFLATED]
    assert infos
    refused = 0
    for info in infos:
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        for k in range(1, 21):
            changed = bytearray(data)
            changed[start + info.compress_size * k // 21] ^= 0x10
            with pytest.raises(fmt.ExchangeError):
                fmt.open_package(bytes(changed), None)
            refused += 1
    assert refused == 20 * len(infos)


def test_a_package_with_one_byte_changed_is_refused(pair: DemoPair, county: Services,
                                                    tmp_path: Path) -> None:
    data = bytearray(pair.package.read_bytes())
    # Bytes in the zip's headers and in the compressed parts alike (a changed byte inside
    # a deflate stream fails in zlib, not in zipfile).
    for where in (40, *(len(data) * k // 9 for k in range(1, 9))):
        changed = bytearray(data)
        changed[where] ^= 0x01
        target = tmp_path / f"changed{where}.zrx"
        target.write_bytes(bytes(changed))
        with pytest.raises(ExchangeError):
            county.exchange.import_file(target)
    # a change the zip cannot notice: a part rewritten with its CRC, the manifest kept
    import zipfile

    altered = tmp_path / "altered.zrx"
    with zipfile.ZipFile(pair.package) as source, zipfile.ZipFile(altered, "w") as target:
        for item in source.infolist():
            body = source.read(item)
            if item.filename == "parts/units.jsonl":
                body = body.replace("镇".encode(), "乡".encode(), 1)
            target.writestr(item.filename, body)
    _refused(county, altered, "altered after it was signed")
    # a manifest rewritten (its signature no longer matches)
    forged = tmp_path / "forged.zrx"
    with zipfile.ZipFile(pair.package) as source, zipfile.ZipFile(forged, "w") as target:
        for item in source.infolist():
            body = source.read(item)
            if item.filename == "manifest.json":
                body = body.replace(b'"attachments": 0', b'"attachments": 1')
            target.writestr(item.filename, body)
    _refused(county, forged, "signature does not match")


def test_a_package_from_an_unregistered_office_is_refused(
        pair: DemoPair, template_db: Path, tmp_path: Path) -> None:
    path = _copy(template_db, tmp_path / "plain" / "zeren.sqlite") \
        if str(template_db).endswith(".sqlite") else None
    if path is None:
        pytest.skip("the template is a PostgreSQL database")
    with Services.open(path) as services:
        services.auth.sign_in("leader", TEST_PASSWORD)
        with pytest.raises(ExchangeError, match="not registered"):
            services.exchange.inspect(pair.package)
        _refused(services, pair.package, "not registered")


def test_own_package_is_not_imported(pair: DemoPair, tmp_path: Path) -> None:
    with Services.open(_copy(pair.township, tmp_path / "a" / "z.sqlite")) as services:
        services.auth.sign_in("leader", DEMO_PASSWORD)
        _refused(services, pair.package, "made by this office itself")


# -- a small township: updates, overlap, conflicts, passphrases

@pytest.fixture
def town(office: tuple[Services, TownOffice], county: Services,
         tmp_path: Path) -> tuple[Services, TownOffice, Services]:
    """The township signed in as its leader; the county has registered its key."""
    township, ids = office
    township.auth.sign_in("leader", TEST_PASSWORD)
    township.exchange.write_public_key(tmp_path / "town.pub")
    county.auth.sign_in("admin", DEMO_PASSWORD)
    county.exchange.trust(tmp_path / "town.pub")
    county.auth.sign_in("leader", DEMO_PASSWORD)
    return township, ids, county


def _set_notes(services: Services, cadre_id: uuid.UUID, notes: str) -> None:
    with services.db.write() as session:
        cadre = session.get(Cadre, cadre_id)
        assert cadre is not None
        cadre.notes = notes


def _notes(services: Services, cadre_id: uuid.UUID) -> str:
    with services.db.read() as session:
        cadre = session.get(Cadre, cadre_id)
        assert cadre is not None
        return cadre.notes


def test_a_newer_version_updates_and_an_older_package_changes_nothing(
        pair: DemoPair, town: tuple[Services, TownOffice, Services], tmp_path: Path) -> None:
    township, ids, county = town
    first = township.exchange.export(tmp_path / "1.zrx").path
    _set_notes(township, ids.secretary, "2026年调任")
    second = township.exchange.export(tmp_path / "2.zrx", dt.date(2020, 1, 1)).path

    imported = county.exchange.import_file(first)
    assert imported.inserted > 0 and _notes(county, ids.secretary) == ""
    update = county.exchange.import_file(second)
    assert update.updated >= 1 and update.conflicts == 0 and update.inserted == 0
    assert _notes(county, ids.secretary) == "2026年调任"

    # a county that gets the newer package first: the older one then changes nothing
    other = _copy(pair.county, tmp_path / "other" / "zeren.sqlite")
    with Services.open(other) as services:
        services.auth.sign_in("admin", DEMO_PASSWORD)
        services.exchange.trust(tmp_path / "town.pub")
        services.auth.sign_in("leader", DEMO_PASSWORD)
        assert services.exchange.import_file(second).inserted == imported.inserted
        before = snapshot(services)
        older = services.exchange.import_file(first)
        assert older.inserted == 0 and older.updated == 0 and older.conflicts == 0
        assert older.unchanged == imported.inserted
        after = snapshot(services)
        del before["imported_packages"], after["imported_packages"]
        assert after == before
        assert _notes(services, ids.secretary) == "2026年调任"


def test_a_record_changed_on_both_sides_is_a_conflict_to_decide(
        town: tuple[Services, TownOffice, Services], tmp_path: Path) -> None:
    township, ids, county = town
    county.exchange.import_file(township.exchange.export(tmp_path / "1.zrx").path)
    _set_notes(county, ids.secretary, "县纪委补充")
    _set_notes(township, ids.secretary, "乡镇更新")
    package = township.exchange.export(tmp_path / "2.zrx", dt.date(2020, 1, 1)).path

    result = county.exchange.import_file(package)

    assert result.conflicts == 1
    assert _notes(county, ids.secretary) == "县纪委补充"  # never silently overwritten
    (conflict,) = county.exchange.conflicts()
    assert conflict.table == "cadres" and conflict.record_id == ids.secretary
    assert conflict.local_values["notes"] == "县纪委补充"
    assert conflict.incoming_values["notes"] == "乡镇更新"
    county.exchange.resolve_conflict(conflict.id, take_incoming=True)
    assert _notes(county, ids.secretary) == "乡镇更新"
    assert county.exchange.conflicts() == []
    with county.db.read() as session:
        row = session.scalars(select(ExchangeConflict)).one()
        assert (row.status, row.resolution) == ("resolved", "take_incoming")


def test_keep_local_resolves_without_a_change(
        town: tuple[Services, TownOffice, Services], tmp_path: Path) -> None:
    township, ids, county = town
    county.exchange.import_file(township.exchange.export(tmp_path / "1.zrx").path)
    _set_notes(county, ids.secretary, "县纪委补充")
    _set_notes(township, ids.secretary, "乡镇更新")
    county.exchange.import_file(
        township.exchange.export(tmp_path / "2.zrx", dt.date(2020, 1, 1)).path)
    (conflict,) = county.exchange.conflicts()
    county.exchange.resolve_conflict(conflict.id, take_incoming=False)
    assert _notes(county, ids.secretary) == "县纪委补充"
    assert county.exchange.conflicts() == []


def test_an_encrypted_package_needs_the_right_passphrase(
        town: tuple[Services, TownOffice, Services], tmp_path: Path) -> None:
    township, _ids, county = town
    package = township.exchange.export(tmp_path / "s.zrx", passphrase="正确的口令-2026").path
    assert b"parts/" not in package.read_bytes()
    _refused(county, package, "encrypted; give its passphrase")
    _refused(county, package, "passphrase is wrong", passphrase="wrong")
    info = county.exchange.inspect(package, "正确的口令-2026")
    assert info.encrypted and info.counts["cadres"] >= 1
    assert county.exchange.import_file(package, "正确的口令-2026").inserted > 0


def test_the_export_is_atomic(town: tuple[Services, TownOffice, Services], tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    township, _ids, _county = town
    folder = tmp_path / "stick"
    folder.mkdir()

    def pulled(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files_module.os, "fsync", pulled)
    with pytest.raises(OSError):
        township.exchange.export(folder / "t.zrx")
    assert list(folder.iterdir()) == []


def test_only_own_records_are_exported(pair: DemoPair, county: Services,
                                       tmp_path: Path) -> None:
    county.exchange.import_file(pair.package)
    out = county.exchange.export(tmp_path / "b.zrx")
    assert out.counts == _origin_counts(county, county.office_id) | {
        k: v for k, v in out.counts.items()
        if k in {"ledger_entry_items", "clue_cadres", "meeting_attendees", "meeting_items"}}
    assert sum(out.counts.values()) < 2 * sum(county.exchange.inspect(pair.package)
                                              .counts.values())


def test_roles(town: tuple[Services, TownOffice, Services], tmp_path: Path) -> None:
    township, _ids, county = town
    package = township.exchange.export(tmp_path / "1.zrx").path
    for name in ("clerk", "reviewer", "auditor"):
        township.auth.sign_in(name, TEST_PASSWORD)
        with pytest.raises(PermissionDeniedError):
            township.exchange.export(tmp_path / f"{name}.zrx")
        with pytest.raises(PermissionDeniedError):
            township.exchange.trust(tmp_path / "nothing.pub")
        with pytest.raises(PermissionDeniedError):
            township.exchange.import_file(package)
    assert not (tmp_path / "clerk.zrx").exists()
    county.auth.sign_in("admin", DEMO_PASSWORD)
    assert county.exchange.import_file(package).inserted > 0
    with pytest.raises(PermissionDeniedError):  # content: the leader decides
        county.exchange.conflicts()
    with pytest.raises(PermissionDeniedError):
        county.exchange.resolve_conflict(uuid.uuid4(), take_incoming=True)
    for name in ("clerk", "reviewer", "auditor"):
        county.auth.sign_in(name, DEMO_PASSWORD)
        with pytest.raises(PermissionDeniedError):
            county.exchange.inspect(package)
        with pytest.raises(PermissionDeniedError):
            county.exchange.resolve_conflict(uuid.uuid4(), take_incoming=False)


def test_the_private_key_is_not_handed_out(town: tuple[Services, TownOffice, Services],
                                           tmp_path: Path) -> None:
    township, _ids, _county = town
    assert township.settings.value("exchange.private_key") is None
    public = json.loads((tmp_path / "town.pub").read_text("utf-8"))
    assert set(public) == {"format", "version", "office_id", "office_name", "public_key",
                           "fingerprint"}


# -- the command line

def test_cli_key_trust_export_import(town: tuple[Services, TownOffice, Services],
                                     tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    township, _ids, county = town
    if township.db.file is None or county.db.file is None:
        pytest.skip("the township is a PostgreSQL database")
    town_db = _copy(township.db.file, tmp_path / "town-cli" / "zeren.sqlite")
    county_db = county.db.file
    monkeypatch.setenv("ZEREN_LANG", "en")
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)

    def zeren(db: Path, *args: str, user: str = "leader") -> int:
        return main(["--db", str(db), "--user", user, "exchange", *args])

    assert zeren(town_db, "key", "-o", str(tmp_path / "cli.pub")) == 0
    assert "fingerprint" in capsys.readouterr().out
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("Kou-Ling-2026\n", "utf-8")
    assert zeren(town_db, "export", "--since", "2020-01-01", "-o", str(tmp_path / "c.zrx"),
                 "--passphrase-file", str(passphrase)) == 0
    assert "Wrote" in capsys.readouterr().out
    assert zeren(town_db, "export", "--all", "-o", str(tmp_path / "c2.zrx"),
                 user="clerk") == 1
    assert "does not allow" in capsys.readouterr().err

    monkeypatch.setenv("ZEREN_PASSWORD", DEMO_PASSWORD)
    county2 = tmp_path / "county2" / "zeren.sqlite"
    _copy(county_db, county2)
    # a county that does not know the key yet
    with Services.open(county2) as services, services.db.write() as session:
            session.execute(text("DELETE FROM trusted_offices WHERE office_id IS NOT NULL"))
    assert zeren(county2, "import", str(tmp_path / "c.zrx"), "--passphrase-file",
                 str(passphrase)) == 1
    assert "not registered" in capsys.readouterr().err
    assert zeren(county2, "trust", str(tmp_path / "cli.pub"), user="admin") == 0
    assert "Registered" in capsys.readouterr().out
    assert zeren(county2, "import", str(tmp_path / "c.zrx")) == 1
    assert "passphrase" in capsys.readouterr().err
    assert zeren(county2, "import", str(tmp_path / "c.zrx"), "--passphrase-file",
                 str(passphrase)) == 0
    assert "Imported:" in capsys.readouterr().out
    assert zeren(county2, "import", str(tmp_path / "c.zrx"), "--passphrase-file",
                 str(passphrase)) == 0
    assert "imported before" in capsys.readouterr().out
    assert zeren(county2, "conflicts") == 0
    assert capsys.readouterr().out == ""
    assert os.environ["ZEREN_LANG"] == "en"


def test_a_bad_key_file_is_refused(town: tuple[Services, TownOffice, Services],
                                   tmp_path: Path) -> None:
    _township, _ids, county = town
    county.auth.sign_in("admin", DEMO_PASSWORD)
    before = county.exchange.trusted()
    for body in (b"not json", b'{"format": "zeren-office-key", "office_id": "x",'
                 b' "public_key": "AAAA"}'):
        bad = tmp_path / "bad.pub"
        bad.write_bytes(body)
        with pytest.raises(ExchangeError, match="not a public key file"):
            county.exchange.trust(bad)
    assert county.exchange.trusted() == before


# -- deletions travel as tombstones; association-only changes travel

def _as(services: Services, name: str) -> Services:
    services.auth.sign_in(name, TEST_PASSWORD)
    return services


def _exists(services: Services, model: type[Base], record_id: uuid.UUID) -> bool:
    with services.db.read() as session:
        return session.get(model, record_id) is not None


def _set_place(services: Services, talk_id: uuid.UUID, place: str) -> None:
    with services.db.write() as session:
        talk = session.get(Talk, talk_id)
        assert talk is not None
        talk.place = place


def test_deletions_travel_and_an_older_package_does_not_bring_them_back(
        pair: DemoPair, office_team: tuple[Services, TownOffice, list[uuid.UUID]],
        town: tuple[Services, TownOffice, Services], tmp_path: Path) -> None:
    township, ids, county = town
    members = office_team[2]
    _as(township, "clerk")
    item = township.lists.get(ids.list_id).items[0]
    entry = township.ledger.create(LedgerEntryInput(
        ids.secretary, dt.date(2025, 3, 1), LedgerCategory.DEPLOYMENT, "专题研究廉政风险排查",
        item_ids=(item.id,)))
    evidence = tmp_path / "纪要.txt"
    evidence.write_text("会议纪要原件", encoding="utf-8")
    attachment = township.ledger.add_attachment(entry, evidence)
    meeting = township.meetings.create(MeetingInput(
        dt.date(2025, 3, 12), MeetingKind.PARTY_COMMITTEE, ids.town, "党委会研究廉政工作",
        tuple(members), item_ids=(item.id,)))
    with township.db.read() as session:
        derived = set(session.scalars(select(LedgerEntry.id).where(
            LedgerEntry.source_id == meeting)))
    assert len(derived) == 7
    _as(township, "leader")
    first = township.exchange.export(tmp_path / "1.zrx").path
    county.exchange.import_file(first)
    assert _exists(county, LedgerEntry, entry) and _exists(county, Meeting, meeting)
    assert _exists(county, Attachment, attachment)

    _as(township, "clerk")
    township.ledger.delete(entry)
    township.meetings.delete(meeting)
    with township.db.read() as session:
        tombstones = {d.record_id: d.table_name for d in session.scalars(select(Deletion))}
    # the delete paths wrote tombstones: the cascaded attachment and derived entries too
    assert tombstones[entry] == "ledger_entries" and tombstones[meeting] == "meetings"
    assert tombstones[attachment] == "attachments" and derived <= set(tombstones)
    _as(township, "leader")
    second = township.exchange.export(tmp_path / "2.zrx", dt.date(2020, 1, 1))
    assert second.deletions == len(tombstones)
    assert county.exchange.inspect(second.path).deletions == len(tombstones)

    result = county.exchange.import_file(second.path)

    assert result.deleted == len(tombstones) and result.conflicts == 0
    assert not _exists(county, LedgerEntry, entry) and not _exists(county, Meeting, meeting)
    assert not _exists(county, Attachment, attachment)
    with county.db.read() as session:
        assert not list(session.scalars(select(LedgerEntry.id).where(
            LedgerEntry.source_id == meeting)))
        assert search_index.indexed_ids(session.connection(), "ledger",
                                        derived | {entry}) == set()
        assert session.scalar(select(func.count()).select_from(ledger_entry_items).where(
            ledger_entry_items.c.entry_id == entry)) == 0
        kept = {d.record_id: d.package_id for d in session.scalars(select(Deletion))}
        assert set(tombstones) <= set(kept)  # remembered, with the package they came in
    before = snapshot(county)
    assert county.exchange.import_file(second.path).already_imported
    assert snapshot(county) == before

    # A county that gets the deletions first: the older package then brings nothing back,
    # and a package of all records carries the tombstones as well.
    everything = township.exchange.export(tmp_path / "all.zrx")
    assert everything.deletions == len(tombstones)
    other = _copy(pair.county, tmp_path / "other" / "zeren.sqlite")
    with Services.open(other) as services:
        services.auth.sign_in("admin", DEMO_PASSWORD)
        services.exchange.trust(tmp_path / "town.pub")
        services.auth.sign_in("leader", DEMO_PASSWORD)
        services.exchange.import_file(everything.path)
        older = services.exchange.import_file(first)
        assert older.inserted == 0 and older.conflicts == 0
        assert not _exists(services, LedgerEntry, entry)
        assert not _exists(services, Meeting, meeting)
        assert not _exists(services, Attachment, attachment)


def test_a_deletion_and_a_change_here(town: tuple[Services, TownOffice, Services],
                                      tmp_path: Path) -> None:
    """Changed here before the source deleted it: deleted. Changed here after the deletion:
    a conflict, decided either way."""
    township, ids, county = town
    county.exchange.import_file(township.exchange.export(tmp_path / "1.zrx").path)
    _set_place(county, ids.talk, "县纪委第一谈话室")   # before the deletion
    _as(township, "clerk").talks.delete(ids.talk)
    _as(township, "leader")
    package = township.exchange.export(tmp_path / "2.zrx", dt.date(2020, 1, 1)).path
    backup = _copy(county.db.file, tmp_path / "before" / "zeren.sqlite")
    backup2 = _copy(county.db.file, tmp_path / "before2" / "zeren.sqlite")

    assert county.exchange.import_file(package).conflicts == 0
    assert not _exists(county, Talk, ids.talk)

    with Services.open(backup) as later:       # the same county, changed after it
        later.auth.sign_in("leader", DEMO_PASSWORD)
        _set_place(later, ids.talk, "县纪委第二谈话室")
        result = later.exchange.import_file(package)
        assert result.conflicts == 1 and _exists(later, Talk, ids.talk)
        (conflict,) = later.exchange.conflicts()
        assert conflict.record_id == ids.talk and conflict.deleted_at is not None
        assert conflict.incoming_values == {}
        later.exchange.resolve_conflict(conflict.id, take_incoming=False)
        assert _exists(later, Talk, ids.talk) and later.exchange.conflicts() == []
    with Services.open(backup2) as again:
        again.auth.sign_in("leader", DEMO_PASSWORD)
        _set_place(again, ids.talk, "县纪委第二谈话室")
        again.exchange.import_file(package)
        (conflict,) = again.exchange.conflicts()
        again.exchange.resolve_conflict(conflict.id, take_incoming=True)
        assert not _exists(again, Talk, ids.talk)
        with again.db.read() as session:
            assert session.get(Deletion, ids.talk) is not None


def test_a_change_of_links_alone_travels(
        office_team: tuple[Services, TownOffice, list[uuid.UUID]],
        town: tuple[Services, TownOffice, Services], tmp_path: Path) -> None:
    township, ids, county = town
    members = office_team[2]
    _as(township, "clerk")
    items = township.lists.get(ids.list_id).items
    data = LedgerEntryInput(ids.secretary, dt.date(2025, 3, 1), LedgerCategory.DEPLOYMENT,
                            "专题研究廉政风险排查", item_ids=(items[0].id,))
    entry = township.ledger.create(data)
    meeting = township.meetings.create(MeetingInput(
        dt.date(2025, 3, 12), MeetingKind.PARTY_COMMITTEE, ids.town, "党委会研究廉政工作",
        tuple(members), integrity=False))
    _as(township, "leader")
    county.exchange.import_file(township.exchange.export(tmp_path / "1.zrx").path)
    mark = utcnow()

    _as(township, "clerk")
    township.ledger.update(entry, replace(data, item_ids=(items[0].id, items[1].id)))
    township.meetings.update(meeting, MeetingInput(
        dt.date(2025, 3, 12), MeetingKind.PARTY_COMMITTEE, ids.town, "党委会研究廉政工作",
        tuple(members[:5]), integrity=False, item_ids=(items[1].id,)))
    _as(township, "leader")
    package = township.exchange.export(tmp_path / "2.zrx", mark)

    assert package.counts.get("ledger_entries") == 1 and package.counts.get("meetings") == 1
    result = county.exchange.import_file(package.path)
    assert result.updated == 2 and result.conflicts == 0
    with county.db.read() as session:
        assert set(session.scalars(select(ledger_entry_items.c.item_id).where(
            ledger_entry_items.c.entry_id == entry))) == {items[0].id, items[1].id}
        assert set(session.scalars(select(meeting_attendees.c.cadre_id).where(
            meeting_attendees.c.meeting_id == meeting))) == set(members[:5])
        assert set(session.scalars(select(meeting_items.c.item_id).where(
            meeting_items.c.meeting_id == meeting))) == {items[1].id}


def test_every_delete_of_a_record_leaves_a_tombstone(
        office: tuple[Services, TownOffice]) -> None:
    """The service's delete with its cascades (a case: its subjects, problems, stage events)
    and a DELETE statement through a session (influence periods) alike."""
    services, ids = office
    with services.db.read() as session:
        children = {r.id: r.__tablename__ for model in (CaseSubject, CaseProblem,
                                                        CaseStageEvent)
                    for r in session.scalars(select(model).where(
                        model.case_id == ids.undecided_case))}
        periods = set(session.scalars(select(InfluencePeriodRecord.id).where(
            InfluencePeriodRecord.case_id == ids.case)))
    assert children and periods
    services.cases.delete(ids.undecided_case)
    with services.db.write() as session:
        session.execute(delete(InfluencePeriodRecord).where(
            InfluencePeriodRecord.case_id == ids.case))
    with services.db.read() as session:
        found = {d.record_id: (d.table_name, d.office_id, d.package_id)
                 for d in session.scalars(select(Deletion))}
    assert found[ids.undecided_case] == ("accountability_cases", services.office_id, "")
    assert {i: found[i][0] for i in children} == children
    assert {found[i][0] for i in periods} == {"influence_periods"}
