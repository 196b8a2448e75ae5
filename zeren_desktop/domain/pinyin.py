"""Pinyin initials of names, for searching people and units by typing `wm` for 魏明.

`initials(text)` gives the initials of every reading of a name, space-separated (a
polyphonic character such as 单 shan/dan gives two readings); `matches` checks a query
against a name and its initials the way the SQL search does (services/cadres.py).
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from pypinyin import Style, pinyin

MAX_ALTERNATIVES = 8
# Wide enough for every alternative of a 50-character name (Cadre.name, Unit.name is 100).
COLUMN_LENGTH = 400

# The surname reading of polyphonic characters, put first when the character opens a
# personal name (pypinyin 0.55 has no surname mode of its own).
SURNAME_INITIALS: dict[str, str] = {
    "单": "s", "曾": "z", "解": "x", "仇": "q", "朴": "p", "查": "z", "区": "o",
    "盖": "g", "翟": "z", "缪": "m", "乐": "y", "覃": "q", "种": "c", "秘": "b",
    "长": "c", "重": "c", "臧": "z", "藏": "z", "沈": "s", "燕": "y",
    "员": "y", "句": "g", "闭": "b", "祭": "z", "万": "w", "尚": "s", "车": "c",
    "角": "j", "繁": "p", "过": "g", "召": "s", "折": "s", "宿": "s", "都": "d",
}


@lru_cache(maxsize=8192)
def _char_options(char: str) -> tuple[str, ...]:
    """The initials of every reading of one character, commonest first; () to drop it."""
    if char.isascii():
        return (char.lower(),) if char.isalnum() else ()
    readings = pinyin(char, style=Style.FIRST_LETTER, heteronym=True, errors="ignore")
    letters = [r.lower() for group in readings for r in group if r and r.isascii()]
    return tuple(dict.fromkeys(letters))


def _options(text: str, *, surname: bool) -> list[tuple[str, ...]]:
    text = unicodedata.normalize("NFKC", text)
    options = [o for o in (_char_options(c) for c in text) if o]
    if surname and text and options and text[0] in SURNAME_INITIALS:
        first = SURNAME_INITIALS[text[0]]
        options[0] = (first, *(o for o in options[0] if o != first))
    return options


def initials(text: str, *, surname: bool = True) -> str:
    """The pinyin initials of `text`, lower-case; every reading of a polyphonic name.

    Latin letters and digits are kept (lower-cased), other characters dropped. With
    several readings, the alternatives (at most MAX_ALTERNATIVES, the commonest and the
    surname reading first) are joined by a space: 单明 → "sm dm". `surname`: read the
    first character as a surname (for people; units pass False).
    """
    options = _options(text, surname=surname)
    if not options:
        return ""
    alternatives = itertools.islice(
        ("".join(letters) for letters in itertools.product(*options)), MAX_ALTERNATIVES)
    return " ".join(alternatives)[:COLUMN_LENGTH]


def normalized_query(query: str) -> str:
    """The query as matched against initials: NFKC, lower-case, without spaces."""
    return "".join(unicodedata.normalize("NFKC", query).lower().split())


def is_initials_query(query: str) -> bool:
    """Whether a query may be pinyin initials: Latin letters (and digits) only."""
    text = normalized_query(query)
    return bool(text) and text.isascii() and text.isalnum() and not text.isdigit()


def matches(query: str, text: str, text_initials: str | None = None) -> bool:
    """Whether `query` finds `text`: a part of the text, or of one of its initials."""
    needle = query.strip().lower()
    if not needle or needle in text.lower():
        return True
    if not is_initials_query(needle):
        return False
    needle = normalized_query(needle)
    found = initials(text) if text_initials is None else text_initials
    return any(needle in alternative for alternative in found.split())
