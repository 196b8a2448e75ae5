"""What every service shares: the database, the office, who acts, and the audit trail."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, ConflictError, Message, NotFoundError
from zeren_desktop.services.audit import AuditTrail
from zeren_desktop.services.session import (
    Actor,
    NotSignedInError,
    PermissionDeniedError,
    ReadOnlyDatabaseError,
    SessionState,
)
from zeren_desktop.storage.database import Database
from zeren_desktop.storage.references import Reference

_CTX = "Services"

# Display names of tables, for "still referenced by ..." messages.
TABLE_LABELS: dict[str, str] = {
    "units": QT_TRANSLATE_NOOP("Tables", "units"),
    "cadres": QT_TRANSLATE_NOOP("Tables", "cadres"),
    "posts": QT_TRANSLATE_NOOP("Tables", "posts"),
    "leadership_teams": QT_TRANSLATE_NOOP("Tables", "leadership teams"),
    "team_memberships": QT_TRANSLATE_NOOP("Tables", "team memberships"),
    "users": QT_TRANSLATE_NOOP("Tables", "user accounts"),
    "list_templates": QT_TRANSLATE_NOOP("Tables", "list templates"),
    "list_template_items": QT_TRANSLATE_NOOP("Tables", "list template items"),
    "responsibility_lists": QT_TRANSLATE_NOOP("Tables", "responsibility lists"),
    "responsibility_items": QT_TRANSLATE_NOOP("Tables", "responsibility list items"),
    "item_status_updates": QT_TRANSLATE_NOOP("Tables", "item status updates"),
    "ledger_entries": QT_TRANSLATE_NOOP("Tables", "ledger entries"),
    "ledger_entry_items": QT_TRANSLATE_NOOP("Tables", "ledger entries serving list items"),
    "attachments": QT_TRANSLATE_NOOP("Tables", "attachments"),
    "inspections": QT_TRANSLATE_NOOP("Tables", "inspections"),
    "determinations": QT_TRANSLATE_NOOP("Tables", "saved determinations"),
    "clues": QT_TRANSLATE_NOOP("Tables", "clues"),
    "clue_cadres": QT_TRANSLATE_NOOP("Tables", "cadres named in clues"),
    "accountability_cases": QT_TRANSLATE_NOOP("Tables", "accountability cases"),
    "case_problems": QT_TRANSLATE_NOOP("Tables", "problems of cases"),
    "case_subjects": QT_TRANSLATE_NOOP("Tables", "persons and teams held accountable"),
    "case_stage_events": QT_TRANSLATE_NOOP("Tables", "case stages"),
    "appeals": QT_TRANSLATE_NOOP("Tables", "appeals"),
    "influence_periods": QT_TRANSLATE_NOOP("Tables", "influence periods"),
    "talks": QT_TRANSLATE_NOOP("Tables", "talk records"),
    "documents": QT_TRANSLATE_NOOP("Tables", "documents"),
    "document_templates": QT_TRANSLATE_NOOP("Tables", "document templates"),
}

UNIT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The unit was not found; it may have been deleted meanwhile.")
CADRE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The cadre was not found; it may have been deleted meanwhile.")
PERMISSION_DENIED = QT_TRANSLATE_NOOP(
    "Services", "Your role does not allow this ({operation}).")
OUT_OF_SCOPE = QT_TRANSLATE_NOOP(
    "Services", "This record belongs to another township; your account cannot open it.")


@dataclass
class ServiceBase:
    db: Database
    office_id: uuid.UUID
    state: SessionState
    audit: AuditTrail

    def _today(self) -> dt.date:
        """Today in this computer's time zone, by the session's clock (UTC; tests set it)."""
        return self.state.clock().replace(tzinfo=dt.UTC).astimezone().date()

    def _require(self, permission: Permission, operation: str) -> Actor:
        """The signed-in actor, if their role allows `permission`; else refuse and audit."""
        actor = self.state.actor
        if actor is None:
            raise NotSignedInError()
        if not actor.can(permission):
            self._audit_refusal(actor, operation, f"permission:{permission.value}")
            raise PermissionDeniedError(Message(_CTX, PERMISSION_DENIED,
                                                {"operation": operation}))
        if self.state.read_only and permission in WRITE_PERMISSIONS:
            raise ReadOnlyDatabaseError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Services", "The database is open read-only (read-only media or another copy of the"
                " program is using it); nothing can be changed.")))
        return actor

    def _require_scope(self, actor: Actor, unit_ids: set[uuid.UUID | None], operation: str,
                       entity: str, entity_id: uuid.UUID) -> None:
        """A township user may touch only records of its own township."""
        if actor.scope_units is None:
            return
        if not any(actor.sees_unit(u) for u in unit_ids):
            self._refuse_out_of_scope(actor, operation, entity, entity_id)

    def _refuse_out_of_scope(self, actor: Actor, operation: str, entity: str,
                             entity_id: uuid.UUID | None) -> NoReturn:
        self._audit_refusal(actor, operation, "scope", entity, entity_id)
        raise PermissionDeniedError(Message(_CTX, OUT_OF_SCOPE))

    def _audit_refusal(self, actor: Actor, operation: str, reason: str, entity: str = "",
                       entity_id: uuid.UUID | None = None) -> None:
        # Its own transaction: the refused operation's transaction never commits.
        if self.state.read_only:
            return
        with self.db.write() as session:
            self.audit.append(session, user_id=actor.user_id, username=actor.username,
                              action="refused", entity=entity, entity_id=entity_id,
                              summary=f"{operation} ({reason})")

    def _audit(self, session: Session, actor: Actor, action: str, entity: str,
               entity_id: uuid.UUID | str | None, *, summary: str = "",
               before: dict[str, Any] | None = None,
               after: dict[str, Any] | None = None) -> None:
        self.audit.append(session, user_id=actor.user_id, username=actor.username,
                          action=action, entity=entity, entity_id=entity_id, summary=summary,
                          before=before, after=after)


# Permissions that only ever write. Account and settings management also read (the list of
# accounts): their writes are refused by the read-only database itself, with its message.
WRITE_PERMISSIONS = frozenset({
    Permission.EDIT_MASTER_DATA, Permission.EDIT_DRAFTS, Permission.REVIEW, Permission.SIGN,
    Permission.RESTORE})


def not_found(text: str, record_id: uuid.UUID) -> NotFoundError:
    """`text` is a message of context "Services" naming what was not found."""
    return NotFoundError(Message(_CTX, text, {"id": str(record_id)}))


def still_referenced(references: list[Reference]) -> ConflictError:
    detail = [Message(_CTX, QT_TRANSLATE_NOOP("Services", "{table}: {n}"),
                      {"table": Message("Tables", TABLE_LABELS.get(r.table, r.table)),
                       "n": r.count})
              for r in references]
    return ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
        "Services", "It cannot be deleted while other records refer to it ({detail})."),
        {"detail": detail}))


def refuse_if_documents(session: Session, column: str, record_id: uuid.UUID) -> None:
    """A case, talk or list stays while documents made from it do (a signed document's
    link is never rewritten)."""
    from zeren_desktop.storage.models import Document

    count = session.scalar(select(func.count()).select_from(Document).where(
        getattr(Document, column) == record_id))
    if count:
        raise still_referenced([Reference("documents", int(count))])
