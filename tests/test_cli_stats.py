"""`zeren stats`: JSON on stdout, .xlsx and .pdf files, on the seed's 104 persons."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.conftest import TEST_PASSWORD, copy_database
from tests.stats_fixtures import SEED_MEASURES, Seed, build_seed
from zeren_desktop.cli import main
from zeren_desktop.services.app import Services

KEYS = {"period", "problems", "persons", "by_category", "by_measure", "by_rank", "by_form",
        "by_unit", "by_month", "clues"}


@pytest.fixture(scope="module")
def seeded(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Seed]:
    path = copy_database(template_db, tmp_path_factory.mktemp("stats-cli") / "seed.sqlite")
    with Services.open(path) as services:
        services.auth.sign_in("clerk", TEST_PASSWORD)
        seed = build_seed(services)
    return path, seed


@pytest.fixture
def db(seeded: tuple[Path, Seed], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("ZEREN_LANG", "en")
    return copy_database(seeded[0], tmp_path / "cli.sqlite")


def stats(db: Path, *args: str, user: str = "leader") -> int:
    return main(["--db", str(db), "--user", user, "stats", *args])


def test_json_on_stdout(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert stats(db, "--from", "2026-01-01", "--to", "2026-06-30") == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) - {"teams"} == KEYS
    assert data["period"]["from"] == "2026-01-01" and data["period"]["to"] == "2026-06-30"
    assert data["persons"] == 104
    assert data["by_measure"] == SEED_MEASURES
    assert data["by_rank"] == {"county": 28, "section": 45, "other": 31}
    assert sum(data["by_form"].values()) == 104
    assert sum(u["persons"] for u in data["by_unit"]) == 104
    assert sum(m["problems"] for m in data["by_month"].values()) == data["problems"]
    assert data["clues"]["received"] == 0 and data["clues"]["rate_percent"] is None


def test_a_unit_by_name_and_a_json_file(db: Path, tmp_path: Path, seeded: tuple[Path, Seed],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "s.json"
    assert stats(db, "--from", "2026-01-01", "--to", "2026-06-30", "--unit", "乙乡",
                 "-o", str(target)) == 0
    capsys.readouterr()
    data = json.loads(target.read_text("utf-8"))
    assert data["period"]["unit"] == "乙乡"
    assert [u["unit"] for u in data["by_unit"]] == ["乙乡"]
    assert stats(db, "--from", "2026-01-01", "--to", "2026-06-30", "--unit",
                 str(seeded[1].township_b)) == 0
    assert json.loads(capsys.readouterr().out) == data
    assert stats(db, "--from", "2026-01-01", "--to", "2026-06-30", "--unit", "无此单位") == 2
    assert "无此单位" in capsys.readouterr().err


def test_xlsx_readable(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "s.xlsx"
    assert stats(db, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "xlsx",
                 "-o", str(target)) == 0
    sheet = openpyxl.load_workbook(target, read_only=True).active
    rows = [tuple(c for c in row if c is not None) for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ("Section", "Item", "Number")
    assert ("Summary", "Persons", 104) in rows
    assert ("Persons by measure", "约谈", 37) in rows
    assert ("Persons by rank", "County level", 28) in rows
    assert ("Persons by rank", "Total", 104) in rows
    assert ("Persons by the four forms", "First form", 85) in rows


def test_pdf_written(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "s.pdf"
    assert stats(db, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "pdf",
                 "-o", str(target)) == 0
    assert "s.pdf" in capsys.readouterr().out
    text = "".join(p.extract_text() or "" for p in PdfReader(target).pages).replace("\n", "")
    assert "2026年1月1日" in text and "2026年6月30日" in text and "104" in text


def test_usage_errors_and_refusals(db: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert stats(db, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "pdf") == 2
    assert stats(db, "--from", "2026-06-30", "--to", "2026-01-01") == 2
    assert stats(db, "--from", "2026-13-01", "--to", "2026-06-30") == 2
    capsys.readouterr()
    assert stats(db, "--from", "2026-01-01", "--to", "2026-06-30", "--format", "xlsx",
                 "-o", str(tmp_path / "a.xlsx"), user="admin") == 1
    assert "Error" in capsys.readouterr().err
    assert not (tmp_path / "a.xlsx").exists()
