"""Plain data of documents, in and out of `DocumentService`."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from zeren_desktop.domain.document_templates import DocumentParts
from zeren_desktop.domain.documents import Block, DocumentKind, DocumentStatus
from zeren_desktop.domain.text import Message


@dataclass(frozen=True)
class TemplateInfo:
    """One version of a kind's template."""

    id: uuid.UUID
    kind: DocumentKind
    version: int
    parts: DocumentParts
    note: str
    is_active: bool       # the version new drafts use
    created_at: dt.datetime
    created_by: str       # "" for the shipped version 1


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    kind: DocumentKind
    status: DocumentStatus
    version: int                       # 1, or 2… for a version that supersedes another
    number: str                        # "" until signed (and for kinds without a number)
    title: str                         # filled
    unit_id: uuid.UUID | None
    unit_name: str
    case_id: uuid.UUID | None
    case_number: str
    talk_id: uuid.UUID | None
    list_id: uuid.UUID | None
    created_by: str
    created_at: dt.datetime
    updated_at: dt.datetime
    submitted_by: str
    approved_by: str
    signed_by: str                     # user name
    signed_by_name: str                # display name, as printed in lists
    signed_at: dt.datetime | None
    document_date: dt.date | None      # 成文日期 (the signing day)
    verification_code: str
    supersedes_id: uuid.UUID | None
    superseded_by: uuid.UUID | None

    @property
    def signed(self) -> bool:
        return self.status is DocumentStatus.SIGNED

    @property
    def superseded(self) -> bool:
        return self.superseded_by is not None


@dataclass(frozen=True)
class DocumentDetail(DocumentRow):
    parts: DocumentParts               # in the template language, as edited
    filled: DocumentParts              # the same with the fields filled in: what prints
    fields: Mapping[str, str]
    blocks: tuple[Block, ...]          # the filled body's paragraphs and tables
    issuer_mark: str
    copy_number: str
    secrecy: str
    template_id: uuid.UUID | None
    template_version: int | None
    case_subject_id: uuid.UUID | None
    return_reason: str                 # the last return to draft, kept after resubmission
    returned_by: str
    returned_at: dt.datetime | None
    submitted_at: dt.datetime | None
    approved_at: dt.datetime | None
    sha256: str
    pages: int | None

    def as_edit(self) -> DraftEdit:
        """The draft as it is, to change and pass to `update_draft`."""
        return DraftEdit(self.parts, dict(self.fields), self.issuer_mark, self.copy_number,
                         self.secrecy)


@dataclass(frozen=True)
class DraftEdit:
    """A draft's editable content. `parts` are in the template language (escape literal
    braces with domain.document_templates.escape); `fields` are the values filled in."""

    parts: DocumentParts
    fields: Mapping[str, str] = field(default_factory=dict)
    issuer_mark: str = ""     # red 发文机关标志, e.g. 中共青山县纪律检查委员会文件
    copy_number: str = ""     # 份号: up to 6 digits, printed with leading zeros
    secrecy: str = ""         # 密级和保密期限, e.g. 秘密★1年


@dataclass(frozen=True)
class VerifyResult:
    """What `verify` found for a file."""

    matched: bool                      # exactly the bytes of a signed document
    sha256: str
    document: DocumentRow | None       # the signed document (exact match)
    # A signed document whose verification code the file names, when it is not exact.
    resembles: DocumentRow | None = None
    problem: Message | None = None     # why it is not a match (None when matched)
    stored_intact: bool = True         # the stored copy still has its recorded hash


@dataclass(frozen=True)
class SignedProblem:
    """A signed document whose stored PDF no longer matches what was signed."""

    document_id: uuid.UUID
    number: str
    title: str
    problem: Message
