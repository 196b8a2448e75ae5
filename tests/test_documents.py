"""Documents: drafts filled from real records through the templates, template versions,
the sign-off states, frozen signed documents, new versions, .docx round trip and scope,
on a migrated database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from tests.document_fixtures import (  # noqa: F401 - fixtures
    ISSUER,
    Office,
    approved,
    build_office,
    decision,
    sign_in,
    signed,
)
from zeren_desktop.domain.document_templates import DocumentParts, fields_for
from zeren_desktop.domain.documents import BlockKind, DocumentKind, DocumentStatus
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.records import UnitInput
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import ConflictError, ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.documents_dto import DraftEdit
from zeren_desktop.services.integrity import ClearanceRequest
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.storage.models import AuditRecord, Document

# ---- filled from the records -------------------------------------------------------------


def test_decision_is_filled_from_the_case(office: tuple[Services, Office]) -> None:
    services, o = office
    detail = services.documents.get(decision(services, o))
    assert detail.kind is DocumentKind.DECISION and detail.status is DocumentStatus.DRAFT
    assert detail.number == "" and detail.template_version == 1
    fields = detail.fields
    # The person's particulars: then (at the conduct) and now (after a transfer).
    assert fields["subject_name"] == "欧阳晓燕"
    assert (fields["subject_sex"], fields["subject_birth"], fields["subject_ethnicity"],
            fields["subject_party_standing"]) == ("女", "1975年8月", "土家族", "中共党员")
    assert (fields["subject_unit_then"], fields["subject_post_then"]) == ("城关镇", "党委书记")
    assert (fields["subject_unit_now"], fields["subject_post_now"]) == ("县农业农村局", "副局长")
    assert fields["subject_portfolio"] == "党委全面工作"
    assert fields["subject_particulars"] == (
        "欧阳晓燕，女，土家族，1975年8月出生，中共党员，时任城关镇党委书记，"
        "现任县农业农村局副局长，分管党委全面工作。")
    # The clauses of the determination, cited; the ground; the measures and their periods.
    assert "第七条第（七）项" in fields["clauses"] and "《湖北省" in fields["clauses"]
    assert "第十四条第（一）项" in fields["grounds"]
    assert set(fields["measures"].split("、")) == {"党内严重警告", "免职"}
    assert "18个月（2025年4月30日至2026年10月30日）" in fields["influence_periods"]
    assert "2025年度不得评先评优" in fields["influence_periods"]
    assert "予以采纳" in fields["statement_result"]
    assert "1个月内按规定办理组织调整" in fields["execution"]
    assert (fields["appeal_window"], fields["appeal_body"]) == ("1个月", "中共青山县委")
    assert fields["decision_date"] == "2025年4月30日"
    assert detail.title in {"关于给予欧阳晓燕党内严重警告、免职处理的决定",
                            "关于给予欧阳晓燕免职、党内严重警告处理的决定"}
    body = detail.filled.body
    assert "经查，2024年12月" in body and "申诉期间，不停止本决定的执行" in body
    assert detail.issuer_mark == ISSUER + "文件"
    assert detail.filled.signer == "中共青山县委"
    assert detail.blocks and all(b.kind is BlockKind.PARAGRAPH for b in detail.blocks)


def test_every_kind_is_made_from_its_records(office: tuple[Services, Office]) -> None:
    services, o = office
    docs = services.documents
    proposal = docs.get(docs.create_from_case(o.case, DocumentKind.PROPOSAL))
    assert proposal.title == "关于对欧阳晓燕、中共城关镇委员会领导班子进行问责的建议"
    assert proposal.fields["source"] == "信访举报"
    assert [b.kind for b in proposal.blocks].count(BlockKind.HEADING1) == 4
    notice = docs.get(docs.create_from_case(o.case, DocumentKind.NOTICE))
    assert "给予中共城关镇委员会领导班子通报处理" in notice.filled.body or \
        "中共城关镇委员会领导班子" in notice.fields["subjects_measures"]
    receipt = docs.get(docs.create_from_case(o.case, DocumentKind.RECEIPT,
                                             o.secretary_subject))
    table = receipt.blocks[0]
    assert table.kind is BlockKind.TABLE and ("受送达人", "欧阳晓燕") in table.rows
    assert table.header_rows == 0
    talk = docs.get(docs.create_from_talk(o.talk))
    assert talk.title == "诫勉谈话记录"
    assert talk.filled.page_signature.startswith("以上记录我已看过，与我所说一致。")
    assert ("谈话时间", "2025年5月8日09:00至10:30") in talk.blocks[0].rows
    assert talk.issuer_mark == ""
    lst = docs.get(docs.create_from_list(o.list_id))
    assert any(b.kind is BlockKind.HEADING1 for b in lst.blocks)
    stats = docs.get(docs.create_statistics(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    assert stats.fields["persons"] == "1" and stats.fields["problems"] == "1"
    assert any(b.kind is BlockKind.TABLE for b in stats.blocks)
    reply = docs.get(docs.create_clearance([ClearanceRequest("欧阳晓燕", unit="城关镇")],
                                           dt.date(2025, 6, 1), addressee="中共青山县委组织部"))
    assert reply.title == "关于欧阳晓燕同志党风廉政情况的回复"
    assert reply.filled.addressee == "中共青山县委组织部"
    assert reply.blocks[1].kind is BlockKind.TABLE
    kinds = {r.kind for r in docs.search()}
    assert kinds == set(DocumentKind) - {DocumentKind.DECISION}


def test_drafts_need_what_their_kind_needs(office: tuple[Services, Office]) -> None:
    services, o = office
    docs = services.documents
    with pytest.raises(ConflictError, match="no decision yet"):
        docs.create_from_case(o.undecided_case, DocumentKind.DECISION)
    with pytest.raises(ValidationError, match="Choose the person"):
        docs.create_from_case(o.case, DocumentKind.DECISION)  # two subjects
    with pytest.raises(ConflictError, match="not marked for circulation"):
        docs.create_from_case(o.undecided_case, DocumentKind.NOTICE)
    with pytest.raises(ValidationError):
        docs.create_from_case(o.case, DocumentKind.TALK_RECORD)
    assert docs.search() == []


def test_refill_reads_the_records_again(office: tuple[Services, Office]) -> None:
    services, o = office
    document = decision(services, o)
    edit = services.documents.get(document).as_edit()
    services.documents.update_draft(document, dataclasses.replace(
        edit, fields={**edit.fields, "subject_name": "某某"}))
    assert services.documents.get(document).fields["subject_name"] == "某某"
    services.documents.refill(document)
    assert services.documents.get(document).fields["subject_name"] == "欧阳晓燕"


# ---- templates ---------------------------------------------------------------------------


def test_templates_have_versions_and_unknown_fields_are_named(
        office: tuple[Services, Office]) -> None:
    services, o = office
    sign_in(services, "admin")
    docs = services.documents
    current = {t.kind: t for t in docs.templates()}
    assert set(current) == set(DocumentKind)
    assert all(t.version == 1 and t.created_by == "" for t in current.values())
    original = current[DocumentKind.DECISION]
    bad = dataclasses.replace(original.parts, body=original.parts.body + "\n{subject_nickname}")
    with pytest.raises(ValidationError, match="subject_nickname") as caught:
        docs.save_template(DocumentKind.DECISION, bad)
    assert caught.value.field == "body"
    edited = dataclasses.replace(original.parts, body="{subject_particulars}\n经查，{facts}")
    docs.save_template(DocumentKind.DECISION, edited, note="简化")
    versions = docs.template_versions(DocumentKind.DECISION)
    assert [(v.version, v.is_active) for v in versions] == [(2, True), (1, False)]
    assert versions[1].parts == original.parts  # the old version is never rewritten
    # New drafts use the new version; a draft made earlier keeps its copy.
    draft = decision(services, o)
    detail = services.documents.get(draft)
    assert detail.template_version == 2 and detail.parts.body == edited.body
    sign_in(services, "admin")
    docs.restore_default_template(DocumentKind.DECISION)
    assert docs.templates()[1].version == 3
    assert docs.templates()[1].parts == original.parts
    assert {f.name for f in fields_for(DocumentKind.DECISION)} >= {
        "subject_name", "facts", "clauses", "measures", "influence_periods", "appeal_window",
        "appeal_body", "issuer_name"}
    sign_in(services, "clerk")
    with pytest.raises(PermissionDeniedError):
        docs.save_template(DocumentKind.DECISION, edited)


# ---- sign-off ----------------------------------------------------------------------------


def test_sign_off_goes_draft_submitted_approved_signed(office: tuple[Services, Office],
                                                       tmp_path: Path) -> None:
    services, o = office
    docs = services.documents
    document = decision(services, o)
    with pytest.raises(ConflictError, match="is Draft; this needs a document that is Submitted"):
        sign_in(services, "reviewer").documents.approve(document)
    sign_in(services, "clerk").documents.submit(document)
    with pytest.raises(PermissionDeniedError):
        docs.approve(document)  # a clerk does not review
    sign_in(services, "reviewer")
    with pytest.raises(ValidationError, match="Say why"):
        docs.return_to_draft(document, "  ")
    docs.return_to_draft(document, "文号前请核对影响期")
    detail = docs.get(document)
    assert detail.status is DocumentStatus.DRAFT
    assert (detail.return_reason, detail.returned_by) == ("文号前请核对影响期", "reviewer")
    approved(services, document)
    with pytest.raises(PermissionDeniedError):
        docs.sign(document)  # a reviewer does not sign
    sign_in(services, "leader")
    preview = tmp_path / "preview.pdf"
    assert docs.preview_pdf(document, preview) >= 1
    row = docs.sign(document, dt.date(2026, 1, 5))
    assert row.status is DocumentStatus.SIGNED and row.number == "青纪发〔2026〕1号"
    assert row.document_date == dt.date(2026, 1, 5) and row.signed_by == "leader"
    assert len(row.verification_code) == 12 and row.verification_code[4] == "-"
    detail = docs.get(document)
    assert detail.sha256 and detail.pages and detail.pages >= 1
    text = "".join(p.extract_text() for p in PdfReader(preview).pages)
    signed_text = "".join(p.extract_text() for p in PdfReader(
        _write(tmp_path / "signed.pdf", docs.pdf_bytes(document))).pages)
    assert "青纪发" not in text and "青纪发〔2026〕1号" in signed_text
    assert "2026年1月5日" in signed_text and row.verification_code in signed_text
    with services.db.read() as session:
        actions = list(session.scalars(select(AuditRecord.action).where(
            AuditRecord.entity_id == str(document)).order_by(AuditRecord.seq)))
    assert actions == ["document.create", "document.submitted", "document.draft",
                       "document.submitted", "document.approved", "export.document_preview",
                       "document.sign"]
    # The receipt of service names the signed decision it serves.
    receipt = sign_in(services, "clerk").documents.create_from_case(
        o.case, DocumentKind.RECEIPT, o.secretary_subject)
    rows = docs.get(receipt).blocks[0].rows
    assert ("送达文书名称及文号", f"{row.title} 青纪发〔2026〕1号") in rows


def test_who_submitted_a_document_does_not_approve_it(office: tuple[Services, Office]) -> None:
    """Four eyes: an account that may both draft and review cannot pass its own
    submission; the refusal is audited and another reviewer passes it."""
    services, o = office
    docs = services.documents
    document = decision(services, o)
    sign_in(services, "admin").auth.create_user(UserInput(
        "both", "", frozenset({AccountRole.CLERK, AccountRole.REVIEWER})), TEST_PASSWORD)
    sign_in(services, "both").documents.submit(document)
    with pytest.raises(ValidationError, match="submitted this document yourself"):
        docs.approve(document)
    assert docs.get(document).status is DocumentStatus.SUBMITTED
    with services.db.read() as session:
        refused = list(session.scalars(select(AuditRecord.summary).where(
            AuditRecord.action == "refused", AuditRecord.entity_id == str(document))))
    assert refused == ["documents.approve (four_eyes)"]
    docs.return_to_draft(document, "请补充事实")  # sending back stays possible
    docs.submit(document)
    sign_in(services, "reviewer").documents.approve(document)
    assert docs.get(document).status is DocumentStatus.APPROVED


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_kind_without_a_prefix_or_issuer_code_is_not_signed(
        office: tuple[Services, Office]) -> None:
    services, o = office
    from zeren_desktop.services.settings import OfficeSettings

    sign_in(services, "admin").settings.set_office_settings(OfficeSettings(issuer_name=ISSUER))
    document = approved(services, decision(services, o))
    with pytest.raises(ConflictError, match="needs a document number"):
        sign_in(services, "leader").documents.sign(document)
    assert services.documents.get(document).status is DocumentStatus.APPROVED
    # A form (the talk record) is signed without a number.
    talk = approved(services, sign_in(services, "clerk").documents.create_from_talk(o.talk))
    assert sign_in(services, "leader").documents.sign(talk).number == ""


# ---- a signed document is frozen -----------------------------------------------------------


def _mutations(services: Services, o: Office, document: uuid.UUID,
               docx: Path) -> dict[str, tuple[str, Callable[[], Any]]]:
    docs = services.documents
    edit = DraftEdit(DocumentParts(title="改", body="改"))
    return {
        "update_draft": ("clerk", lambda: docs.update_draft(document, edit)),
        "refill": ("clerk", lambda: docs.refill(document)),
        "import_docx": ("clerk", lambda: docs.import_docx(document, docx)),
        "delete_draft": ("clerk", lambda: docs.delete_draft(document)),
        "submit": ("clerk", lambda: docs.submit(document)),
        "approve": ("reviewer", lambda: docs.approve(document)),
        "return_to_draft": ("reviewer", lambda: docs.return_to_draft(document, "再改")),
        "sign": ("leader", lambda: docs.sign(document)),
    }


def test_no_service_changes_a_signed_document(office: tuple[Services, Office],
                                              tmp_path: Path) -> None:
    services, o = office
    document = signed(services, decision(services, o))
    docx = tmp_path / "body.docx"
    sign_in(services, "clerk").documents.export_docx(document, docx)

    def stored() -> tuple[Any, ...]:
        with services.db.read() as session:
            row = session.get(Document, document)
            assert row is not None
            return (row.status, row.number, row.sha256, bytes(row.pdf or b""), row.body,
                    row.fields, row.title, row.updated_at, row.superseded_by)

    before = stored()
    for name, (user, mutate) in _mutations(services, o, document, docx).items():
        sign_in(services, user)
        with pytest.raises(ConflictError, match="signed") as caught:
            mutate()
        assert "can never be changed" in str(caught.value), name
    assert stored() == before


def test_a_new_version_supersedes_and_keeps_the_old(office: tuple[Services, Office]) -> None:
    services, o = office
    docs = services.documents
    old = signed(services, decision(services, o))
    old_detail = docs.get(old)
    with pytest.raises(ConflictError, match="Only a signed"):
        sign_in(services, "clerk").documents.supersede(decision(services, o))
    new = docs.supersede(old)
    with pytest.raises(ConflictError, match="already being prepared"):
        docs.supersede(old)
    draft = docs.get(new)
    assert (draft.version, draft.supersedes_id, draft.status) == (
        2, old, DocumentStatus.DRAFT)
    assert draft.parts == old_detail.parts and draft.fields == old_detail.fields
    edit = draft.as_edit()
    docs.update_draft(new, dataclasses.replace(edit, fields={
        **edit.fields, "appeal_window": "15日"}))
    assert docs.get(old).superseded_by is None  # not until the new one is signed
    signed(services, new)
    now_old, now_new = docs.get(old), docs.get(new)
    assert now_old.superseded_by == new and now_old.superseded
    assert (now_old.sha256, now_old.number, now_old.filled.body) == (
        old_detail.sha256, old_detail.number, old_detail.filled.body)
    assert now_new.number == "青纪发〔2026〕2号" or now_new.number.endswith("2号")
    assert "15日内" in now_new.filled.body and "15日内" not in now_old.filled.body
    assert {r.id for r in docs.search(DocumentKind.DECISION)} >= {old, new}
    with pytest.raises(ConflictError, match="already been superseded"):
        sign_in(services, "clerk").documents.supersede(old)


# ---- .docx -----------------------------------------------------------------------------


def test_docx_round_trip(office: tuple[Services, Office], tmp_path: Path) -> None:
    import docx

    services, o = office
    docs = services.documents
    document = docs.create_from_talk(o.talk)
    target = tmp_path / "talk.docx"
    docs.export_docx(document, target)
    word = docx.Document(str(target))
    styles = [(p.style.name if p.style else "", p.text) for p in word.paragraphs]
    assert styles[0] == ("Title", "诫勉谈话记录")
    assert ("Heading 1", "一、谈话事由") in styles
    assert word.tables[0].cell(0, 0).text == "谈话类型"
    # Edited in Word: a paragraph changed, one added with braces, a table cell changed.
    content = next(p for p in word.paragraphs if p.text == "指出问题，提出要求。")
    content.text = "指出问题，提出三点要求。"
    word.add_paragraph("附：{不是字段}")
    word.tables[0].cell(8, 1).text = "县纪委第二谈话室"
    word.save(str(target))
    docs.import_docx(document, target)
    detail = docs.get(document)
    assert "指出问题，提出三点要求。" in detail.filled.body
    assert "附：{不是字段}" in detail.filled.body
    table = next(b for b in detail.blocks if b.kind is BlockKind.TABLE)
    assert ("谈话地点", "县纪委第二谈话室") in table.rows
    assert detail.parts.title == "{talk_kind}记录"  # only the body is brought back
    # A table with a header row keeps it through Word.
    stats = docs.create_statistics(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    before = [b for b in docs.get(stats).blocks if b.kind is BlockKind.TABLE]
    docs.export_docx(stats, target)
    docs.import_docx(stats, target)
    after = [b for b in docs.get(stats).blocks if b.kind is BlockKind.TABLE]
    assert after == before and before[0].header_rows == 1
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a word file")
    with pytest.raises(ValidationError, match="not a Word document"):
        docs.import_docx(document, broken)


# ---- editing and validation -----------------------------------------------------------


def test_editing_a_draft_checks_fields_and_header(office: tuple[Services, Office]) -> None:
    services, o = office
    docs = services.documents
    document = decision(services, o)
    edit = docs.get(document).as_edit()
    with pytest.raises(ValidationError, match="nickname") as caught:
        docs.update_draft(document, dataclasses.replace(edit, fields={"nickname": "x"}))
    assert caught.value.field == "fields.nickname"
    with pytest.raises(ValidationError, match="not closed"):
        docs.update_draft(document, dataclasses.replace(
            edit, parts=dataclasses.replace(edit.parts, body="经查，{facts")))
    with pytest.raises(ValidationError, match="6 digits"):
        docs.update_draft(document, dataclasses.replace(edit, copy_number="A12"))
    docs.update_draft(document, dataclasses.replace(
        edit, copy_number="12", secrecy="秘密★1年",
        parts=dataclasses.replace(edit.parts, body=edit.parts.body + "\n特此决定。")))
    detail = docs.get(document)
    assert (detail.copy_number, detail.secrecy) == ("000012", "秘密★1年")
    assert detail.filled.body.endswith("特此决定。")


# ---- township scope and references -----------------------------------------------------


def test_township_account_sees_only_its_documents(office: tuple[Services, Office]) -> None:
    services, o = office
    mine = decision(services, o)
    sign_in(services, "clerk")
    elsewhere = services.units.create(UnitInput("河口镇村", UnitKind.VILLAGE, o.other_town))
    assert elsewhere
    sign_in(services, "admin").auth.create_user(
        UserInput("hekou", "河口镇录入员", frozenset({AccountRole.CLERK}), o.other_town),
        "Town-Pass-2026")
    services.auth.sign_in("hekou", "Town-Pass-2026")
    assert services.documents.search() == []
    with pytest.raises(PermissionDeniedError):
        services.documents.get(mine)
    with pytest.raises(PermissionDeniedError):
        services.documents.submit(mine)
    with pytest.raises(PermissionDeniedError):
        services.documents.create_from_case(o.case, DocumentKind.PROPOSAL)
    services.auth.sign_in("clerk", TEST_PASSWORD)
    assert services.documents.get(mine).status is DocumentStatus.DRAFT


def test_records_with_documents_stay(office: tuple[Services, Office]) -> None:
    services, o = office
    docs = services.documents
    talk_document = docs.create_from_talk(o.talk)
    with pytest.raises(ConflictError, match="documents"):
        services.talks.delete(o.talk)
    docs.delete_draft(talk_document)
    services.talks.delete(o.talk)
    docs.create_from_case(o.undecided_case, DocumentKind.PROPOSAL)
    with pytest.raises(ConflictError, match="documents"):
        services.cases.delete(o.undecided_case)
