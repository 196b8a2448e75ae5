"""`zeren verify FILE.pdf` and `zeren documents list|show|new|submit|approve|return|sign|
supersede|export-pdf|export-docx|import-docx`.

The document commands of the headless CLI (zeren_desktop.cli registers them). A document
is named by its id, the first 8 or more characters of it, or its number.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zeren_desktop.domain.documents import DocumentKind, DocumentStatus
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from zeren_desktop.cli import Translator
    from zeren_desktop.services.app import Services
    from zeren_desktop.services.documents_dto import DocumentRow

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
SignIn = Callable[["Services", argparse.Namespace, "Translator"], None]
ID_PREFIX_MIN = 8


class _Usage(Exception):
    """Bad usage: exit 2 with the message."""


def add_commands(commands: Any, common: argparse.ArgumentParser, tr: Translator) -> None:
    verify = commands.add_parser("verify", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "is FILE.pdf exactly a document signed in this database, and which?")))
    verify.add_argument("file", type=Path)

    documents = commands.add_parser("documents", parents=[common], help=tr.cli(
        QT_TRANSLATE_NOOP("Cli", "documents: drafts, sign-off, PDF and .docx")))
    actions = documents.add_subparsers(dest="documents_command", metavar="ACTION")
    listing = actions.add_parser("list", parents=[common])
    listing.add_argument("--kind", choices=[k.value for k in DocumentKind])
    listing.add_argument("--status", choices=[s.value for s in DocumentStatus])
    listing.add_argument("--search", default="")
    show = actions.add_parser("show", parents=[common])
    show.add_argument("document")
    new = actions.add_parser("new", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "a draft from a case (--case), talk (--talk), list (--list), the statistics"
        " of a period (--from, --to) or a clearance list (--clearance)")))
    new.add_argument("--kind", choices=[k.value for k in DocumentKind], required=True)
    new.add_argument("--case", help=tr.cli(QT_TRANSLATE_NOOP("Cli", "the case's number")))
    new.add_argument("--subject", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the name of the case's person or team (decision, receipt)")))
    new.add_argument("--talk", help=tr.cli(QT_TRANSLATE_NOOP("Cli", "the talk's id")))
    new.add_argument("--list", dest="list_id", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the responsibility list's id")))
    new.add_argument("--from", dest="date_from", type=dt.date.fromisoformat,
                     metavar="YYYY-MM-DD")
    new.add_argument("--to", dest="date_to", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    new.add_argument("--unit")
    new.add_argument("--clearance", type=Path, metavar="FILE", help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "the organisation department's list (.xlsx, .csv)")))
    new.add_argument("--on", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    new.add_argument("--addressee", default="")
    for name in ("submit", "approve", "supersede"):
        actions.add_parser(name, parents=[common]).add_argument("document")
    back = actions.add_parser("return", parents=[common], help=tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "send a submitted or approved document back to draft")))
    back.add_argument("document")
    back.add_argument("--reason", required=True)
    sign = actions.add_parser("sign", parents=[common])
    sign.add_argument("document")
    sign.add_argument("--on", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    for name in ("export-pdf", "export-docx"):
        export = actions.add_parser(name, parents=[common])
        export.add_argument("document")
        export.add_argument("-o", "--output", type=Path, required=True)
    imported = actions.add_parser("import-docx", parents=[common])
    imported.add_argument("document")
    imported.add_argument("file", type=Path)


def run(args: argparse.Namespace, services: Services, tr: Translator, sign_in: SignIn) -> int:
    sign_in(services, args, tr)
    try:
        if args.command == "verify":
            return _verify(args.file, services, tr)
        return _documents(args, services, tr)
    except _Usage as error:
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Error: {reason}")).format(reason=error),
              file=sys.stderr)
        return EXIT_USAGE


def _verify(file: Path, services: Services, tr: Translator) -> int:
    result = services.documents.verify(file)
    if result.matched and result.document is not None:
        print(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "{file} is exactly a signed document of this database.")).format(file=file))
        _describe(result.document, tr)
        if result.problem is not None:
            print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Warning: {reason}")).format(
                reason=result.problem.render(tr)))
        return EXIT_OK
    reason = result.problem.render(tr) if result.problem is not None else ""
    print(tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "{file} is NOT a signed document of this database: {reason}")).format(
        file=file, reason=reason))
    return EXIT_FAILED


def _describe(row: DocumentRow, tr: Translator) -> None:
    signed_at = row.signed_at.isoformat(sep=" ", timespec="minutes") if row.signed_at else ""
    for label, value in (
            (QT_TRANSLATE_NOOP("Cli", "Kind: {value}"),
             Message("DocumentKind", row.kind.label).render(tr)),
            (QT_TRANSLATE_NOOP("Cli", "Number: {value}"), row.number or "-"),
            (QT_TRANSLATE_NOOP("Cli", "Title: {value}"), row.title),
            (QT_TRANSLATE_NOOP("Cli", "Signed by: {value}"),
             f"{row.signed_by_name} ({row.signed_by})" if row.signed_by else "-"),
            (QT_TRANSLATE_NOOP("Cli", "Signed at: {value}"), signed_at or "-"),
            (QT_TRANSLATE_NOOP("Cli", "Verification code: {value}"),
             row.verification_code or "-")):
        print(tr.cli(label).format(value=value))


def _documents(args: argparse.Namespace, services: Services, tr: Translator) -> int:
    command = args.documents_command
    docs = services.documents
    if command == "list":
        for row in docs.search(DocumentKind(args.kind) if args.kind else None,
                               DocumentStatus(args.status) if args.status else None,
                               args.search):
            print("\t".join([str(row.id), row.kind.value, row.status.value, row.number,
                             row.title, row.unit_name,
                             row.document_date.isoformat() if row.document_date else ""]))
        return EXIT_OK
    if command == "new":
        document_id = _new(args, services, tr)
        print(document_id)
        return EXIT_OK
    if command is None:
        raise _Usage(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "Say what to do: zeren documents list | show | new | submit | approve |"
            " return | sign | supersede | export-pdf | export-docx | import-docx")))
    document_id = _resolve(services, args.document, tr)
    if command == "show":
        detail = docs.get(document_id)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Status: {value}")).format(
            value=Message("DocumentStatus", detail.status.label).render(tr)))
        _describe(detail, tr)
        print()
        print(detail.filled.title)
        if detail.filled.addressee:
            print(detail.filled.addressee + "：")
        print(detail.filled.body)
        return EXIT_OK
    if command == "submit":
        docs.submit(document_id)
    elif command == "approve":
        docs.approve(document_id)
    elif command == "return":
        docs.return_to_draft(document_id, args.reason)
    elif command == "supersede":
        print(docs.supersede(document_id))
        return EXIT_OK
    elif command == "sign":
        row = docs.sign(document_id, args.on)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Signed: {number} {title}")).format(
            number=row.number or "-", title=row.title))
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Verification code: {value}")).format(
            value=row.verification_code))
        return EXIT_OK
    elif command == "export-pdf":
        signed = docs.get(document_id).signed
        pages = (docs.export_pdf(document_id, args.output) if signed
                 else docs.preview_pdf(document_id, args.output))
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}: {pages} pages.")).format(
            file=args.output, pages=pages))
        if not signed:
            print(tr.cli(QT_TRANSLATE_NOOP(
                "Cli", "The document is not signed: the PDF carries the draft mark.")))
        return EXIT_OK
    elif command == "export-docx":
        docs.export_docx(document_id, args.output)
        print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Wrote {file}.")).format(file=args.output))
        return EXIT_OK
    elif command == "import-docx":
        docs.import_docx(document_id, args.file)
    print(tr.cli(QT_TRANSLATE_NOOP("Cli", "Done.")))
    return EXIT_OK


def _new(args: argparse.Namespace, services: Services, tr: Translator) -> uuid.UUID:
    kind = DocumentKind(args.kind)
    docs = services.documents
    if args.case:
        case_id = _resolve_case(services, args.case, tr)
        subject_id = None
        if args.subject:
            subjects = [s.id for s in services.cases.get(case_id).subjects
                        if s.name == args.subject]
            if len(subjects) != 1:
                raise _Usage(tr.cli(QT_TRANSLATE_NOOP(
                    "Cli", "The case has no subject named '{name}'.")).format(name=args.subject))
            subject_id = subjects[0]
        return docs.create_from_case(case_id, kind, subject_id, translate=tr)
    if args.talk:
        return docs.create_from_talk(_uuid(args.talk, tr))
    if args.list_id:
        return docs.create_from_list(_uuid(args.list_id, tr))
    if args.date_from and args.date_to:
        from zeren_desktop.cli_ledger import LookupFailed, lookup_message, resolve_unit

        try:
            unit = resolve_unit(services, args.unit) if args.unit else None
        except LookupFailed as error:
            raise _Usage(lookup_message(error, tr)) from error
        return docs.create_statistics(args.date_from, args.date_to, unit, translate=tr)
    if args.clearance:
        sheet = services.integrity.read_clearance_list(args.clearance)
        return docs.create_clearance(sheet.requests, args.on or dt.date.today(),
                                     addressee=args.addressee, translate=tr)
    raise _Usage(tr.cli(QT_TRANSLATE_NOOP(
        "Cli", "Say what the document is made from: --case, --talk, --list, --from and --to,"
        " or --clearance.")))


def _uuid(text: str, tr: Translator) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError as error:
        raise _Usage(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "'{text}' is not a database id.")).format(text=text)) from error


def _resolve(services: Services, text: str, tr: Translator) -> uuid.UUID:
    """A document by id, id prefix (8 or more characters) or number."""
    text = text.strip()
    rows = services.documents.search()
    matches = [r.id for r in rows if text in (str(r.id), r.number) and text]
    if not matches and len(text) >= ID_PREFIX_MIN:
        matches = [r.id for r in rows if str(r.id).startswith(text.lower())]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise _Usage(tr.cli(QT_TRANSLATE_NOOP(
            "Cli", "'{text}' matches {n} records; give the database id.")).format(
            text=text, n=len(matches)))
    raise _Usage(tr.cli(QT_TRANSLATE_NOOP("Cli", "Nothing matches '{text}'.")).format(
        text=text))


def _resolve_case(services: Services, number: str, tr: Translator) -> uuid.UUID:
    matches = [r.id for r in services.cases.search(text=number) if r.number == number.strip()]
    if len(matches) == 1:
        return matches[0]
    raise _Usage(tr.cli(QT_TRANSLATE_NOOP("Cli", "Nothing matches '{text}'.")).format(
        text=number))
