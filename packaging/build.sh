#!/usr/bin/env bash
# Builds Inventaris's one-folder bundle with PyInstaller: DIST/Inventaris/ (default DIST: dist)
# holds the executable `Inventaris` and everything it needs; no Python or virtual environment
# is needed where it runs. Usage: bash packaging/build.sh [--dist DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dist=dist
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=${2:?--dist needs a folder}; shift 2 ;;
    --dist=*) dist=${1#--dist=}; shift ;;
    -h|--help) sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown argument $1 (usage: bash packaging/build.sh [--dist DIR])" >&2; exit 2 ;;
  esac
done

bash .ci/setup
# PyInstaller reads the libraries' dependencies with objdump (binutils).
if ! command -v objdump >/dev/null 2>&1; then
  echo "Installing binutils (PyInstaller needs objdump)"
  sudo_if_needed=()
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  "${sudo_if_needed[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils
fi
# PyInstaller is a build tool only: the `packaging` extra, installed on first use.
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "Installing PyInstaller into .venv"
  .venv/bin/python -m pip install --quiet -e ".[postgres,packaging]" 2> >(grep -v "^WARNING: Location" >&2)
fi
for needed in resources/guide/panduan-pengguna.pdf resources/icons/inventaris.ico; do
  [ -f "$needed" ] || { echo "build.sh: $needed is missing (see README, Packaging)" >&2; exit 1; }
done

mkdir -p "$dist"
dist=$(cd "$dist" && pwd)
# The work folder is per destination, so two builds never share half-made files.
work="build/pyinstaller-$(printf '%s' "$dist" | sha256sum | cut -c1-12)"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/inventaris.spec

# The Linux desktop entry and its installer travel with the bundle (packaging/linux/README.md).
if [ -d packaging/linux ]; then
  cp packaging/linux/inventaris.desktop packaging/linux/install.sh "$dist/Inventaris/"
fi
echo "Built $dist/Inventaris ($(du -sh "$dist/Inventaris" | cut -f1)): run $dist/Inventaris/Inventaris"
