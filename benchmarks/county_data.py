"""The benchmark data sets: built once with `services.demo_county`, reused while they match.

    .venv/bin/python benchmarks/county_data.py [county|quick|tiny ...] [--force]

`county_database(name)` returns the path of a ready database of that data set under
`$ZEREN_BENCH_DIR` (default /tmp/zeren-bench): `county` (1,000,000 ledger entries, 500,000
clues, 20,000 cases, 3,000 cadres), `quick` (10,000 entries: the floor of the view benchmark
and the small set of `run.py --quick`) or `tiny` (1,000 entries: the floor in `--quick`). A
file is rebuilt when its key no longer matches: the seed, the scale, the generator's
`DATA_VERSION`, the schema (the migration files) and the search index module; with
ZEREN_BENCH_REUSE=1 a set built with an older schema or index module is kept (it is
migrated when opened). Benchmarks that
only read open it directly (`Services.open(path)`, one at a time: the file is locked while
open); those that write take `fresh_copy(path)` and remove it after (`remove_copy`).
The demo accounts (`services.demo.DEMO_ACCOUNTS`, password `DEMO_PASSWORD`) sign in.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from zeren_desktop.services.demo_county import (  # noqa: E402
    COUNTY,
    DATA_VERSION,
    DEFAULT_SEED,
    QUICK,
    CountyResult,
    CountyScale,
    build_county,
)

TINY = CountyScale(townships=2, units=12, cadres=100, ledger_entries=1_000, clues=500, cases=20)
DATA_SETS: dict[str, CountyScale] = {"county": COUNTY, "quick": QUICK, "tiny": TINY}
# The floor each data set is compared with by the size-dependent benchmarks (view).
FLOOR_OF = {"county": "quick", "quick": "tiny"}
KEY_VERSION = 2


def bench_dir() -> Path:
    return Path(os.environ.get("ZEREN_BENCH_DIR") or "/tmp/zeren-bench")


def _digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.name.encode())
        with contextlib.suppress(FileNotFoundError):
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def data_set_key(name: str, seed: int = DEFAULT_SEED) -> dict[str, object]:
    """What a built set depends on: seed and scale, the generator's DATA_VERSION, the schema
    (the migration files) and the search index module (its tables' layout)."""
    package = ROOT / "zeren_desktop" / "storage"
    scale = DATA_SETS[name]
    return {"version": KEY_VERSION, "name": name, "seed": seed, "scale": scale.__dict__.copy(),
            "data": DATA_VERSION,
            "schema": _digest(sorted((package / "migrations" / "versions").glob("*.py"))),
            "index": _digest([package / "search_index.py"])}


def _paths(name: str) -> tuple[Path, Path]:
    folder = bench_dir()
    return folder / f"{name}.sqlite", folder / f"{name}.json"


def _remove(database: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".audit-head", ".lock", ".json"):
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + suffix).unlink()


def county_database(name: str, *, seed: int = DEFAULT_SEED, force: bool = False,
                    verbose: bool = True) -> Path:
    """The database of data set `name` ("county", "quick", "tiny"), built if missing or
    stale. Building the county set takes minutes; `quick` and `tiny` seconds."""
    if name not in DATA_SETS:
        raise KeyError(f"unknown data set {name!r}: {', '.join(DATA_SETS)}")
    database, meta = _paths(name)
    key = data_set_key(name, seed)
    if not force and _current(database, meta, key):
        return database
    database.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(database):
        # Another process may have built it while this one waited for the lock.
        if not force and _current(database, meta, key):
            return database
        return _build_into(database, meta, key, name, seed, verbose)


def _current(database: Path, meta: Path, key: dict[str, object]) -> bool:
    if not (database.exists() and meta.exists()):
        return False
    try:
        found = json.loads(meta.read_text("utf-8")).get("key")
    except (ValueError, OSError):
        return False
    if os.environ.get("ZEREN_BENCH_REUSE") and isinstance(found, dict):
        # keep a set built with an older schema or index module (migrated when opened)
        found["schema"], found["index"] = key["schema"], key["index"]
    return bool(found == key)


@contextlib.contextmanager
def _build_lock(database: Path) -> Iterator[None]:
    """One builder of a data set at a time (benchmarks may run side by side)."""
    lock = database.with_name(database.name + ".build-lock")
    with open(lock, "a+b") as handle:
        try:
            import fcntl
        except ImportError:   # Windows: no lock; build one set at a time by hand
            yield
            return
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _build_into(database: Path, meta: Path, key: dict[str, object], name: str, seed: int,
                verbose: bool) -> Path:
    building = database.with_name(f"{name}.building-{os.getpid()}.sqlite")
    _remove(building)
    try:
        result, seconds = _build(building, DATA_SETS[name], seed, name, verbose)
    except BaseException:
        _remove(building)
        raise
    _remove(database)
    for suffix in ("", ".audit-head"):
        source = building.with_name(building.name + suffix)
        if source.exists():
            source.replace(database.with_name(database.name + suffix))
    _remove(building)
    meta.write_text(json.dumps({"key": key, "result": result.__dict__, "seconds": seconds,
                                "bytes": database.stat().st_size}, ensure_ascii=False,
                               indent=1, default=str), "utf-8")
    return database


def _build(path: Path, scale: CountyScale, seed: int, name: str,
           verbose: bool) -> tuple[CountyResult, float]:
    from zeren_desktop.services.app import Services

    shown: dict[str, int] = {}

    def progress(phase: str, done: int, total: int) -> None:
        step = max(1, total // 5)
        if verbose and (done // step != shown.get(phase, -1) or done == total):
            shown[phase] = done // step
            print(f"  [{name}] {phase}: {done:,} of {total:,}", file=sys.stderr, flush=True)

    if verbose:
        print(f"building the {name} data set in {path.parent} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    with Services.open(path) as services:
        result = build_county(services, scale, seed, progress)
    seconds = time.perf_counter() - started
    if verbose:
        print(f"  [{name}] built in {seconds:.1f} s, {path.stat().st_size / 2**20:,.0f} MiB",
              file=sys.stderr, flush=True)
    return result, seconds


def data_set_info(name: str) -> dict[str, object]:
    """What `county_database` recorded when it built the set (result, seconds, bytes)."""
    _, meta = _paths(name)
    info: dict[str, object] = json.loads(meta.read_text("utf-8"))
    return info


def fresh_copy(path: Path, suffix: str = "copy") -> Path:
    """A private copy of a built (closed, checkpointed) data set, with its audit anchor, for
    a benchmark that writes. Remove it with `remove_copy`."""
    target = path.with_name(f"{path.stem}.{suffix}-{os.getpid()}.sqlite")
    remove_copy(target)
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        from zeren_desktop.storage.backup import backup_sqlite

        backup_sqlite(path, target)
    else:
        shutil.copyfile(path, target)
    anchor = path.with_name(path.name + ".audit-head")
    if anchor.exists():
        shutil.copyfile(anchor, target.with_name(target.name + ".audit-head"))
    return target


def remove_copy(copy: Path) -> None:
    _remove(copy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build (or check) the benchmark data sets.")
    parser.add_argument("names", nargs="*", default=["tiny", "quick"],
                        help=f"data sets: {', '.join(DATA_SETS)} (default: tiny quick)")
    parser.add_argument("--force", action="store_true", help="rebuild even when current")
    args = parser.parse_args(argv)
    for name in args.names:
        path = county_database(name, force=args.force)
        info = data_set_info(name)
        print(f"{name}: {path} ({int(str(info['bytes'])) / 2**20:,.0f} MiB, "
              f"built in {float(str(info['seconds'])):.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
