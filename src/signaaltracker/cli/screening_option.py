"""The export commands' privacy screening on the way out: masked by default, ``--toon-persoonsgegevens`` keeps
what the screening flags and records that choice in the audit log."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OPTION = "--toon-persoonsgegevens"
AUDIT_TABLE = "exports"
AUDIT_ACTION = "keep_personal_data"


class _KeepPersonalData(argparse.Action):
    """Sets ``keep_personal_data``; the command then writes (the audit row), so it takes the writer's lock."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=False, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        namespace.keep_personal_data = True
        namespace.writes = True


def add_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        OPTION,
        dest="keep_personal_data",
        action=_KeepPersonalData,
        help="laat mogelijke persoonsgegevens in het document staan in plaats van ze onleesbaar te "
        "maken (wordt vastgelegd in het logboek)",
    )


def report(store, findings: list, *, kept: bool, document: str, out: Path, extra: dict | None = None) -> None:
    """Tell on stderr what the screening found, and record a kept one in the audit log."""
    if not findings:
        return
    from signaaltracker.reports.screening import summary

    found = summary(findings)
    if kept:
        store.audit.record(
            AUDIT_TABLE,
            AUDIT_ACTION,
            {
                "document": document,
                "file": str(out),
                "count": len(findings),
                "kinds": sorted({f.kind for f in findings}),
                **(extra or {}),
            },
        )
        print(
            f"Let op: {found} in {document} zijn op verzoek ({OPTION}) blijven staan; dat is vastgelegd in het "
            "logboek.",
            file=sys.stderr,
        )
    else:
        example = findings[0].mask
        print(
            f"Let op: {found} in {document} zijn onleesbaar gemaakt (bijvoorbeeld “{example}”). Gebruik "
            f"{OPTION} om ze te laten staan.",
            file=sys.stderr,
        )
