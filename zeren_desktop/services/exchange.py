"""Exchange packages between offices: township → county on removable media.

Each office has an Ed25519 key pair, made at first use and kept in its own database
(`app_settings`, so it travels with backups; never exported). A package holds the records
of this office's own origin changed since a date (or all), their association rows, the
evidence files and a signed manifest (domain/exchange.py). Import verifies everything
before it changes anything, then applies the package in one transaction, table by table
parents first: a new record is inserted with its id and origin; a known one is updated
only when the incoming copy is newer and the local copy was not changed here since its
last import; otherwise it is left, or — changed on both sides — a conflict is recorded
for a person to decide.

Deletions travel as tombstones (record id, table, deleted at, the version deleted), taken
from the `deletions` table that every delete of a record writes (storage/models.py: the
ORM's deletes with their cascades, and DELETE statements through a session). After the
records and links, the import deletes each tombstoned copy here, children first, with its
links, search-index entries and the derived ledger entries of a deleted source — unless the
copy was changed here after the deletion: then it is a conflict like the others. The tombstone
is kept here too, so an older package never brings the record back.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, and_, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import Date, DateTime, Enum, LargeBinary, Uuid

from zeren_desktop.domain import exchange as fmt
from zeren_desktop.domain.exchange import ExchangeError
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, ConflictError, Message, NotFoundError
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.services.files import write_atomically
from zeren_desktop.services.ledger import (
    attachments_folder,
    evidence_bytes,
    store_blob,
)
from zeren_desktop.services.session import Actor
from zeren_desktop.storage import search_index
from zeren_desktop.storage.models import (
    NOT_EXCHANGED,
    UNTRACKED,
    AppSetting,
    Base,
    Deletion,
    ExchangeConflict,
    ImportedPackage,
    ImportedVersion,
    LedgerEntry,
    Office,
    TrustedOffice,
    utcnow,
)

_CTX = "Exchange"
PRIVATE_KEY_SETTING = "exchange.private_key"
# NOT_EXCHANGED (storage/models.py): accounts, the audit trail, keys, offices.
ProgressCallback = Callable[[int, int], None]

STILL_REFERENCED = QT_TRANSLATE_NOOP(
    "Exchange", "The record cannot be deleted: records entered here still refer to it."
    " Change or delete those first.")
CONFLICT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Exchange", "The conflict was not found, or it was already decided.")
OWN_PACKAGE = QT_TRANSLATE_NOOP(
    "Exchange", "This package was made by this office itself; there is nothing to import.")
MISSING_REFERENCE = QT_TRANSLATE_NOOP(
    "Exchange", "The package refers to records that are neither in it nor here ({detail})."
    " Import the earlier packages of {office} first (or a package of all its records);"
    " nothing was imported.")


@dataclass(frozen=True)
class TrustedKey:
    office_id: uuid.UUID | None
    name: str
    fingerprint: str
    registered_at: dt.datetime
    registered_by: str


@dataclass(frozen=True)
class PackageInfo:
    """What a verified package holds, shown before it is imported."""

    package_id: str
    source_office_id: uuid.UUID
    source_name: str
    fingerprint: str
    since: dt.datetime | None
    until: dt.datetime
    created_at: dt.datetime
    counts: dict[str, int]
    attachments: int
    audit_head: dict[str, Any] | None
    encrypted: bool
    already_imported: bool
    deletions: int = 0


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    counts: dict[str, int]
    attachments: int
    size: int
    deletions: int = 0


@dataclass(frozen=True)
class ImportResult:
    package_id: str
    source_name: str
    already_imported: bool
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    attachments: int = 0
    deleted: int = 0          # copies deleted here after a deletion at the source


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    local_values: dict[str, Any]
    incoming_values: dict[str, Any]
    created_at: dt.datetime
    # Set when the source deleted the record (incoming_values is then empty): deciding
    # "take incoming" deletes it here too.
    deleted_at: dt.datetime | None = None


def exchanged_tables() -> list[Table]:
    """The records' tables (with id, office_id), parents before children."""
    return [t for t in Base.metadata.sorted_tables
            if "office_id" in t.c and "id" in t.c and t.name not in NOT_EXCHANGED]


def association_tables() -> list[tuple[Table, Column[Any], str]]:
    """Link tables without their own id: (table, the parent's key column, parent table)."""
    found = []
    for table in Base.metadata.sorted_tables:
        if "id" in table.c or "office_id" in table.c or len(table.primary_key.columns) != 2:
            continue
        first = next(iter(table.primary_key.columns))
        targets = [fk.column.table.name for fk in first.foreign_keys]
        if targets:
            found.append((table, first, targets[0]))
    return found


def _version_column(table: Table) -> Column[Any]:
    return table.c.updated_at if "updated_at" in table.c else table.c.created_at


def _decode(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.UUID(value)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return fmt.unb64(value)
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    return value


def decode_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    unknown = set(row) - set(table.c.keys())
    if unknown:
        raise fmt._error(fmt.UNKNOWN_FORMAT, detail=f"{table.name}: {sorted(unknown)}")
    return {name: _decode(table.c[name], value) for name, value in row.items()}


@dataclass(frozen=True)
class Tombstone:
    """A record deleted at the package's source."""

    record_id: uuid.UUID
    table: str
    deleted_at: dt.datetime
    version: dt.datetime


DELETED_MARK = "_deleted_at"   # in a conflict's incoming values: the source deleted it


def parse_tombstones(rows: list[dict[str, Any]]) -> list[Tombstone]:
    tables = {t.name for t in exchanged_tables()}
    found = []
    try:
        for row in rows:
            if row["table_name"] not in tables:
                raise ValueError(row["table_name"])
            found.append(Tombstone(uuid.UUID(row["record_id"]), str(row["table_name"]),
                                   dt.datetime.fromisoformat(row["deleted_at"]),
                                   dt.datetime.fromisoformat(row["version"])))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise fmt._error(fmt.UNKNOWN_FORMAT, detail=f"deletions: {error}") from error
    return found


def link_columns(table: Table) -> list[tuple[Table, Column[Any]]]:
    """The link tables' columns that point at `table`."""
    return [(link, column) for link, _key, _parent in association_tables()
            for column in link.primary_key.columns
            if any(fk.column.table is table for fk in column.foreign_keys)]


def _self_references(table: Table) -> list[str]:
    return [c.name for c in table.c if any(fk.column.table is table for fk in c.foreign_keys)]


def ensure_private_key(session: Session) -> bytes:
    """This office's raw Ed25519 private key, made now if it has none yet."""
    row = session.get(AppSetting, PRIVATE_KEY_SETTING)
    if row is None:
        row = AppSetting(key=PRIVATE_KEY_SETTING, value=fmt.b64(fmt.new_private_key()))
        session.add(row)
        session.flush()
    return fmt.unb64(row.value)


def install_demo_key(session: Session, seed: bytes) -> None:
    """The demo: every demo database of a seed gets the same key pair, trusted for any
    office id (office ids are random per database), so that a package exported from one
    demo database imports into another."""
    private = fmt.new_private_key(seed)
    session.merge(AppSetting(key=PRIVATE_KEY_SETTING, value=fmt.b64(private)))
    public = fmt.public_key_of(private)
    row = session.scalar(select(TrustedOffice).where(
        TrustedOffice.fingerprint == fmt.fingerprint(public)))
    if row is None:
        session.add(TrustedOffice(office_id=None, name="", public_key=fmt.b64(public),
                                  fingerprint=fmt.fingerprint(public), registered_by="demo"))


def _store(path: Path, data: bytes) -> None:
    write_atomically(path, lambda temp: temp.write_bytes(data))


class ExchangeService(ServiceBase):
    # -- keys

    @staticmethod
    def _private_key(session: Session) -> bytes:
        return ensure_private_key(session)

    def public_key(self) -> fmt.OfficeKey:
        """This office's public key, to give to the county (`OfficeKey.to_json()`)."""
        self._require(Permission.EXCHANGE, "exchange.public_key")
        with self.db.write() as session:
            key = fmt.public_key_of(self._private_key(session))
            office = session.get(Office, self.office_id)
            return fmt.OfficeKey(str(self.office_id), office.name if office else "", key)

    def write_public_key(self, target: Path) -> fmt.OfficeKey:
        key = self.public_key()
        text = key.to_json().encode("utf-8")
        write_atomically(Path(target), lambda temp: temp.write_bytes(text))
        return key

    def trust(self, file: Path) -> TrustedKey:
        """Register another office's public key file; registering it again renames it."""
        actor = self._require(Permission.EXCHANGE, "exchange.trust")
        key = fmt.parse_key_file(Path(file).read_bytes())
        return self._trust(actor, key, uuid.UUID(key.office_id))

    def _trust(self, actor: Actor, key: fmt.OfficeKey,
               office_id: uuid.UUID | None) -> TrustedKey:
        with self.db.write() as session:
            row = session.scalar(select(TrustedOffice).where(
                TrustedOffice.fingerprint == key.fingerprint))
            if row is None:
                row = TrustedOffice(fingerprint=key.fingerprint,
                                    public_key=fmt.b64(key.public_key))
                session.add(row)
            row.office_id, row.name = office_id, key.name
            row.registered_at = self.state.clock().replace(tzinfo=None)
            row.registered_by = actor.username
            session.flush()
            self._audit(session, actor, "exchange.trust", "trusted_offices", row.id,
                        after={"office_id": str(office_id) if office_id else None,
                               "name": key.name, "fingerprint": key.fingerprint})
            return TrustedKey(row.office_id, row.name, row.fingerprint, row.registered_at,
                              row.registered_by)

    def trusted(self) -> list[TrustedKey]:
        self._require(Permission.EXCHANGE, "exchange.trusted")
        with self.db.read() as session:
            return [TrustedKey(r.office_id, r.name, r.fingerprint, r.registered_at,
                               r.registered_by)
                    for r in session.scalars(select(TrustedOffice).order_by(TrustedOffice.name))]

    # -- export

    def export(self, target: Path, since: dt.date | dt.datetime | None = None,
               passphrase: str | None = None) -> ExportResult:
        """Write a package of this office's own records changed since `since` (or all)."""
        actor = self._require(Permission.EXCHANGE, "exchange.export")
        until = self.state.clock().replace(tzinfo=None)
        start = (dt.datetime.combine(since, dt.time()) if isinstance(since, dt.date)
                 and not isinstance(since, dt.datetime) else since)
        parts: dict[str, bytes] = {}
        counts: dict[str, int] = {}
        with self.db.write() as session:
            private = self._private_key(session)
            office = session.get(Office, self.office_id)
            name = office.name if office else ""
            exported: dict[str, set[uuid.UUID]] = {}
            digests: set[str] = set()
            for table in exchanged_tables():
                query = select(table).where(table.c.office_id == self.office_id)
                if start is not None:
                    query = query.where(_version_column(table) >= start)
                rows = [dict(r._mapping) for r in session.execute(query.order_by(table.c.id))]
                exported[table.name] = {r["id"] for r in rows}
                if table.name == "attachments":
                    digests = {r["sha256"] for r in rows}
                if rows:
                    parts[f"{fmt.PARTS_DIR}{table.name}.jsonl"] = fmt.jsonl(rows)
                    counts[table.name] = len(rows)
            for table, key, parent in association_tables():
                ids = exported.get(parent, set())
                links: list[dict[str, Any]] = []
                chunk = sorted(ids)
                for i in range(0, len(chunk), 500):
                    links += [dict(r._mapping) for r in session.execute(
                        select(table).where(key.in_(chunk[i:i + 500])))]
                if links:
                    parts[f"{fmt.PARTS_DIR}{table.name}.jsonl"] = fmt.jsonl(links)
                    counts[table.name] = len(links)
            # Tombstones of this office's records deleted since `since` (all of them with
            # --all: a county that missed a package still learns of every deletion).
            gone = select(Deletion).where(Deletion.office_id == self.office_id)
            if start is not None:
                gone = gone.where(Deletion.deleted_at >= start)
            tombstones = [{"record_id": d.record_id, "table_name": d.table_name,
                           "deleted_at": d.deleted_at, "version": d.version}
                          for d in session.scalars(gone.order_by(Deletion.record_id))]
            if tombstones:
                parts[fmt.DELETIONS_PART] = fmt.jsonl(tombstones)
            for digest in sorted(digests):
                # The data folder's copy, or the database's on a server.
                data = evidence_bytes(session, self.db.file, digest)
                if data is not None:
                    parts[f"{fmt.ATTACHMENTS_DIR}{digest}"] = data
            head = self.audit.head()
        attachments = sum(1 for n in parts if n.startswith(fmt.ATTACHMENTS_DIR))
        manifest = fmt.manifest_bytes(
            source_office_id=str(self.office_id), source_name=name,
            public_key=fmt.public_key_of(private), since=start, until=until, created_at=until,
            counts=counts, attachments=attachments,
            audit_head={"seq": head.seq, "hash": head.hash} if head else None,
            parts={n: fmt.sha256(d) for n, d in parts.items()}, deletions=len(tombstones))
        data = fmt.build_zip(parts, manifest, fmt.sign(private, manifest))
        if passphrase:
            data = fmt.encrypt(data, passphrase)
        target = Path(target)

        def build(temp: Path) -> int:
            with temp.open("wb") as handle:
                handle.write(data)
            return len(data)

        size = write_atomically(target, build)
        package_id = fmt.sha256(manifest)
        with self.db.write() as session:
            # The audit's entity id holds 36 characters (a server enforces it): the package
            # id's first 36, and the whole of it with the details.
            self._audit(session, actor, "exchange.export", "exchange", package_id[:36],
                        summary=target.name,
                        after={"package_id": package_id,
                               "since": start.isoformat() if start else None,
                               "counts": counts, "attachments": attachments,
                               "deletions": len(tombstones), "encrypted": bool(passphrase)})
        return ExportResult(target, package_id, counts, attachments, size, len(tombstones))

    # -- verification

    def inspect(self, file: Path, passphrase: str | None = None) -> PackageInfo:
        """Verify a package (format, signature, every part) and say what it holds."""
        self._require(Permission.EXCHANGE, "exchange.inspect")
        with self.db.read() as session:
            content, encrypted = self._open_verified(session, file, passphrase)
            manifest = content.manifest
            done = session.get(ImportedPackage, manifest.package_id) is not None
        return PackageInfo(manifest.package_id, uuid.UUID(manifest.source_office_id),
                           manifest.source_name, manifest.fingerprint, manifest.since,
                           manifest.until, manifest.created_at, dict(manifest.counts),
                           manifest.attachments,
                           dict(manifest.audit_head) if manifest.audit_head else None,
                           encrypted, done, manifest.deletions)

    def _open_verified(self, session: Session, file: Path,
                       passphrase: str | None) -> tuple[fmt.PackageContent, bool]:
        try:
            data = Path(file).read_bytes()
        except OSError as error:
            raise fmt._error(fmt.DAMAGED) from error
        encrypted = fmt.is_encrypted(data)
        content = fmt.open_package(data, passphrase)
        manifest = content.manifest
        try:
            source = uuid.UUID(manifest.source_office_id)
        except ValueError as error:
            raise fmt._error(fmt.UNKNOWN_FORMAT, detail="office id") from error
        trusted = session.scalar(select(TrustedOffice).where(
            TrustedOffice.fingerprint == manifest.fingerprint))
        if trusted is None or trusted.office_id not in (None, source):
            raise fmt._error(fmt.UNREGISTERED, office=manifest.source_name,
                             fingerprint=fmt.short_fingerprint(manifest.fingerprint))
        if not fmt.signature_valid(fmt.unb64(trusted.public_key), content.signature,
                                   content.manifest_data):
            raise fmt._error(fmt.BAD_SIGNATURE, office=trusted.name or manifest.source_name)
        if source == self.office_id:
            raise ExchangeError(Message(_CTX, OWN_PACKAGE))
        return content, encrypted

    # -- import

    def import_file(self, file: Path, passphrase: str | None = None,
                    progress: ProgressCallback | None = None) -> ImportResult:
        """Verify, then import in one transaction (see the module's description)."""
        actor = self._require(Permission.EXCHANGE, "exchange.import_file")
        with self.db.read() as session:
            content, _ = self._open_verified(session, file, passphrase)
        manifest = content.manifest
        source = uuid.UUID(manifest.source_office_id)
        folder = attachments_folder(self.db.file)
        stored = 0
        tables = exchanged_tables()
        total = len(tables) + 1
        try:
            with self.db.write() as session:
                if session.get(ImportedPackage, manifest.package_id) is not None:
                    return ImportResult(manifest.package_id, manifest.source_name, True)
                office = session.get(Office, source)
                if office is None:
                    session.add(Office(id=source, name=manifest.source_name, is_local=False))
                else:
                    office.name = manifest.source_name or office.name
                session.flush()
                tally = {"inserted": 0, "updated": 0, "unchanged": 0, "conflicts": 0,
                         "deleted": 0}
                tombstones = parse_tombstones(content.tombstones())
                applied: dict[str, set[uuid.UUID]] = {}
                for n, table in enumerate(tables):
                    rows = [decode_row(table, r) for r in content.rows(table.name)]
                    if any(r.get("office_id") != source for r in rows):
                        # Only the source's own records travel in its packages.
                        raise fmt._error(fmt.UNKNOWN_FORMAT, detail=f"{table.name}: origin")
                    applied[table.name] = self._apply(session, table, rows, source,
                                                      manifest.package_id, tally)
                    if progress is not None:
                        progress(n + 1, total)
                gone = {t.record_id for t in tombstones}
                for table, key, parent in association_tables():
                    rows = [decode_row(table, r) for r in content.rows(table.name)]
                    self._apply_links(session, table, key, rows, applied.get(parent, set()),
                                      gone)
                self._apply_deletions(session, tombstones, source, manifest.package_id, tally)
                for name in content.parts:
                    if not name.startswith(fmt.ATTACHMENTS_DIR):
                        continue
                    digest = name[len(fmt.ATTACHMENTS_DIR):]
                    if self.db.file is None:  # a server: every PC opens it from there
                        store_blob(session, digest, content.parts[name])
                    path = folder / digest[:2] / digest
                    if not path.is_file() or fmt.sha256(path.read_bytes()) != digest:
                        _store(path, content.parts[name])
                        stored += 1
                session.add(ImportedPackage(
                    package_id=manifest.package_id, source_office_id=source,
                    source_name=manifest.source_name, created_at=manifest.created_at,
                    imported_at=self.state.clock().replace(tzinfo=None),
                    imported_by=actor.username, counts=json.dumps(tally)))
                self._audit(session, actor, "exchange.import", "exchange",
                            manifest.package_id[:36],
                            summary=f"{manifest.source_name}: {Path(file).name}",
                            after={**tally, "attachments": stored,
                                   "package_id": manifest.package_id,
                                   "source_office_id": str(source)})
                session.flush()
                if progress is not None:
                    progress(total, total)
        except IntegrityError as error:
            raise ExchangeError(Message(_CTX, MISSING_REFERENCE, {
                "detail": str(error.orig)[:200], "office": manifest.source_name})) from error
        return ImportResult(manifest.package_id, manifest.source_name, False,
                            tally["inserted"], tally["updated"], tally["unchanged"],
                            tally["conflicts"], stored, tally["deleted"])

    def _apply(self, session: Session, table: Table, rows: list[dict[str, Any]],
               source: uuid.UUID, package_id: str, tally: dict[str, int]) -> set[uuid.UUID]:
        """Insert, update, leave or record a conflict for each row; the ids written."""
        if not rows:
            return set()
        version = _version_column(table).name
        later = _self_references(table)
        ids = [r["id"] for r in rows]
        local: dict[uuid.UUID, dict[str, Any]] = {}
        seen: dict[uuid.UUID, dt.datetime] = {}
        deleted: dict[uuid.UUID, dt.datetime] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            local.update({r.id: dict(r._mapping) for r in session.execute(
                select(table).where(table.c.id.in_(chunk)))})
            seen.update({r.record_id: r.updated_at for r in session.execute(select(
                ImportedVersion.record_id, ImportedVersion.updated_at).where(
                ImportedVersion.table_name == table.name,
                ImportedVersion.record_id.in_(chunk)))})
            deleted.update({r.record_id: r.version for r in session.execute(select(
                Deletion.record_id, Deletion.version).where(Deletion.record_id.in_(chunk)))})
        inserts: list[dict[str, Any]] = []
        updates: list[tuple[dict[str, Any], dict[str, Any]]] = []
        revived: list[uuid.UUID] = []
        for row in rows:
            mine = local.get(row["id"])
            if mine is None and row["id"] in deleted:
                if row[version] <= deleted[row["id"]]:
                    # Deleted here or at the source after this version: it stays deleted.
                    tally["unchanged"] += 1
                    continue
                revived.append(row["id"])  # deleted here, changed at the source since
                inserts.append(row)
            elif mine is None:
                inserts.append(row)
            elif row[version] <= mine[version]:
                tally["unchanged"] += 1
            elif row["id"] in seen and seen[row["id"]] == mine[version]:
                updates.append((mine, row))
            else:
                self._conflict(session, table, mine, row, package_id)
                tally["conflicts"] += 1
        for i in range(0, len(revived), 500):
            session.execute(delete(Deletion).where(Deletion.record_id.in_(revived[i:i + 500])))
        if inserts:
            first = [{**r, **dict.fromkeys(later)} for r in inserts] if later else inserts
            session.execute(insert(table), first)
            for row in inserts:
                if any(row[c] is not None for c in later):
                    session.execute(update(table).where(table.c.id == row["id"]).values(
                        {c: row[c] for c in later}))
            tally["inserted"] += len(inserts)
        for _mine, row in updates:
            session.execute(update(table).where(table.c.id == row["id"]).values(row))
            tally["updated"] += 1
        self._after_write(session, table, [(None, r) for r in inserts] +
                          [(m, r) for m, r in updates])
        written = inserts + [r for _, r in updates]
        done = [r["id"] for r in written]
        for i in range(0, len(done), 500):
            session.execute(delete(ImportedVersion).where(
                ImportedVersion.table_name == table.name,
                ImportedVersion.record_id.in_(done[i:i + 500])))
        if written:
            session.execute(insert(ImportedVersion), [
                {"table_name": table.name, "record_id": r["id"], "updated_at": r[version]}
                for r in written])
        return {r["id"] for r in written}

    @staticmethod
    def _after_write(session: Session, table: Table,
                     pairs: Iterable[tuple[dict[str, Any] | None, dict[str, Any]]]) -> None:
        """Keep the search index (storage/search_index.py) in step with the rows written."""
        connection = session.connection()
        if table.name == "case_subjects":  # the text of their cases, before and after
            cases = {row["case_id"] for old, new in pairs for row in (old, new)
                     if row is not None and row.get("case_id") is not None}
            search_index.refresh(connection, "case", sorted(cases))
            return
        search_index.refresh_touched(connection, search_index.records_touched(
            connection, table.name, [new["id"] for _old, new in pairs]))

    @staticmethod
    def _apply_links(session: Session, table: Table, key: Column[Any],
                     rows: list[dict[str, Any]], replaced: set[uuid.UUID],
                     gone: set[uuid.UUID]) -> None:
        """Links of a parent written by this import are the package's; of others, added.
        A link to a record deleted (here or by this package) is left out."""
        ends = sorted({r[c.name] for r in rows for c in table.primary_key.columns})
        dead = set(gone)
        for i in range(0, len(ends), 500):
            dead.update(session.scalars(select(Deletion.record_id).where(
                Deletion.record_id.in_(ends[i:i + 500]))))
        if dead:
            rows = [r for r in rows
                    if not any(r[c.name] in dead for c in table.primary_key.columns)]
        if replaced:
            chunk = sorted(replaced)
            for i in range(0, len(chunk), 500):
                session.execute(delete(table).where(key.in_(chunk[i:i + 500])))
        columns = list(table.primary_key.columns)
        fresh = [r for r in rows if r[key.name] in replaced]
        for row in rows:
            if row[key.name] not in replaced:
                exists = session.execute(select(func.count()).select_from(table).where(
                    and_(*(c == row[c.name] for c in columns)))).scalar()
                if not exists:
                    fresh.append(row)
        if fresh:
            session.execute(insert(table), fresh)

    # -- deletions

    def _apply_deletions(self, session: Session, tombstones: list[Tombstone],
                         source: uuid.UUID, package_id: str, tally: dict[str, int]) -> None:
        """Delete the copies here of records deleted at the source (module description)."""
        if not tombstones:
            return
        tables = {t.name: t for t in exchanged_tables()}
        by_table: dict[str, list[Tombstone]] = {}
        for tombstone in tombstones:
            by_table.setdefault(tombstone.table, []).append(tombstone)
        doomed: dict[str, dict[uuid.UUID, Tombstone]] = {}
        kept: set[uuid.UUID] = set()       # deletion conflicts: stay until decided
        absent: list[Tombstone] = []
        for name, group in by_table.items():
            table = tables[name]
            version = _version_column(table)
            ids = [t.record_id for t in group]
            local: dict[uuid.UUID, tuple[uuid.UUID, dt.datetime]] = {}
            seen: dict[uuid.UUID, dt.datetime] = {}
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                local.update({r[0]: (r[1], r[2]) for r in session.execute(select(
                    table.c.id, table.c.office_id, version).where(table.c.id.in_(chunk)))})
                seen.update({r.record_id: r.updated_at for r in session.execute(select(
                    ImportedVersion.record_id, ImportedVersion.updated_at).where(
                    ImportedVersion.table_name == name,
                    ImportedVersion.record_id.in_(chunk)))})
            for tombstone in group:
                mine = local.get(tombstone.record_id)
                if mine is None:
                    absent.append(tombstone)
                    tally["unchanged"] += 1
                    continue
                office, stamp = mine
                if office != source:
                    # A package deletes only its source's own records.
                    raise fmt._error(fmt.UNKNOWN_FORMAT, detail=f"deletions: {name}: origin")
                changed_here = not (seen.get(tombstone.record_id) == stamp
                                    or stamp <= tombstone.version)
                if changed_here and stamp > tombstone.deleted_at:
                    row = session.execute(select(table).where(
                        table.c.id == tombstone.record_id)).one()
                    self._conflict(session, table, dict(row._mapping), {
                        DELETED_MARK: tombstone.deleted_at, "_version": tombstone.version},
                        package_id)
                    kept.add(tombstone.record_id)
                    tally["conflicts"] += 1
                else:
                    doomed.setdefault(name, {})[tombstone.record_id] = tombstone
        # Derived ledger entries follow their source: they stay with a source kept for a
        # decision, and go with a deleted one (also those the package did not name).
        entries = doomed.get("ledger_entries", {})
        if kept and entries:
            held = self._derived_of(session, kept, source)
            for entry_id in held:
                entries.pop(entry_id, None)
        sources = {i for group in doomed.values() for i in group}
        now = utcnow()
        for entry_id, stamp in self._derived_of(session, sources, source).items():
            if entry_id not in entries and entry_id not in kept:
                entries[entry_id] = Tombstone(entry_id, "ledger_entries", now, stamp)
        if entries:
            doomed["ledger_entries"] = entries
        self._write_tombstones(session, absent, source, package_id)
        for table in reversed(list(tables.values())):
            going = doomed.get(table.name)
            if not going:
                continue
            failed = self._delete_rows(session, table, list(going))
            for record_id in failed:
                row = session.execute(select(table).where(table.c.id == record_id)).one()
                tombstone = going.pop(record_id)
                self._conflict(session, table, dict(row._mapping), {
                    DELETED_MARK: tombstone.deleted_at, "_version": tombstone.version},
                    package_id)
                tally["conflicts"] += 1
            self._write_tombstones(session, list(going.values()), source, package_id)
            self._forget(session, table, list(going))
            tally["deleted"] += len(going)

    @staticmethod
    def _derived_of(session: Session, sources: set[uuid.UUID],
                    office: uuid.UUID) -> dict[uuid.UUID, dt.datetime]:
        """The derived ledger entries (of `office`) of these source records: id → version."""
        found: dict[uuid.UUID, dt.datetime] = {}
        chunk = sorted(sources)
        for i in range(0, len(chunk), 500):
            found.update({r[0]: r[1] for r in session.execute(select(
                LedgerEntry.id, LedgerEntry.updated_at).where(
                LedgerEntry.source_id.in_(chunk[i:i + 500]),
                LedgerEntry.office_id == office))})
        return found

    @staticmethod
    def _write_tombstones(session: Session, tombstones: list[Tombstone], source: uuid.UUID,
                          package_id: str) -> None:
        if not tombstones:
            return
        ids = [t.record_id for t in tombstones]
        for i in range(0, len(ids), 500):
            session.execute(delete(Deletion).where(Deletion.record_id.in_(ids[i:i + 500])))
        session.execute(insert(Deletion), [
            {"record_id": t.record_id, "table_name": t.table, "office_id": source,
             "deleted_at": t.deleted_at, "version": t.version, "package_id": package_id}
            for t in tombstones])

    @staticmethod
    def _forget(session: Session, table: Table, ids: list[uuid.UUID]) -> None:
        """The bookkeeping of deleted records: their imported versions and open conflicts."""
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            session.execute(delete(ImportedVersion).where(
                ImportedVersion.table_name == table.name, ImportedVersion.record_id.in_(chunk)))
            session.execute(update(ExchangeConflict).where(
                ExchangeConflict.record_id.in_(chunk), ExchangeConflict.status == "open")
                .values(status="resolved", resolution="deleted", resolved_at=utcnow()))

    def _delete_rows(self, session: Session, table: Table,
                     ids: list[uuid.UUID]) -> list[uuid.UUID]:
        """Delete these rows with their links and index entries; the ids still referenced
        here by other records (left in place)."""

        def remove(chunk: list[uuid.UUID]) -> None:
            with session.begin_nested():
                for link, column in link_columns(table):
                    session.execute(delete(link).where(column.in_(chunk)))
                # (the search index follows: storage/search_index.py's session hook)
                session.execute(delete(table).where(table.c.id.in_(chunk))
                                .execution_options(**{UNTRACKED: True}))

        failed: list[uuid.UUID] = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            try:
                remove(chunk)
            except IntegrityError:
                failed += chunk
        # One by one, until no more go (a row may wait for another of the same table).
        while failed:
            left = []
            for record_id in failed:
                try:
                    remove([record_id])
                except IntegrityError:
                    left.append(record_id)
            if len(left) == len(failed):
                break
            failed = left
        return failed

    def _conflict(self, session: Session, table: Table, mine: dict[str, Any],
                  row: dict[str, Any], package_id: str) -> None:
        incoming = json.dumps({k: fmt.encode_value(v) for k, v in row.items()
                               if not isinstance(v, bytes)}, ensure_ascii=False,
                              sort_keys=True)
        local = json.dumps({k: fmt.encode_value(v) for k, v in mine.items()
                            if not isinstance(v, bytes)}, ensure_ascii=False, sort_keys=True)
        open_one = session.scalar(select(ExchangeConflict).where(
            ExchangeConflict.table_name == table.name, ExchangeConflict.record_id == mine["id"],
            ExchangeConflict.status == "open"))
        if open_one is not None:
            open_one.incoming_values, open_one.local_values = incoming, local
            open_one.package_id = package_id
            return
        session.add(ExchangeConflict(package_id=package_id, table_name=table.name,
                                     record_id=mine["id"], local_values=local,
                                     incoming_values=incoming, status="open",
                                     created_at=self.state.clock().replace(tzinfo=None)))

    # -- conflicts

    def conflicts(self) -> list[ConflictRow]:
        """Open conflicts: records changed here and at their origin (content: leaders)."""
        self._require(Permission.EXCHANGE, "exchange.conflicts")
        self._require(Permission.VIEW_RECORDS, "exchange.conflicts")
        with self.db.read() as session:
            found = []
            for c in session.scalars(select(ExchangeConflict).where(
                    ExchangeConflict.status == "open").order_by(ExchangeConflict.created_at)):
                incoming = json.loads(c.incoming_values)
                deleted = incoming.get(DELETED_MARK)
                found.append(ConflictRow(
                    c.id, c.table_name, c.record_id, json.loads(c.local_values),
                    {} if deleted else incoming, c.created_at,
                    dt.datetime.fromisoformat(deleted) if deleted else None))
            return found

    def resolve_conflict(self, conflict_id: uuid.UUID, take_incoming: bool) -> None:
        """Keep the local copy, or take the incoming one (it then counts as imported)."""
        actor = self._require(Permission.EXCHANGE, "exchange.resolve_conflict")
        self._require(Permission.VIEW_RECORDS, "exchange.resolve_conflict")
        with self.db.write() as session:
            conflict = session.get(ExchangeConflict, conflict_id)
            if conflict is None or conflict.status != "open":
                raise NotFoundError(Message(_CTX, CONFLICT_NOT_FOUND))
            table = Base.metadata.tables[conflict.table_name]
            raw = json.loads(conflict.incoming_values)
            version = _version_column(table).name
            if DELETED_MARK in raw:
                self._resolve_deletion(session, table, conflict, raw, take_incoming)
                incoming: dict[str, Any] = {}
            else:
                incoming = decode_row(table, raw)
            if DELETED_MARK in raw:
                pass
            elif take_incoming:
                old = session.execute(select(table).where(
                    table.c.id == conflict.record_id)).first()
                session.execute(update(table).where(table.c.id == conflict.record_id)
                                .values(incoming))
                self._after_write(session, table,
                                  [(dict(old._mapping) if old else None, incoming)])
                stamp = incoming[version]
            else:
                # Keep the local copy; a later package newer than this one may update it
                # again only if nothing changes here meanwhile.
                stamp = session.execute(select(_version_column(table)).where(
                    table.c.id == conflict.record_id)).scalar_one()
            if DELETED_MARK not in raw:
                session.merge(ImportedVersion(table_name=table.name,
                                              record_id=conflict.record_id, updated_at=stamp))
            conflict.status = "resolved"
            conflict.resolution = "take_incoming" if take_incoming else "keep_local"
            conflict.resolved_at = self.state.clock().replace(tzinfo=None)
            conflict.resolved_by = actor.username
            self._audit(session, actor, "exchange.resolve_conflict", conflict.table_name,
                        conflict.record_id, summary=conflict.resolution)

    def _resolve_deletion(self, session: Session, table: Table, conflict: ExchangeConflict,
                          raw: dict[str, Any], take_incoming: bool) -> None:
        """A record deleted at its source and changed here: delete it too (with its derived
        ledger entries), or keep it (a later change here or there is compared to now)."""
        row = session.execute(select(table.c.office_id, _version_column(table)).where(
            table.c.id == conflict.record_id)).first()
        if row is None:
            return
        office, stamp = row
        if not take_incoming:
            session.merge(ImportedVersion(table_name=table.name, record_id=conflict.record_id,
                                          updated_at=stamp))
            return
        tombstone = Tombstone(conflict.record_id, table.name,
                              dt.datetime.fromisoformat(raw[DELETED_MARK]),
                              dt.datetime.fromisoformat(raw["_version"]))
        entries_table = LedgerEntry.__table__
        assert isinstance(entries_table, Table)
        derived = self._derived_of(session, {conflict.record_id}, office)
        if derived and self._delete_rows(session, entries_table, list(derived)):
            raise ConflictError(Message(_CTX, STILL_REFERENCED))
        if self._delete_rows(session, table, [conflict.record_id]):
            raise ConflictError(Message(_CTX, STILL_REFERENCED))
        now = utcnow()
        self._write_tombstones(session, [tombstone] + [
            Tombstone(i, "ledger_entries", now, v) for i, v in derived.items()],
            office, conflict.package_id)
        self._forget(session, entries_table, list(derived))
        self._forget(session, table, [conflict.record_id])

    def imported_packages(self) -> list[tuple[str, str, dt.datetime, dict[str, int]]]:
        """(package id, source, imported at, counts), newest first."""
        self._require(Permission.EXCHANGE, "exchange.imported_packages")
        with self.db.read() as session:
            return [(p.package_id, p.source_name, p.imported_at, json.loads(p.counts))
                    for p in session.scalars(select(ImportedPackage).order_by(
                        ImportedPackage.imported_at.desc()))]
