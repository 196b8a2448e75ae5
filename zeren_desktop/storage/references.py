"""Who refers to a record: found from the foreign keys, so new tables are covered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from zeren_desktop.storage.models import Base


@dataclass(frozen=True)
class Reference:
    table: str
    count: int


def references_to(session: Session, table: str, record_id: uuid.UUID,
                  *, owned: frozenset[str] = frozenset()) -> list[Reference]:
    """Rows in other tables whose foreign keys point at `record_id` in `table`.

    `owned` names tables whose rows belong to the record and go with it.
    """
    found: list[Reference] = []
    for other in Base.metadata.sorted_tables:
        if other.name in owned:
            continue
        for fk in other.foreign_keys:
            if fk.column.table.name != table:
                continue
            count = session.scalar(
                select(func.count()).select_from(other).where(fk.parent == record_id))
            if count:
                found.append(Reference(other.name, int(count)))
    return found
