"""Raadsmemo: compose the council memo, see its pages live, save it as PDF/A, print it, and keep its history."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.domain.errors import DomainError
from signaaltracker.domain.memo import Memo
from signaaltracker.store import Store
from signaaltracker.ui.confirm import ask_confirmation
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.memo.editor import MemoEditor
from signaaltracker.ui.memo.history import MemoHistory
from signaaltracker.ui.memo.preview import PagePreview
from signaaltracker.ui.pages.base import Page, heading
from signaaltracker.ui.widgets import EXPECTED_ERRORS, error_message, message_label

PREVIEW_DELAY_MS = 700


class MemoPage(Page):
    title = QT_TR_NOOP("Raadsmemo")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self._temp = tempfile.TemporaryDirectory(prefix="signaaltracker-memo-")
        self._loaded = False
        self.editor = MemoEditor(store)
        self.history = MemoHistory(store)
        self.preview = PagePreview()
        self.status = message_label()

        self.confirm = ask_confirmation  # tests answer it
        self.new_button = QPushButton(tr("&Nieuwe memo"))
        self.next_button = QPushButton(tr("Nieuwe memo op ba&sis van de vorige"))
        self.next_button.setToolTip(
            tr(
                "Neemt teksten, onderdelen en ondertekening over; de periode loopt vanaf de "
                "dag na het einde van de vorige tot vandaag."
            )
        )
        self.save_button = QPushButton(tr("&Bewaren"))
        self.pdf_button = QPushButton(tr("Opslaan als &PDF…"))
        self.print_button = QPushButton(tr("Af&drukken…"))
        self.new_button.clicked.connect(self.new_memo)
        self.next_button.clicked.connect(self.next_memo)
        self.save_button.clicked.connect(self.save_draft)
        self.pdf_button.clicked.connect(self.ask_export)
        self.print_button.clicked.connect(self.ask_print)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.next_button, self.save_button, self.pdf_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields are the Tab stops; focus scrolls to them
        scroll.setWidget(self.editor)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, tr("Memo"))
        self.tabs.addTab(self.history, tr("Geschiedenis"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 560])

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.title))
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.update_preview)
        self.editor.changed.connect(self.timer.start)
        self.history.open_requested.connect(self.reopen)
        self.history.duplicate_requested.connect(self.duplicate)
        self.destroyed.connect(self._temp.cleanup)

    # --- page ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.history.refresh()
        if not self._loaded:
            from signaaltracker.reports.memo_export import latest_memo

            self._loaded = True
            self.editor.load(latest_memo(self.store))
        self.timer.start()  # the register may have changed while the page was hidden

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def tell(self, text: str) -> None:
        self.status.setText(text)

    # --- memo records ----------------------------------------------------------------------------
    def current_memo(self) -> Memo | None:

        try:
            return self.editor.to_memo()
        except DomainError as exc:
            self.tell(exc.message)
            return None

    def has_unsaved_changes(self) -> bool:
        """Typed in the editor since the memo was loaded or saved (for the unsaved-changes guard)."""
        return self.editor.dirty

    def save_changes(self) -> bool:
        """Save what was typed (as a draft); False when it could not be saved (the reason is shown)."""
        return self.save_draft() is not None

    def unsaved_description(self) -> str:  # the window's unsaved-changes question (ui/unsaved.py)
        return tr("De memo heeft wijzigingen die nog niet zijn bewaard.")

    def discard_changes(self) -> None:
        self.editor.dirty = False

    def _may_discard(self) -> bool:
        if not self.has_unsaved_changes():
            return True
        return self.confirm(
            self,
            tr("Nieuwe memo"),
            tr("De memo heeft wijzigingen die nog niet zijn bewaard. Weggooien en een nieuwe memo beginnen?"),
            tr("&Weggooien"),
        )

    def new_memo(self) -> None:
        if not self._may_discard():
            return
        settings = self.store.settings
        self.editor.load(
            Memo(
                recipients=str(settings.get("memo.recipients") or ""),
                sender=str(settings.get("memo.sender") or ""),
                signature=str(settings.get("memo.signature") or ""),
            )
        )
        self.tell(tr("Nieuwe memo: nog niet bewaard."))
        self.timer.start()

    def next_memo(self) -> Memo | None:
        """A new draft edition based on the newest one; the newest stays as it is."""
        from datetime import date

        from signaaltracker.domain.memo import next_edition

        previous = self.store.memos.newest()
        if previous is None:
            self.new_memo()
            return None
        if not self._may_discard():
            return None
        memo = self.store.memos.add(next_edition(previous, date.today()))
        self.editor.load(memo)
        self.history.refresh()
        self.history.select_id(memo.id)
        self.tabs.setCurrentIndex(0)
        self.tell(
            tr("Nieuwe memo op basis van die van {date}: bewaard als concept.").format(
                date=format_date_nl(previous.memo_date)
            )
        )
        self.timer.start()
        return memo

    def save_draft(self) -> Memo | None:
        memo = self.current_memo()
        if memo is None:
            return None
        if memo.id is None or memo.exported_at is not None:
            memo = self.store.memos.add(
                replace(memo, id=None, created_at=None, exported_at=None, snapshot=None, pdf_sha256="")
            )
            self.tell(tr("De memo is als nieuw concept bewaard."))
        else:
            memo = self.store.memos.update(memo)
            self.tell(tr("De memo is bewaard."))
        self.editor.memo = memo
        self.editor.dirty = False
        self.history.refresh()
        self.history.select_id(memo.id)
        return memo

    def reopen(self, memo_id: int) -> None:
        if not self._may_discard():
            return
        memo = self.store.memos.get(memo_id)
        self.editor.load(memo)
        self.tabs.setCurrentIndex(0)
        if memo.exported_at is not None:
            self.tell(
                tr("Deze memo is als PDF opgeslagen (SHA-256 {hash}…). Wijzigingen worden een nieuw concept.").format(
                    hash=memo.pdf_sha256[:16]
                )
            )
        else:
            self.tell(tr("Concept heropend."))
        self.timer.start()

    def duplicate(self, memo_id: int) -> None:
        memo = self.store.memos.get(memo_id)
        copy = self.store.memos.add(
            replace(
                memo, id=None, created_at=None, exported_at=None, snapshot=None, pdf_sha256="", subject=memo.subject
            )
        )
        self.history.refresh()
        self.reopen(copy.id)
        self.tell(tr("Kopie gemaakt: een nieuw concept."))

    # --- output ----------------------------------------------------------------------------------
    def update_preview(self) -> int:
        """Compose and render the memo into a temporary PDF and show its pages; returns the page count."""
        from signaaltracker.reports.memo_compose import compose_memo
        from signaaltracker.reports.memo_render import render_memo

        memo = self.current_memo()
        if memo is None:
            return 0
        from signaaltracker.reports.memo_export import screen_memo

        target = Path(self._temp.name) / "voorbeeld.pdf"
        try:
            document, _ = screen_memo(self.store, compose_memo(self.store, memo))  # shows what will be printed
            render_memo(document, target, pdfa=False)
            return self.preview.show_pdf(target)
        except EXPECTED_ERRORS as exc:
            self.preview.show_message(
                tr("Het voorbeeld kon niet worden gemaakt: {error}").format(error=error_message(exc))
            )
        return 0

    def ask_export(self) -> None:
        memo = self.current_memo()
        if memo is None:
            return
        from signaaltracker.ui.save_dialog import ask_save_path

        stem = f"raadsmemo-{memo.memo_date.isoformat()}"
        path = ask_save_path(self, tr("Memo opslaan als PDF"), stem, ".pdf", tr("PDF (*.pdf)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        from signaaltracker.reports.memo_export import check_exportable, export_memo, reprint_edition
        from signaaltracker.ui.save_dialog import with_extension

        path = with_extension(path, ".pdf")
        memo = self.current_memo()
        if memo is None:
            return False
        try:
            check_exportable(memo)
        except DomainError as exc:
            self.editor.show_field_error(exc.field, exc.message)
            self.tell(exc.message)
            return False
        try:
            if memo.frozen and not self.has_unsaved_changes():
                result = reprint_edition(self.store, memo, path)  # the edition as it was saved
            else:
                memo = self.save_draft()
                if memo is None or not self._may_leave(memo):
                    return False
                result = export_memo(self.store, memo, path)
        except EXPECTED_ERRORS as exc:
            self.tell(error_message(exc))
            return False
        self.editor.memo = result.memo
        self.history.refresh()
        self.history.select_id(result.memo.id)
        self.tell(tr("Opgeslagen als {path} (PDF/A-2b, SHA-256 {hash}).").format(path=result.path, hash=result.sha256))
        return True

    def _may_leave(self, memo) -> bool:
        """Show what the privacy screening flags in the memo; True to go on with it masked, False to stop."""
        from signaaltracker.reports.memo_compose import compose_memo
        from signaaltracker.reports.memo_export import screen_memo
        from signaaltracker.ui.privacy_check import may_export

        try:
            _, findings = screen_memo(self.store, compose_memo(self.store, memo), mask=False)
        except EXPECTED_ERRORS:
            return True  # the export itself reports the fault
        if may_export(self, findings, tr("de memo")):
            return True
        self.tell(tr("Gestopt: pas de tekst met persoonsgegevens eerst aan."))
        return False

    def ask_print(self) -> None:
        self.print_memo()

    def print_memo(self, printer=None, ask: bool = True) -> bool:
        from signaaltracker.reports.memo_compose import compose_memo
        from signaaltracker.reports.memo_render import render_memo
        from signaaltracker.ui.memo.printing import print_pdf

        memo = self.current_memo()
        if memo is None:
            return False
        if not self._may_leave(memo):
            return False
        from signaaltracker.reports.memo_export import screen_memo

        target = Path(self._temp.name) / "afdruk.pdf"
        try:
            document, _ = screen_memo(self.store, compose_memo(self.store, memo))
            render_memo(document, target, pdfa=False)
            done = print_pdf(target, self, printer=printer, ask=ask)
        except EXPECTED_ERRORS as exc:
            self.tell(error_message(exc))
            return False
        self.tell(tr("De memo is naar de printer gestuurd.") if done else tr("Afdrukken geannuleerd."))
        return done
