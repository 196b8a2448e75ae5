"""Where the program finds its shipped files and keeps the user's data.

No Qt here: the CLI, services and tests use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "ZerenDesktop"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    """A top-level data folder (resources/, i18n/) in every way the program can run.

    A wheel puts it inside the package, a source checkout keeps it beside the package,
    and a PyInstaller build unpacks it under sys._MEIPASS.
    """
    candidates = [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "zeren_desktop" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"shipped folder {name!r} not found in {candidates}")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def i18n_dir() -> Path:
    return _shipped_dir("i18n")


def migrations_dir() -> Path:
    return _PACKAGE_DIR / "storage" / "migrations"


def _home_override() -> Path | None:
    # ZEREN_HOME keeps data and settings in one folder: portable installs and tests.
    value = os.environ.get("ZEREN_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home_override()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    home = _home_override()
    path = (
        home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "zeren.sqlite"


def backup_dir_for(database_file: Path) -> Path:
    """Backups sit in a folder beside the database they copy."""
    return database_file.parent / "backups"
