#!/bin/sh
# Installs Tickler @VERSION@ for you alone (no root needed):
#   the app            -> ~/.local/opt/tickler
#   a `tickler` command -> ~/.local/bin/tickler
#   menu entry, icons and AppStream data -> ~/.local/share/{applications,icons,metainfo}
#
#   ./install.sh              install, or update an earlier install
#   ./install.sh --uninstall  remove the app and its menu entry; your data stays
#
# Your prospects live in ~/.local/share/Tickler (the same folder a source install uses);
# neither installing nor uninstalling touches it.
set -eu

app_id=@APP_ID@
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
config_home=${XDG_CONFIG_HOME:-$HOME/.config}
app_dir=${TICKLER_APP_DIR:-$HOME/.local/opt/tickler}
bin_dir=${TICKLER_BIN_DIR:-$HOME/.local/bin}
icon_sizes="16 22 24 32 48 64 128 256 512"

refresh_menus() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data_home/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -f -t "$data_home/icons/hicolor" 2>/dev/null || true
    fi
    touch "$data_home/icons/hicolor" 2>/dev/null || true
}

remove_app_dir() {
    # Only ever delete a folder that holds a Tickler build.
    if [ -d "$app_dir" ]; then
        if [ ! -x "$app_dir/tickler" ] || [ ! -d "$app_dir/_internal" ]; then
            echo "install.sh: $app_dir is not a Tickler install; not touching it." >&2
            exit 1
        fi
        rm -rf "$app_dir"
    fi
}

remove_autostart() {
    # Tools > Start Tickler at login writes this entry; left behind it would try to start
    # the deleted program at every login. Only an entry that runs this install is removed.
    entry="$config_home/autostart/tickler.desktop"
    if [ -f "$entry" ] && grep -q "^Exec=.*$app_dir/tickler" "$entry"; then
        rm -f "$entry"
        echo "Removed the start-at-login entry ($entry)."
    fi
}

uninstall() {
    remove_autostart
    remove_app_dir
    if [ -L "$bin_dir/tickler" ]; then rm -f "$bin_dir/tickler"; fi
    rm -f "$data_home/applications/$app_id.desktop" "$data_home/metainfo/$app_id.metainfo.xml"
    for size in $icon_sizes; do
        rm -f "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    rm -f "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
    refresh_menus
    echo "Tickler is uninstalled. Your data is still in $data_home/Tickler."
}

install() {
    if [ ! -x "$here/tickler" ] || [ ! -d "$here/_internal" ]; then
        echo "install.sh: run me from the unpacked Tickler folder." >&2
        exit 1
    fi
    if [ "$here" != "$app_dir" ]; then
        mkdir -p "$(dirname "$app_dir")"
        rm -rf "$app_dir.new"
        mkdir "$app_dir.new"
        cp -a "$here/tickler" "$here/_internal" "$here/install.sh" "$here/share" "$app_dir.new/"
        remove_app_dir
        mv "$app_dir.new" "$app_dir"
    fi

    mkdir -p "$bin_dir"
    ln -sfn "$app_dir/tickler" "$bin_dir/tickler"

    mkdir -p "$data_home/applications" "$data_home/metainfo"
    # The menu entry runs the installed binary by its full path: ~/.local/bin is not on
    # every desktop session's PATH.
    # (Quoting per the Desktop Entry spec, then escaped once more for sed.)
    exec_path=$(printf '%s' "$app_dir/tickler" | sed -e 's/%/%%/g' -e 's/["`$\\]/\\\\&/g' \
        -e 's/[&|\\]/\\&/g')
    sed -e "s|^Exec=.*|Exec=\"$exec_path\"|" -e "s|^TryExec=.*||" \
        "$here/share/applications/$app_id.desktop" > "$data_home/applications/$app_id.desktop"
    chmod 0644 "$data_home/applications/$app_id.desktop"
    cp "$here/share/metainfo/$app_id.metainfo.xml" "$data_home/metainfo/"

    for size in $icon_sizes; do
        mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
        cp "$here/share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
            "$data_home/icons/hicolor/${size}x${size}/apps/"
    done
    mkdir -p "$data_home/icons/hicolor/scalable/apps"
    cp "$here/share/icons/hicolor/scalable/apps/$app_id.svg" "$data_home/icons/hicolor/scalable/apps/"
    refresh_menus

    echo "Tickler @VERSION@ is installed in $app_dir."
    case ":${PATH:-}:" in
        *":$bin_dir:"*|*":$bin_dir/:"*)
            echo "Start it from your desktop's menu (Office > Tickler) or run: tickler" ;;
        *)
            echo "Start it from your desktop's menu (Office > Tickler) or run: $bin_dir/tickler"
            echo "Note: $bin_dir is not on your PATH, so typing just 'tickler' will not work" \
                "yet. Add it with: echo 'export PATH=\"$bin_dir:\$PATH\"' >> ~/.profile" \
                "(then log out and in again)." ;;
    esac
}

case "${1:-}" in
    "") install ;;
    --uninstall) uninstall ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac
