"""The Overzicht page's compact charts: intake figures and signals per theme, this period against the previous.

Built a moment after the page is first shown, so pyqtgraph (≈0.45 s to import) never slows down start-up.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QHBoxLayout, QWidget

from signaaltracker.store import Store
from signaaltracker.store.aggregates import intake_grid, signal_date_range, signals_per_theme
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.i18n import tr

WINDOW_MONTHS = 6


def comparison_windows(store: Store, today: date | None = None) -> tuple[tuple[date, date], tuple[date, date]]:
    """(previous, current): two windows of six months, the current one ending at the latest signal (≤ today)."""
    today = today or date.today()
    found = signal_date_range(store.db)
    end = min(found[1], today) if found else today
    start = _months_back(end, WINDOW_MONTHS) + timedelta(days=1)
    previous_end = start - timedelta(days=1)
    previous_start = _months_back(previous_end, WINDOW_MONTHS) + timedelta(days=1)
    return (previous_start, previous_end), (start, end)


def _months_back(value: date, months: int) -> date:
    index = value.year * 12 + value.month - 1 - months
    year, month = index // 12, index % 12 + 1
    for day in (value.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


class OverviewCharts(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from signaaltracker.ui.charts.intake_chart import IntakeChart
        from signaaltracker.ui.charts.signals_chart import ThemeComparisonChart

        self.store = store
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intake = IntakeChart(self, compact=True, title=tr("Instroom: laatste periode en de vorige"))
        self.signals = ThemeComparisonChart(self)
        layout.addWidget(self.intake, 1)
        layout.addWidget(self.signals, 1)
        self.setMinimumHeight(300)

    def refresh(self) -> None:
        grid = intake_grid(self.store.db, None)
        self.intake.set_grid(grid, grid.periods[-2:])
        (p_start, p_end), (c_start, c_end) = comparison_windows(self.store)
        self.signals.set_periods(
            f"{date_nl(p_start)} – {date_nl(p_end)}",
            signals_per_theme(self.store.db, p_start, p_end),
            f"{date_nl(c_start)} – {date_nl(c_end)}",
            signals_per_theme(self.store.db, c_start, c_end),
        )
