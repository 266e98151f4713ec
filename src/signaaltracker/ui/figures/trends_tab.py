"""Trends: signals per month by theme, stacked, for a chosen period."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from signaaltracker.store import Store
from signaaltracker.store.aggregates import signal_date_range, signals_per_month_by_theme
from signaaltracker.ui.dates import MONTH_FORMAT, DateEdit, to_pydate
from signaaltracker.ui.i18n import tr


def month_start(value: date, back: int = 0) -> date:
    index = value.year * 12 + value.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def default_range(store: Store) -> tuple[date, date]:
    """Twelve months up to the latest signal (or today when there are none)."""
    found = signal_date_range(store.db)
    end = min(found[1], date.today()) if found else date.today()
    return month_start(end, 11), end


class TrendsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chart = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.start = self._month_edit(tr("Eerste maand"))
        self.end = self._month_edit(tr("Laatste maand"))
        bar.addWidget(QLabel(tr("&Van:")))
        bar.itemAt(0).widget().setBuddy(self.start)
        bar.addWidget(self.start)
        bar.addWidget(QLabel(tr("&tot en met:")))
        bar.itemAt(2).widget().setBuddy(self.end)
        bar.addWidget(self.end)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.layout_ = layout
        self._range_set = False
        self.start.dateChanged.connect(lambda _: self.draw())
        self.end.dateChanged.connect(lambda _: self.draw())

    @staticmethod
    def _month_edit(name: str) -> DateEdit:
        return DateEdit(name, display_format=MONTH_FORMAT)

    def set_range(self, start: date, end: date) -> None:
        for edit, value in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.set_date(value)
            edit.blockSignals(False)
        self._range_set = True
        self.draw()

    def refresh(self) -> None:
        if not self._range_set:
            self.set_range(*default_range(self.store))
        else:
            self.draw()

    def chosen_range(self) -> tuple[date, date]:
        start = to_pydate(self.start.date()).replace(day=1)
        end = month_start(to_pydate(self.end.date()).replace(day=1), -1)  # first day of the next month
        return start, date.fromordinal(end.toordinal() - 1)

    def draw(self) -> None:
        if self.chart is None:
            from signaaltracker.ui.charts.signals_chart import SignalsChart

            self.chart = SignalsChart(self)
            self.layout_.addWidget(self.chart, 1)
        start, end = self.chosen_range()
        if end < start:
            start, end = end.replace(day=1), start
        self.chart.set_counts(signals_per_month_by_theme(self.store.db, start, end))
