"""Chinese text of the demo county's clues, cases and talks (fictional, seed-picked)."""

from __future__ import annotations

from zeren_desktop.domain.enums import ProblemCategory

# Problems by category: (what happened, short title used in the case title).
PROBLEMS: dict[ProblemCategory, tuple[tuple[str, str], ...]] = {
    ProblemCategory.TWO_RESPONSIBILITIES: (
        ("党委未按要求专题研究党风廉政建设工作，责任清单未分解落实到班子成员，履责纪实台账记录缺失。",
         "落实主体责任不力"),
        ("对巡察反馈的村级财务管理问题整改不力，整改台账长期未销号。", "巡察整改不力"),
        ("对下属站所负责人多次违规问题失察失管，未开展提醒谈话。", "监督管理失职"),
    ),
    ProblemCategory.EIGHT_RULES: (
        ("违规发放“班子成员奖”9000元，由单位账户列支。", "违规发放津补贴"),
        ("公务接待超标准、超范围，以会议费名义列支接待费用。", "违规公务接待"),
        ("工作日中午违规饮酒，造成不良影响。", "违规饮酒"),
        ("公车私用，节假日驾驶公务用车前往景区。", "公车私用"),
    ),
    ProblemCategory.CENTRAL_WORK: (
        ("防汛值班期间擅离岗位，贻误险情处置。", "防汛工作失职"),
        ("秸秆禁烧工作落实不到位，辖区出现多处火点。", "禁烧工作不力"),
    ),
    ProblemCategory.PERFORMANCE: (
        ("对群众反映的问题推诿扯皮，超期未办结。", "不作为慢作为"),
        ("安全生产检查走过场，对企业隐患未督促整改，导致事故发生。", "安全监管失职"),
        ("审核把关不严，致使不符合条件人员享受补贴。", "审核把关不严"),
    ),
    ProblemCategory.LIVELIHOOD: (
        ("低保评审把关不严，违规将亲属纳入低保对象。", "低保优亲厚友"),
        ("截留挪用扶贫项目资金用于村部维修。", "挪用扶贫资金"),
        ("向服务对象吃拿卡要，群众反映强烈。", "侵害群众利益"),
    ),
    ProblemCategory.OTHER: (
        ("档案管理混乱，重要材料丢失。", "档案管理失职"),
    ),
}

CLUE_SUMMARIES: tuple[str, ...] = (
    "反映其违规领取农机购置补贴。",
    "反映其家属违规享受低保待遇。",
    "大数据比对发现其在企业兼职取酬。",
    "大数据比对发现其亲属违规领取危房改造补助。",
    "反映其违规使用公务用车。",
    "反映其工作日饮酒。",
    "反映其对群众诉求推诿扯皮。",
    "反映其在项目验收中吃拿卡要。",
    "审计发现单位违规列支接待费用。",
    "巡察发现村级财务“三资”管理不规范。",
    "大数据比对发现已死亡人员仍在领取养老金。",
    "大数据比对发现财政供养人员违规领取耕地地力保护补贴。",
)

INVESTIGATION_TEAMS: tuple[str, ...] = (
    "县纪委第一监督检查室 王磊、刘芳",
    "县纪委第二监督检查室 陈志强、赵敏",
    "县纪委党风政风监督室 周婷、李明",
)

DECIDING_BODIES: tuple[str, ...] = ("中共青山县委", "中共青山县纪律检查委员会")

TALK_PLACES: tuple[str, ...] = (
    "县纪委谈话室",
    "镇党委书记办公室",
    "镇纪委办公室",
    "县委组织部谈话室",
)

# Why a talk was held, by kind (a talk after a decision names the case instead).
TALK_REASONS: dict[str, tuple[str, ...]] = {
    "integrity": ("年度廉政谈话", "新任职廉政谈话", "节前廉政提醒"),
    "reminder": ("分管领域台账记录不全", "落实“一岗双责”不到位", "群众反映工作作风漂浮",
                 "专项检查发现整改不及时"),
    "summons": ("落实主体责任不力", "分管领域问题频发"),
    "admonishment": ("履职不力，造成不良影响",),
}

TALK_CONTENT: dict[str, tuple[str, ...]] = {
    "integrity": ("结合分管工作提醒严守廉洁纪律，落实“一岗双责”。",
                  "新任职廉政谈话，提出廉洁从政要求。"),
    "reminder": ("针对群众反映的苗头性问题进行提醒，要求及时纠正。",
                 "针对履责纪实台账记录不及时进行提醒。"),
    "summons": ("针对所在单位问题频发约谈主要负责人，要求压实主体责任。",
                "针对巡察整改不力约谈，要求限期整改到位。"),
    "admonishment": ("根据问责决定进行诫勉谈话，指出问题，提出整改要求。",),
}

STATEMENTS: tuple[str, ...] = (
    "对所反映问题无异议，愿意接受组织处理。",
    "承认工作中存在疏漏，请求组织考虑已主动整改的情况。",
    "对部分事实有不同意见，已提交书面说明。",
)
