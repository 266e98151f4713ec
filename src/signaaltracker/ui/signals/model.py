"""A table model over the signals query: filter, sort and paging happen in SQL; rows arrive a block at a time."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex, Qt

from signaaltracker.domain.enums import Setting, SharingLevel, SignalStatus, Trend
from signaaltracker.store import Store
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.i18n import QT_TR_NOOP
from signaaltracker.ui.table_model import Column, Index, RowsTableModel

PAGE_SIZE = 200
CACHED_BLOCKS = 40  # at most 8,000 rows in memory, whatever the size of the register


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
    """A window over the matching signals: ``total`` rows, of which only the blocks on screen are held.

    ``rowCount()`` is the number of matching signals, so the scroll bar spans the whole list and scrolling to
    the end of a million rows fetches one block, not every row before it. Blocks of PAGE_SIZE rows are fetched
    from SQL when first shown (blocks in the second half of the list are read in the reverse order, so no query
    skips more than half of the matches) and the least recently used blocks are dropped beyond CACHED_BLOCKS.
    """

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(COLUMNS, parent)
        self.store = store
        self.filter = SignalFilter()
        self.sort_key = "observed_on"
        self.descending = True
        self.total = 0
        self._blocks: OrderedDict[int, list[dict]] = OrderedDict()

    def load(self, flt: SignalFilter | None = None) -> None:
        """Run the query for ``flt`` (or the current filter again) and show its first page."""
        if flt is not None:
            self.filter = flt
        self.beginResetModel()
        self._blocks.clear()
        self.total = self.store.signals.count_matching(self.filter)
        if self.total:
            self._block(0)
        self.endResetModel()

    def _block(self, number: int) -> list[dict]:
        block = self._blocks.get(number)
        if block is not None:
            self._blocks.move_to_end(number)
            return block
        offset = number * PAGE_SIZE
        signals = self.store.signals
        if offset > self.total // 2:  # read from the far end: the query skips total - offset rows, not offset
            limit = max(0, min(PAGE_SIZE, self.total - offset))
            back = max(0, self.total - offset - limit)
            block = signals.page(self.filter, self.sort_key, not self.descending, limit, back)[::-1]
        else:
            block = signals.page(self.filter, self.sort_key, self.descending, PAGE_SIZE, offset)
        self._blocks[number] = block
        while len(self._blocks) > CACHED_BLOCKS:
            self._blocks.popitem(last=False)
        return block

    def row_at(self, row: int) -> dict:
        if not 0 <= row < self.total:
            raise IndexError(row)
        block = self._block(row // PAGE_SIZE)
        index = row % PAGE_SIZE
        return block[index] if index < len(block) else {}

    def rows(self) -> list[dict]:
        """The rows fetched so far (the cached blocks), in display order."""
        return [row for number in sorted(self._blocks) for row in self._blocks[number]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def fetch_all_up_to(self, row: int) -> None:
        """Kept for callers of the paged model: every row is reachable now, fetched when shown."""
        if 0 <= row < self.total:
            self.row_at(row)

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
        """The signal ids on ``rows``; a large selection (select all) reads the ids in one narrow query."""
        rows = [r for r in rows if 0 <= r < self.total]
        if len(rows) > 4 * PAGE_SIZE:
            every = self.store.signals.ordered_ids(self.filter, self.sort_key, self.descending)
            return [every[r] for r in rows if r < len(every)]
        return [i for r in rows if (i := self.row_at(r).get("id")) is not None]

    def row_of(self, signal_id: int) -> int:
        """The row of ``signal_id`` among the rows fetched so far, or -1."""
        for number in sorted(self._blocks):
            for index, row in enumerate(self._blocks[number]):
                if row.get("id") == signal_id:
                    return number * PAGE_SIZE + index
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and self.column_key(index.column()) == "summary":
            return (self.row_at(index.row()).get("summary") or "")[:1000]
        return super().data(index, role)
