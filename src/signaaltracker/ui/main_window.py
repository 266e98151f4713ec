"""The main window: navigation list on the left, the current page on the right, menus and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from signaaltracker import __version__
from signaaltracker.store import Store
from signaaltracker.ui import accessibility
from signaaltracker.ui.document_actions import add_document_actions
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.navigation import PageEntry, guide_index, page_entries
from signaaltracker.ui.page_area import PageArea
from signaaltracker.ui.pages.base import Page
from signaaltracker.ui.shortcuts import shortcuts_dialog
from signaaltracker.ui.unsaved import settle
from signaaltracker.ui.view_state import load, load_bytes, save, save_bytes

PAGE_KEY = "window/page"  # view state (ui/view_state.py)
RECENT_KEY = "files/recent"
RECENT_COUNT = 6
GEOMETRY_KEY = "window/geometry"
RESTORE_PAGE_DELAY_MS = 150


def recent_files() -> list[str]:
    files = load(RECENT_KEY, [])
    return [str(f) for f in files if isinstance(f, str) and Path(f).is_file()] if isinstance(files, list) else []


def remember_recent(path: Path) -> None:
    """Put ``path`` first in Bestand → Recente bestanden (view state, not the register)."""
    entry = str(Path(path).resolve())
    save(RECENT_KEY, [entry, *[f for f in recent_files() if f != entry]][:RECENT_COUNT])


def initial_size() -> tuple[int, int]:
    """Most of the screen, at least 1200×680 but never more than the screen offers beside the taskbar (a
    1280×720 laptop, or a larger one at 200 % text)."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return 1200, 680
    available = screen.availableGeometry()
    width = min(available.width(), max(1200, min(int(available.width() * 0.9), 1700)))
    height = min(available.height() - 40, max(680, min(int(available.height() * 0.9), 1050)))  # 40: title bar
    return width, max(400, height)


class MainWindow(QMainWindow):
    page_changed = Signal(str)
    closed = Signal()  # the window was closed (after the unsaved-changes question)
    # Emitted after the database file was replaced under the open store (a backup restored): every page built
    # so far is dropped (with its undo stack and unsaved state) and built afresh on its next visit.
    database_replaced = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessibility.install()  # Tab model of tables, focus ring, contrast of selection and placeholders
        self.store = store
        self.entries: list[PageEntry] = page_entries()
        self.pages: dict[str, Page] = {}
        self.next_database: tuple[Path, bool] | None = None  # set when the user chose another register
        self.setWindowTitle(f"{store.db.path.name} — SignaalTracker")
        self.resize(*initial_size())

        self.nav = QListWidget()
        self.nav.setAccessibleName(tr("Navigatie"))
        self.nav.setAccessibleDescription(tr("Kies een onderdeel van SignaalTracker"))
        self.nav.setFixedWidth(180)
        self.nav.setSpacing(3)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.nav.setFont(font)
        self.stack = QStackedWidget()
        self.placeholders: dict[str, QWidget] = {}
        for entry in self.entries:
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(f"{entry.label} ({entry.shortcut})")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, entry.shortcut)
            self.nav.addItem(item)
            placeholder = QWidget()
            self.placeholders[entry.key] = placeholder
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self._show_row)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(PageArea(self.stack), 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self._build_menus()
        self.database_replaced.connect(self.drop_pages)
        geometry = load_bytes(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        last = load(PAGE_KEY)
        self._restore_page = QTimer(self)  # stopped when the window closes (closeEvent)
        self._restore_page.setSingleShot(True)
        self.nav.setCurrentRow(0)
        if last in [entry.key for entry in self.entries[1:]]:
            # The page left last is opened a moment after the first paint, like the Overzicht's charts: a page
            # with charts or a PDF preview (pyqtgraph, reportlab) never delays start-up.
            self._restore_page.timeout.connect(lambda: self.show_page(str(last)))
            self._restore_page.start(RESTORE_PAGE_DELAY_MS)

    # --- pages ---------------------------------------------------------------------------------
    def page(self, key: str) -> Page:
        """The page for ``key``, built on first use."""
        if key not in self.pages:
            entry = next(e for e in self.entries if e.key == key)
            page = entry.factory(self.store, self)
            index = self.stack.indexOf(self.placeholders[key])
            self.stack.removeWidget(self.placeholders[key])
            self.stack.insertWidget(index, page)
            self.pages[key] = page
        return self.pages[key]

    def drop_pages(self) -> None:
        """Forget every built page except the one on screen, which is refreshed; the others are rebuilt on their
        next visit, so none keeps ids, undo steps or a memo from the database as it was before."""
        current = self.stack.currentWidget()
        for key, page in list(self.pages.items()):
            if page is current:
                continue
            for timer in page.findChildren(QTimer):  # no pending save into the replaced database
                timer.stop()
            release = getattr(page, "release", None)
            if callable(release):
                release()
            index = self.stack.indexOf(page)
            self.stack.removeWidget(page)
            placeholder = QWidget()
            self.placeholders[key] = placeholder
            self.stack.insertWidget(index, placeholder)
            del self.pages[key]
            page.deleteLater()
        if isinstance(current, Page):
            current.refresh()

    def show_page(self, key: str) -> Page:
        row = next(i for i, e in enumerate(self.entries) if e.key == key)
        self.nav.setCurrentRow(row)
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        entry = self.entries[row]
        leaving = self.stack.currentWidget()
        if isinstance(leaving, Page) and leaving is not self.pages.get(entry.key) and not settle(self, leaving):
            self._select_nav_of(leaving)  # Annuleren: stay on the page with the typed work
            return
        page = self.page(entry.key)
        if self.stack.currentWidget() is not page:
            self.status_label.clear()  # a message belongs to the page it came from
        self.stack.setCurrentWidget(page)
        page.refresh()
        save(PAGE_KEY, entry.key)
        self.page_changed.emit(entry.key)

    def _select_nav_of(self, page: Page) -> None:
        key = next((k for k, p in self.pages.items() if p is page), None)
        if key is None:
            return
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(next(i for i, e in enumerate(self.entries) if e.key == key))
        self.nav.blockSignals(False)

    def settle_unsaved(self) -> bool:
        """Ask about typed but unsaved work on every page built (the one on screen first); True when the window
        may close, switch database or quit."""
        current = self.stack.currentWidget()
        pages = [current] if isinstance(current, Page) else []
        pages += [p for p in self.pages.values() if p is not current]
        for page in pages:
            if page.has_unsaved_changes():
                if page is not current:
                    self.stack.setCurrentWidget(page)
                    self._select_nav_of(page)
                if not settle(self, page):
                    return False
        return True

    # --- another register: Bestand → Nieuwe registratie / Openen / Recente bestanden ---------------------
    # The window closes (after the unsaved-changes question) and ui/app.py runs the one opening sequence
    # (store/register.py) again on the chosen file; ``next_database`` says which, and whether to create it.
    def ask_switch(self, create: bool) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from signaaltracker.ui.widgets import documents_folder

        title = tr("Nieuwe registratie") if create else tr("Registratie openen")
        kind = tr("SignaalTracker-registratie (*.db)")
        if create:
            name, _ = QFileDialog.getSaveFileName(self, title, str(documents_folder() / "signaaltracker.db"), kind)
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, str(self.store.db.path.parent), kind)
        name = name.strip()
        if not name:
            return False
        path = Path(name)
        if create and path.suffix.lower() != ".db":
            path = path.with_suffix(".db")
        return self.switch_to(path, create=create)

    def switch_to(self, path: Path, create: bool = False) -> bool:
        """Close this register and open ``path`` (a new, empty one when ``create``). False when refused."""
        path = Path(path)
        if create and path.exists():
            self.show_message(
                tr("{name} bestaat al; kies een andere naam, of open het bestand.").format(name=path.name)
            )
            return False
        if not create and not path.is_file():
            self.show_message(tr("{name} bestaat niet (meer).").format(name=path.name))
            return False
        if path.resolve() == self.store.db.path.resolve():
            return False
        self.next_database = (path, create)
        if not self.close():
            self.next_database = None
            return False
        return True

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.store.db.path.resolve()
        files = [Path(f) for f in recent_files() if Path(f).resolve() != current]
        for file in files:
            action = self.recent_menu.addAction(str(file))
            action.triggered.connect(lambda _=False, f=file: self.switch_to(f))
        if not files:
            empty = self.recent_menu.addAction(tr("(geen andere bestanden)"))
            empty.setEnabled(False)

    def closeEvent(self, event) -> None:
        if not self.settle_unsaved():
            event.ignore()
            return
        save_bytes(GEOMETRY_KEY, self.saveGeometry())
        # Nothing may read the register after its window closed: no page opened late, no search still pending.
        self._restore_page.stop()
        signals = self.pages.get("signals")
        if signals is not None:
            signals.filter_bar.cancel_pending_search()
        super().closeEvent(event)
        self.closed.emit()

    def current_key(self) -> str:
        return self.entries[self.nav.currentRow()].key

    # --- menus ---------------------------------------------------------------------------------
    def new_signal(self) -> None:
        """From anywhere: go to Signalen and open the entry form (after asking about unsaved work elsewhere)."""
        if self.current_key() != "signals":
            self.show_page("signals")
            if self.current_key() != "signals":  # Annuleren on the unsaved-changes question
                return
        self.pages["signals"].new_signal()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Bestand"))
        new_signal = QAction(tr("&Nieuw signaal…"), self)
        new_signal.setShortcut(QKeySequence("Ctrl+Shift+N"))
        new_signal.triggered.connect(self.new_signal)
        file_menu.addAction(new_signal)
        self.template_action = QAction(tr("Sjabloon voor &instroomcijfers opslaan…"), self)
        self.template_action.triggered.connect(self.save_intake_template)
        file_menu.addAction(self.template_action)
        file_menu.addSeparator()
        self.document_actions = add_document_actions(self, file_menu)  # memo, agenda, minutes
        file_menu.addSeparator()
        new_register = QAction(tr("Nieu&we registratie…"), self)
        new_register.triggered.connect(lambda _=False: self.ask_switch(create=True))
        file_menu.addAction(new_register)
        open_register = QAction(tr("Registratie &openen…"), self)
        open_register.setShortcut(QKeySequence.StandardKey.Open)
        open_register.triggered.connect(lambda _=False: self.ask_switch(create=False))
        file_menu.addAction(open_register)
        self.recent_menu = file_menu.addMenu(tr("&Recente bestanden"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        remember_recent(self.store.db.path)
        self._fill_recent()
        file_menu.addSeparator()
        quit_action = QAction(tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(tr("&Ga naar"))
        for entry in self.entries:
            action = QAction(entry.label, self)
            action.setShortcut(QKeySequence(entry.shortcut))
            action.triggered.connect(lambda _=False, key=entry.key: self.show_page(key))
            go_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(tr("&Help"))
        self.guide_action = QAction(tr("&Handleiding"), self)
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.open_guide)
        help_menu.addAction(self.guide_action)
        self.addAction(self.guide_action)
        shortcuts = QAction(tr("&Sneltoetsen"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(tr("&Over SignaalTracker"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def save_intake_template(self) -> None:
        from signaaltracker.ui.figures.template_action import save_intake_template

        written = save_intake_template(self, self.store)
        if written is not None:
            self.show_message(tr("Sjabloon opgeslagen: {path}").format(path=written))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            tr("Over SignaalTracker"),
            f"<h3>SignaalTracker {__version__}</h3><p>"
            + tr("Signalen, overleggen en feiten over middelengebruik door jongeren, en de memo aan de raad.")
            + "</p><p>"
            + tr("Database: {path}").format(path=self.store.db.path)
            + "</p>",
        )

    def show_shortcuts(self) -> None:
        shortcuts_dialog(self, self.entries).exec()

    def open_guide(self) -> bool:
        """Open the user guide (resources/guide/index.html, built from docs/handleiding) in the browser."""
        path = guide_index()
        if path is None:
            self.show_message(tr("De handleiding is niet gevonden bij deze installatie."))
            return False
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if not opened:
            self.show_message(tr("De handleiding kon niet worden geopend: {path}").format(path=path))
        return opened

    def show_message(self, text: str) -> None:
        self.status_label.setText(text)
