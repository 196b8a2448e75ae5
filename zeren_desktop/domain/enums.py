"""Closed vocabularies of the core records, with their display labels (translatable)."""

from __future__ import annotations

from enum import StrEnum

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A string enum whose members have a source-language label for the UI."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def context(cls) -> str:
        return cls.__name__


class UnitKind(LabelledEnum):
    COUNTY = "county"
    TOWNSHIP = "township"
    DEPARTMENT = "department"
    VILLAGE = "village"
    ENTERPRISE = "enterprise"
    OTHER = "other"


class Rank(LabelledEnum):
    """Cadre rank (职级) as the rules distinguish it."""

    COUNTY_DIVISION = "county_division"
    TOWNSHIP_SECTION = "township_section"
    GENERAL = "general"
    OTHER = "other"


class Sex(LabelledEnum):
    MALE = "male"
    FEMALE = "female"


class TeamKind(LabelledEnum):
    PARTY_COMMITTEE = "party_committee"
    DISCIPLINE = "discipline"


class TeamRole(LabelledEnum):
    """A member's place in a leadership team (art. 3: first responsibility vs. members)."""

    PRINCIPAL = "principal"
    DEPUTY = "deputy"
    MEMBER = "member"


class LedgerCategory(LabelledEnum):
    """The nine must-record kinds (九必记) of the duty ledger, in the seed's order."""

    DEPLOYMENT = "deployment"            # 研究部署
    RESEARCH_SUPERVISION = "research"    # 调研督办
    INSPECTION = "inspection"            # 检查考核
    REPORTING = "reporting"              # 听取或报告汇报
    CASE_HANDLING = "case_handling"      # 研究查处案件
    ACCOUNTABILITY = "accountability"    # 追责问责
    INTEGRITY_TALK = "integrity_talk"    # 廉政谈话提醒
    EDUCATION = "education"              # 廉政教育活动
    DAILY_SUPERVISION = "daily"          # 日常监督管理


class ListRole(LabelledEnum):
    """Whose responsibility list (art. 3): team, principal leader, member, commission."""

    TEAM = "team"                                # 领导班子集体
    FIRST_RESPONSIBLE = "first_responsible"      # 主要负责人 (第一责任人)
    MEMBER = "member"                            # 班子其他成员 (分管范围内)
    SUPERVISORY = "supervisory"                  # 纪委(纪检组) 监督责任

    @property
    def for_team(self) -> bool:
        return self in (ListRole.TEAM, ListRole.SUPERVISORY)


class ItemStatus(LabelledEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class InspectionKind(LabelledEnum):
    CENTRAL = "central"          # 集中督查
    UNANNOUNCED = "unannounced"  # 明察暗访
    SPECIAL = "special"          # 专项检查
    LEDGER = "ledger"            # 台账检查


_LABELS: dict[str, dict[str, str]] = {
    "UnitKind": {
        "county": QT_TRANSLATE_NOOP("UnitKind", "County"),
        "township": QT_TRANSLATE_NOOP("UnitKind", "Township"),
        "department": QT_TRANSLATE_NOOP("UnitKind", "County department"),
        "village": QT_TRANSLATE_NOOP("UnitKind", "Village or community"),
        "enterprise": QT_TRANSLATE_NOOP("UnitKind", "State enterprise or institution"),
        "other": QT_TRANSLATE_NOOP("UnitKind", "Other"),
    },
    "Rank": {
        "county_division": QT_TRANSLATE_NOOP("Rank", "County/division level"),
        "township_section": QT_TRANSLATE_NOOP("Rank", "Township/section level"),
        "general": QT_TRANSLATE_NOOP("Rank", "General cadre"),
        "other": QT_TRANSLATE_NOOP("Rank", "Other"),
    },
    "Sex": {
        "male": QT_TRANSLATE_NOOP("Sex", "Male"),
        "female": QT_TRANSLATE_NOOP("Sex", "Female"),
    },
    "TeamKind": {
        "party_committee": QT_TRANSLATE_NOOP("TeamKind", "Party committee (leading group)"),
        "discipline": QT_TRANSLATE_NOOP("TeamKind", "Discipline commission (inspection group)"),
    },
    "TeamRole": {
        "principal": QT_TRANSLATE_NOOP("TeamRole", "Principal leader"),
        "deputy": QT_TRANSLATE_NOOP("TeamRole", "Deputy"),
        "member": QT_TRANSLATE_NOOP("TeamRole", "Member"),
    },
    "LedgerCategory": {
        "deployment": QT_TRANSLATE_NOOP("LedgerCategory", "Deployment and study"),
        "research": QT_TRANSLATE_NOOP("LedgerCategory", "Research and supervision of work"),
        "inspection": QT_TRANSLATE_NOOP("LedgerCategory", "Inspection and assessment"),
        "reporting": QT_TRANSLATE_NOOP("LedgerCategory", "Hearing or giving reports"),
        "case_handling": QT_TRANSLATE_NOOP("LedgerCategory", "Studying and handling cases"),
        "accountability": QT_TRANSLATE_NOOP("LedgerCategory", "Accountability"),
        "integrity_talk": QT_TRANSLATE_NOOP("LedgerCategory", "Integrity talks and reminders"),
        "education": QT_TRANSLATE_NOOP("LedgerCategory", "Integrity education"),
        "daily": QT_TRANSLATE_NOOP("LedgerCategory", "Daily supervision and management"),
    },
    "ListRole": {
        "team": QT_TRANSLATE_NOOP("ListRole", "Party committee team (collective)"),
        "first_responsible": QT_TRANSLATE_NOOP("ListRole", "Principal leader (first responsible)"),
        "member": QT_TRANSLATE_NOOP("ListRole", "Other team member (own portfolio)"),
        "supervisory": QT_TRANSLATE_NOOP("ListRole", "Discipline commission (supervisory)"),
    },
    "ItemStatus": {
        "not_started": QT_TRANSLATE_NOOP("ItemStatus", "Not started"),
        "in_progress": QT_TRANSLATE_NOOP("ItemStatus", "In progress"),
        "done": QT_TRANSLATE_NOOP("ItemStatus", "Done"),
    },
    "InspectionKind": {
        "central": QT_TRANSLATE_NOOP("InspectionKind", "Concentrated inspection"),
        "unannounced": QT_TRANSLATE_NOOP("InspectionKind", "Open and unannounced visit"),
        "special": QT_TRANSLATE_NOOP("InspectionKind", "Special inspection"),
        "ledger": QT_TRANSLATE_NOOP("InspectionKind", "Ledger check"),
    },
}
