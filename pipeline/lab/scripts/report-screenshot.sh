#!/usr/bin/env bash
# Renders a run's report.html in headless Chromium and saves a PNG screenshot of its top part.
#
# usage: pipeline/lab/scripts/report-screenshot.sh REPORT_HTML OUT_PNG [WIDTH] [HEIGHT] [--open-first]
#   REPORT_HTML   a report.html written by a run, e.g. out/report.html
#   OUT_PNG       where to save the screenshot, e.g. docs/report-sample.png
#   WIDTH HEIGHT  the browser window in CSS pixels (default 1200 x 1700); use e.g. 390 x 1600 for a phone
#   --open-first  opens the first claim's mentions (its <details>) in the shot
#
# Needs Debian's chromium package (apt-get install -y chromium). Nothing is fetched: the report is
# self-contained, and the browser runs with its network features off. Not run by CI.
# The docs/report-sample.png in the repository was made from the sample input with:
#   ./claimsift --input=input/ --output=/tmp/sample-out
#   pipeline/lab/scripts/report-screenshot.sh /tmp/sample-out/report.html docs/report-sample.png 1200 1700 --open-first
set -euo pipefail

if [ $# -lt 2 ]; then
  sed -n '2,14p' "$0" >&2
  exit 2
fi
report=$1
out=$2
shift 2
width=1200
height=1700
open_first=no
positional=()
for arg in "$@"; do
  case $arg in
    --open-first) open_first=yes ;;
    *) positional+=("$arg") ;;
  esac
done
[ ${#positional[@]} -ge 1 ] && width=${positional[0]}
[ ${#positional[@]} -ge 2 ] && height=${positional[1]}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "report-screenshot: chromium not found; install it with: apt-get install -y chromium" >&2
  exit 1
fi
if [ ! -f "$report" ]; then
  echo "report-screenshot: no such file: $report" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a copy, so that --open-first never edits the run's own report
page="$work/report.html"
cp "$report" "$page"
if [ "$open_first" = yes ]; then
  sed -i '0,/<details>/s//<details open>/' "$page"
fi

# --no-sandbox: Chromium refuses to start its sandbox as root (containers, CI machines)
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --disable-default-apps \
  --user-data-dir="$work/profile" --force-device-scale-factor=1 \
  --window-size="$width,$height" --screenshot="$work/shot.png" "file://$page" >"$work/chromium.log" 2>&1 || {
  cat "$work/chromium.log" >&2
  exit 1
}
mkdir -p "$(dirname "$out")"
mv "$work/shot.png" "$out"
echo "report-screenshot: wrote $out (${width}x${height})" >&2
