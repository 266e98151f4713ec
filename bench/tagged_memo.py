"""Benchmark: our tagged PDF/A memo export against LibreOffice's tagged PDF/A export of the same memo as DOCX.

    python bench/tagged_memo.py [--runs 5] [--keep DIR]

Both sides are timed as whole processes on the demo register:
- ours: `signaaltracker export-memo` (compose, screen for personal data, render, tag, PDF/A-2b + PDF/UA-1);
- LibreOffice: `soffice --headless --convert-to pdf:writer_pdf_Export:{…}` of the memo as a DOCX, with tagged
  PDF, PDF/UA and PDF/A-2 switched on, in a warm user profile (the first, untimed run creates it).
The DOCX is made once, untimed, from the same composed memo: HTML (headings, paragraphs, lists, the intake table,
the chart as a PNG with its alt text) converted by LibreOffice itself. Bench only: nothing here is a runtime
dependency. Also prints what `pdfua check` finds in both PDFs. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import html
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

LO_FILTER = "pdf:writer_pdf_Export:" + json.dumps(
    {
        "UseTaggedPDF": {"type": "boolean", "value": "true"},
        "PDFUACompliance": {"type": "boolean", "value": "true"},
        "SelectPdfVersion": {"type": "long", "value": "2"},  # PDF/A-2b
        "ExportBookmarks": {"type": "boolean", "value": "true"},
    },
    separators=(",", ":"),
)


def _run(command: list[str], **kwargs) -> tuple[float, float]:
    """Wall-clock and CPU (user + system of the child) seconds of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **kwargs)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def memo_html(db: Path, folder: Path) -> Path:
    """The composed demo memo as HTML, with the chart as a PNG (via a one-drawing PDF and pdftoppm)."""
    from reportlab.graphics import renderPDF

    from signaaltracker.reports.house_style import register_fonts
    from signaaltracker.reports.memo_chart import intake_chart
    from signaaltracker.reports.memo_chart_text import chart_description
    from signaaltracker.reports.memo_compose import compose_memo
    from signaaltracker.reports.memo_export import latest_memo
    from signaaltracker.store import open_store

    register_fonts()
    store = open_store(db, create=False)
    try:
        doc = compose_memo(store, latest_memo(store))
    finally:
        store.close()
    e = html.escape
    parts = [
        f"<html lang='nl-NL'><head><meta charset='utf-8'><title>{e(doc.title)}</title></head><body>",
        f"<h1>{e(doc.title)}</h1><table>",
    ]
    parts += [f"<tr><th scope='row'>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in doc.header]
    parts.append("</table>")
    if doc.policy_reference:
        parts.append(f"<h2>Beleidsreferentie</h2><p>{e(doc.policy_reference)}</p>")
    parts.append("<h2>Inleiding</h2>" + "".join(f"<p>{e(t)}</p>" for t in doc.intro))
    parts.append(
        "<p>Met deze memo informeren wij u over:</p><ul>" + "".join(f"<li>{e(t)}</li>" for t in doc.overview) + "</ul>"
    )
    charts = 0
    for section in doc.sections:
        parts.append(f"<h2>{e(section.heading)}</h2>")
        for block in section.blocks:
            if block.kind == "paragraphs":
                parts += [f"<p>{e(t)}</p>" for t in block.texts]
            elif block.kind == "label":
                parts += [f"<h3>{e(t)}</h3>" for t in block.texts]
            elif block.kind == "bullets":
                parts.append(
                    "<ul>"
                    + "".join(f"<li>{e(b.lead + ': ' if b.lead else '')}{e(b.text)}</li>" for b in block.bullets)
                    + "</ul>"
                )
            elif block.kind == "table" and block.table is not None:
                t = block.table
                parts.append(
                    f"<p>{e(t.caption)}</p><table border='1'><tr><th></th><th>{e(t.age_heading)}</th>"
                    + "".join(f"<th scope='col'>{e(p)}</th>" for p in t.periods)
                    + "</tr>"
                )
                for row in t.rows:
                    parts.append(
                        f"<tr><th scope='row'>{e(row.indicator)}</th><td>{e(row.age_group)}</td>"
                        + "".join(f"<td>{e(c)}</td>" for c in row.cells)
                        + "</tr>"
                    )
                parts.append(
                    "<tr><th scope='row'>Totaal</th><td></td>"
                    + "".join(f"<td>{e(c)}</td>" for c in t.totals)
                    + "</tr></table>"
                )
                parts += [f"<p><small>{e(n)}</small></p>" for n in t.footnotes]
            elif block.kind == "chart" and block.table is not None and block.table.bars:
                charts += 1
                drawing = intake_chart(block.table, 460)
                pdf = folder / f"chart{charts}.pdf"
                renderPDF.drawToFile(drawing, str(pdf))
                png = folder / f"chart{charts}"
                subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", str(pdf), str(png)], check=True)
                parts.append(
                    f"<p><img src='chart{charts}.png' width='614' "
                    f"alt='{e(chart_description(block.table), quote=True)}'></p>"
                )
    if doc.signature:
        parts.append(f"<p>{e(doc.signature)}</p>")
    if doc.attachments:
        parts.append("<h2>Bijlagen</h2><ul>" + "".join(f"<li>{e(t)}</li>" for t in doc.attachments) + "</ul>")
    parts.append("</body></html>")
    page = folder / "memo.html"
    page.write_text("".join(parts), encoding="utf-8")
    return page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="folder for the files (default: a temporary one)")
    args = parser.parse_args()
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed")
        return 1

    from common import env
    from signaaltracker.exchange.demo import build_demo

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-tagged-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        db = folder / "demo.db"
        if not db.exists():
            build_demo(db)
        ours = folder / "ours.pdf"
        command = [sys.executable, "-m", "signaaltracker", "export-memo", "--db", str(db), "--out", str(ours)]
        _run(command, env=env())  # warm the file cache and the .pyc files

        profile = f"-env:UserInstallation=file://{folder / 'lo-profile'}"
        source = memo_html(db, folder)
        lo_out = folder / "lo"
        lo_out.mkdir(exist_ok=True)
        subprocess.run(
            [
                soffice,
                profile,
                "--headless",
                "--convert-to",
                "docx:MS Word 2007 XML",
                "--outdir",
                str(lo_out),
                str(source),
            ],
            check=True,
            capture_output=True,
        )
        docx = lo_out / "memo.docx"
        convert = [soffice, profile, "--headless", "--convert-to", LO_FILTER, "--outdir", str(lo_out), str(docx)]
        _run(convert)  # warm profile
        our_runs, lo_runs = [], []
        for _ in range(args.runs):  # interleaved, so both see the same load on a shared machine
            our_runs.append(_run(command, env=env()))
            lo_runs.append(_run(convert))

        def line(label: str, runs: list[tuple[float, float]]) -> float:
            walls = [w for w, _ in runs]
            print(
                f"{label:<48} wall median {statistics.median(walls):.3f} s, best {min(walls):.3f} s; "
                f"CPU median {statistics.median(c for _, c in runs):.3f} s"
            )
            return statistics.median(walls)

        ours_median = line("SignaalTracker export-memo (tagged PDF/A-2b)", our_runs)
        lo_median = line("LibreOffice DOCX -> tagged PDF/A-2b (PDF/UA)", lo_runs)
        print(
            f"LibreOffice / ours: {lo_median / ours_median:.1f}x (wall-clock medians, n={args.runs}); CPU: "
            f"{statistics.median(c for _, c in lo_runs) / statistics.median(c for _, c in our_runs):.1f}x"
        )
        for label, pdf in (("ours", ours), ("LibreOffice", lo_out / "memo.pdf")):
            check = subprocess.run([sys.executable, "-m", "pdfua", "check", str(pdf)], capture_output=True, text=True)
            result = next((x.strip() for x in check.stdout.splitlines() if "result:" in x), "?")
            print(f"pdfua check, {label}: exit {check.returncode}; {result}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
