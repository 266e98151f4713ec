"""Small widgets the register, meeting and action pages share: check lists, date fields, form dialogs."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.dates import format_date_nl, parse_date, parse_optional_date
from signaaltracker.domain.errors import DomainError
from signaaltracker.store.errors import StoreError
from signaaltracker.ui.enum_labels import enum_label
from signaaltracker.ui.i18n import tr

EXPECTED_ERRORS = (DomainError, StoreError)


class CheckList(QListWidget):
    """A list of (id, label) items with check boxes; space toggles the current item."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)

    def set_items(self, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        chosen = set(checked)
        self.blockSignals(True)
        self.clear()
        for item_id, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in chosen else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)

    def item_for(self, item_id: int) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                return self.item(row)
        return None

    def set_checked(self, item_id: int, checked: bool) -> None:
        item = self.item_for(item_id)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def checked_ids(self) -> list[int]:
        return [
            self.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]


class DateField(QLineEdit):
    """A date typed as 24-10-2024 or "24 oktober 2024"; shown in the Dutch long form."""

    def __init__(self, accessible_name: str, label: str, optional: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.label = label
        self.optional = optional
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(tr("bijv. 24-10-2024") + (tr(" (mag leeg)") if optional else ""))

    def set_date(self, value: date | None) -> None:
        self.setText(format_date_nl(value) if value else "")

    def value(self) -> date | None:
        """The date typed; DomainError with a Dutch sentence when it is not a date (or missing when required)."""
        if self.optional:
            return parse_optional_date(self.text(), self.label)
        return parse_date(self.text(), self.label)


def enum_combo(enum_type, current=None, accessible_name: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for member in enum_type:
        combo.addItem(enum_label(member), member.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(enum_type(current).value)))
    return combo


def id_combo(
    items: Iterable[tuple[int | None, str]], current: int | None = None, accessible_name: str = ""
) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible_name)
    for item_id, label in items:
        combo.addItem(label, item_id)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class FormDialog(QDialog):
    """A form with OK/Cancel that stays open and shows the Dutch message when saving is refused.

    Subclasses add rows to ``self.form`` and implement ``save()``, which writes through the store and returns the
    saved object (kept in ``self.saved``).
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.saved = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setAccessibleName(tr("Foutmelding"))
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def save(self):
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self.save()
        except EXPECTED_ERRORS as exc:
            self.error.setText(exc.message)
            return
        super().accept()


def line(text: str, accessible_name: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(accessible_name)
    return edit
