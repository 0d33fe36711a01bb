"""The bundle's smoke test: build it, then use it as an office PC would, with no Python around.

    .venv/bin/python -m tests.smoke.bundle [--dist DIR] [--no-build] [--keep]

A separate command, like the benchmarks: building takes a minute or more, so it is not part of
the README's test command. It runs ``bash packaging/build.sh --dist DIR`` (default: a temporary
folder), then runs DIR/Inventaris/Inventaris from an empty folder with an empty PATH, its own
HOME and data folder, and no Python variables, and checks what each run leaves:

1. ``--help`` lists the verbs in Indonesian; ``--version`` prints this checkout's version;
2. ``demo`` fills a new SQLite file (migrations and the starter code table come from the bundle);
3. ``labels --all`` writes a PDF whose first QR code a real decoder (zxing-cpp) reads back as a
   label of the demo (Qt painting, the shipped fonts);
4. ``export-inventory`` writes the workbook, read back with openpyxl;
5. the window: the program started as a person starts it (offscreen) opens the database and
   waits at the login, with nothing in its log; and ``Inventaris screenshots`` draws every
   page and the main dialogs of the real window, logged in, in Indonesian and English.

Each check prints ``ok`` or ``FAILED`` with its time; then the bundle's size and the closing
line ``N passed, N failed``. Exit 0 only when every check passed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO_ASSETS = 300
# How long the started window may take to reach the login (a cold start from a slow disk).
WINDOW_WAIT_S = 60
Check = Callable[[], str]


class SmokeFailure(Exception):
    pass


def _version() -> str:
    text = (ROOT / "inventaris" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found.group(1)


class Bundle:
    """The built program and a clean place to run it in."""

    def __init__(self, folder: Path, scratch: Path) -> None:
        self.executable = folder / "Inventaris"
        self.scratch = scratch
        self.database = f"sqlite:///{scratch / 'demo.db'}"
        home = scratch / "home"
        home.mkdir(parents=True, exist_ok=True)
        # Only what a desktop session has: no PATH, no PYTHONPATH, no virtual environment.
        self.environment = {
            "PATH": "",
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "INVENTARIS_HOME": str(scratch / "data"),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        (home / "runtime").mkdir(mode=0o700, exist_ok=True)

    def run(self, *arguments: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.executable), *arguments],
            cwd=self.scratch,
            env=self.environment,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if done.returncode != 0:
            raise SmokeFailure(
                f"{' '.join(arguments)} ended with {done.returncode}:\n{done.stdout}{done.stderr}"
            )
        return done


# --- the checks -----------------------------------------------------------------------------


def check_help(bundle: Bundle) -> str:
    shown = bundle.run("--help").stdout
    for word in ("demo", "labels", "export-inventory", "perintah"):
        if word not in shown:
            raise SmokeFailure(f"--help does not show {word!r}:\n{shown}")
    version = bundle.run("--version").stdout.strip()
    if version != f"Inventaris {_version()}":
        raise SmokeFailure(f"--version printed {version!r}, expected Inventaris {_version()}")
    return version


def check_demo(bundle: Bundle) -> str:
    bundle.run("--db", bundle.database, "demo", "--assets", str(DEMO_ASSETS))
    listed = bundle.run("--db", bundle.database, "find", "laptop").stdout.splitlines()
    if not listed:
        raise SmokeFailure("the demo office has no laptop to find")
    return f"{DEMO_ASSETS} assets; find laptop: {len(listed)} lines"


def check_labels(bundle: Bundle) -> str:
    import pypdfium2
    import zxingcpp

    target = bundle.scratch / "labels.pdf"
    bundle.run("--db", bundle.database, "labels", "--all", "--out", str(target))
    document = pypdfium2.PdfDocument(target)
    pages = len(document)
    image = document[0].render(scale=300 / 72).to_pil()
    codes = [found.text for found in zxingcpp.read_barcodes(image)]
    document.close()
    if not codes or not all(text.startswith("INV:") for text in codes):
        raise SmokeFailure(f"the first label page's QR codes read {codes!r}")
    return f"{pages} pages; page 1: {len(codes)} QR codes read, e.g. {codes[0]!r}"


def check_export(bundle: Bundle) -> str:
    import openpyxl

    target = bundle.scratch / "inventaris.xlsx"
    year = time.localtime().tm_year
    bundle.run(
        "--db", bundle.database, "export-inventory", "--year", str(year), "--out", str(target)
    )
    workbook = openpyxl.load_workbook(target, read_only=True)
    names = workbook.sheetnames
    workbook.close()
    if not any(name.startswith("KIB B") for name in names):
        raise SmokeFailure(f"the workbook has no KIB B sheet: {names}")
    return f"{len(names)} sheets: {', '.join(names[:4])}…"


def check_window_starts(bundle: Bundle) -> str:
    """The program as a person starts it: it must open the database and wait at the login."""
    log = Path(bundle.environment["INVENTARIS_HOME"]) / "inventaris.log"
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    backups = Path(bundle.environment["INVENTARIS_HOME"]) / "backups"
    backups_before = set(backups.glob("*.db"))
    process = subprocess.Popen(
        [str(bundle.executable), "--db", bundle.database],
        cwd=bundle.scratch,
        env=bundle.environment | {"QT_LOGGING_RULES": "*.debug=false"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    started = time.monotonic()
    try:
        # The database opens on a worker; the day's first start then takes a backup. That
        # new backup in the data folder is the sign that the window reached the login.
        while time.monotonic() - started < WINDOW_WAIT_S:
            if process.poll() is not None:
                raise SmokeFailure(f"the window ended with {process.returncode}")
            if set(backups.glob("*.db")) - backups_before:
                break
            time.sleep(0.25)
        else:
            raise SmokeFailure(f"no start backup after {WINDOW_WAIT_S} s: did the database open?")
        time.sleep(2)  # the login is open; anything failing now would still be logged
        if process.poll() is not None:
            raise SmokeFailure(f"the window ended with {process.returncode}")
        return f"at the login after {time.monotonic() - started:.1f} s"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            output, _ = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            output, _ = process.communicate()
        after = log.read_text(encoding="utf-8") if log.exists() else ""
        logged = after[len(before) :]
        if "Traceback" in logged or " ERROR " in logged or "Traceback" in output:
            raise SmokeFailure(f"the window logged an error:\n{logged}{output}")


def check_window_pages(bundle: Bundle) -> str:
    """Every page and the main dialogs of the logged-in window, drawn from the bundle."""
    from PySide6.QtGui import QImage

    from ui.screenshots import expected_files

    out = bundle.scratch / "screenshots"
    bundle.run("screenshots", "--out", str(out), "--assets", str(DEMO_ASSETS), timeout=900)
    wanted = expected_files()
    missing = [name for name in wanted if not (out / name).is_file()]
    if missing:
        raise SmokeFailure(f"pictures not drawn: {missing}")
    for name in wanted:
        image = QImage(str(out / name))
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 5)
            for y in range(0, image.height(), 11)
        }
        # A page with text, icons and charts has hundreds of colours (anti-aliasing); a blank
        # or failed drawing a handful.
        if image.width() < 1000 or len(colours) < 50:
            raise SmokeFailure(f"{name} looks empty ({image.width()} px, {len(colours)} colours)")
    return f"{len(wanted)} pictures in {out}"


CHECKS: list[tuple[str, Callable[[Bundle], str]]] = [
    ("--help and --version", check_help),
    ("demo", check_demo),
    ("labels", check_labels),
    ("export-inventory", check_export),
    ("window starts and waits at the login", check_window_starts),
    ("window pages (screenshots)", check_window_pages),
]


# --- running --------------------------------------------------------------------------------


def _size(folder: Path) -> tuple[int, int]:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.smoke.bundle", description=__doc__)
    parser.add_argument("--dist", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--no-build", action="store_true", help="test DIST/Inventaris as it is")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and bundle")
    args = parser.parse_args(argv)
    if args.no_build and args.dist is None:
        parser.error("--no-build needs --dist")

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # this process reads the pictures
    scratch = Path(tempfile.mkdtemp(prefix="inventaris-smoke-"))
    dist = args.dist.resolve() if args.dist else scratch / "dist"
    try:
        if not args.no_build:
            started = time.monotonic()
            built = subprocess.run(
                ["bash", str(ROOT / "packaging" / "build.sh"), "--dist", str(dist)]
            )
            if built.returncode != 0:
                print(f"FAILED build ({built.returncode})")
                print("0 passed, 1 failed")
                return 1
            print(f"ok     build ({time.monotonic() - started:.1f} s)", flush=True)
        bundle = Bundle(dist / "Inventaris", scratch / "run")
        if not bundle.executable.is_file():
            print(f"FAILED no executable at {bundle.executable}")
            print("0 passed, 1 failed")
            return 1
        passed = failed = 0
        for name, check in CHECKS:
            started = time.monotonic()
            try:
                detail = check(bundle)
            except (SmokeFailure, subprocess.TimeoutExpired, OSError) as error:
                failed += 1
                print(f"FAILED {name} ({time.monotonic() - started:.1f} s): {error}", flush=True)
            else:
                passed += 1
                print(f"ok     {name} ({time.monotonic() - started:.1f} s): {detail}", flush=True)
        size, count = _size(dist / "Inventaris")
        print(f"bundle {dist / 'Inventaris'}: {size / 2**20:.0f} MiB in {count} files")
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1
    finally:
        if args.keep:
            print(f"kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
