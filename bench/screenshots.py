"""Take the documentation screenshots of the Cijfers and Overzicht pages from a database.

    python bench/screenshots.py --db /tmp/demo-with-euda.db --out docs/screenshots

Run under a display (e.g. Xvfb) or with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--tab", type=int, default=0, help="tab of the Cijfers page to show")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from signaaltracker.store import open_store
    from signaaltracker.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(args.db)
    window = MainWindow(store)
    window.resize(1200, 800)
    window.show()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle(800)
    args.out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(args.out / "overview.png"))
    page = window.show_page("figures")
    page.tabs.setCurrentIndex(args.tab)
    settle(500)
    suffix = "" if args.tab == 0 else f"-tab{args.tab}"
    window.grab().save(str(args.out / f"figures-page{suffix}.png"))
    store.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
