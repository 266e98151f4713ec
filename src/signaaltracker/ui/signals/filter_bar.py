"""The filter bar over the signals table: period, six multiple-choice filters, the search field and the count."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
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
from signaaltracker.ui.dates import DateEdit
from signaaltracker.ui.enum_labels import enum_label
from signaaltracker.ui.i18n import tr

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


def _date_field(name: str) -> DateEdit:
    return DateEdit(name, label=name, optional=True)


class FilterBar(QWidget):
    """Emits ``changed`` whenever the filter it describes changes (the search field after a short pause), and
    ``notice(text)`` when it corrected the period (a "van" date after the "t/m" date: the two are swapped)."""

    changed = Signal()
    notice = Signal(str)

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
        self.count_label.setAccessibleDescription(tr("Aantal gevonden signalen"))
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
        period.addWidget(QLabel(tr("t/m")))
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
            field.dateChanged.connect(self._period_changed)
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

    def cancel_pending_search(self) -> None:
        """Drop a search still waiting for the typing to pause (the window is closing: nothing to show it in)."""
        self._search_timer.stop()

    def _period_changed(self) -> None:
        start, end = self.date_from.value(), self.date_to.value()
        if start is not None and end is not None and start > end:
            blockers = [QSignalBlocker(self.date_from), QSignalBlocker(self.date_to)]
            self.date_from.set_date(end)
            self.date_to.set_date(start)
            for blocker in blockers:
                blocker.unblock()
            self.notice.emit(tr("De periode was omgekeerd ingevuld; 'van' en 't/m' zijn omgewisseld."))
        self.changed.emit()

    def current(self) -> SignalFilter:
        return SignalFilter(
            date_from=self.date_from.value(),
            date_to=self.date_to.value(),
            organisation_ids=self.organisations.values(),
            theme_ids=self.themes.values(),
            age_group_ids=self.age_groups.values(),
            settings=self.settings.values(),
            statuses=self.statuses.values(),
            sharing_levels=self.sharing.values(),
            text=self.search.text(),
        )

    def set_filter(self, flt: SignalFilter, emit: bool = True) -> None:
        blockers = [QSignalBlocker(w) for w in (self.date_from, self.date_to, self.search, *self.choice_buttons())]
        start, end = flt.date_from, flt.date_to
        if start is not None and end is not None and start > end:
            start, end = end, start
        self.date_from.set_date(start)
        self.date_to.set_date(end)
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
        self.count_label.setText(tr("%Ln signalen", None, total))
