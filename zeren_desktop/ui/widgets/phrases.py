"""Phrase templates (常用语) beside a text field.

`attach_phrases(edit, services, field)` puts a small "Phrases" button inside a QLineEdit,
QPlainTextEdit or QTextEdit and binds F4 (the key the program uses nowhere else; Ctrl+Space
switches the input method on Chinese Windows). Both open a pop-up with the office's
phrases for the field (services.phrases, kept in Settings → Phrases); typing filters them
by part of the text or its pinyin initials, Up/Down move, Enter or a click inserts the
phrase at the cursor (in a line edit it replaces the selection), Esc closes.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.pinyin import initials, matches
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services

PHRASE_KEY = QKeySequence(Qt.Key.Key_F4)
POPUP_WIDTH = 420
POPUP_ROWS = 10
_NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)

PhraseEdit = QLineEdit | QPlainTextEdit | QTextEdit


def field_label(field: str) -> str:
    """The display name of a phrase field ("ledger.matter" → "Duty ledger: matter")."""
    from zeren_desktop.services.phrases import FIELD_LABELS

    text = FIELD_LABELS.get(field)
    if text is None:
        return field
    return QCoreApplication.translate("Phrases", text)  # i18n: marked elsewhere


class PhrasePopup(QFrame):
    """The list of phrases with a filter line; `chosen(text)` when one is picked."""

    chosen = Signal(str)

    def __init__(self, phrases: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.phrases = list(phrases)
        self._initials = {p: initials(p, surname=False) for p in self.phrases}
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: part of the text or its initials"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for phrase in self.phrases:
            item = QListWidgetItem(phrase)
            item.setToolTip(phrase)
            self.list.addItem(item)
        row_height = self.list.sizeHintForRow(0) if self.phrases else 20
        self.list.setFixedHeight(min(max(len(self.phrases), 3), POPUP_ROWS) * row_height
                                 + 2 * self.list.frameWidth() + 4)
        self.hint = QLabel(self.tr("Enter inserts the phrase; Esc closes.") if self.phrases
                           else self.tr("No phrases for this field yet: the administrator"
                                        " adds them in Settings → Phrases."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6a6a6a;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.setMinimumWidth(POPUP_WIDTH)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.filter_edit.installEventFilter(self)
        self.list.itemClicked.connect(self._pick)
        self.list.itemActivated.connect(self._pick)
        self.apply_filter("")

    def visible_phrases(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())
                if not self.list.item(row).isHidden()]

    def apply_filter(self, text: str) -> None:
        first = -1
        for row in range(self.list.count()):
            phrase = self.phrases[row]
            shown = matches(text, phrase, self._initials[phrase])
            self.list.item(row).setHidden(not shown)
            if shown and first < 0:
                first = row
        self.list.setCurrentRow(first)

    def choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        text = item.text()
        self.close()
        self.chosen.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent):
            if event.key() in _NAVIGATION_KEYS:
                QApplication.sendEvent(self.list, event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.choose_current()
                return True
        return False


class PhraseHelper(QObject):
    """The button, the F4 shortcut and the pop-up of one text field."""

    def __init__(self, edit: PhraseEdit, services: Services, field: str) -> None:
        super().__init__(edit)
        self.edit = edit
        self.services = services
        self.field = field
        self.popup: PhrasePopup | None = None
        self.button = QToolButton(edit)
        self.button.setText(self.tr("Phrases"))
        self.button.setToolTip(self.tr("Insert one of the office's common phrases (F4)"))
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setCursor(Qt.CursorShape.ArrowCursor)
        font = self.button.font()
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        self.button.setFont(font)
        self.button.setStyleSheet("QToolButton { color: #1f5fa8; padding: 0 2px; }")
        self.button.clicked.connect(lambda _checked=False: self.show_popup())
        self.shortcut = QShortcut(PHRASE_KEY, edit)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.shortcut.activated.connect(self.show_popup)
        width = self.button.sizeHint().width()
        if isinstance(edit, QLineEdit):
            margins = edit.textMargins()
            edit.setTextMargins(margins.left(), margins.top(), margins.right() + width + 2,
                                margins.bottom())
        else:
            # The button sits in a margin right of the text, painted like the text area.
            edit.setViewportMargins(0, 0, width + 2, 0)
            edit.setBackgroundRole(QPalette.ColorRole.Base)
            edit.setAutoFillBackground(True)
            edit.viewport().installEventFilter(self)
        edit.installEventFilter(self)
        self._place()

    def _place(self) -> None:
        edit, button = self.edit, self.button
        hint = button.sizeHint()
        if isinstance(edit, QLineEdit):
            height = min(hint.height(), max(edit.height() - 4, 12))
            button.setGeometry(edit.width() - hint.width() - 3,
                               (edit.height() - height) // 2, hint.width(), height)
        else:
            viewport = edit.viewport().geometry()
            button.setGeometry(viewport.right() + 2, viewport.top(), hint.width(),
                               min(hint.height(), max(viewport.height(), 12)))
        button.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        elif event.type() == QEvent.Type.EnabledChange:
            self.button.setEnabled(self.edit.isEnabled())
        return False

    def phrases(self) -> list[str]:
        try:
            return self.services.phrases.phrases(self.field)
        except ZerenError:
            return []

    def show_popup(self) -> PhrasePopup | None:
        """The pop-up under the field (under the cursor in a multi-line text)."""
        edit = self.edit
        if edit.isReadOnly() or not edit.isEnabled():
            return None
        if self.popup is not None:
            self.popup.close()
        popup = PhrasePopup(self.phrases(), edit)
        popup.chosen.connect(self.insert)
        popup.destroyed.connect(lambda _obj=None: self._forget(popup))
        if isinstance(edit, QLineEdit):
            anchor = edit.mapToGlobal(QPoint(0, edit.height()))
        else:
            rect = edit.cursorRect()
            anchor = edit.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 2))
        popup.resize(max(popup.sizeHint().width(), POPUP_WIDTH, edit.width() // 2),
                     popup.sizeHint().height())
        screen = edit.screen().availableGeometry() if edit.screen() is not None else None
        if screen is not None:
            anchor.setX(min(anchor.x(), screen.right() - popup.width()))
            if anchor.y() + popup.height() > screen.bottom():
                anchor.setY(edit.mapToGlobal(QPoint(0, 0)).y() - popup.height())
        popup.move(anchor)
        self.popup = popup
        popup.show()
        popup.filter_edit.setFocus()
        return popup

    def _forget(self, popup: PhrasePopup) -> None:
        if self.popup is popup:
            self.popup = None

    def insert(self, text: str) -> None:
        """Put the phrase in at the cursor, as if typed."""
        edit = self.edit
        if isinstance(edit, QLineEdit):
            edit.insert(text)
            edit.textEdited.emit(edit.text())
        elif isinstance(edit, QPlainTextEdit):
            cursor = edit.textCursor()
            cursor.insertText(text)
            edit.setTextCursor(cursor)
        else:
            edit.insertPlainText(text)
        edit.setFocus()


def attach_phrases(edit: PhraseEdit, services: Services, field: str) -> PhraseHelper:
    """Offer the office's phrases for `field` (e.g. "ledger.matter") in `edit`."""
    return PhraseHelper(edit, services, field)
