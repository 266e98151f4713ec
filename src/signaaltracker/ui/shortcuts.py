"""The keyboard shortcuts listed under Help → Sneltoetsen (page switching comes from the navigation entries)."""

from __future__ import annotations

from signaaltracker.ui.i18n import QT_TR_NOOP, tr

# (keys, what it does, where) — Dutch sources, translated when shown.
PAGE_SHORTCUTS: tuple[tuple[str, str, str], ...] = (
    ("F1", QT_TR_NOOP("Handleiding openen"), QT_TR_NOOP("overal")),
    ("Ctrl+Q", QT_TR_NOOP("Afsluiten"), QT_TR_NOOP("overal")),
    ("Tab / Shift+Tab", QT_TR_NOOP("Naar het volgende / vorige veld"), QT_TR_NOOP("overal")),
    ("Alt+letter", QT_TR_NOOP("Knop of veld met de onderstreepte letter"), QT_TR_NOOP("overal")),
    ("Ctrl+Shift+N", QT_TR_NOOP("Nieuw signaal"), QT_TR_NOOP("overal")),
    ("Ctrl+Shift+B", QT_TR_NOOP("Raadsmemo bewaren"), QT_TR_NOOP("overal")),
    ("Ctrl+Shift+M", QT_TR_NOOP("Raadsmemo als PDF opslaan"), QT_TR_NOOP("overal")),
    ("Ctrl+P", QT_TR_NOOP("Raadsmemo afdrukken"), QT_TR_NOOP("overal")),
    ("Ctrl+Shift+A", QT_TR_NOOP("Agenda van het gekozen overleg als PDF"), QT_TR_NOOP("overal")),
    ("Ctrl+Shift+V", QT_TR_NOOP("Verslag van het gekozen overleg als PDF"), QT_TR_NOOP("overal")),
    ("Tab / Shift+Tab", QT_TR_NOOP("Tabel verlaten (pijltjestoetsen bewegen erin)"), QT_TR_NOOP("tabellen")),
    ("Ctrl+Tab", QT_TR_NOOP("Tabel verlaten (Tab gaat naar de volgende cel)"), QT_TR_NOOP("Instroomcijfers")),
    ("Enter", QT_TR_NOOP("Cijfers van de grafiek als tabel"), QT_TR_NOOP("grafieken")),
    ("Ctrl+N", QT_TR_NOOP("Nieuw signaal"), QT_TR_NOOP("Signalen")),
    ("Ctrl+F", QT_TR_NOOP("Zoeken in samenvattingen"), QT_TR_NOOP("Signalen")),
    ("Ctrl+S", QT_TR_NOOP("Wijzigingen in het gekozen signaal opslaan"), QT_TR_NOOP("Signalen")),
    ("Del", QT_TR_NOOP("Gekozen signalen verwijderen"), QT_TR_NOOP("Signalen")),
    ("Ctrl+Z", QT_TR_NOOP("Verwijderen ongedaan maken"), QT_TR_NOOP("Signalen")),
    ("Shift+F10", QT_TR_NOOP("Sorteren op een kolom (menu)"), QT_TR_NOOP("Signalen")),
    ("Ctrl+Enter", QT_TR_NOOP("Nieuw signaal opslaan"), QT_TR_NOOP("Nieuw signaal")),
    ("Ctrl+Enter", QT_TR_NOOP("Gekozen actie afgerond"), QT_TR_NOOP("Acties")),
    ("Ctrl+N", QT_TR_NOOP("Nieuw item in het register"), QT_TR_NOOP("Registers")),
    ("Enter", QT_TR_NOOP("Gekozen item bewerken"), QT_TR_NOOP("Registers")),
    ("Del", QT_TR_NOOP("Gekozen item verwijderen"), QT_TR_NOOP("Registers")),
    ("Ctrl+Tab", QT_TR_NOOP("Volgend tabblad"), QT_TR_NOOP("pagina's met tabbladen")),
    ("Space", QT_TR_NOOP("Aan- of uitvinken"), QT_TR_NOOP("lijsten met vinkjes")),
)


def shortcut_rows(entries) -> list[tuple[str, str, str]]:
    """Every listed shortcut as (keys, action, where) in the interface language; ``entries`` are the pages."""
    rows = [(e.shortcut, tr("Ga naar {page}").format(page=e.label), tr("overal")) for e in entries]
    rows += [(keys, tr(action), tr(where)) for keys, action, where in PAGE_SHORTCUTS]
    return rows


def shortcuts_html(entries) -> str:
    head = "<tr><th align='left'>{}</th><th align='left'>{}</th><th align='left'>{}</th></tr>".format(
        tr("Toetsen"), tr("Wat"), tr("Waar")
    )
    body = "".join(
        f"<tr><td>{keys}&nbsp;&nbsp;</td><td>{action}&nbsp;&nbsp;</td><td>{where}</td></tr>"
        for keys, action, where in shortcut_rows(entries)
    )
    return f"<table cellspacing='2'>{head}{body}</table>"


def shortcuts_dialog(parent, entries):  # type: ignore[no-untyped-def]
    """Help → Sneltoetsen: the table in a scrolling text view that fits the screen (the message box it was in
    grew to 860 pixels, its OK button below a 720-pixel screen), closed with Esc, Enter or Sluiten."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Sneltoetsen"))
    view = QTextBrowser(dialog)
    view.setHtml(shortcuts_html(entries))
    view.setAccessibleName(tr("Sneltoetsen"))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    view.document().setTextWidth(580)  # laid out at the dialog's width, so its height is the table's
    height = int(view.document().size().height()) + 90  # the table, the button row and the margins
    if available is not None:
        height = min(height, available.height() - 60)  # room for the title bar
    dialog.resize(620, max(240, height))
    buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
    return dialog
