"""Documents (文书): drafts filled from the records through templates, sign-off with
numbering, the signed PDF kept with its hash, and verification of a PDF against it.

Draft → submitted → approved → signed. Permissions: reading needs VIEW_RECORDS (clerk,
reviewer, leader); drafting, editing, submitting, superseding EDIT_DRAFTS (clerk,
reviewer); approving and returning to draft REVIEW (reviewer, leader); signing SIGN
(leader). Templates are read with VIEW_MASTER_DATA and changed by the administrator
(MANAGE_SETTINGS), a new version each time. A township account sees the documents of its
own units (the unit of the case, talk or list a document was made from).

A signed document is frozen: every method that changes a document refuses a signed one,
and a correction is a new version that supersedes it (both are kept).

Numbering (发文字号) happens in the transaction that signs: the counter of the issuer
prefix, kind and year is incremented, the final PDF (with the number and the
verification code) built and stored, all or nothing; so numbers have no gaps and no
repeats, and a unique constraint on (prefix, kind, year, sequence) backs that up.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import tempfile
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, undefer

from zeren_desktop import paths
from zeren_desktop.domain.cases import is_decided
from zeren_desktop.domain.document_codes import (
    codes_in,
    new_verification_code,
    normalize_code,
    sha256_hex,
)
from zeren_desktop.domain.document_templates import (
    TITLE_MAX,
    DefaultTemplate,
    DocumentParts,
    PrintedTerms,
    check_parts,
    escape,
    field_names,
    fill_parts,
    lines_of,
    load_default_templates,
    load_terms,
    to_blocks,
)
from zeren_desktop.domain.documents import (
    DocumentContent,
    DocumentKind,
    DocumentStatus,
    format_document_number,
)
from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.regulations import Regulation, RegulationSet
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    Translate,
    ValidationError,
    untranslated,
)
from zeren_desktop.services.base import ServiceBase, not_found
from zeren_desktop.services.document_fill import (
    ClearanceLine,
    FillContext,
    Filled,
    fill_case,
    fill_clearance,
    fill_list,
    fill_statistics,
    fill_talk,
    load_case,
)
from zeren_desktop.services.documents_dto import (
    DocumentDetail,
    DocumentRow,
    DraftEdit,
    SignedProblem,
    TemplateInfo,
    VerifyResult,
)
from zeren_desktop.services.files import write_atomically
from zeren_desktop.services.session import Actor
from zeren_desktop.services.settings import OfficeSettings, SettingsService
from zeren_desktop.services.settings import _settings_from as settings_from
from zeren_desktop.storage.models import (
    AccountabilityCase,
    AppSetting,
    AuditRecord,
    Document,
    DocumentCounter,
    DocumentTemplate,
    ResponsibilityList,
    Talk,
    Unit,
)

if TYPE_CHECKING:
    from zeren_desktop.reports.fonts import DocumentFonts

_CTX = "Documents"

DOCUMENT_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The document was not found; it may have been deleted meanwhile.")
FROZEN = QT_TRANSLATE_NOOP(
    "Documents", "The document is signed ({number}) and can never be changed. To correct it,"
    " make a new version that supersedes it.")
WRONG_STATUS = QT_TRANSLATE_NOOP(
    "Documents", "The document is {status}; this needs a document that is {needed}.")

CASE_KINDS = frozenset({DocumentKind.PROPOSAL, DocumentKind.DECISION, DocumentKind.NOTICE,
                        DocumentKind.RECEIPT})
PER_SUBJECT_KINDS = frozenset({DocumentKind.DECISION, DocumentKind.RECEIPT})
# 公文 with the red issuer mark, a number and a colophon; the rest are forms and lists.
ISSUED_KINDS = frozenset({DocumentKind.PROPOSAL, DocumentKind.DECISION,
                          DocumentKind.NOTICE, DocumentKind.STATISTICS,
                          DocumentKind.CLEARANCE})
# The office settings' key of each kind's number prefix (services.settings.DOCUMENT_KINDS).
PREFIX_SETTING = {DocumentKind.PROPOSAL: "proposal", DocumentKind.DECISION: "decision",
                  DocumentKind.NOTICE: "notice", DocumentKind.TALK_RECORD: "talk_record",
                  DocumentKind.RECEIPT: "receipt", DocumentKind.STATISTICS: "report"}
VALUE_MAX = 20_000
PDF_MAX = 50 * 1024 * 1024   # a file to verify larger than this is no document of ours

def _build_pdf(target: Path, content: DocumentContent, fonts: DocumentFonts) -> int:
    from zeren_desktop.reports.official_document import build_official_document

    return build_official_document(target, content, fonts)


@functools.cache
def default_templates() -> dict[DocumentKind, DefaultTemplate]:
    return load_default_templates(paths.resources_dir() / "documents")


@functools.cache
def printed_terms() -> PrintedTerms:
    return load_terms(paths.resources_dir() / "documents")


def install_default_document_templates(session: Session, office_id: uuid.UUID) -> None:
    """Version 1 of each kind's template from the shipped files, for kinds without one."""
    have = set(session.scalars(select(DocumentTemplate.kind).where(
        DocumentTemplate.office_id == office_id).distinct()))
    for kind, template in default_templates().items():
        if kind not in have:
            session.add(_template_row(office_id, kind, 1, template.parts, template.note, ""))


def _template_row(office_id: uuid.UUID, kind: DocumentKind, version: int,
                  parts: DocumentParts, note: str, by: str) -> DocumentTemplate:
    return DocumentTemplate(
        office_id=office_id, kind=kind, version=version, title=parts.title,
        addressee=parts.addressee, signer=parts.signer, copies_to=parts.copies_to,
        page_signature=parts.page_signature, body=parts.body, note=note, is_active=True,
        created_by=by)


def _template_parts(row: DocumentTemplate | Document) -> DocumentParts:
    title = row.title if isinstance(row, DocumentTemplate) else row.title_template
    return DocumentParts(title, row.addressee, row.signer, row.copies_to,
                         row.page_signature, row.body)


def _template_info(row: DocumentTemplate) -> TemplateInfo:
    return TemplateInfo(row.id, row.kind, row.version, _template_parts(row), row.note,
                        row.is_active, row.created_at, row.created_by)


def _values(doc: Document) -> dict[str, str]:
    try:
        value = json.loads(doc.fields or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _error(field: str, text: str, **params: object) -> ValidationError:
    return ValidationError(field, Message(_CTX, text, params))


def _status(status: DocumentStatus) -> Message:
    return Message("DocumentStatus", status.label)


# ---- drafting and signing in the caller's transaction -----------------------------------
# The service's methods check the actor, the scope and the status, then use these, and
# audit. The demo data (services.demo_documents) makes its documents with the same pieces
# inside its one transaction, where nobody is signed in yet.


def office_settings_in(session: Session) -> OfficeSettings:
    """The office settings as `session` sees them (with what it wrote, not yet committed)."""
    rows = session.scalars(select(AppSetting).where(AppSetting.key.startswith("office.")))
    return settings_from({row.key: row.value for row in rows})


def fill_context(settings: OfficeSettings, office_name: str, regs: RegulationSet,
                 today: dt.date, translate: Translate,
                 regulation_of: Callable[[Session, AccountabilityCase], Regulation | None]
                 ) -> FillContext:
    """What the fill functions (services.document_fill) need to know of the office."""
    return FillContext(
        regs=regs, settings=settings, issuer_name=settings.issuer_name or office_name,
        terms=printed_terms(), today=today, translate=translate, regulation_of=regulation_of)


def document_fonts_for(settings: OfficeSettings) -> DocumentFonts:
    """The fonts of the office settings, else the official ones of this computer, else
    the bundled one (reports.fonts)."""
    from zeren_desktop.reports.fonts import document_fonts, office_choices

    return document_fonts(office_choices(settings.body_font, settings.title_font,
                                         settings.heading_font))


def active_template(session: Session, office_id: uuid.UUID,
                    kind: DocumentKind) -> DocumentTemplate:
    """The template new drafts of `kind` use: its newest active version."""
    row = session.scalar(select(DocumentTemplate).where(
        DocumentTemplate.office_id == office_id, DocumentTemplate.kind == kind,
        DocumentTemplate.is_active.is_(True)).order_by(DocumentTemplate.version.desc()))
    if row is None:
        install_default_document_templates(session, office_id)
        session.flush()
        return active_template(session, office_id, kind)
    return row


def issuer_mark(kind: DocumentKind, issuer: str) -> str:
    if kind not in ISSUED_KINDS or not issuer:
        return ""
    # A letter (函) carries the issuer's name alone; the others are 文件.
    return issuer if kind is DocumentKind.CLEARANCE else issuer + "文件"


def set_content(doc: Document, parts: DocumentParts, values: Mapping[str, str]) -> None:
    """The draft's parts (template language) and field values, and the filled title and
    text; ValidationError when the title comes out empty or too long."""
    filled = fill_parts(parts, values)
    title = " ".join(filled.title.split())
    if not title:
        raise _error("title", QT_TRANSLATE_NOOP("Documents", "A document needs a title."))
    if len(title) > TITLE_MAX:
        raise _error("title", QT_TRANSLATE_NOOP(
            "Documents", "The title has {n} characters filled in; at most {limit} are"
            " allowed."), n=len(title), limit=TITLE_MAX)
    doc.title_template, doc.addressee, doc.signer = parts.title, parts.addressee, parts.signer
    doc.copies_to, doc.page_signature, doc.body = (parts.copies_to, parts.page_signature,
                                                  parts.body)
    doc.fields = json.dumps(dict(values), ensure_ascii=False, sort_keys=True)
    doc.title = title
    doc.text = "\n".join(lines_of(filled.body))


def new_draft(session: Session, office_id: uuid.UUID, kind: DocumentKind, filled: Filled,
              created_by: str, *, addressee: str | None = None) -> Document:
    """A draft of `kind` from the active template and `filled`, added and flushed."""
    template = active_template(session, office_id, kind)
    parts = _template_parts(template)
    if addressee:
        parts = DocumentParts(parts.title, addressee, parts.signer, parts.copies_to,
                              parts.page_signature, parts.body)
    values = filled.values
    doc = Document(
        office_id=office_id, kind=kind, status=DocumentStatus.DRAFT, version=1,
        template_id=template.id, template_version=template.version,
        unit_id=filled.unit_id, case_id=filled.case_id,
        case_subject_id=filled.subject_id, talk_id=filled.talk_id,
        list_id=filled.list_id, source=json.dumps(filled.source, sort_keys=True),
        issuer_mark=issuer_mark(kind, values.get("issuer_name", "")),
        created_by=created_by)
    set_content(doc, parts, values)
    session.add(doc)
    session.flush()
    return doc


def new_version(session: Session, old: Document, created_by: str) -> Document:
    """A draft with the content of the signed `old` that supersedes it once signed; added
    and flushed (the caller checks that `old` may be superseded)."""
    new = Document(
        office_id=old.office_id, kind=old.kind, status=DocumentStatus.DRAFT,
        version=old.version + 1, template_id=old.template_id,
        template_version=old.template_version, unit_id=old.unit_id,
        case_id=old.case_id, case_subject_id=old.case_subject_id,
        talk_id=old.talk_id, list_id=old.list_id, source=old.source,
        issuer_mark=old.issuer_mark, copy_number=old.copy_number,
        secrecy=old.secrecy, supersedes_id=old.id, created_by=created_by)
    set_content(new, _template_parts(old), _values(old))
    session.add(new)
    session.flush()
    return new


def apply_transition(doc: Document, target: DocumentStatus, username: str,
                     now: dt.datetime, reason: str = "") -> None:
    """Submitted, approved or back to draft (with its reason), by `username` at `now`
    (the caller checks the status it comes from)."""
    doc.status = target
    if target is DocumentStatus.SUBMITTED:
        doc.submitted_by, doc.submitted_at = username, now
    elif target is DocumentStatus.APPROVED:
        doc.approved_by, doc.approved_at = username, now
    else:
        doc.returned_by, doc.returned_at, doc.return_reason = username, now, reason
        doc.approved_by, doc.approved_at = "", None


def document_content(doc: Document, day: dt.date, *, number: str = "",
                     code: str = "") -> DocumentContent:
    """What the builder draws, dated `day`: final when `code` is given, else a draft."""
    values = _values(doc)
    filled = fill_parts(_template_parts(doc), values)
    final = bool(code)
    signer = " ".join(filled.signer.split())
    issued = doc.kind in ISSUED_KINDS
    return DocumentContent(
        kind=doc.kind, title=doc.title, blocks=to_blocks(filled.body),
        issuer_mark=doc.issuer_mark, number=number if final else "",
        copy_number=doc.copy_number, secrecy=doc.secrecy,
        addressee=" ".join(filled.addressee.split()), signer=signer,
        date=day if signer or issued else None,
        copies_to=tuple(lines_of(filled.copies_to)),
        printed_by=values.get("issuer_name", "") if issued else "",
        printed_on=day if issued else None, verification_code=code, draft=not final,
        page_signature=" ".join(filled.page_signature.split()))


def build_bytes(content: DocumentContent, fonts: DocumentFonts) -> tuple[bytes, int]:
    """The PDF of `content` and its number of pages."""
    with tempfile.TemporaryDirectory(prefix="zeren-sign-") as folder:
        target = Path(folder) / "document.pdf"
        pages = _build_pdf(target, content, fonts)
        return target.read_bytes(), pages


def number_prefix(kind: DocumentKind, settings: OfficeSettings) -> str:
    """The issuer prefix of the number: the settings' for the kind, else the issuer's
    short code with the kind's usual character (青纪 + 函). A 公文 without either is
    refused; a form without one is signed without a number."""
    key = PREFIX_SETTING.get(kind)
    prefix = settings.prefix(key) if key else ""
    if prefix:
        return prefix
    suffix = printed_terms().term("number_suffix", kind.value)
    if settings.issuer_short and suffix:
        return settings.issuer_short + suffix
    if kind in ISSUED_KINDS:
        raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
            "Documents", "A {kind} needs a document number, and the settings give neither"
            " a number prefix for it nor the issuer's short code. An administrator sets"
            " them in Settings."), {"kind": Message("DocumentKind", kind.label)}))
    return ""


def next_sequence(session: Session, prefix: str, kind: DocumentKind, year: int) -> int:
    """The counter incremented in this (writing) transaction. On SQLite the write lock
    taken at BEGIN IMMEDIATE orders signers; on PostgreSQL the writers' advisory lock
    (storage.database) does, and the UPDATE locks the row besides (READ COMMITTED
    re-reads it after a concurrent commit). The insert of a year's first row is ON
    CONFLICT DO NOTHING, so two first signers of a year do not fail on each other. A
    rolled-back signing rolls its increment back: no gap (tests/test_postgresql.py)."""
    dialect = session.get_bind().dialect.name
    key = {"issuer_prefix": prefix, "kind": kind, "year": year}
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(DocumentCounter).values(**key, last_sequence=0)
                        .on_conflict_do_nothing())
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(DocumentCounter).values(**key, last_sequence=0)
                        .on_conflict_do_nothing())
    elif session.get(DocumentCounter, (prefix, kind, year)) is None:
        session.add(DocumentCounter(**key, last_sequence=0))
        session.flush()
    where = (DocumentCounter.issuer_prefix == prefix, DocumentCounter.kind == kind,
             DocumentCounter.year == year)
    session.execute(update(DocumentCounter).where(*where).values(
        last_sequence=DocumentCounter.last_sequence + 1))
    sequence = session.scalar(select(DocumentCounter.last_sequence).where(*where))
    assert sequence is not None
    return int(sequence)


def unique_code(session: Session) -> str:
    """A verification code no document has yet."""
    while True:
        code = new_verification_code()
        if session.scalar(select(Document.id).where(
                Document.verification_code == code)) is None:
            return code


def sign_document(session: Session, doc: Document, day: dt.date, settings: OfficeSettings,
                  fonts: DocumentFonts, *, username: str, display_name: str,
                  signed_at: dt.datetime) -> tuple[str, dict[str, Any]]:
    """Sign `doc` on `day` in this writing transaction (the caller checked that it is
    approved and who signs): numbered from the counter of its prefix, kind and year, the
    final PDF built with the number and a new verification code, its bytes and SHA-256
    kept; a version that supersedes another marks that one superseded. Returns the
    summary and the details of the audit record "document.sign", which `check_signed`
    and `verify` compare the stored hash with: the caller appends it."""
    prefix = number_prefix(doc.kind, settings)
    sequence = next_sequence(session, prefix, doc.kind, day.year)
    number = format_document_number(prefix, day.year, sequence) if prefix else ""
    code = unique_code(session)
    pdf, pages = build_bytes(document_content(doc, day, number=number, code=code), fonts)
    doc.status = DocumentStatus.SIGNED
    doc.issuer_prefix, doc.year, doc.sequence, doc.number = prefix, day.year, sequence, number
    doc.document_date = day
    doc.verification_code = code
    doc.signed_by, doc.signed_by_name = username, display_name[:50]
    doc.signed_at = signed_at
    doc.pdf, doc.pages, doc.sha256 = pdf, pages, sha256_hex(pdf)
    if doc.supersedes_id is not None:
        old = session.get(Document, doc.supersedes_id)
        if old is not None and old.superseded_by is None:
            old.superseded_by = doc.id
    session.flush()
    return (f"{number or doc.kind.value} {doc.title}"[:200],
            {"number": number, "date": day.isoformat(), "sha256": doc.sha256,
             "verification_code": code, "pages": pages,
             "supersedes": str(doc.supersedes_id or "")})


class DocumentService(ServiceBase):
    # ---- templates ----------------------------------------------------------------------

    def templates(self) -> list[TemplateInfo]:
        """The template each kind's new drafts use (its newest active version)."""
        self._require(Permission.VIEW_MASTER_DATA, "documents.templates")
        with self.db.read() as session:
            rows = list(session.scalars(select(DocumentTemplate).where(
                DocumentTemplate.office_id == self.office_id,
                DocumentTemplate.is_active.is_(True)).order_by(
                DocumentTemplate.version.desc())))
        newest: dict[DocumentKind, DocumentTemplate] = {}
        for row in rows:
            newest.setdefault(row.kind, row)
        return [_template_info(newest[k]) for k in DocumentKind if k in newest]

    def template_versions(self, kind: DocumentKind) -> list[TemplateInfo]:
        """Every version of a kind's template, newest first."""
        self._require(Permission.VIEW_MASTER_DATA, "documents.template_versions")
        with self.db.read() as session:
            return [_template_info(row) for row in session.scalars(
                select(DocumentTemplate).where(
                    DocumentTemplate.office_id == self.office_id,
                    DocumentTemplate.kind == kind).order_by(DocumentTemplate.version.desc()))]

    def save_template(self, kind: DocumentKind, parts: DocumentParts,
                      note: str = "") -> uuid.UUID:
        """A new version of the kind's template (earlier versions stay as they are; the
        drafts made from them keep their own copy). ValidationError names an unknown
        field (domain.document_templates.fields_for lists the known ones)."""
        actor = self._require(Permission.MANAGE_SETTINGS, "documents.save_template")
        parts = check_parts(kind, DocumentParts(**{
            name: clean_text(text) for name, text in parts.items()}))
        with self.db.write() as session:
            return self._add_template(session, actor, kind, parts, clean_text(note)[:500])

    def restore_default_template(self, kind: DocumentKind) -> uuid.UUID:
        """The shipped text as a new version of the kind's template."""
        actor = self._require(Permission.MANAGE_SETTINGS, "documents.restore_default_template")
        template = default_templates()[kind]
        with self.db.write() as session:
            return self._add_template(session, actor, kind, template.parts, template.note)

    def _add_template(self, session: Session, actor: Actor, kind: DocumentKind,
                      parts: DocumentParts, note: str) -> uuid.UUID:
        install_default_document_templates(session, self.office_id)
        session.flush()
        current = session.scalar(select(func.max(DocumentTemplate.version)).where(
            DocumentTemplate.office_id == self.office_id, DocumentTemplate.kind == kind)) or 0
        session.execute(update(DocumentTemplate).where(
            DocumentTemplate.office_id == self.office_id, DocumentTemplate.kind == kind)
            .values(is_active=False))
        row = _template_row(self.office_id, kind, current + 1, parts, note, actor.username)
        session.add(row)
        session.flush()
        self._audit(session, actor, "document_template.save", "document_templates", row.id,
                    summary=f"{kind.value} v{row.version}",
                    after={"kind": kind.value, "version": row.version, **dict(parts.items())})
        return row.id

    # ---- drafts from the records --------------------------------------------------------

    def create_from_case(self, case_id: uuid.UUID, kind: DocumentKind,
                         subject_id: uuid.UUID | None = None, *,
                         translate: Translate = untranslated) -> uuid.UUID:
        """A draft proposal (问责建议书), decision (问责决定书, one per subject), receipt of
        service (送达回证, one per subject) or circulated notice (通报) of a case.

        A decision and a receipt need the decided case and the subject (any when the case
        has one); a notice needs a case marked for circulation."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.create")
        if kind not in CASE_KINDS:
            raise _error("kind", QT_TRANSLATE_NOOP(
                "Documents", "A {kind} is not made from an accountability case."),
                kind=Message("DocumentKind", kind.label))
        ctx = self._context(translate)
        with self.db.read() as session:
            case = load_case(session, case_id)
            if case is None:
                raise not_found(QT_TRANSLATE_NOOP(
                    "Services", "The case was not found; it may have been deleted meanwhile."),
                    case_id)
            self._require_scope(actor, {case.unit_id}, "documents.create",
                                "accountability_cases", case_id)
            subject = None
            if kind in PER_SUBJECT_KINDS:
                if not is_decided(case.stage):
                    raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                        "Documents", "The case has no decision yet; record the decision"
                        " first.")))
                subject = self._subject(case, subject_id)
            if kind is DocumentKind.NOTICE and not case.circulate:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Documents", "The case is not marked for circulation as a typical"
                    " case.")))
            filled = fill_case(session, case, kind, subject, ctx)
        with self.db.write() as session:
            return self._insert(session, actor, kind, filled)

    @staticmethod
    def _subject(case: AccountabilityCase, subject_id: uuid.UUID | None) -> Any:
        if subject_id is None:
            if len(case.subjects) == 1:
                return case.subjects[0]
            raise _error("subject_id", QT_TRANSLATE_NOOP(
                "Documents", "Choose the person or team the document is for."))
        subject = next((s for s in case.subjects if s.id == subject_id), None)
        if subject is None:
            raise _error("subject_id", QT_TRANSLATE_NOOP(
                "Documents", "The subject is not one of this case's."))
        return subject

    def create_from_talk(self, talk_id: uuid.UUID) -> uuid.UUID:
        """A draft talk record (约谈 / 诫勉谈话记录); every page carries the line the person
        talked to signs."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.create")
        ctx = self._context(untranslated)
        with self.db.read() as session:
            talk = session.get(Talk, talk_id)
            if talk is None:
                raise not_found(QT_TRANSLATE_NOOP(
                    "Services", "The talk record was not found; it may have been deleted"
                    " meanwhile."), talk_id)
            self._require_scope(actor, {talk.unit_id}, "documents.create", "talks", talk_id)
            filled = fill_talk(session, talk, ctx)
        with self.db.write() as session:
            return self._insert(session, actor, DocumentKind.TALK_RECORD, filled)

    def create_from_list(self, list_id: uuid.UUID) -> uuid.UUID:
        """A draft of a responsibility list as a document (责任清单)."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.create")
        ctx = self._context(untranslated)
        with self.db.read() as session:
            lst = session.get(ResponsibilityList, list_id)
            if lst is None:
                raise not_found(QT_TRANSLATE_NOOP(
                    "Services", "The responsibility list was not found; it may have been"
                    " deleted meanwhile."), list_id)
            self._require_scope(actor, {lst.unit_id}, "documents.create",
                                "responsibility_lists", list_id)
            filled = fill_list(session, lst, ctx)
        with self.db.write() as session:
            return self._insert(session, actor, DocumentKind.LIST, filled)

    def create_statistics(self, start: dt.date, end: dt.date,
                          unit_id: uuid.UUID | None = None, *,
                          translate: Translate = untranslated) -> uuid.UUID:
        """A draft statistics report (统计报表) of a period: the figures of
        StatisticsService.report put into the template (tables as tables)."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.create")
        filled = self._statistics(start, end, unit_id, translate)
        if filled.unit_id is None:
            filled.unit_id = actor.scope_unit_id
        with self.db.write() as session:
            return self._insert(session, actor, DocumentKind.STATISTICS, filled)

    def _statistics(self, start: dt.date, end: dt.date, unit_id: uuid.UUID | None,
                    translate: Translate) -> Filled:
        from zeren_desktop.services.statistics import StatisticsService

        report = StatisticsService(*self._parts()).report(start, end, unit_id)
        return fill_statistics(report, self._context(translate))

    def create_clearance(self, requests: Sequence[Any], on: dt.date, *, addressee: str = "",
                         translate: Translate = untranslated) -> uuid.UUID:
        """A draft integrity-clearance reply (党风廉政意见回复) for the people of
        `requests` (integrity.ClearanceRequest) as of `on`; `addressee`: who asked."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.create")
        filled = self._clearance(requests, on, translate)
        filled.unit_id = actor.scope_unit_id
        with self.db.write() as session:
            return self._insert(session, actor, DocumentKind.CLEARANCE, filled,
                                addressee=escape(clean_text(addressee)[:200]))

    def _clearance(self, requests: Sequence[Any], on: dt.date, translate: Translate) -> Filled:
        from zeren_desktop.services.integrity import ClearanceRequest, IntegrityService

        integrity = IntegrityService(*self._parts())
        result = integrity.clearance(requests, on)
        lines = [ClearanceLine(
            a.request.name, "".join(filter(None, (a.request.unit, a.request.post))),
            integrity._clues_cases_text(a, translate), integrity._measures_text(a, translate),
            a.conclusion(translate), a.matched) for a in result.answers]
        source = {"on": on.isoformat(), "requests": [
            [r.name, r.id_number, r.unit, r.post] for r in requests
            if isinstance(r, ClearanceRequest)]}
        return fill_clearance(lines, on, self._context(translate), source)

    def _insert(self, session: Session, actor: Actor, kind: DocumentKind, filled: Filled,
                *, addressee: str | None = None) -> uuid.UUID:
        doc = new_draft(session, self.office_id, kind, filled, actor.username,
                        addressee=addressee)
        self._audit(session, actor, "document.create", "documents", doc.id,
                    summary=f"{kind.value}: {doc.title}"[:200],
                    after={"kind": kind.value, "template_version": doc.template_version,
                           "case_id": str(doc.case_id or ""), "talk_id": str(doc.talk_id or ""),
                           "list_id": str(doc.list_id or "")})
        return doc.id

    # ---- editing a draft ----------------------------------------------------------------

    def update_draft(self, document_id: uuid.UUID, edit: DraftEdit) -> None:
        """The draft's texts (template language), field values, issuer mark, 份号 and 密级.
        ValidationError names an unknown field or a bad value."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.update_draft")
        self._check_scope(actor, document_id, "documents.update_draft")
        with self.db.write() as session:
            doc = self._document(session, document_id)
            self._check_status(doc, {DocumentStatus.DRAFT})
            parts = check_parts(doc.kind, DocumentParts(**{
                name: clean_text(text) for name, text in edit.parts.items()}))
            values = self._checked_values(doc.kind, edit.fields)
            copy_number = clean_text(edit.copy_number)
            if copy_number and (not copy_number.isdigit() or len(copy_number) > 6
                                or not copy_number.isascii()):
                raise _error("copy_number", QT_TRANSLATE_NOOP(
                    "Documents", "份号 is a number of up to 6 digits, e.g. 000012."))
            secrecy, mark = clean_text(edit.secrecy), clean_text(edit.issuer_mark)
            if len(secrecy) > 40:
                raise _error("secrecy", QT_TRANSLATE_NOOP(
                    "Documents", "At most {limit} characters are allowed here ({n} given)."),
                    limit=40, n=len(secrecy))
            if len(mark) > 100:
                raise _error("issuer_mark", QT_TRANSLATE_NOOP(
                    "Documents", "At most {limit} characters are allowed here ({n} given)."),
                    limit=100, n=len(mark))
            before = self._snapshot(doc)
            set_content(doc, parts, values)
            doc.copy_number = copy_number.zfill(6) if copy_number else ""
            doc.secrecy, doc.issuer_mark = secrecy, mark
            session.flush()
            self._audit(session, actor, "document.update", "documents", doc.id,
                        summary=doc.title[:200], before=before, after=self._snapshot(doc))

    @staticmethod
    def _checked_values(kind: DocumentKind, values: Mapping[str, str]) -> dict[str, str]:
        known = field_names(kind)
        out: dict[str, str] = {}
        for name, value in values.items():
            if name not in known:
                raise _error(f"fields.{name}", QT_TRANSLATE_NOOP(
                    "Documents", "Unknown field {{{name}}}: a {kind} has no such field."),
                    name=name, kind=Message("DocumentKind", kind.label))
            text = clean_text(str(value))
            if len(text) > VALUE_MAX:
                raise _error(f"fields.{name}", QT_TRANSLATE_NOOP(
                    "Documents", "At most {limit} characters are allowed here ({n} given)."),
                    limit=VALUE_MAX, n=len(text))
            out[name] = text
        return out

    def refill(self, document_id: uuid.UUID, *, translate: Translate = untranslated) -> None:
        """Read the draft's fields again from the records it was made from (after the case
        or talk changed); its texts stay as edited."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.refill")
        self._check_scope(actor, document_id, "documents.refill")
        with self.db.read() as session:
            doc = self._document(session, document_id)
            self._check_status(doc, {DocumentStatus.DRAFT})
            filled = self._fill_again(session, doc, translate)
        with self.db.write() as session:
            doc = self._document(session, document_id)
            self._check_status(doc, {DocumentStatus.DRAFT})
            before = self._snapshot(doc)
            set_content(doc, _template_parts(doc), filled.values)
            session.flush()
            self._audit(session, actor, "document.refill", "documents", doc.id,
                        summary=doc.title[:200], before=before, after=self._snapshot(doc))

    def _fill_again(self, session: Session, doc: Document, translate: Translate) -> Filled:
        ctx = self._context(translate)
        source = json.loads(doc.source or "{}")
        if doc.kind in CASE_KINDS and doc.case_id is not None:
            case = load_case(session, doc.case_id)
            if case is not None:
                subject = next((s for s in case.subjects if s.id == doc.case_subject_id), None)
                if doc.kind not in PER_SUBJECT_KINDS or subject is not None:
                    return fill_case(session, case, doc.kind, subject, ctx)
        elif doc.kind is DocumentKind.TALK_RECORD and doc.talk_id is not None:
            talk = session.get(Talk, doc.talk_id)
            if talk is not None:
                return fill_talk(session, talk, ctx)
        elif doc.kind is DocumentKind.LIST and doc.list_id is not None:
            lst = session.get(ResponsibilityList, doc.list_id)
            if lst is not None:
                return fill_list(session, lst, ctx)
        elif doc.kind is DocumentKind.STATISTICS and source.get("start"):
            unit = source.get("unit_id") or None
            return self._statistics(dt.date.fromisoformat(source["start"]),
                                    dt.date.fromisoformat(source["end"]),
                                    uuid.UUID(unit) if unit else None, translate)
        elif doc.kind is DocumentKind.CLEARANCE and source.get("requests"):
            from zeren_desktop.services.integrity import ClearanceRequest

            requests = [ClearanceRequest(*r) for r in source["requests"]]
            return self._clearance(requests, dt.date.fromisoformat(source["on"]), translate)
        raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
            "Documents", "The records this document was made from are no longer there; edit"
            " its fields by hand.")))

    def delete_draft(self, document_id: uuid.UUID) -> None:
        """A draft made by mistake (never a signed document)."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.delete_draft")
        self._check_scope(actor, document_id, "documents.delete_draft")
        with self.db.write() as session:
            doc = self._document(session, document_id)
            self._check_status(doc, {DocumentStatus.DRAFT})
            self._audit(session, actor, "document.delete", "documents", doc.id,
                        summary=doc.title[:200], before=self._snapshot(doc))
            session.delete(doc)

    def export_docx(self, document_id: uuid.UUID, target: Path) -> int:
        """The filled body (with the title) as .docx, for editing in WPS or Word; the
        number of paragraphs and tables written."""
        from zeren_desktop.services.document_docx import write_docx

        actor = self._require(Permission.VIEW_RECORDS, "documents.export_docx")
        detail = self.get(document_id)
        count = write_atomically(Path(target), lambda temp: write_docx(
            temp, detail.title, detail.filled.body))
        self._audit_export(actor, "export.document_docx", detail, Path(target))
        return count

    def import_docx(self, document_id: uuid.UUID, source: Path) -> None:
        """A .docx (from export_docx, edited) as the draft's new body text."""
        from zeren_desktop.services.document_docx import read_docx

        self._require(Permission.EDIT_DRAFTS, "documents.import_docx")
        body = read_docx(Path(source))
        detail = self.get(document_id)
        self._check_status_of(detail.status, {DocumentStatus.DRAFT}, detail.number)
        edit = detail.as_edit()
        parts = edit.parts
        self.update_draft(document_id, DraftEdit(
            DocumentParts(parts.title, parts.addressee, parts.signer, parts.copies_to,
                          parts.page_signature, body),
            edit.fields, edit.issuer_mark, edit.copy_number, edit.secrecy))

    # ---- sign-off -----------------------------------------------------------------------

    def submit(self, document_id: uuid.UUID) -> None:
        """Draft → submitted, for review."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.submit")
        self._transition(actor, document_id, "documents.submit", {DocumentStatus.DRAFT},
                         DocumentStatus.SUBMITTED)

    def approve(self, document_id: uuid.UUID) -> None:
        """Submitted → approved, ready for signing."""
        actor = self._require(Permission.REVIEW, "documents.approve")
        with self.db.read() as session:
            submitted_by = session.scalar(select(Document.submitted_by).where(
                Document.id == document_id))
        if submitted_by == actor.username:
            # Four eyes: who put a document forward does not pass it as well.
            self._audit_refusal(actor, "documents.approve", "four_eyes", "documents",
                                document_id)
            raise _error("status", QT_TRANSLATE_NOOP(
                "Documents", "You submitted this document yourself; another reviewer must"
                " approve it."))
        self._transition(actor, document_id, "documents.approve", {DocumentStatus.SUBMITTED},
                         DocumentStatus.APPROVED)

    def return_to_draft(self, document_id: uuid.UUID, reason: str) -> None:
        """Submitted or approved → draft again; the reason is required and kept."""
        actor = self._require(Permission.REVIEW, "documents.return_to_draft")
        reason = clean_text(reason)
        if not reason:
            raise _error("reason", QT_TRANSLATE_NOOP(
                "Documents", "Say why the document goes back to draft."))
        if len(reason) > 2000:
            raise _error("reason", QT_TRANSLATE_NOOP(
                "Documents", "At most {limit} characters are allowed here ({n} given)."),
                limit=2000, n=len(reason))
        self._transition(actor, document_id, "documents.return_to_draft",
                         {DocumentStatus.SUBMITTED, DocumentStatus.APPROVED},
                         DocumentStatus.DRAFT, reason)

    def _transition(self, actor: Actor, document_id: uuid.UUID, operation: str,
                    allowed: set[DocumentStatus], target: DocumentStatus,
                    reason: str = "") -> None:
        self._check_scope(actor, document_id, operation)
        now = self.state.clock()
        with self.db.write() as session:
            doc = self._document(session, document_id)
            self._check_status(doc, allowed)
            before = doc.status
            apply_transition(doc, target, actor.username, now, reason)
            self._audit(session, actor, f"document.{target.value}", "documents", doc.id,
                        summary=doc.title[:200], before={"status": before.value},
                        after={"status": target.value, **({"reason": reason} if reason else {})})

    def sign(self, document_id: uuid.UUID, on: dt.date | None = None) -> DocumentRow:
        """Approved → signed, on `on` (default today; the 成文日期): numbered, the final
        PDF built with the number and the verification code, its bytes and SHA-256 stored,
        frozen for ever. A version that supersedes another marks that one superseded."""
        actor = self._require(Permission.SIGN, "documents.sign")
        self._check_scope(actor, document_id, "documents.sign")
        today = self._today()
        day = on or today
        if day > today:
            raise _error("on", QT_TRANSLATE_NOOP(
                "Documents", "A document cannot be signed on a day still to come ({date})."),
                date=day.isoformat())
        settings = self._settings()
        fonts = self._fonts(settings)
        with self.db.write() as session:
            doc = self._document(session, document_id, for_update=True)
            self._check_status(doc, {DocumentStatus.APPROVED})
            summary, after = sign_document(
                session, doc, day, settings, fonts, username=actor.username,
                display_name=actor.display_name, signed_at=self.state.clock())
            self._audit(session, actor, "document.sign", "documents", doc.id,
                        summary=summary, after=after)
            return self._row(session, doc)

    def supersede(self, document_id: uuid.UUID) -> uuid.UUID:
        """A new draft version of a signed document, with its content, that supersedes it
        once signed. The signed one is kept as it is."""
        actor = self._require(Permission.EDIT_DRAFTS, "documents.supersede")
        self._check_scope(actor, document_id, "documents.supersede")
        with self.db.write() as session:
            old = self._document(session, document_id)
            if old.status is not DocumentStatus.SIGNED:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Documents", "Only a signed document is superseded; a document not yet"
                    " signed is edited (after a return to draft).")))
            if old.superseded_by is not None:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Documents", "This document has already been superseded by a newer"
                    " version.")))
            pending = session.scalar(select(Document.id).where(
                Document.supersedes_id == old.id, Document.status != DocumentStatus.SIGNED))
            if pending is not None:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Documents", "A new version of this document is already being prepared;"
                    " continue with that one.")))
            new = new_version(session, old, actor.username)
            self._audit(session, actor, "document.supersede", "documents", new.id,
                        summary=f"{old.number or old.title} -> v{new.version}"[:200],
                        after={"supersedes": str(old.id), "version": new.version})
            return new.id

    # ---- reading ------------------------------------------------------------------------

    def search(self, kind: DocumentKind | None = None, status: DocumentStatus | None = None,
               text: str = "", *, case_id: uuid.UUID | None = None,
               talk_id: uuid.UUID | None = None, list_id: uuid.UUID | None = None,
               unit_id: uuid.UUID | None = None) -> list[DocumentRow]:
        """Documents, newest first; `text` is looked for in the number, title and body."""
        actor = self._require(Permission.VIEW_RECORDS, "documents.search")
        with self.db.read() as session:
            query = select(Document).where(Document.office_id == self.office_id)
            if kind is not None:
                query = query.where(Document.kind == kind)
            if status is not None:
                query = query.where(Document.status == status)
            for column, value in ((Document.case_id, case_id), (Document.talk_id, talk_id),
                                  (Document.list_id, list_id), (Document.unit_id, unit_id)):
                if value is not None:
                    query = query.where(column == value)
            words = clean_text(text)
            if words:
                like = f"%{words}%"
                query = query.where(or_(Document.number.like(like), Document.title.like(like),
                                        Document.text.like(like)))
            if actor.scope_units is not None:
                query = query.where(Document.unit_id.in_(actor.scope_units))
            query = query.order_by(Document.created_at.desc(), Document.id)
            return self._rows(session, list(session.scalars(query)))

    def get(self, document_id: uuid.UUID) -> DocumentDetail:
        actor = self._require(Permission.VIEW_RECORDS, "documents.get")
        with self.db.read() as session:
            doc = self._document(session, document_id)
            self._require_scope(actor, {doc.unit_id}, "documents.get", "documents",
                                document_id)
            row = self._row(session, doc)
            parts, values = _template_parts(doc), _values(doc)
            filled = fill_parts(parts, values)
            return DocumentDetail(
                **vars(row), parts=parts, filled=filled, fields=values,
                blocks=to_blocks(filled.body), issuer_mark=doc.issuer_mark,
                copy_number=doc.copy_number, secrecy=doc.secrecy,
                template_id=doc.template_id, template_version=doc.template_version,
                case_subject_id=doc.case_subject_id, return_reason=doc.return_reason,
                returned_by=doc.returned_by, returned_at=doc.returned_at,
                submitted_at=doc.submitted_at, approved_at=doc.approved_at,
                sha256=doc.sha256 or "", pages=doc.pages)

    def pdf_bytes(self, document_id: uuid.UUID) -> bytes:
        """The signed PDF exactly as it was issued."""
        actor = self._require(Permission.VIEW_RECORDS, "documents.pdf_bytes")
        with self.db.read() as session:
            doc = self._document(session, document_id, with_pdf=True)
            self._require_scope(actor, {doc.unit_id}, "documents.pdf_bytes", "documents",
                                document_id)
            if doc.status is not DocumentStatus.SIGNED or doc.pdf is None:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Documents", "Only a signed document has its PDF kept; preview a draft"
                    " instead.")))
            return bytes(doc.pdf)

    def export_pdf(self, document_id: uuid.UUID, target: Path) -> int:
        """The signed PDF, byte for byte, into `target`; its pages."""
        actor = self._require(Permission.VIEW_RECORDS, "documents.export_pdf")
        data = self.pdf_bytes(document_id)
        detail = self.get(document_id)
        write_atomically(Path(target), lambda temp: temp.write_bytes(data))
        self._audit_export(actor, "export.document_pdf", detail, Path(target))
        return detail.pages or 0

    def preview_pdf(self, document_id: uuid.UUID, target: Path) -> int:
        """The document as it prints now, into `target`; its pages. A document not yet
        signed carries the draft mark and no number; a signed one is its stored PDF."""
        actor = self._require(Permission.VIEW_RECORDS, "documents.preview_pdf")
        detail = self.get(document_id)
        if detail.signed:
            data = self.pdf_bytes(document_id)
            write_atomically(Path(target), lambda temp: temp.write_bytes(data))
            pages = detail.pages or 0
        else:
            with self.db.read() as session:
                content = self._content(self._document(session, document_id))
            fonts = self._fonts()
            pages = write_atomically(Path(target), lambda temp: _build_pdf(temp, content, fonts))
        self._audit_export(actor, "export.document_preview", detail, Path(target))
        return pages

    def record_print(self, document_id: uuid.UUID, copies: int = 1) -> None:
        """Audit a print made through the system's printer dialog."""
        actor = self._require(Permission.VIEW_RECORDS, "documents.record_print")
        detail = self.get(document_id)
        if self.state.read_only:
            return
        with self.db.write() as session:
            self._audit(session, actor, "print.document", "documents", detail.id,
                        summary=f"{detail.number or detail.title} x{copies}"[:200],
                        after={"copies": copies, "status": detail.status.value,
                               "sha256": detail.sha256})

    def verify(self, source: bytes | Path) -> VerifyResult:
        """Is this file exactly a signed document of this database, and which? Compared
        by the SHA-256 of the whole file; a file naming a document's verification code
        but differing from it is reported as such (`resembles`)."""
        actor = self._require(Permission.VIEW_RECORDS, "documents.verify")
        if isinstance(source, Path | str):
            path = Path(source)
            if path.stat().st_size > PDF_MAX:
                return VerifyResult(False, "", None, problem=Message(_CTX, QT_TRANSLATE_NOOP(
                    "Documents", "The file is too large to be a document of this program.")))
            data = path.read_bytes()
        else:
            data = bytes(source)
        digest = sha256_hex(data)
        with self.db.read() as session:
            doc = session.scalar(select(Document).options(undefer(Document.pdf)).where(
                Document.sha256 == digest, Document.status == DocumentStatus.SIGNED))
            resembles = None
            if doc is None:
                for code in codes_in(data):
                    resembles = session.scalar(select(Document).where(
                        Document.verification_code == code))
                    if resembles is not None:
                        break
            found = doc or resembles
            if found is not None:
                self._require_scope(actor, {found.unit_id}, "documents.verify", "documents",
                                    found.id)
            row = self._row(session, found) if found is not None else None
            intact = doc is None or (doc.pdf is not None and sha256_hex(doc.pdf) == doc.sha256)
            recorded = self._signed_hashes(session, doc.id) if doc is not None else {}
        if doc is not None and recorded.get(str(doc.id)) != digest:
            # The hash kept with the document is not the one the audit trail recorded when it
            # was signed: the database was changed behind the program's back.
            return VerifyResult(False, digest, None, resembles=row, problem=Message(
                _CTX, QT_TRANSLATE_NOOP(
                    "Documents", "The database's record of document {number} was altered"
                    " behind the program's back: its hash is not the one recorded when it was"
                    " signed. This file cannot be confirmed."),
                {"number": row.number if row else ""}), stored_intact=False)
        if doc is not None:
            problem = None if intact else Message(_CTX, QT_TRANSLATE_NOOP(
                "Documents", "The file matches what was signed, but the copy kept in the"
                " database has been altered since; report this to the administrator."))
            return VerifyResult(True, digest, row, stored_intact=intact, problem=problem)
        if row is not None:
            return VerifyResult(False, digest, None, resembles=row, problem=Message(
                _CTX, QT_TRANSLATE_NOOP(
                    "Documents", "The file names document {number} ({title}), but its content"
                    " differs from the signed PDF: it was changed after signing."),
                {"number": row.number or row.verification_code, "title": row.title}))
        if not data.startswith(b"%PDF"):
            problem_text = QT_TRANSLATE_NOOP(
                "Documents", "The file is not a PDF, and no signed document has this content.")
        else:
            problem_text = QT_TRANSLATE_NOOP(
                "Documents", "No signed document in this database is exactly this file"
                " (SHA-256 {sha256}).")
        return VerifyResult(False, digest, None, problem=Message(
            _CTX, problem_text, {"sha256": digest}))

    def find_by_code(self, code: str) -> DocumentRow | None:
        """The signed document with this verification code (as read off the paper), or
        None. Finding it says which document the paper claims to be, not that the paper
        is unchanged: compare it with the stored PDF."""
        actor = self._require(Permission.VIEW_RECORDS, "documents.find_by_code")
        normalized = normalize_code(code)
        if normalized is None:
            raise _error("code", QT_TRANSLATE_NOOP(
                "Documents", "A verification code has 10 letters and digits, e.g. 7KQ2-M9XD-4T."))
        with self.db.read() as session:
            doc = session.scalar(select(Document).where(
                Document.verification_code == normalized))
            if doc is None:
                return None
            self._require_scope(actor, {doc.unit_id}, "documents.find_by_code", "documents",
                                doc.id)
            return self._row(session, doc)

    def check_signed(self) -> list[SignedProblem]:
        """Every signed document's stored PDF against its SHA-256 and against the hash the
        (tamper-evident) audit trail recorded when it was signed."""
        actor = self._require(Permission.VIEW_RECORDS, "documents.check_signed")
        problems: list[SignedProblem] = []
        with self.db.read() as session:
            signed_hashes = self._signed_hashes(session)
            query = select(Document).options(undefer(Document.pdf)).where(
                Document.status == DocumentStatus.SIGNED)
            if actor.scope_units is not None:
                query = query.where(Document.unit_id.in_(actor.scope_units))
            for doc in session.scalars(query):
                text = None
                if doc.pdf is None or sha256_hex(doc.pdf) != doc.sha256:
                    text = QT_TRANSLATE_NOOP(
                        "Documents", "The stored PDF does not have the SHA-256 recorded at"
                        " signing: it was replaced or damaged.")
                elif signed_hashes.get(str(doc.id)) != doc.sha256:
                    text = QT_TRANSLATE_NOOP(
                        "Documents", "The stored PDF and its SHA-256 differ from what the audit"
                        " trail recorded at signing: both were changed behind the program's"
                        " back.")
                if text is not None:
                    problems.append(SignedProblem(doc.id, doc.number, doc.title,
                                                  Message(_CTX, text)))
        return problems

    # ---- helpers ------------------------------------------------------------------------

    @staticmethod
    def _signed_hashes(session: Session, document_id: uuid.UUID | None = None
                       ) -> dict[str, str]:
        """Document id → the SHA-256 the audit trail recorded when it was signed."""
        query = select(AuditRecord.entity_id, AuditRecord.after).where(
            AuditRecord.action == "document.sign").order_by(AuditRecord.seq)
        if document_id is not None:
            query = query.where(AuditRecord.entity_id == str(document_id))
        hashes: dict[str, str] = {}
        for entity_id, after in session.execute(query):
            try:
                hashes[entity_id] = str(json.loads(after or "{}").get("sha256", ""))
            except (ValueError, AttributeError):
                hashes[entity_id] = ""
        return hashes

    def _parts(self) -> tuple[Any, ...]:
        return (self.db, self.office_id, self.state, self.audit)

    def _settings(self) -> OfficeSettings:
        return SettingsService(*self._parts()).office_settings()

    def _context(self, translate: Translate) -> FillContext:
        from zeren_desktop.services.cases import CaseService
        from zeren_desktop.services.regulations import RegulationService

        settings_service = SettingsService(*self._parts())
        cases = CaseService(*self._parts())
        regs = RegulationService(*self._parts())._load()[0]
        return fill_context(
            settings_service.office_settings(), settings_service.office_name(), regs,
            self._today(), translate,
            lambda session, case: cases._regulation(session, case, regs))

    def _content(self, doc: Document) -> DocumentContent:
        """What the builder draws of a document not signed: a draft."""
        return document_content(doc, doc.document_date or self._today())

    def _fonts(self, settings: OfficeSettings | None = None) -> DocumentFonts:
        return document_fonts_for(settings or self._settings())

    def _document(self, session: Session, document_id: uuid.UUID, *,
                  for_update: bool = False, with_pdf: bool = False) -> Document:
        query = select(Document).where(Document.id == document_id)
        if with_pdf:
            query = query.options(undefer(Document.pdf))
        if for_update:
            query = query.with_for_update()  # PostgreSQL: one signer at a time per document
        doc = session.scalar(query)
        if doc is None:
            raise not_found(DOCUMENT_NOT_FOUND, document_id)
        return doc

    def _check_status(self, doc: Document, allowed: set[DocumentStatus]) -> None:
        self._check_status_of(doc.status, allowed, doc.number)

    @staticmethod
    def _check_status_of(status: DocumentStatus, allowed: set[DocumentStatus],
                         number: str) -> None:
        if status is DocumentStatus.SIGNED:
            raise ConflictError(Message(_CTX, FROZEN, {"number": number or "-"}))
        if status not in allowed:
            needed = [_status(s) for s in DocumentStatus if s in allowed]
            raise ConflictError(Message(_CTX, WRONG_STATUS,
                                        {"status": _status(status), "needed": needed}))

    def _check_scope(self, actor: Actor, document_id: uuid.UUID, operation: str) -> None:
        """Before a write (a refusal is audited in a transaction of its own)."""
        if actor.scope_units is None:
            return
        with self.db.read() as session:
            found = session.execute(select(Document.unit_id).where(
                Document.id == document_id)).first()
        if found is not None:  # else the write says "not found"
            self._require_scope(actor, {found[0]}, operation, "documents", document_id)

    @staticmethod
    def _snapshot(doc: Document) -> dict[str, Any]:
        return {"status": doc.status.value, "title": doc.title, "fields": doc.fields,
                "body": doc.body, "addressee": doc.addressee, "signer": doc.signer,
                "copies_to": doc.copies_to, "issuer_mark": doc.issuer_mark,
                "copy_number": doc.copy_number, "secrecy": doc.secrecy}

    def _audit_export(self, actor: Actor, action: str, detail: DocumentDetail,
                      target: Path) -> None:
        if self.state.read_only:
            return
        with self.db.write() as session:
            self._audit(session, actor, action, "documents", detail.id,
                        summary=f"{detail.number or detail.title} to {target.name}"[:200],
                        after={"status": detail.status.value, "sha256": detail.sha256})

    def _rows(self, session: Session, docs: Sequence[Document]) -> list[DocumentRow]:
        unit_ids = {d.unit_id for d in docs if d.unit_id is not None}
        case_ids = {d.case_id for d in docs if d.case_id is not None}
        units: dict[uuid.UUID, str] = {}
        cases: dict[uuid.UUID, str] = {}
        if unit_ids:
            units = {row[0]: row[1] for row in session.execute(
                select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids)))}
        if case_ids:
            cases = {row[0]: row[1] for row in session.execute(select(
                AccountabilityCase.id, AccountabilityCase.number).where(
                AccountabilityCase.id.in_(case_ids)))}
        return [DocumentRow(
            d.id, d.kind, d.status, d.version, d.number, d.title, d.unit_id,
            units.get(d.unit_id, "") if d.unit_id else "", d.case_id,
            cases.get(d.case_id, "") if d.case_id else "", d.talk_id, d.list_id,
            d.created_by, d.created_at, d.updated_at, d.submitted_by, d.approved_by,
            d.signed_by, d.signed_by_name, d.signed_at, d.document_date,
            d.verification_code or "", d.supersedes_id, d.superseded_by) for d in docs]

    def _row(self, session: Session, doc: Document) -> DocumentRow:
        return self._rows(session, [doc])[0]

