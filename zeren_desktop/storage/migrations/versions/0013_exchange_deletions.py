"""Exchange: deletions travel in packages; evidence files in the database on a server

Revision ID: 0013_exchange_deletions
Revises: 0012_view_indexes
Create Date: 2026-11-27 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0013_exchange_deletions"
down_revision: str | None = "0012_view_indexes"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # Tombstones of deleted records (deletions made before this version left none).
    op.create_table(
        "deletions",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.DateTime(), nullable=False),
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_deletions")),
    )
    with op.batch_alter_table("deletions", schema=None) as batch_op:
        batch_op.create_index("ix_deletions_office_deleted", ["office_id", "deleted_at"],
                              unique=False)
    # Evidence files' bytes on a database server.
    op.create_table(
        "attachment_blobs",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blobs")),
    )


def downgrade() -> None:
    op.drop_table("attachment_blobs")
    with op.batch_alter_table("deletions", schema=None) as batch_op:
        batch_op.drop_index("ix_deletions_office_deleted")
    op.drop_table("deletions")
