"""The typing budget of issue 10: the cost model, the spreadsheet baseline and the facts.

No Qt here: `bench_typing.py` replays the facts through the real widgets and counts what it
presses; this module says what each fact costs to type and what the same facts cost in a
spreadsheet, so the arithmetic is checked by tests/test_typing_budget_model.py.

Cost of typing a text (the same for the program and the spreadsheet):
- each Chinese character costs the letters of its full pinyin (pypinyin's `lazy_pinyin`
  on the run, so a polyphonic character gets the reading of its word), and each contiguous
  run of Chinese characters one more key (space to commit the input method's choice);
- every other character (ASCII letters, digits, spaces, Chinese punctuation) costs 1;
  a new line in a multi-line field costs 1 (Enter).

The spreadsheet baseline ("a good spreadsheet user"): one row per record; per cell up to the
last filled one, 1 key to leave it (Tab; Enter after the last) plus the typed cost of its
text; an empty cell in between still costs its Tab. Dates are typed like 2026-3-12, names
and category words in full. Rows of nearly the same facts (the meeting's seven ledger rows):
the first typed, each further one by copy-paste (Shift+Space, Ctrl+C, Down, Ctrl+V = 6 key
presses) and then only the differing cells retyped (1 key to reach each, plus its text).
A cell whose text the same record has already put in another sheet (the talk's content in
the talker's ledger row) is copied from there when that is cheaper than typing it: Ctrl+PgUp,
1 move, Ctrl+C, Ctrl+PgDn, Ctrl+V = 9 keys, plus 1 to leave the cell. An existing row is
found with Ctrl+F, its key, Enter, Esc (2 + key + 2), and each changed cell costs 1 key to
reach it plus its text. Opening the workbook, switching to the sheet of a new row and
reaching its first empty row cost nothing (in the spreadsheet's favour).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pypinyin import lazy_pinyin

from zeren_desktop.domain.enums import (
    ClueHandling,
    ClueSource,
    LedgerCategory,
    MeetingKind,
    TalkKind,
)

_CHINESE_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

COPY_ROW_KEYS = 6      # Shift+Space, Ctrl+C, Down, Ctrl+V
COPY_CELL_KEYS = 9     # Ctrl+PgUp, 1 move, Ctrl+C, Ctrl+PgDn, Ctrl+V
FIND_KEYS = 4          # Ctrl+F (2), Enter, Esc; plus the typed key


# -- the cost of typing a text


def chinese_run_cost(run: str) -> int:
    """A run of Chinese characters: the letters of its pinyin and 1 to commit."""
    return sum(len(syllable) for syllable in lazy_pinyin(run)) + 1


def typed_cost(text: str) -> int:
    """The keys that type `text` (see the module's docstring)."""
    cost = 0
    position = 0
    for match in _CHINESE_RUN.finditer(text):
        cost += match.start() - position          # everything else: 1 key a character
        cost += chinese_run_cost(match.group())
        position = match.end()
    return cost + len(text) - position


def date_text(day: dt.date) -> str:
    """A date as a spreadsheet user types it: 2026-3-12."""
    return f"{day.year}-{day.month}-{day.day}"


def date_keys(day: dt.date) -> str:
    """What the program's date edit is typed with: the digits of each section, which then
    moves on by itself (20260312)."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


# -- how a fact is entered in the program


@dataclass(frozen=True)
class Typed:
    """Free text typed in full, in the program as in the spreadsheet."""

    text: str

    @property
    def value(self) -> str:
        return self.text


@dataclass(frozen=True)
class Phrase:
    """One of the office's phrases (常用语): F4, a few pinyin initials to filter the pop-up,
    Enter; then `then` typed after it."""

    filter: str
    phrase: str
    then: str = ""

    @property
    def value(self) -> str:
        return self.phrase + self.then


@dataclass(frozen=True)
class Pick:
    """A person or unit chosen by typing its pinyin initials (`keys`); in the list of
    matches the user then presses Down until it is the current one, and Enter. `text`:
    what the choice puts in a free-text field (the post and name), when not the name."""

    keys: str
    name: str
    text: str = ""

    @property
    def value(self) -> str:
        return self.text or self.name


Fact = Typed | Phrase | Pick

# The words a township ledger uses for the nine kinds (九必记).
CATEGORY_WORDS: dict[LedgerCategory, str] = {
    LedgerCategory.DEPLOYMENT: "研究部署",
    LedgerCategory.RESEARCH_SUPERVISION: "调研督办",
    LedgerCategory.INSPECTION: "检查考核",
    LedgerCategory.REPORTING: "听取或报告汇报",
    LedgerCategory.CASE_HANDLING: "研究查处案件",
    LedgerCategory.ACCOUNTABILITY: "追责问责",
    LedgerCategory.INTEGRITY_TALK: "廉政谈话提醒",
    LedgerCategory.EDUCATION: "廉政教育活动",
    LedgerCategory.DAILY_SUPERVISION: "日常监督管理",
}
TALK_WORDS = {TalkKind.INTEGRITY: "廉政谈话", TalkKind.REMINDER: "提醒谈话",
              TalkKind.SUMMONS: "约谈", TalkKind.ADMONISHMENT: "诫勉谈话"}
SOURCE_WORDS = {ClueSource.PETITION: "信访举报", ClueSource.SUPERVISION: "监督检查",
                ClueSource.BIG_DATA: "大数据比对"}
HANDLING_WORDS = {ClueHandling.PENDING: "暂存", ClueHandling.PRELIMINARY: "初核",
                  ClueHandling.TALK_INQUIRY: "谈话函询"}


# -- the spreadsheet


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: tuple[str, ...]


LEDGER_SHEET = Sheet("履责纪实台账", ("日期", "姓名", "单位", "类别", "事项", "地点", "参加人员",
                                   "内容及措施", "佐证"))
TALK_SHEET = Sheet("谈话记录", ("日期", "时间", "谈话类型", "谈话对象", "单位", "谈话人", "记录人",
                              "地点", "谈话事由", "主要内容", "本人表态", "整改要求"))
CLUE_SHEET = Sheet("问题线索登记", ("编号", "受理日期", "线索来源", "反映对象", "单位", "问题摘要",
                                "处置方式", "办理结果", "办结日期", "备注"))
CASE_SHEET = Sheet("问责案件", ("案件编号", "案件名称", "单位", "问责对象", "问题类别",
                              "提出建议日期", "当前阶段", "启动调查日期", "批准人", "调查组",
                              "调查报告日期", "决定日期", "问责方式", "备注"))

@dataclass(frozen=True)
class Copied:
    """A cell's text that the record already has in another sheet: copied from there
    when that is cheaper than typing it."""

    text: str


Cell = str | dt.date | Copied


def cell_text(value: Cell) -> str:
    if isinstance(value, Copied):
        return value.text
    return date_text(value) if isinstance(value, dt.date) else value


def _check(sheet: Sheet, values: Mapping[str, Cell]) -> None:
    unknown = set(values) - set(sheet.columns)
    if unknown:
        raise KeyError(f"{sheet.name} has no column {sorted(unknown)}")


def cell_cost(value: Cell) -> int:
    """1 key to leave the cell (Tab, or Enter after the row's last) plus its text, typed
    or (a `Copied` text) copied, whichever is cheaper."""
    typed = typed_cost(cell_text(value))
    if isinstance(value, Copied) and value.text:
        typed = min(typed, COPY_CELL_KEYS)
    return 1 + typed


@dataclass(frozen=True)
class Step:
    """One step of the spreadsheet user and its keys."""

    what: str
    keys: int


@dataclass(frozen=True)
class NewRow:
    """A row typed cell by cell."""

    sheet: Sheet
    values: Mapping[str, Cell]

    def steps(self) -> list[Step]:
        _check(self.sheet, self.values)
        values = [self.values.get(column, "") for column in self.sheet.columns]
        filled = [i for i, value in enumerate(values) if cell_text(value)]
        last = filled[-1] if filled else -1
        return [Step(f"{self.sheet.name}: {column}"
                     + (" (copied)" if isinstance(value, Copied) and cell_cost(value)
                        < 1 + typed_cost(value.text) else ""), cell_cost(value))
                for column, value in zip(self.sheet.columns[:last + 1], values[:last + 1],
                                         strict=True)]


@dataclass(frozen=True)
class CopiedRow:
    """The row above copied and pasted, then the cells that differ retyped."""

    sheet: Sheet
    above: Mapping[str, Cell]
    values: Mapping[str, Cell]

    def steps(self) -> list[Step]:
        _check(self.sheet, self.values)
        _check(self.sheet, self.above)
        steps = [Step(f"{self.sheet.name}: copy the row above", COPY_ROW_KEYS)]
        for column in self.sheet.columns:
            value = self.values.get(column, "")
            if cell_text(value) != cell_text(self.above.get(column, "")):
                steps.append(Step(f"{self.sheet.name}: {column}", cell_cost(value)))
        return steps


@dataclass(frozen=True)
class ChangedRow:
    """An existing row found by its key (Ctrl+F, key, Enter, Esc), some cells changed."""

    sheet: Sheet
    key: str
    changes: Mapping[str, Cell]

    def steps(self) -> list[Step]:
        _check(self.sheet, self.changes)
        steps = [Step(f"{self.sheet.name}: find {self.key}", FIND_KEYS + typed_cost(self.key))]
        steps.extend(Step(f"{self.sheet.name}: {column}", cell_cost(value))
                     for column, value in self.changes.items())
        return steps


SheetWork = NewRow | CopiedRow | ChangedRow


def spreadsheet_steps(work: Sequence[SheetWork]) -> list[Step]:
    return [step for part in work for step in part.steps()]


def spreadsheet_cost(work: Sequence[SheetWork]) -> int:
    return sum(step.keys for step in spreadsheet_steps(work))


# -- the office and the facts of the five tasks

COUNTY = "青山县"
TOWN = "城关镇"
VILLAGE = "东门社区"
OTHER_TOWN = "河口镇"
YEAR = 2026
TEAM_NAME = "中共城关镇委员会领导班子"


@dataclass(frozen=True)
class Member:
    name: str
    post: str
    principal: bool = False


# The Party committee team of 城关镇, seven leaders, principal first.
TEAM: tuple[Member, ...] = (
    Member("欧阳晓燕", "党委书记", principal=True),
    Member("魏明", "党委副书记、镇长"),
    Member("李华", "党委副书记"),
    Member("张建国", "党委委员、纪委书记"),
    Member("刘芳芳", "党委委员、组织委员"),
    Member("陈静", "党委委员、宣传委员"),
    Member("赵刚", "党委委员、武装部长"),
)
# Others in the records: 王敏 shares the initials wm with 魏明, 李桦 lh with 李华, 李艳 ly
# with the township's discipline clerk 刘洋.
OTHERS: tuple[tuple[str, str, str], ...] = (
    ("王敏", OTHER_TOWN, "党委书记"),
    ("张建军", OTHER_TOWN, "纪委书记"),
    ("李桦", OTHER_TOWN, "党委副书记"),
    ("刘洋", TOWN, "纪委干事"),
    ("李艳", OTHER_TOWN, "纪委干事"),
    ("周志强", VILLAGE, "党支部书记"),
    ("陈刚", VILLAGE, "村委会主任"),
)


@dataclass(frozen=True)
class LedgerFacts:
    cadre: Pick
    day: dt.date
    category: LedgerCategory
    matter: Fact
    place: Fact = Typed("")
    participants: Fact = Typed("")
    content: Fact = Typed("")
    evidence: Fact = Typed("")


# The session's first entry (typed before task 1 and not counted): the form then keeps its
# cadre and date.
FIRST_ENTRY = LedgerFacts(
    cadre=Pick("lh", "李华"), day=dt.date(YEAR, 3, 16),
    category=LedgerCategory.REPORTING,
    matter=Phrase("tqfg", "听取分管领域党风廉政建设工作汇报"),
    place=Phrase("dwh", "党委会议室"),
    participants=Phrase("fgbm", "分管部门负责人"),
    content=Phrase("tqgz", "听取工作汇报，对下一步工作提出具体要求。"))

# Task 1: the same leader's next entry of the day (an inspection of the offices he oversees).
LEDGER_ENTRY = LedgerFacts(
    cadre=FIRST_ENTRY.cadre, day=FIRST_ENTRY.day, category=LedgerCategory.INSPECTION,
    matter=Phrase("jcfg", "检查分管部门党风廉政建设责任制落实情况"),
    place=Typed("镇民政办、镇财政所"),
    participants=Phrase("fgbm", "分管部门负责人"),
    content=Phrase("zxdz", "逐项对照责任清单检查落实情况，对发现的问题当场交办、限期整改。",
                   "发现低保档案不全等问题3个，已建立整改台账。"),
    evidence=Typed("检查记录表"))


@dataclass(frozen=True)
class TalkFacts:
    kind: TalkKind
    day: dt.date
    start: str
    end: str
    place: Fact
    subject: Pick
    talker: Fact
    talker_name: str            # the leader the talker's ledger entry goes to
    note_taker: Fact
    content: Fact
    statement: Fact


TALK = TalkFacts(
    kind=TalkKind.INTEGRITY, day=dt.date(YEAR, 3, 12), start="15:00", end="15:40",
    place=Phrase("dwsj", "党委书记办公室"),
    subject=Pick("wm", "魏明"),
    talker=Pick("oyxy", "欧阳晓燕", "党委书记 欧阳晓燕"), talker_name="欧阳晓燕",
    note_taker=Pick("ly", "刘洋", "纪委干事 刘洋"),
    content=Typed("提醒其履行“一岗双责”，管好分管领域和身边工作人员，带头遵守中央八项规定精神。"),
    # 表态 is formulaic: the office keeps it among its phrases (resources/phrases.toml).
    statement=Phrase("brwq", "本人完全接受组织的批评教育，保证按期完成整改。"))


@dataclass(frozen=True)
class MeetingFacts:
    """The facts of a meeting that its ledger rows hold (who presided is not among them,
    so the replay leaves that field empty, as the spreadsheet has no place for it)."""

    day: dt.date
    kind: MeetingKind
    unit: Pick
    title: Fact
    place: Typed
    agenda: tuple[str, ...]     # typed one item per line
    decisions: Fact

    @property
    def attendees(self) -> tuple[str, ...]:
        return tuple(m.name for m in TEAM)


MEETING = MeetingFacts(
    day=dt.date(YEAR, 3, 10), kind=MeetingKind.PARTY_COMMITTEE,
    unit=Pick("cgz", TOWN),
    title=Phrase("yjbs", "党委会研究部署党风廉政建设工作"),
    place=Typed("党委会议室"),
    agenda=("传达学习县纪委全会精神", "研究2026年党风廉政建设工作要点", "审议班子成员责任清单"),
    decisions=Phrase("yjbs", "会议研究部署了本单位党风廉政建设工作",
                     "，一季度内完成责任书签订。"))


@dataclass(frozen=True)
class ClueFacts:
    number: str                 # the number the program suggests (accepted as it is)
    day: dt.date
    source: ClueSource
    names: Typed
    unit: Pick
    summary: Fact
    handling: ClueHandling


CLUE = ClueFacts(
    number=f"XS{YEAR}-0003", day=dt.date(YEAR, 3, 18), source=ClueSource.PETITION,
    names=Typed("周志强"), unit=Pick("dmsq", VILLAGE),
    summary=Phrase("lp", "反映其违规收受礼品礼金问题"), handling=ClueHandling.PRELIMINARY)


@dataclass(frozen=True)
class CaseFacts:
    number: str
    title: str
    subject: str
    proposed_on: dt.date
    day: dt.date                # started on (启动调查)
    approved_by: Typed
    leader: str                 # the leader named in "approved by": a ledger entry
    stage_words: str            # what the stage is called in the sheet (当前阶段)


CASE = CaseFacts(
    number=f"WZ{YEAR}-003", title="东门社区低保评定把关不严问责案", subject="周志强",
    proposed_on=dt.date(YEAR, 3, 5), day=dt.date(YEAR, 3, 20),
    approved_by=Typed("镇党委书记 欧阳晓燕"), leader="欧阳晓燕", stage_words="启动调查")
CASE_STAGE_MATTER = "{stage}：案件{number} {title}"   # the matter of the derived entry (zh)


# -- the spreadsheet work of each task


def ledger_row(name: str, day: Cell, category: LedgerCategory, matter: str,
               place: Cell = "", participants: Cell = "", content: Cell = "",
               evidence: str = "", unit: str = TOWN) -> dict[str, Cell]:
    return {"日期": day, "姓名": name, "单位": unit, "类别": CATEGORY_WORDS[category],
            "事项": matter, "地点": place, "参加人员": participants, "内容及措施": content,
            "佐证": evidence}


def ledger_work(facts: LedgerFacts = LEDGER_ENTRY) -> list[SheetWork]:
    return [NewRow(LEDGER_SHEET, ledger_row(
        facts.cadre.name, facts.day, facts.category, facts.matter.value, facts.place.value,
        facts.participants.value, facts.content.value, facts.evidence.value))]


def talk_matter(facts: TalkFacts = TALK) -> str:
    """The matter of the talker's derived entry, as the program writes it in Chinese."""
    return f"对{facts.subject.name}开展{TALK_WORDS[facts.kind]}"


def talk_work(facts: TalkFacts = TALK) -> list[SheetWork]:
    """The talk's row, and the talker's ledger row (place, subject and content copied
    from the talk's row where that is cheaper)."""
    return [
        NewRow(TALK_SHEET, {
            "日期": facts.day, "时间": f"{facts.start}-{facts.end}",
            "谈话类型": TALK_WORDS[facts.kind],
            "谈话对象": facts.subject.name, "单位": TOWN, "谈话人": facts.talker.value,
            "记录人": facts.note_taker.value, "地点": facts.place.value,
            "主要内容": facts.content.value, "本人表态": facts.statement.value}),
        NewRow(LEDGER_SHEET, ledger_row(
            facts.talker_name, facts.day, LedgerCategory.INTEGRITY_TALK, talk_matter(facts),
            Copied(facts.place.value), Copied(facts.subject.name),
            Copied(facts.content.value))),
    ]


def meeting_content(facts: MeetingFacts = MEETING) -> str:
    """What the ledger rows of the meeting say it did: agenda and decisions, in one cell."""
    return "；".join([*facts.agenda, facts.decisions.value])


def meeting_work(facts: MeetingFacts = MEETING) -> list[SheetWork]:
    """Seven ledger rows: the first typed, six copied with the name retyped."""
    names = facts.attendees
    rows = [ledger_row(name, facts.day, LedgerCategory.DEPLOYMENT, facts.title.value,
                       facts.place.value, "、".join(names), meeting_content(facts))
            for name in names]
    work: list[SheetWork] = [NewRow(LEDGER_SHEET, rows[0])]
    work.extend(CopiedRow(LEDGER_SHEET, above, row)
                for above, row in itertools.pairwise(rows))
    return work


def clue_work(facts: ClueFacts = CLUE) -> list[SheetWork]:
    return [NewRow(CLUE_SHEET, {
        "编号": facts.number, "受理日期": facts.day, "线索来源": SOURCE_WORDS[facts.source],
        "反映对象": facts.names.value, "单位": facts.unit.value,
        "问题摘要": facts.summary.value, "处置方式": HANDLING_WORDS[facts.handling]})]


def case_matter(facts: CaseFacts = CASE) -> str:
    """The matter of the approver's derived entry, as the program writes it in Chinese."""
    return CASE_STAGE_MATTER.format(stage=facts.stage_words, number=facts.number,
                                    title=facts.title)


def case_sheet_matter(facts: CaseFacts = CASE) -> str:
    """The same in the spreadsheet: the case named by its number only (the title left
    out, in the spreadsheet's favour)."""
    return f"{facts.stage_words}：案件{facts.number}"


def case_work(facts: CaseFacts = CASE) -> list[SheetWork]:
    """The case's row found and its stage, date and approver changed; the approving
    leader's ledger row (研究查处案件)."""
    return [
        ChangedRow(CASE_SHEET, facts.number, {
            "当前阶段": facts.stage_words, "启动调查日期": facts.day,
            "批准人": facts.approved_by.value}),
        NewRow(LEDGER_SHEET, ledger_row(facts.leader, facts.day,
                                        LedgerCategory.CASE_HANDLING, case_sheet_matter(facts))),
    ]


@dataclass(frozen=True)
class Task:
    key: str
    title: str
    work: list[SheetWork] = field(default_factory=list)

    @property
    def spreadsheet(self) -> int:
        return spreadsheet_cost(self.work)


def tasks() -> list[Task]:
    return [
        Task("ledger entry", "record a ledger entry (the session's second)", ledger_work()),
        Task("talk", "record a talk (and its talker's ledger entry)", talk_work()),
        Task("meeting", "record a meeting with 7 attendees (7 ledger entries)",
             meeting_work()),
        Task("clue", "register a clue", clue_work()),
        Task("case stage", "advance a case to 启动调查 (and the approver's ledger entry)",
             case_work()),
    ]


TARGET = 0.5


def verdict(app: int, spreadsheet: int) -> tuple[float, str]:
    ratio = app / spreadsheet
    return ratio, "ok" if ratio <= TARGET else "short"


def result_line(task: str, keys: int, clicks: int, spreadsheet: int) -> str:
    total = keys + clicks
    ratio, word = verdict(total, spreadsheet)
    return (f"typing {task}: app {keys} keys + {clicks} clicks = {total}, spreadsheet "
            f"{spreadsheet}, ratio {ratio:.2f} (target ≤ {TARGET}) {word}")
