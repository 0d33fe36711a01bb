"""A PostgreSQL server stopped and started while the program works (issue 21 item 3): a save
says the connection is lost and keeps the form with what was typed, Try again saves once the
server is back; a page's list says so in a banner that goes when a later load succeeds.

The test has a server of its own (the session's is shared by every other test): stopped with
pg_ctl and started again on the same port and data folder."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QDialogButtonBox

from inventaris.bookings.service import Settings, get_settings
from inventaris.core.db import Database
from inventaris.core.schema import prepare_database
from tests.support.builders import first_admin
from tests.support.databases import new_postgres_database
from tests.support.postgres import _as_owner, _bin_dir, throwaway_server
from tests.ui.conftest import screenshot, show_active
from ui.bookings.booking_dialog import BookingSettingsDialog
from ui.context import AppContext
from ui.errors import is_connection_lost


class Server:
    """The test's own server: where its data folder is, to stop and start it."""

    def __init__(self, admin_url: str) -> None:
        engine = sa.create_engine(admin_url, poolclass=sa.NullPool)
        with engine.connect() as connection:
            self.data = Path(str(connection.exec_driver_sql("SHOW data_directory").scalar()))
        engine.dispose()
        self.port = sa.make_url(admin_url).port

    def _pg_ctl(self, *arguments: str) -> None:
        command = [str(_bin_dir() / "pg_ctl"), "-D", str(self.data), "-w", *arguments]
        subprocess.run(_as_owner(command), check=True, capture_output=True)

    def stop(self) -> None:
        self._pg_ctl("-m", "fast", "stop")

    def start(self) -> None:
        base = self.data.parent  # as throwaway_server started it
        options = f"-p {self.port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._pg_ctl("-l", str(base / "log"), "-o", options, "start")


@pytest.fixture
def own_server() -> Iterator[tuple[Server, str]]:
    with throwaway_server() as admin_url:
        _name, url = new_postgres_database(admin_url)
        yield Server(admin_url), url


def test_a_save_and_a_list_while_the_server_is_stopped_then_back(qtbot, own_server) -> None:
    from ui.vehicles.vehicles_page import VehiclesPage

    server, url = own_server
    db = Database(url)
    try:
        prepare_database(db)
        admin = first_admin(db)
        context = AppContext(db, admin, "id")
        page = VehiclesPage(context)
        qtbot.addWidget(page)
        page.resize(1100, 500)
        page.show()
        qtbot.waitSignal(page.loaded, timeout=10_000).wait()
        dialog = BookingSettingsDialog(context, get_settings(db, admin))
        qtbot.addWidget(dialog)
        dialog.resize(600, 300)
        show_active(qtbot, dialog)
        dialog.day_starts.setCurrentIndex(dialog.day_starts.findData(8 * 60))

        server.stop()
        dialog.buttons.accepted.emit()  # Save
        qtbot.waitUntil(lambda: not dialog.saving, timeout=15_000)
        # Said in plain words, with Try again; the form and what was typed stay.
        assert dialog.isVisible() and dialog.banner.isVisible()
        assert dialog.banner.error is not None and is_connection_lost(dialog.banner.error)
        said = dialog.banner.text.text()
        assert f"127.0.0.1:{server.port}" in said
        assert "postgresql" not in said and "password" not in said
        assert dialog.banner.retry_button.isVisible()
        assert dialog.day_starts.currentText() == "08.00"
        screenshot(dialog, "server_gone_form_id")
        # The page's list: a banner, not text left in the heading.
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            page.refresh()
        assert page.banner.isVisible() and page.banner.retry_button.isVisible()
        assert "127.0.0.1" in page.banner.text.text()
        screenshot(page, "server_gone_page_id")

        server.start()
        dialog.banner.retry_button.click()  # Coba lagi: the same save
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
        assert dialog.result() == dialog.DialogCode.Accepted
        assert get_settings(db, admin) == Settings(time(8, 0), time(17, 0), 15, False)
        with qtbot.waitSignal(page.loaded, timeout=15_000):
            page.banner.retry_button.click()
        assert page.banner.isHidden()
    finally:
        db.dispose()


def test_a_refusal_is_not_offered_again(qtbot, sqlite_db: Database) -> None:
    """Try again is for a lost connection or a busy database, not for a refused entry."""
    admin = first_admin(sqlite_db)
    dialog = BookingSettingsDialog(
        AppContext(sqlite_db, admin, "id"), get_settings(sqlite_db, admin)
    )
    qtbot.addWidget(dialog)
    dialog.day_ends.setCurrentIndex(dialog.day_ends.findData(7 * 60))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)
    assert dialog.banner.isHidden() and not dialog.error.isHidden()
    dialog.changed = False
