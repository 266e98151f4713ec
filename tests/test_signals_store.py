"""The signals query behind the page: filters, paging, sorting, remembered filters, hostile search, export."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from signaaltracker.domain.enums import SignalStatus
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.signals import Signal
from signaaltracker.exchange.signals_export import HEADERS, export_signals
from signaaltracker.store.signals import SignalFilter

HOSTILE = [
    '"',
    "'",
    '""',
    "*",
    "**",
    "AND",
    "OR",
    "NOT",
    "a AND OR NOT b",
    "NEAR(",
    "NEAR(a b, 2)",
    "summary:x",
    "^x",
    "'; DROP TABLE signals; --",
    '" OR 1=1 --',
    "x" * 10_000,
    "w " * 5_000,
    "😀🔥",
    "שלום עולם",
    "مرحبا",
    "\x00",
    "a\x00b",
    "\u202eevil",
    "(",
    ")",
    "{a b}",
    "-x",
    "+x",
    "%",
    "_",
    "\\",
    "\n\t",
    "ＡＮＤ",
]


def _demo_ids(store):
    themes = {t.name: t.id for t in store.themes.list()}
    orgs = {o.name: o.id for o in store.organisations.list()}
    return themes, orgs


def database_fingerprint(path) -> tuple:
    conn = sqlite3.connect(path)
    try:
        return tuple(conn.iterdump())
    finally:
        conn.close()


def test_filters_combine_and_counts_match_pages(demo_store):
    themes, _orgs = _demo_ids(demo_store)
    signals = demo_store.signals
    everything = SignalFilter()
    assert signals.count_matching(everything) == 10 == len(signals.page(everything))
    mmc = SignalFilter(theme_ids=[themes["3MMC"]])
    rows = signals.page(mmc)
    assert len(rows) == signals.count_matching(mmc) == 4
    assert all("3MMC" in row["themes"] for row in rows)
    summer = SignalFilter(theme_ids=[themes["3MMC"]], date_from=date(2024, 5, 1), date_to=date(2024, 8, 31))
    assert [r["observed_on"] for r in signals.page(summer)] == ["2024-07-20", "2024-05-23"]


def test_paging_and_sorting_happen_in_sql(demo_store):
    signals = demo_store.signals
    first = signals.page(SignalFilter(), limit=4)
    second = signals.page(SignalFilter(), limit=4, offset=4)
    assert len(first) == 4 and len(second) == 4
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    dates = [r["observed_on"] for r in first + second]
    assert dates == sorted(dates, reverse=True)
    by_org = signals.page(SignalFilter(), sort="organisation", descending=False)
    names = [r["organisation"].lower() for r in by_org]
    assert names == sorted(names)
    assert signals.ordered_ids(SignalFilter(), "status") == [r["id"] for r in signals.page(SignalFilter(), "status")]


def test_prefix_search_ignores_diacritics(demo_store):
    signals = demo_store.signals
    full = signals.count_matching(SignalFilter(text="normaal"))
    assert full >= 1
    assert signals.count_matching(SignalFilter(text="norm")) >= full
    assert signals.count_matching(SignalFilter(text="nórmäal")) == full
    assert signals.count_matching(SignalFilter(text="zzzqqq")) == 0


def test_soft_delete_hides_and_restore_brings_back(demo_store):
    signals = demo_store.signals
    ids = [r["id"] for r in signals.page(SignalFilter(), limit=2)]
    signals.soft_delete(ids)
    assert signals.count_matching(SignalFilter()) == 8
    assert signals.count_matching(SignalFilter(include_deleted=True)) == 10
    signals.restore(ids)
    assert signals.count_matching(SignalFilter()) == 10


def test_remembered_filter_round_trips_and_rejects_garbage(demo_store):
    flt = SignalFilter(date_from=date(2024, 1, 1), theme_ids=[2, 3], statuses=["new"], text="x")
    assert SignalFilter.from_dict(json.loads(json.dumps(flt.to_dict()))) == flt
    garbage = {"date_from": "31-02-2024", "theme_ids": ["a", True, 4], "statuses": "new", "text": 5}
    assert SignalFilter.from_dict(garbage) == SignalFilter(theme_ids=[4])
    assert SignalFilter.from_dict(None) == SignalFilter()


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_search_text_never_fails(demo_store, text):
    flt = SignalFilter(text=text)
    count = demo_store.signals.count_matching(flt)
    rows = demo_store.signals.page(flt)
    assert count == len(rows) <= 10


def test_arbitrary_search_strings_raise_nothing_and_change_nothing(demo_store, demo_path):
    signals = demo_store.signals
    before = database_fingerprint(demo_path)

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(
        st.text(max_size=300)
        | st.sampled_from(HOSTILE)
        | st.lists(
            st.sampled_from(
                ['"', "*", "AND", "OR", "NOT", "NEAR(", "(", ")", ":", "^", "3MMC", "cannabis", "😀", "\x00"]
            ),
            max_size=12,
        ).map(" ".join)
    )
    def search(text: str) -> None:
        flt = SignalFilter(text=text)
        count = signals.count_matching(flt)
        assert 0 <= count <= 10
        assert len(signals.page(flt)) == count

    search()
    assert database_fingerprint(demo_path) == before


def test_a_summary_of_one_megabyte_is_refused(demo_store):
    _themes, orgs = _demo_ids(demo_store)
    with pytest.raises(DomainError) as caught:
        Signal(
            observed_on=date(2024, 5, 1),
            organisation_id=next(iter(orgs.values())),
            summary="x" * 1_000_000,
            theme_ids=[1],
        )
    assert "te lang" in caught.value.message


def test_bulk_status_change_is_one_step_with_audit(demo_store):
    signals = demo_store.signals
    ids = [r["id"] for r in signals.page(SignalFilter(), limit=3)]
    audit_before = demo_store.audit.count()
    signals.set_status(ids, SignalStatus.CLOSED)
    assert {signals.get(i).status for i in ids} == {SignalStatus.CLOSED}
    assert demo_store.audit.count() == audit_before + 3


def test_last_organisation_is_the_one_of_the_latest_recorded_signal(demo_store):
    _themes, orgs = _demo_ids(demo_store)
    org = orgs["Tactus verslavingszorg"]
    demo_store.signals.add(Signal(observed_on=date(2024, 1, 5), organisation_id=org, summary="Test", theme_ids=[1]))
    assert demo_store.signals.last_organisation_id() == org


def _read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_csv_export_follows_the_filter_and_leaves_out_confidential(demo_store, tmp_path):
    themes, _orgs = _demo_ids(demo_store)
    flt = SignalFilter(theme_ids=[themes["3MMC"]])
    shown = demo_store.signals.page(flt)
    confidential = [r for r in shown if r["sharing_level"] == "vertrouwelijk"]
    assert confidential, "the demo has a confidential 3MMC signal"
    target = tmp_path / "signalen.csv"
    count = export_signals(demo_store, target, flt)
    rows = _read_csv(target)
    assert rows[0] == [title for _key, title in HEADERS]
    assert count == len(rows) - 1 == len(shown) - len(confidential)
    assert {int(r[0]) for r in rows[1:]} == {r["id"] for r in shown} - {r["id"] for r in confidential}
    assert all("3MMC" in r[4] for r in rows[1:])
    assert "vertrouwelijk" not in {r[9] for r in rows[1:]}
    assert export_signals(demo_store, target, flt, include_confidential=True) == len(shown)
    assert "vertrouwelijk" in {r[9] for r in _read_csv(target)[1:]}


def test_xlsx_export_has_dutch_headers_real_dates_and_no_formulas(demo_store, tmp_path):
    from openpyxl import load_workbook

    _themes, orgs = _demo_ids(demo_store)
    demo_store.signals.add(
        Signal(
            observed_on=date(2024, 6, 1),
            organisation_id=next(iter(orgs.values())),
            summary='=HYPERLINK("http://x")',
            theme_ids=[1],
            sharing_level="raad",
        )
    )
    target = tmp_path / "signalen.xlsx"
    count = export_signals(demo_store, target, SignalFilter())
    sheet = load_workbook(target).active
    assert [c.value for c in sheet[1]] == [title for _key, title in HEADERS]
    assert sheet.max_row == count + 1 == 11  # 11 signals, one of them vertrouwelijk
    assert all(sheet.cell(row, 2).is_date for row in range(2, sheet.max_row + 1))
    formulas = [c for row in sheet.iter_rows(min_row=2) for c in row if c.data_type == "f"]
    assert formulas == []
    assert any(str(c.value).startswith("=HYPERLINK") for c in sheet["L"])


def _date_directly_in_the_file(path, signal_id: int, day: date) -> None:
    with sqlite3.connect(path) as conn:  # as another program (or a clock set wrong) could have left it
        conn.execute("UPDATE signals SET observed_on = ? WHERE id = ?", (day.isoformat(), signal_id))


def test_a_stored_signal_dated_tomorrow_reads_but_cannot_be_written(demo_path):
    from datetime import timedelta

    from signaaltracker.store import open_store

    tomorrow = date.today() + timedelta(days=1)
    _date_directly_in_the_file(demo_path, 1, tomorrow)
    store = open_store(demo_path)
    try:
        signal = store.signals.get(1)
        assert signal.observed_on == tomorrow and signal.theme_ids  # no placeholder: the stored themes
        assert any(s.id == 1 for s in store.signals.list())
        audit_rows = store.db.scalar("SELECT count(*) FROM audit_log")
        signal.summary = "Nog steeds morgen."
        with pytest.raises(DomainError, match="toekomst"):
            store.signals.update(signal)  # validated on write
        assert store.signals.get(1).summary != "Nog steeds morgen."
        assert store.db.scalar("SELECT count(*) FROM audit_log") == audit_rows
        signal.observed_on = date.today()
        assert store.signals.update(signal).observed_on == date.today()
    finally:
        store.close()
