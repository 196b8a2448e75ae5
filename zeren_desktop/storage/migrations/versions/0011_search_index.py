"""Search index: character bigrams of ledger entries, clues and cases

FTS5 on SQLite, a tsvector with GIN indexes on PostgreSQL.

Replaces ledger_grams (one B-tree row per bigram and entry: ~50 rows an entry, gigabytes
at a county's million entries) by storage/search_index.py's index over all three kinds,
filled here from the records' own columns.

Revision ID: 0011_search_index
Revises: 0010_exchange
Create Date: 2026-11-27 12:00:00.000000
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import sqlalchemy as sa
from alembic import op

from zeren_desktop.domain.ledger import normalise_for_search
from zeren_desktop.storage import search_index

revision: str = "0011_search_index"
down_revision: str | None = "0010_exchange"
branch_labels: str | None = None
depends_on: str | None = None

KINDS = ("ledger", "clue", "case")
BATCH = 5000
_ID = sa.column("id", sa.Uuid())
# The searchable columns as they are at this revision.
_SOURCES = {
    "ledger": ("ledger_entries", ("search_text",)),
    "clue": ("clues", ("number", "subject_names", "subject_id_numbers", "unit_text",
                       "summary", "remarks")),
    "case": ("accountability_cases", ("number", "title", "summary")),
}


def _create(connection: sa.Connection) -> None:
    if connection.dialect.name == "sqlite":
        op.execute(
            "CREATE TABLE search_docs (doc INTEGER PRIMARY KEY, kind VARCHAR(8) NOT NULL,"
            " record_id CHAR(32) NOT NULL, text TEXT NOT NULL,"
            " CONSTRAINT uq_search_docs_kind_record UNIQUE (kind, record_id))")
        # columnsize (the default) keeps a row per document: without it a contentless
        # table cannot be scanned, and `.dump` (sqlite3, iterdump) fails on it.
        for kind in KINDS:
            op.execute(
                f"CREATE VIRTUAL TABLE search_fts_{kind} USING fts5(tokens, content='',"
                " tokenize='ascii', detail=none)")
    else:
        op.execute(
            "CREATE TABLE search_docs (kind VARCHAR(8) NOT NULL, record_id UUID NOT NULL,"
            " text TEXT NOT NULL, tsv TSVECTOR NOT NULL,"
            " CONSTRAINT uq_search_docs_kind_record PRIMARY KEY (kind, record_id))")
        for kind in KINDS:
            op.execute(
                f"CREATE INDEX ix_search_docs_tsv_{kind} ON search_docs USING gin (tsv)"
                f" WHERE kind = '{kind}'")


def _texts(connection: sa.Connection, kind: str) -> Iterator[list[tuple[uuid.UUID, str]]]:
    name, fields = _SOURCES[kind]
    table = sa.table(name, sa.column("id", sa.Uuid()), *(sa.column(f) for f in fields))
    subjects = sa.table("case_subjects", sa.column("case_id", sa.Uuid()),
                        sa.column("name"), sa.column("position"))
    after: uuid.UUID | None = None
    while True:
        query = sa.select(table.c.id, *(table.c[f] for f in fields)).order_by(table.c.id)
        if after is not None:
            query = query.where(table.c.id > after)
        rows = connection.execute(query.limit(BATCH)).all()
        if not rows:
            return
        after = rows[-1][0]
        if kind == "ledger":
            yield [(row[0], row[1] or "") for row in rows]
            continue
        names: dict[uuid.UUID, list[str]] = {}
        if kind == "case":
            ids = [row[0] for row in rows]
            for i in range(0, len(ids), 500):
                for case_id, subject in connection.execute(
                        sa.select(subjects.c.case_id, subjects.c.name)
                        .where(subjects.c.case_id.in_(ids[i:i + 500]))
                        .order_by(subjects.c.case_id, subjects.c.position)):
                    names.setdefault(case_id, []).append(subject or "")
        yield [(row[0], "\x1f".join(normalise_for_search(v or "") for v in
                                    [*row[1:], *names.get(row[0], ())])) for row in rows]


def upgrade() -> None:
    connection = op.get_bind()
    _create(connection)
    for kind in KINDS:
        for rows in _texts(connection, kind):
            search_index.index_records(connection, kind, rows, fresh=True)  # type: ignore[arg-type]
    op.drop_table("ledger_grams")


def _grams(search_text: str) -> set[str]:
    grams: set[str] = set()
    for part in search_text.split("\x1f"):
        if len(part) >= 2:
            grams |= {part[i:i + 2] for i in range(len(part) - 1)}
    return grams


def downgrade() -> None:
    connection = op.get_bind()
    grams_table = op.create_table(
        "ledger_grams",
        sa.Column("gram", sa.String(length=2), nullable=False),
        sa.Column("entry_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("gram", "entry_id", name=op.f("pk_ledger_grams")),
        sqlite_with_rowid=False,
    )
    assert grams_table is not None
    for rows in _texts(connection, "ledger"):
        batch = [{"gram": g, "entry_id": entry_id}
                 for entry_id, text in rows for g in sorted(_grams(text))]
        if batch:
            connection.execute(sa.insert(grams_table), batch)
    if connection.dialect.name == "sqlite":
        for kind in KINDS:
            op.execute(f"DROP TABLE search_fts_{kind}")
    op.drop_table("search_docs")
