"""Issue 14, point 6: agenda items can be added (before Rondvraag), renamed, deleted with undo, moved up and
down (keyboard too), and any signal can be put on a meeting's agenda."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from signaaltracker.domain.enums import SharingLevel
from signaaltracker.domain.meeting_cycle import new_item_position
from signaaltracker.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    w.show()
    qtbot.waitExposed(w)
    yield w
    for page in w.pages.values():
        page.discard_changes()
    w.close()
    w.deleteLater()


@pytest.fixture
def agenda(window):
    page = window.show_page("meetings")
    page.detail.tabs.setCurrentWidget(page.detail.agenda)
    return page.detail.agenda


def titles(store, meeting_id: int) -> list[str]:
    return [item.title for item in store.meetings.get(meeting_id).agenda]


def test_new_item_position_is_before_the_closing_items():
    assert new_item_position(["Opening", "Signalen", "Rondvraag"]) == 2
    assert new_item_position(["Opening", "Rondvraag", "Sluiting"]) == 1
    assert new_item_position(["Opening"]) == 1
    assert new_item_position([]) == 0


def test_a_new_item_lands_before_rondvraag(agenda, demo_store):
    assert titles(demo_store, agenda.meeting.id)[-1] == "Rondvraag"
    agenda.new_title.setText("Cannabis bij de skatebaan")
    agenda.new_title.returnPressed.emit()
    stored = titles(demo_store, agenda.meeting.id)
    assert stored[-2:] == ["Cannabis bij de skatebaan", "Rondvraag"]
    assert agenda.items.currentItem().text() == "Cannabis bij de skatebaan"


def test_rename_delete_undo_and_an_empty_title_is_refused(agenda, demo_store):
    meeting_id = agenda.meeting.id
    before = titles(demo_store, meeting_id)
    agenda.items.setCurrentRow(1)
    assert agenda.rename_item("Nieuwe signalen en trends")
    assert titles(demo_store, meeting_id)[1] == "Nieuwe signalen en trends"
    assert not agenda.rename_item("   ")
    assert titles(demo_store, meeting_id)[1] == "Nieuwe signalen en trends"
    agenda.notes.setPlainText("Notitie die mee moet terugkomen")
    assert agenda.save_notes()
    agenda.items.setCurrentRow(1)
    assert agenda.delete_item()
    assert "Nieuwe signalen en trends" not in titles(demo_store, meeting_id)
    assert agenda.undo_link.isVisible()
    assert agenda.undo_delete()
    restored = demo_store.meetings.get(meeting_id).agenda[1]
    assert (restored.title, restored.notes) == ("Nieuwe signalen en trends", "Notitie die mee moet terugkomen")
    assert len(titles(demo_store, meeting_id)) == len(before)


def test_items_move_with_the_keyboard(qtbot, agenda, demo_store):
    meeting_id = agenda.meeting.id
    before = titles(demo_store, meeting_id)
    agenda.items.setFocus()
    agenda.items.setCurrentRow(0)
    qtbot.keyClick(agenda.items, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(demo_store, meeting_id)[:2] == [before[1], before[0]]
    assert agenda.items.currentRow() == 1
    qtbot.keyClick(agenda.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(demo_store, meeting_id) == before
    agenda.items.setCurrentRow(0)
    qtbot.keyClick(agenda.items, Qt.Key.Key_Delete)
    assert titles(demo_store, meeting_id) == before[1:]
    qtbot.keyClick(agenda.items, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(demo_store, meeting_id) == before
    # A plain key last: Qt keeps the modifiers of the last key event, and a Ctrl left "held" would make later
    # tests' row selections toggle instead of select.
    qtbot.keyClick(agenda.items, Qt.Key.Key_Home)


def test_any_signal_can_be_put_on_an_agenda_but_never_a_confidential_one(window, demo_store):
    page = window.show_page("signals")
    meeting_id = page.agenda_choices()[-1][0]
    shareable = next(s for s in demo_store.signals.list() if s.sharing_level is not SharingLevel.VERTROUWELIJK)
    page.reload(keep_selection=False, select_id=shareable.id)
    assert page.put_on_agenda(meeting_id)
    stored = titles(demo_store, meeting_id)
    assert stored[-1] == "Rondvraag"
    assert stored[-2].startswith("Signaal van ") and shareable.first_line.strip()[:30] in stored[-2]
    assert not page.put_on_agenda(meeting_id)  # not twice
    secret = shareable
    secret.sharing_level = SharingLevel.VERTROUWELIJK
    demo_store.signals.update(secret)
    page.reload(keep_selection=False, select_id=secret.id)
    page.table.selectionModel().select(
        page.model.index(page.model.row_of(secret.id), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    count = len(titles(demo_store, meeting_id))
    assert not page.put_on_agenda(meeting_id)
    assert "vertrouwelijk" in page.message.text()
    assert len(titles(demo_store, meeting_id)) == count


def test_a_signal_already_listed_under_new_signals_is_not_put_on_twice(window, demo_store):
    page = window.show_page("signals")
    meeting_id, listed = next(
        (choice_id, agenda.new_signals[0])
        for choice_id, _text in page.agenda_choices()
        if (agenda := demo_store.cycle.agenda(choice_id)).new_signals
        and agenda.new_signals[0].sharing_level is not SharingLevel.VERTROUWELIJK
    )
    before = titles(demo_store, meeting_id)
    page.reload(keep_selection=False, select_id=listed.id)
    assert not page.put_on_agenda(meeting_id)
    assert "Nieuwe signalen" in page.message.text()
    assert titles(demo_store, meeting_id) == before
