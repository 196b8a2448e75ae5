"""More record text for the county-scale demo (`services.demo_county`): extra townships,
village name parts, staff titles, and the pieces ledger entries and clues are composed of.

Pure data, fictional, Chinese record content (what a user would type), not UI text. The
ledger and case text of `demo_ledger_text` and `demo_case_text` is used as well.
"""

from __future__ import annotations

from zeren_desktop.domain.enums import LedgerCategory

# Townships beyond the fourteen of the normal demo (`demo_names.TOWNSHIPS`).
EXTRA_TOWNSHIPS: tuple[str, ...] = (
    "三里镇", "长岭镇", "金鸡乡", "太平乡", "新田镇", "梅花乡", "五峰乡", "罗家镇",
    "观音镇", "大坪乡", "杨林镇", "古城乡", "东岳镇", "西河乡", "南山镇", "北坪乡",
)

# Village names: a first part and an ending (+ 村), or a community (+ 社区).
VILLAGE_FIRST: tuple[str, ...] = (
    "王家", "李家", "张家", "刘家", "陈家", "杨家", "黄家", "赵家", "周家", "吴家",
    "徐家", "孙家", "胡家", "朱家", "高家", "林家", "何家", "郭家", "马家", "罗家",
    "梁家", "宋家", "郑家", "谢家", "韩家", "唐家", "冯家", "于家", "董家", "萧家",
    "桃花", "杏花", "梨树", "柏树", "松树", "竹园", "茶园", "石门", "石桥", "白岩",
    "青石", "红旗", "向阳", "新民", "东风", "太阳", "月亮", "金竹", "银杏", "水口",
)
VILLAGE_ENDINGS: tuple[str, ...] = (
    "湾", "坪", "冲", "岗", "坝", "河", "岭", "沟", "畈", "嘴", "垭", "台", "铺", "店",
)

# Staff posts beyond the leadership, by kind of unit (rank: general staff; villages: other).
TOWNSHIP_STAFF: tuple[str, ...] = (
    "党政综合办公室科员", "经济发展办公室科员", "社会事务办公室科员", "财政所会计",
    "农业服务中心技术员", "便民服务中心工作人员", "综治中心科员", "自然资源所所长",
    "水利站站长", "文化站站长", "社保中心主任", "林业站站长", "司法所所长",
    "退役军人服务站站长", "党建办公室科员", "应急管理办公室科员", "乡村振兴办公室科员",
)
DEPARTMENT_STAFF: tuple[str, ...] = (
    "股长", "副股长", "科员", "二级主任科员", "三级主任科员", "四级主任科员", "一级科员",
    "办公室副主任", "执法大队队长", "执法大队副队长", "服务中心主任", "财务股会计",
)
VILLAGE_STAFF: tuple[str, ...] = (
    "村委会副主任", "村务监督委员会主任", "村委会委员", "村报账员", "村妇联主席",
    "村党支部委员", "村综治专干", "村文书",
)
ENTERPRISE_STAFF: tuple[str, ...] = (
    "办公室主任", "财务科科长", "综合部经理", "工程部经理", "科室主任", "采购部经理",
)

# Extra (matter, content) pairs per must-record kind, beside `demo_ledger_text.ENTRY_TEXT`.
# `{village}` is a village of the cadre's township, `{topic}` a work topic.
MORE_ENTRY_TEXT: dict[LedgerCategory, tuple[tuple[str, str], ...]] = {
    LedgerCategory.DEPLOYMENT: (
        ("研究部署{topic}领域廉政风险防控工作",
         "梳理{topic}领域廉政风险点，明确防控措施和责任人，要求每季度报告进展。"),
        ("召开班子会议部署落实全面从严治党主体责任",
         "传达上级会议精神，对{topic}工作中的作风问题提出整改要求。"),
    ),
    LedgerCategory.RESEARCH_SUPERVISION: (
        ("到{village}调研{topic}工作",
         "实地查看{village}{topic}推进情况，听取村干部意见，督促规范程序、公开到位。"),
        ("督办{village}群众反映问题办理",
         "对{village}群众反映的{topic}问题逐件督办，要求限期答复并反馈结果。"),
    ),
    LedgerCategory.INSPECTION: (
        ("对{village}“三资”管理开展专项检查",
         "查阅{village}账目和合同，发现票据不规范问题，已责令限期整改。"),
        ("检查{topic}资金使用情况",
         "抽查{topic}资金拨付凭证，核对发放名册，对发现的问题提出整改意见。"),
    ),
    LedgerCategory.REPORTING: (
        ("听取{topic}工作廉政情况汇报",
         "听取分管同志关于{topic}工作中落实“一岗双责”情况的汇报，提出改进要求。"),
    ),
    LedgerCategory.CASE_HANDLING: (
        ("研究{village}群众举报问题线索",
         "集体研究{village}群众反映的{topic}问题线索，决定予以初核，明确办理时限。"),
    ),
    LedgerCategory.ACCOUNTABILITY: (
        ("对{topic}工作不力问题启动问责",
         "针对{topic}工作中履职不力问题，研究提出问责建议，按程序报县纪委。"),
    ),
    LedgerCategory.INTEGRITY_TALK: (
        ("与{village}党支部书记开展廉政谈话",
         "结合{village}{topic}工作，提醒严守纪律规矩，规范使用集体资金。"),
    ),
    LedgerCategory.EDUCATION: (
        ("组织学习《中国共产党纪律处分条例》",
         "组织干部逐章学习，结合{topic}领域典型案例开展讨论。"),
    ),
    LedgerCategory.DAILY_SUPERVISION: (
        ("监督{village}{topic}项目招投标",
         "全程监督{village}{topic}项目比选程序，核查参与人员回避情况。"),
        ("开展{topic}领域作风明察暗访",
         "暗访{topic}窗口服务情况，发现服务态度问题一起，已督促整改。"),
    ),
}

TOPICS: tuple[str, ...] = (
    "低保评审", "危房改造", "农机补贴", "耕地地力保护补贴", "扶贫项目", "村级工程",
    "集体土地征收", "惠民资金发放", "防汛救灾", "秸秆禁烧", "安全生产", "食品安全",
    "医疗保障", "义务教育", "农村饮水", "人居环境整治", "乡村振兴", "公车管理",
    "公务接待", "项目招投标", "高龄津贴", "残疾人两项补贴", "退役军人优抚", "林业补贴",
)

# Big-data comparison findings and other clue summaries (`{topic}`, `{amount}` filled in).
BIG_DATA_FINDINGS: tuple[str, ...] = (
    "名下有车辆仍享受城乡低保", "财政供养人员违规领取低保金", "已死亡人员仍在领取养老金",
    "工商登记法人违规享受特困供养", "违规享受耕地地力保护补贴", "重复领取高龄津贴",
    "购房人员违规领取危房改造补助", "公职人员亲属违规享受残疾人两项补贴",
    "在编人员违规领取公益性岗位补贴", "死亡人员仍在领取高龄津贴",
    "服刑人员违规领取低保金", "财政供养人员违规领取创业补贴",
)
OTHER_CLUE_SUMMARIES: tuple[str, ...] = (
    "反映其在{topic}工作中优亲厚友。", "反映其违规插手{topic}项目。",
    "反映其在{topic}中吃拿卡要，涉及金额约{amount}元。",
    "反映其工作作风粗暴，群众意见较大。", "反映其违规操办婚丧喜庆事宜。",
    "反映其对{topic}问题推诿扯皮。", "反映其违规收受礼金约{amount}元。",
)
