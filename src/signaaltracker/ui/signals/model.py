
"""A table model over the signals query: filter, sort and paging happen in SQL; rows arrive a page at a time."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from signaaltracker.domain.enums import Setting, SharingLevel, SignalStatus, Trend
from signaaltracker.store import Store
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.i18n import QT_TR_NOOP
from signaaltracker.ui.table_model import Column, Index, RowsTableModel

PAGE_SIZE = 200


def first_line(value: str | None) -> str:
    return (value or "").split("\n", 1)[0][:300]


COLUMNS = [
    Column("observed_on", QT_TR_NOOP("Waargenomen"), date_nl),
    Column("organisation", QT_TR_NOOP("Organisatie")),
    Column("themes", QT_TR_NOOP("Thema's")),
    Column("age_group", QT_TR_NOOP("Leeftijd")),
    Column("setting", QT_TR_NOOP("Setting"), label_of(Setting)),
    Column("status", QT_TR_NOOP("Status"), label_of(SignalStatus)),
    Column("trend", QT_TR_NOOP("Trend"), label_of(Trend)),
    Column("sharing_level", QT_TR_NOOP("Delen"), label_of(SharingLevel)),
    Column("summary", QT_TR_NOOP("Samenvatting"), first_line),
]
SORTABLE = {"observed_on", "organisation", "age_group", "setting", "status", "trend", "sharing_level"}


class SignalsTableModel(RowsTableModel):
    """Holds the rows fetched so far; ``total`` is the number of matching signals in the database."""

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(COLUMNS, parent)
        self.store = store
        self.filter = SignalFilter()
        self.sort_key = "observed_on"
        self.descending = True
        self.total = 0

    def load(self, flt: SignalFilter | None = None) -> None:
        """Run the query for ``flt`` (or the current filter again) and show its first page."""
        if flt is not None:
            self.filter = flt
        self.total = self.store.signals.count_matching(self.filter)
        self.set_rows(self.store.signals.page(self.filter, self.sort_key, self.descending, PAGE_SIZE, 0))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self.store.signals.page(self.filter, self.sort_key, self.descending, PAGE_SIZE, self.rowCount())
        if not more:
            self.total = self.rowCount()
        self.append_rows(more)

    def fetch_all_up_to(self, row: int) -> None:
        while self.rowCount() <= row and self.canFetchMore():
            self.fetchMore()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.column_key(column)
        if key not in SORTABLE:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.load()

    def sort_column(self) -> int:
        return [c.key for c in COLUMNS].index(self.sort_key)

    def ids(self, rows: list[int]) -> list[int]:
        return [self.row_at(r)["id"] for r in rows if 0 <= r < self.rowCount()]

    def row_of(self, signal_id: int) -> int:
        for index, row in enumerate(self.rows()):
            if row["id"] == signal_id:
                return index
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.column_key(index.column()) == "summary":
            return (self.row_at(index.row()).get("summary") or "")[:1000]
        return super().data(index, role)
