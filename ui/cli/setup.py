"""The database itself: ``demo``, ``upgrade``, ``info``, ``set-db`` and ``create-user``."""

from __future__ import annotations

import argparse
import getpass
import sys

from ui.cli.common import EXIT_ERROR, EXIT_OK, open_database, progress, tr


def run_demo(args: argparse.Namespace) -> int:
    from inventaris.demo.office import DEMO_PASSWORD, DEMO_USERS, load_demo_data

    db = open_database(args.db)
    report = load_demo_data(
        db,
        assets=args.assets,
        seed=args.seed,
        units=args.units,
        progress=progress(tr("Assets")),
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
    if report.units > 1:
        from inventaris.demo.office import BPKAD_USER
        from inventaris.demo.regency import DEMO_UNITS

        username, full_name, role = BPKAD_USER
        print(f"  {username:<12} {role.value:<22} {full_name}")
        print(
            tr(
                "  and the Pengurus Barang of each of the {units} units: pb.<unit>, e.g. "
                "{example} (the verb units lists them)"
            ).format(units=report.units, example=f"pb.{DEMO_UNITS[1].short}")
        )
    return EXIT_OK


def run_upgrade(args: argparse.Namespace) -> int:
    from inventaris.core.schema import HEAD_REVISION

    db = open_database(args.db)
    print(tr("{url} is at schema {revision}.").format(url=db.shown_url, revision=HEAD_REVISION))
    return EXIT_OK


def run_info(args: argparse.Namespace) -> int:
    from inventaris.core.paths import data_dir
    from inventaris.core.permissions import SYSTEM_ACTOR
    from inventaris.core.schema import HEAD_REVISION
    from inventaris.office import database_contents

    db = open_database(args.db)
    contents = database_contents(db, SYSTEM_ACTOR)
    print(tr("Database: {url}").format(url=db.shown_url))
    print(tr("Schema: {revision}").format(revision=HEAD_REVISION))
    print(tr("Data folder: {path}").format(path=data_dir()))
    print(
        tr("Assets: {assets}, rooms: {rooms}, users: {users}").format(
            assets=contents.assets, rooms=contents.rooms, users=contents.users
        )
    )
    return EXIT_OK


def run_set_db(args: argparse.Namespace) -> int:
    from inventaris.core.paths import save_database_url

    if not args.db:
        print(tr("Specify the database with --db URL."), file=sys.stderr)
        return EXIT_ERROR
    db = open_database(args.db)
    save_database_url(args.db)
    print(tr("This PC now opens {url}.").format(url=db.shown_url))
    return EXIT_OK


def run_create_user(args: argparse.Namespace) -> int:
    from inventaris.accounts import UserInput, create_first_admin, create_user, needs_first_admin
    from inventaris.core.permissions import SYSTEM_ACTOR, Role

    db = open_database(args.db)
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
