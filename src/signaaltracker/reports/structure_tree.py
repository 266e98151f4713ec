"""The structure tree of a tagged PDF, written with pikepdf after reportlab has finished the file.

``write_structure(pdf, marks, …)`` turns what ``reports.tagging`` recorded while drawing (which node each piece of
marked content belongs to, in drawing order) into the tree: Document → the nodes, with /K marked-content
references, /StructParents on every page and the ParentTree, an IDTree for notes, the outline (bookmarks) from
the headings, /MarkInfo, /ViewerPreferences /DisplayDocTitle and /Lang. ``declare_pdfua_schema`` adds the XMP
extension schema PDF/A needs before a document may claim PDF/UA (``pdfuaid:part``).

pikepdf is imported inside the functions: this module is imported only when a document is made.
"""

from __future__ import annotations

import logging
from typing import Any

from signaaltracker.reports.tagging import Marks, Node

log = logging.getLogger(__name__)

_PDFUA_EXTENSION = """<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
"""


def _tree(marks: Marks, document: Node) -> dict[int, list]:
    """Children per node serial, in drawing order: other nodes, or (page, mcid) for marked content."""
    kids: dict[int, list] = {document.serial: []}
    for piece in marks.pieces:
        chain = []
        node: Node | None = piece.node
        while node is not None:
            chain.append(node)
            node = node.parent
        parent = document
        for node in reversed(chain):
            if node.serial not in kids:
                kids[node.serial] = []
                kids[parent.serial].append(node)
            parent = node
        kids[piece.node.serial].append((piece.page, piece.mcid))
    return kids


def write_structure(pdf, marks: Marks, *, title: str, lang: str = "nl-NL") -> None:
    """Add the structure tree, ParentTree, outline and the tagged-PDF catalog entries to ``pdf`` (pikepdf)."""
    from pikepdf import Array, Dictionary, Name, String

    pages = list(pdf.pages)
    document = Node("Document")
    kids = _tree(marks, document)
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    parent_tree: dict[int, dict[int, object]] = {}
    ids: list[tuple[str, object]] = []
    elements: dict[int, object] = {}

    def element(node: Node, parent_obj) -> object:
        obj = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.role), P=parent_obj))
        elements[node.serial] = obj
        if node.alt:
            obj.Alt = String(node.alt)
        attributes: dict[str, Any] = {}
        if node.scope:
            attributes["/Scope"] = Name("/" + node.scope)
        if node.row_span > 1:
            attributes["/RowSpan"] = node.row_span
        if node.col_span > 1:
            attributes["/ColSpan"] = node.col_span
        if attributes:
            obj.A = Dictionary(O=Name.Table, **{k[1:]: v for k, v in attributes.items()})
        if node.role == "Note":
            ident = f"note-{len(ids) + 1}"
            obj.ID = String(ident)
            ids.append((ident, obj))
        children = Array()
        first_page = None
        for kid in kids[node.serial]:
            if isinstance(kid, Node):
                children.append(element(kid, obj))
                continue
            page, mcid = kid
            parent_tree.setdefault(page, {})[mcid] = obj
            if first_page is None:
                first_page = page
                obj.Pg = pages[page].obj
            if page == first_page:
                children.append(mcid)
            else:
                children.append(Dictionary(Type=Name.MCR, Pg=pages[page].obj, MCID=mcid))
        # a single kid is written bare: simpler for readers (and pdfua 0.1.3 cannot evaluate a heading's /K array)
        obj.K = children[0] if len(children) == 1 else children
        return obj

    root.K = element(document, root)
    nums = Array()
    for index, page in enumerate(pages):
        page.obj.StructParents = index
        page.obj.Tabs = Name.S
        entries = parent_tree.get(index, {})
        nums.append(index)
        nums.append(pdf.make_indirect(Array([entries[m] for m in sorted(entries)])))
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    root.ParentTreeNextKey = len(pages)
    if ids:
        names = Array()
        for ident, obj in sorted(ids, key=lambda pair: pair[0]):
            names.append(String(ident))
            names.append(obj)
        root.IDTree = Dictionary(Names=names)
    pdf.Root.StructTreeRoot = root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(lang)
    preferences = pdf.Root.get("/ViewerPreferences", Dictionary())
    preferences.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = preferences
    _outline(pdf, marks)
    log.debug("structure tree: %d marked pieces on %d pages", len(marks.pieces), len(pages))


def _outline(pdf, marks: Marks) -> None:
    from pikepdf import OutlineItem, PageLocation

    if not marks.positions:
        return
    with pdf.open_outline() as outline:
        outline.root.clear()
        stack: list[tuple[int, OutlineItem]] = []
        for position in marks.positions:
            level = int(position.node.role[1])
            item = OutlineItem(
                position.node.title or "", position.page, PageLocation.XYZ, left=0, top=round(position.top + 2, 1)
            )
            while stack and stack[-1][0] >= level:
                stack.pop()
            (stack[-1][1].children if stack else outline.root).append(item)
            stack.append((level, item))
    if "/PageMode" not in pdf.Root:
        from pikepdf import Name

        pdf.Root.PageMode = Name.UseOutlines


def declare_pdfua_schema(pdf) -> None:
    """Add the PDF/A extension schema that declares the ``pdfuaid`` namespace to the XMP (PDF/A requires it for
    any property outside its predefined schemas); call after ``pdfuaid:part`` was set."""
    from pikepdf import Name, Stream

    xml = pdf.Root.Metadata.read_bytes().decode("utf-8")
    if "pdfaExtension:schemas" in xml:
        return
    stream = Stream(pdf, xml.replace("</rdf:RDF>", _PDFUA_EXTENSION + "</rdf:RDF>", 1).encode("utf-8"))
    stream.Type = Name.Metadata
    stream.Subtype = Name.XML
    pdf.Root.Metadata = stream
