"""User interface preferences, kept through `zeren_desktop.config` in settings.json.

The GUI and the `zeren` command read the same file; this module only adds the
interface's view of it (the known languages and their default).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from zeren_desktop import config

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_FILE = config.SETTINGS_FILE


@dataclass
class UiSettings:
    language: str = DEFAULT_LANGUAGE


def settings_path() -> Path:
    return config.settings_path()


def load_settings() -> UiSettings:
    """The saved settings; a missing or damaged file gives the defaults."""
    language = config.language()
    return UiSettings(language=language if language in LANGUAGES else DEFAULT_LANGUAGE)


def save_settings(settings: UiSettings) -> None:
    """Write atomically, keeping every other key (the database location among them)."""
    config.update(language=settings.language)
