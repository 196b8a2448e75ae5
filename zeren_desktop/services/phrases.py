"""Phrase templates (常用语): the phrases the office types again and again, per field.

A form offers them beside a field (a button or F4); the office keeps the lists in
Settings. Each field's list is one row of app_settings (`phrases.<field>`, JSON); a field
the office never changed gives the shipped defaults of resources/phrases.toml.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Sequence
from functools import lru_cache

from zeren_desktop import paths
from zeren_desktop.domain.records import clean_text
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError
from zeren_desktop.services.base import ServiceBase
from zeren_desktop.storage.models import AppSetting

_CTX = "Services"
SETTING_PREFIX = "phrases."
MAX_PHRASES = 200        # per field
MAX_PHRASE_CHARS = 500   # per phrase

# The fields that offer phrases, in the order the Settings editor lists them, with their
# display names (translated where shown).
FIELD_LABELS: dict[str, str] = {
    "ledger.matter": QT_TRANSLATE_NOOP("Phrases", "Duty ledger: matter"),
    "ledger.place": QT_TRANSLATE_NOOP("Phrases", "Duty ledger: place"),
    "ledger.participants": QT_TRANSLATE_NOOP("Phrases", "Duty ledger: participants"),
    "ledger.content": QT_TRANSLATE_NOOP("Phrases", "Duty ledger: content and measures"),
    "talk.place": QT_TRANSLATE_NOOP("Phrases", "Talk: place"),
    "talk.basis": QT_TRANSLATE_NOOP("Phrases", "Talk: basis"),
    "talk.reason": QT_TRANSLATE_NOOP("Phrases", "Talk: reason"),
    "talk.content": QT_TRANSLATE_NOOP("Phrases", "Talk: content"),
    "talk.statement": QT_TRANSLATE_NOOP("Phrases", "Talk: statement of the person"),
    "talk.rectification": QT_TRANSLATE_NOOP("Phrases", "Talk: rectification required"),
    "clue.summary": QT_TRANSLATE_NOOP("Phrases", "Clue: summary"),
    "inspection.findings": QT_TRANSLATE_NOOP("Phrases", "Inspection: findings"),
    "inspection.rectification": QT_TRANSLATE_NOOP(
        "Phrases", "Inspection: rectification required"),
    "inspection.result": QT_TRANSLATE_NOOP("Phrases", "Inspection: result"),
    "case.facts": QT_TRANSLATE_NOOP("Phrases", "Case: facts found"),
    "case.stage_note": QT_TRANSLATE_NOOP("Phrases", "Case: stage note"),
    "meeting.title": QT_TRANSLATE_NOOP("Phrases", "Meeting: title"),
    "meeting.agenda": QT_TRANSLATE_NOOP("Phrases", "Meeting: agenda"),
    "meeting.decisions": QT_TRANSLATE_NOOP("Phrases", "Meeting: decisions"),
}

_NEWLINES = re.compile(r"\s*\n\s*")


@lru_cache(maxsize=1)
def shipped_phrases() -> dict[str, tuple[str, ...]]:
    """The default phrases of every field (resources/phrases.toml); () where it has none."""
    path = paths.resources_dir() / "phrases.toml"
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        data = {}
    result: dict[str, tuple[str, ...]] = {}
    for key in FIELD_LABELS:
        kind, name = key.split(".", 1)
        table = data.get(kind)
        values = table.get(name, []) if isinstance(table, dict) else []
        result[key] = tuple(_cleaned(v for v in values if isinstance(v, str)))
    return result


def _cleaned(phrases: Iterable[str]) -> list[str]:
    """Trimmed, on one line, without control characters, empties or repeats."""
    seen: dict[str, None] = {}
    for phrase in phrases:
        text = _NEWLINES.sub(" ", clean_text(str(phrase)))
        if text:
            seen.setdefault(text, None)
    return list(seen)


def _unknown_field(field: str) -> ValidationError:
    return ValidationError("field", Message(_CTX, QT_TRANSLATE_NOOP(
        "Services", "There are no phrases for the field “{field}”."), {"field": field}))


class PhraseService(ServiceBase):
    def fields(self) -> list[str]:
        """The keys of the fields that offer phrases (e.g. "ledger.matter"), in order."""
        self._require(Permission.VIEW_MASTER_DATA, "phrases.fields")
        return list(FIELD_LABELS)

    def phrases(self, field: str) -> list[str]:
        """The office's phrases for `field`; the shipped ones until the office changes them."""
        self._require(Permission.VIEW_MASTER_DATA, "phrases.phrases")
        if field not in FIELD_LABELS:
            raise _unknown_field(field)
        with self.db.read() as session:
            row = session.get(AppSetting, SETTING_PREFIX + field)
            stored = row.value if row is not None else None
        if stored is not None:
            try:
                values = json.loads(stored)
            except ValueError:
                values = None
            if isinstance(values, list):
                return _cleaned([v for v in values if isinstance(v, str)])
        return list(shipped_phrases()[field])

    def default_phrases(self, field: str) -> list[str]:
        """The shipped phrases of `field` (what "Restore defaults" brings back)."""
        self._require(Permission.VIEW_MASTER_DATA, "phrases.default_phrases")
        if field not in FIELD_LABELS:
            raise _unknown_field(field)
        return list(shipped_phrases()[field])

    def set_phrases(self, field: str, phrases: Sequence[str]) -> list[str]:
        """Keep `phrases` (trimmed, repeats dropped, in the order given) as the field's
        list; the administrator's, like the other office settings. Returns what was kept."""
        actor = self._require(Permission.MANAGE_SETTINGS, "phrases.set_phrases")
        if field not in FIELD_LABELS:
            raise _unknown_field(field)
        values = _cleaned(phrases)
        for index, text in enumerate(values):
            if len(text) > MAX_PHRASE_CHARS:
                raise ValidationError(f"phrases[{index}]", Message(_CTX, QT_TRANSLATE_NOOP(
                    "Services", "A phrase may have at most {n} characters."),
                    {"n": MAX_PHRASE_CHARS}))
        if len(values) > MAX_PHRASES:
            raise ValidationError("phrases", Message(_CTX, QT_TRANSLATE_NOOP(
                "Services", "A field may have at most {n} phrases."), {"n": MAX_PHRASES}))
        before = self.phrases(field)
        key = SETTING_PREFIX + field
        with self.db.write() as session:
            row = session.get(AppSetting, key)
            text = json.dumps(values, ensure_ascii=False)
            if row is None:
                session.add(AppSetting(key=key, value=text))
            else:
                row.value = text
            self._audit(session, actor, "phrases.set", "app_settings", key,
                        before={"phrases": before}, after={"phrases": values})
        return values
