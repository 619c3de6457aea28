#!/bin/sh
# Install Tværs for this user only (no root): the program folder, the menu entry, the icons
# and the software-centre metadata, all under ~/.local. Run it from the unpacked folder:
#
#   ./install.sh             install (or update) Tværs
#   ./install.sh --uninstall remove the program; the journal is left alone
#
# The journal itself lives elsewhere (~/.local/share/Tvaers, or the folder chosen at first
# start) and is never touched by this script.
set -eu

APP_ID=dk.tvaers.Tvaers
HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PROGRAM_DIR=$HOME/.local/lib/tvaers
BIN_DIR=$HOME/.local/bin
SIZES="16 22 24 32 48 64 128 256 512"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$PROGRAM_DIR"
  # Only our own link: a tvaers in ~/.local/bin that is not ours (e.g. pip's) stays.
  if [ -L "$BIN_DIR/tvaers" ] && [ "$(readlink "$BIN_DIR/tvaers")" = "$PROGRAM_DIR/tvaers" ]; then
    rm -f "$BIN_DIR/tvaers"
  fi
  rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
  for size in $SIZES; do
    rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
  rm -f "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"
  refresh_caches
  echo "Tværs is removed. Your journal is still there; delete its folder yourself if you want it gone."
  exit 0
fi

if [ ! -x "$HERE/tvaers" ] || [ ! -d "$HERE/_internal" ]; then
  echo "install.sh: run me from the unpacked Tværs folder (the one with the program tvaers in it)" >&2
  exit 1
fi

# The program: a fresh copy (an update replaces the old one as a whole).
mkdir -p "$HOME/.local/lib"
rm -rf "$PROGRAM_DIR.new"
cp -R "$HERE" "$PROGRAM_DIR.new"
rm -rf "$PROGRAM_DIR"
mv "$PROGRAM_DIR.new" "$PROGRAM_DIR"
mkdir -p "$BIN_DIR"
if [ ! -e "$BIN_DIR/tvaers" ] || [ -L "$BIN_DIR/tvaers" ]; then
  ln -sf "$PROGRAM_DIR/tvaers" "$BIN_DIR/tvaers"
fi

# Icons: the PNGs at every size, and the SVG.
ICONS=$PROGRAM_DIR/_internal/resources/icons
for size in $SIZES; do
  mkdir -p "$DATA_HOME/icons/hicolor/${size}x${size}/apps"
  cp "$ICONS/png/tvaers-$size.png" "$DATA_HOME/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
cp "$ICONS/tvaers.svg" "$DATA_HOME/icons/hicolor/scalable/apps/$APP_ID.svg"

# The menu entry starts the installed program by its full path (~/.local/bin is not on
# every desktop's PATH).
mkdir -p "$DATA_HOME/applications" "$DATA_HOME/metainfo"
sed -e "s|^Exec=.*|Exec=\"$PROGRAM_DIR/tvaers\"|" -e "s|^TryExec=.*|TryExec=$PROGRAM_DIR/tvaers|" \
  "$HERE/linux/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"
cp "$HERE/linux/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
refresh_caches
echo "Tværs is installed: find it in your applications menu, or type tvaers in a terminal."
