"""The hash-chained audit trail and its anchor outside the database.

Every write, sign-off, login, export and print appends a record in the same transaction
as the change. Each record's hash covers its fields and the previous hash; the newest
(seq, hash) is also written to a small file beside the database after each commit, so
deleting the newest records or rolling the file back is detected too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zeren_desktop import paths
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from zeren_desktop.storage.database import Database
from zeren_desktop.storage.models import AuditRecord

GENESIS = "0" * 64
_CTX = "Audit"


def record_hash(seq: int, record_id: uuid.UUID, office_id: uuid.UUID, at: dt.datetime,
                user_id: uuid.UUID | None, username: str, action: str, entity: str,
                entity_id: str, summary: str, before: str, after: str, prev_hash: str) -> str:
    canonical = json.dumps(
        [seq, str(record_id), str(office_id), at.isoformat(timespec="microseconds"),
         str(user_id) if user_id else "", username, action, entity, entity_id, summary,
         before, after, prev_hash],
        ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _hash_of(row: AuditRecord) -> str:
    return record_hash(row.seq, row.id, row.office_id, row.at, row.user_id, row.username,
                       row.action, row.entity, row.entity_id, row.summary, row.before,
                       row.after, row.prev_hash)


def to_json(values: Mapping[str, Any] | None) -> str:
    if not values:
        return ""
    return json.dumps(values, ensure_ascii=False, sort_keys=True, default=str)


@dataclass(frozen=True)
class ChainHead:
    seq: int
    hash: str


@dataclass(frozen=True)
class AnchorState:
    """The committed head, and the head of a commit under way (a crash may leave either)."""

    head: ChainHead
    pending: ChainHead | None


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    records: int
    first_bad_seq: int | None
    problem: Message | None


class Anchor:
    """The chain head kept outside the database: a small JSON file written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def for_database(cls, db: Database) -> Anchor:
        file = db.file
        if file is not None:
            return cls(file.with_name(file.name + ".audit-head"))
        # A server database: keep the anchor in this PC's data folder, one per URL.
        key = hashlib.sha256(db.url.render_as_string(hide_password=True).encode()).hexdigest()
        return cls(paths.data_dir() / "anchors" / f"{key[:32]}.audit-head")

    def read(self) -> AnchorState | None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            head = ChainHead(int(data["seq"]), str(data["hash"]))
            pending = data.get("pending")
            return AnchorState(head, ChainHead(int(pending["seq"]), str(pending["hash"]))
                               if pending else None)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            return AnchorState(ChainHead(-1, "unreadable"), None)

    def write(self, head: ChainHead, pending: ChainHead | None = None) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".part")
        data: dict[str, Any] = {"seq": head.seq, "hash": head.hash}
        if pending is not None:
            data["pending"] = {"seq": pending.seq, "hash": pending.hash}
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)


class AuditTrail:
    def __init__(self, db: Database, office_id: uuid.UUID,
                 clock: Callable[[], dt.datetime]) -> None:
        self.db = db
        self.office_id = office_id
        self.clock = clock
        self.anchor = Anchor.for_database(db)
        # A server database (PostgreSQL): several PCs append to one chain, each keeping
        # its own anchor of the newest head it wrote or saw.
        self.shared = db.file is None

    def append(self, session: Session, *, user_id: uuid.UUID | None, username: str,
               action: str, entity: str = "", entity_id: uuid.UUID | str | None = None,
               summary: str = "", before: Mapping[str, Any] | None = None,
               after: Mapping[str, Any] | None = None) -> AuditRecord:
        """Add a record in the caller's (write) transaction; the anchor follows on commit."""
        last = session.execute(
            select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
        ).first()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        row = AuditRecord(
            seq=seq, id=uuid.uuid4(), office_id=self.office_id,
            at=self.clock().replace(tzinfo=None), user_id=user_id, username=username,
            action=action, entity=entity, entity_id=str(entity_id) if entity_id else "",
            summary=summary, before=to_json(before), after=to_json(after), prev_hash=prev)
        row.hash = _hash_of(row)
        session.add(row)
        session.flush()
        if "audit_pending" not in session.info:
            prior = ChainHead(last[0], last[1]) if last else ChainHead(0, GENESIS)
            session.info.setdefault("before_commit", []).append(
                lambda: self._announce(session.info, prior))
            session.info.setdefault("after_commit", []).append(
                lambda: self._settle(session.info))
        session.info["audit_pending"] = ChainHead(row.seq, row.hash)
        return row

    def _announce(self, info: dict[str, Any], prior: ChainHead) -> None:
        """Before the commit: record the head it will make, so that a crash between the
        commit and the anchor update is told apart from a removal.

        The anchor moves only from the head it knows: when the database no longer
        matches it (records removed or a copy rolled back behind the program's back),
        it is left alone so that `verify` keeps reporting the finding. A failure to write
        it fails the commit: an unanchored change would look like tampering later.
        """
        state = self.anchor.read()
        consistent = (prior.seq == 0 and state is None) or (
            state is not None and prior in (state.head, state.pending))
        if self.shared and not consistent:
            # On a server other PCs write too: this PC's head follows the chain forward
            # (verify checks that it lies on the chain); never backward.
            consistent = state is None or prior.seq >= state.head.seq >= 0
        info["audit_anchor_moves"] = consistent
        if consistent:
            self.anchor.write(prior, info["audit_pending"])

    def _settle(self, info: dict[str, Any]) -> None:
        head = info.pop("audit_pending")
        if info.pop("audit_anchor_moves", False):
            # The change is committed; a failure here is reported by verify, never raised.
            with contextlib.suppress(OSError):
                self.anchor.write(head)

    def head(self) -> ChainHead | None:
        with self.db.read() as session:
            last = session.execute(select(AuditRecord.seq, AuditRecord.hash)
                                   .order_by(AuditRecord.seq.desc()).limit(1)).first()
            return ChainHead(last[0], last[1]) if last else None

    def reanchor(self) -> None:
        """After a restore made through the program: the anchor follows the restored head."""
        self.anchor.write(self.head() or ChainHead(0, GENESIS))

    def count(self) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(AuditRecord)) or 0)

    def verify(self) -> VerifyResult:
        """Walk the chain; name the first record that was edited, inserted or removed."""
        expected_prev, expected_seq, count = GENESIS, 1, 0
        state = self.anchor.read()
        # the anchor's head found among the records (for a server database)
        on_chain = state is not None and state.head == ChainHead(0, GENESIS)
        with self.db.read() as session:
            rows = session.scalars(select(AuditRecord).order_by(AuditRecord.seq))
            for row in rows:
                count += 1
                if state is not None and row.seq == state.head.seq:
                    on_chain = row.hash == state.head.hash
                if row.seq != expected_seq:
                    return self._bad(count, expected_seq, QT_TRANSLATE_NOOP(
                        "Audit", "Audit record {seq} is missing: the chain jumps from {prev} to"
                        " {next}."), prev=expected_seq - 1, next=row.seq)
                if row.prev_hash != expected_prev:
                    return self._bad(count, row.seq, QT_TRANSLATE_NOOP(
                        "Audit", "Audit record {seq} does not follow the record before it:"
                        " a record was removed, inserted or reordered."))
                if _hash_of(row) != row.hash:
                    return self._bad(count, row.seq, QT_TRANSLATE_NOOP(
                        "Audit", "Audit record {seq} was altered after it was written."))
                expected_prev, expected_seq = row.hash, row.seq + 1
        last = ChainHead(expected_seq - 1, expected_prev)
        if self.shared and (state is None or (on_chain and state.head.seq < last.seq)):
            # Other PCs added the newer records; nothing this PC saw is missing.
            return VerifyResult(True, count, None, None)
        if state is None:
            if count == 0:
                return VerifyResult(True, 0, None, None)
            return self._bad(count, None, QT_TRANSLATE_NOOP(
                "Audit", "The chain head kept outside the database ({file}) is missing, so the"
                " removal of the newest records cannot be ruled out."),
                file=str(self.anchor.path))
        if last in (state.head, state.pending) or (state.head.seq == 0 and count == 0):
            return VerifyResult(True, count, None, None)
        anchor, last_seq = state.head, last.seq
        if anchor.seq > last_seq:
            return self._bad(count, last_seq + 1, QT_TRANSLATE_NOOP(
                "Audit", "The newest audit records from {seq} to {head} were removed, or the"
                " database was rolled back to an older copy."), head=anchor.seq)
        if anchor.seq == last_seq:
            return self._bad(count, last_seq, QT_TRANSLATE_NOOP(
                "Audit", "The newest audit record {seq} does not match the chain head kept"
                " outside the database."))
        return self._bad(count, anchor.seq + 1, QT_TRANSLATE_NOOP(
            "Audit", "Audit records from {seq} on are not covered by the chain head kept"
            " outside the database: they were added behind the program's back."))

    @staticmethod
    def _bad(count: int, seq: int | None, text: str, **params: Any) -> VerifyResult:
        return VerifyResult(False, count, seq, Message(_CTX, text, {"seq": seq, **params}))
