# The locale rule of every start of AsyncLab on Linux and macOS, sourced by run.sh and copied by package.sh into
# the packaged app's Linux launcher (bin/AsyncLab). bash only.
#
# Under the C locale (LANG unset, as over ssh or in cron) the JVM reads file names as ASCII, and "résultat.json"
# or "leçon 1.json" were refused as invalid names. File names here are UTF-8: the JVM gets the C locale's UTF-8
# character type (where a system has none, it falls back to C, as before). Messages, numbers and the app's
# language stay those of C.
ctype=${LC_ALL:-${LC_CTYPE:-${LANG:-}}}
if [[ -z $ctype || $ctype == C || $ctype == POSIX ]]; then
  if [[ -n ${LC_ALL:-} ]]; then # it overrode every LC_ variable: they all give way to it, as they did
    export LANG=$LC_ALL
    for name in $(compgen -v LC_); do unset "$name"; done
  fi
  export LC_CTYPE=C.UTF-8
elif [[ $ctype == *[Uu][Tt][Ff]-8* || $ctype == *[Uu][Tt][Ff]8* ]]; then
  # A UTF-8 locale this system does not have (LANG=fr_FR.UTF-8 where only C.UTF-8 is installed, as in many
  # containers) leaves every program in C, ASCII: the JVM printed "2.00?" for "2.00×" and refused accented file
  # names. bash tells without a fork: where it could not take the locale, "é" reads as its first byte, 195, not 233.
  # C.UTF-8 everywhere is then what the user had (C), in the character set they asked for.
  printf -v code '%d' "'é"
  if ((code != 233)); then
    for name in $(compgen -v LC_); do unset "$name"; done
    export LC_ALL=C.UTF-8
  fi
fi
