"""The one date field of the interface, and the QDate ↔ date conversions.

``DateEdit`` is a QDateEdit with a calendar pop-up that Tab leaves (instead of hopping day → month → year), shown
as 24-10-2024 or, with ``long_format``, as "24 oktober 2024". Typing is free text, read when the field is left or
Enter is pressed, the way a Dutch user writes a date: 5-11-2026, 05112026, 5 nov 2026, 24 oktober 2024. A typed
date is never silently replaced: text that is no date, or a date outside the field's range, stays as typed, the
field turns red with the Dutch reason (``problem`` signal, tooltip) and ``value()`` raises it. An ``optional``
field can be empty: its lowest date stands for "no date" and shows "—".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QLineEdit, QToolTip, QWidget

from signaaltracker.domain.dates import format_date_nl, parse_date, parse_optional_date
from signaaltracker.domain.errors import DomainError
from signaaltracker.ui.i18n import tr

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

    problem = Signal(str)  # a typed text was refused: the Dutch reason (empty again once the field is right)

    def __init__(
        self,
        accessible_name: str = "",
        value: date | None = None,
        *,
        label: str = "",
        optional: bool = False,
        long_format: bool = False,
        display_format: str | None = None,
        minimum: QDate = EARLIEST,
        parent: QWidget | None = None,
    ) -> None:
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
        self._refused_text: str | None = None
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
        if self._free_typing() and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.lineEdit().selectAll()  # typing replaces the whole date
        elif was_empty:
            self.setSelectedSection(QDateEdit.Section.DaySection)  # typing starts with the day

    # --- free typing ----------------------------------------------------------------------------
    def _free_typing(self) -> bool:
        return "d" in self.displayFormat()  # a month field ("maart 2024") keeps Qt's own sections

    def _read_typed(self, text: str) -> QDate:
        """The date in ``text``; DomainError with the Dutch reason when it is no date or out of range."""
        field = (self.label or tr("datum")).lower()
        typed = parse_date(text, field)
        value = to_qdate(typed)
        lowest = EARLIEST if self.optional else self.minimumDate()
        if value > self.maximumDate():
            raise DomainError(
                tr("{date} ligt te ver vooruit: de {field} mag niet na {latest} liggen.").format(
                    date=format_date_nl(typed), field=field, latest=format_date_nl(to_pydate(self.maximumDate()))
                ),
                field,
            )
        if value < lowest:
            raise DomainError(
                tr("{date} ligt te ver terug: de {field} mag niet voor {earliest} liggen.").format(
                    date=format_date_nl(typed), field=field, earliest=format_date_nl(to_pydate(lowest))
                ),
                field,
            )
        return value

    def validate(self, text: str, pos: int) -> object:
        if not self._free_typing():
            return super().validate(text, pos)
        if self.optional and text.strip() in ("", "—"):
            return QValidator.State.Acceptable, text, pos
        try:
            self._read_typed(text)
        except DomainError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        if not self._free_typing():
            return super().dateTimeFromText(text)
        if self.optional and text.strip() in ("", "—"):
            return QDateTime(NO_DATE, self.time())
        try:
            return QDateTime(self._read_typed(text), self.time())
        except DomainError:
            return self.dateTime()

    def _check_typed(self) -> None:
        """Called when the field is left or Enter pressed: a refused text stays, with its reason shown."""
        text = self.lineEdit().text()
        if not self._free_typing() or self._placeholder or (self.optional and text.strip() in ("", "—")):
            return  # (a placeholder left without a digit typed stays empty)
        try:
            self._read_typed(text)
        except DomainError as exc:
            self._show_problem(exc, text)
            return
        self._clear_problem()

    def _show_problem(self, exc: DomainError, text: str) -> None:
        self._typed_error = exc
        self.setStyleSheet("QDateEdit { border: 2px solid #b00020; }")
        self.setToolTip(exc.message)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), exc.message, self)
        self._refused_text = text
        self.problem.emit(exc.message)
        form_error = self._form_error()
        if form_error is not None:
            form_error.setText(exc.message)

    def _form_error(self):
        """The error label of the form or dialog this field sits in (an ``error`` QLabel), if any."""
        from PySide6.QtWidgets import QLabel

        widget = self.parentWidget()
        while widget is not None:
            label = getattr(widget, "error", None)
            if isinstance(label, QLabel):
                return label
            widget = widget.parentWidget()
        return None

    def _clear_problem(self) -> None:
        if getattr(self, "_refused_text", None) is not None or self._typed_error is not None:
            self._typed_error = None
            self._refused_text = None
            self.setStyleSheet("")
            self.setToolTip("")
            self.problem.emit("")

    def focusOutEvent(self, event) -> None:
        self._check_typed()
        refused = getattr(self, "_refused_text", None)
        super().focusOutEvent(event)
        if refused is not None and self.lineEdit().text() != refused:
            self.lineEdit().setText(refused)  # Qt put the previous date back: show what was typed, and why not
        if self._placeholder and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._show_placeholder(NO_DATE)  # left untouched: empty again (the calendar pop-up is not leaving)
            self._placeholder = False

    def keyPressEvent(self, event) -> None:
        if self._placeholder and event.text().isdigit():  # typing a date, even today's, makes it the value
            self._placeholder = False
            self.dateChanged.emit(self.date())
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._check_typed()
        steps = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        if event.key() in steps and self.lineEdit().selectedText() == self.lineEdit().text():
            self.setCurrentSection(QDateEdit.Section.DaySection)  # whole date selected: the arrows step days
        text = event.text()
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if self._free_typing() and plain and text and text.isprintable():
            QLineEdit.keyPressEvent(self.lineEdit(), event)  # free text, not Qt's day/month/year sections
            return
        super().keyPressEvent(event)

    def _show_placeholder(self, value: QDate) -> None:
        self.blockSignals(True)
        self.setDate(value)
        self.blockSignals(False)
        self._placeholder = value != NO_DATE

    def _date_changed(self) -> None:
        """Any real change (typed, arrow keys, wheel, calendar, code) makes the shown date the value."""
        self._placeholder = False
        self._clear_problem()
        self._typed_error = None

    def eventFilter(self, watched, event) -> bool:
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def is_empty(self) -> bool:
        return self.optional and (self.date() == NO_DATE or self._placeholder)

    def set_date(self, value: date | None) -> None:
        self._clear_problem()
        self._typed_error = None
        self._placeholder = False
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(to_qdate(value))

    def value(self) -> date | None:
        """The date shown; DomainError with a Dutch sentence for a refused typed text (see ``setText``)."""
        if self.hasFocus():
            self._check_typed()  # saved with Ctrl+Enter while still typing
            if self._typed_error is None and self._free_typing():
                self.interpretText()
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
