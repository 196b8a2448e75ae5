"""Windows that fit the screen they open on.

A 1366×768 laptop leaves about 728 pixels above the taskbar, less the title bar: a dialog
that asks for more (a large `resize()`, a tall form) would put its OK / Cancel buttons
under the taskbar. `fit_to_screen(dialog)` keeps such a dialog inside the available area
of its screen whenever it is shown, and centred; `FormScrollArea` lets a tall form scroll
between its title and its buttons, so that the form's minimum height is no longer the
height of all its fields.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QScrollArea, QWidget

# The title bar and frame of a window on Windows, in logical pixels (about 30 at 100 %
# to 150 %), allowed for before the frame is known.
TITLE_BAR = 30


def screen_of(window: QWidget) -> QScreen | None:
    """The screen `window` opens on: its parent window's, else its own."""
    parent = window.parentWidget()
    screen = parent.window().screen() if parent is not None else window.screen()
    return screen or QGuiApplication.primaryScreen()


def available_area(window: QWidget) -> QRect | None:
    """Where the window's frame may go: its screen less the taskbar (None: no screen)."""
    screen = screen_of(window)
    return screen.availableGeometry() if screen is not None else None


def frame_extra(window: QWidget) -> QSize:
    """The frame's width and height beyond the window's own (title bar and borders):
    measured once the window has a frame, never less than `TITLE_BAR` in height."""
    width = height = 0
    if window.windowHandle() is not None:
        frame = window.frameGeometry()
        inner = window.geometry()
        width = max(frame.width() - inner.width(), 0)
        height = max(frame.height() - inner.height(), 0)
    return QSize(width, max(height, TITLE_BAR))


def room_for(window: QWidget) -> QSize | None:
    """The largest size of `window` whose frame fits its screen's available area."""
    area = available_area(window)
    if area is None:
        return None
    extra = frame_extra(window)
    return QSize(max(area.width() - extra.width(), 1), max(area.height() - extra.height(), 1))


def limit_to_screen(window: QWidget) -> None:
    """Shrink `window` (and an explicit minimum size) to what its screen has room for."""
    room = room_for(window)
    if room is None:
        return
    if window.minimumWidth() > room.width():
        window.setMinimumWidth(room.width())
    if window.minimumHeight() > room.height():
        window.setMinimumHeight(room.height())
    size = window.size()
    if size.width() > room.width() or size.height() > room.height():
        window.resize(size.boundedTo(room))


def keep_on_screen(window: QWidget) -> None:
    """Move `window` so that its whole frame is inside the available area."""
    area = available_area(window)
    if area is None:
        return
    extra = frame_extra(window)
    frame = QRect(window.frameGeometry().topLeft(), window.size() + extra)
    x = min(max(frame.x(), area.left()), area.left() + max(area.width() - frame.width(), 0))
    y = min(max(frame.y(), area.top()), area.top() + max(area.height() - frame.height(), 0))
    if (x, y) != (frame.x(), frame.y()):
        window.move(QPoint(x, y))


def centre_on_screen(window: QWidget) -> None:
    """Put `window` in the middle of its parent window, else of its screen, and inside
    the available area."""
    area = available_area(window)
    if area is None:
        return
    parent = window.parentWidget()
    middle = (parent.window().frameGeometry().center() if parent is not None
              else area.center())
    frame_size = window.size() + frame_extra(window)
    window.move(QPoint(middle.x() - frame_size.width() // 2,
                       middle.y() - frame_size.height() // 2))
    keep_on_screen(window)


class _ScreenFit(QObject):
    """The event filter of `fit_to_screen`: on every show, the size first."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.target = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.target and event.type() == QEvent.Type.Show
                and not event.spontaneous()):
            limit_to_screen(self.target)
            # A dialog not moved by hand is centred on its parent by Qt right after
            # (QDialog.showEvent), within the screen; any other window here.
            if not isinstance(self.target, QDialog):
                centre_on_screen(self.target)
            elif self.target.testAttribute(Qt.WidgetAttribute.WA_Moved):
                keep_on_screen(self.target)
        return False


def fit_to_screen(window: QWidget) -> None:
    """Keep `window` (a dialog or another top-level window) within the available area of
    its screen, minus the title bar: at once for the size it asked for, and again
    whenever it is shown (then also centred). Call it after the window's `resize()`."""
    limit_to_screen(window)
    if window.findChild(_ScreenFit, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        _ScreenFit(window)


class FormScrollArea(QScrollArea):
    """A form that scrolls when the window is lower than the form: no frame, no focus of
    its own (Tab and Enter go from field to field as before), the field with the focus
    scrolled into view, and as high as the whole form when there is room."""

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formScrollArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(form)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def sizeHint(self) -> QSize:
        """The whole form (QScrollArea's own hint stops at 24 lines of text)."""
        form = self.widget()
        if form is None:
            return super().sizeHint()
        hint = form.sizeHint()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        margins = self.contentsMargins()
        return QSize(hint.width() + scroll_bar + margins.left() + margins.right(),
                     hint.height() + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:
        """The form's width; a few lines of its height."""
        form = self.widget()
        base = super().minimumSizeHint()
        if form is None:
            return base
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        lines = self.fontMetrics().lineSpacing() * 6
        return QSize(form.minimumSizeHint().width() + scroll_bar,
                     max(base.height(), min(lines, form.minimumSizeHint().height())))

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        form = self.widget()
        if new is None or form is None or not form.isAncestorOf(new):
            return
        # The whole field (ensureWidgetVisible shows only a text's cursor line).
        centre = new.mapTo(form, new.rect().center())
        room = max(self.viewport().height() // 2 - 1, 0)
        self.ensureVisible(centre.x(), centre.y(), 0, min(new.height() // 2 + 8, room))
