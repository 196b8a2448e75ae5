"""Signing out always ends the session, and the UI does not reach into service state."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.conftest import sign_in_as
from zeren_desktop.domain.text import Message
from zeren_desktop.services.app import Services
from zeren_desktop.services.errors import MESSAGES, DatabaseEnvironmentError
from zeren_desktop.ui.app import sign_out_quietly
from zeren_desktop.ui.pages.accounts_page import AccountsPage
from zeren_desktop.ui.session import SessionController

UI = Path(__file__).resolve().parents[2] / "zeren_desktop" / "ui"


def failing_write(*_args: object, **_kwargs: object) -> None:
    raise DatabaseEnvironmentError("read_only", Message("DatabaseErrors", MESSAGES["read_only"]))


def test_sign_out_clears_the_actor_even_when_the_logout_cannot_be_recorded(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.audit, "append", failing_write)
    with pytest.raises(DatabaseEnvironmentError):
        services.auth.sign_out()
    assert services.actor is None


def test_the_ui_signs_out_quietly_when_the_disk_refuses(
        qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(services.audit, "append", failing_write)
    sign_out_quietly(services)
    assert services.actor is None
    monkeypatch.undo()
    sign_in_as(services, "clerk")
    monkeypatch.setattr(services.audit, "append", failing_write)
    controller = SessionController(services, quit_app=lambda: None)
    controller._sign_out_service()
    assert services.actor is None


def test_the_accounts_page_uses_the_services_clock(qtbot: QtBot, services: Services) -> None:
    sign_in_as(services, "admin")
    later = dt.datetime(2031, 5, 1, tzinfo=dt.UTC)
    services.state.clock = lambda: later
    assert services.now() == later
    page = AccountsPage(services)
    qtbot.addWidget(page)
    assert page.model._clock() == later


def test_the_ui_never_touches_the_session_state() -> None:
    offenders = [str(p.relative_to(UI)) for p in UI.rglob("*.py")
                 if ".state." in p.read_text("utf-8")]
    assert offenders == [], "use services.now() and services.auth.sign_out()"


def test_the_window_opens_within_the_screen(qtbot: QtBot, services: Services) -> None:
    # The main window asks for 1280×800; on a screen with less room (a 1366×768 laptop,
    # or this test's offscreen screen) it opens no larger than the screen's available
    # area less the title bar, so the status bar is not under the taskbar.
    from zeren_desktop.ui.widgets.screen_fit import TITLE_BAR, available_area

    controller = SessionController(services, quit_app=lambda: None, auto_backup=False)
    window = controller.open_window()
    qtbot.addWidget(window)
    area = available_area(window)
    assert area is not None
    if area.height() - TITLE_BAR < 800:
        assert window.height() <= area.height() - TITLE_BAR
    assert area.contains(window.frameGeometry().topLeft())
