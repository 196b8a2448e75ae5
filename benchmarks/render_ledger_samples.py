"""Render the sample pages in docs/ (cover and an entry page of a Chinese ledger book).

    .venv/bin/python benchmarks/render_ledger_samples.py [--pdf-only]

Needs pdftoppm (poppler-utils). Also writes the sample PDFs next to the images' folder
in a temporary directory and prints the pdf_ruler command to measure them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_book import sample_book, sample_list_document, translate_zh

from zeren_desktop import paths
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.reports.ledger_book import build_ledger_books
from zeren_desktop.reports.list_document import build_list_documents

DOCS = Path(__file__).resolve().parent.parent / "docs"
ENTRY_PAGE = 5     # cover, instructions, list, first entry page, a full entry page


def render(pdf: Path, page: int, target: Path, dpi: int = 80) -> None:
    stem = target.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(pdf), str(stem)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="ledger-")))
    args = parser.parse_args()
    font = register_bundled_font(paths.resources_dir())
    args.out.mkdir(parents=True, exist_ok=True)
    book_pdf, list_pdf = args.out / "ledger-book.pdf", args.out / "list-document.pdf"
    pages = build_ledger_books(book_pdf, [sample_book(40), sample_book(name="张三丰", blank=True)],
                               font, translate=translate_zh)
    build_list_documents(list_pdf, [sample_list_document()], font, translate=translate_zh)
    print(f"{book_pdf} ({pages} pages), {list_pdf}")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no images")
        return 1
    render(book_pdf, 1, DOCS / "ledger-book-cover.png")
    render(book_pdf, ENTRY_PAGE, DOCS / "ledger-book-entry-page.png")
    print(f"wrote {DOCS / 'ledger-book-cover.png'} and {DOCS / 'ledger-book-entry-page.png'}")
    print(f"measure: python pdf_ruler.py {book_pdf} --profile ledger; "
          f"python pdf_ruler.py {list_pdf}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
