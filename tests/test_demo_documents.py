"""The demo's documents: every status, numbers without gaps in date order, signed PDFs
that verify against the database, and the same documents for the same seed."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from zeren_desktop.domain.documents import DocumentKind, DocumentStatus
from zeren_desktop.services.app import Services
from zeren_desktop.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoResult, load_demo
from zeren_desktop.services.documents_dto import DocumentRow
from zeren_desktop.storage.models import AccountabilityCase, DocumentCounter

UNTIL = dt.date(2026, 5, 15)
NUMBER = re.compile(r"^(青纪[建发通报])〔(\d{4})〕([1-9]\d*)号$")
# Forms (送达回证, 谈话记录) have no number prefix in the demo settings: signed unnumbered.
UNNUMBERED = {DocumentKind.RECEIPT, DocumentKind.TALK_RECORD}
DISPLAY = {name: display for name, display, _, _ in DEMO_ACCOUNTS}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, DemoResult]]:
    path = tmp_path_factory.mktemp("demo-documents") / "demo.sqlite"
    with Services.open(path) as services:
        result = load_demo(services, ledger_until=UNTIL)
        services.auth.sign_in("leader", DEMO_PASSWORD)  # county level, VIEW_RECORDS
        yield services, result


@pytest.fixture(scope="module")
def rows(demo: tuple[Services, DemoResult]) -> list[DocumentRow]:
    services, _ = demo
    return services.documents.search()


def _fingerprint(rows: list[DocumentRow]) -> list[tuple[str, ...]]:
    return sorted((r.kind.value, r.status.value, str(r.version), r.title, r.number,
                   str(r.document_date), r.case_number, r.unit_name) for r in rows)


def test_demo_has_documents_of_every_kind_made_from_records_and_in_every_status(
        demo: tuple[Services, DemoResult], rows: list[DocumentRow]) -> None:
    _, result = demo
    assert result.documents == len(rows) >= 20
    statuses = Counter(r.status for r in rows)
    assert set(statuses) == set(DocumentStatus)
    kinds = Counter(r.kind for r in rows)
    assert set(kinds) == set(DocumentKind) - {DocumentKind.CLEARANCE}
    decisions = [r for r in rows if r.kind is DocumentKind.DECISION]
    assert {r.status for r in decisions} == {DocumentStatus.SUBMITTED, DocumentStatus.APPROVED,
                                             DocumentStatus.SIGNED}
    assert all(r.case_id is not None for r in rows
               if r.kind in (DocumentKind.DECISION, DocumentKind.PROPOSAL,
                             DocumentKind.NOTICE, DocumentKind.RECEIPT))
    talks = [r for r in rows if r.kind is DocumentKind.TALK_RECORD]
    assert len(talks) == 3 and all(r.talk_id is not None for r in talks)
    assert {r.status for r in talks} == {DocumentStatus.SIGNED, DocumentStatus.DRAFT}
    (listed,) = [r for r in rows if r.kind is DocumentKind.LIST]
    assert listed.list_id is not None and listed.status is DocumentStatus.DRAFT
    (report,) = [r for r in rows if r.kind is DocumentKind.STATISTICS]
    assert report.signed and "2026年1月1日至2026年3月31日" in report.title
    # Drafted, reviewed and signed by the demo accounts.
    assert {r.created_by for r in rows} == {"clerk"}
    assert {r.submitted_by for r in rows if r.status is not DocumentStatus.DRAFT} == {"clerk"}
    for row in rows:
        if row.signed:
            assert (row.signed_by, row.signed_by_name) == ("leader", DISPLAY["leader"])
            assert row.approved_by == "reviewer" and row.verification_code


def test_a_draft_was_returned_with_its_reason(demo: tuple[Services, DemoResult],
                                              rows: list[DocumentRow]) -> None:
    services, _ = demo
    details = [services.documents.get(r.id) for r in rows if r.status is DocumentStatus.DRAFT]
    returned = [d for d in details if d.return_reason]
    assert len(returned) == 1
    assert returned[0].returned_by == "reviewer" and returned[0].submitted_by == "clerk"


def test_a_signed_decision_is_superseded_by_a_signed_version_2(
        rows: list[DocumentRow]) -> None:
    by_id = {r.id: r for r in rows}
    (new,) = [r for r in rows if r.version == 2]
    assert new.signed and new.supersedes_id is not None
    old = by_id[new.supersedes_id]
    assert old.signed and old.superseded_by == new.id and old.kind is new.kind
    assert old.document_date is not None and new.document_date is not None
    assert old.document_date <= new.document_date and old.number != new.number
    assert sum(1 for r in rows if r.superseded) == 1


def test_numbers_run_from_one_without_gaps_in_date_order(
        demo: tuple[Services, DemoResult], rows: list[DocumentRow]) -> None:
    services, _ = demo
    signed = [r for r in rows if r.signed]
    assert len(signed) >= 10
    groups: dict[tuple[str, DocumentKind, int], list[tuple[int, dt.date]]] = defaultdict(list)
    for row in signed:
        assert row.document_date is not None and row.document_date <= UNTIL
        assert row.signed_at is not None and row.signed_at.date() == row.document_date
        if row.kind in UNNUMBERED:
            assert row.number == ""
            continue
        found = NUMBER.match(row.number)
        assert found, row.number
        prefix, year, sequence = found[1], int(found[2]), int(found[3])
        assert year == row.document_date.year
        groups[(prefix, row.kind, year)].append((sequence, row.document_date))
    assert {prefix for prefix, _, _ in groups} == {"青纪建", "青纪发", "青纪通", "青纪报"}
    for key, numbers in groups.items():
        numbers.sort()
        assert [n for n, _ in numbers] == list(range(1, len(numbers) + 1)), key
        days = [day for _, day in numbers]
        assert days == sorted(days), key
    # The counters stand at the last number of each prefix, kind and year.
    with services.db.read() as session:
        counters = {(prefix, kind, year): last for prefix, kind, year, last in session.execute(
            select(DocumentCounter.issuer_prefix, DocumentCounter.kind, DocumentCounter.year,
                   DocumentCounter.last_sequence)) if prefix}
    assert counters == {key: len(numbers) for key, numbers in groups.items()}


def test_signed_decisions_are_dated_on_or_after_the_case_decision(
        demo: tuple[Services, DemoResult], rows: list[DocumentRow]) -> None:
    services, _ = demo
    with services.db.read() as session:
        decided = {case_id: day for case_id, day in session.execute(
            select(AccountabilityCase.id, AccountabilityCase.decision_date))}
    signed = [r for r in rows if r.kind is DocumentKind.DECISION and r.signed]
    assert len(signed) >= 4
    for row in signed:
        day = decided[row.case_id]
        assert day is not None and row.document_date is not None
        assert day <= row.document_date <= UNTIL


def test_every_signed_pdf_verifies(demo: tuple[Services, DemoResult],
                                   rows: list[DocumentRow]) -> None:
    services, _ = demo
    assert services.documents.check_signed() == []
    for row in rows:
        if not row.signed:
            continue
        data = services.documents.pdf_bytes(row.id)
        assert data.startswith(b"%PDF")
        found = services.documents.verify(data)
        assert found.matched and found.stored_intact, (row.title, found.problem)
        assert found.document is not None and found.document.id == row.id
        assert services.documents.find_by_code(row.verification_code) == found.document
    assert services.audit.verify().ok


def test_the_demo_clerk_sees_documents_of_their_township(
        demo: tuple[Services, DemoResult], rows: list[DocumentRow]) -> None:
    services, _ = demo
    try:
        services.auth.sign_in("clerk", DEMO_PASSWORD)
        own = services.documents.search()
    finally:
        services.auth.sign_in("leader", DEMO_PASSWORD)
    assert own and len(own) < len(rows)


def test_same_seed_same_documents(demo: tuple[Services, DemoResult],
                                  rows: list[DocumentRow], tmp_path: Path) -> None:
    with Services.open(tmp_path / "again.sqlite") as again:
        load_demo(again, ledger_until=UNTIL)
        again.auth.sign_in("leader", DEMO_PASSWORD)
        assert _fingerprint(again.documents.search()) == _fingerprint(rows)
