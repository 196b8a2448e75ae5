"""The shipped regulations and the assessment, for the CLI and the UI.

No database here (yet): the administrator's overrides, stored in the database, are passed
in as a mapping {regulation id: override} and merged over the read-only shipped files.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from zeren_desktop import paths
from zeren_desktop.domain.assess_io import determination_to_dict, parse_case
from zeren_desktop.domain.engine import assess as run_engine
from zeren_desktop.domain.regulations import RegulationSet, load_regulations
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ValidationError,
    ZerenError,
    untranslated,
)

_CTX = "Assess"

Overrides = Mapping[str, Mapping[str, Any]]


def default_regulations_dir() -> Path:
    return paths.resources_dir() / "regulations"


def load_shipped(overrides: Overrides | None = None,
                 directory: Path | None = None) -> RegulationSet:
    return load_regulations(directory or default_regulations_dir(), overrides)


@dataclass(frozen=True)
class RegulationSummary:
    id: str
    title: str
    doc_number: str
    issuer: str
    in_force: str
    repealed: str | None
    text_verified: bool


def list_regulations(overrides: Overrides | None = None,
                     directory: Path | None = None) -> list[RegulationSummary]:
    """The regulations, oldest first."""
    return [
        RegulationSummary(r.id, r.title, r.doc_number, r.issuer, r.in_force.isoformat(),
                          r.repealed.isoformat() if r.repealed else None, r.text_verified)
        for r in load_shipped(overrides, directory)
    ]


def assess(case: Mapping[str, Any], *, regulations: RegulationSet | None = None,
           overrides: Overrides | None = None,
           translate: Translate = untranslated) -> dict[str, Any]:
    """Assess a decoded case JSON; the determination as a JSON-ready dict.

    Raises ValidationError (with the field) on invalid input.
    """
    regs = regulations or load_shipped(overrides)
    return determination_to_dict(run_engine(parse_case(case, regs), regs), translate)


def assess_command(path: str, stdout: TextIO, stderr: TextIO, *,
                   translate: Translate = untranslated,
                   regulations: RegulationSet | None = None) -> int:
    """`zeren assess CASE.json`: 0 and the JSON on stdout; 2 for invalid input; 1 when
    the file (or the regulations) cannot be read."""
    try:
        text = Path(path).read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(Message(_CTX, QT_TRANSLATE_NOOP(_CTX, "Cannot read {path}: {error}"),
                      {"path": path, "error": detail}).render(translate), file=stderr)
        return 1
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        print(Message(_CTX, QT_TRANSLATE_NOOP(
            _CTX, "{path} is not valid JSON (line {line}, column {column}): {error}"),
            {"path": path, "line": exc.lineno, "column": exc.colno, "error": exc.msg}
        ).render(translate), file=stderr)
        return 2
    try:
        regs = regulations or load_shipped()
    except ZerenError as exc:
        print(exc.message.render(translate), file=stderr)
        return 1
    try:
        result = assess(data, regulations=regs, translate=translate)
    except ValidationError as exc:
        print(exc.message.render(translate), file=stderr)
        return 2
    json.dump(result, stdout, ensure_ascii=False, indent=2)
    stdout.write("\n")
    return 0
