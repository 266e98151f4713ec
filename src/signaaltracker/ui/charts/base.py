"""What every chart shares: white background, legend, the exact value under the mouse, PNG export."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.ui.i18n import tr

# Colour-blind friendly palette (Okabe-Ito), then a few extra.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
           "#999999", "#882255", "#44AA99", "#117733")


@dataclass(frozen=True)
class Hit:
    """A bar (x0..x1, y0..y1) or a point (x0 == x1, y0 == y1) with the text shown when hovered."""

    x0: float
    x1: float
    y0: float
    y1: float
    text: str

    @property
    def is_point(self) -> bool:
        return self.x0 == self.x1 and self.y0 == self.y1


def short_label(text: str, max_chars: int = 14) -> str:
    if len(text) <= max_chars:
        return text
    head = text.split("/")[0].strip()
    return head if 0 < len(head) <= max_chars else text[: max_chars - 1] + "…"


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


class ChartWidget(QWidget):
    """A titled pyqtgraph plot with a legend, a hover line with the exact value, and "Opslaan als PNG"."""

    point_tolerance_px = 10.0

    def __init__(self, title: str, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self.pg = pg
        self.title = title
        self.hits: list[Hit] = []
        self.plot = pg.PlotWidget(background="w")
        self.plot.setAccessibleName(title)
        self.plot.setMenuEnabled(False)
        item = self.plot.getPlotItem()
        base = QApplication.font().pointSizeF()  # follow the system font size
        item.setTitle(title, color="k", size=f"{base * (1.0 if compact else 1.2):.0f}pt")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen("k")
            axis.setTextPen("k")
        item.showGrid(y=True, alpha=0.25)
        self.plot.setMouseEnabled(x=False, y=False)
        self.compact = compact
        self.legend = item.addLegend(offset=(-10, 10), labelTextColor="k", brush=pg.mkBrush(255, 255, 255, 225),
                                     pen=pg.mkPen("#bbbbbb"))
        self.hover = QLabel(" ")
        self.hover.setAccessibleDescription(tr("Waarde onder de muis ({chart})").format(chart=title))
        self.export_button = QPushButton(tr("Opslaan als PNG…"))
        self.export_button.setAccessibleName(tr("{chart} opslaan als PNG").format(chart=title))
        self.export_button.clicked.connect(self._ask_export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hover, 1)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        if compact:
            self.export_button.hide()
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)

    # --- drawing ---------------------------------------------------------------------------------
    def clear(self) -> None:
        self.plot.getPlotItem().clear()
        self.legend.clear()
        self.hits = []

    def add_legend_swatch(self, name: str, brush) -> None:
        """A legend entry for a fill (colour or hatch pattern) without plotting anything."""
        swatch = self.pg.BarGraphItem(x=[0], height=[0], width=0, brush=brush, pen=self.pg.mkPen("#444444"))
        self.legend.addItem(swatch, name)

    def set_x_labels(self, labels: list[tuple[float, str]], max_chars: int | None = None) -> None:
        """Tick labels under the bars; long names are shortened (the hover text gives them in full)."""
        limit = max_chars or (8 if self.compact else 14)
        self.plot.getPlotItem().getAxis("bottom").setTicks([[(x, short_label(t, limit)) for x, t in labels]])

    def count_axis(self, top: float) -> None:
        """The y-axis counts whole things (signals, intakes): ticks on whole numbers only."""
        step = max(1, math.ceil(top / 8))
        self.plot.getPlotItem().getAxis("left").setTickSpacing(major=step, minor=step)

    def finish_legend(self) -> None:
        """Lay the legend out in rows of a few entries, so it covers little of the plot (headroom is left)."""
        self.legend.setColumnCount(min(2 if self.compact else 4, max(1, len(self.legend.items))))

    # --- hovering --------------------------------------------------------------------------------
    def hit_at(self, x: float, y: float) -> Hit | None:
        """The bar containing the view point (x, y), or the nearest point within a few pixels."""
        for hit in self.hits:
            if not hit.is_point and hit.x0 <= x <= hit.x1 and min(hit.y0, hit.y1) <= y <= max(hit.y0, hit.y1):
                return hit
        view = self.plot.getPlotItem().getViewBox()
        here = view.mapViewToScene(QPointF(x, y))
        best, best_distance = None, self.point_tolerance_px
        for hit in self.hits:
            if hit.is_point:
                there = view.mapViewToScene(QPointF(hit.x0, hit.y0))
                distance = ((here.x() - there.x()) ** 2 + (here.y() - there.y()) ** 2) ** 0.5
                if distance <= best_distance:
                    best, best_distance = hit, distance
        return best

    def _mouse_moved(self, scene_pos) -> None:
        view = self.plot.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        point = view.mapSceneToView(scene_pos)
        hit = self.hit_at(point.x(), point.y())
        text = hit.text if hit else " "
        self.hover.setText(text)
        if hit:
            QToolTip.showText(self.plot.mapToGlobal(self.plot.mapFromScene(scene_pos).toPoint()), text, self.plot)
        else:
            QToolTip.hideText()

    # --- export ----------------------------------------------------------------------------------
    def export_png(self, path: str | Path, width: int = 1600) -> Path:
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.plot.getPlotItem())
        exporter.parameters()["width"] = width
        exporter.export(str(path))
        return Path(path)

    def _ask_export(self) -> None:
        name = self.title.lower().replace(" ", "-").replace("/", "-") + ".png"
        from signaaltracker.ui.widgets import documents_folder

        path, _ = QFileDialog.getSaveFileName(self, tr("Grafiek opslaan als PNG"), str(documents_folder() / name),
                                              tr("PNG-afbeelding (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            self.export_png(path)
            self.hover.setText(tr("Opgeslagen: {path}").format(path=path))


def no_data(chart: ChartWidget, text: str) -> None:
    item = chart.pg.TextItem(text, color="#555555", anchor=(0.5, 0.5))
    chart.plot.getPlotItem().addItem(item)
    item.setPos(0.5, 0.5)
    chart.plot.getPlotItem().setRange(xRange=(0, 1), yRange=(0, 1))


