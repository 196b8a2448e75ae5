"""The default responsibility-list templates shipped as data, and their loader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from zeren_desktop.domain.enums import ListRole
from zeren_desktop.domain.ledger import TemplateInput
from zeren_desktop.domain.list_templates import (
    DefaultTemplate,
    load_default_templates,
    to_template_input,
)

SHIPPED = Path(__file__).parents[1] / "resources" / "list_templates"


@pytest.fixture(scope="module")
def templates() -> list[DefaultTemplate]:
    return load_default_templates(SHIPPED)


def by_role(templates: list[DefaultTemplate], role: ListRole) -> DefaultTemplate:
    (found,) = [t for t in templates if t.role is role]
    return found


def test_four_templates_one_per_role_in_role_order(templates: list[DefaultTemplate]) -> None:
    assert [t.role for t in templates] == [ListRole.TEAM, ListRole.FIRST_RESPONSIBLE,
                                           ListRole.MEMBER, ListRole.SUPERVISORY]
    assert [t.key for t in templates] == ["team", "first_responsible", "member", "supervisory"]
    for t in templates:
        assert t.name.endswith("责任清单")
        assert "湖北省党风廉政建设主体责任和监督责任追究暂行办法" in t.source


def test_sizes_are_those_of_real_lists(templates: list[DefaultTemplate]) -> None:
    sizes = {t.role: (len({i.area for i in t.items}), len(t.items)) for t in templates}
    team_areas, team_items = sizes[ListRole.TEAM]
    assert 5 <= team_areas <= 7 and 15 <= team_items <= 25
    first_areas, first_items = sizes[ListRole.FIRST_RESPONSIBLE]
    assert 4 <= first_areas <= 6 and 10 <= first_items <= 18
    member_areas, member_items = sizes[ListRole.MEMBER]
    assert 3 <= member_areas <= 5 and 8 <= member_items <= 14


def test_supervisory_list_has_6_areas_and_23_items(templates: list[DefaultTemplate]) -> None:
    sup = by_role(templates, ListRole.SUPERVISORY)
    assert len({i.area for i in sup.items}) == 6
    assert len(sup.items) == 23


def test_areas_are_contiguous_and_numbered_in_order(templates: list[DefaultTemplate]) -> None:
    numerals = "一二三四五六七八九十"
    for t in templates:
        areas = list(dict.fromkeys(i.area for i in t.items))
        # An area's items stand together, so that a printed list has each heading once.
        runs = [a for n, a in enumerate(i.area for i in t.items)
                if n == 0 or t.items[n - 1].area != a]
        assert runs == areas, t.key
        assert [a[:2] for a in areas] == [f"{numerals[n]}、" for n in range(len(areas))], t.key


def test_every_item_passes_the_input_checks(templates: list[DefaultTemplate]) -> None:
    for t in templates:
        for n, item in enumerate(t.items):
            assert item.validated(n) == item
            assert item.id is None
        converted = to_template_input(t)
        assert isinstance(converted, TemplateInput)
        assert (converted.name, converted.role, converted.items) == (t.name, t.role, t.items)
        assert converted.validated() == converted


def test_no_duplicate_texts_within_a_template(templates: list[DefaultTemplate]) -> None:
    for t in templates:
        texts = [i.text for i in t.items]
        assert len(texts) == len(set(texts)), t.key


def test_contents_follow_the_measures(templates: list[DefaultTemplate]) -> None:
    team = "".join(i.text for i in by_role(templates, ListRole.TEAM).items)
    assert "研究部署" in team
    assert "巡视" in team and "作风" in team and "选拔任用" in team
    first = "".join(i.text for i in by_role(templates, ListRole.FIRST_RESPONSIBLE).items)
    for phrase in ("亲自部署", "亲自过问", "亲自协调", "亲自督办", "约谈", "廉洁"):
        assert phrase in first
    member = "".join(i.text for i in by_role(templates, ListRole.MEMBER).items)
    assert "一岗双责" in member and "分管" in member
    sup = "".join(i.text for i in by_role(templates, ListRole.SUPERVISORY).items)
    assert "四种形态" in sup and "协助党委" in sup


GOOD = """\
key = "{key}"
role = "team"
name = "测试清单"
source = "测试"

[[items]]
area = "一、测试"
text = "每年至少两次专题研究部署党风廉政建设工作。"
"""


def _folder_with(tmp_path: Path, name: str, text: str) -> Path:
    shutil.copy(SHIPPED / "schema.json", tmp_path / "schema.json")
    (tmp_path / name).write_text(text, "utf-8")
    return tmp_path


def test_a_good_file_in_another_folder_loads(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, "mine.toml", GOOD.format(key="mine"))
    (t,) = load_default_templates(folder)
    assert (t.key, t.role, t.name, len(t.items)) == ("mine", ListRole.TEAM, "测试清单", 1)


BROKEN = GOOD.format(key="broken")
TEXT_LINE = 'text = "每年至少两次专题研究部署党风廉政建设工作。"'


@pytest.mark.parametrize(("text", "problem"), [
    (BROKEN.split("[[items]]")[0], "'items' is a required property"),
    (BROKEN.split("[[items]]")[0] + "items = []\n", "items"),
    (BROKEN.replace('role = "team"', 'role = "village"'), "'village' is not one of"),
    (BROKEN.replace('role = "team"\n', ""), "'role' is a required property"),
    (BROKEN.replace(TEXT_LINE, 'text = "   "'), "items[0].text"),
    (BROKEN.replace('area = "一、测试"', 'area = ""'), "items[0].area"),
    (BROKEN.replace(TEXT_LINE, TEXT_LINE + '\nnote = "?"'), "'note' was unexpected"),
    (GOOD.format(key="other"), "must equal the file name"),
    ('key = "broken"\nrole = ', "not valid TOML"),
], ids=["missing-items", "empty-items", "wrong-role", "missing-role", "blank-text",
        "empty-area", "unknown-key", "key-not-file-name", "not-toml"])
def test_a_broken_file_is_refused_naming_the_file(tmp_path: Path, text: str,
                                                  problem: str) -> None:
    folder = _folder_with(tmp_path, "broken.toml", text)
    with pytest.raises(ValueError, match=r"broken\.toml") as info:
        load_default_templates(folder)
    assert problem in str(info.value)


def test_too_long_text_is_refused(tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, "long.toml", GOOD.format(key="long").replace(
        "每年至少两次专题研究部署党风廉政建设工作。", "长" * 2001))
    with pytest.raises(ValueError, match=r"long\.toml.*items\[0\]\.text"):
        load_default_templates(folder)


def test_a_missing_schema_is_reported(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(GOOD.format(key="mine"), "utf-8")
    with pytest.raises(ValueError, match=r"schema\.json"):
        load_default_templates(tmp_path)
