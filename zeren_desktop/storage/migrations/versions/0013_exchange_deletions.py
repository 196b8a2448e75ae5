"""Exchange: deletions travel in packages; evidence files in the database on a server

Revision ID: 0013_exchange_deletions
Revises: 0012_view_indexes
Create Date: 2026-11-27 12:00:00.000000
"""

from __future__ import annotations

revision: str = "0013_exchange_deletions"
down_revision: str | None = "0012_view_indexes"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
