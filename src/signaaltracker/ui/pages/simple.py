
"""Read-only list pages for areas whose full pages are still to come: they show what the store holds."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from signaaltracker.domain.enums import ActionStatus, ActivityPillar, OrganisationKind, SharingLevel, SignalStatus
from signaaltracker.store import Store
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.pages.base import ListSection, Page, heading
from signaaltracker.ui.table_model import Column


class SectionsPage(Page):
    """A heading and one or more list sections (in tabs when more than one)."""

    def __init__(self, store: Store, sections: list[ListSection], parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.sections = sections
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        if len(sections) == 1:
            layout.addWidget(sections[0])
        else:
            tabs = QTabWidget()
            for section in sections:
                tabs.addTab(section, section.caption.text().replace("<b>", "").replace("</b>", ""))
                section.caption.hide()
            layout.addWidget(tabs)

    def refresh(self) -> None:
        for section in self.sections:
            section.refresh()


class SignalsListPage(SectionsPage):
    title = QT_TR_NOOP("Signalen")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        from signaaltracker.store.signals import SignalFilter

        columns = [
            Column("observed_on", tr("Waargenomen"), date_nl), Column("organisation", tr("Organisatie")),
            Column("themes", tr("Thema's")), Column("age_group", tr("Leeftijd")),
            Column("status", tr("Status"), label_of(SignalStatus)),
            Column("sharing_level", tr("Delen"), label_of(SharingLevel)), Column("summary", tr("Samenvatting")),
        ]
        section = ListSection(tr("Signalen"), columns, lambda: store.signals.page(SignalFilter(), limit=500))
        super().__init__(store, [section], parent)


class MeetingsListPage(SectionsPage):
    title = QT_TR_NOOP("Overleggen")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        columns = [Column("held_on", tr("Datum"), date_nl), Column("structure", tr("Overleg")), Column("notes",
                                                                                                       tr("Notities"))]
        section = ListSection(tr("Vergaderingen"), columns, lambda: store.db.query(
            "SELECT m.held_on, s.name AS structure, m.notes FROM meetings m JOIN structures s ON s.id = m.structure_id"
            " ORDER BY m.held_on DESC"))
        super().__init__(store, [section], parent)


class ActionsListPage(SectionsPage):
    title = QT_TR_NOOP("Acties")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        columns = [
            Column("description", tr("Actie")), Column("owner", tr("Eigenaar")), Column("due_on", tr("Uiterlijk"),
                                                                                        date_nl),
            Column("status", tr("Status"), label_of(ActionStatus)),
        ]
        section = ListSection(tr("Acties"), columns, lambda: store.db.query(
            "SELECT a.description, o.name AS owner, a.due_on, a.status FROM actions a"
            " JOIN organisations o ON o.id = a.owner_organisation_id ORDER BY a.status = 'open' DESC, a.due_on"))
        super().__init__(store, [section], parent)


class FiguresListPage(SectionsPage):
    title = QT_TR_NOOP("Cijfers")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        figures = ListSection(tr("Instroomcijfers"), [
            Column("source", tr("Bron")), Column("indicator", tr("Indicator")), Column("age_group", tr("Leeftijd")),
            Column("period_start", tr("Van"), date_nl), Column("period_end", tr("Tot"), date_nl),
            Column("value", tr("Aantal"), lambda v: "onbekend" if v is None else ("-" if v == 0 else str(v)), True),
        ], lambda: store.db.query(
            "SELECT f.source, t.name AS indicator, a.label AS age_group, f.period_start, f.period_end, f.value"
            " FROM figures f JOIN themes t ON t.id = f.indicator_id JOIN age_groups a ON a.id = f.age_group_id"
            " ORDER BY f.period_start, f.id"))
        facts = ListSection(tr("Feiten"), [
            Column("stated_on", tr("Datum"), date_nl), Column("source", tr("Bron")),
            Column("in_memo", tr("In memo"), lambda v: "ja" if v else "nee"), Column("text", tr("Tekst")),
        ], lambda: store.db.query("SELECT stated_on, source, in_memo, text FROM facts ORDER BY position, id"))
        super().__init__(store, [figures, facts], parent)


class RegistersListPage(SectionsPage):
    title = QT_TR_NOOP("Registers")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        organisations = ListSection(tr("Organisaties"), [
            Column("name", tr("Naam")), Column("kind", tr("Soort"), label_of(OrganisationKind)),
            Column("active", tr("Actief"), lambda v: "ja" if v else "nee"), Column("description", tr("Omschrijving")),
        ], lambda: store.db.query("SELECT * FROM organisations ORDER BY name"))
        themes = ListSection(tr("Thema's"), [
            Column("name", tr("Naam")), Column("active", tr("Actief"), lambda v: "ja" if v else "nee"),
            Column("description", tr("Toelichting")),
        ], lambda: store.db.query("SELECT * FROM themes ORDER BY name"))
        structures = ListSection(tr("Overlegstructuren"), [
            Column("name", tr("Naam")), Column("interval_weeks", tr("Interval (weken)"), None, True),
            Column("description", tr("Omschrijving")),
        ], lambda: store.db.query("SELECT * FROM structures ORDER BY name"))
        activities = ListSection(tr("Activiteiten"), [
            Column("name", tr("Naam")), Column("pillar", tr("Pijler"), label_of(ActivityPillar)),
            Column("funding", tr("Financiering")), Column("description", tr("Omschrijving")),
        ], lambda: store.db.query("SELECT * FROM activities ORDER BY name"))
        super().__init__(store, [organisations, themes, structures, activities], parent)

