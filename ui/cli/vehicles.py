"""The fleet's outputs: ``vehicle-report`` (a year's costs) and ``vehicle-history`` (a PDF)."""

from __future__ import annotations

import argparse

from ui.cli.common import EXIT_OK, open_database, system_actor, tr


def run_vehicle_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.core.formatting import format_rupiah, group_thousands
    from inventaris.vehicles.costs import vehicle_by_plate
    from inventaris.vehicles.workbooks import (
        export_fleet_year_xlsx,
        export_vehicle_year_xlsx,
    )

    db = open_database(args.db)
    actor = system_actor(db)
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

    from inventaris.vehicles.costs import vehicle_by_plate
    from inventaris.vehicles.history import vehicle_history
    from ui.printing import vehicle_history_document, write_pdf

    db = open_database(args.db)
    actor = system_actor(db)
    history = vehicle_history(db, actor, vehicle_by_plate(db, actor, args.plate))
    pages = write_pdf(vehicle_history_document(history), Path(args.out))
    print(
        tr("History of {vehicle} saved to {path}: {records} records on {pages} page(s).").format(
            vehicle=history.card.plate, path=args.out, records=len(history.entries), pages=pages
        )
    )
    return EXIT_OK
