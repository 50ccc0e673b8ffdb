#!/usr/bin/env bash
# Time to first window: how long AsyncLab takes from the command to a visible window, as a person sees it.
#
#   src/package/measure-startup.sh [-n RUNS] ["COMMAND [ARG...]"...]
#
# Without COMMAND it compares the two ways of starting the app, turn about: `./run.sh` (the developers' way,
# with the JDK) and `target/AsyncLab/bin/AsyncLab` (the packaged app from `./run.sh package`). Each COMMAND
# is one argument (quote it when it has options). For each it prints, over RUNS runs (default 7) after one
# warm-up run that is not counted (it builds the app or fills JavaFX's cache when needed):
#   - the median and the fastest wall-clock time from the command to its window being mapped;
#   - the median CPU time the command used until then (user + system, its children included), which
#     barely moves when other programs load the machine, unlike the wall-clock time.
#
# Runs on a virtual X display (Xvfb) of its own and hears of the window from xev, without polling, so the
# measuring takes no CPU time from the app. On Debian/Ubuntu: sudo apt-get install xvfb x11-utils xdotool libgtk-3-0
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

runs=7
if [[ ${1:-} == -n ]]; then
  runs=${2:-}
  shift 2 || true
fi
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "measure-startup.sh: -n wants a whole number of runs, 1 or more" >&2; exit 2; }

for tool in Xvfb xev xdotool; do
  command -v "$tool" >/dev/null || {
    echo "measure-startup.sh: needs $tool (Debian/Ubuntu: sudo apt-get install xvfb x11-utils xdotool libgtk-3-0)" >&2
    exit 2
  }
done

commands=("$@")
if [[ ${#commands[@]} -eq 0 ]]; then
  [[ -x target/AsyncLab/bin/AsyncLab ]] || {
    echo "measure-startup.sh: no packaged app in target/AsyncLab: run ./run.sh package first" >&2
    exit 2
  }
  commands=("./run.sh" "target/AsyncLab/bin/AsyncLab")
fi

display=
for n in $(seq 141 190); do
  [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] && continue
  display=:$n
  break
done
[[ -n $display ]] || { echo "measure-startup.sh: no free X display number" >&2; exit 1; }

Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp -ac >/dev/null 2>&1 &
xvfb_pid=$!
xev_pid=
app_pid=
log=$(mktemp)
stop_app() {
  [[ -n $app_pid ]] || return 0
  kill -TERM -- "-$app_pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=
}
cleanup() {
  stop_app
  kill ${xev_pid:+"$xev_pid"} "$xvfb_pid" 2>/dev/null || true
  rm -f "$log"
}
trap cleanup EXIT
export DISPLAY=$display
for _ in $(seq 1 50); do xdotool getmouselocation >/dev/null 2>&1 && break; sleep 0.1; done

# xev prints every window that is mapped on the screen; we read its lines as they come.
events=$(mktemp -u)
mkfifo "$events"
xev -root -event substructure >"$events" 2>/dev/null &
xev_pid=$!
exec 3<"$events"
rm -f "$events"

tick=$(getconf CLK_TCK)
cpu_ms() { # user + system time of process $1 and of its children that ended, in ms
  awk -v tick="$tick" '{ sub(/^.*\) /, ""); print int(($12 + $13 + $14 + $15) * 1000 / tick) }' "/proc/$1/stat"
}

measure() { # starts the command $1; sets wall and cpu (ms) when its window is mapped, then ends it
  local start line id
  while read -r -t 0.3 -u 3 _; do :; done # what the last run left
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # the command is a list of words on purpose
  setsid $1 >"$log" 2>&1 &
  app_pid=$!
  while true; do
    if read -r -t 1 -u 3 line; then
      [[ $line == MapNotify* ]] || continue
      cpu=$(cpu_ms "$app_pid" 2>/dev/null || echo 0)
      read -r -u 3 line
      id=$(sed -n 's/.* window \(0x[0-9a-f]*\),.*/\1/p' <<<"$line")
      [[ $(xdotool getwindowname "$id" 2>/dev/null || true) == AsyncLab* ]] && break
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "measure-startup.sh: '$1' ended before its window showed; its output:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    if (($(date +%s%N) - start > 60000000000)); then
      echo "measure-startup.sh: no window from '$1' after 60 s" >&2
      exit 1
    fi
  done
  wall=$((($(date +%s%N) - start) / 1000000))
  stop_app
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)) }'; }

declare -A walls cpus
for c in "${commands[@]}"; do measure "$c"; done
for ((r = 1; r <= runs; r++)); do
  for c in "${commands[@]}"; do
    measure "$c"
    walls[$c]+="$wall "
    cpus[$c]+="$cpu "
  done
done

echo "Time to first window over $runs runs (after a warm-up run), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg):"
printf '  %-34s %12s %9s %13s   %s\n' "command" "wall median" "fastest" "CPU median" "wall ms of each run"
for c in "${commands[@]}"; do
  # shellcheck disable=SC2086 # one number a word
  printf '  %-34s %9d ms %6d ms %10d ms   %s\n' "$c" \
    "$(printf '%s\n' ${walls[$c]} | median)" "$(printf '%s\n' ${walls[$c]} | sort -n | head -n 1)" \
    "$(printf '%s\n' ${cpus[$c]} | median)" "${walls[$c]% }"
done
