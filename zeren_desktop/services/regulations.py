"""The shipped regulations and the assessment, for the CLI and the UI.

No database here (yet): the administrator's overrides, stored in the database, are passed
in as a mapping {regulation id: override} and merged over the read-only shipped files.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from zeren_desktop import paths
from zeren_desktop.domain.assess_io import determination_to_dict, parse_case
from zeren_desktop.domain.engine import assess as run_engine
from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.regulations import RegulationSet, load_regulations
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    ValidationError,
    ZerenError,
    untranslated,
)
from zeren_desktop.services.base import ServiceBase, not_found
from zeren_desktop.storage.models import Determination, RegulationOverride

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
        print(Message(_CTX, QT_TRANSLATE_NOOP("Assess", "Cannot read {path}: {error}"),
                      {"path": path, "error": detail}).render(translate), file=stderr)
        return 1
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        print(Message(_CTX, QT_TRANSLATE_NOOP(
            "Assess", "{path} is not valid JSON (line {line}, column {column}): {error}"),
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


# ---- in the database: overrides and saved determinations --------------------------------


@dataclass(frozen=True)
class OverrideInfo:
    regulation_id: str
    version: int
    data: dict[str, Any]
    note: str
    created_at: dt.datetime
    created_by: str


@dataclass(frozen=True)
class DeterminationInfo:
    id: uuid.UUID
    title: str
    regulation_id: str
    unit_id: uuid.UUID | None
    case_input: dict[str, Any]
    result: dict[str, Any]
    override_versions: dict[str, int]
    created_at: dt.datetime
    created_by: str


class RegulationService(ServiceBase):
    """Regulations with the administrator's overrides; the engine; saved determinations."""

    def _newest_overrides(self, session: Session) -> dict[str, RegulationOverride]:
        newest: dict[str, RegulationOverride] = {}
        for row in session.scalars(select(RegulationOverride)
                                   .order_by(RegulationOverride.version)):
            newest[row.regulation_id] = row
        return newest

    def _load(self) -> tuple[RegulationSet, dict[str, int]]:
        with self.db.read() as session:
            newest = self._newest_overrides(session)
            overrides = {key: row.data for key, row in newest.items()}
            versions = {key: row.version for key, row in newest.items()}
        return _shipped_with(json.dumps(overrides, sort_keys=True)), versions

    def regulations(self) -> RegulationSet:
        self._require(Permission.VIEW_MASTER_DATA, "regulations.read")
        return self._load()[0]

    def summaries(self) -> list[RegulationSummary]:
        self._require(Permission.VIEW_MASTER_DATA, "regulations.read")
        with self.db.read() as session:
            overrides = {key: json.loads(row.data)
                         for key, row in self._newest_overrides(session).items()}
        return list_regulations(overrides)

    def assess(self, case: Mapping[str, Any],
               translate: Translate = untranslated) -> dict[str, Any]:
        """The determination for a case (not saved); ValidationError names a bad field."""
        self._require(Permission.VIEW_RECORDS, "regulations.assess")
        return assess(case, regulations=self._load()[0], translate=translate)

    def save_determination(self, title: str, case: Mapping[str, Any],
                           unit_id: uuid.UUID | None = None) -> uuid.UUID:
        """Assess again from the rules (never trusting a client's result) and keep both."""
        actor = self._require(Permission.EDIT_DRAFTS, "determinations.create")
        if unit_id is not None:
            self._require_scope(actor, {unit_id}, "determinations.create", "units", unit_id)
        title = clean_text(title)
        if not title:
            raise ValidationError("title", Message("Assess", QT_TRANSLATE_NOOP(
                "Assess", "Give the determination a title, e.g. the case's name.")))
        regs, versions = self._load()
        result = assess(case, regulations=regs)
        with self.db.write() as session:
            row = Determination(
                office_id=self.office_id, title=title[:200],
                regulation_id=str(result["regulation"]), unit_id=unit_id,
                case_input=json.dumps(case, ensure_ascii=False, sort_keys=True),
                result=json.dumps(result, ensure_ascii=False, sort_keys=True),
                override_versions=json.dumps(versions, sort_keys=True),
                created_by=actor.username)
            session.add(row)
            session.flush()
            self._audit(session, actor, "determination.create", "determinations", row.id,
                        summary=title[:200], after={"regulation": row.regulation_id,
                                                    "subjects": len(result["subjects"])})
            return row.id

    def determinations(self) -> list[DeterminationInfo]:
        actor = self._require(Permission.VIEW_RECORDS, "determinations.list")
        with self.db.read() as session:
            query = select(Determination).order_by(Determination.created_at.desc())
            if actor.scope_units is not None:
                query = query.where(Determination.unit_id.in_(actor.scope_units))
            return [_determination(row) for row in session.scalars(query)]

    def determination(self, determination_id: uuid.UUID) -> DeterminationInfo:
        actor = self._require(Permission.VIEW_RECORDS, "determinations.get")
        with self.db.read() as session:
            row = session.get(Determination, determination_id)
            if row is None:
                raise not_found(QT_TRANSLATE_NOOP(
                    "Services", "The determination was not found; it may have been deleted"
                    " meanwhile."), determination_id)
            if actor.scope_units is not None:
                self._require_scope(actor, {row.unit_id}, "determinations.get",
                                    "determinations", row.id)
            return _determination(row)

    def overrides(self, regulation_id: str) -> list[OverrideInfo]:
        """Every version of one regulation's override, newest first."""
        self._require(Permission.MANAGE_SETTINGS, "regulations.overrides")
        with self.db.read() as session:
            rows = session.scalars(select(RegulationOverride)
                                   .where(RegulationOverride.regulation_id == regulation_id)
                                   .order_by(RegulationOverride.version.desc()))
            return [OverrideInfo(r.regulation_id, r.version, json.loads(r.data), r.note,
                                 r.created_at, r.created_by) for r in rows]

    def set_override(self, regulation_id: str, data: Mapping[str, Any],
                     note: str = "") -> int:
        """A new version of the override; checked by loading the regulation with it."""
        actor = self._require(Permission.MANAGE_SETTINGS, "regulations.override")
        shipped = {r.id for r in load_shipped()}
        if regulation_id not in shipped:
            raise ValidationError("regulation_id", Message("Assess", QT_TRANSLATE_NOOP(
                "Assess", "There is no regulation {id}."), {"id": regulation_id}))
        load_shipped({regulation_id: data})  # raises RegulationFileError when invalid
        with self.db.write() as session:
            newest = self._newest_overrides(session).get(regulation_id)
            version = (newest.version if newest else 0) + 1
            session.add(RegulationOverride(
                regulation_id=regulation_id, version=version,
                data=json.dumps(data, ensure_ascii=False, sort_keys=True),
                note=clean_text(note), created_by=actor.username,
                created_at=self.state.clock()))
            self._audit(session, actor, "regulation.override", "regulation_overrides",
                        regulation_id, summary=f"version {version}",
                        before=json.loads(newest.data) if newest else None,
                        after=dict(data))
            return version


@functools.lru_cache(maxsize=8)
def _shipped_with(overrides_json: str) -> RegulationSet:
    """Reading and checking the files costs ~0.1 s: done once per set of overrides."""
    overrides = {key: json.loads(data) for key, data in json.loads(overrides_json).items()}
    return load_shipped(overrides)


def _determination(row: Determination) -> DeterminationInfo:
    return DeterminationInfo(row.id, row.title, row.regulation_id, row.unit_id,
                             json.loads(row.case_input), json.loads(row.result),
                             json.loads(row.override_versions), row.created_at,
                             row.created_by)
