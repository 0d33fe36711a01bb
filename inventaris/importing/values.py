"""From a spreadsheet cell to a register value: what people type, read the Indonesian way.

A cell arrives as openpyxl's read-only ``values_only`` gives it (None, str, int, float, bool,
datetime, date, time) or as a CSV string. Each parser returns the value or raises CellProblem
with a translatable reason; the caller adds the cell's text as ``value``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from openpyxl.utils.datetime import from_excel

from inventaris.assets.types import ACQUISITION_METHODS, FIRST_YEAR, Condition
from inventaris.catalog import is_well_formed, normalize_code
from inventaris.core.errors import ValidationError
from inventaris.core.i18n import QT_TRANSLATE_NOOP
from inventaris.core.identifiers import MSG_NIP_DATE, MSG_NIP_FORMAT, MSG_NIP_SEX, normalize_nip
from inventaris.importing.problems import CellProblem

Cell = object

PROBLEM_EMPTY = QT_TRANSLATE_NOOP("Engine", "the cell is empty")
PROBLEM_NEGATIVE = QT_TRANSLATE_NOOP("Engine", '"{value}" is below zero, which is not allowed')
PROBLEM_NOT_RUPIAH = QT_TRANSLATE_NOOP("Engine", '"{value}" is not an amount of Rupiah')
PROBLEM_RUPIAH_TOO_LARGE = QT_TRANSLATE_NOOP("Engine", '"{value}" is too large an amount to store')
PROBLEM_AREA = QT_TRANSLATE_NOOP("Engine", '"{value}" is not an area in square metres')
PROBLEM_NOT_DATE = QT_TRANSLATE_NOOP(
    "Engine", '"{value}" is not a date (write 28-11-2026, or the year alone)'
)
PROBLEM_IMPOSSIBLE_DATE = QT_TRANSLATE_NOOP("Engine", '"{value}" is not a possible date')
PROBLEM_FUTURE = QT_TRANSLATE_NOOP("Engine", "{value} is in the future")
PROBLEM_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Engine", "{value} is before {first_year}; dates from {first_year} to {last_year} are accepted"
)
PROBLEM_CONDITION = QT_TRANSLATE_NOOP(
    "Engine",
    '"{value}" is not a condition: write B (Baik), RR (Rusak Ringan) or RB (Rusak Berat); '
    "KB (Kurang Baik) and SIMDA's 1, 2, 3 are also understood",
)
PROBLEM_CODE = QT_TRANSLATE_NOOP(
    "Engine",
    '"{value}" is not a kode barang: write up to seven levels of digits separated by dots, '
    "like 1.3.2.10.01.02.002",
)
PROBLEM_CODE_NUMBER = QT_TRANSLATE_NOOP(
    "Engine",
    '"{value}" is a number, not a kode barang: format the column as text and type the code again',
)
PROBLEM_REGISTER = QT_TRANSLATE_NOOP(
    "Engine", '"{value}" is not a register number or range (write 0001, or 0001 - 0050)'
)
PROBLEM_REGISTER_ZERO = QT_TRANSLATE_NOOP("Engine", '"{value}": register numbers start at 1, not 0')
PROBLEM_REGISTER_BACKWARDS = QT_TRANSLATE_NOOP(
    "Engine", '"{value}": the range ends before it starts'
)
PROBLEM_REGISTER_TOO_LONG = QT_TRANSLATE_NOOP(
    "Engine", '"{value}": a register number has at most {digits} digits'
)
PROBLEM_QUANTITY = QT_TRANSLATE_NOOP(
    "Engine", '"{value}" is not a quantity: write a whole number of 1 or more'
)
PROBLEM_FLAG = QT_TRANSLATE_NOOP(
    "Engine", '"{value}" is not understood: write {yes} for yes, or {no} for no'
)
PROBLEM_BUILDING_KIND = QT_TRANSLATE_NOOP(
    "Engine",
    '"{value}" is not a kind of building: write P (permanen), SP (semi permanen) or D (darurat)',
)
PROBLEM_ORIGIN = QT_TRANSLATE_NOOP(
    "Engine",
    '"{value}" is not a way of acquiring: write {methods}, or a source of funds such as APBD',
)
PROBLEM_NIP_NUMBER = QT_TRANSLATE_NOOP(
    "Engine",
    '"{value}" was stored as a number and lost digits: format the NIP column as text and type '
    "the NIP again",
)
PROBLEM_NIP_FORMAT = QT_TRANSLATE_NOOP("Engine", '"{value}" is not a NIP: a NIP has 18 digits')
PROBLEM_NIP_DATE = QT_TRANSLATE_NOOP(
    "Engine",
    '"{value}" does not start with a valid birth date and appointment year and month',
)
PROBLEM_NIP_SEX = QT_TRANSLATE_NOOP(
    "Engine", "digit 15 of a NIP is 1 (male) or 2 (female), not {digit}"
)
# The form's NIP messages start with "{label}:"; in the report the column says that already.
_NIP_PROBLEMS = {
    MSG_NIP_FORMAT: PROBLEM_NIP_FORMAT,
    MSG_NIP_DATE: PROBLEM_NIP_DATE,
    MSG_NIP_SEX: PROBLEM_NIP_SEX,
}

MULTI_STOREY_WORDS = (("bertingkat",), ("tidak bertingkat", "tidak"))
CONCRETE_WORDS = (("beton",), ("bukan beton", "tidak"))
_YES = ("ya", "y", "1")
_NO = ("tidak", "t", "0")

REGISTER_DIGITS = 6
MAX_AMOUNT = 2**63 - 1  # the database's BIGINT
_LAST_SERIAL = 2958465  # Excel's 31-12-9999


def text_of(value: Cell) -> str:
    """The cell as one line of text, the way the report shows it."""
    if value is None:
        return ""
    if type(value) is str:  # most cells: the quick way
        return " ".join(value.split())
    if type(value) is int:
        return str(value)
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # serial numbers and years arrive as 12345.0
    if isinstance(value, date):  # datetime included: the time of a date cell is noise
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    if isinstance(value, time):
        return f"{value.hour:02d}.{value.minute:02d}"
    return " ".join(str(value).split())


_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def _grouped(whole: str, mark: str) -> bool:
    groups = whole.split(mark)
    if not all(group.isdecimal() for group in groups):
        return False
    return len(groups) == 1 or (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]))


def _decimal_of(text: str) -> Decimal | None:
    """Digits with Indonesian (1.250,5) or English (1,250.5) separators; spaces group too.

    With both marks the last is the decimal one. A lone mark before exactly three digits groups
    thousands ("1.250" is 1250), unless what precedes it cannot be a group ("0.500", "1250.000").
    """
    text = "".join(text.split())
    if not _NUMBER.fullmatch(text):
        return None
    marks = {char for char in text if char in ".,"}
    if not marks:
        return Decimal(text)
    if len(marks) == 2:
        decimal_mark = max(".,", key=text.rfind)
        whole, _, fraction = text.rpartition(decimal_mark)
        group_mark = "," if decimal_mark == "." else "."
    else:
        group_mark = marks.pop()
        head, _, tail = text.rpartition(group_mark)
        is_group = len(tail) == 3 and 1 <= len(head) <= 3 and not head.startswith("0")
        if text.count(group_mark) > 1 or is_group:
            whole, fraction = text, ""
        else:
            whole, fraction = head, tail
    if not _grouped(whole, group_mark):
        return None
    return Decimal(whole.replace(group_mark, "") + ("." + fraction if fraction else ""))


def _number_of(value: Cell) -> Decimal | None:
    """An int or a finite float cell as Decimal (a float through its shortest text)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float) and math.isfinite(value):
        return Decimal(str(value))
    return None


def _text_or_empty(value: Cell) -> str:
    text = text_of(value)
    if not text:
        raise CellProblem(PROBLEM_EMPTY, value="")
    return text


_CURRENCY = re.compile(r"(?:rp\.?|idr)\s*", re.IGNORECASE)
_DASH_CENTS = re.compile(r"[.,]\s*-$")  # "12.500.000,-": no cents


def _signed_amount(text: str) -> tuple[bool, str]:
    """(negative, the bare number) of "Rp. 12.500,-", "-Rp 1.000", "(12.500)"."""
    negative = False
    for _ in range(2):  # the sign may stand before or after the currency
        if text[:1] in ("-", "−"):
            negative, text = True, text[1:].lstrip()
        elif text.startswith("(") and text.endswith(")"):
            negative, text = True, text[1:-1].strip()
        if found := _CURRENCY.match(text):
            text = text[found.end() :]
    return negative, _DASH_CENTS.sub("", text)


def parse_rupiah(value: Cell, *, scale: int = 1) -> int:
    """Whole Rupiah, rounded half up; never through float arithmetic.

    ``scale`` is the column's unit (1000 for a column headed "Harga (ribuan Rp)"): the amount
    is multiplied by it before rounding, so 2.475,5 thousand is exactly Rp 2.475.500.
    """
    text = _text_or_empty(value)
    amount = _number_of(value)
    negative = amount is not None and amount < 0
    if amount is None and isinstance(value, str):
        negative, bare = _signed_amount(text)
        amount = _decimal_of(bare)
    if amount is None:
        raise CellProblem(PROBLEM_NOT_RUPIAH, value=text)
    whole = int((abs(amount) * scale).to_integral_value(ROUND_HALF_UP))
    if negative and whole:
        raise CellProblem(PROBLEM_NEGATIVE, value=text)
    if whole > MAX_AMOUNT:
        raise CellProblem(PROBLEM_RUPIAH_TOO_LARGE, value=text)
    return whole


_AREA_UNIT = re.compile(r"\s*(?:m²|m2|m\^2|meter persegi)$", re.IGNORECASE)


def parse_area(value: Cell) -> Decimal:
    """Square metres, zero or more, rounded half up to two decimals."""
    text = _text_or_empty(value)
    area = _number_of(value)
    if area is None and isinstance(value, str):
        bare = _AREA_UNIT.sub("", text)
        negative = bare[:1] in ("-", "−")
        area = _decimal_of(bare[1:] if negative else bare)
        if area is not None and negative:
            area = -area
    if area is None:
        raise CellProblem(PROBLEM_AREA, value=text)
    if area < 0:
        raise CellProblem(PROBLEM_NEGATIVE, value=text)
    try:
        return area.copy_abs().quantize(Decimal("0.01"), ROUND_HALF_UP)  # no "-0.00"
    except InvalidOperation:  # more digits than Decimal's precision: no real plot of land
        raise CellProblem(PROBLEM_AREA, value=text) from None


_QUANTITY = re.compile(r"(?P<number>[\d.,\s]+?)\s*(?:[^\W\d_]+\.?)?")


def parse_quantity(value: Cell) -> int:
    """A whole number of items, 1 or more; a unit after it ("50 unit") is ignored."""
    text = _text_or_empty(value)
    number = _number_of(value)
    if number is None and isinstance(value, str) and (found := _QUANTITY.fullmatch(text)):
        number = _decimal_of(found["number"])
    if number is None or number < 1 or number != number.to_integral_value():
        raise CellProblem(PROBLEM_QUANTITY, value=text)
    return int(number)


@dataclass(frozen=True)
class ParsedDate:
    """A date cell: the year always, the day when the cell had one."""

    year: int
    day: date | None


_MONTHS = {
    **dict.fromkeys(("januari", "january", "jan"), 1),
    **dict.fromkeys(("februari", "pebruari", "february", "feb", "peb"), 2),
    **dict.fromkeys(("maret", "march", "mar"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mei", "may"), 5),
    **dict.fromkeys(("juni", "june", "jun"), 6),
    **dict.fromkeys(("juli", "july", "jul"), 7),
    **dict.fromkeys(("agustus", "august", "agu", "agt", "agus", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept"), 9),
    **dict.fromkeys(("oktober", "october", "okt", "oct"), 10),
    **dict.fromkeys(("november", "nopember", "nov", "nop"), 11),
    **dict.fromkeys(("desember", "december", "des", "dec"), 12),
}
_TIME_TAIL = re.compile(r"(?:\s+|T)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?$")
_DAY_FIRST = re.compile(r"(?P<day>\d{1,2})([-/.])(?P<month>\d{1,2})\2(?P<year>\d{4})")
_YEAR_FIRST = re.compile(r"(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})")
_NAMED_MONTH = re.compile(r"(?P<day>\d{1,2})[\s-]*(?P<name>[^\W\d_]+)\.?[\s-]*(?P<year>\d{4})")
_YEAR_ALONE = re.compile(r"\d{4}")


def _checked(year: int, day: date | None, text: str, today: date) -> ParsedDate:
    if year < FIRST_YEAR:
        raise CellProblem(
            PROBLEM_TOO_EARLY, value=text, first_year=FIRST_YEAR, last_year=today.year
        )
    if year > today.year or (day is not None and day > today):
        raise CellProblem(PROBLEM_FUTURE, value=text)
    return ParsedDate(year, day)


def _day_of(year: str, month: int | None, day: str, text: str) -> date:
    if month is None:
        raise CellProblem(PROBLEM_NOT_DATE, value=text)
    try:
        return date(int(year), month, int(day))
    except ValueError:
        raise CellProblem(PROBLEM_IMPOSSIBLE_DATE, value=text) from None


def parse_date(value: Cell, *, today: date) -> ParsedDate:
    """A date or a year alone, day first, from 1945 up to ``today``."""
    text = _text_or_empty(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _checked(value.year, value, text, today)
    number = _number_of(value)
    if number is not None:
        # Four digits are a year: the serials they would be (1902-1927) are too early anyway.
        if number == number.to_integral_value() and 1000 <= number <= 9999:
            return _checked(int(number), None, text, today)
        if not 1 <= number <= _LAST_SERIAL:
            raise CellProblem(PROBLEM_NOT_DATE, value=text)
        day = from_excel(float(number)).date()
        return _checked(day.year, day, text, today)
    if not isinstance(value, str):  # a time of day, or something openpyxl never gives
        raise CellProblem(PROBLEM_NOT_DATE, value=text)
    if _YEAR_ALONE.fullmatch(text):
        return _checked(int(text), None, text, today)
    bare = _TIME_TAIL.sub("", text)
    if found := _DAY_FIRST.fullmatch(bare) or _YEAR_FIRST.fullmatch(bare):
        day = _day_of(found["year"], int(found["month"]), found["day"], text)
    elif found := _NAMED_MONTH.fullmatch(bare):
        day = _day_of(found["year"], _MONTHS.get(found["name"].lower()), found["day"], text)
    else:
        raise CellProblem(PROBLEM_NOT_DATE, value=text)
    return _checked(day.year, day, text, today)


def parse_year(value: Cell, *, today: date) -> int:
    """The year of a year or a full date."""
    return parse_date(value, today=today).year


def parse_code(value: Cell) -> str:
    """A kode barang, normalised ("1.3.2.10." -> "1.3.2.10")."""
    text = _text_or_empty(value)
    if _number_of(value) is not None:  # Excel made it a number: "1.30" became 1.3
        raise CellProblem(PROBLEM_CODE_NUMBER, value=text)
    code = normalize_code(text)
    if not is_well_formed(code):
        raise CellProblem(PROBLEM_CODE, value=text)
    return code


@dataclass(frozen=True)
class RegisterRange:
    """Register numbers first..last, both included."""

    first: int
    last: int

    @property
    def count(self) -> int:
        return self.last - self.first + 1


_DIGITS = re.compile(r"\d+")
_RANGE = re.compile(
    r"(?P<first>\d+)\s*(?:-|–|—|s\s*/\s*d|s\.\s*d\.?|sd|sampai(?:\s+dengan)?)\s*(?P<last>\d+)",
    re.IGNORECASE,
)


def parse_register(value: Cell) -> RegisterRange | None:
    """One register number ("0007", 7) or a range ("0001 - 0050", "1 s/d 50"); None if empty."""
    text = text_of(value)
    if not text:
        return None
    number = _number_of(value)
    if number is not None and number >= 0 and number == number.to_integral_value():
        first = last = str(int(number))
    elif number is None and isinstance(value, str) and (found := _RANGE.fullmatch(text)):
        first, last = found["first"], found["last"]
    elif number is None and isinstance(value, str) and _DIGITS.fullmatch(text):
        first = last = text
    else:
        raise CellProblem(PROBLEM_REGISTER, value=text)
    if max(len(first), len(last)) > REGISTER_DIGITS:
        raise CellProblem(PROBLEM_REGISTER_TOO_LONG, value=text, digits=REGISTER_DIGITS)
    if int(first) == 0 or int(last) == 0:
        raise CellProblem(PROBLEM_REGISTER_ZERO, value=text)
    if int(last) < int(first):
        raise CellProblem(PROBLEM_REGISTER_BACKWARDS, value=text)
    return RegisterRange(int(first), int(last))


_CONDITIONS = {
    **dict.fromkeys(("b", "baik", "1"), Condition.GOOD),
    # Kurang Baik is the older name of Rusak Ringan (SIMDA's 2).
    **dict.fromkeys(
        ("rr", "rusakringan", "rringan", "kb", "kurangbaik", "2"), Condition.LIGHTLY_DAMAGED
    ),
    **dict.fromkeys(("rb", "rusakberat", "rberat", "3"), Condition.BADLY_DAMAGED),
}


def parse_condition(value: Cell) -> str:
    """B, RR or RB from the letters, the words or SIMDA's numbers; dots and spaces ignored."""
    text = _text_or_empty(value)
    condition = _CONDITIONS.get(re.sub(r"[\s.]", "", text).lower())
    if condition is None:
        raise CellProblem(PROBLEM_CONDITION, value=text)
    return condition.value


def _words(words: tuple[str, ...]) -> str:
    unique = dict.fromkeys(word.casefold() for word in words)
    return " / ".join(word[:1].upper() + word[1:] for word in unique)


def parse_flag(value: Cell, yes: tuple[str, ...], no: tuple[str, ...]) -> bool | None:
    """True or False from the column's own words or Ya/Tidak; None when empty."""
    text = text_of(value).casefold()  # True and False read as "Ya" and "Tidak"
    if not text:
        return None
    if text in {word.casefold() for word in (*yes, *_YES)}:
        return True
    if text in {word.casefold() for word in (*no, *_NO)}:
        return False
    raise CellProblem(
        PROBLEM_FLAG, value=text_of(value), yes=_words((*yes, "ya")), no=_words((*no, "tidak"))
    )


# KIB F's "Bangunan (P, SP, D)": the letter, or the word written out.
_BUILDING_KIND_WORDS = {
    "p": "P",
    "permanen": "P",
    "sp": "SP",
    "semi permanen": "SP",
    "semi-permanen": "SP",
    "d": "D",
    "darurat": "D",
}


def parse_building_kind(value: Cell) -> str:
    """P (permanen), SP (semi permanen) or D (darurat); "" when empty."""
    text = " ".join(text_of(value).casefold().replace(".", " ").split())
    if not text:
        return ""
    if text in _BUILDING_KIND_WORDS:
        return _BUILDING_KIND_WORDS[text]
    raise CellProblem(PROBLEM_BUILDING_KIND, value=text_of(value))


# Longer words first: "pengadaan barang" must win over "pengadaan".
_METHOD_WORDS = {
    **dict.fromkeys(("pengadaan barang", "pengadaan", "pembelian", "beli"), "Pengadaan"),
    "hibah": "Hibah",
    "tukar menukar": "Tukar Menukar",
    **dict.fromkeys(("hasil inventarisasi", "inventarisasi"), "Hasil Inventarisasi"),
    **dict.fromkeys(("perolehan lainnya", "lainnya", "lain lain"), "Perolehan Lainnya"),
}
_FUNDING_WORDS = ("apbd", "apbn", "apbdes", "dak", "dau", "dbh", "bos", "blud", "dana desa")
_IN_PARENTHESES = re.compile(r"(?P<head>.*?)\s*\((?P<funding>.*)\)")


def _rest_after(words: str, text: str) -> str | None:
    """What follows ``words`` at the start of ``text`` (any case, hyphen or space between)."""
    pattern = r"[\s-]+".join(map(re.escape, words.split())) + r"(?![^\W\d_])"
    found = re.match(pattern, text, re.IGNORECASE)
    return None if found is None else text[found.end() :].strip(" -:,")


def parse_origin(value: Cell) -> tuple[str, str]:
    """(acquisition method, source of funds): "Pengadaan (APBD 2021)", "Hibah dari …", "DAK"."""
    text = text_of(value)
    if not text:
        return ACQUISITION_METHODS[0], ""
    found = _IN_PARENTHESES.fullmatch(text)
    head, inside = (found["head"], found["funding"].strip()) if found else (text, "")
    if found and not head:
        return ACQUISITION_METHODS[0], inside
    for words, method in _METHOD_WORDS.items():
        rest = _rest_after(words, head)
        if rest is not None:
            return method, " ".join(part for part in (rest, inside) if part)
    if any(_rest_after(words, text) is not None for words in _FUNDING_WORDS):
        return ACQUISITION_METHODS[0], text  # a source of funds alone: bought with it
    raise CellProblem(PROBLEM_ORIGIN, value=text, methods=", ".join(ACQUISITION_METHODS))


_SCIENTIFIC = re.compile(r"\d+(?:[.,]\d+)?e\+?\d+", re.IGNORECASE)


def parse_nip(value: Cell) -> str:
    """The 18 digits of a NIP. A float cell cannot hold 18 digits: it has lost some."""
    text = _text_or_empty(value)
    if isinstance(value, float) or _SCIENTIFIC.fullmatch(text):
        raise CellProblem(PROBLEM_NIP_NUMBER, value=text)
    try:
        return normalize_nip(text, field="holder_nip", label="NIP")
    except ValidationError as error:
        template = _NIP_PROBLEMS.get(error.template, error.template)
        raise CellProblem(template, **{**error.params, "value": text}) from None
