"""The log file, shared by the GUI and the commands (no Qt): a rotating ``signaaltracker.log`` in the user log
folder. Every module logs to its own ``logging.getLogger(__name__)``, a child of ``signaaltracker``, so store and
exchange record backups made or skipped, files removed and wipes completed, whoever runs them.

The folder and the files are the owner's only (0700/0600), whatever the umask: they name files and people.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

LOG_NAME = "signaaltracker"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every new file is created 0600 (the standard handler uses the umask, often 0644)."""

    def _open(self):  # type: ignore[no-untyped-def]  # the base class's own (version-dependent) stream type
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)


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
            handler: logging.Handler = PrivateRotatingFileHandler(
                log_dir / "signaaltracker.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError:
            handler = logging.StreamHandler(sys.stderr) if stderr_fallback else logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger
