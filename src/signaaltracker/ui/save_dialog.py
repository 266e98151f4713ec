"""Asking where to save a document (PDF, PNG): one sequence for the memo, agenda, minutes and charts.

- The suggested name is one that does not exist yet (``raadsmemo-2026-12-02-2.pdf`` when the first is there), so
  accepting the suggestion never replaces the previous edition's file.
- A name typed without the extension gets it appended (``memo-2`` → ``memo-2.pdf``, ``x.pdf-2`` →
  ``x.pdf-2.pdf``), never swapped for the typed one: swapping turned ``x.pdf-2`` into ``x.pdf``, an existing
  file the dialog had not asked about.
- When the name was changed that way and the file exists, the user is asked before it is replaced (the dialog's
  own question covered only the name as typed).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from signaaltracker.ui.i18n import tr
from signaaltracker.ui.widgets import documents_folder


def with_extension(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (".pdf"): kept when it does (any case), else the suffix is appended."""
    return path if path.suffix.lower() == suffix.lower() else path.with_name(path.name + suffix)


def free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/stem+suffix``, or ``stem-2``, ``stem-3`` … when that file exists already."""
    candidate, number = folder / f"{stem}{suffix}", 2
    while candidate.exists():
        candidate, number = folder / f"{stem}-{number}{suffix}", number + 1
    return candidate


def may_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask before an existing file is replaced (No is the default)."""
    answer = QMessageBox.question(
        parent,
        tr("Bestand vervangen?"),
        tr("{file} bestaat al. Wilt u het vervangen?").format(file=path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(parent: QWidget | None, title: str, stem: str, suffix: str, kind: str) -> Path | None:
    """The file to write a document to, or None when the user cancelled. ``kind`` is the dialog's filter text,
    e.g. ``tr("PDF (*.pdf)")``."""
    suggestion = free_name(documents_folder(), stem, suffix)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), kind)
    chosen = chosen.strip()
    if not chosen:
        return None
    path = with_extension(Path(chosen), suffix)
    if path != Path(chosen) and path.exists() and not may_replace(parent, path):
        return None
    return path
