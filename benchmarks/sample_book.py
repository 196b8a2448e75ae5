"""A realistic synthetic ledger book (Chinese text) and a Chinese label table for samples.

Used by bench_ledger_book.py and render_ledger_samples.py. The Chinese below is what a
translator would put into i18n/zeren_zh_CN.ts for the "LedgerBook" context; the program
itself takes its translations from the .ts/.qm files, not from here.
"""

from __future__ import annotations

import datetime as dt
import random

from zeren_desktop.reports.book_data import (
    BookEntry,
    BookInspection,
    BookListItem,
    LedgerBook,
    ListDocument,
)

ZH: dict[str, str] = {
    "Year {year}": "{year}年度",
    "Duty Ledger Book of a Leading Cadre": "领导干部履责纪实簿",
    "(principal responsibility for Party conduct and integrity)": "（党风廉政建设主体责任）",
    "Unit": "单位",
    "Name": "姓名",
    "Post": "职务",
    "Portfolio": "分管工作",
    "Book no.": "编号",
    "Issued by {issuer}": "{issuer}印制",
    "This book has {n} pages.": "本簿共 {n} 页。",
    "{year} duty ledger book · {name}": "{year}年度领导干部履责纪实簿 · {name}",
    "Page {n} of {total}": "第 {n} 页　共 {total} 页",
    "— {n} —": "— {n} —",
    "Instructions": "填写说明",
    "This book records how the holder carries out the principal responsibility for "
    "Party conduct and integrity during the year. It is kept by the holder's unit; "
    "no page may be torn out or replaced.":
        "本簿用于记录责任人本年度履行党风廉政建设主体责任的情况，由责任人所在单位保管，"
        "不得撕页、换页。",
    "Record every event of the nine must-record kinds promptly, as it happens, and do "
    "not fill in the book afterwards in one go. The nine kinds are: {kinds}.":
        "“九必记”事项发生后应及时记实，不得事后集中补记。九必记为：{kinds}。",
    "One entry per event: date, category, matter, place, participants, content and "
    "measures, and the numbers of the list items it serves. Write legibly in ink; "
    "correct a mistake by striking it through and signing beside it.":
        "一事一记，逐项填写日期、类别、事项、地点、参加人员、内容及措施和对应的清单事项序号。"
        "用钢笔或签字笔填写，字迹清楚；填错的划线更正并在旁签名。",
    "Number the evidence (minutes, notices, photographs, talk records and the like), "
    "write the numbers in the evidence column and file the evidence in that order.":
        "佐证材料（会议记录、通知文件、照片、谈话记录等）统一编号，编号填入“佐证材料编号”栏，"
        "材料按编号顺序归档备查。",
    "At the end of each quarter, review every item of the responsibility list on the "
    "self-review page ({statuses}) and sign it.":
        "每季度末，责任人对照责任清单在季度自评页逐项自评（{statuses}）并签字。",
    "The discipline commission checks this book in its inspections and records the "
    "problems found, the rectification required and the deadline; the holder records "
    "the result.":
        "纪委（纪检组）在监督检查中查阅本簿，记录发现的问题、整改要求和整改期限，"
        "责任人填写整改结果。",
    "At the end of the year, the holder writes a self-report on the last page; the "
    "book is a basis of the annual assessment.":
        "年终，责任人在末页撰写履责情况自我报告；本簿作为年度考核的依据。",
    "Responsibility list for {year}": "{year}年度党风廉政建设责任清单",
    "Responsibility item": "责任事项",
    "Holder's signature: {name}": "责任人签字：{name}",
    "Signed on: {date}": "签订日期：{date}",
    "______ (year) ____ (month) ____ (day)": "　　　　年　　月　　日",
    "Record of duties performed": "履责纪实记录",
    "No.": "序号",
    "Date": "日期",
    "Category": "类别",
    "Matter": "事项",
    "Place": "地点",
    "Participants": "参加人员",
    "Content and measures": "内容及措施",
    "List items served": "对应清单事项",
    "Evidence no.": "佐证材料编号",
    "Signature": "签字",
    "Remarks": "备注",
    "Quarterly self-review": "季度履责自评",
    "At the end of each quarter write the state of each list item: {statuses}.":
        "每季度末对照责任清单逐项填写落实情况：{statuses}。",
    "1st quarter": "第一季度",
    "2nd quarter": "第二季度",
    "3rd quarter": "第三季度",
    "4th quarter": "第四季度",
    "Holder's signature": "责任人签字",
    "Date of review": "自评日期",
    "Inspections by the discipline commission": "纪委监督检查记录",
    "Inspection date": "检查日期",
    "Kind": "检查方式",
    "Inspectors": "检查人",
    "Problems found": "发现问题",
    "Rectification required": "整改要求",
    "Deadline": "整改期限",
    "Result and date": "整改结果及日期",
    "Signatures (inspector, holder)": "签字（检查人、责任人）",
    "{result} ({date})": "{result}（{date}）",
    "Year-end self-report and assessment": "年度履责报告及考核",
    "Self-report on the duties performed": "一、履责情况自我报告",
    "Result of the annual assessment": "二、年度考核结果",
    "Holder (signature):": "责任人（签字）：",
    "Assessing body (seal):": "考核单位（盖章）：",
    "Date: {date}": "日期：{date}",
    # other contexts used by the books
    ", ": "、",
    "Deployment and study": "研究部署",
    "Research and supervision of work": "调研督办",
    "Inspection and assessment": "检查考核",
    "Hearing or giving reports": "听取或报告汇报",
    "Studying and handling cases": "研究查处案件",
    "Accountability": "追责问责",
    "Integrity talks and reminders": "廉政谈话提醒",
    "Integrity education": "廉政教育活动",
    "Daily supervision and management": "日常监督管理",
    "Not started": "未开展",
    "In progress": "推进中",
    "Done": "已完成",
    # ListDocument
    "No. {number}": "编号：{number}",
    "Unit:": "单位：",
    "Holder:": "责任人：",
    "Post:": "职务：",
    "Portfolio:": "分管工作：",
    "Responsibility:": "责任类别：",
    "To carry out the responsibility for Party conduct and integrity, the holder "
    "undertakes the following in {year}:":
        "为落实党风廉政建设责任，责任人{year}年度承担以下责任：",
    "Holder (signature): {name}": "责任人（签字）：{name}",
    "Issuing body (seal): {issuer}": "发放单位（盖章）：{issuer}",
}


def translate_zh(context: str, text: str) -> str:
    return ZH.get(text, text)


CATEGORIES = ("研究部署", "调研督办", "检查考核", "听取或报告汇报", "研究查处案件", "追责问责",
              "廉政谈话提醒", "廉政教育活动", "日常监督管理")
MATTERS = ("召开党委会专题研究党风廉政建设工作", "到村（社区）调研“三资”管理情况",
           "督办扶贫项目资金使用问题整改", "听取分管站所负责人履责情况汇报",
           "研究处置群众反映村干部优亲厚友问题线索", "对分管领域干部开展廉政谈话",
           "组织观看警示教育片《蜕变》", "检查节日期间公车使用情况", "约谈履职不力的站所负责人",
           "参加县纪委组织的主体责任约谈会")
PLACES = ("镇党委会议室", "某某村村委会", "镇便民服务中心", "县委党校", "镇财政所",
          "某某社区居委会", "镇政府三楼小会议室")
NAMES = ("张三丰", "李四", "王五", "赵六", "魏某", "刘某某", "陈某", "欧阳某某", "孙某")
SENTENCES = (
    "会议传达学习了中央、省、市、县关于加强党风廉政建设的最新部署要求，结合分管领域实际逐条对照检查。",
    "针对发现的村级财务报账不规范问题，当场提出整改要求，明确由镇财政所牵头于十五日内完成整改。",
    "与分管站所负责人逐一进行廉政谈话，重点提醒在项目招投标、资金拨付等环节严守纪律规矩。",
    "实地查看了三个村的集体资产台账，抽查凭证四十余份，对两处账实不符情况要求说明原因。",
    "听取了各站所落实“一岗双责”情况汇报，对工作滞后的两个站所进行了点名批评并限期改进。",
    "研究了群众来信反映的问题线索，决定由镇纪委进行初步核实，并于月底前报告核实结果。",
    "组织分管领域党员干部六十余人观看警示教育片，会后每人撰写心得体会，交流讨论。",
    "督促落实中秋、国庆期间廉洁过节要求，开展明察暗访两次，未发现违规公款吃喝问题。",
    "对上季度检查发现问题的整改情况进行“回头看”，五项问题已整改四项，剩余一项正在推进。",
    "强调要把纪律挺在前面，抓早抓小、防微杜渐；对苗头性、倾向性问题及时提醒，绝不姑息。",
)
AREAS = ("一、加强组织领导", "二、强化教育监督", "三、推进作风建设", "四、支持执纪问责")
LIST_TEXTS = (
    "对分管领域的党风廉政建设负直接领导责任，每季度至少专题研究一次党风廉政建设工作。",
    "督促分管部门和联系村落实“一岗双责”，每半年听取一次履责情况汇报。",
    "每年对分管领域干部开展廉政谈话不少于一次，发现苗头性问题及时提醒。",
    "带头参加廉政教育活动，每年讲廉政党课不少于一次。",
    "落实中央八项规定及其实施细则精神，督促分管领域开展作风问题专项整治。",
    "支持纪委查办案件，对分管领域发生的违纪违法问题及时报告、配合调查。",
    "对上级交办和监督检查发现的问题，督促限期整改并跟踪问效。",
    "如实记录履责情况，按季度开展自评，年终向党委报告履责情况。",
)


def _text(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.sample(SENTENCES, rng.randint(low, high)))


def sample_items(quarters_done: int = 3) -> tuple[BookListItem, ...]:
    statuses = ("已完成", "推进中", "已完成", "已完成")
    items = []
    for number, text in enumerate(LIST_TEXTS, start=1):
        status = tuple(statuses[(number + q) % 4] if q < quarters_done else ""
                       for q in range(4))
        items.append(BookListItem(number, AREAS[(number - 1) // 2], text,
                                  status))  # type: ignore[arg-type]
    return tuple(items)


def sample_entries(count: int, year: int = 2026, seed: int = 7,
                   sentences: tuple[int, int] = (1, 3)) -> tuple[BookEntry, ...]:
    rng = random.Random(seed)
    start = dt.date(year, 1, 4)
    entries = []
    for number in range(1, count + 1):
        day = start + dt.timedelta(days=(number * 360) // max(count, 1))
        entries.append(BookEntry(
            number=number, entry_date=day, category=rng.choice(CATEGORIES),
            matter=rng.choice(MATTERS), place=rng.choice(PLACES),
            participants="、".join(rng.sample(NAMES, rng.randint(1, 5))),
            content=_text(rng, *sentences),
            items="、".join(str(n) for n in sorted(rng.sample(range(1, 9), rng.randint(1, 3)))),
            evidence=f"ZZ-{year}-{number:03d}" + ("、照片3张" if number % 3 == 0 else ""),
            remarks="已报镇纪委" if number % 7 == 0 else "",
            reviewed=number % 2 == 0))
    return tuple(entries)


def sample_book(entries: int = 40, *, name: str = "魏某", blank: bool = False,
                year: int = 2026, seed: int = 7) -> LedgerBook:
    return LedgerBook(
        year=year, cadre_name=name, unit_name="中共某某县某某镇委员会",
        title="党委副书记、镇长", portfolio="负责政府全面工作，分管财政、审计、农村“三资”管理",
        book_number=f"LZ-{year}-017", issuer="中共某某县纪律检查委员会",
        list_title=f"{year}年度党风廉政建设主体责任清单",
        list_signed_on=None if blank else dt.date(year, 1, 10),
        list_signed_by="" if blank else name,
        items=sample_items(0 if blank else 3),
        entries=() if blank else sample_entries(entries, year, seed),
        inspections=() if blank else (
            BookInspection(dt.date(year, 4, 18), "台账检查", "县纪委第三监督检查室 刘某、陈某",
                           "部分纪实记录不及时，第二季度有两项会议未附佐证材料。",
                           "补齐佐证材料，今后事项发生后五个工作日内记实。",
                           dt.date(year, 5, 10), "已补齐佐证材料", dt.date(year, 5, 8)),
            BookInspection(dt.date(year, 9, 2), "明察暗访", "县纪委 孙某",
                           "未发现问题。", "", None, "", None),
        ),
        self_report="" if blank else (
            "一年来，本人认真履行党风廉政建设“一岗双责”，" + _text(random.Random(seed), 4, 6)),
        assessment_result="" if blank else "好",
        blank=blank)


def sample_list_document(name: str = "魏某", year: int = 2026) -> ListDocument:
    return ListDocument(
        year=year, title=f"{year}年度党风廉政建设主体责任清单", holder=name,
        unit_name="中共某某县某某镇委员会", holder_title="党委副书记、镇长",
        portfolio="负责政府全面工作，分管财政、审计、农村“三资”管理",
        role_label="班子其他成员（分管范围内）", issuer="中共某某县某某镇委员会",
        number=f"ZR-{year}-008", items=sample_items(0), issued_on=dt.date(year, 1, 6),
        signed_on=dt.date(year, 1, 10), signed_by=name)
