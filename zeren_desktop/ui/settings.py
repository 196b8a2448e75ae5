"""User interface preferences, kept in settings.json in the configuration folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from zeren_desktop.paths import config_dir

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
SETTINGS_FILE = "settings.json"


@dataclass
class UiSettings:
    language: str = DEFAULT_LANGUAGE


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> UiSettings:
    """The saved settings; a missing or damaged file gives the defaults."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UiSettings()
    if not isinstance(data, dict):
        return UiSettings()
    language = data.get("language")
    return UiSettings(language=language if language in LANGUAGES else DEFAULT_LANGUAGE)


def save_settings(settings: UiSettings, path: Path | None = None) -> None:
    """Write atomically, keeping keys this version does not know."""
    path = path or settings_path()
    try:
        existing = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        existing = {}
    if not isinstance(existing, dict):
        existing = {}
    existing.update(asdict(settings))
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(existing, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
