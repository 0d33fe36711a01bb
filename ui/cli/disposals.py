"""The disposal cycle on the command line: ``propose-disposal`` (the proposal and its letter as a
PDF) and ``dispose`` (the decree for items on proposals)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ui.cli.common import EXIT_ERROR, EXIT_OK, open_database, system_actor, tr

if TYPE_CHECKING:
    from inventaris.core.db import Database
    from inventaris.core.permissions import Actor

METHODS = ("pemusnahan", "penjualan", "hibah", "tukar_menukar", "penyertaan_modal", "lainnya")


def _asset_ids(db: Database, actor: Actor, items: list[str]) -> list[int] | None:
    """The assets the ITEMs name (code+register, a scanned label line or a label key); None,
    after saying which, when one names no asset."""
    from inventaris.labels import resolve_scan

    ids = []
    for item in items:
        asset_id = resolve_scan(db, actor, item)
        if asset_id is None:
            print(tr("No asset has the code or label {item}.").format(item=item), file=sys.stderr)
            return None
        ids.append(asset_id)
    return ids


def run_propose_disposal(args: argparse.Namespace) -> int:
    from pathlib import Path

    from inventaris.disposals.proposals import create_proposal
    from inventaris.office import get_office_settings
    from ui.printing import proposal_document, write_pdf

    db = open_database(args.db)
    actor = system_actor(db)
    ids = _asset_ids(db, actor, args.items)
    if ids is None:
        return EXIT_ERROR
    view = create_proposal(db, actor, ids, reason=args.reason)
    office = get_office_settings(db, actor, view.unit_id)
    write_pdf(proposal_document(view, office), Path(args.out))
    print(
        tr("{title}: {count} item(s) proposed for disposal; the letter is saved to {path}.").format(
            title=view.title, count=len(view.items), path=args.out
        )
    )
    return EXIT_OK


def run_dispose(args: argparse.Namespace) -> int:
    from inventaris.assets.editing import get_asset
    from inventaris.disposals.decrees import record_decree
    from inventaris.disposals.queries import get_proposal, waiting_proposals

    db = open_database(args.db)
    actor = system_actor(db)
    ids = _asset_ids(db, actor, args.items)
    if ids is None:
        return EXIT_ERROR
    waiting = waiting_proposals(db, actor, ids)
    # Every item is checked before anything is written: a decree for an item never proposed is
    # refused whole.
    for item, asset_id in zip(args.items, ids, strict=True):
        if asset_id not in waiting:
            shown = get_asset(db, actor, asset_id).code_register
            print(
                tr(
                    "{item} is not proposed for disposal: propose it first "
                    "(inventaris propose-disposal)."
                ).format(item=shown or item),
                file=sys.stderr,
            )
            return EXIT_ERROR
    by_proposal: dict[int, list[int]] = {}
    for asset_id in dict.fromkeys(ids):
        by_proposal.setdefault(waiting[asset_id], []).append(asset_id)
    for proposal_id, chosen in by_proposal.items():
        if not get_proposal(db, actor, proposal_id).inspected:
            view = get_proposal(db, actor, proposal_id)
            print(
                tr("Note: no inspection (berita acara) is recorded on {title}.").format(
                    title=view.title
                ),
                file=sys.stderr,
            )
        record_decree(db, actor, proposal_id, args.decree, args.date, args.method, chosen)
    print(
        tr("{count} item(s) disposed of by the decree {decree} of {date}.").format(
            count=len(set(ids)), decree=args.decree, date=args.date.strftime("%d-%m-%Y")
        )
    )
    return EXIT_OK
