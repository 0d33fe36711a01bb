"""The one date field of the program: typed as ``15-03-2026`` (or ``15/3/2026``, ``15032026``),
picked from a calendar, left empty where the date is optional.

A QDateEdit is a spin box of sections: typing runs into the next section, Tab walks the
sections, and Ctrl+PgUp/PgDown step the date. This field is a line edit: it takes what is typed
as it is typed, one Tab leaves it, and the window's own keys (Ctrl+Tab, Ctrl+PgUp/PgDown) pass
through to the window. Only typing or the calendar changes the date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRegularExpression,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QRegularExpressionValidator,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.formatting import format_date
from inventaris.core.timeutil import to_wib, utc_now
from ui.icons import icon

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
_SEPARATED = re.compile(r"(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{2}|\d{4})")
_DIGITS = re.compile(r"\d{8}|\d{6}")
_TYPED = QRegularExpression(r"[0-9 ./\-]{0,12}")


def wib_today() -> date:
    return to_wib(utc_now()).date()


def _full_year(two_digits: int, today: date) -> int:
    """``85`` is 1985 and ``26`` is 2026: the century that is not more than 20 years ahead."""
    year = 2000 + two_digits
    return year if year <= today.year + 20 else year - 100


def parse_date(text: str, *, today: date | None = None, complete: bool = False) -> date | None:
    """The date typed as day, month, year: ``15-03-2026``, ``15/3/2026``, ``15.03.26``,
    ``15032026``; None when the text is not a date. ``complete`` takes only a four-digit year,
    so that ``15-03-20`` on the way to ``15-03-2026`` is not read as 2020."""
    text = text.strip()
    found = _SEPARATED.fullmatch(text)
    if found:
        day, month, year_text = int(found[1]), int(found[3]), found[4]
    elif _DIGITS.fullmatch(text):
        day, month, year_text = int(text[:2]), int(text[2:4]), text[4:]
    else:
        return None
    if len(year_text) == 2:
        if complete:
            return None
        year = _full_year(int(year_text), today or wib_today())
    else:
        year = int(year_text)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


Day = date  # inside DateField, ``date`` is its method


class CalendarPopup(QFrame):
    """The month calendar under a date field; a click or Enter takes the day, Esc closes."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("dateCalendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._take)
        self.calendar.activated.connect(self._take)

    def _take(self, day: QDate) -> None:
        self.close()
        self.chosen.emit(day)


class DateField(QLineEdit):
    """A date typed ``dd-mm-yyyy`` or picked; required unless ``optional`` (then it may be empty).

    ``date()``/``setDate()`` speak QDate like a QDateEdit (an empty optional field's ``date()``
    is an invalid QDate); ``value()``/``set_value()`` speak ``datetime.date`` or None.
    ``dateChanged`` fires when the date changes: while typing once a whole date with a
    four-digit year stands there, on leaving the field, and on a calendar pick.
    Text that is not a date keeps the last date, marks the field red, and ``problem()`` says why
    (``refuse_bad_dates`` shows it on saving).
    """

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, for its callers

    def __init__(
        self,
        value: Day | QDate | None = None,
        *,
        optional: bool = False,
        weekday: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.weekday = weekday  # the weekday's name shown grey inside the field, after the date
        self.label = ""  # the field's name in messages; found in the form when left empty
        self.today: Callable[[], Day] = wib_today
        self._minimum, self._maximum = FIRST_DAY, LAST_DAY
        self._value: Day | None = None
        self._flagged: QWidget | None = None  # what shows our complaint: a form's error line
        self.popup: CalendarPopup | None = None
        self.setValidator(QRegularExpressionValidator(_TYPED, self))
        # As wide as a date, not as the form: the calendar button sits right after it.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.calendar_action = QAction(
            icon("today"), self.tr("Choose from the calendar (F4)"), self
        )
        self.calendar_action.triggered.connect(lambda _checked=False: self.open_calendar())
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        for button in self.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab passes the whole date
        if weekday:
            self.setTextMargins(0, 0, self._widest_weekday() + 8, 0)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)
        if isinstance(value, QDate):
            value = _to_date(value) if value.isValid() else None
        if value is None and not optional:
            value = self.today()
        self.set_value(value)

    # --- the value ---------------------------------------------------------------------------

    def value(self) -> Day | None:
        """The date standing in the field (what is typed if it is a date, else the last one)."""
        typed = self._parsed()
        if typed is not None:
            return typed
        if self.optional and not self.text().strip():
            return None
        return self._value

    def set_value(self, value: Day | None) -> None:
        if value is None and not self.optional:
            return  # a required field always holds a date
        self._commit(self._clamped(value) if value is not None else None, show=True)

    def date(self) -> QDate:
        chosen = self.value()
        return _to_qdate(chosen) if chosen is not None else QDate()

    def setDate(self, value: QDate) -> None:  # QDateEdit's name, for its callers
        self.set_value(_to_date(value) if value.isValid() else None)

    def is_empty(self) -> bool:
        return not self.text().strip()

    def setReadOnly(self, read_only: bool) -> None:
        super().setReadOnly(read_only)
        self.calendar_action.setEnabled(not read_only)  # a read-only date is not picked either

    # --- the range (as QDateEdit: a date set from outside is held inside it) ------------------

    def minimumDate(self) -> QDate:
        return _to_qdate(self._minimum)

    def maximumDate(self) -> QDate:
        return _to_qdate(self._maximum)

    def setMinimumDate(self, value: QDate) -> None:
        self.setDateRange(value, _to_qdate(max(self._maximum, _to_date(value))))

    def setMaximumDate(self, value: QDate) -> None:
        self.setDateRange(_to_qdate(min(self._minimum, _to_date(value))), value)

    def setDateRange(self, minimum: QDate, maximum: QDate) -> None:
        self._minimum, self._maximum = _to_date(minimum), _to_date(maximum)
        if self._value is not None and self._clamped(self._value) != self._value:
            self._commit(self._clamped(self._value), show=True)

    def _clamped(self, value: Day) -> Day:
        return min(max(value, self._minimum), self._maximum)

    # --- typing ------------------------------------------------------------------------------

    def _parsed(self, *, complete: bool = False) -> Day | None:
        typed = parse_date(self.text(), today=self.today(), complete=complete)
        if typed is None or not self._minimum <= typed <= self._maximum:
            return None
        return typed

    def _typed(self, text: str) -> None:
        """Follow the typing: a whole date is taken at once, an emptied optional field too."""
        typed = self._parsed(complete=True)
        if typed is not None:
            self._commit(typed, show=False)
        elif self.optional and not text.strip():
            self._commit(None, show=False)

    def _finished(self) -> None:
        """Leaving the field: take what is typed and write it in full, or say what is wrong."""
        if self.is_empty() and self.optional:
            self._commit(None, show=True)
            return
        typed = self._parsed()
        if typed is not None:
            self._commit(typed, show=True)
        elif self.isEnabled() and not self.isReadOnly():
            self._flag(self.problem())

    def _commit(self, value: Day | None, *, show: bool) -> None:
        changed = value != self._value
        self._value = value
        if show:
            text = format_date(value) if value is not None else ""
            if text != self.text():
                self.setText(text)
        self._flag(None)
        self.update()  # the weekday follows
        if changed:
            self.dateChanged.emit(_to_qdate(value) if value is not None else QDate())

    # --- what is wrong -------------------------------------------------------------------------

    def problem(self) -> str:
        """Why the field cannot be saved as it stands; empty when it can."""
        example = format_date(self._clamped(self.today()))
        if self.is_empty():
            if self.optional:
                return ""
            return self.tr("{field} is required: type a date such as {example}.").format(
                field=self.field_name(), example=example
            )
        typed = parse_date(self.text(), today=self.today())
        if typed is None:
            return self.tr(
                '{field}: "{text}" is not a date. Type day-month-year, e.g. {example}.'
            ).format(field=self.field_name(), text=self.text().strip(), example=example)
        if not self._minimum <= typed <= self._maximum:
            return self.tr("{field} must lie between {first} and {last}.").format(
                field=self.field_name(),
                first=format_date(self._minimum),
                last=format_date(self._maximum),
            )
        return ""

    def field_name(self) -> str:
        """The field's label in its form ("Tanggal perolehan"), for messages."""
        text = self.label or _form_label(self)
        text = text.replace("&", "").strip().rstrip(":*").strip()
        return text or self.tr("The date")

    def _flag(self, problem: str | None) -> None:
        """Mark the field red with the problem on the form's error line (or in a tooltip)."""
        from ui.widgets import INVALID_FIELD_STYLE, ErrorLabel

        # A dialog's error line; a page has none (nor should it borrow another form's).
        window = self.window()
        line = window.findChild(ErrorLabel, "errorLabel") if isinstance(window, QDialog) else None
        if problem:
            if line is not None:
                line.show_message(problem, self)
                self._flagged = line
            else:
                self.setStyleSheet(INVALID_FIELD_STYLE)
                self.setToolTip(problem)
                self._flagged = self
            return
        if self._flagged is self:
            self.setStyleSheet("")
            self.setToolTip("")
        elif isinstance(self._flagged, ErrorLabel) and self._flagged.marked is self:
            self._flagged.clear_message()
        self._flagged = None

    # --- the calendar --------------------------------------------------------------------------

    def open_calendar(self) -> CalendarPopup | None:
        """The calendar at the field's date, or today when it is empty; None when read-only."""
        if self.isReadOnly() or not self.isEnabled():
            return None
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.chosen.connect(self._picked)
        calendar = self.popup.calendar
        calendar.setLocale(self.locale())
        calendar.setDateRange(_to_qdate(self._minimum), _to_qdate(self._maximum))
        shown = self.value() or self._clamped(self.today())
        calendar.setSelectedDate(_to_qdate(shown))
        calendar.setCurrentPage(shown.year, shown.month)
        self.popup.adjustSize()
        where = self.mapToGlobal(QPoint(0, self.height()))
        screen = available_screen(self)
        if screen is not None:
            size = self.popup.sizeHint()
            if where.y() + size.height() > screen.bottom():
                where.setY(self.mapToGlobal(QPoint(0, 0)).y() - size.height())
            where.setX(max(screen.left(), min(where.x(), screen.right() - size.width())))
        self.popup.move(where)
        self.popup.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return self.popup

    def _picked(self, day: QDate) -> None:
        self._commit(self._clamped(_to_date(day)), show=True)
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.selectAll()

    # --- keys and looks ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens and self.open_calendar() is not None:
            event.accept()
            return
        # Everything else a line edit does not use (Up/Down, PgUp/PgDown, Ctrl+Tab…) goes on to
        # the window: this field never steps the date by a key.
        super().keyPressEvent(event)

    def _weekday_text(self) -> str:
        chosen = self._value if self.weekday else None
        if chosen is None or self._parsed() != chosen:
            return ""
        return self.locale().dayName(_to_qdate(chosen).dayOfWeek())

    def _widest_weekday(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(self.locale().dayName(day)) for day in range(1, 8))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance("00-00-00000") + hint.height() + 16
        if self.weekday:
            width += self._widest_weekday() + 8
        hint.setWidth(width)
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.LocaleChange, QEvent.Type.FontChange) and self.weekday:
            self.setTextMargins(0, 0, self._widest_weekday() + 8, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        text = self._weekday_text()
        if not text:
            return
        buttons = [b for b in self.findChildren(QToolButton) if b.isVisible()]
        right = min((b.geometry().left() for b in buttons), default=self.width() - 4) - 4
        painter = QPainter(self)
        painter.setPen(self.palette().placeholderText().color())
        area = QRect(0, 0, right, self.height())
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


def _holds(layout: QLayout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        inner, nested = item.widget(), item.layout()
        if inner is not None and (inner is widget or inner.isAncestorOf(widget)):
            return True
        if nested is not None and _holds(nested, widget):
            return True
    return False


def _form_label(field: QWidget) -> str:
    """The label beside ``field`` in a form layout of its window, or a label that is its buddy."""
    window = field.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is field:
            return label.text()
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if item is None:
                continue
            inner, nested = item.widget(), item.layout()
            if (inner is not None and (inner is field or inner.isAncestorOf(field))) or (
                nested is not None and _holds(nested, field)
            ):
                beside = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                shown = beside.widget() if beside is not None else None
                if isinstance(shown, (QLabel, QAbstractButton)):
                    return shown.text()
    return ""


def _reveal(field: QWidget) -> None:
    """Bring the tab holding ``field`` to the front and scroll it into view."""
    child: QWidget = field
    parent = field.parentWidget()
    while parent is not None:
        outer = parent.parentWidget()
        if isinstance(outer, QTabWidget) and outer.indexOf(child) >= 0:
            outer.setCurrentWidget(child)
        elif isinstance(outer, QScrollArea):
            outer.ensureWidgetVisible(field)
        child, parent = parent, outer


def refuse_bad_dates(fields: Iterable[QObject], line: QObject) -> bool:
    """Before a save: True, with the first problem on the error line ``line`` (an ErrorLabel)
    and the cursor in its field, when a date field that can be edited holds no usable date."""
    for field in fields:
        if not isinstance(field, DateField) or not field.isEnabled() or field.isReadOnly():
            continue
        problem = field.problem()
        if not problem:
            continue
        _reveal(field)
        show = getattr(line, "show_message", None)
        if callable(show):
            show(problem, field)
            field._flagged = line if isinstance(line, QWidget) else None
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()
        return True
    return False


def editable_date_fields(window: QWidget) -> list[DateField]:
    """The date fields a person can see and type in (a hidden one is not part of the form)."""
    return [
        field
        for field in window.findChildren(DateField)
        if field.isVisibleTo(window) and field.isEnabled() and not field.isReadOnly()
    ]


def available_screen(widget: QWidget) -> QRect | None:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None
