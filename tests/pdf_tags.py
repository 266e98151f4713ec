"""Reading a tagged PDF back for tests: the structure tree, and the text of each piece of marked content.

Text is decoded through each font's /ToUnicode map (reportlab writes one for every embedded subset), so the
tests see what a screen reader would get. Written for the PDFs this app makes, not for any PDF.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pikepdf

TEXT_SHOWING = {"Tj", "TJ", "'", '"'}


@dataclass
class Element:
    role: str
    obj: pikepdf.Dictionary
    depth: int
    children: list = field(default_factory=list)  # Element or (page index, mcid)

    @property
    def alt(self) -> str:
        return str(self.obj.get("/Alt", ""))

    @property
    def attributes(self) -> dict:
        a = self.obj.get("/A")
        return {str(k): (str(v) if isinstance(v, pikepdf.Name) else v) for k, v in a.items()} if a else {}


def _to_unicode(font: pikepdf.Dictionary) -> dict[int, str]:
    table: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return table
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(uni, 16)
            for offset, code in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                table[code] = chr(start + offset)
    return table


def _decode(raw: bytes, table: dict[int, str]) -> str:
    return "".join(table.get(b, chr(b)) for b in raw)


@dataclass
class PageContent:
    by_mcid: dict[int, str]
    artifact_text: list[str]
    untagged_text: list[str]  # text shown outside any marked content: must stay empty


def page_content(page: pikepdf.Page) -> PageContent:
    fonts = page.obj.Resources.get("/Font", {})
    maps = {str(name): _to_unicode(font) for name, font in fonts.items()}
    current: dict[int, str] = {}
    stack: list[tuple[str, int | None]] = []
    by_mcid: dict[int, list[str]] = {}
    artifacts: list[str] = []
    untagged: list[str] = []
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        if op == "Tf":
            current = maps.get(str(operands[0]), {})
        elif op in ("BDC", "BMC"):
            tag = str(operands[0])
            mcid = None
            if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                mcid = int(operands[1].MCID)
            stack.append((tag, mcid))
        elif op == "EMC":
            stack.pop()
        elif op in TEXT_SHOWING:
            if op == "TJ":
                text = "".join(_decode(bytes(x), current) for x in operands[0] if isinstance(x, pikepdf.String))
            else:
                text = _decode(bytes(operands[-1]), current)
            mcids = [m for _, m in stack if m is not None]
            if mcids:
                by_mcid.setdefault(mcids[-1], []).append(text)
            elif any(tag == "/Artifact" for tag, _ in stack):
                artifacts.append(text)
            else:
                untagged.append(text)
    return PageContent({k: " ".join(v) for k, v in by_mcid.items()}, artifacts, untagged)


def structure(pdf: pikepdf.Pdf) -> Element:
    pages = {page.objgen: index for index, page in enumerate(pdf.pages)}
    root = pdf.Root.StructTreeRoot

    def walk(obj: pikepdf.Dictionary, depth: int, page: int | None) -> Element:
        element = Element(str(obj.S)[1:], obj, depth)
        if "/Pg" in obj:
            page = pages[obj.Pg.objgen]
        kids = obj.get("/K")
        kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []
        for kid in kids:
            if isinstance(kid, int):
                element.children.append((page, int(kid)))
            elif kid.get("/Type") == pikepdf.Name.MCR:
                element.children.append((pages[kid.Pg.objgen], int(kid.MCID)))
            else:
                element.children.append(walk(kid, depth + 1, page))
        return element

    return walk(root.K, 0, None)


def elements(element: Element) -> Iterator[Element]:
    yield element
    for kid in element.children:
        if isinstance(kid, Element):
            yield from elements(kid)


def text_in_structure_order(pdf: pikepdf.Pdf) -> str:
    contents = [page_content(page) for page in pdf.pages]
    out: list[str] = []

    def walk(element: Element) -> None:
        for kid in element.children:
            if isinstance(kid, Element):
                walk(kid)
            else:
                page, mcid = kid
                out.append(contents[page].by_mcid.get(mcid, ""))

    walk(structure(pdf))
    return " ".join(" ".join(out).split())
