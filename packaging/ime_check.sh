#!/usr/bin/env bash
# Type Chinese through a real input method into the (frozen) program, on a virtual display.
#
#   [IM=ibus|fcitx5] packaging/ime_check.sh EXECUTABLE [ARGS...]
#
# Needs Debian/UOS packages: xvfb xdotool dbus-x11 and, for ibus, ibus ibus-table-wubi
# (for fcitx5: fcitx5 fcitx5-table-extra and the fcitx5 Qt6 plugin inside the bundle, see
# packaging/README.md). It starts Xvfb and the input method, runs
# `EXECUTABLE --input-check 12`, types the Wubi codes "q"+space and "l"+space (我, 国) with
# xdotool and prints the program's JSON; exit 0 when the field holds 我国.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: [IM=ibus|fcitx5] ime_check.sh EXECUTABLE [ARGS...]"; exit 2; }
im=${IM:-ibus}
display=:97
Xvfb "$display" -screen 0 1024x768x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
export DISPLAY=$display
sleep 1
eval "$(dbus-launch --sh-syntax)"
trap 'kill $xvfb $DBUS_SESSION_BUS_PID 2>/dev/null || true; pkill -f "ibus-daemon|fcitx5" || true' EXIT
if [ "$im" = ibus ]; then
  ibus-daemon -drx >/dev/null 2>&1
  sleep 3
  engine=$(ibus list-engine | grep -o "table:wubi-[a-z0-9]*" | head -1)
  ibus engine "$engine"
else
  fcitx5 -d >/dev/null 2>&1
  sleep 3
fi
export QT_IM_MODULE=$im QT_QPA_PLATFORM=xcb
out=$(mktemp)
"$@" --input-check 12 >"$out" &
app=$!
sleep 5
window=$(xdotool search --name "Zeren input check" | head -1)
xdotool windowactivate --sync "$window" >/dev/null 2>&1 || true
xdotool windowfocus --sync "$window"
[ "$im" = ibus ] && ibus engine "$engine"
sleep 1
xdotool type --delay 200 q; sleep 0.5; xdotool key space; sleep 0.5
xdotool type --delay 200 l; sleep 0.5; xdotool key space
wait "$app"
cat "$out"
grep -q '"text": "我国"' "$out"
