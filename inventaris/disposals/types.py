"""The disposal cycle's words and read models: methods, item states, proposals and decrees."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.search import code_register


class DisposalMethod(enum.StrEnum):
    """How the decree disposes of the items (the SK's "cara penghapusan")."""

    DESTRUCTION = "pemusnahan"
    SALE = "penjualan"
    GRANT = "hibah"
    EXCHANGE = "tukar_menukar"
    CAPITAL = "penyertaan_modal"
    OTHER = "lainnya"


METHOD_LABELS = {
    DisposalMethod.DESTRUCTION: QT_TRANSLATE_NOOP("Engine", "Destruction (pemusnahan)"),
    DisposalMethod.SALE: QT_TRANSLATE_NOOP("Engine", "Sale or auction (penjualan/lelang)"),
    DisposalMethod.GRANT: QT_TRANSLATE_NOOP("Engine", "Grant (hibah)"),
    DisposalMethod.EXCHANGE: QT_TRANSLATE_NOOP("Engine", "Exchange (tukar menukar)"),
    DisposalMethod.CAPITAL: QT_TRANSLATE_NOOP("Engine", "Capital participation (penyertaan modal)"),
    DisposalMethod.OTHER: QT_TRANSLATE_NOOP("Engine", "Other"),
}
# The disposed item's reason in the register, the words the one-click disposal used already
# (dijual, dihibahkan, dimusnahkan), so the Daftar Mutasi reads the same either way.
METHOD_REASONS = {
    DisposalMethod.DESTRUCTION: "dimusnahkan",
    DisposalMethod.SALE: "dijual",
    DisposalMethod.GRANT: "dihibahkan",
    DisposalMethod.EXCHANGE: "tukar menukar",
    DisposalMethod.CAPITAL: "penyertaan modal",
    DisposalMethod.OTHER: "lainnya",
}
# On paper (the letter, the history): Indonesian document words.
METHOD_WORDS = {
    DisposalMethod.DESTRUCTION: "Pemusnahan",
    DisposalMethod.SALE: "Penjualan/Lelang",
    DisposalMethod.GRANT: "Hibah",
    DisposalMethod.EXCHANGE: "Tukar Menukar",
    DisposalMethod.CAPITAL: "Penyertaan Modal",
    DisposalMethod.OTHER: "Lainnya",
}


class ItemState(enum.StrEnum):
    PROPOSED = "proposed"  # waiting for the decree, still in the register
    DISPOSED = "disposed"  # a decree disposed of it
    WITHDRAWN = "withdrawn"  # taken off the proposal (repaired, found again…)


STATE_LABELS = {
    ItemState.PROPOSED: QT_TRANSLATE_NOOP("Engine", "Proposed"),
    ItemState.DISPOSED: QT_TRANSLATE_NOOP("Engine", "Disposed by decree"),
    ItemState.WITHDRAWN: QT_TRANSLATE_NOOP("Engine", "Withdrawn"),
}


@dataclass(frozen=True)
class ProposalItemView:
    asset_id: int
    code: str
    register_number: int
    name: str
    brand_type: str
    acquisition_year: int
    price: int
    condition: str
    reason: str
    state: ItemState
    decree_number: str = ""
    decreed_on: date | None = None
    method: DisposalMethod | None = None

    @property
    def code_register(self) -> str:
        return code_register(self.code, self.register_number)


@dataclass(frozen=True)
class DecreeView:
    id: int
    number: str
    decreed_on: date
    method: DisposalMethod
    count: int


@dataclass(frozen=True)
class ProposalView:
    id: int
    unit_id: int
    title: str
    number: str
    proposed_on: date
    stocktake_id: int | None
    inspection_number: str
    inspection_date: date | None
    inspection_note: str
    created_by: str
    items: tuple[ProposalItemView, ...]
    decrees: tuple[DecreeView, ...]

    @property
    def inspected(self) -> bool:
        return self.inspection_date is not None

    @property
    def waiting(self) -> tuple[ProposalItemView, ...]:
        """The items still proposed: the ones a decree may dispose of."""
        return tuple(item for item in self.items if item.state is ItemState.PROPOSED)

    @property
    def total_value(self) -> int:
        return sum(item.price for item in self.items if item.state is not ItemState.WITHDRAWN)


@dataclass(frozen=True)
class ProposalSummary:
    """One line of the proposals list."""

    id: int
    title: str
    number: str
    proposed_on: date
    inspected_on: date | None
    proposed: int  # items waiting
    disposed: int
    withdrawn: int
    total_value: int  # of the items not withdrawn
