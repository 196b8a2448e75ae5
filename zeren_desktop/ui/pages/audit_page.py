"""Audit trail (审计日志): the auditor lists, filters, exports and verifies the trail."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.audit_log import AuditFilter, AuditRow
from zeren_desktop.ui.common import error_text, format_utc, local_day_start_utc
from zeren_desktop.ui.models import AuditTableModel
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.widgets import OptionalDateEdit

PAGE_SIZE = 200
OK_STYLE = "color: #1a7f37;"
BAD_STYLE = "color: #c00000; font-weight: bold;"


def pretty_json(text: str) -> str:
    if not text:
        return "—"
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return text


class AuditPage(GuardedPage):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.total = 0

        # -- filters
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("user name"))
        self.user_edit.setClearButtonEnabled(True)
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("e.g. login, account., unit."))
        self.action_edit.setClearButtonEnabled(True)
        self.since_edit = OptionalDateEdit(self.tr("any"))
        self.since_edit.set_date(None)
        self.until_edit = OptionalDateEdit(self.tr("any"))
        self.until_edit.set_date(None)
        self.filter_button = QPushButton(self.tr("&Filter"))
        self.filter_button.clicked.connect(lambda: self.reload())
        self.clear_button = QPushButton(self.tr("&Clear"))
        self.clear_button.clicked.connect(self.clear_filter)
        for edit in (self.user_edit, self.action_edit):
            edit.returnPressed.connect(lambda: self.reload())
        for date_edit in (self.since_edit, self.until_edit):
            date_edit.changed.connect(lambda: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("User")))
        filters.addWidget(self.user_edit, 1)
        filters.addWidget(QLabel(self.tr("Action")))
        filters.addWidget(self.action_edit, 1)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel(self.tr("To")))
        filters.addWidget(self.until_edit)
        filters.addWidget(self.filter_button)
        filters.addWidget(self.clear_button)

        # -- actions
        self.export_button = QPushButton(self.tr("&Export CSV…"))
        self.export_button.clicked.connect(self.export_csv)
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.clicked.connect(self.verify)
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.result_label, 1)

        # -- table and details
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a record to see what it changed."))
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("Load &more"))
        self.more_button.clicked.connect(self.load_more)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.more_button)

        layout = QVBoxLayout(self.content)
        layout.addWidget(QLabel(self.tr("<b>Audit trail</b>")))
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._sized = False
        self.reload()

    def current_filter(self) -> AuditFilter:
        since = self.since_edit.date()
        until = self.until_edit.date()
        return AuditFilter(
            username=self.user_edit.text().strip(),
            action=self.action_edit.text().strip(),
            since=local_day_start_utc(since) if since else None,
            until=local_day_start_utc(until + dt.timedelta(days=1)) if until else None)

    def clear_filter(self) -> None:
        for edit in (self.user_edit, self.action_edit):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for date_edit in (self.since_edit, self.until_edit):
            date_edit.blockSignals(True)
            date_edit.set_date(None)
            date_edit.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        where = self.current_filter()
        try:
            rows = self.services.audit_log.list(where, limit=PAGE_SIZE)
            self.total = self.services.audit_log.count(where)
        except ACCESS_ERRORS as err:
            self.show_notice(err)
            return
        self.show_content()
        self.model.set_rows(rows)
        if rows and not self._sized:
            self.table.resizeColumnsToContents()
            self._sized = True
        self.details.clear()
        self._update_count()

    def load_more(self) -> None:
        try:
            rows = self.services.audit_log.list(self.current_filter(), limit=PAGE_SIZE,
                                                offset=self.model.rowCount())
        except ACCESS_ERRORS as err:
            self.show_notice(err)
            return
        self.model.append_rows(rows)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        self.count_label.setText(self.tr("Showing {shown} of {n} records").format(
            shown=shown, n=self.total))
        self.more_button.setEnabled(shown < self.total)

    def selected_row(self) -> AuditRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        row = self.selected_row()
        self.details.setPlainText(self.details_text(row) if row is not None else "")

    def details_text(self, row: AuditRow) -> str:
        lines = [
            self.tr("Record {seq}, {time}").format(seq=row.seq,
                                                   time=format_utc(row.at, seconds=True)),
            self.tr("User: {user}").format(user=row.username or "—"),
            self.tr("Action: {action}").format(action=row.action),
            self.tr("Object: {entity} {id}").format(entity=row.entity or "—", id=row.entity_id),
            self.tr("Summary: {summary}").format(summary=row.summary or "—"),
            "",
            self.tr("Before:"),
            pretty_json(row.before),
            "",
            self.tr("After:"),
            pretty_json(row.after),
        ]
        return "\n".join(lines)

    def export_csv(self) -> None:
        default = Path.home() / f"audit-trail-{dt.date.today():%Y%m%d}.csv"
        name, _selected = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(default),
            self.tr("CSV files (*.csv)"))
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        try:
            count = self.services.audit_log.export_csv(target, self.current_filter())
        except (ZerenError, OSError) as err:
            text = error_text(err) if isinstance(err, ZerenError) else str(err)
            self._result(self.tr("The export failed: {reason}").format(reason=text), False)
            return
        self._result(self.tr("Exported {n} records to {file}.").format(
            n=count, file=str(target)), True)
        self.reload()

    def verify(self) -> None:
        try:
            result = self.services.audit.verify()
        except ZerenError as err:
            self._result(error_text(err), False)
            return
        if result.ok:
            self._result(self.tr("The audit trail is intact: {n} records.").format(
                n=result.records), True)
        else:
            problem = result.problem
            text = problem.render(QCoreApplication.translate) if problem is not None else ""
            self._result(self.tr("The audit trail is NOT intact. {problem}").format(
                problem=text), False)

    def _result(self, text: str, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setStyleSheet(OK_STYLE if ok else BAD_STYLE)

