"""What every service shares: the database and the local office."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, ConflictError, Message, NotFoundError
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
}


@dataclass
class ServiceBase:
    db: Database
    office_id: uuid.UUID


def not_found(text: str, record_id: uuid.UUID) -> NotFoundError:
    """`text` is a message of context "Services" naming what was not found."""
    return NotFoundError(Message(_CTX, text, {"id": str(record_id)}))


def still_referenced(references: list[Reference]) -> ConflictError:
    detail = [Message(_CTX, QT_TRANSLATE_NOOP("Services", "{table}: {n}"),
                      {"table": Message("Tables", TABLE_LABELS.get(r.table, r.table)),
                       "n": r.count})
              for r in references]
    return ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
        _CTX, "It cannot be deleted while other records refer to it ({detail})."),
        {"detail": detail}))
