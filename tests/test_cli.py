"""The headless `zeren` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from zeren_desktop import __version__
from zeren_desktop.cli import main
from zeren_desktop.services.app import Services


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZEREN_LANG", "en")


def test_version_through_the_console_script() -> None:
    result = subprocess.run([sys.executable, "-m", "zeren_desktop.cli", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"zeren {__version__}"


def test_init_then_demo_then_refuse_again(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.sqlite"
    assert main(["init", "--db", str(path), "--office-name", "青山县纪委监委"]) == 0
    assert "Created a new database." in capsys.readouterr().out
    assert main(["init", "--db", str(path)]) == 0
    assert "already up to date" in capsys.readouterr().out
    assert main(["demo", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Loaded the demo county" in out
    with Services.open(path) as services:
        summary = services.summary()
    assert summary.units >= 30 and summary.cadres >= 300
    # A database that holds records is refused, and nothing is added.
    assert main(["demo", "--db", str(path)]) == 1
    assert "Error:" in capsys.readouterr().err
    with Services.open(path) as services:
        assert services.summary() == summary


def test_demo_alone_on_a_new_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new" / "y.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    assert path.exists()
    assert "Units:" in capsys.readouterr().out


def test_zeren_db_environment_and_db_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from_env = tmp_path / "env.sqlite"
    from_option = tmp_path / "option.sqlite"
    monkeypatch.setenv("ZEREN_DB", str(from_env))
    assert main(["info"]) == 0
    assert str(from_env) in capsys.readouterr().out
    assert main(["info", "--db", str(from_option)]) == 0  # --db wins
    assert str(from_option) in capsys.readouterr().out
    url = f"sqlite:///{tmp_path / 'url.sqlite'}"
    assert main(["info", "--db", url]) == 0
    assert (tmp_path / "url.sqlite").exists()


def test_default_database_lives_in_the_data_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info"]) == 0
    home = Path(os.environ["ZEREN_HOME"])
    assert str(home / "data" / "zeren.sqlite") in capsys.readouterr().out


def test_chinese_messages_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("ZEREN_LANG")
    assert main(["init", "--db", str(tmp_path / "z.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "数据库" in out, out


def test_newer_database_is_refused_with_a_clear_message(
        db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        connection.execute("update alembic_version set version_num = 'ffff'")
    connection.close()
    assert main(["info", "--db", str(db_path)]) == 1
    assert "newer version of the program" in capsys.readouterr().err


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "init" in capsys.readouterr().out
