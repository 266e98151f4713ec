"""export-agenda and export-minutes: a meeting's documents as PDF, without starting the GUI."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from signaaltracker.cli.errors import CliError
from signaaltracker.cli.screening_option import add_option, report


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, kind, text in (
        ("export-agenda", "agenda", "schrijf de agenda van een overleg als PDF"),
        ("export-minutes", "minutes", "schrijf het verslag van een overleg (met actielijst) als PDF"),
    ):
        parser = subparsers.add_parser(name, help=text)
        parser.add_argument("--db", type=Path, required=True, help="het databasebestand")
        parser.add_argument("--meeting", type=int, required=True, help="nummer van het overleg")
        parser.add_argument("--out", type=Path, required=True, help="het PDF-bestand")
        add_option(parser)
        parser.set_defaults(handler=cmd_export, kind=kind)


def check_target(out: Path) -> None:
    if out.is_dir():
        raise CliError(f"{out} is een map; geef een bestandsnaam voor de PDF.")
    if not out.parent.is_dir():
        raise CliError(f"De map {out.parent} bestaat niet; de PDF is niet geschreven.")
    if not os.access(out.parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        raise CliError(f"Geen schrijfrechten voor {out}; de PDF is niet geschreven.")


def cmd_export(args: argparse.Namespace) -> int:
    from signaaltracker.store import Store
    from signaaltracker.store.register import reading

    if not args.db.exists():
        raise CliError(f"De database {args.db} bestaat niet.")
    check_target(args.out)
    session = getattr(args, "session", None)
    if session is not None:  # --toon-persoonsgegevens records that choice: a writing command (cli/main.py)
        _export(args, Store(session.open()))
    else:
        with reading(args.db) as db:  # read-only: safe while the GUI has the file open
            _export(args, Store(db))
    word = "Agenda" if args.kind == "agenda" else "Verslag"
    print(f"{word} geschreven: {args.out}")
    return 0


def _export(args: argparse.Namespace, store) -> None:
    from signaaltracker.reports.meeting_render import export_meeting_pdf
    from signaaltracker.store.errors import NotFoundError

    if store.meetings.find(args.meeting) is None:
        raise CliError(f"Er is geen overleg met nummer {args.meeting} in {args.db.name}.")
    try:
        result = export_meeting_pdf(store, args.meeting, args.kind, args.out, mask=not args.keep_personal_data)
    except NotFoundError as exc:
        raise CliError(exc.message) from None
    except OSError as exc:
        raise CliError(f"{args.out} kan niet worden geschreven ({exc.strerror or exc}).") from None
    report(
        store,
        result.findings,
        kept=not result.masked,
        out=args.out,
        extra={"meeting": args.meeting},
        document="de agenda" if args.kind == "agenda" else "het verslag",
    )
