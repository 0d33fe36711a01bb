"""The command line: no verb opens the window; a verb works headless and never needs a display.

Messages are translated like the window's (Indonesian by default, ``--lang en`` for English).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

EXIT_OK = 0
EXIT_ERROR = 1
PAINTING_VERBS = frozenset({"labels", "vehicle-history", "agenda"})


def tr(text: str) -> str:
    # lupdate files the strings of a free tr() function under the empty context.
    return QCoreApplication.translate("", text)


def _language(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("INVENTARIS_LANG")


def build_parser() -> argparse.ArgumentParser:
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
    demo.add_argument("--assets", type=int, default=2000, help=tr("number of assets (≤ 100000)"))
    demo.add_argument("--seed", type=int, default=1, help=tr("the same seed gives the same data"))

    verbs.add_parser(
        "upgrade", help=tr("bring the database to this version's schema (with backup)")
    )
    verbs.add_parser("info", help=tr("show the database, its schema version and its contents"))
    verbs.add_parser("set-db", help=tr("check the --db database and make it this PC's default"))

    find = verbs.add_parser(
        "find", help=tr("print the assets matching TEXT, one a line (code+register, name, room)")
    )
    find.add_argument("text", nargs="+", help=tr("words to search for, or a scanned code"))
    find.add_argument(
        "--all", action="store_true", help=tr("include disposed assets"), dest="include_disposed"
    )

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

    kir = verbs.add_parser("kir", help=tr("save a room's card (KIR) as an Excel workbook"))
    kir.add_argument("--room", required=True, help=tr("the room's code, e.g. R.01"))
    kir.add_argument("--out", required=True, help=tr("the .xlsx file to write"))

    labels = verbs.add_parser("labels", help=tr("save asset labels with QR codes as a PDF"))
    labels.add_argument("--out", required=True, help=tr("the .pdf file to write"))
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

    due = verbs.add_parser(
        "due", help=tr("print what is due or overdue (vehicles and residences), most urgent first")
    )
    due.add_argument("--days", type=int, default=30, help=tr("look this many days ahead"))

    costs = verbs.add_parser(
        "vehicle-report",
        help=tr("save a year's vehicle costs as an Excel workbook: the fleet, or one vehicle"),
    )
    costs.add_argument("--year", type=int, required=True, help=tr("the year, e.g. 2026"))
    costs.add_argument("--out", required=True, help=tr("the .xlsx file to write"))
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
    inventory.add_argument("--out", required=True, help=tr("the .xlsx file to write"))
    inventory.add_argument(
        "--as-of",
        type=_day,
        help=tr("the position date within the year, YYYY-MM-DD (default: 31 December)"),
    )
    inventory.add_argument(
        "--unit", help=tr("the unit's kode lokasi (default: the first unit of the database)")
    )

    history = verbs.add_parser(
        "vehicle-history",
        help=tr("save a vehicle's history (services, fuel, documents, plans) as a PDF"),
    )
    history.add_argument("--plate", required=True, help=tr('the plate, e.g. "BK 1234 AB"'))
    history.add_argument("--out", required=True, help=tr("the .pdf file to write"))
    _add_booking_verbs(verbs)

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


def _open(url: str | None):  # type: ignore[no-untyped-def]
    from inventaris.core.db import Database
    from inventaris.core.paths import resolve_database_url
    from inventaris.core.schema import prepare_database

    db = Database(resolve_database_url(url))
    report = prepare_database(db)
    if report.backup is not None:
        print(tr("Backup before upgrading: {path}").format(path=report.backup), file=sys.stderr)
    return db


def _progress(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        print(f"\r{label} {percent:3d}% ({done}/{total})", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return show


def run_demo(args: argparse.Namespace) -> int:
    from inventaris.demo.office import DEMO_PASSWORD, DEMO_USERS, load_demo_data

    db = _open(args.db)
    report = load_demo_data(
        db, assets=args.assets, seed=args.seed, progress=_progress(tr("Assets"))
    )
    print(
        tr(
            "Demo office ready in {url}: {assets} assets, {rooms} rooms, {vehicles} vehicles, "
            "{residences} residences."
        ).format(
            url=db.shown_url,
            assets=report.assets,
            rooms=report.rooms,
            vehicles=report.vehicles,
            residences=report.residences,
        )
    )
    print(tr("Demo accounts (password {password}):").format(password=DEMO_PASSWORD))
    for username, full_name, role in DEMO_USERS:
        print(f"  {username:<12} {role.value:<22} {full_name}")
    return EXIT_OK


def run_upgrade(args: argparse.Namespace) -> int:
    from inventaris.core.schema import HEAD_REVISION

    db = _open(args.db)
    print(tr("{url} is at schema {revision}.").format(url=db.shown_url, revision=HEAD_REVISION))
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from inventaris.core.paths import data_dir
    from inventaris.core.schema import HEAD_REVISION
    from inventaris.model import Asset, Room, User

    db = _open(args.db)
    with db.read() as session:
        assets = session.scalar(select(func.count(Asset.id)))
        rooms = session.scalar(select(func.count(Room.id)))
        users = session.scalar(select(func.count(User.id)))
    print(tr("Database: {url}").format(url=db.shown_url))
    print(tr("Schema: {revision}").format(revision=HEAD_REVISION))
    print(tr("Data folder: {path}").format(path=data_dir()))
    print(
        tr("Assets: {assets}, rooms: {rooms}, users: {users}").format(
            assets=assets, rooms=rooms, users=users
        )
    )
    return EXIT_OK


def run_set_db(args: argparse.Namespace) -> int:
    from inventaris.core.paths import save_local_config

    if not args.db:
        print(tr("Specify the database with --db URL."), file=sys.stderr)
        return EXIT_ERROR
    db = _open(args.db)
    save_local_config({"database_url": args.db})
    print(tr("This PC now opens {url}.").format(url=db.shown_url))
    return EXIT_OK


def run_create_user(args: argparse.Namespace) -> int:
    from inventaris.accounts import UserInput, create_first_admin, create_user, needs_first_admin
    from inventaris.core.permissions import SYSTEM_ACTOR, Role

    db = _open(args.db)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(tr("Password: "))
        if getpass.getpass(tr("Repeat password: ")) != password:
            print(tr("The two passwords are not the same."), file=sys.stderr)
            return EXIT_ERROR
    role = Role(args.role)
    if role is Role.ADMIN and needs_first_admin(db):
        create_first_admin(db, args.username, args.name, password)
    else:
        # The command line runs with the rights of whoever may open the database file or
        # server; it acts as the system, like the installer would.
        create_user(db, SYSTEM_ACTOR, UserInput(args.username, args.name, role, args.nip), password)
    print(tr("User {username} created.").format(username=args.username.strip().lower()))
    return EXIT_OK


def run_find(args: argparse.Namespace) -> int:
    from inventaris.assets.register import RegisterFilter, RegisterQuery, all_register_rows
    from inventaris.core.permissions import SYSTEM_ACTOR

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    wanted = RegisterFilter(text=" ".join(args.text))
    if args.include_disposed:
        wanted = RegisterFilter(text=wanted.text, statuses=frozenset())
    rows = all_register_rows(db, actor, RegisterQuery(filter=wanted))
    for row in rows:
        print(f"{row.code_register}\t{row.name}\t{row.room_name}")
    if not rows:
        print(tr("No asset matches {text}.").format(text=wanted.text), file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def run_import_codes(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.catalog import import_code_table
    from inventaris.core.errors import ValidationError
    from inventaris.core.permissions import SYSTEM_ACTOR
    from ui.i18n import engine_text

    db = _open(args.db)
    try:
        report = import_code_table(db, _system_actor(db, SYSTEM_ACTOR), Path(args.file))
    except ValidationError as error:
        for problem in error.params.get("problems", []):
            reason = engine_text(problem.problem).format(
                value=problem.value, first_row=problem.first_row
            )
            print(
                tr("row {row}, column {column}: {reason}").format(
                    row=problem.row, column=problem.column, reason=reason
                ),
                file=sys.stderr,
            )
        raise
    print(
        tr("Codes added: {added}, renamed: {renamed}, unchanged: {unchanged}.").format(
            added=report.added, renamed=report.renamed, unchanged=report.unchanged
        )
    )
    return EXIT_OK


def run_export_inventory(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.core.formatting import group_thousands
    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.inventory.workbook import write_inventory_workbook
    from inventaris.office import list_units

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    unit_id = None
    if args.unit:
        wanted = args.unit.strip()
        units = [unit for unit in list_units(db, actor) if unit.kode_lokasi == wanted]
        if not units:
            print(
                tr("There is no unit with the kode lokasi {code}.").format(code=wanted),
                file=sys.stderr,
            )
            return EXIT_ERROR
        unit_id = units[0].id
    report = write_inventory_workbook(
        db,
        actor,
        args.year,
        Path(args.out),
        as_of=args.as_of,
        unit_id=unit_id,
        progress=_progress(tr("Items")),
    )
    print(
        tr("Inventory workbook {year} saved to {path}: {items} items.").format(
            year=args.year, path=report.path, items=group_thousands(report.items)
        )
    )
    return EXIT_OK


def run_kir(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.inventory.kir import export_kir
    from inventaris.locations import list_rooms

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    wanted = args.room.strip().upper()
    rooms = [room for room in list_rooms(db, actor, include_inactive=True) if room.code == wanted]
    if not rooms:
        print(tr("There is no room with the code {code}.").format(code=wanted), file=sys.stderr)
        return EXIT_ERROR
    report = export_kir(db, actor, rooms[0].id, Path(args.out))
    print(
        tr("Room card of {room} saved to {path}: {items} items on {rows} rows.").format(
            room=rooms[0].name, path=report.path, items=report.items, rows=report.rows
        )
    )
    return EXIT_OK


def run_labels(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.labels import (
        assets_for_labels,
        check_readable,
        get_template,
        label_data,
        mark_labels_printed,
    )
    from inventaris.locations import list_rooms
    from inventaris.office import get_office_settings
    from ui.labels.painter import PrintOptions, write_pdf

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    template = get_template(db, args.template)
    room_id = None
    if args.room:
        wanted = args.room.strip().lower()
        matches = [
            room
            for room in list_rooms(db, actor, include_inactive=True, with_counts=False)
            if wanted in (room.code.lower(), room.name.lower())
        ]
        if not matches:
            print(tr("There is no room called {room}.").format(room=args.room), file=sys.stderr)
            return EXIT_ERROR
        room_id = matches[0].id
    ids = assets_for_labels(db, actor, room_id=room_id, unlabelled=not (args.all or args.room))
    if not ids:
        print(tr("No asset needs a label."), file=sys.stderr)
        return EXIT_ERROR
    labels = label_data(db, actor, ids)
    check_readable(template, [label.payload for label in labels])
    logo = get_office_settings(db, actor).logo_png
    page_count = write_pdf(
        Path(args.out),
        template,
        labels,
        PrintOptions(start=args.start, cut_lines=args.cut_lines, logo_png=logo),
        progress=_progress(tr("Labels")),
    )
    mark_labels_printed(db, actor, ids)
    print(
        tr("{count} labels on {pages} page(s) saved to {path}.").format(
            count=len(labels), pages=page_count, path=args.out
        )
    )
    return EXIT_OK


def run_due(args: argparse.Namespace) -> int:
    """For a daily scheduled reminder: one line per item, exit 0 whatever it finds.

    Vehicles within ``--days``; residences by their own rule (SIPs within 90 days, vacant
    houses, occupants retiring within 90 days), most urgent first across both."""
    from inventaris.core.errors import fill_template
    from inventaris.core.formatting import format_date, group_thousands
    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.dashboard import Urgency
    from inventaris.residences.views import residence_attention
    from inventaris.vehicles.due import DueState
    from inventaris.vehicles.due_list import due_items, what_text
    from ui.i18n import engine_text

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    words = {
        DueState.OVERDUE: tr("OVERDUE"),
        DueState.WITHIN_7: tr("within 7 days"),
        DueState.WITHIN_14: tr("within 14 days"),
        DueState.WITHIN_30: tr("within 30 days"),
        DueState.OK: tr("later"),
    }
    # (rank, date, line): ranks shared by both kinds of item, so they sort together.
    lines: list[tuple[int, str, str]] = []
    for item in due_items(db, actor, within_days=args.days):
        km = f" ({group_thousands(item.due_km)} km)" if item.due_km else ""
        rank = {DueState.OVERDUE: 0, DueState.WITHIN_7: 1}.get(item.state, 2)
        line = (
            f"{words[item.state]}\t{format_date(item.due_on)}\t{item.vehicle}\t"
            f"{engine_text(what_text(item))}{km}"
        )
        lines.append((rank, item.due_on.isoformat(), line))
    urgency_words = {
        Urgency.OVERDUE: words[DueState.OVERDUE],
        Urgency.WITHIN_7_DAYS: words[DueState.WITHIN_7],
        Urgency.WITHIN_30_DAYS: words[DueState.WITHIN_30],
        Urgency.NOTICE: tr("note"),
    }
    for notice in residence_attention(db, actor):
        params = {key: engine_text(value) for key, value in notice.params}
        text = fill_template(engine_text(notice.message), params)
        house = dict(notice.params).get("house", "")
        when = format_date(notice.due_on) if notice.due_on else "-"
        line = f"{urgency_words[notice.urgency]}\t{when}\t{house}\t{text}"
        due = notice.due_on.isoformat() if notice.due_on else "9999"
        lines.append((int(notice.urgency), due, line))
    for _rank, _due, line in sorted(lines, key=lambda entry: (entry[0], entry[1])):
        print(line)
    return EXIT_OK


def run_vehicle_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.core.formatting import format_rupiah, group_thousands
    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.vehicles.costs import vehicle_by_plate
    from inventaris.vehicles.workbooks import (
        export_fleet_year_xlsx,
        export_vehicle_year_xlsx,
    )

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    if args.plate:
        asset_id = vehicle_by_plate(db, actor, args.plate)
        report = export_vehicle_year_xlsx(db, actor, asset_id, args.year, Path(args.out))
        print(
            tr("Costs of {vehicle} in {year} saved to {path}: {km} km, {cost}.").format(
                vehicle=report.vehicle.plate,
                year=args.year,
                path=args.out,
                km=group_thousands(report.total.km),
                cost=format_rupiah(report.total.total_cost),
            )
        )
        return EXIT_OK
    fleet = export_fleet_year_xlsx(db, actor, args.year, Path(args.out))
    print(
        tr("Fleet costs in {year} saved to {path}: {vehicles} vehicles, {km} km, {cost}.").format(
            year=args.year,
            path=args.out,
            vehicles=len(fleet.vehicles),
            km=group_thousands(fleet.total.km),
            cost=format_rupiah(fleet.total.total_cost),
        )
    )
    return EXIT_OK


def run_vehicle_history(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.vehicles.costs import vehicle_by_plate
    from inventaris.vehicles.history import vehicle_history
    from ui.printing import vehicle_history_document, write_pdf

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    history = vehicle_history(db, actor, vehicle_by_plate(db, actor, args.plate))
    pages = write_pdf(vehicle_history_document(history), Path(args.out))
    print(
        tr("History of {vehicle} saved to {path}: {records} records on {pages} page(s).").format(
            vehicle=history.card.plate, path=args.out, records=len(history.entries), pages=pages
        )
    )
    return EXIT_OK


# --- bookings (issue 6) ---------------------------------------------------------------------------


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
    agenda.add_argument("--out", required=True, help=tr("the .pdf file to write"))

    export = verbs.add_parser(
        "export-bookings", help=tr("save the bookings of a period as an Excel workbook")
    )
    export.add_argument(
        "--from", dest="first_day", required=True, type=_day, help=tr("the first day, YYYY-MM-DD")
    )
    export.add_argument(
        "--to", dest="last_day", required=True, type=_day, help=tr("the last day, YYYY-MM-DD")
    )
    export.add_argument("--out", required=True, help=tr("the .xlsx file to write"))

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
    ics.add_argument("--out", required=True, help=tr("the .ics file to write"))


def _room_named(db, actor, name: str):  # type: ignore[no-untyped-def]
    """The room whose name or code is ``name`` (any case); a meeting room first."""
    from inventaris.locations import RoomKind, list_rooms

    wanted = name.strip().lower()
    matches = [
        room
        for room in list_rooms(db, actor, with_counts=False)
        if wanted in (room.code.lower(), room.name.lower())
    ]
    matches.sort(key=lambda room: room.kind is not RoomKind.MEETING)
    if not matches:
        print(tr("There is no room called {room}.").format(room=name), file=sys.stderr)
        return None
    return matches[0]


def _booking_line(booking, day: date | None = None) -> str:  # type: ignore[no-untyped-def]
    """time, resource, title, organiser, status: tab-separated, the status in words."""
    from inventaris.bookings.outputs import time_range
    from inventaris.bookings.service import STATUS_LABELS
    from inventaris.core.formatting import format_date
    from ui.i18n import engine_text

    when = time_range(booking.starts_at, booking.ends_at, day)
    if day is None:
        when = f"{format_date(booking.starts_at)} {when}"
    status = engine_text(STATUS_LABELS[booking.status])
    return "\t".join(
        (when, booking.resource_name, booking.title, booking.organizer_unit or "-", status)
    )


def run_book(args: argparse.Namespace) -> int:
    from inventaris.bookings.service import ROOM, BookingInput, Resource, book
    from inventaris.core.permissions import SYSTEM_ACTOR

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    room = _room_named(db, actor, args.room)
    if room is None:
        return EXIT_ERROR
    data = BookingInput(
        Resource(ROOM, room.id), args.start, args.end, args.title, organizer_unit=args.organizer
    )
    booking = book(db, actor, data)  # a ConflictError names the booking in the way
    print(tr("Booking {id} saved:").format(id=booking.id), _booking_line(booking))
    return EXIT_OK


def run_bookings(args: argparse.Namespace) -> int:
    from inventaris.bookings.service import bookings_between
    from inventaris.core.formatting import format_date
    from inventaris.core.permissions import SYSTEM_ACTOR

    db = _open(args.db)
    found = bookings_between(db, _system_actor(db, SYSTEM_ACTOR), args.date, args.date)
    for booking in found:
        print(_booking_line(booking, args.date))
    if not found:
        print(tr("No bookings on {date}.").format(date=format_date(args.date)), file=sys.stderr)
    return EXIT_OK


def run_agenda(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.bookings.outputs import daily_agenda
    from inventaris.core.permissions import SYSTEM_ACTOR
    from ui.printing import agenda_document, write_pdf

    db = _open(args.db)
    agenda = daily_agenda(db, _system_actor(db, SYSTEM_ACTOR), args.date)
    pages = write_pdf(agenda_document(agenda), Path(args.out))
    print(
        tr("Agenda of {date} saved to {path}: {bookings} bookings on {pages} page(s).").format(
            date=agenda.day_text, path=args.out, bookings=agenda.booking_count, pages=pages
        )
    )
    return EXIT_OK


def run_export_bookings(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.bookings.outputs import export_bookings_xlsx
    from inventaris.core.formatting import format_date
    from inventaris.core.permissions import SYSTEM_ACTOR

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    report = export_bookings_xlsx(db, actor, args.first_day, args.last_day, Path(args.out))
    print(
        tr("Bookings from {first} to {last} saved to {path}: {rows} rows.").format(
            first=format_date(args.first_day),
            last=format_date(args.last_day),
            path=report.path,
            rows=report.rows,
        )
    )
    return EXIT_OK


def run_ics(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.bookings.ics import room_calendar_ics, save_ics
    from inventaris.core.permissions import SYSTEM_ACTOR

    db = _open(args.db)
    actor = _system_actor(db, SYSTEM_ACTOR)
    room = _room_named(db, actor, args.room)
    if room is None:
        return EXIT_ERROR
    text = room_calendar_ics(db, actor, room.id, args.first_day, args.last_day)
    save_ics(text, Path(args.out))
    print(
        tr("Calendar of {room} saved to {path}: {events} bookings.").format(
            room=room.name, path=args.out, events=text.count("BEGIN:VEVENT")
        )
    )
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from ui.cli_import import import_file

    return import_file(_open(args.db), args, _system_actor, _progress)


def _system_actor(db, actor):  # type: ignore[no-untyped-def]
    """The command line acts for the whole database: every unit in it."""
    from dataclasses import replace

    from sqlalchemy import select

    from inventaris.model import Unit

    with db.read() as session:
        return replace(actor, unit_ids=frozenset(session.scalars(select(Unit.id))))


VERBS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": run_demo,
    "upgrade": run_upgrade,
    "info": run_info,
    "set-db": run_set_db,
    "create-user": run_create_user,
    "find": run_find,
    "import-codes": run_import_codes,
    "import": run_import,
    "kir": run_kir,
    "export-inventory": run_export_inventory,
    "labels": run_labels,
    "due": run_due,
    "vehicle-report": run_vehicle_report,
    "vehicle-history": run_vehicle_history,
    "book": run_book,
    "bookings": run_bookings,
    "agenda": run_agenda,
    "export-bookings": run_export_bookings,
    "ics": run_ics,
}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = _language(arguments)
    verb_given = any(not arg.startswith("-") for arg in _without_option_values(arguments))
    if not verb_given and not {"-h", "--help", "--version"} & set(arguments):
        from inventaris.core.paths import resolve_database_url
        from ui.app import run_gui

        db_url = _option_value(arguments, "--db")
        return run_gui(resolve_database_url(db_url), language)

    verb = next((arg for arg in _without_option_values(arguments) if not arg.startswith("-")), "")
    app = QCoreApplication.instance()
    if app is None and verb in PAINTING_VERBS:
        # Painting needs a GUI application, but never a display: draw offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication([sys.argv[0]])
    elif app is None:
        app = QCoreApplication([sys.argv[0]])
    from ui.errors import setup_logging
    from ui.i18n import install_translator

    install_translator(app, language or "id")
    setup_logging()
    args = build_parser().parse_args(arguments)
    if args.version:
        from inventaris import __version__

        print(f"Inventaris {__version__}")
        return EXIT_OK
    return run_verb(args)


def run_verb(args: argparse.Namespace) -> int:
    from inventaris.core.errors import DomainError
    from ui.errors import message_for

    try:
        return VERBS[args.verb](args)
    except DomainError as error:
        print(message_for(error), file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # logged with its traceback; the user gets a sentence
        print(message_for(error), file=sys.stderr)
        return EXIT_ERROR


def _option_value(arguments: list[str], name: str) -> str | None:
    for index, arg in enumerate(arguments):
        if arg == name and index + 1 < len(arguments):
            return arguments[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def _without_option_values(arguments: list[str]) -> list[str]:
    """The arguments less the values of --db and --lang, so a URL is not taken for a verb."""
    result = []
    skip = False
    for arg in arguments:
        if skip:
            skip = False
            continue
        if arg in ("--db", "--lang"):
            skip = True
            continue
        result.append(arg)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
