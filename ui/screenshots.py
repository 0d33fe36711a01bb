"""The README's pictures, made from the code so they never go stale.

    python -m ui.screenshots [--out DIR] [--assets N]

Every area of the main window and the main dialogs (the asset form, a booking), in Indonesian
and English, logged in as the demo Admin at 1366×768, saved as ``id-beranda.png``,
``en-beranda.png`` … in DIR (default ``docs/screenshots``). It needs no display: Qt draws
offscreen. The demo office is made in a temporary folder (the PC's own data and settings are
left alone) on a fixed day, so two runs draw the same pictures unless the program changed.
Two runs at once on one PC would share that folder: run one at a time.
``render_guide`` draws the user guide's pictures (``python -m ui.guide``) the same way, logged in
as each role's demo account, with the dialogs the chapters explain drawn alone.
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
    from ui.assets.register_page import RegisterPage
    from ui.bookings.bookings_page import BookingsPage
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.vehicles.vehicles_page import VehiclesPage

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
def logged_in(db: Database, language: str, username: str = "admin") -> Iterator[MainWindow]:
    """The window at 1366×768 with ``username`` (a demo account) logged in."""
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
    window.attach(AppContext(db, authenticate(db, username, DEMO_PASSWORD), language))
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
        with logged_in(db, language) as window:
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


# --- the user guide's pictures (python -m ui.guide) -----------------------------------------

# The demo account of each role, in the order of the guide's chapters.
ROLE_USERS = {
    "pengurus_barang": "pengurus",
    "koordinator_pengemudi": "koordinator",
    "staf_sekretariat": "sekretariat",
    "admin": "admin",
    "pimpinan": "pimpinan",
}
TITLE_BAR = 26  # px: the title a dialog drawn alone carries (the window frame is not drawn)


@dataclass(frozen=True)
class GuideShot:
    """One picture of the guide. ``take`` brings the window (logged in as ``username``) to what
    the picture shows and returns None for the whole window, or the dialog or panel to draw
    alone (a dialog with its title above it)."""

    name: str
    username: str
    take: Callable[[MainWindow, AppContext], QWidget | None]


def alone(widget: QWidget, path: Path) -> Shot:
    """A dialog by itself, with its title (as the window frame would show it) and a border;
    any other widget (a panel of a page) as it is. A dialog is closed afterwards."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
    from PySide6.QtWidgets import QDialog

    settle()
    front = widget.grab()
    if not isinstance(widget, QDialog):
        front.setDevicePixelRatio(1)
        if not front.save(str(path)):
            raise OSError(f"cannot write {path}")
        return Shot(path, front.width(), front.height())
    picture = QPixmap(front.width() + 2, front.height() + TITLE_BAR + 2)
    picture.fill(QColor("#9a9a9a"))
    painter = QPainter(picture)
    painter.fillRect(QRect(1, 1, front.width(), TITLE_BAR), QColor("#e4e6ea"))
    font = QFont(widget.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202020"))
    painter.drawText(
        QRect(12, 1, front.width() - 24, TITLE_BAR),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        widget.windowTitle(),
    )
    painter.drawPixmap(1, TITLE_BAR + 1, front)
    painter.end()
    if not picture.save(str(path)):
        raise OSError(f"cannot write {path}")
    widget.reject()
    widget.deleteLater()
    settle()
    return Shot(path, picture.width(), picture.height())


def _opened(parent: QWidget, slot: Callable[[], object]) -> QDialog:
    """The dialog a page's own action opens (the action as a person presses it)."""
    from PySide6.QtWidgets import QDialog

    before = set(parent.findChildren(QDialog))
    slot()
    settle()
    opened = [d for d in parent.findChildren(QDialog) if d not in before and d.isVisible()]
    if not opened:
        raise RuntimeError(f"{slot} opened no dialog")
    return opened[-1]


def _area(key: str, tabs: str = "", tab: int = 0) -> Callable[[MainWindow, AppContext], None]:
    """The page ``key``, with tab ``tab`` chosen in its tab widget named ``tabs`` (a page may
    have several: the vehicles page's list and card)."""

    def show(window: MainWindow, context: AppContext) -> None:
        from PySide6.QtWidgets import QTabWidget

        window.go_to(key)
        settle()
        if tabs:
            widget = getattr(window.pages[key], tabs)
            assert isinstance(widget, QTabWidget)
            widget.setCurrentIndex(tab)
            settle()

    return show


def _register(window: MainWindow, search: str = "", rows: int = 0) -> RegisterPage:
    """Daftar Aset, searched for ``search``, with its first ``rows`` rows chosen."""
    from ui.assets.register_page import RegisterPage

    window.go_to("assets")
    settle()
    page = window.pages["assets"]
    assert isinstance(page, RegisterPage)
    page.search.setText(search)
    page.apply_filter()
    settle()
    if rows:
        page.select_rows(list(range(min(rows, page.model.rowCount()))))
        settle()
    return page


def _searched(window: MainWindow, context: AppContext) -> None:
    _register(window, FORM_ASSET_SEARCH, rows=1)


def _new_asset(window: MainWindow, context: AppContext) -> QDialog:
    return _opened(window, _register(window).add_asset)


def _move(window: MainWindow, context: AppContext) -> QDialog:
    from PySide6.QtWidgets import QComboBox

    dialog = _opened(window, _register(window, "kursi", rows=2).move_selected)
    room = dialog.findChild(QComboBox)
    if room is not None and room.count() > 2:
        room.setCurrentIndex(2)
    return dialog


def _labels_for_a_room(window: MainWindow, context: AppContext) -> QDialog:
    from ui.labels.print_dialog import LabelPrintDialog

    dialog = _opened(window, _register(window).print_labels)
    assert isinstance(dialog, LabelPrintDialog)
    dialog.from_room.setChecked(True)
    dialog.room.setCurrentIndex(min(2, dialog.room.count() - 1))
    return dialog


def _rooms(window: MainWindow, context: AppContext) -> None:
    from ui.rooms.rooms_page import RoomsPage

    window.go_to("rooms")
    settle()
    page = window.pages["rooms"]
    assert isinstance(page, RoomsPage)
    page.table.selectRow(2)
    settle()


def _counting(window: MainWindow, context: AppContext) -> None:
    to_scan = stocktake_in_progress(context.db)
    window.go_to("stocktake")
    settle()
    _scan_one(window, to_scan)


def _handover(window: MainWindow, context: AppContext) -> QDialog:
    return _opened(window, _register(window, FORM_ASSET_SEARCH, rows=1).hand_over_selected)


def _propose(window: MainWindow, context: AppContext) -> QDialog:
    return _opened(window, _register(window, "kursi", rows=2).propose_selected)


def _vehicle(window: MainWindow) -> VehiclesPage:
    from ui.vehicles.vehicles_page import VehiclesPage

    window.go_to("vehicles")
    settle()
    page = window.pages["vehicles"]
    assert isinstance(page, VehiclesPage)
    if page.card is None:
        page.fleet_table.selectRow(0)
        settle()
    return page


def _vehicles(window: MainWindow, context: AppContext) -> None:
    _vehicle(window)


def _service(window: MainWindow, context: AppContext) -> QDialog:
    return _opened(window, _vehicle(window).add_service)


def _fuel(window: MainWindow, context: AppContext) -> QDialog:
    return _opened(window, _vehicle(window).add_fuel)


def _documents(window: MainWindow, context: AppContext) -> None:
    page = _vehicle(window)
    page.card_tabs.setCurrentIndex(1)
    settle()


def _meetings(window: MainWindow) -> BookingsPage:
    """Ruang Rapat on the first day from today with a meeting (a weekend has none)."""
    from ui.bookings.bookings_page import BookingsPage

    window.go_to("meeting_rooms")
    settle()
    page = window.pages["meeting_rooms"]
    assert isinstance(page, BookingsPage)
    for _day in range(7):
        if page.bookings:
            break
        page.step(1)
        settle()
    return page


def _bookings(window: MainWindow, context: AppContext) -> None:
    _meetings(window)


def _new_booking(window: MainWindow, context: AppContext) -> QDialog:
    return _opened(window, _meetings(window).new_booking)


def _new_user(window: MainWindow, context: AppContext) -> QDialog:
    from ui.accounts.users_page import UsersPage

    window.go_to("users")
    settle()
    page = window.pages["users"]
    assert isinstance(page, UsersPage)
    return _opened(window, page.add_user)


def _backups(window: MainWindow, context: AppContext) -> QWidget:
    from ui.settings.settings_page import SettingsPage

    window.go_to("settings")
    settle()
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page.backups


def _login(window: MainWindow, context: AppContext) -> QDialog:
    from PySide6.QtWidgets import QLineEdit

    from ui.accounts.login_dialog import LoginDialog

    dialog = LoginDialog(context.db, window)
    fields = dialog.findChildren(QLineEdit)
    fields[0].setText("pengurus")
    fields[1].setText("rahasia1")
    dialog.open()
    return dialog


GUIDE_SHOTS: tuple[GuideShot, ...] = (
    GuideShot("masuk", "admin", _login),
    GuideShot("admin-beranda", "admin", _area("home")),
    GuideShot("pb-aset", "pengurus", _searched),
    GuideShot("pb-formulir-aset", "pengurus", _new_asset),
    GuideShot("pb-pindahkan", "pengurus", _move),
    GuideShot("pb-label-ruangan", "pengurus", _labels_for_a_room),
    GuideShot("pb-ruangan", "pengurus", _rooms),
    GuideShot("pb-inventarisasi", "pengurus", _counting),
    GuideShot("pb-serah-terima", "pengurus", _handover),
    GuideShot("pb-usulan-penghapusan", "pengurus", _propose),
    GuideShot("pb-laporan", "pengurus", _area("reports")),
    GuideShot("kp-kendaraan", "koordinator", _vehicles),
    GuideShot("kp-servis", "koordinator", _service),
    GuideShot("kp-bbm", "koordinator", _fuel),
    GuideShot("kp-dokumen", "koordinator", _documents),
    GuideShot("kp-perlu-perhatian", "koordinator", _area("vehicles", "left_tabs", 1)),
    GuideShot("kp-kendaraan-pool", "koordinator", _area("meeting_rooms")),
    GuideShot("ss-ruang-rapat", "sekretariat", _bookings),
    GuideShot("ss-pemesanan", "sekretariat", _new_booking),
    GuideShot("admin-pengguna", "admin", _area("users")),
    GuideShot("admin-tambah-pengguna", "admin", _new_user),
    GuideShot("admin-unit", "admin", _area("users", "tabs", 1)),
    GuideShot("admin-pengaturan", "admin", _area("settings")),
    GuideShot("admin-cadangan", "admin", _backups),
    GuideShot("pi-beranda", "pimpinan", _area("home")),
)


def render_guide(
    db: Database,
    out: Path,
    *,
    names: Iterable[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Shot]:
    """Draw the guide's pictures (``names``; None: all) in Indonesian into ``out`` as
    ``<name>.png``, logging in once per account; the QApplication must exist."""
    out.mkdir(parents=True, exist_ok=True)
    chosen = None if names is None else set(names)
    unknown = (chosen or set()) - {shot.name for shot in GUIDE_SHOTS}
    if unknown:
        raise KeyError(f"no such picture of the guide: {', '.join(sorted(unknown))}")
    wanted = [shot for shot in GUIDE_SHOTS if chosen is None or shot.name in chosen]
    shots: list[Shot] = []
    for username in dict.fromkeys(shot.username for shot in wanted):
        with logged_in(db, "id", username) as window:
            context = window.context
            assert context is not None
            for shot in (shot for shot in wanted if shot.username == username):
                path = out / f"{shot.name}.png"
                shown = shot.take(window, context)
                settle()
                shots.append(_save(window, path) if shown is None else alone(shown, path))
                if progress:
                    progress(path.name)
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
