"""Audittrail tab: the audit log filtered by period, entity and action, with before and after of one entry."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.audit import AuditEntry
from signaaltracker.store import Store
from signaaltracker.store.audit import AuditFilter
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.pages.base import make_table
from signaaltracker.ui.table_model import Column, RowsTableModel

LIMIT = 1000
NO_DATE = QDate(2000, 1, 1)

ENTITY_LABELS = {
    "organisations": "Organisaties", "themes": "Thema's", "age_groups": "Leeftijdsgroepen", "signals": "Signalen",
    "structures": "Overlegstructuren", "meetings": "Overleggen", "decisions": "Besluiten", "actions": "Acties",
    "activities": "Activiteiten", "figures": "Cijfers", "facts": "Feiten", "wastewater": "Rioolwater",
    "memos": "Raadsmemo's", "settings": "Instellingen", "database": "Database",
}
ACTION_LABELS = {
    "create": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd", "restore": "teruggezet uit prullenbak",
    "bulk_create": "in één keer aangemaakt", "anonymise": "geanonimiseerd",
    "retention_delete": "verwijderd (bewaartermijn)", "restore_backup": "back-up teruggezet",
    "confirm_privacy": "privacy bevestigd",
}

LIST_COLUMNS = [
    Column("at", "Tijdstip"), Column("user", "Gebruiker"), Column("entity", "Onderdeel"),
    Column("row_id", "Nr.", align_right=True), Column("action", "Handeling"),
]
DETAIL_COLUMNS = [Column("field", "Veld"), Column("before", "Voor"), Column("after", "Na")]


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def detail_rows(entry: AuditEntry) -> list[dict]:
    """Field by field; for an update only what changed."""
    before, after = entry.before or {}, entry.after or {}
    keys = sorted(set(before) | set(after))
    if entry.before is not None and entry.after is not None:
        keys = [k for k in keys if before.get(k) != after.get(k)]
    return [
        {"field": k, "before": _show(before.get(k)) if entry.before is not None else "",
         "after": _show(after.get(k)) if entry.after is not None else ""}
        for k in keys
    ]


class AuditTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.entries: list[AuditEntry] = []
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.since = self._date("Vanaf datum")
        self.until = self._date("Tot en met datum")
        self.entity = QComboBox()
        self.entity.setAccessibleName("Onderdeel")
        self.action = QComboBox()
        self.action.setAccessibleName("Handeling")
        for label, widget in (("&Van:", self.since), ("&t/m:", self.until), ("&Onderdeel:", self.entity),
                              ("&Handeling:", self.action)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        self.apply_button = QPushButton("&Toon")
        self.apply_button.clicked.connect(self.load)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.caption = QLabel()
        layout.addWidget(self.caption)

        self.model = RowsTableModel(LIST_COLUMNS, self)
        self.view = make_table(self.model, "Audittrail")
        self.detail_model = RowsTableModel(DETAIL_COLUMNS, self)
        self.detail = make_table(self.detail_model, "Voor en na")
        self.detail.setWordWrap(True)
        header = self.detail.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_caption = QLabel("<b>Voor en na</b> — kies een regel")
        box_layout.addWidget(self.detail_caption)
        box_layout.addWidget(self.detail)
        splitter.addWidget(box)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))

    @staticmethod
    def _date(name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d-M-yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _picked(combo: QComboBox) -> str | None:
        return combo.currentData() or None

    def _fill(self, combo: QComboBox, values: list[str], labels: dict[str, str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("alle", None)
        for value in values:
            combo.addItem(labels.get(value, value), value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def refresh(self) -> None:
        self._fill(self.entity, self.store.audit.tables(), ENTITY_LABELS)
        self._fill(self.action, self.store.audit.actions(), ACTION_LABELS)
        self.load()

    def current_filter(self) -> AuditFilter:
        def when(edit: QDateEdit) -> date | None:
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return AuditFilter(table=self._picked(self.entity), action=self._picked(self.action),
                           since=when(self.since), until=when(self.until))

    def load(self) -> None:
        flt = self.current_filter()
        self.entries = self.store.audit.entries(flt, limit=LIMIT)
        total = self.store.audit.count(flt)
        shown = f", de nieuwste {LIMIT} getoond" if total > LIMIT else ""
        self.caption.setText(f"{total} regel{'s' if total != 1 else ''} in de audittrail{shown}.")
        self.model.set_rows([
            {"at": f"{date_nl(e.at.date())} {e.at:%H:%M:%S}", "user": e.user,
             "entity": ENTITY_LABELS.get(e.table, e.table), "row_id": e.row_id,
             "action": ACTION_LABELS.get(e.action, e.action)}
            for e in self.entries
        ])
        self.view.resizeColumnsToContents()
        self.detail_model.set_rows([])
        self.detail_caption.setText("<b>Voor en na</b> — kies een regel")

    def show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self.detail_model.set_rows(detail_rows(entry))
        self.detail.resizeRowsToContents()
        self.detail_caption.setText(
            f"<b>Voor en na</b> — {ENTITY_LABELS.get(entry.table, entry.table)} {entry.row_id or ''}, "
            f"{ACTION_LABELS.get(entry.action, entry.action)}"
        )
