"""Render a composed agenda or minutes (reports.meeting_compose) to PDF in the house style."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from signaaltracker.domain.dates import format_date_nl
from signaaltracker.reports.house_style import FONT, RULE, DocumentInfo, build_pdf, bullets, paragraph, styles
from signaaltracker.reports.meeting_compose import ActionLine, MeetingDocument, SignalLine
from signaaltracker.reports.tagging import Node, heading, table_cells

SIGNALS_ITEM = "nieuwe signalen"
ACTIONS_ITEM = "openstaande acties"
WIDTH = 163 * mm  # A4 minus the house-style margins


def render(doc: MeetingDocument, path: str | os.PathLike) -> Path:
    """Write the agenda or the minutes to ``path`` (atomically, PDF/A-2b)."""
    story = agenda_story(doc) if doc.kind == "agenda" else minutes_story(doc)
    info = DocumentInfo(
        title=f"{doc.title}, {format_date_nl(doc.held_on)}",
        author=doc.author or "SignaalTracker",
        subject=doc.purpose or doc.title,
        municipality=doc.municipality,
        keywords="overleg, signalen, acties",
    )
    return build_pdf(path, story, info)


def compose_meeting(store, meeting_id: int, kind: str) -> MeetingDocument:
    """The agenda (``kind`` "agenda") or the minutes ("minutes") of a meeting as plain data."""
    from signaaltracker.reports.meeting_compose import compose_agenda, compose_minutes

    return compose_agenda(store, meeting_id) if kind == "agenda" else compose_minutes(store, meeting_id)


@dataclass(frozen=True)
class MeetingExport:
    path: Path
    findings: list  # domain.privacy.Finding: what the screening flagged (masked unless kept)
    masked: bool


def export_meeting_pdf(
    store, meeting_id: int, kind: str, out: str | os.PathLike, *, mask: bool = True
) -> MeetingExport:
    """Compose, screen for personal data (masked unless ``mask`` is False) and write the document to ``out``."""
    from signaaltracker.reports.screening import masked, screen, screening_for

    doc = compose_meeting(store, meeting_id, kind)
    screening = screening_for(store)
    if mask:
        doc, findings = masked(doc, screening)
    else:
        findings = screen(doc, screening)
    return MeetingExport(render(doc, out), findings, mask)


def write_meeting_pdf(store, meeting_id: int, kind: str, out: str | os.PathLike) -> Path:
    """Write the agenda or minutes to ``out`` with any personal data masked."""
    return export_meeting_pdf(store, meeting_id, kind, out).path


def _header(doc: MeetingDocument, s: dict) -> list[Flowable]:
    rows = [("Datum", format_date_nl(doc.held_on))]
    if doc.purpose:
        rows.append(("Doel", doc.purpose))
    if doc.kind == "agenda":
        rows.append(("Deelnemers", ", ".join(doc.participants) or "-"))
    else:
        rows.append(("Aanwezig", ", ".join(doc.present) or "-"))
        rows.append(("Afwezig", ", ".join(doc.absent) or "-"))
    cells = table_cells(
        [[paragraph(k, s["cell_bold"]), paragraph(v, s["cell"])] for k, v in rows],
        Node("Table"),
        header_rows=0,
        header_cols=1,
    )
    table = Table(cells, colWidths=[30 * mm, WIDTH - 30 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [_heading(doc.title, s, 1), table, Spacer(1, 4 * mm)]


def _heading(text: str, s: dict, level: int) -> Flowable:
    """Title H1, sections H2, sub-sections H3 (tagged for screen readers and the outline)."""
    return heading(paragraph(text, s[{1: "title", 2: "h1"}.get(level, "h2")]), level, text)


def _signal_paragraphs(lines: list[SignalLine], s: dict) -> list[Flowable]:
    if not lines:
        return [paragraph("Geen nieuwe signalen sinds het vorige overleg.", s["italic"])]
    return [
        bullets(
            [
                paragraph(f"{format_date_nl(x.observed_on)} — {x.organisation} ({x.themes}): {x.summary}", s["body"])
                for x in lines
            ]
        )
    ]


def _action_table(lines: list[ActionLine], s: dict, with_history: bool) -> Flowable:
    head = ["Actie", "Eigenaar", "Uiterlijk", "Status"] + (["Open"] if with_history else [])
    rows = [[paragraph(h, s["cell_bold"]) for h in head]]
    for a in lines:
        text = a.description
        if a.signals:
            text += f"\n({'; '.join(a.signals)})"
        if with_history and a.origin_held_on:
            text += f"\nafgesproken op {format_date_nl(a.origin_held_on)}"
        row = [text, a.owner, format_date_nl(a.due_on) if a.due_on else "geen datum", a.status]
        if with_history:
            row.append(f"{a.meetings_open} overleg" + ("" if a.meetings_open == 1 else "gen"))
        rows.append([paragraph(c, s["cell"]) for c in row])
    widths = [57, 35, 35, 19, 17] if with_history else [69, 40, 35, 19]
    table = Table(table_cells(rows, Node("Table"), header_rows=1), colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.lightgrey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _actions_block(lines: list[ActionLine], s: dict, empty: str, with_history: bool) -> list[Flowable]:
    if not lines:
        return [paragraph(empty, s["italic"])]
    return [_action_table(lines, s, with_history)]


def agenda_story(doc: MeetingDocument) -> list[Flowable]:
    s = styles()
    story = _header(doc, s)
    placed_signals = placed_actions = False
    for number, item in enumerate(doc.items, start=1):
        block: list[Flowable] = [_heading(f"{number}. {item.title}", s, 2)]
        key = item.title.casefold()
        if key.startswith(SIGNALS_ITEM):
            block += _signal_paragraphs(doc.new_signals, s)
            placed_signals = True
        elif key.startswith(ACTIONS_ITEM):
            block += _actions_block(doc.carried, s, "Geen openstaande acties.", True)
            placed_actions = True
        story.append(KeepTogether(block[:2]) if len(block) > 1 else block[0])
        story += block[2:]
    if not placed_signals:
        story += [_heading("Nieuwe signalen", s, 2), *_signal_paragraphs(doc.new_signals, s)]
    if not placed_actions:
        story += [
            _heading("Openstaande acties", s, 2),
            *_actions_block(doc.carried, s, "Geen openstaande acties.", True),
        ]
    if doc.next_meeting:
        story += [Spacer(1, 4 * mm), paragraph(f"Volgend overleg: {format_date_nl(doc.next_meeting)}", s["body"])]
    return story


def minutes_story(doc: MeetingDocument) -> list[Flowable]:
    s = styles()
    story = _header(doc, s)
    with_notes = [item for item in doc.items if item.notes]
    if with_notes:
        story.append(_heading("Agendapunten", s, 2))
        for item in with_notes:
            story += [_heading(item.title, s, 3), paragraph(item.notes, s["body"])]
    if doc.notes:
        story += [_heading("Aantekeningen", s, 2), paragraph(doc.notes, s["body"])]
    story.append(_heading("Besproken signalen", s, 2))
    if doc.discussed:
        items = []
        for d in doc.discussed:
            x = d.signal
            text = f"{format_date_nl(x.observed_on)} — {x.organisation} ({x.themes}): {x.summary}"
            if d.assessment:
                text += f"\nBeoordeling: {d.assessment}"
            if d.new_status:
                text += f"\nNieuwe status: {d.new_status}"
            items.append(paragraph(text, s["body"]))
        story.append(bullets(items))
    else:
        story.append(paragraph("Er zijn geen signalen besproken die in dit verslag mogen staan.", s["italic"]))
    story.append(_heading("Besluiten", s, 2))
    if doc.decisions:
        story += [paragraph(f"{i}. {text}", s["body"]) for i, text in enumerate(doc.decisions, start=1)]
    else:
        story.append(paragraph("Er zijn geen besluiten genomen.", s["italic"]))
    story.append(_heading("Actielijst", s, 2))
    story.append(_heading("Afgesproken in dit overleg", s, 3))
    story += _actions_block(doc.actions, s, "Er zijn geen nieuwe acties afgesproken.", False)
    story.append(_heading("Uit eerdere overleggen", s, 3))
    story += _actions_block(doc.carried, s, "Er stonden geen acties open uit eerdere overleggen.", True)
    if doc.next_meeting:
        story += [Spacer(1, 4 * mm), paragraph(f"Volgend overleg: {format_date_nl(doc.next_meeting)}", s["body"])]
    return story
