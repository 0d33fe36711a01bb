"""The users page: models that behave, adding a user, and the audit log."""

from __future__ import annotations

from inventaris.accounts import authenticate, list_users
from inventaris.core.db import Database
from inventaris.core.permissions import Role
from tests.ui.conftest import screenshot, show_active
from ui.accounts.models import AuditModel, UsersModel
from ui.accounts.user_dialog import UserDialog
from ui.accounts.users_page import UsersPage
from ui.context import AppContext


def _context(db: Database) -> AppContext:
    return AppContext(db, authenticate(db, "admin", "demo1234"), "id")


def test_users_model_passes_the_model_tester(qtmodeltester, demo_db: Database) -> None:
    context = _context(demo_db)
    model = UsersModel()
    model.set_users(list_users(demo_db, context.actor))
    qtmodeltester.check(model)
    assert model.rowCount() == 5


def test_audit_model_loads_lazily_and_passes_the_model_tester(
    qtmodeltester, demo_db: Database
) -> None:
    context = _context(demo_db)
    for _ in range(3):
        authenticate(demo_db, "pengurus", "demo1234")
    model = AuditModel(context)
    model.PAGE = 2
    model.reload()
    assert model.rowCount() == 2 and model.canFetchMore()
    qtmodeltester.check(model)  # it fetches more itself
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total >= 5
    searched = AuditModel(context)
    searched.reload("pengurus")
    assert searched.rows and all(row.username == "pengurus" for row in searched.rows)


def test_an_admin_adds_a_user_through_the_dialog(qtbot, demo_db: Database) -> None:
    context = _context(demo_db)
    page = UsersPage(context)
    qtbot.addWidget(page)
    dialog = UserDialog(context, None, page)
    qtbot.addWidget(dialog)
    dialog.username.setText("Sari")
    dialog.full_name.setText("Sari Lubis")
    dialog.nip.setText("19900101 201501 2 003")
    dialog.role.setCurrentIndex(list(Role).index(Role.SECRETARIAT))
    dialog.password.setText("sandi-sari-1")
    dialog.confirm.setText("sandi-sari-1")
    dialog.show()
    screenshot(dialog, "add_user_id")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    names = [user.username for user in page.users_model.users]
    assert "sari" in names
    assert authenticate(demo_db, "sari", "sandi-sari-1").role is Role.SECRETARIAT


def test_a_taken_user_name_is_pointed_out(qtbot, demo_db: Database) -> None:
    dialog = UserDialog(_context(demo_db))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.username.setText("pengurus")
    dialog.full_name.setText("Orang Lain")
    dialog.password.setText("sandi-baru-1")
    dialog.confirm.setText("sandi-baru-1")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert '"pengurus"' in dialog.error.text()
    assert dialog.username.hasFocus()


def test_the_audit_tab_shows_the_log(qtbot, demo_db: Database) -> None:
    page = UsersPage(_context(demo_db))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.tabs.setCurrentWidget(page.audit_tab)
    assert page.audit_model.rowCount() >= 2
    rows = page.audit_model.rows
    page.audit_table.selectRow(next(i for i, row in enumerate(rows) if row.action == "demo_data"))
    assert page.audit_detail.toPlainText().splitlines() == ["assets: — → 300", "seed: — → 2"]
    page.audit_table.selectRow(0)
    assert page.audit_detail.toPlainText() == "Tidak ada nilai yang berubah."
    page.audit_table.selectRow(next(i for i, row in enumerate(rows) if row.action == "demo_data"))
    screenshot(page, "audit_log_id")
