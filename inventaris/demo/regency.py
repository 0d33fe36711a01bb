"""The demo regency: the units of Kabupaten Langkat beside the Bagian Umum, each with its own
kode lokasi, building, rooms, Pengurus Barang, a few vehicles and its share of the items.

The Bagian Umum (unit 1) is the demo office of ``office``; the other units are generated here,
one chunk of rows at a time, so a regency of 1,000,000 items needs no more memory than one of
40,000: per unit only the acquisition dates of one code are held (to number the registers in
acquisition order, as in a paper register). Each unit draws from its own random stream, so the
Bagian Umum's rows stay what ``--units 1`` gives for the same share.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert

from inventaris.core.permissions import Role
from inventaris.labels import KEY_ALPHABET, KEY_LENGTH
from inventaris.model import Building, Room, Unit, User, user_unit

KODE_PREFIX = "12.02.05"  # owner . province . regency, as the Bagian Umum's kode lokasi


@dataclass(frozen=True)
class DemoUnit:
    short: str  # the Pengurus Barang's user name is pb.<short>
    name: str
    kode: str  # kode lokasi after KODE_PREFIX: bidang.unit.sub-unit.UPB
    head_title: str
    weight: int  # its size among the others (items, rooms, vehicles)
    kind: str  # bagian, dinas, badan or kecamatan: its rooms
    town: str = "Stabat"


BAGIAN_UMUM = DemoUnit(
    "umum", "Bagian Umum Sekretariat Daerah", "04.01.01.01", "Kepala Bagian Umum", 3, "bagian"
)

_BAGIAN = tuple(
    DemoUnit(short, f"Bagian {name} Sekretariat Daerah", f"04.01.{number:02d}.01",
             f"Kepala Bagian {name}", 1, "bagian")
    for number, (short, name) in enumerate(
        (
            ("tapem", "Tata Pemerintahan"), ("hukum", "Hukum"), ("organisasi", "Organisasi"),
            ("perekonomian", "Perekonomian dan Sumber Daya Alam"),
            ("adpem", "Administrasi Pembangunan"), ("kesra", "Kesejahteraan Rakyat"),
            ("pbj", "Pengadaan Barang dan Jasa"), ("prokopim", "Protokol dan Komunikasi Pimpinan"),
        ),
        start=2,
    )
)  # fmt: skip

_DINAS = tuple(
    DemoUnit(short, f"Dinas {name}", kode, f"Kepala Dinas {name}", weight, "dinas")
    for short, name, kode, weight in (
        ("disdik", "Pendidikan", "01.01.01.01", 14),
        ("dinkes", "Kesehatan", "01.02.01.01", 10),
        ("pupr", "Pekerjaan Umum dan Penataan Ruang", "01.03.01.01", 8),
        ("perkim", "Perumahan Rakyat dan Kawasan Permukiman", "01.04.01.01", 3),
        ("dinsos", "Sosial", "01.06.01.01", 2),
        ("disnaker", "Tenaga Kerja", "02.07.01.01", 2),
        ("dpppa", "Pemberdayaan Perempuan dan Perlindungan Anak", "02.08.01.01", 1),
        ("dkp", "Ketahanan Pangan", "02.09.01.01", 2),
        ("dlh", "Lingkungan Hidup", "02.11.01.01", 4),
        ("disdukcapil", "Kependudukan dan Pencatatan Sipil", "02.12.01.01", 3),
        ("dpmd", "Pemberdayaan Masyarakat dan Desa", "02.13.01.01", 2),
        ("dishub", "Perhubungan", "02.15.01.01", 3),
        ("diskominfo", "Komunikasi dan Informatika", "02.16.01.01", 3),
        ("diskop", "Koperasi dan Usaha Kecil Menengah", "02.17.01.01", 1),
        ("dpmptsp", "Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "02.18.01.01", 2),
        ("dispora", "Pemuda dan Olahraga", "02.19.01.01", 2),
        ("disbudpar", "Pariwisata dan Kebudayaan", "02.22.01.01", 2),
        ("dispusip", "Perpustakaan dan Kearsipan", "02.23.01.01", 2),
        ("diskan", "Perikanan", "03.25.01.01", 2),
        ("distan", "Pertanian", "03.27.01.01", 4),
        ("disperindag", "Perindustrian dan Perdagangan", "03.30.01.01", 2),
    )
)

_BADAN = tuple(
    DemoUnit(short, name, kode, head, weight, "badan")
    for short, name, head, kode, weight in (
        ("bappeda", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
         "Kepala Bappeda", "05.01.01.01", 3),
        ("bpkad", "Badan Pengelolaan Keuangan dan Aset Daerah", "Kepala BPKAD",
         "05.02.01.01", 4),
        ("bapenda", "Badan Pendapatan Daerah", "Kepala Badan Pendapatan Daerah",
         "05.02.02.01", 3),
        ("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Kepala BKPSDM",
         "05.03.01.01", 2),
        ("bpbd", "Badan Penanggulangan Bencana Daerah", "Kepala Pelaksana BPBD",
         "01.05.02.01", 3),
        ("kesbangpol", "Badan Kesatuan Bangsa dan Politik", "Kepala Badan Kesbangpol",
         "08.01.01.01", 1),
        ("inspektorat", "Inspektorat Daerah", "Inspektur", "06.01.01.01", 2),
        ("setwan", "Sekretariat DPRD", "Sekretaris DPRD", "04.02.01.01", 5),
        ("satpolpp", "Satuan Polisi Pamong Praja", "Kepala Satuan Polisi Pamong Praja",
         "01.05.01.01", 3),
    )
)  # fmt: skip

_KECAMATAN = tuple(
    DemoUnit(f"kec.{name.lower().replace(' ', '')}", f"Kecamatan {name}",
             f"07.01.{number:02d}.01", f"Camat {name}", 1, "kecamatan", town)
    for number, (name, town) in enumerate(
        (
            ("Stabat", "Stabat"), ("Tanjung Pura", "Tanjung Pura"), ("Bahorok", "Bahorok"),
            ("Babalan", "Pangkalan Brandan"), ("Pangkalan Susu", "Pangkalan Susu"),
            ("Besitang", "Besitang"), ("Secanggang", "Hinai Kiri"), ("Hinai", "Tanjung Beringin"),
            ("Wampu", "Stabat Lama"), ("Binjai", "Kwala Begumit"), ("Selesai", "Selesai"),
            ("Kuala", "Kuala"), ("Salapian", "Minta Kasih"), ("Sei Bingai", "Namu Ukur"),
            ("Padang Tualang", "Tanjung Selamat"), ("Gebang", "Gebang"),
            ("Sawit Seberang", "Sawit Seberang"), ("Brandan Barat", "Tangkahan Durian"),
            ("Sei Lepan", "Alur Dua"), ("Batang Serangan", "Batang Serangan"),
            ("Sirapit", "Sidorejo"), ("Kutambaru", "Kutambaru"), ("Pematang Jaya", "Pematang Jaya"),
        ),
        start=1,
    )
)  # fmt: skip


def _regency_order() -> tuple[DemoUnit, ...]:
    """The Bagian Umum, then dinas, badan, kecamatan and bagian in turn: the first N units of
    the list are a regency in small, whatever N."""
    order = [BAGIAN_UMUM]
    groups = [list(_DINAS), list(_BADAN), list(_KECAMATAN), list(_BAGIAN)]
    while any(groups):
        for group in groups:
            if group:
                order.append(group.pop(0))
    return tuple(order)


DEMO_UNITS = _regency_order()
MAX_DEMO_UNITS = len(DEMO_UNITS)


def demo_units(count: int) -> tuple[DemoUnit, ...]:
    return DEMO_UNITS[:count]


def shares(units: tuple[DemoUnit, ...], total: int, first_at_most: int) -> list[int]:
    """Items per unit in proportion to its weight (largest remainders), the first unit (the
    Bagian Umum, built in memory) holding at most ``first_at_most``."""
    if len(units) == 1:
        return [total]
    weight = sum(unit.weight for unit in units)
    exact = [total * unit.weight / weight for unit in units]
    counts = [int(share) for share in exact]
    by_remainder = sorted(range(len(units)), key=lambda index: counts[index] - exact[index])
    for index in by_remainder[: total - sum(counts)]:
        counts[index] += 1
    excess = counts[0] - first_at_most
    if excess > 0:  # spread over the others, in proportion again
        counts[0] = first_at_most
        others = shares(units[1:], sum(counts[1:]) + excess, total)
        counts[1:] = others
    return counts


# --- rooms -------------------------------------------------------------------------------------

_ROOMS: dict[str, tuple[tuple[str, str, str, int | None], ...]] = {
    # name, floor, kind, capacity; {head} is the head's title, {short} the unit's
    "dinas": (
        ("Ruang {head}", "2", "office", None),
        ("Ruang Sekretaris", "2", "office", None),
        ("Ruang Subbagian Umum dan Kepegawaian", "1", "office", None),
        ("Ruang Subbagian Keuangan", "1", "office", None),
        ("Ruang Subbagian Program", "1", "office", None),
        ("Ruang Bidang I", "2", "office", None),
        ("Ruang Bidang II", "2", "office", None),
        ("Ruang Bidang III", "2", "office", None),
        ("Ruang Rapat", "2", "meeting", 30),
        ("Ruang Arsip", "1", "storage", None),
        ("Gudang", "1", "storage", None),
    ),
    "kecamatan": (
        ("Ruang Camat", "1", "office", None),
        ("Ruang Sekretaris Camat", "1", "office", None),
        ("Ruang Seksi Pemerintahan", "1", "office", None),
        ("Ruang Seksi Ketenteraman dan Ketertiban Umum", "1", "office", None),
        ("Ruang Pelayanan Terpadu (PATEN)", "1", "office", None),
        ("Aula Kantor Camat", "1", "meeting", 80),
        ("Gudang", "1", "storage", None),
    ),
    "bagian": (
        ("Ruang {head}", "2", "office", None),
        ("Ruang Subbagian I", "2", "office", None),
        ("Ruang Subbagian II", "2", "office", None),
        ("Ruang Subbagian III", "2", "office", None),
        ("Ruang Staf", "2", "office", None),
        ("Ruang Arsip", "2", "storage", None),
    ),
}
_ROOMS["badan"] = _ROOMS["dinas"]
STREETS = (
    "Jl. Tengku Amir Hamzah", "Jl. Proklamasi", "Jl. Sudirman", "Jl. Imam Bonjol",
    "Jl. K.H. Zainul Arifin", "Jl. Pemuda", "Jl. Jend. Gatot Subroto", "Jl. Samanhudi",
)  # fmt: skip


# --- label keys without a set of every key ---------------------------------------------------

_KEY_BITS = 5 * KEY_LENGTH  # base 32
_KEY_SPACE = 1 << _KEY_BITS
_KEY_FACTOR = 0x2E5BF271D3F  # odd: multiplying by it permutes the key space


def label_key_of(asset_id: int, taken: set[str]) -> str:
    """A label key that looks random, unique by construction (a permutation of the ids), and
    never one of ``taken`` (the Bagian Umum's random keys)."""
    value = asset_id
    while True:
        mixed = (value * _KEY_FACTOR + 0x1B873593) % _KEY_SPACE
        key = "".join(KEY_ALPHABET[(mixed >> (5 * index)) & 31] for index in range(KEY_LENGTH))
        if key not in taken:
            return key
        value += 1 << 40  # beyond every id: another key no id maps to


# --- the units ---------------------------------------------------------------------------------


@dataclass
class UnitPlan:
    """One generated unit, once its unit, building and rooms are in."""

    unit: DemoUnit
    unit_id: int
    room_ids: list[int]
    room_names: dict[int, str]
    items: int
    people: list[tuple[str, str]]  # employees (name, NIP) who hold laptops and tablets


def insert_unit(
    connection: Connection,
    unit: DemoUnit,
    items: int,
    *,
    person: Callable[[], str],
    nip: Callable[[str, int], str],
    insert_id: Callable[[Connection, Any], int],
) -> UnitPlan:
    """The unit row, its office building and rooms; ``person`` and ``nip`` draw names and NIPs
    (the demo's generator, which keeps NIPs unique)."""
    head, custodian = person(), person()
    unit_id = insert_id(
        connection,
        insert(Unit).values(
            name=unit.name,
            kode_lokasi=f"{KODE_PREFIX}.{unit.kode}",
            head_title=unit.head_title,
            head_name=head,
            head_nip=nip(head, 40),
            custodian_name=custodian,
            custodian_nip=nip(custodian, 28),
            address=f"{STREETS[len(unit.name) % len(STREETS)]}, {unit.town}",
            active=True,
        ),
    )
    building = "Kantor Camat" if unit.kind == "kecamatan" else "Kantor"
    building_id = insert_id(
        connection,
        insert(Building).values(
            unit_id=unit_id,
            name=f"{building} {unit.name.removeprefix('Kecamatan ')}",
            address=f"{STREETS[len(unit.name) % len(STREETS)]}, {unit.town}",
        ),
    )
    rooms = list(_ROOMS[unit.kind])
    # A large unit has more staff rooms: one more for every 2,000 items, up to 20.
    rooms += [
        (f"Ruang Staf {n}", "1", "office", None) for n in range(1, min(items // 2000, 20) + 1)
    ]
    room_ids: list[int] = []
    room_names: dict[int, str] = {}
    for number, (name, floor, kind, capacity) in enumerate(rooms, start=1):
        title = name.format(head=unit.head_title)
        responsible = person()
        room_id = insert_id(
            connection,
            insert(Room).values(
                unit_id=unit_id,
                building_id=building_id,
                code=f"R.{number:02d}",
                name=title,
                floor=floor,
                kind=kind,
                capacity=capacity,
                facilities="Proyektor, AC" if kind == "meeting" else "",
                responsible_name=responsible,
                responsible_nip=nip(responsible, 23),
                active=True,
            ),
        )
        room_ids.append(room_id)
        room_names[room_id] = title
    people = [(name, nip(name, 23)) for name in (person() for _ in range(12))]
    return UnitPlan(unit, unit_id, room_ids, room_names, items, people)


def insert_custodian(
    connection: Connection, plan: UnitPlan, password_hash: str, now: datetime
) -> None:
    """The unit's Pengurus Barang (its custodian, one person, one NIP) as a user of the unit."""
    row = connection.execute(
        Unit.__table__.select().where(Unit.__table__.c.id == plan.unit_id)
    ).one()
    user_id = connection.execute(
        insert(User).values(
            username=f"pb.{plan.unit.short}",
            full_name=row.custodian_name,
            nip=row.custodian_nip,
            role=Role.CUSTODIAN.value,
            password_hash=password_hash,
            failed_logins=0,
            active=True,
            created_at=now,
            row_version=1,
        )
    ).inserted_primary_key
    assert user_id is not None
    connection.execute(insert(user_unit).values(user_id=int(user_id[0]), unit_id=plan.unit_id))


# --- the items of a unit, chunk by chunk -------------------------------------------------------

Row = dict[str, Any]


def code_counts(
    rng: random.Random, choices: tuple[str, ...], weights: list[int], total: int
) -> Counter[str]:
    """How many items of each code, drawn in batches (never ``total`` draws held at once)."""
    counts: Counter[str] = Counter()
    left = total
    while left:
        batch = min(left, 10_000)
        counts.update(rng.choices(choices, weights, k=batch))
        left -= batch
    return counts


def acquisition_dates(rng: random.Random, count: int, first_year: int, today: date) -> list[date]:
    """``count`` acquisition days from ``first_year`` to today, in order (register order)."""
    start = date(first_year, 1, 1)
    span = (today - start).days + 1
    return sorted(start + timedelta(days=rng.randrange(span)) for _ in range(count))


def chunked(rows: Iterator[Row], size: int) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
