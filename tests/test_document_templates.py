"""The template language, the shipped templates and the small printed pieces (no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from zeren_desktop import paths
from zeren_desktop.domain.document_codes import (
    CODE_ALPHABET,
    chinese_date,
    chinese_numeral,
    citations,
    codes_in,
    new_verification_code,
    normalize_code,
)
from zeren_desktop.domain.document_templates import (
    DocumentParts,
    check_parts,
    escape,
    fields_for,
    fill,
    load_default_templates,
    load_terms,
    to_blocks,
    used_fields,
)
from zeren_desktop.domain.documents import BlockKind, DocumentKind
from zeren_desktop.domain.regulations import load_regulations
from zeren_desktop.domain.text import ValidationError

FOLDER = paths.resources_dir() / "documents"


def test_every_kind_has_a_shipped_template_using_only_its_fields() -> None:
    templates = load_default_templates(FOLDER)
    assert set(templates) == set(DocumentKind)
    for kind, template in templates.items():
        used = {name for _part, text in template.parts.items() for name in used_fields(text)}
        assert used <= {f.name for f in fields_for(kind)}, kind
        assert template.parts.title, kind
    assert "以上记录我已看过，与我所说一致" in templates[DocumentKind.TALK_RECORD].parts \
        .page_signature
    terms = load_terms(FOLDER)
    assert terms.term("sex", "female") == "女"
    assert terms.term("talk_kind", "admonishment") == "诫勉谈话"


def test_lines_become_headings_paragraphs_and_tables() -> None:
    body = ("为加强管理，现通知如下。\n\n一、基本事实\n（一）发放情况\n1.发放时间\n"
            "1.5万元已退缴。\n| 项目 | 内容 |\n| --- | --- |\n| 受送达人 | 张三 |\n|  | 备注 |\n"
            "（1）第一项\n| 谈话对象 | 张三 |\n| 谈话人 | 李四")
    kinds = [(b.kind, b.text) for b in to_blocks(body)]
    assert kinds[:5] == [
        (BlockKind.PARAGRAPH, "为加强管理，现通知如下。"), (BlockKind.HEADING1, "一、基本事实"),
        (BlockKind.HEADING2, "（一）发放情况"), (BlockKind.HEADING3, "1.发放时间"),
        (BlockKind.PARAGRAPH, "1.5万元已退缴。")]
    table = to_blocks(body)[5]
    assert table.kind is BlockKind.TABLE
    assert table.rows == (("项目", "内容"), ("受送达人", "张三"), ("", "备注"))
    assert table.header_rows == 1
    assert kinds[6] == (BlockKind.PARAGRAPH, "（1）第一项")
    particulars = to_blocks(body)[7]  # no rule: a grid of labels and values, no header
    assert particulars.rows == (("谈话对象", "张三"), ("谈话人", "李四"))
    assert particulars.header_rows == 0


def test_fields_are_filled_and_unknown_ones_named() -> None:
    text = "给予{subject_name}{measures}处理。{{原样}}"
    assert fill(text, {"subject_name": "张三", "measures": "诫勉"}) == "给予张三诫勉处理。{原样}"
    assert fill(text, {}) == "给予处理。{原样}"
    assert fill(escape("a{b}c"), {"b": "x"}) == "a{b}c"
    parts = DocumentParts(title="决定", body="{subject_name}，{subject_nickname}")
    with pytest.raises(ValidationError, match="subject_nickname") as caught:
        check_parts(DocumentKind.DECISION, parts)
    assert caught.value.field == "body"
    with pytest.raises(ValidationError, match="subject_name"):  # not a field of a talk
        check_parts(DocumentKind.STATISTICS, DocumentParts(title="{subject_name}"))
    for bad in ("{facts", "facts}", "{0}", "{facts!r}", "{facts:>3}", "{a.b}"):
        with pytest.raises(ValidationError):
            check_parts(DocumentKind.DECISION, DocumentParts(title="t", body=bad))
    with pytest.raises(ValidationError, match="title"):
        check_parts(DocumentKind.DECISION, DocumentParts(title="  ", body="x"))


def test_numbers_dates_and_citations_as_printed() -> None:
    assert [chinese_numeral(n) for n in (1, 7, 10, 12, 20, 21, 100, 105, 110)] == [
        "一", "七", "十", "十二", "二十", "二十一", "一百", "一百零五", "一百一十"]
    assert chinese_date(dt.date(2016, 5, 9)) == "2016年5月9日"
    regs = load_regulations(paths.resources_dir() / "regulations")
    text = citations(regs, ["hubei-2016/7.7", "hubei-2016/6.3", "hubei-2016/7.7",
                            "hubei-2016/16.2", "nowhere/1"])
    assert text == ("《湖北省党风廉政建设主体责任和监督责任追究暂行办法》"
                    "第七条第（七）项、第六条第（三）项、第十六条第二款")


def test_verification_codes_are_short_unambiguous_and_read_back() -> None:
    codes = {new_verification_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert len(code) == 12 and code[4] == code[9] == "-"
        assert set(code.replace("-", "")) <= set(CODE_ALPHABET)
        assert not set(code) & set("ILOU")
        assert normalize_code(code.lower().replace("-", "")) == code
    assert normalize_code("7kq2 m9xd 4t") == "7KQ2-M9XD-4T"
    assert normalize_code("OIL2-M9XD-4T") == "0112-M9XD-4T"
    assert normalize_code("7KQ2-M9XD") is None and normalize_code("7KQ2-M9XD-4U") is None
    assert codes_in(b"xx 7KQ2-M9XD-4T yy 7KQ2-M9XD-4T") == ["7KQ2-M9XD-4T"]
