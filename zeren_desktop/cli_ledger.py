"""`zeren export ledger-book|lists`, `zeren ledger import|export|template`, `zeren lists`.

The duty-ledger commands of the headless CLI (zeren_desktop.cli registers them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zeren_desktop.domain.enums import LedgerCategory
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zeren_desktop.cli import Translator
    from zeren_desktop.services.app import Services

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SignIn = Callable[["Services", argparse.Namespace, "Translator"], None]


class LookupFailed(Exception):
    """A cadre or unit given on the command line is unknown or ambiguous (exit 2)."""


def add_commands(commands: Any, common: argparse.ArgumentParser, tr: Translator) -> None:
    export = commands.add_parser("export", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "print the ledger book or responsibility lists as PDF")))
    export_commands = export.add_subparsers(dest="export_command", metavar="WHAT")
    book = export_commands.add_parser("ledger-book", parents=[common], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "a cadre's ledger book for a year (or every cadre of a unit)")))
    who = book.add_mutually_exclusive_group(required=True)
    who.add_argument("--cadre", action="append", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the cadre: database id (UUID, or its first 8+ digits), ID number or a unique"
        " name; may be repeated")))
    who.add_argument("--unit", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "every cadre of this unit and the units under it (id or exact name)")))
    book.add_argument("--year", type=int, default=dt.date.today().year)
    book.add_argument("--blank", action="store_true", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "a blank book with empty ruled rows, for filling in by hand")))
    book.add_argument("-o", "--output", type=Path, required=True)
    lists = export_commands.add_parser("lists", parents=[common], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "the responsibility lists of a year, to sign")))
    lists.add_argument("--year", type=int, default=dt.date.today().year)
    lists.add_argument("--unit")
    lists.add_argument("-o", "--output", type=Path, required=True)

    ledger = commands.add_parser("ledger", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "duty-ledger entries: import from or export to a spreadsheet")))
    ledger_commands = ledger.add_subparsers(dest="ledger_command", metavar="ACTION")
    imp = ledger_commands.add_parser("import", parents=[common], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "import entries from .xlsx or .csv (good rows, all or none)")))
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "only check the file and list the bad rows")))
    exp = ledger_commands.add_parser("export", parents=[common], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "export entries to .xlsx")))
    exp.add_argument("-o", "--output", type=Path, required=True)
    exp.add_argument("--from", dest="date_from", type=dt.date.fromisoformat)
    exp.add_argument("--to", dest="date_to", type=dt.date.fromisoformat)
    exp.add_argument("--cadre")
    exp.add_argument("--unit")
    exp.add_argument("--category", choices=[c.value for c in LedgerCategory])
    exp.add_argument("--search", default="")
    template = ledger_commands.add_parser("template", parents=[common], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "write an .xlsx with the expected columns and an example row")))
    template.add_argument("file", type=Path)

    issue = commands.add_parser("lists", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "responsibility lists: issue a year's lists to the teams of units, or list them")))
    issue_commands = issue.add_subparsers(dest="lists_command", metavar="ACTION")
    do_issue = issue_commands.add_parser("issue", parents=[common])
    do_issue.add_argument("--year", type=int, default=dt.date.today().year)
    do_issue.add_argument("--unit", action="append", required=True)
    do_issue.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    show = issue_commands.add_parser("list", parents=[common])
    show.add_argument("--year", type=int)
    show.add_argument("--unit")


def resolve_cadre(services: Services, text: str) -> uuid.UUID:
    """A cadre by UUID (any spelling, or a unique prefix of 8+ hex digits), ID number or a
    unique name."""
    text = text.strip()
    try:
        cadre_id = uuid.UUID(text)
    except ValueError:
        pass
    else:
        services.cadres.get(cadre_id)  # not found: a clear error
        return cadre_id
    rows = services.cadres.search(text) if text else []
    hex_text = text.replace("-", "").lower()
    candidates = {r.id for r in rows if r.name == text}
    if len(text) == 18:
        candidates |= {r.id for r in rows}
    if not candidates and len(hex_text) >= 8 and all(c in "0123456789abcdef" for c in hex_text):
        candidates = {r.id for r in services.cadres.search() if r.id.hex.startswith(hex_text)}
    if len(candidates) == 1:
        return candidates.pop()
    raise LookupFailed(text, len(candidates))


def resolve_unit(services: Services, text: str) -> uuid.UUID:
    text = text.strip()
    units = services.units.list_all()
    try:
        unit_id = uuid.UUID(text)
    except ValueError:
        matches = [u.id for u in units if text in (u.name, u.short_name)]
    else:
        matches = [u.id for u in units if u.id == unit_id]
    if len(matches) == 1:
        return matches[0]
    raise LookupFailed(text, len(matches))


def lookup_message(error: LookupFailed, tr: Translator) -> str:
    text, count = error.args
    if count:
        return tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "'{text}' matches {n} records; give the database id.")).format(
                text=text, n=count)
    return tr.cli(QT_TRANSLATE_NOOP("Cli", "Nothing matches '{text}'.")).format(text=text)


def run(args: argparse.Namespace, services: Services, tr: Translator, sign_in: SignIn) -> int:
    """Dispatch `export`, `ledger` and `lists`."""
    sign_in(services, args, tr)
    try:
        if args.command == "export":
            return _export(args, services, tr)
        if args.command == "ledger":
            return _ledger(args, services, tr)
        return _lists(args, services, tr)
    except LookupFailed as error:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(
            reason=lookup_message(error, tr)), file=sys.stderr)
        return EXIT_USAGE


def _export(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    if args.export_command == "ledger-book":
        cadres = [resolve_cadre(services, c) for c in args.cadre or []]
        unit = resolve_unit(services, args.unit) if args.unit else None
        pages = services.books.ledger_books(args.output, args.year, cadre_ids=cadres,
                                            unit_id=unit, blank=args.blank, translate=tr)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: {pages} pages.")).format(
            file=args.output, pages=pages))
        return EXIT_OK
    if args.export_command == "lists":
        unit = resolve_unit(services, args.unit) if args.unit else None
        rows = services.lists.search(year=args.year, unit_id=unit)
        pages = services.books.list_documents(args.output, [r.id for r in rows], translate=tr)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: {pages} pages.")).format(
            file=args.output, pages=pages))
        return EXIT_OK
    return EXIT_USAGE


def _ledger(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop.services.ledger_dto import LedgerFilter

    if args.ledger_command == "import":
        preview = services.ledger.import_preview(args.file)
        for problem in preview.problems:
            print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Row {row}: {reason}")).format(
                row=problem.row, reason=problem.message.render(tr)), file=sys.stderr)
        if args.dry_run:
            print(tr.cli(QT_TRANSLATE_NOOP(
                "Cli", "{good} rows can be imported, {bad} rows have problems.")).format(
                    good=len(preview.rows), bad=len(preview.problems)))
            return EXIT_OK if not preview.problems else EXIT_FAILED
        result = services.ledger.import_file(args.file)
        print(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "Imported {good} entries; {bad} rows were not imported.")).format(
                good=result.imported, bad=result.problems))
        return EXIT_OK if not result.problems else EXIT_FAILED
    if args.ledger_command == "export":
        where = LedgerFilter(
            cadre_id=resolve_cadre(services, args.cadre) if args.cadre else None,
            unit_id=resolve_unit(services, args.unit) if args.unit else None,
            date_from=args.date_from, date_to=args.date_to,
            category=LedgerCategory(args.category) if args.category else None,
            text=args.search)
        rows = services.ledger.export_xlsx(args.output, where, translate=tr)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: {rows} entries.")).format(
            file=args.output, rows=rows))
        return EXIT_OK
    if args.ledger_command == "template":
        from zeren_desktop.services.ledger_import import write_ledger_template

        write_ledger_template(args.file, tr)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}.")).format(file=args.file))
        return EXIT_OK
    return EXIT_USAGE


def _lists(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop.domain.ledger import IssueRequest
    from zeren_desktop.services.lists import display_title

    if args.lists_command == "issue":
        units = tuple(resolve_unit(services, u) for u in args.unit)
        result = services.lists.issue(IssueRequest(args.year, units, args.date))
        print(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "Issued {created} lists; {skipped} holders already had theirs.")).format(
                created=len(result.created), skipped=result.skipped))
        return EXIT_OK
    if args.lists_command == "list":
        unit = resolve_unit(services, args.unit) if args.unit else None
        for row in services.lists.search(year=args.year, unit_id=unit):
            signed = f"{row.signed_on} {row.signed_by}" if row.signed_on else "-"
            print("\t".join([str(row.id), row.number, row.holder, row.unit_name,
                             display_title(row.year, row.role, row.title, tr), signed,
                             f"{row.done}/{row.items}"]))
        return EXIT_OK
    return EXIT_USAGE
