"""数据交换: exchange packages between township and county, on the backups page.

Export a package, import one (its manifest and verification are shown first, then it is
imported with progress), this office's public key, registering a township's key, and the
records changed on both sides waiting for a decision (keep local / take incoming).
Shown to the administrator and the leader (Permission.EXCHANGE); the conflicts' content
only to the leader (Permission.VIEW_RECORDS).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.exchange import short_fingerprint
from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.base import TABLE_LABELS
from zeren_desktop.services.exchange import ExportResult, ImportResult, PackageInfo
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.worker import Task, run_task

FILTER_PACKAGE = "*.zrx"
FILTER_KEY = "*.pub"


def table_label(table: str) -> str:
    text = TABLE_LABELS.get(table)
    if text is None:
        return table
    return QCoreApplication.translate("Tables", text)  # i18n: marked elsewhere


def office_label(name: str) -> str:
    return name or QCoreApplication.translate("ExchangeSection", "(an office without a name)")


class ExportDialog(QDialog):
    """Since when, and an optional passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export exchange package"))
        self.all_records = QCheckBox(self.tr("All of this office's records"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.all_records.toggled.connect(lambda on: self.since.setEnabled(not on))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("empty: not encrypted"))
        form = QFormLayout()
        form.addRow(self.all_records)
        form.addRow(self.tr("Changed since:"), self.since)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def since_date(self) -> dt.date | None:
        if self.all_records.isChecked():
            return None
        day = self.since.date()
        return dt.date(day.year(), day.month(), day.day())


class ExchangeSection(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        self.may_decide = actor is not None and actor.can(Permission.VIEW_RECORDS)
        self.task: Task | None = None
        self.last_info: PackageInfo | None = None
        self.last_import: ImportResult | None = None
        self.last_export: ExportResult | None = None

        title = QLabel(self.tr("<b>Data exchange</b>"))
        note = QLabel(self.tr(
            "Townships send their records to the county in signed exchange packages (.zrx)"
            " on removable media. The county registers each township's public key once."))
        note.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport exchange package…"))
        self.export_button.clicked.connect(self.export_package)
        self.import_button = QPushButton(self.tr("&Import exchange package…"))
        self.import_button.clicked.connect(self.import_package)
        self.key_button = QPushButton(self.tr("This office's public &key…"))
        self.key_button.clicked.connect(self.write_key)
        self.trust_button = QPushButton(self.tr("Register a township's &key…"))
        self.trust_button.clicked.connect(self.trust_key)
        row = QHBoxLayout()
        for button in (self.export_button, self.import_button, self.key_button,
                       self.trust_button):
            row.addWidget(button)
        row.addStretch(1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.conflicts = QTableWidget(0, 4)
        self.conflicts.setHorizontalHeaderLabels([
            self.tr("Table"), self.tr("Record"), self.tr("Here"), self.tr("Incoming")])
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflicts.verticalHeader().setVisible(False)
        self.conflicts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.conflicts.itemSelectionChanged.connect(self._update_buttons)
        self.conflicts.setMinimumHeight(90)
        self.conflicts.setMaximumHeight(180)
        self.keep_button = QPushButton(self.tr("Keep &local"))
        self.keep_button.clicked.connect(lambda: self.resolve(False))
        self.take_button = QPushButton(self.tr("&Take incoming"))
        self.take_button.clicked.connect(lambda: self.resolve(True))
        decide = QHBoxLayout()
        decide.addWidget(self.keep_button)
        decide.addWidget(self.take_button)
        decide.addStretch(1)
        self.conflict_title = QLabel(self.tr("Records changed on both sides:"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.conflict_title)
        layout.addWidget(self.conflicts)
        layout.addLayout(decide)
        for widget in (self.conflict_title, self.conflicts, self.keep_button,
                       self.take_button):
            widget.setVisible(self.may_decide)
        self.ids: list[uuid.UUID] = []
        self.reload_conflicts()

    # -- helpers

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _failed(self, error: object) -> None:
        message = error_text(error) if isinstance(error, ZerenError) else str(error)
        self._say(message)
        QMessageBox.warning(self, self.tr("Data exchange"), message)

    def _run(self, fn: object, done: object, what: str, *args: object,
             progress: bool = False) -> None:
        assert callable(fn) and callable(done)
        self._say(what)
        self.task = run_task(fn, *args, progress_label=what if progress else None,
                             parent=self.window())
        self.task.succeeded.connect(done)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._finished)
        self._update_buttons()

    def _finished(self) -> None:
        self.task = None
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        for button in (self.export_button, self.import_button, self.key_button,
                       self.trust_button):
            button.setEnabled(idle)
        chosen = idle and bool(self.conflicts.selectionModel().selectedRows())
        self.keep_button.setEnabled(chosen)
        self.take_button.setEnabled(chosen)

    # -- export

    def export_package(self, target: Path | None = None, since: dt.date | None = None,
                       passphrase: str | None = None, ask: bool = True) -> None:
        if self.task is not None:
            return
        if ask:
            dialog = ExportDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            since, passphrase = dialog.since_date(), dialog.passphrase.text() or None
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export exchange package"), "", FILTER_PACKAGE)
            if not name:
                return
            target = Path(name if name.endswith(".zrx") else name + ".zrx")
        assert target is not None
        self._run(self.services.exchange.export, self._exported,
                  self.tr("Writing the exchange package…"), target, since, passphrase)

    def _exported(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.last_export = result
        self._say(self.tr("Wrote {file}: {records} records, {attachments} attachments.")
                  .format(file=result.path.name, records=sum(result.counts.values()),
                          attachments=result.attachments))

    # -- import: verify and show first, then import

    def import_package(self, file: Path | None = None, passphrase: str | None = None,
                       confirm: bool = True) -> None:
        if self.task is not None:
            return
        if file is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import exchange package"), "", FILTER_PACKAGE)
            if not name:
                return
            file = Path(name)
        if passphrase is None and file.read_bytes()[:8].startswith(b"ZRXENC"):
            text, ok = QInputDialog.getText(
                self, self.tr("Encrypted package"), self.tr("Passphrase:"),
                QLineEdit.EchoMode.Password)
            if not ok:
                return
            passphrase = text
        try:
            info = self.services.exchange.inspect(file, passphrase)
        except ZerenError as error:
            self._failed(error)
            return
        self.last_info = info
        summary = self.describe(info)
        self._say(summary)
        if info.already_imported:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Import exchange package"),
                summary + "\n\n" + self.tr("Import it now?")) != \
                QMessageBox.StandardButton.Yes:
            return
        self._run(self.services.exchange.import_file, self._imported,
                  self.tr("Importing the exchange package…"), file, passphrase,
                  progress=True)

    def describe(self, info: PackageInfo) -> str:
        lines = [
            self.tr("Verified: signed by {office} (key {fingerprint}), every part intact.")
            .format(office=office_label(info.source_name),
                    fingerprint=short_fingerprint(info.fingerprint)),
            self.tr("Made {created}; records changed {since} to {until}.").format(
                created=info.created_at.isoformat(" ", "minutes"),
                since=info.since.date().isoformat() if info.since else self.tr("(all)"),
                until=info.until.date().isoformat()),
            self.tr("{records} records, {attachments} attachments.").format(
                records=sum(info.counts.values()), attachments=info.attachments)]
        if info.deletions:
            lines.append(self.tr("{n} records deleted there.").format(n=info.deletions))
        if info.already_imported:
            lines.append(self.tr("This package was imported before; nothing will be added."))
        return "\n".join(lines)

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self.last_import = result
        self._say(self.tr("Imported from {office}: {inserted} new, {updated} updated,"
                          " {unchanged} unchanged, {conflicts} conflicts to decide.").format(
            office=office_label(result.source_name), inserted=result.inserted,
            updated=result.updated, unchanged=result.unchanged, conflicts=result.conflicts)
            + ("" if not result.deleted else " " + self.tr(
                "{n} deleted, as they were there.").format(n=result.deleted)))
        self.reload_conflicts()

    # -- keys

    def write_key(self, target: Path | None = None) -> None:
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save this office's public key"), "office.pub", FILTER_KEY)
            if not name:
                return
            target = Path(name)
        try:
            key = self.services.exchange.write_public_key(target)
        except (ZerenError, OSError) as error:
            self._failed(error)
            return
        self._say(self.tr("Wrote {file}: the public key of {office}, fingerprint"
                          " {fingerprint}.").format(file=target.name, office=key.name,
                                                    fingerprint=short_fingerprint(
                                                        key.fingerprint)))

    def trust_key(self, file: Path | None = None) -> None:
        if file is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Register a township's public key"), "", FILTER_KEY)
            if not name:
                return
            file = Path(name)
        try:
            trusted = self.services.exchange.trust(file)
        except (ZerenError, OSError) as error:
            self._failed(error)
            return
        self._say(self.tr("Registered the key of {office}, fingerprint {fingerprint}.")
                  .format(office=trusted.name,
                          fingerprint=short_fingerprint(trusted.fingerprint)))

    # -- conflicts

    def reload_conflicts(self) -> None:
        if not self.may_decide:
            return
        rows = self.services.exchange.conflicts()
        self.ids = [r.id for r in rows]
        self.conflicts.setRowCount(len(rows))
        for n, row in enumerate(rows):
            changed = sorted(k for k in row.incoming_values
                             if row.incoming_values[k] != row.local_values.get(k)
                             and k not in ("updated_at",))
            here = json.dumps({k: row.local_values.get(k) for k in changed},
                              ensure_ascii=False)
            there = json.dumps({k: row.incoming_values.get(k) for k in changed},
                               ensure_ascii=False)
            if row.deleted_at is not None:
                # Deleted at its source, changed here since: taking it deletes it here.
                there = self.tr("(deleted there {at})").format(
                    at=row.deleted_at.isoformat(" ", "minutes"))
                here = self.tr("(changed here {at})").format(
                    at=str(row.local_values.get("updated_at", ""))[:16].replace("T", " "))
            label = next((str(row.local_values[k]) for k in (
                "name", "title", "subject_name", "matter", "number")
                if row.local_values.get(k)), str(row.record_id))
            for column, value in enumerate((table_label(row.table), label, here, there)):
                self.conflicts.setItem(n, column, QTableWidgetItem(str(value)))
        self.conflict_title.setText(self.tr("Records changed on both sides: {n}").format(
            n=len(rows)))
        self._update_buttons()

    def resolve(self, take_incoming: bool) -> None:
        selected = self.conflicts.selectionModel().selectedRows()
        if not selected:
            return
        conflict_id = self.ids[selected[0].row()]
        try:
            self.services.exchange.resolve_conflict(conflict_id, take_incoming)
        except ZerenError as error:
            self._failed(error)
            return
        self.reload_conflicts()
