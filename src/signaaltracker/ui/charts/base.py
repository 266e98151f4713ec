"""What every chart shares: white background, legend, the exact value under the mouse, PNG export."""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.ui.i18n import tr

# Colour-blind friendly palette (Okabe-Ito, then a few extra), each darkened where needed to at least 3:1
# against the white plot background (WCAG 1.4.11); series are also told apart by pattern or marker.
PALETTE = (
    "#0072B2",
    "#B77E00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#4A9AC8",
    "#97902A",
    "#000000",
    "#8E8E8E",
    "#882255",
    "#3F9D8E",
    "#117733",
)
# The hatch over a fill, per series (the first is plain): so no series is known by its colour alone.
HATCHES = (
    None,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.DiagCrossPattern,
)
# The point marker per line series.
MARKERS = ("o", "s", "t", "d", "star", "x", "+", "p", "h", "t1")
TABLE_ROWS_IN_DESCRIPTION = 40


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


def marker(index: int) -> str:
    return MARKERS[index % len(MARKERS)]


def pattern_brush(fill: str, index: int) -> QBrush:
    """A fill in ``fill`` with the white hatch of series ``index`` over it (a texture, so legends show it too)."""
    hatch = HATCHES[index % len(HATCHES)]
    if hatch is None:
        return QBrush(QColor(fill))
    tile = QPixmap(12, 12)
    tile.fill(QColor(fill))
    painter = QPainter(tile)
    painter.fillRect(tile.rect(), QBrush(QColor(255, 255, 255, 190), hatch))
    painter.end()
    return QBrush(tile)


def split_hit_text(text: str) -> tuple[str, str]:
    """ "Cannabis, maart 2024: 3" → ("Cannabis, maart 2024", "3")."""
    what, sep, value = text.rpartition(": ")
    return (what, value) if sep else (text, "")


class ChartTableDialog(QDialog):
    """The figures of a chart as a table: what the bars and points show, readable by keyboard and screen
    reader."""

    def __init__(self, title: str, hits: list[Hit], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = QTableWidget(len(hits), 2)
        self.table.setHorizontalHeaderLabels([tr("Wat"), tr("Waarde")])
        self.table.setAccessibleName(tr("{chart} als tabel").format(chart=title))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, hit in enumerate(hits):
            for column, text in enumerate(split_hit_text(hit.text)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)


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
        self.legend = item.addLegend(
            offset=(-10, 10), labelTextColor="k", brush=pg.mkBrush(255, 255, 255, 225), pen=pg.mkPen("#bbbbbb")
        )
        self.hover = QLabel(" ")
        self.hover.setAccessibleDescription(tr("Waarde onder de muis ({chart})").format(chart=title))
        self.export_button = QPushButton(tr("Opslaan als PNG…"))
        self.export_button.setAccessibleName(tr("{chart} opslaan als PNG").format(chart=title))
        self.export_button.clicked.connect(self._ask_export)
        self.table_button = QPushButton(tr("Toon als tabel…"))
        self.table_button.setAccessibleName(tr("{chart}: toon de cijfers als tabel").format(chart=title))
        self.table_button.setToolTip(tr("De cijfers van de grafiek als tabel (ook met Enter op de grafiek)"))
        self.table_button.clicked.connect(self.show_table)
        self.plot.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hover, 1)
        bottom.addWidget(self.table_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        if compact:
            self.export_button.hide()
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)

    # --- in words --------------------------------------------------------------------------------
    def description_in_words(self) -> str:
        """What the chart shows, as a screen reader reads it: every bar or point with its value."""
        if not self.hits:
            return tr("{chart}: geen gegevens.").format(chart=self.title)
        parts = [hit.text for hit in self.hits[:TABLE_ROWS_IN_DESCRIPTION]]
        more = len(self.hits) - len(parts)
        text = "; ".join(parts)
        if more > 0:
            text += "; " + tr("en nog {count} waarden: kies 'Toon als tabel'").format(count=more)
        return text + "."

    def eventFilter(self, watched, event) -> bool:
        if watched is self.plot:
            if event.type() == QEvent.Type.FocusIn:
                self.plot.setAccessibleDescription(self.description_in_words())
            elif event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
                Qt.Key.Key_Space,
            ):
                self.show_table()
                return True
        return super().eventFilter(watched, event)

    def show_table(self) -> ChartTableDialog:
        dialog = ChartTableDialog(self.title, list(self.hits), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
        from signaaltracker.ui.save_dialog import ask_save_path

        stem = self.title.lower().replace(" ", "-").replace("/", "-")
        path = ask_save_path(self, tr("Grafiek opslaan als PNG"), stem, ".png", tr("PNG-afbeelding (*.png)"))
        if path is not None:
            self.export_png(path)
            self.hover.setText(tr("Opgeslagen: {path}").format(path=path))


def no_data(chart: ChartWidget, text: str) -> None:
    item = chart.pg.TextItem(text, color="#555555", anchor=(0.5, 0.5))
    chart.plot.getPlotItem().addItem(item)
    item.setPos(0.5, 0.5)
    chart.plot.getPlotItem().setRange(xRange=(0, 1), yRange=(0, 1))
