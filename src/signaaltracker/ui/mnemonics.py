"""Alt-letter clashes resolved on screen: when Alt is pressed, every visible control of the window gets an Alt
letter of its own. Menu titles keep theirs; of two controls with the same letter the one created first keeps
it and the other moves to the next free letter of its text (or loses its letter when none is free). This
holds for every page and tab, in Dutch and English alike, however pages change."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

logger = logging.getLogger(__name__)

_MNEMONIC = re.compile(r"&([^&\s])")


def letter_of(text: str) -> str:
    match = _MNEMONIC.search(text.replace("&&", "\0\0"))
    return match.group(1).lower() if match else ""


def with_letter(text: str, taken: set[str]) -> str:
    """``text`` with its ``&`` moved to a letter not in ``taken``: word starts first, then any letter."""
    bare = text.replace("&&", "\0").replace("&", "").replace("\0", "&&")
    positions = [i for i, ch in enumerate(bare) if ch.isalnum() and (i == 0 or not bare[i - 1].isalnum())]
    positions += [i for i, ch in enumerate(bare) if ch.isalnum() and i not in positions]
    for i in positions:
        if bare[i].lower() not in taken and not (i > 0 and bare[i - 1] == "&"):
            return bare[:i] + "&" + bare[i:]
    return bare


def _entries(window: QWidget) -> list[tuple[str, Callable[[str], None] | None]]:
    """(text, setter) for every visible thing with an Alt letter; setter None for menu titles (never moved)."""
    found: list[tuple[str, Callable[[str], None] | None]] = []
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            found.append((action.text(), None))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            found.append((widget.text(), widget.setText))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title(), widget.setTitle))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                found.append((widget.tabText(index), partial(widget.setTabText, index)))
    return found


def resolve(window: QWidget) -> int:
    """Give every visible control of ``window`` a unique Alt letter; returns how many texts changed."""
    entries = [(text, setter) for text, setter in _entries(window) if letter_of(text)]
    taken = {letter_of(text) for text, setter in entries if setter is None}
    changed = 0
    for text, setter in entries:
        if setter is None:
            continue
        letter = letter_of(text)
        if letter not in taken:
            taken.add(letter)
            continue
        new = with_letter(text, taken)
        taken.add(letter_of(new))
        setter(new)
        changed += 1
    if changed:
        logger.debug("mnemonics: %d Alt letters moved in %s", changed, window.objectName())
    return changed
