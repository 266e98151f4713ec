"""Edit dialogs for the registers: organisations, themes, age groups, structures, activities."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QSpinBox, QWidget

from signaaltracker.domain.enums import ActivityPillar, ActivityStatus, OrganisationKind, ThemeKind
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.meetings import ConsultationStructure
from signaaltracker.domain.registers import Activity
from signaaltracker.domain.taxonomy import AgeGroup, Organisation, Theme
from signaaltracker.store import Store
from signaaltracker.ui.dates import DateEdit
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.widgets import CheckList, FormDialog, enum_combo, id_combo, line


def _text_box(text: str, name: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setMaximumHeight(90)
    return box


def _active(checked: bool) -> QCheckBox:
    box = QCheckBox(tr("&Actief"))
    box.setChecked(checked)
    box.setAccessibleName(tr("Actief"))
    return box


def _save(repo, obj):
    return repo.add(obj) if obj.id is None else repo.update(obj)


class OrganisationDialog(FormDialog):
    def __init__(self, store: Store, org: Organisation | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Organisatie bewerken") if org else tr("Nieuwe organisatie"), parent)
        self.store, self.original = store, org
        self.name = line(org.name if org else "", tr("Naam van de organisatie"))
        self.kind = enum_combo(OrganisationKind, org.kind if org else OrganisationKind.OTHER, tr("Soort organisatie"))
        self.description = _text_box(org.description if org else "", tr("Omschrijving"))
        self.active = _active(org.active if org else True)
        self.form.addRow(tr("&Naam:"), self.name)
        self.form.addRow(tr("&Soort:"), self.kind)
        self.form.addRow(tr("Om&schrijving:"), self.description)
        self.form.addRow("", self.active)

    def save(self) -> Organisation:
        org = Organisation(
            self.name.text(),
            self.kind.currentData(),
            self.description.toPlainText(),
            self.active.isChecked(),
            self.original.id if self.original else None,
        )
        return _save(self.store.organisations, org)


class ThemeDialog(FormDialog):
    def __init__(self, store: Store, theme: Theme | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Thema bewerken") if theme else tr("Nieuw thema"), parent)
        self.store, self.original = store, theme
        self.name = line(theme.name if theme else "", tr("Naam van het thema"))
        self.kind = enum_combo(ThemeKind, theme.kind if theme else ThemeKind.SUBSTANCE, tr("Soort thema"))
        self.description = line(theme.description if theme else "", tr("Toelichting"))
        self.active = _active(theme.active if theme else True)
        self.form.addRow(tr("&Naam:"), self.name)
        self.form.addRow(tr("&Soort:"), self.kind)
        self.form.addRow(tr("&Toelichting:"), self.description)
        self.form.addRow("", self.active)

    def save(self) -> Theme:
        if self.original is None:
            theme = Theme(self.name.text(), self.kind.currentData(), self.active.isChecked(), self.description.text())
        else:
            theme = replace(
                self.original,
                name=self.name.text(),
                kind=self.kind.currentData(),
                description=self.description.text(),
                active=self.active.isChecked(),
            )
        return _save(self.store.themes, theme)


class MergeThemeDialog(FormDialog):
    """Merge one theme into another: every signal and figure moves; the source stays, deactivated."""

    def __init__(self, store: Store, source: Theme, parent: QWidget | None = None) -> None:
        super().__init__(tr("Thema '{name}' samenvoegen").format(name=source.name), parent)
        self.store, self.source = store, source
        targets = [(t.id, t.name) for t in store.themes.active() if t.id != source.id]
        self.target = id_combo(targets, accessible_name=tr("Samenvoegen met"))
        uses = store.themes.usage(source.id)
        explain = QLabel(
            tr(
                "'{name}' wordt {uses} keer gebruikt. Alle signalen en cijfers gaan over naar het "
                "gekozen thema; '{name}' blijft bestaan maar wordt gedeactiveerd."
            ).format(name=source.name, uses=uses)
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.form.addRow(tr("Samenvoegen &met:"), self.target)

    def save(self) -> Theme:
        if self.target.currentData() is None:
            raise DomainError(tr("Er is geen ander actief thema om mee samen te voegen."))
        self.store.themes.merge(self.source.id, self.target.currentData())
        return self.store.themes.get(self.source.id)


def _age_spin(value: int | None, name: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1, 150)
    spin.setSpecialValueText("geen")
    spin.setValue(-1 if value is None else value)
    spin.setAccessibleName(name)
    return spin


class AgeGroupDialog(FormDialog):
    def __init__(self, store: Store, group: AgeGroup | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Leeftijdsgroep bewerken") if group else tr("Nieuwe leeftijdsgroep"), parent)
        self.store, self.original = store, group
        self.label = line(group.label if group else "", tr("Naam van de leeftijdsgroep"))
        self.min_age = _age_spin(group.min_age if group else None, tr("Ondergrens"))
        self.max_age = _age_spin(group.max_age if group else None, tr("Bovengrens"))
        self.order = QSpinBox()
        self.order.setRange(0, 999)
        self.order.setValue(group.sort_order if group else len(store.age_groups.list()) + 1)
        self.order.setAccessibleName(tr("Volgorde"))
        self.active = _active(group.active if group else True)
        self.form.addRow(tr("&Naam:"), self.label)
        self.form.addRow(tr("&Vanaf leeftijd:"), self.min_age)
        self.form.addRow(tr("&Tot en met leeftijd:"), self.max_age)
        self.form.addRow(tr("V&olgorde:"), self.order)
        self.form.addRow("", self.active)

    def save(self) -> AgeGroup:
        def bound(spin: QSpinBox) -> int | None:
            return None if spin.value() < 0 else spin.value()

        group = AgeGroup(
            self.label.text(),
            bound(self.min_age),
            bound(self.max_age),
            self.order.value(),
            self.active.isChecked(),
            self.original.id if self.original else None,
        )
        return _save(self.store.age_groups, group)


def _organisation_items(store: Store, keep: list[int]) -> list[tuple[int, str]]:
    """Active organisations, plus inactive ones already chosen (so editing never drops them silently)."""
    return [
        (o.id, o.name + ("" if o.active else tr(" (inactief)")))
        for o in store.organisations.list()
        if o.active or o.id in keep
    ]


class StructureDialog(FormDialog):
    def __init__(self, store: Store, structure: ConsultationStructure | None = None, parent=None) -> None:
        super().__init__(tr("Overlegstructuur bewerken") if structure else tr("Nieuwe overlegstructuur"), parent)
        self.store, self.original = store, structure
        s = structure or ConsultationStructure("nieuw")
        self.name = line(structure.name if structure else "", tr("Naam van het overleg"))
        self.purpose = line(s.purpose, tr("Doel"))
        self.interval = QSpinBox()
        self.interval.setRange(1, 104)
        self.interval.setSuffix(tr(" weken"))
        self.interval.setValue(s.interval_weeks)
        self.interval.setAccessibleName(tr("Interval in weken"))
        self.participants = CheckList(tr("Deelnemende organisaties"))
        self.participants.set_items(_organisation_items(store, s.participant_ids), s.participant_ids)
        self.participants_text = line(s.participants, tr("Deelnemers in woorden (voor de memo)"))
        self.description = _text_box(s.description, tr("Omschrijving voor de memo"))
        self.active = _active(s.active)
        self.form.addRow(tr("&Naam:"), self.name)
        self.form.addRow(tr("&Doel:"), self.purpose)
        self.form.addRow(tr("&Interval:"), self.interval)
        self.form.addRow(tr("Deelnemende &organisaties:"), self.participants)
        self.form.addRow(tr("Deelnemers in &woorden:"), self.participants_text)
        self.form.addRow(tr("Om&schrijving (memo):"), self.description)
        self.form.addRow("", self.active)

    def save(self) -> ConsultationStructure:
        structure = ConsultationStructure(
            name=self.name.text(),
            purpose=self.purpose.text(),
            participants=self.participants_text.text(),
            description=self.description.toPlainText(),
            interval_weeks=self.interval.value(),
            participant_ids=self.participants.checked_ids(),
            active=self.active.isChecked(),
            id=self.original.id if self.original else None,
        )
        return _save(self.store.structures, structure)


class ActivityDialog(FormDialog):
    def __init__(self, store: Store, activity: Activity | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Activiteit bewerken") if activity else tr("Nieuwe activiteit"), parent)
        self.store, self.original = store, activity
        a = activity or Activity("nieuw")
        self.name = line(activity.name if activity else "", tr("Naam van de activiteit"))
        self.pillar = enum_combo(ActivityPillar, a.pillar, tr("Pijler (Trimbos)"))
        self.organisations = CheckList(tr("Betrokken organisaties"))
        self.organisations.set_items(_organisation_items(store, a.organisation_ids), a.organisation_ids)
        self.funding = line(a.funding, tr("Financiering"))
        self.start = DateEdit(tr("Begindatum"), label="begindatum", optional=True, long_format=True)
        self.start.set_date(a.period_start)
        self.end = DateEdit(tr("Einddatum"), label="einddatum", optional=True, long_format=True)
        self.end.set_date(a.period_end)
        self.status = enum_combo(ActivityStatus, a.status, tr("Status"))
        self.description = _text_box(a.description, tr("Omschrijving"))
        self.form.addRow(tr("&Naam:"), self.name)
        self.form.addRow(tr("&Pijler (Trimbos):"), self.pillar)
        self.form.addRow(tr("&Organisaties:"), self.organisations)
        self.form.addRow(tr("&Financiering:"), self.funding)
        self.form.addRow(tr("&Van:"), self.start)
        self.form.addRow(tr("&Tot:"), self.end)
        self.form.addRow(tr("S&tatus:"), self.status)
        self.form.addRow(tr("Om&schrijving:"), self.description)

    def save(self) -> Activity:
        activity = Activity(
            name=self.name.text(),
            pillar=self.pillar.currentData(),
            description=self.description.toPlainText(),
            funding=self.funding.text(),
            period_start=self.start.value(),
            period_end=self.end.value(),
            status=self.status.currentData(),
            organisation_ids=self.organisations.checked_ids(),
            id=self.original.id if self.original else None,
        )
        return _save(self.store.activities, activity)
