"""``labels``: a PDF of asset labels with QR codes, drawn offscreen."""

from __future__ import annotations

import argparse
import sys

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


def run_labels(args: argparse.Namespace) -> int:
    from pathlib import Path

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

    db = open_database(args.db)
    actor = unit_actor(db, system_actor(db), args.unit)
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
        if not single_room(matches, args.room):
            return EXIT_ERROR
        room_id = matches[0].id
    ids = assets_for_labels(db, actor, room_id=room_id, unlabelled=not (args.all or args.room))
    if not ids:
        print(tr("No asset needs a label."), file=sys.stderr)
        return EXIT_ERROR
    labels = label_data(db, actor, ids)
    check_readable(template, [label.payload for label in labels])
    logo = get_office_settings(db, actor).logo_png
    show = progress(tr("Labels"))

    def keep_going(done: int, total: int) -> bool:
        show(done, total)
        return True  # the command line has no cancel button

    page_count = write_pdf(
        Path(args.out),
        template,
        labels,
        PrintOptions(start=args.start, cut_lines=args.cut_lines, logo_png=logo),
        progress=keep_going,
    )
    mark_labels_printed(db, actor, ids)
    print(
        tr("{count} labels on {pages} page(s) saved to {path}.").format(
            count=len(labels), pages=page_count, path=args.out
        )
    )
    return EXIT_OK
