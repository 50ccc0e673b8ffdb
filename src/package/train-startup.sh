#!/usr/bin/env bash
# Gives a packaged AsyncLab its start-up cache (Java 25's AOT cache, JEP 483/514/515): the classes the app
# loads until its first window is painted, already parsed, linked and profiled, so that later starts skip it.
#
#   src/package/train-startup.sh LAUNCHER CFG
#
# Starts the app once through its own LAUNCHER (so the class path is exactly the packaged one), on a display
# of its own when Xvfb is there (else the desktop's), with a scratch home so that the builder's settings stay
# untouched. Once the first frame is painted and class loading has calmed down, it ends the app, turns what
# it recorded into the cache and adds the cache to the launcher's options in CFG. Fails (exit 1) with a
# reason when there is no display to train on; package.sh then falls back to the JDK's plain class cache.
# The cache belongs to this exact runtime and these jars: package.sh makes it anew with every image.
set -euo pipefail

launcher=$1 cfg=$2
say() { echo "package: $*" >&2; }

scratch=$(mktemp -d "${TMPDIR:-/tmp}/asynclab-train.XXXXXX")
xvfb_pid= app_pid=
cleanup() {
  if [[ -n $app_pid ]]; then kill -KILL "$app_pid" 2>/dev/null || true; fi
  if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

if [[ $(uname -s) == Linux ]]; then
  if command -v Xvfb >/dev/null; then
    for n in $(seq 191 240); do
      [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
      Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
      xvfb_pid=$!
      export DISPLAY=:$n
      break
    done
    [[ -n $xvfb_pid ]] || { say "start-up cache: no free X display number"; exit 1; }
    for _ in $(seq 1 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
    [[ -e /tmp/.X11-unix/X$n ]] || { say "start-up cache: Xvfb did not start, no display to train on"; exit 1; }
  elif [[ -n ${DISPLAY:-} ]]; then
    say "start-up cache: training on your display, a window opens for a few seconds"
  else
    say "start-up cache: no display to train on (install xvfb, or package from a desktop session)"
    exit 1
  fi
fi

classes=$scratch/classes.log
conf=$scratch/asynclab.aotconf
cache=$(dirname "$cfg")/asynclab.aot
rm -f "$cache"
mkdir -p "$scratch/home"

run_app() { # runs the launcher from a scratch home, with extra JVM options $1 and the app's arguments after it
  local jvm=$1
  shift
  # exec: run in the background, this process becomes the app's own, which the TERM below must reach.
  exec env HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache" \
    XDG_DATA_HOME="$scratch/home/.local/share" JAVA_TOOL_OPTIONS="$jvm -Djava.util.prefs.userRoot=$scratch/prefs" \
    "$launcher" "$@"
}

say "start-up cache: training (the app starts once and is ended when its window is painted)"
run_app "-XX:AOTMode=record -XX:AOTConfiguration=$conf -Xlog:class+load=info:file=$classes" \
  >"$scratch/app.log" 2>&1 &
app_pid=$!

SECONDS=0
# JavaFX loads its view painter when it paints a window for the first time.
until grep -q 'com.sun.javafx.tk.quantum.ViewPainter ' "$classes" 2>/dev/null; do
  if ! kill -0 "$app_pid" 2>/dev/null || ((SECONDS > 120)); then
    say "start-up cache: the app showed no window to train on; its output:"
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
  say "start-up cache: the training run recorded nothing; its output:"
  tail -n 20 "$scratch/app.log" >&2
  exit 1
fi
if ! (run_app "-XX:AOTMode=create -XX:AOTConfiguration=$conf -XX:AOTCache=$cache") >"$scratch/create.log" 2>&1 ||
  [[ ! -s $cache ]]; then
  say "start-up cache: making the cache failed:"
  tail -n 20 "$scratch/create.log" >&2
  exit 1
fi
cp "$cfg" "$scratch/cfg"
# shellcheck disable=SC2016 # $APPDIR is the launcher's, expanded at each start
echo 'java-options=-XX:AOTCache=$APPDIR/asynclab.aot' >>"$cfg"

# Check that a start really takes the app's classes from the cache (on the headless path: no display needed).
(run_app "-Xlog:class+load=info:file=$scratch/check.log" --headless --help) >/dev/null 2>&1 || true
if ! grep -q 'org.asynclab.Launcher source: shared objects file' "$scratch/check.log"; then
  say "start-up cache: the launcher does not use the cache it was given"
  cp "$scratch/cfg" "$cfg"
  rm -f "$cache"
  exit 1
fi
say "start-up cache: $(grep -c ' source: ' "$classes") classes, $(du -k "$cache" | awk '{ printf "%.0f MB", $1 / 1024 }')"
