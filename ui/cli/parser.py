"""The grammar of the command line: its options and verbs, with their help.

Every verb, flag and help text is a contract that offices script against; the verbs are listed
here in one place, in the order ``--help`` shows them. What each verb does lives in the module of
its area (``ui.cli.setup``, ``ui.cli.assets`` …).
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ui.cli.common import tr


def build_parser() -> argparse.ArgumentParser:
    unit_help = tr(  # one text for every verb's --unit
        "only this unit's assets: its kode lokasi, e.g. 12.02.05.04.01.01.01 (see the verb units)"
    )
    parser = argparse.ArgumentParser(
        prog="inventaris",
        description=tr(
            "Inventaris: the asset register of a Bagian Umum. Without a verb the window opens."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=tr(
            "database: sqlite:///file.db or postgresql://user@server/name "
            "(default: INVENTARIS_DB, then the saved setting, then a file in the data folder)"
        ),
    )
    parser.add_argument("--lang", choices=("id", "en"), help=tr("language: id (default) or en"))
    parser.add_argument("--version", action="store_true", help=tr("print the version and stop"))
    verbs = parser.add_subparsers(dest="verb", metavar=tr("VERB"), title=tr("verbs"))

    demo = verbs.add_parser("demo", help=tr("fill an empty database with a demo office"))
    demo.add_argument(
        "--assets",
        type=int,
        default=2000,
        help=tr("number of assets (≤ 100000 in one unit, ≤ 1000000 over several units)"),
    )
    demo.add_argument(
        "--units",
        type=int,
        default=1,
        help=tr(
            "spread the assets over this many units of the regency (default 1: the Bagian Umum "
            "alone)"
        ),
    )
    demo.add_argument("--seed", type=int, default=1, help=tr("the same seed gives the same data"))

    verbs.add_parser(
        "upgrade", help=tr("bring the database to this version's schema (with backup)")
    )
    verbs.add_parser("info", help=tr("show the database, its schema version and its contents"))
    verbs.add_parser("set-db", help=tr("check the --db database and make it this PC's default"))
    verbs.add_parser(
        "units", help=tr("print the units, one a line (kode lokasi, name, number of items)")
    )

    find = verbs.add_parser(
        "find", help=tr("print the assets matching TEXT, one a line (code+register, name, room)")
    )
    find.add_argument("text", nargs="+", help=tr("words to search for, or a scanned code"))
    find.add_argument(
        "--all", action="store_true", help=tr("include disposed assets"), dest="include_disposed"
    )
    find.add_argument("--unit", metavar="KODE", help=unit_help)

    codes = verbs.add_parser(
        "import-codes", help=tr("import the BPKAD's code table from .xlsx or .csv")
    )
    codes.add_argument("file", help=tr("the spreadsheet, with columns kode and nama/uraian"))

    assets = verbs.add_parser(
        "import",
        help=tr("import assets from an .xlsx or .csv list (KIB sheets, older systems' exports)"),
    )
    assets.add_argument("file", help=tr("the spreadsheet to import"))
    assets.add_argument(
        "--sheet",
        action="append",
        metavar="NAME",
        help=tr("the sheet to import (again for more; default: the KIB sheets, else the first)"),
    )
    assets.add_argument(
        "--dry-run", action="store_true", help=tr("check every row and write nothing")
    )
    assets.add_argument(
        "--valid-only",
        action="store_true",
        help=tr("import the rows without problems even when other rows have some"),
    )
    assets.add_argument(
        "--create-missing",
        action="store_true",
        help=tr("create the rooms and holders the file names and the register lacks"),
    )
    assets.add_argument(
        "--accept-warnings",
        action="store_true",
        help=tr("import the values the check doubts (its warnings) as they are"),
    )

    kir = verbs.add_parser("kir", help=tr("save a room's card (KIR) as an Excel workbook"))
    kir.add_argument("--room", required=True, help=tr("the room's code, e.g. R.01"))
    kir.add_argument("--unit", metavar="KODE", help=unit_help)
    kir.add_argument("--out", required=True, type=_out_file, help=tr("the .xlsx file to write"))
    kir.add_argument(
        "--format",
        choices=("11", "14"),
        default="11",
        help=tr(
            "11: the 11 columns of Permendagri 47/2021 (the default); 14: the older card with "
            "the counts per condition (B, RR, RB)"
        ),
    )

    labels = verbs.add_parser("labels", help=tr("save asset labels with QR codes as a PDF"))
    labels.add_argument("--out", required=True, type=_out_file, help=tr("the .pdf file to write"))
    labels.add_argument(
        "--template",
        default="a4-3x7",
        help=tr(
            "label template: a4-3x7, a4-2x7, a4-4x10, f4-3x8, roll-50x30, "
            "roll-60x40 or one of the office's own"
        ),
    )
    which = labels.add_mutually_exclusive_group()
    which.add_argument("--room", help=tr("the assets of one room (its code or name)"))
    which.add_argument("--all", action="store_true", help=tr("every asset in the register"))
    which.add_argument(
        "--unlabelled",
        action="store_true",
        help=tr("the assets whose label was never printed (the default)"),
    )
    labels.add_argument(
        "--start",
        type=int,
        default=1,
        help=tr("first position on the first sheet, for a partly used sheet"),
    )
    labels.add_argument("--cut-lines", action="store_true", help=tr("draw cut lines (plain paper)"))
    labels.add_argument("--unit", metavar="KODE", help=unit_help)

    due = verbs.add_parser(
        "due", help=tr("print what is due or overdue (vehicles and residences), most urgent first")
    )
    due.add_argument("--days", type=int, default=30, help=tr("look this many days ahead"))
    due.add_argument("--unit", metavar="KODE", help=unit_help)

    costs = verbs.add_parser(
        "vehicle-report",
        help=tr("save a year's vehicle costs as an Excel workbook: the fleet, or one vehicle"),
    )
    costs.add_argument("--year", type=int, required=True, help=tr("the year, e.g. 2026"))
    costs.add_argument("--out", required=True, type=_out_file, help=tr("the .xlsx file to write"))
    costs.add_argument(
        "--plate", help=tr('one vehicle\'s plate, e.g. "BK 1234 AB" (default: the whole fleet)')
    )

    inventory = verbs.add_parser(
        "export-inventory",
        help=tr(
            "save a year's inventory workbook (KIB A/B/C, KIR, Buku Inventaris, Rekapitulasi, "
            "Mutasi, Penyusutan) for the BPKAD"
        ),
    )
    inventory.add_argument("--year", type=int, required=True, help=tr("the year, e.g. 2026"))
    inventory.add_argument(
        "--out", required=True, type=_out_file, help=tr("the .xlsx file to write")
    )
    inventory.add_argument(
        "--as-of",
        type=_day,
        help=tr("the position date within the year, YYYY-MM-DD (default: 31 December)"),
    )
    scope = inventory.add_mutually_exclusive_group()
    scope.add_argument(
        "--unit",
        metavar="KODE",
        help=tr("the unit's kode lokasi (default: the first unit of the database)"),
    )
    scope.add_argument(
        "--regency",
        action="store_true",
        help=tr(
            "the whole regency: a Rekapitulasi per KIB with a row per unit, and each unit's own "
            "workbook in the folder <file>-unit beside it"
        ),
    )

    history = verbs.add_parser(
        "vehicle-history",
        help=tr("save a vehicle's history (services, fuel, documents, plans) as a PDF"),
    )
    history.add_argument("--plate", required=True, help=tr('the plate, e.g. "BK 1234 AB"'))
    history.add_argument("--out", required=True, type=_out_file, help=tr("the .pdf file to write"))
    _add_booking_verbs(verbs)
    _add_stocktake_verbs(verbs)
    _add_handover_verbs(verbs)
    _add_disposal_verbs(verbs)

    _add_backup_verbs(verbs)

    user = verbs.add_parser("create-user", help=tr("add a user account (asks for the password)"))
    user.add_argument("username")
    user.add_argument("--name", required=True, help=tr("full name"))
    user.add_argument(
        "--role",
        required=True,
        choices=(
            "admin",
            "pengurus_barang",
            "koordinator_pengemudi",
            "staf_sekretariat",
            "pimpinan",
        ),
    )
    user.add_argument("--nip", default="", help=tr("NIP, 18 digits"))
    user.add_argument(
        "--password-stdin", action="store_true", help=tr("read the password from standard input")
    )
    return parser


def _add_backup_verbs(verbs: Any) -> None:
    backup = verbs.add_parser(
        "backup",
        help=tr(
            "back up the database, checked (SQLite: a copy of the file; PostgreSQL: pg_dump -Fc)"
        ),
    )
    backup.add_argument(
        "--out",
        type=_out_file,
        help=tr("the file to write (default: a dated file in the data folder's backups folder)"),
    )
    restore = verbs.add_parser(
        "restore",
        help=tr("put a backup in place of the database's contents (a safety copy is made first)"),
    )
    restore.add_argument("file", help=tr("the backup file (.db, or .dump for PostgreSQL)"))
    restore.add_argument("--yes", action="store_true", help=tr("do not ask for confirmation"))
    verbs.add_parser(
        "check",
        help=tr(
            "check the database: integrity, foreign keys and the audit log (exit 1 on a problem)"
        ),
    )


def _add_disposal_verbs(verbs: Any) -> None:
    from ui.cli.disposals import METHODS

    items = tr("kode barang + register (e.g. 1.3.2.10.01.02.002.000007) or a scanned label line")
    propose = verbs.add_parser(
        "propose-disposal",
        help=tr("propose items for disposal (usulan penghapusan) and save the letter as a PDF"),
    )
    propose.add_argument("items", nargs="+", metavar="ITEM", help=items)
    propose.add_argument("--reason", required=True, help=tr('the reason, e.g. "Rusak berat"'))
    propose.add_argument("--out", required=True, type=_out_file, help=tr("the .pdf file to write"))
    dispose = verbs.add_parser(
        "dispose",
        help=tr(
            "record the disposal decree (SK) for proposed items: they leave the register on its "
            "date"
        ),
    )
    dispose.add_argument("items", nargs="+", metavar="ITEM", help=items)
    dispose.add_argument("--decree", required=True, metavar="NO", help=tr("the decree's number"))
    dispose.add_argument(
        "--date", required=True, type=_day, help=tr("the decree's date, YYYY-MM-DD")
    )
    dispose.add_argument(
        "--method",
        choices=METHODS,
        default="pemusnahan",
        help=tr("how the items are disposed of (default: pemusnahan)"),
    )


def _add_stocktake_verbs(verbs: Any) -> None:
    stocktake = verbs.add_parser(
        "stocktake",
        help=tr("the stock-take (inventarisasi): start one, count a room by scanning, report"),
    )
    steps = stocktake.add_subparsers(
        dest="stocktake_verb", metavar=tr("STEP"), title=tr("steps"), required=True
    )
    start = steps.add_parser("start", help=tr("start a stock-take and print its number alone"))
    start.add_argument("--name", required=True, help=tr('its name, e.g. "Inventarisasi BMD 2026"'))
    start.add_argument(
        "--rooms",
        metavar="CODE,CODE",
        help=tr(
            "only these rooms, by their codes (default: every room and the items outside rooms)"
        ),
    )
    start.add_argument(
        "--decree", metavar="NO", default="", help=tr("the number of the team's decree (SK)")
    )
    scan = steps.add_parser(
        "scan",
        help=tr("count a room: read what the scanner typed from standard input, a line a scan"),
        description=tr(
            "Each line is a scanned label (INV:KEY code+register name), a bare label key or a kode "
            "barang + register; empty lines are skipped. One line is printed per scan (the result "
            "and the item) and a summary at the end. A line that cannot be counted is reported "
            "with its number and the others are still counted; the exit code is then 1."
        ),
    )
    scan.add_argument("number", metavar="NUMBER", type=int, help=tr("the stock-take's number"))
    scan.add_argument(
        "--room",
        required=True,
        help=tr(
            'the room\'s code, e.g. R.01, or "-" for the items outside rooms (land, buildings, '
            "vehicles)"
        ),
    )
    report = steps.add_parser(
        "report",
        help=tr("save the results (the LHI lists and the recap) as an Excel workbook"),
    )
    report.add_argument("number", metavar="NUMBER", type=int, help=tr("the stock-take's number"))
    report.add_argument("--out", required=True, type=_out_file, help=tr("the .xlsx file to write"))
    report.add_argument(
        "--json",
        action="store_true",
        help=tr(
            "print the counts as JSON: expected, found, not_found (expected items not "
            "checked), misplaced and unknown"
        ),
    )


def _add_handover_verbs(verbs: Any) -> None:
    item_help = tr("a kode barang + register, or what the scanner typed from the item's label")
    handover = verbs.add_parser(
        "handover",
        help=tr("hand items over to an employee and save the BAST (Berita Acara Serah Terima)"),
    )
    handover.add_argument("items", nargs="+", metavar="ITEM", help=item_help)
    handover.add_argument("--to-name", required=True, help=tr("the employee's name"))
    handover.add_argument("--to-nip", required=True, help=tr("the employee's NIP, 18 digits"))
    handover.add_argument("--position", default="", help=tr("the employee's position (jabatan)"))
    handback = verbs.add_parser(
        "handback",
        help=tr("take items back from their holder and save the BAST of the return"),
    )
    handback.add_argument("items", nargs="+", metavar="ITEM", help=item_help)
    handback.add_argument(
        "--condition",
        required=True,
        choices=("B", "RR", "RB"),
        help=tr("the condition on return: B, RR or RB"),
    )
    for verb in (handover, handback):
        verb.add_argument("--out", required=True, type=_out_file, help=tr("the .pdf file to write"))
        verb.add_argument("--date", type=_day, help=tr("the date, YYYY-MM-DD (default: today)"))
        verb.add_argument(
            "--number", default="", help=tr("the BAST's number (default: the settings' pattern)")
        )
        verb.add_argument("--note", default="", help=tr("a note on the BAST"))


# --- times, days and the booking verbs -------------------------------------------------------


def _wib_moment(text: str) -> datetime:
    """A time such as "2026-12-01 09:30", read as WIB."""
    try:
        moment = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")  # noqa: DTZ007 - WIB below
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr('"{text}" is not a time such as "2026-12-01 09:30".').format(text=text)
        ) from None
    from inventaris.core.timeutil import WIB

    return moment.replace(tzinfo=WIB)


def _out_file(text: str) -> str:
    """An --out that can be written: named, not a folder, in a folder that exists."""
    path = Path(text.strip()) if text.strip() else None
    if path is None:
        raise argparse.ArgumentTypeError(tr("give the name of the file to write"))
    if path.is_dir():
        raise argparse.ArgumentTypeError(
            tr('"{path}" is a folder; give the name of the file to write in it').format(path=text)
        )
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(
            tr('the folder "{folder}" does not exist').format(folder=str(path.parent))
        )
    return str(path)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr('"{text}" is not a date such as 2026-12-01.').format(text=text)
        ) from None


def _add_booking_verbs(verbs: Any) -> None:
    book = verbs.add_parser("book", help=tr("book a meeting room (times in WIB)"))
    book.add_argument("--room", required=True, help=tr("the meeting room's name or code"))
    book.add_argument(
        "--start", required=True, type=_wib_moment, help=tr('the start, "YYYY-MM-DD HH:MM"')
    )
    book.add_argument(
        "--end", required=True, type=_wib_moment, help=tr('the end, "YYYY-MM-DD HH:MM"')
    )
    book.add_argument("--title", required=True, help=tr("the agenda of the meeting"))
    book.add_argument("--organizer", default="", help=tr("the organising unit"))

    listing = verbs.add_parser(
        "bookings", help=tr("print a day's bookings, one a line (time, room, title, status)")
    )
    listing.add_argument("--date", required=True, type=_day, help=tr("the day, YYYY-MM-DD"))

    agenda = verbs.add_parser(
        "agenda", help=tr("save a day's meeting-room agenda (Jadwal Ruang Rapat) as a PDF")
    )
    agenda.add_argument("--date", required=True, type=_day, help=tr("the day, YYYY-MM-DD"))
    agenda.add_argument("--out", required=True, type=_out_file, help=tr("the .pdf file to write"))

    export = verbs.add_parser(
        "export-bookings", help=tr("save the bookings of a period as an Excel workbook")
    )
    export.add_argument(
        "--from", dest="first_day", required=True, type=_day, help=tr("the first day, YYYY-MM-DD")
    )
    export.add_argument(
        "--to", dest="last_day", required=True, type=_day, help=tr("the last day, YYYY-MM-DD")
    )
    export.add_argument("--out", required=True, type=_out_file, help=tr("the .xlsx file to write"))

    ics = verbs.add_parser(
        "ics", help=tr("save a meeting room's bookings as a calendar file (.ics)")
    )
    ics.add_argument("--room", required=True, help=tr("the meeting room's name or code"))
    ics.add_argument(
        "--from", dest="first_day", required=True, type=_day, help=tr("the first day, YYYY-MM-DD")
    )
    ics.add_argument(
        "--to", dest="last_day", required=True, type=_day, help=tr("the last day, YYYY-MM-DD")
    )
    ics.add_argument("--out", required=True, type=_out_file, help=tr("the .ics file to write"))
