"""The house style of every PDF: A4, embedded DejaVu Sans, headings, page numbers, Dutch language tag.

Use ``styles()`` for paragraph styles and ``build_pdf()`` to write a story to an archivable PDF/A-2b file.
reportlab is imported here, so import this module only when a document is actually made.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, ListItem, Paragraph, SimpleDocTemplate

from signaaltracker.reports.tagging import MarkedCanvas, Marks, Node, TaggedList, auto_tag
from signaaltracker.resources import resource

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f4e79")  # headings; contrast with white > 8:1
RULE = colors.HexColor("#7f7f7f")


def register_fonts() -> str:
    """Register the shipped TrueType fonts (idempotent); returns the body font name."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in (
        (FONT, "DejaVuSans.ttf"),
        (FONT_BOLD, "DejaVuSans-Bold.ttf"),
        (FONT_ITALIC, "DejaVuSans-Oblique.ttf"),
    ):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    return FONT


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=10, leading=14, textColor=INK, alignment=TA_LEFT, spaceAfter=4
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=10, textColor=ACCENT
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=5,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=INK),
        "italic": ParagraphStyle("italic", parent=body, fontName=FONT_ITALIC),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11, spaceAfter=0),
        "header_label": ParagraphStyle("header_label", parent=body, fontName=FONT_BOLD),
    }


def bullets(paragraphs: Sequence[Flowable], list_node: Node | None = None) -> TaggedList:
    """A bullet list in the house font (no Helvetica bullet glyphs), tagged L/LI/Lbl/LBody.

    Pass the ``list_node`` of an earlier list to make several flowables one list for a screen reader.
    """
    return TaggedList(
        [ListItem(p, leftIndent=14, bulletFontName=FONT) for p in paragraphs],
        node=list_node,
        bulletType="bullet",
        start="•",
        bulletFontName=FONT,
        bulletFontSize=10,
        leftIndent=14,
    )


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str
    municipality: str
    keywords: str = ""


class _NumberedCanvas(MarkedCanvas):
    """Defers page output until the page count is known, then stamps "pagina X van Y" and the footer.

    The stamp lands inside the page's artifact (reports.tagging): footers and page numbers are not content.
    """

    def __init__(self, *args, footer: str = "", **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()  # reportlab internals (the numbered-canvas recipe; tagging.MarkedCanvas declares it)

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._stamp(total)
            self.close_page_marks()
            super().showPage()
        super().save()

    def _stamp(self, total: int) -> None:
        width, _ = self._pagesize  # type: ignore[attr-defined]
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillColor(RULE)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(20 * mm, 15 * mm, width - 20 * mm, 15 * mm)
        self.drawString(20 * mm, 10 * mm, self._footer)
        self.drawRightString(width - 20 * mm, 10 * mm, f"pagina {self._pageNumber} van {total}")  # type: ignore[attr-defined]
        self.restoreState()


def build_pdf(path: str | os.PathLike, story: list[Flowable], info: DocumentInfo, *, pdfa: bool = True) -> Path:
    """Render ``story`` to ``path`` atomically: a failure leaves no half-written file behind."""
    register_fonts()
    target = Path(path)
    if not target.parent.is_dir():
        raise OSError(f"De map {target.parent} bestaat niet.")
    handle, temp_name = tempfile.mkstemp(prefix=".signaaltracker-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        doc = SimpleDocTemplate(
            str(temp),
            pagesize=A4,
            leftMargin=25 * mm,
            rightMargin=22 * mm,
            topMargin=22 * mm,
            bottomMargin=24 * mm,
            title=info.title,
            author=info.author,
            subject=info.subject,
            keywords=[info.keywords] if info.keywords else [],
            creator="SignaalTracker",
            producer="SignaalTracker (reportlab)",
            lang="nl-NL",
            initialFontName=FONT,
            initialFontSize=10,
        )
        footer = f"Gemeente {info.municipality} — {info.title}" if info.municipality else info.title

        marks = Marks()

        def make_canvas(*args, **kwargs):
            return _NumberedCanvas(*args, footer=footer, marks=marks, **kwargs)

        doc.build(auto_tag(story), canvasmaker=make_canvas)
        if pdfa:
            from signaaltracker.reports.pdfa import make_pdfa

            make_pdfa(temp, info, marks)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph from plain text: escapes markup characters and keeps line breaks."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def escape(text: str) -> str:
    """&, < and > as entities for reportlab's paragraph markup (html.escape: xml.sax.saxutils would import
    urllib.request, http.client and email, a noticeable part of a one-document process's start)."""
    from html import escape as html_escape

    return html_escape(text, quote=False)
