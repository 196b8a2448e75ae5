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


class ClueSource(LabelledEnum):
    """Where a clue (问题线索) came from; the statistics count clues by it."""

    PETITION = "petition"            # 信访举报
    SUPERVISION = "supervision"      # 监督检查
    INSPECTION_TOUR = "tour"         # 巡察
    AUDIT = "audit"                  # 审计
    BIG_DATA = "big_data"            # 大数据比对
    PUBLIC_INQUIRY = "inquiry"       # 百姓问政 / 电视问政
    ASSIGNED = "assigned"            # 上级交办
    UNANNOUNCED = "unannounced"      # 明察暗访
    OTHER = "other"                  # 其他


class ClueHandling(LabelledEnum):
    """How a clue is being dealt with (处置方式)."""

    PENDING = "pending"              # 暂存
    PRELIMINARY = "preliminary"      # 初核
    TALK_INQUIRY = "talk_inquiry"    # 谈话函询
    FILED = "filed"                  # 立案
    CLOSED = "closed"                # 了结


class ClueResult(LabelledEnum):
    """What checking the clue found; 查实率 counts confirmed and partly confirmed."""

    CONFIRMED = "confirmed"          # 查实
    PARTLY = "partly"                # 部分查实
    UNFOUNDED = "unfounded"          # 查否


class CaseStage(LabelledEnum):
    """The stages of an accountability case, in order; none may be skipped."""

    PROPOSED = "proposed"            # 提出建议
    OPENED = "opened"                # 启动调查
    INVESTIGATED = "investigated"    # 调查
    DECIDED = "decided"              # 决定
    SERVED = "served"                # 宣布送达
    EXECUTED = "executed"            # 执行
    ARCHIVED = "archived"            # 归档


CASE_STAGES: tuple[CaseStage, ...] = tuple(CaseStage)


class ProblemCategory(LabelledEnum):
    """The categories the county's statistics count problems by."""

    TWO_RESPONSIBILITIES = "two_responsibilities"  # 两个责任落实不力
    EIGHT_RULES = "eight_rules"                    # 违反八项规定精神
    CENTRAL_WORK = "central_work"                  # 中心工作
    PERFORMANCE = "performance"                    # 履职尽责
    LIVELIHOOD = "livelihood"                      # 民生民利
    OTHER = "other"                                # 其他


class SubjectKind(LabelledEnum):
    """Who a case holds accountable: a team (by its kind) or a cadre."""

    PARTY_TEAM = "party_team"
    DISCIPLINE_TEAM = "discipline_team"
    CADRE = "cadre"


class TalkKind(LabelledEnum):
    INTEGRITY = "integrity"          # 廉政谈话
    REMINDER = "reminder"            # 提醒谈话
    SUMMONS = "summons"              # 约谈
    ADMONISHMENT = "admonishment"    # 诫勉谈话


class MeetingKind(LabelledEnum):
    """Meetings whose records feed the duty ledgers (会议记录)."""

    PARTY_COMMITTEE = "party_committee"  # 党委会
    PARTY_GROUP = "party_group"          # 党组会
    SPECIAL = "special"                  # 专题会
    DEMOCRATIC_LIFE = "democratic_life"  # 民主生活会


class LedgerSource(LabelledEnum):
    """The record a derived ledger entry was made from (none: typed by hand)."""

    MEETING = "meeting"          # 会议记录
    TALK = "talk"                # 谈话记录
    CASE_STAGE = "case_stage"    # 问责案件办理环节
    ASSESSMENT = "assessment"    # 量化考核评分
    INSPECTION = "inspection"    # 监督检查


class AppealOutcome(LabelledEnum):
    UPHELD = "upheld"                # 维持原决定
    CHANGED = "changed"              # 变更
    REVOKED = "revoked"              # 撤销
    WITHDRAWN = "withdrawn"          # 撤回申诉


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
    "ClueSource": {
        "petition": QT_TRANSLATE_NOOP("ClueSource", "Letters and visits"),
        "supervision": QT_TRANSLATE_NOOP("ClueSource", "Supervision and inspection"),
        "tour": QT_TRANSLATE_NOOP("ClueSource", "Inspection tour"),
        "audit": QT_TRANSLATE_NOOP("ClueSource", "Audit"),
        "big_data": QT_TRANSLATE_NOOP("ClueSource", "Big-data comparison"),
        "inquiry": QT_TRANSLATE_NOOP("ClueSource", "Public inquiry (TV or online)"),
        "assigned": QT_TRANSLATE_NOOP("ClueSource", "Assigned by higher level"),
        "unannounced": QT_TRANSLATE_NOOP("ClueSource", "Unannounced visits"),
        "other": QT_TRANSLATE_NOOP("ClueSource", "Other"),
    },
    "ClueHandling": {
        "pending": QT_TRANSLATE_NOOP("ClueHandling", "Held"),
        "preliminary": QT_TRANSLATE_NOOP("ClueHandling", "Preliminary check"),
        "talk_inquiry": QT_TRANSLATE_NOOP("ClueHandling", "Talk or letter inquiry"),
        "filed": QT_TRANSLATE_NOOP("ClueHandling", "Case filed"),
        "closed": QT_TRANSLATE_NOOP("ClueHandling", "Closed"),
    },
    "ClueResult": {
        "confirmed": QT_TRANSLATE_NOOP("ClueResult", "Confirmed"),
        "partly": QT_TRANSLATE_NOOP("ClueResult", "Partly confirmed"),
        "unfounded": QT_TRANSLATE_NOOP("ClueResult", "Unfounded"),
    },
    "CaseStage": {
        "proposed": QT_TRANSLATE_NOOP("CaseStage", "Proposal"),
        "opened": QT_TRANSLATE_NOOP("CaseStage", "Investigation started"),
        "investigated": QT_TRANSLATE_NOOP("CaseStage", "Investigation"),
        "decided": QT_TRANSLATE_NOOP("CaseStage", "Decision"),
        "served": QT_TRANSLATE_NOOP("CaseStage", "Announced and served"),
        "executed": QT_TRANSLATE_NOOP("CaseStage", "Execution"),
        "archived": QT_TRANSLATE_NOOP("CaseStage", "Archived"),
    },
    "ProblemCategory": {
        "two_responsibilities": QT_TRANSLATE_NOOP(
            "ProblemCategory", "Two responsibilities not carried out"),
        "eight_rules": QT_TRANSLATE_NOOP("ProblemCategory", "Breach of the eight rules"),
        "central_work": QT_TRANSLATE_NOOP("ProblemCategory", "Central work"),
        "performance": QT_TRANSLATE_NOOP("ProblemCategory", "Performance of duties"),
        "livelihood": QT_TRANSLATE_NOOP("ProblemCategory", "People's livelihood"),
        "other": QT_TRANSLATE_NOOP("ProblemCategory", "Other"),
    },
    "SubjectKind": {
        "party_team": QT_TRANSLATE_NOOP("SubjectKind", "Party committee (leading group) team"),
        "discipline_team": QT_TRANSLATE_NOOP("SubjectKind", "Discipline commission team"),
        "cadre": QT_TRANSLATE_NOOP("SubjectKind", "Cadre"),
    },
    "TalkKind": {
        "integrity": QT_TRANSLATE_NOOP("TalkKind", "Integrity talk"),
        "reminder": QT_TRANSLATE_NOOP("TalkKind", "Reminder talk"),
        "summons": QT_TRANSLATE_NOOP("TalkKind", "Summons talk"),
        "admonishment": QT_TRANSLATE_NOOP("TalkKind", "Admonishment talk"),
    },
    "MeetingKind": {
        "party_committee": QT_TRANSLATE_NOOP("MeetingKind", "Party committee meeting"),
        "party_group": QT_TRANSLATE_NOOP("MeetingKind", "Party group meeting"),
        "special": QT_TRANSLATE_NOOP("MeetingKind", "Special meeting"),
        "democratic_life": QT_TRANSLATE_NOOP("MeetingKind", "Democratic life meeting"),
    },
    "LedgerSource": {
        "meeting": QT_TRANSLATE_NOOP("LedgerSource", "Meeting record"),
        "talk": QT_TRANSLATE_NOOP("LedgerSource", "Talk record"),
        "case_stage": QT_TRANSLATE_NOOP("LedgerSource", "Accountability case"),
        "assessment": QT_TRANSLATE_NOOP("LedgerSource", "Assessment scoring"),
        "inspection": QT_TRANSLATE_NOOP("LedgerSource", "Inspection"),
    },
    "AppealOutcome": {
        "upheld": QT_TRANSLATE_NOOP("AppealOutcome", "Decision upheld"),
        "changed": QT_TRANSLATE_NOOP("AppealOutcome", "Decision changed"),
        "revoked": QT_TRANSLATE_NOOP("AppealOutcome", "Decision revoked"),
        "withdrawn": QT_TRANSLATE_NOOP("AppealOutcome", "Appeal withdrawn"),
    },
    "DocumentKind": {
        "proposal": QT_TRANSLATE_NOOP("DocumentKind", "Accountability proposal"),
        "decision": QT_TRANSLATE_NOOP("DocumentKind", "Accountability decision"),
        "talk_record": QT_TRANSLATE_NOOP("DocumentKind", "Talk record"),
        "notice": QT_TRANSLATE_NOOP("DocumentKind", "Circulated notice"),
        "list": QT_TRANSLATE_NOOP("DocumentKind", "Responsibility list"),
        "receipt": QT_TRANSLATE_NOOP("DocumentKind", "Receipt of service"),
        "statistics": QT_TRANSLATE_NOOP("DocumentKind", "Statistics report"),
        "clearance": QT_TRANSLATE_NOOP("DocumentKind", "Integrity clearance reply"),
    },
    "DocumentStatus": {
        "draft": QT_TRANSLATE_NOOP("DocumentStatus", "Draft"),
        "submitted": QT_TRANSLATE_NOOP("DocumentStatus", "Submitted"),
        "approved": QT_TRANSLATE_NOOP("DocumentStatus", "Approved"),
        "signed": QT_TRANSLATE_NOOP("DocumentStatus", "Signed"),
    },
    "RuleKind": {
        "all_or_nothing": QT_TRANSLATE_NOOP("RuleKind", "All or nothing"),
        "per_occurrence": QT_TRANSLATE_NOOP("RuleKind", "Points per occurrence (capped)"),
        "deduction": QT_TRANSLATE_NOOP("RuleKind", "Deduction per shortfall (floor)"),
        "team_average": QT_TRANSLATE_NOOP("RuleKind", "Average over team members"),
        "bonus": QT_TRANSLATE_NOOP("RuleKind", "Bonus points"),
        "veto": QT_TRANSLATE_NOOP("RuleKind", "One-vote veto"),
    },
    "Metric": {
        "manual": QT_TRANSLATE_NOOP("Metric", "Scored by the assessor"),
        "ledger_completeness": QT_TRANSLATE_NOOP(
            "Metric", "Ledger completeness (every must-record kind each quarter)"),
        "lists_signed_on_time": QT_TRANSLATE_NOOP(
            "Metric", "Responsibility lists not signed on time"),
        "cases_within_deadline": QT_TRANSLATE_NOOP(
            "Metric", "Cases past a stage deadline"),
        "clues_verified": QT_TRANSLATE_NOOP("Metric", "Clues of the year not concluded"),
        "talks_held": QT_TRANSLATE_NOOP("Metric", "Talks held"),
        "rectifications": QT_TRANSLATE_NOOP(
            "Metric", "Inspection rectifications not done by the deadline"),
    },
    "AssessmentStatus": {
        "draft": QT_TRANSLATE_NOOP("AssessmentStatus", "Being scored"),
        "reviewed": QT_TRANSLATE_NOOP("AssessmentStatus", "Reviewed"),
        "locked": QT_TRANSLATE_NOOP("AssessmentStatus", "Locked"),
    },
}
