"""Table models over plain service data (one Python list, no item per cell)."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from zeren_desktop.services.dto import CadreRow
from zeren_desktop.ui.common import enum_label, format_date

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
