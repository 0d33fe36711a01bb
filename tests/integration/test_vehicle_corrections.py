"""Correcting the vehicle log: a service or fill corrected (the odometer rule re-checked against
its neighbours in time), a wrong record deleted with its reason, both in the audit log; and what
was paid at a renewal, counted in the vehicle's costs."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from inventaris.assets.editing import create_assets
from inventaris.core.audit import AuditRow, list_audit
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from inventaris.core.permissions import Actor, Role
from inventaris.office import get_office_settings, update_office_settings
from inventaris.vehicles.corrections import (
    fuel_record,
    payment,
    service_record,
    update_fuel_record,
    update_payment,
    update_service_record,
)
from inventaris.vehicles.costs import fleet_year, vehicle_year
from inventaris.vehicles.fleet import monthly_costs, renew_document, vehicle_card, vehicle_timeline
from inventaris.vehicles.history import vehicle_history, vehicle_history_html
from inventaris.vehicles.records import (
    FuelInput,
    ServiceInput,
    add_fuel,
    add_service,
    delete_record,
    save_document,
    save_plan,
)
from inventaris.vehicles.workbooks import export_fleet_year_xlsx, export_vehicle_year_xlsx
from tests.support.builders import first_admin, office_values, user_with_role, vehicle


def _day(day: int) -> date:
    return date(2026, 11, day)


def _fill(asset_id: int, day: int, km: int) -> FuelInput:
    return FuelInput(asset_id, _day(day), "Pertalite", Decimal("30"), 10_000, km, "Syahrial")


def _audit(db: Database, admin: Actor, action: str, entity: str, entity_id: int) -> list[AuditRow]:
    return [
        row
        for row in list_audit(db, admin, search=entity)
        if (row.action, row.entity, row.entity_id) == (action, entity, str(entity_id))
    ]


def _car(db: Database, admin: Actor) -> int:
    return create_assets(db, admin, vehicle())[0].id


# --- a corrected reading --------------------------------------------------------------------------


def test_a_mistyped_high_reading_is_corrected_and_the_next_fill_is_accepted(db: Database) -> None:
    admin = first_admin(db)
    car = _car(db, admin)
    add_fuel(db, admin, _fill(car, 1, 14_600))
    wrong = add_fuel(db, admin, _fill(car, 5, 150_000))  # 15.000 with one zero too many
    save_plan(db, admin, car, "Ganti oli", "ganti_oli", 5_000, None)  # starts at the wrong km
    with pytest.raises(ValidationError, match=r"lower than the last reading, 150\.000 km"):
        add_fuel(db, admin, _fill(car, 10, 15_400))

    found = fuel_record(db, admin, wrong)
    assert (found.data.odometer_km, found.data.filled_on, found.data.litres) == (
        150_000,
        _day(5),
        Decimal("30.00"),
    )
    corrected = dataclasses.replace(found.data, odometer_km=15_000)
    update_fuel_record(db, admin, wrong, corrected, expected_version=found.row_version)
    add_fuel(db, admin, _fill(car, 10, 15_400))

    timeline = vehicle_timeline(db, admin, car)
    assert [(e.on, e.odometer_km) for e in timeline] == [
        (_day(10), 15_400),
        (_day(5), 15_000),
        (_day(1), 14_600),
    ]
    # The plan counted from the wrong 150.000 km; it counts from the corrected reading now.
    assert vehicle_card(db, admin, car).plans[0].due.due_km == 20_000
    [entry] = _audit(db, admin, "update", "fuel_record", wrong)
    assert (entry.username, entry.old_values, entry.new_values) == (
        "admin",
        {"odometer_km": 150_000},
        {"odometer_km": 15_000},
    )


def test_a_correction_out_of_order_with_its_neighbours_is_refused_naming_the_field(
    db: Database,
) -> None:
    admin = first_admin(db)
    car = _car(db, admin)
    add_fuel(db, admin, _fill(car, 1, 10_000))
    middle = add_service(
        db, admin, ServiceInput(car, _day(10), 11_000, "ganti_oli", 300_000, 50_000, "Bengkel")
    )
    add_fuel(db, admin, _fill(car, 20, 12_000))
    found = service_record(db, admin, middle)
    data = found.data
    with pytest.raises(ValidationError) as caught:
        update_service_record(
            db,
            admin,
            middle,
            dataclasses.replace(data, odometer_km=12_500),
            expected_version=found.row_version,
        )
    assert caught.value.field == "odometer_km"
    assert str(caught.value).startswith(
        "Odometer: 12.500 km is higher than the next reading, 12.000 km on 20-11-2026."
    )
    with pytest.raises(ValidationError, match=r"9\.000 km is lower than the last reading, 10\.000"):
        update_service_record(
            db,
            admin,
            middle,
            dataclasses.replace(data, odometer_km=9_000),
            expected_version=found.row_version,
        )
    # Moved after its later neighbour, its reading no longer fits either.
    with pytest.raises(
        ValidationError, match=r"11\.000 km is lower than the last reading, 12\.000"
    ):
        update_service_record(
            db,
            admin,
            middle,
            dataclasses.replace(data, serviced_on=_day(25)),
            expected_version=found.row_version,
        )
    with pytest.raises(ValidationError) as future:
        update_service_record(
            db,
            admin,
            middle,
            dataclasses.replace(data, serviced_on=date(2026, 12, 1)),
            expected_version=found.row_version,
        )
    assert "is in the future" in str(future.value)
    assert service_record(db, admin, middle) == found  # nothing of the refusals was saved
    assert _audit(db, admin, "update", "service_record", middle) == []

    better = dataclasses.replace(data, odometer_km=11_200, kind="ban", parts_cost=900_000)
    update_service_record(db, admin, middle, better, expected_version=found.row_version)
    again = service_record(db, admin, middle)
    assert again.data == better and again.row_version == found.row_version + 1
    [entry] = _audit(db, admin, "update", "service_record", middle)
    assert entry.old_values == {"odometer_km": 11_000, "kind": "ganti_oli", "parts_cost": 300_000}
    assert entry.new_values == {"odometer_km": 11_200, "kind": "ban", "parts_cost": 900_000}


def test_a_correction_from_a_stale_form_is_refused(db: Database) -> None:
    admin = first_admin(db)
    car = _car(db, admin)
    fill = add_fuel(db, admin, _fill(car, 1, 10_000))
    opened = fuel_record(db, admin, fill)  # two PCs open the same record
    first = dataclasses.replace(opened.data, litres=Decimal("31.5"))
    update_fuel_record(db, admin, fill, first, expected_version=opened.row_version)
    second = dataclasses.replace(opened.data, coupon_number="K-9")
    with pytest.raises(ConflictError, match="changed on another computer"):
        update_fuel_record(db, admin, fill, second, expected_version=opened.row_version)
    assert fuel_record(db, admin, fill).data == first
    clerk = user_with_role(db, admin, Role.SECRETARIAT)
    with pytest.raises(PermissionDenied):
        update_fuel_record(db, clerk, fill, second, expected_version=opened.row_version + 1)
    delete_record(db, admin, "fuel", fill, "dobel")
    with pytest.raises(NotFound):
        update_fuel_record(db, admin, fill, second, expected_version=opened.row_version + 1)


# --- a deleted record -----------------------------------------------------------------------------


def test_a_wrong_service_is_deleted_with_its_reason_in_the_audit_log(db: Database) -> None:
    admin = first_admin(db)
    car = _car(db, admin)
    add_fuel(db, admin, _fill(car, 1, 10_000))
    wrong = add_service(db, admin, ServiceInput(car, _day(3), 100_000, "aki", 1_100_000))
    with pytest.raises(ValidationError, match="lower than the last reading"):
        add_fuel(db, admin, _fill(car, 4, 10_100))
    with pytest.raises(ValidationError) as caught:
        delete_record(db, admin, "service", wrong, " ")
    assert caught.value.field == "reason"
    delete_record(db, admin, "service", wrong, "Salah kendaraan")
    add_fuel(db, admin, _fill(car, 4, 10_100))
    [entry] = _audit(db, admin, "delete", "service_record", wrong)
    assert entry.username == "admin"
    assert entry.new_values == {"reason": "Salah kendaraan"}
    assert entry.old_values is not None
    assert (entry.old_values["odometer_km"], entry.old_values["parts_cost"]) == (
        100_000,
        1_100_000,
    )
    assert entry.old_values["serviced_on"] == "2026-11-03"


# --- what was paid at a renewal -------------------------------------------------------------------


def test_a_renewal_records_what_was_paid_and_the_costs_count_it(
    db: Database, tmp_path: Path
) -> None:
    admin = first_admin(db)
    update_office_settings(db, admin, office_values(get_office_settings(db, admin)))
    car = _car(db, admin)
    add_fuel(db, admin, _fill(car, 1, 10_000))
    add_service(db, admin, ServiceInput(car, _day(2), 10_050, "ganti_oli", 400_000, 100_000))
    old = save_document(db, admin, car, "pajak_tahunan", _day(25), "PKB-1", "Samsat Stabat")
    renewed = renew_document(
        db,
        admin,
        old,
        date(2027, 11, 25),
        "",
        note="dibayar tunai",
        amount_paid=2_345_600,
        paid_on=_day(20),
    )
    documents = vehicle_card(db, admin, car).documents
    assert [(d.id, d.number, d.note, d.superseded) for d in documents] == [
        (renewed, "", "dibayar tunai", False),
        (old, "PKB-1", "Samsat Stabat", True),
    ]

    year = vehicle_year(db, admin, car, 2026)
    assert year.months[10].tax_cost == 2_345_600
    assert (year.total.fuel_cost, year.total.service_cost, year.total.tax_cost) == (
        300_000,
        500_000,
        2_345_600,
    )
    assert year.total.total_cost == 3_145_600
    assert fleet_year(db, admin, 2026).total.tax_cost == 2_345_600
    timeline = vehicle_timeline(db, admin, car)
    [paid] = [e for e in timeline if e.kind == "payment"]
    assert (paid.on, paid.what, paid.cost, paid.odometer_km) == (
        _day(20),
        "pajak_tahunan",
        2_345_600,
        None,
    )
    assert monthly_costs(timeline, 2026)["payment"][10] == 2_345_600
    history = vehicle_history(db, admin, car)
    assert (history.tax_count, history.tax_cost, history.total_cost) == (1, 2_345_600, 3_145_600)
    html = vehicle_history_html(history)
    assert "RIWAYAT SERVIS, BBM, ODOMETER DAN PAJAK" in html
    assert (
        "<td>Pajak</td><td>1 kali</td><td align=right>&nbsp;</td><td align=right>2.345.600</td>"
        in html
    )

    path = tmp_path / "biaya.xlsx"
    export_vehicle_year_xlsx(db, admin, car, 2026, path)
    months = load_workbook(path)["Rekap Bulanan"]
    header = _row_of(months, "No")
    assert _values(months, header, 8)[5:] == [
        "Biaya Servis (Rp)",
        "Biaya Pajak (Rp)",
        "Jumlah Biaya (Rp)",
    ]
    assert _values(months, header + 11, 8) == [
        11,
        "November",
        50,
        30,
        300_000,
        500_000,
        2_345_600,
        3_145_600,
    ]
    kinds = load_workbook(path)["Biaya per Bulan dan Jenis"]
    header = _row_of(kinds, "No")
    assert _values(kinds, header, 15)[13:] == ["Pajak", "Jumlah"]
    assert _values(kinds, header + 13, 15)[13:] == [2_345_600, 3_145_600]  # the totals
    records = load_workbook(path)["Rincian"]
    row = _row_of(records, "Pajak", column=3)
    assert _values(records, row, 8)[3:] == [
        "Pajak tahunan / pengesahan STNK",
        None,
        "s.d. 25-11-2027 · dibayar tunai",
        None,
        2_345_600,
    ]
    export_fleet_year_xlsx(db, admin, 2026, path)
    fleet_sheet = load_workbook(path)["Rekap Kendaraan"]
    header = _row_of(fleet_sheet, "No")
    assert _values(fleet_sheet, header, 10)[8:] == ["Biaya Servis (Rp)", "Biaya Pajak (Rp)"]
    assert _values(fleet_sheet, header + 1, 11)[7:] == [300_000, 500_000, 2_345_600, 3_145_600]

    # Corrected, then deleted as a mistake: the costs follow, the document stays.
    opened = payment(db, admin, paid.record_id)
    assert (opened.document_kind, opened.amount, opened.paid_on) == (
        "pajak_tahunan",
        2_345_600,
        _day(20),
    )
    with pytest.raises(ValidationError) as zero:
        update_payment(db, admin, paid.record_id, _day(20), 0, expected_version=opened.row_version)
    assert zero.value.field == "amount_paid"
    update_payment(
        db, admin, paid.record_id, _day(21), 2_354_600, expected_version=opened.row_version
    )
    assert vehicle_year(db, admin, car, 2026).total.tax_cost == 2_354_600
    [entry] = _audit(db, admin, "update", "vehicle_payment", paid.record_id)
    assert entry.old_values == {"paid_on": "2026-11-20", "amount": 2_345_600}
    assert entry.new_values == {"paid_on": "2026-11-21", "amount": 2_354_600}
    delete_record(db, admin, "payment", paid.record_id, "dibayar oleh dinas lain")
    assert vehicle_year(db, admin, car, 2026).total.tax_cost == 0
    assert len(vehicle_card(db, admin, car).documents) == 2
    [deleted] = _audit(db, admin, "delete", "vehicle_payment", paid.record_id)
    assert deleted.new_values == {"reason": "dibayar oleh dinas lain"}


def test_payments_are_checked_and_an_other_documents_renewals_keep_each_payment(
    db: Database,
) -> None:
    admin = first_admin(db)
    car = _car(db, admin)
    other = save_document(
        db, admin, car, "lainnya", date(2026, 1, 10), "KIR-1", amount_paid=150_000, paid_on=_day(1)
    )
    with pytest.raises(ValidationError) as negative:
        renew_document(db, admin, other, date(2027, 1, 10), amount_paid=-5)
    assert negative.value.field == "amount_paid"
    with pytest.raises(ValidationError) as future:
        renew_document(db, admin, other, date(2027, 1, 10), amount_paid=5, paid_on=_day(29))
    assert future.value.field == "paid_on"
    same = renew_document(db, admin, other, date(2027, 1, 10), amount_paid=175_000)
    assert same == other  # an "other" document is renewed in place; both payments stay
    paid = [(e.on, e.cost) for e in vehicle_timeline(db, admin, car) if e.kind == "payment"]
    assert paid == [(_day(28), 175_000), (_day(1), 150_000)]
    assert vehicle_year(db, admin, car, 2026).total.tax_cost == 325_000
    renew_document(db, admin, other, date(2028, 1, 10))  # nothing paid: no payment
    assert vehicle_year(db, admin, car, 2026).total.tax_cost == 325_000


def _row_of(ws: Any, text: str, column: int = 1) -> int:
    return next(row for row in range(1, ws.max_row + 1) if ws.cell(row, column).value == text)


def _values(ws: Any, row: int, width: int) -> list[Any]:
    return [ws.cell(row, column).value for column in range(1, width + 1)]
