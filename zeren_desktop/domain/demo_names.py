"""Data of the fictional demo county (青山县): names, units, posts and portfolios.

Pure data for `zeren_desktop.services.demo`. Everything here is invented: the county,
its region code (422890 does not exist in GB/T 2260), the people and their numbers.
The text is Chinese record content (what a user would type), not UI text.
"""

from __future__ import annotations

from dataclasses import dataclass

COUNTY_NAME = "青山县"
COUNTY_SHORT = "青山"
OFFICE_NAME = "青山县纪委监委"
ISSUER_NAME = "中共青山县纪律检查委员会"
ISSUER_SHORT = "青纪"
# A well-formed but unassigned administrative division code (湖北 42, 28xx is free of 90).
# Using only unassigned codes keeps every generated ID number from being a real person's.
REGION_CODE = "422890"
# Birthplaces of cadres from "neighbouring" (equally fictional) counties.
OTHER_REGION_CODES = ("422891", "422892", "422893")
COUNTY_NOTES = "演示数据：青山县为虚构的县，单位、人员、身份证号码和电话号码均为虚构。"

# Common surnames with rough weights (per mille of the population, rounded).
SURNAMES: tuple[tuple[str, int], ...] = (
    ("王", 72), ("李", 71), ("张", 68), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 23),
    ("赵", 22), ("吴", 20), ("周", 19), ("徐", 16), ("孙", 15), ("马", 15), ("朱", 14),
    ("胡", 13), ("郭", 12), ("何", 12), ("林", 11), ("罗", 11), ("高", 11), ("郑", 10),
    ("梁", 9), ("谢", 8), ("宋", 7), ("唐", 7), ("许", 7), ("韩", 6), ("冯", 6),
    ("邓", 6), ("曹", 6), ("彭", 6), ("曾", 6), ("肖", 5), ("田", 5), ("董", 5),
    ("袁", 5), ("潘", 5), ("蒋", 5), ("蔡", 4), ("余", 4), ("杜", 4), ("叶", 4),
    ("程", 4), ("魏", 4), ("苏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("卢", 3),
    ("姚", 3), ("沈", 3), ("钟", 3), ("姜", 3), ("崔", 3), ("谭", 3), ("陆", 3),
    ("范", 3), ("汪", 3), ("廖", 3), ("石", 3), ("金", 3), ("贾", 3), ("夏", 3),
    ("付", 2), ("方", 2), ("熊", 2), ("向", 2), ("覃", 2), ("万", 2), ("雷", 2),
    ("欧阳", 1), ("上官", 1), ("司马", 1),
)

# Given-name characters. Two-character given names draw from these; about a quarter
# of the names have one character only.
MALE_CHARS = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏",
    "华", "飞", "峰", "波", "建", "国", "志", "文", "武", "俊", "海", "林", "东", "江",
    "宏", "亮", "成", "光", "永", "春", "德", "新", "忠", "兵", "运", "洪", "红", "松",
    "锋", "剑", "龙", "浩", "宇", "晨", "凯", "博", "振", "学", "胜", "祥", "荣", "昌",
)
FEMALE_CHARS = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "燕", "玲", "萍", "红", "梅",
    "琴", "云", "莉", "倩", "婷", "慧", "洁", "雪", "琳", "颖", "丹", "蓉", "佳", "欣",
    "晶", "薇", "菊", "兰", "英", "凤", "月", "桂", "春", "华", "晓", "雯", "妍", "悦",
)
NEUTRAL_CHARS = (
    "文", "明", "晓", "春", "建", "志", "海", "永", "小", "新", "秋", "冬", "亚", "思",
    "家", "德", "安", "立", "天", "雨", "子", "长", "正", "清",
)

# (value, weight)
ETHNICITIES: tuple[tuple[str, int], ...] = (
    ("汉族", 86), ("土家族", 10), ("回族", 2), ("苗族", 2))
PARTY_MEMBER = "中共党员"
STAFF_PARTY_STANDINGS: tuple[tuple[str, int], ...] = (
    (PARTY_MEMBER, 82), ("中共预备党员", 4), ("共青团员", 4), ("群众", 10))
PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139",
                  "150", "151", "152", "153", "155", "157", "158", "159",
                  "180", "181", "182", "186", "187", "188", "189")


@dataclass(frozen=True)
class TownshipSpec:
    name: str
    villages: tuple[str, ...]  # names of its villages and communities (3–6)

    @property
    def is_town(self) -> bool:
        return self.name.endswith("镇")

    @property
    def short(self) -> str:
        return self.name[:-1]


TOWNSHIPS: tuple[TownshipSpec, ...] = (
    TownshipSpec("城关镇", ("东门社区", "西街社区", "南岗社区", "北关社区", "新华社区",
                            "五里牌村")),
    TownshipSpec("河口镇", ("河口社区", "杨家湾村", "三岔河村", "柳树坪村", "鲤鱼池村")),
    TownshipSpec("龙潭镇", ("龙潭社区", "狮子岩村", "茶园坡村", "凉水井村")),
    TownshipSpec("石桥镇", ("石桥社区", "大石门村", "石板滩村", "田家坝村", "长冲村")),
    TownshipSpec("桃源镇", ("桃源社区", "花园村", "桂花树村", "竹林湾村")),
    TownshipSpec("青龙镇", ("青龙社区", "金鸡岭村", "周家冲村", "黄泥塘村", "长岭岗村",
                            "白果树村")),
    TownshipSpec("黄柏镇", ("黄柏社区", "梨子坪村", "鸭子塘村", "庙湾村")),
    TownshipSpec("双河镇", ("双河社区", "李家岗村", "水井坪村", "新店村", "中心村")),
    TownshipSpec("马坪镇", ("马坪社区", "枫树坳村", "青岗坪村", "油坊村")),
    TownshipSpec("白云乡", ("白云村", "云台村", "高家坪村", "野猪坪村")),
    TownshipSpec("清水乡", ("清水村", "沙坪村", "瓦屋场村", "槐树坪村", "向家坝村")),
    TownshipSpec("松林乡", ("松林村", "岩屋村", "堰塘湾村")),
    TownshipSpec("高峰乡", ("高峰村", "天池村", "板桥村", "覃家坪村")),
    TownshipSpec("枫香乡", ("枫香村", "猫儿坪村", "石门坎村", "太平村", "大龙潭村")),
)

# Township party committee: (title pattern, portfolio). "{head}" is 镇 or 乡.
TOWNSHIP_SECRETARY = ("党委书记", "主持{unit}党委全面工作")
TOWNSHIP_HEAD = ("党委副书记、{head}长", "主持{unit}人民政府全面工作")
TOWNSHIP_DEPUTY_SECRETARY = ("党委副书记", "协助党委书记抓党建工作，分管政法综治、信访维稳工作")
TOWNSHIP_DISCIPLINE_SECRETARY = ("党委委员、纪委书记", "负责纪检监察、党风廉政建设工作")
TOWNSHIP_COMMITTEE_MEMBERS: tuple[tuple[str, str, float], ...] = (
    # (title, portfolio, chance of a woman)
    ("党委委员、组织委员", "负责组织、人事、党员教育管理和基层党建工作", 0.4),
    ("党委委员、宣传委员", "负责宣传、意识形态、精神文明建设和统战工作", 0.45),
    ("党委委员、人武部部长", "负责人民武装、征兵和退役军人服务保障工作", 0.05),
)
TOWNSHIP_VICE_HEAD_PORTFOLIOS = (
    "分管农业农村、水利、林业工作",
    "分管城乡建设、自然资源、生态环境保护工作",
    "分管安全生产、应急管理、交通运输工作",
    "分管教育、卫生健康、医疗保障、民政工作",
    "分管财政、经济发展、招商引资工作",
    "分管乡村振兴、农村集体“三资”管理工作",
    "分管文化旅游、市场监管、便民服务工作",
)
TOWNSHIP_STAFF_TITLES = (
    "党政综合办公室主任", "经济发展办公室主任", "社会事务办公室主任", "财政所所长",
    "便民服务中心主任", "农业服务中心主任", "综治中心主任", "党建办公室科员",
)
TOWNSHIP_DISCIPLINE_DEPUTY = "纪委副书记"
TOWNSHIP_DISCIPLINE_CLERK = "纪检干事"


@dataclass(frozen=True)
class DepartmentSpec:
    name: str
    areas: tuple[str, ...]  # three fields a deputy head may be in charge of
    head: str = "局长"
    committee: str = "党组"  # 党组, or 党委 for the public security bureau
    discipline_leader: bool = False  # a 纪检组长 in the team, else a 纪检监察员


DEPARTMENTS: tuple[DepartmentSpec, ...] = (
    DepartmentSpec("县发展和改革局", ("项目建设、重点工程", "价格管理、粮食和物资储备",
                                      "规划编制、营商环境"), discipline_leader=True),
    DepartmentSpec("县教育局", ("基础教育、学前教育", "教育督导、学校安全",
                                "人事师训、计划财务"), discipline_leader=True),
    DepartmentSpec("县科学技术和经济信息化局", ("工业经济、企业服务", "科技创新、成果转化",
                                                "信息化、中小企业")),
    DepartmentSpec("县公安局", ("治安管理、交通管理", "刑事侦查、经济犯罪侦查",
                                "警务保障、队伍建设"), committee="党委",
                   discipline_leader=True),
    DepartmentSpec("县民政局", ("社会救助、养老服务", "社会组织、区划地名",
                                "儿童福利、殡葬管理")),
    DepartmentSpec("县司法局", ("法治宣传、人民调解", "社区矫正、公共法律服务",
                                "行政复议、法治督察")),
    DepartmentSpec("县财政局", ("预算管理、国库支付", "农业农村资金、惠农补贴",
                                "国有资产、政府采购"), discipline_leader=True),
    DepartmentSpec("县人力资源和社会保障局", ("就业创业、职业培训", "社会保险、基金监管",
                                              "劳动关系、劳动保障监察")),
    DepartmentSpec("县自然资源和规划局", ("国土空间规划、用途管制", "耕地保护、土地整治",
                                          "不动产登记、执法监察"), discipline_leader=True),
    DepartmentSpec("县生态环境分局", ("污染防治、环境监测", "环境执法、环评审批",
                                      "自然生态保护、河湖长制协调"), head="分局长"),
    DepartmentSpec("县住房和城乡建设局", ("建筑市场、质量安全", "城镇老旧小区改造、保障性住房",
                                          "房地产市场、物业管理"), discipline_leader=True),
    DepartmentSpec("县交通运输局", ("公路建设、养护管理", "道路运输、交通安全",
                                    "农村公路、“四好农村路”")),
    DepartmentSpec("县水利和湖泊局", ("防汛抗旱、水旱灾害防御", "水利工程建设、农村饮水安全",
                                      "河湖管理、水资源")),
    DepartmentSpec("县农业农村局", ("种植业、农田建设", "畜牧兽医、农产品质量安全",
                                    "农村改革、农村集体“三资”管理"), discipline_leader=True),
    DepartmentSpec("县乡村振兴局", ("产业帮扶、项目资金", "防止返贫监测、社会帮扶",
                                    "驻村帮扶、考核评估")),
    DepartmentSpec("县林业局", ("森林资源、林长制", "森林防火、林业有害生物防治",
                                "自然保护地、野生动植物保护")),
    DepartmentSpec("县商务局", ("商贸流通、电子商务", "招商引资、对外贸易",
                                "市场运行、消费促进")),
    DepartmentSpec("县文化和旅游局", ("文化事业、非物质文化遗产", "旅游发展、景区管理",
                                      "文化市场、文物保护")),
    DepartmentSpec("县卫生健康局", ("医政医管、公立医院改革", "疾病预防控制、爱国卫生",
                                    "基层卫生、妇幼健康"), discipline_leader=True),
    DepartmentSpec("县退役军人事务局", ("优抚安置、褒扬纪念", "就业创业、权益维护",
                                        "军休服务、拥军优属")),
    DepartmentSpec("县应急管理局", ("安全生产综合监管、危险化学品", "防灾减灾、救灾物资",
                                    "非煤矿山、应急救援")),
    DepartmentSpec("县审计局", ("财政审计、经济责任审计", "固定资产投资审计",
                                "社会保障资金审计、内部审计指导")),
    DepartmentSpec("县市场监督管理局", ("食品安全、药品医疗器械", "特种设备、产品质量",
                                        "登记注册、价格监督检查"), discipline_leader=True),
    DepartmentSpec("县统计局", ("统计调查、普查", "统计执法、数据质量", "国民经济核算")),
    DepartmentSpec("县医疗保障局", ("医保基金监管、待遇保障", "医药价格、集中采购",
                                    "医保经办、异地就医")),
    DepartmentSpec("县城市管理执法局", ("市容环境、环境卫生", "市政设施、园林绿化",
                                        "综合执法、违法建设治理")),
)
DEPARTMENT_STAFF_TITLES = ("办公室主任", "综合股股长", "财务股股长", "政策法规股股长",
                           "机关党支部专职副书记", "科员")


@dataclass(frozen=True)
class EnterpriseSpec:
    name: str
    short: str
    kind_code: str  # credit code: 12 an institution (事业单位), 91 a company
    team: str  # the name of its party committee team
    leader: str  # principal, rank township/section
    deputies: tuple[tuple[str, str], ...]  # (title, portfolio)


ENTERPRISES: tuple[EnterpriseSpec, ...] = (
    EnterpriseSpec("青山县城市建设投资有限公司", "县城投公司", "91", "县城投公司党委",
                   "党委书记、董事长",
                   (("党委副书记、总经理", "主持公司经营管理工作"),
                    ("副总经理", "分管项目建设、安全生产工作"),
                    ("财务总监", "分管财务、融资工作"))),
    EnterpriseSpec("青山县人民医院", "县人民医院", "12", "县人民医院党委",
                   "党委书记",
                   (("党委副书记、院长", "主持医院行政工作"),
                    ("副院长", "分管医疗质量、医保工作"),
                    ("副院长", "分管药品耗材采购、基建后勤工作"))),
    EnterpriseSpec("青山县中医医院", "县中医医院", "12", "县中医医院党总支",
                   "党总支书记、院长",
                   (("副院长", "分管医务、护理工作"),
                    ("副院长", "分管财务、采购工作"))),
    EnterpriseSpec("青山县第一高级中学", "县一中", "12", "县一中党委",
                   "党委书记、校长",
                   (("副校长", "分管教学工作"),
                    ("副校长", "分管后勤、食堂和校园安全工作"))),
)

# County leaders: (title, portfolio, role in the county party committee team or None).
COUNTY_LEADERS: tuple[tuple[str, str, str | None], ...] = (
    ("县委书记", "主持县委全面工作", "principal"),
    ("县委副书记、县长", "主持县人民政府全面工作", "deputy"),
    ("县委副书记", "协助书记抓党建工作，分管政法、乡村振兴工作", "deputy"),
    ("县委常委、县纪委书记、县监委主任", "主持县纪委监委全面工作", "member"),
    ("县委常委、组织部部长", "负责组织、人才工作", "member"),
    ("县委常委、宣传部部长", "负责宣传、意识形态、精神文明建设工作", "member"),
    ("县委常委、常务副县长", "负责县政府常务工作，分管财政、审计、发展改革工作", "member"),
    ("副县长", "分管教育、卫生健康、医疗保障、民政工作", None),
    ("副县长", "分管农业农村、水利、林业、乡村振兴工作", None),
    ("副县长", "分管自然资源、住房城乡建设、交通运输工作", None),
)
COUNTY_DISCIPLINE_DEPUTIES: tuple[tuple[str, str], ...] = (
    ("县纪委副书记、县监委副主任", "协助书记分管信访、案件监督管理、审查调查工作"),
    ("县纪委副书记、县监委副主任", "协助书记分管党风政风监督、基层监督工作"),
    ("县纪委常委、县监委委员", "分管第一、第二纪检监察室工作"),
)
COUNTY_DISCIPLINE_STAFF = ("党风政风监督室主任", "案件监督管理室主任", "信访室主任",
                           "第一纪检监察室副主任", "党风政风监督室科员")

VILLAGE_SECRETARY = "村党支部书记、村委会主任"
COMMUNITY_SECRETARY = "社区党委书记、居委会主任"
