"""Open the main window and every dialog on the screen this process was started with, and say
in JSON which of them do not fit.

Qt reads QT_SCALE_FACTOR once, when the application starts, so tests/ui/test_screen_fit.py runs
this module in its own process:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 \\
        python -m tests.ui.screen_fit_probe sqlite:///demo.db result.json [--shots DIR]

It logs in as the Admin, presses every action and button of every area (as
test_press_everything does) and measures each dialog that opens before rejecting it; the dialog
classes of ui/ that no press opened (those opened from inside another dialog) are then built
directly. A window fits when its frame lies inside the screen's available area and every button
of its button boxes lies inside the screen, unclipped.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import pkgutil
import sys
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

import ui
import ui.files

# Bases that are never shown themselves: their subclasses are.
ABSTRACT_DIALOGS = {
    "FormDialog",
    "EventDialog",
    "HouseFormDialog",
    "VehicleFormDialog",
    "PaperDialog",
    "CycleForm",
    "WorkerSaveDialog",
}


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def measure(window: QWidget, name: str) -> dict[str, Any]:
    """Whether ``window`` and its dialog buttons lie on its screen."""
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    bad_buttons = []
    for box in window.findChildren(QDialogButtonBox):
        if not box.isVisible():
            continue
        for button in box.buttons():
            if not button.isVisible():
                continue
            shown = button.visibleRegion().boundingRect()
            where = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
            if shown.size() != button.size() or not screen.contains(where):
                bad_buttons.append({"text": button.text(), "rect": _rect(where)})
    # A wrapped sentence (an error, a hint) is cut when its label is shorter than its lines.
    cut_labels = [
        label.text()
        for label in window.findChildren(QLabel)
        if isinstance(window, QDialog)
        and label.isVisible()
        and label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]
    return {
        "name": name,
        "class": type(window).__name__,
        "frame": _rect(frame),
        "minimum": [window.minimumWidth(), window.minimumHeight()],
        "fits": screen.contains(frame) and not bad_buttons and not cut_labels,
        "bad_buttons": bad_buttons,
        "cut_labels": cut_labels,
    }


class Probe:
    def __init__(self, shots: Path | None) -> None:
        self.shots = shots
        self.results: list[dict[str, Any]] = []
        self.seen_classes: set[str] = set()
        self.measured: set[int] = set()
        self.errors: list[str] = []
        self.current = ""
        self.login_texts: list[str] = []

    def record(self, window: QWidget) -> None:
        if id(window) in self.measured:
            return
        self.measured.add(id(window))
        name = f"{type(window).__name__} {window.windowTitle()!r} ({self.current})"
        self.results.append(measure(window, name))
        if type(window).__name__ not in self.seen_classes:
            self.shot(window, f"dialog_{type(window).__name__}")
        self.seen_classes.add(type(window).__name__)

    def shot(self, widget: QWidget, name: str) -> None:
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            # The same pixels (PNG is lossless), compressed less: a third faster to write.
            widget.grab().save(str(self.shots / f"{name}.png"), "PNG", 80)


def toolbar_report(window: Any) -> list[dict[str, Any]]:
    """Each page's toolbar actions: whether each is on the bar or only behind its » button."""
    report = []
    for key, page in window.pages.items():
        window.go_to(key)
        settle()
        for bar in page.findChildren(QToolBar):
            for action in bar.actions():
                if action.isSeparator() or not action.isVisible():
                    continue
                button = bar.widgetForAction(action)
                report.append(
                    {
                        "page": key,
                        "text": action.text().replace("&", ""),
                        "high": action.priority() == QAction.Priority.HighPriority,
                        "shown": button is not None and button.isVisible(),
                    }
                )
    return report


def wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not settle")
        QApplication.processEvents()
        time.sleep(0.005)


def settle(rounds: int = 5) -> None:
    from ui.worker import wait_for_background_work

    for _ in range(rounds):
        QApplication.processEvents()
    wait_for_background_work()
    QApplication.processEvents()


class Answerer:
    """Measures, then answers, whatever modal dialog or popup is open (No / reject / close)."""

    def __init__(self, probe: Probe) -> None:
        self.probe = probe
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.tick)
        self.tries: dict[int, int] = {}

    def tick(self) -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            return
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        self.probe.record(modal)
        key = id(modal)
        self.tries[key] = self.tries.get(key, 0) + 1
        if self.tries[key] > 50:
            self.probe.errors.append(f"would not close: {type(modal).__name__}")
            modal.hide()
        elif isinstance(modal, QMessageBox):
            button = modal.button(QMessageBox.StandardButton.No) or modal.defaultButton()
            button.click() if button is not None else modal.reject()
        elif isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


def _inside_combo(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def _reachable(action: QAction) -> bool:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            if _reachable(owner.menuAction()):
                return True
        elif isinstance(owner, QWidget) and owner.isVisible():
            return True
    return False


def _presses(page: QWidget) -> list[QAction | QAbstractButton]:
    found: list[QAction | QAbstractButton] = [
        button
        for button in page.findChildren(QAbstractButton)
        if isinstance(button, (QPushButton, QToolButton)) and not _inside_combo(button)
    ]
    for action in list(page.findChildren(QAction)) + list(page.actions()):
        if action not in found and not action.isSeparator() and action.menu() is None:
            found.append(action)
    for button in page.findChildren(QToolButton):
        menu = button.menu()
        if menu is not None:
            found.extend(a for a in menu.actions() if not a.isSeparator() and a not in found)
    return found


def _select_first_rows(page: QWidget) -> None:
    for _ in range(2):  # a choice on the left may fill a list on the right
        for view in page.findChildren(QAbstractItemView):
            if not view.isVisible() or _inside_combo(view):
                continue
            model = view.model()
            if model is not None and model.rowCount() > 0 and not view.currentIndex().isValid():
                view.setCurrentIndex(model.index(0, 0))
        settle()


def _ends_the_session(window: Any, thing: QAction | QAbstractButton) -> bool:
    """Log out and Quit: the pages under test would go away."""
    quit_key = QKeySequence(QKeySequence.StandardKey.Quit)
    return thing is window.logout_action or (
        isinstance(thing, QAction) and thing.shortcut() == quit_key
    )


def press_everything(window: Any, probe: Probe) -> None:
    """Every enabled action and button of every area and every tab, and the menus."""
    import shiboken6

    done: list[QAction | QAbstractButton] = []  # held, so no id is reused

    def press(thing: QAction | QAbstractButton, where: str) -> None:
        if not shiboken6.isValid(thing) or any(thing is pressed for pressed in done):
            return
        if not thing.isEnabled() or not thing.isVisible() or _ends_the_session(window, thing):
            return
        if isinstance(thing, QAction) and not _reachable(thing):
            return
        done.append(thing)
        probe.current = f"{where} › {thing.text().replace('&', '')}"
        thing.trigger() if isinstance(thing, QAction) else thing.click()
        settled = lambda: QApplication.activeModalWidget() is None  # noqa: E731
        wait_until(lambda: settled() and QApplication.activePopupWidget() is None)
        settle()
        wait_until(settled)
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
                probe.record(widget)  # a window left open (not modal)
                widget.close()

    for key in list(window.pages):
        window.go_to(key)
        page = window.pages[key]
        settle()
        tabs = page.findChildren(QTabWidget)
        states: list[list[tuple[QTabWidget, int]]] = [[]]
        for tab_widget in tabs:
            states += [[(tab_widget, index)] for index in range(1, tab_widget.count())]
        for state in states:
            for tab_widget in tabs:
                if shiboken6.isValid(tab_widget):
                    tab_widget.setCurrentIndex(0)
            for tab_widget, index in state:
                if shiboken6.isValid(tab_widget):
                    tab_widget.setCurrentIndex(index)
            settle()
            _select_first_rows(page)
            for thing in _presses(page):
                press(thing, key)
                if window.current_area() != key:
                    window.go_to(key)
                for tab_widget, index in state:
                    if shiboken6.isValid(tab_widget) and tab_widget.currentIndex() != index:
                        tab_widget.setCurrentIndex(index)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        stack = [menu] if isinstance(menu, QMenu) else []
        while stack:
            current = stack.pop()
            for action in current.actions():
                if isinstance(action.menu(), QMenu):
                    stack.append(action.menu())
                elif not action.isSeparator():
                    press(action, "menu")


def dialog_classes() -> dict[str, type]:
    """Every QDialog subclass defined in ui/ (the command line aside)."""
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        if not info.name.startswith(("ui.cli", "ui.translations")):
            importlib.import_module(info.name)
    found: dict[str, type] = {}
    stack: list[type] = [QDialog]
    while stack:
        cls = stack.pop()
        for sub in cls.__subclasses__():
            stack.append(sub)
            if sub.__module__.startswith("ui.") and sub.__name__ not in ABSTRACT_DIALOGS:
                found[sub.__name__] = sub
    return found


def build_directly(name: str, context: Any, window: QWidget) -> QDialog | None:
    """The dialogs no press of a page opened: those opened from inside another dialog, from a
    file chosen first, or about a record in a state the first row is not in."""
    from inventaris.assets.editing import get_asset
    from inventaris.bookings.service import get_settings
    from inventaris.labels import list_templates
    from inventaris.residences.occupancy import get_residence_settings
    from inventaris.residences.views import residence_card, residence_rows
    from inventaris.vehicles.fleet import fleet, vehicle_card
    from ui.about import AboutDialog
    from ui.accounts.first_admin_dialog import FirstAdminDialog
    from ui.accounts.password_dialog import ChangePasswordDialog
    from ui.assets import event_dialogs as events
    from ui.assets.code_picker import CodePicker
    from ui.assets.finish_dialog import FinishConstructionDialog
    from ui.assets.import_dialog import ImportDialog
    from ui.bookings.booking_dialog import BookingSettingsDialog
    from ui.conflicts import ChoiceDialog, FieldChange
    from ui.disposals.forms import DecreeDialog, InspectionDialog, ProposeDialog
    from ui.handovers import dialogs as handovers
    from ui.labels.template_dialog import TemplateDialog
    from ui.residences import dialogs as houses
    from ui.stocktake.answer_dialog import AnswerDialog
    from ui.stocktake.finding_dialog import FindingDialog
    from ui.stocktake.followups_dialog import FollowUpsDialog
    from ui.stocktake.stocktake_dialog import StocktakeDialog
    from ui.units.picker import UnitPickerDialog
    from ui.units.unit_dialog import UnitDialog
    from ui.vehicles import dialogs as vehicles

    db, actor = context.db, context.actor

    def list_stocktakes_first() -> Any:
        from inventaris.stocktake.sessions import list_stocktakes

        return list_stocktakes(db, actor)[0]

    def some_assets() -> list[int]:
        register = window.pages["assets"]  # type: ignore[attr-defined]
        return [register.model.row_at(row).id for row in range(3)]

    def vehicle() -> Any:
        rows = [row for row in fleet(db, actor).vehicles if row.status != "dihapus"]
        return vehicle_card(db, actor, rows[0].asset_id)

    def paid_document() -> tuple[Any, Any]:
        """A payment as the History tab offers it (the demo office records none)."""
        from inventaris.vehicles.corrections import PaymentView

        card = vehicle()
        paid = PaymentView(
            id=0,
            row_version=1,
            asset_id=card.asset_id,
            document_kind="pajak_tahunan",
            document_number="STNK 0012345",
            expires_on=date(2027, 3, 1),
            paid_on=date(2026, 3, 1),
            amount=2_450_000,
        )
        return card, paid

    def counted() -> tuple[int, Any]:
        """The demo's stock-take and a place with items (the counting dialogs need them)."""
        from inventaris.stocktake.answers import list_findings
        from inventaris.stocktake.counting import places
        from inventaris.stocktake.sessions import list_stocktakes

        number = list_stocktakes(db, actor)[0].id
        findings = list_findings(db, actor, number)
        place = next(p for p in places(db, actor, number) if p.expected)
        return number, findings[0] if findings else place

    def answer_about_an_item() -> Any:
        from inventaris.stocktake.answers import get_answer

        number, _ = counted()
        return AnswerDialog(
            context, number, get_answer(db, actor, number, some_assets()[0]), window
        )

    def finding() -> Any:
        from inventaris.stocktake.types import FindingView

        number, seen = counted()
        if isinstance(seen, FindingView):
            return FindingDialog(context, number, seen.place, "", seen, window)
        return FindingDialog(context, number, seen.place, seen.name, None, window)

    def a_proposal() -> Any:
        from inventaris.disposals.types import ProposalView

        return ProposalView(
            id=0,
            unit_id=min(actor.unit_ids),
            title="Usulan Penghapusan BMD 28-11-2026",
            number="030/45/BU/2026",
            proposed_on=date(2026, 11, 28),
            stocktake_id=None,
            inspection_number="",
            inspection_date=None,
            inspection_note="",
            created_by="admin",
            items=(),
            decrees=(),
        )

    def regency_units() -> list[Any]:
        from dataclasses import replace

        from inventaris.units import list_units

        first = list_units(db, actor)[0]
        return [first] + [
            replace(
                first,
                id=first.id + number,
                name=f"Dinas Pemberdayaan Masyarakat dan Desa {number}",
                kode_lokasi=f"12.02.05.02.{number:02d}.01.01",
                parent_id=first.id if number % 2 else None,
            )
            for number in range(1, 40)
        ]

    def occupied_house() -> Any:
        row = next(row for row in residence_rows(db, actor) if row.occupant is not None)
        return residence_card(db, actor, row.asset_id)

    builders: dict[str, Callable[[], QDialog]] = {
        "BookingSettingsDialog": lambda: BookingSettingsDialog(
            context, get_settings(db, actor), window
        ),
        "ChangePasswordDialog": lambda: ChangePasswordDialog(context, window),
        "ConditionDialog": lambda: events.ConditionDialog(context, some_assets(), window),
        "DisposeDialog": lambda: events.DisposeDialog(context, some_assets(), window),
        "MoveDialog": lambda: events.MoveDialog(context, some_assets(), window),
        "CapitaliseDialog": lambda: events.CapitaliseDialog(context, some_assets()[0], window),
        "CodePicker": lambda: CodePicker(context, window),
        # Offered on a KIB F item's card (the demo office has none): any item shows its frame.
        "FinishConstructionDialog": lambda: FinishConstructionDialog(
            context, get_asset(db, actor, some_assets()[0]), window
        ),
        # Asked on Reload when another PC and this user changed the same fields of an item.
        "ChoiceDialog": lambda: ChoiceDialog(
            "Administrator Sistem",
            [
                (FieldChange("brand_type", "Merk/Tipe", "Chitose", "Chitose Yume"), "Chitose"),
                (
                    FieldChange("notes", "Keterangan", "—", "kaki kanan patah, dicek 2026"),
                    "diperiksa saat stock opname 2026",
                ),
            ],
            window,
        ),
        "FirstAdminDialog": lambda: FirstAdminDialog(db, window),
        "ImportDialog": lambda: ImportDialog(context, window),
        "TemplateDialog": lambda: TemplateDialog(context, list_templates(db)[0], window),
        "MoveOutDialog": lambda: houses.MoveOutDialog(
            context, (card := occupied_house()), card.current, window
        ),
        "ResidenceSettingsDialog": lambda: houses.ResidenceSettingsDialog(
            context, get_residence_settings(db, actor), window
        ),
        "ServiceDialog": lambda: vehicles.ServiceDialog(context, vehicle(), window),
        "FuelDialog": lambda: vehicles.FuelDialog(context, vehicle(), None, window),
        "OdometerDialog": lambda: vehicles.OdometerDialog(context, vehicle(), window),
        "PlanDialog": lambda: vehicles.PlanDialog(context, vehicle(), window),
        "DocumentDialog": lambda: vehicles.DocumentDialog(context, vehicle(), None, window),
        # A press opens these only once the page's card has loaded: built here as well, so the
        # probe never depends on that timing.
        "CostReportDialog": lambda: vehicles.CostReportDialog(context, vehicle(), window),
        "MaintenanceDialog": lambda: houses.MaintenanceDialog(context, occupied_house(), window),
        "DetailsDialog": lambda: vehicles.DetailsDialog(context, vehicle(), window),
        "PaymentDialog": lambda: vehicles.PaymentDialog(context, *paid_document(), window),
        # Opened while counting: the demo's stock-take is finished.
        "AnswerDialog": answer_about_an_item,
        "AboutDialog": lambda: AboutDialog(db, window),  # Bantuan › Tentang, a menu item
        "FindingDialog": finding,
        "StocktakeDialog": lambda: StocktakeDialog(context, None, window),
        "FollowUpsDialog": lambda: FollowUpsDialog(context, list_stocktakes_first(), window),
        # Opened from the proposals dialog (the demo office has no proposal): a proposal not
        # inspected yet, so the decree form shows its warning too.
        "InspectionDialog": lambda: InspectionDialog(context, a_proposal(), window),
        "ProposeDialog": lambda: ProposeDialog(context, some_assets(), window),
        "DecreeDialog": lambda: DecreeDialog(context, a_proposal(), None, window),
        # Handovers (ui/handovers): the register opens the first four; the list of an
        # employee's items opens from the handover dialog and from an item's history.
        "HandoverDialog": lambda: handovers.HandoverDialog(context, some_assets(), window),
        "ReturnDialog": lambda: handovers.ReturnDialog(context, some_assets(), window),
        "LoanDialog": lambda: handovers.LoanDialog(context, some_assets(), window),
        "EndLoanDialog": lambda: handovers.EndLoanDialog(context, some_assets(), window),
        "HeldItemsDialog": lambda: handovers.HeldItemsDialog(context, "", window),
        # Units (ui/units): the demo office has one, so no picker opens; a regency's forty
        # are made up here from it (the picker's search box shows from eight on).
        "UnitPickerDialog": lambda: UnitPickerDialog(regency_units(), None, window),
        "UnitDialog": lambda: UnitDialog(context, regency_units(), regency_units()[1], window),
    }
    return builders[name]() if name in builders else None


def open_and_measure(dialog: QDialog, probe: Probe, label: str) -> None:
    probe.current = label
    dialog.open()
    settle()
    probe.record(dialog)
    dialog.reject()
    settle()


def login_screens(launcher: Any, probe: Probe) -> None:
    """The login dialog as it is, after the fourth wrong password and when locked."""
    dialog = launcher.dialog
    probe.current = "login"
    probe.record(dialog)
    probe.shot(dialog, "login")
    for attempt in range(1, 6):
        dialog.username.setText("pimpinan")
        dialog.password.setText("wrong-password")
        dialog.try_login()
        settle()
        if attempt == 4:
            probe.shot(dialog, "login_one_try_left")
            probe.results.append(measure(dialog, "LoginDialog (one try left)"))
    probe.shot(dialog, "login_locked")
    probe.results.append(measure(dialog, "LoginDialog (locked)"))
    probe.login_texts.append(dialog.error.text())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("out")
    parser.add_argument("--shots")
    args = parser.parse_args(argv)

    from ui.app import Launcher, create_application
    from ui.i18n import install_translator

    app = create_application(sys.argv[:1])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["INVENTARIS_HOME"]
    )
    language = install_translator(app, "id")
    probe = Probe(Path(args.shots) if args.shots else None)
    monkey_file_dialogs()

    def record_error(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        probe.errors.append(f"uncaught during {probe.current}:\n{text}")

    sys.excepthook = record_error  # an exception in a slot: the test names it

    launcher = Launcher(args.url, language)
    ready: list[bool] = []
    launcher.database_ready.connect(lambda: ready.append(True))
    launcher.start()
    wait_until(lambda: bool(ready) and launcher.dialog is not None)
    settle()
    login_screens(launcher, probe)
    logged: list[bool] = []
    launcher.logged_in.connect(lambda: logged.append(True))
    launcher.dialog.username.setText("admin")  # type: ignore[union-attr]
    launcher.dialog.password.setText("demo1234")  # type: ignore[union-attr]
    launcher.dialog.try_login()  # type: ignore[union-attr]
    wait_until(lambda: bool(logged))
    window = launcher.window
    settle(20)
    probe.current = "start"
    probe.record(window)
    probe.shot(window, "main_window")
    toolbars = toolbar_report(window)
    for key in window.pages:
        window.go_to(key)
        settle(10)
        views = [
            view
            for view in window.pages[key].findChildren(QAbstractItemView)
            if view.isVisible() and not isinstance(view, QHeaderView)
        ]
        if views:  # the shot shows how a list with the focus looks
            window.activateWindow()
            views[0].setFocus()
            settle()
        probe.shot(window, f"page_{key}")
    window.go_to("assets")
    settle(10)

    from ui.assets.asset_dialog import AssetDialog

    register = window.pages["assets"]
    asset_id = register.model.row_at(0).id
    form = AssetDialog(window.context, asset_id, window)
    form.open()
    settle()
    probe.current = "asset form"
    probe.record(form)
    probe.shot(form, "asset_form")
    form.reject()
    settle()

    answerer = Answerer(probe)
    answerer.timer.start()
    try:
        press_everything(window, probe)
    finally:
        answerer.timer.stop()
    missing = []
    for name in sorted(dialog_classes()):
        if name in probe.seen_classes:
            continue
        try:
            dialog = build_directly(name, window.context, window)
        except Exception:
            probe.errors.append(f"building {name}:\n{traceback.format_exc()}")
            continue
        if dialog is None:
            missing.append(name)
            continue
        open_and_measure(dialog, probe, "built directly")
    screen = window.screen()
    result = {
        "screen": _rect(screen.availableGeometry()),
        "scale": screen.devicePixelRatio(),
        "windows": probe.results,
        "not_fitting": [r["name"] for r in probe.results if not r["fits"]],
        "never_opened": missing,
        "seen_classes": sorted(probe.seen_classes),
        "errors": probe.errors,
        "login_text": probe.login_texts,
        "maximized": window.isMaximized(),
        "toolbars": toolbars,
    }
    Path(args.out).write_text(json.dumps(result, indent=1, ensure_ascii=False))
    launcher.window.close()
    settle()
    return 0


def monkey_file_dialogs() -> None:
    """Every file dialog is cancelled: the probe measures windows, and writing the workbooks
    and PDFs behind the save buttons only cost time (tests/ui/test_press_everything.py writes
    them). A dialog that only a finished save opens is built directly instead."""

    def answer(
        parent: QWidget | None, title: str, suggested: str, filters: str, *, save: bool
    ) -> tuple[str, str]:
        return "", ""

    ui.files._ask = answer  # type: ignore[attr-defined]


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
