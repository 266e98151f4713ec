"""Beheer: the data-safety area, with tabs for backups, retention and the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from signaaltracker.store import Store
from signaaltracker.ui.i18n import QT_TR_NOOP, tr
from signaaltracker.ui.pages.base import Page, heading


class DataPage(Page):
    title = QT_TR_NOOP("Beheer")

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        from signaaltracker.ui.data.audit_tab import AuditTab
        from signaaltracker.ui.data.backups_tab import BackupsTab
        from signaaltracker.ui.data.retention_tab import RetentionTab

        super().__init__(store, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Beheer van gegevens")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Onderdelen van beheer"))
        self.backups = BackupsTab(store, self)
        self.retention = RetentionTab(store, self)
        self.audit = AuditTab(store, self)
        self.tabs.addTab(self.backups, tr("&Back-ups"))
        self.tabs.addTab(self.retention, tr("Be&waartermijn"))
        self.tabs.addTab(self.audit, tr("A&udittrail"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if current is not None:
            current.refresh()
