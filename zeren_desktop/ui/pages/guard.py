"""A page that shows a plain notice instead of its content when access is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.session import (
    NotSignedInError,
    PermissionDeniedError,
    ReadOnlyDatabaseError,
)
from zeren_desktop.ui.common import refusal_text

# What pages catch around service calls to show the notice instead of crashing.
# A read-only database refuses what needs a write permission (e.g. the account list).
ACCESS_ERRORS = (NotSignedInError, PermissionDeniedError, ReadOnlyDatabaseError)


class GuardedPage(QWidget):
    """Subclasses build into `self.content`; `show_notice` covers it with a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = QWidget()
        self.notice_label = QLabel()
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.notice_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.notice_label.setFont(font)
        notice = QWidget()
        notice_layout = QVBoxLayout(notice)
        notice_layout.addStretch(1)
        notice_layout.addWidget(self.notice_label)
        notice_layout.addStretch(2)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.content)
        self._stack.addWidget(notice)

    # A page that loads its records sets `stale` (True until first shown) and implements
    # `refresh_page`: it is loaded again when shown after another page was, not when the
    # window is merely restored (spontaneous events).
    stale: bool | None = None

    def refresh_page(self) -> None:
        """Load the page's records again (pages that use `stale`)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and not event.spontaneous():
            self.stale = False
            self.refresh_page()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.stale is not None and not event.spontaneous():
            self.stale = True

    def show_notice(self, error: ZerenError) -> None:
        self.notice_label.setText(refusal_text(error))
        self._stack.setCurrentIndex(1)

    def show_content(self) -> None:
        self._stack.setCurrentIndex(0)

    @property
    def refused(self) -> bool:
        return self._stack.currentIndex() == 1
