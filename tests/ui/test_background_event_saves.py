"""The register's event dialogs and the disposal proposals save on the worker (issue 21 items
3 and 4): pressed twice, one save; a lost connection keeps the form with what was typed and
says so in a band with Try again, which saves once the server is back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import ui.assets.event_dialogs
import ui.disposals.proposals_dialog
from inventaris.assets.editing import create_assets, get_asset
from inventaris.core.db import MSG_CONNECTION_LOST, Database
from inventaris.core.errors import DatabaseError
from inventaris.disposals.proposals import create_proposal
from inventaris.disposals.types import ItemState
from tests.support.builders import a_room, chair, first_admin
from tests.ui.conftest import screenshot, show_active
from ui.assets.event_dialogs import MoveDialog
from ui.context import AppContext
from ui.disposals.proposals_dialog import ProposalsDialog
from ui.errors import is_connection_lost


class ServerAway:
    """Stands in for a use case: the first ``lost`` calls find the server gone."""

    def __init__(self, real: Callable[..., Any], lost: int = 1) -> None:
        self.real, self.lost, self.calls = real, lost, 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.calls <= self.lost:
            raise DatabaseError(MSG_CONNECTION_LOST, server="10.0.0.5:5432")
        return self.real(*args, **kwargs)


def test_a_move_that_loses_the_connection_keeps_the_form_and_try_again_saves_once(
    qtbot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = first_admin(sqlite_db)
    room = a_room(sqlite_db, admin)
    ids = [asset.id for asset in create_assets(sqlite_db, admin, chair(), quantity=2)]
    away = ServerAway(ui.assets.event_dialogs.move_assets)
    monkeypatch.setattr(ui.assets.event_dialogs, "move_assets", away)
    dialog = MoveDialog(AppContext(sqlite_db, admin, "id"), ids)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.room.setCurrentIndex(dialog.room.findData(room))
    dialog.note.setText("pindah ke ruang kepala")

    dialog.buttons.accepted.emit()  # Save, and Save again before the answer: one save
    assert dialog.saving and not dialog.buttons.isEnabled()
    dialog.buttons.accepted.emit()
    dialog.reject()  # Esc while saving: the form waits for the answer
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)
    assert away.calls == 1
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert dialog.banner.error is not None and is_connection_lost(dialog.banner.error)
    assert "10.0.0.5:5432" in dialog.banner.text.text()
    assert dialog.banner.retry_button.isVisible() and dialog.error.isHidden()
    assert dialog.note.text() == "pindah ke ruang kepala"  # the typing is kept
    assert dialog.room.currentData() == room
    assert get_asset(sqlite_db, admin, ids[0]).room_id is None
    screenshot(dialog, "move_dialog_connection_lost_id")

    dialog.banner.retry_button.click()  # Coba lagi: the server is back
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    assert dialog.result() == dialog.DialogCode.Accepted and away.calls == 2
    assert {get_asset(sqlite_db, admin, i).room_id for i in ids} == {room}


def test_a_refused_move_is_said_beside_its_field_after_the_worker(
    qtbot, sqlite_db: Database
) -> None:
    admin = first_admin(sqlite_db)
    (asset,) = create_assets(sqlite_db, admin, chair())
    dialog = MoveDialog(AppContext(sqlite_db, admin, "id"), [asset.id])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.room.addItem("R.99 – gone", 999_999)  # a room deleted since the form opened
    dialog.room.setCurrentIndex(dialog.room.count() - 1)
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.banner.isHidden()
    assert dialog.buttons.isEnabled()


def test_a_withdrawal_that_loses_the_connection_is_tried_again_for_the_rest(
    qtbot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin = first_admin(sqlite_db)
    ids = [asset.id for asset in create_assets(sqlite_db, admin, chair(), quantity=3)]
    create_proposal(sqlite_db, admin, ids, reason="Rusak berat")
    real = ui.disposals.proposals_dialog.withdraw_item
    calls: list[int] = []

    def first_goes_then_lost(*args: Any) -> Any:
        calls.append(args[3])
        if len(calls) == 2:  # the server goes after the first item
            raise DatabaseError(MSG_CONNECTION_LOST, server="10.0.0.5:5432")
        return real(*args)

    monkeypatch.setattr(ui.disposals.proposals_dialog, "withdraw_item", first_goes_then_lost)
    proposals = ProposalsDialog(AppContext(sqlite_db, admin, "id"))
    qtbot.addWidget(proposals)
    show_active(qtbot, proposals)
    assert proposals.withdraw(proposals.current.items[:2] if proposals.current else []) == 2
    assert not proposals.withdraw_button.isEnabled()  # no second withdrawal meanwhile
    qtbot.waitUntil(lambda: not proposals.busy.active, timeout=5_000)
    assert proposals.banner.isVisible() and proposals.banner.retry_button.isVisible()
    said = proposals.banner.text.text()  # one of two went before the server did: said first
    assert said.startswith("⚠ 1 ") and " 2 " in said and "10.0.0.5:5432" in said
    screenshot(proposals, "proposals_connection_lost_id")
    proposals.banner.retry_button.click()
    qtbot.waitUntil(lambda: not proposals.busy.active, timeout=5_000)
    assert proposals.banner.isHidden()
    assert calls[1:] == calls[1:2] * 2  # the one that failed, once again; not the first
    assert proposals.current is not None
    states = [item.state for item in proposals.current.items]
    assert states.count(ItemState.WITHDRAWN) == 2 and states.count(ItemState.PROPOSED) == 1
