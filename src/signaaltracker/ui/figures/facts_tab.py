"""Feiten: stated facts with date, source and text, and a switch per fact for the council memo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.facts import Fact
from signaaltracker.store import Store
from signaaltracker.ui.dates import DateEdit
from signaaltracker.ui.formatting import date_nl
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.widgets import EXPECTED_ERRORS, buddy_label, error_message, message_label

ID_ROLE = Qt.ItemDataRole.UserRole


class FactsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.facts: list[Fact] = []
        self._loading = False
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("In memo"), tr("Datum"), tr("Bron"), tr("Feit")])
        self.table.setAccessibleName(tr("Feiten"))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.stated_on = DateEdit(tr("Datum van het feit, of begin van de periode"))
        self.period_end = DateEdit(tr("Einde van de periode van het feit (leeg: één datum)"), optional=True)
        self.source = QLineEdit()
        self.source.setAccessibleName(tr("Bron van het feit"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("Tekst van het feit"))
        self.text.setMaximumHeight(90)
        self.in_memo = QCheckBox(tr("Opnemen in de raadsmemo"))
        self.in_memo.setChecked(True)
        when = QHBoxLayout()
        when.addWidget(self.stated_on)
        when.addWidget(QLabel(tr("tot en met")))
        when.addWidget(self.period_end)
        when.addStretch(1)
        form.addRow(buddy_label(tr("&Datum:"), self.stated_on), when)
        form.addRow(tr("&Bron:"), self.source)
        form.addRow(tr("&Feit:"), self.text)
        form.addRow("", self.in_memo)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("&Nieuw"))
        self.new_button.clicked.connect(self.clear_form)
        self.save_button = QPushButton(tr("&Opslaan"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(tr("&Verwijderen"))
        self.delete_button.clicked.connect(self.delete)
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = message_label()
        layout.addWidget(self.status)
        self.editing_id: int | None = None

    def refresh(self) -> None:
        self._loading = True
        self.facts = self.store.facts.list()
        self.table.setRowCount(len(self.facts))
        for row, fact in enumerate(self.facts):
            check = QTableWidgetItem("ja" if fact.in_memo else "nee")
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked if fact.in_memo else Qt.CheckState.Unchecked)
            check.setData(ID_ROLE, fact.id)
            self.table.setItem(row, 0, check)
            when = date_nl(fact.stated_on)
            if fact.period_end is not None:
                when += " – " + date_nl(fact.period_end)
            for column, text in enumerate((when, fact.source, fact.text), start=1):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self._loading = False

    def set_in_memo(self, fact_id: int, on: bool) -> None:
        try:
            fact = self.store.facts.get(fact_id)
            if fact.in_memo != on:
                fact.in_memo = on
                self.store.facts.update(fact)
        except EXPECTED_ERRORS as exc:
            self.status.setText(f"<span style='color:#b00020'>{error_message(exc)}</span>")
            return
        self.status.setText(tr("Wordt opgenomen in de memo.") if on else tr("Wordt niet opgenomen in de memo."))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 0:
            return
        self.set_in_memo(item.data(ID_ROLE), item.checkState() == Qt.CheckState.Checked)
        self.refresh()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        fact = self.facts[rows[0].row()]
        self.editing_id = fact.id
        self.stated_on.set_date(fact.stated_on)
        self.period_end.set_date(fact.period_end)
        self.source.setText(fact.source)
        self.text.setPlainText(fact.text)
        self.in_memo.setChecked(fact.in_memo)

    def clear_form(self) -> None:
        self.table.clearSelection()
        self.editing_id = None
        self.stated_on.set_date(date.today())
        self.period_end.set_date(None)
        self.source.clear()
        self.text.clear()
        self.in_memo.setChecked(True)
        self.source.setFocus()

    def save(self) -> None:
        value = self.stated_on.value()
        try:
            end = self.period_end.value()
            if self.editing_id is None:
                position = max((f.position for f in self.facts), default=-1) + 1
                fact = self.store.facts.add(
                    Fact(
                        value,
                        self.source.text(),
                        self.text.toPlainText(),
                        self.in_memo.isChecked(),
                        position,
                        period_end=end,
                    )
                )
                self.editing_id = fact.id
            else:
                fact = self.store.facts.get(self.editing_id)
                fact.stated_on, fact.period_end = value, end
                fact.source, fact.text, fact.in_memo = (
                    self.source.text(),
                    self.text.toPlainText(),
                    self.in_memo.isChecked(),
                )
                fact.__post_init__()
                self.store.facts.update(fact)
        except EXPECTED_ERRORS as exc:
            self.status.setText(f"<span style='color:#b00020'>{error_message(exc)}</span>")
            return
        self.status.setText(tr("Feit opgeslagen."))
        self.refresh()

    def delete(self) -> None:
        if self.editing_id is None:
            self.status.setText(tr("Kies eerst een feit."))
            return
        try:
            self.store.facts.delete(self.editing_id)
        except EXPECTED_ERRORS as exc:
            self.status.setText(f"<span style='color:#b00020'>{error_message(exc)}</span>")
            self.refresh()
            return
        self.clear_form()
        self.status.setText(tr("Feit verwijderd."))
        self.refresh()
