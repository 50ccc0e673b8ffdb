#!/bin/bash
# AsyncLab's launcher on Linux (bin/AsyncLab of the app image and of the .deb), in place of jpackage's native one:
# it starts the image's own Java with what the image's AsyncLab.cfg says (its class path, main class and JVM
# options, $APPDIR being lib/app), as jpackage's launcher does, and with two differences:
#  - jpackage's launcher asks the package manager which package owns it, at every start, twice ("rpm -qf", then
#    "dpkg -S", which reads the list of every installed package's files: 0.2 s each on a system of 740 packages,
#    more on a desktop's thousands), before Java even starts;
#  - under the C locale (ssh, cron) its JVM read file names as ASCII and refused "résultat.json": the locale rule
#    of run.sh, inserted below by package.sh, gives it UTF-8 file names;
#  - it tells a window's start from the command line's, as run.sh does: only the window's shows the start picture
#    (the rule inserted below too; from jpackage's launcher, every start showed it).
# bash only (no fork but one, to find the image's folder).

self=$0
[[ -L $self ]] && self=$(readlink -f -- "$self")
bin=${self%/*}
[[ $bin == "$self" ]] && bin=.
root=$(cd -P -- "$bin/.." && pwd) || exit 1
app=$root/lib/app

# @INSERT src/package/utf8-locale.sh@
# @INSERT src/package/start-picture.sh@
start_picture "$app/splash.png" "$@"

classpath= main= options=()
while IFS= read -r line || [[ -n $line ]]; do
  line=${line//\$APPDIR/$app}
  case $line in
    app.classpath=*) classpath+=${classpath:+:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$app/${self##*/}.cfg" || exit 1
exec "$root/lib/runtime/bin/java" "${options[@]}" ${picture_opts[@]+"${picture_opts[@]}"} \
  "-Djpackage.app-path=$root/bin/${self##*/}" -cp "$classpath" "$main" "$@"
