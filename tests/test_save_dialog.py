"""Saving a document never replaces a file the user was not asked about (a second memo overwrote the first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from signaaltracker.ui import save_dialog
from signaaltracker.ui.pages.memo_page import MemoPage
from signaaltracker.ui.save_dialog import free_name, with_extension


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("memo.pdf", "memo.pdf"),
        ("memo.PDF", "memo.PDF"),
        ("memo", "memo.pdf"),
        ("raadsmemo-2026-12-02.pdf-2", "raadsmemo-2026-12-02.pdf-2.pdf"),  # was: raadsmemo-2026-12-02.pdf
        ("memo.v2", "memo.v2.pdf"),
    ],
)
def test_the_extension_is_appended_never_swapped(typed, saved):
    assert with_extension(Path("/tmp") / typed, ".pdf").name == saved


def test_the_suggested_name_is_free(tmp_path):
    assert free_name(tmp_path, "raadsmemo-2026-12-02", ".pdf").name == "raadsmemo-2026-12-02.pdf"
    (tmp_path / "raadsmemo-2026-12-02.pdf").write_bytes(b"%PDF first")
    (tmp_path / "raadsmemo-2026-12-02-2.pdf").write_bytes(b"%PDF second")
    assert free_name(tmp_path, "raadsmemo-2026-12-02", ".pdf").name == "raadsmemo-2026-12-02-3.pdf"


@pytest.fixture
def page(qtbot, demo_store, tmp_path, monkeypatch):
    monkeypatch.setattr(save_dialog, "documents_folder", lambda: tmp_path)
    p = MemoPage(demo_store)
    qtbot.addWidget(p)
    p.refresh()
    p.timer.stop()
    yield p
    p.timer.stop()


def _answer_dialog(monkeypatch, typed: Path | str, suggestions: list[str]) -> None:
    def fake(_parent, _title, suggestion, _filter):
        suggestions.append(suggestion)
        return str(typed), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def test_a_second_memo_typed_as_x_pdf_2_leaves_the_first_file_alone(page, tmp_path, monkeypatch):
    suggestions: list[str] = []
    _answer_dialog(monkeypatch, tmp_path / "raadsmemo.pdf", suggestions)
    page.ask_export()
    first = (tmp_path / "raadsmemo.pdf").read_bytes()
    assert first.startswith(b"%PDF")

    _answer_dialog(monkeypatch, tmp_path / "raadsmemo.pdf-2", suggestions)
    page.ask_export()
    assert (tmp_path / "raadsmemo.pdf").read_bytes() == first  # untouched
    assert (tmp_path / "raadsmemo.pdf-2.pdf").read_bytes().startswith(b"%PDF")


def test_a_name_that_becomes_an_existing_file_is_asked_about(page, tmp_path, monkeypatch):
    existing = tmp_path / "verzonden.pdf"
    existing.write_bytes(b"%PDF the memo that was sent")
    asked: list[str] = []

    def no(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    _answer_dialog(monkeypatch, tmp_path / "verzonden", [])
    page.ask_export()
    assert asked and "verzonden.pdf bestaat al" in asked[0]
    assert existing.read_bytes() == b"%PDF the memo that was sent"


def test_the_suggestion_skips_the_previous_editions_file(page, tmp_path, monkeypatch):
    suggestions: list[str] = []
    stem = f"raadsmemo-{page.current_memo().memo_date.isoformat()}"
    (tmp_path / f"{stem}.pdf").write_bytes(b"%PDF previous edition")
    _answer_dialog(monkeypatch, "", suggestions)  # the user cancels
    page.ask_export()
    assert Path(suggestions[0]).name == f"{stem}-2.pdf"
