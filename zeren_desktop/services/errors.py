"""The environment errors of the database, for the layers above services (ui, cli).

They are defined in storage (where they are detected); the UI may not import storage
(tests/test_layers.py), so the services hand them on from here.
"""

from __future__ import annotations

from zeren_desktop.storage.errors import (
    MESSAGES,
    CorruptDatabaseError,
    DatabaseDamagedError,
    DatabaseEnvironmentError,
    DatabaseInUseError,
)

__all__ = [
    "MESSAGES",
    "CorruptDatabaseError",
    "DatabaseDamagedError",
    "DatabaseEnvironmentError",
    "DatabaseInUseError",
]
