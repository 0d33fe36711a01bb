"""The desktop program's start: window first, database in the background, then the login.

The main window appears at once (bare Qt start-up plus a little); importing SQLAlchemy, opening
the database and upgrading its schema (with a backup) happen on a worker thread while the window
is already on screen. Then the first-start dialog or the login dialog opens over it.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui import screen
from ui.errors import install_excepthook, message_for, setup_logging, show_error
from ui.fonts import register_fonts
from ui.i18n import install_translator, saved_language
from ui.main_window import MainWindow
from ui.worker import run_in_background, wait_for_background_work

if TYPE_CHECKING:  # the engine's imports stay off start-up (see open_database)
    from inventaris.core.db import Database
    from inventaris.core.permissions import Actor
    from ui.accounts.first_admin_dialog import FirstAdminDialog
    from ui.accounts.login_dialog import LoginDialog
    from ui.context import AppContext

log = logging.getLogger(__name__)

ORGANIZATION = "Inventaris"
# How long the program waits at its end for the exit backup (a large register takes seconds).
EXIT_BACKUP_WAIT_MS = 10 * 60 * 1000
APPLICATION = "Inventaris"
# The list, table or tree that has the keyboard focus wears a frame in the selection colour
# (Fusion and the offscreen platform show no focus on lists at all). The width stays the same,
# so nothing moves when the focus comes and goes. A combo box's popup keeps its plain frame.
LIST_FOCUS_STYLE = """
QTableView, QListView, QTreeView { border: 1px solid palette(mid); padding: 1px; }
QTableView:focus, QListView:focus, QTreeView:focus {
    border: 2px solid palette(highlight); padding: 0px;
}
QComboBox QAbstractItemView, QComboBox QAbstractItemView:focus {
    border: 1px solid palette(mid); padding: 0px;
}
"""


AREA_MODULES = (
    "ui.home.dashboard_page",
    "ui.assets.register_page",
    "ui.assets.asset_dialog",
    "ui.rooms.rooms_page",
    "ui.vehicles.vehicles_page",
    "ui.bookings.bookings_page",
    "ui.residences.residences_page",
    "ui.settings.settings_page",
    "ui.accounts.users_page",
    "ui.accounts.login_dialog",
    "ui.units.working",
)


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    needs_first_admin: bool
    backup: str | None


def open_database(url: str) -> OpenedDatabase:
    """Runs on a worker thread: the engine's imports happen here, not before the window shows."""
    from inventaris.accounts import needs_first_admin
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database

    db = Database(url)
    try:
        report = prepare_database(db)
        first = needs_first_admin(db)
    except BaseException:
        db.dispose()
        raise
    # While the user types the password, load the code of the areas (no widgets are made
    # here: only modules), so the window fills at once after the login.
    for module in AREA_MODULES:
        importlib.import_module(module)
    return OpenedDatabase(db, first, str(report.backup) if report.backup else None)


class Launcher(QObject):
    """From an empty window to a logged-in one; tests and benchmarks follow its signals."""

    window_shown = Signal()
    database_ready = Signal()
    logged_in = Signal()
    failed = Signal(str)
    # An automatic backup is over: its file, or None when none was due (or it failed).
    automatic_backup_done = Signal(object)

    def __init__(self, database_url: str, language: str) -> None:
        super().__init__()
        self.database_url = database_url
        self.language = language
        self.window = MainWindow(language)
        self.window.first_shown.connect(self.window_shown)
        self.window.logout_requested.connect(self.ask_login)
        self.window.closing.connect(lambda: self.automatic_backup("exit"))
        self.opened: OpenedDatabase | None = None
        self.dialog: QDialog | None = None

    def start(self) -> None:
        # The worker starts first so its imports overlap with painting the window.
        run_in_background(
            lambda: open_database(self.database_url), self._on_opened, self._on_failed
        )
        self.window.show_startup_message(
            QCoreApplication.translate("Launcher", "Opening the database…")
        )
        self.window.show()  # maximised at first (MainWindow._restore_geometry)

    def _on_failed(self, error: BaseException) -> None:
        text = message_for(error)
        self.window.show_startup_message(text)
        self.failed.emit(text)
        QMessageBox.critical(
            self.window, QCoreApplication.translate("Launcher", "Inventaris"), text
        )
        self.window.close()

    def _on_opened(self, opened: OpenedDatabase) -> None:
        self.opened = opened
        self.window.set_database(opened.db)
        self.window.show_startup_message(QCoreApplication.translate("Launcher", "Please log in."))
        if opened.backup:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Launcher", "The database was upgraded; a backup is at {path}"
                ).format(path=opened.backup),
                15_000,
            )
        self.database_ready.emit()
        self.automatic_backup("start")
        if opened.needs_first_admin:
            self.ask_first_admin()
        else:
            self.ask_login()

    def automatic_backup(self, occasion: Literal["start", "exit"]) -> None:
        """The day's first start and every exit back a SQLite database up, in the background
        (inventaris/backups.py says when and how they are rotated)."""
        if self.opened is None or self.opened.db.backend != "sqlite":
            return
        from inventaris.backups import automatic_backup

        db = self.opened.db
        run_in_background(
            lambda: automatic_backup(db, occasion),
            self._automatic_backup_done,
            lambda error: self._automatic_backup_failed(occasion, error),
        )

    def _automatic_backup_done(self, path: Path | None) -> None:
        settings = self.window.pages.get("settings")
        panel = getattr(settings, "backups", None)
        if panel is not None:
            panel.refresh()
        self.automatic_backup_done.emit(path)

    def _automatic_backup_failed(self, occasion: str, error: BaseException) -> None:
        text = message_for(error)
        log.warning("the automatic backup (%s) failed: %s", occasion, text)
        if occasion == "start":
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Launcher", "The automatic backup failed: {error}"
                ).format(error=text),
                30_000,
            )
        self.automatic_backup_done.emit(None)

    def ask_first_admin(self) -> None:
        from ui.accounts.first_admin_dialog import FirstAdminDialog

        assert self.opened is not None
        self._open_dialog(FirstAdminDialog(self.opened.db, self.window))

    def ask_login(self) -> None:
        from ui.accounts.login_dialog import LoginDialog

        assert self.opened is not None
        self.window.detach()
        self._open_dialog(LoginDialog(self.opened.db, self.window))

    def _open_dialog(self, dialog: FirstAdminDialog | LoginDialog) -> None:
        # Window-modal and non-blocking: the event loop keeps running (and tests can drive it).
        self.dialog = dialog
        dialog.logged_in.connect(self._enter)
        dialog.rejected.connect(self.window.close)
        dialog.open()

    def _enter(self, actor: Actor) -> None:
        from ui.units.working import enter

        assert self.opened is not None
        self.dialog = None
        # An account with several units picks one first (ui/units/working.py).
        self.dialog = enter(
            self.window, self.opened.db, actor, self.language, self._attach, self.ask_login
        )

    def _attach(self, context: AppContext) -> None:
        self.dialog = None
        self.window.attach(context)
        self.logged_in.emit()


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    screen.install(app)  # dialogs fit the screen; cut cells show their text as a tooltip
    app.setStyleSheet(LIST_FOCUS_STYLE)
    register_fonts()
    return app


def run_gui(database_url: str | None, language: str | None = None) -> int:
    """The window on ``database_url`` (None: the PC's saved choice or the default file)."""
    app = create_application(sys.argv)
    setup_logging()
    install_excepthook()
    chosen = install_translator(app, language or saved_language())
    from inventaris.core.errors import DomainError
    from inventaris.core.paths import resolve_database_url

    try:
        database_url = resolve_database_url(database_url)
    except DomainError as error:  # a data folder that cannot be written
        show_error(None, error)
        return 1
    from inventaris.reports.scratch import remove_stale_scratch

    remove_stale_scratch()  # what an export killed last time left behind
    from ui.icons import icon

    app.setWindowIcon(icon("app"))
    launcher = Launcher(database_url, chosen)
    launcher.start()
    code = app.exec()
    # The backup taken as the window closed finishes before the program ends.
    wait_for_background_work(EXIT_BACKUP_WAIT_MS)
    return code
