"""Signing: numbers without gaps or repeats (two signers at once on one file, a failed
signing), verification of a PDF against the database (a single byte changed, tampering
behind the program's back), and the `zeren verify` / `zeren documents` commands."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from tests.document_fixtures import (  # noqa: F401 - fixtures
    Office,
    approved,
    build_office,
    decision,
    sign_in,
    signed,
)
from zeren_desktop.cli import main
from zeren_desktop.domain.documents import DocumentKind, DocumentStatus
from zeren_desktop.domain.text import ConflictError, ValidationError
from zeren_desktop.services import documents as documents_module
from zeren_desktop.services.app import Services
from zeren_desktop.storage.database import Database, create_database_engine
from zeren_desktop.storage.errors import DatabaseEnvironmentError


def _year_number(services: Services, n: int) -> str:
    return f"青纪发〔{services.documents._today().year}〕{n}号"


def test_two_signers_at_once_get_one_and_two(office: tuple[Services, Office]) -> None:
    services, o = office
    first = approved(services, decision(services, o))
    second = approved(services, sign_in(services, "clerk").documents.create_from_case(
        o.case, DocumentKind.DECISION, o.team_subject))
    # A second program instance on the same file: its own engine, connections and lock.
    engine = create_database_engine(services.db.url)
    other = Services(Database(services.db.url, engine), services.office_id,
                     services.migration)
    try:
        sign_in(services, "leader")
        sign_in(other, "leader")
        barrier = threading.Barrier(2)
        numbers: dict[uuid.UUID, str] = {}
        errors: list[BaseException] = []

        def sign(who: Services, document: uuid.UUID) -> None:
            try:
                barrier.wait(timeout=10)
                numbers[document] = who.documents.sign(document).number
            except BaseException as error:  # reported below
                errors.append(error)

        threads = [threading.Thread(target=sign, args=(services, first)),
                   threading.Thread(target=sign, args=(other, second))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not errors, errors
        assert sorted(numbers.values()) == [_year_number(services, 1),
                                            _year_number(services, 2)]
    finally:
        other.db.dispose()
    third = approved(services, sign_in(services, "clerk").documents.supersede(first))
    assert sign_in(services, "leader").documents.sign(third).number == _year_number(services, 3)


def test_a_failed_signing_uses_no_number(office: tuple[Services, Office],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    services, o = office
    document = approved(services, decision(services, o))
    real = documents_module._build_pdf

    def broken(*args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(documents_module, "_build_pdf", broken)
    with pytest.raises(DatabaseEnvironmentError, match="disk is full"):
        sign_in(services, "leader").documents.sign(document)
    detail = services.documents.get(document)
    assert (detail.status, detail.number, detail.sha256) == (DocumentStatus.APPROVED, "", "")
    monkeypatch.setattr(documents_module, "_build_pdf", real)
    assert services.documents.sign(document).number == _year_number(services, 1)


@pytest.mark.sqlite_only("edits the file with sqlite3 (PostgreSQL: tests/test_postgresql.py)")
def test_the_unique_constraint_backs_the_counter_up(office: tuple[Services, Office]) -> None:
    services, o = office
    signed(services, decision(services, o))
    decision(services, o)  # a draft: no number yet
    services.close()
    connection = sqlite3.connect(o.path)
    try:
        row = connection.execute(
            "select issuer_prefix, kind, year, sequence from documents where sequence = 1"
        ).fetchone()
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            connection.execute(
                "update documents set issuer_prefix = ?, kind = ?, year = ?, sequence = ?"
                " where sequence is null", row)
    finally:
        connection.close()


# ---- verification -----------------------------------------------------------------------


def test_verify_names_the_signed_pdf_and_rejects_a_changed_byte(
        office: tuple[Services, Office]) -> None:
    services, o = office
    document = signed(services, decision(services, o))
    docs = sign_in(services, "clerk").documents
    data = docs.pdf_bytes(document)
    result = docs.verify(data)
    assert result.matched and result.document is not None and result.problem is None
    assert result.document.id == document and result.document.number == _year_number(services, 1)
    # One byte changed: refused, and named by the code the PDF carries in its keywords.
    changed = bytearray(data)
    changed[len(changed) // 2] ^= 0x01
    result = docs.verify(bytes(changed))
    assert not result.matched and result.document is None
    assert result.resembles is not None and result.resembles.id == document
    assert result.problem is not None and "changed after signing" in result.problem.render()
    # Another file altogether is not a signed document.
    result = docs.verify(b"%PDF-1.4 nothing of ours")
    assert not result.matched and result.resembles is None
    assert result.problem is not None and "No signed document" in result.problem.render()
    # A file that names the code but is not the signed one is said to differ from it.
    code = result_code = docs.get(document).verification_code
    forged = b"%PDF-1.4 " + result_code.encode() + b" forged"
    result = docs.verify(forged)
    assert not result.matched and result.resembles is not None
    assert result.resembles.id == document
    assert "changed after signing" in str(result.problem)
    # The code read off paper, typed carelessly.
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    found = docs.find_by_code(typed)
    assert found is not None and found.id == document
    assert docs.find_by_code("ZZZZ-ZZZZ-ZZ") is None
    with pytest.raises(ValidationError):
        docs.find_by_code("abc")
    # A draft is never "verified".
    draft = decision(services, o)
    with pytest.raises(ConflictError, match="Only a signed document"):
        docs.pdf_bytes(draft)


@pytest.mark.sqlite_only("edits the file behind the program's back with sqlite3")
def test_tampering_behind_the_programs_back_is_found(office: tuple[Services, Office]) -> None:
    services, o = office
    document = signed(services, decision(services, o))
    original = services.documents.pdf_bytes(document)
    assert services.documents.check_signed() == []
    services.close()
    forged = original.replace(b"%PDF", b"%PDF ", 1)
    connection = sqlite3.connect(o.path)
    try:
        # The stored bytes replaced: the stored hash no longer fits.
        connection.execute("update documents set pdf = ? where id = ?",
                           (forged, document.hex))
        connection.commit()
    finally:
        connection.close()
    with Services.open(o.path) as reopened:
        sign_in(reopened, "clerk")
        problems = reopened.documents.check_signed()
        assert [p.document_id for p in problems] == [document]
        assert "replaced or damaged" in str(problems[0].problem)
        result = reopened.documents.verify(original)
        assert result.matched and not result.stored_intact
    # Bytes and hash replaced together: the audit trail still has the signed hash.
    connection = sqlite3.connect(o.path)
    try:
        connection.execute("update documents set sha256 = ? where id = ?",
                           (documents_module.sha256_hex(forged), document.hex))
        connection.commit()
    finally:
        connection.close()
    with Services.open(o.path) as reopened:
        sign_in(reopened, "clerk")
        assert "audit trail" in str(reopened.documents.check_signed()[0].problem)
        result = reopened.documents.verify(forged)
        assert not result.matched and "altered" in str(result.problem)


# ---- the command line -------------------------------------------------------------------


def _cli(path: Path, *args: str, user: str = "leader") -> int:
    return main(["--db", str(path), "--user", user, *args])


def test_zeren_verify(office: tuple[Services, Office], tmp_path: Path,
                      monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    services, o = office
    document = signed(services, decision(services, o))
    detail = services.documents.get(document)
    pdf = tmp_path / "decision.pdf"
    pdf.write_bytes(services.documents.pdf_bytes(document))
    services.close()
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("ZEREN_LANG", "en")
    capsys.readouterr()
    assert _cli(o.path, "verify", str(pdf), user="clerk") == 0
    out = capsys.readouterr().out
    assert "is exactly a signed document" in out
    for value in (detail.number, detail.title, "Accountability decision", "leader",
                  detail.verification_code):
        assert value in out
    changed = bytearray(pdf.read_bytes())
    changed[-100] ^= 0x20
    pdf.write_bytes(bytes(changed))
    assert _cli(o.path, "verify", str(pdf), user="clerk") == 1
    assert "is NOT a signed document" in capsys.readouterr().out
    assert _cli(o.path, "verify", str(tmp_path / "missing.pdf"), user="clerk") == 1


def test_zeren_documents(office: tuple[Services, Office], tmp_path: Path,
                         monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    services, o = office
    services.close()
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("ZEREN_LANG", "en")
    capsys.readouterr()
    assert _cli(o.path, "documents", "new", "--kind", "decision", "--case", "WZ2025-001",
                "--subject", "欧阳晓燕", user="clerk") == 0
    document = capsys.readouterr().out.strip()
    short = document[:8]
    docx = tmp_path / "draft.docx"
    assert _cli(o.path, "documents", "export-docx", short, "-o", str(docx), user="clerk") == 0
    assert _cli(o.path, "documents", "import-docx", short, str(docx), user="clerk") == 0
    assert _cli(o.path, "documents", "submit", short, user="clerk") == 0
    assert _cli(o.path, "documents", "approve", short, user="clerk") == 1  # not a reviewer
    assert _cli(o.path, "documents", "approve", short, user="reviewer") == 0
    capsys.readouterr()
    assert _cli(o.path, "documents", "sign", short) == 0
    out = capsys.readouterr().out
    number = f"青纪发〔{out.split('〔')[1].split('〕')[0]}〕1号"
    assert number in out
    pdf = tmp_path / "signed.pdf"
    assert _cli(o.path, "documents", "export-pdf", number, "-o", str(pdf)) == 0
    assert _cli(o.path, "verify", str(pdf)) == 0
    capsys.readouterr()
    assert _cli(o.path, "documents", "list", "--status", "signed") == 0
    assert number in capsys.readouterr().out
    assert _cli(o.path, "documents", "show", document) == 0
    assert "欧阳晓燕" in capsys.readouterr().out
    assert _cli(o.path, "documents", "submit", short, user="clerk") == 1  # frozen
    assert "can never be changed" in capsys.readouterr().err
    assert _cli(o.path, "documents", "show", "no-such") == 2
