"""A draft's body as a .docx for WPS or Word, and back (python-docx).

Export writes the filled body: headings with Word's heading styles, paragraphs in the
Normal style (仿宋), tables as tables. Import reads paragraphs and tables in order back
into body text: the text decides the paragraph style (一、 is a heading whatever Word's
style says), a table becomes `| … |` lines, and every brace is escaped so nothing typed in
Word is read as a field. What is signed is always the PDF the program makes.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from zeren_desktop.domain.document_templates import (
    PART_LIMITS,
    escape,
    header_rule,
    lines_of,
    table_row,
    to_blocks,
)
from zeren_desktop.domain.documents import BlockKind
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_STYLES = {BlockKind.HEADING1: "Heading 1", BlockKind.HEADING2: "Heading 2",
           BlockKind.HEADING3: "Heading 3"}
_FONTS = {"Normal": "仿宋", "Title": "方正小标宋简体", "Heading 1": "黑体",
          "Heading 2": "楷体", "Heading 3": "仿宋"}


def _east_asian_font(style: Any, name: str) -> None:
    """WPS and Word take Chinese text's font from w:eastAsia, not from the Latin name."""
    from docx.oxml.ns import qn

    style.font.name = name
    r_pr = style.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = r_pr.makeelement(qn("w:rFonts"), {})
        r_pr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def write_docx(target: Path, title: str, filled_body: str) -> int:
    """The title and the body's blocks; the number of blocks written."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    document = docx.Document()
    for style_name, font in _FONTS.items():
        style = document.styles[style_name]
        _east_asian_font(style, font)
        style.font.size = Pt(22 if style_name == "Title" else 16)
    document.add_paragraph(title, style="Title")
    blocks = to_blocks(filled_body)
    for block in blocks:
        if block.kind is BlockKind.TABLE:
            width = max((len(r) for r in block.rows), default=1)
            table = document.add_table(rows=len(block.rows), cols=width)
            table.style = document.styles["Table Grid"]
            for r, row in enumerate(block.rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
                if r < block.header_rows:  # Word's "repeat as header row" keeps it a header
                    header = table.rows[r]._tr.get_or_add_trPr().makeelement(
                        qn("w:tblHeader"), {})
                    table.rows[r]._tr.get_or_add_trPr().append(header)
        else:
            document.add_paragraph(block.text, style=_STYLES.get(block.kind, "Normal"))
    document.save(str(target))
    return len(blocks)


def read_docx(source: Path) -> str:
    """The body text of a .docx in the template language (the Title paragraph left out);
    ValidationError on field `file` when it is not a readable .docx."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(source))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValidationError("file", Message("Documents", QT_TRANSLATE_NOOP(
            "Documents", "{file} is not a Word document (.docx) that can be read: {reason}"),
            {"file": Path(source).name, "reason": str(exc) or type(exc).__name__})) from exc
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            paragraph = Paragraph(element, document)
            style = paragraph.style.name if paragraph.style is not None else ""
            if style == "Title":
                continue
            lines.extend(escape(line) for line in lines_of(paragraph.text))
        elif element.tag == qn("w:tbl"):
            table = Table(element, document)
            in_header = True
            for index, row in enumerate(table.rows):
                cells = _unique_cells(row.cells)
                marked = row._tr.trPr is not None and \
                    row._tr.trPr.find(qn("w:tblHeader")) is not None
                if in_header and not marked:
                    in_header = False
                    if index:  # the rows before were the header
                        lines.append(header_rule(len(cells)))
                lines.append(escape(table_row(*(c.text for c in cells))))
    text = "\n".join(lines)
    if len(text) > PART_LIMITS["body"]:
        raise ValidationError("file", Message("Documents", QT_TRANSLATE_NOOP(
            "Documents", "At most {limit} characters are allowed here ({n} given)."),
            {"limit": PART_LIMITS["body"], "n": len(text)}))
    return text


def _unique_cells(cells: Any) -> list[Any]:
    """Merged cells come back once per grid column: keep each cell once."""
    seen: list[Any] = []
    for cell in cells:
        if not seen or cell._tc is not seen[-1]._tc:
            seen.append(cell)
    return seen
