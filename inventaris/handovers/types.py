"""The handovers' vocabulary: kinds, what a person fills in, and the read models."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from inventaris.core.i18n import QT_TRANSLATE_NOOP

MAX_LOAN_YEARS = 5  # pinjam pakai: at most five years, renewable (BMD.md §12)
LOAN_WARN_DAYS = 30  # the loan's end joins the attention list this far ahead


class HandoverKind(enum.StrEnum):
    HANDOVER = "handover"  # serah terima pemakaian
    RETURN = "return"  # pengembalian
    LOAN = "loan"  # pinjam pakai
    LOAN_RETURN = "loan_return"  # the borrower gives it back


KIND_LABELS = {
    HandoverKind.HANDOVER: QT_TRANSLATE_NOOP("Engine", "Handover"),
    HandoverKind.RETURN: QT_TRANSLATE_NOOP("Engine", "Return"),
    HandoverKind.LOAN: QT_TRANSLATE_NOOP("Engine", "Loan (pinjam pakai)"),
    HandoverKind.LOAN_RETURN: QT_TRANSLATE_NOOP("Engine", "End of loan"),
}


@dataclass(frozen=True)
class HandoverInput:
    """The second party of a BAST pemakaian and the paper's date and number."""

    holder_name: str
    holder_nip: str
    holder_position: str = ""
    occurred_on: date | None = None  # today when not given
    note: str = ""
    number: str = ""  # empty: the next number of the unit's pattern


@dataclass(frozen=True)
class LoanInput:
    """A pinjam pakai: the borrowing body, the agreement and its period."""

    borrower: str
    agreement_number: str
    starts_on: date
    ends_on: date
    note: str = ""
    number: str = ""  # the BAST's number; empty: the next of the unit's pattern


@dataclass(frozen=True)
class HandoverItemView:
    asset_id: int
    code: str
    register_number: int
    code_register: str
    name: str
    brand_type: str
    condition: str  # B, RR, RB: when handed over, or on return


@dataclass(frozen=True)
class HandoverView:
    id: int
    unit_id: int
    kind: HandoverKind
    number: str
    occurred_on: date
    holder_name: str
    holder_nip: str
    holder_position: str
    agreement_number: str
    ends_on: date | None
    returns_id: int | None
    returns_number: str  # the BAST a return ends ("" when none)
    returns_on: date | None
    note: str
    created_at: datetime
    created_by: str
    items: tuple[HandoverItemView, ...]


@dataclass(frozen=True)
class HeldItem:
    """An item an employee holds now, and the BAST it came with (when there is one)."""

    asset_id: int
    code_register: str
    name: str
    brand_type: str
    condition: str
    holder_name: str
    since: date | None
    handover_id: int | None
    handover_number: str


@dataclass(frozen=True)
class KnownHolder:
    """Someone offered in the handover form: a user, or a past second party."""

    name: str
    nip: str
    position: str = ""
