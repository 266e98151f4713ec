"""The pages of the main window, in navigation order. Each entry: key, label, factory(store, parent)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from signaaltracker.store import Store
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    key: str
    label: str
    shortcut: str
    factory: Callable[[Store, QWidget | None], Page]


def guide_index() -> Path | None:
    """The user guide's start page shipped under resources/guide/ (see docs/handleiding), or None."""
    from signaaltracker.resources import resource

    try:
        path = resource("guide", "index.html")
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def page_entries() -> list[PageEntry]:
    # Imports are inside so that only pages actually opened are imported at start-up.
    def overview(store, parent):
        from signaaltracker.ui.pages.overview import OverviewPage

        return OverviewPage(store, parent)

    def signals(store, parent):
        from signaaltracker.ui.pages.signals_page import SignalsPage

        return SignalsPage(store, parent)

    def meetings(store, parent):
        from signaaltracker.ui.pages.meetings_page import MeetingsPage

        return MeetingsPage(store, parent)

    def actions(store, parent):
        from signaaltracker.ui.pages.actions_page import ActionsPage

        return ActionsPage(store, parent)

    def figures(store, parent):
        from signaaltracker.ui.pages.figures_page import FiguresPage

        return FiguresPage(store, parent)

    def registers(store, parent):
        from signaaltracker.ui.pages.registers_page import RegistersPage

        return RegistersPage(store, parent)

    def memo(store, parent):
        from signaaltracker.ui.pages.memo_page import MemoPage

        return MemoPage(store, parent)

    def settings(store, parent):
        from signaaltracker.ui.pages.settings_page import SettingsPage

        return SettingsPage(store, parent)

    def data(store, parent):
        from signaaltracker.ui.pages.data_page import DataPage

        return DataPage(store, parent)

    return [
        PageEntry("overview", tr("Overzicht"), "Ctrl+1", overview),
        PageEntry("signals", tr("Signalen"), "Ctrl+2", signals),
        PageEntry("meetings", tr("Overleggen"), "Ctrl+3", meetings),
        PageEntry("actions", tr("Acties"), "Ctrl+4", actions),
        PageEntry("figures", tr("Cijfers"), "Ctrl+5", figures),
        PageEntry("registers", tr("Registers"), "Ctrl+6", registers),
        PageEntry("memo", tr("Raadsmemo"), "Ctrl+7", memo),
        PageEntry("settings", tr("Instellingen"), "Ctrl+8", settings),
        PageEntry("data", tr("Beheer"), "Ctrl+9", data),
    ]
