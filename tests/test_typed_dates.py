"""Issue 14, point 2: a date field takes what a Dutch user types (5-11-2026, 05112026, 5 nov 2026), never replaces
a typed date silently (out of range: the text stays, with the reason at the field), and a meeting more than two
years ahead is confirmed first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from signaaltracker.domain.dates import MONTHS_NL, format_date_nl
from signaaltracker.domain.errors import DomainError
from signaaltracker.ui.dates import DateEdit
from signaaltracker.ui.pages.meetings_page import NewMeetingDialog, far_ahead
from unsaved_helpers import answer_box

TODAY = date.today()
EARLIER = TODAY - timedelta(days=27)


@pytest.fixture
def field(qtbot):
    holder = QWidget()
    layout = QVBoxLayout(holder)
    edit = DateEdit("Datum van waarneming")
    edit.setMaximumDate(QDate.currentDate())  # as in the signal form: not after today
    other = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(other)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    yield edit, other
    holder.close()


def type_into(qtbot, edit: DateEdit, other: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, text)
    other.setFocus()  # leave the field


@pytest.mark.parametrize(
    "typed",
    [
        f"{EARLIER.day}-{EARLIER.month}-{EARLIER.year}",
        f"{EARLIER:%d%m%Y}",
        f"{EARLIER.day} {MONTHS_NL[EARLIER.month - 1][:3]} {EARLIER.year}",
        f"{EARLIER:%d-%m-%Y}",
    ],
)
def test_dutch_ways_of_typing_a_date(qtbot, field, typed):
    edit, other = field
    edit.set_date(TODAY)
    type_into(qtbot, edit, other, typed)
    assert edit.value() == EARLIER
    assert edit.lineEdit().text() == f"{EARLIER:%d-%m-%Y}"


def test_a_minus_sign_is_text_not_a_jump(qtbot, field):
    edit, _other = field
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "05-1")
    assert edit.lineEdit().text() == "05-1"


def test_a_date_after_today_is_refused_at_the_field_and_kept_as_typed(qtbot, field):
    edit, other = field
    edit.set_date(EARLIER)
    tomorrow = TODAY + timedelta(days=1)
    problems = []
    edit.problem.connect(problems.append)
    type_into(qtbot, edit, other, f"{tomorrow:%d-%m-%Y}")
    assert edit.lineEdit().text() == f"{tomorrow:%d-%m-%Y}"
    assert problems and format_date_nl(TODAY) in problems[-1]
    assert edit.toolTip() == problems[-1]
    with pytest.raises(DomainError) as caught:
        edit.value()
    assert "mag niet na" in caught.value.message
    type_into(qtbot, edit, other, "nonsens")
    with pytest.raises(DomainError):
        edit.value()
    type_into(qtbot, edit, other, f"{EARLIER:%d-%m-%Y}")
    assert edit.value() == EARLIER
    assert edit.toolTip() == "" and problems[-1] == ""


def test_new_meeting_long_format_takes_typed_dates(qtbot, demo_store):
    structure = demo_store.structures.list()[0]
    dialog = NewMeetingDialog(demo_store, structure.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wanted = TODAY + timedelta(days=60)
    dialog.date.setFocus()
    dialog.date.lineEdit().selectAll()
    qtbot.keyClicks(dialog.date, f"{wanted:%d-%m-%Y}")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.date.value() == wanted
    assert dialog.date.lineEdit().text() == format_date_nl(wanted)


def test_a_meeting_more_than_two_years_ahead_is_confirmed_first(qtbot, demo_store):
    structure = demo_store.structures.list()[0]
    before = len(demo_store.meetings.for_structure(structure.id))
    far = far_ahead(TODAY) + timedelta(days=1)
    dialog = NewMeetingDialog(demo_store, structure.id)
    qtbot.addWidget(dialog)
    dialog.date.set_date(far)
    seen = answer_box("Annuleren")
    dialog.accept()
    assert "twee jaar" in seen["text"]
    assert "niet aangemaakt" in dialog.error.text()
    assert len(demo_store.meetings.for_structure(structure.id)) == before
    answer_box("Ja, deze datum")
    dialog.accept()
    assert dialog.saved is not None and dialog.saved.held_on == far
    near = NewMeetingDialog(demo_store, structure.id)
    qtbot.addWidget(near)
    near.date.set_date(TODAY + timedelta(days=42))
    near.accept()  # no question for an ordinary date
    assert near.saved is not None
