"""Office-wide settings kept in the database (the office name, facts about the database)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from zeren_desktop.domain.security import Permission
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import AppSetting, Office, User


class SettingsService(ServiceBase):
    def office_name(self) -> str:
        with self.db.read() as session:
            return session.scalar(select(Office.name).where(Office.id == self.office_id)) or ""

    def rename_office(self, name: str) -> None:
        """The administrator's; before the first account exists (set-up) anyone's."""
        if self.state.actor is None and not self._has_accounts():
            with self.db.write() as session:
                self._set_office_name(session, name, None)
            return
        actor = self._require(Permission.MANAGE_SETTINGS, "settings.office_name")
        with self.db.write() as session:
            self._set_office_name(session, name, actor)

    def _has_accounts(self) -> bool:
        with self.db.read() as session:
            return session.scalar(select(User.id).limit(1)) is not None

    def _set_office_name(self, session: Session, name: str, actor: Actor | None) -> None:
        office = session.get(Office, self.office_id)
        assert office is not None
        before = office.name
        office.name = name.strip()[:100]
        self.audit.append(session, user_id=actor.user_id if actor else None,
                          username=actor.username if actor else "",
                          action="settings.office_name", entity="offices",
                          entity_id=office.id, before={"name": before},
                          after={"name": office.name})

    def value(self, key: str) -> str | None:
        with self.db.read() as session:
            row = session.get(AppSetting, key)
            return row.value if row else None

    def is_demo(self) -> bool:
        return self.value("is_demo") == "1"
