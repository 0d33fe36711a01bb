"""The working sheet's answers about one register item (LKI): presence, condition, wrong data,
who uses it, recorded twice."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from inventaris.assets.types import Condition
from inventaris.catalog import VEHICLE_PREFIX, kib_of
from inventaris.core.formatting import format_nip
from inventaris.stocktake.answers import answer_item
from inventaris.stocktake.types import (
    CHECKED_FIELDS,
    PRESENCE_LABELS,
    USER_KIND_LABELS,
    AnswerInput,
    AnswerView,
    Presence,
    UserKind,
)
from ui.context import AppContext
from ui.forms import FormDialog
from ui.i18n import engine_text
from ui.stocktake.common import condition_word

VEHICLE_FIELDS = ("plate_number", "chassis_number", "engine_number", "bpkb_number")


class AnswerDialog(FormDialog):
    """The working sheet's answers about one register item, beyond "it is here"."""

    def __init__(
        self,
        context: AppContext,
        stocktake_id: int,
        answer: AnswerView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Answers about the item"), self.tr("Save"), parent)
        self.setMinimumWidth(560)
        self.context, self.stocktake_id, self.answer = context, stocktake_id, answer
        recorded = answer.recorded
        if recorded is not None:
            heading = QLabel(
                f"<b>{escape(recorded.code_register)}</b> · {escape(recorded.name)}"
                + (f" · {escape(recorded.brand_type)}" if recorded.brand_type else "")
                + "<br>"
                + escape(
                    self.tr("Recorded in {place}, condition {condition}").format(
                        place=engine_text(recorded.place_name) or "—",
                        condition=condition_word(recorded.condition),
                    )
                )
            )
            heading.setTextFormat(Qt.TextFormat.RichText)
            heading.setWordWrap(True)
            self.form.addRow(heading)
        self.presence = QComboBox()
        if answer.found_place is not None:
            self.presence.addItem(self.tr("Present (checked)"), "")
            self.presence.setEnabled(False)
        else:
            self.presence.addItem(self.tr("Not answered yet"), "")
            for presence in Presence:
                self.presence.addItem(engine_text(PRESENCE_LABELS[presence]), presence.value)
        self.presence.setCurrentIndex(max(0, self.presence.findData(answer.presence)))
        self.condition = QComboBox()
        recorded_word = condition_word(recorded.condition) if recorded else ""
        self.condition.addItem(
            self.tr("As recorded ({condition})").format(condition=recorded_word), ""
        )
        for condition in Condition:
            self.condition.addItem(condition_word(condition.value), condition.value)
        self.condition.setCurrentIndex(max(0, self.condition.findData(answer.observed_condition)))
        self.add_field(self.tr("Presence"), "presence", self.presence)
        self.add_field(self.tr("Observed condition"), "observed_condition", self.condition)
        self.add_field(self.tr("Data"), "corrections", self._corrections_box())
        self.user_kind = QComboBox()
        self.user_kind.addItem(self.tr("Not asked"), "")
        for kind in UserKind:
            self.user_kind.addItem(engine_text(USER_KIND_LABELS[kind]), kind.value)
        self.user_kind.setCurrentIndex(max(0, self.user_kind.findData(answer.user_kind)))
        self.user_name = QLineEdit(answer.user_name)
        self.user_nip = QLineEdit(format_nip(answer.user_nip) if answer.user_nip else "")
        self.user_nip.setPlaceholderText("19800101 200501 1 001")
        self.user_document = QLineEdit(answer.user_document)
        self.user_document.setPlaceholderText(self.tr("BAST or agreement number"))
        self.add_field(self.tr("Used by"), "user_kind", self.user_kind)
        self.add_field(self.tr("User's name"), "user_name", self.user_name)
        self.add_field(self.tr("User's NIP"), "user_nip", self.user_nip)
        self.add_field(self.tr("Document"), "user_document", self.user_document)
        self.twin = QLineEdit(answer.twin)
        self.twin.setPlaceholderText(self.tr("Code and register of the other record"))
        self.add_field(self.tr("Recorded twice"), "twin", self.twin)
        self.land_not_owned = QCheckBox(
            self.tr("The building stands on land not owned by the regency")
        )
        self.land_not_owned.setChecked(answer.land_not_owned)
        self.add_field(self.tr("Land"), "land_not_owned", self.land_not_owned)
        # A question for buildings (KIB C) only, unless an earlier answer already says so.
        building = recorded is None or kib_of(recorded.code) == "C"
        self.form.setRowVisible(self.land_not_owned, building or answer.land_not_owned)
        self.note = QPlainTextEdit(answer.note)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field(self.tr("Note"), "note", self.note)
        self.user_kind.currentIndexChanged.connect(lambda _index: self._user_changed())
        self._user_changed()

    def _corrections_box(self) -> QWidget:
        box = QGroupBox(self.tr("What is recorded wrongly (empty: as recorded)"))
        form = QFormLayout(box)
        recorded = self.answer.recorded
        shown = {
            "code": recorded.code if recorded else "",
            "name": recorded.name if recorded else "",
            "specification": recorded.specification if recorded else "",
            "brand_type": recorded.brand_type if recorded else "",
            "plate_number": recorded.plate_number if recorded else "",
            "address": recorded.place_name if recorded else "",
        }
        self.corrections: dict[str, QLineEdit] = {}
        vehicle = recorded is not None and recorded.code.startswith(VEHICLE_PREFIX)
        for key, label in CHECKED_FIELDS.items():
            field = QLineEdit(self.answer.corrections.get(key, ""))
            field.setPlaceholderText(shown.get(key, "") or self.tr("as recorded"))
            field.setObjectName(f"correction_{key}")
            self._watch(field)
            self.corrections[key] = field
            form.addRow(engine_text(label), field)
            # Plate, chassis, engine and BPKB are a vehicle's: other items leave them out.
            if key in VEHICLE_FIELDS and not vehicle and not field.text():
                form.setRowVisible(field, False)
        return box

    def _user_changed(self) -> None:
        kind = self.user_kind.currentData()
        for field in (self.user_name, self.user_document):
            field.setEnabled(kind in (UserKind.EMPLOYEE, UserKind.OTHER))
        self.user_nip.setEnabled(kind == UserKind.EMPLOYEE)

    def data(self) -> AnswerInput:
        return AnswerInput(
            presence=self.presence.currentData() or "",
            observed_condition=self.condition.currentData() or "",
            corrections={key: field.text() for key, field in self.corrections.items()},
            user_kind=self.user_kind.currentData() or "",
            user_name=self.user_name.text(),
            user_nip=self.user_nip.text(),
            user_document=self.user_document.text(),
            twin=self.twin.text(),
            land_not_owned=self.land_not_owned.isChecked(),
            note=self.note.toPlainText(),
        )

    def apply(self) -> None:
        data, context, answer = self.data(), self.context, self.answer
        self.run(
            lambda: answer_item(
                context.db,
                context.actor,
                self.stocktake_id,
                answer.asset_id,
                data,
                answer.row_version,
            )
        )
