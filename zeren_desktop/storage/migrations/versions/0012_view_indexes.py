"""Indexes for the paged, SQL-sorted record views

Each sort of a record view walks one index in its order: the key's columns, the id last
(the tie-breaker, so a page counted from the end is the same rows reversed), and the unit
last of all so that a unit filter is checked in the index without reading the rows. The
indexes they replace are their prefixes; the narrow one on the ledger's date stays, for
counting the entries of a period (a count walks the smallest index that has the date).

Revision ID: 0012_view_indexes
Revises: 0011_search_index
Create Date: 2026-11-27 12:00:00.000000
"""

from __future__ import annotations

from alembic import op

revision: str = "0012_view_indexes"
down_revision: str | None = "0011_search_index"
branch_labels: str | None = None
depends_on: str | None = None

# (table, old index and its columns, new index and its columns)
CHANGES: tuple[tuple[str, str | None, list[str], str, list[str]], ...] = (
    ("ledger_entries", None, [],
     "ix_ledger_entries_date_order", ["entry_date", "created_at", "id", "unit_id"]),
    ("ledger_entries", "ix_ledger_entries_cadre_date", ["cadre_id", "entry_date"],
     "ix_ledger_entries_cadre_order", ["cadre_id", "entry_date", "id", "unit_id"]),
    ("ledger_entries", "ix_ledger_entries_category", ["category"],
     "ix_ledger_entries_category_order", ["category", "entry_date", "id", "unit_id"]),
    ("clues", "ix_clues_received_on", ["received_on"],
     "ix_clues_date_order", ["received_on", "number", "id", "unit_id"]),
    ("clues", None, [],
     "ix_clues_number_order", ["number", "id", "unit_id"]),
    ("accountability_cases", None, [],
     "ix_accountability_cases_created_order", ["created_at", "number", "id"]),
    ("accountability_cases", None, [],
     "ix_accountability_cases_number_order", ["number", "id"]),
    ("accountability_cases", "ix_accountability_cases_stage_due", ["stage_due"],
     "ix_accountability_cases_due_order", ["stage_due", "number", "id"]),
)


def upgrade() -> None:
    for table, old, _old_columns, new, columns in CHANGES:
        if old is not None:
            op.drop_index(old, table_name=table)
        op.create_index(new, table, columns, unique=False)
    _fill_stage_due()


def downgrade() -> None:
    for table, old, old_columns, new, _columns in reversed(CHANGES):
        op.drop_index(new, table_name=table)
        if old is not None:
            op.create_index(old, table, old_columns, unique=False)


def _fill_stage_due() -> None:
    """Cases written in bulk (the demo) left `stage_due` empty and the list computed it
    from the stage events each time; now the views filter and sort on the column, so
    fill it once with the same rule."""
    from zeren_desktop.storage.case_due import fill_stage_due

    fill_stage_due(op.get_bind())
