"""A preview that fails (a full disk) leaves no temporary file, frees the page's task and
buttons and says why, on every page that previews a PDF; a document's preview records
what is printed from it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from tests.document_fixtures import Office
from tests.gui.test_documents_page import make_page as documents_page
from tests.gui.test_documents_page import select
from tests.gui.test_integrity_page import make_page as integrity_page
from tests.gui.test_ledger_page import Town as LedgerTown
from tests.gui.test_ledger_page import page_of  # noqa: F401  (the fixture)
from tests.gui.test_lists_page import Town, member_list
from tests.gui.test_lists_page import make_page as lists_page
from tests.gui.test_statistics_page import make_page as statistics_page
from zeren_desktop.domain.documents import DocumentKind
from zeren_desktop.services.app import Services
from zeren_desktop.ui.pages import ledger_page
from zeren_desktop.ui.pages.ledger_page import BookChoice


def failing(made: list[Path], where: int) -> Any:
    def work(*args: Any, **kwargs: Any) -> int:
        target = args[where]
        assert isinstance(target, Path)
        target.write_bytes(b"%PDF half")
        made.append(target)
        raise OSError(28, "disk full")
    return work


def gone(made: list[Path]) -> bool:
    return len(made) == 1 and not made[0].exists() and not made[0].parent.exists()


def test_statistics(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Path] = []
    monkeypatch.setattr(services.statistics, "export_pdf", failing(made, 0))
    page = statistics_page(qtbot, services)
    qtbot.waitUntil(lambda: page.loading is None, timeout=30_000)
    assert page.preview() is not None and not page.preview_button.isEnabled()
    assert page.preview() is None
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert gone(made) and page.preview_dialog is None and page.preview_button.isEnabled()
    text = page.message_label.text() if hasattr(page, "message_label") else ""
    assert "disk full" in text


def test_integrity(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Path] = []
    monkeypatch.setattr(services.integrity, "clearance_pdf", failing(made, 0))
    tab = integrity_page(qtbot, services).clearance_tab
    tab.result = SimpleNamespace(requests=[], on=dt.date(2025, 12, 1))  # type: ignore[assignment]
    assert tab.preview_pdf() is not None and not tab.preview_button.isEnabled()
    qtbot.waitUntil(lambda: tab.task is None, timeout=30_000)
    assert gone(made) and tab.preview_dialog is None and tab.preview_button.isEnabled()
    assert "disk full" in tab.summary_label.text() and tab.summary_label.styleSheet()


def test_lists(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Path] = []
    town = Town(services)
    list_id = member_list(services, town)
    monkeypatch.setattr(services.books, "list_documents", failing(made, 0))
    page = lists_page(qtbot, services)
    page.select_list(list_id)
    assert page.preview_lists() is not None and page.print_task is not None
    qtbot.waitUntil(lambda: page.print_task is None, timeout=30_000)
    assert gone(made) and page.preview_dialog is None and page.preview_button.isEnabled()
    assert "disk full" in page.message_label.text() and page.message_label.styleSheet()


def test_documents(qtbot: QtBot, office: tuple[Services, Office],
                   monkeypatch: pytest.MonkeyPatch) -> None:
    services, o = office
    document_id = services.documents.create_from_case(o.case, DocumentKind.PROPOSAL)
    page = documents_page(qtbot, services)
    select(page, document_id)
    real = services.documents.preview_pdf
    made: list[Path] = []
    monkeypatch.setattr(services.documents, "preview_pdf", failing(made, 1))
    assert page.preview() is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert gone(made) and page.preview_dialog is None
    assert "disk full" in page.message_label.text() and page.message_label.styleSheet()
    # A draft: no Sign…; what is printed from the preview is recorded in copies.
    monkeypatch.setattr(services.documents, "preview_pdf", real)
    copies: list[tuple[Any, int]] = []
    monkeypatch.setattr(services.documents, "record_print",
                        lambda document, n: copies.append((document, n)))
    page.show_message("stale")
    assert page.preview() is not None
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    dialog = page.preview_dialog
    assert dialog is not None and page.task is None and page.message_label.text() == ""
    assert dialog.extra_buttons == []
    pages = dialog.preview.page_count()
    dialog.printed.emit(pages * 3)
    assert copies == [(document_id, 3)]
    dialog.reject()
    assert page.preview_dialog is None


def test_ledger(qtbot: QtBot, services: Services, page_of: Any,  # noqa: F811
                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[Path] = []
    town = LedgerTown(services)

    def work(_services: Any, choice: BookChoice, control: Any) -> int:
        return failing(made, 0)(choice.target)

    monkeypatch.setattr(ledger_page, "build_books", work)
    page = page_of(services)
    target = tmp_path / "纪实簿.pdf"
    task = page.print_books(BookChoice(target, 2025, (town.secretary,), None, False),
                            preview=True)
    assert task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert gone(made) and page.preview_dialog is None and page.print_button.isEnabled()
    expected = QCoreApplication.translate(
        "LedgerPage", "The ledger book was not printed: {reason}").format(reason="")
    assert page.status_label.text().startswith(expected) and "disk full" in page.status_label.text()
