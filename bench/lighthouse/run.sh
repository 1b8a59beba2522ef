#!/usr/bin/env bash
# Lighthouse on Byline's front page and a sample article, as a phone would load them: Lighthouse's default mobile
# config (Moto G-class screen, simulated slow 4G and 4× CPU slowdown) in Debian's Chromium, 3 runs per page, medians of
# the four category scores and of the key metrics written to bench/results/lighthouse.md. Byline runs as published
# (Release, Production) with the sample site, on 127.0.0.1 only. Not part of `dotnet test`.
#
#   bench/lighthouse/run.sh
#   RUNS=5 PORT=5190 NOTE="quiet machine, nothing else running" bench/lighthouse/run.sh
#
# Needs Node (npm ci here installs the locked Lighthouse) and /usr/bin/chromium (or CHROME_PATH).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."

RUNS=${RUNS:-3}
PORT=${PORT:-5190}
OUTPUT=${OUTPUT:-bench/results/lighthouse.md}
NOTE=${NOTE:-}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[ -x "$CHROME_PATH" ] || { echo "lighthouse: no Chromium at $CHROME_PATH (apt-get install chromium)" >&2; exit 1; }

(cd "$here" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

work=$(mktemp -d /tmp/byline-lighthouse.XXXXXX)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "lighthouse: publishing Byline (Release)" >&2
dotnet publish src/Byline -c Release -o "$work/app" -v quiet -nologo >/dev/null
export Byline__DataPath="$work/data" Logging__LogLevel__Default=Warning
base="http://127.0.0.1:$PORT"
dotnet "$work/app/Byline.dll" --urls "$base" >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/healthz" && break; sleep 0.1; done
curl -sf -o /dev/null "$base/healthz" || { echo "lighthouse: Byline did not start:" >&2; cat "$work/app.log" >&2; exit 1; }

# The sample story "night-tram-trial-timetable": its dated address, found through the site's own search.
article=$(curl -s "$base/api/v1/search?q=night+trams+trial" | grep -o '/[a-z0-9-]*/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/night-tram-trial-timetable' | head -n 1 || true)
[ -n "$article" ] || { echo "lighthouse: the sample story night-tram-trial-timetable is not found" >&2; exit 1; }

# name|path
pages=("front page|/" "article|$article")
# Every page once first, so the runs measure the cached pages readers get, not the first render after start.
for page in "${pages[@]}"; do curl -s -o /dev/null "$base${page#*|}"; done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
reports=()
for page in "${pages[@]}"; do
  name=${page%%|*} path=${page#*|}
  for run in $(seq 1 "$RUNS"); do
    echo "lighthouse: $name, run $run of $RUNS" >&2
    report="$work/$(echo "$name" | tr ' ' '-')-$run.json"
    "$here/node_modules/.bin/lighthouse" "$base$path" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync"
    reports+=("$name|$report")
  done
done

machine="$(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, Linux $(uname -r); $("$CHROME_PATH" --version 2>/dev/null | head -n 1)"
machine+="; load average $load_before before the runs, $(cut -d' ' -f1-3 /proc/loadavg) after"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
mkdir -p "$(dirname "$OUTPUT")"
node "$here/summarize.mjs" --machine "$machine" --commit "$commit" --note "$NOTE" --runs "$RUNS" -- "${reports[@]}" > "$OUTPUT"
cat "$OUTPUT"
