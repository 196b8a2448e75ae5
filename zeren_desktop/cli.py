"""`zeren`: the same services as the GUI, headless, for administrators, scripts and tests."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from zeren_desktop import __version__, paths
from zeren_desktop.domain.text import ZerenError

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from zeren_desktop.services.app import Services

CONTEXT = "Cli"
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class Translator:
    """Qt translations without a QCoreApplication: the CLI asks the QTranslator directly."""

    def __init__(self, language: str) -> None:
        self._qt: QTranslator | None = None
        if language.startswith("en"):
            return
        from PySide6.QtCore import QTranslator

        translator = QTranslator()
        qm = paths.i18n_dir() / f"zeren_{language}.qm"
        if qm.exists() and translator.load(str(qm)):
            self._qt = translator

    def __call__(self, context: str, text: str) -> str:
        if self._qt is None:
            return text
        return self._qt.translate(context, text) or text


def configured_language() -> str:
    """ZEREN_LANG, then the language chosen in the GUI's settings, then Chinese."""
    if os.environ.get("ZEREN_LANG"):
        return os.environ["ZEREN_LANG"]
    try:
        settings = json.loads((paths.config_dir() / "settings.json").read_text("utf-8"))
        return str(settings.get("language") or "zh_CN")
    except (OSError, ValueError, AttributeError):
        return "zh_CN"


def _parser(tr: Translator) -> argparse.ArgumentParser:
    db_help = tr(CONTEXT, "database file or SQLAlchemy URL (default: ZEREN_DB, "
                          "else the file in the user data folder)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog="zeren", parents=[common],
        description=tr(CONTEXT, "Zeren Desktop, headless: the same services as the GUI."))
    parser.add_argument("--version", action="version", version=f"zeren {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], help=tr(
        CONTEXT, "create the database (or bring it up to date) and print where it is"))
    init.add_argument("--office-name", help=tr(
        CONTEXT, "name of this office, e.g. the township's discipline commission"))

    demo = commands.add_parser("demo", parents=[common], help=tr(
        CONTEXT, "load the fictional demo county into an empty database"))
    demo.add_argument("--seed", type=int, default=2016, help=tr(
        CONTEXT, "seed of the generated data (same seed, same data)"))

    commands.add_parser("info", parents=[common], help=tr(
        CONTEXT, "show where the database is and what it holds"))
    return parser


def _open(args: argparse.Namespace) -> Services:
    from zeren_desktop.services.app import Services

    return Services.open(getattr(args, "db", None))


def _print_summary(services: Services, tr: Translator) -> None:
    summary = services.summary()
    print(tr(CONTEXT, "Database: {location}").format(location=services.location))
    print(tr(CONTEXT, "Schema revision: {rev}").format(rev=services.migration.after))
    print(tr(CONTEXT, "Office: {name}").format(name=summary.office_name or "-"))
    print(tr(CONTEXT, "Units: {units}, cadres: {cadres}, posts: {posts}, "
                      "leadership teams: {teams}").format(
        units=summary.units, cadres=summary.cadres, posts=summary.posts, teams=summary.teams))


def _init(args: argparse.Namespace, tr: Translator) -> int:
    with _open(args) as services:
        if args.office_name:
            services.rename_office(args.office_name)
        migration = services.migration
        if migration.before is None:
            print(tr(CONTEXT, "Created a new database."))
        elif migration.before != migration.after:
            print(tr(CONTEXT, "Upgraded the database from {old} to {new}; "
                              "a copy of the old one is at {backup}.").format(
                old=migration.before, new=migration.after, backup=migration.backup))
        else:
            print(tr(CONTEXT, "The database is already up to date."))
        _print_summary(services, tr)
    return EXIT_OK


def _demo(args: argparse.Namespace, tr: Translator) -> int:
    from zeren_desktop.services.demo import load_demo

    with _open(args) as services:
        result = load_demo(services, seed=args.seed)
        print(tr(CONTEXT, "Loaded the demo county: {units} units, {cadres} cadres, "
                          "{posts} posts, {teams} leadership teams.").format(
            units=result.units, cadres=result.cadres, posts=result.posts, teams=result.teams))
        _print_summary(services, tr)
    return EXIT_OK


def _info(args: argparse.Namespace, tr: Translator) -> int:
    with _open(args) as services:
        _print_summary(services, tr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    tr = Translator(configured_language())
    parser = _parser(tr)
    args = parser.parse_args(argv)
    handlers = {"init": _init, "demo": _demo, "info": _info}
    handler = handlers.get(args.command or "")
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return handler(args, tr)
    except ZerenError as error:
        print(tr(CONTEXT, "Error: {reason}").format(reason=error.message.render(tr)),
              file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        print(tr(CONTEXT, "Error: {reason}").format(reason=error), file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
