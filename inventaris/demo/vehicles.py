"""The demo fleet's running life: details, two years of fuel and services, plans, documents.

Pure: ``vehicle_life`` turns the demo's vehicle rows into the rows of the vehicle tables, and
``demo.py`` inserts them; ``insert_tax_payments`` then adds what was paid for the taxes. The
fleet draws from its own random stream, so the register's rows stay what they were for a given
seed.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, insert, select

from inventaris.model import (
    Asset,
    Base,
    FuelRecord,
    ServicePlan,
    ServiceRecord,
    VehicleDetail,
    VehicleDocument,
    VehiclePayment,
)

MOTORCYCLE_CODE = "1.3.2.02.01.04."
# brand/type: fuel, km per litre
RUNNING: dict[str, tuple[str, float]] = {
    "Toyota Camry 2.5 V": ("Pertamax", 10.5),
    "Toyota Fortuner 2.4 VRZ": ("Solar", 11.0),
    "Mitsubishi Pajero Sport Dakar": ("Solar", 10.0),
    "Toyota Kijang Innova 2.0 G": ("Pertalite", 9.5),
    "Toyota Avanza 1.3 G": ("Pertalite", 12.5),
    "Toyota HiAce Commuter": ("Solar", 8.5),
    "Honda Vario 125": ("Pertalite", 46.0),
    "Yamaha NMAX 155": ("Pertalite", 40.0),
}
FUEL_PRICES = {"Pertalite": 10_000, "Pertamax": 12_950, "Solar": 6_800}  # Rupiah a litre
COLOURS = ("Hitam", "Hitam", "Hitam", "Putih", "Silver", "Abu-abu Metalik", "Merah Marun")
DEALERS = {
    "Toyota": "Bengkel Resmi Toyota Binjai",
    "Mitsubishi": "Bengkel Resmi Mitsubishi Medan",
    "Honda": "AHASS Stabat",
    "Yamaha": "Bengkel Resmi Yamaha Stabat",
}
_Range = tuple[int, int]
# kind: car parts, car labour, motorcycle parts, motorcycle labour (Rupiah), workshop, description
SERVICE_WORK: dict[str, tuple[_Range, _Range, _Range, _Range, str, str]] = {
    "ganti_oli": ((350_000, 650_000), (50_000, 100_000), (55_000, 95_000), (15_000, 25_000),
                  "", "Ganti oli mesin dan filter oli"),
    "servis_berkala": ((600_000, 1_800_000), (250_000, 500_000), (90_000, 220_000),
                       (40_000, 75_000), "", "Servis berkala: tune up, filter udara, cek rem"),
    "ban": ((2_800_000, 6_000_000), (80_000, 150_000), (350_000, 600_000), (20_000, 40_000),
            "Toko Ban Sinar Jaya Stabat", "Ganti ban satu set dan spooring"),
    "aki": ((900_000, 1_700_000), (0, 50_000), (220_000, 380_000), (0, 15_000),
            "Toko Aki Mandiri Stabat", "Ganti aki"),
    "rem": ((450_000, 1_200_000), (150_000, 250_000), (60_000, 140_000), (20_000, 35_000),
            "Bengkel Maju Jaya Stabat", "Ganti kampas rem depan dan belakang"),
}  # fmt: skip
# name, kind, every km, every months: the oil change and the periodic service
CAR_PLANS = (("Ganti oli", "ganti_oli", 5_000, 3), ("Servis berkala", "servis_berkala", 10_000, 6))
MOTORCYCLE_PLANS = (
    ("Ganti oli", "ganti_oli", 2_000, 2),
    ("Servis berkala", "servis_berkala", 4_000, 4),
)
TYRE_PLAN = ("Ganti ban", "ban", 40_000, None)
INSURERS = ("PT Asuransi Bangun Askrida", "PT Asuransi Jasa Indonesia")
RECORDED_BY = "koordinator"


def _anniversary(day: date, year: int) -> date:
    return date(year, day.month, min(day.day, 28 if day.month == 2 else 31))


class _Fleet:
    """Two years of fuel, services, plans and documents for the demo's vehicles.

    Its own random stream, so the register's rows stay what they were for a given seed."""

    def __init__(
        self,
        seed: int,
        today: date,
        now: datetime,
        first_names: Sequence[str],
        family_names: Sequence[str],
    ) -> None:
        self.random = random.Random(f"vehicle-life-{seed}")
        self.today = today
        self.now = now
        self.drivers = [
            f"{self.random.choice(first_names)} {self.random.choice(family_names)}"
            for _ in range(8)
        ]
        self.details: list[dict[str, Any]] = []
        self.fuel: list[dict[str, Any]] = []
        self.services: list[dict[str, Any]] = []
        self.plans: list[dict[str, Any]] = []
        self.documents: list[dict[str, Any]] = []
        self._coupon = 0

    def recorded(self, day: date) -> datetime:
        """Entered the same morning (10:00 WIB), never later than now."""
        return min(datetime.combine(day, time(3, 0), tzinfo=UTC), self.now)

    def vehicle(self, row: dict[str, Any], number: int) -> None:
        rng = self.random
        bike = row["code"].startswith(MOTORCYCLE_CODE)
        fuel_type, km_per_litre = RUNNING.get(row["brand_type"], ("Pertalite", 10.0))
        # Operational vehicles have a usual driver; a few of them are pooled, anyone drives.
        operational = row["holder_name"] == "Kendaraan Operasional"
        pooled = operational and rng.random() < 0.4
        driver = row["holder_name"] if bike and not operational else rng.choice(self.drivers)
        self.details.append(
            {
                "asset_id": row["id"],
                "previous_plate": "",
                "colour": rng.choice(COLOURS),
                "fuel_type": fuel_type,
                "wheels": "R2" if bike else "R4",
                "driver_name": driver,
                "pooled": pooled,
            }
        )
        if row["status"] == "dihapus":
            return
        plans: list[tuple[str, str, int, int | None]] = [*(MOTORCYCLE_PLANS if bike else CAR_PLANS)]
        if not bike and rng.random() < 0.5:
            plans.append(TYRE_PLAN)
        self.plans += [
            {
                "asset_id": row["id"],
                "name": name,
                "service_kind": kind,
                "every_km": every_km,
                "every_months": every_months,
                "active": True,
            }
            for name, kind, every_km, every_months in plans
        ]
        self.running(row, bike, fuel_type, km_per_litre, pooled, driver)
        self.papers(row, bike, number)

    def running(
        self,
        row: dict[str, Any],
        bike: bool,
        fuel_type: str,
        km_per_litre: float,
        pooled: bool,
        driver: str,
    ) -> None:
        """Fill-ups about weekly, each tank driven off before the next; services on the way."""
        rng = self.random
        acquired: date = row["acquisition_date"]
        day = max(acquired + timedelta(days=rng.randint(3, 20)), self.today - timedelta(days=730))
        per_day = (rng.randint(7_000, 11_000) if bike else rng.randint(14_000, 24_000)) / 365
        km = int(max((day - acquired).days, 0) * per_day * rng.uniform(0.8, 1.2))
        km += rng.randint(3, 60)
        oil, service = MOTORCYCLE_PLANS if bike else CAR_PLANS
        oil_km, oil_months, service_km, service_months = oil[2], oil[3], service[2], service[3]

        def limits(kind: str) -> tuple[float, float]:
            """When the office does the work again: days and km after the last time."""
            if kind == "ganti_oli":
                return oil_months * 30 * rng.uniform(0.85, 1.0), oil_km * rng.uniform(0.85, 1.0)
            if kind == "servis_berkala":
                return service_months * 30 * rng.uniform(0.9, 1.0), service_km * rng.uniform(
                    0.9, 1.0
                )
            if kind == "ban":
                return 9_999, (20_000 if bike else 40_000) * rng.uniform(0.9, 1.02)
            if kind == "aki":
                return rng.uniform(540, 900), 9_999_999
            return 9_999, (10_000 if bike else 22_000) * rng.uniform(0.8, 1.2)  # rem

        # The work done before the first record here, and when each falls due again.
        last = {
            "ganti_oli": (day - timedelta(days=rng.randint(0, oil_months * 25)), km - oil_km // 2),
            "servis_berkala": (day - timedelta(days=rng.randint(0, service_months * 25)), km),
            "ban": (day, km - rng.randint(0, 15_000 if bike else 30_000)),
            "aki": (day - timedelta(days=rng.randint(0, 500)), km),
            "rem": (day, km - rng.randint(0, 9_000 if bike else 20_000)),
        }
        due = {kind: limits(kind) for kind in last}
        # Some vehicles missed their last service or two: the due list shows them overdue.
        neglected_from = (
            self.today - timedelta(days=100) if rng.random() < 0.15 else self.today + timedelta(1)
        )
        make = row["brand_type"].split()[0]
        litres_range = (3.0, 6.0) if bike else (20.0, 45.0)
        while day <= self.today:
            for kind, (since_on, since_km) in last.items():
                days, kms = due[kind]
                if (day - since_on).days < days and km - since_km < kms:
                    continue
                if kind in ("ganti_oli", "servis_berkala") and day >= neglected_from:
                    continue
                self.service(row["id"], day, km, kind, bike, make)
                last[kind] = (day, km)
                due[kind] = limits(kind)
            fuel = fuel_type
            if fuel == "Pertalite" and not bike and rng.random() < 0.15:
                fuel = "Pertamax"
            litres = Decimal(f"{rng.uniform(*litres_range):.2f}")
            coupon = ""
            if rng.random() < 0.7:
                self._coupon += 1
                coupon = f"KB/{day.year}/{self._coupon:05d}"
            self.fuel.append(
                {
                    "asset_id": row["id"],
                    "filled_on": day,
                    "fuel": fuel,
                    "litres": litres,
                    "price_per_litre": FUEL_PRICES[fuel],
                    "odometer_km": km,
                    "driver_name": rng.choice(self.drivers)
                    if pooled or rng.random() < 0.1
                    else driver,
                    "coupon_number": coupon,
                    "recorded_at": self.recorded(day),
                    "recorded_by": RECORDED_BY,
                }
            )
            distance = float(litres) * km_per_litre * rng.uniform(0.9, 1.1)
            day += timedelta(days=max(1, round(distance / (per_day * rng.uniform(0.8, 1.25)))))
            km += int(distance)

    def service(self, asset_id: int, day: date, km: int, kind: str, bike: bool, make: str) -> None:
        rng = self.random
        car_parts, car_labour, bike_parts, bike_labour, workshop, description = SERVICE_WORK[kind]
        parts, labour = (bike_parts, bike_labour) if bike else (car_parts, car_labour)
        self.services.append(
            {
                "asset_id": asset_id,
                "serviced_on": day,
                "odometer_km": km,
                "kind": kind,
                "workshop": workshop or DEALERS.get(make, "Bengkel Maju Jaya Stabat"),
                "receipt_number": f"INV-{day:%y%m}-{rng.randint(1000, 9999)}",
                "description": description,
                "parts_cost": rng.randint(*parts) // 1000 * 1000,
                "labour_cost": rng.randint(*labour) // 5000 * 5000,
                "recorded_at": self.recorded(day),
                "recorded_by": RECORDED_BY,
            }
        )

    def papers(self, row: dict[str, Any], bike: bool, number: int) -> None:
        """The yearly tax (last year's kept as history), the 5-yearly STNK, some insurance."""
        rng = self.random
        today = self.today
        registered = row["acquisition_date"] + timedelta(days=rng.randint(7, 40))
        following = _anniversary(registered, today.year)
        if following <= today:
            following = _anniversary(registered, today.year + 1)
        previous = _anniversary(registered, following.year - 1)
        late = (today - previous).days <= 45 and rng.random() < 0.5
        # The first two vehicles make sure even a small demo has something to attend to.
        if number == 0:
            following = today + timedelta(days=rng.randint(5, 25))
            previous, late = _anniversary(following, following.year - 1), False
        elif number == 1:
            previous, late = today - timedelta(days=rng.randint(3, 20)), True
        taxes = [previous] if late else [previous, following]
        if previous <= registered:
            taxes = taxes[1:] or [following]
        for expires in taxes:
            self.document(
                row["id"],
                "pajak_tahunan",
                expires,
                f"PKB-{expires.year}-{rng.randint(1, 99999):05d}",
            )
        five_yearly = registered
        while five_yearly <= today:
            five_yearly = _anniversary(registered, five_yearly.year + 5)
        self.document(row["id"], "stnk_5_tahun", five_yearly, f"{rng.randint(10**7, 10**8 - 1)}")
        if not bike and rng.random() < 0.4:
            self.document(
                row["id"],
                "asuransi",
                today + timedelta(days=rng.randint(5, 360)),
                f"POL/{today.year}/{rng.randint(1, 999_999):06d}",
                rng.choice(INSURERS),
            )

    def document(
        self, asset_id: int, kind: str, expires: date, number: str, note: str = ""
    ) -> None:
        self.documents.append(
            {
                "asset_id": asset_id,
                "kind": kind,
                "expires_on": expires,
                "number": number,
                "note": note,
            }
        )

    def tables(self) -> list[tuple[type[Base], list[dict[str, Any]]]]:
        """The rows to insert, table by table, in the order they go in."""
        return [
            (VehicleDetail, self.details),
            (FuelRecord, self.fuel),
            (ServiceRecord, self.services),
            (ServicePlan, self.plans),
            (VehicleDocument, self.documents),
        ]


def vehicle_life(
    vehicles: Sequence[dict[str, Any]],
    *,
    seed: int,
    today: date,
    now: datetime,
    first_names: Sequence[str],
    family_names: Sequence[str],
) -> list[tuple[type[Base], list[dict[str, Any]]]]:
    """Every vehicle's details and, unless disposed, a running life: the rows of each table.

    ``vehicles`` are register rows with their ids, in id order; the drivers are named from
    ``first_names`` and ``family_names``."""
    life = _Fleet(seed, today, now, first_names, family_names)
    running = 0
    for row in vehicles:
        life.vehicle(row, running)
        running += row["status"] != "dihapus"
    return life.tables()


# The annual vehicle tax (PKB + SWDKLLJ) as a share of the purchase price: about 1.5 %, at
# least Rp 150.000; close enough for a demo's cost reports.
TAX_SHARE = Decimal("0.015")
MINIMUM_TAX = 150_000


def insert_tax_payments(connection: Connection, today: date, now: datetime) -> None:
    """What was paid for each annual tax the demo's documents show as renewed.

    A tax valid until X was paid at its renewal a year before, a few days early; payments
    still in the future are left out. Runs after the documents are in (it needs their ids)."""
    documents = connection.execute(
        select(
            VehicleDocument.id, VehicleDocument.asset_id, VehicleDocument.expires_on, Asset.price
        )
        .join(Asset, Asset.id == VehicleDocument.asset_id)
        .where(VehicleDocument.kind == "pajak_tahunan")
        .order_by(VehicleDocument.id)
    )
    payments = []
    for document_id, asset_id, expires_on, price in documents:
        paid_on = _anniversary(expires_on, expires_on.year - 1) - timedelta(days=document_id % 12)
        if paid_on > today:
            continue
        tax = (Decimal(price or 0) * TAX_SHARE).quantize(Decimal("1000"))
        payments.append(
            {
                "asset_id": asset_id,
                "document_id": document_id,
                "paid_on": paid_on,
                "amount": max(MINIMUM_TAX, int(tax)),
                "recorded_at": now,
                "recorded_by": RECORDED_BY,
            }
        )
    if payments:
        connection.execute(insert(VehiclePayment), payments)
