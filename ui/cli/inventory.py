"""The inventory's outputs: ``kir`` (a room's card) and ``export-inventory`` (the year's book)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ui.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    open_database,
    progress,
    single_room,
    system_actor,
    tr,
    unit_actor,
)

if TYPE_CHECKING:
    from inventaris.core.db import Database
    from inventaris.core.permissions import Actor


def run_kir(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.inventory.kir import export_kir
    from inventaris.locations import list_rooms

    db = open_database(args.db)
    actor = unit_actor(db, system_actor(db), args.unit)
    wanted = args.room.strip().upper()
    rooms = [room for room in list_rooms(db, actor, include_inactive=True) if room.code == wanted]
    if not rooms:
        print(tr("There is no room with the code {code}.").format(code=wanted), file=sys.stderr)
        return EXIT_ERROR
    if not single_room(rooms, wanted):
        return EXIT_ERROR
    report = export_kir(db, actor, rooms[0].id, Path(args.out), layout=args.format)
    print(
        tr("Room card of {room} saved to {path}: {items} items on {rows} rows.").format(
            room=rooms[0].name, path=report.path, items=report.items, rows=report.rows
        )
    )
    return EXIT_OK


def run_export_inventory(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.core.formatting import group_thousands
    from inventaris.inventory.workbook import write_inventory_workbook
    from inventaris.office import list_units

    db = open_database(args.db)
    actor = system_actor(db)
    if args.regency:
        return _export_regency(args, db, actor)
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
        progress=progress(tr("Items")),
    )
    print(
        tr("Inventory workbook {year} saved to {path}: {items} items.").format(
            year=args.year, path=report.path, items=group_thousands(report.items)
        )
    )
    return EXIT_OK


def _export_regency(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    """``export-inventory --regency``: the Rekapitulasi per KIB with a row per unit, and each
    unit's own workbook in the folder beside it."""
    from pathlib import Path

    from inventaris.core.formatting import group_thousands
    from inventaris.inventory.regency import write_regency_recap

    report = write_regency_recap(
        db, actor, args.year, Path(args.out), as_of=args.as_of, progress=progress(tr("Items"))
    )
    print(
        tr(
            "Regency recap {year} saved to {path}: {units} units, {items} items; each unit's "
            "workbook in {folder}."
        ).format(
            year=args.year,
            path=report.path,
            units=len(report.recap.units),
            items=group_thousands(report.recap.items),
            folder=report.folder,
        )
    )
    return EXIT_OK


def run_units(args: argparse.Namespace) -> int:
    """``units``: one line per unit, ``KODE LOKASI<TAB>NAME<TAB>ITEMS`` (items not disposed of)."""
    from inventaris.units import list_units

    db = open_database(args.db)
    for unit in list_units(db, system_actor(db)):
        print(f"{unit.kode_lokasi}\t{unit.name}\t{unit.item_count}")
    return EXIT_OK
