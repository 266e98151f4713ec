
"""Overzicht: the state of the register at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from signaaltracker.domain.enums import SignalStatus
from signaaltracker.store import Store
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.i18n import QT_TR_NOOP, number, tr
from signaaltracker.ui.pages.base import Page, heading


class OverviewPage(Page):
    title = QT_TR_NOOP("Overzicht")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, text in (
            ("municipality", tr("Gemeente")), ("signals", tr("Signalen")), ("new", tr("Nieuwe signalen")),
            ("last_meeting", tr("Laatste overleg")), ("next_meeting", tr("Volgend overleg")),
            ("open_actions", tr("Open acties")), ("overdue", tr("Te late acties")), ("figures", tr("Cijfers")),
        ):
            label = QLabel()
            label.setAccessibleDescription(text)
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
        self.labels["signals"].setText(number(s.signals.count_matching(SignalFilter())))
        self.labels["new"].setText(number(s.signals.count_matching(SignalFilter(statuses=[SignalStatus.NEW.value]))))
        last = s.cycle.last_held(today)
        if last is not None:
            self.labels["last_meeting"].setText(f"{s.structures.get(last.structure_id).name}, {date_nl(last.held_on)}")
        else:
            self.labels["last_meeting"].setText(tr("nog geen"))
        upcoming = s.cycle.upcoming(today)
        if upcoming is None:
            self.labels["next_meeting"].setText(tr("nog niet gepland"))
        else:
            name = s.structures.get(upcoming.structure_id).name
            text = tr("{date} ({structure})") if upcoming.planned else tr("{date} ({structure}; voorgesteld, nog niet "
                                                                          "gepland)")
            self.labels["next_meeting"].setText(text.format(structure=name, date=date_nl(upcoming.held_on)))
        self.labels["open_actions"].setText(number(len(s.actions.open_actions())))
        overdue = len(s.actions.overdue(today))
        self.labels["overdue"].setText(tr("{count} (te laat)").format(count=overdue) if overdue else tr("geen"))
        self.labels["figures"].setText(number(s.figures.count()))
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
