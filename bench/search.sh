#!/usr/bin/env bash
# Search latency on SQLite at growing archive sizes: a fresh data folder, `Byline dev generate` up to each size
# (adding only the difference), then at each size a fixed list of realistic queries, each asked ROUNDS times one
# after another over one keep-alive connection (concurrency 1), timed by curl. Reports p50/p95/p99 per query kind,
# the generation rate, and the size of the database and of the FTS5 index (its shadow tables, from dbstat).
#
#   bench/search.sh                           # 10,000, 100,000 and 1,000,000 stories
#   SIZES="10000 100000" ROUNDS=10 bench/search.sh
#   DATA=/tmp/archive SIZES=1000000 bench/search.sh   # keep (or reuse) the data folder: only the missing stories are added
#
# The server and curl run at nice $NICE (default -10 as root): on a machine shared with other work, the figures then
# measure Byline more than the neighbours. The load average is written into the report either way.
# The rate limit is lifted and the output cache is off, so every request reaches the database.
# Writes bench/results/search.md (or $OUTPUT) and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000 1000000"}
ROUNDS=${ROUNDS:-5}
OUTPUT=${OUTPUT:-bench/results/search.md}
PORT=${PORT:-5191}
DATA=${DATA:-}
NICE=${NICE:-$([ "$(id -u)" = 0 ] && echo -10 || echo 0)}

need=()
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v bc >/dev/null || need+=(bc)
if ((${#need[@]})); then
  echo "bench: installing ${need[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "bench: building Byline in Release" >&2
dotnet build -c Release src/Byline -v quiet -nologo >/dev/null
dll=src/Byline/bin/Release/net10.0/Byline.dll

work=$(mktemp -d /tmp/byline-search-bench.XXXXXX)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

data=${DATA:-$work/data}
export Byline__DataPath="$data" Byline__SampleContent=false Logging__LogLevel__Default=Warning DOTNET_NOLOGO=1
db="$data/byline.db"
dotnet "$dll" migrate >/dev/null

# What readers type: names (with and without accents), places, topics. Two-word queries matter most.
declare -A queries
queries[two words]="harbour council|ferry timetable|planning committee|Rodriguez Saltmarsh|library closure|tram route|school budget|market hall|flood defences|housing board|bus interchange|police officers"
queries[one word]="harbour|Rodríguez|brewery|Gullrock|councillor|festival|lighthouse|Copperfield"
queries[phrase]="\"city council\"|\"harbour row\"|\"planning committee\"|\"car park\"|\"market street\""
queries[prefix]="ferr*|fest*|counc*|Saltm*|libr*"
kinds=("two words" "one word" "phrase" "prefix")

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$1"; }

percentiles() { # seconds, one per line -> "p50 p95 p99 count" in milliseconds
  sort -n | awk '{ v[NR] = $1 * 1000 } END {
    if (NR == 0) { print "- - - 0"; exit }
    i50 = int(NR * 0.50 + 0.999); i95 = int(NR * 0.95 + 0.999); i99 = int(NR * 0.99 + 0.999)
    printf "%.1f %.1f %.1f %d\n", v[i50], v[i95], v[i99], NR }'
}

start_server() {
  nice -n "$NICE" dotnet "$dll" --urls "http://127.0.0.1:$PORT" \
    --Byline:Search:RequestsPerMinute=1000000 --Byline:Cache:Enabled=false >"$work/server.log" 2>&1 &
  server_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; do sleep 0.1; done
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

measure() { # path-prefix kind -> times in seconds, one per line; checks every answer is a 200
  local prefix=$1 kind=$2 config="$work/curl.cfg"
  : >"$config"
  IFS='|' read -ra list <<<"${queries[$kind]}"
  for ((round = 0; round < ROUNDS; round++)); do
    for q in "${list[@]}"; do
      echo "url = \"http://127.0.0.1:$PORT$prefix$(urlencode "$q")\"" >>"$config"
      echo "output = /dev/null" >>"$config"
    done
  done
  nice -n "$NICE" curl -s -K "$config" -w '%{http_code} %{time_total}\n' >"$work/times.txt"
  if grep -qv '^200 ' "$work/times.txt"; then
    echo "bench: a search did not answer 200:" >&2
    grep -v '^200 ' "$work/times.txt" | head -3 >&2
    exit 1
  fi
  awk '{print $2}' "$work/times.txt"
}

rows=()
size_rows=()
generation_rows=()
current=$(sqlite3 -readonly "$db" "SELECT count(*) FROM Articles WHERE Status = 'Published'")
for size in $SIZES; do
  add=$((size - current))
  if ((add > 0)); then
    echo "bench: generating $add stories (to $size)" >&2
    started=$(date +%s.%N)
    dotnet "$dll" dev generate --articles "$add" --seed "$size" >"$work/generate.log"
    seconds=$(echo "$(date +%s.%N) - $started" | bc)
    rate=$(echo "scale=0; $add / $seconds" | bc)
    generation_rows+=("| $current → $size | $add | $(printf '%.0f' "$seconds") s | $rate stories/s |")
    current=$size
  fi

  start_server
  # Warm up: the first request of each query compiles the code path and pulls pages into memory.
  for kind in "${kinds[@]}"; do ROUNDS=1 measure "/api/v1/search?q=" "$kind" >/dev/null; done

  for kind in "${kinds[@]}"; do
    read -r p50 p95 p99 n < <(measure "/api/v1/search?q=" "$kind" | percentiles)
    rows+=("| $size | API, $kind | $n | $p50 | $p95 | $p99 |")
    echo "bench: $size stories, API $kind: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms" >&2
  done
  read -r p50 p95 p99 n < <(measure "/search?q=" "two words" | percentiles)
  rows+=("| $size | page /search, two words | $n | $p50 | $p95 | $p99 |")
  echo "bench: $size stories, page two words: p50 $p50 ms, p95 $p95 ms, p99 $p99 ms" >&2
  read -r p50 p95 p99 n < <(measure "/api/v1/search?sort=newest&q=" "two words" | percentiles)
  rows+=("| $size | API, two words, newest first | $n | $p50 | $p95 | $p99 |")
  stop_server

  database_mb=$(du -cm "$db"* | awk 'END {print $1}')
  index_mb=$(sqlite3 "$db" "SELECT round(sum(pgsize) / 1048576.0, 1) FROM dbstat WHERE name LIKE 'ArticleSearch%'")
  size_rows+=("| $size | $database_mb MB | $index_mb MB |")
done

{
  echo "# Byline search benchmark (SQLite, FTS5)"
  echo
  echo "- Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "- Priority: server and curl at nice $NICE"
  echo "- Method: curl, one keep-alive connection, requests one after another; each query asked $ROUNDS times after one warm-up round;"
  echo "  output cache off, rate limit lifted. Times are whole HTTP requests in milliseconds (ranking, count, snippets, JSON or HTML)."
  echo "- Goal: p95 under 50 ms at 1,000,000 stories for a two-word query."
  echo
  echo "## Latency"
  echo
  echo "| stories | query | requests | p50 ms | p95 ms | p99 ms |"
  echo "|---:|---|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "## Size"
  echo
  echo "| stories | database (with WAL) | FTS5 index (ArticleSearch* tables) |"
  echo "|---:|---:|---:|"
  printf '%s\n' "${size_rows[@]}"
  echo
  echo "## Generation (Byline dev generate)"
  echo
  echo "| archive | stories added | time | rate |"
  echo "|---|---:|---:|---:|"
  printf '%s\n' "${generation_rows[@]}"
  echo
  echo "Queries: $(for kind in "${kinds[@]}"; do printf '%s: %s. ' "$kind" "${queries[$kind]//|/, }"; done)"
} >"$work/report.md"
mkdir -p "$(dirname "$OUTPUT")"
cp "$work/report.md" "$OUTPUT"
cat "$OUTPUT"
