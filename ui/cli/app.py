"""The command line: no verb opens the window; a verb works headless and never needs a display.

Messages are translated like the window's (Indonesian by default, ``--lang en`` for English).
``main`` sets up Qt and the language, reads the arguments and hands the verb to its area's module.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from ui.cli import (
    assets,
    attention,
    backups,
    bookings,
    disposals,
    handovers,
    importing,
    inventory,
    labels,
    setup,
    stocktake,
    vehicles,
)
from ui.cli.common import EXIT_ERROR, EXIT_OK
from ui.cli.parser import build_parser

PAINTING_VERBS = frozenset(
    {"labels", "vehicle-history", "agenda", "propose-disposal", "handover", "handback"}
)

VERBS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": setup.run_demo,
    "upgrade": setup.run_upgrade,
    "info": setup.run_info,
    "set-db": setup.run_set_db,
    "units": inventory.run_units,
    "create-user": setup.run_create_user,
    "find": assets.run_find,
    "import-codes": assets.run_import_codes,
    "import": importing.run_import,
    "kir": inventory.run_kir,
    "export-inventory": inventory.run_export_inventory,
    "labels": labels.run_labels,
    "due": attention.run_due,
    "vehicle-report": vehicles.run_vehicle_report,
    "vehicle-history": vehicles.run_vehicle_history,
    "book": bookings.run_book,
    "bookings": bookings.run_bookings,
    "agenda": bookings.run_agenda,
    "export-bookings": bookings.run_export_bookings,
    "ics": bookings.run_ics,
    "stocktake": stocktake.run_stocktake,
    "handover": handovers.run_handover,
    "handback": handovers.run_handback,
    "propose-disposal": disposals.run_propose_disposal,
    "dispose": disposals.run_dispose,
    "backup": backups.run_backup,
    "restore": backups.run_restore,
    "check": backups.run_check,
}


def _language(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("INVENTARIS_LANG")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["screenshots"]:
        # The developers' picture command, kept out of --help: in the bundle it is the way to
        # draw every page of the real window offscreen (tests/smoke/bundle.py).
        from ui.screenshots import main as screenshots

        return screenshots(arguments[1:])
    language = _language(arguments)
    verb_given = any(not arg.startswith("-") for arg in _without_option_values(arguments))
    if not verb_given and not {"-h", "--help", "--version"} & set(arguments):
        from ui.app import run_gui

        return run_gui(_option_value(arguments, "--db"), language)

    verb = next((arg for arg in _without_option_values(arguments) if not arg.startswith("-")), "")
    app = QCoreApplication.instance()
    if app is None and verb in PAINTING_VERBS:
        # Painting needs a GUI application, but never a display: draw offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication([sys.argv[0]])
        from ui.fonts import register_fonts

        register_fonts()
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
