"""Adding or changing a unit (Admin): kode lokasi, name, the OPD above it, its signatories."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from inventaris.core.formatting import format_nip
from inventaris.units import UnitInput, UnitView, save_unit
from ui.context import AppContext
from ui.forms import FormDialog
from ui.units.picker import unit_caption


def _below(units: list[UnitView], unit_id: int) -> set[int]:
    """The unit and every unit under it: none of them can be its parent."""
    found = {unit_id}
    grew = True
    while grew:
        grew = False
        for unit in units:
            if unit.parent_id in found and unit.id not in found:
                found.add(unit.id)
                grew = True
    return found


class UnitDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        units: list[UnitView],
        unit: UnitView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Add unit") if unit is None else self.tr("Edit unit")
        super().__init__(title, self.tr("Save"), parent)
        self.setObjectName("unitDialog")
        self.context = context
        self.unit = unit
        self.saved_unit: UnitView | None = None
        self.kode_lokasi = QLineEdit(unit.kode_lokasi if unit else "")
        self.kode_lokasi.setPlaceholderText("12.02.05.04.01.01.01")
        self.kode_lokasi.setToolTip(
            self.tr(
                "Digits separated by dots: owner, province, regency, bidang, unit, sub-unit, UPB"
            )
        )
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setPlaceholderText(self.tr("e.g. Dinas Pendidikan"))
        self.parent_unit = QComboBox()
        self.parent_unit.addItem(self.tr("— none: an OPD of its own —"), None)
        excluded = _below(units, unit.id) if unit is not None else set()
        for other in units:
            if other.id not in excluded:
                self.parent_unit.addItem(unit_caption(other), other.id)
        if unit is not None and unit.parent_id is not None:
            self.parent_unit.setCurrentIndex(max(self.parent_unit.findData(unit.parent_id), 0))
        self.head_title = QLineEdit(unit.head_title if unit else "")
        self.head_title.setPlaceholderText(self.tr("e.g. Kepala Dinas Pendidikan"))
        self.head_name = QLineEdit(unit.head_name if unit else "")
        self.head_nip = QLineEdit(format_nip(unit.head_nip) if unit else "")
        self.head_nip.setPlaceholderText(self.tr("18 digits"))
        self.custodian_name = QLineEdit(unit.custodian_name if unit else "")
        self.custodian_nip = QLineEdit(format_nip(unit.custodian_nip) if unit else "")
        self.custodian_nip.setPlaceholderText(self.tr("18 digits"))
        self.active = QCheckBox(self.tr("In use (users can work in it)"))
        self.active.setChecked(unit.active if unit else True)
        self.add_field(self.tr("Kode lokasi *"), "kode_lokasi", self.kode_lokasi)
        self.add_field(self.tr("Unit name *"), "name", self.name)
        self.add_field(self.tr("Parent unit (for a UPB)"), "parent_id", self.parent_unit)
        self.add_field(self.tr("Title of the head"), "head_title", self.head_title)
        self.add_field(self.tr("Name of the head"), "head_name", self.head_name)
        self.add_field(self.tr("NIP of the head"), "head_nip", self.head_nip)
        self.add_field(self.tr("Pengurus Barang"), "custodian_name", self.custodian_name)
        self.add_field(self.tr("NIP of the Pengurus Barang"), "custodian_nip", self.custodian_nip)
        if unit is not None:
            self.add_field("", "active", self.active)
        self.kode_lokasi.setFocus()

    def data(self) -> UnitInput:
        return UnitInput(
            kode_lokasi=self.kode_lokasi.text(),
            name=self.name.text(),
            parent_id=self.parent_unit.currentData(),
            head_title=self.head_title.text(),
            head_name=self.head_name.text(),
            head_nip=self.head_nip.text(),
            custodian_name=self.custodian_name.text(),
            custodian_nip=self.custodian_nip.text(),
            active=self.active.isChecked(),
            expected_version=self.unit.row_version if self.unit is not None else None,
        )

    def apply(self) -> None:
        db, actor, data = self.context.db, self.context.actor, self.data()
        unit_id = self.unit.id if self.unit is not None else None
        self.run(lambda: save_unit(db, actor, data, unit_id), self._saved_now)

    def _saved_now(self) -> None:
        result = getattr(self, "result_value", None)
        self.saved_unit = result if isinstance(result, UnitView) else None
