"""Acceptance of issue 3: `export-memo` from the demo database, checked against the reference files."""

from __future__ import annotations

import csv
import hashlib
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from signaaltracker.domain.enums import OrganisationKind, SharingLevel, ThemeKind
from signaaltracker.domain.facts import Fact
from signaaltracker.domain.signals import Signal
from signaaltracker.domain.taxonomy import Organisation, Theme
from signaaltracker.store import open_store
from signaaltracker.store.base import saved_id
from test_suppression import attack

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

HEADINGS = [
    "MEMO aan Raad",
    "Beleidsreferentie",
    "Inleiding",
    "Met deze memo informeren wij u over:",
    "Welke signalen zijn bekend?",
    "Welke feiten zijn bekend?",
    "Welke organisaties zijn betrokken rondom het thema?",
    "Welke activiteiten ondernemen wij op het gebied van preventie van druggebruik?",
    "Op welke manieren zet de gemeente in op preventie van druggebruik?",
    "Hoe kunnen wij het gebruik van (hard)drugs binnen onze gemeente duidelijker in beeld krijgen?",
]


def flat(text: str) -> str:
    return " ".join(text.split())


def pdftext(path: Path, *extra: str) -> str:
    return subprocess.run(["pdftotext", *extra, str(path), "-"], capture_output=True, text=True, check=True).stdout


def reference(test_data: Path) -> str:
    return (test_data / "reference" / "raadsmemo-noordoostpolder-2024-10-24.txt").read_text(encoding="utf-8")


def intake_rows(test_data: Path) -> list[dict]:
    with open(test_data / "reference" / "tactus-intake-2024.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def table_lines(layout: str) -> list[list[str]]:
    """The table's age-group rows from `pdftotext -layout`: [age, cell, cell, ...] in printed order."""
    lines = []
    for line in layout.splitlines():
        tokens = line.split()
        for index, token in enumerate(tokens):
            if token in ("0-18", ">18") and index + 1 < len(tokens):
                lines.append(tokens[index:])
                break
    return lines


@pytest.fixture
def exported(run_cli, demo_path, tmp_path):
    def run(*extra: str) -> Path:
        out = tmp_path / "memo.pdf"
        result = run_cli("export-memo", "--db", demo_path, "--out", out, *extra)
        assert result.returncode == 0, result.stderr
        return out

    return run


def test_demo_memo_matches_the_reference(exported, test_data):
    out = exported()
    text = flat(pdftext(out))
    ref = flat(reference(test_data))
    positions = []
    for heading in HEADINGS:
        assert heading in ref, heading  # the list above is the reference's own headings
        assert heading in text, heading
        positions.append(text.index(heading))
    assert positions == sorted(positions)

    organisations = reference(test_data).split("Welke organisaties zijn betrokken rondom het thema?")[1]
    organisations = organisations.split("Welke activiteiten")[0]
    names = [flat(line.replace("•", "")) for line in organisations.splitlines() if "•" in line]
    assert len(names) == 7
    for name in names:
        assert name in text, name

    footnote = next(line.strip() for line in reference(test_data).splitlines() if line.strip().startswith("*KOV"))
    assert footnote in text

    rows = intake_rows(test_data)
    periods = sorted({r["periode_van"] for r in rows})
    keys = list(dict.fromkeys((r["verslaving"], r["leeftijd"]) for r in rows))
    values = {(r["verslaving"], r["leeftijd"], r["periode_van"]): int(r["aantal"]) for r in rows}
    expected = [[age] + [str(values[(ind, age, p)] or "-") for p in periods] for ind, age in keys]
    layout = pdftext(out, "-layout")
    assert table_lines(layout)[: len(expected)] == expected
    for indicator, _ in keys:
        assert indicator in text
    totals = [sum(values[(ind, age, p)] for ind, age in keys) for p in periods]
    assert totals == [23, 32]
    totals_line = next(line.split() for line in layout.splitlines() if line.split()[:1] == ["Totaal"])
    assert totals_line == ["Totaal", "23", "32"]
    assert "1 januari tot 1 mei 2024" in text and "1 mei tot 10 oktober 2024" in text
    assert "24 oktober 2024" in text and "pagina 1 van" in text


def test_pdf_is_archivable(exported):
    out = exported()
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts
    assert "Helvetica" not in fonts
    subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True, check=True)
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert len(pdf.Root.OutputIntents) == 1
        assert str(pdf.Root.OutputIntents[0].S) == "/GTS_PDFA1"
        assert str(pdf.Root.Lang) == "nl-NL"
        assert "/ID" in pdf.trailer and not pdf.is_encrypted
        assert "Memo aan de raad" in str(pdf.docinfo["/Title"])
        assert str(pdf.docinfo["/Author"]) == "W. Jansen"


def test_suppression_hides_small_counts_and_keeps_totals_safe(exported):
    out = exported("--suppress-below", "5")
    layout = pdftext(out, "-layout")
    lines = table_lines(layout)[:12]  # the chart legend below also names the age groups
    cells = [cell for line in lines for cell in line[1:]]
    assert not any(cell in {"1", "2", "3", "4"} for cell in cells), lines
    assert "<5" in cells
    totals = next(line.split()[1:] for line in layout.splitlines() if line.split()[:1] == ["Totaal"])
    for column, total in enumerate(totals, start=1):
        for feasible in attack([line[column] for line in lines], total, 5):
            assert len(feasible) >= 2, (lines, totals)
    assert "<5: minder dan 5" in flat(pdftext(out))


def test_without_suppression_the_table_equals_the_reference(exported, test_data):
    lines = table_lines(pdftext(exported(), "-layout"))[:12]
    rows = intake_rows(test_data)
    printed = [cell for line in lines for cell in line[1:]]
    assert "<5" not in printed
    nonzero = sorted(int(r["aantal"]) for r in rows if r["aantal"] != "0")
    assert sorted(int(c) for c in printed if c.isdigit()) == nonzero


def test_only_council_signals_appear(demo_path, run_cli, tmp_path):
    from datetime import date

    from signaaltracker.domain.signals import Signal

    store = open_store(demo_path)
    try:
        org = store.organisations.list()[0].id
        theme = store.themes.list()[0].id
        for word, level in (
            ("Zilverkwartelbos", "overleg"),
            ("Paarsvlinderhof", "vertrouwelijk"),
            ("Oranjeboomgaard", "raad"),
        ):
            store.signals.add(
                Signal(date(2024, 9, 1), org, f"Signaal over {word} in de wijk.", [theme], sharing_level=level)
            )
    finally:
        store.close()
    out = tmp_path / "levels.pdf"
    result = run_cli("export-memo", "--db", demo_path, "--out", out)
    assert result.returncode == 0, result.stderr
    text = pdftext(out)
    assert "Oranjeboomgaard" in text
    assert "Zilverkwartelbos" not in text and "Paarsvlinderhof" not in text
    # nor do the demo's own overleg/vertrouwelijk signals
    assert "lachgaspatronen" not in text and "vriendenkring" not in text
    store = open_store(demo_path)
    try:
        record = store.memos.list()[0]
    finally:
        store.close()
    assert "Zilverkwartelbos" not in str(record.snapshot)


def test_export_is_kept_in_the_history_with_its_hash(exported, demo_path):
    out = exported("--from", "2024-05-01", "--to", "24-10-2024")
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    store = open_store(demo_path)
    try:
        records = store.memos.list()
    finally:
        store.close()
    assert len(records) == 1  # exporting the draft edition freezes it: it is the edition that was sent
    latest = records[0]
    assert latest.pdf_sha256 == digest and latest.exported_at is not None
    assert latest.period_from.isoformat() == "2024-05-01"
    assert latest.snapshot["header"][2] == ["Datum", "24 oktober 2024"]
    assert len(latest.snapshot["signal_ids"]) == 6  # two of the eight council signals are from before May


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["--from", "31-02-2024"], "geen geldige datum"),
        (["--to", "morgen"], "geen geldige datum"),
        (["--from", "2024-10-01", "--to", "2024-01-01"], "vóór"),
        (["--suppress-below", "vijf"], "geheel getal"),
        (["--suppress-below", "1"], "tussen 3 en 100"),
    ],
)
def test_bad_options_give_one_sentence(run_cli, demo_path, tmp_path, args, fragment):
    out = tmp_path / "bad.pdf"
    result = run_cli("export-memo", "--db", demo_path, "--out", out, *args)
    assert result.returncode != 0
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_unwritable_out_gives_one_sentence(run_cli, demo_path, tmp_path):
    for out in (tmp_path / "missing" / "memo.pdf", tmp_path, Path("/proc/memo.pdf")):
        result = run_cli("export-memo", "--db", demo_path, "--out", out)
        assert result.returncode != 0, out
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr, result.stderr
    assert not list(tmp_path.rglob("*.pdf"))


def test_a_new_register_without_figures_exports_its_memo(run_cli, db_path, tmp_path):
    """A coordinator's own register has signals and facts long before any intake figures: the memo is made
    without the table (it used to refuse, pointing a GUI user to import-figures)."""
    store = open_store(db_path)
    organisation = saved_id(store.organisations.add(Organisation("Jongerenwerk Oost", OrganisationKind.YOUTH_WORK)))
    theme = saved_id(store.themes.add(Theme("3-MMC", ThemeKind.SUBSTANCE)))
    store.signals.add(
        Signal(
            observed_on=date(2026, 11, 5),
            organisation_id=organisation,
            summary="Meer 3-MMC-gebruik bij de skatebaan gezien.",
            theme_ids=[theme],
            sharing_level=SharingLevel.RAAD,
        )
    )
    store.facts.add(Fact(stated_on=date(2026, 11, 20), source="GGD", text="De monitor laat geen afwijking zien."))
    store.settings.set("memo.recipients", "De raad")
    store.settings.set("memo.sender", "Het college")
    store.close()
    out = tmp_path / "eerste.pdf"
    result = run_cli("export-memo", "--db", db_path, "--out", out)
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "skatebaan" in text and "De monitor laat geen afwijking zien." in text
    assert "Noordoostpolder" not in text  # the demo's municipality is not a new register's default
    assert "Gemeente  " not in text and "instroom" not in text.lower()


def test_missing_database(run_cli, tmp_path):
    result = run_cli("export-memo", "--db", tmp_path / "nope.db", "--out", tmp_path / "m.pdf")
    assert result.returncode != 0 and "bestaat niet" in result.stderr
    assert not (tmp_path / "nope.db").exists()


def test_page_numbers_count_up(exported):
    text = pdftext(exported())
    pages = text.count("\f")
    assert re.search(rf"pagina {pages} van {pages}", text)
