"""Back-ups tab: where backups go and how many are kept, the list of backups, making one and restoring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.store import Store
from signaaltracker.store.backups import (
    MANUAL_TAG,
    PRE_RESTORE_TAG,
    backup_folder,
    default_folder,
    list_backups,
    make_backup,
)
from signaaltracker.store.database import PRE_MIGRATION_TAG
from signaaltracker.store.errors import StoreError
from signaaltracker.store.restore import restore_into
from signaaltracker.ui.confirm import ask_confirmation
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.pages.base import make_table
from signaaltracker.ui.table_model import Column, RowsTableModel
from signaaltracker.ui.widgets import button_row, message_label

COLUMNS = [
    Column("when", QT_TR_NOOP("Gemaakt op")),
    Column("kind", QT_TR_NOOP("Soort")),
    Column("size", QT_TR_NOOP("Grootte"), align_right=True),
    Column("name", QT_TR_NOOP("Bestand")),
]


def _kind(tag: str) -> str:
    """What made the backup, for the list."""
    if tag == PRE_RESTORE_TAG:
        return tr("vóór herstel")
    if tag == MANUAL_TAG:
        return tr("met de hand (blijft bewaard)")
    if tag == PRE_MIGRATION_TAG:
        return tr("vóór bijwerken database")
    return tr("automatisch")


def _size(n: int) -> str:
    return f"{n / 1024:.0f} kB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"


class BackupsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.confirm = ask_confirmation
        self.choose_file = self._choose_file
        layout = QVBoxLayout(self)
        self.location = QLabel()
        self.location.setWordWrap(True)
        self.location.setAccessibleDescription(tr("Waar de database staat"))
        layout.addWidget(self.location)

        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setAccessibleName(tr("Map voor back-ups"))
        self.folder.setPlaceholderText(str(default_folder(store.db.path)))
        browse = QPushButton(tr("Kies &map…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form.addRow(tr("Back-upmap:"), folder_row)
        self.keep_daily = self._spin(tr("Aantal dagelijkse back-ups dat bewaard blijft"), 0, 365)
        self.keep_weekly = self._spin(tr("Aantal wekelijkse back-ups dat bewaard blijft"), 0, 520)
        form.addRow(tr("&Dagelijkse back-ups bewaren:"), self.keep_daily)
        form.addRow(tr("&Wekelijkse back-ups bewaren:"), self.keep_weekly)
        layout.addLayout(form)
        self.save_button = QPushButton(tr("Instellingen &opslaan"))
        self.save_button.clicked.connect(self.save_settings)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)

        self.model = RowsTableModel(COLUMNS, self)
        self.view = make_table(self.model, tr("Back-ups"))
        layout.addWidget(QLabel(tr("<b>Back-ups van deze database</b> (nieuwste eerst)")))
        layout.addWidget(self.view, 1)
        self.backup_button = QPushButton(tr("Back-up &maken"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(tr("&Herstellen uit gekozen back-up…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(tr("Herstellen uit &bestand…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        layout.addLayout(button_row(self.backup_button, self.restore_button, self.restore_file_button))
        self.status = message_label()
        layout.addWidget(self.status)

    @staticmethod
    def _spin(name: str, low: int, high: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(low, high)
        box.setAccessibleName(name)
        return box

    def refresh(self) -> None:
        settings = self.store.settings
        self.location.setText(
            tr(
                "De database staat in <b>{database}</b>. Back-ups komen in <b>{folder}"
                "</b>: automatisch bij het starten (hoogstens één per dag) en bij het afsluiten als er iets is "
                "gewijzigd. Back-ups die u zelf maakt, blijven altijd bewaard."
            ).format(database=self.store.db.path, folder=backup_folder(self.store.db))
        )
        self.folder.setText(str(settings.get("backup.folder") or ""))
        self.keep_daily.setValue(int(settings.get("backup.keep_daily") or 0))
        self.keep_weekly.setValue(int(settings.get("backup.keep_weekly") or 0))
        rows = [
            {
                "when": f"{date_nl(b.taken_at.date())} {b.taken_at:%H:%M:%S}",
                "kind": _kind(b.tag),
                "size": _size(b.size),
                "name": b.path.name,
                "path": str(b.path),
            }
            for b in list_backups(backup_folder(self.store.db), self.store.db.path.stem)
        ]
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, tr("Map voor back-ups"), str(backup_folder(self.store.db)))
        if chosen:
            self.folder.setText(chosen)

    def save_settings(self) -> None:
        folder = self.folder.text().strip()
        if folder and not Path(folder).expanduser().is_absolute():
            self.status.setText(tr("Geef de back-upmap als volledig pad op; er is niets opgeslagen."))
            return
        with self.store.db.transaction():
            self.store.settings.set("backup.folder", folder)
            self.store.settings.set("backup.keep_daily", self.keep_daily.value())
            self.store.settings.set("backup.keep_weekly", self.keep_weekly.value())
        self.refresh()
        self.status.setText(tr("Back-upinstellingen opgeslagen."))

    def backup_now(self) -> Path | None:
        try:
            path = make_backup(self.store.db, tag=MANUAL_TAG)
        except StoreError as exc:
            self.status.setText(exc.message)
            return None
        self.refresh()
        self.status.setText(tr("Back-up gemaakt en gecontroleerd: {path}").format(path=path))
        return path

    def selected_path(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows()
        return Path(self.model.row_at(rows[0].row())["path"]) if rows else None

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is None:
            self.status.setText(tr("Kies eerst een back-up in de lijst."))
            return
        self.restore(path)

    def _choose_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Back-up kiezen"),
            str(backup_folder(self.store.db)),
            tr("SignaalTracker-database (*.db);;Alle (*)"),
        )
        return Path(name) if name else None

    def restore_from_file(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.restore(path)

    def restore(self, path: Path) -> bool:
        if not self.confirm(
            self,
            tr("Back-up terugzetten"),
            tr(
                "De gegevens worden vervangen door die in {file}. Wijzigingen van daarna gaan verloren uit de "
                "database; er wordt eerst een back-up gemaakt van de huidige toestand ('vóór herstel')."
            ).format(file=path.name),
            tr("Terugzetten"),
        ):
            return False
        try:
            safety = restore_into(self.store.db, path)
        except StoreError as exc:
            self.status.setText(exc.message)
            return False
        window = self.window()
        if hasattr(window, "database_replaced"):  # the other pages still show the data from before
            window.database_replaced.emit()
        self.refresh()
        self.status.setText(
            tr("{file} is teruggezet. De toestand van daarvoor staat in {safety}.").format(
                file=path.name, safety=safety.name
            )
        )
        return True
