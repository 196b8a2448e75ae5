"""`zeren exchange key|trust|export|import|conflicts`: exchange packages, headless.

- `zeren exchange key -o office.pub`: this office's public key, for the county;
- `zeren exchange trust office.pub`: register another office's public key;
- `zeren exchange export (--since DATE | --all) -o FILE.zrx [--passphrase-file F]`;
- `zeren exchange import FILE.zrx [--passphrase-file F]`: verified first, then imported;
- `zeren exchange conflicts`: the open conflicts, one a line.

Registering, exporting and importing need the administrator or leader role
(zeren_desktop.cli registers the command).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zeren_desktop.domain.exchange import short_fingerprint
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from zeren_desktop.cli import Translator
    from zeren_desktop.services.app import Services

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SignIn = Callable[["Services", argparse.Namespace, "Translator"], None]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None


def add_commands(commands: Any, common: argparse.ArgumentParser, tr: Translator) -> None:
    exchange = commands.add_parser("exchange", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "exchange packages between township and county: keys, export, import")))
    actions = exchange.add_subparsers(dest="exchange_command", metavar="ACTION")
    passphrase_help = tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "a file whose first line is the package's passphrase (encrypted packages)"))
    key = actions.add_parser("key", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "write this office's public key, to register at the county")))
    key.add_argument("-o", "--output", type=Path, required=True)
    trust = actions.add_parser("trust", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "register another office's public key file")))
    trust.add_argument("file", type=Path)
    export = actions.add_parser("export", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "write a package of this office's records")))
    since = export.add_mutually_exclusive_group(required=True)
    since.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "only records changed on or after this day")))
    since.add_argument("--all", action="store_true", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "all of this office's records")))
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--passphrase-file", type=Path, help=passphrase_help)
    imported = actions.add_parser("import", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "verify a package, then import it")))
    imported.add_argument("file", type=Path)
    imported.add_argument("--passphrase-file", type=Path, help=passphrase_help)
    actions.add_parser("conflicts", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "list the records changed on both sides, waiting for a decision")))


def _passphrase(args: argparse.Namespace) -> str | None:
    file: Path | None = getattr(args, "passphrase_file", None)
    if file is None:
        return None
    lines = file.read_text("utf-8").splitlines()
    return lines[0] if lines else ""


def run(args: argparse.Namespace, services: Services, tr: Translator, sign_in: SignIn) -> int:
    command = getattr(args, "exchange_command", None)
    if command is None:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(reason=tr.cli(
            QT_TRANSLATE_NOOP("Cli", "Say what to do: zeren exchange key | trust | export |"
                              " import | conflicts"))), file=sys.stderr)
        return EXIT_USAGE
    sign_in(services, args, tr)
    exchange = services.exchange
    if command == "key":
        key = exchange.write_public_key(args.output)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: the public key of {office},"
                                       " fingerprint {fingerprint}.")).format(
            file=args.output, office=key.name, fingerprint=short_fingerprint(key.fingerprint)))
    elif command == "trust":
        trusted = exchange.trust(args.file)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Registered the key of {office}, fingerprint"
                                       " {fingerprint}.")).format(
            office=trusted.name, fingerprint=short_fingerprint(trusted.fingerprint)))
    elif command == "export":
        written = exchange.export(args.output, None if args.all else args.since,
                                 _passphrase(args))
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: {records} records,"
                                       " {attachments} attachments, {size} bytes.")).format(
            file=args.output, records=sum(written.counts.values()),
            attachments=written.attachments, size=written.size))
    elif command == "import":
        passphrase = _passphrase(args)
        info = exchange.inspect(args.file, passphrase)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Verified: a package of {office} made {created},"
                                       " {records} records.")).format(
            office=info.source_name, created=info.created_at.isoformat(" ", "minutes"),
            records=sum(info.counts.values())))
        result = exchange.import_file(args.file, passphrase)
        if result.already_imported:
            print(tr.cli(QT_TRANSLATE_NOOP(
                "Cli", "This package was imported before; nothing was added.")))
        else:
            print(tr.cli(QT_TRANSLATE_NOOP(
                "Cli", "Imported: {inserted} new, {updated} updated, {unchanged} unchanged,"
                " {conflicts} conflicts to decide.")).format(
                inserted=result.inserted, updated=result.updated,
                unchanged=result.unchanged, conflicts=result.conflicts))
            if result.deleted:
                print(tr.cli(QT_TRANSLATE_NOOP(
                    "Cli", "{n} deleted here, as they were deleted there.")).format(
                    n=result.deleted))
    else:
        for conflict in exchange.conflicts():
            deleted = ("" if conflict.deleted_at is None else "\t" + tr.cli(
                QT_TRANSLATE_NOOP("Cli", "deleted there {at}")).format(
                at=conflict.deleted_at.isoformat(" ", "minutes")))
            print(f"{conflict.id}\t{conflict.table}\t{conflict.record_id}\t"
                  f"{conflict.created_at.isoformat(' ', 'minutes')}{deleted}")
    return EXIT_OK
