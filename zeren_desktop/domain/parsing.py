"""Parsers for the cells of imported spreadsheets: dates, money, whole numbers, text, headers.

Pure Python. Each parser returns the value or raises `ValidationError` whose message names
the text it could not read. Cells arrive as python-calamine or csv gives them: str, float
(whole numbers too), int, bool, date, datetime, time, or None/"" for an empty cell.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

QUOTE_MAX = 40  # characters of a bad cell repeated in a message

# Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 the 29 February 1900 that
# never was (kept from Lotus 1-2-3), so from serial 61 on day 0 is 1899-12-30.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
SERIAL_MIN = 1
SERIAL_MAX = (dt.date(2199, 12, 31) - _EXCEL_EPOCH).days
_SERIAL_LEAP_BUG = 60
_YYYYMMDD_MIN, _YYYYMMDD_MAX = 1900_01_01, 2199_12_31

MONEY_MAX_YUAN = Decimal(10) ** 12   # one trillion yuan: more is a typing mistake
_INT_DIGITS_MAX = 18


def _quote(text: str) -> str:
    """The text of a cell, shortened for a message."""
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_MAX else text[:QUOTE_MAX] + "…"


def _display(value: object) -> str:
    return _quote(cell_text(value))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


# -- text

def cell_text(value: object) -> str:
    """A cell as text: empty for None, `3` for the float 3.0, stripped, no control characters
    (line breaks and tabs stay; a CR LF becomes one line break)."""
    if value is None:
        return ""
    if isinstance(value, str):
        text = value
    elif isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = _float_text(value)
    elif isinstance(value, Decimal):
        text = format(value, "f")
    elif isinstance(value, dt.datetime):
        text = (value.date().isoformat() if value.time() == dt.time()
                else value.isoformat(sep=" "))
    elif isinstance(value, dt.date | dt.time):
        text = value.isoformat()
    else:
        text = str(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # the control characters (Unicode category Cc) but line feed and tab, as
    # records.clean_text drops them; a pattern is 20 times faster on 400,000 rows
    return _CONTROL_CHARACTERS.sub("", text).strip()


_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _float_text(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    if value.is_integer():
        return str(int(value))
    # Excel keeps 15 significant digits: 0.1 + 0.2 shows as 0.3, and so do we.
    return format(Decimal(format(value, ".15g")), "f")


# -- headers

_BRACKETED = re.compile(r"[(\[【〔][^)\]】〕]*[)\]】〕]")
_BRACKETS_AND_MARKS = re.compile(r"[()\[\]【】〔〕*:：]")


def normalise_header(header: str) -> str:
    """Full-width to half-width, case folded, no spaces, no `*` required markers, no
    brackets, no trailing colon."""
    text = unicodedata.normalize("NFKC", header).casefold()
    text = "".join(text.split())
    return _BRACKETS_AND_MARKS.sub("", text)


def match_header(header: str, aliases: Mapping[str, Sequence[str]]) -> str | None:
    """The column key whose aliases contain `header`, or None.

    `【姓名】`, `* 姓名`, `姓 名` and `ＩＤ Number` all match their aliases; so does a header
    with a bracketed note such as `日期（必填）` when the whole header matches nothing.
    When two keys share an alias, the first key wins.
    """
    if not isinstance(header, str):
        return None
    index = _alias_index(tuple((key, tuple(names)) for key, names in aliases.items()))
    found = index.get(normalise_header(header))
    if found is None:
        without_notes = _BRACKETED.sub("", unicodedata.normalize("NFKC", header))
        found = index.get(normalise_header(without_notes))
    return found


@lru_cache(maxsize=32)
def _alias_index(aliases: tuple[tuple[str, tuple[str, ...]], ...]) -> dict[str, str]:
    index: dict[str, str] = {}
    for key, names in aliases:
        for name in names:
            index.setdefault(normalise_header(name), key)
    index.pop("", None)
    return index


# -- dates

_TIME_SUFFIX = re.compile(r"(?:[\sT]+|(?<=日))\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?$"),
    re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
)
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_DATE_CN_NUMERALS = re.compile(
    r"^([〇○零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月"
    r"([一二三四五六七八九十]{1,3})[日号]?$")


def _date_error(value: object) -> ValidationError:
    return ValidationError("date", Message("Import", QT_TRANSLATE_NOOP(
        "Import", "“{text}” is not a date: write it as 2026-03-05 or 2026年3月5日."),
        {"text": _display(value)}))


def _impossible_date(text: str) -> ValidationError:
    return ValidationError("date", Message("Import", QT_TRANSLATE_NOOP(
        "Import", "“{text}” is not a real calendar date."), {"text": _quote(text)}))


def _make_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _impossible_date(text) from None


def _chinese_small_number(text: str) -> int | None:
    """一 … 九, 十, 十一 … 十九, 二十 … 三十一; None for anything else."""
    if "十" not in text:
        return _CN_DIGITS.get(text) if len(text) == 1 else None
    tens_text, _, ones_text = text.partition("十")
    tens = 1 if not tens_text else _CN_DIGITS.get(tens_text)
    ones = 0 if not ones_text else _CN_DIGITS.get(ones_text)
    if tens is None or ones is None or len(tens_text) > 1 or len(ones_text) > 1 or \
            not 1 <= tens <= 3 or (ones_text and ones == 0):
        return None
    return tens * 10 + ones


def _date_from_serial(value: int | float | Decimal) -> dt.date:
    if isinstance(value, float) and not math.isfinite(value):
        raise _date_error(value)
    serial = math.floor(value)  # a fraction is the time of day
    if 10_000_000 <= serial <= 99_999_999:  # 20260305 typed into a number cell
        if not _YYYYMMDD_MIN <= serial <= _YYYYMMDD_MAX or serial != value:
            raise _date_error(value)
        text = str(serial)
        return _make_date(int(text[:4]), int(text[4:6]), int(text[6:]), text)
    if not SERIAL_MIN <= serial <= SERIAL_MAX:
        raise ValidationError("date", Message("Import", QT_TRANSLATE_NOOP(
            "Import", "The number {value} is not a date: as an Excel date serial number it "
            "must lie between {low} and {high}."),
            {"value": _display(value), "low": SERIAL_MIN, "high": SERIAL_MAX}))
    if serial == _SERIAL_LEAP_BUG:
        raise _impossible_date(cell_text(value))
    if serial < _SERIAL_LEAP_BUG:
        serial += 1
    return _EXCEL_EPOCH + dt.timedelta(days=serial)


def parse_date(value: object) -> dt.date:
    """A date from a date cell, an Excel serial number, or the usual ways of writing one.

    Text: 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日 (or 号), 二〇二六年三月五日, 20260305,
    full-width digits, with or without a time after it. Day-first and two-digit years are
    refused as ambiguous.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if _is_number(value):
        return _date_from_serial(value)  # type: ignore[arg-type]
    if value is None:
        raise _missing("date")
    if not isinstance(value, str):
        raise _date_error(value)
    original = cell_text(value)
    if not original:
        raise _missing("date")
    text = unicodedata.normalize("NFKC", original)
    text = _TIME_SUFFIX.sub("", text.strip())
    text = "".join(text.split())
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            return _make_date(int(match["y"]), int(match["m"]), int(match["d"]), original)
    match = _DATE_CN_NUMERALS.match(text)
    if match:
        year = int("".join(str(_CN_DIGITS[c]) for c in match.group(1)))
        month = _chinese_small_number(match.group(2))
        day = _chinese_small_number(match.group(3))
        if month is None or day is None:
            raise _date_error(original)
        return _make_date(year, month, day, original)
    raise _date_error(original)


def _missing(field_name: str) -> ValidationError:
    return ValidationError(field_name, Message("Validation", QT_TRANSLATE_NOOP(
        "Validation", "This field is required.")))


# -- money

_MONEY_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_CURRENCY_PREFIXES = ("人民币", "rmb", "cny", "¥", "￥")
_NEGATIVE_SIGNS = ("-", "−", "–")


def _money_error(value: object) -> ValidationError:
    return ValidationError("amount", Message("Import", QT_TRANSLATE_NOOP(
        "Import", "“{text}” is not an amount of money: write it as 1234.50, 1,234.50元 "
        "or 1.5万元."), {"text": _display(value)}))


def _negative_money(value: object) -> ValidationError:
    return ValidationError("amount", Message("Import", QT_TRANSLATE_NOOP(
        "Import", "“{text}”: an amount of money cannot be negative."),
        {"text": _display(value)}))


def _fen(yuan: Decimal, value: object) -> int:
    if yuan < 0:
        raise _negative_money(value)
    if yuan > MONEY_MAX_YUAN:
        raise ValidationError("amount", Message("Import", QT_TRANSLATE_NOOP(
            "Import", "“{text}” is too large for an amount of money."),
            {"text": _display(value)}))
    fen = yuan * 100
    if fen != fen.to_integral_value():
        raise ValidationError("amount", Message("Import", QT_TRANSLATE_NOOP(
            "Import", "“{text}” is more exact than a fen: use at most 2 decimals in yuan "
            "(元) or 6 in ten thousand yuan (万元)."), {"text": _display(value)}))
    return int(fen)


def parse_money_fen(value: object) -> int:
    """An amount in yuan (元) as whole fen, exactly; numbers are yuan.

    Text may carry ¥/￥/人民币 before and 元/万元 (or 万) after, thousands commas (also
    full-width), full-width digits and spaces. More than whole fen, negative amounts and
    anything else are refused.
    """
    if _is_number(value):
        if isinstance(value, float):
            if not math.isfinite(value):
                raise _money_error(value)
            # the 15 significant digits Excel keeps: 0.1 + 0.2 is 0.3 yuan, not a refusal
            return _fen(Decimal(format(value, ".15g")), value)
        return _fen(Decimal(value), value)  # type: ignore[arg-type]
    if value is None:
        raise _missing("amount")
    if not isinstance(value, str):
        raise _money_error(value)
    original = cell_text(value)
    if not original:
        raise _missing("amount")
    text = "".join(unicodedata.normalize("NFKC", original).casefold().split())
    for prefix in _CURRENCY_PREFIXES:
        text = text.removeprefix(prefix)
    text = text.removesuffix("整")
    factor = Decimal(1)
    if text.endswith(("万元", "万")):
        factor = Decimal(10_000)
        text = text.removesuffix("元").removesuffix("万")
    else:
        text = text.removesuffix("元").removesuffix("圆")
    if text.startswith(_NEGATIVE_SIGNS) or (text.startswith("(") and text.endswith(")")):
        raise _negative_money(original)
    text = text.removeprefix("+")
    match = _MONEY_NUMBER.match(text)
    if not match:
        raise _money_error(original)
    try:
        amount = Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise _money_error(original) from None
    return _fen(amount * factor, original)


# -- whole numbers

_INTEGER = re.compile(r"^[-+]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.0*)?$")


def _int_error(value: object) -> ValidationError:
    return ValidationError("number", Message("Import", QT_TRANSLATE_NOOP(
        "Import", "“{text}” is not a whole number."), {"text": _display(value)}))


def parse_int(value: object) -> int:
    """A whole number from 3, 3.0, "3", "3.0", "３" or "1,000"; 3.5 and text are refused."""
    if isinstance(value, bool):
        raise _int_error(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal):
        if not math.isfinite(value) or value != math.floor(value):
            raise _int_error(value)
        return int(value)
    if value is None:
        raise _missing("number")
    if not isinstance(value, str):
        raise _int_error(value)
    original = cell_text(value)
    if not original:
        raise _missing("number")
    text = "".join(unicodedata.normalize("NFKC", original).split())
    if not _INTEGER.match(text) or len(text) > _INT_DIGITS_MAX + 8:
        raise _int_error(original)
    digits = text.replace(",", "").split(".")[0]
    if len(digits.lstrip("+-")) > _INT_DIGITS_MAX:
        raise _int_error(original)
    return int(digits)
