"""The pages of the main window, in navigation order. Each entry: key, label, factory(store, parent)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from signaaltracker.store import Store
from signaaltracker.ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    key: str
    label: str
    shortcut: str
    factory: Callable[[Store, QWidget | None], Page]


def page_entries() -> list[PageEntry]:
    # Imports are inside so that only pages actually opened are imported at start-up.
    def overview(store, parent):
        from signaaltracker.ui.pages.overview import OverviewPage

        return OverviewPage(store, parent)

    def signals(store, parent):
        from signaaltracker.ui.pages.signals_page import SignalsPage

        return SignalsPage(store, parent)

    def meetings(store, parent):
        from signaaltracker.ui.pages.simple import MeetingsListPage

        return MeetingsListPage(store, parent)

    def actions(store, parent):
        from signaaltracker.ui.pages.simple import ActionsListPage

        return ActionsListPage(store, parent)

    def figures(store, parent):
        from signaaltracker.ui.pages.simple import FiguresListPage

        return FiguresListPage(store, parent)

    def registers(store, parent):
        from signaaltracker.ui.pages.simple import RegistersListPage

        return RegistersListPage(store, parent)

    def memo(store, parent):
        from signaaltracker.ui.pages.simple import MemoListPage

        return MemoListPage(store, parent)

    def settings(store, parent):
        from signaaltracker.ui.pages.settings_page import SettingsPage

        return SettingsPage(store, parent)

    return [
        PageEntry("overview", "Overzicht", "Ctrl+1", overview),
        PageEntry("signals", "Signalen", "Ctrl+2", signals),
        PageEntry("meetings", "Overleggen", "Ctrl+3", meetings),
        PageEntry("actions", "Acties", "Ctrl+4", actions),
        PageEntry("figures", "Cijfers", "Ctrl+5", figures),
        PageEntry("registers", "Registers", "Ctrl+6", registers),
        PageEntry("memo", "Raadsmemo", "Ctrl+7", memo),
        PageEntry("settings", "Instellingen", "Ctrl+8", settings),
    ]
