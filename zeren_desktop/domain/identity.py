"""Resident ID numbers (GB 11643-1999) and unified social credit codes (GB 32100-2015).

Checked by their own check characters: python-stdnum rejects real IDs whose region code
is newer than the holder's birth and credit codes starting with N (DESIGN.md, traps).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_CTX = "Identity"
_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"
_CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def normalize_code(text: str) -> str:
    """Full-width digits and letters to half-width, spaces removed, upper case."""
    return unicodedata.normalize("NFKC", text).replace(" ", "").strip().upper()


def resident_id_check_char(first17: str) -> str:
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def validate_resident_id(text: str, field_name: str = "id_number", *,
                         today: dt.date | None = None) -> str:
    """Return the normalised 18-character ID or raise ValidationError with the reason."""
    value = normalize_code(text)
    if len(value) != 18:
        raise ValidationError(field_name, Message(
            _CTX, QT_TRANSLATE_NOOP("Identity",
                "An ID number has 18 characters; this one has {n}."),
            {"n": len(value)}))
    if not value[:17].isdigit() or not (value[17].isdigit() or value[17] == "X"):
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Identity", "An ID number is 17 digits followed by a digit or X.")))
    try:
        birth = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Identity", "The birth date inside the ID number ({date}) does not exist."),
            {"date": value[6:14]})) from None
    today = today or dt.date.today()
    if birth > today or birth.year < 1900:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Identity", "The birth date inside the ID number ({date}) is impossible."),
            {"date": birth.isoformat()}))
    expected = resident_id_check_char(value[:17])
    if value[17] != expected:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Identity",
            "The check character of the ID number is wrong; please check every digit.")))
    return value


def birth_date_from_resident_id(value: str) -> dt.date:
    return dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))


def sex_from_resident_id(value: str) -> str:
    """The 17th digit is odd for men, even for women."""
    return "male" if int(value[16]) % 2 == 1 else "female"


def credit_code_check_char(first17: str) -> str:
    total = sum(_CREDIT_ALPHABET.index(c) * w
                for c, w in zip(first17, _CREDIT_WEIGHTS, strict=True))
    return _CREDIT_ALPHABET[(31 - total % 31) % 31]


def validate_credit_code(text: str, field_name: str = "credit_code") -> str:
    value = normalize_code(text)
    if len(value) != 18:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Identity", "A unified social credit code has 18 characters; this one has {n}."),
            {"n": len(value)}))
    bad = sorted({c for c in value if c not in _CREDIT_ALPHABET})
    if bad:
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Identity", "A unified social credit code cannot contain {chars}."),
            {"chars": "".join(bad)}))
    if value[17] != credit_code_check_char(value[:17]):
        raise ValidationError(field_name, Message(_CTX, QT_TRANSLATE_NOOP(
            "Identity", "The check character of the credit code is wrong; please check it.")))
    return value
