"""The PDF preview and printing (issue 8): pages rendered in the program, lazily; paging
and zoom from the keyboard; a broken file says so; printing makes the same A4 pages."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from tests.gui.conftest import Sample
from zeren_desktop import paths
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.services.app import Services
from zeren_desktop.ui.widgets.pdf_preview import (
    CACHE_PAGES,
    PREVIEW_PREFIX,
    PdfPreview,
    PdfPreviewDialog,
    discard_preview,
    new_printer,
    paint_pdf,
    preview_path,
)

# Set ZEREN_SHOTS=FOLDER to keep PNGs of the dialog, to look at them.
SHOTS = os.environ.get("ZEREN_SHOTS", "")
A4 = (595.28, 841.89)   # points


def tr(text: str) -> str:
    return QCoreApplication.translate("PdfPreview", text)


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"pdf-preview-{name}.png"))


def numbered_pdf(path: Path, pages: int) -> Path:
    """A4 pages, each with its number in Chinese in the bundled font and a frame."""
    font = register_bundled_font(paths.resources_dir())
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    for number in range(1, pages + 1):
        pdf.setFont(font, 28)
        pdf.drawString(72, 740, f"第 {number} 页 责任台账")
        pdf.rect(50, 50, 495, 742)
        pdf.showPage()
    pdf.save()
    return path


def roster_pdf(services: Services, path: Path) -> Path:
    """A real report of the program: the roster of cadres."""
    services.reports.cadre_roster(path)
    return path


def gray_rows(image: QImage, area: QRect | None = None) -> list[bytes]:
    """The pixels' grey values, row by row (bytes: fast to scan in Python)."""
    area = area or image.rect()
    gray = image.copy(area).convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    line = gray.bytesPerLine()
    return [data[y * line:y * line + gray.width()] for y in range(gray.height())]


def darker_than(level: int) -> bytes:
    return bytes(range(level))


def dark_pixels(image: QImage, area: QRect | None = None) -> int:
    dark = darker_than(100)
    return sum(len(row) - len(row.translate(None, dark)) for row in gray_rows(image, area))


def make_preview(qtbot: QtBot, source: Path | bytes, size: tuple[int, int] = (700, 900)
                 ) -> PdfPreview:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(*size)
    preview.show()
    assert QTest.qWaitForWindowExposed(preview)
    preview.load(source)
    return preview


def page_image(preview: PdfPreview, index: int) -> QImage:
    preview.render_pending()
    return preview.view.viewport().grab(preview._page_rect(index)).toImage()


# -- showing


def test_a_real_report_is_shown_with_its_page_count(qtbot: QtBot, services: Services,
                                                     sample: Sample, tmp_path: Path) -> None:
    pdf = roster_pdf(services, tmp_path / "干部名册.pdf")
    count = len(PdfReader(pdf).pages)
    preview = make_preview(qtbot, pdf)
    assert preview.error == "" and preview.page_count() == count
    assert preview.page_label.text() == tr("Page {n} of {count}").format(n=1, count=count)
    image = page_image(preview, 0)
    # Fit width: the page fills the view; it is white with the roster's text on it.
    assert image.width() > 600
    assert image.pixelColor(5, 5).lightness() > 250
    assert dark_pixels(image) > 500
    preview.clear()   # the file is let go: it can be deleted (Windows locks open files)
    pdf.unlink()
    assert preview.page_count() == 0 and preview.page_label.text() == ""


def test_keyboard_paging_and_zoom(qtbot: QtBot, tmp_path: Path) -> None:
    preview = make_preview(qtbot, numbered_pdf(tmp_path / "五页.pdf", 5))
    view = preview.view
    view.setFocus()
    pages: list[tuple[int, int]] = []
    preview.page_changed.connect(lambda n, count: pages.append((n, count)))

    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert preview.current_page() == 2 and pages[-1] == (2, 5)
    assert preview.page_label.text() == tr("Page {n} of {count}").format(n=2, count=5)
    assert 1 in preview.visible_pages()   # page 2 is in view (indices from 0)
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert preview.current_page() == 2
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert preview.current_page() == 5 and not preview.next_button.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_PageDown)   # past the end: stays
    assert preview.current_page() == 5
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert preview.current_page() == 1 and not preview.previous_button.isEnabled()

    fit = preview.zoom
    assert preview.fitting
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == pytest.approx(fit * 1.25) and not preview.fitting
    assert preview.zoom_label.text() == f"{round(fit * 125)}%"
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == pytest.approx(fit / 1.25)
    # Zooming keeps the page in view: page 3 stays the page shown.
    preview.go_to_page(3)
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.current_page() == 3
    assert 2 in preview.visible_pages()
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == pytest.approx(fit) and preview.fitting
    # A wider window fits the wider page.
    preview.resize(900, 900)
    assert preview.zoom > fit
    # The tools do the same as the keys.
    preview.next_button.click()
    assert preview.current_page() == 4
    preview.zoom_in_button.click()
    assert not preview.fitting
    preview.fit_button.click()
    assert preview.fitting


def test_a_500_page_book_renders_only_what_is_seen(qtbot: QtBot, tmp_path: Path) -> None:
    preview = make_preview(qtbot, numbered_pdf(tmp_path / "台账.pdf", 500))
    assert preview.page_count() == 500
    qtbot.waitUntil(lambda: not preview._wanted())   # rendered from the event loop
    first = preview.rendered
    assert 1 <= first <= 3   # the page in view and the next, not the book
    preview.go_to_page(250)
    preview.render_pending()
    assert preview.current_page() == 250
    assert preview.page_label.text() == tr("Page {n} of {count}").format(n=250, count=500)
    assert dark_pixels(page_image(preview, 249)) > 200
    # Reading on, page by page: the cache stays small.
    for _step in range(30):
        QTest.keyClick(preview.view, Qt.Key.Key_PageDown)
        preview.render_pending()
        assert len(preview.cache) <= len(preview.visible_pages()) + CACHE_PAGES
    assert preview.current_page() == 280
    assert preview.rendered < 60


def test_broken_files_say_so(qtbot: QtBot, tmp_path: Path) -> None:
    empty = tmp_path / "空.pdf"
    empty.write_bytes(b"")
    truncated = tmp_path / "坏.pdf"
    truncated.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    for source in (b"not a pdf at all", empty, truncated, tmp_path / "不存在.pdf"):
        preview = make_preview(qtbot, source)
        assert preview.page_count() == 0
        prefix = tr("This PDF cannot be shown: {reason}").split("{")[0]
        assert preview.error.startswith(prefix), preview.error
        assert preview.stack.currentWidget() is preview.message_label
        assert preview.message_label.isVisible() and not preview.toolbar.isVisible()
        # Nothing to page or zoom, and the keys do nothing harmful.
        assert not preview.next_button.isEnabled() and not preview.zoom_in_button.isEnabled()
        QTest.keyClick(preview.view, Qt.Key.Key_PageDown)
        QTest.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        preview.render_pending()
        assert preview.page_count() == 0

    dialog = PdfPreviewDialog(b"%PDF-1.7 broken", "坏文件")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isEnabled()
    assert dialog.preview.message_label.isVisible()
    shot(dialog, "broken")
    dialog.reject()


# -- the dialog


def test_dialog_pages_from_its_buttons_and_removes_a_temporary_file(
        qtbot: QtBot, services: Services, sample: Sample) -> None:
    target = preview_path("干部名册.pdf")
    assert target.parent.name.startswith(PREVIEW_PREFIX) and not target.exists()
    roster_pdf(services, target)
    sign = QPushButton("签发")
    dialog = PdfPreviewDialog(target, "干部名册", extra_buttons=[sign], temporary=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    assert dialog.windowTitle() == "干部名册"
    assert dialog.buttons.buttons().count(sign) == 1 and sign.isVisible()
    # The keys reach the pages also from the dialog's buttons.
    dialog.close_button.setFocus()
    QTest.keyClick(dialog.close_button, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.preview.fitting
    QCoreApplication.processEvents()   # the scroll bars follow the new size
    assert dialog.preview.view.horizontalScrollBar().isVisible()
    dialog.preview.render_pending()
    shot(dialog, "roster")
    QTest.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not target.parent.exists()


def test_preview_files_have_safe_names_and_go_away(tmp_path: Path) -> None:
    target = preview_path("台账-城关镇/河口镇:2026?.pdf")   # names may hold any character
    assert target.name == "台账-城关镇_河口镇_2026_.pdf" and target.parent.is_dir()
    target.write_bytes(b"%PDF")
    discard_preview(target)
    assert not target.parent.exists()
    mine = tmp_path / "保存的.pdf"
    mine.write_bytes(b"%PDF")
    discard_preview(mine)   # not a preview folder: only the file goes
    assert not mine.exists() and tmp_path.is_dir()


# -- printing


def pdf_printer(out: Path, dpi: int = 150) -> QPrinter:
    printer = new_printer("测试")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(dpi)
    return printer


def rendered(path: Path, index: int, dpi: int = 50) -> QImage:
    from zeren_desktop.ui.widgets.pdf_preview import open_pdf, render_page

    document = open_pdf(path)
    try:
        width, height = document.get_page_size(index)
        page = document[index]
        image = render_page(page, round(width * dpi / 72), round(height * dpi / 72))
        page.close()
        return image
    finally:
        document.close()


def ink_box(image: QImage) -> tuple[int, int, int, int]:
    """The bounding box of the ink (also hairlines, grey at this resolution): left, top,
    right, bottom."""
    ink = re.compile(rb"[\x00-\xc7]")   # grey below 200
    lefts, rights, tops = [], [], []
    for y, row in enumerate(gray_rows(image)):
        found = ink.search(row)
        if found is not None:
            lefts.append(found.start())
            rights.append(len(row) - 1 - ink.search(row[::-1]).start())  # type: ignore[union-attr]
            tops.append(y)
    return min(lefts), min(tops), max(rights), max(tops)


def test_printing_gives_the_same_a4_pages(qtbot: QtBot, services: Services, sample: Sample,
                                          tmp_path: Path) -> None:
    source = numbered_pdf(tmp_path / "原件.pdf", 4)
    out = tmp_path / "打印.pdf"
    assert paint_pdf(pdf_printer(out), source) == 4
    reader = PdfReader(out)
    assert len(reader.pages) == 4
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4[0], abs=1)
        assert float(page.mediabox.height) == pytest.approx(A4[1], abs=1)
    # Not blank, and where the original has it: the frame lands on the same pixels.
    for index in (0, 3):
        printed, original = rendered(out, index), rendered(source, index)
        assert dark_pixels(printed) > 300
        assert all(abs(a - b) <= 2 for a, b in zip(ink_box(printed), ink_box(original),
                                                     strict=True))

    # A page range; a real report of the program; the printer's default resolution.
    ranged = tmp_path / "第2-3页.pdf"
    printer = pdf_printer(ranged)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert paint_pdf(printer, source) == 2
    assert "第 2 页" in (PdfReader(source).pages[1].extract_text() or "")
    assert len(PdfReader(ranged).pages) == 2
    assert ink_box(rendered(ranged, 0)) == ink_box(rendered(out, 1))

    roster = roster_pdf(services, tmp_path / "干部名册.pdf")
    printed_roster = tmp_path / "名册打印.pdf"
    printer = new_printer("干部名册")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed_roster))
    assert printer.resolution() >= 600   # high resolution: rendered at 600 dpi in bands
    assert paint_pdf(printer, roster) == len(PdfReader(roster).pages)
    assert dark_pixels(rendered(printed_roster, 0)) > 50
    assert all(abs(a - b) <= 2 for a, b in zip(ink_box(rendered(printed_roster, 0)),
                                                 ink_box(rendered(roster, 0)), strict=True))


def test_print_button_uses_the_system_dialog(qtbot: QtBot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    source = numbered_pdf(tmp_path / "三页.pdf", 3)
    out = tmp_path / "打印.pdf"
    asked: list[tuple[int, int]] = []

    def choose(dialog: QPrintDialog) -> int:   # the user picks "print to file", page 2-3
        asked.append((dialog.minPage(), dialog.maxPage()))
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
        assert printer.fullPage()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose)
    dialog = PdfPreviewDialog(source, "三页")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.printed, timeout=30_000) as printed:
        QTest.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert asked == [(1, 3)] and printed.args == [2]   # sheets, e.g. for the audit trail
    assert len(PdfReader(out).pages) == 2

    # Cancelled in the system dialog: nothing printed, False.
    out.unlink()
    monkeypatch.setattr(QPrintDialog, "exec",
                        lambda _dialog: QDialog.DialogCode.Rejected.value)
    assert dialog.print_document() is False
    assert not out.exists()
    dialog.reject()



def test_the_dialog_opens_at_the_top_of_page_1(qtbot: QtBot, tmp_path: Path) -> None:
    """Fitted to the window's width when shown, the first page is seen from its head."""
    dialog = PdfPreviewDialog(numbered_pdf(tmp_path / "台账.pdf", 3), "台账")
    qtbot.addWidget(dialog)
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    QCoreApplication.processEvents()
    preview = dialog.preview
    assert preview.fitting and preview.view.viewport().width() > 400
    assert preview.view.verticalScrollBar().value() == 0
    assert preview.current_page() == 1
    assert preview._page_rect(0).top() >= 0
    # Still at the top when the window is made wider (the page grows downwards).
    dialog.resize(dialog.width() + 200, dialog.height())
    QCoreApplication.processEvents()
    assert preview.view.verticalScrollBar().value() == 0
