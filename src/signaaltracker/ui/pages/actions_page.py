"""Acties: every action across meetings, with filters and quick "afgerond"/"vervallen"; overdue rows stand out."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from signaaltracker.domain.enums import ActionStatus
from signaaltracker.store import Store
from signaaltracker.store.action_list import ActionFilter, action_rows
from signaaltracker.ui.enum_labels import enum_label
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.i18n import QT_TR_NOOP, number, tr
from signaaltracker.ui.meetings.tabs import button
from signaaltracker.ui.pages.base import Page, heading, make_table
from signaaltracker.ui.table_model import Column, Index, RowsTableModel
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message, message_label

OVERDUE_BACKGROUND = QColor("#fde2e1")
OVERDUE_TEXT = QColor("#8b0000")
OVERDUE_WORD = QT_TR_NOOP("⚠ TE LAAT")


def status_text(row: dict) -> str:
    label = enum_label(ActionStatus(row["status"]))
    return f"{label} — {tr(OVERDUE_WORD)}" if row.get("overdue") else label


class ActionsModel(RowsTableModel):
    """Overdue rows get a red tint and dark red bold text, on top of the word in the status column."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self.row_at(index.row()).get("overdue"):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_TEXT)
        return super().data(index, role)


class ActionsPage(Page):
    title = QT_TR_NOOP("Acties")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.structure = self._combo(tr("Filter op overleg"))
        self.owner = self._combo(tr("Filter op eigenaar"))
        self.status = self._combo(tr("Filter op status"))
        self.overdue = QCheckBox(tr("Alleen &te late"))
        self.overdue.setAccessibleName(tr("Alleen te late acties"))
        self.overdue.toggled.connect(lambda _on: self.load())
        filters = QHBoxLayout()
        for text, widget in (
            (tr("&Overleg:"), self.structure),
            (tr("&Eigenaar:"), self.owner),
            (tr("&Status:"), self.status),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addStretch(1)
        self.model = ActionsModel(
            [
                Column("description", tr("Actie")),
                Column("owner", tr("Eigenaar")),
                Column("due_on", tr("Uiterlijk"), date_nl),
                Column("status_text", tr("Status")),
                Column("structure", tr("Overleg")),
                Column("meeting_on", tr("Afgesproken"), date_nl),
                Column("completed_on", tr("Afgerond op"), date_nl),
            ],
            self,
        )
        self.view = make_table(self.model, tr("Acties"))
        buttons = QHBoxLayout()
        buttons.addWidget(
            button(tr("&Afgerond"), tr("Gekozen actie afgerond"), lambda: self.set_status(ActionStatus.DONE))
        )
        buttons.addWidget(
            button(tr("&Vervallen"), tr("Gekozen actie vervallen"), lambda: self.set_status(ActionStatus.DROPPED))
        )
        buttons.addWidget(
            button(tr("He&ropenen"), tr("Gekozen actie heropenen"), lambda: self.set_status(ActionStatus.OPEN))
        )
        buttons.addStretch(1)
        self.count = QLabel()
        self.count.setAccessibleDescription(tr("Aantal acties"))
        buttons.addWidget(self.count)
        QShortcut(QKeySequence("Ctrl+Return"), self.view).activated.connect(lambda: self.set_status(ActionStatus.DONE))
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.currentIndexChanged.connect(lambda _i: self.load())
        return combo

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("alle"), None)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh(self) -> None:
        self._fill(self.structure, [(s.id, s.name) for s in self.store.structures.list()])
        self._fill(self.owner, [(o.id, o.name) for o in self.store.organisations.list()])
        self._fill(self.status, [(m.value, m.label) for m in ActionStatus])
        self.load()

    def current_filter(self) -> ActionFilter:
        return ActionFilter(
            self.structure.currentData(), self.owner.currentData(), self.status.currentData(), self.overdue.isChecked()
        )

    def load(self, select_id: int | None = None) -> None:
        rows = action_rows(self.store.db, self.current_filter(), date.today())
        for row in rows:
            row["status_text"] = status_text(row)
        keep = select_id if select_id is not None else self.selected_id()
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for index, row in enumerate(rows):
            if row["id"] == keep:
                self.view.selectRow(index)
        late = sum(1 for r in rows if r["overdue"])
        count = tr("%Ln acties, waarvan {late} te laat", None, len(rows)) if late else tr("%Ln acties", None, len(rows))
        self.count.setText(count.format(late=number(late)))

    def selected_id(self) -> int | None:
        model = self.view.selectionModel()
        rows = model.selectedRows() if model else []
        return self.model.row_at(rows[0].row())["id"] if rows else None

    def set_status(self, status: ActionStatus) -> None:
        action_id = self.selected_id()
        if action_id is None:
            self.message.setText(tr("Kies eerst een actie in de lijst."))
            return
        try:
            action = self.store.actions.set_status(action_id, status)
        except EXPECTED_ERRORS as exc:
            self.message.setText(error_message(exc))
            return
        self.message.setText(
            tr("Actie '{action}' is nu {status}.").format(action=action.description, status=enum_label(status))
        )
        self.load(action_id)
