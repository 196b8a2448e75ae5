"""The cadre roster PDF: real file, read back, fonts embedded, deterministic."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import TEST_PASSWORD
from zeren_desktop.services.app import Services
from zeren_desktop.services.demo import load_demo


@pytest.fixture
def demo(open_services: Services) -> Services:
    open_services.auth.sign_in("admin", TEST_PASSWORD)  # demo data: the administrator's call
    load_demo(open_services)
    open_services.auth.sign_in("reviewer", TEST_PASSWORD)
    return open_services


def _translate_zh(context: str, text: str) -> str:
    table = {"Roster of cadres": "干部名册", "Name": "姓名", "— {n} —": "— {n} —"}
    return table.get(text, text)


def test_roster_lists_every_visible_cadre_with_embedded_font(demo: Services,
                                                            tmp_path: Path) -> None:
    target = demo.reports.cadre_roster(tmp_path / "roster.pdf", translate=_translate_zh,
                                       today=dt.date(2026, 11, 26))
    reader = PdfReader(target)
    text = "\n".join(page.extract_text() for page in reader.pages)
    names = [row.name for row in demo.cadres.search()]
    assert len(names) >= 300
    missing = [n for n in names if n not in text]
    assert not missing, missing[:5]
    assert "干部名册" in text and "2026年11月26日" in text
    assert len(names) // 40 <= len(reader.pages) <= len(names) // 15
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            obj = font.get_object()
            descriptor = obj.get("/FontDescriptor")
            fonts.add((descriptor is not None and "/FontFile2" in descriptor.get_object(),
                       str(obj["/BaseFont"])))
    assert fonts and all(embedded for embedded, _ in fonts), fonts


def test_same_input_same_bytes(demo: Services, tmp_path: Path) -> None:
    day = dt.date(2026, 11, 26)
    first = demo.reports.cadre_roster(tmp_path / "a.pdf", today=day).read_bytes()
    second = demo.reports.cadre_roster(tmp_path / "b.pdf", today=day).read_bytes()
    assert first == second


def test_printing_is_audited(demo: Services, tmp_path: Path) -> None:
    demo.reports.cadre_roster(tmp_path / "a.pdf")
    demo.auth.sign_in("auditor", TEST_PASSWORD)
    assert demo.audit_log.list(limit=2)[1].action == "print.cadre_roster"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_first_page_renders(demo: Services, tmp_path: Path) -> None:
    target = demo.reports.cadre_roster(tmp_path / "r.pdf", translate=_translate_zh)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(target),
                    str(tmp_path / "page")], check=True, capture_output=True)
    assert list(tmp_path.glob("page*.png"))
