"""Cijfers: intake figures as in the memo, stated facts, wastewater, and signal trends — one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from signaaltracker.store import Store
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.pages.base import Page, heading


class FiguresPage(Page):
    title = QT_TR_NOOP("Cijfers")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        from signaaltracker.ui.figures.facts_tab import FactsTab
        from signaaltracker.ui.figures.intake_tab import IntakeTab
        from signaaltracker.ui.figures.trends_tab import TrendsTab
        from signaaltracker.ui.figures.wastewater_tab import WastewaterTab

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Onderdelen van Cijfers"))
        self.intake = IntakeTab(store)
        self.facts = FactsTab(store)
        self.wastewater = WastewaterTab(store)
        self.trends = TrendsTab(store)
        self.tabs.addTab(self.intake, tr("&Instroomcijfers"))
        self.tabs.addTab(self.facts, tr("&Feiten"))
        self.tabs.addTab(self.wastewater, tr("&Rioolwater"))
        self.tabs.addTab(self.trends, tr("&Trends signalen"))
        self.tabs.currentChanged.connect(lambda _: self._refresh_current())
        layout.addWidget(self.tabs, 1)

    def _refresh_current(self) -> None:
        self.tabs.currentWidget().refresh()

    def refresh(self) -> None:
        self._refresh_current()
