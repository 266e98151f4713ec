"""Uncaught exceptions: a dialog with a copyable report, and a rotating log in the user log dir."""

from __future__ import annotations

import logging
import platform
import sys
import traceback

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from signaaltracker import __version__
from signaaltracker.logfile import LOG_NAME, setup_logging  # noqa: F401 - the GUI's log set-up lives there
from signaaltracker.ui.i18n import tr


def crash_report(exc_type, exc, tb) -> str:
    lines = traceback.format_exception(exc_type, exc, tb)
    return f"SignaalTracker {__version__}\nPython {platform.python_version()} on {platform.platform()}\n\n" + "".join(
        lines
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
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                tr("Onverwachte fout"),
                tr(
                    "Er ging iets mis in SignaalTracker. Uw gegevens zijn opgeslagen tot de laatste "
                    "bevestigde wijziging.\n\nKopieer het rapport hieronder en stuur het naar uw "
                    "functioneel beheerder."
                ),
            )
            box.setDetailedText(report)
            copy = box.addButton(tr("Rapport kopiëren"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is copy:
                QApplication.clipboard().setText(report)
        finally:
            self.showing = False
