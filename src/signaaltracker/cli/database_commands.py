"""Commands about the database file itself: demo, check."""

from __future__ import annotations

import argparse

from signaaltracker.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="maak een database met de wereld van de voorbeeldraadsmemo")
    demo.add_argument("--db", type=_path, required=True, help="het nieuwe databasebestand")
    demo.add_argument("--force", action="store_true", help="vervang een bestaand bestand")
    demo.set_defaults(handler=cmd_demo, writes=True, repairs=True)

    check = subparsers.add_parser("check", help="controleer integriteit, schemaversie en aantallen")
    check.add_argument("--db", type=_path, required=True, help="het databasebestand")
    check.set_defaults(handler=cmd_check)


def _path(value: str):
    from pathlib import Path

    return Path(value)


def cmd_demo(args: argparse.Namespace) -> int:
    from signaaltracker.exchange.demo import build_demo

    if not args.db.parent.exists():
        raise CliError(f"De map {args.db.parent} bestaat niet.")
    result = build_demo(args.db, force=args.force)
    print(f"Demodatabase gemaakt: {args.db}")
    if result != args.db:
        print(f"Het vorige bestand is bewaard als {result}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from signaaltracker.store.check import check_database
    from signaaltracker.store.migrations import latest_version

    report = check_database(args.db)
    print(f"Bestand: {args.db}")
    print("Integriteit: in orde")
    print(f"Schemaversie: {report.schema_version} (deze versie van SignaalTracker: {latest_version()})")
    for table, count in report.counts.items():
        print(f"  {table}: {count}")
    if report.broken_references:
        raise CliError(f"{args.db.name} bevat {report.broken_references} verwijzing(en) naar ontbrekende rijen.")
    return 0
