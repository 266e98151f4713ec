#!/bin/sh
# Install a built bundle (dist/signaaltracker/) for one user or system-wide, with launcher, icon and metainfo.
#   packaging/linux/install.sh [--prefix DIR] [BUNDLE]        default prefix: ~/.local   (system: /usr/local)
#   packaging/linux/install.sh --uninstall [--prefix DIR]
# Layout: PREFIX/lib/signaaltracker/ (the bundle), PREFIX/bin/signaaltracker{,-cli} (links),
# PREFIX/share/applications/, PREFIX/share/metainfo/, PREFIX/share/icons/hicolor/<size>/apps/.
set -eu

APP_ID=nl.signaaltracker.SignaalTracker
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PREFIX="$HOME/.local"
BUNDLE="$ROOT/dist/signaaltracker"
UNINSTALL=0

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --uninstall) UNINSTALL=1; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) BUNDLE=$1; shift ;;
  esac
done

SIZES="16 24 32 48 64 128 256"
remove() {
  rm -rf "$PREFIX/lib/signaaltracker"
  rm -f "$PREFIX/bin/signaaltracker" "$PREFIX/bin/signaaltracker-cli"
  rm -f "$PREFIX/share/applications/$APP_ID.desktop" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
  rm -f "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
  for s in $SIZES; do rm -f "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"; done
}

if [ "$UNINSTALL" = 1 ]; then
  remove
  echo "SignaalTracker removed from $PREFIX (databases in the user data folder are kept)."
  exit 0
fi

if [ ! -x "$BUNDLE/signaaltracker" ]; then
  echo "No bundle at $BUNDLE; build it first with 'make package'." >&2
  exit 1
fi

remove
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
  "$PREFIX/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$PREFIX/lib/signaaltracker"
ln -s "$PREFIX/lib/signaaltracker/signaaltracker" "$PREFIX/bin/signaaltracker"
ln -s "$PREFIX/lib/signaaltracker/signaaltracker-cli" "$PREFIX/bin/signaaltracker-cli"
install -m 644 "$HERE/$APP_ID.desktop" "$PREFIX/share/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
ICONS="$ROOT/resources/icons"
install -m 644 "$ICONS/signaaltracker.svg" "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for s in $SIZES; do
  mkdir -p "$PREFIX/share/icons/hicolor/${s}x${s}/apps"
  install -m 644 "$ICONS/signaaltracker-$s.png" "$PREFIX/share/icons/hicolor/${s}x${s}/apps/$APP_ID.png"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "SignaalTracker installed in $PREFIX; start it from the menu or with $PREFIX/bin/signaaltracker."
