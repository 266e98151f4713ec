"""Typing themes: case, hyphens and slashes do not matter ("3mm" finds "3-MMC")."""

from __future__ import annotations

import pytest

from signaaltracker.domain.errors import DomainError
from signaaltracker.ui.signals.theme_edit import ThemeEdit

THEMES = [(1, "3-MMC"), (2, "Cannabis"), (3, "Telefoon/social media"), (4, "Lachgas"), (5, "Lachgas (ballonnen)")]


@pytest.fixture
def edit(qtbot):
    widget = ThemeEdit()
    qtbot.addWidget(widget)
    widget.set_themes(THEMES)
    return widget


@pytest.mark.parametrize(
    ("typed", "ids"),
    [("3mm", [1]), ("3MMC", [1]), ("3-mmc, can", [1, 2]), ("telefoon social", [3]), ("lachgas", [4])],
)
def test_typed_names_resolve_whatever_the_punctuation(edit, typed, ids):
    edit.setText(typed)
    assert edit.theme_ids() == ids


def test_an_ambiguous_or_unknown_beginning_is_told(edit):
    edit.setText("lachgas ball")
    assert edit.theme_ids() == [5]
    edit.setText("la")
    with pytest.raises(DomainError, match="meer dan één"):
        edit.theme_ids()
    edit.setText("heroïne")
    with pytest.raises(DomainError, match="bestaat niet"):
        edit.theme_ids()


def test_the_pop_up_offers_3_mmc_for_3mm(qtbot, edit):
    edit.show()
    edit.setFocus()
    qtbot.keyClicks(edit, "3mm")
    completer = edit.completer()
    assert completer.completionCount() == 1 and completer.currentIndex().data() == "3-MMC"
    qtbot.keyClicks(edit, ", soc")
    assert completer.completionCount() == 1 and completer.currentIndex().data() == "Telefoon/social media"
