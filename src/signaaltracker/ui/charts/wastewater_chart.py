"""Wastewater load per year per site for one substance: a line with points per site, gaps where missing."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QWidget

from signaaltracker.store.wastewater_data import MEASURES, WastewaterSeries
from signaaltracker.ui.charts.base import ChartWidget, Hit, colour, marker, no_data
from signaaltracker.ui.enum_labels import data_label
from signaaltracker.ui.i18n import QT_TR_NOOP, tr

UNIT = QT_TR_NOOP("mg/1000 inwoners/dag")


def number_nl(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


class WastewaterChart(ChartWidget):
    def __init__(self, parent: QWidget | None = None, *, compact: bool = False, title: str | None = None) -> None:
        super().__init__(title or tr("Rioolwater: vracht per jaar"), parent, compact=compact)
        self.plot.getPlotItem().setLabel("left", tr(UNIT), color="k")
        self.points = 0

    def set_series(self, series: WastewaterSeries) -> None:
        pg = self.pg
        self.clear()
        self.points = 0
        measure = data_label(MEASURES[series.measure])
        title = (
            tr("Rioolwater: {substance}, {measure} per jaar").format(substance=series.substance, measure=measure)
            if series.substance.strip()
            else tr("Rioolwater: {measure} per jaar").format(measure=measure)
        )
        self.plot.getPlotItem().setTitle(title, color="k")
        if not series.years:
            no_data(self, tr("Geen metingen voor deze stof en meetplaatsen"))
            return
        top = 0.0
        for index, (site, values) in enumerate(series.values.items()):
            ys = [math.nan if v is None else v for v in values]
            pen = pg.mkPen(colour(index), width=2)
            self.plot.addItem(
                pg.PlotDataItem(
                    series.years,
                    ys,
                    pen=pen,
                    symbol=marker(index),
                    symbolSize=8,
                    symbolBrush=colour(index),
                    symbolPen=pg.mkPen("w"),
                    connect="finite",
                    name=site,
                )
            )
            for year, value in zip(series.years, values, strict=True):
                if value is not None:
                    self.hits.append(
                        Hit(
                            year,
                            year,
                            value,
                            value,
                            f"{site}, {series.substance} {year}: {number_nl(value)} {tr(UNIT)}",
                        )
                    )
                    self.points += 1
                    top = max(top, value)
        self.set_x_labels([(y, str(y)) for y in series.years])
        self.finish_legend()
        item = self.plot.getPlotItem()
        item.setXRange(series.years[0] - 0.5, series.years[-1] + 0.5, padding=0)
        item.setYRange(0, (top or 1) * 1.3, padding=0)
