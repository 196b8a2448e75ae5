"""`zeren report monthly|completeness|duty … -o FILE`: the periodic reports, headless.

- `zeren report monthly --month 2026-10 [--unit NAME] -o FILE.pdf|.xlsx`: the month's
  accountability statistics beside the year to date;
- `zeren report completeness --year Y --quarter Q [--unit NAME] -o FILE.pdf|.xlsx`: the
  quarter's ledger completeness per township and county department and per leader;
- `zeren report duty --year Y (--cadre NAME | --unit NAME) -o FILE.pdf|.xlsx|.docx`: the
  year-end duty report draft of a leader, or of every leader of a unit.

The file's suffix chooses the format (zeren_desktop.cli registers the command).
"""

from __future__ import annotations

import argparse
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
SUFFIXES = {"monthly": (".pdf", ".xlsx"), "completeness": (".pdf", ".xlsx"),
            "duty": (".pdf", ".xlsx", ".docx")}


def month_of(text: str) -> tuple[int, int]:
    """2026-10 (or 2026-1) → (2026, 10)."""
    year, _, month = text.strip().partition("-")
    try:
        value = (int(year), int(month))
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None
    if not 1 <= value[1] <= 12:
        raise argparse.ArgumentTypeError(text)
    return value


def add_commands(commands: Any, common: argparse.ArgumentParser, tr: Translator) -> None:
    report = commands.add_parser("report", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "periodic reports from the records: the monthly statistics table, the"
        " quarterly ledger completeness, the year-end duty report")))
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT")
    output_help = tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the file to write; its suffix chooses the format"))
    unit_help = tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "only this unit and the units under it (id or exact name)"))
    monthly = kinds.add_parser("monthly", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the month's accountability statistics beside the year to date (.pdf, .xlsx)")))
    monthly.add_argument("--month", type=month_of, required=True, metavar="YYYY-MM")
    monthly.add_argument("--unit", help=unit_help)
    monthly.add_argument("-o", "--output", type=Path, required=True, help=output_help)
    completeness = kinds.add_parser("completeness", parents=[common], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "the quarter's duty ledger completeness per unit and leader"
                          " (.pdf, .xlsx)")))
    completeness.add_argument("--year", type=int, required=True)
    completeness.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], required=True)
    completeness.add_argument("--unit", help=unit_help)
    completeness.add_argument("-o", "--output", type=Path, required=True, help=output_help)
    duty = kinds.add_parser("duty", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the year-end duty report draft of a leader or of every leader of a unit"
        " (.pdf, .xlsx, .docx)")))
    duty.add_argument("--year", type=int, required=True)
    whom = duty.add_mutually_exclusive_group(required=True)
    whom.add_argument("--cadre", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the leader (id, ID number or unique name)")))
    whom.add_argument("--unit", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "every leader of this unit's Party committee team (id or exact name)")))
    duty.add_argument("-o", "--output", type=Path, required=True, help=output_help)


def _error(tr: Translator, reason: str) -> int:
    print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(reason=reason),
          file=sys.stderr)
    return EXIT_USAGE


def run(args: argparse.Namespace, services: Services, tr: Translator, sign_in: SignIn) -> int:
    from zeren_desktop.cli_ledger import LookupFailed, lookup_message, resolve_cadre, resolve_unit

    command = getattr(args, "report_command", None)
    if command is None:
        return _error(tr, tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "Say which report: zeren report monthly | completeness | duty")))
    output: Path = args.output
    suffix = output.suffix.lower()
    if suffix not in SUFFIXES[command]:
        return _error(tr, tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "The file must end in {suffixes}.")).format(
                suffixes=" | ".join(SUFFIXES[command])))
    sign_in(services, args, tr)
    try:
        unit = resolve_unit(services, args.unit) if args.unit else None
        cadre = (resolve_cadre(services, args.cadre)
                 if getattr(args, "cadre", None) else None)
    except LookupFailed as error:
        return _error(tr, lookup_message(error, tr))
    reports = services.periodic_reports
    if command == "monthly":
        year, month = args.month
        if suffix == ".pdf":
            count = reports.export_monthly_pdf(year, month, output, unit, translate=tr)
        else:
            count = reports.export_monthly_xlsx(year, month, output, unit, translate=tr)
    elif command == "completeness":
        if suffix == ".pdf":
            count = reports.export_ledger_completeness_pdf(args.year, args.quarter, output,
                                                           unit, translate=tr)
        else:
            count = reports.export_ledger_completeness_xlsx(args.year, args.quarter, output,
                                                            unit, translate=tr)
    else:
        count = reports.export_duty_report(args.year, output, suffix[1:], cadre_id=cadre,
                                           unit_id=unit if cadre is None else None,
                                           translate=tr)
    if suffix == ".pdf":
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: {pages} pages.")).format(
            file=output, pages=count))
    else:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}.")).format(file=output))
    return EXIT_OK
