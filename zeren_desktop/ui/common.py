"""Small helpers every page and dialog shares."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate

from zeren_desktop.domain.enums import LabelledEnum
from zeren_desktop.domain.text import ZerenError


def enum_label(member: LabelledEnum | None) -> str:
    """The translated display label of an enum member ("" for None)."""
    if member is None:
        return ""
    return QCoreApplication.translate(member.context(), member.label)


def error_text(error: ZerenError) -> str:
    return error.message.render(QCoreApplication.translate)


def format_date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
