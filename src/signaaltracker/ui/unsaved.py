"""The one "unsaved changes" guard: before a page switch, a record switch, "Nieuw…", closing the window or
quitting, whatever holds typed but unsaved work is asked Opslaan / Niet opslaan / Annuleren (Annuleren the
default, so Enter or Esc never drops or writes anything by accident).

Anything with unsaved work implements the small ``UnsavedWork`` protocol (pages, the memo page, the meeting
detail); ``settle(parent, work)`` asks the question and carries out the answer.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QMessageBox, QWidget

from signaaltracker.ui.i18n import tr

log = logging.getLogger(__name__)


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@runtime_checkable
class UnsavedWork(Protocol):
    def has_unsaved_changes(self) -> bool:
        """True when something typed is not yet stored."""

    def unsaved_description(self) -> str:
        """What is unsaved, in Dutch, e.g. "Signaal 5 heeft wijzigingen die nog niet zijn opgeslagen."."""

    def save_changes(self) -> bool:
        """Store the typed work; False (after showing why at the field) when it could not be stored."""

    def discard_changes(self) -> None:
        """Forget the typed work: show the stored values again."""


def ask_unsaved(parent: QWidget | None, text: str) -> Answer:
    """Opslaan / Niet opslaan / Annuleren, with Annuleren the default and the escape button."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Niet-opgeslagen wijzigingen"), text, parent=parent)
    box.setInformativeText(tr("Wilt u de wijzigingen opslaan?"))
    save = box.addButton(tr("&Opslaan"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("&Niet opslaan"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Answer.SAVE
    if clicked is discard:
        return Answer.DISCARD
    return Answer.CANCEL


def settle(parent: QWidget | None, work: object) -> bool:
    """True when the caller may move on: nothing unsaved, saved successfully, or discarded on request."""
    if not isinstance(work, UnsavedWork) or not work.has_unsaved_changes():
        return True
    answer = ask_unsaved(parent, work.unsaved_description())
    log.info("unsaved changes: %s", answer.value)
    if answer is Answer.SAVE:
        return bool(work.save_changes()) and not work.has_unsaved_changes()
    if answer is Answer.DISCARD:
        work.discard_changes()
        return True
    return False
