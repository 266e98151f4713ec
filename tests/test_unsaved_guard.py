"""Issue 14, points 1 and 3: forms show only their record's stored or edited values, refreshing lists never marks
a form edited, and one unsaved-changes guard (Opslaan / Niet opslaan / Annuleren, Annuleren the default) covers
page switches, record switches, "Nieuw…", closing the window and quitting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from signaaltracker.ui.main_window import MainWindow
from unsaved_helpers import answer_box

GUARD_BUTTONS = ["Opslaan", "Niet opslaan", "Annuleren"]


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)  # not qtbot.addWidget: its close would come before the discard below
    w.show()
    qtbot.waitExposed(w)
    yield w
    for page in w.pages.values():  # close the window without a question
        page.discard_changes()
    w.close()
    w.deleteLater()


def youth_for_christ_signal(store):
    org = next(o for o in store.organisations.list() if o.name.startswith("Youth for Christ"))
    group = next(g for g in store.age_groups.list() if g.label == "0-18")
    for signal in store.signals.list() if hasattr(store.signals, "list") else []:
        if signal.organisation_id == org.id and signal.age_group_id == group.id:
            return signal
    signal = store.signals.get(1)
    signal.organisation_id, signal.age_group_id = org.id, group.id
    return store.signals.update(signal)


def select(page, signal_id: int) -> None:
    row = page.model.row_of(signal_id)
    assert row >= 0
    page.table.selectionModel().select(
        page.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_visiting_another_page_keeps_the_selected_signal_as_stored(qtbot, window, demo_store):
    signal = youth_for_christ_signal(demo_store)
    page = window.show_page("signals")
    page.reload(keep_selection=False, select_id=signal.id)
    assert page.detail.form.signal_id == signal.id
    window.show_page("actions")
    window.show_page("signals")
    form = page.detail.form
    assert form.organisation.currentData() == signal.organisation_id
    assert form.age_group.currentData() == signal.age_group_id
    assert not page.detail.dirty
    assert not page.detail.save_button.isEnabled()
    assert not page.has_unsaved_changes()


def test_refreshing_lists_keeps_typed_edits(qtbot, window, demo_store):
    signal = youth_for_christ_signal(demo_store)
    page = window.show_page("signals")
    page.reload(keep_selection=False, select_id=signal.id)
    page.detail.form.summary.setPlainText("Getypt maar nog niet opgeslagen")
    assert page.has_unsaved_changes()
    page.refresh()
    assert page.detail.form.summary.toPlainText() == "Getypt maar nog niet opgeslagen"
    assert page.detail.form.organisation.currentData() == signal.organisation_id


def test_page_switch_with_unsaved_signal_asks_and_cancel_stays(qtbot, window, demo_store):
    signal = youth_for_christ_signal(demo_store)
    page = window.show_page("signals")
    page.reload(keep_selection=False, select_id=signal.id)
    page.detail.form.summary.setPlainText("Nieuwe tekst")
    seen = answer_box("Annuleren")
    window.show_page("actions")
    assert sorted(seen["buttons"]) == sorted(GUARD_BUTTONS)
    assert seen["default"] == "Annuleren"
    assert window.current_key() == "signals"
    assert window.stack.currentWidget() is page
    assert page.detail.form.summary.toPlainText() == "Nieuwe tekst"
    assert demo_store.signals.get(signal.id).summary == signal.summary


def test_page_switch_save_writes_the_edited_signal_only(qtbot, window, demo_store):
    signal = youth_for_christ_signal(demo_store)
    page = window.show_page("signals")
    page.reload(keep_selection=False, select_id=signal.id)
    page.detail.form.summary.setPlainText("Opgeslagen bij het wisselen van pagina")
    answer_box("Opslaan")
    window.show_page("actions")
    assert window.current_key() == "actions"
    stored = demo_store.signals.get(signal.id)
    assert stored.summary == "Opgeslagen bij het wisselen van pagina"
    assert stored.organisation_id == signal.organisation_id
    assert stored.age_group_id == signal.age_group_id


def test_record_switch_discard_and_cancel(qtbot, window, demo_store):
    signal = youth_for_christ_signal(demo_store)
    other = next(s for s in page_ids(window) if s != signal.id)
    page = window.show_page("signals")
    page.reload(keep_selection=False, select_id=signal.id)
    page.detail.form.summary.setPlainText("Wordt weggegooid")
    seen = answer_box("Annuleren")
    select(page, other)
    assert seen["default"] == "Annuleren"
    assert page.detail.form.signal_id == signal.id
    assert page.selected_ids() == [signal.id]
    answer_box("Niet opslaan")
    select(page, other)
    assert page.detail.form.signal_id == other
    assert demo_store.signals.get(signal.id).summary == signal.summary


def page_ids(window) -> list[int]:
    page = window.show_page("signals")
    return page.model.ids(range(min(5, page.model.rowCount())))


def test_new_signal_asks_first(qtbot, window, demo_store):
    signal = youth_for_christ_signal(demo_store)
    page = window.show_page("signals")
    page.reload(keep_selection=False, select_id=signal.id)
    page.detail.form.summary.setPlainText("Nog niet opgeslagen")
    answer_box("Annuleren")
    assert page.new_signal() is None
    assert page.detail.form.summary.toPlainText() == "Nog niet opgeslagen"


def test_closing_the_window_asks_and_cancel_keeps_it_open(qtbot, window, demo_store):
    signal = youth_for_christ_signal(demo_store)
    page = window.show_page("signals")
    page.reload(keep_selection=False, select_id=signal.id)
    page.detail.form.summary.setPlainText("Bijna kwijt")
    seen = answer_box("Annuleren")
    assert window.close() is False
    assert sorted(seen["buttons"]) == sorted(GUARD_BUTTONS)
    assert window.isVisible()
    answer_box("Opslaan")
    assert window.close() is True
    assert demo_store.signals.get(signal.id).summary == "Bijna kwijt"


# --- meetings: agenda-item notes and meeting notes ----------------------------------------------------
def meetings_page(window):
    page = window.show_page("meetings")
    assert page.detail.meeting_id is not None
    page.detail.tabs.setCurrentWidget(page.detail.agenda)
    return page


def test_agenda_item_notes_are_asked_about_when_switching_item(qtbot, window, demo_store):
    page = meetings_page(window)
    agenda = page.detail.agenda
    agenda.items.setCurrentRow(0)
    agenda.notes.setPlainText("Notitie bij het eerste punt")
    seen = answer_box("Annuleren")
    agenda.items.setCurrentRow(1)
    assert seen["default"] == "Annuleren"
    assert agenda.items.currentRow() == 0
    assert agenda.notes.toPlainText() == "Notitie bij het eerste punt"
    answer_box("Opslaan")
    agenda.items.setCurrentRow(1)
    assert agenda.items.currentRow() == 1
    stored = demo_store.meetings.get(page.detail.meeting_id)
    assert stored.agenda[0].notes == "Notitie bij het eerste punt"


def test_typed_notes_survive_a_tab_switch(qtbot, window):
    page = meetings_page(window)
    page.detail.agenda.notes.setPlainText("Nog niet opgeslagen")
    page.detail.tabs.setCurrentWidget(page.detail.notes)
    page.detail.notes.text.setPlainText("Overlegnotitie")
    page.detail.tabs.setCurrentWidget(page.detail.agenda)
    page.detail.tabs.setCurrentWidget(page.detail.notes)
    assert page.detail.agenda.notes.toPlainText() == "Nog niet opgeslagen"
    assert page.detail.notes.text.toPlainText() == "Overlegnotitie"


def test_meeting_notes_are_asked_about_when_switching_meeting(qtbot, window, demo_store):
    page = meetings_page(window)
    assert page.meetings.count() >= 2
    first = page.detail.meeting_id
    page.detail.tabs.setCurrentWidget(page.detail.notes)
    page.detail.notes.text.setPlainText("Notities die niet mogen verdwijnen")
    seen = answer_box("Annuleren")
    page.meetings.setCurrentRow(1)
    assert "notities bij het overleg" in seen["text"]
    assert page.detail.meeting_id == first
    assert page.detail.notes.text.toPlainText() == "Notities die niet mogen verdwijnen"
    answer_box("Opslaan")
    page.meetings.setCurrentRow(1)
    assert page.detail.meeting_id != first
    assert demo_store.meetings.get(first).notes == "Notities die niet mogen verdwijnen"


# --- the memo ------------------------------------------------------------------------------------------
def test_new_memo_and_closing_ask_about_a_typed_introduction(qtbot, window, demo_store):
    page = window.show_page("memo")
    page.editor.intro.setPlainText("Een zorgvuldig getypte inleiding")
    assert page.has_unsaved_changes()
    seen = answer_box("Annuleren")
    page.new_memo()
    assert seen["default"] == "Annuleren"
    assert page.editor.intro.toPlainText() == "Een zorgvuldig getypte inleiding"
    seen = answer_box("Annuleren")
    assert window.close() is False
    assert "memo" in seen["text"]
    answer_box("Opslaan")
    assert window.close() is True
    assert any(m.intro == "Een zorgvuldig getypte inleiding" for m in demo_store.memos.list())


def test_text_typed_into_the_date_field_is_asked_about_before_closing(qtbot, window, demo_store):
    """Typing that is not (yet) a date used to count as nothing: Ctrl+Q quit without asking and it was gone."""
    signal = youth_for_christ_signal(demo_store)
    page = window.show_page("signals")
    page.reload(keep_selection=False, select_id=signal.id)
    field = page.detail.form.observed_on
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), "volgende week")
    assert page.has_unsaved_changes()
    seen = answer_box("Annuleren")
    assert window.close() is False and sorted(seen["buttons"]) == sorted(GUARD_BUTTONS)
