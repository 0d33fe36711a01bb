"""What an import found wrong: where (sheet, row, column) and why, kept translatable."""

from __future__ import annotations

import dataclasses
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
