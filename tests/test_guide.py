"""The user guide: the shipped HTML matches docs/handleiding, shows existing screenshots, and Help opens it."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from signaaltracker.ui.navigation import guide_index

REPO = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("build_guide", REPO / "packaging" / "build_guide.py")
build_guide = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(build_guide)
CHAPTERS = {
    "index",
    "aan-de-slag",
    "dagelijks-werk",
    "overlegcyclus",
    "raadsmemo",
    "backups-en-privacy",
    "cijfers-inlezen",
}


def test_guide_has_every_chapter_and_shipped_copy_is_current(qapp, tmp_path):
    assert {p.stem for p in (REPO / "docs" / "handleiding").glob("*.md")} == CHAPTERS
    fresh = tmp_path / "guide"
    build_guide.build(target=fresh)
    shipped = REPO / "resources" / "guide"
    for path in fresh.rglob("*"):
        if path.is_file():
            twin = shipped / path.relative_to(fresh)
            assert twin.is_file() and twin.read_bytes() == path.read_bytes(), f"{twin} is stale; run make guide"


def test_every_page_link_and_image_of_the_shipped_guide_exists():
    shipped = REPO / "resources" / "guide"
    for page in shipped.glob("*.html"):
        html = page.read_text(encoding="utf-8")
        for target in re.findall(r'(?:href|src)="([^"#:]+)"', html):
            assert (shipped / target).is_file(), f"{page.name} points to missing {target}"
        assert "font-size:9pt" not in html  # text follows the browser's (system) font size


def test_help_finds_the_guide_start_page(qtbot, demo_store):
    from signaaltracker.ui.main_window import MainWindow

    index = guide_index()
    assert index is not None and index.name == "index.html"
    assert "Handleiding SignaalTracker" in index.read_text(encoding="utf-8")
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    assert window.guide_action.text() == "&Handleiding"
