"""Office-wide settings kept in the database (the office name, facts about the database)."""

from __future__ import annotations

import enum
import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError
from zeren_desktop.reports.fonts import FontReport as FontReport
from zeren_desktop.reports.fonts import office_choices, resolve_fonts
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.services.session import Actor
from zeren_desktop.storage.models import AppSetting, Office, User

# The key that BackupService.set_backup_folder writes (services/backups.py
# BACKUP_DIR_SETTING); repeated here so that settings need not import the backups.
BACKUP_DIR_SETTING = "backup_dir"


class Unchanged(enum.Enum):
    UNCHANGED = "unchanged"


# save_settings(..., backup_dir=UNCHANGED): leave the backup folder as it is.
UNCHANGED: Final = Unchanged.UNCHANGED

# ---- office settings for documents and deadlines ----------------------------------------

DOCUMENT_KINDS = ("proposal", "decision", "notice", "talk_record", "receipt", "report")


@dataclass(frozen=True)
class OfficeSettings:
    """What documents and deadlines need from the office; stored in app_settings."""

    issuer_name: str = ""           # 发文机关全称, e.g. 中共青山县纪律检查委员会
    issuer_short: str = ""          # 发文机关代字, e.g. 青纪
    # Document number prefixes per kind, e.g. {"decision": "青纪发"} → 青纪发〔2026〕3号.
    number_prefixes: tuple[tuple[str, str], ...] = ()
    body_font: str = ""             # a TrueType file or family for 仿宋 body text; "" = bundled
    title_font: str = ""            # 小标宋
    heading_font: str = ""          # 黑体
    investigation_days: int = 30    # 初核/调查期限
    proposal_reply_days: int = 30   # 问责建议书回复期限
    execution_report_months: int = 6
    org_handling_months: int = 1    # 组织调整/处理手续

    def prefix(self, kind: str) -> str:
        return dict(self.number_prefixes).get(kind, "")


_INT_LIMITS = {"investigation_days": (1, 366), "proposal_reply_days": (1, 366),
               "execution_report_months": (1, 36), "org_handling_months": (1, 12)}


def _settings_from(values: dict[str, str]) -> OfficeSettings:
    defaults = OfficeSettings()
    kwargs: dict[str, object] = {}
    for item in fields(OfficeSettings):
        raw = values.get(f"office.{item.name}")
        if raw is None:
            continue
        if item.name == "number_prefixes":
            try:
                kwargs[item.name] = tuple(sorted(json.loads(raw).items()))
            except (ValueError, AttributeError):
                continue
        elif item.name in _INT_LIMITS:
            kwargs[item.name] = int(raw) if raw.isdigit() else getattr(defaults, item.name)
        else:
            kwargs[item.name] = raw
    return OfficeSettings(**kwargs)  # type: ignore[arg-type]


def _checked(data: OfficeSettings) -> OfficeSettings:
    for name, (low, high) in _INT_LIMITS.items():
        value = getattr(data, name)
        if not low <= value <= high:
            raise ValidationError(name, Message("Settings", QT_TRANSLATE_NOOP(
                "Settings", "Enter a whole number from {low} to {high}."),
                {"low": low, "high": high}))
    unknown = [kind for kind, _ in data.number_prefixes if kind not in DOCUMENT_KINDS]
    if unknown:
        raise ValidationError("number_prefixes", Message("Settings", QT_TRANSLATE_NOOP(
            "Settings", "Unknown document kind: {kind}."), {"kind": unknown[0]}))
    for kind, prefix in data.number_prefixes:
        if len(prefix.strip()) > 20 or any(c in prefix for c in "〔〕[]0123456789"):
            raise ValidationError(f"number_prefixes.{kind}", Message("Settings",
                QT_TRANSLATE_NOOP("Settings", "A number prefix is the issuer's code and the"
                " kind, e.g. 青纪发, without the year or number (at most 20 characters).")))
    return replace(
        data, issuer_name=clean_text(data.issuer_name)[:100],
        issuer_short=clean_text(data.issuer_short)[:20],
        number_prefixes=tuple(sorted((k, clean_text(v)) for k, v in data.number_prefixes
                                     if clean_text(v))),
        body_font=clean_text(data.body_font)[:500], title_font=clean_text(data.title_font)[:500],
        heading_font=clean_text(data.heading_font)[:500])


def _store(session: Session, data: OfficeSettings) -> dict[str, str]:
    stored: dict[str, str] = {}
    for item in fields(OfficeSettings):
        value = getattr(data, item.name)
        text = (json.dumps(dict(value), ensure_ascii=False, sort_keys=True)
                if item.name == "number_prefixes" else str(value))
        session.merge(AppSetting(key=f"office.{item.name}", value=text))
        stored[item.name] = text
    return stored


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
        if key.endswith(".private_key"):  # the exchange signing key is never handed out
            return None
        with self.db.read() as session:
            row = session.get(AppSetting, key)
            return row.value if row else None

    def document_fonts(self) -> FontReport:
        """Which font file prints each role of an official document on this computer (the
        office's chosen fonts first), and which roles fall back on a substitute."""
        data = self.office_settings()
        return resolve_fonts(office_choices(data.body_font, data.title_font,
                                            data.heading_font))

    def is_demo(self) -> bool:
        return self.value("is_demo") == "1"

    def office_settings(self) -> OfficeSettings:
        with self.db.read() as session:
            rows = session.scalars(
                select(AppSetting).where(AppSetting.key.startswith("office.")))
            return _settings_from({row.key: row.value for row in rows})

    def set_office_settings(self, data: OfficeSettings) -> None:
        """Issuer names, number prefixes, document fonts and deadlines (administrator)."""
        actor = self._require(Permission.MANAGE_SETTINGS, "settings.office")
        data = _checked(data)
        before = {k: str(v) for k, v in asdict(self.office_settings()).items()}
        with self.db.write() as session:
            after = _store(session, data)
            self._audit(session, actor, "settings.office", "app_settings", None,
                        before=before, after=after)

    def save_settings(self, office: OfficeSettings, office_name: str,
                      backup_dir: Path | Unchanged | None = UNCHANGED) -> None:
        """Administrator: the office settings, the office name and the backup folder
        (None: `backups/` beside the database; UNCHANGED: as it is) in one transaction
        with one audit record. Everything is checked first: a refusal changes nothing."""
        actor = self._require(Permission.MANAGE_SETTINGS, "settings.save")
        data = _checked(office)
        name = clean_text(office_name)[:100]
        if not name and self.office_name():
            # A name once set is not cleared by accident (the title and documents use it).
            raise ValidationError("office_name", Message("Settings", QT_TRANSLATE_NOOP(
                "Settings", "Enter the name of the office.")))
        folder_value: str | None = None
        if not isinstance(backup_dir, Unchanged):
            folder_value = _checked_backup_dir(backup_dir)
        before_settings = {k: str(v) for k, v in asdict(self.office_settings()).items()}
        with self.db.write() as session:
            office_row = session.get(Office, self.office_id)
            assert office_row is not None
            before: dict[str, object] = {"office": before_settings, "name": office_row.name}
            after: dict[str, object] = {"office": _store(session, data), "name": name}
            office_row.name = name
            if folder_value is not None:
                row = session.get(AppSetting, BACKUP_DIR_SETTING)
                before["backup_dir"] = row.value if row else ""
                after["backup_dir"] = folder_value
                if row is None:
                    session.add(AppSetting(key=BACKUP_DIR_SETTING, value=folder_value))
                else:
                    row.value = folder_value
            self._audit(session, actor, "settings.save", "app_settings", None,
                        before=before, after=after)


def _checked_backup_dir(folder: Path | None) -> str:
    """The value to store for the backup folder ("" = beside the database), as
    BackupService.set_backup_folder stores it; refused when it cannot hold backups."""
    if folder is None:
        return ""
    path = Path(folder).expanduser().resolve()
    if path.exists() and (not path.is_dir() or not os.access(path, os.W_OK | os.X_OK)):
        raise ValidationError("backup_dir", Message("Settings", QT_TRANSLATE_NOOP(
            "Settings", "{folder} is not a folder the program can write backups to."),
            {"folder": str(path)}))
    return str(path)
