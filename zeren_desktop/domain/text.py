"""Translatable messages for layers that do not import Qt.

`QT_TRANSLATE_NOOP(context, text)` marks a string for lupdate and returns it unchanged;
the UI translates it with QCoreApplication.translate(context, text) when it shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A user-facing message: source text, its translation context and placeholders."""

    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = untranslated) -> str:
        params = {key: _render_param(value, translate) for key, value in self.params.items()}
        template = translate(self.context, self.text)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message itself.
            return self.text.format(**params)

    def __str__(self) -> str:
        return self.render()


LIST_SEPARATOR = QT_TRANSLATE_NOOP("Message", ", ")


def _render_param(value: Any, translate: Translate) -> Any:
    """Parameters may be messages themselves (or lists of them), translated alike."""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, list | tuple) and value and all(isinstance(v, Message) for v in value):
        return translate("Message", LIST_SEPARATOR).join(v.render(translate) for v in value)
    return value


class ZerenError(Exception):
    """An error the user can act on; carries a translatable message."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class ValidationError(ZerenError):
    """Bad input: which field, and why. Nothing was written."""

    def __init__(self, field_name: str, message: Message) -> None:
        super().__init__(message)
        self.field = field_name


class NotFoundError(ZerenError):
    pass


class ConflictError(ZerenError):
    """The operation would break a rule of the records (e.g. deleting what is referenced)."""
