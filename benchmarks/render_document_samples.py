"""Render the official-document pictures in docs/: page 1 of a decision (问责决定书) and
of a talk record (诫勉谈话记录), GB/T 9704 pages with this computer's fonts.

    .venv/bin/python benchmarks/render_document_samples.py [--out FOLDER]

Needs pdftoppm (poppler-utils). Writes the sample PDFs to FOLDER (default: a temporary
folder), the images to docs/, and prints the fonts used and the pdf_ruler command.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_documents import sample_decision, sample_talk_record

from zeren_desktop.reports.fonts import document_fonts
from zeren_desktop.reports.official_document import build_official_document

DOCS = Path(__file__).resolve().parent.parent / "docs"


def render(pdf: Path, page: int, target: Path, dpi: int = 80) -> None:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page),
                    "-l", str(page), str(pdf), str(target.with_suffix(""))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.mkdtemp(prefix="documents-")))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    fonts = document_fonts()
    for role, source in fonts.report.roles:
        note = "" if not fonts.report.is_fallback(role) else " (fallback)"
        print(f"{role}: {source.path}{note}")
    print("rare characters: " + ", ".join(str(s.path) for s in fonts.report.rare))
    written = []
    for name, content in (("document-decision", sample_decision()),
                          ("document-talk-record", sample_talk_record())):
        pdf = args.out / f"{name}.pdf"
        pages = build_official_document(pdf, content, fonts)
        print(f"{pdf}: {pages} pages")
        written.append((pdf, DOCS / f"{name}.png"))
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no images")
        return 1
    for pdf, png in written:
        render(pdf, 1, png)
        print(f"wrote {png}")
    print("measure: python pdf_ruler.py " + " ".join(str(pdf) for pdf, _ in written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
