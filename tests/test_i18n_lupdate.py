"""The committed i18n/*.ts are up to date with the sources.

Re-runs pyside6-lupdate with exactly the arguments of `python3 tasks.py i18n`, on a
temporary copy of each .ts, and compares the messages (context, source text, comment,
plural) with the committed file. Source locations are ignored: tasks.py writes none
(`-locations none`), and older files that still carry them must not fail for that.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]

Key = tuple[str, str, str, bool]  # context, source, comment, numerus


def load_tasks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("zeren_tasks", ROOT / "tasks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TASKS = load_tasks()


def find_lupdate() -> Path | None:
    """PySide6's lupdate, as tasks.py uses it (the .venv's pyside6-lupdate)."""
    exe = ".exe" if os.name == "nt" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-lupdate{exe}"]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / f"lupdate{exe}" for p in spec.submodule_search_locations]
    which = shutil.which("pyside6-lupdate")
    if which:
        candidates.append(Path(which))
    return next((c for c in candidates if c.is_file()), None)


def live_messages(ts: Path) -> set[Key]:
    """The messages lupdate keeps for the sources (not vanished or obsolete ones)."""
    found: set[Key] = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in {"vanished", "obsolete"}:
                continue
            found.add((
                name,
                message.findtext("source") or "",
                message.findtext("comment") or "",
                message.get("numerus") == "yes",
            ))
    return found


def describe(keys: set[Key]) -> str:
    return "\n".join(f"  [{c}] {s!r}" + (f" ({m})" if m else "") for c, s, m, _ in sorted(keys))


@pytest.mark.parametrize("lang", TASKS.TRANSLATIONS)
def test_lupdate_changes_nothing(lang: str, tmp_path: Path) -> None:
    lupdate = find_lupdate()
    if lupdate is None:
        pytest.skip("pyside6-lupdate not found")
    committed = ROOT / "i18n" / f"zeren_{lang}.ts"
    assert committed.is_file(), f"{committed} is missing: run python3 tasks.py i18n"
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)

    rc = TASKS.run_lupdate(str(lupdate), [(lang, fresh)])
    assert rc == 0, f"pyside6-lupdate failed with exit code {rc}"

    before, after = live_messages(committed), live_messages(fresh)
    missing = after - before  # in the sources, not in the committed .ts
    stale = before - after  # in the committed .ts, no longer in the sources
    problems = []
    if missing:
        problems.append(f"{len(missing)} strings of the sources are not in {committed.name}:\n"
                        + describe(missing))
    if stale:
        problems.append(f"{len(stale)} strings of {committed.name} are gone from the sources:\n"
                        + describe(stale))
    assert not problems, "run python3 tasks.py i18n\n" + "\n".join(problems)


def test_tasks_writes_no_source_locations() -> None:
    """Line numbers in the .ts would change with every edit of a source file."""
    args = TASKS.lupdate_arguments(Path("sources.lst"), "zh_CN", Path("x.ts"))
    assert args[args.index("-locations") + 1] == "none"
    assert "-no-obsolete" in args
