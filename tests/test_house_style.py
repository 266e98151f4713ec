"""Every PDF uses the house style: embedded fonts only, PDF/A-2b markers, page numbers, atomic writes."""

from __future__ import annotations

import shutil
import subprocess

import pikepdf
import pytest

from signaaltracker.reports.house_style import DocumentInfo, build_pdf, bullets, paragraph, styles

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils missing")


def _sample(tmp_path):
    s = styles()
    story = [paragraph("MEMO aan Raad", s["title"])]
    for _ in range(40):
        story += [
            paragraph("Welke signalen zijn bekend?", s["h1"]),
            bullets([paragraph("Jongeren – “3-MMC” – ĳs € ’t Heelal", s["body"])]),
        ]
    out = tmp_path / "doc.pdf"
    build_pdf(out, story, DocumentInfo("Testdocument", "W. Jansen", "Onderwerp", "Noordoostpolder"))
    return out


def test_fonts_are_all_embedded_and_pdfa_markers_exist(tmp_path):
    out = _sample(tmp_path)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.strip().splitlines()[2:]
    assert rows, fonts
    assert all(row.split()[-5] == "yes" for row in rows), fonts  # the "emb" column
    assert "Helvetica" not in fonts
    subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True, check=True)
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert len(pdf.Root.OutputIntents) == 1
        assert str(pdf.Root.Lang) == "nl-NL"
        assert "/ID" in pdf.trailer
        assert not pdf.is_encrypted


def test_page_numbers_and_text(tmp_path):
    out = _sample(tmp_path)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.count("\f")
    assert pages >= 2
    assert f"pagina 1 van {pages}" in text and f"pagina {pages} van {pages}" in text
    assert "ĳs € ’t Heelal" in text


def test_failed_build_leaves_nothing_behind(tmp_path):
    class Boom(Exception):
        pass

    from reportlab.platypus import Flowable

    class Exploding(Flowable):
        def wrap(self, *args):
            raise Boom()

    with pytest.raises(Boom):
        build_pdf(tmp_path / "x.pdf", [Exploding()], DocumentInfo("t", "a", "s", "m"))
    assert list(tmp_path.iterdir()) == []
