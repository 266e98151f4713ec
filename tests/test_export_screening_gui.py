"""Issue 17 in the GUI: before an agenda or memo leaves the app, the hits are shown; mask or stop."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from signaaltracker.ui.pages.memo_page import MemoPage

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")

BSN = "111222333"


def answer(monkeypatch, button) -> list[str]:
    shown: list[str] = []

    def fake(_parent, _title, text, *_args):
        shown.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "warning", fake)
    return shown


def pdf_text(path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(result.stdout.split())


def test_agenda_export_shows_the_hits_and_masks_or_stops(window, demo_store, tmp_path, monkeypatch):
    page = window.show_page("meetings")
    meeting_id = page.detail.meeting_id
    signal = demo_store.cycle.agenda(meeting_id).new_signals[0]
    demo_store.signals.update(replace(signal, summary=f"BSN {BSN} genoemd; bel 06 12345678."))

    shown = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert page.detail.export("agenda", str(tmp_path / "gestopt.pdf")) is None
    assert not (tmp_path / "gestopt.pdf").exists()
    assert BSN in shown[0] and "burgerservicenummer" in shown[0] and "telefoonnummer" in shown[0]
    assert "Gestopt" in page.message.text()

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    out = page.detail.export("agenda", str(tmp_path / "agenda.pdf"))
    text = pdf_text(out)
    assert "[BSN verwijderd]" in text and "[telefoonnummer verwijderd]" in text and BSN not in text


def test_memo_export_without_hits_asks_nothing_and_with_hits_masks(qtbot, demo_store, tmp_path, monkeypatch):
    page = MemoPage(demo_store)
    qtbot.addWidget(page)
    page.refresh()
    page.timer.stop()
    shown = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.export_to(tmp_path / "schoon.pdf"), page.status.text()
    assert shown == []

    page.editor.intro.setPlainText(f"Het BSN {BSN} hoort hier niet.")
    shown = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.export_to(tmp_path / "gestopt.pdf")
    assert len(shown) == 1 and not (tmp_path / "gestopt.pdf").exists()

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.export_to(tmp_path / "gemaskeerd.pdf"), page.status.text()
    assert "[BSN verwijderd]" in pdf_text(tmp_path / "gemaskeerd.pdf")
    page.timer.stop()
