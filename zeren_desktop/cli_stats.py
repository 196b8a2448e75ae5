"""`zeren stats --from D --to D [--unit ID|name] --format json|xlsx|pdf [-o FILE]`.

The accountability statistics of a period (zeren_desktop.cli registers the command).
JSON goes to stdout unless -o is given; xlsx and pdf need -o.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zeren_desktop.cli import Translator
    from zeren_desktop.services.app import Services

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SignIn = Callable[["Services", argparse.Namespace, "Translator"], None]


def add_commands(commands: Any, common: argparse.ArgumentParser, tr: Translator) -> None:
    stats = commands.add_parser("stats", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "accountability statistics of a period (cases by decision date, clues by"
        " date received)")))
    stats.add_argument("--from", dest="date_from", type=dt.date.fromisoformat, required=True,
                       metavar="YYYY-MM-DD")
    stats.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, required=True,
                       metavar="YYYY-MM-DD")
    stats.add_argument("--unit", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "only this unit and the units under it (id or exact name)")))
    stats.add_argument("--format", choices=["json", "xlsx", "pdf"], default="json")
    stats.add_argument("-o", "--output", type=Path, help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the file to write (JSON: standard output when not given)")))


def run(args: argparse.Namespace, services: Services, tr: Translator, sign_in: SignIn) -> int:
    from zeren_desktop.cli_ledger import LookupFailed, lookup_message, resolve_unit
    from zeren_desktop.domain.statistics import report_to_json

    if args.format != "json" and args.output is None:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(
            reason=tr.cli(QT_TRANSLATE_NOOP("Cli", "--format {format} needs -o FILE.")).format(
                format=args.format)), file=sys.stderr)
        return EXIT_USAGE
    sign_in(services, args, tr)
    try:
        unit = resolve_unit(services, args.unit) if args.unit else None
    except LookupFailed as error:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(
            reason=lookup_message(error, tr)), file=sys.stderr)
        return EXIT_USAGE
    start, end = args.date_from, args.date_to
    if args.format == "xlsx":
        services.statistics.export_xlsx(args.output, start, end, unit, translate=tr)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}.")).format(file=args.output))
        return EXIT_OK
    if args.format == "pdf":
        pages = services.statistics.export_pdf(args.output, start, end, unit, translate=tr)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: {pages} pages.")).format(
            file=args.output, pages=pages))
        return EXIT_OK
    text = json.dumps(report_to_json(services.statistics.report(start, end, unit)),
                      ensure_ascii=False, indent=2)
    if args.output is None:
        sys.stdout.write(text + "\n")
        return EXIT_OK
    args.output.write_text(text + "\n", "utf-8")
    print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}.")).format(file=args.output),
          file=sys.stderr)
    return EXIT_OK
