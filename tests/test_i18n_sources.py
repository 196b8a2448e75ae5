"""lupdate sees only literal strings: every marked message must be written out in full."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "zeren_desktop"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _calls(tree: ast.AST) -> list[tuple[str, ast.Call]]:
    found: list[tuple[str, ast.Call]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":
            found.append(("QT_TRANSLATE_NOOP", node))
        elif (isinstance(func, ast.Attribute) and func.attr == "translate"
              and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"):
            found.append(("QCoreApplication.translate", node))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(
                func.value, ast.Name) and func.value.id == "self":
            found.append(("self.tr", node))
    return found


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_translatable_strings_are_literal(path: Path) -> None:
    text = path.read_text("utf-8")
    lines = text.splitlines()
    tree = ast.parse(text)
    problems = []
    for kind, call in _calls(tree):
        # Text marked elsewhere (e.g. enum labels) is translated by value on purpose.
        if "i18n: marked elsewhere" in lines[call.lineno - 1]:
            continue
        needed = call.args[:1] if kind == "self.tr" else call.args[:2]
        if len(needed) < (1 if kind == "self.tr" else 2) or not all(map(_literal, needed)):
            problems.append(f"line {call.lineno}: {kind} needs literal strings")
    for node in ast.walk(tree):
        # An alias hides the calls from lupdate: they land in an empty context.
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and \
                node.value.attr == "translate" and "i18n: marked elsewhere" not in \
                lines[node.lineno - 1]:
            problems.append(f"line {node.lineno}: do not alias translate(); call it in full")
    assert not problems, "\n".join(problems)


def test_the_check_catches_a_variable_context() -> None:
    tree = ast.parse('_CTX = "A"\nx = QT_TRANSLATE_NOOP(_CTX, "text")\n')
    (_, call), = _calls(tree)
    assert not _literal(call.args[0])
