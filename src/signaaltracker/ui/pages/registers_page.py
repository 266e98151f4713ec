"""Registers: organisations, themes, age groups, consultation structures and prevention activities."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QVBoxLayout, QWidget

from signaaltracker.domain.enums import ActivityPillar, ActivityStatus, OrganisationKind, ThemeKind
from signaaltracker.store import Store
from signaaltracker.store import register_lists as lists
from signaaltracker.store.errors import InUseError
from signaaltracker.ui.dialogs import register_dialogs as dialogs
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.pages.base import Page, heading, make_table
from signaaltracker.ui.table_model import Column, RowsTableModel
from signaaltracker.ui.widgets import EXPECTED_ERRORS


def yes_no(value) -> str:
    return "ja" if value else "nee"


class RegisterTab(QWidget):
    """One register: a table, New/Edit (Enter, double-click)/Delete (Del), and extra buttons per register."""

    def __init__(self, page: RegistersPage, name: str, columns: list[Column], load: Callable[[], list[dict]],
                 repo, dialog, noun: str) -> None:
        super().__init__(page)
        self.page, self.name, self.load, self.repo, self.dialog, self.noun = page, name, load, repo, dialog, noun
        self.model = RowsTableModel(columns, self)
        self.view = make_table(self.model, name)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        layout = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.add_button("&Nieuw…", self.new, f"Nieuwe {noun}")
        self.add_button("Be&werken…", self.edit, f"{noun.capitalize()} bewerken")
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
        self.add_button("&Verwijderen", self.delete, f"{self.noun.capitalize()} verwijderen")
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
            self.page.say(f"Kies eerst een {self.noun} in de lijst.")
            return None
        return self.repo.get(row_id)

    def run_dialog(self, dialog) -> None:
        if dialog.exec() and dialog.saved is not None:
            self.page.say(f"{self.noun.capitalize()} '{self.label_of(dialog.saved)}' opgeslagen.")
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
        return (f"{self.noun.capitalize()} '{self.label_of(obj)}' wordt nog gebruikt en kan niet worden "
                "verwijderd; deactiveer het in plaats daarvan.")

    def delete(self) -> None:
        obj = self.selected()
        if obj is None:
            return
        if not self.page.confirm(f"{self.noun.capitalize()} '{self.label_of(obj)}' verwijderen?"):
            return
        try:
            self.repo.delete(obj.id)
        except InUseError:
            self.page.say(self.in_use_message(obj))
            return
        except EXPECTED_ERRORS as exc:
            self.page.say(exc.message)
            return
        self.page.say(f"{self.noun.capitalize()} '{self.label_of(obj)}' verwijderd.")
        self.refresh()

    def toggle_active(self) -> None:
        obj = self.selected()
        if obj is None:
            return
        obj.active = not obj.active
        self.repo.update(obj)
        state = "weer actief" if obj.active else "gedeactiveerd; het blijft bij bestaande gegevens staan"
        self.page.say(f"{self.noun.capitalize()} '{self.label_of(obj)}' is {state}.")
        self.refresh()


class ThemesTab(RegisterTab):
    def in_use_message(self, obj) -> str:
        return (f"Het thema '{obj.name}' wordt {self.repo.usage(obj.id)} keer gebruikt door signalen of cijfers en "
                "kan niet worden verwijderd; deactiveer het of voeg het samen met een ander thema.")

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
                self.page.say(f"Thema '{obj.name}' is samengevoegd en gedeactiveerd.")
                self.refresh()


class RegistersPage(Page):
    title = "Registers"

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Registers")
        db = store.db
        self.organisations = RegisterTab(self, "Organisaties", [
            Column("name", "Naam"), Column("kind", "Soort", label_of(OrganisationKind)),
            Column("active", "Actief", yes_no), Column("description", "Omschrijving"),
        ], lambda: lists.organisation_rows(db),
            store.organisations, dialogs.OrganisationDialog, "organisatie")
        self.themes = ThemesTab(self, "Thema's", [
            Column("name", "Naam"), Column("kind", "Soort", label_of(ThemeKind)), Column("active", "Actief", yes_no),
            Column("uses", "Gebruikt", None, True), Column("merged_into", "Samengevoegd met"),
            Column("description", "Toelichting"),
        ], lambda: lists.theme_rows(db),
            store.themes, dialogs.ThemeDialog, "thema")
        self.age_groups = RegisterTab(self, "Leeftijdsgroepen", [
            Column("label", "Naam"), Column("min_age", "Vanaf", None, True),
            Column("max_age", "Tot en met", None, True),
            Column("active", "Actief", yes_no),
        ], lambda: lists.age_group_rows(db),
            store.age_groups, dialogs.AgeGroupDialog, "leeftijdsgroep")
        self.structures = RegisterTab(self, "Overlegstructuren", [
            Column("name", "Naam"), Column("interval_weeks", "Interval (weken)", None, True),
            Column("members", "Deelnemers"), Column("active", "Actief", yes_no), Column("purpose", "Doel"),
        ], lambda: lists.structure_rows(db),
            store.structures, dialogs.StructureDialog, "overlegstructuur")
        self.activities = RegisterTab(self, "Activiteiten", [
            Column("name", "Naam"), Column("pillar", "Pijler", label_of(ActivityPillar)),
            Column("members", "Organisaties"), Column("funding", "Financiering"),
            Column("period_start", "Van", date_nl), Column("period_end", "Tot", date_nl),
            Column("status", "Status", label_of(ActivityStatus)), Column("description", "Omschrijving"),
        ], lambda: lists.activity_rows(db),
            store.activities, dialogs.ActivityDialog, "activiteit")
        for tab in (self.organisations, self.themes, self.age_groups, self.structures):
            tab.add_button("(&De)activeren", tab.toggle_active, f"{tab.noun.capitalize()} (de)activeren")
        self.themes.add_button("&Samenvoegen…", self.themes.merge, "Thema samenvoegen met een ander thema")
        self.tabs_list = [self.organisations, self.themes, self.age_groups, self.structures, self.activities]
        for tab in self.tabs_list:
            tab.finish_buttons()
            self.tabs.addTab(tab, tab.name)
        layout.addWidget(self.tabs)
        self.message = QLabel()
        self.message.setAccessibleName("Melding")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        for tab in self.tabs_list:
            tab.refresh()

    def say(self, text: str) -> None:
        self.message.setText(text)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, "Bevestigen", question)
        return answer == QMessageBox.StandardButton.Yes
