"""The layers import only downward (DESIGN.md, Architecture)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "zeren_desktop"

# What each part of the package may import, of the package and of the big libraries.
ALLOWED: dict[str, set[str]] = {
    "domain": {"domain"},
    "storage": {"domain", "storage", "paths", "config"},
    "reports": {"domain", "reports", "paths"},
    "services": {"domain", "storage", "reports", "services", "paths", "config"},
    "ui": {"domain", "services", "ui", "paths", "config", "__version__"},
    "cli": {"domain", "services", "paths", "config", "__version__", "cli_ledger", "cli_stats",
            "cli_clues", "cli_documents", "cli_assessment", "cli_roster", "cli_reports",
            "cli_exchange"},
    "cli_ledger": {"domain", "services", "paths", "config", "cli"},
    "cli_stats": {"domain", "services", "paths", "config", "cli", "cli_ledger"},
    "cli_clues": {"domain", "services", "paths", "config", "cli"},
    "cli_documents": {"domain", "services", "paths", "config", "cli", "cli_ledger"},
    "cli_assessment": {"domain", "services", "paths", "config", "cli"},
    "cli_roster": {"domain", "services", "paths", "config", "cli"},
    "cli_reports": {"domain", "services", "paths", "config", "cli", "cli_ledger"},
    "cli_exchange": {"domain", "services", "cli"},
    "paths": set(),
    "config": {"paths"},
    "__main__": {"ui"},
    "__init__": set(),
}
NO_QT = {"domain", "storage", "reports", "services", "paths", "config"}
NO_SQL = {"domain", "reports", "ui", "paths", "config"}


def _layer(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0].removesuffix(".py")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"), str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                raise AssertionError(f"{path}: use absolute imports")
            names.append(node.module)
            if node.module == "zeren_desktop":
                names.extend(f"zeren_desktop.{alias.name}" for alias in node.names)
    return names


SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts
                 or p.name == "env.py")


def violations(path: Path, layer: str) -> list[str]:
    """What in `path` breaks the import rules of `layer`."""
    found: list[str] = []
    for name in _imports(path):
        root = name.split(".")[0]
        if layer in NO_QT and root == "PySide6":
            found.append(f"{path.name} ({layer}) imports Qt: {name}")
        if layer in NO_SQL and root in {"sqlalchemy", "alembic"}:
            found.append(f"{path.name} ({layer}) uses {name}")
        if root == "zeren_desktop" and "." in name and name.split(".")[1] not in ALLOWED[layer]:
            found.append(f"{path.name} ({layer}) reaches up into {name}")
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_downward(path: Path) -> None:
    layer = _layer(path)
    assert layer in ALLOWED, f"{layer} is not a known layer: add it to the rules"
    assert violations(path, layer) == []


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    """The check itself can fail: a domain module importing services and Qt is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("from zeren_desktop.services.app import Services\nimport PySide6\n"
                   "import sqlalchemy\n")
    assert len(violations(bad, "domain")) == 3
    assert violations(bad, "cli") == []  # the top layer may use all three
