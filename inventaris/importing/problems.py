"""What an import found wrong: where (sheet, row, column) and why, kept translatable.

Besides problems (the row cannot go in), the check reports warnings (a value it doubts, which
a person must confirm before the import goes ahead) and notices (what it did to the values, such
as multiplying a column headed "Harga (ribuan Rp)" by 1.000). All three are ``Problem`` entries;
``severity`` tells them apart, and the report keeps each kind in its own list.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from inventaris.core.errors import fill_template


class CellProblem(Exception):
    """A value that cannot be read: a translatable reason with its parameters."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(fill_template(template, params))


class Severity(enum.StrEnum):
    PROBLEM = "problem"  # the row is not imported
    WARNING = "warning"  # imported only once a person has confirmed it
    NOTICE = "notice"  # said, never in the way


@dataclass(frozen=True)
class Problem:
    """One problem of the validation report.

    ``row`` is the spreadsheet's own row number (1-based) and ``column`` its letter, so a person
    can find the cell; both are empty (0, "") when the problem is about the whole sheet.
    """

    sheet: str
    row: int
    column: str
    field: str
    value: str
    template: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    severity: Severity = Severity.PROBLEM

    def key(self) -> tuple[str, int, str, str]:
        """What the entry is about (sheet, row, column, reason): a warning a person confirmed."""
        return self.sheet, self.row, self.column, self.template

    def message(self, translate: Callable[[str], str] = str) -> str:
        """The reason in words; ``translate`` (the UI's) gives it in the user's language.

        Text parameters are translated too ("{label} is required" names a translatable label);
        the cell's own value never is.
        """
        params = {
            key: translate(value) if isinstance(value, str) else value
            for key, value in self.params.items()
        }
        return fill_template(translate(self.template), {**params, "value": self.value})
