"""Remembering that a database file passed its check, so the next start can skip re-reading all of it.

The stamp is removed as soon as a session starts (so only a clean close can leave one); after a clean close the
app writes ``<database>.verified`` with the file's size and modification time. At the next start, when the
file still has exactly that size and time and no ``-wal`` with data is left behind (which any write,
crash, restore or outside program would change), the full quick check is skipped; otherwise it runs. The cheap
checks (header, length, identity, schema version) always run. This keeps start-up quick at a million signals;
damage that appears inside an untouched file is still found by the daily backup's integrity check.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any


def stamp_path(db_path: Path) -> Path:
    return Path(str(db_path) + ".verified")


def _fingerprint(db_path: Path) -> dict[str, Any]:
    """Size and times plus the file's identity: a copy put in place (even with its times kept) is another file,
    and changing times with utime changes the inode change time."""
    stat = os.stat(db_path)
    return {
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        "ctime_ns": stat.st_ctime_ns,
        "inode": stat.st_ino,
        "device": stat.st_dev,
    }


def _wal_holds_data(db_path: Path) -> bool:
    """A -wal with frames in it; an empty one (left by a read-only reader such as ``backup``) holds nothing."""
    try:
        return Path(str(db_path) + "-wal").stat().st_size > 0
    except OSError:
        return False


def write_stamp(db_path: Path) -> None:
    """Call after the database was closed cleanly (its -wal checkpointed and removed)."""
    db_path = Path(db_path)
    target = stamp_path(db_path)
    try:
        if _wal_holds_data(db_path):
            target.unlink(missing_ok=True)
            return
        target.write_text(json.dumps(_fingerprint(db_path)), encoding="utf-8")
    except OSError:
        pass  # a missing stamp only means a full check next time


def clear_stamp(db_path: Path) -> None:
    try:
        stamp_path(Path(db_path)).unlink(missing_ok=True)
    except OSError:
        pass


def stamp_matches(db_path: Path) -> bool:
    db_path = Path(db_path)
    try:
        if _wal_holds_data(db_path):
            return False
        recorded = json.loads(stamp_path(db_path).read_text(encoding="utf-8"))
        return bool(recorded == _fingerprint(db_path))
    except (OSError, ValueError):
        return False
