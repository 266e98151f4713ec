"""Audittrail tab: the audit log filtered by period, entity and action, with before and after of one entry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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
from signaaltracker.ui.dates import DateEdit
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.pages.base import make_table
from signaaltracker.ui.table_model import Column, RowsTableModel

LIMIT = 1000

ENTITY_LABELS = {
    "organisations": QT_TR_NOOP("Organisaties"),
    "themes": QT_TR_NOOP("Thema's"),
    "age_groups": QT_TR_NOOP("Leeftijdsgroepen"),
    "signals": QT_TR_NOOP("Signalen"),
    "structures": QT_TR_NOOP("Overlegstructuren"),
    "meetings": QT_TR_NOOP("Overleggen"),
    "decisions": QT_TR_NOOP("Besluiten"),
    "actions": QT_TR_NOOP("Acties"),
    "activities": QT_TR_NOOP("Activiteiten"),
    "figures": QT_TR_NOOP("Cijfers"),
    "facts": QT_TR_NOOP("Feiten"),
    "wastewater": QT_TR_NOOP("Rioolwater"),
    "memos": QT_TR_NOOP("Raadsmemo's"),
    "settings": QT_TR_NOOP("Instellingen"),
    "database": QT_TR_NOOP("Database"),
    "exports": QT_TR_NOOP("Documenten"),
}
ACTION_LABELS = {
    "create": QT_TR_NOOP("aangemaakt"),
    "update": QT_TR_NOOP("gewijzigd"),
    "delete": QT_TR_NOOP("verwijderd"),
    "restore": QT_TR_NOOP("teruggezet uit prullenbak"),
    "bulk_create": QT_TR_NOOP("in één keer aangemaakt"),
    "anonymise": QT_TR_NOOP("geanonimiseerd"),
    "retention_delete": QT_TR_NOOP("verwijderd (bewaartermijn)"),
    "restore_backup": QT_TR_NOOP("back-up teruggezet"),
    "confirm_privacy": QT_TR_NOOP("privacy bevestigd"),
    "repair_aggregates": QT_TR_NOOP("tellingen voor de grafieken opnieuw geteld"),
    "keep_personal_data": QT_TR_NOOP("persoonsgegevens niet onleesbaar gemaakt"),
}

# Column titles are Dutch sources; RowsTableModel translates them when shown.
LIST_COLUMNS = [
    Column("at", QT_TR_NOOP("Tijdstip")),
    Column("user", QT_TR_NOOP("Gebruiker")),
    Column("entity", QT_TR_NOOP("Onderdeel")),
    Column("row_id", QT_TR_NOOP("Nr."), align_right=True),
    Column("action", QT_TR_NOOP("Handeling")),
]
DETAIL_COLUMNS = [
    Column("field", QT_TR_NOOP("Veld")),
    Column("before", QT_TR_NOOP("Voor")),
    Column("after", QT_TR_NOOP("Na")),
]


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
        {
            "field": k,
            "before": _show(before.get(k)) if entry.before is not None else "",
            "after": _show(after.get(k)) if entry.after is not None else "",
        }
        for k in keys
    ]


class AuditTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.entries: list[AuditEntry] = []
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.since = self._date(tr("Vanaf datum"))
        self.until = self._date(tr("Tot en met datum"))
        self.entity = QComboBox()
        self.entity.setAccessibleName(tr("Onderdeel"))
        self.action = QComboBox()
        self.action.setAccessibleName(tr("Handeling"))
        for label, widget in (
            (tr("&Van:"), self.since),
            ("&t/m:", self.until),
            (tr("&Onderdeel:"), self.entity),
            (tr("&Handeling:"), self.action),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        self.apply_button = QPushButton(tr("&Toon"))
        self.apply_button.clicked.connect(self.load)
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.caption = QLabel()
        layout.addWidget(self.caption)

        self.model = RowsTableModel(LIST_COLUMNS, self)
        self.view = make_table(self.model, tr("Audittrail"))
        self.detail_model = RowsTableModel(DETAIL_COLUMNS, self)
        self.detail = make_table(self.detail_model, tr("Voor en na"))
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
        self.detail_caption = QLabel(tr("<b>Voor en na</b> — kies een regel"))
        box_layout.addWidget(self.detail_caption)
        box_layout.addWidget(self.detail)
        splitter.addWidget(box)
        splitter.setSizes([300, 200])
        layout.addWidget(splitter, 1)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))

    @staticmethod
    def _date(name: str) -> DateEdit:
        return DateEdit(name, optional=True)

    @staticmethod
    def _picked(combo: QComboBox) -> str | None:
        return combo.currentData() or None

    def _fill(self, combo: QComboBox, values: list[str], labels: dict[str, str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("alle"), None)
        for value in values:
            combo.addItem(tr(labels.get(value, value)), value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def refresh(self) -> None:
        self._fill(self.entity, self.store.audit.tables(), ENTITY_LABELS)
        self._fill(self.action, self.store.audit.actions(), ACTION_LABELS)
        self.load()

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            table=self._picked(self.entity),
            action=self._picked(self.action),
            since=self.since.value(),
            until=self.until.value(),
        )

    def load(self) -> None:
        flt = self.current_filter()
        self.entries = self.store.audit.entries(flt, limit=LIMIT)
        total = self.store.audit.count(flt)
        shown = tr(", de nieuwste {limit} getoond").format(limit=LIMIT) if total > LIMIT else ""
        self.caption.setText(tr("%Ln regels in de audittrail{shown}.", None, total).format(shown=shown))
        self.model.set_rows(
            [
                {
                    "at": f"{date_nl(e.at.date())} {e.at:%H:%M:%S}",
                    "user": e.user,
                    "entity": tr(ENTITY_LABELS.get(e.table, e.table)),
                    "row_id": e.row_id,
                    "action": tr(ACTION_LABELS.get(e.action, e.action)),
                }
                for e in self.entries
            ]
        )
        self.view.resizeColumnsToContents()
        self.detail_model.set_rows([])
        self.detail_caption.setText(tr("<b>Voor en na</b> — kies een regel"))

    def show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.entries[row]
        self.detail_model.set_rows(detail_rows(entry))
        self.detail.resizeRowsToContents()
        self.detail_caption.setText(
            "<b>" + tr("Voor en na") + "</b> — "
            f"{tr(ENTITY_LABELS.get(entry.table, entry.table))} {entry.row_id or ''}, "
            f"{tr(ACTION_LABELS.get(entry.action, entry.action))}"
        )
