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


EXPECTED_OPEN_ERRORS = (OSError, ValueError)  # plus StoreError, added where it is imported (lazily)
DEMO_FILE_NAME = "voorbeeldgegevens.db"  # the demo's world, beside the real register and never in it


def _store_error() -> type[Exception]:
    from signaaltracker.store.errors import StoreError

    return StoreError


def demo_database(register: Path) -> Path:
    return register.with_name(DEMO_FILE_NAME)


def ask_first_start(parent=None) -> str | None:
    """The first start's choice: "empty", "demo", or None when the window was closed."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("app", "Welkom bij SignaalTracker"),
        QCoreApplication.translate(
            "app",
            "Er is nog geen registratie. Begin met een lege registratie voor uw eigen "
            "signalen, of bekijk eerst de voorbeeldgegevens (de wereld van de voorbeeldmemo van "
            "Noordoostpolder, in een apart bestand).",
        ),
        parent=parent,
    )
    empty = box.addButton(
        QCoreApplication.translate("app", "Begin met een &lege registratie"), QMessageBox.ButtonRole.AcceptRole
    )
    demo = box.addButton(
        QCoreApplication.translate("app", "Bekijk de &voorbeeldgegevens"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("app", "Afsluiten"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(empty)
    box.exec()
    return {id(empty): "empty", id(demo): "demo"}.get(id(box.clickedButton()))


def prepare_first_start(register: Path, choice: str) -> Path:
    """Create what the first start's choice needs and return the file to open: an empty register at
    ``register``, or the demo in its own file beside it (the register itself stays absent until chosen)."""
    if choice == "demo":
        demo = demo_database(register)
        if not demo.exists():
            from signaaltracker.exchange.demo import build_demo

            build_demo(demo)
        return demo
    from signaaltracker.store.register import writing

    with writing(register) as session:  # lock, check, create, close with the stamp
        session.open(create=True)
    return register


def run_app(
    db_path: Path, *, exit_after_first_paint: bool = False, created_demo: bool = False, first_start: bool = False
) -> int:
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
        if first_start:
            choice = "empty" if exit_after_first_paint else ask_first_start()
            if choice is None:
                return 0
            db_path = prepare_first_start(db_path, choice)
            created_demo = choice == "demo"
        while True:
            status, switch = _run(app, translations, db_path, exit_after_first_paint, created_demo)
            if switch is None:
                return status
            db_path, create = switch  # Bestand → Nieuwe registratie / Openen: the opening sequence again
            created_demo = False
            if create:
                try:
                    db_path = prepare_first_start(db_path, "empty")
                except (*EXPECTED_OPEN_ERRORS, _store_error()) as exc:
                    QMessageBox.critical(
                        None,
                        QCoreApplication.translate("app", "Database niet geopend"),
                        getattr(exc, "message", str(exc)),
                    )
                    return 1
    finally:
        sys.excepthook = previous_hook
        translations.remove()


def _run(
    app: QApplication, translations: Translations, db_path: Path, exit_after_first_paint: bool, created_demo: bool
) -> tuple[int, tuple[Path, bool] | None]:
    """The GUI side of the one opening sequence (store/register.py): lock → header check → open → work →
    close → stamp, with the questions of the start-up check in between."""
    session = Session(db_path)
    if not session.try_acquire():
        QMessageBox.warning(
            None,
            QCoreApplication.translate("app", "Database al geopend"),
            QCoreApplication.translate(
                "app",
                "{name} is al geopend in een ander venster van SignaalTracker. Ga naar dat venster; "
                "twee vensters tegelijk op één database kunnen elkaars wijzigingen overschrijven.",
            ).format(name=db_path.name),
        )
        return 3, None
    try:
        from signaaltracker.store import Store
        from signaaltracker.store.errors import StoreError
        from signaaltracker.ui import startup_checks

        if not startup_checks.check_before_open(session):
            return 1, None
        try:
            store = Store(session.open_for_viewing() if session.view_only else session.open())
        except StoreError as exc:
            QMessageBox.critical(None, QCoreApplication.translate("app", "Database niet geopend"), exc.message)
            return 1, None
        translations.apply(language_from_settings(store.settings))
        from signaaltracker.ui.main_window import MainWindow

        window = MainWindow(store)
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # closing may mean "open another register" (window.next_database)
        window.closed.connect(lambda: app.exit(0))
        worker = startup_checks.AfterOpenWorker(store.db)
        worker.messages.connect(lambda texts: texts and window.show_message(" ".join(texts)))
        if session.view_only:  # nothing is saved, so no backups either
            window.setWindowTitle(
                QCoreApplication.translate("app", "{name} (alleen bekijken) — SignaalTracker").format(name=db_path.name)
            )
            window.show_message(
                QCoreApplication.translate(
                    "app", "Alleen bekijken: {name} is alleen-lezen; wijzigingen worden niet opgeslagen."
                ).format(name=db_path.name)
            )
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
        window.closed.disconnect()
        app.setQuitOnLastWindowClosed(quit_on_close)
        worker.wait()
        window.removeEventFilter(quitter)
        window.close()
        window.deleteLater()
        if not session.view_only:
            startup_checks.on_close(store)
        session.close()  # closed cleanly: the stamp lets the next start skip the full quick check
        return status, window.next_database
    finally:
        session.close(clean=False)  # only when something above failed before the normal close
        session.release()
