"""``due``: what needs attention, one line per item, most urgent first: for a daily scheduled
reminder."""

from __future__ import annotations

import argparse

from ui.cli.common import EXIT_OK, open_database, system_actor, tr, unit_actor


def run_due(args: argparse.Namespace) -> int:
    """One line per item, exit 0 whatever it finds: ``WORD<TAB>DATE<TAB>SUBJECT<TAB>TEXT``.

    The same list as Beranda's: vehicles within ``--days``; residences by their own rule (SIPs
    within 90 days, vacant houses, occupants retiring within 90 days); incomplete settings."""
    from inventaris.areas import attention_items
    from inventaris.core.attention import Urgency
    from inventaris.core.errors import fill_template
    from inventaris.core.formatting import format_date
    from ui.i18n import engine_text

    db = open_database(args.db)
    actor = unit_actor(db, system_actor(db), args.unit)
    # Scripts read the first field: these words are the command line's own, not the screen's.
    words = {
        Urgency.OVERDUE: tr("OVERDUE"),
        Urgency.WITHIN_7: tr("within 7 days"),
        Urgency.WITHIN_14: tr("within 14 days"),
        Urgency.WITHIN_30: tr("within 30 days"),
        Urgency.WITHIN_90: tr("within 90 days"),
        Urgency.NOTICE: tr("note"),
        Urgency.OK: tr("later"),
    }
    for item in attention_items(db, actor, within_days=args.days):
        params = {key: engine_text(value) for key, value in item.params}
        text = fill_template(engine_text(item.summary or item.message), params)
        when = format_date(item.due_on) if item.due_on else "-"
        print(f"{words[item.urgency]}\t{when}\t{item.subject}\t{text}")
    return EXIT_OK
