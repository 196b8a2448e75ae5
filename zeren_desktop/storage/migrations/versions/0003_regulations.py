"""regulation overrides and determinations

Revision ID: 0003_regulations
Revises: 0002_accounts_audit
Create Date: 2026-11-26 14:42:11.570982
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_regulations"
down_revision: str | None = "0002_accounts_audit"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:

    op.create_table(
        "regulation_overrides",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("regulation_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_regulation_overrides")),
        sa.UniqueConstraint(
            "regulation_id", "version", name=op.f("uq_regulation_overrides_regulation_id")
        ),
    )
    with op.batch_alter_table("regulation_overrides", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_regulation_overrides_regulation_id"), ["regulation_id"], unique=False
        )

    op.create_table(
        "determinations",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("regulation_id", sa.String(length=100), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("case_input", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("override_versions", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=50), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["office_id"], ["offices.id"], name=op.f("fk_determinations_office_id_offices")
        ),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_determinations_unit_id_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_determinations")),
    )
    with op.batch_alter_table("determinations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_determinations_office_id"), ["office_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_determinations_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("determinations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_determinations_unit_id"))
        batch_op.drop_index(batch_op.f("ix_determinations_office_id"))

    op.drop_table("determinations")
    with op.batch_alter_table("regulation_overrides", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_regulation_overrides_regulation_id"))

    op.drop_table("regulation_overrides")
