"""Checks of the Qt translation files in i18n/.

`python3 tasks.py i18n` updates the .ts files from the sources and compiles them;
`python3 tasks.py lrelease` only compiles them into the committed .qm files.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))
REQUIRED_LANGUAGES = ("zh_CN", "en")  # zh_CN is the primary translation
COMPLETE_LANGUAGES = ("zh_CN",)  # must have no unfinished or empty translation
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
DEAD_TYPES = {"vanished", "obsolete"}
LRELEASE_OPTIONS = ("-silent",)  # the same as LRELEASE_OPTIONS in tasks.py


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, one text per numerus form
    type: str  # "" for a finished translation, "unfinished", "vanished", "obsolete"

    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix("zeren_")


def messages(ts: Path) -> list[Message]:
    """The live (not vanished or obsolete) messages of a .ts file."""
    result = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                forms: tuple[str, ...] = ("",)
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if message.get("numerus") == "yes":
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            if kind not in DEAD_TYPES:
                result.append(Message(name, message.findtext("source") or "", forms, kind))
    return result


def ts_params(languages: tuple[str, ...] | None = None) -> list[object]:
    return [
        pytest.param(ts, id=ts.name)
        for ts in TS_FILES
        if languages is None or language_of(ts) in languages
    ]


def test_translation_files_exist() -> None:
    for lang in REQUIRED_LANGUAGES:
        ts = I18N / f"zeren_{lang}.ts"
        assert ts.is_file(), f"{ts} is missing: run python3 tasks.py i18n"
        assert ts.with_suffix(".qm").is_file(), (
            f"{ts.with_suffix('.qm')} is missing: run python3 tasks.py lrelease"
        )


def test_every_qm_has_a_ts() -> None:
    stale = [qm.name for qm in I18N.glob("*.qm") if not qm.with_suffix(".ts").is_file()]
    assert not stale, f"compiled translations without a .ts source: {stale}"


@pytest.mark.parametrize("ts", ts_params())
def test_ts_parses(ts: Path) -> None:
    root = ET.parse(ts).getroot()
    assert root.tag == "TS"
    language = root.get("language") or ""
    assert language.startswith(language_of(ts)), (
        f"{ts.name} declares language={language!r}, its name says {language_of(ts)!r}"
    )
    assert root.get("sourcelanguage", "en").startswith("en")


@pytest.mark.parametrize("ts", ts_params(COMPLETE_LANGUAGES))
def test_translations_are_finished(ts: Path) -> None:
    problems = []
    for m in messages(ts):
        if m.type == "unfinished":
            problems.append(f"unfinished: {m.where()}")
        elif not m.forms or any(not form.strip() for form in m.forms):
            problems.append(f"empty translation: {m.where()}")
    assert not problems, f"{ts.name} ({len(problems)} problems):\n" + "\n".join(problems)


@pytest.mark.parametrize("ts", ts_params())
def test_placeholders_match(ts: Path) -> None:
    problems = []
    for m in messages(ts):
        expected = set(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if not form.strip():
                continue  # no translation: Qt shows the source text
            found = set(PLACEHOLDER.findall(form))
            if found != expected:
                problems.append(
                    f"{m.where()} -> {form!r}: placeholders {sorted(found)}, "
                    f"expected {sorted(expected)}"
                )
    assert not problems, f"{ts.name}:\n" + "\n".join(problems)


def find_lrelease() -> Path | None:
    """PySide6's own lrelease (a system Qt 5 lrelease could write other bytes)."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = []
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / f"lrelease{exe}" for p in spec.submodule_search_locations]
    candidates.append(Path(sys.executable).parent / f"pyside6-lrelease{exe}")
    which = shutil.which("pyside6-lrelease")
    if which:
        candidates.append(Path(which))
    return next((c for c in candidates if c.is_file()), None)


@pytest.mark.parametrize("ts", ts_params())
def test_qm_is_up_to_date(ts: Path, tmp_path: Path) -> None:
    lrelease = find_lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease not found (neither in the PySide6 package nor on PATH)")
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm} is missing: run python3 tasks.py lrelease"
    fresh = tmp_path / qm.name
    done = subprocess.run(
        [str(lrelease), *LRELEASE_OPTIONS, str(ts), "-qm", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"lrelease failed on {ts.name}:\n{done.stdout}{done.stderr}"
    if fresh.read_bytes() != qm.read_bytes():
        pytest.fail(f"i18n/{qm.name} does not match i18n/{ts.name}: run python3 tasks.py lrelease")


TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def test_no_translated_string_inside_an_f_string() -> None:
    """lupdate does not read calls inside f-strings: such a string is never translated."""
    import ast

    found = []
    for path in sorted((ROOT / "zeren_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call):
                    name = (call.func.attr if isinstance(call.func, ast.Attribute)
                            else call.func.id if isinstance(call.func, ast.Name) else "")
                    literal = any(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                  for a in call.args)
                    if name in TRANSLATING_CALLS and literal:
                        found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert not found, f"move these calls out of the f-string: {found}"
