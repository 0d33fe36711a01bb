"""Pengguna (Admin): the accounts, and the audit log of every change."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inventaris.accounts import UserView, list_users, reset_password, unlock_user
from inventaris.core.errors import DomainError
from inventaris.units import list_units
from ui.accounts.models import AuditModel, UsersModel
from ui.accounts.user_dialog import UserDialog
from ui.context import AppContext
from ui.errors import show_error
from ui.icons import icon
from ui.units.units_panel import UnitsPanel
from ui.widgets import page_title


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class UsersPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.users_model = UsersModel()
        self.users_table = _table("usersTable")
        self.users_table.setModel(self.users_model)
        self.users_table.doubleClicked.connect(lambda _index: self.edit_user())
        self.users_table.activated.connect(lambda _index: self.edit_user())
        add = QPushButton(icon("add"), self.tr("Add"))
        add.setShortcut("Ctrl+N")
        add.setToolTip(self.tr("Add a user (Ctrl+N)"))
        add.clicked.connect(self.add_user)
        edit = QPushButton(icon("edit"), self.tr("Edit"))
        edit.setToolTip(self.tr("Edit the selected user (Enter or F2)"))
        edit.setShortcut("F2")
        edit.clicked.connect(self.edit_user)
        password = QPushButton(icon("key"), self.tr("Set password…"))
        password.clicked.connect(self.set_password)
        unlock = QPushButton(icon("lock_open"), self.tr("Unlock"))
        unlock.clicked.connect(self.unlock)
        toolbar = QHBoxLayout()
        for button in (add, edit, password, unlock):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        users_tab = QWidget()
        users_layout = QVBoxLayout(users_tab)
        users_layout.addLayout(toolbar)
        users_layout.addWidget(self.users_table)

        self.audit_model = AuditModel(context)
        self.audit_table = _table("auditTable")
        self.audit_table.setModel(self.audit_model)
        self.audit_search = QLineEdit()
        self.audit_search.setObjectName("auditSearch")
        self.audit_search.setPlaceholderText(self.tr("Search by user, data, action or record"))
        self.audit_search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload_audit)
        self.audit_search.textChanged.connect(lambda _text: self._search_timer.start())
        self.audit_count = QLabel()
        self.audit_detail = QPlainTextEdit()
        self.audit_detail.setReadOnly(True)
        self.audit_table.selectionModel().currentRowChanged.connect(self._show_detail)
        audit_split = QSplitter(Qt.Orientation.Vertical)
        audit_split.addWidget(self.audit_table)
        audit_split.addWidget(self.audit_detail)
        audit_split.setStretchFactor(0, 3)
        audit_tab = QWidget()
        audit_layout = QVBoxLayout(audit_tab)
        search_row = QHBoxLayout()
        search_row.addWidget(self.audit_search, 1)
        audit_layout.addLayout(search_row)
        audit_layout.addWidget(audit_split)
        audit_layout.addWidget(self.audit_count)

        self.units = UnitsPanel(context)
        self.units_changed = self.units.units_changed  # the window shows a new name or choice
        self.units.units_changed.connect(self.refresh)
        self.audit_tab = audit_tab
        self.tabs = QTabWidget()
        self.tabs.addTab(users_tab, icon("users"), self.tr("Accounts"))
        self.tabs.addTab(self.units, icon("units"), self.tr("Units"))
        self.tabs.addTab(audit_tab, self.tr("Audit log"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Users")))
        layout.addWidget(self.tabs)
        self._restore_columns()
        self.refresh()

    def refresh(self) -> None:
        try:
            units = list_units(self.context.db, self.context.actor, with_counts=False)
            self.users_model.set_users(
                list_users(self.context.db, self.context.actor),
                {unit.id: unit.name for unit in units} if len(units) > 1 else {},
            )
        except DomainError as error:
            show_error(self, error)
        if self.tabs.currentWidget() is self.audit_tab:
            self.reload_audit()
        elif self.units.isVisible():
            self.units.refresh()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.audit_tab:
            self.reload_audit()

    def reload_audit(self) -> None:
        try:
            self.audit_model.reload(self.audit_search.text().strip())
        except DomainError as error:
            show_error(self, error)
            return
        self.audit_count.setText(
            self.tr("{count} entr(y/ies)", "", self.audit_model.total).format(
                count=self.audit_model.total
            )
        )

    def _show_detail(self) -> None:
        index = self.audit_table.currentIndex()
        if not index.isValid():
            self.audit_detail.clear()
            return
        row = self.audit_model.rows[index.row()]
        old_values = row.old_values or {}
        new_values = row.new_values or {}
        lines = [
            self.tr("{field}: {old} → {new}").format(
                field=field, old=old_values.get(field, "—"), new=new_values.get(field, "—")
            )
            for field in dict.fromkeys([*old_values, *new_values])
        ]
        self.audit_detail.setPlainText("\n".join(lines) or self.tr("No values were changed."))

    def selected_user(self) -> UserView | None:
        index = self.users_table.currentIndex()
        if not index.isValid():
            return None
        return self.users_model.users[index.row()]

    def add_user(self) -> None:
        dialog = UserDialog(self.context, None, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def edit_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        dialog = UserDialog(self.context, user, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def set_password(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Set password"),
            self.tr("New password for {name}:").format(name=user.full_name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        try:
            reset_password(self.context.db, self.context.actor, user.id, password)
        except DomainError as error:
            show_error(self, error)
            return
        QMessageBox.information(self, self.tr("Set password"), self.tr("The password was set."))
        self.refresh()

    def unlock(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        try:
            unlock_user(self.context.db, self.context.actor, user.id)
        except DomainError as error:
            show_error(self, error)
            return
        self.refresh()

    def _restore_columns(self) -> None:
        settings = QSettings()
        for key, table in (("users", self.users_table), ("audit", self.audit_table)):
            state = settings.value(f"columns/{key}")
            if state is not None:
                table.horizontalHeader().restoreState(state)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("columns/users", self.users_table.horizontalHeader().saveState())
        settings.setValue("columns/audit", self.audit_table.horizontalHeader().saveState())
        self.units.save_state()
