"""Table models for the users list and the audit log."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from inventaris.accounts import UserView
from inventaris.core.audit import AuditRow, count_audit, list_audit
from inventaris.core.formatting import format_datetime, format_nip
from inventaris.core.permissions import ROLE_LABELS, ROLE_PERMISSIONS, Permission
from inventaris.core.timeutil import utc_now
from ui.context import AppContext
from ui.i18n import engine_text

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class UsersModel(QAbstractTableModel):
    USERNAME, FULL_NAME, NIP, ROLE, STATUS, LAST_LOGIN, UNITS = range(7)

    def __init__(self) -> None:
        super().__init__()
        self.users: list[UserView] = []
        self.unit_names: dict[int, str] = {}  # empty with one unit: no Units column

    def set_users(self, users: list[UserView], unit_names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.unit_names = dict(unit_names or {})
        self.endResetModel()

    def _units_text(self, user: UserView) -> str:
        if Permission.VIEW_ALL_UNITS in ROLE_PERMISSIONS[user.role]:
            return self.tr("all units")
        names = [
            self.unit_names[unit_id] for unit_id in user.unit_ids if unit_id in self.unit_names
        ]
        return ", ".join(sorted(names))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else (7 if self.unit_names else 6)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("User name"), self.tr("Full name"), self.tr("NIP"), self.tr("Role"),
            self.tr("Status"), self.tr("Last login"), self.tr("Units"),
        )  # fmt: skip
        return titles[section] if 0 <= section < self.columnCount() else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.users):
            return None
        user = self.users[index.row()]
        if role == ID_ROLE:
            return user.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.USERNAME:
            return user.username
        if column == self.FULL_NAME:
            return user.full_name
        if column == self.NIP:
            return format_nip(user.nip)
        if column == self.ROLE:
            return engine_text(ROLE_LABELS[user.role])
        if column == self.STATUS:
            if not user.active:
                return self.tr("deactivated")
            if user.locked_until is not None and user.locked_until > utc_now():
                return self.tr("locked until {time}").format(
                    time=format_datetime(user.locked_until)
                )
            return self.tr("active")
        if column == self.LAST_LOGIN:
            return format_datetime(user.last_login_at) if user.last_login_at else ""
        if column == self.UNITS and self.unit_names:
            return self._units_text(user)
        return None


class AuditModel(QAbstractTableModel):
    """The audit log, newest first, fetched a page at a time as the view scrolls."""

    WHEN, WHO, ACTION, ENTITY, KEY, CHANGES = range(6)
    PAGE = 200

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.rows: list[AuditRow] = []
        self.search = ""
        self.total = 0

    def reload(self, search: str | None = None) -> None:
        if search is not None:
            self.search = search
        # Query first, reset after: the view is never left between two states during I/O.
        total = count_audit(self.context.db, self.context.actor, self.search)
        rows = list_audit(self.context.db, self.context.actor, search=self.search, limit=self.PAGE)
        self.beginResetModel()
        self.total = total
        self.rows = rows
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = list_audit(
            self.context.db, self.context.actor, search=self.search,
            offset=len(self.rows), limit=self.PAGE,
        )  # fmt: skip
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("When (WIB)"), self.tr("User"), self.tr("Action"), self.tr("Data"),
            self.tr("Record"), self.tr("Changes"),
        )  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def action_text(self, action: str) -> str:
        words = {
            "insert": self.tr("added"),
            "update": self.tr("changed"),
            "delete": self.tr("deleted"),
            "login": self.tr("logged in"),
            "login_failed": self.tr("wrong password"),
            "locked": self.tr("locked after wrong passwords"),
            "demo_data": self.tr("demo data loaded"),
        }
        return words.get(action, action)

    def entity_text(self, entity: str) -> str:
        words = {
            "app_user": self.tr("User account"),
            "regency_settings": self.tr("Regency settings"),
            "unit": self.tr("Unit"),
            "useful_life": self.tr("Useful life"),
            "asset": self.tr("Asset"),
            "asset_event": self.tr("Asset history"),
            "room": self.tr("Room"),
            "building": self.tr("Building"),
            "asset_code": self.tr("Asset code"),
            "database": self.tr("Database"),
        }
        return words.get(entity, entity)

    @staticmethod
    def describe(row: AuditRow) -> str:
        if row.old_values and row.new_values:
            return "; ".join(
                f"{key}: {row.old_values.get(key)!r} → {value!r}"
                for key, value in row.new_values.items()
            )
        values = row.new_values or row.old_values
        return json.dumps(values, ensure_ascii=False) if values else ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.WHEN:
            return format_datetime(row.occurred_at)
        if column == self.WHO:
            return row.username
        if column == self.ACTION:
            return self.action_text(row.action)
        if column == self.ENTITY:
            return self.entity_text(row.entity)
        if column == self.KEY:
            return row.entity_id
        if column == self.CHANGES:
            return self.describe(row)
        return None
