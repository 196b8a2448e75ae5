"""The environment errors of the database, and the key of a typed passphrase, for the
layers above services (ui, cli).

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
from zeren_desktop.storage.keys import DatabaseKey, from_passphrase

__all__ = [
    "MESSAGES",
    "CorruptDatabaseError",
    "DatabaseDamagedError",
    "DatabaseEnvironmentError",
    "DatabaseInUseError",
    "DatabaseKey",
    "from_passphrase",
]
