#!/usr/bin/env bash
# The packaged app's smoke test, run by `./run.sh test` after the Maven suite (ASYNCLAB_SKIP_PACKAGE=1 skips it):
# builds the app image as `./run.sh package --image-only` does, then runs its launcher once, headless, from an
# empty home, the way a user without Java would:
#   AsyncLab --headless -n 3 -d 0.1 --json FILE
# It must exit 0, write FILE as a JSON object, and leave the home as empty as it found it. FILE is a relative
# name, given from another folder: it must land where the user stands, for the launcher and for run.sh alike.
# Needs JDK_HOME (run.sh sets it) and a build in target/ (the Maven suite leaves one).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
say() { echo "package smoke test: $*" >&2; }
[[ -n ${JDK_HOME:-} ]] || { say "needs JDK_HOME (run it through ./run.sh test)"; exit 1; }

src/package/package.sh --image-only

case $(uname -s) in
  Darwin) launcher=target/AsyncLab.app/Contents/MacOS/AsyncLab ;;
  MINGW*|MSYS*|CYGWIN*) launcher=target/AsyncLab/AsyncLab.exe ;;
  *) launcher=target/AsyncLab/bin/AsyncLab ;;
esac
scratch=$(mktemp -d "${TMPDIR:-/tmp}/asynclab-smoke.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/home"
json=$scratch/x.json
repo=$PWD

# No Java on the PATH and no JAVA_HOME: the image has to bring its own.
status=0
env -u JAVA_HOME -u JDK_HOME HOME="$scratch/home" XDG_CACHE_HOME= XDG_CONFIG_HOME= XDG_DATA_HOME= PATH=/usr/bin:/bin \
  bash -c 'cd "$1" && shift && exec "$@"' - "$scratch" "$repo/$launcher" --headless -n 3 -d 0.1 --json x.json \
  >"$scratch/out.log" 2>&1 || status=$?
if ((status != 0)); then
  say "FAILED: '$launcher --headless -n 3 -d 0.1 --json FILE' exited $status; its output:"
  cat "$scratch/out.log" >&2
  exit 1
fi
"$JDK_HOME/bin/java" -cp "target/lib/*" src/package/CheckJson.java "$json" >&2 ||
  { say "FAILED: the launcher wrote no valid JSON"; exit 1; }
if [[ $(uname -s) == Linux ]]; then
  # The start picture (src/package/start-picture.sh): in the image, and asked for by a window's start only (the JVM's
  # properties, printed by a start without a display, say whether the launcher asked).
  [[ -s target/AsyncLab/lib/app/splash.png ]] || { say "FAILED: the image has no start picture"; exit 1; }
  for start in "--tasks 3" "--headless -n 1 -d 0"; do
    # shellcheck disable=SC2086 # the start's arguments, one a word
    env -u DISPLAY -u WAYLAND_DISPLAY JDK_JAVA_OPTIONS=-XshowSettings:properties HOME="$scratch/home" \
      "$launcher" $start >/dev/null 2>"$scratch/properties.txt" || true
    asked=$(grep -c 'asynclab.splash = true' "$scratch/properties.txt" || true)
    if [[ $start == --headless* && $asked != 0 || $start != --headless* && $asked != 1 ]]; then
      say "FAILED: '$launcher $start' asked for the start picture $asked times (a window's start once, else never)"
      exit 1
    fi
  done
  # Our Linux launcher (src/package/linux/launcher.sh): under the C locale a name with an accent is written (with
  # jpackage's launcher the JVM refused it), and no start asks the package manager who owns the launcher (jpackage's
  # ran rpm and dpkg twice at every start: 0.4 s here): stand-ins for both on the PATH say if they are run.
  spy=$scratch/spy
  mkdir "$spy"
  for tool in rpm dpkg dpkg-query; do
    printf '#!/bin/sh\necho "%s $*" >>"%s/asked"\nexit 1\n' "$tool" "$spy" >"$spy/$tool"
    chmod +x "$spy/$tool"
  done
  status=0
  env -u LANG -u LC_CTYPE -u JAVA_HOME LC_ALL=C HOME="$scratch/home" PATH="$spy:/usr/bin:/bin" \
    bash -c 'cd "$1" && shift && exec "$@"' - "$scratch" "$repo/$launcher" --headless -n 2 -d 0 --json résultat.json \
    >"$scratch/c.log" 2>&1 || status=$?
  if ((status != 0)) || [[ ! -s $scratch/résultat.json ]]; then
    say "FAILED: under LC_ALL=C, '$launcher --headless --json résultat.json' exited $status; its output:"
    cat "$scratch/c.log" >&2
    exit 1
  fi
  if [[ -s $spy/asked ]]; then
    say "FAILED: the launcher asked the package manager: $(paste -sd';' "$spy/asked")"
    exit 1
  fi
fi
# Where the app can be trained (Java 25+ and Xvfb here), the image must have its start-up cache: package.sh
# goes on without one when the training fails, and the packaged app would then start a second slower.
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JDK_HOME/release")
if [[ $(uname -s) == Linux ]] && command -v Xvfb >/dev/null && ((${feature:-0} >= 25)) &&
  [[ ${ASYNCLAB_STARTUP_CACHE:-on} != off && ! -s target/AsyncLab/lib/app/asynclab.aot ]]; then
  say "FAILED: the image has no start-up cache (lib/app/asynclab.aot), though Java $feature and Xvfb are here"
  exit 1
fi
# A start-up cache that no longer fits the jars (one is newer than the cache) is passed over in silence: the
# start prints what it prints with the cache. (It used to print the JVM's three lines on the cache at every start.)
app_jar=target/AsyncLab/lib/app/asynclab.jar
if [[ -f target/AsyncLab/lib/app/asynclab.aot ]]; then
  touch -r "$app_jar" "$scratch/jar-time"
  touch -d "@$(($(stat -c %Y "$app_jar") + 60))" "$app_jar"
  status=0
  env HOME="$scratch/home" "$launcher" --headless --help >"$scratch/help.out" 2>"$scratch/help.err" || status=$?
  touch -r "$scratch/jar-time" "$app_jar"
  if ((status != 0)) || [[ -s $scratch/help.err ]]; then
    say "FAILED: with a cache that does not fit its jars, '$launcher --headless --help' exited $status, saying:"
    cat "$scratch/help.err" >&2
    exit 1
  fi
fi
# run.sh too keeps the caller's folder (it used to run the program in the repository).
rm -f "$json"
(cd "$scratch" && "$repo/run.sh" --headless -n 2 -d 0 --json x.json >"$scratch/run.log" 2>&1) ||
  { say "FAILED: run.sh from another folder:"; cat "$scratch/run.log" >&2; exit 1; }
[[ -f $json ]] || { say "FAILED: run.sh --json x.json, run from $scratch, did not write $json"; exit 1; }
if [[ -n $(ls -A "$scratch/home") ]]; then
  say "FAILED: the app wrote into an empty home: $(cd "$scratch/home" && find . -mindepth 1 | head -n 5 | paste -sd' ' -)"
  exit 1
fi
say "passed ($launcher ran headless without a JDK and wrote valid JSON; image $(du -sk target/AsyncLab* |
  awk '{ printf "%.0f MB", $1 / 1024; exit }'))"
