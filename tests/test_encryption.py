"""Encryption at rest (RELIABILITY.md T18): SQLCipher through the `encryption` extra.

The database file holds no readable Chinese text or names; a wrong or missing key is
refused with a clear message, leaving the file as it was (not taken for a damaged one);
backups stay encrypted and restore; decrypting gives a file plain sqlite3 reads; the key
is nowhere but in its key file; only the administrator may turn it on or off.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip(
    "sqlcipher3",
    reason="encryption at rest needs sqlcipher3 (the `encryption` extra, part of the `test`"
    " extra on Linux x86_64, Linux aarch64 and Windows)",
)

from tests.conftest import TEST_ACCOUNTS, TEST_PASSWORD, copy_database
from zeren_desktop import config
from zeren_desktop.cli import Translator, main
from zeren_desktop.services.app import Services
from zeren_desktop.services.demo import load_demo
from zeren_desktop.services.dto import DatabaseSummary
from zeren_desktop.services.encryption import EncryptionError
from zeren_desktop.services.session import PermissionDeniedError
from zeren_desktop.storage import cipher, keys
from zeren_desktop.storage.errors import EncryptedDatabaseError

PASSPHRASE = "青山-Passphrase-2026"


@pytest.fixture(autouse=True)
def own_key_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test has its own config folder (key files, settings.json) and no key given."""
    monkeypatch.setenv("ZEREN_HOME", str(tmp_path / "home"))
    monkeypatch.delenv(keys.ENV_KEY, raising=False)
    monkeypatch.setenv("ZEREN_LANG", "en")
    keys.forget_all()
    yield
    keys.forget_all()


@pytest.fixture(scope="module")
def demo_template(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = copy_database(template_db, tmp_path_factory.mktemp("demo") / "demo.sqlite")
    with Services.open(path) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)  # demo data: the administrator's call
        load_demo(services)
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    return copy_database(demo_template, tmp_path / "data" / "zeren.sqlite")


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM cadres ORDER BY name LIMIT 20")]
    finally:
        connection.close()


def _encrypt(path: Path, passphrase: str | None = None) -> tuple[Path, Path | None]:
    """Encrypt as the administrator; return the plain backup made first and the key file."""
    with Services.open(path) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)
        result = services.encryption.encrypt(passphrase)
    return result.backup, result.key_file


def _all_bytes(path: Path) -> bytes:
    """The database file and whatever lies beside it with its name (-wal, -shm…)."""
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))
                    if p.is_file() and not p.name.endswith(".audit-head"))


def _counts(services: Services) -> tuple[DatabaseSummary, int]:
    return services.summary(), services.audit.count()


def test_t18_encrypted_file_holds_no_readable_text(demo_db: Path) -> None:
    names = _names(demo_db)
    with Services.open(demo_db) as services:
        before = _counts(services)
    plain_backup, key_file = _encrypt(demo_db)
    data = _all_bytes(demo_db)
    assert data, "the encrypted file is there"
    assert b"SQLite format 3" not in data
    assert "青山县".encode() not in data
    for name in names:
        assert name.encode() not in data, name
    assert cipher.is_encrypted(demo_db)
    # The backup made first is plain, as the user is told; it stays in the backup folder.
    assert plain_backup.read_bytes().startswith(b"SQLite format 3\x00")
    assert key_file is not None and key_file.parent == keys.keys_dir()

    with Services.open(demo_db) as services:
        assert _counts(services)[0] == before[0]
        # The sign-in, the backup made first and the encryption itself were audited; the
        # chain verifies against its anchor beside the file.
        assert services.audit.count() == before[1] + 3
        assert services.audit.verify().ok
        status = services.encryption.status()
        assert status.encrypted and status.key_source == "key_file"
        assert status.key_file == key_file
        # Writing works, and what is written is encrypted too.
        services.auth.sign_in("admin", TEST_PASSWORD)
        services.rename_office("青山县纪委监委（加密）")
    assert "加密".encode() not in _all_bytes(demo_db)
    with Services.open(demo_db, read_only=True) as services:  # read-only open, with the key
        assert services.state.read_only and services.summary().cadres == before[0].cadres


def test_wrong_key_is_refused_clearly_and_the_file_is_left_alone(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _encrypt(demo_db)
    before = demo_db.read_bytes()
    monkeypatch.setenv(keys.ENV_KEY, "ab" * 32)
    with pytest.raises(EncryptedDatabaseError) as caught:
        Services.open(demo_db)
    assert caught.value.kind == "wrong_key"
    assert "encrypted, and its key is wrong or missing" in caught.value.message.render()
    zh = caught.value.message.render(Translator("zh_CN"))
    assert "此数据库已加密，密钥不正确或缺失" in zh
    assert demo_db.read_bytes() == before
    assert not list(demo_db.parent.glob("*.corrupt-*")), "not moved aside"
    # A wrong passphrase in ZEREN_DB_KEY is refused the same way.
    monkeypatch.setenv(keys.ENV_KEY, "not the passphrase")
    with pytest.raises(EncryptedDatabaseError, match="wrong or missing"):
        Services.open(demo_db, read_only=True)
    monkeypatch.delenv(keys.ENV_KEY)
    with Services.open(demo_db) as services:  # the key file opens it again
        assert services.audit.verify().ok


def test_missing_key_says_the_database_needs_its_key(demo_db: Path) -> None:
    _, key_file = _encrypt(demo_db)
    assert key_file is not None
    escrow = key_file.with_name("escrow.json")
    key_file.rename(escrow)  # the key file is lost (not a *.key file any more)
    before = demo_db.read_bytes()
    with pytest.raises(EncryptedDatabaseError) as caught:
        Services.open(demo_db)
    assert caught.value.kind == "needs_key"
    assert str(keys.keys_dir()) in caught.value.message.render()
    assert demo_db.read_bytes() == before
    assert not list(demo_db.parent.glob("*.corrupt-*"))
    escrow.rename(key_file)  # the escrow copy put back
    with Services.open(demo_db) as services:
        assert services.audit.verify().ok


def test_without_encryption_support_the_file_is_refused_not_moved(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _encrypt(demo_db)
    monkeypatch.setattr(cipher, "dbapi", None)
    with pytest.raises(EncryptedDatabaseError) as caught:
        Services.open(demo_db)
    assert caught.value.kind == "no_cipher"
    assert demo_db.exists() and not list(demo_db.parent.glob("*.corrupt-*"))


def test_a_damaged_plain_header_is_still_damage(demo_db: Path) -> None:
    with open(demo_db, "r+b") as handle:
        handle.write(b"\x00garbage" * 12)
    assert not cipher.looks_encrypted(demo_db)


def test_passphrase_key(demo_db: Path) -> None:
    _, key_file = _encrypt(demo_db, PASSPHRASE)
    assert key_file is None and not list(keys.keys_dir().glob("*.key"))
    keys.forget_all()  # a new start of the program
    with pytest.raises(EncryptedDatabaseError) as caught:
        Services.open(demo_db)
    assert caught.value.kind == "needs_key"
    with pytest.raises(EncryptedDatabaseError) as caught:
        Services.open(demo_db, key=keys.from_passphrase("wrong passphrase"))
    assert caught.value.kind == "wrong_key"
    assert keys.candidates() == [], "a passphrase that opened nothing is not kept"
    with Services.open(demo_db, key=keys.from_passphrase(PASSPHRASE)) as services:
        assert services.audit.verify().ok
        assert services.encryption.status().key_source == "passphrase"


def test_backup_of_an_encrypted_database_is_encrypted_and_restores(demo_db: Path) -> None:
    plain_backup, _ = _encrypt(demo_db)
    with Services.open(demo_db) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)
        backup = services.backups.backup_now()
        name = services.office_name()
        assert backup.verified
        data = backup.path.read_bytes()
        assert b"SQLite format 3" not in data and "青山县".encode() not in data
        assert [b.verified for b in services.backups.list_backups()] == [True] * len(
            services.backups.list_backups())
        services.rename_office("改过的名字")
        services.backups.restore(backup.path)
        assert services.office_name() == name
        assert services.audit.verify().ok
        # A plain backup made before encrypting restores too, and the database stays
        # encrypted with its key.
        services.backups.restore(plain_backup)
        assert services.audit.verify().ok
    assert cipher.is_encrypted(demo_db)
    assert "青山县".encode() not in _all_bytes(demo_db)
    with Services.open(demo_db) as services:
        assert services.office_name() == name and services.audit.verify().ok


def test_decrypt_gives_a_plain_file(demo_db: Path) -> None:
    names = _names(demo_db)
    _, key_file = _encrypt(demo_db)
    with Services.open(demo_db) as services:
        services.auth.sign_in("admin", TEST_PASSWORD)
        before = services.summary()
        result = services.encryption.decrypt()
        assert not result.encrypted and result.key_file == key_file
        assert services.summary() == before and services.audit.verify().ok
        assert cipher.is_encrypted(result.backup)  # the backup made first: encrypted
    connection = sqlite3.connect(demo_db)
    try:
        assert set(names) <= {r[0] for r in connection.execute("SELECT name FROM cadres")}
        actions = [r[0] for r in connection.execute(
            "SELECT action FROM audit_records ORDER BY seq")]
    finally:
        connection.close()
    assert "database.encrypt" in actions and actions[-2:] == ["backup.create", "database.decrypt"]
    assert key_file is not None and key_file.exists(), "kept for the encrypted backups"
    with Services.open(demo_db) as services:
        assert not services.encryption.status().encrypted
        # Encrypting again reuses the kept key: the encrypted backups stay readable.
        services.auth.sign_in("admin", TEST_PASSWORD)
        again = services.encryption.encrypt()
        assert again.key_file == key_file
        assert services.backups.restore(result.backup).restored_from == result.backup
        assert services.audit.verify().ok
    assert list(keys.keys_dir().glob("*.key")) == [key_file]


def test_the_key_is_nowhere_but_in_its_key_file(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    config.update(language="en")
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)
    assert main(["encrypt", "--db", str(demo_db), "--user", "admin"]) == 0
    assert main(["backup", "--db", str(demo_db), "--user", "admin"]) == 0
    assert main(["info", "--db", str(demo_db)]) == 0
    escrow = demo_db.parent / "escrow.key"
    assert main(["encrypt", "--db", str(demo_db), "--user", "admin",
                 "--export-key", str(escrow)]) == 0
    (key_file,) = keys.keys_dir().glob("*.key")
    key = keys.read_key_file(key_file)
    assert key is not None and keys.read_key_file(escrow) == key
    secret = key.secret
    assert secret not in repr(key) and secret not in str(key)
    assert main(["decrypt", "--db", str(demo_db), "--user", "admin"]) == 0
    out = capsys.readouterr()
    places = {"stdout": out.out, "stderr": out.err, "logs": caplog.text}
    for file in [*demo_db.parent.rglob("*"), config.settings_path()]:
        if file.is_file() and file not in (escrow,):
            places[str(file)] = file.read_bytes().decode("latin-1")
    connection = sqlite3.connect(demo_db)
    try:
        places["audit rows"] = json.dumps(
            connection.execute("SELECT * FROM audit_records").fetchall(), default=str)
        places["settings rows"] = json.dumps(
            connection.execute("SELECT * FROM app_settings").fetchall())
    finally:
        connection.close()
    for where, text in places.items():
        assert secret not in text and secret.upper() not in text, where
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(escrow.stat().st_mode) == 0o600
        assert stat.S_IMODE(keys.keys_dir().stat().st_mode) == 0o700


def test_cli_encrypt_info_and_key_file(demo_db: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("ZEREN_PASSWORD", TEST_PASSWORD)
    assert main(["info", "--db", str(demo_db)]) == 0
    assert "Encryption at rest: off" in capsys.readouterr().out
    assert main(["encrypt", "--db", str(demo_db), "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "now encrypted" in out and "NOT encrypted" in out
    assert main(["encrypt", "--db", str(demo_db), "--user", "admin"]) == 1
    assert "encrypted already" in capsys.readouterr().err
    assert main(["info", "--db", str(demo_db)]) == 0
    assert "Encryption at rest: on (key from key_file)" in capsys.readouterr().out
    assert main(["encrypt", "--db", str(demo_db), "--user", "admin", "--show-key-file"]) == 0
    assert str(keys.keys_dir()) in capsys.readouterr().out
    assert main(["encrypt", "--db", str(demo_db), "--user", "clerk"]) == 1
    monkeypatch.setenv(keys.ENV_KEY, "00" * 32)
    assert main(["info", "--db", str(demo_db)]) == 1
    assert "key is wrong or missing" in capsys.readouterr().err


@pytest.mark.parametrize("role", sorted(TEST_ACCOUNTS))
def test_only_the_administrator_may_encrypt_or_decrypt(demo_db: Path, role: str) -> None:
    with Services.open(demo_db) as services:
        services.auth.sign_in(role, TEST_PASSWORD)
        operations = [services.encryption.encrypt, services.encryption.decrypt,
                      services.encryption.key_file,
                      lambda: services.encryption.export_key(demo_db.parent / "k.key")]
        for operation in operations:
            if role == "admin":
                continue
            with pytest.raises(PermissionDeniedError):
                operation()
        if role == "admin":
            services.encryption.encrypt()
            with pytest.raises(EncryptionError):
                services.encryption.encrypt()
            assert services.encryption.key_file() is not None
            services.encryption.decrypt()
    assert not cipher.is_encrypted(demo_db)
