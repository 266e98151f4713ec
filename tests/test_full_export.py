"""Full export and import: identical round trip, refusal into a non-empty database, nothing partial."""

from __future__ import annotations

import json
import sqlite3

import pytest

from signaaltracker.exchange.full_export import (
    FORMAT_VERSION,
    ImportRefused,
    dumps,
    export_document,
    export_to_file,
    import_document,
    import_file,
)
from signaaltracker.store import open_store
from signaaltracker.store.export_tables import data_tables, is_empty


def test_round_trip_gives_identical_json(demo_store, tmp_path):
    first = tmp_path / "eerste.json"
    export_to_file(demo_store.db, first)
    target = open_store(tmp_path / "nieuw.db")
    counts = import_file(target.db, first)
    assert counts["signals"] == 10 and counts["figures"] == 24
    second = tmp_path / "tweede.json"
    export_to_file(target.db, second)
    assert first.read_bytes() == second.read_bytes()
    # what the app shows is the same too, including full-text search over the imported signals
    assert [s.summary for s in target.signals.list()] == [s.summary for s in demo_store.signals.list()]
    from signaaltracker.store.signals import SignalFilter

    word = demo_store.signals.list()[0].summary.split()[0]
    assert (
        target.signals.count_matching(SignalFilter(text=word))
        == demo_store.signals.count_matching(SignalFilter(text=word))
        > 0
    )
    target.close()


def test_export_holds_every_data_table_and_a_format_version(demo_store):
    document = export_document(demo_store.db)
    assert document["format_version"] == FORMAT_VERSION
    assert document["schema_version"] == demo_store.db.schema_version
    assert set(document["tables"]) == set(data_tables(demo_store.db))
    assert "signals_fts" not in document["tables"] and "audit_log" in document["tables"]
    assert json.loads(dumps(document)) == document


def test_import_into_a_non_empty_database_is_refused(demo_store, tmp_path):
    document = export_document(demo_store.db)
    before = dumps(export_document(demo_store.db))
    with pytest.raises(ImportRefused) as info:
        import_document(demo_store.db, document)
    assert "lege database" in info.value.message
    assert dumps(export_document(demo_store.db)) == before


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d.update(format="iets anders"), "geen volledige export"),
        (lambda d: d.update(format_version=99), "exportversie 99"),
        (lambda d: d.update(schema_version=999), "nieuwere versie"),
        (lambda d: d["tables"].update(onbekend={"columns": ["a"], "rows": []}), "onbekende tabel"),
        (lambda d: d["tables"]["signals"]["columns"].append("evil); DROP TABLE signals; --"), "kolommen"),
        (lambda d: d["tables"]["signal_themes"]["rows"].append([999, 1]), "verwijst naar"),
        (lambda d: d["tables"]["signals"]["rows"][-1].__setitem__(12, "geheim"), "status"),
        (lambda d: d["tables"]["signals"]["rows"][-1].__setitem__(1, "gisteren"), "signaal"),
        (lambda d: d["tables"]["settings"]["rows"].append(["x", "{niet json"]), "instellingen"),
        (lambda d: d["tables"]["themes"]["rows"][0].__setitem__(1, {"a": 1}), "onbekend soort"),
    ],
)
def test_hostile_documents_are_refused_and_leave_nothing(demo_store, tmp_path, mutate, expected):
    document = json.loads(dumps(export_document(demo_store.db)))
    mutate(document)
    target = open_store(tmp_path / "leeg.db")
    with pytest.raises(ImportRefused) as info:
        import_document(target.db, document)
    assert expected in info.value.message
    assert is_empty(target.db)
    target.close()


def test_file_that_is_not_json_is_refused(tmp_path, store):
    bad = tmp_path / "x.json"
    bad.write_bytes(b"\xff\xfe not utf8")
    with pytest.raises(ImportRefused):
        import_file(store.db, bad)
    bad.write_text('{"format": NaN}')
    with pytest.raises(ImportRefused):
        import_file(store.db, bad)
    assert is_empty(store.db)


def test_blob_values_survive_the_round_trip(store, tmp_path):
    store.db.execute("CREATE TABLE extra_blobs (id INTEGER PRIMARY KEY, data BLOB)")
    store.db.execute("INSERT INTO extra_blobs (data) VALUES (?)", (bytes(range(256)),))
    document = json.loads(dumps(export_document(store.db)))
    target_path = tmp_path / "blob.db"
    target = open_store(target_path)
    target.db.execute("CREATE TABLE extra_blobs (id INTEGER PRIMARY KEY, data BLOB)")
    import_document(target.db, document)
    target.close()
    conn = sqlite3.connect(target_path)
    assert conn.execute("SELECT data FROM extra_blobs").fetchone()[0] == bytes(range(256))
    conn.close()
