"""Every entity goes into a real SQLite file and comes back equal; every write leaves an audit row."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from signaaltracker.domain.enums import ActionStatus, ActivityPillar, SharingLevel, SignalStatus
from signaaltracker.domain.facts import Fact, Figure, WastewaterMeasurement
from signaaltracker.domain.meetings import Action, AgendaItem, ConsultationStructure, Decision, DiscussedSignal, Meeting
from signaaltracker.domain.memo import Memo
from signaaltracker.domain.registers import Activity
from signaaltracker.domain.signals import Signal
from signaaltracker.domain.taxonomy import AgeGroup, Organisation, Theme
from signaaltracker.store import open_store
from signaaltracker.store.errors import NotFoundError, StoreError


@pytest.fixture
def base(store):
    org = store.organisations.add(Organisation("Tactus", "care"))
    theme = store.themes.add(Theme("3MMC"))
    age = store.age_groups.add(AgeGroup("0-18", 0, 18, 1))
    return store, org, theme, age


def _roundtrip(repo, obj, change):
    stored = repo.add(obj)
    assert stored.id is not None
    compare = replace(obj, id=stored.id)
    for field in ("recorded_at", "updated_at", "created_at"):
        if hasattr(compare, field):
            setattr(compare, field, getattr(stored, field))
    assert repo.get(stored.id) == compare
    changed = repo.update(change(stored))
    assert repo.get(stored.id) == changed
    entries = repo.db.query(
        "SELECT action FROM audit_log WHERE table_name = ? AND row_id = ? ORDER BY id", (repo.table, stored.id)
    )
    assert [e["action"] for e in entries] == ["create", "update"]
    repo.delete(stored.id)
    with pytest.raises(NotFoundError):
        repo.get(stored.id)
    last = repo.db.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert (last["action"], last["row_id"], last["after"]) == ("delete", stored.id, None)
    assert last["before"] and last["user"]


def test_organisation(store):
    _roundtrip(
        store.organisations, Organisation("Carrefour", "youth_work", "jongerenwerk"), lambda o: replace(o, active=False)
    )


def test_theme_and_age_group(store):
    _roundtrip(store.themes, Theme("KOV", "other", description="kinderen van ouders"), lambda t: replace(t, name="K"))
    _roundtrip(store.age_groups, AgeGroup(">18", 19, None, 2), lambda a: replace(a, label="18+"))


def test_signal_with_themes(base):
    store, org, theme, age = base
    other = store.themes.add(Theme("Cannabis"))
    signal = Signal(
        date(2024, 3, 1), org.id, "Gebruik stijgt", [theme.id, other.id], age.id, sharing_level=SharingLevel.RAAD
    )
    _roundtrip(store.signals, signal, lambda s: replace(s, theme_ids=[other.id], status=SignalStatus.DISCUSSED))


def test_structure_meeting_decision_action(base):
    store, org, theme, age = base
    signal = store.signals.add(Signal(date(2024, 3, 1), org.id, "x", [theme.id]))
    structure = ConsultationStructure("Jongerenoverleg", "doel", "jongerenwerk", "omschrijving", 6, [org.id])
    _roundtrip(store.structures, structure, lambda s: replace(s, interval_weeks=8, participant_ids=[]))
    structure = store.structures.add(structure)
    meeting = Meeting(
        structure.id,
        date(2024, 8, 29),
        "notities",
        [org.id],
        [DiscussedSignal(signal.id, "herkend", SignalStatus.DISCUSSED)],
        [AgendaItem("Opening", "", 0)],
    )
    _roundtrip(store.meetings, meeting, lambda m: replace(m, attendance_ids=[], discussed=[]))
    meeting = store.meetings.add(meeting)
    _roundtrip(store.decisions, Decision("besluit", meeting.id), lambda d: replace(d, text="ander besluit"))
    _roundtrip(
        store.actions,
        Action("bellen", org.id, date(2024, 10, 10), meeting_id=meeting.id, signal_ids=[signal.id]),
        lambda a: replace(a, status=ActionStatus.DONE, completed_on=date(2024, 10, 1)),
    )


def test_activity_figure_fact_wastewater_memo(base):
    store, org, theme, age = base
    _roundtrip(
        store.activities,
        Activity(
            "Voorlichting",
            ActivityPillar.EDUCATION,
            "op school",
            "IZA",
            date(2024, 1, 1),
            None,
            organisation_ids=[org.id],
        ),
        lambda a: replace(a, funding=""),
    )
    _roundtrip(
        store.figures,
        Figure("Tactus", theme.id, age.id, date(2024, 1, 1), date(2024, 5, 1), 0),
        lambda f: replace(f, value=None),
    )
    _roundtrip(
        store.facts, Fact(date(2024, 6, 1), "GGD", "Geen afwijkingen", True), lambda f: replace(f, in_memo=False)
    )
    _roundtrip(
        store.wastewater,
        WastewaterMeasurement("Zwolle", "MDMA", 2024, 49.98, None, 60.1),
        lambda w: replace(w, weekday_mean=40.0),
    )
    _roundtrip(
        store.memos,
        Memo(
            "De raad",
            "W. Jansen",
            date(2024, 10, 24),
            "Onderwerp",
            suppress_below=5,
            snapshot={"sections": ["signals"]},
        ),
        lambda m: replace(m, pdf_sha256="ab" * 32),
    )


def test_zero_and_missing_figures_stay_different(base):
    store, org, theme, age = base
    zero = store.figures.add(Figure("Tactus", theme.id, age.id, date(2024, 1, 1), date(2024, 5, 1), 0))
    missing = store.figures.add(Figure("Tactus", theme.id, age.id, date(2024, 5, 1), date(2024, 10, 10), None))
    assert store.figures.get(zero.id).value == 0
    assert store.figures.get(missing.id).value is None


def test_failed_write_changes_nothing(base):
    store, org, theme, age = base
    before = store.audit.count()
    with pytest.raises(StoreError):
        store.organisations.add(Organisation("tactus"))  # names are unique regardless of case
    with pytest.raises(StoreError):
        store.signals.add(Signal(date(2024, 1, 1), 999, "x", [theme.id]))  # unknown organisation
    assert store.audit.count() == before
    assert store.organisations.count() == 1 and store.signals.count() == 0


def test_soft_delete_restore_and_bulk_status(base):
    store, org, theme, age = base
    a = store.signals.add(Signal(date(2024, 3, 1), org.id, "a", [theme.id]))
    b = store.signals.add(Signal(date(2024, 3, 2), org.id, "b", [theme.id]))
    from signaaltracker.store.signals import SignalFilter

    store.signals.soft_delete([a.id])
    assert store.signals.count_matching(SignalFilter()) == 1
    store.signals.restore([a.id])
    assert store.signals.count_matching(SignalFilter()) == 2
    store.signals.set_status([a.id, b.id], SignalStatus.DISCUSSED)
    assert {store.signals.get(i).status for i in (a.id, b.id)} == {SignalStatus.DISCUSSED}
    actions = [e.action for e in store.audit.entries()]
    assert actions[:4] == ["update", "update", "restore", "delete"]


def test_settings_live_in_the_database(db_path):
    s = open_store(db_path)
    assert s.settings.get("municipality.name") == ""  # a new register belongs to no municipality yet
    s.settings.set("municipality.name", "Urk")
    s.close()
    s = open_store(db_path)
    assert s.settings.get("municipality.name") == "Urk"
    entry = s.audit.entries()[0]
    assert entry.table == "settings" and entry.after == {"key": "municipality.name", "value": "Urk"}
    s.close()


def test_search_ignores_diacritics_and_keeps_new_rows_searchable(base):
    store, org, theme, age = base
    from signaaltracker.store.signals import SignalFilter

    store.signals.add(Signal(date(2024, 3, 1), org.id, "Gebruik in het café neemt toe", [theme.id]))
    assert store.signals.count_matching(SignalFilter(text="cafe")) == 1
    assert store.signals.count_matching(SignalFilter(text="caf")) == 1  # prefix
    assert store.signals.count_matching(SignalFilter(text='" OR 1=1 --')) == 0
