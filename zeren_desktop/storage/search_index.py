"""Full-text search over ledger entries, clues and cases: an index of character bigrams.

SQLite's trigram tokenizer and PostgreSQL's pg_trgm need three characters, so a
two-character name (魏某) is found through an index of the character pairs of each record
(DESIGN.md, known traps). A record's searchable fields are normalised one by one
(`normalise_for_search`: NFKC, case folded, punctuation and spaces dropped) and joined with
U+001F (`document_text`), which no needle contains: nothing matches across two fields. Its
tokens are the distinct bigrams of each field — the two characters themselves: after
normalising, a field holds only letters and digits, so each pair is exactly one token for
the storage below, whatever the script (no encoding needed).

`search_docs` holds one row per indexed record: (doc, kind, record_id, text), the text
being the normalised text the tokens were made from, so an index entry can always be taken
out with exactly the tokens it went in with (whatever happened to the record since).

- SQLite: one contentless FTS5 table per kind (`search_fts_ledger` …; tokenizer `ascii`,
  which keeps every non-ASCII character in a token and splits on nothing that survives
  normalising; `detail=none`: no positions, 40 % smaller and faster to write than
  `detail=full`), rowid = search_docs.doc (stable: not the records' implicit rowid, which
  VACUUM may renumber). SQLite 3.40 (Python's) lacks `contentless_delete`: a record leaves
  through the FTS5 'delete' command with its old tokens, recomputed from search_docs.text.
- PostgreSQL: search_docs.tsv, a tsvector of the same bigrams made with array_to_tsvector
  (no text-search parser, so no dependence on the server's locale: with `--locale=C` the
  parser drops Chinese characters), with a partial GIN index per kind.

A needle of two characters is one token: the index alone answers. A longer needle is the
AND of its bigrams through the index, then the candidates' own normalised text must contain
it (`LIKE`; positions would do without, but PostgreSQL keeps at most 256 positions per
lexeme and none past 16,383, so phrase matching could miss in a long text). A needle of one
character has no bigram: `LIKE` over the kind's indexed texts (a scan, said so).

Every write of a record's searchable fields keeps the index in step in the same
transaction: whatever the ORM flushes (services, fixtures, loaders) through the session hook
at the end of this module; Core statements (bulk imports, exchange packages, a cadre's
rename) by calling `index_records` (bulk, executemany), `remove_records`, `refresh` (from
the records' current rows) or `rebuild` (everything, e.g. after a bulk load) themselves.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import add
from typing import Any, Literal, get_args

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
    bindparam,
    event,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import CompileError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import NullType

from zeren_desktop.domain.ledger import normalise_for_search
from zeren_desktop.storage.models import Base

Kind = Literal["ledger", "clue", "case"]
KINDS: tuple[Kind, ...] = get_args(Kind)
SEPARATOR = "\x1f"
_DROPPED = re.compile(r"[^\w\x1f]+|_+")  # normalise_for_search's, the separator kept
BATCH = 5000

# Not in the models' metadata: derived data, never exchanged nor compared with the models
# (tests/test_migrations.py leaves these names out), created by migration 0011.
metadata = MetaData()
search_docs = Table(
    "search_docs", metadata,
    Column("doc", Integer, primary_key=True),          # SQLite only: the FTS5 rowid
    Column("kind", String(8), nullable=False),
    Column("record_id", Uuid, nullable=False),
    Column("text", Text, nullable=False),
    UniqueConstraint("kind", "record_id", name="uq_search_docs_kind_record"),
)
INDEX_TABLES = frozenset({"search_docs", *(f"search_fts_{k}" for k in KINDS)})

# The searchable columns of each kind's table, in document order (cases add their
# subjects' names, one field each).
SOURCES: dict[Kind, tuple[str, tuple[str, ...]]] = {
    "ledger": ("ledger_entries", ("search_text",)),
    "clue": ("clues", ("number", "subject_names", "subject_id_numbers", "unit_text",
                       "summary", "remarks")),
    "case": ("accountability_cases", ("number", "title", "summary")),
}


def _kind(kind: Kind) -> Kind:
    if kind not in KINDS:
        raise ValueError(f"unknown search kind {kind!r}")
    return kind


def is_index_table(name: str) -> bool:
    """The index's own tables, FTS5's shadow tables included (search_fts_ledger_data …)."""
    return name in INDEX_TABLES or name.startswith("search_fts_")


def document_text(kind: Kind, fields: Sequence[str]) -> str:
    """How a record's searchable fields become the indexed text: each normalised, joined
    with U+001F (a ledger entry's `search_text` is exactly this)."""
    _kind(kind)
    # = SEPARATOR.join(map(normalise_for_search, fields)), in one pass (the bulk imports'
    # hot path): normalising keeps the separators and nothing composes across them.
    joined = SEPARATOR.join(f.replace(SEPARATOR, "") for f in fields)
    return _DROPPED.sub("", unicodedata.normalize("NFKC", joined).casefold())


def tokens(text_: str) -> list[str]:
    """The distinct bigrams of a document text, field by field, sorted."""
    return sorted(set().union(*[map(add, part, part[1:])
                                for part in text_.split(SEPARATOR)]))


def token_string(text_: str) -> str:
    """What the FTS5 table is given for a document text: each pair of neighbours within a
    field, space-separated, repeats and all (cheaper than a set in the bulk imports' hot
    path: with detail=none FTS5 keeps a document once per token; 'delete' takes the same)."""
    return " ".join([" ".join(map(add, part, part[1:])) for part in text_.split(SEPARATOR)])


# -- querying


class _IndexMatch(ColumnElement[Any]):
    """`search_docs` rows of `kind` whose bigrams include all of `grams` (per dialect)."""

    # Cached per (kind, grams): the query string is rendered from them.
    inherit_cache = True
    _traverse_internals = [  # noqa: RUF012 - SQLAlchemy's own hook
        ("kind", InternalTraversal.dp_string), ("grams", InternalTraversal.dp_plain_obj)]
    # Not Boolean: on SQLite that would render `(… IN (…)) = 1`, which the planner cannot
    # drive from the FTS5 rowids (it scans search_docs instead).
    type = NullType()

    def __init__(self, kind: Kind, grams: Sequence[str]) -> None:
        self.kind = kind
        self.grams = tuple(grams)


@compiles(_IndexMatch, "sqlite")
def _match_sqlite(element: _IndexMatch, compiler: SQLCompiler, **kw: Any) -> str:
    query = " ".join('"' + g.replace('"', '""') + '"' for g in element.grams)
    fts = f"search_fts_{element.kind}"
    doc = compiler.process(search_docs.c.doc, **kw)
    param = compiler.process(bindparam("fts_query", query, unique=True), **kw)
    return f"{doc} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH {param})"


@compiles(_IndexMatch, "postgresql")
def _match_postgresql(element: _IndexMatch, compiler: SQLCompiler, **kw: Any) -> str:
    query = " & ".join("'" + g.replace("\\", "\\\\").replace("'", "''") + "'"
                       for g in element.grams)
    # The kind inline (one of KINDS): the planner picks that kind's partial GIN index.
    kind = compiler.process(search_docs.c.kind, **kw)
    param = compiler.process(bindparam("ts_query", query, unique=True), **kw)
    return f"{kind} = '{element.kind}' AND search_docs.tsv @@ CAST({param} AS tsquery)"


@compiles(_IndexMatch)
def _match_other(element: _IndexMatch, compiler: SQLCompiler, **kw: Any) -> str:
    raise CompileError(f"no search index on {compiler.dialect.name}")


def _like_pattern(needle: str) -> str:
    return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def matching_ids(kind: Kind, needle: str) -> Select[tuple[uuid.UUID]]:
    """SELECT of the ids of `kind`'s records whose text contains `needle` (normalised here),
    for `Model.id.in_(...)`. Two characters or more: through the index (a longer needle's
    candidates checked against their text); one character: a `LIKE` scan of the kind's
    indexed texts."""
    _kind(kind)
    norm = normalise_for_search(needle)
    if not norm:
        raise ValueError("an empty needle matches everything: leave the filter out")
    query = select(search_docs.c.record_id)
    if len(norm) == 1:
        return query.where(search_docs.c.kind == kind,
                           search_docs.c.text.like(_like_pattern(norm), escape="\\"))
    query = query.where(_IndexMatch(kind, tokens(norm)))
    if len(norm) > 2:
        query = query.where(search_docs.c.text.like(_like_pattern(norm), escape="\\"))
    return query


# -- writing


def _is_sqlite(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def _chunks(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _existing(connection: Connection, kind: Kind,
              ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, tuple[int, str]]:
    """Indexed records among `ids`: record id -> (doc, text); doc 0 on PostgreSQL."""
    found: dict[uuid.UUID, tuple[int, str]] = {}
    sqlite = _is_sqlite(connection)
    for i in range(0, len(ids), 500):
        chunk = list(ids[i:i + 500])
        if sqlite:
            sql = (f"SELECT doc, record_id, text FROM search_docs WHERE kind = ? AND "
                   f"record_id IN ({','.join('?' * len(chunk))})")
            for doc, record, text_ in connection.exec_driver_sql(
                    sql, (kind, *(r.hex for r in chunk))):
                found[uuid.UUID(record)] = (doc, text_)
        else:
            for record, text_ in connection.execute(
                    select(search_docs.c.record_id, search_docs.c.text).where(
                        search_docs.c.kind == kind, search_docs.c.record_id.in_(chunk))):
                found[record] = (0, text_)
    return found


def _fts_delete(connection: Connection, kind: Kind, docs: Iterable[tuple[int, str]]) -> None:
    rows = [(doc, token_string(text_)) for doc, text_ in docs]
    rows = [row for row in rows if row[1]]
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO search_fts_{kind} (search_fts_{kind}, rowid, tokens) "
            "VALUES ('delete', ?, ?)", rows)


def _fts_insert(connection: Connection, kind: Kind, docs: Iterable[tuple[int, str]]) -> None:
    rows = [(doc, token_string(text_)) for doc, text_ in docs]
    rows = [row for row in rows if row[1]]
    if rows:
        connection.exec_driver_sql(
            f"INSERT INTO search_fts_{kind} (rowid, tokens) VALUES (?, ?)", rows)


_PG_UPSERT = text(
    "INSERT INTO search_docs (kind, record_id, text, tsv) VALUES (:kind, :record_id, :text,"
    " array_to_tsvector(CAST(:grams AS text[]))) ON CONFLICT (kind, record_id) DO UPDATE"
    " SET text = EXCLUDED.text, tsv = EXCLUDED.tsv").bindparams(
        bindparam("record_id", type_=Uuid()))


def index_records(connection: Connection, kind: Kind,
                  rows: Iterable[tuple[uuid.UUID, str]], *, fresh: bool = False) -> None:
    """Add or replace records of `kind`: (record id, its `document_text`). In batches with
    the driver's executemany. `fresh`: the caller knows none is indexed yet (a bulk insert
    of new records): no look-up first (a record already there fails loudly)."""
    _kind(kind)
    sqlite = _is_sqlite(connection)
    next_doc: int | None = None
    for chunk in _chunks(rows, BATCH):
        latest = dict(chunk)  # a record given twice: its last text
        if not sqlite:
            connection.execute(_PG_UPSERT, [
                {"kind": kind, "record_id": r, "text": t, "grams": tokens(t)}
                for r, t in latest.items()])
            continue
        old = {} if fresh else _existing(connection, kind, list(latest))
        changed = [(old[r][0], t, old[r][1]) for r, t in latest.items()
                   if r in old and old[r][1] != t]
        added = [(r, t) for r, t in latest.items() if r not in old]
        if changed:
            _fts_delete(connection, kind, ((doc, before) for doc, _t, before in changed))
            connection.exec_driver_sql("UPDATE search_docs SET text = ? WHERE doc = ?",
                                       [(t, doc) for doc, t, _b in changed])
            _fts_insert(connection, kind, ((doc, t) for doc, t, _b in changed))
        if added:
            if next_doc is None:
                next_doc = int(connection.exec_driver_sql(
                    "SELECT coalesce(max(doc), 0) FROM search_docs").scalar() or 0) + 1
            docs = range(next_doc, next_doc + len(added))
            next_doc += len(added)
            connection.exec_driver_sql(
                "INSERT INTO search_docs (doc, kind, record_id, text) VALUES (?, ?, ?, ?)",
                [(doc, kind, r.hex, t) for doc, (r, t) in zip(docs, added, strict=True)])
            _fts_insert(connection, kind, ((doc, t) for doc, (_r, t) in
                                           zip(docs, added, strict=True)))


def remove_records(connection: Connection, kind: Kind, ids: Iterable[uuid.UUID]) -> None:
    """Take records of `kind` out of the index (those not in it are ignored)."""
    _kind(kind)
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return
    if not _is_sqlite(connection):
        for i in range(0, len(wanted), 500):
            connection.execute(search_docs.delete().where(
                search_docs.c.kind == kind, search_docs.c.record_id.in_(wanted[i:i + 500])))
        return
    old = _existing(connection, kind, wanted)
    if not old:
        return
    docs = list(old.values())
    _fts_delete(connection, kind, docs)
    connection.exec_driver_sql("DELETE FROM search_docs WHERE doc = ?",
                               [(doc,) for doc, _ in docs])


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _source_table(kind: Kind) -> Table:
    return _table(SOURCES[kind][0])


def _texts(connection: Connection, kind: Kind,
           ids: Sequence[uuid.UUID] | None = None,
           after: uuid.UUID | None = None, limit: int | None = None
           ) -> list[tuple[uuid.UUID, str]]:
    """(id, document text) of `kind`'s records: those of `ids`, or a page in id order."""
    table = _source_table(kind)
    columns = [table.c[name] for name in SOURCES[kind][1]]
    query = select(table.c.id, *columns).order_by(table.c.id)
    if ids is not None:
        query = query.where(table.c.id.in_(ids))
    if after is not None:
        query = query.where(table.c.id > after)
    if limit is not None:
        query = query.limit(limit)
    rows = connection.execute(query).all()
    if kind == "ledger":
        return [(row[0], row[1] or "") for row in rows]
    if kind == "clue":
        return [(row[0], document_text(kind, [v or "" for v in row[1:]])) for row in rows]
    subjects = _table("case_subjects")
    names: dict[uuid.UUID, list[str]] = {}
    record_ids = [row[0] for row in rows]
    for i in range(0, len(record_ids), 500):
        for case_id, name in connection.execute(
                select(subjects.c.case_id, subjects.c.name)
                .where(subjects.c.case_id.in_(record_ids[i:i + 500]))
                .order_by(subjects.c.case_id, subjects.c.position)):
            names.setdefault(case_id, []).append(name or "")
    return [(row[0], document_text(kind, [*(v or "" for v in row[1:]),
                                          *names.get(row[0], ())])) for row in rows]


def refresh(connection: Connection, kind: Kind, ids: Iterable[uuid.UUID]) -> None:
    """Index these records of `kind` as their rows are now; those gone leave the index."""
    _kind(kind)
    wanted = list(dict.fromkeys(ids))
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        rows = _texts(connection, kind, ids=chunk)
        index_records(connection, kind, rows)
        present = {r for r, _ in rows}
        remove_records(connection, kind, [r for r in chunk if r not in present])


def indexed_ids(connection: Connection, kind: Kind,
                ids: Iterable[uuid.UUID] | None = None) -> set[uuid.UUID]:
    """The records of `kind` in the index (among `ids` when given)."""
    _kind(kind)
    if ids is None:
        return set(connection.scalars(select(search_docs.c.record_id).where(
            search_docs.c.kind == kind)))
    return set(_existing(connection, kind, list(dict.fromkeys(ids))))


TABLE_KINDS: dict[str, Kind] = {name: kind for kind, (name, _f) in SOURCES.items()}


def records_touched(connection: Connection, table_name: str, ids: Iterable[uuid.UUID]
                    ) -> dict[Kind, set[uuid.UUID]]:
    """The indexed records whose text a change to these rows of `table_name` may change
    (a case subject: its case). Ask before deleting the rows; `refresh` them after."""
    wanted = list(dict.fromkeys(ids))
    if table_name in TABLE_KINDS:
        return {TABLE_KINDS[table_name]: set(wanted)}
    if table_name != "case_subjects" or not wanted:
        return {}
    subjects = _table("case_subjects")
    cases: set[uuid.UUID] = set()
    for i in range(0, len(wanted), 500):
        cases |= set(connection.scalars(select(subjects.c.case_id).where(
            subjects.c.id.in_(wanted[i:i + 500]))))
    return {"case": cases}


def refresh_touched(connection: Connection, touched: dict[Kind, set[uuid.UUID]]) -> None:
    for kind, ids in touched.items():
        refresh(connection, kind, sorted(ids))


def _clear(connection: Connection, kind: Kind) -> None:
    if _is_sqlite(connection):
        connection.exec_driver_sql(
            f"INSERT INTO search_fts_{kind} (search_fts_{kind}) VALUES ('delete-all')")
    connection.execute(search_docs.delete().where(search_docs.c.kind == kind))


def rebuild(connection: Connection, kind: Kind | None = None,
            progress: Callable[[int, int], None] | None = None) -> int:
    """Index every record of `kind` (all kinds when None) afresh from its own columns;
    `progress(done, total)` after each batch. The number of records indexed."""
    kinds = KINDS if kind is None else (_kind(kind),)
    total = sum(_count_rows(connection, _source_table(each)) for each in kinds)
    done = 0
    if progress is not None:
        progress(0, total)
    for each in kinds:
        _clear(connection, each)
        after: uuid.UUID | None = None
        while True:
            rows = _texts(connection, each, after=after, limit=BATCH)
            if not rows:
                break
            index_records(connection, each, rows, fresh=True)
            after = rows[-1][0]
            done += len(rows)
            if progress is not None:
                progress(done, total)
    return done


def _count_rows(connection: Connection, table: Table) -> int:
    return int(connection.execute(select(func.count()).select_from(table)).scalar() or 0)


# -- the ORM's writes


# What a flushed object changes in the index: (kind, attributes whose change matters, the
# record id of the object). Core statements (bulk imports, exchange) call the functions
# above themselves.
def _case_of_subject(target: Any) -> uuid.UUID | None:
    return target.case_id  # type: ignore[no-any-return]


_WATCHED: dict[str, tuple[Kind, tuple[str, ...], Callable[[Any], uuid.UUID | None]]] = {
    "ledger_entries": ("ledger", ("search_text",), lambda t: t.id),
    "clues": ("clue", SOURCES["clue"][1], lambda t: t.id),
    "accountability_cases": ("case", SOURCES["case"][1], lambda t: t.id),
    "case_subjects": ("case", ("name", "case_id", "position"), _case_of_subject),
}


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: Any) -> None:
    """Records written through the ORM (services, fixtures, demo loaders) are re-indexed from
    their rows once flushed: added, changed in a searchable field, or deleted."""
    touched: dict[Kind, set[uuid.UUID]] = {}

    def note(target: Any, changed_only: bool) -> None:
        table = getattr(target, "__tablename__", None)
        watched = _WATCHED.get(table) if isinstance(table, str) else None
        if watched is None:
            return
        kind, fields, record_of = watched
        state = inspect(target)
        if changed_only and not any(state.attrs[f].history.has_changes() for f in fields):
            return
        ids = {record_of(target)}
        if table == "case_subjects":  # moved to another case: the old one too
            ids |= set(state.attrs["case_id"].history.deleted or ())
        touched.setdefault(kind, set()).update(i for i in ids if i is not None)

    for target in session.new:
        note(target, False)
    for target in session.dirty:
        note(target, True)
    for target in session.deleted:
        note(target, False)
    if touched:
        refresh_touched(session.connection(), touched)


@event.listens_for(Session, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> Any:
    """An UPDATE (of a searchable column) or DELETE statement through a session on a
    record table: the records it touches are re-indexed once it has run."""
    if not (state.is_update or state.is_delete):
        return None
    statement: Any = state.statement
    table = getattr(statement, "table", None)
    watched = _WATCHED.get(getattr(table, "name", None) or "")
    if watched is None or not isinstance(table, Table):
        return None
    kind, fields, _record_of = watched
    if state.is_update:
        values = getattr(statement, "_values", None) or {}
        ordered = getattr(statement, "_ordered_values", None) or ()
        names = {getattr(k, "key", k) for k in [*values, *(k for k, _v in ordered)]}
        if not names & set(fields):
            return None
    key = table.c.case_id if table.name == "case_subjects" else table.c.id
    query = select(table.c.id, key)
    if getattr(statement, "whereclause", None) is not None:
        query = query.where(statement.whereclause)
    connection = state.session.connection()
    rows = connection.execute(query).all()
    result = state.invoke_statement()
    touched = {r[1] for r in rows if r[1] is not None}
    if table.name == "case_subjects" and state.is_update:  # moved to other cases: those too
        touched |= records_touched(connection, table.name, [r[0] for r in rows]).get(
            "case", set())
    if touched:
        refresh(connection, kind, sorted(touched))
    return result
