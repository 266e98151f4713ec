"""Uncaught exceptions: a dialog with a copyable report, and a rotating log in the user log dir."""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from signaaltracker import __version__
from signaaltracker.ui.i18n import tr

LOG_NAME = "signaaltracker"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every new file is created 0600 (the standard handler uses the umask, often 0644)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: Path) -> logging.Logger:
    """The log of the GUI (and of everything below it: store, exchange and reports log to children of
    ``signaaltracker``). The folder and the files are the owner's only (0700/0600): they name files and people."""
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
            handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    return logger


def crash_report(exc_type, exc, tb) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return (
        f"SignaalTracker {__version__}\nPython {platform.python_version()} on {platform.platform()}\n\n"
        + "".join(lines)
    )


class CrashHandler:
    """Installed as ``sys.excepthook`` while the GUI runs."""

    def __init__(self, logger: logging.Logger) -> None:
        self.logger = logger
        self.showing = False

    def __call__(self, exc_type, exc, tb) -> None:
        report = crash_report(exc_type, exc, tb)
        self.logger.error("Uncaught exception\n%s", report)
        app = QApplication.instance()
        if self.showing or app is None or QThread.currentThread() is not app.thread():
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, tr("Onverwachte fout"),
                              tr("Er ging iets mis in SignaalTracker. Uw gegevens zijn opgeslagen tot de laatste "
                              "bevestigde wijziging.\n\nKopieer het rapport hieronder en stuur het naar uw "
                              "functioneel beheerder."))
            box.setDetailedText(report)
            copy = box.addButton(tr("Rapport kopiëren"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is copy:
                QApplication.clipboard().setText(report)
        finally:
            self.showing = False
