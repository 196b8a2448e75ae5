"""`zeren assessment rank --year Y [--kind township|department] [--format json|table]` and
`zeren assessment sheet --year Y --kind K [--format json|table]`.

The quantitative assessment of units, headless (zeren_desktop.cli registers the command).
`rank` prints the ranking of the locked results (both kinds unless --kind is given); JSON
is a list of {kind, rank, unit, total, vetoed, subtotals, bottom}, points as numbers with
at most two decimals. `sheet` prints the year's current indicator sheet.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from zeren_desktop.domain.assessment import format_points, sheet_to_dict
from zeren_desktop.domain.enums import UnitKind
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from zeren_desktop.cli import Translator
    from zeren_desktop.services.app import Services
    from zeren_desktop.services.assessment_dto import Ranking

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SignIn = Callable[["Services", argparse.Namespace, "Translator"], None]
KINDS = (UnitKind.TOWNSHIP, UnitKind.DEPARTMENT)


def add_commands(commands: Any, common: argparse.ArgumentParser, tr: Translator) -> None:
    assessment = commands.add_parser("assessment", parents=[common], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "the yearly quantitative assessment of units: ranking and"
                          " indicator sheets")))
    actions = assessment.add_subparsers(dest="assessment_command", metavar="ACTION")
    ranking = actions.add_parser("rank", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the ranking of the year's locked results, the last N marked")))
    ranking.add_argument("--year", type=int, required=True)
    ranking.add_argument("--kind", choices=[k.value for k in KINDS], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "only townships or only county departments (default:"
                          " both)")))
    ranking.add_argument("--format", choices=["json", "table"], default="table")
    sheet = actions.add_parser("sheet", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the year's current indicator sheet of a kind of unit")))
    sheet.add_argument("--year", type=int, required=True)
    sheet.add_argument("--kind", choices=[k.value for k in KINDS], required=True)
    sheet.add_argument("--format", choices=["json", "table"], default="table")


def run(args: argparse.Namespace, services: Services, tr: Translator, sign_in: SignIn) -> int:
    command = getattr(args, "assessment_command", None)
    if command is None:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(
            reason=tr.cli(QT_TRANSLATE_NOOP(
                "Cli", "Say what to do: zeren assessment rank | sheet"))), file=sys.stderr)
        return EXIT_USAGE
    sign_in(services, args, tr)
    if command == "sheet":
        return _sheet(args, services, tr)
    kinds = [UnitKind(args.kind)] if args.kind else list(KINDS)
    rankings = [services.assessment.ranking(args.year, kind) for kind in kinds]
    if args.format == "json":
        rows = [row for ranking in rankings for row in ranking_json(ranking)]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    for ranking in rankings:
        _print_table(ranking, tr)
    return EXIT_OK


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


def ranking_json(ranking: Ranking) -> list[dict[str, Any]]:
    return [{"kind": ranking.unit_kind.value, "rank": row.rank, "unit": row.unit_name,
             "total": _number(format_points(row.total)), "vetoed": row.vetoed,
             "subtotals": {name: _number(format_points(value))
                           for name, value in row.subtotals},
             "bottom": row.in_bottom} for row in ranking.rows]


def _print_table(ranking: Ranking, tr: Translator) -> None:
    print(tr.cli(QT_TRANSLATE_NOOP("Cli", "{year}: {kind}")).format(
        year=ranking.year, kind=Message(ranking.unit_kind.context(),
                                        ranking.unit_kind.label).render(tr)))
    veto = tr.cli(QT_TRANSLATE_NOOP("Cli", "veto"))
    summoned = tr.cli(QT_TRANSLATE_NOOP("Cli", "talk"))
    print("\t".join([tr.cli(QT_TRANSLATE_NOOP("Cli", "Rank")),
                     tr.cli(QT_TRANSLATE_NOOP("Cli", "Unit")),
                     tr.cli(QT_TRANSLATE_NOOP("Cli", "Total")), ""]))
    for row in ranking.rows:
        marks = " ".join(m for m, on in ((veto, row.vetoed), (summoned, row.in_bottom)) if on)
        print("\t".join([str(row.rank), row.unit_name, format_points(row.total), marks]))
    if ranking.not_scored:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Not scored yet: {units}")).format(
            units="、".join(ranking.not_scored)))
    if ranking.tie_rule is not None:
        print(ranking.tie_rule.render(tr))
    print()


def _sheet(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    info = services.assessment.sheet(args.year, UnitKind(args.kind))
    if args.format == "json":
        data = {"version": info.version, "in_use": info.in_use, **sheet_to_dict(info.sheet)}
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    sheet = info.sheet
    print(sheet.title)
    print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Version {version}, full marks {points}")).format(
        version=info.version, points=format_points(sheet.full_marks)))
    for category, items in sheet.categories():
        print(category)
        for item in items:
            rule = Message(item.rule.context(), item.rule.label).render(tr)
            print("\t".join([item.code, item.name, format_points(item.points), rule,
                             Message(item.metric.context(), item.metric.label).render(tr)]))
            if item.standard:
                print("\t" + item.standard)
    if sheet.note:
        print(sheet.note)
    return EXIT_OK
