"""Bestand-menu items for the documents the app writes (memo, agenda, minutes), with global shortcuts, so
they are reachable from any page by keyboard; each opens its page and runs the page's own command."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from signaaltracker.ui.i18n import tr

# (text, shortcut, page key, command); the command gets the page.
DOCUMENT_SHORTCUTS = {
    "memo_pdf": "Ctrl+Shift+M",
    "memo_save": "Ctrl+Shift+B",
    "memo_print": "Ctrl+P",
    "agenda_pdf": "Ctrl+Shift+A",
    "minutes_pdf": "Ctrl+Shift+V",
}


def _meeting_document(page, kind: str) -> None:
    if page.detail.meeting_id is None:
        page.say(tr("Kies eerst een overleg in de lijst."))
        return
    page.detail.export(kind)


def add_document_actions(window, menu: QMenu) -> dict[str, QAction]:
    """Add the document commands to ``menu`` (the Bestand menu of ``window``); returns them by key."""
    entries = (
        ("memo_save", tr("Raadsmemo &bewaren"), "memo", lambda page: page.save_draft()),
        ("memo_pdf", tr("Raadsmemo als &PDF…"), "memo", lambda page: page.ask_export()),
        ("memo_print", tr("Raadsmemo af&drukken…"), "memo", lambda page: page.ask_print()),
        ("agenda_pdf", tr("A&genda als PDF…"), "meetings", lambda page: _meeting_document(page, "agenda")),
        ("minutes_pdf", tr("&Verslag als PDF…"), "meetings", lambda page: _meeting_document(page, "minutes")),
    )
    actions: dict[str, QAction] = {}
    for key, text, page_key, command in entries:
        action = QAction(text, window)
        action.setShortcut(QKeySequence(DOCUMENT_SHORTCUTS[key]))
        action.triggered.connect(lambda _=False, p=page_key, c=command: c(window.show_page(p)))
        menu.addAction(action)
        if isinstance(window, QWidget):
            window.addAction(action)
        actions[key] = action
    return actions
