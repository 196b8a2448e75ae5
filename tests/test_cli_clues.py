"""`zeren import clues` (with --dry-run, --report, --template) and `zeren clues list|rates`."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import TEST_PASSWORD
from zeren_desktop.cli import main
from zeren_desktop.services.app import Services
from zeren_desktop.services.clue_import import TEMPLATE_HEADERS

ROWS = [
    ["线索编号", "受理日期", "线索来源", "被反映人", "单位", "问题摘要", "处置方式", "办理结果"],
    ["XS2026-0001", "2026-01-05", "大数据比对", "王强", "城关镇", "违规领取低保", "了结", "查实"],
    ["XS2026-0002", "2026-01-06", "大数据比对", "刘芳", "城关镇", "重复领取津贴", "了结", "查否"],
    ["XS2026-0003", "2026-01-07", "信访举报", "", "城关镇", "缺少姓名", "", ""],
]


@pytest.fixture
def db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("ZEREN_LANG", "en")
    return db_path


def source_file(tmp_path: Path) -> Path:
    path = tmp_path / "clues.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(ROWS)
    return path


def zeren(db: Path, *args: str, user: str = "clerk") -> int:
    return main(["--db", str(db), "--user", user, *args])


def count(db: Path) -> int:
    with Services.open(db) as services:
        services.auth.sign_in("leader", TEST_PASSWORD)
        return services.clues.count()


def test_dry_run_then_import_then_again(db: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    source = source_file(tmp_path)
    report = tmp_path / "reports" / "bad.csv"
    report.parent.mkdir()
    assert zeren(db, "import", "clues", str(source), "--dry-run", "--report", str(report)) == 1
    out, err = capsys.readouterr()
    assert "Checked 3 rows: 2 can be imported, 0 were imported before, 1 rows have problems." \
        in out
    assert str(report) in err
    assert count(db) == 0
    with report.open(encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[1][0] == "4" and "被反映人" in lines[1][1]

    assert zeren(db, "import", "clues", str(source)) == 1   # one row refused: exit 1
    out, err = capsys.readouterr()
    assert "Imported 2 clues; 0 rows were imported before; 1 rows were not imported." in out
    assert str(tmp_path / "clues.rejected.csv") in err
    assert count(db) == 2

    assert zeren(db, "import", "clues", str(source)) == 1
    out, _ = capsys.readouterr()
    assert "Imported 0 clues; 2 rows were imported before" in out
    assert count(db) == 2

    assert zeren(db, "clues", "list", "--source", "big_data", user="leader") == 0
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["XS2026-0002", "XS2026-0001"]
    assert zeren(db, "clues", "rates", "--by", "month", user="leader") == 0
    out, _ = capsys.readouterr()
    assert out.splitlines() == ["2026-01\tBig-data comparison\t2\t2\t1\t50.0%",
                                "2026-01\tAll sources\t2\t2\t1\t50.0%"]


def test_a_clean_file_exits_0_and_the_template_is_written(
        db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "clue-template.xlsx"
    assert main(["--db", str(db), "import", "clues", "--template", str(template)]) == 0
    sheet = openpyxl.load_workbook(template).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == TEMPLATE_HEADERS and len(rows) == 2
    # The template's example row imports as it is.
    assert zeren(db, "import", "clues", str(template)) == 0
    assert count(db) == 1
    assert not (tmp_path / "clue-template.rejected.csv").exists()


def test_refusals_and_usage(db: Path, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    source = source_file(tmp_path)
    assert zeren(db, "import", "clues", str(source), user="auditor") == 1
    assert "does not allow" in capsys.readouterr().err
    assert zeren(db, "import", "clues") == 2
    assert "--template" in capsys.readouterr().err
    missing = tmp_path / "missing.csv"
    assert zeren(db, "import", "clues", str(missing)) == 1
    assert "does not exist" in capsys.readouterr().err
    assert count(db) == 0
