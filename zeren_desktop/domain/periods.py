"""Calendar-month arithmetic and influence periods (影响期).

A period of N months that starts on a decision date ends on the same day of the month
N calendar months later, clamped to that month's last day (31 January + 1 month =
28 or 29 February). The restriction holds *before* that date.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus `months` calendar months, clamped to the end of the target month."""
    if months < 0:
        raise ValueError("months must not be negative")
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(day.day, last))


@dataclass(frozen=True)
class InfluencePeriod:
    """One measure's restriction: `months` from the decision, holding before `until`."""

    measure: str
    months: int
    until: dt.date


def influence_period(measure: str, months: int, decision_date: dt.date) -> InfluencePeriod:
    return InfluencePeriod(measure, months, add_months(decision_date, months))


def longest(periods: Iterable[InfluencePeriod]) -> dt.date | None:
    """When several periods apply, the longest governs (Hubei art. 19): its end date."""
    ends = [p.until for p in periods]
    return max(ends) if ends else None
