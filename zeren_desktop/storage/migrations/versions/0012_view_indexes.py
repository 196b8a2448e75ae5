"""Indexes for the paged, SQL-sorted record views

Revision ID: 0012_view_indexes
Revises: 0011_search_index
Create Date: 2026-11-27 12:00:00.000000
"""

from __future__ import annotations

revision: str = "0012_view_indexes"
down_revision: str | None = "0011_search_index"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
