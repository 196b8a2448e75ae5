"""Alembic environment: always called in-process with a connection in attributes."""

from __future__ import annotations

from alembic import context

from zeren_desktop.storage.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the program never runs alembic without one
    raise RuntimeError("run migrations through zeren_desktop.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    if connection.dialect.name == "sqlite":
        # Batch migrations rebuild tables; deferring foreign-key checks to commit lets a
        # referenced table be rebuilt inside the one upgrade transaction.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    context.run_migrations()
