"""Printing a rendered memo: the Qt print dialog, then each PDF page as an image at printer resolution."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from signaaltracker.ui.i18n import tr
from signaaltracker.ui.memo.pdf_pages import render_pages


def print_pdf(pdf: Path, parent: QWidget | None = None, *, printer: QPrinter | None = None, ask: bool = True) -> bool:
    """Ask for a printer (unless ``ask`` is False) and print every page; returns False when cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pdf.stem)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(tr("Memo afdrukken"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    dpi = max(150, min(printer.resolution(), 300))
    pages = render_pages(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("De printer kon niet worden gestart."))
    try:
        for index, image in enumerate(pages):
            if index:
                printer.newPage()
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x(), area.y(), scaled.width(), scaled.height())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True
