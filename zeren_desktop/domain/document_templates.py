"""Document templates as data: the fields each kind offers, filling them, and the body's
paragraph styles.

A template (and a draft, which keeps its own copy) has six parts written in the template
language: plain Chinese text with `{field}` placeholders (`{{` and `}}` for literal
braces). The body is read line by line after filling:

- a line starting with 一、 … 十、 is a first-level heading (黑体),
- （一） a second-level heading (楷体), 1. or 1． a third-level one,
- consecutive lines starting with `|` are one table, cells between the bars; a row of
  dashes (`| --- | --- |`) ends its header rows (a table without one, such as a talk
  record's particulars, has none),
- any other line is a paragraph; empty lines are dropped.

Pure Python: the services fill the values from the records, the GB/T 9704 builder draws
the blocks (`domain.documents`).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from zeren_desktop.domain.documents import Block, BlockKind, DocumentKind
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError, ZerenError

_CTX = "Documents"
PART_LIMITS = {"title": 500, "addressee": 500, "signer": 500, "copies_to": 2000,
               "page_signature": 200, "body": 100_000}
TITLE_MAX = 200          # a filled title, as stored and listed
CELL_BAR = "｜"           # a "|" inside a value put into a table cell

_HEADING1 = re.compile(r"^[一二三四五六七八九十百]+、")
_HEADING2 = re.compile(r"^[（(][一二三四五六七八九十百]+[）)]")
_HEADING3 = re.compile(r"^\d+[.．](?!\d)")
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_RULE_CELL = re.compile(r"^:?-{3,}:?$")


@dataclass(frozen=True)
class DocumentParts:
    """The texts of a template or of a draft, in the template language."""

    title: str = ""
    addressee: str = ""         # 主送机关 (without the final colon)
    signer: str = ""            # 发文机关署名
    copies_to: str = ""         # 抄送, one recipient a line
    page_signature: str = ""    # printed at the foot of every page (talk records)
    body: str = ""

    def items(self) -> list[tuple[str, str]]:
        return [(f.name, getattr(self, f.name)) for f in fields(self)]


@dataclass(frozen=True)
class FieldInfo:
    name: str
    description: str            # source text; translate with context "DocumentFields"


def _f(name: str, description: str) -> FieldInfo:
    return FieldInfo(name, description)


COMMON_FIELDS: tuple[FieldInfo, ...] = (
    _f("issuer_name", QT_TRANSLATE_NOOP(
        "DocumentFields", "Full name of the issuing office (settings)")),
    _f("issuer_short", QT_TRANSLATE_NOOP(
        "DocumentFields", "Short code of the issuing office, e.g. 青纪 (settings)")),
)

_CASE_FIELDS: tuple[FieldInfo, ...] = (
    _f("case_number", QT_TRANSLATE_NOOP("DocumentFields", "The case's number")),
    _f("case_title", QT_TRANSLATE_NOOP("DocumentFields", "The case's title")),
    _f("unit_name", QT_TRANSLATE_NOOP("DocumentFields", "The unit the case concerns")),
    _f("problems", QT_TRANSLATE_NOOP(
        "DocumentFields", "The problems of the case, as described")),
    _f("facts", QT_TRANSLATE_NOOP(
        "DocumentFields", "The facts found by the investigation (else the problems)")),
    _f("clauses", QT_TRANSLATE_NOOP(
        "DocumentFields", "The clauses the case relies on, cited as 《…》第七条第（七）项")),
    _f("grounds", QT_TRANSLATE_NOOP(
        "DocumentFields", "Mitigating or aggravating grounds found, with their clauses")),
    _f("regulation_title", QT_TRANSLATE_NOOP(
        "DocumentFields", "The title of the regulation applied")),
    _f("deciding_body", QT_TRANSLATE_NOOP(
        "DocumentFields", "The body that decides (decision), e.g. 中共青山县委")),
    _f("decision_date", QT_TRANSLATE_NOOP("DocumentFields", "The date of the decision")),
)

_SUBJECT_FIELDS: tuple[FieldInfo, ...] = (
    _f("subject_name", QT_TRANSLATE_NOOP(
        "DocumentFields", "The person's name (or the team's)")),
    _f("subject_sex", QT_TRANSLATE_NOOP("DocumentFields", "Sex: 男 or 女")),
    _f("subject_birth", QT_TRANSLATE_NOOP(
        "DocumentFields", "Year and month of birth, e.g. 1970年5月")),
    _f("subject_ethnicity", QT_TRANSLATE_NOOP(
        "DocumentFields", "Ethnicity, when recorded")),
    _f("subject_party_standing", QT_TRANSLATE_NOOP(
        "DocumentFields", "Party standing, e.g. 中共党员")),
    _f("subject_unit_then", QT_TRANSLATE_NOOP(
        "DocumentFields", "The unit of the person's post at the time of the conduct")),
    _f("subject_post_then", QT_TRANSLATE_NOOP(
        "DocumentFields", "The post at the time of the conduct")),
    _f("subject_unit_now", QT_TRANSLATE_NOOP("DocumentFields", "The unit of the post now")),
    _f("subject_post_now", QT_TRANSLATE_NOOP("DocumentFields", "The post now")),
    _f("subject_portfolio", QT_TRANSLATE_NOOP(
        "DocumentFields", "The work the person was in charge of (portfolio)")),
    _f("subject_particulars", QT_TRANSLATE_NOOP(
        "DocumentFields", "The particulars in one sentence: name, sex, ethnicity, birth,"
        " party standing, post then and now, portfolio")),
)

FIELDS: dict[DocumentKind, tuple[FieldInfo, ...]] = {
    DocumentKind.PROPOSAL: (
        *_CASE_FIELDS,
        _f("source", QT_TRANSLATE_NOOP(
            "DocumentFields", "Where the problem came from (the clues' sources)")),
        _f("subjects", QT_TRANSLATE_NOOP("DocumentFields", "The names of all subjects")),
        _f("proposed_measures", QT_TRANSLATE_NOOP(
            "DocumentFields", "The measures proposed, one line per subject")),
        _f("reply_deadline", QT_TRANSLATE_NOOP(
            "DocumentFields", "The date the reply is due (office setting)")),
    ),
    DocumentKind.DECISION: (
        *_CASE_FIELDS, *_SUBJECT_FIELDS,
        _f("statement", QT_TRANSLATE_NOOP(
            "DocumentFields", "What the person said in defence (陈述申辩)")),
        _f("statement_result", QT_TRANSLATE_NOOP(
            "DocumentFields", "Whether the defence was accepted, as a sentence")),
        _f("measures", QT_TRANSLATE_NOOP(
            "DocumentFields", "The measures decided, joined with 、")),
        _f("influence_periods", QT_TRANSLATE_NOOP(
            "DocumentFields", "The influence periods and what they restrict")),
        _f("execution", QT_TRANSLATE_NOOP(
            "DocumentFields", "Execution requirements (organisational formalities)")),
        _f("appeal_window", QT_TRANSLATE_NOOP(
            "DocumentFields", "The time allowed to appeal, e.g. 1个月 (regulation data)")),
        _f("appeal_body", QT_TRANSLATE_NOOP(
            "DocumentFields", "The body that hears an appeal")),
    ),
    DocumentKind.NOTICE: (
        *_CASE_FIELDS,
        _f("subjects", QT_TRANSLATE_NOOP("DocumentFields", "The names of all subjects")),
        _f("subjects_measures", QT_TRANSLATE_NOOP(
            "DocumentFields", "The measures decided for each subject, one line each")),
    ),
    DocumentKind.RECEIPT: (
        _f("case_number", QT_TRANSLATE_NOOP("DocumentFields", "The case's number")),
        _f("deciding_body", QT_TRANSLATE_NOOP("DocumentFields", "The body that decided")),
        _f("served_document", QT_TRANSLATE_NOOP(
            "DocumentFields", "The title of the document served (the decision)")),
        _f("served_document_number", QT_TRANSLATE_NOOP(
            "DocumentFields", "Its document number, once signed")),
        _f("recipient", QT_TRANSLATE_NOOP("DocumentFields", "The person served")),
        _f("recipient_unit", QT_TRANSLATE_NOOP(
            "DocumentFields", "The unit and post of the person served")),
    ),
    DocumentKind.TALK_RECORD: (
        _f("talk_kind", QT_TRANSLATE_NOOP(
            "DocumentFields", "The kind of talk, e.g. 诫勉谈话")),
        _f("basis", QT_TRANSLATE_NOOP("DocumentFields", "The basis of the talk")),
        _f("approved_by", QT_TRANSLATE_NOOP("DocumentFields", "Who approved the talk")),
        _f("subject_name", QT_TRANSLATE_NOOP("DocumentFields", "The person talked to")),
        _f("subject_unit", QT_TRANSLATE_NOOP("DocumentFields", "Their unit")),
        _f("subject_post", QT_TRANSLATE_NOOP("DocumentFields", "Their post")),
        _f("talker", QT_TRANSLATE_NOOP("DocumentFields", "Who talked (unit, post, name)")),
        _f("note_taker", QT_TRANSLATE_NOOP("DocumentFields", "Who took the notes")),
        _f("talk_date", QT_TRANSLATE_NOOP("DocumentFields", "The day of the talk")),
        _f("talk_time", QT_TRANSLATE_NOOP(
            "DocumentFields", "Day, start and end time, e.g. 2026年1月10日9:00至10:30")),
        _f("place", QT_TRANSLATE_NOOP("DocumentFields", "Where it was held")),
        _f("reason", QT_TRANSLATE_NOOP("DocumentFields", "The reason for the talk")),
        _f("content", QT_TRANSLATE_NOOP("DocumentFields", "What was said")),
        _f("statement", QT_TRANSLATE_NOOP("DocumentFields", "The person's own statement")),
        _f("rectification", QT_TRANSLATE_NOOP(
            "DocumentFields", "The rectification demanded")),
        _f("deadline", QT_TRANSLATE_NOOP("DocumentFields", "The rectification deadline")),
        _f("follow_up", QT_TRANSLATE_NOOP(
            "DocumentFields", "The follow-up: its date and result, when recorded")),
    ),
    DocumentKind.LIST: (
        _f("list_title", QT_TRANSLATE_NOOP("DocumentFields", "The list's title")),
        _f("year", QT_TRANSLATE_NOOP("DocumentFields", "The year of the list")),
        _f("holder_name", QT_TRANSLATE_NOOP(
            "DocumentFields", "The team or cadre holding the list")),
        _f("holder_title", QT_TRANSLATE_NOOP("DocumentFields", "The holder's post")),
        _f("unit_name", QT_TRANSLATE_NOOP("DocumentFields", "The holder's unit")),
        _f("portfolio", QT_TRANSLATE_NOOP("DocumentFields", "The holder's portfolio")),
        _f("duty", QT_TRANSLATE_NOOP(
            "DocumentFields", "The responsibility: 主体责任 or 监督责任")),
        _f("items", QT_TRANSLATE_NOOP(
            "DocumentFields", "The items under their headings, numbered")),
        _f("issued_on", QT_TRANSLATE_NOOP("DocumentFields", "The day the list was issued")),
    ),
    DocumentKind.STATISTICS: (
        _f("period", QT_TRANSLATE_NOOP(
            "DocumentFields", "The period, e.g. 2026年1月1日至2026年3月31日")),
        _f("scope_name", QT_TRANSLATE_NOOP(
            "DocumentFields", "The unit counted, or the whole office's area")),
        _f("problems", QT_TRANSLATE_NOOP("DocumentFields", "Problems dealt with")),
        _f("persons", QT_TRANSLATE_NOOP("DocumentFields", "Persons held accountable")),
        _f("teams", QT_TRANSLATE_NOOP("DocumentFields", "Teams held accountable")),
        _f("cases", QT_TRANSLATE_NOOP("DocumentFields", "Cases decided")),
        _f("clues_received", QT_TRANSLATE_NOOP("DocumentFields", "Clues received")),
        _f("clues_concluded", QT_TRANSLATE_NOOP("DocumentFields", "Clues concluded")),
        _f("category_table", QT_TRANSLATE_NOOP(
            "DocumentFields", "Table: problems by category")),
        _f("measure_table", QT_TRANSLATE_NOOP(
            "DocumentFields", "Table: persons by measure")),
        _f("form_table", QT_TRANSLATE_NOOP(
            "DocumentFields", "Table: persons by the four forms")),
        _f("unit_table", QT_TRANSLATE_NOOP(
            "DocumentFields", "Table: problems and persons by unit")),
        _f("clue_table", QT_TRANSLATE_NOOP("DocumentFields", "Table: clues by source")),
    ),
    DocumentKind.CLEARANCE: (
        _f("names", QT_TRANSLATE_NOOP(
            "DocumentFields", "The names asked about (the first few, then 等)")),
        _f("count", QT_TRANSLATE_NOOP("DocumentFields", "How many people were asked about")),
        _f("checked_on", QT_TRANSLATE_NOOP("DocumentFields", "The day the records were read")),
        _f("people_table", QT_TRANSLATE_NOOP(
            "DocumentFields", "Table: each person's clues, cases, measures and conclusion")),
        _f("unknown_note", QT_TRANSLATE_NOOP(
            "DocumentFields", "A sentence on the people not in the records (or nothing)")),
    ),
}


def fields_for(kind: DocumentKind) -> tuple[FieldInfo, ...]:
    """Every field a template of `kind` may use, the common ones first."""
    return COMMON_FIELDS + FIELDS[kind]


def field_names(kind: DocumentKind) -> frozenset[str]:
    return frozenset(f.name for f in fields_for(kind))


# ---- the template language ------------------------------------------------------------


def _error(field_name: str, text: str, **params: object) -> ValidationError:
    return ValidationError(field_name, Message(_CTX, text, params))


def used_fields(text: str, part: str = "body") -> list[str]:
    """The field names `text` uses, in order; ValidationError on a malformed placeholder."""
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise _error(part, QT_TRANSLATE_NOOP(
            "Documents", "A brace {{ or }} is not closed ({reason}). Write {{{{ or }}}} for a"
            " brace that is meant as text."), reason=str(exc)) from exc
    names: list[str] = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not _IDENTIFIER.match(name) or spec or conversion:
            raise _error(part, QT_TRANSLATE_NOOP(
                "Documents", "{{{name}}} is not a field: a field is a name of small letters,"
                " digits and _ in braces, e.g. {{subject_name}}."),
                name=name + (f"!{conversion}" if conversion else "") + (
                    f":{spec}" if spec else ""))
        names.append(name)
    return names


def check_parts(kind: DocumentKind, parts: DocumentParts) -> DocumentParts:
    """The parts with their lengths and fields checked (ValidationError names the part
    and the unknown field)."""
    known = field_names(kind)
    for part, text in parts.items():
        limit = PART_LIMITS[part]
        if len(text) > limit:
            raise _error(part, QT_TRANSLATE_NOOP(
                "Documents", "At most {limit} characters are allowed here ({n} given)."),
                limit=limit, n=len(text))
        for name in used_fields(text, part):
            if name not in known:
                raise _error(part, QT_TRANSLATE_NOOP(
                    "Documents", "Unknown field {{{name}}}: a {kind} has no such field."),
                    name=name, kind=Message("DocumentKind", kind.label))
    if not parts.title.strip():
        raise _error("title", QT_TRANSLATE_NOOP("Documents", "A document needs a title."))
    return parts


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with its fields replaced by `values` (a missing value is empty)."""
    out: list[str] = []
    for literal, name, _spec, _conversion in string.Formatter().parse(text):
        out.append(literal)
        if name is not None:
            out.append(values.get(name, ""))
    return "".join(out)


def fill_parts(parts: DocumentParts, values: Mapping[str, str]) -> DocumentParts:
    """Every part filled: plain text, no placeholders left."""
    return DocumentParts(**{name: fill(text, values) for name, text in parts.items()})


def escape(text: str) -> str:
    """Plain text as template text: braces doubled, so nothing in it is read as a field."""
    return text.replace("{", "{{").replace("}", "}}")


def cell(text: str) -> str:
    """A value for a table cell: one line, no bar."""
    return " ".join(text.replace("|", CELL_BAR).split())


def table_row(*cells: object) -> str:
    return "| " + " | ".join(cell(str(c)) for c in cells) + " |"


def header_rule(columns: int) -> str:
    """The row that ends a table's header rows."""
    return table_row(*["---"] * columns)


def is_header_rule(row: tuple[str, ...]) -> bool:
    return bool(row) and all(_RULE_CELL.match(c) for c in row)


def lines_of(text: str) -> list[str]:
    """The filled body's lines that print (stripped, empty ones left out)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def block_kind(line: str) -> BlockKind:
    if _HEADING1.match(line):
        return BlockKind.HEADING1
    if _HEADING2.match(line):
        return BlockKind.HEADING2
    if _HEADING3.match(line):
        return BlockKind.HEADING3
    return BlockKind.PARAGRAPH


def split_row(line: str) -> tuple[str, ...]:
    """`| a | b |` → ("a", "b"); the outer bars are optional on the right."""
    inner = line[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    return tuple(c.strip() for c in inner.split("|"))


def to_blocks(filled_body: str) -> tuple[Block, ...]:
    """The blocks of a filled body (see the module's docstring)."""
    blocks: list[Block] = []
    rows: list[tuple[str, ...]] = []
    header_rows = [0]

    def end_table() -> None:
        if rows:
            width = max(len(r) for r in rows)
            blocks.append(Block(BlockKind.TABLE, rows=tuple(
                r + ("",) * (width - len(r)) for r in rows), header_rows=header_rows[0]))
            rows.clear()
        header_rows[0] = 0

    for raw in filled_body.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            row = split_row(line)
            if is_header_rule(row):
                if not header_rows[0]:  # the first rule ends the header; others are dropped
                    header_rows[0] = len(rows)
            else:
                rows.append(row)
            continue
        end_table()
        if line:
            blocks.append(Block(block_kind(line), line))
    end_table()
    return tuple(blocks)


# ---- the shipped templates ------------------------------------------------------------


class TemplateFileError(ZerenError):
    pass


@dataclass(frozen=True)
class DefaultTemplate:
    kind: DocumentKind
    parts: DocumentParts
    note: str = ""


def load_default_templates(folder: Path) -> dict[DocumentKind, DefaultTemplate]:
    """The shipped template of each kind (`<kind>.toml` in `folder`), checked."""
    out: dict[DocumentKind, DefaultTemplate] = {}
    for kind in DocumentKind:
        path = folder / f"{kind.value}.toml"
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
            if data.get("kind") != kind.value:
                raise ValueError(f"kind is {data.get('kind')!r}, expected {kind.value!r}")
            parts = DocumentParts(**{name: str(data.get(name, "")).strip("\n")
                                     for name, _ in DocumentParts().items()})
            out[kind] = DefaultTemplate(kind, check_parts(kind, parts),
                                        str(data.get("note", "")))
        except (OSError, ValueError, TypeError, ValidationError) as exc:
            raise TemplateFileError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Documents", "The document template {file} cannot be used: {reason}"),
                {"file": path.name, "reason": str(exc)})) from exc
    return out


@dataclass(frozen=True)
class PrintedTerms:
    """Words printed on documents whatever the interface language (documents are Chinese):
    `resources/documents/terms.toml`, a table per vocabulary plus [words] with formats."""

    sections: Mapping[str, Mapping[str, Any]]

    def term(self, section: str, key: str, default: str = "") -> str:
        value = self.sections.get(section, {}).get(key, default)
        return value if isinstance(value, str) else default

    def word(self, key: str, **params: object) -> str:
        """A format of [words] filled with `params` ("" when the format is missing)."""
        return self.term("words", key).format(**params)

    def header(self, table: str) -> tuple[str, ...]:
        value = self.sections.get("tables", {}).get(table, ())
        return tuple(str(v) for v in value) if isinstance(value, list) else ()


def load_terms(folder: Path) -> PrintedTerms:
    with (folder / "terms.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return PrintedTerms({k: v for k, v in data.items() if isinstance(v, dict)})
