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


# ---- accounts and the audit trail from the command line ---------------------------------


def test_init_with_admin_password_file_then_sign_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.sqlite"
    secret = tmp_path / "admin.txt"
    secret.write_text("Chief-Pass-2026\n", "utf-8")
    assert main(["init", "--db", str(path), "--admin-password-file", str(secret)]) == 0
    assert "Created the administrator account 'admin'." in capsys.readouterr().out
    # Read commands act as a user, held to that user's role.
    monkeypatch.setenv("ZEREN_PASSWORD", "Chief-Pass-2026")
    assert main(["users", "list", "--db", str(path), "--user", "admin"]) == 0
    assert "admin" in capsys.readouterr().out
    monkeypatch.setenv("ZEREN_PASSWORD", "wrong")
    assert main(["users", "list", "--db", str(path), "--user", "admin"]) == 1
    assert "wrong" in capsys.readouterr().err


def test_init_without_terminal_or_file_creates_no_account(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b.sqlite"
    assert main(["init", "--db", str(path)]) == 0
    assert "No account was created" in capsys.readouterr().out
    with Services.open(path) as services:
        assert not services.auth.has_accounts()


def test_commands_that_read_records_need_a_user(
        db_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("ZEREN_USER", raising=False)
    assert main(["units", "list", "--db", str(db_path)]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("ZEREN_USER", "auditor")
    monkeypatch.setenv("ZEREN_PASSWORD", "Test-Pass-2026")
    assert main(["units", "list", "--db", str(db_path)]) == 1  # the auditor's role
    assert "role does not allow" in capsys.readouterr().err
    monkeypatch.setenv("ZEREN_USER", "clerk")
    assert main(["units", "list", "--db", str(db_path)]) == 0


def test_audit_verify_and_list(db_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    assert main(["audit", "verify", "--db", str(db_path)]) == 0
    assert "intact" in capsys.readouterr().out
    monkeypatch.setenv("ZEREN_PASSWORD", "Test-Pass-2026")
    assert main(["audit", "list", "--db", str(db_path), "--user", "auditor"]) == 0
    assert "login.success" in capsys.readouterr().out
    assert main(["audit", "list", "--db", str(db_path), "--user", "admin"]) == 1
    capsys.readouterr()
    connection = sqlite3.connect(db_path)
    connection.execute("update audit_records set username = 'someone' where seq = 3")
    connection.commit()
    connection.close()
    assert main(["audit", "verify", "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "FAILED" in out and "record 3" in out
    assert "someone" not in out  # verification prints no content


def test_bad_usage_exits_2(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["units", "frobnicate", "--db", str(db_path)]) == 2
    assert main(["audit", "--db", str(db_path)]) == 2
    capsys.readouterr()


def test_demo_prints_its_accounts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from zeren_desktop.services.demo import DEMO_PASSWORD

    assert main(["demo", "--db", str(tmp_path / "d.sqlite")]) == 0
    out = capsys.readouterr().out
    assert DEMO_PASSWORD in out
    for name in ("clerk", "reviewer", "leader", "admin", "auditor"):
        assert name in out
    with Services.open(tmp_path / "d.sqlite") as services:
        assert services.settings.is_demo()
        services.auth.sign_in("clerk", DEMO_PASSWORD)
        township = services.actor.scope_unit_id if services.actor else None
        assert township is not None
        assert services.units.get(township).kind.value == "township"
        assert services.audit.verify().ok


def test_assess_needs_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    case = tmp_path / "case.json"
    case.write_text(json.dumps({
        "conduct_date": "2016-06-01", "decision_date": "2016-09-30",
        "subjects": [{"id": "a", "kind": "cadre", "role": "first_responsible",
                      "clauses": ["hubei-2016/7.7"], "severity": "serious",
                      "measures": ["admonishment"]}]}), "utf-8")
    assert main(["assess", str(case)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["regulation"] == "hubei-2016"
    assert result["subjects"][0]["responsibility"] == "primary"
    case.write_text('{"decision_date": "2016-09-30", "subjects": []}', "utf-8")
    assert main(["assess", str(case)]) == 2
    assert "conduct_date" in capsys.readouterr().err


def test_audit_verify_while_the_program_has_the_database_open(
        open_services: Services, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # open_services holds the instance lock, like a running GUI.
    assert main(["audit", "verify", "--db", str(db_path)]) == 0
    assert "intact" in capsys.readouterr().out
    assert main(["info", "--db", str(db_path)]) == 0
