"""WCAG AA: every coloured text in the interface has a contrast ratio of at least 4.5:1 with its background."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[1] / "src" / "signaaltracker" / "ui"
WINDOW = "#efefef"  # the Fusion window background the messages sit on
WHITE = "#ffffff"  # table cells


def luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground: str, background: str) -> float:
    a, b = luminance(foreground), luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def colour_in(path: str, pattern: str) -> str:
    """The colour a source file actually uses (so this test follows the code, not a copy of it)."""
    match = re.search(pattern, (UI / path).read_text(encoding="utf-8"))
    assert match, f"{path}: {pattern} not found"
    return match.group(1)


TEXT_ON_BACKGROUND = [
    ("form errors", lambda: colour_in("widgets.py", r"color: (#[0-9a-fA-F]{6})"), lambda: WINDOW),
    (
        "overdue actions",
        lambda: colour_in("pages/actions_page.py", r'OVERDUE_TEXT = QColor\("(#[0-9a-fA-F]{6})"'),
        lambda: colour_in("pages/actions_page.py", r'OVERDUE_BACKGROUND = QColor\("(#[0-9a-fA-F]{6})"'),
    ),
    (
        "grey figures (totals, unknown)",
        lambda: colour_in("figures/intake_model.py", r'GREY = QColor\("(#[0-9a-fA-F]{6})"\)'),
        lambda: WHITE,
    ),
    ("privacy banner", lambda: "#000000", lambda: colour_in("signals/editor.py", r"background: (#[0-9a-fA-F]{6})")),
    (
        "privacy highlight",
        lambda: "#000000",
        lambda: colour_in("signals/form.py", r'HIGHLIGHT = QColor\("(#[0-9a-fA-F]{6})"\)'),
    ),
]

# Every text colour set in a style sheet or in rich text (``color: #rrggbb`` — error and status messages on the
# window background), wherever it is: one entry per occurrence, so changing any one of them is checked.
STYLE_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")


def style_colours() -> list[tuple[str, str]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found += [(f"{path.relative_to(UI)}:{number}", m.group(1)) for m in STYLE_COLOUR.finditer(line)]
    return found


STYLE_COLOURS = style_colours()


@pytest.mark.parametrize(
    ("what", "foreground", "background"), TEXT_ON_BACKGROUND, ids=[t[0] for t in TEXT_ON_BACKGROUND]
)
def test_text_colours_meet_wcag_aa(what, foreground, background):
    ratio = contrast(foreground(), background())
    assert ratio >= 4.5, f"{what}: {ratio:.2f}:1"


@pytest.mark.parametrize(("where", "colour"), STYLE_COLOURS, ids=[w for w, _ in STYLE_COLOURS])
def test_style_sheet_text_colours_meet_wcag_aa(where, colour):
    ratio = contrast(colour, WINDOW)
    assert ratio >= 4.5, f"{where}: {colour} on the window background is {ratio:.2f}:1"


def test_the_style_sheet_scan_finds_the_messages():
    """The scan above must keep finding the coloured messages (a changed spelling would hide them)."""
    files = {where.split(":")[0] for where, _ in STYLE_COLOURS}
    assert {"widgets.py", "signals/form.py", "figures/facts_tab.py", "figures/intake_tab.py"} <= files
    assert len(STYLE_COLOURS) >= 8


def test_the_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") < 4.5  # the grey this test made us replace
