"""The stock-take (inventarisasi): ``stocktake start``, ``stocktake scan`` and ``stocktake report``.

``scan`` reads what a scanner types, one line a scan, from standard input: a room can be counted
with a scanner on any PC that has the command line, or from a file the scanner saved.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ui.cli.common import EXIT_ERROR, EXIT_OK, open_database, system_actor, tr

if TYPE_CHECKING:
    from inventaris.core.db import Database
    from inventaris.core.permissions import Actor
    from inventaris.stocktake.types import ScanOutcome, StocktakeView

OUTSIDE_ROOMS_ARGUMENT = "-"  # ``--room -``: the items that sit in no room


def run_stocktake(args: argparse.Namespace) -> int:
    steps = {"start": _run_start, "scan": _run_scan, "report": _run_report}
    return steps[args.stocktake_verb](args)


def _rooms_by_code(db: Database, actor: Actor, unit_id: int) -> dict[str, int]:
    from inventaris.locations import list_rooms

    rooms = list_rooms(db, actor, include_inactive=True, with_counts=False)
    return {room.code.strip().upper(): room.id for room in rooms if room.unit_id == unit_id}


def _no_room(code: str) -> int:
    print(tr("There is no room with the code {code}.").format(code=code), file=sys.stderr)
    return EXIT_ERROR


def _run_start(args: argparse.Namespace) -> int:
    from inventaris.locations import default_unit
    from inventaris.stocktake.sessions import start_stocktake
    from inventaris.stocktake.types import StocktakeInput

    db = open_database(args.db)
    actor = system_actor(db)
    unit_id = default_unit(actor)
    room_ids = []
    if args.rooms:
        rooms = _rooms_by_code(db, actor, unit_id)
        for code in (part.strip().upper() for part in args.rooms.split(",")):
            if not code:
                continue
            if code not in rooms:
                return _no_room(code)
            room_ids.append(rooms[code])
    data = StocktakeInput(
        name=args.name, decree_number=args.decree, room_ids=tuple(room_ids), unit_id=unit_id
    )
    print(start_stocktake(db, actor, data).id)
    return EXIT_OK


def _place(db: Database, actor: Actor, stocktake: StocktakeView, room: str) -> int | None:
    """The place ``--room`` names, refused (with a sentence) unless the stock-take counts it."""
    from inventaris.core.errors import ValidationError
    from inventaris.stocktake.ledger import MSG_CLOSED, MSG_PLACE
    from inventaris.stocktake.types import OUTSIDE_ROOMS, PLACE_OUTSIDE_ROOMS

    if not stocktake.is_open:
        raise ValidationError(MSG_CLOSED, field="stocktake", name=stocktake.name)
    code = room.strip().upper()
    if code == OUTSIDE_ROOMS_ARGUMENT:
        place, label = OUTSIDE_ROOMS, PLACE_OUTSIDE_ROOMS
    else:
        rooms = _rooms_by_code(db, actor, stocktake.unit_id)
        if code not in rooms:
            _no_room(code)
            return None
        place, label = rooms[code], code
    if stocktake.room_ids and place not in stocktake.room_ids:
        raise ValidationError(MSG_PLACE, field="room", place=label, name=stocktake.name)
    return place


def _outcome_line(outcome: ScanOutcome) -> str:
    """result, code+register, name (and where it belongs): tab-separated, the result in words."""
    from inventaris.core.formatting import format_date
    from inventaris.stocktake.types import SCAN_RESULT_LABELS, ScanResult
    from ui.i18n import engine_text

    word = engine_text(SCAN_RESULT_LABELS[outcome.result])
    if outcome.asset_id is None:  # a code no item carries (scanned again: a duplicate)
        return f"{word}\t{outcome.scanned}"
    parts = [word, outcome.code_register, outcome.name]
    if outcome.result is ScanResult.MISPLACED:
        room = engine_text(outcome.expected_place_name)
        parts.append(tr("registered in {room}").format(room=room))
    elif outcome.result is ScanResult.CONFLICT:
        room = engine_text(outcome.other_place_name)
        parts.append(tr("also scanned in {room}").format(room=room))
    elif outcome.result is ScanResult.DISPOSED and outcome.disposed_on is not None:
        parts.append(tr("disposed of on {date}").format(date=format_date(outcome.disposed_on)))
    return "\t".join(parts)


def _run_scan(args: argparse.Namespace) -> int:
    from inventaris.core.errors import DomainError
    from inventaris.stocktake.counting import scan
    from inventaris.stocktake.sessions import get_stocktake
    from inventaris.stocktake.types import SCAN_RESULT_LABELS, ScanResult
    from ui.errors import message_for
    from ui.i18n import engine_text

    db = open_database(args.db)
    actor = system_actor(db)
    stocktake = get_stocktake(db, actor, args.number)
    place = _place(db, actor, stocktake, args.room)
    if place is None:
        return EXIT_ERROR
    results = dict.fromkeys(ScanResult, 0)
    lines = failed = 0
    for number, line in enumerate(sys.stdin, start=1):
        text = line.rstrip("\r\n")
        if not text:  # a scanner's extra line end
            continue
        lines += 1
        try:
            outcome = scan(db, actor, stocktake.id, place, text)
        except DomainError as error:  # this line only: the next ones are still counted
            failed += 1
            message = tr("Line {line}: {message}").format(line=number, message=message_for(error))
            print(message, file=sys.stderr, flush=True)
            continue
        results[outcome.result] += 1
        print(_outcome_line(outcome), flush=True)
    counts = ", ".join(
        f"{engine_text(SCAN_RESULT_LABELS[result])} {count}"
        for result, count in results.items()
        if count
    )
    print(
        tr("{lines} lines read: {counts}; {failed} failed.").format(
            lines=lines, counts=counts or "-", failed=failed
        )
    )
    return EXIT_ERROR if failed else EXIT_OK


def _run_report(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    # The workbook pulls in openpyxl and the report kit: only when a report is asked for.
    from inventaris.stocktake.workbook import write_stocktake_workbook

    db = open_database(args.db)
    actor = system_actor(db)
    results = write_stocktake_workbook(db, actor, args.number, Path(args.out))
    counts = results.counts
    sentence = tr(
        "Results of {name} saved to {path}: {expected} items expected, {found} found, "
        "{not_found} not found, {misplaced} in the wrong room, {unknown} not in the register."
    ).format(
        name=results.stocktake.name,
        path=args.out,
        expected=counts.expected,
        found=counts.found,
        not_found=counts.not_found,
        misplaced=counts.misplaced,
        unknown=counts.unknown,
    )
    if not args.json:
        print(sentence)
        return EXIT_OK
    # Standard output holds the JSON alone, for scripts; the sentence goes to the person.
    print(sentence, file=sys.stderr)
    print(
        json.dumps(
            {
                "expected": counts.expected,
                "found": counts.found,
                "not_found": counts.not_found,
                "misplaced": counts.misplaced,
                "unknown": counts.unknown,
            },
            separators=(", ", ":"),  # as the issue writes it: {"expected":…, "found":…}
        )
    )
    return EXIT_OK
