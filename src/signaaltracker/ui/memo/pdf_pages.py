"""PDF pages as images for the preview and for printing (PySide6-Essentials has no QtPdf).

Uses pypdfium2 when installed, else poppler's ``pdftoppm``. Imported only when the memo page needs it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtGui import QImage

from signaaltracker.ui.i18n import tr


class PreviewUnavailable(RuntimeError):
    """No page images: neither pypdfium2 nor pdftoppm is available, or pdftoppm failed. ``message`` is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def render_pages(pdf: Path, dpi: int = 80) -> list[QImage]:
    try:
        import pypdfium2
    except ImportError:
        return _with_pdftoppm(pdf, dpi)
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            pil = page.render(scale=dpi / 72).to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888).copy()
            images.append(image)
            page.close()
        return images
    finally:
        document.close()


def _with_pdftoppm(pdf: Path, dpi: int) -> list[QImage]:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise PreviewUnavailable(tr("Voor het voorbeeld is pypdfium2 of pdftoppm (poppler) nodig."))
    with tempfile.TemporaryDirectory(prefix="signaaltracker-preview-") as folder:
        try:
            subprocess.run(
                [tool, "-png", "-r", str(dpi), str(pdf), str(Path(folder) / "p")],
                check=True,
                capture_output=True,
                timeout=60,
            )
        except subprocess.TimeoutExpired:
            raise PreviewUnavailable(tr("pdftoppm was na een minuut nog niet klaar met de pagina's.")) from None
        except subprocess.CalledProcessError as exc:
            detail = (exc.stderr or b"").decode("utf-8", "replace").strip()
            raise PreviewUnavailable(
                tr("pdftoppm kon de pagina's niet maken ({error}).").format(error=detail or exc.returncode)
            ) from None
        return [QImage(str(p)) for p in sorted(Path(folder).glob("p-*.png"), key=lambda p: int(p.stem[2:]))]
