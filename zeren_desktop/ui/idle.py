"""The idle lock's clock: any mouse or keyboard input anywhere in the program resets it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from zeren_desktop.domain.security import IDLE_LOCK_MINUTES

DEFAULT_IDLE_MS = IDLE_LOCK_MINUTES * 60 * 1000

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without input while started.

    An application-wide event filter; Qt removes it when the watcher is destroyed.
    """

    idle = Signal()

    def __init__(self, interval_ms: int = DEFAULT_IDLE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, interval_ms))
        self.timer.timeout.connect(self.idle)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.timer.isActive() and event.type() in ACTIVITY:
            self.timer.start()
        return False
