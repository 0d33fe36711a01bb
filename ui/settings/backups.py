"""The backups box of Pengaturan: the last backup's time, "Back up now…" and "Restore…".

Every file is chosen through ui.files (never Qt's file dialog directly); every use case runs
off the GUI thread with a busy indicator; the line about the last backup comes from the
engine's read model (the widget reads no file).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.backups import (
    BackupInfo,
    BackupResult,
    BackupStatus,
    RestoreResult,
    backup_database,
    backup_status,
    inspect_backup,
    restore_backup,
    suggested_backup_name,
)
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_datetime
from ui.errors import show_error
from ui.files import ask_open_path, ask_save_path
from ui.icons import icon
from ui.worker import Job, run_in_background

if TYPE_CHECKING:
    from ui.context import AppContext


class BackupPanel(QGroupBox):
    """Backups of the database: shown to everyone, made and restored by an Admin."""

    backed_up = Signal(object)  # BackupResult
    restored = Signal(object)  # RestoreResult
    failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups"), parent)
        self.setObjectName("backupPanel")
        self.context = context
        self.status: BackupStatus | None = None
        self.busy: QProgressDialog | None = None
        self.job: Job | None = None

        self.last_backup = QLabel()
        self.last_backup.setObjectName("lastBackup")
        self.last_backup.setWordWrap(True)
        self.last_backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_action = QAction(icon("save"), self.tr("Back up now…"), self)
        self.backup_action.setObjectName("backupNow")
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(icon("history"), self.tr("Restore from backup…"), self)
        self.restore_action.setObjectName("restoreBackup")
        self.restore_action.triggered.connect(self.restore)
        self.backup_button = QPushButton(icon("save"), self.backup_action.text())
        self.backup_button.clicked.connect(self.backup_action.trigger)
        self.restore_button = QPushButton(icon("history"), self.restore_action.text())
        self.restore_button.clicked.connect(self.restore_action.trigger)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.last_backup)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        self.refresh()

    # --- the status line ---------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.status = backup_status(self.context.db, self.context.actor)
        except DomainError as error:
            self.last_backup.setText(str(error))
            return
        status = self.status
        when = (
            f"{format_datetime(status.last_backup_at)} WIB"
            if status.last_backup_at is not None
            else self.tr("none yet")
        )
        self.last_backup.setText(self.tr("Last backup: {when}").format(when=when))
        self.last_backup.setToolTip(str(status.last_backup or status.folder))
        if status.automatic:
            note = self.tr(
                "Inventaris backs the database up by itself at the first start of each day and "
                "when the window closes, into {folder} (kept: 7 daily, 4 weekly, 12 monthly)."
            )
        else:
            note = self.tr(
                "Backups of the PostgreSQL server are the server's Admin's work; Back up now "
                "saves a dump (pg_dump) of it."
            )
        self.note.setText(note.format(folder=status.folder))
        self._enable(True)

    def _enable(self, enabled: bool) -> None:
        can = self.status is not None and self.status.can_manage
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(enabled and can)
            action.setVisible(can)
        for button in (self.backup_button, self.restore_button):
            button.setVisible(can)
            button.setEnabled(enabled and can)

    def _filters(self) -> str:
        if self.context.db.backend == "sqlite":
            kind = self.tr("Inventaris backups (*.db)")
        else:
            kind = self.tr("PostgreSQL backups (*.dump)")
        return f"{kind};;{self.tr('All files (*)')}"

    # --- busy indicator ----------------------------------------------------------------------

    def _start_busy(self, text: str) -> None:
        self._enable(False)
        busy = QProgressDialog(text, "", 0, 0, self)
        busy.setObjectName("backupBusy")
        busy.setWindowTitle(self.tr("Backups"))
        busy.setCancelButton(None)  # the work cannot be stopped halfway
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.setAutoClose(False)
        busy.setAutoReset(False)
        busy.show()
        self.busy = busy

    def _stop_busy(self) -> None:
        if self.busy is not None:
            self.busy.hide()
            self.busy.deleteLater()
            self.busy = None
        self.job = None
        self._enable(True)

    def _failed(self, error: BaseException) -> None:
        self._stop_busy()
        self.refresh()
        self.failed.emit(str(error))
        show_error(self, error)

    # --- back up now ---------------------------------------------------------------------------

    def back_up(self) -> None:
        if self.job is not None:
            return
        db, actor = self.context.db, self.context.actor
        path, _ = ask_save_path(
            self, self.tr("Back up now"), suggested_backup_name(db), self._filters()
        )
        if not path:
            return
        target = Path(path)
        self._start_busy(self.tr("Backing up and checking the backup…"))
        self.job = run_in_background(
            lambda: backup_database(db, actor, target), self._backed_up, self._failed, owner=self
        )

    def _backed_up(self, result: BackupResult) -> None:
        self._stop_busy()
        self.refresh()
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(
                self.tr("Backup saved and checked: {path}").format(path=result.path), 10_000
            )
        self.backed_up.emit(result)

    # --- restore -------------------------------------------------------------------------------

    def restore(self) -> None:
        if self.job is not None:
            return
        db, actor = self.context.db, self.context.actor
        folder = str(self.status.folder) if self.status is not None else ""
        path, _ = ask_open_path(self, self.tr("Restore from backup"), folder, self._filters())
        if not path:
            return
        chosen = Path(path)
        self._start_busy(self.tr("Checking the backup…"))
        self.job = run_in_background(
            lambda: inspect_backup(db, actor, chosen), self._inspected, self._failed, owner=self
        )

    def _inspected(self, info: BackupInfo) -> None:
        self._stop_busy()
        assets = (
            self.tr(" It holds {count} asset(s).", "", info.assets).format(
                count=f"{info.assets:,}".replace(",", ".")
            )
            if info.assets is not None
            else ""
        )
        question = self.tr(
            "Restore the backup {file} (schema {revision}) over the database {url}?{assets}\n\n"
            "Everything saved after this backup was made will be gone. A copy of the database "
            "as it is now is kept in the backups folder first. Everyone using Inventaris on "
            "another PC must close it before and restart it after."
        ).format(
            file=info.path.name,
            revision=info.revision,
            url=self.context.db.shown_url,
            assets=assets,
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db, actor = self.context.db, self.context.actor
        self._start_busy(self.tr("Restoring the backup…"))
        self.job = run_in_background(
            lambda: restore_backup(db, actor, info.path), self._restored, self._failed, owner=self
        )

    def _restored(self, result: RestoreResult) -> None:
        self._stop_busy()
        self.refresh()
        restored = self.tr("The database was restored from {file}.")
        lines = [restored.format(file=result.restored_from)]
        if result.safety_copy is not None:
            lines.append(
                self.tr("The database as it was before is kept in {path}.").format(
                    path=result.safety_copy
                )
            )
        if result.upgraded:
            lines.append(self.tr("The backup's schema was upgraded to this version's."))
        lines.append(
            self.tr(
                "Users on other PCs must restart Inventaris now. You will be logged out here; "
                "log in again."
            )
        )
        QMessageBox.information(self, self.tr("Restore from backup"), "\n\n".join(lines))
        self.restored.emit(result)
