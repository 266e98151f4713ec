"""Rendering a composed council memo with the house style: header block, sections, intake table and chart."""

from __future__ import annotations

import io
import logging
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from signaaltracker.reports.house_style import (
    FONT,
    FONT_BOLD,
    INK,
    DocumentInfo,
    build_pdf,
    bullets,
    escape,
    paragraph,
    styles,
)
from signaaltracker.reports.memo_chart import intake_chart
from signaaltracker.reports.memo_chart_text import chart_description
from signaaltracker.reports.memo_compose import Block, MemoDocument, Section
from signaaltracker.reports.memo_table import IntakeTable
from signaaltracker.reports.tagging import Node, caption, figure, heading, note, table_cells

FRAME_WIDTH = A4[0] - 25 * mm - 22 * mm  # house style margins
LOGO_BOX = (45 * mm, 20 * mm)  # the logo fits in this box on page 1
PERIODS_PER_TABLE = 4  # more periods: the table continues below with the next columns (month names fit)
CHART_HEIGHT = 102  # points, plus a legend row per period; low enough to share a page with the table
log = logging.getLogger(__name__)
GRID = colors.HexColor("#808080")
HEAD_FILL = colors.HexColor("#dce6f0")


def document_info(doc: MemoDocument) -> DocumentInfo:
    date_text = dict(doc.header).get("Datum", "")
    return DocumentInfo(
        title=f"Memo aan de raad, {date_text}".strip(", "),
        author=doc.sender or (f"Gemeente {doc.municipality}" if doc.municipality else "SignaalTracker"),
        subject=doc.subject,
        municipality=doc.municipality,
        keywords="raadsmemo, signalen, middelengebruik, jongeren",
    )


def render_memo(doc: MemoDocument, path: str | os.PathLike, *, pdfa: bool = True) -> Path:
    return build_pdf(path, memo_story(doc), document_info(doc), pdfa=pdfa)


def memo_story(doc: MemoDocument) -> list[Flowable]:
    s = _memo_styles()
    story: list[Flowable] = [_title(doc, s), Spacer(0, 4 * mm), _header_block(doc, s), Spacer(0, 6 * mm)]
    if doc.policy_reference:
        story += [_heading("Beleidsreferentie", s), paragraph(doc.policy_reference, s["body"])]
    if doc.intro:
        story.append(_heading("Inleiding", s))
        story += [paragraph(text, s["body"]) for text in doc.intro]
    if doc.overview:
        story.append(
            KeepTogether(
                [
                    paragraph("Met deze memo informeren wij u over:", s["body_before_list"]),
                    bullets([paragraph(line, s["body"]) for line in doc.overview]),
                ]
            )
        )
    for section in doc.sections:
        story += _section(section, s)
    if doc.signature:
        story.append(paragraph(doc.signature, s["signature"]))
    if doc.attachments:
        story.append(_heading("Bijlagen", s))
        story.append(bullets([paragraph(title, s["body"]) for title in doc.attachments]))
    return story


def _title(doc: MemoDocument, s: dict[str, ParagraphStyle]) -> Flowable:
    """The memo title; with a logo in the house style, the logo at the right of it on page 1."""
    title = heading(Paragraph(escape(doc.title), s["memo_title"]), 1, doc.title)
    logo = _logo(doc.logo, doc.municipality)
    if logo is None:
        return title
    table = Table([[title, logo]], colWidths=[FRAME_WIDTH - LOGO_BOX[0], LOGO_BOX[0]], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _logo(data: bytes | None, municipality: str) -> Flowable | None:
    """The logo scaled into LOGO_BOX, keeping its proportions; None when there is none or it cannot be read."""
    if not data:
        return None
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # a damaged logo leaves the memo without one rather than unprintable
        log.warning("The logo in the house style could not be read; the memo is printed without it.")
        return None
    scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
    image = Image(io.BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "RIGHT"
    return figure(image, f"Logo van de gemeente {municipality}".strip())


def _memo_styles() -> dict[str, ParagraphStyle]:
    s = styles()
    s["body"] = body = ParagraphStyle("body", parent=s["body"], leading=13.2, spaceAfter=3)
    s["memo_title"] = ParagraphStyle("memo_title", parent=s["title"], fontSize=20, leading=24, spaceAfter=2)
    s["body_before_list"] = ParagraphStyle("body_before_list", parent=body, spaceBefore=8, keepWithNext=1)
    s["label"] = ParagraphStyle(
        "label", parent=body, fontName=FONT_BOLD, fontSize=9.5, spaceBefore=4, spaceAfter=1, keepWithNext=1
    )
    s["footnote"] = ParagraphStyle("footnote", parent=s["small"], fontName="DejaVuSans-Oblique", spaceBefore=2)
    s["head_key"] = ParagraphStyle("head_key", parent=body, fontName=FONT_BOLD, spaceAfter=0)
    s["head_value"] = ParagraphStyle("head_value", parent=body, spaceAfter=0)
    s["table_caption"] = ParagraphStyle("table_caption", parent=body, keepWithNext=1)
    s["signature"] = ParagraphStyle("signature", parent=body, spaceBefore=14)
    return s


def _heading(text: str, s: dict[str, ParagraphStyle], level: int = 2) -> Flowable:
    """A heading in the memo's hierarchy: the title is H1, sections H2, labels within a section H3."""
    return heading(paragraph(text, s["h1" if level == 2 else "label"]), level, text)


def _header_block(doc: MemoDocument, s: dict[str, ParagraphStyle]) -> Table:
    rows = [
        [paragraph(label, s["head_key"]), paragraph(":", s["head_value"]), paragraph(value, s["head_value"])]
        for label, value in doc.header
    ]
    rows = table_cells(rows, Node("Table"), header_rows=0, header_cols=1, artifact_cols=[1])
    table = Table(rows, colWidths=[36 * mm, 4 * mm, FRAME_WIDTH - 40 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
            ]
        )
    )
    return table


def _section(section: Section, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = []
    keep = 0  # how many flowables the heading is kept with: the first paragraph, or a table's caption and grid
    for block in section.blocks:
        flowables = _block(block, s)
        if not out and flowables:
            keep = 2 if block.kind == "table" else 1
        out += flowables
    if not out:
        return []
    # the heading never stays alone at the foot of a page: it is kept with what follows it
    return [KeepTogether([_heading(section.heading, s), *out[:keep]]), *out[keep:]]


def _block(block: Block, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if block.kind == "paragraphs":
        return [paragraph(text, s["body"]) for text in block.texts]
    if block.kind == "label":
        return [_heading(text, s, 3) for text in block.texts]
    if block.kind == "bullets":
        items = []
        for bullet in block.bullets:
            text = escape(bullet.text).replace("\n", "<br/>")
            if bullet.lead:
                text = f"<b>{escape(bullet.lead)}</b>: {text}"
            items.append(Paragraph(text, s["body"]))
        # one list per bullet, so a label or heading kept with the next flowable stays with its first bullet;
        # tagged as one list (L) for a screen reader
        first = bullets(items[:1])
        return [first, *(bullets([item], first.list_node) for item in items[1:])]
    if block.kind == "table" and block.table is not None:
        return _intake_table(block.table, s)
    if block.kind == "chart" and block.table is not None and block.table.bars:
        return _charts(block.table, s)
    return []


def _column_chunks(count: int) -> list[range]:
    """Period columns split into tables of at most PERIODS_PER_TABLE, as even as possible."""
    if count <= PERIODS_PER_TABLE:
        return [range(count)]
    parts = -(-count // PERIODS_PER_TABLE)
    size = -(-count // parts)
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def _intake_table(table: IntakeTable, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    chunks = _column_chunks(len(table.periods))
    nodes = [Node("Table") for _ in chunks]
    parts: list[Flowable] = [caption(paragraph(table.caption, s["table_caption"]), nodes[0])]
    for number, columns in enumerate(chunks):
        if number:
            parts.append(
                caption(
                    paragraph(f"Vervolg van de tabel ({number + 1} van {len(chunks)})", s["table_caption"]),
                    nodes[number],
                )
            )
        parts.append(_grid(table, list(columns), nodes[number], s))
    parts += [note(paragraph(text, s["footnote"])) for text in table.footnotes]
    parts.append(Spacer(0, 3 * mm))
    return parts


def _grid(table: IntakeTable, columns: list[int], node: Node, s: dict[str, ParagraphStyle]) -> Table:
    cell = ParagraphStyle("table_cell", parent=s["cell"])
    bold = ParagraphStyle("table_cell_bold", parent=s["cell_bold"])
    number = ParagraphStyle("table_number", parent=cell, alignment=1)
    number_bold = ParagraphStyle("table_number_bold", parent=bold, alignment=1)
    head = [paragraph("", bold), paragraph(table.age_heading, bold)]
    head += [paragraph(table.periods[c], number_bold) for c in columns]
    data: list[list] = [head]
    style: list[Any] = [  # TableStyle commands: (name, start, stop, *values)
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    span_start = None
    for index, row in enumerate(table.rows, start=1):
        data.append(
            [paragraph(row.indicator if row.first else "", bold), paragraph(row.age_group, cell)]
            + [paragraph(row.cells[c], number) for c in columns]
        )
        if row.first:
            if span_start is not None and index - 1 > span_start:
                style.append(("SPAN", (0, span_start), (0, index - 1)))
            span_start = index
    if span_start is not None and len(table.rows) > span_start:
        style.append(("SPAN", (0, span_start), (0, len(table.rows))))
    data.append(
        [paragraph("Totaal", bold), paragraph("", cell)] + [paragraph(table.totals[c], number_bold) for c in columns]
    )
    spans = [(c0, r0, c1, r1) for name, (c0, r0), (c1, r1) in (x[:3] for x in style) if name == "SPAN"]
    data = table_cells(data, node, header_rows=1, header_cols=1, spans=spans)
    style += [("LINEABOVE", (0, -1), (-1, -1), 1.2, INK), ("BACKGROUND", (0, -1), (-1, -1), HEAD_FILL)]
    first_w, age_w = 48 * mm, 18 * mm
    period_w = min((FRAME_WIDTH - first_w - age_w) / max(len(columns), 1), 45 * mm)
    grid = Table(data, colWidths=[first_w, age_w] + [period_w] * len(columns), repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle(style))
    return grid


def _charts(table: IntakeTable, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The bar chart per group of at most PERIODS_PER_TABLE periods (the same groups as the table)."""
    chunks = _column_chunks(len(table.periods))
    out: list[Flowable] = []
    for number, columns in enumerate(chunks):
        periods = [table.periods[c] for c in columns]
        part = replace(table, periods=periods, bars=[b for b in table.bars if b.period in periods])
        title = f"Instroom {table.source} per periode, naar aard van de verslaving en leeftijd"
        if len(chunks) > 1:
            title += f" ({number + 1} van {len(chunks)})"
        chart = figure(intake_chart(part, FRAME_WIDTH, CHART_HEIGHT + 14 * len(periods)), chart_description(part))
        out.append(KeepTogether([paragraph(title, s["label"]), chart, Spacer(0, 3 * mm)]))
    return out
