"""Packaging files: the icon set, the Linux desktop entry and metainfo (validated), versions kept in step.

The PyInstaller build itself is not run here (too slow); `make package` builds it and runs
packaging/smoke_test.py over the result.
"""

from __future__ import annotations

import ast
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from signaaltracker import __version__

REPO = Path(__file__).resolve().parents[1]
ICONS = REPO / "resources" / "icons"
LINUX = REPO / "packaging" / "linux"
APP_ID = "nl.signaaltracker.SignaalTracker"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ISS = REPO / "packaging" / "windows" / "signaaltracker.iss"
SPEC = REPO / "packaging" / "signaaltracker.spec"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SVG_NS = "{http://www.w3.org/2000/svg}"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", data[16:24])


def ico_sizes(path: Path) -> list[int]:
    data = path.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), f"{path.name} is not an icon file"
    sizes = []
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i : 22 + 16 * i])
        assert width == height
        assert offset + length <= len(data)
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        sizes.append(width or 256)
    return sizes


@pytest.mark.parametrize("name", ["signaaltracker", "signaaltracker-database"])
def test_icon_svg_parses_and_every_size_exists(name):
    root = ET.parse(ICONS / f"{name}.svg").getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox") == "0 0 256 256"
    assert len(list(root.iter(f"{SVG_NS}path"))) >= 1
    for size in SIZES:
        assert png_size(ICONS / f"{name}-{size}.png") == (size, size)
    assert sorted(ico_sizes(ICONS / f"{name}.ico")) == list(SIZES)


def test_qt_renders_the_svg_and_the_app_icon_has_every_size(qapp):
    from PySide6.QtSvg import QSvgRenderer

    from signaaltracker.ui.app import app_icon

    renderer = QSvgRenderer(str(ICONS / "signaaltracker.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == 256
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(SIZES)


def test_rendered_pngs_match_the_svg(qapp, tmp_path):
    """The committed PNGs are what packaging/render_icons.py makes from the SVG today (no stale icons)."""
    import importlib.util

    from PySide6.QtGui import QColor, QImage

    spec = importlib.util.spec_from_file_location("render_icons", REPO / "packaging" / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shutil.copy(ICONS / "signaaltracker.svg", tmp_path)
    module.render_all(tmp_path)
    for size in (16, 64, 256):
        fresh = QImage(str(tmp_path / f"signaaltracker-{size}.png"))
        committed = QImage(str(ICONS / f"signaaltracker-{size}.png"))
        assert fresh.size() == committed.size()
        differing = 0
        for y in range(size):
            for x in range(size):
                a, b = QColor(fresh.pixelColor(x, y)), QColor(committed.pixelColor(x, y))
                channels = zip(a.getRgb(), b.getRgb(), strict=True)
                differing += any(abs(p - q) > 24 for p, q in channels)
        assert differing <= size * size // 100, f"{size} px icon differs from the SVG; run make icons"


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_metainfo_and_app_agree():
    from signaaltracker.ui.app import DESKTOP_FILE_NAME

    entry = desktop_entry()
    assert entry["Icon"] == APP_ID == DESKTOP_FILE_NAME
    assert entry["Exec"].split()[0] == "signaaltracker"
    assert "Comment[nl]" in entry and "Name" in entry
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("provides/binary").text == "signaaltracker"
    versions = [r.get("version") for r in root.iter("release")]
    assert __version__ in versions


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return path


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        [_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not re.search(r"^[EW]:", result.stdout, re.MULTILINE), result.stdout


def test_validators_reject_a_broken_desktop_file(tmp_path):
    """The validator test above can fail: a desktop file without Name is refused."""
    broken = tmp_path / DESKTOP.name
    broken.write_text(DESKTOP.read_text(encoding="utf-8").replace("Name=SignaalTracker\n", ""), encoding="utf-8")
    result = subprocess.run([_validator("desktop-file-validate"), str(broken)], capture_output=True, text=True)
    assert result.returncode != 0


def test_windows_installer_script_is_complete_and_in_step():
    text = ISS.read_text(encoding="utf-8")
    default_version = re.search(r'#define AppVersion "([^"]+)"', text).group(1)
    assert default_version == __version__
    sections = set(re.findall(r"^\[(\w+)\]", text, re.MULTILINE))
    assert {"Setup", "Files", "Icons", "Registry", "Tasks", "Languages"} <= sections
    assert "{autoprograms}" in text  # start-menu entry
    assert "UninstallDisplayIcon" in text
    assert r"Software\Classes\.db" in text and "DefaultIcon" in text
    # Files the script points at exist (relative to packaging/windows/, as ISCC resolves them).
    for relative in re.findall(r"=\.\.\\\.\.\\([\w\\.-]+\.ico)", text):
        assert (REPO / relative.replace("\\", "/")).is_file(), relative
    database_icon = re.search(r'DatabaseIcon "\{app\}\\_internal\\signaaltracker\\(.+?)"', text).group(1)
    assert (REPO / database_icon.replace("\\", "/")).is_file()


def test_pyinstaller_spec_keeps_the_babel_locales_the_app_parses_with():
    """The spec drops babel's locale data except KEEP_BABEL_LOCALES; a locale numbers_nl uses (with the ones
    babel falls back to: "nl_NL" -> "nl" -> "root") must be among them, or imports fail only in the bundle."""
    from signaaltracker.exchange import numbers_nl

    kept_text = re.search(r"^KEEP_BABEL_LOCALES = (\(.*?\))$", SPEC.read_text(encoding="utf-8"), re.MULTILINE)
    kept = set(ast.literal_eval(kept_text.group(1)))
    for locale in (numbers_nl.DUTCH, numbers_nl.ENGLISH):
        parts = locale.split("_")
        needed = {"_".join(parts[:n]) for n in range(1, len(parts) + 1)} | {"root"}
        assert needed <= kept, f"{locale} needs {sorted(needed - kept)} in KEEP_BABEL_LOCALES"


def test_pyinstaller_spec_is_python_and_names_existing_files():
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    assert {"Analysis", "EXE", "COLLECT"} <= names
    text = SPEC.read_text(encoding="utf-8")
    assert 'collect_data_files("reportlab")' in text
    assert (REPO / "packaging" / "launcher.py").is_file()
    assert (ICONS / "signaaltracker.ico").is_file()
