"""Signals per month by theme (stacked), and a compact this-period-against-the-previous-one comparison."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from signaaltracker.domain.dates import MONTHS_NL
from signaaltracker.store.aggregates import MonthlyThemeCounts
from signaaltracker.ui.charts.base import ChartWidget, Hit, colour, no_data, pattern_brush
from signaaltracker.ui.i18n import tr


def month_label(key: str, short: bool = True) -> str:
    year, month = key.split("-")
    name = MONTHS_NL[int(month) - 1]
    return f"{name[:3]} {year[2:]}" if short else f"{name} {year}"


class SignalsChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False, title: str | None = None) -> None:
        super().__init__(title or tr("Signalen per maand naar thema"), parent, compact=compact)
        self.plot.getPlotItem().setLabel("left", "signalen", color="k")
        self.bars = 0
        self.items: list = []

    def set_counts(self, counts: MonthlyThemeCounts) -> None:
        pg = self.pg
        self.clear()
        self.bars = 0
        if not counts.themes:
            no_data(self, tr("Geen signalen in deze periode"))
            return
        n = len(counts.months)
        base = [0] * n
        xs = list(range(n))
        for t_index, theme in enumerate(counts.themes):
            heights = counts.counts[theme]
            item = pg.BarGraphItem(
                x=xs,
                height=heights,
                y0=list(base),
                width=0.8,
                brush=pattern_brush(colour(t_index), t_index),
                pen=pg.mkPen("w", width=0.5),
                name=theme,
            )
            self.plot.addItem(item)
            for i, h in enumerate(heights):
                if h:
                    self.hits.append(
                        Hit(
                            i - 0.4,
                            i + 0.4,
                            base[i],
                            base[i] + h,
                            f"{theme}, {month_label(counts.months[i], False)}: {h}",
                        )
                    )
                    self.bars += 1
                    base[i] += h
        step = max(1, n // 12)
        self.set_x_labels([(i, month_label(m)) for i, m in enumerate(counts.months) if i % step == 0])
        self.finish_legend()
        item = self.plot.getPlotItem()
        item.setXRange(-0.6, n - 0.4, padding=0)
        item.setYRange(0, max([*base, 1]) * 1.45, padding=0)
        self.count_axis(max([*base, 1]) * 1.45)


class ThemeComparisonChart(ChartWidget):
    """Per theme two bars: the previous period and this one."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = True, title: str | None = None) -> None:
        super().__init__(title or tr("Signalen per thema: deze periode en de vorige"), parent, compact=compact)
        self.bars = 0

    def set_periods(
        self, previous_label: str, previous: dict[str, int], current_label: str, current: dict[str, int]
    ) -> None:
        pg = self.pg
        self.clear()
        self.bars = 0
        themes = sorted(set(previous) | set(current), key=lambda t: (-current.get(t, 0), -previous.get(t, 0), t))
        if not themes:
            no_data(self, tr("Geen signalen in deze perioden"))
            return
        for index, (label, values, shift) in enumerate(
            ((previous_label, previous, -0.2), (current_label, current, 0.2))
        ):
            xs = [i + shift for i in range(len(themes))]
            heights = [values.get(t, 0) for t in themes]
            fill = pattern_brush(("#7D93A7", "#0072B2")[index], 1 - index)  # the previous period hatched
            self.plot.addItem(
                pg.BarGraphItem(x=xs, height=heights, width=0.38, brush=fill, pen=pg.mkPen("w"), name=label)
            )
            for x, theme, h in zip(xs, themes, heights, strict=True):
                self.hits.append(Hit(x - 0.19, x + 0.19, 0, max(h, 0.05), f"{theme}, {label}: {h}"))
                self.bars += 1
        self.set_x_labels([(i, t) for i, t in enumerate(themes)])
        self.finish_legend()
        item = self.plot.getPlotItem()
        item.setXRange(-0.6, len(themes) - 0.4, padding=0)
        item.setYRange(0, max([h.y1 for h in self.hits] + [1]) * 1.6, padding=0)
        self.count_axis(max([h.y1 for h in self.hits] + [1]) * 1.6)
