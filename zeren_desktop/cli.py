"""`zeren`: the same services as the GUI, headless, for administrators, scripts and tests.

Exit codes of every command: 0 done or intact; 1 a check failed or was refused;
2 bad usage or input.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from zeren_desktop import __version__, config, paths
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, ValidationError, ZerenError

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from zeren_desktop.services.app import Services

CONTEXT = "Cli"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


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

    def cli(self, text: str) -> str:
        """A message of this command; mark it with QT_TRANSLATE_NOOP("Cli", …) for lupdate."""
        return self(CONTEXT, text)


class UsageError(Exception):
    """Bad usage: exit 2 with the message."""


def configured_language() -> str:
    """ZEREN_LANG, then the language chosen in the GUI's settings, then Chinese."""
    return os.environ.get("ZEREN_LANG") or config.language() or "zh_CN"


def _parser(tr: Translator) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli",
                "database file or SQLAlchemy URL (default: ZEREN_DB, "
                "else the file in the user data folder)",
            ),
        ),
    )
    common.add_argument(
        "--user",
        default=argparse.SUPPRESS,
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli",
                "account to act as (default: ZEREN_USER); the password comes from "
                "ZEREN_PASSWORD or a prompt",
            ),
        ),
    )

    parser = argparse.ArgumentParser(
        prog="zeren",
        parents=[common],
        description=tr.cli(
            QT_TRANSLATE_NOOP("Cli", "Zeren Desktop, headless: the same services as the GUI.")
        ),
        epilog=tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Exit codes: 0 done or intact, 1 a check failed or was refused, "
                "2 bad usage or input.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"zeren {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser(
        "init",
        parents=[common],
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli", "create the database (or bring it up to date) and print where it is"
            ),
        ),
    )
    init.add_argument(
        "--office-name",
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli", "name of this office, e.g. the township's discipline commission"
            ),
        ),
    )
    init.add_argument(
        "--admin-password-file",
        type=Path,
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli", "create the administrator account 'admin' with the password in this file"
            ),
        ),
    )

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("Cli", "load the fictional demo county into an empty database"),
        ),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=None,
        help=tr(
            CONTEXT, QT_TRANSLATE_NOOP("Cli", "seed of the generated data (same seed, same data)")
        ),
    )
    demo.add_argument(
        "--scale",
        metavar="county|quick|N",
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli",
                "a large county instead: 'county' (1,000,000 ledger entries, 500,000 clues, "
                "20,000 cases, 3,000 cadres), 'quick' (10,000 entries) or N ledger entries",
            ),
        ),
    )

    assess = commands.add_parser(
        "assess",
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli",
                "apply the regulations to a case described in JSON and print the "
                "determination (docs/assess-schema.md)",
            ),
        ),
    )
    assess.add_argument("case", metavar="CASE.json")

    commands.add_parser(
        "info",
        parents=[common],
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("Cli", "show where the database is and how many records it holds"),
        ),
    )

    audit = commands.add_parser(
        "audit",
        parents=[common],
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("Cli", "the audit trail: verify its integrity, or list it (auditor)"),
        ),
    )
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION")
    audit_commands.add_parser(
        "verify",
        parents=[common],
        help=tr.cli(QT_TRANSLATE_NOOP("Cli", "check the hash chain; prints no content")),
    )
    audit_list = audit_commands.add_parser(
        "list",
        parents=[common],
        help=tr.cli(QT_TRANSLATE_NOOP("Cli", "print the newest audit records")),
    )
    audit_list.add_argument("--limit", type=int, default=50)

    units = commands.add_parser(
        "units",
        parents=[common],
        help=tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "list the units you may see, or import a unit list (.xlsx/.csv)")),
    )
    units.add_argument("action", choices=["list", "import"])
    cadres = commands.add_parser(
        "cadres",
        parents=[common],
        help=tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "list or search the cadres you may see, or import a cadre roster"
            " (.xlsx/.csv)")),
    )
    cadres.add_argument("action", choices=["list", "import"])
    cadres.add_argument("--search", default="")
    from zeren_desktop import cli_roster

    cli_roster.add_arguments(units, tr)
    cli_roster.add_arguments(cadres, tr)

    users = commands.add_parser(
        "users",
        parents=[common],
        help=tr.cli(QT_TRANSLATE_NOOP("Cli", "accounts (administrator): list, add, unlock")),
    )
    users_commands = users.add_subparsers(dest="users_command", metavar="ACTION")
    users_commands.add_parser("list", parents=[common])
    add = users_commands.add_parser("add", parents=[common])
    add.add_argument("username")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        choices=["clerk", "reviewer", "approver", "administrator", "auditor"],
    )
    add.add_argument("--name", default="")
    add.add_argument("--password-file", type=Path, required=True)
    unlock = users_commands.add_parser("unlock", parents=[common])
    unlock.add_argument("username")

    backup = commands.add_parser(
        "backup",
        parents=[common],
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("Cli", "make a verified backup now (needs the backup permission)"),
        ),
    )
    backup.add_argument(
        "--to",
        type=Path,
        default=None,
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli", "folder for the backup (default: the backup folder of the settings)"
            ),
        ),
    )
    restore = commands.add_parser(
        "restore",
        parents=[common],
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP(
                "Cli",
                "replace the database with a backup (administrator); the current "
                "database is kept aside",
            ),
        ),
    )
    restore.add_argument("file", type=Path)
    backups = commands.add_parser(
        "backups",
        parents=[common],
        help=tr.cli(QT_TRANSLATE_NOOP("Cli", "the backups of the database")),
    )
    backups_commands = backups.add_subparsers(dest="backups_command", metavar="ACTION")
    backups_commands.add_parser(
        "list",
        parents=[common],
        help=tr(
            CONTEXT,
            QT_TRANSLATE_NOOP("Cli", "list the backups, newest first, and whether each verifies"),
        ),
    )
    encrypt = commands.add_parser(
        "encrypt",
        parents=[common],
        help=tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "encrypt the database at rest (administrator); a backup is made first",
            )
        ),
    )
    encrypt.add_argument(
        "--show-key-file",
        action="store_true",
        help=tr.cli(
            QT_TRANSLATE_NOOP("Cli", "only print where the key file of the encrypted database is")
        ),
    )
    encrypt.add_argument(
        "--export-key",
        type=Path,
        default=None,
        metavar="FILE",
        help=tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "only write an escrow copy of the key file to FILE, for the office safe",
            )
        ),
    )
    commands.add_parser(
        "decrypt",
        parents=[common],
        help=tr.cli(
            QT_TRANSLATE_NOOP("Cli", "store the database unencrypted again (administrator)")
        ),
    )
    from zeren_desktop import cli_ledger

    cli_ledger.add_commands(commands, common, tr)
    from zeren_desktop import cli_stats

    cli_stats.add_commands(commands, common, tr)
    from zeren_desktop import cli_clues

    cli_clues.add_commands(commands, common, tr)
    from zeren_desktop import cli_documents

    cli_documents.add_commands(commands, common, tr)
    from zeren_desktop import cli_assessment

    cli_assessment.add_commands(commands, common, tr)
    from zeren_desktop import cli_reports

    cli_reports.add_commands(commands, common, tr)
    from zeren_desktop import cli_exchange

    cli_exchange.add_commands(commands, common, tr)
    return parser


def _read_only_command(args: argparse.Namespace) -> bool:
    """Checks that change nothing open read-only: they work while the program is open."""
    return args.command in ("info", "verify") or (
        args.command == "audit" and getattr(args, "audit_command", None) == "verify")


def _open(args: argparse.Namespace) -> Services:
    from zeren_desktop.services.app import Services

    target = getattr(args, "db", None)
    if _read_only_command(args):
        from zeren_desktop.services.backups import database_file

        file = database_file(target)
        if file is not None and file.exists():
            try:
                return Services.open(target, read_only=True)
            except ZerenError:
                pass  # e.g. an older schema: opening normally upgrades it (or says why not)
    return Services.open(target)


def _sign_in(services: Services, args: argparse.Namespace, tr: Translator) -> None:
    username = getattr(args, "user", None) or os.environ.get("ZEREN_USER")
    if not username:
        raise UsageError(
            tr.cli(
                QT_TRANSLATE_NOOP(
                    "Cli", "This command needs an account: give --user NAME or set ZEREN_USER."
                )
            )
        )
    password = os.environ.get("ZEREN_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise UsageError(
                tr.cli(
                    QT_TRANSLATE_NOOP(
                        "Cli", "No password: set ZEREN_PASSWORD or run the command in a terminal."
                    )
                )
            )
        password = getpass.getpass(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "Password for {user}: ")).format(user=username)
        )
    services.auth.sign_in(username, password)


def _read_password_file(path: Path, tr: Translator) -> str:
    try:
        return path.read_text("utf-8").strip("\r\n")
    except OSError as error:
        raise UsageError(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "Cannot read the password file: {reason}")).format(
                reason=error.strerror or error
            )
        ) from error


def _print_summary(services: Services, tr: Translator) -> None:
    summary = services.summary()
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "Database: {location}")).format(location=services.location)
    )
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "Schema revision: {rev}")).format(
            rev=services.migration.after
        )
    )
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "Office: {name}")).format(name=summary.office_name or "-")
    )
    print(
        tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli", "Units: {units}, cadres: {cadres}, posts: {posts}, leadership teams: {teams}"
            )
        ).format(
            units=summary.units, cadres=summary.cadres, posts=summary.posts, teams=summary.teams
        )
    )


def _init(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    migration = services.migration
    if migration.before is None:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Created a new database.")))
    elif migration.before != migration.after:
        print(
            tr.cli(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Upgraded the database from {old} to {new}; "
                    "a copy of the old one is at {backup}.",
                )
            ).format(old=migration.before, new=migration.after, backup=migration.backup)
        )
    else:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "The database is already up to date.")))
    if args.office_name and not services.auth.has_accounts():
        services.rename_office(args.office_name)
    elif args.office_name and args.office_name != services.office_name():
        print(
            tr.cli(
                QT_TRANSLATE_NOOP(
                    "Cli", "The office name is changed by the administrator in Settings."
                )
            )
        )
    if not services.auth.has_accounts():
        password = None
        if args.admin_password_file:
            password = _read_password_file(args.admin_password_file, tr)
        elif sys.stdin.isatty():
            password = getpass.getpass(
                tr.cli(QT_TRANSLATE_NOOP("Cli", "Password for the new administrator 'admin': "))
            )
            if getpass.getpass(tr.cli(QT_TRANSLATE_NOOP("Cli", "Repeat it: "))) != password:
                raise UsageError(
                    tr.cli(
                        QT_TRANSLATE_NOOP("Cli", "The two passwords differ; no account was made.")
                    )
                )
        if password is None:
            print(
                tr.cli(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "No account was created: the first start of the program asks "
                        "for the administrator, or use --admin-password-file.",
                    )
                )
            )
        else:
            services.auth.create_first_administrator("admin", password)
            print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Created the administrator account 'admin'.")))
    _print_summary(services, tr)
    return EXIT_OK


def _demo(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop.services.demo import DEMO_PASSWORD, load_demo

    if args.scale:
        return _demo_county(args, services, tr)
    result = load_demo(services, seed=2016 if args.seed is None else args.seed)
    print(
        tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Loaded the demo county: {units} units, {cadres} cadres, "
                "{posts} posts, {teams} leadership teams.",
            )
        ).format(units=result.units, cadres=result.cadres, posts=result.posts, teams=result.teams)
    )
    print(
        tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Duty ledgers: {lists} responsibility lists, {entries} ledger entries, "
                "{inspections} inspections.",
            )
        ).format(lists=result.lists, entries=result.entries, inspections=result.inspections)
    )
    print(
        tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Cases: {clues} clues, {cases} accountability cases, {periods} influence "
                "periods, {talks} talk records.",
            )
        ).format(clues=result.clues, cases=result.cases, periods=result.periods,
                 talks=result.talks)
    )
    print(
        tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Documents: {documents} drafts, documents under review and signed documents.",
            )
        ).format(documents=result.documents)
    )
    print(
        tr.cli(
            QT_TRANSLATE_NOOP("Cli", "Assessment: {assessments} unit results scored and locked.")
        ).format(assessments=result.assessments)
    )
    print(
        tr.cli(
            QT_TRANSLATE_NOOP("Cli", "Meetings: {meetings}, each feeding its attendees' ledgers.")
        ).format(meetings=result.meetings)
    )
    if result.accounts:
        print(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "Demo accounts (password {password}): {names}")).format(
                password=DEMO_PASSWORD, names=", ".join(result.accounts)
            )
        )
    _print_summary(services, tr)
    return EXIT_OK


def _demo_county(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop.services.demo import DEMO_PASSWORD
    from zeren_desktop.services.demo_county import DEFAULT_SEED, PHASES, build_county, scale_named

    try:
        scale = scale_named(args.scale)
    except ValueError:
        raise UsageError(
            tr.cli(
                QT_TRANSLATE_NOOP(
                    "Cli", "Unknown scale {scale}: use county, quick or a number of ledger entries."
                )
            ).format(scale=args.scale)
        ) from None
    shown: dict[str, int] = {}

    def progress(phase: str, done: int, total: int) -> None:
        step = max(1, total // 10)
        if done // step == shown.get(phase, -1):
            return
        shown[phase] = done // step
        label = tr.__call__("Demo", PHASES.get(phase, phase))  # i18n: marked elsewhere
        print(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "{phase}: {done} of {total}")).format(
                phase=label, done=done, total=total
            ),
            flush=True,
        )

    result = build_county(
        services, scale, DEFAULT_SEED if args.seed is None else args.seed, progress
    )
    print(
        tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Loaded the county data set of {year} in {seconds} s: {units} units, {cadres} "
                "cadres, {entries} ledger entries, {clues} clues, {cases} accountability cases.",
            )
        ).format(
            year=result.year,
            seconds=result.seconds,
            units=result.units,
            cadres=result.cadres,
            entries=result.ledger_entries,
            clues=result.clues,
            cases=result.cases,
        )
    )
    if result.accounts:
        print(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "Demo accounts (password {password}): {names}")).format(
                password=DEMO_PASSWORD, names=", ".join(result.accounts)
            )
        )
    _print_summary(services, tr)
    return EXIT_OK


def _info(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    _print_summary(services, tr)
    status = services.encryption.status()
    if status.encrypted:
        print(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "Encryption at rest: on (key from {source})")).format(
                source=status.key_source or "-"
            )
        )
    else:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Encryption at rest: off")))
    return EXIT_OK


def _audit(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    if args.audit_command == "verify":
        result = services.audit.verify()
        if result.ok:
            print(
                tr.cli(QT_TRANSLATE_NOOP("Cli", "The audit trail is intact: {n} records.")).format(
                    n=result.records
                )
            )
            return EXIT_OK
        assert result.problem is not None
        print(
            tr.cli(
                QT_TRANSLATE_NOOP("Cli", "The audit trail FAILED verification: {reason}")
            ).format(reason=result.problem.render(tr))
        )
        return EXIT_FAILED
    if args.audit_command == "list":
        _sign_in(services, args, tr)
        for row in services.audit_log.list(limit=args.limit):
            print(
                "\t".join(
                    [
                        str(row.seq),
                        row.at.isoformat(sep=" ", timespec="seconds"),
                        row.username,
                        row.action,
                        row.entity,
                        row.entity_id,
                        row.summary,
                    ]
                )
            )
        return EXIT_OK
    raise UsageError(tr.cli(QT_TRANSLATE_NOOP("Cli", "Say what to do: zeren audit verify | list")))


def _units(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    if args.action == "import":
        from zeren_desktop import cli_roster

        return cli_roster.run("units", args, services, tr, _sign_in)
    _sign_in(services, args, tr)
    for unit in services.units.list_all():
        print("\t".join([str(unit.id), unit.name, unit.kind.value, str(unit.parent_id or "")]))
    return EXIT_OK


def _cadres(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    if args.action == "import":
        from zeren_desktop import cli_roster

        return cli_roster.run("cadres", args, services, tr, _sign_in)
    _sign_in(services, args, tr)
    for row in services.cadres.search(args.search):
        print("\t".join([str(row.id), row.name, row.rank.value, row.unit_name, row.title]))
    return EXIT_OK


def _users(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop.domain.security import AccountRole
    from zeren_desktop.services.auth import UserInput

    if args.users_command is None:
        raise UsageError(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "Say what to do: zeren users list | add | unlock"))
        )
    _sign_in(services, args, tr)
    if args.users_command == "list":
        for user in services.auth.list_users():
            print(
                "\t".join(
                    [
                        user.username,
                        user.display_name,
                        ",".join(sorted(r.value for r in user.roles)),
                        user.scope_unit_name or "-",
                        "locked" if user.locked_until else "",
                        "" if user.is_active else "disabled",
                    ]
                )
            )
        return EXIT_OK
    by_name = {u.username: u for u in services.auth.list_users()}
    if args.users_command == "add":
        roles = frozenset(AccountRole(r) for r in args.role)
        services.auth.create_user(
            UserInput(args.username, args.name, roles), _read_password_file(args.password_file, tr)
        )
        print(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "Created the account {user}.")).format(
                user=args.username
            )
        )
        return EXIT_OK
    account = by_name.get(args.username)
    if account is None:
        raise UsageError(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "No account is named {user}.")).format(
                user=args.username
            )
        )
    services.auth.unlock(account.id)
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "Unlocked the account {user}.")).format(user=args.username)
    )
    return EXIT_OK


def _backup(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    _sign_in(services, args, tr)
    info = services.backups.backup_now("manual", args.to)
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "Backup written and verified: {file}")).format(
            file=info.path
        )
    )
    return EXIT_OK


def _restore(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    if not args.file.is_file():
        raise UsageError(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "No such backup file: {file}")).format(file=args.file)
        )
    _sign_in(services, args, tr)
    result = services.backups.restore(args.file)
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "Restored the database from {file}.")).format(
            file=result.restored_from
        )
    )
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "The replaced database was kept at {file}.")).format(
            file=result.kept_aside
        )
    )
    return EXIT_OK


def _restore_closed(args: argparse.Namespace, tr: Translator) -> int:
    """`zeren restore FILE` when there is no database file (e.g. a damaged one was moved
    aside): nobody can sign in to a missing database, so the backup is put in place and the
    restore is written to its audit trail at the next open."""
    from zeren_desktop.services.backups import database_file, restore_without_login

    if not args.file.is_file():
        raise UsageError(
            tr.cli(QT_TRANSLATE_NOOP("Cli", "No such backup file: {file}")).format(file=args.file)
        )
    target = database_file(getattr(args, "db", None))
    assert target is not None
    result = restore_without_login(args.file, target)
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "Restored the database from {file}.")).format(
            file=result.restored_from
        )
    )
    if result.warning is not None:
        print(result.warning.render(tr))
    return EXIT_OK


def _backups(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    if args.backups_command != "list":
        raise UsageError(tr.cli(QT_TRANSLATE_NOOP("Cli", "Say what to do: zeren backups list")))
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "Backup folder: {folder}")).format(
            folder=services.backups.backup_folder()
        )
    )
    for backup in services.backups.list_backups():
        state = (
            tr.cli(QT_TRANSLATE_NOOP("Cli", "verified"))
            if backup.verified
            else tr.cli(QT_TRANSLATE_NOOP("Cli", "DAMAGED"))
        )
        print(
            "\t".join(
                [
                    backup.name,
                    backup.created.isoformat(sep=" "),
                    backup.reason,
                    str(backup.size),
                    state,
                    *([label.render(tr)] if (label := backup.database_label) else []),
                ]
            )
        )
    return EXIT_OK


def _encrypt(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    _sign_in(services, args, tr)
    if args.show_key_file or args.export_key is not None:
        if args.export_key is not None:
            written = services.encryption.export_key(args.export_key)
            print(
                tr.cli(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "Escrow copy of the key written to {file}. It opens the database"
                        " on any computer: keep it in the office safe.",
                    )
                ).format(file=written)
            )
            return EXIT_OK
        key_file = services.encryption.key_file()
        if key_file is None:
            print(
                tr.cli(
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "This database has no key file on this computer (not encrypted,"
                        " or its key comes from ZEREN_DB_KEY or a passphrase).",
                    )
                )
            )
            return EXIT_FAILED
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Key file: {file}")).format(file=key_file))
        return EXIT_OK
    result = services.encryption.encrypt()
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "The database is now encrypted: {file}")).format(
            file=result.database
        )
    )
    if result.key_file is not None:
        print(
            tr.cli(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Its key is in {file}. Without it the data cannot be recovered: write an"
                    " escrow copy with `zeren encrypt --export-key FILE` and keep it in the"
                    " office safe.",
                )
            ).format(file=result.key_file)
        )
    print(
        tr.cli(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The backup made before encrypting, {file}, and older backups are NOT"
                " encrypted: keep or delete them as the office's policy says.",
            )
        ).format(file=result.backup)
    )
    return EXIT_OK


def _decrypt(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    _sign_in(services, args, tr)
    result = services.encryption.decrypt()
    print(
        tr.cli(QT_TRANSLATE_NOOP("Cli", "The database is no longer encrypted: {file}")).format(
            file=result.database
        )
    )
    if result.key_file is not None:
        print(
            tr.cli(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The key file {file} was kept: the encrypted backups still need it.",
                )
            ).format(file=result.key_file)
        )
    return EXIT_OK


Handler = Callable[[argparse.Namespace, "Services", Translator], int]
HANDLERS: dict[str, Handler] = {
    "init": _init,
    "demo": _demo,
    "info": _info,
    "audit": _audit,
    "units": _units,
    "cadres": _cadres,
    "users": _users,
    "backup": _backup,
    "restore": _restore,
    "backups": _backups,
    "encrypt": _encrypt,
    "decrypt": _decrypt,
    "assess": lambda args, services, tr: EXIT_USAGE,
    "export": lambda args, services, tr: _ledger_commands(args, services, tr),
    "ledger": lambda args, services, tr: _ledger_commands(args, services, tr),
    "lists": lambda args, services, tr: _ledger_commands(args, services, tr),
    "stats": lambda args, services, tr: _stats_command(args, services, tr),
    "import": lambda args, services, tr: _clues_command(args, services, tr),
    "clues": lambda args, services, tr: _clues_command(args, services, tr),
    "verify": lambda args, services, tr: _documents_command(args, services, tr),
    "documents": lambda args, services, tr: _documents_command(args, services, tr),
    "assessment": lambda args, services, tr: _assessment_command(args, services, tr),
    "report": lambda args, services, tr: _report_command(args, services, tr),
    "exchange": lambda args, services, tr: _exchange_command(args, services, tr),
}


def _exchange_command(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop import cli_exchange

    return cli_exchange.run(args, services, tr, _sign_in)


def _report_command(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop import cli_reports

    return cli_reports.run(args, services, tr, _sign_in)


def _assessment_command(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop import cli_assessment

    return cli_assessment.run(args, services, tr, _sign_in)


def _documents_command(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop import cli_documents

    return cli_documents.run(args, services, tr, _sign_in)


def _clues_command(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop import cli_clues

    return cli_clues.run(args, services, tr, _sign_in)


def _stats_command(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop import cli_stats

    return cli_stats.run(args, services, tr, _sign_in)


def _ledger_commands(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    from zeren_desktop import cli_ledger

    return cli_ledger.run(args, services, tr, _sign_in)


def _database_missing(args: argparse.Namespace) -> bool:
    from zeren_desktop.services.backups import database_file

    target = database_file(getattr(args, "db", None))
    return target is not None and not target.exists()


def main(argv: Sequence[str] | None = None) -> int:
    tr = Translator(configured_language())
    parser = _parser(tr)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    handler = HANDLERS.get(args.command or "")
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    if args.command == "assess":
        # Pure rules: no database, no sign-in.
        from zeren_desktop.services.regulations import assess_command

        return assess_command(args.case, sys.stdout, sys.stderr, translate=tr)
    try:
        if args.command == "restore" and _database_missing(args):
            return _restore_closed(args, tr)
        with _open(args) as services:
            services.write_records_in(tr)  # derived records are written in this language
            return handler(args, services, tr)
    except BrokenPipeError:
        # The output went to `head` or similar, which stopped reading: not an error.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so the exit flush is quiet
        return EXIT_OK
    except (UsageError, ValidationError) as error:
        return _report_error(error, tr, EXIT_USAGE)
    except (ZerenError, OSError) as error:
        return _report_error(error, tr, EXIT_FAILED)


def _report_error(error: Exception, tr: Translator, code: int) -> int:
    reason = error.message.render(tr) if isinstance(error, ZerenError) else str(error)
    print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(reason=reason),
          file=sys.stderr)
    return code

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
