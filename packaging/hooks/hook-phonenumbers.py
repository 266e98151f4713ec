"""PyInstaller hook for phonenumbers, replacing the one of pyinstaller-hooks-contrib (hooks in the spec's
hookspath take precedence).

phonenumbers loads its per-region metadata by module name at run time, so every module under phonenumbers.data
and phonenumbers.shortdata must be listed. The contrib hook lists all submodules; this one leaves out the
geocoder, carrier and time-zone data (~4.4 MB in each program's archive), which the privacy screening never
uses: it only matches numbers (PhoneNumberMatcher). Excluding them in the spec instead makes PyInstaller warn
about each of the contrib hook's hidden imports it cannot find.
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")


def used(name: str) -> bool:
    """False for phonenumbers.geodata and everything under it (and the other UNUSED)."""
    return name.partition(".")[2].split(".")[0] not in UNUSED


hiddenimports = collect_submodules("phonenumbers", filter=used)
