"""The packaged program runs: build the one-folder executable and smoke-test it.

Builds with packaging/build.py into a temporary folder (about a minute on two cores),
then runs the frozen program with a private ZEREN_HOME and the offscreen platform:
`--smoke-test` (migrations, demo data, every page), `--bundle-info` (what the frozen
program finds), and the CLI. The one-file build is made by the same script
(`python packaging/build.py --onefile`), not here: it takes as long again.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller")  # the `build` extra; tasks.py test installs it

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if os.name == "nt" else ""
BUILD_TIMEOUT = 900  # seconds; the build takes about 50-100 s here


class Bundle:
    def __init__(self, folder: Path, size: int, seconds: float, report: str) -> None:
        self.folder = folder
        self.gui = folder / f"zeren-desktop{EXE}"
        self.cli = folder / f"zeren{EXE}"
        self.size = size
        self.seconds = seconds
        self.report = report

    def describe(self) -> str:
        return (f"one-folder build {self.folder}: {self.size / 2**20:.1f} MiB, "
                f"built in {self.seconds:.0f} s\n{self.report}")

    def run(self, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("ZEREN_", "PYTHON"))}
        clean.update({"QT_QPA_PLATFORM": "offscreen", "ZEREN_HOME": str(home), **env})
        return subprocess.run(list(args), env=clean, capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=300, check=False)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    dist = tmp_path_factory.mktemp("dist")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--onedir", "--dist", str(dist),
         "--log-level", "ERROR"],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT, check=False)
    seconds = time.perf_counter() - started
    assert done.returncode == 0, f"build failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}"
    folder = dist / "onedir" / "zeren-desktop"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    report = (dist / "build-size.txt").read_text("utf-8")
    result = Bundle(folder, size, seconds, report)
    print("\n" + result.describe())  # shown with -s / -rP
    return result


def test_smoke_test_passes(bundle: Bundle, tmp_path: Path,
                           record_property: pytest.RecordProperty) -> None:
    record_property("build_size_bytes", bundle.size)
    done = bundle.run(str(bundle.gui), "--smoke-test", home=tmp_path)
    assert done.returncode == 0 and "smoke test ok" in done.stdout, (
        f"{bundle.describe()}\nexit code {done.returncode}\n{done.stdout}\n{done.stderr}")


def test_the_build_finds_migrations_fonts_and_translations(bundle: Bundle,
                                                           tmp_path: Path) -> None:
    from zeren_desktop.storage.migrate import script_directory

    done = bundle.run(str(bundle.gui), "--bundle-info", home=tmp_path)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    meipass = Path(info["meipass"])
    assert info["frozen"] is True
    assert meipass.is_relative_to(bundle.folder)
    source = script_directory()
    assert info["migration_head"] == source.get_current_head()
    assert info["migration_count"] == sum(1 for _ in source.walk_revisions())
    assert Path(info["migrations_dir"]).is_relative_to(meipass)
    assert "WenQuanYi Micro Hei" in info["font_families"]
    assert Path(info["resources_dir"]).is_relative_to(meipass)
    assert Path(info["i18n_dir"]).is_relative_to(meipass)
    assert info["translations"]["zeren_zh_CN"] == {"loaded": True, "empty": False}
    assert info["translations"]["zeren_en"]["loaded"] is True
    # Qt's own catalogue, through QLibraryInfo, as ui/i18n.py loads it: standard
    # dialogs say 取消, not Cancel
    assert info["qtbase_zh_CN"] is True, info["qt_translations_dir"]
    assert info["qtbase_zh_CN_cancel"] == "取消"
    assert info["reportlab"], "ReportLab is not in the build"
    # PDFium (pypdfium2) renders and QtPrintSupport prints: the in-program preview works
    preview = info["pdf_preview"]
    assert "error" not in preview, preview
    assert preview["dark_pixels"] > 1000 and preview["printed_pages"] == 1, preview


def test_cli_version(bundle: Bundle, tmp_path: Path) -> None:
    from zeren_desktop import __version__

    for command in ([str(bundle.cli), "--version"], [str(bundle.gui), "cli", "--version"]):
        done = bundle.run(*command, home=tmp_path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == f"zeren {__version__}", command


def test_frozen_cli_has_the_postgresql_driver(bundle: Bundle, tmp_path: Path) -> None:
    """The county server: a frozen program given a PostgreSQL URL tries the server (none
    listens on port 1) instead of failing to import psycopg."""
    done = bundle.run(str(bundle.cli), "info", "--db",
                      "postgresql+psycopg://nobody@127.0.0.1:1/zeren", home=tmp_path,
                      ZEREN_LANG="en")
    assert done.returncode != 0
    output = done.stdout + done.stderr
    assert "psycopg" not in output.replace("postgresql+psycopg", ""), output
    assert "server cannot be reached" in output, output


def finished_translation(context: str, source: str) -> str | None:
    """The zh_CN translation of a message, if it is finished; else None."""
    root = ET.parse(ROOT / "i18n" / "zeren_zh_CN.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if (message.findtext("source") == source and translation is not None
                    and not translation.get("type") and translation.text):
                return translation.text
    return None


def test_frozen_cli_creates_a_database_in_chinese(bundle: Bundle, tmp_path: Path) -> None:
    from zeren_desktop.storage.migrate import script_directory

    db = tmp_path / "new.sqlite"
    done = bundle.run(str(bundle.cli), "init", "--db", str(db), home=tmp_path,
                      ZEREN_LANG="zh_CN")
    assert done.returncode == 0, done.stderr
    assert db.is_file()
    assert str(script_directory().get_current_head()) in done.stdout
    expected = finished_translation("Cli", "Created a new database.")
    if expected is not None:
        assert expected in done.stdout, done.stdout
    else:
        # The CLI's messages are not translated yet: the catalogue ships all the same.
        assert (bundle.folder / "_internal" / "zeren_desktop" / "i18n" / "zeren_zh_CN.qm"
                ).is_file()


@pytest.mark.skipif(sys.platform != "linux" or not all(
    shutil.which(tool) for tool in ("Xvfb", "xdotool", "ibus-daemon", "dbus-launch")),
    reason="needs Xvfb, xdotool, dbus-x11, ibus and ibus-table-wubi (tasks.py installs them)")
def test_chinese_input_through_ibus_reaches_the_built_program(bundle: Bundle,
                                                              tmp_path: Path) -> None:
    """Wubi "q"+space and "l"+space typed through ibus on a real X display arrive as 我国."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZEREN_", "PYTHON"))}
    env.update({"ZEREN_HOME": str(tmp_path), "IM": "ibus"})
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(["bash", str(ROOT / "packaging" / "ime_check.sh"), str(bundle.gui)],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, f"{done.stdout}\n{done.stderr}"
    assert '"text": "我国"' in done.stdout
