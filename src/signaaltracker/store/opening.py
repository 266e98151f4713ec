"""Opening a database for writing: header and identity checks, pragmas, then migrations with a backup first.

This sits above ``database`` (connections) and ``backups`` (which needs a ``Database``): keeping it apart is
what keeps store/ free of import cycles (checked by the ``store-acyclic`` contract in ``.importlinter``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from signaaltracker.store.backups import make_backup
from signaaltracker.store.database import (
    APPLICATION_ID,
    PRE_MIGRATION_TAG,
    Database,
    _check_identity,
    _classify,
    _connect,
    _owner_only_files,
    create_owner_only,
    current_user,
    inspect_file,
    refuse_unwritable,
)
from signaaltracker.store.errors import StoreError
from signaaltracker.store.migrations import all_migrations

log = logging.getLogger(__name__)


def open_database(
    path: str | os.PathLike[str], *, create: bool = True, user: str | None = None, inspected: bool = False
) -> Database:
    """Open (and when needed create and migrate) a database for writing.

    Never writes to a file it does not recognise: the header and identity are checked first (``inspected``: the
    caller, store/register.py, has just done that before any connection existed). A file the user made
    read-only is refused, never made writable; a new file is created owner-only.
    """
    path = Path(path)
    if not path.exists() and not create:
        raise StoreError(f"{path.name} bestaat niet.")
    if not path.parent.exists():
        raise StoreError(f"De map {path.parent} bestaat niet.")
    if not inspected:
        inspect_file(path)
    refuse_unwritable(path)
    existed_with_data = path.exists()
    if not existed_with_data:
        create_owner_only(path)
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    try:
        version = _check_identity(conn, path)
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        db = Database(conn, path, user or current_user())
        migrate(db, version, backup=existed_with_data and version > 0)
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(path, exc) from None
    except OSError as exc:
        conn.close()
        raise StoreError(f"{path.name} kan niet worden geopend: {exc.strerror or exc}.") from None
    except BaseException:
        conn.close()
        raise
    _owner_only_files(path)
    return db


def migrate(db: Database, version: int, *, backup: bool) -> None:
    pending = [m for m in all_migrations() if version < m.VERSION]
    if not pending:
        return
    if backup:  # a verified copy in the backup folder, offered for restore like any other backup
        target = make_backup(db, tag=PRE_MIGRATION_TAG)
        log.info("Backup before migrating %s from schema %d: %s", db.path.name, version, target)
    for migration in pending:
        with db.transaction() as conn:
            if migration.VERSION == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(migration.VERSION)}")
        name = migration.__name__.rsplit(".", 1)[-1]
        log.info("Migrated %s to schema %d (%s)", db.path.name, migration.VERSION, name)
