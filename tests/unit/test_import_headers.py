"""Headings as offices write them, and where a sheet's table starts."""

from __future__ import annotations

import pytest

from inventaris.importing.headers import (
    Field,
    detect_layout,
    field_of,
    is_column_numbering,
)
from inventaris.importing.reading import SheetData


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("No", Field.ROW_NUMBER),
        ("No.", Field.ROW_NUMBER),
        ("No Urut", Field.ROW_NUMBER),
        ("Kode Barang", Field.CODE),
        ("KD_BRG", Field.CODE),
        ("kode   barang", Field.CODE),
        ("Nama/Jenis Barang", Field.NAME),
        ("Nama / Jenis Barang", Field.NAME),
        ("URAIAN", Field.NAME),
        ("Nomor Register", Field.REGISTER),
        ("No. Reg", Field.REGISTER),
        ("NO_REG", Field.REGISTER),
        ("Register", Field.REGISTER),
        ("Merk/Type", Field.BRAND),
        ("Merek / Tipe", Field.BRAND),
        ("Ukuran/CC", Field.SIZE),
        ("Bahan", Field.MATERIAL),
        ("Tahun Pembelian", Field.YEAR),
        ("Tahun Perolehan", Field.YEAR),
        ("Thn. Pengadaan", Field.YEAR),
        ("Tanggal Perolehan", Field.DATE),
        ("TGL_PEROLEHAN", Field.DATE),
        ("No. Pabrik", Field.SERIAL),
        ("Nomor Seri", Field.SERIAL),
        ("No. Rangka", Field.CHASSIS),
        ("No. Mesin", Field.ENGINE),
        ("No. Polisi", Field.PLATE),
        ("NOPOL", Field.PLATE),
        ("No. BPKB", Field.BPKB),
        ("Asal Usul/Cara Perolehan", Field.ORIGIN),
        ("Asal-usul", Field.ORIGIN),
        ("Sumber Dana", Field.FUNDING),
        ("Harga (Rp)", Field.PRICE),
        ("Harga Perolehan (Rp.)", Field.PRICE),
        ("NILAI PEROLEHAN", Field.PRICE),
        ("Jumlah Harga (Rp)", Field.PRICE),
        ("Harga Satuan", Field.UNIT_PRICE),
        ("Nilai Buku (Rp)", None),
        ("Akumulasi Penyusutan", None),
        ("Jumlah", Field.QUANTITY),
        ("Jumlah Barang", Field.QUANTITY),
        ("Satuan", Field.QUANTITY_UNIT),
        ("Kondisi", Field.CONDITION),
        ("Keadaan Barang (B/KB/RB)", Field.CONDITION),
        ("Kondisi Bangunan (B, KB, RB)", Field.CONDITION),
        ("Ruangan", Field.ROOM),
        ("Lokasi Ruangan", Field.ROOM),
        ("Pemegang", Field.HOLDER),
        ("Nama Pemegang", Field.HOLDER),
        ("NIP Pemegang", Field.HOLDER_NIP),
        ("NIBAR", Field.NIBAR),
        ("Spesifikasi Nama Barang", Field.SPECIFICATION),
        ("Bertingkat/Tidak", Field.MULTI_STOREY),
        ("Beton/Tidak", Field.CONCRETE),
        ("Luas Lantai (m²)", Field.FLOOR_AREA),
        ("Luas Tanah (M2)", Field.LAND_AREA),
        ("Luas (m²)", Field.LAND_AREA),
        ("Letak/Lokasi", Field.ADDRESS),
        ("Letak / Alamat", Field.ADDRESS),
        ("Status Tanah", Field.TITLE_STATUS),
        ("Status Hak", Field.TITLE_STATUS),
        ("Nomor Kode Tanah", Field.LAND_CODE),
        ("Penggunaan", Field.LAND_USE),
        ("Dokumen Gedung Tanggal", Field.DOCUMENT_DATE),
        ("Dokumen Gedung Nomor", Field.DOCUMENT_NUMBER),
        ("Sertifikat Nomor", Field.DOCUMENT_NUMBER),
        ("Keterangan", Field.NOTES),
        ("Ket.", Field.NOTES),
        ("Foto", None),
        ("", None),
    ],
)
def test_headings_in_any_spelling(heading: str, field: Field | None) -> None:
    assert field_of(heading) == field


def _sheet(rows: list[tuple[object, ...]]) -> SheetData:
    return SheetData("KIB B", rows, frozenset(), False)


def test_the_header_is_found_under_title_rows() -> None:
    layout = detect_layout(
        _sheet(
            [
                ("KARTU INVENTARIS BARANG (KIB) B",),
                ("SKPD: Sekretariat Daerah", None, "Kode Lokasi: 12.02"),
                (),
                ("No", "Kode Barang", "Nama Barang", "Register", "Tahun", "Harga", None, None),
                (1, 2, 3, 4, 5, 6),
                (1, "1.3.2.05.02.01.003", "Kursi", "0001", 2020, 450_000),
            ]
        )
    )
    assert layout is not None
    assert (layout.header_row, layout.header_rows) == (4, 1)
    assert layout.fields == (
        Field.ROW_NUMBER,
        Field.CODE,
        Field.NAME,
        Field.REGISTER,
        Field.YEAR,
        Field.PRICE,
    )


def test_a_header_over_two_rows_takes_its_group_titles() -> None:
    layout = detect_layout(
        _sheet(
            [
                ("Nama Barang", "Kode Barang", "Sertifikat", None, "Harga"),
                (None, None, "Tanggal", "Nomor", None),
            ]
        )
    )
    assert layout is not None
    assert layout.headings == (
        "Nama Barang",
        "Kode Barang",
        "Sertifikat Tanggal",
        "Sertifikat Nomor",
        "Harga",
    )
    assert layout.fields[2:4] == (Field.DOCUMENT_DATE, Field.DOCUMENT_NUMBER)


def test_a_sheet_without_code_and_name_has_no_table() -> None:
    assert detect_layout(_sheet([("Rekap", "Jumlah"), ("Meja", 4)])) is None


def test_the_signature_depends_on_the_headings_not_their_spelling() -> None:
    first = detect_layout(_sheet([("Kode Barang", "Nama Barang", "Harga (Rp)")]))
    second = detect_layout(_sheet([("KODE  BARANG", "nama barang", "Harga (Rp.)")]))
    other = detect_layout(_sheet([("Kode Barang", "Nama Barang", "Nilai")]))
    assert first is not None and second is not None and other is not None
    assert first.signature == second.signature != other.signature


@pytest.mark.parametrize(
    ("row", "numbering"),
    [
        ((1, 2, 3, 4, 5), True),
        (("1", "2", "3"), True),
        (("(1)", "(2)", "(3)", "(4)"), True),
        ((1, "1.3.2.05", "Kursi", 4), False),
        ((1, 2), False),
    ],
)
def test_a_row_of_column_numbers(row: tuple[object, ...], numbering: bool) -> None:
    assert is_column_numbering(row) is numbering


@pytest.mark.parametrize(
    ("heading", "scale"),
    [
        ("Harga (Rp)", 1),
        ("Harga", 1),
        ("Nilai Perolehan Tahun 2000", 1),
        ("Harga (ribuan Rp)", 1_000),
        ("HARGA (RIBUAN RP)", 1_000),
        ("Harga (Rp 000)", 1_000),
        ("Harga Rp. 000", 1_000),
        ("Harga (000)", 1_000),
        ("Harga (Rp.000,-)", 1_000),
        ("Nilai dalam ribuan", 1_000),
        ("Harga Satuan (x Rp 1.000)", 1_000),
        ("Harga (juta Rp)", 1_000_000),
        ("Nilai jutaan", 1_000_000),
        ("Nilai dalam jutaan rupiah", 1_000_000),
        ("Harga (Rp 000.000)", 1_000_000),
    ],
)
def test_a_heading_that_states_its_unit_scales_the_column(heading: str, scale: int) -> None:
    from inventaris.importing.headers import unit_scale

    assert unit_scale(heading) == scale
    # The unit never changes what the column holds.
    if heading.lower().startswith(("harga", "nilai")):
        assert field_of(heading) in (Field.PRICE, Field.UNIT_PRICE)


def test_the_layout_gives_each_price_columns_scale() -> None:
    layout = detect_layout(
        _sheet([("Kode Barang", "Nama Barang", "Harga Satuan (Rp 000)", "Jumlah Harga (Rp)")])
    )
    assert layout is not None
    assert (layout.scale_of(Field.UNIT_PRICE), layout.scale_of(Field.PRICE)) == (1_000, 1)
    assert layout.scale_of(Field.YEAR) == 1  # no such column
    assert layout.states_unit(Field.PRICE) and layout.states_unit(Field.UNIT_PRICE)
