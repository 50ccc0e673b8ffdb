#!/usr/bin/env bash
# Makes AsyncLab's start-up cache (Java 25's AOT cache, JEP 483/514/515): the classes the app loads until its
# first window is painted, already parsed, linked and profiled, so that later starts skip that work.
#
#   src/package/train-startup.sh [--virtual-only] CACHE COMMAND [ARG...]
#
# COMMAND starts the app exactly as users start it (the packaged launcher, or java with ./run.sh's options and
# class path); the JVM options of the training go in through JAVA_TOOL_OPTIONS, so the class path is COMMAND's
# own. It runs once on a display of its own (Xvfb when installed, else the desktop's), with a scratch home so that
# the user's settings stay untouched. Once the first frame is painted and class loading has calmed down, the app
# is ended, what it recorded is turned into CACHE, and a start of COMMAND with the cache is checked to really
# take the app's classes from it. CACHE appears whole or not at all (written beside it, then renamed).
#
# --virtual-only never opens a window on the desktop: without Xvfb, the app trains on JavaFX's headless Monocle
# platform instead (openjfx-monocle must be on COMMAND's class path), which shares all but the window system's
# classes with a real start. ./run.sh trains that way in the background.
#
# Exits 1 with a reason on stderr when no cache could be made; the caller then starts without one.
set -euo pipefail

virtual_only=
if [[ ${1:-} == --virtual-only ]]; then
  virtual_only=1
  shift
fi
(($# >= 2)) || { echo "usage: train-startup.sh [--virtual-only] CACHE COMMAND [ARG...]" >&2; exit 2; }
cache=$1
shift
say() { echo "start-up cache: $*" >&2; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/asynclab-train.XXXXXX")
xvfb_pid= app_pid=
cleanup() {
  if [[ -n $app_pid ]]; then kill -KILL "$app_pid" 2>/dev/null || true; fi
  if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
  rm -f "$cache.part"
}
trap cleanup EXIT

platform=
if [[ $(uname -s) == Linux ]] && command -v Xvfb >/dev/null; then
  for n in $(seq 191 240); do
    [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=:$n
    break
  done
  [[ -n $xvfb_pid ]] || { say "no free X display number"; exit 1; }
  for _ in $(seq 1 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
  [[ -e /tmp/.X11-unix/X$n ]] || { say "Xvfb did not start, no display to train on"; exit 1; }
elif [[ -n $virtual_only ]]; then
  platform="-Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw"
  say "training on JavaFX's headless platform (install xvfb to train on a real window system)"
elif [[ $(uname -s) != Linux || -n ${DISPLAY:-} ]]; then
  say "training on your display, a window opens for a few seconds"
else
  say "no display to train on (install xvfb, or package from a desktop session)"
  exit 1
fi

classes=$scratch/classes.log
conf=$scratch/asynclab.aotconf
mkdir -p "$scratch/home"

# The JVM splits JAVA_TOOL_OPTIONS at spaces, except inside quotes: every path in it goes quoted (in a folder
# named "Mes cours", the training failed with "Unrecognized option: cours/...").
for path in "$cache" "$scratch"; do
  if [[ $path == *\'* && $path == *\"* ]]; then
    say "cannot hand the JVM a path that holds both kinds of quote: $path"
    exit 1
  fi
done
quoted() { if [[ $1 == *\'* ]]; then printf '"%s"' "$1"; else printf "'%s'" "$1"; fi; }

run_app() { # runs COMMAND from a scratch home, with extra JVM options $1 and more arguments after them
  local jvm=$1
  shift
  # exec: run in the background, this process becomes the app's own, which the TERM below must reach.
  exec env HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" \
    XDG_DATA_HOME="$scratch/home/.local/share" \
    JAVA_TOOL_OPTIONS="$jvm $platform -Djava.util.prefs.userRoot=$(quoted "$scratch/prefs")" "$@"
}

say "training (the app starts once and is ended when its window is painted)"
run_app "-XX:AOTMode=record -XX:AOTConfiguration=$(quoted "$conf") -Xlog:class+load=info:file=$(quoted "$classes")" \
  "$@" \
  >"$scratch/app.log" 2>&1 &
app_pid=$!

SECONDS=0
# JavaFX loads its view painter when it paints a window for the first time.
until grep -q 'com.sun.javafx.tk.quantum.ViewPainter ' "$classes" 2>/dev/null; do
  if ! kill -0 "$app_pid" 2>/dev/null || ((SECONDS > 300)); then
    say "the app showed no window to train on; its output:"
    tail -n 20 "$scratch/app.log" >&2
    exit 1
  fi
  sleep 0.2
done
# Then wait until no class has been loaded for a second (15 s at most): what a start needs is recorded.
SECONDS=0
last=-1
while (($(wc -c <"$classes") != last && SECONDS < 15)); do
  last=$(wc -c <"$classes")
  sleep 1
done
kill -TERM "$app_pid"
wait "$app_pid" 2>/dev/null || true # the JVM writes what it recorded as it exits
app_pid=

if [[ ! -s $conf ]]; then
  say "the training run recorded nothing; its output:"
  tail -n 20 "$scratch/app.log" >&2
  exit 1
fi
rm -f "$cache.part"
if ! (run_app "-XX:AOTMode=create -XX:AOTConfiguration=$(quoted "$conf") -XX:AOTCache=$(quoted "$cache.part")" "$@") \
  >"$scratch/create.log" 2>&1 || [[ ! -s $cache.part ]]; then
  say "making the cache failed:"
  tail -n 20 "$scratch/create.log" >&2
  exit 1
fi

# Check that a start really takes the app's classes from the cache (on the headless path: no display needed).
(run_app "-XX:AOTCache=$(quoted "$cache.part") -Xlog:class+load=info:file=$(quoted "$scratch/check.log")" "$@" \
  --headless --help) \
  >/dev/null 2>&1 || true
if ! grep -q 'org.asynclab.Launcher source: shared objects file' "$scratch/check.log"; then
  say "the app does not use the cache it was given"
  exit 1
fi
mv -f "$cache.part" "$cache"
say "$(grep -c ' source: ' "$classes") classes, $(du -k "$cache" | awk '{ printf "%.0f MB", $1 / 1024 }')"
