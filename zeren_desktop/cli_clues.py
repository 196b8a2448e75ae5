"""`zeren import clues FILE [--report FILE] [--dry-run]`, `zeren import clues --template
FILE.xlsx`, `zeren clues list` and `zeren clues rates`.

The problem-clue commands of the headless CLI (zeren_desktop.cli registers them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zeren_desktop.domain.enums import ClueHandling, ClueResult, ClueSource
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zeren_desktop.cli import Translator
    from zeren_desktop.services.app import Services

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SignIn = Callable[["Services", argparse.Namespace, "Translator"], None]
PROGRESS_EVERY = 50_000


def add_commands(commands: Any, common: argparse.ArgumentParser, tr: Translator) -> None:
    imp = commands.add_parser("import", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "bulk import from a spreadsheet (clues: big-data comparison results)")))
    what = imp.add_subparsers(dest="import_command", metavar="WHAT")
    clues = what.add_parser("clues", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "import problem clues from .xlsx or .csv (good rows, all or none; rows"
        " imported before are not added again)")))
    clues.add_argument("file", type=Path, nargs="?")
    clues.add_argument("--report", type=Path, help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "where to write the rejected rows (CSV; default: next to FILE)")))
    clues.add_argument("--dry-run", action="store_true", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "only check the file and write the report of rejected rows")))
    clues.add_argument("--template", type=Path, metavar="FILE.xlsx", help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "write an .xlsx with the expected columns and an example"
                          " row, and import nothing")))

    register = commands.add_parser("clues", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "problem clues: list them, or their verification rate")))
    actions = register.add_subparsers(dest="clues_command", metavar="ACTION")
    show = actions.add_parser("list", parents=[common])
    show.add_argument("--source", choices=[s.value for s in ClueSource])
    show.add_argument("--handling", choices=[h.value for h in ClueHandling])
    show.add_argument("--result", choices=[r.value for r in ClueResult])
    show.add_argument("--from", dest="date_from", type=dt.date.fromisoformat)
    show.add_argument("--to", dest="date_to", type=dt.date.fromisoformat)
    show.add_argument("--search", default="")
    show.add_argument("--limit", type=int, default=100)
    rates = actions.add_parser("rates", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "verification rate (查实率) per source and period")))
    rates.add_argument("--from", dest="date_from", type=dt.date.fromisoformat)
    rates.add_argument("--to", dest="date_to", type=dt.date.fromisoformat)
    rates.add_argument("--by", choices=["year", "month"], default=None)


def run(args: argparse.Namespace, services: Services, tr: Translator, sign_in: SignIn) -> int:
    """Dispatch `import clues` and `clues`."""
    if args.command == "import":
        if args.import_command != "clues":
            return _usage(tr, tr.cli(QT_TRANSLATE_NOOP("Cli", "Say what to import: clues.")))
        if args.template is not None:
            from zeren_desktop.services.clue_import import write_clue_template

            write_clue_template(args.template, tr)
            print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}.")).format(file=args.template))
            return EXIT_OK
        if args.file is None:
            return _usage(tr, tr.cli(QT_TRANSLATE_NOOP(
                "Cli", "Give the file to import, or --template FILE.xlsx.")))
        sign_in(services, args, tr)
        return _import(args, services, tr)
    sign_in(services, args, tr)
    if args.clues_command == "list":
        return _list(args, services, tr)
    if args.clues_command == "rates":
        return _rates(args, services, tr)
    return EXIT_USAGE


def _usage(tr: Translator, reason: str) -> int:
    print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(reason=reason),
          file=sys.stderr)
    return EXIT_USAGE


def _import(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    progress = None
    if sys.stderr.isatty():
        def progress(rows: int) -> None:
            if rows % PROGRESS_EVERY == 0:
                print(tr.cli(QT_TRANSLATE_NOOP("Cli", "{rows} rows read…")).format(rows=rows),
                      file=sys.stderr)

    result = services.clues.import_file(args.file, report=args.report, dry_run=args.dry_run,
                                        progress=progress, translate=tr)
    if args.dry_run:
        print(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "Checked {total} rows: {good} can be imported, {already} were imported "
            "before, {bad} rows have problems. Nothing was imported.")).format(
                total=result.total_rows, good=result.imported, already=result.already,
                bad=result.rejected))
    else:
        print(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "Imported {good} clues; {already} rows were imported before; {bad} rows "
            "were not imported.")).format(good=result.imported, already=result.already,
                                          bad=result.rejected))
    if result.report is not None:
        print(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "The rows not imported and why: {file}")).format(file=result.report),
            file=sys.stderr)
    return EXIT_OK if not result.rejected else EXIT_FAILED


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}"


def _list(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop.services.clue_dto import ClueFilter

    where = ClueFilter(
        source=ClueSource(args.source) if args.source else None,
        handling=ClueHandling(args.handling) if args.handling else None,
        result=ClueResult(args.result) if args.result else None,
        date_from=args.date_from, date_to=args.date_to, text=args.search)
    for row in services.clues.search(where, limit=args.limit):
        result = tr(row.result.context(), row.result.label) if row.result else "-"
        print("\t".join([
            row.number, row.received_on.isoformat(), tr(row.source.context(), row.source.label),
            row.subject_names, row.unit_display, tr(row.handling.context(), row.handling.label),
            result, _yuan(row.money_recovered_fen), _yuan(row.money_corrected_fen),
            str(row.persons_disqualified), " ".join(row.summary.split())[:60]]))
    return EXIT_OK


def _rates(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    total = tr.cli(QT_TRANSLATE_NOOP("Cli", "All sources"))
    for rate in services.clues.verification_rates(args.date_from, args.date_to,
                                                   period=args.by or ""):
        source = tr(rate.source.context(), rate.source.label) if rate.source else total
        percent = "-" if rate.rate_percent is None else f"{rate.rate_percent:.1f}%"
        print("\t".join([rate.period or "-", source, str(rate.received), str(rate.concluded),
                         str(rate.confirmed + rate.partly), percent]))
    return EXIT_OK
