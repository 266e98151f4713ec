"""The one way to open the register (a SignaalTracker database file), shared by the GUI and every command.

Writing (the GUI, ``import``, ``restore``, ``export-memo`` …)::

    lock → header check → open → work → close → stamp

``Session`` holds those steps in that order; ``writing()`` runs them for a command, the GUI calls them one by
one because it asks questions in between (restore a damaged file? view a read-only one?).

Reading (``backup``, ``export``, ``export-agenda``, ``export-minutes``, ``check``): ``reading()`` checks the
header, then opens a ``mode=ro`` + ``query_only`` connection. It takes no lock and leaves no stamp, so it runs
beside an open GUI: it never checkpoints, never deletes or truncates ``-wal``/``-shm`` and never changes a
permission. A file of an older schema is migrated first, under the writer's lock (refused while the GUI has it).

The rule that makes this safe: the file's header is read through an operating-system handle only before this
process has a connection to the file. Closing any handle to a file drops all of the process's POSIX locks on
it (SQLite's documented "multiple handles" hazard); another process would then think it is alone and delete
the live ``-wal``. Further connections in the same process come from ``Database.reader()``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from signaaltracker.store.database import (
    Database,
    inspect_file,
    open_reader,
    refuse_unwritable,
)
from signaaltracker.store.errors import ReadOnlyDatabaseError, StoreError
from signaaltracker.store.lock import DatabaseLock
from signaaltracker.store.migrations import latest_version
from signaaltracker.store.opening import open_database
from signaaltracker.store.restore import (
    DAMAGED,
    EMPTY,
    FOREIGN,
    MISSING,
    NEWER,
    READONLY,
    UNREADABLE,
    FileHealth,
    check_file,
)
from signaaltracker.store.verified import clear_stamp, write_stamp

log = logging.getLogger(__name__)


class Session:
    """One writing session on one database file; the steps must be called in order."""

    def __init__(self, path: str | os.PathLike[str], *, user: str | None = None) -> None:
        self.path = Path(path)
        self.user = user
        self.lock = DatabaseLock(self.path)
        self.db: Database | None = None
        self.health: FileHealth | None = None
        self.ended_unclean = False
        self.view_only = False  # the user chose to only look at a file that may not be written

    # 1. lock
    def try_acquire(self) -> bool:
        return self.lock.try_acquire()

    def acquire(self) -> None:
        """Take the single-writer lock or raise DatabaseInUseError (a Dutch sentence)."""
        self.lock.acquire()

    def switch_to(self, path: str | os.PathLike[str]) -> None:
        """Continue with another file (a copy of a read-only one): its own lock, checked afresh."""
        if self.db is not None:
            raise RuntimeError("switch_to() runs before open()")
        self.lock.release()
        self.path = Path(path)
        self.lock = DatabaseLock(self.path)
        self.health = None
        self.acquire()

    # 2. header check (and the quick check, skipped when the stamp of the last clean close still matches)
    def check(self) -> FileHealth:
        if self.db is not None:
            raise RuntimeError("check() runs before open(): the header is never read beside a live connection")
        health = check_file(self.path, trust_stamp=True)
        if health.state not in (MISSING, EMPTY):
            try:
                refuse_unwritable(self.path)
            except ReadOnlyDatabaseError as exc:
                if health.ok:
                    health = FileHealth(READONLY, exc.message)
        self.health = health
        return health

    # 3. open
    def open(self, *, create: bool = False) -> Database:
        """Open for writing (create and migrate when needed). The stamp is removed first: only this session's
        clean close may vouch for the file again."""
        if not self.lock.held:
            raise RuntimeError("open() needs the writer's lock")
        if self.health is None:
            self.check()
        clear_stamp(self.path)
        self.db = open_database(self.path, create=create, user=self.user, inspected=True)
        log.info("Opened %s for writing", self.path)
        return self.db

    def open_for_viewing(self) -> Database:
        """Open a file that may not be written (read-only, immutable) for viewing: every save is refused."""
        self.db = open_reader(self.path, user=self.user, inspected=self.health is not None)
        log.info("Opened %s read-only for viewing", self.path)
        return self.db

    # 4./5. close → stamp
    def close(self, *, clean: bool = True) -> None:
        """Close the connection; after a clean writing session leave the stamp (store/verified.py)."""
        if not clean:
            self.ended_unclean = True
        db, self.db = self.db, None
        if db is None:
            return
        db.close()
        if clean and not db.readonly and self.path.exists():
            write_stamp(self.path)
        log.info("Closed %s", self.path)

    def release(self) -> None:
        self.lock.release()


@contextmanager
def writing(path: str | os.PathLike[str], *, allow_damaged: bool = False, user: str | None = None) -> Iterator[Session]:
    """The writing sequence for a command. The body opens the file with ``session.open()`` (or, for ``restore``
    and ``demo --force`` with ``allow_damaged``, replaces it); the stamp is left only when the body finished."""
    session = Session(path, user=user)
    session.acquire()
    try:
        health = session.check()
        if health.state == DAMAGED and not allow_damaged:
            raise StoreError(
                f"{health.message} Er is niets gewijzigd; zet een back-up terug met 'signaaltracker restore'."
            )
        if health.state in (FOREIGN, NEWER, UNREADABLE):
            raise StoreError(f"{health.message} Het bestand is niet vervangen of gewijzigd.")
        if health.state == READONLY or (health.state == EMPTY and not allow_damaged):
            raise StoreError(health.message)  # says itself that nothing was changed
        try:
            yield session
        except BaseException:
            session.close(clean=False)
            raise
        if session.db is not None:
            session.close()
        elif not session.ended_unclean and session.path.exists() and session.path.stat().st_size > 0:
            write_stamp(session.path)  # the body opened and closed the file itself (restore, demo)
    finally:
        session.release()


@contextmanager
def reading(path: str | os.PathLike[str], *, user: str | None = None) -> Iterator[Database]:
    """The reading sequence: header check, a read-only connection, close. Safe beside an open GUI."""
    path = Path(path)
    if not path.exists():
        inspect_file(path)  # a leftover -wal with data is named as such
        raise StoreError(f"{path.name} bestaat niet.")
    db = open_reader(path, user=user)
    try:
        version = db.schema_version
        if version < latest_version():
            db.close()
            log.info("%s has schema %d; migrating before reading", path, version)
            with writing(path, user=user) as session:
                yield session.open()
            return
        yield db
    finally:
        db.close()


def copy_for_editing(path: str | os.PathLike[str], fallback_folder: Path) -> Path:
    """A writable, owner-only copy of a database the user made read-only, to work on instead: ``<stem>-kopie.db``
    next to it, or in ``fallback_folder`` when that folder cannot be written either. The original is only read
    (through SQLite's backup API on a read-only connection)."""
    from signaaltracker.store.backups import atomic_copy

    path = Path(path)
    folder = path.parent if os.access(path.parent, os.W_OK) else Path(fallback_folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"De map {folder} kan niet worden gemaakt: {exc.strerror or exc}.") from None
    target = folder / f"{path.stem}-kopie{path.suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{path.stem}-kopie-{counter}{path.suffix}"
    source = open_reader(path)
    try:
        atomic_copy(source, target, label="De kopie")
    finally:
        source.close()
    log.info("Copied read-only %s to %s for editing", path, target)
    return target
