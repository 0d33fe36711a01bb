"""Opening the picked spreadsheet: workbooks and CSV files read, hostile files refused clearly,
quickly and in little memory."""

from __future__ import annotations

import io
import pyexpat
import re
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterable
from datetime import date, datetime
from pathlib import Path
from typing import IO

import openpyxl
import pytest
from openpyxl.chart import BarChart, Reference

from inventaris.core.errors import Cancelled, ValidationError
from inventaris.importing import reading, xlsx_checks
from inventaris.importing.reading import SheetData, read_sheet, sheet_names

SHEET1 = "xl/worksheets/sheet1.xml"


def _workbook(path: Path, sheets: dict[str, Iterable[Iterable[object]]]) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        worksheet = workbook.create_sheet(name)
        for row in rows:
            worksheet.append(list(row))
    workbook.save(path)
    return path


def _replace_part(path: Path, part: str, write: Callable[[IO[bytes]], object]) -> Path:
    return _rewrite(path, {part: write})


def _rewrite(path: Path, parts: dict[str, Callable[[IO[bytes]], object]]) -> Path:
    """Replace or add parts of the zip, streaming, and copy the others."""
    original = path.read_bytes()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as old,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as new,
    ):
        for info in old.infolist():
            if info.filename not in parts:
                new.writestr(info.filename, old.read(info))
        for part, write in parts.items():
            with new.open(part, "w", force_zip64=True) as stream:
                write(stream)
    return path


def _xml_of(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(part).decode()


def _edit_sheet_xml(path: Path, edit: Callable[[str], str]) -> Path:
    xml = _xml_of(path, SHEET1)
    return _replace_part(path, SHEET1, lambda stream: stream.write(edit(xml).encode()))


def _refused(path: Path, template: str, sheet: str | None = None) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_sheet(path, sheet)
    assert caught.value.template == template, str(caught.value)
    assert caught.value.params["file"] == path.name
    return caught.value


# Workbooks -------------------------------------------------------------------------------------


def test_workbook_with_title_rows_numbers_and_dates(tmp_path: Path) -> None:
    stamp = datetime(2022, 1, 2, 9, 30)  # noqa: DTZ001 - a cell's date and time are naive
    path = _workbook(
        tmp_path / "kib-b.xlsx",
        {
            "KIB B": [
                ["KARTU INVENTARIS BARANG (KIB) B"],
                [],
                ["No", "Kode Barang", "Nama Barang", "Harga", "Tanggal"],
                [1, "1.3.2.05.01.01.001", "Kursi", 1_500_000, date(2021, 3, 4)],
                [2, "1.3.2.05.01.01.002", "Meja", 2_250_000.5, stamp],
                [None, None, None],
            ]
        },
    )
    sheet = read_sheet(path)
    assert sheet == SheetData(
        name="KIB B",
        rows=[
            ("KARTU INVENTARIS BARANG (KIB) B",),
            (),
            ("No", "Kode Barang", "Nama Barang", "Harga", "Tanggal"),
            (1, "1.3.2.05.01.01.001", "Kursi", 1_500_000, datetime(2021, 3, 4)),  # noqa: DTZ001
            (2, "1.3.2.05.01.01.002", "Meja", 2_250_000.5, stamp),
        ],
        pending_formulas=frozenset(),
        stopped_early=False,
    )
    assert sheet_names(path) == ["KIB B"]


def test_second_sheet_by_name_and_chartsheets_left_out(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active.title = "KIB A"
    workbook.active.append(["tanah"])
    chart = BarChart()
    chart.add_data(Reference(workbook.active, min_col=1, min_row=1, max_row=1))
    workbook.create_chartsheet("Grafik").add_chart(chart)
    workbook.create_sheet("KIB B").append(["mesin", 3])
    workbook.save(tmp_path / "two.xlsx")

    assert sheet_names(tmp_path / "two.xlsx") == ["KIB A", "KIB B"]
    assert read_sheet(tmp_path / "two.xlsx", "KIB B").rows == [("mesin", 3)]
    assert read_sheet(tmp_path / "two.xlsx").name == "KIB A"


def test_unknown_sheet_names_the_sheets_there_are(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "two.xlsx", {"KIB A": [["a"]], "KIB B": [["b"]]})
    error = _refused(path, reading.MSG_UNKNOWN_SHEET, sheet="KIB C")
    assert error.params["sheets"] == '"KIB A", "KIB B"'
    assert error.field == "sheet"


def test_empty_workbook_and_wide_rows(tmp_path: Path) -> None:
    empty = _workbook(tmp_path / "empty.xlsx", {"Sheet": []})
    assert read_sheet(empty) == SheetData("Sheet", [], frozenset(), False)
    wide = _workbook(tmp_path / "wide.xlsx", {"Sheet": [list(range(1, 151))]})
    assert read_sheet(wide).rows == [tuple(range(1, reading.MAX_COLUMNS + 1))]


def test_content_decides_not_the_name(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "kib.xlsx", {"Data": [["a", 1]]})
    renamed = path.rename(tmp_path / "kib.csv")
    assert read_sheet(renamed).rows == [("a", 1)]


def test_a_wrong_declared_dimension_does_not_cut_the_sheet(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "dim.xlsx", {"Data": [["a", "b", "c"]] * 5})
    _edit_sheet_xml(path, lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1"', xml))
    assert read_sheet(path).rows == [("a", "b", "c")] * 5


def test_empty_rows_inside_the_table_are_kept_and_a_long_gap_ends_it(tmp_path: Path) -> None:
    rows: list[list[object]] = [["head"], [], [], ["body"]]
    rows += [[]] * reading.EMPTY_ROWS_END + [["far away"]]
    workbook = openpyxl.Workbook()
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            workbook.active.cell(number, column, value)
    workbook.save(tmp_path / "gap.xlsx")
    sheet = read_sheet(tmp_path / "gap.xlsx")
    assert sheet.rows == [("head",), (), (), ("body",)]
    assert sheet.stopped_early


# CSV files -------------------------------------------------------------------------------------


def test_csv_with_semicolons_and_decimal_commas(tmp_path: Path) -> None:
    path = tmp_path / "simda.csv"
    path.write_text(
        "DAFTAR BARANG;;;\nNo;Kode;Nama;Harga\n1;1.3.2.05;Kursi;1.500.000,00\n2;1.3.2.06; Meja ;\n",
        encoding="utf-8",
    )
    assert sheet_names(path) == ["simda"]
    sheet = read_sheet(path)
    assert sheet.name == "simda"
    assert sheet.rows == [
        ("DAFTAR BARANG",),
        ("No", "Kode", "Nama", "Harga"),
        ("1", "1.3.2.05", "Kursi", "1.500.000,00"),
        ("2", "1.3.2.06", "Meja"),
    ]


def test_csv_with_commas_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text('No,Nama,Ket\n1,"Kursi, lipat","kata ""baik"""\n2,,x\n', encoding="utf-8")
    assert read_sheet(path).rows == [
        ("No", "Nama", "Ket"),
        ("1", "Kursi, lipat", 'kata "baik"'),
        ("2", None, "x"),
    ]


def test_csv_rows_of_every_width(tmp_path: Path) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("a;b;c;d;e\nx;;\n;;;;\n;y\n1;2;3;4;5;6;7\n\n\n", encoding="utf-8")
    assert read_sheet(path).rows == [
        ("a", "b", "c", "d", "e"),
        ("x",),
        (),
        (None, "y"),
        ("1", "2", "3", "4", "5", "6", "7"),
    ]


def test_csv_in_cp1252_and_with_a_utf8_bom(tmp_path: Path) -> None:
    legacy = tmp_path / "lama.csv"
    legacy.write_bytes("Nama;Merk\nKursi;Café Ñ\n".encode("cp1252"))
    assert read_sheet(legacy).rows == [("Nama", "Merk"), ("Kursi", "Café Ñ")]
    bom = tmp_path / "bom.csv"
    bom.write_bytes("Nama;Ruang\nLemari;Ruang Sekda – Lt 2\n".encode("utf-8-sig"))
    assert read_sheet(bom).rows == [("Nama", "Ruang"), ("Lemari", "Ruang Sekda – Lt 2")]


def test_csv_edges(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert read_sheet(empty) == SheetData("empty", [], frozenset(), False)
    _refused(empty, reading.MSG_UNKNOWN_SHEET, sheet="Sheet1")
    unicode_text = tmp_path / "unicode.csv"
    unicode_text.write_bytes("Nama\tJumlah\nKursi\t3\n".encode("utf-16"))
    assert read_sheet(unicode_text).rows == [("Nama", "Jumlah"), ("Kursi", "3")]
    unclosed = tmp_path / "unclosed.csv"
    unclosed.write_text('a;b\n1;"' + "x" * 200_000 + "\n", encoding="utf-8")
    _refused(unclosed, reading.MSG_UNREADABLE)


# Files that are not what they claim ------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 20,
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(4000),
        bytes(range(1, 32)) * 300,
    ],
    ids=["png", "pdf", "exe", "control-characters"],
)
def test_a_renamed_binary_is_not_a_spreadsheet(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "aset.xlsx"
    path.write_bytes(content)
    _refused(path, reading.MSG_NOT_SPREADSHEET)
    with pytest.raises(ValidationError, match="not a spreadsheet"):
        sheet_names(path)


def test_a_web_page_saved_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "sipd.xlsx"
    path.write_text("<html><body><table><tr><td>1</td></tr></table></body></html>")
    _refused(path, reading.MSG_WEB_PAGE)


def test_a_zip_that_is_no_workbook(tmp_path: Path) -> None:
    docx = tmp_path / "surat.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    _refused(docx, reading.MSG_NOT_XLSX)
    with pytest.raises(ValidationError, match="not an Excel workbook"):
        sheet_names(docx)
    other = tmp_path / "foto.xlsx"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("foto.jpg", b"\xff\xd8\xff")
    _refused(other, reading.MSG_NOT_XLSX)


def test_an_opendocument_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "aset.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    _refused(path, reading.MSG_ODS)


def test_truncated_or_damaged_zip(tmp_path: Path) -> None:
    whole = _workbook(tmp_path / "whole.xlsx", {"Data": [[f"row {n}", n] for n in range(2000)]})
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    _refused(truncated, reading.MSG_UNREADABLE)

    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(whole) as archive:
        offset = archive.getinfo(SHEET1).header_offset + 200
    data = bytearray(whole.read_bytes())
    data[offset : offset + 64] = bytes(64)
    damaged.write_bytes(bytes(data))
    _refused(damaged, reading.MSG_UNREADABLE)

    bad_xml = _workbook(tmp_path / "bad-xml.xlsx", {"Data": [["a"]]})
    _replace_part(bad_xml, SHEET1, lambda stream: stream.write(b"<worksheet><sheetData><row"))
    _refused(bad_xml, reading.MSG_UNREADABLE)


@pytest.mark.skipif(pyexpat.version_info < (2, 4, 1), reason="expat without entity limits")
def test_an_entity_bomb_is_refused_quickly(tmp_path: Path) -> None:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]><worksheet xmlns="http://'
        'schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" '
        't="inlineStr"><is><t>&a9;</t></is></c></row></sheetData></worksheet>'
    )
    path = _workbook(tmp_path / "laughs.xlsx", {"Data": [["a"]]})
    _replace_part(path, SHEET1, lambda stream: stream.write(xml.encode()))
    started = time.perf_counter()
    _refused(path, reading.MSG_UNREADABLE)
    assert time.perf_counter() - started < 10


def test_a_password_protected_workbook(tmp_path: Path) -> None:
    from msoffcrypto.format import ooxml  # a test dependency: a real encrypted workbook

    plain = _workbook(tmp_path / "plain.xlsx", {"Data": [["rahasia", 1]]})
    path = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, path.open("wb") as target:
        ooxml.OOXMLFile(source).encrypt("secret", target)
    _refused(path, reading.MSG_PASSWORD)
    with pytest.raises(ValidationError, match="password"):
        sheet_names(path)


def test_an_old_xls_workbook(tmp_path: Path) -> None:
    path = tmp_path / "lama.xlsx"
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff"
    path.write_bytes(header + bytes(512 - len(header)) + "Workbook".encode("utf-16-le"))
    _refused(path, reading.MSG_OLD_XLS)


# Formulas --------------------------------------------------------------------------------------


def _formula_workbook(path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Jumlah", "Harga", "Total"])
    sheet.append([2, 1000, "=A2*B2"])
    sheet.append([3, 500, "=A3*B3"])
    sheet["D3"] = '=IF(A3>2,"banyak","")'
    workbook.save(path)
    return path


@pytest.mark.parametrize("chunk", [1 << 20, 37], ids=["whole", "cells-across-chunks"])
def test_formulas_never_calculated_are_pending(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(xlsx_checks, "_CHUNK", chunk)
    sheet = read_sheet(_formula_workbook(tmp_path / "script.xlsx"))
    assert sheet.rows[1] == (2, 1000)
    assert sheet.pending_formulas == {(2, 3), (3, 3), (3, 4)}


def test_formulas_with_cached_values_are_read(tmp_path: Path) -> None:
    path = _formula_workbook(tmp_path / "saved.xlsx")

    def calculated(xml: str) -> str:
        xml = xml.replace("<f>A2*B2</f><v />", "<f>A2*B2</f><v>2000</v>")
        xml = xml.replace("<f>A3*B3</f><v />", '<f t="shared" ref="C3" si="0">A3*B3</f><v>1500</v>')
        # Excel writes a formula whose result is empty text as t="str" with an empty value.
        return re.sub(
            r'<c r="D3"([^>]*)><f>(.*?)</f><v />', r'<c r="D3" t="str"><f>\2</f><v/>', xml
        )

    sheet = read_sheet(_edit_sheet_xml(path, calculated))
    assert sheet.rows[1:] == [(2, 1000, 2000), (3, 500, 1500)]
    assert sheet.pending_formulas == frozenset()


@pytest.mark.parametrize("chunk", [1 << 20, 29], ids=["whole", "cells-across-chunks"])
def test_shared_and_prefixed_formulas_are_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(xlsx_checks, "_CHUNK", chunk)
    path = _workbook(tmp_path / "sdk.xlsx", {"Data": [["a", "b"]]})
    rows = "".join(
        f'<x:row r="{n}"><x:c r="A{n}"><x:v>{n}</x:v></x:c>'
        f'<x:c r="B{n}"><x:f t="shared" si="0"/></x:c></x:row>'
        for n in range(1, 4)
    )
    xml = (
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<x:sheetData>{rows}</x:sheetData></x:worksheet>"
    )
    _replace_part(path, SHEET1, lambda stream: stream.write(xml.encode()))
    sheet = read_sheet(path)
    assert sheet.rows == [(1,), (2,), (3,)]
    assert sheet.pending_formulas == {(1, 2), (2, 2), (3, 2)}


# Limits ----------------------------------------------------------------------------------------


def test_a_million_formatted_empty_rows_end_after_the_data(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "tail.xlsx", {"Data": [["No", "Nama"], [1, "Kursi"], [2, "Meja"]]})
    with zipfile.ZipFile(path) as archive:
        xml = archive.read(SHEET1).decode()
    head, _, rest = xml.partition("<sheetData>")
    data, _, tail = rest.partition("</sheetData>")
    head = re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:B1048576"', head)

    def write(stream: IO[bytes]) -> None:
        stream.write(f"{head}<sheetData>{data}".encode())
        for start in range(4, 1_048_577, 10_000):
            stop = min(start + 10_000, 1_048_577)
            stream.write(
                "".join(
                    f'<row r="{n}"><c r="A{n}" s="1"/></row>' for n in range(start, stop)
                ).encode()
            )
        stream.write(f"</sheetData>{tail}".encode())

    _replace_part(path, SHEET1, write)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(SHEET1).file_size > 40 * 2**20
    started = time.perf_counter()
    sheet = read_sheet(path)
    elapsed = time.perf_counter() - started
    assert sheet.rows == [("No", "Nama"), (1, "Kursi"), (2, "Meja")]
    assert sheet.stopped_early
    assert elapsed < 10, elapsed
    print(f"a million empty rows: read in {elapsed:.2f} s")


def _tiny_then(tmp_path: Path, part: str, size: int) -> Path:
    """A one-cell workbook whose ``part`` is then replaced by ``size`` spaces."""
    path = _workbook(tmp_path / "bomb.xlsx", {"Data": [["a"]]})
    block = b" " * (8 << 20)

    def write(stream: IO[bytes]) -> None:
        for start in range(0, size, len(block)):
            stream.write(block[: size - start])

    return _replace_part(path, part, write)


def test_a_sheet_that_unpacks_too_big_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_UNPACKED_PART_BYTES", 2**20)
    path = _tiny_then(tmp_path, SHEET1, 2 * 2**20)
    error = _refused(path, reading.MSG_SHEET_TOO_BIG)
    assert (error.params["sheet"], error.params["size"]) == ("Data", 2)
    with pytest.raises(ValidationError, match="unpacks to 2 MB"):
        sheet_names(path)


def test_an_honest_zip_bomb_is_refused_quickly_in_little_memory(tmp_path: Path) -> None:
    path = _tiny_then(tmp_path, SHEET1, reading.MAX_UNPACKED_PART_BYTES + 1)
    assert path.stat().st_size < 5 * 2**20
    tracemalloc.start()
    started = time.perf_counter()
    try:
        error = _refused(path, reading.MSG_SHEET_TOO_BIG)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.params["size"] == 401
    assert time.perf_counter() - started < 10
    assert peak < 20 * 2**20, peak


def test_too_many_shared_strings_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # openpyxl writes its text inline: add a shared strings part as Excel writes one.
    path = _workbook(tmp_path / "strings.xlsx", {"Data": [["a"]]})
    strings = "xl/sharedStrings.xml"
    types = _xml_of(path, "[Content_Types].xml").replace(
        "</Types>",
        f'<Override PartName="/{strings}" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    sheet = re.sub(
        r'<c r="A1" t="inlineStr">.*?</c>', '<c r="A1" t="s"><v>0</v></c>', _xml_of(path, SHEET1)
    )
    names = "".join(f"<si><t>Kursi lipat {n}</t></si>" for n in range(2000))  # the largest part
    table = f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{names}</sst>'

    _rewrite(
        path,
        {
            "[Content_Types].xml": lambda stream: stream.write(types.encode()),
            SHEET1: lambda stream: stream.write(sheet.encode()),
            strings: lambda stream: stream.write(table.encode()),
        },
    )
    assert read_sheet(path).rows == [("Kursi lipat 0",)]
    monkeypatch.setattr(reading, "MAX_SHARED_STRINGS_BYTES", len(table) - 1)
    error = _refused(path, reading.MSG_PART_TOO_BIG)
    assert error.params["part"] == strings


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_DATA_ROWS", 1500)
    # Empty rows do not count: only the filled ones.
    rows: list[list[object]] = [[n] if n % 2 else [] for n in range(3001)]
    assert len(read_sheet(_workbook(tmp_path / "fits.xlsx", {"S": rows[:3000]})).rows) == 3000
    path = _workbook(tmp_path / "many.xlsx", {"KIB B": [*rows, ["one more"]]})
    error = _refused(path, reading.MSG_TOO_MANY_ROWS)
    assert (error.params["sheet"], error.params["limit"]) == ("KIB B", "1.500")
    assert "has more than 1.500 rows; split it" in str(error)

    csv_path = tmp_path / "many.csv"
    csv_path.write_text("\n".join(f"{n};x" for n in range(1501)))
    _refused(csv_path, reading.MSG_TOO_MANY_ROWS)


def _sheet_of_rows(path: Path, rows: str, *, dimension: bool = True) -> Path:
    """A one-sheet workbook whose sheetData is ``rows`` (raw XML)."""
    _workbook(path, {"Data": [["a"]], "Second": [["b"]]})
    declared = '<dimension ref="A1:A1"/>' if dimension else ""
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"{declared}<sheetData>{rows}</sheetData></worksheet>"
    )
    return _replace_part(path, SHEET1, lambda stream: stream.write(xml.encode()))


def test_rows_openpyxl_would_pass_over_are_counted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "ROW_TAG_LIMIT", 1000)
    # The same row number again and again: openpyxl yields none of them but parses them all.
    repeated = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' * 1001
    path = _sheet_of_rows(tmp_path / "same.xlsx", repeated)
    assert _refused(path, reading.MSG_TOO_MANY_ROWS).params["sheet"] == "Data"
    # Another sheet without a declared size is parsed whole when the workbook opens.
    path = _sheet_of_rows(tmp_path / "other.xlsx", "<row/>" * 1001, dimension=False)
    error = _refused(path, reading.MSG_TOO_MANY_ROWS, sheet="Second")
    assert error.params["sheet"] == "Data"
    assert read_sheet(_sheet_of_rows(tmp_path / "fits.xlsx", "<row/>" * 999)).rows == []


def test_row_numbers_past_excel_end_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_SHEET_ROWS", 5000)
    # One filled row every 900: never a run of empty rows long enough to end the sheet.
    rows = "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(1, 9000, 900))
    path = _sheet_of_rows(tmp_path / "sparse.xlsx", rows)
    _refused(path, reading.MSG_TOO_MANY_ROWS)


def test_a_csv_too_big_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("a;b\n" * 1000)
    _refused(path, reading.MSG_FILE_TOO_BIG)


# Progress and cancel ---------------------------------------------------------------------------


def test_progress_is_reported_and_cancel_stops_reading(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "rows.xlsx", {"Data": [[n, f"barang {n}"] for n in range(1200)]})
    reports: list[tuple[int, int]] = []
    sheet = read_sheet(path, progress=lambda done, total: reports.append((done, total)))
    assert len(sheet.rows) == 1200
    assert reports == [(500, 1200), (1000, 1200), (1200, 1200)]

    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # lets reading start, stops it at the first look after that

    with pytest.raises(Cancelled):
        read_sheet(path, cancelled=cancelled)
    with pytest.raises(Cancelled):
        read_sheet(tmp_path / "rows.xlsx", cancelled=lambda: True)

    csv_path = tmp_path / "rows.csv"
    csv_path.write_text("\n".join(f"{n};x" for n in range(1200)))
    asked.clear()
    with pytest.raises(Cancelled):
        read_sheet(csv_path, cancelled=cancelled)
