"""Responsibility lists (责任清单): templates, the year's lists, signing and item status.

An issued list copies its template's items, so that editing or retiring a template item
never rewrites a list already issued or signed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from zeren_desktop import paths
from zeren_desktop.domain.enums import ItemStatus, ListRole, TeamKind, TeamRole
from zeren_desktop.domain.ledger import (
    IssueRequest,
    ItemStatusInput,
    SignatureInput,
    TemplateInput,
    YearEndInput,
    check_year,
)
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import (
    QT_TRANSLATE_NOOP,
    ConflictError,
    Message,
    Translate,
    untranslated,
)
from zeren_desktop.services.auth import subtree
from zeren_desktop.services.base import (
    CADRE_NOT_FOUND,
    UNIT_NOT_FOUND,
    ServiceBase,
    not_found,
    refuse_if_documents,
)
from zeren_desktop.services.ledger_dto import (
    IssueResult,
    ListDetail,
    ListItemInfo,
    ListRow,
    TemplateInfo,
    TemplateItemInfo,
)
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import (
    AppSetting,
    Cadre,
    ItemStatusUpdate,
    LeadershipTeam,
    ListTemplate,
    ListTemplateItem,
    Post,
    ResponsibilityItem,
    ResponsibilityList,
    TeamMembership,
    Unit,
    ledger_entry_items,
)

_CTX = "Services"
TEMPLATE_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The list template was not found; it may have been deleted meanwhile.")
LIST_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The responsibility list was not found; it may have been deleted meanwhile.")
ITEM_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The list item was not found; it may have been deleted meanwhile.")
TEAM_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Services", "The leadership team was not found; it may have been deleted meanwhile.")
LIST_TITLES: dict[ListRole, str] = {
    ListRole.TEAM: QT_TRANSLATE_NOOP(
        "ListTitle", "{year} principal responsibility list of the Party committee team"),
    ListRole.FIRST_RESPONSIBLE: QT_TRANSLATE_NOOP(
        "ListTitle", "{year} responsibility list of the first responsible person"),
    ListRole.MEMBER: QT_TRANSLATE_NOOP(
        "ListTitle", "{year} responsibility list of a team member (own portfolio)"),
    ListRole.SUPERVISORY: QT_TRANSLATE_NOOP(
        "ListTitle", "{year} supervisory responsibility list of the discipline commission"),
}
SEEDED_KEY = "list_templates_seeded"


def display_title(year: int, role: ListRole, title: str, translate: Translate) -> str:
    """A list's own title, or the usual one for its role and year in the UI language."""
    return title or translate("ListTitle", LIST_TITLES[role]).format(year=year)


def install_default_templates(session: Session, office_id: uuid.UUID) -> int:
    """Put the shipped templates into a new database once (an administrator edits them)."""
    from zeren_desktop.domain.list_templates import load_default_templates

    if session.get(AppSetting, SEEDED_KEY) is not None:
        return 0
    made = 0
    for default in load_default_templates(paths.resources_dir() / "list_templates"):
        template = ListTemplate(office_id=office_id, name=default.name, role=default.role,
                                is_active=True, source_key=default.key)
        template.items = [ListTemplateItem(office_id=office_id, area=i.area, text=i.text,
                                           sort_order=n)
                          for n, i in enumerate(default.items)]
        session.add(template)
        made += 1
    session.add(AppSetting(key=SEEDED_KEY, value="1"))
    return made


def _template_info(t: ListTemplate) -> TemplateInfo:
    return TemplateInfo(t.id, t.name, t.role, t.is_active, t.source_key, tuple(
        TemplateItemInfo(i.id, i.area, i.text, i.sort_order, i.retired_on) for i in t.items))


def _template_values(t: ListTemplate) -> dict[str, Any]:
    return {"name": t.name, "role": t.role.value, "is_active": t.is_active,
            "items": [{"id": str(i.id), "area": i.area, "text": i.text,
                       "retired_on": str(i.retired_on or "")} for i in t.items]}


def holder_name(lst: ResponsibilityList) -> str:
    if lst.cadre is not None:
        return lst.cadre.name
    return lst.team.name if lst.team is not None else ""


def _list_row(lst: ResponsibilityList, counts: tuple[int, int] | None = None) -> ListRow:
    """`counts` (items, done) when counted in SQL; else from the loaded items."""
    if counts is None:
        counts = (len(lst.items), sum(1 for i in lst.items if i.status is ItemStatus.DONE))
    return ListRow(lst.id, lst.number, lst.year, lst.role, lst.title, holder_name(lst),
                   lst.unit_id, lst.unit.name, lst.cadre_id, lst.team_id, lst.issued_on,
                   lst.signed_on, lst.signed_by, counts[0], counts[1])


class ListService(ServiceBase):
    # -- templates (an administrator's work; everyone who keeps lists may read them)

    def templates(self, include_inactive: bool = False) -> list[TemplateInfo]:
        self._require(Permission.VIEW_MASTER_DATA, "lists.templates")
        with self.db.read() as session:
            query = select(ListTemplate).options(selectinload(ListTemplate.items))
            if not include_inactive:
                query = query.where(ListTemplate.is_active.is_(True))
            rows = session.scalars(query.order_by(ListTemplate.role, ListTemplate.created_at))
            return [_template_info(t) for t in rows]

    def template(self, template_id: uuid.UUID) -> TemplateInfo:
        self._require(Permission.VIEW_MASTER_DATA, "lists.template")
        with self.db.read() as session:
            return _template_info(self._template(session, template_id))

    def create_template(self, data: TemplateInput) -> uuid.UUID:
        actor = self._require(Permission.MANAGE_SETTINGS, "lists.create_template")
        data = data.validated()
        with self.db.write() as session:
            template = ListTemplate(office_id=self.office_id, name=data.name, role=data.role)
            template.items = [ListTemplateItem(office_id=self.office_id, area=i.area,
                                               text=i.text, sort_order=n)
                              for n, i in enumerate(data.items)]
            session.add(template)
            session.flush()
            self._audit(session, actor, "list_template.create", "list_templates", template.id,
                        after=_template_values(template))
            return template.id

    def update_template(self, template_id: uuid.UUID, data: TemplateInput) -> None:
        """Rename, reorder, edit and add items; an item left out is retired, not deleted."""
        actor = self._require(Permission.MANAGE_SETTINGS, "lists.update_template")
        data = data.validated()
        today = self._today()
        with self.db.write() as session:
            template = self._template(session, template_id)
            before = _template_values(template)
            if data.role is not template.role:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Services", "A template's role cannot change; make a new template.")))
            template.name = data.name
            existing = {i.id: i for i in template.items}
            kept: set[uuid.UUID] = set()
            for n, item in enumerate(data.items):
                row = existing.get(item.id) if item.id is not None else None
                if row is None:
                    row = ListTemplateItem(office_id=self.office_id)
                    template.items.append(row)
                row.area, row.text, row.sort_order, row.retired_on = (
                    item.area, item.text, n, None)
                if item.id is not None:
                    kept.add(item.id)
            for item_id, row in existing.items():
                if item_id not in kept and row.retired_on is None:
                    row.retired_on = today
                    row.sort_order = len(data.items) + row.sort_order
            session.flush()
            self._audit(session, actor, "list_template.update", "list_templates", template.id,
                        before=before, after=_template_values(template))

    def set_template_active(self, template_id: uuid.UUID, active: bool) -> None:
        actor = self._require(Permission.MANAGE_SETTINGS, "lists.set_template_active")
        with self.db.write() as session:
            template = self._template(session, template_id)
            before = {"is_active": template.is_active}
            template.is_active = active
            self._audit(session, actor, "list_template.activate" if active
                        else "list_template.retire", "list_templates", template.id,
                        before=before, after={"is_active": active})

    # -- the year's lists

    def search(self, year: int | None = None, unit_id: uuid.UUID | None = None,
               role: ListRole | None = None, cadre_id: uuid.UUID | None = None,
               text: str = "", *, translate: Translate = untranslated) -> list[ListRow]:
        """Lists by year, unit (and the units under it), role, holder; `text` matches the
        holder, unit, number or title (the usual title in the language of `translate`)."""
        actor = self._require(Permission.VIEW_RECORDS, "lists.search")
        with self.db.read() as session:
            query = select(ResponsibilityList).options(
                selectinload(ResponsibilityList.unit), selectinload(ResponsibilityList.cadre),
                selectinload(ResponsibilityList.team))
            if year is not None:
                query = query.where(ResponsibilityList.year == year)
            if unit_id is not None:
                query = query.where(ResponsibilityList.unit_id.in_(subtree(session, unit_id)))
            if role is not None:
                query = query.where(ResponsibilityList.role == role)
            if cadre_id is not None:
                query = query.where(ResponsibilityList.cadre_id == cadre_id)
            if actor.scope_units is not None:
                query = query.where(ResponsibilityList.unit_id.in_(actor.scope_units))
            lists = list(session.scalars(query.order_by(
                ResponsibilityList.year.desc(), ResponsibilityList.number)))
            # Items counted in SQL: loading every item of a county's lists takes a second.
            done = func.sum(case((ResponsibilityItem.status == ItemStatus.DONE, 1), else_=0))
            counts: dict[uuid.UUID, tuple[int, int]] = {
                row[0]: (int(row[1]), int(row[2] or 0)) for row in session.execute(
                    select(ResponsibilityItem.list_id, func.count(), done)
                    .where(ResponsibilityItem.list_id.in_(query.with_only_columns(
                        ResponsibilityList.id).order_by(None)))
                    .group_by(ResponsibilityItem.list_id))}
            rows = [_list_row(lst, counts.get(lst.id, (0, 0))) for lst in lists]
            needle = text.strip().casefold()
            if needle:
                rows = [r for r in rows if needle in r.holder.casefold()
                        or needle in display_title(r.year, r.role, r.title,
                                                   translate).casefold()
                        or needle in r.number.casefold() or needle in r.unit_name.casefold()]
            return rows

    def get(self, list_id: uuid.UUID) -> ListDetail:
        actor = self._require(Permission.VIEW_RECORDS, "lists.get")
        with self.db.read() as session:
            lst = self._list(session, list_id)
            self._require_scope(actor, {lst.unit_id}, "lists.get", "responsibility_lists",
                                list_id)
            counts: dict[uuid.UUID, int] = dict(session.execute(
                select(ledger_entry_items.c.item_id, func.count())
                .where(ledger_entry_items.c.item_id.in_([i.id for i in lst.items]))
                .group_by(ledger_entry_items.c.item_id)).all())
            items = tuple(ListItemInfo(i.id, n, i.area, i.text, i.status, counts.get(i.id, 0))
                          for n, i in enumerate(lst.items, start=1))
            return ListDetail(_list_row(lst), lst.holder_title, lst.portfolio, lst.issued_by,
                              lst.self_report, lst.assessment_result, items)

    def issue(self, request: IssueRequest) -> IssueResult:
        """The year's lists for every team and team member of the chosen units, in bulk."""
        actor = self._require(Permission.EDIT_DRAFTS, "lists.issue")
        request = request.validated(self._today())
        with self.db.read() as session:
            units: set[uuid.UUID] = set()
            for unit_id in request.unit_ids:
                if session.get(Unit, unit_id) is None:
                    raise not_found(UNIT_NOT_FOUND, unit_id)
                units |= subtree(session, unit_id) if request.include_subunits else {unit_id}
        for unit_id in request.unit_ids:
            self._require_scope(actor, {unit_id}, "lists.issue", "units", unit_id)
        if actor.scope_units is not None:
            units &= actor.scope_units
        with self.db.write() as session:
            templates = self._active_templates(session)
            created: list[uuid.UUID] = []
            skipped = 0
            missing: set[ListRole] = set()
            teams = session.scalars(
                select(LeadershipTeam).where(LeadershipTeam.unit_id.in_(units))
                .options(selectinload(LeadershipTeam.memberships)
                         .selectinload(TeamMembership.cadre)))
            for team in teams:
                holders: list[tuple[ListRole, Cadre | None, str]] = []
                team_role = (ListRole.TEAM if team.kind is TeamKind.PARTY_COMMITTEE
                             else ListRole.SUPERVISORY)
                holders.append((team_role, None, ""))
                if team.kind is TeamKind.PARTY_COMMITTEE:
                    for m in team.memberships:
                        if m.start_date > request.issued_on or (
                                m.end_date is not None and m.end_date < request.issued_on):
                            continue
                        role = (ListRole.FIRST_RESPONSIBLE if m.role is TeamRole.PRINCIPAL
                                else ListRole.MEMBER)
                        holders.append((role, m.cadre, m.portfolio))
                for role, cadre, portfolio in holders:
                    template = templates.get(role)
                    if template is None:
                        missing.add(role)
                        continue
                    if self._has_list(session, request.year, role, team, cadre):
                        skipped += 1
                        continue
                    lst = self._new_list(session, actor, request.year, request.issued_on,
                                         template, team, cadre, portfolio)
                    created.append(lst.id)
            session.flush()
            self._audit(session, actor, "lists.issue", "responsibility_lists", None,
                        summary=f"{len(created)} lists for {request.year}",
                        after={"year": request.year, "units": sorted(str(u) for u in units),
                               "created": [str(c) for c in created], "skipped": skipped})
            order = list(ListRole)
            return IssueResult(tuple(created), skipped,
                               tuple(sorted(missing, key=order.index)))

    def issue_one(self, year: int, template_id: uuid.UUID, issued_on: dt.date, *,
                  team_id: uuid.UUID | None = None,
                  cadre_id: uuid.UUID | None = None) -> uuid.UUID:
        """One list from a chosen template, for a team or for a cadre (in one of their teams,
        or by their current post when they are in none)."""
        actor = self._require(Permission.EDIT_DRAFTS, "lists.issue_one")
        check_year(year)
        IssueRequest(year, (uuid.UUID(int=0),), issued_on).validated(self._today())
        if (team_id is None) == (cadre_id is None):
            raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Services", "A list is for either a team or a cadre.")))
        with self.db.read() as session:
            unit_id = self._holder_unit(session, team_id, cadre_id, issued_on)
        self._require_scope(actor, {unit_id}, "lists.issue_one", "units", unit_id)
        with self.db.write() as session:
            template = self._template(session, template_id)
            team = session.get(LeadershipTeam, team_id) if team_id is not None else None
            cadre = session.get(Cadre, cadre_id) if cadre_id is not None else None
            if team_id is not None and team is None:
                raise not_found(TEAM_NOT_FOUND, team_id)
            if cadre_id is not None and cadre is None:
                raise not_found(CADRE_NOT_FOUND, cadre_id)
            if team is None and cadre is not None:
                team = self._team_of(session, cadre.id, issued_on)
            if self._has_list(session, year, template.role, team, cadre):
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Services", "{holder} already has a {year} list of this kind."),
                    {"holder": cadre.name if cadre else team.name if team else "", "year": year}))
            portfolio = ""
            if cadre is not None and team is not None:
                portfolio = next((m.portfolio for m in team.memberships
                                  if m.cadre_id == cadre.id), "")
            lst = self._new_list(session, actor, year, issued_on, template, team, cadre,
                                 portfolio, unit_id=unit_id)
            session.flush()
            self._audit(session, actor, "lists.issue_one", "responsibility_lists", lst.id,
                        after={"year": year, "template_id": str(template_id),
                               "team_id": str(team_id or ""), "cadre_id": str(cadre_id or "")})
            return lst.id

    def sign(self, list_id: uuid.UUID, signature: SignatureInput) -> None:
        """Record that the holder signed the paper list (责任书); a signed list is fixed."""
        actor = self._require(Permission.EDIT_DRAFTS, "lists.sign")
        signature = signature.validated(self._today())
        self._check_list_scope(actor, list_id, "lists.sign")
        with self.db.write() as session:
            lst = self._list(session, list_id)
            if lst.signed_on is not None:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Services", "This list was already signed on {date} by {name}."),
                    {"date": lst.signed_on.isoformat(), "name": lst.signed_by}))
            if signature.signed_on < lst.issued_on:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Services",
                    "A list cannot be signed ({date}) before it was issued ({issued})."),
                    {"date": signature.signed_on.isoformat(),
                     "issued": lst.issued_on.isoformat()}))
            lst.signed_on, lst.signed_by = signature.signed_on, signature.signed_by
            self._audit(session, actor, "lists.sign", "responsibility_lists", lst.id,
                        after={"signed_on": str(signature.signed_on),
                               "signed_by": signature.signed_by})

    def set_item_status(self, item_id: uuid.UUID, data: ItemStatusInput) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "lists.set_item_status")
        data = data.validated(self._today())
        with self.db.read() as session:
            item = session.get(ResponsibilityItem, item_id)
            if item is None:
                raise not_found(ITEM_NOT_FOUND, item_id)
            unit_id = item.responsibility_list.unit_id
        self._require_scope(actor, {unit_id}, "lists.set_item_status", "responsibility_items",
                            item_id)
        with self.db.write() as session:
            item = session.get(ResponsibilityItem, item_id)
            if item is None:
                raise not_found(ITEM_NOT_FOUND, item_id)
            before = item.status.value
            item.status = data.status
            session.add(ItemStatusUpdate(office_id=self.office_id, item_id=item.id, on=data.on,
                                         status=data.status, note=data.note,
                                         by=actor.username))
            self._audit(session, actor, "lists.item_status", "responsibility_items", item.id,
                        before={"status": before},
                        after={"status": data.status.value, "on": str(data.on),
                               "note": data.note})

    def set_year_end(self, list_id: uuid.UUID, data: YearEndInput) -> None:
        actor = self._require(Permission.EDIT_DRAFTS, "lists.set_year_end")
        data = data.validated()
        self._check_list_scope(actor, list_id, "lists.set_year_end")
        with self.db.write() as session:
            lst = self._list(session, list_id)
            before = {"self_report": lst.self_report,
                      "assessment_result": lst.assessment_result}
            lst.self_report, lst.assessment_result = data.self_report, data.assessment_result
            self._audit(session, actor, "lists.year_end", "responsibility_lists", lst.id,
                        before=before, after={"self_report": data.self_report,
                                              "assessment_result": data.assessment_result})

    def delete(self, list_id: uuid.UUID) -> None:
        """Withdraw a list issued by mistake: only while unsigned and unused by the ledger."""
        actor = self._require(Permission.EDIT_DRAFTS, "lists.delete")
        self._check_list_scope(actor, list_id, "lists.delete")
        with self.db.write() as session:
            lst = self._list(session, list_id)
            if lst.signed_on is not None:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Services", "A signed list cannot be deleted.")))
            used = session.scalar(select(func.count()).select_from(ledger_entry_items).where(
                ledger_entry_items.c.item_id.in_([i.id for i in lst.items])))
            if used:
                raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                    "Services", "{n} ledger entries serve items of this list; it cannot be"
                    " deleted."), {"n": used}))
            refuse_if_documents(session, "list_id", lst.id)
            self._audit(session, actor, "lists.delete", "responsibility_lists", lst.id,
                        before={"number": lst.number, "year": lst.year, "title": lst.title,
                                "holder": holder_name(lst)})
            session.delete(lst)

    # -- helpers

    def _list_query(self) -> Any:
        return select(ResponsibilityList).options(
            selectinload(ResponsibilityList.items), selectinload(ResponsibilityList.unit),
            selectinload(ResponsibilityList.cadre), selectinload(ResponsibilityList.team))

    def _list(self, session: Session, list_id: uuid.UUID) -> ResponsibilityList:
        lst: ResponsibilityList | None = session.scalars(
            self._list_query().where(ResponsibilityList.id == list_id)).one_or_none()
        if lst is None:
            raise not_found(LIST_NOT_FOUND, list_id)
        return lst

    def _check_list_scope(self, actor: Actor, list_id: uuid.UUID, operation: str) -> None:
        if actor.scope_units is None:
            return
        with self.db.read() as session:
            unit_id = session.scalar(select(ResponsibilityList.unit_id).where(
                ResponsibilityList.id == list_id))
        if unit_id is not None:
            self._require_scope(actor, {unit_id}, operation, "responsibility_lists", list_id)

    def _template(self, session: Session, template_id: uuid.UUID) -> ListTemplate:
        template = session.get(ListTemplate, template_id,
                               options=[selectinload(ListTemplate.items)])
        if template is None:
            raise not_found(TEMPLATE_NOT_FOUND, template_id)
        return template

    def _active_templates(self, session: Session) -> dict[ListRole, ListTemplate]:
        found: dict[ListRole, ListTemplate] = {}
        for t in session.scalars(select(ListTemplate).where(ListTemplate.is_active.is_(True))
                                 .options(selectinload(ListTemplate.items))
                                 .order_by(ListTemplate.created_at)):
            found.setdefault(t.role, t)
        return found

    def _has_list(self, session: Session, year: int, role: ListRole,
                  team: LeadershipTeam | None, cadre: Cadre | None) -> bool:
        query = select(ResponsibilityList.id).where(ResponsibilityList.year == year,
                                                    ResponsibilityList.role == role)
        if cadre is not None:
            query = query.where(ResponsibilityList.cadre_id == cadre.id)
        elif team is not None:
            query = query.where(ResponsibilityList.team_id == team.id,
                                ResponsibilityList.cadre_id.is_(None))
        return session.scalar(query.limit(1)) is not None

    def _team_of(self, session: Session, cadre_id: uuid.UUID,
                 on: dt.date) -> LeadershipTeam | None:
        return session.scalars(
            select(LeadershipTeam).join(TeamMembership)
            .where(TeamMembership.cadre_id == cadre_id, TeamMembership.start_date <= on,
                   or_(TeamMembership.end_date.is_(None), TeamMembership.end_date >= on))
            .order_by(LeadershipTeam.kind)).first()

    def _holder_unit(self, session: Session, team_id: uuid.UUID | None,
                     cadre_id: uuid.UUID | None, on: dt.date) -> uuid.UUID:
        if team_id is not None:
            team = session.get(LeadershipTeam, team_id)
            if team is None:
                raise not_found(TEAM_NOT_FOUND, team_id)
            return team.unit_id
        assert cadre_id is not None
        if session.get(Cadre, cadre_id) is None:
            raise not_found(CADRE_NOT_FOUND, cadre_id)
        team = self._team_of(session, cadre_id, on)
        if team is not None:
            return team.unit_id
        unit_id = post_unit(session, cadre_id, on)
        if unit_id is None:
            raise ConflictError(Message(_CTX, QT_TRANSLATE_NOOP(
                "Services", "The cadre holds no post on {date}; give them a post first."),
                {"date": on.isoformat()}))
        return unit_id

    def _next_number(self, session: Session, year: int) -> str:
        taken = session.scalar(select(func.count()).select_from(ResponsibilityList).where(
            ResponsibilityList.year == year)) or 0
        while True:
            taken += 1
            number = f"{year}-{taken:03d}"
            if session.scalar(select(ResponsibilityList.id).where(
                    ResponsibilityList.number == number)) is None:
                return number

    def _new_list(self, session: Session, actor: Actor, year: int, issued_on: dt.date,
                  template: ListTemplate, team: LeadershipTeam | None, cadre: Cadre | None,
                  portfolio: str, unit_id: uuid.UUID | None = None) -> ResponsibilityList:
        holder_title = ""
        if cadre is not None:
            post = current_post(session, cadre.id, issued_on)
            holder_title = post.title if post is not None else ""
            portfolio = portfolio or (post.portfolio if post is not None else "")
        unit = unit_id or (team.unit_id if team is not None else None)
        assert unit is not None
        lst = ResponsibilityList(
            office_id=self.office_id, number=self._next_number(session, year), year=year,
            role=template.role, title="",
            template_id=template.id, unit_id=unit, team_id=team.id if team else None,
            cadre_id=cadre.id if cadre else None, holder_title=holder_title,
            portfolio=portfolio, issued_on=issued_on, issued_by=actor.username)
        lst.items = [ResponsibilityItem(office_id=self.office_id, template_item_id=i.id,
                                        area=i.area, text=i.text, sort_order=n)
                     for n, i in enumerate(i for i in template.items if i.retired_on is None)]
        session.add(lst)
        session.flush()
        return lst


def current_post(session: Session, cadre_id: uuid.UUID, on: dt.date) -> Post | None:
    """The post the cadre held on a day (the latest started), else their latest post."""
    posts = list(session.scalars(select(Post).where(Post.cadre_id == cadre_id)
                                 .order_by(Post.start_date.desc())))
    for post in posts:
        if post.start_date <= on and (post.end_date is None or post.end_date >= on):
            return post
    return posts[0] if posts else None


def post_unit(session: Session, cadre_id: uuid.UUID, on: dt.date) -> uuid.UUID | None:
    post = current_post(session, cadre_id, on)
    return post.unit_id if post is not None else None


def item_ids_of(session: Session, list_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    return list(session.scalars(select(ResponsibilityItem.id).where(
        ResponsibilityItem.list_id.in_(list_ids))))
