"""The live preview: the memo's pages as images in a scroll area."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from signaaltracker.ui.i18n import tr


class PagePreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName(tr("Voorbeeld van de memo"))
        self._inner = QWidget()
        self._inner.setStyleSheet("background: #8a8a8a;")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._layout.setSpacing(12)
        self.setWidget(self._inner)
        self.page_labels: list[QLabel] = []
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
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(tr("Pagina {number} van {count}").format(number=number, count=len(images)))
            label.setStyleSheet("border: 1px solid #555;")
            self._layout.addWidget(label)
            self.page_labels.append(label)
        return len(images)

    def show_message(self, text: str) -> None:
        self._clear()
        self.message.setText(text)
        self.message.show()

    def _clear(self) -> None:
        for label in self.page_labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.page_labels = []
