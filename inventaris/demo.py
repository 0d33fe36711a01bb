"""A deterministic, believable demo office: settings, users, rooms, assets, vehicles, houses.

Same seed, same office. Rows go in with bulk Core inserts (one ORM object at a time would take
minutes for 100,000 assets); one transaction, one summary line in the audit log.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from inventaris.db import Database
from inventaris.errors import ValidationError
from inventaris.i18n import QT_TRANSLATE_NOOP
from inventaris.labels import KEY_ALPHABET, KEY_LENGTH
from inventaris.model import (
    Asset,
    AssetEvent,
    AuditEntry,
    Building,
    FuelRecord,
    RegencySettings,
    RegisterCounter,
    Room,
    ServicePlan,
    ServiceRecord,
    Unit,
    User,
    VehicleDetail,
    VehicleDocument,
    user_unit,
)
from inventaris.permissions import SYSTEM_ACTOR, Role
from inventaris.reference import read_starter_codes
from inventaris.search import FTS_INSERT_TRIGGER, build_search_text
from inventaris.security import hash_password
from inventaris.timeutil import to_wib

MAX_DEMO_ASSETS = 100_000
DEMO_PASSWORD = "demo1234"
DEMO_USERS: tuple[tuple[str, str, Role], ...] = (
    ("admin", "Administrator Sistem", Role.ADMIN),
    ("pengurus", "Rahmat Hidayat Siregar", Role.CUSTODIAN),
    ("koordinator", "Syahrial Ginting", Role.DRIVERS_COORDINATOR),
    ("sekretariat", "Nurhayati Lubis", Role.SECRETARIAT),
    ("pimpinan", "Drs. H. Ahmad Fauzi Nasution, M.Si", Role.LEADERSHIP),
)

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Engine",
    "Demo data goes only into an empty database; {url} already has accounts or assets. "
    "Use a new file, e.g. --db sqlite:///demo.db.",
)
MSG_TOO_MANY = QT_TRANSLATE_NOOP(
    "Engine", "Number of assets: choose from 0 to {maximum} (not {value})."
)

FIRST_NAMES = (
    "Ahmad", "Budi", "Citra", "Dewi", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko",
    "Kartika", "Lestari", "Muhammad", "Nurul", "Putri", "Rizky", "Sari", "Taufik", "Wulan",
    "Yusuf", "Zulkifli", "Rina", "Agus", "Siti", "Irwan", "Fitri", "Darma", "Maya",
)  # fmt: skip
FAMILY_NAMES = (
    "Siregar", "Nasution", "Lubis", "Harahap", "Ginting", "Sembiring", "Tarigan", "Sinaga",
    "Simanjuntak", "Hasibuan", "Pohan", "Batubara", "Damanik", "Purba", "Saragih", "Surbakti",
)  # fmt: skip

ROOMS: tuple[tuple[str, str, str, str, int | None], ...] = (
    # code, name, floor, kind, capacity
    ("R.01", "Ruang Kepala Bagian Umum", "2", "office", None),
    ("R.02", "Ruang Subbagian Tata Usaha", "2", "office", None),
    ("R.03", "Ruang Subbagian Rumah Tangga", "2", "office", None),
    ("R.04", "Ruang Subbagian Perlengkapan", "2", "office", None),
    ("R.05", "Ruang Staf Bagian Umum", "2", "office", None),
    ("R.06", "Ruang Arsip", "1", "storage", None),
    ("R.07", "Gudang Perlengkapan", "1", "storage", None),
    ("R.08", "Ruang Rapat Bagian Umum", "2", "meeting", 20),
    ("R.09", "Ruang Rapat Utama (Sekda)", "3", "meeting", 60),
    ("R.10", "Aula Kantor Bupati", "1", "meeting", 250),
    ("R.11", "Ruang Tunggu Tamu", "1", "office", None),
    ("R.12", "Ruang Pengemudi", "1", "office", None),
    ("R.13", "Pos Satpam", "1", "office", None),
    ("R.14", "Ruang Protokol", "3", "office", None),
    ("R.15", "Ruang Server dan Jaringan", "1", "storage", None),
    ("R.16", "Ruang Sekretaris Daerah", "3", "office", None),
    ("R.17", "Ruang Asisten Administrasi Umum", "3", "office", None),
    ("R.18", "Mushola", "1", "other", None),
)

# code, typical names/brands, price range in Rupiah, unit of count, weight
EQUIPMENT: tuple[tuple[str, tuple[str, ...], tuple[int, int], str, int], ...] = (
    ("1.3.2.10.01.02.001", ("Lenovo ThinkCentre M70s", "HP ProDesk 400 G7", "Dell OptiPlex 3090"),
     (8_500_000, 15_000_000), "Unit", 6),
    ("1.3.2.10.01.02.002", ("Lenovo ThinkPad E14", "ASUS VivoBook 14", "HP ProBook 440 G9"),
     (9_000_000, 18_000_000), "Unit", 6),
    ("1.3.2.10.01.02.003", ("Acer Aspire 5", "Axioo MyBook 14"), (6_000_000, 9_000_000), "Unit", 2),
    ("1.3.2.10.01.02.009", ("Samsung Galaxy Tab A8", "Lenovo Tab M10"), (3_000_000, 5_000_000),
     "Unit", 1),
    ("1.3.2.10.02.03.002", ("LG 22MK430H 22 inci", "Samsung S24R350 24 inci"),
     (1_500_000, 3_000_000), "Unit", 5),
    ("1.3.2.10.02.03.003", ("Epson L3210", "Canon PIXMA G2010", "HP LaserJet Pro M404dn"),
     (2_200_000, 5_500_000), "Unit", 5),
    ("1.3.2.10.02.03.004", ("Epson DS-530 II", "Canon DR-C225 II"), (4_500_000, 7_500_000),
     "Unit", 1),
    ("1.3.2.05.01.04.005", ("Brother 4 laci", "Lion 4 laci"), (2_500_000, 4_000_000), "Buah", 3),
    ("1.3.2.05.01.04.006", ("Olympic 3 laci",), (1_200_000, 2_000_000), "Buah", 1),
    ("1.3.2.05.01.05.043", ("Epson EB-X500", "BenQ MX560"), (6_000_000, 9_500_000), "Unit", 1),
    ("1.3.2.05.02.01.001", ("Meja kerja besi Chitose", "Meja kerja besi Modera"),
     (1_200_000, 2_500_000), "Buah", 5),
    ("1.3.2.05.02.01.002", ("Meja kerja kayu jati", "Meja kerja kayu Olympic"),
     (1_500_000, 3_500_000), "Buah", 6),
    ("1.3.2.05.02.01.003", ("Kursi besi Chitose",), (350_000, 700_000), "Buah", 6),
    ("1.3.2.05.02.01.004", ("Kursi kayu jati",), (600_000, 1_200_000), "Buah", 4),
    ("1.3.2.05.02.01.008", ("Meja rapat oval 12 orang", "Meja rapat lipat"),
     (3_500_000, 12_000_000), "Buah", 2),
    ("1.3.2.05.02.01.030", ("Kursi rapat Futura", "Kursi rapat Indachi"), (650_000, 1_300_000),
     "Buah", 10),
    ("1.3.2.05.02.01.032", ("Kursi putar Ergotec", "Kursi putar Indachi"),
     (900_000, 2_200_000), "Buah", 8),
    ("1.3.2.05.02.01.033", ("Kursi lipat Chitose", "Kursi tunggu"), (250_000, 600_000),
     "Buah", 8),
    ("1.3.2.05.02.04.002", ("Daikin VRV",), (45_000_000, 90_000_000), "Unit", 1),
    ("1.3.2.05.02.04.003", ("Panasonic 1 PK window",), (3_000_000, 4_500_000), "Unit", 1),
    ("1.3.2.05.02.04.004", ("Daikin 1 PK", "Panasonic 1,5 PK", "Sharp 1 PK"),
     (4_000_000, 7_500_000), "Unit", 6),
)  # fmt: skip

VEHICLE_CODE_PREFIX = "1.3.2.02."
# code, merk/type, CC, price range
VEHICLES: tuple[tuple[str, str, str, tuple[int, int]], ...] = (
    ("1.3.2.02.01.01.001", "Toyota Camry 2.5 V", "2494", (650_000_000, 800_000_000)),
    ("1.3.2.02.01.01.002", "Toyota Fortuner 2.4 VRZ", "2393", (550_000_000, 650_000_000)),
    ("1.3.2.02.01.01.002", "Mitsubishi Pajero Sport Dakar", "2442", (560_000_000, 680_000_000)),
    ("1.3.2.02.01.01.003", "Toyota Kijang Innova 2.0 G", "1998", (350_000_000, 450_000_000)),
    ("1.3.2.02.01.01.003", "Toyota Avanza 1.3 G", "1329", (220_000_000, 260_000_000)),
    ("1.3.2.02.01.02.003", "Toyota HiAce Commuter", "2755", (520_000_000, 600_000_000)),
    ("1.3.2.02.01.04.001", "Honda Vario 125", "125", (22_000_000, 26_000_000)),
    ("1.3.2.02.01.04.001", "Yamaha NMAX 155", "155", (30_000_000, 34_000_000)),
)
HOUSE_CODE = "1.3.3.01.02.02.001"
HOUSE_LAND_CODE = "1.3.1.01.01.01.002"
OFFICE_BUILDING_CODE = "1.3.3.01.01.01.001"
HOUSE_STREETS = (
    "Jl. Proklamasi", "Jl. K.H. Zainul Arifin", "Jl. Imam Bonjol", "Jl. Sudirman",
    "Jl. Pemuda", "Jl. Cut Nyak Dhien", "Jl. Perintis Kemerdekaan",
)  # fmt: skip
CODE_NAMES = dict(read_starter_codes())
METHODS = ("Pengadaan",) * 12 + ("Hibah", "Hasil Inventarisasi", "Perolehan Lainnya")
CONDITIONS = ("B",) * 16 + ("RR",) * 3 + ("RB",)
DISPOSAL_REASONS = ("rusak berat", "dihibahkan", "hilang", "dimusnahkan", "dijual")


@dataclass(frozen=True)
class DemoReport:
    assets: int
    rooms: int
    users: int
    vehicles: int
    residences: int


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.random = random.Random(seed)
        self.today = today
        self._nips: set[str] = set()
        self._plates: set[str] = set()

    def person(self) -> str:
        return f"{self.random.choice(FIRST_NAMES)} {self.random.choice(FAMILY_NAMES)}"

    def nip(self) -> str:
        """A NIP that passes validation: birth date, appointment month, sex, sequence."""
        while True:
            birth = date(1965, 1, 1) + timedelta(days=self.random.randrange(0, 12_000))
            appointed = min(birth.year + self.random.randint(22, 32), 2024)
            nip = (
                f"{birth:%Y%m%d}{appointed:04d}{self.random.randint(1, 12):02d}"
                f"{self.random.choice('12')}{self.random.randint(1, 999):03d}"
            )
            if nip not in self._nips:
                self._nips.add(nip)
                return nip

    def plate(self) -> str:
        while True:
            letters = "".join(self.random.choice("ABCDEFGHJKLMNPRSTUZ") for _ in range(2))
            plate = f"BK {self.random.randint(1, 9999)} {letters}"
            if plate not in self._plates:
                self._plates.add(plate)
                return plate

    def acquisition(self, first_year: int = 2005) -> date:
        year = self.random.randint(first_year, self.today.year)
        start = date(year, 1, 1)
        last = min(date(year, 12, 31), self.today)
        return start + timedelta(days=self.random.randrange(0, (last - start).days + 1))

    def vin(self) -> str:
        alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return "MHF" + "".join(self.random.choice(alphabet) for _ in range(14))


def _chunks(rows: list[dict[str, Any]], size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def load_demo_data(
    db: Database,
    *,
    assets: int = 2000,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    vehicle_log: bool = True,
) -> DemoReport:
    """Fill an empty database with a demo office of ``assets`` register rows.

    With ``vehicle_log`` the vehicles come with details and two years of fuel, services,
    plans and documents; without it they are bare register rows (for tests and benchmarks
    that write their own history)."""
    if not 0 <= assets <= MAX_DEMO_ASSETS:
        raise ValidationError(MSG_TOO_MANY, field="assets", maximum=MAX_DEMO_ASSETS, value=assets)
    now = db.clock()
    gen = _Generator(seed, to_wib(now).date())
    with db.engine.begin() as connection:
        used = connection.execute(select(func.count(User.id))).scalar() or 0
        used += connection.execute(select(func.count(Asset.id))).scalar() or 0
        if used:
            raise ValidationError(MSG_NOT_EMPTY, field="database", url=db.shown_url)
        unit_id = _office(connection, gen)
        user_count = _users(connection, gen, unit_id, now)
        room_ids = _rooms(connection, gen, unit_id)
        rows = _asset_rows(gen, unit_id, room_ids, assets, now)
        room_names = dict(zip(room_ids, (room[1] for room in ROOMS), strict=True))
        for row in rows:
            row["search_text"] = build_search_text(row, room_names.get(row["room_id"], ""))
        bulk_fts = connection.dialect.name == "sqlite" and bool(rows)
        if bulk_fts:
            connection.exec_driver_sql("DROP TRIGGER asset_fts_insert")
        _insert_assets(connection, rows, now, progress)
        if bulk_fts:
            connection.exec_driver_sql(
                "INSERT INTO asset_fts(rowid, search_text) SELECT id, search_text FROM asset"
            )
            connection.exec_driver_sql(FTS_INSERT_TRIGGER)
        _register_counters(connection, unit_id)
        if vehicle_log:
            _vehicle_life(connection, rows, seed, gen.today, now)
        if connection.dialect.name == "postgresql":
            # Ids were given explicitly for speed: move the sequence past them, or the next
            # asset added through the form would collide with a demo one.
            connection.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('asset', 'id'), "
                "(SELECT coalesce(max(id), 1) FROM asset))"
            )
        connection.execute(
            insert(AuditEntry).values(
                occurred_at=now,
                user_id=None,
                username=SYSTEM_ACTOR.username,
                action="demo_data",
                entity="database",
                entity_id="",
                new_values={"assets": len(rows), "seed": seed},
            )
        )
    vehicles = sum(1 for row in rows if row["code"].startswith(VEHICLE_CODE_PREFIX))
    residences = sum(1 for row in rows if row["code"] == HOUSE_CODE)
    return DemoReport(len(rows), len(room_ids), user_count, vehicles, residences)


def _office(connection: Connection, gen: _Generator) -> int:
    connection.execute(
        update(RegencySettings)
        .where(RegencySettings.id == 1)
        .values(regency_name="Langkat", city="Stabat", row_version=RegencySettings.row_version + 1)
    )
    unit_id = connection.execute(select(Unit.id).order_by(Unit.id).limit(1)).scalar()
    values = {
        "name": "Bagian Umum Sekretariat Daerah",
        "kode_lokasi": "12.02.05.04.01.01.01",
        "head_title": "Kepala Bagian Umum",
        "head_name": "Drs. Zulkarnain Siregar, M.AP",
        "head_nip": gen.nip(),
        "custodian_name": "Rahmat Hidayat Siregar",
        "custodian_nip": gen.nip(),
    }
    if unit_id is None:
        unit_id = connection.execute(insert(Unit).values(**values)).inserted_primary_key[0]  # type: ignore[index]
    else:
        connection.execute(update(Unit).where(Unit.id == unit_id).values(**values))
    return int(unit_id)


def _users(connection: Connection, gen: _Generator, unit_id: int, now: Any) -> int:
    # One hash for all: every demo account has the documented password, and hashing five
    # times would only slow the demo down.
    password_hash = hash_password(DEMO_PASSWORD)
    for username, full_name, role in DEMO_USERS:
        user_id = connection.execute(
            insert(User).values(
                username=username,
                full_name=full_name,
                nip=gen.nip(),
                role=role.value,
                password_hash=password_hash,
                failed_logins=0,
                active=True,
                created_at=now,
                row_version=1,
            )
        ).inserted_primary_key[0]  # type: ignore[index]
        connection.execute(insert(user_unit).values(user_id=user_id, unit_id=unit_id))
    return len(DEMO_USERS)


def _rooms(connection: Connection, gen: _Generator, unit_id: int) -> list[int]:
    building_id = connection.execute(
        insert(Building).values(
            unit_id=unit_id,
            name="Kantor Bupati Langkat",
            address="Jl. Tengku Amir Hamzah No. 1, Stabat",
        )
    ).inserted_primary_key[0]  # type: ignore[index]
    room_ids = []
    for code, name, floor, kind, capacity in ROOMS:
        room_ids.append(
            connection.execute(
                insert(Room).values(
                    unit_id=unit_id,
                    building_id=building_id,
                    code=code,
                    name=name,
                    floor=floor,
                    kind=kind,
                    capacity=capacity,
                    facilities="Proyektor, sound system, AC" if kind == "meeting" else "",
                    responsible_name=gen.person(),
                    responsible_nip=gen.nip(),
                    active=True,
                )
            ).inserted_primary_key[0]  # type: ignore[index]
        )
    return room_ids


def _base_row(gen: _Generator, unit_id: int, now: Any) -> dict[str, Any]:
    return {
        "unit_id": unit_id,
        "specification": "",
        "brand_type": "",
        "size": "",
        "material": "",
        "serial_number": "",
        "chassis_number": "",
        "engine_number": "",
        "plate_number": "",
        "bpkb_number": "",
        "funding_source": "",
        "quantity_unit": "Unit",
        "condition": gen.random.choice(CONDITIONS),
        "status": "aktif",
        "room_id": None,
        "holder_name": "",
        "holder_nip": "",
        "nibar": "",
        "notes": "",
        "address": "",
        "land_area_m2": None,
        "floor_area_m2": None,
        "land_title_status": "",
        "land_use": "",
        "document_date": None,
        "document_number": "",
        "multi_storey": None,
        "concrete": None,
        "land_code": "",
        "disposed_on": None,
        "disposal_decree": "",
        "disposal_reason": "",
        "label_printed_at": None,
        "label_key": "".join(gen.random.choice(KEY_ALPHABET) for _ in range(KEY_LENGTH)),
        "created_at": now,
        "updated_at": now,
        "updated_by": SYSTEM_ACTOR.username,
        "row_version": 1,
    }


def _acquired(row: dict[str, Any], gen: _Generator, day: date, price: int) -> dict[str, Any]:
    row["acquisition_date"] = day
    row["acquisition_year"] = day.year
    row["acquisition_method"] = gen.random.choice(METHODS)
    row["funding_source"] = f"APBD {day.year}" if row["acquisition_method"] == "Pengadaan" else ""
    # Prices end in thousands, as on real purchase documents.
    row["price"] = price // 1000 * 1000
    return row


def _asset_rows(
    gen: _Generator, unit_id: int, room_ids: list[int], total: int, now: Any
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    if total == 0:
        return rows
    fixed_vehicles = min(max(total // 50, 1), 40)
    fixed_houses = min(max(total // 100, 0), 15)
    for _ in range(fixed_vehicles):
        code, brand, cc, (low, high) = gen.random.choice(VEHICLES)
        day = gen.acquisition(2008)
        row = _acquired(_base_row(gen, unit_id, now), gen, day, gen.random.randint(low, high))
        holder = gen.person()
        row.update(
            code=code,
            name=brand.split()[0] + " " + brand.split()[1],
            brand_type=brand,
            size=f"{cc} cc",
            material="Besi/Baja",
            chassis_number=gen.vin(),
            engine_number=f"{gen.random.choice(('2GD', '1TR', '4N15', 'K3'))}"
            f"{gen.random.randint(1_000_000, 9_999_999)}",
            plate_number=gen.plate(),
            bpkb_number=f"{gen.random.choice('MNOPQ')}{gen.random.randint(10_000_000, 99_999_999)}",
            holder_name=holder if gen.random.random() < 0.6 else "Kendaraan Operasional",
            holder_nip=gen.nip() if holder else "",
            notes="Pelat merah",
        )
        rows.append(row)
    for number in range(fixed_houses):
        day = gen.acquisition(1985 if number else 1995)
        floor_area = gen.random.choice((36, 45, 70, 120))
        street = gen.random.choice(HOUSE_STREETS)
        house = _acquired(
            _base_row(gen, unit_id, now),
            gen,
            day,
            floor_area * gen.random.randint(3, 6) * 1_000_000,
        )
        house.update(
            code=HOUSE_CODE,
            name=f"Rumah Dinas Tipe {floor_area}",
            quantity_unit="Unit",
            address=f"{street} No. {gen.random.randint(1, 120)}, Stabat",
            floor_area_m2=Decimal(floor_area),
            land_area_m2=Decimal(floor_area * 3),
            multi_storey=floor_area >= 120,
            concrete=True,
            document_date=day,
            document_number=f"IMB/{gen.random.randint(100, 999)}/{day.year}",
            land_title_status="Hak Pakai",
            land_code=HOUSE_LAND_CODE,
            condition=gen.random.choice(("B", "B", "RR")),
        )
        rows.append(house)
        land = _acquired(_base_row(gen, unit_id, now), gen, day, floor_area * 3 * 750_000)
        land.update(
            code=HOUSE_LAND_CODE,
            name=f"Tanah Rumah Dinas {street}",
            quantity_unit="Bidang",
            address=house["address"],
            land_area_m2=house["land_area_m2"],
            land_title_status="Hak Pakai",
            land_use="Rumah Negara Golongan II",
            document_date=day,
            document_number=f"SHP No. {gen.random.randint(1, 999)}",
        )
        rows.append(land)
    if len(rows) < total:
        office = _acquired(_base_row(gen, unit_id, now), gen, date(2003, 6, 2), 18_500_000_000)
        office.update(
            code=OFFICE_BUILDING_CODE,
            name="Gedung Kantor Bupati Langkat",
            address="Jl. Tengku Amir Hamzah No. 1, Stabat",
            floor_area_m2=Decimal(4800),
            land_area_m2=Decimal(12000),
            multi_storey=True,
            concrete=True,
            document_date=date(2003, 6, 2),
            document_number="IMB/045/2003",
            land_title_status="Hak Pakai",
        )
        rows.append(office)
    weights = [entry[4] for entry in EQUIPMENT]
    serial = 0
    while len(rows) < total:
        code, names, (low, high), count_unit, _weight = gen.random.choices(EQUIPMENT, weights)[0]
        day = gen.acquisition()
        row = _acquired(_base_row(gen, unit_id, now), gen, day, gen.random.randint(low, high))
        brand = gen.random.choice(names)
        serial += 1
        row.update(
            code=code,
            # Computers are called by their model; furniture and the like by what they are.
            name=brand if code.startswith("1.3.2.10") else CODE_NAMES[code],
            brand_type=brand,
            quantity_unit=count_unit,
            material="Besi/Metal"
            if "besi" in brand.lower()
            else ("Kayu" if "kayu" in brand.lower() else ""),
            serial_number=f"SN{day.year % 100:02d}{serial:07d}"
            if code.startswith("1.3.2.10")
            else "",
            room_id=gen.random.choice(room_ids),
        )
        if code in ("1.3.2.10.01.02.002", "1.3.2.10.01.02.009"):
            row["holder_name"] = gen.person()
            row["holder_nip"] = gen.nip() if len(gen._nips) < 60_000 else ""
        rows.append(row)
    rows = rows[:total]
    for row in rows:
        if row["acquisition_year"] < gen.today.year - 8 and gen.random.random() < 0.06:
            row["status"] = "dihapus"
            row["condition"] = "RB"
            disposed = row["acquisition_date"] + timedelta(
                days=gen.random.randint(365 * 5, 365 * 8)
            )
            row["disposed_on"] = min(disposed, gen.today)
            row["disposal_decree"] = (
                f"SK Bupati No. {gen.random.randint(10, 900)}/BPKAD/{disposed.year}"
            )
            row["disposal_reason"] = gen.random.choice(DISPOSAL_REASONS)
    # Register numbers follow acquisition order within each code, as in a paper register.
    rows.sort(key=lambda row: (row["code"], row["acquisition_date"]))
    counters: dict[str, int] = {}
    for row in rows:
        counters[row["code"]] = counters.get(row["code"], 0) + 1
        row["register_number"] = counters[row["code"]]
    rows.sort(key=lambda row: (row["acquisition_date"], row["code"], row["register_number"]))
    return rows


def _insert_assets(
    connection: Connection,
    rows: list[dict[str, Any]],
    now: Any,
    progress: Callable[[int, int], None] | None,
) -> None:
    done = 0
    first_id = (connection.execute(select(func.max(Asset.id))).scalar() or 0) + 1
    for chunk in _chunks(rows):
        for offset, row in enumerate(chunk):
            row["id"] = first_id + done + offset
        connection.execute(insert(Asset), chunk)
        events = [
            {
                "asset_id": row["id"],
                "kind": "acquired",
                "occurred_on": row["acquisition_date"],
                "recorded_at": now,
                "recorded_by": SYSTEM_ACTOR.username,
                "amount": row["price"],
                "details": {"method": row["acquisition_method"]},
                "note": "",
            }
            for row in chunk
        ]
        disposals = [
            {
                "asset_id": row["id"],
                "kind": "disposed",
                "occurred_on": row["disposed_on"],
                "recorded_at": now,
                "recorded_by": SYSTEM_ACTOR.username,
                "amount": None,
                "details": {"decree": row["disposal_decree"], "reason": row["disposal_reason"]},
                "note": "",
            }
            for row in chunk
            if row["status"] == "dihapus"
        ]
        connection.execute(insert(AssetEvent), events + disposals)
        done += len(chunk)
        if progress is not None:
            progress(done, len(rows))


def _register_counters(connection: Connection, unit_id: int) -> None:
    counts = connection.execute(
        select(Asset.code, func.max(Asset.register_number))
        .where(Asset.unit_id == unit_id)
        .group_by(Asset.code)
    ).all()
    if counts:
        connection.execute(
            insert(RegisterCounter),
            [{"unit_id": unit_id, "code": code, "last_number": last} for code, last in counts],
        )


# --- the fleet's running life -------------------------------------------------------------------

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

    def __init__(self, seed: int, today: date, now: datetime) -> None:
        self.random = random.Random(f"vehicle-life-{seed}")
        self.today = today
        self.now = now
        self.drivers = [
            f"{self.random.choice(FIRST_NAMES)} {self.random.choice(FAMILY_NAMES)}"
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

    def insert(self, connection: Connection) -> None:
        for table, rows in (
            (VehicleDetail, self.details),
            (FuelRecord, self.fuel),
            (ServiceRecord, self.services),
            (ServicePlan, self.plans),
            (VehicleDocument, self.documents),
        ):
            for chunk in _chunks(rows):
                connection.execute(insert(table), chunk)


def _vehicle_life(
    connection: Connection, rows: list[dict[str, Any]], seed: int, today: date, now: datetime
) -> None:
    """Give every demo vehicle its details and, unless disposed, a running life."""
    life = _Fleet(seed, today, now)
    vehicles = sorted(
        (row for row in rows if row["code"].startswith(VEHICLE_CODE_PREFIX)),
        key=lambda row: row["id"],
    )
    running = 0
    for row in vehicles:
        life.vehicle(row, running)
        running += row["status"] != "dihapus"
    life.insert(connection)
