"""The log file, shared by the GUI and the commands (no Qt): ``signaaltracker.log`` in the user log folder, rotated
at 1 MB with five older files kept. Every module logs to its own ``logging.getLogger(__name__)``, a child of
``signaaltracker``, so store and exchange record backups made or skipped, files removed and wipes completed,
whoever runs them.

The folder and the files are the owner's only (0700/0600), whatever the umask: they name files and people.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

LOG_NAME = "signaaltracker"
MAX_BYTES = 1_000_000
KEEP = 5  # older files: signaaltracker.log.1 (newest) … .5


class PrivateLogHandler(logging.FileHandler):
    """The log file, created 0600 (the standard handlers use the umask, often 0644), rotated at ``MAX_BYTES``.

    Not ``logging.handlers.RotatingFileHandler``: importing logging.handlers brings socket, pickle and queue into
    every start of the app and of every command (~12 ms), for a rotation of a dozen lines.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
        self.max_bytes, self.keep = max_bytes, keep
        super().__init__(path, mode="a", encoding="utf-8", delay=True)
        try:
            if path.stat().st_size >= max_bytes:
                self.doRollover()
        except OSError:  # absent, or another process rotated it just now
            pass
        self.stream = self._open()  # now, so a file that cannot be opened makes setup_logging fall back

    def _open(self):  # type: ignore[no-untyped-def]  # the base class's own (version-dependent) stream type
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)

    def emit(self, record: logging.LogRecord) -> None:
        """Write ``record``; a log that cannot be written never raises into the code that logged."""
        try:
            if self.stream is not None and (self._moved_away() or self.stream.tell() >= self.max_bytes):
                self.doRollover()  # before writing, so the newest record is always in the current file
            super().emit(record)  # (re)opens the file when needed; FileHandler.emit does not catch that
        except Exception:
            self.handleError(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """A file-system failure (folder removed, disk full, file locked) loses the record quietly: a command's
        stderr holds only its one Dutch sentence, and the crash dialog must still appear. Other faults (a bad
        format string) are reported as logging always does."""
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handleError(record)

    def _moved_away(self) -> bool:
        """True when another process (the GUI beside a command) rotated the file this handler still writes."""
        try:
            return os.stat(self.baseFilename).st_ino != os.fstat(self.stream.fileno()).st_ino
        except OSError:
            return True

    def doRollover(self) -> None:
        """signaaltracker.log → .1 → .2 …; the oldest beyond ``keep`` is dropped; the next record starts afresh.
        When another process has rotated already, only the current file is reopened."""
        self.acquire()
        try:
            moved = self.stream is not None and self._moved_away()
            if self.stream is not None:
                self.stream.close()
                self.stream = None  # type: ignore[assignment]  # reopened (0600) by the next emit
            if moved:
                return
            base = self.baseFilename
            for number in range(self.keep - 1, 0, -1):
                self._rename(f"{base}.{number}", f"{base}.{number + 1}")
            self._rename(base, f"{base}.1")
        finally:
            self.release()

    @staticmethod
    def _rename(source: str, target: str) -> None:
        try:
            os.replace(source, target)
        except FileNotFoundError:  # not there, or moved on by another process a moment ago
            pass


def setup_logging(log_dir: Path, *, stderr_fallback: bool = True) -> logging.Logger:
    """Attach the log file to the ``signaaltracker`` logger (once per process). When the folder cannot be
    made, the GUI logs to stderr instead; a command logs nowhere (``stderr_fallback=False``), so its stderr
    stays the one Dutch sentence of an error."""
    logger = logging.getLogger(LOG_NAME)
    if not logger.handlers:
        try:
            log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            if os.name == "posix":
                os.chmod(log_dir, 0o700)
                for old in log_dir.glob("signaaltracker.log*"):  # from versions that left them 0644
                    os.chmod(old, 0o600)
            handler: logging.Handler = PrivateLogHandler(log_dir / "signaaltracker.log")
        except OSError:
            handler = logging.StreamHandler(sys.stderr) if stderr_fallback else logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger
