"""Settings (设置): language, the office, documents, deadlines and the backup folder.

The language is this computer's (settings.json, saved at once); everything else belongs
to the database and is saved with one Save button by the administrator. Others see the
values read-only. A value the services refuse is explained next to its field, and
nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from zeren_desktop.domain.security import Permission
from zeren_desktop.domain.text import ValidationError, ZerenError
from zeren_desktop.services.app import Services
from zeren_desktop.services.encryption import EncryptionResult, EncryptionStatus
from zeren_desktop.services.settings import (
    DOCUMENT_KINDS,
    UNCHANGED,
    OfficeSettings,
    Unchanged,
)
from zeren_desktop.ui.common import error_text
from zeren_desktop.ui.dialogs.password_dialogs import error_label
from zeren_desktop.ui.font_files import system_fonts
from zeren_desktop.ui.settings import LANGUAGES, load_settings, save_settings
from zeren_desktop.ui.widgets.phrases import field_label
from zeren_desktop.ui.worker import Task, run_task

# Each language is named in itself, so anyone can find their own.
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}
# The font combo's last entry opens a file dialog.
CHOOSE_FILE = "<choose>"
FONT_FIELDS = ("body_font", "title_font", "heading_font")
DEADLINE_FIELDS = ("investigation_days", "proposal_reply_days", "execution_report_months",
                   "org_handling_months")


def kind_labels() -> dict[str, str]:
    return {
        "proposal": QCoreApplication.translate("SettingsPage", "Accountability proposal"),
        "decision": QCoreApplication.translate("SettingsPage", "Accountability decision"),
        "notice": QCoreApplication.translate("SettingsPage", "Circular"),
        "talk_record": QCoreApplication.translate("SettingsPage", "Talk record"),
        "receipt": QCoreApplication.translate("SettingsPage", "Service receipt"),
        "report": QCoreApplication.translate("SettingsPage", "Report"),
    }


def number_example(prefix: str, year: int | None = None) -> str:
    """A document number as it prints: 青纪发〔2026〕1号."""
    return f"{prefix}〔{year or dt.date.today().year}〕1号" if prefix.strip() else ""


class SettingsPage(QWidget):
    office_renamed = Signal(str)
    saved = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        actor = services.actor
        # Only the administrator changes these; everyone else sees them.
        self.may_edit = actor is not None and actor.can(Permission.MANAGE_SETTINGS) \
            and not services.read_only
        self.may_rename = self.may_edit
        self.field_errors: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self.backup_choice: Path | None = None
        self.backup_reset = False

        left = QVBoxLayout()
        left.addWidget(self._language_box())
        left.addWidget(self._office_box())
        left.addWidget(self._deadlines_box())
        left.addWidget(self._backup_box())
        self.encryption_box = self._encryption_box()
        left.addWidget(self.encryption_box)
        self.phrases_box = self._phrases_box()
        left.addWidget(self.phrases_box)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._documents_box())
        self.document_fonts_box = self._document_fonts_box()
        right.addWidget(self.document_fonts_box)
        self.templates_box = self._templates_box()
        right.addWidget(self.templates_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(16, 16, 16, 8)
        body_layout.addLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        # The old name of the button (it saved the office name only).
        self.office_save_button = self.save_button
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.read_only_note = QLabel(self.tr(
            "Only the administrator changes these settings; they are shown read-only."))
        self.read_only_note.setStyleSheet("color: #555555;")
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 4, 16, 12)
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.read_only_note)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

        self.load()
        self._apply_permissions()

    # -- building

    def _language_box(self) -> QGroupBox:
        self.language_combo = QComboBox()
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code])
        self.language_combo.setCurrentIndex(LANGUAGES.index(load_settings().language))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("A new language takes effect after a restart."))
        self.language_note.setWordWrap(True)
        self.language_note.setStyleSheet("color: #555555;")
        box = QGroupBox(self.tr("Language"))
        form = QFormLayout(box)
        form.addRow(self.tr("&Language"), self.language_combo)
        form.addRow("", self.language_note)
        return box

    def _office_box(self) -> QGroupBox:
        self.office_edit = QLineEdit()
        self.office_edit.setMaxLength(100)
        self.office_edit.setPlaceholderText(self.tr("e.g. the county discipline commission"))
        self.office_edit.returnPressed.connect(self.save)
        self.location_label = QLabel(self.services.location)
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("Office"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Office name"), self._with_error("office_name", self.office_edit))
        form.addRow(self.tr("Database"), self.location_label)
        return box

    def _documents_box(self) -> QGroupBox:
        self.issuer_name_edit = QLineEdit()
        self.issuer_name_edit.setMaxLength(100)
        self.issuer_name_edit.setPlaceholderText(self.tr("e.g. 中共青山县纪律检查委员会"))
        self.issuer_short_edit = QLineEdit()
        self.issuer_short_edit.setMaxLength(20)
        self.issuer_short_edit.setPlaceholderText(self.tr("e.g. 青纪"))
        names = QFormLayout()
        names.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        names.addRow(self.tr("Issuer's &full name"), self._with_error(
            "issuer_name", self.issuer_name_edit))
        names.addRow(self.tr("Issuer's &code"), self._with_error(
            "issuer_short", self.issuer_short_edit))

        prefixes_title = QLabel(self.tr("<b>Document number prefixes</b>"))
        prefixes_note = QLabel(self.tr(
            "The issuer's code and the kind of document, without the year and number:"
            " the program adds 〔year〕 and the number."))
        prefixes_note.setWordWrap(True)
        prefixes_note.setStyleSheet("color: #555555;")
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setHorizontalSpacing(10)
        self.prefix_edits: dict[str, QLineEdit] = {}
        self.example_labels: dict[str, QLabel] = {}
        labels = kind_labels()
        row = 0
        for kind in DOCUMENT_KINDS:
            edit = QLineEdit()
            edit.setMaxLength(20)
            example = QLabel()
            example.setStyleSheet("color: #555555;")
            edit.textChanged.connect(
                lambda text, label=example: label.setText(number_example(text)))
            title = QLabel(labels[kind])
            title.setBuddy(edit)
            error = error_label()
            grid.addWidget(title, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(example, row, 2)
            grid.addWidget(error, row + 1, 1, 1, 2)
            self.prefix_edits[kind] = edit
            self.example_labels[kind] = example
            self.field_errors[f"number_prefixes.{kind}"] = error
            self.field_widgets[f"number_prefixes.{kind}"] = edit
            row += 2
        self.prefixes_error = error_label()
        self.field_errors["number_prefixes"] = self.prefixes_error

        fonts_title = QLabel(self.tr("<b>Fonts</b>"))
        fonts_note = QLabel(self.tr(
            "TrueType fonts (.ttf, .ttc) only; where none is chosen, the official font is"
            " used when this computer has it, else a substitute (see below). Official"
            " documents use FangSong for the body, XiaoBiaoSong for the title and HeiTi"
            " for headings."))
        fonts_note.setWordWrap(True)
        fonts_note.setStyleSheet("color: #555555;")
        fonts = QFormLayout()
        fonts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.font_combos: dict[str, QComboBox] = {}
        font_titles = {"body_font": self.tr("&Body text"), "title_font": self.tr("&Title"),
                       "heading_font": self.tr("&Headings")}
        for name in FONT_FIELDS:
            combo = self._font_combo()
            combo.activated.connect(lambda index, c=combo: self._font_activated(c, index))
            self.font_combos[name] = combo
            fonts.addRow(font_titles[name], self._with_error(name, combo))

        box = QGroupBox(self.tr("Documents"))
        layout = QVBoxLayout(box)
        layout.addLayout(names)
        layout.addSpacing(6)
        layout.addWidget(prefixes_title)
        layout.addWidget(prefixes_note)
        layout.addLayout(grid)
        layout.addWidget(self.prefixes_error)
        layout.addSpacing(6)
        layout.addWidget(fonts_title)
        layout.addWidget(fonts_note)
        layout.addLayout(fonts)
        return box

    def _document_fonts_box(self) -> QGroupBox:
        """Read-only: the font file that prints each role of an official document on this
        computer, and a warning when a role falls back on a substitute."""
        titles = {
            "fangsong": self.tr("Body text (FangSong)"),
            "song": self.tr("Page numbers (SimSun)"),
            "hei": self.tr("First-level headings (SimHei)"),
            "kai": self.tr("Second-level headings (KaiTi)"),
            "xiaobiaosong": self.tr("Title and issuer mark (XiaoBiaoSong)"),
        }
        self.font_role_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for role, title in titles.items():
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.font_role_labels[role] = label
            form.addRow(title, label)
        self.rare_font_label = QLabel()
        self.rare_font_label.setWordWrap(True)
        self.rare_font_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Rare characters in names"), self.rare_font_label)
        self.font_warning = QLabel()
        self.font_warning.setWordWrap(True)
        self.font_warning.setStyleSheet("color: #9c5700;")
        self.templates_button = QPushButton(self.tr("Document &templates…"))
        self.templates_button.setToolTip(self.tr(
            "The text of each kind of document, with versions (administrator)"))
        self.templates_button.clicked.connect(lambda _c=False: self.edit_templates())
        self.templates_button.setVisible(self.may_edit)
        self.templates_dialog: QDialog | None = None
        box = QGroupBox(self.tr("Document fonts"))
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.font_warning)
        self.sheets_button = QPushButton(self.tr("Assessment &indicator sheets…"))
        self.sheets_button.setToolTip(self.tr(
            "The yearly indicator sheets of the quantitative assessment (administrator)"))
        self.sheets_button.clicked.connect(lambda _c=False: self.edit_sheets())
        self.sheets_button.setVisible(self.may_edit)
        row = QHBoxLayout()
        row.addWidget(self.templates_button)
        row.addWidget(self.sheets_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def edit_sheets(self) -> QDialog | None:
        """The indicator-sheet editor (this year's township sheet first), window-modal."""
        from zeren_desktop.domain.enums import UnitKind
        from zeren_desktop.ui.pages.assessment_dialogs import SheetEditor

        if not self.may_edit or self.templates_dialog is not None:
            return None
        dialog = SheetEditor(self.services, dt.date.today().year, UnitKind.TOWNSHIP, self)
        return self._open_window_modal(dialog)

    def _open_window_modal(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def closed(_result: int) -> None:
            self.templates_dialog = None

        dialog.finished.connect(closed)
        self.templates_dialog = dialog
        dialog.open()
        return dialog

    def edit_templates(self) -> QDialog | None:
        """The template editor, window-modal; one at a time."""
        from zeren_desktop.ui.pages.document_dialogs import TemplatesDialog

        if not self.may_edit or self.templates_dialog is not None:
            return None
        return self._open_window_modal(TemplatesDialog(self.services, self))

    def _show_document_fonts(self) -> None:
        try:
            report = self.services.settings.document_fonts()
        except (ZerenError, OSError) as err:
            self.font_warning.setText(error_text(err) if isinstance(err, ZerenError)
                                      else str(err))
            self.font_warning.show()
            return
        for role, source in report.roles:
            if source.chosen:
                text = self.tr("{file} (chosen)")
            elif source.official:
                text = "{file}"
            elif source.bundled:
                text = self.tr("{file} (bundled substitute)")
            else:
                text = self.tr("{file} (substitute)")
            label = self.font_role_labels[str(role)]
            label.setText(text.format(file=source.label))
            label.setToolTip(str(source.path))
        self.rare_font_label.setText(", ".join(source.label for source in report.rare))
        self.rare_font_label.setToolTip("\n".join(str(source.path) for source in report.rare))
        warnings = [self.tr("The chosen font {file} cannot be used: it is not a TrueType"
                            " font, or it may not be embedded.").format(file=path.name)
                    for path in report.unusable]
        if report.fallback_roles:
            warnings.append(self.tr(
                "Official documents print with a substitute font where marked: they are"
                " correct but do not look exactly like official papers. Install FangSong,"
                " SimSun, SimHei, KaiTi and FZ XiaoBiaoSong on this computer to print them"
                " in the official fonts."))
        if not report.rare_fallback_found:
            warnings.append(self.tr(
                "No font for rare characters (CJK extensions A and B) was found: such"
                " characters in names print as empty boxes. Install SimSun-ExtB (Windows)"
                " or the Hanazono fonts (Linux)."))
        self.font_warning.setText("\n\n".join(warnings))
        self.font_warning.setVisible(bool(warnings))

    def _font_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.addItem(self.tr("Automatic (the official font when installed)"), "")
        for path in system_fonts():
            combo.addItem(path.name, str(path))
            combo.setItemData(combo.count() - 1, str(path), Qt.ItemDataRole.ToolTipRole)
        combo.addItem(self.tr("Choose file…"), CHOOSE_FILE)
        return combo

    def _deadlines_box(self) -> QGroupBox:
        days, months = self.tr(" days"), self.tr(" months")
        specs = {
            "investigation_days": (self.tr("&Investigation"), 1, 366, days),
            "proposal_reply_days": (self.tr("&Reply to a proposal"), 1, 366, days),
            "execution_report_months": (self.tr("Report on &execution"), 1, 36, months),
            "org_handling_months": (self.tr("Organisational &handling"), 1, 12, months),
        }
        self.deadline_spins: dict[str, QSpinBox] = {}
        box = QGroupBox(self.tr("Deadlines"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for name, (title, low, high, unit) in specs.items():
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setSuffix(unit)
            spin.setMinimumWidth(120)
            self.deadline_spins[name] = spin
            form.addRow(title, self._with_error(name, spin))
        return box

    def _backup_box(self) -> QGroupBox:
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_backup_button = QPushButton(self.tr("C&hange…"))
        self.change_backup_button.clicked.connect(self.choose_backup_folder)
        self.default_backup_button = QPushButton(self.tr("&Beside the database"))
        self.default_backup_button.setToolTip(self.tr(
            "Keep the backups in the folder “backups” beside the database"))
        self.default_backup_button.clicked.connect(self.reset_backup_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_backup_button)
        buttons.addWidget(self.default_backup_button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Backup folder"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.backup_label)
        layout.addLayout(buttons)
        layout.addWidget(self._error_for("backup_dir"))
        return box

    def _templates_box(self) -> QGroupBox:
        """The responsibility list templates (administrator only)."""
        self.templates_button = QPushButton(self.tr("Responsibility list te&mplates…"))
        self.templates_button.clicked.connect(self.edit_list_templates)
        note = QLabel(self.tr(
            "The items every new responsibility list is copied from, per kind of list."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        self.sheets_button = QPushButton(self.tr("Assessment &indicator sheets…"))
        self.sheets_button.setToolTip(self.tr(
            "The yearly indicator sheets of the quantitative assessment (administrator)"))
        self.sheets_button.clicked.connect(lambda _c=False: self.edit_sheets())
        self.sheets_button.setVisible(self.may_edit)
        row = QHBoxLayout()
        row.addWidget(self.templates_button)
        row.addWidget(self.sheets_button)
        row.addStretch(1)
        box = QGroupBox(self.tr("Responsibility lists"))
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(row)
        actor = self.services.actor
        box.setVisible(actor is not None and actor.can(Permission.MANAGE_SETTINGS))
        return box

    # -- phrases (常用语)

    def _phrases_box(self) -> QGroupBox:
        """The phrases each text field offers (its button or F4): per field, a list the
        administrator edits (add, change in place, remove, move, restore the shipped ones)
        and saves with this section's own button; others read it."""
        self.phrase_drafts: dict[str, list[str]] = {}   # changed, not yet saved
        self.phrase_field_list = QListWidget()
        self.phrase_list = QListWidget()
        self.phrase_list.setWordWrap(True)
        self.phrase_list.setMinimumHeight(180)
        self.new_phrase_edit = QLineEdit()
        self.new_phrase_edit.setMaxLength(500)
        self.new_phrase_edit.setPlaceholderText(self.tr("A new phrase; Enter adds it"))
        self.new_phrase_edit.returnPressed.connect(self.add_phrase)
        self.add_phrase_button = QPushButton(self.tr("Add"))
        self.add_phrase_button.clicked.connect(self.add_phrase)
        self.remove_phrase_button = QPushButton(self.tr("Remo&ve"))
        self.remove_phrase_button.clicked.connect(self.remove_phrase)
        self.phrase_up_button = QPushButton(self.tr("U&p"))
        self.phrase_up_button.clicked.connect(lambda _c=False: self.move_phrase(-1))
        self.phrase_down_button = QPushButton(self.tr("Do&wn"))
        self.phrase_down_button.clicked.connect(lambda _c=False: self.move_phrase(1))
        self.restore_phrases_button = QPushButton(self.tr("Restore def&aults"))
        self.restore_phrases_button.setToolTip(self.tr(
            "The phrases the program shipped with, for this field"))
        self.restore_phrases_button.clicked.connect(self.restore_phrases)
        self.save_phrases_button = QPushButton(self.tr("Save phrases"))
        self.save_phrases_button.clicked.connect(self.save_phrases)
        self.phrases_status = QLabel()
        self.phrases_status.setWordWrap(True)
        note = QLabel(self.tr(
            "What a text field offers with its “Phrases” button or F4. Double-click a phrase"
            " to change it."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")

        new_row = QHBoxLayout()
        new_row.addWidget(self.new_phrase_edit, 1)
        new_row.addWidget(self.add_phrase_button)
        buttons = QHBoxLayout()
        for button in (self.remove_phrase_button, self.phrase_up_button,
                       self.phrase_down_button, self.restore_phrases_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_phrases_button)
        editor = QVBoxLayout()
        editor.addWidget(self.phrase_list, 1)
        editor.addLayout(new_row)
        editor.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addWidget(self.phrase_field_list)
        columns.addLayout(editor, 1)
        box = QGroupBox(self.tr("Phrases"))
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(columns)
        layout.addWidget(self.phrases_status)

        try:
            fields = self.services.phrases.fields()
        except ZerenError:
            box.hide()  # a role that reads no records (the auditor)
            return box
        for field in fields:
            item = QListWidgetItem(field_label(field))
            item.setData(Qt.ItemDataRole.UserRole, field)
            item.setToolTip(field)
            self.phrase_field_list.addItem(item)
        # As wide as the longest field name (within bounds); the phrases take the rest.
        self.phrase_field_list.setFixedWidth(min(max(
            self.phrase_field_list.sizeHintForColumn(0) + 30, 140), 300))
        self.phrase_field_list.currentRowChanged.connect(lambda _row: self._show_phrases())
        self.phrase_list.itemChanged.connect(lambda _item: self._phrases_edited())
        for widget in (self.new_phrase_edit, self.add_phrase_button, self.remove_phrase_button,
                       self.phrase_up_button, self.phrase_down_button,
                       self.restore_phrases_button, self.save_phrases_button):
            widget.setVisible(self.may_edit)
        self.phrase_field_list.setCurrentRow(0)
        return box

    def phrase_field(self) -> str:
        item = self.phrase_field_list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
        return value if isinstance(value, str) else ""

    def shown_phrases(self) -> list[str]:
        return [self.phrase_list.item(row).text() for row in range(self.phrase_list.count())]

    def _show_phrases(self, select: int = -1) -> None:
        field = self.phrase_field()
        if not field:
            return
        phrases = self.phrase_drafts.get(field)
        if phrases is None:
            try:
                phrases = self.services.phrases.phrases(field)
            except ZerenError as err:
                self._phrase_status(error_text(err), failed=True)
                phrases = []
        self.phrase_list.blockSignals(True)
        self.phrase_list.clear()
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.may_edit:
            flags |= Qt.ItemFlag.ItemIsEditable
        for phrase in phrases:
            item = QListWidgetItem(phrase)
            item.setFlags(flags)
            self.phrase_list.addItem(item)
        self.phrase_list.blockSignals(False)
        if 0 <= select < self.phrase_list.count():
            self.phrase_list.setCurrentRow(select)
        self._show_phrase_state()

    def _phrases_edited(self, select: int = -1) -> None:
        """Keep the field's list as shown now, to be saved."""
        self.phrase_drafts[self.phrase_field()] = self.shown_phrases()
        if select >= 0:
            self._show_phrases(select)
        self._show_phrase_state()

    def _show_phrase_state(self) -> None:
        pending = [field_label(f) for f in self.phrase_drafts]
        self.save_phrases_button.setEnabled(bool(pending))
        if pending:
            self._phrase_status(self.tr("Not saved yet: {fields}").format(
                fields="、".join(pending)), failed=False, pending=True)

    def _phrase_status(self, text: str, failed: bool, pending: bool = False) -> None:
        self.phrases_status.setText(text)
        colour = "#c00000" if failed else "#9c5700" if pending else "#006000"
        self.phrases_status.setStyleSheet(f"color: {colour};")

    def add_phrase(self) -> None:
        text = " ".join(self.new_phrase_edit.text().split())
        if not self.may_edit or not text or not self.phrase_field():
            return
        phrases = self.shown_phrases()
        if text not in phrases:
            phrases.append(text)
        self.phrase_drafts[self.phrase_field()] = phrases
        self.new_phrase_edit.clear()
        self._show_phrases(phrases.index(text))

    def remove_phrase(self) -> None:
        row = self.phrase_list.currentRow()
        if not self.may_edit or row < 0:
            return
        phrases = self.shown_phrases()
        del phrases[row]
        self.phrase_drafts[self.phrase_field()] = phrases
        self._show_phrases(min(row, len(phrases) - 1))

    def move_phrase(self, step: int) -> None:
        row = self.phrase_list.currentRow()
        phrases = self.shown_phrases()
        if not self.may_edit or not 0 <= row < len(phrases) \
                or not 0 <= row + step < len(phrases):
            return
        phrases[row], phrases[row + step] = phrases[row + step], phrases[row]
        self.phrase_drafts[self.phrase_field()] = phrases
        self._show_phrases(row + step)

    def restore_phrases(self) -> None:
        field = self.phrase_field()
        if not self.may_edit or not field:
            return
        try:
            self.phrase_drafts[field] = self.services.phrases.default_phrases(field)
        except ZerenError as err:
            self._phrase_status(error_text(err), failed=True)
            return
        self._show_phrases()

    def save_phrases(self) -> bool:
        """Save the changed fields' phrases; False, with the reason shown, if refused."""
        if not self.may_edit:
            return False
        for field in list(self.phrase_drafts):
            try:
                self.services.phrases.set_phrases(field, self.phrase_drafts[field])
            except ZerenError as err:
                self._phrase_status(self.tr("{field}: {message}").format(
                    field=field_label(field), message=error_text(err)), failed=True)
                return False
            del self.phrase_drafts[field]
        self._show_phrases(self.phrase_list.currentRow())
        self._phrase_status(self.tr("The phrases were saved."), failed=False)
        return True

    def edit_list_templates(self) -> None:
        from zeren_desktop.ui.pages.lists_page import TemplatesDialog

        try:
            dialog = TemplatesDialog(self.services, self)
        except ZerenError as err:
            self._status(error_text(err), failed=True)
            return
        self.templates_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _encryption_box(self) -> QGroupBox:
        """Encryption at rest (administrator only): status, Encrypt…, Decrypt…, Export key…"""
        self.encryption_task: Task | None = None
        self.last_encryption: EncryptionResult | None = None
        self.encryption_label = QLabel()
        self.encryption_label.setWordWrap(True)
        self.encryption_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.encrypt_button = QPushButton(self.tr("&Encrypt…"))
        self.encrypt_button.clicked.connect(self.encrypt_database)
        self.decrypt_button = QPushButton(self.tr("&Decrypt…"))
        self.decrypt_button.clicked.connect(self.decrypt_database)
        self.export_key_button = QPushButton(self.tr("E&xport key…"))
        self.export_key_button.clicked.connect(self.export_key)
        buttons = QHBoxLayout()
        for button in (self.encrypt_button, self.decrypt_button, self.export_key_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QGroupBox(self.tr("Encryption at rest"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.encryption_label)
        layout.addLayout(buttons)
        return box

    def encryption_status(self) -> EncryptionStatus | None:
        try:
            return self.services.encryption.status()
        except ZerenError as err:
            self.encryption_label.setText(error_text(err))
            return None

    def _show_encryption(self) -> None:
        box_visible = self.may_edit
        self.encryption_box.setVisible(box_visible)
        if not box_visible:
            return
        status = self.encryption_status()
        busy = self.encryption_task is not None
        buttons = (self.encrypt_button, self.decrypt_button, self.export_key_button)
        if status is None:
            for button in buttons:
                button.hide()
            return
        if not status.available:
            self.encryption_label.setText(self.tr(
                "Encryption is not available: this installation has no encryption support"
                " (the sqlcipher3 package)."))
            for button in buttons:
                button.hide()
            return
        if not status.encrypted:
            text = self.tr("The database is not encrypted.")
        elif status.key_source == "passphrase":
            text = self.tr("The database is encrypted; its key is a passphrase, asked at"
                           " every start.")
        elif status.key_source == "env":
            text = self.tr("The database is encrypted; its key comes from ZEREN_DB_KEY.")
        else:
            text = self.tr("The database is encrypted; its key is in the key file {file}."
                           ).format(file=status.key_file or "-")
        self.encryption_label.setText(text)
        self.encrypt_button.setVisible(not status.encrypted)
        self.decrypt_button.setVisible(status.encrypted)
        self.export_key_button.setVisible(status.encrypted and status.key_file is not None)
        for button in buttons:
            button.setEnabled(not busy and not self.services.read_only)

    def encrypt_database(self) -> None:
        if not self.may_edit or self.encryption_task is not None:
            return
        answer = QMessageBox.question(self, self.tr("Encrypt the database"), self.tr(
            "Encrypt the database on this computer's disk?\n\n"
            "A backup is made first. Then the database is stored encrypted. Its key is kept"
            " in a key file in this computer's settings folder, so the program opens the"
            " database without asking; or, if you enter a passphrase next, the program asks"
            " for it at every start instead.\n\n"
            "Without the key nobody can read the database, not even you: after encrypting,"
            " export an escrow copy of the key (Export key…) to a USB stick and keep it in"
            " the office safe."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase, accepted = QInputDialog.getText(
            self, self.tr("Encrypt the database"), self.tr(
                "Passphrase (optional). Leave it empty to keep the key in a key file on this"
                " computer; a passphrase is asked at every start and cannot be recovered if"
                " forgotten."), QLineEdit.EchoMode.Password)
        if not accepted:
            return
        self._run_encryption(self.services.encryption.encrypt, self._encrypted,
                             self.tr("Encrypting the database…"), passphrase or None)

    def decrypt_database(self) -> None:
        if not self.may_edit or self.encryption_task is not None:
            return
        answer = QMessageBox.question(self, self.tr("Decrypt the database"), self.tr(
            "Store the database unencrypted again?\n\n"
            "A backup (encrypted) is made first. The key file is kept: the encrypted"
            " backups still need it."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run_encryption(self.services.encryption.decrypt, self._decrypted,
                             self.tr("Decrypting the database…"))

    def _run_encryption(self, fn: object, done: object, what: str, *args: object) -> None:
        assert callable(fn) and callable(done)
        self.encryption_label.setText(what)
        task = run_task(fn, *args, progress_label=what, parent=self.window())
        if task.dialog is not None:
            task.dialog.setMinimumDuration(0)
            task.dialog.show()
        task.succeeded.connect(done)
        task.failed.connect(self._encryption_failed)
        task.finished.connect(self._encryption_finished)
        self.encryption_task = task
        self._show_encryption()

    def _encryption_finished(self) -> None:
        self.encryption_task = None
        self._show_encryption()

    def _encryption_failed(self, error: object) -> None:
        if not isinstance(error, ZerenError):
            assert isinstance(error, BaseException)
            raise error  # a bug: the crash handler logs it
        QMessageBox.warning(self, self.tr("Encryption at rest"), error_text(error))

    def _encrypted(self, result: object) -> None:
        assert isinstance(result, EncryptionResult)
        self.last_encryption = result
        if result.key_source == "passphrase":
            where = self.tr("Its key is your passphrase: the program asks for it at every"
                            " start.")
        elif result.key_source == "env":
            where = self.tr("Its key comes from ZEREN_DB_KEY.")
        else:
            where = self.tr("Its key is in the key file {file}. Export an escrow copy of it"
                            " now (Export key…) and keep it in the office safe.").format(
                                file=result.key_file or "-")
        QMessageBox.information(self, self.tr("Encrypt the database"), self.tr(
            "The database is encrypted. {where}\n\n"
            "Note: the backup made before encrypting ({backup}) and the older backups are"
            " NOT encrypted. Keep them somewhere safe or delete them by the office's"
            " rules.").format(where=where, backup=result.backup))

    def _decrypted(self, result: object) -> None:
        assert isinstance(result, EncryptionResult)
        self.last_encryption = result
        QMessageBox.information(self, self.tr("Decrypt the database"), self.tr(
            "The database is stored unencrypted again. The backup made before ({backup}) is"
            " encrypted; the key file was kept for it.").format(backup=result.backup))

    def export_key(self) -> None:
        if not self.may_edit:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the key"), "zeren-database.key",
            self.tr("Key files (*.key);;All files (*)"))
        if not chosen:
            return
        try:
            written = self.services.encryption.export_key(Path(chosen))
        except ZerenError as err:
            QMessageBox.warning(self, self.tr("Export the key"), error_text(err))
            return
        except OSError as err:
            QMessageBox.warning(self, self.tr("Export the key"), self.tr(
                "The key could not be written: {reason}").format(reason=err.strerror or err))
            return
        QMessageBox.information(self, self.tr("Export the key"), self.tr(
            "The key was written to {file}. Whoever has this file can read the database and"
            " its encrypted backups: keep it in the office safe, not on this computer."
            ).format(file=written))

    def _error_for(self, name: str) -> QLabel:
        label = error_label()
        self.field_errors[name] = label
        return label

    def _with_error(self, name: str, widget: QWidget) -> QWidget:
        """The field with its error line below it (hidden until needed)."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(self._error_for(name))
        self.field_widgets[name] = widget
        return holder

    def _apply_permissions(self) -> None:
        editable = self.may_edit
        for edit in (self.office_edit, self.issuer_name_edit, self.issuer_short_edit,
                     *self.prefix_edits.values()):
            edit.setReadOnly(not editable)
        for spin in self.deadline_spins.values():
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows if editable
                                  else QSpinBox.ButtonSymbols.NoButtons)
        for combo in self.font_combos.values():
            combo.setEnabled(editable)
        self.change_backup_button.setVisible(editable)
        self.default_backup_button.setVisible(editable)
        self.save_button.setVisible(editable)
        self.read_only_note.setVisible(not editable)
        self._show_encryption()

    # -- values

    def load(self) -> None:
        """Show the saved values (and forget unsaved changes)."""
        services = self.services
        self.office_edit.setText(services.office_name())
        data = services.settings.office_settings()
        self.issuer_name_edit.setText(data.issuer_name)
        self.issuer_short_edit.setText(data.issuer_short)
        for kind, edit in self.prefix_edits.items():
            edit.setText(data.prefix(kind))
            self.example_labels[kind].setText(number_example(data.prefix(kind)))
        for name, combo in self.font_combos.items():
            self._select_font(combo, str(getattr(data, name)))
        for name, spin in self.deadline_spins.items():
            spin.setValue(int(getattr(data, name)))
        self.backup_choice = None
        self.backup_reset = False
        self._show_backup_folder()
        self._show_document_fonts()
        self._clear_errors()

    def office_settings(self) -> OfficeSettings:
        """The settings as entered."""
        data = self.services.settings.office_settings()
        fonts = {name: str(combo.currentData() or "") for name, combo in
                 self.font_combos.items()}
        deadlines = {name: spin.value() for name, spin in self.deadline_spins.items()}
        return replace(
            data, issuer_name=self.issuer_name_edit.text(),
            issuer_short=self.issuer_short_edit.text(),
            number_prefixes=tuple((kind, edit.text()) for kind, edit in
                                  self.prefix_edits.items() if edit.text().strip()),
            **fonts, **deadlines)  # type: ignore[arg-type]

    def _show_backup_folder(self) -> None:
        if self.backup_choice is not None:
            self.backup_label.setText(self.tr("{folder} (not saved yet)").format(
                folder=self.backup_choice))
            return
        try:
            folder = str(self.services.backups.backup_folder())
        except ZerenError as err:
            folder = error_text(err)
        if self.backup_reset:
            folder = self.tr("“backups” beside the database (not saved yet)")
        self.backup_label.setText(folder)

    def _select_font(self, combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        if index < 0:
            # A file chosen before (or on another computer): listed by its name.
            combo.insertItem(combo.count() - 1, Path(value).name, value)
            combo.setItemData(combo.count() - 2, value, Qt.ItemDataRole.ToolTipRole)
            index = combo.count() - 2
        combo.setCurrentIndex(index)
        combo.setProperty("previous", index)

    def _font_activated(self, combo: QComboBox, index: int) -> None:
        if combo.itemData(index) != CHOOSE_FILE:
            combo.setProperty("previous", index)
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a TrueType font"), "",
            self.tr("TrueType fonts (*.ttf *.ttc *.TTF *.TTC)"))
        if chosen:
            self._select_font(combo, str(Path(chosen)))
        else:
            previous = combo.property("previous")
            combo.setCurrentIndex(previous if isinstance(previous, int) else 0)

    def choose_backup_folder(self) -> None:
        current = self.backup_choice or self.backup_label.text()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), str(current))
        if chosen:
            self.backup_choice = Path(chosen)
            self.backup_reset = False
            self._show_backup_folder()

    def reset_backup_folder(self) -> None:
        self.backup_choice = None
        self.backup_reset = True
        self._show_backup_folder()

    # -- saving

    def _clear_errors(self) -> None:
        for label in self.field_errors.values():
            label.hide()
        self.status_label.setText("")
        self.status_label.setStyleSheet("")

    def _field_error(self, field: str, text: str) -> None:
        label = self.field_errors.get(field)
        if label is None:
            self._status(text, failed=True)
            return
        label.setText(text)
        label.show()
        self._status(self.tr("Nothing was saved: correct the field marked in red."),
                     failed=True)
        widget = self.field_widgets.get(field)
        if widget is not None:
            widget.setFocus()

    def _status(self, text: str, failed: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #c00000;" if failed else "color: #006000;")

    def save(self) -> bool:
        """Save every section (administrator); False, with the reason shown, if not."""
        if not self.may_edit:
            return False
        self._clear_errors()
        services = self.services
        backup_dir: Path | Unchanged | None = UNCHANGED
        if self.backup_choice is not None or self.backup_reset:
            backup_dir = self.backup_choice
        try:
            # One transaction: a refusal of any part leaves everything as it was.
            services.settings.save_settings(self.office_settings(), self.office_edit.text(),
                                            backup_dir)
        except ValidationError as err:
            self._field_error(err.field, error_text(err))
            return False
        except ZerenError as err:
            self._status(error_text(err), failed=True)
            return False
        self.load()
        self._status(self.tr("Saved."))
        self.office_renamed.emit(services.office_name())
        self.saved.emit()
        return True

    def save_office_name(self) -> None:
        """Kept for callers of the former page: saves every section."""
        self.save()

    # -- language (this computer's, saved at once)

    def _language_chosen(self, index: int) -> None:
        if not 0 <= index < len(LANGUAGES):
            return
        settings = load_settings()
        settings.language = LANGUAGES[index]
        save_settings(settings)
        self.language_note.setText(self.tr(
            "Saved. The new language takes effect after a restart."))
