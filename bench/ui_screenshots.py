"""Screenshots of every page (and tab) of the GUI for docs/screenshots, at a laptop size, with the keyboard
focus shown, or at 200 % text.

    xvfb-run -s "-screen 0 1280x720x24" python bench/ui_screenshots.py --db demo.db --out docs/screenshots
    xvfb-run -s "-screen 0 1280x720x24" python bench/ui_screenshots.py --db demo.db --focus
    QT_SCALE_FACTOR=2 xvfb-run -s "-screen 0 1920x1080x24" python bench/ui_screenshots.py --db demo.db --scaled

The window gets the screen's size less a 40-pixel taskbar (1280×680 on a 1280×720 screen; 960×520 logical
pixels at 200 % on 1920×1080).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

# (page key, tab index or None, file name); names the docs already use are kept.
SHOTS = (
    ("overview", None, "overview.png"),
    ("signals", None, "signals-page.png"),
    ("meetings", None, "meetings-page.png"),
    ("actions", None, "actions-page.png"),
    ("figures", 0, "figures-page.png"),
    ("figures", 1, "figures-facts.png"),
    ("figures", 2, "figures-wastewater.png"),
    ("figures", 3, "figures-trends.png"),
    ("registers", None, "registers-page.png"),
    ("memo", 0, "memo-editor.png"),
    ("memo", 1, "memo-history.png"),
    ("settings", None, "settings-page.png"),
    ("data", 0, "gegevens-backups.png"),
    ("data", 1, "gegevens-retention.png"),
    ("data", 2, "gegevens-audit.png"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--focus", action="store_true", help="press Tab a few times first; files focus-*.png")
    parser.add_argument("--scaled", action="store_true", help="files scale200-*.png (run with QT_SCALE_FACTOR=2)")
    parser.add_argument("--tabs", type=int, default=4, help="Tab presses before a focus screenshot")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTabWidget

    from signaaltracker.store import open_store
    from signaaltracker.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(args.db)
    window = MainWindow(store)
    screen = app.primaryScreen().availableGeometry()
    window.resize(screen.width(), screen.height() - 40)
    window.move(0, 0)
    window.show()
    window.activateWindow()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle(800)
    args.out.mkdir(parents=True, exist_ok=True)
    prefix = "focus-" if args.focus else "scale200-" if args.scaled else ""
    for key, tab, name in SHOTS:
        page = window.show_page(key)
        if tab is not None:
            tabs = next(t for t in page.findChildren(QTabWidget) if t.parentWidget() is page or t.isVisible())
            tabs.setCurrentIndex(tab)
        settle(4000 if key == "memo" and tab == 0 else 600)  # the memo preview is rendered in the background
        if args.focus:
            window.nav.setFocus()
            for _ in range(args.tabs):
                QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            settle(200)
        window.grab().save(str(args.out / f"{prefix}{name}"))
        print(args.out / f"{prefix}{name}", window.size().toTuple())
    store.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
