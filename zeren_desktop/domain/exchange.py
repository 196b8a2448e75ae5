"""Exchange packages (.zrx) between offices: the pure parts.

A package is a zip holding `manifest.json`, `manifest.sig` (the Ed25519 signature of the
manifest's bytes, base64), one `parts/<table>.jsonl` per table and `attachments/<sha256>`;
version 2 adds `parts/deletions.jsonl`, the tombstones of records deleted at the source
(record id, table, deleted at, the version deleted). The manifest lists the SHA-256 of
every part, so the signature covers them all; the package id is the SHA-256 of the manifest.
With a passphrase the whole zip is sealed with AES-256-GCM under a key derived by scrypt
(header MAGIC, salt, nonce, then ciphertext).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import os
import uuid
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ZerenError

_CTX = "Exchange"
FORMAT = "zeren-exchange"
FORMAT_VERSION = 2
READABLE_VERSIONS = frozenset({1, 2})   # version 1: packages without tombstones
DELETIONS_PART = "parts/deletions.jsonl"
KEY_FORMAT = "zeren-office-key"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
PARTS_DIR = "parts/"
ATTACHMENTS_DIR = "attachments/"
ENCRYPTED_MAGIC = b"ZRXENC1\n"
_SALT, _NONCE = 16, 12
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2 ** 15, 8, 1


class ExchangeError(ZerenError):
    """A package or key file that cannot be used, with the reason; nothing was changed."""


def _error(text: str, **params: Any) -> ExchangeError:
    return ExchangeError(Message(_CTX, text, params))


DAMAGED = QT_TRANSLATE_NOOP(
    "Exchange", "The package is damaged or incomplete (it may have been cut short when the"
    " medium was removed); nothing was imported.")
ALTERED = QT_TRANSLATE_NOOP(
    "Exchange", "The package was altered after it was signed ({detail}); nothing was imported.")
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Exchange", "The package's signature does not match the key registered for {office};"
    " it was altered or signed with another key. Nothing was imported.")
UNREGISTERED = QT_TRANSLATE_NOOP(
    "Exchange", "The package comes from an office whose key is not registered here ({office},"
    " key {fingerprint}). Register its public key first; nothing was imported.")
NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Exchange", "The package is encrypted; give its passphrase.")
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Exchange", "The passphrase is wrong, or the encrypted package was altered or cut short;"
    " nothing was imported.")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Exchange", "This is not an exchange package of this program, or of a newer version"
    " ({detail}); nothing was imported.")
BAD_KEY_FILE = QT_TRANSLATE_NOOP(
    "Exchange", "This is not a public key file of an office ({detail}).")


# -- keys

def new_private_key(seed: bytes | None = None) -> bytes:
    """A raw 32-byte Ed25519 private key; from `seed` (hashed) when given: deterministic."""
    if seed is not None:
        return hashlib.sha256(b"zeren-exchange-key\x00" + seed).digest()
    return Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def public_key_of(private_key: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw public key, hex (64 characters; shown grouped by four)."""
    return hashlib.sha256(public_key).hexdigest()


def short_fingerprint(value: str) -> str:
    return " ".join(value[i:i + 4] for i in range(0, 32, 4)).upper()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class OfficeKey:
    office_id: str
    name: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def to_json(self) -> str:
        return json.dumps({"format": KEY_FORMAT, "version": 1, "office_id": self.office_id,
                           "office_name": self.name, "public_key": b64(self.public_key),
                           "fingerprint": self.fingerprint}, ensure_ascii=False, indent=2) + "\n"


def parse_key_file(data: bytes) -> OfficeKey:
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != KEY_FORMAT:
            raise ValueError("format")
        key = OfficeKey(str(uuid.UUID(str(raw["office_id"]))), str(raw.get("office_name", "")),
                        unb64(str(raw["public_key"])))
        Ed25519PublicKey.from_public_bytes(key.public_key)
    except (ValueError, KeyError, UnicodeDecodeError) as error:
        raise _error(BAD_KEY_FILE, detail=str(error)) from error
    if raw.get("fingerprint") not in (None, key.fingerprint):
        raise _error(BAD_KEY_FILE, detail="fingerprint")
    return key


def sign(private_key: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_key).sign(data)


def signature_valid(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# -- encryption

def _derive(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P).derive(
        passphrase.encode("utf-8"))


def encrypt(data: bytes, passphrase: str) -> bytes:
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    return ENCRYPTED_MAGIC + salt + nonce + AESGCM(_derive(passphrase, salt)).encrypt(
        nonce, data, ENCRYPTED_MAGIC)


def is_encrypted(data: bytes) -> bool:
    return data.startswith(ENCRYPTED_MAGIC)


def decrypt(data: bytes, passphrase: str | None) -> bytes:
    if passphrase is None or passphrase == "":
        raise _error(NEEDS_PASSPHRASE)
    start = len(ENCRYPTED_MAGIC)
    salt, nonce = data[start:start + _SALT], data[start + _SALT:start + _SALT + _NONCE]
    try:
        return AESGCM(_derive(passphrase, salt)).decrypt(
            nonce, data[start + _SALT + _NONCE:], ENCRYPTED_MAGIC)
    except (InvalidTag, ValueError) as error:
        raise _error(WRONG_PASSPHRASE) from error


# -- the manifest and the package

def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Manifest:
    package_id: str                   # SHA-256 of the manifest's bytes
    source_office_id: str
    source_name: str
    public_key: bytes
    since: dt.datetime | None
    until: dt.datetime
    created_at: dt.datetime
    counts: Mapping[str, int]
    attachments: int
    audit_head: Mapping[str, Any] | None
    parts: Mapping[str, str]          # member name → SHA-256
    deletions: int = 0                # tombstones in DELETIONS_PART

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def manifest_bytes(*, source_office_id: str, source_name: str, public_key: bytes,
                   since: dt.datetime | None, until: dt.datetime, created_at: dt.datetime,
                   counts: Mapping[str, int], attachments: int,
                   audit_head: Mapping[str, Any] | None, parts: Mapping[str, str],
                   deletions: int = 0) -> bytes:
    body = {
        "format": FORMAT, "version": FORMAT_VERSION,
        "source": {"office_id": source_office_id, "name": source_name,
                   "public_key": b64(public_key), "fingerprint": fingerprint(public_key)},
        "since": since.isoformat() if since else None, "until": until.isoformat(),
        "created_at": created_at.isoformat(), "counts": dict(counts),
        "attachments": attachments, "deletions": deletions,
        "audit_head": dict(audit_head) if audit_head else None,
        "parts": dict(sorted(parts.items())),
    }
    return json.dumps(body, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


def parse_manifest(data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as error:
        raise _error(DAMAGED) from error
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _error(UNKNOWN_FORMAT, detail="format")
    if raw.get("version") not in READABLE_VERSIONS:
        raise _error(UNKNOWN_FORMAT, detail=f"version {raw.get('version')}")
    try:
        source = raw["source"]
        since = raw["since"]
        return Manifest(
            package_id=sha256(data), source_office_id=str(source["office_id"]),
            source_name=str(source["name"]), public_key=unb64(source["public_key"]),
            since=dt.datetime.fromisoformat(since) if since else None,
            until=dt.datetime.fromisoformat(raw["until"]),
            created_at=dt.datetime.fromisoformat(raw["created_at"]),
            counts={str(k): int(v) for k, v in raw["counts"].items()},
            attachments=int(raw["attachments"]), audit_head=raw.get("audit_head"),
            parts={str(k): str(v) for k, v in raw["parts"].items()},
            deletions=int(raw.get("deletions", 0)))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise _error(UNKNOWN_FORMAT, detail=str(error)) from error


@dataclass
class PackageContent:
    """A verified package: its manifest and every part's bytes (checked against it)."""

    manifest: Manifest
    manifest_data: bytes
    signature: bytes
    parts: dict[str, bytes] = field(default_factory=dict)

    def rows(self, table: str) -> list[dict[str, Any]]:
        data = self.parts.get(f"{PARTS_DIR}{table}.jsonl", b"")
        return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]

    def tombstones(self) -> list[dict[str, Any]]:
        data = self.parts.get(DELETIONS_PART, b"")
        return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]

    def attachment(self, digest: str) -> bytes | None:
        return self.parts.get(f"{ATTACHMENTS_DIR}{digest}")


def build_zip(parts: Mapping[str, bytes], manifest: bytes, signature: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, manifest)
        archive.writestr(SIGNATURE, b64(signature))
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def open_package(data: bytes, passphrase: str | None) -> PackageContent:
    """Unseal and unpack; check the format and every part's SHA-256 against the manifest.

    The signature is checked by the caller, which knows the registered keys."""
    if is_encrypted(data):
        data = decrypt(data, passphrase)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if MANIFEST not in names or SIGNATURE not in names:
                raise _error(DAMAGED)
            manifest_data = archive.read(MANIFEST)
            signature = unb64(archive.read(SIGNATURE).decode("ascii").strip())
            manifest = parse_manifest(manifest_data)
            extra = names - {MANIFEST, SIGNATURE} - set(manifest.parts)
            if extra:
                raise _error(ALTERED, detail=", ".join(sorted(extra)))
            content = PackageContent(manifest, manifest_data, signature)
            for name, digest in manifest.parts.items():
                if name not in names:
                    raise _error(DAMAGED)
                part = archive.read(name)
                if sha256(part) != digest:
                    raise _error(ALTERED, detail=name)
                content.parts[name] = part
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
            ValueError, UnicodeDecodeError) as error:  # zlib: a changed byte in a part
        if isinstance(error, ExchangeError):
            raise
        raise _error(DAMAGED) from error
    return content


# -- rows as JSON

def encode_value(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        if isinstance(value, str) and hasattr(value, "value"):  # a StrEnum member
            return str(getattr(value, "value"))  # noqa: B009
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return b64(bytes(value))
    if hasattr(value, "value"):  # an enum member
        return value.value
    return str(value)  # uuid.UUID


def jsonl(rows: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps({k: encode_value(v) for k, v in row.items()},
                               ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
                    for row in rows)
