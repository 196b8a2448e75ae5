"""The auditor's view of the trail: list, filter, export (nobody else reads it)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select

from zeren_desktop.domain.security import Permission
from zeren_desktop.reports.xlsx_cells import csv_safe
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.storage.models import AuditRecord


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: dt.datetime
    username: str
    action: str
    entity: str
    entity_id: str
    summary: str
    before: str
    after: str


@dataclass(frozen=True)
class AuditFilter:
    username: str = ""
    action: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None


def _filtered(query: Select[Any], where: AuditFilter) -> Select[Any]:
    if where.username:
        query = query.where(AuditRecord.username == where.username)
    if where.action:
        query = query.where(AuditRecord.action.startswith(where.action))
    if where.since:
        query = query.where(AuditRecord.at >= where.since)
    if where.until:
        query = query.where(AuditRecord.at < where.until)
    return query


class AuditLogService(ServiceBase):
    def list(self, where: AuditFilter | None = None, *, limit: int = 200,
             offset: int = 0) -> list[AuditRow]:
        self._require(Permission.READ_AUDIT, "audit.list")
        query = _filtered(select(AuditRecord), where or AuditFilter())
        query = query.order_by(AuditRecord.seq.desc()).limit(limit).offset(offset)
        with self.db.read() as session:
            return [_row(r) for r in session.scalars(query)]

    def count(self, where: AuditFilter | None = None) -> int:
        self._require(Permission.READ_AUDIT, "audit.count")
        query = _filtered(select(func.count()).select_from(AuditRecord), where or AuditFilter())
        with self.db.read() as session:
            return int(session.scalar(query) or 0)

    def export_csv(self, target: Path, where: AuditFilter | None = None) -> int:
        """Write the filtered trail as CSV (UTF-8 with BOM, so Excel and WPS read Chinese)."""
        actor = self._require(Permission.READ_AUDIT, "audit.export")
        query = _filtered(select(AuditRecord), where or AuditFilter()).order_by(AuditRecord.seq)
        temporary = target.with_name(target.name + ".part")
        count = 0
        digest = hashlib.sha256()
        with self.db.read() as session, open(temporary, "w", encoding="utf-8-sig",
                                              newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["seq", "at", "user", "action", "entity", "entity_id", "summary",
                             "before", "after", "hash"])
            for record in session.scalars(query):
                row = [str(record.seq), record.at.isoformat(sep=" "), record.username,
                       record.action, record.entity, record.entity_id, record.summary,
                       record.before, record.after, record.hash]
                writer.writerow([csv_safe(v) for v in row])  # T22
                digest.update(record.hash.encode())
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
        with self.db.write() as session:
            self._audit(session, actor, "audit.export", "audit_records", None,
                        summary=f"{count} records to {target.name}",
                        after={"count": count, "sha256_of_hashes": digest.hexdigest()})
        return count


def _row(record: AuditRecord) -> AuditRow:
    return AuditRow(record.seq, record.at, record.username, record.action, record.entity,
                    record.entity_id, record.summary, record.before, record.after)

