"""The pages of a PDF inside the program, and printing them through the system dialog.

Issue 8: preview before signing and print without an external viewer. PySide6-Essentials
has no QtPdf, so PDFium (the pypdfium2 wheel, Apache-2.0/BSD, no dependencies, wheels for
Windows and manylinux2014 x86_64/aarch64) draws the pages into bitmaps that become
QImages (no Pillow in between).

- `PdfPreview`: the pages one under another, scrollable; renders only the pages in view
  (and one either side), a few at a time from the event loop, and keeps a small cache,
  so a 500-page book opens at once and memory stays bounded.
- `PdfPreviewDialog`: title, the preview, Print… and Close, plus the caller's buttons.
- `print_pdf(parent, source)`: QPrintDialog, then `paint_pdf(printer, source)` draws each
  page rendered at the printer's resolution in horizontal bands (bounded memory).
- `preview_path(name)` / `discard_preview(path)`: a private temporary folder for a PDF
  built only to be previewed, removed when the dialog closes.
- `PdfPreviewOwner.preview_in_worker(...)`: a page builds such a PDF in the worker, then
  shows it (the file is removed when building fails too).

PDFium is not thread-safe, so every call into it is made on the GUI thread. pypdfium2 is
imported on first use: loading the library takes 0.1 s that start-up need not pay.
"""

from __future__ import annotations

import contextlib
import logging
import math
import shutil
import tempfile
import time
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.ui.worker import Task, run_task

if TYPE_CHECKING:
    import pypdfium2

log = logging.getLogger(__name__)

PdfSource = Path | str | bytes

GAP = 12                       # logical pixels around and between pages
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
CACHE_PAGES = 8                # rendered pages kept besides those in view
CACHE_BYTES = 128 * 1024 * 1024
MAX_PRINT_DPI = 600            # finer gains nothing on paper and costs 4x the memory
BAND_BYTES = 32 * 1024 * 1024  # one horizontal band of a printed page at a time
PREVIEW_PREFIX = "zeren-preview-"
STALE_PREVIEW_SECONDS = 24 * 3600
BACKGROUND = QColor("#7f7f7f")
PAGE_BORDER = QColor("#404040")


# -- PDFium


# What opening or rendering a bad PDF raises (pypdfium2's PdfiumError is a RuntimeError);
# rendering a huge page may also run out of memory.
PDF_ERRORS: tuple[type[Exception], ...] = (RuntimeError, OSError, ValueError)
RENDER_ERRORS: tuple[type[Exception], ...] = (*PDF_ERRORS, MemoryError)


def open_pdf(source: PdfSource) -> pypdfium2.PdfDocument:
    """Open a PDF file or bytes. A file is read through Python (any path works, also
    non-ASCII ones on Windows) and stays open until the document is closed."""
    import pypdfium2

    if isinstance(source, bytes):
        return pypdfium2.PdfDocument(source)
    handle = Path(source).open("rb")  # noqa: SIM115 - closed with the document
    try:
        return pypdfium2.PdfDocument(handle, autoclose=True)
    except BaseException:
        handle.close()
        raise


def render_page(page: Any, width: int, height: int, *, top: int = 0, rows: int | None = None,
                rotation: int = 0, grayscale: bool = False, printing: bool = False) -> QImage:
    """Rows `top`..`top + rows` of `page` drawn at `width` x `height` pixels, as a QImage
    that owns its pixels. `rotation` is PDFium's quarter turns clockwise (0-3)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    rows = height - top if rows is None else rows
    # RGBA byte order (PDFium's reversed BGRA) is the same on every CPU.
    fmt = pdfium_c.FPDFBitmap_Gray if grayscale else pdfium_c.FPDFBitmap_BGRA
    bitmap = pypdfium2.PdfBitmap.new_native(width, rows, fmt, rev_byteorder=not grayscale)
    try:
        bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, rows)
        flags = pdfium_c.FPDF_ANNOT
        flags |= pdfium_c.FPDF_GRAYSCALE if grayscale else pdfium_c.FPDF_REVERSE_BYTE_ORDER
        if printing:
            flags |= pdfium_c.FPDF_PRINTING
        # The page is placed `top` rows up: PDFium clips it to the band.
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, -top, width, height, rotation, flags)
        view = QImage(bitmap.buffer, width, rows, bitmap.stride,
                      QImage.Format.Format_Grayscale8 if grayscale
                      else QImage.Format.Format_RGBA8888)
        # Copy out before the bitmap's memory goes; RGB32 is what QPainter draws fastest.
        return view.copy() if grayscale else view.convertToFormat(QImage.Format.Format_RGB32)
    finally:
        bitmap.close()


# -- the preview


class _PageView(QAbstractScrollArea):
    """The pages one under another; draws what is in view, asks the preview to render."""

    def __init__(self, preview: PdfPreview) -> None:
        super().__init__(preview)
        self.preview = preview
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Always there: a scroll bar that comes and goes would change the fitted width,
        # which could make it go and come again.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().valueChanged.connect(lambda _v: preview._scrolled())
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), BACKGROUND)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.preview._paint_pages(painter, event.rect())
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.preview._viewport_resized()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.preview.handle_key(event):
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step > 0:
                self.preview.zoom_in()
            elif step < 0:
                self.preview.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)


class PdfPreview(QWidget):
    """The pages of a PDF, rendered as they come into view; paging and zoom.

    Keys (on the pages): Page Down / Page Up the next / previous page, Ctrl+Home / Ctrl+End
    the first / last, Ctrl++ / Ctrl+- zoom, Ctrl+0 fit the page width; Ctrl+wheel zooms.
    """

    page_changed = Signal(int, int)  # the page in view (from 1), the page count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: pypdfium2.PdfDocument | None = None
        self.sizes: list[tuple[float, float]] = []   # points
        self.tops: list[int] = []                     # logical pixels, at the current zoom
        self.extents: list[tuple[int, int]] = []      # page width, height in logical pixels
        self.content_height = 0
        self.content_width = 0
        self.zoom = 1.0
        self.fitting = True          # follow the width of the window until zoomed by hand
        self.current = 0             # from 0
        self.error = ""
        self.cache: OrderedDict[int, QImage] = OrderedDict()
        self.page_errors: dict[int, str] = {}
        self.rendered = 0            # how many page images were made (tests: laziness)
        self._navigating = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)   # one page per turn of the event loop: scrolling stays live
        self._timer.timeout.connect(self._render_next)
        # A preview deleted while showing a file still closes it (Windows locks open
        # files); the closure holds the list, not the widget.
        self._open: list[Any] = []
        opened = self._open
        self.destroyed.connect(lambda _object=None: _close_all(opened))

        self.view = _PageView(self)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message_label)

        style = self.style()
        self.previous_button = self._tool(
            self.tr("Previous page (Page Up)"), self.previous_page,
            icon=style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.next_button = self._tool(
            self.tr("Next page (Page Down)"), self.next_page,
            icon=style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance(
            self.tr("Page {n} of {count}").format(n=888, count=888)) + 8)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = self._tool(self.tr("Zoom out (Ctrl+-)"), self.zoom_out, "−")
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400%")
                                        + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_in_button = self._tool(self.tr("Zoom in (Ctrl++)"), self.zoom_in, "+")
        self.fit_button = self._tool(self.tr("Fit the page width (Ctrl+0)"), self.fit_width,
                                     self.tr("Fit width"))
        for button in (self.zoom_out_button, self.zoom_in_button):
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.4)
            font.setBold(True)
            button.setFont(font)
        self.toolbar = QWidget()
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.view)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_controls()

    def _tool(self, tip: str, slot: Callable[[], object], text: str = "",
              icon: Any = None) -> QToolButton:
        button = QToolButton()
        if icon is not None:
            button.setIcon(icon)
        if text:
            button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        # The keys stay with the pages after a click on a tool.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the document

    def load(self, source: PdfSource) -> bool:
        """Show a PDF file or bytes; False (and a message instead of pages) when it cannot
        be read. The file stays open until `clear()` or the next `load()`."""
        self.clear()
        try:
            document = open_pdf(source)
        except PDF_ERRORS as error:
            log.info("PDF preview: cannot open %s: %s", _describe(source), error)
            return self._fail(self.tr("This PDF cannot be shown: {reason}").format(
                reason=_reason(error)))
        try:
            sizes = [document.get_page_size(index) for index in range(len(document))]
        except PDF_ERRORS as error:
            document.close()
            return self._fail(self.tr("This PDF cannot be shown: {reason}").format(
                reason=_reason(error)))
        if not sizes:
            document.close()
            return self._fail(self.tr("This PDF has no pages."))
        self.document = document
        self._open[:] = [document]
        self.sizes = [(max(w, 1.0), max(h, 1.0)) for w, h in sizes]
        self.stack.setCurrentWidget(self.view)
        self.fitting = True
        self.zoom = self._fit_zoom()
        self._relayout()
        self._update_controls()
        self.page_changed.emit(self.current_page(), self.page_count())
        self._schedule()
        return True

    def clear(self) -> None:
        """Close the document (so its file can be deleted) and forget its pages."""
        self._timer.stop()
        if self.document is not None:
            with contextlib.suppress(*PDF_ERRORS):
                self.document.close()
        self.document = None
        self._open.clear()
        self.sizes = []
        self.tops = []
        self.extents = []
        self.cache.clear()
        self.page_errors.clear()
        self.current = 0
        self.error = ""
        self.message_label.clear()
        self.stack.setCurrentWidget(self.view)
        self._relayout()
        self._update_controls()

    def _fail(self, text: str) -> bool:
        self.error = text
        self.message_label.setText(text)
        self.stack.setCurrentWidget(self.message_label)
        self._update_controls()
        return False

    def page_count(self) -> int:
        return len(self.sizes)

    def current_page(self) -> int:
        """The page in view, from 1 (0 without a document)."""
        return self.current + 1 if self.sizes else 0

    # -- navigation and zoom

    def go_to_page(self, number: int) -> None:
        """Scroll page `number` (from 1) to the top of the view."""
        if not self.sizes:
            return
        index = min(max(number - 1, 0), len(self.sizes) - 1)
        self._navigating = True
        try:
            self.view.verticalScrollBar().setValue(self.tops[index] - GAP)
        finally:
            self._navigating = False
        self._set_current(index)
        self._schedule()

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def set_zoom(self, zoom: float) -> None:
        """100% shows the page at its paper size on a screen of the system's DPI."""
        self.fitting = False
        self._apply_zoom(min(max(zoom, ZOOM_MIN), ZOOM_MAX))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self.fitting = True
        self._apply_zoom(self._fit_zoom())

    def handle_key(self, event: QKeyEvent) -> bool:
        """The preview's keys (also when the dialog's buttons have the focus)."""
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if event.matches(QKeySequence.StandardKey.ZoomIn) or (
                control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal)):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or (
                control and key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore)):
            self.zoom_out()
        elif control and key == Qt.Key.Key_0:
            self.fit_width()
        elif key == Qt.Key.Key_PageDown and not control:
            self.next_page()
        elif key == Qt.Key.Key_PageUp and not control:
            self.previous_page()
        elif key == Qt.Key.Key_Home and control:
            self.go_to_page(1)
        elif key == Qt.Key.Key_End and control:
            self.go_to_page(self.page_count())
        else:
            return False
        event.accept()
        return True

    def _apply_zoom(self, zoom: float) -> None:
        if not self.sizes:
            self.zoom = zoom
            self._update_controls()
            return
        # Keep the same place of the same page on the line the current page is read from;
        # at the top (also a document just loaded, before its first fit to the window) the
        # view stays at the top, with the head of page 1 in sight.
        bar = self.view.verticalScrollBar()
        at_top = bar.value() <= bar.minimum()
        line = self.view.viewport().height() // 3
        index = self._index_at(bar.value() + line)
        offset = (bar.value() + line - self.tops[index]) / max(self.extents[index][1], 1)
        self.zoom = zoom
        self._navigating = True   # the new range may move the bar on the way: not a scroll
        try:
            self._relayout()
            if at_top:
                bar.setValue(bar.minimum())
            else:
                line = self.view.viewport().height() // 3
                bar.setValue(self.tops[index] + round(offset * self.extents[index][1]) - line)
        finally:
            self._navigating = False
        self._sync_current()
        self._update_controls()
        self._schedule()

    def _pixels_per_point(self) -> float:
        return self.zoom * self.logicalDpiX() / 72.0

    def _fit_zoom(self) -> float:
        if not self.sizes:
            return 1.0
        widest = max(w for w, _h in self.sizes)
        room = max(self.view.viewport().width() - 2 * GAP, 50)
        return min(max(room / (widest * self.logicalDpiX() / 72.0), ZOOM_MIN), ZOOM_MAX)

    def _viewport_resized(self) -> None:
        if self.fitting and self.sizes:
            self._apply_zoom(self._fit_zoom())
        else:
            self._update_scrollbars()
            self._schedule()

    def _relayout(self) -> None:
        scale = self._pixels_per_point()
        self.extents = [(max(round(w * scale), 1), max(round(h * scale), 1))
                        for w, h in self.sizes]
        self.tops = []
        y = GAP
        for _w, h in self.extents:
            self.tops.append(y)
            y += h + GAP
        self.content_height = y
        self.content_width = max((w for w, _h in self.extents), default=0) + 2 * GAP
        self._update_scrollbars()
        self.view.viewport().update()

    def _update_scrollbars(self) -> None:
        viewport = self.view.viewport()
        vertical = self.view.verticalScrollBar()
        vertical.setRange(0, max(self.content_height - viewport.height(), 0))
        vertical.setPageStep(viewport.height())
        vertical.setSingleStep(40)
        horizontal = self.view.horizontalScrollBar()
        horizontal.setRange(0, max(self.content_width - viewport.width(), 0))
        horizontal.setPageStep(viewport.width())
        horizontal.setSingleStep(40)

    def _index_at(self, y: int) -> int:
        return min(max(bisect_right(self.tops, y) - 1, 0), max(len(self.tops) - 1, 0))

    def visible_pages(self) -> range:
        """The pages (from 0) in view now."""
        if not self.tops:
            return range(0)
        top = self.view.verticalScrollBar().value()
        bottom = top + self.view.viewport().height()
        first = self._index_at(top)
        last = self._index_at(bottom)
        return range(first, last + 1)

    def _scrolled(self) -> None:
        if not self._navigating:
            self._sync_current()
        self.view.viewport().update()
        self._schedule()

    def _sync_current(self) -> None:
        """The current page from the scroll position: the page on the line a third down
        the view; at the very end the last page, even if it is short."""
        if not self.tops:
            return
        bar = self.view.verticalScrollBar()
        if bar.maximum() > 0 and bar.value() >= bar.maximum():
            index = len(self.tops) - 1
        else:
            index = self._index_at(bar.value() + self.view.viewport().height() // 3)
        self._set_current(index)

    def _set_current(self, index: int) -> None:
        if index != self.current:
            self.current = index
            self._update_controls()
            self.page_changed.emit(self.current_page(), self.page_count())

    def _update_controls(self) -> None:
        has = bool(self.sizes)
        self.toolbar.setVisible(has or not self.error)
        self.page_label.setText(self.tr("Page {n} of {count}").format(
            n=self.current_page(), count=self.page_count()) if has else "")
        self.zoom_label.setText(f"{round(self.zoom * 100)}%" if has else "")
        self.previous_button.setEnabled(has and self.current > 0)
        self.next_button.setEnabled(has and self.current < len(self.sizes) - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(has)
        self.zoom_in_button.setEnabled(has and self.zoom < ZOOM_MAX - 1e-6)
        self.zoom_out_button.setEnabled(has and self.zoom > ZOOM_MIN + 1e-6)

    # -- drawing and rendering

    def _page_rect(self, index: int) -> QRect:
        width, height = self.extents[index]
        viewport = self.view.viewport()
        left = max((viewport.width() - width) // 2, GAP) - self.view.horizontalScrollBar().value()
        top = self.tops[index] - self.view.verticalScrollBar().value()
        return QRect(left, top, width, height)

    def _device_size(self, index: int) -> tuple[int, int]:
        ratio = self.view.viewport().devicePixelRatioF()
        width, height = self.extents[index]
        return max(round(width * ratio), 1), max(round(height * ratio), 1)

    def _fresh(self, index: int) -> bool:
        image = self.cache.get(index)
        return image is not None and (image.width(), image.height()) == self._device_size(index)

    def _paint_pages(self, painter: QPainter, area: QRect) -> None:
        for index in self.visible_pages():
            rect = self._page_rect(index)
            if not rect.intersects(area):
                continue
            painter.fillRect(rect.adjusted(2, 2, 2, 2), PAGE_BORDER)   # a thin shadow
            image = self.cache.get(index)
            if image is not None:
                self.cache.move_to_end(index)
                painter.drawImage(QRectF(rect), image)   # a stale zoom is drawn scaled
            else:
                painter.fillRect(rect, Qt.GlobalColor.white)
            problem = self.page_errors.get(index)
            if problem:
                painter.setPen(QColor("#a01010"))
                painter.drawText(rect.adjusted(12, 12, -12, -12),
                                 int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                                 problem)

    def _wanted(self) -> list[int]:
        """Pages to render, most needed first: those in view, then one either side."""
        visible = self.visible_pages()
        if not visible:
            return []
        order = list(visible)
        order += [i for i in (visible[-1] + 1, visible[0] - 1) if 0 <= i < len(self.sizes)]
        return [i for i in order if not self._fresh(i) and i not in self.page_errors]

    def _schedule(self) -> None:
        if self.document is not None and self._wanted() and not self._timer.isActive():
            self._timer.start()

    def _render_next(self) -> None:
        wanted = self._wanted()
        if not wanted or self.document is None:
            return
        self._render(wanted[0])
        self._evict()
        self.view.viewport().update()
        if len(wanted) > 1:
            self._timer.start()

    def render_pending(self) -> None:
        """Render now what the view still waits for (before a grab; tests)."""
        self._timer.stop()
        while self.document is not None and (wanted := self._wanted()):
            self._render(wanted[0])
        self._evict()
        self.view.viewport().update()

    def _render(self, index: int) -> None:
        assert self.document is not None
        width, height = self._device_size(index)
        try:
            page = self.document[index]
            try:
                image = render_page(page, width, height)
            finally:
                page.close()
        except RENDER_ERRORS as error:
            log.info("PDF preview: page %d cannot be rendered: %s", index + 1, error)
            self.page_errors[index] = self.tr("Page {n} cannot be shown: {reason}").format(
                n=index + 1, reason=_reason(error))
            self.cache.pop(index, None)
            return
        image.setDevicePixelRatio(self.view.viewport().devicePixelRatioF())
        self.cache[index] = image
        self.cache.move_to_end(index)
        self.rendered += 1

    def _evict(self) -> None:
        """Forget the least recently drawn pages out of view beyond the cache's bounds."""
        keep = set(self.visible_pages())

        def size() -> int:
            return sum(image.sizeInBytes() for image in self.cache.values())

        for index in list(self.cache):
            if len(self.cache) <= len(keep) + CACHE_PAGES and size() <= CACHE_BYTES:
                break
            if index not in keep:
                del self.cache[index]


def _close_all(documents: list[Any]) -> None:
    for document in documents:
        with contextlib.suppress(*PDF_ERRORS):
            document.close()
    documents.clear()


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _describe(source: PdfSource) -> str:
    return f"{len(source)} bytes" if isinstance(source, bytes) else str(source)


# -- the dialog


class PdfPreviewDialog(QDialog):
    """A PDF to read before it is signed or printed: the preview, Print… and Close.

    `extra_buttons` (e.g. a "Sign" button) go between Print… and Close; their owner
    connects them. With `temporary`, the file (and the folder `preview_path` made for
    it) is deleted when the dialog closes.
    """

    printed = Signal(int)   # sheets sent to the printer

    def __init__(self, source: PdfSource, title: str, parent: QWidget | None = None, *,
                 extra_buttons: Sequence[QPushButton] = (), temporary: bool = False) -> None:
        super().__init__(parent)
        self.source = source
        self.title = title
        self.temporary = temporary and not isinstance(source, bytes)
        self.setWindowTitle(title)
        self.preview = PdfPreview()
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setToolTip(self.tr("Print on paper through the system's printer"
                                             " dialog (Ctrl+P)"))
        self.print_button.clicked.connect(lambda _checked=False: self.print_document())
        self.extra_buttons = list(extra_buttons)
        for button in self.extra_buttons:
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        loaded = self.preview.load(source)
        self.print_button.setEnabled(loaded)
        self._size_to_screen()
        self.preview.setFocus()

    def _size_to_screen(self) -> None:
        screen = self.screen().availableGeometry()
        width = min(900, max(screen.width() - 80, 400))
        height = min(1100, max(screen.height() - 80, 300))
        self.resize(width, height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Print) and self.print_button.isEnabled():
            self.print_document()
            return
        if not self.preview.handle_key(event):
            super().keyPressEvent(event)

    def print_document(self) -> bool:
        """The system's print dialog, then the pages to the printer chosen."""
        sheets = print_sheets(self, self.source, title=self.title,
                              current_page=self.preview.current_page())
        if sheets:
            self.printed.emit(sheets)
        return sheets > 0

    def done(self, result: int) -> None:
        self.preview.clear()        # PDFium lets go of the file first (Windows locks it)
        if self.temporary and not isinstance(self.source, bytes):
            discard_preview(Path(self.source))
        super().done(result)


def show_preview(parent: QWidget, source: PdfSource, title: str, *, temporary: bool = True,
                 extra_buttons: Sequence[QPushButton] = ()) -> PdfPreviewDialog:
    """Open the preview window-modal (returns at once); it deletes itself, and with
    `temporary` the file, when closed."""
    dialog = PdfPreviewDialog(source, title, parent, extra_buttons=extra_buttons,
                              temporary=temporary)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# -- a PDF built in the worker to be previewed


class PdfPreviewOwner:
    """A page (a QWidget) that builds PDFs in the worker only to show them;
    `preview_dialog` is its preview open now (None when none)."""

    preview_dialog: PdfPreviewDialog | None

    def preview_in_worker(
            self, target: Path, title: str, work: Callable[..., Any], *args: Any,
            progress_label: str, on_ready: Callable[[Any], object],
            on_failed: Callable[[BaseException], object] | None = None,
            extra_buttons: Callable[[], Sequence[QPushButton]] | None = None,
            on_shown: Callable[[PdfPreviewDialog, Any], object] | None = None,
            **kwargs: Any) -> Task:
        """Run `work(*args, **kwargs)`, which writes `target` (a `preview_path`), through
        `run_task` (its own keywords, e.g. `control`, stay its own) with `progress_label`;
        the task is returned at once, for the page to keep.

        When it succeeds: `on_ready(result)` (the page frees its task and buttons), then
        `target` opens under `title` with `extra_buttons()`, kept in `preview_dialog` until
        it closes, and `on_shown(dialog, result)`. When it fails: `target` is deleted, then
        `on_failed(error)`."""
        assert isinstance(self, QWidget), "a PdfPreviewOwner is a widget"
        owner = self
        task = run_task(work, *args, progress_label=progress_label, parent=owner, **kwargs)

        def ready(result: object) -> None:
            on_ready(result)
            dialog = show_preview(owner, target, title,
                                  extra_buttons=extra_buttons() if extra_buttons else ())
            if on_shown is not None:
                on_shown(dialog, result)

            def closed(_result: int) -> None:
                if owner.preview_dialog is dialog:
                    owner.preview_dialog = None

            dialog.finished.connect(closed)
            owner.preview_dialog = dialog

        def failed(error: BaseException) -> None:
            discard_preview(target)
            if on_failed is not None:
                on_failed(error)

        task.succeeded.connect(ready)
        task.failed.connect(failed)
        return task


# -- temporary files of a preview


def preview_path(file_name: str) -> Path:
    """Where to build a PDF that is only previewed: `file_name` in a new private folder
    of the temporary directory (not created). `discard_preview` removes the folder."""
    _sweep_stale_previews()
    folder = Path(tempfile.mkdtemp(prefix=PREVIEW_PREFIX))
    # The name comes from titles and names; Windows forbids some characters in it.
    name = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in file_name)
    return folder / (name.strip(" .") or "preview.pdf")


def discard_preview(path: Path) -> None:
    """Delete a previewed PDF; also its folder when `preview_path` made it."""
    folder = path.parent
    if folder.name.startswith(PREVIEW_PREFIX) and _in_temp(folder):
        shutil.rmtree(folder, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)


def _in_temp(folder: Path) -> bool:
    try:
        return folder.resolve().parent == Path(tempfile.gettempdir()).resolve()
    except OSError:
        return False


def _sweep_stale_previews() -> None:
    """Previews left by a crash: folders of ours older than a day (never a fresh one,
    which another window of the program may still show)."""
    limit = time.time() - STALE_PREVIEW_SECONDS
    with contextlib.suppress(OSError):
        for folder in Path(tempfile.gettempdir()).glob(PREVIEW_PREFIX + "*"):
            with contextlib.suppress(OSError):
                if folder.is_dir() and folder.stat().st_mtime < limit:
                    shutil.rmtree(folder, ignore_errors=True)


# -- printing


def new_printer(title: str = "") -> QPrinter:
    """A high-resolution printer for A4, drawing on the whole sheet (the PDF's own
    margins are the document's; GB/T 9704 geometry must not shift)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    printer.setDocName(title or "Zeren Desktop")
    printer.setCreator("Zeren Desktop")
    return printer


def print_pdf(parent: QWidget | None, source: PdfSource, *, title: str = "",
              current_page: int = 0) -> bool:
    """Ask for the printer, pages and copies (QPrintDialog), then print; whether it did.

    A document that cannot be read, a printer that cannot start and a cancel say so
    (a message box for the first two) and return False."""
    return print_sheets(parent, source, title=title, current_page=current_page) > 0


def print_sheets(parent: QWidget | None, source: PdfSource, *, title: str = "",
                 current_page: int = 0) -> int:
    """As `print_pdf`, but the number of sheets printed (0: nothing), e.g. for the
    audit trail of a signed document."""
    heading = QCoreApplication.translate("PdfPreview", "Print")
    try:
        document = open_pdf(source)
    except PDF_ERRORS as error:
        QMessageBox.warning(parent, heading, QCoreApplication.translate(
            "PdfPreview", "This PDF cannot be printed: {reason}").format(
                reason=_reason(error)))
        return 0
    try:
        count = len(document)
        printer = new_printer(title)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(heading)
        options = (QAbstractPrintDialog.PrintDialogOption.PrintPageRange
                   | QAbstractPrintDialog.PrintDialogOption.PrintToFile
                   | QAbstractPrintDialog.PrintDialogOption.PrintCollateCopies
                   | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize)
        if current_page:
            options |= QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage
        dialog.setOptions(options)
        dialog.setMinMax(1, count)
        printer.setFromTo(1, count)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return 0
        progress = QProgressDialog(
            QCoreApplication.translate("PdfPreview", "Printing…"),
            QCoreApplication.translate("PdfPreview", "Cancel"), 0, 1, parent)
        progress.setWindowTitle(heading)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        try:
            printed = paint_pdf(printer, document, current_page=current_page, progress=report)
        except PrintError as error:
            QMessageBox.warning(parent, heading, str(error))
            return 0
        except RENDER_ERRORS as error:
            log.warning("printing failed: %s", error)
            printer.abort()
            QMessageBox.warning(parent, heading, QCoreApplication.translate(
                "PdfPreview", "Printing failed: {reason}").format(reason=_reason(error)))
            return 0
        finally:
            progress.reset()
            progress.deleteLater()
        return printed
    finally:
        with contextlib.suppress(*PDF_ERRORS):
            document.close()


class PrintError(Exception):
    """The printer could not be started (its message is translated)."""


def pages_to_print(printer: QPrinter, count: int, current_page: int = 0) -> list[int]:
    """The page numbers (from 1) in the order the printer wants them, copies included
    when the printer cannot make copies itself."""
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        pages = list(range(first, last + 1))
    elif chosen == QPrinter.PrintRange.CurrentPage and 1 <= current_page <= count:
        pages = [current_page]
    else:
        pages = list(range(1, count + 1))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if copies > 1:
        if printer.collateCopies():
            pages = pages * copies
        else:
            pages = [page for page in pages for _copy in range(copies)]
    return pages


def paint_pdf(printer: QPrinter, source: PdfSource | pypdfium2.PdfDocument, *,
              current_page: int = 0,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Draw the PDF's pages (the printer's range) on `printer`; the sheets printed.

    Each page is rendered at the printer's resolution (at most MAX_PRINT_DPI, by a whole
    factor), one band of rows at a time, and scaled to fit the sheet; a landscape page on
    portrait paper is turned. `progress(done, total)` returning False cancels (the
    printer's job is aborted; 0 is returned). Raises PrintError when the printer does not
    start, PDFium's errors when the document is broken."""
    import pypdfium2

    own = not isinstance(source, pypdfium2.PdfDocument)
    document = open_pdf(source) if own else source
    assert isinstance(document, pypdfium2.PdfDocument)
    try:
        pages = pages_to_print(printer, len(document), current_page)
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QCoreApplication.translate(
                "PdfPreview", "The printer could not be started."))
        try:
            for done, number in enumerate(pages):
                if progress is not None and not progress(done, len(pages)):
                    printer.abort()
                    return 0
                if done:
                    printer.newPage()
                _paint_page(painter, printer, document, number - 1)
            if progress is not None:
                progress(len(pages), len(pages))
        finally:
            if painter.isActive():
                painter.end()
        return len(pages)
    finally:
        if own:
            document.close()


def _paint_page(painter: QPainter, printer: QPrinter, document: pypdfium2.PdfDocument,
                index: int) -> None:
    dpi = printer.resolution()
    factor = max(math.ceil(dpi / MAX_PRINT_DPI), 1)   # whole: band edges fall on pixels
    render_dpi = dpi / factor
    sheet = printer.pageLayout().fullRectPixels(dpi)   # full page: the painter's origin
    sheet_w, sheet_h = sheet.width() * 72.0 / dpi, sheet.height() * 72.0 / dpi  # points
    page_w, page_h = document.get_page_size(index)
    turn = (page_w > page_h) != (sheet_w > sheet_h)
    if turn:
        page_w, page_h = page_h, page_w
    fit = min(sheet_w / page_w, sheet_h / page_h)
    width = max(round(page_w * fit * render_dpi / 72.0), 1)
    height = max(round(page_h * fit * render_dpi / 72.0), 1)
    left = (sheet.width() - width * factor) / 2.0
    top = (sheet.height() - height * factor) / 2.0
    grayscale = printer.colorMode() == QPrinter.ColorMode.GrayScale
    band = max(BAND_BYTES // (width * (1 if grayscale else 4)), 16)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, factor > 1)
    page = document[index]
    try:
        for row in _bands(height, band):
            rows = min(band, height - row)
            image = render_page(page, width, height, top=row, rows=rows,
                                rotation=1 if turn else 0, grayscale=grayscale, printing=True)
            painter.drawImage(QRectF(QPointF(left, top + row * factor),
                                     QPointF(left + width * factor,
                                             top + (row + rows) * factor)), image)
            del image   # one band in memory at a time
    finally:
        page.close()


def _bands(height: int, band: int) -> Iterator[int]:
    yield from range(0, height, band)
