"""Reading what people type into spreadsheet cells: Rupiah, dates, codes, registers and more."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from inventaris.importing import values
from inventaris.importing.problems import CellProblem
from inventaris.importing.values import ParsedDate, RegisterRange

TODAY = date(2026, 11, 30)


def problem_of(parse: Callable[[], object]) -> CellProblem:
    with pytest.raises(CellProblem) as caught:
        parse()
    return caught.value


def date_of(value: object) -> ParsedDate:
    return values.parse_date(value, today=TODAY)


# --- text_of ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        (None, ""),
        ("", ""),
        ("  Meja  kerja\n kayu\t jati ", "Meja kerja kayu jati"),
        ("\xa0Laptop\xa0", "Laptop"),
        (123, "123"),
        (12345.0, "12345"),
        (1.5, "1.5"),
        (datetime(2026, 11, 28, 10, 5), "28-11-2026"),  # noqa: DTZ001 - openpyxl's are naive
        (date(2026, 1, 2), "02-01-2026"),
        (True, "Ya"),
        (False, "Tidak"),
        (time(9, 30), "09.30"),
    ],
)
def test_cell_as_text_for_free_text_fields_and_the_report(cell: object, text: str) -> None:
    assert values.text_of(cell) == text


# --- Rupiah -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        (12_500_000, 12_500_000),
        (0, 0),
        ("Rp 12.500.000", 12_500_000),
        ("Rp. 12.500.000,-", 12_500_000),
        ("Rp12.500.000", 12_500_000),
        ("12.500.000", 12_500_000),
        ("12.500.000,00", 12_500_000),
        ("12.500.000.-", 12_500_000),
        ("1.250", 1_250),
        ("1.250.000", 1_250_000),
    ],
)
def test_rupiah_with_indonesian_thousands_dots(cell: object, amount: int) -> None:
    assert values.parse_rupiah(cell) == amount


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("12500000", 12_500_000),
        ("12,500,000.00", 12_500_000),
        ("IDR 1,000", 1_000),
        ("idr 2,500,000", 2_500_000),
        (" 12 500 000 ", 12_500_000),
        ("12\xa0500\xa0000", 12_500_000),
    ],
)
def test_rupiah_with_english_commas_plain_digits_or_spaces(cell: object, amount: int) -> None:
    assert values.parse_rupiah(cell) == amount


@pytest.mark.parametrize(
    ("cell", "amount"),
    [
        ("1250,5", 1_251),  # a decimal comma
        ("1250,4", 1_250),
        ("12.50", 13),  # a lone mark before two digits is decimal
        ("1.250,50", 1_251),
        ("1,250.49", 1_250),
        ("0.500", 1),  # "0" cannot lead a thousands group
        ("1250.000", 1_250),  # nor can four digits
        (1250.5, 1_251),
        (1250.49, 1_250),
        (2.675, 3),  # through its text, not its binary value
        (12_500_000.0, 12_500_000),
    ],
)
def test_rupiah_fractions_round_half_up(cell: object, amount: int) -> None:
    assert values.parse_rupiah(cell) == amount


@pytest.mark.parametrize(
    "cell",
    [-5, -1.5, "-5", "-12.500", "(12.500)", "(Rp 12.500)", "-Rp 1.000", "Rp -1.000", "Rp (1.000)"],
)
def test_negative_rupiah_is_refused(cell: object) -> None:
    assert problem_of(lambda: values.parse_rupiah(cell)).template == values.PROBLEM_NEGATIVE


def test_minus_zero_rupiah_is_zero() -> None:
    assert values.parse_rupiah("-0") == 0


@pytest.mark.parametrize("cell", [None, "", "   "])
def test_empty_rupiah_is_a_missing_problem(cell: object) -> None:
    assert problem_of(lambda: values.parse_rupiah(cell)).template == values.PROBLEM_EMPTY


@pytest.mark.parametrize(
    "cell",
    ["abc", "Rp", "1.25.000", "1,2.345,6", "12.500.", "1e5", "12 jt", True, float("nan"), "-"],
)
def test_garbage_is_not_an_amount_of_rupiah(cell: object) -> None:
    problem = problem_of(lambda: values.parse_rupiah(cell))
    assert problem.template == values.PROBLEM_NOT_RUPIAH
    assert problem.params["value"] == values.text_of(cell)


def test_rupiah_beyond_the_database_is_refused() -> None:
    problem = problem_of(lambda: values.parse_rupiah("99999999999999999999"))
    assert problem.template == values.PROBLEM_RUPIAH_TOO_LARGE


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        datetime(2026, 11, 28),  # noqa: DTZ001 - openpyxl's cells are naive
        date(2026, 11, 28),
        46354,
        46354.0,
        46354.75,  # a serial with a time of day
        "28-11-2026",
        "28/11/2026",
        "28.11.2026",
        "2026-11-28",
        "28-11-2026 00:00:00",
        "2026-11-28T10:15:00",
        "28 November 2026",
        "28 november 2026",
        "28 Nov 2026",
        "28 NOV 2026",
        "28 Nov. 2026",
        "28-Nov-2026",
        "28 Nopember 2026",
        "28 Nop 2026",
    ],
)
def test_date_in_every_written_form_is_read_day_first(cell: object) -> None:
    assert date_of(cell) == ParsedDate(2026, date(2026, 11, 28))


def test_ambiguous_numeric_date_is_day_first() -> None:
    assert date_of("02/03/2020").day == date(2020, 3, 2)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("5 Januari 2020", 1),
        ("5 Pebruari 2020", 2),
        ("5 Maret 2020", 3),
        ("5 Mei 2020", 5),
        ("5 May 2020", 5),
        ("5 Juni 2020", 6),
        ("5 Agustus 2020", 8),
        ("5 Agu 2020", 8),
        ("5 Agt 2020", 8),
        ("5 August 2020", 8),
        ("5 Okt 2020", 10),
        ("5 October 2020", 10),
        ("5 Des 2020", 12),
        ("5 December 2020", 12),
    ],
)
def test_indonesian_and_english_month_names(text: str, month: int) -> None:
    assert date_of(text) == ParsedDate(2020, date(2020, month, 5))


@pytest.mark.parametrize("cell", ["2019", 2019, 2019.0, " 2019 "])
def test_year_alone_is_a_year_without_a_day(cell: object) -> None:
    assert date_of(cell) == ParsedDate(2019, None)


def test_year_is_checked_before_serial() -> None:
    assert date_of(1945) == ParsedDate(1945, None)
    assert date_of(2026) == ParsedDate(2026, None)


@pytest.mark.parametrize(
    "cell", ["31-02-2020", "32/1/2020", "15-13-2020", "2020-02-30", "0 Mei 2020"]
)
def test_impossible_date_is_named(cell: object) -> None:
    assert problem_of(lambda: date_of(cell)).template == values.PROBLEM_IMPOSSIBLE_DATE


@pytest.mark.parametrize(
    "cell", ["01-12-2026", date(2026, 12, 1), "2027", 2027, 46357, "1 Desember 2026"]
)
def test_date_or_year_after_today_is_in_the_future(cell: object) -> None:
    assert problem_of(lambda: date_of(cell)).template == values.PROBLEM_FUTURE


def test_today_itself_is_accepted() -> None:
    assert date_of("30-11-2026").day == TODAY


@pytest.mark.parametrize("cell", ["1944", 1900, "31-12-1944", date(1930, 5, 1), 5, 16000])
def test_date_before_1945_names_the_allowed_range(cell: object) -> None:
    problem = problem_of(lambda: date_of(cell))
    assert problem.template == values.PROBLEM_TOO_EARLY
    assert (problem.params["first_year"], problem.params["last_year"]) == (1945, 2026)


@pytest.mark.parametrize(
    "cell",
    [
        "28-11-26",  # two-digit years are unreadable
        "28/11/26",
        "hello",
        "28 Foo 2020",
        "November 2026",
        "28-11/2026",
        "46354",  # a serial written as text is not a date
        time(10, 0),
        0.5,
        -3,
        99_999_999,
        True,
    ],
)
def test_unreadable_date_asks_for_the_usual_form(cell: object) -> None:
    assert problem_of(lambda: date_of(cell)).template == values.PROBLEM_NOT_DATE


def test_empty_date_is_a_missing_problem() -> None:
    assert problem_of(lambda: date_of(None)).template == values.PROBLEM_EMPTY


@pytest.mark.parametrize(
    ("cell", "year"), [("2019", 2019), (2019.0, 2019), ("28-11-2020", 2020), (46354, 2026)]
)
def test_year_of_a_year_or_a_full_date(cell: object, year: int) -> None:
    assert values.parse_year(cell, today=TODAY) == year


def test_year_problems_are_the_date_problems() -> None:
    problem = problem_of(lambda: values.parse_year("2030", today=TODAY))
    assert problem.template == values.PROBLEM_FUTURE


# --- condition ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "condition"),
    [
        ("B", "B"),
        ("b", "B"),
        ("Baik", "B"),
        (" BAIK ", "B"),
        (1, "B"),
        (1.0, "B"),
        ("1", "B"),
        ("RR", "RR"),
        ("rr", "RR"),
        ("KB", "RR"),
        ("K.B.", "RR"),
        ("Kurang Baik", "RR"),
        ("Rusak Ringan", "RR"),
        ("R. Ringan", "RR"),
        (2, "RR"),
        ("RB", "RB"),
        ("Rusak Berat", "RB"),
        ("rusak  berat", "RB"),
        ("R.Berat", "RB"),
        (3, "RB"),
        ("3", "RB"),
    ],
)
def test_condition_from_letters_words_or_simda_numbers(cell: object, condition: str) -> None:
    assert values.parse_condition(cell) == condition


@pytest.mark.parametrize("cell", ["Good", "Fair", "rusak", 4, 0, 1.5, True])
def test_unknown_condition_lists_the_accepted_forms(cell: object) -> None:
    assert problem_of(lambda: values.parse_condition(cell)).template == values.PROBLEM_CONDITION


# --- kode barang --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    ["1.3.2.10.01.02.002", "1.3.2.10.01.02.002.", " 1.3.2.10.01.02.002", "1.3.2. 10.01.02.002"],
)
def test_code_is_normalised(cell: object) -> None:
    assert values.parse_code(cell) == "1.3.2.10.01.02.002"


def test_short_code_is_a_code() -> None:
    assert values.parse_code("1.3.2") == "1.3.2"


@pytest.mark.parametrize("cell", [1.3, 1, 1.32])
def test_numeric_cell_is_not_a_code(cell: object) -> None:
    assert problem_of(lambda: values.parse_code(cell)).template == values.PROBLEM_CODE_NUMBER


@pytest.mark.parametrize("cell", ["abc", "1.3.2.1", "1.3.2.10.01.02.002.1", "1-3-2", True])
def test_malformed_code_is_not_a_kode_barang(cell: object) -> None:
    assert problem_of(lambda: values.parse_code(cell)).template == values.PROBLEM_CODE


def test_empty_code_is_a_missing_problem() -> None:
    assert problem_of(lambda: values.parse_code("")).template == values.PROBLEM_EMPTY


# --- register -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "first", "last"),
    [
        ("0001", 1, 1),
        (1, 1, 1),
        (1.0, 1, 1),
        ("000007", 7, 7),
        ("0001 - 0050", 1, 50),
        ("0001-0050", 1, 50),
        ("000101–000150", 101, 150),
        ("0001 — 0050", 1, 50),
        ("0001 s/d 0050", 1, 50),
        ("0001 S/D 0050", 1, 50),
        ("0001 s.d. 0050", 1, 50),
        ("0001 s.d 0050", 1, 50),
        ("1 sd 50", 1, 50),
        ("1 sampai dengan 50", 1, 50),
        ("0005 - 0005", 5, 5),
    ],
)
def test_register_number_or_range(cell: object, first: int, last: int) -> None:
    assert values.parse_register(cell) == RegisterRange(first, last)


def test_register_range_counts_both_ends() -> None:
    assert RegisterRange(1, 50).count == 50
    assert RegisterRange(7, 7).count == 1


@pytest.mark.parametrize("cell", [None, "", "  "])
def test_empty_register_is_none(cell: object) -> None:
    assert values.parse_register(cell) is None


@pytest.mark.parametrize("cell", ["0050 - 0001", "10 s/d 9"])
def test_register_range_ending_before_it_starts(cell: object) -> None:
    problem = problem_of(lambda: values.parse_register(cell))
    assert problem.template == values.PROBLEM_REGISTER_BACKWARDS


@pytest.mark.parametrize("cell", ["0", 0, "0000", "0000 - 0005", "0001 - 0000"])
def test_register_zero_is_refused(cell: object) -> None:
    assert problem_of(lambda: values.parse_register(cell)).template == values.PROBLEM_REGISTER_ZERO


@pytest.mark.parametrize("cell", ["1234567", 1234567, "0000001", "0001 - 1000000"])
def test_register_with_more_than_six_digits(cell: object) -> None:
    problem = problem_of(lambda: values.parse_register(cell))
    assert problem.template == values.PROBLEM_REGISTER_TOO_LONG
    assert problem.params["digits"] == 6


@pytest.mark.parametrize("cell", ["0001/0050", "abc", "0001 -", "1.5", 1.5, -3, True, "no. 1"])
def test_garbage_is_not_a_register(cell: object) -> None:
    assert problem_of(lambda: values.parse_register(cell)).template == values.PROBLEM_REGISTER


# --- quantity -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "quantity"),
    [(5, 5), (5.0, 5), ("50", 50), ("50 unit", 50), ("2 buah", 2), ("3 bh.", 3), ("1.000", 1000)],
)
def test_quantity_is_a_whole_number_with_an_optional_unit(cell: object, quantity: int) -> None:
    assert values.parse_quantity(cell) == quantity


@pytest.mark.parametrize("cell", [0, -1, "-5", 1.5, "1,5", "abc", "unit", True])
def test_quantity_below_one_fraction_or_garbage(cell: object) -> None:
    assert problem_of(lambda: values.parse_quantity(cell)).template == values.PROBLEM_QUANTITY


def test_empty_quantity_is_a_missing_problem() -> None:
    assert problem_of(lambda: values.parse_quantity(None)).template == values.PROBLEM_EMPTY


# --- area ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "area"),
    [
        (1250, "1250"),
        (1250.5, "1250.5"),
        ("1.250,5", "1250.5"),
        ("1,250.5", "1250.5"),
        ("1.250,5 m²", "1250.5"),
        ("1250 m2", "1250"),
        ("1250 M2", "1250"),
        ("250", "250"),
        ("1.250", "1250"),
        ("1250,555", "1250.56"),
        (0.005, "0.01"),
        (0, "0"),
        (-0.0, "0"),
    ],
)
def test_area_in_square_metres_to_two_decimals(cell: object, area: str) -> None:
    parsed = values.parse_area(cell)
    assert parsed == Decimal(area)
    assert parsed.as_tuple().exponent == -2
    assert not parsed.is_signed()


@pytest.mark.parametrize("cell", [-5, "-5", "-1.250,5 m2"])
def test_negative_area_is_refused(cell: object) -> None:
    assert problem_of(lambda: values.parse_area(cell)).template == values.PROBLEM_NEGATIVE


@pytest.mark.parametrize("cell", ["abc", "m2", "1.25.0", 1e40, True, float("inf")])
def test_garbage_is_not_an_area(cell: object) -> None:
    assert problem_of(lambda: values.parse_area(cell)).template == values.PROBLEM_AREA


def test_empty_area_is_a_missing_problem() -> None:
    assert problem_of(lambda: values.parse_area("")).template == values.PROBLEM_EMPTY


# --- yes/no -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "flag"),
    [
        ("Bertingkat", True),
        ("BERTINGKAT", True),
        ("Ya", True),
        ("y", True),
        ("1", True),
        (1, True),
        (True, True),
        ("Tidak Bertingkat", False),
        ("tidak", False),
        ("T", False),
        ("0", False),
        (0, False),
        (False, False),
        (None, None),
        ("", None),
    ],
)
def test_multi_storey_words_and_ya_tidak(cell: object, flag: bool | None) -> None:
    assert values.parse_flag(cell, *values.MULTI_STOREY_WORDS) is flag


@pytest.mark.parametrize(("cell", "flag"), [("Beton", True), ("bukan beton", False), ("Ya", True)])
def test_concrete_words(cell: object, flag: bool) -> None:
    assert values.parse_flag(cell, *values.CONCRETE_WORDS) is flag


def test_unknown_flag_names_the_accepted_words() -> None:
    problem = problem_of(lambda: values.parse_flag("mungkin", *values.MULTI_STOREY_WORDS))
    assert problem.template == values.PROBLEM_FLAG
    assert problem.params["yes"] == "Bertingkat / Ya"
    assert problem.params["no"] == "Tidak bertingkat / Tidak"


# --- origin -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "origin"),
    [
        ("Pengadaan (APBD 2021)", ("Pengadaan", "APBD 2021")),
        ("Hibah (Pemprov Sumut)", ("Hibah", "Pemprov Sumut")),
        ("Pengadaan", ("Pengadaan", "")),
        ("PENGADAAN", ("Pengadaan", "")),
        ("Pembelian", ("Pengadaan", "")),
        ("beli", ("Pengadaan", "")),
        ("Pengadaan Barang", ("Pengadaan", "")),
        ("Pengadaan APBD", ("Pengadaan", "APBD")),
        ("Hibah", ("Hibah", "")),
        ("Hibah dari Pemprov Sumut", ("Hibah", "dari Pemprov Sumut")),
        ("Tukar Menukar", ("Tukar Menukar", "")),
        ("Tukar-menukar", ("Tukar Menukar", "")),
        ("Inventarisasi", ("Hasil Inventarisasi", "")),
        ("hasil inventarisasi", ("Hasil Inventarisasi", "")),
        ("Lainnya", ("Perolehan Lainnya", "")),
        ("Perolehan Lainnya", ("Perolehan Lainnya", "")),
        ("Lain-lain", ("Perolehan Lainnya", "")),
        (None, ("Pengadaan", "")),
        ("", ("Pengadaan", "")),
    ],
)
def test_origin_method_and_funding(cell: object, origin: tuple[str, str]) -> None:
    assert values.parse_origin(cell) == origin


@pytest.mark.parametrize(
    "cell", ["APBD", "APBD 2021", "APBN", "DAK 2020", "DAU", "BOS", "Dana Desa"]
)
def test_funding_alone_means_bought_with_it(cell: str) -> None:
    assert values.parse_origin(cell) == ("Pengadaan", cell)


@pytest.mark.parametrize("cell", ["Curian", "Belian", "Sewa (APBD)", "Danamon"])
def test_unknown_origin_lists_the_methods(cell: object) -> None:
    problem = problem_of(lambda: values.parse_origin(cell))
    assert problem.template == values.PROBLEM_ORIGIN
    assert "Tukar Menukar" in problem.params["methods"]


# --- NIP ----------------------------------------------------------------------------------------

NIP = "198001012005011001"


@pytest.mark.parametrize("cell", [NIP, "19800101 200501 1 001", int(NIP)])
def test_nip_from_text_or_a_whole_number_cell(cell: object) -> None:
    assert values.parse_nip(cell) == NIP


@pytest.mark.parametrize("cell", [float(NIP), 1.98001012005011e17, "1.98001E+17", "1,98001E+17"])
def test_nip_stored_as_a_float_has_lost_digits(cell: object) -> None:
    assert problem_of(lambda: values.parse_nip(cell)).template == values.PROBLEM_NIP_NUMBER


@pytest.mark.parametrize(
    ("cell", "template"),
    [
        ("123", values.PROBLEM_NIP_FORMAT),
        ("19800101200501100X", values.PROBLEM_NIP_FORMAT),
        ("198013012005011001", values.PROBLEM_NIP_DATE),
        ("198001012005131001", values.PROBLEM_NIP_DATE),
        ("198001012005013001", values.PROBLEM_NIP_SEX),
        ("", values.PROBLEM_EMPTY),
    ],
)
def test_wrong_nip_says_why(cell: object, template: str) -> None:
    problem = problem_of(lambda: values.parse_nip(cell))
    assert problem.template == template
    assert "{label}" not in problem.template


# --- the templates ------------------------------------------------------------------------------


def test_every_problem_template_is_a_reason_and_fills_in() -> None:
    templates = {name: text for name, text in vars(values).items() if name.startswith("PROBLEM_")}
    params = dict.fromkeys(
        ("value", "first_year", "last_year", "digits", "yes", "no", "methods", "digit"), "x"
    )
    assert len(templates) >= 20
    for name, template in templates.items():
        assert template[0] in '"{' or template[0].islower(), name
        assert not template.endswith("."), name
        assert str(CellProblem(template, **params)), name


@pytest.mark.parametrize(
    ("cell", "scale", "amount"),
    [
        (9875, 1_000, 9_875_000),
        ("9.875", 1_000, 9_875_000),
        (2475.5, 1_000, 2_475_500),  # exact: not 2.476 thousand
        ("2.475,5", 1_000, 2_475_500),
        ("Rp 1.250,75", 1_000, 1_250_750),
        (0.0005, 1_000, 1),  # half a Rupiah rounds up, after the scaling
        (850.5, 1_000_000, 850_500_000),
        ("1.250,75", 1_000_000, 1_250_750_000),
        (0.1234567, 1_000_000, 123_457),
    ],
)
def test_rupiah_in_thousands_or_millions_are_scaled_exactly(
    cell: object, scale: int, amount: int
) -> None:
    assert values.parse_rupiah(cell, scale=scale) == amount


def test_a_scaled_amount_beyond_the_database_is_refused() -> None:
    problem = problem_of(lambda: values.parse_rupiah("9.999.999.999.999.999", scale=1_000_000))
    assert problem.template == values.PROBLEM_RUPIAH_TOO_LARGE


def test_the_remarks_our_cards_add_are_not_read_back_as_notes() -> None:
    from inventaris.importing.rows import DERIVED_REMARKS, _own_notes
    from inventaris.inventory.layouts import EXTRA_REMARK, LENT_REMARK

    assert set(DERIVED_REMARKS) == {EXTRA_REMARK, LENT_REMARK}
    assert _own_notes("Ekstrakomptabel") == ""
    assert (
        _own_notes("Ekstrakomptabel. Dipinjamkan. Rusak kaki. Lihat BA") == "Rusak kaki. Lihat BA"
    )
    assert _own_notes("Dipinjamkan ke Bappeda") == "Dipinjamkan ke Bappeda"
