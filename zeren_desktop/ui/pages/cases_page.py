"""Accountability cases (问责案件): the saved determinations and the assessment wizard."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.regulations import RegulationSet
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError, untranslated
from zeren_desktop.services.app import Services
from zeren_desktop.services.regulations import DeterminationInfo
from zeren_desktop.ui.common import error_text, format_utc
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.wizard import AssessmentWizard
from zeren_desktop.ui.wizard.render import determination_html

ID_ROLE = Qt.ItemDataRole.UserRole


class CasesPage(GuardedPage):
    """The saved determinations, newest first, with the one selected shown in full."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[DeterminationInfo] = []
        self.regulations: RegulationSet | None = None
        self.wizard: AssessmentWizard | None = None

        self.new_button = QPushButton(self.tr("&New assessment…"))
        # On the page, not the button: Ctrl+N belongs to whichever page is shown.
        self.new_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_shortcut.activated.connect(self.new_assessment)
        self.new_button.setToolTip(self.tr(
            "Assess a case against the regulations and save the determination (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_assessment)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #c00000;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Determinations</b>")))
        top.addWidget(self.message_label, 1)
        top.addWidget(self.new_button)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([
            self.tr("Title"), self.tr("Regulation"), self.tr("Saved"), self.tr("By")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumWidth(360)
        self.table.currentCellChanged.connect(lambda *_args: self.show_selected())
        self.detail = QTextBrowser()
        self.detail.setPlaceholderText(self.tr("Select a determination to see it in full."))
        self.detail.setMinimumWidth(360)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self.content)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload(self.selected_id())

    def can_edit(self) -> bool:
        actor = self.services.actor
        return actor is not None and actor.can(Permission.EDIT_DRAFTS)

    def reload(self, select: uuid.UUID | None = None) -> None:
        try:
            rows = self.services.regulations.determinations()
        except ACCESS_ERRORS as err:
            self.rows = []
            self.table.setRowCount(0)
            self.new_button.setEnabled(False)
            self.show_notice(err)
            return
        except ZerenError as err:
            self.message_label.setText(error_text(err))
            return
        self.show_content()
        self.message_label.clear()
        try:
            self.regulations = self.services.regulations.regulations()
        except ZerenError:
            self.regulations = None
        self.new_button.setVisible(self.can_edit())
        self.new_button.setEnabled(self.can_edit())
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, info in enumerate(rows):
            reg = self.regulations.get(info.regulation_id) if self.regulations else None
            cells = [info.title, reg.short_title if reg else info.regulation_id,
                     format_utc(info.created_at), info.created_by]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, str(info.id))
                self.table.setItem(index, column, item)
        row = next((i for i, info in enumerate(rows) if info.id == select), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)
            self.table.setCurrentCell(row, 0)
        self.show_selected()

    def selected_id(self) -> uuid.UUID | None:
        row = self.table.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def show_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.detail.clear()
            return
        info = self.rows[row]
        self.detail.setHtml(determination_html(
            info.case_input, self._translated(info), self.regulations, title=info.title))

    def _translated(self, info: DeterminationInfo) -> dict[str, Any]:
        """The saved result, with its texts (reason, warnings) in the user's language.

        The services store the result untranslated; when assessing the saved input again
        still gives exactly the saved result, its translated texts are shown instead.
        """
        try:
            again = self.services.regulations.assess(info.case_input, untranslated)
            if again != info.result:
                return info.result
            return self.services.regulations.assess(info.case_input,
                                                    QCoreApplication.translate)
        except ZerenError:
            return info.result

    def new_assessment(self) -> None:
        if not self.can_edit():
            return
        try:
            wizard = AssessmentWizard(self.services, self)
        except ACCESS_ERRORS as err:
            self.message_label.setText(error_text(err))
            return
        wizard.saved.connect(self._saved)
        wizard.finished.connect(lambda _result: self._wizard_closed(wizard))
        self.wizard = wizard
        wizard.open()

    def _wizard_closed(self, wizard: AssessmentWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    def _saved(self, determination_id: object) -> None:
        self.reload(determination_id if isinstance(determination_id, uuid.UUID) else None)
