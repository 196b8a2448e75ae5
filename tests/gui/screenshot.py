"""Make docs/screenshot-main.png: `python -m tests.gui.screenshot [OUT.png]`.

Loads the demo county into a fresh database, selects the Units & cadres area and a
township, and grabs the main window at 1280x800 in Chinese. Not a test.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(out: str = "docs/screenshot-main.png") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ZEREN_HOME", tempfile.mkdtemp(prefix="zeren-shot-"))
    from PySide6.QtWidgets import QApplication

    from zeren_desktop.domain.enums import UnitKind
    from zeren_desktop.services.app import Services
    from zeren_desktop.services.demo import load_demo
    from zeren_desktop.ui.i18n import install_translators, load_bundled_font
    from zeren_desktop.ui.main_window import MainWindow

    app = QApplication([])
    load_bundled_font(app)
    install_translators("zh_CN")
    with tempfile.TemporaryDirectory() as folder, Services.open(
            Path(folder) / "zeren.sqlite") as services:
        load_demo(services)
        window = MainWindow(services)
        window.resize(1280, 800)
        window.show()
        town = next(u for u in services.units.list_all() if u.kind == UnitKind.TOWNSHIP)
        window.units_page.select_unit(town.id)
        window.units_page.cadre_table.selectRow(0)
        app.processEvents()
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(out)
        window.close()
    print(f"wrote {out}" if ok else f"could not write {out}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
