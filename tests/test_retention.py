"""Retention: due signals are listed; anonymise keeps counts and removes the text from the file's bytes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from signaaltracker.domain.signals import Signal
from signaaltracker.store.retention import (
    anonymise,
    compact,
    cutoff_date,
    delete_for_retention,
    due_count,
    due_signals,
)
from signaaltracker.store.signals import SignalFilter

SECRET = "xqjvoorbeeldgeheimtekst"
NOTE = "zkwnotitiegeheim"


def _file_bytes(path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def aged(demo_store):
    """Two old signals with secret words (one edited, so the audit log holds the text twice) and a fresh one."""
    store = demo_store
    org = store.organisations.list()[0].id
    theme = store.themes.list()[0].id
    old = datetime.now().replace(microsecond=0) - timedelta(days=3 * 365)
    ids = []
    for n in range(2):
        signal = store.signals.add(
            Signal(
                observed_on=old.date(),
                organisation_id=org,
                summary=f"{SECRET}{n} gezien op school",
                theme_ids=[theme],
                notes=f"{NOTE}{n}",
            )
        )
        ids.append(signal.id)
    edited = store.signals.get(ids[0])
    edited.summary = f"{SECRET}0 gezien op school, bijgewerkt"
    store.signals.update(edited)
    for row_id in ids:
        store.db.execute("UPDATE signals SET updated_at = ? WHERE id = ?", (old.isoformat(), row_id))
    return store, ids, theme, old.date()


def test_cutoff_handles_leap_day():
    assert cutoff_date(date(2024, 2, 29), 2) == date(2022, 2, 28)
    assert cutoff_date(date(2024, 10, 24), 2) == date(2022, 10, 24)


def test_due_signals_follow_the_setting(aged):
    store, ids, _, _ = aged
    assert [r["id"] for r in due_signals(store.db)] == ids
    assert due_count(store.db) == 2
    store.settings.set("retention.years", 5)
    assert due_count(store.db) == 0


def test_anonymise_keeps_counts_and_removes_text_from_the_file(aged):
    store, ids, theme, observed = aged
    path = store.db.path
    flt = SignalFilter(theme_ids=[theme], date_from=observed, date_to=observed)
    assert store.signals.count_matching(flt) == 2
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert SECRET.encode() in _file_bytes(path) and NOTE.encode() in _file_bytes(path)

    assert anonymise(store.db, ids) == 2
    assert store.signals.count_matching(flt) == 2
    signal = store.signals.get(ids[0])
    assert signal.anonymised and signal.summary == "" and signal.notes == ""
    assert signal.theme_ids == [theme] and signal.observed_on == observed
    assert store.signals.count_matching(SignalFilter(text=SECRET)) == 0
    assert due_count(store.db) == 0
    data = _file_bytes(path)
    assert SECRET.encode() not in data and NOTE.encode() not in data
    store.db.execute("INSERT INTO signals_fts(signals_fts) VALUES ('integrity-check')")

    compact(store.db)
    data = _file_bytes(path)
    assert SECRET.encode() not in data and NOTE.encode() not in data
    assert store.signals.count_matching(flt) == 2

    entries = [e for e in store.audit.entries() if e.row_id == ids[0]]
    assert entries[0].action == "anonymise" and entries[0].after["anonymised"] is True
    assert any(e.action == "update" for e in entries)  # the history stays, without the text


def test_delete_removes_rows_and_text(aged):
    store, ids, _, _ = aged
    before = store.signals.count()
    assert delete_for_retention(store.db, ids[:1]) == 1
    assert store.signals.count() == before - 1
    assert store.signals.find(ids[0]) is None
    assert f"{SECRET}0".encode() not in _file_bytes(store.db.path)
    assert f"{SECRET}1".encode() in _file_bytes(store.db.path)
    entry = store.audit.entries()[0]
    assert entry.action == "retention_delete" and entry.before["id"] == ids[0] and "summary" not in entry.before
