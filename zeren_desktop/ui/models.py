"""Table models over plain service data (one Python list, no item per cell)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from zeren_desktop.domain.security import AccountRole
from zeren_desktop.services.audit_log import AuditRow
from zeren_desktop.services.auth import UserInfo
from zeren_desktop.services.dto import CadreRow
from zeren_desktop.ui.common import enum_label, format_date, format_utc

_Index = QModelIndex | QPersistentModelIndex


class CadreTableModel(QAbstractTableModel):
    """The cadre list: name, sex, birth date, rank, unit, post."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CadreRow] = []
        self._headers = [self.tr("Name"), self.tr("Sex"), self.tr("Birth date"),
                         self.tr("Rank"), self.tr("Unit"), self.tr("Post")]

    def set_rows(self, rows: list[CadreRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[CadreRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CadreRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, cadre_id: uuid.UUID) -> int:
        for index, row in enumerate(self._rows):
            if row.id == cadre_id:
                return index
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.name
        if column == 1:
            return enum_label(row.sex)
        if column == 2:
            return format_date(row.birth_date)
        if column == 3:
            return enum_label(row.rank)
        if column == 4:
            return row.unit_name
        return row.title

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical:
                return section + 1
        return None


def role_label(role: AccountRole) -> str:
    return QCoreApplication.translate("AccountRole", role.label)  # i18n: marked elsewhere


def _header(headers: list[str], section: int, orientation: Qt.Orientation, role: int) -> Any:
    if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
            and 0 <= section < len(headers):
        return headers[section]
    return None


class AccountTableModel(QAbstractTableModel):
    """The accounts: user name, name, roles, data scope, status, last sign-in."""

    def __init__(self, clock: Callable[[], dt.datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[UserInfo] = []
        self._headers = [self.tr("User name"), self.tr("Name"), self.tr("Roles"),
                         self.tr("Data scope"), self.tr("Status"), self.tr("Last sign-in")]

    def set_rows(self, rows: list[UserInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UserInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: uuid.UUID) -> int:
        return next((i for i, u in enumerate(self._rows) if u.id == user_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def is_locked(self, user: UserInfo) -> bool:
        return user.locked_until is not None and user.locked_until > self._clock()

    def status_text(self, user: UserInfo) -> str:
        if not user.is_active:
            return self.tr("Disabled")
        if self.is_locked(user):
            return self.tr("Locked until {time}").format(time=format_utc(user.locked_until))
        return self.tr("Active")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ForegroundRole and column == 4 \
                and (self.is_locked(user) or not user.is_active):
            return Qt.GlobalColor.darkRed
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return user.username
        if column == 1:
            return user.display_name
        if column == 2:
            return QCoreApplication.translate("Message", ", ").join(
                role_label(r) for r in AccountRole if r in user.roles)
        if column == 3:
            return user.scope_unit_name if user.scope_unit_id else self.tr("County")
        if column == 4:
            return self.status_text(user)
        return format_utc(user.last_login_at)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return _header(self._headers, section, orientation, role)


class AuditTableModel(QAbstractTableModel):
    """Audit records, newest first: seq, time (local), user, action, object, summary."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRow] = []
        self._headers = [self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                         self.tr("Object"), self.tr("Summary")]

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: list[AuditRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def row_at(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(row.seq)
        if column == 1:
            return format_utc(row.at, seconds=True)
        if column == 2:
            return row.username
        if column == 3:
            return row.action
        if column == 4:
            return f"{row.entity} {row.entity_id[:8]}".strip() if row.entity_id else row.entity
        return row.summary

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return _header(self._headers, section, orientation, role)
