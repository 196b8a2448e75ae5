"""Printing the roster of cadres from the Units & cadres page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import Sample
from zeren_desktop.services.app import Services
from zeren_desktop.ui.pages.units_cadres import UnitsCadresPage


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def test_print_roster_of_the_selected_unit(qtbot: QtBot, services: Services, sample: Sample,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = UnitsCadresPage(services)
    qtbot.addWidget(page)
    page.show()
    asked: list[str] = []
    target = tmp_path / "名册"  # no suffix: the page adds .pdf

    def save_name(_parent: object, _title: str, default: str, _filter: str) -> tuple[str, str]:
        asked.append(default)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    page.select_unit(sample.town)
    assert page.only_unit_box.isChecked()
    assert page.print_button.text() == "干部名册(&R)…"
    QTest.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == f"干部名册-{dt.date.today():%Y%m%d}.pdf"
    qtbot.waitUntil(lambda: page.print_task is None, timeout=30_000)
    pdf = tmp_path / "名册.pdf"
    assert pdf.is_file() and pdf.read_bytes().startswith(b"%PDF")
    text = pdf_text(pdf)
    assert "张建国" in text and "李秀英" not in text  # only the selected township
    assert "干部名册" in text
    assert str(pdf) in page.print_status.text() and page.open_printed_button.isVisible()
    QTest.mouseClick(page.open_printed_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(pdf))]

    # Every unit the user sees, with the box unticked.
    page.only_unit_box.setChecked(False)
    QTest.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.print_task is None, timeout=30_000)
    text = pdf_text(pdf)
    assert "张建国" in text and "李秀英" in text
