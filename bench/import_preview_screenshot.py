"""Take the guide's screenshot of the import preview: the memo-style table with a wrong total, on the demo.

    xvfb-run -s "-screen 0 1280x720x24" .venv/bin/python bench/import_preview_screenshot.py --out docs/screenshots

The table is the one tests/test_partner_files.py builds (three periods, a Totaal row whose first number is off by
one, a blank row and a footnote), read into a fresh demo database.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from signaaltracker.exchange.demo import build_demo
    from signaaltracker.store import open_store
    from signaaltracker.ui.main_window import MainWindow
    from test_partner_files import write_xlsx

    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="preview-shot-"))
    build_demo(folder / "demo.db")
    store = open_store(folder / "demo.db")
    window = MainWindow(store)
    window.resize(1200, 800)
    window.show()
    page = window.show_page("figures")
    dialog = page.intake.import_path(write_xlsx(folder / "tactus-2024.xlsx", totals=(24, 32, 22)), confirm=False)
    dialog.resize(900, 640)
    dialog.show()
    loop = QEventLoop()
    QTimer.singleShot(800, loop.quit)
    loop.exec()
    args.out.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(args.out / "import-preview.png"))
    dialog.close()
    store.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
