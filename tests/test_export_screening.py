"""Issue 17: personal data is screened again on the way out; exports mask it unless asked not to."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace

import pytest

from signaaltracker.reports.memo_export import export_memo, latest_memo
from signaaltracker.reports.screening import Screening, masked, screen
from signaaltracker.store import open_store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

BSN = "111222333"
PHONE = "06-1234 5678"


def pdf_text(path) -> str:
    return " ".join(
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split()
    )


def _last_meeting(store) -> int:
    return max(m.id for m in store.meetings.list())


def _put_personal_data_in_agenda(db_path) -> None:
    store = open_store(db_path, create=False)
    try:
        signal = store.cycle.agenda(_last_meeting(store)).new_signals[0]
        store.signals.update(replace(signal, summary=f"Moeder belde (BSN {BSN}), terugbellen op {PHONE}."))
    finally:
        store.close()


def test_agenda_with_bsn_and_phone_in_a_signal_masks_both_by_default(run_cli, demo_path, tmp_path):
    _put_personal_data_in_agenda(demo_path)
    out = tmp_path / "agenda.pdf"
    result = run_cli("export-agenda", "--db", demo_path, "--meeting", "2", "--out", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "[BSN verwijderd]" in text and "[telefoonnummer verwijderd]" in text
    assert BSN not in text and "1234 5678" not in text
    assert "Moeder belde" in text  # the rest of the signal is still there
    assert "2 mogelijke persoonsgegevens" in result.stderr and "onleesbaar gemaakt" in result.stderr
    assert "--toon-persoonsgegevens" in result.stderr


def test_keeping_personal_data_is_asked_for_and_recorded_in_the_audit(run_cli, demo_path, tmp_path):
    _put_personal_data_in_agenda(demo_path)
    out = tmp_path / "agenda.pdf"
    result = run_cli("export-agenda", "--db", demo_path, "--meeting", "2", "--out", out, "--toon-persoonsgegevens")
    assert result.returncode == 0, result.stderr
    assert BSN in pdf_text(out)
    assert "vastgelegd in het logboek" in result.stderr
    store = open_store(demo_path, create=False)
    try:
        entries = [e for e in store.audit.entries() if e.action == "keep_personal_data"]
    finally:
        store.close()
    assert len(entries) == 1
    details = entries[0].after if isinstance(entries[0].after, dict) else json.loads(entries[0].after)
    assert details["document"] == "de agenda" and details["count"] == 2
    assert details["kinds"] == ["bsn", "phone"]
    assert BSN not in json.dumps(details)  # the audit says what was kept, not the data itself


def test_minutes_and_memo_are_masked_too(demo_store, tmp_path):
    from signaaltracker.reports.meeting_render import export_meeting_pdf

    memo = replace(latest_memo(demo_store), intro=f"Het BSN {BSN} hoort hier niet.")
    result = export_memo(demo_store, memo, tmp_path / "memo.pdf", record=True, new_record=True)
    assert [f.kind for f in result.findings] == ["bsn"]
    assert "[BSN verwijderd]" in pdf_text(result.path) and BSN not in pdf_text(result.path)
    assert BSN not in json.dumps(result.memo.snapshot)  # the history keeps what was printed
    kept = export_memo(demo_store, memo, tmp_path / "memo2.pdf", record=False, mask=False)
    assert BSN in pdf_text(kept.path) and [f.kind for f in kept.findings] == ["bsn"]

    meeting = demo_store.meetings.get(_last_meeting(demo_store))
    signal = demo_store.signals.find(meeting.discussed[0].signal_id)
    demo_store.signals.update(replace(signal, summary=f"Contact via jan[at]example.nl of {PHONE}."))
    minutes = export_meeting_pdf(demo_store, meeting.id, "minutes", tmp_path / "verslag.pdf")
    assert [f.kind for f in minutes.findings] == ["email", "phone"]
    text = pdf_text(minutes.path)
    assert "[e-mailadres verwijderd]" in text and "example.nl" not in text


def test_screening_walks_every_string_and_leaves_exempt_contact_details():
    from dataclasses import dataclass, field

    @dataclass
    class Doc:
        title: str
        lines: list[str] = field(default_factory=list)
        header: list[tuple[str, str]] = field(default_factory=list)

    doc = Doc("Titel", [f"bel {PHONE}", "niets"], [("Contactpersoon", "W. Jansen, 0527 123456")])
    screening = Screening(exempt=("W. Jansen, 0527 123456",))
    assert [f.kind for f in screen(doc, screening)] == ["phone"]
    copy, found = masked(doc, screening)
    assert copy.lines == ["bel [telefoonnummer verwijderd]", "niets"] and len(found) == 1
    assert copy.header == doc.header and doc.lines[0] == f"bel {PHONE}"  # the original is left alone


def test_reprinting_an_edition_kept_with_personal_data_masks_it_by_default(demo_store, tmp_path):
    from signaaltracker.reports.memo_export import reprint_edition

    memo = replace(latest_memo(demo_store), intro=f"Het BSN {BSN} hoort hier niet.")
    kept = export_memo(demo_store, memo, tmp_path / "bewaard.pdf", record=True, new_record=True, mask=False)
    assert BSN in pdf_text(kept.path)
    again = reprint_edition(demo_store, kept.memo, tmp_path / "opnieuw.pdf")
    assert [f.kind for f in again.findings] == ["bsn"]
    assert BSN not in pdf_text(again.path) and "[BSN verwijderd]" in pdf_text(again.path)
    masked_edition = export_memo(demo_store, memo, tmp_path / "gemaskeerd.pdf", record=True, new_record=True)
    reprint = reprint_edition(demo_store, masked_edition.memo, tmp_path / "herdruk.pdf")
    assert reprint.findings == [] and pdf_text(reprint.path) == pdf_text(masked_edition.path)
