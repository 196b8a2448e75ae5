"""Documents (文书): drafts made from the records, sign-off, preview and print, and the
signed PDFs that can be checked against the database.

Draft → submitted → approved → signed. The buttons follow the user's role and the
document's status; a signed document is frozen and only replaced by a new version.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.documents import DocumentKind, DocumentStatus
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.documents_dto import DocumentDetail, DocumentRow
from zeren_desktop.ui.common import enum_label, error_text, format_date, format_utc
from zeren_desktop.ui.pages.document_dialogs import (
    DraftEditor,
    NewDocumentDialog,
    ReasonDialog,
    SignDialog,
    VerifyDialog,
    document_label,
)
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.ledger_page import documents_folder, failure_text, with_suffix
from zeren_desktop.ui.pages.lists_page import ERROR_STYLE
from zeren_desktop.ui.pages.record_table import RecordTable
from zeren_desktop.ui.widgets.pdf_preview import (
    PdfPreviewDialog,
    PdfPreviewOwner,
    preview_path,
)
from zeren_desktop.ui.worker import Task, run_task

KINDS: tuple[DocumentKind, ...] = tuple(DocumentKind)
STATUSES: tuple[DocumentStatus, ...] = tuple(DocumentStatus)
# Light tints with dark text, one per status.
STATUS_COLOURS: dict[DocumentStatus, tuple[str, str]] = {
    DocumentStatus.DRAFT: ("#eeeeee", "#333333"),
    DocumentStatus.SUBMITTED: ("#ffe8a8", "#4d3800"),
    DocumentStatus.APPROVED: ("#d6e6fb", "#0d2f5c"),
    DocumentStatus.SIGNED: ("#d4edda", "#0b4020"),
}
COLUMNS = 8


def safe_file_name(text: str) -> str:
    return "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in text).strip(" .")


class DocumentsPage(RecordTable, PdfPreviewOwner, GuardedPage):
    """Every document of the office (of the user's township when scoped), newest first."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        writable = not services.read_only

        def can(permission: Permission) -> bool:
            return actor is not None and actor.can(permission) and writable

        self.can_draft = can(Permission.EDIT_DRAFTS)
        self.can_review = can(Permission.REVIEW)
        self.can_sign = can(Permission.SIGN)
        self.rows: list[DocumentRow] = []
        self.detail: DocumentDetail | None = None
        self.stale = True
        self.dialog: QDialog | None = None
        self.task: Task | None = None
        self.preview_dialog: PdfPreviewDialog | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("All kinds"))
        for kind in KINDS:
            self.kind_combo.addItem(enum_label(kind))
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"))
        for status in STATUSES:
            self.status_combo.addItem(enum_label(status))
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Number, title or text"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(300)
        self.search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.reload)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.reload())
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Kind"), self.kind_combo),
                              (self.tr("S&tatus"), self.status_combo),
                              (self.tr("&Find"), self.search_edit)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1 if widget is self.search_edit else 0)
            filters.addSpacing(8)
        self.verify_button = QPushButton(self.tr("Verif&y a PDF…"))
        self.verify_button.setToolTip(self.tr(
            "Check whether a PDF is exactly a document signed here, and which"))
        self.verify_button.clicked.connect(lambda _c=False: self.verify())
        filters.addWidget(self.verify_button)

        def button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
            widget = QPushButton(text)
            widget.setToolTip(tip)
            widget.clicked.connect(lambda _c=False: slot())
            return widget

        self.new_button = button(self.tr("&New…"), self.tr(
            "A new draft filled from a case, talk, list or the statistics (Ctrl+N)"),
            self.new_document)
        self.edit_button = button(self.tr("&Edit…"), self.tr(
            "Edit the selected draft: its texts and field values (Enter)"), self.edit_document)
        self.preview_button = button(self.tr("Pre&view…"), self.tr(
            "See the pages as they print, and print them (Ctrl+P prints in the preview)"),
            self.preview)
        self.submit_button = button(self.tr("Su&bmit"), self.tr(
            "Send the draft for review"), self.submit)
        self.approve_button = button(self.tr("&Approve"), self.tr(
            "Approve the submitted document for signing"), self.approve)
        self.return_button = button(self.tr("&Return…"), self.tr(
            "Send the document back to draft, with the reason"), self.return_to_draft)
        self.sign_button = button(self.tr("&Sign…"), self.tr(
            "Number, sign and freeze the approved document"), self.sign)
        self.supersede_button = button(self.tr("Ne&w version"), self.tr(
            "A new draft that replaces the signed document once it is signed; both are"
            " kept"), self.supersede)
        self.delete_button = button(self.tr("&Delete draft"), self.tr(
            "Delete a draft made by mistake (Delete)"), self.delete_document)
        self.export_pdf_button = button(self.tr("Export &PDF…"), self.tr(
            "Save the PDF: the signed one byte for byte, or a draft with its draft mark"),
            self.export_pdf)
        self.export_docx_button = button(self.tr("Export .do&cx…"), self.tr(
            "The body as .docx, to edit in WPS or Word and bring back"), self.export_docx)
        self.import_docx_button = button(self.tr("&Import .docx…"), self.tr(
            "Bring an edited .docx back as the draft's body"), self.import_docx)
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_document)

        self.count_label = QLabel()
        actions = QHBoxLayout()
        for action in (self.new_button, self.edit_button, self.preview_button,
                       self.submit_button, self.approve_button, self.return_button,
                       self.sign_button, self.supersede_button, self.delete_button):
            actions.addWidget(action)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        exports = QHBoxLayout()
        for action in (self.export_pdf_button, self.export_docx_button,
                       self.import_docx_button):
            exports.addWidget(action)
        exports.addStretch(1)
        for action, allowed in (
                (self.new_button, self.can_draft), (self.edit_button, self.can_draft),
                (self.submit_button, self.can_draft), (self.supersede_button, self.can_draft),
                (self.delete_button, self.can_draft), (self.import_docx_button, self.can_draft),
                (self.approve_button, self.can_review), (self.return_button, self.can_review),
                (self.sign_button, self.can_sign)):
            action.setVisible(allowed)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setHorizontalHeaderLabels([
            self.tr("Document number"), self.tr("Title"), self.tr("Kind"), self.tr("Status"),
            self.tr("Unit"), self.tr("Case"), self.tr("Changed"), self.tr("Signed on")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.itemSelectionChanged.connect(self._selection_changed)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_document)

        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(lambda url: self._follow(url.toString()))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        layout = QVBoxLayout(self.content)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addLayout(exports)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        self._update_buttons()
        if services.actor is None:
            self.reload()       # nobody signed in: the page says so at once

    # -- loading

    def refresh_page(self) -> None:
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self.search_timer.stop()
        keep = select if select is not None else self.selected_id()
        kind_index = self.kind_combo.currentIndex()
        status_index = self.status_combo.currentIndex()
        try:
            rows = self.services.documents.search(
                KINDS[kind_index - 1] if kind_index > 0 else None,
                STATUSES[status_index - 1] if status_index > 0 else None,
                self.search_edit.text())
        except ACCESS_ERRORS as err:
            self.rows = []
            self.table.setRowCount(0)
            self.show_notice(err)
            return
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return
        self.show_content()
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            self._fill_row(index, row)
        self.table.blockSignals(False)
        for column in (0, 2, 3, 4, 5, 6, 7):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column) + 8, 240))
        signed = sum(1 for r in rows if r.signed)
        self.count_label.setText(self.tr("Documents: {n}; signed: {signed}").format(
            n=len(rows), signed=signed))
        ids = [r.id for r in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._selection_changed()

    def _fill_row(self, index: int, row: DocumentRow) -> None:
        status = enum_label(row.status)
        if row.superseded:
            status = self.tr("{status}, superseded").format(status=status)
        elif row.version > 1:
            status = self.tr("{status} (version {n})").format(status=status, n=row.version)
        cells = [row.number, row.title, enum_label(row.kind), status, row.unit_name,
                 row.case_number, format_utc(row.updated_at), format_date(row.document_date)]
        background, foreground = STATUS_COLOURS[row.status]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(row.id))
            if column == 1:
                item.setToolTip(text)
            if column == 3:
                item.setBackground(QBrush(QColor(background)))
                item.setForeground(QBrush(QColor(foreground)))
            if row.superseded:
                font = QFont(item.font())
                font.setStrikeOut(column == 0)
                item.setFont(font)
                item.setForeground(QBrush(QColor("#777777")))
            self.table.setItem(index, column, item)

    def current_row(self) -> DocumentRow | None:
        document_id = self.selected_id()
        return next((r for r in self.rows if r.id == document_id), None)

    def _selection_changed(self) -> None:
        row = self.current_row()
        self.detail = None
        if row is not None:
            try:
                self.detail = self.services.documents.get(row.id)
            except ZerenError as err:
                self.show_message(error_text(err), failed=True)
        self.details.setHtml(self._details_html(self.detail) if self.detail else "")
        self._update_buttons()

    def _details_html(self, d: DocumentDetail) -> str:
        from html import escape

        def line(label: str, value: str) -> str:
            return f"<tr><td style='color:#555;padding-right:12px'>{escape(label)}</td>" \
                   f"<td>{escape(value)}</td></tr>" if value else ""

        def who(name: str, at: object) -> str:
            when = format_utc(at) if at is not None else ""  # type: ignore[arg-type]
            return f"{name}  {when}".strip() if name else ""

        parts = [f"<h3>{escape(document_label(d))}</h3><table>"]
        parts.append(line(self.tr("Kind"), enum_label(d.kind)))
        parts.append(line(self.tr("Status"), enum_label(d.status)))
        parts.append(line(self.tr("Document number"), d.number))
        parts.append(line(self.tr("Date (成文日期)"), format_date(d.document_date)))
        parts.append(line(self.tr("Unit"), d.unit_name))
        parts.append(line(self.tr("Case"), d.case_number))
        parts.append(line(self.tr("Template"), self.tr("version {n}").format(
            n=d.template_version) if d.template_version else ""))
        parts.append(line(self.tr("Drafted"), who(d.created_by, d.created_at)))
        parts.append(line(self.tr("Submitted"), who(d.submitted_by, d.submitted_at)))
        parts.append(line(self.tr("Approved"), who(d.approved_by, d.approved_at)))
        if d.return_reason:
            parts.append(line(self.tr("Returned to draft"), who(d.returned_by, d.returned_at)))
            parts.append(line(self.tr("Reason"), d.return_reason))
        parts.append(line(self.tr("Signed"), who(d.signed_by_name or d.signed_by,
                                                 d.signed_at)))
        parts.append(line(self.tr("Verification code"), d.verification_code))
        parts.append(line(self.tr("Pages"), str(d.pages) if d.pages else ""))
        parts.append(line(self.tr("SHA-256"), d.sha256))
        parts.append("</table>")
        links = ((d.supersedes_id, self.tr("Replaces an earlier version")),
                 (d.superseded_by, self.tr("Superseded by a newer version")))
        for target, text in links:
            if target is not None:
                parts.append(f"<p><a href='doc:{target}'>{escape(text)}</a></p>")
        return "".join(parts)

    def _follow(self, link: str) -> None:
        if link.startswith("doc:"):
            self.show_document(uuid.UUID(link.removeprefix("doc:")))

    def show_document(self, document_id: uuid.UUID) -> None:
        """Select a document, clearing the filters when they hide it."""
        self.reload(document_id)
        if self.selected_id() != document_id:
            for widget in (self.kind_combo, self.status_combo):
                widget.blockSignals(True)
                widget.setCurrentIndex(0)
                widget.blockSignals(False)
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self.reload(document_id)
        self.table.setFocus()

    def _update_buttons(self) -> None:
        row = self.current_row()
        status = row.status if row is not None else None
        busy = self.task is not None or self.dialog is not None
        draft = status is DocumentStatus.DRAFT
        enable = {
            self.edit_button: draft,
            self.delete_button: draft,
            self.import_docx_button: draft,
            self.submit_button: draft,
            self.approve_button: status is DocumentStatus.SUBMITTED,
            self.return_button: status in (DocumentStatus.SUBMITTED, DocumentStatus.APPROVED),
            self.sign_button: status is DocumentStatus.APPROVED,
            self.supersede_button: row is not None and row.signed and not row.superseded,
            self.preview_button: row is not None,
            self.export_pdf_button: row is not None,
            self.export_docx_button: row is not None,
        }
        for action, on in enable.items():
            action.setEnabled(on and not busy)
        self.new_button.setEnabled(not busy)

    # -- actions

    def open_selected(self) -> None:
        """Enter on a row: edit a draft, preview anything else."""
        row = self.current_row()
        if row is None:
            return
        if row.status is DocumentStatus.DRAFT and self.can_draft:
            self.edit_document()
        else:
            self.preview()

    def new_document(self, kind: DocumentKind | None = None, *,
                     case_id: uuid.UUID | None = None,
                     talk_id: uuid.UUID | None = None) -> NewDocumentDialog | None:
        if not self.can_draft or self.dialog is not None:
            return None
        dialog = NewDocumentDialog(self.services, self, kind=kind, case_id=case_id,
                                   talk_id=talk_id)
        self._open(dialog, self._created)
        self._update_buttons()
        return dialog

    def _created(self, dialog: QDialog) -> None:
        assert isinstance(dialog, NewDocumentDialog)
        if dialog.created_id is not None:
            self.show_document(dialog.created_id)
            self.show_message(self.tr("The draft was made from the records. Check it, then"
                                      " submit it for review."))

    def _open(self, dialog: QDialog, done: Callable[[QDialog], None]) -> None:
        super()._open(dialog, done)
        dialog.finished.connect(lambda _r: self._update_buttons())

    def edit_document(self) -> DraftEditor | None:
        row = self.current_row()
        if row is None or not self.can_draft or self.dialog is not None:
            return None
        try:
            detail = self.services.documents.get(row.id)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return None
        if detail.status is not DocumentStatus.DRAFT:
            self.reload()
            return None
        dialog = DraftEditor(self.services, detail, self)
        self._open(dialog, lambda _d: self._after(row.id, self.tr("The draft was saved.")))
        self._update_buttons()
        return dialog

    def _after(self, document_id: uuid.UUID, message: str) -> None:
        self.reload(document_id)
        self.show_message(message)

    def _step(self, call: Callable[[uuid.UUID], object], message: str) -> bool:
        row = self.current_row()
        if row is None:
            return False
        try:
            call(row.id)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            self.reload(row.id)
            return False
        self._after(row.id, message)
        return True

    def submit(self) -> bool:
        return self.can_draft and self._step(
            self.services.documents.submit,
            self.tr("Submitted for review."))

    def approve(self) -> bool:
        return self.can_review and self._step(
            self.services.documents.approve,
            self.tr("Approved: a leader can now sign it."))

    def return_to_draft(self) -> ReasonDialog | None:
        row = self.current_row()
        if row is None or not self.can_review or self.dialog is not None:
            return None
        dialog = ReasonDialog(self.services, row, self)
        self._open(dialog, lambda _d: self._after(row.id, self.tr(
            "Returned to draft with the reason.")))
        self._update_buttons()
        return dialog

    def sign(self) -> SignDialog | None:
        row = self.current_row()
        if row is None or not self.can_sign or self.dialog is not None:
            return None
        dialog = SignDialog(self.services, row, self)
        dialog.preview_requested.connect(self.preview)
        self._open(dialog, self._signed)
        self._update_buttons()
        return dialog

    def _signed(self, dialog: QDialog) -> None:
        assert isinstance(dialog, SignDialog)
        signed = dialog.signed
        if signed is None:
            return
        self.reload(signed.id)
        self.show_message(self.tr("Signed: {label}, verification code {code}.").format(
            label=document_label(signed), code=signed.verification_code))

    def supersede(self) -> uuid.UUID | None:
        row = self.current_row()
        if row is None or not self.can_draft:
            return None
        answer = QMessageBox.question(
            self, self.tr("New version"),
            self.tr("Make a new draft of {label} to replace it? The signed document stays as"
                    " it is; once the new version is signed, it is marked superseded.")
            .format(label=document_label(row)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            new_id = self.services.documents.supersede(row.id)
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)
            return None
        self.show_document(new_id)
        self.show_message(self.tr("A new version was made as a draft."))
        return new_id

    def delete_document(self) -> bool:
        row = self.current_row()
        if row is None or not self.can_draft or row.status is not DocumentStatus.DRAFT:
            return False
        answer = QMessageBox.question(
            self, self.tr("Delete draft"),
            self.tr("Delete the draft “{title}”? This cannot be undone.").format(
                title=row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.services.documents.delete_draft(row.id)
        except ZerenError as err:
            self.show_message(self.tr("The draft was not deleted: {reason}").format(
                reason=error_text(err)), failed=True)
            return False
        self.reload()
        self.show_message(self.tr("The draft was deleted."))
        return True

    # -- preview, print and files

    def preview(self) -> Task | None:
        """Build the pages in the worker (a signed one is its stored PDF), then show them;
        an approved document can be signed from the preview."""
        row = self.current_row()
        if row is None or self.task is not None:
            return None
        target = preview_path(safe_file_name(document_label(row))[:80] + ".pdf")
        task = self.preview_in_worker(
            target, document_label(row), self.services.documents.preview_pdf, row.id, target,
            progress_label=self.tr("Preparing the preview…"),
            on_ready=lambda _pages: self._file_done(""),
            on_failed=lambda error: self._file_done(
                self.tr("The preview could not be made: {reason}").format(
                    reason=failure_text(error)), failed=True),
            extra_buttons=lambda: self._preview_buttons(row),
            on_shown=lambda dialog, pages: self._count_prints(dialog, row.id, pages))
        self.task = task
        self._update_buttons()
        return task

    def _preview_buttons(self, row: DocumentRow) -> list[QPushButton]:
        """Sign… in the preview of an approved document (when no dialog is open)."""
        if (row.status is not DocumentStatus.APPROVED or not self.can_sign
                or self.dialog is not None):
            return []
        sign_button = QPushButton(self.tr("&Sign…"))
        sign_button.clicked.connect(lambda _c=False: self._sign_from_preview())
        return [sign_button]

    def _count_prints(self, dialog: PdfPreviewDialog, document_id: uuid.UUID,
                      pages: object) -> None:
        """Prints made from the preview are recorded on the document (copies = sheets /
        pages)."""
        page_count = int(pages) if isinstance(pages, int) and pages > 0 else 1
        dialog.printed.connect(lambda sheets: self._printed(document_id, sheets, page_count))

    def _sign_from_preview(self) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.accept()
        self.sign()

    def _printed(self, document_id: uuid.UUID, sheets: int, pages: int) -> None:
        try:
            self.services.documents.record_print(document_id, max(1, math.ceil(sheets / pages)))
        except ZerenError as err:
            self.show_message(error_text(err), failed=True)

    def _ask_target(self, row: DocumentRow, suffix: str) -> Path | None:
        default = documents_folder() / (safe_file_name(document_label(row))[:80] + suffix)
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), str(default),
            self.tr("PDF documents (*.pdf)") if suffix == ".pdf"
            else self.tr("Word documents (*.docx)"))
        return with_suffix(name, suffix) if name else None

    def export_pdf(self, target: Path | None = None) -> Task | None:
        row = self.current_row()
        if row is None or self.task is not None:
            return None
        target = target or self._ask_target(row, ".pdf")
        if target is None:
            return None
        work = (self.services.documents.export_pdf if row.signed
                else self.services.documents.preview_pdf)
        return self._run_file_task(work, row.id, target)

    def export_docx(self, target: Path | None = None) -> Task | None:
        row = self.current_row()
        if row is None or self.task is not None:
            return None
        target = target or self._ask_target(row, ".docx")
        if target is None:
            return None
        return self._run_file_task(self.services.documents.export_docx, row.id, target)

    def _run_file_task(self, work: Callable[[uuid.UUID, Path], int],
                       document_id: uuid.UUID, target: Path) -> Task:
        task = run_task(work, document_id, target,
                        progress_label=self.tr("Writing {file}…").format(file=target.name),
                        parent=self)
        task.succeeded.connect(lambda _r: self._file_done(
            self.tr("Saved to {file}.").format(file=target)))
        task.failed.connect(lambda error: self._file_done(
            self.tr("The file was not written: {reason}").format(
                reason=failure_text(error)), failed=True))
        self.task = task
        self._update_buttons()
        return task

    def _file_done(self, message: str, failed: bool = False) -> None:
        self.task = None
        self._update_buttons()
        self.show_message(message, failed=failed)

    def import_docx(self, source: Path | None = None) -> bool:
        row = self.current_row()
        if row is None or not self.can_draft or row.status is not DocumentStatus.DRAFT:
            return False
        if source is None:
            name, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Bring back an edited .docx"), str(documents_folder()),
                self.tr("Word documents (*.docx)"))
            if not name:
                return False
            source = Path(name)
        try:
            self.services.documents.import_docx(row.id, source)
        except (ZerenError, OSError) as err:
            reason = error_text(err) if isinstance(err, ZerenError) else str(err)
            self.show_message(self.tr("The .docx was not taken: {reason}").format(
                reason=reason), failed=True)
            return False
        self._after(row.id, self.tr("The body text was replaced by the .docx."))
        return True

    def verify(self) -> VerifyDialog | None:
        if self.dialog is not None:
            return None
        dialog = VerifyDialog(self.services, self)
        dialog.show_document.connect(self.show_document)
        self._open(dialog, lambda _d: None)
        return dialog

    def show_message(self, text: str, failed: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(ERROR_STYLE if failed else "")
