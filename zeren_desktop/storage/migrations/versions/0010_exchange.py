"""Exchange packages: trusted offices' keys, imported packages, conflicts; document numbers
unique per issuing office

Revision ID: 0010_exchange
Revises: 0009_meetings
Create Date: 2026-11-27 10:05:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0010_exchange"
down_revision: str | None = "0009_meetings"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "trusted_offices",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=True),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_offices")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_trusted_offices_fingerprint")),
    )
    with op.batch_alter_table("trusted_offices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trusted_offices_office_id"), ["office_id"],
                              unique=False)

    op.create_table(
        "imported_packages",
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.Column("source_office_id", sa.Uuid(), nullable=False),
        sa.Column("source_name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=50), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("package_id", name=op.f("pk_imported_packages")),
    )
    with op.batch_alter_table("imported_packages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_imported_packages_source_office_id"),
                              ["source_office_id"], unique=False)

    op.create_table(
        "imported_versions",
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_imported_versions")),
    )

    op.create_table(
        "exchange_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("package_id", sa.String(length=64), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("local_values", sa.Text(), nullable=False),
        sa.Column("incoming_values", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_conflicts_package_id"), ["package_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_conflicts_record_id"), ["record_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_exchange_conflicts_status"), ["status"],
                              unique=False)

    # Document numbers are unique per issuing office (imported townships keep theirs).
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint("uq_documents_issuer_prefix", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_documents_office_id"),
            ["office_id", "issuer_prefix", "kind", "year", "sequence"])


def downgrade() -> None:
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_constraint("uq_documents_office_id", type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_documents_issuer_prefix"), ["issuer_prefix", "kind", "year", "sequence"])
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_conflicts_status"))
        batch_op.drop_index(batch_op.f("ix_exchange_conflicts_record_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_conflicts_package_id"))
    op.drop_table("exchange_conflicts")
    op.drop_table("imported_versions")
    with op.batch_alter_table("imported_packages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imported_packages_source_office_id"))
    op.drop_table("imported_packages")
    with op.batch_alter_table("trusted_offices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trusted_offices_office_id"))
    op.drop_table("trusted_offices")
