"""pytest-qt: plan the next meeting, tick attendance, discuss a signal, decide, add an action, close it."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt

from meeting_gui_helpers import answer_modal
from signaaltracker.domain.enums import ActionStatus, SignalStatus


def test_meeting_cycle_through_the_pages(window, demo_store):
    s = demo_store
    page = window.show_page("meetings")
    jo = s.structures.by_name("Jongerenoverleg")
    assert page.structure.currentData() == jo.id
    assert [page.meetings.item(i).text() for i in range(page.meetings.count())] == [
        "10 oktober 2024",
        "29 augustus 2024",
    ]  # newest first

    seen: dict = {}

    def plan(dialog):
        seen["proposed"] = dialog.date.text()
        dialog.accept()

    answer_modal(plan)
    page.new_meeting()
    assert seen["proposed"] == "21 november 2024"  # 10 October + 6 weeks
    meeting = s.cycle.last_meeting(jo.id)
    assert meeting.held_on == date(2024, 11, 21)
    assert page.detail.meeting_id == meeting.id
    assert page.meetings.item(0).text() == "21 november 2024"
    carried = page.detail.agenda.carried.model.rows()
    assert [r["description"] for r in carried] == ["Jongerenwerkers trainen in de IZA-preventiemethode"]
    assert carried[0]["open"] == 1

    # attendance: one tick is saved at once
    carrefour = s.organisations.by_name("Carrefour")
    page.detail.tabs.setCurrentWidget(page.detail.attendance)
    page.detail.attendance.list.set_checked(carrefour.id, True)
    assert s.meetings.get(meeting.id).attendance_ids == [carrefour.id]

    # discuss a signal: assessment and new status, which also changes the signal
    tab = page.detail.signals
    page.detail.tabs.setCurrentWidget(tab)
    rows = tab.model.rows()
    target = next(r for r in rows if r["themes"] == "Lachgas")
    tab.view.selectRow(rows.index(target))
    assert target["status"] == "in_action"
    assert {r["themes"] for r in rows} >= {"Alcohol, Drugs algemeen"}  # linked to the carried action
    tab.assessment.setText("Geen lege patronen meer gevonden; afsluiten.")
    tab.status.setCurrentIndex(tab.status.findData(SignalStatus.CLOSED.value))
    tab.save()
    stored = s.meetings.get(meeting.id).discussed
    assert [(d.signal_id, d.new_status) for d in stored] == [(target["id"], SignalStatus.CLOSED)]
    assert s.signals.get(target["id"]).status is SignalStatus.CLOSED
    assert next(r for r in tab.model.rows() if r["id"] == target["id"])["discussed"]

    # a decision
    page.detail.tabs.setCurrentWidget(page.detail.decisions)
    page.detail.decisions.text.setText("Voorlichting over softdrugs op de scholen.")
    page.detail.decisions.add()
    assert [d.text for d in s.decisions.for_meeting(meeting.id)] == ["Voorlichting over softdrugs op de scholen."]

    # an action: due date defaults to the next meeting; linked to the discussed signal
    def action(dialog):
        seen["due"] = dialog.due.text()
        dialog.description.setPlainText("Voorlichtingsavond plannen")
        dialog.owner.setCurrentIndex(dialog.owner.findData(carrefour.id))
        dialog.signals.set_checked(target["id"], True)
        dialog.accept()

    page.detail.tabs.setCurrentWidget(page.detail.actions)
    answer_modal(action)
    page.detail.actions.new()
    assert seen["due"] == "2 januari 2025"
    added = s.actions.for_meeting(meeting.id)
    assert [(a.description, a.owner_organisation_id, a.due_on, a.signal_ids) for a in added] == [
        ("Voorlichtingsavond plannen", carrefour.id, date(2025, 1, 2), [target["id"]])
    ]

    # refused: an action without owner
    def no_owner(dialog):
        dialog.description.setPlainText("Zonder eigenaar")
        dialog.accept()

    seen = answer_modal(no_owner)
    page.detail.actions.new()
    assert seen["error"] == "Kies de organisatie die de actie uitvoert."

    # close it on the Acties page
    actions = window.show_page("actions")
    rows = actions.model.rows()
    row = next(i for i, r in enumerate(rows) if r["description"] == "Voorlichtingsavond plannen")
    actions.view.selectRow(row)
    actions.set_status(ActionStatus.DONE)
    closed = s.actions.get(added[0].id)
    assert closed.status is ActionStatus.DONE and closed.completed_on == date.today()
    assert "afgerond" in actions.message.text()


def test_actions_page_filters_and_marks_overdue_by_colour_and_word(window, demo_store):
    page = window.show_page("actions")
    rows = page.model.rows()
    late = next(i for i, r in enumerate(rows) if r["status"] == "open")
    assert rows[late]["overdue"]  # due 21 November 2024, today is later
    status_col = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    text = page.model.data(page.model.index(late, status_col.index("Status")))
    assert "TE LAAT" in text
    assert page.model.data(page.model.index(late, 0), Qt.ItemDataRole.BackgroundRole) is not None
    done = next(i for i, r in enumerate(rows) if r["status"] == "done")
    assert page.model.data(page.model.index(done, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "TE LAAT" not in page.model.data(page.model.index(done, status_col.index("Status")))

    page.overdue.setChecked(True)
    assert [r["status"] for r in page.model.rows()] == ["open"]
    page.overdue.setChecked(False)
    page.status.setCurrentIndex(page.status.findData("done"))
    assert {r["status"] for r in page.model.rows()} == {"done"} and page.model.rowCount() == 2
    page.status.setCurrentIndex(0)
    carrefour = demo_store.organisations.by_name("Carrefour")
    page.owner.setCurrentIndex(page.owner.findData(carrefour.id))
    assert [r["owner"] for r in page.model.rows()] == ["Carrefour"]
    page.owner.setCurrentIndex(0)
    nada = demo_store.structures.by_name("NADA NOP")
    page.structure.setCurrentIndex(page.structure.findData(nada.id))
    assert page.model.rowCount() == 0

    page.structure.setCurrentIndex(0)
    page.view.selectRow(next(i for i, r in enumerate(page.model.rows()) if r["status"] == "open"))
    page.set_status(ActionStatus.DROPPED)
    assert demo_store.actions.open_actions() == []
    assert "vervallen" in page.message.text()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_minutes_from_the_gui(window, tmp_path):
    page = window.show_page("meetings")
    out = page.detail.export("minutes", str(tmp_path / "verslag.pdf"))
    assert out is not None
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True).stdout
    assert "Verslag Jongerenoverleg" in text and "Actielijst" in text
    assert page.detail.export("agenda", str(tmp_path / "geen-map" / "a.pdf")) is None
    assert "kon niet worden geschreven" in page.message.text()
