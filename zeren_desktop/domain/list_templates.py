"""The default responsibility-list templates (责任清单模板) shipped as data.

Each template is one TOML file (resources/list_templates/<key>.toml) checked against the
schema.json beside it every time it is loaded, then against what the schema cannot
express (the key is the file's name; every item passes the same checks as an item typed
in by an administrator).

This module takes the folder as a parameter: the domain layer does not know where the
program keeps its resources (callers pass `paths.resources_dir() / "list_templates"`).
The errors are plain ValueErrors in English: a broken shipped file is a packaging fault,
not something a user fixes.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema

from zeren_desktop.domain.enums import ListRole
from zeren_desktop.domain.ledger import TemplateInput, TemplateItemInput
from zeren_desktop.domain.text import ValidationError

SCHEMA_FILE = "schema.json"

# The order the templates are listed (and offered) in.
ROLE_ORDER: tuple[ListRole, ...] = (ListRole.TEAM, ListRole.FIRST_RESPONSIBLE,
                                    ListRole.MEMBER, ListRole.SUPERVISORY)


@dataclass(frozen=True)
class DefaultTemplate:
    """One shipped template: `key` is the file's stem (stored as the template's source key)."""

    key: str
    role: ListRole
    name: str
    source: str
    items: tuple[TemplateItemInput, ...]


def load_default_templates(folder: Path) -> list[DefaultTemplate]:
    """Every *.toml template in `folder`, validated, in role order (then by key).

    Raises ValueError naming the file and the problem when the schema or a file is bad.
    """
    folder = Path(folder)
    schema = _load_schema(folder / SCHEMA_FILE)
    validator = jsonschema.Draft202012Validator(schema)
    templates = [_load_one(path, validator) for path in sorted(folder.glob("*.toml"))]
    return sorted(templates, key=lambda t: (ROLE_ORDER.index(t.role), t.key))


def to_template_input(t: DefaultTemplate) -> TemplateInput:
    """The input the template service takes to create this template."""
    return TemplateInput(name=t.name, role=t.role, items=t.items)


def _load_schema(path: Path) -> dict[str, Any]:
    try:
        schema: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"List template schema {path.name}: cannot be read ({exc})") from exc
    return schema


def _load_one(path: Path, validator: jsonschema.Draft202012Validator) -> DefaultTemplate:
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as exc:
        raise _problem(path, "", f"cannot be read ({exc.strerror or exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise _problem(path, "", f"not valid TOML ({exc})") from exc

    errors = sorted(validator.iter_errors(data),
                    key=lambda e: (len(e.absolute_path), [str(p) for p in e.absolute_path]))
    if errors:
        error = jsonschema.exceptions.best_match(errors) or errors[0]
        raise _problem(path, _json_path(error.absolute_path), error.message)
    return _build(path, data)


def _build(path: Path, data: Mapping[str, Any]) -> DefaultTemplate:
    key = str(data["key"])
    if key != path.stem:
        raise _problem(path, "key", f"{key!r} must equal the file name {path.stem!r}")
    template = DefaultTemplate(
        key=key, role=ListRole(data["role"]), name=str(data["name"]),
        source=str(data["source"]),
        items=tuple(TemplateItemInput(area=str(item["area"]), text=str(item["text"]))
                    for item in data["items"]))
    # The same checks as a template entered by hand, so that it can be stored as it is.
    try:
        checked = to_template_input(template).validated()
    except ValidationError as exc:
        raise _problem(path, exc.field, str(exc)) from exc
    return DefaultTemplate(key=template.key, role=checked.role, name=checked.name,
                           source=template.source.strip(), items=checked.items)


def _problem(path: Path, location: str, detail: str) -> ValueError:
    return ValueError(f"List template file {path.name}, at {location or '/'}: {detail}")


def _json_path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
