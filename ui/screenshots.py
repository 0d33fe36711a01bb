"""The README's pictures, made from the code so they never go stale.

    python -m ui.screenshots [--out DIR] [--assets N]

Every area of the main window and the main dialogs (the asset form, a booking), in Indonesian
and English, logged in as the demo Admin at 1366×768, saved as ``id-beranda.png``,
``en-beranda.png`` … in DIR (default ``docs/screenshots``). It needs no display: Qt draws
offscreen. The demo office is made in a temporary folder (the PC's own data and settings are
left alone) on a fixed day, so two runs draw the same pictures unless the program changed.
Two runs at once on one PC would share that folder: run one at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    from inventaris.core.db import Database
    from ui.context import AppContext
    from ui.main_window import MainWindow

SIZE = (1366, 768)  # the office PC's smallest screen (UI.md)
LANGUAGES = ("id", "en")
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
DEFAULT_ASSETS = 2000
# Monday 23 November 2026, 08.00 WIB: the demo's week of meetings lies ahead on Beranda.
MOMENT = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
# The file name of each area (the sidebar's key), in the Indonesian words of UI.md.
PAGE_FILES = {
    "home": "beranda",
    "assets": "aset",
    "rooms": "ruangan",
    "stocktake": "inventarisasi",
    "vehicles": "kendaraan",
    "meeting_rooms": "ruang-rapat",
    "residences": "rumah-dinas",
    "reports": "laporan",
    "settings": "pengaturan",
    "users": "pengguna",
}
DIALOG_FILES = {"asset_form": "formulir-aset", "booking": "pemesanan"}
# The asset the form shows: something every office has.
FORM_ASSET_SEARCH = "laptop"


def file_name(language: str, name: str) -> str:
    return f"{language}-{name}.png"


def expected_files(
    pages: Iterable[str] = PAGE_FILES,
    dialogs: Iterable[str] = DIALOG_FILES,
    languages: Iterable[str] = LANGUAGES,
) -> list[str]:
    names = [PAGE_FILES[key] for key in pages] + [DIALOG_FILES[key] for key in dialogs]
    return [file_name(language, name) for language in languages for name in names]


def _fixed_clock() -> datetime:
    return MOMENT


# --- setting the stage ----------------------------------------------------------------------


def _offscreen(folder: Path) -> None:
    """Draw without a display, on a 1366×768 screen at 96 dpi (unless told otherwise)."""
    if "QT_QPA_PLATFORM" in os.environ:
        return
    screen = folder / "screen.json"
    width, height = SIZE
    office = {"name": "office", "x": 0, "y": 0, "width": width, "height": height}
    office |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    screen.write_text(json.dumps({"screens": [office]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"


def _application(folder: Path) -> QApplication:
    """The program's own application (its style, dialogs fitted to the screen)."""
    from PySide6.QtCore import QSettings

    from ui.app import create_application

    app = create_application([sys.argv[0]])
    # Window layout and language go to the temporary folder, never the PC's own settings.
    app.setOrganizationName("InventarisScreenshots")
    app.setApplicationName("InventarisScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return app


def demo_database(folder: Path, assets: int = DEFAULT_ASSETS) -> Database:
    """A new demo office in ``folder``, dated by the fixed clock."""
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.demo.office import load_demo_data

    db = Database(f"sqlite:///{folder / 'demo.db'}", clock=_fixed_clock)
    prepare_database(db)
    load_demo_data(db, assets=assets)
    return db


def settle(rounds: int = 3) -> None:
    """Let the background loads finish and their answers land (which may start more)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThreadPool

    pool = QThreadPool.globalInstance()
    quiet = 0
    while quiet < rounds:
        pool.waitForDone(30_000)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        quiet = quiet + 1 if pool.activeThreadCount() == 0 else 0


# --- the pictures ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Shot:
    path: Path
    width: int
    height: int


def _save(widget: QWidget, path: Path) -> Shot:
    picture = widget.grab()
    if not picture.save(str(path)):
        raise OSError(f"cannot write {path}")
    return Shot(path, picture.width(), picture.height())


def _over_window(window: MainWindow, dialog: QDialog, path: Path) -> Shot:
    """The dialog where a person sees it: centred over the dimmed window."""
    from PySide6.QtGui import QColor, QPainter

    settle()
    background = window.grab()
    front = dialog.grab()
    painter = QPainter(background)
    painter.fillRect(background.rect(), QColor(0, 0, 0, 70))
    x = max((background.width() - front.width()) // 2, 0)
    y = max((background.height() - front.height()) // 2, 0)
    painter.drawPixmap(x, y, front)
    painter.setPen(QColor(0, 0, 0, 120))
    painter.drawRect(x - 1, y - 1, front.width() + 1, front.height() + 1)
    painter.end()
    if not background.save(str(path)):
        raise OSError(f"cannot write {path}")
    dialog.reject()
    dialog.deleteLater()
    settle()
    return Shot(path, background.width(), background.height())


def stocktake_in_progress(db: Database) -> list[str]:
    """A stock-take under way (the demo's own is finished): the first room partly counted, with
    an item from another room, an unknown label and an answer; another room closed. Returns
    codes still to scan in the first room, for the page's shot to scan one through its field."""
    from inventaris.accounts import authenticate
    from inventaris.demo.office import DEMO_PASSWORD
    from inventaris.stocktake.answers import answer_item
    from inventaris.stocktake.counting import close_place, place_list, places, scan, tick
    from inventaris.stocktake.sessions import list_stocktakes, start_stocktake
    from inventaris.stocktake.types import AnswerInput, StocktakeInput, TeamMember

    admin = authenticate(db, "admin", DEMO_PASSWORD)
    opened = [view for view in list_stocktakes(db, admin) if view.is_open]
    if opened:
        number = opened[0].id
    else:
        team = (
            TeamMember("Drs. Zulkarnain Siregar, M.AP", "196805121994031004", "Ketua"),
            TeamMember("Rina Ginting, S.E.", "198505052010012003", "Sekretaris"),
            TeamMember("Budi Tarigan", "199001012015031002", "Anggota"),
        )
        data = StocktakeInput(
            name=f"Inventarisasi BMD {MOMENT.year}", decree_number="032/611/BU/2026", team=team
        )
        number = start_stocktake(db, admin, data).id
    rooms = [row for row in places(db, admin, number) if row.expected]
    first, second, third = rooms[0], rooms[1], rooms[2]
    items = place_list(db, admin, number, first.place).items
    if not any(row.checked for row in items):
        for row in items[: len(items) // 2]:
            scan(db, admin, number, first.place, row.recorded.code_register)
        tick(db, admin, number, first.place, items[len(items) // 2].recorded.asset_id)
        other = place_list(db, admin, number, second.place).items[0].recorded
        scan(db, admin, number, first.place, other.code_register)
        scan(db, admin, number, first.place, "INV:Q7W3E9R2T5 1.3.2.05.02.01.003 Kursi")
        answer_item(db, admin, number, items[1].recorded.asset_id, AnswerInput("", "RR"))
        for row in place_list(db, admin, number, third.place).items[:-1]:
            scan(db, admin, number, third.place, row.recorded.code_register)
        close_place(db, admin, number, third.place)
    return [
        row.recorded.code_register
        for row in place_list(db, admin, number, first.place).items
        if not row.checked
    ]


def _scan_one(window: MainWindow, to_scan: list[str]) -> None:
    """The Inventarisasi page as it looks while counting: a label just scanned."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ui.stocktake.stocktake_page import StocktakePage

    page = window.pages["stocktake"]
    if isinstance(page, StocktakePage) and to_scan:
        QTest.keyClicks(page.scan_field, to_scan.pop(0))
        QTest.keyClick(page.scan_field, Qt.Key.Key_Return)
        settle()
        page.reload_lists()  # at once: the page itself waits a moment after the last scan
        settle()


def _asset_form(window: MainWindow, context: AppContext) -> QDialog:
    from inventaris.assets.register import RegisterFilter, register_ids
    from ui.assets.asset_dialog import AssetDialog

    found = register_ids(context.db, context.actor, RegisterFilter(text=FORM_ASSET_SEARCH))
    found = found or register_ids(context.db, context.actor, RegisterFilter())
    window.go_to("assets")
    settle()
    dialog = AssetDialog(context, found[0], window)
    dialog.open()
    return dialog


def _booking(window: MainWindow, context: AppContext) -> QDialog:
    from ui.bookings.bookings_page import BookingsPage

    window.go_to("meeting_rooms")
    settle()
    page = window.pages["meeting_rooms"]
    assert isinstance(page, BookingsPage)
    for _day in range(7):  # the first day with a meeting (a weekend has none)
        if page.bookings:
            break
        page.step(1)
        settle()
    if not page.bookings:
        raise RuntimeError("the demo has no booking this week to show")
    page.grid.selected = page.bookings[0].id
    page.edit_selected()
    return page.last_dialog


DIALOGS: dict[str, Callable[[MainWindow, AppContext], QDialog]] = {
    "asset_form": _asset_form,
    "booking": _booking,
}


@contextmanager
def _logged_in(db: Database, language: str) -> Iterator[MainWindow]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from inventaris.accounts import authenticate
    from inventaris.demo.office import DEMO_PASSWORD
    from ui.context import AppContext
    from ui.i18n import install_translator
    from ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    window = MainWindow(language)
    # A first start is maximised to whatever screen this is; the pictures are always 1366×768.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*SIZE)
    window.attach(AppContext(db, authenticate(db, "admin", DEMO_PASSWORD), language))
    window.show()
    settle()
    try:
        yield window
    finally:
        window.detach()
        window.hide()
        window.deleteLater()
        settle()


def render(
    db: Database,
    out: Path,
    *,
    languages: Sequence[str] = LANGUAGES,
    pages: Iterable[str] | None = None,
    dialogs: Iterable[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Shot]:
    """Draw the pages (sidebar keys; None: every one) and dialogs in each language into
    ``out``; the QApplication must exist. Returns what was written."""
    out.mkdir(parents=True, exist_ok=True)
    wanted_dialogs = list(DIALOGS if dialogs is None else dialogs)
    counting = pages is None or "stocktake" in pages
    to_scan = stocktake_in_progress(db) if counting else []
    shots: list[Shot] = []
    for language in languages:
        with _logged_in(db, language) as window:
            context = window.context
            assert context is not None
            for key in list(window.pages) if pages is None else list(pages):
                window.go_to(key)
                settle()
                if key == "stocktake":
                    _scan_one(window, to_scan)
                shots.append(_save(window, out / file_name(language, PAGE_FILES[key])))
                if progress:
                    progress(shots[-1].path.name)
            for key in wanted_dialogs:
                dialog = DIALOGS[key](window, context)
                path = out / file_name(language, DIALOG_FILES[key])
                shots.append(_over_window(window, dialog, path))
                if progress:
                    progress(shots[-1].path.name)
    return shots


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ui.screenshots",
        description="Draw every page of Inventaris in Indonesian and English from the demo office.",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the .png files")
    parser.add_argument(
        "--assets", type=int, default=DEFAULT_ASSETS, help="the demo register's size"
    )
    args = parser.parse_args(argv)
    with _work_folder() as folder:
        _offscreen(folder)
        os.environ["INVENTARIS_HOME"] = str(folder)  # backups and logs stay in the folder
        app = _application(folder)
        db = demo_database(folder, args.assets)
        try:
            shots = render(db, args.out, progress=lambda name: print(name, flush=True))
        finally:
            db.dispose()
            app.processEvents()
    print(f"{len(shots)} pictures in {args.out}")
    return 0


@contextmanager
def _work_folder() -> Iterator[Path]:
    """A temporary folder of a fixed name: the pages show its path (the database, the
    backups), and a random name would make every picture differ from the last."""
    folder = Path(tempfile.gettempdir()) / "inventaris-screenshots"
    mark = folder / ".made-by-ui-screenshots"
    if folder.exists():
        if not mark.exists():
            raise SystemExit(f"{folder} exists and is not this program's: move it away first.")
        shutil.rmtree(folder)  # left by a run that was killed
    folder.mkdir()
    mark.touch()
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
