"""Units, cadres and posts through the services: rules hold and bad input writes nothing."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from zeren_desktop.domain.enums import Rank, Sex, TeamKind, TeamRole, UnitKind
from zeren_desktop.domain.identity import resident_id_check_char
from zeren_desktop.domain.records import (
    CadreInput,
    MembershipInput,
    PostInput,
    TeamInput,
    UnitInput,
)
from zeren_desktop.domain.text import ConflictError, NotFoundError, ValidationError
from zeren_desktop.services.app import Services


def _id(birth: str, seq: str = "123") -> str:
    first = "420102" + birth + seq
    return first + resident_id_check_char(first)


@pytest.fixture
def township(services: Services) -> uuid.UUID:
    county = services.units.create(UnitInput("青山县", UnitKind.COUNTY))
    return services.units.create(UnitInput("城关镇", UnitKind.TOWNSHIP, parent_id=county))


def test_unit_tree_and_edit(services: Services, township: uuid.UUID) -> None:
    units = {u.name: u for u in services.units.list_all()}
    assert units["城关镇"].parent_id == units["青山县"].id
    services.units.update(township, UnitInput("城关镇人民政府", UnitKind.TOWNSHIP,
                                              parent_id=units["青山县"].id, short_name="城关"))
    assert services.units.get(township).short_name == "城关"


def test_unit_cannot_go_under_its_own_descendant(services: Services,
                                                 township: uuid.UUID) -> None:
    county = services.units.get(township).parent_id
    assert county is not None
    with pytest.raises(ValidationError, match="under itself"):
        services.units.update(county, UnitInput("青山县", UnitKind.COUNTY, parent_id=township))
    assert services.units.get(county).parent_id is None


def test_blank_name_and_bad_credit_code_write_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.units.create(UnitInput("   ", UnitKind.DEPARTMENT))
    assert caught.value.field == "name"
    with pytest.raises(ValidationError):
        services.units.create(UnitInput("县财政局", UnitKind.DEPARTMENT,
                                        credit_code="11420100000000000X"))
    assert services.units.list_all() == []


def test_cadre_with_id_number_gets_birth_and_sex(services: Services,
                                                  township: uuid.UUID) -> None:
    number = _id("19800512", "131")  # odd 17th digit: male
    cadre = services.cadres.create(CadreInput(
        "欧阳·建国", Rank.TOWNSHIP_SECTION, id_number=number.lower(),
        posts=(PostInput(township, "党委书记", dt.date(2021, 3, 1)),)))
    detail = services.cadres.get(cadre)
    assert detail.birth_date == dt.date(1980, 5, 12)
    assert detail.sex is Sex.MALE
    assert detail.id_number == number.upper()
    assert [(p.title, p.unit_name, p.is_current) for p in detail.posts] == [
        ("党委书记", "城关镇", True)]
    rows = services.cadres.search("城关")
    assert [(r.name, r.title) for r in rows] == [("欧阳·建国", "党委书记")]
    assert services.cadres.count(unit_id=township) == 1


def test_post_history_is_kept_across_transfer(services: Services,
                                             township: uuid.UUID) -> None:
    county = services.units.get(township).parent_id
    assert county is not None
    bureau = services.units.create(UnitInput("县财政局", UnitKind.DEPARTMENT, parent_id=county))
    cadre = services.cadres.create(CadreInput("李明", posts=(
        PostInput(bureau, "副局长", dt.date(2015, 1, 1), dt.date(2020, 6, 30)),
        PostInput(township, "镇长", dt.date(2020, 7, 1)),
    )))
    detail = services.cadres.get(cadre)
    assert [p.unit_name for p in detail.posts] == ["县财政局", "城关镇"]
    row = services.cadres.search("李明")[0]
    assert (row.unit_name, row.title) == ("城关镇", "镇长")
    assert services.cadres.count(unit_id=bureau) == 0  # the old post has ended
    # Editing keeps the post ids of the posts still listed.
    first_post = detail.posts[0]
    services.cadres.update(cadre, CadreInput("李明", posts=(
        PostInput(bureau, "副局长", first_post.start_date, first_post.end_date,
                  id=first_post.id),)))
    assert [p.id for p in services.cadres.get(cadre).posts] == [first_post.id]


@pytest.mark.parametrize(("data", "field"), [
    (CadreInput(""), "name"),
    (CadreInput("王五", id_number="420102198005121310"), "id_number"),
    (CadreInput("王五", birth_date=dt.date(1850, 1, 1)), "birth_date"),
    (CadreInput("王五", sex=Sex.FEMALE, id_number=_id("19800512", "131")), "sex"),
    (CadreInput("王五", birth_date=dt.date(1990, 1, 1), id_number=_id("19800512")),
     "birth_date"),
])
def test_bad_cadre_input_writes_nothing(services: Services, data: CadreInput,
                                        field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.cadres.create(data)
    assert caught.value.field == field
    assert services.cadres.count() == 0


def test_bad_posts_write_nothing(services: Services, township: uuid.UUID) -> None:
    with pytest.raises(ValidationError) as caught:
        services.cadres.create(CadreInput("赵六", posts=(
            PostInput(township, "副镇长", dt.date(2020, 1, 1), dt.date(2019, 1, 1)),)))
    assert caught.value.field == "posts[0].end_date"
    with pytest.raises(ValidationError) as caught:
        services.cadres.create(CadreInput("赵六", birth_date=dt.date(2000, 1, 1), posts=(
            PostInput(township, "副镇长", dt.date(2010, 1, 1)),)))
    assert caught.value.field == "posts[0].start_date"
    with pytest.raises(NotFoundError):
        services.cadres.create(CadreInput("赵六", posts=(
            PostInput(uuid.uuid4(), "副镇长", dt.date(2020, 1, 1)),)))
    assert services.cadres.count() == 0


def test_deletion_only_when_nothing_refers(services: Services, township: uuid.UUID) -> None:
    cadre = services.cadres.create(CadreInput("孙七", posts=(
        PostInput(township, "纪委书记", dt.date(2022, 1, 1)),)))
    team = services.teams.create(TeamInput(township, TeamKind.DISCIPLINE, "城关镇纪委"))
    services.teams.add_member(MembershipInput(team, cadre, TeamRole.PRINCIPAL,
                                              dt.date(2022, 1, 1)))
    with pytest.raises(ConflictError, match="team memberships: 1"):
        services.cadres.delete(cadre)
    with pytest.raises(ConflictError, match="posts: 1"):
        services.units.delete(township)
    assert services.cadres.count() == 1
    teams = services.teams.for_unit(township)
    assert [(t.name, [m.cadre_name for m in t.members]) for t in teams] == [
        ("城关镇纪委", ["孙七"])]
    # A cadre without references goes, with their own posts.
    other = services.cadres.create(CadreInput("周八", posts=(
        PostInput(township, "副镇长", dt.date(2022, 1, 1)),)))
    services.cadres.delete(other)
    assert [r.name for r in services.cadres.search()] == ["孙七"]


def test_text_is_stored_exactly(services: Services) -> None:
    tricky = "县'; DROP TABLE units;-- \u202e局 😀"
    unit = services.units.create(UnitInput(tricky, UnitKind.OTHER))
    assert services.units.get(unit).name == tricky
    with pytest.raises(ValidationError, match="At most 100"):
        services.units.create(UnitInput("局" * 101, UnitKind.OTHER))


def test_every_record_has_uuid_and_office(services: Services, township: uuid.UUID) -> None:
    from sqlalchemy import select

    from zeren_desktop.storage.models import Unit

    with services.db.read() as session:
        offices = set(session.scalars(select(Unit.office_id)))
    assert offices == {services.office_id}
    assert isinstance(township, uuid.UUID)


def test_writers_in_several_threads_all_land(services: Services) -> None:
    """One writer lane: concurrent writes queue instead of failing with 'locked'."""
    from concurrent.futures import ThreadPoolExecutor

    def add(n: int) -> uuid.UUID:
        return services.units.create(UnitInput(f"单位{n:03d}", UnitKind.OTHER))

    with ThreadPoolExecutor(max_workers=4) as pool:
        created = list(pool.map(add, range(60)))
    assert len(set(created)) == 60
    assert len(services.units.list_all()) == 60
