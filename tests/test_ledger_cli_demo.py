"""The demo county's ledgers, the ledger CLI, the all-or-none import, the printed book."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.conftest import copy_database
from zeren_desktop.cli import main
from zeren_desktop.domain.enums import LedgerCategory, Rank, UnitKind
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.services.demo import DEMO_PASSWORD, load_demo
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.storage.errors import DatabaseEnvironmentError

UNTIL = dt.date.today() - dt.timedelta(days=1)
YEAR = UNTIL.year if UNTIL.month >= 3 else UNTIL.year - 1


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Services.open(path) as services:
        load_demo(services, ledger_until=UNTIL)
    return path


@pytest.fixture
def demo(demo_db: Path, tmp_path: Path) -> Iterator[Services]:
    with Services.open(copy_database(demo_db, tmp_path / "demo.sqlite")) as services:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)  # county level
        yield services


def test_demo_has_a_year_of_lists_and_entries_for_every_list_holder(demo: Services) -> None:
    lists = demo.lists.search(year=YEAR)
    personal = [r for r in lists if r.cadre_id is not None]
    assert len(personal) > 100 and len(lists) > len(personal)
    assert all(r.items > 0 for r in lists)
    assert sum(1 for r in lists if r.signed_on is not None) > 0.8 * len(lists)
    for row in personal[:40]:
        assert demo.ledger.count(LedgerFilter(cadre_id=row.cadre_id)) >= 3, row.holder
    # Every must-record kind occurs, and the reminders show gaps without being all gaps.
    for category in LedgerCategory:
        assert demo.ledger.count(LedgerFilter(category=category)) > 0
    reminders = demo.ledger.reminders(YEAR, 1)
    assert reminders and all(len(r.missing_categories) < len(LedgerCategory)
                             for r in reminders)
    assert demo.inspections.overdue(UNTIL + dt.timedelta(days=1))
    assert demo.ledger.count(LedgerFilter(reviewed=True)) > 0


def test_demo_two_character_name_search(demo: Services) -> None:
    holder = next(r for r in demo.lists.search(year=YEAR) if r.cadre_id is not None)
    rows = demo.ledger.search(LedgerFilter(text=holder.holder[:2]), limit=500)
    assert any(r.cadre_id == holder.cadre_id for r in rows)
    assert all(holder.holder[:2] in r.cadre_name + r.matter + r.content + r.place
               + r.participants + r.evidence + r.remarks for r in rows)


def test_demo_township_clerk_sees_only_its_township(demo: Services) -> None:
    demo.auth.sign_out()
    demo.auth.sign_in("clerk", DEMO_PASSWORD)
    units = {r.unit_name for r in demo.ledger.search(limit=2000)}
    assert len(units) == 1


def _cli(db: Path, *args: str) -> int:
    return main(["--db", str(db), "--user", "reviewer", *args])


@pytest.fixture
def demo_env(demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ZEREN_PASSWORD", DEMO_PASSWORD)
    monkeypatch.setenv("ZEREN_LANG", "zh_CN")
    return copy_database(demo_db, tmp_path / "cli.sqlite")


def test_cli_prints_a_ledger_book_by_id_prefix(demo_env: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with Services.open(demo_env) as services:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        holder = next(r for r in services.lists.search(year=YEAR)
                      if r.cadre_id is not None and services.ledger.count(
                          LedgerFilter(cadre_id=r.cadre_id)) >= 5)
        matters = {r.matter for r in services.ledger.search(
            LedgerFilter(cadre_id=holder.cadre_id))}
        # The blank book still prints the list, whose items share words with some matters.
        list_text = "".join(i.text for i in services.lists.get(holder.id).items)
    assert holder.cadre_id is not None
    own_matters = {m for m in matters if m[:6] not in list_text}
    assert own_matters
    book = tmp_path / "book.pdf"
    assert _cli(demo_env, "export", "ledger-book", "--cadre", holder.cadre_id.hex[:10],
                "--year", str(YEAR), "-o", str(book)) == 0
    assert "book.pdf" in capsys.readouterr().out
    reader = PdfReader(book)
    text = "".join(page.extract_text() or "" for page in reader.pages).replace("\n", "")
    assert holder.holder in text
    assert all(m[:6] in text for m in matters)
    assert f"共{len(reader.pages)}页" in text.replace(" ", "")
    # A blank book has the same pages with nothing of the entries.
    blank = tmp_path / "blank.pdf"
    assert _cli(demo_env, "export", "ledger-book", "--cadre", str(holder.cadre_id),
                "--year", str(YEAR), "--blank", "-o", str(blank)) == 0
    blank_text = "".join(p.extract_text() or "" for p in PdfReader(blank).pages)
    assert not any(m[:6] in blank_text.replace("\n", "") for m in own_matters)
    # Unknown or ambiguous cadres: usage errors, nothing written.
    assert _cli(demo_env, "export", "ledger-book", "--cadre", "nobody", "-o",
                str(tmp_path / "x.pdf")) == 2
    assert not (tmp_path / "x.pdf").exists()


def test_cli_prints_the_books_of_a_unit(demo_env: Path, tmp_path: Path) -> None:
    with Services.open(demo_env) as services:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        town = next(u for u in services.units.list_all() if u.kind is UnitKind.TOWNSHIP)
    book = tmp_path / "town.pdf"
    assert _cli(demo_env, "export", "ledger-book", "--unit", town.name, "--year", str(YEAR),
                "-o", str(book)) == 0
    reader = PdfReader(book)
    assert len(reader.pages) > 20
    for page in reader.pages:
        for font in page.get("/Resources", {}).get("/Font", {}).values():
            descriptor = font.get_object()
            for descendant in descriptor.get("/DescendantFonts", [descriptor]):
                d = descendant.get_object().get("/FontDescriptor")
                if d is not None:
                    assert "/FontFile2" in d.get_object()
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "5", "-l", "5", str(book), str(png)],
                   check=True)
    assert list(tmp_path.glob("page*.png"))


def test_cli_import_good_and_bad_rows(demo_env: Path, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with Services.open(demo_env) as services:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        name = next(r.holder for r in services.lists.search(year=YEAR)
                    if r.cadre_id is not None and len(services.cadres.search(r.holder)) == 1)
        before = services.ledger.count()
    source = tmp_path / "台账.csv"
    source.write_text(
        "日期,干部,类别,事项,地点\n"
        f"{UNTIL.isoformat()},{name},廉政谈话提醒,约谈村干部,镇会议室\n"
        f"{UNTIL.year}年{UNTIL.month}月{UNTIL.day}日,{name},日常监督,检查公车停放,\n"
        f"{UNTIL.isoformat()},查无此人,研究部署,研究工作,\n"
        f"2026-02-30,{name},研究部署,研究工作,\n"
        f"{UNTIL.isoformat()},{name},打篮球,研究工作,\n"
        f"{UNTIL.isoformat()},{name},廉政谈话提醒,约谈村干部,镇会议室\n",
        encoding="utf-8-sig")
    assert _cli(demo_env, "ledger", "import", str(source), "--dry-run") == 1
    err = capsys.readouterr().err
    for row in (4, 5, 6, 7):
        assert f"{row}" in err
    with Services.open(demo_env) as services:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        assert services.ledger.count() == before  # a dry run writes nothing
    assert _cli(demo_env, "ledger", "import", str(source)) == 1
    with Services.open(demo_env) as services:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        assert services.ledger.count() == before + 2
    # The same file again: the two good rows are now duplicates; nothing more.
    assert _cli(demo_env, "ledger", "import", str(source)) == 1
    with Services.open(demo_env) as services:
        services.auth.sign_in("reviewer", DEMO_PASSWORD)
        assert services.ledger.count() == before + 2


def test_cli_export_and_template(demo_env: Path, tmp_path: Path) -> None:
    out = tmp_path / "ledger.xlsx"
    assert _cli(demo_env, "ledger", "export", "-o", str(out), "--category", "education") == 0
    sheet = openpyxl.load_workbook(out, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) > 2 and all(r[3] == "廉政教育活动" for r in rows[1:]), rows[:3]
    template = tmp_path / "模板.xlsx"
    assert _cli(demo_env, "ledger", "template", str(template)) == 0
    assert template.stat().st_size > 0


def test_import_is_all_or_none(services: Services, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    town = services.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP))
    services.cadres.create(CadreInput("魏某", Rank.TOWNSHIP_SECTION, posts=(
        PostInput(town, "党委书记", dt.date(2020, 1, 1)),)))
    source = tmp_path / "ledger.csv"
    source.write_text("姓名,日期,类别,事项\n" + "".join(
        f"魏某,2026-01-{d:02d},研究部署,第{d}次研究部署\n" for d in range(1, 11)),
        encoding="utf-8")
    from zeren_desktop.services import ledger as ledger_module

    real_insert = ledger_module.LedgerService._insert
    calls = {"n": 0}

    def failing(self: object, *args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 7:
            raise OSError(28, "No space left on device")
        return real_insert(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger_module.LedgerService, "_insert", failing)
    with pytest.raises(DatabaseEnvironmentError, match="disk is full"):
        services.ledger.import_file(source)
    assert services.ledger.count() == 0
    monkeypatch.setattr(ledger_module.LedgerService, "_insert", real_insert)
    assert services.ledger.import_file(source).imported == 10
    assert services.ledger.count(LedgerFilter(text="魏某")) == 10


def test_ledger_book_service_refuses_nothing_to_print(services: Services) -> None:
    from zeren_desktop.domain.text import ConflictError, NotFoundError

    with pytest.raises(NotFoundError):
        services.books.ledger_books(Path(os.devnull), 2026, unit_id=None)
    with pytest.raises(ConflictError):
        services.books.list_documents(Path(os.devnull), [])


def test_demo_has_clues_cases_in_every_stage_talks_and_influence_periods(
        demo: Services) -> None:
    from sqlalchemy import func, select

    from zeren_desktop.domain.enums import CaseStage, TalkKind
    from zeren_desktop.storage.models import (
        AccountabilityCase,
        Appeal,
        CaseStageEvent,
        Clue,
        InfluencePeriodRecord,
        Talk,
    )

    with demo.db.read() as session:
        stages = dict(session.execute(select(AccountabilityCase.stage, func.count())
                                      .group_by(AccountabilityCase.stage)).all())
        assert set(stages) == set(CaseStage)
        decided = session.scalars(select(AccountabilityCase).where(
            AccountabilityCase.decision_date.is_not(None))).all()
        assert all(c.stage not in (CaseStage.PROPOSED, CaseStage.OPENED, CaseStage.INVESTIGATED)
                   for c in decided)
        # Every case has one event per stage reached (plus any step back with its reason).
        for case in session.scalars(select(AccountabilityCase)):
            reached = {e.stage for e in case.events if not e.reverted}
            assert reached == set(list(CaseStage)[:list(CaseStage).index(case.stage) + 1])
            assert case.problems and case.subjects
        assert session.scalar(select(func.count()).select_from(CaseStageEvent)
                              .where(CaseStageEvent.reverted, CaseStageEvent.reason != ""))
        assert session.scalar(select(func.count()).select_from(Appeal)) == 2
        periods = session.scalars(select(InfluencePeriodRecord)).all()
        assert periods and any(p.until > UNTIL for p in periods)
        assert all(p.until > p.starts_on for p in periods)
        kinds = set(session.scalars(select(Talk.kind)))
        assert kinds == set(TalkKind)
        clues = session.scalar(select(func.count()).select_from(Clue))
        linked = session.scalar(select(func.count()).select_from(Clue)
                                .where(Clue.case_id.is_not(None)))
        assert clues is not None and clues > 200
        assert linked == sum(stages.values())  # each case came from a confirmed clue


def test_the_demo_statistics_report_as_json_pdf_and_xlsx(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    monkeypatch.setenv("ZEREN_PASSWORD", DEMO_PASSWORD)
    db = copy_database(demo_db, tmp_path / "demo.sqlite")
    period = ("--from", f"{YEAR - 1}-01-01", "--to", f"{YEAR}-12-31")
    assert _cli(db, "stats", *period) == 0
    data = json.loads(capsys.readouterr().out)
    persons = data["persons"]
    assert persons > 10 and data["problems"] > 10 and data["clues"]["received"] > 200
    for key in ("by_measure", "by_rank", "by_form"):
        assert sum(data[key].values()) == persons, key
    assert _cli(db, "stats", *period, "--format", "pdf", "-o", str(tmp_path / "s.pdf")) == 0
    text = "".join(p.extract_text() or "" for p in PdfReader(tmp_path / "s.pdf").pages)
    assert str(persons) in text and "青山县纪委监委" in text
    assert _cli(db, "stats", *period, "--format", "xlsx", "-o", str(tmp_path / "s.xlsx")) == 0
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx", read_only=True).active
    rows = [tuple(c for c in row if c is not None) for row in sheet.iter_rows(values_only=True)]
    # the labels follow the language of the machine (Chinese by default)
    assert {("Summary", "Persons", persons), ("总体情况", "问责人数", persons)} & set(rows)
