"""When another PC saved the record a form is editing: what they changed, and a merge that keeps
what this user typed.

``merge(baseline, mine, theirs)`` is a plain three-way merge over a dataclass's fields: a field
only the other changed takes their value, a field only this user changed keeps mine, and a
field both changed to different values keeps mine until the user says otherwise
(``ChoiceDialog``). ``ChangeNotice`` is the band a form shows it in; ``touches`` tells whether
the hub's changes concern one record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inventaris.core.errors import ConflictError

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

    T = TypeVar("T", bound=DataclassInstance)
else:
    T = TypeVar("T")
V = TypeVar("V")

NOTICE_STYLE = (
    "QLabel#changeNotice { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px;"
    " padding: 6px 8px; color: #4e342e; }"
)


@dataclass(frozen=True)
class Merge(Generic[T]):
    """The outcome of a three-way merge; ``merged`` keeps mine wherever both changed."""

    merged: T
    mine: T
    theirs: T
    theirs_changed: tuple[str, ...]  # the other changed these (baseline → theirs)
    mine_changed: tuple[str, ...]  # this user changed these (baseline → mine)
    both_changed: tuple[str, ...]  # both changed, to different values: the user decides

    def resolved(self, take_theirs: Iterable[str]) -> T:
        """``merged`` with their value in each of ``take_theirs`` (fields both changed)."""
        chosen = set(take_theirs) & set(self.both_changed)
        return replace(self.merged, **{name: getattr(self.theirs, name) for name in chosen})


def merge(baseline: T, mine: T, theirs: T, ignore: Iterable[str] = ()) -> Merge[T]:
    """Re-apply the edits ``baseline → mine`` onto ``theirs`` (the record saved meanwhile)."""
    skipped = set(ignore)
    theirs_changed: list[str] = []
    mine_changed: list[str] = []
    both: list[str] = []
    kept: dict[str, Any] = {}
    for field in fields(baseline):
        name = field.name
        if name in skipped:
            continue
        base, my, their = (getattr(value, name) for value in (baseline, mine, theirs))
        if their != base:
            theirs_changed.append(name)
        if my == base:
            continue  # untouched here: their value stands
        mine_changed.append(name)
        kept[name] = my
        if their != base and their != my:
            both.append(name)
    return Merge(
        merged=replace(theirs, **kept),
        mine=mine,
        theirs=theirs,
        theirs_changed=tuple(theirs_changed),
        mine_changed=tuple(mine_changed),
        both_changed=tuple(both),
    )


def touches(changes: object, area: str, record_id: int) -> bool:
    """Whether the hub's ``changes`` (a tuple of ``Change``) may concern one record; a change
    without ids is "something in the area", which may be it."""
    if not isinstance(changes, Iterable):
        return False
    for change in changes:
        if getattr(change, "area", None) != area:
            continue
        ids = getattr(change, "ids", None)
        if not ids or (isinstance(ids, frozenset | set) and record_id in ids):
            return True
    return False


@dataclass(frozen=True)
class FieldChange:
    """One field as a person reads it: its label and the values before and after."""

    name: str
    label: str
    before: str
    after: str


def field_changes(
    names: Sequence[str],
    before: object,
    after: object,
    label: Callable[[str], str],
    shown: Callable[[str, Any], str],
) -> list[FieldChange]:
    return [
        FieldChange(
            name,
            label(name),
            shown(name, getattr(before, name)),
            shown(name, getattr(after, name)),
        )
        for name in names
    ]


def change_lines(changes: Sequence[FieldChange]) -> str:
    return "\n".join(f"• {change.label}: {change.before} → {change.after}" for change in changes)


class ChangeNotice(QLabel):
    """A yellow band over a form: the record changed elsewhere, and what to do about it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changeNotice")
        self.setStyleSheet(NOTICE_STYLE)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)  # the band's colour marks it; a symbol may be missing in the font
        self.show()

    def clear_notice(self) -> None:
        self.clear()
        self.hide()


class ChoiceDialog(QDialog):
    """Both changed the same fields: mine or theirs, field by field; mine unless chosen.

    Closing it (Esc) keeps mine everywhere, as does pressing the button without choosing.
    """

    def __init__(
        self, who: str, rows: Sequence[tuple[FieldChange, str]], parent: QWidget | None = None
    ) -> None:
        """``rows``: per field, their change (label, before, theirs) and my value."""
        super().__init__(parent)
        self.setObjectName("conflictChoice")
        self.setWindowTitle(self.tr("Both changed the same fields"))
        explanation = QLabel(
            self.tr(
                "You and {who} both changed these fields. Choose, field by field, which value "
                "to keep; yours is kept unless you choose theirs."
            ).format(who=who)
        )
        explanation.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, title in enumerate(
            (self.tr("Field"), self.tr("Mine"), self.tr("Theirs ({who})").format(who=who))
        ):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 0, column)
        self.choices: dict[str, QRadioButton] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        for row, (change, mine) in enumerate(rows, start=1):
            grid.addWidget(QLabel(change.label), row, 0)
            keep_mine = QRadioButton(mine or "—")
            keep_mine.setObjectName(f"mine_{change.name}")
            take_theirs = QRadioButton(change.after or "—")
            take_theirs.setObjectName(f"theirs_{change.name}")
            keep_mine.setChecked(True)
            group = QButtonGroup(self)
            group.addButton(keep_mine)
            group.addButton(take_theirs)
            grid.addWidget(keep_mine, row, 1)
            grid.addWidget(take_theirs, row, 2)
            self.choices[change.name] = take_theirs
            self.mine_buttons[change.name] = keep_mine
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use these values"))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def take_theirs(self) -> set[str]:
        if self.result() != QDialog.DialogCode.Accepted:
            return set()
        return {name for name, button in self.choices.items() if button.isChecked()}


@dataclass(frozen=True)
class Stale(Generic[V]):
    """A save refused because another saved first, with the record as it is now (fetched on
    the worker with the refusal, so the form can say what changed at once)."""

    error: ConflictError
    current: V
