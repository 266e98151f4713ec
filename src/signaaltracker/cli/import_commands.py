"""Commands that read files into the database: import-figures, import-wastewater."""

from __future__ import annotations

import argparse
from pathlib import Path

from signaaltracker.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    figures = subparsers.add_parser(
        "import-figures",
        help="lees instroomcijfers in uit CSV, XLSX of ODS (lange vorm of een tabel zoals in de memo)",
    )
    figures.add_argument("--db", type=Path, required=True, help="het databasebestand")
    figures.add_argument("file", type=Path, metavar="BESTAND", help="CSV-, tekst- (tab), XLSX- of ODS-bestand")
    figures.add_argument("--source", default=None, help="bron van de cijfers (standaard: Tactus verslavingszorg)")
    figures.add_argument("--dry-run", action="store_true", help="toon alleen wat er zou veranderen")
    figures.add_argument(
        "--accept-totals",
        action="store_true",
        help="lees ook in als een totaalrij in het bestand niet gelijk is aan de som van de cellen "
        "(controleer het bestand eerst)",
    )
    figures.set_defaults(handler=cmd_import_figures, writes=True)

    wastewater = subparsers.add_parser(
        "import-wastewater", help="lees rioolwatermetingen in (EUDA all-data-bestand of eigen metingen)"
    )
    wastewater.add_argument("--db", type=Path, required=True, help="het databasebestand")
    wastewater.add_argument("file", type=Path, metavar="BESTAND.csv", help="EUDA all-data-bestand")
    wastewater.add_argument("--site-info", type=Path, default=None, help="EUDA-locatietabel (site-info-table)")
    wastewater.add_argument("--source", default="EUDA", help="bron van de metingen (standaard: EUDA)")
    wastewater.set_defaults(handler=cmd_import_wastewater, writes=True)


def _open(args: argparse.Namespace):
    from signaaltracker.store import Store

    if not args.db.exists():
        raise CliError(f"{args.db} bestaat niet; maak eerst een database (bijvoorbeeld met 'signaaltracker demo').")
    return Store(args.session.open())


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise CliError(f"{path} bestaat niet of is geen bestand.")


def cmd_import_figures(args: argparse.Namespace) -> int:
    from signaaltracker.exchange.csv_text import FileFormatError
    from signaaltracker.exchange.figures_import import (
        DEFAULT_SOURCE,
        ImportRejected,
        TotalsNotConfirmed,
        apply_plan,
        preview_file,
    )

    _check_file(args.file)
    store = _open(args)
    try:
        try:
            plan = preview_file(store, args.file, args.source or DEFAULT_SOURCE)
        except FileFormatError as exc:
            raise CliError(exc.message) from None
        if not plan.ok:
            raise CliError(ImportRejected(plan).message)
        details = plan.details_text()
        if details:
            print(details)
        if plan.needs_confirmation and not args.accept_totals and not args.dry_run:
            raise CliError(TotalsNotConfirmed(plan).message + "\nGebruik --accept-totals om het toch in te lezen.")
        if args.dry_run:
            print(f"{args.file.name} (proef, niets opgeslagen): {plan.summary()}")
            return 0
        counts = apply_plan(store, plan, accept_totals=args.accept_totals)
        print(
            f"{args.file.name} ingelezen: {counts['added']} nieuw, {counts['changed']} gewijzigd, "
            f"{counts['unchanged']} ongewijzigd."
        )
    finally:
        store.close()
    return 0


def cmd_import_wastewater(args: argparse.Namespace) -> int:
    from signaaltracker.exchange.csv_text import FileFormatError
    from signaaltracker.exchange.euda_import import import_wastewater

    _check_file(args.file)
    if args.site_info is not None:
        _check_file(args.site_info)
    store = _open(args)
    try:
        try:
            result = import_wastewater(store, args.file, args.site_info, args.source)
        except FileFormatError as exc:
            raise CliError(exc.message) from None
    finally:
        store.close()
    m = result.measurements
    print(
        f"{args.file.name}: {result.rows} rijen; {m['added']} nieuw, {m['changed']} gewijzigd, "
        f"{m['unchanged']} ongewijzigd."
    )
    if result.sites is not None:
        s = result.sites
        print(f"{args.site_info.name}: {s['added']} nieuwe en {s['changed']} gewijzigde meetplaatsen.")
    return 0
