#!/usr/bin/env bash
# Installs the built Inventaris bundle for the current user, no root needed; --uninstall removes
# it again and keeps the data folder. Usage:
#   bash install.sh [--bundle DIR] [--prefix DIR] [--uninstall]
#   --bundle DIR  the bundle (default: this script's folder when it holds the program, as in
#                 dist/Inventaris/, otherwise dist/Inventaris of the source tree)
#   --prefix DIR  where the program goes (default: $PREFIX, otherwise ~/.local/opt/inventaris);
#                 give the same one to --uninstall (without it, the installed menu entry tells)
# It installs PREFIX/ (a copy of the bundle), the menu entry
# ~/.local/share/applications/inventaris.desktop, the icons
# ~/.local/share/icons/hicolor/{48x48,64x64,256x256}/apps/inventaris.png and the command
# ~/.local/bin/inventaris (a link, left alone if that name is taken by something else).
# The data folder (~/.local/share/Inventaris, or $INVENTARIS_HOME: database, config.json,
# backups/, inventaris.log) belongs to the program, not to this script: never touched.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
apps_dir=$data_home/applications
icon_root=$data_home/icons/hicolor
bin_link=$HOME/.local/bin/inventaris
desktop_file=$apps_dir/inventaris.desktop
data_dir=${INVENTARIS_HOME:-$data_home/Inventaris}
icon_sizes=(48 64 256)
# Written into PREFIX: only a folder holding it is ever replaced or removed by this script.
marker=.installed-by-inventaris-install.sh

die() { echo "install.sh: $*" >&2; exit 1; }

# Desktops that keep caches see the change at once; without the tools they find it later.
refresh_caches() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$apps_dir" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$icon_root" 2>/dev/null || true
  fi
}

bundle=""
prefix=${PREFIX:-}
uninstall=false
while [ $# -gt 0 ]; do
  case "$1" in
    --bundle) bundle=${2:?--bundle needs a folder}; shift 2 ;;
    --bundle=*) bundle=${1#--bundle=}; shift ;;
    --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) uninstall=true; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done

absolute() { realpath -m -- "$1"; }

# Refuses a prefix that would hold, or sit inside, the data folder or the home folder itself.
check_prefix() {
  local p=$1 data
  data=$(absolute "$data_dir")
  case "$p" in
    "" | / | "$(absolute "$HOME")" | "$(absolute "$data_home")")
      die "refusing to use $p as the program folder" ;;
  esac
  if [ "$p" = "$data" ] || [[ "$data" == "$p"/* ]] || [[ "$p" == "$data"/* ]]; then
    die "the program folder $p and the data folder $data must be apart"
  fi
}

# Exec= quoting of the Desktop Entry Specification: a plain path as it is; otherwise quoted,
# with " ` $ \ escaped, then every backslash doubled (the string escape) and % written %%.
exec_value() {
  local path=$1
  if [[ $path =~ ^[A-Za-z0-9/._+-]+$ ]]; then
    printf '%s' "$path"
    return
  fi
  path=${path//\\/\\\\}
  path=${path//\"/\\\"}
  path=${path//\`/\\\`}
  path=${path//\$/\\\$}
  path="\"$path\""
  path=${path//\\/\\\\}
  printf '%s' "${path//%/%%}"
}

if $uninstall; then
  if [ -z "$prefix" ] && [ -f "$desktop_file" ]; then
    tryexec=$(sed -n 's/^TryExec=//p' "$desktop_file" | head -n 1)
    [ -n "$tryexec" ] && prefix=$(dirname "${tryexec//\\\\/\\}")
  fi
  prefix=$(absolute "${prefix:-$HOME/.local/opt/inventaris}")
  check_prefix "$prefix"
  if [ -L "$bin_link" ] && [ "$(readlink -- "$bin_link")" = "$prefix/Inventaris" ]; then
    rm -f -- "$bin_link"
  fi
  rm -f -- "$desktop_file"
  for size in "${icon_sizes[@]}"; do
    rm -f -- "$icon_root/${size}x${size}/apps/inventaris.png"
  done
  if [ -f "$prefix/$marker" ]; then
    rm -rf -- "$prefix"
  elif [ -e "$prefix" ]; then
    echo "install.sh: left $prefix alone: this script did not install it" >&2
  fi
  refresh_caches
  echo "Inventaris removed from $prefix. Kept the data folder $(absolute "$data_dir")."
  exit 0
fi

if [ -z "$bundle" ]; then
  if [ -x "$here/Inventaris" ] && [ -d "$here/_internal" ]; then
    bundle=$here
  else
    bundle=$here/../../dist/Inventaris
  fi
fi
bundle=$(absolute "$bundle")
if [ ! -x "$bundle/Inventaris" ] || [ ! -d "$bundle/_internal" ]; then
  die "no bundle in $bundle (build it: bash packaging/build.sh, or pass --bundle DIR)"
fi
[ -f "$here/inventaris.desktop" ] || die "inventaris.desktop is missing beside install.sh"
icons=$bundle/_internal/resources/icons
[ -f "$icons/app-256.png" ] || icons=$here/../../resources/icons
for size in "${icon_sizes[@]}"; do
  [ -f "$icons/app-$size.png" ] || die "icon app-$size.png not found (in the bundle or resources/icons)"
done
prefix=$(absolute "${prefix:-$HOME/.local/opt/inventaris}")
check_prefix "$prefix"
[[ $prefix != *$'\n'* ]] || die "the program folder's name may not hold a line break"
[ "$prefix" != "$bundle" ] || die "the bundle is already at $prefix"
if [ -e "$prefix" ] && [ ! -f "$prefix/$marker" ] && [ -n "$(ls -A -- "$prefix")" ]; then
  die "$prefix exists and was not installed by this script: choose another --prefix"
fi

# The new copy is made beside the old one first, so a failed copy leaves the old one working.
mkdir -p -- "$(dirname "$prefix")"
staging=$(mktemp -d "$prefix.new.XXXXXX")
trap 'rm -rf -- "$staging"' EXIT
cp -a -- "$bundle/." "$staging/"
# The installed copy carries this script and the entry, for a later --uninstall.
cp -- "$here/install.sh" "$here/inventaris.desktop" "$staging/" 2>/dev/null || true
: >"$staging/$marker"
chmod 755 "$staging"
rm -rf -- "$prefix"
mv -- "$staging" "$prefix"
trap - EXIT

mkdir -p -- "$apps_dir"
{
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      "# install.sh"*) ;;
      Exec=*)
        printf 'Exec=%s\n' "$(exec_value "$prefix/Inventaris")"
        printf 'TryExec=%s\n' "${prefix//\\/\\\\}/Inventaris" ;;
      *) printf '%s\n' "$line" ;;
    esac
  done <"$here/inventaris.desktop"
} >"$desktop_file.tmp"
mv -- "$desktop_file.tmp" "$desktop_file"

for size in "${icon_sizes[@]}"; do
  install -D -m 644 -- "$icons/app-$size.png" "$icon_root/${size}x${size}/apps/inventaris.png"
done

# The command link is made when the name is free or already links to an Inventaris program.
if [ -L "$bin_link" ] && [[ "$(readlink -- "$bin_link")" == */Inventaris ]]; then
  ln -sfn -- "$prefix/Inventaris" "$bin_link"
elif [ ! -e "$bin_link" ] && [ ! -L "$bin_link" ]; then
  mkdir -p -- "$(dirname "$bin_link")"
  ln -s -- "$prefix/Inventaris" "$bin_link"
else
  echo "install.sh: $bin_link exists and is not ours: no command link made" >&2
fi

refresh_caches
echo "Inventaris installed in $prefix: start it from the menu (Office) or with $bin_link."
echo "Its data stays in $(absolute "$data_dir"); remove the program with: bash $prefix/install.sh --uninstall"
