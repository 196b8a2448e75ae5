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
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, NotFoundError
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.services.files import write_atomically
from zeren_desktop.services.ledger import (
    attachments_folder,
    grams_of_search_text,
    insert_grams,
    reindex,
)
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import (
    AppSetting,
    Base,
    ExchangeConflict,
    ImportedPackage,
    ImportedVersion,
    Office,
    TrustedOffice,
)

_CTX = "Exchange"
PRIVATE_KEY_SETTING = "exchange.private_key"
# Tables with an office_id that are not exchanged: accounts, the audit trail, keys and the
# exchange bookkeeping itself.
NOT_EXCHANGED = frozenset({"users", "audit_records", "trusted_offices", "offices"})
ProgressCallback = Callable[[int, int], None]

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


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    counts: dict[str, int]
    attachments: int
    size: int


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


@dataclass(frozen=True)
class ConflictRow:
    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    local_values: dict[str, Any]
    incoming_values: dict[str, Any]
    created_at: dt.datetime


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
            head = self.audit.head()
        folder = attachments_folder(self.db.file)
        for digest in sorted(digests):
            path = folder / digest[:2] / digest
            if path.is_file():
                parts[f"{fmt.ATTACHMENTS_DIR}{digest}"] = path.read_bytes()
        attachments = sum(1 for n in parts if n.startswith(fmt.ATTACHMENTS_DIR))
        manifest = fmt.manifest_bytes(
            source_office_id=str(self.office_id), source_name=name,
            public_key=fmt.public_key_of(private), since=start, until=until, created_at=until,
            counts=counts, attachments=attachments,
            audit_head={"seq": head.seq, "hash": head.hash} if head else None,
            parts={n: fmt.sha256(d) for n, d in parts.items()})
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
            self._audit(session, actor, "exchange.export", "exchange", package_id,
                        summary=target.name,
                        after={"since": start.isoformat() if start else None,
                               "counts": counts, "attachments": attachments,
                               "encrypted": bool(passphrase)})
        return ExportResult(target, package_id, counts, attachments, size)

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
                           encrypted, done)

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
                tally = {"inserted": 0, "updated": 0, "unchanged": 0, "conflicts": 0}
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
                for table, key, parent in association_tables():
                    rows = [decode_row(table, r) for r in content.rows(table.name)]
                    self._apply_links(session, table, key, rows, applied.get(parent, set()))
                for name in content.parts:
                    if not name.startswith(fmt.ATTACHMENTS_DIR):
                        continue
                    digest = name[len(fmt.ATTACHMENTS_DIR):]
                    path = folder / digest[:2] / digest
                    if not path.is_file() or fmt.sha256(path.read_bytes()) != digest:
                        _store(path, content.parts[name])
                        stored += 1
                session.add(ImportedPackage(
                    package_id=manifest.package_id, source_office_id=source,
                    source_name=manifest.source_name, created_at=manifest.created_at,
                    imported_at=self.state.clock().replace(tzinfo=None),
                    imported_by=actor.username, counts=json.dumps(tally)))
                self._audit(session, actor, "exchange.import", "exchange", manifest.package_id,
                            summary=f"{manifest.source_name}: {Path(file).name}",
                            after={**tally, "attachments": stored,
                                   "source_office_id": str(source)})
                session.flush()
                if progress is not None:
                    progress(total, total)
        except IntegrityError as error:
            raise ExchangeError(Message(_CTX, MISSING_REFERENCE, {
                "detail": str(error.orig)[:200], "office": manifest.source_name})) from error
        return ImportResult(manifest.package_id, manifest.source_name, False,
                            tally["inserted"], tally["updated"], tally["unchanged"],
                            tally["conflicts"], stored)

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
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            local.update({r.id: dict(r._mapping) for r in session.execute(
                select(table).where(table.c.id.in_(chunk)))})
            seen.update({r.record_id: r.updated_at for r in session.execute(select(
                ImportedVersion.record_id, ImportedVersion.updated_at).where(
                ImportedVersion.table_name == table.name,
                ImportedVersion.record_id.in_(chunk)))})
        inserts: list[dict[str, Any]] = []
        updates: list[tuple[dict[str, Any], dict[str, Any]]] = []
        for row in rows:
            mine = local.get(row["id"])
            if mine is None:
                inserts.append(row)
            elif row[version] <= mine[version]:
                tally["unchanged"] += 1
            elif row["id"] in seen and seen[row["id"]] == mine[version]:
                updates.append((mine, row))
            else:
                self._conflict(session, table, mine, row, package_id)
                tally["conflicts"] += 1
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
        """Keep the derived search index of ledger entries consistent."""
        if table.name != "ledger_entries":
            return
        fresh: list[tuple[str, uuid.UUID]] = []
        for old, new in pairs:
            if old is None:
                fresh += [(g, new["id"]) for g in sorted(
                    grams_of_search_text(new.get("search_text") or ""))]
            else:
                reindex(session, new["id"], old.get("search_text") or "",
                        new.get("search_text") or "")
        if fresh:
            insert_grams(session.connection(), fresh)

    @staticmethod
    def _apply_links(session: Session, table: Table, key: Column[Any],
                     rows: list[dict[str, Any]], replaced: set[uuid.UUID]) -> None:
        """Links of a parent written by this import are the package's; of others, added."""
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

    def _conflict(self, session: Session, table: Table, mine: dict[str, Any],
                  row: dict[str, Any], package_id: str) -> None:
        incoming = json.dumps({k: fmt.encode_value(v) for k, v in row.items()
                               if not isinstance(v, bytes)}, ensure_ascii=False,
                              sort_keys=True)
        local = json.dumps({k: fmt.encode_value(v) for k, v in mine.items()
                            if not isinstance(v, bytes)}, ensure_ascii=False, sort_keys=True)
        open_one = session.scalar(select(ExchangeConflict).where(
            ExchangeConflict.table_name == table.name, ExchangeConflict.record_id == row["id"],
            ExchangeConflict.status == "open"))
        if open_one is not None:
            open_one.incoming_values, open_one.local_values = incoming, local
            open_one.package_id = package_id
            return
        session.add(ExchangeConflict(package_id=package_id, table_name=table.name,
                                     record_id=row["id"], local_values=local,
                                     incoming_values=incoming, status="open",
                                     created_at=self.state.clock().replace(tzinfo=None)))

    # -- conflicts

    def conflicts(self) -> list[ConflictRow]:
        """Open conflicts: records changed here and at their origin (content: leaders)."""
        self._require(Permission.EXCHANGE, "exchange.conflicts")
        self._require(Permission.VIEW_RECORDS, "exchange.conflicts")
        with self.db.read() as session:
            return [ConflictRow(c.id, c.table_name, c.record_id, json.loads(c.local_values),
                                json.loads(c.incoming_values), c.created_at)
                    for c in session.scalars(select(ExchangeConflict).where(
                        ExchangeConflict.status == "open").order_by(
                        ExchangeConflict.created_at))]

    def resolve_conflict(self, conflict_id: uuid.UUID, take_incoming: bool) -> None:
        """Keep the local copy, or take the incoming one (it then counts as imported)."""
        actor = self._require(Permission.EXCHANGE, "exchange.resolve_conflict")
        self._require(Permission.VIEW_RECORDS, "exchange.resolve_conflict")
        with self.db.write() as session:
            conflict = session.get(ExchangeConflict, conflict_id)
            if conflict is None or conflict.status != "open":
                raise NotFoundError(Message(_CTX, CONFLICT_NOT_FOUND))
            table = Base.metadata.tables[conflict.table_name]
            incoming = decode_row(table, json.loads(conflict.incoming_values))
            version = _version_column(table).name
            if take_incoming:
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
            session.merge(ImportedVersion(table_name=table.name, record_id=conflict.record_id,
                                          updated_at=stamp))
            conflict.status = "resolved"
            conflict.resolution = "take_incoming" if take_incoming else "keep_local"
            conflict.resolved_at = self.state.clock().replace(tzinfo=None)
            conflict.resolved_by = actor.username
            self._audit(session, actor, "exchange.resolve_conflict", conflict.table_name,
                        conflict.record_id, summary=conflict.resolution)

    def imported_packages(self) -> list[tuple[str, str, dt.datetime, dict[str, int]]]:
        """(package id, source, imported at, counts), newest first."""
        self._require(Permission.EXCHANGE, "exchange.imported_packages")
        with self.db.read() as session:
            return [(p.package_id, p.source_name, p.imported_at, json.loads(p.counts))
                    for p in session.scalars(select(ImportedPackage).order_by(
                        ImportedPackage.imported_at.desc()))]
