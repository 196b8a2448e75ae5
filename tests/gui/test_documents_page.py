"""The documents page (issue 8): drafts from the records, sign-off by role, preview, the
signed PDF exported byte for byte and verified, and the administrator's templates."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.document_fixtures import Office, sign_in
from tests.gui.conftest import type_text
from zeren_desktop.domain.documents import DocumentKind, DocumentStatus
from zeren_desktop.services.app import Services
from zeren_desktop.ui.main_window import MainWindow
from zeren_desktop.ui.pages.document_dialogs import (
    NEW_KINDS,
    DraftEditor,
    NewDocumentDialog,
    ReasonDialog,
    SignDialog,
    TemplatesDialog,
    VerifyDialog,
)
from zeren_desktop.ui.pages.documents_page import DocumentsPage
from zeren_desktop.ui.widgets.pdf_preview import PdfPreviewDialog

SHOTS = os.environ.get("ZEREN_SHOTS", "")


def make_page(qtbot: QtBot, services: Services) -> DocumentsPage:
    page = DocumentsPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"documents-{name}.png"))


def type_into(_qtbot: QtBot, widget: QWidget, text: str) -> None:
    type_text(widget, text)


def select(page: DocumentsPage, document_id: uuid.UUID) -> None:
    page.show_document(document_id)
    assert page.selected_id() == document_id


def visible(page: DocumentsPage) -> set[str]:
    names = ("new_button", "edit_button", "submit_button", "approve_button",
             "return_button", "sign_button", "supersede_button", "delete_button",
             "import_docx_button", "preview_button", "export_pdf_button", "verify_button")
    return {name for name in names if getattr(page, name).isVisible()}


def accept(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.waitExposed(dialog)
    QTest.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def create_decision(qtbot: QtBot, page: DocumentsPage, office: Office) -> uuid.UUID:
    """New… → kind 问责决定书 → type the case number → the cadre → Create draft."""
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, NewDocumentDialog)
    qtbot.waitExposed(dialog)
    dialog.kind_combo.setCurrentIndex(NEW_KINDS.index(DocumentKind.DECISION))
    type_into(qtbot, dialog.case_picker.search_edit, "WZ2025-001")
    assert dialog.case_picker.list.count() == 1
    assert dialog.case_picker.current_id() == office.case
    assert dialog.subject_combo.isVisible() and dialog.subject_combo.count() == 2
    dialog.subject_combo.setCurrentIndex(
        [dialog.subject_combo.itemText(i) for i in range(2)].index("欧阳晓燕"))
    shot(dialog, "new")
    dialog.ok_button.click()
    assert page.dialog is None, dialog.error_label.text()
    assert dialog.created_id is not None
    assert page.selected_id() == dialog.created_id
    return dialog.created_id


def test_a_decision_from_draft_to_signed_and_verified(
        qtbot: QtBot, office: tuple[Services, Office], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    services, o = office
    page = make_page(qtbot, services)
    assert visible(page) >= {"new_button", "edit_button", "submit_button"}
    assert not visible(page) & {"approve_button", "return_button", "sign_button"}
    document_id = create_decision(qtbot, page, o)
    row = page.current_row()
    assert row is not None and row.status is DocumentStatus.DRAFT and row.number == ""
    assert "欧阳晓燕" in page.details.toPlainText()
    assert page.edit_button.isEnabled() and not page.supersede_button.isEnabled()

    # Edit: a sentence typed into the body and 份号 typed; Ctrl+S saves.
    page.edit_button.click()
    editor = page.dialog
    assert isinstance(editor, DraftEditor)
    qtbot.waitExposed(editor)
    body = editor.parts_editor.edits["body"]
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_into(qtbot, body, "\n特此决定。")
    type_into(qtbot, editor.copy_edit, "12")
    shot(editor, "editor")
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    QTest.keyClick(editor.copy_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.dialog is None, editor.error_label.text()
    detail = services.documents.get(document_id)
    assert detail.parts.body.endswith("特此决定。") and detail.copy_number == "000012"

    # Submit as the clerk; the reviewer approves; the leader signs.
    page.submit_button.click()
    assert services.documents.get(document_id).status is DocumentStatus.SUBMITTED
    assert not page.edit_button.isEnabled()

    sign_in(services, "reviewer")
    page = make_page(qtbot, services)
    assert {"approve_button", "return_button"} <= visible(page)
    assert "sign_button" not in visible(page)
    select(page, document_id)
    page.approve_button.click()
    assert services.documents.get(document_id).status is DocumentStatus.APPROVED

    sign_in(services, "leader")
    page = make_page(qtbot, services)
    assert "sign_button" in visible(page) and "new_button" not in visible(page)
    select(page, document_id)
    page.sign_button.click()
    dialog = page.dialog
    assert isinstance(dialog, SignDialog)
    qtbot.waitExposed(dialog)
    assert dialog.date_edit.maximumDate() == dialog.date_edit.date()   # not a day to come
    shot(dialog, "sign")
    dialog.ok_button.click()
    assert page.dialog is None, dialog.error_label.text()
    row = page.current_row()
    assert row is not None and row.signed and row.number.startswith("青纪发〔")
    assert row.number in page.message_label.text() or row.title in page.message_label.text()
    assert page.table.item(page.table.currentRow(), 0).text() == row.number
    assert page.supersede_button.isVisible() is False   # a leader does not draft
    shot(page, "page")

    # The preview of a signed document is its stored PDF; no Sign button any more.
    task = page.preview()
    assert task is not None
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    preview = page.preview_dialog
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.preview.page_count() == services.documents.get(document_id).pages
    assert preview.extra_buttons == []
    preview.reject()

    # Export the signed PDF: byte for byte what was signed; Verify says so.
    target = tmp_path / "决定.pdf"
    task = page.export_pdf(target)
    assert task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert target.read_bytes() == services.documents.pdf_bytes(document_id)
    verify = page.verify()
    assert isinstance(verify, VerifyDialog)
    result = verify.check(target)
    assert result is not None and result.matched
    assert verify.verdict_label.text().startswith("核验通过") and row.number in \
        verify.verdict_label.text()
    shot(verify, "verify-ok")
    changed = bytearray(target.read_bytes())
    changed[len(changed) // 2] ^= 0x01
    (tmp_path / "改.pdf").write_bytes(bytes(changed))
    result = verify.check(tmp_path / "改.pdf")
    assert result is not None and not result.matched
    assert verify.verdict_label.text() == "核验未通过：不是本单位签发时的原件。"
    assert row.number in verify.details.toPlainText()     # the footer names it
    shot(verify, "verify-changed")
    verify.reject()

    # A new version by the clerk; the signed one stays signed.
    sign_in(services, "clerk")
    page = make_page(qtbot, services)
    select(page, document_id)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    new_id = page.supersede()
    assert new_id is not None and page.selected_id() == new_id
    new = services.documents.get(new_id)
    assert new.status is DocumentStatus.DRAFT and new.supersedes_id == document_id
    assert services.documents.get(document_id).signed


def test_bad_input_in_the_editor_writes_nothing(
        qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, o = office
    document_id = services.documents.create_from_case(o.case, DocumentKind.PROPOSAL)
    before = services.documents.get(document_id)
    page = make_page(qtbot, services)
    select(page, document_id)
    QTest.keyClick(page.table, Qt.Key.Key_Return)   # Enter on a draft edits it
    editor = page.dialog
    assert isinstance(editor, DraftEditor)
    qtbot.waitExposed(editor)
    type_into(qtbot, editor.parts_editor.edits["body"], "{不存在的字段}")
    editor.ok_button.click()
    assert page.dialog is editor and editor.error_label.isVisible()
    assert editor.error_label.text() != ""
    after = services.documents.get(document_id)
    assert after.parts == before.parts and after.updated_at == before.updated_at
    # A wrong 份号 is refused too and the cursor goes to it.
    editor.parts_editor.set_parts(before.parts)
    type_into(qtbot, editor.copy_edit, "abc")
    editor.ok_button.click()
    assert page.dialog is editor and editor.focusWidget() is editor.copy_edit
    assert services.documents.get(document_id).copy_number == ""
    editor.dirty = False
    editor.reject()
    assert page.dialog is None


def test_field_values_and_a_field_inserted_by_double_click(
        qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, o = office
    document_id = services.documents.create_from_talk(o.talk)
    page = make_page(qtbot, services)
    select(page, document_id)
    editor = page.edit_document()
    assert editor is not None
    qtbot.waitExposed(editor)
    fields = editor.parts_editor.fields
    names = fields.names
    assert "issuer_name" in names
    # Double-click inserts {name} into the body at the cursor.
    body = editor.parts_editor.edits["body"]
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    row = names.index("issuer_name")
    fields._double_clicked(row, 0)
    assert body.toPlainText().endswith("{issuer_name}")
    # A value changed in the table prints instead of the record's.
    value_item = fields.value_item("issuer_name")
    assert value_item is not None and value_item.text() == services.documents.get(
        document_id).fields["issuer_name"]
    value_item.setText("中共青山县纪委（测试）")
    editor.save()
    assert page.dialog is None, editor.error_label.text()
    detail = services.documents.get(document_id)
    assert detail.fields["issuer_name"] == "中共青山县纪委（测试）"
    assert detail.filled.body.endswith("中共青山县纪委（测试）")


def test_return_to_draft_needs_a_reason(qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, o = office
    document_id = services.documents.create_from_case(o.case, DocumentKind.PROPOSAL)
    services.documents.submit(document_id)
    sign_in(services, "reviewer")
    page = make_page(qtbot, services)
    select(page, document_id)
    page.return_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReasonDialog)
    qtbot.waitExposed(dialog)
    dialog.ok_button.click()    # no reason: refused, nothing written
    assert page.dialog is dialog and dialog.error_label.isVisible()
    assert services.documents.get(document_id).status is DocumentStatus.SUBMITTED
    type_into(qtbot, dialog.reason_edit, "处分依据条款有误")
    dialog.ok_button.click()
    assert page.dialog is None
    detail = services.documents.get(document_id)
    assert detail.status is DocumentStatus.DRAFT and detail.return_reason == "处分依据条款有误"
    assert "处分依据条款有误" in page.details.toPlainText()


def test_delete_a_draft_asks_first(qtbot: QtBot, office: tuple[Services, Office],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    services, o = office
    document_id = services.documents.create_from_talk(o.talk)
    page = make_page(qtbot, services)
    select(page, document_id)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or answer)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert document_id in {r.id for r in services.documents.search()}
    answer = QMessageBox.StandardButton.Yes
    assert page.delete_document()
    assert document_id not in {r.id for r in services.documents.search()}
    assert page.current_row() is None


def test_preview_of_an_approved_document_offers_signing(
        qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, o = office
    document_id = services.documents.create_from_case(o.case, DocumentKind.PROPOSAL)
    services.documents.submit(document_id)
    sign_in(services, "reviewer").documents.approve(document_id)
    sign_in(services, "leader")
    page = make_page(qtbot, services)
    select(page, document_id)
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=30_000)
    preview = page.preview_dialog
    assert preview is not None and preview.preview.page_count() >= 1
    assert len(preview.extra_buttons) == 1
    shot(preview, "preview")
    preview.extra_buttons[0].click()
    assert isinstance(page.dialog, SignDialog)
    page.dialog.reject()


def test_the_case_page_drafts_a_document_on_the_documents_page(
        qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, o = office
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    cases = window.cases_page
    assert cases is not None
    window.show_area_key("cases")
    cases.open_case(o.case)
    assert cases.document_button.isVisible() and cases.document_button.isEnabled()
    menu = cases.document_button.menu()
    assert menu is not None
    menu.actions()[1].trigger()     # 问责决定书
    assert window.current_area() == "documents"
    docs = window.documents_page
    assert docs is not None
    dialog = docs.dialog
    assert isinstance(dialog, NewDocumentDialog)
    assert dialog.kind() is DocumentKind.DECISION
    assert dialog.case_picker.current_id() == o.case
    dialog.ok_button.click()
    assert docs.dialog is None, dialog.error_label.text()
    assert services.documents.get(docs.selected_id()).kind is DocumentKind.DECISION
    window.close()


@pytest.mark.parametrize("username", ["admin", "auditor"])
def test_no_documents_area_without_records(qtbot: QtBot, office: tuple[Services, Office],
                                           username: str) -> None:
    services, _o = office
    sign_in(services, username)
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert "documents" not in window.area_keys() and window.documents_page is None
    # The templates are the administrator's, in the settings.
    assert window.settings_page.templates_button.isVisibleTo(window.settings_page) is (
        username == "admin")
    window.close()


def test_templates_save_versions_and_refuse_an_unknown_field(
        qtbot: QtBot, office: tuple[Services, Office],
        monkeypatch: pytest.MonkeyPatch) -> None:
    services, _o = office
    sign_in(services, "admin")
    dialog = TemplatesDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind_list.setCurrentRow(list(DocumentKind).index(DocumentKind.TALK_RECORD))
    assert dialog.versions[0].version == 1 and dialog.versions[0].is_active
    shot(dialog, "templates")
    title = dialog.parts_editor.edits["title"]
    title.selectAll()
    type_into(qtbot, title, "谈话记录（{不认识}）")
    assert not dialog.save()
    assert dialog.error_label.isVisible()
    assert len(services.documents.template_versions(DocumentKind.TALK_RECORD)) == 1
    title.selectAll()
    type_into(qtbot, title, "诫勉谈话记录")
    type_into(qtbot, dialog.note_edit, "标题按县纪委要求")
    assert dialog.save()
    versions = services.documents.template_versions(DocumentKind.TALK_RECORD)
    assert [v.version for v in versions] == [2, 1] and versions[0].parts.title == "诫勉谈话记录"
    assert dialog.version_combo.count() == 2
    # A new draft uses version 2.
    sign_in(services, "clerk")
    _services, o = office
    drafted = services.documents.get(services.documents.create_from_talk(o.talk))
    assert drafted.template_version == 2 and drafted.title == "诫勉谈话记录"
    sign_in(services, "admin")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.restore_default()
    assert services.documents.template_versions(DocumentKind.TALK_RECORD)[0].version == 3
    dialog.close()


def test_filters_and_search(qtbot: QtBot, office: tuple[Services, Office]) -> None:
    services, o = office
    talk_doc = services.documents.create_from_talk(o.talk)
    proposal = services.documents.create_from_case(o.case, DocumentKind.PROPOSAL)
    services.documents.submit(proposal)
    page = make_page(qtbot, services)
    assert {r.id for r in page.rows} == {talk_doc, proposal}
    page.status_combo.setCurrentIndex(1 + list(DocumentStatus).index(DocumentStatus.SUBMITTED))
    assert [r.id for r in page.rows] == [proposal]
    page.status_combo.setCurrentIndex(0)
    type_into(qtbot, page.search_edit, "谈话")
    QTest.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert [r.id for r in page.rows] == [talk_doc]
    page.show_document(proposal)     # hidden by the search: the filters are cleared
    assert page.selected_id() == proposal and page.search_edit.text() == ""
    QApplication.processEvents()
