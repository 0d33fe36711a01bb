"""Handing items over to an employee and taking them back: ``handover`` and ``handback``, each
saving its Berita Acara Serah Terima as a PDF. An ITEM is a kode barang + register or what a
scanner typed from the item's label; the BAST's number is printed alone, for scripts."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ui.cli.common import EXIT_ERROR, EXIT_OK, open_database, system_actor, tr

if TYPE_CHECKING:
    from inventaris.core.db import Database
    from inventaris.core.permissions import Actor
    from inventaris.handovers.types import HandoverView


def _asset_ids(db: Database, actor: Actor, items: list[str]) -> list[int] | None:
    from inventaris.labels import resolve_scan

    found = []
    for text in items:
        asset_id = resolve_scan(db, actor, text)
        if asset_id is None:
            print(tr('No asset has the code or label "{item}".').format(item=text), file=sys.stderr)
            return None
        found.append(asset_id)
    return found


def _print_bast(db: Database, actor: Actor, view: HandoverView, out: str) -> None:
    from pathlib import Path

    from inventaris.office import get_office_settings
    from ui.printing import handover_document, write_pdf

    office = get_office_settings(db, actor, view.unit_id)
    pages = write_pdf(handover_document(view, office), Path(out))
    print(view.number)
    print(
        tr("BAST {number} of {count} item(s) saved to {path} ({pages} page(s)).").format(
            number=view.number, count=len(view.items), path=out, pages=pages
        ),
        file=sys.stderr,
    )


def run_handover(args: argparse.Namespace) -> int:
    from inventaris.handovers.service import hand_over
    from inventaris.handovers.types import HandoverInput

    db = open_database(args.db)
    actor = system_actor(db)
    ids = _asset_ids(db, actor, args.items)
    if ids is None:
        return EXIT_ERROR
    data = HandoverInput(
        holder_name=args.to_name,
        holder_nip=args.to_nip,
        holder_position=args.position,
        occurred_on=args.date,
        note=args.note,
        number=args.number,
    )
    _print_bast(db, actor, hand_over(db, actor, ids, data), args.out)
    return EXIT_OK


def run_handback(args: argparse.Namespace) -> int:
    from inventaris.handovers.service import hand_back

    db = open_database(args.db)
    actor = system_actor(db)
    ids = _asset_ids(db, actor, args.items)
    if ids is None:
        return EXIT_ERROR
    view = hand_back(
        db,
        actor,
        ids,
        args.condition,
        occurred_on=args.date,
        note=args.note,
        number=args.number,
    )
    _print_bast(db, actor, view, args.out)
    return EXIT_OK
