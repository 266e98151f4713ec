"""Importing the EUDA wastewater files: every row, missing stays missing, a second import adds nothing."""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from signaaltracker.exchange.euda_import import import_wastewater
from signaaltracker.exchange.figures_parse import FileFormatError
from signaaltracker.store.wastewater_data import nearest_sites, substances, wastewater_series


@pytest.fixture
def euda_dir(test_data):
    return test_data / "euda-wastewater-2025"


@pytest.fixture
def euda_store(store, euda_dir):
    import_wastewater(store, euda_dir / "ww2025-all-data.csv", euda_dir / "ww2025-site-info-table.csv")
    return store


def source_rows(euda_dir):
    with open(euda_dir / "ww2025-all-data.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_row_is_loaded_per_year(euda_store, euda_dir):
    rows = source_rows(euda_dir)
    expected = Counter(int(r["Year"]) for r in rows)
    stored = {
        r["year"]: r["n"] for r in euda_store.db.query("SELECT year, count(*) AS n FROM wastewater GROUP BY year")
    }
    assert stored == dict(expected)
    assert sum(stored.values()) == len(rows) == 4376
    assert stored[2011] == 67 and stored[2024] == 802


def test_known_values(euda_store):
    zwolle = euda_store.wastewater.list("site = 'Zwolle' AND substance = 'MDMA' AND year = 2024")[0]
    assert zwolle.daily_mean == pytest.approx(49.98)
    assert zwolle.weekday_mean == pytest.approx(36.85)
    assert zwolle.weekend_mean == pytest.approx(59.83)
    assert zwolle.site_id == "NL011" and zwolle.country == "NL"
    assert zwolle.day_means[0] == pytest.approx(98.75)  # Monday
    assert zwolle.day_means[6] == pytest.approx(65.48)  # Sunday


def test_empty_cells_stay_missing(euda_store, euda_dir):
    milan = euda_store.wastewater.list("site = 'Milan' AND substance = 'MDMA' AND year = 2024")[0]
    # Source: Wednesday 8.08, Thursday 19.48, Friday 19.14, Saturday/Sunday/Monday empty, Tuesday 7.68
    assert milan.day_means == (None, 7.68, 8.08, 19.48, 19.14, None, None)
    empty_source = sum(1 for r in source_rows(euda_dir) if r["Weekend mean"] == "")
    stored_missing = euda_store.db.scalar("SELECT count(*) FROM wastewater WHERE weekend_mean IS NULL")
    assert stored_missing == empty_source > 0
    assert euda_store.db.scalar("SELECT count(*) FROM wastewater WHERE weekend_mean = 0") == sum(
        1 for r in source_rows(euda_dir) if r["Weekend mean"] not in ("",) and float(r["Weekend mean"]) == 0
    )


def test_second_import_adds_nothing(euda_store, euda_dir):
    count, audit = euda_store.wastewater.count(), euda_store.audit.count()
    result = import_wastewater(euda_store, euda_dir / "ww2025-all-data.csv", euda_dir / "ww2025-site-info-table.csv")
    assert result.measurements == {"added": 0, "changed": 0, "unchanged": 4376}
    assert result.sites["added"] == 0 and result.sites["changed"] == 0
    assert euda_store.wastewater.count() == count
    assert euda_store.audit.count() == audit


def test_nearest_dutch_sites_to_noordoostpolder(euda_store):
    near = nearest_sites(euda_store.db, 52.71, 5.76, "NL", 3)
    assert [n.site.city for n in near][:2] == ["Zwolle", "Leeuwarden"]
    assert 20 < near[0].distance_km < 40


def test_series_for_one_substance(euda_store):
    assert "MDMA" in substances(euda_store.db)
    series = wastewater_series(euda_store.db, "MDMA", ["Zwolle", "Leeuwarden"])
    assert series.years[-1] == 2024
    assert series.values["Zwolle"][-1] == pytest.approx(49.98)
    expected = euda_store.db.scalar(
        "SELECT count(*) FROM wastewater WHERE substance = 'MDMA' AND site IN ('Zwolle', 'Leeuwarden')"
    )
    assert series.point_count() == expected


def test_bad_row_rejects_the_whole_file(store, tmp_path):
    path = tmp_path / "own.csv"
    path.write_text(
        "Year,Metabolite,City,Weekday mean,Weekend mean,Daily mean\n"
        "2025,cocaine,Emmeloord,300,,310.5\n"
        "2025,MDMA,Emmeloord,veel,,20\n",
        encoding="utf-8",
    )
    with pytest.raises(FileFormatError) as caught:
        import_wastewater(store, path, source="Eigen meting")
    assert "Rij 3" in caught.value.message
    assert store.wastewater.count() == 0
    path.write_text(
        "Year,Metabolite,City,Weekday mean,Weekend mean,Daily mean\n2025,cocaine,Emmeloord,300,,310.5\n",
        encoding="utf-8",
    )
    import_wastewater(store, path, source="Eigen meting")
    own = store.wastewater.list()[0]
    assert own.weekend_mean is None and own.daily_mean == 310.5 and own.source == "Eigen meting"


def test_cli_import_wastewater(run_cli, demo_path, euda_dir):
    args = (
        "import-wastewater",
        "--db",
        demo_path,
        euda_dir / "ww2025-all-data.csv",
        "--site-info",
        euda_dir / "ww2025-site-info-table.csv",
    )
    first = run_cli(*args)
    assert first.returncode == 0, first.stderr
    assert "4376 nieuw" in first.stdout and "217 nieuwe" in first.stdout
    second = run_cli(*args)
    assert "0 nieuw, 0 gewijzigd, 4376 ongewijzigd" in second.stdout
    missing = run_cli("import-wastewater", "--db", demo_path, euda_dir / "nope.csv")
    assert missing.returncode == 1 and "bestaat niet" in missing.stderr
