#!/usr/bin/env bash
# Builds AsyncLab as a self-contained application: its own trimmed Java runtime, a launcher that needs no
# Java installed, an icon, and on Linux a .deb. Called by `./run.sh package` after the build, which gives
# target/asynclab.jar and its runtime libraries in target/lib.
#
#   ./run.sh package [--type TYPE]... [--image-only]
#
#   (default)       the app image, plus this system's installer when its tools are there:
#                   Linux .deb (dpkg-deb, fakeroot), macOS .dmg, Windows .msi (WiX)
#   --type TYPE     make this installer too, and fail if its tools are missing: deb, rpm, dmg, pkg, msi, exe
#   --image-only    the app image alone (what `./run.sh test` checks)
#
# The app image lands in target/AsyncLab (Linux, Windows) or target/AsyncLab.app (macOS); installers in
# target/. Environment: JDK_HOME, the JDK to package with (run.sh sets it); ASYNCLAB_STARTUP_CACHE=off to
# skip the start-up cache.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
say() { echo "package: $*" >&2; }
fail() { echo "package: $*" >&2; exit 1; }

app=AsyncLab
jar=target/asynclab.jar
# jdk.localedata for these languages only: numbers then look as they do with a full JDK (1,5 s in French)
# for ~0.7 MB instead of ~10 MB for all languages.
locales=en,fr,de,es,it,pt,nl
# Modules that JavaFX and the app reach by reflection or service lookup, which jdeps cannot see; jdeps adds
# what the code links to. java.scripting is for FXML's <fx:script>, jdk.unsupported for JavaFX's Unsafe.
base_modules=java.base,java.desktop,java.logging,java.prefs,java.scripting,java.xml,jdk.localedata
base_modules+=,jdk.unsupported,jdk.unsupported.desktop
# The http tasks' loopback server (engine.DelayServer) uses com.sun.net.httpserver.
base_modules+=,jdk.httpserver

types=() image_only= explicit=
while [[ $# -gt 0 ]]; do
  case $1 in
    --type) case ${2:-} in
              deb|rpm|dmg|pkg|msi|exe) types+=("$2"); explicit=1; shift 2 ;;
              *) fail "--type wants one of deb, rpm, dmg, pkg, msi, exe" ;;
            esac ;;
    --image-only) image_only=1; shift ;;
    -h|--help) sed -n '2,/^[^#]/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option $1 (./run.sh package --help lists them)" ;;
  esac
done

[[ -n ${JDK_HOME:-} && -x $JDK_HOME/bin/jpackage ]] || fail "needs JDK_HOME set to a JDK with jpackage (run it through ./run.sh package)"
[[ -f $jar && -d target/lib ]] || fail "no $jar: build first (./run.sh build)"
bin=$JDK_HOME/bin

case $(uname -s) in
  Linux) os=linux; icon=src/package/icon/asynclab.png; default_type=deb ;;
  Darwin) os=mac; icon=src/package/icon/asynclab.icns; default_type=dmg ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; icon=src/package/icon/asynclab.ico; default_type=msi ;;
  *) fail "does not know how to package on $(uname -s)" ;;
esac

work=$(mktemp -d "${TMPDIR:-/tmp}/asynclab-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

# unzip is much quicker than the JDK's jar tool, which starts a JVM each time; either will do.
jar_list() { if command -v unzip >/dev/null; then unzip -Z1 "$1"; else "$bin/jar" -tf "$1"; fi; }
jar_extract() { # jar_extract JAR DIR [ENTRY...]
  local from=$1 to=$2
  shift 2
  if command -v unzip >/dev/null; then unzip -q -o "$from" "$@" -d "$to"; else (cd "$to" && "$bin/jar" -xf "$from" "$@"); fi
}

# --- What goes in: the jars the app's manifest names, less what only the benchmarks need -------------------
jar_extract "$PWD/$jar" "$work" META-INF/MANIFEST.MF
manifest() { # the value of manifest attribute $1, continuation lines joined
  tr -d '\r' <"$work/META-INF/MANIFEST.MF" | awk -v key="$1" '
    /^ / && on { value = value substr($0, 2); next } { on = 0 }
    index($0, key ": ") == 1 { value = substr($0, length(key) + 3); on = 1 }
    END { print value }'
}
version=$(manifest Implementation-Version)
[[ -n $version ]] || fail "$jar has no Implementation-Version in its manifest"
app_version=${version%%-*} # installers want numbers only: 1.2.0-SNAPSHOT is packaged as 1.2.0

# The benchmarks draw through Monocle, a headless JavaFX platform; the app needs it only if some class outside
# the benchmarks names it.
mkdir -p "$work/classes"
jar_extract "$PWD/$jar" "$work/classes"
needs_monocle=$(grep -rl --include='*.class' -e Monocle -e monocle "$work/classes" | grep -v '/org/asynclab/bench/' || true)

input=$work/input
mkdir -p "$input/lib"
cp "$jar" "$input/"
# The picture shown from the launcher's first milliseconds until the window's first frames (src/package/
# start-picture.sh); on Linux only, where our launcher asks for it.
[[ $os == linux ]] && cp src/package/splash/splash.png src/package/splash/splash@2x.png "$input/"
libs=()
for entry in $(manifest Class-Path); do
  name=${entry#lib/}
  [[ -f target/lib/$name ]] || fail "target/lib/$name is missing: rebuild with ./run.sh build"
  case $name in
    openjfx-monocle-*) [[ -n $needs_monocle ]] || continue ;;
  esac
  # OpenJFX's jars without a platform classifier are empty stand-ins for the platform jars beside them.
  if [[ $name == javafx-* ]] && compgen -G "target/lib/${name%.jar}-*.jar" >/dev/null; then continue; fi
  cp "target/lib/$name" "$input/lib/"
  libs+=("$input/lib/$name")
done

# JavaFX loads its native libraries from the folder of its jars before it unpacks them from the jar into the
# user's home: with them beside the jars, the app writes nothing at start and runs with a read-only home.
# (On Windows JavaFX looks in ..\bin instead, so there it unpacks to its cache as usual.)
if [[ $os != windows ]]; then
  for lib in "${libs[@]}"; do
    [[ $(basename "$lib") == javafx-* ]] || continue
    natives=$(jar_list "$lib" | grep -E '^[^/]+\.(so|dylib)$' || true)
    # shellcheck disable=SC2086 # one file name a word
    [[ -z $natives ]] || jar_extract "$lib" "$input/lib" $natives
  done
fi

# --- A Java runtime with only the modules the app uses ------------------------------------------------------
feature=$("$bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
cp_libs=$(IFS=:; echo "${libs[*]}")
# jdeps and jlink are short-lived JVMs: with the client compiler alone and the serial collector they spend about
# half the CPU time (jdeps 11.5 -> 5.8 s, jlink 12.6 -> 8.7 s, same output).
tool_jvm=(-J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC)
deps() { "$bin/jdeps" "${tool_jvm[@]}" --print-module-deps --ignore-missing-deps --multi-release "$feature" "$@" 2>/dev/null | tail -n 1; }
# One jdeps for the app and its libraries (a second JVM cost 2.7 s of CPU). JavaFX names jdk.jfr as an optional
# dependency (its pulse logger); it is left out unless the app's own classes use it.
code_modules=$(deps --class-path "$cp_libs" "$jar" "${libs[@]}" | tr ',' '\n')
if ! grep -rlq --include='*.class' 'jdk/jfr/' "$work/classes"; then
  code_modules=$(grep -vx jdk.jfr <<<"$code_modules" || true)
fi
modules=$(echo "$base_modules" | tr ',' '\n' | cat - <(echo "$code_modules") | grep -v '^$' | sort -u | paste -sd, -)
say "Java modules: $modules"

runtime=$work/runtime
# The modules are not compressed: the classes a start takes from the runtime (those outside the start-up cache)
# are then read as they are, not inflated, and the .deb, which dpkg-deb compresses whole, comes out smaller.
# Measured against zip-9: the packaged app's first frame 2,417 -> 2,257 ms (CPU 3,630 -> 3,320 ms, median of 7,
# turn about), the .deb 52 -> 39 MB, the installed image 114 -> 145 MB, jlink 2.3 s of CPU less.
"$bin/jlink" "${tool_jvm[@]}" --add-modules "$modules" --include-locales "$locales" \
  --strip-debug --no-header-files --no-man-pages --output "$runtime"
if [[ $os == linux ]] && command -v strip >/dev/null; then
  # The symbol tables of the JVM's libraries (5 MB) serve only native debuggers; the exported symbols stay.
  find "$runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi

# --- The app image -------------------------------------------------------------------------------------------
java_options=()
# Above 32 GB of heap the JVM drops compressed pointers, and with them the start-up cache: keep the default
# heap (a quarter of the memory) under that even on very large machines.
java_options+=(-XX:MaxRAM=64g)
# The options every start of the app uses, the same as ./run.sh's (the heap that 10^5 virtual threads need; what
# JavaFX may do without a warning, the option a Java before 23 does not know left out as ./run.sh leaves it out).
while IFS= read -r o; do
  [[ $o == --sun-misc-unsafe-memory-access=* ]] && ((feature < 23)) && continue
  java_options+=("$o")
done < <(sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' src/package/jvm-options)

case $os in
  mac) image=target/$app.app; launcher=$image/Contents/MacOS/$app; cfg=$image/Contents/app/$app.cfg ;;
  windows) image=target/$app; launcher=$image/$app.exe; cfg=$image/app/$app.cfg ;;
  *) image=target/$app; launcher=$image/bin/$app; cfg=$image/lib/app/$app.cfg ;;
esac
rm -rf "$image"
jpackage_options=()
for o in "${java_options[@]}"; do jpackage_options+=(--java-options "$o"); done
"$bin/jpackage" --type app-image --dest target --name "$app" --app-version "$app_version" \
  --description "See sequential and concurrent execution side by side" --vendor AsyncLab \
  --icon "$icon" --input "$input" --main-jar "$(basename "$jar")" --main-class org.asynclab.Launcher \
  --runtime-image "$runtime" "${jpackage_options[@]}"

if [[ $os == linux ]]; then
  # Our launcher in place of jpackage's (src/package/linux/launcher.sh says why): the same start, without asking the
  # package manager who owns it, with run.sh's rules put in (the locale, the start picture); it needs the runtime's
  # java (kept below).
  awk '/^# @INSERT .*@$/ {
         f = substr($3, 1, length($3) - 1); n = 0
         while ((r = (getline l < f)) > 0) { print l; n++ }
         if (r < 0 || n == 0) exit 2
         close(f); next
       } 1' src/package/linux/launcher.sh >"$launcher" || { say "could not put run.sh's rules into the launcher"; exit 1; }
  rm -f "$image/lib/libapplauncher.so"
fi

# --- The start-up cache ----------------------------------------------------------------------------------------
runtime_dir=$(dirname "$cfg")/../runtime
[[ $os == mac ]] && runtime_dir=$image/Contents/runtime/Contents/Home
if [[ ${ASYNCLAB_STARTUP_CACHE:-on} == off ]]; then
  say "start-up cache: skipped (ASYNCLAB_STARTUP_CACHE=off)"
elif ((feature >= 25)) && src/package/train-startup.sh "$(dirname "$cfg")/asynclab.aot" "$launcher" 2>&1 |
  sed 's/^/package: /' >&2 && [[ -s $(dirname "$cfg")/asynclab.aot ]]; then
  # shellcheck disable=SC2016 # $APPDIR is the launcher's, expanded at each start
  echo 'java-options=-XX:AOTCache=$APPDIR/asynclab.aot' >>"$cfg"
  # A cache that does not fit (a jar changed since it was made) is passed over in silence, as ./run.sh passes it
  # over: the JVM would otherwise say so on standard error at every start.
  printf '%s\n' 'java-options=-Xlog:aot*=off,cds*=off' 'java-options=-Xlog:aot*=off,cds*=off:stderr' >>"$cfg"
else
  # No display to train on: the JDK's own class cache for the runtime's modules, as a full JDK has.
  if "$runtime_dir/bin/java" -Xshare:dump >/dev/null; then
    say "start-up cache: the Java runtime's classes only (train on a display for the app's too)"
  else
    say "start-up cache: none (the runtime could not make its class cache)"
  fi
fi
# jpackage's launcher starts the JVM itself; java and keytool are not needed (on Windows bin/ holds the JVM: kept).
# On Linux our launcher starts the runtime's java: only that stays.
case $os in
  mac) rm -rf "$runtime_dir/bin" ;;
  linux) find "$runtime_dir/bin" -mindepth 1 ! -name java -delete ;;
esac
if [[ $os == mac ]] && command -v codesign >/dev/null; then
  codesign --force --deep --sign - "$image" # jpackage's ad-hoc signature no longer covers what was added
fi

say "app image: $image ($(du -sk "$image" | awk '{ printf "%.0f MB", $1 / 1024 }')), start it with $launcher"

# --- Installers ------------------------------------------------------------------------------------------------
[[ -n $image_only ]] && exit 0
[[ -n $explicit ]] || types=("$default_type")

# What jpackage takes from a resource folder: the icon under the app's name, and on Linux the menu entry, whose
# StartupWMClass lets the desktop match the open window to it (JavaFX names windows after the Application class).
resources=$work/resources
mkdir -p "$resources"
cp "$icon" "$resources/$app.${icon##*.}"
if [[ $os == linux ]]; then
  candidates=$(cd "$work/classes" && grep -rl --include='*.class' 'javafx/application/Application' . |
    sed 's|^\./||; s|\.class$||; s|/|.|g' || true)
  # shellcheck disable=SC2086 # one class name a word
  fx_app=$([[ -z $candidates ]] || "$bin/javap" -cp "$jar" $candidates 2>/dev/null |
    sed -n 's/.* class \([^ ]*\) extends javafx\.application\.Application.*/\1/p' | head -n 1)
  sed "s/STARTUP_WM_CLASS/${fx_app:-$app}/" src/package/linux/$app.desktop >"$resources/$app.desktop"
  # Our own maintainer scripts, in place of jpackage's: a missing or failing xdg-desktop-menu must never fail
  # the install or the removal (InstallerScriptsTest runs them where the menu tool is missing or fails).
  cp src/package/linux/postinst src/package/linux/prerm "$resources/"
fi

missing_tools() { # prints, comma-separated, what installer type $1 needs and this system lacks
  local t need=() lacking=()
  case $1 in
    deb) need=(dpkg-deb fakeroot) ;;
    rpm) need=(rpmbuild) ;;
    dmg) need=(hdiutil) ;;
    pkg) need=(pkgbuild) ;;
    msi|exe) # jpackage takes WiX 3 (candle, light) or, from Java 24 on, WiX 4 and later (wix)
      command -v wix >/dev/null || command -v candle >/dev/null || lacking=("WiX Toolset") ;;
  esac
  for t in ${need[@]+"${need[@]}"}; do command -v "$t" >/dev/null || lacking+=("$t"); done
  (IFS=,; echo "${lacking[*]+${lacking[*]}}")
}
for type in "${types[@]}"; do
  missing=$(missing_tools "$type")
  if [[ -n $missing ]]; then
    [[ -n $explicit ]] && fail "cannot make the .$type: this system lacks $missing"
    say "no .$type: this system lacks $missing (the app image above is complete without it)"
    continue
  fi
  platform_options=()
  case $type in
    deb|rpm) platform_options=(--linux-package-name asynclab --linux-shortcut --linux-menu-group Education
                               --linux-app-category education) ;;
    msi|exe) platform_options=(--win-menu --win-menu-group "$app" --win-shortcut --win-dir-chooser) ;;
  esac
  rm -f target/*"$app_version"*."$type"
  "$bin/jpackage" --type "$type" --dest target --app-image "$image" --name "$app" --app-version "$app_version" \
    --description "See sequential and concurrent execution side by side" --vendor AsyncLab \
    --resource-dir "$resources" ${platform_options[@]+"${platform_options[@]}"}
  if [[ $type == deb ]]; then
    # The scripts jpackage put in the .deb must be ours, and must name the menu entry the .deb really holds.
    dpkg-deb -e target/*"$app_version"*.deb "$work/control"
    for script in postinst prerm; do
      cmp -s "$work/control/$script" src/package/linux/$script || fail "the .deb's $script is not src/package/linux/$script"
    done
    desktop_file=$(sed -n 's/^desktop_file=//p' src/package/linux/postinst)
    # (grep without -q: with pipefail, a grep that stops reading early fails the pipeline through SIGPIPE)
    dpkg-deb -c target/*"$app_version"*.deb | grep " \.$desktop_file\$" >/dev/null ||
      fail "the .deb has no $desktop_file, which its postinst registers"
    # jpackage copied the image into the .deb with the copy's times, and the JVM maps the start-up cache only for
    # jars of the times it was made with: installed, the app started without it. The image's times go back into
    # the .deb, and a start of the .deb's own files must then take the app's classes from the cache.
    if [[ -s $(dirname "$cfg")/asynclab.aot ]]; then
      src/package/linux/deb-times.sh target/*"$app_version"*.deb "$image"
      dpkg-deb -x target/*"$app_version"*.deb "$work/installed"
      installed=$(find "$work/installed" -path "*/bin/$app" -type f | head -n 1)
      JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file='$work/installed.log'" "$installed" --headless --help \
        >/dev/null 2>&1 || true
      grep -q 'org.asynclab.Launcher source: shared objects file' "$work/installed.log" 2>/dev/null ||
        fail "the .deb's app does not take its classes from its start-up cache"
    fi
  fi
  for f in target/*"$app_version"*."$type"; do
    if [[ -f $f ]]; then say "installer: $f ($(du -sk "$f" | awk '{ printf "%.0f MB", $1 / 1024 }'))"; fi
  done
done
