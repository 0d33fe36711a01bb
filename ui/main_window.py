"""The main window: areas on the left, the work on the right, user and database below."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui.icons import icon
from ui.screen import largest_size

if TYPE_CHECKING:
    from inventaris.core.db import Database
    from ui.context import AppContext
    from ui.live import LiveUpdates


@dataclass(frozen=True)
class Area:
    key: str
    icon: str
    title: str
    build: Callable[[AppContext], QWidget]


class MainWindow(QMainWindow):
    first_shown = Signal()
    logout_requested = Signal()
    closing = Signal()  # the window is closing: the program ends (the exit backup follows)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.context: AppContext | None = None
        self.database: Database | None = None  # shown in Bantuan › Tentang, before login too
        self.live: LiveUpdates | None = None  # other PCs' and windows' changes, while logged in
        self._shown_once = False
        self.pages: dict[str, QWidget] = {}
        self.setWindowTitle("Inventaris")
        # 960×600 where the screen has room; never more than the screen (1366×768 at 150 %
        # offers 911×512).
        self.setMinimumSize(QSize(960, 600).boundedTo(largest_size(self)))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(24, 24))
        self.navigation.setSpacing(2)
        self.navigation.setMinimumWidth(170)
        self.navigation.setMaximumWidth(240)
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.stack = QStackedWidget()
        self.startup_label = QLabel()
        self.startup_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.startup_label.setWordWrap(True)
        self.stack.addWidget(self.startup_label)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.splitter = splitter
        self.navigation.currentRowChanged.connect(self._show_area)

        self.user_label = QLabel()
        self.database_label = QLabel()
        self.unit_label = QLabel()  # the unit worked in, when the account has several
        self.unit_label.setObjectName("unitLabel")
        self.unit_label.hide()
        self.unit_picker: QWidget | None = None
        self.statusBar().addPermanentWidget(self.unit_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._restore_geometry()

    # --- areas -----------------------------------------------------------------------------

    def areas(self) -> list[Area]:
        """Only the areas that exist so far; an area added later adds itself here."""
        from inventaris.core.permissions import Permission
        from ui.accounts.users_page import UsersPage
        from ui.assets.register_page import RegisterPage
        from ui.bookings.bookings_page import BookingsPage
        from ui.home.dashboard_page import DashboardPage
        from ui.reports.reports_page import ReportsPage
        from ui.residences.residences_page import ResidencesPage
        from ui.rooms.rooms_page import RoomsPage
        from ui.settings.settings_page import SettingsPage
        from ui.stocktake.stocktake_page import StocktakePage
        from ui.vehicles.vehicles_page import VehiclesPage

        assert self.context is not None
        areas = [
            Area("home", "home", self.tr("Home"), DashboardPage),
            Area("assets", "assets", self.tr("Assets"), RegisterPage),
            Area("rooms", "rooms", self.tr("Rooms"), RoomsPage),
            Area("vehicles", "vehicles", self.tr("Vehicles"), VehiclesPage),
            Area("meeting_rooms", "meeting_rooms", self.tr("Meeting rooms"), BookingsPage),
            Area("residences", "residences", self.tr("Residences"), ResidencesPage),
            Area("reports", "reports", self.tr("Reports"), ReportsPage),
            # Every five years: after the daily areas, so their Ctrl+number keys stay put.
            Area("stocktake", "stocktake", self.tr("Stock-take"), StocktakePage),
            Area("settings", "settings", self.tr("Settings"), SettingsPage),
        ]
        if self.context.can(Permission.MANAGE_USERS):
            areas.append(Area("users", "users", self.tr("Users"), UsersPage))
        return areas

    def attach(self, context: AppContext) -> None:
        """Build the areas for the user who just logged in."""
        from inventaris.core.db import display_url
        from inventaris.core.permissions import ROLE_LABELS
        from ui.accounts.users_page import UsersPage
        from ui.assets.register_page import RegisterPage
        from ui.home.dashboard_page import DashboardPage
        from ui.i18n import engine_text
        from ui.live import LiveUpdates
        from ui.rooms.rooms_page import RoomsPage
        from ui.units.working import show_working_unit

        self.detach()
        self.context = context
        self.live = LiveUpdates(context.db, self)
        self.live.start()
        self.navigation.blockSignals(True)
        for index, area in enumerate(self.areas(), start=1):
            page = area.build(context)
            page.setObjectName(f"page_{area.key}")
            self.pages[area.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(area.icon), area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            if index <= 9:
                item.setToolTip(f"{area.title} (Ctrl+{index})")
            self.navigation.addItem(item)
        self.navigation.blockSignals(False)
        rooms, register = self.pages["rooms"], self.pages["assets"]
        assert isinstance(rooms, RoomsPage) and isinstance(register, RegisterPage)

        def show_room_assets(room_id: int) -> None:
            self.go_to("assets")
            register.show_room(room_id)

        rooms.show_assets.connect(show_room_assets)
        home = self.pages["home"]
        assert isinstance(home, DashboardPage)
        home.open_attention.connect(self.open_attention)
        self._attach_backups(context)
        actor = context.actor
        self.user_label.setText(
            self.tr("User: {name} ({role})").format(
                name=actor.full_name, role=engine_text(ROLE_LABELS[actor.role])
            )
        )
        self.database_label.setText(
            self.tr("Database: {url}").format(url=display_url(context.db.url))
        )
        show_working_unit(self)
        users = self.pages.get("users")
        if isinstance(users, UsersPage):  # a unit added or renamed: the choice, the name
            users.units_changed.connect(lambda: show_working_unit(self))
        # The last area is the same user's (the window was closed); anyone else starts at home.
        settings = QSettings()
        saved = settings.value("mainWindow/area", "home")
        if settings.value("mainWindow/areaUser", actor.username) != actor.username:
            saved = "home"
        keys = list(self.pages)
        self.navigation.setCurrentRow(keys.index(saved) if saved in keys else 0)
        self._fit_navigation()
        self.change_password_action.setEnabled(True)
        self.logout_action.setEnabled(True)

    def _fit_navigation(self) -> None:
        """The area list as wide as its longest name, no wider: the pages need the room (at
        1366×768 and 150 % a toolbar loses its last action to a few pixels)."""
        names = self.navigation.sizeHintForColumn(0)
        if names <= 0:
            return
        frame = 2 * self.navigation.frameWidth() + 8
        width = max(
            self.navigation.minimumWidth(), min(self.navigation.maximumWidth(), names + frame)
        )
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([width, max(1, total - width)])

    def detach(self) -> None:
        """Forget the pages of the previous user (after logging out)."""
        self._stop_live()
        if self.context is not None:
            # Logging out ends the session: the next login starts at home, not on this page.
            QSettings().remove("mainWindow/area")
            QSettings().remove("mainWindow/areaUser")
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self.navigation.clear()
        self.context = None
        self.user_label.clear()
        self.unit_label.clear()
        self.unit_label.hide()
        self.setWindowTitle("Inventaris")
        self.switch_unit_action.setVisible(False)
        self.stack.setCurrentWidget(self.startup_label)
        self.change_password_action.setEnabled(False)
        self.logout_action.setEnabled(False)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(False)
            action.setVisible(False)

    def _attach_backups(self, context: AppContext) -> None:
        """Back up and restore in the File menu, for an Admin; they work through Pengaturan."""
        from inventaris.core.permissions import Permission
        from ui.settings.settings_page import SettingsPage

        settings = self.pages.get("settings")
        allowed = context.can(Permission.MANAGE_BACKUPS) and isinstance(settings, SettingsPage)
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(allowed)
            action.setVisible(allowed)
        if isinstance(settings, SettingsPage):
            # The restored data may not know the account working now: log in again.
            settings.backups.restored.connect(lambda _result: self.logout_requested.emit())

    def _backups_panel_action(self, name: str) -> None:
        from ui.settings.settings_page import SettingsPage

        settings = self.pages.get("settings")
        if isinstance(settings, SettingsPage):
            self.go_to("settings")
            getattr(settings.backups, name).trigger()

    def set_database(self, db: Database) -> None:
        self.database = db
        self.database_label.setText(self.tr("Database: {url}").format(url=db.shown_url))

    def show_startup_message(self, text: str) -> None:
        self.startup_label.setText(text)
        self.stack.setCurrentWidget(self.startup_label)

    def current_area(self) -> str | None:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def go_to(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return

    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        key = self.navigation.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages.get(key)
        if page is not None:
            self._page_keys_to_window(page)
            self.stack.setCurrentWidget(page)
            settings = QSettings()
            settings.setValue("mainWindow/area", key)
            if self.context is not None:
                settings.setValue("mainWindow/areaUser", self.context.actor.username)
            # The status bar speaks of what is on screen: a list's count, or nothing.
            self.statusBar().showMessage(getattr(page, "summary_text", ""))

    def _page_keys_to_window(self, shown: QWidget) -> None:
        """The shown page's own keys (Ctrl+N, F2…) work from the whole window, sidebar included.

        A page gives its actions a WidgetWithChildrenShortcut context, which needs the focus
        inside the page; choosing the page in the sidebar leaves the focus on the sidebar.
        While the page is shown its actions take the window context; hidden pages go back.
        """
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for page in self.pages.values():
            for action in page.findChildren(QAction, options=direct):
                if action.shortcut().isEmpty():
                    continue
                promoted = action.property("windowShortcutWhileShown") is True
                if page is shown and (
                    action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
                ):
                    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
                    action.setProperty("windowShortcutWhileShown", True)
                elif page is not shown and promoted:
                    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                    action.setProperty("windowShortcutWhileShown", False)

    # --- menus and keys --------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.logout_action = QAction(icon("logout"), self.tr("Log &out"), self)
        self.logout_action.triggered.connect(self.logout_requested)
        self.logout_action.setEnabled(False)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        self.backup_action = QAction(icon("save"), self.tr("&Back up now…"), self)
        self.backup_action.setObjectName("menuBackupNow")
        self.backup_action.triggered.connect(lambda: self._backups_panel_action("backup_action"))
        self.restore_action = QAction(icon("history"), self.tr("&Restore from backup…"), self)
        self.restore_action.setObjectName("menuRestoreBackup")
        self.restore_action.triggered.connect(lambda: self._backups_panel_action("restore_action"))
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(False)
            action.setVisible(False)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number in range(1, 10):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, row=number - 1: self._go_to_row(row))
            self.addAction(action)
        scan = QAction(self.tr("S&can a label…"), self)
        scan.setShortcut(QKeySequence(Qt.Key.Key_F8))
        scan.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        scan.triggered.connect(lambda _checked=False: self.scan())
        view_menu.addAction(scan)
        find = QAction(self.tr("&Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        view_menu.addAction(find)
        refresh = QAction(icon("reload"), self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.triggered.connect(self.refresh_current)
        view_menu.addAction(refresh)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for code, name in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == self.language)
            action.triggered.connect(lambda _=False, chosen=code: self._choose_language(chosen))
            language_menu.addAction(action)

        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        self.change_password_action = QAction(icon("key"), self.tr("Change &password…"), self)
        self.change_password_action.triggered.connect(self._change_password)
        self.change_password_action.setEnabled(False)
        account_menu.addAction(self.change_password_action)
        self.switch_unit_action = QAction(icon("units"), self.tr("Switch &unit…"), self)
        self.switch_unit_action.setObjectName("menuSwitchUnit")
        self.switch_unit_action.triggered.connect(lambda _checked=False: self.switch_unit())
        self.switch_unit_action.setVisible(False)
        account_menu.addAction(self.switch_unit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.guide_action = QAction(icon("document"), self.tr("&User guide"), self)
        self.guide_action.setObjectName("menuUserGuide")
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(lambda _checked=False: self.open_guide())
        help_menu.addAction(self.guide_action)
        about = QAction(self.tr("&About Inventaris"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def open_attention(self, key: str, asset_id: int | None) -> None:
        """Enter on Beranda's attention list: the area, with the vehicle or house chosen."""
        from ui.residences.residences_page import ResidencesPage
        from ui.vehicles.vehicles_page import VehiclesPage

        page = self.pages.get(key)
        if page is None:
            return
        self.go_to(key)
        if isinstance(page, VehiclesPage) and asset_id is not None:
            page.show_vehicle(asset_id)
            page.fleet_table.setFocus()
        elif isinstance(page, ResidencesPage) and asset_id is not None:
            page.show_house(asset_id)
            page.table.setFocus()

    def _go_to_row(self, row: int) -> None:
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def scan(self, text: str | None = None) -> None:
        """F8 from anywhere: a scanner (or the keyboard) types a label's code, Enter opens it."""
        from PySide6.QtWidgets import QInputDialog

        from inventaris.labels import resolve_scan
        from ui.assets.asset_dialog import AssetDialog

        if self.context is None:
            return
        focus_scan = getattr(self.stack.currentWidget(), "focus_scan", None)
        if text is None and callable(focus_scan) and focus_scan():
            return  # a page with its own scan field (Inventarisasi) takes the scanner there
        if text is None:
            text, ok = QInputDialog.getText(
                self, self.tr("Scan a label"), self.tr("Scan the QR code or type a code:")
            )
            if not ok or not text.strip():
                return
        asset_id = resolve_scan(self.context.db, self.context.actor, text)
        if asset_id is None:
            QMessageBox.information(
                self,
                self.tr("Scan a label"),
                self.tr('No asset of this office has the code "{code}".').format(
                    code=text.strip()[:60]
                ),
            )
            return
        self.last_scanned = AssetDialog(self.context, asset_id, self)
        self.last_scanned.open()

    def focus_search(self) -> None:
        """Ctrl+F from anywhere: the register's search box (the area that has one)."""
        page = self.stack.currentWidget()
        if not hasattr(page, "focus_search") and "assets" in self.pages:
            self.go_to("assets")
            page = self.pages["assets"]
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()

    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def _choose_language(self, language: str) -> None:
        from ui.i18n import save_language

        save_language(language)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The language changes the next time Inventaris is opened."),
        )

    def _change_password(self) -> None:
        from ui.accounts.password_dialog import ChangePasswordDialog

        if self.context is not None:
            ChangePasswordDialog(self.context, self).open()

    def switch_unit(self) -> None:
        from ui.units.working import switch_unit

        switch_unit(self)

    def open_guide(self) -> bool:
        """Bantuan › Panduan Pengguna (F1): the guide's PDF in the PC's PDF viewer."""
        from inventaris.core.paths import resources_dir

        path = resources_dir() / "guide" / "panduan-pengguna.pdf"
        if path.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        QMessageBox.information(
            self,
            self.tr("User guide"),
            self.tr(
                "The user guide could not be opened. It is the PDF file {path}: open it with a "
                "PDF viewer, or ask whoever installed Inventaris to put it back."
            ).format(path=path),
        )
        return False

    def _about(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self.database, self).exec()

    # --- window state ----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)  # maximised or not, as the user left it
        else:
            # First start: maximised, for a 1366×768 screen (at 150 % too) has no room to
            # spare; this size is the one it takes when no longer maximised.
            most = largest_size(self)
            self.resize(
                max(self.minimumWidth(), min(1400, int(most.width() * 0.95))),
                max(self.minimumHeight(), min(900, int(most.height() * 0.95))),
            )
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = settings.value("mainWindow/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.first_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/state", self.saveState())
        for page in self.pages.values():
            save = getattr(page, "save_state", None)
            if callable(save):
                save()
        super().closeEvent(event)
        if event.isAccepted():
            self._stop_live()
            self.closing.emit()

    def _stop_live(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live.deleteLater()
            self.live = None
