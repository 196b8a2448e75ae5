"""A small builder of case data for the integrity tests, written through the ORM.

The case service is built elsewhere; these tests read what it will write: cases with their
subjects (a snapshot of name, post and rank, measures as a JSON list of codes), influence
periods, appeals and clues.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence

from zeren_desktop.domain.enums import (
    CaseStage,
    ClueHandling,
    ClueResult,
    ClueSource,
    Rank,
    SubjectKind,
    TalkKind,
    UnitKind,
)
from zeren_desktop.domain.identity import resident_id_check_char
from zeren_desktop.domain.records import CadreInput, PostInput, UnitInput
from zeren_desktop.services.app import Services
from zeren_desktop.services.talks_dto import TalkInput
from zeren_desktop.storage.models import (
    AccountabilityCase,
    Appeal,
    Cadre,
    CaseSubject,
    Clue,
    InfluencePeriodRecord,
)


def resident_id(birth: str = "19750312", region: str = "420621", seq: str = "123") -> str:
    first17 = region + birth + seq
    return first17 + resident_id_check_char(first17)


class County:
    """青山县 > 城关镇, 河口镇. 张建国 was 城关镇党委书记 until 2025-06-30, then moved to
    河口镇 as 镇长; 李秀英 is 河口镇纪委书记; 王伟 is a second 王伟-free name in 城关镇."""

    def __init__(self, services: Services) -> None:
        units = services.units
        self.services = services
        self.county = units.create(UnitInput("青山县", UnitKind.COUNTY))
        self.town = units.create(UnitInput("中共青山县城关镇委员会", UnitKind.TOWNSHIP,
                                           self.county, short_name="城关镇"))
        self.other_town = units.create(UnitInput("河口镇", UnitKind.TOWNSHIP, self.county))
        self.zhang_id_number = resident_id("19700101", seq="011")
        self.zhang = services.cadres.create(CadreInput(
            "张建国", Rank.TOWNSHIP_SECTION, id_number=self.zhang_id_number,
            posts=(PostInput(self.town, "党委书记", dt.date(2020, 1, 1), dt.date(2025, 6, 30)),
                   PostInput(self.other_town, "镇长", dt.date(2025, 7, 1)))))
        self.li = services.cadres.create(CadreInput(
            "李秀英", Rank.GENERAL, id_number=resident_id("19820505", seq="022"),
            posts=(PostInput(self.other_town, "纪委书记", dt.date(2021, 3, 1)),)))
        self.wang = services.cadres.create(CadreInput(
            "王伟", Rank.GENERAL,
            posts=(PostInput(self.town, "副镇长", dt.date(2022, 1, 1)),)))


class Builder:
    """Rows of the case tables, each in its own write transaction."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.office_id = services.office_id

    def case(self, number: str, *, stage: CaseStage = CaseStage.DECIDED,
             decision_date: dt.date | None = None, unit_id: uuid.UUID | None = None,
             title: str = "违规发放班子成员奖金问题") -> uuid.UUID:
        with self.services.db.write() as session:
            case = AccountabilityCase(
                office_id=self.office_id, number=number, title=title, unit_id=unit_id,
                stage=stage, decision_date=decision_date,
                deciding_body="中共青山县委" if decision_date else "")
            session.add(case)
            session.flush()
            return case.id

    def subject(self, case_id: uuid.UUID, cadre_id: uuid.UUID, measures: Sequence[str], *,
                unit_id: uuid.UUID | None = None, post_title: str = "党委书记",
                severity: str = "serious") -> uuid.UUID:
        with self.services.db.write() as session:
            cadre = session.get(Cadre, cadre_id)
            assert cadre is not None
            subject = CaseSubject(
                office_id=self.office_id, case_id=case_id, kind=SubjectKind.CADRE,
                cadre_id=cadre_id, unit_id=unit_id, name=cadre.name, post_title=post_title,
                rank=cadre.rank, responsibility="principal", severity=severity,
                measures=json.dumps(list(measures)))
            session.add(subject)
            session.flush()
            return subject.id

    def period(self, case_id: uuid.UUID, subject_id: uuid.UUID, cadre_id: uuid.UUID | None,
               measure: str, months: int, starts_on: dt.date, until: dt.date,
               restriction: str = "不得提拔") -> uuid.UUID:
        with self.services.db.write() as session:
            record = InfluencePeriodRecord(
                office_id=self.office_id, case_id=case_id, subject_id=subject_id,
                cadre_id=cadre_id, measure=measure, months=months, starts_on=starts_on,
                until=until, restriction=restriction)
            session.add(record)
            session.flush()
            return record.id

    def appeal(self, case_id: uuid.UUID, subject_id: uuid.UUID, filed_on: dt.date,
               answer_due: dt.date) -> uuid.UUID:
        with self.services.db.write() as session:
            appeal = Appeal(office_id=self.office_id, case_id=case_id, subject_id=subject_id,
                            filed_on=filed_on, answer_due=answer_due, body="中共青山县委",
                            grounds="认为处理过重")
            session.add(appeal)
            session.flush()
            return appeal.id

    def clue(self, number: str, received_on: dt.date, *,
             cadre_ids: Sequence[uuid.UUID] = (), id_numbers: str = "", names: str = "",
             handling: ClueHandling = ClueHandling.PRELIMINARY,
             result: ClueResult | None = None, concluded_on: dt.date | None = None,
             case_id: uuid.UUID | None = None, unit_id: uuid.UUID | None = None
             ) -> uuid.UUID:
        with self.services.db.write() as session:
            clue = Clue(office_id=self.office_id, number=number, received_on=received_on,
                        source=ClueSource.PETITION, unit_id=unit_id, subject_names=names,
                        subject_id_numbers=id_numbers, summary="反映违规发放补贴",
                        handling=handling, result=result, concluded_on=concluded_on,
                        case_id=case_id)
            clue.cadres = [c for c in (session.get(Cadre, i) for i in cadre_ids)
                           if c is not None]
            session.add(clue)
            session.flush()
            return clue.id


DECIDED = dt.date(2025, 3, 10)
UNTIL = dt.date(2026, 3, 10)


class Records:
    """张建国 got 党内警告 and 免职 as 城关镇党委书记 in March 2025 (12 months each), appealed,
    then moved to 河口镇 in July 2025. 李秀英 is under investigation in another case."""

    def __init__(self, services: Services) -> None:
        self.county = c = County(services)
        b = self.builder = Builder(services)
        self.case = b.case("青纪问〔2025〕3号", decision_date=DECIDED, unit_id=c.town,
                           stage=CaseStage.EXECUTED)
        self.subject = b.subject(self.case, c.zhang, ["party_warning", "dismissal"],
                                 unit_id=c.town)
        for measure in ("party_warning", "dismissal"):
            b.period(self.case, self.subject, c.zhang, measure, 12, DECIDED, UNTIL)
        b.appeal(self.case, self.subject, dt.date(2025, 3, 20), dt.date(2025, 4, 20))
        self.open_case = b.case("青纪问〔2025〕9号", stage=CaseStage.INVESTIGATED,
                                unit_id=c.other_town, title="监督责任落实不力问题")
        b.subject(self.open_case, c.li, [], unit_id=c.other_town, post_title="纪委书记")
        # A clue linked to 张建国 (open), one concluded, one carrying only his ID number.
        self.clue_linked = b.clue("XF-2025-001", dt.date(2025, 1, 5), cadre_ids=[c.zhang])
        self.clue_done = b.clue("XF-2024-017", dt.date(2024, 5, 5), cadre_ids=[c.zhang],
                                handling=ClueHandling.CLOSED, result=ClueResult.UNFOUNDED,
                                concluded_on=dt.date(2024, 7, 1))
        self.clue_by_number = b.clue("DSJ-2025-0042", dt.date(2025, 9, 1),
                                     id_numbers=c.zhang_id_number, names="张建国",
                                     handling=ClueHandling.PENDING)
        self.talk = services.talks.create(TalkInput(
            TalkKind.ADMONISHMENT, dt.date(2025, 3, 15), "县纪委副书记 刘明",
            cadre_id=c.zhang, reason="落实问责决定", content="指出问题，提出整改要求"))
