"""Property-based: hostile content fed to the full JSON importer either imports or is refused with a Dutch
message, and a refusal never leaves anything behind. (The CSV/XLSX/EUDA importers are not on main yet.)"""

from __future__ import annotations

import copy
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signaaltracker.exchange.full_export import ImportRefused, dumps, export_document, import_document, parse_document
from signaaltracker.store import open_store
from signaaltracker.store.export_tables import is_empty

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

hostile_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0xDFFF), max_size=8),
    st.sampled_from(
        [
            "\x00",
            "'; DROP TABLE signals; --",
            "\ud800",
            "9999-99-99",
            "",
            " ",
            "raad",
            "-1",
            "1e309",
            "<script>",
            "2024-02-30",
            "x" * 3000,
        ]
    ),
)
json_values = st.recursive(
    hostile_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def templates(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("hostile")
    empty = folder / "empty.db"
    open_store(empty).close()
    demo = open_store(demo_template)
    document = json.loads(dumps(export_document(demo.db)))
    demo.close()
    return empty, document


def _attempt(empty: Path, document) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "target.db"
        shutil.copyfile(empty, path)
        store = open_store(path)
        try:
            try:
                import_document(store.db, document)
            except ImportRefused as exc:
                assert exc.message and exc.message.strip().endswith((".", ")")), exc.message
                assert is_empty(store.db), "a refused import left rows behind"
            else:
                assert store.db.scalar("PRAGMA integrity_check") == "ok"
                assert not store.db.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            store.close()


@SETTINGS
@given(document=json_values)
def test_random_json_is_refused_cleanly(templates, document):
    _attempt(templates[0], document)


@SETTINGS
@given(data=st.data())
def test_mutated_exports_import_or_refuse_cleanly(templates, data):
    empty, original = templates
    document = copy.deepcopy(original)
    tables = document["tables"]
    names = sorted(tables)
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        table = tables[data.draw(st.sampled_from(names), label="table")]
        kind = data.draw(st.sampled_from(["cell", "row", "column", "table"]), label="kind")
        if kind == "cell" and table["rows"]:
            row = table["rows"][data.draw(st.integers(0, len(table["rows"]) - 1), label="row")]
            if isinstance(row, list) and row:
                row[data.draw(st.integers(0, len(row) - 1), label="col")] = data.draw(json_values, label="value")
        elif kind == "row":
            table["rows"].append(data.draw(json_values, label="new row"))
        elif kind == "column":
            table["columns"] = data.draw(
                st.permutations([*table["columns"], "extra"]) | st.lists(st.text(max_size=6), max_size=3),
                label="columns",
            )
        elif kind == "table":
            new_name = data.draw(st.text(max_size=10).filter(lambda n: n not in tables), label="name")
            tables[new_name] = data.draw(json_values, label="new table")
    if data.draw(st.booleans(), label="break header"):
        key = data.draw(st.sampled_from(["format", "format_version", "schema_version", "tables"]))
        document[key] = data.draw(json_values, label="header")
    _attempt(empty, document)


@SETTINGS
@given(text=st.text(max_size=200) | st.binary(max_size=200).map(lambda b: b.decode("latin-1")))
def test_random_text_never_crashes_the_parser(text):
    try:
        parse_document(text)
    except ImportRefused as exc:
        assert exc.message
