"""Windows that fit the screen, and lists that say what they cut.

The office's smallest screen is 1366×768, often at 150 % (911×512 logical pixels). No window
or dialog may be taller or wider than the screen's free area: a long form scrolls inside
``ScrollingBody`` while its buttons stay below it, and every dialog is capped to the screen as
it opens. A cell whose text is cut ("Jl. Cut Nyak Dhie…") shows the whole text as its tooltip.
``install`` puts both in place for the whole program (ui.app does it at start).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QMargins, QModelIndex, QObject, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QGuiApplication, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QScrollArea,
    QStyle,
    QToolTip,
    QWidget,
)

# Room left for a window's frame when the platform has not said yet (before it is first shown).
FALLBACK_FRAME = QMargins(8, 31, 8, 8)


def available_area(widget: QWidget) -> QRect:
    """The free part (no taskbar) of the screen the widget is on, in logical pixels."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_margins(window: QWidget) -> QMargins:
    """The title bar and borders the window system adds around ``window``."""
    for candidate in (window, window.parentWidget()):
        handle = candidate.window().windowHandle() if candidate is not None else None
        if handle is not None and not handle.frameMargins().isNull():
            return handle.frameMargins()
    return FALLBACK_FRAME


def largest_size(window: QWidget) -> QSize:
    """The largest inner size at which ``window``, frame included, lies on its screen."""
    area, frame = available_area(window), frame_margins(window)
    return QSize(
        area.width() - frame.left() - frame.right(),
        area.height() - frame.top() - frame.bottom(),
    )


def fit_to_screen(window: QWidget) -> None:
    """Shrink ``window`` to its screen; a window with a scrolling body grows to show all of
    it, as far as the screen allows (Qt opens windows at most 2/3 of the screen tall)."""
    most = largest_size(window)
    size = window.size()
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized) and window.findChild(ScrollingBody):
        size.setHeight(max(size.height(), window.sizeHint().height()))
    size = size.boundedTo(most).expandedTo(window.minimumSize().boundedTo(most))
    if size != window.size():
        window.resize(size)


class ScrollingBody(QScrollArea):
    """The body of a long form: it scrolls when the screen is too short for it; the dialog's
    buttons stay outside, always in reach. On a tall screen it looks like no scroll area."""

    def __init__(
        self, content: QWidget, parent: QWidget | None = None, *, sideways: bool = False
    ) -> None:
        super().__init__(parent)
        self.sideways = sideways  # may be narrower than its content, and scroll sideways too
        self.setObjectName("scrollingBody")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field, it follows
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)

    def _bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        # All of the content (QScrollArea's own hint stops at 24 lines of text).
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint().expandedTo(content.minimumSizeHint())
        if hint.height() > largest_size(self).height() // 2:
            hint.setWidth(hint.width() + self._bar_width())  # room for the bar it may need
        return hint

    def minimumSizeHint(self) -> QSize:
        # As narrow as the fields allow (no sideways scrolling), as short as a few lines.
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        wanted = content.minimumSizeHint()
        lines = 4 * self.fontMetrics().height()
        width = min(wanted.width() + self._bar_width(), largest_size(self).width() - 40)
        if self.sideways:
            width = min(width, 3 * lines)
        return QSize(width, min(wanted.height(), lines))


def rank_actions(most_used: Iterable[QAction], rarely_used: Iterable[QAction] = ()) -> None:
    """Toolbar actions by use, for a bar too narrow for all of them (1366 px at 150 %): the
    most used keep their words and stay on the bar (a test checks that none goes behind the »
    button); the rarely used show only their icon, their words in the tooltip. Put the most
    used first: the bar hides what does not fit from its end."""
    for action in most_used:
        action.setPriority(QAction.Priority.HighPriority)
    for action in rarely_used:
        action.setPriority(QAction.Priority.LowPriority)


def scroll_to(widget: QWidget) -> None:
    """Bring ``widget`` into view in every scrolling body around it (a field with an error)."""
    parent = widget.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QScrollArea) and area.viewport() is parent:
            area.ensureWidgetVisible(widget)
        parent = area


def grow_to_fit(window: QWidget) -> None:
    """Make a shown dialog tall enough for its content at its width, as far as the screen
    allows: a wrapped message that appeared after it opened is then read whole, not cut."""
    layout = window.layout()
    if layout is None or not isinstance(window, QDialog) or not window.isVisible():
        return  # the main window's pages have room of their own (and it is maximised)
    layout.activate()
    if layout.hasHeightForWidth():
        wanted = layout.totalHeightForWidth(window.width())
    else:
        wanted = layout.totalSizeHint().height()
    wanted = min(wanted, largest_size(window).height())
    if wanted > window.height():
        window.resize(window.width(), wanted)


def cut_text_tooltip(view: QAbstractItemView, event: QHelpEvent) -> bool:
    """Show the whole text of a cell too narrow for it (with the model's own tooltip under
    it, if any); False when nothing is cut: the view then shows the model's tooltip alone."""
    index = view.indexAt(event.pos())
    if not index.isValid():
        return False
    value = index.data(Qt.ItemDataRole.DisplayRole)
    text = "" if value is None else str(value)
    if not text or not _is_cut(view, index, text):
        return False
    lines = [text]
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    if own and str(own) != text:
        lines.append(str(own))
    tip = "<br>".join(html.escape(line).replace("\n", "<br>") for line in lines)
    rich = f"<p style='white-space:pre-wrap'>{tip}</p>"
    # Tied to the cell: the tooltip goes when the pointer leaves it.
    QToolTip.showText(event.globalPos(), rich, view.viewport(), view.visualRect(index))
    return True


def _is_cut(view: QAbstractItemView, index: QModelIndex, text: str) -> bool:
    """Whether the cell shows less than ``text``: too narrow, or wrapped into more lines than
    its row is tall."""
    rect = view.visualRect(index)
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    width = rect.width() - 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        icon_width = view.iconSize().width()
        if icon_width <= 0:
            icon_width = view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
        width -= icon_width + 2 * margin
    wraps = getattr(view, "wordWrap", None)
    if callable(wraps) and wraps():
        lines = metrics.boundingRect(
            QRect(0, 0, max(width, 1), 1_000_000), Qt.TextFlag.TextWordWrap, text
        )
        return lines.width() > width or lines.height() > rect.height()
    return "\n" in text or metrics.horizontalAdvance(text) > width


class ScreenFit(QObject):
    """For the whole program: dialogs are capped to the screen as they open, and cut cells of
    every list, table and tree show their whole text as a tooltip."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            if isinstance(watched, QDialog) and watched.isWindow():
                fit_to_screen(watched)
        elif kind == QEvent.Type.ToolTip and isinstance(watched, QWidget):
            view = watched.parentWidget()
            if (
                isinstance(view, QAbstractItemView)
                and view.viewport() is watched
                and isinstance(event, QHelpEvent)
            ):
                return cut_text_tooltip(view, event)
        return False


def install(app: QApplication) -> ScreenFit:
    """Put ScreenFit in place for ``app`` (once)."""
    existing = app.findChild(ScreenFit)
    if existing is not None:
        return existing
    fitter = ScreenFit(app)
    app.installEventFilter(fitter)
    return fitter
