"""A database connection: header and identity checks before any write, transactions (opening for writing,
with migrations and a backup first: store/opening.py)."""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from signaaltracker.store.errors import (
    DamagedDatabaseError,
    EmptyDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StoreError,
)
from signaaltracker.store.migrations import latest_version

log = logging.getLogger(__name__)

APPLICATION_ID = 0x53475452  # "SGTR": marks a file as a SignaalTracker database
SQLITE_MAGIC = b"SQLite format 3\x00"
PRE_MIGRATION_TAG = "voor-migratie"


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers, services)
        return "onbekend"


class Database:
    """One open SignaalTracker database. Pass it to repositories; close it when done.

    The connection runs in autocommit mode; every write happens inside ``transaction()``, which nests
    (inner blocks become savepoints), so a repository call and its audit row commit or roll back together.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, user: str, *, readonly: bool = False) -> None:
        self.conn = conn
        self.path = path
        self.user = user
        self.readonly = readonly
        self.closed = False
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        if self.readonly:
            raise ReadOnlyDatabaseError(f"{self.path.name} is alleen geopend om te bekijken; er is niets opgeslagen.")
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
            raise
        else:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("COMMIT")
            else:
                self.conn.execute(f"RELEASE sp{self._depth}")

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute(sql, params)]

    def scalar(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @property
    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def reader(self) -> Database:
        """Another, read-only connection to the same file for a worker thread (a backup off the GUI thread).

        It goes straight to SQLite: the file's header is never read again through a second operating-system
        handle while this process has the file open (closing such a handle drops SQLite's POSIX locks for the
        whole process, after which another process may delete the live -wal).
        """
        try:
            conn = _connect(self.path, readonly=True)
            conn.execute("PRAGMA busy_timeout = 5000")
        except sqlite3.Error as exc:
            raise _classify(self.path, exc) from None
        return Database(conn, self.path, self.user, readonly=True)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.readonly:  # a reader never writes: no optimize, and SQLite never checkpoints for it
            self.conn.close()
            return
        try:
            # analysis_limit keeps optimize's ANALYZE approximate: without it a first close of a large
            # database analyses every row (about 1 s at a million signals).
            self.conn.execute("PRAGMA analysis_limit = 400")
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _has_frames(wal: Path) -> bool:
    """A -wal that holds data (an empty one, left by a read-only connection, holds nothing)."""
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False


def inspect_file(path: Path) -> None:
    """Refuse, without writing anything, a path that is not a SignaalTracker database file. A missing file passes
    (when no -wal of an earlier file is left beside it); an empty file never does.

    This reads the header through its own handle, so call it only before this process opens a connection to the
    file (see ``Database.reader``).
    """
    if not path.exists():
        if _has_frames(_side_file(path, "-wal")):
            raise EmptyDatabaseError(
                f"{path.name} ontbreekt, maar er staat nog een {path.name}-wal naast met gegevens van een eerder "
                "bestand. SignaalTracker maakt hier geen nieuwe database; zet een back-up terug of kies een "
                "andere naam. Er is niets gewijzigd."
            )
        return
    if path.is_dir():
        raise NotADatabaseError(f"{path.name} is een map, geen database.")
    if not path.is_file():
        raise NotADatabaseError(f"{path.name} is geen gewoon bestand en dus geen SignaalTracker-database.")
    size = path.stat().st_size
    if size == 0:
        extra = (
            f" Er staat wel een {path.name}-wal met gegevens naast; die is niet aangeraakt."
            if _has_frames(_side_file(path, "-wal"))
            else ""
        )
        raise EmptyDatabaseError(
            f"{path.name} is leeg (0 bytes) en dus geen SignaalTracker-database.{extra} SignaalTracker begint "
            "hierin geen nieuwe database; zet een back-up terug of kies een ander bestand. Er is niets gewijzigd."
        )
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(f"{path.name} kan niet worden gelezen: {exc.strerror or exc}.") from None
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(f"{path.name} is geen SignaalTracker-database (het is geen SQLite-bestand).")
    if len(header) < 100 or size < 512:
        raise DamagedDatabaseError(f"{path.name} is beschadigd: het bestand is afgekapt.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size and page_count and size < page_size * page_count:
        raise DamagedDatabaseError(
            f"{path.name} is beschadigd: het bestand is korter dan de database zelf aangeeft (afgekapt)."
        )


def refuse_unwritable(path: Path) -> None:
    """Refuse to open ``path`` for writing when the user made it read-only (no write bit, also for root), it is
    immutable, or its folder cannot hold the -wal/-shm files. Nothing is changed, and no permission is altered."""
    if path.exists():
        mode = path.stat().st_mode
        if not mode & stat.S_IWUSR or not os.access(path, os.W_OK):
            raise ReadOnlyDatabaseError(
                f"{path.name} is alleen-lezen (of beveiligd tegen wijzigen). SignaalTracker verandert dat niet: "
                "open het om alleen te bekijken, maak een kopie om mee te werken, of geef het bestand zelf weer "
                "schrijfrechten. Er is niets gewijzigd."
            )
    if not os.access(path.parent, os.W_OK):
        raise ReadOnlyDatabaseError(
            f"In de map {path.parent} kan niet worden geschreven, dus {path.name} kan alleen worden bekeken. "
            "Er is niets gewijzigd."
        )


def readonly_uri(path: Path, immutable: bool = False) -> str:
    """A SQLite URI that opens ``path`` read-only. The path is percent-encoded (``as_uri``): a folder named
    "Team #2" or "waarom?" must not be read as a URI fragment or query, which would open another file."""
    return Path(path).resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def _connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode. Read-only ones use ``mode=ro`` and ``query_only``: they take SQLite's
    normal shared locks, never checkpoint, and never delete or truncate -wal/-shm. Only where nobody can write
    at all (a read-only folder without a -wal, e.g. a CD or a locked share) is the file opened as immutable."""
    if readonly:
        immutable = not os.access(path.parent, os.W_OK) and not _side_file(path, "-wal").exists()
        conn = sqlite3.connect(
            readonly_uri(path, immutable=immutable), uri=True, isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA query_only = 1")
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def create_owner_only(path: Path) -> None:
    """Create a new, empty database file that only its owner may read (0600 whatever the umask; SQLite gives
    the -wal and -shm the same mode). Refuses to touch an existing file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise StoreError(f"{path.name} kan niet worden gemaakt: {exc.strerror or exc}.") from None
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _classify(path: Path, exc: sqlite3.Error) -> StoreError:
    text = str(exc).lower()
    if "not a database" in text or "file is encrypted" in text:
        return NotADatabaseError(f"{path.name} is geen SignaalTracker-database.")
    if "malformed" in text or "corrupt" in text or "disk i/o" in text:
        return DamagedDatabaseError(f"{path.name} is beschadigd en kan niet veilig worden geopend.")
    if "locked" in text or "busy" in text:
        return StoreError(f"{path.name} is in gebruik door een ander programma; probeer het later opnieuw.")
    return StoreError(f"{path.name} kan niet worden geopend: {exc}.")


def _check_identity(conn: sqlite3.Connection, path: Path) -> int:
    """Return the schema version; refuse foreign SQLite files and files of a newer version."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID and tables > 0:
        raise NotADatabaseError(
            f"{path.name} is een SQLite-bestand van een ander programma, geen SignaalTracker-database."
        )
    if version > latest_version():
        raise NewerSchemaError(
            f"{path.name} is gemaakt met een nieuwere versie van SignaalTracker (schema {version}, deze versie "
            f"kent tot en met {latest_version()}); werk SignaalTracker bij om dit bestand te openen."
        )
    return int(version)


def database_files(path: str | os.PathLike[str]) -> list[Path]:
    """The database file and its -wal/-shm companions (which exist or not)."""
    return [Path(str(path) + suffix) for suffix in ("", "-wal", "-shm")]


def delete_database(path: str | os.PathLike[str]) -> None:
    """Remove a database file with its companions (only for files this program just created itself)."""
    for file in database_files(path):
        if file.exists():
            file.unlink(missing_ok=True)
            log.info("Deleted %s (created by this run, not completed)", file)


def _owner_only_files(path: Path) -> None:
    """The database and its -wal/-shm (which hold recent text too) are readable by the owner only (POSIX).

    Only for a file this process just opened for writing (so it is writable and ours): group and other bits
    are taken away, nothing is ever added."""
    if os.name != "posix":
        return
    for file in database_files(path):
        try:
            info = file.stat()
            if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) & 0o077:
                os.chmod(file, stat.S_IMODE(info.st_mode) & 0o700)
        except OSError:
            pass


def open_reader(path: str | os.PathLike[str], *, user: str | None = None, inspected: bool = False) -> Database:
    """A read-only ``Database`` (``mode=ro`` + ``query_only``): safe beside a writer in another process."""
    path = Path(path)
    conn = open_readonly(path, inspected=inspected)
    conn.execute("PRAGMA busy_timeout = 5000")
    return Database(conn, path, user or current_user(), readonly=True)


def open_readonly(path: str | os.PathLike[str], *, inspected: bool = False) -> sqlite3.Connection:
    """A read-only connection that cannot change the file (used by ``check``)."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path.name} bestaat niet.")
    if not inspected:
        inspect_file(path)
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.Error as exc:
        raise _classify(path, exc) from None
    try:
        _check_identity(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise _classify(path, exc) from None
    except BaseException:
        conn.close()
        raise
    return conn
