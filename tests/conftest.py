"""Shared fixtures: offscreen Qt, a private ZEREN_HOME, and a migrated template database."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before anything imports Qt: no display on CI, and Qt aborts without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No test may touch the real user's data or settings folders.
os.environ["ZEREN_HOME"] = tempfile.mkdtemp(prefix="zeren-test-home-")
os.environ.pop("ZEREN_DB", None)

import pytest

from zeren_desktop.services.app import Services
from zeren_desktop.storage.backup import backup_sqlite


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated once per session; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    Services.open(path).close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "zeren.sqlite"
    backup_sqlite(template_db, path)
    return path


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = Services.open(db_path)
    try:
        yield opened
    finally:
        opened.close()
