"""Issue 17: every PDF the app writes is tagged (PDF/UA-1) and still PDF/A-2b.

The memo, agenda and minutes are made from the demo world, read back with pikepdf and checked three ways: the
`pdfua` checker finds nothing, our own walk over the structure tree finds the element kinds a screen reader
needs, and every text-showing operator on every page lies in tagged content or in an artifact.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pikepdf
import pytest
from pdfua import validate

from pdf_tags import elements, page_content, structure, text_in_structure_order
from signaaltracker.reports.house_style import DocumentInfo, build_pdf, paragraph, styles
from signaaltracker.reports.meeting_render import write_meeting_pdf
from signaaltracker.reports.memo_compose import compose_memo
from signaaltracker.reports.memo_export import export_memo, latest_memo
from signaaltracker.reports.tagging import Node, TaggedList, figure, table_cells, tag


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def memo_pdf(demo_store, tmp_path) -> Path:
    return export_memo(demo_store, latest_memo(demo_store), tmp_path / "memo.pdf", record=False).path


def _meeting_pdf(store, tmp_path, kind: str) -> Path:
    meeting_id = max(m.id for m in store.meetings.list())
    return write_meeting_pdf(store, meeting_id, kind, tmp_path / f"{kind}.pdf")


def _documents(store, tmp_path) -> dict[str, Path]:
    memo = export_memo(store, latest_memo(store), tmp_path / "memo.pdf", record=False).path
    return {
        "memo": memo,
        "agenda": _meeting_pdf(store, tmp_path, "agenda"),
        "minutes": _meeting_pdf(store, tmp_path, "minutes"),
    }


def test_pdfua_checker_finds_nothing_in_memo_agenda_and_minutes(demo_store, tmp_path):
    for name, path in _documents(demo_store, tmp_path).items():
        report = validate(str(path))
        assert report.exit_code == 0, (name, [(f.rule_id, f.message) for f in report.findings])
        assert not report.findings, name
    cli = subprocess.run(
        [sys.executable, "-m", "pdfua", "check", str(tmp_path / "memo.pdf")], capture_output=True, text=True
    )
    assert cli.returncode == 0, cli.stdout


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils missing")
def test_pdfinfo_says_tagged_and_pdfa_and_pdfua_claims_are_made(demo_store, tmp_path):
    for name, path in _documents(demo_store, tmp_path).items():
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert "Tagged:          yes" in info, name
        with pikepdf.open(path) as pdf:
            meta = pdf.open_metadata()
            assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B", name
            assert meta["pdfuaid:part"] == "1", name
            xmp = pdf.Root.Metadata.read_bytes().decode()
            assert "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in xmp  # PDF/A needs the extension schema
            assert str(pdf.Root.Lang) == "nl-NL"
            assert pdf.Root.MarkInfo.Marked is True
            assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
            assert "/OutputIntents" in pdf.Root
            for index, page in enumerate(pdf.pages):
                assert page.obj.StructParents == index
            nums = pdf.Root.StructTreeRoot.ParentTree.Nums
            assert [int(nums[i]) for i in range(0, len(nums), 2)] == list(range(len(pdf.pages)))


def test_memo_structure_has_headings_table_lists_and_described_figure(memo_pdf, demo_store):
    with pikepdf.open(memo_pdf) as pdf:
        root = structure(pdf)
        assert root.role == "Document"
        found = list(elements(root))
        roles = Counter(e.role for e in found)
        headings = [e for e in found if e.role in ("H1", "H2", "H3")]
        assert len(headings) >= 7
        assert roles["H1"] == 1 and roles["H2"] >= 6
        # the intake table: header cells with a scope, rows, data cells, its caption and the footnote
        table = next(
            e
            for e in found
            if e.role == "Table" and any(isinstance(k, type(e)) and k.role == "Caption" for k in e.children)
        )
        cells = [e for e in elements(table) if e.role in ("TH", "TD")]
        column_heads = [e for e in cells if e.attributes.get("/Scope") == "/Column"]
        row_heads = [e for e in cells if e.attributes.get("/Scope") == "/Row"]
        assert len(column_heads) >= 3 and len(row_heads) >= 6
        assert any(e.attributes.get("/RowSpan") == 2 for e in row_heads)  # "3MMC" spans its two age groups
        assert roles["TD"] >= 20 and roles["Note"] >= 1 and roles["Caption"] >= 1
        # every table row has the same number of cells once spans are counted
        for t in (e for e in found if e.role == "Table"):
            widths = []
            rows = [k for k in t.children if not isinstance(k, tuple) and k.role == "TR"]
            carry: dict[int, int] = {}
            for row in rows:
                width = sum(1 for c in carry.values() if c > 0)
                carry = {k: v - 1 for k, v in carry.items() if v > 1}
                for c in (k for k in row.children if not isinstance(k, tuple)):
                    width += int(c.attributes.get("/ColSpan", 1))
                    if int(c.attributes.get("/RowSpan", 1)) > 1:
                        carry[len(carry) + 100 * len(widths)] = int(c.attributes["/RowSpan"]) - 1
                widths.append(width)
            assert len(set(widths)) == 1, widths
        # lists with label and body
        assert roles["L"] >= 3 and roles["LI"] == roles["Lbl"] == roles["LBody"] >= 10
        # the chart is a Figure whose alt text states its figures in words
        figure_alt = next(e.alt for e in found if e.role == "Figure")
        assert "Staafdiagram" in figure_alt and "3MMC" in figure_alt and "0-18" in figure_alt
        assert "1 januari tot 1 mei 2024 3" in figure_alt
        # bookmarks follow the headings
        with pdf.open_outline() as outline:
            top = list(outline.root)
            assert [item.title for item in top] == ["MEMO aan Raad"]
            assert [item.title for item in top[0].children][:2] == ["Beleidsreferentie", "Inleiding"]


def test_every_text_operator_is_tagged_or_an_artifact(demo_store, tmp_path):
    for name, path in _documents(demo_store, tmp_path).items():
        with pikepdf.open(path) as pdf:
            for number, page in enumerate(pdf.pages, start=1):
                content = page_content(page)
                assert content.untagged_text == [], (name, number)
                assert any("pagina" in text for text in content.artifact_text), (name, number)  # footer
                assert content.by_mcid, (name, number)


def test_text_in_structure_order_follows_the_memo(memo_pdf, demo_store):
    document = compose_memo(demo_store, latest_memo(demo_store))
    expected = [document.title] + [value for _, value in document.header]
    if document.policy_reference:
        expected += ["Beleidsreferentie", document.policy_reference]
    expected += ["Inleiding", *document.intro, *document.overview]
    for section in document.sections:
        expected.append(section.heading)
        for block in section.blocks:
            expected += block.texts + [b.text for b in block.bullets]
            if block.table is not None and block.kind == "table":
                expected += [block.table.caption, *block.table.periods, *block.table.footnotes]
    with pikepdf.open(memo_pdf) as pdf:
        text = text_in_structure_order(pdf)
    position = 0
    for piece in expected:
        found = text.find(flat(piece), position)
        assert found >= 0, f"{piece!r} not found after position {position}"
        position = found + len(flat(piece))
    assert "pagina 1 van" not in text  # footers are artifacts, not content


def test_repeated_table_header_is_an_artifact_on_the_next_page(tmp_path):
    s = styles()
    node = Node("Table")
    rows = [[paragraph("Kop A", s["cell_bold"]), paragraph("Kop B", s["cell_bold"])]]
    rows += [[paragraph(f"rij {i}", s["cell"]), paragraph(str(i), s["cell"])] for i in range(120)]
    from reportlab.platypus import Table

    story = [tag(paragraph("Lange tabel", s["h1"]), "H1"), Table(table_cells(rows, node), repeatRows=1)]
    path = build_pdf(tmp_path / "lang.pdf", story, DocumentInfo("Lang", "test", "test", ""))
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) >= 3
        text = text_in_structure_order(pdf)
        assert text.count("Kop A") == 1 and "rij 119" in text
        second = page_content(pdf.pages[1])
        assert "Kop A" in second.artifact_text and second.untagged_text == []
        table = next(e for e in elements(structure(pdf)) if e.role == "Table")
        assert len([k for k in table.children if not isinstance(k, tuple)]) == 121
        assert validate(str(path)).exit_code == 0


def test_figure_needs_alt_text_and_lists_continue(tmp_path):
    s = styles()
    with pytest.raises(ValueError):
        figure(paragraph("x", s["body"]), "  ")
    first = TaggedList([paragraph("een", s["body"])], bulletType="bullet", start="•", bulletFontName="DejaVuSans")
    second = TaggedList(
        [paragraph("twee", s["body"])],
        node=first.list_node,
        bulletType="bullet",
        start="•",
        bulletFontName="DejaVuSans",
    )
    path = build_pdf(tmp_path / "lijst.pdf", [first, second], DocumentInfo("Lijst", "test", "test", ""))
    with pikepdf.open(path) as pdf:
        roles = Counter(e.role for e in elements(structure(pdf)))
        assert roles["L"] == 1 and roles["LI"] == 2 and roles["Lbl"] == 2


def test_untagged_build_makes_no_pdfua_claim(tmp_path):
    """Only a document with a structure tree claims PDF/UA: an empty story claims nothing."""
    path = build_pdf(tmp_path / "leeg.pdf", [], DocumentInfo("Leeg", "test", "test", ""))
    with pikepdf.open(path) as pdf:
        assert "pdfuaid:part" not in pdf.open_metadata()
        assert "/StructTreeRoot" not in pdf.Root


def _pages_as_images(path) -> list[bytes]:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return [document[i].render(scale=0.8).to_pil().convert("RGB").tobytes() for i in range(len(document))]
    finally:
        document.close()


def test_tagging_does_not_change_how_the_pages_look(demo_store, tmp_path, monkeypatch):
    """The memo rendered with marked content and with tagging switched off is pixel-identical."""
    from signaaltracker.reports import tagging
    from signaaltracker.reports.memo_render import document_info, memo_story

    document = compose_memo(demo_store, latest_memo(demo_store))
    tagged = build_pdf(tmp_path / "tagged.pdf", memo_story(document), document_info(document))
    monkeypatch.setattr(tagging.MarkedCanvas, "begin_tagged", None)  # Tagged flowables then draw plainly
    plain = build_pdf(tmp_path / "plain.pdf", memo_story(document), document_info(document))
    with pikepdf.open(plain) as pdf:
        assert "/StructTreeRoot" not in pdf.Root  # really untagged
    with pikepdf.open(tagged) as pdf:
        assert "/StructTreeRoot" in pdf.Root
    tagged_pages, plain_pages = _pages_as_images(tagged), _pages_as_images(plain)
    assert len(tagged_pages) == len(plain_pages) >= 3
    assert tagged_pages == plain_pages


def test_edition_extras_are_tagged_too(demo_store, tmp_path):
    """What the memo editions added (logo, kenmerk and contact in the header, ondertekening, bijlagen)."""
    import base64
    import io
    from dataclasses import replace

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (30, 80, 120)).save(buffer, "PNG")
    demo_store.settings.set("memo.logo_png", base64.b64encode(buffer.getvalue()).decode())
    demo_store.settings.set("memo.contact_name", "W. Jansen")
    demo_store.settings.set("memo.contact_details", "0527 123456")
    memo = replace(
        latest_memo(demo_store),
        kenmerk="2024-123",
        signature="Het college van B en W",
        attachments=["Bijlage 1: Instroomcijfers", "Bijlage 2: Jeugdmonitor"],
    )
    result = export_memo(demo_store, memo, tmp_path / "editie.pdf", record=False)
    assert result.findings == []  # the house style's own contact number is not personal data to mask
    assert validate(str(result.path)).exit_code == 0
    with pikepdf.open(result.path) as pdf:
        found = list(elements(structure(pdf)))
        assert any(e.role == "Figure" and "Logo" in e.alt for e in found)
        text = text_in_structure_order(pdf)
        for piece in (
            "Kenmerk 2024-123",
            "Contactpersoon W. Jansen, 0527 123456",
            "Het college van B en W",
            "Bijlagen",
            "Bijlage 2: Jeugdmonitor",
        ):
            assert piece in text, piece
        assert text.index("Het college van B en W") < text.index("Bijlage 1: Instroomcijfers")
        for page in pdf.pages:
            assert page_content(page).untagged_text == []
        with pdf.open_outline() as outline:  # "Bijlagen" is a heading, so it is a bookmark
            assert "Bijlagen" in [item.title for item in outline.root[0].children]
