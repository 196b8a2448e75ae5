#!/usr/bin/env python3
"""Build the Zeren Desktop executables with PyInstaller (packaging/zeren.spec).

    python packaging/build.py [--onefile | --onedir | --both] [--dist DIR] [--smoke-test]

Run it with the Python of the environment the program is installed in (`pip install
-e .[build]`; `python3 tasks.py build` does both). Steps:

1. compile i18n/*.ts into .qm with pyside6-lrelease (the options of `tasks.py lrelease`),
   into the work folder: the build never ships a stale .qm and never writes to the
   checkout;
2. run PyInstaller on packaging/zeren.spec once per mode, work files in a temporary
   folder;
3. with --smoke-test, run every built executable with `--smoke-test` (a fresh database
   in a temporary folder, migrations, demo data, every page shown offscreen) and with
   `--bundle-info` (migrations, fonts and translations found), in a private ZEREN_HOME;
4. print and write DIST/build-size.txt: size, build time and start time of each build.

Output (DIST defaults to dist/ of the checkout, which git ignores):
    DIST/onefile/zeren-desktop[.exe]          one file to hand out
    DIST/onedir/zeren-desktop/zeren-desktop   one folder, faster start; `zeren` beside it
                                              is the CLI (console program on Windows)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "zeren.spec"
I18N = ROOT / "i18n"
NAME = "zeren-desktop"
CLI_NAME = "zeren"
EXE = ".exe" if os.name == "nt" else ""
LRELEASE_OPTIONS = ("-silent",)  # the same as LRELEASE_OPTIONS in tasks.py
MODES = ("onefile", "onedir")


def say(message: str) -> None:
    print(f"build.py: {message}", flush=True)


@dataclass
class Build:
    mode: str
    executable: Path
    folder: Path  # what is handed out: the file (onefile) or the folder (onedir)
    seconds: float
    size: int = 0
    start_times: list[float] = field(default_factory=list)
    bundle_info: dict[str, object] = field(default_factory=dict)

    @property
    def cli(self) -> list[str]:
        """The command line of the CLI in this build."""
        if self.mode == "onedir":
            return [str(self.executable.with_name(CLI_NAME + EXE))]
        return [str(self.executable), "cli"]


def tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


# --------------------------------------------------------------------------- lrelease


def find_lrelease() -> Path:
    """PySide6's own lrelease: the one tasks.py and the tests use."""
    candidates = [Path(sys.executable).parent / f"pyside6-lrelease{EXE}"]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        candidates += [Path(p) / f"lrelease{EXE}" for p in spec.submodule_search_locations]
    which = shutil.which("pyside6-lrelease")
    if which:
        candidates.append(Path(which))
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise SystemExit("build.py: pyside6-lrelease not found: is PySide6 installed in this Python?")


def compile_translations(target: Path) -> list[Path]:
    lrelease = find_lrelease()
    sources = sorted(I18N.glob("zeren_*.ts"))
    if not sources:
        raise SystemExit(f"build.py: no zeren_*.ts in {I18N}")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        cmd = [str(lrelease), *LRELEASE_OPTIONS, str(ts), "-qm", str(qm)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0 or not qm.is_file():
            raise SystemExit(
                f"build.py: lrelease failed for {ts.name}:\n{done.stdout}{done.stderr}")
        committed = ts.with_suffix(".qm")
        if committed.is_file() and committed.read_bytes() != qm.read_bytes():
            say(f"note: i18n/{committed.name} is stale (run python3 tasks.py lrelease); "
                "the build uses a fresh compile")
        written.append(qm)
    say("compiled " + ", ".join(q.name for q in written))
    return written


# -------------------------------------------------------------------------- PyInstaller


def run_pyinstaller(mode: str, dist: Path, work: Path, qm_dir: Path, log_level: str) -> Build:
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit("build.py: PyInstaller is not installed: pip install -e .[build] "
                         "(or python3 tasks.py build)")
    mode_dist = dist / mode
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPEC),
        "--noconfirm",
        "--distpath", str(mode_dist),
        "--workpath", str(work / mode),
        "--log-level", log_level,
        "--",
        "--mode", mode,
        "--name", NAME,
        "--cli-name", CLI_NAME,
        "--qm-dir", str(qm_dir),
    ]
    say(f"PyInstaller {mode} -> {mode_dist}")
    started = time.perf_counter()
    rc = subprocess.run(cmd, cwd=ROOT, check=False).returncode
    seconds = time.perf_counter() - started
    if rc != 0:
        raise SystemExit(f"build.py: PyInstaller failed ({mode}, exit code {rc})")
    if mode == "onefile":
        executable = mode_dist / (NAME + EXE)
        folder = executable
    else:
        folder = mode_dist / NAME
        executable = folder / (NAME + EXE)
    if not executable.is_file():
        raise SystemExit(f"build.py: {executable} was not built")
    build = Build(mode, executable, folder, seconds)
    build.size = tree_size(folder)
    say(f"{mode}: {executable} ({mib(build.size)}, built in {seconds:.0f} s)")
    return build


# ---------------------------------------------------------------------------- checks


def frozen_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ZEREN_", "PYTHON"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "ZEREN_HOME": str(home)})
    return env


def smoke_test(build: Build, runs: int) -> None:
    """`--smoke-test` (timed, `runs` times) and `--bundle-info` of a built executable."""
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="zeren-smoke-home-") as home:
            started = time.perf_counter()
            done = subprocess.run([str(build.executable), "--smoke-test"], env=frozen_env(
                Path(home)), capture_output=True, text=True, timeout=300, check=False)
            build.start_times.append(time.perf_counter() - started)
        if done.returncode != 0 or "smoke test ok" not in done.stdout:
            raise SystemExit(f"build.py: {build.mode} smoke test failed (exit code "
                             f"{done.returncode}):\n{done.stdout}\n{done.stderr}")
        if run == 0:
            say(f"{build.mode}: {done.stdout.strip()}")
    with tempfile.TemporaryDirectory(prefix="zeren-smoke-home-") as home:
        done = subprocess.run([str(build.executable), "--bundle-info"], env=frozen_env(
            Path(home)), capture_output=True, text=True, timeout=300, check=False)
    if done.returncode != 0:
        raise SystemExit(f"build.py: {build.mode} --bundle-info failed:\n{done.stderr}")
    build.bundle_info = json.loads(done.stdout)
    info = build.bundle_info
    problems = [
        what for what, ok in (
            ("migrations", info.get("migration_head")),
            ("bundled font", info.get("font_families")),
            ("zeren_zh_CN.qm", (info.get("translations") or {}).get(
                "zeren_zh_CN", {}).get("loaded")),  # type: ignore[union-attr]
            ("Qt's qtbase_zh_CN.qm", info.get("qtbase_zh_CN")),
        ) if not ok
    ]
    if problems:
        raise SystemExit(f"build.py: the {build.mode} build does not find: "
                         + ", ".join(problems) + "\n" + json.dumps(info, indent=1))
    say(f"{build.mode}: found migrations (head {info['migration_head']}), fonts "
        f"{info['font_families']}, translations {sorted(info['translations'])}, "
        f"Qt's qtbase_zh_CN ('Cancel' -> {info['qtbase_zh_CN_cancel']!r})")


# ---------------------------------------------------------------------------- report


def platform_line() -> str:
    parts = [f"{platform.system()} {platform.machine()}", f"Python {platform.python_version()}"]
    libc, libc_version = platform.libc_ver()
    if libc:
        parts.append(f"{libc} {libc_version} (the executable needs at least this glibc)")
    for dist_name in ("PySide6-Essentials", "PySide6", "pyinstaller"):
        try:
            from importlib.metadata import version

            parts.append(f"{dist_name} {version(dist_name)}")
        except Exception:
            continue
    return ", ".join(parts)


def write_report(builds: list[Build], dist: Path) -> Path:
    lines = [f"Zeren Desktop build on {platform_line()}"]
    for b in builds:
        line = f"{b.mode}: {b.folder} {mib(b.size)} ({b.size} bytes), built in {b.seconds:.0f} s"
        if b.start_times:
            line += (f", --smoke-test median {statistics.median(b.start_times):.2f} s "
                     f"of {len(b.start_times)} runs")
        lines.append(line)
    report = dist / "build-size.txt"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines), flush=True)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__.split("\n\n", 1)[1])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--onefile", dest="modes", action="store_const", const=["onefile"],
                       help="one executable file (slower start: it unpacks itself)")
    which.add_argument("--onedir", dest="modes", action="store_const", const=["onedir"],
                       help="one folder (faster start)")
    which.add_argument("--both", dest="modes", action="store_const", const=list(MODES),
                       help="both (the default)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="output folder (default: %(default)s)")
    parser.add_argument("--work", type=Path, default=None,
                        help="PyInstaller work folder, kept (default: a temporary folder)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="run each built executable with --smoke-test and --bundle-info")
    parser.add_argument("--smoke-runs", type=int, default=1, metavar="N",
                        help="time N runs of --smoke-test and report the median (default 1)")
    parser.add_argument("--log-level", default="WARN",
                        choices=("DEBUG", "INFO", "WARN", "ERROR"),
                        help="PyInstaller's log level (default: %(default)s)")
    args = parser.parse_args(argv)
    modes: list[str] = args.modes or list(MODES)
    dist: Path = args.dist.resolve()
    dist.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="zeren-build-") as tmp:
        work = (args.work or Path(tmp)).resolve()
        qm_dir = work / "i18n"
        compile_translations(qm_dir)
        builds = [run_pyinstaller(mode, dist, work, qm_dir, args.log_level) for mode in modes]
    if args.smoke_test:
        for build in builds:
            smoke_test(build, max(1, args.smoke_runs))
    report = write_report(builds, dist)
    say(f"wrote {report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
