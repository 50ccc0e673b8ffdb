#!/usr/bin/env bash
# AsyncLab's one entry point: start the app, run the tests, the benchmarks or the command line.
# Run ./run.sh --help for the whole list.
set -euo pipefail

# A start forks as little as it can (each fork is a few ms, tens on a loaded machine): builtins where they do.
here=${BASH_SOURCE[0]%/*}
[[ $here == "${BASH_SOURCE[0]}" ]] && here=.

# File names are UTF-8, whatever the locale (src/package/utf8-locale.sh: the rule, shared with the packaged app).
# shellcheck source=src/package/utf8-locale.sh
. "$here/src/package/utf8-locale.sh"
# shellcheck source=src/package/start-picture.sh
. "$here/src/package/start-picture.sh"

# The program runs in the caller's folder, so that `--json out.json` and `--scenario lesson1.json` mean the
# files where the user stands; the build and target/ are found through $here (launch goes back there).
caller=$PWD
cd "$here"
here=$PWD

jar=target/asynclab.jar
min_java=21

usage() {
  cat <<'EOF'
AsyncLab: see sequential and concurrent execution side by side.

  ./run.sh                 start the app (builds it first when the sources changed)
  ./run.sh [APP OPTIONS]   start the app with options, e.g.
                             ./run.sh --tasks 10 --max-delay 1 --mode event-loop --seed 7 --run
                             ./run.sh --theme projector --lang fr --scenario pool-4-workers
                             ./run.sh --python boom.py --run
                           (--theme and --lang are for that session; ./run.sh --run --help lists them all)
  ./run.sh --headless ...  run without a window and print a summary, e.g.
                             ./run.sh --headless -n 10 -d 1.0 -m event-loop --json out.json
                           (./run.sh --headless --help lists every option, its range and default)
  ./run.sh test            build and run the whole test suite headless, with the style check
                           and the coverage report (target/site/jacoco/index.html), then build
                           the packaged app and run it once headless (ASYNCLAB_SKIP_PACKAGE=1 skips that)
  ./run.sh bench [ARGS]    run the benchmarks and print their figures (see README.md)
  ./run.sh build           build only (skips the tests), then make the window's start-up cache
                           in the background (Java 25+; ASYNCLAB_STARTUP_CACHE=off: never)
  ./run.sh startup-cache   make the window's start-up cache of this build now (target/aot)
  ./run.sh package         build a self-contained app in target/AsyncLab, with its own Java runtime,
                           and this system's installer (.deb on Linux); ./run.sh package --help
  ./run.sh --help          this text

Needs Java 21 or newer (found by itself in JAVA_HOME, on the PATH or in the usual JVM folders)
and Maven 3.8+ to build. Everything else comes from Maven Central.
EOF
}

# --- Find a JDK 21+ -------------------------------------------------------------------------
read_major() { # sets major to the feature version of the java binary $1; fails when it cannot tell
  local v="" line release=${1%/*/*}/release
  # A JDK's release file says its version without starting a JVM (which costs about 0.1 s each), read by builtins.
  if [[ -f $release ]]; then
    while IFS= read -r line || [[ -n $line ]]; do
      if [[ $line =~ ^JAVA_VERSION=\"(1\.)?([0-9]+) ]]; then
        major=${BASH_REMATCH[2]}
        return 0
      fi
    done <"$release"
  fi
  v=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  [[ $v == 1.* ]] && v=${v#1.}
  [[ $v =~ ^[0-9]+$ ]] || return 1
  major=$v
}

find_jdk() { # sets JDK_HOME to a JDK (with javac) of version >= min_java, and JDK_MAJOR to its version
  local candidates=() c major
  # JAVA_HOME recent enough wins: nothing else to look at.
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java && -x $JAVA_HOME/bin/javac ]] &&
    read_major "$JAVA_HOME/bin/java" && ((major >= min_java)); then
    JDK_HOME=$JAVA_HOME
    JDK_MAJOR=$major
    return
  fi
  [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
           "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -d $c ]] && candidates+=("$c")
  done
  local best="" best_v=0 v
  for c in "${candidates[@]}"; do
    [[ -x $c/bin/java && -x $c/bin/javac ]] || continue
    read_major "$c/bin/java" || continue
    v=$major
    # The newest (JAVA_HOME, when recent enough, was taken above).
    if (( v > best_v )); then best=$c; best_v=$v; fi
  done
  if [[ -z $best ]] || (( best_v < min_java )); then
    cat >&2 <<EOF
AsyncLab needs a Java Development Kit, version $min_java or newer, and found none.
  Looked in: \$JAVA_HOME, the java on your PATH, /usr/lib/jvm, /opt, ~/.sdkman, ~/.jdks.
  Install one, for example:
    Debian/Ubuntu:  sudo apt install openjdk-21-jdk     (or Temurin 21 from https://adoptium.net)
    macOS:          brew install --cask temurin@21
    Windows:        winget install EclipseAdoptium.Temurin.21.JDK
  then run ./run.sh again (or point JAVA_HOME at it).
EOF
    exit 3
  fi
  JDK_HOME=$best
  JDK_MAJOR=$best_v
}

need_maven() {
  if ! command -v mvn >/dev/null 2>&1; then
    cat >&2 <<'EOF'
AsyncLab builds with Apache Maven (3.8 or newer), which is not on your PATH.
  Debian/Ubuntu: sudo apt install maven    macOS: brew install maven    Windows: winget install Apache.Maven
EOF
    exit 3
  fi
}

mvn_run() {
  need_maven
  local opts=${MAVEN_OPTS:-}
  # Maven 3.8's bundled Guava warns about sun.misc.Unsafe on Java 24+; the warning is noise here.
  ((JDK_MAJOR >= 24)) && opts="$opts --sun-misc-unsafe-memory-access=allow"
  JAVA_HOME=$JDK_HOME MAVEN_OPTS=$opts mvn -B -ntp -Dstyle.color=never "$@"
}

# --- Build only when something changed ---------------------------------------------------------
stale() {
  [[ -f $jar && -d target/lib ]] || return 0
  [[ -n $(find pom.xml src/main resources -newer "$jar" -print -quit 2>/dev/null) ]]
}

build_if_needed() {
  if stale; then
    echo "Building AsyncLab (first start, or the sources changed)..." >&2
    mkdir -p target
    if ! mvn_run -q -DskipTests -Dcheckstyle.skip -Djacoco.skip package >target/build.log 2>&1; then
      sed 's/\x1b\[[0-9;]*m//g' target/build.log >&2
      echo "run.sh: the build failed (log above, also in target/build.log)." >&2
      exit 1
    fi
    touch "$jar"
  fi
  javafx_natives
}

javafx_cache() { # sets javafx_dir to a folder for JavaFX's native libraries: the user's cache, else a private one
  local dir=${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/asynclab/javafx
  javafx_dir=$dir
  [[ -d $dir && -w $dir ]] && return
  mkdir -p "$dir" 2>/dev/null && [[ -w $dir ]] && return
  # A read-only or missing home (a kiosk, a locked-down lab account): a folder only this user owns and writes.
  dir=${TMPDIR:-/tmp}/asynclab-${EUID:-$(id -u)}
  javafx_dir=$dir/javafx
  [[ -O $dir && -d $dir/javafx && -w $dir/javafx ]] && return
  (umask 077 && mkdir -p "$dir/javafx") 2>/dev/null && [[ -O $dir && -w $dir/javafx ]] && return
  # Nothing writable at all: JavaFX's default then, and only the window needs it (the command line never loads it).
  javafx_dir=$(mktemp -d "${TMPDIR:-/tmp}/asynclab-javafx.XXXXXX" 2>/dev/null || true)
}

javafx_natives() { # JavaFX's native libraries beside its jars in target/lib, where JavaFX looks for them first
  # Otherwise every window start reads them out of the jars again and compares them (MD5) with a copy in the
  # user's cache. Made again when a JavaFX jar is newer than the last extraction; any failure leaves JavaFX's own way.
  local marker=target/lib/.javafx-natives jars=() j tmp
  for j in target/lib/javafx-*-linux*.jar target/lib/javafx-*-mac*.jar; do [[ -f $j ]] && jars+=("$j"); done
  ((${#jars[@]} > 0)) || return 0
  if [[ -f $marker ]]; then
    for j in "${jars[@]}"; do [[ $j -nt $marker ]] && break; done
    [[ $j -nt $marker ]] || return 0
  fi
  tmp=$(mktemp -d target/lib/.natives.XXXXXX 2>/dev/null) || return 0
  for j in "${jars[@]}"; do
    if command -v unzip >/dev/null; then
      unzip -qo "$j" '*.so' '*.dylib' -d "$tmp" >/dev/null 2>&1 || true
    else
      (cd "$tmp" && "$JDK_HOME/bin/jar" xf "$here/$j") >/dev/null 2>&1 || true
    fi
  done
  # Each library appears whole or not at all (a half-written one would not load; JavaFX would fall back).
  for j in "$tmp"/*.so "$tmp"/*.dylib; do [[ -f $j ]] && mv -f "$j" target/lib/; done
  rm -rf "$tmp"
  : >"$marker"
}

build_stamp() { # sets stamp: a number that changes with the jars, the JDK and the app's JVM options, which a cache fits
  local kept=target/.startup-stamp line file
  # Kept with the JDK it was made for; while nothing it was made from is newer than it (a jar, target/lib when a
  # jar comes or goes, the JDK, the options), a start reads it instead of forking stat and cksum. (The JVM checks
  # a cache against the jars itself as well: a stamp kept too long would cost speed, never a wrong start.)
  if [[ -f $kept ]] && IFS= read -r line <"$kept" && [[ ${line#* } == "$JDK_HOME" ]]; then
    for file in "$jar" target/lib target/lib/*.jar "$JDK_HOME/release" src/package/jvm-options; do
      [[ $file -nt $kept ]] && break
    done
    if ! [[ $file -nt $kept ]]; then
      stamp=${line%% *}
      return
    fi
  fi
  stamp=$({ cat "$JDK_HOME/release"; app_jvm_options; stat -c '%n %s %Y' "$jar" target/lib/*.jar 2>/dev/null ||
    stat -f '%N %z %m' "$jar" target/lib/*.jar; } | cksum | cut -d' ' -f1)
  { echo "$stamp $JDK_HOME" >"$kept.$$" && mv -f "$kept.$$" "$kept"; } 2>/dev/null || rm -f "$kept.$$"
}

# --- The start-up cache -----------------------------------------------------------------------------------------
# With Java 25+ the window starts from an AOT cache of this build (target/aot/window-STAMP.aot): the classes a
# start loads until its first frame, parsed, linked and profiled. The first window start after a build makes it
# in the background, at the lowest priority and in a session of its own (./run.sh startup-cache, which trains
# on Xvfb or, without it, on JavaFX's headless platform: never a window on the desktop); that start runs without
# it, the next ones map it. A cache is named after what the JVM checks it against (jars, JDK, options), so a
# rebuild never meets a stale one, and it appears whole or not at all. The command line, Java 19-24, and a build
# whose training failed use the dynamic class-data archive of their own first start instead (target/cds).
# The JVM's cache messages are turned off: stdout carries only what the app prints (`--json -`).

startup_cache() { # sets cache_opts: the JVM options of the start-up cache for a start with arguments "$@", if any
  cache_opts=()
  [[ ${ASYNCLAB_STARTUP_CACHE:-on} != off && ${ASYNCLAB_CDS:-on} != off ]] || return 0
  [[ -n ${JDK_MAJOR:-} ]] || return 0
  local stamp
  build_stamp
  if [[ " $* " != *" --headless "* ]] && ((JDK_MAJOR >= 25)); then
    if [[ -f target/aot/window-$stamp.aot ]]; then
      # silent on both outputs: standard output by default, standard error where jvm-options sends the JVM's log
      cache_opts=("-XX:AOTCache=$here/target/aot/window-$stamp.aot" "-Xlog:aot*=off,cds*=off"
        "-Xlog:aot*=off,cds*=off:stderr")
      return 0
    fi
    startup_cache_in_background "$stamp" && return 0
  fi
  if ((JDK_MAJOR >= 19)); then class_archive "$stamp" "$@"; fi
}

startup_cache_in_background() { # starts making the window's cache for build $1 unless under way; fails if it failed
  local lock=target/aot/training pid
  [[ -f target/aot/window-$1.failed ]] && return 1
  if [[ -d $lock ]]; then
    pid=$(cat "$lock/pid" 2>/dev/null || true)
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && return 0
    [[ -z $pid && -n $(find "$lock" -maxdepth 0 -mmin -1 2>/dev/null) ]] && return 0 # just taken
  fi
  mkdir -p target/aot 2>/dev/null || return 1
  # A session of its own: the user's Ctrl-C or closed terminal ends the app, not the training.
  local detach=()
  command -v setsid >/dev/null && detach=(setsid)
  # In a subshell, so that it is nobody's child: the app this script becomes never has to wait for it.
  (${detach[@]+"${detach[@]}"} nohup "$here/run.sh" startup-cache </dev/null >target/aot/training.log 2>&1 &)
}

make_startup_cache() { # makes the window's start-up cache of this build now, unless it is there or under way
  local stamp lock=target/aot/training cache status=0
  if ((JDK_MAJOR < 25)); then
    echo "run.sh: the start-up cache needs Java 25 or newer (this is $JDK_MAJOR)" >&2
    return 1
  fi
  build_stamp
  cache=target/aot/window-$stamp.aot
  [[ -f $cache ]] && { echo "start-up cache: $cache is up to date" >&2; return 0; }
  mkdir -p target/aot
  if ! mkdir "$lock" 2>/dev/null; then
    local pid
    pid=$(cat "$lock/pid" 2>/dev/null || true)
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
      echo "start-up cache: already being made (process $pid)" >&2
      return 0
    fi
    rm -rf "$lock"
    mkdir "$lock" || return 1
  fi
  echo $$ >"$lock/pid"
  # shellcheck disable=SC2064 # the lock's name now, quoted for the shell (a folder may be named "Cours d'été")
  trap "rm -rf $(printf '%q' "$here/$lock")" EXIT
  local cmd=("$JDK_HOME/bin/java")
  read_app_jvm_options
  javafx_cache
  cmd+=(${app_opts[@]+"${app_opts[@]}"} ${javafx_dir:+"-Djavafx.cachedir=$javafx_dir"} -cp "$here/$jar:$here/target/lib/*"
    org.asynclab.Launcher)
  local low=()
  command -v nice >/dev/null && low=(nice -n 19)
  command -v ionice >/dev/null && low+=(ionice -c 3)
  if ${low[@]+"${low[@]}"} src/package/train-startup.sh --virtual-only "$here/$cache" "${cmd[@]}"; then
    find target/aot -maxdepth 1 -name 'window-*' ! -name "window-$stamp.aot" -delete
  else
    status=1
    : >"target/aot/window-$stamp.failed" # this build starts with the class archive instead
  fi
  rm -rf "$lock"
  trap - EXIT
  return "$status"
}

class_archive() { # sets cache_opts: a dynamic class-data archive of build $1, made by the first start's exit
  [[ -f $JDK_HOME/lib/server/classes.jsa ]] || return 0
  local kind=window file magic build=$1
  shift
  # The first start after a build writes what it loaded as it exits; the next starts map that instead of
  # reading, checking and linking the jars again. The window and the command line load different classes.
  [[ " $* " == *" --headless "* ]] && kind=headless
  file=target/cds/$kind-$build.jsa
  if [[ -f $file ]]; then
    # A start killed while writing leaves a file without its header, which the JVM would neither use nor
    # replace (and would warn about at every start): drop it, and the next exit writes it again.
    magic=$(od -An -tx1 -N4 "$file" | tr -d ' \n')
    [[ $magic == a8ab0bf0 || $magic == f00baba8 ]] || rm -f "$file"
  else
    mkdir -p target/cds
    rm -f target/cds/"$kind"-*.jsa
  fi
  # silent on both outputs: standard output by default, standard error where jvm-options sends the JVM's log
  cache_opts=("-XX:SharedArchiveFile=$here/$file" -XX:+AutoCreateSharedArchive -Xlog:cds*=off -Xlog:cds*=off:stderr)
}

read_app_jvm_options() { # sets app_opts: the JVM options of every start of the app (src/package/jvm-options)
  local line
  app_opts=()
  while IFS= read -r line || [[ -n $line ]]; do
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    # a JVM elsewhere than on Linux refuses to start with it
    [[ $line =~ ^-XX:[+-]UseTransparentHugePages$ && $OSTYPE != linux* ]] && continue
    # so does a Java before 23 with this one
    [[ $line == --sun-misc-unsafe-memory-access=* ]] && ((JDK_MAJOR < 23)) && continue
    # shellcheck disable=SC2206 # one option a line, split into words as the JVM's command line takes them
    app_opts+=($line)
  done <"$here/src/package/jvm-options"
}

app_jvm_options() { # the JVM options of every start of the app, one a line
  read_app_jvm_options
  ((${#app_opts[@]} == 0)) || printf '%s\n' "${app_opts[@]}"
}

launch() { # the app or its command line, straight from target/, without Maven, in the caller's folder
  javafx_cache
  read_app_jvm_options
  cd "$caller" || { echo "run.sh: cannot go back to the folder $caller" >&2; exit 1; }
  # shellcheck disable=SC2086 # the user's own JVM options (ASYNCLAB_JAVA_OPTS), one a word, come after, and win
  exec "$JDK_HOME/bin/java" ${app_opts[@]+"${app_opts[@]}"} ${ASYNCLAB_JAVA_OPTS:-} \
    ${javafx_dir:+"-Djavafx.cachedir=$javafx_dir"} -cp "$here/$jar:$here/target/lib/*" "$@"
}

test_totals() { # one closing line for the whole suite, read from Surefire's reports
  local reports=(target/surefire-reports/TEST-*.xml)
  [[ -f ${reports[0]} ]] || return 0
  grep -ho '<testsuite [^>]*>' "${reports[@]}" | awk '
    function attr(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
    { t += attr("tests"); s += attr("skipped"); f += attr("failures") + attr("errors") }
    END { printf "tests: %d passed, %d failed, %d skipped\n", t - s - f, f, s }'
}

coverage_line() { # prints the line coverage of the last test run
  local csv=target/site/jacoco/jacoco.csv
  [[ -f $csv ]] || return 0
  awk -F, 'NR > 1 { missed += $8; covered += $9 } END { if (missed + covered > 0)
    printf "Line coverage: %.1f%% (%d of %d lines), report in target/site/jacoco/index.html\n",
      100 * covered / (missed + covered), covered, missed + covered }' "$csv"
}

case ${1:-} in
  -h|--help|help)
    usage
    ;;
  test)
    shift
    find_jdk
    # Maven's own JVMs (the compile, the style check) live under a minute: with the client compiler alone they
    # spend half the CPU time (measured: javac 33 -> 16 s, checkstyle 30 -> 14 s). The tests' JVMs get the same
    # (pom.xml's argLine).
    export MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    # The style check needs no build: it runs in a Maven of its own beside the compile and the tests, and fails
    # the command as before. The build folder is emptied first, so that neither deletes the other's files (what
    # `mvn clean` does here, without the 2 s of a Maven start before anything else can begin). The style check
    # runs at a lower priority (nice 10): nothing waits for it before the end, while the compile holds up every
    # test (at the same priority the two shared the cores, and the first test started 5 s later).
    rm -rf target
    mkdir -p target
    (renice -n 10 -p "$BASHPID" >/dev/null 2>&1 || true; mvn_run checkstyle:check "$@") >target/style.log 2>&1 &
    style=$!
    status=0 smoke= smoked=0
    if (($# == 0)); then
      # Two test JVMs: JavaFX has one FX thread per JVM, so the window classes run one after another, and most
      # of their time is waits (real runs, the FX thread's turns) on one core. The classes listed in
      # src/test/second-jvm.txt run in a second JVM beside the first (Surefire's own forkCount > 1 would hand
      # classes to its JVMs one at a time, and the classes that wait on processes would no longer run beside the
      # rest). Both write their coverage into target/jacoco.exec (JaCoCo's agent appends under a file lock), and
      # the report is made once both ended. Each JVM keeps its own preferences folder (pom.xml), so that neither reads the
      # settings the other's windows saved. The jar is made first: the packaged app's smoke test needs nothing
      # else. It starts at once, at a lower priority (nice 10): the test JVMs' sequential threads are what the
      # suite waits for, so the smoke test takes the CPU they leave. Started once the first JVM ended, at the
      # same priority, it added 35 s at the end; started at once at the same priority, it slowed both JVMs by
      # more than it took.
      mvn_run -q package -DskipTests -Dcheckstyle.skip -Djacoco.skip || status=$?
      if ((status == 0)); then
        # Commands run in the background ignore Ctrl-C in a script: an interrupted suite ends them itself.
        trap 'trap - INT TERM; kill $(jobs -p) 2>/dev/null; exit 130' INT TERM
        tests=(jacoco:prepare-agent@agent surefire:test -Dcheckstyle.skip)
        mvn_run "${tests[@]}" -Dtest.prefs.node=asynclab-test-2 -Dsurefire.includesFile=src/test/second-jvm.txt \
          >target/second-jvm.log 2>&1 &
        second=$!
        mvn_run "${tests[@]}" -Dsurefire.excludesFile=src/test/second-jvm.txt &
        first=$!
        if [[ ${ASYNCLAB_SKIP_PACKAGE:-} != 1 ]]; then
          JDK_HOME=$JDK_HOME nice -n 10 src/package/smoke.sh >target/smoke.log 2>&1 &
          smoke=$!
        fi
        wait "$first" || status=1
        wait "$second" || status=1
        echo "--- the second test JVM (src/test/second-jvm.txt; its whole log in target/second-jvm.log):"
        grep -E '^\[(INFO|WARNING|ERROR)\] (Tests run|Running|BUILD|FAIL)|^\[ERROR\]' target/second-jvm.log || true
        ((status != 0)) || mvn_run -q jacoco:report || status=$?
      fi
    else
      mvn_run verify -Dcheckstyle.skip "$@" || status=$?
    fi
    if ! wait "$style"; then
      sed 's/\x1b\[[0-9;]*m//g' target/style.log >&2
      echo "run.sh: the style check failed (log above, also in target/style.log)" >&2
      status=1
    fi
    if [[ -n $smoke ]]; then
      wait "$smoke" || smoked=$?
      cat target/smoke.log >&2
    fi
    ((status == 0)) || { test_totals; exit "$status"; }
    coverage_line
    if [[ ${ASYNCLAB_SKIP_PACKAGE:-} == 1 ]]; then
      echo "package smoke test: skipped (ASYNCLAB_SKIP_PACKAGE=1)"
    elif [[ -n $smoke ]]; then
      ((smoked == 0)) || { test_totals; exit "$smoked"; }
    else
      JDK_HOME=$JDK_HOME src/package/smoke.sh
    fi
    test_totals
    ;;
  build)
    shift
    find_jdk
    mvn_run -DskipTests -Dcheckstyle.skip -Djacoco.skip package "$@"
    javafx_natives
    build_stamp
    if [[ ${ASYNCLAB_STARTUP_CACHE:-on} != off ]] && ((JDK_MAJOR >= 25)) && startup_cache_in_background "$stamp"; then
      echo "start-up cache: being made in the background (target/aot, log in target/aot/training.log)" >&2
    fi
    ;;
  startup-cache)
    shift
    find_jdk
    build_if_needed
    make_startup_cache
    ;;
  bench)
    shift
    find_jdk
    build_if_needed
    # the engine benchmark times the app as users start it: this script, with no options of the benchmark's own
    launch -Dasynclab.launcher="$here/run.sh" org.asynclab.bench.Benchmarks "$@"
    ;;
  package)
    shift
    [[ ${1:-} == -h || ${1:-} == --help ]] && exec src/package/package.sh --help
    find_jdk
    build_if_needed
    JDK_HOME=$JDK_HOME exec src/package/package.sh "$@"
    ;;
  *)
    find_jdk
    build_if_needed
    startup_cache "$@"
    start_picture "$here/src/package/splash/splash.png" "$@"
    launch ${cache_opts[@]+"${cache_opts[@]}"} ${picture_opts[@]+"${picture_opts[@]}"} org.asynclab.Launcher "$@"
    ;;
esac
