"""Overzicht: the state of the register at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
            ("municipality", tr("Gemeente")),
            ("signals", tr("Signalen")),
            ("new", tr("Nieuwe signalen")),
            ("last_meeting", tr("Laatste overleg")),
            ("next_meeting", tr("Volgend overleg")),
            ("open_actions", tr("Open acties")),
            ("overdue", tr("Te late acties")),
            ("figures", tr("Cijfers")),
        ):
            label = QLabel()
            label.setAccessibleDescription(text)
            self.labels[key] = label
            self.form.addRow(text + ":", label)
        layout.addLayout(self.form)
        self.first_steps = self._first_steps()
        layout.addWidget(self.first_steps)
        self.charts = None  # compact charts, built shortly after the first refresh (keeps start-up fast)
        self.charts_delay_ms = 250
        layout.addStretch(1)

    # --- an empty register: what to do first, instead of empty charts -----------------------------------
    def _first_steps(self) -> QGroupBox:
        box = QGroupBox(tr("Eerste stappen"))
        box.setAccessibleName(tr("Eerste stappen"))
        layout = QVBoxLayout(box)
        self.steps_text = QLabel()
        self.steps_text.setWordWrap(True)
        layout.addWidget(self.steps_text)
        row = QHBoxLayout()
        self.step_buttons = {}
        for key, text in (
            ("organisations", tr("1. &Organisaties invoeren")),
            ("themes", tr("2. &Thema's invoeren")),
            ("signal", tr("3. &Eerste signaal vastleggen")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self.take_step(k))
            self.step_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def is_empty_register(self) -> bool:
        s = self.store
        return not s.signals.count_matching(SignalFilter()) and not s.figures.count()

    def take_step(self, key: str) -> None:
        window = self.window()
        if key == "signal":
            if hasattr(window, "new_signal"):
                window.new_signal()
            return
        if hasattr(window, "show_page"):
            page = window.show_page("registers")
            page.tabs.setCurrentWidget(page.organisations if key == "organisations" else page.themes)

    def _refresh_first_steps(self) -> bool:
        """Show the first steps while the register holds no signals and no figures; True when shown."""
        empty = self.is_empty_register()
        self.first_steps.setVisible(empty)
        if empty:
            s = self.store
            has_orgs = bool(s.organisations.active())
            has_themes = any(t.active for t in s.themes.list())
            self.steps_text.setText(
                tr(
                    "Deze registratie is nog leeg. Begin met de partnerorganisaties die signalen melden en de thema's "
                    "waarover ze gaan (onder Registers); daarna legt u het eerste signaal vast. Grafieken verschijnen "
                    "hier zodra er signalen of cijfers zijn."
                )
            )
            self.step_buttons["organisations"].setEnabled(True)
            self.step_buttons["themes"].setEnabled(True)
            self.step_buttons["signal"].setEnabled(has_orgs and has_themes)
            self.step_buttons["signal"].setToolTip(
                "" if has_orgs and has_themes else tr("Voer eerst organisaties en thema's in.")
            )
        return empty

    def refresh(self) -> None:
        s = self.store
        today = date.today()
        self.labels["municipality"].setText(
            str(s.settings.get("municipality.name") or "") or tr("nog niet ingesteld (Instellingen, Ctrl+8)")
        )
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
            text = (
                tr("{date} ({structure})")
                if upcoming.planned
                else tr("{date} ({structure}; voorgesteld, nog niet gepland)")
            )
            self.labels["next_meeting"].setText(text.format(structure=name, date=date_nl(upcoming.held_on)))
        self.labels["open_actions"].setText(number(len(s.actions.open_actions())))
        overdue = len(s.actions.overdue(today))
        self.labels["overdue"].setText(tr("{count} (te laat)").format(count=overdue) if overdue else tr("geen"))
        self.labels["figures"].setText(number(s.figures.count()))
        if self._refresh_first_steps():  # nothing to chart yet: no empty 0–1 axes
            if self.charts is not None:
                self.charts.hide()
            return
        if self.charts is not None:
            self.charts.show()
        if self.charts is None:
            QTimer.singleShot(self.charts_delay_ms, self._build_charts)
        else:
            self.charts.refresh()

    def _build_charts(self) -> None:
        if self.charts is not None or not self.isVisible():
            return  # built on a later refresh when the page is shown again
        from signaaltracker.ui.charts.overview_charts import OverviewCharts

        self.charts = OverviewCharts(self.store, self)
        layout = self.layout()
        layout.insertWidget(layout.count() - 1, self.charts, 1)
        layout.setStretch(layout.count() - 1, 0)
        self.charts.refresh()
