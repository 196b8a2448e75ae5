#!/usr/bin/env python3
"""Developer tasks for Zeren Desktop (责任台账).

Standard library only; works on Windows and Linux (on Windows: `py tasks.py ...`).

Usage:
    python3 tasks.py run [ARGS...]       start the program (zeren-desktop ARGS)
    python3 tasks.py test [PYTEST ARGS]  run the test suite with pytest
    python3 tasks.py i18n                update i18n/*.ts from the sources, then lrelease
    python3 tasks.py lrelease            compile i18n/*.ts into i18n/*.qm
    python3 tasks.py build [ARGS...]     build the executables (packaging/build.py ARGS)

Every command first prepares the environment:

1. System packages (Linux with dpkg only): one `dpkg-query` call checks the
   packages in SYSTEM_PACKAGES (the libraries PySide6 needs to run offscreen
   and on X11/xcb, a font configuration, poppler-utils for the PDF tests, the
   Song, Kai and rare-character fonts that official documents fall back on).
   Missing ones are installed with apt-get when running as root; otherwise
   the `sudo apt-get install ...` line to run is printed and work goes on.
   Set ZEREN_NO_APT=1 to skip this step.
2. A virtual environment in .venv (created with `python -m venv` if missing).
3. `pip install -e .` into it (`-e .[test,dev,build]` for `test`, `-e .[build]`
   for `build`: the packaging test builds the executable). The install is
   skipped while pyproject.toml is unchanged since the last install (a stamp
   file in .venv keeps its hash). Set ZEREN_NO_INSTALL=1 to skip this step.

`build` runs packaging/build.py with the venv's Python (default: the one-file
and the one-folder executable into dist/; see packaging/README.md).

`test` returns pytest's exit code, except that "no tests collected" (pytest
exit code 5) counts as a failure (exit code 1). It also installs Debian's
postgresql package (as root; TEST_SYSTEM_PACKAGES) and, after a whole-suite run
(no test files named) that passed, runs PG_TEST_FILES again on a throwaway
PostgreSQL cluster it starts in a temporary folder on a free local port (as the
user postgres when root) and removes afterwards: the county server (README).
Without PostgreSQL that run is skipped with a note; with CI=true it fails.
ZEREN_TEST_PG=0 skips it, ZEREN_TEST_PG=only runs only it, ZEREN_TEST_PG_URL
names an existing server (a role that may CREATE DATABASE) instead.

`i18n` passes the explicit list of every .py file under zeren_desktop/ to
pyside6-lupdate (given a directory, lupdate finds no strings in .py files),
with -no-obsolete and without source locations (`-locations none`: code that
moves does not churn the .ts; tests/test_i18n_lupdate.py re-runs lupdate with
the same arguments and fails when the .ts miss strings). The .qm files that
`lrelease` writes are byte-for-byte reproducible and are committed; a test
compares them with a fresh compile.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
IS_WINDOWS = os.name == "nt"
VENV_BIN = VENV / ("Scripts" if IS_WINDOWS else "bin")
EXE_SUFFIX = ".exe" if IS_WINDOWS else ""
VENV_PYTHON = VENV_BIN / ("python.exe" if IS_WINDOWS else "python")
STAMP = VENV / ".zeren-install-stamp.json"
PYPROJECT = ROOT / "pyproject.toml"
PACKAGE_DIR = ROOT / "zeren_desktop"
I18N_DIR = ROOT / "i18n"

# Translations kept in i18n/zeren_<lang>.ts; the source strings are English.
TRANSLATIONS = ("zh_CN", "en")
SOURCE_LANGUAGE = "en"
# The test in tests/test_i18n_files.py compiles with the same options.
LRELEASE_OPTIONS = ("-silent",)

# Debian 12 packages needed by PySide6 6.8-6.11 (offscreen and xcb platform
# plugins, QtGui/QtWidgets/QtPrintSupport/QtNetwork/QtDBus), found with
# `readelf -d` (NEEDED) on the Qt libraries and plugins of the wheel and
# `dpkg -S` on each library. Packages of priority "required" (libc6,
# libstdc++6, zlib1g, libzstd1, ...) are left out. Plus fontconfig,
# poppler-utils (pdftoppm/pdftotext, used by the report tests) and the fonts
# official documents fall back on.
SYSTEM_PACKAGES = (
    # QtGui, offscreen platform
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libx11-6",
    "libglib2.0-0",
    "libdbus-1-3",
    "libbrotli1",
    # QtNetwork
    "libgssapi-krb5-2",
    # QtPrintSupport: CUPS print dialog and printers
    "libcups2",
    # xcb platform plugin (a real X11 display)
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-glx0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
    # fonts and PDF tools
    "fontconfig",
    "poppler-utils",
    # official documents without the Windows fonts (zeren_desktop/reports/fonts.py): Song
    # and Kai faces (AR PL UMing/UKai CN), and Hanazono Mincho A/B for rare characters in
    # names (all of CJK Ext A and Ext B; TrueType outlines, free licences)
    "fonts-arphic-uming",
    "fonts-arphic-ukai",
    "fonts-hanazono",
    # typing Chinese through an input method into the built program on a virtual
    # display (tests/test_packaging.py, packaging/ime_check.sh)
    "xvfb",
    "xdotool",
    "dbus-x11",
    "ibus",
    "ibus-table-wubi",
)


# `test` also needs a PostgreSQL server for the county-server subset (README, County
# server): Debian's postgresql package. On a developer machine without it (and not root)
# the install line is printed and the PostgreSQL subset is skipped with a note.
TEST_SYSTEM_PACKAGES = ("postgresql",)

# The storage and service tests that run a second time on PostgreSQL (ZEREN_TEST_PG_URL),
# after the whole suite on SQLite: about 5 minutes on CI. Tests in them that are about the
# SQLite file itself are marked `sqlite_only` and skipped there.
PG_TEST_FILES = (
    "tests/test_postgresql.py",
    "tests/test_migrations.py",
    "tests/test_records_and_services.py",
    "tests/test_ledger_services.py",
    "tests/test_cases.py",
    "tests/test_case_stages.py",
    "tests/test_documents.py",
    "tests/test_document_signing.py",
    "tests/test_meetings.py",
    "tests/test_statistics.py",
    "tests/test_assessment.py",
    "tests/test_talks.py",
    "tests/test_clues.py",
    "tests/test_regulation_service.py",
    "tests/test_phrases.py",
    "tests/test_list_templates.py",
    "tests/test_ledger_import.py",
    "tests/test_roster_import.py",
    "tests/test_pinyin.py",
    "tests/test_identity.py",
    "tests/test_search_index.py",
    # Made dialect-neutral, or their SQLite-file tests marked `sqlite_only` (the 400,000-row
    # clue import, SQLite's query plan, the demo built as a file).
    "tests/test_clue_import.py",
    "tests/test_cli_clues.py",
    "tests/test_periodic_reports.py",
    "tests/test_integrity.py",
    "tests/test_attachment_store.py",
)


def say(message: str) -> None:
    print(f"tasks.py: {message}", file=sys.stderr, flush=True)


def fail(message: str, code: int = 1) -> SystemExit:
    say(f"error: {message}")
    return SystemExit(code)


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"}


# --------------------------------------------------------------------------
# System packages


def required_system_packages(for_tests: bool = False) -> list[str]:
    packages = list(SYSTEM_PACKAGES)
    if for_tests:
        packages.extend(TEST_SYSTEM_PACKAGES)
    # Debian's own python3 needs python3-venv for `python -m venv`.
    if not VENV_PYTHON.exists() and importlib.util.find_spec("ensurepip") is None:
        packages.append(f"python3.{sys.version_info.minor}-venv")
    return packages


def missing_system_packages(packages: Sequence[str]) -> list[str]:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package}\\t${Status}\\n", *packages],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # "no packages found matching ..." for unknown ones
        stdin=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "LC_ALL": "C"},
        check=False,
    )
    installed = set()
    for line in result.stdout.splitlines():
        name, _, status = line.partition("\t")
        if status.split()[-1:] == ["installed"]:
            installed.add(name)
    return [p for p in packages if p not in installed]


def ensure_system_packages(for_tests: bool = False) -> None:
    if not sys.platform.startswith("linux") or env_flag("ZEREN_NO_APT"):
        return
    if shutil.which("dpkg-query") is None:
        return
    missing = missing_system_packages(required_system_packages(for_tests))
    if not missing:
        return
    install = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    is_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not is_root or shutil.which("apt-get") is None:
        say("missing system packages: " + " ".join(missing))
        say("install them with:\n    sudo " + " ".join(install))
        return
    say("installing system packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for cmd in (["apt-get", "update", "-q"], [install[0], "-q", *install[1:]]):
        rc = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, check=False).returncode
        if rc != 0:
            raise fail(
                f"`{' '.join(cmd)}` failed with exit code {rc} "
                "(set ZEREN_NO_APT=1 to skip the system package step)"
            )


# --------------------------------------------------------------------------
# Virtual environment


def ensure_venv() -> None:
    if VENV_PYTHON.exists():
        return
    say(f"creating virtual environment {VENV}")
    rc = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False).returncode
    if rc != 0 or not VENV_PYTHON.exists():
        raise fail(f"`{sys.executable} -m venv {VENV}` failed (exit code {rc})")


def read_stamp() -> dict[str, object]:
    try:
        data = json.loads(STAMP.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def ensure_installed(extras: Sequence[str] = ()) -> None:
    if env_flag("ZEREN_NO_INSTALL"):
        return
    if not PYPROJECT.exists():
        raise fail(f"{PYPROJECT} not found")
    digest = hashlib.sha256(PYPROJECT.read_bytes()).hexdigest()
    stamp = read_stamp()
    stamped_extras = stamp.get("extras")
    if (
        stamp.get("pyproject_sha256") == digest
        and isinstance(stamped_extras, list)
        and set(extras) <= set(stamped_extras)
    ):
        return
    # A new pyproject.toml invalidates earlier extras; otherwise keep them all.
    if stamp.get("pyproject_sha256") == digest and isinstance(stamped_extras, list):
        extras = sorted(set(extras) | {str(e) for e in stamped_extras})
    target = f".[{','.join(extras)}]" if extras else "."
    say(f"pip install -e {target} (pyproject.toml changed or first install)")
    STAMP.unlink(missing_ok=True)
    cmd = [
        str(VENV_PYTHON),
        "-m",
        "pip",
        "install",
        "--disable-pip-version-check",
        "--quiet",
        "-e",
        target,
    ]
    env = {**os.environ, "PIP_NO_INPUT": "1"}
    rc = subprocess.run(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, check=False).returncode
    if rc != 0:
        raise fail(f"pip install -e {target} failed with exit code {rc}", rc)
    STAMP.write_text(
        json.dumps({"pyproject_sha256": digest, "extras": sorted(extras)}) + "\n",
        encoding="utf-8",
    )


def prepare(extras: Sequence[str] = ()) -> None:
    ensure_system_packages(for_tests="test" in extras)
    ensure_venv()
    ensure_installed(extras)


def venv_tool(name: str) -> Path:
    path = VENV_BIN / (name + EXE_SUFFIX)
    if not path.exists():
        raise fail(f"{path} not found (is the package installed in .venv?)")
    return path


def run_and_exit(cmd: list[str]) -> int:
    """Replace this process with cmd (POSIX) or run it and pass on its exit code."""
    sys.stdout.flush()
    sys.stderr.flush()
    if IS_WINDOWS:
        return subprocess.run(cmd, check=False).returncode
    os.execv(cmd[0], cmd)
    raise AssertionError("unreachable")


# --------------------------------------------------------------------------
# Commands


def cmd_run(args: Sequence[str]) -> int:
    prepare()
    return run_and_exit([str(venv_tool("zeren-desktop")), *args])


def run_pytest(args: Sequence[str], env: dict[str, str]) -> int:
    cmd = [str(VENV_PYTHON), "-m", "pytest", *args]
    rc = subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode
    if rc == 5:
        say("pytest collected no tests (exit code 5): counted as a failure")
        return 1
    return rc


def names_tests(args: Sequence[str]) -> bool:
    """Do pytest's arguments name test files, folders or tests (not only options)?"""
    return any(not a.startswith("-") and (a.startswith("tests") or "::" in a
                                          or (ROOT / a.split("::")[0]).exists())
               for a in args)


def cmd_test(args: Sequence[str]) -> int:
    """The suite on SQLite; then, for a whole-suite run, PG_TEST_FILES on PostgreSQL.

    ZEREN_TEST_PG=0 skips the PostgreSQL run, ZEREN_TEST_PG=only runs just it. The server
    is ZEREN_TEST_PG_URL when set, else a throwaway cluster started here (pg_server).
    Without PostgreSQL the run is skipped with a note, except on CI (CI=true): there it
    fails."""
    prepare(("test", "dev", "build"))
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = os.environ.get("ZEREN_TEST_PG", "").strip().lower()
    if mode != "only":
        sqlite_env = {k: v for k, v in env.items() if k != "ZEREN_TEST_PG_URL"}
        rc = run_pytest(args, sqlite_env)
        if rc != 0 or mode in {"0", "no", "off", "false"} or names_tests(args):
            return rc
    options = [a for a in args if a.startswith("-") or not names_tests([a])]
    if env.get("ZEREN_TEST_PG_URL"):
        return run_pytest([*options, *PG_TEST_FILES], env)
    with pg_server() as url:
        if url is None:
            return 1 if env_flag("CI") else 0
        say(f"the PostgreSQL subset ({len(PG_TEST_FILES)} files) on a throwaway server,"
            f" {url.rpartition('@')[2]}")
        return run_pytest([*options, *PG_TEST_FILES], {**env, "ZEREN_TEST_PG_URL": url})


# --------------------------------------------------------------------------
# A throwaway PostgreSQL server for the tests


def pg_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/N/bin (Debian), else the folder of pg_ctl on PATH."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name)
                   if p.parent.parent.name.isdigit() else 0)
    if found:
        return found[-1].parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextlib.contextmanager
def pg_server() -> Iterator[str | None]:
    """Start a PostgreSQL cluster in a temporary folder on a free local port (as the user
    postgres when running as root: initdb refuses root), with a role `zeren` that may
    create databases and a random password; yield its SQLAlchemy URL and remove it all
    afterwards. Yields None, with a note, when PostgreSQL is missing or does not start."""
    bindir = pg_bin_dir()
    if bindir is None:
        say("PostgreSQL not found (Debian: apt-get install postgresql): "
            "the PostgreSQL tests were skipped")
        yield None
        return
    as_user: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        as_user = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="zeren-pg-"))
    data, log = folder / "data", folder / "server.log"
    password = secrets.token_hex(16)
    (folder / "pw").write_text(password + "\n", encoding="utf-8")
    if as_user:
        import pwd

        try:
            account = pwd.getpwnam("postgres")
        except KeyError:
            say("no user postgres to run PostgreSQL as: the PostgreSQL tests were skipped")
            shutil.rmtree(folder, ignore_errors=True)
            yield None
            return
        for path in (folder, folder / "pw"):
            os.chown(path, account.pw_uid, account.pw_gid)
    port = free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
               " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
    started = False

    def run(*cmd: str) -> bool:
        result = subprocess.run([*as_user, *cmd], cwd=folder, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                check=False)
        if result.returncode != 0:
            say(f"`{' '.join(cmd)}` failed (exit code {result.returncode}):\n"
                + result.stdout[-2000:])
        return result.returncode == 0

    try:
        started = run(str(bindir / "initdb"), "-D", str(data), "-U", "zeren",
                      "--auth=scram-sha-256", f"--pwfile={folder / 'pw'}", "-E", "UTF8",
                      "--locale=C") and run(
            str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
            "-o", options, "start")
        if not started:
            with contextlib.suppress(OSError):
                say("server log:\n" + log.read_text(errors="replace")[-2000:])
            say("PostgreSQL did not start: the PostgreSQL tests were skipped"
                + (" (CI: a failure)" if env_flag("CI") else ""))
            yield None
            return
        yield f"postgresql+psycopg://zeren:{password}@127.0.0.1:{port}/postgres"
    finally:
        if started:
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def ts_files() -> list[Path]:
    return [I18N_DIR / f"zeren_{lang}.ts" for lang in TRANSLATIONS]


def lupdate_sources() -> list[str]:
    """Every .py file of the package, relative to ROOT (lupdate runs in ROOT)."""
    return sorted(
        p.relative_to(ROOT).as_posix()
        for p in PACKAGE_DIR.rglob("*.py")
        if "__pycache__" not in p.parts
    )


def lupdate_arguments(listing: Path, lang: str, ts: Path) -> list[str]:
    """pyside6-lupdate's arguments (without the program) to update `ts` from the
    sources named in the @file `listing`; tests/test_i18n_lupdate.py uses them too."""
    return [
        f"@{listing}",
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        lang,
        "-ts",
        str(ts),
    ]


def run_lupdate(lupdate: str, targets: Sequence[tuple[str, Path]]) -> int:
    """Update each (language, .ts file) of `targets` from the sources; 0 when done."""
    sources = lupdate_sources()
    if not sources:
        raise fail(f"no .py files under {PACKAGE_DIR}")
    # An @list file keeps the command line short (Windows limits it to 32k).
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(sources) + "\n", encoding="utf-8")
        for lang, ts in targets:
            cmd = [lupdate, *lupdate_arguments(listing, lang, ts)]
            rc = subprocess.run(cmd, cwd=ROOT, check=False).returncode
            if rc != 0:
                say(f"pyside6-lupdate failed for {ts.name} (exit code {rc})")
                return rc
    return 0


def cmd_i18n(args: Sequence[str]) -> int:
    prepare()
    I18N_DIR.mkdir(exist_ok=True)
    targets = [
        (lang, ts.relative_to(ROOT))
        for lang, ts in zip(TRANSLATIONS, ts_files(), strict=True)
    ]
    rc = run_lupdate(str(venv_tool("pyside6-lupdate")), targets)
    if rc != 0:
        raise fail("pyside6-lupdate failed", rc)
    return release()


def release() -> int:
    lrelease = str(venv_tool("pyside6-lrelease"))
    sources = sorted(I18N_DIR.glob("*.ts"))
    if not sources:
        raise fail(f"no .ts files in {I18N_DIR}")
    for ts in sources:
        qm = ts.with_suffix(".qm")
        cmd = [lrelease, *LRELEASE_OPTIONS, str(ts), "-qm", str(qm)]
        rc = subprocess.run(cmd, cwd=ROOT, check=False).returncode
        if rc != 0:
            raise fail(f"pyside6-lrelease failed for {ts.name} (exit code {rc})", rc)
        say(f"wrote {qm.relative_to(ROOT).as_posix()}")
    return 0


def cmd_lrelease(args: Sequence[str]) -> int:
    prepare()
    return release()


def cmd_build(args: Sequence[str]) -> int:
    prepare(("build",))
    cmd = [str(VENV_PYTHON), str(ROOT / "packaging" / "build.py"), *args]
    return subprocess.run(cmd, cwd=ROOT, check=False).returncode


COMMANDS = {
    "run": (cmd_run, "start the program: .venv/bin/zeren-desktop ARGS"),
    "test": (cmd_test, "install -e .[test,dev,build] and run .venv python -m pytest ARGS"),
    "i18n": (cmd_i18n, "update i18n/*.ts with pyside6-lupdate, then lrelease"),
    "lrelease": (cmd_lrelease, "compile i18n/*.ts into i18n/*.qm with pyside6-lrelease"),
    "build": (cmd_build, "install -e .[build] and run packaging/build.py ARGS"),
}


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a cp1252 Windows console cannot print 责任台账
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in {"run", "test", "build"}:
        # Everything after the command (even --help) goes to the program, pytest or build.py.
        return COMMANDS[args[0]][0](args[1:])
    parser = argparse.ArgumentParser(
        prog="tasks.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (_, text) in COMMANDS.items():
        sub.add_parser(name, help=text, description=text)
    ns = parser.parse_args(args)
    return COMMANDS[ns.command][0]([])


if __name__ == "__main__":
    sys.exit(main())
