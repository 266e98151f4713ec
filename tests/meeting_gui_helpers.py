"""Helpers for the GUI tests of registers, meetings and actions (not a test module)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def answer_modal(fill) -> dict:
    """Run ``fill(dialog)`` on the next modal dialog; close it if ``fill`` left it open. Returns what it saw."""
    seen: dict = {}

    def handler() -> None:
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = dialog
        try:
            fill(dialog)
        finally:
            seen["error"] = dialog.error.text() if hasattr(dialog, "error") else ""
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, handler)
    return seen
