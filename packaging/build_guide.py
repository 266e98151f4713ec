"""Build the user guide the app opens (Help → Handleiding): docs/handleiding/*.md → resources/guide/*.html.

Markdown is converted with Qt's own QTextDocument (no extra dependency); links between the pages point to the
.html files and the screenshots they show are copied to resources/guide/img/. Run `make guide` after editing the
guide or retaking a screenshot; tests/test_guide.py fails when resources/guide is stale.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "docs" / "handleiding"
TARGET = ROOT / "resources" / "guide"
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]+)\)")
PAGE_LINK = re.compile(r"\]\(([\w-]+)\.md\)")
STYLE = (
    "body { font-family: sans-serif; max-width: 60em; margin: 1em auto; line-height: 1.45; color: #1a1a1a; }"
    " img { max-width: 100%; border: 1px solid #888; } a { color: #0645ad; }"
)


def page_html(markdown: str, title: str) -> str:
    from PySide6.QtGui import QTextDocument

    markdown = IMAGE.sub(lambda m: f"![{m.group(1)}](img/{Path(m.group(2)).name})", markdown)
    markdown = PAGE_LINK.sub(r"](\1.html)", markdown)
    document = QTextDocument()
    document.setMarkdown(markdown)
    body = document.toHtml()
    body = body[body.index("<body") : body.rindex("</body>") + len("</body>")]
    body = re.sub(r"<body[^>]*>", "<body>", body)  # no fixed font size: the browser follows the system
    return (
        f'<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
        f"<style>{STYLE}</style>\n</head>\n{body}\n</html>\n"
    )


def images_of(markdown: str, folder: Path) -> list[Path]:
    return [(folder / m.group(2)).resolve() for m in IMAGE.finditer(markdown)]


def build(source: Path = SOURCE, target: Path = TARGET) -> list[Path]:
    """Write the HTML pages and images into ``target`` (replacing it); returns the files written."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # QTextDocument needs a GUI application
    if target.exists():
        shutil.rmtree(target)
    (target / "img").mkdir(parents=True)
    written = []
    for md in sorted(source.glob("*.md")):
        text = md.read_text(encoding="utf-8")
        title = text.splitlines()[0].lstrip("# ").strip() if text else md.stem
        out = target / f"{md.stem}.html"
        out.write_text(page_html(text, f"{title} — SignaalTracker"), encoding="utf-8")
        written.append(out)
        for image in images_of(text, md.parent):
            if not image.is_file():
                raise FileNotFoundError(f"{md.name} shows {image}, which does not exist")
            shutil.copyfile(image, target / "img" / image.name)
            written.append(target / "img" / image.name)
    del app
    return written


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    files = build()
    print(f"{len(files)} files written to {TARGET}", file=sys.stderr)
