"""Small pieces of printed documents: verification codes, Chinese numerals, clause
citations, durations and dates as the documents write them."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Iterable

from zeren_desktop.domain.regulations import Clause, Duration, Regulation, RegulationSet

# Crockford's base 32: no I, L, O or U, so that a code read off paper is typed right.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_PATTERN = re.compile(rb"\b[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}\b")


def new_verification_code() -> str:
    """A fresh code, e.g. 7KQ2-M9XD-4T: 50 bits of the SHA-256 of a random value.

    Random, not derived from the PDF: the code is printed inside the PDF whose hash is
    what a verification compares."""
    digest = hashlib.sha256(secrets.token_bytes(32)).digest()
    value = int.from_bytes(digest[:8], "big") >> (64 - 5 * CODE_LENGTH)
    chars = "".join(CODE_ALPHABET[(value >> (5 * i)) & 31]
                    for i in reversed(range(CODE_LENGTH)))
    return format_code(chars)


def format_code(chars: str) -> str:
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def normalize_code(text: str) -> str | None:
    """A code as typed (any case, spaces or dashes, O for 0, I or L for 1) in its printed
    form, or None when it cannot be one."""
    chars = "".join(c for c in text.upper() if c.isalnum()).translate(_TYPOS)
    if len(chars) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in chars):
        return None
    return format_code(chars)


def codes_in(data: bytes) -> list[str]:
    """Verification codes written as plain text in a file (e.g. its metadata), in order."""
    return list(dict.fromkeys(m.group().decode("ascii") for m in CODE_PATTERN.finditer(data)))


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---- numbers and dates ------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (article and item numbers)."""
    if not 0 < n < 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    out = ""
    if hundreds:
        out += _DIGITS[hundreds] + "百"
        if rest and tens == 0:
            return out + "零" + _DIGITS[units]
    if tens:
        out += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    if units:
        out += _DIGITS[units]
    return out


def chinese_date(day: dt.date) -> str:
    """2016年5月9日: Arabic numerals, no zero padding (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_month(day: dt.date) -> str:
    return f"{day.year}年{day.month}月"


def chinese_duration(duration: Duration) -> str:
    """1个月, 15日."""
    return f"{duration.value}个月" if duration.unit == "months" else f"{duration.value}日"


def chinese_months(months: int) -> str:
    """12 → 12个月, 24 → 24个月 (as the influence periods are written)."""
    return f"{months}个月"


# ---- citations --------------------------------------------------------------------------


def _article_style(reg: Regulation, clause: Clause) -> str:
    return next((a.item_style for a in reg.articles if a.number == clause.article), "")


def cite(reg: Regulation, clause: Clause) -> str:
    """第七条第（七）项, 第十六条第二款 or 第十条."""
    text = f"第{chinese_numeral(clause.article)}条"
    if clause.item is not None:
        if _article_style(reg, clause) == "paragraph":
            text += f"第{chinese_numeral(clause.item)}款"
        else:
            text += f"第（{chinese_numeral(clause.item)}）项"
    return text


def citations(regs: RegulationSet, clause_ids: Iterable[str]) -> str:
    """《办法》第七条第（七）项、第六条第（三）项；《条例》第七条: grouped by regulation,
    in the order given, repeats left out; unknown ids are skipped."""
    grouped: dict[str, list[str]] = {}
    for clause_id in dict.fromkeys(clause_ids):
        clause = regs.clause(clause_id)
        reg = regs.get(clause.regulation_id) if clause is not None else None
        if clause is None or reg is None:
            continue
        grouped.setdefault(reg.id, []).append(cite(reg, clause))
    parts = []
    for reg_id, cited in grouped.items():
        reg = regs.get(reg_id)
        assert reg is not None
        parts.append(f"《{reg.title}》" + "、".join(cited))
    return "；".join(parts)
