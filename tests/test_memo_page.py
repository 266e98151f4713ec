"""The Raadsmemo page: editing, preview, per-signal exclusion, export to history, reopen/duplicate, print."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from signaaltracker.ui.pages.memo_page import MemoPage


@pytest.fixture
def page(qtbot, demo_store):
    p = MemoPage(demo_store)
    qtbot.addWidget(p)
    p.refresh()
    p.timer.stop()
    yield p
    p.timer.stop()


def test_loads_the_demo_memo_and_lists_council_signals_only(page):
    assert page.editor.subject.text().startswith("Reactie op toezegging TOE.24.0035")
    texts = [page.editor.signal_list.item(i).text() for i in range(page.editor.signal_list.count())]
    assert len(texts) == 8
    assert not any("lachgaspatronen" in t or "vriendenkring" in t for t in texts)
    assert page.history.model.rowCount() == 1


def test_preview_renders_pages(page):
    pages = page.update_preview()
    assert pages >= 3
    assert len(page.preview.page_labels) == pages
    assert not page.preview.page_labels[0].pixmap().isNull()


def test_excluding_a_signal_and_switching_sections_reaches_the_pdf(page, tmp_path):
    item = page.editor.signal_list.item(0)
    kept = page.editor.signal_list.item(1).toolTip()
    item.setCheckState(Qt.CheckState.Unchecked)
    page.editor.section_boxes["organisations"].setChecked(False)
    page.editor.suppress.setChecked(True)
    assert page.editor.threshold.value() == 5
    out = tmp_path / "gui.pdf"
    assert page.export_to(out), page.status.text()
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split())
    assert item.toolTip() not in text
    assert kept in text
    assert "Welke organisaties zijn betrokken" not in text
    assert "<5" in text
    memo = page.store.memos.get(page.editor.memo.id)
    assert memo.pdf_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert memo.suppress_below == 5 and len(memo.excluded_signal_ids) == 1
    assert memo.snapshot["suppress_below"] == 5
    assert "SHA-256" in page.status.text()


def test_editing_an_exported_memo_makes_a_new_draft(page, tmp_path):
    assert page.export_to(tmp_path / "first.pdf")
    exported_id = page.editor.memo.id
    page.editor.subject.setText("Vervolgmemo")
    saved = page.save_draft()
    assert saved.id != exported_id and saved.exported_at is None
    assert page.store.memos.get(exported_id).subject.startswith("Reactie op toezegging")
    assert page.history.model.rowCount() == 2


def test_reopen_and_duplicate(page, tmp_path):
    assert page.export_to(tmp_path / "a.pdf")
    exported_id = page.editor.memo.id
    page.new_memo()
    assert page.editor.subject.text() == ""
    page.reopen(exported_id)
    assert page.editor.subject.text().startswith("Reactie op toezegging")
    assert "SHA-256" in page.status.text()
    page.duplicate(exported_id)
    copy = page.editor.memo
    assert copy.id != exported_id and copy.exported_at is None and copy.pdf_sha256 == ""
    assert copy.subject == page.store.memos.get(exported_id).subject
    assert page.history.model.rowCount() == 2


def test_invalid_input_is_told_not_raised(page, tmp_path):
    page.editor.period_from.setDate(page.editor.period_to.date().addDays(5))
    assert not page.export_to(tmp_path / "x.pdf")
    assert page.status.text()
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_print_to_a_pdf_printer(page, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert page.print_memo(printer, ask=False)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 3
