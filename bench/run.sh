#!/usr/bin/env bash
# Byline's benchmark: wrk against Byline and, as the baseline measured in the same run, nginx serving the
# byte-identical HTML of one article page as a static file. Everything listens on 127.0.0.1 only.
#
#   bench/run.sh                      # the sample site
#   ARTICLES=10000 bench/run.sh       # plus a synthetic archive of that many stories (Byline dev generate)
#   DURATION=10s CONNECTIONS="64" bench/run.sh
#
# Writes bench/results/latest.md (or $OUTPUT) and prints the table.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-"64 256"}
ARTICLES=${ARTICLES:-0}
OUTPUT=${OUTPUT:-bench/results/latest.md}
THREADS=2

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx)
command -v bc >/dev/null || need+=(bc)
if ((${#need[@]})); then
  echo "bench: installing ${need[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/byline-bench.XXXXXX)
chmod 755 "$work"   # nginx's workers (www-data) must read the page
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Published as a production site would be: Release, ReadyToRun (precompiled, so start-up does not wait for the JIT).
echo "bench: publishing Byline (Release, ReadyToRun)" >&2
dotnet publish src/Byline -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" -v quiet -nologo >/dev/null
dll="$work/app/Byline.dll"

cached_port=5181 uncached_port=5182 nginx_port=5183
# Search is rate-limited per address in production; the benchmark is one address asking on purpose.
export Byline__DataPath="$work/data" Logging__LogLevel__Default=Warning Byline__Search__RequestsPerMinute=1000000

# The sample site first (the article the table measures), then any synthetic archive around it.
dotnet "$dll" migrate >/dev/null
generated=""
if [ "$ARTICLES" -gt 0 ]; then
  echo "bench: generating $ARTICLES synthetic stories" >&2
  generate_start=$(date +%s.%N)
  dotnet "$dll" dev generate --articles "$ARTICLES" >&2
  generated=$(printf ' (generated in %.0f s)' "$(echo "$(date +%s.%N) - $generate_start" | bc)")
fi

# Find the article's address with a first run, so the cold start below asks for nothing but the article.
dotnet "$dll" --urls "http://127.0.0.1:$cached_port" >"$work/discover.log" 2>&1 &
discover_pid=$!; pids+=("$discover_pid")
until curl -sf -o /dev/null "http://127.0.0.1:$cached_port/healthz"; do sleep 0.05; done
# The sample story "night-tram-trial-timetable" in every run (a synthetic archive pushes it off the front page).
article=$(curl -s "http://127.0.0.1:$cached_port/api/v1/search?q=night+trams+trial" | grep -o '/[a-z0-9-]*/[0-9]\{4\}/[0-9][0-9]/[0-9][0-9]/night-tram-trial-timetable' | head -n 1 || true)
[ -n "$article" ] || { echo "bench: the sample story night-tram-trial-timetable is not found" >&2; exit 1; }
kill "$discover_pid"; wait "$discover_pid" 2>/dev/null || true

# Cold start: process start to the first 200 of the article page (the database already exists).
start=$(date +%s.%N)
dotnet "$dll" --urls "http://127.0.0.1:$cached_port" >"$work/cached.log" 2>&1 &
cached_pid=$!; pids+=("$cached_pid")
until curl -sf -o /dev/null "http://127.0.0.1:$cached_port$article"; do sleep 0.01; done
cold_start=$(printf '%.2f' "$(echo "$(date +%s.%N) - $start" | bc)")

Byline__Cache__Enabled=false dotnet "$dll" --urls "http://127.0.0.1:$uncached_port" >"$work/uncached.log" 2>&1 &
uncached_pid=$!; pids+=("$uncached_pid")
until curl -sf -o /dev/null "http://127.0.0.1:$uncached_port/healthz"; do sleep 0.05; done

# The baseline: the same bytes from nginx.
mkdir -p "$work/www" "$work/nginx-temp"
curl -s "http://127.0.0.1:$cached_port$article" -o "$work/www/article.html"
chmod -R a+rX "$work/www"
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush off;
  keepalive_requests 1000000;
  keepalive_timeout 65;
  client_body_temp_path $work/nginx-temp;
  proxy_temp_path $work/nginx-temp;
  fastcgi_temp_path $work/nginx-temp;
  uwsgi_temp_path $work/nginx-temp;
  scgi_temp_path $work/nginx-temp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location = /article { default_type "text/html; charset=utf-8"; try_files /article.html =404; }
  }
}
NGINX
nginx -c "$work/nginx.conf"
cmp -s <(curl -s "http://127.0.0.1:$nginx_port/article") "$work/www/article.html" || { echo "bench: nginx does not serve the article" >&2; exit 1; }

measure() { # url connections [header] -> "rps p50 p99 errors"
  local out
  # A response slower than wrk's default 2 s would count as a socket error; 30 s lets a slow target show its latency.
  out=$(wrk -t$THREADS -c"$2" -d"$DURATION" --timeout 30s --latency ${3:+-H "$3"} "$1" 2>&1)
  local rps p50 p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {n+=$5} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}')
  echo "$rps $p50 $p99 $errors"
}

# name|url[|request header]
targets=(
  "nginx static article|http://127.0.0.1:$nginx_port/article"
  "Byline article, warm (hot page)|http://127.0.0.1:$cached_port$article"
  "Byline article, warm, Brotli|http://127.0.0.1:$cached_port$article|Accept-Encoding: br"
  "Byline article, uncached|http://127.0.0.1:$uncached_port$article"
  "Byline front page|http://127.0.0.1:$cached_port/"
  "Byline front page, uncached|http://127.0.0.1:$uncached_port/"
  "Byline section page|http://127.0.0.1:$cached_port/city"
  "Byline RSS feed|http://127.0.0.1:$cached_port/feed"
  "Byline search (cached results)|http://127.0.0.1:$cached_port/search?q=harbour+council"
  "Byline search, uncached|http://127.0.0.1:$uncached_port/search?q=harbour+council"
)

# Warm every Byline URL twice so the output cache (and the hot pages) hold it.
for target in "${targets[@]}"; do
  IFS='|' read -r _ url header <<<"$target"
  for _ in 1 2; do curl -s -o /dev/null ${header:+-H "$header"} "$url"; done
done

declare -A baseline
rows=()
for connections in $CONNECTIONS; do
  for target in "${targets[@]}"; do
    IFS='|' read -r name url header <<<"$target"
    read -r rps p50 p99 errors < <(measure "$url" "$connections" "$header")
    if [[ $name == nginx* ]]; then baseline[$connections]=$rps; fi
    ratio=$(echo "scale=2; $rps / ${baseline[$connections]}" | bc)
    rows+=("| $name | $connections | $(printf '%.0f' "$rps") | $p50 | $p99 | $errors | ${ratio} × |")
    echo "bench: $name @ $connections: $rps req/s" >&2
  done
done

peak_kb() { awk '/VmHWM/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
cached_mb=$(( $(peak_kb "$cached_pid") / 1024 ))
uncached_mb=$(( $(peak_kb "$uncached_pid") / 1024 ))

{
  echo "# Byline benchmark"
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); wrk $THREADS threads on the same cores, $DURATION per run"
  echo "- Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- Archive: sample site$( [ "$ARTICLES" -gt 0 ] && echo " + $ARTICLES synthetic stories$generated")"
  echo "- Article: $article ($(wc -c < "$work/www/article.html") bytes)"
  echo "- Cold start to the first article page: ${cold_start}s"
  echo "- Peak memory (RSS): cached node ${cached_mb} MB, uncached node ${uncached_mb} MB"
  echo
  echo "| target | connections | requests/s | p50 | p99 | errors | vs nginx |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
} > "$work/report.md"
mkdir -p "$(dirname "$OUTPUT")"
cp "$work/report.md" "$OUTPUT"
cat "$OUTPUT"
