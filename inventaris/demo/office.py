"""A deterministic, believable demo office: settings, users, rooms, assets, vehicles, houses.

Same seed, same office. Rows go in with bulk Core inserts (one ORM object at a time would take
minutes for 100,000 assets); one transaction, one summary line in the audit log.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Insert, func, insert, select, update

from inventaris.catalog import is_vehicle, kib_of
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.permissions import SYSTEM_ACTOR, Role
from inventaris.core.reference import read_starter_codes
from inventaris.core.search import FTS_INSERT_TRIGGER, build_search_text, code_words
from inventaris.core.security import hash_password
from inventaris.core.timeutil import to_wib
from inventaris.demo.bookings import insert_demo_bookings
from inventaris.demo.bulk import indexes_deferred, insert_rows
from inventaris.demo.people import RETIREMENT_AGE, birth_between, make_nip, sex_of
from inventaris.demo.regency import (
    MAX_DEMO_UNITS,
    DemoUnit,
    UnitPlan,
    acquisition_dates,
    chunked,
    code_counts,
    demo_units,
    insert_custodian,
    insert_unit,
    label_key_of,
    shares,
)
from inventaris.demo.residences import insert_demo_residences
from inventaris.demo.stocktake import insert_demo_stocktake, plan_demo_stocktake
from inventaris.demo.vehicles import insert_tax_payments, vehicle_life
from inventaris.labels import KEY_ALPHABET, KEY_LENGTH
from inventaris.model import (
    Asset,
    AssetCode,
    AssetEvent,
    AuditEntry,
    Building,
    RegencySettings,
    RegisterCounter,
    Room,
    Unit,
    User,
    user_unit,
)

MAX_DEMO_ASSETS = 1_000_000  # a regency's units together (--units)
MAX_UNIT_ASSETS = 100_000  # one unit, built in memory: the Bagian Umum's demo office
DEMO_PASSWORD = "demo1234"
DEMO_USERS: tuple[tuple[str, str, Role], ...] = (
    ("admin", "Administrator Sistem", Role.ADMIN),
    ("pengurus", "Rahmat Hidayat Siregar", Role.CUSTODIAN),
    ("koordinator", "Syahrial Ginting", Role.DRIVERS_COORDINATOR),
    ("sekretariat", "Nurhayati Lubis", Role.SECRETARIAT),
    ("pimpinan", "Drs. H. Ahmad Fauzi Nasution, M.Si", Role.LEADERSHIP),
)
# With --units: each unit's Pengurus Barang is pb.<unit> (demo.regency), and the BPKAD reads all.
BPKAD_USER = ("bpkad", "Hj. Siti Aminah Sitepu, S.E.", Role.BPKAD)

MSG_NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Engine",
    "Demo data goes only into an empty database; {url} already has accounts or assets. "
    "Use a new file, e.g. --db sqlite:///demo.db.",
)
MSG_TOO_MANY = QT_TRANSLATE_NOOP(
    "Engine", "Number of assets: choose from 0 to {maximum} (not {value})."
)
MSG_TOO_MANY_ONE_UNIT = QT_TRANSLATE_NOOP(
    "Engine",
    "Number of assets: one unit holds at most {maximum} (not {value}); spread more over "
    "several units, e.g. --units 40.",
)
MSG_UNITS = QT_TRANSLATE_NOOP(
    "Engine", "Number of units: choose from 1 to {maximum} (not {value})."
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
# Objek the starter list does not name: the demo office has imported the BPKAD's table, as a real
# one does (Permendagri 108/2016), so every Rekapitulasi and Mutasi line has a name of its own.
IMPORTED_CODES = (("1.3.1.01", "Tanah"), ("1.3.3.01", "Bangunan Gedung"))
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
    units: int = 1


class _Generator:
    def __init__(self, seed: int, today: date) -> None:
        self.random = random.Random(seed)
        self.today = today
        self._nips: set[str] = set()
        self._plates: set[str] = set()
        self._numbers: set[str] = set()  # engine and BPKB numbers of the other units' vehicles

    def person(self) -> str:
        return f"{self.random.choice(FIRST_NAMES)} {self.random.choice(FAMILY_NAMES)}"

    def nip(self, name: str, youngest: int = 23) -> str:
        """The NIP of the civil servant ``name``: the sex of the name, between ``youngest``
        and the retirement age today. Draws as many numbers as ever, so the register's rows stay
        what they were for a given seed."""
        while True:
            days = self.random.randrange(0, 12_000)
            years = self.random.randint(22, 32)
            month = self.random.randint(1, 12)
            drawn_sex = self.random.choice("12")
            number = self.random.randint(1, 999)
            birth = birth_between(self.today, youngest, RETIREMENT_AGE - 1, days)
            sex = sex_of(name) or drawn_sex
            nip = make_nip(birth, years, month, sex, number, self.today)
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


def _insert_id(connection: Connection, statement: Insert) -> int:
    """Insert one row and return its new id."""
    key = connection.execute(statement).inserted_primary_key
    assert key is not None  # a single-row INSERT always has one
    return int(key[0])


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
    bookings: bool = True,
    units: int = 1,
) -> DemoReport:
    """Fill an empty database with a demo office of ``assets`` register rows.

    With ``vehicle_log`` the vehicles come with details and two years of fuel, services,
    plans and documents; without it they are bare register rows (for tests and benchmarks
    that write their own history). With ``bookings`` the meeting rooms get two weeks of
    meetings from today and a weekly staff meeting.

    With ``units`` above 1 the items are spread over that many units of the regency
    (``demo.regency``): the Bagian Umum keeps the demo office above (its share of the items,
    bookings, houses, stock-take), the others get their own kode lokasi, building, rooms,
    Pengurus Barang and a few vehicles, generated and inserted a chunk at a time."""
    if not 1 <= units <= MAX_DEMO_UNITS:
        raise ValidationError(MSG_UNITS, field="units", maximum=MAX_DEMO_UNITS, value=units)
    if units == 1 and assets > MAX_UNIT_ASSETS:
        raise ValidationError(
            MSG_TOO_MANY_ONE_UNIT, field="assets", maximum=MAX_UNIT_ASSETS, value=assets
        )
    if not 0 <= assets <= MAX_DEMO_ASSETS:
        raise ValidationError(MSG_TOO_MANY, field="assets", maximum=MAX_DEMO_ASSETS, value=assets)
    now = db.clock()
    gen = _Generator(seed, to_wib(now).date())
    regency = demo_units(units)
    counts = shares(regency, assets, MAX_UNIT_ASSETS)
    ticker = _Progress(assets, progress)
    with db.engine.begin() as connection:
        used = connection.execute(select(func.count(User.id))).scalar() or 0
        used += connection.execute(select(func.count(Asset.id))).scalar() or 0
        if used:
            raise ValidationError(MSG_NOT_EMPTY, field="database", url=db.shown_url)
        unit_id = _office(connection, gen)
        _imported_codes(connection)
        user_count = _users(connection, gen, unit_id, now)
        room_ids = _rooms(connection, gen, unit_id)
        rows = _asset_rows(gen, unit_id, room_ids, counts[0], now)
        room_names = dict(zip(room_ids, (room[1] for room in ROOMS), strict=True))
        # Last year's stock-take, planned before the rows go in: its follow-ups moved them.
        stocktake = plan_demo_stocktake(
            rows, room_names, {entry[0]: entry[1] for entry in EQUIPMENT}, gen.today, seed
        )
        words = code_words(connection, {row["code"] for row in rows} | _GENERATED_CODES)
        for row in rows:
            room_name = room_names.get(row["room_id"], "")
            row["search_text"] = build_search_text(row, room_name, words[row["code"]])
        bulk_fts = connection.dialect.name == "sqlite" and assets > 0
        if bulk_fts:
            connection.exec_driver_sql("DROP TRIGGER asset_fts_insert")
        # The trigram index is built once at the end: kept up to date row by row, it made
        # PostgreSQL's load several times slower (the database is empty, nothing searches it).
        bulk_trigram = connection.dialect.name == "postgresql" and assets > 0
        if bulk_trigram:
            connection.exec_driver_sql("DROP INDEX IF EXISTS ix_asset_search_trgm")
        other_vehicles: list[dict[str, Any]] = []
        with indexes_deferred(connection, Asset, AssetEvent):
            _insert_assets(connection, rows, now, ticker)
            if units > 1:
                user_count += _other_units(
                    connection, gen, regency[1:], counts[1:], words, now, ticker, other_vehicles,
                    {row["label_key"] for row in rows},
                )  # fmt: skip
        if bulk_fts:
            connection.exec_driver_sql(
                "INSERT INTO asset_fts(rowid, search_text) SELECT id, search_text FROM asset"
            )
            connection.exec_driver_sql(FTS_INSERT_TRIGGER)
        if bulk_trigram:
            connection.exec_driver_sql(
                "CREATE INDEX ix_asset_search_trgm ON asset USING gin (search_text gin_trgm_ops)"
            )
        _register_counters(connection)
        if stocktake is not None:
            insert_demo_stocktake(connection, stocktake, unit_id, seed)
        if vehicle_log:
            _vehicle_life(connection, rows + other_vehicles, seed, gen.today, now)
        meeting_rooms = [
            room_id for room_id, room in zip(room_ids, ROOMS, strict=True) if room[3] == "meeting"
        ]
        if bookings:
            insert_demo_bookings(connection, unit_id, meeting_rooms, gen.today, now, seed)
        houses = [row for row in rows if row["code"] == HOUSE_CODE and row["status"] != "dihapus"]
        insert_demo_residences(
            connection, houses, gen.today, now, seed, (FIRST_NAMES, FAMILY_NAMES)
        )
        if connection.dialect.name == "postgresql":
            # Ids were given explicitly for speed: move the sequence past them, or the next
            # asset added through the form would collide with a demo one.
            connection.exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence('asset', 'id'), "
                "(SELECT coalesce(max(id), 1) FROM asset))"
            )
        details: dict[str, Any] = {"assets": assets, "seed": seed}
        if units > 1:
            details["units"] = units
        connection.execute(
            insert(AuditEntry).values(
                occurred_at=now,
                user_id=None,
                username=SYSTEM_ACTOR.username,
                action="demo_data",
                entity="database",
                entity_id="",
                new_values=details,
            )
        )
    db.refresh_statistics()  # every table was just filled
    vehicles = sum(1 for row in rows if is_vehicle(row["code"])) + len(other_vehicles)
    residences = sum(1 for row in rows if row["code"] == HOUSE_CODE)
    return DemoReport(len(rows) + sum(counts[1:]), len(room_ids) + ticker.rooms, user_count,
                      vehicles, residences, units)  # fmt: skip


class _Progress:
    """Items inserted so far over every unit, reported after each chunk."""

    def __init__(self, total: int, report: Callable[[int, int], None] | None) -> None:
        self.total = total
        self.done = 0
        self.rooms = 0  # the other units' rooms, counted on the way
        self._report = report

    def add(self, count: int) -> None:
        self.done += count
        if self._report is not None:
            self._report(self.done, self.total)


def _office(connection: Connection, gen: _Generator) -> int:
    connection.execute(
        update(RegencySettings)
        .where(RegencySettings.id == 1)
        .values(regency_name="Langkat", city="Stabat", row_version=RegencySettings.row_version + 1)
    )
    unit_id = connection.execute(select(Unit.id).order_by(Unit.id).limit(1)).scalar()
    head, custodian = "Drs. Zulkarnain Siregar, M.AP", "Rahmat Hidayat Siregar"
    values = {
        "name": "Bagian Umum Sekretariat Daerah",
        "kode_lokasi": "12.02.05.04.01.01.01",
        "head_title": "Kepala Bagian Umum",
        "head_name": head,
        "head_nip": gen.nip(head, youngest=40),  # a head of a bagian has served for years
        "custodian_name": custodian,
        "custodian_nip": gen.nip(custodian, youngest=28),
    }
    if unit_id is None:
        unit_id = _insert_id(connection, insert(Unit).values(**values))
    else:
        connection.execute(update(Unit).where(Unit.id == unit_id).values(**values))
    return int(unit_id)


def _imported_codes(connection: Connection) -> None:
    present = set(connection.execute(select(AssetCode.code)).scalars())
    missing = [{"code": code, "name": name} for code, name in IMPORTED_CODES if code not in present]
    if missing:
        connection.execute(insert(AssetCode), missing)


def _users(connection: Connection, gen: _Generator, unit_id: int, now: Any) -> int:
    # One hash for all: every demo account has the documented password, and hashing five
    # times would only slow the demo down.
    password_hash = hash_password(DEMO_PASSWORD)
    # The Pengurus Barang signs the reports too: one person, one NIP.
    known: dict[str, str] = {
        name: nip
        for name, nip in connection.execute(
            select(Unit.custodian_name, Unit.custodian_nip).where(Unit.id == unit_id)
        )
    }
    for username, full_name, role in DEMO_USERS:
        nip = gen.nip(full_name, youngest=45 if role is Role.LEADERSHIP else 23)
        user_id = _insert_id(
            connection,
            insert(User).values(
                username=username,
                full_name=full_name,
                nip=known.get(full_name, nip),
                role=role.value,
                password_hash=password_hash,
                failed_logins=0,
                active=True,
                created_at=now,
                row_version=1,
            ),
        )
        connection.execute(insert(user_unit).values(user_id=user_id, unit_id=unit_id))
    return len(DEMO_USERS)


def _rooms(connection: Connection, gen: _Generator, unit_id: int) -> list[int]:
    building_id = _insert_id(
        connection,
        insert(Building).values(
            unit_id=unit_id,
            name="Kantor Bupati Langkat",
            address="Jl. Tengku Amir Hamzah No. 1, Stabat",
        ),
    )
    room_ids = []
    for code, name, floor, kind, capacity in ROOMS:
        room_ids.append(
            _insert_id(
                connection,
                insert(Room).values(
                    unit_id=unit_id,
                    building_id=building_id,
                    code=code,
                    name=name,
                    floor=floor,
                    kind=kind,
                    capacity=capacity,
                    facilities="Proyektor, sound system, AC" if kind == "meeting" else "",
                    responsible_name=(responsible := gen.person()),
                    responsible_nip=gen.nip(responsible),
                    active=True,
                ),
            )
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
        )
        personal = gen.random.random() < 0.6
        nip = gen.nip(holder)  # drawn either way: the rows after stay what they were
        row.update(
            holder_name=holder if personal else "Kendaraan Operasional",
            holder_nip=nip if personal else "",  # a pool car is held by no one
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
            land_use=f"Rumah Negara Golongan {'I' if floor_area >= 120 else 'II'}",
            document_date=day,
            document_number=f"SHP No. {gen.random.randint(1, 999)}",
            condition="B",  # land does not wear: always Baik
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
            row["holder_name"] = holder = gen.person()
            row["holder_nip"] = gen.nip(holder) if len(gen._nips) < 60_000 else ""
        rows.append(row)
    rows = rows[:total]
    for row in rows:
        if row["acquisition_year"] < gen.today.year - 8 and gen.random.random() < 0.06:
            row["status"] = "dihapus"
            is_land = kib_of(row["code"]) == "A"
            row["condition"] = "B" if is_land else "RB"
            disposed = row["acquisition_date"] + timedelta(
                days=gen.random.randint(365 * 5, 365 * 8)
            )
            row["disposed_on"] = min(disposed, gen.today)
            row["disposal_decree"] = (
                f"SK Bupati No. {gen.random.randint(10, 900)}/BPKAD/{disposed.year}"
            )
            reason = gen.random.choice(DISPOSAL_REASONS)
            # Land is given away or sold, never broken, lost or destroyed.
            row["disposal_reason"] = reason if not is_land or reason == "dijual" else "dihibahkan"
    # Register numbers follow acquisition order within each code, as in a paper register.
    rows.sort(key=lambda row: (row["code"], row["acquisition_date"]))
    counters: dict[str, int] = {}
    for row in rows:
        counters[row["code"]] = counters.get(row["code"], 0) + 1
        row["register_number"] = counters[row["code"]]
    rows.sort(key=lambda row: (row["acquisition_date"], row["code"], row["register_number"]))
    return rows


def _insert_assets(
    connection: Connection, rows: list[dict[str, Any]], now: Any, ticker: _Progress
) -> None:
    done = 0
    first_id = (connection.execute(select(func.max(Asset.id))).scalar() or 0) + 1
    for chunk in _chunks(rows):
        for offset, row in enumerate(chunk):
            row["id"] = first_id + done + offset
        _insert_chunk(connection, chunk, now)
        done += len(chunk)
        ticker.add(len(chunk))


def _insert_chunk(connection: Connection, chunk: list[dict[str, Any]], now: Any) -> None:
    """Asset rows with their ids, and their acquired (and disposed) events."""
    insert_rows(connection, Asset, chunk)
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
    insert_rows(connection, AssetEvent, events + disposals)


def _register_counters(connection: Connection) -> None:
    counts = connection.execute(
        select(Asset.unit_id, Asset.code, func.max(Asset.register_number)).group_by(
            Asset.unit_id, Asset.code
        )
    ).all()
    if counts:
        connection.execute(
            insert(RegisterCounter),
            [
                {"unit_id": unit_id, "code": code, "last_number": last}
                for unit_id, code, last in counts
            ],
        )


def _vehicle_life(
    connection: Connection, rows: list[dict[str, Any]], seed: int, today: date, now: datetime
) -> None:
    """Give every demo vehicle its details and, unless disposed, a running life."""
    vehicles = sorted(
        (row for row in rows if is_vehicle(row["code"])),
        key=lambda row: row["id"],
    )
    tables = vehicle_life(
        vehicles,
        seed=seed,
        today=today,
        now=now,
        first_names=FIRST_NAMES,
        family_names=FAMILY_NAMES,
    )
    for table, table_rows in tables:
        for chunk in _chunks(table_rows):
            connection.execute(insert(table), chunk)
    insert_tax_payments(connection, today, now)


# --- the regency's other units (--units) ------------------------------------------------------

_GENERATED_CODES = frozenset(
    {entry[0] for entry in EQUIPMENT} | {entry[0] for entry in VEHICLES} | {OFFICE_BUILDING_CODE}
)
_EQUIPMENT_CODES = tuple(entry[0] for entry in EQUIPMENT)
_EQUIPMENT_WEIGHTS = [entry[4] for entry in EQUIPMENT]
_EQUIPMENT_BY_CODE = {entry[0]: entry for entry in EQUIPMENT}
_HELD = ("1.3.2.10.01.02.002", "1.3.2.10.01.02.009")  # laptops and tablets: held by a person


def _other_units(
    connection: Connection,
    gen: _Generator,
    units: tuple[DemoUnit, ...],
    counts: list[int],
    words: dict[str, str],
    now: Any,
    ticker: _Progress,
    vehicles: list[dict[str, Any]],
    taken_keys: set[str],
) -> int:
    """Insert the units after the Bagian Umum with their items; returns the users added.

    ``vehicles`` gets the vehicles' rows (a few per unit) for their running life."""
    password_hash = hash_password(DEMO_PASSWORD)
    next_id = (connection.execute(select(func.max(Asset.id))).scalar() or 0) + 1
    for index, (unit, items) in enumerate(zip(units, counts, strict=True), start=2):
        plan = insert_unit(
            connection,
            unit,
            items,
            person=gen.person,
            nip=lambda name, youngest: gen.nip(name, youngest=youngest),
            insert_id=_insert_id,
        )
        insert_custodian(connection, plan, password_hash, now)
        ticker.rooms += len(plan.room_ids)
        # Each unit its own stream: the same seed gives the same unit, whatever comes before.
        unit_gen = _UnitGenerator(gen, random.Random(gen.random.random() + index))
        for chunk in chunked(_unit_rows(unit_gen, plan, now), 5000):
            for row in chunk:
                row["id"] = next_id
                row["label_key"] = label_key_of(next_id, taken_keys)
                next_id += 1
                row["search_text"] = build_search_text(
                    row, plan.room_names.get(row["room_id"], ""), words[row["code"]]
                )
                if is_vehicle(row["code"]):
                    vehicles.append(row)
            _insert_chunk(connection, chunk, now)
            ticker.add(len(chunk))
    # The BPKAD consolidates the units: reads every one of them (its role), changes nothing.
    connection.execute(
        insert(User).values(
            username=BPKAD_USER[0],
            full_name=BPKAD_USER[1],
            nip=gen.nip(BPKAD_USER[1], youngest=35),
            role=Role.BPKAD.value,
            password_hash=password_hash,
            failed_logins=0,
            active=True,
            created_at=now,
            row_version=1,
        )
    )
    return len(units) + 1


class _UnitGenerator(_Generator):
    """A unit's own random stream, sharing the regency's sets of NIPs and plates (unique)."""

    def __init__(self, regency: _Generator, rng: random.Random) -> None:
        super().__init__(0, regency.today)
        self.random = rng
        self._nips = regency._nips
        self._plates = regency._plates
        self._numbers = regency._numbers

    def unique(self, make: Callable[[], str]) -> str:
        """An engine or BPKB number no other vehicle of the regency has."""
        while True:
            number = make()
            if number not in self._numbers:
                self._numbers.add(number)
                return number


def _lean_row(gen: _Generator, template: dict[str, Any]) -> dict[str, Any]:
    row = dict(template)
    row["condition"] = gen.random.choice(CONDITIONS)
    return row


def _unit_rows(gen: _UnitGenerator, plan: UnitPlan, now: Any) -> Iterator[dict[str, Any]]:
    """The unit's items: its office building, a few vehicles, then its equipment code by code
    (registers in acquisition order), in rooms; about 6 % of the old ones disposed of."""
    total = plan.items
    if total == 0:
        return
    template = _base_row(gen, plan.unit_id, now)
    template.pop("label_key")
    today = gen.today
    made = 0
    if total >= 10:
        office = _acquired(
            _lean_row(gen, template),
            gen,
            gen.acquisition(1985),
            plan.unit.weight * gen.random.randint(900, 1600) * 1_000_000,
        )
        office.update(
            code=OFFICE_BUILDING_CODE,
            register_number=1,
            name=f"Gedung Kantor {plan.unit.name}",
            address=f"{plan.unit.town}",
            floor_area_m2=Decimal(plan.unit.weight * 300),
            land_area_m2=Decimal(plan.unit.weight * 900),
            multi_storey=plan.unit.weight >= 3,
            concrete=True,
            document_date=office["acquisition_date"],
            document_number=f"IMB/{gen.random.randint(100, 999)}/{office['acquisition_year']}",
            land_title_status="Hak Pakai",
            condition="B",
        )
        made += 1
        yield office
    fleet = min(max(total // 400, 1 if total >= 20 else 0), 12)
    vehicle_rows = []
    for _ in range(fleet):
        code, brand, cc, (low, high) = gen.random.choice(VEHICLES)
        day = gen.acquisition(2008)
        row = _acquired(_lean_row(gen, template), gen, day, gen.random.randint(low, high))
        holder, nip = gen.random.choice(plan.people)
        personal = gen.random.random() < 0.4
        row.update(
            code=code,
            name=brand.split()[0] + " " + brand.split()[1],
            brand_type=brand,
            size=f"{cc} cc",
            material="Besi/Baja",
            chassis_number=gen.vin(),
            engine_number=gen.unique(
                lambda: (
                    f"{gen.random.choice(('2GD', '1TR', '4N15', 'K3'))}"
                    f"{gen.random.randint(1_000_000, 9_999_999)}"
                )
            ),
            plate_number=gen.plate(),
            bpkb_number=gen.unique(
                lambda: f"{gen.random.choice('MNOPQ')}{gen.random.randint(10_000_000, 99_999_999)}"
            ),
            holder_name=holder if personal else "Kendaraan Operasional",
            holder_nip=nip if personal else "",
            notes="Pelat merah",
        )
        vehicle_rows.append(row)
    vehicle_rows.sort(key=lambda row: (row["code"], row["acquisition_date"]))
    registers: dict[str, int] = {}
    for row in vehicle_rows:
        registers[row["code"]] = registers.get(row["code"], 0) + 1
        row["register_number"] = registers[row["code"]]
        made += 1
        yield row
    counts = code_counts(gen.random, _EQUIPMENT_CODES, _EQUIPMENT_WEIGHTS, total - made)
    for code in sorted(counts):
        _code, names, (low, high), count_unit, _weight = _EQUIPMENT_BY_CODE[code]
        first = registers.get(code, 0)
        for number, day in enumerate(
            acquisition_dates(gen.random, counts[code], 2005, today), start=first + 1
        ):
            row = _acquired(_lean_row(gen, template), gen, day, gen.random.randint(low, high))
            brand = gen.random.choice(names)
            computer = code.startswith("1.3.2.10")
            lower = brand.lower()
            row.update(
                code=code,
                register_number=number,
                name=brand if computer else CODE_NAMES[code],
                brand_type=brand,
                quantity_unit=count_unit,
                material="Besi/Metal" if "besi" in lower else ("Kayu" if "kayu" in lower else ""),
                serial_number=f"SN{day.year % 100:02d}{plan.unit_id:03d}{number:06d}"
                if computer
                else "",
                room_id=gen.random.choice(plan.room_ids),
            )
            if code in _HELD:
                row["holder_name"], row["holder_nip"] = gen.random.choice(plan.people)
            if row["acquisition_year"] < today.year - 8 and gen.random.random() < 0.06:
                row["status"] = "dihapus"
                row["condition"] = "RB"
                disposed = day + timedelta(days=gen.random.randint(365 * 5, 365 * 8))
                row["disposed_on"] = min(disposed, today)
                row["disposal_decree"] = (
                    f"SK Bupati No. {gen.random.randint(10, 900)}/BPKAD/{disposed.year}"
                )
                row["disposal_reason"] = gen.random.choice(DISPOSAL_REASONS)
            yield row
