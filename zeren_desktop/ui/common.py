"""Small helpers every page and dialog shares."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QMessageBox, QWidget

from zeren_desktop.domain.enums import LabelledEnum
from zeren_desktop.domain.text import ZerenError


def enum_label(member: LabelledEnum | None) -> str:
    """The translated display label of an enum member ("" for None)."""
    if member is None:
        return ""
    return QCoreApplication.translate(member.context(), member.label)  # i18n: marked elsewhere


def error_text(error: ZerenError) -> str:
    return error.message.render(QCoreApplication.translate)


def format_date(day: dt.date | None) -> str:
    return day.isoformat() if day is not None else ""


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def format_utc(moment: dt.datetime | None, seconds: bool = False) -> str:
    """A UTC time from the database (naive) shown in this computer's local time."""
    if moment is None:
        return ""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return local.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def local_day_start_utc(day: dt.date) -> dt.datetime:
    """Local midnight at the start of `day`, as the naive UTC the database keeps."""
    local = dt.datetime.combine(day, dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def refusal_text(error: ZerenError) -> str:
    """What a page shows instead of its content when the services refuse it."""
    from zeren_desktop.services.session import NotSignedInError, ReadOnlyDatabaseError

    if isinstance(error, NotSignedInError):
        return QCoreApplication.translate("Access", "Please sign in to see this page.")
    if isinstance(error, ReadOnlyDatabaseError):
        return QCoreApplication.translate(
            "Access", "This page is not available while the database is open read-only."
        ) + "\n\n" + error_text(error)
    return QCoreApplication.translate(
        "Access", "Your account cannot open this page.") + "\n\n" + error_text(error)


def ask_discard(parent: QWidget, title: str, question: str) -> bool:
    """Whether the user agrees to throw away unsaved changes (Cancel is the default)."""
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard
