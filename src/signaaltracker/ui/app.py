"""Starting the GUI: application object, crash handler, single-instance guard, opening the database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from signaaltracker.paths import user_log_dir
from signaaltracker.resources import resource
from signaaltracker.store.register import Session
from signaaltracker.ui.crash import CrashHandler, setup_logging
from signaaltracker.ui.i18n import Translations, language_from_settings

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Matches packaging/linux/<id>.desktop, so desktops pair the running window with its launcher and icon.
DESKTOP_FILE_NAME = "nl.signaaltracker.SignaalTracker"


def app_icon() -> QIcon:
    """The app icon from the PNG sizes rendered from resources/icons/signaaltracker.svg."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"signaaltracker-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon


class FirstPaintQuitter(QObject):
    """Quits the application right after the watched window has painted once (``--exit-after-first-paint``)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            # exit() rather than quit(): quit() goes through "close all windows", which leaves the
            # application marked as closing, so a later dialog in the same process would return at once.
            QTimer.singleShot(0, lambda: self.app.exit(0))
        return False


def run_app(db_path: Path, *, exit_after_first_paint: bool = False, created_demo: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SignaalTracker")
    app.setOrganizationName("SignaalTracker")
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    translations = Translations(app)
    translations.apply("nl")
    logger = setup_logging(user_log_dir())
    previous_hook = sys.excepthook
    sys.excepthook = CrashHandler(logger)
    try:
        return _run(app, translations, db_path, exit_after_first_paint, created_demo)
    finally:
        sys.excepthook = previous_hook
        translations.remove()


def _run(
    app: QApplication, translations: Translations, db_path: Path, exit_after_first_paint: bool, created_demo: bool
) -> int:
    """The GUI side of the one opening sequence (store/register.py): lock → header check → open → work →
    close → stamp, with the questions of the start-up check in between."""
    session = Session(db_path)
    if not session.try_acquire():
        QMessageBox.warning(
            None, QCoreApplication.translate("app", "Database al geopend"),
            QCoreApplication.translate(
                "app",
                "{name} is al geopend in een ander venster van SignaalTracker. Ga naar dat venster; "
                "twee vensters tegelijk op één database kunnen elkaars wijzigingen overschrijven.",
            ).format(name=db_path.name),
        )
        return 3
    try:
        from signaaltracker.store import Store
        from signaaltracker.store.errors import StoreError
        from signaaltracker.ui import startup_checks

        if not startup_checks.check_before_open(session):
            return 1
        try:
            store = Store(session.open_for_viewing() if session.view_only else session.open())
        except StoreError as exc:
            QMessageBox.critical(None, QCoreApplication.translate("app", "Database niet geopend"), exc.message)
            return 1
        translations.apply(language_from_settings(store.settings))
        from signaaltracker.ui.main_window import MainWindow

        window = MainWindow(store)
        worker = startup_checks.AfterOpenWorker(store.db)
        worker.messages.connect(lambda texts: texts and window.show_message(" ".join(texts)))
        if session.view_only:  # nothing is saved, so no backups either
            window.setWindowTitle(QCoreApplication.translate("app", "{name} (alleen bekijken) — SignaalTracker")
                                  .format(name=db_path.name))
            window.show_message(QCoreApplication.translate(
                "app", "Alleen bekijken: {name} is alleen-lezen; wijzigingen worden niet opgeslagen.").format(
                name=db_path.name))
        if created_demo:
            created = QCoreApplication.translate("app", "Demodatabase aangemaakt in {path}")
            window.show_message(created.format(path=db_path))
        quitter = FirstPaintQuitter(app)
        if exit_after_first_paint:
            window.installEventFilter(quitter)
        window.show()
        if not session.view_only:  # backup and retention count after the first paint, off the GUI thread
            QTimer.singleShot(0, worker.start)
        status = app.exec()
        worker.wait()
        window.removeEventFilter(quitter)
        window.close()
        window.deleteLater()
        if not session.view_only:
            startup_checks.on_close(store)
        session.close()  # closed cleanly: the stamp lets the next start skip the full quick check
        return status
    finally:
        session.close(clean=False)  # only when something above failed before the normal close
        session.release()
