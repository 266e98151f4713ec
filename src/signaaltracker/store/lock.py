"""One writer per database: an operating-system lock on ``<database>.lock``.

The GUI holds it while a database is open; command-line commands that write take it for their duration. The
operating system releases it when the process ends, even after a crash, so a stale lock never blocks anyone.
Within one process a second ``DatabaseLock`` on the same file is refused too (tests rely on that).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from signaaltracker.store.errors import StoreError


class DatabaseInUseError(StoreError):
    """Another SignaalTracker process (or window) is writing this database."""


class DatabaseLock:
    def __init__(self, db_path: str | os.PathLike[str]) -> None:
        self.db_path = Path(db_path)
        resolved = Path(db_path).resolve()  # one lock file per real file, also through a symlink
        self.path = resolved.with_name(resolved.name + ".lock")
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        if self._fd is not None:
            return True
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError(
                f"{self.db_path.name} kan niet worden geopend om te schrijven: de map staat geen nieuw bestand toe "
                f"({exc.strerror or exc})."
            ) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return True

    def acquire(self) -> DatabaseLock:
        """Take the lock or raise DatabaseInUseError with a Dutch sentence."""
        if not self.try_acquire():
            raise DatabaseInUseError(
                f"{self.db_path.name} is geopend in SignaalTracker (of wordt door een andere opdracht gebruikt); "
                "sluit dat venster eerst en probeer het dan opnieuw."
            )
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DatabaseLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def lock_fd(fd: int) -> bool:
    """Take an exclusive, non-blocking lock on an open file (a backup being written); False when taken."""
    try:
        _lock(fd)
    except OSError:
        return False
    return True


def unlock_fd(fd: int) -> None:
    _unlock(fd)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
