"""Backups: verified copies made with SQLite's online backup API, listed and rotated per database.

A backup of ``signalen.db`` is ``<folder>/signalen-YYYYMMDD-HHMMSS[-tag].db``. The folder comes from the setting
``backup.folder`` (default: a ``backups`` folder next to the database). Rotation keeps the newest backup of each of
the ``backup.keep_daily`` most recent days and of each of the ``backup.keep_weekly`` most recent ISO weeks; tagged
copies (made before a restore) are also kept while they are younger than ``keep_daily`` days.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from signaaltracker.store.database import APPLICATION_ID, Database, inspect_file, readonly_uri
from signaaltracker.store.errors import StoreError
from signaaltracker.store.lock import lock_fd, unlock_fd
from signaaltracker.store.migrations import latest_version
from signaaltracker.store.settings import Settings

log = logging.getLogger(__name__)

STAMP_FORMAT = "%Y%m%d-%H%M%S"
PRE_RESTORE_TAG = "voor-herstel"
MANUAL_TAG = "handmatig"  # made on request ("Back-up maken", `signaaltracker backup`): never rotated away
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<tag>[a-z-]+))?\.db$")
PART_SUFFIX = ".part"
_PART = re.compile(r"^.+\.db\.[A-Za-z0-9_]+\.part$")  # atomic_copy's temporary name: <name>.db.<random>.part
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    tag: str = ""


@dataclass(frozen=True)
class BackupPolicy:
    keep_daily: int = 7
    keep_weekly: int = 8

    @classmethod
    def from_settings(cls, settings: Settings) -> BackupPolicy:
        return cls(_count(settings.get("backup.keep_daily"), 7), _count(settings.get("backup.keep_weekly"), 8))


def _count(value: Any, default: int) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return default


def owner_only(path: Path, directory: bool = False) -> None:
    """Restrict a file (0600) or folder (0700) to its owner on POSIX; a no-op elsewhere."""
    if os.name == "posix":
        try:
            os.chmod(path, 0o700 if directory else 0o600)
        except OSError:
            pass


def default_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_folder(db: Database) -> Path:
    configured = str(Settings(db).get("backup.folder") or "").strip()
    return Path(configured).expanduser() if configured else default_folder(db.path)


def configured_folder(db_path: Path) -> Path:
    """The backup folder for ``db_path`` read without opening it for writing (it may be damaged)."""
    try:
        conn = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            raw = conn.execute("SELECT value FROM settings WHERE key = 'backup.folder'").fetchone()
        finally:
            conn.close()
        configured = str(json.loads(raw[0]) or "").strip() if raw else ""
    except (sqlite3.Error, ValueError, TypeError):
        configured = ""
    return Path(configured).expanduser() if configured else default_folder(db_path)


def verify_file(path: Path) -> None:
    """Raise StoreError unless ``path`` is an intact SignaalTracker database this version can open."""
    inspect_file(path)
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path.name} kan niet worden gelezen: {exc}.") from None
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise StoreError(f"{path.name} is geen SignaalTracker-database.")
        if version > latest_version():
            raise StoreError(
                f"{path.name} is gemaakt met een nieuwere versie van SignaalTracker (schema {version}); "
                "werk SignaalTracker eerst bij."
            )
        result = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        if result != ["ok"]:
            raise StoreError(f"{path.name} is beschadigd: de integriteitscontrole meldt '{result[0]}'.")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path.name} is beschadigd of geen SignaalTracker-database ({exc}).") from None
    finally:
        conn.close()


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; folders cannot be opened this way on Windows)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_copy(source: Database, target: Path, *, label: str = "De back-up") -> None:
    """Copy the database behind ``source`` to the new file ``target``, all or nothing: written under a temporary
    ``<name>.<random>.part`` (0600) that this process holds locked while it writes, synced to disk, verified, and
    only then renamed; the folder is synced after the rename. A run killed half-way leaves only the ``.part``,
    which the next backup removes once no process holds it (``remove_stale_parts``)."""
    folder = target.parent
    handle, partial_name = tempfile.mkstemp(prefix=target.name + ".", suffix=PART_SUFFIX, dir=folder)
    partial = Path(partial_name)
    # POSIX: an advisory lock tells remove_stale_parts this copy is in progress. (Windows locks are mandatory
    # and would stop SQLite writing; there an open file cannot be deleted anyway.)
    locked = os.name == "posix" and lock_fd(handle)
    try:
        try:
            copy_database(source.conn, partial)
            os.fsync(handle)
            verify_file(partial)
            if os.name != "posix":  # Windows cannot rename a file that is still open
                os.close(handle)
                handle = -1
            os.replace(partial, target)
            _fsync_folder(folder)
        except sqlite3.Error as exc:
            raise StoreError(f"{label} kon niet worden gemaakt: {exc}.") from None
        except OSError as exc:
            raise StoreError(f"{label} kon niet worden geschreven in {folder}: {exc.strerror or exc}.") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if handle >= 0:
            if locked:
                unlock_fd(handle)
            os.close(handle)


def remove_stale_parts(folder: Path, pattern: re.Pattern[str] | None = None) -> list[Path]:
    """Delete the ``*.part`` copies that killed backups (or exports: ``pattern``) left in ``folder``; one that
    a running process still holds locked is left alone. Returns what was deleted."""
    removed: list[Path] = []
    pattern = pattern or _PART
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        if not pattern.match(path.name) or not path.is_file():
            continue
        if os.name != "posix":  # pragma: no cover - Windows refuses to delete a file a running backup has open
            try:
                path.unlink()
                removed.append(path)
                log.info("Removed unfinished backup %s (left by an interrupted run)", path)
            except OSError:
                log.info("Backup in progress, left alone: %s", path)
            continue
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            continue
        try:
            if not lock_fd(fd):
                log.info("Backup in progress, left alone: %s", path)
                continue
            path.unlink()
            removed.append(path)
            log.info("Removed unfinished backup %s (left by an interrupted run)", path)
        except OSError as exc:
            log.warning("Could not remove unfinished backup %s: %s", path, exc)
        finally:
            os.close(fd)
    return removed


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write ``source`` into a new file ``target`` (online backup API) with a rollback journal and 0600."""
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    owner_only(target)


def make_backup(db: Database, folder: Path | None = None, tag: str = "", now: datetime | None = None) -> Path:
    """Copy the open database into ``folder`` (default: the configured one), verify it, then rotate.

    The copy is written under a temporary name and only renamed once it passes the integrity check, so a
    half-written or failing copy never looks like a backup.
    """
    folder = Path(folder) if folder is not None else backup_folder(db)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"De back-upmap {folder} kan niet worden gemaakt: {exc.strerror or exc}.") from None
    owner_only(folder, directory=True)
    moment = now or datetime.now()
    while True:  # two backups in the same second (a click and the daily one) must not overwrite each other
        name = f"{db.path.stem}-{moment.strftime(STAMP_FORMAT)}{'-' + tag if tag else ''}.db"
        target = folder / name
        if not target.exists():
            break
        moment += timedelta(seconds=1)
    remove_stale_parts(folder)
    try:
        atomic_copy(db, target)
    except StoreError as exc:
        log.warning("Backup of %s into %s failed: %s", db.path.name, folder, exc.message)
        raise
    log.info("Backup made: %s", target)
    rotate(folder, db.path.stem, BackupPolicy.from_settings(Settings(db)), today=(now or datetime.now()).date())
    return target


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """Backups of the database named ``stem`` in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or match["stem"] != stem or not path.is_file():
            continue
        try:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT)
        except ValueError:
            continue
        found.append(BackupInfo(path, taken, path.stat().st_size, match["tag"] or ""))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def backups_to_keep(backups: list[BackupInfo], policy: BackupPolicy, today: date) -> set[Path]:
    """Which backups the rotation keeps (``backups`` newest first): the newest of each of the last ``keep_daily``
    days and of each of the last ``keep_weekly`` weeks, recent tagged ones, and every backup made by hand."""
    keep: set[Path] = {b.path for b in backups if b.tag == MANUAL_TAG}
    if backups:
        keep.add(backups[0].path)
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in backups:
        day = backup.taken_at.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < policy.keep_daily:
            days.add(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < policy.keep_weekly:
            weeks.add(week)
            keep.add(backup.path)
        if backup.tag and (today - day) < timedelta(days=max(policy.keep_daily, 1)):
            keep.add(backup.path)
    return keep


def rotate(folder: Path, stem: str, policy: BackupPolicy, today: date | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps; return what was deleted.

    A backup that cannot be deleted (permissions, a virus scanner holding it) stays and is logged as a
    warning; rotation tries again next time, and the backup that was just made is never at stake.
    """
    backups = list_backups(folder, stem)
    keep = backups_to_keep(backups, policy, today or date.today())
    removed = []
    for backup in backups:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
                log.info("Rotation removed backup %s", backup.path)
            except OSError as exc:
                log.warning("Rotation could not remove %s: %s", backup.path, exc)
    return removed


def newest_good_backup(folder: Path, stem: str) -> BackupInfo | None:
    """The newest backup that passes the integrity check, or None."""
    for backup in list_backups(folder, stem):
        try:
            verify_file(backup.path)
        except StoreError:
            continue
        return backup
    return None


def _last_audit_row(conn: sqlite3.Connection) -> tuple[Any, ...] | None:
    # The whole row, not only its id: after a restore, ids are reused by a history that has diverged.
    row: tuple[Any, ...] | None = conn.execute(
        "SELECT id, at, user, table_name, row_id, action, before, after FROM audit_log ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return row


def unchanged_since_newest_backup(db: Database) -> bool:
    """True when the newest backup already holds everything: every write leaves an audit row, so equal
    last audit rows mean nothing was written since (a backup on close can then be skipped: ~10 s at 1M signals)."""
    backups = list_backups(backup_folder(db), db.path.stem)
    if not backups:
        return False
    try:
        conn = sqlite3.connect(readonly_uri(backups[0].path), uri=True)
        try:
            unchanged = tuple(_last_audit_row(conn) or ()) == tuple(_last_audit_row(db.conn) or ())
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    if unchanged:
        log.info("No backup needed for %s: nothing written since %s", db.path.name, backups[0].path.name)
    return unchanged


def backup_if_none_today(db: Database, today: date | None = None) -> Path | None:
    """The start-up backup: at most one per day."""
    folder = backup_folder(db)
    backups = list_backups(folder, db.path.stem)
    if backups and backups[0].taken_at.date() >= (today or date.today()):
        remove_stale_parts(folder)  # at start also when no backup is due
        log.info("Start-up backup skipped: %s already has one of today", db.path.name)
        return None
    return make_backup(db)
