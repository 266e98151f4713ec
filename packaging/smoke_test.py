"""Smoke test of a built bundle (dist/signaaltracker/): run the programs in it as a user would.

    python packaging/smoke_test.py dist/signaaltracker

Checks: `--version` of both programs; `demo` + `check` on a fresh database; the GUI offscreen on that
database with `--exit-after-first-paint`, once in Dutch and once in English, without translation warnings
in the log (Linux); `export-memo` to a PDF when the bundle has that command (it needs reportlab's data files).
Then the parts that load modules and data lazily, through the real commands: a fact with a Dutch and a Belgian
mobile number, an IBAN and a BSN is added and `export-memo` must mask them in the PDF (phonenumbers' region
modules, python-stdnum and its iban.dat); Dutch CSV files with "1.234" and "1.234,5" are read by
`import-figures` and `import-wastewater` (and an English "1,234.5") and the values checked in an `export` (babel's
nl_NL and en_US locale data, the only ones the spec keeps).
Runs with HOME and the XDG folders in a temporary directory, so the user's own data is never touched.
Exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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


def pdf_text(pdf: Path) -> str:
    """The PDF's text with all white space as single spaces: pdftotext (poppler) where it is installed, else
    pypdfium2 (a runtime dependency, so in the venv that builds the bundle, also on Windows)."""
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, timeout=TIMEOUT
        ).stdout.decode("utf-8")
    else:
        import pypdfium2

        document = pypdfium2.PdfDocument(str(pdf))
        try:
            text = "\n".join(page.get_textpage().get_text_range() for page in document)
        finally:
            document.close()
    return " ".join(text.split())


# A fact whose text holds what the privacy screening must mask in the memo. "+32 470 12 34 56" is only found by
# phonenumbers (our own patterns know Dutch numbers only), with its Belgian metadata module imported by name;
# NL91ABNA0417164300 needs python-stdnum and its iban.dat, 111222333 (passes the 11-check) stdnum.nl.bsn.
# BE41539007547035 has correct IBAN check digits but a wrong Belgian account check: stdnum.be.iban (also
# imported by name) rejects it, so it must stay; without that module the bundle would mask it.
PERSONAL_FACT = (
    "Melding via 06-12345678 en +32 470 12 34 56, rekening NL91ABNA0417164300, BSN 111222333; "
    "BE41539007547035 is geen rekeningnummer."
)
MUST_BE_MASKED = ("06-12345678", "+32 470 12 34 56", "NL91ABNA0417164300", "111222333")
EXPECTED_MASKS = {"[telefoonnummer verwijderd]": 2, "[IBAN verwijderd]": 1, "[BSN verwijderd]": 1}
NOT_PERSONAL = "BE41539007547035"

# Dutch spreadsheets as saved from Excel: ';' between cells, thousands dot and decimal comma. "1.234" and
# "1.234,5" have grouping, so they are parsed by babel with its nl_NL data ("3,0" and "12,5" are not).
DUTCH_FIGURES = (
    "verslaving;leeftijd;periode_van;periode_tot;aantal\r\n"
    "Cannabis;0-18;1-1-2024;1-5-2024;1.234\r\n"
    "Lachgas;>18;1-1-2024;1-5-2024;3,0\r\n"
)
DUTCH_WASTEWATER = (
    "Year;Metabolite;City;Weekday mean;Weekend mean;Daily mean\r\n2025;cocaine;Emmeloord;1.234,5;;12,5\r\n"
)
# The English way ("1,234.5", as the EUDA files are written) goes through babel's en_US data.
ENGLISH_WASTEWATER = (
    'Year,Metabolite,City,Weekday mean,Weekend mean,Daily mean\r\n2025,MDMA,Emmeloord,"1,234.5",,8.82\r\n'
)


def check_privacy_screening(bundle: Bundle, tmp: Path) -> None:
    # A database of its own: the demo memo's edition is fixed once it has been exported, so a fact added to the
    # database exported above would not be in the memo.
    db = tmp / "privacy.db"
    bundle.run(bundle.cli, "demo", "--db", str(db))
    bundle.run(bundle.cli, "fact", "add", "--db", str(db), "--date", "2024-09-01", "--text", PERSONAL_FACT)
    pdf = tmp / "memo-masked.pdf"
    result = bundle.run(bundle.cli, "export-memo", "--db", str(db), "--out", str(pdf))
    text = pdf_text(pdf)
    if "Melding via" not in text:
        raise SmokeFailure(f"the fact is not in the memo PDF:\n{text[-2000:]}")
    shown = [value for value in (*MUST_BE_MASKED, *(v.replace(" ", "") for v in MUST_BE_MASKED)) if value in text]
    if shown:
        raise SmokeFailure(f"export-memo left personal data in the PDF: {shown}")
    counts = {mask: text.count(mask) for mask in EXPECTED_MASKS}
    if counts != EXPECTED_MASKS:
        raise SmokeFailure(f"masks in the PDF {counts}, expected {EXPECTED_MASKS}:\n{text[-2000:]}")
    if NOT_PERSONAL not in text:
        raise SmokeFailure(f"{NOT_PERSONAL} (wrong Belgian account check) was masked: stdnum.be.iban is missing")
    for label in ("telefoonnummer", "rekeningnummer (IBAN)", "burgerservicenummer"):
        if label not in result.stderr:
            raise SmokeFailure(f"export-memo did not report the masked {label}:\n{result.stderr}")
    print("  privacy screening: phone numbers (NL, BE), IBAN and BSN masked in the memo PDF")


def table_rows(export: dict, table: str) -> list[dict]:
    data = export["tables"][table]
    return [dict(zip(data["columns"], row, strict=True)) for row in data["rows"]]


def check_dutch_numbers(bundle: Bundle, db: Path, tmp: Path) -> None:
    figures = tmp / "instroom.csv"
    figures.write_text(DUTCH_FIGURES, encoding="utf-8")
    out = bundle.run(bundle.cli, "import-figures", "--db", str(db), str(figures)).stdout
    if "ingelezen" not in out:
        raise SmokeFailure(f"import-figures printed {out!r}")
    for source, content in (("Eigen meting", DUTCH_WASTEWATER), ("Eigen meting EN", ENGLISH_WASTEWATER)):
        wastewater = tmp / "rioolwater.csv"
        wastewater.write_text(content, encoding="utf-8")
        bundle.run(bundle.cli, "import-wastewater", "--db", str(db), "--source", source, str(wastewater))
    dump = tmp / "export.json"
    bundle.run(bundle.cli, "export", "--db", str(db), "--out", str(dump))
    export = json.loads(dump.read_text(encoding="utf-8"))
    values = {(r["period_start"], r["period_end"], r["value"]) for r in table_rows(export, "figures")}
    if ("2024-01-01", "2024-05-01", 1234) not in values:
        raise SmokeFailure(f"'1.234' was not read as 1234 by import-figures: {sorted(values)}")
    own = {r["source"]: (r["weekday_mean"], r["daily_mean"]) for r in table_rows(export, "wastewater")}
    if own.get("Eigen meting") != (1234.5, 12.5):
        raise SmokeFailure(f"'1.234,5' and '12,5' were not read as 1234.5 and 12.5 by import-wastewater: {own}")
    if own.get("Eigen meting EN") != (1234.5, 8.82):
        raise SmokeFailure(f"'1,234.5' and '8.82' were not read as 1234.5 and 8.82 by import-wastewater: {own}")
    print("  numbers: Dutch '1.234' and '1.234,5', English '1,234.5' read by import-figures and import-wastewater")


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
            check_privacy_screening(bundle, Path(tmp))
            check_dutch_numbers(bundle, db, Path(tmp))
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
