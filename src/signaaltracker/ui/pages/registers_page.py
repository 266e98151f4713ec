"""Registers: organisations, themes, age groups, consultation structures and prevention activities."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from signaaltracker.domain.enums import ActivityPillar, ActivityStatus, OrganisationKind, ThemeKind
from signaaltracker.store import Store
from signaaltracker.store import register_lists as lists
from signaaltracker.store.errors import InUseError
from signaaltracker.ui.dialogs import register_dialogs as dialogs
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.pages.base import Page, heading, make_table
from signaaltracker.ui.table_model import Column, RowsTableModel
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message, message_label


def yes_no(value) -> str:
    return tr("ja") if value else tr("nee")


class RegisterTab(QWidget):
    """One register: a table, New/Edit (Enter, double-click)/Delete (Del), and extra buttons per register."""

    def __init__(
        self,
        page: RegistersPage,
        name: str,
        columns: list[Column],
        load: Callable[[], list[dict]],
        repo,
        dialog,
        noun: str,
    ) -> None:
        super().__init__(page)
        self.page, self.name, self.load, self.repo, self.dialog, self.noun = page, name, load, repo, dialog, noun
        self.model = RowsTableModel(columns, self)
        self.view = make_table(self.model, name)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        layout = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.add_button(tr("&Nieuw…"), self.new, tr("Nieuwe {noun}").format(noun=noun))
        self.add_button(tr("Be&werken…"), self.edit, tr("{Noun} bewerken").format(Noun=noun.capitalize(), noun=noun))
        layout.addLayout(self.buttons)
        layout.addWidget(self.view)
        for key, slot in (("Return", self.edit), ("Enter", self.edit), ("Delete", self.delete), ("Ctrl+N", self.new)):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.activated.connect(slot)

    def add_button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _=False: slot())
        self.buttons.insertWidget(self.buttons.count(), button)
        return button

    def finish_buttons(self) -> None:
        self.add_button(
            tr("&Verwijderen"),
            self.delete,
            tr("{Noun} verwijderen").format(Noun=self.noun.capitalize(), noun=self.noun),
        )
        self.buttons.addStretch(1)

    def refresh(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.selected_id()
        self.model.set_rows(self.load())
        self.view.resizeColumnsToContents()
        for row, data in enumerate(self.model.rows()):
            if data["id"] == current:
                self.view.selectRow(row)

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.row_at(rows[0].row())["id"] if rows else None

    def selected(self):
        row_id = self.selected_id()
        if row_id is None:
            self.page.say(tr("Kies eerst een {noun} in de lijst.").format(noun=self.noun))
            return None
        return self.repo.get(row_id)

    def run_dialog(self, dialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.page.say(
                tr("{Noun} '{name}' opgeslagen.").format(
                    Noun=self.noun.capitalize(), noun=self.noun, name=self.label_of(dialog.saved)
                )
            )
            self.refresh(dialog.saved.id)

    @staticmethod
    def label_of(obj) -> str:
        return getattr(obj, "name", None) or getattr(obj, "label", "")

    def new(self) -> None:
        self.run_dialog(self.dialog(self.page.store, None, self))

    def edit(self) -> None:
        obj = self.selected()
        if obj is not None:
            self.run_dialog(self.dialog(self.page.store, obj, self))

    def in_use_message(self, obj) -> str:
        return tr(
            "{Noun} '{name}' wordt nog gebruikt en kan niet worden verwijderd; deactiveer het in plaats daarvan."
        ).format(Noun=self.noun.capitalize(), noun=self.noun, name=self.label_of(obj))

    def delete(self) -> None:
        obj = self.selected()
        if obj is None:
            return
        if self.repo.in_use(obj.id):  # refuse before asking: the answer would not matter
            self.page.say(self.in_use_message(obj))
            return
        if not self.page.confirm(
            tr("{Noun} '{name}' verwijderen?").format(
                Noun=self.noun.capitalize(), noun=self.noun, name=self.label_of(obj)
            )
        ):
            return
        try:
            self.repo.delete(obj.id)
        except InUseError:
            self.page.say(self.in_use_message(obj))
            return
        except EXPECTED_ERRORS as exc:
            self.page.say(error_message(exc))
            return
        self.page.say(
            tr("{Noun} '{name}' verwijderd.").format(
                Noun=self.noun.capitalize(), noun=self.noun, name=self.label_of(obj)
            )
        )
        self.refresh()

    def toggle_active(self) -> None:
        obj = self.selected()
        if obj is None:
            return
        obj.active = not obj.active
        self.repo.update(obj)
        state = tr("weer actief") if obj.active else tr("gedeactiveerd; het blijft bij bestaande gegevens staan")
        self.page.say(
            tr("{Noun} '{name}' is {state}.").format(
                Noun=self.noun.capitalize(), noun=self.noun, name=self.label_of(obj), state=state
            )
        )
        self.refresh()


class ThemesTab(RegisterTab):
    def in_use_message(self, obj) -> str:
        return tr(
            "Het thema '{name}' wordt {uses} keer gebruikt door signalen of cijfers en kan niet worden "
            "verwijderd; deactiveer het of voeg het samen met een ander thema."
        ).format(name=obj.name, uses=self.repo.usage(obj.id))

    def delete(self) -> None:
        obj = self.selected()
        if obj is not None and self.repo.usage(obj.id):
            self.page.say(self.in_use_message(obj))
            return
        super().delete()

    def merge(self) -> None:
        obj = self.selected()
        if obj is not None:
            dialog = dialogs.MergeThemeDialog(self.page.store, obj, self)
            if dialog.exec():
                self.page.say(tr("Thema '{name}' is samengevoegd en gedeactiveerd.").format(name=obj.name))
                self.refresh()


class RegistersPage(Page):
    title = QT_TR_NOOP("Registers")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Registers"))
        db = store.db
        self.organisations = RegisterTab(
            self,
            tr("Organisaties"),
            [
                Column("name", tr("Naam")),
                Column("kind", tr("Soort"), label_of(OrganisationKind)),
                Column("active", tr("Actief"), yes_no),
                Column("description", tr("Omschrijving")),
            ],
            lambda: lists.organisation_rows(db),
            store.organisations,
            dialogs.OrganisationDialog,
            tr("organisatie"),
        )
        self.themes = ThemesTab(
            self,
            tr("Thema's"),
            [
                Column("name", tr("Naam")),
                Column("kind", tr("Soort"), label_of(ThemeKind)),
                Column("active", tr("Actief"), yes_no),
                Column("uses", tr("Gebruikt"), None, True),
                Column("merged_into", tr("Samengevoegd met")),
                Column("description", tr("Toelichting")),
            ],
            lambda: lists.theme_rows(db),
            store.themes,
            dialogs.ThemeDialog,
            tr("thema"),
        )
        self.age_groups = RegisterTab(
            self,
            tr("Leeftijdsgroepen"),
            [
                Column("label", tr("Naam")),
                Column("min_age", tr("Vanaf"), None, True),
                Column("max_age", tr("Tot en met"), None, True),
                Column("active", tr("Actief"), yes_no),
            ],
            lambda: lists.age_group_rows(db),
            store.age_groups,
            dialogs.AgeGroupDialog,
            tr("leeftijdsgroep"),
        )
        self.structures = RegisterTab(
            self,
            tr("Overlegstructuren"),
            [
                Column("name", tr("Naam")),
                Column("interval_weeks", tr("Interval (weken)"), None, True),
                Column("members", tr("Deelnemers")),
                Column("active", tr("Actief"), yes_no),
                Column("purpose", tr("Doel")),
            ],
            lambda: lists.structure_rows(db),
            store.structures,
            dialogs.StructureDialog,
            tr("overlegstructuur"),
        )
        self.activities = RegisterTab(
            self,
            tr("Activiteiten"),
            [
                Column("name", tr("Naam")),
                Column("pillar", tr("Pijler"), label_of(ActivityPillar)),
                Column("members", tr("Organisaties")),
                Column("funding", tr("Financiering")),
                Column("period_start", tr("Van"), date_nl),
                Column("period_end", tr("Tot"), date_nl),
                Column("status", tr("Status"), label_of(ActivityStatus)),
                Column("description", tr("Omschrijving")),
            ],
            lambda: lists.activity_rows(db),
            store.activities,
            dialogs.ActivityDialog,
            tr("activiteit"),
        )
        for tab in (self.organisations, self.themes, self.age_groups, self.structures):
            tab.add_button(
                tr("(&De)activeren"),
                tab.toggle_active,
                tr("{Noun} (de)activeren").format(Noun=tab.noun.capitalize(), noun=tab.noun),
            )
        self.themes.add_button(tr("&Samenvoegen…"), self.themes.merge, tr("Thema samenvoegen met een ander thema"))
        self.tabs_list = [self.organisations, self.themes, self.age_groups, self.structures, self.activities]
        for tab in self.tabs_list:
            tab.finish_buttons()
            self.tabs.addTab(tab, tab.name)
        layout.addWidget(self.tabs)
        self.message = message_label()
        layout.addWidget(self.message)

    def refresh(self) -> None:
        for tab in self.tabs_list:
            tab.refresh()

    def say(self, text: str) -> None:
        self.message.setText(text)

    def confirm(self, question: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, tr("Bevestigen"), question, buttons, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
