"""The live preview: the memo's pages as images in a scroll area."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from signaaltracker.ui.i18n import tr


class PagePreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(tr("Voorbeeld van de memo"))
        self._inner = QWidget()
        self._inner.setStyleSheet("background: #5a5a5a;")  # white message text on it: 6.9:1
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._inner)
        self.page_labels: list[QLabel] = []
        self._pixmaps: list[QPixmap] = []
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: transparent; color: white; padding: 12px;")
        self._layout.addWidget(self.message)

    def show_pdf(self, pdf: Path, dpi: int = 72) -> int:
        from signaaltracker.ui.memo.pdf_pages import render_pages

        images = render_pages(pdf, dpi)
        self._clear()
        self.message.hide()
        for number, image in enumerate(images, start=1):
            label = QLabel()
            self._pixmaps.append(QPixmap.fromImage(image))
            label.setAccessibleName(tr("Pagina {number} van {count}").format(number=number, count=len(images)))
            label.setStyleSheet("border: 1px solid #555;")
            self._layout.addWidget(label)
            self.page_labels.append(label)
        self._fit_pages()
        return len(images)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_pages()

    def _fit_pages(self) -> None:
        """Each page at the preview's width (never wider than rendered): no page edge is cut off, and a page is
        never squeezed by the layout."""
        width = max(120, self.viewport().width() - 2 * self._layout.contentsMargins().left() - 4)
        for label, pixmap in zip(self.page_labels, self._pixmaps, strict=True):
            shown = (
                pixmap
                if pixmap.width() <= width
                else pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            label.setPixmap(shown)
            label.setFixedSize(shown.size() + QSize(2, 2))
        # The page column is as tall as its pages: the scroll area scrolls instead of squeezing them into strips.
        margins = self._layout.contentsMargins()
        pages = sum(label.height() + self._layout.spacing() for label in self.page_labels)
        self._inner.setMinimumHeight(margins.top() + margins.bottom() + pages)
        self.setWidgetResizable(True)  # re-fits the page column to the new minimum

    def show_message(self, text: str) -> None:
        self._clear()
        self.message.setText(text)
        self.message.show()

    def _clear(self) -> None:
        for label in self.page_labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
        self._pixmaps = []
        self._inner.setMinimumHeight(0)
