"""Helpers for the GUI tests of registers, meetings and actions (not a test module)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_modal(fill, attempts: int = 500) -> dict:
    """Run ``fill(dialog)`` on the next modal dialog; close it if ``fill`` left it open. Returns what it saw.

    Polls until the dialog is actually modal (an event loop may run before the dialog's own exec()).
    """
    seen: dict = {}

    def handler(left: int = attempts) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left > 0:
                QTimer.singleShot(10, lambda: handler(left - 1))
            return
        seen["dialog"] = dialog
        try:
            fill(dialog)
        finally:
            seen["error"] = dialog.error.text() if hasattr(dialog, "error") else ""
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handler)
    return seen
