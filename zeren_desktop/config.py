"""This computer's preferences in settings.json (language, where the database lives).

Shared by the GUI and the `zeren` command; no Qt. Kept outside the database, because it
says where the database is and must be read before opening it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from zeren_desktop import paths

SETTINGS_FILE = "settings.json"


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def load() -> dict[str, Any]:
    """The saved preferences; a missing or damaged file gives {}."""
    try:
        data = json.loads(settings_path().read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def update(**values: Any) -> None:
    """Change some keys, keeping the rest (and keys a newer version wrote); atomic."""
    data = load()
    for key, value in values.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    path = settings_path()
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(temporary, path)


def database_location() -> str | None:
    """The database chosen on this computer (first run, or after moving it), if any."""
    value = load().get("database")
    return value if isinstance(value, str) and value.strip() else None


def language() -> str | None:
    value = load().get("language")
    return value if isinstance(value, str) and value else None
