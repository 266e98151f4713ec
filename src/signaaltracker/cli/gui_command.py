"""The default command: open the GUI. The only command module that imports Qt (lazily, here)."""

from __future__ import annotations

import argparse

from signaaltracker.cli.errors import CliError
from signaaltracker.paths import default_database


def run_gui_command(args: argparse.Namespace) -> int:
    path = args.db or default_database()
    created_demo = False
    if args.db is None and not path.exists():
        from signaaltracker.exchange.demo import build_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo(path)
        created_demo = True
    if args.db is not None and not path.parent.exists():
        raise CliError(f"De map {path.parent} bestaat niet.")
    from signaaltracker.ui.app import run_app

    return run_app(path, exit_after_first_paint=args.exit_after_first_paint, created_demo=created_demo)
