"""Small widgets the register, meeting and action pages share: check lists, date fields, form dialogs."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.errors import DomainError
from signaaltracker.exchange.csv_text import FileFormatError
from signaaltracker.exchange.figures_import import ImportRejected
from signaaltracker.store.errors import StoreError
from signaaltracker.ui.accessibility import announce
from signaaltracker.ui.enum_labels import enum_label
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.memo.pdf_pages import PreviewUnavailable

# The faults a UI action can meet in normal use: shown as a Dutch message in the page, never in the crash dialog.
# (``OverflowError``: a huge number typed in a grid cell that SQLite cannot store.)
EXPECTED_ERRORS = (
    DomainError,
    StoreError,
    FileFormatError,
    ImportRejected,
    PreviewUnavailable,
    OSError,
    OverflowError,
    subprocess.SubprocessError,
)


def error_message(exc: BaseException) -> str:
    """The sentence to show for one of EXPECTED_ERRORS."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if isinstance(exc, subprocess.TimeoutExpired):
        return tr("Het hulpprogramma reageerde niet binnen {seconds} seconden.").format(seconds=int(exc.timeout))
    if isinstance(exc, subprocess.CalledProcessError):
        return tr("Het hulpprogramma gaf een fout (code {code}).").format(code=exc.returncode)
    if isinstance(exc, OverflowError):
        return tr("Dit getal is te groot.")
    if isinstance(exc, OSError):
        reason = str(exc.strerror or exc).rstrip(".")
        if exc.filename:
            return tr("{file} kon niet worden gelezen of geschreven: {error}.").format(file=exc.filename, error=reason)
        return tr("Het bestand kon niet worden gelezen of geschreven: {error}.").format(error=reason)
    return str(exc)


class CheckList(QListWidget):
    """A list of (id, label) items with check boxes; space toggles the current item."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        # Long labels wrap instead of running off to the right behind a scroll bar.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(2)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.doItemsLayout()  # wrapped rows measured at the width actually shown

    def set_items(self, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()) -> None:
        chosen = set(checked)
        self.blockSignals(True)
        self.clear()
        for item_id, label in items:
            item = QListWidgetItem(label)
            item.setToolTip(label)
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
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]


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
        self.setMinimumWidth(520)  # room for the longer choices (signals, organisations) without cutting them
        self.saved = None
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.error = MessageLabel(tr("Foutmelding"), assertive=True)
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # save from any field, as in the signal form
            QShortcut(QKeySequence(keys), self, activated=self.accept)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        for index in range(self.form.rowCount()):  # start in the first field, not on the Save button
            item = self.form.itemAt(index, QFormLayout.ItemRole.FieldRole)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled():
                widget.setFocus()
                break

    def save(self):
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self.save()
        except EXPECTED_ERRORS as exc:
            self.error.setText(error_message(exc))
            return
        super().accept()


def documents_folder() -> Path:
    """Where a save dialog starts: the user's Documents folder when there is one, else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label for a row that holds a layout (QFormLayout gives such a label no buddy, so its Alt letter
    would show as a literal "&"): Alt+letter goes to ``buddy``, the row's first field."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def line(text: str, accessible_name: str) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(accessible_name)
    return edit


class MessageLabel(QLabel):
    """A (wrapping) message line: screen readers read its text (the role "Melding" is its description, not a
    name that would hide the text) and are told each new message without the focus moving."""

    def __init__(self, role: str, parent: QWidget | None = None, *, assertive: bool = False) -> None:
        super().__init__(parent)
        self.assertive = assertive
        self.setWordWrap(True)
        self.setAccessibleDescription(role)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed and text:
            announce(self, self.plain_text(), assertive=self.assertive)

    def plain_text(self) -> str:
        text = self.text()
        return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def message_label() -> QLabel:
    """The message area of a page or tab, read and announced by screen readers."""
    return MessageLabel(tr("Melding"))


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons side by side, left-aligned."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
