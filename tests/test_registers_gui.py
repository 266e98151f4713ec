"""pytest-qt: the Registers page adds, edits, deactivates, merges and refuses bad input in Dutch."""

from __future__ import annotations

from datetime import date

import pytest

from meeting_gui_helpers import answer_modal
from signaaltracker.ui.main_window import MainWindow


@pytest.fixture
def page(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    return window.show_page("registers")


def select(tab, key: str, value) -> None:
    for row, data in enumerate(tab.model.rows()):
        if data[key] == value:
            tab.view.selectRow(row)
            return
    raise AssertionError(f"{value} not in {tab.name}")


def test_add_organisation_and_activity_reach_the_memo_queries(page, demo_store):
    def organisation(dialog):
        dialog.name.setText("GGD IJsselland")
        dialog.kind.setCurrentIndex(dialog.kind.findData("care"))
        dialog.description.setPlainText("Gezondheidsmonitor jeugd.")
        dialog.accept()

    seen = answer_modal(organisation)
    page.organisations.new()
    assert seen["error"] == ""
    ggd = demo_store.organisations.by_name("GGD IJsselland")
    assert ggd is not None and ggd in demo_store.organisations.active()
    assert "GGD IJsselland" in [r["name"] for r in page.organisations.model.rows()]

    def activity(dialog):
        dialog.name.setText("Voorlichting ouders over 3-MMC")
        dialog.pillar.setCurrentIndex(dialog.pillar.findData("education"))
        dialog.organisations.set_checked(ggd.id, True)
        dialog.funding.setText("IZA")
        dialog.start.setText("1-1-2025")
        dialog.end.setText("31 december 2025")
        dialog.description.setPlainText("Ouderavonden op de scholen.")
        dialog.accept()

    page.tabs.setCurrentWidget(page.activities)
    answer_modal(activity)
    page.activities.new()
    found = [a for a in demo_store.activities.list() if a.name == "Voorlichting ouders over 3-MMC"]
    assert len(found) == 1
    assert found[0].organisation_ids == [ggd.id] and found[0].funding == "IZA"
    assert (found[0].period_start, found[0].period_end) == (date(2025, 1, 1), date(2025, 12, 31))
    assert found[0].pillar.value == "education"


def test_refused_input_gets_a_dutch_message_and_nothing_is_saved(page, demo_store):
    before = demo_store.organisations.count()
    seen = answer_modal(lambda dialog: dialog.accept())  # empty name
    page.organisations.new()
    assert seen["error"] == "Vul de naam van de organisatie in."
    assert demo_store.organisations.count() == before

    def duplicate(dialog):
        dialog.name.setText("carrefour")
        dialog.accept()

    seen = answer_modal(duplicate)
    page.organisations.new()
    assert "Er bestaat al een organisatie" in seen["error"]

    def bad_period(dialog):
        dialog.name.setText("Iets")
        dialog.start.setText("1-6-2025")
        dialog.end.setText("1-1-2025")
        dialog.accept()

    seen = answer_modal(bad_period)
    page.activities.new()
    assert seen["error"] == "Het einde van de periode moet na het begin liggen."

    def bad_date(dialog):
        dialog.name.setText("Iets")
        dialog.start.setText("31-02-2025")
        dialog.accept()

    seen = answer_modal(bad_date)
    page.activities.new()
    assert "is geen geldige begindatum" in seen["error"]
    assert not [a for a in demo_store.activities.list() if a.name == "Iets"]


def test_deactivate_theme_in_use_keeps_it_on_signals_but_not_for_new_ones(page, demo_store):
    lachgas = demo_store.themes.by_name("Lachgas")
    users = [s.id for s in demo_store.signals.list() if lachgas.id in s.theme_ids]
    assert users
    page.tabs.setCurrentWidget(page.themes)
    select(page.themes, "name", "Lachgas")
    page.themes.delete()
    assert "kan niet worden verwijderd" in page.message.text()
    assert demo_store.themes.find(lachgas.id) is not None
    page.themes.toggle_active()
    assert "gedeactiveerd" in page.message.text()
    assert lachgas.id not in [t.id for t in demo_store.themes.active()]  # what a new signal can pick from
    for signal_id in users:
        assert lachgas.id in demo_store.signals.get(signal_id).theme_ids


def test_unused_theme_can_be_deleted_and_used_one_merged(page, demo_store, monkeypatch):
    monkeypatch.setattr(page, "confirm", lambda question: True)
    answer_modal(lambda d: (d.name.setText("Energiedrank"), d.accept()))
    page.themes.new()
    new = demo_store.themes.by_name("Energiedrank")
    select(page.themes, "name", "Energiedrank")
    page.themes.delete()
    assert demo_store.themes.find(new.id) is None

    general = demo_store.themes.by_name("Drugs algemeen")
    target = demo_store.themes.by_name("3MMC")
    count = demo_store.themes.usage(general.id) + demo_store.themes.usage(target.id)
    select(page.themes, "name", "Drugs algemeen")

    def merge(dialog):
        dialog.target.setCurrentIndex(dialog.target.findData(target.id))
        dialog.accept()

    answer_modal(merge)
    page.themes.merge()
    merged = demo_store.themes.get(general.id)
    assert not merged.active and merged.merged_into_id == target.id
    assert demo_store.themes.usage(general.id) == 0
    assert 0 < demo_store.themes.usage(target.id) <= count


def test_structure_with_participants_and_interval(page, demo_store):
    tactus = demo_store.organisations.by_name("Tactus verslavingszorg")

    def structure(dialog):
        dialog.name.setText("Casusoverleg verslaving")
        dialog.interval.setValue(8)
        dialog.participants.set_checked(tactus.id, True)
        dialog.accept()

    answer_modal(structure)
    page.structures.new()
    saved = demo_store.structures.by_name("Casusoverleg verslaving")
    assert saved.interval_weeks == 8 and saved.participant_ids == [tactus.id]
