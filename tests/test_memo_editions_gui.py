"""Issue 16 on the Raadsmemo page: editions, signal order, fact choice, the subject rule, unsaved text."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from signaaltracker.domain.facts import Fact
from signaaltracker.ui.pages.memo_page import MemoPage

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pdf_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())


@pytest.fixture
def make_page(qtbot, demo_store):
    def make() -> MemoPage:
        p = MemoPage(demo_store)
        qtbot.addWidget(p)
        p.refresh()
        p.timer.stop()
        return p

    return make


def test_next_edition_moves_the_period_on_and_keeps_the_first_frozen(make_page, tmp_path):
    page = make_page()
    assert page.export_to(tmp_path / "eerste.pdf"), page.status.text()
    first = page.editor.memo
    page.store.facts.add(Fact(date.today() - timedelta(days=3), "GGD", "Een nieuw feit van deze week."))
    memo = page.next_memo()
    assert memo.previous_id == first.id and memo.exported_at is None
    assert memo.period_from == date(2024, 10, 25) and memo.period_to == date.today()
    assert page.editor.intro.toPlainText() == first.intro and page.editor.subject.text() == first.subject
    facts = {
        page.editor.fact_list.item(i).toolTip(): page.editor.fact_list.item(i).checkState()
        for i in range(page.editor.fact_list.count())
    }
    assert facts["Een nieuw feit van deze week."] == Qt.CheckState.Checked
    assert [state for text, state in facts.items() if "Gezondheidsmonitor" in text] == [Qt.CheckState.Unchecked]
    assert page.store.memos.get(first.id).snapshot == first.snapshot

    # after a restart Raadsmemo opens the newest edition, not the demo draft
    again = make_page()
    assert again.editor.memo.id == memo.id


def test_new_memo_asks_before_discarding_typed_text(make_page):
    page = make_page()
    page.editor.intro.setPlainText("Een zorgvuldig getypte inleiding.")
    assert page.has_unsaved_changes()
    questions = []
    page.confirm = lambda *args: questions.append(args) or False
    page.new_memo()
    assert questions and page.editor.intro.toPlainText() == "Een zorgvuldig getypte inleiding."
    page.confirm = lambda *args: True
    page.new_memo()
    assert page.editor.intro.toPlainText() == "" and not page.has_unsaved_changes()


def test_empty_subject_is_refused_at_the_field(make_page, tmp_path):
    page = make_page()
    page.editor.subject.setText("")
    assert not page.export_to(tmp_path / "zonder.pdf")
    assert not page.editor.subject_error.isHidden() and "onderwerp" in page.editor.subject_error.text()
    assert not list(tmp_path.glob("*.pdf"))


def test_signal_order_and_fact_choice_reach_the_pdf(make_page, qtbot, tmp_path):
    page = make_page()
    signals = page.editor.signal_list
    last = signals.item(signals.count() - 1).toolTip()
    first = signals.item(0).toolTip()
    signals.setCurrentRow(signals.count() - 1)
    signals.setFocus()
    for _ in range(signals.count() - 1):
        qtbot.keyClick(signals, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    # let go of Ctrl: Qt remembers the last key event's modifiers, and a later test's selectRow() would toggle
    qtbot.keyClick(signals, Qt.Key.Key_Control)
    assert signals.item(0).toolTip() == last
    facts = page.editor.fact_list
    dropped = facts.item(0).toolTip()
    facts.item(0).setCheckState(Qt.CheckState.Unchecked)
    page.editor.kenmerk.setText("Z/24/4711")
    page.editor.attachments.setPlainText("Factsheet instroom Tactus\nOverzicht overlegstructuren")
    out = tmp_path / "volgorde.pdf"
    assert page.export_to(out), page.status.text()
    text = pdf_text(out)
    assert text.index(last[:60]) < text.index(first[:60])
    assert dropped[:60] not in text
    assert "Z/24/4711" in text and "Factsheet instroom Tactus" in text and "Bijlagen" in text
    stored = page.store.memos.get(page.editor.memo.id)
    assert stored.signal_order[0] == signals.item(0).data(Qt.ItemDataRole.UserRole)
    assert stored.excluded_fact_ids == [facts.item(0).data(Qt.ItemDataRole.UserRole)]


def test_house_style_reaches_page_one(qtbot, demo_store, make_page, tmp_path):
    from signaaltracker.ui.pages.settings_page import SettingsPage

    svg = tmp_path / "logo.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80">'
        '<rect width="200" height="80" fill="#1f4e79"/></svg>',
        encoding="utf-8",
    )
    settings = SettingsPage(demo_store)
    qtbot.addWidget(settings)
    settings.refresh()
    assert not settings.load_logo(tmp_path / "missing.png") and "niet veranderd" in settings.status.text()
    assert settings.load_logo(svg)
    settings.signature.setText("Het college van burgemeester en wethouders")
    settings.contact_name.setText("A. de Vries")
    settings.contact_details.setText("a.devries@example.nl")
    settings.save()
    page = make_page()
    assert page.new_memo() is None
    assert page.editor.signature.text() == "Het college van burgemeester en wethouders"
    page.editor.subject.setText("Stand van zaken")
    out = tmp_path / "huisstijl.pdf"
    assert page.export_to(out), page.status.text()
    text = pdf_text(out)
    assert "Contactpersoon : A. de Vries, a.devries@" in text, text[:400]
    assert text.rstrip().split("Het college van burgemeester en wethouders")[0]  # printed at the end
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    first_page = [line for line in images.splitlines()[2:] if line.split()[0] == "1"]
    assert len(first_page) >= 1


def test_a_fact_with_a_period_is_kept_and_shown(qtbot, demo_store):
    from signaaltracker.ui.figures.facts_tab import FactsTab

    tab = FactsTab(demo_store)
    qtbot.addWidget(tab)
    tab.refresh()
    tab.clear_form()
    tab.stated_on.set_date(date(2025, 1, 1))
    tab.period_end.set_date(date(2025, 3, 31))
    tab.source.setText("GGD")
    tab.text.setPlainText("Het eerste kwartaal van 2025 in één feit.")
    tab.save()
    fact = next(f for f in demo_store.facts.list() if f.source == "GGD")
    assert (fact.stated_on, fact.period_end) == (date(2025, 1, 1), date(2025, 3, 31))
    assert fact.overlaps(date(2025, 3, 1), date(2025, 6, 30)) and not fact.overlaps(date(2025, 4, 1), None)
    shown = [tab.table.item(r, 1).text() for r in range(tab.table.rowCount())]
    assert "1 januari 2025 – 31 maart 2025" in shown
    tab.period_end.set_date(date(2024, 12, 1))  # before the start: refused, nothing changed
    tab.save()
    assert "vóór" in tab.status.text()
    assert demo_store.facts.get(fact.id).period_end == date(2025, 3, 31)
