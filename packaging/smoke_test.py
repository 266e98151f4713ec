"""Smoke test of a built bundle (dist/signaaltracker/): run the programs in it as a user would.

    python packaging/smoke_test.py dist/signaaltracker

Checks: `--version` of both programs; `demo` + `check` on a fresh database; the GUI offscreen on that
database with `--exit-after-first-paint`, once in Dutch and once in English, without translation warnings
in the log (Linux); `export-memo` to a PDF when the bundle has that command (it needs reportlab's data files).
Runs with HOME and the XDG folders in a temporary directory, so the user's own data is never touched.
Exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120


class SmokeFailure(Exception):
    pass


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        suffix = ".exe" if sys.platform == "win32" else ""
        self.folder = folder
        self.gui = folder / f"signaaltracker{suffix}"
        self.cli = folder / f"signaaltracker-cli{suffix}"
        self.env = dict(os.environ)
        for key in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            self.env.pop(key, None)
        self.env.update(
            {
                "HOME": str(home),
                "USERPROFILE": str(home),
                "APPDATA": str(home / "AppData"),
                "LOCALAPPDATA": str(home / "AppData" / "Local"),
                "XDG_DATA_HOME": str(home / "data"),
                "XDG_STATE_HOME": str(home / "state"),
                "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_CACHE_HOME": str(home / "cache"),
                "QT_QPA_PLATFORM": "offscreen",
            }
        )
        self.home = home

    def run(self, program: Path, *args: str, expect: int | None = 0) -> subprocess.CompletedProcess:
        """Run a program of the bundle; ``expect=None`` accepts any non-zero exit status."""
        start = time.monotonic()
        result = subprocess.run(
            [str(program), *args], capture_output=True, text=True, timeout=TIMEOUT, env=self.env, cwd=self.home
        )
        elapsed = time.monotonic() - start
        print(f"  {program.name} {' '.join(args)} -> {result.returncode} ({elapsed:.2f} s)")
        if (result.returncode == 0) if expect is None else (result.returncode != expect):
            raise SmokeFailure(
                f"{program.name} {' '.join(args)} exited {result.returncode}, expected {expect or 'an error'}\n"
                f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
            )
        return result

    def log_text(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in self.home.rglob("signaaltracker.log*"))


def set_language(db: Path, language: str) -> None:
    """Store ``ui.language`` through our own store (from the source tree), as the settings page would."""
    sys.path.insert(0, str(ROOT / "src"))
    from signaaltracker.store import open_store

    store = open_store(db)
    try:
        store.settings.set("ui.language", language)
    finally:
        store.close()


def check_layout(bundle: Bundle) -> None:
    for program in (bundle.gui, bundle.cli):
        if not program.is_file() or not os.access(program, os.X_OK):
            raise SmokeFailure(f"{program} is missing or not executable")
    internal = bundle.folder / "_internal"
    needed = [
        internal / "signaaltracker" / "resources" / "icons" / "signaaltracker-256.png",
        internal / "signaaltracker" / "resources" / "fonts" / "DejaVuSans.ttf",
        internal / "signaaltracker" / "resources" / "translations" / "signaaltracker_en.qm",
        internal / "reportlab" / "fonts",
    ]
    for path in needed:
        if not path.exists():
            raise SmokeFailure(f"the bundle lacks {path.relative_to(bundle.folder)}")
    print("  layout: programs, icons, fonts, translations and reportlab's data are present")


def smoke(folder: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="signaaltracker-smoke-") as tmp:
        bundle = Bundle(folder.resolve(), Path(tmp))
        check_layout(bundle)
        # The windowed Windows program has no stdout to read back; its --version is checked on Linux only.
        for program in (bundle.cli,) if sys.platform == "win32" else (bundle.cli, bundle.gui):
            out = bundle.run(program, "--version").stdout
            if "SignaalTracker" not in out:
                raise SmokeFailure(f"--version printed {out!r}")
        db = Path(tmp) / "demo.db"
        bundle.run(bundle.cli, "demo", "--db", str(db))
        report = bundle.run(bundle.cli, "check", "--db", str(db)).stdout
        if "signals" not in report:
            raise SmokeFailure(f"check printed no counts:\n{report}")
        missing = bundle.run(bundle.cli, "check", "--db", str(Path(tmp) / "missing" / "x.db"), expect=None)
        if "Traceback" in missing.stderr or not missing.stderr.strip():
            raise SmokeFailure(f"check on a missing file gave no clear message:\n{missing.stderr}")
        for language in ("nl", "en"):
            set_language(db, language)
            bundle.run(bundle.gui, "--db", str(db), "--exit-after-first-paint")
        if sys.platform == "win32":
            # platformdirs asks Windows itself for the log folder, so it is not under the temporary HOME.
            print("  log check: skipped on Windows")
        else:
            if not list(bundle.home.rglob("signaaltracker.log")):
                raise SmokeFailure("the GUI wrote no log file in the user log folder")
            log = bundle.log_text()
            if "translation" in log or "Traceback" in log:
                raise SmokeFailure(f"the GUI logged problems:\n{log}")
        help_text = bundle.run(bundle.cli, "--help").stdout
        if "export-memo" in help_text:
            pdf = Path(tmp) / "memo.pdf"
            bundle.run(bundle.cli, "export-memo", "--db", str(db), "--out", str(pdf))
            if not pdf.read_bytes().startswith(b"%PDF"):
                raise SmokeFailure("export-memo did not write a PDF")
        else:
            print("  export-memo: not in this build yet, skipped")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke test of a built SignaalTracker bundle.")
    parser.add_argument("bundle", type=Path, nargs="?", default=ROOT / "dist" / "signaaltracker")
    args = parser.parse_args(argv)
    print(f"Smoke test of {args.bundle}")
    try:
        smoke(args.bundle)
    except (SmokeFailure, subprocess.TimeoutExpired) as exc:
        print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"Smoke test passed; bundle size {folder_size(args.bundle) / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
