"""The search index (storage/search_index.py) finds exactly what a plain substring search
over the same normalised texts finds: two-character Chinese names, longer words, numbers
with letters and dashes, punctuation, one character (the `LIKE` fallback) — after inserts,
updates, deletes and a rebuild, and whichever way the records were written (services, the
ORM directly, the bulk clue import, a cadre's rename, the migration that fills it)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import uuid
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, delete, func, select, text, update

from tests.conftest import TEST_PASSWORD
from tests.integrity_fixtures import Builder, County
from tests.test_clue_import import GOOD, write_csv
from zeren_desktop.domain.enums import ClueSource, LedgerCategory
from zeren_desktop.domain.ledger import LedgerEntryInput, normalise_for_search
from zeren_desktop.domain.records import CadreInput, PostInput
from zeren_desktop.services.app import Services
from zeren_desktop.services.clue_dto import ClueFilter, ClueInput
from zeren_desktop.services.demo import DEMO_PASSWORD, load_demo
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.storage import search_index
from zeren_desktop.storage.database import create_database_engine, resolve_database_url
from zeren_desktop.storage.migrate import alembic_config
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Base,
    Cadre,
    CaseSubject,
    Clue,
    LedgerEntry,
)

# Few characters, so that texts share many bigrams and candidates must be checked.
ALPHABET = "魏某张三丰李秀英城关镇王伟低保wz20-6，Ｗ ."
NEEDLES = ["魏某", "张三丰", "三丰", "李秀英", "城关镇王", "WZ2026-0", "wz20", "ｗｚ２０",
           "2026", "-0", "王，伟", "王 伟", "某", "Ｗ", "6", "低保低保", "不在", "丰李"]


def _fields(rng: random.Random) -> list[str]:
    return ["".join(rng.choices(ALPHABET, k=rng.randint(0, 12)))
            for _ in range(rng.randint(1, 4))]


def _expected(docs: dict[uuid.UUID, list[str]], needle: str) -> set[uuid.UUID]:
    """The plain answer: records with a field whose normalised text contains the needle."""
    norm = normalise_for_search(needle)
    return {r for r, fields in docs.items()
            if any(norm in normalise_for_search(f) for f in fields)}


def _found(connection: Connection, kind: search_index.Kind, needle: str) -> set[uuid.UUID]:
    return set(connection.scalars(search_index.matching_ids(kind, needle)))


def _needles(docs: dict[uuid.UUID, list[str]], rng: random.Random) -> list[str]:
    """The fixed needles, and substrings of the texts of every length from 1 to 4."""
    found = list(NEEDLES)
    texts = [f for fields in docs.values() for f in fields if f]
    for _ in range(60):
        field = rng.choice(texts)
        size = rng.randint(1, 4)
        start = rng.randrange(max(1, len(field) - size + 1))
        found.append(field[start:start + size])
    return [n for n in found if normalise_for_search(n)]


def _check(connection: Connection, kind: search_index.Kind, docs: dict[uuid.UUID, list[str]],
           needles: Iterable[str]) -> None:
    for needle in needles:
        assert _found(connection, kind, needle) == _expected(docs, needle), needle


def test_the_index_answers_as_a_substring_search_after_every_change(
        services: Services) -> None:
    rng = random.Random(12)
    docs = {uuid.uuid4(): _fields(rng) for _ in range(300)}
    docs[uuid.uuid4()] = ["欧阳", "晓燕"]       # "阳晓" spans two fields: not a match
    docs[uuid.uuid4()] = ["WZ2026-0017", "城关镇王伟"]
    docs[uuid.uuid4()] = ["", "某"]
    needles = _needles(docs, rng)
    assert _expected(docs, "阳晓") == set() and _expected(docs, "欧阳")
    kind: search_index.Kind = "clue"   # bare ids: no clue rows, the index alone
    with services.db.write() as session:
        connection = session.connection()
        search_index.index_records(connection, kind, [
            (r, search_index.document_text(kind, f)) for r, f in docs.items()])
        _check(connection, kind, docs, [*needles, "阳晓", "欧阳", "晓燕", "欧阳晓燕"])
        assert search_index.indexed_ids(connection, kind) == set(docs)

        # updates: a third get new texts (two given twice: the last counts)
        changed = rng.sample(sorted(docs), 100)
        for record in changed:
            docs[record] = _fields(rng)
        search_index.index_records(connection, kind, [
            (r, search_index.document_text(kind, ["never", "seen"])) for r in changed[:2]])
        search_index.index_records(connection, kind, [
            (r, search_index.document_text(kind, docs[r])) for r in changed])
        _check(connection, kind, docs, needles)
        assert _found(connection, kind, "never") == set()

        # deletes, one of them twice and one unknown id
        gone = rng.sample(sorted(docs), 60)
        search_index.remove_records(connection, kind, [*gone, gone[0], uuid.uuid4()])
        for record in gone:
            del docs[record]
        _check(connection, kind, docs, needles)
        assert search_index.indexed_ids(connection, kind) == set(docs)
        # the other kinds are untouched by all this
        assert search_index.indexed_ids(connection, "case") == set()
        assert _found(connection, "case", "魏某") == set()
        if connection.dialect.name == "sqlite":   # FTS5's own consistency check
            for each in search_index.KINDS:
                connection.exec_driver_sql(
                    f"INSERT INTO search_fts_{each} (search_fts_{each}, rank)"
                    " VALUES ('integrity-check', 0)")


def test_a_needle_must_be_something() -> None:
    with pytest.raises(ValueError):
        search_index.matching_ids("ledger", " ，")
    with pytest.raises(ValueError):
        search_index.matching_ids("meeting", "魏某")  # type: ignore[arg-type]


def _ledger_fields(services: Services, entry_id: uuid.UUID) -> list[str]:
    row = services.ledger.get(entry_id).row
    return [row.cadre_name, row.matter, row.place, row.participants, row.content,
            row.evidence, row.remarks]


def _index_rows(services: Services) -> set[tuple[str, uuid.UUID, str]]:
    with services.db.read() as session:
        return {(k, r, t) for k, r, t in session.execute(select(
            search_index.search_docs.c.kind, search_index.search_docs.c.record_id,
            search_index.search_docs.c.text))}


def test_the_services_search_through_the_index_and_keep_it_in_step(
        services: Services) -> None:
    county = County(services)
    rng = random.Random(7)
    cadres = {county.zhang: "张建国", county.li: "李秀英", county.wang: "王伟"}
    entries: dict[uuid.UUID, list[str]] = {}
    for n in range(40):
        cadre = rng.choice(sorted(cadres))
        fields = _fields(rng)
        data = LedgerEntryInput(
            cadre, dt.date(2025, 1, 1) + dt.timedelta(days=n), LedgerCategory.DAILY_SUPERVISION,
            fields[0] or f"事项{n}", place=fields[-1], content="；".join(fields[1:]),
            evidence=f"WZ2026-{n:04d}")
        entry_id = services.ledger.create(data)
        entries[entry_id] = _ledger_fields(services, entry_id)
    clues: dict[uuid.UUID, list[str]] = {}
    for n in range(30):
        fields = _fields(rng)
        clue = ClueInput(f"XS2025-{n + 1:04d}", dt.date(2025, 3, 5), ClueSource.PETITION,
                         fields[0] or "反映问题", subject_names=rng.choice(list(cadres.values())),
                         unit_text=fields[-1], remarks="、".join(fields[1:]))
        clue_id = services.clues.create(clue)
        clues[clue_id] = [clue.number, clue.subject_names, "", clue.unit_text,
                          fields[0] or "反映问题", clue.remarks]

    def check() -> None:
        needles = [*_needles(entries, rng), *_needles(clues, rng), "张建国", "建国", "2025-00"]
        for needle in needles:
            assert {r.id for r in services.ledger.search(LedgerFilter(text=needle))} == \
                _expected(entries, needle), needle
            assert services.ledger.count(LedgerFilter(text=needle)) == \
                len(_expected(entries, needle)), needle
            assert {r.id for r in services.clues.search(ClueFilter(text=needle))} == \
                _expected(clues, needle), needle

    check()
    # updates and deletes through the services
    for entry_id in rng.sample(sorted(entries), 10):
        row = services.ledger.get(entry_id).row
        services.ledger.update(entry_id, LedgerEntryInput(
            row.cadre_id, row.entry_date, row.category, row.matter, place=row.place,
            content="".join(rng.choices(ALPHABET, k=10)), evidence=row.evidence))
        entries[entry_id] = _ledger_fields(services, entry_id)
    for entry_id in rng.sample(sorted(entries), 5):
        services.ledger.delete(entry_id)
        del entries[entry_id]
    for clue_id in rng.sample(sorted(clues), 8):
        clue_row = services.clues.get(clue_id)
        summary = "".join(rng.choices(ALPHABET, k=8)) or "问题"
        services.clues.update(clue_id, dataclasses.replace(clue_row.as_input(),
                                                           summary=summary))
        clues[clue_id][4] = summary
    for clue_id in rng.sample(sorted(clues), 4):
        services.clues.delete(clue_id)
        del clues[clue_id]
    check()

    # a cadre's new name finds their entries; the old one no longer does
    wang = services.cadres.get(county.wang)
    services.cadres.update(county.wang, CadreInput(
        "欧阳丰", wang.rank, id_number=wang.id_number, posts=tuple(
            PostInput(p.unit_id, p.title, p.start_date, p.end_date, p.portfolio, p.id)
            for p in wang.posts)))
    for fields in entries.values():
        if fields[0] == "王伟":
            fields[0] = "欧阳丰"
    assert _expected(entries, "欧阳丰")
    check()
    assert {r.id for r in services.ledger.search(LedgerFilter(text="欧阳"))} == \
        _expected(entries, "欧阳")

    # the index equals one rebuilt from the records' own columns
    before = _index_rows(services)
    with services.db.write() as session:
        assert search_index.rebuild(session.connection()) == len(entries) + len(clues)
    assert _index_rows(services) == before
    check()


def test_cases_are_found_by_number_title_summary_and_subjects(services: Services) -> None:
    county = County(services)
    builder = Builder(services)
    # written through the ORM directly, as fixtures and loaders do: indexed on flush
    first = builder.case("青纪问〔2025〕3号", unit_id=county.town, title="违规发放津贴问题")
    builder.subject(first, county.zhang, ["party_warning"])
    second = builder.case("青纪问〔2025〕12号", unit_id=county.town, title="城关镇低保问题")
    builder.subject(second, county.li, ["admonition"])
    builder.subject(second, county.wang, ["admonition"])

    def found(needle: str) -> set[uuid.UUID]:
        return {r.id for r in services.cases.search(text=needle)}

    assert found("张建国") == {first}
    assert found("秀英") == {second}
    assert found("〔2025〕12") == {second} and found("2025") == {first, second}
    assert found("津贴") == {first} and found("低") == {second}
    assert found("建国李") == set()            # two subjects are two fields
    with services.db.write() as session:
        subject = session.scalars(select(CaseSubject).where(
            CaseSubject.case_id == second, CaseSubject.cadre_id == county.li)).one()
        subject.case_id = first               # moved: both cases change
        case = session.get(AccountabilityCase, first)
        assert case is not None
        case.summary = "经查，魏某负有主要领导责任"
    assert found("秀英") == {first} and found("魏某") == {first}
    # statements through a session, not the unit of work: re-indexed as they run
    with services.db.write() as session:
        session.execute(delete(CaseSubject).where(CaseSubject.case_id == first,
                                                  CaseSubject.cadre_id == county.li))
        session.execute(update(AccountabilityCase).where(AccountabilityCase.id == second)
                        .values(title="河口镇违规发放补贴问题"))
    assert found("秀英") == set() and found("张建国") == {first}
    assert found("补贴") == {second} and found("低保") == set()
    with services.db.write() as session:
        session.execute(delete(CaseSubject).where(CaseSubject.case_id == first))
        case = session.get(AccountabilityCase, first)
        session.delete(case)
    assert found("2025") == {second} and found("魏某") == set()


def test_the_bulk_clue_import_indexes_what_it_writes(services: Services,
                                                     tmp_path: Path) -> None:
    County(services)
    result = services.clues.import_file(write_csv(tmp_path / "c.csv", GOOD))
    assert result.imported == 3
    found = {r.subject_names: r for r in services.clues.search(ClueFilter(text="高龄"))}
    assert set(found) == {"赵六、钱七"}
    assert [r.subject_names for r in services.clues.search(ClueFilter(text="李四"))] == ["李四"]
    assert services.clues.count(ClueFilter(text="低保")) == 1
    assert services.clues.count(ClueFilter(text="第一批")) == 1


def _alembic(url: str, action: str, revision: str) -> None:
    engine = create_database_engine(resolve_database_url(url))
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            getattr(command, action)(config, revision)
    finally:
        engine.dispose()


def test_the_migration_fills_the_index_from_the_records(db_path: Path) -> None:
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        county = County(services)
        entry = services.ledger.create(LedgerEntryInput(
            county.zhang, dt.date(2025, 5, 6), LedgerCategory.DAILY_SUPERVISION, "约谈魏某",
            content="督促整改WZ2026-0017"))
        clue = services.clues.create(ClueInput("XS2025-0001", dt.date(2025, 3, 5),
                                               ClueSource.PETITION, "违规领取低保"))
        case = Builder(services).case("青纪问〔2025〕3号", title="违规发放津贴问题")
        expected = _index_rows(services)
    url = str(db_path)
    _alembic(url, "downgrade", "0010_exchange")
    engine = create_database_engine(resolve_database_url(url))
    try:
        with engine.connect() as connection:   # the gram table is back, filled
            grams = set(connection.execute(text(
                "select gram from ledger_grams")).scalars())
            assert {"魏某", "约谈", "wz", "17"} <= grams
    finally:
        engine.dispose()
    _alembic(url, "upgrade", "head")
    with Services.open(db_path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        assert _index_rows(services) == expected
        assert [r.id for r in services.ledger.search(LedgerFilter(text="魏某"))] == [entry]
        assert [r.id for r in services.ledger.search(LedgerFilter(text="wz2026-0"))] == [entry]
        assert [r.id for r in services.clues.search(ClueFilter(text="低保"))] == [clue]
        assert [r.id for r in services.cases.search(text="津贴")] == [case]
        with services.db.read() as session:
            assert session.get(Clue, clue) is not None
            assert session.get(Cadre, county.zhang) is not None


@pytest.mark.sqlite_only("the demo fills a new database nobody uses yet: a new file")
def test_the_demo_is_indexed_as_a_rebuild_would(tmp_path: Path) -> None:
    with Services.open(tmp_path / "demo.sqlite") as services:
        _demo_is_indexed(services)


def _demo_is_indexed(services: Services) -> None:
    load_demo(services)
    services.auth.sign_in("reviewer", DEMO_PASSWORD)
    loaded = _index_rows(services)
    with services.db.read() as session:
        counts = {kind: session.scalar(select(func.count()).select_from(
            Base.metadata.tables[table])) for kind, (table, _f)
            in search_index.SOURCES.items()}
    assert Counter(kind for kind, _r, _t in loaded) == counts
    with services.db.write() as session:
        search_index.rebuild(session.connection())
    assert _index_rows(services) == loaded
    with services.db.read() as session:
        name, cadre = session.execute(select(Cadre.name, Cadre.id).where(
            Cadre.id.in_(select(LedgerEntry.cadre_id))).limit(1)).one()
        mine = set(session.scalars(select(LedgerEntry.id).where(LedgerEntry.cadre_id == cadre)))
    assert mine <= {r.id for r in services.ledger.search(LedgerFilter(text=name))}
