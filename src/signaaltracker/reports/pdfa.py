"""Post-processing a reportlab PDF into PDF/A-2b: XMP metadata, an sRGB OutputIntent and a document ID."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import pikepdf


class _Info(Protocol):
    @property
    def title(self) -> str: ...
    @property
    def author(self) -> str: ...
    @property
    def subject(self) -> str: ...
    @property
    def keywords(self) -> str: ...


def _srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def make_pdfa(path: Path, info: _Info, marks=None) -> None:
    """PDF/A-2b; with ``marks`` (reports.tagging) also the structure tree, and then the PDF/UA-1 claim."""
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf.docinfo["/Title"] = info.title
        pdf.docinfo["/Author"] = info.author
        pdf.docinfo["/Subject"] = info.subject
        if info.keywords:
            pdf.docinfo["/Keywords"] = info.keywords
        if "/Trapped" in pdf.docinfo:  # no XMP equivalent in PDF/A-2
            del pdf.docinfo["/Trapped"]
        tagged = marks is not None and not marks.empty
        if tagged:
            from signaaltracker.reports.structure_tree import declare_pdfua_schema, write_structure

            write_structure(pdf, marks, title=info.title)
        elif "/MarkInfo" not in pdf.Root:
            pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=False)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
            meta["xmp:CreatorTool"] = "SignaalTracker"
            if tagged:  # PDF/UA-1 is claimed only for a document with its structure tree
                meta["pdfuaid:part"] = "1"
        if tagged:
            declare_pdfua_schema(pdf)
        icc = pikepdf.Stream(pdf, _srgb_profile())
        icc["/N"] = 3
        intent = pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent,
            S=pikepdf.Name.GTS_PDFA1,
            OutputConditionIdentifier="sRGB IEC61966-2.1",
            Info="sRGB IEC61966-2.1",
            DestOutputProfile=icc,
        )
        pdf.Root.OutputIntents = pikepdf.Array([intent])
        pdf.Root.Lang = pikepdf.String("nl-NL")
        pdf.save(path, fix_metadata_version=True, deterministic_id=False)
