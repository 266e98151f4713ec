"""The test data in tests/data are faithful copies: of the checksums recorded with them, and — when the shared
folder is next to the checkout — of the shared originals byte for byte."""

from __future__ import annotations

import hashlib

from conftest import SHARED, TEST_DATA

# where each copied folder comes from in the shared folder
ORIGINS = {"reference": SHARED / "reference", "euda-wastewater-2025": SHARED / "data" / "euda-wastewater-2025"}


def _recorded() -> dict[str, str]:
    lines = (TEST_DATA / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    return {name: digest for digest, name in (line.split(maxsplit=1) for line in lines if line.strip())}


def test_copies_match_their_recorded_checksums():
    recorded = _recorded()
    needed = {
        "reference/raadsmemo-noordoostpolder-2024-10-24.txt",
        "reference/tactus-intake-2024.csv",
        "euda-wastewater-2025/ww2025-all-data.csv",
        "euda-wastewater-2025/ww2025-site-info-table.csv",
    }
    assert needed <= set(recorded)
    for name, digest in recorded.items():
        assert hashlib.sha256((TEST_DATA / name).read_bytes()).hexdigest() == digest, name


def test_copies_equal_the_shared_originals_when_present():
    """Without the shared folder only the list of copies is checked (and the checksums, above)."""
    compared = 0
    for folder, origin in ORIGINS.items():
        copies = sorted(p.name for p in (TEST_DATA / folder).iterdir())
        assert copies == sorted(n.split("/", 1)[1] for n in _recorded() if n.startswith(folder + "/"))
        if not origin.is_dir():
            continue
        originals = sorted(p.name for p in origin.iterdir() if p.is_file())
        assert copies == originals, f"tests/data/{folder} and {origin} hold different files"
        for name in copies:
            assert (TEST_DATA / folder / name).read_bytes() == (origin / name).read_bytes(), f"{folder}/{name}"
            compared += 1
    assert compared == 5 or not SHARED.is_dir()
