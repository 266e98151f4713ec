"""Bewaartermijn tab: the retention period, the signals past it, and anonymising or deleting them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from signaaltracker.domain.enums import SignalStatus
from signaaltracker.store import Store
from signaaltracker.store.retention import (
    anonymise,
    delete_for_retention,
    due_count,
    due_signals,
    finish_wipe,
    retention_years,
)
from signaaltracker.ui.confirm import ask_confirmation
from signaaltracker.ui.formatting import date_nl, label_of
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.pages.base import make_table
from signaaltracker.ui.table_model import Column, RowsTableModel
from signaaltracker.ui.widgets import EXPECTED_ERRORS, button_row, error_message, message_label

COLUMNS = [
    Column("id", QT_TR_NOOP("Nr."), align_right=True),
    Column("observed_on", QT_TR_NOOP("Waargenomen"), date_nl),
    Column("updated_at", QT_TR_NOOP("Laatst gewijzigd"), date_nl),
    Column("organisation", QT_TR_NOOP("Organisatie")),
    Column("themes", QT_TR_NOOP("Thema's")),
    Column("age_group", QT_TR_NOOP("Leeftijd")),
    Column("status", QT_TR_NOOP("Status"), label_of(SignalStatus)),
    Column("deleted_at", QT_TR_NOOP("In prullenbak"), lambda v: "ja" if v else ""),
]

EXPLANATION = (
    "Signalen worden bewaard tot de bewaartermijn na de laatste wijziging is verstreken (AVG: opslagbeperking). "
    "Daarna <b>anonimiseert</b> u ze: de samenvatting en notities worden gewist, ook uit de audittrail en de "
    "zoekindex; datum, thema's, leeftijdsgroep en organisatie blijven, zodat de tellingen en grafieken kloppen. "
    "Of u <b>verwijdert</b> ze helemaal. Back-ups van vóór die stap bevatten de tekst nog tot ze door de rotatie "
    "verdwijnen."
)


def signals_text(count: int) -> str:
    return tr("%Ln signalen", None, count)


class RetentionTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.confirm = ask_confirmation
        self.wipe_timer = QTimer(self)  # retries the wipe while another program reads an older snapshot
        self.wipe_timer.setInterval(5000)
        self.wipe_timer.timeout.connect(self.retry_wipe)
        layout = QVBoxLayout(self)
        text = QLabel(EXPLANATION)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        row = QHBoxLayout()
        self.years = QSpinBox()
        self.years.setRange(1, 30)
        self.years.setSuffix(tr(" jaar"))
        self.years.setAccessibleName(tr("Bewaartermijn in jaren na de laatste wijziging"))
        self.save_button = QPushButton(tr("&Opslaan"))
        self.save_button.clicked.connect(self.save_years)
        row.addWidget(self.years)
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(tr("Bewaartermijn:"), row)
        layout.addLayout(form)

        self.caption = QLabel()
        layout.addWidget(self.caption)
        self.model = RowsTableModel(COLUMNS, self)
        self.view = make_table(self.model, tr("Signalen over de bewaartermijn"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.view, 1)
        self.select_all_button = QPushButton(tr("&Alles kiezen"))
        self.select_all_button.clicked.connect(self.view.selectAll)
        self.anonymise_button = QPushButton(tr("A&nonimiseren…"))
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.delete_button = QPushButton(tr("&Verwijderen…"))
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addLayout(button_row(self.select_all_button, self.anonymise_button, self.delete_button))
        self.status = message_label()
        layout.addWidget(self.status)

    def refresh(self) -> None:
        years = retention_years(self.store.db)
        self.years.setValue(years)
        rows = due_signals(self.store.db)
        total = due_count(self.store.db)
        shown = tr(" (de eerste {count} getoond)").format(count=len(rows)) if total > len(rows) else ""
        text = tr("<b>%Ln signalen</b> langer dan {years} jaar niet gewijzigd{shown}.", None, total)
        self.caption.setText(text.format(years=years, shown=shown))
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        for button in (self.select_all_button, self.anonymise_button, self.delete_button):
            button.setEnabled(bool(rows))

    def save_years(self) -> None:
        self.store.settings.set("retention.years", self.years.value())
        self.refresh()
        self.status.setText(tr("Bewaartermijn opgeslagen."))

    def selected_ids(self) -> list[int]:
        return sorted(self.model.row_at(i.row())["id"] for i in self.view.selectionModel().selectedRows())

    def anonymise_selected(self) -> int:
        return self._apply(
            anonymise,
            tr("Signalen anonimiseren"),
            lambda count: tr(
                "Van {signals} worden de samenvatting en notities definitief gewist. Datum, thema's, leeftijdsgroep "
                "en organisatie blijven voor de tellingen."
            ).format(signals=signals_text(count)),
            tr("Anonimiseren"),
            tr("{signals} geanonimiseerd."),
        )

    def delete_selected(self) -> int:
        return self._apply(
            delete_for_retention,
            tr("Signalen verwijderen"),
            lambda count: (
                tr("%Ln signalen worden definitief verwijderd;", None, count)
                + tr(
                    " ze tellen daarna ook niet meer mee in de grafieken. Dit kan niet ongedaan worden gemaakt (alleen "
                    "met een back-up)."
                )
            ),
            tr("Verwijderen"),
            tr("{signals} verwijderd."),
        )

    def _apply(
        self,
        operation: Callable[[Any, list[int]], int],
        title: str,
        question: Callable[[int], str],
        button: str,
        done_text: str,
    ) -> int:
        """One retention step on the chosen signals: asked first (``question(count)``), then run; the list is
        refreshed and the outcome told either way."""
        ids = self.selected_ids()
        if not ids:
            self.status.setText(tr("Kies eerst de signalen in de lijst."))
            return 0
        if not self.confirm(self, title, question(len(ids)), button):
            return 0
        try:
            done = int(operation(self.store.db, ids))
        except EXPECTED_ERRORS as exc:
            self.refresh()
            self.status.setText(error_message(exc))
            return 0
        self.refresh()
        self.status.setText(done_text.format(signals=signals_text(done)) + self.wipe_note())
        return done

    def wipe_note(self) -> str:
        """'' when the text is gone from the files on disk; otherwise a sentence, and the retries start."""
        if finish_wipe(self.store.db, attempts=1, wait_ms=50):
            return ""
        self.wipe_timer.start()
        return tr(
            " Een ander programma leest het bestand nog (bijvoorbeeld een back-up); de tekst verdwijnt uit "
            "het databasebestand zodra dat klaar is. SignaalTracker meldt het hier."
        )

    def retry_wipe(self) -> bool:
        if not finish_wipe(self.store.db, attempts=1, wait_ms=50):
            return False
        self.wipe_timer.stop()
        self.status.setText(tr("Wissen voltooid: de tekst staat niet meer in het databasebestand."))
        return True
