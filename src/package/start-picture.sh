# The start picture's rule, sourced by run.sh and copied by package.sh into the packaged app's Linux launcher
# (bin/AsyncLab): the JVM's own splash screen (src/package/splash), shown before Java has loaded a class, for a
# window's start only (not for the command line nor for the help, which show no window); -Dasynclab.splash=true tells
# the app that it was asked for, and the window closes it after its first frames (ui.SplashPicture). On Linux only:
# on macOS the JVM's splash and JavaFX are reported not to get on (a start that hangs, an FXMLLoader without a class
# loader), and neither macOS nor Windows has been tried.

start_picture() { # PICTURE ARGS...: sets picture_opts, the JVM options of a start with arguments ARGS
  local picture=$1
  shift
  picture_opts=()
  [[ $OSTYPE == linux* && " $* " != *" --headless "* && " $* " != *" --help "* && " $* " != *" -h "* ]] || return 0
  picture_opts=("-splash:$picture" -Dasynclab.splash=true)
}
