"""Time the bulk clue import against reading the same file plus a raw `executemany`.

    .venv/bin/python benchmarks/bench_clue_import.py [--rows N] [--runs R] [--formats csv,xlsx]

Generates (seeded) a .csv and an .xlsx of N big-data comparison results (400,000 by
default; Chinese names, units and problems, about 1 % bad rows), then, in a fresh database
each time, times `ClueService.import_file` against the baseline: the same reader
(`spreadsheets.iter_rows`: the csv module, python-calamine for .xlsx) and the driver's
`executemany` of the same rows, in chunks, into the same `clues` table and the same search
index rows (`search_docs` and the FTS5 documents, storage/search_index.py: since issue 12 a
clue is stored with its index entry) in one transaction. The baseline's rows are those the
import stored (read back from its database, the FTS5 token strings made from the stored
texts, untimed), written with the program's connection settings (foreign keys on, WAL,
synchronous FULL). The ratio against the clue rows alone is printed too.
Each run is a child process, so its peak RSS is its own (the baseline's includes the rows
it holds in memory). Prints the medians and
`clue import: ratio R (target ≤ 1.5)` per format.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.clues import IMPORT_CACHE_KIB
from zeren_desktop.services.spreadsheets import iter_rows, write_xlsx
from zeren_desktop.storage import search_index

PASSWORD = "bench-Passw0rd!"
HEADERS = ("线索编号", "受理日期", "线索来源", "被反映人", "身份证号", "单位", "问题摘要",
           "处置方式", "办理结果", "追缴金额(元)", "纠正金额(元)", "取消资格人数", "备注")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红文斌玉兰"
TOWNS = ("城关镇", "河口镇", "石桥镇", "柳林乡", "白沙镇", "青石乡", "新集镇", "马坪镇")
OFFICES = ("民政办", "农业服务中心", "财政所", "社保中心", "村民委员会", "卫生院")
PROBLEMS = ("名下有车辆仍享受城乡低保", "财政供养人员违规领取低保金",
            "已死亡人员仍在领取养老金", "工商登记法人违规享受特困供养",
            "违规享受耕地地力保护补贴", "重复领取高龄津贴", "购房人员违规领取危房改造补助",
            "公职人员亲属违规享受残疾人两项补贴")
HANDLINGS = ("暂存", "初核", "谈话函询", "了结", "了结", "了结")
RESULTS = ("查实", "部分查实", "查否")


def _id_number(rng: random.Random) -> str:
    first17 = f"4206{rng.randint(10, 99)}{rng.randint(1950, 2000)}{rng.randint(1, 12):02d}" \
              f"{rng.randint(1, 28):02d}{rng.randint(100, 999)}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11]
    return first17 + check


def rows(count: int, seed: int = 7) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1)
    out: list[tuple[object, ...]] = []
    for n in range(count):
        received = start + dt.timedelta(days=rng.randrange(600))
        handling = rng.choice(HANDLINGS)
        result = rng.choice(RESULTS) if handling == "了结" else ""
        recovered = f"{rng.randint(100, 99999)}.{rng.randint(0, 99):02d}" if result else ""
        corrected = str(rng.randint(0, 5000)) if result == "查实" else ""
        row: list[object] = [
            f"DS{received.year}-{n + 1:06d}", received.isoformat(), "大数据比对",
            rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))),
            _id_number(rng), rng.choice(TOWNS) + rng.choice(OFFICES), rng.choice(PROBLEMS),
            handling, result, recovered, corrected, "1" if result == "查实" else "",
            f"第{1 + n // 50_000}批比对"]
        if rng.random() < 0.01:   # about 1 % bad rows: each kind of mistake
            kind = rng.randrange(4)
            if kind == 0:
                row[3] = ""
            elif kind == 1:
                row[1] = "2025-02-30"
            elif kind == 2:
                row[2] = "网上传言"
            else:
                row[9] = "一千元"
        out.append(tuple(row))
    return out


def write_files(folder: Path, count: int) -> dict[str, Path]:
    import csv

    data = rows(count)
    csv_path = folder / f"clues-{count}.csv"
    if not csv_path.exists():
        with csv_path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(HEADERS)
            writer.writerows(data)
    xlsx_path = folder / f"clues-{count}.xlsx"
    if not xlsx_path.exists():
        write_xlsx(xlsx_path, "线索", HEADERS, data)
    return {"csv": csv_path, "xlsx": xlsx_path}


def make_template(folder: Path) -> Path:
    path = folder / "template.sqlite"
    if not path.exists():
        with Services.open(path) as services:
            services.auth.create_first_administrator("admin", PASSWORD)
            services.auth.sign_in("admin", PASSWORD)
            services.auth.create_user(UserInput("clerk", "clerk", frozenset(
                {AccountRole.CLERK})), PASSWORD)
    return path


def fresh_db(template: Path, folder: Path) -> Path:
    target = folder / f"run-{uuid.uuid4().hex[:8]}.sqlite"
    shutil.copyfile(template, target)
    anchor = template.with_name(template.name + ".audit-head")
    if anchor.exists():
        shutil.copyfile(anchor, target.with_name(target.name + ".audit-head"))
    return target


# -- the two ways, each run in a child process

def run_import(db: Path, source: Path) -> dict[str, object]:
    with Services.open(db) as services:
        services.auth.sign_in("clerk", PASSWORD)
        began = time.perf_counter()
        result = services.clues.import_file(source, report=db.with_suffix(".rejected.csv"))
        seconds = time.perf_counter() - began
    return {"seconds": seconds, "imported": result.imported, "rejected": result.rejected}


def run_baseline(db: Path, source: Path, reference: Path) -> dict[str, object]:
    """Read the file with the same reader, then `executemany` the very rows the import
    stored (taken from its database, untimed) into a fresh database's `clues` and search
    index, with the program's connection settings (foreign keys on, WAL, synchronous
    FULL)."""
    began = time.perf_counter()
    for _ in iter_rows(source):
        pass
    reading = time.perf_counter() - began
    with sqlite3.connect(reference) as old:
        cursor = old.execute("SELECT * FROM clues")
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        office = old.execute("SELECT id, name, is_local, created_at FROM offices").fetchall()
        docs = old.execute("SELECT doc, kind, record_id, text FROM search_docs"
                           " WHERE kind = 'clue'").fetchall()
    fts = [(doc, search_index.token_string(text)) for doc, _k, _r, text in docs]
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")  # as the import has it
    connection.executemany(  # the importing office, so that the foreign key holds
        "INSERT OR IGNORE INTO offices (id, name, is_local, created_at) VALUES (?, ?, 0, ?)",
        [(o[0], o[1], o[3]) for o in office])
    sql = (f"INSERT INTO clues ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    began = time.perf_counter()
    connection.execute("BEGIN")
    for start in range(0, len(rows), 5000):
        connection.executemany(sql, rows[start:start + 5000])
    clues_only = time.perf_counter() - began
    for start in range(0, len(docs), 5000):
        connection.executemany("INSERT INTO search_docs (doc, kind, record_id, text)"
                               " VALUES (?, ?, ?, ?)", docs[start:start + 5000])
        connection.executemany("INSERT INTO search_fts_clue (rowid, tokens) VALUES (?, ?)",
                               fts[start:start + 5000])
    connection.execute("COMMIT")
    writing = time.perf_counter() - began
    connection.close()
    return {"seconds": reading + writing, "reading": reading, "writing": writing,
            "clues_only": reading + clues_only, "imported": len(rows), "rejected": 0}


def in_child(kind: str, db: Path, source: Path, reference: Path) -> dict[str, object]:
    """Run one way in a forked child; its result plus its own peak RSS (MiB)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(reader)
        try:
            out = (run_import(db, source) if kind == "import"
                   else run_baseline(db, source, reference))
        except BaseException as error:
            out = {"error": repr(error)}
        os.write(writer, json.dumps(out).encode())
        os.close(writer)
        os._exit(0)
    os.close(writer)
    data = b""
    while chunk := os.read(reader, 65536):
        data += chunk
    os.close(reader)
    _, _, usage = os.wait4(pid, 0)
    result: dict[str, object] = json.loads(data)
    if "error" in result:
        raise RuntimeError(result["error"])
    result["peak_mib"] = usage.ru_maxrss / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=400_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--formats", default="csv,xlsx")
    parser.add_argument("--folder", type=Path, help="keep the generated files here")
    args = parser.parse_args()
    folder = args.folder or Path(tempfile.mkdtemp(prefix="bench-clues-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ZEREN_HOME", str(folder / "home"))
    began = time.perf_counter()
    files = write_files(folder, args.rows)
    print(f"files for {args.rows} rows ready in {time.perf_counter() - began:.1f} s: "
          + ", ".join(f"{p.name} {p.stat().st_size / 2**20:.1f} MiB" for p in files.values()))
    template = make_template(folder)
    for fmt in args.formats.split(","):
        source = files[fmt]
        times: dict[str, list[float]] = {"import": [], "baseline": [], "clues_only": []}
        peaks: dict[str, float] = {"import": 0.0, "baseline": 0.0}
        for _ in range(args.runs):
            imported = fresh_db(template, folder)
            out = in_child("import", imported, source, imported)
            times["import"].append(float(out["seconds"]))  # type: ignore[arg-type]
            peaks["import"] = max(peaks["import"], float(out["peak_mib"]))  # type: ignore[arg-type]
            print(f"  {fmt} import: {out['imported']} imported, {out['rejected']} rejected")
            db = fresh_db(template, folder)
            out = in_child("baseline", db, source, imported)
            times["baseline"].append(float(out["seconds"]))  # type: ignore[arg-type]
            times["clues_only"].append(float(out["clues_only"]))  # type: ignore[arg-type]
            peaks["baseline"] = max(peaks["baseline"], float(out["peak_mib"]))  # type: ignore[arg-type]
            print(f"  {fmt} baseline: reading {out['reading']:.2f} s + executemany "
                  f"{out['writing']:.2f} s (the clue rows alone "
                  f"{float(out['clues_only']) - float(out['reading']):.2f} s)")  # type: ignore[arg-type]
            for path in [*folder.glob(db.stem + "*"), *folder.glob(imported.stem + "*")]:
                path.unlink()
        imp, base = statistics.median(times["import"]), statistics.median(times["baseline"])
        print(f"{fmt}: import {imp:.2f} s (peak RSS {peaks['import']:.0f} MiB), baseline "
              f"{base:.2f} s (peak RSS {peaks['baseline']:.0f} MiB)")
        alone = statistics.median(times["clues_only"])
        print(f"  against the clue rows alone, without their search index: ratio "
              f"{imp / alone:.2f} (baseline {alone:.2f} s)")
        print(f"clue import ({fmt}): ratio {imp / base:.2f} (target ≤ 1.5)")


if __name__ == "__main__":
    main()
