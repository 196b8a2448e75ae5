"""A non-editable install finds every shipped file (resources, translations, migrations)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import sys, pathlib
import zeren_desktop
from zeren_desktop import paths
from zeren_desktop.cli import main
target = pathlib.Path(sys.argv[1])
assert str(pathlib.Path(zeren_desktop.__file__).resolve()).startswith(str(target)), \\
    zeren_desktop.__file__
assert (paths.resources_dir() / "fonts" / "wqy-microhei.ttc").is_file()
assert (paths.i18n_dir() / "zeren_zh_CN.qm").is_file()
assert str(paths.resources_dir()).startswith(str(target))
assert str(paths.i18n_dir()).startswith(str(target))
sys.exit(main(["demo", "--db", sys.argv[2]]))
"""


@pytest.mark.slow
def test_wheel_install_finds_resources_and_translations(tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
         "--target", str(target), str(ROOT)],
        check=True, capture_output=True, text=True)
    env = {**os.environ, "PYTHONPATH": str(target), "ZEREN_LANG": "zh_CN"}
    result = subprocess.run(
        [sys.executable, "-c", CHECK, str(target.resolve()), str(tmp_path / "demo.sqlite")],
        cwd=tmp_path, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "演示" in result.stdout or "单位" in result.stdout, result.stdout
