"""Reports the services print: each builds a PDF from the records the actor may see."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from zeren_desktop import paths
from zeren_desktop.domain.enums import LabelledEnum
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from zeren_desktop.reports.fonts import register_bundled_font
from zeren_desktop.reports.roster import RosterRow, RosterText, build_roster
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.services.cadres import CadreService
from zeren_desktop.storage.models import Office

ROSTER_TITLE = QT_TRANSLATE_NOOP("Reports", "Roster of cadres")
ROSTER_SUBTITLE = QT_TRANSLATE_NOOP("Reports", "{office} · {count} cadres · as of {date}")
ROSTER_HEADERS = (
    QT_TRANSLATE_NOOP("Reports", "No."), QT_TRANSLATE_NOOP("Reports", "Name"),
    QT_TRANSLATE_NOOP("Reports", "Sex"), QT_TRANSLATE_NOOP("Reports", "Born"),
    QT_TRANSLATE_NOOP("Reports", "Rank"), QT_TRANSLATE_NOOP("Reports", "Unit"),
    QT_TRANSLATE_NOOP("Reports", "Post"))
PAGE_NUMBER = QT_TRANSLATE_NOOP("Reports", "— {n} —")


def _label(member: LabelledEnum | None, translate: Translate) -> str:
    return translate(member.context(), member.label) if member is not None else ""


class ReportService(ServiceBase):
    def cadre_roster(self, target: Path, unit_id: uuid.UUID | None = None, *,
                     translate: Translate = untranslated,
                     today: dt.date | None = None) -> Path:
        """The roster of the cadres the actor may see (of one unit if given), as PDF."""
        actor = self._require(Permission.VIEW_MASTER_DATA, "reports.cadre_roster")
        cadres = CadreService(self.db, self.office_id, self.state, self.audit)
        rows = [RosterRow(r.name, _label(r.sex, translate),
                          r.birth_date.strftime("%Y.%m") if r.birth_date else "",
                          _label(r.rank, translate), r.unit_name, r.title)
                for r in cadres.search("", unit_id)]
        made = today or dt.date.today()
        with self.db.read() as session:
            office = session.get(Office, self.office_id)
            office_name = office.name if office else ""
        text = RosterText(
            translate("Reports", ROSTER_TITLE),
            translate("Reports", ROSTER_SUBTITLE).format(
                office=office_name or "-", count=len(rows),
                date=f"{made.year}年{made.month}月{made.day}日"),
            tuple(translate("Reports", h) for h in ROSTER_HEADERS),  # type: ignore[arg-type]
            translate("Reports", PAGE_NUMBER))
        font = register_bundled_font(paths.resources_dir())
        build_roster(target, rows, text, font, made=made)
        with self.db.write() as session:
            self._audit(session, actor, "print.cadre_roster", "cadres", None,
                        summary=f"{len(rows)} cadres to {target.name}",
                        after={"unit_id": str(unit_id or ""), "rows": len(rows)})
        return target
