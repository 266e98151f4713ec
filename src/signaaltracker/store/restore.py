"""Checking a database file before use, keeping a damaged file aside, and restoring from a backup.

Nothing here repairs a file in place: a damaged file is moved aside under a dated name, byte for byte, and the
backup is copied in its place.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from signaaltracker.store.audit import write_audit
from signaaltracker.store.backups import PRE_RESTORE_TAG, STAMP_FORMAT, copy_database, make_backup, verify_file
from signaaltracker.store.database import Database, database_files, inspect_file, open_readonly, readonly_uri
from signaaltracker.store.errors import (
    DamagedDatabaseError,
    EmptyDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    StoreError,
)
from signaaltracker.store.opening import migrate, open_database
from signaaltracker.store.verified import stamp_matches

log = logging.getLogger(__name__)

OK, MISSING, DAMAGED, FOREIGN, NEWER = "ok", "missing", "damaged", "foreign", "newer"
UNREADABLE = "unreadable"  # busy, locked, no permission: not proof of damage, so never set aside
EMPTY = "empty"  # 0 bytes (perhaps with a -wal holding data): never treated as new, never filled
READONLY = "readonly"  # sound, but the user made it (or its folder) read-only: viewing only
SIDE_FILES = ("-wal", "-shm")


@dataclass(frozen=True)
class FileHealth:
    state: str
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.state in (OK, MISSING)


def check_file(path: Path, *, trust_stamp: bool = False) -> FileHealth:
    """Quick, read-only check of a database file before the app opens it for writing.

    ``trust_stamp``: skip the page-by-page quick check when the file is unchanged since the app last closed
    it cleanly (store/verified.py); the header and identity checks always run.
    """
    path = Path(path)
    try:
        if not path.exists():
            inspect_file(path)  # refuses a leftover -wal that holds data
            return FileHealth(MISSING)
        conn = open_readonly(path)
    except EmptyDatabaseError as exc:
        return FileHealth(EMPTY, exc.message)
    except NewerSchemaError as exc:
        return FileHealth(NEWER, exc.message)
    except NotADatabaseError as exc:
        return FileHealth(FOREIGN, exc.message)
    except DamagedDatabaseError as exc:
        return FileHealth(DAMAGED, exc.message)
    except StoreError as exc:
        return FileHealth(UNREADABLE, exc.message)
    if trust_stamp and stamp_matches(path):
        conn.close()
        return FileHealth(OK)
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        return FileHealth(DAMAGED, f"{path.name} is beschadigd en kan niet veilig worden geopend ({exc}).")
    finally:
        conn.close()
    if result != ["ok"]:
        return FileHealth(DAMAGED, f"{path.name} is beschadigd: de snelle controle meldt '{result[0]}'.")
    return FileHealth(OK)


def set_aside(path: Path, now: datetime | None = None, label: str = "beschadigd") -> Path:
    """Move a file (and its -wal/-shm) to ``<stem>.<label>-<stamp><suffix>``; return the new path."""
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{counter}{path.suffix}")
    os.replace(path, target)
    for side in SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + side))
    log.warning("Set %s aside as %s", path, target)
    return target


def _source_connection(source: Path) -> sqlite3.Connection:
    verify_file(source)
    return sqlite3.connect(readonly_uri(source), uri=True)


def _record_restore(db: Database, source: Path, details: dict[str, Any]) -> None:
    version = db.schema_version
    migrate(db, version, backup=False)
    with db.transaction():
        write_audit(db, "database", None, "restore_backup", None, {"from": str(source), **details})
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def restore_into(db: Database, source: Path) -> Path:
    """Replace the contents of the open database with ``source``; return the backup made of it first.

    Uses the online backup API into the live connection, so whoever holds ``db`` keeps a valid handle.
    """
    source = Path(source)
    # also through a hard link: reading the live file through another handle would drop this process's locks
    if source.resolve() == db.path.resolve() or (source.exists() and os.path.samefile(source, db.path)):
        raise StoreError("Een database kan niet uit zichzelf worden hersteld; kies een back-up.")
    src = _source_connection(source)
    try:
        safety = make_backup(db, tag=PRE_RESTORE_TAG)
        try:
            src.backup(db.conn)
        except sqlite3.Error as exc:
            raise StoreError(f"Herstellen uit {source.name} is mislukt: {exc}.") from None
    finally:
        src.close()
    _record_restore(db, source, {"pre_restore_backup": str(safety)})
    log.info("Restored %s from %s (its previous contents: %s)", db.path.name, source, safety)
    return safety


def replace_damaged(db_path: Path, source: Path) -> tuple[Path | None, Database]:
    """Restore ``source`` to ``db_path`` when that file is missing or damaged; return (kept-aside path, db).

    The damaged file is moved aside unchanged; the source is copied into a temporary file, verified, and only
    then moved into place.
    """
    db_path, source = Path(db_path), Path(source)
    health = check_file(db_path)
    if health.state in (FOREIGN, NEWER, UNREADABLE):
        raise StoreError(health.message + " Er is niets hersteld en het bestand is niet gewijzigd.")
    src = _source_connection(source)
    partial = db_path.with_name(db_path.name + ".herstel")
    for stale in database_files(partial):  # left by a restore that was killed; this run holds the writer's lock
        if stale.exists():
            stale.unlink()
            log.info("Removed %s, left by an interrupted restore", stale)
    try:
        copy_database(src, partial)
        fd = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(fd)  # on disk before it replaces anything
        finally:
            os.close(fd)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Herstellen uit {source.name} is mislukt: {exc}.") from None
    finally:
        src.close()
    try:
        verify_file(partial)
    except StoreError:
        partial.unlink(missing_ok=True)
        raise
    aside = set_aside(db_path) if health.state in (DAMAGED, EMPTY) and db_path.exists() else None
    for side in SIDE_FILES:  # a stale -wal of a missing/empty file must never be replayed onto the restore
        stale = db_path.with_name(db_path.name + side)
        if stale.exists():
            os.replace(
                stale,
                db_path.with_name(f"{db_path.stem}.oud-{datetime.now().strftime(STAMP_FORMAT)}{db_path.suffix}{side}"),
            )
    os.replace(partial, db_path)
    db = open_database(db_path)
    details = {"damaged_file_kept_as": str(aside)} if aside else {}
    _record_restore(db, source, details)
    log.info("Restored %s from %s", db_path.name, source)
    return aside, db


def restore_path(db_path: Path, source: Path) -> tuple[Path | None, Path | None]:
    """Restore ``source`` to the file ``db_path``, whatever its state; return (pre-restore backup, kept aside).

    A healthy database is backed up first and then overwritten through SQLite; a damaged one is kept aside.
    """
    health = check_file(Path(db_path))
    if health.state == OK:
        db = open_database(db_path)
        try:
            return restore_into(db, source), None
        finally:
            db.close()
    aside, db = replace_damaged(db_path, source)
    db.close()
    return None, aside
