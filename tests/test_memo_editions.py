"""Issue 16: the next memo — editions, dated facts, comparison periods, honest totals, the command line."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from signaaltracker.domain.facts import Figure
from signaaltracker.store import open_store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

OLD_FACT = "Gezondheidsmonitor jeugd laat geen afwijkende cijfers zien"
NEW_FACT = "In het voorjaar van 2025 meldden drie scholen minder vapes op het schoolplein."


def pdftext(path: Path, *extra: str) -> str:
    return subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def totals_of(layout: str) -> list[list[str]]:
    return [line.split()[1:] for line in layout.splitlines() if line.split()[:1] == ["Totaal"]]


def add_period(db: Path, start: date, end: date, value=lambda i: i % 4) -> int:
    """Figures for every indicator × age group of the demo for one new period; returns their sum."""
    store = open_store(db)
    try:
        existing = store.figures.list()
        source = existing[0].source
        keys = {(f.indicator_id, f.age_group_id) for f in existing}
        total = 0
        for index, (indicator, age) in enumerate(sorted(keys)):
            v = value(index)
            store.figures.add(Figure(source, indicator, age, start, end, v))
            total += v or 0
    finally:
        store.close()
    return total


@pytest.fixture
def st(run_cli):
    def run(*args: str) -> subprocess.CompletedProcess:
        result = run_cli(*args)
        assert result.returncode == 0, result.stderr
        return result

    return run


def test_the_next_memo_from_the_previous(st, demo_path, tmp_path):
    first = tmp_path / "eerste.pdf"
    assert st("export-memo", "--db", demo_path, "--out", first).stdout.startswith("Memo 1 ")
    new_total = add_period(demo_path, date(2024, 10, 10), date(2025, 4, 1))
    st("fact", "add", "--db", demo_path, "--date", "2025-03-01", "--text", NEW_FACT)
    number = st(
        "memo", "new", "--db", demo_path, "--from-previous", "--to", "2025-04-30", "--kenmerk", "Z/25/000123"
    ).stdout.strip()
    assert number == "2"
    listing = st("memo", "list", "--db", demo_path).stdout.splitlines()
    assert listing[0].startswith("2\t") and "concept" in listing[0] and "25 oktober 2024" in listing[0]
    assert listing[1].startswith("1\t") and "PDF" in listing[1]

    second = tmp_path / "tweede.pdf"
    assert st("export-memo", "--db", demo_path, "--out", second).stdout.startswith("Memo 2 ")  # the newest
    text = flat(pdftext(second))
    assert NEW_FACT in text and OLD_FACT not in text
    assert "Z/25/000123" in text
    layout = pdftext(second, "-layout")
    assert totals_of(layout)[0] == ["23", "32", str(new_total)]  # earlier periods as comparison columns

    # the frozen first edition prints what it printed, with the reference memo's figures
    again = tmp_path / "eerste-opnieuw.pdf"
    st("export-memo", "--db", demo_path, "--out", again, "--memo", "1")
    old_text = flat(pdftext(again))
    assert totals_of(pdftext(again, "-layout"))[0] == ["23", "32"]
    assert OLD_FACT in old_text and NEW_FACT not in old_text and "1 april 2025" not in old_text
    store = open_store(demo_path)
    try:
        first_record, second_record = store.memos.get(1), store.memos.get(2)
    finally:
        store.close()
    assert first_record.frozen and second_record.frozen and second_record.previous_id == 1
    assert second_record.period_from == date(2024, 10, 25)
    tables = [b["table"] for s in second_record.snapshot["sections"] for b in s["blocks"] if b["kind"] == "table"]
    assert tables[0]["periods"] == [
        "1 januari tot 1 mei 2024",
        "1 mei tot 10 oktober 2024",
        "10 oktober 2024 tot 1 april 2025",
    ]  # date order


def test_a_frozen_edition_refuses_new_options(run_cli, st, demo_path, tmp_path):
    st("export-memo", "--db", demo_path, "--out", tmp_path / "a.pdf")
    result = run_cli("export-memo", "--db", demo_path, "--out", tmp_path / "b.pdf", "--from", "2024-05-01")
    assert result.returncode != 0 and "memo new --from-previous" in result.stderr
    assert not (tmp_path / "b.pdf").exists()
    result = run_cli("export-memo", "--db", demo_path, "--out", tmp_path / "c.pdf", "--memo", "9")
    assert result.returncode != 0 and "geen memo met nummer 9" in result.stderr


def test_memo_without_subject_is_not_exported(run_cli, st, demo_path, tmp_path):
    st("memo", "new", "--db", demo_path, "--from-previous", "--subject", " ")
    out = tmp_path / "leeg.pdf"
    result = run_cli("export-memo", "--db", demo_path, "--out", out)
    assert result.returncode != 0 and "onderwerp" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_thirty_periods_export_readably(st, demo_path, tmp_path):
    start = date(2022, 1, 1)
    for month in range(30):
        begin = date(start.year + (start.month - 1 + month) // 12, (start.month - 1 + month) % 12 + 1, 1)
        end = date(begin.year + begin.month // 12, begin.month % 12 + 1, 1)
        add_period(demo_path, begin, end, value=lambda i, m=month: (i + m) % 7)
    out = tmp_path / "dertig.pdf"
    st("memo", "new", "--db", demo_path, "--date", "2024-07-01", "--from", "2022-01-01", "--to", "2024-06-30")
    st("export-memo", "--db", demo_path, "--out", out)
    layout = pdftext(out, "-layout")
    shown = [cell for line in totals_of(layout) for cell in line]
    assert len(shown) == 30 + 2  # every period's total, the two demo periods included
    assert "Vervolg van de tabel" in layout


def test_unknown_cells_are_told_under_the_totals(st, demo_path, tmp_path):
    store = open_store(demo_path)
    try:
        figures = [f for f in store.figures.list() if f.period_start == date(2024, 1, 1)]
        figures[0].value = None  # one unknown in the first period
        store.figures.update(figures[0])
        for figure in [f for f in store.figures.list() if f.period_start == date(2024, 5, 1)][:-1]:
            figure.value = None  # all but one unknown in the second
            store.figures.update(figure)
    finally:
        store.close()
    out = tmp_path / "onbekend.pdf"
    st("export-memo", "--db", demo_path, "--out", out)
    text = flat(pdftext(out))
    totals = totals_of(pdftext(out, "-layout"))[0]
    assert totals[0].endswith("†") and totals[1] == "onbekend"
    assert "1 cel onbekend; het totaal telt alleen bekende aantallen" in text
    assert "van de meeste cellen is het aantal onbekend" in text


def test_notes_only_when_needed(st, demo_path, tmp_path):
    out = tmp_path / "gewoon.pdf"
    st("export-memo", "--db", demo_path, "--out", out)
    text = flat(pdftext(out))
    assert "onbekend; het totaal" not in text and "minder dan 5" not in text
    for label in ("Kenmerk", "Contactpersoon", "Bijlagen"):
        assert f"{label} :" not in text and f"{label}:" not in text
    assert "pagina 4 van 4" in text  # tight layout: the demo memo filled five pages, the last one nearly empty


def test_a_next_memo_without_new_figures_does_not_reprint_the_old_table(st, demo_path, tmp_path):
    """The second memo printed the first one's intake table as if it were news; it now says none are known."""
    st("export-memo", "--db", demo_path, "--out", tmp_path / "eerste.pdf")
    st("fact", "add", "--db", demo_path, "--date", "2025-03-01", "--text", NEW_FACT)
    st("memo", "new", "--db", demo_path, "--from-previous", "--to", "2025-04-30")
    second = tmp_path / "tweede.pdf"
    st("export-memo", "--db", demo_path, "--out", second)
    text = flat(pdftext(second))
    assert totals_of(pdftext(second, "-layout")) == []  # no table, no chart
    assert "Over deze periode zijn nog geen nieuwe instroomcijfers van Tactus verslavingszorg bekend" in text
    assert "de laatste cijfers gaan tot 10 oktober 2024" in text
    assert NEW_FACT in text

    # new figures for the period bring the table back, with the earlier periods to compare with
    new_total = add_period(demo_path, date(2025, 4, 1), date(2025, 9, 1))
    st("memo", "new", "--db", demo_path, "--from-previous", "--to", "2025-09-30")
    third = tmp_path / "derde.pdf"
    st("export-memo", "--db", demo_path, "--out", third)
    assert totals_of(pdftext(third, "-layout"))[0][-1] == str(new_total)
    assert "nog geen nieuwe instroomcijfers" not in flat(pdftext(third))
