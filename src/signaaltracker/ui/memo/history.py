"""The memo history: every memo, with when it was saved as PDF and the PDF's SHA-256."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from signaaltracker.store import Store
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.pages.base import make_table
from signaaltracker.ui.table_model import Column, RowsTableModel


def _exported(value) -> str:
    return tr("PDF {date}").format(date=date_nl(value)) if value else tr("concept")


class MemoHistory(QWidget):
    open_requested = Signal(int)
    duplicate_requested = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.model = RowsTableModel(
            [
                Column("memo_date", tr("Datum"), date_nl),
                Column("exported_at", tr("Status"), _exported),
                Column("subject", tr("Onderwerp")),
                Column("pdf_sha256", tr("SHA-256"), lambda v: (v or "")[:16]),
            ],
            self,
        )
        self.view = make_table(self.model, tr("Eerdere memo's"))
        self.view.doubleClicked.connect(lambda index: self.open_requested.emit(self.model.row_at(index.row())["id"]))
        self.open_button = QPushButton(tr("&Heropenen"))
        self.duplicate_button = QPushButton(tr("&Dupliceren"))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.duplicate_button.clicked.connect(lambda: self._emit(self.duplicate_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.duplicate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        self.model.set_rows(self.store.memos.history_rows())
        self.view.resizeColumnsToContents()

    def select_id(self, memo_id: int | None) -> None:
        for row, data in enumerate(self.model.rows()):
            if data["id"] == memo_id:
                self.view.selectRow(row)
                return

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row())["id"] if rows else None

    def _emit(self, signal) -> None:
        memo_id = self.selected_id()
        if memo_id is not None:
            signal.emit(memo_id)
