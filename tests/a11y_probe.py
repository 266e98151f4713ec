"""Probing the GUI as a keyboard and screen-reader user meets it: real Tab key presses, the accessibility tree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QWidget

from signaaltracker.ui.accessibility import CELL_GRID_PROPERTY


def accessible_text(widget: QWidget, kind=QAccessible.Text.Name) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(kind) if iface is not None else "").replace("&", "").strip()


def plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return re.sub(r"\s+", " ", text.replace("&&", "\0").replace("&", "").replace("\0", "&")).strip()


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or accessible_text(widget) or '?'})"


@dataclass
class Walk:
    focused: list[QWidget] = field(default_factory=list)
    trap: str = ""


def press_tab(backwards: bool = False) -> QWidget | None:
    widget = QApplication.focusWidget()
    if widget is None:
        return None
    modifiers = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    if widget.property(CELL_GRID_PROPERTY):  # an editable grid: Tab moves between cells, Ctrl+Tab leaves
        modifiers |= Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(widget, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifiers)
    QApplication.processEvents()
    return QApplication.focusWidget()


def tab_walk(start: QWidget, limit: int = 300, backwards: bool = False) -> Walk:
    """Press the real Tab key (on whatever has focus) from ``start`` until focus returns to it."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    walk = Walk()
    previous = start
    for _ in range(limit):
        now = press_tab(backwards)
        if now is None:
            walk.trap = f"focus lost after {describe(previous)}"
            return walk
        if now is start:
            if not walk.focused:
                walk.trap = f"Tab stays in {describe(now)}"
            return walk
        if now is previous:
            walk.trap = f"Tab stays in {describe(now)}"
            return walk
        if now in walk.focused:
            walk.trap = f"Tab cycles without reaching the start, at {describe(now)}"
            return walk
        walk.focused.append(now)
        previous = now
    walk.trap = f"no way back after {limit} presses"
    return walk


def hidden_label_texts(root: QWidget) -> list[str]:
    """Visible labels whose text a screen reader does not get (a fixed accessible name replaces it)."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        text = plain(label.text())
        if not text:
            continue
        exposed = accessible_text(label) + " " + accessible_text(label, QAccessible.Text.Description)
        if text not in plain(exposed):
            found.append(f"{text[:40]!r} exposed as {accessible_text(label)!r}")
    return found


def page_states(window, key: str):
    """Yield a label for each state of a page: the page itself and each tab of its tab widgets."""
    page = window.show_page(key)
    QApplication.processEvents()
    tabs = [t for t in page.findChildren(QTabWidget) if t.isVisible()]
    if not tabs:
        yield key
        return
    outer = tabs[0]
    for index in range(outer.count()):
        outer.setCurrentIndex(index)
        QApplication.processEvents()
        yield f"{key}/{plain(outer.tabText(index))}"


def mnemonic(text: str) -> str:
    """The Alt letter of a text ("&Opslaan" → "o"), or ""."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def alt_letters(window) -> dict[str, list[str]]:
    """Alt letters in use on screen now: menu titles, buttons, check boxes, buddy labels, tabs, group boxes."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QTabBar

    used: dict[str, list[str]] = {}

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter:
            used.setdefault(letter, []).append(plain(text))

    for action in window.menuBar().actions():
        add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabEnabled(index):
                    add(widget.tabText(index))
    return used


def clashes(window) -> list[str]:
    return [
        f"Alt+{letter.upper()}: {', '.join(texts)}" for letter, texts in alt_letters(window).items() if len(texts) > 1
    ]


def release_modifiers() -> None:
    """QTest leaves Shift (or Ctrl) marked as held after a click with modifiers; a plain release clears it, so
    selections made later (which read the held modifiers) behave as without a keyboard."""
    widget = QWidget()
    QTest.keyRelease(widget, Qt.Key.Key_Shift)
    widget.deleteLater()


def combos_without_label(root: QWidget) -> list[str]:
    """Visible combo boxes that no label names (a label's buddy), so the choice has no visible caption."""
    from PySide6.QtWidgets import QComboBox

    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    return [describe(c) for c in root.findChildren(QComboBox) if c.isVisible() and c not in buddies]
