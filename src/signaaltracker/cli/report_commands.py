"""Commands that print documents: export-memo."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from signaaltracker.cli.errors import CliError
from signaaltracker.cli.screening_option import add_option, report


def register(subparsers: argparse._SubParsersAction) -> None:
    memo = subparsers.add_parser("export-memo", help="maak de memo aan de raad als PDF/A-bestand")
    memo.add_argument("--db", type=Path, required=True, help="het databasebestand")
    memo.add_argument("--out", type=Path, required=True, help="het PDF-bestand dat gemaakt wordt")
    memo.add_argument(
        "--memo", dest="memo_id", help="nummer van de memo (standaard: de nieuwste uitgave; zie 'memo list')"
    )
    memo.add_argument("--from", dest="date_from", help="begin van de periode (bijv. 2024-01-01 of 1-1-2024)")
    memo.add_argument("--to", dest="date_to", help="einde van de periode (bijv. 2024-10-24)")
    memo.add_argument(
        "--suppress-below",
        type=str,
        default=None,
        help="toon aantallen onder N als '<N' (met secundaire onderdrukking)",
    )
    add_option(memo)
    memo.set_defaults(handler=cmd_export_memo, writes=True)


def _threshold(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        number = int(value)
    except ValueError:
        raise CliError(f"--suppress-below verwacht een geheel getal, niet '{value}'.") from None
    if not 3 <= number <= 100:
        raise CliError("--suppress-below moet tussen 3 en 100 liggen.")
    return number


def _date(value: str | None, option: str):
    from signaaltracker.domain.dates import parse_optional_date
    from signaaltracker.domain.errors import DomainError

    try:
        return parse_optional_date(value, "datum")
    except DomainError:
        raise CliError(f"{option} '{value}' is geen geldige datum; gebruik bijvoorbeeld 2024-10-24.") from None


def _check_out(out: Path) -> None:
    if out.suffix.lower() != ".pdf":
        raise CliError(f"{out.name} heeft niet de extensie .pdf.")
    if out.is_dir():
        raise CliError(f"{out} is een map; geef een bestandsnaam op.")
    if not out.parent.is_dir():
        raise CliError(f"De map {out.parent} bestaat niet.")
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CliError(f"In {out.parent} kan niet worden geschreven.")


def memo_number(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise CliError(f"--memo verwacht het nummer van een memo, niet '{value}'.") from None


def cmd_export_memo(args: argparse.Namespace) -> int:
    from dataclasses import replace

    threshold = _threshold(args.suppress_below)
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    memo_id = memo_number(args.memo_id)
    if date_from and date_to and date_to < date_from:
        raise CliError("--to ligt vóór --from.")
    if args.db.is_dir():
        raise CliError(f"{args.db.name} is een map, geen database.")
    if not args.db.is_file():
        raise CliError(f"De database {args.db} bestaat niet.")
    out = args.out.absolute()
    _check_out(out)

    from signaaltracker.reports.memo_export import export_memo, latest_memo, reprint_edition
    from signaaltracker.store import Store

    store = Store(args.session.open())
    try:
        if memo_id is None:
            memo = latest_memo(store)
        else:
            memo = store.memos.find(memo_id)
            if memo is None:
                raise CliError(f"Er is geen memo met nummer {memo_id}; 'signaaltracker memo list' toont ze.")
        changes: dict = {}
        if threshold is not None:
            changes["suppress_below"] = threshold
        if date_from is not None:
            changes["period_from"] = date_from
        if date_to is not None:
            changes["period_to"] = date_to
        if memo.frozen and changes:
            raise CliError(
                f"Memo {memo.id} is al als PDF vastgelegd en verandert niet meer; maak een nieuwe memo "
                "met 'signaaltracker memo new --from-previous'."
            )
        try:
            if memo.frozen:
                result = reprint_edition(store, memo, out, mask=not args.keep_personal_data)
            else:
                result = export_memo(store, replace(memo, **changes), out, mask=not args.keep_personal_data)
        except OSError as exc:
            raise CliError(f"{out.name} kan niet worden geschreven ({exc.strerror or exc}).") from None
        report(
            store, result.findings, kept=not result.masked, document="de memo", out=out, extra={"memo": result.memo.id}
        )
    finally:
        store.close()
    print(f"Memo {result.memo.id} opgeslagen: {result.path} (SHA-256 {result.sha256})")
    return 0
