"""The intake grid as an editable Qt table: rows type × age group (+ subtotal per type), columns per period.

Zero shows as "-", a missing value as "onbekend"; typing "-" or 0 stores a zero, empty or "onbekend" stores
missing. Every edit goes through the Figures repository (one audited write).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from signaaltracker.domain.facts import Figure
from signaaltracker.exchange.figures_parse import parse_count
from signaaltracker.store import Store
from signaaltracker.store.aggregates import GridAgeGroup, GridIndicator, IntakeGrid, intake_grid
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#5f5f5f")  # 6.4:1 on white (WCAG AA needs 4.5:1)


@dataclass(frozen=True)
class GridRow:
    kind: str  # "value", "subtotal", "total"
    indicator: GridIndicator | None = None
    age_group: GridAgeGroup | None = None
    first: bool = False


def total_text(values: Iterable[int | None]) -> str:
    """The sum of the known values; "onbekend" when none is known (a total of nothing known is not 0)."""
    known = [v for v in values if v is not None]
    return str(sum(known)) if known else shown(None)


def shown(value: int | None) -> str:
    return "onbekend" if value is None else ("-" if value == 0 else str(value))


class IntakeGridModel(QAbstractTableModel):
    edit_failed = Signal(str)
    edited = Signal()

    def __init__(self, store: Store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.source: str | None = None
        self.grid = IntakeGrid(None)
        self.subtotals = True
        self.rows: list[GridRow] = []

    # --- loading -------------------------------------------------------------------------------
    def load(self, source: str | None) -> None:
        self.beginResetModel()
        self.source = source
        self.grid = intake_grid(self.store.db, source)
        self.rows = []
        for indicator in self.grid.indicators:
            for index, age in enumerate(self.grid.age_groups):
                self.rows.append(GridRow("value", indicator, age, index == 0))
            if self.subtotals and len(self.grid.age_groups) > 1:
                self.rows.append(GridRow("subtotal", indicator))
        if self.grid.indicators:
            self.rows.append(GridRow("total"))
        self.endResetModel()

    def set_subtotals(self, on: bool) -> None:
        self.subtotals = on
        self.load(self.source)

    # --- shape ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3 + len(self.grid.periods) if self.grid.periods else 0

    def period_of(self, column: int):
        index = column - 2
        return self.grid.periods[index] if 0 <= index < len(self.grid.periods) else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        period = self.period_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return tr("Type")
            if section == 1:
                return tr("Leeftijd")
            return period.label if period else tr("Totaal")
        if role == Qt.ItemDataRole.ToolTipRole and period:
            return tr("Van {start} tot {end}").format(
                start=period.start.strftime("%d-%m-%Y"), end=period.end.strftime("%d-%m-%Y")
            )
        return None

    # --- cells ---------------------------------------------------------------------------------
    def text(self, row: int, column: int) -> str:
        line = self.rows[row]
        period = self.period_of(column)
        grid = self.grid
        if line.kind == "total":
            if column == 0:
                return tr("Totaal")
            if period:
                return total_text(grid.value(i.id, a.id, period) for i in grid.indicators for a in grid.age_groups)
            if column == self.columnCount() - 1:
                return total_text(grid.values.values())
            return ""
        if line.kind == "subtotal":
            if column == 1:
                return tr("totaal")
            if period:
                return total_text(grid.value(line.indicator.id, a.id, period) for a in grid.age_groups)
            if column == self.columnCount() - 1:
                return total_text(grid.value(line.indicator.id, a.id, p) for a in grid.age_groups for p in grid.periods)
            return ""
        if column == 0:
            return line.indicator.name + ("*" if line.indicator.description else "") if line.first else ""
        if column == 1:
            return line.age_group.label
        if period:
            return shown(grid.value(line.indicator.id, line.age_group.id, period))
        return total_text(grid.value(line.indicator.id, line.age_group.id, p) for p in grid.periods)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        line = self.rows[row]
        period = self.period_of(column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            text = self.text(row, column)
            return "" if text == "onbekend" else text
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grey = line.kind == "subtotal" or (line.kind == "value" and period and self.text(row, column) == "onbekend")
        if role == Qt.ItemDataRole.ForegroundRole and grey:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and line.kind != "value":
            font = QFont()
            font.setBold(line.kind == "total")
            font.setItalic(line.kind == "subtotal")
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.kind == "total" and period and not self.grid.column_complete(period):
                return tr("Niet alle cijfers van deze periode zijn bekend: het totaal telt alleen de bekende.")
            if line.kind == "value" and column == 0 and line.indicator.description:
                return line.indicator.description
            if line.kind == "value" and period:
                return tr("Typ een aantal, '-' voor nul, of maak leeg voor onbekend.")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.rows[index.row()].kind == "value" and self.period_of(index.column()):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        line = self.rows[index.row()]
        period = self.period_of(index.column())
        try:
            number = parse_count(value if not isinstance(value, str) else value.strip())
            self.store_value(line.indicator.id, line.age_group.id, period, number)
        except EXPECTED_ERRORS as exc:  # also a concurrent delete, or a number too large for SQLite
            self.edit_failed.emit(error_message(exc))
            return False
        self.load(self.source)
        self.edited.emit()
        return True

    def store_value(self, indicator_id: int, age_group_id: int, period, value: int | None) -> None:
        key = (indicator_id, age_group_id, period)
        figure_id = self.grid.figure_ids.get(key)
        if figure_id is not None:
            figure = self.store.figures.get(figure_id)
            if figure.value != value:
                figure.value = value
                self.store.figures.update(figure)
        else:
            source = self.source or (self.store.figures.sources() or ["Tactus verslavingszorg"])[0]
            self.store.figures.add(Figure(source, indicator_id, age_group_id, period.start, period.end, value))
