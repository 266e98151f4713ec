"""Findings of the UI review: restore rebuilds the pages, anonymised signals are read-only, expected errors stay in
the page, the overview's meetings, the period filter, privacy screening of meeting texts, dates and save folders."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from signaaltracker.domain.enums import SignalStatus
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.meetings import Meeting
from signaaltracker.domain.memo import Memo
from signaaltracker.store.retention import anonymise, delete_for_retention
from signaaltracker.ui.dates import DateEdit
from signaaltracker.ui.main_window import MainWindow
from signaaltracker.ui.widgets import EXPECTED_ERRORS, documents_folder, error_message


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show()
    return w


def answer_warning(monkeypatch, button) -> list[str]:
    """Answer the privacy warning with ``button``; returns the texts it showed."""
    shown: list[str] = []

    def fake(_parent, _title, text, *_args):
        shown.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "warning", fake)
    return shown


# --- 1. restoring a backup rebuilds the pages ----------------------------------------------------------------
def test_restore_drops_built_pages_and_their_undo_steps(qtbot, window, demo_store):
    data = window.show_page("data")
    backup = data.backups.backup_now()
    assert backup is not None
    signals = window.show_page("signals")
    memo = window.show_page("memo")
    sid = signals.model.ids([0])[0]
    signals.select_ids([sid])
    signals.delete_selection()
    assert signals.undo_stack == [[sid]]
    undo_link = signals.undo_link

    data = window.show_page("data")
    data.backups.confirm = lambda *args: True
    assert data.backups.restore(backup)
    assert window.pages.get("data") is data  # the page on screen stays, refreshed
    assert "signals" not in window.pages and "memo" not in window.pages
    qtbot.waitUntil(lambda: undo_link not in window.statusBar().findChildren(QWidget))

    fresh = window.show_page("signals")
    assert fresh is not signals and fresh.undo_stack == []
    assert demo_store.signals.get(sid).deleted_at is None  # the backup was taken before the delete
    fresh.undo()
    assert fresh.message.text() == "Er is niets om ongedaan te maken."
    assert window.show_page("memo") is not memo


# --- 2. anonymised signals -----------------------------------------------------------------------------------
def test_an_anonymised_signal_is_shown_read_only_and_never_saved_over(window, demo_store):
    page = window.show_page("signals")
    sid = page.model.ids([0])[0]
    assert anonymise(demo_store.db, [sid]) == 1
    page.reload(keep_selection=False, select_id=sid)
    pane = page.detail
    assert pane.form.signal_id == sid
    assert not pane.editor.isEnabled() and not pane.save_button.isEnabled()
    assert "geanonimiseerd" in pane.meta.text()
    pane.form.summary.setPlainText("Nieuwe tekst")  # even if text got in, saving refuses
    assert pane.editor.save_confirmed() is None
    assert "geanonimiseerd" in pane.form.error.text()
    stored = demo_store.signals.get(sid)
    assert stored.anonymised and stored.summary == ""


# --- 3. expected errors stay in the page ---------------------------------------------------------------------
def test_status_change_and_undo_after_a_signal_vanished_show_a_message(window, demo_store):
    page = window.show_page("signals")
    first, second = page.model.ids([0, 1])
    page.select_ids([first])
    delete_for_retention(demo_store.db, [first])  # gone behind the page's back
    page.set_status_of_selection(SignalStatus.CLOSED)
    assert "bestaat niet (meer)" in page.message.text()

    page.select_ids([second])
    page.delete_selection()
    delete_for_retention(demo_store.db, [second])
    page.undo()
    assert "bestaat niet (meer)" in page.message.text()


def test_a_huge_number_typed_in_the_intake_grid_is_refused_with_a_message(window, qtbot):
    intake = window.show_page("figures").intake
    model = intake.model
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.flags(model.index(r, c)) & Qt.ItemFlag.ItemIsEditable
    )
    before = model.data(index, Qt.ItemDataRole.DisplayRole)
    with qtbot.waitSignal(model.edit_failed) as failed:
        assert not model.setData(index, "9" * 40)
    assert failed.args[0]
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == before


def test_error_message_covers_the_expected_errors(tmp_path):
    assert error_message(DomainError("Vul een datum in.")) == "Vul een datum in."
    assert "code 3" in error_message(subprocess.CalledProcessError(3, ["pdftoppm"]))
    assert "60 seconden" in error_message(subprocess.TimeoutExpired(["pdftoppm"], 60))
    missing = tmp_path / "weg.csv"
    try:
        missing.read_text()
    except EXPECTED_ERRORS as exc:
        assert "weg.csv" in error_message(exc)
    assert error_message(OverflowError("int too large")) == "Dit getal is te groot."


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_a_failing_pdftoppm_becomes_a_dutch_message(tmp_path):
    from signaaltracker.ui.memo.pdf_pages import PreviewUnavailable, _with_pdftoppm

    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"geen pdf")
    with pytest.raises(PreviewUnavailable) as caught:
        _with_pdftoppm(broken, 40)
    assert isinstance(caught.value, EXPECTED_ERRORS)
    assert "pdftoppm kon de pagina's niet maken" in error_message(caught.value)


# --- 4. overview and store queries ---------------------------------------------------------------------------
def test_overview_takes_the_last_meeting_held_and_the_next_planned_one(window, demo_store):
    jo = demo_store.structures.by_name("Jongerenoverleg")
    today = date.today()
    page = window.show_page("overview")
    assert page.labels["last_meeting"].text() == "Jongerenoverleg, 10 oktober 2024"
    assert "voorgesteld" in page.labels["next_meeting"].text()

    planned = today + timedelta(days=9)
    later = today + timedelta(days=60)
    demo_store.meetings.add(Meeting(jo.id, later))
    demo_store.meetings.add(Meeting(jo.id, planned))
    page.refresh()
    assert page.labels["last_meeting"].text() == "Jongerenoverleg, 10 oktober 2024"  # not a future one
    from signaaltracker.domain.dates import format_date_nl

    assert page.labels["next_meeting"].text() == f"{format_date_nl(planned)} (Jongerenoverleg)"
    upcoming = demo_store.cycle.upcoming(today)
    assert (upcoming.held_on, upcoming.planned) == (planned, True)
    assert demo_store.cycle.last_held(later).held_on == later


def test_memo_history_rows_come_from_the_store(demo_store):
    first = demo_store.memos.add(Memo(subject="Eerste", memo_date=date(2024, 10, 24)))
    second = demo_store.memos.add(Memo(subject="Tweede", memo_date=date(2024, 11, 1)))
    rows = demo_store.memos.history_rows()
    assert [r["id"] for r in rows][:2] == [second.id, first.id]
    assert set(rows[0]) == {
        "id",
        "memo_date",
        "exported_at",
        "subject",
        "kenmerk",
        "period_from",
        "period_to",
        "pdf_sha256",
    }


# --- 7. the period filter ------------------------------------------------------------------------------------
def test_a_reversed_period_in_the_filter_bar_is_swapped_with_a_message(window):
    page = window.show_page("signals")
    bar = page.filter_bar
    bar.date_to.setDate(QDate(2024, 5, 1))
    bar.date_from.setDate(QDate(2024, 8, 31))
    flt = bar.current()
    assert (flt.date_from, flt.date_to) == (date(2024, 5, 1), date(2024, 8, 31))
    assert "omgewisseld" in page.message.text()
    assert page.model.total > 0


# --- 8. privacy screening of meeting texts -------------------------------------------------------------------
def test_meeting_notes_with_personal_data_need_a_confirmation(window, demo_store, monkeypatch):
    page = window.show_page("meetings")
    meeting_id = page.detail.meeting_id
    notes = page.detail.notes
    notes.load(meeting_id)
    notes.text.setPlainText("Moeder belt terug op 06-12345678.")
    shown = answer_warning(monkeypatch, QMessageBox.StandardButton.No)
    notes.save()
    assert shown and "06-12345678" in shown[0] and "telefoonnummer" in shown[0]
    assert "06-12345678" not in demo_store.meetings.get(meeting_id).notes
    answer_warning(monkeypatch, QMessageBox.StandardButton.Yes)
    notes.save()
    assert demo_store.meetings.get(meeting_id).notes == "Moeder belt terug op 06-12345678."


def test_decisions_and_assessments_are_screened_too(window, demo_store, monkeypatch):
    page = window.show_page("meetings")
    meeting_id = page.detail.meeting_id
    decisions = page.detail.decisions
    decisions.load(meeting_id)
    before = len(demo_store.decisions.for_meeting(meeting_id))
    decisions.text.setText("Kevin (15) krijgt een gesprek met de leerplichtambtenaar.")
    shown = answer_warning(monkeypatch, QMessageBox.StandardButton.No)
    decisions.add()
    assert shown and "naam met leeftijd" in shown[0]
    assert len(demo_store.decisions.for_meeting(meeting_id)) == before

    clean = answer_warning(monkeypatch, QMessageBox.StandardButton.No)
    decisions.text.setText("Voorlichting op alle scholen.")
    decisions.add()
    assert clean == [] and len(demo_store.decisions.for_meeting(meeting_id)) == before + 1


# --- 6. the one date field -----------------------------------------------------------------------------------
def test_date_edit_optional_value_typed_text_and_long_format(qtbot):
    field = DateEdit("Einddatum", label="einddatum", optional=True, long_format=True)
    qtbot.addWidget(field)
    assert field.value() is None and field.text() == "—"
    field.setText("24-10-2024")
    assert field.value() == date(2024, 10, 24) and field.text() == "24 oktober 2024"
    field.setText("31-02-2025")
    with pytest.raises(DomainError, match="geen geldige einddatum"):
        field.value()
    field.set_date(None)
    assert field.value() is None
    required = DateEdit("Datum", date(2024, 1, 5))
    qtbot.addWidget(required)
    assert required.text() == "05-01-2024" and required.value() == date(2024, 1, 5)


# --- 9. save dialogs start in the documents folder -----------------------------------------------------------
def test_meeting_pdf_dialog_suggests_a_file_in_the_documents_folder(window, monkeypatch):
    page = window.show_page("meetings")
    asked: list[str] = []

    def fake(_parent, _title, suggestion, _filter):
        asked.append(suggestion)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert page.detail.export("minutes") is None
    assert Path(asked[0]).parent == documents_folder() and Path(asked[0]).name.startswith("verslag-")
    assert documents_folder().is_dir()


def test_an_empty_optional_date_can_be_typed_into_and_stays_empty_when_left(qtbot, optional_date_form):
    from datetime import date

    from PySide6.QtCore import Qt

    field, other = optional_date_form
    changes = []
    field.dateChanged.connect(changes.append)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert field.value() is None and changes == []  # tabbing through changes nothing
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "01062024")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == date(2024, 6, 1)


def test_optional_date_placeholder_keeps_arrow_changes_and_ignores_letters(qtbot, optional_date_form):
    from datetime import date, timedelta

    from PySide6.QtCore import Qt

    field, other = optional_date_form
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A)  # a letter is no date: the field stays empty
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert field.value() is None
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    step = 1 if date.today().day == 1 else -1  # within the month, whatever today is
    qtbot.keyClick(field, Qt.Key.Key_Up if step == 1 else Qt.Key.Key_Down)  # arrow keys choose a date too
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    assert field.value() == date.today() + timedelta(days=step)


@pytest.fixture
def optional_date_form(qtbot):
    """An empty optional date field and a line edit to move the focus to, in an active window."""
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from signaaltracker.ui.dates import DateEdit

    window = QWidget()
    layout = QVBoxLayout(window)
    field = DateEdit("Datum", optional=True)
    other = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield field, other  # the window stays referenced (and alive) while the test runs
