"""Intake figures per period by type: per type one bar per period, stacked by age group (hatched apart)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from signaaltracker.store.aggregates import GridPeriod, IntakeGrid
from signaaltracker.ui.charts.base import ChartWidget, Hit, colour, no_data
from signaaltracker.ui.i18n import tr

AGE_PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.Dense4Pattern,
)


def shown(value: int | None) -> str:
    return "onbekend" if value is None else ("-" if value == 0 else str(value))


class IntakeChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False, title: str | None = None) -> None:
        super().__init__(title or tr("Instroom per periode naar type"), parent, compact=compact)
        self.plot.getPlotItem().setLabel("left", tr("aantal"), color="k")
        self.bars = 0

    def set_grid(self, grid: IntakeGrid, periods: list[GridPeriod] | None = None) -> None:
        """Draw ``periods`` (default: all) of ``grid``; cells that are missing are left out, zeros drawn flat."""
        pg = self.pg
        self.clear()
        self.bars = 0
        periods = grid.periods if periods is None else periods
        if grid.is_empty or not periods:
            no_data(self, tr("Nog geen instroomcijfers"))
            return
        group_width = 0.8
        bar_width = group_width / len(periods)
        for p_index, period in enumerate(periods):
            offsets = -group_width / 2 + bar_width * (p_index + 0.5)
            base = [0.0] * len(grid.indicators)
            for a_index, age in enumerate(grid.age_groups):
                xs, heights, y0s = [], [], []
                for i_index, indicator in enumerate(grid.indicators):
                    value = grid.value(indicator.id, age.id, period)
                    if value is None:
                        continue
                    x = i_index + offsets
                    xs.append(x)
                    heights.append(value)
                    y0s.append(base[i_index])
                    self.hits.append(
                        Hit(
                            x - bar_width / 2,
                            x + bar_width / 2,
                            base[i_index],
                            base[i_index] + max(value, 0.05),
                            f"{indicator.name}, {age.label}, {period.label}: {shown(value)}",
                        )
                    )
                    base[i_index] += value
                if xs:
                    brush = QBrush(QColor(colour(p_index)), AGE_PATTERNS[a_index % len(AGE_PATTERNS)])
                    item = pg.BarGraphItem(
                        x=xs, height=heights, y0=y0s, width=bar_width * 0.92, brush=brush, pen=pg.mkPen(colour(p_index))
                    )
                    self.plot.addItem(item)
                    self.bars += len(xs)
        for p_index, period in enumerate(periods):
            self.add_legend_swatch(period.label, QBrush(QColor(colour(p_index))))
        for a_index, age in enumerate(grid.age_groups):
            self.add_legend_swatch(
                tr("leeftijd {age}").format(age=age.label),
                QBrush(QColor("#666666"), AGE_PATTERNS[a_index % len(AGE_PATTERNS)]),
            )
        self.set_x_labels([(i, ind.name) for i, ind in enumerate(grid.indicators)])
        self.finish_legend()
        item = self.plot.getPlotItem()
        item.setXRange(-0.6, len(grid.indicators) - 0.4, padding=0)
        top = max([h.y1 for h in self.hits] + [1])
        item.setYRange(0, top * (1.7 if self.compact else 1.5), padding=0)
        self.count_axis(top * (1.7 if self.compact else 1.5))
