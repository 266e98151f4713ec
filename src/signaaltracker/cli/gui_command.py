"""The default command: open the GUI. The only command module that imports Qt (lazily, here)."""

from __future__ import annotations

import argparse

from signaaltracker.cli.errors import CliError
from signaaltracker.paths import default_database


def run_gui_command(args: argparse.Namespace) -> int:
    path = args.db or default_database()
    first_start = args.db is None and not path.exists()  # the GUI asks: an empty register or the demo's world
    if first_start:
        path.parent.mkdir(parents=True, exist_ok=True)
    if args.db is not None and not path.parent.exists():
        raise CliError(f"De map {path.parent} bestaat niet.")
    from signaaltracker.ui.app import run_app

    return run_app(path, exit_after_first_paint=args.exit_after_first_paint, first_start=first_start)
