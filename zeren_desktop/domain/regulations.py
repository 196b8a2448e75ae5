"""Regulations as data: loading, validation, the model, and the choice of regulation.

Each regulation is one TOML file (see resources/regulations/README.md) checked against a
JSON Schema every time it is loaded, then against the cross-references the schema cannot
express (clause references that must exist, measures that must have a rank...).

An administrator's changes (influence periods, appeal windows, the measure map) arrive as
an override mapping that is deep-merged over the shipped file before validation, so an
override is held to the same rules as the file itself.

This module takes directories and files as parameters: the domain layer does not know
where the program keeps its resources (services pass `paths.resources_dir()`).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError

_CTX = "Regulations"

SCHEMA_FILE = "schema.json"

SEVERITIES: tuple[str, ...] = ("minor", "serious", "grave")
TEAM_KINDS: tuple[str, ...] = ("party_team", "discipline_team")
CADRE_ROLES: tuple[str, ...] = ("first_responsible", "member", "discipline_leader")
SUBJECT_KINDS: tuple[str, ...] = (*TEAM_KINDS, "cadre")
# What a clause applies to: a team kind, or a cadre's role.
SUBJECT_CLASSES: tuple[str, ...] = (*TEAM_KINDS, *CADRE_ROLES)

# The canonical order of measure codes (light to heavy within each family).
MEASURE_CODES: tuple[str, ...] = (
    "criticism_education", "written_examination", "summons_talk", "circulated_criticism",
    "admonishment", "team_adjustment", "adjust_post", "ordered_resignation", "dismissal",
    "demotion", "suspension_for_examination", "org_examination", "org_circulation",
    "org_reorganisation", "party_warning", "party_serious_warning", "party_post_removal",
    "party_probation", "party_expulsion", "gov_warning", "gov_demerit", "gov_major_demerit",
    "gov_downgrade", "gov_removal", "gov_expulsion", "judicial_transfer",
)
MEASURE_ORDER: dict[str, int] = {code: i for i, code in enumerate(MEASURE_CODES)}

# Kinds of clause a case may cite as a circumstance (input key `clauses`)...
CIRCUMSTANCE_KINDS = frozenset({"circumstance", "dual_inquiry"})
# ... and as a ground (input key `grounds`).
GROUND_KINDS = frozenset({"mitigating", "aggravating", "exemption", "accountability"})

UNIT_YEAR_FLAGS: tuple[str, ...] = ("corruption_ring", "grave_political_case",
                                    "wrongful_appointment")
UNIT_YEAR_COUNTS: tuple[str, ...] = ("members_given_party_post_removal_or_heavier",
                                     "major_cases")


def canonical(codes: Iterable[str]) -> list[str]:
    """Measure codes without repeats, in the canonical order of MEASURE_CODES."""
    return sorted(set(codes), key=MEASURE_ORDER.__getitem__)


class RegulationFileError(ZerenError):
    """A regulation file (or an override merged over it) breaks the format."""

    def __init__(self, source: str, location: str, message: Message) -> None:
        super().__init__(Message(_CTX, QT_TRANSLATE_NOOP(
            "Regulations", "Regulation file {file}, at {location}: {problem}"),
            {"file": source, "location": location or "/", "problem": message}))
        self.source = source
        self.location = location


# --------------------------------------------------------------------------------------
# The model


@dataclass(frozen=True)
class Clause:
    """An article or one of its items (or paragraphs): what a case cites."""

    id: str  # "hubei-2016/6.3" or "hubei-2016/6"
    regulation_id: str
    article: int
    item: int | None
    kind: str
    text: str
    applies_to: frozenset[str]
    pulls_in: int | None = None  # the article whose circumstances this item takes in
    pull_scope: str = "all"  # "all" or "portfolio"
    requires_portfolio: bool = False
    text_verified: bool = True

    @property
    def ref(self) -> str:
        """The reference inside its regulation: "6.3" or "6"."""
        return f"{self.article}" if self.item is None else f"{self.article}.{self.item}"


@dataclass(frozen=True)
class Article:
    number: int
    chapter: int | None
    title: str
    kind: str
    text: str
    item_style: str
    clause: Clause  # the article as a whole
    items: tuple[Clause, ...]
    text_verified: bool


@dataclass(frozen=True)
class MeasureRule:
    code: str
    name: str
    rank: int
    months: int | None = None
    plus_probation_months: bool = False
    restriction: str = ""
    basis: str = ""
    verified: bool = True

    def period_months(self, probation_months: int | None) -> int | None:
        if self.months is None:
            return None
        if self.plus_probation_months:
            return self.months + (probation_months or 0)
        return self.months


@dataclass(frozen=True)
class Band:
    """The measures per severity for some subject classes (Hubei arts. 12–13)."""

    key: str
    applies_to: frozenset[str]
    clause: str | None  # full clause id
    by_severity: Mapping[str, tuple[str, ...]]
    every_band: tuple[str, ...]
    every_band_clause: str | None
    basis: str = ""
    verified: bool = True

    def measures(self, severity: str) -> list[str]:
        """The band's own measures, then those allowed in every band, canonical order."""
        own = canonical(self.by_severity[severity])
        extra = [code for code in canonical(self.every_band) if code not in own]
        return own + extra


@dataclass(frozen=True)
class ResponsibilityRule:
    primary_roles: frozenset[str]
    collective_kinds: frozenset[str]
    collective_clause: str | None = None
    individual_clause: str | None = None
    objection_clause: str | None = None


@dataclass(frozen=True)
class DualInquiryTrigger:
    clause: str  # full clause id
    flag: str | None = None
    count: str | None = None
    threshold: int | None = None


@dataclass(frozen=True)
class Duration:
    value: int
    unit: str  # "months" or "days"


@dataclass(frozen=True)
class AppealRule:
    submit_within: Duration
    answer_within: Duration
    verified: bool
    suspends_execution: bool = False
    clause: str | None = None
    note: str = ""


@dataclass(frozen=True)
class Regulation:
    id: str
    title: str
    short_title: str
    doc_number: str
    issuer: str
    jurisdiction: str
    in_force: dt.date
    repealed: dt.date | None
    text_verified: bool
    notes: str
    chapters: Mapping[int, str]
    articles: tuple[Article, ...]
    clauses: Mapping[str, Clause]  # by full id, articles and items
    measures: Mapping[str, MeasureRule]
    bands: tuple[Band, ...]
    responsibility: ResponsibilityRule
    dual_inquiry: tuple[DualInquiryTrigger, ...]
    no_exemption_clause: str | None
    no_excellent_rating_clause: str | None
    longest_period_clause: str | None
    appeal: AppealRule | None
    source: str = ""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def in_force_on(self, day: dt.date) -> bool:
        return self.in_force <= day and (self.repealed is None or day < self.repealed)

    def band_for(self, subject_class: str) -> Band | None:
        return next((b for b in self.bands if subject_class in b.applies_to), None)

    def rank(self, code: str) -> int:
        rule = self.measures.get(code)
        return rule.rank if rule else 0

    def heaviest_band_rank(self, subject_class: str, severity: str) -> int | None:
        """The rank of the heaviest measure the band allows (not counting every-band ones)."""
        band = self.band_for(subject_class)
        if band is None or not band.by_severity[severity]:
            return None
        return max(self.rank(code) for code in band.by_severity[severity])

    def clause_id(self, ref: str) -> str:
        return f"{self.id}/{ref}"


# --------------------------------------------------------------------------------------
# Loading


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """`override` over `base`: tables merge key by key, anything else is replaced."""
    merged: dict[str, Any] = copy.deepcopy(dict(base))
    for key, value in override.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def load_schema(path: Path) -> dict[str, Any]:
    try:
        schema: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise RegulationFileError(str(path), "", Message(_CTX, QT_TRANSLATE_NOOP(
            "Regulations", "the schema cannot be read ({error})."), {"error": str(exc)})) from exc
    return schema


def load_regulation(path: Path, overrides: Mapping[str, Any] | None = None, *,
                    schema: Mapping[str, Any] | None = None) -> Regulation:
    """Read, merge `overrides` over, validate and build one regulation file.

    Without `schema`, the schema.json beside the file is used.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = tomllib.load(handle)
    except OSError as exc:
        raise RegulationFileError(path.name, "", Message(_CTX, QT_TRANSLATE_NOOP(
            "Regulations", "the file cannot be read ({error})."),
            {"error": exc.strerror or str(exc)})) from exc
    except tomllib.TOMLDecodeError as exc:
        raise RegulationFileError(path.name, "", Message(_CTX, QT_TRANSLATE_NOOP(
            "Regulations", "not valid TOML ({error})."), {"error": str(exc)})) from exc
    if schema is None:
        schema = load_schema(path.parent / SCHEMA_FILE)
    return regulation_from_mapping(raw, schema, overrides=overrides, source=path.name)


def regulation_from_mapping(raw: Mapping[str, Any], schema: Mapping[str, Any], *,
                            overrides: Mapping[str, Any] | None = None,
                            source: str = "<data>") -> Regulation:
    data = deep_merge(raw, overrides) if overrides else dict(raw)
    validate_against_schema(data, schema, source)
    return _build(data, source)


def validate_against_schema(data: Mapping[str, Any], schema: Mapping[str, Any],
                            source: str) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data),
                    key=lambda e: (len(e.absolute_path), [str(p) for p in e.absolute_path]))
    if errors:
        error = jsonschema.exceptions.best_match(errors) or errors[0]
        raise RegulationFileError(source, _json_path(error.absolute_path), Message(
            _CTX, QT_TRANSLATE_NOOP("Regulations", "{detail}"), {"detail": error.message}))


def _json_path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _problem(source: str, location: str, text: str, **params: Any) -> RegulationFileError:
    return RegulationFileError(source, location, Message(_CTX, text, params))


def _parse_date(value: str, source: str, location: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _problem(source, location, QT_TRANSLATE_NOOP(
            "Regulations", "{value} is not a real calendar date."), value=value) from None


def _build(data: Mapping[str, Any], source: str) -> Regulation:
    reg_id: str = data["id"]
    chapters = {int(c["number"]): str(c["title"]) for c in data.get("chapters", [])}

    articles: list[Article] = []
    clauses: dict[str, Clause] = {}
    for a_index, art in enumerate(data["articles"]):
        number = int(art["number"])
        where = f"articles[{a_index}]"
        art_id = f"{reg_id}/{number}"
        if art_id in clauses:
            raise _problem(source, where + ".number", QT_TRANSLATE_NOOP(
                "Regulations", "article {number} appears twice."), number=number)
        applies = frozenset(art.get("applies_to", ()))
        verified = bool(art.get("text_verified", data["text_verified"]))
        art_clause = Clause(art_id, reg_id, number, None, art["kind"], art["text"], applies,
                            text_verified=verified)
        clauses[art_id] = art_clause
        items: list[Clause] = []
        for i_index, item in enumerate(art.get("items", [])):
            inum = int(item["number"])
            item_id = f"{art_id}.{inum}"
            if item_id in clauses:
                raise _problem(source, f"{where}.items[{i_index}].number", QT_TRANSLATE_NOOP(
                    "Regulations", "item {number} of article {article} appears twice."),
                    number=inum, article=number)
            clause = Clause(
                item_id, reg_id, number, inum, item.get("kind", art["kind"]), item["text"],
                frozenset(item.get("applies_to", applies)),
                pulls_in=item.get("pulls_in"), pull_scope=item.get("pull_scope", "all"),
                requires_portfolio=bool(item.get("requires_portfolio", False)),
                text_verified=bool(item.get("text_verified", verified)))
            clauses[item_id] = clause
            items.append(clause)
        articles.append(Article(number, art.get("chapter"), art.get("title", ""), art["kind"],
                                art["text"], art.get("item_style", "item"), art_clause,
                                tuple(items), verified))

    def ref(value: str | None, location: str) -> str | None:
        if value is None:
            return None
        full = f"{reg_id}/{value}"
        if full not in clauses:
            raise _problem(source, location, QT_TRANSLATE_NOOP(
                "Regulations", "clause {ref} is referred to but not defined in the articles."),
                ref=value)
        return full

    for a_index, art in enumerate(data["articles"]):
        for i_index, item in enumerate(art.get("items", [])):
            target = item.get("pulls_in")
            if target is not None and f"{reg_id}/{target}" not in clauses:
                raise _problem(source, f"articles[{a_index}].items[{i_index}].pulls_in",
                               QT_TRANSLATE_NOOP("Regulations", "article {number} does not exist."),
                               number=target)

    measures = {
        code: MeasureRule(code, m["name"], int(m["rank"]), m.get("months"),
                          bool(m.get("plus_probation_months", False)),
                          m.get("restriction", ""), m.get("basis", ""),
                          bool(m.get("verified", True)))
        for code, m in data["measures"].items()
    }

    bands: list[Band] = []
    seen_classes: dict[str, str] = {}
    for key, b in data["bands"].items():
        where = f"bands.{key}"
        for cls in b["applies_to"]:
            if cls in seen_classes:
                raise _problem(source, where + ".applies_to", QT_TRANSLATE_NOOP(
                    "Regulations", "{cls} already has a band ({other})."), cls=cls,
                    other=seen_classes[cls])
            seen_classes[cls] = key
        for sev in (*SEVERITIES, "every_band"):
            for code in b.get(sev, []):
                if code not in measures:
                    raise _problem(source, f"{where}.{sev}", QT_TRANSLATE_NOOP(
                        "Regulations",
                        "measure {code} has no entry under [measures] (name, rank)."),
                        code=code)
        bands.append(Band(
            key, frozenset(b["applies_to"]), ref(b.get("clause"), where + ".clause"),
            {sev: tuple(b[sev]) for sev in SEVERITIES}, tuple(b.get("every_band", [])),
            ref(b.get("every_band_clause"), where + ".every_band_clause"),
            b.get("basis", ""), bool(b.get("verified", True))))

    resp = data["responsibility"]
    responsibility = ResponsibilityRule(
        frozenset(resp["primary_roles"]), frozenset(resp["collective_kinds"]),
        ref(resp.get("collective_clause"), "responsibility.collective_clause"),
        ref(resp.get("individual_clause"), "responsibility.individual_clause"),
        ref(resp.get("objection_clause"), "responsibility.objection_clause"))

    triggers = tuple(
        DualInquiryTrigger(ref(t["clause"], f"dual_inquiry[{i}].clause") or "",
                           t.get("flag"), t.get("count"), t.get("threshold"))
        for i, t in enumerate(data.get("dual_inquiry", [])))

    consequences = data.get("consequences", {})
    appeal = None
    if "appeal" in data:
        ap = data["appeal"]
        appeal = AppealRule(Duration(**ap["submit_within"]), Duration(**ap["answer_within"]),
                            bool(ap["verified"]), bool(ap.get("suspends_execution", False)),
                            ref(ap.get("clause"), "appeal.clause"), ap.get("note", ""))

    in_force = _parse_date(data["in_force"], source, "in_force")
    repealed = _parse_date(data["repealed"], source, "repealed") if "repealed" in data else None
    if repealed is not None and repealed <= in_force:
        raise _problem(source, "repealed", QT_TRANSLATE_NOOP(
            "Regulations", "the regulation is repealed on or before the day it comes into force."))

    return Regulation(
        id=reg_id, title=data["title"], short_title=data.get("short_title", data["title"]),
        doc_number=data["doc_number"], issuer=data["issuer"],
        jurisdiction=data.get("jurisdiction", ""), in_force=in_force, repealed=repealed,
        text_verified=bool(data["text_verified"]), notes=data.get("notes", ""),
        chapters=chapters, articles=tuple(articles), clauses=clauses, measures=measures,
        bands=tuple(bands), responsibility=responsibility, dual_inquiry=triggers,
        no_exemption_clause=ref(data.get("no_exemption_clause"), "no_exemption_clause"),
        no_excellent_rating_clause=ref(consequences.get("no_excellent_rating_clause"),
                                       "consequences.no_excellent_rating_clause"),
        longest_period_clause=ref(consequences.get("longest_period_clause"),
                                  "consequences.longest_period_clause"),
        appeal=appeal, source=source, raw=data)


# --------------------------------------------------------------------------------------
# A set of regulations, and the choice among them


@dataclass(frozen=True)
class RegulationSet:
    regulations: tuple[Regulation, ...]

    def __post_init__(self) -> None:
        ids = [r.id for r in self.regulations]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise _problem(duplicates[0], "id", QT_TRANSLATE_NOOP(
                "Regulations", "two regulation files have the id {id}."), id=duplicates[0])

    def __iter__(self) -> Iterator[Regulation]:
        return iter(sorted(self.regulations, key=lambda r: (r.in_force, r.id)))

    def __len__(self) -> int:
        return len(self.regulations)

    def ids(self) -> list[str]:
        return [r.id for r in self]

    def get(self, reg_id: str) -> Regulation | None:
        return next((r for r in self.regulations if r.id == reg_id), None)

    def clause(self, clause_id: str) -> Clause | None:
        reg_id, _, _ = clause_id.partition("/")
        reg = self.get(reg_id)
        return reg.clauses.get(clause_id) if reg else None

    def in_force_on(self, day: dt.date) -> Regulation | None:
        """The regulation in force on `day`: of those in force, the latest to start."""
        candidates = [r for r in self if r.in_force_on(day)]
        return candidates[-1] if candidates else None

    def earliest(self) -> Regulation | None:
        ordered = list(self)
        return ordered[0] if ordered else None


def load_regulations(directory: Path, overrides: Mapping[str, Mapping[str, Any]] | None = None,
                     *, extra_files: Sequence[Path] = (),
                     schema: Mapping[str, Any] | None = None) -> RegulationSet:
    """Every *.toml regulation in `directory` (and `extra_files`), validated.

    `overrides` maps a regulation id to the override merged over that file.
    """
    directory = Path(directory)
    if schema is None:
        schema = load_schema(directory / SCHEMA_FILE)
    overrides = overrides or {}
    regulations = []
    for path in [*sorted(directory.glob("*.toml")), *extra_files]:
        reg = load_regulation(path, None, schema=schema)
        if reg.id in overrides:
            reg = load_regulation(path, overrides[reg.id], schema=schema)
        regulations.append(reg)
    return RegulationSet(tuple(regulations))
