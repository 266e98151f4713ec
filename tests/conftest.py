"""Shared fixtures: a fresh real database file per test, the demo world, and running the CLI as a process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest

from signaaltracker.exchange.demo import build_demo
from signaaltracker.store import Store, open_store

REPO = Path(__file__).resolve().parents[1]

if os.environ.get("CI") and not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "qpdf")):
    # The PDF checks (sharing levels in memo/minutes, embedded fonts) skip without these tools; in CI they must
    # run, and `make test` installs them (poppler-utils, qpdf) on Debian/Ubuntu.
    raise RuntimeError("CI needs poppler-utils and qpdf: the PDF content tests would be skipped without them.")
SHARED = REPO.parent / "shared"  # the developers' source of truth; tests read their copies in tests/data
TEST_DATA = REPO / "tests" / "data"


@pytest.fixture(scope="session", autouse=True)
def dutch_interface(qapp):
    """As the app does at start-up: the Dutch catalogue (its plural forms), Qt's Dutch texts and the Dutch locale
    for numbers. Tests of the language switch take it down and put it back."""
    from signaaltracker.ui.i18n import Translations

    translations = Translations(qapp)
    translations.apply("nl")
    yield translations
    translations.remove()


@pytest.fixture(autouse=True)
def private_view_state(tmp_path: Path) -> Path:
    """Every test keeps its view state (QSettings: filters, last page, splitter sizes) in a folder of its own, so
    no test sees what another left and none touches the developer's own."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "view-state"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def store(db_path: Path):
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    return path


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    """A private copy of the demo database (built once per session)."""
    target = tmp_path / "demo.db"
    target.write_bytes(demo_template.read_bytes())
    return target


@pytest.fixture
def demo_store(demo_path: Path):
    s: Store = open_store(demo_path)
    yield s
    s.close()


@pytest.fixture
def window(qtbot, demo_store):
    """The main window on a private copy of the demo database, shown offscreen."""
    from signaaltracker.ui.main_window import MainWindow

    w = MainWindow(demo_store)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    return w


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO / "src") + os.pathsep + env.get("PYTHONPATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="signaaltracker-test-config-")  # a private QSettings folder
    env.update(extra)
    return env


@pytest.fixture
def run_cli(tmp_path: Path):
    """Run ``signaaltracker ARGS`` as a separate process; returns the CompletedProcess."""

    def run(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "signaaltracker", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=tmp_path,
            env=cli_env(**env),
        )

    return run


@pytest.fixture
def test_data() -> Path:
    """The reference memo, intake CSV and EUDA files the tests need (copies of ../shared; see tests/data)."""
    return TEST_DATA
