"""Commands that keep the data safe: backup, restore, and the full export and import (JSON)."""

from __future__ import annotations

import argparse
from pathlib import Path

from signaaltracker.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help="maak een gecontroleerde back-up van de database")
    backup.add_argument("--db", type=Path, required=True, help="het databasebestand")
    backup.add_argument("--to", type=Path, help="map voor de back-up (standaard: de ingestelde back-upmap)")
    backup.set_defaults(handler=cmd_backup)

    restore = subparsers.add_parser("restore", help="zet een back-up terug (de huidige database wordt eerst bewaard)")
    restore.add_argument("--db", type=Path, required=True, help="het databasebestand dat wordt hersteld")
    restore.add_argument("source", type=Path, metavar="VAN", help="de back-up om terug te zetten")
    restore.set_defaults(handler=cmd_restore, writes=True, repairs=True)

    export = subparsers.add_parser("export", help="schrijf alle gegevens naar één JSON-bestand")
    export.add_argument("--db", type=Path, required=True, help="het databasebestand")
    export.add_argument("--out", type=Path, required=True, help="het JSON-bestand")
    export.set_defaults(handler=cmd_export)

    imp = subparsers.add_parser("import", help="lees een volledige export in een nieuwe, lege database")
    imp.add_argument("--db", type=Path, required=True, help="het (nieuwe) databasebestand")
    imp.add_argument("source", type=Path, metavar="BESTAND", help="de JSON-export")
    imp.set_defaults(handler=cmd_import, writes=True)


def _existing(path: Path) -> None:
    if path.is_dir():
        raise CliError(f"{path.name} is een map, geen database.")
    if not path.is_file():
        raise CliError(f"{path} bestaat niet.")


def cmd_backup(args: argparse.Namespace) -> int:
    from signaaltracker.store.backups import MANUAL_TAG, make_backup
    from signaaltracker.store.register import reading

    _existing(args.db)
    if args.to is not None and args.to.exists() and not args.to.is_dir():
        raise CliError(f"{args.to} is geen map.")
    with reading(args.db) as db:  # read-only (backup API): safe while the GUI has the file open
        path = make_backup(db, folder=args.to, tag=MANUAL_TAG)
    print(f"Back-up gemaakt en gecontroleerd: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from signaaltracker.store.restore import restore_path

    _existing(args.source)
    if not args.db.parent.is_dir():
        raise CliError(f"De map {args.db.parent} bestaat niet.")
    safety, aside = restore_path(args.db, args.source)
    print(f"Hersteld uit {args.source}.")
    if safety is not None:
        print(f"De database van vóór het herstel is bewaard als {safety}.")
    if aside is not None:
        print(f"Het beschadigde bestand is ongewijzigd bewaard als {aside}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from signaaltracker.exchange.full_export import export_to_file
    from signaaltracker.store.register import reading

    _existing(args.db)
    if not args.out.parent.is_dir():
        raise CliError(f"De map {args.out.parent} bestaat niet.")
    with reading(args.db) as db:  # read-only: safe while the GUI has the file open
        counts = export_to_file(db, args.out)
    print(f"Geëxporteerd naar {args.out}: {sum(counts.values())} rijen uit {len(counts)} tabellen.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from signaaltracker.exchange.full_export import import_file
    from signaaltracker.store.database import delete_database

    _existing(args.source)
    if not args.db.parent.is_dir():
        raise CliError(f"De map {args.db.parent} bestaat niet.")
    created = not args.db.exists()
    db = args.session.open(create=True)
    try:
        counts = import_file(db, args.source)
    except Exception:
        args.session.close(clean=False)
        if created:
            delete_database(args.db)  # only the file this command itself created a moment ago
        raise
    print(f"Geïmporteerd in {args.db}: {sum(counts.values())} rijen in {len(counts)} tabellen.")
    return 0
