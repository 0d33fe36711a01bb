"""The desktop program's start: window first, database in the background, then the login.

The main window appears at once (bare Qt start-up plus a little); importing SQLAlchemy, opening
the database and upgrading its schema (with a backup) happen on a worker thread while the window
is already on screen. Then the first-start dialog or the login dialog opens over it.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from ui.errors import install_excepthook, message_for, setup_logging
from ui.i18n import install_translator, saved_language
from ui.main_window import MainWindow
from ui.worker import run_in_background

ORGANIZATION = "Inventaris"
APPLICATION = "Inventaris"


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
)


@dataclass(frozen=True)
class OpenedDatabase:
    db: object  # inventaris.core.db.Database, typed loosely to keep the engine import off start-up
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

    def __init__(self, database_url: str, language: str) -> None:
        super().__init__()
        self.database_url = database_url
        self.language = language
        self.window = MainWindow(language)
        self.window.first_shown.connect(self.window_shown)
        self.window.logout_requested.connect(self.ask_login)
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
        self.window.show()

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
        if opened.needs_first_admin:
            self.ask_first_admin()
        else:
            self.ask_login()

    def ask_first_admin(self) -> None:
        from ui.accounts.first_admin_dialog import FirstAdminDialog

        assert self.opened is not None
        self._open_dialog(FirstAdminDialog(self.opened.db, self.window))  # type: ignore[arg-type]

    def ask_login(self) -> None:
        from ui.accounts.login_dialog import LoginDialog

        assert self.opened is not None
        self.window.detach()
        self._open_dialog(LoginDialog(self.opened.db, self.window))  # type: ignore[arg-type]

    def _open_dialog(self, dialog: QDialog) -> None:
        # Window-modal and non-blocking: the event loop keeps running (and tests can drive it).
        self.dialog = dialog
        dialog.logged_in.connect(self._enter)  # type: ignore[attr-defined]
        dialog.rejected.connect(self.window.close)
        dialog.open()

    def _enter(self, actor: object) -> None:
        from ui.context import AppContext

        assert self.opened is not None
        self.dialog = None
        context = AppContext(self.opened.db, actor, self.language)  # type: ignore[arg-type]
        self.window.attach(context)
        self.logged_in.emit()


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    return app


def run_gui(database_url: str, language: str | None = None) -> int:
    app = create_application(sys.argv)
    setup_logging()
    install_excepthook()
    chosen = install_translator(app, language or saved_language())
    from ui.icons import icon

    app.setWindowIcon(icon("app"))
    launcher = Launcher(database_url, chosen)
    launcher.start()
    return app.exec()
