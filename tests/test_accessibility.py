"""Every page: each control reachable by Tab has an accessible name, and every visible control can be reached."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from signaaltracker.ui.main_window import MainWindow

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: explicit, or Qt's own (button text, buddy label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").replace("&", "").strip()


def is_control(widget: QWidget) -> bool:
    if not isinstance(widget, CONTROLS) or isinstance(widget, QTabBar):
        return False
    if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
        return False  # the editor inside a combo or spin box; the box itself is the control
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus  # click-only controls count, and then fail the Tab check


def tab_walk(window: MainWindow, limit: int = 400) -> list[QWidget]:
    """Press Tab from the navigation list until focus comes back to it; the widgets focused on the way."""
    window.nav.setFocus()
    seen: list[QWidget] = []
    for _ in range(limit):
        window.focusNextChild()
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        if widget is None or widget is window.nav:
            break
        seen.append(widget)
    return seen


@pytest.fixture
def window(qtbot, demo_store):
    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    return w


def page_keys() -> list[str]:
    from signaaltracker.ui.navigation import page_entries

    return [e.key for e in page_entries()]


@pytest.mark.parametrize("key", page_keys())
def test_every_control_of_the_page_has_a_name_and_is_reached_by_tab(qtbot, window, key):
    page = window.show_page(key)
    if key == "overview":
        qtbot.waitUntil(lambda: page.charts is not None, timeout=10000)  # charts come after the first paint
    reached = tab_walk(window)
    visible = [w for w in page.findChildren(QWidget) if w.isVisible() and w.isEnabled() and is_control(w)]
    if key == "overview":
        # Its only controls are the charts' table buttons, built after the first paint; the real-key probe in
        # tests/test_keyboard_access.py walks them.
        assert all(w.accessibleName() for w in visible)
        return
    assert visible and reached, key
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in visible if not accessible_name(w)]
    assert not unnamed, f"{key}: controls without an accessible name: {unnamed}"
    unreachable = [
        f"{type(w).__name__} '{accessible_name(w)}'"
        for w in visible
        if w not in reached and w.focusProxy() not in reached
    ]
    assert not unreachable, f"{key}: controls Tab never reaches: {unreachable}"


def test_navigation_and_menus_have_names_and_shortcuts(window):
    assert accessible_name(window.nav) == "Navigatie"
    help_menu = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    texts = [a.text() for a in help_menu.actions()]
    assert texts[:2] == ["&Handleiding", "&Sneltoetsen"]
    assert window.guide_action.shortcut().toString() == "F1"


def test_the_check_catches_an_unnamed_field_and_one_tab_cannot_reach(window):
    page = window.show_page("settings")
    unnamed = QLineEdit(page)
    unnamed.show()
    assert is_control(unnamed) and accessible_name(unnamed) == ""
    unnamed.setAccessibleName("Proef")
    assert unnamed in tab_walk(window)
    unnamed.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    assert is_control(unnamed) and unnamed not in tab_walk(window)  # would be reported as unreachable


def test_the_shortcuts_list_fits_the_screen_and_scrolls(qtbot, window):
    from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser

    from signaaltracker.ui.shortcuts import shortcut_rows, shortcuts_dialog

    dialog = shortcuts_dialog(window, window.entries)
    qtbot.addWidget(dialog)
    dialog.show()
    available = window.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= available.height()
    view = dialog.findChild(QTextBrowser)
    assert all(action in view.toPlainText() for _keys, action, _where in shortcut_rows(window.entries))
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible() and dialog.rect().contains(close.mapTo(dialog, close.rect().bottomRight()))
