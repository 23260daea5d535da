#!/bin/sh
# Adds Trafficking Flows Explorer to this user's application menu, and makes a
# double-click on a workspace (*.tfe-workspace) open it. Nothing outside ~/.local
# is touched; ./install-desktop.sh --remove takes it all away again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
id=org.traffickingflows.Explorer
if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.xml" "$bin/trafficking-explorer"
  find "$data/icons/hicolor" -name "$id.png" -delete 2>/dev/null || true
else
  mkdir -p "$data/applications" "$data/mime/packages" "$bin"
  ln -sf "$here/trafficking-explorer" "$bin/trafficking-explorer"
  # The entry names the app by its full path: ~/.local/bin is not on every menu's PATH.
  sed -e "s|^Exec=trafficking-explorer|Exec=\"$here/trafficking-explorer\"|" \
      -e "s|^TryExec=trafficking-explorer|TryExec=$here/trafficking-explorer|" \
      "$here/share/applications/$id.desktop" > "$data/applications/$id.desktop"
  cp "$here/share/mime/packages/$id.xml" "$data/mime/packages/"
  (cd "$here/share" && find icons -name "$id.png") | while read -r icon; do
    mkdir -p "$data/$(dirname "$icon")" && cp "$here/share/$icon" "$data/$icon"
  done
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
if [ "${1:-}" = "--remove" ]; then what=removed; else what=installed; fi
echo "$what: menu entry, workspace file type, icon and command $bin/trafficking-explorer"
