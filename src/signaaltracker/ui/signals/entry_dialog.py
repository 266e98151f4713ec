""" "Nieuw signaal": the keyboard-first entry dialog. Ctrl+Enter saves, Escape asks before discarding text."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from signaaltracker.store import Store
from signaaltracker.ui.i18n import tr
from signaaltracker.ui.signals.editor import SignalEditor


class EntryDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Nieuw signaal"))
        self.setAccessibleName(tr("Nieuw signaal"))
        self.resize(620, 560)
        self.saved_id: int | None = None
        self.editor = SignalEditor(store)
        self.form = self.editor.form
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(tr("Opslaan (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(tr("Annuleren (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setAutoDefault(False)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.editor.saved.connect(self._saved)
        self.form.set_defaults()
        self.form.focus_first()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.activateWindow()
        QTimer.singleShot(0, self.form.focus_first)

    def save(self) -> None:
        self.editor.save()

    def _saved(self, signal_id: int) -> None:
        self.saved_id = signal_id
        self.accept()

    def ask_discard(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Signaal niet opgeslagen"),
            tr("U hebt tekst getypt die nog niet is opgeslagen. Weggooien?"),
            parent=self,
        )
        discard = box.addButton(tr("&Weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("&Verder typen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        if self.saved_id is None and self.form.has_typed_text() and not self.ask_discard():
            return
        super().reject()
