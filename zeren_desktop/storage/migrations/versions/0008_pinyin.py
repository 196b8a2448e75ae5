"""Pinyin initials of cadres' and units' names, for searching by `wm` for 魏明

Revision ID: 0008_pinyin
Revises: 0007_assessment
Create Date: 2026-11-27 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from zeren_desktop.domain.pinyin import initials

revision: str = "0008_pinyin"
down_revision: str | None = "0007_assessment"
branch_labels: str | None = None
depends_on: str | None = None

BATCH = 500
# table: whether the first character of a name is read as a surname
TABLES = {"cadres": True, "units": False}


def _fill(table_name: str, surname: bool) -> None:
    """Compute the column for the rows already there, BATCH rows per statement."""
    table = sa.table(table_name, sa.column("id", sa.Uuid()), sa.column("name", sa.String()),
                     sa.column("pinyin", sa.String()))
    connection = op.get_bind()
    rows = connection.execute(sa.select(table.c.id, table.c.name)).all()
    update = (sa.update(table).where(table.c.id == sa.bindparam("row_id"))
              .values(pinyin=sa.bindparam("value")))
    for start in range(0, len(rows), BATCH):
        connection.execute(update, [
            {"row_id": row_id, "value": initials(name or "", surname=surname)}
            for row_id, name in rows[start:start + BATCH]])


def upgrade() -> None:
    for table_name, surname in TABLES.items():
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("pinyin", sa.String(length=400), nullable=False, server_default=""))
            batch_op.create_index(batch_op.f(f"ix_{table_name}_pinyin"), ["pinyin"],
                                  unique=False)
        _fill(table_name, surname)


def downgrade() -> None:
    for table_name in TABLES:
        with op.batch_alter_table(table_name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table_name}_pinyin"))
            batch_op.drop_column("pinyin")
