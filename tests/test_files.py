"""Documents are written whole or not at all, with the permissions of an ordinary file."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from zeren_desktop.services.files import NEW_FILE_MODE, write_atomically


def write(text: str) -> Callable[[Path], int]:
    def build(path: Path) -> int:
        path.write_text(text, encoding="utf-8")
        return len(text)
    return build


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_new_file_is_readable_and_a_replaced_one_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "统计表.pdf"
    assert write_atomically(target, write("一")) == 1
    assert stat.S_IMODE(target.stat().st_mode) == NEW_FILE_MODE
    target.chmod(0o600)
    write_atomically(target, write("二二"))
    assert target.read_text(encoding="utf-8") == "二二"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_build_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "book.pdf"
    target.write_text("old", encoding="utf-8")

    def broken(path: Path) -> int:
        path.write_text("half", encoding="utf-8")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, broken)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["book.pdf"]
