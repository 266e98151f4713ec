"""Tagged PDF (PDF/UA-1) for reportlab documents: marked content while drawing, the structure tree afterwards.

How it fits together:

- A renderer *annotates* its flowables; it does not draw differently. ``tag(flowable, role)`` (or the helpers
  ``heading``, ``figure``, ``note``, ``caption``, ``table_cells``, ``TaggedList``) wraps a flowable so that what it
  draws becomes one piece of marked content (``/P <</MCID n>> BDC … EMC``) belonging to a structure element
  (a ``Node``). Nodes have parents, so a table cell knows its row and the row its table.
- ``MarkedCanvas`` keeps every page inside ``/Artifact BMC … EMC`` except while a tagged flowable draws. So
  whatever nobody tagged — page headers and footers, page numbers, rules, table grid lines, backgrounds,
  spacers — is an artifact by construction, and no text can end up outside both.
- A flowable drawn a second time (a table's header row repeated on the next page) is drawn as an artifact.
- After reportlab has written the file, ``reports.structure_tree.write_structure(pdf, marks, …)`` (pikepdf)
  builds the structure tree from what was recorded here, in the order things were drawn.

Nothing here knows about memos or meetings. reportlab is imported here: import this module only when a document
is made.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, ListFlowable, ListItem
from reportlab.platypus.flowables import LIIndenter

log = logging.getLogger(__name__)

HEADING_ROLES = ("H1", "H2", "H3", "H4", "H5", "H6")


class Node:
    """A structure element to be: its role (P, H1, Table, TH, Figure, …), its parent and its attributes.

    ``parent`` None means a child of the document. ``alt`` is the alternative text (required for Figure);
    ``scope`` ("Column", "Row" or "Both") and ``row_span``/``col_span`` are table attributes; ``title`` names a
    heading in the outline.
    """

    _ids = itertools.count(1)

    def __init__(
        self,
        role: str,
        parent: Node | None = None,
        *,
        alt: str | None = None,
        scope: str | None = None,
        row_span: int = 1,
        col_span: int = 1,
        title: str | None = None,
    ) -> None:
        self.role = role
        self.parent = parent
        self.alt = alt
        self.scope = scope
        self.row_span = row_span
        self.col_span = col_span
        self.title = title
        self.serial = next(Node._ids)

    def __repr__(self) -> str:
        return f"Node({self.role!r}, #{self.serial})"


@dataclass
class _Piece:
    node: Node
    page: int  # 0-based
    mcid: int


@dataclass
class _Position:
    node: Node
    page: int
    top: float


@dataclass
class Marks:
    """What was tagged while drawing, in drawing order (one per document build)."""

    pieces: list[_Piece] = field(default_factory=list)
    positions: list[_Position] = field(default_factory=list)
    _next_mcid: dict[int, int] = field(default_factory=dict)

    def add(self, node: Node, page: int) -> int:
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        self.pieces.append(_Piece(node, page, mcid))
        return mcid

    @property
    def empty(self) -> bool:
        return not self.pieces


class MarkedCanvas(Canvas):
    """A canvas whose pages are artifacts except where a tagged flowable draws."""

    _code: list[str]  # reportlab internals (not in the stubs): the page's content stream operators

    def __init__(self, *args, marks: Marks | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.marks = marks if marks is not None else Marks()
        self._tag_depth = 0
        self._code.append("/Artifact BMC")

    def _startPage(self) -> None:
        super()._startPage()  # type: ignore[misc]  # reportlab internals, not in the stubs
        self._tag_depth = 0
        self._code.append("/Artifact BMC")

    def begin_tagged(self, node: Node, top: float) -> bool:
        """Start marked content for ``node``; False (nothing emitted) inside content that is already tagged."""
        self._tag_depth += 1
        if self._tag_depth > 1:
            return False
        page = self.getPageNumber() - 1
        mcid = self.marks.add(node, page)
        if node.role in HEADING_ROLES and node.title:
            self.marks.positions.append(_Position(node, page, top))
        self._code.append(f"EMC /{node.role} <</MCID {mcid}>> BDC")
        return True

    def end_tagged(self, emitted: bool) -> None:
        self._tag_depth -= 1
        if emitted:
            self._code.append("EMC /Artifact BMC")

    def close_page_marks(self) -> None:
        """End the page's open artifact; call last before the page is really written."""
        self._code.append("EMC")

    def save(self) -> None:
        if self._code == ["/Artifact BMC"]:  # only the opener of a page that never came
            self._code = []
        super().save()


class Tagged(Flowable):
    """A flowable whose drawing is marked as content of ``node`` (or as an artifact, ``node`` None)."""

    _own = ("_content", "_node", "_drawn", "width", "height")

    def __init__(self, flowable: Flowable, node: Node | None) -> None:
        self.__dict__["_content"] = flowable
        self.__dict__["_node"] = node
        self.__dict__["_drawn"] = False
        self.__dict__["width"] = getattr(flowable, "width", 0)
        self.__dict__["height"] = getattr(flowable, "height", 0)

    @property
    def node(self) -> Node | None:
        return self._node

    @property
    def content(self) -> Flowable:
        return self._content

    def wrap(self, avail_width, avail_height):
        width, height = self._content.wrap(avail_width, avail_height)
        self.__dict__["width"], self.__dict__["height"] = width, height
        return width, height

    def split(self, avail_width, avail_height):
        return [Tagged(part, self._node) for part in self._content.split(avail_width, avail_height)]

    def drawOn(self, canvas, x, y, _sW=0):
        begin = getattr(canvas, "begin_tagged", None)
        if self._node is None or self._drawn or begin is None:
            # an artifact, or drawn again (a repeated table header): stays inside the page's artifact
            self._content.drawOn(canvas, x, y, _sW)
            return
        self.__dict__["_drawn"] = True
        emitted = begin(self._node, y + (self.height or 0))
        try:
            self._content.drawOn(canvas, x, y, _sW)
        finally:
            canvas.end_tagged(emitted)

    def identity(self, maxLen=None):
        return f"Tagged({self._node!r}, {self._content.identity(maxLen)})"

    def __getattr__(self, name):
        if name in Tagged._own:
            raise AttributeError(name)
        return getattr(self.__dict__["_content"], name)

    def __setattr__(self, name, value):
        if name in Tagged._own:
            self.__dict__[name] = value
        else:
            setattr(self._content, name, value)

    def __delattr__(self, name):
        if name in Tagged._own:
            del self.__dict__[name]
        else:
            delattr(self._content, name)


# --- annotations for renderers -------------------------------------------------------------------------------


def tag(flowable: Flowable, role: str | Node, parent: Node | None = None, **attributes) -> Tagged:
    """Mark ``flowable`` as a structure element of ``role`` (a new node under ``parent``) or of a given node."""
    node = role if isinstance(role, Node) else Node(role, parent, **attributes)
    return Tagged(flowable, node)


def auto_tag(story: Iterable[Flowable]) -> list[Flowable]:
    """Tag the paragraphs a renderer left unannotated as P (at the top level and inside KeepTogether)."""
    from reportlab.platypus import KeepTogether, Paragraph

    out: list[Flowable] = []
    for flowable in story:
        if isinstance(flowable, Paragraph):
            flowable = tag(flowable, "P")
        elif isinstance(flowable, KeepTogether):
            flowable._content = auto_tag(flowable._content)  # type: ignore[attr-defined]  # reportlab internals
        out.append(flowable)
    return out


def artifact(flowable: Flowable) -> Flowable:
    """Decoration: drawn, but not part of the document's content (untagged flowables already are)."""
    return Tagged(flowable, None)


def heading(flowable: Flowable, level: int, text: str, parent: Node | None = None) -> Tagged:
    """A heading H1…H6; ``text`` is its title in the outline."""
    level = min(max(level, 1), 6)
    return Tagged(flowable, Node(f"H{level}", parent, title=text))


def figure(flowable: Flowable, alt: str, parent: Node | None = None) -> Tagged:
    if not alt.strip():
        raise ValueError("a Figure needs alternative text")
    return Tagged(flowable, Node("Figure", parent, alt=alt))


def caption(flowable: Flowable, parent: Node | None = None) -> Tagged:
    return Tagged(flowable, Node("Caption", parent))


def note(flowable: Flowable, parent: Node | None = None) -> Tagged:
    return Tagged(flowable, Node("Note", parent))


def table_cells(
    data: Sequence[Sequence[object]],
    table: Node,
    *,
    header_rows: int = 1,
    header_cols: int = 0,
    artifact_cols: Iterable[int] = (),
    spans: Iterable[tuple[int, int, int, int]] = (),
) -> list[list]:
    """Tag every cell of a reportlab table's ``data`` as TH/TD in a TR under ``table``.

    Rows before ``header_rows`` hold column headers (TH, Scope Column); columns before ``header_cols`` hold row
    headers (TH, Scope Row); cells in ``artifact_cols`` are decoration (e.g. a ":" column). ``spans`` are the
    table's SPAN commands as (col0, row0, col1, row1) with non-negative indices; the first cell of a span gets
    RowSpan/ColSpan, the covered cells are left out (reportlab does not draw them).
    """
    span_of: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for col0, row0, col1, row1 in spans:
        span_of[(row0, col0)] = (row1 - row0 + 1, col1 - col0 + 1)
        covered.update((r, c) for r in range(row0, row1 + 1) for c in range(col0, col1 + 1))
        covered.discard((row0, col0))
    skip = set(artifact_cols)
    out: list[list] = []
    for r, row in enumerate(data):
        tr = Node("TR", table)
        line = []
        for c, cell in enumerate(row):
            if (r, c) in covered or c in skip or not isinstance(cell, Flowable):
                line.append(artifact(cell) if isinstance(cell, Flowable) else cell)
                continue
            rows, cols = span_of.get((r, c), (1, 1))
            if r < header_rows:
                node = Node("TH", tr, scope="Column", row_span=rows, col_span=cols)
            elif c < header_cols:
                node = Node("TH", tr, scope="Row", row_span=rows, col_span=cols)
            else:
                node = Node("TD", tr, row_span=rows, col_span=cols)
            line.append(Tagged(cell, node))
        out.append(line)
    return out


class _TaggedBullet:
    """Draws a list item's bullet as the item's Lbl."""

    def __init__(self, bullet, node: Node) -> None:
        self._bullet = bullet
        self._node = node
        self.value = bullet.value
        self.bulletType = getattr(bullet, "bulletType", None)

    def drawOn(self, indenter, canvas, x, y, _sW=0):
        begin = getattr(canvas, "begin_tagged", None)
        if begin is None:
            self._bullet.drawOn(indenter, canvas, x, y, _sW)
            return
        emitted = begin(self._node, y + (indenter.height or 0))
        try:
            self._bullet.drawOn(indenter, canvas, x, y, _sW)
        finally:
            canvas.end_tagged(emitted)

    def __getattr__(self, name):
        return getattr(self.__dict__["_bullet"], name)


class TaggedList(ListFlowable):
    """A ListFlowable tagged as L → LI → (Lbl, LBody). Pass ``node`` (an L) to continue an earlier list."""

    def __init__(
        self, items: Sequence[ListItem | Flowable], *, node: Node | None = None, parent: Node | None = None, **kwargs
    ) -> None:
        self.list_node = node if node is not None else Node("L", parent)
        tagged_items: list[Any] = []  # ListItems and flowables, as ListFlowable accepts
        for item in items:
            li = Node("LI", self.list_node)
            if isinstance(item, ListItem):
                body = Node("LBody", li)
                item._flowables = [Tagged(f, body) for f in item._flowables]  # type: ignore[attr-defined]
                tagged_items.append(item)
            else:
                tagged_items.append(Tagged(item, Node("LBody", li)))
        super().__init__(tagged_items, **kwargs)

    def _getContent(self):
        content = super()._getContent()  # type: ignore[misc]  # reportlab internals, not in the stubs
        for part in content:
            # LIIndenter's _bullet/_flowable are reportlab internals (not in the stubs): read them as Any
            item: Any = part
            if isinstance(part, LIIndenter) and item._bullet and isinstance(item._flowable, Tagged):
                body = item._flowable.node
                if body is not None and body.parent is not None:
                    item._bullet = _TaggedBullet(item._bullet, Node("Lbl", body.parent))
        return content
