"""Helpers for the unsaved-changes GUI tests (not a test module): answer the next message box by button text and
record what it asked."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_box(button_text: str, attempts: int = 500) -> dict:
    """Click ``button_text`` in the next modal message box; the returned dict gets its text, buttons, default."""
    seen: dict = {}

    def click(left: int = attempts) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left > 0:
                QTimer.singleShot(10, lambda: click(left - 1))
            return
        seen["text"] = box.text()
        seen["buttons"] = [b.text().replace("&", "") for b in box.buttons()]
        default = box.defaultButton()
        seen["default"] = default.text().replace("&", "") if default else None
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, click)
    return seen
