#!/usr/bin/env bash
# Gives the files of a .deb the modification times of the app image it was made from.
#
#   src/package/linux/deb-times.sh DEB IMAGE
#
# jpackage copies the image into the .deb with the times of the copy. The JVM maps the start-up cache
# (lib/app/asynclab.aot) only when every jar of the class path has the size and the modification time it had when
# the cache was made, and dpkg installs each file with the time the .deb gives it: without this, an installed app
# starts without its cache. Every file of IMAGE that the .deb holds (under its install folder, the one that holds
# bin/NAME for IMAGE's bin/NAME) takes IMAGE's time; the rest of the .deb is left as it is. DEB is rewritten in
# place (built beside it, then renamed), with root as the owner of its files, as jpackage makes it.
set -euo pipefail

(($# == 2)) || { echo "usage: deb-times.sh DEB IMAGE" >&2; exit 2; }
deb=$1
image=${2%/}
fail() { echo "deb-times.sh: $*" >&2; exit 1; }
[[ -f $deb ]] || fail "no such .deb: $deb"
[[ -d $image/bin ]] || fail "not an app image (no bin/): $image"

work=$(mktemp -d "${TMPDIR:-/tmp}/asynclab-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

# One fakeroot session for the extraction and the build, so that the files stay root's.
fakeroot -- bash -s "$deb" "$image" "$work" <<'EOF'
set -euo pipefail
deb=$1 image=$2 work=$3
dpkg-deb -R "$deb" "$work/root"
launcher=$(cd "$image/bin" && find . -maxdepth 1 -type f | head -n 1)
[[ -n $launcher ]] || { echo "deb-times.sh: no launcher in $image/bin" >&2; exit 1; }
found=$(find "$work/root" -path "*/bin/${launcher#./}" -type f | head -n 1)
[[ -n $found ]] || { echo "deb-times.sh: the .deb holds no bin/${launcher#./}" >&2; exit 1; }
prefix=$(dirname "$(dirname "$found")")
(cd "$image" && find . -type f) | while IFS= read -r file; do
  if [[ -f $prefix/$file ]]; then touch -m -r "$image/$file" "$prefix/$file"; fi
done
dpkg-deb -b "$work/root" "$work/new.deb" >/dev/null
EOF
mv -f "$work/new.deb" "$deb"
