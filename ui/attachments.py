"""The attachments of one owner (an asset, a vehicle document, a house, a handover, a disposal
proposal): thumbnails, Add…, Open with the system's viewer, Remove.

Embed it in any dialog that shows an owner::

    self.attachments = AttachmentsPanel(context, "handover", handover_id)

(``show_owner(id)`` changes the owner later, e.g. once a new record is saved.) The engine keeps
no thumbnail: this panel draws one from the content (photos) or shows the PDF icon, off the
GUI thread, and remembers it by the file's checksum for the program's life (the drawing, the
cache and the viewer's copies are in ``ui.attachment_files``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.attachments import (
    EDIT_PERMISSION,
    PDF,
    AttachmentView,
    OwnerKind,
    add_attachment,
    attachment_content,
    check_size,
    format_size,
    list_attachments,
    remove_attachment,
)
from inventaris.core.errors import DomainError
from inventaris.core.formatting import format_datetime
from inventaris.core.limits import MAX_ATTACHMENT_BYTES
from ui.attachment_files import (
    THUMBNAIL_SIZE,
    attachment_icon,
    needs_thumbnail,
    remember_thumbnail,
    thumbnail,
    write_viewer_copy,
)
from ui.context import AppContext
from ui.errors import message_for
from ui.files import ask_open_path
from ui.icons import icon
from ui.widgets import ErrorLabel
from ui.worker import run_in_background


class AttachmentList(QListWidget):
    """The thumbnails; files dropped on it are attached."""

    files_dropped = Signal(list)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)
        else:
            super().dropEvent(event)


class AttachmentsPanel(QWidget):
    changed = Signal()  # an attachment was added or removed
    thumbnails_shown = Signal()  # the photos' thumbnails are drawn
    opened = Signal(str)  # the path handed to the system viewer

    def __init__(
        self,
        context: AppContext,
        owner_kind: str,
        owner_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentsPanel")
        self.context = context
        self.owner_kind = OwnerKind(owner_kind)
        self.owner_id: int | None = None
        self.views: list[AttachmentView] = []
        self.editable = context.can(EDIT_PERMISSION[self.owner_kind])
        self.busy = 0  # background jobs still running (tests wait on it)

        self.list = AttachmentList()
        self.list.setObjectName("attachmentList")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.list.setGridSize(QSize(THUMBNAIL_SIZE + 56, THUMBNAIL_SIZE + 52))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(THUMBNAIL_SIZE + 56)
        self.list.setAcceptDrops(self.editable)
        self.list.files_dropped.connect(self.add_files)
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())

        self.add_button = QPushButton(icon("attach"), self.tr("Add…"))
        self.add_button.setObjectName("addAttachment")
        self.add_button.setToolTip(
            self.tr("Attach a photo or a scan: PDF, JPEG or PNG, at most {limit}").format(
                limit=format_size(MAX_ATTACHMENT_BYTES)
            )
        )
        self.add_button.clicked.connect(self.choose_and_add)
        self.open_button = QPushButton(icon("open_file"), self.tr("Open"))
        self.open_button.setObjectName("openAttachment")
        self.open_button.setToolTip(self.tr("Open with this PC's viewer (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(icon("stop"), self.tr("Remove"))
        self.remove_button.setObjectName("removeAttachment")
        self.remove_button.clicked.connect(self.remove_selected)
        remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        for button in (self.add_button, self.remove_button):
            button.setVisible(self.editable)

        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        self.error = ErrorLabel()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.show_owner(owner_id)

    # --- showing -----------------------------------------------------------------------------

    def show_owner(self, owner_id: int | None) -> None:
        """Show this owner's attachments (None: an owner not saved yet, nothing to attach to)."""
        self.owner_id = owner_id
        self.error.clear_message()
        self.reload()

    def reload(self) -> None:
        self.views = (
            []
            if self.owner_id is None
            else list_attachments(
                self.context.db, self.context.actor, self.owner_kind, self.owner_id
            )
        )
        self.list.clear()
        pending: list[AttachmentView] = []
        for view in self.views:
            item = QListWidgetItem(attachment_icon(view), self._caption(view))
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            item.setToolTip(self._tooltip(view))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
            if needs_thumbnail(view):
                pending.append(view)
        if self.views:
            self.list.setCurrentRow(0)
        self._update_hint()
        self._update_buttons()
        if pending:
            self._draw_thumbnails(pending)

    def _caption(self, view: AttachmentView) -> str:
        name = view.file_name
        shown = name if len(name) <= 22 else name[:10] + "…" + name[-10:]
        return f"{shown}\n{format_size(view.size_bytes)}"

    def _tooltip(self, view: AttachmentView) -> str:
        kind = "PDF" if view.media_type == PDF else view.media_type.split("/")[-1].upper()
        lines = [
            view.file_name,
            f"{kind}, {format_size(view.size_bytes)}",
            self.tr("Attached by {who} on {when} WIB").format(
                who=view.created_by, when=format_datetime(view.created_at)
            ),
        ]
        if view.note:
            lines.append(view.note)
        return "\n".join(lines)

    def _update_hint(self) -> None:
        limit = format_size(MAX_ATTACHMENT_BYTES)
        if self.owner_id is None:
            text = self.tr("Save first; then photos and scans can be attached.")
        elif not self.views and self.editable:
            text = self.tr(
                "No attachments yet. Add a photo or a scan (PDF, JPEG or PNG, at most {limit}), "
                "or drop the file here; every PC of the office sees it."
            ).format(limit=limit)
        elif not self.views:
            text = self.tr("No attachments.")
        else:
            text = self.tr(
                "{count} attachment(s). Double-click one to open it.", "", len(self.views)
            )
            text = text.format(count=len(self.views))
        self.hint.setText(text)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.editable and self.owner_id is not None)
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(self.editable and chosen)

    def selected(self) -> AttachmentView | None:
        row = self.list.currentRow()
        if row < 0:
            return None
        wanted = self.list.item(row).data(Qt.ItemDataRole.UserRole)
        return next((view for view in self.views if view.id == wanted), None)

    def _in_background(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.busy += 1

        def finished(result: Any) -> None:
            self.busy -= 1
            done(result)

        def refused(error: BaseException) -> None:
            self.busy -= 1
            (failed or self._show_failure)(error)

        run_in_background(work, finished, refused, owner=self)

    def _show_failure(self, error: BaseException) -> None:
        self.error.show_message(message_for(error))
        self._update_buttons()

    def _draw_thumbnails(self, views: list[AttachmentView]) -> None:
        db, actor = self.context.db, self.context.actor

        def work() -> dict[str, QImage]:
            return {
                view.sha256: thumbnail(attachment_content(db, actor, view.id)) for view in views
            }

        def done(images: dict[str, QImage]) -> None:
            for sha256, image in images.items():
                remember_thumbnail(sha256, image)
            shown = {view.id: view for view in self.views}
            for row in range(self.list.count()):
                item = self.list.item(row)
                view = shown.get(item.data(Qt.ItemDataRole.UserRole))
                if view is not None:
                    item.setIcon(attachment_icon(view))
            self.thumbnails_shown.emit()

        def quietly(error: BaseException) -> None:
            message_for(error)  # logged if unexpected; the plain photo icon stays

        self._in_background(work, done, quietly)

    # --- acting ------------------------------------------------------------------------------

    def choose_and_add(self) -> None:
        path, _filter = ask_open_path(
            self,
            self.tr("Attach a file"),
            "",
            self.tr("Photos and scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
        )
        if path:
            self.add_files([path])

    def add_files(self, paths: list[str]) -> None:
        """Attach each file in turn, off the GUI thread; a refusal is shown under the list."""
        if self.owner_id is None or not self.editable or not paths:
            return
        self.error.clear_message()
        db, actor, kind, owner = self.context.db, self.context.actor, self.owner_kind, self.owner_id

        def work() -> list[AttachmentView]:
            added = []
            for raw in paths:
                path = Path(raw)
                check_size(path.name, path.stat().st_size)  # a film is not read into memory
                added.append(add_attachment(db, actor, kind, owner, path.name, path.read_bytes()))
            return added

        def done(_added: list[AttachmentView]) -> None:
            self.reload()
            self.list.setCurrentRow(self.list.count() - 1)
            self.changed.emit()

        def refused(error: BaseException) -> None:
            self.reload()  # the files before the refused one were attached
            self.error.show_message(message_for(error))

        self._in_background(work, done, refused)

    def open_selected(self) -> None:
        view = self.selected()
        if view is None:
            return
        self.error.clear_message()
        db, actor = self.context.db, self.context.actor

        def done(path: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                self.error.show_message(
                    self.tr("No program on this PC opens {file}; a copy is at {path}.").format(
                        file=view.file_name, path=str(path)
                    )
                )
            self.opened.emit(str(path))

        self._in_background(
            lambda: write_viewer_copy(view, attachment_content(db, actor, view.id)), done
        )

    def remove_selected(self) -> None:
        view = self.selected()
        if view is None or not self.editable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            self.tr(
                "Remove {file} from the database? Every PC loses it; the audit log keeps only "
                "its name and size."
            ).format(file=view.file_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_attachment(self.context.db, self.context.actor, view.id)
        except DomainError as error:  # shown under the list, as every refusal here
            self.error.show_message(message_for(error))
            return
        self.reload()
        self.changed.emit()
