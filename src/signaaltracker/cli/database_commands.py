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
    check.add_argument(
        "--repair-aggregates",
        action=_RepairAggregates,
        nargs=0,
        help="tel de signalen per dag en thema voor de grafieken opnieuw (schrijft)",
    )
    check.set_defaults(handler=cmd_check, repair_aggregates=False)


class _RepairAggregates(argparse.Action):
    """``--repair-aggregates`` makes ``check`` a command that writes (lock and start-up check, see cli/main)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        namespace.repair_aggregates = True
        namespace.writes = True


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
    if args.repair_aggregates:
        from signaaltracker.store.signal_counts import rebuild

        wrong = rebuild(args.session.open())  # the writing session (cli/main) closes it
        print(f"Tellingen voor de grafieken opnieuw geteld ({wrong} waren onjuist).")
    elif report.wrong_signal_counts:
        raise CliError(
            f"{report.wrong_signal_counts} tellingen voor de grafieken kloppen niet met de signalen; "
            "herstel ze met 'signaaltracker check --db BESTAND --repair-aggregates'."
        )
    else:
        print("Tellingen voor de grafieken: in orde")
    return 0
