"""The Inventarisasi page: start a stock-take in its dialog, scan through the field as a
keyboard-wedge scanner types (found, in the wrong room, unknown, twice), tick by hand, answer
the working sheet, note an item not in the register, close a room, finish, apply a follow-up."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from inventaris.accounts import authenticate
from inventaris.assets.editing import get_asset
from inventaris.core.db import Database
from inventaris.stocktake.answers import get_answer, list_findings
from inventaris.stocktake.counting import place_list, places
from inventaris.stocktake.followups import list_followups
from inventaris.stocktake.sessions import get_stocktake
from inventaris.stocktake.types import (
    OUTSIDE_ROOMS,
    FollowUpKind,
    ItemCheck,
    PlaceProgress,
    ScanOutcome,
    ScanResult,
)
from tests.ui.conftest import screenshot, show_active
from ui.context import AppContext
from ui.stocktake.answer_dialog import AnswerDialog
from ui.stocktake.finding_dialog import FindingDialog
from ui.stocktake.followups_dialog import FollowUpsDialog
from ui.stocktake.stocktake_dialog import StocktakeDialog
from ui.stocktake.stocktake_page import StocktakePage


def _page(qtbot, db: Database, username: str = "pengurus") -> StocktakePage:
    page = StocktakePage(AppContext(db, authenticate(db, username, "demo1234"), "id"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        show_active(qtbot, page)
    return page


def _started(qtbot, page: StocktakePage) -> int:
    """Start one through the dialog, as a person does."""
    assert page.start_action.isEnabled()
    page.start_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, StocktakeDialog)
    dialog.name.setText("Inventarisasi BMD 2026")
    dialog.decree_number.setText("030/145/BU/2026")
    dialog.decree_date.set_value(date(2026, 3, 2))
    dialog.team.item(0, 0).setText("Ahmad Siregar")  # type: ignore[union-attr]
    dialog.team.item(0, 1).setText("19700101 199503 1 001")  # type: ignore[union-attr]
    rows = dialog.team.rowCount()
    dialog.findChild(QPushButton, "addMember").click()  # type: ignore[union-attr]
    assert dialog.team.rowCount() == rows + 1
    dialog.team.item(rows, 0).setText("Rina Ginting")  # type: ignore[union-attr]
    dialog.team.setCurrentCell(1, 0)  # "Sekretaris", left empty: removed
    dialog.findChild(QPushButton, "removeMember").click()  # type: ignore[union-attr]
    assert dialog.team.rowCount() == rows
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    show_active(qtbot, page)  # the window system gives the window back its activation
    assert page.current is not None and page.current.is_open
    assert page.current.name == "Inventarisasi BMD 2026"
    assert page.current.team[0].nip == "197001011995031001"
    assert [m.name for m in page.current.team] == ["Ahmad Siregar", "Rina Ginting"]
    assert page.chooser.currentIndex() == 0  # the open one first
    return page.current.id


def _choose_place(qtbot, page: StocktakePage, place: int) -> None:
    rows = [page.places_model.row_at(r).place for r in range(page.places_model.rowCount())]
    if page.place == place:
        return
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.places_table.selectRow(rows.index(place))
    assert page.place == place and page.listing is not None


def _busy_room(page: StocktakePage) -> PlaceProgress:
    return next(
        row
        for row in page.places_model.rows
        if row.place != OUTSIDE_ROOMS and row.expected >= 4 and not row.closed
    )


def _scan(qtbot, page: StocktakePage, line: str) -> ScanOutcome:
    """What a scanner does: the characters, then Enter."""
    with qtbot.waitSignal(page.scanned, timeout=10_000) as signal:
        qtbot.keyClicks(page.scan_field, line)
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
        assert page.scan_field.text() == ""  # cleared at once, ready for the next line
    outcome = signal.args[0]
    assert isinstance(outcome, ScanOutcome), outcome
    return outcome


def _select(page: StocktakePage, tab: int, key: int) -> None:
    page.tabs.setCurrentIndex(tab)
    table = (page.items_table, page.strangers_table, page.findings_table)[tab]
    model = table.model()
    for row in range(model.rowCount()):
        value = model.row_at(row)  # type: ignore[attr-defined]
        found = value.recorded.asset_id if isinstance(value, ItemCheck) else value.id
        if found == key:
            table.selectRow(row)
            return
    raise AssertionError(f"{key} is not listed")


def test_start_then_scan_found_misplaced_unknown_and_twice_through_the_field(
    qtbot, demo_db: Database
) -> None:
    page = _page(qtbot, demo_db)
    number = _started(qtbot, page)
    actor = page.context.actor
    room = _busy_room(page)
    _choose_place(qtbot, page, room.place)
    assert page.scan_field.isEnabled()
    qtbot.waitUntil(page.scan_field.hasFocus)  # once the window is active again
    expected = place_list(demo_db, actor, number, room.place).items
    other = next(p for p in places(demo_db, actor, number) if p.place != room.place and p.expected)
    stranger = place_list(demo_db, actor, number, other.place).items[0].recorded

    found = _scan(qtbot, page, expected[0].recorded.code_register)
    assert found.result is ScanResult.FOUND
    assert expected[0].recorded.name in page.banner.text()
    assert "#2e7d32" in page.banner.styleSheet()  # green
    misplaced = _scan(qtbot, page, stranger.code_register)
    assert misplaced.result is ScanResult.MISPLACED
    assert other.name in page.banner.text() and "#b28704" in page.banner.styleSheet()
    unknown = _scan(qtbot, page, "INV:ZZZZZZZZZZ 9.9.9 Meja lipat")
    assert unknown.result is ScanResult.UNKNOWN and "ZZZZZZZZZZ" in page.banner.text()
    twice = _scan(qtbot, page, expected[0].recorded.code_register)
    assert twice.result is ScanResult.DUPLICATE

    # The lists follow a moment after the last scan, not after each one.
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        pass
    assert page.listing is not None
    assert page.listing.progress.checked == 1  # the duplicate counted once
    assert [r.recorded.asset_id for r in page.strangers_model.rows] == [stranger.asset_id]
    assert [f.scanned for f in page.findings_model.rows] == ["INV:ZZZZZZZZZZ 9.9.9 Meja lipat"]
    assert page.items_model.rows[0].found_place == room.place
    shown = {row.place: row for row in page.places_model.rows}
    assert shown[room.place].checked == 1 and shown[room.place].misplaced_here == 1

    # By hand: a chair without a label, then taken back.
    target = expected[1].recorded.asset_id
    _select(page, 0, target)
    assert page.tick_action.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.tick_action.trigger()
    row = next(r for r in page.items_model.rows if r.recorded.asset_id == target)
    assert row.method == "manual" and row.found_place == room.place
    assert page.listing.progress.checked == 2
    qtbot.waitUntil(page.scan_field.hasFocus)  # the scanner has its field back
    screenshot(page, "stocktake-scanning-id")
    _select(page, 0, target)
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.untick_action.trigger()
    row = next(r for r in page.items_model.rows if r.recorded.asset_id == target)
    assert row.found_place is None and page.listing.progress.checked == 1


def test_a_fast_scanner_loses_no_line(qtbot, demo_db: Database) -> None:
    """Lines typed back to back, faster than they are checked: every one is taken, in order."""
    page = _page(qtbot, demo_db)
    number = _started(qtbot, page)
    room = _busy_room(page)
    _choose_place(qtbot, page, room.place)
    codes = [row.recorded.code_register for row in page.items_model.rows[:4]]
    lines = codes + codes[:2]
    outcomes: list[object] = []
    page.scanned.connect(outcomes.append)
    for line in lines:
        qtbot.keyClicks(page.scan_field, line)
        qtbot.keyClick(page.scan_field, Qt.Key.Key_Return)
    assert page.scan_field.text() == ""
    qtbot.waitUntil(lambda: len(outcomes) == len(lines), timeout=10_000)
    results = [o.result for o in outcomes if isinstance(o, ScanOutcome)]
    assert results == [ScanResult.FOUND] * 4 + [ScanResult.DUPLICATE] * 2
    assert [o.code_register for o in outcomes if isinstance(o, ScanOutcome)] == lines
    qtbot.waitUntil(lambda: page.listing is not None and page.listing.progress.checked == 4)
    assert get_stocktake(demo_db, page.context.actor, number).is_open


def test_answers_and_an_item_not_in_the_register_are_saved_from_their_dialogs(
    qtbot, demo_db: Database
) -> None:
    page = _page(qtbot, demo_db)
    number = _started(qtbot, page)
    actor = page.context.actor
    room = _busy_room(page)
    _choose_place(qtbot, page, room.place)
    item = page.items_model.rows[2].recorded
    _select(page, 0, item.asset_id)
    page.answer_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, AnswerDialog)
    screenshot(dialog, "stocktake-answers-id")
    dialog.presence.setCurrentIndex(dialog.presence.findData("hilang"))
    dialog.condition.setCurrentIndex(dialog.condition.findData("RR"))
    dialog.corrections["brand_type"].setText("Chitose Yume")
    dialog.user_kind.setCurrentIndex(dialog.user_kind.findData("employee"))
    assert dialog.user_nip.isEnabled()
    dialog.user_name.setText("Rina Ginting")
    dialog.user_nip.setText("19850505 201001 2 003")
    dialog.user_document.setText("BAST/07/2026")
    dialog.note.setPlainText("Laporan polisi menyusul")
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        dialog.apply()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = get_answer(demo_db, actor, number, item.asset_id)
    assert (saved.presence, saved.observed_condition) == ("hilang", "RR")
    assert saved.corrections == {"brand_type": "Chitose Yume"}
    assert (saved.user_kind, saved.user_nip) == ("employee", "198505052010012003")
    row = next(r for r in page.items_model.rows if r.recorded.asset_id == item.asset_id)
    assert row.presence == "hilang" and row.note == "Laporan polisi menyusul"

    # A refusal stays in the dialog, beside its field.
    _select(page, 0, item.asset_id)
    page.answer_action.trigger()
    again = page.last_dialog
    assert isinstance(again, AnswerDialog)
    again.twin.setText("9.9.9.99.000001")
    again.apply()
    qtbot.waitUntil(lambda: not again.saving)  # the save runs on the worker
    assert again.isVisible() and "9.9.9.99.000001" in again.error.text()
    again.changed = False
    again.reject()

    # An item found here that the register does not have.
    page.tabs.setCurrentIndex(2)
    page.finding_action.trigger()
    finding = page.last_dialog
    assert isinstance(finding, FindingDialog)
    finding.name.setText("Dispenser air")
    finding.code.setText(item.code)
    finding.brand_type.setText("Miyako")
    finding.quantity.setValue(2)
    finding.year.setValue(2024)
    finding.value.set_amount(850_000)
    finding.condition.setCurrentIndex(finding.condition.findData("RR"))
    screenshot(finding, "stocktake-finding-id")
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        finding.apply()
    assert finding.result() == finding.DialogCode.Accepted
    noted = [f for f in list_findings(demo_db, actor, number) if f.name == "Dispenser air"]
    assert len(noted) == 1 and noted[0].estimated_value == 850_000 and noted[0].quantity == 2
    assert noted[0].place == room.place and noted[0].condition == "RR"

    # Describing it again edits the same finding.
    _select(page, 2, noted[0].id)
    page.answer_action.trigger()
    edit = page.last_dialog
    assert isinstance(edit, FindingDialog) and edit.name.text() == "Dispenser air"
    edit.note.setPlainText("Di sudut ruangan")
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        edit.apply()
    (changed,) = [f for f in list_findings(demo_db, actor, number) if f.name == "Dispenser air"]
    assert changed.note == "Di sudut ruangan" and changed.id == noted[0].id


def test_close_the_room_finish_and_apply_a_follow_up(
    qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, demo_db)
    number = _started(qtbot, page)
    actor = page.context.actor
    room = _busy_room(page)
    _choose_place(qtbot, page, room.place)
    other = next(p for p in places(demo_db, actor, number) if p.place != room.place and p.expected)
    stranger = place_list(demo_db, actor, number, other.place).items[0].recorded
    _scan(qtbot, page, page.items_model.rows[0].recorded.code_register)
    _scan(qtbot, page, stranger.code_register)  # misplaced: a move to apply later
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        pass
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    missing = room.expected - 1
    with qtbot.waitSignal(page.loaded, timeout=5_000):
        page.close_action.trigger()
    assert f"{missing} " in asked[-1]
    assert page.listing is not None and page.listing.progress.closed
    assert page.listing.progress.checked == room.expected
    assert not page.close_action.isEnabled()
    not_found = [r for r in page.items_model.rows if r.presence == "tidak_ditemukan"]
    assert len(not_found) == missing

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.finish_action.trigger()
    assert "Inventarisasi BMD 2026" in asked[-1]
    assert page.current is not None and not page.current.is_open
    assert not page.scan_field.isEnabled() and not page.finish_action.isEnabled()
    assert page.start_action.isEnabled()  # none is open now
    assert not get_stocktake(demo_db, actor, number).is_open

    page.followups_action.trigger()
    dialog = page.last_dialog
    assert isinstance(dialog, FollowUpsDialog)
    show_active(qtbot, dialog)
    screenshot(dialog, "stocktake-followups-id")
    assert not dialog.apply_button.isEnabled()  # nothing chosen yet
    move = next(
        i
        for i, f in enumerate(dialog.followups)
        if f.kind is FollowUpKind.MOVE and f.asset_id == stranger.asset_id
    )
    dialog.table.selectRow(move)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy.active, timeout=10_000)  # applied on the worker
    assert get_asset(demo_db, actor, stranger.asset_id).room_id == room.place
    done = [
        f
        for f in list_followups(demo_db, actor, number)
        if f.kind is FollowUpKind.MOVE and f.asset_id == stranger.asset_id
    ]
    assert done[0].done
    assert stranger.asset_id not in {
        f.asset_id for f in dialog.followups if f.kind is FollowUpKind.MOVE
    }
    dialog.pending_only.setChecked(False)
    row = next(
        i
        for i, f in enumerate(dialog.followups)
        if f.kind is FollowUpKind.MOVE and f.asset_id == stranger.asset_id
    )
    assert dialog.model.index(row, 2).data().startswith("✓")
    dialog.reject()


def test_a_reader_sees_the_count_but_cannot_count(qtbot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db, "pimpinan")
    assert not page.start_action.isVisible() or not page.start_action.isEnabled()
    assert not page.scan_field.isEnabled()
    assert not page.tick_action.isVisible() and not page.close_action.isVisible()
    if page.current is not None:  # the demo's finished stock-take: its papers for everyone
        assert page.followups_action.isEnabled() and page.workbook_action.isEnabled()


def test_the_land_question_is_asked_of_buildings_only(qtbot, demo_db: Database) -> None:
    from sqlalchemy import select

    from inventaris.model import Asset
    from inventaris.stocktake.answers import get_answer
    from ui.stocktake.answer_dialog import AnswerDialog

    page = _page(qtbot, demo_db)
    number = _started(qtbot, page)
    actor = page.context.actor
    with demo_db.read() as session:
        building = session.scalar(select(Asset.id).where(Asset.code.like("1.3.3.%")).limit(1))
        chair_id = session.scalar(select(Asset.id).where(Asset.code.like("1.3.2.05.%")).limit(1))
    assert building is not None and chair_id is not None
    shown = {}
    for asset_id in (building, chair_id):
        dialog = AnswerDialog(page.context, number, get_answer(demo_db, actor, number, asset_id))
        qtbot.addWidget(dialog)
        shown[asset_id] = dialog.form.isRowVisible(dialog.land_not_owned)
    assert shown == {building: True, chair_id: False}


def test_the_papers_are_written_on_the_worker_and_the_page_answers_meanwhile(
    qtbot, demo_db: Database, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.printing
    from inventaris.stocktake import workbook
    from tests.ui.papers_on_worker import held_write, while_held
    from tests.ui.test_stocktake_printing import _pages

    page = _page(qtbot, demo_db, "pimpinan")  # the papers are everyone's
    assert page.current is not None  # the demo's finished stock-take
    session = page.session
    papers = [page.workbook_action, page.pdf_action]
    with held_write(monkeypatch, ui.printing) as held:
        assert session.save_berita_acara(str(tmp_path / "ba.pdf")) is not None
        while_held(
            qtbot,
            held,
            session.busy,
            papers,
            again=lambda: session.save_workbook(str(tmp_path / "meanwhile.xlsx")),
            shot="stocktake_paper_writing_id",
        )
    assert session.written == tmp_path / "ba.pdf" and not (tmp_path / "meanwhile.xlsx").exists()
    texts = _pages(tmp_path / "ba.pdf")
    assert len(texts) >= 2 and "BERITA ACARA INVENTARISASI" in texts[0]
    assert all(action.isEnabled() for action in papers)
    # The LHI workbook goes the same way.
    with held_write(monkeypatch, workbook, "write_stocktake_workbook") as held:
        assert session.save_workbook(str(tmp_path / "lhi.xlsx")) is not None
        while_held(qtbot, held, session.busy, papers)
    assert session.written == tmp_path / "lhi.xlsx" and (tmp_path / "lhi.xlsx").stat().st_size
