"""Starting the GUI: application object, crash handler, single-instance guard, opening the database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from signaaltracker.paths import user_log_dir
from signaaltracker.ui.crash import CrashHandler, setup_logging


class FirstPaintQuitter(QObject):
    """Quits the application right after the watched window has painted once (``--exit-after-first-paint``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.app.quit)
        return False


def lock_for(db_path: Path) -> QLockFile:
    lock = QLockFile(str(db_path) + ".lock")
    lock.setStaleLockTime(0)
    return lock


def run_app(db_path: Path, *, exit_after_first_paint: bool = False, created_demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SignaalTracker")
    app.setOrganizationName("SignaalTracker")
    logger = setup_logging(user_log_dir())
    previous_hook = sys.excepthook
    sys.excepthook = CrashHandler(logger)
    try:
        return _run(app, db_path, exit_after_first_paint, created_demo)
    finally:
        sys.excepthook = previous_hook


def _run(app: QApplication, db_path: Path, exit_after_first_paint: bool, created_demo: bool) -> int:
    lock = lock_for(db_path)
    if not lock.tryLock(200):
        QMessageBox.warning(
            None, "Database al geopend",
            f"{db_path.name} is al geopend in een ander venster van SignaalTracker. Ga naar dat venster; "
            "twee vensters tegelijk op één database kunnen elkaars wijzigingen overschrijven.",
        )
        return 3
    try:
        from signaaltracker.store import Store
        from signaaltracker.store.database import open_database
        from signaaltracker.store.errors import StoreError
        from signaaltracker.ui import startup_checks

        if not startup_checks.check_before_open(db_path):
            return 1
        try:
            store = Store(open_database(db_path))
        except StoreError as exc:
            QMessageBox.critical(None, "Database niet geopend", exc.message)
            return 1
        from signaaltracker.ui.main_window import MainWindow

        window = MainWindow(store)
        window.show_message(" ".join(startup_checks.after_open(store)))
        if created_demo:
            window.show_message(f"Demodatabase aangemaakt in {db_path}")
        quitter = FirstPaintQuitter(app)
        if exit_after_first_paint:
            window.installEventFilter(quitter)
        window.show()
        status = app.exec()
        startup_checks.on_close(store)
        store.close()
        return status
    finally:
        lock.unlock()
