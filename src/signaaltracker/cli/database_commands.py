"""Commands about the database file itself: demo, check."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from signaaltracker.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help="maak een database met de wereld van de voorbeeldraadsmemo")
    demo.add_argument("--db", type=_path, required=True, help="het nieuwe databasebestand")
    demo.add_argument("--force", action="store_true", help="vervang een bestaand bestand")
    demo.set_defaults(handler=cmd_demo, writes=True)

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


COUNTED_TABLES = (
    "organisations", "themes", "age_groups", "signals", "structures", "meetings", "decisions", "actions",
    "activities", "figures", "facts", "wastewater", "memos", "audit_log",
)


def cmd_check(args: argparse.Namespace) -> int:
    from signaaltracker.store.database import open_readonly
    from signaaltracker.store.migrations import latest_version

    conn = open_readonly(args.db)
    try:
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
            if problems != ["ok"]:
                first = " ".join(problems[0].split())[:200]  # SQLite's report can span lines; keep one sentence
                raise CliError(f"{args.db.name} is beschadigd: de integriteitscontrole meldt '{first}'.")
            fk = conn.execute("PRAGMA foreign_key_check").fetchall()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED_TABLES}
        except sqlite3.DatabaseError as exc:
            raise CliError(f"{args.db.name} is beschadigd en kan niet worden gelezen ({exc}).") from None
    finally:
        conn.close()
    out = sys.stdout
    print(f"Bestand: {args.db}", file=out)
    print("Integriteit: in orde", file=out)
    print(f"Schemaversie: {version} (deze versie van SignaalTracker: {latest_version()})", file=out)
    for table, count in counts.items():
        print(f"  {table}: {count}", file=out)
    if fk:
        raise CliError(f"{args.db.name} bevat {len(fk)} verwijzing(en) naar ontbrekende rijen.")
    return 0
