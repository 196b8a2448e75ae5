"""`zeren units import FILE [--dry-run]`, `zeren cadres import FILE [--dry-run]` and
`zeren units|cadres import --template FILE.xlsx`.

The unit list and the cadre roster from a spreadsheet, headless (zeren_desktop.cli adds
the arguments to its `units` and `cadres` commands). A file with any bad row imports
nothing: the bad rows are printed with their row numbers and the exit code is 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zeren_desktop.cli import Translator
    from zeren_desktop.services.app import Services
    from zeren_desktop.services.roster_import import RosterPreview

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SignIn = Callable[["Services", argparse.Namespace, "Translator"], None]


def add_arguments(parser: argparse.ArgumentParser, tr: Translator) -> None:
    """`FILE`, `--dry-run` and `--template` for the `import` action of `units`/`cadres`."""
    parser.add_argument("file", type=Path, nargs="?", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "with import: the .xlsx or .csv file to import")))
    parser.add_argument("--dry-run", action="store_true", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "with import: check every row and say what would happen; import nothing")))
    parser.add_argument("--template", type=Path, metavar="FILE.xlsx", help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "with import: write an .xlsx with the expected columns and"
                          " an example row, and import nothing")))


def run(kind: str, args: argparse.Namespace, services: Services, tr: Translator,
        sign_in: SignIn) -> int:
    """`units import` (kind "units") or `cadres import` (kind "cadres")."""
    from zeren_desktop.services import roster_import

    if args.template is not None:
        if kind == roster_import.UNITS:
            roster_import.write_unit_template(args.template, tr)
        else:
            roster_import.write_cadre_template(args.template, tr)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}.")).format(file=args.template))
        return EXIT_OK
    if args.file is None:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(
            reason=tr.cli(QT_TRANSLATE_NOOP(
                "Cli", "Give the file to import, or --template FILE.xlsx."))),
            file=sys.stderr)
        return EXIT_USAGE
    sign_in(services, args, tr)
    service = services.units if kind == roster_import.UNITS else services.cadres
    if args.dry_run:
        preview = service.import_preview(args.file)
        if not preview.rows:
            return _no_data_rows(tr)
        _print_rows(preview, tr)
        _print_problems(preview, tr)
        print(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "Checked {total} rows: {new} new, {updated} to update, {unchanged} already "
            "present, {errors} with problems. Nothing was imported.")).format(
                total=len(preview.rows), new=preview.new, updated=preview.updated,
                unchanged=preview.unchanged, errors=preview.errors))
        return EXIT_FAILED if preview.errors else EXIT_OK
    result = service.import_file(args.file)
    preview = result.preview
    if not preview.rows:
        return _no_data_rows(tr)
    if preview.errors:
        _print_problems(preview, tr)
        print(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "Nothing was imported: {errors} of {total} rows have problems. Correct "
            "them and import the file again.")).format(errors=preview.errors,
                                                       total=len(preview.rows)),
              file=sys.stderr)
        return EXIT_FAILED
    print(tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "Imported: {new} new, {updated} updated, {unchanged} already present.")).format(
            new=result.created, updated=result.updated, unchanged=result.unchanged))
    return EXIT_OK


def _no_data_rows(tr: Translator) -> int:
    """A header alone: say so, rather than "0 rows, nothing to do"."""
    print(tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "The file has no data rows, only the header row: nothing was imported.")),
        file=sys.stderr)
    return EXIT_FAILED


def _print_rows(preview: RosterPreview, tr: Translator) -> None:
    """One line a row: row number, what happens to it, the first value, the reason."""
    from zeren_desktop.services.roster_import import render_value, status_label

    for row in preview.rows:
        first = render_value(row.values[0], tr) if row.values else ""
        print("\t".join([str(row.row), status_label(row.status).render(tr), first,
                         row.reason(tr)]))


def _print_problems(preview: RosterPreview, tr: Translator) -> None:
    for row in preview.error_rows:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Row {row}: {reason}")).format(
            row=row.row, reason=row.reason(tr)), file=sys.stderr)
