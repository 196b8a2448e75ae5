"""The county-scale demo data (issue 12), built at a tiny scale: the counts asked for, the
same data from the same seed, rows the services and the search index see, and integrity."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.conftest import PG_URL, pg_drop_database, pg_new_database
from zeren_desktop.cli import main
from zeren_desktop.domain.enums import CaseStage, LedgerCategory
from zeren_desktop.services.app import Services
from zeren_desktop.services.demo import DEMO_PASSWORD, DemoRefusedError
from zeren_desktop.services.demo_county import (
    COUNTY,
    QUICK,
    CountyResult,
    CountyScale,
    build_county,
    scale_named,
)
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Cadre,
    CaseStageEvent,
    CaseSubject,
    Clue,
    LedgerEntry,
    Unit,
    clue_cadres,
)

ROOT = Path(__file__).resolve().parent.parent
TINY = CountyScale(townships=2, units=12, cadres=60, ledger_entries=600, clues=300, cases=20)
CJK = re.compile(r"[\u4e00-\u9fff]")
FILE_ONLY = pytest.mark.sqlite_only("a database file: the CLI, copies, PRAGMA checks")


def _build(path: Path, seed: int = 7, scale: CountyScale = TINY) -> CountyResult:
    with Services.open(path) as services:
        return build_county(services, scale, seed)


def _new_database(folder: Path, name: str) -> Path:
    """A new SQLite file, or on PostgreSQL (ZEREN_TEST_PG_URL) a new database's URL."""
    if PG_URL:
        return pg_new_database()  # type: ignore[return-value]
    return folder / name


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, CountyResult]]:
    path = _new_database(tmp_path_factory.mktemp("county"), "county.sqlite")
    yield path, _build(path)
    if PG_URL:
        pg_drop_database(str(path))


@pytest.fixture
def opened(county: tuple[Path, CountyResult]) -> Iterator[Services]:
    with Services.open(county[0]) as services:
        yield services


def _count(services: Services, table: object) -> int:
    with services.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


def _content_hash(path: Path) -> str:
    """Record content of a few tables (ids included: they come from the seed too)."""
    digest = hashlib.sha256()
    with Services.open(path) as services, services.db.read() as session:
        for query in (
                select(Unit.id, Unit.name, Unit.kind, Unit.pinyin).order_by(Unit.id),
                select(Cadre.id, Cadre.name, Cadre.id_number, Cadre.birth_date)
                .order_by(Cadre.id),
                select(LedgerEntry.id, LedgerEntry.cadre_id, LedgerEntry.entry_date,
                       LedgerEntry.category, LedgerEntry.matter, LedgerEntry.content,
                       LedgerEntry.participants, LedgerEntry.search_text)
                .order_by(LedgerEntry.id),
                select(Clue.id, Clue.number, Clue.subject_names, Clue.summary,
                       Clue.received_on, Clue.result).order_by(Clue.id),
                select(AccountabilityCase.id, AccountabilityCase.number,
                       AccountabilityCase.title, AccountabilityCase.stage,
                       AccountabilityCase.decision_date).order_by(AccountabilityCase.id)):
            for row in session.execute(query):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_the_counts_asked_for(county: tuple[Path, CountyResult], opened: Services) -> None:
    _, result = county
    assert (result.units, result.cadres, result.ledger_entries, result.clues, result.cases) \
        == (12, 60, 600, 300, 20)
    assert _count(opened, Unit) == 12
    assert _count(opened, Cadre) == 60
    assert _count(opened, LedgerEntry) == 600
    assert _count(opened, Clue) == 300
    assert _count(opened, AccountabilityCase) == 20
    assert _count(opened, CaseSubject) == result.subjects > 0
    assert _count(opened, CaseStageEvent) == result.events >= 20
    with opened.db.read() as session:
        kinds = set(session.scalars(select(LedgerEntry.category).distinct()))
        years = {d.year for d in session.scalars(select(LedgerEntry.entry_date))}
        townships = session.scalar(select(func.count()).select_from(Unit)
                                   .where(Unit.kind == "township"))
    assert kinds == set(LedgerCategory)          # all nine must-record kinds
    assert result.year in years and min(years) < result.year   # plus some earlier years
    assert townships == 2
    assert result.accounts == ("clerk", "reviewer", "leader", "admin", "auditor")


def test_the_shipped_scales() -> None:
    assert (COUNTY.townships, COUNTY.units, COUNTY.cadres, COUNTY.ledger_entries,
            COUNTY.clues, COUNTY.cases) == (20, 150, 3000, 1_000_000, 500_000, 20_000)
    assert QUICK.ledger_entries == 10_000 and scale_named("quick") is QUICK
    assert scale_named("county") is COUNTY
    assert scale_named("5000").ledger_entries == 5000
    with pytest.raises(ValueError):
        scale_named("huge")


def test_same_seed_same_data_another_seed_other_data(
        county: tuple[Path, CountyResult], tmp_path: Path) -> None:
    again = _new_database(tmp_path, "again.sqlite")
    other = _new_database(tmp_path, "other.sqlite")
    try:
        _build(again, seed=7)
        _build(other, seed=8)
        first = _content_hash(county[0])
        assert _content_hash(again) == first
        assert _content_hash(other) != first
    finally:
        if PG_URL:
            pg_drop_database(str(again))
            pg_drop_database(str(other))


def test_the_services_see_the_rows(county: tuple[Path, CountyResult],
                                   opened: Services) -> None:
    opened.auth.sign_in("reviewer", DEMO_PASSWORD)
    assert opened.ledger.count() == 600
    assert len(opened.ledger.search(limit=50)) == 50
    assert opened.clues.count() == 300
    cases = opened.cases.search()
    assert len(cases) == 20
    assert all(CJK.search(c.title) for c in cases)
    assert {c.stage for c in cases} - {CaseStage.PROPOSED}   # not all at the first stage
    year = county[1].year
    report = opened.statistics.report(dt.date(year, 1, 1), dt.date(year, 12, 31))
    with opened.db.read() as session:
        decided = session.scalar(select(func.count()).select_from(AccountabilityCase).where(
            AccountabilityCase.decision_date.between(dt.date(year, 1, 1),
                                                     dt.date(year, 12, 31))))
    assert report.cases == decided


def test_the_clerk_signs_in_scoped_to_the_first_township(opened: Services) -> None:
    opened.auth.sign_in("clerk", DEMO_PASSWORD)
    seen = opened.ledger.count()
    assert 0 < seen < 600


def test_the_search_index_finds_a_two_character_name(opened: Services) -> None:
    pytest.importorskip("zeren_desktop.storage.search_index")
    opened.auth.sign_in("reviewer", DEMO_PASSWORD)
    with opened.db.read() as session:
        name = session.scalar(select(Cadre.name).where(func.length(Cadre.name) == 2)
                              .join(LedgerEntry, LedgerEntry.cadre_id == Cadre.id).limit(1))
        assert name is not None
        expected = session.scalar(select(func.count()).select_from(LedgerEntry)
                                  .where(LedgerEntry.search_text.contains(name)))
    assert expected
    assert opened.ledger.count(LedgerFilter(text=name)) == expected


@FILE_ONLY
def test_chinese_text_unique_numbers_and_integrity(opened: Services) -> None:
    with opened.db.read() as session:
        matters = list(session.scalars(select(LedgerEntry.matter)))
        contents = list(session.scalars(select(LedgerEntry.content)))
        names = list(session.scalars(select(Cadre.name)))
        summaries = list(session.scalars(select(Clue.summary)))
        clue_numbers = list(session.scalars(select(Clue.number)))
        case_numbers = list(session.scalars(select(AccountabilityCase.number)))
        keys = list(session.scalars(select(LedgerEntry.duplicate_key)))
        links = session.scalar(select(func.count()).select_from(clue_cadres))
        filed = session.scalar(select(func.count()).select_from(Clue)
                               .where(Clue.case_id.is_not(None)))
        connection = session.connection()
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
        integrity = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
    for texts in (matters, contents, names, summaries):
        assert all(CJK.search(t) for t in texts)
    assert len(set(matters)) > 30        # composed text, not a handful of repeats
    assert len(set(clue_numbers)) == 300 and all(
        re.fullmatch(r"XS\d{4}-\d{4,}", n) for n in clue_numbers)
    assert len(set(case_numbers)) == 20
    assert len(set(keys)) == 600         # no entry typed twice
    assert links and filed == 20         # each case came from a clue
    assert broken == []
    assert integrity == "ok"


def test_only_into_an_empty_database(county: tuple[Path, CountyResult]) -> None:
    with Services.open(county[0]) as services, pytest.raises(DemoRefusedError):
        build_county(services, TINY, 7)


@FILE_ONLY
def test_zeren_demo_scale(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZEREN_LANG", "en")
    path = tmp_path / "cli.sqlite"
    assert main(["demo", "--db", str(path), "--scale", "1000", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Loaded the county data set" in out and "1000 ledger entries" in out
    assert f"password {DEMO_PASSWORD}" in out
    with Services.open(path) as services:
        services.auth.sign_in("admin", DEMO_PASSWORD)
        assert services.settings.is_demo()
        assert services.audit.verify().ok
        assert _count(services, LedgerEntry) == 1000
    assert main(["demo", "--db", str(path), "--scale", "quick"]) == 1   # not empty
    assert main(["demo", "--db", str(tmp_path / "x.sqlite"), "--scale", "lots"]) == 2


@FILE_ONLY
def test_benchmark_data_sets_are_built_once(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZEREN_BENCH_DIR", str(tmp_path))
    from benchmarks import county_data

    monkeypatch.setitem(county_data.DATA_SETS, "tiny", TINY)
    path = county_data.county_database("tiny", verbose=False)
    stamp = path.stat().st_mtime_ns
    assert county_data.county_database("tiny", verbose=False) == path
    assert path.stat().st_mtime_ns == stamp          # reused, not rebuilt
    copy = county_data.fresh_copy(path)
    try:
        with Services.open(copy) as services:
            services.auth.sign_in("reviewer", DEMO_PASSWORD)
            assert services.ledger.count() == 600
    finally:
        county_data.remove_copy(copy)
    assert not copy.exists()


def test_run_py_help() -> None:
    process = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--help"],
                             capture_output=True, text=True, check=False, cwd=ROOT,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert process.returncode == 0, process.stderr
    assert "--quick" in process.stdout and "--only" in process.stdout
