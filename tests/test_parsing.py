"""Parsers for imported cells (RELIABILITY T20, T21, T23): exact values, or a refusal that
names the text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from zeren_desktop.domain.parsing import (
    SERIAL_MAX,
    cell_text,
    match_header,
    normalise_header,
    parse_date,
    parse_int,
    parse_money_fen,
)
from zeren_desktop.domain.text import ValidationError

MARCH_5 = dt.date(2026, 3, 5)


# -- dates

@pytest.mark.parametrize("value", [
    "2026-03-05", "2026-3-5", "2026/3/5", "2026/03/05", "2026.3.5", "2026.03.05",
    "2026年3月5日", "2026年03月05日", "2026年3月5号", "2026年3月5", "2026 年 3 月 5 日",
    "20260305", "２０２６年３月５日", "２０２６－０３－０５", "２０２６／３／５",
    "  2026-03-05\t", "\n2026/3/5 ", "2026-03-05 00:00:00", "2026-03-05 14:30",
    "2026-03-05T14:30:00", "2026/3/5 9:05:00", "2026年3月5日 14:30", "二〇二六年三月五日",
    "二○二六年三月五日",
    MARCH_5, dt.datetime(2026, 3, 5, 17, 45), 46086, 46086.0, 46086.75, 20260305,
    20260305.0, Decimal(46086),
])
def test_every_common_form_of_a_date(value: object) -> None:
    assert parse_date(value) == MARCH_5


@pytest.mark.parametrize(("text", "expected"), [
    ("二〇一六年十月十日", dt.date(2016, 10, 10)),
    ("二〇一六年十二月三十一日", dt.date(2016, 12, 31)),
    ("二〇一六年十一月二十日", dt.date(2016, 11, 20)),
    ("2024年2月29日", dt.date(2024, 2, 29)),
    ("1900-01-01", dt.date(1900, 1, 1)),
])
def test_dates_in_chinese_numerals_and_edge_days(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("serial", "expected"), [
    (1, dt.date(1900, 1, 1)),
    (59, dt.date(1900, 2, 28)),
    (61, dt.date(1900, 3, 1)),      # after Excel's fictitious 29 February 1900
    (36526, dt.date(2000, 1, 1)),
    (45292, dt.date(2024, 1, 1)),
    (SERIAL_MAX, dt.date(2199, 12, 31)),
])
def test_excel_serial_numbers_use_the_1900_system(serial: int, expected: dt.date) -> None:
    assert parse_date(serial) == expected
    assert parse_date(float(serial)) == expected


@pytest.mark.parametrize("text", ["2026-02-30", "2026年2月30日", "20260230", "2025-02-29",
                                  "2026/13/1", "2026-04-31", "2026.0.10", "二〇二六年二月三十日"])
def test_impossible_dates_are_refused_naming_the_text(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(text)
    assert text in str(caught.value)
    assert "real calendar date" in str(caught.value)


@pytest.mark.parametrize("value", [
    "3/5/2026", "05/03/2026", "26-3-5", "2026-3", "2026年3月", "March 5, 2026", "昨天",
    "2026-03/05", "2026--03-05", "202635", "2026030", "2026-03-05x", "46086", "N/A",
    "二〇二六年十三月五日", True, False, dt.time(10, 30), ["2026-03-05"], float("nan"),
    float("inf"), -1, 0, 60, SERIAL_MAX + 1, 2_958_465, 12_345_678, 99_999_999, 20260305.5,
])
def test_anything_else_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(value)
    assert caught.value.field == "date"
    assert str(caught.value)


def test_the_refusal_names_the_text_and_says_how_to_write_it() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("3/5/2026")
    message = caught.value.message
    assert message.context == "Import"
    assert message.params["text"] == "3/5/2026"
    assert "2026-03-05" in message.text


def test_a_serial_number_out_of_range_says_the_range() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date(0)
    assert caught.value.message.params == {"value": "0", "low": 1, "high": SERIAL_MAX}


def test_the_29th_february_1900_that_excel_invented_is_refused() -> None:
    with pytest.raises(ValidationError, match="real calendar date"):
        parse_date(60)


def test_an_empty_cell_is_a_missing_date() -> None:
    for value in (None, "", "   "):
        with pytest.raises(ValidationError, match="required"):
            parse_date(value)


def test_a_very_long_text_is_quoted_short_in_the_message() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_date("x" * 100_000)
    assert len(str(caught.value)) < 200


# -- money (RELIABILITY T23)

@pytest.mark.parametrize(("value", "fen"), [
    ("1,234.50元", 123450), ("1.5万元", 1_500_000), ("１２元", 1200), ("12元", 1200),
    ("12", 1200), ("12.3", 1230), ("12.30", 1230), ("0.01", 1), ("0", 0), ("0元", 0),
    ("¥1,234.56", 123456), ("￥1,234.56", 123456), ("¥ 12", 1200), ("人民币100元整", 10000),
    ("1２,３４５．６元", 1234560), ("12，345元", 1234500), (" 12 元 ", 1200), ("1.5万", 1_500_000),
    ("1.234567万元", 1_234_567), ("0.000001万元", 1), ("3万元", 3_000_000),
    ("1,000,000", 100_000_000), ("RMB 5", 500), ("+5元", 500), ("12.340元", 1234),
    (12, 1200), (12.5, 1250), (1234.56, 123456), (0.1 + 0.2, 30), (Decimal("7.07"), 707),
    (1e6, 100_000_000),
])
def test_money_is_parsed_to_exact_fen(value: object, fen: int) -> None:
    assert parse_money_fen(value) == fen


@pytest.mark.parametrize(("value", "says"), [
    ("12.345元", "more exact than a fen"),
    ("0.001", "more exact than a fen"),
    ("1.2345678万元", "more exact than a fen"),
    (12.345, "more exact than a fen"),
    ("-5元", "negative"),
    ("－5元", "negative"),
    ("−5", "negative"),
    ("¥-5", "negative"),
    ("(5)", "negative"),
    (-5, "negative"),
    (-0.5, "negative"),
    ("1,23元", "not an amount"),
    ("12,34.5", "not an amount"),
    ("1.2.3", "not an amount"),
    ("元", "not an amount"),
    ("1e3", "not an amount"),
    ("十二元", "not an amount"),
    ("12美元", "not an amount"),
    ("$12", "not an amount"),
    (".5", "not an amount"),
    (True, "not an amount"),
    (float("nan"), "not an amount"),
    (dt.date(2026, 3, 5), "not an amount"),
    ("2000000000000元", "too large"),
    ("", "required"),
    (None, "required"),
])
def test_money_that_is_not_exact_or_not_money_is_refused(value: object, says: str) -> None:
    with pytest.raises(ValidationError, match=says) as caught:
        parse_money_fen(value)
    assert caught.value.field == "amount"


def test_money_uses_decimal_arithmetic_not_floats() -> None:
    # 1.15 yuan is 114.99999999999999 fen in binary floating point
    assert parse_money_fen("1.15") == 115
    assert parse_money_fen(1.15) == 115
    assert parse_money_fen("0.29万元") == 290_000
    assert parse_money_fen("99999999.99") == 9_999_999_999


# -- whole numbers

@pytest.mark.parametrize(("value", "expected"), [
    (3, 3), (3.0, 3), ("3", 3), ("３", 3), (" 3 ", 3), ("3.0", 3), ("3.", 3), ("1,000", 1000),
    ("-2", -2), ("+7", 7), (Decimal("4"), 4), ("１２", 12),
])
def test_whole_numbers(value: object, expected: int) -> None:
    assert parse_int(value) == expected
    assert type(parse_int(value)) is int


@pytest.mark.parametrize("value", [3.5, "3.5", "three", "三", True, "1,00", "3e2",
                                   "9" * 30, float("nan"), float("inf"), dt.date(2026, 1, 1)])
def test_what_is_not_a_whole_number_is_refused(value: object) -> None:
    with pytest.raises(ValidationError, match="not a whole number"):
        parse_int(value)


def test_an_empty_number_is_missing() -> None:
    with pytest.raises(ValidationError, match="required"):
        parse_int("")


# -- text (RELIABILITY T20)

@pytest.mark.parametrize(("value", "text"), [
    (None, ""), ("", ""), ("  张三  ", "张三"), (3.0, "3"), (3, "3"), (-4.0, "-4"),
    (3.25, "3.25"), (0.1 + 0.2, "0.3"), (1e-05, "0.00001"), (1e20, "100000000000000000000"),
    (True, "TRUE"), (False, "FALSE"), (dt.date(2026, 3, 5), "2026-03-05"),
    (dt.datetime(2026, 3, 5), "2026-03-05"),
    (dt.datetime(2026, 3, 5, 9, 30), "2026-03-05 09:30:00"),
    (dt.time(9, 30), "09:30:00"), (Decimal("1.50"), "1.50"),
    ("a\x00b\x07c\x1bd", "abcd"), ("第一行\r\n第二行", "第一行\n第二行"), ("a\rb", "a\nb"),
    ("列\t表", "列\t表"), ("\u200f阿拉伯\u200e", "\u200f阿拉伯\u200e"), ("😀 emoji", "😀 emoji"),
    ("'; DROP TABLE cadres; --", "'; DROP TABLE cadres; --"),
])
def test_cell_text(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_cell_text_keeps_a_100000_character_text_whole() -> None:
    text = "长" * 100_000
    assert cell_text(text) == text


# -- headers

ALIASES = {
    "name": ("姓名", "干部", "name"),
    "id_number": ("身份证号", "身份证号码", "ID number"),
    "date": ("日期", "date"),
    "amount": ("金额",),
}


@pytest.mark.parametrize(("header", "key"), [
    ("姓名", "name"), (" 姓 名 ", "name"), ("*姓名", "name"), ("姓名*", "name"),
    ("＊姓名", "name"), ("【姓名】", "name"), ("（姓名）", "name"), ("[姓名]", "name"),
    ("姓名：", "name"), ("NAME", "name"), ("Ｎａｍｅ", "name"), ("身份证号码", "id_number"),
    ("id number", "id_number"), ("ID\nNumber", "id_number"), ("日期（必填）", "date"),
    ("日期(yyyy-mm-dd)", "date"), ("金额（元）", "amount"), ("*金额（万元）", "amount"),
    ("\u3000日期\u3000", "date"),
])
def test_headers_match_their_aliases(header: str, key: str) -> None:
    assert match_header(header, ALIASES) == key


@pytest.mark.parametrize("header", ["序号", "", "  ", "*", "名", "姓名姓名", "日期时间"])
def test_unknown_headers_match_nothing(header: str) -> None:
    assert match_header(header, ALIASES) is None


def test_the_normalised_header() -> None:
    assert normalise_header(" *【身份证 号码】： ") == "身份证号码"
