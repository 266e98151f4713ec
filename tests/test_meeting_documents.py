"""Agenda and minutes: composed as data, rendered to PDF, exported from the command line."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.meetings import Action, Decision
from signaaltracker.reports.meeting_compose import compose_agenda, compose_minutes
from signaaltracker.reports.meeting_render import render

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

SECRET = "3-MMC in hun vriendenkring via sociale media"


def _text(path) -> str:
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(raw.split())  # table cells wrap; compare with single spaces


def _second_meeting(store):
    jo = store.structures.by_name("Jongerenoverleg")
    return sorted(store.meetings.for_structure(jo.id), key=lambda m: m.held_on)[-1]


def test_demo_meeting_discussed_a_confidential_signal(demo_store):
    meeting = _second_meeting(demo_store)
    levels = [demo_store.signals.get(d.signal_id).sharing_level.value for d in meeting.discussed]
    assert "vertrouwelijk" in levels
    secret = next(s for s in demo_store.signals.list() if SECRET in s.summary)
    assert secret.sharing_level.value == "vertrouwelijk"


def test_minutes_pdf_has_every_decision_and_action_but_no_confidential_signal(demo_store, tmp_path):
    s = demo_store
    meeting = _second_meeting(s)
    carrefour = s.organisations.by_name("Carrefour")
    secret = next(x for x in s.signals.list() if SECRET in x.summary)
    s.decisions.add(Decision("Het jongerenwerk organiseert een ouderavond over 3-MMC.", meeting.id))
    s.actions.add(
        Action(
            "Ouderavond voorbereiden met de scholen",
            carrefour.id,
            date(2024, 11, 21),
            meeting_id=meeting.id,
            signal_ids=[secret.id],
        )
    )
    out = render(compose_minutes(s, meeting.id), tmp_path / "verslag.pdf")
    text = _text(out)
    assert "Verslag Jongerenoverleg" in text and "10 oktober 2024" in text
    decisions = s.decisions.for_meeting(meeting.id)
    assert len(decisions) == 2
    for decision in decisions:
        assert decision.text in text
    names = {o.id: o.name for o in s.organisations.list()}
    actions = s.actions.for_meeting(meeting.id)
    assert len(actions) == 2
    for action in actions:
        assert action.description in text
        assert names[action.owner_organisation_id] in text
        assert format_date_nl(action.due_on) in text
    assert "Handhaving let extra op de skatebaan." in text  # an overleg-level signal's assessment is there
    assert SECRET not in text and "vriendenkring" not in text
    assert "Vertrouwelijk; jongerenwerk volgt." not in text  # nor the assessment of the confidential one
    assert f"signaal van {format_date_nl(secret.observed_on)}" not in text  # nor a reference from an action
    assert "signaal van 6 juni 2024" in " ".join(text.split())  # while a shareable linked signal is named


def test_agenda_lists_new_signals_and_carried_actions_without_confidential(demo_store, tmp_path):
    s = demo_store
    jo = s.structures.by_name("Jongerenoverleg")
    nxt = s.cycle.create_next(jo.id)
    doc = compose_agenda(s, nxt.id)
    assert [a.description for a in doc.carried] == ["Jongerenwerkers trainen in de IZA-preventiemethode"]
    assert doc.carried[0].meetings_open == 1
    text = _text(render(doc, tmp_path / "agenda.pdf"))
    assert "Agenda Jongerenoverleg" in text and "21 november 2024" in text
    assert "Jongerenwerkers trainen in de IZA-preventiemethode" in text
    assert "Geen nieuwe signalen" in text
    previous = _second_meeting_before(s, nxt)
    old = compose_agenda(s, previous.id)
    assert [x.organisation for x in old.new_signals] == [
        "Youth for Christ (’t Heelal)",
        "Handhaving gemeente Noordoostpolder",
        "Carrefour",
    ]
    assert SECRET not in _text(render(old, tmp_path / "oud.pdf"))


def _second_meeting_before(store, meeting):
    return store.meetings.previous(meeting)


def test_cli_exports_agenda_and_minutes(run_cli, demo_path, tmp_path):
    out = tmp_path / "verslag.pdf"
    result = run_cli("export-minutes", "--db", demo_path, "--meeting", "2", "--out", out)
    assert result.returncode == 0, result.stderr
    assert "De raad wordt met een memo geïnformeerd" in _text(out)
    agenda = tmp_path / "agenda.pdf"
    result = run_cli("export-agenda", "--db", demo_path, "--meeting", "1", "--out", agenda)
    assert result.returncode == 0, result.stderr
    assert "Agenda Jongerenoverleg" in _text(agenda)


def test_cli_refuses_unknown_meeting_and_unwritable_path(run_cli, demo_path, tmp_path):
    result = run_cli("export-minutes", "--db", demo_path, "--meeting", "99", "--out", tmp_path / "x.pdf")
    assert result.returncode != 0
    assert result.stderr.strip() == f"signaaltracker: Er is geen overleg met nummer 99 in {demo_path.name}."
    assert not (tmp_path / "x.pdf").exists()
    result = run_cli("export-agenda", "--db", demo_path, "--meeting", "1", "--out", tmp_path / "nope" / "a.pdf")
    assert result.returncode != 0 and "bestaat niet" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("export-agenda", "--db", demo_path, "--meeting", "1", "--out", tmp_path)
    assert result.returncode != 0 and "is een map" in result.stderr and "Traceback" not in result.stderr
