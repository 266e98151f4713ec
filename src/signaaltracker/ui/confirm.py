"""A yes/no question with Dutch buttons; pages keep it as an attribute so tests can answer it."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from signaaltracker.ui.i18n import tr


def ask_confirmation(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is accept
