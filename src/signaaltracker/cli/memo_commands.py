"""memo new, memo list and fact add: the memo editions and dated facts from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from signaaltracker.cli.errors import CliError
from signaaltracker.cli.report_commands import _date


def register(subparsers: argparse._SubParsersAction) -> None:
    memo = subparsers.add_parser("memo", help="memo's aan de raad: een nieuwe uitgave maken of de lijst tonen")
    memo_commands = memo.add_subparsers(dest="memo_command", metavar="OPDRACHT", required=True)
    new = memo_commands.add_parser("new", help="maak een nieuwe memo (een concept); toont het nummer")
    new.add_argument("--db", type=Path, required=True, help="het databasebestand")
    new.add_argument(
        "--from-previous",
        action="store_true",
        help="neem teksten, onderdelen en huisstijl over van de nieuwste memo; de periode loopt vanaf "
        "de dag na het einde van de vorige periode tot vandaag",
    )
    new.add_argument("--date", dest="memo_date", help="datum van de memo (standaard: vandaag)")
    new.add_argument("--from", dest="date_from", help="begin van de periode (bijv. 2025-01-01)")
    new.add_argument("--to", dest="date_to", help="einde van de periode (bijv. 2025-06-30)")
    new.add_argument("--subject", help="het onderwerp")
    new.add_argument("--kenmerk", help="kenmerk of zaaknummer")
    new.set_defaults(handler=cmd_memo_new, writes=True)
    listing = memo_commands.add_parser("list", help="toon alle memo's, de nieuwste eerst")
    listing.add_argument("--db", type=Path, required=True, help="het databasebestand")
    listing.set_defaults(handler=cmd_memo_list)

    fact = subparsers.add_parser("fact", help="feiten voor de memo")
    fact_commands = fact.add_subparsers(dest="fact_command", metavar="OPDRACHT", required=True)
    add = fact_commands.add_parser("add", help="leg een feit vast met een datum (of een periode)")
    add.add_argument("--db", type=Path, required=True, help="het databasebestand")
    add.add_argument("--date", dest="stated_on", required=True, help="datum van het feit, of begin van de periode")
    add.add_argument("--to", dest="period_end", help="einde van de periode waarover het feit gaat")
    add.add_argument("--text", required=True, help="de tekst van het feit")
    add.add_argument("--source", default="", help="de bron (standaard: de gemeente)")
    add.set_defaults(handler=cmd_fact_add, writes=True)


def _check_db(db: Path) -> None:
    if db.is_dir():
        raise CliError(f"{db.name} is een map, geen database.")
    if not db.is_file():
        raise CliError(f"De database {db} bestaat niet.")


def _store(args: argparse.Namespace):
    """The store of a writing command: opened through the writing sequence of cli/main.py (lock, check, stamp)."""
    from signaaltracker.store import Store

    _check_db(args.db)
    return Store(args.session.open())


def cmd_memo_new(args: argparse.Namespace) -> int:
    from dataclasses import replace
    from datetime import date

    from signaaltracker.domain.memo import next_edition
    from signaaltracker.reports.memo_export import default_memo

    memo_date = _date(args.memo_date, "--date") or date.today()
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    if date_from and date_to and date_to < date_from:
        raise CliError("--to ligt vóór --from.")
    store = _store(args)
    try:
        if args.from_previous:
            previous = store.memos.newest()
            if previous is None:
                raise CliError("Er is nog geen memo om op voort te bouwen; maak de eerste zonder --from-previous.")
            memo = next_edition(previous, memo_date)
        else:
            memo = replace(
                default_memo(store), memo_date=memo_date, period_from=date(memo_date.year, 1, 1), period_to=memo_date
            )
        changes: dict = {}
        if date_from is not None:
            changes["period_from"] = date_from
        if date_to is not None:
            changes["period_to"] = date_to
        if args.subject is not None:
            changes["subject"] = args.subject
        if args.kenmerk is not None:
            changes["kenmerk"] = args.kenmerk
        memo = store.memos.add(replace(memo, **changes))  # the Memo checks every field again
    finally:
        store.close()
    print(memo.id)
    return 0


def cmd_memo_list(args: argparse.Namespace) -> int:
    from signaaltracker.domain.dates import format_date_nl
    from signaaltracker.store import Store
    from signaaltracker.store.register import reading

    _check_db(args.db)
    with reading(args.db) as db:  # read-only: safe while the GUI has the file open
        rows = Store(db).memos.history_rows()
    if not rows:
        print("Er zijn nog geen memo's.")
    for row in rows:
        status = "PDF " + format_date_nl(_iso(row["exported_at"][:10])) if row["exported_at"] else "concept"
        period = " – ".join(format_date_nl(_iso(v)) for v in (row["period_from"], row["period_to"]) if v)
        kenmerk = f" [{row['kenmerk']}]" if row["kenmerk"] else ""
        print(f"{row['id']}\t{format_date_nl(_iso(row['memo_date']))}\t{status}\t{period}\t{row['subject']}{kenmerk}")
    return 0


def _iso(value: str):
    from datetime import date

    return date.fromisoformat(value)


def cmd_fact_add(args: argparse.Namespace) -> int:
    from signaaltracker.domain.facts import Fact

    stated_on = _date(args.stated_on, "--date")
    period_end = _date(args.period_end, "--to")
    store = _store(args)
    try:
        source = args.source.strip() or f"Gemeente {store.settings.get('municipality.name') or ''}".strip()
        position = len(store.facts.list())
        fact = store.facts.add(Fact(stated_on, source, args.text, True, position, period_end=period_end))
    finally:
        store.close()
    print(fact.id)
    return 0
