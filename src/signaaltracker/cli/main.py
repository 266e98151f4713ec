"""Entry point: parse the command line and dispatch. Sub-commands live in modules that each ``register``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from signaaltracker import __version__
from signaaltracker.cli import (
    backup_commands,
    database_commands,
    import_commands,
    meeting_commands,
    memo_commands,
    report_commands,
)
from signaaltracker.cli.dutch_argparse import DutchArgumentParser
from signaaltracker.cli.errors import CliError


def command_modules() -> list:
    """Modules contributing sub-commands; each has ``register(subparsers)``."""
    return [database_commands, report_commands, memo_commands, meeting_commands, import_commands, backup_commands]


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without ``commands`` only the options of the window itself (``--db``)."""
    parser = DutchArgumentParser(
        prog="signaaltracker",
        description="SignaalTracker: signalen, overleggen en feiten over middelengebruik door jongeren.",
    )
    parser.add_argument(
        "--version", action="version", version=f"SignaalTracker {__version__}", help="het versienummer tonen en stoppen"
    )
    parser.add_argument("--db", type=Path, help="databasebestand (standaard: in de gebruikersmap)")
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    if commands:
        subparsers = parser.add_subparsers(dest="command", metavar="OPDRACHT")
        for module in command_modules():
            module.register(subparsers)
    return parser


def starts_window(argv: Sequence[str]) -> bool:
    """True when ``argv`` only opens the window (no command, no help): ``[]``, ``--db X``, ``--db=X``.

    The window then skips building the ~40 sub-command parsers (~15 ms of every start); anything else, a typo
    included, goes through the whole parser and its Dutch messages."""
    rest = list(argv)
    while rest:
        token = rest.pop(0)
        if token == "--db" and rest and not rest[0].startswith("-"):
            rest.pop(0)
        elif not (token.startswith("--db=") or token == "--exit-after-first-paint"):
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(commands=not starts_window(arguments))
    args = parser.parse_args(arguments)
    if getattr(args, "needs_db", False) and getattr(args, "db", None) is None:
        parser.error(
            f"geef het databasebestand op met --db (bijvoorbeeld: signaaltracker --db register.db {args.command})"
        )
    handler = getattr(args, "handler", None)
    if handler is not None:  # the GUI sets up the same log itself
        from signaaltracker.logfile import setup_logging
        from signaaltracker.paths import user_log_dir

        setup_logging(user_log_dir(), stderr_fallback=False)
        logging.getLogger(__name__).info("signaaltracker %s", args.command)
    try:
        if handler is None:
            from signaaltracker.cli.gui_command import run_gui_command

            return run_gui_command(args)
        if getattr(args, "writes", False) and getattr(args, "db", None) is not None and args.db.parent.is_dir():
            return _run_writer(handler, args)
        return int(handler(args) or 0)
    except CliError as exc:
        print(f"signaaltracker: {exc.message}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # expected faults of lower layers carry a Dutch message
        message = getattr(exc, "message", None)
        if message is None or not _is_expected(exc):
            raise
        print(f"signaaltracker: {message}", file=sys.stderr)
        return 1


def _run_writer(handler, args: argparse.Namespace) -> int:
    """A command that writes the database goes through the one writing sequence (store/register.py): the
    single-writer lock, the start-up check the GUI makes (a damaged, empty or read-only file is never written to),
    and after a clean finish the stamp that lets the next start skip the full check. The handler opens the file
    with ``args.session.open()``."""
    from signaaltracker.store.register import writing

    # restore and demo --force replace a damaged file themselves (keeping it aside)
    with writing(args.db, allow_damaged=getattr(args, "repairs", False)) as session:
        args.session = session
        status = int(handler(args) or 0)
        if status != 0:
            session.close(clean=False)
        return status


def _is_expected(exc: Exception) -> bool:
    from signaaltracker.domain.errors import DomainError
    from signaaltracker.store.errors import StoreError

    return isinstance(exc, DomainError | StoreError)


def add_db_argument(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--db", type=Path, required=required, help="databasebestand")


if __name__ == "__main__":
    raise SystemExit(main())
