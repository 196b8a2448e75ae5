"""The search index against a `LIKE` scan over the same texts.

    .venv/bin/python benchmarks/bench_search.py [--quick] [--runs R] [--build N]

On the county data set (1,000,000 ledger entries; `--quick`: the quick set, 10,000) a
two-character and a three-character query — the name of a cadre of each length, first by
id — answered by the search index (`storage.search_index.matching_ids`: the ids of the
entries whose text contains the needle) and by a `LIKE '%…%'` scan of the entries'
`search_text`, the same ids asserted, the runs interleaved, medians compared:
`search 2 chars: ratio R (target ≥ 50) ok|short` (R = scan / index) and the same for 3.

It also reports the index's size on disk (search_docs and the FTS5 tables, from `dbstat`)
and its build time per 100,000 entries: `index_records` of N entries' texts taken from the
data set into an empty migrated database (`--build`, 100,000; 10,000 with `--quick`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_common import (  # noqa: E402
    BenchResult,
    fmt_seconds,
    interleaved_medians,
    machine,
    ratio,
)

TARGET = 50.0


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _needles(connection: sqlite3.Connection) -> dict[int, str]:
    """A cadre's name of two and of three characters (first by id): real, findable words."""
    found: dict[int, str] = {}
    for size in (2, 3):
        row = connection.execute("SELECT name FROM cadres WHERE length(name) = ? ORDER BY id"
                                 " LIMIT 1", (size,)).fetchone()
        found[size] = row[0] if row else ("魏某" if size == 2 else "欧阳某")
    return found


def index_size_mib(path: Path) -> dict[str, float]:
    """MiB on disk of search_docs (with its unique index) and of the FTS5 tables."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        sizes: dict[str, float] = {}
        for name, size in connection.execute(
                "SELECT name, sum(pgsize) FROM dbstat WHERE name LIKE 'search%'"
                " OR name LIKE 'sqlite_autoindex_search%' GROUP BY name"):
            group = "search_docs" if "search_docs" in name else "fts"
            sizes[group] = sizes.get(group, 0.0) + size / 2**20
        for name, size in connection.execute(
                "SELECT name, sum(pgsize) FROM dbstat WHERE name = 'ledger_entries'"
                " GROUP BY name"):
            sizes[name] = size / 2**20
        return sizes
    finally:
        connection.close()


def build_seconds(source: Path, count: int) -> tuple[float, int, dict[str, float]]:
    """Seconds to index `count` entries' texts of `source` into an empty migrated database
    (one transaction, as a bulk load does), how many, and that index's size."""
    from zeren_desktop.services.app import Services
    from zeren_desktop.storage import search_index

    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reader:
        texts = [(uuid.UUID(hex=r), t) for r, t in reader.execute(
            "SELECT id, search_text FROM ledger_entries LIMIT ?", (count,))]
    folder = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        path = folder / "index.sqlite"
        with Services.open(path) as services, services.db.write() as session:
            connection = session.connection()
            started = time.perf_counter()
            search_index.index_records(connection, "ledger", texts, fresh=True)
            session.commit()
            seconds = time.perf_counter() - started
        return seconds, len(texts), index_size_mib(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(quick: bool, runs: int | None = None, build: int | None = None) -> list[BenchResult]:
    from sqlalchemy import select

    from benchmarks.county_data import county_database
    from zeren_desktop.storage import search_index
    from zeren_desktop.storage.database import create_database_engine, resolve_database_url
    from zeren_desktop.storage.models import LedgerEntry

    name = "quick" if quick else "county"
    runs = runs or (7 if quick else 5)
    build = build or (10_000 if quick else 100_000)
    path = county_database(name)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as plain:
        needles = _needles(plain)
        entries = plain.execute("SELECT count(*) FROM ledger_entries").fetchone()[0]
    engine = create_database_engine(resolve_database_url(path), read_only=True)
    results: list[BenchResult] = []
    try:
        with engine.connect() as connection:
            for size, needle in needles.items():
                indexed = search_index.matching_ids("ledger", needle)
                scan = select(LedgerEntry.id).where(
                    LedgerEntry.search_text.like(f"%{needle}%"))

                def by_index(query: object = indexed) -> set[object]:
                    return set(connection.scalars(query))  # type: ignore[call-overload]

                def by_scan(query: object = scan) -> set[object]:
                    return set(connection.scalars(query))  # type: ignore[call-overload]

                hits = by_index()
                assert hits == by_scan(), f"index and scan differ for {needle}"
                times = interleaved_medians({"index": by_index, "scan": by_scan}, runs=runs,
                                            warmup=1)
                figure = ratio(times["scan"], times["index"])
                detail = (f"{needle!r} in {entries:,} entries: {len(hits):,} hits, index "
                          f"{fmt_seconds(times['index'])}, LIKE scan "
                          f"{fmt_seconds(times['scan'])} (median of {runs})")
                _say(f"search {size} chars: {detail}")
                results.append(BenchResult(f"search {size} chars", figure, TARGET,
                                           more_is_better=True, detail=detail))
    finally:
        engine.dispose()
    sizes = index_size_mib(path)
    index_mib = sizes.get("search_docs", 0) + sizes.get("fts", 0)
    _say(f"index size in the {name} data set (all kinds: {entries:,} entries and the clues "
         f"and cases): {index_mib:,.0f} MiB (search_docs {sizes.get('search_docs', 0):,.0f}, "
         f"FTS5 {sizes.get('fts', 0):,.0f}); the ledger table itself "
         f"{sizes.get('ledger_entries', 0):,.0f} MiB")
    seconds, count, built = build_seconds(path, build)
    per = 100_000 / count if count else 0
    _say(f"index build: {count:,} entries in {seconds:.1f} s = {seconds * per:.1f} s per "
         f"100,000; their index {(built.get('search_docs', 0) + built.get('fts', 0)) * per:.0f}"
         f" MiB per 100,000 (search_docs {built.get('search_docs', 0) * per:.0f}, FTS5 "
         f"{built.get('fts', 0) * per:.0f})")
    for result in results:
        result.detail += (f"; index {index_mib:,.0f} MiB on disk, build "
                          f"{seconds * per:.1f} s per 100,000 entries")
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int)
    parser.add_argument("--build", type=int, help="entries indexed for the build time")
    args = parser.parse_args()
    os.environ.setdefault("ZEREN_HOME", tempfile.mkdtemp(prefix="bench-search-home-"))
    for result in run(args.quick, args.runs, args.build):
        print(result.line())
    print(machine())


if __name__ == "__main__":
    main()
