"""Make the screenshots: `python -m tests.gui.screenshot [FOLDER]`.

Loads the demo county into a fresh database and grabs, at 1280x800:

- docs/screenshot-main.png: the main window as the demo clerk, Units & cadres, the
  clerk's township selected (Chinese); docs/screenshot-main-en.png the same in English;
- docs/screenshot-first-run.png: the first-run wizard's first page (Chinese), and
  docs/screenshot-first-run-en.png in English;
- docs/screenshot-login.png: the login dialog;
- docs/screenshot-assessment.png: the reviewer's ranking of the townships with its chart;
- docs/screenshot-home.png, -ledger.png, -meetings.png, -lists.png, -clues.png, -cases.png,
  -documents.png, -statistics.png: the clerk's dashboard, duty ledger, meetings,
  responsibility lists, clues,
  accountability cases, documents and statistics;
- FOLDER (default docs/shots, not committed) also gets the first-administrator dialog,
  the accounts page (administrator), the audit trail page (auditor), the other pages of
  the first-run wizard, the settings page, the document templates, the printed roster's
  note, inspections and talks & integrity files.

Not a test.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SIZE = (1280, 800)
WIZARD_SIZE = (760, 470)
# What a new user on Linux (UOS, Kylin) sees as the default data folder.
FIRST_RUN_FOLDER = "/home/wang/.local/share/ZerenDesktop"


def main(folder: str = "docs/shots") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ZEREN_HOME", tempfile.mkdtemp(prefix="zeren-shot-"))
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from zeren_desktop.domain.records import UnitInput
    from zeren_desktop.services.app import Services
    from zeren_desktop.services.demo import DEMO_PASSWORD, load_demo
    from zeren_desktop.services.settings import OfficeSettings
    from zeren_desktop.ui.first_run import FirstRunWizard
    from zeren_desktop.ui.i18n import (
        install_translators,
        load_bundled_font,
        set_application_icon,
    )
    from zeren_desktop.ui.login import FirstAdministratorDialog, LoginDialog
    from zeren_desktop.ui.main_window import MainWindow

    app = QApplication([])
    load_bundled_font(app)
    set_application_icon(app)
    install_translators("zh_CN")
    shots = Path(folder)
    shots.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save_window(window: QWidget, out: Path) -> None:
        window.resize(*SIZE)
        window.show()
        app.processEvents()
        if window.grab().save(str(out)):
            written.append(out)

    def save_dialog(dialog: QWidget, out: Path, resize: bool = True) -> None:
        """A dialog at its own size, centred on a 1280x800 desktop-coloured canvas."""
        dialog.show()
        if resize:
            dialog.adjustSize()
        app.processEvents()
        image = dialog.grab()
        canvas = QPixmap(*SIZE)
        canvas.fill(QColor("#3a6ea5"))
        painter = QPainter(canvas)
        painter.drawPixmap(QPoint((SIZE[0] - image.width()) // 2,
                                  (SIZE[1] - image.height()) // 2), image)
        painter.end()
        if canvas.save(str(out)):
            written.append(out)
        dialog.close()

    def first_run(language: str, out: Path, pages: bool) -> None:
        """The first-run wizard as a new user sees it (data folder in the user's home)."""
        install_translators(language)
        wizard = FirstRunWizard()
        wizard.folder_page.folder_edit.setText(FIRST_RUN_FOLDER)
        wizard.folder_page.folder_edit.deselect()
        wizard.resize(*WIZARD_SIZE)
        save_dialog(wizard, out, resize=False)
        if pages:
            with tempfile.TemporaryDirectory() as folder:
                wizard.services = Services.open(Path(folder) / "zeren.sqlite")
                try:
                    for name, page_id in (("first-run-admin", 1), ("first-run-data", 2),
                                          ("first-run-tour", wizard.tour_ids[1])):
                        wizard.setStartId(wizard.pageIds()[page_id] if page_id < 3
                                          else page_id)
                        wizard.restart()
                        if name == "first-run-admin":
                            form = wizard.admin_page.form
                            assert form is not None
                            form.display_name_edit.setText("王建华")
                        save_dialog(wizard, shots / f"{name}-{language}.png", resize=False)
                finally:
                    wizard.services.close()
        wizard.deleteLater()
        install_translators("zh_CN")

    first_run("zh_CN", Path("docs/screenshot-first-run.png"), pages=True)
    first_run("en", Path("docs/screenshot-first-run-en.png"), pages=True)

    with tempfile.TemporaryDirectory() as temp:
        with Services.open(Path(temp) / "new.sqlite") as empty:
            first = FirstAdministratorDialog(empty)
            first.display_name_edit.setText("王建华")
            save_dialog(first, shots / "first-admin.png")

        with Services.open(Path(temp) / "zeren.sqlite") as services:
            load_demo(services)
            login = LoginDialog(services, username="clerk")
            login.password_edit.setText("x" * 12)
            save_dialog(login, Path("docs/screenshot-login.png"))
            login.error_label.setText(
                QApplication.translate("Accounts", "The user name or the password is wrong."))
            login.error_label.show()
            save_dialog(login, shots / "login-wrong-password.png")

            actor = services.auth.sign_in("clerk", DEMO_PASSWORD)
            town = actor.scope_unit_id
            assert town is not None
            unit = services.units.get(town)
            services.units.update(town, UnitInput(unit.name, unit.kind, unit.parent_id,
                                                  unit.short_name, unit.credit_code,
                                                  "2026年一季度台账已核对"))
            window = MainWindow(services)
            save_window(window, Path("docs/screenshot-home.png"))  # the clerk's dashboard
            window.show_area_key("ledger")
            assert window.ledger_page is not None
            window.ledger_page.table.selectRow(0)
            save_window(window, Path("docs/screenshot-ledger.png"))
            window.show_area_key("meetings")
            meetings = window.meetings_page
            assert meetings is not None
            meetings.table.selectRow(0)
            save_window(window, Path("docs/screenshot-meetings.png"))
            if meetings.rows:
                from zeren_desktop.ui.pages.meetings_page import MeetingDialog

                meeting = MeetingDialog(services, meetings.rows[0].id, parent=window)
                meeting.show()
                app.processEvents()
                if meeting.grab().save(str(shots / "meeting-dialog.png")):
                    written.append(shots / "meeting-dialog.png")
                meeting.close()
                meeting.deleteLater()
            window.show_area_key("lists")
            lists = window.lists_page
            assert lists is not None
            # A cadre's list with work still open shows the item statuses best.
            pick = max(range(len(lists.rows)), key=lambda i: (
                lists.rows[i].cadre_id is not None, lists.rows[i].items - lists.rows[i].done))
            lists.table.selectRow(pick)
            save_window(window, Path("docs/screenshot-lists.png"))
            window.show_area_key("inspections")
            save_window(window, shots / "inspections.png")
            window.show_area_key("clues")
            clues = window.clues_page
            assert clues is not None
            clues.table.selectRow(0)
            save_window(window, Path("docs/screenshot-clues.png"))
            window.show_area_key("cases")
            cases = window.cases_page
            assert cases is not None
            # A case under appeal shows the stage strip, the decision and the appeal.
            pick = next((r.id for r in cases.case_rows if r.open_appeals),
                        cases.case_rows[0].id)
            cases.select_case(pick)
            save_window(window, Path("docs/screenshot-cases.png"))
            window.show_area_key("integrity")
            save_window(window, shots / "integrity.png")
            window.show_area_key("statistics")
            statistics = window.statistics_page
            assert statistics is not None
            while statistics.loading is not None:  # counted in the worker
                app.processEvents()
            save_window(window, Path("docs/screenshot-statistics.png"))
            window.show_area_key("documents")
            documents = window.documents_page
            assert documents is not None
            # A signed decision shows the number, the sign-off trail and the code.
            pick = next((r.id for r in documents.rows
                         if r.signed and r.kind.value == "decision"), documents.rows[0].id)
            documents.show_document(pick)
            save_window(window, Path("docs/screenshot-documents.png"))
            window.show_area_key("units")
            page = window.units_page
            assert page is not None
            page.select_unit(town)
            page.cadre_table.selectRow(0)
            save_window(window, Path("docs/screenshot-main.png"))
            window.close()
            window.deleteLater()
            install_translators("en")
            window = MainWindow(services)
            window.show_area_key("units")  # the clerk lands on the dashboard
            page = window.units_page
            assert page is not None
            page.select_unit(town)
            page.cadre_table.selectRow(0)
            save_window(window, Path("docs/screenshot-main-en.png"))
            window.close()
            window.deleteLater()
            install_translators("zh_CN")
            services.auth.sign_out()

            services.auth.sign_in("reviewer", DEMO_PASSWORD)
            window = MainWindow(services)
            save_window(window, shots / "main-reviewer.png")
            # The county's ranking of the townships, with the year before in grey.
            window.show_area_key("assessment")
            assessment = window.assessment_page
            assert assessment is not None
            assessment.tabs.setCurrentIndex(1)
            save_window(window, Path("docs/screenshot-assessment.png"))
            window.close()
            services.auth.sign_out()

            services.auth.sign_in("admin", DEMO_PASSWORD)
            services.settings.set_office_settings(OfficeSettings(
                issuer_name="中共青山县纪律检查委员会", issuer_short="青纪",
                number_prefixes=(("decision", "青纪发"), ("notice", "青纪通"),
                                 ("proposal", "青纪建")), investigation_days=60))
            window = MainWindow(services)
            window.show_area_key("settings")
            save_window(window, shots / "settings.png")
            templates = window.settings_page.edit_templates()
            assert templates is not None
            save_dialog(templates, shots / "document-templates.png", resize=False)
            window.settings_page.prefix_edits["report"].setText("青纪〔2026〕")
            window.settings_page.save()
            save_window(window, shots / "settings-error.png")
            window.close()
            window = MainWindow(services)
            window.show_area_key("accounts")
            assert window.accounts_page is not None
            window.accounts_page.select_user("clerk")
            save_window(window, shots / "accounts.png")
            window.close()
            services.auth.sign_out()

            services.auth.sign_in("auditor", DEMO_PASSWORD)
            window = MainWindow(services)
            audit = window.audit_page
            assert audit is not None
            rows = audit.model.rows()
            row = next(i for i, r in enumerate(rows) if r.action == "unit.update")
            audit.table.selectRow(row)
            audit.verify()
            save_window(window, shots / "audit.png")
            window.close()
            services.auth.sign_out()

            window = MainWindow(services)  # nobody signed in
            save_window(window, shots / "not-signed-in.png")
            window.close()
    for path in written:
        print(f"wrote {path}")
    return 0 if len(written) == 31 else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
