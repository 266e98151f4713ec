"""Overzicht: the state of the register at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from signaaltracker.store import Store
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.pages.base import Page, heading


class OverviewPage(Page):
    title = "Overzicht"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, text in (
            ("municipality", "Gemeente"), ("signals", "Signalen"), ("new", "Nieuwe signalen"),
            ("last_meeting", "Laatste overleg"), ("next_meeting", "Volgend overleg"),
            ("open_actions", "Open acties"), ("overdue", "Te late acties"), ("figures", "Cijfers"),
        ):
            label = QLabel()
            label.setAccessibleName(text)
            self.labels[key] = label
            self.form.addRow(text + ":", label)
        layout.addLayout(self.form)
        self.charts = None  # compact charts, built shortly after the first refresh (keeps start-up fast)
        self.charts_delay_ms = 250
        layout.addStretch(1)

    def refresh(self) -> None:
        s = self.store
        today = date.today()
        self.labels["municipality"].setText(str(s.settings.get("municipality.name")))
        self.labels["signals"].setText(str(s.signals.count_matching(SignalFilter())))  # indexed counts
        self.labels["new"].setText(str(s.signals.count_matching(SignalFilter(statuses=["new"]))))
        last = s.db.query(
            "SELECT m.held_on, s.name, s.interval_weeks FROM meetings m JOIN structures s ON s.id = m.structure_id"
            " ORDER BY m.held_on DESC LIMIT 1"
        )
        if last:
            held = date.fromisoformat(last[0]["held_on"])
            self.labels["last_meeting"].setText(f"{last[0]['name']}, {date_nl(held)}")
            from datetime import timedelta

            self.labels["next_meeting"].setText(date_nl(held + timedelta(weeks=last[0]["interval_weeks"])))
        else:
            self.labels["last_meeting"].setText("nog geen")
            self.labels["next_meeting"].setText("nog niet gepland")
        self.labels["open_actions"].setText(str(len(s.actions.open_actions())))
        overdue = len(s.actions.overdue(today))
        self.labels["overdue"].setText(f"{overdue} (te laat)" if overdue else "geen")
        self.labels["figures"].setText(str(s.figures.count()))
        if self.charts is None:
            QTimer.singleShot(self.charts_delay_ms, self._build_charts)
        else:
            self.charts.refresh()

    def _build_charts(self) -> None:
        if self.charts is not None or not self.isVisible():
            return  # built on a later refresh when the page is shown again
        from signaaltracker.ui.pages.overview_charts import OverviewCharts

        self.charts = OverviewCharts(self.store, self)
        layout = self.layout()
        layout.insertWidget(layout.count() - 1, self.charts, 1)
        layout.setStretch(layout.count() - 1, 0)
        self.charts.refresh()
