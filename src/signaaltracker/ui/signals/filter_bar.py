"""The filter bar over the signals table: period, six multiple-choice filters, the search field and the count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from signaaltracker.domain.enums import Setting, SharingLevel, SignalStatus
from signaaltracker.store import Store
from signaaltracker.store.signals import SignalFilter
from signaaltracker.ui.enum_labels import enum_label
from signaaltracker.ui.i18n import tr

NO_DATE = QDate(1990, 1, 1)  # the minimum of the period fields; shown as "—" and meaning "no bound"
SEARCH_DELAY_MS = 120  # typing is coalesced briefly; one query per pause, not per key at full speed


class MultiChoiceButton(QToolButton):
    """A button with a menu of checkable choices; none checked means "all"."""

    changed = Signal()

    def __init__(self, noun_all: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun_all = noun_all
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.setAccessibleName(tr("Filter: {what}").format(what=noun_all))
        self._actions: list[QAction] = []
        self._update_text()

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        chosen = set(self.values())
        self.menu().clear()
        self._actions = []
        for value, label in choices:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setData(value)
            action.setChecked(value in chosen)
            action.toggled.connect(self._toggled)
            self.menu().addAction(action)
            self._actions.append(action)
        self._update_text()

    def values(self) -> list:
        return [a.data() for a in self._actions if a.isChecked()]

    def set_values(self, values: list) -> None:
        wanted = set(values)
        for action in self._actions:
            action.blockSignals(True)
            action.setChecked(action.data() in wanted)
            action.blockSignals(False)
        self._update_text()

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        labels = [a.text() for a in self._actions if a.isChecked()]
        if not labels:
            text = self.noun_all
        elif len(labels) <= 2:
            text = ", ".join(labels)
        else:
            text = f"{labels[0]} +{len(labels) - 1}"
        self.setText(text)
        self.setToolTip(", ".join(labels) or self.noun_all)


def _date_field(name: str) -> QDateEdit:
    field = QDateEdit()
    field.setDisplayFormat("dd-MM-yyyy")
    field.setCalendarPopup(True)
    field.setMinimumDate(NO_DATE)
    field.setMaximumDate(QDate(2100, 12, 31))
    field.setSpecialValueText("—")
    field.setDate(NO_DATE)
    field.setAccessibleName(name)
    return field


class FilterBar(QWidget):
    """Emits ``changed`` whenever the filter it describes changes (the search field after a short pause)."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.date_from = _date_field(tr("Waargenomen vanaf"))
        self.date_to = _date_field(tr("Waargenomen tot en met"))
        self.organisations = MultiChoiceButton(tr("Alle organisaties"))
        self.themes = MultiChoiceButton(tr("Alle thema's"))
        self.age_groups = MultiChoiceButton(tr("Alle leeftijden"))
        self.settings = MultiChoiceButton(tr("Alle settings"))
        self.statuses = MultiChoiceButton(tr("Alle statussen"))
        self.sharing = MultiChoiceButton(tr("Alle deelniveaus"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Zoeken in samenvattingen (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Zoeken in samenvattingen"))
        self.search.setMaxLength(10_000)
        self.clear_button = QPushButton(tr("Filters &wissen"))
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Aantal gevonden signalen"))
        self.count_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        period = QHBoxLayout()
        period.addWidget(QLabel(tr("&Periode:")))
        period.itemAt(0).widget().setBuddy(self.date_from)
        period.addWidget(self.date_from)
        period.addWidget(QLabel("t/m"))
        period.addWidget(self.date_to)
        row = QHBoxLayout()
        row.addLayout(period)
        for button in self.choice_buttons():
            row.addWidget(button)
        row.addStretch(1)
        grid.addLayout(row, 0, 0, 1, 3)
        search_label = QLabel(tr("&Zoeken:"))
        search_label.setBuddy(self.search)
        grid.addWidget(search_label, 1, 0)
        grid.addWidget(self.search, 1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.count_label)
        grid.addLayout(bottom, 1, 2)
        grid.setColumnStretch(1, 1)

        for field in (self.date_from, self.date_to):
            field.dateChanged.connect(self.changed)
        for button in self.choice_buttons():
            button.changed.connect(self.changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.clear_button.clicked.connect(self.clear)
        self.reload_choices()

    def choice_buttons(self) -> list[MultiChoiceButton]:
        return [self.organisations, self.themes, self.age_groups, self.settings, self.statuses, self.sharing]

    def reload_choices(self) -> None:
        """Re-read organisations, themes and age groups (they are configurable)."""
        self.organisations.set_choices([(o.id, o.name) for o in self.store.organisations.list()])
        self.themes.set_choices([(t.id, t.name) for t in self.store.themes.list() if t.merged_into_id is None])
        self.age_groups.set_choices([(a.id, a.label) for a in self.store.age_groups.list()])
        self.settings.set_choices([(s.value, enum_label(s)) for s in Setting])
        self.statuses.set_choices([(s.value, enum_label(s)) for s in SignalStatus])
        self.sharing.set_choices([(s.value, enum_label(s)) for s in SharingLevel])

    def search_now(self) -> None:
        """Apply a pending search at once (Enter in the search field, tests, benchmarks)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self.changed.emit()

    @staticmethod
    def _day(field: QDateEdit) -> date | None:
        value = field.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def current(self) -> SignalFilter:
        return SignalFilter(
            date_from=self._day(self.date_from), date_to=self._day(self.date_to),
            organisation_ids=self.organisations.values(), theme_ids=self.themes.values(),
            age_group_ids=self.age_groups.values(), settings=self.settings.values(),
            statuses=self.statuses.values(), sharing_levels=self.sharing.values(), text=self.search.text(),
        )

    def set_filter(self, flt: SignalFilter, emit: bool = True) -> None:
        blockers = [QSignalBlocker(w) for w in (self.date_from, self.date_to, self.search, *self.choice_buttons())]
        for field, value in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
            field.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        self.organisations.set_values(flt.organisation_ids)
        self.themes.set_values(flt.theme_ids)
        self.age_groups.set_values(flt.age_group_ids)
        self.settings.set_values(flt.settings)
        self.statuses.set_values(flt.statuses)
        self.sharing.set_values(flt.sharing_levels)
        self.search.setText(flt.text)
        for blocker in blockers:
            blocker.unblock()
        if emit:
            self.changed.emit()

    def clear(self) -> None:
        self.set_filter(SignalFilter())

    def show_count(self, total: int) -> None:
        text = tr("{count} signaal") if total == 1 else tr("{count} signalen")
        self.count_label.setText(text.format(count=f"{total:,}".replace(",", ".")))
