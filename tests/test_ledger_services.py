"""Responsibility lists, the duty ledger and inspections through the real services."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tests.conftest import TEST_PASSWORD
from zeren_desktop.domain.enums import (
    InspectionKind,
    ItemStatus,
    LedgerCategory,
    ListRole,
    Rank,
    TeamKind,
    TeamRole,
    UnitKind,
)
from zeren_desktop.domain.ledger import (
    InspectionInput,
    IssueRequest,
    ItemStatusInput,
    LedgerEntryInput,
    SignatureInput,
    TemplateInput,
    TemplateItemInput,
    bigrams,
)
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.domain.security import AccountRole
from zeren_desktop.domain.text import ConflictError, NotFoundError, ValidationError
from zeren_desktop.services.app import Services
from zeren_desktop.services.auth import UserInput
from zeren_desktop.services.ledger_dto import LedgerFilter
from zeren_desktop.services.session import PermissionDeniedError

YEAR = dt.date.today().year
JAN = dt.date(YEAR, 1, 5)


class Town:
    """A township with a Party committee team: secretary 魏某 and member 欧阳晓燕."""

    def __init__(self, services: Services) -> None:
        s = services
        self.county = s.units.create(UnitInput("青山县", UnitKind.COUNTY))
        self.town = s.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, self.county))
        self.other = s.units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, self.county))
        start = dt.date(YEAR - 2, 1, 1)
        self.secretary = s.cadres.create(CadreInput(
            "魏某", Rank.TOWNSHIP_SECTION, posts=(PostInput(self.town, "党委书记", start),)))
        self.member = s.cadres.create(CadreInput(
            "欧阳晓燕", Rank.TOWNSHIP_SECTION,
            posts=(PostInput(self.town, "党委副书记", start, portfolio="分管党建、组织"),)))
        self.outsider = s.cadres.create(CadreInput(
            "李秀英", Rank.GENERAL, posts=(PostInput(self.other, "纪委书记", start),)))
        self.team = s.teams.create(TeamInput(self.town, TeamKind.PARTY_COMMITTEE,
                                             "中共城关镇委员会"))
        s.teams.add_member(MembershipInput(self.team, self.secretary, TeamRole.PRINCIPAL,
                                           start))
        s.teams.add_member(MembershipInput(self.team, self.member, TeamRole.DEPUTY, start,
                                           portfolio="分管党建、组织"))


@pytest.fixture
def town(services: Services) -> Town:
    return Town(services)


def entry(cadre: uuid.UUID, day: dt.date = JAN, category: LedgerCategory =
          LedgerCategory.DEPLOYMENT, matter: str = "专题研究党风廉政建设工作", **kw: object
          ) -> LedgerEntryInput:
    return LedgerEntryInput(cadre, day, category, matter, **kw)  # type: ignore[arg-type]


def test_default_templates_are_installed_once(services: Services) -> None:
    templates = services.lists.templates()
    assert {t.role for t in templates} == set(ListRole)
    supervisory = next(t for t in templates if t.role is ListRole.SUPERVISORY)
    assert len(supervisory.items) == 23
    assert len({i.area for i in supervisory.items}) == 6


def test_issue_in_bulk_then_again_skips(services: Services, town: Town) -> None:
    result = services.lists.issue(IssueRequest(YEAR, (town.county,), JAN))
    assert len(result.created) == 3  # the team, its principal leader, its member
    rows = services.lists.search(year=YEAR)
    assert {r.role for r in rows} == {ListRole.TEAM, ListRole.FIRST_RESPONSIBLE, ListRole.MEMBER}
    member = next(r for r in rows if r.role is ListRole.MEMBER)
    assert member.holder == "欧阳晓燕"
    assert services.lists.get(member.id).portfolio == "分管党建、组织"
    again = services.lists.issue(IssueRequest(YEAR, (town.town,), JAN))
    assert again.created == () and again.skipped == 3


def test_template_change_never_rewrites_an_issued_list(services: Services, town: Town) -> None:
    template = next(t for t in services.lists.templates() if t.role is ListRole.MEMBER)
    list_id = services.lists.issue_one(YEAR, template.id, JAN, cadre_id=town.member)
    before = services.lists.get(list_id)
    services.lists.sign(list_id, SignatureInput(JAN, "欧阳晓燕"))
    sign_in(services, "admin")
    items = [TemplateItemInput(i.area, i.text + "（修订）", i.id)
             for i in template.current_items[1:]]
    items.append(TemplateItemInput("六、新增", "新增一项职责"))
    services.lists.update_template(template.id, TemplateInput(template.name, template.role,
                                                              tuple(items)))
    changed = services.lists.template(template.id)
    assert changed.items[-1].retired_on is not None  # the dropped item is retired, kept
    assert len(changed.current_items) == len(template.current_items)
    sign_in(services, "clerk")
    after = services.lists.get(list_id)
    assert [i.text for i in after.items] == [i.text for i in before.items]
    assert after.row.signed_by == "欧阳晓燕"
    # A new list gets the new text, without the retired item.
    other = services.lists.issue_one(YEAR, template.id, JAN, cadre_id=town.outsider)
    assert [i.text for i in services.lists.get(other).items] == [
        i.text for i in changed.current_items]


def test_sign_rules(services: Services, town: Town) -> None:
    template = next(t for t in services.lists.templates() if t.role is ListRole.MEMBER)
    list_id = services.lists.issue_one(YEAR, template.id, JAN, cadre_id=town.member)
    with pytest.raises(ConflictError):
        services.lists.sign(list_id, SignatureInput(JAN - dt.timedelta(days=1), "欧阳晓燕"))
    with pytest.raises(ValidationError):
        services.lists.sign(list_id, SignatureInput(JAN, "  "))
    services.lists.sign(list_id, SignatureInput(JAN, "欧阳晓燕"))
    with pytest.raises(ConflictError):
        services.lists.sign(list_id, SignatureInput(JAN, "欧阳晓燕"))
    with pytest.raises(ConflictError):
        services.lists.delete(list_id)
    with pytest.raises(ConflictError):  # one list of a kind per holder and year
        services.lists.issue_one(YEAR, template.id, JAN, cadre_id=town.member)


def test_entries_serve_items_and_reminders_follow(services: Services, town: Town) -> None:
    services.lists.issue(IssueRequest(YEAR, (town.town,), JAN))
    own = next(r for r in services.lists.search(year=YEAR, cadre_id=town.secretary))
    detail = services.lists.get(own.id)
    reminders = services.ledger.reminders(YEAR, 1, town.town)
    mine = next(r for r in reminders if r.cadre_id == town.secretary)
    assert set(mine.missing_categories) == set(LedgerCategory)
    assert len(mine.unserved_items) == len(detail.items)

    choices = services.ledger.item_choices(town.secretary, YEAR)
    assert {c.id for c in choices} >= {i.id for i in detail.items}
    services.ledger.create(entry(town.secretary, item_ids=(detail.items[0].id,)))
    mine = next(r for r in services.ledger.reminders(YEAR, 1, town.town)
                if r.cadre_id == town.secretary)
    assert LedgerCategory.DEPLOYMENT not in mine.missing_categories
    assert detail.items[0].id not in {i.id for i in mine.unserved_items}
    assert services.lists.get(own.id).items[0].entries == 1
    # Another quarter still misses the kind.
    q2 = next(r for r in services.ledger.reminders(YEAR, 2, town.town)
              if r.cadre_id == town.secretary)
    assert LedgerCategory.DEPLOYMENT in q2.missing_categories
    # An item of someone else's list is refused.
    other = next(r for r in services.lists.search(year=YEAR, cadre_id=town.member))
    foreign = services.lists.get(other.id).items[0].id
    with pytest.raises(NotFoundError):
        services.ledger.create(entry(town.secretary, matter="另一事项", item_ids=(foreign,)))


def test_two_character_search_and_filters(services: Services, town: Town) -> None:
    services.ledger.create(entry(town.secretary, content="约谈村支书魏某某，提醒整改"))
    services.ledger.create(entry(town.member, category=LedgerCategory.INTEGRITY_TALK,
                                 matter="与新任村干部廉政谈话", place="镇会议室"))
    services.ledger.create(entry(town.outsider, matter="检查河口镇台账",
                                 category=LedgerCategory.INSPECTION))
    assert [r.cadre_name for r in services.ledger.search(LedgerFilter(text="魏某"))] == ["魏某"]
    assert len(services.ledger.search(LedgerFilter(text="谈话"))) == 1
    assert len(services.ledger.search(LedgerFilter(text="廉政谈话"))) == 1
    assert services.ledger.search(LedgerFilter(text="会议")) != []
    assert services.ledger.search(LedgerFilter(text="不存在的词")) == []
    # No match across two fields ("书" ends the matter... "约" starts content).
    assert services.ledger.search(LedgerFilter(text="作约")) == []
    assert services.ledger.count(LedgerFilter(unit_id=town.town)) == 2
    assert services.ledger.count(LedgerFilter(category=LedgerCategory.INSPECTION)) == 1
    assert services.ledger.count(LedgerFilter(reviewed=True)) == 0
    # Punctuation is ignored, so LIKE's wildcards never reach SQL as wildcards.
    assert len(services.ledger.search(LedgerFilter(text="%"))) == 3
    assert [r.cadre_name for r in services.ledger.search(LedgerFilter(text="_魏某"))] == ["魏某"]


def test_search_index_follows_updates(services: Services, town: Town) -> None:
    entry_id = services.ledger.create(entry(town.secretary, place="东门社区"))
    assert services.ledger.count(LedgerFilter(text="东门")) == 1
    services.ledger.update(entry_id, entry(town.secretary, place="西门社区"))
    assert services.ledger.count(LedgerFilter(text="东门")) == 0
    assert services.ledger.count(LedgerFilter(text="西门")) == 1
    services.ledger.delete(entry_id)
    assert services.ledger.count(LedgerFilter(text="西门")) == 0


def test_duplicate_entry_refused(services: Services, town: Town) -> None:
    services.ledger.create(entry(town.secretary))
    with pytest.raises(ConflictError):
        services.ledger.create(entry(town.secretary, matter=" 专题研究党风廉政建设工作 "))
    assert services.ledger.count() == 1


def test_bad_entries_write_nothing(services: Services, town: Town) -> None:
    with pytest.raises(ValidationError) as error:
        services.ledger.create(entry(town.secretary, matter=""))
    assert error.value.field == "matter"
    with pytest.raises(ValidationError):
        services.ledger.create(entry(town.secretary, day=dt.date.today() + dt.timedelta(days=3)))
    with pytest.raises(ValidationError):
        services.ledger.create(entry(town.secretary, content="长" * 10_001))
    with pytest.raises(NotFoundError):
        services.ledger.create(entry(uuid.uuid4()))
    assert services.ledger.count() == 0


def test_text_kept_exactly(services: Services, town: Town) -> None:
    odd = "Robert'); DROP TABLE ledger_entries;-- \u202e反向 😀 =1+1"
    entry_id = services.ledger.create(entry(town.secretary, content=odd))
    assert services.ledger.get(entry_id).row.content == odd


def test_review_by_reviewer_only_and_update_clears_it(services: Services, town: Town) -> None:
    entry_id = services.ledger.create(entry(town.secretary))
    with pytest.raises(PermissionDeniedError):
        services.ledger.review([entry_id])
    sign_in(services, "reviewer")
    assert services.ledger.review([entry_id]) == 1
    assert services.ledger.review([entry_id]) == 0
    row = services.ledger.get(entry_id).row
    assert row.reviewed and row.reviewed_by == "reviewer"
    assert services.ledger.count(LedgerFilter(reviewed=True)) == 1
    sign_in(services, "clerk")
    services.ledger.update(entry_id, entry(town.secretary, place="镇政府"))
    assert not services.ledger.get(entry_id).row.reviewed


def test_attachments_are_copied_with_their_hash(services: Services, town: Town,
                                                tmp_path: pytest.TempPathFactory) -> None:
    source = tmp_path / "会议记录.txt"  # type: ignore[operator]
    source.write_text("会议纪要", encoding="utf-8")
    entry_id = services.ledger.create(entry(town.secretary))
    attachment = services.ledger.add_attachment(entry_id, source)
    stored = services.ledger.attachment_path(attachment)
    assert stored != source and stored.read_text(encoding="utf-8") == "会议纪要"
    info = services.ledger.get(entry_id).attachments[0]
    assert info.file_name == "会议记录.txt" and len(info.sha256) == 64
    stored.write_text("被改过", encoding="utf-8")
    if services.db.file is not None:
        with pytest.raises(ConflictError):
            services.ledger.attachment_path(attachment)
    else:  # a server: this PC's copy is a cache, filled again from the database
        assert services.ledger.attachment_path(attachment).read_text("utf-8") == "会议纪要"
    services.ledger.remove_attachment(attachment)
    assert services.ledger.get(entry_id).attachments == ()


def test_item_status_history(services: Services, town: Town) -> None:
    services.lists.issue(IssueRequest(YEAR, (town.town,), JAN))
    own = next(r for r in services.lists.search(year=YEAR, cadre_id=town.secretary))
    item = services.lists.get(own.id).items[0]
    services.lists.set_item_status(item.id, ItemStatusInput(ItemStatus.IN_PROGRESS, JAN))
    services.lists.set_item_status(item.id, ItemStatusInput(ItemStatus.DONE, JAN, "已完成"))
    assert services.lists.get(own.id).items[0].status is ItemStatus.DONE
    assert services.lists.search(year=YEAR, cadre_id=town.secretary)[0].done == 1


def test_inspections_and_overdue(services: Services, town: Town) -> None:
    today = dt.date.today()
    late = services.inspections.create(InspectionInput(
        today - dt.timedelta(days=40), InspectionKind.LEDGER, "县纪委第一检查组",
        cadre_id=town.secretary, findings="台账记录不全", rectification="补齐一季度台账",
        deadline=today - dt.timedelta(days=10)))
    services.inspections.create(InspectionInput(
        today - dt.timedelta(days=5), InspectionKind.SPECIAL, "县纪委第二检查组",
        unit_id=town.town, rectification="整改", deadline=today + dt.timedelta(days=10)))
    overdue = services.inspections.overdue()
    assert [r.id for r in overdue] == [late]
    assert overdue[0].unit_name == "城关镇"  # filed under the cadre's unit
    row = services.inspections.get(late)
    services.inspections.update(late, InspectionInput(
        row.inspected_on, row.kind, row.inspectors, cadre_id=town.secretary,
        findings=row.findings, rectification=row.rectification, deadline=row.deadline,
        result="已整改", result_date=today))
    assert services.inspections.overdue() == []
    with pytest.raises(ValidationError):
        services.inspections.create(InspectionInput(today, InspectionKind.LEDGER, "组"))


def test_township_clerk_sees_only_its_township(services: Services, town: Town) -> None:
    services.lists.issue(IssueRequest(YEAR, (town.county,), JAN))
    services.ledger.create(entry(town.secretary))
    outside = services.ledger.create(entry(town.outsider))
    sign_in(services, "admin")
    services.auth.create_user(UserInput("chengguan", "城关镇录入员",
                                        frozenset({AccountRole.CLERK}), town.town),
                              "Town-Pass-2026")
    services.auth.sign_out()
    services.auth.sign_in("chengguan", "Town-Pass-2026")
    assert services.ledger.count() == 1
    with pytest.raises(PermissionDeniedError):
        services.ledger.get(outside)
    with pytest.raises(PermissionDeniedError):
        services.ledger.create(entry(town.outsider, matter="越权录入"))
    with pytest.raises(PermissionDeniedError):
        services.ledger.delete(outside)
    assert {r.holder for r in services.lists.search()} >= {"魏某"}
    assert all(r.unit_id == town.town for r in services.lists.search())


def test_bigrams() -> None:
    assert bigrams("魏某") == {"魏某"}
    assert bigrams("Ａ魏　某") == {"a魏", "魏某"}
    assert bigrams("魏") == {"魏"}


def sign_in(services: Services, username: str) -> None:
    services.auth.sign_out()
    services.auth.sign_in(username, TEST_PASSWORD)


def test_a_renamed_cadre_is_found_by_the_new_name(services: Services, town: Town) -> None:
    services.ledger.create(entry(town.member, place="东门社区"))
    assert services.ledger.count(LedgerFilter(text="欧阳")) == 1
    services.cadres.update(town.member, CadreInput(
        "司马晓燕", Rank.TOWNSHIP_SECTION, posts=(PostInput(
            town.town, "党委副书记", dt.date(YEAR - 2, 1, 1), portfolio="分管党建、组织"),)))
    assert services.ledger.count(LedgerFilter(text="欧阳")) == 0
    assert services.ledger.count(LedgerFilter(text="司马")) == 1
    assert services.ledger.count(LedgerFilter(text="东门")) == 1  # the rest is kept
