"""The area that shows the current page: it scrolls when the window is smaller than the page needs (large text,
a small screen), and only the page on screen counts towards the window's minimum size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QStackedWidget

SHOWN = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
HIDDEN = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)


class PageArea(QScrollArea):
    """Holds the page stack. A page visited earlier no longer widens the window (QStackedLayout skips pages
    whose size policy is Ignored), and a page larger than the window scrolls instead of being cut off."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__()
        self.stack = stack
        self.setObjectName("pageArea")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop (accessibility scrolls the focus into view)
        self.setWidget(stack)
        stack.currentChanged.connect(self.fit)

    def fit(self, _index: int = -1) -> None:
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is not None:
                page.setSizePolicy(SHOWN if page is current else HIDDEN)
        self.stack.updateGeometry()
