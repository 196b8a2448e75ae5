"""Official documents (公文): what a document holds, independent of how it is drawn.

The contract between the documents service (which fills `DocumentContent` from the records
and a template) and the GB/T 9704 builder in `reports/official_document.py` (which draws
it). No Qt, no ReportLab here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from zeren_desktop.domain.enums import LabelledEnum


class DocumentKind(LabelledEnum):
    PROPOSAL = "proposal"          # 问责建议书
    DECISION = "decision"          # 问责决定书
    TALK_RECORD = "talk_record"    # 约谈 / 诫勉谈话记录
    NOTICE = "notice"              # 通报 (circulated typical cases)
    LIST = "list"                  # 责任清单
    RECEIPT = "receipt"            # 送达回证
    STATISTICS = "statistics"      # 统计报表
    CLEARANCE = "clearance"        # 党风廉政意见回复


class DocumentStatus(LabelledEnum):
    """Draft → submitted → approved → signed; a signed one is frozen for ever."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SIGNED = "signed"


class BlockKind(StrEnum):
    """The paragraph styles of a GB/T 9704 body."""

    HEADING1 = "heading1"    # 一、 黑体
    HEADING2 = "heading2"    # （一） 楷体
    HEADING3 = "heading3"    # 1. 仿宋 (bold allowed)
    PARAGRAPH = "paragraph"  # 仿宋, first line indented two characters
    PLAIN = "plain"          # 仿宋, no indent (e.g. the addressee line, list items)
    TABLE = "table"          # rows of cells (talk record particulars, receipt of service)


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()   # TABLE only; the first row is the header
    # TABLE only: how many of the first rows are headings (黑体, repeated on every page);
    # 0 for a grid of labels and values such as a talk record's particulars
    header_rows: int = 1


@dataclass(frozen=True)
class DocumentContent:
    """Everything printed on a document's pages. Empty strings are left out."""

    kind: DocumentKind
    title: str                         # 2号小标宋, centred
    blocks: tuple[Block, ...]
    issuer_mark: str = ""              # red 发文机关标志, e.g. "中共青山县纪律检查委员会文件"
    number: str = ""                   # 发文字号 "青纪发〔2026〕3号"; "" on drafts
    copy_number: str = ""              # 份号, e.g. "000012" (top left, when the office sets it)
    secrecy: str = ""                  # 密级和保密期限, e.g. "秘密★1年"
    addressee: str = ""                # 主送机关, the line after the title, ending with "：" added
    signer: str = ""                   # 发文机关署名 at the foot of the body
    date: dt.date | None = None        # 成文日期, printed without zero padding
    copies_to: tuple[str, ...] = ()    # 抄送 in the colophon
    printed_by: str = ""               # 印发机关 in the colophon
    printed_on: dt.date | None = None  # 印发日期 in the colophon
    verification_code: str = ""        # signed documents: code and QR in the bottom margin
    draft: bool = False                # a "草稿" mark on every page (never on signed ones)
    page_signature: str = ""           # printed on every page's foot, e.g. talk records:
    #                                    "以上记录我已看过，与我所说一致。签名："
    attachments: tuple[str, ...] = field(default_factory=tuple)  # 附件 names, numbered


def format_document_number(prefix: str, year: int, sequence: int) -> str:
    """GB/T 9704 发文字号: the year in 〔〕, no 第, no leading zeros: 青纪发〔2026〕3号."""
    if sequence < 1:
        raise ValueError("a document number starts at 1")
    return f"{prefix}〔{year}〕{sequence}号"


def format_document_date(day: dt.date) -> str:
    """成文日期 in Arabic numerals with no zero padding: 2016年5月9日."""
    return f"{day.year}年{day.month}月{day.day}日"
