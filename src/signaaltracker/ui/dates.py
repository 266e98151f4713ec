"""The one date field of the interface, and the QDate ↔ date conversions.

``DateEdit`` is a QDateEdit with a calendar pop-up that Tab leaves (instead of hopping day → month → year; type
'-' to go to the next part), shown as 24-10-2024 or, with ``long_format``, as "24 oktober 2024". An ``optional``
field can be empty: its lowest date stands for "no date" and shows "—".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from signaaltracker.domain.dates import parse_date, parse_optional_date
from signaaltracker.domain.errors import DomainError

NO_DATE = QDate(1900, 1, 1)  # the minimum of an optional field; shown as "—" and meaning "no date"
EARLIEST = QDate(1990, 1, 1)
LATEST = QDate(2100, 12, 31)
SHORT_FORMAT = "dd-MM-yyyy"
LONG_FORMAT = "d MMMM yyyy"
MONTH_FORMAT = "MMMM yyyy"
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QDateEdit):
    """A date field; ``value()`` gives a ``date`` (or None when optional and empty)."""

    def __init__(self, accessible_name: str = "", value: date | None = None, *, label: str = "",
                 optional: bool = False, long_format: bool = False, display_format: str | None = None,
                 minimum: QDate = EARLIEST, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label or accessible_name
        self.optional = optional
        self._typed_error: DomainError | None = None
        self.setLocale(DUTCH)  # month names are Dutch, as everywhere in the app and the PDFs
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format or (LONG_FORMAT if long_format else SHORT_FORMAT))
        self.setMinimumDate(NO_DATE if optional else minimum)
        self.setMaximumDate(LATEST)
        if optional:
            self.setSpecialValueText("—")
        if accessible_name:
            self.setAccessibleName(accessible_name)
        self.set_date(value if value is not None or optional else date.today())
        self.dateChanged.connect(self._date_changed)
        self._placeholder = False  # an empty optional field shows today while focused, until something is typed
        if optional:
            self.calendarWidget().installEventFilter(self)

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)

    # An empty optional field ("—") cannot be typed into and its calendar would open in January 1900: while it has
    # the focus it shows today's date (without reporting a change), so digits can be typed over it; when the focus
    # leaves without any edit it is empty again.
    def focusInEvent(self, event) -> None:
        was_empty = self.is_empty()
        if was_empty:
            self._show_placeholder(QDate.currentDate())
        super().focusInEvent(event)
        if was_empty:
            self.setSelectedSection(QDateEdit.Section.DaySection)  # typing starts with the day

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if self._placeholder and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._show_placeholder(NO_DATE)  # left untouched: empty again (the calendar pop-up is not leaving)
            self._placeholder = False

    def keyPressEvent(self, event) -> None:
        if self._placeholder and event.text().isdigit():  # typing a date, even today's, makes it the value
            self._placeholder = False
            self.dateChanged.emit(self.date())
        super().keyPressEvent(event)

    def _show_placeholder(self, value: QDate) -> None:
        self.blockSignals(True)
        self.setDate(value)
        self.blockSignals(False)
        self._placeholder = value != NO_DATE

    def _date_changed(self) -> None:
        """Any real change (typed, arrow keys, wheel, calendar, code) makes the shown date the value."""
        self._placeholder = False
        self._typed_error = None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def is_empty(self) -> bool:
        return self.optional and (self.date() == NO_DATE or self._placeholder)

    def set_date(self, value: date | None) -> None:
        self._typed_error = None
        self._placeholder = False
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(to_qdate(value))

    def value(self) -> date | None:
        """The date shown; DomainError with a Dutch sentence for a refused typed text (see ``setText``)."""
        if self._typed_error is not None:
            raise self._typed_error
        return None if self.is_empty() else to_pydate(self.date())

    def setText(self, text: str) -> None:
        """Take a date written as 24-10-2024 or "24 oktober 2024" (empty for no date in an optional field)."""
        try:
            parsed = parse_optional_date(text, self.label) if self.optional else parse_date(text, self.label)
        except DomainError as exc:
            self._typed_error = exc
            return
        self.set_date(parsed)


