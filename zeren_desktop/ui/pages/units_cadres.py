"""Units & cadres (单位与干部): the unit tree and the cadres of the selected unit."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.dto import UnitInfo
from zeren_desktop.ui.common import enum_label, error_text
from zeren_desktop.ui.dialogs.cadre_dialog import CadreDialog
from zeren_desktop.ui.dialogs.unit_dialog import UnitDialog
from zeren_desktop.ui.models import CadreTableModel
from zeren_desktop.ui.pages.guard import ACCESS_ERRORS, GuardedPage
from zeren_desktop.ui.pages.integrity_page import IntegrityFileDialog
from zeren_desktop.ui.pages.roster_import_dialog import CADRES, UNITS, RosterImportDialog
from zeren_desktop.ui.worker import Task, run_task

SEARCH_DELAY_MS = 250
ROW_LIMIT = 2000
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def add_shortcut(key: QKeySequence, widget: QWidget, slot: Callable[[], object],
                 context: Qt.ShortcutContext) -> QShortcut:
    """A shortcut active in `context` of `widget` (set explicitly: PySide's constructor
    takes a fourth positional argument as the ambiguity slot, not the context)."""
    shortcut = QShortcut(key, widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


class UnitsCadresPage(GuardedPage):
    """Left: the tree of units. Right: the cadre table with search.

    Users whose role may not edit master data (leaders, administrators) see it read-only:
    the add, edit and delete buttons are hidden and their shortcuts do nothing.
    """

    data_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        self.editable = actor is not None and actor.can(Permission.EDIT_MASTER_DATA) \
            and not services.read_only
        # A township user adds units only below its own township.
        self.may_add_top_level = self.editable and actor is not None \
            and actor.scope_units is None
        self._units: dict[uuid.UUID, UnitInfo] = {}
        self._items: dict[uuid.UUID, QStandardItem] = {}
        self._columns_sized = False

        # -- units
        self.unit_model = QStandardItemModel(self)
        self.unit_model.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Kind")])
        self.unit_tree = QTreeView()
        self.unit_tree.setModel(self.unit_model)
        self.unit_tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unit_tree.setExpandsOnDoubleClick(False)
        self.unit_tree.setUniformRowHeights(True)
        self.unit_tree.header().setStretchLastSection(False)
        self.unit_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.unit_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.unit_tree.activated.connect(lambda _index: self.edit_unit())
        self.unit_tree.selectionModel().selectionChanged.connect(self._unit_selection_changed)

        self.add_top_unit_button = QPushButton(self.tr("Add top-level unit"))
        self.add_top_unit_button.clicked.connect(lambda: self.add_unit(top_level=True))
        self.add_sub_unit_button = QPushButton(self.tr("Add sub-unit"))
        self.add_sub_unit_button.clicked.connect(lambda: self.add_unit(top_level=False))
        self.edit_unit_button = QPushButton(self.tr("Edit"))
        self.edit_unit_button.setToolTip(self.tr("Edit the selected unit (F2)"))
        self.edit_unit_button.clicked.connect(self.edit_unit)
        self.delete_unit_button = QPushButton(self.tr("Delete"))
        self.delete_unit_button.setToolTip(self.tr("Delete the selected unit (Del)"))
        self.delete_unit_button.clicked.connect(self.delete_unit)
        self.import_units_button = QPushButton(self.tr("&Import units…"))
        self.import_units_button.setToolTip(self.tr(
            "Import the unit list from a spreadsheet (.xlsx or .csv), with a preview"))
        self.import_units_button.clicked.connect(lambda: self.import_roster(UNITS))
        self.import_cadres_button = QPushButton(self.tr("Import &cadre roster…"))
        self.import_cadres_button.setToolTip(self.tr(
            "Import the cadre roster (干部名册) from a spreadsheet (.xlsx or .csv), with a"
            " preview"))
        self.import_cadres_button.clicked.connect(lambda: self.import_roster(CADRES))
        self.import_dialog: RosterImportDialog | None = None
        widget_only = Qt.ShortcutContext.WidgetShortcut
        add_shortcut(QKeySequence(Qt.Key.Key_F2), self.unit_tree, self.edit_unit, widget_only)
        add_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.unit_tree,
                     self.delete_unit, widget_only)

        unit_title = QLabel(self.tr("<b>Units</b>"))
        unit_buttons = QHBoxLayout()
        for button in (self.add_top_unit_button, self.add_sub_unit_button,
                       self.edit_unit_button, self.delete_unit_button):
            unit_buttons.addWidget(button)
        unit_buttons.addStretch(1)
        unit_panel = QWidget()
        unit_layout = QVBoxLayout(unit_panel)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_layout.addWidget(unit_title)
        unit_layout.addLayout(unit_buttons)
        unit_layout.addWidget(self.unit_tree, 1)
        # Importing: the unit list first, then the roster that names its units. Below the
        # tree, so that the page needs no more width than before.
        import_row = QHBoxLayout()
        import_row.addWidget(self.import_units_button)
        import_row.addWidget(self.import_cadres_button)
        import_row.addStretch(1)
        unit_layout.addLayout(import_row)

        # -- cadres
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search name, ID number, unit or post"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload_cadres)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        add_shortcut(QKeySequence(Qt.Key.Key_Escape), self.search_edit, self.search_edit.clear,
                     widget_only)
        self.only_unit_box = QCheckBox(self.tr("Only cadres of the selected unit"))
        self.only_unit_box.setChecked(True)
        self.only_unit_box.toggled.connect(lambda _checked: self.reload_cadres())

        self.cadre_model = CadreTableModel(self)
        self.cadre_table = QTableView()
        self.cadre_table.setModel(self.cadre_model)
        self.cadre_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cadre_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cadre_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cadre_table.setAlternatingRowColors(True)
        self.cadre_table.verticalHeader().setVisible(False)
        self.cadre_table.verticalHeader().setDefaultSectionSize(26)
        header = self.cadre_table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)
        self.cadre_table.activated.connect(lambda _index: self.edit_cadre())
        self.cadre_table.selectionModel().selectionChanged.connect(
            lambda _selected, _deselected: self._update_buttons())
        add_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.cadre_table,
                     self.delete_cadre, widget_only)

        self.add_cadre_button = QPushButton(self.tr("Add cadre"))
        self.add_cadre_button.setToolTip(self.tr("Add a cadre (Ctrl+N)"))
        self.add_cadre_button.clicked.connect(self.add_cadre)
        add_shortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.add_cadre,
                     Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_cadre_button = QPushButton(self.tr("Edit"))
        self.edit_cadre_button.setToolTip(self.tr("Edit the selected cadre (Enter)"))
        self.edit_cadre_button.clicked.connect(self.edit_cadre)
        self.delete_cadre_button = QPushButton(self.tr("Delete"))
        self.delete_cadre_button.setToolTip(self.tr("Delete the selected cadre (Del)"))
        self.delete_cadre_button.clicked.connect(self.delete_cadre)
        self.count_label = QLabel()
        # Case content: only for roles that read records (not the administrator).
        self.integrity_button = QPushButton(self.tr("Integrity file…"))
        self.integrity_button.setToolTip(self.tr(
            "The integrity file (廉政档案) of the selected cadre: cases, measures, talks, "
            "clues and influence periods across every post held"))
        self.integrity_button.clicked.connect(self.open_integrity_file)
        self.integrity_button.setVisible(actor is not None
                                         and actor.can(Permission.VIEW_RECORDS))
        self.integrity_dialog: QDialog | None = None
        self.print_button = QPushButton(self.tr("Print &roster…"))
        self.print_button.setToolTip(self.tr(
            "The roster of cadres as a PDF: of the selected unit when “Only cadres of the"
            " selected unit” is ticked, else of every unit you can see"))
        self.print_button.clicked.connect(self.print_roster)
        self.print_task: Task | None = None
        self.printed: Path | None = None
        self.print_status = QLabel()
        self.print_status.setWordWrap(True)
        self.print_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_printed_button = QPushButton(self.tr("&Open"))
        self.open_printed_button.clicked.connect(self.open_printed)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_status, 1)
        print_row.addWidget(self.open_printed_button)
        self.print_status.hide()
        self.open_printed_button.hide()

        cadre_title = QLabel(self.tr("<b>Cadres</b>"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.only_unit_box)
        cadre_buttons = QHBoxLayout()
        for button in (self.add_cadre_button, self.edit_cadre_button, self.delete_cadre_button):
            cadre_buttons.addWidget(button)
        cadre_buttons.addWidget(self.integrity_button)
        cadre_buttons.addWidget(self.print_button)
        cadre_buttons.addStretch(1)
        cadre_buttons.addWidget(self.count_label)
        cadre_panel = QWidget()
        cadre_layout = QVBoxLayout(cadre_panel)
        cadre_layout.setContentsMargins(0, 0, 0, 0)
        cadre_layout.addWidget(cadre_title)
        cadre_layout.addLayout(search_row)
        cadre_layout.addLayout(cadre_buttons)
        cadre_layout.addWidget(self.cadre_table, 1)
        cadre_layout.addLayout(print_row)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(unit_panel)
        splitter.addWidget(cadre_panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 700])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self.content)
        layout.addWidget(splitter)

        for button in (self.add_top_unit_button, self.add_sub_unit_button,
                       self.edit_unit_button, self.delete_unit_button, self.add_cadre_button,
                       self.edit_cadre_button, self.delete_cadre_button,
                       self.import_units_button, self.import_cadres_button):
            button.setVisible(self.editable)
        self.add_top_unit_button.setVisible(self.may_add_top_level)

        self.reload_units()
        self.reload_cadres()

    # -- units

    def reload_units(self, select: uuid.UUID | None = None) -> None:
        """Rebuild the tree from the service, keeping expansion and selection."""
        keep = select if select is not None else self.selected_unit_id()
        expanded = {uid for uid, item in self._items.items()
                    if self.unit_tree.isExpanded(item.index())}
        first_load = not self._items
        try:
            units = self.services.units.list_all()
        except ACCESS_ERRORS as err:
            self.show_notice(err)
            return
        self._units = {u.id: u for u in units}
        self.unit_model.removeRows(0, self.unit_model.rowCount())
        self._items = {}
        children: dict[uuid.UUID | None, list[UnitInfo]] = {}
        for unit in units:
            parent = unit.parent_id if unit.parent_id in self._units else None
            children.setdefault(parent, []).append(unit)

        def add(parent_item: QStandardItem, parent_id: uuid.UUID | None) -> None:
            for unit in children.get(parent_id, []):
                name = QStandardItem(unit.name)
                name.setData(str(unit.id), _ID_ROLE)
                name.setToolTip(unit.name)
                kind = QStandardItem(enum_label(unit.kind))
                parent_item.appendRow([name, kind])
                self._items[unit.id] = name
                add(name, unit.id)

        add(self.unit_model.invisibleRootItem(), None)
        for uid, item in self._items.items():
            unit = self._units[uid]
            top = unit.parent_id is None or unit.parent_id not in self._units
            if uid in expanded or (first_load and top):
                self.unit_tree.expand(item.index())
        self.unit_tree.resizeColumnToContents(1)
        self.unit_tree.setColumnWidth(1, self.unit_tree.columnWidth(1) + 12)
        if keep is not None and keep in self._items:
            index = self._items[keep].index()
            self.unit_tree.setCurrentIndex(index)
            self.unit_tree.scrollTo(index)
        self._update_buttons()

    def selected_unit_id(self) -> uuid.UUID | None:
        index = self.unit_tree.currentIndex()
        if not index.isValid() or not self.unit_tree.selectionModel().isSelected(index):
            return None
        value = index.siblingAtColumn(0).data(_ID_ROLE)
        return uuid.UUID(value) if isinstance(value, str) else None

    def select_unit(self, unit_id: uuid.UUID | None) -> None:
        if unit_id is None:
            self.unit_tree.clearSelection()
            self.unit_tree.setCurrentIndex(QModelIndex())
            return
        item = self._items.get(unit_id)
        if item is not None:
            self.unit_tree.setCurrentIndex(item.index())
            self.unit_tree.scrollTo(item.index())

    def _unit_selection_changed(self, _selected: QItemSelection,
                                _deselected: QItemSelection) -> None:
        self._update_buttons()
        self.reload_cadres()

    def _update_buttons(self) -> None:
        has_unit = self.selected_unit_id() is not None
        self.add_sub_unit_button.setEnabled(has_unit)
        self.edit_unit_button.setEnabled(has_unit)
        self.delete_unit_button.setEnabled(has_unit)
        has_cadre = self.selected_cadre_id() is not None
        self.edit_cadre_button.setEnabled(has_cadre)
        self.delete_cadre_button.setEnabled(has_cadre)
        self.integrity_button.setEnabled(has_cadre)

    def add_unit(self, top_level: bool = True) -> None:
        if not self.editable or (top_level and not self.may_add_top_level):
            return
        parent_id = None if top_level else self.selected_unit_id()
        dialog = UnitDialog(self.services, parent_id=parent_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.reload_units(select=dialog.saved_id)
            self.data_changed.emit()

    def edit_unit(self) -> None:
        unit_id = self.selected_unit_id()
        if unit_id is None or not self.editable:
            return
        try:
            dialog = UnitDialog(self.services, unit_id=unit_id, parent=self)
        except ZerenError as err:
            self._warn(error_text(err))
            self.reload_units()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_units(select=unit_id)
            self.reload_cadres()
            self.data_changed.emit()

    def delete_unit(self) -> None:
        unit_id = self.selected_unit_id()
        if unit_id is None or not self.editable:
            return
        name = self._units[unit_id].name
        answer = QMessageBox.question(
            self, self.tr("Delete unit"),
            self.tr("Delete the unit “{name}”? This cannot be undone.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.units.delete(unit_id)
        except ZerenError as err:
            self._warn(self.tr("The unit “{name}” was not deleted.").format(name=name)
                       + "\n\n" + error_text(err))
            return
        self.reload_units(select=None)
        self.data_changed.emit()

    # -- cadres

    def reload_cadres(self, select: uuid.UUID | None = None) -> None:
        self.search_timer.stop()
        keep = select if select is not None else self.selected_cadre_id()
        text = self.search_edit.text()
        unit_id = self.selected_unit_id() if self.only_unit_box.isChecked() else None
        try:
            rows = self.services.cadres.search(text, unit_id, limit=ROW_LIMIT)
        except ACCESS_ERRORS as err:
            self.show_notice(err)
            return
        self.cadre_model.set_rows(rows)
        if rows and not self._columns_sized:
            self.cadre_table.resizeColumnsToContents()
            self._columns_sized = True
        if len(rows) >= ROW_LIMIT:
            total = self.services.cadres.count(text, unit_id)
            self.count_label.setText(self.tr(
                "Cadres: {shown} of {n} shown; narrow the search").format(
                    shown=len(rows), n=total))
        else:
            self.count_label.setText(self.tr("Cadres: {n}").format(n=len(rows)))
        if keep is not None:
            row = self.cadre_model.row_of(keep)
            if row >= 0:
                self.cadre_table.selectRow(row)
        self._update_buttons()

    def selected_cadre_id(self) -> uuid.UUID | None:
        selection = self.cadre_table.selectionModel()
        if selection is None:
            return None
        rows = selection.selectedRows()
        if not rows:
            return None
        row = self.cadre_model.row_at(rows[0].row())
        return row.id if row is not None else None

    def add_cadre(self) -> None:
        if not self.editable:
            return
        dialog = CadreDialog(self.services, default_unit_id=self.selected_unit_id(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.reload_cadres(select=dialog.saved_id)
            self.data_changed.emit()

    def edit_cadre(self) -> None:
        cadre_id = self.selected_cadre_id()
        if cadre_id is None or not self.editable:
            return
        try:
            dialog = CadreDialog(self.services, cadre_id=cadre_id, parent=self)
        except ZerenError as err:
            self._warn(error_text(err))
            self.reload_cadres()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_cadres(select=cadre_id)
            self.data_changed.emit()

    def delete_cadre(self) -> None:
        cadre_id = self.selected_cadre_id()
        if cadre_id is None or not self.editable:
            return
        row = self.cadre_model.row_at(self.cadre_model.row_of(cadre_id))
        name = row.name if row is not None else ""
        answer = QMessageBox.question(
            self, self.tr("Delete cadre"),
            self.tr("Delete the cadre “{name}” with all their posts? "
                    "This cannot be undone.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.cadres.delete(cadre_id)
        except ZerenError as err:
            self._warn(self.tr("The cadre “{name}” was not deleted.").format(name=name)
                       + "\n\n" + error_text(err))
            return
        self.reload_cadres()
        self.data_changed.emit()

    # -- importing the unit list and the cadre roster

    def import_roster(self, kind: str) -> RosterImportDialog | None:
        """Open the import dialog of the unit list (UNITS) or the cadre roster (CADRES); not
        modal to the caller: the page reloads when it closes after an import."""
        if not self.editable or self.import_dialog is not None:
            return None
        dialog = RosterImportDialog(self.services, kind, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        self.import_dialog = dialog
        dialog.show()
        return dialog

    def _import_closed(self, dialog: RosterImportDialog) -> None:
        self.import_dialog = None
        result = dialog.import_result
        if result is not None:
            if dialog.kind == UNITS:
                text = self.tr("Units imported: {new} new, {updated} updated, {unchanged} "
                               "already present.")
            else:
                text = self.tr("Cadres imported: {new} new, {updated} updated, {unchanged} "
                               "already present.")
            self._print_note(text.format(new=result.created, updated=result.updated,
                                         unchanged=result.unchanged), None)
            self.reload_units()
            self.reload_cadres()
            self.data_changed.emit()
        if dialog.task is not None:  # a cancelled preview still reports: delete after it
            dialog.task.finished.connect(dialog.deleteLater)
        else:
            dialog.deleteLater()

    # -- the roster

    def roster_default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("Roster of cadres")
        return Path(folder) / f"{name}-{dt.date.today():%Y%m%d}.pdf"

    def print_roster(self) -> Task | None:
        """Ask where to save, then build the roster PDF in the worker."""
        if self.print_task is not None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the roster of cadres"), str(self.roster_default_path()),
            self.tr("PDF documents (*.pdf)"))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        unit_id = self.selected_unit_id() if self.only_unit_box.isChecked() else None
        self.print_button.setEnabled(False)
        self._print_note(self.tr("Making the roster…"), None)
        task = run_task(self.services.reports.cadre_roster, target, unit_id,
                        translate=QCoreApplication.translate,
                        progress_label=self.tr("Making the roster of cadres…"), parent=self)
        task.succeeded.connect(self._roster_done)
        task.failed.connect(self._roster_failed)
        self.print_task = task
        return task

    def _roster_done(self, result: object) -> None:
        self.print_task = None
        self.print_button.setEnabled(True)
        path = Path(str(result))
        self.printed = path
        self._print_note(self.tr("The roster was saved: {file}").format(file=path), path)

    def _roster_failed(self, error: object) -> None:
        self.print_task = None
        self.print_button.setEnabled(True)
        if isinstance(error, ZerenError):
            reason = error_text(error)
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
        else:
            reason = f"{type(error).__name__}: {error}"
        text = self.tr("The roster was not made: {reason}").format(reason=reason)
        self._print_note(text, None)
        self._warn(text)

    def _print_note(self, text: str, file: Path | None) -> None:
        self.print_status.setText(text)
        self.print_status.show()
        self.open_printed_button.setVisible(file is not None)

    def open_printed(self) -> None:
        if self.printed is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.printed)))

    def open_integrity_file(self) -> None:
        cadre_id = self.selected_cadre_id()
        if cadre_id is None or self.integrity_dialog is not None:
            return
        try:
            dialog = IntegrityFileDialog(self.services, cadre_id, parent=self)
        except ZerenError as err:
            self._warn(error_text(err))
            return
        self.integrity_dialog = dialog

        def finished(_result: int) -> None:
            self.integrity_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Zeren Desktop"), text)
