"""ID numbers (GB 11643) and credit codes (GB 32100): RELIABILITY.md T19."""

from __future__ import annotations

import datetime as dt

import pytest

from zeren_desktop.domain.identity import (
    credit_code_check_char,
    resident_id_check_char,
    validate_credit_code,
    validate_resident_id,
)
from zeren_desktop.domain.text import ValidationError


def make_id(region: str, birth: str, seq: str) -> str:
    first = region + birth + seq
    return first + resident_id_check_char(first)


def test_published_example_id_is_valid() -> None:
    # The worked example of GB 11643-1999 (check character X).
    assert validate_resident_id("11010519491231002X") == "11010519491231002X"


def test_lower_case_x_and_full_width_digits_are_normalised() -> None:
    assert validate_resident_id("11010519491231002x") == "11010519491231002X"
    full_width = "１１０１０５１９４９１２３１００２Ｘ"
    assert validate_resident_id(full_width) == "11010519491231002X"


def test_region_code_newer_than_birth_is_accepted() -> None:
    # 429004 (仙桃) was created in the 1980s; a holder born in 1950 keeps that code.
    value = make_id("429004", "19500307", "123")
    assert validate_resident_id(value) == value


@pytest.mark.parametrize(("value", "reason"), [
    ("11010519491231002", "18 characters"),
    ("110105194912310021", "check character"),
    ("11010519490231002X", "does not exist"),
    ("1101051949123100AX", "17 digits"),
])
def test_bad_ids_are_refused_with_the_reason(value: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_resident_id(value)
    assert reason in str(caught.value)
    assert caught.value.field == "id_number"


def test_birth_in_the_future_is_refused() -> None:
    value = make_id("420100", "20300101", "001")
    with pytest.raises(ValidationError, match="impossible"):
        validate_resident_id(value, today=dt.date(2026, 11, 26))


def test_credit_codes() -> None:
    # A published sample code, and a rural collective code starting with N.
    assert validate_credit_code("91350100M000100Y43") == "91350100M000100Y43"
    first = "N2420100MA0000001"
    code = first + credit_code_check_char(first)
    assert validate_credit_code(code.lower()) == code
    with pytest.raises(ValidationError, match="check character"):
        validate_credit_code("91350100M000100Y44")
    with pytest.raises(ValidationError, match="cannot contain"):
        validate_credit_code("91350100M000100YI3")
