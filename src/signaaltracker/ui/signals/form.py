"""The signal form, used both in the "Nieuw signaal" dialog and in the detail pane (edit in place).

Fields in tab order: observed on, organisation, themes, age group, setting, source, summary, trend, sharing
level, status, notes. ``build()`` returns a validated Signal or shows the Dutch error at the field.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from signaaltracker.domain.enums import Setting, SharingLevel, SignalStatus, SourceKind, Trend
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.privacy import Finding
from signaaltracker.domain.signals import MAX_SUMMARY
from signaaltracker.domain.signals import Signal as SignalRecord
from signaaltracker.store import Store
from signaaltracker.ui.dates import DateEdit, to_qdate
from signaaltracker.ui.i18n import number, tr
from signaaltracker.ui.signals.theme_edit import ThemeEdit
from signaaltracker.ui.widgets import MessageLabel, enum_combo

HIGHLIGHT = QColor("#ffd54f")


def _compact(combo: QComboBox) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


class LimitedTextEdit(QPlainTextEdit):
    """A text box that refuses a paste or drop that would make it longer than ``MAX_SUMMARY`` characters."""

    refused = Signal(str)

    def insertFromMimeData(self, source) -> None:
        incoming = source.text() if source.hasText() else ""
        selected = len(self.textCursor().selectedText())
        if len(self.toPlainText()) - selected + len(incoming) > MAX_SUMMARY:
            self.refused.emit(
                tr(
                    "Deze tekst is te lang om te plakken ({count} tekens); een samenvatting mag hoogstens "
                    "{limit} tekens hebben. Vat de tekst samen."
                ).format(count=number(len(incoming)), limit=number(MAX_SUMMARY))
            )
            return
        super().insertFromMimeData(source)


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = LimitedTextEdit()
    box.setTabChangesFocus(True)
    box.setAccessibleName(name)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class SignalForm(QWidget):
    """Edits one signal. ``edited`` fires on any change the user makes."""

    edited = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.signal_id: int | None = None
        self.observed_on = DateEdit(tr("Datum van waarneming"))
        self.organisation = QComboBox()
        self.organisation.setAccessibleName(tr("Organisatie die het signaal meldde"))
        self.themes = ThemeEdit()
        self.age_group = QComboBox()
        self.age_group.setAccessibleName(tr("Leeftijdsgroep"))
        _compact(self.organisation)
        _compact(self.age_group)
        self.setting = enum_combo(Setting, accessible_name=tr("Setting"))
        self.source_kind = enum_combo(SourceKind, accessible_name=tr("Soort bron"))
        self.summary = _text_box(tr("Samenvatting"), 5)
        self.trend = enum_combo(Trend, accessible_name=tr("Trend"))
        self.sharing_level = enum_combo(SharingLevel, accessible_name=tr("Deelniveau"))
        self.status = enum_combo(SignalStatus, accessible_name=tr("Status"))
        self.notes = _text_box(tr("Notities"), 2)
        for combo in (self.setting, self.source_kind, self.trend, self.sharing_level, self.status):
            _compact(combo)
        self.error = MessageLabel(tr("Foutmelding"), assertive=True)
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for label, widget in self.rows():
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        form.addRow(self.error)
        order = [w for _l, w in self.rows()]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.observed_on.dateChanged.connect(self.edited)
        # text typed into the date field counts before it is a date (else closing would drop it unasked)
        self.observed_on.lineEdit().textEdited.connect(self.edited)
        for combo in (
            self.organisation,
            self.age_group,
            self.setting,
            self.source_kind,
            self.trend,
            self.sharing_level,
            self.status,
        ):
            combo.currentIndexChanged.connect(self.edited)
        self.themes.textEdited.connect(self.edited)
        self.summary.refused.connect(self.error.setText)
        self.notes.refused.connect(self.error.setText)
        self.summary.textChanged.connect(self._text_changed)
        self.notes.textChanged.connect(self._text_changed)
        self.reload_choices()

    def rows(self) -> list[tuple[str, QWidget]]:
        return [
            (tr("&Waargenomen op:"), self.observed_on),
            (tr("&Organisatie:"), self.organisation),
            (tr("&Thema's:"), self.themes),
            (tr("&Leeftijd:"), self.age_group),
            (tr("Se&tting:"), self.setting),
            (tr("Soort &bron:"), self.source_kind),
            (tr("&Samenvatting:"), self.summary),
            (tr("T&rend:"), self.trend),
            (tr("&Delen met:"), self.sharing_level),
            (tr("Stat&us:"), self.status),
            (tr("&Notities:"), self.notes),
        ]

    def reload_choices(self) -> None:
        """Refill the lists from the registers. What the form shows (stored or typed) stays as it was, and
        nothing here counts as an edit."""
        organisation, age_group = self.organisation.currentData(), self.age_group.currentData()
        themes = self.themes.text()
        blocked = [w.blockSignals(True) for w in (self, self.organisation, self.age_group, self.themes)]
        try:
            self.organisation.clear()
            for org in self.store.organisations.list():
                if org.active or org.id == organisation:  # an inactive organisation stays shown
                    self.organisation.addItem(org.name, org.id)
            self.age_group.clear()
            self.age_group.addItem(tr("onbekend"), None)
            for group in self.store.age_groups.list():
                self.age_group.addItem(group.label, group.id)
            self.themes.set_themes([(t.id, t.name) for t in self.store.themes.list() if t.merged_into_id is None])
            if organisation is not None:
                _select(self.organisation, organisation)
            _select(self.age_group, age_group)
            self.themes.setText(themes)
        finally:
            for widget, was in zip((self, self.organisation, self.age_group, self.themes), blocked, strict=True):
                widget.blockSignals(was)

    # --- filling -------------------------------------------------------------------------------
    def set_defaults(self) -> None:
        """A new signal: observed today, the organisation of the last signal recorded."""
        self.signal_id = None
        self.observed_on.setMaximumDate(QDate.currentDate())
        self.observed_on.set_date(date.today())
        last = self.store.signals.last_organisation_id()
        if last is not None:
            _select(self.organisation, last)
        self.themes.clear()
        self.age_group.setCurrentIndex(0)
        for combo, value in (
            (self.setting, Setting.OTHER),
            (self.source_kind, SourceKind.OWN_OBSERVATION),
            (self.trend, Trend.UNKNOWN),
            (self.sharing_level, SharingLevel.OVERLEG),
            (self.status, SignalStatus.NEW),
        ):
            _select(combo, value.value)
        self.summary.clear()
        self.notes.clear()
        self.error.clear()

    def load(self, signal: SignalRecord) -> None:
        self.signal_id = signal.id
        # A stored date after today (written elsewhere) is shown as it is, so it can be seen and corrected.
        self.observed_on.setMaximumDate(max(QDate.currentDate(), to_qdate(signal.observed_on)))
        self.observed_on.set_date(signal.observed_on)
        if self.organisation.findData(signal.organisation_id) < 0:  # an inactive organisation stays shown
            org = self.store.organisations.get(signal.organisation_id)
            self.organisation.addItem(org.name, org.id)
        _select(self.organisation, signal.organisation_id)
        self.themes.set_theme_ids(signal.theme_ids)
        _select(self.age_group, signal.age_group_id)
        for combo, value in (
            (self.setting, signal.setting),
            (self.source_kind, signal.source_kind),
            (self.trend, signal.trend),
            (self.sharing_level, signal.sharing_level),
            (self.status, signal.status),
        ):
            _select(combo, value.value)
        self.summary.setPlainText(signal.summary)
        self.notes.setPlainText(signal.notes)
        self.error.clear()
        self.summary.setExtraSelections([])

    def has_typed_text(self) -> bool:
        return bool(self.summary.toPlainText().strip() or self.notes.toPlainText().strip() or self.themes.text())

    # --- reading -------------------------------------------------------------------------------
    def build(self) -> SignalRecord | None:
        """The signal as filled in, or None after showing why not (focus goes to the field at fault)."""
        fields = {
            "datum van waarneming": self.observed_on,
            "organisatie": self.organisation,
            "thema": self.themes,
            "een samenvatting": self.summary,
            "notities": self.notes,
        }
        try:
            signal = SignalRecord(
                observed_on=self.observed_on.value(),
                organisation_id=self.organisation.currentData(),
                summary=self.summary.toPlainText(),
                theme_ids=self.themes.theme_ids(),
                age_group_id=self.age_group.currentData(),
                setting=self.setting.currentData(),
                source_kind=self.source_kind.currentData(),
                trend=self.trend.currentData(),
                sharing_level=self.sharing_level.currentData(),
                status=self.status.currentData(),
                notes=self.notes.toPlainText(),
                id=self.signal_id,
            )
        except DomainError as exc:
            self.error.setText(exc.message)
            widget = fields.get(exc.field or "") or fields.get((exc.field or "").lower())
            if widget is not None:
                widget.setFocus()
            return None
        self.error.clear()
        return signal

    def screened_text(self) -> list[tuple[str, QPlainTextEdit]]:
        return [("summary", self.summary), ("notes", self.notes)]

    def highlight(self, findings: dict[str, list[Finding]]) -> None:
        """Mark each finding in its text box (yellow background)."""
        for name, box in self.screened_text():
            selections = []
            text = box.toPlainText()

            def utf16(index: int, text: str = text) -> int:  # Qt counts UTF-16 units, Python code points
                return len(text[:index].encode("utf-16-le")) // 2

            for finding in findings.get(name, []):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(box.document())
                cursor.setPosition(utf16(finding.start))
                cursor.setPosition(utf16(finding.end), QTextCursor.MoveMode.KeepAnchor)
                fmt = QTextCharFormat()
                fmt.setBackground(HIGHLIGHT)
                fmt.setToolTip(finding.label)
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
            box.setExtraSelections(selections)

    def _text_changed(self) -> None:
        for _name, box in self.screened_text():
            if box.extraSelections():
                box.setExtraSelections([])
        self.edited.emit()

    def focus_first(self) -> None:
        self.observed_on.setFocus(Qt.FocusReason.OtherFocusReason)
