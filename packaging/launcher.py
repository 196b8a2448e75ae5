"""Entry point of the frozen program: one executable serves the GUI and the CLI.

    zeren-desktop [--smoke-test] [--db PATH] [--lang zh_CN|en]   the desktop program
    zeren-desktop cli COMMAND ...                                 the `zeren` CLI
    zeren COMMAND ...                                             the CLI, when the file is
                                                                  named zeren / zeren.exe

The one-folder build ships both names (`zeren-desktop` windowed, `zeren` console) next
to one shared `_internal/` folder; the one-file build is `zeren-desktop` only, and its
CLI is `zeren-desktop cli ...`.

`zeren-desktop --bundle-info` prints, as JSON, what the frozen program finds: its
migrations, fonts, our translations and Qt's, and whether the PDF preview renders and
prints (tests/test_packaging.py reads it).
`zeren-desktop --input-check SECONDS` shows a text field for typing Chinese through the
input method and prints what arrived (packaging/ime_check.sh drives it under Xvfb).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

CLI_NAMES = {"zeren"}
# Arguments that print something: a windowed Windows build attaches to the console of
# the terminal that started it so that the output is seen (see _attach_console).
PRINTING_ARGS = {"cli", "--smoke-test", "--bundle-info", "--input-check", "--version", "-h",
                 "--help"}


def _attach_console() -> None:
    """Windows, windowed build: write to the parent terminal's console if there is one.

    A windowed (GUI subsystem) executable has no console and PyInstaller leaves
    sys.stdout/sys.stderr as None; `zeren-desktop cli ...` would print nothing.
    """
    if os.name != "nt" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return  # started from Explorer: no console to write to
    sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    sys.stdin = open("CONIN$", encoding="utf-8", errors="replace")  # noqa: SIM115


def bundle_info() -> dict[str, Any]:
    """What the program finds where it runs: the check of a build, without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QFontDatabase, QGuiApplication
    from PySide6.QtWidgets import QApplication

    from zeren_desktop import __version__, paths
    from zeren_desktop.storage.migrate import script_directory

    _app = QApplication.instance() or QApplication([sys.argv[0]])  # kept alive until return
    info: dict[str, Any] = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "meipass": getattr(sys, "_MEIPASS", None),
    }
    script = script_directory()
    info["migrations_dir"] = str(paths.migrations_dir())
    info["migration_head"] = script.get_current_head()
    info["migration_count"] = sum(1 for _ in script.walk_revisions())
    info["resources_dir"] = str(paths.resources_dir())
    font = paths.resources_dir() / "fonts" / "wqy-microhei.ttc"
    font_id = QFontDatabase.addApplicationFont(str(font))
    info["font_families"] = list(QFontDatabase.applicationFontFamilies(font_id))
    info["i18n_dir"] = str(paths.i18n_dir())
    info["translations"] = {}
    for qm in sorted(paths.i18n_dir().glob("zeren_*.qm")):
        translator = QTranslator()
        loaded = translator.load(str(qm))
        info["translations"][qm.stem] = {"loaded": loaded, "empty": translator.isEmpty()}
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    info["qt_translations_dir"] = qt_folder
    qt = QTranslator()
    info["qtbase_zh_CN"] = qt.load("qtbase_zh_CN", qt_folder)
    # a string of every Qt dialog: "取消" once Qt's Chinese catalogue is found
    info["qtbase_zh_CN_cancel"] = qt.translate("QPlatformTheme", "Cancel") if info[
        "qtbase_zh_CN"] else ""
    info["qt_plugins"] = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    info["qt_platform"] = QGuiApplication.platformName()
    try:
        import reportlab

        info["reportlab"] = reportlab.Version
    except ImportError:
        info["reportlab"] = None
    info["pdf_preview"] = pdf_preview_check()
    return info


def pdf_preview_check() -> dict[str, Any]:
    """PDFium renders a page and QtPrintSupport prints it (to a PDF file): the preview and
    printing work in this build (the library and print plugins were bundled)."""
    import io
    import tempfile

    from PySide6.QtPrintSupport import QPrinter
    from reportlab.pdfgen import canvas

    from zeren_desktop.ui.widgets.pdf_preview import new_printer, open_pdf, paint_pdf, render_page

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842), invariant=True)
    pdf.rect(100, 100, 395, 642, fill=1)
    pdf.showPage()
    pdf.save()
    try:
        document = open_pdf(buffer.getvalue())
        page = document[0]
        image = render_page(page, 60, 85)
        page.close()
        dark = sum(1 for y in range(image.height()) for x in range(image.width())
                   if image.pixelColor(x, y).lightness() < 128)
        with tempfile.TemporaryDirectory() as folder:
            printer = new_printer("bundle-info")
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setResolution(72)
            printer.setOutputFileName(str(Path(folder) / "printed.pdf"))
            printed = paint_pdf(printer, document)
        document.close()
    except Exception as error:  # the JSON says what failed instead of a traceback
        return {"error": f"{type(error).__name__}: {error}"}
    import pypdfium2

    return {"pages": 1, "dark_pixels": dark, "printed_pages": printed,
            "pdfium": str(pypdfium2.PDFIUM_INFO)}


def input_check(seconds: float) -> dict[str, Any]:
    """A text field on the real display for `seconds`, then what was typed into it.

    For checking Chinese input through the input method on an office PC (or under Xvfb
    with ibus/fcitx, packaging/ime_check.sh): type, wait, read the JSON it prints.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QLineEdit

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    edit = QLineEdit()
    edit.setWindowTitle("Zeren input check")
    edit.setPlaceholderText("请用输入法输入中文 / type Chinese with the input method")
    edit.resize(420, 40)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    return {"text": edit.text(), "platform": QGuiApplication.platformName(),
            "im_module": os.environ.get("QT_IM_MODULE", "")}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    name = Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).stem.lower()
    if PRINTING_ARGS & set(args):
        _attach_console()
    if args == ["--bundle-info"]:
        print(json.dumps(bundle_info(), ensure_ascii=False, indent=1), flush=True)
        return 0
    if args[:1] == ["--input-check"]:
        seconds = float(args[1]) if len(args) > 1 else 30.0
        print(json.dumps(input_check(seconds), ensure_ascii=False), flush=True)
        return 0
    if name in CLI_NAMES or args[:1] == ["cli"]:
        from zeren_desktop.cli import main as cli_main

        return cli_main(args[1:] if args[:1] == ["cli"] else args)
    from zeren_desktop.ui.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
