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
    _write_json(settings_path(), data)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Write atomically: a crash leaves the old file or the new one, never half of one."""
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
    os.replace(temporary, path)


# -- what each user picked lately (the person and unit pickers list it first)

RECENT_FILE = "recent.json"


def _recent_data() -> dict[str, Any]:
    try:
        data = json.loads((paths.config_dir() / RECENT_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def recent_picks(user: str, kind: str) -> list[str]:
    """The ids `user` (an account's id) picked lately in pickers of `kind` ("cadres",
    "units"), most recent first; [] when none are kept or the file is damaged."""
    picks = _recent_data().get(user, {})
    values = picks.get(kind, []) if isinstance(picks, dict) else []
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def save_recent_picks(user: str, kind: str, ids: list[str]) -> None:
    """Keep `ids` as what `user` picked lately in pickers of `kind` (on this computer:
    a convenience, like a list of recent files, so not in the database)."""
    data = _recent_data()
    picks = data.get(user)
    if not isinstance(picks, dict):
        picks = data[user] = {}
    picks[kind] = ids
    _write_json(paths.config_dir() / RECENT_FILE, data)


def database_location() -> str | None:
    """The database chosen on this computer (first run, or after moving it), if any."""
    value = load().get("database")
    return value if isinstance(value, str) and value.strip() else None


def language() -> str | None:
    value = load().get("language")
    return value if isinstance(value, str) and value else None
