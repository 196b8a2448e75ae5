"""Translators and fonts: Chinese is the default language and must never show as boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSize, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from zeren_desktop.paths import i18n_dir, resources_dir

CJK_FAMILY = "WenQuanYi Micro Hei"
_installed: list[QTranslator] = []


def load_bundled_font(app: QApplication) -> list[str]:
    """Register the shipped CJK font and append it as a fallback to the default font."""
    font_file = resources_dir() / "fonts" / "wqy-microhei.ttc"
    families: list[str] = []
    if font_file.is_file():
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id >= 0:
            families = list(QFontDatabase.applicationFontFamilies(font_id))
    if not families:
        return []
    font = QFont(app.font())
    current = list(font.families()) or [font.family()]
    wanted = [f for f in current if f] + [f for f in families if f not in current]
    font.setFamilies(wanted)
    app.setFont(font)
    return families


def set_application_icon(app: QApplication) -> None:
    """The red seal icon, in every size shipped, for windows, the task bar and dialogs."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = resources_dir() / "icons" / f"zeren-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    if not icon.isNull():
        app.setWindowIcon(icon)


def _load(translator: QTranslator, name: str, folder: Path | str) -> bool:
    return bool(translator.load(name, str(folder)))


def install_translators(language: str) -> list[QTranslator]:
    """Install Qt's and our translations for `language`; missing files are tolerated.

    The translators are kept referenced here so that Python does not collect them.
    Returns those that loaded.
    """
    remove_translators()
    app = QCoreApplication.instance()
    if app is None:
        return []
    loaded: list[QTranslator] = []
    if language != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if _load(qt, f"qtbase_{language}", qt_folder):
            loaded.append(qt)
    ours = QTranslator(app)
    try:
        folder: Path | None = i18n_dir()
    except FileNotFoundError:
        folder = None
    if folder is not None and _load(ours, f"zeren_{language}", folder):
        loaded.append(ours)
    for translator in loaded:
        QCoreApplication.installTranslator(translator)
    _installed.extend(loaded)
    QLocale.setDefault(QLocale(language))
    return loaded


def remove_translators() -> None:
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
